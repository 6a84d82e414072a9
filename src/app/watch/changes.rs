//! Which files the learner saved, for watch mode.
//!
//! The file system's change events (inotify on Linux, through `notify`)
//! say within a millisecond that a file was written. A save is often a
//! burst of events (write, close, rename of a temporary file), so events
//! are gathered until the folder has been quiet for [`QUIET`], then
//! reported once: as a change of an editable file, or as the names of the
//! other files saved (watch mode then says they are not part of the
//! exercise).
//!
//! Events do not arrive on every file system (network shares, some
//! container mounts), so a poller looks at the editable files' modification
//! times as well: every [`POLL`] with `--poll`, else every
//! [`POLL_BEHIND_EVENTS`] as a safety net, until it finds a change no event
//! told of: then every [`POLL`]. Watch mode compares the files'
//! stamps with those of the last run, so a change reported twice (by the
//! events and by the poller) runs once.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, SystemTime};

use notify::Watcher as _;

/// How long the folder must stay quiet after an event before the change
/// is reported: editors write a file in a few system calls, well within it.
const QUIET: Duration = Duration::from_millis(20);
/// How often the editable files are looked at with `--poll`.
const POLL: Duration = Duration::from_millis(150);
/// With `--poll`, how long the files must stay unchanged before a run.
const DEBOUNCE: Duration = Duration::from_millis(200);
/// How often the poller looks when events are on: only a safety net.
const POLL_BEHIND_EVENTS: Duration = Duration::from_secs(1);

/// A change watch mode reacts to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Change {
    /// An editable file (or several) changed.
    Editable,
    /// Only files that are not editable changed: their paths, relative to
    /// the exercise folder.
    NotEditable(Vec<String>),
}

/// What is watched: an exercise folder and its editable files (relative).
#[derive(Debug, Clone, Default)]
struct Target {
    dir: PathBuf,
    editable: Vec<String>,
    /// Bumped on every change of target, so the poller starts afresh.
    generation: u64,
    /// How often the poller looks.
    every: Duration,
    /// Changes of editable files the events reported: a change the poller
    /// finds without one means events do not arrive here.
    event_reports: u64,
}

/// How changes are found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// File-system events, with a slow poller behind them.
    Events,
    /// Polling alone (`--poll`, or when events cannot be set up).
    Poll,
}

/// Watches one exercise folder at a time.
pub(crate) struct Changes {
    target: Arc<Mutex<Target>>,
    watcher: Option<notify::RecommendedWatcher>,
    mode: Mode,
}

impl Changes {
    /// Starts watching nothing yet; `send` gets each change and returns
    /// `false` when nobody listens any more.
    pub(crate) fn start(
        mode: Mode,
        send: impl Fn(Change) -> bool + Send + Clone + 'static,
    ) -> Changes {
        let target = Arc::new(Mutex::new(Target {
            every: POLL,
            ..Target::default()
        }));
        let watcher = match mode {
            Mode::Events => events(target.clone(), send.clone()),
            Mode::Poll => None,
        };
        let mode = if watcher.is_some() { mode } else { Mode::Poll };
        if mode == Mode::Events {
            lock(&target).every = POLL_BEHIND_EVENTS;
        }
        spawn_poller(target.clone(), send);
        Changes {
            target,
            watcher,
            mode,
        }
    }

    /// How changes are found (events may have fallen back to polling).
    #[cfg(test)]
    pub(crate) fn mode(&self) -> Mode {
        self.mode
    }

    /// Watches `dir` and its `editable` files (relative to it) from now on.
    pub(crate) fn watch(&mut self, dir: &Path, editable: &[String]) {
        let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
        let mut target = lock(&self.target);
        if let Some(watcher) = &mut self.watcher
            && target.dir != dir
        {
            if !target.dir.as_os_str().is_empty() {
                let _ = watcher.unwatch(&target.dir);
            }
            if watcher
                .watch(&dir, notify::RecursiveMode::Recursive)
                .is_err()
            {
                // The poller finds the editable files' changes alone.
                self.mode = Mode::Poll;
                target.every = POLL;
            }
        }
        target.dir = dir;
        target.editable = editable.to_vec();
        target.generation += 1;
    }
}

fn lock(target: &Mutex<Target>) -> std::sync::MutexGuard<'_, Target> {
    target.lock().unwrap_or_else(|e| e.into_inner())
}

