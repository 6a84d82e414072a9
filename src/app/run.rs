//! `devpath run` and `devpath verify`: play an exercise, show what happened
//! while it happens, then the verdict.

use std::process::ExitCode;

use owo_colors::OwoColorize as _;
use serde_json::json;

use super::VerbResult;
use super::context::Session;
use crate::cli::{Format, GlobalArgs, RunArgs, VerifyArgs};
use crate::scenario::Checked;
use crate::ui::out::{out, outln};
use crate::ui::run::{Progress, verdict_json};
use crate::ui::style::{Stream, Styles};
use crate::ui::verdict::render_verdict;
use crate::ui::wrap::Size;
use course::Exercise;
use i18n::t;

/// Checks an exercise with the learner's files of the workspace.
pub(crate) fn check(
    session: &Session,
    exercise: &Exercise,
    progress: &Progress,
) -> crate::Result<Checked> {
    let dir = session.workspace.exercise_dir(exercise);
    if !dir.is_dir() {
        session
            .workspace
            .write_start(&session.course, exercise, session.start_lang())?;
    }
    let learner = crate::scenario::read_learner_dir(&dir)?;
    let guard = crate::signal::guard_run();
    let options = crate::scenario::PlayOptions {
        cancel: guard.cancel.clone(),
        registry: session.registry.clone(),
        journal_dir: journal_dir(session),
    };
    Ok(crate::scenario::check_exercise(
        &session.course,
        exercise,
        &learner,
        &options,
        &|e| progress.event(e),
    )?)
}

/// Where the runs of the workspace keep their journals.
pub(crate) fn journal_dir(session: &Session) -> Option<std::path::PathBuf> {
    session
        .workspace
        .state_path()
        .parent()
        .map(|dot| dot.join(crate::scenario::journal::RUNS_DIR))
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
        outln!(
            "{} {}: {}",
            t!("learner-running").style(styles.heading),
            exercise.name,
            exercise.info.title
        )?;
    }
    let progress = Progress::new(styles, json);
    let checked = match check(&session, &exercise, &progress) {
        Ok(checked) => checked,
        Err(error) if json => {
            let value = json!({"version": 2, "exercise": exercise.name, "status": "error", "message": error.to_string(), "tests": []});
            outln!(
                "{}",
                serde_json::to_string_pretty(&value).unwrap_or_default()
            )?;
            return Ok(ExitCode::from(error.exit_code()));
        }
        Err(error) => return Err(error),
    };
    let next = if checked.verdict.passed() {
        super::learner::complete(&mut session.state, &session.course, &exercise.name)
    } else {
        None
    };
    // The verdict is shown before progress is saved: a workspace that
    // cannot be written to still tells the learner how they did.
    let saved = if checked.verdict.passed() {
        session.save()
    } else {
        Ok(())
    };
    if json {
        outln!(
            "{}",
            serde_json::to_string_pretty(&verdict_json(&exercise, &checked, &progress.log()))
                .unwrap_or_default()
        )?;
    } else {
        out!(
            "{}",
            render_verdict(
                &session.course,
                &exercise,
                &checked,
                next.as_deref(),
                &styles,
                Size::detect().columns,
            )
        )?;
    }
    saved?;
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
        .filter(|e| args.all || session.state.done.contains(&e.name))
        .map(|e| e.name.clone())
        .collect();
    if names.is_empty() && !json {
        outln!("{}", t!("learner-verify-nothing"))?;
    }
    for name in names {
        let exercise = session.course.find(&name)?.clone();
        let progress = Progress::new(styles, true);
        let checked = check(&session, &exercise, &progress)?;
        let passed = checked.verdict.passed();
        let was_done = session.state.done.contains(&name);
        if passed {
            session.state.done.insert(name.clone());
        } else {
            all_passed = false;
            session.state.done.remove(&name);
        }
        if json {
            results.push(verdict_json(&exercise, &checked, &progress.log()));
        } else if passed {
            outln!("{} {name}", "✓".style(styles.pass))?;
        } else if !was_done {
            outln!(
                "{} {}",
                "·".style(styles.skip),
                t!("learner-verify-pending", exercise = &name)
            )?;
        } else {
            outln!(
                "{} {}",
                "✗".style(styles.fail),
                t!("learner-verify-broken", exercise = &name)
            )?;
        }
    }
    if session.state.done.contains(&session.state.current)
        && let Some(pending) = session.state.first_pending(&session.course)
    {
        session.state.current = pending;
    }
    session.save()?;
    if json {
        let status = if all_passed { "pass" } else { "fail" };
        outln!(
            "{}",
            serde_json::to_string_pretty(&json!({"status": status, "exercises": results}))
                .unwrap_or_default()
        )?;
    }
    Ok(if all_passed {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
