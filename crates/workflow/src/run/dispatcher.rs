//! The state machine that schedules a run's jobs. A job is ready once
//! every job it `needs` is done; then its `if:` decides, with `success()`,
//! `failure()` and `cancelled()` computed from every job it depends on,
//! directly or not. A job that runs gets its own thread; one that does not
//! is finished on the spot (skipped, cancelled, or failed when its `if:`
//! cannot be evaluated), which may make more jobs ready.
//!
//! At most [`RunRequest::max_jobs`](crate::RunRequest::max_jobs) jobs (or
//! matrix copies) run at a time, by default as many as the machine has
//! cores: a workflow of 3,000 independent jobs would otherwise start 3,000
//! threads and their processes at once, and meet the process limit. Jobs
//! that may wait at a gate (`concurrency:`, `environment:`) are not
//! counted (see [`waits_at_a_gate`]). A thread the machine refuses to
//! start fails its job with the OS error.
//!
//! What the status functions need of a job's ancestors is kept as two
//! flags per job (all succeeded, one failed), computed from its direct
//! needs when it becomes ready: a list of ancestors per job would be
//! quadratic in a long `needs` chain (10,000 jobs: 400 MB).
//!
//! A job that runs is first planned (`matrix`): its matrix, if any, gives
//! one copy of the job per combination. Copies start at most
//! `max-parallel` at a time, each on its own thread with its own cancel
//! handle, so that `fail-fast` can cancel the running ones and drop the
//! queued ones when one fails. The job is done when all its copies are.

use std::collections::BTreeMap;
use std::sync::mpsc;

use serde_json::Value;

use super::matrix::{Plan, aggregate};
use super::{JobDone, Run};
use crate::eval::{self, Status};
use crate::model::Job;
use crate::step::CancelHandle;
use crate::{JobResult, RunEvent, WorkflowError};

/// What a job's thread sends back: the job's index, the copy's index in
/// its plan, and how it ended.
type Finished = (usize, usize, std::thread::Result<JobDone>);

/// A copy of a job to start: indexes as in [`Finished`], the copy, its
/// `needs` context and its cancel handle.
type Start = (usize, usize, Job, Value, CancelHandle);

/// A planned job whose copies are running or waiting.
struct Running {
    plan: Plan,
    needs: Value,
    /// Copies started so far (they start in order).
    next: usize,
    /// Copies running now.
    running: usize,
    handles: Vec<Option<CancelHandle>>,
    done: Vec<Option<JobDone>>,
    /// Indexes of the copies in the order they finished.
    order: Vec<usize>,
    /// The run was already cancelled when the job was planned (its `if:`
    /// asked for it), so its copies all run.
    planned_cancelled: bool,
}

/// Whether a job may wait before it runs a step: for its `concurrency:`
/// group, or for its environment's approval or wait timer. Such a job does
/// not count against [`RunRequest::max_jobs`](crate::RunRequest::max_jobs):
/// waiting, it holds no runner on GitHub either, and counting it would
/// let the number of cores decide which job a concurrency group cancels.
fn waits_at_a_gate(job: &Job) -> bool {
    job.concurrency.is_some() || job.environment.is_some()
}

/// What a job's status functions need of its ancestors' results.
#[derive(Debug, Clone, Copy, Default)]
struct Ancestry {
    all_succeeded: bool,
    one_failed: bool,
}

/// Which jobs are done, started or waiting, and what each depends on.
struct Dispatcher<'r, 'a> {
    run: &'r Run<'a>,
    jobs: &'r [Job],
    index: BTreeMap<&'r str, usize>,
    /// For each job, the jobs it `needs`.
    deps: Vec<Vec<usize>>,
    /// For each job that became ready: whether every job it depends on,
    /// directly or not, succeeded, and whether one of them failed.
    ancestry: Vec<Ancestry>,
    done: Vec<Option<JobDone>>,
    started: Vec<bool>,
    /// For each job being run, its copies.
    running: Vec<Option<Running>>,
}

