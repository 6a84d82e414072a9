//! `hashFiles(patterns…)` as the runner computes it.
//!
//! The runner hands the patterns to a small Node program
//! (`src/Misc/expressionFunc/hashFiles/src/hashFiles.ts`) built on
//! `@actions/glob`; this is that program's behaviour, so a cache key a
//! learner computes here is the one GitHub would compute for the same files:
//!
//! - one pattern a line (an argument may hold several); blank lines and
//!   `#` comments are skipped; a leading `!` excludes; the last pattern
//!   that matches a file decides;
//! - a relative pattern is rooted at the workspace (`github.workspace`);
//!   `*`, `?`, `[…]` match within a path segment, `**` any number of
//!   segments, dot files included, case-sensitive; a pattern that matches a
//!   directory also matches everything below it;
//! - the tree is walked depth-first, each directory's entries in byte
//!   order (Node's `readdir` is libuv's `scandir`, sorted with `strcmp`),
//!   so `x/y` comes before `x-z`, unlike a sort of whole paths; the walk
//!   starts from each pattern's literal prefix; directories and
//!   files outside the workspace are skipped; symbolic links are not
//!   followed unless the first argument is `--follow-symbolic-links`;
//! - the result is the SHA-256 of the concatenated SHA-256 digests of the
//!   files, in hex; no file at all gives `''`.

use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// One line of the patterns, as `@actions/glob` parses it.
#[derive(Debug, Clone)]
struct Pattern {
    negate: bool,
    /// The segments of the absolute pattern, without empty ones.
    segments: Vec<String>,
    /// Written with a trailing `/`: matches directories only.
    directory_only: bool,
}

impl Pattern {
    fn parse(line: &str, workspace: &Path) -> Result<Pattern, String> {
        let mut negate = false;
        let mut rest = line;
        while let Some(after) = rest.strip_prefix('!') {
            negate = !negate;
            rest = after.trim();
        }
        let directory_only = rest.ends_with('/') && rest.len() > 1;
        let absolute = if rest.starts_with('/') {
            PathBuf::from(rest)
        } else {
            workspace.join(rest)
        };
        let relative_len = if rest.starts_with('/') {
            0
        } else {
            segments_of(&workspace.to_string_lossy()).len()
        };
        let mut segments = segments_of(&absolute.to_string_lossy());
        for (i, segment) in segments.iter().enumerate() {
            let first_of_pattern = i == relative_len;
            if segment == ".." || (segment == "." && !first_of_pattern) {
                return Err(format!(
                    "hashFiles(): invalid pattern {line:?}: `.` and `..` are only allowed at the \
                     start of a pattern, and `..` not at all (patterns are relative to the \
                     workspace)"
                ));
            }
        }
        if segments.get(relative_len).is_some_and(|s| s == ".") {
            segments.remove(relative_len);
        }
        Ok(Pattern {
            negate,
            segments,
            directory_only,
        })
    }

    /// The directory to walk: the segments before the first one with a
    /// wildcard.
    fn search_path(&self) -> PathBuf {
        let literal = self.segments.iter().take_while(|s| !has_wildcard(s));
        let mut path = PathBuf::from("/");
        path.extend(literal);
        path
    }

    fn matches(&self, path: &[&str]) -> bool {
        match_segments(&self.segments, path)
    }
}

