//! The built-in `actions/cache`, `actions/cache/restore` and
//! `actions/cache/save`.
//!
//! GitHub keeps caches on its servers between runs; devpath keeps them in
//! its cache folder (`RunRequest::cache_dir`, by default
//! `$XDG_CACHE_HOME/devpath/actions-cache`, else
//! `~/.cache/devpath/actions-cache`): one folder per entry, with its files
//! and an `entry.json` (key, version, when it was made and last used,
//! size). As on GitHub:
//! - an entry's version is the hash of the `path` input, so an entry saved
//!   for other paths is never restored;
//! - a lookup tries the key, then each `restore-keys` in order, each first
//!   exactly and then as a prefix (the newest entry wins); `cache-hit` is
//!   true only for the key itself (compared without case);
//! - `actions/cache` saves at the job's end (its post step, `post-if:
//!   success()`), only when the job succeeded and the key did not hit; an
//!   entry is never replaced (a second save of a key is a warning).
//!
//! Unlike GitHub, caches are not scoped by branch (devpath runs one
//! repository's commits on one machine), and the folder is bounded by
//! [`CACHE_LIMIT_BYTES`]: after a save, the entries used least recently
//! go until the rest fits (GitHub evicts beyond 10 GB a repository).

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::artifact::home;
use super::glob::{self, Pattern};
use super::{ActionCall, Inputs, Post};
use crate::run::job::{JobRun, StepRun};

/// The most bytes devpath's action cache keeps (1 GiB): beyond it, the
/// least recently used entries are removed after each save.
pub(crate) const CACHE_LIMIT_BYTES: u64 = 1 << 30;

/// actions/cache's inputs.
pub(super) const INPUTS: Inputs = Inputs {
    supported: &[
        "path",
        "key",
        "restore-keys",
        "fail-on-cache-miss",
        "lookup-only",
    ],
    // Upload and archive settings of GitHub's cache service; save-always
    // is deprecated and no longer changes when the action saves.
    accepted: &["upload-chunk-size", "enableCrossOsArchive", "save-always"],
};

/// actions/cache/restore's inputs.
pub(super) const RESTORE_INPUTS: Inputs = Inputs {
    supported: &[
        "path",
        "key",
        "restore-keys",
        "fail-on-cache-miss",
        "lookup-only",
    ],
    accepted: &["enableCrossOsArchive"],
};

/// actions/cache/save's inputs.
pub(super) const SAVE_INPUTS: Inputs = Inputs {
    supported: &["path", "key"],
    accepted: &["upload-chunk-size", "enableCrossOsArchive"],
};

/// Which of the three actions runs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// `actions/cache`: restore now, save in the post step.
    Both,
    Restore,
    Save,
}

/// What a save left for the job's end.
pub(crate) struct PendingSave {
    pub(super) key: String,
    pub(super) paths: String,
    /// The key restored, if any: no save when it is the key itself.
    pub(super) matched: Option<String>,
    pub(super) home: PathBuf,
    pub(super) number: usize,
}

/// One entry's `entry.json`.
#[derive(Serialize, Deserialize, Clone)]
struct Meta {
    key: String,
    version: String,
    /// Nanoseconds since the epoch when it was saved.
    created: u128,
    /// … and last restored (or saved): what eviction goes by.
    used: u128,
    size: u64,
}

