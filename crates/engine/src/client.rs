//! [`Engine`]: the one wrapper around `bollard::Docker`, with a synchronous
//! API.
//!
//! The engine owns a current-thread tokio runtime and `block_on`s each call,
//! like testcontainers' sync client: the rest of devpath stays synchronous
//! and never sees a future. Do not call it from inside another tokio runtime
//! (tokio refuses nested `block_on`); use a plain thread for that.
//!
//! Connecting does no I/O. The first call that needs the engine asks for its
//! version (`GET /version`) and settles the API version both sides speak:
//! bollard asks for API 1.53 by default, which an older engine such as
//! Debian 12's Docker 20.10 (API 1.41) refuses with "client version 1.53 is
//! too new"; devpath then talks 1.41 to it.

use std::collections::{BTreeMap, HashMap};
use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;
use std::time::Duration;

use bollard::errors::Error as BollardError;
use bollard::query_parameters::{
    CreateImageOptionsBuilder, ListContainersOptionsBuilder, ListImagesOptionsBuilder,
    ListNetworksOptionsBuilder, ListVolumesOptionsBuilder, RemoveContainerOptionsBuilder,
    RemoveImageOptionsBuilder, RemoveVolumeOptionsBuilder, TagImageOptionsBuilder,
};
use bollard::{ClientVersion, Docker};
use bytes::Bytes;
use futures_util::{Stream, StreamExt};

use super::EngineError;
use super::info::{
    ContainerInfo, ContainerSummary, EngineVersion, ImageInfo, ImageSummary, NetworkSummary,
    PublishedPort, VolumeSummary, split_reference,
};

/// The address used when `DOCKER_HOST` is not set.
pub const DEFAULT_DOCKER_HOST: &str = "unix:///var/run/docker.sock";

/// Limit for calls that only read or change metadata (ping, inspect, list).
/// A dead or hung engine fails within this time, not bollard's 2 minutes.
pub const QUICK_TIMEOUT: Duration = Duration::from_secs(10);

/// Limit for calls that move or delete image data (import, export chunks,
/// removals), which can legitimately take a while on a slow disk.
pub const SLOW_TIMEOUT: Duration = Duration::from_secs(300);

/// A connection to one Docker engine, with a synchronous API.
///
/// One method per operation; each failure is an [`EngineError`] whose
/// message says what to do. "Not found" is not an error: `inspect_*` return
/// `None` and `remove_*` return `false`.
#[derive(Debug)]
pub struct Engine {
    /// Where the engine is, as the user would write it in `DOCKER_HOST`.
    address: String,
    /// A client speaking bollard's default API version (no I/O yet).
    initial: Docker,
    /// The client speaking the version the engine accepts, and that version,
    /// settled by the first call that needs it.
    negotiated: OnceLock<(Docker, EngineVersion)>,
    /// The limit of quick calls (version, ping, inspect): [`QUICK_TIMEOUT`]
    /// unless [`Engine::with_quick_timeout`] set another.
    quick: Duration,
    /// Drives every call; declared last so it is dropped after the clients.
    runtime: tokio::runtime::Runtime,
}

impl Engine {
    /// Connects to the engine named by `DOCKER_HOST`, or to
    /// `unix:///var/run/docker.sock`. Cheap: nothing is sent until the first
    /// call; use [`Engine::ping`] to check the engine answers.
    pub fn connect() -> Result<Engine, EngineError> {
        let address = std::env::var("DOCKER_HOST")
            .ok()
            .filter(|host| !host.trim().is_empty())
            .unwrap_or_else(|| DEFAULT_DOCKER_HOST.to_string());
        Engine::connect_to(&address)
    }