/// The editable files' modification times and sizes: what tells a save
/// from nothing, whoever reported it.
pub(crate) type Stamps = Vec<Option<(SystemTime, u64)>>;

/// The stamps of `paths`.
pub(crate) fn stamps(paths: &[PathBuf]) -> Stamps {
    paths
        .iter()
        .map(|p| {
            std::fs::metadata(p)
                .ok()
                .and_then(|m| Some((m.modified().ok()?, m.len())))
        })
        .collect()
}

/// Sets up file-system events; `None` when the system refuses (then the
/// poller does the work).
fn events(
    target: Arc<Mutex<Target>>,
    send: impl Fn(Change) -> bool + Send + 'static,
) -> Option<notify::RecommendedWatcher> {
    let (tx, rx) = mpsc::channel::<PathBuf>();
    let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else { return };
        if !is_write(&event.kind) {
            return;
        }
        for path in event.paths {
            let _ = tx.send(path);
        }
    })
    .ok()?;
    std::thread::spawn(move || {
        while let Ok(first) = rx.recv() {
            let mut paths = vec![first];
            while let Ok(more) = rx.recv_timeout(QUIET) {
                paths.push(more);
            }
            let change = {
                let mut target = lock(&target);
                let change = classify(&target, &paths);
                if change == Some(Change::Editable) {
                    target.event_reports += 1;
                }
                change
            };
            if let Some(change) = change
                && !send(change)
            {
                return;
            }
        }
    });
    Some(watcher)
}

/// Whether an event can be a save: data written, a file created or renamed
/// into place, a file closed after writing.
fn is_write(kind: &notify::EventKind) -> bool {
    use notify::event::{AccessKind, AccessMode, CreateKind, ModifyKind, RenameMode};
    matches!(
        kind,
        notify::EventKind::Create(CreateKind::File | CreateKind::Any)
            | notify::EventKind::Modify(
                ModifyKind::Data(_)
                    | ModifyKind::Any
                    | ModifyKind::Name(RenameMode::To | RenameMode::Both | RenameMode::Any),
            )
            | notify::EventKind::Access(AccessKind::Close(AccessMode::Write))
    )
}

/// What a burst of written paths means for the exercise in `target`.
fn classify(target: &Target, paths: &[PathBuf]) -> Option<Change> {
    let mut others: Vec<String> = Vec::new();
    for path in paths {
        let Ok(rel) = path.strip_prefix(&target.dir) else {
            continue;
        };
        let rel = rel.to_string_lossy().replace('\\', "/");
        if target.editable.contains(&rel) {
            return Some(Change::Editable);
        }
        if is_scratch(path) || path.is_dir() || others.contains(&rel) {
            continue;
        }
        others.push(rel);
    }
    (!others.is_empty()).then_some(Change::NotEditable(others))
}

/// Files editors write beside the one being saved (swap, backup and lock
/// files, vim's `4913` probe), and folders devpath skips.
fn is_scratch(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let skipped_dir = path.components().any(|c| {
        let c = c.as_os_str();
        c == ".git" || c == course::workspace::DOT_DIR
    });
    skipped_dir
        || name.starts_with('.') && !name.starts_with(".github")
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name == "4913"
        || name.contains("___jb_")
}