impl JobRun<'_, '_> {
    pub(super) fn cache(&mut self, call: &ActionCall<'_>, mode: Mode) -> Result<StepRun, String> {
        super::artifact::refused_version(call)?;
        let key = call.input("key").unwrap_or_default().trim().to_string();
        if key.is_empty() {
            return Err(call.fail("Input required and not supplied: key"));
        }
        let paths = call.input("path").unwrap_or_default().to_string();
        if paths.trim().is_empty() {
            return Err(call.fail("Input required and not supplied: path"));
        }
        let restore_keys = call.list_lines("restore-keys");
        for k in std::iter::once(&key).chain(&restore_keys) {
            check_key(k).map_err(|m| call.fail(&m))?;
        }
        if restore_keys.len() + 1 > 10 {
            return Err(call.fail("Key Validation Error: Keys are limited to a maximum of 10."));
        }
        let number = call.number;
        if mode == Mode::Save {
            self.save_cache(&key, &paths, &home(call), number);
            return Ok(StepRun::success());
        }
        let fail_on_miss = call.flag("fail-on-cache-miss", false)?;
        let lookup_only = call.flag("lookup-only", false)?;
        let store = self.cache_store();
        let version = version(&paths);
        let mut step = StepRun::success();
        if mode == Mode::Restore {
            step.outputs.insert("cache-primary-key".into(), key.clone());
        }
        let mut keys = vec![key.clone()];
        keys.extend(restore_keys);
        let found = store.lookup(&version, &keys);
        let matched = match found {
            None => {
                if fail_on_miss {
                    return Err(call.fail(&format!(
                        "Failed to restore cache entry. Exiting as fail-on-cache-miss is set. Input key: {key}"
                    )));
                }
                self.run.log(
                    &self.job.id,
                    number,
                    &format!("Cache not found for input keys: {}", keys.join(", ")),
                );
                None
            }
            Some((dir, meta)) => {
                if lookup_only {
                    self.run.log(
                        &self.job.id,
                        number,
                        &format!("Cache found and can be restored from key: {}", meta.key),
                    );
                } else {
                    store.restore(&dir, &meta, &self.workspace).map_err(|e| {
                        call.fail(&i18n::t!(
                            "workflow-cache-restore-failed",
                            path = dir.display().to_string(),
                            error = e.to_string()
                        ))
                    })?;
                    self.run.log(
                        &self.job.id,
                        number,
                        &format!(
                            "Cache Size: ~{} MB ({} B)",
                            meta.size.div_ceil(1 << 20),
                            meta.size
                        ),
                    );
                    self.run.log(
                        &self.job.id,
                        number,
                        &format!("Cache restored from key: {}", meta.key),
                    );
                }
                let hit = meta.key.eq_ignore_ascii_case(&key);
                step.outputs.insert("cache-hit".into(), hit.to_string());
                if mode == Mode::Restore {
                    step.outputs
                        .insert("cache-matched-key".into(), meta.key.clone());
                }
                Some(meta.key)
            }
        };
        if mode == Mode::Both {
            self.post.push(Post::CacheSave(PendingSave {
                key,
                paths,
                matched,
                home: home(call),
                number,
            }));
        }
        Ok(step)
    }

    /// actions/cache's post step: it runs only when the job succeeded
    /// (`post-if: success()`: not after a failure or a cancellation), and
    /// saves unless the key itself hit.
    pub(super) fn cache_post(&mut self, pending: PendingSave) {
        if self.failed || self.cancelled_while_running() {
            return;
        }
        if pending
            .matched
            .as_deref()
            .is_some_and(|m| m.eq_ignore_ascii_case(&pending.key))
        {
            self.run.log(
                &self.job.id,
                pending.number,
                &format!(
                    "Cache hit occurred on the primary key {}, not saving cache.",
                    pending.key
                ),
            );
            return;
        }
        self.save_cache(&pending.key, &pending.paths, &pending.home, pending.number);
    }

    /// Saves the files `paths` selects under `key`; whatever goes wrong is
    /// a warning, as in the action (a cache is an optimisation).
    fn save_cache(&mut self, key: &str, paths: &str, home: &Path, number: usize) {
        let patterns = Pattern::parse_all(paths, &self.workspace, home);
        let (files, _) = glob::find_files(&patterns, true);
        let store = self.cache_store();
        let message = if files.is_empty() {
            "Warning: Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved.".to_string()
        } else {
            match store.save(
                &version(paths),
                key,
                &files,
                &self.workspace,
                CACHE_LIMIT_BYTES,
            ) {
                Ok(evicted) => {
                    let mut m = format!("Cache saved with key: {key}");
                    if evicted > 0 {
                        m += &format!(
                            " {}",
                            i18n::t!(
                                "workflow-cache-evicted",
                                count = evicted,
                                limit = (CACHE_LIMIT_BYTES >> 20).to_string(),
                                dir = store.dir.display().to_string()
                            )
                        );
                    }
                    m
                }
                Err(e) => format!("Warning: Failed to save: {e}"),
            }
        };
        self.run.log(&self.job.id, number, &message);
    }

    fn cache_store(&self) -> Store {
        let req = self.run.req;
        let root = req.cache_dir.clone().unwrap_or_else(default_cache_dir);
        Store {
            dir: root.join("actions-cache"),
        }
    }
}

