//! `jobs.<id>.services`: service containers, started before the job's
//! steps as the runner starts them (`ContainerOperationProvider.cs`): a
//! network for the job, each service on it under its label
//! (`--network-alias`), its health check awaited, its published ports in
//! `job.services.<label>.ports`. devpath never pulls: an image must
//! already be in the local engine. The containers and the network are
//! removed when the job ends, however it ends.
//!
//! `container:` and `services:` are evaluated first, as the runner does
//! (`JobExtension.cs`, `EvaluateJobContainer` and
//! `EvaluateJobServiceContainers`): what one expression gives (all the
//! services, one service, or one of their lists or mappings) is read as
//! GitHub reads it (`WorkflowTemplateConverter.ConvertToJobContainer`), a
//! `docker://` prefix is dropped, and an empty image starts nothing: no
//! job container (the steps run on the host), and a service skipped with
//! the runner's own line.
//!
//! The `docker` CLI is the one on the job's `PATH`, with the run's
//! environment, so that a scenario's wrapper labels what it creates.

use i18n::t;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};

use super::job::JobRun;
use crate::eval::{self, Status};
use crate::model::{ContainerSpec, ServicesSpec, Text};

/// A container as the job starts it, with its image; `None` when that is
/// empty (GitHub starts no such container).
type Evaluated = Option<(ContainerSpec, String)>;

/// A service container that started.
pub(super) struct Service {
    label: String,
    /// The container's id (`job.services.<label>.id`).
    id: String,
    /// Container port → host port (`job.services.<label>.ports`).
    ports: BTreeMap<String, String>,
}

/// What the job started: its network and its services.
#[derive(Default)]
pub(super) struct Services {
    docker: Option<PathBuf>,
    path: String,
    network: Option<String>,
    started: Vec<Service>,
    /// The job container's id (`container:`), where `run:` steps run.
    job_container: Option<String>,
    /// The job container's own `PATH`, under what steps add to
    /// `$GITHUB_PATH`.
    container_path: String,
    /// The job container's image, for messages.
    container_image: String,
    /// The host's `node` mounted into the job container, for node
    /// actions; None when the host has none, `Err` when it cannot be
    /// mounted (why).
    container_node: Option<Result<ContainerNode, String>>,
}

impl Services {
    /// The network service containers share, for container actions.
    pub(super) fn network(&self) -> Option<&str> {
        self.network.as_deref()
    }

    /// The job container's id and the `docker` CLI, when the job has one.
    pub(super) fn job_container(&self) -> Option<(&str, &PathBuf)> {
        Some((self.job_container.as_deref()?, self.docker.as_ref()?))
    }

    /// The `PATH` for a step in the job container: `added` (newest first)
    /// before the container's own, as the runner prepends them.
    pub(super) fn container_path(&self, added: &[String]) -> Option<String> {
        if added.is_empty() {
            return None;
        }
        let mut path: Vec<&str> = added.iter().rev().map(String::as_str).collect();
        path.push(&self.container_path);
        Some(path.join(":"))
    }

    /// `job.container`, when the job has one.
    pub(super) fn container_context(&self) -> Option<Value> {
        let id = self.job_container.as_ref()?;
        Some(json!({ "id": id, "network": self.network }))
    }

    /// `job.services`, or None when the job has none.
    pub(super) fn context(&self) -> Option<Value> {
        let network = self.network.as_ref()?;
        let mut services = Map::new();
        for s in &self.started {
            services.insert(
                s.label.clone(),
                json!({ "id": s.id, "network": network, "ports": s.ports }),
            );
        }
        Some(Value::Object(services))
    }
}

/// `value` as a text that renders to itself: a value an expression gave is
/// not evaluated again (`${{ '…' }}` around one that holds `${{`).
fn literal(value: &str) -> String {
    if value.contains("${{") {
        format!("${{{{ '{}' }}}}", value.replace('\'', "''"))
    } else {
        value.to_string()
    }
}

/// A name docker accepts (`[a-zA-Z0-9][a-zA-Z0-9_.-]*`).
fn docker_name(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'a'..='z' | '0'..='9' | '_' | '.' | '-' => c,
            'A'..='Z' => c.to_ascii_lowercase(),
            _ => '-',
        })
        .collect()
}

impl JobRun<'_, '_> {
    fn svc_docker(&self, args: &[&str]) -> std::io::Result<Output> {
        self.svc_docker_with(args, &BTreeMap::new())
    }

    /// `docker args` with `env` in the client's environment (where
    /// `-e NAME` takes its value from).
    fn svc_docker_with(
        &self,
        args: &[&str],
        env: &BTreeMap<String, String>,
    ) -> std::io::Result<Output> {
        let docker = self.services.docker.as_ref().expect("docker resolved");
        Command::new(docker)
            .args(args)
            .envs(&self.run.req.env)
            .envs(env)
            .env("PATH", &self.services.path)
            .stdin(Stdio::null())
            .output()
    }

    /// Runs `docker args`; its trimmed stdout, or why it failed.
    fn docker_ok(&self, args: &[&str]) -> Result<String, String> {
        self.docker_ok_with(args, &BTreeMap::new())
    }

    fn docker_ok_with(
        &self,
        args: &[&str],
        env: &BTreeMap<String, String>,
    ) -> Result<String, String> {
        let out = self
            .svc_docker_with(args, env)
            .map_err(|e| t!("workflow-cannot-run-docker", error = e.to_string()))?;
        if out.status.success() {
            return Ok(String::from_utf8_lossy(&out.stdout).trim().to_string());
        }
        let err = String::from_utf8_lossy(&out.stderr);
        Err(err
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("docker failed")
            .trim()
            .to_string())
    }

    /// A container's `env`, `ports`, `volumes` and `options` as `docker
    /// create` arguments, for a service or the job container. Values of
    /// `env` go by name only (`-e NAME`), read from the client's
    /// environment, which is returned: a secret in them never reaches a
    /// command line, where other users and the leak check would see it.
    fn container_args(
        &self,
        spec: &crate::model::ContainerSpec,
        contexts: &Map<String, Value>,
        args: &mut Vec<String>,
    ) -> Result<BTreeMap<String, String>, String> {
        let env = self.render_pairs(&spec.env, contexts)?;
        for key in env.keys() {
            args.extend(["-e".into(), key.clone()]);
        }
        for port in &spec.ports {
            args.extend(["-p".into(), self.render_text(port, contexts)?]);
        }
        for volume in &spec.volumes {
            args.extend(["-v".into(), self.render_text(volume, contexts)?]);
        }
        if let Some(options) = &spec.options {
            args.extend(crate::shell::split_words(
                &self.render_text(options, contexts)?,
            ));
        }
        Ok(env)
    }

