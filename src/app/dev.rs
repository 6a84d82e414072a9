//! `devpath dev …`: the instructor verbs (new, check, bless, review, lint)
//! rendered for humans, and `dev check --format json` for machines.

use std::fmt::Write as _;
use std::io::{BufRead as _, IsTerminal as _, Write as _};
use std::process::ExitCode;
use std::time::Instant;

use owo_colors::OwoColorize as _;
use serde_json::json;

use super::VerbResult;
use super::context::current_dir;
use crate::cli::{DevBlessArgs, DevCheckArgs, DevCommand, DevNewArgs, Format, GlobalArgs};
use crate::dev::{self, Pack, Severity};
use crate::signal::{RunGuard, guard_run};
use crate::ui::dev::{check_json, render_check, to_json};
use crate::ui::out::{out, outln};
use crate::ui::run::render_diff;
use crate::ui::style::{Stream, Styles};
use crate::validate::snapshot_lines;
use course::{Course, Exercise, Origin};

/// Runs one `devpath dev` verb.
pub(crate) fn run(command: &DevCommand, global: &GlobalArgs) -> VerbResult {
    match command {
        DevCommand::New(args) => new(args, global),
        DevCommand::Check(args) => check(args, global),
        DevCommand::Bless(args) => bless(args, global),
        DevCommand::Review => review(global),
        DevCommand::Lint => lint(global),
    }
}

/// The pack the verb must write to.
fn require_pack(global: &GlobalArgs, what: &'static str) -> crate::Result<Pack> {
    let cwd = current_dir()?;
    Ok(Pack::require(global.course.as_deref(), &cwd, what)?)
}

/// The course `check` and `lint` look at: the pack on disk if there is
/// one, else the built-in course.
fn load_for_reading(global: &GlobalArgs) -> crate::Result<Course> {
    let cwd = current_dir()?;
    match Pack::locate(global.course.as_deref(), &cwd) {
        Some(pack) => Ok(pack.load()?),
        None => Ok(Course::load(None)?),
    }
}

/// How scenarios are played: `--registry URL` when given, cancelled by
/// Ctrl-C (each run then cleans up after itself).
fn play_options(global: &GlobalArgs, guard: &RunGuard) -> crate::scenario::PlayOptions {
    crate::scenario::PlayOptions {
        registry: global.registry.clone(),
        cancel: guard.cancel.clone(),
        // Instructors' runs have no workspace to keep a journal in.
        journal_dir: None,
    }
}

/// How to name the pack in the commands we suggest.
fn course_flag(global: &GlobalArgs) -> String {
    match &global.course {
        Some(dir) => format!(" --course {}", dir.display()),
        None => String::new(),
    }
}

fn origin_name(course: &Course) -> String {
    match &course.files.origin {
        Origin::BuiltIn => i18n::t!("dev-check-built-in"),
        Origin::Folder(dir) => dir.display().to_string(),
    }
}

/// `devpath dev new NAME [--topic T]`.
fn new(args: &DevNewArgs, global: &GlobalArgs) -> VerbResult {
    let pack = require_pack(global, "`devpath dev new`")?;
    let created = dev::scaffold(&pack, &args.name, args.topic.as_deref())?;
    let s = Styles::new(global.color, Stream::Stdout);
    let name = &args.name;
    let flag = course_flag(global);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        i18n::t!(
            "dev-new-created",
            created = i18n::t!("dev-new-created-word").style(s.pass).to_string(),
            dir = created.dir.display().to_string(),
            course_toml = created.course_toml.display().to_string()
        )
    );
    for file in &created.files {
        let _ = writeln!(out, "  {file}");
    }
    let _ = writeln!(
        out,
        "\n{}\n  1. {}\n  2. {}\n  3. devpath{flag} dev bless {name}   {}   devpath{flag} dev review\n  4. devpath{flag} dev check {name}",
        i18n::t!("dev-new-next"),
        i18n::t!("dev-new-step-lesson"),
        i18n::t!("dev-new-step-sides", app = format!("{:?}", created.app)),
        i18n::t!("dev-new-then")
    );
    out!("{out}")?;
    Ok(ExitCode::SUCCESS)
}

/// The exercises named on the command line, or all.
fn select<'a>(course: &'a Course, names: &[String]) -> crate::Result<Vec<&'a Exercise>> {
    if names.is_empty() {
        return Ok(course.exercises.iter().collect());
    }
    let mut out: Vec<&Exercise> = Vec::new();
    for name in names {
        let exercise = course.find(name)?;
        if !out.iter().any(|e| e.name == exercise.name) {
            out.push(exercise);
        }
    }
    Ok(out)
}

