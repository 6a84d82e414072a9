//! Watch mode: runs the current exercise whenever one of its editable files
//! is saved, and takes single keys: h hint, n next, l list, o the full log
//! in `$PAGER`, r re-run, q quit.
//!
//! One `WatchEvent` enum, consumed by one `match`. Saves are found by the
//! file system's change events, with polling behind them ([`changes`]); a
//! save of a file the exercise does not list as editable is named, with
//! the files that are. Keys come from the terminal in raw mode, or one per
//! line when standard input is not a terminal (scripts, tests).
//!
//! After a run, the screen is laid out to fit the terminal
//! ([`render_screen`]), so the verdict, its message and the failed step's
//! last lines are on screen together.

mod changes;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc;

use i18n::t;
use owo_colors::OwoColorize as _;

use super::VerbResult;
use super::context::Session;
use super::run::check;
use crate::cli::{GlobalArgs, WatchArgs};
use crate::scenario::Checked;
use crate::ui::out::outln;
use crate::ui::run::{Progress, RunLog};
use crate::ui::style::{Stream, Styles};
use crate::ui::terminal::{Input, RawMode, clear_screen, say, spawn_keys, with_cooked};
use crate::ui::verdict::{render_screen, render_verdict};
use crate::ui::wrap::{Size, wrap, wrap_prose};
use changes::{Change, Changes, Mode, Stamps, stamps};
use course::Exercise;

enum WatchEvent {
    Input(Input),
    Change(Change),
}

/// The verdict on screen, kept to draw it again (after the pager, or when
/// the terminal changes size).
struct Shown {
    exercise: Exercise,
    checked: Checked,
    next: Option<String>,
    /// The exercise's line, not wrapped.
    header: String,
}

/// `devpath watch`, and `devpath` in a workspace.
pub(crate) fn run(args: &WatchArgs, global: &GlobalArgs) -> VerbResult {
    run_after_init(args, global, None)
}

