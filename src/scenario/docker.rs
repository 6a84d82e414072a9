//! What a run of a Docker exercise owns besides its temporary folder: a
//! connection to the engine, its own registry on an ephemeral port (or the
//! external one given with `--registry`), its own DOCKER_CONFIG, a `docker`
//! wrapper that labels what it creates and sends its command lines to the
//! leak check (through memory, never a file), and unique names
//! for the environments' containers. Dropping it removes everything the run
//! created in the engine, and nothing else.

use std::collections::{BTreeMap, BTreeSet};
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};

use course::Exercise;
use engine::{BASE_IMAGE, Engine, EngineError, RunLabel};
use registry::{Credentials, PushEvent, Registry, RegistryConfig, RegistryError};

use super::ScenarioError;
use super::command_log::CommandLog;
use crate::validate::record::Leftover;

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
    /// `--registry URL`: it holds the user's own images too, so the run
    /// owns only the local tags under it that appeared during the run.
    External {
        host: String,
        /// The local image tags under `host/` when the run started.
        tags_before: BTreeSet<String>,
    },
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
    /// Where the wrapper sends each docker command line (a named pipe
    /// read into memory).
    commands: CommandLog,
    pub environments: Vec<EnvironmentSlot>,
    /// The registry token, when the registry requires a login.
    pub token: Option<String>,
    /// What the engine held when the run started.
    before: Inventory,
}

/// The ids (names for volumes) of what is in the engine at one moment.
#[derive(Debug, Default)]
struct Inventory {
    containers: BTreeSet<String>,
    images: BTreeSet<String>,
    networks: BTreeSet<String>,
    volumes: BTreeSet<String>,
}

impl Inventory {
    fn take(engine: &Engine) -> Result<Inventory, ScenarioError> {
        Ok(Inventory {
            containers: engine
                .list_containers(None)?
                .into_iter()
                .map(|c| c.id)
                .collect(),
            images: engine
                .list_images(None)?
                .into_iter()
                .map(|i| i.id)
                .collect(),
            networks: engine
                .list_networks(None)?
                .into_iter()
                .map(|n| n.id)
                .collect(),
            volumes: engine
                .list_volumes(None)?
                .into_iter()
                .map(|v| v.name)
                .collect(),
        })
    }
}