/// `devpath dev check [EXERCISE…] [--jobs N] [--format json]`.
fn check(args: &DevCheckArgs, global: &GlobalArgs) -> VerbResult {
    let json = args.format.format == Format::Json;
    let loaded = load_for_reading(global).and_then(|course| {
        let exercises = select(&course, &args.exercises)?
            .into_iter()
            .map(|e| e.name.clone())
            .collect::<Vec<_>>();
        Ok((course, exercises))
    });
    let (course, names) = match loaded {
        Ok(loaded) => loaded,
        Err(error) if json => {
            let value = json!({"status": "error", "message": error.to_string(), "exercises": []});
            outln!("{}", to_json(&value))?;
            return Ok(ExitCode::from(error.exit_code()));
        }
        Err(error) => return Err(error),
    };
    let exercises: Vec<&Exercise> = names
        .iter()
        .filter_map(|n| course.exercises.iter().find(|e| &e.name == n))
        .collect();
    let s = Styles::new(global.color, Stream::Stdout);
    let err_styles = Styles::new(global.color, Stream::Stderr);
    let jobs = args.jobs.max(1);
    if !json {
        outln!(
            "{}",
            i18n::t!(
                "dev-check-checking",
                count = exercises.len(),
                origin = origin_name(&course),
                jobs = jobs
            )
        )?;
    }
    let show_progress = !json && std::io::stderr().is_terminal();
    let started = Instant::now();
    let guard = guard_run();
    let options = play_options(global, &guard);
    let reports = dev::check_exercises(&course, &exercises, jobs, &options, &|report| {
        if show_progress {
            let mark = if report.has_problems() {
                format!("{}", "✗".style(err_styles.fail))
            } else {
                format!("{}", "✓".style(err_styles.pass))
            };
            eprintln!(
                "  {mark} {} ({:.1}s)",
                report.name,
                report.elapsed.as_secs_f64()
            );
        }
    });
    let elapsed = started.elapsed();
    if guard.cancel.is_cancelled() {
        let error = crate::Error::Scenario(crate::scenario::ScenarioError::Interrupted);
        if json {
            let value = json!({"status": "error", "message": error.to_string(), "exercises": []});
            outln!("{}", to_json(&value))?;
            return Ok(ExitCode::from(error.exit_code()));
        }
        return Err(error);
    }
    let failed = reports.iter().filter(|r| r.has_problems()).count();
    let summary = i18n::t!(
        "dev-check-summary",
        count = reports.len(),
        seconds = format!("{:.1}", elapsed.as_secs_f64()),
        ok = reports.len() - failed,
        failed = failed
    );
    if json {
        outln!("{}", to_json(&check_json(&reports, &summary)))?;
    } else {
        out!("{}", render_check(&reports, &summary, &s))?;
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `devpath dev bless EXERCISE…`.
fn bless(args: &DevBlessArgs, global: &GlobalArgs) -> VerbResult {
    let pack = require_pack(global, "`devpath dev bless`")?;
    let course = pack.load()?;
    let exercises = select(&course, &args.exercises)?;
    let s = Styles::new(global.color, Stream::Stdout);
    let flag = course_flag(global);
    let mut written = 0;
    let guard = guard_run();
    let options = play_options(global, &guard);
    for exercise in exercises {
        outln!(
            "{} {}…",
            i18n::t!("dev-bless-blessing").style(s.heading),
            exercise.name
        )?;
        let blessed = dev::bless(&pack, &course, exercise, &options, &|_| {})?;
        for diagnostic in &blessed.invalid {
            outln!(
                "  {} {}",
                i18n::t!("dev-lint-warning").style(s.warning),
                i18n::t!("dev-bless-invalid", diagnostic = diagnostic)
            )?;
        }
        match &blessed.written {
            None => outln!(
                "  {} {}",
                "✓".style(s.pass),
                i18n::t!(
                    "dev-bless-current",
                    path = blessed.snap.display().to_string()
                )
            )?,
            Some(path) => {
                written += 1;
                let state = if blessed.current.is_some() {
                    i18n::t!("dev-bless-differs")
                } else {
                    i18n::t!("dev-bless-new")
                };
                outln!(
                    "  {}",
                    i18n::t!(
                        "dev-bless-wrote",
                        path = path.display().to_string(),
                        state = state
                    )
                )?;
                let old = blessed
                    .current
                    .as_deref()
                    .map(snapshot_lines)
                    .unwrap_or_default();
                for line in render_diff(&old, &snapshot_lines(&blessed.outcome), &s).lines() {
                    outln!("    {line}")?;
                }
            }
        }
    }
    if written > 0 {
        outln!("\n{}", i18n::t!("dev-bless-review", flag = flag))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `devpath dev review`: one answer (a, r or s) per line of stdin.
fn review(global: &GlobalArgs) -> VerbResult {
    let pack = require_pack(global, "`devpath dev review`")?;
    let course = pack.load()?;
    let pending = dev::pending(&pack, &course)?;
    let s = Styles::new(global.color, Stream::Stdout);
    if pending.is_empty() {
        outln!(
            "{}",
            i18n::t!("dev-review-none", flag = course_flag(global))
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let stdin = std::io::stdin();
    let echo_off = stdin.is_terminal();
    let mut input = stdin.lock();
    let (mut accepted, mut rejected, mut skipped) = (0, 0, 0);
    let total = pending.len();
    for (index, item) in pending.iter().enumerate() {
        let old = item
            .old_text
            .as_deref()
            .map(snapshot_lines)
            .unwrap_or_default();
        outln!(
            "\n{} ({}/{total}): {}",
            item.exercise.style(s.heading),
            index + 1,
            item.new.display()
        )?;
        if item.old_text.is_none() {
            outln!("  {}", i18n::t!("dev-review-no-snap"))?;
        }
        outln!(
            "  {} outcome.snap, {} outcome.snap.new",
            "-".style(s.removed),
            "+".style(s.added)
        )?;
        for line in render_diff(&old, &snapshot_lines(&item.new_text), &s).lines() {
            outln!("  {line}")?;
        }
        let answer = loop {
            out!("  {} ", i18n::t!("dev-review-prompt"))?;
            let _ = std::io::stdout().flush();
            let mut line = String::new();
            let read = input
                .read_line(&mut line)
                .map_err(|source| crate::Error::Io {
                    action: "read",
                    path: "<stdin>".into(),
                    source,
                })?;
            if read == 0 {
                outln!()?;
                break None;
            }
            if !echo_off {
                // Answers read from a pipe are shown, so the log reads well.
                outln!("{}", line.trim())?;
            }
            match line.trim().chars().next().map(|c| c.to_ascii_lowercase()) {
                Some('a') => break Some('a'),
                Some('r') => break Some('r'),
                Some('s') => break Some('s'),
                _ => outln!("  {}", i18n::t!("dev-review-answer"))?,
            }
        };
        match answer {
            Some('a') => {
                dev::accept(item)?;
                accepted += 1;
                outln!(
                    "  {} {}",
                    "✓".style(s.pass),
                    i18n::t!(
                        "dev-review-accepted",
                        path = item.snap.display().to_string()
                    )
                )?;
            }
            Some('r') => {
                dev::reject(item)?;
                rejected += 1;
                outln!(
                    "  {} {}",
                    "✗".style(s.fail),
                    i18n::t!("dev-review-rejected", path = item.new.display().to_string())
                )?;
            }
            Some(_) => {
                skipped += 1;
                outln!("  {}", i18n::t!("dev-review-skipped"))?;
            }
            None => {
                skipped += total - index;
                break;
            }
        }
    }
    outln!(
        "\n{}",
        i18n::t!(
            "dev-review-summary",
            accepted = accepted,
            rejected = rejected,
            skipped = skipped
        )
    )?;
    Ok(ExitCode::SUCCESS)
}

/// `devpath dev lint`.
fn lint(global: &GlobalArgs) -> VerbResult {
    let course = load_for_reading(global)?;
    let s = Styles::new(global.color, Stream::Stdout);
    let (mut problems, mut warnings) = (0, 0);
    let course_row = (
        course
            .files
            .course_toml_path()
            .unwrap_or("course.toml")
            .to_string(),
        dev::lint_course_texts(&course),
    );
    let exercise_rows = course.exercises.iter().map(|exercise| {
        (
            exercise.name.clone(),
            dev::lint_exercise(&course, exercise, true),
        )
    });
    for (row, findings) in std::iter::once(course_row).chain(exercise_rows) {
        if findings.is_empty() {
            outln!("{} {row}", "✓".style(s.pass))?;
            continue;
        }
        let has_problem = findings.iter().any(|f| f.severity == Severity::Problem);
        let mark = if has_problem {
            format!("{}", "✗".style(s.fail))
        } else {
            format!("{}", "✓".style(s.pass))
        };
        outln!("{mark} {row}")?;
        for finding in findings {
            match finding.severity {
                Severity::Problem => {
                    problems += 1;
                    outln!("  {} {finding}", i18n::t!("dev-lint-problem").style(s.fail))?;
                }
                Severity::Warning => {
                    warnings += 1;
                    outln!(
                        "  {} {finding}",
                        i18n::t!("dev-lint-warning").style(s.warning)
                    )?;
                }
            }
        }
    }
    outln!(
        "\n{}",
        i18n::t!(
            "dev-lint-summary",
            count = course.exercises.len(),
            problems = problems,
            warnings = warnings
        )
    )?;
    let languages = std::iter::once(i18n::Lang::En)
        .chain(dev::started_languages(&course))
        .map(|l| l.native_name())
        .collect::<Vec<_>>()
        .join(", ");
    outln!("{}", i18n::t!("dev-lang-summary", languages = languages))?;
    Ok(if problems > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
