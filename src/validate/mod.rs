//! From what happened to a verdict: the outcome of a scenario is rendered as
//! normalised text (volatile values replaced by stable placeholders such as
//! `<sha:v1>`), compared line by line with the exercise's `outcome.snap`,
//! and the first part that differs picks the instructor's message.
//!
//! The outcome records what can be observed, never raw logs, so a different
//! but correct solution passes too.
//!
//! Everything here is pure: it reads a [`record::ScenarioRecord`] and never
//! plays a scenario, touches Docker, the registry or a process. Playing and
//! observing belong to `crate::scenario`, which calls into this module and
//! never the other way round.

mod outcome;
pub(crate) mod record;
pub(crate) mod timeline;

pub(crate) use outcome::Outcome;
use outcome::OutcomeLine;

use serde::Serialize;

use course::{Exercise, MessageInfo};
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

/// Compares an outcome with the expected snapshot text.
pub(crate) fn judge(
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
    let first = (0..expected.len().max(actual.len()))
        .find(|&i| expected.get(i) != actual.get(i))
        .unwrap_or(0);
    let part = difference_part(&expected, &outcome.lines, first);
    let message = part
        .as_deref()
        .and_then(|part| message_for(&exercise.info.messages, part))
        .map(str::to_string)
        .unwrap_or_else(|| {
            "What your pipeline did differs from what the exercise expects; the difference is shown above. Run `devpath hint` for a nudge.".to_string()
        });
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

/// The part of the first difference, at line `first`: from the expected
/// side when it has that line (the instructor wrote messages for it), else
/// the actual side. A line the learner's outcome has in excess (the
/// expected line comes right after it) belongs to the actual side, so an
/// extra line at the end of step 1 is step 1's difference, not step 2's.
fn difference_part(expected: &[String], actual: &[OutcomeLine], first: usize) -> Option<String> {
    let actual_part = || actual.get(first).map(|l| l.part.clone());
    let inserted = expected.get(first).is_some()
        && actual.get(first + 1).map(|l| &l.text) == expected.get(first);
    if inserted {
        return actual_part();
    }
    expected_part(expected, first).or_else(actual_part)
}

/// The part of line `index` of an outcome given as text.
fn expected_part(lines: &[String], index: usize) -> Option<String> {
    lines.get(index)?;
    Some(outcome::part_of(lines, index))
}

/// The most specific message whose part is a prefix of `part`.
pub(crate) fn message_for<'a>(messages: &'a [MessageInfo], part: &str) -> Option<&'a str> {
    messages
        .iter()
        .filter(|m| part == m.part || part.starts_with(&format!("{} / ", m.part)))
        .max_by_key(|m| m.part.len())
        .map(|m| m.text.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_specific_message_wins() {
        let messages = vec![
            MessageInfo {
                part: "run 2".into(),
                text: "run".into(),
            },
            MessageInfo {
                part: "run 2 / workflow ci.yml".into(),
                text: "wf".into(),
            },
            MessageInfo {
                part: "run 1".into(),
                text: "other".into(),
            },
        ];
        assert_eq!(
            message_for(&messages, "run 2 / workflow ci.yml / job x"),
            Some("wf")
        );
        assert_eq!(message_for(&messages, "run 2"), Some("run"));
        assert_eq!(message_for(&messages, "run 21"), None);
    }

    /// Regression: a tag pushed in excess at the end of step 1 showed the
    /// message of step 2, the expected line at the same index.
    #[test]
    fn an_extra_line_at_the_end_of_a_step_belongs_to_that_step() {
        let expected: Vec<String> = ["step 1: push", "  pushed a", "step 2: push", "  pushed b"]
            .map(String::from)
            .to_vec();
        let line = |part: &str, text: &str| OutcomeLine {
            part: part.into(),
            text: text.into(),
        };
        let mut actual = vec![
            line("step 1", "step 1: push"),
            line("step 1 / pushed a", "  pushed a"),
            line("step 1 / pushed main", "  pushed main"),
            line("step 2", "step 2: push"),
            line("step 2 / pushed b", "  pushed b"),
        ];
        assert_eq!(
            difference_part(&expected, &actual, 2).as_deref(),
            Some("step 1 / pushed main")
        );
        // A changed line is still the expected line's part.
        actual.remove(1);
        assert_eq!(
            difference_part(&expected, &actual, 1).as_deref(),
            Some("step 1 / pushed a")
        );
        // A missing line too.
        actual.remove(1);
        assert_eq!(
            difference_part(&expected, &actual, 1).as_deref(),
            Some("step 1 / pushed a")
        );
    }
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
