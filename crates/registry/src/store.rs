//! The content-addressed store on disk.
//!
//! ```text
//! ROOT/blobs/sha256/ab/<hex>                           blob and manifest bytes
//! ROOT/repositories/<name>/_layers/sha256/<hex>        blob visible in <name>
//! ROOT/repositories/<name>/_manifests/revisions/sha256/<hex>  manifest in <name> (holds its media type)
//! ROOT/repositories/<name>/_manifests/tags/<tag>       the tag's digest
//! ROOT/repositories/<name>/_referrers/sha256/<subject hex>/<algo>-<hex>  referrer descriptors
//! ROOT/uploads/<id>                                    upload sessions being received
//! ROOT/tmp/<random>                                    small files before their rename
//! ROOT/events.jsonl                                    one line per push event
//! ROOT/lock                                            locked while a registry uses ROOT
//! ```
//!
//! Every file that readers can see appears by an atomic rename from
//! `uploads/` or `tmp/` (same file system), so a crash leaves either the old
//! state or the new one, never half a file. `uploads/` and `tmp/` are emptied
//! when the store opens. Paths are only built from values that passed the
//! matchers in [`super::names`].
//!
//! All methods block on the file system; the server calls them from
//! blocking threads.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::names::{Digest, is_valid_tag};

/// The on-disk store of one registry.
#[derive(Debug)]
pub(crate) struct Store {
    root: PathBuf,
    max_total_bytes: u64,
    used_bytes: AtomicU64,
    counter: AtomicU64,
    /// Held (locked) while the store is open: two registries on one root
    /// would delete each other's uploads.
    _lock: fs::File,
}

/// The total-size limit was reached.
#[derive(Debug, Clone, Copy)]
pub(crate) struct StoreFull {
    /// The configured limit, in bytes.
    pub limit: u64,
}

impl Store {
    /// Opens (creating it if needed) the store at `root`, removes what a
    /// crash left in `uploads/` and `tmp/`, and counts the bytes stored.
    /// Fails with [`io::ErrorKind::WouldBlock`] when another registry has
    /// the folder open (the lock goes away with its process, even killed).
    pub(crate) fn open(root: &Path, max_total_bytes: u64) -> io::Result<Store> {
        fs::create_dir_all(root)?;
        let lock = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(root.join("lock"))?;
        if let Err(error) = lock.try_lock() {
            return Err(match error {
                fs::TryLockError::WouldBlock => io::Error::new(
                    io::ErrorKind::WouldBlock,
                    "another registry is using this folder",
                ),
                fs::TryLockError::Error(error) => error,
            });
        }
        for dir in ["blobs", "repositories"] {
            fs::create_dir_all(root.join(dir))?;
        }
        for dir in ["uploads", "tmp"] {
            let path = root.join(dir);
            if path.exists() {
                fs::remove_dir_all(&path)?;
            }
            fs::create_dir_all(&path)?;
        }
        let store = Store {
            root: root.to_path_buf(),
            max_total_bytes,
            used_bytes: AtomicU64::new(0),
            counter: AtomicU64::new(0),
            _lock: lock,
        };
        let used = dir_size(&root.join("blobs"))?;
        store.used_bytes.store(used, Ordering::SeqCst);
        Ok(store)
    }

    /// The store's root folder.
    pub(crate) fn root(&self) -> &Path {
        &self.root
    }

    /// Counts `bytes` more against the total-size limit, or refuses.
    pub(crate) fn reserve(&self, bytes: u64) -> Result<(), StoreFull> {
        let before = self.used_bytes.fetch_add(bytes, Ordering::SeqCst);
        if before.saturating_add(bytes) > self.max_total_bytes {
            self.used_bytes.fetch_sub(bytes, Ordering::SeqCst);
            return Err(StoreFull {
                limit: self.max_total_bytes,
            });
        }
        Ok(())
    }

