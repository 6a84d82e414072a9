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

/// Upload sessions open at the same time, by default. Clients that start
/// uploads and never finish them cannot exhaust the disk's inodes: past
/// this, a new upload evicts the session idle the longest.
pub(crate) const DEFAULT_MAX_SESSIONS: usize = 1024;

/// How long a session may go unused before it is dropped with its bytes,
/// by default.
///
/// The reference registry (distribution 2.8) purges uploads a week after
/// they *started*, in a pass once a day (`storage.maintenance.uploadpurging`:
/// `age: 168h`, `interval: 24h`), with no cap on their number: that guards
/// the disk of a long-lived shared server. This registry lives for one run
/// on the learner's machine, so it measures idleness from the last request
/// instead. Clients send a blob as POST, PATCH (the whole layer) and PUT in
/// quick succession, and a session is never dropped while a request is
/// using it, however slow: ten minutes without any request means the
/// client is gone.
pub(crate) const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(600);

/// The longest pause between two sweeps of idle sessions, so an abandoned
/// session's bytes leave the disk soon after it expires even when no new
/// upload starts.
const MAX_SWEEP_INTERVAL: Duration = Duration::from_secs(60);

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
    /// Finished, cancelled, expired or evicted: requests that waited for the
    /// lock must not use it.
    pub closed: bool,
    /// When a request last used it (idle sessions are dropped).
    pub touched: Instant,
}

type Shared = Arc<tokio::sync::Mutex<Session>>;
type Guard = tokio::sync::OwnedMutexGuard<Session>;

/// The open sessions, by id, and their limits.
#[derive(Debug)]
pub(crate) struct Sessions {
    open: Mutex<HashMap<String, Shared>>,
    max_sessions: usize,
    idle_timeout: Duration,
}

impl Sessions {
    /// No session yet. `max_sessions` is at least 1 (0 would refuse every
    /// upload).
    pub(crate) fn new(max_sessions: usize, idle_timeout: Duration) -> Sessions {
        Sessions {
            open: Mutex::new(HashMap::new()),
            max_sessions: max_sessions.max(1),
            idle_timeout,
        }
    }

    /// Registers a new, empty session (its file is created empty). Expired
    /// sessions go first; when the limit is still reached, the session
    /// idle the longest is evicted, because a client that has not sent
    /// anything for the longest time is the likeliest to be gone, and
    /// refusing instead would let abandoned sessions block every push.
    /// `None` only when every session is in use by a request right now.
    pub(crate) fn create(&self, store: &Store, repo: &str) -> io::Result<Option<String>> {
        // The id and the file first, so the map's lock is held without I/O.
        let id = store.new_id();
        let path = store.upload_path(&id);
        std::fs::File::create(&path)?;
        let session = Session {
            repo: repo.to_string(),
            size: 0,
            hasher: Sha256::new(),
            path: path.clone(),
            closed: false,
            touched: Instant::now(),
        };
        let mut victims = Vec::new();
        let admitted = {
            let mut open = self.lock();
            self.take_expired(&mut open, &mut victims);
            if open.len() >= self.max_sessions
                && let Some(oldest) = take_oldest_idle(&mut open)
            {
                victims.push(oldest);
            }
            let admitted = open.len() < self.max_sessions;
            if admitted {
                open.insert(id.clone(), Arc::new(tokio::sync::Mutex::new(session)));
            }
            admitted
        };
        for victim in victims {
            discard(store, victim);
        }
        if !admitted {
            let _ = std::fs::remove_file(&path);
            return Ok(None);
        }
        Ok(Some(id))
    }

    /// Drops every session idle for the timeout, with its bytes; returns
    /// how many. Sessions in use by a request are kept.
    pub(crate) fn expire_idle(&self, store: &Store) -> usize {
        let mut victims = Vec::new();
        self.take_expired(&mut self.lock(), &mut victims);
        let dropped = victims.len();
        for victim in victims {
            discard(store, victim);
        }
        dropped
    }

    /// Moves the expired sessions that no request holds out of `open`,
    /// locked, into `victims`.
    fn take_expired(&self, open: &mut HashMap<String, Shared>, victims: &mut Vec<Guard>) {
        open.retain(|_, session| match session.clone().try_lock_owned() {
            Ok(guard) if self.is_expired(&guard) => {
                victims.push(guard);
                false
            }
            // In use right now, or still fresh.
            _ => true,
        });
    }

    /// Whether `session` has been idle for the timeout.
    pub(crate) fn is_expired(&self, session: &Session) -> bool {
        session.touched.elapsed() >= self.idle_timeout
    }

    /// How long to wait between two sweeps: often enough that a session
    /// outlives its timeout by at most half of it (and at most a minute).
    pub(crate) fn sweep_interval(&self) -> Duration {
        (self.idle_timeout / 2)
            .min(MAX_SWEEP_INTERVAL)
            .max(Duration::from_millis(10))
    }

    /// The session `id`, if it is open.
    pub(crate) fn get(&self, id: &str) -> Option<Shared> {
        self.lock().get(id).cloned()
    }

    /// Forgets session `id` (its file is the caller's business).
    pub(crate) fn remove(&self, id: &str) {
        self.lock().remove(id);
    }

