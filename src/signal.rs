//! Ctrl-C, `kill` and a closed terminal: one way for all of them to stop
//! whatever devpath is running.
//!
//! A verb that starts something (a scenario run, `dev check`, a pipeline,
//! `registry serve`) takes a [`RunGuard`]; SIGINT, SIGTERM and SIGHUP then
//! cancel its [`CancelHandle`] instead of killing devpath. The run stops
//! its steps (SIGTERM, then SIGKILL after the workflow crate's grace
//! period), removes what it created (containers, images, the registry,
//! temporary folders) and the verb reports the interruption with its usual
//! exit code. With no run in progress a signal keeps its default meaning:
//! devpath dies of it, as any program would.
//!
//! SIGHUP is handled like SIGINT: a terminal closed in the middle of a
//! lesson must not leave containers behind any more than a Ctrl-C.
//!
//! # Why tokio::signal
//! tokio is already how devpath talks to Docker and serves the registry,
//! with its `signal` feature on. Its handler (signal-hook-registry) does
//! only async-signal-safe work and wakes a task, so devpath has no
//! hand-written signal handler to get wrong, and one thread sleeps until a
//! signal comes instead of polling a flag. The only `unsafe` left is the
//! fallback that restores the default disposition and re-raises the signal
//! when nothing is running: tokio never uninstalls its handler.
//!
//! Steps run in process groups of their own, so the terminal's SIGINT
//! reaches devpath only: the run decides how its steps end.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use tokio::signal::unix::{SignalKind, signal};
use workflow::CancelHandle;

/// Whether [`install`] installs the handler: the binary does; a test that
/// runs a verb in-process must not take the test harness's signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SignalHandlerKind {
    /// SIGINT, SIGTERM and SIGHUP cancel the runs in progress.
    Standard,
    /// Nothing is installed: signals keep their default meaning and a
    /// [`RunGuard`] is only cancelled by whoever holds its handle.
    #[cfg_attr(
        not(test),
        expect(dead_code, reason = "only tests run devpath without a handler")
    )]
    Noop,
}

/// The runs a signal cancels.
static RUNS: Runs = Runs::new();

/// Installs the handler; call it once, before anything starts.
pub(crate) fn install(kind: SignalHandlerKind) -> std::io::Result<()> {
    match kind {
        SignalHandlerKind::Noop => Ok(()),
        SignalHandlerKind::Standard => install_standard(),
    }
}

/// While it lives, a signal cancels `cancel` instead of killing devpath.
/// Guards may overlap (a verb that checks several exercises, one guard
/// each): a signal cancels them all.
pub(crate) struct RunGuard {
    pub cancel: CancelHandle,
    id: u64,
    runs: &'static Runs,
}

impl Drop for RunGuard {
    fn drop(&mut self) {
        self.runs.lock().retain(|(id, _)| *id != self.id);
    }
}

/// Starts a run that SIGINT, SIGTERM and SIGHUP cancel.
pub(crate) fn guard_run() -> RunGuard {
    RUNS.guard()
}

fn install_standard() -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()?;
    // Registered here, before any run starts, rather than in the thread:
    // a signal that came before the thread got going would kill devpath.
    let (mut interrupt, mut terminate, mut hangup) = {
        let _context = runtime.enter();
        (
            signal(SignalKind::interrupt())?,
            signal(SignalKind::terminate())?,
            signal(SignalKind::hangup())?,
        )
    };
    std::thread::Builder::new()
        .name("devpath-signals".into())
        .spawn(move || {
            runtime.block_on(async {
                loop {
                    let signal = tokio::select! {
                        Some(()) = interrupt.recv() => libc::SIGINT,
                        Some(()) = terminate.recv() => libc::SIGTERM,
                        Some(()) = hangup.recv() => libc::SIGHUP,
                        else => return,
                    };
                    if !RUNS.cancel_all() {
                        die_of(signal);
                    }
                }
            });
        })?;
    Ok(())
}

/// Ends devpath the way `signal` would have without a handler, so that the
/// shell sees "killed by SIGINT" and stops a script that ran devpath.
#[expect(
    unsafe_code,
    reason = "restoring a signal's default disposition and raising it needs libc"
)]
fn die_of(signal: libc::c_int) {
    // SAFETY: `signal` and `raise` are given a valid signal number and the
    // default disposition; neither touches memory of ours.
    unsafe {
        libc::signal(signal, libc::SIG_DFL);
        libc::raise(signal);
    }
}

/// The cancel handles of the runs in progress.
struct Runs {
    list: Mutex<Vec<(u64, CancelHandle)>>,
    next: AtomicU64,
}

impl Runs {
    const fn new() -> Runs {
        Runs {
            list: Mutex::new(Vec::new()),
            next: AtomicU64::new(0),
        }
    }

    fn guard(&'static self) -> RunGuard {
        let cancel = CancelHandle::new();
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        self.lock().push((id, cancel.clone()));
        RunGuard {
            cancel,
            id,
            runs: self,
        }
    }

    /// Cancels every run in progress; false when there is none.
    fn cancel_all(&self) -> bool {
        let runs = self.lock().clone();
        for (_, cancel) in &runs {
            cancel.cancel();
        }
        !runs.is_empty()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(u64, CancelHandle)>> {
        self.list.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signal_cancels_every_run_in_progress() {
        static RUNS: Runs = Runs::new();
        install(SignalHandlerKind::Noop).unwrap();
        let outer = RUNS.guard();
        let inner = RUNS.guard();
        assert!(!outer.cancel.is_cancelled());
        assert!(RUNS.cancel_all());
        assert!(outer.cancel.is_cancelled());
        assert!(inner.cancel.is_cancelled());
    }

    #[test]
    fn a_finished_run_is_no_longer_cancelled() {
        static RUNS: Runs = Runs::new();
        let outer = RUNS.guard();
        let inner = RUNS.guard();
        let inner_cancel = inner.cancel.clone();
        drop(inner);
        assert!(RUNS.cancel_all());
        assert!(outer.cancel.is_cancelled());
        assert!(!inner_cancel.is_cancelled());
        drop(outer);
        // Nothing runs: the signal must keep its default meaning.
        assert!(!RUNS.cancel_all());
    }
}
