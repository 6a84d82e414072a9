//! Executing a workflow: the run's shared state, its entry point and its
//! report. The pieces live beside this file, one idea each:
//! - `dispatcher` schedules the jobs (needs, `if:` and status functions);
//! - `matrix` expands a job's `strategy.matrix` into its combinations and
//!   gathers what they did;
//! - `gates` holds jobs and runs at their `concurrency:` groups and
//!   environment protection rules;
//! - `job` runs one job's steps and collects its outputs;
//! - `context` builds the `${{ }}` contexts (`github`, `needs`, `runner` …);
//! - `actions` runs `uses:` steps: the built-in actions (`checkout` …),
//!   local ones and those of the offline action folder (composite, node,
//!   docker);
//! - `reusable` runs a job that calls a reusable workflow, as a run of
//!   its own whose events belong to the calling job;
//! - `script` writes and runs one `run:` step's script in its shell.
//!
//! # Jobs
//! A job starts once every job it `needs` has finished; independent jobs
//! run at the same time, each on its own thread, at most
//! `RunRequest::max_jobs` of them (jobs that may wait for a concurrency
//! group or an environment are not counted). Its `if:` (default
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

mod actions;
mod context;
mod dispatcher;
mod gates;
mod job;
mod matrix;
mod plan;
mod reusable;
mod script;
mod services;
#[cfg(test)]
mod testing;

pub(crate) use reusable::check_calls;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::sync::Mutex;

use serde_json::{Map, Value};

pub use actions::Blocker;
pub(crate) use plan::plan;
pub use plan::{Plan, PlannedJob, Skip};

use crate::eval::{self, Status};
use crate::mask::Masker;
use crate::model::{Text, Workflow};
use crate::step;
use crate::{
    ApprovalDecision, Diagnostic, Event, JobEnvironment, JobReport, JobResult, RunEvent, RunReport,
    RunRequest, Severity, StepReport, WorkflowError,
};

/// What every job of a run shares.
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
    printed_secrets: Mutex<BTreeSet<String>>,
    /// `github` without the per-job fields.
    github: Map<String, Value>,
    inputs: Map<String, Value>,
    git_ref: String,
    /// Host variables a step must not inherit (`GITHUB_*`, `RUNNER_*`, …).
    hidden_host_vars: Vec<String>,
    host_path: String,
    /// This run's ticket in the shared `concurrency:` groups.
    ticket: u64,
    /// `secrets.GITHUB_TOKEN`: a random placeholder, not a token (see the
    /// crate's docs), unless the request gives one.
    github_token: String,
    /// Levels of reusable workflows above this run (0: the top level).
    depth: usize,
    /// The reusable workflows called so far, nested ones included.
    called: std::sync::Arc<Mutex<BTreeSet<String>>>,
    /// The repository holding this run's workflow, where its `./` calls
    /// of reusable workflows are (the commit's files, or a copy in the
    /// action folder for a workflow called from another repository).
    workflows_repo: std::path::PathBuf,
    /// The run's artifacts, shared with the reusable workflows it calls.
    artifacts: std::sync::Arc<actions::Artifacts>,
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
    /// The job failed but its `continue-on-error` allows it: the jobs that
    /// need it see a success.
    allowed_failure: bool,
    /// For a matrix job, each combination's report.
    combinations: Vec<JobReport>,
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
            allowed_failure: false,
            combinations: Vec::new(),
        }
    }
}

pub(crate) fn execute(
    wf: &Workflow,
    req: &RunRequest,
    cancel: &step::CancelHandle,
    on_event: &(dyn Fn(RunEvent) + Sync),
) -> Result<RunReport, WorkflowError> {
    let diagnostics = reusable::check_calls(wf, &req.checkout_from);
    if !diagnostics.is_empty() {
        return Err(WorkflowError::Invalid {
            file: wf.file.clone(),
            diagnostics,
        });
    }
    let run = Run::new(wf, req, cancel, on_event)?;
    let run_name = run.run_name();
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
    let mut report = run.report(done);
    report.run_name = run_name;
    Ok(report)
}

