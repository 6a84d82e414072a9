//! `KEY=VALUE` pairs from the command line and from dotenv files.

use std::collections::BTreeMap;

use crate::{Error, Result};

/// `KEY=VALUE` arguments.
pub(crate) fn key_values(pairs: &[String], flag: &str) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for pair in pairs {
        match pair.split_once('=') {
            Some((key, value)) if !key.is_empty() => {
                out.insert(key.to_string(), value.to_string());
            }
            _ => {
                return Err(Error::Usage(i18n::t!(
                    "pipeline-key-value",
                    flag = flag,
                    pair = pair
                )));
            }
        }
    }
    Ok(out)
}

/// A dotenv file: `KEY=VALUE` per line, `#` comments, blank lines, an
/// optional `export `; double-quoted values expand `\n`, `\"` and `\\`,
/// single-quoted values are literal. Errors name the 1-based line.
pub(crate) fn parse_dotenv(
    text: &str,
) -> std::result::Result<Vec<(String, String)>, (usize, String)> {
    let mut out = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line_no = index + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").map_or(line, str::trim_start);
        let Some((key, value)) = line.split_once('=') else {
            return Err((line_no, i18n::t!("pipeline-dotenv-expected")));
        };
        let key = key.trim();
        if key.is_empty()
            || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            || key.starts_with(|c: char| c.is_ascii_digit())
        {
            return Err((line_no, i18n::t!("pipeline-dotenv-bad-name", key = key)));
        }
        let value = value.trim();
        let value = if let Some(rest) = value.strip_prefix('"') {
            let mut out = String::new();
            let mut chars = rest.chars();
            let mut closed = false;
            while let Some(c) = chars.next() {
                match c {
                    '"' => {
                        closed = true;
                        break;
                    }
                    '\\' => match chars.next() {
                        Some('n') => out.push('\n'),
                        Some('"') => out.push('"'),
                        Some('\\') => out.push('\\'),
                        Some(other) => {
                            out.push('\\');
                            out.push(other);
                        }
                        None => out.push('\\'),
                    },
                    c => out.push(c),
                }
            }
            let rest: String = chars.collect();
            if !closed {
                return Err((line_no, i18n::t!("pipeline-dotenv-double-unclosed")));
            }
            if !rest.trim().is_empty() && !rest.trim_start().starts_with('#') {
                return Err((line_no, i18n::t!("pipeline-dotenv-double-after")));
            }
            out
        } else if let Some(rest) = value.strip_prefix('\'') {
            let Some(end) = rest.find('\'') else {
                return Err((line_no, i18n::t!("pipeline-dotenv-single-unclosed")));
            };
            let after = rest[end + 1..].trim();
            if !after.is_empty() && !after.starts_with('#') {
                return Err((line_no, i18n::t!("pipeline-dotenv-single-after")));
            }
            rest[..end].to_string()
        } else {
            match value.find(" #") {
                Some(comment) => value[..comment].trim_end().to_string(),
                None => value.to_string(),
            }
        };
        out.push((key.to_string(), value));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotenv_forms() {
        let text = "# comment\n\nA=plain\nexport B=\"two\\nlines \\\"q\\\" \\\\\"\nC='lit\\n'\nD=x # note\nE=\n";
        assert_eq!(
            parse_dotenv(text).unwrap(),
            [
                ("A".to_string(), "plain".to_string()),
                ("B".into(), "two\nlines \"q\" \\".into()),
                ("C".into(), "lit\\n".into()),
                ("D".into(), "x".into()),
                ("E".into(), "".into()),
            ]
        );
    }

    #[test]
    fn dotenv_errors_name_the_line() {
        assert_eq!(parse_dotenv("A=1\nnot a pair\n").unwrap_err().0, 2);
        assert_eq!(parse_dotenv("A=\"open\n").unwrap_err().0, 1);
        assert_eq!(parse_dotenv("\n\n1X=2\n").unwrap_err().0, 3);
    }

    #[test]
    fn key_value_arguments() {
        let kv = key_values(&["a=1".into(), "b=x=y".into()], "--var").unwrap();
        assert_eq!(kv["b"], "x=y");
        assert!(key_values(&["nope".into()], "--var").is_err());
    }
}
