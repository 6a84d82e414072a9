//! What holds a run or a job before it may run: its `concurrency:` group
//! (shared with the runs that may overlap, see `crate::concurrency`) and
//! its environment's protection rules (required reviewers, wait timer).
//! A gate that does not open says how the run or job ends instead: a
//! rejection fails the job, a newer arrival in the group cancels it.

use std::time::Duration;

use serde_json::{Map, Value};

use super::Run;
use crate::concurrency::{Claimant, Entry, Place};
use crate::eval::{self, Status};
use crate::model::{Concurrency, Flag, Job};
use crate::step::CancelHandle;
use crate::{
    ApprovalDecision, ApprovalRequest, Diagnostic, EnvironmentRules, JobResult, RunEvent, Severity,
};

impl Run<'_> {
    /// Enters the workflow's `concurrency:` group, if any (waiting while
    /// another run holds it). `Err` with the result every job gets when
    /// the run must not start.
    pub(super) fn enter_workflow_group(&self) -> Result<Option<Place>, JobResult> {
        let Some(concurrency) = &self.wf.concurrency else {
            return Ok(None);
        };
        let contexts = self.workflow_contexts();
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
                        rule: "runtime",
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

    /// Enters the job's `concurrency:` group; `Err` with how the job ends
    /// when it must not run.
    pub(super) fn enter_job_group(
        &self,
        job: &Job,
        name: &str,
        contexts: &Map<String, Value>,
        cancel: &CancelHandle,
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
                    &crate::cannot_evaluate(
                        &i18n::t!("workflow-eval-concurrency-group"),
                        &e.message,
                    ),
                )
            })?;
        if group.trim().is_empty() {
            return Err(self.at(
                &concurrency.group,
                &i18n::t!("workflow-concurrency-group-empty"),
            ));
        }
        let cancel = match &concurrency.cancel_in_progress {
            Flag::Fixed(b) => *b,
            Flag::Expr(text) => match eval::value(&text.value, contexts, Status::SUCCESS) {
                Ok(Value::String(s)) => s.trim() == "true",
                Ok(v) => crate::expr::truthy(&v),
                Err(e) => {
                    return Err(self.at(
                        text,
                        &crate::cannot_evaluate("`cancel-in-progress`", &e.message),
                    ));
                }
            },
        };
        Ok((group, cancel))
    }

    /// Emits [`RunEvent::ConcurrencyCancelled`] when a newer arrival in
    /// the place's group cancelled this run or job while it ran.
    pub(super) fn report_cancelled_in_progress(&self, job: Option<&str>, place: &Place) {
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
    pub(super) fn rules(&self, name: &str) -> Option<&EnvironmentRules> {
        self.req
            .environments
            .iter()
            .find(|e| e.name.eq_ignore_ascii_case(name))
    }

    /// Asks for approval when the environment has reviewers (returning the
    /// decision), then waits its wait timer. `Err` with the job's result
    /// (and any decision) when it must not run: `failure` when rejected,
    /// `cancelled` when cancelled during the wait.
    pub(super) fn protection_rules(
        &self,
        job: &Job,
        rules: &EnvironmentRules,
        cancel: &CancelHandle,
        started_cancelled: bool,
    ) -> Result<Option<ApprovalDecision>, (JobResult, Option<ApprovalDecision>)> {
        let decision = if rules.reviewers.is_empty() {
            None
        } else {
            let decision = self.ask_approval(job, rules);
            if !decision.approved {
                return Err((JobResult::Failure, Some(decision)));
            }
            Some(decision)
        };
        if rules.wait_timer_seconds > 0 && !started_cancelled {
            let seconds = rules.wait_timer_seconds;
            self.log(
                &job.id,
                0,
                &i18n::t!(
                    "workflow-wait-timer",
                    seconds = seconds.to_string(),
                    environment = rules.name.as_str()
                ),
            );
            if cancel.sleep(Duration::from_secs(seconds)) {
                return Err((JobResult::Cancelled, decision));
            }
        }
        Ok(decision)
    }

    /// Asks the approver (nobody rejects) and reports the request and the
    /// decision as events.
    fn ask_approval(&self, job: &Job, rules: &EnvironmentRules) -> ApprovalDecision {
        let environment = &rules.name;
        self.emit(RunEvent::ApprovalRequested {
            job: job.id.clone(),
            environment: self.mask(environment),
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
                comment: i18n::t!("workflow-no-approver"),
            },
        };
        let decision = ApprovalDecision {
            approved: decision.approved,
            reviewer: self.mask(&decision.reviewer),
            comment: self.mask(&decision.comment),
        };
        self.emit(RunEvent::ApprovalDecided {
            job: job.id.clone(),
            environment: self.mask(environment),
            decision: decision.clone(),
        });
        decision
    }
}

/// GitHub's message for a run or job cancelled by a newer one in its group.
fn superseded_message(group: &str) -> String {
    format!("Canceling since a higher priority waiting request for '{group}' exists")
}
