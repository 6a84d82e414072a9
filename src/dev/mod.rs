//! Instructor tools: scaffold, lint, check, bless and review exercises.
//!
//! - [`pack`] finds the course pack on disk that the `devpath dev` verbs
//!   work on, and keeps every write inside it.
//! - [`new`] scaffolds an exercise folder and adds it to `course.toml`
//!   (a careful textual edit that keeps the file's comments).
//! - [`lint`] holds the static checks: hints, the README's task section,
//!   secret values in files, workflows that don't parse.
//! - [`check`] runs every exercise's start (it must fail) and solution (it
//!   must pass), in parallel, and compares the solution's outcome with
//!   `outcome.snap`.
//! - [`bless`] writes what a solution produced as `outcome.snap.new`, and
//!   lists, accepts and rejects those pending snapshots.
//!
//! Nothing here prints: `ui::dev` renders the reports.

pub(crate) mod bless;
pub(crate) mod check;
pub(crate) mod languages;
pub(crate) mod lint;
pub(crate) mod new;
pub(crate) mod pack;

use std::path::PathBuf;

pub(crate) use bless::{accept, bless, pending, reject};
pub(crate) use check::{CheckStatus, ExerciseCheck, TestResult, check_exercises};
pub(crate) use languages::{lint_course_texts, started_languages};
pub(crate) use lint::{Severity, lint_exercise};
pub(crate) use new::scaffold;
pub(crate) use pack::Pack;

/// An instructor verb could not do its work. Each message says what to do.
#[derive(Debug, thiserror::Error)]
pub(crate) enum DevError {
    #[error("{}", i18n::t!("errors-needs-pack", what = *what))]
    NeedsPack { what: &'static str },
    #[error("{}", i18n::t!("errors-bad-name", name = format!("{name:?}"), reason = reason))]
    BadName { name: String, reason: String },
    #[error("{}", i18n::t!("errors-exists", path = path.display().to_string()))]
    Exists { path: PathBuf },
    #[error("{}", i18n::t!("errors-no-app", path = path.display().to_string()))]
    NoApp { path: PathBuf },
    #[error("{file}: {message}")]
    CourseToml { file: PathBuf, message: String },
    #[error("{}", i18n::t!(
        "errors-outside-pack",
        path = path.display().to_string(),
        root = root.display().to_string()
    ))]
    Outside { path: PathBuf, root: PathBuf },
    #[error("{}", i18n::t!("errors-not-a-file", path = path.display().to_string()))]
    NotAFile { path: PathBuf },
    #[error("{}", crate::error::io_message(action, path, source))]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Course(#[from] course::CourseError),
    #[error(transparent)]
    Scenario(#[from] crate::scenario::ScenarioError),
}

impl DevError {
    fn io(action: &'static str, path: &std::path::Path) -> impl FnOnce(std::io::Error) -> DevError {
        let path = path.to_path_buf();
        move |source| DevError::Io {
            action,
            path,
            source,
        }
    }
}
