//! Jobs that call a reusable workflow (`jobs.<id>.uses`), as GitHub runs
//! them ("Reusing workflows"):
//! - the called file is `./.github/workflows/X.yml` of this repository
//!   (the simulated commit, `checkout_from`), or
//!   `OWNER/REPO/.github/workflows/X.yml@REF` found in the offline action
//!   folder (`OWNER/REPO@REF/…` or act's `OWNER-REPO@REF/…`), whose own
//!   `./` calls are in that repository, as on GitHub;
//! - it must declare `on: workflow_call`; `with:` gives its typed inputs
//!   (`string`, `number`, `boolean`, with `required` and `default`), and
//!   `secrets:` its secrets (`inherit` passes all the caller's);
//! - its jobs run as a run of their own, with the caller's `github`
//!   context, shown as `caller / job`; their events belong to the calling
//!   job, and their steps to its report;
//! - the calling job's `concurrency:` group holds its called jobs;
//! - `on.workflow_call.outputs` read the `jobs` context and become the
//!   calling job's outputs (`needs.<caller>.outputs.<name>`);
//! - GitHub's limits: ten levels of workflows (the top-level caller and
//!   nine called ones) and 50 unique called workflows in one run.
//!
//! What can be checked before the run (unknown or missing inputs, wrong
//! literal types, unknown or missing secrets) is checked by
//! [`check_calls`] when the called file is local and readable, with the
//! caller's `file:line:col`, as actionlint does.

use i18n::t;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde_json::{Map, Number, Value, json};

use super::context::obj;
use super::{JobDone, Run};
use crate::eval::{self, Status};
use crate::model::{CallSecrets, Job, Workflow};
use crate::parse::{self, CallType, WorkflowCall};
use crate::{Diagnostic, JobResult, RunEvent, Severity, StepReport};

/// Levels of workflows GitHub connects: the caller and nine called ones.
pub(crate) const MAX_LEVELS: usize = 10;
/// Unique reusable workflows one run may call, nested ones included.
pub(crate) const MAX_CALLED: usize = 50;

/// The file a job's `uses:` names, how it is shown, and the repository
/// it is in (where its own `./` calls are found).
fn locate(
    uses: &str,
    repository: &Path,
    actions_dir: Option<&Path>,
) -> Result<(PathBuf, String, PathBuf), String> {
    // `$/` is the workflow's own repository at the running commit: the
    // same files as `./` here, where a call's workflow is always read at
    // the caller's commit.
    if let Some(rel) = uses.strip_prefix("./").or_else(|| uses.strip_prefix("$/")) {
        let path = repository.join(rel);
        return if path.is_file() {
            Ok((path, rel.to_string(), repository.to_path_buf()))
        } else {
            Err(t!(
                "workflow-call-missing-file",
                uses = uses,
                path = path.display().to_string()
            ))
        };
    }
    let (name, git_ref) = uses.split_once('@').unwrap_or((uses, ""));
    let mut parts = name.splitn(3, '/');
    let (owner, repo, file) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    let Some(root) = actions_dir else {
        return Err(t!(
            "workflow-call-other-repo",
            uses = uses,
            owner = owner,
            repo = repo,
            git_ref = git_ref,
            file = file
        ));
    };
    let roots = [
        root.join(owner).join(format!("{repo}@{git_ref}")),
        root.join(format!("{owner}-{repo}@{git_ref}")),
    ];
    let candidates = roots.clone().map(|r| r.join(file));
    for (path, repo_root) in candidates.iter().zip(roots) {
        if path.is_file() {
            return Ok((path.clone(), uses.to_string(), repo_root));
        }
    }
    Err(t!(
        "workflow-call-not-in-actions-dir",
        uses = uses,
        first = candidates[0].display().to_string(),
        second = candidates[1].display().to_string(),
        owner = owner,
        repo = repo,
        git_ref = git_ref
    ))
}