impl Run<'_> {
    /// Runs every job in dependency order; one `JobDone` per job, in file order.
    pub(super) fn schedule(&self) -> Result<Vec<JobDone>, WorkflowError> {
        let mut dispatcher = Dispatcher::new(self);
        let limit = self.req.max_jobs.map_or_else(
            || std::thread::available_parallelism().map_or(1, |n| n.get()),
            |n| n.get(),
        );
        std::thread::scope(|scope| -> Result<(), WorkflowError> {
            let (tx, rx) = mpsc::channel::<Finished>();
            // Threads running, and those of them that count against `limit`.
            let (mut running, mut counted) = (0usize, 0usize);
            loop {
                dispatcher.ready();
                let mut refused = false;
                let room = limit.saturating_sub(counted);
                for (i, copy, job, needs, cancel) in dispatcher.startable(room) {
                    let counts = !waits_at_a_gate(&dispatcher.jobs[i]);
                    let tx = tx.clone();
                    let id = job.id.clone();
                    let spawned = std::thread::Builder::new()
                        .name(format!("devpath-job-{i}-{copy}"))
                        .spawn_scoped(scope, move || {
                            let result =
                                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                                    self.run_job(&job, needs, cancel)
                                }));
                            let _ = tx.send((i, copy, result));
                        });
                    match spawned {
                        Ok(_) => {
                            running += 1;
                            counted += usize::from(counts);
                        }
                        Err(e) => {
                            refused = true;
                            let message = i18n::t!(
                                "workflow-cannot-start-job",
                                job = id.as_str(),
                                error = e.to_string()
                            );
                            let done = self.failed_to_start(&id, &message);
                            dispatcher.finished((i, copy, Ok(done)))?;
                        }
                    }
                }
                if refused {
                    // Jobs that failed to start may make others ready.
                    continue;
                }
                if running == 0 {
                    return Ok(());
                }
                let Ok(finished) = rx.recv() else {
                    return Err(WorkflowError::Internal("job threads disappeared".into()));
                };
                running -= 1;
                counted -= usize::from(!waits_at_a_gate(&dispatcher.jobs[finished.0]));
                dispatcher.finished(finished)?;
            }
        })?;
        Ok(dispatcher.into_done())
    }

    /// A job that did not run: skipped, or cancelled before it started.
    pub(super) fn not_run(&self, job: &Job, result: JobResult) -> JobDone {
        self.emit(RunEvent::JobFinished {
            job: job.id.clone(),
            result,
        });
        JobDone::empty(job.id.clone(), result)
    }

    fn job_should_run(&self, job: &Job, needs: &Value, status: Status) -> Result<bool, String> {
        let Some(cond) = &job.cond else {
            return Ok(status.success);
        };
        let contexts = self.base_contexts(job, needs);
        eval::condition(&cond.value, &contexts, status).map_err(|e| {
            format!(
                "{}:{}:{}: {}",
                self.wf.file,
                cond.pos.line,
                cond.pos.col,
                crate::cannot_evaluate(&i18n::t!("workflow-eval-job-if"), &e.message)
            )
        })
    }

    /// A job whose `if:` could not be evaluated, or whose thread could not
    /// be started: it starts and fails at once.
    fn failed_to_start(&self, id: &str, message: &str) -> JobDone {
        self.emit(RunEvent::JobStarted {
            job: id.to_string(),
            name: id.to_string(),
        });
        self.log(id, 0, message);
        self.emit(RunEvent::JobFinished {
            job: id.to_string(),
            result: JobResult::Failure,
        });
        JobDone::empty(id.to_string(), JobResult::Failure)
    }
}

impl<'r, 'a> Dispatcher<'r, 'a> {
    fn new(run: &'r Run<'a>) -> Self {
        let jobs = &run.wf.jobs[..];
        let index: BTreeMap<&str, usize> = jobs
            .iter()
            .enumerate()
            .map(|(i, j)| (j.id.as_str(), i))
            .collect();
        let deps: Vec<Vec<usize>> = jobs
            .iter()
            .map(|j| {
                j.needs
                    .iter()
                    .filter_map(|d| index.get(d.as_str()).copied())
                    .collect()
            })
            .collect();
        Dispatcher {
            run,
            jobs,
            index,
            ancestry: vec![Ancestry::default(); jobs.len()],
            deps,
            done: vec![None; jobs.len()],
            started: vec![false; jobs.len()],
            running: jobs.iter().map(|_| None).collect(),
        }
    }

