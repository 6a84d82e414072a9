//! Steps that `uses:` an action.
//!
//! On GitHub the runner downloads the action and runs its code. devpath is
//! offline, so the actions it knows are built in: each one reads the
//! action's documented inputs, does offline what the action does, and sets
//! its documented outputs. An input devpath cannot honour fails the step
//! with a message that names it; an input the action does not have is a
//! warning, as the runner gives.
//!
//! Other actions run from their files (`local`): local ones (`./path`),
//! and remote ones found in the offline action folder; `docker://IMAGE`
//! runs an image already in the engine. Any other action fails its step
//! when it runs (never when the workflow loads: the workflow is valid on
//! GitHub), naming the action and where devpath looked for it.

mod artifact;
mod build_push;
mod cache;
mod checkout;
mod docker;
mod docker_cli;
mod glob;
mod local;
#[cfg(test)]
mod local_tests;
mod metadata;
mod node;
mod preflight;
mod process;
mod setup;

pub(super) use artifact::Artifacts;
pub(super) use node::PostStep;
pub use preflight::Blocker;
pub(super) use preflight::blockers;

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::job::{JobRun, StepRun};
use crate::eval::{self, Status};
use crate::model::Uses;

/// The inputs of a built-in action, as its `action.yml` declares them.
pub(super) struct Inputs {
    /// Inputs devpath reads.
    supported: &'static [&'static str],
    /// Inputs that only matter on GitHub's machines (tokens, clone
    /// options…): accepted, with nothing to do offline.
    accepted: &'static [&'static str],
}

impl Inputs {
    fn contains(&self, name: &str) -> bool {
        self.supported.contains(&name) || self.accepted.contains(&name)
    }
}

/// A built-in action: `owner/repo` (lower case) and what runs it.
struct Builtin {
    name: &'static str,
    inputs: &'static Inputs,
    run: fn(&mut JobRun<'_, '_>, &ActionCall<'_>) -> Result<StepRun, String>,
}

/// Every action devpath has built in.
const BUILTINS: &[Builtin] = &[
    Builtin {
        name: "actions/checkout",
        inputs: &checkout::INPUTS,
        run: |job, call| job.checkout(call),
    },
    Builtin {
        name: "actions/upload-artifact",
        inputs: &artifact::UPLOAD_INPUTS,
        run: |job, call| job.upload_artifact(call),
    },
    Builtin {
        name: "actions/download-artifact",
        inputs: &artifact::DOWNLOAD_INPUTS,
        run: |job, call| job.download_artifact(call),
    },
    Builtin {
        name: "actions/cache",
        inputs: &cache::INPUTS,
        run: |job, call| job.cache(call, cache::Mode::Both),
    },
    Builtin {
        name: "actions/cache/restore",
        inputs: &cache::RESTORE_INPUTS,
        run: |job, call| job.cache(call, cache::Mode::Restore),
    },
    Builtin {
        name: "actions/cache/save",
        inputs: &cache::SAVE_INPUTS,
        run: |job, call| job.cache(call, cache::Mode::Save),
    },
    Builtin {
        name: "actions/setup-node",
        inputs: &setup::NODE_INPUTS,
        run: |job, call| job.setup(call, setup::Tool::Node),
    },
    Builtin {
        name: "actions/setup-python",
        inputs: &setup::PYTHON_INPUTS,
        run: |job, call| job.setup(call, setup::Tool::Python),
    },
    Builtin {
        name: "actions/setup-go",
        inputs: &setup::GO_INPUTS,
        run: |job, call| job.setup(call, setup::Tool::Go),
    },
    Builtin {
        name: "actions/setup-java",
        inputs: &setup::JAVA_INPUTS,
        run: |job, call| job.setup(call, setup::Tool::Java),
    },
    Builtin {
        name: "docker/login-action",
        inputs: &docker_cli::LOGIN_INPUTS,
        run: |job, call| job.login(call),
    },
    Builtin {
        name: "docker/metadata-action",
        inputs: &metadata::INPUTS,
        run: |job, call| job.metadata(call),
    },
    Builtin {
        name: "docker/build-push-action",
        inputs: &build_push::INPUTS,
        run: |job, call| job.build_push(call),
    },
    Builtin {
        name: "docker/setup-buildx-action",
        inputs: &docker_cli::BUILDX_INPUTS,
        run: |job, call| job.setup_buildx(call),
    },
    Builtin {
        name: "docker/setup-qemu-action",
        inputs: &docker_cli::QEMU_INPUTS,
        run: |job, call| job.setup_qemu(call),
    },
];

/// What an action leaves to do when its job ends (its `post:` in
/// action.yml).
pub(super) enum Post {
    /// docker/login-action's logout.
    DockerLogout {
        registry: String,
        /// The login step's number, whose log the logout goes to.
        number: usize,
        env: BTreeMap<String, String>,
    },
    /// actions/cache's save, when the job succeeded.
    CacheSave(cache::PendingSave),
}

/// One step's call of an action, its inputs evaluated.
pub(super) struct ActionCall<'c> {
    /// As written: `actions/checkout@v4`.
    pub(super) uses: &'c str,
    /// The step's number in its job (1-based), for its log.
    pub(super) number: usize,
    /// The step's environment (`env:` of the workflow, job and step).
    pub(super) env: &'c BTreeMap<String, String>,
    inputs: BTreeMap<String, String>,
    /// `file:line:col` of the `uses:`.
    at: String,
}