    /// Connects to the engine at `address` (`unix:///path` or `tcp://host:port`),
    /// ignoring `DOCKER_HOST`.
    pub fn connect_to(address: &str) -> Result<Engine, EngineError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|source| EngineError::Runtime { source })?;
        let initial = {
            let _inside = runtime.enter();
            client_for(address, bollard::API_DEFAULT_VERSION)?
        };
        Ok(Engine {
            address: address.to_string(),
            initial,
            negotiated: OnceLock::new(),
            quick: QUICK_TIMEOUT,
            runtime,
        })
    }

    /// The same engine, giving up on quick calls after `limit` (`doctor`
    /// must answer within seconds even when the engine never does).
    pub fn with_quick_timeout(mut self, limit: Duration) -> Engine {
        self.quick = limit;
        self
    }

    /// The address this engine is reached at (for messages).
    pub fn address(&self) -> &str {
        &self.address
    }

    /// Checks that the engine answers now, within the quick limit (the
    /// first time by asking its version, then with `GET /_ping`).
    pub fn ping(&self) -> Result<(), EngineError> {
        let Some((docker, _)) = self.negotiated.get() else {
            return self.api().map(|_| ());
        };
        self.call(|| "ping".to_string(), self.quick, docker.ping())
            .map(|_| ())
            .map_err(|failure| self.version_error(failure))
    }

    /// The engine's version (asked once, then remembered).
    pub fn version(&self) -> Result<EngineVersion, EngineError> {
        self.negotiated().map(|(_, version)| version.clone())
    }

    /// Whether the engine has an image under `reference` (a `repo:tag` or an id).
    pub fn image_exists(&self, reference: &str) -> Result<bool, EngineError> {
        Ok(self.inspect_image(reference)?.is_some())
    }

    /// Inspects an image and reads its history; `None` when there is no such image.
    pub fn inspect_image(&self, reference: &str) -> Result<Option<ImageInfo>, EngineError> {
        let docker = self.api()?;
        let wrap = |source| EngineError::InspectImage {
            reference: reference.to_string(),
            source,
        };
        let operation = || format!("inspect image {reference}");
        let inspect = match self.call(operation, self.quick, docker.inspect_image(reference)) {
            Ok(inspect) => inspect,
            Err(failure) if failure.is_not_found() => return Ok(None),
            Err(failure) => return Err(failure.into_error(wrap)),
        };
        let history = match self.call(operation, self.quick, docker.image_history(reference)) {
            Ok(history) => history,
            Err(failure) if failure.is_not_found() => return Ok(None),
            Err(failure) => return Err(failure.into_error(wrap)),
        };
        let config = inspect.config.unwrap_or_default();
        Ok(Some(ImageInfo {
            id: inspect.id.unwrap_or_default(),
            repo_tags: inspect.repo_tags.unwrap_or_default(),
            repo_digests: inspect.repo_digests.unwrap_or_default(),
            labels: sorted(config.labels),
            env: config.env.unwrap_or_default(),
            cmd: config.cmd.unwrap_or_default(),
            history: history.into_iter().map(|entry| entry.created_by).collect(),
        }))
    }

    /// Inspects a container by name or id; `None` when there is no such container.
    pub fn inspect_container(
        &self,
        name_or_id: &str,
    ) -> Result<Option<ContainerInfo>, EngineError> {
        let docker = self.api()?;
        let call = docker.inspect_container(name_or_id, None);
        let inspect = match self.call(
            || format!("inspect container {name_or_id}"),
            self.quick,
            call,
        ) {
            Ok(inspect) => inspect,
            Err(failure) if failure.is_not_found() => return Ok(None),
            Err(failure) => {
                return Err(failure.into_error(|source| EngineError::InspectContainer {
                    name: name_or_id.to_string(),
                    source,
                }));
            }
        };
        let state = inspect.state.unwrap_or_default();
        let running = state.running.unwrap_or(false);
        let status = state.status.map(|s| s.to_string()).unwrap_or_default();
        let exit_code = if running || status == "created" {
            None
        } else {
            state.exit_code
        };
        let config = inspect.config.unwrap_or_default();
        let mut ports = Vec::new();
        let port_map = inspect.network_settings.and_then(|settings| settings.ports);
        for (key, bindings) in port_map.unwrap_or_default() {
            let (number, protocol) = key.split_once('/').unwrap_or((key.as_str(), "tcp"));
            let Ok(container_port) = number.parse::<u16>() else {
                continue;
            };
            for binding in bindings.unwrap_or_default() {
                let Some(host_port) = binding.host_port.and_then(|p| p.parse::<u16>().ok()) else {
                    continue;
                };
                ports.push(PublishedPort {
                    container_port,
                    protocol: protocol.to_string(),
                    host_ip: binding.host_ip.unwrap_or_default(),
                    host_port,
                });
            }
        }
        ports.sort();
        Ok(Some(ContainerInfo {
            id: inspect.id.unwrap_or_default(),
            name: inspect
                .name
                .unwrap_or_default()
                .trim_start_matches('/')
                .to_string(),
            image: config.image.unwrap_or_default(),
            image_id: inspect.image.unwrap_or_default(),
            running,
            status,
            exit_code,
            labels: sorted(config.labels),
            ports,
        }))
    }

    /// Lists all containers (running or not), only those carrying `label` when
    /// given (`key` or `key=value`, as `docker ps --filter label=…`).
    pub fn list_containers(
        &self,
        label: Option<&str>,
    ) -> Result<Vec<ContainerSummary>, EngineError> {
        let docker = self.api()?;
        let mut options = ListContainersOptionsBuilder::default().all(true);
        let filters = label_filter(label);
        if let Some(filters) = &filters {
            options = options.filters(filters);
        }
        let list = self
            .call(
                || "list containers".to_string(),
                self.quick,
                docker.list_containers(Some(options.build())),
            )
            .map_err(|failure| {
                failure.into_error(|source| EngineError::ListContainers { source })
            })?;
        Ok(list
            .into_iter()
            .map(|container| ContainerSummary {
                id: container.id.unwrap_or_default(),
                name: container
                    .names
                    .unwrap_or_default()
                    .first()
                    .map(|name| name.trim_start_matches('/').to_string())
                    .unwrap_or_default(),
                image: container.image.unwrap_or_default(),
                image_id: container.image_id.unwrap_or_default(),
                state: container.state.map(|s| s.to_string()).unwrap_or_default(),
                labels: sorted(container.labels),
            })
            .collect())
    }

    /// Lists images (not intermediate build layers), only those carrying
    /// `label` when given.
    pub fn list_images(&self, label: Option<&str>) -> Result<Vec<ImageSummary>, EngineError> {
        let docker = self.api()?;
        let mut options = ListImagesOptionsBuilder::default();
        let filters = label_filter(label);
        if let Some(filters) = &filters {
            options = options.filters(filters);
        }
        let list = self
            .call(
                || "list images".to_string(),
                self.quick,
                docker.list_images(Some(options.build())),
            )
            .map_err(|failure| failure.into_error(|source| EngineError::ListImages { source }))?;
        Ok(list
            .into_iter()
            .map(|image| ImageSummary {
                id: image.id,
                repo_tags: image
                    .repo_tags
                    .into_iter()
                    .filter(|tag| tag != "<none>:<none>")
                    .collect(),
                repo_digests: image
                    .repo_digests
                    .into_iter()
                    .filter(|digest| digest != "<none>@<none>")
                    .collect(),
                labels: image.labels.into_iter().collect(),
            })
            .collect())
    }

    /// Lists networks, only those carrying `label` when given.
    pub fn list_networks(&self, label: Option<&str>) -> Result<Vec<NetworkSummary>, EngineError> {
        let docker = self.api()?;
        let mut options = ListNetworksOptionsBuilder::default();
        let filters = label_filter(label);
        if let Some(filters) = &filters {
            options = options.filters(filters);
        }
        let list = self
            .call(
                || "list networks".to_string(),
                self.quick,
                docker.list_networks(Some(options.build())),
            )
            .map_err(|failure| failure.into_error(|source| EngineError::ListNetworks { source }))?;
        Ok(list
            .into_iter()
            .map(|network| NetworkSummary {
                id: network.id.unwrap_or_default(),
                name: network.name.unwrap_or_default(),
                labels: sorted(network.labels),
            })
            .collect())
    }

    /// Lists volumes, only those carrying `label` when given.
    pub fn list_volumes(&self, label: Option<&str>) -> Result<Vec<VolumeSummary>, EngineError> {
        let docker = self.api()?;
        let mut options = ListVolumesOptionsBuilder::default();
        let filters = label_filter(label);
        if let Some(filters) = &filters {
            options = options.filters(filters);
        }
        let list = self
            .call(
                || "list volumes".to_string(),
                self.quick,
                docker.list_volumes(Some(options.build())),
            )
            .map_err(|failure| failure.into_error(|source| EngineError::ListVolumes { source }))?;
        Ok(list
            .volumes
            .unwrap_or_default()
            .into_iter()
            .map(|volume| VolumeSummary {
                name: volume.name,
                labels: volume.labels.into_iter().collect(),
            })
            .collect())
    }

    /// Removes a volume. Returns `false` when there was no such volume.
    pub fn remove_volume(&self, name: &str) -> Result<bool, EngineError> {
        let docker = self.api()?;
        let options = RemoveVolumeOptionsBuilder::default().force(true).build();
        match self.call(
            || format!("remove volume {name}"),
            self.quick,
            docker.remove_volume(name, Some(options)),
        ) {
            Ok(()) => Ok(true),
            Err(failure) if failure.is_not_found() => Ok(false),
            Err(failure) => Err(failure.into_error(|source| EngineError::RemoveVolume {
                name: name.to_string(),
                source,
            })),
        }
    }

    /// Exports an image as `docker save` does: an uncompressed tar holding
    /// `manifest.json`, the image config and one tar per layer. The archive
    /// is streamed from the engine as it is read.
    pub fn save_image(&self, reference: &str) -> Result<ImageArchive<'_>, EngineError> {
        let docker = self.api()?;
        // Ask first, so that a missing image is a clear error before streaming.
        if !self.image_exists(reference)? {
            return Err(EngineError::SaveImage {
                reference: reference.to_string(),
                source: BollardError::DockerResponseServerError {
                    status_code: 404,
                    message: format!("no such image: {reference}"),
                },
            });
        }
        Ok(ImageArchive {
            engine: self,
            reference: reference.to_string(),
            stream: Box::pin(docker.export_image(reference)),
            chunk: Bytes::new(),
        })
    }

    /// Removes a container; `force` kills it first if it runs. Returns
    /// `false` when there was no such container.
    pub fn remove_container(&self, name_or_id: &str, force: bool) -> Result<bool, EngineError> {
        let docker = self.api()?;
        let options = RemoveContainerOptionsBuilder::default()
            .force(force)
            .v(true)
            .build();
        match self.call(
            || format!("remove container {name_or_id}"),
            SLOW_TIMEOUT,
            docker.remove_container(name_or_id, Some(options)),
        ) {
            Ok(()) => Ok(true),
            Err(failure) if failure.is_not_found() => Ok(false),
            Err(failure) => Err(failure.into_error(|source| EngineError::RemoveContainer {
                name: name_or_id.to_string(),
                source,
            })),
        }
    }

    /// Removes an image reference. Given a `repo:tag` of an image with other
    /// tags, only that tag goes (as `docker rmi repo:tag`); given an id, or
    /// the last tag, the image goes. `force` removes an id with several
    /// tags. Returns `false` when there was no such image.
    pub fn remove_image(&self, reference: &str, force: bool) -> Result<bool, EngineError> {
        let docker = self.api()?;
        let options = RemoveImageOptionsBuilder::default().force(force).build();
        match self.call(
            || format!("remove image {reference}"),
            SLOW_TIMEOUT,
            docker.remove_image(reference, Some(options), None),
        ) {
            Ok(_) => Ok(true),
            Err(failure) if failure.is_not_found() => Ok(false),
            Err(failure) => Err(failure.into_error(|source| EngineError::RemoveImage {
                reference: reference.to_string(),
                source,
            })),
        }
    }

    /// Removes a network by name or id. Returns `false` when there was no
    /// such network.
    pub fn remove_network(&self, name_or_id: &str) -> Result<bool, EngineError> {
        let docker = self.api()?;
        match self.call(
            || format!("remove network {name_or_id}"),
            self.quick,
            docker.remove_network(name_or_id),
        ) {
            Ok(()) => Ok(true),
            Err(failure) if failure.is_not_found() => Ok(false),
            Err(failure) => Err(failure.into_error(|source| EngineError::RemoveNetwork {
                name: name_or_id.to_string(),
                source,
            })),
        }
    }

    /// Tags the image `source` as `target` (`repo:tag`), as `docker tag` does.
    pub fn tag_image(&self, source: &str, target: &str) -> Result<(), EngineError> {
        let docker = self.api()?;
        let (repo, tag) = split_reference(target);
        let options = TagImageOptionsBuilder::default()
            .repo(repo)
            .tag(tag)
            .build();
        self.call(
            || format!("tag {source} as {target}"),
            self.quick,
            docker.tag_image(source, Some(options)),
        )
        .map_err(|failure| {
            failure.into_error(|error| EngineError::TagImage {
                source_ref: source.to_string(),
                target: target.to_string(),
                source: error,
            })
        })
    }

    /// Imports a root file system tar as a one-layer image named `reference`,
    /// as `docker import` does. `changes` are Dockerfile instructions applied
    /// to the image config (`CMD ["/bin/sh"]`, `ENV PATH=/bin`, `LABEL k=v`).
    /// Returns the new image.
    pub fn import_image(
        &self,
        rootfs_tar: Vec<u8>,
        reference: &str,
        changes: &[&str],
    ) -> Result<ImageInfo, EngineError> {
        let docker = self.api()?;
        let (repo, tag) = split_reference(reference);
        let options = CreateImageOptionsBuilder::default()
            .from_src("-")
            .repo(repo)
            .tag(tag)
            .message("imported by devpath setup")
            .changes(changes.iter().map(|change| change.to_string()).collect())
            .build();
        let body = bollard::body_full(Bytes::from(rootfs_tar));
        let progress = docker.create_image(Some(options), Some(body), None);
        let drain = async move {
            let mut progress = std::pin::pin!(progress);
            while let Some(message) = progress.next().await {
                message?;
            }
            Ok(())
        };
        self.call(|| format!("import image {reference}"), SLOW_TIMEOUT, drain)
            .map_err(|failure| {
                failure.into_error(|source| EngineError::ImportImage {
                    reference: reference.to_string(),
                    source,
                })
            })?;
        self.inspect_image(reference)?
            .ok_or_else(|| EngineError::ImportLost {
                reference: reference.to_string(),
            })
    }

    /// The settled client, asking the engine its version on first use.
    fn api(&self) -> Result<&Docker, EngineError> {
        self.negotiated().map(|(docker, _)| docker)
    }

    fn negotiated(&self) -> Result<&(Docker, EngineVersion), EngineError> {
        if let Some(settled) = self.negotiated.get() {
            return Ok(settled);
        }
        let settled = self.negotiate()?;
        Ok(self.negotiated.get_or_init(|| settled))
    }

    /// Asks `/version` with bollard's API version, and again with the
    /// engine's own when it answers that ours is too new.
    fn negotiate(&self) -> Result<(Docker, EngineVersion), EngineError> {
        let first = self.ask_version(&self.initial);
        let (docker, answer) = match first {
            Ok(answer) => (self.initial.clone(), answer),
            Err(Failure::Engine(source)) => match highest_supported(&source) {
                Some(version) => {
                    let docker = {
                        let _inside = self.runtime.enter();
                        client_for(&self.address, &version)?
                    };
                    let answer = self
                        .ask_version(&docker)
                        .map_err(|failure| self.version_error(failure))?;
                    (docker, answer)
                }
                None => return Err(self.version_error(Failure::Engine(source))),
            },
            Err(failure) => return Err(self.version_error(failure)),
        };
        let version = EngineVersion {
            version: answer.version.unwrap_or_default(),
            api_version: answer.api_version.unwrap_or_default(),
            os: answer.os.unwrap_or_default(),
            arch: answer.arch.unwrap_or_default(),
        };
        Ok((docker, version))
    }

    fn ask_version(&self, docker: &Docker) -> Result<bollard::models::SystemVersion, Failure> {
        self.call(|| "version".to_string(), self.quick, docker.version())
    }

    /// A version or ping request failed: a timeout there means nobody answers.
    fn version_error(&self, failure: Failure) -> EngineError {
        match failure {
            Failure::Timeout { .. } => EngineError::NotRunning {
                address: self.address.clone(),
                detail: format!(" (no answer within {} s)", self.quick.as_secs_f64()),
            },
            failure => failure.into_error(|source| EngineError::Version {
                address: self.address.clone(),
                source,
            }),
        }
    }

    /// Runs one engine call with a time limit, sorting its failure into
    /// "cannot reach the engine" (the same message for every operation),
    /// "timed out" and the operation's own error.
    fn call<T>(
        &self,
        operation: impl FnOnce() -> String,
        limit: Duration,
        future: impl Future<Output = Result<T, BollardError>>,
    ) -> Result<T, Failure> {
        match self
            .runtime
            .block_on(async { tokio::time::timeout(limit, future).await })
        {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(BollardError::RequestTimeoutError)) | Err(_) => Err(Failure::Timeout {
                error: EngineError::Timeout {
                    address: self.address.clone(),
                    operation: operation(),
                    seconds: limit.as_secs(),
                },
            }),
            Ok(Err(error)) => Err(match unreachable(&self.address, &error) {
                Some(reason) => Failure::Unreachable(reason),
                None => Failure::Engine(error),
            }),
        }
    }
}

