//! Whether an event starts a workflow, by GitHub's rules ("Workflow
//! syntax": `on.<event>.branches|tags|paths|types`), and if not, which
//! filter stopped it, named with its place in the file.
//!
//! - `push`: a branch push must pass `branches`/`branches-ignore`, a tag
//!   push `tags`/`tags-ignore`. With only branch filters, tag pushes do not
//!   trigger, and the other way round; with neither, both do. `paths` and
//!   `paths-ignore` must pass too, except for tags ("Path filters are not
//!   evaluated for pushes of tags").
//! - `pull_request`, `pull_request_target`: `types` (default `opened`,
//!   `synchronize`, `reopened`), then `branches` against the *base* branch,
//!   then the paths.
//! - `paths`: at least one changed file must be in; `paths-ignore`: at
//!   least one changed file must not be ignored.
//! - `release`, `repository_dispatch`: `types` (default: every type).
//! - `schedule`: the cron must be one of `on.schedule`.

use i18n::t;
use serde::Serialize;

use crate::event::DEFAULT_PULL_REQUEST_TYPES;
use crate::model::{Filter, On, Workflow};
use crate::yaml::Pos;
use crate::{Diagnostic, Event, Severity};

/// The events devpath can trigger; any other event of `on:` is valid but
/// never triggered locally.
pub(crate) const LOCAL_EVENTS: &[&str] = &[
    "push",
    "pull_request",
    "pull_request_target",
    "workflow_dispatch",
    "schedule",
    "release",
    "repository_dispatch",
];

/// The activity types GitHub lists for an event, when it has a fixed list
/// ("Events that trigger workflows"); `None` for events without types or
/// with custom ones (`repository_dispatch`).
pub(crate) fn activity_types(event: &str) -> Option<&'static [&'static str]> {
    const PULL_REQUEST: &[&str] = &[
        "assigned",
        "unassigned",
        "labeled",
        "unlabeled",
        "opened",
        "edited",
        "closed",
        "reopened",
        "synchronize",
        "converted_to_draft",
        "ready_for_review",
        "locked",
        "unlocked",
        "review_requested",
        "review_request_removed",
        "auto_merge_enabled",
        "auto_merge_disabled",
        "milestoned",
        "demilestoned",
        "enqueued",
        "dequeued",
    ];
    const RELEASE: &[&str] = &[
        "published",
        "unpublished",
        "created",
        "edited",
        "deleted",
        "prereleased",
        "released",
    ];
    match event {
        "pull_request" | "pull_request_target" => Some(PULL_REQUEST),
        "release" => Some(RELEASE),
        _ => None,
    }
}

/// An event of `on:`, for `--list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TriggerSummary {
    /// The event's name (`push`, `issues`, …).
    pub event: String,
    /// Whether devpath can trigger it.
    pub local: bool,
    /// Its filters as written, e.g. `("branches", ["main"])`, `("cron",
    /// ["0 3 * * *"])`, `("inputs", ["tag"])`.
    pub filters: Vec<(String, Vec<String>)>,
}

impl Workflow {
    /// Whether `event` starts this workflow. `changed` lists the files the
    /// commit changed (`None`: not known, and `paths` filters are not
    /// evaluated). `Ok` holds notes about what was not evaluated; `Err`
    /// says which filter stopped the workflow, where it is written, and
    /// what would get past it.
    pub fn trigger(
        &self,
        event: &Event,
        changed: Option<&[String]>,
    ) -> Result<Vec<Diagnostic>, Diagnostic> {
        let name = event.name();
        let Some(on) = self.triggers.events.iter().find(|o| o.event == name) else {
            let local: Vec<&str> = self
                .triggers
                .events
                .iter()
                .map(|o| o.event.as_str())
                .filter(|e| LOCAL_EVENTS.contains(e))
                .collect();
            let all: Vec<&str> = self
                .triggers
                .events
                .iter()
                .map(|o| o.event.as_str())
                .collect();
            let hint = match local.first() {
                Some(first) => format!(
                    "; {}",
                    t!(
                        "workflow-trigger-runs-on",
                        events = local.join(", "),
                        first = *first
                    )
                ),
                None if !all.is_empty() => format!(
                    "; {}",
                    t!("workflow-trigger-never-local", events = all.join(", "))
                ),
                None => String::new(),
            };
            return Err(self.stopped(
                self.triggers.pos,
                t!("workflow-trigger-no-event", event = name, hint = hint),
            ));
        };
        let mut notes = Vec::new();
        match event {
            Event::Push { git_ref } => {
                if let Some(tag) = git_ref.strip_prefix("refs/tags/") {
                    self.ref_filters(on, "tag", tag, true)?;
                } else {
                    let branch = git_ref.strip_prefix("refs/heads/").unwrap_or(git_ref);
                    self.ref_filters(on, "branch", branch, false)?;
                    self.paths(on, changed, &mut notes)?;
                }
            }
            Event::PullRequest(pr) | Event::PullRequestTarget(pr) => {
                self.types(on, &pr.action, Some(DEFAULT_PULL_REQUEST_TYPES))?;
                self.ref_filters(on, "base branch", &pr.base, false)?;
                self.paths(on, changed, &mut notes)?;
            }
            Event::Release { action, .. } | Event::RepositoryDispatch { action } => {
                self.types(on, action, None)?;
            }
            Event::Schedule { cron } => {
                if !self.triggers.schedules.iter().any(|(c, _)| c == cron) {
                    let crons: Vec<String> = self
                        .triggers
                        .schedules
                        .iter()
                        .map(|(c, _)| format!("\"{c}\""))
                        .collect();
                    return Err(self.stopped(
                        on.pos,
                        t!(
                            "workflow-trigger-cron-not-listed",
                            cron = cron.as_str(),
                            crons = crons.join(", ")
                        ),
                    ));
                }
            }
            Event::WorkflowDispatch { .. } => {}
        }
        Ok(notes)
    }

