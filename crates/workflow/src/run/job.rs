//! Running one job on its thread: its name and environment, the gates it
//! passes (see `gates`), a fresh workspace, then its steps in order, each
//! with its `if:`, `continue-on-error` and timeouts, and at the end its
//! `outputs:` and `environment.url`. The step itself is a checkout
//! (`checkout`) or a script (`script`).

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};

use super::context::{self, job_status, obj};
use super::{JobDone, Run};
use crate::eval::{self, Status};
use crate::model::{Action, Flag, Job, Pairs, Step, Text};
use crate::step::CancelHandle;
use crate::{JobEnvironment, JobResult, RunEvent, StepReport};

/// GitHub's default job timeout: 360 minutes.
const DEFAULT_JOB_MINUTES: f64 = 360.0;

/// The state of one running job.
pub(super) struct JobRun<'r, 'a> {
    pub(super) run: &'r Run<'a>,
    pub(super) job: &'r Job,
    /// The job's own handle (a child of the run's).
    pub(super) cancel: CancelHandle,
    /// The job started after the run was cancelled (its `if:` asked for
    /// it), so it runs its steps normally.
    started_cancelled: bool,
    pub(super) dir: PathBuf,
    /// The job's service containers and their network.
    pub(super) services: super::services::Services,
    pub(super) workspace: PathBuf,
    pub(super) temp: PathBuf,
    /// Workflow and job `env:`, rendered.
    yaml_env: BTreeMap<String, String>,
    /// What steps wrote to `$GITHUB_ENV`.
    pub(super) file_env: BTreeMap<String, String>,
    /// What steps wrote to `$GITHUB_PATH`, oldest first.
    pub(super) paths: Vec<String>,
    pub(super) deadline: Instant,
    /// The job's `timeout-minutes` (evaluated), for messages.
    pub(super) minutes: f64,
    /// The running step's own `timeout-minutes`, for the processes of an
    /// action (a `run:` script reads it from its step).
    pub(super) step_deadline: Option<Instant>,
    /// That step's `timeout-minutes`, for the message when it runs out.
    pub(super) step_minutes: Option<f64>,
    /// A step failed (after `continue-on-error`), or the job's setup did.
    pub(super) failed: bool,
    /// The job's time ran out: the remaining steps are skipped.
    timed_out: bool,
    /// The `steps` context: each step with an `id` that ran (inside a
    /// composite action: its own steps).
    pub(super) steps_ctx: Map<String, Value>,
    pub(super) reports: Vec<StepReport>,
    /// Processes started so far, to give each its own file commands.
    processes: usize,
    /// How many composite actions the current step runs inside (0: a
    /// step of the job itself); their steps emit no events of their own.
    pub(super) action_depth: usize,
    /// A composite action's step environment, under its own steps' `env:`.
    pub(super) action_env: BTreeMap<String, String>,
    /// The `action.yml` whose steps run, for messages (None: the workflow).
    pub(super) action_file: Option<String>,
    /// The folder of the composite action whose steps run
    /// (`$GITHUB_ACTION_PATH`, which GitHub sets only there).
    pub(super) action_path: Option<PathBuf>,
    /// The repository of the composite action whose steps run: what its
    /// own `$/` steps resolve against (None: the workflow's repository).
    pub(super) action_repo: Option<PathBuf>,
    /// `post:` scripts of actions that ran, run in reverse order at the end.
    pub(super) posts: Vec<super::actions::PostStep>,
    /// What each step's action saved in `$GITHUB_STATE` in its `pre`, by
    /// step index.
    pub(super) pre_state: BTreeMap<usize, Vec<(String, String)>>,
    /// What built-in actions left for the job's end (see `actions::Post`).
    pub(super) post: Vec<super::actions::Post>,
}

/// How one step that ran ended.
pub(super) struct StepRun {
    pub(super) outcome: JobResult,
    pub(super) outputs: BTreeMap<String, String>,
    /// The job's (not only the step's) time ran out.
    pub(super) job_timed_out: bool,
}

