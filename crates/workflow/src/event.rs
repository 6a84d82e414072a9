//! What an [`Event`] means for a run, as GitHub documents it in "Events
//! that trigger workflows": the ref it runs on (`GITHUB_REF`), the
//! `head_ref`/`base_ref` of pull requests, and the webhook payload that
//! becomes `github.event` (and `$GITHUB_EVENT_PATH`).
//!
//! The payload is built from the event's fields, then
//! [`RunRequest::event_payload`](crate::RunRequest::event_payload) (an
//! event file, as act's `--eventpath`) is merged over it, then the event's
//! own fields are written again so that `github.event` always agrees with
//! what decided the trigger. [`Event::apply_payload`] reads those fields
//! from an event file first, so a file alone can set them.

use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::{Event, RunRequest, eval};

/// The repository's default branch, as devpath simulates it.
pub(crate) const DEFAULT_BRANCH: &str = "main";

/// The commit id GitHub gives to "no commit" (`before` of a new branch).
pub const ZERO_SHA: &str = "0000000000000000000000000000000000000000";

/// The activity types of `pull_request` and `pull_request_target` that
/// trigger a workflow without `types:` (GitHub: "By default, a workflow
/// only runs when a pull_request event's activity type is opened,
/// synchronize, or reopened").
pub(crate) const DEFAULT_PULL_REQUEST_TYPES: &[&str] = &["opened", "synchronize", "reopened"];

/// A simulated pull request (`pull_request` and `pull_request_target`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PullRequest {
    /// The activity type (`github.event.action`), e.g. `opened`.
    pub action: String,
    /// `github.event.number` and `github.event.pull_request.number`.
    pub number: u64,
    /// The branch the pull request merges into (`github.base_ref`).
    pub base: String,
    /// The branch holding the proposed commits (`github.head_ref`).
    pub head: String,
}

impl Default for PullRequest {
    /// Pull request #1, `opened`, from `feature` into the default branch.
    fn default() -> PullRequest {
        PullRequest {
            action: "opened".into(),
            number: 1,
            base: DEFAULT_BRANCH.into(),
            head: "feature".into(),
        }
    }
}

impl Event {
    /// The name GitHub gives the event (`github.event_name`).
    pub fn name(&self) -> &'static str {
        match self {
            Event::Push { .. } => "push",
            Event::WorkflowDispatch { .. } => "workflow_dispatch",
            Event::PullRequest(_) => "pull_request",
            Event::PullRequestTarget(_) => "pull_request_target",
            Event::Schedule { .. } => "schedule",
            Event::Release { .. } => "release",
            Event::RepositoryDispatch { .. } => "repository_dispatch",
        }
    }

    /// `github.ref`: the pushed ref; a pull request's merge ref; the
    /// release's tag; else the default branch. (`pull_request_target` runs
    /// on the default branch of the base repository, as on github.com.)
    pub fn git_ref(&self) -> String {
        match self {
            Event::Push { git_ref } => git_ref.clone(),
            Event::PullRequest(pr) => format!("refs/pull/{}/merge", pr.number),
            Event::Release { tag, .. } => format!("refs/tags/{tag}"),
            Event::PullRequestTarget(_)
            | Event::WorkflowDispatch { .. }
            | Event::Schedule { .. }
            | Event::RepositoryDispatch { .. } => format!("refs/heads/{DEFAULT_BRANCH}"),
        }
    }

    /// The activity type, for events that have one.
    pub fn action(&self) -> Option<&str> {
        match self {
            Event::PullRequest(pr) | Event::PullRequestTarget(pr) => Some(&pr.action),
            Event::Release { action, .. } | Event::RepositoryDispatch { action } => Some(action),
            _ => None,
        }
    }

    /// Why the activity type is not one GitHub sends for this event (an
    /// unknown one would never trigger anything), with the closest one.
    pub fn activity_problem(&self) -> Option<String> {
        let action = self.action()?;
        let known = crate::trigger::activity_types(self.name())?;
        if known.contains(&action) {
            return None;
        }
        let hint = suggest::did_you_mean(action, known.iter().copied())
            .map(crate::did_you_mean_hint)
            .unwrap_or_else(|| {
                format!(
                    " {}",
                    i18n::t!("workflow-activity-github-sends", list = known.join(", "))
                )
            });
        Some(i18n::t!(
            "workflow-activity-unknown",
            action = action,
            event = self.name(),
            hint = hint
        ))
    }

    /// Takes the fields that decide a trigger from an event file's JSON:
    /// `ref` of a push; `action`, `number` and `pull_request.{number,
    /// base.ref, head.ref}` of a pull request; `release.tag_name`;
    /// `schedule`; and `inputs` of a dispatch (for inputs not given yet).
    pub fn apply_payload(&mut self, payload: &Value) {
        let text = |pointer: &str| payload.pointer(pointer).and_then(Value::as_str);
        let action = text("/action").map(str::to_string);
        match self {
            Event::Push { git_ref } => {
                if let Some(r) = text("/ref") {
                    *git_ref = r.to_string();
                }
            }
            Event::PullRequest(pr) | Event::PullRequestTarget(pr) => {
                if let Some(a) = action {
                    pr.action = a;
                }
                let number = payload
                    .pointer("/pull_request/number")
                    .or_else(|| payload.get("number"))
                    .and_then(Value::as_u64);
                if let Some(n) = number {
                    pr.number = n;
                }
                if let Some(b) = text("/pull_request/base/ref") {
                    pr.base = b.to_string();
                }
                if let Some(h) = text("/pull_request/head/ref") {
                    pr.head = h.to_string();
                }
            }
            Event::Release { action: a, tag } => {
                if let Some(x) = action {
                    *a = x;
                }
                if let Some(t) = text("/release/tag_name") {
                    *tag = t.to_string();
                }
            }
            Event::RepositoryDispatch { action: a } => {
                if let Some(x) = action {
                    *a = x;
                }
            }
            Event::Schedule { cron } => {
                if let Some(c) = text("/schedule") {
                    *cron = c.to_string();
                }
            }
            Event::WorkflowDispatch { inputs } => {
                if let Some(given) = payload.get("inputs").and_then(Value::as_object) {
                    for (k, v) in given {
                        inputs.entry(k.clone()).or_insert_with(|| eval::display(v));
                    }
                }
            }
        }
    }
}

