//! Ctrl-C during a run: instead of dying and leaving containers, images and
//! a registry behind, devpath cancels the run (its steps get SIGTERM), lets
//! it clean up, and reports the interruption. Outside a run, Ctrl-C keeps
//! its usual meaning.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, Once};
use std::time::Duration;

use workflow::CancelHandle;

static SIGNALLED: AtomicBool = AtomicBool::new(false);
static CURRENT: Mutex<Option<CancelHandle>> = Mutex::new(None);
static INSTALL: Once = Once::new();

extern "C" fn on_signal(_signal: libc::c_int) {
    // Only an atomic store: that is all a signal handler may safely do.
    SIGNALLED.store(true, Ordering::SeqCst);
}

/// A run in progress; Ctrl-C cancels it until it is dropped.
pub(crate) struct RunGuard {
    pub cancel: CancelHandle,
}

impl Drop for RunGuard {
    fn drop(&mut self) {
        *CURRENT.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }
}

/// Starts a run that Ctrl-C (SIGINT) and SIGTERM cancel.
#[expect(unsafe_code, reason = "installing a signal handler needs libc::signal")]
pub(crate) fn guard_run() -> RunGuard {
    INSTALL.call_once(|| {
        // SAFETY: the handler only stores to an atomic.
        unsafe {
            libc::signal(libc::SIGINT, on_signal as *const () as libc::sighandler_t);
            libc::signal(libc::SIGTERM, on_signal as *const () as libc::sighandler_t);
        }
        std::thread::spawn(|| {
            loop {
                std::thread::sleep(Duration::from_millis(50));
                if !SIGNALLED.swap(false, Ordering::SeqCst) {
                    continue;
                }
                let current = CURRENT.lock().unwrap_or_else(|e| e.into_inner()).clone();
                match current {
                    Some(cancel) => cancel.cancel(),
                    None => {
                        // No run to clean up: behave as if no handler was installed.
                        // SAFETY: restoring the default disposition and re-raising.
                        unsafe {
                            libc::signal(libc::SIGINT, libc::SIG_DFL);
                            libc::raise(libc::SIGINT);
                        }
                    }
                }
            }
        });
    });
    let cancel = CancelHandle::new();
    *CURRENT.lock().unwrap_or_else(|e| e.into_inner()) = Some(cancel.clone());
    RunGuard { cancel }
}
