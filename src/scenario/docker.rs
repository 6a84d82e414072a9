//! What a run of a Docker exercise owns besides its temporary folder: a
//! connection to the engine, its own registry on an ephemeral port (or the
//! external one given with `--registry`), its own DOCKER_CONFIG, a `docker`
//! wrapper that records command lines for the leak check, and unique names
//! for the environments' containers. Dropping it removes everything the run
//! created in the engine, and nothing else.

use std::collections::BTreeMap;
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};

use course::Exercise;
use engine::{BASE_IMAGE, Engine, EngineError, RunLabel};
use registry::{Credentials, PushEvent, Registry, RegistryConfig, RegistryError};

use super::ScenarioError;

/// The user name a run's registry expects in `docker login` (any name is
/// accepted; the token is what counts).
pub(crate) const REGISTRY_USER: &str = "devpath";

/// The secret holding the registry token.
pub(crate) const REGISTRY_TOKEN: &str = "REGISTRY_TOKEN";

/// The port the lesson apps listen on inside their container.
pub(crate) const APP_CONTAINER_PORT: u16 = 8080;

/// One environment of a run: the names its deploy script is given.
#[derive(Debug, Clone)]
pub(crate) struct EnvironmentSlot {
    pub name: String,
    /// The container that serves this environment (`vars.APP_CONTAINER`).
    pub container: String,
    /// The host port it publishes on 127.0.0.1 (`vars.APP_PORT`).
    pub port: u16,
    /// A folder that lasts for the whole run, for deploy records
    /// (`vars.APP_STATE_DIR`), like a folder on a real server.
    pub state_dir: PathBuf,
}

/// The registry a run pushes to.
enum RunRegistry {
    Embedded(Registry),
    External { host: String },
}

/// The Docker side of one run.
pub(crate) struct DockerRun {
    pub engine: Engine,
    registry: RunRegistry,
    pub label: RunLabel,
    /// DOCKER_CONFIG for the learner's steps.
    pub docker_config: PathBuf,
    /// A folder put first on PATH, holding the `docker` wrapper.
    pub bin_dir: PathBuf,
    /// Where the wrapper records each docker command line.
    pub argv_log: PathBuf,
    pub environments: Vec<EnvironmentSlot>,
    /// The registry token, when the registry requires a login.
    pub token: Option<String>,
}

impl DockerRun {
    /// Connects to the engine, checks the base image, and starts the run's
    /// registry (or uses `external`).
    pub(crate) fn start(
        run_dir: &Path,
        exercise: &Exercise,
        external: Option<&str>,
    ) -> Result<DockerRun, ScenarioError> {
        let engine = Engine::connect()?;
        engine.ping()?;
        if !engine.image_exists(BASE_IMAGE)? {
            return Err(ScenarioError::NoBaseImage);
        }
        let label = RunLabel::generate();
        let token = if exercise.info.registry_auth {
            Some(exercise.info.secrets.get(REGISTRY_TOKEN).cloned().ok_or_else(|| ScenarioError::Course {
                message: format!(
                    "{} sets registry_auth but has no secret {REGISTRY_TOKEN}: add it under [secrets]",
                    exercise.name
                ),
            })?)
        } else {
            None
        };
        let registry = match external {
            Some(url) => RunRegistry::External {
                host: registry_host(url),
            },
            None => {
                let mut config = RegistryConfig::new(run_dir.join("registry"));
                config.auth = token.clone().map(|token| Credentials { user: None, token });
                let addr: SocketAddr = "127.0.0.1:0".parse().expect("a valid address");
                RunRegistry::Embedded(Registry::start(config, addr)?)
            }
        };
        let host = match &registry {
            RunRegistry::Embedded(r) => r.addr().to_string(),
            RunRegistry::External { host } => host.clone(),
        };
        let label = label.with_registry_prefix(&format!("{host}/"));
        let docker_config = run_dir.join("docker-config");
        let bin_dir = run_dir.join("bin");
        let argv_log = run_dir.join("docker-commands.log");
        for dir in [&docker_config, &bin_dir] {
            std::fs::create_dir_all(dir).map_err(|source| ScenarioError::WriteCommit {
                path: dir.clone(),
                source,
            })?;
        }
        write_docker_wrapper(&bin_dir, &argv_log)?;
        let mut environments = Vec::new();
        for env in &exercise.info.environments {
            let state_dir = run_dir.join("environments").join(&env.name);
            std::fs::create_dir_all(&state_dir).map_err(|source| ScenarioError::WriteCommit {
                path: state_dir.clone(),
                source,
            })?;
            environments.push(EnvironmentSlot {
                name: env.name.clone(),
                container: format!("{}{}", label.name_prefix(), env.name),
                port: free_port()?,
                state_dir,
            });
        }
        Ok(DockerRun {
            engine,
            registry,
            label,
            docker_config,
            bin_dir,
            argv_log,
            environments,
            token,
        })
    }

    /// `host:port` of the registry, as used in image references.
    pub(crate) fn registry_host(&self) -> String {
        match &self.registry {
            RunRegistry::Embedded(r) => r.addr().to_string(),
            RunRegistry::External { host } => host.clone(),
        }
    }

