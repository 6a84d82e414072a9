//! The Docker engine, through one concrete [`Engine`] wrapping `bollard`.
//!
//! # What it offers
//! - connecting ([`Engine::connect`] honours `DOCKER_HOST`; no I/O until the
//!   first call), [`Engine::ping`] and [`Engine::version`];
//! - inspecting and listing images, containers and networks, as plain data
//!   ([`ImageInfo`], [`ContainerInfo`], …);
//! - exporting an image as a `docker save` tar ([`Engine::save_image`]) for
//!   leak scanning, importing a root file system ([`Engine::import_image`]);
//! - removing containers, images and networks, and a whole run's worth of
//!   them ([`Engine::cleanup`] with a [`RunLabel`]), never anything else;
//! - the offline base image `devpath/base:1` ([`Engine::ensure_base_image`]),
//!   built from the host's static busybox (checked with a small ELF reader,
//!   [`read_elf`]).
//!
//! # The async boundary
//! bollard is async; devpath is not. The [`Engine`] owns a current-thread
//! tokio runtime and every method `block_on`s inside, with a time limit, so
//! a dead engine fails in seconds with a message saying how to start it.
//!
//! # Errors
//! One [`EngineError`] variant per operation. Two variants are shared by all
//! of them because they need the same fix whatever was asked: the engine is
//! not running ([`EngineError::NotRunning`]) and the socket is not ours to
//! open ([`EngineError::PermissionDenied`]).

mod base_image;
mod cleanup;
mod client;
mod elf;
mod error;
mod info;

pub use base_image::{
    BASE_IMAGE, BASE_LABEL, BaseImageOutcome, BaseSource, Busybox, base_rootfs_tar,
    busybox_applets, find_static_busybox,
};
pub use cleanup::{CleanupReport, InvalidRunId, RUN_LABEL_KEY, RunLabel};
pub use client::{
    DEFAULT_DOCKER_HOST, Engine, ImageArchive, QUICK_TIMEOUT, SLOW_TIMEOUT, docker_cli_version,
};
pub use elf::{ElfError, ElfInfo, read_elf};
pub use error::EngineError;
pub use info::{
    ContainerInfo, ContainerSummary, EngineVersion, ImageInfo, ImageSummary, NetworkSummary,
    PublishedPort, VolumeSummary,
};