/// Why one call failed, before it becomes an [`EngineError`].
#[derive(Debug)]
enum Failure {
    /// The engine could not be reached at all.
    Unreachable(EngineError),
    /// The call took longer than its limit.
    Timeout { error: EngineError },
    /// The engine answered with an error, or the answer was unusable.
    Engine(BollardError),
}

impl Failure {
    fn is_not_found(&self) -> bool {
        matches!(
            self,
            Failure::Engine(BollardError::DockerResponseServerError {
                status_code: 404,
                ..
            })
        )
    }

    fn into_error(self, wrap: impl FnOnce(BollardError) -> EngineError) -> EngineError {
        match self {
            Failure::Unreachable(error) | Failure::Timeout { error } => error,
            Failure::Engine(source) => wrap(source),
        }
    }
}

/// A `docker save` archive streamed from the engine; read it like a file
/// (e.g. with the `tar` crate). A failure mid-stream is an
/// [`std::io::Error`] wrapping an [`EngineError::SaveImage`].
pub struct ImageArchive<'e> {
    engine: &'e Engine,
    reference: String,
    stream: Pin<Box<dyn Stream<Item = Result<Bytes, BollardError>> + 'e>>,
    chunk: Bytes,
}

impl std::fmt::Debug for ImageArchive<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImageArchive")
            .field("reference", &self.reference)
            .finish_non_exhaustive()
    }
}