impl ActionCall<'_> {
    /// An input's value; inputs are case-insensitive, as on GitHub.
    pub(super) fn input(&self, name: &str) -> Option<&str> {
        self.inputs.get(name).map(String::as_str)
    }

    /// An input read as GitHub's toolkit reads a boolean (`getBooleanInput`:
    /// true/True/TRUE or false/False/FALSE), with its default.
    pub(super) fn flag(&self, name: &str, default: bool) -> Result<bool, String> {
        match self.input(name) {
            None | Some("") => Ok(default),
            Some("true" | "True" | "TRUE") => Ok(true),
            Some("false" | "False" | "FALSE") => Ok(false),
            Some(other) => {
                Err(self.fail(&format!("input `{name}: {other}` must be true or false")))
            }
        }
    }

    /// A list input: one item per line or comma, trimmed, empties dropped
    /// (as the docker actions' `getInputList`).
    pub(super) fn list(&self, name: &str) -> Vec<String> {
        self.input(name)
            .unwrap_or_default()
            .lines()
            .flat_map(|line| line.split(','))
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// A message for the step's log, naming the action and where it is used.
    pub(super) fn fail(&self, message: &str) -> String {
        format!("{}: {}: {message}", self.at, self.uses)
    }
}

impl JobRun<'_, '_> {
    /// Runs what the job's actions left for its end, the last first (as
    /// the runner runs post steps), whatever the job's result.
    pub(super) fn run_post_steps(&mut self) {
        while let Some(post) = self.post.pop() {
            match post {
                Post::DockerLogout {
                    registry,
                    number,
                    env,
                } => self.logout(&registry, number, &env),
                Post::CacheSave(pending) => self.cache_post(pending),
            }
        }
    }

    /// Runs a `uses:` step: a built-in action, an action from its files,
    /// or a failure that names the action devpath does not have.
    pub(super) fn run_action(
        &mut self,
        uses: &Uses,
        number: usize,
        env: &BTreeMap<String, String>,
        contexts: &Map<String, Value>,
        status: Status,
    ) -> Result<StepRun, String> {
        let file = self.action_file.as_deref().unwrap_or(&self.run.wf.file);
        let at = format!("{file}:{}:{}", uses.pos.line, uses.pos.col);
        let mut inputs = BTreeMap::new();
        for (key, text) in &uses.with {
            let value = eval::render(&text.value, contexts, status).map_err(|e| {
                self.run.at(
                    text,
                    &crate::cannot_evaluate(
                        &i18n::t!("workflow-eval-input", name = key.as_str()),
                        &e.message,
                    ),
                )
            })?;
            inputs.insert(key.to_lowercase(), value);
        }
        let name = action_name(&uses.uses);
        let Some(builtin) = BUILTINS.iter().find(|b| b.name == name) else {
            if let Some(image) = uses.uses.strip_prefix("docker://") {
                return self.run_image(&uses.uses, image, &inputs, number, env, contexts, &at);
            }
            return self.run_action_files(&uses.uses, &inputs, number, env, contexts, status, &at);
        };
        let unexpected: Vec<&str> = inputs
            .keys()
            .map(String::as_str)
            .filter(|key| !builtin.inputs.contains(key))
            .collect();
        if !unexpected.is_empty() {
            let mut valid: Vec<&str> = builtin.inputs.supported.to_vec();
            valid.extend(builtin.inputs.accepted);
            // The runner's own words (ActionRunner.cs), as a warning.
            self.run.log(
                &self.job.id,
                number,
                &format!(
                    "Warning: Unexpected input(s) '{}', valid inputs are ['{}']",
                    unexpected.join("', '"),
                    valid.join("', '")
                ),
            );
        }
        let call = ActionCall {
            uses: &uses.uses,
            number,
            env,
            inputs,
            at,
        };
        (builtin.run)(self, &call)
    }
}

/// `owner/repo[/path]` of a `uses:`, lower case, without its `@ref`.
fn action_name(uses: &str) -> String {
    uses.split('@').next().unwrap_or(uses).to_lowercase()
}

/// Whether `uses` names a built-in action (they win over the folder).
fn is_builtin(uses: &str) -> bool {
    let name = action_name(uses);
    BUILTINS.iter().any(|b| b.name == name)
}

/// The names of the built-in actions, for messages.
fn builtin_names() -> Vec<&'static str> {
    BUILTINS.iter().map(|b| b.name).collect()
}

#[cfg(test)]
mod tests {
    use crate::JobResult;
    use crate::run::testing::run;

    #[test]
    fn an_unexpected_input_is_a_warning_as_on_github() {
        let ran = run(
            "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n        with: {pth: src}\n",
        );
        assert_eq!(ran.result("a"), JobResult::Success);
        let logs = ran.logs("a");
        assert!(
            logs[0].starts_with(
                "Warning: Unexpected input(s) 'pth', valid inputs are ['path', 'ref', "
            ),
            "{logs:?}"
        );
    }

    #[test]
    fn inputs_are_evaluated_when_the_step_runs() {
        let ran = run(
            "on: push\njobs:\n  a:\n    runs-on: x\n    env:\n      DIR: code\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          path: ${{ env.DIR }}\n      - run: cat code/app.txt\n",
        );
        assert_eq!(ran.result("a"), JobResult::Success, "{:?}", ran.logs("a"));
        assert!(
            ran.logs("a").contains(&"v1".to_string()),
            "{:?}",
            ran.logs("a")
        );
    }
}