fn segments_of(path: &str) -> Vec<String> {
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn has_wildcard(segment: &str) -> bool {
    segment.contains(['*', '?', '['])
}

/// Whether the pattern's segments match the path's, `**` standing for any
/// number of segments.
fn match_segments(pattern: &[String], path: &[&str]) -> bool {
    match pattern.split_first() {
        None => path.is_empty(),
        Some((first, rest)) if first == "**" => {
            (0..=path.len()).any(|skip| match_segments(rest, &path[skip..]))
        }
        Some((first, rest)) => match path.split_first() {
            Some((segment, path_rest)) => {
                let p: Vec<char> = first.chars().collect();
                let s: Vec<char> = segment.chars().collect();
                match_segment(&p, &s) && match_segments(rest, path_rest)
            }
            None => false,
        },
    }
}

/// `*`, `?`, `[abc]`, `[a-z]`, `[!a]` and `\x` within one segment.
fn match_segment(p: &[char], s: &[char]) -> bool {
    match p.split_first() {
        None => s.is_empty(),
        Some(('*', rest)) => (0..=s.len()).any(|skip| match_segment(rest, &s[skip..])),
        Some(('?', rest)) => !s.is_empty() && match_segment(rest, &s[1..]),
        Some(('[', rest)) => match class(rest) {
            Some((set, len)) => {
                s.first().is_some_and(|c| set.contains(*c)) && match_segment(&rest[len..], &s[1..])
            }
            // An unclosed `[` is a literal `[`.
            None => s.first() == Some(&'[') && match_segment(rest, &s[1..]),
        },
        Some(('\\', rest)) if !rest.is_empty() => {
            s.first() == Some(&rest[0]) && match_segment(&rest[1..], &s[1..])
        }
        Some((c, rest)) => s.first() == Some(c) && match_segment(rest, &s[1..]),
    }
}

/// A character class after its `[`: the class and how many characters it
/// took, including the closing `]`.
fn class(p: &[char]) -> Option<(CharClass, usize)> {
    let mut i = 0;
    let negate = matches!(p.first(), Some('!' | '^'));
    if negate {
        i += 1;
    }
    let mut ranges = Vec::new();
    let start = i;
    while i < p.len() {
        let c = p[i];
        if c == ']' && i > start {
            return Some((CharClass { negate, ranges }, i + 1));
        }
        if p.get(i + 1) == Some(&'-') && p.get(i + 2).is_some_and(|e| *e != ']') {
            ranges.push((c, p[i + 2]));
            i += 3;
        } else {
            ranges.push((c, c));
            i += 1;
        }
    }
    None
}

struct CharClass {
    negate: bool,
    ranges: Vec<(char, char)>,
}

impl CharClass {
    fn contains(&self, c: char) -> bool {
        self.ranges.iter().any(|(lo, hi)| (*lo..=*hi).contains(&c)) != self.negate
    }
}

/// The search paths of the including patterns, without those below
/// another one (`getSearchPaths` in `@actions/glob`).
fn search_paths(patterns: &[Pattern]) -> Vec<PathBuf> {
    let candidates: Vec<PathBuf> = patterns
        .iter()
        .filter(|p| !p.negate)
        .map(Pattern::search_path)
        .collect();
    let mut result: Vec<PathBuf> = Vec::new();
    for path in &candidates {
        if result.contains(path) {
            continue;
        }
        let below_another = path
            .ancestors()
            .skip(1)
            .any(|a| candidates.iter().any(|c| c == a));
        if !below_another {
            result.push(path.clone());
        }
    }
    result
}

/// Whether the file at `path` is selected: the last pattern that matches
/// decides. Patterns written with a trailing `/` only select directories,
/// and reach files through their implicit `/**`.
fn selected(patterns: &[Pattern], path: &Path) -> bool {
    let text = path.to_string_lossy();
    let segments: Vec<&str> = text.split('/').filter(|s| !s.is_empty()).collect();
    let mut selected = false;
    for pattern in patterns {
        if pattern.directory_only || !pattern.matches(&segments) {
            continue;
        }
        selected = !pattern.negate;
    }
    selected
}

/// Computes `hashFiles(args…)` for files under `workspace`.
pub(crate) fn hash_files(workspace: &Path, args: &[String]) -> Result<String, String> {
    let mut follow = false;
    let mut lines = Vec::new();
    for (i, arg) in args.iter().enumerate() {
        if i == 0 && arg.starts_with("--") {
            if arg.eq_ignore_ascii_case("--follow-symbolic-links") {
                follow = true;
                continue;
            }
            return Err(format!(
                "hashFiles(): invalid glob option {arg:?}; the only option is \
                 '--follow-symbolic-links'"
            ));
        }
        lines.extend(arg.lines().map(str::to_string));
    }
    let mut patterns = Vec::new();
    for line in &lines {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let pattern = Pattern::parse(line, workspace)?;
        // `implicitDescendants`: a pattern also matches what is below what
        // it matches.
        let descendants = (pattern.directory_only
            || pattern.segments.last().is_none_or(|s| s != "**"))
        .then(|| Pattern {
            negate: pattern.negate,
            segments: pattern
                .segments
                .iter()
                .cloned()
                .chain(["**".to_string()])
                .collect(),
            directory_only: false,
        });
        patterns.push(pattern);
        patterns.extend(descendants);
    }

    let mut total = Sha256::new();
    let mut found = false;
    for root in search_paths(&patterns) {
        let mut stack = vec![root];
        let mut visited = Vec::new();
        while let Some(path) = stack.pop() {
            let meta = if follow {
                fs::metadata(&path)
            } else {
                fs::symlink_metadata(&path)
            };
            // Gone, or a broken link when following links: skipped, as
            // `@actions/glob` does.
            let Ok(meta) = meta else { continue };
            if meta.is_dir() {
                if follow {
                    // A link back to a directory being walked: a cycle.
                    let real = fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
                    if visited.contains(&real) {
                        continue;
                    }
                    visited.push(real);
                }
                let mut children: Vec<PathBuf> = fs::read_dir(&path)
                    .map_err(|e| unreadable(&path, &e))?
                    .filter_map(|entry| entry.ok().map(|e| e.path()))
                    .collect();
                children.sort_by(|a, b| {
                    a.as_os_str()
                        .as_encoded_bytes()
                        .cmp(b.as_os_str().as_encoded_bytes())
                });
                stack.extend(children.into_iter().rev());
                continue;
            }
            if !path.starts_with(workspace) || path == workspace || !selected(&patterns, &path) {
                continue;
            }
            // The runner checks with `stat`, which follows a link: a link to
            // a directory is skipped, a broken one fails the expression.
            let target = fs::metadata(&path).map_err(|e| unreadable(&path, &e))?;
            if target.is_dir() {
                continue;
            }
            let mut file_hash = Sha256::new();
            fs::File::open(&path)
                .and_then(|mut file| std::io::copy(&mut file, &mut file_hash))
                .map_err(|e| unreadable(&path, &e))?;
            total.update(file_hash.finalize());
            found = true;
        }
    }
    if !found {
        return Ok(String::new());
    }
    Ok(total
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// hashFiles()'s error for a file or folder it cannot read.
fn unreadable(path: &std::path::Path, e: &std::io::Error) -> String {
    format!(
        "hashFiles(): {}",
        i18n::t!(
            "workflow-cannot-read",
            path = path.display().to_string(),
            error = e.to_string()
        )
    )
}

#[cfg(test)]
mod tests {
    use serde_json::{Map, Value, json};

    use super::super::{EvalContext, Expression, Status};

    /// A workspace whose expected hashes were computed with coreutils:
    /// `for f in …; do sha256sum "$f" | cut -c1-64; done | tr -d '\n' |
    /// xxd -r -p | sha256sum`.
    fn workspace() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("temp dir");
        for (path, text) in [
            ("a.txt", "a\n"),
            ("src/b.js", "b\n"),
            ("src/sub/c.js", "c\n"),
            (".hidden/d.js", "d\n"),
            ("node_modules/x/e.js", "e\n"),
            ("x/y", "y\n"),
            ("x-z", "z\n"),
        ] {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().expect("has a parent")).expect("mkdir");
            std::fs::write(path, text).expect("write");
        }
        std::os::unix::fs::symlink("a.txt", dir.path().join("l.txt")).expect("link");
        std::os::unix::fs::symlink("src", dir.path().join("linkdir")).expect("link");
        dir
    }

    fn hash(dir: &std::path::Path, expr: &str) -> Result<Value, String> {
        let Value::Object(contexts) = json!({"github": {"workspace": dir.to_string_lossy()}})
        else {
            unreachable!()
        };
        let ctx = EvalContext {
            contexts: &contexts,
            status: Status::SUCCESS,
        };
        Expression::parse(expr)
            .and_then(|e| e.eval(&ctx))
            .map_err(|e| e.message)
    }

    #[test]
    fn hash_files_matches_the_runner() {
        let dir = workspace();
        // (expression, expected) — sources: the runner's
        // src/Misc/expressionFunc/hashFiles/src/hashFiles.ts and the
        // `@actions/glob` it bundles (src/Misc/layoutbin/hashFiles/index.js).
        let cases: &[(&str, &str)] = &[
            // `**` crosses directories, dot directories included.
            (
                "hashFiles('**/*.js')",
                "620400d429f19181c79d5ec0c60345848c5b48ee89e917c276bf98695599b600",
            ),
            // `!` excludes; a directory pattern covers what is below it.
            (
                "hashFiles('**/*.js', '!node_modules')",
                "bcaa7bee08d83a6abf85ba45caa50ac9b292750ba210863fb64128bb37b0978d",
            ),
            // One argument may hold several patterns, one a line.
            (
                "hashFiles(format('**/*.js{0}# a comment{0}!**/node_modules/**', '\n'))",
                "bcaa7bee08d83a6abf85ba45caa50ac9b292750ba210863fb64128bb37b0978d",
            ),
            // `*` stays within one directory.
            (
                "hashFiles('src/*.js')",
                "c606dd677840d364890dce4afe87cfa83260633ed6020d197e8837f553dbbb89",
            ),
            (
                "hashFiles('./src/*.[j]s')",
                "c606dd677840d364890dce4afe87cfa83260633ed6020d197e8837f553dbbb89",
            ),
            // A directory stands for the files below it.
            (
                "hashFiles('src')",
                "9f5126ad7c31a1aa2af211c9a5bc25a2c35af3f764fd7afaf2ec0b2afa19a01c",
            ),
            (
                "hashFiles('src/')",
                "9f5126ad7c31a1aa2af211c9a5bc25a2c35af3f764fd7afaf2ec0b2afa19a01c",
            ),
            (
                "hashFiles('a.txt', 'a.txt')",
                "225f1bbbc4b1a3d97c622a492d91ea8d6858d7e1164bbbb5953f74311d6d222e",
            ),
            // Depth-first, each directory's entries in byte order: `x/y`
            // comes before `x-z` (sorting whole paths would put `x-z`
            // first, b91b4515…).
            (
                "hashFiles('x*')",
                "cd7f95752b73580cd152ff43db7826968dc24bd49ad961e662f8d8ffa2fbcdb1",
            ),
            // No match: the empty string (actions/runner#556).
            ("hashFiles('nothing', '*.none')", ""),
            ("hashFiles('!**')", ""),
            // Outside the workspace: skipped.
            ("hashFiles('/etc/hostname')", ""),
            // A link to a file is hashed through; a link to a directory is
            // only walked with `--follow-symbolic-links`.
            (
                "hashFiles('l.txt')",
                "225f1bbbc4b1a3d97c622a492d91ea8d6858d7e1164bbbb5953f74311d6d222e",
            ),
            ("hashFiles('linkdir/**')", ""),
            (
                "hashFiles('--follow-symbolic-links', 'linkdir/**')",
                "9f5126ad7c31a1aa2af211c9a5bc25a2c35af3f764fd7afaf2ec0b2afa19a01c",
            ),
            (
                "hashFiles('--follow-symbolic-links', 'a.txt')",
                "225f1bbbc4b1a3d97c622a492d91ea8d6858d7e1164bbbb5953f74311d6d222e",
            ),
        ];
        for (expr, expected) in cases {
            assert_eq!(hash(dir.path(), expr), Ok(json!(expected)), "{expr}");
        }
    }

    #[test]
    fn hash_files_rejects_what_the_runner_rejects() {
        let dir = workspace();
        for (expr, message) in [
            (
                "hashFiles('--nope', 'a.txt')",
                "invalid glob option \"--nope\"",
            ),
            ("hashFiles('../x')", "`..` not at all"),
            ("hashFiles('src/./b.js')", "only allowed at the start"),
        ] {
            let err = hash(dir.path(), expr).expect_err(expr);
            assert!(err.contains(message), "{expr}: {err}");
        }
        let err = Expression::parse("hashFiles('a.txt')")
            .and_then(|e| {
                e.eval(&EvalContext {
                    contexts: &Map::new(),
                    status: Status::SUCCESS,
                })
            })
            .expect_err("no workspace");
        assert!(err.message.contains("github.workspace"), "{err}");
    }
}
