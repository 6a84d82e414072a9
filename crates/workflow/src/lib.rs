//! GitHub Actions workflows, run locally and offline.
//!
//! - `yaml` reads the file into a tree whose nodes know their line and
//!   column; `parse` checks it into a [`Workflow`] (`model`) and reports
//!   structural errors (unknown job in `needs`, cycles, bad expressions,
//!   unknown keys, malformed action references) as [`Diagnostic`]s before
//!   anything runs — [`parse_workflow`]; [`check_calls`] checks the calls of
//!   reusable workflows once the repository's files are known.
//! - `expr` evaluates `${{ }}` expressions with GitHub's semantics; `eval`
//!   is the bridge the rest of this module uses.
//! - `run` runs the jobs in dependency order (independent ones in parallel)
//!   and `step` runs each step's process on the host in its own process
//!   group; they emit [`RunEvent`]s and never print — [`execute`].
//! - `shell` knows the shells a `run:` step names and runs them with
//!   GitHub's command lines (no `shell:` is `bash -e {0}`, without
//!   pipefail).
//! - `trigger` decides whether an [`Event`] starts a workflow, and if not
//!   which `on:` filter stopped it ([`Workflow::trigger`]), with GitHub's
//!   filter patterns (`filter`); `event` gives each event its `github.ref`
//!   and webhook payload; [`plan`] is a dry run of the jobs' `if:`s.
//! - `matrix` expands a `strategy.matrix` into its combinations, with
//!   GitHub's `include`/`exclude` rules (see "Matrices" below).
//! - `mask` hides secrets in everything a run shows ([`Masker`]).
//! - `concurrency` keeps runs and jobs of one `concurrency:` group from
//!   overlapping ([`ConcurrencyGroups`], shared by runs that may overlap).
//!
//! # Environments
//! A job's `environment:` is evaluated when the job is about to start (its
//! `needs` done, its `if:` true). If [`RunRequest::environments`] gives that
//! environment reviewers, the job emits [`RunEvent::ApprovalRequested`] and
//! asks [`RunRequest::approver`] on its own thread; a rejection fails the
//! job without running its steps. Then it waits the environment's wait
//! timer and runs, seeing the environment's `vars` and `secrets` over the
//! repository's. Every environment's secrets are masked from the start.
//!
//! # Matrices
//! A job with `strategy.matrix` is expanded when it is about to start (its
//! `needs` done, its `if:` true), so the matrix may come from
//! `fromJSON(needs.setup.outputs.m)`. [`RunEvent::MatrixExpanded`] names
//! its combinations (`build (ubuntu, 18)`), and each then runs as a job of
//! its own under that name, with its `matrix` and `strategy` contexts, at
//! most `max-parallel` at a time. With `fail-fast` (the default), the
//! first failing combination cancels the running and queued ones. The jobs
//! that need it see one result (failure if a combination failed, else
//! cancelled if one was cancelled, else success) and the outputs of all
//! combinations, the last to finish winning for an output they all set.
//! A failure allowed by the job's `continue-on-error` counts as a success,
//! as on GitHub.
//!
//! # The GITHUB_TOKEN
//! `secrets.GITHUB_TOKEN` exists, as on GitHub, so that workflows using it
//! run. It is NOT a token: a random placeholder made for each run, masked
//! like any secret, that no API accepts (devpath has no GitHub to call).
//! `permissions:` is checked but changes nothing for the same reason.
//!
//! CONTRACT (used by `scenario` and `ui`): the types below and
//! [`parse_workflow`] / [`execute`] / [`plan`]. Fields and variants may be
//! added.

mod concurrency;
#[cfg(test)]
mod environment_tests;
mod eval;
mod event;
pub mod expr;
mod filter;
pub mod mask;
mod matrix;
mod model;
mod parse;
mod run;
mod shell;
mod step;
mod trigger;
mod yaml;

