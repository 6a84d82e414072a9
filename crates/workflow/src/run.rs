//! Executing a workflow: the job graph and each job's steps.
//!
//! # Jobs
//! A job starts once every job it `needs` has finished; independent jobs
//! run at the same time, each on its own thread. Its `if:` (default
//! `success()`) sees `success()` true when every job it depends on,
//! directly or not, succeeded, and `failure()` true when one of them failed.
//! So a failed or skipped job skips its dependents unless their `if:` uses
//! `always()`, `failure()` or `!cancelled()`.
//!
//! # Steps
//! Each job gets a fresh workspace (`work_root/<job>/workspace`) and runner
//! temp folder, like a fresh GitHub runner. A step's environment is the
//! host's (minus `GITHUB_*`/`RUNNER_*`), then `RunRequest::env`, then what
//! earlier steps wrote to `$GITHUB_ENV`, then the workflow's, job's and
//! step's `env:` (as on GitHub, `env:` from the file wins over
//! `$GITHUB_ENV`), then the standard `GITHUB_*` variables.
//!
//! # Environments and concurrency
//! On its own thread, a job that may start (needs done, `if:` true)
//! evaluates its `environment:` name, enters its job-level `concurrency:`
//! group (waiting while another job holds it), emits `JobStarted`, asks for
//! an approval when the environment has reviewers, waits the environment's
//! wait timer, and only then runs its steps, with the environment's `vars`
//! and `secrets` over the repository's. `environment.url` is evaluated at
//! the end, so it can use step outputs. The whole run first enters the
//! workflow-level group, if any. Each job runs with a child of the run's
//! [`CancelHandle`](step::CancelHandle), so a newer job in its group can
//! cancel it alone. An approver that is asking is not interrupted by a
//! cancellation; the job ends once it has its answer.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, mpsc};
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};

use super::concurrency::{Claimant, Entry, Place};
use super::eval::{self, Status};
use super::mask::Masker;
use super::model::{Action, Concurrency, Flag, Job, Pairs, Step, Text, Workflow};
use super::step::{self, Exit};
use super::{
    ApprovalDecision, ApprovalRequest, Diagnostic, EnvironmentRules, Event, JobEnvironment,
    JobReport, JobResult, RunEvent, RunReport, RunRequest, Severity, StepReport, WorkflowError,
};

/// GitHub's default job timeout: 360 minutes.
const DEFAULT_JOB_MINUTES: f64 = 360.0;

struct Run<'a> {
    wf: &'a Workflow,
    req: &'a RunRequest,
    on_event: &'a (dyn Fn(RunEvent) + Sync),
    cancel: &'a step::CancelHandle,
    masker: Mutex<Masker>,
    /// Each secret by name, to notice one printed to the log (it is masked
    /// there, but printing it was a leak all the same).
    secrets_by_name: Vec<(String, Masker)>,
    /// Names of the secrets the steps printed.
    printed_secrets: Mutex<std::collections::BTreeSet<String>>,
    /// `github` without the per-job fields.
    github: Map<String, Value>,
    inputs: Map<String, Value>,
    git_ref: String,
    /// Host variables a step must not inherit (`GITHUB_*`, `RUNNER_*`, …).
    hidden_host_vars: Vec<String>,
    host_path: String,
    /// This run's ticket in the shared `concurrency:` groups.
    ticket: u64,
}

/// What a finished job hands to the jobs that need it.
#[derive(Debug, Clone)]
struct JobDone {
    name: String,
    result: JobResult,
    outputs: BTreeMap<String, String>,
    steps: Vec<StepReport>,
    environment: Option<JobEnvironment>,
    approval: Option<ApprovalDecision>,
}

impl JobDone {
    /// A job that ran no step.
    fn empty(name: String, result: JobResult) -> JobDone {
        JobDone {
            name,
            result,
            outputs: BTreeMap::new(),
            steps: Vec::new(),
            environment: None,
            approval: None,
        }
    }
}

pub(crate) fn execute(
    wf: &Workflow,
    req: &RunRequest,
    cancel: &step::CancelHandle,
    on_event: &(dyn Fn(RunEvent) + Sync),
) -> Result<RunReport, WorkflowError> {
    let inputs = match &req.event {
        Event::WorkflowDispatch { inputs } => wf.resolve_inputs(inputs)?,
        Event::Push { .. } => Map::new(),
    };
    fs::create_dir_all(&req.work_root).map_err(|source| WorkflowError::Workspace {
        path: req.work_root.clone(),
        source,
    })?;
    let git_ref = match &req.event {
        Event::Push { git_ref } => git_ref.clone(),
        Event::WorkflowDispatch { .. } => "refs/heads/main".to_string(),
    };
    let run = Run {
        wf,
        req,
        on_event,
        cancel,
        // Environment secrets are masked from the start, in every job:
        // masking must never miss.
        masker: Mutex::new(Masker::with_secrets(
            req.secrets
                .values()
                .chain(req.environments.iter().flat_map(|e| e.secrets.values()))
                .map(String::as_str),
        )),
        secrets_by_name: req
            .secrets
            .iter()
            .chain(req.environments.iter().flat_map(|e| e.secrets.iter()))
            .map(|(name, value)| (name.clone(), Masker::with_secrets([value.as_str()])))
            .collect(),
        printed_secrets: Mutex::new(Default::default()),
        github: github_context(wf, req, &git_ref, &inputs),
        inputs,
        git_ref,
        hidden_host_vars: std::env::vars_os()
            .filter_map(|(k, _)| k.into_string().ok())
            .filter(|k| {
                ["GITHUB_", "RUNNER_", "ACTIONS_", "INPUT_"]
                    .iter()
                    .any(|p| k.starts_with(p))
            })
            .collect(),
        host_path: std::env::var("PATH").unwrap_or_else(|_| "/usr/local/bin:/usr/bin:/bin".into()),
        ticket: req.concurrency.run_ticket(),
    };
    let event_file = req.work_root.join("event.json");
    let event = run.github.get("event").cloned().unwrap_or(Value::Null);
    fs::write(&event_file, event.to_string()).map_err(|source| WorkflowError::Workspace {
        path: event_file.clone(),
        source,
    })?;
    let done = match run.enter_workflow_group() {
        Ok(place) => {
            let done = run.schedule()?;
            if let Some(place) = place {
                run.report_cancelled_in_progress(None, &place);
            }
            done
        }
        Err(result) => wf.jobs.iter().map(|job| run.not_run(job, result)).collect(),
    };
    let jobs: Vec<JobReport> = wf
        .jobs
        .iter()
        .zip(done)
        .map(|(job, done)| JobReport {
            id: job.id.clone(),
            name: done.name,
            result: done.result,
            needs: job.needs.clone(),
            outputs: done.outputs,
            steps: done.steps,
            environment: done.environment,
            approval: done.approval,
        })
        .collect();
    let conclusion = if cancel.is_cancelled() {
        JobResult::Cancelled
    } else if jobs.iter().any(|j| j.result == JobResult::Failure) {
        JobResult::Failure
    } else if jobs.iter().any(|j| j.result == JobResult::Cancelled) {
        JobResult::Cancelled
    } else {
        JobResult::Success
    };
    let printed_secrets = run
        .printed_secrets
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .iter()
        .cloned()
        .collect();
    Ok(RunReport {
        workflow: wf.file.clone(),
        name: wf.name.clone(),
        event: req.event.name().to_string(),
        conclusion,
        jobs,
        printed_secrets,
    })
}

