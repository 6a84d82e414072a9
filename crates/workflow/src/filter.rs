//! GitHub's filter patterns, for `branches`, `tags` and `paths` (and their
//! `-ignore` forms), as the "filter pattern cheat sheet" of GitHub's
//! workflow syntax reference describes them:
//!
//! - `*` matches zero or more characters but not `/`;
//! - `**` matches zero or more of any character; `**/` also matches no
//!   folder at all, so `**/README.md` matches `README.md` and
//!   `docs/**/*.md` matches `docs/README.md`;
//! - `?` matches zero or one of the *preceding character* (a quantifier as
//!   in a regular expression, not the shell's one-character wildcard:
//!   `*.jsx?` matches `page.js` and `page.jsx`);
//! - `+` matches one or more of the preceding character;
//! - `[...]` matches one character listed or in a range (`a-z`, `A-Z`,
//!   `0-9`);
//! - `\` makes the next character literal;
//! - a leading `!` (handled by [`Patterns`]) excludes what earlier
//!   patterns matched; a later positive pattern includes it again.
//!
//! Matching is on the whole name, and case-sensitive.

use i18n::t;

/// One piece of a compiled pattern.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    /// A character, or a class of characters, with how many times.
    One(Class, Repeat),
    /// `*`: any characters but `/`.
    Star,
    /// `**`: any characters.
    AnyPath,
    /// `**/`: nothing, or any characters ending with `/`.
    AnyFolders,
}

#[derive(Debug, Clone, PartialEq)]
enum Class {
    Char(char),
    /// `[...]`: inclusive ranges (a single character is a range of one).
    Set(Vec<(char, char)>),
}

impl Class {
    fn matches(&self, c: char) -> bool {
        match self {
            Class::Char(x) => *x == c,
            Class::Set(ranges) => ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Repeat {
    /// Exactly once.
    Once,
    /// `?`: zero or one time.
    Optional,
    /// `+`: one or more times.
    OneOrMore,
}

/// A compiled filter pattern (without its leading `!`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Glob {
    tokens: Vec<Token>,
}

impl Glob {
    /// Compiles `pattern`; `Err` says what is wrong with it, in words for
    /// the person who wrote it.
    pub(crate) fn new(pattern: &str) -> Result<Glob, String> {
        let chars: Vec<char> = pattern.chars().collect();
        let mut tokens = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '*' if chars.get(i + 1) == Some(&'*') => {
                    if chars.get(i + 2) == Some(&'/') {
                        tokens.push(Token::AnyFolders);
                        i += 3;
                    } else {
                        tokens.push(Token::AnyPath);
                        i += 2;
                    }
                    // `***` is `**` followed by `*`: no different.
                }
                '*' => {
                    tokens.push(Token::Star);
                    i += 1;
                }
                c @ ('?' | '+') => {
                    let repeat = if c == '?' {
                        Repeat::Optional
                    } else {
                        Repeat::OneOrMore
                    };
                    match tokens.last_mut() {
                        Some(Token::One(_, r @ Repeat::Once)) => *r = repeat,
                        _ => {
                            return Err(t!(
                                "workflow-pattern-nothing-to-repeat",
                                char = c.to_string(),
                                at = (i + 1).to_string()
                            ));
                        }
                    }
                    i += 1;
                }
                '[' => {
                    let Some(len) = chars[i + 1..].iter().position(|&c| c == ']') else {
                        return Err(t!(
                            "workflow-pattern-unclosed-bracket",
                            at = (i + 1).to_string()
                        ));
                    };
                    let body = &chars[i + 1..i + 1 + len];
                    if body.is_empty() {
                        return Err(t!(
                            "workflow-pattern-empty-brackets",
                            at = (i + 1).to_string()
                        ));
                    }
                    let mut ranges = Vec::new();
                    let mut j = 0;
                    while j < body.len() {
                        if j + 2 < body.len() && body[j + 1] == '-' {
                            let (lo, hi) = (body[j], body[j + 2]);
                            let same_kind = [
                                char::is_ascii_lowercase,
                                char::is_ascii_uppercase,
                                char::is_ascii_digit,
                            ]
                            .iter()
                            .any(|kind| kind(&lo) && kind(&hi));
                            if !same_kind || lo > hi {
                                return Err(t!(
                                    "workflow-pattern-bad-range",
                                    range = format!("{lo}-{hi}"),
                                    set = body.iter().collect::<String>()
                                ));
                            }
                            ranges.push((lo, hi));
                            j += 3;
                        } else {
                            ranges.push((body[j], body[j]));
                            j += 1;
                        }
                    }
                    tokens.push(Token::One(Class::Set(ranges), Repeat::Once));
                    i += len + 2;
                }
                '\\' => {
                    let Some(&c) = chars.get(i + 1) else {
                        return Err(t!("workflow-pattern-trailing-backslash"));
                    };
                    tokens.push(Token::One(Class::Char(c), Repeat::Once));
                    i += 2;
                }
                c => {
                    tokens.push(Token::One(Class::Char(c), Repeat::Once));
                    i += 1;
                }
            }
        }
        Ok(Glob { tokens })
    }