/// Reads and parses a called workflow; it must be callable.
fn load(path: &Path, display: &str) -> Result<(Workflow, WorkflowCall), String> {
    let source = fs::read_to_string(path).map_err(|e| {
        t!(
            "workflow-cannot-read",
            path = path.display().to_string(),
            error = e.to_string()
        )
    })?;
    let parsed = parse::parse(display, &source).map_err(|diagnostics| {
        diagnostics
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    let wf = parsed.workflow;
    match wf.triggers.call.clone() {
        Some(call) => Ok((wf, call)),
        None => Err(t!("workflow-call-not-callable", file = display)),
    }
}

/// Checks every job of `wf` that calls a local, readable reusable workflow
/// against that workflow's `on.workflow_call`: inputs that it does not
/// declare, required ones that are missing, literal values of the wrong
/// type, and secrets. Errors name the caller's `file:line:col`.
pub(crate) fn check_calls(wf: &Workflow, repository: &Path) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut error = |pos: crate::yaml::Pos, message: String| {
        out.push(Diagnostic {
            file: wf.file.clone(),
            line: pos.line,
            col: pos.col,
            severity: Severity::Error,
            message,
            rule: "workflow-call",
        })
    };
    for job in &wf.jobs {
        let Some(uses) = &job.calls else { continue };
        if !(uses.value.starts_with("./") || uses.value.starts_with("$/")) {
            continue;
        }
        let (path, display, _) = match locate(&uses.value, repository, None) {
            Ok(found) => found,
            Err(message) => {
                error(uses.pos, message);
                continue;
            }
        };
        let call = match load(&path, &display) {
            Ok((_, call)) => call,
            Err(message) => {
                error(uses.pos, message);
                continue;
            }
        };
        let declared: Vec<&str> = call.inputs.iter().map(|i| i.name.as_str()).collect();
        for arg in &job.call_with {
            let Some(input) = call.inputs.iter().find(|i| i.name == arg.name) else {
                let hint = match parse::did_you_mean(&arg.name, declared.iter().copied()) {
                    Some(s) => crate::did_you_mean_hint(s),
                    None if declared.is_empty() => format!(" {}", t!("workflow-call-no-inputs")),
                    None => format!(
                        " {}",
                        t!("workflow-call-inputs-list", list = declared.join(", "))
                    ),
                };
                error(
                    arg.text.pos,
                    t!(
                        "workflow-call-unknown-input",
                        file = &*display,
                        name = arg.name.as_str(),
                        hint = hint
                    ),
                );
                continue;
            };
            if let Some(found) = arg.literal
                && found != input.kind
                && input.kind != CallType::String
            {
                error(
                    arg.text.pos,
                    t!(
                        "workflow-call-input-type",
                        name = arg.name.as_str(),
                        file = &*display,
                        kind = input.kind.name(),
                        given = found.name()
                    ),
                );
            }
        }
        for input in &call.inputs {
            if input.required
                && input.default.is_none()
                && !job.call_with.iter().any(|a| a.name == input.name)
            {
                error(
                    uses.pos,
                    t!(
                        "workflow-call-missing-input",
                        job = job.id.as_str(),
                        name = input.name.as_str(),
                        file = &*display
                    ),
                );
            }
        }
        if let CallSecrets::Pass(pairs) = &job.call_secrets {
            for (name, text) in pairs {
                if !call.secrets.iter().any(|(s, _)| s == name) {
                    error(
                        text.pos,
                        t!(
                            "workflow-call-unknown-secret",
                            file = &*display,
                            name = name.as_str()
                        ),
                    );
                }
            }
            for (name, required) in &call.secrets {
                if *required && !pairs.iter().any(|(p, _)| p == name) {
                    error(
                        uses.pos,
                        t!(
                            "workflow-call-missing-secret",
                            job = job.id.as_str(),
                            name = name.as_str(),
                            file = &*display
                        ),
                    );
                }
            }
        }
    }
    out.sort_by_key(|d| (d.line, d.col));
    out
}

impl Run<'_> {
    /// Runs a job that calls a reusable workflow, from `JobStarted` to
    /// `JobFinished`.
    pub(super) fn run_call(
        &self,
        job: &Job,
        name: String,
        contexts: &Map<String, Value>,
    ) -> JobDone {
        // The calling job's own `concurrency:` holds its called jobs.
        let cancel = self.cancel.child();
        let place = match self.enter_job_group(job, &name, contexts, &cancel) {
            Ok(place) => place,
            Err(result) => {
                self.emit(RunEvent::JobFinished {
                    job: job.id.clone(),
                    result,
                });
                return JobDone::empty(name, result);
            }
        };
        self.emit(RunEvent::JobStarted {
            job: job.id.clone(),
            name: name.clone(),
        });
        let done = match self.call(job, &name, contexts, &cancel) {
            Ok(done) => done,
            Err(message) => {
                for line in message.lines() {
                    self.log(&job.id, 0, line);
                }
                JobDone::empty(name, JobResult::Failure)
            }
        };
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

    fn call(
        &self,
        job: &Job,
        name: &str,
        contexts: &Map<String, Value>,
        cancel: &crate::step::CancelHandle,
    ) -> Result<JobDone, String> {
        let Some(uses) = &job.calls else {
            return Err(format!("job \"{}\" calls no workflow", job.id));
        };
        let at = |message: &str| self.at(uses, message);
        if self.depth + 1 >= MAX_LEVELS {
            return Err(at(&t!(
                "workflow-call-too-deep",
                uses = uses.value.as_str(),
                max = MAX_LEVELS.to_string(),
                called = (MAX_LEVELS - 1).to_string()
            )));
        }
        {
            let mut called = self.called.lock().unwrap_or_else(|p| p.into_inner());
            called.insert(uses.value.clone());
            if called.len() > MAX_CALLED {
                return Err(at(&t!(
                    "workflow-call-too-many",
                    uses = uses.value.as_str(),
                    max = MAX_CALLED.to_string()
                )));
            }
        }
        let (path, display, workflows_repo) = locate(
            &uses.value,
            &self.workflows_repo,
            self.req.actions_dir.as_deref(),
        )
        .map_err(|m| at(&m))?;
        let (wf, call) = load(&path, &display).map_err(|m| at(&m))?;
        let inputs = self.call_inputs(job, &call, contexts, &display)?;
        let secrets = self.call_secrets(job, &call, contexts, &display)?;

        let mut req = self.req.clone();
        req.secrets = secrets;
        req.work_root = self.req.work_root.join(format!("{}.call", job.id));
        fs::create_dir_all(&req.work_root).map_err(|e| {
            t!(
                "workflow-cannot-create",
                path = req.work_root.display().to_string(),
                error = e.to_string()
            )
        })?;
        let _ = fs::copy(
            self.req.work_root.join("event.json"),
            req.work_root.join("event.json"),
        );
        let caller = job.id.clone();
        let on_event = |event: RunEvent| {
            if let Some(event) = called_event(event, &caller, name) {
                self.emit(event);
            }
        };
        let child = Run {
            wf: &wf,
            req: &req,
            on_event: &on_event,
            cancel,
            masker: Mutex::new(
                self.masker
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .clone(),
            ),
            secrets_by_name: self.secrets_by_name.clone(),
            printed_secrets: Mutex::new(BTreeSet::new()),
            github: self.github.clone(),
            inputs,
            git_ref: self.git_ref.clone(),
            hidden_host_vars: self.hidden_host_vars.clone(),
            host_path: self.host_path.clone(),
            ticket: self.ticket,
            github_token: self.github_token.clone(),
            depth: self.depth + 1,
            called: Arc::clone(&self.called),
            workflows_repo,
            artifacts: Arc::clone(&self.artifacts),
        };
        let done = child.schedule().map_err(|e| e.to_string())?;
        self.printed_secrets
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend(
                child
                    .printed_secrets
                    .into_inner()
                    .unwrap_or_else(|p| p.into_inner()),
            );

        let mut jobs = Map::new();
        let mut steps = Vec::new();
        for (callee, d) in wf.jobs.iter().zip(&done) {
            jobs.insert(
                callee.id.clone(),
                json!({ "result": d.result.as_str(), "outputs": obj(&d.outputs) }),
            );
            steps.extend(d.steps.iter().map(|s| StepReport {
                name: format!("{name} / {}: {}", d.name, s.name),
                outcome: s.outcome,
                conclusion: s.conclusion,
            }));
        }
        let mut out_contexts = Map::new();
        out_contexts.insert("github".into(), Value::Object(self.github.clone()));
        out_contexts.insert("inputs".into(), Value::Object(child.inputs.clone()));
        out_contexts.insert("vars".into(), obj(&self.req.vars));
        out_contexts.insert("jobs".into(), Value::Object(jobs));
        let mut outputs = BTreeMap::new();
        let mut failed = false;
        for (output, text) in &call.outputs {
            match eval::render(&text.value, &out_contexts, Status::SUCCESS) {
                Ok(value) => {
                    outputs.insert(output.clone(), value);
                }
                Err(e) => {
                    self.log(
                        &job.id,
                        0,
                        &format!(
                            "{display}:{}:{}: {}",
                            text.pos.line,
                            text.pos.col,
                            crate::cannot_evaluate(
                                &i18n::t!("workflow-eval-the-output", name = output.as_str()),
                                &e.message
                            )
                        ),
                    );
                    failed = true;
                }
            }
        }
        let results: Vec<JobResult> = done.iter().map(|d| d.result).collect();
        let result = if failed || results.contains(&JobResult::Failure) {
            JobResult::Failure
        } else if results.contains(&JobResult::Cancelled) {
            JobResult::Cancelled
        } else {
            JobResult::Success
        };
        Ok(JobDone {
            name: name.to_string(),
            result,
            outputs,
            steps,
            environment: None,
            approval: None,
            allowed_failure: false,
            combinations: Vec::new(),
        })
    }

    /// The called workflow's `inputs` context: each declared input from
    /// `with:` (evaluated, then typed) or its default.
    fn call_inputs(
        &self,
        job: &Job,
        call: &WorkflowCall,
        contexts: &Map<String, Value>,
        display: &str,
    ) -> Result<Map<String, Value>, String> {
        let mut inputs = Map::new();
        for arg in &job.call_with {
            let Some(input) = call.inputs.iter().find(|i| i.name == arg.name) else {
                return Err(self.at(
                    &arg.text,
                    &t!(
                        "workflow-call-unknown-input",
                        file = display,
                        name = arg.name.as_str(),
                        hint = ""
                    ),
                ));
            };
            let value = evaluate(&arg.text.value, contexts).map_err(|m| {
                self.at(
                    &arg.text,
                    &crate::cannot_evaluate(
                        &i18n::t!("workflow-eval-input", name = arg.name.as_str()),
                        &m,
                    ),
                )
            })?;
            let typed = typed(value, input.kind).ok_or_else(|| {
                self.at(
                    &arg.text,
                    &t!(
                        "workflow-call-input-value-type",
                        name = arg.name.as_str(),
                        file = display,
                        kind = input.kind.name(),
                        value = arg.text.value.as_str()
                    ),
                )
            })?;
            inputs.insert(arg.name.clone(), typed);
        }
        for input in &call.inputs {
            if inputs.contains_key(&input.name) {
                continue;
            }
            let value = match &input.default {
                Some(default) => {
                    let value = evaluate(&default.value, contexts).map_err(|m| {
                        format!(
                            "{display}:{}:{}: {}",
                            default.pos.line,
                            default.pos.col,
                            crate::cannot_evaluate(
                                &i18n::t!("workflow-eval-default", name = input.name.as_str()),
                                &m
                            )
                        )
                    })?;
                    typed(value, input.kind).ok_or_else(|| {
                        format!(
                            "{display}:{}:{}: {}",
                            default.pos.line,
                            default.pos.col,
                            t!(
                                "workflow-call-default-type",
                                name = input.name.as_str(),
                                kind = input.kind.name()
                            )
                        )
                    })?
                }
                None if input.required => {
                    let pos = job.calls.as_ref().map_or(job.pos, |t| t.pos);
                    return Err(format!(
                        "{}:{}:{}: {}",
                        self.wf.file,
                        pos.line,
                        pos.col,
                        t!(
                            "workflow-call-input-not-given",
                            name = input.name.as_str(),
                            file = display
                        )
                    ));
                }
                None => match input.kind {
                    CallType::Boolean => Value::Bool(false),
                    CallType::Number => Value::Number(Number::from(0)),
                    CallType::String => Value::String(String::new()),
                },
            };
            inputs.insert(input.name.clone(), value);
        }
        Ok(inputs)
    }

    /// The called workflow's secrets: all of the caller's with `inherit`,
    /// else those named under `secrets:`.
    fn call_secrets(
        &self,
        job: &Job,
        call: &WorkflowCall,
        contexts: &Map<String, Value>,
        display: &str,
    ) -> Result<BTreeMap<String, String>, String> {
        let mut secrets = BTreeMap::new();
        match &job.call_secrets {
            CallSecrets::Inherit => {
                if let Some(Value::Object(all)) = contexts.get("secrets") {
                    for (k, v) in all {
                        secrets.insert(k.clone(), eval::display(v));
                    }
                }
            }
            CallSecrets::Pass(pairs) => {
                for (name, text) in pairs {
                    let value =
                        eval::render(&text.value, contexts, Status::SUCCESS).map_err(|e| {
                            self.at(
                                text,
                                &crate::cannot_evaluate(
                                    &i18n::t!("workflow-eval-secret", name = name.as_str()),
                                    &e.message,
                                ),
                            )
                        })?;
                    secrets.insert(name.clone(), value);
                }
                for (name, required) in &call.secrets {
                    if *required && !secrets.contains_key(name) {
                        let uses = job.calls.as_ref().map(|t| t.pos).unwrap_or(job.pos);
                        return Err(format!(
                            "{}:{}:{}: {}",
                            self.wf.file,
                            uses.line,
                            uses.col,
                            t!(
                                "workflow-call-secret-not-passed",
                                name = name.as_str(),
                                file = display
                            )
                        ));
                    }
                }
            }
        }
        Ok(secrets)
    }
}

/// A `with:` value: one whole `${{ }}` keeps its type; other text is text.
fn evaluate(text: &str, contexts: &Map<String, Value>) -> Result<Value, String> {
    let trimmed = text.trim();
    let whole =
        trimmed.starts_with("${{") && trimmed.ends_with("}}") && trimmed[3..].find("${{").is_none();
    if whole {
        eval::value(trimmed, contexts, Status::SUCCESS).map_err(|e| e.message)
    } else {
        eval::render(text, contexts, Status::SUCCESS)
            .map(Value::String)
            .map_err(|e| e.message)
    }
}

/// `value` as an input of type `kind` (None when it cannot be one).
fn typed(value: Value, kind: CallType) -> Option<Value> {
    match (kind, value) {
        (CallType::String, Value::String(s)) => Some(Value::String(s)),
        (CallType::String, other) => Some(Value::String(eval::display(&other))),
        (CallType::Boolean, Value::Bool(b)) => Some(Value::Bool(b)),
        (CallType::Boolean, Value::String(s)) => match s.trim() {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            _ => None,
        },
        (CallType::Number, Value::Number(n)) => Some(Value::Number(n)),
        (CallType::Number, Value::String(s)) => s
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .map(Value::Number),
        _ => None,
    }
}

/// An event of a called workflow's job, as the calling job's: its jobs
/// show as `caller / job` lines and steps of the calling job. A called
/// workflow's `run-name` names nothing (GitHub shows the caller's run).
fn called_event(event: RunEvent, caller: &str, caller_name: &str) -> Option<RunEvent> {
    let caller = caller.to_string();
    Some(match event {
        RunEvent::RunNamed { .. } => return None,
        RunEvent::MatrixExpanded { job, combinations } => RunEvent::Log {
            job: caller,
            step: 0,
            line: format!("{caller_name} / {job}: {}", combinations.join(", ")),
        },
        RunEvent::JobStarted { name, .. } => RunEvent::Log {
            job: caller,
            step: 0,
            line: format!("{caller_name} / {name}"),
        },
        RunEvent::JobFinished { job, result } => RunEvent::Log {
            job: caller,
            step: 0,
            line: format!("{caller_name} / {job}: {result}"),
        },
        RunEvent::StepStarted { job, step, name } => RunEvent::StepStarted {
            job: caller,
            step,
            name: format!("{job}: {name}"),
        },
        RunEvent::StepFinished {
            step,
            outcome,
            conclusion,
            ..
        } => RunEvent::StepFinished {
            job: caller,
            step,
            outcome,
            conclusion,
        },
        RunEvent::Log { step, line, .. } => RunEvent::Log {
            job: caller,
            step,
            line,
        },
        RunEvent::ApprovalRequested {
            environment, sha, ..
        } => RunEvent::ApprovalRequested {
            job: caller,
            environment,
            sha,
        },
        RunEvent::ApprovalDecided {
            environment,
            decision,
            ..
        } => RunEvent::ApprovalDecided {
            job: caller,
            environment,
            decision,
        },
        RunEvent::ConcurrencyCancelled {
            job,
            group,
            message,
        } => RunEvent::ConcurrencyCancelled {
            job: job.map(|_| caller),
            group,
            message,
        },
        other @ RunEvent::Warning { .. } => other,
    })
}

#[cfg(test)]
#[path = "reusable_tests.rs"]
mod tests;
