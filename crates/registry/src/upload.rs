//! Upload sessions: request bodies streamed to `uploads/<id>` while being
//! hashed, in bounded memory.
//!
//! A body is read frame by frame into a 1 MiB buffer; a full buffer is
//! handed to a blocking thread that hashes and writes it while the next one
//! is received, so at most two buffers exist at a time whatever the blob's
//! size. A chunk that fails half way (client gone, limit reached, wrong
//! length) is rolled back: the file is truncated and the hash state restored.

use std::collections::HashMap;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use futures_util::StreamExt;
use sha2::{Digest as _, Sha256, Sha512};

use super::names::{Algorithm, Digest};
use super::store::Store;

const BUFFER: usize = 1 << 20;

/// Upload sessions open at the same time, at most (clients that start
/// uploads and never finish them cannot exhaust the disk's inodes).
pub(crate) const MAX_SESSIONS: usize = 1024;

/// Sessions unused for this long are dropped when a new one starts.
pub(crate) const IDLE_LIMIT: Duration = Duration::from_secs(3600);

/// One upload session.
#[derive(Debug)]
pub(crate) struct Session {
    /// The repository the upload belongs to.
    pub repo: String,
    /// Bytes received so far.
    pub size: u64,
    /// sha256 of the bytes received so far.
    pub hasher: Sha256,
    /// Where the bytes are.
    pub path: PathBuf,
    /// Finished or cancelled: requests that waited for the lock must not use it.
    pub closed: bool,
    /// When a request last used it (idle sessions are dropped).
    pub touched: Instant,
}

/// The open sessions, by id.
#[derive(Debug, Default)]
pub(crate) struct Sessions {
    open: Mutex<HashMap<String, Arc<tokio::sync::Mutex<Session>>>>,
}

impl Sessions {
    /// Registers a new, empty session (its file is created empty); `None`
    /// when [`MAX_SESSIONS`] are already open.
    pub(crate) fn create(&self, store: &Store, repo: &str) -> io::Result<Option<String>> {
        self.drop_idle(store);
        if self.lock().len() >= MAX_SESSIONS {
            return Ok(None);
        }
        let id = store.new_id();
        let path = store.upload_path(&id);
        std::fs::File::create(&path)?;
        let session = Session {
            repo: repo.to_string(),
            size: 0,
            hasher: Sha256::new(),
            path,
            closed: false,
            touched: Instant::now(),
        };
        self.lock()
            .insert(id.clone(), Arc::new(tokio::sync::Mutex::new(session)));
        Ok(Some(id))
    }

    /// Forgets sessions nobody used for [`IDLE_LIMIT`] (a client that was
    /// interrupted mid-push) and deletes their bytes.
    fn drop_idle(&self, store: &Store) {
        let mut open = self.lock();
        open.retain(|_, session| {
            let Ok(mut session) = session.try_lock() else {
                return true; // In use right now.
            };
            if session.touched.elapsed() < IDLE_LIMIT {
                return true;
            }
            session.closed = true;
            store.release(session.size);
            let _ = std::fs::remove_file(&session.path);
            false
        });
    }

    /// The session `id`, if it is open.
    pub(crate) fn get(&self, id: &str) -> Option<Arc<tokio::sync::Mutex<Session>>> {
        self.lock().get(id).cloned()
    }

