//! The learner's small verbs: init, list, hint, reset, next, doctor.

use std::process::ExitCode;

use owo_colors::OwoColorize as _;

use super::VerbResult;
use super::context::{Session, absolute, current_dir, load_course};
use crate::cli::{Format, GlobalArgs, HintArgs, InitArgs, ListArgs, ResetArgs};
use crate::ui;
use crate::ui::out::{out, outln};
use crate::ui::style::{Stream, Styles};
use course::{Course, State, Workspace};
use i18n::t;

/// `devpath init [DIR]`.
pub(crate) fn init(args: &InitArgs, global: &GlobalArgs) -> VerbResult {
    let text = init_workspace(args, global, false)?;
    out!("{text}")?;
    Ok(ExitCode::SUCCESS)
}

/// Creates the workspace and returns what to tell the user (the welcome,
/// then how to start), wrapped to the terminal. `watch_follows` when
/// `devpath` without a verb opens watch mode right after: then the text
/// says how to come back, not "Next: … devpath".
pub(crate) fn init_workspace(
    args: &InitArgs,
    global: &GlobalArgs,
    watch_follows: bool,
) -> crate::Result<String> {
    use std::fmt::Write as _;
    let styles = Styles::new(global.color, Stream::Stdout);
    let dir = match &args.dir {
        Some(dir) => dir.clone(),
        None => current_dir()?.join(course::workspace::DEFAULT_DIR),
    };
    let course = load_course(global.course.as_deref())?;
    let pack = global.course.as_deref().map(absolute);
    let (workspace, existed) = Workspace::init(&dir, &course, pack, i18n::current())?;
    let width = ui::wrap::Size::detect().columns;
    let mut text = String::new();
    if existed {
        let _ = writeln!(
            text,
            "{}",
            t!(
                "learner-init-exists",
                dir = workspace.root.display().to_string()
            )
        );
    } else {
        let welcome = course.info.welcome.text().trim_end();
        let welcome = match width {
            // The course's lines, as paragraphs for the terminal's width.
            Some(_) => ui::wrap::reflow(welcome).join("\n"),
            None => welcome.to_string(),
        };
        let _ = writeln!(text, "{}\n", course.info.title.style(styles.heading));
        let _ = writeln!(text, "{welcome}\n");
        let _ = writeln!(
            text,
            "{}",
            t!(
                "learner-init-created",
                count = course.exercises.len(),
                dir = workspace.root.display().to_string()
            )
        );
    }
    if watch_follows {
        text.push_str(&t!("learner-init-watch-follows"));
    } else {
        text.push_str(&t!("learner-init-next"));
    }
    text.push('\n');
    // The command stays on one line, whatever the width: it is copied.
    let command = format!(
        "  cd {} && {}\n",
        shell_word(&dir.display().to_string()),
        devpath_command()
    );
    Ok(ui::wrap::wrap_prose(&text, width) + &command)
}

/// The command that starts this devpath from any folder: `devpath` when
/// that name on PATH is this program, else this program's full path (after
/// `cargo run`, or a download that is not on PATH).
pub(crate) fn devpath_command() -> String {
    let Ok(this) = std::env::current_exe().and_then(std::fs::canonicalize) else {
        return "devpath".to_string();
    };
    let on_path = std::env::var_os("PATH")
        .map(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join("devpath"))
                .find(|candidate| candidate.is_file())
        })
        .unwrap_or_default();
    match on_path.and_then(|p| std::fs::canonicalize(p).ok()) {
        Some(found) if found == this => "devpath".to_string(),
        _ => shell_word(&this.display().to_string()),
    }
}