pub use concurrency::ConcurrencyGroups;
pub use event::{PullRequest, ZERO_SHA};
pub use mask::Masker;
pub use model::{DispatchInput, InputKind, Workflow};
pub use parse::Parsed;
pub use run::{Blocker, Plan, PlannedJob, Skip};
pub use step::CancelHandle;
pub use trigger::TriggerSummary;

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

/// ` — did you mean "x"?`, in the current language (with its leading
/// space), to end a diagnostic.
pub(crate) fn did_you_mean_hint(suggestion: &str) -> String {
    format!(
        " {}",
        i18n::t!("workflow-did-you-mean", suggestion = suggestion)
    )
}

/// ` (expected one of: a, b)`, in the current language (with its leading
/// space), to end a diagnostic.
pub(crate) fn expected_one_of(list: &str) -> String {
    format!(" {}", i18n::t!("workflow-expected-one-of", list = list))
}

/// `cannot evaluate WHAT: PROBLEM`, in the current language.
pub(crate) fn cannot_evaluate(what: &str, problem: &str) -> String {
    i18n::t!("workflow-cannot-evaluate", what = what, problem = problem)
}

/// A message about a place in a workflow file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The file as the user knows it, e.g. `.github/workflows/ci.yml`.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    pub severity: Severity,
    /// What is wrong and how to fix it, e.g. `job "deploy" needs "buld",
    /// which does not exist — did you mean "build"?`
    pub message: String,
    /// The kind of check, named as actionlint names its rules
    /// (`syntax-check`, `expression`, `events`, `job-needs`, …), so that
    /// `devpath validate` can be read next to actionlint.
    pub rule: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.col, self.message
        )
    }
}

