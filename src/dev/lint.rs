//! The static checks of an exercise: what can be seen without running it.
//!
//! The structural checks (README, `start/`, `solution/`, editable files
//! present, paths inside the pack, scenario well-formed) already run when
//! the course loads; these come on top:
//! - at least one hint, and no empty hint;
//! - README.md has a task section (a heading with "task" in it);
//! - no secret value of `exercise.toml` (repository or environment
//!   secrets) in any file of `start/` or `solution/`;
//! - every workflow of `solution/` parses (a problem) and every workflow of
//!   `start/` parses (a warning only: a start may be broken on purpose);
//! - the scaffold's `TODO(author)` markers are gone (a warning);
//! - the translations keep the lesson's structure and miss nothing
//!   (`languages`).

use serde::Serialize;

use crate::scenario::WORKFLOWS_DIR;
use course::{Course, Exercise, Side};

/// The marker `devpath dev new` leaves where the author still has to write.
pub(crate) const AUTHOR_TODO: &str = "TODO(author)";

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Severity {
    /// Fails `dev check` and `dev lint`.
    Problem,
    /// Shown, but does not fail.
    Warning,
}

/// One thing lint found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Finding {
    pub severity: Severity,
    /// The file it is about, relative to the pack (e.g.
    /// `exercises/01-ci-first-workflow/exercise.toml`), or
    /// `file:line:col` for a workflow diagnostic.
    pub file: String,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

/// The static checks of one exercise. With `snapshot`, a missing
/// `outcome.snap` is a problem too (`dev check` reports it in its own
/// column instead).
pub(crate) fn lint_exercise(course: &Course, exercise: &Exercise, snapshot: bool) -> Vec<Finding> {
    let mut findings = Vec::new();
    let files = &course.files;
    let toml = format!("{}exercise.toml", exercise.prefix);
    let readme = format!("{}README.md", exercise.prefix);
    let mut problem = |file: &str, message: String| {
        findings.push(Finding {
            severity: Severity::Problem,
            file: file.to_string(),
            message,
        })
    };
    if exercise.info.hints.is_empty() {
        problem(&toml, i18n::t!("dev-lint-no-hints"));
    }
    for (index, hint) in exercise.info.hints.iter().enumerate() {
        if hint.en.trim().is_empty() {
            problem(&toml, i18n::t!("dev-lint-empty-hint", index = index + 1));
        }
    }
    let text = exercise.readme(files);
    if !has_task_heading(text) {
        problem(&readme, i18n::t!("dev-lint-no-task"));
    }
    let secrets: Vec<(&String, &String)> = exercise
        .info
        .secrets
        .iter()
        .chain(
            exercise
                .info
                .environments
                .iter()
                .flat_map(|env| env.secrets.iter()),
        )
        .collect();
    for side in [Side::Start, Side::Solution] {
        for (path, file) in exercise.side_files(files, side) {
            for (name, value) in &secrets {
                if !value.is_empty() && contains(&file.bytes, value.as_bytes()) {
                    problem(
                        &format!("{}{}/{path}", exercise.prefix, side.dir()),
                        i18n::t!("dev-lint-secret", name = *name),
                    );
                }
            }
        }
    }
    if snapshot && exercise.snapshot(files).is_none() {
        problem(
            &format!("{}outcome.snap", exercise.prefix),
            i18n::t!("dev-lint-snapshot-missing", name = &exercise.name),
        );
    }
    findings.extend(lint_workflows(course, exercise));
    findings.extend(super::languages::lint_exercise_languages(course, exercise));
    let translations = [i18n::Lang::Es, i18n::Lang::Pt]
        .map(|lang| format!("{}{}", exercise.prefix, lang.readme_name()));
    for path in [&toml, &readme].into_iter().chain(&translations) {
        let marked = files
            .get(path)
            .is_some_and(|f| contains(&f.bytes, AUTHOR_TODO.as_bytes()));
        if marked {
            findings.push(Finding {
                severity: Severity::Warning,
                file: path.clone(),
                message: i18n::t!("dev-lint-todo", marker = AUTHOR_TODO),
            });
        }
    }
    findings
}

/// Every workflow of `start/` and `solution/` parses.
fn lint_workflows(course: &Course, exercise: &Exercise) -> Vec<Finding> {
    let mut findings = Vec::new();
    for side in [Side::Start, Side::Solution] {
        for (path, file) in exercise.side_files(&course.files, side) {
            let Some(name) = path.strip_prefix(&format!("{WORKFLOWS_DIR}/")) else {
                continue;
            };
            if name.contains('/') || !(name.ends_with(".yml") || name.ends_with(".yaml")) {
                continue;
            }
            let display = format!("{}{}/{path}", exercise.prefix, side.dir());
            let Ok(source) = std::str::from_utf8(&file.bytes) else {
                findings.push(Finding {
                    severity: Severity::Problem,
                    file: display,
                    message: i18n::t!("dev-lint-not-utf8"),
                });
                continue;
            };
            let severity = match side {
                Side::Start => Severity::Warning,
                Side::Solution => Severity::Problem,
            };
            match workflow::parse_workflow(&display, source) {
                Ok(parsed) => {
                    if side == Side::Solution {
                        findings.extend(parsed.warnings.iter().map(|d| Finding {
                            severity: Severity::Warning,
                            file: format!("{}:{}:{}", d.file, d.line, d.col),
                            message: d.message.clone(),
                        }));
                    }
                }
                Err(workflow::WorkflowError::Invalid { diagnostics, .. }) => {
                    let why = match side {
                        Side::Start => i18n::t!("dev-lint-start-invalid"),
                        Side::Solution => i18n::t!("dev-lint-solution-invalid"),
                    };
                    findings.extend(diagnostics.iter().map(|d| Finding {
                        severity,
                        file: format!("{}:{}:{}", d.file, d.line, d.col),
                        message: format!("{} {why}", d.message),
                    }));
                }
                Err(other) => findings.push(Finding {
                    severity,
                    file: display,
                    message: other.to_string(),
                }),
            }
        }
    }
    findings
}

/// Whether a README has a heading about the task (`## The task`,
/// `## Your task`, `### Task` …).
pub(crate) fn has_task_heading(readme: &str) -> bool {
    readme.lines().any(|line| {
        let trimmed = line.trim_start();
        trimmed.starts_with('#') && {
            let title = trimmed.trim_start_matches('#').to_lowercase();
            title.contains("task") || title.contains("exercise") || title.contains("your turn")
        }
    })
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn task_headings() {
        assert!(has_task_heading("# T\n\n## The task\n"));
        assert!(has_task_heading("### Your task"));
        assert!(!has_task_heading("# Title\n\nthe task is to …\n"));
    }

    #[test]
    fn built_in_course_is_lint_clean() {
        let course = Course::load(None).unwrap();
        for exercise in &course.exercises {
            let problems: Vec<_> = lint_exercise(&course, exercise, true)
                .into_iter()
                .filter(|f| f.severity == Severity::Problem)
                .collect();
            assert!(problems.is_empty(), "{}: {problems:?}", exercise.name);
        }
    }
}
