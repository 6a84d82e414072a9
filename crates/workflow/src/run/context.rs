//! The `${{ }}` contexts a run's expressions see: `github` (with the event
//! payload also written to `$GITHUB_EVENT_PATH`), `needs`, `vars`,
//! `secrets`, `inputs`, `runner` and `job`, as GitHub fills them for the
//! event (its ref and payload come from `crate::event`). `steps` and `env`
//! grow as a job runs; the job keeps them (`job`).

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Map, Value, json};

use super::{JobDone, Run};
use crate::event;
use crate::model::{Job, Workflow};
use crate::{EnvironmentRules, RunRequest};

/// The `github` context without its per-job fields (`job`, `workspace`).
pub(super) fn github(
    wf: &Workflow,
    req: &RunRequest,
    git_ref: &str,
    inputs: &Map<String, Value>,
) -> Map<String, Value> {
    let (ref_name, ref_type) = event::ref_name_and_type(git_ref);
    let (head_ref, base_ref) = event::head_and_base(&req.event);
    let payload = event::payload(req, inputs);
    let owner = req.repository.split('/').next().unwrap_or_default();
    let value = json!({
        "sha": req.sha,
        "ref": git_ref,
        "ref_name": ref_name,
        "ref_type": ref_type,
        "event_name": req.event.name(),
        "event": payload,
        "actor": req.actor,
        "triggering_actor": req.actor,
        "repository": req.repository,
        "repository_owner": owner,
        "run_id": req.run_id.to_string(),
        "run_number": req.run_number.to_string(),
        "run_attempt": "1",
        "workflow": wf.name.clone().unwrap_or_else(|| wf.file.clone()),
        "server_url": "https://github.com",
        "api_url": "https://api.github.com",
        "base_ref": base_ref,
        "head_ref": head_ref,
        "action": "",
        "event_path": req.work_root.join("event.json").to_string_lossy(),
    });
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

/// A map of texts as an object of strings.
pub(super) fn obj(pairs: &BTreeMap<String, String>) -> Value {
    Value::Object(
        pairs
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect(),
    )
}

/// The `runner` context of a job whose folders are under `dir`.
pub(super) fn runner(dir: &Path, temp: &Path) -> Value {
    json!({
        "os": "Linux",
        "arch": runner_arch(),
        "name": "devpath",
        "environment": "self-hosted",
        "temp": temp.to_string_lossy(),
        "tool_cache": dir.join("tool_cache").to_string_lossy(),
    })
}

/// `runner.arch` and `$RUNNER_ARCH`, in GitHub's spelling.
pub(super) fn runner_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "X64",
        "aarch64" => "ARM64",
        "arm" => "ARM",
        "x86" => "X86",
        other => other,
    }
}

/// `job.status`.
pub(super) fn job_status(failed: bool, cancelled: bool) -> &'static str {
    if cancelled {
        "cancelled"
    } else if failed {
        "failure"
    } else {
        "success"
    }
}

/// Puts an environment's `vars` and `secrets` over the repository's.
pub(super) fn with_environment(
    contexts: &mut Map<String, Value>,
    req: &RunRequest,
    rules: &EnvironmentRules,
) {
    let mut vars = req.vars.clone();
    vars.extend(rules.vars.clone());
    contexts.insert("vars".into(), obj(&vars));
    // Over the job's secrets (the repository's and GITHUB_TOKEN).
    if let Some(Value::Object(secrets)) = contexts.get_mut("secrets") {
        for (name, value) in &rules.secrets {
            secrets.insert(name.clone(), Value::String(value.clone()));
        }
    }
}