    /// Decides every job whose needs are done and that was not started
    /// yet, until no more become ready, and plans the ones to run (see
    /// [`Dispatcher::startable`]). The others are done when this returns.
    fn ready(&mut self) {
        let mut progressed = true;
        while progressed {
            progressed = false;
            for i in 0..self.jobs.len() {
                if self.started[i] || self.deps[i].iter().any(|&d| self.done[d].is_none()) {
                    continue;
                }
                self.started[i] = true;
                let job = &self.jobs[i];
                let needs = self.run.needs_context(job, &self.done, &self.index);
                let status = self.status(i);
                match self.run.job_should_run(job, &needs, status) {
                    Ok(true) => match self.run.plan(job, &needs) {
                        Ok(plan) => {
                            self.running[i] = Some(Running {
                                handles: vec![None; plan.jobs.len()],
                                done: plan.jobs.iter().map(|_| None).collect(),
                                plan,
                                needs,
                                next: 0,
                                running: 0,
                                order: Vec::new(),
                                planned_cancelled: self.run.cancelled(),
                            });
                        }
                        Err(message) => {
                            self.done[i] = Some(self.run.failed_to_start(&job.id, &message));
                            progressed = true;
                        }
                    },
                    Ok(false) => {
                        let result = if status.cancelled {
                            JobResult::Cancelled
                        } else {
                            JobResult::Skipped
                        };
                        self.done[i] = Some(self.run.not_run(job, result));
                        progressed = true;
                    }
                    Err(message) => {
                        self.done[i] = Some(self.run.failed_to_start(&job.id, &message));
                        progressed = true;
                    }
                }
            }
        }
    }

    /// The copies that may start now, at most `room`: each planned job's
    /// next ones, up to its `max-parallel`, in file order. Once the run is
    /// cancelled, copies still waiting end cancelled instead.
    fn startable(&mut self, room: usize) -> Vec<Start> {
        let mut out = Vec::new();
        let mut counted = 0;
        for i in 0..self.jobs.len() {
            let Some(running) = self.running[i].as_mut() else {
                continue;
            };
            let gated = waits_at_a_gate(&self.jobs[i]);
            while running.next < running.plan.jobs.len()
                && running.running < running.plan.max_parallel
                && (gated || counted < room || self.run.cancelled() && !running.planned_cancelled)
            {
                let copy = running.next;
                running.next += 1;
                if self.run.cancelled() && !running.planned_cancelled {
                    let job = &running.plan.jobs[copy];
                    running.done[copy] = Some(self.run.not_run(job, JobResult::Cancelled));
                    running.order.push(copy);
                    continue;
                }
                let cancel = self.run.cancel.child();
                running.handles[copy] = Some(cancel.clone());
                running.running += 1;
                counted += usize::from(!gated);
                let job = running.plan.jobs[copy].clone();
                out.push((i, copy, job, running.needs.clone(), cancel));
            }
            self.complete(i);
        }
        out
    }

    /// Once every copy of job `i` is done, the job is.
    fn complete(&mut self, i: usize) {
        let all_done = self.running[i]
            .as_ref()
            .is_some_and(|r| r.running == 0 && r.done.iter().all(Option::is_some));
        if !all_done {
            return;
        }
        if let Some(running) = self.running[i].take() {
            let done: Vec<JobDone> = running.done.into_iter().flatten().collect();
            self.done[i] = Some(aggregate(
                &self.jobs[i],
                &running.plan,
                done,
                &running.order,
            ));
        }
    }

    /// `fail-fast`: a combination failed (and `continue-on-error` does not
    /// allow it), so the running ones are cancelled and the waiting ones
    /// end cancelled without starting.
    fn fail_fast(&mut self, i: usize, failed: usize) {
        let run = self.run;
        let Some(running) = self.running[i].as_mut() else {
            return;
        };
        // GitHub's words, with devpath's names for the combinations.
        let why = format!(
            "The strategy configuration was cancelled because \"{}\" failed (fail-fast).",
            running.plan.jobs[failed].id
        );
        for (copy, handle) in running.handles.iter().enumerate() {
            if let (Some(handle), None) = (handle, &running.done[copy]) {
                run.log(&running.plan.jobs[copy].id, 0, &why);
                handle.cancel();
            }
        }
        while running.next < running.plan.jobs.len() {
            let copy = running.next;
            running.next += 1;
            run.log(&running.plan.jobs[copy].id, 0, &why);
            running.done[copy] = Some(run.not_run(&running.plan.jobs[copy], JobResult::Cancelled));
            running.order.push(copy);
        }
    }