    /// Every event of `on:` with its filters, in file order.
    pub fn triggers(&self) -> Vec<TriggerSummary> {
        self.triggers
            .events
            .iter()
            .map(|on| {
                let mut filters = Vec::new();
                if let Some((types, _)) = &on.types {
                    filters.push(("types".to_string(), types.clone()));
                }
                for filter in [
                    &on.branches,
                    &on.branches_ignore,
                    &on.tags,
                    &on.tags_ignore,
                    &on.paths,
                    &on.paths_ignore,
                ]
                .into_iter()
                .flatten()
                {
                    let key = filter.what.rsplit('.').next().unwrap_or_default();
                    filters.push((
                        key.to_string(),
                        filter.patterns.written().map(String::from).collect(),
                    ));
                }
                if on.event == "schedule" {
                    let crons = self.triggers.schedules.iter().map(|(c, _)| c.clone());
                    filters.push(("cron".to_string(), crons.collect()));
                }
                if on.event == "workflow_dispatch" {
                    let inputs = self.dispatch_inputs().unwrap_or_default();
                    if !inputs.is_empty() {
                        let names = inputs.iter().map(|i| i.name.clone()).collect();
                        filters.push(("inputs".to_string(), names));
                    }
                }
                TriggerSummary {
                    event: on.event.clone(),
                    local: LOCAL_EVENTS.contains(&on.event.as_str()),
                    filters,
                }
            })
            .collect()
    }

    /// `on.schedule`'s crons, in file order.
    pub fn schedules(&self) -> Vec<String> {
        self.triggers
            .schedules
            .iter()
            .map(|(c, _)| c.clone())
            .collect()
    }

    fn stopped(&self, pos: Pos, message: String) -> Diagnostic {
        self.diagnostic(
            pos,
            Severity::Error,
            t!("workflow-not-triggered", message = message),
        )
    }

    fn diagnostic(&self, pos: Pos, severity: Severity, message: String) -> Diagnostic {
        Diagnostic {
            file: self.file.clone(),
            line: pos.line,
            col: pos.col,
            severity,
            message,
            rule: "events",
        }
    }

