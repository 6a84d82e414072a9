//! The `${{ }}` contexts a run's expressions see: `github` (with the event
//! payload also written to `$GITHUB_EVENT_PATH`), `needs`, `vars`,
//! `secrets`, `inputs`, `runner` and `job`, as GitHub fills them for a
//! push or a manual dispatch. `steps` and `env` grow as a job runs; the
//! job keeps them (`job`).

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Map, Value, json};

use super::{JobDone, Run};
use crate::eval;
use crate::model::{Job, Workflow};
use crate::{EnvironmentRules, Event, RunRequest};

/// The `github` context without its per-job fields (`job`, `workspace`).
pub(super) fn github(
    wf: &Workflow,
    req: &RunRequest,
    git_ref: &str,
    inputs: &Map<String, Value>,
) -> Map<String, Value> {
    let (ref_name, ref_type) = match git_ref.strip_prefix("refs/tags/") {
        Some(tag) => (tag, "tag"),
        None => (
            git_ref.strip_prefix("refs/heads/").unwrap_or(git_ref),
            "branch",
        ),
    };
    let owner = req.repository.split('/').next().unwrap_or_default();
    let value = json!({
        "sha": req.sha,
        "ref": git_ref,
        "ref_name": ref_name,
        "ref_type": ref_type,
        "event_name": req.event.name(),
        "event": event_payload(req, git_ref, inputs),
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
        "base_ref": "",
        "head_ref": "",
        "action": "",
        "event_path": req.work_root.join("event.json").to_string_lossy(),
    });
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

/// `github.event`: the webhook payload's fields that workflows read.
fn event_payload(req: &RunRequest, git_ref: &str, inputs: &Map<String, Value>) -> Value {
    let owner = req.repository.split('/').next().unwrap_or_default();
    let name = req.repository.split('/').nth(1).unwrap_or_default();
    let repository = json!({
        "full_name": req.repository,
        "name": name,
        "owner": { "login": owner, "name": owner },
        "default_branch": "main",
    });
    match &req.event {
        Event::Push { .. } => json!({
            "ref": git_ref,
            "after": req.sha,
            "before": "0".repeat(40),
            "head_commit": { "id": req.sha },
            "pusher": { "name": req.actor },
            "repository": repository,
        }),
        Event::WorkflowDispatch { .. } => {
            // The payload carries every input as text, whatever its type.
            let as_text: Map<String, Value> = inputs
                .iter()
                .map(|(k, v)| (k.clone(), Value::String(eval::display(v))))
                .collect();
            json!({ "inputs": as_text, "ref": git_ref, "repository": repository })
        }
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

    use super::super::testing::{run, run_with};
    use crate::Event;

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
}