impl StepRun {
    pub(super) fn success() -> StepRun {
        StepRun {
            outcome: JobResult::Success,
            outputs: BTreeMap::new(),
            job_timed_out: false,
        }
    }

    pub(super) fn failed() -> StepRun {
        StepRun {
            outcome: JobResult::Failure,
            outputs: BTreeMap::new(),
            job_timed_out: false,
        }
    }
}

impl Run<'_> {
    /// Runs one job (or one combination of a matrix job) from its start to
    /// its `JobFinished`; `cancel` is its own handle, a child of the run's.
    pub(super) fn run_job(&self, job: &Job, needs: Value, cancel: CancelHandle) -> JobDone {
        let started_cancelled = cancel.is_cancelled();
        let mut contexts = self.base_contexts(job, &needs);
        let name = match &job.name {
            Some(text) => self.render_or(&text.value, &contexts, job.id.clone()),
            None => job.id.clone(),
        };
        let name = self.mask(&name);
        if job.calls.is_some() {
            return self.run_call(job, name, &contexts);
        }
        let environment = self
            .environment_name(job, &contexts)
            .and_then(|env| Ok((env, self.timeout_minutes(job, &contexts)?)));
        let (environment, minutes) = match environment {
            Ok(found) => found,
            Err(message) => {
                self.emit(RunEvent::JobStarted {
                    job: job.id.clone(),
                    name: name.clone(),
                });
                let done = JobDone::empty(name, JobResult::Failure);
                return self.end_early(job, done, Some(&message));
            }
        };
        let place = match self.enter_job_group(job, &name, &contexts, &cancel) {
            Ok(place) => place,
            Err(result) => return self.end_early(job, JobDone::empty(name, result), None),
        };
        self.emit(RunEvent::JobStarted {
            job: job.id.clone(),
            name: name.clone(),
        });
        let mut job_environment = environment.as_ref().map(|env_name| JobEnvironment {
            name: self.mask(env_name),
            url: None,
        });
        let mut approval = None;
        if let Some(rules) = environment.as_deref().and_then(|n| self.rules(n)) {
            match self.protection_rules(job, rules, &cancel, started_cancelled) {
                Ok(decision) => approval = decision,
                Err((result, decision)) => {
                    if let Some(place) = &place {
                        self.report_cancelled_in_progress(Some(&job.id), place);
                    }
                    let mut early = JobDone::empty(name, result);
                    early.environment = job_environment;
                    early.approval = decision;
                    return self.end_early(job, early, None);
                }
            }
            context::with_environment(&mut contexts, self.req, rules);
        }
        let job_run = JobRun::new(self, job, cancel, started_cancelled, minutes);
        let (mut done, contexts) = job_run.run_steps(name, contexts);
        if done.result == JobResult::Failure {
            done.allowed_failure = self.job_continue_on_error(job, &contexts);
        }
        done.approval = approval;
        if let (Some(env), Some(spec)) = (job_environment.as_mut(), &job.environment) {
            env.url = spec
                .url
                .as_ref()
                .and_then(|url| self.environment_url(url, &contexts));
        }
        done.environment = job_environment;
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

    /// The job's `timeout-minutes`, evaluated when it is an expression.
    fn timeout_minutes(&self, job: &Job, contexts: &Map<String, Value>) -> Result<f64, String> {
        match &job.timeout_expr {
            Some(text) => self.minutes(text, contexts, Status::SUCCESS),
            None => Ok(job.timeout_minutes.unwrap_or(DEFAULT_JOB_MINUTES)),
        }
    }

    /// A `timeout-minutes` expression's value: a positive number.
    fn minutes(
        &self,
        text: &Text,
        contexts: &Map<String, Value>,
        status: Status,
    ) -> Result<f64, String> {
        let value = eval::value(&text.value, contexts, status).map_err(|e| {
            self.at(
                text,
                &crate::cannot_evaluate("`timeout-minutes`", &e.message),
            )
        })?;
        let minutes = match &value {
            Value::Number(n) => n.as_f64(),
            Value::String(s) => s.trim().parse::<f64>().ok(),
            _ => None,
        };
        match minutes {
            Some(m) if m > 0.0 && m.is_finite() => Ok(m),
            _ => Err(self.at(
                text,
                // As JSON: `Array`, as the value reads in a text, says little.
                &i18n::t!(
                    "workflow-timeout-value",
                    value = serde_json::to_string(&value).unwrap_or_default()
                ),
            )),
        }
    }

    /// The job's `continue-on-error` (evaluated with its `matrix`): true
    /// lets the run go on when this job fails, as on GitHub, where the jobs
    /// that need it then see `success`.
    fn job_continue_on_error(&self, job: &Job, contexts: &Map<String, Value>) -> bool {
        let allowed = match &job.continue_on_error {
            Flag::Fixed(b) => *b,
            Flag::Expr(text) => match eval::value(&text.value, contexts, Status::SUCCESS) {
                Ok(Value::String(s)) => s.trim() == "true",
                Ok(v) => crate::expr::truthy(&v),
                Err(e) => {
                    self.log(
                        &job.id,
                        0,
                        &self.at(
                            text,
                            &crate::cannot_evaluate("`continue-on-error`", &e.message),
                        ),
                    );
                    false
                }
            },
        };
        if allowed {
            self.log(&job.id, 0, &i18n::t!("workflow-job-continue-on-error"));
        }
        allowed
    }

    /// The job's `environment:` name, evaluated; None when it has none or
    /// it evaluates to nothing.
    fn environment_name(
        &self,
        job: &Job,
        contexts: &Map<String, Value>,
    ) -> Result<Option<String>, String> {
        let Some(spec) = &job.environment else {
            return Ok(None);
        };
        match eval::render(&spec.name.value, contexts, Status::SUCCESS) {
            Ok(env_name) if !env_name.trim().is_empty() => Ok(Some(env_name)),
            Ok(_) => Ok(None),
            Err(e) => Err(self.at(
                &spec.name,
                &crate::cannot_evaluate(&i18n::t!("workflow-eval-job-environment"), &e.message),
            )),
        }
    }

    /// `environment.url`, evaluated when the job ends; a failure to
    /// evaluate it is only a warning, as the job has already run.
    fn environment_url(&self, url: &Text, contexts: &Map<String, Value>) -> Option<String> {
        match eval::render(&url.value, contexts, Status::SUCCESS) {
            Ok(u) if !u.is_empty() => Some(self.mask(&u)),
            Ok(_) => None,
            Err(e) => {
                self.warn(
                    url.pos,
                    crate::cannot_evaluate("`environment.url`", &e.message),
                );
                None
            }
        }
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
            Action::Uses(uses) => format!("Run {}", uses.uses),
        };
        match &step.name {
            Some(name) => self.render_or(&name.value, contexts, fallback),
            None => fallback,
        }
    }

    fn continue_on_error(
        &self,
        job: &str,
        step: &Step,
        contexts: &Map<String, Value>,
        status: Status,
        number: usize,
    ) -> bool {
        match &step.continue_on_error {
            Flag::Fixed(b) => *b,
            Flag::Expr(text) => match eval::value(&text.value, contexts, status) {
                Ok(Value::String(s)) => s.trim() == "true",
                Ok(v) => crate::expr::truthy(&v),
                Err(e) => {
                    self.log(
                        job,
                        number,
                        &self.at(
                            text,
                            &crate::cannot_evaluate("`continue-on-error`", &e.message),
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
                            i18n::t!(
                                "workflow-output-has-secret",
                                name = name.as_str(),
                                job = job.id.as_str()
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
                            &crate::cannot_evaluate(
                                &i18n::t!("workflow-eval-output", name = name.as_str()),
                                &e.message,
                            ),
                        ),
                    );
                    *failed = true;
                }
            }
        }
        outputs
    }
}

