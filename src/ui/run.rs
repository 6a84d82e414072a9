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
use course::{Course, Exercise};
use workflow::{JobResult, RunEvent};

/// How many log lines of a failed step are shown.
const FAILED_STEP_TAIL: usize = 12;

/// Prints a scenario's progress as it happens, for humans.
pub(crate) struct Progress {
    styles: Styles,
    quiet: bool,
    state: Mutex<ProgressState>,
}

#[derive(Default)]
struct ProgressState {
    logs: BTreeMap<(String, usize), Vec<String>>,
    step_names: BTreeMap<(String, usize), String>,
    warned: BTreeSet<String>,
}

impl Progress {
    /// `quiet` prints nothing (JSON output).
    pub(crate) fn new(styles: Styles, quiet: bool) -> Progress {
        Progress {
            styles,
            quiet,
            state: Mutex::new(ProgressState::default()),
        }
    }

    /// Renders one event.
    pub(crate) fn event(&self, event: ScenarioEvent<'_>) {
        if self.quiet {
            return;
        }
        let s = &self.styles;
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let mut out = String::new();
        match event {
            ScenarioEvent::StepStarted { index, action } => {
                let what = match action {
                    Action::Push { version, name, sha } => {
                        format!(
                            "push {} {} (app {version})",
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
                let _ = writeln!(out, "{} step {index}: {what}", "▸".style(s.heading));
            }
            ScenarioEvent::Invalid { workflow } => {
                for d in &workflow.diagnostics {
                    let _ = writeln!(out, "  {} {d}", "error:".style(s.error));
                }
                let _ = writeln!(
                    out,
                    "  {} did not run: fix the error(s) above",
                    workflow.file
                );
            }
            ScenarioEvent::Warning { diagnostic } => {
                let text = diagnostic.to_string();
                if state.warned.insert(text.clone()) {
                    let _ = writeln!(out, "  {} {text}", "warning:".style(s.warning));
                }
            }
            ScenarioEvent::Run(RunEvent::StepStarted { job, step, name }) => {
                state.step_names.insert((job, step), name);
            }
            ScenarioEvent::Run(RunEvent::Log { job, step, line }) => {
                let lines = state.logs.entry((job, step)).or_default();
                lines.push(line);
                if lines.len() > FAILED_STEP_TAIL {
                    lines.remove(0);
                }
            }
            ScenarioEvent::Run(RunEvent::StepFinished {
                job, step, outcome, ..
            }) => {
                let key = (job.clone(), step);
                let logs = state.logs.remove(&key).unwrap_or_default();
                let name = state.step_names.remove(&key).unwrap_or_default();
                if outcome == JobResult::Failure {
                    let _ = writeln!(
                        out,
                        "    {} {job} › {name} failed; its last lines:",
                        "✗".style(s.fail)
                    );
                    for line in logs {
                        let _ = writeln!(out, "      {}", line.style(s.dim));
                    }
                }
            }
            ScenarioEvent::Run(RunEvent::Warning { diagnostic }) => {
                let text = diagnostic.to_string();
                if state.warned.insert(text.clone()) {
                    let _ = writeln!(out, "  {} {text}", "warning:".style(s.warning));
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

/// The verdict for humans.
pub(crate) fn render_verdict(
    course: &Course,
    exercise: &Exercise,
    checked: &Checked,
    next: Option<&str>,
    s: &Styles,
) -> String {
    let mut out = String::new();
    out.push_str(&super::timeline::render_graphs(
        &validate::timeline::graphs(&checked.record),
        s,
    ));
    out.push_str(&super::timeline::render_timeline(
        &validate::timeline::timeline(&checked.record),
        s,
    ));
    match &checked.verdict {
        Verdict::Pass { .. } => {
            let _ = writeln!(
                out,
                "\n{} {} passed: {}",
                "✓".style(s.pass),
                exercise.name,
                exercise.info.title
            );
            match next {
                Some(next) => {
                    let _ = writeln!(out, "Next: {next} (`devpath next`, or n in watch mode)");
                }
                None => {
                    let _ = writeln!(out, "\n{}", course.info.final_message.trim_end());
                }
            }
        }
        Verdict::Fail(failure) => {
            let _ = writeln!(
                out,
                "\n{} {} is not solved yet.",
                "✗".style(s.fail),
                exercise.name
            );
            let _ = writeln!(
                out,
                "\nWhat happened, against what the exercise expects ({} expected, {} what happened):",
                "-".style(s.removed),
                "+".style(s.added)
            );
            out.push_str(&render_diff(&failure.expected, &failure.actual, s));
            if let Some(part) = &failure.part {
                let _ = writeln!(out, "\nFirst difference in {}:", part.style(s.heading));
            } else {
                out.push('\n');
            }
            for line in failure.message.trim().lines() {
                let _ = writeln!(out, "  {}", line.style(s.hint));
            }
            let _ = writeln!(
                out,
                "\nEdit {} and run again (`devpath hint` for a nudge).",
                exercise.editable_paths()
            );
        }
    }
    out.push_str(&render_leftovers(&checked.record.leftovers, s));
    out
}

/// What the learner's scripts left in the engine, by name, with the command
/// that removes each: a real server has no devpath to clean up after them.
fn render_leftovers(leftovers: &[Leftover], s: &Styles) -> String {
    let mut out = String::new();
    if leftovers.is_empty() {
        return out;
    }
    let _ = writeln!(
        out,
        "\n{} your scripts left these behind (on a real server they would stay):",
        "!".style(s.hint)
    );
    for leftover in leftovers {
        let what = format!("{} {}", leftover.kind, leftover.name);
        let rm = match leftover.kind.as_str() {
            "container" => format!("docker rm -f {}", leftover.name),
            "image" => format!("docker rmi {}", leftover.name),
            kind => format!("docker {kind} rm {}", leftover.name),
        };
        if leftover.removed {
            let _ = writeln!(
                out,
                "  {what}: devpath removed it; remove it in your script when it is no longer needed (`{rm}`)"
            );
        } else {
            let _ = writeln!(
                out,
                "  {what}: made around devpath's `docker`, so devpath cannot tell it is the run's and left it: remove it with `{rm}`"
            );
        }
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
pub(crate) fn verdict_json(exercise: &Exercise, checked: &Checked) -> serde_json::Value {
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
        "leftovers": checked.record.leftovers,
    })
}
