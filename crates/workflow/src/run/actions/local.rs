//! Actions that run from their own files: local ones (`uses: ./path`,
//! relative to the workspace, so after a checkout, as on GitHub) and
//! remote ones found in the offline action folder
//! ([`RunRequest::actions_dir`](crate::RunRequest)).
//!
//! # The action folder
//! act's offline mode keeps each action it cloned in its cache folder
//! under the `uses:` text with `/` turned into `-`
//! (`actions-setup-node@v4`); devpath also accepts the more readable
//! `OWNER/REPO@REF`. For `uses: OWNER/REPO/PATH@REF` the action is the
//! `PATH` folder of the repository's copy. Built-in actions keep priority
//! over a copy in the folder: the real `actions/checkout` or
//! `actions/setup-node` need GitHub's network, which is what the built-in
//! ones replace.
//!
//! # Kinds
//! `action.yml` (or `action.yaml`) says how the action runs, and each kind
//! runs as the runner runs it (`Runner.Worker/Handlers`):
//! - `composite`: its steps run inside the calling step, with the `inputs`
//!   context (no `INPUT_*` variables), `github.action_path`, their own
//!   `steps` context and `outputs.*.value` evaluated at the end. Nesting is
//!   limited as the runner limits it (`CompositeActionsMaxDepth`).
//! - `node*` (`node.rs`): `node main` with `INPUT_*`, then `post` at the
//!   end of the job; `pre` runs only for actions from the folder (the
//!   runner skips it for local actions).
//! - `docker` (`docker.rs`): an image built from the action's Dockerfile,
//!   or `docker://IMAGE` already in the engine, run with the workspace.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::super::job::{JobRun, StepRun};
use crate::JobResult;
use crate::eval::{self, Status};
use crate::parse::{ActionMeta, Runs, parse_action};

/// The runner's `Constants.CompositeActionsMaxDepth`: actions nested
/// deeper than this inside composite actions fail.
pub(crate) const COMPOSITE_MAX_DEPTH: usize = 9;

/// An action's files, found.
pub(super) struct Found {
    pub(super) dir: PathBuf,
    /// `action.yml` as shown in messages.
    pub(super) file: String,
    /// The root of the repository the action is in: what `$/` means in
    /// its own steps.
    pub(super) repo: PathBuf,
}

/// Where the action folder may hold `uses` (`OWNER/REPO[/PATH]@REF`):
/// the action's folder in each layout, most readable first.
/// Each with the root of the repository it is in (`$/` in its steps).
fn repository_candidates(root: &Path, uses: &str) -> Vec<(PathBuf, PathBuf)> {
    let Some((name, git_ref)) = uses.split_once('@') else {
        return Vec::new();
    };
    let mut parts = name.splitn(3, '/');
    let (Some(owner), Some(repo)) = (parts.next(), parts.next()) else {
        return Vec::new();
    };
    let sub = parts.next();
    let inside = |base: PathBuf| match sub {
        Some(sub) => (base.join(sub), base),
        None => (base.clone(), base),
    };
    let mut out = vec![
        inside(root.join(owner).join(format!("{repo}@{git_ref}"))),
        inside(root.join(format!("{owner}-{repo}@{git_ref}"))),
    ];
    if sub.is_some() {
        // act: the whole `uses:` made a file name, the repository inside.
        out.push(inside(root.join(uses.replace('/', "-"))));
    }
    out
}

/// Finds the files of a remote action (`OWNER/REPO[/PATH]@REF`) in the
/// action folder; `Err` says where it looked and how to provide it.
pub(super) fn find_in_folder(actions_dir: Option<&Path>, uses: &str) -> Result<Found, String> {
    let builtins = super::builtin_names().join(", ");
    let name = uses.split('@').next().unwrap_or(uses);
    let Some(root) = actions_dir else {
        return Err(i18n::t!(
            "workflow-action-not-offline",
            uses = uses,
            name = name,
            builtins = &*builtins,
            layout = folder_layout(uses)
        ));
    };
    let candidates = repository_candidates(root, uses);
    for (dir, repo) in &candidates {
        if let Some(file) = metadata_file(dir) {
            return Ok(Found {
                file: file.display().to_string(),
                dir: dir.clone(),
                repo: repo.clone(),
            });
        }
    }
    let looked: Vec<String> = candidates
        .iter()
        .map(|(c, _)| c.display().to_string())
        .collect();
    let git_ref = match uses.split_once('@') {
        Some((_, r)) => r.to_string(),
        None => i18n::t!("workflow-its-ref"),
    };
    Err(i18n::t!(
        "workflow-action-not-in-folder",
        uses = uses,
        builtins = &*builtins,
        looked = looked.join(", "),
        git_ref = git_ref
    ))
}