impl ActionCall<'_> {
    /// A list input of one item a line (`restore-keys`, as the action's
    /// `getInputAsArray`: trimmed, empty lines dropped).
    fn list_lines(&self, name: &str) -> Vec<String> {
        self.input(name)
            .unwrap_or_default()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }
}

/// devpath's own cache folder, as the XDG base directories say.
fn default_cache_dir() -> PathBuf {
    let xdg = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute());
    match xdg {
        Some(dir) => dir.join("devpath"),
        None => std::env::var_os("HOME")
            .map_or_else(std::env::temp_dir, PathBuf::from)
            .join(".cache/devpath"),
    }
}

/// The toolkit's `checkKey`.
fn check_key(key: &str) -> Result<(), String> {
    if key.len() > 512 {
        return Err(format!(
            "Key Validation Error: {key} cannot be larger than 512 characters."
        ));
    }
    if key.contains(',') {
        return Err(format!(
            "Key Validation Error: {key} cannot contain commas."
        ));
    }
    Ok(())
}

/// An entry's version: the paths as written, as the toolkit's
/// `getCacheVersion` hashes them (with its compression method).
fn version(paths: &str) -> String {
    let lines: Vec<&str> = paths
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut hash = Sha256::new();
    hash.update(lines.join("|"));
    hash.update("|zstd-without-long|1.0");
    format!("{:x}", hash.finalize())
}

fn now() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos())
}

/// The entries on disk.
struct Store {
    dir: PathBuf,
}

impl Store {
    fn entries(&self) -> Vec<(PathBuf, Meta)> {
        let Ok(read) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        read.flatten()
            .map(|e| e.path())
            .filter_map(|dir| {
                let text = fs::read_to_string(dir.join("entry.json")).ok()?;
                let meta: Meta = serde_json::from_str(&text).ok()?;
                Some((dir, meta))
            })
            .collect()
    }

    /// The entry for the first key that matches, exactly or as a prefix.
    fn lookup(&self, version: &str, keys: &[String]) -> Option<(PathBuf, Meta)> {
        let entries: Vec<(PathBuf, Meta)> = self
            .entries()
            .into_iter()
            .filter(|(_, m)| m.version == version)
            .collect();
        keys.iter().find_map(|key| {
            entries
                .iter()
                .find(|(_, m)| m.key == *key)
                .or_else(|| {
                    entries
                        .iter()
                        .filter(|(_, m)| m.key.starts_with(key.as_str()))
                        .max_by_key(|(_, m)| m.created)
                })
                .cloned()
        })
    }

    /// Copies an entry's files back, and marks it used.
    fn restore(&self, dir: &Path, meta: &Meta, workspace: &Path) -> std::io::Result<()> {
        copy_into(&dir.join("files/w"), workspace)?;
        copy_into(&dir.join("files/a"), Path::new("/"))?;
        let used = Meta {
            used: now(),
            ..meta.clone()
        };
        fs::write(dir.join("entry.json"), serde_json::to_string(&used)?)
    }

    /// Saves `files` under `key` and evicts beyond `limit`; the number of
    /// entries evicted.
    fn save(
        &self,
        version: &str,
        key: &str,
        files: &[PathBuf],
        workspace: &Path,
        limit: u64,
    ) -> Result<usize, String> {
        let mut id = Sha256::new();
        id.update(version);
        id.update([0]);
        id.update(key);
        let dir = self.dir.join(format!("{:x}", id.finalize()));
        let taken = format!(
            "Unable to reserve cache with key {key}, another job may be creating this cache."
        );
        if dir.exists() {
            return Err(taken);
        }
        let temp = self
            .dir
            .join(format!(".saving-{}-{}", std::process::id(), now()));
        let written = (|| -> std::io::Result<u64> {
            let mut size = 0;
            for file in files {
                let to = match file.strip_prefix(workspace) {
                    Ok(rel) => temp.join("files/w").join(rel),
                    Err(_) => temp
                        .join("files/a")
                        .join(file.strip_prefix("/").unwrap_or(file)),
                };
                if let Some(parent) = to.parent() {
                    fs::create_dir_all(parent)?;
                }
                size += fs::copy(file, &to)?;
            }
            let stamp = now();
            let meta = Meta {
                key: key.to_string(),
                version: version.to_string(),
                created: stamp,
                used: stamp,
                size,
            };
            fs::write(temp.join("entry.json"), serde_json::to_string(&meta)?)?;
            Ok(size)
        })();
        let size = match written {
            Ok(size) => size,
            Err(e) => {
                let _ = fs::remove_dir_all(&temp);
                return Err(i18n::t!(
                    "workflow-cannot-write-to",
                    path = self.dir.display().to_string(),
                    error = e.to_string()
                ));
            }
        };
        if size > limit {
            let _ = fs::remove_dir_all(&temp);
            return Err(i18n::t!(
                "workflow-cache-too-big",
                size = size.to_string(),
                limit = limit.to_string()
            ));
        }
        if fs::rename(&temp, &dir).is_err() {
            let _ = fs::remove_dir_all(&temp);
            return Err(taken);
        }
        Ok(self.evict(limit))
    }