impl<'a> Run<'a> {
    /// Checks the dispatch inputs and prepares the work folder and the
    /// event file (`$GITHUB_EVENT_PATH`).
    fn new(
        wf: &'a Workflow,
        req: &'a RunRequest,
        cancel: &'a step::CancelHandle,
        on_event: &'a (dyn Fn(RunEvent) + Sync),
    ) -> Result<Run<'a>, WorkflowError> {
        let inputs = match &req.event {
            Event::WorkflowDispatch { inputs } => wf.resolve_inputs(inputs)?,
            _ => Map::new(),
        };
        private_dir(&req.work_root).map_err(|source| WorkflowError::Workspace {
            path: req.work_root.clone(),
            source,
        })?;
        let git_ref = req.event.git_ref();
        let github_token = req
            .secrets
            .get("GITHUB_TOKEN")
            .cloned()
            .unwrap_or_else(placeholder_token);
        let run = Run {
            wf,
            req,
            on_event,
            cancel,
            // Environment secrets are masked from the start, in every job:
            // masking must never miss.
            masker: Mutex::new(Masker::with_secrets(
                all_secrets(req)
                    .map(|(_, value)| value.as_str())
                    .chain([github_token.as_str()]),
            )),
            secrets_by_name: all_secrets(req)
                .map(|(name, value)| (name.clone(), Masker::with_secrets([value.as_str()])))
                .collect(),
            printed_secrets: Mutex::new(BTreeSet::new()),
            github: context::github(wf, req, &git_ref, &inputs),
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
            host_path: std::env::var("PATH")
                .unwrap_or_else(|_| "/usr/local/bin:/usr/bin:/bin".into()),
            ticket: req.concurrency.run_ticket(),
            github_token,
            depth: 0,
            called: Default::default(),
            workflows_repo: req.checkout_from.clone(),
            artifacts: std::sync::Arc::new(actions::Artifacts::new(&req.work_root)),
        };
        let event_file = req.work_root.join("event.json");
        let event = run.github.get("event").cloned().unwrap_or(Value::Null);
        fs::write(&event_file, event.to_string()).map_err(|source| WorkflowError::Workspace {
            path: event_file.clone(),
            source,
        })?;
        Ok(run)
    }

    /// The run's report from each job's `JobDone`, in file order.
    fn report(&self, done: Vec<JobDone>) -> RunReport {
        let jobs: Vec<JobReport> = self
            .wf
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
                matrix: None,
                combinations: done.combinations,
            })
            .collect();
        let conclusion = if self.cancelled() {
            JobResult::Cancelled
        } else if jobs.iter().any(|j| j.result == JobResult::Failure) {
            JobResult::Failure
        } else if jobs.iter().any(|j| j.result == JobResult::Cancelled) {
            JobResult::Cancelled
        } else {
            JobResult::Success
        };
        let printed_secrets = self
            .printed_secrets
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
            .cloned()
            .collect();
        RunReport {
            workflow: self.wf.file.clone(),
            name: self.wf.name.clone(),
            run_name: None,
            event: self.req.event.name().to_string(),
            conclusion,
            jobs,
            printed_secrets,
            artifacts: self.artifacts.report(),
        }
    }

    /// Evaluates `run-name:` and announces it; a failure to evaluate it
    /// is a warning (the run goes on without a name, as GitHub falls back
    /// to its default name).
    fn run_name(&self) -> Option<String> {
        let text = self.wf.run_name.as_ref()?;
        match eval::render(&text.value, &self.workflow_contexts(), Status::SUCCESS) {
            Ok(name) => {
                let name = self.mask(&name);
                self.emit(RunEvent::RunNamed { name: name.clone() });
                Some(name)
            }
            Err(e) => {
                self.warn(text.pos, crate::cannot_evaluate("`run-name`", &e.message));
                None
            }
        }
    }

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

    fn warn(&self, pos: crate::yaml::Pos, message: String) {
        self.emit(RunEvent::Warning {
            diagnostic: Diagnostic {
                file: self.wf.file.clone(),
                line: pos.line,
                col: pos.col,
                severity: Severity::Warning,
                message: self.mask(&message),
                rule: "runtime",
            },
        });
    }

    /// `message` prefixed with the file, line and column of `text`.
    fn at(&self, text: &Text, message: &str) -> String {
        format!(
            "{}:{}:{}: {message}",
            self.wf.file, text.pos.line, text.pos.col
        )
    }

    fn render_or(&self, text: &str, contexts: &Map<String, Value>, fallback: String) -> String {
        eval::render(text, contexts, Status::SUCCESS).unwrap_or(fallback)
    }
}

/// A value for `secrets.GITHUB_TOKEN` that is different in every run and
/// says what it is: no API accepts it.
fn placeholder_token() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default(),
    );
    hasher.write_u32(std::process::id());
    format!("devpath-placeholder-not-a-token-{:016x}", hasher.finish())
}

/// Repository secrets, then every environment's.
fn all_secrets(req: &RunRequest) -> impl Iterator<Item = (&String, &String)> {
    req.secrets
        .iter()
        .chain(req.environments.iter().flat_map(|e| e.secrets.iter()))
}

/// Creates `path` and its missing parents private to the user (0700): a
/// run's folders hold step scripts and files that may carry secrets.
pub(super) fn private_dir(path: &std::path::Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt as _;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(path)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::testing::run;
    use crate::RunEvent;

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
        assert_eq!(ran.report.printed_secrets, ["KEY", "TOKEN"]);
    }
}