/// `action.yml` or `action.yaml` in `dir`.
pub(super) fn metadata_file(dir: &Path) -> Option<PathBuf> {
    ["action.yml", "action.yaml"]
        .iter()
        .map(|name| dir.join(name))
        .find(|path| path.is_file())
}

impl JobRun<'_, '_> {
    /// Finds the files of a local action or of a remote one in the action
    /// folder; `Err` says where it looked and how to provide it.
    pub(super) fn locate(&self, uses: &str) -> Result<Found, String> {
        // `./` is in the job's workspace (what a checkout brought in);
        // `$/` is the repository at the running commit, with or without a
        // checkout: the workflow's, or inside a composite action the
        // action's own.
        let workflow_repo = &self.run.req.checkout_from;
        let repo = self.action_repo.as_ref().unwrap_or(workflow_repo);
        let local = match (uses.strip_prefix("./"), uses.strip_prefix("$/")) {
            (Some(rel), _) => Some((self.workspace.join(rel), workflow_repo.clone())),
            (None, Some(rel)) => Some((repo.join(rel), repo.clone())),
            (None, None) => None,
        };
        if let Some((dir, repo)) = local {
            return match metadata_file(&dir) {
                Some(file) => Ok(Found {
                    dir,
                    file: format!("{}/{}", uses.trim_end_matches('/'), file_name(&file)),
                    repo,
                }),
                None => Err(i18n::t!("workflow-local-action-missing", uses = uses)),
            };
        }
        find_in_folder(self.run.req.actions_dir.as_deref(), uses)
    }

    /// Runs an action from its files (see the module's overview).
    #[allow(clippy::too_many_arguments, reason = "one step's whole state")]
    pub(super) fn run_action_files(
        &mut self,
        uses: &str,
        given: &BTreeMap<String, String>,
        number: usize,
        env: &BTreeMap<String, String>,
        contexts: &Map<String, Value>,
        status: Status,
        at: &str,
    ) -> Result<StepRun, String> {
        if self.action_depth > COMPOSITE_MAX_DEPTH {
            return Err(format!(
                "{at}: `uses: {uses}`: Composite action depth exceeded max depth {COMPOSITE_MAX_DEPTH} ({})",
                i18n::t!(
                    "workflow-composite-max-depth",
                    count = (COMPOSITE_MAX_DEPTH + 1).to_string()
                )
            ));
        }
        let found = self.locate(uses).map_err(|m| format!("{at}: {m}"))?;
        let meta = load(&found)?;
        let inputs = self.action_inputs(&meta, given, contexts, status, number, &found)?;
        let mut contexts = contexts.clone();
        if let Some(Value::Object(github)) = contexts.get_mut("github") {
            github.insert(
                "action_path".into(),
                Value::String(found.dir.to_string_lossy().into_owned()),
            );
        }
        contexts.insert(
            "inputs".into(),
            Value::Object(
                inputs
                    .iter()
                    .map(|(k, v)| (k.clone(), Value::String(v.clone())))
                    .collect(),
            ),
        );
        match &meta.runs {
            Runs::Composite(steps) => {
                self.run_composite(&meta, steps, &found, number, env, contexts)
            }
            Runs::Node { .. } => self.run_node(uses, &meta, &found, &inputs, number, env, at),
            Runs::Docker { .. } => {
                self.run_docker(uses, &meta, &found, &inputs, number, env, &contexts, at)
            }
        }
    }

