//! `devpath run` and `devpath verify`: play an exercise, show what happened
//! while it happens, then the verdict.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;
use std::sync::Mutex;

use owo_colors::OwoColorize as _;
use serde_json::json;

use super::VerbResult;
use super::context::Session;
use super::style::{Stream, Styles};
use crate::cli::{Format, GlobalArgs, RunArgs, VerifyArgs};
use crate::scenario::{Action, ScenarioEvent};
use crate::validate::{self, Checked, Verdict};
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

/// Checks an exercise with the learner's files of the workspace.
pub(crate) fn check(
    session: &Session,
    exercise: &Exercise,
    progress: &Progress,
) -> crate::Result<Checked> {
    let dir = session.workspace.exercise_dir(exercise);
    if !dir.is_dir() {
        session.workspace.write_start(&session.course, exercise)?;
    }
    let learner = crate::scenario::read_learner_dir(&dir)?;
    let guard = crate::signal::guard_run();
    let options = crate::scenario::PlayOptions {
        cancel: guard.cancel.clone(),
        registry: session.registry.clone(),
    };
    Ok(validate::check_exercise(
        &session.course,
        exercise,
        &learner,
        &options,
        &|e| progress.event(e),
    )?)
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
    })
}

/// `devpath run [EXERCISE]`.
pub(crate) fn run(args: &RunArgs, global: &GlobalArgs) -> VerbResult {
    let mut session = Session::open(global)?;
    let name = args
        .exercise
        .clone()
        .unwrap_or_else(|| session.state.current.clone());
    let exercise = session.course.find(&name)?.clone();
    let json = args.format.format == Format::Json;
    let styles = Styles::new(global.color, Stream::Stdout);
    if !json {
        println!(
            "{} {}: {}",
            "Running".style(styles.heading),
            exercise.name,
            exercise.info.title
        );
    }
    let progress = Progress::new(styles, json);
    let checked = match check(&session, &exercise, &progress) {
        Ok(checked) => checked,
        Err(error) if json => {
            let value = json!({"version": 2, "exercise": exercise.name, "status": "error", "message": error.to_string(), "tests": []});
            println!(
                "{}",
                serde_json::to_string_pretty(&value).unwrap_or_default()
            );
            return Ok(ExitCode::from(error.exit_code()));
        }
        Err(error) => return Err(error),
    };
    let next = if checked.verdict.passed() {
        let next = super::learner::complete(&mut session.state, &session.course, &exercise.name);
        session.save()?;
        next
    } else {
        None
    };
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&verdict_json(&exercise, &checked)).unwrap_or_default()
        );
    } else {
        print!(
            "{}",
            render_verdict(
                &session.course,
                &exercise,
                &checked,
                next.as_deref(),
                &styles
            )
        );
    }
    Ok(if checked.verdict.passed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// `devpath verify`: re-checks every exercise marked done.
pub(crate) fn verify(args: &VerifyArgs, global: &GlobalArgs) -> VerbResult {
    let mut session = Session::open(global)?;
    let json = args.format.format == Format::Json;
    let styles = Styles::new(global.color, Stream::Stdout);
    let mut results = Vec::new();
    let mut all_passed = true;
    let names: Vec<String> = session
        .course
        .exercises
        .iter()
        .filter(|e| session.state.done.contains(&e.name))
        .map(|e| e.name.clone())
        .collect();
    if names.is_empty() && !json {
        println!(
            "No exercise is marked done yet: nothing to verify. `devpath run` checks the current one."
        );
    }
    for name in names {
        let exercise = session.course.find(&name)?.clone();
        let progress = Progress::new(styles, true);
        let checked = check(&session, &exercise, &progress)?;
        let passed = checked.verdict.passed();
        if !passed {
            all_passed = false;
            session.state.done.remove(&name);
        }
        if json {
            results.push(verdict_json(&exercise, &checked));
        } else if passed {
            println!("{} {name}", "✓".style(styles.pass));
        } else {
            println!(
                "{} {name}: no longer passes; it is pending again (`devpath run {name}` shows why)",
                "✗".style(styles.fail)
            );
        }
    }
    session.save()?;
    if json {
        let status = if all_passed { "pass" } else { "fail" };
        println!(
            "{}",
            serde_json::to_string_pretty(&json!({"status": status, "exercises": results}))
                .unwrap_or_default()
        );
    }
    Ok(if all_passed {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