impl<'r, 'a> JobRun<'r, 'a> {
    fn new(
        run: &'r Run<'a>,
        job: &'r Job,
        cancel: CancelHandle,
        started_cancelled: bool,
        minutes: f64,
    ) -> Self {
        let dir = job.combination.as_ref().map_or(&job.id, |c| &c.dir);
        JobRun {
            run,
            job,
            cancel,
            started_cancelled,
            dir: run.req.work_root.join(dir),
            services: Default::default(),
            workspace: PathBuf::new(),
            temp: PathBuf::new(),
            yaml_env: BTreeMap::new(),
            file_env: BTreeMap::new(),
            paths: Vec::new(),
            deadline: Instant::now() + Duration::from_secs_f64(minutes * 60.0),
            minutes,
            step_deadline: None,
            step_minutes: None,
            failed: false,
            timed_out: false,
            steps_ctx: Map::new(),
            reports: Vec::new(),
            processes: 0,
            action_depth: 0,
            action_env: BTreeMap::new(),
            action_file: None,
            action_path: None,
            action_repo: None,
            posts: Vec::new(),
            pre_state: BTreeMap::new(),
            post: Vec::new(),
        }
    }

    /// A new number for a process's file commands.
    pub(super) fn next_process(&mut self) -> usize {
        self.processes += 1;
        self.processes
    }