/// `text` quoted for a POSIX shell when it needs it.
fn shell_word(text: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "/._-+:,@%=".contains(c);
    if !text.is_empty() && text.chars().all(plain) {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

/// `devpath list`.
pub(crate) fn list(args: &ListArgs, global: &GlobalArgs) -> VerbResult {
    let session = Session::open(global)?;
    if args.format.format == Format::Json {
        let list = ui::list::list_json(&session.course, &session.state);
        outln!(
            "{}",
            serde_json::to_string_pretty(&list).unwrap_or_default()
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let styles = Styles::new(global.color, Stream::Stdout);
    out!(
        "{}",
        ui::list::render_list(
            &session.course,
            &session.state,
            &styles,
            ui::wrap::Size::detect().columns
        )
    )?;
    if let Some(note) = ui::list::missing_language_note(&session.course) {
        outln!(
            "\n{}",
            ui::wrap::wrap_prose(&note, ui::wrap::Size::detect().columns)
        )?;
    }
    let keys = format!("\n  {}", t!("list-keys"));
    outln!(
        "{}",
        ui::wrap::wrap_prose(&keys, ui::wrap::Size::detect().columns)
    )?;
    Ok(ExitCode::SUCCESS)
}

/// The next hint of an exercise, recording that it was shown.
pub(crate) fn next_hint(session: &mut Session, name: &str) -> crate::Result<String> {
    let exercise = session.course.find(name)?;
    let hints = &exercise.info.hints;
    let shown = session
        .state
        .hints_shown
        .get(&exercise.name)
        .copied()
        .unwrap_or(0);
    let text = if hints.is_empty() {
        t!("hint-none")
    } else {
        let index = shown.min(hints.len() - 1);
        let more = if index + 1 < hints.len() {
            t!("hint-ask-again", next = index + 2, total = hints.len())
        } else {
            t!("hint-last")
        };
        let heading = t!(
            "hint-heading",
            number = index + 1,
            total = hints.len(),
            exercise = &exercise.name
        );
        format!("{heading}\n  {}\n{more}", hints[index].text().trim())
    };
    let name = exercise.name.clone();
    let count = (shown + 1).min(hints.len().max(1));
    session.state.hints_shown.insert(name, count);
    session.save()?;
    Ok(text)
}

/// `devpath hint [EXERCISE]`.
pub(crate) fn hint(args: &HintArgs, global: &GlobalArgs) -> VerbResult {
    let mut session = Session::open(global)?;
    let name = args
        .exercise
        .clone()
        .unwrap_or_else(|| session.state.current.clone());
    let styles = Styles::new(global.color, Stream::Stdout);
    let text = next_hint(&mut session, &name)?;
    let text = ui::wrap::wrap_prose(&text, ui::wrap::Size::detect().columns);
    outln!("{}", text.style(styles.hint))?;
    Ok(ExitCode::SUCCESS)
}

/// `devpath reset EXERCISE|--all`.
pub(crate) fn reset(args: &ResetArgs, global: &GlobalArgs) -> VerbResult {
    if args.all {
        let mut session = Session::open_or_fresh(global)?;
        let course = &session.course;
        for exercise in &course.exercises {
            session
                .workspace
                .write_start(course, exercise, session.start_lang())?;
        }
        let pack = session.state.course.clone();
        session.state = State::new(course, pack);
        session.save_whole()?;
        outln!("{}", t!("reset-all"))?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut session = Session::open(global)?;
    let course = &session.course;
    let name = args.exercise.as_deref().unwrap_or_default();
    let exercise = course.find(name)?;
    session
        .workspace
        .write_start(course, exercise, session.start_lang())?;
    let name = exercise.name.clone();
    let files = exercise.info.editable.join(", ");
    session.state.done.remove(&name);
    session.state.hints_shown.remove(&name);
    session.save()?;
    outln!("{}", t!("reset-one", exercise = name, files = files))?;
    Ok(ExitCode::SUCCESS)
}

/// `devpath next`.
pub(crate) fn next(global: &GlobalArgs) -> VerbResult {
    let mut session = Session::open(global)?;
    let current = session.state.current.clone();
    match session.state.next_pending_after(&session.course, &current) {
        Some(next) if next != current => {
            session.state.current = next.clone();
            session.save()?;
            let exercise = session.course.find(&next)?;
            outln!(
                "{}",
                t!(
                    "learner-next-now-on",
                    exercise = &exercise.name,
                    title = exercise.info.title.text()
                )
            )?;
            outln!("{}", t!("learner-next-read", exercise = &exercise.name))?;
        }
        _ if session.state.done.len() == session.course.exercises.len() => {
            outln!("{}", session.course.info.final_message.text().trim_end())?;
        }
        _ => outln!("{}", t!("learner-next-last-left", exercise = current))?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Marks an exercise done and moves `current` to the next pending one.
/// Returns the new current exercise, or None when the course is complete.
pub(crate) fn complete(state: &mut State, course: &Course, name: &str) -> Option<String> {
    state.done.insert(name.to_string());
    let next = state.next_pending_after(course, name);
    if let Some(next) = &next
        && state.current == name
    {
        state.current = next.clone();
    }
    next
}