fn github_context(
    wf: &Workflow,
    req: &RunRequest,
    git_ref: &str,
    inputs: &Map<String, Value>,
) -> Map<String, Value> {
    let (ref_name, ref_type) = match git_ref.strip_prefix("refs/tags/") {
        Some(tag) => (tag, "tag"),
        None => (
            git_ref.strip_prefix("refs/heads/").unwrap_or(git_ref),
            "branch",
        ),
    };
    let owner = req.repository.split('/').next().unwrap_or_default();
    let name = req.repository.split('/').nth(1).unwrap_or_default();
    let repository = json!({
        "full_name": req.repository,
        "name": name,
        "owner": { "login": owner, "name": owner },
        "default_branch": "main",
    });
    let event = match &req.event {
        Event::Push { .. } => json!({
            "ref": git_ref,
            "after": req.sha,
            "before": "0".repeat(40),
            "head_commit": { "id": req.sha },
            "pusher": { "name": req.actor },
            "repository": repository,
        }),
        Event::WorkflowDispatch { .. } => {
            let as_text: Map<String, Value> = inputs
                .iter()
                .map(|(k, v)| (k.clone(), Value::String(eval::display(v))))
                .collect();
            json!({ "inputs": as_text, "ref": git_ref, "repository": repository })
        }
    };
    let value = json!({
        "sha": req.sha,
        "ref": git_ref,
        "ref_name": ref_name,
        "ref_type": ref_type,
        "event_name": req.event.name(),
        "event": event,
        "actor": req.actor,
        "triggering_actor": req.actor,
        "repository": req.repository,
        "repository_owner": owner,
        "run_id": req.run_id.to_string(),
        "run_number": req.run_number.to_string(),
        "run_attempt": "1",
        "workflow": wf.name.clone().unwrap_or_else(|| wf.file.clone()),
        "server_url": "https://github.com",
        "api_url": "https://api.github.com",
        "base_ref": "",
        "head_ref": "",
        "action": "",
        "event_path": req.work_root.join("event.json").to_string_lossy(),
    });
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

fn obj(pairs: &BTreeMap<String, String>) -> Value {
    Value::Object(
        pairs
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect(),
    )
}

impl Run<'_> {
    fn emit(&self, event: RunEvent) {
        (self.on_event)(event);
    }

    fn cancelled(&self) -> bool {
        self.cancel.is_cancelled()
    }

    fn mask(&self, text: &str) -> String {
        match self.masker.lock() {
            Ok(m) => m.mask(text),
            Err(poisoned) => poisoned.into_inner().mask(text),
        }
    }

    fn add_mask(&self, value: &str) {
        match self.masker.lock() {
            Ok(mut m) => m.add(value),
            Err(poisoned) => poisoned.into_inner().add(value),
        }
    }

    fn log(&self, job: &str, step: usize, line: &str) {
        for (name, masker) in &self.secrets_by_name {
            if masker.mask(line) != line {
                self.printed_secrets
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(name.clone());
            }
        }
        self.emit(RunEvent::Log {
            job: job.to_string(),
            step,
            line: self.mask(line),
        });
    }

    fn warn(&self, pos: super::yaml::Pos, message: String) {
        self.emit(RunEvent::Warning {
            diagnostic: Diagnostic {
                file: self.wf.file.clone(),
                line: pos.line,
                col: pos.col,
                severity: Severity::Warning,
                message: self.mask(&message),
            },
        });
    }

    /// Enters the workflow's `concurrency:` group, if any (waiting while
    /// another run holds it). `Err` with the result every job gets when
    /// the run must not start.
    fn enter_workflow_group(&self) -> Result<Option<Place>, JobResult> {
        let Some(concurrency) = &self.wf.concurrency else {
            return Ok(None);
        };
        let mut contexts = Map::new();
        contexts.insert("github".into(), Value::Object(self.github.clone()));
        contexts.insert("inputs".into(), Value::Object(self.inputs.clone()));
        contexts.insert("vars".into(), obj(&self.req.vars));
        let (group, cancel_in_progress) = match self.evaluate_group(concurrency, &contexts) {
            Ok(found) => found,
            Err(message) => {
                self.emit(RunEvent::Warning {
                    diagnostic: Diagnostic {
                        file: self.wf.file.clone(),
                        line: concurrency.group.pos.line,
                        col: concurrency.group.pos.col,
                        severity: Severity::Error,
                        message: self.mask(&message),
                    },
                });
                return Err(JobResult::Failure);
            }
        };
        let claimant = Claimant {
            run: self.ticket,
            is_run: true,
            cancel: self.cancel.clone(),
        };
        match self
            .req
            .concurrency
            .enter(&group, cancel_in_progress, &claimant)
        {
            Entry::Running(place) => Ok(Some(place)),
            Entry::Superseded => {
                self.emit(RunEvent::ConcurrencyCancelled {
                    job: None,
                    message: self.mask(&superseded_message(&group)),
                    group: self.mask(&group),
                });
                Err(JobResult::Cancelled)
            }
            // A run cannot hold a group before it starts.
            Entry::Cancelled | Entry::Deadlock => Err(JobResult::Cancelled),
        }
    }

    /// A `concurrency:`'s group name and `cancel-in-progress`.
    fn evaluate_group(
        &self,
        concurrency: &Concurrency,
        contexts: &Map<String, Value>,
    ) -> Result<(String, bool), String> {
        let group =
            eval::render(&concurrency.group.value, contexts, Status::SUCCESS).map_err(|e| {
                self.at(
                    &concurrency.group,
                    &format!("cannot evaluate the `concurrency` group: {}", e.message),
                )
            })?;
        if group.trim().is_empty() {
            return Err(self.at(
                &concurrency.group,
                "the `concurrency` group is empty; give it a name, e.g. `group: deploy-${{ github.ref }}`",
            ));
        }
        let cancel = match &concurrency.cancel_in_progress {
            Flag::Fixed(b) => *b,
            Flag::Expr(text) => match eval::value(&text.value, contexts, Status::SUCCESS) {
                Ok(Value::String(s)) => s.trim() == "true",
                Ok(v) => super::expr::truthy(&v),
                Err(e) => {
                    return Err(self.at(
                        text,
                        &format!("cannot evaluate `cancel-in-progress`: {}", e.message),
                    ));
                }
            },
        };
        Ok((group, cancel))
    }

    /// Emits [`RunEvent::ConcurrencyCancelled`] when a newer arrival in
    /// the place's group cancelled this run or job while it ran.
    fn report_cancelled_in_progress(&self, job: Option<&str>, place: &Place) {
        if place.cancelled_in_progress() {
            self.emit(RunEvent::ConcurrencyCancelled {
                job: job.map(String::from),
                message: self.mask(&superseded_message(place.group())),
                group: self.mask(place.group()),
            });
        }
    }

    /// The protection rules and scoped values of an environment, if the
    /// request has any for it (names compare without regard to case, as
    /// on GitHub).
    fn rules(&self, name: &str) -> Option<&EnvironmentRules> {
        self.req
            .environments
            .iter()
            .find(|e| e.name.eq_ignore_ascii_case(name))
    }

    /// Runs every job in dependency order; one `JobDone` per job, in file order.
    fn schedule(&self) -> Result<Vec<JobDone>, WorkflowError> {
        let jobs = &self.wf.jobs;
        let n = jobs.len();
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
        let ancestors = ancestors(&deps);
        let mut done: Vec<Option<JobDone>> = vec![None; n];
        let mut started = vec![false; n];
        std::thread::scope(|scope| -> Result<(), WorkflowError> {
            let (tx, rx) = mpsc::channel::<(usize, std::thread::Result<JobDone>)>();
            let mut running = 0usize;
            loop {
                let mut progressed = true;
                while progressed {
                    progressed = false;
                    for i in 0..n {
                        if started[i] || deps[i].iter().any(|&d| done[d].is_none()) {
                            continue;
                        }
                        started[i] = true;
                        let needs = self.needs_context(&jobs[i], &done, &index);
                        let results: Vec<JobResult> = ancestors[i]
                            .iter()
                            .filter_map(|&a| done[a].as_ref().map(|d| d.result))
                            .collect();
                        let cancelled = self.cancelled();
                        let status = Status {
                            success: !cancelled && results.iter().all(|r| *r == JobResult::Success),
                            failure: results.contains(&JobResult::Failure),
                            cancelled,
                        };
                        match self.job_should_run(&jobs[i], &needs, status) {
                            Ok(true) => {
                                running += 1;
                                let tx = tx.clone();
                                let job = &jobs[i];
                                scope.spawn(move || {
                                    let result = std::panic::catch_unwind(
                                        std::panic::AssertUnwindSafe(|| self.run_job(job, needs)),
                                    );
                                    let _ = tx.send((i, result));
                                });
                            }
                            Ok(false) => {
                                done[i] = Some(if cancelled {
                                    self.not_run(&jobs[i], JobResult::Cancelled)
                                } else {
                                    self.not_run(&jobs[i], JobResult::Skipped)
                                });
                                progressed = true;
                            }
                            Err(message) => {
                                let job = &jobs[i];
                                self.emit(RunEvent::JobStarted {
                                    job: job.id.clone(),
                                    name: job.id.clone(),
                                });
                                self.log(&job.id, 0, &message);
                                self.emit(RunEvent::JobFinished {
                                    job: job.id.clone(),
                                    result: JobResult::Failure,
                                });
                                done[i] = Some(JobDone::empty(job.id.clone(), JobResult::Failure));
                                progressed = true;
                            }
                        }
                    }
                }
                if running == 0 {
                    return Ok(());
                }
                let Ok((i, result)) = rx.recv() else {
                    return Err(WorkflowError::Internal("job threads disappeared".into()));
                };
                running -= 1;
                match result {
                    Ok(job_done) => done[i] = Some(job_done),
                    Err(panic) => {
                        let message = panic
                            .downcast_ref::<&str>()
                            .map(|s| s.to_string())
                            .or_else(|| panic.downcast_ref::<String>().cloned())
                            .unwrap_or_default();
                        return Err(WorkflowError::Internal(format!(
                            "job \"{}\" panicked: {message}",
                            jobs[i].id
                        )));
                    }
                }
            }
        })?;
        Ok(done
            .into_iter()
            .zip(jobs)
            .map(|(d, job)| d.unwrap_or_else(|| self.not_run(job, JobResult::Skipped)))
            .collect())
    }

    /// A job that did not run: skipped, or cancelled before it started.
    fn not_run(&self, job: &Job, result: JobResult) -> JobDone {
        self.emit(RunEvent::JobFinished {
            job: job.id.clone(),
            result,
        });
        JobDone::empty(job.id.clone(), result)
    }

    fn needs_context(
        &self,
        job: &Job,
        done: &[Option<JobDone>],
        index: &BTreeMap<&str, usize>,
    ) -> Value {
        let mut needs = Map::new();
        for need in &job.needs {
            if let Some(d) = index.get(need.as_str()).and_then(|&i| done[i].as_ref()) {
                needs.insert(
                    need.clone(),
                    json!({ "result": d.result.as_str(), "outputs": obj(&d.outputs) }),
                );
            }
        }
        Value::Object(needs)
    }

    /// The contexts every expression of a job can see (some are filled later).
    fn base_contexts(&self, job: &Job, needs: &Value) -> Map<String, Value> {
        let mut github = self.github.clone();
        github.insert("job".into(), Value::String(job.id.clone()));
        let mut c = Map::new();
        c.insert("github".into(), Value::Object(github));
        c.insert("needs".into(), needs.clone());
        c.insert("vars".into(), obj(&self.req.vars));
        c.insert("secrets".into(), obj(&self.req.secrets));
        c.insert("inputs".into(), Value::Object(self.inputs.clone()));
        c.insert("strategy".into(), json!({}));
        c.insert("matrix".into(), json!({}));
        c
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

    /// A job that ends before its steps (its environment or concurrency
    /// group could not be evaluated, it was rejected or cancelled).
    fn end_early(&self, job: &Job, done: JobDone, message: Option<&str>) -> JobDone {
        if let Some(message) = message {
            self.log(&job.id, 0, message);
        }
        self.emit(RunEvent::JobFinished {
            job: job.id.clone(),
            result: done.result,
        });
        done
    }

    /// Enters the job's `concurrency:` group; `Err` with how the job ends
    /// when it must not run.
    fn enter_job_group(
        &self,
        job: &Job,
        name: &str,
        contexts: &Map<String, Value>,
        cancel: &step::CancelHandle,
    ) -> Result<Option<Place>, JobResult> {
        let Some(concurrency) = &job.concurrency else {
            return Ok(None);
        };
        let (group, cancel_in_progress) = match self.evaluate_group(concurrency, contexts) {
            Ok(found) => found,
            Err(message) => {
                self.emit(RunEvent::JobStarted {
                    job: job.id.clone(),
                    name: name.to_string(),
                });
                self.log(&job.id, 0, &message);
                return Err(JobResult::Failure);
            }
        };
        let claimant = Claimant {
            run: self.ticket,
            is_run: false,
            cancel: cancel.clone(),
        };
        let message = match self
            .req
            .concurrency
            .enter(&group, cancel_in_progress, &claimant)
        {
            Entry::Running(place) => return Ok(Some(place)),
            Entry::Superseded => superseded_message(&group),
            Entry::Deadlock => format!(
                "Canceling since a deadlock for concurrency group '{group}' was detected between 'top level workflow' and '{}'",
                job.id
            ),
            Entry::Cancelled => return Err(JobResult::Cancelled),
        };
        self.emit(RunEvent::ConcurrencyCancelled {
            job: Some(job.id.clone()),
            group: self.mask(&group),
            message: self.mask(&message),
        });
        Err(JobResult::Cancelled)
    }

    /// Asks for approval when the environment has reviewers (recording the
    /// decision in `done`), then waits its wait timer. `Err` with the job's
    /// result when it must not run: `failure` when rejected, `cancelled`
    /// when cancelled during the wait.
    fn protection_rules(
        &self,
        job: &Job,
        done: &mut JobDone,
        rules: &EnvironmentRules,
        cancel: &step::CancelHandle,
        started_cancelled: bool,
    ) -> Result<(), JobResult> {
        let environment = rules.name.clone();
        if !rules.reviewers.is_empty() {
            self.emit(RunEvent::ApprovalRequested {
                job: job.id.clone(),
                environment: self.mask(&environment),
                sha: self.req.sha.clone(),
            });
            let request = ApprovalRequest {
                job: job.id.clone(),
                environment: environment.clone(),
                sha: self.req.sha.clone(),
                run_number: self.req.run_number,
                reviewers: rules.reviewers.clone(),
            };
            let decision = match &self.req.approver {
                Some(approver) => approver.decide(&request),
                None => ApprovalDecision {
                    approved: false,
                    reviewer: "nobody".into(),
                    comment: "no approver available".into(),
                },
            };
            let decision = ApprovalDecision {
                approved: decision.approved,
                reviewer: self.mask(&decision.reviewer),
                comment: self.mask(&decision.comment),
            };
            self.emit(RunEvent::ApprovalDecided {
                job: job.id.clone(),
                environment: self.mask(&environment),
                decision: decision.clone(),
            });
            let approved = decision.approved;
            done.approval = Some(decision);
            if !approved {
                return Err(JobResult::Failure);
            }
        }
        if rules.wait_timer_seconds > 0 && !started_cancelled {
            let seconds = rules.wait_timer_seconds;
            self.log(
                &job.id,
                0,
                &format!("Waiting {seconds} s: the wait timer of environment \"{environment}\""),
            );
            if cancel.sleep(Duration::from_secs(seconds)) {
                return Err(JobResult::Cancelled);
            }
        }
        Ok(())
    }

    fn run_job(&self, job: &Job, needs: Value) -> JobDone {
        let cancel = self.cancel.child();
        let started_cancelled = cancel.is_cancelled();
        let mut contexts = self.base_contexts(job, &needs);
        let name = match &job.name {
            Some(text) => self.render_or(&text.value, &contexts, job.id.clone()),
            None => job.id.clone(),
        };
        let name = self.mask(&name);
        let environment = match &job.environment {
            None => None,
            Some(spec) => match eval::render(&spec.name.value, &contexts, Status::SUCCESS) {
                Ok(env_name) if !env_name.trim().is_empty() => Some(env_name),
                Ok(_) => None,
                Err(e) => {
                    self.emit(RunEvent::JobStarted {
                        job: job.id.clone(),
                        name: name.clone(),
                    });
                    let message = self.at(
                        &spec.name,
                        &format!("cannot evaluate the job's `environment`: {}", e.message),
                    );
                    return self.end_early(
                        job,
                        JobDone::empty(name, JobResult::Failure),
                        Some(&message),
                    );
                }
            },
        };
        let place = match self.enter_job_group(job, &name, &contexts, &cancel) {
            Ok(place) => place,
            Err(result) => return self.end_early(job, JobDone::empty(name, result), None),
        };
        self.emit(RunEvent::JobStarted {
            job: job.id.clone(),
            name: name.clone(),
        });
        let mut early = JobDone::empty(name.clone(), JobResult::Success);
        early.environment = environment.as_ref().map(|env_name| JobEnvironment {
            name: self.mask(env_name),
            url: None,
        });
        let rules = environment.as_deref().and_then(|n| self.rules(n));
        if let Some(rules) = rules {
            let checked = self.protection_rules(job, &mut early, rules, &cancel, started_cancelled);
            if let Err(result) = checked {
                early.result = result;
                if let Some(place) = &place {
                    self.report_cancelled_in_progress(Some(&job.id), place);
                }
                return self.end_early(job, early, None);
            }
            // The environment's values win over the repository's.
            let mut vars = self.req.vars.clone();
            vars.extend(rules.vars.clone());
            let mut secrets = self.req.secrets.clone();
            secrets.extend(rules.secrets.clone());
            contexts.insert("vars".into(), obj(&vars));
            contexts.insert("secrets".into(), obj(&secrets));
        }
        let (mut done, contexts) = self.run_steps(job, name, contexts, &cancel, started_cancelled);
        done.approval = early.approval;
        if let (Some(env), Some(spec)) = (early.environment.as_mut(), &job.environment) {
            env.url = spec.url.as_ref().and_then(|url| {
                match eval::render(&url.value, &contexts, Status::SUCCESS) {
                    Ok(u) if !u.is_empty() => Some(self.mask(&u)),
                    Ok(_) => None,
                    Err(e) => {
                        self.warn(
                            url.pos,
                            format!("cannot evaluate `environment.url`: {}", e.message),
                        );
                        None
                    }
                }
            });
        }
        done.environment = early.environment;
        if let Some(place) = &place {
            self.report_cancelled_in_progress(Some(&job.id), place);
        }
        drop(place);
        self.emit(RunEvent::JobFinished {
            job: job.id.clone(),
            result: done.result,
        });
        done
    }

    /// Runs a job's steps (the job has started and passed its protection
    /// rules); the caller emits `JobFinished`.
    fn run_steps(
        &self,
        job: &Job,
        name: String,
        mut contexts: Map<String, Value>,
        cancel: &step::CancelHandle,
        started_cancelled: bool,
    ) -> (JobDone, Map<String, Value>) {
        let start = Instant::now();
        let deadline = start
            + Duration::from_secs_f64(job.timeout_minutes.unwrap_or(DEFAULT_JOB_MINUTES) * 60.0);
        let mut job_run = JobRun {
            run: self,
            job,
            cancel: cancel.clone(),
            dir: self.req.work_root.join(&job.id),
            workspace: PathBuf::new(),
            temp: PathBuf::new(),
            yaml_env: BTreeMap::new(),
            file_env: BTreeMap::new(),
            paths: Vec::new(),
            deadline,
        };
        let mut failed = match job_run.prepare(&mut contexts) {
            Ok(()) => false,
            Err(message) => {
                self.log(&job.id, 0, &message);
                true
            }
        };
        let mut steps_ctx = Map::new();
        let mut reports = Vec::new();
        let mut timed_out = false;
        for (index, step) in job.steps.iter().enumerate() {
            let number = index + 1;
            // A job started after the cancellation runs its steps normally.
            let cancelled = cancel.is_cancelled() && !started_cancelled;
            let status = Status {
                success: !failed && !cancelled,
                failure: failed,
                cancelled,
            };
            contexts.insert("steps".into(), Value::Object(steps_ctx.clone()));
            contexts.insert(
                "job".into(),
                json!({ "status": job_status(failed, cancelled) }),
            );
            contexts.insert("env".into(), obj(&job_run.env_context()));
            let should_run = if timed_out {
                Ok(false)
            } else {
                match &step.cond {
                    None => Ok(status.success),
                    Some(cond) => eval::condition(&cond.value, &contexts, status).map_err(|e| {
                        self.at(
                            cond,
                            &format!("cannot evaluate the step's `if`: {}", e.message),
                        )
                    }),
                }
            };
            let step_name = self.mask(&self.step_name(step, &contexts));
            let (outcome, outputs) = match should_run {
                Ok(false) => {
                    self.emit(RunEvent::StepStarted {
                        job: job.id.clone(),
                        step: number,
                        name: step_name.clone(),
                    });
                    (JobResult::Skipped, BTreeMap::new())
                }
                Ok(true) => {
                    self.emit(RunEvent::StepStarted {
                        job: job.id.clone(),
                        step: number,
                        name: step_name.clone(),
                    });
                    let (outcome, outputs, step_timed_out) =
                        job_run.run_step(step, number, &mut contexts, status);
                    timed_out |= step_timed_out;
                    (outcome, outputs)
                }
                Err(message) => {
                    self.emit(RunEvent::StepStarted {
                        job: job.id.clone(),
                        step: number,
                        name: step_name.clone(),
                    });
                    self.log(&job.id, number, &message);
                    (JobResult::Failure, BTreeMap::new())
                }
            };
            let outcome =
                if outcome == JobResult::Failure && cancel.is_cancelled() && !started_cancelled {
                    JobResult::Cancelled
                } else {
                    outcome
                };
            let conclusion = if outcome == JobResult::Failure
                && self.continue_on_error(step, &contexts, status, number)
            {
                JobResult::Success
            } else {
                outcome
            };
            if conclusion == JobResult::Failure {
                failed = true;
            }
            if let Some(id) = &step.id {
                steps_ctx.insert(
                    id.clone(),
                    json!({
                        "outputs": obj(&outputs),
                        "outcome": outcome.as_str(),
                        "conclusion": conclusion.as_str(),
                    }),
                );
            }
            self.emit(RunEvent::StepFinished {
                job: job.id.clone(),
                step: number,
                outcome,
                conclusion,
            });
            reports.push(StepReport {
                name: step_name,
                outcome,
                conclusion,
            });
        }
        contexts.insert("steps".into(), Value::Object(steps_ctx));
        contexts.insert(
            "job".into(),
            json!({ "status": if failed { "failure" } else { "success" } }),
        );
        contexts.insert("env".into(), obj(&job_run.env_context()));
        let outputs = self.job_outputs(job, &contexts, &mut failed);
        // A job started after the cancellation (its `if:` asked for it) ends
        // on its own terms; one that was running when it came is cancelled.
        let result = if cancel.is_cancelled() && !started_cancelled {
            JobResult::Cancelled
        } else if failed {
            JobResult::Failure
        } else {
            JobResult::Success
        };
        let done = JobDone {
            name,
            result,
            outputs,
            steps: reports,
            environment: None,
            approval: None,
        };
        (done, contexts)
    }

    fn at(&self, text: &Text, message: &str) -> String {
        format!(
            "{}:{}:{}: {message}",
            self.wf.file, text.pos.line, text.pos.col
        )
    }

    fn render_or(&self, text: &str, contexts: &Map<String, Value>, fallback: String) -> String {
        eval::render(text, contexts, Status::SUCCESS).unwrap_or(fallback)
    }

    fn step_name(&self, step: &Step, contexts: &Map<String, Value>) -> String {
        let fallback = match &step.action {
            Action::Run { script, .. } => format!(
                "Run {}",
                script
                    .value
                    .lines()
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or("")
                    .trim()
            ),
            Action::Checkout { uses, .. } => format!("Run {uses}"),
        };
        match &step.name {
            Some(name) => self.render_or(&name.value, contexts, fallback),
            None => fallback,
        }
    }

    fn continue_on_error(
        &self,
        step: &Step,
        contexts: &Map<String, Value>,
        status: Status,
        number: usize,
    ) -> bool {
        match &step.continue_on_error {
            Flag::Fixed(b) => *b,
            Flag::Expr(text) => match eval::value(&text.value, contexts, status) {
                Ok(Value::String(s)) => s.trim() == "true",
                Ok(v) => super::expr::truthy(&v),
                Err(e) => {
                    self.log(
                        &step_job(contexts),
                        number,
                        &self.at(
                            text,
                            &format!("cannot evaluate `continue-on-error`: {}", e.message),
                        ),
                    );
                    false
                }
            },
        }
    }

    /// Evaluates `outputs:`; a value holding a secret is dropped with a
    /// warning, as GitHub does.
    fn job_outputs(
        &self,
        job: &Job,
        contexts: &Map<String, Value>,
        failed: &mut bool,
    ) -> BTreeMap<String, String> {
        let mut outputs = BTreeMap::new();
        for (name, text) in &job.outputs {
            match eval::render(&text.value, contexts, Status::SUCCESS) {
                Ok(value) => {
                    if self.mask(&value) != value {
                        self.warn(
                            text.pos,
                            format!(
                                "the output \"{name}\" of job \"{}\" contains a secret, so it is not passed on (as on GitHub)",
                                job.id
                            ),
                        );
                        continue;
                    }
                    outputs.insert(name.clone(), value);
                }
                Err(e) => {
                    self.log(
                        &job.id,
                        0,
                        &self.at(
                            text,
                            &format!("cannot evaluate output \"{name}\": {}", e.message),
                        ),
                    );
                    *failed = true;
                }
            }
        }
        outputs
    }
}

/// A workflow command in a log line: `::name params::value` gives
/// `(name, value)` (parameters such as `file=` are dropped).
fn workflow_command(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix("::")?;
    let (head, value) = rest.split_once("::")?;
    let name = head.split_whitespace().next()?;
    Some((name, value))
}

/// GitHub's message for a run or job cancelled by a newer one in its group.
fn superseded_message(group: &str) -> String {
    format!("Canceling since a higher priority waiting request for '{group}' exists")
}

/// `job.status`.
fn job_status(failed: bool, cancelled: bool) -> &'static str {
    if cancelled {
        "cancelled"
    } else if failed {
        "failure"
    } else {
        "success"
    }
}