/// Watch mode; `welcome` is what `devpath` printed when it just created the
/// workspace: it stays at the top of the first screen.
pub(crate) fn run_after_init(
    args: &WatchArgs,
    global: &GlobalArgs,
    welcome: Option<String>,
) -> VerbResult {
    if let Some(text) = &welcome {
        crate::ui::out::out!("{text}")?;
    }
    let mut welcome = welcome;
    let mut session = Session::open(global)?;
    let styles = Styles::new(global.color, Stream::Stdout);
    let (tx, rx) = mpsc::channel();
    let raw = RawMode::enable();
    let terminal = raw.is_some();
    let input = tx.clone();
    let keys = spawn_keys(terminal, move |i| input.send(WatchEvent::Input(i)).is_ok());
    let mut changes = (!args.manual_run).then(|| {
        let mode = if args.poll { Mode::Poll } else { Mode::Events };
        Changes::start(mode, move |change| {
            tx.send(WatchEvent::Change(change)).is_ok()
        })
    });

    let mut run_now = true;
    let mut first_run = true;
    // The exercise on screen; a pass moves `state.current` on at once, but
    // the screen stays on the solved exercise until the learner presses n.
    let mut shown = session.state.current.clone();
    // The editable files of the exercise shown, and their stamps when it
    // last ran: a change report that finds them unchanged runs nothing.
    let mut editable: Vec<PathBuf> = Vec::new();
    let mut ran_with: Stamps = Vec::new();
    // The last screen (redrawn after the pager), what it shows, and the
    // last run's log.
    let mut screen = String::new();
    let mut last: Option<Shown> = None;
    let mut log = RunLog::default();
    let footer = footer(args, &styles);
    loop {
        if run_now {
            run_now = false;
            let Ok(exercise) = session.course.find(&shown).cloned() else {
                break;
            };
            let dir = session.workspace.exercise_dir(&exercise);
            editable = exercise.info.editable.iter().map(|e| dir.join(e)).collect();
            if let Some(changes) = &mut changes {
                changes.watch(&dir, &exercise.info.editable);
            }
            ran_with = stamps(&editable);
            // The first run keeps what was printed before it (the welcome).
            clear_screen(terminal && !first_run);
            first_run = false;
            let raw_header = format!(
                "{} {} — {}  ({})",
                format!("{:>2}.", exercise.number).style(styles.dim),
                exercise.name.style(styles.heading),
                exercise.info.title,
                exercise.editable_paths()
            );
            let size = Size::detect();
            let header = wrap(&raw_header, size.columns);
            say(terminal, &header);
            // The first screen keeps the welcome above the exercise.
            let screen_header = match welcome.take() {
                Some(text) => format!("{}\n\n{header}", text.trim_end()),
                None => header.clone(),
            };
            let progress = Progress::new(styles, false);
            let result = with_cooked(terminal, || check(&session, &exercise, &progress));
            log = progress.log();
            last = None;
            screen = match result {
                Ok(checked) => {
                    let next = if checked.verdict.passed() {
                        let next = super::learner::complete(
                            &mut session.state,
                            &session.course,
                            &exercise.name,
                        );
                        session.save()?;
                        next
                    } else {
                        None
                    };
                    // A terminal of known height gets one screen laid out
                    // to fit it; else the verdict follows the progress.
                    let size = Size::detect();
                    if size.rows.is_some() {
                        clear_screen(terminal);
                        let text = render_screen(
                            &session.course,
                            &exercise,
                            &checked,
                            next.as_deref(),
                            &log,
                            &styles,
                            size,
                            &screen_header,
                            &footer,
                        );
                        last = Some(Shown {
                            exercise: exercise.clone(),
                            checked,
                            next,
                            header: raw_header,
                        });
                        text
                    } else {
                        let verdict = render_verdict(
                            &session.course,
                            &exercise,
                            &checked,
                            next.as_deref(),
                            &styles,
                            size.columns,
                        );
                        format!("{verdict}{}", wrap(&footer, size.columns))
                    }
                }
                Err(error) => format!(
                    "{} {error}\n{}",
                    t!("watch-error").style(styles.error),
                    wrap(&footer, size.columns)
                ),
            };
            say(terminal, &screen);
        }
        let Ok(event) = rx.recv() else { break };
        match event {
            WatchEvent::Change(Change::Editable) => run_now = stamps(&editable) != ran_with,
            WatchEvent::Change(Change::NotEditable(files)) => {
                let exercise = session.course.find(&shown)?;
                let text = not_editable(&files, &exercise.editable_paths());
                let width = Size::detect().columns;
                say(
                    terminal,
                    &wrap_prose(&format!("\n{}", text.style(styles.warning)), width),
                );
            }
            WatchEvent::Input(Input::Closed) => break,
            WatchEvent::Input(Input::Key('q' | '\u{3}')) => break,
            WatchEvent::Input(Input::Key('r')) => run_now = true,
            WatchEvent::Input(Input::Resize) => {
                let size = Size::detect();
                if let (Some(shown), Some(_)) = (&last, size.rows) {
                    screen = render_screen(
                        &session.course,
                        &shown.exercise,
                        &shown.checked,
                        shown.next.as_deref(),
                        &log,
                        &styles,
                        size,
                        &wrap(&shown.header, size.columns),
                        &footer,
                    );
                    clear_screen(terminal);
                    say(terminal, &screen);
                }
            }
            WatchEvent::Input(Input::Key('o')) => {
                let text = full_log(&log);
                if terminal && !log.steps.is_empty() {
                    let path = session
                        .workspace
                        .root
                        .join(course::workspace::DOT_DIR)
                        .join("last-run.log");
                    match keys.paused(|| page(&path, &text)) {
                        Ok(()) => {
                            clear_screen(true);
                            say(true, &screen);
                        }
                        Err(problem) => say(true, &format!("\n{problem}")),
                    }
                } else {
                    say(terminal, &format!("\n{text}"));
                }
            }
            WatchEvent::Input(Input::Key('h')) => {
                let text = super::learner::next_hint(&mut session, &shown)?;
                let width = Size::detect().columns;
                say(
                    terminal,
                    &wrap_prose(&format!("\n{}", text.style(styles.hint)), width),
                );
            }
            WatchEvent::Input(Input::Key('l')) => say(
                terminal,
                &format!(
                    "\n{}",
                    crate::ui::list::render_list(
                        &session.course,
                        &session.state,
                        &styles,
                        Size::detect().columns,
                    )
                ),
            ),
            WatchEvent::Input(Input::Key('n')) => {
                let next = if session.state.current != shown {
                    Some(session.state.current.clone())
                } else {
                    session
                        .state
                        .next_pending_after(&session.course, &shown)
                        .filter(|next| *next != shown)
                };
                match next {
                    Some(next) => {
                        session.state.current = next.clone();
                        session.save()?;
                        shown = next;
                        run_now = true;
                    }
                    None => say(terminal, &format!("\n{}", t!("watch-no-pending"))),
                }
            }
            WatchEvent::Input(Input::Key(_)) => {}
        }
    }
    drop(raw);
    outln!()?;
    Ok(ExitCode::SUCCESS)
}