/// `github.ref_name` and `github.ref_type` of a ref.
pub(crate) fn ref_name_and_type(git_ref: &str) -> (&str, &'static str) {
    match git_ref.strip_prefix("refs/tags/") {
        Some(tag) => (tag, "tag"),
        None => (
            git_ref
                .strip_prefix("refs/heads/")
                .or_else(|| git_ref.strip_prefix("refs/pull/"))
                .unwrap_or(git_ref),
            "branch",
        ),
    }
}

/// `github.head_ref` and `github.base_ref`: set for pull requests only.
pub(crate) fn head_and_base(event: &Event) -> (String, String) {
    match event {
        Event::PullRequest(pr) | Event::PullRequestTarget(pr) => (pr.head.clone(), pr.base.clone()),
        _ => (String::new(), String::new()),
    }
}

/// `github.event`: the defaults for the event, the request's
/// `event_payload` over them, and the event's own fields over that.
pub(crate) fn payload(req: &RunRequest, inputs: &Map<String, Value>) -> Value {
    let mut value = defaults(req, inputs);
    if let Some(over) = &req.event_payload {
        merge(&mut value, over);
        let created_given = over.get("created").is_some();
        if !created_given && matches!(req.event, Event::Push { .. }) {
            let created = value.get("before").and_then(Value::as_str) == Some(ZERO_SHA);
            value["created"] = Value::Bool(created);
        }
    }
    write_event_fields(&mut value, &req.event);
    value
}

