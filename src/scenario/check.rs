//! Checking an exercise: play its scenario, then judge what happened. The
//! playing is this module's; the judging is `crate::validate`'s.

use super::{LearnerFiles, PlayOptions, ScenarioError, ScenarioEvent};
use crate::validate::record::ScenarioRecord;
use crate::validate::{self, Outcome, Verdict};
use course::{Course, Exercise};

/// The result of checking an exercise: what happened and the verdict.
#[derive(Debug, Clone)]
pub(crate) struct Checked {
    pub record: ScenarioRecord,
    pub outcome: Outcome,
    pub verdict: Verdict,
}

/// Plays an exercise's scenario with `learner`'s files and judges the
/// outcome against the snapshot. A wrong answer is `Ok` with a failing
/// verdict; `Err` means devpath or the machine broke.
pub(crate) fn check_exercise(
    course: &Course,
    exercise: &Exercise,
    learner: &LearnerFiles,
    options: &PlayOptions,
    on_event: &(dyn Fn(ScenarioEvent<'_>) + Sync),
) -> Result<Checked, ScenarioError> {
    let record = super::play(course, exercise, learner, options, on_event)?;
    let outcome = validate::outcome(exercise, &record);
    let snapshot = exercise.snapshot(&course.files).unwrap_or("");
    let verdict = validate::judge(exercise, snapshot, &outcome, &record);
    Ok(Checked {
        record,
        outcome,
        verdict,
    })
}
