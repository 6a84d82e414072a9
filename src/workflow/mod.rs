//! GitHub Actions workflows, run locally and offline.
//!
//! - `yaml` reads the file into a tree whose nodes know their line and
//!   column; `parse` checks it into a [`Workflow`] (`model`) and reports
//!   structural errors (unknown job in `needs`, cycles, bad expressions,
//!   unknown keys, actions not available offline) as [`Diagnostic`]s before
//!   anything runs — [`parse_workflow`].
//! - `expr` evaluates `${{ }}` expressions with GitHub's semantics; `eval`
//!   is the bridge the rest of this module uses.
//! - `run` runs the jobs in dependency order (independent ones in parallel)
//!   and `step` runs each step's process on the host in its own process
//!   group; they emit [`RunEvent`]s and never print — [`execute`].
//! - `mask` hides secrets in everything a run shows ([`Masker`]).
//!
//! CONTRACT (used by `scenario` and `ui`): the types below and
//! [`parse_workflow`] / [`execute`]. Fields and variants may be added.

mod eval;
pub mod expr;
pub mod mask;
mod model;
mod parse;
mod run;
mod step;
mod yaml;

pub use mask::Masker;
pub use model::{DispatchInput, InputKind, Workflow};
pub use parse::Parsed;
pub use step::CancelHandle;

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

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
    #[error("{} has {} error(s); nothing ran", .file, .diagnostics.len())]
    Invalid {
        file: String,
        diagnostics: Vec<Diagnostic>,
    },
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot prepare the job workspace {path}: {source}")]
    Workspace {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot start {program}: {source} (is it installed and on PATH?)")]
    Spawn {
        program: String,
        source: std::io::Error,
    },
    /// The dispatch inputs don't fit the workflow's `workflow_dispatch.inputs`.
    #[error("{file}: wrong inputs for workflow_dispatch; nothing ran:\n  {}", .problems.join("\n  "))]
    Inputs { file: String, problems: Vec<String> },
    /// A thread of the executor panicked (a devpath bug).
    #[error("the workflow executor stopped unexpectedly: {0}; please report this bug")]
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

/// The event that triggers a run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "name", rename_all = "snake_case")]
pub enum Event {
    /// A push to `git_ref` (default `refs/heads/main`).
    Push { git_ref: String },
    /// A manual dispatch with its inputs (as typed on the command line).
    WorkflowDispatch { inputs: BTreeMap<String, String> },
}

impl Event {
    /// The name GitHub gives the event (`github.event_name`).
    pub fn name(&self) -> &'static str {
        match self {
            Event::Push { .. } => "push",
            Event::WorkflowDispatch { .. } => "workflow_dispatch",
        }
    }
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
    /// 40-hex commit id (`github.sha`).
    pub sha: String,
    /// The files of the simulated commit; `actions/checkout` copies them
    /// into the job's workspace.
    pub checkout_from: PathBuf,
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
}

/// What a run did.
#[derive(Debug, Clone, Serialize)]
pub struct RunReport {
    /// The workflow file as shown to the user.
    pub workflow: String,
    /// The workflow's `name:`, if any.
    pub name: Option<String>,
    pub event: String,
    pub conclusion: JobResult,
    /// Jobs in the order they appear in the file.
    pub jobs: Vec<JobReport>,
}

#[derive(Debug, Clone, Serialize)]
pub struct JobReport {
    pub id: String,
    /// Display name (`name:` or the id).
    pub name: String,
    pub result: JobResult,
    pub needs: Vec<String>,
    pub outputs: BTreeMap<String, String>,
    pub steps: Vec<StepReport>,
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
    /// A job starts (jobs whose `if:` is false only get `JobFinished`).
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
    /// A job ended, ran or not; every job gets exactly one.
    JobFinished { job: String, result: JobResult },
}