    /// The action's inputs: those given (a warning names the unexpected
    /// ones, as the runner does), then the defaults, evaluated now.
    fn action_inputs(
        &self,
        meta: &ActionMeta,
        given: &BTreeMap<String, String>,
        contexts: &Map<String, Value>,
        status: Status,
        number: usize,
        found: &Found,
    ) -> Result<BTreeMap<String, String>, String> {
        let docker = matches!(meta.runs, Runs::Docker { .. });
        let unexpected: Vec<&str> = given
            .keys()
            .map(String::as_str)
            .filter(|k| {
                !meta.inputs.iter().any(|i| i.name.eq_ignore_ascii_case(k))
                    && !(docker && (*k == "args" || *k == "entrypoint"))
            })
            .collect();
        if !unexpected.is_empty() {
            let mut valid: Vec<&str> = meta.inputs.iter().map(|i| i.name.as_str()).collect();
            if docker {
                valid.extend(["entryPoint", "args"]);
            }
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
        let mut inputs: BTreeMap<String, String> = given.clone();
        for input in &meta.inputs {
            let given = given
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(&input.name))
                .map(|(_, v)| v.clone());
            inputs.remove(&input.name.to_lowercase());
            let value = match (given, &input.default) {
                (Some(v), _) => v,
                (None, Some(default)) => {
                    eval::render(&default.value, contexts, status).map_err(|e| {
                        format!(
                            "{}:{}:{}: {}",
                            found.file,
                            default.pos.line,
                            default.pos.col,
                            crate::cannot_evaluate(
                                &i18n::t!(
                                    "workflow-eval-input-default",
                                    name = input.name.as_str()
                                ),
                                &e.message
                            )
                        )
                    })?
                }
                (None, None) => String::new(),
            };
            inputs.insert(input.name.clone(), value);
        }
        Ok(inputs)
    }

    /// A composite action's steps, inside step `number`.
    fn run_composite(
        &mut self,
        meta: &ActionMeta,
        steps: &[crate::model::Step],
        found: &Found,
        number: usize,
        env: &BTreeMap<String, String>,
        mut contexts: Map<String, Value>,
    ) -> Result<StepRun, String> {
        let saved_steps = std::mem::take(&mut self.steps_ctx);
        let saved_failed = std::mem::replace(&mut self.failed, false);
        let saved_env = std::mem::replace(&mut self.action_env, env.clone());
        let saved_file = self.action_file.replace(found.file.clone());
        let saved_path = self.action_path.replace(found.dir.clone());
        let saved_repo = self.action_repo.replace(found.repo.clone());
        self.action_depth += 1;
        for step in steps {
            self.step(number, step, &mut contexts);
        }
        self.action_depth -= 1;
        let inner = std::mem::replace(&mut self.steps_ctx, saved_steps);
        let failed = std::mem::replace(&mut self.failed, saved_failed);
        self.action_env = saved_env;
        self.action_file = saved_file;
        self.action_path = saved_path;
        self.action_repo = saved_repo;
        contexts.insert("steps".into(), Value::Object(inner));
        let mut outputs = BTreeMap::new();
        for (name, value) in &meta.outputs {
            let Some(text) = value else { continue };
            match eval::render(&text.value, &contexts, Status::SUCCESS) {
                Ok(v) => {
                    outputs.insert(name.clone(), v);
                }
                Err(e) => {
                    return Err(format!(
                        "{}:{}:{}: {}",
                        found.file,
                        text.pos.line,
                        text.pos.col,
                        crate::cannot_evaluate(
                            &i18n::t!("workflow-eval-the-output-code", name = name.as_str()),
                            &e.message
                        )
                    ));
                }
            }
        }
        Ok(StepRun {
            outcome: if failed {
                JobResult::Failure
            } else {
                JobResult::Success
            },
            outputs,
            job_timed_out: false,
        })
    }
}

/// Reads and checks `action.yml`; its errors name the file's lines.
pub(super) fn load(found: &Found) -> Result<ActionMeta, String> {
    let path = metadata_file(&found.dir).unwrap_or_else(|| found.dir.join("action.yml"));
    let source = fs::read_to_string(&path).map_err(|e| {
        i18n::t!(
            "workflow-cannot-read",
            path = path.display().to_string(),
            error = e.to_string()
        )
    })?;
    parse_action(&found.file, &source).map_err(|diagnostics| {
        diagnostics
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `OWNER/REPO@REF[/PATH]`, the folder a remote action goes in.
fn folder_layout(uses: &str) -> String {
    let Some((name, git_ref)) = uses.split_once('@') else {
        return uses.to_string();
    };
    let mut parts = name.splitn(3, '/');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(o), Some(r), Some(sub)) => format!("{o}/{r}@{git_ref}/{sub}"),
        (Some(o), Some(r), None) => format!("{o}/{r}@{git_ref}"),
        _ => uses.to_string(),
    }
}