impl std::io::Read for ImageArchive<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.chunk.is_empty() {
            let next = self.stream.next();
            let wrap = |source| EngineError::SaveImage {
                reference: self.reference.clone(),
                source,
            };
            match self.engine.call(
                || format!("save image {}", self.reference),
                SLOW_TIMEOUT,
                async { next.await.transpose() },
            ) {
                Ok(Some(chunk)) => self.chunk = chunk,
                Ok(None) => return Ok(0),
                Err(failure) => return Err(std::io::Error::other(failure.into_error(wrap))),
            }
        }
        let n = buf.len().min(self.chunk.len());
        buf[..n].copy_from_slice(&self.chunk.split_to(n));
        Ok(n)
    }
}

/// A bollard client for `address` speaking API `version`; no I/O.
fn client_for(address: &str, version: &ClientVersion) -> Result<Docker, EngineError> {
    let timeout = SLOW_TIMEOUT.as_secs();
    let unsupported = || EngineError::UnsupportedHost {
        address: address.to_string(),
    };
    let docker = if address.starts_with("unix://") {
        Docker::connect_with_unix(address, timeout, version)
    } else if address.starts_with("tcp://") || address.starts_with("http://") {
        Docker::connect_with_http(address, timeout, version)
    } else {
        return Err(unsupported());
    };
    docker.map_err(|error| match error {
        BollardError::SocketNotFoundError(_) => EngineError::NotRunning {
            address: address.to_string(),
            detail: " (no socket there)".to_string(),
        },
        _ => unsupported(),
    })
}

