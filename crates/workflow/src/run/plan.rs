//! A dry run: which jobs an event would run and why the others would be
//! skipped, deciding each job's `if:` as the dispatcher would, without
//! running a step.
//!
//! Nothing runs, so every job that would run is taken to succeed: its
//! dependents see `success()` true and its `needs.<id>.result` as
//! `success`, but its outputs are empty. A job whose `if:` cannot be
//! evaluated would fail (`failure()` is true after it). A job that depends
//! on a job that would not succeed is skipped unless its `if:` still holds
//! (with `always()` or `failure()`, say).

use serde::Serialize;
use serde_json::{Map, Value, json};

use super::actions::{Blocker, blockers};
use super::context;
use crate::eval::{self, Status};
use crate::model::Workflow;
use crate::{Event, RunRequest, WorkflowError};

/// What a dry run found, jobs in the order a run shows them.
#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    /// The workflow file as shown to the user.
    pub workflow: String,
    pub jobs: Vec<PlannedJob>,
}

/// One job of a [`Plan`].
#[derive(Debug, Clone, Serialize)]
pub struct PlannedJob {
    pub id: String,
    /// `name:` rendered, or the id.
    pub name: String,
    pub needs: Vec<String>,
    /// Why it would not run (`None`: it would run).
    pub skip: Option<Skip>,
    /// When it would run: its steps that would fail on this machine.
    pub blockers: Vec<Blocker>,
}

/// Why a job would not run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Skip {
    /// Its `if:` is false for this event (`file:line:col` of the `if:`).
    Condition {
        condition: String,
        line: usize,
        col: usize,
    },
    /// A job it depends on would not run, and its `if:` does not run it
    /// anyway.
    Needs { job: String },
    /// Its `if:` cannot be evaluated; the run would fail the job.
    Error { message: String },
}

pub(crate) fn plan(wf: &Workflow, req: &RunRequest) -> Result<Plan, WorkflowError> {
    let inputs = match &req.event {
        Event::WorkflowDispatch { inputs } => wf.resolve_inputs(inputs)?,
        _ => Map::new(),
    };
    let github = context::github(wf, req, &req.event.git_ref(), &inputs);
    // The steps' `PATH`, as a run gives it.
    let path = match req.env.get("PATH") {
        Some(path) => path.clone(),
        None => std::env::var("PATH").unwrap_or_else(|_| "/usr/local/bin:/usr/bin:/bin".into()),
    };
    // Each decided job and the result a run would give it.
    let mut results: Vec<(String, &str)> = Vec::new();
    let mut jobs = Vec::new();
    for id in wf.job_order() {
        let Some(job) = wf.jobs.iter().find(|j| j.id == id) else {
            continue;
        };
        let result_of = |id: &str| {
            results
                .iter()
                .find(|(r, _)| r == id)
                .map_or("skipped", |(_, result)| *result)
        };
        let before = ancestors(wf, id);
        // The first job it depends on, directly or not, that would not run.
        let skipped_ancestor = before.iter().find(|a| result_of(a) != "success").cloned();
        let mut needs = Map::new();
        for need in &job.needs {
            needs.insert(
                need.clone(),
                json!({ "result": result_of(need), "outputs": {} }),
            );
        }
        let status = Status {
            success: skipped_ancestor.is_none(),
            failure: before.iter().any(|a| result_of(a) == "failure"),
            cancelled: false,
        };
        let mut github = github.clone();
        github.insert("job".into(), Value::String(job.id.clone()));
        let mut contexts = Map::new();
        contexts.insert("github".into(), Value::Object(github));
        contexts.insert("needs".into(), Value::Object(needs));
        contexts.insert("vars".into(), context::obj(&req.vars));
        contexts.insert("secrets".into(), context::obj(&req.secrets));
        contexts.insert("inputs".into(), Value::Object(inputs.clone()));
        contexts.insert("strategy".into(), json!({}));
        contexts.insert("matrix".into(), json!({}));
        let skip = match &job.cond {
            None => skipped_ancestor.map(|job| Skip::Needs { job }),
            Some(cond) => match eval::condition(&cond.value, &contexts, status) {
                Ok(true) => None,
                Ok(false) => match (
                    skipped_ancestor,
                    eval::condition(&cond.value, &contexts, Status::SUCCESS),
                ) {
                    // True had everything before it run: the needs decide.
                    (Some(job), Ok(true)) => Some(Skip::Needs { job }),
                    _ => Some(Skip::Condition {
                        condition: cond.value.clone(),
                        line: cond.pos.line,
                        col: cond.pos.col,
                    }),
                },
                Err(e) => Some(Skip::Error {
                    message: format!(
                        "{}:{}:{}: {}",
                        wf.file,
                        cond.pos.line,
                        cond.pos.col,
                        crate::cannot_evaluate(&i18n::t!("workflow-eval-job-if"), &e.message)
                    ),
                }),
            },
        };
        let name = match &job.name {
            Some(text) => eval::render(&text.value, &contexts, Status::SUCCESS)
                .unwrap_or_else(|_| job.id.clone()),
            None => job.id.clone(),
        };
        let result = match &skip {
            None => "success",
            Some(Skip::Error { .. }) => "failure",
            Some(_) => "skipped",
        };
        results.push((job.id.clone(), result));
        let blockers = match skip {
            None => blockers(wf, job, req, &path),
            Some(_) => Vec::new(),
        };
        jobs.push(PlannedJob {
            id: job.id.clone(),
            name,
            needs: job.needs.clone(),
            skip,
            blockers,
        });
    }
    Ok(Plan {
        workflow: wf.file.clone(),
        jobs,
    })
}