/// Errors that stop a workflow from running at all (not a failed job).
#[derive(Debug, thiserror::Error)]
pub enum WorkflowError {
    /// The workflow has structural errors; nothing ran.
    #[error("{}", i18n::t!("workflow-error-invalid", file = .file.as_str(), count = .diagnostics.len().to_string()))]
    Invalid {
        file: String,
        diagnostics: Vec<Diagnostic>,
    },
    #[error("{}", i18n::t!("workflow-cannot-read", path = .path.display().to_string(), error = .source.to_string()))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", i18n::t!("workflow-error-workspace", path = .path.display().to_string(), error = .source.to_string()))]
    Workspace {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", i18n::t!("workflow-cannot-start-program-path", program = .program.as_str(), error = .source.to_string()))]
    Spawn {
        program: String,
        source: std::io::Error,
    },
    /// The dispatch inputs don't fit the workflow's `workflow_dispatch.inputs`.
    #[error("{}\n  {}", i18n::t!("workflow-error-inputs", file = .file.as_str()), .problems.join("\n  "))]
    Inputs { file: String, problems: Vec<String> },
    /// A thread of the executor panicked (a devpath bug).
    #[error("{}", i18n::t!("workflow-error-internal", message = .0.as_str()))]
    Internal(String),
}

/// Parses and validates a workflow.
///
/// `display_name` is the file as the user knows it (it starts every
/// diagnostic). Structural errors give [`WorkflowError::Invalid`] with every
/// error found; warnings (keys valid on GitHub that devpath does not run)
/// come back in [`Parsed::warnings`].
pub fn parse_workflow(display_name: &str, source: &str) -> Result<Parsed, WorkflowError> {
    parse::parse(display_name, source).map_err(|diagnostics| WorkflowError::Invalid {
        file: display_name.to_string(),
        diagnostics,
    })
}

/// Checks the jobs that call a reusable workflow of the repository
/// (`./.github/workflows/X.yml` under `repository`, the files a run checks
/// out) against its `on.workflow_call`: unknown or missing inputs, wrong
/// literal types, unknown or missing secrets, a file that is missing or
/// cannot be called. [`execute`] runs these checks too and refuses to
/// start with [`WorkflowError::Invalid`]; call this to show them first.
pub fn check_calls(wf: &Workflow, repository: &std::path::Path) -> Vec<Diagnostic> {
    run::check_calls(wf, repository)
}

/// Runs the workflow's jobs in dependency order (independent jobs in
/// parallel, steps on the host) and returns what happened.
///
/// `on_event` is called from several threads as things happen; every text
/// in an event is already masked. `Err` only when the run could not start
/// (bad dispatch inputs, unusable work folder); failed jobs are an
/// `Ok` report whose conclusion is `failure`. Never prints.
pub fn execute(
    wf: &Workflow,
    req: &RunRequest,
    on_event: &(dyn Fn(RunEvent) + Sync),
) -> Result<RunReport, WorkflowError> {
    run::execute(wf, req, &CancelHandle::new(), on_event)
}

/// Merges `over` into `base` as an event file goes over a payload:
/// objects key by key, anything else (arrays too) replaced.
pub fn merge_payload(base: &mut serde_json::Value, over: &serde_json::Value) {
    event::merge(base, over)
}

/// A dry run: decides every job's `if:` for `req`'s event, as a run
/// would if every job that runs succeeded, and runs nothing (no folder is
/// created either). `Err` for dispatch inputs that do not fit.
pub fn plan(wf: &Workflow, req: &RunRequest) -> Result<Plan, WorkflowError> {
    run::plan(wf, req)
}

/// Like [`execute`], but the run can be cancelled (Ctrl-C) by calling
/// [`CancelHandle::cancel`] on a clone of `cancel` from another thread.
/// Steps running then are stopped; later steps and jobs run only if their
/// `if:` uses `always()` or `cancelled()`; the jobs that were running and
/// the run conclude `cancelled`.
pub fn execute_cancellable(
    wf: &Workflow,
    req: &RunRequest,
    cancel: &CancelHandle,
    on_event: &(dyn Fn(RunEvent) + Sync),
) -> Result<RunReport, WorkflowError> {
    run::execute(wf, req, cancel, on_event)
}

/// The event that triggers a run (what each one means for `github.ref`
/// and `github.event` is in `event.rs`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "name", rename_all = "snake_case")]
pub enum Event {
    /// A push to `git_ref` (`refs/heads/…` or `refs/tags/…`).
    Push { git_ref: String },
    /// A manual dispatch with its inputs (as typed on the command line).
    WorkflowDispatch { inputs: BTreeMap<String, String> },
    /// Activity on a pull request; runs on its merge ref.
    PullRequest(PullRequest),
    /// Activity on a pull request; runs on the default branch.
    PullRequestTarget(PullRequest),
    /// One of the workflow's `on.schedule` crons came due.
    Schedule { cron: String },
    /// Release activity (`published`, …) for the tag `tag`.
    Release { action: String, tag: String },
    /// A `repository_dispatch` whose `event_type` is `action`.
    RepositoryDispatch { action: String },
}

/// A job's or run's result, as in `needs.<id>.result`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum JobResult {
    Success,
    Failure,
    Cancelled,
    Skipped,
}

impl JobResult {
    pub fn as_str(self) -> &'static str {
        match self {
            JobResult::Success => "success",
            JobResult::Failure => "failure",
            JobResult::Cancelled => "cancelled",
            JobResult::Skipped => "skipped",
        }
    }
}

