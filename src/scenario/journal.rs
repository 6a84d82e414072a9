//! What a run is about to create, on disk before it creates it, so that a
//! run killed with SIGKILL (or a machine that lost power) can be cleaned up
//! later: by the next run in the same workspace, or by `devpath clean`.
//!
//! One file per run in the workspace's `.devpath/runs/`: the devpath
//! process (pid and start time, so a reused pid is not mistaken for it),
//! the run id (its label and name prefix in the engine, the marker of its
//! processes), the prefix of its temporary folder and its registry's tag
//! prefix. Everything else a run makes carries its label or name prefix,
//! so these few facts are enough to find it all. The file goes when the
//! run has cleaned up after itself.
//!
//! A journal whose process is gone is reconciled: the run's processes are
//! killed, its containers, images, networks and volumes removed, its
//! temporary folders deleted, then the journal. With the engine down, the
//! journal stays for a later attempt.
//!
//! A run that was cancelled (Ctrl-C, its time limit) cleans up after itself
//! but keeps its journal, marked with the time it ended: the engine may
//! still commit an image of a `docker build` the run interrupted, after the
//! run's last sweep. The next run or `devpath clean`, in this process
//! (watch mode) or another, sweeps it again once it has settled.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::processes;

/// The journal folder of a workspace, inside its `.devpath`.
pub(crate) const RUNS_DIR: &str = "runs";

#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    pid: i32,
    /// The process's start time (clock ticks after boot, from
    /// /proc/PID/stat).
    start: u64,
    run: String,
    /// The run's temporary folder is the one folder whose path starts so.
    temp_prefix: PathBuf,
    /// The tag prefix of the run's own registry (`127.0.0.1:PORT/`).
    #[serde(default)]
    registry_prefixes: Vec<String>,
    /// When a cancelled run ended (seconds since the epoch): it has cleaned
    /// up, but wants one more sweep once the engine has settled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ended: Option<u64>,
}

/// How long after a cancelled run ended the engine is taken to have
/// settled: builds it interrupted have stopped or committed by then.
const SETTLE_SECONDS: u64 = 2;

fn now_seconds() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// The journal of the run in progress; dropping it deletes the file (the
/// run has cleaned up).
pub(crate) struct Journal {
    path: PathBuf,
    entry: Entry,
    /// Kept, marked with the end time, instead of deleted (a cancelled
    /// run).
    keep: bool,
}

impl Journal {
    /// Writes the journal of run `run_id`, whose temporary folder will be
    /// named `temp_prefix…`.
    pub(crate) fn create(dir: &Path, run_id: &str, temp_prefix: &Path) -> std::io::Result<Journal> {
        std::fs::create_dir_all(dir)?;
        let pid = std::process::id() as i32;
        let entry = Entry {
            pid,
            start: processes::start_time(pid).unwrap_or(0),
            run: run_id.to_string(),
            temp_prefix: temp_prefix.to_path_buf(),
            registry_prefixes: Vec::new(),
            ended: None,
        };
        let journal = Journal {
            path: dir.join(format!("{run_id}.toml")),
            entry,
            keep: false,
        };
        journal.write()?;
        Ok(journal)
    }

    /// Notes the prefix of the run's registry, before anything is pushed.
    pub(crate) fn note_registry(&mut self, prefix: &str) -> std::io::Result<()> {
        self.entry.registry_prefixes.push(prefix.to_string());
        self.write()
    }

    /// Writes the whole file anew, then renames it into place: a reader
    /// never sees half of it.
    fn write(&self) -> std::io::Result<()> {
        let text = toml::to_string(&self.entry).map_err(std::io::Error::other)?;
        let partial = self.path.with_extension("partial");
        std::fs::write(&partial, text)?;
        std::fs::rename(&partial, &self.path)
    }

    /// The run was cancelled: keep the journal when the run has cleaned up,
    /// so that a later run sweeps once more what the engine finished after
    /// this run's sweep.
    pub(crate) fn sweep_again_later(&mut self) {
        self.keep = true;
    }
}

impl Drop for Journal {
    fn drop(&mut self) {
        if self.keep {
            self.entry.ended = Some(now_seconds());
            if self.write().is_ok() {
                return;
            }
        }
        let _ = std::fs::remove_file(&self.path);
    }
}

/// What reconciling one dead run removed.
#[derive(Debug, Default, Clone)]
pub(crate) struct Reconciled {
    pub run: String,
    pub processes: usize,
    pub engine_objects: usize,
    pub folders: usize,
}