    /// The push events of the embedded registry (empty for an external one).
    pub(crate) fn push_events(&self) -> Vec<PushEvent> {
        match &self.registry {
            RunRegistry::Embedded(r) => r.push_events(),
            RunRegistry::External { .. } => Vec::new(),
        }
    }

    /// Repository variables the run adds (`vars.REGISTRY`, and the
    /// environment's names when there is only one environment).
    pub(crate) fn vars(&self) -> BTreeMap<String, String> {
        let mut vars = BTreeMap::new();
        vars.insert("REGISTRY".to_string(), self.registry_host());
        if let [only] = self.environments.as_slice() {
            vars.extend(environment_vars(only));
        }
        vars
    }

    /// Process environment for the learner's steps.
    pub(crate) fn env(&self) -> BTreeMap<String, String> {
        let mut env = BTreeMap::new();
        env.insert(
            "DOCKER_CONFIG".to_string(),
            self.docker_config.display().to_string(),
        );
        let path = std::env::var("PATH").unwrap_or_else(|_| "/usr/local/bin:/usr/bin:/bin".into());
        env.insert(
            "PATH".to_string(),
            format!("{}:{path}", self.bin_dir.display()),
        );
        env.insert(
            "DEVPATH_DOCKER_LOG".to_string(),
            self.argv_log.display().to_string(),
        );
        env
    }

    /// The docker command lines the learner's steps ran, as recorded.
    pub(crate) fn docker_commands(&self) -> Vec<Vec<String>> {
        let Ok(text) = std::fs::read(&self.argv_log) else {
            return Vec::new();
        };
        // One command per record: arguments separated by NUL, records by "\x1e\n".
        text.split(|b| *b == 0x1e)
            .map(|record| {
                record
                    .split(|b| *b == 0)
                    .map(|arg| {
                        String::from_utf8_lossy(arg)
                            .trim_start_matches('\n')
                            .to_string()
                    })
                    .filter(|a| !a.is_empty())
                    .collect::<Vec<_>>()
            })
            .filter(|args| !args.is_empty())
            .collect()
    }
}

/// `vars.APP_CONTAINER`, `vars.APP_PORT` and `vars.APP_STATE_DIR` of an
/// environment.
pub(crate) fn environment_vars(slot: &EnvironmentSlot) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("APP_CONTAINER".to_string(), slot.container.clone()),
        ("APP_PORT".to_string(), slot.port.to_string()),
        (
            "APP_STATE_DIR".to_string(),
            slot.state_dir.display().to_string(),
        ),
    ])
}

impl Drop for DockerRun {
    fn drop(&mut self) {
        // Containers first (they hold images), then images and networks.
        let _ = self.engine.cleanup(&self.label);
        if let RunRegistry::Embedded(registry) = std::mem::replace(
            &mut self.registry,
            RunRegistry::External {
                host: String::new(),
            },
        ) {
            registry.stop();
        }
    }
}

/// `host:port` of a registry URL (`http://127.0.0.1:5000` → `127.0.0.1:5000`).
pub(crate) fn registry_host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.trim_end_matches('/')
        .split('/')
        .next()
        .unwrap_or(rest)
        .to_string()
}

/// An unused port on 127.0.0.1.
fn free_port() -> Result<u16, ScenarioError> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(ScenarioError::Port)?;
    Ok(listener.local_addr().map_err(ScenarioError::Port)?.port())
}

/// Writes the `docker` wrapper: it records the command line (for the leak
/// check) and runs the real docker CLI.
fn write_docker_wrapper(bin_dir: &Path, log: &Path) -> Result<(), ScenarioError> {
    let real = which("docker").ok_or(ScenarioError::NoDockerCli)?;
    let script = format!(
        "#!/bin/sh\n# devpath: records this docker command line for the secret leak check, then runs docker.\n\
         {{ for a in \"$@\"; do printf '%s\\0' \"$a\"; done; printf '\\036\\n'; }} >> '{}' 2>/dev/null\n\
         exec '{}' \"$@\"\n",
        log.display(),
        real.display()
    );
    let path = bin_dir.join("docker");
    std::fs::write(&path, script).map_err(|source| ScenarioError::WriteCommit {
        path: path.clone(),
        source,
    })?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).map_err(
            |source| ScenarioError::WriteCommit {
                path: path.clone(),
                source,
            },
        )?;
        std::fs::write(log, b"").map_err(|source| ScenarioError::WriteCommit {
            path: log.to_path_buf(),
            source,
        })?;
        std::fs::set_permissions(log, std::fs::Permissions::from_mode(0o600)).map_err(
            |source| ScenarioError::WriteCommit {
                path: log.to_path_buf(),
                source,
            },
        )?;
    }
    Ok(())
}

/// The first `program` on PATH.
pub(crate) fn which(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
}

impl From<EngineError> for ScenarioError {
    fn from(error: EngineError) -> ScenarioError {
        ScenarioError::Engine(Box::new(error))
    }
}

impl From<RegistryError> for ScenarioError {
    fn from(error: RegistryError) -> ScenarioError {
        ScenarioError::Registry(Box::new(error))
    }
}
