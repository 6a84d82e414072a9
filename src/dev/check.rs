//! `devpath dev check`: for every exercise, the start fails, the solution
//! passes, `outcome.snap` is current and lint is clean.
//!
//! Each exercise needs two runs (start and solution). The runs go into one
//! queue served by up to `jobs` threads; every run is independent (its own
//! temporary folders, and for Docker exercises its own registry and names),
//! so their order does not matter. The files run are the course's own
//! `start/` and `solution/`, never a workspace.
//!
//! # Telling a wrong solution from a stale snapshot
//! Both show as "the solution's outcome differs from `outcome.snap`". The
//! step lines of an outcome (`step 2: push <sha:v2> (app failing-test)`)
//! depend only on the scenario, not on the solution: when they differ, the
//! scenario changed since the snapshot was blessed, so the snapshot is
//! *stale* and the solution is not judged. When only the lines inside the
//! steps differ, the solution *fails* and the snapshot is reported as
//! *differing* (bless it if the solution is the one that is right). A
//! missing `outcome.snap` is stale too. The start is compared with the
//! snapshot when it is current, else with the solution's outcome (what
//! `bless` would write).

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde::Serialize;

use super::lint::{Finding, Severity, lint_exercise};
use crate::scenario::{self, Checked, LearnerFiles, PlayOptions};
use crate::validate::{self, snapshot_lines};
use course::{Course, Exercise, Side};

/// The result of one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum CheckStatus {
    Pass,
    Fail,
    /// The run could not happen (Docker down, a broken machine): a problem.
    Error,
    /// Not judged because another check failed first (not a problem by
    /// itself).
    Skipped,
}

/// One check of an exercise: a cell of the table, with details.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct TestResult {
    pub status: CheckStatus,
    /// A word or two for the table: `fails`, `passes`, `stale`, `2 warnings`
    /// (in English: the JSON report's machine value).
    pub label: String,
    /// The label in the current language, for the table.
    #[serde(skip)]
    pub shown: String,
    /// What is wrong and what to do (empty when it passed cleanly).
    pub message: String,
    /// For an outcome that differs: the expected lines (the snapshot).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<Vec<String>>,
    /// For an outcome that differs: the lines observed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actual: Option<Vec<String>>,
}

impl TestResult {
    fn new(status: CheckStatus, label: &str, message: String) -> TestResult {
        TestResult {
            status,
            label: label.to_string(),
            shown: label_text(label),
            message,
            expected: None,
            actual: None,
        }
    }

    fn with_diff(mut self, expected: Vec<String>, actual: Vec<String>) -> TestResult {
        self.expected = Some(expected);
        self.actual = Some(actual);
        self
    }

    /// Sets the shown label (for labels with a number).
    fn shown(mut self, shown: String) -> TestResult {
        self.shown = shown;
        self
    }

    /// Whether this check makes `dev check` fail.
    pub(crate) fn is_problem(&self) -> bool {
        matches!(self.status, CheckStatus::Fail | CheckStatus::Error)
    }
}

/// Everything `dev check` found about one exercise.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ExerciseCheck {
    pub name: String,
    /// The start fails.
    pub start: TestResult,
    /// The solution passes.
    pub solution: TestResult,
    /// `outcome.snap` exists and is what the solution produces.
    pub snapshot: TestResult,
    /// The static checks.
    pub lint: TestResult,
    /// The lint findings behind `lint`.
    pub findings: Vec<Finding>,
    /// Wall time of the exercise's two runs, summed.
    #[serde(skip)]
    pub elapsed: Duration,
}

