//! `concurrency:` groups: at most one running and one pending run or job
//! per group, across the runs that share a [`ConcurrencyGroups`].
//!
//! As on GitHub: when a run (or job) arrives in a group that already has a
//! pending one, the pending one is cancelled and the newcomer waits in its
//! place; with `cancel-in-progress: true` the running one is cancelled too.
//! Group names compare without regard to case. Workflow- and job-level
//! groups share one namespace; a job whose group is held by its own run
//! would wait forever, so it is cancelled ("deadlock"), as GitHub does.
//!
//! The waiter sleeps on a condition variable woken whenever a group
//! changes; it also looks at its own cancel handle (Ctrl-C) every
//! [`CANCEL_CHECK`], the only polling, and only while waiting in a group.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Duration;

use super::step::CancelHandle;

/// How often a pending run or job checks its own cancel handle.
const CANCEL_CHECK: Duration = Duration::from_millis(50);

/// The state of `concurrency:` groups, shared by runs (clones share it).
///
/// Make one and put a clone in the [`RunRequest`](super::RunRequest) of
/// every run that may overlap (runs executed on other threads); runs with
/// separate `ConcurrencyGroups` never wait for each other.
#[derive(Debug, Clone, Default)]
pub struct ConcurrencyGroups(Arc<Shared>);

#[derive(Debug, Default)]
struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

#[derive(Debug, Default)]
struct State {
    /// Groups with a running or pending holder, by lower-case name.
    groups: BTreeMap<String, Group>,
    /// The last ticket given out.
    last_ticket: u64,
}

#[derive(Debug, Default)]
struct Group {
    running: Option<Holder>,
    pending: Option<Holder>,
}

#[derive(Debug, Clone)]
struct Holder {
    ticket: u64,
    /// The run it belongs to (the run's own ticket).
    run: u64,
    /// Whether it is a whole run (workflow-level group).
    is_run: bool,
    cancel: CancelHandle,
    /// Set when a newer arrival cancelled it in progress.
    cancelled_in_progress: Arc<AtomicBool>,
}

/// Who asks for a place in a group.
#[derive(Debug, Clone)]
pub(crate) struct Claimant {
    /// The run's ticket ([`ConcurrencyGroups::run_ticket`]).
    pub run: u64,
    /// A whole run (workflow level) rather than a job.
    pub is_run: bool,
    /// Cancelled when a newer arrival has `cancel-in-progress: true`; a
    /// pending claimant whose handle is cancelled (Ctrl-C) gives up.
    pub cancel: CancelHandle,
}

/// The answer to [`ConcurrencyGroups::enter`].
#[derive(Debug)]
pub(crate) enum Entry {
    /// Running in the group until the [`Place`] is dropped.
    Running(Place),
    /// A newer run or job took the pending place: this one is cancelled.
    Superseded,
    /// The claimant's own cancel handle was cancelled while it waited.
    Cancelled,
    /// The group is held by the claimant's own run.
    Deadlock,
}

/// A running place in a group; dropping it lets the pending one start.
#[derive(Debug)]
pub(crate) struct Place {
    shared: Arc<Shared>,
    key: String,
    /// The group as written (evaluated).
    group: String,
    ticket: u64,
    cancelled_in_progress: Arc<AtomicBool>,
}

impl Place {
    /// The group's name.
    pub(crate) fn group(&self) -> &str {
        &self.group
    }

    /// Whether a newer arrival with `cancel-in-progress: true` cancelled
    /// the holder of this place.
    pub(crate) fn cancelled_in_progress(&self) -> bool {
        self.cancelled_in_progress.load(Ordering::SeqCst)
    }
}

