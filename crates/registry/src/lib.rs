//! The embedded OCI Distribution registry.
//!
//! A [`Registry`] serves the
//! [OCI distribution API](https://github.com/opencontainers/distribution-spec)
//! over plain HTTP on a loopback address (the Docker engine accepts plain
//! HTTP on 127.0.0.0/8 without configuration), on its own thread and tokio
//! runtime, so callers stay synchronous. Real clients push to it and pull
//! from it: `docker`, `skopeo`, `podman`.
//!
//! # Pieces
//! - `names`: hand-written matchers for repository names, tags, digests and
//!   upload ids. Nothing reaches the file system before passing one.
//! - `store`: the content-addressed store on disk (blobs, per-repository
//!   links, tags, referrers), with atomic renames only.
//! - `upload`: upload sessions, streamed to disk while hashed, in bounded
//!   memory.
//! - `manifest`: the few manifest fields the registry checks.
//! - `server`: the HTTP routes and the spec's error envelope (`api_error`).
//! - [`RegistryClient`]: a small blocking client that reads any registry's
//!   content (this one or another, such as Debian's `docker-registry`) for
//!   validators.
//!
//! # Guarantees
//! - Manifests are stored byte for byte and served with their media type,
//!   length and `Docker-Content-Digest`.
//! - A blob becomes visible only after its digest and size were checked,
//!   by an atomic rename; a crash mid-upload leaves nothing visible, and
//!   leftovers are removed on the next start.
//! - A blob is visible in a repository only when it was pushed or mounted
//!   there.
//! - With [`RegistryConfig::auth`], every request needs HTTP Basic
//!   credentials whose password is the token and, when
//!   [`Credentials::user`] is set, whose user name is that user. Both are
//!   compared in constant time. The token is never logged.
//! - Abandoned uploads cannot block pushes: a session unused for
//!   [`RegistryConfig::upload_idle_timeout`] is dropped, and when
//!   [`RegistryConfig::max_upload_sessions`] are open, a new upload evicts
//!   the session idle the longest. Either way the session's bytes are
//!   deleted, and its client's next request gets 404 `BLOB_UPLOAD_UNKNOWN`.
//! - One registry at a time per storage folder (a lock file; the lock dies
//!   with the process, even killed).
//!
//! # Where the spec is silent
//! Mostly as the reference registry (distribution 2.8) does:
//! - a manifest naming a missing config or layer gets 400
//!   `MANIFEST_BLOB_UNKNOWN`; an index naming a missing child manifest gets
//!   400 `MANIFEST_UNKNOWN`; a missing `subject` is fine;
//! - an OCI manifest or index is served only to clients whose `Accept`
//!   lists it (or sends none, or `*/*`); Docker types are always served;
//! - a `Content-Range` whose length differs from `Content-Length` or from
//!   the body gets 400 `SIZE_INVALID`, and the chunk is rolled back;
//! - over the upload limit: 413 `SIZE_INVALID`; over the total-size limit:
//!   507 `DENIED`; a new upload while every session is receiving data
//!   at that very moment: 429 `TOO_MANY_REQUESTS` (the reference registry
//!   has no limit, and purges uploads a week after they started);
//! - a storage failure is 500 `UNKNOWN` (the reference registry's code).

mod api_error;
mod client;
mod manifest;
mod names;
mod server;
mod store;
mod upload;

use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

pub use client::RegistryClient;
pub use manifest::{DOCKER_LIST, DOCKER_MANIFEST, MANIFEST_TYPES, OCI_INDEX, OCI_MANIFEST};

/// Credentials a registry requires: HTTP Basic with `token` as password.
#[derive(Clone)]
pub struct Credentials {
    /// The user name clients must log in as, or `None` to accept any user
    /// name (only the token is checked: the course's own registry, where a
    /// lesson's workflow picks the name).
    pub user: Option<String>,
    /// The token (the password).
    pub token: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("user", &self.user)
            .field("token", &"***")
            .finish()
    }
}

