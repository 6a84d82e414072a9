//! The course: `course.toml` / `exercise.toml` models, the learner's
//! workspace and progress.
//!
//! - [`format`] is the file format (plain serde structs, every field
//!   documented); [`Course::load`] checks it and builds the runtime model,
//!   whose [`scenario`] is typed: a step is a push or a dispatch, never
//!   both nor neither.
//! - [`files`] reads a course from the binary or from a pack folder.
//! - [`workspace`] creates and resets the learner's files; [`state`] keeps
//!   progress in `.devpath/state.toml`, written atomically.

pub mod files;
pub mod format;
pub mod scenario;
pub mod state;
pub mod workspace;

use std::collections::BTreeMap;
use std::path::PathBuf;

pub use files::{CourseFile, CourseFiles, Origin};
pub use format::{
    CourseInfo, EnvironmentInfo, ExerciseInfo, FORMAT_VERSION, Lang, Localized, MessageInfo,
    MessageWhen, NeedsEvidence, OutcomeInfo, RegistryEvidence, StepInfo, TagFilter,
    TriggerEvidence,
};
pub use scenario::Step;
pub use state::State;
pub use workspace::Workspace;

/// A course file is missing, malformed or inconsistent, or the workspace
/// can't be read or written.
#[derive(Debug, thiserror::Error)]
pub enum CourseError {
    #[error("{file}:{line}:{col}: {message}")]
    Syntax {
        file: String,
        line: usize,
        col: usize,
        message: String,
    },
    #[error("{file}: {message}")]
    Invalid { file: String, message: String },
    #[error("{}", i18n::t!("errors-not-a-course", path = path.display().to_string()))]
    NotACourse { path: PathBuf },
    #[error("{}", i18n::t!(
        "errors-io",
        action = i18n::t!("errors-do-read"),
        path = path.display().to_string(),
        reason = source.to_string()
    ))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", i18n::t!(
        "errors-io",
        action = i18n::t!("errors-do-write"),
        path = path.display().to_string(),
        reason = source.to_string()
    ))]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", i18n::t!(
        "errors-refusing",
        path = path.display().to_string(),
        reason = files::refusal_text(reason)
    ))]
    UnsafePath { path: PathBuf, reason: &'static str },
    #[error("{}", i18n::t!(
        "errors-pack-too-large",
        path = path.display().to_string(),
        limit = limit.to_string()
    ))]
    TooLarge { path: PathBuf, limit: u64 },
    #[error("{}", i18n::t!(
        "errors-newer-format",
        file = file,
        found = found.to_string(),
        max = FORMAT_VERSION.to_string()
    ))]
    NewerFormat { file: String, found: u32 },
    #[error("{}", i18n::t!(
        "errors-unknown-exercise",
        query = format!("{query:?}"),
        suggestion = suggestion
    ))]
    UnknownExercise { query: String, suggestion: String },
    #[error("{}", i18n::t!("errors-no-workspace", dir = dir.display().to_string()))]
    NoWorkspace { dir: PathBuf },
    #[error("{}", damaged_state(path, detail))]
    DamagedState { path: PathBuf, detail: String },
}

/// What [`CourseError::DamagedState`] says: the damage, then how to start
/// afresh without losing the exercise files.
fn damaged_state(path: &std::path::Path, detail: &str) -> String {
    let path = path.display().to_string();
    format!(
        "{}\n  {}\n    mv {path} {path}.damaged\n  {}",
        i18n::t!("errors-damaged-state", path = &path, detail = detail),
        i18n::t!("errors-damaged-safe"),
        i18n::t!("errors-damaged-verify"),
    )
}

/// A loaded, checked course.
#[derive(Debug, Clone)]
pub struct Course {
    pub info: CourseInfo,
    pub exercises: Vec<Exercise>,
    pub files: CourseFiles,
}

/// One exercise, checked.
#[derive(Debug, Clone)]
pub struct Exercise {
    /// Folder name, e.g. `01-ci-first-workflow`.
    pub name: String,
    /// 1-based position in the course.
    pub number: usize,
    /// The file as written. Its `scenario` is the unchecked form of
    /// [`Exercise::scenario`]: play that one.
    pub info: ExerciseInfo,
    /// Path prefix of the exercise folder inside the course files.
    pub prefix: String,
    /// The steps the scenario plays, in order (never empty).
    pub scenario: Vec<Step>,
}