    /// The typed value of a text (one whole `${{ }}`: what it gives).
    fn evaluate_value(&self, text: &Text, contexts: &Map<String, Value>) -> Result<Value, String> {
        eval::value(&text.value, contexts, Status::SUCCESS).map_err(|e| {
            self.run.at(
                text,
                &crate::cannot_evaluate(&format!("`{}`", text.value), &e.message),
            )
        })
    }

    fn render_text(&self, text: &Text, contexts: &Map<String, Value>) -> Result<String, String> {
        eval::render(&text.value, contexts, Status::SUCCESS).map_err(|e| {
            self.run.at(
                text,
                &crate::cannot_evaluate(&format!("`{}`", text.value), &e.message),
            )
        })
    }

    /// `v` as the text a string-typed key of the schema takes (GitHub
    /// converts a number, a boolean or null to a string; null is empty).
    fn scalar_of(v: &Value) -> Option<String> {
        match v {
            Value::Array(_) | Value::Object(_) => None,
            v => Some(eval::display(v)),
        }
    }

    /// `found` (what `v` is) for a message, as the matrix names it.
    fn found(v: &Value) -> String {
        crate::matrix::describe(v)
    }

    /// `file:line:col: WHAT evaluated to FOUND, expected EXPECTED`.
    fn evaluated_wrong(&self, at: &Text, what: &str, v: &Value, expected: &str) -> String {
        self.run.at(
            at,
            &t!(
                "workflow-svc-evaluated",
                what = what,
                found = Self::found(v),
                expected = t!(expected)
            ),
        )
    }

    /// A container (`service`: a service's, else the job's) from the mapping
    /// an expression at `at` gave, as GitHub converts it
    /// (`ConvertToJobContainer`), with its image.
    fn spec_of_value(
        &self,
        map: &Map<String, Value>,
        at: &Text,
        what: &str,
        service: bool,
    ) -> Result<(ContainerSpec, String), String> {
        let mut spec = ContainerSpec::of(Text {
            value: String::new(),
            pos: at.pos,
        });
        let mut image = String::new();
        for (key, v) in map {
            self.set_field(&mut spec, &mut image, key, v, at, what, service)?;
        }
        spec.image.value = literal(&image);
        Ok((spec, image))
    }