    /// The branch or tag filters; `is_tag` says which kind `name` is.
    fn ref_filters(&self, on: &On, kind: &str, name: &str, is_tag: bool) -> Result<(), Diagnostic> {
        let what_ref = match kind {
            "branch" => t!("workflow-ref-branch", name = name),
            "tag" => t!("workflow-ref-tag", name = name),
            _ => t!("workflow-ref-base-branch", name = name),
        };
        let (include, ignore, other_include, other_ignore) = if is_tag {
            (&on.tags, &on.tags_ignore, &on.branches, &on.branches_ignore)
        } else {
            (&on.branches, &on.branches_ignore, &on.tags, &on.tags_ignore)
        };
        if let Some(filter) = include {
            if filter.patterns.matches(name) {
                return Ok(());
            }
            let message = match filter.patterns.deciding(name) {
                Some((pattern, _)) => t!(
                    "workflow-ref-excluded",
                    reference = &*what_ref,
                    pattern = pattern,
                    what = &*filter.what,
                    patterns = filter.patterns.shown()
                ),
                None => t!(
                    "workflow-ref-no-match",
                    reference = &*what_ref,
                    what = &*filter.what,
                    patterns = filter.patterns.shown(),
                    hint = try_instead(filter, kind)
                ),
            };
            return Err(self.stopped(filter.pos, message));
        }
        if let Some(filter) = ignore {
            return match filter.patterns.deciding(name) {
                Some((pattern, false)) => Err(self.stopped(
                    filter.pos,
                    t!(
                        "workflow-ref-ignored",
                        reference = &*what_ref,
                        pattern = pattern,
                        what = &*filter.what,
                        patterns = filter.patterns.shown()
                    ),
                )),
                _ => Ok(()),
            };
        }
        // Only the other kind of ref is filtered: this kind never triggers.
        if let Some(filter) = other_include.as_ref().or(other_ignore.as_ref()) {
            let id = if is_tag {
                "workflow-ref-only-branches-filtered"
            } else {
                "workflow-ref-only-tags-filtered"
            };
            return Err(self.stopped(
                filter.pos,
                t!(
                    id,
                    reference = &*what_ref,
                    event = &*on.event,
                    what = &*filter.what
                ),
            ));
        }
        Ok(())
    }

    fn paths(
        &self,
        on: &On,
        changed: Option<&[String]>,
        notes: &mut Vec<Diagnostic>,
    ) -> Result<(), Diagnostic> {
        let Some(filter) = on.paths.as_ref().or(on.paths_ignore.as_ref()) else {
            return Ok(());
        };
        let Some(changed) = changed else {
            notes.push(self.diagnostic(
                filter.pos,
                Severity::Warning,
                t!("workflow-paths-not-evaluated", what = &*filter.what),
            ));
            return Ok(());
        };
        let listed = list_files(changed);
        if let Some(filter) = &on.paths {
            if changed.iter().any(|f| filter.patterns.matches(f)) {
                return Ok(());
            }
            let message = if changed.is_empty() {
                t!(
                    "workflow-paths-no-change",
                    what = &*filter.what,
                    patterns = filter.patterns.shown()
                )
            } else {
                t!(
                    "workflow-paths-no-match",
                    what = &*filter.what,
                    patterns = filter.patterns.shown(),
                    changed = &*listed
                )
            };
            return Err(self.stopped(filter.pos, message));
        }
        if let Some(filter) = &on.paths_ignore
            && changed.iter().all(|f| filter.patterns.matches(f))
        {
            let message = if changed.is_empty() {
                t!(
                    "workflow-paths-ignore-no-change",
                    what = &*filter.what,
                    patterns = filter.patterns.shown()
                )
            } else {
                t!(
                    "workflow-paths-all-ignored",
                    what = &*filter.what,
                    patterns = filter.patterns.shown(),
                    changed = &*listed
                )
            };
            return Err(self.stopped(filter.pos, message));
        }
        Ok(())
    }

    fn types(&self, on: &On, action: &str, default: Option<&[&str]>) -> Result<(), Diagnostic> {
        match (&on.types, default) {
            (Some((types, pos)), _) => {
                if types.iter().any(|t| t == action) {
                    return Ok(());
                }
                let shown: Vec<String> = types.iter().map(|t| format!("\"{t}\"")).collect();
                Err(self.stopped(
                    *pos,
                    t!(
                        "workflow-types-not-listed",
                        action = action,
                        event = &*on.event,
                        types = shown.join(", ")
                    ),
                ))
            }
            (None, Some(default)) if !default.contains(&action) => Err(self.stopped(
                on.pos,
                t!(
                    "workflow-types-default",
                    action = action,
                    event = &*on.event,
                    defaults = default.join(", ")
                ),
            )),
            _ => Ok(()),
        }
    }
}

/// " (try --ref refs/heads/main)" when the filter's first pattern is a
/// plain name, to show what would get past it.
fn try_instead(filter: &Filter, kind: &str) -> String {
    let plain = filter
        .patterns
        .written()
        .find(|p| !p.starts_with('!'))
        .filter(|p| !p.contains(['*', '?', '+', '[', '\\']));
    match (plain, kind) {
        (Some(p), "branch") => format!("; {}", t!("workflow-try-branch", name = p)),
        (Some(p), "tag") => format!("; {}", t!("workflow-try-tag", name = p)),
        (Some(p), "base branch") => format!("; {}", t!("workflow-try-base", name = p)),
        _ => String::new(),
    }
}