    /// Whether the step running is one of a composite action's.
    pub(super) fn nested(&self) -> bool {
        self.action_depth > 0
    }

    /// A warning when `runs-on` asks for a Windows or macOS runner: devpath
    /// runs every job on this Linux machine, where `runner.os` is Linux.
    fn other_system(&self, contexts: &Map<String, Value>) -> Option<String> {
        for text in &self.job.runs_on {
            let labels = match eval::value(&text.value, contexts, Status::SUCCESS) {
                Ok(Value::String(label)) => vec![label],
                Ok(Value::Array(items)) => items
                    .into_iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
                _ => continue,
            };
            for label in labels {
                let lower = label.to_lowercase();
                let os = if lower.starts_with("windows") {
                    "Windows"
                } else if lower.starts_with("macos") {
                    "macOS"
                } else {
                    continue;
                };
                return Some(format!(
                    "Warning: {}",
                    self.run.at(
                        text,
                        &i18n::t!("workflow-runs-on-other-os", label = label, os = os)
                    )
                ));
            }
        }
        None
    }

    /// Runs a job's steps (the job has started and passed its protection
    /// rules); the caller emits `JobFinished`. Returns the contexts as the
    /// job ends, for `environment.url`.
    fn run_steps(
        mut self,
        name: String,
        mut contexts: Map<String, Value>,
    ) -> (JobDone, Map<String, Value>) {
        if let Some(warning) = self.other_system(&contexts) {
            self.run.log(&self.job.id, 0, &warning);
        }
        let setup = self
            .prepare(&mut contexts)
            .and_then(|()| self.start_services(&contexts));
        if let Err(message) = setup {
            // The job's setup failed: as on GitHub, no step runs.
            self.run.log(&self.job.id, 0, &message);
            self.failed = true;
        } else {
            self.run_pres(&contexts);
            for (index, step) in self.job.steps.iter().enumerate() {
                self.step(index + 1, step, &mut contexts);
            }
        }
        // The posts of node actions, then the built-in actions' (each list
        // the last first).
        self.run_posts(&mut contexts);
        self.run_post_steps();
        contexts.insert("steps".into(), Value::Object(self.steps_ctx.clone()));
        contexts.insert(
            "job".into(),
            self.job_context(if self.failed { "failure" } else { "success" }),
        );
        self.stop_services();
        contexts.insert("env".into(), obj(&self.env_context()));
        let outputs = self.run.job_outputs(self.job, &contexts, &mut self.failed);
        // A job started after the cancellation (its `if:` asked for it) ends
        // on its own terms; one that was running when it came is cancelled.
        let result = if self.cancelled_while_running() {
            JobResult::Cancelled
        } else if self.failed {
            JobResult::Failure
        } else {
            JobResult::Success
        };
        let done = JobDone {
            steps: self.reports,
            outputs,
            ..JobDone::empty(name, result)
        };
        (done, contexts)
    }