/// Which set of an exercise's files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Start,
    Solution,
}

impl Side {
    pub fn dir(self) -> &'static str {
        match self {
            Side::Start => "start",
            Side::Solution => "solution",
        }
    }
}

impl Course {
    /// Loads the built-in course, or the pack in `dir`.
    pub fn load(dir: Option<&std::path::Path>) -> Result<Course, CourseError> {
        let files = match dir {
            Some(dir) => CourseFiles::from_dir(dir)?,
            None => CourseFiles::built_in(),
        };
        Course::from_files(files)
    }

    /// The languages the whole course is written in: English, and each
    /// language in which the course's title and every exercise's lesson
    /// (README.<lang>.md) and title exist.
    pub fn languages(&self) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|&lang| {
                self.info.title.translation(lang).is_some()
                    && self.exercises.iter().all(|e| {
                        e.info.title.translation(lang).is_some()
                            && e.readme_in(&self.files, lang).is_some()
                    })
            })
            .collect()
    }

    /// Checks and builds the course from its files.
    pub fn from_files(files: CourseFiles) -> Result<Course, CourseError> {
        let course_toml = files
            .course_toml_path()
            .ok_or_else(|| CourseError::NotACourse {
                path: match &files.origin {
                    Origin::Folder(dir) => dir.clone(),
                    Origin::BuiltIn => PathBuf::from("<built-in course>"),
                },
            })?;
        let info: CourseInfo = parse_toml(&files, course_toml)?;
        if info.format_version > FORMAT_VERSION {
            return Err(CourseError::NewerFormat {
                file: files.display(course_toml),
                found: info.format_version,
            });
        }
        if info.format_version == 0 {
            return Err(CourseError::Invalid {
                file: files.display(course_toml),
                message: i18n::t!("errors-course-format-version"),
            });
        }
        let base = files.exercises_prefix();
        let mut exercises = Vec::with_capacity(info.exercises.len());
        for (index, name) in info.exercises.iter().enumerate() {
            let invalid = |message: String| CourseError::Invalid {
                file: files.display(course_toml),
                message,
            };
            if name.is_empty() || name.contains('/') || name.contains('\\') || name.starts_with('.')
            {
                return Err(invalid(i18n::t!(
                    "errors-course-plain-name",
                    name = format!("{name:?}")
                )));
            }
            if info.exercises[..index].contains(name) {
                return Err(invalid(i18n::t!(
                    "errors-course-listed-twice",
                    name = format!("{name:?}")
                )));
            }
            let prefix = format!("{base}{name}/");
            let toml_path = format!("{prefix}exercise.toml");
            if files.get(&toml_path).is_none() {
                return Err(invalid(i18n::t!(
                    "errors-course-no-exercise-toml",
                    name = format!("{name:?}"),
                    path = files.display(&toml_path)
                )));
            }
            let info: ExerciseInfo = parse_toml(&files, &toml_path)?;
            let scenario = Exercise::check(&info, &prefix, &files)?;
            exercises.push(Exercise {
                name: name.clone(),
                number: index + 1,
                info,
                prefix,
                scenario,
            });
        }
        Ok(Course {
            info,
            exercises,
            files,
        })
    }

    /// Finds an exercise by folder name, number (`3`, `03`) or unique
    /// prefix of its name.
    pub fn find(&self, query: &str) -> Result<&Exercise, CourseError> {
        if let Some(exercise) = self.exercises.iter().find(|e| e.name == query) {
            return Ok(exercise);
        }
        if let Ok(number) = query.parse::<usize>()
            && let Some(exercise) = self.exercises.iter().find(|e| e.number == number)
        {
            return Ok(exercise);
        }
        let matches: Vec<_> = self
            .exercises
            .iter()
            .filter(|e| e.name.starts_with(query))
            .collect();
        if let [one] = matches.as_slice() {
            return Ok(one);
        }
        let suggestion =
            suggest::did_you_mean(query, self.exercises.iter().map(|e| e.name.as_str()))
                .map(|s| {
                    format!(
                        " {}",
                        i18n::t!("errors-did-you-mean", name = format!("{s:?}"))
                    )
                })
                .unwrap_or_default();
        Err(CourseError::UnknownExercise {
            query: query.to_string(),
            suggestion,
        })
    }

    /// The files of one version of the sample app: the `good` version with
    /// the version's own folder of `fixtures/apps/` laid over it.
    pub fn app_version(&self, name: &str) -> Option<BTreeMap<String, CourseFile>> {
        let prefix = format!("fixtures/apps/{name}/");
        if !self.files.has_dir(&prefix) {
            return None;
        }
        let mut files: BTreeMap<String, CourseFile> = self
            .files
            .under("fixtures/apps/good/")
            .map(|(path, file)| (path.to_string(), file.clone()))
            .collect();
        files.extend(
            self.files
                .under(&prefix)
                .map(|(path, file)| (path.to_string(), file.clone())),
        );
        Some(files)
    }
}

