//! The docker actions that only drive the `docker` CLI:
//! `docker/login-action` (and its post step, the logout),
//! `docker/setup-buildx-action` and `docker/setup-qemu-action`; and what
//! every docker action shares: running `docker` as a `run:` step would.
//!
//! The CLI is the one on the step's `PATH`, with the step's environment
//! (the run's `DOCKER_CONFIG`, the scenario's wrapper that labels and
//! records what it creates): an action does nothing a learner's script
//! could not do, so what the run observes and cleans up is the same.

use std::collections::BTreeMap;

use super::{ActionCall, Inputs, Post};
use crate::run::job::{JobRun, StepRun};
use crate::run::script::{FileCommands, resolve};
use crate::step::{self, Exit};

/// docker/login-action v3 (action.yml).
pub(super) const LOGIN_INPUTS: Inputs = Inputs {
    supported: &["registry", "username", "password", "logout"],
    accepted: &["ecr", "scope", "registry-auth"],
};

/// docker/setup-buildx-action v3 (action.yml).
pub(super) const BUILDX_INPUTS: Inputs = Inputs {
    supported: &["driver", "platforms", "name", "use"],
    accepted: &[
        "version",
        "driver-opts",
        "buildkitd-flags",
        "buildkitd-config",
        "buildkitd-config-inline",
        "endpoint",
        "append",
        "keep-state",
        "cache-binary",
        "cleanup",
    ],
};

/// docker/setup-qemu-action v3 (action.yml).
pub(super) const QEMU_INPUTS: Inputs = Inputs {
    supported: &["platforms"],
    accepted: &["image", "reset", "cache-image"],
};

/// How one `docker` command ended, and what it printed.
pub(super) struct Docker {
    pub(super) exit: Exit,
    pub(super) lines: Vec<String>,
}

impl Docker {
    pub(super) fn ok(&self) -> bool {
        self.exit == Exit::Code(0)
    }

    /// Why it failed, in docker's words (its last line) when it said one.
    pub(super) fn error(&self) -> String {
        let last = self.lines.iter().rev().find(|l| !l.trim().is_empty());
        match (self.exit, last) {
            (_, Some(line)) => line.trim().to_string(),
            (Exit::Code(code), None) => {
                i18n::t!("workflow-docker-exit-code", code = code.to_string())
            }
            (Exit::Signal(signal), None) => {
                i18n::t!("workflow-docker-killed", signal = signal.to_string())
            }
            (Exit::TimedOut, None) => i18n::t!("workflow-docker-timed-out"),
        }
    }
}

/// Whether output lines go to the step's log.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Echo {
    Log,
    /// As the actions' `silent: true`: only kept for the error message.
    Quiet,
}

impl JobRun<'_, '_> {
    /// Runs `docker args` as a `run:` step of this job would: the step's
    /// environment and `PATH`, the workspace as working directory, the
    /// job's deadline and cancellation. `input` goes to its stdin.
    ///
    /// In a job with a `container:`, GitHub runs the docker actions inside
    /// it, where they need the image's own `docker` CLI (the engine's
    /// socket is mounted there): without one the step fails, as on GitHub.
    /// With one, the host's CLI drives the same engine.
    pub(super) fn docker(
        &self,
        number: usize,
        env: &BTreeMap<String, String>,
        args: &[String],
        input: Option<Vec<u8>>,
        echo: Echo,
    ) -> Result<Docker, String> {
        if self.services.job_container().is_some()
            && self
                .container_program("docker", &self.container_step_path())
                .is_none()
        {
            return Err(i18n::t!(
                "workflow-ctr-docker-missing",
                image = self.services.container_image()
            ));
        }
        let path = self.step_path(env);
        let program =
            resolve("docker", &path).ok_or_else(|| i18n::t!("workflow-docker-cli-missing"))?;
        let files = FileCommands::new(&self.dir, number);
        let mut command = self.command(&program, path, env, &files);
        command.args(args).current_dir(&self.workspace);
        let run = self.run;
        let job_id = self.job.id.as_str();
        let mut lines = Vec::new();
        let mut on_line = |line: String| {
            if echo == Echo::Log {
                run.log(job_id, number, &line);
            }
            lines.push(line);
        };
        let exit = step::run_with_input(
            command,
            input,
            Some(self.deadline),
            &self.cancel,
            &mut on_line,
        )
        .map_err(|e| {
            i18n::t!(
                "workflow-cannot-start-program",
                program = program.display().to_string(),
                error = e.to_string()
            )
        })?;
        Ok(Docker { exit, lines })
    }