/// The keys, under every screen: the same letters in every language,
/// what they do in the learner's.
fn footer(args: &WatchArgs, styles: &Styles) -> String {
    let run = if args.manual_run {
        t!("watch-key-run-manual")
    } else {
        t!("watch-key-rerun")
    };
    let keys = [
        ('h', t!("watch-key-hint")),
        ('n', t!("watch-key-next")),
        ('l', t!("watch-key-list")),
        ('o', t!("watch-key-log")),
        ('r', run),
        ('q', t!("watch-key-quit")),
    ]
    .map(|(key, what)| format!("[{key}] {what}"))
    .join("  ");
    format!("\n{}", keys.style(styles.dim))
}

/// What watch mode says when only files that are not editable were saved.
fn not_editable(files: &[String], editable: &str) -> String {
    let names = match files {
        [rest @ .., last] if !rest.is_empty() => {
            t!("watch-and", rest = rest.join(", "), last = last)
        }
        _ => files.concat(),
    };
    t!(
        "watch-not-editable",
        count = files.len().max(1),
        names = names,
        editable = editable
    )
}

/// Every step's log of the last run, for the pager.
fn full_log(log: &RunLog) -> String {
    if log.steps.is_empty() {
        return t!("watch-log-empty");
    }
    let mut out = String::new();
    for step in &log.steps {
        let outcome = step.outcome.map(|o| format!(" ({o})")).unwrap_or_default();
        out.push_str(&t!(
            "watch-log-step",
            step = step.scenario_step.to_string(),
            job = &step.job,
            name = &step.name
        ));
        out.push_str(&format!("{outcome}\n"));
        for line in &step.lines {
            out.push_str(line);
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

/// Shows `text` in `$PAGER` (default `less`), from a file at `path`.
fn page(path: &std::path::Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| {
        t!(
            "watch-log-write-failed",
            path = path.display().to_string(),
            error = e.to_string()
        )
    })?;
    let pager = std::env::var("PAGER")
        .ok()
        .filter(|p| !p.trim().is_empty())
        .unwrap_or_else(|| "less".to_string());
    let mut words = pager.split_whitespace();
    let program = words.next().unwrap_or("less");
    let status = with_cooked(true, || {
        std::process::Command::new(program)
            .args(words)
            .arg(path)
            .status()
    });
    match status {
        Ok(_) => Ok(()),
        Err(e) => Err(t!(
            "watch-pager-failed",
            pager = &pager,
            error = e.to_string(),
            path = path.display().to_string()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::ColorChoice;

    #[test]
    fn the_keys_line_keeps_its_letters_and_reads_as_before_in_english() {
        let styles = Styles::new(ColorChoice::Never, Stream::Stdout);
        let args = |manual_run| WatchArgs {
            manual_run,
            poll: false,
        };
        assert_eq!(
            footer(&args(false), &styles),
            "\n[h] hint  [n] next  [l] list  [o] log  [r] re-run  [q] quit"
        );
        assert_eq!(
            footer(&args(true), &styles),
            "\n[h] hint  [n] next  [l] list  [o] log  [r] run (saving does not, with --manual-run)  [q] quit"
        );
    }

    #[test]
    fn a_save_of_other_files_is_told_in_spanish_and_portuguese_too() {
        use i18n::{Arg, Lang, tr_in};
        let told = |lang, count: usize, names: &str| {
            tr_in(
                lang,
                "watch-not-editable",
                &[
                    ("count", Arg::from(count)),
                    ("names", Arg::from(names)),
                    ("editable", Arg::from("01/ci.yml")),
                ],
            )
        };
        assert_eq!(
            told(Lang::Es, 1, "Dockerfile"),
            "Guardaste Dockerfile, que no está entre los archivos editables de este ejercicio, \
             así que no se ejecutó nada. El modo watch se ejecuta cuando guardas 01/ci.yml \
             (o pulsa r para ejecutar ahora)."
        );
        assert!(told(Lang::Pt, 2, "a e b").starts_with("Você salvou a e b, que não estão"));
        assert_eq!(
            tr_in(
                Lang::Pt,
                "watch-and",
                &[("rest", Arg::from("a, b")), ("last", Arg::from("c"))]
            ),
            "a, b e c"
        );
    }

    #[test]
    fn a_save_of_other_files_names_them_and_the_editable_ones() {
        assert_eq!(
            not_editable(
                &["Dockerfile".into()],
                "06-cd-secrets/.github/workflows/publish.yml"
            ),
            "You saved Dockerfile, which is not among this exercise's editable files, so nothing ran. \
             Watch mode runs when you save 06-cd-secrets/.github/workflows/publish.yml (or press r to run now)."
        );
        assert!(
            not_editable(&["a".into(), "b".into(), "c".into()], "x")
                .starts_with("You saved a, b and c, which are not")
        );
    }
}