impl ExerciseCheck {
    /// The checks in table order, with their names.
    pub(crate) fn tests(&self) -> [(&'static str, &TestResult); 4] {
        [
            ("start fails", &self.start),
            ("solution passes", &self.solution),
            ("snapshot current", &self.snapshot),
            ("lint", &self.lint),
        ]
    }

    /// Whether any check failed or could not run.
    pub(crate) fn has_problems(&self) -> bool {
        self.tests().iter().any(|(_, t)| t.is_problem())
    }

    /// Whether a run could not happen.
    pub(crate) fn has_errors(&self) -> bool {
        self.tests()
            .iter()
            .any(|(_, t)| t.status == CheckStatus::Error)
    }
}

/// A finished run: what happened, or why it could not run.
type RunResult = Result<(Checked, Duration), String>;

/// Checks `exercises` of `course`, running up to `jobs` scenarios at once.
/// `on_done` is called (from worker threads) as each exercise completes.
/// The reports come back in the order of `exercises`.
pub(crate) fn check_exercises(
    course: &Course,
    exercises: &[&Exercise],
    jobs: usize,
    options: &PlayOptions,
    on_done: &(dyn Fn(&ExerciseCheck) + Sync),
) -> Vec<ExerciseCheck> {
    let docker = if exercises.iter().any(|e| e.needs_docker()) {
        docker_available()
    } else {
        Ok(())
    };
    let tasks: Vec<(usize, Side)> = (0..exercises.len())
        .flat_map(|i| [(i, Side::Solution), (i, Side::Start)])
        .collect();
    let results: Mutex<Vec<[Option<RunResult>; 2]>> =
        Mutex::new((0..exercises.len()).map(|_| [None, None]).collect());
    let reports: Mutex<Vec<Option<ExerciseCheck>>> =
        Mutex::new((0..exercises.len()).map(|_| None).collect());
    let next = AtomicUsize::new(0);
    let workers = jobs.clamp(1, tasks.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    if options.cancel.is_cancelled() {
                        break;
                    }
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    let Some(&(index, side)) = tasks.get(n) else {
                        break;
                    };
                    let exercise = exercises[index];
                    let result = match (&docker, exercise.needs_docker()) {
                        (Err(message), true) => Err(message.clone()),
                        _ => run_side(course, exercise, side, options),
                    };
                    let both = {
                        let mut results = results.lock().unwrap_or_else(|e| e.into_inner());
                        let slot = &mut results[index];
                        slot[side_index(side)] = Some(result);
                        if slot.iter().all(Option::is_some) {
                            Some([slot[0].take(), slot[1].take()])
                        } else {
                            None
                        }
                    };
                    if let Some([Some(start), Some(solution)]) = both {
                        let report = assemble(course, exercise, start, solution);
                        on_done(&report);
                        reports.lock().unwrap_or_else(|e| e.into_inner())[index] = Some(report);
                    }
                }
            });
        }
    });
    reports
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .flatten()
        .collect()
}

fn side_index(side: Side) -> usize {
    match side {
        Side::Start => 0,
        Side::Solution => 1,
    }
}

/// Whether the Docker engine answers; the engine's message when not.
fn docker_available() -> Result<(), String> {
    engine::Engine::connect()
        .and_then(|engine| engine.ping())
        .map_err(|e| i18n::t!("dev-check-needs-docker", error = e.to_string()))
}

/// The files of `start/` or `solution/` as a learner's files.
pub(crate) fn side_learner_files(course: &Course, exercise: &Exercise, side: Side) -> LearnerFiles {
    exercise
        .side_files(&course.files, side)
        .into_iter()
        .map(|(path, file)| (path, file.clone()))
        .collect()
}

/// Plays the scenario with one side's files.
fn run_side(course: &Course, exercise: &Exercise, side: Side, options: &PlayOptions) -> RunResult {
    let learner = side_learner_files(course, exercise, side);
    let started = Instant::now();
    scenario::check_exercise(course, exercise, &learner, options, &|_| {})
        .map(|checked| (checked, started.elapsed()))
        .map_err(|e| e.to_string())
}

/// The lines of a checked run's outcome.
fn lines(checked: &Checked) -> Vec<String> {
    checked
        .outcome
        .lines
        .iter()
        .map(|l| l.text.clone())
        .collect()
}

/// The lines that start a scenario step (`step 2: push <sha:v2> (app
/// failing-test)`): they depend only on the scenario.
fn step_lines(lines: &[String]) -> Vec<&String> {
    lines.iter().filter(|l| l.starts_with("step ")).collect()
}

/// Diagnostics of workflows that did not run because they are invalid.
fn invalid_messages(checked: &Checked) -> Vec<String> {
    checked
        .record
        .steps
        .iter()
        .flat_map(|s| s.invalid.iter())
        .flat_map(|w| w.diagnostics.iter().map(|d| d.to_string()))
        .collect()
}