impl Run<'_> {
    /// The `needs` context of `job`: the result and outputs of each job it
    /// needs, all finished.
    pub(super) fn needs_context(
        &self,
        job: &Job,
        done: &[Option<JobDone>],
        index: &BTreeMap<&str, usize>,
    ) -> Value {
        let mut needs = Map::new();
        for need in &job.needs {
            if let Some(d) = index.get(need.as_str()).and_then(|&i| done[i].as_ref()) {
                needs.insert(
                    need.clone(),
                    json!({ "result": d.result.as_str(), "outputs": obj(&d.outputs) }),
                );
            }
        }
        Value::Object(needs)
    }

    /// The contexts every expression of a job can see (some are filled later).
    pub(super) fn base_contexts(&self, job: &Job, needs: &Value) -> Map<String, Value> {
        let mut github = self.github.clone();
        github.insert("job".into(), Value::String(job.github_job().to_string()));
        let mut c = Map::new();
        c.insert("github".into(), Value::Object(github));
        c.insert("needs".into(), needs.clone());
        c.insert("vars".into(), obj(&self.req.vars));
        let mut secrets = self.req.secrets.clone();
        secrets.insert("GITHUB_TOKEN".into(), self.github_token.clone());
        c.insert("secrets".into(), obj(&secrets));
        c.insert("inputs".into(), Value::Object(self.inputs.clone()));
        let (strategy, matrix) = match &job.combination {
            Some(combination) => (combination.strategy.clone(), combination.matrix.clone()),
            // GitHub's values for a job without a matrix.
            None => (
                json!({ "fail-fast": true, "job-index": 0, "job-total": 1, "max-parallel": 1 }),
                Value::Null,
            ),
        };
        c.insert("strategy".into(), strategy);
        c.insert("matrix".into(), matrix);
        c
    }

    /// The contexts of a workflow-level `concurrency:` (no job yet).
    pub(super) fn workflow_contexts(&self) -> Map<String, Value> {
        let mut contexts = Map::new();
        contexts.insert("github".into(), Value::Object(self.github.clone()));
        contexts.insert("inputs".into(), Value::Object(self.inputs.clone()));
        contexts.insert("vars".into(), obj(&self.req.vars));
        contexts
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde_json::json;

    use super::super::testing::{request, run, run_with};
    use crate::event::PullRequest;
    use crate::{Event, RunRequest};

    #[test]
    fn needs_outputs_and_results() {
        let src = r#"on: push
jobs:
  build:
    runs-on: x
    outputs:
      tag: ${{ steps.meta.outputs.tag }}
      notes: ${{ steps.meta.outputs.notes }}
    steps:
      - id: meta
        run: |
          echo "tag=v-${{ github.sha }}" >> "$GITHUB_OUTPUT"
          { echo "notes<<EOF"; echo "line 1"; echo "line 2"; echo "EOF"; } >> "$GITHUB_OUTPUT"
  deploy:
    needs: build
    runs-on: x
    steps:
      - run: |
          echo "${{ needs.build.result }} ${{ needs.build.outputs.tag }}"
          echo "${{ needs.build.outputs.notes }}"
"#;
        let ran = run(src);
        let tag = format!("v-{}", "a".repeat(40));
        assert_eq!(ran.job("build").outputs["tag"], tag);
        assert_eq!(ran.job("build").outputs["notes"], "line 1\nline 2");
        assert_eq!(
            ran.logs("deploy"),
            [format!("success {tag}"), "line 1".into(), "line 2".into()]
        );
    }

    #[test]
    fn dispatch_inputs_in_contexts() {
        let src = r#"on:
  workflow_dispatch:
    inputs:
      tag:
        required: true
      dry:
        type: boolean
        default: true
jobs:
  j:
    runs-on: x
    steps:
      - if: inputs.dry
        run: echo "${{ inputs.tag }} ${{ inputs.dry == true }} ${{ github.event.inputs.dry == 'true' }} ${{ github.event_name }}"
"#;
        let ran = run_with(
            src,
            Event::WorkflowDispatch {
                inputs: BTreeMap::from([("tag".into(), "v9".into())]),
            },
        );
        assert_eq!(ran.logs("j"), ["v9 true true workflow_dispatch"]);
    }

    /// Runs one step that prints `github.*` texts, one per line, for `req`.
    fn github_lines(
        on: &str,
        fields: &[&str],
        req: impl FnOnce(RunRequest) -> RunRequest,
    ) -> Vec<String> {
        let echo: Vec<String> = fields
            .iter()
            .map(|f| format!("          echo \"${{{{ {f} }}}}\""))
            .collect();
        let src = format!(
            "on: {on}\njobs:\n  j:\n    runs-on: x\n    steps:\n      - run: |\n{}\n",
            echo.join("\n")
        );
        let dir = tempfile::tempdir().unwrap();
        let wf = crate::parse_workflow("ci.yml", &src).unwrap().workflow;
        let placeholder = Event::Push {
            git_ref: String::new(),
        };
        let req = req(request(dir.path(), placeholder));
        let events = std::sync::Mutex::new(Vec::new());
        crate::execute(&wf, &req, &|e| events.lock().unwrap().push(e)).unwrap();
        events
            .into_inner()
            .unwrap()
            .into_iter()
            .filter_map(|e| match e {
                crate::RunEvent::Log { line, step: 1, .. } => Some(line),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_tag_push() {
        let lines = github_lines(
            "push",
            &[
                "github.ref",
                "github.ref_name",
                "github.ref_type",
                "github.event.ref",
                "github.event.created",
                "github.event.before",
                "github.event.after == github.sha",
                "github.event.head_commit.id == github.sha",
                "github.event.commits[0].id == github.sha",
                "github.head_ref",
            ],
            |req| RunRequest {
                event: Event::Push {
                    git_ref: "refs/tags/v1.2.3".into(),
                },
                ..req
            },
        );
        assert_eq!(
            lines,
            [
                "refs/tags/v1.2.3",
                "v1.2.3",
                "tag",
                "refs/tags/v1.2.3",
                "true",
                "0000000000000000000000000000000000000000",
                "true",
                "true",
                "true",
                "",
            ]
        );
    }

    #[test]
    fn a_push_with_a_known_parent_is_not_a_creation() {
        let lines = github_lines(
            "push",
            &[
                "github.event.created",
                "github.event.before",
                "github.event.head_commit.message",
            ],
            |req| RunRequest {
                event: Event::Push {
                    git_ref: "refs/heads/dev".into(),
                },
                event_payload: Some(json!({
                    "before": "b".repeat(40),
                    "head_commit": { "message": "Fix the build" },
                })),
                ..req
            },
        );
        assert_eq!(lines, ["false", &"b".repeat(40), "Fix the build"]);
    }

    #[test]
    fn a_pull_request_and_its_target_twin() {
        let fields = [
            "github.event_name",
            "github.ref",
            "github.ref_name",
            "github.head_ref",
            "github.base_ref",
            "github.event.action",
            "github.event.number",
            "github.event.pull_request.number",
            "github.event.pull_request.head.ref",
            "github.event.pull_request.head.sha == github.sha",
            "github.event.pull_request.base.ref",
            "github.event.pull_request.base.sha",
        ];
        let pr = PullRequest {
            head: "fix-login".into(),
            ..PullRequest::default()
        };
        let lines = github_lines("[pull_request, pull_request_target]", &fields, |req| {
            RunRequest {
                event: Event::PullRequest(pr.clone()),
                event_payload: Some(
                    json!({ "pull_request": { "base": { "sha": "c".repeat(40) } } }),
                ),
                ..req
            }
        });
        let base_sha = "c".repeat(40);
        assert_eq!(
            lines,
            [
                "pull_request",
                "refs/pull/1/merge",
                "1/merge",
                "fix-login",
                "main",
                "opened",
                "1",
                "1",
                "fix-login",
                "true",
                "main",
                base_sha.as_str(),
            ]
        );
        let target = github_lines("[pull_request, pull_request_target]", &fields[..5], |req| {
            RunRequest {
                event: Event::PullRequestTarget(pr.clone()),
                ..req
            }
        });
        assert_eq!(
            target,
            [
                "pull_request_target",
                "refs/heads/main",
                "main",
                "fix-login",
                "main"
            ]
        );
    }

    /// The runner exports `head_ref` and `base_ref` of the `github`
    /// context as variables (empty when the event is not a pull request).
    #[test]
    fn head_and_base_refs_are_variables_too() {
        let src = "on: [push, pull_request]\njobs:\n  j:\n    runs-on: x\n    steps:\n      - run: echo \"[$GITHUB_HEAD_REF] [$GITHUB_BASE_REF] $GITHUB_REF_NAME\"\n";
        let pr = run_with(src, Event::PullRequest(PullRequest::default()));
        assert_eq!(pr.logs("j"), ["[feature] [main] 1/merge"]);
        let push = run(src);
        assert_eq!(push.logs("j"), ["[] [] main"]);
    }

    #[test]
    fn an_event_file_is_merged_over_the_defaults_but_not_over_the_event() {
        let lines = github_lines(
            "pull_request",
            &[
                "github.event.pull_request.title",
                "github.event.pull_request.number",
                "github.event.pull_request.user.login",
                "github.event.label.name",
            ],
            |req| RunRequest {
                event: Event::PullRequest(PullRequest {
                    number: 9,
                    ..PullRequest::default()
                }),
                // The number is the event's: a flag given after the file wins.
                event_payload: Some(json!({
                    "pull_request": { "title": "Add login", "number": 3 },
                    "label": { "name": "bug" },
                })),
                ..req
            },
        );
        assert_eq!(lines, ["Add login", "9", "learner", "bug"]);
    }

    #[test]
    fn schedule_release_and_repository_dispatch() {
        let schedule = github_lines(
            "{schedule: [{cron: '0 3 * * 1'}]}",
            &["github.event_name", "github.event.schedule", "github.ref"],
            |req| RunRequest {
                event: Event::Schedule {
                    cron: "0 3 * * 1".into(),
                },
                ..req
            },
        );
        assert_eq!(schedule, ["schedule", "0 3 * * 1", "refs/heads/main"]);
        let release = github_lines(
            "release",
            &[
                "github.event.action",
                "github.event.release.tag_name",
                "github.ref",
                "github.ref_type",
            ],
            |req| RunRequest {
                event: Event::Release {
                    action: "published".into(),
                    tag: "v2.0.0".into(),
                },
                ..req
            },
        );
        assert_eq!(release, ["published", "v2.0.0", "refs/tags/v2.0.0", "tag"]);
        let dispatch = github_lines(
            "repository_dispatch",
            &[
                "github.event.action",
                "github.event.client_payload.env",
                "github.ref",
            ],
            |req| RunRequest {
                event: Event::RepositoryDispatch {
                    action: "deploy".into(),
                },
                event_payload: Some(json!({ "client_payload": { "env": "staging" } })),
                ..req
            },
        );
        assert_eq!(dispatch, ["deploy", "staging", "refs/heads/main"]);
    }
}