/// Looks at the editable files every `target.every`; reports a change once
/// the files have stayed unchanged for [`DEBOUNCE`].
fn spawn_poller(target: Arc<Mutex<Target>>, send: impl Fn(Change) -> bool + Send + 'static) {
    let paths_of =
        |t: &Target| -> Vec<PathBuf> { t.editable.iter().map(|e| t.dir.join(e)).collect() };
    std::thread::spawn(move || {
        let mut current = lock(&target).clone();
        let mut seen = stamps(&paths_of(&current));
        loop {
            std::thread::sleep(current.every);
            let now = lock(&target).clone();
            if now.generation != current.generation {
                current = now;
                seen = stamps(&paths_of(&current));
                continue;
            }
            let paths = paths_of(&current);
            let mut settled = stamps(&paths);
            if settled == seen {
                continue;
            }
            loop {
                std::thread::sleep(DEBOUNCE);
                let again = stamps(&paths);
                if again == settled {
                    break;
                }
                settled = again;
            }
            seen = settled;
            {
                // No event told of this change: events do not arrive on
                // this file system, so look as often as --poll does.
                let mut target = lock(&target);
                if target.event_reports == current.event_reports && target.every != POLL {
                    target.every = POLL;
                    target.generation += 1;
                }
                current.event_reports = target.event_reports;
            }
            if !send(Change::Editable) {
                return;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(dir: &Path) -> Target {
        Target {
            dir: dir.to_path_buf(),
            editable: vec![".github/workflows/ci.yml".into(), "deploy.sh".into()],
            generation: 0,
            every: POLL,
            event_reports: 0,
        }
    }

    #[test]
    fn an_editable_file_wins_over_others_in_the_same_burst() {
        let t = target(Path::new("/ws/01"));
        let paths = [
            PathBuf::from("/ws/01/Dockerfile"),
            PathBuf::from("/ws/01/.github/workflows/ci.yml"),
        ];
        assert_eq!(classify(&t, &paths), Some(Change::Editable));
    }

    #[test]
    fn other_files_are_named_once_and_editor_scratch_files_are_not() {
        let t = target(Path::new("/ws/06"));
        let paths = [
            PathBuf::from("/ws/06/Dockerfile"),
            PathBuf::from("/ws/06/.Dockerfile.swp"),
            PathBuf::from("/ws/06/4913"),
            PathBuf::from("/ws/06/Dockerfile~"),
            PathBuf::from("/ws/06/Dockerfile"),
            PathBuf::from("/ws/06/.git/index"),
            PathBuf::from("/elsewhere/notes.txt"),
        ];
        assert_eq!(
            classify(&t, &paths),
            Some(Change::NotEditable(vec!["Dockerfile".into()]))
        );
        assert_eq!(classify(&t, &[PathBuf::from("/ws/06/x.swp")]), None);
    }

    #[test]
    fn a_save_is_reported_within_a_fraction_of_a_second() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("deploy.sh"), "one").unwrap();
        let (tx, rx) = mpsc::channel();
        let mut changes = Changes::start(Mode::Events, move |c| tx.send(c).is_ok());
        assert_eq!(changes.mode(), Mode::Events, "inotify is available here");
        changes.watch(dir.path(), &["deploy.sh".to_string()]);
        std::fs::write(dir.path().join("Dockerfile"), "FROM x").unwrap();
        assert_eq!(
            rx.recv_timeout(Duration::from_secs(2)),
            Ok(Change::NotEditable(vec!["Dockerfile".into()]))
        );
        std::fs::write(dir.path().join("deploy.sh"), "two").unwrap();
        assert_eq!(
            rx.recv_timeout(Duration::from_secs(2)),
            Ok(Change::Editable)
        );
        // (A generous wait: on a loaded machine an event can take a while;
        // that events, not the poller, found it is checked at the end.)
        // The poller behind the events finds the same change later: it is
        // reported again (watch mode compares stamps), and events stay on.
        assert_eq!(
            rx.recv_timeout(POLL_BEHIND_EVENTS + DEBOUNCE * 2),
            Ok(Change::Editable)
        );
        assert_eq!(lock(&changes.target).every, POLL_BEHIND_EVENTS);
    }

    #[test]
    fn a_change_no_event_told_of_makes_the_poller_look_as_often_as_poll() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("deploy.sh"), "one").unwrap();
        let target = Arc::new(Mutex::new(Target {
            dir: dir.path().to_path_buf(),
            editable: vec!["deploy.sh".into()],
            generation: 0,
            every: Duration::from_millis(100),
            event_reports: 0,
        }));
        let (tx, rx) = mpsc::channel();
        spawn_poller(target.clone(), move |c| tx.send(c).is_ok());
        std::thread::sleep(Duration::from_millis(250));
        std::fs::write(dir.path().join("deploy.sh"), "two, and no event").unwrap();
        assert_eq!(
            rx.recv_timeout(Duration::from_secs(2)),
            Ok(Change::Editable)
        );
        assert_eq!(lock(&target).every, POLL);
    }

    #[test]
    fn polling_finds_a_save_without_events() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("deploy.sh"), "one").unwrap();
        let (tx, rx) = mpsc::channel();
        let mut changes = Changes::start(Mode::Poll, move |c| tx.send(c).is_ok());
        changes.watch(dir.path(), &["deploy.sh".to_string()]);
        std::thread::sleep(POLL * 2);
        std::fs::write(dir.path().join("deploy.sh"), "three").unwrap();
        assert_eq!(
            rx.recv_timeout(Duration::from_secs(2)),
            Ok(Change::Editable)
        );
    }
}
