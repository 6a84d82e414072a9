//! The event a local pipeline run simulates, from the command line: the
//! event's defaults (a push to main; pull request #1 from the current
//! branch into main, `opened`; …), then an event file (`--event-file`,
//! merged over the payload and able to set the ref, PR number, branches,
//! activity type, tag and cron), then the flags, which win.
//!
//! What git knows about the simulated commit (its parent, message, time,
//! author and changed files) fills the payload too, under the event file.

use std::path::Path;

use serde_json::{Value, json};
use workflow::{Event, PullRequest, Workflow};

use super::dotenv::key_values;
use super::local_repo::{CommitInfo, current_branch};
use crate::Error;
use crate::cli::{EventName, PipelineArgs};

/// The simulated event and the JSON to merge over its default payload.
pub(crate) struct Simulated {
    pub event: Event,
    pub payload: Option<Value>,
}

/// Builds the event from `args`, checking that each flag fits the event.
pub(crate) fn simulate(
    args: &PipelineArgs,
    wf: &Workflow,
    repo: &Path,
    commit: Option<&CommitInfo>,
) -> Result<Simulated, Error> {
    check_flags(args)?;
    let file = match &args.event_file {
        Some(path) => Some(read_event_file(path)?),
        None => None,
    };
    let mut event = match args.event {
        EventName::Push => Event::Push {
            git_ref: "refs/heads/main".into(),
        },
        EventName::WorkflowDispatch => Event::WorkflowDispatch {
            inputs: key_values(&args.inputs, "--input")?,
        },
        EventName::PullRequest | EventName::PullRequestTarget => {
            let mut pr = PullRequest::default();
            if let Some(branch) = current_branch(repo).filter(|b| b != &pr.base) {
                pr.head = branch;
            }
            if args.event == EventName::PullRequest {
                Event::PullRequest(pr)
            } else {
                Event::PullRequestTarget(pr)
            }
        }
        EventName::Schedule => Event::Schedule {
            cron: wf.schedules().into_iter().next().unwrap_or_default(),
        },
        EventName::Release => Event::Release {
            action: "published".into(),
            tag: "v1.0.0".into(),
        },
        EventName::RepositoryDispatch => {
            let first_type = wf
                .triggers()
                .into_iter()
                .find(|t| t.event == "repository_dispatch")
                .and_then(|t| t.filters.into_iter().find(|(k, _)| k == "types"))
                .and_then(|(_, types)| types.into_iter().next());
            Event::RepositoryDispatch {
                action: first_type.unwrap_or_else(|| "dispatch".into()),
            }
        }
    };
    if let Some(file) = &file {
        event.apply_payload(file);
    }
    apply_flags(args, &mut event)?;
    if let Some(problem) = event.activity_problem() {
        return Err(Error::Usage(problem));
    }
    if let Event::Push { git_ref } = &event
        && !(git_ref.starts_with("refs/heads/") || git_ref.starts_with("refs/tags/"))
    {
        return Err(Error::Usage(i18n::t!(
            "pipeline-event-short-ref",
            gitref = git_ref
        )));
    }

    let mut payload = commit.map(|c| from_git(&event, c));
    if let Some(file) = file {
        match &mut payload {
            Some(base) => workflow::merge_payload(base, &file),
            None => payload = Some(file),
        }
    }
    Ok(Simulated { event, payload })
}

/// Flags that make no sense for the chosen event are mistakes: say which
/// event they belong to.
fn check_flags(args: &PipelineArgs) -> Result<(), Error> {
    use EventName::*;
    let event = args.event;
    let pull = matches!(event, PullRequest | PullRequestTarget);
    let misfits = [
        (
            "--ref",
            args.git_ref.is_some(),
            matches!(event, Push | Release),
            "pipeline-events-ref",
        ),
        ("--pr", args.pr.is_some(), pull, "pipeline-events-pull"),
        ("--base", args.base.is_some(), pull, "pipeline-events-pull"),
        ("--head", args.head.is_some(), pull, "pipeline-events-pull"),
        (
            "--activity",
            args.activity.is_some(),
            pull || matches!(event, Release | RepositoryDispatch),
            "pipeline-events-activity",
        ),
        (
            "--schedule",
            args.schedule.is_some(),
            event == Schedule,
            "schedule",
        ),
        (
            "--input",
            !args.inputs.is_empty(),
            event == WorkflowDispatch,
            "workflow_dispatch",
        ),
    ];
    for (flag, given, fits, events) in misfits {
        if given && !fits {
            // A message id, or an event name (its own list).
            let events = if events.starts_with("pipeline-") {
                i18n::t!(events)
            } else {
                events.to_string()
            };
            return Err(Error::Usage(i18n::t!(
                "pipeline-flag-misfit",
                flag = flag,
                events = events,
                event = event_name(event)
            )));
        }
    }
    Ok(())
}