impl Exercise {
    /// The files of `start/` or `solution/`, relative to that folder.
    pub fn side_files<'a>(
        &'a self,
        files: &'a CourseFiles,
        side: Side,
    ) -> BTreeMap<String, &'a CourseFile> {
        let prefix = format!("{}{}/", self.prefix, side.dir());
        files
            .under(&prefix)
            .map(|(path, file)| (path.to_string(), file))
            .collect()
    }

    /// The lesson text in English (README.md).
    pub fn readme<'a>(&self, files: &'a CourseFiles) -> &'a str {
        self.readme_in(files, Lang::En).unwrap_or("")
    }

    /// The lesson text in `lang` (README.md, README.es.md, README.pt.md),
    /// without falling back to English.
    pub fn readme_in<'a>(&self, files: &'a CourseFiles, lang: Lang) -> Option<&'a str> {
        files
            .get(&format!("{}{}", self.prefix, lang.readme_name()))
            .and_then(|f| std::str::from_utf8(&f.bytes).ok())
    }

    /// The start file `text` with the comments that tell the learner what
    /// to do in `lang` (see [`ExerciseInfo::comments`]).
    pub fn localize_comments(&self, text: &str, lang: Lang) -> String {
        localize_comments(text, &self.info.comments, lang)
    }

    /// The expected outcome (outcome.snap), if the exercise has one.
    pub fn snapshot<'a>(&self, files: &'a CourseFiles) -> Option<&'a str> {
        files
            .get(&format!("{}outcome.snap", self.prefix))
            .and_then(|f| std::str::from_utf8(&f.bytes).ok())
    }

    /// The files the learner edits, as paths in the workspace
    /// (`01-ci-first-workflow/.github/workflows/ci.yml, …`).
    pub fn editable_paths(&self) -> String {
        self.info
            .editable
            .iter()
            .map(|e| format!("{}/{e}", self.name))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Whether the exercise needs Docker.
    pub fn needs_docker(&self) -> bool {
        self.info.docker
    }

    /// The structural checks every exercise must pass to load at all;
    /// returns the checked scenario.
    fn check(
        info: &ExerciseInfo,
        prefix: &str,
        files: &CourseFiles,
    ) -> Result<Vec<Step>, CourseError> {
        let toml_path = format!("{prefix}exercise.toml");
        let invalid = |message: String| CourseError::Invalid {
            file: files.display(&toml_path),
            message,
        };
        for required in ["README.md", "start/", "solution/"] {
            let path = format!("{prefix}{required}");
            let present = if required.ends_with('/') {
                files.has_dir(&path)
            } else {
                files.get(&path).is_some()
            };
            if !present {
                return Err(invalid(i18n::t!(
                    "errors-course-missing-part",
                    part = required,
                    path = files.display(&path)
                )));
            }
        }
        if info.editable.is_empty() {
            return Err(invalid(i18n::t!("errors-course-editable-empty")));
        }
        for path in &info.editable {
            files::check_relative(path).map_err(|why| {
                invalid(i18n::t!(
                    "errors-course-editable-refused",
                    path = format!("{path:?}"),
                    reason = files::refusal_text(why)
                ))
            })?;
            for side in [Side::Start, Side::Solution] {
                let full = format!("{prefix}{}/{path}", side.dir());
                if files.get(&full).is_none() {
                    return Err(invalid(i18n::t!(
                        "errors-course-editable-missing",
                        path = format!("{path:?}"),
                        side = side.dir(),
                        full = files.display(&full)
                    )));
                }
            }
        }
        if info.scenario.is_empty() {
            return Err(invalid(i18n::t!("errors-course-scenario-empty")));
        }
        let mut names: Vec<&str> = Vec::new();
        for env in &info.environments {
            if env.name.trim().is_empty() || names.iter().any(|n| n.eq_ignore_ascii_case(&env.name))
            {
                return Err(invalid(i18n::t!(
                    "errors-course-environment-twice",
                    name = format!("{:?}", env.name)
                )));
            }
            names.push(&env.name);
        }
        if !info.environments.is_empty() && !info.docker {
            return Err(invalid(i18n::t!("errors-course-environments-docker")));
        }
        scenario::load(&info.scenario, &info.environments, files).map_err(invalid)
    }
}