    /// Whether `docker buildx` is installed (Debian's docker.io has only
    /// the legacy builder).
    pub(super) fn has_buildx(&self, call: &ActionCall<'_>) -> bool {
        let args = ["buildx".to_string(), "version".to_string()];
        self.docker(call.number, call.env, &args, None, Echo::Quiet)
            .is_ok_and(|d| d.ok())
    }

    /// docker/login-action: `docker login --password-stdin`, the password
    /// masked first; the logout is a post step (unless `logout: false`).
    pub(super) fn login(&mut self, call: &ActionCall<'_>) -> Result<StepRun, String> {
        for name in ["ecr", "scope", "registry-auth"] {
            if let Some(value) = call.input(name).filter(|v| !v.is_empty() && *v != "auto") {
                if name == "ecr" && value == "false" {
                    continue;
                }
                return Err(call.fail(&i18n::t!("workflow-login-cloud", name = name)));
            }
        }
        let logout = call.flag("logout", true)?;
        let username = call.input("username").unwrap_or_default();
        let password = call.input("password").unwrap_or_default();
        // Masked before anything can print it, as core.setSecret would.
        if !password.is_empty() {
            self.run.add_mask(password);
        }
        let registry = call.input("registry").unwrap_or_default();
        if registry.is_empty() {
            return Err(call.fail(&i18n::t!("workflow-login-no-registry")));
        }
        // The action's own checks and words (docker.ts, loginStandard).
        let missing = match (username.is_empty(), password.is_empty()) {
            (true, true) => Some("Username and password required"),
            (true, false) => Some("Username required"),
            (false, true) => Some("Password required"),
            (false, false) => None,
        };
        if let Some(missing) = missing {
            return Err(call.fail(&format!(
                "{missing}: {}",
                i18n::t!("workflow-login-credentials")
            )));
        }
        let env = self.own_docker_config(call)?;
        let log = |line: &str| self.run.log(&self.job.id, call.number, line);
        log(&format!("Logging into {registry}..."));
        let args: Vec<String> = [
            "login",
            "--password-stdin",
            "--username",
            username,
            registry,
        ]
        .iter()
        .map(|a| a.to_string())
        .collect();
        let done = self.docker(
            call.number,
            &env,
            &args,
            Some(password.as_bytes().to_vec()),
            Echo::Quiet,
        )?;
        // Once the login was tried, the logout runs at the job's end.
        if logout {
            self.post.push(Post::DockerLogout {
                registry: registry.to_string(),
                number: call.number,
                env,
            });
        }
        if !done.ok() {
            return Err(call.fail(&format!("Error: {}", done.error())));
        }
        log("Login Succeeded!");
        Ok(StepRun::success())
    }

    /// The step's environment with a DOCKER_CONFIG: its own when it has
    /// one (a scenario's run gives its own), else a folder of this job,
    /// set for the job's next steps as `$GITHUB_ENV` would. On GitHub the
    /// action writes to the runner's `~/.docker/config.json`, on a machine
    /// thrown away after the job; here that file is the learner's own,
    /// which a run must not touch.
    fn own_docker_config(
        &mut self,
        call: &ActionCall<'_>,
    ) -> Result<BTreeMap<String, String>, String> {
        let mut env = call.env.clone();
        let given = call
            .env
            .get("DOCKER_CONFIG")
            .or(self.run.req.env.get("DOCKER_CONFIG"))
            .cloned()
            .or_else(|| std::env::var("DOCKER_CONFIG").ok());
        if given.is_none() {
            let dir = self.dir.join("docker-config");
            std::fs::create_dir_all(&dir).map_err(|e| {
                i18n::t!(
                    "workflow-cannot-create",
                    path = dir.display().to_string(),
                    error = e.to_string()
                )
            })?;
            let dir = dir.to_string_lossy().into_owned();
            self.file_env.insert("DOCKER_CONFIG".into(), dir.clone());
            env.insert("DOCKER_CONFIG".into(), dir);
        }
        Ok(env)
    }

