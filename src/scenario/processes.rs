//! Every process a run's steps start, wherever it runs from and however it
//! detaches: for the leak check (a secret on a command line is visible to
//! every user of the machine through `/proc`) and so that nothing the run
//! started outlives it.
//!
//! # Why /proc and an environment marker
//! A `docker` wrapper first on PATH sees only the commands that go through
//! PATH: `/usr/bin/docker login -p TOKEN` or `curl -u user:TOKEN` never
//! reach it. A thread therefore reads `/proc` every [`POLL`] while the run
//! plays. A process is the run's when its environment holds
//! [`RUN_MARKER`]`=<run id>` (every step gets it, and children inherit it,
//! including those that left the step's process group or session with
//! `setsid` and were reparented to init), or when its parent is the run's
//! (a child that cleared its environment with `env -i`).
//!
//! A subreaper (`PR_SET_CHILD_SUBREAPER`) would adopt the orphans instead,
//! but it is process-wide: `dev check` plays several runs in one devpath,
//! so an adopted orphan could not be told apart by run, and reaping the
//! adopted zombies would race `std::process::Child::wait` on devpath's own
//! children. The marker names the run; the one escape left is a process
//! that clears its environment and loses its parent between two polls.
//! A cgroup would close that too; it is not writable for most users.
//!
//! The command line is read again at every poll, because a forked child
//! first shows its parent's command line and only then `exec`s. A process
//! that starts and ends between two polls (a few milliseconds) is not seen:
//! the `docker` wrapper still records those that go through PATH.
//!
//! Only which secret appeared on which program's command line is kept, never
//! the command line itself: secrets stay out of devpath's memory dumps,
//! files and state as much as they can.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The environment variable that marks a run's processes.
pub(crate) const RUN_MARKER: &str = "DEVPATH_RUN";

/// How often `/proc` is read.
const POLL: Duration = Duration::from_millis(2);

/// A secret seen on a process's command line: the secret's name and the
/// program (`curl`, or `docker login` for the docker CLI).
pub(crate) type CommandLineLeak = (String, String);

#[derive(Default)]
struct Seen {
    /// pid → whether it is the run's, for the processes alive at the last
    /// poll (with their start time, so a reused pid is not confused).
    known: BTreeMap<i32, (u64, bool)>,
    leaks: BTreeSet<CommandLineLeak>,
}

/// Watches the processes of one run until dropped; dropping it kills
/// those still alive.
pub(crate) struct ProcessWatch {
    run_id: String,
    stop: Arc<AtomicBool>,
    seen: Arc<Mutex<Seen>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl ProcessWatch {
    /// Starts watching the processes marked with `run_id`, looking for the
    /// `secrets` (name → value) on their command lines.
    pub(crate) fn start(run_id: &str, secrets: &BTreeMap<String, String>) -> ProcessWatch {
        let stop = Arc::new(AtomicBool::new(false));
        let seen = Arc::new(Mutex::new(Seen::default()));
        let marker = format!("{RUN_MARKER}={run_id}").into_bytes();
        // Values shorter than 4 bytes would match everywhere; the leak
        // check ignores them too.
        let secrets: Vec<(String, Vec<u8>)> = secrets
            .iter()
            .filter(|(_, v)| v.len() >= 4)
            .map(|(k, v)| (k.clone(), v.clone().into_bytes()))
            .collect();
        let thread = {
            let stop = stop.clone();
            let seen = seen.clone();
            std::thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    poll(&marker, &secrets, &seen);
                    std::thread::sleep(POLL);
                }
            })
        };
        ProcessWatch {
            run_id: run_id.to_string(),
            stop,
            seen,
            thread: Some(thread),
        }
    }

    /// The environment variable to give every step: `DEVPATH_RUN=<id>`.
    pub(crate) fn marker(&self) -> (String, String) {
        (RUN_MARKER.to_string(), self.run_id.clone())
    }

    /// The secrets seen on command lines so far.
    pub(crate) fn leaks(&self) -> Vec<CommandLineLeak> {
        lock(&self.seen).leaks.iter().cloned().collect()
    }

    /// Stops watching and kills every process of the run still alive
    /// (a `setsid` daemon, a `nohup` server), then waits until they are
    /// gone (at most a second): the run's last sweep of the engine must
    /// not race a `docker run` that is still creating a container.
    /// Returns how many were killed.
    pub(crate) fn stop_and_kill(&mut self) -> usize {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        let marker = format!("{RUN_MARKER}={}", self.run_id).into_bytes();
        kill_until_gone(&marker, &self.seen)
    }
}

impl Drop for ProcessWatch {
    fn drop(&mut self) {
        self.stop_and_kill();
    }
}

fn lock(seen: &Mutex<Seen>) -> std::sync::MutexGuard<'_, Seen> {
    seen.lock().unwrap_or_else(|p| p.into_inner())
}

/// One look at /proc: finds the run's new processes and checks every run
/// process's command line.
fn poll(marker: &[u8], secrets: &[(String, Vec<u8>)], seen: &Mutex<Seen>) {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return;
    };
    let me = std::process::id() as i32;
    let mut seen = lock(seen);
    let mut alive = BTreeMap::new();
    for entry in entries.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<i32>().ok())
        else {
            continue;
        };
        if pid == me {
            continue;
        }
        // A pid seen at the last poll is the same process: pids are
        // handed out in turn up to pid_max, so one is not reused within
        // milliseconds. Only new pids cost a read of their stat (this
        // thread wakes every 2 ms).
        let (start, ours) = match seen.known.get(&pid) {
            Some(&known) => known,
            None => {
                let Some((ppid, start)) = stat(pid) else {
                    continue;
                };
                let parent_ours = seen
                    .known
                    .get(&ppid)
                    .or_else(|| alive.get(&ppid))
                    .is_some_and(|(_, ours)| *ours);
                (start, parent_ours || has_marker(pid, marker))
            }
        };
        alive.insert(pid, (start, ours));
        if ours && !secrets.is_empty() {
            check_command_line(pid, secrets, &mut seen.leaks);
        }
    }
    seen.known = alive;
}