fn step_job(contexts: &Map<String, Value>) -> String {
    contexts
        .get("github")
        .and_then(|g| g.get("job"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
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

/// The state of one running job.
struct JobRun<'r, 'a> {
    run: &'r Run<'a>,
    job: &'r Job,
    /// The job's own handle (a child of the run's).
    cancel: step::CancelHandle,
    dir: PathBuf,
    workspace: PathBuf,
    temp: PathBuf,
    /// Workflow and job `env:`, rendered.
    yaml_env: BTreeMap<String, String>,
    /// What steps wrote to `$GITHUB_ENV`.
    file_env: BTreeMap<String, String>,
    /// What steps wrote to `$GITHUB_PATH`, oldest first.
    paths: Vec<String>,
    deadline: Instant,
}

impl JobRun<'_, '_> {
    /// Creates the job's fresh folders and renders the workflow and job env.
    fn prepare(&mut self, contexts: &mut Map<String, Value>) -> Result<(), String> {
        if self.dir.exists() {
            fs::remove_dir_all(&self.dir)
                .map_err(|e| format!("cannot clean {}: {e}", self.dir.display()))?;
        }
        self.workspace = self.dir.join("workspace");
        self.temp = self.dir.join("temp");
        for dir in [&self.workspace, &self.temp] {
            fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        if let Some(Value::Object(github)) = contexts.get_mut("github") {
            github.insert(
                "workspace".into(),
                Value::String(self.workspace.to_string_lossy().into_owned()),
            );
        }
        contexts.insert(
            "runner".into(),
            json!({
                "os": "Linux",
                "arch": runner_arch(),
                "name": "devpath",
                "environment": "self-hosted",
                "temp": self.temp.to_string_lossy(),
                "tool_cache": self.dir.join("tool_cache").to_string_lossy(),
            }),
        );
        self.yaml_env = self.render_pairs(&self.run.wf.env, contexts)?;
        let job_env = self.render_pairs(&self.job.env, contexts)?;
        self.yaml_env.extend(job_env);
        Ok(())
    }

    fn render_pairs(
        &self,
        pairs: &Pairs,
        contexts: &Map<String, Value>,
    ) -> Result<BTreeMap<String, String>, String> {
        let mut out = BTreeMap::new();
        for (name, text) in pairs {
            let value = eval::render(&text.value, contexts, Status::SUCCESS).map_err(|e| {
                self.run.at(
                    text,
                    &format!("cannot evaluate env \"{name}\": {}", e.message),
                )
            })?;
            out.insert(name.clone(), value);
        }
        Ok(out)
    }

    /// The `env` context before a step's own `env:`.
    fn env_context(&self) -> BTreeMap<String, String> {
        let mut env = self.file_env.clone();
        env.extend(self.yaml_env.iter().map(|(k, v)| (k.clone(), v.clone())));
        env
    }

    /// Runs one step: its outcome, its outputs, and whether the job's time
    /// ran out.
    fn run_step(
        &mut self,
        step: &Step,
        number: usize,
        contexts: &mut Map<String, Value>,
        status: Status,
    ) -> (JobResult, BTreeMap<String, String>, bool) {
        let job_id = self.job.id.as_str();
        let mut env = self.env_context();
        match self.render_pairs(&step.env, contexts) {
            Ok(step_env) => env.extend(step_env),
            Err(message) => {
                self.run.log(job_id, number, &message);
                return (JobResult::Failure, BTreeMap::new(), false);
            }
        }
        contexts.insert("env".into(), obj(&env));
        let result = match &step.action {
            Action::Checkout { path, .. } => self
                .checkout(number, path.as_ref(), contexts)
                .map(|()| (JobResult::Success, BTreeMap::new(), false)),
            Action::Run {
                script,
                shell,
                working_directory,
            } => self.run_script(
                step,
                number,
                script,
                shell.as_deref(),
                working_directory.as_ref(),
                &env,
                contexts,
                status,
            ),
        };
        match result {
            Ok(done) => done,
            Err(message) => {
                self.run.log(job_id, number, &message);
                (JobResult::Failure, BTreeMap::new(), false)
            }
        }
    }

    fn checkout(
        &self,
        number: usize,
        path: Option<&Text>,
        contexts: &Map<String, Value>,
    ) -> Result<(), String> {
        let dest = match path {
            Some(text) => {
                let rel = eval::render(&text.value, contexts, Status::SUCCESS).map_err(|e| {
                    self.run
                        .at(text, &format!("cannot evaluate `path`: {}", e.message))
                })?;
                inside(&self.workspace, &rel).ok_or_else(|| {
                    self.run.at(
                        text,
                        &format!("`path: {rel}` must be a folder inside the workspace"),
                    )
                })?
            }
            None => self.workspace.clone(),
        };
        let from = &self.run.req.checkout_from;
        copy_tree(from, &dest, &self.run.req.work_root).map_err(|e| {
            format!(
                "actions/checkout: cannot copy {} to {}: {e}",
                from.display(),
                dest.display()
            )
        })?;
        let req = self.run.req;
        let place = match path {
            Some(_) => dest
                .strip_prefix(&self.workspace)
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            None => "the workspace".to_string(),
        };
        self.run.log(
            &self.job.id,
            number,
            &format!("Checked out {} at {} into {place}", req.repository, req.sha),
        );
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn run_script(
        &mut self,
        step: &Step,
        number: usize,
        script: &Text,
        shell: Option<&str>,
        working_directory: Option<&Text>,
        env: &BTreeMap<String, String>,
        contexts: &Map<String, Value>,
        status: Status,
    ) -> Result<(JobResult, BTreeMap<String, String>, bool), String> {
        let run = self.run;
        let job_id = self.job.id.as_str();
        let body = eval::render(&script.value, contexts, status).map_err(|e| {
            run.at(
                script,
                &format!("cannot evaluate the script: {}", e.message),
            )
        })?;
        let shell =
            shell
                .or(self.job.defaults.shell.as_deref())
                .or(run.wf.defaults.shell.as_deref());
        let cwd = match working_directory
            .or(self.job.defaults.working_directory.as_ref())
            .or(run.wf.defaults.working_directory.as_ref())
        {
            Some(text) => {
                let dir = eval::render(&text.value, contexts, status).map_err(|e| {
                    run.at(
                        text,
                        &format!("cannot evaluate `working-directory`: {}", e.message),
                    )
                })?;
                let path = self.workspace.join(&dir);
                if !path.is_dir() {
                    return Err(run.at(
                        text,
                        &format!(
                            "working-directory \"{dir}\" does not exist in the workspace (did a checkout step run first?)"
                        ),
                    ));
                }
                path
            }
            None => self.workspace.clone(),
        };
        let (program, args, extension) = shell_command(shell);
        // One script file per job, rewritten by each step: creating a new
        // file (inode) per step costs more than the rest of the step setup.
        let script_path = self.temp.join(format!("step-script{extension}"));
        // The file-command files sit beside the workspace, out of the way of
        // scripts that clean $RUNNER_TEMP.
        let file = |name: &str| self.dir.join(format!("{name}_{number}"));
        let (output_file, env_file, path_file, summary_file) = (
            file("set_output"),
            file("set_env"),
            file("add_path"),
            file("step_summary"),
        );
        // The file-command files are created by the script's own `>>`; a
        // file that does not exist afterwards simply means "nothing".
        overwrite(&script_path, body.as_bytes()).map_err(|e| {
            format!(
                "cannot write the step's script {}: {e}",
                script_path.display()
            )
        })?;
        let script_arg = script_path.to_string_lossy().into_owned();
        let args: Vec<String> = args.iter().map(|a| a.replace("{0}", &script_arg)).collect();

        let mut path = String::new();
        for added in self.paths.iter().rev() {
            path.push_str(added);
            path.push(':');
        }
        path.push_str(
            env.get("PATH")
                .or(run.req.env.get("PATH"))
                .unwrap_or(&run.host_path),
        );
        // Looking the program up once here spares the kernel an execve per
        // PATH entry for every step.
        let mut command = Command::new(resolve(&program, &path));
        command.args(&args).current_dir(&cwd);
        for key in &run.hidden_host_vars {
            command.env_remove(key);
        }
        command.envs(&run.req.env);
        command.envs(env);
        command.env("PATH", path);
        let req = run.req;
        let github = [
            ("CI", "true".to_string()),
            ("GITHUB_ACTIONS", "true".into()),
            ("GITHUB_SHA", req.sha.clone()),
            ("GITHUB_REF", run.git_ref.clone()),
            ("GITHUB_EVENT_NAME", req.event.name().into()),
            (
                "GITHUB_WORKSPACE",
                self.workspace.to_string_lossy().into_owned(),
            ),
            ("GITHUB_RUN_ID", req.run_id.to_string()),
            ("GITHUB_RUN_NUMBER", req.run_number.to_string()),
            ("GITHUB_RUN_ATTEMPT", "1".into()),
            ("GITHUB_ACTOR", req.actor.clone()),
            ("GITHUB_TRIGGERING_ACTOR", req.actor.clone()),
            ("GITHUB_REPOSITORY", req.repository.clone()),
            ("GITHUB_JOB", self.job.id.clone()),
            ("GITHUB_OUTPUT", output_file.to_string_lossy().into_owned()),
            ("GITHUB_ENV", env_file.to_string_lossy().into_owned()),
            ("GITHUB_PATH", path_file.to_string_lossy().into_owned()),
            (
                "GITHUB_STEP_SUMMARY",
                summary_file.to_string_lossy().into_owned(),
            ),
            (
                "GITHUB_EVENT_PATH",
                req.work_root
                    .join("event.json")
                    .to_string_lossy()
                    .into_owned(),
            ),
            ("RUNNER_TEMP", self.temp.to_string_lossy().into_owned()),
            ("RUNNER_OS", "Linux".into()),
            ("RUNNER_ARCH", runner_arch().into()),
        ];
        command.envs(github);
        for key in [
            "GITHUB_REF_NAME",
            "GITHUB_REF_TYPE",
            "GITHUB_REPOSITORY_OWNER",
            "GITHUB_WORKFLOW",
            "GITHUB_SERVER_URL",
        ] {
            let field = key.trim_start_matches("GITHUB_").to_lowercase();
            if let Some(value) = run.github.get(&field).and_then(Value::as_str) {
                command.env(key, value);
            }
        }

        let step_deadline = step
            .timeout_minutes
            .map(|m| Instant::now() + Duration::from_secs_f64(m * 60.0));
        let deadline = match step_deadline {
            Some(d) if d < self.deadline => d,
            _ => self.deadline,
        };
        let mut on_line = |line: String| match workflow_command(&line) {
            Some(("add-mask", value)) => run.add_mask(value.trim()),
            Some(("debug" | "endgroup", _)) => {}
            Some(("error", message)) => run.log(job_id, number, &format!("Error: {message}")),
            Some(("warning", message)) => run.log(job_id, number, &format!("Warning: {message}")),
            Some(("notice", message)) => run.log(job_id, number, &format!("Notice: {message}")),
            Some(("group", title)) => run.log(job_id, number, title),
            _ => run.log(job_id, number, &line),
        };
        let exit = step::run(command, Some(deadline), &self.cancel, &mut on_line)
            .map_err(|e| format!("cannot start {program}: {e} (is it installed and on PATH?)"))?;

        // File commands are applied even when the script failed, as on GitHub.
        let mut outputs = BTreeMap::new();
        let mut broken = false;
        let mut read = |f: &Path, what: &str| -> Vec<(String, String)> {
            let text = fs::read_to_string(f).unwrap_or_default();
            match step::parse_file_commands(&text) {
                Ok(pairs) => pairs,
                Err(message) => {
                    run.log(job_id, number, &format!("{what}: {message}"));
                    broken = true;
                    Vec::new()
                }
            }
        };
        outputs.extend(read(&output_file, "$GITHUB_OUTPUT"));
        for (k, v) in read(&env_file, "$GITHUB_ENV") {
            if k.starts_with("GITHUB_") || k.starts_with("RUNNER_") {
                run.log(
                    job_id,
                    number,
                    &format!("$GITHUB_ENV: {k} cannot be overwritten; ignored"),
                );
                continue;
            }
            self.file_env.insert(k, v);
        }
        let paths = fs::read_to_string(&path_file).unwrap_or_default();
        self.paths.extend(
            paths
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from),
        );

        let mut timed_out_job = false;
        let outcome = match exit {
            Exit::Code(0) if !broken => JobResult::Success,
            Exit::Code(0) => JobResult::Failure,
            Exit::Code(code) => {
                run.log(
                    job_id,
                    number,
                    &format!("Error: Process completed with exit code {code}."),
                );
                JobResult::Failure
            }
            Exit::Signal(signal) => {
                run.log(
                    job_id,
                    number,
                    &format!("Error: Process was killed by signal {signal}."),
                );
                JobResult::Failure
            }
            Exit::TimedOut => {
                if step_deadline.is_some_and(|d| d < self.deadline) {
                    run.log(
                        job_id,
                        number,
                        &format!(
                            "Error: The step exceeded its timeout-minutes ({}) and was stopped.",
                            step.timeout_minutes.unwrap_or_default()
                        ),
                    );
                } else {
                    timed_out_job = true;
                    run.log(
                        job_id,
                        number,
                        &format!(
                            "Error: The job exceeded its timeout-minutes ({}) and was stopped.",
                            self.job.timeout_minutes.unwrap_or(DEFAULT_JOB_MINUTES)
                        ),
                    );
                }
                JobResult::Failure
            }
        };
        Ok((outcome, outputs, timed_out_job))
    }
}

/// Program, arguments (with `{0}` for the script) and script extension.
fn shell_command(shell: Option<&str>) -> (String, Vec<String>, &'static str) {
    let words = split_words;
    match shell {
        None | Some("bash") => (
            "bash".into(),
            words("--noprofile --norc -eo pipefail {0}"),
            ".sh",
        ),
        Some("sh") => ("sh".into(), words("-e {0}"), ".sh"),
        Some("python") => {
            let python = if on_path("python3") {
                "python3"
            } else {
                "python"
            };
            (python.into(), words("{0}"), ".py")
        }
        Some(custom) => {
            let mut parts = words(custom);
            let program = if parts.is_empty() {
                "bash".to_string()
            } else {
                parts.remove(0)
            };
            let extension = if program.contains("python") {
                ".py"
            } else {
                ".sh"
            };
            (program, parts, extension)
        }
    }
}

/// Splits a command line into words: whitespace separates, '…' and "…"
/// group (the way a custom `shell:` is written).
fn split_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quote: Option<char> = None;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.get_or_insert_with(String::new).push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                word.get_or_insert_with(String::new);
            }
            (None, c) if c.is_whitespace() => words.extend(word.take()),
            (None, c) => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}

/// Writes `bytes` over the file's old content, then cuts it to length.
///
/// Not `fs::write`: on ext4, truncating a file to zero and rewriting it
/// makes closing it wait for the disk ("replace via truncate"), which
/// would cost every step a few milliseconds.
fn overwrite(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)?;
    file.write_all(bytes)?;
    file.set_len(bytes.len() as u64)
}

/// `program` as an absolute path found on `path`, or as given.
fn resolve(program: &str, path: &str) -> PathBuf {
    if program.contains('/') {
        return PathBuf::from(program);
    }
    std::env::split_paths(path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| PathBuf::from(program))
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|dir| dir.join(program).is_file()))
}

