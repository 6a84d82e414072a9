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

use std::collections::BTreeMap;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, mpsc};
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};

use super::eval::{self, Status};
use super::mask::Masker;
use super::model::{Action, Flag, Job, Pairs, Step, Text, Workflow};
use super::step::{self, Exit};
use super::{
    Diagnostic, Event, JobReport, JobResult, RunEvent, RunReport, RunRequest, Severity, StepReport,
    WorkflowError,
};

/// GitHub's default job timeout: 360 minutes.
const DEFAULT_JOB_MINUTES: f64 = 360.0;

struct Run<'a> {
    wf: &'a Workflow,
    req: &'a RunRequest,
    on_event: &'a (dyn Fn(RunEvent) + Sync),
    masker: Mutex<Masker>,
    /// `github` without the per-job fields.
    github: Map<String, Value>,
    inputs: Map<String, Value>,
    git_ref: String,
    /// Host variables a step must not inherit (`GITHUB_*`, `RUNNER_*`, …).
    hidden_host_vars: Vec<String>,
    host_path: String,
}

/// What a finished job hands to the jobs that need it.
#[derive(Debug, Clone)]
struct JobDone {
    name: String,
    result: JobResult,
    outputs: BTreeMap<String, String>,
    steps: Vec<StepReport>,
}

pub(crate) fn execute(
    wf: &Workflow,
    req: &RunRequest,
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
        masker: Mutex::new(Masker::with_secrets(
            req.secrets.values().map(String::as_str),
        )),
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
    };
    let event_file = req.work_root.join("event.json");
    let event = run.github.get("event").cloned().unwrap_or(Value::Null);
    fs::write(&event_file, event.to_string()).map_err(|source| WorkflowError::Workspace {
        path: event_file.clone(),
        source,
    })?;
    let done = run.schedule()?;
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
        })
        .collect();
    let conclusion = if jobs.iter().any(|j| j.result == JobResult::Failure) {
        JobResult::Failure
    } else if jobs.iter().any(|j| j.result == JobResult::Cancelled) {
        JobResult::Cancelled
    } else {
        JobResult::Success
    };
    Ok(RunReport {
        workflow: wf.file.clone(),
        name: wf.name.clone(),
        event: req.event.name().to_string(),
        conclusion,
        jobs,
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
                        let status = Status {
                            success: results.iter().all(|r| *r == JobResult::Success),
                            failure: results.iter().any(|r| *r == JobResult::Failure),
                            cancelled: false,
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
                                done[i] = Some(self.skipped(&jobs[i]));
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
                                done[i] = Some(JobDone {
                                    name: job.id.clone(),
                                    result: JobResult::Failure,
                                    outputs: BTreeMap::new(),
                                    steps: Vec::new(),
                                });
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
            .map(|(d, job)| d.unwrap_or_else(|| self.skipped(job)))
            .collect())
    }

    fn skipped(&self, job: &Job) -> JobDone {
        self.emit(RunEvent::JobFinished {
            job: job.id.clone(),
            result: JobResult::Skipped,
        });
        JobDone {
            name: job.id.clone(),
            result: JobResult::Skipped,
            outputs: BTreeMap::new(),
            steps: Vec::new(),
        }
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

    fn run_job(&self, job: &Job, needs: Value) -> JobDone {
        let start = Instant::now();
        let deadline = start
            + Duration::from_secs_f64(job.timeout_minutes.unwrap_or(DEFAULT_JOB_MINUTES) * 60.0);
        let mut contexts = self.base_contexts(job, &needs);
        let name = match &job.name {
            Some(text) => self.render_or(&text.value, &contexts, job.id.clone()),
            None => job.id.clone(),
        };
        let name = self.mask(&name);
        self.emit(RunEvent::JobStarted {
            job: job.id.clone(),
            name: name.clone(),
        });
        let mut job_run = JobRun {
            run: self,
            job,
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
            let status = Status {
                success: !failed,
                failure: failed,
                cancelled: false,
            };
            contexts.insert("steps".into(), Value::Object(steps_ctx.clone()));
            contexts.insert(
                "job".into(),
                json!({ "status": if failed { "failure" } else { "success" } }),
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
        let result = if failed {
            JobResult::Failure
        } else {
            JobResult::Success
        };
        self.emit(RunEvent::JobFinished {
            job: job.id.clone(),
            result,
        });
        JobDone {
            name,
            result,
            outputs,
            steps: reports,
        }
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
        let script_path = self.temp.join(format!("step-{number}{extension}"));
        let files = self.temp.join("_runner_file_commands");
        let file = |name: &str| files.join(format!("{name}_{number}"));
        let (output_file, env_file, path_file, summary_file) = (
            file("set_output"),
            file("set_env"),
            file("add_path"),
            file("step_summary"),
        );
        let prepare = || -> std::io::Result<()> {
            fs::create_dir_all(&files)?;
            fs::write(&script_path, &body)?;
            for f in [&output_file, &env_file, &path_file, &summary_file] {
                fs::write(f, "")?;
            }
            Ok(())
        };
        prepare().map_err(|e| {
            format!(
                "cannot write the step's files in {}: {e}",
                self.temp.display()
            )
        })?;
        let script_arg = script_path.to_string_lossy().into_owned();
        let args: Vec<String> = args.iter().map(|a| a.replace("{0}", &script_arg)).collect();

        let mut command = Command::new(&program);
        command.args(&args).current_dir(&cwd);
        for key in &run.hidden_host_vars {
            command.env_remove(key);
        }
        command.envs(&run.req.env);
        command.envs(env);
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
        let mut on_line = |line: String| {
            if let Some(value) = line.strip_prefix("::add-mask::") {
                run.add_mask(value.trim());
                return;
            }
            run.log(job_id, number, &line);
        };
        let exit = step::run(command, Some(deadline), &mut on_line)
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
    let words = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
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