impl Drop for Place {
    fn drop(&mut self) {
        let mut state = self.shared.lock();
        if let Some(group) = state.groups.get_mut(&self.key) {
            if group
                .running
                .as_ref()
                .is_some_and(|h| h.ticket == self.ticket)
            {
                group.running = None;
            }
            if group.running.is_none() && group.pending.is_none() {
                state.groups.remove(&self.key);
            }
        }
        self.shared.changed.notify_all();
    }
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl ConcurrencyGroups {
    /// A fresh ticket identifying a run.
    pub(crate) fn run_ticket(&self) -> u64 {
        let mut state = self.0.lock();
        state.last_ticket += 1;
        state.last_ticket
    }

    /// Takes the running place in `group` (waiting in the pending place
    /// while another run or job holds it).
    pub(crate) fn enter(&self, group: &str, cancel_in_progress: bool, who: &Claimant) -> Entry {
        let key = group.to_lowercase();
        let mut state = self.0.lock();
        state.last_ticket += 1;
        let ticket = state.last_ticket;
        let flag = Arc::new(AtomicBool::new(false));
        let me = Holder {
            ticket,
            run: who.run,
            is_run: who.is_run,
            cancel: who.cancel.clone(),
            cancelled_in_progress: flag.clone(),
        };
        let g = state.groups.entry(key.clone()).or_default();
        if let Some(running) = &g.running
            && running.is_run
            && !who.is_run
            && running.run == who.run
        {
            return Entry::Deadlock;
        }
        let Some(running) = &g.running else {
            g.running = Some(me);
            return Entry::Running(self.place(key, group, ticket, flag));
        };
        let to_cancel = cancel_in_progress.then(|| {
            running.cancelled_in_progress.store(true, Ordering::SeqCst);
            running.cancel.clone()
        });
        // The old pending one sees it lost its place when it wakes up.
        g.pending = Some(me);
        self.0.changed.notify_all();
        drop(state);
        if let Some(running) = to_cancel {
            running.cancel();
        }
        let mut state = self.0.lock();
        loop {
            let Some(g) = state.groups.get_mut(&key) else {
                return Entry::Superseded;
            };
            if g.pending.as_ref().map(|h| h.ticket) != Some(ticket) {
                return Entry::Superseded;
            }
            if g.running.is_none() {
                g.running = g.pending.take();
                return Entry::Running(self.place(key, group, ticket, flag));
            }
            if who.cancel.is_cancelled() {
                g.pending = None;
                return Entry::Cancelled;
            }
            state = match self.0.changed.wait_timeout(state, CANCEL_CHECK) {
                Ok((s, _)) => s,
                Err(p) => p.into_inner().0,
            };
        }
    }

    /// Whether a run or job waits in `group` (for tests, which must know
    /// that one is queued before the next one arrives).
    #[cfg(test)]
    pub(crate) fn is_pending(&self, group: &str) -> bool {
        self.0
            .lock()
            .groups
            .get(&group.to_lowercase())
            .is_some_and(|g| g.pending.is_some())
    }

    fn place(&self, key: String, group: &str, ticket: u64, flag: Arc<AtomicBool>) -> Place {
        Place {
            shared: self.0.clone(),
            key,
            group: group.to_string(),
            ticket,
            cancelled_in_progress: flag,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    fn claimant(groups: &ConcurrencyGroups) -> Claimant {
        Claimant {
            run: groups.run_ticket(),
            is_run: true,
            cancel: CancelHandle::new(),
        }
    }

    #[test]
    fn a_free_group_is_entered_at_once_and_freed_on_drop() {
        let groups = ConcurrencyGroups::default();
        let a = claimant(&groups);
        let Entry::Running(place) = groups.enter("Deploy", false, &a) else {
            panic!("not running")
        };
        assert_eq!(groups.0.lock().groups.len(), 1);
        drop(place);
        assert!(groups.0.lock().groups.is_empty());
    }

    #[test]
    fn a_newer_arrival_cancels_the_pending_one_and_waits() {
        let groups = ConcurrencyGroups::default();
        let first = claimant(&groups);
        let Entry::Running(place) = groups.enter("g", false, &first) else {
            panic!("not running")
        };
        std::thread::scope(|scope| {
            let g2 = groups.clone();
            let second = scope.spawn(move || {
                let c = claimant(&g2);
                matches!(g2.enter("G", false, &c), Entry::Superseded)
            });
            while groups.0.lock().groups["g"].pending.is_none() {
                std::thread::sleep(Duration::from_millis(5));
            }
            let g3 = groups.clone();
            let third = scope.spawn(move || {
                let c = claimant(&g3);
                let start = Instant::now();
                let entered = matches!(g3.enter("g", false, &c), Entry::Running(_));
                (entered, start.elapsed())
            });
            assert!(second.join().unwrap(), "the pending run was not superseded");
            std::thread::sleep(Duration::from_millis(100));
            assert!(!first.cancel.is_cancelled());
            drop(place);
            let (entered, waited) = third.join().unwrap();
            assert!(entered);
            assert!(waited >= Duration::from_millis(100), "{waited:?}");
        });
    }

    #[test]
    fn cancel_in_progress_cancels_the_running_one() {
        let groups = ConcurrencyGroups::default();
        let first = claimant(&groups);
        let Entry::Running(place) = groups.enter("g", true, &first) else {
            panic!("not running")
        };
        std::thread::scope(|scope| {
            let g2 = groups.clone();
            let second = scope.spawn(move || {
                let c = claimant(&g2);
                matches!(g2.enter("g", true, &c), Entry::Running(_))
            });
            while !first.cancel.is_cancelled() {
                std::thread::sleep(Duration::from_millis(5));
            }
            drop(place);
            assert!(second.join().unwrap());
        });
    }

    #[test]
    fn a_job_in_its_own_runs_group_is_a_deadlock() {
        let groups = ConcurrencyGroups::default();
        let run = claimant(&groups);
        let _place = groups.enter("g", false, &run);
        let job = Claimant {
            is_run: false,
            ..run.clone()
        };
        assert!(matches!(groups.enter("g", false, &job), Entry::Deadlock));
    }

    #[test]
    fn a_pending_claimant_gives_up_when_cancelled() {
        let groups = ConcurrencyGroups::default();
        let first = claimant(&groups);
        let _place = groups.enter("g", false, &first);
        let second = claimant(&groups);
        let handle = second.cancel.clone();
        std::thread::scope(|scope| {
            let waiter =
                scope.spawn(|| matches!(groups.enter("g", false, &second), Entry::Cancelled));
            std::thread::sleep(Duration::from_millis(50));
            handle.cancel();
            assert!(waiter.join().unwrap());
        });
        assert!(groups.0.lock().groups["g"].pending.is_none());
    }
}
