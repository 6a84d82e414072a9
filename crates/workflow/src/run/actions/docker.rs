//! `runs.using: docker` actions, run offline with the `docker` CLI as the
//! runner runs them (`ContainerActionHandler.cs`): an image built from
//! the action's Dockerfile (`--pull=false`: only base images already in
//! the engine), or `docker://IMAGE` that must already be there (devpath
//! never pulls). The container gets the workspace at `/github/workspace`
//! (its working directory), the file commands at `/github/file_commands`,
//! the inputs as `INPUT_*` and the `GITHUB_*` variables with those paths.
//!
//! Unlike the runner, the container runs as the user running devpath
//! (`--user`), so that every file it writes in the workspace can be
//! removed when the run ends. The image built for the step is removed
//! when the step ends.

use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::{Map, Value};

use super::super::job::{JobRun, StepRun};
use super::local::Found;
use super::process::{Process, input_variables};
use crate::JobResult;
use crate::eval::{self, Status};
use crate::parse::{ActionMeta, Runs};

/// Host folders and where the container sees them.
struct Mounts {
    workspace: PathBuf,
    temp: PathBuf,
    files: PathBuf,
    event: PathBuf,
}

impl Mounts {
    /// A host path in a variable, as the container sees it.
    fn translate(&self, value: &str) -> String {
        for (host, inside) in [
            (&self.event, "/github/workflow/event.json"),
            (&self.workspace, "/github/workspace"),
            (&self.temp, "/github/runner_temp"),
            (&self.files, "/github/file_commands"),
        ] {
            let host = host.to_string_lossy();
            if let Some(rest) = value.strip_prefix(host.as_ref()) {
                return format!("{inside}{rest}");
            }
        }
        value.to_string()
    }

    fn volumes(&self) -> Vec<String> {
        let v = |host: &Path, inside: &str| format!("{}:{inside}", host.display());
        vec![
            v(&self.workspace, "/github/workspace"),
            v(&self.temp, "/github/runner_temp"),
            v(&self.files, "/github/file_commands"),
            v(&self.event, "/github/workflow/event.json:ro"),
        ]
    }
}