    /// Gives back bytes counted by [`Store::reserve`].
    pub(crate) fn release(&self, bytes: u64) {
        let _ = self
            .used_bytes
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |used| {
                Some(used.saturating_sub(bytes))
            });
    }

    /// A fresh random id: 32 lowercase hex characters.
    pub(crate) fn new_id(&self) -> String {
        let mut bytes = [0u8; 16];
        let random = fs::File::open("/dev/urandom")
            .and_then(|mut f| io::Read::read_exact(&mut f, &mut bytes));
        if random.is_err() {
            // No /dev/urandom: time, process and a counter are unique enough
            // for ids that only need to be unique.
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or_default();
            let seed = format!(
                "{now}-{}-{}",
                std::process::id(),
                self.counter.fetch_add(1, Ordering::SeqCst)
            );
            let digest = Digest::sha256_of(seed.as_bytes());
            return digest.hex()[..32].to_string();
        }
        hex::encode(bytes)
    }

    /// Where a blob's bytes live.
    pub(crate) fn blob_path(&self, digest: &Digest) -> PathBuf {
        let hex = digest.hex();
        self.root
            .join("blobs")
            .join(digest.algorithm().as_str())
            .join(&hex[..2])
            .join(hex)
    }

    /// Where an upload session's bytes are received.
    pub(crate) fn upload_path(&self, id: &str) -> PathBuf {
        self.root.join("uploads").join(id)
    }

    fn repo_dir(&self, name: &str) -> PathBuf {
        self.root.join("repositories").join(name)
    }

    fn layer_link(&self, name: &str, digest: &Digest) -> PathBuf {
        self.repo_dir(name)
            .join("_layers")
            .join(digest.algorithm().as_str())
            .join(digest.hex())
    }

    fn revision_link(&self, name: &str, digest: &Digest) -> PathBuf {
        self.repo_dir(name)
            .join("_manifests/revisions")
            .join(digest.algorithm().as_str())
            .join(digest.hex())
    }

    fn tags_dir(&self, name: &str) -> PathBuf {
        self.repo_dir(name).join("_manifests/tags")
    }

    fn referrers_dir(&self, name: &str, subject: &Digest) -> PathBuf {
        self.repo_dir(name)
            .join("_referrers")
            .join(subject.algorithm().as_str())
            .join(subject.hex())
    }

    /// Writes `bytes` to `path` through `tmp/` and a rename.
    pub(crate) fn write_atomic(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        let tmp = self.root.join("tmp").join(self.new_id());
        let result = fs::File::create(&tmp)
            .and_then(|mut file| file.write_all(bytes))
            .and_then(|()| fs::rename(&tmp, path));
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }

    /// Does the blob exist at all (in any repository)?
    pub(crate) fn blob_size(&self, digest: &Digest) -> io::Result<Option<u64>> {
        match fs::metadata(self.blob_path(digest)) {
            Ok(meta) => Ok(Some(meta.len())),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The blob's size if it is visible in repository `name`.
    pub(crate) fn blob_size_in(&self, name: &str, digest: &Digest) -> io::Result<Option<u64>> {
        if !self.layer_link(name, digest).is_file() {
            return Ok(None);
        }
        self.blob_size(digest)
    }

    /// Makes an existing blob visible in repository `name`.
    pub(crate) fn link_blob(&self, name: &str, digest: &Digest) -> io::Result<()> {
        let link = self.layer_link(name, digest);
        if link.is_file() {
            return Ok(());
        }
        self.write_atomic(&link, digest.as_str().as_bytes())
    }

    /// Hides a blob from repository `name`; false if it was not visible.
    pub(crate) fn unlink_blob(&self, name: &str, digest: &Digest) -> io::Result<bool> {
        remove_if_present(&self.layer_link(name, digest))
    }

    /// Moves a fully received upload into the blob store under `digest`.
    /// Returns false when the blob was already there (the upload's bytes
    /// are then dropped; the caller releases their reservation).
    pub(crate) fn commit_upload(&self, staged: &Path, digest: &Digest) -> io::Result<bool> {
        let path = self.blob_path(digest);
        if path.is_file() {
            fs::remove_file(staged)?;
            return Ok(false);
        }
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        // Two uploads of the same blob may race here: renaming over an
        // identical file is harmless.
        fs::rename(staged, &path)?;
        Ok(true)
    }

    /// Stores a verified manifest in repository `name` and points `tags` at it.
    pub(crate) fn put_manifest(
        &self,
        name: &str,
        digest: &Digest,
        media_type: &str,
        bytes: &[u8],
        tags: &[String],
        referrer: Option<(&Digest, &serde_json::Value)>,
    ) -> io::Result<()> {
        let blob = self.blob_path(digest);
        if !blob.is_file() {
            self.write_atomic(&blob, bytes)?;
        }
        self.write_atomic(&self.revision_link(name, digest), media_type.as_bytes())?;
        if let Some((subject, descriptor)) = referrer {
            let path = self.referrers_dir(name, subject).join(format!(
                "{}-{}",
                digest.algorithm().as_str(),
                digest.hex()
            ));
            self.write_atomic(&path, descriptor.to_string().as_bytes())?;
        }
        for tag in tags {
            self.write_atomic(&self.tags_dir(name).join(tag), digest.as_str().as_bytes())?;
        }
        Ok(())
    }

    /// The digest a tag points to in `name`.
    pub(crate) fn tag_digest(&self, name: &str, tag: &str) -> io::Result<Option<Digest>> {
        match fs::read_to_string(self.tags_dir(name).join(tag)) {
            Ok(text) => Ok(Digest::parse(text.trim())),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The media type and bytes of manifest `digest` in `name`.
    pub(crate) fn manifest(
        &self,
        name: &str,
        digest: &Digest,
    ) -> io::Result<Option<(String, Vec<u8>)>> {
        let media_type = match fs::read_to_string(self.revision_link(name, digest)) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        match fs::read(self.blob_path(digest)) {
            Ok(bytes) => Ok(Some((media_type, bytes))),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Is manifest `digest` in repository `name`?
    pub(crate) fn has_manifest(&self, name: &str, digest: &Digest) -> bool {
        self.revision_link(name, digest).is_file()
    }

    /// Removes a tag; false if it did not exist.
    pub(crate) fn delete_tag(&self, name: &str, tag: &str) -> io::Result<bool> {
        remove_if_present(&self.tags_dir(name).join(tag))
    }

    /// Removes manifest `digest` from `name` with the tags pointing to it and
    /// its referrer record; false if it was not there.
    pub(crate) fn delete_manifest(
        &self,
        name: &str,
        digest: &Digest,
        subject: Option<&Digest>,
    ) -> io::Result<bool> {
        if !remove_if_present(&self.revision_link(name, digest))? {
            return Ok(false);
        }
        for tag in self.tags(name)?.unwrap_or_default() {
            if self.tag_digest(name, &tag)?.as_ref() == Some(digest) {
                self.delete_tag(name, &tag)?;
            }
        }
        if let Some(subject) = subject {
            let path = self.referrers_dir(name, subject).join(format!(
                "{}-{}",
                digest.algorithm().as_str(),
                digest.hex()
            ));
            remove_if_present(&path)?;
        }
        Ok(true)
    }

    /// Does repository `name` exist (anything was pushed to it)?
    pub(crate) fn repo_exists(&self, name: &str) -> bool {
        self.repo_dir(name).is_dir()
    }

    /// The tags of `name`, sorted; `None` if the repository is unknown.
    pub(crate) fn tags(&self, name: &str) -> io::Result<Option<Vec<String>>> {
        if !self.repo_exists(name) {
            return Ok(None);
        }
        let mut tags = Vec::new();
        match fs::read_dir(self.tags_dir(name)) {
            Ok(entries) => {
                for entry in entries {
                    let entry = entry?;
                    if let Some(tag) = entry.file_name().to_str()
                        && is_valid_tag(tag)
                    {
                        tags.push(tag.to_string());
                    }
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        tags.sort();
        Ok(Some(tags))
    }

    /// All repositories holding at least one manifest, sorted.
    pub(crate) fn catalog(&self) -> io::Result<Vec<String>> {
        let mut names = Vec::new();
        collect_repos(&self.root.join("repositories"), "", &mut names)?;
        names.sort();
        Ok(names)
    }

    /// The referrer descriptors recorded for `subject` in `name`.
    pub(crate) fn referrers(
        &self,
        name: &str,
        subject: &Digest,
    ) -> io::Result<Vec<serde_json::Value>> {
        let mut found = Vec::new();
        let entries = match fs::read_dir(self.referrers_dir(name, subject)) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(found),
            Err(e) => return Err(e),
        };
        for entry in entries {
            let text = fs::read_to_string(entry?.path())?;
            if let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) {
                found.push(value);
            }
        }
        found.sort_by(|a, b| a["digest"].as_str().cmp(&b["digest"].as_str()));
        Ok(found)
    }

    /// Appends one line to `events.jsonl`.
    pub(crate) fn append_event(&self, line: &str) -> io::Result<()> {
        let mut file = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.root.join("events.jsonl"))?;
        file.write_all(format!("{line}\n").as_bytes())
    }

    /// How many events earlier runs recorded (numbering goes on from there).
    pub(crate) fn recorded_events(&self) -> u64 {
        fs::read_to_string(self.root.join("events.jsonl"))
            .map(|text| text.lines().count() as u64)
            .unwrap_or(0)
    }
}

fn remove_if_present(path: &Path) -> io::Result<bool> {
    match fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

fn dir_size(dir: &Path) -> io::Result<u64> {
    let mut total = 0;
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        if kind.is_dir() {
            total += dir_size(&entry.path())?;
        } else if kind.is_file() {
            total += entry.metadata()?.len();
        }
    }
    Ok(total)
}

/// Repositories are the folders holding a `_manifests` folder; the walk
/// never enters the `_…` folders themselves.
fn collect_repos(dir: &Path, prefix: &str, names: &mut Vec<String>) -> io::Result<()> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    for entry in entries {
        let entry = entry?;
        if !entry.file_type()?.is_dir() {
            continue;
        }
        let Some(component) = entry.file_name().to_str().map(str::to_string) else {
            continue;
        };
        if component.starts_with('_') {
            continue;
        }
        let name = if prefix.is_empty() {
            component
        } else {
            format!("{prefix}/{component}")
        };
        if entry.path().join("_manifests/revisions").is_dir() {
            names.push(name.clone());
        }
        collect_repos(&entry.path(), &name, names)?;
    }
    Ok(())
}