    /// Sets the `key` of a container from the value `v` an expression at
    /// `at` gave (the image in `image`, as given), or says what is wrong
    /// with it.
    #[allow(
        clippy::too_many_arguments,
        reason = "a field, its value and where it came from"
    )]
    fn set_field(
        &self,
        spec: &mut ContainerSpec,
        image: &mut String,
        key: &str,
        v: &Value,
        at: &Text,
        what: &str,
        service: bool,
    ) -> Result<(), String> {
        let keys = ContainerSpec::keys(service);
        let lit = |value: String| Text {
            value: literal(&value),
            pos: at.pos,
        };
        let key_what = t!("workflow-the-key-of", key = key, place = what);
        let text = || {
            Self::scalar_of(v)
                .ok_or_else(|| self.evaluated_wrong(at, &key_what, v, "workflow-svc-expected-text"))
        };
        match key {
            "image" => *image = text()?,
            "options" => spec.options = Some(lit(text()?)),
            "entrypoint" if service => spec.entrypoint = Some(lit(text()?)),
            "command" if service => spec.command = Some(lit(text()?)),
            "ports" | "volumes" => {
                let Value::Array(items) = v else {
                    return Err(self.evaluated_wrong(
                        at,
                        &key_what,
                        v,
                        "workflow-svc-expected-list",
                    ));
                };
                let mut list = Vec::new();
                for item in items {
                    let item = Self::scalar_of(item).ok_or_else(|| {
                        self.evaluated_wrong(at, &key_what, item, "workflow-svc-expected-text")
                    })?;
                    list.push(lit(item));
                }
                match key {
                    "ports" => spec.ports = list,
                    _ => spec.volumes = list,
                }
            }
            "env" | "credentials" => {
                let Value::Object(pairs) = v else {
                    return Err(self.evaluated_wrong(
                        at,
                        &key_what,
                        v,
                        "workflow-svc-expected-mapping",
                    ));
                };
                let mut env = Vec::new();
                for (name, value) in pairs {
                    let name_what = t!(
                        "workflow-the-key-of",
                        key = name.as_str(),
                        place = &*key_what
                    );
                    let value = Self::scalar_of(value).ok_or_else(|| {
                        self.evaluated_wrong(at, &name_what, value, "workflow-svc-expected-text")
                    })?;
                    match (key, name.as_str()) {
                        ("env", _) => env.push((name.clone(), lit(value))),
                        (_, "username") => spec.username = Some(lit(value)),
                        (_, "password") => spec.password = Some(lit(value)),
                        _ => {
                            return Err(self.unknown_evaluated_key(
                                at,
                                &key_what,
                                name,
                                &["username", "password"],
                            ));
                        }
                    }
                }
                if key == "env" {
                    spec.env = env;
                }
            }
            _ => return Err(self.unknown_evaluated_key(at, what, key, keys)),
        }
        Ok(())
    }

    fn unknown_evaluated_key(&self, at: &Text, what: &str, key: &str, known: &[&str]) -> String {
        let hint = match suggest::did_you_mean(key, known.iter().copied()) {
            Some(s) => crate::did_you_mean_hint(s),
            None => crate::expected_one_of(&known.join(", ")),
        };
        self.run.at(
            at,
            &t!(
                "workflow-svc-evaluated-key",
                what = what,
                key = key,
                hint = hint
            ),
        )
    }

    /// A container as the job starts it, its expressions evaluated as
    /// GitHub evaluates them (`EvaluateJobContainer`): a string is the
    /// image; one whole `${{ }}` may also give a mapping. With its image,
    /// `docker://` stripped; `None` when that is empty (GitHub starts no
    /// such container).
    fn evaluate_container(
        &self,
        spec: &ContainerSpec,
        what: &str,
        service: bool,
        contexts: &Map<String, Value>,
    ) -> Result<Evaluated, String> {
        let (spec, image) = if spec.shorthand {
            let value = self.evaluate_value(&spec.image, contexts)?;
            match &value {
                Value::Object(map) => self.spec_of_value(map, &spec.image, what, service)?,
                Value::Array(_) => {
                    return Err(self.evaluated_wrong(
                        &spec.image,
                        what,
                        &value,
                        "workflow-svc-expected-container",
                    ));
                }
                v => (spec.clone(), eval::display(v)),
            }
        } else {
            let mut spec = spec.clone();
            // A list or mapping given by one expression.
            for (key, text) in std::mem::take(&mut spec.given) {
                let value = self.evaluate_value(&text, contexts)?;
                self.set_field(
                    &mut spec,
                    &mut String::new(),
                    &key,
                    &value,
                    &text,
                    what,
                    service,
                )?;
            }
            let image = self.render_text(&spec.image, contexts)?;
            (spec, image)
        };
        let image = image.strip_prefix("docker://").unwrap_or(&image);
        Ok((!image.is_empty()).then(|| (spec, image.to_string())))
    }

    /// The job's services by label, their expressions evaluated
    /// (`EvaluateJobServiceContainers`); `None` for one whose image is
    /// empty, which GitHub does not start.
    fn evaluate_services(
        &self,
        contexts: &Map<String, Value>,
    ) -> Result<Vec<(String, Evaluated)>, String> {
        let place = t!("workflow-place-job", id = self.job.id.as_str());
        let mut out = Vec::new();
        match &self.job.services {
            ServicesSpec::Map(services) => {
                for (label, spec) in services {
                    let what = t!(
                        "workflow-place-service",
                        label = label.as_str(),
                        place = &*place
                    );
                    out.push((
                        label.clone(),
                        self.evaluate_container(spec, &what, true, contexts)?,
                    ));
                }
            }
            ServicesSpec::Expr(text) => {
                let what = t!("workflow-the-key-of", key = "services", place = &*place);
                let value = self.evaluate_value(text, contexts)?;
                let Value::Object(map) = &value else {
                    return Err(self.evaluated_wrong(
                        text,
                        &what,
                        &value,
                        "workflow-svc-expected-services",
                    ));
                };
                for (label, v) in map {
                    // GitHub's `loose-key-type: non-empty-string`.
                    if label.trim().is_empty() {
                        return Err(self
                            .run
                            .at(text, &t!("workflow-svc-empty-label", what = &*what)));
                    }
                    let what = t!(
                        "workflow-place-service",
                        label = label.as_str(),
                        place = &*place
                    );
                    let service = match v {
                        Value::Object(map) => Some(self.spec_of_value(map, text, &what, true)?),
                        Value::Array(_) => {
                            return Err(self.evaluated_wrong(
                                text,
                                &what,
                                v,
                                "workflow-svc-expected-container",
                            ));
                        }
                        v => {
                            let image = eval::display(v);
                            let spec = ContainerSpec::of(Text {
                                value: literal(&image),
                                pos: text.pos,
                            });
                            Some((spec, image))
                        }
                    };
                    let service = service.and_then(|(spec, image)| {
                        let image = image.strip_prefix("docker://").unwrap_or(&image);
                        (!image.is_empty()).then(|| (spec, image.to_string()))
                    });
                    out.push((label.clone(), service));
                }
            }
        }
        Ok(out)
    }

    /// Whether `image` is in the local engine; if not, `missing()` at the
    /// image's place in the file (devpath never pulls).
    fn svc_image_present(
        &self,
        at: &Text,
        image: &str,
        missing: impl FnOnce() -> String,
    ) -> Result<(), String> {
        let present = self
            .svc_docker(&["image", "inspect", image])
            .is_ok_and(|o| o.status.success());
        if present {
            return Ok(());
        }
        Err(format!(
            "{}: {}",
            self.run.at(at, "").trim_end_matches([':', ' ']),
            missing()
        ))
    }

    /// Creates the job's network and starts its services (before the
    /// steps). An error fails the job; what started is still removed by
    /// `stop_services`.
    pub(super) fn start_services(&mut self, contexts: &Map<String, Value>) -> Result<(), String> {
        if self.job.services.is_empty() && self.job.container.is_none() {
            return Ok(());
        }
        let job = self.job;
        let place = t!("workflow-place-job", id = job.id.as_str());
        // As the runner: the job container, then the services, evaluated.
        let container = match &job.container {
            Some(spec) => self.evaluate_container(
                spec,
                &t!("workflow-the-key-of", key = "container", place = &*place),
                false,
                contexts,
            )?,
            None => None,
        };
        let mut services = Vec::new();
        for (label, service) in self.evaluate_services(contexts)? {
            match service {
                Some((spec, image)) => services.push((label, spec, image)),
                // The runner's own line.
                None => self.run.log(
                    &job.id,
                    0,
                    &format!(
                        "The service '{label}' will not be started because the container definition has an empty image."
                    ),
                ),
            }
        }
        if services.is_empty() && container.is_none() {
            return Ok(());
        }
        let path = self.step_path(&BTreeMap::new());
        let Some(docker) = super::script::resolve("docker", &path) else {
            return Err(t!("workflow-services-no-docker", place = &*place));
        };
        self.services.docker = Some(docker);
        self.services.path = path;
        let dir = self
            .dir
            .file_name()
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_else(|| job.id.clone());
        let base = docker_name(&format!("devpath-{}-{dir}", self.run.req.run_id));
        // Every image first: a missing one fails before anything starts.
        for (label, spec, image) in &services {
            self.svc_image_present(&spec.image, image, || {
                t!(
                    "workflow-service-image-missing",
                    label = label.as_str(),
                    place = &*place,
                    image = image.as_str()
                )
            })?;
        }
        if let Some((spec, image)) = &container {
            self.svc_image_present(&spec.image, image, || {
                t!(
                    "workflow-container-image-missing",
                    place = &*place,
                    image = image.as_str()
                )
            })?;
        }
        let network = format!("{base}-net");
        self.docker_ok(&[
            "network",
            "create",
            "--label",
            "devpath.job=services",
            &network,
        ])
        .map_err(|e| {
            t!(
                "workflow-cannot-create-network",
                place = &*place,
                network = network.as_str(),
                error = e
            )
        })?;
        self.services.network = Some(network.clone());
        for (label, spec, image) in &services {
            let name = docker_name(&format!("{base}-{label}"));
            let mut args: Vec<String> = vec![
                "create".into(),
                "--pull=never".into(),
                "--name".into(),
                name.clone(),
                "--label".into(),
                format!("devpath.service={label}"),
                "--network".into(),
                network.clone(),
                "--network-alias".into(),
                label.clone(),
            ];
            let env = self.container_args(spec, contexts, &mut args)?;
            if let Some(entrypoint) = &spec.entrypoint {
                args.extend([
                    "--entrypoint".into(),
                    self.render_text(entrypoint, contexts)?,
                ]);
            }
            args.push(image.clone());
            if let Some(command) = &spec.command {
                args.extend(crate::shell::split_words(
                    &self.render_text(command, contexts)?,
                ));
            }
            let refs: Vec<&str> = args.iter().map(String::as_str).collect();
            let id = self.docker_ok_with(&refs, &env).map_err(|e| {
                t!(
                    "workflow-cannot-create-service",
                    place = &*place,
                    label = label.as_str(),
                    image = image.as_str(),
                    error = e
                )
            })?;
            self.services.started.push(Service {
                label: label.clone(),
                id: id.clone(),
                ports: BTreeMap::new(),
            });
            self.docker_ok(&["start", &id]).map_err(|e| {
                t!(
                    "workflow-cannot-start-service",
                    place = &*place,
                    label = label.as_str(),
                    image = image.as_str(),
                    error = e
                )
            })?;
            let ports = self.published_ports(&id);
            if let Some(service) = self.services.started.last_mut() {
                service.ports = ports;
            }
            self.run.log(
                &job.id,
                0,
                &t!(
                    "workflow-service-started",
                    label = label.as_str(),
                    image = image.as_str(),
                    name = name.as_str(),
                    network = network.as_str()
                ),
            );
        }
        for index in 0..self.services.started.len() {
            self.await_health(index, &place)?;
        }
        if let Some((spec, image)) = container {
            self.start_job_container(&spec, &image, &format!("{base}-job"), contexts)
                .map_err(|e| {
                    t!(
                        "workflow-cannot-start-container",
                        place = &*place,
                        image = image.as_str(),
                        error = e
                    )
                })?;
        }
        Ok(())
    }

    /// The job container, as the runner starts it (`tail -f /dev/null`
    /// as its entrypoint, `run:` steps go through `docker exec`). The
    /// job's folder (workspace, temp, file commands) and the event file
    /// are mounted at the same paths, so that `GITHUB_WORKSPACE` and the
    /// other variables hold inside. Unlike the runner, it runs as the user
    /// running devpath, so that the run can remove what it writes.
    ///
    /// For node actions, which run inside too: the host's `node` and the
    /// libraries it needs, read-only under [`NODE_DIR`] (the runner mounts
    /// its externals folder, `/__e`), and the folders actions are read
    /// from, read-only at their own paths (the runner mounts `_actions`).
    fn start_job_container(
        &mut self,
        spec: &crate::model::ContainerSpec,
        image: &str,
        name: &str,
        contexts: &Map<String, Value>,
    ) -> Result<(), String> {
        let network = self.services.network.clone().unwrap_or_default();
        let dir = self.dir.to_string_lossy().into_owned();
        let event = self.run.req.work_root.join("event.json");
        let event = event.to_string_lossy();
        let mut args: Vec<String> = vec![
            "create".into(),
            "--pull=never".into(),
            "--name".into(),
            name.into(),
            "--label".into(),
            "devpath.job=container".into(),
            "--network".into(),
            network,
            "-v".into(),
            format!("{dir}:{dir}"),
            "--workdir".into(),
            self.workspace.to_string_lossy().into_owned(),
        ];
        if std::path::Path::new(event.as_ref()).exists() {
            args.extend(["-v".into(), format!("{event}:{event}:ro")]);
        }
        // Node actions run inside with the host's node, as the runner
        // mounts its own (`/__e/node20`); their files at their own paths,
        // as it mounts its `_actions` folder.
        let node = self.node_for_container();
        if let Some(Ok(node)) = &node {
            args.extend(node.mounts.iter().cloned());
        }
        self.services.container_node = node;
        args.extend(self.action_mounts());
        if let Ok(meta) = std::fs::metadata(&self.workspace) {
            use std::os::unix::fs::MetadataExt;
            args.extend(["--user".into(), format!("{}:{}", meta.uid(), meta.gid())]);
            // A home it may write to (the runner's is /github/home).
            args.extend(["-e".into(), format!("HOME={}", self.temp.display())]);
        }
        let env = self.container_args(spec, contexts, &mut args)?;
        args.extend([
            "--entrypoint".into(),
            "tail".into(),
            image.into(),
            "-f".into(),
            "/dev/null".into(),
        ]);
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let id = self.docker_ok_with(&refs, &env)?;
        self.services.job_container = Some(id.clone());
        self.services.container_image = image.to_string();
        self.docker_ok(&["start", &id])?;
        let env = self
            .docker_ok(&[
                "inspect",
                "--format",
                "{{range .Config.Env}}{{println .}}{{end}}",
                &id,
            ])
            .unwrap_or_default();
        self.services.container_path = env
            .lines()
            .find_map(|l| l.strip_prefix("PATH="))
            .unwrap_or("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
            .to_string();
        self.run.log(
            &self.job.id,
            0,
            &t!("workflow-container-started", image = image, name = name),
        );
        Ok(())
    }

    /// Where `name` is inside the job container (`which`), for the
    /// step's shell: GitHub runs `sh -e {0}` when bash is missing there.
    pub(super) fn container_which(&self, name: &str) -> Option<PathBuf> {
        let id = self.services.job_container.as_ref()?;
        let out = self
            .svc_docker(&[
                "exec",
                id,
                "sh",
                "-c",
                "which \"$0\" || command -v \"$0\"",
                name,
            ])
            .ok()?;
        let found = String::from_utf8_lossy(&out.stdout).trim().to_string();
        // busybox's `command -v` names its applets without a path.
        let found = found.lines().next().unwrap_or_default().to_string();
        (out.status.success() && !found.is_empty()).then(|| PathBuf::from(found))
    }

    /// `docker port ID`: `8080/tcp -> 0.0.0.0:32768` lines.
    fn published_ports(&self, id: &str) -> BTreeMap<String, String> {
        let mut ports = BTreeMap::new();
        let Ok(text) = self.docker_ok(&["port", id]) else {
            return ports;
        };
        for line in text.lines() {
            let Some((inside, host)) = line.split_once(" -> ") else {
                continue;
            };
            let inside = inside.split('/').next().unwrap_or(inside).trim();
            let Some((_, port)) = host.trim().rsplit_once(':') else {
                continue;
            };
            ports
                .entry(inside.to_string())
                .or_insert_with(|| port.to_string());
        }
        ports
    }

    /// Waits while a service's health check says `starting`, as the
    /// runner does; `unhealthy` fails the job.
    fn await_health(&self, index: usize, place: &str) -> Result<(), String> {
        let service = &self.services.started[index];
        let mut wait = Duration::from_millis(200);
        loop {
            let status = self.docker_ok(&[
                "inspect",
                "--format",
                "{{if .Config.Healthcheck}}{{print .State.Health.Status}}{{end}}",
                &service.id,
            ])?;
            match status.as_str() {
                "" | "healthy" => {
                    if !status.is_empty() {
                        self.run.log(
                            &self.job.id,
                            0,
                            &t!("workflow-service-healthy", label = service.label.as_str()),
                        );
                    }
                    return Ok(());
                }
                "starting" => {}
                other => {
                    return Err(t!(
                        "workflow-service-failed",
                        place = place,
                        label = service.label.as_str(),
                        status = other
                    ));
                }
            }
            if self.cancel.is_cancelled() {
                return Err(t!(
                    "workflow-service-wait-cancelled",
                    place = place,
                    label = service.label.as_str()
                ));
            }
            if Instant::now() + wait > self.deadline {
                return Err(t!(
                    "workflow-service-not-healthy",
                    place = place,
                    label = service.label.as_str()
                ));
            }
            std::thread::sleep(wait);
            wait = (wait * 2).min(Duration::from_secs(2));
        }
    }

    /// Removes the job's service containers and network (at its end,
    /// however it ended). Their logs go to the job's log first when the
    /// job failed, as the runner prints them.
    pub(super) fn stop_services(&mut self) {
        if let Some(id) = self.services.job_container.take() {
            let _ = self.svc_docker(&["rm", "-f", "-v", &id]);
        }
        let started = std::mem::take(&mut self.services.started);
        for service in started.iter().rev() {
            if self.failed
                && let Ok(out) = self.svc_docker(&["logs", "--tail", "50", &service.id])
            {
                let text = String::from_utf8_lossy(&out.stdout).into_owned()
                    + &String::from_utf8_lossy(&out.stderr);
                for line in text.lines() {
                    self.run.log(
                        &self.job.id,
                        0,
                        &format!("service \"{}\": {line}", service.label),
                    );
                }
            }
            let _ = self.svc_docker(&["rm", "-f", "-v", &service.id]);
        }
        if let Some(network) = self.services.network.take() {
            let _ = self.svc_docker(&["network", "rm", &network]);
        }
    }
}

