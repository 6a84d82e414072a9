//! Watch mode: runs the current exercise whenever one of its editable files
//! is saved, and takes single keys: h hint, n next, l list, r re-run,
//! q quit.
//!
//! One `WatchEvent` enum, consumed by one `match`. File changes are found by
//! polling the editable files' modification times (cheap for a handful of
//! files, and it works on every file system); a burst of saves is debounced
//! into one run. Keys come from the terminal in raw mode, or one per line
//! when standard input is not a terminal (scripts, tests).

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::{Duration, SystemTime};

use owo_colors::OwoColorize as _;

use super::VerbResult;
use super::context::Session;
use super::run::check;
use crate::cli::{GlobalArgs, WatchArgs};
use crate::ui::out::outln;
use crate::ui::run::{Progress, render_verdict};
use crate::ui::style::{Stream, Styles};
use crate::ui::terminal::{RawMode, clear_screen, say, spawn_keys, with_cooked};

/// How often the editable files are looked at.
const POLL: Duration = Duration::from_millis(150);
/// How long the files must stay unchanged before a run starts.
const DEBOUNCE: Duration = Duration::from_millis(200);

enum WatchEvent {
    Key(char),
    FileChange,
    InputClosed,
}

/// `devpath` and `devpath watch`.
pub(crate) fn run(args: &WatchArgs, global: &GlobalArgs) -> VerbResult {
    let mut session = Session::open(global)?;
    let styles = Styles::new(global.color, Stream::Stdout);
    let (tx, rx) = mpsc::channel();
    let raw = RawMode::enable();
    let keys = tx.clone();
    spawn_keys(raw.is_some(), move |key| {
        let event = key.map_or(WatchEvent::InputClosed, WatchEvent::Key);
        keys.send(event).is_ok()
    });
    let watched = Watched::default();
    if !args.manual_run {
        spawn_poller(tx, watched.clone());
    }

    let mut run_now = true;
    let mut first_run = true;
    // The exercise on screen; a pass moves `state.current` on at once, but
    // the screen stays on the solved exercise until the learner presses n.
    let mut shown = session.state.current.clone();
    loop {
        if run_now {
            run_now = false;
            let Ok(exercise) = session.course.find(&shown).cloned() else {
                break;
            };
            watched.set(
                exercise
                    .info
                    .editable
                    .iter()
                    .map(|e| session.workspace.exercise_dir(&exercise).join(e))
                    .collect(),
            );
            // The first run keeps what was printed before it (the welcome).
            clear_screen(raw.is_some() && !first_run);
            first_run = false;
            say(
                raw.is_some(),
                &format!(
                    "{} {} — {}  ({})",
                    format!("{:>2}.", exercise.number).style(styles.dim),
                    exercise.name.style(styles.heading),
                    exercise.info.title,
                    exercise.editable_paths()
                ),
            );
            let progress = Progress::new(styles, false);
            let result = with_cooked(raw.is_some(), || check(&session, &exercise, &progress));
            match result {
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
                    let text = render_verdict(
                        &session.course,
                        &exercise,
                        &checked,
                        next.as_deref(),
                        &styles,
                    );
                    say(raw.is_some(), &text);
                }
                Err(error) => say(
                    raw.is_some(),
                    &format!("{} {error}", "error:".style(styles.error)),
                ),
            }
            let keys = if args.manual_run { "r run" } else { "r re-run" };
            say(raw.is_some(), &format!(
                "{}",
                format!("\n[h] hint  [n] next  [l] list  [{keys}]  [q] quit  — save a file to run again").style(styles.dim)
            ));
            watched.reset();
        }
        let Ok(event) = rx.recv() else { break };
        match event {
            WatchEvent::FileChange => run_now = true,
            WatchEvent::InputClosed => break,
            WatchEvent::Key('q') | WatchEvent::Key('\u{3}') => break,
            WatchEvent::Key('r') => run_now = true,
            WatchEvent::Key('h') => {
                let text = super::learner::next_hint(&mut session, &shown)?;
                say(raw.is_some(), &format!("\n{}", text.style(styles.hint)));
            }
            WatchEvent::Key('l') => say(
                raw.is_some(),
                &format!(
                    "\n{}",
                    crate::ui::list::render_list(&session.course, &session.state, &styles)
                ),
            ),
            WatchEvent::Key('n') => {
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
                    None => say(raw.is_some(), "\nNo other exercise is pending."),
                }
            }
            WatchEvent::Key(_) => {}
        }
    }
    drop(raw);
    outln!()?;
    Ok(ExitCode::SUCCESS)
}

/// The files watch mode looks at, shared with the poller thread.
#[derive(Clone, Default)]
struct Watched(std::sync::Arc<std::sync::Mutex<(Vec<PathBuf>, u64)>>);

impl Watched {
    fn set(&self, paths: Vec<PathBuf>) {
        let mut guard = self.0.lock().unwrap_or_else(|e| e.into_inner());
        guard.0 = paths;
        guard.1 += 1;
    }
    /// Forgets changes seen so far (a run just happened).
    fn reset(&self) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).1 += 1;
    }
    fn snapshot(&self) -> (Vec<PathBuf>, u64) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

fn stamps(paths: &[PathBuf]) -> Vec<Option<(SystemTime, u64)>> {
    paths
        .iter()
        .map(|p| {
            std::fs::metadata(p)
                .ok()
                .and_then(|m| Some((m.modified().ok()?, m.len())))
        })
        .collect()
}

fn spawn_poller(tx: mpsc::Sender<WatchEvent>, watched: Watched) {
    std::thread::spawn(move || {
        let (mut paths, mut generation) = watched.snapshot();
        let mut seen = stamps(&paths);
        loop {
            std::thread::sleep(POLL);
            let (now_paths, now_generation) = watched.snapshot();
            if now_generation != generation {
                (paths, generation) = (now_paths, now_generation);
                seen = stamps(&paths);
                continue;
            }
            let current = stamps(&paths);
            if current == seen {
                continue;
            }
            // Debounce: wait until the files stop changing.
            let mut settled = current;
            loop {
                std::thread::sleep(DEBOUNCE);
                let again = stamps(&paths);
                if again == settled {
                    break;
                }
                settled = again;
            }
            seen = settled;
            if tx.send(WatchEvent::FileChange).is_err() {
                return;
            }
        }
    });
}
