//! Where a course's files come from: built into the binary, or a folder on
//! disk (`--course DIR`). Both are read into one in-memory tree, so the rest
//! of devpath never touches the pack folder again and cannot be tricked into
//! reading outside it.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use super::CourseError;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_course.rs"));
}

/// The largest course pack devpath reads from disk, in bytes.
const MAX_PACK_BYTES: u64 = 64 * 1024 * 1024;

/// One file of a course.
#[derive(Debug, Clone)]
pub struct CourseFile {
    pub bytes: Vec<u8>,
    pub executable: bool,
}

/// A course's files, keyed by their path relative to the pack root, with `/`
/// separators (`exercises/course.toml`, `fixtures/apps/good/test.sh`).
#[derive(Debug, Clone)]
pub struct CourseFiles {
    /// Where the files came from, for messages: `built-in course` or the
    /// folder.
    pub origin: Origin,
    files: BTreeMap<String, CourseFile>,
}

/// Where a course was loaded from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    Folder(PathBuf),
}

impl CourseFiles {
    /// The course compiled into devpath.
    pub fn built_in() -> CourseFiles {
        let files = embedded::FILES
            .iter()
            .map(|(path, bytes, executable)| {
                let file = CourseFile {
                    bytes: bytes.to_vec(),
                    executable: *executable,
                };
                (path.to_string(), file)
            })
            .collect();
        CourseFiles {
            origin: Origin::BuiltIn,
            files,
        }
    }

    /// A course pack on disk. Symbolic links are refused, so a pack can't
    /// make devpath read outside its folder.
    pub fn from_dir(dir: &Path) -> Result<CourseFiles, CourseError> {
        let meta = std::fs::metadata(dir).map_err(|source| CourseError::Read {
            path: dir.to_path_buf(),
            source,
        })?;
        if !meta.is_dir() {
            return Err(CourseError::NotACourse {
                path: dir.to_path_buf(),
            });
        }
        let mut files = BTreeMap::new();
        let mut total = 0;
        read_dir_into(dir, dir, &mut files, &mut total)?;
        let course = CourseFiles {
            origin: Origin::Folder(dir.to_path_buf()),
            files,
        };
        if course.course_toml_path().is_none() {
            return Err(CourseError::NotACourse {
                path: dir.to_path_buf(),
            });
        }
        Ok(course)
    }

    /// The path of `course.toml`: `exercises/course.toml` (the layout of the
    /// devpath repository) or `course.toml` at the top of a pack.
    pub fn course_toml_path(&self) -> Option<&'static str> {
        ["exercises/course.toml", "course.toml"]
            .into_iter()
            .find(|p| self.files.contains_key(*p))
    }

    /// The folder holding `course.toml` and the exercise folders.
    pub fn exercises_prefix(&self) -> &'static str {
        match self.course_toml_path() {
            Some("exercises/course.toml") => "exercises/",
            _ => "",
        }
    }

    pub fn get(&self, path: &str) -> Option<&CourseFile> {
        self.files.get(path)
    }

    /// Files below `prefix` (which ends with `/`), as (path relative to
    /// prefix, file).
    pub fn under<'a>(
        &'a self,
        prefix: &str,
    ) -> impl Iterator<Item = (&'a str, &'a CourseFile)> + 'a {
        let prefix = prefix.to_string();
        let len = prefix.len();
        self.files
            .range(prefix.clone()..)
            .take_while(move |(path, _)| path.starts_with(&prefix))
            .map(move |(path, file)| (&path[len..], file))
    }

    /// Whether any file lies below `prefix`.
    pub fn has_dir(&self, prefix: &str) -> bool {
        self.under(prefix).next().is_some()
    }

    /// A human name for a path inside the course, for messages.
    pub fn display(&self, path: &str) -> String {
        match &self.origin {
            Origin::BuiltIn => format!("<built-in course>/{path}"),
            Origin::Folder(dir) => dir.join(path).display().to_string(),
        }
    }
}

