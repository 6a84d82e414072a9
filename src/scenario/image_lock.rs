//! One lock, shared by every devpath run of this user on this machine,
//! between `docker build` and the removal of a run's images.
//!
//! The engine's build cache is shared: a build in one run may take a
//! cached layer ("Using cache ---> 6df263ad9225") that another run's build
//! created, while that other run, ending, removes its image and with it the
//! untagged layers beneath it. The first build then fails with "unknown
//! parent image ID" or "failed to get digest": a right answer judged wrong
//! because two runs overlapped (`dev check --jobs`, two terminals).
//!
//! So a run's `docker` wrapper holds this lock shared for the length of a
//! build (`flock -s`), and a run's cleanup holds it exclusively while it
//! removes images: a removal waits for the builds in progress, and the
//! layers they used are then held by their new images. Builds never wait
//! for each other. The lock is a file in `/tmp/devpath-locks-<uid>/` (not
//! under `TMPDIR`, which may differ between runs), in a folder only this
//! user may open.

use std::fs::File;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// How long a cleanup waits for builds in progress before it removes the
/// run's images anyway (a build is bounded by its own run's time limit).
const WAIT: Duration = Duration::from_secs(30);

/// The lock file's path; its folder is created private (0700). None when
/// the folder can't be made, or belongs to someone else: runs then go
/// without the lock, as before.
pub(crate) fn path() -> Option<PathBuf> {
    use std::os::unix::fs::{DirBuilderExt as _, MetadataExt as _};
    let uid = std::fs::metadata("/proc/self").ok()?.uid();
    let dir = PathBuf::from(format!("/tmp/devpath-locks-{uid}"));
    let _ = std::fs::DirBuilder::new().mode(0o700).create(&dir);
    let meta = std::fs::symlink_metadata(&dir).ok()?;
    if !meta.is_dir() || meta.uid() != uid || meta.mode() & 0o077 != 0 {
        return None;
    }
    Some(dir.join("docker-images.lock"))
}

/// The lock held exclusively; released when dropped.
pub(crate) struct Exclusive {
    _file: File,
}

/// Takes the lock exclusively: waits for the builds in progress (at most
/// [`WAIT`]). None when there is no lock file or the wait ran out.
pub(crate) fn exclusive() -> Option<Exclusive> {
    let path = path()?;
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .ok()?;
    let started = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Some(Exclusive { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) if started.elapsed() < WAIT => {
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(_) => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_removal_waits_for_a_build_that_holds_the_lock_shared() {
        let path = path().expect("a private lock folder in /tmp");
        let build = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .unwrap();
        build.lock_shared().unwrap();
        let waiter = std::thread::spawn(|| {
            let started = Instant::now();
            let lock = exclusive();
            (lock.is_some(), started.elapsed())
        });
        std::thread::sleep(Duration::from_millis(300));
        build.unlock().unwrap();
        let (locked, waited) = waiter.join().unwrap();
        assert!(locked);
        assert!(waited >= Duration::from_millis(250), "{waited:?}");
    }
}