    /// Whether the whole of `name` matches.
    pub(crate) fn matches(&self, name: &str) -> bool {
        let name: Vec<char> = name.chars().collect();
        match_at(&self.tokens, &name)
    }
}

fn match_at(tokens: &[Token], name: &[char]) -> bool {
    let Some((first, rest)) = tokens.split_first() else {
        return name.is_empty();
    };
    match first {
        Token::AnyPath => (0..=name.len()).any(|i| match_at(rest, &name[i..])),
        Token::AnyFolders => {
            match_at(rest, name)
                || (0..name.len()).any(|i| name[i] == '/' && match_at(rest, &name[i + 1..]))
        }
        Token::Star => {
            let stop = name.iter().position(|&c| c == '/').unwrap_or(name.len());
            (0..=stop).any(|i| match_at(rest, &name[i..]))
        }
        Token::One(class, repeat) => {
            let (min, max) = match repeat {
                Repeat::Once => (1, 1),
                Repeat::Optional => (0, 1),
                Repeat::OneOrMore => (1, usize::MAX),
            };
            let available = name.iter().take_while(|&&c| class.matches(c)).count();
            (min..=available.min(max)).any(|n| match_at(rest, &name[n..]))
        }
    }
}

/// A filter's list of patterns, applied in order: a name is in when the
/// last pattern that matches it is positive (`!pattern` takes it out
/// again).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Patterns {
    /// Each pattern as written (with its `!`), and compiled.
    list: Vec<(String, bool, Glob)>,
}

impl Patterns {
    /// Compiles every pattern; `Err` holds the index and the problem of
    /// each one that is not valid.
    pub(crate) fn new(patterns: &[String]) -> Result<Patterns, Vec<(usize, String)>> {
        let mut list = Vec::new();
        let mut problems = Vec::new();
        for (i, written) in patterns.iter().enumerate() {
            let (negated, body) = match written.strip_prefix('!') {
                Some(body) => (true, body),
                None => (false, written.as_str()),
            };
            match Glob::new(body) {
                Ok(glob) => list.push((written.clone(), negated, glob)),
                Err(problem) => problems.push((i, problem)),
            }
        }
        if problems.is_empty() {
            Ok(Patterns { list })
        } else {
            Err(problems)
        }
    }

    /// Whether `name` is in: the last pattern matching it is positive.
    pub(crate) fn matches(&self, name: &str) -> bool {
        self.deciding(name).is_some_and(|(_, negated)| !negated)
    }

    /// The last pattern that matches `name`, and whether it is negated.
    pub(crate) fn deciding(&self, name: &str) -> Option<(&str, bool)> {
        self.list
            .iter()
            .rev()
            .find(|(_, _, glob)| glob.matches(name))
            .map(|(written, negated, _)| (written.as_str(), *negated))
    }

