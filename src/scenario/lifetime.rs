//! What ends with a run, however it ends: its time limit (a watchdog that
//! cancels the run on Ctrl-C or when time is up) and its private temporary
//! folder.

use std::path::PathBuf;
use std::sync::atomic::Ordering;

use super::ScenarioError;

/// Cancels a scenario when the user interrupts it or its time runs out.
pub(super) struct Watchdog {
    done: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Watchdog {
    pub(super) fn start(
        interrupt: workflow::CancelHandle,
        cancel: workflow::CancelHandle,
        limit: std::time::Duration,
    ) -> Watchdog {
        let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = done.clone();
        let deadline = std::time::Instant::now() + limit;
        std::thread::spawn(move || {
            while !flag.load(Ordering::SeqCst) {
                if interrupt.is_cancelled() || std::time::Instant::now() >= deadline {
                    cancel.cancel();
                    return;
                }
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
        });
        Watchdog { done }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.done.store(true, Ordering::SeqCst);
    }
}

/// The run's private temporary folder, removed on drop.
pub(super) struct RunDir {
    _dir: tempfile::TempDir,
    pub(super) path: PathBuf,
}

impl RunDir {
    pub(super) fn new() -> Result<RunDir, ScenarioError> {
        let dir = tempfile::Builder::new()
            .prefix("devpath-run-")
            // Private to the user: step scripts and env files under it may hold
            // secrets.
            .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700))
            .tempdir()
            .map_err(ScenarioError::TempDir)?;
        let path = dir.path().to_path_buf();
        Ok(RunDir { _dir: dir, path })
    }
}
