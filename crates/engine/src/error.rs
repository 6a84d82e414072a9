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
    #[error("{}", i18n::t!("errors-docker-not-running", address = address, detail = detail_text(detail)))]
    NotRunning {
        /// The address used (from `DOCKER_HOST`, or the default socket).
        address: String,
        /// A short reason in parentheses, possibly empty.
        detail: String,
    },

    /// The engine's socket exists but this user may not open it.
    #[error("{}", i18n::t!("errors-docker-permission", address = address))]
    PermissionDenied {
        /// The address used.
        address: String,
    },

    /// `DOCKER_HOST` names a transport devpath cannot use.
    #[error("{}", i18n::t!("errors-docker-host-unsupported", address = address))]
    UnsupportedHost {
        /// The address found in `DOCKER_HOST`.
        address: String,
    },

    /// The tokio runtime that drives engine calls could not be created.
    #[error("{}", i18n::t!("errors-docker-runtime", reason = source.to_string()))]
    Runtime {
        /// The operating system's reason.
        source: std::io::Error,
    },

    /// The engine answered the version request with something unusable.
    #[error("{}", i18n::t!("errors-docker-version", address = address, reason = source.to_string()))]
    Version {
        /// The address used.
        address: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Inspecting an image failed for a reason other than "no such image".
    #[error("{}", i18n::t!("errors-docker-inspect-image", reference = reference, reason = source.to_string()))]
    InspectImage {
        /// The image reference asked about.
        reference: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Inspecting a container failed for a reason other than "no such container".
    #[error("{}", i18n::t!("errors-docker-inspect-container", name = name, reason = source.to_string()))]
    InspectContainer {
        /// The container name or id asked about.
        name: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Listing containers failed.
    #[error("{}", i18n::t!("errors-docker-list-containers", reason = source.to_string()))]
    ListContainers {
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Listing images failed.
    #[error("{}", i18n::t!("errors-docker-list-images", reason = source.to_string()))]
    ListImages {
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Listing networks failed.
    #[error("{}", i18n::t!("errors-docker-list-networks", reason = source.to_string()))]
    ListNetworks {
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Listing volumes failed.
    #[error("{}", i18n::t!("errors-docker-list-volumes", reason = source.to_string()))]
    ListVolumes {
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Removing a volume failed.
    #[error("{}", i18n::t!("errors-docker-remove-volume", name = name, reason = source.to_string()))]
    RemoveVolume {
        /// The volume name.
        name: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Exporting an image (`docker save`) failed.
    #[error("{}", i18n::t!("errors-docker-save-image", reference = reference, reason = source.to_string()))]
    SaveImage {
        /// The image reference.
        reference: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Removing a container failed.
    #[error("{}", i18n::t!("errors-docker-remove-container", name = name, reason = source.to_string()))]
    RemoveContainer {
        /// The container name or id.
        name: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Removing an image (or one of its tags) failed.
    #[error("{}", i18n::t!("errors-docker-remove-image", reference = reference, reason = source.to_string()))]
    RemoveImage {
        /// The image reference or id.
        reference: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Removing a network failed.
    #[error("{}", i18n::t!("errors-docker-remove-network", name = name, reason = source.to_string()))]
    RemoveNetwork {
        /// The network name or id.
        name: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Importing a root file system as an image (`docker import`) failed.
    #[error("{}", i18n::t!("errors-docker-import-image", reference = reference, reason = source.to_string()))]
    ImportImage {
        /// The reference the image was to get.
        reference: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// Tagging an image failed.
    #[error("{}", i18n::t!("errors-docker-tag-image", source = source_ref, target = target, reason = source.to_string()))]
    TagImage {
        /// The existing image.
        source_ref: String,
        /// The new reference.
        target: String,
        /// bollard's error.
        source: bollard::errors::Error,
    },

    /// An operation took longer than its limit (the engine is hung or overloaded).
    #[error("{}", i18n::t!("errors-docker-timeout", address = address, operation = operation, seconds = seconds.to_string()))]
    Timeout {
        /// The address used.
        address: String,
        /// What was asked (e.g. `inspect image devpath/base:1`).
        operation: String,
        /// The limit in seconds.
        seconds: u64,
    },

    /// `--from-image` names an image the engine does not have.
    #[error("{}", i18n::t!("errors-docker-from-image-missing", reference = reference))]
    FromImageMissing {
        /// The reference given on the command line.
        reference: String,
    },

    /// No statically linked busybox on this machine.
    #[error("{}", i18n::t!("errors-no-static-busybox", looked = looked))]
    NoStaticBusybox {
        /// Every candidate and why it was rejected, joined for the message.
        looked: String,
    },

    /// Running `busybox --list` failed.
    #[error("{}", i18n::t!("errors-busybox-applets", path = path.display().to_string(), reason = reason))]
    BusyboxApplets {
        /// The busybox binary.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },

    /// Reading the busybox binary (or writing the root file system tar) failed.
    #[error("{}", i18n::t!("errors-base-image-file", path = path.display().to_string(), reason = source.to_string()))]
    BaseImageFile {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },

    /// The image was imported but does not show up under its reference.
    #[error("{}", i18n::t!("errors-import-lost", reference = reference))]
    ImportLost {
        /// The reference.
        reference: String,
    },
}

/// [`EngineError::NotRunning`]'s detail (written in English where the
/// error is made, e.g. ` (connection refused)`) in the current language.
fn detail_text(detail: &str) -> String {
    let id = match detail {
        "" => return String::new(),
        " (no socket there)" => "errors-docker-no-socket",
        " (connection refused)" => "errors-docker-refused",
        " (connection closed)" => "errors-docker-closed",
        _ => {
            return match detail
                .strip_prefix(" (no answer within ")
                .and_then(|rest| rest.strip_suffix(" s)"))
            {
                Some(seconds) => format!(
                    " ({})",
                    i18n::t!("errors-docker-no-answer", seconds = seconds)
                ),
                None => detail.to_string(),
            };
        }
    };
    format!(" ({})", i18n::t!(id))
}