    /// Removes the least recently used entries until the rest fit in
    /// `limit` bytes.
    fn evict(&self, limit: u64) -> usize {
        let mut entries = self.entries();
        entries.sort_by_key(|(_, m)| m.used);
        let mut total: u64 = entries.iter().map(|(_, m)| m.size).sum();
        let mut evicted = 0;
        for (dir, meta) in entries {
            if total <= limit {
                break;
            }
            if fs::remove_dir_all(&dir).is_ok() {
                total -= meta.size;
                evicted += 1;
            }
        }
        evicted
    }
}

/// Copies the tree under `from` over `to` (nothing when `from` is absent).
fn copy_into(from: &Path, to: &Path) -> std::io::Result<()> {
    if !from.exists() {
        return Ok(());
    }
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            fs::create_dir_all(&target)?;
            copy_into(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Mutex;

    use super::{Store, version};
    use crate::run::testing::{Ran, push, request};
    use crate::{JobResult, parse_workflow};

    /// Runs `src` with its cache in `cache`, shared between calls.
    fn run_cached(src: &str, cache: &Path) -> Ran {
        let dir = tempfile::tempdir().unwrap();
        let parsed = parse_workflow("ci.yml", src).unwrap();
        let mut req = request(dir.path(), push());
        req.cache_dir = Some(cache.to_path_buf());
        let events = Mutex::new(Vec::new());
        let report =
            crate::execute(&parsed.workflow, &req, &|e| events.lock().unwrap().push(e)).unwrap();
        Ran {
            report,
            events: events.into_inner().unwrap(),
            _dir: dir,
        }
    }

    fn workflow(key: &str, script: &str) -> String {
        format!(
            r#"on: push
jobs:
  a:
    runs-on: x
    steps:
      - id: c
        uses: actions/cache@v4
        with:
          path: |
            deps
          key: {key}
          restore-keys: |
            deps-
      - run: echo "hit=[${{{{ steps.c.outputs.cache-hit }}}}]"; {script}
"#
        )
    }

    #[test]
    fn a_miss_saves_at_the_end_an_exact_hit_does_not_and_a_prefix_restores() {
        let cache = tempfile::tempdir().unwrap();
        let first = run_cached(
            &workflow("deps-1", "mkdir -p deps && echo one > deps/lib.txt"),
            cache.path(),
        );
        assert_eq!(
            first.result("a"),
            JobResult::Success,
            "{:?}",
            first.logs("a")
        );
        assert_eq!(
            first.logs("a"),
            [
                "Cache not found for input keys: deps-1, deps-",
                "hit=[]",
                "Cache saved with key: deps-1"
            ]
        );
        let second = run_cached(&workflow("deps-1", "cat deps/lib.txt"), cache.path());
        let logs = second.logs("a");
        assert!(
            logs.contains(&"Cache restored from key: deps-1".to_string()),
            "{logs:?}"
        );
        assert!(
            logs.ends_with(&[
                "hit=[true]".into(),
                "one".into(),
                "Cache hit occurred on the primary key deps-1, not saving cache.".into()
            ]),
            "{logs:?}"
        );
        // Another key: the restore key finds deps-1 as a prefix match.
        let third = run_cached(&workflow("deps-2", "cat deps/lib.txt"), cache.path());
        let logs = third.logs("a");
        assert!(logs.contains(&"hit=[false]".to_string()), "{logs:?}");
        assert_eq!(logs.last().unwrap(), "Cache saved with key: deps-2");
        // The newest entry wins a prefix match.
        let fourth = run_cached(&workflow("deps-3", "true"), cache.path());
        assert!(
            fourth
                .logs("a")
                .contains(&"Cache restored from key: deps-2".to_string()),
            "{:?}",
            fourth.logs("a")
        );
        // Other paths are another version: nothing is restored.
        let other = run_cached(
            "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/cache@v4\n        with: {path: other, key: deps-1}\n",
            cache.path(),
        );
        assert_eq!(other.logs("a")[0], "Cache not found for input keys: deps-1");
    }

    #[test]
    fn a_failed_job_saves_nothing() {
        let cache = tempfile::tempdir().unwrap();
        let ran = run_cached(
            &workflow("k", "mkdir deps && echo x > deps/f && exit 1"),
            cache.path(),
        );
        assert_eq!(ran.result("a"), JobResult::Failure);
        assert!(
            !ran.logs("a").iter().any(|l| l.contains("Cache saved")),
            "{:?}",
            ran.logs("a")
        );
        let again = run_cached(&workflow("k", "true"), cache.path());
        assert_eq!(
            again.logs("a")[0],
            "Cache not found for input keys: k, deps-"
        );
    }

    #[test]
    fn restore_and_save_apart_with_their_outputs() {
        let cache = tempfile::tempdir().unwrap();
        let src = r#"on: push
jobs:
  a:
    runs-on: x
    steps:
      - id: r
        uses: actions/cache/restore@v4
        with: {path: out, key: 'build-${{ github.sha }}', restore-keys: build-}
      - run: echo "[${{ steps.r.outputs.cache-hit }}][${{ steps.r.outputs.cache-primary-key != '' }}][${{ steps.r.outputs.cache-matched-key }}]"
      - run: mkdir -p out && echo built > out/f
      - uses: actions/cache/save@v4
        with: {path: out, key: 'build-${{ github.sha }}'}
      - uses: actions/cache/save@v4
        with: {path: out, key: 'build-${{ github.sha }}'}
      - uses: actions/cache/restore@v4
        with: {path: out, key: nothing, fail-on-cache-miss: true}
"#;
        let ran = run_cached(src, cache.path());
        let logs = ran.logs("a");
        assert_eq!(logs[1], "[][true][]", "{logs:?}");
        let key = format!("build-{}", "a".repeat(40));
        assert_eq!(logs[2], format!("Cache saved with key: {key}"));
        assert_eq!(
            logs[3],
            format!(
                "Warning: Failed to save: Unable to reserve cache with key {key}, another job may be creating this cache."
            )
        );
        assert!(logs[4].ends_with("Failed to restore cache entry. Exiting as fail-on-cache-miss is set. Input key: nothing"), "{logs:?}");
        assert_eq!(ran.result("a"), JobResult::Failure);
        let again = run_cached(src, cache.path());
        assert_eq!(again.logs("a")[2], format!("[true][true][{key}]"));
    }

    #[test]
    fn a_key_with_a_comma_is_refused() {
        let cache = tempfile::tempdir().unwrap();
        let ran = run_cached(&workflow("a,b", "true"), cache.path());
        assert_eq!(ran.result("a"), JobResult::Failure);
        assert!(
            ran.logs("a")[0].ends_with("Key Validation Error: a,b cannot contain commas."),
            "{:?}",
            ran.logs("a")
        );
    }

    #[test]
    fn the_least_recently_used_entries_go_beyond_the_bound() {
        let dir = tempfile::tempdir().unwrap();
        let work = dir.path().join("w");
        std::fs::create_dir_all(&work).unwrap();
        let file = work.join("f");
        std::fs::write(&file, "0123456789").unwrap();
        let store = Store {
            dir: dir.path().join("cache"),
        };
        let v = version("f");
        let files = [file];
        assert_eq!(store.save(&v, "k1", &files, &work, 25), Ok(0));
        assert_eq!(store.save(&v, "k2", &files, &work, 25), Ok(0));
        // k1 is used again, so k2 is now the least recently used.
        let (found, meta) = store.lookup(&v, &["k1".into()]).unwrap();
        store.restore(&found, &meta, &work).unwrap();
        assert_eq!(store.save(&v, "k3", &files, &work, 25), Ok(1));
        let mut left: Vec<String> = store.entries().into_iter().map(|(_, m)| m.key).collect();
        left.sort();
        assert_eq!(left, ["k1", "k3"]);
        // An entry larger than the bound is not kept.
        assert!(store.save(&v, "k4", &files, &work, 5).is_err());
    }
}