    /// The `job` context: `status`, and `services` when the job has some.
    fn job_context(&self, status: &str) -> Value {
        let mut job = json!({ "status": status });
        if let Value::Object(map) = &mut job {
            if let Some(services) = self.services.context() {
                map.insert("services".into(), services);
            }
            if let Some(container) = self.services.container_context() {
                map.insert("container".into(), container);
            }
        }
        job
    }

    /// The run was cancelled after this job started.
    pub(super) fn cancelled_while_running(&self) -> bool {
        self.cancel.is_cancelled() && !self.started_cancelled
    }

    /// Creates the job's fresh folders and renders the workflow and job env.
    fn prepare(&mut self, contexts: &mut Map<String, Value>) -> Result<(), String> {
        if self.dir.exists() {
            fs::remove_dir_all(&self.dir).map_err(|e| {
                i18n::t!(
                    "workflow-cannot-clean",
                    path = self.dir.display().to_string(),
                    error = e.to_string()
                )
            })?;
        }
        self.workspace = self.dir.join("workspace");
        self.temp = self.dir.join("temp");
        for dir in [&self.workspace, &self.temp] {
            super::private_dir(dir).map_err(|e| {
                i18n::t!(
                    "workflow-cannot-create",
                    path = dir.display().to_string(),
                    error = e.to_string()
                )
            })?;
        }
        if let Some(Value::Object(github)) = contexts.get_mut("github") {
            github.insert(
                "workspace".into(),
                Value::String(self.workspace.to_string_lossy().into_owned()),
            );
        }
        contexts.insert("runner".into(), context::runner(&self.dir, &self.temp));
        self.yaml_env = self.render_pairs(&self.run.wf.env, contexts)?;
        let job_env = self.render_pairs(&self.job.env, contexts)?;
        self.yaml_env.extend(job_env);
        Ok(())
    }

    pub(super) fn render_pairs(
        &self,
        pairs: &Pairs,
        contexts: &Map<String, Value>,
    ) -> Result<BTreeMap<String, String>, String> {
        let mut out = BTreeMap::new();
        for (name, text) in pairs {
            if name.is_empty() {
                out.extend(self.env_expression(text, contexts)?);
                continue;
            }
            let value = eval::render(&text.value, contexts, Status::SUCCESS).map_err(|e| {
                self.run.at(
                    text,
                    &crate::cannot_evaluate(
                        &i18n::t!("workflow-eval-env", name = name.as_str()),
                        &e.message,
                    ),
                )
            })?;
            // A name may hold expressions too (`${{ github.event_name }}: x`).
            let name = match name.contains("${{") {
                true => eval::render(name, contexts, Status::SUCCESS).map_err(|e| {
                    self.run.at(
                        text,
                        &crate::cannot_evaluate(
                            &i18n::t!("workflow-eval-name", name = name.as_str()),
                            &e.message,
                        ),
                    )
                })?,
                false => name.clone(),
            };
            out.insert(name, value);
        }
        Ok(out)
    }

    /// An `env:` given as one expression: its value must be a mapping.
    fn env_expression(
        &self,
        text: &Text,
        contexts: &Map<String, Value>,
    ) -> Result<BTreeMap<String, String>, String> {
        let value = eval::value(&text.value, contexts, Status::SUCCESS).map_err(|e| {
            self.run
                .at(text, &crate::cannot_evaluate("`env`", &e.message))
        })?;
        match value {
            Value::Object(map) => Ok(map
                .iter()
                .map(|(k, v)| (k.clone(), eval::display(v)))
                .collect()),
            other => Err(self.run.at(
                text,
                &i18n::t!(
                    "workflow-env-value",
                    value = serde_json::to_string(&other).unwrap_or_default()
                ),
            )),
        }
    }

    /// The `env` context before a step's own `env:`.
    pub(super) fn env_context(&self) -> BTreeMap<String, String> {
        let mut env = self.file_env.clone();
        env.extend(self.yaml_env.iter().map(|(k, v)| (k.clone(), v.clone())));
        env.extend(self.action_env.iter().map(|(k, v)| (k.clone(), v.clone())));
        env
    }