/// Where the host's `node` is mounted in the job container.
pub(super) const NODE_DIR: &str = "/__devpath/node";

/// The host's `node` as mounted into the job container (the runner
/// mounts its own from its externals folder, `/__e/node20/bin/node`).
pub(super) struct ContainerNode {
    /// `docker create` arguments mounting it, read-only.
    mounts: Vec<String>,
    /// The command running it inside, before the script: through its own
    /// dynamic loader and libraries, so that it runs in any image (musl,
    /// busybox) whatever C library the image has.
    pub(super) argv: Vec<String>,
    /// As `node --version` prints it.
    pub(super) version: String,
}

/// What `ldd` lists for a program: its libraries (soname, file) and its
/// dynamic loader (name, file); neither for a static program.
#[derive(Debug, PartialEq)]
struct Linked {
    libs: Vec<(String, PathBuf)>,
    loader: Option<(String, PathBuf)>,
}

/// Reads `ldd`'s output; `Err` names a library it did not find.
fn parse_ldd(text: &str) -> Result<Linked, String> {
    let mut linked = Linked {
        libs: Vec::new(),
        loader: None,
    };
    for line in text.lines().map(str::trim) {
        // `libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x…)`
        if let Some((soname, rest)) = line.split_once("=>") {
            let file = rest.trim().split(" (").next().unwrap_or_default().trim();
            if file == "not found" {
                return Err(soname.trim().to_string());
            }
            if file.starts_with('/') {
                linked
                    .libs
                    .push((soname.trim().to_string(), PathBuf::from(file)));
            }
            continue;
        }
        // `/lib64/ld-linux-x86-64.so.2 (0x…)`; `linux-vdso.so.1 (0x…)` is
        // the kernel's, no file.
        let file = line.split(" (").next().unwrap_or_default().trim();
        if file.starts_with('/') {
            let path = PathBuf::from(file);
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            linked.loader = Some((name, path));
        }
    }
    Ok(linked)
}