    /// How many sessions are open.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.lock().len()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Shared>> {
        // A panic while holding this lock cannot leave the map inconsistent.
        self.open
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Takes the session idle the longest that no request holds out of `open`.
fn take_oldest_idle(open: &mut HashMap<String, Shared>) -> Option<Guard> {
    let mut oldest: Option<(String, Guard)> = None;
    for (id, session) in open.iter() {
        let Ok(guard) = session.clone().try_lock_owned() else {
            continue; // In use right now.
        };
        if oldest
            .as_ref()
            .is_none_or(|(_, best)| guard.touched < best.touched)
        {
            oldest = Some((id.clone(), guard));
        }
    }
    let (id, guard) = oldest?;
    open.remove(&id);
    Some(guard)
}

/// Closes a session taken out of the map and deletes its bytes. Requests
/// that were waiting for it find it closed and answer `BLOB_UPLOAD_UNKNOWN`.
pub(crate) fn discard(store: &Store, mut session: Guard) {
    session.closed = true;
    store.release(session.size);
    let _ = std::fs::remove_file(&session.path);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path(), u64::MAX).expect("store");
        (dir, store)
    }

    fn age(sessions: &Sessions, id: &str, idle: Duration) {
        let session = sessions.get(id).expect("open");
        let mut session = session.try_lock().expect("unlocked");
        session.touched = Instant::now().checked_sub(idle).expect("instant");
    }

    fn fill(sessions: &Sessions, id: &str) -> PathBuf {
        let session = sessions.get(id).expect("open");
        let session = session.try_lock().expect("unlocked");
        std::fs::write(&session.path, b"partial").expect("write");
        session.path.clone()
    }

    fn create(sessions: &Sessions, store: &Store) -> String {
        sessions
            .create(store, "repo")
            .expect("io")
            .expect("admitted")
    }

    #[test]
    fn a_full_registry_evicts_the_session_idle_the_longest() {
        let (_dir, store) = store();
        let sessions = Sessions::new(3, Duration::from_secs(3600));
        let [a, b, c] = [(); 3].map(|()| create(&sessions, &store));
        age(&sessions, &a, Duration::from_secs(30));
        age(&sessions, &b, Duration::from_secs(60));
        age(&sessions, &c, Duration::from_secs(10));
        let b_path = fill(&sessions, &b);
        let b_session = sessions.get(&b).expect("open");

        let d = create(&sessions, &store);
        assert!(sessions.get(&b).is_none(), "the oldest idle one is evicted");
        assert!(!b_path.exists(), "with its bytes");
        assert!(b_session.try_lock().expect("unlocked").closed);
        for kept in [&a, &c, &d] {
            assert!(sessions.get(kept).is_some());
        }
        assert_eq!(sessions.len(), 3);
    }

    #[test]
    fn a_session_in_use_is_never_evicted_and_all_busy_refuses() {
        let (dir, store) = store();
        let sessions = Sessions::new(2, Duration::from_secs(3600));
        let [a, b] = [(); 2].map(|()| create(&sessions, &store));
        age(&sessions, &a, Duration::from_secs(60));
        let a_session = sessions.get(&a).expect("open");
        let a_guard = a_session.try_lock().expect("unlocked");

        let c = create(&sessions, &store);
        assert!(sessions.get(&a).is_some(), "a request holds it");
        assert!(sessions.get(&b).is_none());

        let c_session = sessions.get(&c).expect("open");
        let c_guard = c_session.try_lock().expect("unlocked");
        assert_eq!(sessions.create(&store, "repo").expect("io"), None);
        let files = std::fs::read_dir(dir.path().join("uploads"))
            .expect("uploads")
            .count();
        assert_eq!(files, 2, "a refused upload leaves no file");
        drop((a_guard, c_guard));
    }

    #[test]
    fn idle_sessions_expire_with_their_bytes_and_fresh_or_busy_ones_stay() {
        let (_dir, store) = store();
        let sessions = Sessions::new(10, Duration::from_secs(600));
        let [old, fresh, busy] = [(); 3].map(|()| create(&sessions, &store));
        age(&sessions, &old, Duration::from_secs(601));
        age(&sessions, &fresh, Duration::from_secs(599));
        age(&sessions, &busy, Duration::from_secs(601));
        let old_path = fill(&sessions, &old);
        store.reserve(7).expect("room");
        sessions
            .get(&old)
            .expect("open")
            .try_lock()
            .expect("unlocked")
            .size = 7;
        let busy_session = sessions.get(&busy).expect("open");
        let busy_guard = busy_session.try_lock().expect("unlocked");

        assert_eq!(sessions.expire_idle(&store), 1);
        assert!(sessions.get(&old).is_none());
        assert!(!old_path.exists());
        assert!(sessions.get(&fresh).is_some());
        assert!(sessions.get(&busy).is_some(), "a request holds it");
        drop(busy_guard);
        assert_eq!(sessions.expire_idle(&store), 1, "once the request ends");
        assert!(sessions.get(&busy).is_none());
    }

    #[test]
    fn sweeps_come_at_most_half_a_timeout_or_a_minute_apart() {
        let interval = |secs| Sessions::new(1, Duration::from_secs(secs)).sweep_interval();
        assert_eq!(interval(2), Duration::from_secs(1));
        assert_eq!(interval(600), Duration::from_secs(60));
        assert_eq!(
            Sessions::new(1, Duration::ZERO).sweep_interval(),
            Duration::from_millis(10)
        );
        assert_eq!(Sessions::new(0, Duration::ZERO).max_sessions, 1);
    }
}
