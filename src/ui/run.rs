//! What `devpath run` and `devpath verify` show: a scenario's progress as it
//! happens, then the verdict, for humans or as JSON.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write as _;
use std::sync::Mutex;

use owo_colors::OwoColorize as _;
use serde_json::json;

use super::style::Styles;
use crate::scenario::{Checked, ScenarioEvent};
use crate::validate::record::{Action, Leftover};
use crate::validate::{self, Verdict};
use course::Exercise;
use i18n::t_in;
use i18n::{Lang, t};
use workflow::{JobResult, RunEvent};

/// How many log lines of a failed step are shown.
const FAILED_STEP_TAIL: usize = 12;

/// Prints a scenario's progress as it happens, for humans, and keeps what
/// the verdict screen shows again: warnings, errors, the failed steps' last
/// lines and every step's full log.
pub(crate) struct Progress {
    styles: Styles,
    quiet: bool,
    /// The terminal's width, to wrap to.
    width: Option<usize>,
    state: Mutex<ProgressState>,
}

#[derive(Default)]
struct ProgressState {
    /// The scenario step now playing.
    scenario_step: usize,
    logs: BTreeMap<(String, usize), Vec<String>>,
    step_names: BTreeMap<(String, usize), String>,
    warned: BTreeSet<String>,
    kept: RunLog,
}

/// What a run printed, kept for the verdict screen, the pager and JSON.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub(crate) struct RunLog {
    /// Warnings and errors of the workflows, once each.
    pub problems: Vec<String>,
    /// The steps that failed, with their last lines.
    pub failed: Vec<StepLog>,
    /// Every step that printed something, with all its lines.
    pub steps: Vec<StepLog>,
}

/// One workflow step's log.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub(crate) struct StepLog {
    /// The scenario step it ran in (1-based).
    pub scenario_step: usize,
    pub job: String,
    pub name: String,
    pub outcome: Option<JobResult>,
    pub lines: Vec<String>,
}

impl Progress {
    /// `quiet` prints nothing (JSON output).
    pub(crate) fn new(styles: Styles, quiet: bool) -> Progress {
        Progress {
            styles,
            quiet,
            width: super::wrap::Size::detect().columns,
            state: Mutex::new(ProgressState::default()),
        }
    }

    /// What the run printed so far.
    pub(crate) fn log(&self) -> RunLog {
        self.state
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .kept
            .clone()
    }

    /// Renders one event (and keeps what the verdict shows again).
    pub(crate) fn event(&self, event: ScenarioEvent<'_>) {
        let s = &self.styles;
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let mut out = String::new();
        match event {
            ScenarioEvent::StepStarted { index, action } => {
                state.scenario_step = index;
                let what = match action {
                    Action::Push {
                        version, name, sha, ..
                    }
                    | Action::PullRequest {
                        version, name, sha, ..
                    } => {
                        format!(
                            "{} {} {} (app {version})",
                            action.verb(),
                            &sha[..7.min(sha.len())],
                            name.style(s.dim)
                        )
                    }
                    Action::Dispatch {
                        workflow, inputs, ..
                    } => {
                        let inputs: Vec<String> =
                            inputs.iter().map(|(k, v)| format!("{k}={v}")).collect();
                        format!("dispatch {workflow} {}", inputs.join(" "))
                    }
                };
                let _ = writeln!(
                    out,
                    "{} {}",
                    "▸".style(s.heading),
                    t!("run-step", index = index, what = what)
                );
            }
            ScenarioEvent::Invalid { workflow } => {
                // Kept as `error: …` in English: JSON's `problems` shows
                // them so, and the verdict screen labels them in the
                // learner's language.
                for d in &workflow.diagnostics {
                    let _ = writeln!(out, "  {} {d}", t!("run-error-label").style(s.error));
                    state.kept.problems.push(format!("error: {d}"));
                }
                let _ = writeln!(out, "  {}", t!("run-did-not-run", file = &workflow.file));
            }
            ScenarioEvent::Warning { diagnostic } => {
                let text = diagnostic.to_string();
                if state.warned.insert(text.clone()) {
                    let _ = writeln!(out, "  {} {text}", t!("run-warning-label").style(s.warning));
                    state.kept.problems.push(format!("warning: {text}"));
                }
            }
            ScenarioEvent::Run(RunEvent::StepStarted { job, step, name }) => {
                state.step_names.insert((job, step), name);
            }
            ScenarioEvent::Run(RunEvent::Log { job, step, line }) => {
                state.logs.entry((job, step)).or_default().push(line);
            }
            ScenarioEvent::Run(RunEvent::StepFinished {
                job, step, outcome, ..
            }) => {
                let key = (job.clone(), step);
                let lines = state.logs.remove(&key).unwrap_or_default();
                let name = state.step_names.remove(&key).unwrap_or_default();
                let log = StepLog {
                    scenario_step: state.scenario_step,
                    job: job.clone(),
                    name: name.clone(),
                    outcome: Some(outcome),
                    lines,
                };
                if outcome == JobResult::Failure {
                    let _ = writeln!(
                        out,
                        "    {} {}",
                        "✗".style(s.fail),
                        t!("run-step-failed", job = &job, name = &name)
                    );
                    let tail = &log.lines[log.lines.len().saturating_sub(FAILED_STEP_TAIL)..];
                    for line in tail {
                        let _ = writeln!(out, "      {}", line.style(s.dim));
                    }
                    state.kept.failed.push(StepLog {
                        lines: tail.to_vec(),
                        ..log.clone()
                    });
                }
                if !log.lines.is_empty() {
                    state.kept.steps.push(log);
                }
            }
            ScenarioEvent::Run(RunEvent::Warning { diagnostic }) => {
                let text = diagnostic.to_string();
                if state.warned.insert(text.clone()) {
                    let _ = writeln!(out, "  {} {text}", t!("run-warning-label").style(s.warning));
                    state.kept.problems.push(format!("warning: {text}"));
                }
            }
            ScenarioEvent::Run(_) => {}
            ScenarioEvent::RunFinished { report } => {
                let jobs: Vec<String> = report
                    .jobs
                    .iter()
                    .map(|j| format!("{} {}", result_mark(j.result, s), j.id))
                    .collect();
                let _ = writeln!(
                    out,
                    "  {}: {}   {}",
                    report.workflow,
                    report.conclusion.style(result_style(report.conclusion, s)),
                    jobs.join("  ")
                );
            }
        }
        drop(state);
        if self.quiet {
            return;
        }
        let out = super::wrap::wrap(&out, self.width);
        let mut stdout = std::io::stdout().lock();
        let _ = stdout.write_all(out.as_bytes());
        let _ = stdout.flush();
    }
}