/// Parses a TOML course file, turning serde's errors into `file:line:col`.
/// `text` with each run of lines equal to a comment's English version
/// (indentation aside) replaced by its version in `lang`, indented as the
/// run's first line. Comments without a version in `lang` stay English.
pub fn localize_comments(text: &str, comments: &[Localized], lang: Lang) -> String {
    if lang == Lang::En || comments.is_empty() {
        return text.to_owned();
    }
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    for comment in comments {
        let Some(translated) = comment.translation(lang) else {
            continue;
        };
        let english: Vec<&str> = comment.en.trim().lines().map(str::trim).collect();
        if english.is_empty() {
            continue;
        }
        let mut index = 0;
        while index + english.len() <= lines.len() {
            let matches = english
                .iter()
                .enumerate()
                .all(|(offset, line)| lines[index + offset].trim() == *line);
            if !matches {
                index += 1;
                continue;
            }
            let first = &lines[index];
            let indent = first[..first.len() - first.trim_start().len()].to_owned();
            let replacement: Vec<String> = translated
                .trim()
                .lines()
                .map(|line| format!("{indent}{}", line.trim()))
                .collect();
            let count = replacement.len();
            lines.splice(index..index + english.len(), replacement);
            index += count;
        }
    }
    lines.join("\n")
}

fn parse_toml<T: serde::de::DeserializeOwned>(
    files: &CourseFiles,
    path: &str,
) -> Result<T, CourseError> {
    let display = files.display(path);
    let bytes = &files
        .get(path)
        .ok_or_else(|| CourseError::Invalid {
            file: display.clone(),
            message: i18n::t!("errors-course-file-missing"),
        })?
        .bytes;
    let text = std::str::from_utf8(bytes).map_err(|e| CourseError::Invalid {
        file: display.clone(),
        message: i18n::t!("errors-course-not-utf8", reason = e.to_string()),
    })?;
    toml_from_str(&display, text)
}

/// Parses TOML text, with errors as `file:line:col: message`.
pub fn toml_from_str<T: serde::de::DeserializeOwned>(
    display: &str,
    text: &str,
) -> Result<T, CourseError> {
    toml::from_str(text).map_err(|error| {
        let (line, col) = error
            .span()
            .map(|span| line_col(text, span.start))
            .unwrap_or((1, 1));
        CourseError::Syntax {
            file: display.to_string(),
            line,
            col,
            message: error.message().trim().to_string(),
        }
    })
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_from_one() {
        assert_eq!(line_col("ab\ncd", 0), (1, 1));
        assert_eq!(line_col("ab\ncd", 4), (2, 2));
    }

    #[test]
    fn unknown_key_names_line_and_column() {
        let err = toml_from_str::<CourseInfo>(
            "course.toml",
            "format_version = 1\ntitle = \"t\"\nwelcome = \"w\"\nfinal_message = \"f\"\nexercises = []\ncolour = 3\n",
        )
        .unwrap_err();
        let text = err.to_string();
        assert!(
            text.starts_with("course.toml:6:1: unknown field `colour`"),
            "{text}"
        );
    }

    #[test]
    fn wrong_type_names_what_was_expected() {
        let err =
            toml_from_str::<CourseInfo>("course.toml", "format_version = \"one\"\n").unwrap_err();
        assert!(err.to_string().starts_with("course.toml:1:18:"), "{err}");
    }

    #[test]
    fn built_in_course_loads() {
        let course = Course::load(None).expect("the built-in course is valid");
        assert!(course.exercises.len() >= 3);
        assert_eq!(course.find("1").unwrap().number, 1);
    }
}