    /// Forgets session `id` (its file is the caller's business).
    pub(crate) fn remove(&self, id: &str) {
        self.lock().remove(id);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<tokio::sync::Mutex<Session>>>> {
        // A panic while holding this lock cannot leave the map inconsistent.
        self.open
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Why appending a body failed.
#[derive(Debug)]
pub(crate) enum AppendError {
    /// The client stopped sending or sent a broken body.
    Body(String),
    /// The upload went over the per-upload limit.
    TooLarge { limit: u64 },
    /// The registry's total-size limit was reached.
    StoreFull { limit: u64 },
    /// The disk failed.
    Io(io::Error),
}

impl From<io::Error> for AppendError {
    fn from(error: io::Error) -> AppendError {
        AppendError::Io(error)
    }
}

type Job = tokio::task::JoinHandle<io::Result<(std::fs::File, Sha256)>>;

/// Appends `body` to the session, returning how many bytes it added. On
/// error the session is exactly as before.
pub(crate) async fn append(
    store: &Arc<Store>,
    session: &mut Session,
    body: Body,
    max_upload_bytes: u64,
) -> Result<u64, AppendError> {
    let start = session.size;
    let saved = session.hasher.clone();
    let mut reserved = 0u64;
    let result = stream_into(store, session, body, max_upload_bytes, &mut reserved).await;
    session.touched = Instant::now();
    match result {
        Ok(added) => {
            session.size = start + added;
            Ok(added)
        }
        Err(error) => {
            store.release(reserved);
            session.hasher = saved;
            session.size = start;
            let path = session.path.clone();
            let truncated = tokio::task::spawn_blocking(move || {
                std::fs::OpenOptions::new()
                    .write(true)
                    .open(&path)?
                    .set_len(start)
            })
            .await;
            match truncated {
                Ok(Ok(())) => Err(error),
                Ok(Err(io_error)) => Err(AppendError::Io(io_error)),
                Err(join) => Err(AppendError::Io(io::Error::other(join))),
            }
        }
    }
}

async fn stream_into(
    store: &Arc<Store>,
    session: &mut Session,
    body: Body,
    max_upload_bytes: u64,
    reserved: &mut u64,
) -> Result<u64, AppendError> {
    let path = session.path.clone();
    let start = session.size;
    let file = tokio::task::spawn_blocking(move || -> io::Result<std::fs::File> {
        let mut file = std::fs::OpenOptions::new().write(true).open(&path)?;
        file.seek(SeekFrom::Start(start))?;
        Ok(file)
    })
    .await
    .map_err(io::Error::other)??;

    let mut stream = body.into_data_stream();
    let mut buffer: Vec<u8> = Vec::with_capacity(BUFFER);
    let mut added = 0u64;
    let mut state = Some((file, session.hasher.clone()));
    let mut job: Option<Job> = None;

    let flush =
        |buffer: Vec<u8>, state: &mut Option<(std::fs::File, Sha256)>, job: &mut Option<Job>| {
            let taken = state.take();
            *job = Some(tokio::task::spawn_blocking(move || {
                let (mut file, mut hasher) = match taken {
                    Some(pair) => pair,
                    None => return Err(io::Error::other("upload writer lost its file")),
                };
                hasher.update(&buffer);
                file.write_all(&buffer)?;
                Ok((file, hasher))
            }));
        };

    loop {
        let frame = match stream.next().await {
            Some(Ok(frame)) => frame,
            Some(Err(error)) => {
                finish(&mut state, &mut job).await?;
                return Err(AppendError::Body(error.to_string()));
            }
            None => break,
        };
        let len = frame.len() as u64;
        if start + added + len > max_upload_bytes {
            finish(&mut state, &mut job).await?;
            super::server::drain(&mut stream, super::server::DRAIN_LIMIT).await;
            return Err(AppendError::TooLarge {
                limit: max_upload_bytes,
            });
        }
        if let Err(full) = store.reserve(len) {
            finish(&mut state, &mut job).await?;
            super::server::drain(&mut stream, super::server::DRAIN_LIMIT).await;
            return Err(AppendError::StoreFull { limit: full.limit });
        }
        *reserved += len;
        added += len;
        buffer.extend_from_slice(&frame);
        if buffer.len() >= BUFFER {
            // Wait for the previous write before starting the next, so at
            // most one buffer is being written while one is being filled.
            finish(&mut state, &mut job).await?;
            let full = std::mem::replace(&mut buffer, Vec::with_capacity(BUFFER));
            flush(full, &mut state, &mut job);
        }
    }
    finish(&mut state, &mut job).await?;
    if !buffer.is_empty() {
        flush(buffer, &mut state, &mut job);
        finish(&mut state, &mut job).await?;
    }
    if let Some((_, hasher)) = state {
        session.hasher = hasher;
    }
    Ok(added)
}

/// Waits for the write in flight and takes its file and hash state back.
async fn finish(
    state: &mut Option<(std::fs::File, Sha256)>,
    job: &mut Option<Job>,
) -> Result<(), AppendError> {
    if let Some(handle) = job.take() {
        let pair = handle.await.map_err(io::Error::other)??;
        *state = Some(pair);
    }
    Ok(())
}

/// The digest of the session's bytes in `algorithm` (sha512 re-reads the
/// file: clients practically always use sha256).
pub(crate) async fn digest_of(session: &Session, algorithm: Algorithm) -> io::Result<Digest> {
    match algorithm {
        Algorithm::Sha256 => Ok(Digest::from_parts(
            Algorithm::Sha256,
            &hex::encode(session.hasher.clone().finalize()),
        )),
        Algorithm::Sha512 => {
            let path = session.path.clone();
            tokio::task::spawn_blocking(move || sha512_of_file(&path))
                .await
                .map_err(io::Error::other)?
        }
    }
}

fn sha512_of_file(path: &Path) -> io::Result<Digest> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha512::new();
    let mut buffer = vec![0u8; BUFFER];
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
    }
    Ok(Digest::from_parts(
        Algorithm::Sha512,
        &hex::encode(hasher.finalize()),
    ))
}