    /// The post step of docker/login-action: `docker logout REGISTRY`; a
    /// failure is only a warning, as in the action.
    pub(super) fn logout(&self, registry: &str, number: usize, env: &BTreeMap<String, String>) {
        let log = |line: &str| self.run.log(&self.job.id, number, line);
        log(&format!("Post job cleanup: logout from {registry}"));
        let args = ["logout".to_string(), registry.to_string()];
        match self.docker(number, env, &args, None, Echo::Log) {
            Ok(done) if done.ok() => {}
            Ok(done) => log(&format!("Warning: {}", done.error())),
            Err(message) => log(&format!("Warning: {message}")),
        }
    }

    /// docker/setup-buildx-action: reports the builder there is. devpath
    /// creates no builder: with buildx it uses the default one, without
    /// it the legacy builder of the engine.
    pub(super) fn setup_buildx(&mut self, call: &ActionCall<'_>) -> Result<StepRun, String> {
        let buildx = self.has_buildx(call);
        let log = |line: &str| self.run.log(&self.job.id, call.number, line);
        let driver = call.input("driver").filter(|d| !d.is_empty());
        if let Some(driver) = driver
            && driver != "docker"
            && driver != "docker-container"
        {
            return Err(call.fail(&i18n::t!("workflow-buildx-driver", driver = driver)));
        }
        let platform = host_platform();
        if let Some(platforms) = call.input("platforms").filter(|p| !p.is_empty())
            && platforms.split(',').any(|p| p.trim() != platform)
        {
            log(&i18n::t!(
                "workflow-buildx-platforms",
                platforms = platforms,
                platform = platform.as_str()
            ));
        }
        if buildx {
            log(&i18n::t!("workflow-buildx-default-builder"));
        } else {
            log(&i18n::t!("workflow-buildx-missing"));
        }
        let name = call
            .input("name")
            .filter(|n| !n.is_empty())
            .unwrap_or("default");
        log(&format!("Builder: {name} (driver docker, {platform})"));
        let nodes = serde_json::json!([{
            "name": name,
            "endpoint": "default",
            "status": "running",
            "platforms": platform,
        }]);
        let outputs = BTreeMap::from([
            ("name".to_string(), name.to_string()),
            ("driver".to_string(), "docker".to_string()),
            ("platforms".to_string(), platform.clone()),
            (
                "nodes".to_string(),
                serde_json::to_string_pretty(&nodes).unwrap_or_default(),
            ),
            ("endpoint".to_string(), "default".to_string()),
            ("status".to_string(), "running".to_string()),
            ("flags".to_string(), String::new()),
        ]);
        Ok(StepRun {
            outputs,
            ..StepRun::success()
        })
    }

    /// docker/setup-qemu-action: installs nothing (the action runs the
    /// privileged tonistiigi/binfmt image, which is not here offline), and
    /// says which platform builds can target.
    pub(super) fn setup_qemu(&mut self, call: &ActionCall<'_>) -> Result<StepRun, String> {
        let platform = host_platform();
        let asked = call
            .input("platforms")
            .filter(|p| !p.is_empty())
            .unwrap_or("all");
        self.run.log(
            &self.job.id,
            call.number,
            &i18n::t!(
                "workflow-qemu-none",
                asked = asked,
                platform = platform.as_str()
            ),
        );
        Ok(StepRun {
            outputs: BTreeMap::from([("platforms".to_string(), platform)]),
            ..StepRun::success()
        })
    }
}

/// `linux/amd64`, `linux/arm64` …: what the engine builds for here.
pub(super) fn host_platform() -> String {
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        "arm" => "arm/v7",
        "powerpc64" => "ppc64le",
        other => other,
    };
    format!("linux/{arch}")
}

#[cfg(test)]
mod tests {
    use crate::JobResult;
    use crate::run::testing::run;