/// The host's `node` (found at `node`) ready to mount: its file and the
/// files `ldd` lists, sources resolved, under [`NODE_DIR`].
fn container_node(node: &std::path::Path, path: &str) -> Result<ContainerNode, String> {
    let real = std::fs::canonicalize(node).map_err(|e| e.to_string())?;
    let run = |program: &std::path::Path, args: &[&std::ffi::OsStr]| {
        Command::new(program)
            .args(args)
            .env("PATH", path)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("{}: {e}", program.display()))
    };
    let version = run(&real, &["--version".as_ref()])?;
    let version = String::from_utf8_lossy(&version.stdout).trim().to_string();
    let ldd = super::script::resolve("ldd", path).unwrap_or_else(|| "/usr/bin/ldd".into());
    let out = run(&ldd, &[real.as_os_str()])?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let static_program =
        text.contains("not a dynamic executable") || text.contains("statically linked");
    if !out.status.success() && !static_program {
        return Err(format!("ldd {}: {}", real.display(), text.trim()));
    }
    let linked = parse_ldd(&text).map_err(|lib| {
        t!(
            "workflow-ctr-node-lib-missing",
            node = real.display().to_string(),
            lib = lib
        )
    })?;
    let bin = format!("{NODE_DIR}/bin/node");
    let mount = |source: &std::path::Path, target: &str| -> Result<[String; 2], String> {
        let source =
            std::fs::canonicalize(source).map_err(|e| format!("{}: {e}", source.display()))?;
        let text = source.to_string_lossy();
        if text.contains(':') {
            // `-v` splits at `:`.
            return Err(format!("{text}: docker cannot mount a path holding `:`"));
        }
        Ok(["-v".into(), format!("{text}:{target}:ro")])
    };
    let mut mounts = Vec::new();
    mounts.extend(mount(&real, &bin)?);
    let mut names = Vec::new();
    for (name, file) in linked.libs.iter().chain(linked.loader.iter()) {
        if names.contains(name) {
            continue; // musl: the loader is also its libc.
        }
        mounts.extend(mount(file, &format!("{NODE_DIR}/lib/{name}"))?);
        names.push(name.clone());
    }
    let argv = match &linked.loader {
        Some((loader, _)) => vec![
            format!("{NODE_DIR}/lib/{loader}"),
            "--library-path".into(),
            format!("{NODE_DIR}/lib"),
            bin,
        ],
        None => vec![bin],
    };
    Ok(ContainerNode {
        mounts,
        argv,
        version,
    })
}

