//! The learner's progress, in `.devpath/state.toml`. Written atomically (a
//! temporary file in the same folder, then a rename), so a crash or Ctrl-C
//! never leaves half a file. A damaged file is reported with a way out,
//! never a panic.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Course, CourseError};

/// Progress in one workspace.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    /// Version of this file's format.
    pub format_version: u32,
    /// The course pack folder, when the workspace was created with
    /// `--course`; absent for the built-in course.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub course: Option<PathBuf>,
    /// The language the workspace was created in (`devpath init --lang`),
    /// or switched to (`devpath lang`): its start files' comments and
    /// lessons are in it, and devpath speaks it here unless `--lang` or
    /// `DEVPATH_LANG` says otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<crate::Lang>,
    /// The exercise watch mode and `devpath run` work on.
    pub current: String,
    /// Exercises the learner has passed.
    #[serde(default)]
    pub done: BTreeSet<String>,
    /// How many hints of each exercise the learner has seen.
    #[serde(default)]
    pub hints_shown: BTreeMap<String, usize>,
}

impl State {
    /// A fresh state at the first exercise.
    pub fn new(course: &Course, pack: Option<PathBuf>) -> State {
        State {
            format_version: 1,
            course: pack,
            lang: None,
            current: course
                .exercises
                .first()
                .map(|e| e.name.clone())
                .unwrap_or_default(),
            done: BTreeSet::new(),
            hints_shown: BTreeMap::new(),
        }
    }

    /// Reads the state file.
    pub fn read(path: &Path) -> Result<State, CourseError> {
        let bytes = std::fs::read(path).map_err(|source| CourseError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let text = String::from_utf8(bytes).map_err(|e| CourseError::DamagedState {
            path: path.to_path_buf(),
            detail: i18n::t!(
                "errors-state-not-utf8",
                byte = (e.utf8_error().valid_up_to() + 1).to_string()
            ),
        })?;
        let state: State = toml::from_str(&text).map_err(|error| {
            let (line, col) = error
                .span()
                .map(|s| super::line_col(&text, s.start))
                .unwrap_or((1, 1));
            CourseError::DamagedState {
                path: path.to_path_buf(),
                detail: i18n::t!(
                    "errors-state-syntax",
                    line = line.to_string(),
                    col = col.to_string(),
                    message = error.message().trim()
                ),
            }
        })?;
        if state.format_version != 1 {
            return Err(CourseError::DamagedState {
                path: path.to_path_buf(),
                detail: i18n::t!(
                    "errors-state-version",
                    found = state.format_version.to_string()
                ),
            });
        }
        Ok(state)
    }

    /// Writes the state file atomically.
    pub fn write(&self, path: &Path) -> Result<(), CourseError> {
        let text = toml::to_string_pretty(self).map_err(|e| CourseError::Write {
            path: path.to_path_buf(),
            source: std::io::Error::other(e),
        })?;
        let write_err = |source| CourseError::Write {
            path: path.to_path_buf(),
            source,
        };
        let dir = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(write_err)?;
        let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(write_err)?;
        tmp.write_all(
            b"# devpath progress. Edit with care; `devpath reset --all` starts afresh.\n",
        )
        .map_err(write_err)?;
        tmp.write_all(text.as_bytes()).map_err(write_err)?;
        tmp.as_file().sync_all().map_err(write_err)?;
        tmp.persist(path).map_err(|e| write_err(e.error))?;
        Ok(())
    }

    /// This state (read from disk) with the changes another holder of the
    /// state made from `before` to `after`: exercises it marked done or
    /// pending, hints it showed, and `current` if it moved it.
    pub fn merged(mut self, before: &State, after: &State) -> State {
        for name in after.done.difference(&before.done) {
            self.done.insert(name.clone());
        }
        for name in before.done.difference(&after.done) {
            self.done.remove(name);
        }
        let names: BTreeSet<&String> = before
            .hints_shown
            .keys()
            .chain(after.hints_shown.keys())
            .collect();
        for name in names {
            if before.hints_shown.get(name) != after.hints_shown.get(name) {
                match after.hints_shown.get(name) {
                    Some(&shown) => {
                        self.hints_shown.insert(name.clone(), shown);
                    }
                    None => {
                        self.hints_shown.remove(name);
                    }
                }
            }
        }
        if after.current != before.current {
            self.current = after.current.clone();
        }
        if after.course != before.course {
            self.course = after.course.clone();
        }
        if after.lang != before.lang {
            self.lang = after.lang;
        }
        self
    }

    /// Makes the state consistent with the course: forgets exercises the
    /// course no longer has and points `current` at a real exercise.
    pub fn reconcile(&mut self, course: &Course) {
        let names: BTreeSet<&str> = course.exercises.iter().map(|e| e.name.as_str()).collect();
        self.done.retain(|n| names.contains(n.as_str()));
        self.hints_shown.retain(|n, _| names.contains(n.as_str()));
        if !names.contains(self.current.as_str()) {
            self.current = self.first_pending(course).unwrap_or_default();
        }
    }

    /// The first exercise not yet done, in course order.
    pub fn first_pending(&self, course: &Course) -> Option<String> {
        course
            .exercises
            .iter()
            .find(|e| !self.done.contains(&e.name))
            .map(|e| e.name.clone())
    }

    /// The first pending exercise after `name`, wrapping around to the
    /// start of the course.
    pub fn next_pending_after(&self, course: &Course, name: &str) -> Option<String> {
        let pos = course
            .exercises
            .iter()
            .position(|e| e.name == name)
            .unwrap_or(0);
        let n = course.exercises.len();
        (1..=n)
            .map(|i| &course.exercises[(pos + i) % n])
            .find(|e| !self.done.contains(&e.name))
            .map(|e| e.name.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_damage() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".devpath/state.toml");
        let mut state = State {
            format_version: 1,
            current: "01-a".into(),
            ..State::default()
        };
        state.done.insert("01-a".into());
        state.hints_shown.insert("01-a".into(), 2);
        state.write(&path).unwrap();
        assert_eq!(State::read(&path).unwrap(), state);

        std::fs::write(&path, "format_version = 1\ncurrent = [\n").unwrap();
        let err = State::read(&path).unwrap_err().to_string();
        assert!(err.contains("is damaged: line 2"), "{err}");
        assert!(err.contains("mv "), "{err}");
    }
}