/// The jobs `id` depends on, directly first, then theirs.
fn ancestors(wf: &Workflow, id: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut queue: Vec<String> = vec![id.to_string()];
    while let Some(next) = queue.pop() {
        let Some(job) = wf.jobs.iter().find(|j| j.id == next) else {
            continue;
        };
        for need in &job.needs {
            if !out.contains(need) {
                out.push(need.clone());
                queue.insert(0, need.clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::{job, request};
    use super::*;
    use crate::event::PullRequest;

    fn planned(src: &str, event: Event) -> Vec<(String, Option<Skip>)> {
        let dir = tempfile::tempdir().unwrap();
        let wf = crate::parse_workflow("ci.yml", src).unwrap().workflow;
        let plan = plan(&wf, &request(dir.path(), event)).unwrap();
        assert!(
            !dir.path().join("work").exists(),
            "a dry run creates nothing"
        );
        plan.jobs.into_iter().map(|j| (j.id, j.skip)).collect()
    }

    #[test]
    fn conditions_and_needs_decide_without_running() {
        let src = format!(
            "on: [push, pull_request]\njobs:\n{}{}{}{}",
            job("test", &[], None, "exit 1"),
            job(
                "deploy",
                &["test"],
                Some("github.ref == 'refs/heads/main'"),
                "exit 1"
            ),
            job("smoke", &["deploy"], None, "exit 1"),
            job("report", &["smoke"], Some("always()"), "exit 1"),
        );
        let push = planned(
            &src,
            Event::Push {
                git_ref: "refs/heads/main".into(),
            },
        );
        assert!(push.iter().all(|(_, skip)| skip.is_none()), "{push:?}");
        let pr = planned(&src, Event::PullRequest(PullRequest::default()));
        assert_eq!(
            pr,
            [
                ("test".to_string(), None),
                (
                    "deploy".to_string(),
                    Some(Skip::Condition {
                        condition: "github.ref == 'refs/heads/main'".into(),
                        line: 10,
                        col: 9
                    })
                ),
                (
                    "smoke".to_string(),
                    Some(Skip::Needs {
                        job: "deploy".into()
                    })
                ),
                ("report".to_string(), None),
            ]
        );
    }

    #[test]
    fn a_job_whose_if_cannot_be_evaluated_would_fail() {
        let src = format!(
            "on: push\njobs:\n{}{}{}",
            job("broken", &[], Some("fromJSON('not json')"), "exit 1"),
            job("after", &["broken"], None, "exit 1"),
            job("on_failure", &["broken"], Some("failure()"), "exit 1"),
        );
        let plan = planned(
            &src,
            Event::Push {
                git_ref: "refs/heads/main".into(),
            },
        );
        assert!(
            matches!(&plan[0].1, Some(Skip::Error { message }) if message.starts_with("ci.yml:5:9: cannot evaluate the job's `if`")),
            "{plan:?}"
        );
        assert_eq!(
            plan[1].1,
            Some(Skip::Needs {
                job: "broken".into()
            })
        );
        assert_eq!(plan[2].1, None);
    }
}