fn result_mark(result: JobResult, s: &Styles) -> String {
    match result {
        JobResult::Success => format!("{}", "✓".style(s.pass)),
        JobResult::Failure => format!("{}", "✗".style(s.fail)),
        JobResult::Cancelled => format!("{}", "⊘".style(s.skip)),
        JobResult::Skipped => format!("{}", "-".style(s.skip)),
    }
}

fn result_style(result: JobResult, s: &Styles) -> owo_colors::Style {
    match result {
        JobResult::Success => s.pass,
        JobResult::Failure => s.fail,
        _ => s.skip,
    }
}

/// What the learner's scripts left in the engine, by name, with the command
/// that removes each: a real server has no devpath to clean up after them.
/// In `lang`.
pub(crate) fn render_leftovers(lang: Lang, leftovers: &[Leftover], s: &Styles) -> String {
    let mut out = String::new();
    if leftovers.is_empty() {
        return out;
    }
    let _ = writeln!(
        out,
        "\n{} {}",
        "!".style(s.hint),
        t_in!(lang, "run-leftovers-heading")
    );
    for leftover in leftovers {
        let what = format!("{} {}", leftover.kind, leftover.name);
        let rm = match leftover.kind.as_str() {
            "container" => format!("docker rm -f {}", leftover.name),
            "image" => format!("docker rmi {}", leftover.name),
            kind => format!("docker {kind} rm {}", leftover.name),
        };
        let id = if leftover.removed {
            "run-leftover-removed"
        } else {
            "run-leftover-kept"
        };
        let _ = writeln!(out, "  {}", t_in!(lang, id, what = what, command = rm));
    }
    out
}

/// A line diff of expected against actual, with a little context.
pub(crate) fn render_diff(expected: &[String], actual: &[String], s: &Styles) -> String {
    let old: Vec<&str> = expected.iter().map(String::as_str).collect();
    let new: Vec<&str> = actual.iter().map(String::as_str).collect();
    let diff = similar::TextDiff::from_slices(&old, &new);
    let mut out = String::new();
    for change in diff.iter_all_changes() {
        let line = change.value();
        match change.tag() {
            similar::ChangeTag::Equal => {
                let _ = writeln!(out, "  {}", line.style(s.dim));
            }
            similar::ChangeTag::Delete => {
                let _ = writeln!(out, "{}", format!("- {line}").style(s.removed));
            }
            similar::ChangeTag::Insert => {
                let _ = writeln!(out, "{}", format!("+ {line}").style(s.added));
            }
        }
    }
    out
}

/// The result as JSON, in the shape of Exercism's test-runner results.
/// `log` is what the run printed: every step's full log is in `log`.
pub(crate) fn verdict_json(
    exercise: &Exercise,
    checked: &Checked,
    log: &RunLog,
) -> serde_json::Value {
    let actual: Vec<String> = checked
        .outcome
        .lines
        .iter()
        .map(|l| l.text.clone())
        .collect();
    let (status, message, expected, part) = match &checked.verdict {
        Verdict::Pass { .. } => ("pass", None, actual.clone(), None),
        Verdict::Fail(f) => (
            "fail",
            Some(f.message.clone()),
            f.expected.clone(),
            f.part.clone(),
        ),
    };
    let tests: Vec<serde_json::Value> = validate::step_checks(&expected, &actual)
        .into_iter()
        .map(|c| {
            let status = if c.passed { "pass" } else { "fail" };
            json!({ "name": c.name, "status": status })
        })
        .collect();
    let invalid: Vec<String> = checked
        .record
        .steps
        .iter()
        .flat_map(|s| {
            s.invalid
                .iter()
                .flat_map(|w| w.diagnostics.iter().map(|d| d.to_string()))
        })
        .collect();
    json!({
        "version": 2,
        "exercise": exercise.name,
        "status": status,
        "message": message,
        "part": part,
        "tests": tests,
        "outcome": actual,
        "expected": expected,
        "diagnostics": invalid,
        "runs": checked.record.steps,
        "timeline": validate::timeline::timeline(&checked.record),
        "graphs": validate::timeline::graphs(&checked.record),
        "problems": log.problems,
        "failed_steps": log.failed,
        "log": log.steps,
        "leftovers": checked.record.leftovers,
    })
}