impl Services {
    /// The host's `node` mounted into the job container: None when the
    /// host has none, `Err` (why) when it could not be mounted.
    pub(super) fn container_node(&self) -> Option<&Result<ContainerNode, String>> {
        self.container_node.as_ref()
    }

    /// The job container's image.
    pub(super) fn container_image(&self) -> &str {
        &self.container_image
    }
}

impl JobRun<'_, '_> {
    /// The host's `node` on the job's `PATH`, to mount into the job
    /// container.
    fn node_for_container(&self) -> Option<Result<ContainerNode, String>> {
        let path = self.step_path(&self.env_context());
        let node = super::script::resolve("node", &path)?;
        Some(container_node(&node, &path))
    }

    /// Read-only mounts of the folders actions are read from, at their own
    /// paths, as the runner mounts its `_actions` folder: the offline
    /// action folder and the commit's files (`$/`). The job's folder
    /// (local `./` actions) is already mounted.
    fn action_mounts(&self) -> Vec<String> {
        let req = self.run.req;
        let mut mounts = Vec::new();
        for dir in req.actions_dir.iter().chain([&req.checkout_from]) {
            if !dir.is_absolute() || !dir.is_dir() || dir.to_string_lossy().contains(':') {
                continue;
            }
            if let Ok(real) = std::fs::canonicalize(dir) {
                mounts.extend([
                    "-v".into(),
                    format!("{}:{}:ro", real.display(), dir.display()),
                ]);
            }
        }
        mounts
    }

    /// Runs `args` in the job container with `path` as its `PATH` (the
    /// container's own when None); None when it cannot run.
    pub(super) fn container_output(&self, path: Option<&str>, args: &[&str]) -> Option<Output> {
        let id = self.services.job_container.as_ref()?;
        let mut exec = vec!["exec"];
        let path_var = path.map(|p| format!("PATH={p}"));
        if let Some(p) = &path_var {
            exec.extend(["-e", p]);
        }
        exec.push(id);
        exec.extend(args);
        self.svc_docker(&exec).ok()
    }

    /// Where the program `name` is on `path` inside the job container,
    /// as `which` finds it there; None when it is not (or the image has
    /// no `sh`).
    pub(super) fn container_program(&self, name: &str, path: &str) -> Option<PathBuf> {
        let out = self.container_output(
            Some(path),
            &["sh", "-c", "command -v \"$0\" || which \"$0\"", name],
        )?;
        let found = String::from_utf8_lossy(&out.stdout);
        let found = found.lines().next().unwrap_or_default().trim();
        // busybox's `command -v` names an applet without its folder.
        (out.status.success() && found.starts_with('/')).then(|| PathBuf::from(found))
    }

    /// The job container's `PATH` for a step: what steps added to
    /// `$GITHUB_PATH` before its own.
    pub(super) fn container_step_path(&self) -> String {
        self.services
            .container_path(&self.paths)
            .unwrap_or_else(|| self.services.container_path.clone())
    }
}

/// Need the Docker engine and its offline base image `devpath/base:1`
/// (never pulled).
#[cfg(test)]
mod tests {
    use super::super::testing::{Ran, run_request};
    use crate::{JobResult, RunRequest};

    #[test]
    fn ldd_output_gives_the_libraries_and_the_loader_to_mount() {
        use std::path::PathBuf;
        let glibc = "\tlinux-vdso.so.1 (0x00007ffd)\n\
            \tlibstdc++.so.6 => /lib/x86_64-linux-gnu/libstdc++.so.6 (0x00007f18)\n\
            \tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f17)\n\
            \t/lib64/ld-linux-x86-64.so.2 (0x00007f19)\n";
        let linked = super::parse_ldd(glibc).unwrap();
        assert_eq!(
            linked.libs,
            vec![
                (
                    "libstdc++.so.6".to_string(),
                    PathBuf::from("/lib/x86_64-linux-gnu/libstdc++.so.6")
                ),
                (
                    "libc.so.6".to_string(),
                    PathBuf::from("/lib/x86_64-linux-gnu/libc.so.6")
                ),
            ]
        );
        assert_eq!(
            linked.loader,
            Some((
                "ld-linux-x86-64.so.2".to_string(),
                PathBuf::from("/lib64/ld-linux-x86-64.so.2")
            ))
        );
        // musl: the loader is also the C library; another architecture.
        let musl = "\t/lib/ld-musl-aarch64.so.1 (0x7f00)\n\
            \tlibc.musl-aarch64.so.1 => /lib/ld-musl-aarch64.so.1 (0x7f00)\n";
        let linked = super::parse_ldd(musl).unwrap();
        assert_eq!(linked.loader.unwrap().0, "ld-musl-aarch64.so.1");
        assert_eq!(linked.libs.len(), 1);
        assert_eq!(
            super::parse_ldd("\tlibuv.so.1 => not found\n"),
            Err("libuv.so.1".to_string())
        );
        let none = super::parse_ldd("\tnot a dynamic executable\n").unwrap();
        assert!(none.libs.is_empty() && none.loader.is_none());
    }

    fn run(src: &str, run_id: u64) -> Ran {
        run_request(src, |req| RunRequest { run_id, ..req })
    }

    /// Names of the containers and networks whose names start with `prefix`.
    fn left(prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        for kind in ["container", "network"] {
            let mut args = vec![kind, "ls", "--format", "{{.Names}}"];
            if kind == "container" {
                args.push("-a");
            } else {
                args[3] = "{{.Name}}";
            }
            let o = std::process::Command::new("docker")
                .args(&args)
                .output()
                .unwrap();
            assert!(o.status.success(), "docker {args:?} failed");
            out.extend(
                String::from_utf8_lossy(&o.stdout)
                    .lines()
                    .filter(|n| n.starts_with(prefix))
                    .map(str::to_string),
            );
        }
        out
    }