    /// Whether every pattern starts with `!` (GitHub requires a positive
    /// one in `branches`, `tags` and `paths`).
    pub(crate) fn only_negated(&self) -> bool {
        !self.list.is_empty() && self.list.iter().all(|(_, negated, _)| *negated)
    }

    /// The patterns as written, quoted and comma-separated: `["main", "v*"]`.
    pub(crate) fn shown(&self) -> String {
        let quoted: Vec<String> = self
            .list
            .iter()
            .map(|(written, _, _)| format!("\"{written}\""))
            .collect();
        format!("[{}]", quoted.join(", "))
    }

    /// The patterns as written.
    pub(crate) fn written(&self) -> impl Iterator<Item = &str> {
        self.list.iter().map(|(w, _, _)| w.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glob(pattern: &str) -> Glob {
        Glob::new(pattern).unwrap_or_else(|e| panic!("{pattern}: {e}"))
    }

    fn patterns(list: &[&str]) -> Patterns {
        Patterns::new(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap()
    }

    /// Every row of "Patterns to match branches and tags" in GitHub's
    /// filter pattern cheat sheet (docs.github.com, Workflow syntax for
    /// GitHub Actions), with a counter-example where the row implies one.
    #[test]
    fn cheat_sheet_branches_and_tags() {
        let rows: &[(&str, &[&str], &[&str])] = &[
            (
                "feature/*",
                &["feature/my-branch", "feature/your-branch"],
                &["feature/beta-a/my-branch", "feature"],
            ),
            (
                "feature/**",
                &[
                    "feature/beta-a/my-branch",
                    "feature/your-branch",
                    "feature/mona/the/octocat",
                ],
                &["features/x"],
            ),
            ("main", &["main"], &["main2", "xmain"]),
            (
                "releases/mona-the-octocat",
                &["releases/mona-the-octocat"],
                &["releases/mona"],
            ),
            ("*", &["main", "releases"], &["all/the/branches"]),
            ("**", &["all/the/branches", "every/tag"], &[]),
            (
                "*feature",
                &["mona-feature", "feature", "ver-10-feature"],
                &["feature-x", "a/feature"],
            ),
            ("v2*", &["v2", "v2.0", "v2.9"], &["v3", "v2/x"]),
            (
                "v[12].[0-9]+.[0-9]+",
                &["v1.10.1", "v2.0.0"],
                &["v3.0.0", "v1.x.1", "v1..1"],
            ),
        ];
        for (pattern, matching, not_matching) in rows {
            let g = glob(pattern);
            for name in *matching {
                assert!(g.matches(name), "{pattern} should match {name}");
            }
            for name in *not_matching {
                assert!(!g.matches(name), "{pattern} should not match {name}");
            }
        }
    }

    /// Every row of "Patterns to match file paths" in the same cheat sheet.
    #[test]
    fn cheat_sheet_paths() {
        let rows: &[(&str, &[&str], &[&str])] = &[
            ("*", &["README.md", "server.rb"], &["docs/README.md"]),
            (
                "*.jsx?",
                &["page.js", "page.jsx"],
                &["page.jsxx", "a/page.js"],
            ),
            ("**", &["all/the/files.md"], &[]),
            ("*.js", &["app.js", "index.js"], &["js/index.js"]),
            (
                "**.js",
                &["index.js", "js/index.js", "src/js/app.js"],
                &["index.ts"],
            ),
            (
                "docs/*",
                &["docs/README.md", "docs/file.txt"],
                &["docs/mona/octocat.txt", "README.md"],
            ),
            (
                "docs/**",
                &["docs/README.md", "docs/mona/octocat.txt"],
                &["src/docs/x"],
            ),
            (
                "docs/**/*.md",
                &[
                    "docs/README.md",
                    "docs/mona/hello-world.md",
                    "docs/a/markdown/file.md",
                ],
                &["docs/a/file.txt", "README.md"],
            ),
            (
                "**/docs/**",
                &[
                    "docs/hello.md",
                    "dir/docs/my-file.txt",
                    "space/docs/plan/space.doc",
                ],
                &["mydocs/x", "docs"],
            ),
            (
                "**/README.md",
                &["README.md", "js/README.md"],
                &["README.mdx", "js/XREADME.md"],
            ),
            (
                "**/*src/**",
                &["a/src/app.js", "my-src/code/js/app.js"],
                &["src.js"],
            ),
            (
                "**/*-post.md",
                &["my-post.md", "path/their-post.md"],
                &["post.md"],
            ),
            (
                "**/migrate-*.sql",
                &[
                    "migrate-10909.sql",
                    "db/migrate-v1.0.sql",
                    "db/sept/migrate-v1.sql",
                ],
                &["db/migrate/x.sql"],
            ),
        ];
        for (pattern, matching, not_matching) in rows {
            let g = glob(pattern);
            for name in *matching {
                assert!(g.matches(name), "{pattern} should match {name}");
            }
            for name in *not_matching {
                assert!(!g.matches(name), "{pattern} should not match {name}");
            }
        }
    }

    /// The cheat sheet's two rows about `!`: order matters.
    #[test]
    fn cheat_sheet_negation_in_order() {
        let md = patterns(&["*.md", "!README.md"]);
        assert!(md.matches("hello.md"));
        assert!(!md.matches("README.md"));
        assert!(!md.matches("docs/hello.md"));
        let again = patterns(&["*.md", "!README.md", "README*"]);
        assert!(again.matches("hello.md"));
        assert!(again.matches("README.md"));
        assert!(again.matches("README.doc"));
        assert_eq!(again.deciding("README.md"), Some(("README*", false)));
        assert_eq!(md.deciding("README.md"), Some(("!README.md", true)));
        assert_eq!(md.deciding("x.txt"), None);
    }

    #[test]
    fn escapes_classes_and_repeats() {
        assert!(glob(r"v1\.0").matches("v1.0"));
        assert!(glob(r"a\*b").matches("a*b"));
        assert!(!glob(r"a\*b").matches("axb"));
        assert!(glob("[CB]at").matches("Cat"));
        assert!(glob("[CB]at").matches("Bat"));
        assert!(!glob("[CB]at").matches("Rat"));
        assert!(glob("[1-2]00").matches("100"));
        assert!(glob("[1-2]00").matches("200"));
        assert!(!glob("[1-2]00").matches("300"));
        assert!(glob("Octo*").matches("Octocat"));
        // `?` and `+` repeat the character before them.
        assert!(glob("colou?r").matches("color"));
        assert!(glob("colou?r").matches("colour"));
        assert!(!glob("colou?r").matches("colouur"));
        assert!(glob("v+").matches("vvv"));
        assert!(!glob("v+").matches(""));
        // Case matters.
        assert!(!glob("main").matches("Main"));
    }

    #[test]
    fn invalid_patterns_say_why() {
        assert!(
            Glob::new("release/[0-9")
                .unwrap_err()
                .contains("never closed")
        );
        assert!(Glob::new("v[9-0]").unwrap_err().contains("not valid"));
        assert!(Glob::new("v[a-9]").unwrap_err().contains("not valid"));
        assert!(
            Glob::new("?x")
                .unwrap_err()
                .contains("repeats the character")
        );
        assert!(
            Glob::new("*+")
                .unwrap_err()
                .contains("repeats the character")
        );
        assert!(Glob::new("x[]").unwrap_err().contains("lists no character"));
        assert!(Glob::new("x\\").unwrap_err().contains("escapes nothing"));
        let problems = Patterns::new(&["ok".into(), "[bad".into()]).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].0, 1);
    }

    #[test]
    fn only_negated_lists_are_noticed() {
        assert!(patterns(&["!a", "!b"]).only_negated());
        assert!(!patterns(&["a", "!b"]).only_negated());
        assert_eq!(patterns(&["main", "!x"]).shown(), "[\"main\", \"!x\"]");
    }
}