impl DockerRun {
    /// Connects to the engine, checks the base image, and starts the run's
    /// registry (or uses `external`).
    pub(crate) fn start(
        run_dir: &Path,
        exercise: &Exercise,
        external: Option<&str>,
        label: RunLabel,
    ) -> Result<DockerRun, ScenarioError> {
        let engine = Engine::connect()?;
        engine.ping()?;
        if !engine.image_exists(BASE_IMAGE)? {
            return Err(ScenarioError::NoBaseImage);
        }
        let before = Inventory::take(&engine)?;
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
            Some(url) => {
                let host = registry_host(url);
                let tags_before = tags_under(&engine, &host)?;
                RunRegistry::External { host, tags_before }
            }
            None => {
                let mut config = RegistryConfig::new(run_dir.join("registry"));
                config.auth = token.clone().map(|token| Credentials { user: None, token });
                let addr: SocketAddr = "127.0.0.1:0".parse().expect("a valid address");
                RunRegistry::Embedded(Registry::start(config, addr)?)
            }
        };
        let host = match &registry {
            RunRegistry::Embedded(r) => r.addr().to_string(),
            RunRegistry::External { host, .. } => host.clone(),
        };
        // The whole of its own registry is the run's; of an external one,
        // only what it pushes (see Drop).
        let label = match &registry {
            RunRegistry::Embedded(_) => label.with_registry_prefix(&format!("{host}/")),
            RunRegistry::External { .. } => label,
        };
        let docker_config = run_dir.join("docker-config");
        let bin_dir = run_dir.join("bin");
        let commands = CommandLog::start(&run_dir.join("docker-commands")).map_err(|source| {
            ScenarioError::WriteCommit {
                path: run_dir.join("docker-commands"),
                source,
            }
        })?;
        for dir in [&docker_config, &bin_dir] {
            std::fs::create_dir_all(dir).map_err(|source| ScenarioError::WriteCommit {
                path: dir.clone(),
                source,
            })?;
        }
        write_docker_wrapper(&bin_dir, commands.path(), &label.label())?;
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
            commands,
            environments,
            token,
            before,
        })
    }

    /// The containers, networks and volumes that appeared in the engine
    /// during the run and are still there, besides the environments'
    /// containers: made through the run's `docker` (labelled, removed when
    /// the run ends), or around it (unlabelled, left alone). Objects of
    /// other devpath runs (labelled, or named `devpath-…`) are not listed.
    pub(crate) fn leftovers(&self) -> Result<Vec<Leftover>, ScenarioError> {
        let mut leftovers = Vec::new();
        let mut add = |kind: &str, name: &str, labels: &BTreeMap<String, String>| {
            let ours = self.label.owns_labels(labels);
            let others = labels.contains_key(engine::RUN_LABEL_KEY) || name.starts_with("devpath-");
            if ours || !others {
                leftovers.push(Leftover {
                    kind: kind.to_string(),
                    name: name.to_string(),
                    removed: ours,
                });
            }
        };
        for c in self.engine.list_containers(None)? {
            if !self.before.containers.contains(&c.id) && !self.label.owns_name(&c.name) {
                add("container", &c.name, &c.labels);
            }
        }
        for n in self.engine.list_networks(None)? {
            if !self.before.networks.contains(&n.id) {
                add("network", &n.name, &n.labels);
            }
        }
        for v in self.engine.list_volumes(None)? {
            if !self.before.volumes.contains(&v.name) {
                add("volume", &v.name, &v.labels);
            }
        }
        // Images are not listed: those made through the run's `docker` are
        // its work (removed at the end), and an unlabelled new one is as
        // likely another run's pull as the learner's.
        Ok(leftovers)
    }

    /// Every image the run made: labelled with the run (built through its
    /// `docker`), tagged in its registry, or new since the run started and
    /// labelled with no other run (built around the wrapper) — whatever
    /// its tag. The leak check scans them all.
    pub(crate) fn built_images(&self) -> Result<Vec<String>, ScenarioError> {
        let prefix = format!("{}/", self.registry_host());
        Ok(self
            .engine
            .list_images(None)?
            .into_iter()
            .filter(|i| {
                self.label.owns_labels(&i.labels)
                    || i.repo_tags
                        .iter()
                        .any(|t| t.starts_with(&prefix) || self.label.owns_tag(t))
                    || (!self.before.images.contains(&i.id)
                        && !i.labels.contains_key(engine::RUN_LABEL_KEY)
                        // Another run's registry or name: that run scans
                        // its own.
                        && !i
                            .repo_tags
                            .iter()
                            .any(|t| t.starts_with("127.0.0.1:") || t.starts_with("devpath-")))
            })
            .map(|i| i.id)
            .collect())
    }

    /// `host:port` of the registry, as used in image references.
    pub(crate) fn registry_host(&self) -> String {
        match &self.registry {
            RunRegistry::Embedded(r) => r.addr().to_string(),
            RunRegistry::External { host, .. } => host.clone(),
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
        env
    }

    /// The docker command lines the learner's steps ran, as recorded.
    pub(crate) fn docker_commands(&self) -> Vec<Vec<String>> {
        self.commands.commands()
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
        if let RunRegistry::External { host, tags_before } = &self.registry
            && let Ok(now) = tags_under(&self.engine, host)
        {
            for tag in now.difference(tags_before) {
                self.label = std::mem::replace(&mut self.label, RunLabel::generate()).with_tag(tag);
            }
        }
        // Containers first (they hold images), then images, networks and
        // volumes. A `docker run` killed by Ctrl-C may have sent its
        // request already: the engine can still be creating that container
        // while the first sweep lists. So sweep again, a little later,
        // until a sweep finds nothing (three at most).
        // Images go only while no build of another run is using their
        // layers as cache (see `image_lock`).
        let _images = super::image_lock::exclusive();
        for sweep in 0..3 {
            match self.engine.cleanup(&self.label) {
                Ok(report) if sweep > 0 && report.removed() == 0 => break,
                Err(_) => break,
                Ok(_) => std::thread::sleep(std::time::Duration::from_millis(300)),
            }
        }
        if let RunRegistry::Embedded(registry) = std::mem::replace(
            &mut self.registry,
            RunRegistry::External {
                host: String::new(),
                tags_before: Default::default(),
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

/// The local image tags under `host/`.
fn tags_under(engine: &Engine, host: &str) -> Result<BTreeSet<String>, ScenarioError> {
    let prefix = format!("{host}/");
    Ok(engine
        .list_images(None)?
        .into_iter()
        .flat_map(|image| image.repo_tags)
        .filter(|tag| tag.starts_with(&prefix))
        .collect())
}

/// An unused port on 127.0.0.1.
fn free_port() -> Result<u16, ScenarioError> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(ScenarioError::Port)?;
    Ok(listener.local_addr().map_err(ScenarioError::Port)?.port())
}

/// Writes the `docker` wrapper: it sends the command line to the run's
/// [`CommandLog`] (for the leak check), labels what it creates with the
/// run (`run`, `create`, `build`, `network create`, `volume create`: the
/// run can then remove the containers, images, networks and volumes a
/// script made under names of its own, and tell the learner about them),
/// and runs the real docker CLI.
///
/// Every path in it is quoted for the shell: a `TMPDIR` holding `'` once
/// made it `Unterminated quoted string`.
fn write_docker_wrapper(bin_dir: &Path, log: &Path, run_label: &str) -> Result<(), ScenarioError> {
    let real = which("docker").ok_or(ScenarioError::NoDockerCli)?;
    let real = shell_quote(&real.display().to_string());
    let label = shell_quote(run_label);
    // A build holds the image lock shared (see `image_lock`), when there
    // is one and util-linux's flock is installed.
    let lock = super::image_lock::path()
        .map(|p| shell_quote(&p.display().to_string()))
        .unwrap_or_else(|| "''".into());
    let script = format!(
        "#!/bin/sh\n\
         # devpath: records this docker command line for the secret leak check,\n\
         # labels what it creates with the run, then runs docker. A build holds\n\
         # the image lock shared: another run's cleanup then can't remove the\n\
         # cached layers it uses.\n\
         {{ printf '%s\\0' \"$@\"; printf '\\036\\n'; }} >> {log} 2>/dev/null\n\
         lock={lock}\n\
         locked() {{ if [ -n \"$lock\" ] && command -v flock >/dev/null 2>&1; then exec flock -s \"$lock\" \"$@\"; fi; exec \"$@\"; }}\n\
         case \"$1\" in\n\
         build) shift; locked {real} build --label {label} \"$@\" ;;\n\
         run|create) verb=$1; shift; exec {real} \"$verb\" --label {label} \"$@\" ;;\n\
         container|image|network|volume|buildx|builder)\n\
         \x20 case \"$1 $2\" in\n\
         \x20 'image build'|'buildx build'|'builder build')\n\
         \x20   group=$1; shift 2; locked {real} \"$group\" build --label {label} \"$@\" ;;\n\
         \x20 'container run'|'container create'|'network create'|'volume create')\n\
         \x20   group=$1; verb=$2; shift 2; exec {real} \"$group\" \"$verb\" --label {label} \"$@\" ;;\n\
         \x20 esac ;;\n\
         esac\n\
         exec {real} \"$@\"\n",
        log = shell_quote(&log.display().to_string()),
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
    }
    Ok(())
}

/// `text` quoted for a POSIX shell: `'…'`, with each `'` written `'\\''`.
pub(crate) fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
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