fn runner_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "X64",
        "aarch64" => "ARM64",
        "arm" => "ARM",
        "x86" => "X86",
        other => other,
    }
}

/// `rel` joined to `base` when it stays inside `base`.
fn inside(base: &Path, rel: &str) -> Option<PathBuf> {
    let rel = Path::new(rel);
    if rel
        .components()
        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
    {
        Some(base.join(rel))
    } else {
        None
    }
}

/// Copies a folder tree (files, folders, symlinks, permissions), leaving
/// out `.git` and the run's own work folder.
fn copy_tree(from: &Path, to: &Path, skip: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let source = entry.path();
        if entry.file_name() == ".git" || source == skip {
            continue;
        }
        let target = to.join(entry.file_name());
        let kind = entry.file_type()?;
        if kind.is_dir() {
            copy_tree(&source, &target, skip)?;
        } else if kind.is_symlink() {
            std::os::unix::fs::symlink(fs::read_link(&source)?, &target)?;
        } else {
            fs::copy(&source, &target)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_workflow;

    struct Ran {
        report: RunReport,
        events: Vec<RunEvent>,
        _dir: tempfile::TempDir,
    }

    impl Ran {
        fn result(&self, job: &str) -> JobResult {
            self.job(job).result
        }

        fn job(&self, job: &str) -> &JobReport {
            self.report.jobs.iter().find(|j| j.id == job).unwrap()
        }

        fn logs(&self, job: &str) -> Vec<String> {
            self.events
                .iter()
                .filter_map(|e| match e {
                    RunEvent::Log { job: j, line, .. } if j == job => Some(line.clone()),
                    _ => None,
                })
                .collect()
        }
    }

    fn request(dir: &Path, event: Event) -> RunRequest {
        let repo = dir.join("repo");
        fs::create_dir_all(&repo).unwrap();
        fs::write(repo.join("app.txt"), "v1\n").unwrap();
        RunRequest {
            event,
            sha: "a".repeat(40),
            checkout_from: repo,
            work_root: dir.join("work"),
            secrets: BTreeMap::from([
                ("TOKEN".to_string(), "tok-123".to_string()),
                ("KEY".to_string(), "line-one\nline-two\n".to_string()),
            ]),
            vars: BTreeMap::from([("REGION".to_string(), "eu".to_string())]),
            env: BTreeMap::new(),
            run_id: 7,
            run_number: 3,
            actor: "learner".into(),
            repository: "acme/app".into(),
            environments: Vec::new(),
            approver: None,
            concurrency: Default::default(),
        }
    }

    fn run_with(src: &str, event: Event) -> Ran {
        let dir = tempfile::tempdir().unwrap();
        let parsed = parse_workflow("ci.yml", src).unwrap();
        let req = request(dir.path(), event);
        let events = Mutex::new(Vec::new());
        let report =
            crate::execute(&parsed.workflow, &req, &|e| events.lock().unwrap().push(e)).unwrap();
        Ran {
            report,
            events: events.into_inner().unwrap(),
            _dir: dir,
        }
    }

    fn run(src: &str) -> Ran {
        run_with(
            src,
            Event::Push {
                git_ref: "refs/heads/main".into(),
            },
        )
    }

    /// A job `id` needing `needs`, with an optional `if`, running `script`.
    fn job(id: &str, needs: &[&str], cond: Option<&str>, script: &str) -> String {
        let mut s = format!("  {id}:\n    runs-on: x\n");
        if !needs.is_empty() {
            s += &format!("    needs: [{}]\n", needs.join(", "));
        }
        if let Some(c) = cond {
            s += &format!("    if: {c}\n");
        }
        s + &format!("    steps:\n      - run: {script}\n")
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
    fn needs_outputs_and_results() {
        let src = r#"on: push
jobs:
  build:
    runs-on: x
    outputs:
      tag: ${{ steps.meta.outputs.tag }}
      notes: ${{ steps.meta.outputs.notes }}
    steps:
      - id: meta
        run: |
          echo "tag=v-${{ github.sha }}" >> "$GITHUB_OUTPUT"
          { echo "notes<<EOF"; echo "line 1"; echo "line 2"; echo "EOF"; } >> "$GITHUB_OUTPUT"
  deploy:
    needs: build
    runs-on: x
    steps:
      - run: |
          echo "${{ needs.build.result }} ${{ needs.build.outputs.tag }}"
          echo "${{ needs.build.outputs.notes }}"
"#;
        let ran = run(src);
        let tag = format!("v-{}", "a".repeat(40));
        assert_eq!(ran.job("build").outputs["tag"], tag);
        assert_eq!(ran.job("build").outputs["notes"], "line 1\nline 2");
        assert_eq!(
            ran.logs("deploy"),
            [format!("success {tag}"), "line 1".into(), "line 2".into()]
        );
    }

    #[test]
    fn env_precedence_and_github_env() {
        let src = r#"on: push
env:
  A: workflow
  B: workflow
  C: workflow
  FROM_FILE: workflow
jobs:
  j:
    runs-on: x
    env:
      B: job
      C: job
    steps:
      - env:
          C: step
        run: |
          echo "$A $B $C ${{ env.C }} ${{ vars.REGION }}"
          echo "NEW=from file" >> "$GITHUB_ENV"
          echo "FROM_FILE=file" >> "$GITHUB_ENV"
          { echo "MULTI<<X"; echo "m1"; echo "m2"; echo "X"; } >> "$GITHUB_ENV"
          echo "NEW before: ${NEW:-unset}"
      - run: |
          echo "$NEW / ${{ env.NEW }} / $FROM_FILE / $C"
          echo "$MULTI" | tr '\n' ' '; echo
          echo "$CI $GITHUB_ACTIONS $GITHUB_REF_NAME $GITHUB_EVENT_NAME $GITHUB_RUN_ID $GITHUB_RUN_NUMBER $GITHUB_ACTOR $GITHUB_REPOSITORY $RUNNER_OS"
          test "$GITHUB_WORKSPACE" = "$PWD"
          test -d "$RUNNER_TEMP"
"#;
        let ran = run(src);
        assert_eq!(
            ran.logs("j"),
            [
                "workflow job step step eu",
                "NEW before: unset",
                "from file / from file / workflow / job",
                "m1 m2 ",
                "true true main push 7 3 learner acme/app Linux",
            ]
        );
        assert_eq!(ran.result("j"), JobResult::Success);
    }

    #[test]
    fn github_path_is_used_by_later_steps() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - run: |
          mkdir -p "$RUNNER_TEMP/bin"
          printf '#!/bin/sh\necho tool ran\n' > "$RUNNER_TEMP/bin/mytool"
          chmod +x "$RUNNER_TEMP/bin/mytool"
          echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
      - run: mytool
"#;
        assert_eq!(run(src).logs("j"), ["tool ran"]);
    }

    #[test]
    fn step_outcome_conclusion_and_continue_on_error() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - id: flaky
        continue-on-error: true
        run: exit 3
      - run: echo "${{ steps.flaky.outcome }} ${{ steps.flaky.conclusion }} ${{ job.status }}"
      - id: broken
        run: exit 1
      - run: echo not shown
      - if: always()
        run: echo "${{ steps.broken.outcome }} ${{ job.status }}"
      - if: success()
        run: echo not shown either
"#;
        let ran = run(src);
        assert_eq!(
            ran.logs("j"),
            [
                "Error: Process completed with exit code 3.",
                "failure success success",
                "Error: Process completed with exit code 1.",
                "failure failure",
            ]
        );
        let steps: Vec<(JobResult, JobResult)> = ran
            .job("j")
            .steps
            .iter()
            .map(|s| (s.outcome, s.conclusion))
            .collect();
        use JobResult::*;
        assert_eq!(
            steps,
            [
                (Failure, Success),
                (Success, Success),
                (Failure, Failure),
                (Skipped, Skipped),
                (Success, Success),
                (Skipped, Skipped),
            ]
        );
        assert_eq!(ran.result("j"), Failure);
    }

    #[test]
    fn step_timeout_kills_background_children() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - timeout-minutes: 0.01
        run: |
          sleep 60 &
          echo "$!" > "$RUNNER_TEMP/child"
          wait
      - if: always()
        run: cat "$RUNNER_TEMP/child"
"#;
        let start = Instant::now();
        let ran = run(src);
        assert!(start.elapsed() < Duration::from_secs(10));
        let logs = ran.logs("j");
        assert_eq!(
            logs[0],
            "Error: The step exceeded its timeout-minutes (0.01) and was stopped."
        );
        let pid: i32 = logs[1].parse().unwrap();
        std::thread::sleep(Duration::from_millis(200));
        let stat = fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        assert!(
            stat.is_empty() || stat.contains(") Z"),
            "sleep {pid} survived: {stat}"
        );
        assert_eq!(ran.result("j"), JobResult::Failure);
    }

    #[test]
    fn job_timeout_stops_the_job() {
        let src = "on: push\njobs:\n  j:\n    runs-on: x\n    timeout-minutes: 0.01\n    steps:\n      - run: sleep 30\n      - run: echo after\n";
        let start = Instant::now();
        let ran = run(src);
        assert!(start.elapsed() < Duration::from_secs(10));
        assert_eq!(
            ran.logs("j"),
            ["Error: The job exceeded its timeout-minutes (0.01) and was stopped."]
        );
        assert_eq!(ran.result("j"), JobResult::Failure);
    }

    #[test]
    fn secrets_and_add_mask_are_masked() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    outputs:
      leaked: ${{ steps.s.outputs.token }}
      fine: ${{ steps.s.outputs.fine }}
    steps:
      - id: s
        run: |
          echo "token ${{ secrets.TOKEN }} and $TOKEN"
          printf '%s\n' "$KEY"
          echo "::add-mask::generated-pw"
          echo "pw generated-pw"
          echo "token=${{ secrets.TOKEN }}" >> "$GITHUB_OUTPUT"
          echo "fine=ok" >> "$GITHUB_OUTPUT"
        env:
          TOKEN: ${{ secrets.TOKEN }}
          KEY: ${{ secrets.KEY }}
