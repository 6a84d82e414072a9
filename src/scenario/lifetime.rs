//! What ends with a run, however it ends: its time limit (a watchdog that
//! cancels the run when time is up; Ctrl-C reaches the run through its
//! parent cancel handle) and its private temporary folder.

use std::path::PathBuf;

use super::ScenarioError;

/// Cancels a scenario when its time runs out.
pub(super) struct Watchdog {
    /// Cancelled when the scenario ends, to wake the timer.
    done: workflow::CancelHandle,
}

impl Watchdog {
    pub(super) fn start(cancel: workflow::CancelHandle, limit: std::time::Duration) -> Watchdog {
        let done = workflow::CancelHandle::new();
        let finished = done.clone();
        std::thread::spawn(move || {
            if !finished.sleep(limit) {
                cancel.cancel();
            }
        });
        Watchdog { done }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.done.cancel();
    }
}

/// The run's private temporary folder, removed on drop.
pub(super) struct RunDir {
    _dir: tempfile::TempDir,
    pub(super) path: PathBuf,
}

impl RunDir {
    /// The prefix of run `run_id`'s folder: `$TMPDIR/devpath-run-<id>-`.
    pub(super) fn prefix(run_id: &str) -> PathBuf {
        std::env::temp_dir().join(format!("devpath-run-{run_id}-"))
    }

    pub(super) fn new(run_id: &str) -> Result<RunDir, ScenarioError> {
        let dir = tempfile::Builder::new()
            .prefix(&format!("devpath-run-{run_id}-"))
            // Private to the user: step scripts and env files under it may hold
            // secrets.
            .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700))
            .tempdir()
            .map_err(ScenarioError::TempDir)?;
        let path = dir.path().to_path_buf();
        Ok(RunDir { _dir: dir, path })
    }
}