/// The parent pid and start time of `pid`, from /proc/PID/stat.
fn stat(pid: i32) -> Option<(i32, u64)> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may hold spaces or ')'.
    let rest = &text[text.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    // Fields from 3 on (state is 3): ppid is 4, starttime is 22.
    let ppid = fields.get(1)?.parse().ok()?;
    let start = fields.get(19)?.parse().ok()?;
    Some((ppid, start))
}

/// When process `pid` started (clock ticks after boot), if it is alive:
/// with the pid, it names one process for good.
pub(crate) fn start_time(pid: i32) -> Option<u64> {
    stat(pid).map(|(_, start)| start)
}

/// Kills every process marked with run `run_id` (those of a run whose
/// devpath was killed) and returns how many there were.
pub(crate) fn kill_marked(run_id: &str) -> usize {
    let marker = format!("{RUN_MARKER}={run_id}").into_bytes();
    kill_until_gone(&marker, &Mutex::new(Seen::default()))
}

/// SIGKILLs the marked processes until none is left (at most a second:
/// a process may fork while dying, so /proc is read afresh each round).
/// Returns how many were killed.
fn kill_until_gone(marker: &[u8], seen: &Mutex<Seen>) -> usize {
    let mut killed = BTreeSet::new();
    let deadline = std::time::Instant::now() + Duration::from_secs(1);
    loop {
        poll(marker, &[], seen);
        // Checked again just before the signal: never kill a process that
        // merely took over a pid of the run.
        let alive: Vec<i32> = lock(seen)
            .known
            .iter()
            .filter(|(pid, (start, ours))| {
                *ours && !is_zombie(**pid) && start_time(**pid) == Some(*start)
            })
            .map(|(pid, _)| *pid)
            .collect();
        if alive.is_empty() || std::time::Instant::now() >= deadline {
            return killed.len();
        }
        for pid in alive {
            kill(pid);
            killed.insert(pid);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn is_zombie(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|text| text.rfind(')').map(|i| text[i + 2..].starts_with('Z')))
        .unwrap_or(true)
}

/// Whether the process's environment holds `marker` (another user's
/// processes cannot be read, and are never the run's).
fn has_marker(pid: i32, marker: &[u8]) -> bool {
    std::fs::read(format!("/proc/{pid}/environ"))
        .is_ok_and(|environ| environ.split(|b| *b == 0).any(|var| var == marker))
}

fn check_command_line(
    pid: i32,
    secrets: &[(String, Vec<u8>)],
    leaks: &mut BTreeSet<CommandLineLeak>,
) {
    let Ok(cmdline) = std::fs::read(format!("/proc/{pid}/cmdline")) else {
        return;
    };
    for (name, value) in secrets {
        if cmdline.windows(value.len()).any(|w| w == value.as_slice()) {
            leaks.insert((name.clone(), program(&cmdline)));
        }
    }
}

/// How a command line is named to the learner: the program's file name,
/// with the subcommand for docker (`docker login`).
fn program(cmdline: &[u8]) -> String {
    let args: Vec<String> = cmdline
        .split(|b| *b == 0)
        .map(|a| String::from_utf8_lossy(a).into_owned())
        .collect();
    let name = args
        .first()
        .map(|a| a.rsplit('/').next().unwrap_or(a).to_string())
        .unwrap_or_default();
    if name == "docker"
        && let Some(verb) = args.iter().skip(1).find(|a| !a.starts_with('-'))
    {
        return format!("docker {verb}");
    }
    name
}

#[expect(
    unsafe_code,
    reason = "kill has no safe wrapper in std for a pid it did not spawn"
)]
fn kill(pid: i32) {
    // SAFETY: kill only sends a signal; a process that is gone gives ESRCH.
    unsafe {
        libc::kill(pid, libc::SIGKILL);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docker_is_named_with_its_subcommand() {
        assert_eq!(program(b"/usr/bin/docker\0login\0-p\0x\0"), "docker login");
        assert_eq!(program(b"curl\0-u\0a:b\0"), "curl");
    }

    #[test]
    fn a_detached_process_is_found_by_its_marker_and_killed() {
        let secrets = BTreeMap::from([("T".to_string(), "hunter2-secret".to_string())]);
        let mut watch = ProcessWatch::start("unittest1", &secrets);
        let (key, value) = watch.marker();
        // setsid: its own session, and a child of init once `sh` ends.
        let out = std::process::Command::new("sh")
            .args([
                "-c",
                "setsid sh -c 'sleep 30; :' hunter2-secret >/dev/null 2>&1 </dev/null & echo $!",
            ])
            .env(key, value)
            .output()
            .unwrap();
        let pid: i32 = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
        std::thread::sleep(Duration::from_millis(200));
        assert!(
            watch.leaks().contains(&("T".to_string(), "sh".to_string())),
            "{:?}",
            watch.leaks()
        );
        // The detached shell and its sleep.
        assert_eq!(watch.stop_and_kill(), 2);
        assert!(is_zombie(pid), "process {pid} outlived the watch");
    }
}
