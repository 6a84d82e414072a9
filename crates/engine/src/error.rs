//! [`EngineError`]: one variant per engine operation, each saying what to do.
//!
//! bollard's errors describe HTTP and sockets; a learner needs to know that
//! Docker is not started, or that they are not in the `docker` group. Two
//! variants cover every operation when the engine cannot be reached at all
//! ([`EngineError::NotRunning`], [`EngineError::PermissionDenied`]); the
//! others name the operation and the object it was about.

use std::path::PathBuf;

/// Something went wrong talking to the Docker engine or building the base
/// image. Every message names the address or object and suggests a fix.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// Nothing listens at the engine's address (socket missing, connection
    /// refused, or no answer before the timeout).
    #[error(
        "the Docker engine is not answering at {address}{detail}: start it with `sudo systemctl start docker` (or `sudo dockerd &`), then run `devpath doctor`"
    )]
    NotRunning {
        /// The address used (from `DOCKER_HOST`, or the default socket).
        address: String,
        /// A short reason in parentheses, possibly empty.
        detail: String,
    },

    /// The engine's socket exists but this user may not open it.
    #[error(
        "permission denied on the Docker socket {address}: add yourself to the docker group: `sudo usermod -aG docker $USER`, then log in again"
    )]
    PermissionDenied {
        /// The address used.
        address: String,
    },

    /// `DOCKER_HOST` names a transport devpath cannot use.
    #[error(
        "DOCKER_HOST={address} is not supported by devpath: use a unix:// socket or a tcp:// address (unset DOCKER_HOST to use unix:///var/run/docker.sock)"
    )]
    UnsupportedHost {
        /// The address found in `DOCKER_HOST`.
        address: String,
    },

    /// The tokio runtime that drives engine calls could not be created.
    #[error("cannot start the runtime for Docker engine calls: {source}")]
    Runtime {
        /// The operating system's reason.
        source: std::io::Error,
    },

    /// The engine answered the version request with something unusable.
    #[error(
        "the Docker engine at {address} answered the version request with an error: {source}; check it with `docker version`"
    )]
    Version {
        /// The address used.
        address: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Inspecting an image failed for a reason other than "no such image".
    #[error(
        "cannot inspect image {reference}: {source}; check it with `docker image inspect {reference}`"
    )]
    InspectImage {
        /// The image reference asked about.
        reference: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Inspecting a container failed for a reason other than "no such container".
    #[error("cannot inspect container {name}: {source}; check it with `docker inspect {name}`")]
    InspectContainer {
        /// The container name or id asked about.
        name: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Listing containers failed.
    #[error("cannot list containers: {source}; check that `docker ps -a` works")]
    ListContainers {
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Listing images failed.
    #[error("cannot list images: {source}; check that `docker images` works")]
    ListImages {
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Listing networks failed.
    #[error("cannot list networks: {source}; check that `docker network ls` works")]
    ListNetworks {
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Listing volumes failed.
    #[error("cannot list volumes: {source}; check that `docker volume ls` works")]
    ListVolumes {
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Removing a volume failed.
    #[error(
        "cannot remove volume {name}: {source}; remove it by hand with `docker volume rm {name}`"
    )]
    RemoveVolume {
        /// The volume name.
        name: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Exporting an image (`docker save`) failed.
    #[error(
        "cannot export image {reference}: {source}; check that `docker save {reference} >/dev/null` works"
    )]
    SaveImage {
        /// The image reference.
        reference: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Removing a container failed.
    #[error(
        "cannot remove container {name}: {source}; remove it by hand with `docker rm -f {name}`"
    )]
    RemoveContainer {
        /// The container name or id.
        name: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Removing an image (or one of its tags) failed.
    #[error(
        "cannot remove image {reference}: {source}; remove it by hand with `docker rmi {reference}`"
    )]
    RemoveImage {
        /// The image reference or id.
        reference: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Removing a network failed.
    #[error(
        "cannot remove network {name}: {source}; remove it by hand with `docker network rm {name}`"
    )]
    RemoveNetwork {
        /// The network name or id.
        name: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Importing a root file system as an image (`docker import`) failed.
    #[error(
        "cannot import an image as {reference}: {source}; check the engine's log and free disk space (`docker system df`)"
    )]
    ImportImage {
        /// The reference the image was to get.
        reference: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Tagging an image failed.
    #[error(
        "cannot tag {source_ref} as {target}: {source}; try `docker tag {source_ref} {target}`"
    )]
    TagImage {
        /// The existing image.
        source_ref: String,
        /// The new reference.
        target: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// An operation took longer than its limit (the engine is hung or overloaded).
    #[error(
        "the Docker engine at {address} did not finish `{operation}` within {seconds} s: it may be hung or overloaded; check it with `docker info`, restart it if needed (`sudo systemctl restart docker`)"
    )]
    Timeout {
        /// The address used.
        address: String,
        /// What was asked (e.g. `inspect image devpath/base:1`).
        operation: String,
        /// The limit in seconds.
        seconds: u64,
    },

    /// `--from-image` names an image the engine does not have.
    #[error(
        "there is no image {reference} in the Docker engine (devpath works offline and pulls nothing): list the local ones with `docker images`, or drop --from-image to build from a static busybox"
    )]
    FromImageMissing {
        /// The reference given on the command line.
        reference: String,
    },

    /// No statically linked busybox on this machine.
    #[error(
        "no statically linked busybox found (looked at {looked}): install one with `sudo apt-get install busybox-static`, or use an image you already have: `devpath setup --from-image IMAGE`"
    )]
    NoStaticBusybox {
        /// Every candidate and why it was rejected, joined for the message.
        looked: String,
    },

    /// Running `busybox --list` failed.
    #[error(
        "cannot list the applets of {path}: {reason}; reinstall it (`sudo apt-get install --reinstall busybox-static`)"
    )]
    BusyboxApplets {
        /// The busybox binary.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },

    /// Reading the busybox binary (or writing the root file system tar) failed.
    #[error("cannot read {path} to build the base image: {source}")]
    BaseImageFile {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },

    /// The image was imported but does not show up under its reference.
    #[error(
        "the engine accepted the import but has no image {reference} afterwards; run `devpath setup` again, and check `docker images`"
    )]
    ImportLost {
        /// The reference.
        reference: String,
    },
}