    /// The status functions the `if:` of job `i`, whose needs are all
    /// done, sees; records its [`Ancestry`] for the jobs that need it.
    fn status(&mut self, i: usize) -> Status {
        let mut ancestry = Ancestry {
            all_succeeded: true,
            one_failed: false,
        };
        for &d in &self.deps[i] {
            let result = self.done[d].as_ref().map(|done| done.result);
            ancestry.all_succeeded &=
                result == Some(JobResult::Success) && self.ancestry[d].all_succeeded;
            ancestry.one_failed |=
                result == Some(JobResult::Failure) || self.ancestry[d].one_failed;
        }
        self.ancestry[i] = ancestry;
        let cancelled = self.run.cancelled();
        Status {
            success: !cancelled && ancestry.all_succeeded,
            failure: ancestry.one_failed,
            cancelled,
        }
    }

    /// Records a copy's end; a panic in its thread is a devpath bug.
    fn finished(&mut self, (i, copy, result): Finished) -> Result<(), WorkflowError> {
        match result {
            Ok(job_done) => {
                let failed = job_done.result == JobResult::Failure && !job_done.allowed_failure;
                let Some(running) = self.running[i].as_mut() else {
                    return Err(WorkflowError::Internal(format!(
                        "job \"{}\" finished without having started",
                        self.jobs[i].id
                    )));
                };
                running.done[copy] = Some(job_done);
                running.order.push(copy);
                running.running -= 1;
                if failed && running.plan.expanded && running.plan.fail_fast {
                    self.fail_fast(i, copy);
                }
                self.complete(i);
                Ok(())
            }
            Err(panic) => {
                let message = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                Err(WorkflowError::Internal(format!(
                    "job \"{}\" panicked: {message}",
                    self.jobs[i].id
                )))
            }
        }
    }