impl fmt::Display for JobResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Everything a run needs besides the workflow.
#[derive(Debug, Clone)]
pub struct RunRequest {
    pub event: Event,
    /// JSON merged over the event's default payload (`github.event`), as
    /// an event file gives it; `None` for the defaults alone.
    pub event_payload: Option<serde_json::Value>,
    /// 40-hex commit id (`github.sha`).
    pub sha: String,
    /// The files of the simulated commit; `actions/checkout` copies them
    /// into the job's workspace.
    pub checkout_from: PathBuf,
    /// The git repository holding the commit `sha`, when it is a real one
    /// (`devpath pipeline` in a git repository): `actions/checkout` fetches
    /// it from there into the workspace's `.git`.
    pub git_repository: Option<PathBuf>,
    /// A private folder where job workspaces and runner files are created.
    pub work_root: PathBuf,
    pub secrets: BTreeMap<String, String>,
    pub vars: BTreeMap<String, String>,
    /// Extra process environment for every step (e.g. DOCKER_CONFIG).
    pub env: BTreeMap<String, String>,
    pub run_id: u64,
    pub run_number: u64,
    pub actor: String,
    /// `owner/name`.
    pub repository: String,
    /// The deployment environments with protection rules and scoped
    /// values; a job's `environment:` that is not listed here has no rules
    /// (as on GitHub, where naming an environment creates it).
    pub environments: Vec<EnvironmentRules>,
    /// Decides deployments that wait for a reviewer; None rejects them
    /// (nobody is there to approve).
    pub approver: Option<std::sync::Arc<dyn Approver>>,
    /// `concurrency:` groups shared by the runs that may overlap.
    pub concurrency: ConcurrencyGroups,
    /// The offline action folder (`--actions-dir`, `DEVPATH_ACTIONS_DIR`):
    /// remote actions and reusable workflows laid out as act's offline
    /// cache, `OWNER/REPO@REF/` (see `run::actions::local`). None: only
    /// built-in and local (`./`) actions run.
    pub actions_dir: Option<PathBuf>,
    /// Where `actions/cache` keeps its entries between runs. None: devpath's
    /// cache folder (`$XDG_CACHE_HOME/devpath`, else `~/.cache/devpath`);
    /// tests give a temporary folder.
    pub cache_dir: Option<PathBuf>,
    /// How many jobs (or matrix combinations) may run at the same time;
    /// None: as many as the machine has cores. Each running job is a
    /// thread and its step's processes, so a workflow of thousands of
    /// independent jobs must not start them all at once. A reusable
    /// workflow's jobs count within their calling job's run.
    pub max_jobs: Option<std::num::NonZeroUsize>,
}

/// A deployment environment: protection rules and scoped values, as set in
/// a repository's settings on GitHub (never in the workflow).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EnvironmentRules {
    pub name: String,
    /// Who may approve; when not empty, jobs in this environment wait for
    /// an approval before they start.
    pub reviewers: Vec<String>,
    /// Seconds a job waits (after any approval) before it starts.
    pub wait_timer_seconds: u64,
    /// `vars.*` visible only to jobs in this environment; they win over
    /// repository variables.
    pub vars: BTreeMap<String, String>,
    /// `secrets.*` visible only to jobs in this environment; they win over
    /// repository secrets.
    pub secrets: BTreeMap<String, String>,
}

/// Asks someone (a person at the terminal, a flag, a scenario) whether a
/// job may deploy to a protected environment.
pub trait Approver: Send + Sync + std::fmt::Debug {
    fn decide(&self, request: &ApprovalRequest) -> ApprovalDecision;
}

/// A job waiting for approval.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApprovalRequest {
    pub job: String,
    pub environment: String,
    /// The commit to deploy (`github.sha`).
    pub sha: String,
    pub run_number: u64,
    pub reviewers: Vec<String>,
}

/// A reviewer's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApprovalDecision {
    pub approved: bool,
    pub reviewer: String,
    pub comment: String,
}

/// A job's deployment environment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JobEnvironment {
    pub name: String,
    /// `environment.url`, evaluated.
    pub url: Option<String>,
}

/// What a run did.
#[derive(Debug, Clone, Serialize)]
pub struct RunReport {
    /// The workflow file as shown to the user.
    pub workflow: String,
    /// The workflow's `name:`, if any.
    pub name: Option<String>,
    /// The workflow's `run-name:`, evaluated, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run_name: Option<String>,
    pub event: String,
    pub conclusion: JobResult,
    /// Jobs in the order they appear in the file.
    pub jobs: Vec<JobReport>,
    /// Names of the secrets whose values a step printed (masked as `***`
    /// in everything devpath shows, but printed all the same).
    pub printed_secrets: Vec<String>,
    /// What `actions/upload-artifact` uploaded, in upload order. They live
    /// in the run's work folder and go with it.
    pub artifacts: Vec<ArtifactReport>,
}