    /// Decides, runs (or skips) and records step `number` (1-based).
    pub(super) fn step(&mut self, number: usize, step: &Step, contexts: &mut Map<String, Value>) {
        let run = self.run;
        let cancelled = self.cancelled_while_running();
        let status = Status {
            success: !self.failed && !cancelled,
            failure: self.failed,
            cancelled,
        };
        contexts.insert("steps".into(), Value::Object(self.steps_ctx.clone()));
        contexts.insert(
            "job".into(),
            self.job_context(job_status(self.failed, cancelled)),
        );
        contexts.insert("env".into(), obj(&self.env_context()));
        let should_run = if self.timed_out {
            Ok(false)
        } else {
            match &step.cond {
                None => Ok(status.success),
                Some(cond) => eval::condition(&cond.value, contexts, status).map_err(|e| {
                    run.at(
                        cond,
                        &crate::cannot_evaluate(&i18n::t!("workflow-eval-step-if"), &e.message),
                    )
                }),
            }
        };
        let step_name = run.mask(&run.step_name(step, contexts));
        if !self.nested() {
            run.emit(RunEvent::StepStarted {
                job: self.job.id.clone(),
                step: number,
                name: step_name.clone(),
            });
        }
        let ran = match should_run {
            Ok(false) => StepRun {
                outcome: JobResult::Skipped,
                outputs: BTreeMap::new(),
                job_timed_out: false,
            },
            Ok(true) => self.run_step(step, number, contexts, status),
            Err(message) => {
                run.log(&self.job.id, number, &message);
                StepRun::failed()
            }
        };
        self.timed_out |= ran.job_timed_out;
        let outcome = if ran.outcome == JobResult::Failure && self.cancelled_while_running() {
            JobResult::Cancelled
        } else {
            ran.outcome
        };
        let conclusion = if outcome == JobResult::Failure
            && run.continue_on_error(&self.job.id, step, contexts, status, number)
        {
            JobResult::Success
        } else {
            outcome
        };
        self.record(step, number, step_name, outcome, conclusion, &ran.outputs);
    }

    /// Adds a finished step to the `steps` context and the report.
    pub(super) fn record(
        &mut self,
        step: &Step,
        number: usize,
        name: String,
        outcome: JobResult,
        conclusion: JobResult,
        outputs: &BTreeMap<String, String>,
    ) {
        if conclusion == JobResult::Failure {
            self.failed = true;
        }
        if let Some(id) = &step.id {
            self.steps_ctx.insert(
                id.clone(),
                json!({
                    "outputs": obj(outputs),
                    "outcome": outcome.as_str(),
                    "conclusion": conclusion.as_str(),
                }),
            );
        }
        if self.nested() {
            return;
        }
        self.run.emit(RunEvent::StepFinished {
            job: self.job.id.clone(),
            step: number,
            outcome,
            conclusion,
        });
        self.reports.push(StepReport {
            name,
            outcome,
            conclusion,
        });
    }

