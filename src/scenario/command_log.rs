//! Where the run's `docker` wrapper sends each command line: a named pipe
//! that devpath reads into memory, not a file. A `docker login -p TOKEN`
//! must be caught by the leak check, but its token must never land on
//! disk, even in a private folder for the length of a run.
//!
//! The wrapper writes one record per command: its arguments, each ending in
//! NUL, with one `printf` (a pipe write of up to 4 KiB is atomic, so an
//! argument is never split by another command's), then `\x1e\n`.

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// The most a run's command lines may take in memory; beyond it, the
/// oldest are kept (a secret is usually passed early, at the login).
const LIMIT: usize = 8 * 1024 * 1024;

/// The named pipe and the thread reading it.
pub(crate) struct CommandLog {
    path: PathBuf,
    text: Arc<Mutex<Vec<u8>>>,
    stop: Arc<AtomicBool>,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl CommandLog {
    /// Creates the named pipe `path` (0600) and starts reading it.
    pub(crate) fn start(path: &Path) -> std::io::Result<CommandLog> {
        mkfifo(path)?;
        // Read and write: the pipe always has a writer, so a read waits for
        // the next command instead of ending when one wrapper closes it.
        let mut pipe = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)?;
        let text = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let reader = {
            let text = text.clone();
            let stop = stop.clone();
            std::thread::spawn(move || {
                let mut buffer = [0u8; 4096];
                while let Ok(n) = pipe.read(&mut buffer) {
                    if n == 0 || stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let mut text = text.lock().unwrap_or_else(|p| p.into_inner());
                    if text.len() + n <= LIMIT {
                        text.extend_from_slice(&buffer[..n]);
                    }
                }
            })
        };
        Ok(CommandLog {
            path: path.to_path_buf(),
            text,
            stop,
            reader: Some(reader),
        })
    }

    /// The pipe the wrapper writes to.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// The docker command lines recorded so far, one `Vec` of arguments
    /// each.
    pub(crate) fn commands(&self) -> Vec<Vec<String>> {
        let text = self.text.lock().unwrap_or_else(|p| p.into_inner());
        text.split(|b| *b == 0x1e)
            .map(|record| {
                record
                    .split(|b| *b == 0)
                    .map(|arg| {
                        String::from_utf8_lossy(arg)
                            .trim_start_matches('\n')
                            .to_string()
                    })
                    .filter(|a| !a.is_empty())
                    .collect::<Vec<_>>()
            })
            .filter(|args| !args.is_empty())
            .collect()
    }
}

impl Drop for CommandLog {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the reader with one byte, then wait for it.
        if let Ok(mut pipe) = std::fs::OpenOptions::new().write(true).open(&self.path) {
            let _ = pipe.write_all(b"\n");
        }
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
        let _ = std::fs::remove_file(&self.path);
        // What the commands held (a token passed with -p) goes with them.
        self.text.lock().unwrap_or_else(|p| p.into_inner()).fill(0);
    }
}

#[expect(unsafe_code, reason = "std has no mkfifo")]
fn mkfifo(path: &Path) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt as _;
    let c_path = std::ffi::CString::new(path.as_os_str().as_bytes())
        .map_err(|_| std::io::Error::other("a path with a NUL byte"))?;
    // SAFETY: c_path is a valid NUL-terminated string that outlives the call.
    let rc = unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) };
    if rc == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_lines_reach_memory_and_never_the_disk() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("docker-commands");
        let log = CommandLog::start(&path).unwrap();
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg(
                "{ printf '%s\\0' login -p s3cret-value; printf '\\036\\n'; } >> \"$0\"; \
                 { printf '%s\\0' ps; printf '\\036\\n'; } >> \"$0\"",
            )
            .arg(&path)
            .status()
            .unwrap();
        assert!(status.success());
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while log.commands().len() < 2 && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert_eq!(
            log.commands(),
            [vec!["login", "-p", "s3cret-value"], vec!["ps"]]
        );
        // A named pipe holds nothing on disk.
        assert!(std::fs::metadata(&path).unwrap().len() == 0);
        drop(log);
        assert!(!path.exists());
    }
}