/// The first files of a list, comma-separated ("a, b, c and 4 more").
fn list_files(files: &[String]) -> String {
    const SHOWN: usize = 3;
    let head = files[..files.len().min(SHOWN)].join(", ");
    if files.len() > SHOWN {
        t!(
            "workflow-files-and-more",
            files = head,
            count = (files.len() - SHOWN).to_string()
        )
    } else {
        head
    }
}

#[cfg(test)]
mod tests {
    use super::TriggerSummary;
    use crate::event::PullRequest;
    use crate::{Event, parse_workflow};

    fn workflow(on: &str) -> crate::Workflow {
        let src = format!("{on}\njobs:\n  a:\n    runs-on: x\n    steps: [{{run: 'true'}}]\n");
        parse_workflow("ci.yml", &src)
            .unwrap_or_else(|e| panic!("{e:?}"))
            .workflow
    }

    fn push(git_ref: &str) -> Event {
        Event::Push {
            git_ref: git_ref.into(),
        }
    }

    fn stopped(wf: &crate::Workflow, event: &Event, changed: Option<&[String]>) -> String {
        wf.trigger(event, changed).unwrap_err().to_string()
    }

    fn files(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn push_branches_say_which_filter_stopped_it() {
        let wf = workflow(
            "on:\n  push:\n    branches:\n      - main\n      - 'release/**'\n      - '!release/old'",
        );
        assert!(wf.trigger(&push("refs/heads/main"), None).is_ok());
        assert!(wf.trigger(&push("refs/heads/release/1/2"), None).is_ok());
        assert_eq!(
            stopped(&wf, &push("refs/heads/dev"), None),
            "ci.yml:4:7: not triggered: branch \"dev\" does not match on.push.branches [\"main\", \"release/**\", \"!release/old\"]; to run it, push to \"main\" (--ref refs/heads/main)"
        );
        assert_eq!(
            stopped(&wf, &push("refs/heads/release/old"), None),
            "ci.yml:4:7: not triggered: branch \"release/old\" is excluded by \"!release/old\" in on.push.branches [\"main\", \"release/**\", \"!release/old\"]"
        );
        // Only branch filters: tag pushes never trigger.
        assert_eq!(
            stopped(&wf, &push("refs/tags/v1"), None),
            "ci.yml:4:7: not triggered: tag \"v1\": on.push filters only branches (on.push.branches), so tag pushes do not trigger it; add `tags:` to run on them"
        );
    }

    #[test]
    fn push_tags_and_ignores() {
        let wf = workflow("on:\n  push:\n    tags: ['v[0-9]+.*']\n    branches-ignore: ['wip/*']");
        assert!(wf.trigger(&push("refs/tags/v12.0"), None).is_ok());
        assert!(wf.trigger(&push("refs/heads/main"), None).is_ok());
        assert_eq!(
            stopped(&wf, &push("refs/heads/wip/x"), None),
            "ci.yml:4:22: not triggered: branch \"wip/x\" matches \"wip/*\" in on.push.branches-ignore [\"wip/*\"]"
        );
        assert!(
            stopped(&wf, &push("refs/tags/latest"), None).contains("does not match on.push.tags")
        );
        // Neither kind filtered: every branch and tag triggers.
        let any = workflow("on: push");
        assert!(any.trigger(&push("refs/tags/x"), None).is_ok());
        assert!(any.trigger(&push("refs/heads/x"), None).is_ok());
    }

    #[test]
    fn paths_and_paths_ignore() {
        let wf =
            workflow("on:\n  push:\n    branches: [main]\n    paths: ['src/**', '!src/docs/**']");
        let main = push("refs/heads/main");
        assert!(
            wf.trigger(&main, Some(&files(&["README.md", "src/a.rs"])))
                .is_ok()
        );
        assert_eq!(
            stopped(&wf, &main, Some(&files(&["README.md", "src/docs/x.md"]))),
            "ci.yml:4:12: not triggered: no changed file matches on.push.paths [\"src/**\", \"!src/docs/**\"] (changed: README.md, src/docs/x.md)"
        );
        assert!(stopped(&wf, &main, Some(&[])).contains("changes no file"));
        // Unknown changes: the filter passes, with a note.
        let notes = wf.trigger(&main, None).unwrap();
        assert_eq!(notes.len(), 1);
        assert!(
            notes[0].message.starts_with("on.push.paths not evaluated"),
            "{notes:?}"
        );
        // Paths are not evaluated for tags.
        let tags = workflow("on:\n  push:\n    paths: [src/**]");
        assert!(tags.trigger(&push("refs/tags/v1"), Some(&[])).is_ok());

        let ignore = workflow("on:\n  push:\n    paths-ignore: ['docs/**', '**.md']");
        assert!(
            ignore
                .trigger(&main, Some(&files(&["docs/a.txt", "app.rs"])))
                .is_ok()
        );
        assert_eq!(
            stopped(
                &ignore,
                &main,
                Some(&files(&["docs/a.txt", "x/README.md", "c.md", "d.md"]))
            ),
            "ci.yml:3:19: not triggered: every changed file matches on.push.paths-ignore [\"docs/**\", \"**.md\"] (changed: docs/a.txt, x/README.md, c.md and 1 more)"
        );
    }

    #[test]
    fn pull_request_types_base_branches_and_defaults() {
        let wf = workflow("on:\n  pull_request:\n    branches: [main]");
        let pr = |action: &str, base: &str| {
            Event::PullRequest(PullRequest {
                action: action.into(),
                base: base.into(),
                ..PullRequest::default()
            })
        };
        for action in ["opened", "synchronize", "reopened"] {
            assert!(wf.trigger(&pr(action, "main"), None).is_ok(), "{action}");
        }
        assert_eq!(
            stopped(&wf, &pr("closed", "main"), None),
            "ci.yml:2:3: not triggered: the activity type \"closed\" does not trigger `pull_request` without `types:` (only opened, synchronize, reopened do); add `types: [closed]`"
        );
        assert_eq!(
            stopped(&wf, &pr("opened", "dev"), None),
            "ci.yml:3:15: not triggered: base branch \"dev\" does not match on.pull_request.branches [\"main\"]; to run it, target \"main\" (--base main)"
        );
        let typed = workflow("on:\n  pull_request_target:\n    types: [closed]");
        let target = Event::PullRequestTarget(PullRequest::default());
        assert_eq!(
            stopped(&typed, &target, None),
            "ci.yml:3:12: not triggered: the activity type \"opened\" is not in on.pull_request_target.types [\"closed\"]"
        );
        assert_eq!(
            stopped(&workflow("on: [workflow_call, issues]"), &target, None),
            "ci.yml:1:1: not triggered: `on:` has no `pull_request_target` event; its events (workflow_call, issues) are never triggered locally"
        );
        // A pull_request workflow is not a pull_request_target one.
        assert_eq!(
            stopped(&wf, &target, None),
            "ci.yml:1:1: not triggered: `on:` has no `pull_request_target` event; it runs on pull_request (try --event pull_request)"
        );
    }

    #[test]
    fn schedule_release_and_repository_dispatch() {
        let wf = workflow(
            "on:\n  schedule:\n    - cron: '0 3 * * *'\n  release:\n    types: [published]\n  repository_dispatch:",
        );
        assert_eq!(wf.schedules(), ["0 3 * * *"]);
        let cron = |c: &str| Event::Schedule { cron: c.into() };
        assert!(wf.trigger(&cron("0 3 * * *"), None).is_ok());
        assert!(stopped(&wf, &cron("* * * * *"), None).contains("not one of on.schedule"));
        let release = |a: &str| Event::Release {
            action: a.into(),
            tag: "v1".into(),
        };
        assert!(wf.trigger(&release("published"), None).is_ok());
        assert!(stopped(&wf, &release("created"), None).contains("not in on.release.types"));
        let dispatch = Event::RepositoryDispatch {
            action: "anything".into(),
        };
        assert!(wf.trigger(&dispatch, None).is_ok());
        assert!(
            workflow("on: release")
                .trigger(&release("deleted"), None)
                .is_ok()
        );
    }

    #[test]
    fn triggers_are_summarised_for_list() {
        let wf = workflow(
            "on:\n  push:\n    branches: [main]\n    paths-ignore: [docs/**]\n  issues:\n    types: [opened]\n  workflow_dispatch:\n    inputs:\n      tag:",
        );
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let summary = |event: &str, local: bool, filters: &[(&str, &[&str])]| TriggerSummary {
            event: event.into(),
            local,
            filters: filters.iter().map(|(k, v)| (k.to_string(), s(v))).collect(),
        };
        assert_eq!(
            wf.triggers(),
            [
                summary(
                    "push",
                    true,
                    &[("branches", &["main"]), ("paths-ignore", &["docs/**"])]
                ),
                summary("issues", false, &[("types", &["opened"])]),
                summary("workflow_dispatch", true, &[("inputs", &["tag"])]),
            ]
        );
    }
}