fn read_dir_into(
    root: &Path,
    dir: &Path,
    files: &mut BTreeMap<String, CourseFile>,
    total: &mut u64,
) -> Result<(), CourseError> {
    let entries = std::fs::read_dir(dir).map_err(|source| CourseError::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    for entry in entries {
        let entry = entry.map_err(|source| CourseError::Read {
            path: dir.to_path_buf(),
            source,
        })?;
        let path = entry.path();
        let kind = entry.file_type().map_err(|source| CourseError::Read {
            path: path.clone(),
            source,
        })?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if kind.is_symlink() {
            return Err(CourseError::UnsafePath {
                path,
                reason: "it is a symbolic link; a course pack must hold plain files only",
            });
        }
        if kind.is_dir() {
            if name == ".git" || name == "target" {
                continue;
            }
            read_dir_into(root, &path, files, total)?;
        } else if kind.is_file() {
            if name.ends_with(".snap.new") {
                continue;
            }
            let meta = entry.metadata().map_err(|source| CourseError::Read {
                path: path.clone(),
                source,
            })?;
            *total += meta.len();
            if *total > MAX_PACK_BYTES {
                return Err(CourseError::TooLarge {
                    path: root.to_path_buf(),
                    limit: MAX_PACK_BYTES,
                });
            }
            let bytes = std::fs::read(&path).map_err(|source| CourseError::Read {
                path: path.clone(),
                source,
            })?;
            let rel = relative_key(root, &path)?;
            files.insert(
                rel,
                CourseFile {
                    bytes,
                    executable: is_executable(&meta),
                },
            );
        }
    }
    Ok(())
}

fn relative_key(root: &Path, path: &Path) -> Result<String, CourseError> {
    let rel = path
        .strip_prefix(root)
        .map_err(|_| CourseError::UnsafePath {
            path: path.to_path_buf(),
            reason: "it lies outside the course folder",
        })?;
    let mut parts = Vec::new();
    for component in rel.components() {
        match component {
            Component::Normal(part) => match part.to_str() {
                Some(part) => parts.push(part),
                None => {
                    return Err(CourseError::UnsafePath {
                        path: path.to_path_buf(),
                        reason: "its name is not valid UTF-8",
                    });
                }
            },
            _ => {
                return Err(CourseError::UnsafePath {
                    path: path.to_path_buf(),
                    reason: "it lies outside the course folder",
                });
            }
        }
    }
    Ok(parts.join("/"))
}

/// A refusal reason of [`CourseError::UnsafePath`] or [`check_relative`]
/// (always English, for matching) in the current language.
pub fn refusal_text(reason: &str) -> String {
    let id = match reason {
        "it is a symbolic link; a course pack must hold plain files only" => {
            "errors-refused-symlink"
        }
        "it lies outside the course folder" => "errors-refused-outside",
        "its name is not valid UTF-8" => "errors-refused-name-not-utf8",
        "it is empty" => "errors-refused-empty",
        "it contains `..`; paths must stay inside the exercise folder" => "errors-refused-dotdot",
        "it is absolute; write it relative to the exercise folder" => "errors-refused-absolute",
        "it contains `\\`; use `/` between folders" => "errors-refused-backslash",
        _ => return reason.to_string(),
    };
    i18n::t!(id)
}

/// Checks a path written inside a course file (an editable file, a
/// fixture): relative, no `..`, no absolute or drive prefix. Returns why not.
pub fn check_relative(path: &str) -> Result<(), &'static str> {
    if path.is_empty() {
        return Err("it is empty");
    }
    let p = Path::new(path);
    for component in p.components() {
        match component {
            Component::Normal(_) => {}
            Component::CurDir => {}
            Component::ParentDir => {
                return Err("it contains `..`; paths must stay inside the exercise folder");
            }
            Component::RootDir | Component::Prefix(_) => {
                return Err("it is absolute; write it relative to the exercise folder");
            }
        }
    }
    if path.contains('\\') {
        return Err("it contains `\\`; use `/` between folders");
    }
    Ok(())
}

#[cfg(unix)]
fn is_executable(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode() & 0o111 != 0
}

#[cfg(not(unix))]
fn is_executable(_meta: &std::fs::Metadata) -> bool {
    false
}

/// Writes `bytes` to `path` (creating folders), with the executable bit
/// when asked.
pub fn write_file(path: &Path, file: &CourseFile) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, &file.bytes)?;
    #[cfg(unix)]
    if file.executable {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_must_stay_inside() {
        assert!(check_relative("deploy.sh").is_ok());
        assert!(check_relative(".github/workflows/ci.yml").is_ok());
        assert!(check_relative("../secret").is_err());
        assert!(check_relative("a/../../b").is_err());
        assert!(check_relative("/etc/passwd").is_err());
        assert!(check_relative("").is_err());
    }

    #[test]
    fn built_in_course_has_course_toml() {
        let files = CourseFiles::built_in();
        assert_eq!(files.course_toml_path(), Some("exercises/course.toml"));
    }
}