/// How a registry is set up.
#[derive(Debug, Clone)]
pub struct RegistryConfig {
    /// Storage folder (created if missing; its `uploads/` and `tmp/` are
    /// emptied on start).
    pub root: PathBuf,
    /// Required credentials, or `None` for an open registry.
    pub auth: Option<Credentials>,
    /// Largest blob accepted (413 SIZE_INVALID above).
    pub max_upload_bytes: u64,
    /// Largest total of stored and staged bytes (507 DENIED above).
    pub max_total_bytes: u64,
    /// Largest manifest accepted and served (413 SIZE_INVALID above); at
    /// least 4 MiB is recommended, as the reference registry accepts.
    pub max_manifest_bytes: usize,
    /// Upload sessions open at once, at most (at least 1). A new upload
    /// beyond it evicts the session idle the longest, so that clients that
    /// start uploads and never finish them can neither exhaust the disk's
    /// inodes nor lock out a real push.
    pub max_upload_sessions: usize,
    /// How long an upload session may go without a request before it is
    /// dropped and its bytes deleted. A request in progress (a slow PATCH)
    /// keeps its session alive. Expired sessions are swept every half of
    /// this (at most every minute), and on their client's next request.
    pub upload_idle_timeout: Duration,
}

impl RegistryConfig {
    /// An open registry storing in `root`, with 8 GiB per blob, 64 GiB in
    /// all, 4 MiB per manifest, and 1,024 upload sessions dropped after 10
    /// minutes without a request.
    pub fn new(root: impl Into<PathBuf>) -> RegistryConfig {
        RegistryConfig {
            root: root.into(),
            auth: None,
            max_upload_bytes: 8 << 30,
            max_total_bytes: 64 << 30,
            max_manifest_bytes: 4 << 20,
            max_upload_sessions: upload::DEFAULT_MAX_SESSIONS,
            upload_idle_timeout: upload::DEFAULT_IDLE_TIMEOUT,
        }
    }
}

/// One manifest pushed (one event per tag it was pushed under).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushEvent {
    /// 1, 2, 3 … in push order (going on from earlier runs on the same root).
    pub seq: u64,
    /// The repository, e.g. `lesson/app`.
    pub repository: String,
    /// The tag, or `None` for a push by digest.
    pub tag: Option<String>,
    /// The manifest's digest.
    pub digest: String,
    /// The manifest's media type.
    pub media_type: String,
    /// When it was stored.
    pub at: SystemTime,
}

impl PushEvent {
    /// The event as one JSON line (as in `ROOT/events.jsonl`).
    pub fn to_json_line(&self) -> String {
        let at = self
            .at
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_secs_f64())
            .unwrap_or_default();
        serde_json::json!({
            "seq": self.seq,
            "repository": self.repository,
            "tag": self.tag,
            "digest": self.digest,
            "media_type": self.media_type,
            "at": at,
        })
        .to_string()
    }
}

/// Why the registry (or the client) could not do its job.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// The address is not a loopback address.
    #[error("{}", i18n::t!("errors-registry-not-loopback", addr = addr.to_string()))]
    NotLoopback {
        /// The refused address.
        addr: SocketAddr,
    },
    /// The port could not be opened.
    #[error("{}", i18n::t!("errors-registry-bind", addr = addr.to_string(), reason = source.to_string()))]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
    /// The storage folder could not be prepared.
    #[error("{}", i18n::t!("errors-registry-root", path = path.display().to_string(), reason = source.to_string()))]
    Root {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Another registry uses the storage folder.
    #[error("{}", i18n::t!("errors-registry-in-use", path = path.display().to_string()))]
    InUse {
        /// The folder.
        path: PathBuf,
    },
    /// The background runtime could not start.
    #[error("{}", i18n::t!("errors-registry-runtime", reason = .0.to_string()))]
    Runtime(std::io::Error),
    /// A registry URL that the client cannot use.
    #[error("{}", i18n::t!("errors-registry-url", url = format!("{url:?}"), reason = reason))]
    Url {
        /// The URL.
        url: String,
        /// What is wrong.
        reason: String,
    },
    /// The client could not talk to the registry.
    #[error("{}", i18n::t!("errors-registry-connect", url = url, reason = source.to_string()))]
    Connect {
        /// What was requested.
        url: String,
        /// Why.
        source: std::io::Error,
    },
    /// The registry answered something unexpected.
    #[error("{}", i18n::t!("errors-registry-status", url = url, status = status.to_string(), body = body))]
    Status {
        /// What was requested.
        url: String,
        /// The HTTP status.
        status: u16,
        /// The start of the answer's body.
        body: String,
    },
    /// The registry's answer could not be understood.
    #[error("{}", i18n::t!("errors-registry-protocol", url = url, reason = reason))]
    Protocol {
        /// What was requested.
        url: String,
        /// What is wrong.
        reason: String,
    },
}