fn event_name(event: EventName) -> String {
    use clap::ValueEnum as _;
    event.to_possible_value().map_or_else(
        || i18n::t!("pipeline-this-event"),
        |v| v.get_name().to_string(),
    )
}

fn apply_flags(args: &PipelineArgs, event: &mut Event) -> Result<(), Error> {
    match event {
        Event::Push { git_ref } => {
            if let Some(r) = &args.git_ref {
                if !(r.starts_with("refs/heads/") || r.starts_with("refs/tags/")) {
                    return Err(Error::Usage(i18n::t!("pipeline-ref-not-full", gitref = r)));
                }
                *git_ref = r.clone();
            }
        }
        Event::Release { action, tag } => {
            if let Some(r) = &args.git_ref {
                let Some(name) = r.strip_prefix("refs/tags/") else {
                    return Err(Error::Usage(i18n::t!("pipeline-ref-not-tag", gitref = r)));
                };
                *tag = name.to_string();
            }
            if let Some(a) = &args.activity {
                *action = a.clone();
            }
        }
        Event::PullRequest(pr) | Event::PullRequestTarget(pr) => {
            if let Some(n) = args.pr {
                pr.number = n;
            }
            if let Some(b) = &args.base {
                pr.base = b.clone();
            }
            if let Some(h) = &args.head {
                pr.head = h.clone();
            }
            if let Some(a) = &args.activity {
                pr.action = a.clone();
            }
        }
        Event::RepositoryDispatch { action } => {
            if let Some(a) = &args.activity {
                *action = a.clone();
            }
        }
        Event::Schedule { cron } => {
            if let Some(c) = &args.schedule {
                *cron = c.clone();
            }
        }
        Event::WorkflowDispatch { .. } => {}
    }
    Ok(())
}

fn read_event_file(path: &Path) -> Result<Value, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        action: "read the event file",
        path: path.to_path_buf(),
        source,
    })?;
    let value: Value = serde_json::from_str(&text).map_err(|e| {
        Error::Usage(i18n::t!(
            "pipeline-event-not-json",
            place = format!("{}:{}:{}", path.display(), e.line(), e.column()),
            reason = e.to_string()
        ))
    })?;
    if !value.is_object() {
        return Err(Error::Usage(i18n::t!(
            "pipeline-event-not-object",
            file = path.display().to_string(),
            kind = match value {
                Value::Array(_) => i18n::t!("pipeline-json-list"),
                Value::String(_) => i18n::t!("pipeline-json-string"),
                Value::Number(_) => i18n::t!("pipeline-json-number"),
                Value::Bool(_) => i18n::t!("pipeline-json-boolean"),
                _ => "null".to_string(),
            }
        )));
    }
    Ok(value)
}

/// What git says about the simulated commit, in the event's payload.
fn from_git(event: &Event, commit: &CommitInfo) -> Value {
    match event {
        Event::Push { git_ref } => {
            // Pushing a tag creates it (`before` is no commit, as for a new
            // branch); a branch push updates the branch from the parent.
            let parent = match &commit.parent {
                Some(parent) if !git_ref.starts_with("refs/tags/") => parent.clone(),
                _ => workflow::ZERO_SHA.to_string(),
            };
            let person = json!({ "name": commit.author_name, "email": commit.author_email });
            let head = json!({
                "id": commit.sha,
                "message": commit.message,
                "timestamp": commit.timestamp,
                "distinct": true,
                "author": person,
                "committer": person,
            });
            json!({ "before": parent, "commits": [head.clone()], "head_commit": head })
        }
        Event::PullRequest(_) | Event::PullRequestTarget(_) => match &commit.parent {
            Some(parent) => json!({ "pull_request": { "base": { "sha": parent } } }),
            None => json!({}),
        },
        _ => json!({}),
    }
}
