//! The state machine that schedules a run's jobs. A job is ready once
//! every job it `needs` is done; then its `if:` decides, with `success()`,
//! `failure()` and `cancelled()` computed from every job it depends on,
//! directly or not. A job that runs gets its own thread; one that does not
//! is finished on the spot (skipped, cancelled, or failed when its `if:`
//! cannot be evaluated), which may make more jobs ready.

use std::collections::BTreeMap;
use std::sync::mpsc;

use serde_json::Value;

use super::{JobDone, Run};
use crate::eval::{self, Status};
use crate::model::Job;
use crate::{JobResult, RunEvent, WorkflowError};

/// What a job's thread sends back: its index and how it ended.
type Finished = (usize, std::thread::Result<JobDone>);

/// Which jobs are done, started or waiting, and what each depends on.
struct Dispatcher<'r, 'a> {
    run: &'r Run<'a>,
    jobs: &'r [Job],
    index: BTreeMap<&'r str, usize>,
    /// For each job, the jobs it `needs`.
    deps: Vec<Vec<usize>>,
    /// For each job, the jobs it depends on directly or transitively.
    ancestors: Vec<Vec<usize>>,
    done: Vec<Option<JobDone>>,
    started: Vec<bool>,
}

impl Run<'_> {
    /// Runs every job in dependency order; one `JobDone` per job, in file order.
    pub(super) fn schedule(&self) -> Result<Vec<JobDone>, WorkflowError> {
        let mut dispatcher = Dispatcher::new(self);
        std::thread::scope(|scope| -> Result<(), WorkflowError> {
            let (tx, rx) = mpsc::channel::<Finished>();
            let mut running = 0usize;
            loop {
                for (i, needs) in dispatcher.ready() {
                    running += 1;
                    let tx = tx.clone();
                    let job = &self.wf.jobs[i];
                    scope.spawn(move || {
                        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                            self.run_job(job, needs)
                        }));
                        let _ = tx.send((i, result));
                    });
                }
                if running == 0 {
                    return Ok(());
                }
                let Ok(finished) = rx.recv() else {
                    return Err(WorkflowError::Internal("job threads disappeared".into()));
                };
                running -= 1;
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
                "{}:{}:{}: cannot evaluate the job's `if`: {}",
                self.wf.file, cond.pos.line, cond.pos.col, e.message
            )
        })
    }

    /// A job whose `if:` could not be evaluated: it starts and fails at once.
    fn failed_to_start(&self, job: &Job, message: &str) -> JobDone {
        self.emit(RunEvent::JobStarted {
            job: job.id.clone(),
            name: job.id.clone(),
        });
        self.log(&job.id, 0, message);
        self.emit(RunEvent::JobFinished {
            job: job.id.clone(),
            result: JobResult::Failure,
        });
        JobDone::empty(job.id.clone(), JobResult::Failure)
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
            ancestors: ancestors(&deps),
            deps,
            done: vec![None; jobs.len()],
            started: vec![false; jobs.len()],
        }
    }

    /// Decides every job whose needs are done and that was not started
    /// yet, until no more become ready; returns the ones to run, each with
    /// its `needs` context. The others are done when this returns.
    fn ready(&mut self) -> Vec<(usize, Value)> {
        let mut to_run = Vec::new();
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
                    Ok(true) => to_run.push((i, needs)),
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
                        self.done[i] = Some(self.run.failed_to_start(job, &message));
                        progressed = true;
                    }
                }
            }
        }
        to_run
    }

    /// The status functions a job's `if:` sees.
    fn status(&self, i: usize) -> Status {
        let results: Vec<JobResult> = self.ancestors[i]
            .iter()
            .filter_map(|&a| self.done[a].as_ref().map(|d| d.result))
            .collect();
        let cancelled = self.run.cancelled();
        Status {
            success: !cancelled && results.iter().all(|r| *r == JobResult::Success),
            failure: results.contains(&JobResult::Failure),
            cancelled,
        }
    }

    /// Records a job's end; a panic in its thread is a devpath bug.
    fn finished(&mut self, (i, result): Finished) -> Result<(), WorkflowError> {
        match result {
            Ok(job_done) => {
                self.done[i] = Some(job_done);
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

/// For each job, every job it depends on directly or transitively.
fn ancestors(deps: &[Vec<usize>]) -> Vec<Vec<usize>> {
    (0..deps.len())
        .map(|start| {
            let mut seen = vec![false; deps.len()];
            let mut stack = deps[start].clone();
            let mut out = Vec::new();
            while let Some(d) = stack.pop() {
                if !std::mem::replace(&mut seen[d], true) {
                    out.push(d);
                    stack.extend(&deps[d]);
                }
            }
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::super::testing::{job, run};
    use super::ancestors;
    use crate::JobResult;

    #[test]
    fn ancestors_are_transitive_and_listed_once() {
        // 0 <- 1 <- 3, 0 <- 2 <- 3, 4 alone.
        let deps = vec![vec![], vec![0], vec![0], vec![1, 2], vec![]];
        let mut found = ancestors(&deps);
        for list in &mut found {
            list.sort_unstable();
        }
        assert_eq!(found, [vec![], vec![0], vec![0], vec![0, 1, 2], vec![]]);
    }

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
        let ran = run(&src);
        let elapsed = start.elapsed();
        assert_eq!(ran.result("c"), JobResult::Success);
        assert!(elapsed < Duration::from_millis(1100), "{elapsed:?}");
    }
}
