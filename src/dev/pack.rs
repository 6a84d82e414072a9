//! The course pack the `devpath dev` verbs work on, and the rule that finds
//! it:
//!
//! 1. `--course DIR` when given;
//! 2. else the current folder when it holds `exercises/course.toml` (the
//!    devpath repository: exercises in `exercises/`, the sample app in
//!    `fixtures/apps/`);
//! 3. else the current folder when it holds `course.toml` (a pack);
//! 4. else none: `dev check` and `dev lint` then check the built-in
//!    course, and the verbs that write (`new`, `bless`, `review`) refuse.
//!
//! Every path the verbs write is built from the pack root and a name that
//! [`check_name`] accepted, and checked again with [`Pack::inside`].

use std::path::{Component, Path, PathBuf};

use super::DevError;
use course::{Course, Exercise};

/// A course pack on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pack {
    /// The pack's top folder (it holds `course.toml` or
    /// `exercises/course.toml`).
    pub root: PathBuf,
}

impl Pack {
    /// Finds the pack by the rule above; `None` when there is none.
    pub(crate) fn locate(course: Option<&Path>, cwd: &Path) -> Option<Pack> {
        if let Some(dir) = course {
            return Some(Pack {
                root: dir.to_path_buf(),
            });
        }
        if cwd.join("exercises/course.toml").is_file() || cwd.join("course.toml").is_file() {
            return Some(Pack {
                root: cwd.to_path_buf(),
            });
        }
        None
    }

    /// Like [`Pack::locate`], but a pack is required: `what` names the verb
    /// for the error.
    pub(crate) fn require(
        course: Option<&Path>,
        cwd: &Path,
        what: &'static str,
    ) -> Result<Pack, DevError> {
        Pack::locate(course, cwd).ok_or(DevError::NeedsPack { what })
    }

    /// Loads the pack's course.
    pub(crate) fn load(&self) -> Result<Course, DevError> {
        Ok(Course::load(Some(&self.root))?)
    }

    /// The folder holding `course.toml` and the exercise folders.
    pub(crate) fn exercises_dir(&self) -> PathBuf {
        if self.root.join("exercises/course.toml").is_file() {
            self.root.join("exercises")
        } else {
            self.root.clone()
        }
    }

    /// `course.toml`.
    pub(crate) fn course_toml(&self) -> PathBuf {
        self.exercises_dir().join("course.toml")
    }

    /// An exercise's folder on disk.
    pub(crate) fn exercise_dir(&self, exercise: &Exercise) -> Result<PathBuf, DevError> {
        self.inside(&exercise.prefix)
    }

    /// `root/rel`, refused unless `rel` is a plain relative path (no `..`,
    /// not absolute): what a pack writes stays inside the pack.
    pub(crate) fn inside(&self, rel: &str) -> Result<PathBuf, DevError> {
        let path = Path::new(rel);
        let plain = !rel.is_empty()
            && !rel.contains('\\')
            && path
                .components()
                .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
        let full = self.root.join(rel);
        if !plain {
            return Err(DevError::Outside {
                path: full,
                root: self.root.clone(),
            });
        }
        Ok(full)
    }
}

/// Checks a new exercise's name: a plain folder name of letters, digits,
/// `-`, `_` and `.`, not starting with `.`. Returns why not.
pub(crate) fn check_name(name: &str) -> Result<(), DevError> {
    let bad = |reason: String| DevError::BadName {
        name: name.to_string(),
        reason,
    };
    if name.is_empty() {
        return Err(bad(i18n::t!("dev-name-empty")));
    }
    if name.contains('/') || name.contains('\\') {
        return Err(bad(i18n::t!("dev-name-separator")));
    }
    if name == ".." || name.contains("..") {
        return Err(bad(i18n::t!("dev-name-dotdot")));
    }
    if name.starts_with('.') || name.starts_with('-') {
        return Err(bad(i18n::t!("dev-name-start")));
    }
    if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return Err(bad(i18n::t!("dev-name-chars")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_must_be_plain() {
        assert!(check_name("04-cd-deploy").is_ok());
        for bad in ["", "a/b", "../x", "..", ".hidden", "a b", "x\\y", "-x"] {
            assert!(check_name(bad).is_err(), "{bad:?} must be refused");
        }
    }

    #[test]
    fn inside_refuses_escapes() {
        let pack = Pack {
            root: PathBuf::from("/p"),
        };
        assert_eq!(pack.inside("a/b").unwrap(), PathBuf::from("/p/a/b"));
        assert!(pack.inside("../x").is_err());
        assert!(pack.inside("/etc").is_err());
        assert!(pack.inside("").is_err());
    }

    #[test]
    fn locate_prefers_the_flag_then_the_repository_layout() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Pack::locate(None, dir.path()), None);
        std::fs::write(dir.path().join("course.toml"), "").unwrap();
        assert_eq!(Pack::locate(None, dir.path()).unwrap().root, dir.path());
        let other = PathBuf::from("/elsewhere");
        assert_eq!(Pack::locate(Some(&other), dir.path()).unwrap().root, other);
    }
}