/// One artifact a run uploaded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArtifactReport {
    pub name: String,
    /// Its files, relative to the artifact's root, sorted.
    pub files: Vec<String>,
    /// Total bytes of its files (not zipped, unlike GitHub's size).
    pub size: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct JobReport {
    /// The job's id; for a combination of a matrix, the combination's name
    /// as events give it (`build (ubuntu, 18)`).
    pub id: String,
    /// Display name (`name:` or the id).
    pub name: String,
    /// As `needs.<id>.result` sees it: for a matrix job, the result of all
    /// its combinations; a failure allowed by the job's
    /// `continue-on-error` is a success. (A combination's own result, in
    /// `combinations`, is what it did.)
    pub result: JobResult,
    pub needs: Vec<String>,
    pub outputs: BTreeMap<String, String>,
    pub steps: Vec<StepReport>,
    /// The job's `environment:`, evaluated.
    pub environment: Option<JobEnvironment>,
    /// The reviewer's decision, when the environment required one.
    pub approval: Option<ApprovalDecision>,
    /// A combination's `matrix` values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matrix: Option<serde_json::Value>,
    /// A matrix job's combinations, in the matrix's order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub combinations: Vec<JobReport>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StepReport {
    pub name: String,
    /// Result before `continue-on-error` (`steps.<id>.outcome`).
    pub outcome: JobResult,
    /// Result after `continue-on-error` (`steps.<id>.conclusion`).
    pub conclusion: JobResult,
}

/// What happens during a run, as it happens. Every text is already masked.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum RunEvent {
    /// Something GitHub would accept but devpath does not do (e.g. a job
    /// output holding a secret, which is not passed on).
    Warning { diagnostic: Diagnostic },
    /// The run's `run-name:`, evaluated (only when the workflow has one).
    RunNamed { name: String },
    /// A matrix job is about to start its combinations: from now on each
    /// is a job of its own, named in `combinations` in the matrix's order
    /// (`build (ubuntu, 18)`), with its own `JobStarted` … `JobFinished`;
    /// `job` itself gets none of these.
    MatrixExpanded {
        job: String,
        combinations: Vec<String>,
    },
    /// A job starts (jobs whose `if:` is false only get `JobFinished`;
    /// jobs cancelled while pending in a `concurrency:` group only get
    /// `ConcurrencyCancelled` and `JobFinished`).
    JobStarted { job: String, name: String },
    /// A step starts; `step` is 1-based. Skipped steps also get one,
    /// followed by `StepFinished` with outcome `skipped`.
    StepStarted {
        job: String,
        step: usize,
        name: String,
    },
    /// One line of a step's merged stdout and stderr, or a message from
    /// devpath about the step (`Error: Process completed with exit code 1.`).
    /// `step` is 0 for a message about the job itself.
    Log {
        job: String,
        step: usize,
        line: String,
    },
    /// A step ended: `outcome` before `continue-on-error`, `conclusion` after.
    StepFinished {
        job: String,
        step: usize,
        outcome: JobResult,
        conclusion: JobResult,
    },
    /// A job in a protected environment waits for a reviewer (the job
    /// already got `JobStarted`; no step has run).
    ApprovalRequested {
        job: String,
        environment: String,
        /// The commit to deploy (`github.sha`).
        sha: String,
    },
    /// The reviewer answered; a rejection fails the job.
    ApprovalDecided {
        job: String,
        environment: String,
        decision: ApprovalDecision,
    },
    /// A newer run or job in the same `concurrency:` group cancelled this
    /// run (`job` is None) or job: it was pending, or running and the newer
    /// one has `cancel-in-progress: true`. `message` says which, in GitHub's
    /// words.
    ConcurrencyCancelled {
        job: Option<String>,
        group: String,
        message: String,
    },
    /// A job ended, ran or not; every job (each combination of a matrix
    /// job) gets exactly one. A combination cancelled by `fail-fast`
    /// before it started only gets this one.
    JobFinished { job: String, result: JobResult },
}