    /// Two logins that fail (nothing listens on port 1) with the real
    /// docker CLI: the job fails, and both logouts still run once every
    /// step is done, the last login's first.
    #[test]
    fn logouts_run_after_the_steps_last_first_even_when_the_job_failed() {
        let ran = run(r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - uses: docker/login-action@v3
        continue-on-error: true
        with: {registry: "127.0.0.1:1", username: ci, password: "${{ secrets.TOKEN }}"}
      - uses: docker/login-action@v3
        with: {registry: "127.0.0.2:1", username: ci, password: hunter2-pw}
      - if: always()
        run: echo "last step, config in ${DOCKER_CONFIG##*/}"
"#);
        assert_eq!(ran.result("j"), JobResult::Failure);
        let logs = ran.logs("j");
        let at = |needle: &str| {
            logs.iter()
                .position(|l| l.contains(needle))
                .unwrap_or_else(|| panic!("no {needle:?} in {logs:?}"))
        };
        let last = at("last step, config in docker-config");
        let second = at("Post job cleanup: logout from 127.0.0.2:1");
        let first = at("Post job cleanup: logout from 127.0.0.1:1");
        assert!(last < second && second < first, "{logs:?}");
        let all = logs.join("\n");
        assert!(
            !all.contains("tok-123") && !all.contains("hunter2-pw"),
            "{all}"
        );
        assert!(
            all.contains("docker/login-action@v3: Error: "),
            "the login's error is the step's message: {all}"
        );
    }

    #[test]
    fn a_login_without_registry_or_password_says_what_to_give() {
        let ran = run(r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - uses: docker/login-action@v3
        continue-on-error: true
        with: {username: ci, password: x}
      - uses: docker/login-action@v3
        with: {registry: "127.0.0.1:1", username: ci}
"#);
        let logs = ran.logs("j");
        assert!(
            logs[0].ends_with("no `registry` given, so the action logs in to Docker Hub (docker.io), which is not reachable offline; set `registry:` to the registry you push to (e.g. `${{ vars.REGISTRY }}`)"),
            "{logs:?}"
        );
        assert!(
            logs[1].contains("Password required: give `username` and `password`"),
            "{logs:?}"
        );
        assert_eq!(ran.result("j"), JobResult::Failure);
    }

    #[test]
    fn logout_false_leaves_the_login_in_place() {
        let ran = run(r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - uses: docker/login-action@v3
        continue-on-error: true
        with: {registry: "127.0.0.1:1", username: ci, password: pw-secret, logout: false}
"#);
        let logs = ran.logs("j");
        assert!(
            logs.iter().any(|l| l == "Logging into 127.0.0.1:1..."),
            "{logs:?}"
        );
        assert!(!logs.iter().any(|l| l.contains("logout")), "{logs:?}");
    }

    #[test]
    fn setup_actions_report_the_builder_there_is() {
        let ran = run(r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - id: qemu
        uses: docker/setup-qemu-action@v3
      - id: buildx
        uses: docker/setup-buildx-action@v3
        with: {platforms: "linux/amd64,linux/arm64"}
      - run: echo "${{ steps.buildx.outputs.name }} ${{ steps.buildx.outputs.driver }} ${{ steps.buildx.outputs.platforms == steps.qemu.outputs.platforms }}"
      - uses: docker/setup-buildx-action@v3
        with: {driver: kubernetes}
"#);
        let logs = ran.logs("j");
        assert!(
            logs[0].starts_with("Warning: devpath installs no QEMU emulators (`platforms: all`)"),
            "{logs:?}"
        );
        assert!(
            logs.iter().any(|l| l.starts_with(
                "Warning: `platforms: linux/amd64,linux/arm64`: this builder builds only for linux/"
            )),
            "{logs:?}"
        );
        assert!(
            logs.contains(&"default docker true".to_string()),
            "{logs:?}"
        );
        assert!(
            logs.last().is_some_and(
                |l| l.contains("`driver: kubernetes` needs a remote or cluster builder")
            ),
            "{logs:?}"
        );
        assert_eq!(ran.result("j"), JobResult::Failure);
    }
}