/// Puts `over` into `base`: objects key by key, anything else replaced.
pub(crate) fn merge(base: &mut Value, over: &Value) {
    match (base, over) {
        (Value::Object(b), Value::Object(o)) => {
            for (k, v) in o {
                match b.get_mut(k) {
                    Some(existing) => merge(existing, v),
                    None => {
                        b.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (b, o) => *b = o.clone(),
    }
}

/// Writes the fields the event carries, so that an event file cannot
/// contradict a flag given after it.
fn write_event_fields(value: &mut Value, event: &Event) {
    match event {
        Event::Push { git_ref } => value["ref"] = json!(git_ref),
        Event::PullRequest(pr) | Event::PullRequestTarget(pr) => {
            value["action"] = json!(pr.action);
            value["number"] = json!(pr.number);
            value["pull_request"]["number"] = json!(pr.number);
            value["pull_request"]["base"]["ref"] = json!(pr.base);
            value["pull_request"]["head"]["ref"] = json!(pr.head);
        }
        Event::Release { action, tag } => {
            value["action"] = json!(action);
            value["release"]["tag_name"] = json!(tag);
        }
        Event::RepositoryDispatch { action } => value["action"] = json!(action),
        Event::Schedule { cron } => value["schedule"] = json!(cron),
        Event::WorkflowDispatch { .. } => {}
    }
}

/// The webhook payload GitHub would send, with the fields workflows read.
fn defaults(req: &RunRequest, inputs: &Map<String, Value>) -> Value {
    let owner = req.repository.split('/').next().unwrap_or_default();
    let name = req.repository.split('/').nth(1).unwrap_or_default();
    let html = format!("https://github.com/{}", req.repository);
    let repository = json!({
        "full_name": req.repository,
        "name": name,
        "owner": { "login": owner, "name": owner },
        "default_branch": DEFAULT_BRANCH,
        "html_url": html,
    });
    let sender = json!({ "login": req.actor, "type": "User" });
    match &req.event {
        Event::Push { git_ref } => {
            let commit = json!({
                "id": req.sha,
                "message": "",
                "distinct": true,
                "url": format!("{html}/commit/{}", req.sha),
                "author": { "name": req.actor, "username": req.actor },
                "committer": { "name": req.actor, "username": req.actor },
            });
            json!({
                "ref": git_ref,
                "before": ZERO_SHA,
                "after": req.sha,
                "created": true,
                "deleted": false,
                "forced": false,
                "base_ref": null,
                "compare": format!("{html}/commit/{}", req.sha),
                "commits": [commit.clone()],
                "head_commit": commit,
                "pusher": { "name": req.actor },
                "repository": repository,
                "sender": sender,
            })
        }
        Event::WorkflowDispatch { .. } => {
            // The payload carries every input as text, whatever its type.
            let as_text: Map<String, Value> = inputs
                .iter()
                .map(|(k, v)| (k.clone(), Value::String(eval::display(v))))
                .collect();
            json!({
                "inputs": as_text,
                "ref": req.event.git_ref(),
                "repository": repository,
                "sender": sender,
            })
        }
        Event::PullRequest(pr) | Event::PullRequestTarget(pr) => {
            let side = |branch: &str, sha: &str| {
                json!({
                    "ref": branch,
                    "sha": sha,
                    "label": format!("{owner}:{branch}"),
                    "repo": repository,
                    "user": { "login": owner },
                })
            };
            json!({
                "action": pr.action,
                "number": pr.number,
                "pull_request": {
                    "number": pr.number,
                    "state": "open",
                    "title": format!("Merge {} into {}", pr.head, pr.base),
                    "draft": false,
                    "merged": false,
                    "html_url": format!("{html}/pull/{}", pr.number),
                    "user": { "login": req.actor },
                    "head": side(&pr.head, &req.sha),
                    // No base commit is known here: the simulated commit
                    // stands in (an event file can give the real one).
                    "base": side(&pr.base, &req.sha),
                },
                "repository": repository,
                "sender": sender,
            })
        }
        Event::Schedule { cron } => json!({ "schedule": cron }),
        Event::Release { action, tag } => json!({
            "action": action,
            "release": {
                "id": 1,
                "tag_name": tag,
                "name": tag,
                "target_commitish": DEFAULT_BRANCH,
                "draft": false,
                "prerelease": false,
                "html_url": format!("{html}/releases/tag/{tag}"),
                "author": { "login": req.actor },
            },
            "repository": repository,
            "sender": sender,
        }),
        Event::RepositoryDispatch { action } => json!({
            "action": action,
            "branch": DEFAULT_BRANCH,
            "client_payload": {},
            "repository": repository,
            "sender": sender,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refs_of_each_event() {
        let pr = PullRequest::default();
        assert_eq!(
            Event::PullRequest(pr.clone()).git_ref(),
            "refs/pull/1/merge"
        );
        assert_eq!(Event::PullRequestTarget(pr).git_ref(), "refs/heads/main");
        let release = Event::Release {
            action: "published".into(),
            tag: "v1.2.3".into(),
        };
        assert_eq!(release.git_ref(), "refs/tags/v1.2.3");
        assert_eq!(ref_name_and_type("refs/tags/v1.2.3"), ("v1.2.3", "tag"));
        assert_eq!(ref_name_and_type("refs/heads/a/b"), ("a/b", "branch"));
        assert_eq!(
            ref_name_and_type("refs/pull/7/merge"),
            ("7/merge", "branch")
        );
    }

    #[test]
    fn an_event_file_sets_the_fields_that_decide_a_trigger() {
        let mut pr = Event::PullRequest(PullRequest::default());
        pr.apply_payload(&json!({
            "action": "closed",
            "pull_request": { "number": 42, "base": { "ref": "release" }, "head": { "ref": "fix" } }
        }));
        assert_eq!(
            pr,
            Event::PullRequest(PullRequest {
                action: "closed".into(),
                number: 42,
                base: "release".into(),
                head: "fix".into(),
            })
        );
        let mut push = Event::Push {
            git_ref: "refs/heads/main".into(),
        };
        push.apply_payload(&json!({ "ref": "refs/tags/v2" }));
        assert_eq!(push.git_ref(), "refs/tags/v2");
    }

    #[test]
    fn unknown_activity_types_are_named_with_the_closest() {
        let pr = |action: &str| {
            Event::PullRequest(PullRequest {
                action: action.into(),
                ..PullRequest::default()
            })
        };
        assert_eq!(pr("synchronize").activity_problem(), None);
        assert_eq!(
            pr("synchronise").activity_problem().unwrap(),
            "\"synchronise\" is not an activity type of pull_request — did you mean \"synchronize\"?"
        );
        let dispatch = Event::RepositoryDispatch {
            action: "anything-goes".into(),
        };
        assert_eq!(dispatch.activity_problem(), None);
    }

    #[test]
    fn merge_is_deep_and_replaces_arrays() {
        let mut base = json!({ "a": { "b": 1, "c": [1, 2] }, "d": "x" });
        merge(&mut base, &json!({ "a": { "c": [3] , "e": true } }));
        assert_eq!(
            base,
            json!({ "a": { "b": 1, "c": [3], "e": true }, "d": "x" })
        );
    }
}