    /// Runs one step with its own `env:` over the job's.
    fn run_step(
        &mut self,
        step: &Step,
        number: usize,
        contexts: &mut Map<String, Value>,
        status: Status,
    ) -> StepRun {
        let mut env = self.env_context();
        match self.render_pairs(&step.env, contexts) {
            Ok(step_env) => env.extend(step_env),
            Err(message) => {
                self.run.log(&self.job.id, number, &message);
                return StepRun::failed();
            }
        }
        contexts.insert("env".into(), obj(&env));
        // A `timeout-minutes` expression: run a copy of the step with its value.
        let evaluated;
        let step = match &step.timeout_expr {
            None => step,
            Some(text) => match self.run.minutes(text, contexts, status) {
                Ok(minutes) => {
                    evaluated = Step {
                        timeout_minutes: Some(minutes),
                        timeout_expr: None,
                        ..step.clone()
                    };
                    &evaluated
                }
                Err(message) => {
                    self.run.log(&self.job.id, number, &message);
                    return StepRun::failed();
                }
            },
        };
        let result = match &step.action {
            Action::Uses(uses) => {
                // A composite's step inside a step with a timeout keeps the
                // outer one unless it has its own.
                let outer = (self.step_deadline, self.step_minutes);
                if let Some(minutes) = step.timeout_minutes {
                    self.step_deadline =
                        Some(Instant::now() + Duration::from_secs_f64(minutes * 60.0));
                    self.step_minutes = Some(minutes);
                }
                let result = self.run_action(uses, number, &env, contexts, status);
                (self.step_deadline, self.step_minutes) = outer;
                result
            }
            Action::Run {
                script,
                shell,
                working_directory,
            } => self.run_script(&super::script::Script {
                step,
                number,
                body: script,
                shell: shell.as_deref(),
                working_directory: working_directory.as_ref(),
                env: &env,
                contexts,
                status,
            }),
        };
        result.unwrap_or_else(|message| {
            // A composite action's step: its positions are in action.yml.
            let message = match &self.action_file {
                Some(file) => match message.strip_prefix(&format!("{}:", self.run.wf.file)) {
                    Some(rest) => format!("{file}:{rest}"),
                    None => message,
                },
                None => message,
            };
            // One event per line (an action.yml can have several errors).
            for line in message.lines() {
                self.run.log(&self.job.id, number, line);
            }
            StepRun::failed()
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;
    use std::time::{Duration, Instant};

    use super::super::testing::{Ran, push, request, run};
    use crate::{JobResult, RunEvent, parse_workflow};

    #[test]
    fn a_windows_or_macos_runner_is_a_warning_and_the_job_runs_on_linux() {
        let ran = run(
            "on: push\njobs:\n  t:\n    strategy:\n      matrix:\n        os: [ubuntu-latest, windows-2022]\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: echo \"$RUNNER_OS\"\n  m:\n    runs-on: {group: big, labels: [self-hosted, macOS]}\n    steps:\n      - run: 'true'\n",
        );
        assert_eq!(ran.logs("t (ubuntu-latest)"), ["Linux"]);
        let windows = ran.logs("t (windows-2022)");
        assert_eq!(
            windows[0],
            "Warning: ci.yml:7:14: `runs-on: windows-2022` asks for a Windows runner, but devpath runs every job on this Linux machine: `runner.os` is Linux here, and steps that need Windows fail"
        );
        assert_eq!(windows[1], "Linux");
        assert_eq!(ran.result("t"), JobResult::Success);
        assert!(
            ran.logs("m")[0].contains("`runs-on: macOS` asks for a macOS runner"),
            "{:?}",
            ran.logs("m")
        );
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
        let req = request(dir.path(), push());
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
    fn a_step_using_an_action_devpath_lacks_fails_naming_it() {
        let ran = run(
            "on: push\njobs:\n  j:\n    runs-on: x\n    steps:\n      - uses: example/deploy-action@v1\n      - run: echo never\n  k:\n    runs-on: x\n    steps:\n      - uses: example/deploy-action@v1\n        continue-on-error: true\n      - run: echo after\n",
        );
        assert_eq!(ran.result("j"), JobResult::Failure);
        let logs = ran.logs("j").join("\n");
        assert!(
            logs.contains("`uses: example/deploy-action@v1` is not available offline"),
            "{logs}"
        );
        assert!(!logs.contains("never"), "{logs}");
        assert_eq!(ran.result("k"), JobResult::Success);
        assert!(
            ran.logs("k").iter().any(|l| l == "after"),
            "{:?}",
            ran.logs("k")
        );
    }

    #[test]
    fn env_names_may_hold_expressions() {
        let ran = run(
            "on: push\njobs:\n  j:\n    runs-on: x\n    env:\n      ${{ github.event_name }}_X: one\n    steps:\n      - run: echo \"$push_X\"\n",
        );
        assert_eq!(ran.result("j"), JobResult::Success);
        assert_eq!(ran.logs("j"), ["one"]);
    }
}