"#;
        let ran = run(src);
        // The secret's trailing line break prints an empty line.
        assert_eq!(
            ran.logs("j"),
            ["token *** and ***", "***", "***", "", "pw ***"]
        );
        assert_eq!(
            ran.job("j").outputs,
            BTreeMap::from([("fine".into(), "ok".into())])
        );
        assert!(ran.events.iter().any(|e| matches!(e, RunEvent::Warning { diagnostic } if diagnostic.message.contains("\"leaked\""))));
    }

    #[test]
    fn checkout_gives_each_job_a_fresh_workspace() {
        let src = r#"on: push
jobs:
  a:
    runs-on: x
    steps:
      - uses: actions/checkout@v4
      - run: cat app.txt; echo changed > app.txt; touch only-in-a
  b:
    needs: a
    runs-on: x
    steps:
      - uses: actions/checkout@v4
        with:
          path: src
      - run: cat src/app.txt; ls
"#;
        let ran = run(src);
        assert_eq!(ran.logs("a")[1], "v1");
        assert_eq!(ran.logs("b")[1..], ["v1", "src"]);
    }

    #[test]
    fn dispatch_inputs_in_contexts() {
        let src = r#"on:
  workflow_dispatch:
    inputs:
      tag:
        required: true
      dry:
        type: boolean
        default: true
jobs:
  j:
    runs-on: x
    steps:
      - if: inputs.dry
        run: echo "${{ inputs.tag }} ${{ inputs.dry == true }} ${{ github.event.inputs.dry == 'true' }} ${{ github.event_name }}"
"#;
        let ran = run_with(
            src,
            Event::WorkflowDispatch {
                inputs: BTreeMap::from([("tag".into(), "v9".into())]),
            },
        );
        assert_eq!(ran.logs("j"), ["v9 true true workflow_dispatch"]);
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

    #[test]
    fn cancelling_stops_steps_and_runs_only_always_and_cancelled() {
        let src = r#"on: push
jobs:
  a:
    runs-on: x
    steps:
      - run: echo started; sleep 30
      - run: echo default step
      - if: always()
        run: echo "always step, job ${{ job.status }}"
  b:
    needs: a
    runs-on: x
    steps:
      - run: echo b
  c:
    needs: a
    if: cancelled()
    runs-on: x
    steps:
      - run: echo "c sees a ${{ needs.a.result }}"
"#;
        let dir = tempfile::tempdir().unwrap();
        let parsed = parse_workflow("ci.yml", src).unwrap();
        let req = request(
            dir.path(),
            Event::Push {
                git_ref: "refs/heads/main".into(),
            },
        );
        let flag = crate::CancelHandle::new();
        let events = Mutex::new(Vec::new());
        let start = Instant::now();
        let report = std::thread::scope(|scope| {
            let run = scope.spawn(|| {
                crate::execute_cancellable(&parsed.workflow, &req, &flag, &|e| {
                    events.lock().unwrap().push(e)
                })
                .unwrap()
            });
            // Wait until the first step runs, then cancel.
            while !events
                .lock()
                .unwrap()
                .iter()
                .any(|e| matches!(e, RunEvent::Log { .. }))
            {
                std::thread::sleep(Duration::from_millis(10));
            }
            flag.cancel();
            run.join().unwrap()
        });
        assert!(start.elapsed() < Duration::from_secs(10));
        let ran = Ran {
            report,
            events: events.into_inner().unwrap(),
            _dir: dir,
        };
        use JobResult::*;
        assert_eq!(ran.report.conclusion, Cancelled);
        assert_eq!(ran.result("a"), Cancelled);
        assert_eq!(ran.result("b"), Cancelled);
        assert_eq!(ran.result("c"), Success);
        let steps: Vec<JobResult> = ran.job("a").steps.iter().map(|s| s.outcome).collect();
        assert_eq!(steps, [Cancelled, Skipped, Success]);
        assert_eq!(ran.logs("a").last().unwrap(), "always step, job cancelled");
        assert_eq!(ran.logs("c"), ["c sees a cancelled"]);
    }

    #[test]
    fn workflow_commands_in_the_log() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - run: |
          echo "::error file=app.js,line=1::missing semicolon"
          echo "::warning::deprecated"
          echo "::debug::hidden"
          echo "::group::Install"
          echo inside
          echo "::endgroup::"
          echo ":: not a command"
"#;
        assert_eq!(
            run(src).logs("j"),
            [
                "Error: missing semicolon",
                "Warning: deprecated",
                "Install",
                "inside",
                ":: not a command"
            ]
        );
    }

    #[test]
    fn shells() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - shell: sh
        run: echo "sh $0" | sed 's/ .*\// /'
      - shell: python
        run: print("py", 1 + 1)
      - shell: bash -c "cat {0}"
        run: custom
      - run: false | true
"#;
        let ran = run(src);
        let logs = ran.logs("j");
        assert!(logs[0].starts_with("sh "), "{logs:?}");
        assert_eq!(logs[1], "py 2");
        assert_eq!(logs[2], "custom");
        // The default shell has pipefail.
        assert_eq!(
            ran.job("j").steps[3].outcome,
            JobResult::Failure,
            "{logs:?}"
        );
    }
}