/// The "cannot reach the engine" errors: they say the same thing whatever
/// the operation was.
fn unreachable(address: &str, error: &BollardError) -> Option<EngineError> {
    if let BollardError::SocketNotFoundError(_) = error {
        return Some(EngineError::NotRunning {
            address: address.to_string(),
            detail: " (no socket there)".to_string(),
        });
    }
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(current) = cause {
        if let Some(io) = current.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind;
            let detail = match io.kind() {
                ErrorKind::PermissionDenied => {
                    return Some(EngineError::PermissionDenied {
                        address: address.to_string(),
                    });
                }
                ErrorKind::NotFound => " (no socket there)",
                ErrorKind::ConnectionRefused => " (connection refused)",
                ErrorKind::ConnectionReset
                | ErrorKind::ConnectionAborted
                | ErrorKind::BrokenPipe => " (connection closed)",
                _ => {
                    cause = current.source();
                    continue;
                }
            };
            return Some(EngineError::NotRunning {
                address: address.to_string(),
                detail: detail.to_string(),
            });
        }
        cause = current.source();
    }
    None
}

/// The engine's highest API version, read from its "client version X is too
/// new. Maximum supported API version is 1.41" answer.
fn highest_supported(error: &BollardError) -> Option<ClientVersion> {
    let BollardError::DockerResponseServerError {
        status_code: 400,
        message,
    } = error
    else {
        return None;
    };
    let (_, after) = message.split_once("Maximum supported API version is ")?;
    let version = after.split_whitespace().next()?.trim_end_matches('.');
    let (major, minor) = version.split_once('.')?;
    Some(ClientVersion {
        major_version: major.parse().ok()?,
        minor_version: minor.parse().ok()?,
    })
}