/// Reconciles every journal in `dir` whose devpath process is gone.
/// Journals that cannot be read are left alone; a run whose engine
/// objects cannot be removed keeps its journal.
pub(crate) fn reconcile(dir: &Path) -> Vec<Reconciled> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut done = Vec::new();
    for path in entries.flatten().map(|e| e.path()) {
        if path.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        let Some(entry) = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| toml::from_str::<Entry>(&text).ok())
        else {
            continue;
        };
        let alive = entry.start != 0 && processes::start_time(entry.pid) == Some(entry.start);
        // A cancelled run that cleaned up, in a process still alive (watch
        // mode), once the engine has settled.
        let settled = entry
            .ended
            .is_some_and(|ended| now_seconds() >= ended + SETTLE_SECONDS);
        if (alive && !settled) || engine::RunLabel::new(&entry.run).is_err() {
            continue;
        }
        let mut report = Reconciled {
            run: entry.run.clone(),
            processes: processes::kill_marked(&entry.run),
            ..Reconciled::default()
        };
        let mut label = engine::RunLabel::new(&entry.run).expect("checked above");
        for prefix in &entry.registry_prefixes {
            label = label.with_registry_prefix(prefix);
        }
        let cleaned = engine::Engine::connect().and_then(|engine| {
            let _images = super::image_lock::exclusive();
            engine.cleanup(&label)
        });
        let engine_done = match cleaned {
            Ok(cleanup) => {
                report.engine_objects = cleanup.removed();
                cleanup.is_clean()
            }
            // No engine, or none reachable: nothing of the run can be
            // found there now; try again next time.
            Err(_) => false,
        };
        report.folders = remove_folders(&entry.temp_prefix);
        if engine_done {
            let _ = std::fs::remove_file(&path);
        }
        done.push(report);
    }
    done
}

/// Removes the folders whose path starts with `prefix` (a run's
/// temporary folder `…/devpath-run-<id>-XXXX`), and only those.
fn remove_folders(prefix: &Path) -> usize {
    let (Some(parent), Some(stem)) = (prefix.parent(), prefix.file_name()) else {
        return 0;
    };
    let stem = stem.to_string_lossy();
    if !stem.starts_with("devpath-run-") {
        return 0;
    }
    let Ok(entries) = std::fs::read_dir(parent) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(stem.as_ref()))
        .filter(|e| std::fs::remove_dir_all(e.path()).is_ok())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_journal_of_a_dead_process_removes_its_folder_and_itself() {
        let runs = tempfile::tempdir().unwrap();
        let temp = tempfile::tempdir().unwrap();
        let prefix = temp.path().join("devpath-run-abc123-");
        let folder = temp.path().join("devpath-run-abc123-XyZ");
        let other = temp.path().join("devpath-run-abc1234-XyZ");
        std::fs::create_dir_all(folder.join("inside")).unwrap();
        std::fs::create_dir_all(&other).unwrap();
        let me = std::process::id() as i32;
        let mut entry = Entry {
            pid: me,
            start: processes::start_time(me).unwrap(),
            run: "abc123".into(),
            temp_prefix: prefix,
            registry_prefixes: Vec::new(),
            ended: None,
        };
        let path = runs.path().join("abc123.toml");
        std::fs::write(&path, toml::to_string(&entry).unwrap()).unwrap();
        // Alive: left alone.
        assert!(reconcile(runs.path()).is_empty());
        assert!(folder.exists());
        // As if its process had died and the pid were reused.
        entry.start += 1;
        std::fs::write(&path, toml::to_string(&entry).unwrap()).unwrap();
        let done = reconcile(runs.path());
        assert_eq!(done.len(), 1);
        assert_eq!(done[0].folders, 1);
        assert!(!folder.exists());
        assert!(other.exists(), "another run's folder was removed");
        assert!(!path.exists());
    }

    #[test]
    fn a_cancelled_run_is_swept_again_once_settled_even_by_its_own_process() {
        let runs = tempfile::tempdir().unwrap();
        let temp = tempfile::tempdir().unwrap();
        let prefix = temp.path().join("devpath-run-def456-");
        let path = runs.path().join("def456.toml");
        {
            let mut journal = Journal::create(runs.path(), "def456", &prefix).unwrap();
            journal.sweep_again_later();
        }
        // Kept, with the time the run ended.
        let kept: Entry = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let ended = kept.ended.expect("marked ended");
        // Just ended, and this process (watch mode) is alive: not yet.
        assert!(reconcile(runs.path()).is_empty());
        assert!(path.exists());
        // Settled: swept again although the process is alive.
        let settled = Entry {
            ended: Some(ended - SETTLE_SECONDS),
            ..kept
        };
        std::fs::write(&path, toml::to_string(&settled).unwrap()).unwrap();
        let done = reconcile(runs.path());
        assert_eq!(done.len(), 1);
        assert_eq!(done[0].run, "def456");
        // A journal that was not kept is simply gone.
        drop(Journal::create(runs.path(), "aaa111", &prefix).unwrap());
        assert!(!runs.path().join("aaa111.toml").exists());
    }
}
