//! From what happened to a verdict: the outcome of a scenario is rendered as
//! normalised text (volatile values replaced by stable placeholders such as
//! `<sha:v1>`), compared line by line with the exercise's `outcome.snap`,
//! and the differing parts pick the instructor's message whose evidence
//! holds (`explain`), or a neutral description of the difference.
//!
//! The outcome records what can be observed, never raw logs, so a different
//! but correct solution passes too.
//!
//! Everything here is pure: it reads a [`record::ScenarioRecord`] and never
//! plays a scenario, touches Docker, the registry or a process. Playing and
//! observing belong to `crate::scenario`, which calls into this module and
//! never the other way round.

mod explain;
mod outcome;
pub(crate) mod record;
pub(crate) mod timeline;

pub(crate) use outcome::Outcome;

use serde::Serialize;

use course::Exercise;
use i18n::Lang;
use record::{InvalidWorkflow, ScenarioRecord};

/// The verdict on a learner's solution.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "status", rename_all = "lowercase")]
pub(crate) enum Verdict {
    Pass { outcome: Vec<String> },
    Fail(Box<Failure>),
}

impl Verdict {
    pub(crate) fn passed(&self) -> bool {
        matches!(self, Verdict::Pass { .. })
    }
}

/// Why a solution failed.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Failure {
    /// The part of the outcome that differs first, e.g. `run 2 / workflow ci.yml`.
    pub part: Option<String>,
    /// The instructor's message for that part, or a generic one.
    pub message: String,
    /// The expected outcome (the snapshot), line by line.
    pub expected: Vec<String>,
    /// The observed outcome, line by line.
    pub actual: Vec<String>,
    /// Workflows that did not run because they are invalid.
    pub invalid: Vec<InvalidWorkflow>,
}

/// Builds the normalised outcome of a scenario.
pub(crate) fn outcome(exercise: &Exercise, record: &ScenarioRecord) -> Outcome {
    Outcome::from_record(&exercise.info.outcome, record)
}

/// Compares an outcome with the expected snapshot text; the explanation is
/// in the language devpath speaks now.
pub(crate) fn judge(
    exercise: &Exercise,
    snapshot: &str,
    outcome: &Outcome,
    record: &ScenarioRecord,
) -> Verdict {
    judge_in(i18n::current(), exercise, snapshot, outcome, record)
}

/// [`judge`], with the explanation in `lang`.
pub(crate) fn judge_in(
    lang: Lang,
    exercise: &Exercise,
    snapshot: &str,
    outcome: &Outcome,
    record: &ScenarioRecord,
) -> Verdict {
    let expected: Vec<String> = snapshot_lines(snapshot);
    let actual: Vec<String> = outcome.lines.iter().map(|l| l.text.clone()).collect();
    if expected == actual {
        return Verdict::Pass { outcome: actual };
    }
    let invalid: Vec<InvalidWorkflow> = record
        .steps
        .iter()
        .flat_map(|s| s.invalid.iter().cloned())
        .collect();
    let differences = explain::differences(&expected, &actual);
    // The part shown is where the outcomes first differ; the message may be
    // about a later difference of the same step, when that is what its
    // evidence names.
    let part = differences.first().map(|d| d.part.clone());
    let message = explain::message(
        lang,
        &exercise.info.messages,
        &differences,
        &expected,
        &actual,
        record,
    );
    Verdict::Fail(Box::new(Failure {
        part,
        message,
        expected,
        actual,
        invalid,
    }))
}

/// The lines of a snapshot, without trailing blank lines or `\r`.
pub(crate) fn snapshot_lines(snapshot: &str) -> Vec<String> {
    let mut lines: Vec<String> = snapshot.lines().map(|l| l.trim_end().to_string()).collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// One check per scenario step, in order: the step's lines in the snapshot
/// against the lines observed.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct StepCheck {
    pub name: String,
    pub passed: bool,
}

/// Splits expected and actual outcomes into per-step checks.
pub(crate) fn step_checks(expected: &[String], actual: &[String]) -> Vec<StepCheck> {
    let expected = group_steps(expected);
    let actual = group_steps(actual);
    (0..expected.len().max(actual.len()))
        .map(|i| {
            let name = expected
                .get(i)
                .or(actual.get(i))
                .and_then(|g| g.first())
                .cloned()
                .unwrap_or_default();
            StepCheck {
                name,
                passed: expected.get(i) == actual.get(i),
            }
        })
        .collect()
}

fn group_steps(lines: &[String]) -> Vec<Vec<String>> {
    let mut groups: Vec<Vec<String>> = Vec::new();
    for line in lines {
        if !line.starts_with(' ') || groups.is_empty() {
            groups.push(Vec::new());
        }
        if let Some(group) = groups.last_mut() {
            group.push(line.clone());
        }
    }
    groups
}
