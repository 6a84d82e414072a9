//! The path patterns of `actions/upload-artifact` and `actions/cache`, as
//! `@actions/glob` reads them: one pattern a line, `#` lines ignored, `!`
//! excludes, `~` is the home folder, a relative pattern starts at the
//! workspace, `*`, `?`, `[…]` match inside one name and `**` any number of
//! folders. A pattern that matches a folder takes in everything beneath it
//! (the toolkit's `implicitDescendants`), and patterns count in order:
//! the last one that matches a file decides (`!` after an include drops
//! it, an include after `!` brings it back).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Component, Path, PathBuf};

/// One line of a path input.
#[derive(Debug, Clone)]
pub(super) struct Pattern {
    negate: bool,
    /// The absolute path's names, glob characters and all.
    segments: Vec<String>,
}

impl Pattern {
    /// The patterns of a multi-line input, relative ones joined to `base`.
    pub(super) fn parse_all(input: &str, base: &Path, home: &Path) -> Vec<Pattern> {
        input
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|line| {
                let (negate, rest) = match line.strip_prefix('!') {
                    Some(rest) => (true, rest.trim_start()),
                    None => (false, line),
                };
                let path = match rest.strip_prefix('~') {
                    Some(after) if after.is_empty() || after.starts_with('/') => {
                        home.join(after.trim_start_matches('/'))
                    }
                    _ => base.join(rest),
                };
                Pattern {
                    negate,
                    segments: normalise(&path),
                }
            })
            .collect()
    }

    /// The folder where a walk for this pattern starts: its names up to
    /// the first that holds a glob character (the toolkit's search path).
    pub(super) fn search_path(&self) -> PathBuf {
        let mut path = PathBuf::from("/");
        for segment in &self.segments {
            if has_glob(segment) {
                break;
            }
            path.push(segment);
        }
        path
    }

    /// Whether `path` (absolute, normalised) or one of its folders matches.
    fn matches(&self, path: &[String]) -> bool {
        (1..=path.len()).any(|n| match_segments(&self.segments, &path[..n]))
    }
}

/// The files the patterns select, sorted, and the search paths of the
/// include patterns (deduplicated, those beneath another dropped). Names
/// starting with `.` beneath a search path are left out unless `hidden`.
pub(super) fn find_files(patterns: &[Pattern], hidden: bool) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let mut roots: Vec<PathBuf> = Vec::new();
    for pattern in patterns.iter().filter(|p| !p.negate) {
        let root = pattern.search_path();
        if !roots.iter().any(|r| root.starts_with(r)) {
            roots.retain(|r| !r.starts_with(&root));
            roots.push(root);
        }
    }
    let mut found = BTreeSet::new();
    for root in &roots {
        walk(root, hidden, &mut |file| {
            let names = normalise(file);
            let mut keep = false;
            for pattern in patterns {
                if pattern.negate {
                    keep &= !pattern.matches(&names);
                } else {
                    keep |= pattern.matches(&names);
                }
            }
            if keep {
                found.insert(file.to_path_buf());
            }
        });
    }
    (found.into_iter().collect(), roots)
}

/// Calls `each` for every file at or beneath `root` (following links).
fn walk(root: &Path, hidden: bool, each: &mut dyn FnMut(&Path)) {
    let Ok(meta) = fs::metadata(root) else {
        return;
    };
    if !meta.is_dir() {
        each(root);
        return;
    }
    let Ok(entries) = fs::read_dir(root) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for entry in entries {
        let is_hidden = entry
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if is_hidden && !hidden {
            continue;
        }
        walk(&entry, hidden, each);
    }
}

/// The least common ancestor of absolute folders (upload-artifact's
/// `getMultiPathLCA`): the artifact's root when there are several.
pub(super) fn common_ancestor(paths: &[PathBuf]) -> PathBuf {
    let mut lca: Vec<Component<'_>> = match paths.first() {
        Some(first) => first.components().collect(),
        None => return PathBuf::from("/"),
    };
    for path in &paths[1..] {
        let shared = lca
            .iter()
            .zip(path.components())
            .take_while(|(a, b)| **a == *b)
            .count();
        lca.truncate(shared);
    }
    lca.iter().collect()
}

/// The names of an absolute path, `.` and `..` resolved.
fn normalise(path: &Path) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for component in path.components() {
        match component {
            Component::Normal(name) => names.push(name.to_string_lossy().into_owned()),
            Component::ParentDir => {
                names.pop();
            }
            _ => {}
        }
    }
    names
}

