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
}

/// The journal of the run in progress; dropping it deletes the file (the
/// run has cleaned up).
pub(crate) struct Journal {
    path: PathBuf,
    entry: Entry,
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
        };
        let journal = Journal {
            path: dir.join(format!("{run_id}.toml")),
            entry,
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
}

impl Drop for Journal {
    fn drop(&mut self) {
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
        if alive || engine::RunLabel::new(&entry.run).is_err() {
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
        let cleaned = engine::Engine::connect().and_then(|engine| engine.cleanup(&label));
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
}