/// `{"label": [label]}` for the engine's list filters.
fn label_filter(label: Option<&str>) -> Option<HashMap<String, Vec<String>>> {
    label.map(|label| HashMap::from([("label".to_string(), vec![label.to_string()])]))
}

fn sorted(map: Option<HashMap<String, String>>) -> BTreeMap<String, String> {
    map.unwrap_or_default().into_iter().collect()
}

/// The docker CLI's own version (`docker version --format '{{.Client.Version}}'`),
/// or `None` when there is no `docker` command. Works with the engine down:
/// the client part is printed before the CLI fails to reach the server.
pub fn docker_cli_version() -> Option<String> {
    // `docker --version`, not `docker version`: the latter also asks the
    // engine, and waits forever for one that accepts and never answers.
    let output = std::process::Command::new("docker")
        .arg("--version")
        .stdin(std::process::Stdio::null())
        .output()
        .ok()?;
    cli_version(&String::from_utf8_lossy(&output.stdout))
}

/// `20.10.24+dfsg1` from `Docker version 20.10.24+dfsg1, build 297e128`.
fn cli_version(text: &str) -> Option<String> {
    let rest = text
        .lines()
        .next()?
        .trim()
        .strip_prefix("Docker version ")?;
    let version = rest.split(',').next()?.trim();
    (!version.is_empty()).then(|| version.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_version_reads_docker_dash_dash_version() {
        assert_eq!(
            cli_version("Docker version 20.10.24+dfsg1, build 297e128\n").as_deref(),
            Some("20.10.24+dfsg1")
        );
        assert_eq!(cli_version("podman version 4.3.1\n"), None);
    }

    #[test]
    fn highest_supported_reads_the_engines_refusal() {
        let refusal = BollardError::DockerResponseServerError {
            status_code: 400,
            message: "client version 1.53 is too new. Maximum supported API version is 1.41".into(),
        };
        let version = highest_supported(&refusal).expect("a version");
        assert_eq!((version.major_version, version.minor_version), (1, 41));
        let other = BollardError::DockerResponseServerError {
            status_code: 404,
            message: "no such image".into(),
        };
        assert!(highest_supported(&other).is_none());
    }

    #[test]
    fn an_engine_can_be_shared_between_threads() {
        fn shareable<T: Send + Sync>() {}
        shareable::<Engine>();
    }

    #[test]
    fn unsupported_docker_host_schemes_are_refused_clearly() {
        let error = Engine::connect_to("ssh://me@example").expect_err("ssh is not supported");
        assert!(
            error
                .to_string()
                .contains("DOCKER_HOST=ssh://me@example is not supported"),
            "{error}"
        );
    }
}