fn has_glob(segment: &str) -> bool {
    segment.contains(['*', '?', '['])
}

/// Whether a pattern's names match a path's names; `**` matches any
/// number of them.
fn match_segments(pattern: &[String], path: &[String]) -> bool {
    match pattern.split_first() {
        None => path.is_empty(),
        Some((first, rest)) if first == "**" => {
            (0..=path.len()).any(|skip| match_segments(rest, &path[skip..]))
        }
        Some((first, rest)) => match path.split_first() {
            Some((name, path_rest)) => {
                match_name(first.as_bytes(), name.as_bytes()) && match_segments(rest, path_rest)
            }
            None => false,
        },
    }
}

/// One name against one pattern name: `*`, `?` and `[abc]`/`[a-z]`/`[!a]`.
pub(super) fn match_name(pattern: &[u8], name: &[u8]) -> bool {
    match pattern.split_first() {
        None => name.is_empty(),
        Some((b'*', rest)) => (0..=name.len()).any(|skip| match_name(rest, &name[skip..])),
        Some((b'?', rest)) => !name.is_empty() && match_name(rest, &name[1..]),
        Some((b'[', rest)) => {
            let Some(end) = rest.iter().skip(1).position(|&c| c == b']').map(|p| p + 1) else {
                return name.first() == Some(&b'[') && match_name(rest, &name[1..]);
            };
            let Some((&c, name_rest)) = name.split_first() else {
                return false;
            };
            let (negated, set) = match rest[..end].split_first() {
                Some((b'!' | b'^', set)) => (true, set),
                _ => (false, &rest[..end]),
            };
            let mut hit = false;
            let mut i = 0;
            while i < set.len() {
                if i + 2 < set.len() && set[i + 1] == b'-' {
                    hit |= set[i] <= c && c <= set[i + 2];
                    i += 3;
                } else {
                    hit |= set[i] == c;
                    i += 1;
                }
            }
            hit != negated && match_name(&rest[end + 1..], name_rest)
        }
        Some((&p, rest)) => name.first() == Some(&p) && match_name(rest, &name[1..]),
    }
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::path::{Path, PathBuf};

    use super::{Pattern, common_ancestor, find_files, match_name};

    fn names(found: &[PathBuf], base: &Path) -> Vec<String> {
        found
            .iter()
            .map(|p| p.strip_prefix(base).unwrap().display().to_string())
            .collect()
    }

    #[test]
    fn patterns_match_as_the_toolkit_does() {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path();
        for file in [
            "dist/app.js",
            "dist/lib/util.js",
            "dist/lib/util.map",
            "dist/.hidden",
            "logs/a.log",
            "README.md",
        ] {
            fs::create_dir_all(base.join(file).parent().unwrap()).unwrap();
            fs::write(base.join(file), "x").unwrap();
        }
        let home = Path::new("/nonexistent");
        let run = |input: &str| {
            let (found, roots) = find_files(&Pattern::parse_all(input, base, home), false);
            (names(&found, base), roots)
        };
        // A folder takes in what is beneath it, hidden files left out.
        let (found, roots) = run("dist");
        assert_eq!(
            found,
            ["dist/app.js", "dist/lib/util.js", "dist/lib/util.map"]
        );
        assert_eq!(roots, [base.join("dist")]);
        // `**`, then an exclusion that wins because it comes later.
        let (found, _) = run("dist/**/*.js\n!dist/lib");
        assert_eq!(found, ["dist/app.js"]);
        // An include after the exclusion brings a file back.
        let (found, _) = run("dist\n!dist/lib\ndist/lib/*.map");
        assert_eq!(found, ["dist/app.js", "dist/lib/util.map"]);
        // Two search paths, and comments ignored.
        let (found, roots) = run("# built\ndist/app.js\nlogs/*.log\n");
        assert_eq!(found, ["dist/app.js", "logs/a.log"]);
        assert_eq!(common_ancestor(&roots), base);
        let (found, _) = run("nothing/*");
        assert!(found.is_empty());
    }

    #[test]
    fn names_match_stars_questions_and_sets() {
        assert!(match_name(b"*.js", b"app.js"));
        assert!(!match_name(b"*.js", b"app.json"));
        assert!(match_name(b"v?", b"v1"));
        assert!(match_name(b"[ab]x", b"bx"));
        assert!(!match_name(b"[!ab]x", b"bx"));
        assert!(match_name(b"[a-c]", b"b"));
    }
}