/// A running registry. Stops on [`Registry::stop`] or when dropped.
#[derive(Debug)]
pub struct Registry {
    addr: SocketAddr,
    shared: Arc<server::Shared>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Registry {
    /// Starts serving on `addr` (use `127.0.0.1:0` for a free port) on a
    /// background thread. When it returns, the port is open and
    /// connections are accepted.
    pub fn start(config: RegistryConfig, addr: SocketAddr) -> Result<Registry, RegistryError> {
        if !addr.ip().is_loopback() {
            return Err(RegistryError::NotLoopback { addr });
        }
        let store = store::Store::open(&config.root, config.max_total_bytes).map_err(|source| {
            if source.kind() == std::io::ErrorKind::WouldBlock {
                RegistryError::InUse {
                    path: config.root.clone(),
                }
            } else {
                RegistryError::Root {
                    path: config.root.clone(),
                    source,
                }
            }
        })?;
        let first_seq = store.recorded_events() + 1;
        let listener =
            TcpListener::bind(addr).map_err(|source| RegistryError::Bind { addr, source })?;
        let local = listener
            .local_addr()
            .and_then(|local| listener.set_nonblocking(true).map(|()| local))
            .map_err(|source| RegistryError::Bind { addr, source })?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("devpath-registry")
            .enable_all()
            .build()
            .map_err(RegistryError::Runtime)?;
        let listener = {
            let _guard = runtime.enter();
            tokio::net::TcpListener::from_std(listener)
                .map_err(|source| RegistryError::Bind { addr, source })?
        };
        let shared = Arc::new(server::Shared {
            store: Arc::new(store),
            sessions: upload::Sessions::new(config.max_upload_sessions, config.upload_idle_timeout),
            auth: config.auth,
            max_upload_bytes: config.max_upload_bytes,
            max_manifest_bytes: config.max_manifest_bytes,
            events: std::sync::Mutex::new(Vec::new()),
            next_seq: AtomicU64::new(first_seq),
        });
        let app = server::router(shared.clone());
        let sweeper = sweep_sessions(shared.clone());
        let (shutdown, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("devpath-registry".into())
            .spawn(move || {
                runtime.block_on(async move {
                    let server = std::future::IntoFuture::into_future(axum::serve(listener, app));
                    tokio::select! {
                        _ = server => {}
                        _ = stopped => {}
                        () = sweeper => {}
                    }
                });
                // Open connections (a client mid-upload) are cut here.
                runtime.shutdown_timeout(Duration::from_secs(2));
            })
            .map_err(RegistryError::Runtime)?;
        Ok(Registry {
            addr: local,
            shared,
            shutdown: Some(shutdown),
            thread: Some(thread),
        })
    }

    /// The address it listens on, e.g. `127.0.0.1:41234` (the `host:port`
    /// of image references).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The storage folder.
    pub fn root(&self) -> &std::path::Path {
        self.shared.store.root()
    }

    /// Every manifest push since the start, in order.
    pub fn push_events(&self) -> Vec<PushEvent> {
        self.shared.events()
    }

    /// Stops serving and waits for the server thread to end.
    pub fn stop(mut self) {
        self.shutdown_now();
    }

    fn shutdown_now(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Drops idle upload sessions and their bytes now and then, so an
/// abandoned upload leaves the disk even if no other upload ever starts.
/// Never returns.
async fn sweep_sessions(shared: Arc<server::Shared>) {
    let mut tick = tokio::time::interval(shared.sessions.sweep_interval());
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let shared = shared.clone();
        // A failed sweep (a panic) is retried on the next tick.
        let _ =
            tokio::task::spawn_blocking(move || shared.sessions.expire_idle(&shared.store)).await;
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        self.shutdown_now();
    }
}