/// Turns the two runs and lint into the exercise's report.
fn assemble(
    course: &Course,
    exercise: &Exercise,
    start: RunResult,
    solution: RunResult,
) -> ExerciseCheck {
    let name = &exercise.name;
    let bless = i18n::t!("dev-check-bless-hint", name = name);
    let snapshot_text = exercise.snapshot(&course.files);
    let expected = snapshot_text.map(snapshot_lines);
    let mut elapsed = Duration::ZERO;

    // The solution and the snapshot.
    let mut reference: Option<Vec<String>> = None;
    let (solution_result, snapshot_result) = match &solution {
        Err(message) => (
            TestResult::new(CheckStatus::Error, "error", message.clone()),
            TestResult::new(
                CheckStatus::Skipped,
                "not judged",
                i18n::t!("dev-check-solution-could-not-run"),
            ),
        ),
        Ok((checked, time)) => {
            elapsed += *time;
            let actual = lines(checked);
            reference = Some(actual.clone());
            match &expected {
                None => (
                    TestResult::new(
                        CheckStatus::Skipped,
                        "not judged",
                        i18n::t!("dev-check-no-snapshot"),
                    ),
                    TestResult::new(
                        CheckStatus::Fail,
                        "missing",
                        i18n::t!(
                            "dev-check-snapshot-missing",
                            prefix = &exercise.prefix,
                            bless = &bless
                        ),
                    ),
                ),
                Some(expected) if *expected == actual => (
                    TestResult::new(CheckStatus::Pass, "passes", String::new()),
                    TestResult::new(CheckStatus::Pass, "current", String::new()),
                ),
                Some(expected) if step_lines(expected) != step_lines(&actual) => (
                    TestResult::new(
                        CheckStatus::Skipped,
                        "not judged",
                        i18n::t!("dev-check-stale-not-judged"),
                    ),
                    TestResult::new(
                        CheckStatus::Fail,
                        "stale",
                        i18n::t!("dev-check-snapshot-stale", bless = &bless),
                    )
                    .with_diff(expected.clone(), actual.clone()),
                ),
                Some(expected) => {
                    let mut message = i18n::t!("dev-check-solution-differs");
                    if let validate::Verdict::Fail(failure) = &checked.verdict
                        && let Some(part) = &failure.part
                    {
                        message.push_str("; ");
                        message.push_str(&i18n::t!(
                            "dev-check-first-difference",
                            part = part.to_string(),
                            message = failure.message.trim()
                        ));
                    }
                    let invalid = invalid_messages(checked);
                    if !invalid.is_empty() {
                        message.push_str(&format!(
                            "\n{}\n{}",
                            i18n::t!("dev-check-invalid-workflows"),
                            invalid.join("\n")
                        ));
                    }
                    (
                        TestResult::new(CheckStatus::Fail, "fails", message)
                            .with_diff(expected.clone(), actual.clone()),
                        TestResult::new(
                            CheckStatus::Fail,
                            "differs",
                            i18n::t!("dev-check-snapshot-differs", bless = &bless),
                        ),
                    )
                }
            }
        }
    };

    // The start, against the snapshot when it is current, else against
    // what the solution produced.
    let against = match (&expected, snapshot_result.status) {
        (Some(expected), CheckStatus::Pass) => Some(expected.clone()),
        _ => reference,
    };
    let start_result = match (&start, against) {
        (Err(message), _) => TestResult::new(CheckStatus::Error, "error", message.clone()),
        (Ok((_, time)), None) => {
            elapsed += *time;
            TestResult::new(
                CheckStatus::Skipped,
                "not judged",
                i18n::t!("dev-check-nothing-to-compare"),
            )
        }
        (Ok((checked, time)), Some(reference)) => {
            elapsed += *time;
            if lines(checked) == reference {
                TestResult::new(
                    CheckStatus::Fail,
                    "passes",
                    i18n::t!(
                        "dev-check-start-passes",
                        files = exercise
                            .info
                            .editable
                            .iter()
                            .map(|e| format!("{}start/{e}", exercise.prefix))
                            .collect::<Vec<_>>()
                            .join(&format!(" {} ", i18n::t!("dev-check-or")))
                    ),
                )
            } else {
                TestResult::new(CheckStatus::Pass, "fails", String::new())
            }
        }
    };

    let findings = lint_exercise(course, exercise, false);
    let problems = findings
        .iter()
        .filter(|f| f.severity == Severity::Problem)
        .count();
    let warnings = findings.len() - problems;
    let message = findings
        .iter()
        .map(|f| match f.severity {
            Severity::Problem => format!("{} {f}", i18n::t!("dev-lint-problem")),
            Severity::Warning => format!("{} {f}", i18n::t!("dev-lint-warning")),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let lint = if problems > 0 {
        TestResult::new(CheckStatus::Fail, &plural(problems, "problem"), message)
            .shown(i18n::t!("dev-check-label-problems", count = problems))
    } else if warnings > 0 {
        TestResult::new(CheckStatus::Pass, &plural(warnings, "warning"), message)
            .shown(i18n::t!("dev-check-label-warnings", count = warnings))
    } else {
        TestResult::new(CheckStatus::Pass, "clean", message)
    };
    ExerciseCheck {
        name: name.clone(),
        start: start_result,
        solution: solution_result,
        snapshot: snapshot_result,
        lint,
        findings,
        elapsed,
    }
}

/// A label of the table in the current language (labels with a number
/// are set with [`TestResult::shown`]).
fn label_text(label: &str) -> String {
    let id = match label {
        "fails" => "dev-check-label-fails",
        "passes" => "dev-check-label-passes",
        "stale" => "dev-check-label-stale",
        "missing" => "dev-check-label-missing",
        "current" => "dev-check-label-current",
        "differs" => "dev-check-label-differs",
        "error" => "dev-check-label-error",
        "not judged" => "dev-check-label-not-judged",
        "clean" => "dev-check-label-clean",
        other => return other.to_string(),
    };
    i18n::t!(id)
}

/// The name of a check (`start fails`, …) in the current language.
pub(crate) fn test_name_text(name: &str) -> String {
    let id = match name {
        "start fails" => "dev-check-test-start",
        "solution passes" => "dev-check-test-solution",
        "snapshot current" => "dev-check-test-snapshot",
        "lint" => "dev-check-test-lint",
        other => return other.to_string(),
    };
    i18n::t!(id)
}

/// `1 problem`, `2 problems` (English: the JSON report's labels).
pub(crate) fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