    /// One `JobDone` per job, in file order.
    fn into_done(self) -> Vec<JobDone> {
        let run = self.run;
        self.done
            .into_iter()
            .zip(self.jobs)
            .map(|(d, job)| d.unwrap_or_else(|| run.not_run(job, JobResult::Skipped)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use std::num::NonZeroUsize;

    use super::super::testing::{job, run, run_request};
    use crate::{JobResult, RunEvent, RunRequest};

    #[test]
    fn job_graph_semantics() {
        use JobResult::*;
        let src = format!(
            "on: push\njobs:\n{}{}{}{}{}{}{}{}",
            job("ok", &[], None, "'true'"),
            job("bad", &[], None, "exit 1"),
            job("after_bad", &["bad"], None, "'true'"),
            job("after_after_bad", &["after_bad"], None, "'true'"),
            job("always", &["after_bad"], Some("always()"), "'true'"),
            job("on_failure", &["after_bad"], Some("failure()"), "'true'"),
            job("on_failure_ok", &["ok"], Some("failure()"), "'true'"),
            job(
                "not_cancelled",
                &["bad"],
                Some("${{ !cancelled() }}"),
                "'true'"
            ),
        );
        let ran = run(&src);
        let table: Vec<(&str, JobResult)> = ran
            .report
            .jobs
            .iter()
            .map(|j| (j.id.as_str(), j.result))
            .collect();
        assert_eq!(
            table,
            [
                ("ok", Success),
                ("bad", Failure),
                ("after_bad", Skipped),
                ("after_after_bad", Skipped),
                ("always", Success),
                ("on_failure", Success),
                ("on_failure_ok", Skipped),
                ("not_cancelled", Success),
            ]
        );
        assert_eq!(ran.report.conclusion, Failure);
    }

    #[test]
    fn false_condition_skips_and_success_concludes() {
        let src = format!(
            "on: push\njobs:\n{}{}",
            job("a", &[], Some("github.ref == 'refs/heads/dev'"), "'true'"),
            job("b", &["a"], None, "'true'"),
        );
        let ran = run(&src);
        assert_eq!(ran.result("a"), JobResult::Skipped);
        assert_eq!(ran.result("b"), JobResult::Skipped);
        assert_eq!(ran.report.conclusion, JobResult::Success);
    }

    #[test]
    fn independent_jobs_run_in_parallel() {
        let src = format!(
            "on: push\njobs:\n{}{}{}",
            job("a", &[], None, "sleep 0.6"),
            job("b", &[], None, "sleep 0.6"),
            job("c", &["a", "b"], None, "'true'"),
        );
        let start = Instant::now();
        // Two at a time even on a machine with one core.
        let ran = run_request(&src, |req| RunRequest {
            max_jobs: NonZeroUsize::new(2),
            ..req
        });
        let elapsed = start.elapsed();
        assert_eq!(ran.result("c"), JobResult::Success);
        assert!(elapsed < Duration::from_millis(1100), "{elapsed:?}");
    }

    /// Which jobs were running at the same time, at most, from the order of
    /// their `JobStarted` and `JobFinished` events.
    fn most_at_once(events: &[RunEvent]) -> usize {
        let (mut now, mut most) = (0usize, 0usize);
        for event in events {
            match event {
                RunEvent::JobStarted { .. } => now += 1,
                RunEvent::JobFinished { .. } => now = now.saturating_sub(1),
                _ => continue,
            }
            most = most.max(now);
        }
        most
    }

    #[test]
    fn max_jobs_runs_that_many_at_a_time_matrix_copies_included() {
        let src = format!(
            "on: push\njobs:\n{}{}{}  m:\n    runs-on: x\n    strategy:\n      matrix:\n        n: [1, 2, 3]\n    steps:\n      - run: sleep 0.1\n",
            job("a", &[], None, "sleep 0.1"),
            job("b", &[], None, "sleep 0.1"),
            job("c", &[], None, "sleep 0.1"),
        );
        let one = run_request(&src, |req| RunRequest {
            max_jobs: NonZeroUsize::new(1),
            ..req
        });
        assert_eq!(one.report.conclusion, JobResult::Success);
        assert_eq!(most_at_once(&one.events), 1);
        let two = run_request(&src, |req| RunRequest {
            max_jobs: NonZeroUsize::new(2),
            ..req
        });
        assert_eq!(most_at_once(&two.events), 2);
    }

    /// A chain of needs is decided from each job's direct needs: every job
    /// after a failure is skipped, an `always()` at the end still runs and
    /// sees `failure()`.
    #[test]
    fn a_long_needs_chain_carries_the_status_along() {
        let mut src = String::from("on: push\njobs:\n");
        src += &job("j0", &[], None, "exit 1");
        for i in 1..300 {
            src += &job(&format!("j{i}"), &[&format!("j{}", i - 1)], None, "'true'");
        }
        src += &job("last", &["j299"], Some("always() && failure()"), "'true'");
        let ran = run(&src);
        assert_eq!(ran.result("j0"), JobResult::Failure);
        assert_eq!(ran.result("j299"), JobResult::Skipped);
        assert_eq!(ran.result("last"), JobResult::Success);
    }

    /// A job waiting for its concurrency group takes no slot: with one
    /// slot, `second` waiting for `first` would hold back `slow`, so
    /// `third` would come too late to cancel it.
    #[test]
    fn a_job_waiting_for_its_group_holds_no_slot() {
        let src = "on: push
jobs:
  first:
    runs-on: x
    concurrency: deploy
    steps:
      - run: sleep 1
  quick:
    runs-on: x
    steps:
      - run: 'true'
  second:
    needs: quick
    runs-on: x
    concurrency: deploy
    steps:
      - run: 'true'
  slow:
    needs: quick
    runs-on: x
    steps:
      - run: sleep 0.3
  third:
    needs: slow
    runs-on: x
    concurrency: deploy
    steps:
      - run: 'true'
";
        let ran = run_request(src, |req| RunRequest {
            max_jobs: NonZeroUsize::new(1),
            ..req
        });
        assert_eq!(ran.result("first"), JobResult::Success);
        assert_eq!(ran.result("second"), JobResult::Cancelled);
        assert_eq!(ran.result("third"), JobResult::Success);
    }
}