    /// Docker-free: what is evaluated to nothing starts nothing.
    #[test]
    fn an_empty_image_after_docker_prefix_runs_on_the_host_and_skips_the_service() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    container: "docker://${{ '' }}"
    services:
      gone: "docker://${{ '' }}"
      none: ${{ matrix.nothing }}
    steps:
      - run: echo on-the-host
"#;
        let ran = run(src, 110_010);
        let logs = ran.logs("j");
        assert_eq!(ran.result("j"), JobResult::Success, "{logs:#?}");
        for label in ["gone", "none"] {
            let line = format!(
                "The service '{label}' will not be started because the container definition has an empty image."
            );
            assert!(logs.contains(&line), "{line}: {logs:#?}");
        }
        assert!(logs.contains(&"on-the-host".to_string()), "{logs:#?}");
    }

    /// Docker-free: a value of the wrong shape fails the job before
    /// anything starts, at the expression's place.
    #[test]
    fn services_of_the_wrong_shape_fail_the_job_naming_the_expression() {
        let cases = [
            (
                "${{ fromJSON('[1]') }}",
                "ci.yml:6:7: the `services` of job \"j\" evaluated to a list, expected a mapping of services by label, e.g. {\"db\": \"postgres:16\"}: fix the value its expression gives",
            ),
            (
                "${{ fromJSON('{\"\": \"x\"}') }}",
                "ci.yml:6:7: the `services` of job \"j\" evaluated to a mapping with an empty label: each service needs a name, e.g. {\"db\": \"postgres:16\"}",
            ),
            (
                "${{ fromJSON('{\"db\": [1]}') }}",
                "ci.yml:6:7: the service \"db\" of job \"j\" evaluated to a list, expected an image name or a mapping with `image`: fix the value its expression gives",
            ),
            (
                "${{ fromJSON('{\"db\": {\"image\": \"x\", \"port\": [\"1\"]}}') }}",
                "ci.yml:6:7: the service \"db\" of job \"j\" evaluated to a mapping with the unknown key \"port\" — did you mean \"ports\"?: fix the value its expression gives",
            ),
            (
                "${{ fromJSON('{\"db\": {\"image\": \"x\", \"env\": {\"A\": [1]}}}') }}",
                "ci.yml:6:7: the `A` of the `env` of the service \"db\" of job \"j\" evaluated to a list, expected a text: fix the value its expression gives",
            ),
        ];
        for (services, expected) in cases {
            let src = format!(
                "on: push\njobs:\n  j:\n    runs-on: x\n    services: >-\n      {services}\n    steps:\n      - run: echo must not run\n"
            );
            let ran = run(&src, 110_011);
            let logs = ran.logs("j");
            assert_eq!(ran.result("j"), JobResult::Failure, "{logs:#?}");
            assert!(
                logs.contains(&expected.to_string()),
                "{expected}\n{logs:#?}"
            );
            assert!(!logs.contains(&"must not run".to_string()), "{logs:#?}");
        }
        // One service given by an expression: the same checks.
        let src = "on: push\njobs:\n  j:\n    runs-on: x\n    container: >-\n      ${{ fromJSON('{\"image\": \"x\", \"command\": \"y\"}') }}\n    steps:\n      - run: echo must not run\n";
        let ran = run(src, 110_012);
        let logs = ran.logs("j");
        assert_eq!(ran.result("j"), JobResult::Failure, "{logs:#?}");
        let expected = "ci.yml:6:7: the `container` of job \"j\" evaluated to a mapping with the unknown key \"command\" (expected one of: image, credentials, env, ports, volumes, options): fix the value its expression gives";
        assert!(logs.contains(&expected.to_string()), "{logs:#?}");
    }

    #[test]
    fn lists_and_mappings_given_by_one_expression_are_evaluated_when_the_job_starts() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    strategy:
      matrix:
        include:
          - env: {FROM_EXPR: given}
            ports: ['8080']
    container:
      image: devpath/base:1
      env: ${{ matrix.env }}
    services:
      web:
        image: devpath/base:1
        entrypoint: sh
        command: -c "echo hello > /tmp/index.html && exec httpd -f -p 8080 -h /tmp"
        ports: ${{ matrix.ports }}
    steps:
      - run: echo "env=$FROM_EXPR port=${{ job.services.web.ports['8080'] != '' }}"
"#;
        // Every line of the run (the job's name holds its combination).
        let all = |ran: &Ran| -> Vec<String> {
            ran.events
                .iter()
                .filter_map(|e| match e {
                    crate::RunEvent::Log { line, .. } => Some(line.clone()),
                    _ => None,
                })
                .collect()
        };
        let ran = run(src, 110_013);
        let logs = all(&ran);
        assert_eq!(ran.report.conclusion, JobResult::Success, "{logs:#?}");
        assert!(
            logs.contains(&"env=given port=true".to_string()),
            "{logs:#?}"
        );
        assert_eq!(left("devpath-110013-"), Vec::<String>::new());
        // Of the wrong shape: the job fails at the expression's place.
        let src = src.replace("${{ matrix.env }}", "${{ matrix.ports }}");
        let ran = run(&src, 110_014);
        let logs = all(&ran);
        assert_eq!(ran.report.conclusion, JobResult::Failure, "{logs:#?}");
        let expected = "ci.yml:12:12: the `env` of the `container` of job \"j (given, 8080)\" evaluated to a list, expected a mapping of texts: fix the value its expression gives";
        assert!(logs.contains(&expected.to_string()), "{logs:#?}");
    }

    #[test]
    fn an_expression_value_is_not_evaluated_twice() {
        assert_eq!(super::literal("a:1"), "a:1");
        let text = super::literal("it's ${{ x }}");
        assert_eq!(text, "${{ 'it''s ${{ x }}' }}");
        let rendered =
            crate::eval::render(&text, &serde_json::Map::new(), crate::eval::Status::SUCCESS);
        assert_eq!(rendered.unwrap(), "it's ${{ x }}");
    }

    #[test]
    fn a_service_answers_by_its_label_and_on_its_published_port_then_is_gone() {
        let src = r#"on: push
jobs:
  web-test:
    runs-on: x
    services:
      web:
        image: devpath/base:1
        entrypoint: sh
        command: -c "echo hello-from-web > /tmp/index.html && exec httpd -f -p 8080 -h /tmp"
        ports: ['8080']
        env:
          GREETING: hi
        options: --health-cmd "wget -qO- http://localhost:8080/" --health-interval 1s --health-retries 30
    steps:
      - run: echo "port=${{ job.services.web.ports['8080'] }} net=${{ job.services.web.network }}"
      - run: wget -qO- "http://localhost:${{ job.services.web.ports['8080'] }}/"
      - uses: docker://devpath/base:1
        with:
          entrypoint: wget
          args: -qO- http://web:8080/
"#;
        let ran = run(src, 110_001);
        let logs = ran.logs("web-test");
        assert_eq!(ran.result("web-test"), JobResult::Success, "{logs:#?}");
        let port = logs
            .iter()
            .find_map(|l| l.strip_prefix("port="))
            .expect("the port line");
        let (port, net) = port.split_once(" net=").unwrap();
        assert!(port.parse::<u16>().is_ok_and(|p| p > 0), "{logs:#?}");
        assert_eq!(net, "devpath-110001-web-test-net");
        // Once from the host through the port, once from a container by label.
        let answers = logs.iter().filter(|l| *l == "hello-from-web").count();
        assert_eq!(answers, 2, "{logs:#?}");
        assert!(
            logs.contains(&"service \"web\" is healthy".to_string()),
            "{logs:#?}"
        );
        assert_eq!(left("devpath-110001-"), Vec::<String>::new());
    }

    #[test]
    fn a_missing_image_fails_the_job_before_its_steps_and_leaves_nothing() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    services:
      ok:
        image: devpath/base:1
        command: sleep 600
      db:
        image: devpath-test/absent:none
    steps:
      - run: echo must not run