impl JobRun<'_, '_> {
    #[allow(clippy::too_many_arguments, reason = "one step's whole state")]
    pub(super) fn run_docker(
        &mut self,
        uses: &str,
        meta: &ActionMeta,
        found: &Found,
        inputs: &BTreeMap<String, String>,
        number: usize,
        env: &BTreeMap<String, String>,
        contexts: &Map<String, Value>,
        at: &str,
    ) -> Result<StepRun, String> {
        let Runs::Docker {
            image,
            args,
            entrypoint,
            env: action_env,
        } = &meta.runs
        else {
            return Err(format!(
                "{at}: {}",
                i18n::t!("workflow-not-docker-action", uses = uses)
            ));
        };
        let path = self.step_path(env);
        let Some(docker) = super::super::script::resolve("docker", &path) else {
            return Err(format!(
                "{at}: {}",
                i18n::t!("workflow-docker-action-no-cli", uses = uses)
            ));
        };
        // Inputs, `runs.args` and `runs.env` are evaluated with `inputs`.
        let render = |text: &crate::model::Text| {
            eval::render(&text.value, contexts, Status::SUCCESS).map_err(|e| {
                format!(
                    "{}:{}:{}: {}",
                    found.file,
                    text.pos.line,
                    text.pos.col,
                    crate::cannot_evaluate(&format!("`{}`", text.value), &e.message)
                )
            })
        };
        let mut container_env = BTreeMap::new();
        for (name, text) in action_env {
            container_env.insert(name.clone(), render(text)?);
        }
        let mut run_args: Vec<String> = match inputs.get("args") {
            // The runner hands `args` to `docker run` as a command line:
            // quotes group words.
            Some(given) if !given.trim().is_empty() => crate::shell::split_words(given),
            _ => args.iter().map(render).collect::<Result<_, _>>()?,
        };
        let entrypoint = inputs
            .get("entrypoint")
            .filter(|e| !e.is_empty())
            .or(entrypoint.as_ref())
            .cloned();

        let (tag, built) = match image.strip_prefix("docker://") {
            Some(name) => {
                if !self.image_present(&docker, name, &path) {
                    return Err(format!(
                        "{at}: {}",
                        i18n::t!(
                            "workflow-docker-action-image-missing",
                            uses = uses,
                            name = name
                        )
                    ));
                }
                (name.to_string(), false)
            }
            None => {
                let tag = format!(
                    "devpath-action-{}-{}-{}",
                    self.run.req.run_id,
                    self.job.id.to_lowercase(),
                    self.next_process()
                );
                let build = Process {
                    program: docker.clone(),
                    args: vec![
                        "build".into(),
                        "--pull=false".into(),
                        "--label".into(),
                        "devpath.action=step".into(),
                        "-t".into(),
                        tag.clone(),
                        "-f".into(),
                        found.dir.join(image).to_string_lossy().into_owned(),
                        found.dir.to_string_lossy().into_owned(),
                    ],
                    cwd: self.workspace.clone(),
                    env,
                    extra: Vec::new(),
                    number,
                };
                let ended = self.run_process(build, |_, _| {})?;
                if ended.step.outcome != JobResult::Success {
                    self.remove_image(&docker, &tag, &path);
                    self.run.log(
                        &self.job.id,
                        number,
                        &format!(
                            "{at}: {}",
                            i18n::t!(
                                "workflow-docker-action-build-failed",
                                uses = uses,
                                path = found.dir.join(image).display().to_string()
                            )
                        ),
                    );
                    return Ok(ended.step);
                }
                (tag, true)
            }
        };

        let mounts = Mounts {
            workspace: self.workspace.clone(),
            temp: self.temp.clone(),
            files: self.dir.clone(),
            event: self.run.req.work_root.join("event.json"),
        };
        let owner = std::fs::metadata(&self.workspace)
            .map(|m| format!("{}:{}", m.uid(), m.gid()))
            .unwrap_or_default();
        let mut values: Vec<(String, String)> = container_env.into_iter().collect();
        values.extend(env.iter().map(|(k, v)| (k.clone(), v.clone())));
        values.extend(input_variables(inputs));
        let names: Vec<String> = values.iter().map(|(k, _)| k.clone()).collect();
        let image_name = tag.clone();
        let container = format!(
            "devpath-action-{}-{}-{}",
            self.run.req.run_id,
            self.job.id.to_lowercase(),
            self.next_process()
        );
        let name = container.clone();
        let network = self.services.network().map(str::to_string);
        let run = Process {
            program: docker.clone(),
            args: Vec::new(),
            cwd: self.workspace.clone(),
            env,
            // Values reach the container by name (`-e NAME`), so that
            // secrets never appear on a command line.
            extra: values,
            number,
        };
        let ended = self.run_process(run, move |variables, command| {
            command.args([
                "run",
                "--rm",
                "--pull=never",
                "--label",
                "devpath.action=step",
            ]);
            command.args(["--name", &name]);
            // As the runner: container steps join the job's network, where
            // services answer to their labels.
            if let Some(network) = &network {
                command.args(["--network", network]);
            }
            if !owner.is_empty() {
                command.args(["--user", &owner]);
            }
            for volume in mounts.volumes() {
                command.args(["-v", &volume]);
            }
            command.args([
                "--workdir",
                "/github/workspace",
                "-e",
                "HOME=/github/runner_temp",
            ]);
            for (name, value) in variables {
                command.args(["-e", &format!("{name}={}", mounts.translate(value))]);
            }
            for name in &names {
                command.args(["-e", name]);
            }
            if let Some(entrypoint) = &entrypoint {
                command.args(["--entrypoint", entrypoint]);
            }
            command.arg(&image_name);
            command.args(std::mem::take(&mut run_args));
        });
        // A cancelled or timed-out step kills the CLI, not the container
        // (`--rm` removes it only when it ends by itself).
        let _ = Command::new(&docker)
            .args(["rm", "-f", &container])
            .envs(&self.run.req.env)
            .env("PATH", &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        if built {
            self.remove_image(&docker, &tag, &path);
        }
        Ok(ended?.step)
    }

    /// A `uses: docker://IMAGE` step: the image's own entrypoint, with
    /// `with: args` and `entrypoint`.
    #[allow(clippy::too_many_arguments, reason = "one step's whole state")]
    pub(super) fn run_image(
        &mut self,
        uses: &str,
        image: &str,
        inputs: &BTreeMap<String, String>,
        number: usize,
        env: &BTreeMap<String, String>,
        contexts: &Map<String, Value>,
        at: &str,
    ) -> Result<StepRun, String> {
        let meta = ActionMeta {
            inputs: Vec::new(),
            outputs: Vec::new(),
            runs: Runs::Docker {
                image: format!("docker://{image}"),
                args: Vec::new(),
                entrypoint: None,
                env: Vec::new(),
            },
        };
        let found = Found {
            dir: self.workspace.clone(),
            file: at.to_string(),
            repo: self.run.req.checkout_from.clone(),
        };
        self.run_docker(uses, &meta, &found, inputs, number, env, contexts, at)
    }

    /// Whether the engine has `image` (devpath never pulls one).
    fn image_present(&self, docker: &Path, image: &str, path: &str) -> bool {
        Command::new(docker)
            .args(["image", "inspect", image])
            .envs(&self.run.req.env)
            .env("PATH", path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    /// Removes the image built for a step: nothing a run creates outlives it.
    fn remove_image(&self, docker: &Path, tag: &str, path: &str) {
        let _ = Command::new(docker)
            .args(["image", "rm", "-f", tag])
            .envs(&self.run.req.env)
            .env("PATH", path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}