"#;
        let ran = run(src, 110_002);
        let logs = ran.logs("j");
        assert_eq!(ran.result("j"), JobResult::Failure);
        assert!(
            logs.iter().any(|l| l.contains(
                "the service \"db\" of job \"j\" uses the image devpath-test/absent:none, which is not in the local Docker engine, and cannot be pulled offline"
            ) && l.starts_with("ci.yml:10:16: ")),
            "{logs:#?}"
        );
        assert!(!logs.contains(&"must not run".to_string()), "{logs:#?}");
        assert_eq!(left("devpath-110002-"), Vec::<String>::new());
    }

    #[test]
    fn an_unhealthy_service_fails_the_job_and_is_removed() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    services:
      sick:
        image: devpath/base:1
        command: sleep 600
        options: --health-cmd false --health-interval 1s --health-retries 1
    steps:
      - run: echo must not run
"#;
        let ran = run(src, 110_003);
        let logs = ran.logs("j");
        assert_eq!(ran.result("j"), JobResult::Failure);
        assert!(
            logs.iter()
                .any(|l| l.contains("the service \"sick\" failed to initialize: it is unhealthy")),
            "{logs:#?}"
        );
        assert!(!logs.contains(&"must not run".to_string()), "{logs:#?}");
        assert_eq!(left("devpath-110003-"), Vec::<String>::new());
    }

    #[test]
    fn run_steps_run_in_the_job_container_with_services_by_label() {
        let src = r#"on: push
jobs:
  c:
    runs-on: x
    container:
      image: devpath/base:1
      env:
        FROM_CONTAINER: c-env
    services:
      web:
        image: devpath/base:1
        entrypoint: sh
        command: -c "echo hello-from-web > /tmp/index.html && exec httpd -f -p 8080 -h /tmp"
    steps:
      - run: wget -qO- http://web:8080/
      - id: s
        run: |
          [ -z "$BASH_VERSION" ] && echo "no bash"
          [ "$(pwd)" = "$GITHUB_WORKSPACE" ] && echo "in the workspace"
          echo "env=$FROM_CONTAINER step=$STEP"
          echo "made=yes" >> "$GITHUB_OUTPUT"
          echo inside > file.txt
          mkdir -p "$HOME/bin" && printf '#!/bin/sh\necho tool-ran\n' > "$HOME/bin/tool" && chmod +x "$HOME/bin/tool"
          echo "$HOME/bin" >> "$GITHUB_PATH"
        env:
          STEP: s-env
      - run: echo "out=${{ steps.s.outputs.made }} id=${{ job.container.id != '' }} $(cat file.txt)"
      - run: tool
"#;
        let ran = run(src, 110_004);
        let logs = ran.logs("c");
        assert_eq!(ran.result("c"), JobResult::Success, "{logs:#?}");
        for line in [
            "hello-from-web",
            "no bash",
            "in the workspace",
            "env=c-env step=s-env",
            "out=yes id=true inside",
            "tool-ran",
        ] {
            assert!(logs.contains(&line.to_string()), "{line}: {logs:#?}");
        }
        assert_eq!(left("devpath-110004-"), Vec::<String>::new());
    }

    #[test]
    fn a_missing_container_image_fails_the_job() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    container: devpath-test/absent:none
    steps:
      - run: echo must not run
"#;
        let ran = run(src, 110_005);
        let logs = ran.logs("j");
        assert_eq!(ran.result("j"), JobResult::Failure);
        assert!(
            logs.iter().any(|l| l.contains(
                "the `container` of job \"j\" uses the image devpath-test/absent:none, which is not in the local Docker engine, and cannot be pulled offline"
            )),
            "{logs:#?}"
        );
        assert!(!logs.contains(&"must not run".to_string()), "{logs:#?}");
        assert_eq!(left("devpath-110005-"), Vec::<String>::new());
    }

    #[test]
    fn a_cancelled_job_removes_its_services_container_and_network() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    container: devpath/base:1
    services:
      idle:
        image: devpath/base:1
        command: sleep 600
    steps:
      - run: echo started; sleep 60
"#;
        let dir = tempfile::tempdir().unwrap();
        let parsed = crate::parse_workflow("ci.yml", src).unwrap();
        let req = RunRequest {
            run_id: 110_006,
            ..super::super::testing::request(dir.path(), super::super::testing::push())
        };
        let flag = crate::CancelHandle::new();
        let started = std::sync::atomic::AtomicBool::new(false);
        let start = std::time::Instant::now();
        let report = std::thread::scope(|scope| {
            let run = scope.spawn(|| {
                crate::execute_cancellable(&parsed.workflow, &req, &flag, &|e| {
                    if matches!(&e, crate::RunEvent::Log { line, .. } if line == "started") {
                        started.store(true, std::sync::atomic::Ordering::SeqCst);
                    }
                })
                .unwrap()
            });
            while !started.load(std::sync::atomic::Ordering::SeqCst) {
                assert!(start.elapsed() < std::time::Duration::from_secs(60));
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            // The job container, the service and the network exist while the
            // step runs …
            assert_eq!(
                left("devpath-110006-").len(),
                3,
                "{:?}",
                left("devpath-110006-")
            );
            flag.cancel();
            run.join().unwrap()
        });
        assert_eq!(report.conclusion, JobResult::Cancelled);
        // … and nothing once the job is over.
        assert_eq!(left("devpath-110006-"), Vec::<String>::new());
    }
}
