//! Running one step's process and reading the files it writes.
//!
//! Each step runs in its own process group with stdout and stderr on one
//! pipe, so lines arrive in the order the script wrote them. When the step's
//! main process ends (or its time is up) the whole group is killed: a
//! background `sleep &` cannot outlive its step or keep the pipe open.
//! Two helper threads per step (one reading lines, one waiting for the exit)
//! let the caller react to whichever comes first without polling.
//!
//! # Cancellation
//! Cancelling gives every running step SIGTERM, so a script can clean up
//! (a `trap` that stops a container it started, say), then SIGKILLs its
//! group once [`CANCEL_GRACE`] has passed. Without that second signal a
//! script that ignores TERM (`trap '' TERM`) would hold the run, and the
//! learner's Ctrl-C, for as long as it likes. The escalation is done by the
//! step's own loop in [`run`], which owns the process and knows whether it
//! has exited: no timer outlives the step, and a group that ended is never
//! signalled again.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, mpsc};
use std::time::{Duration, Instant};

/// Cancels a run from another thread (e.g. on Ctrl-C); clones share the
/// same state.
///
/// A handle can have children ([`CancelHandle::child`]): cancelling a
/// handle cancels its children too, not the other way round. Each job runs
/// with a child of the run's handle, so `concurrency:` can cancel one job
/// without cancelling the run.
#[derive(Debug, Clone, Default)]
pub struct CancelHandle(Arc<CancelState>);

/// How long a cancelled step has between SIGTERM and SIGKILL. Docker's
/// `docker stop` gives 10 s; a step is a script, not a server, and the
/// learner is waiting at the terminal, so half of that.
pub(crate) const CANCEL_GRACE: Duration = Duration::from_secs(5);

#[derive(Debug)]
struct CancelState {
    cancelled: AtomicBool,
    /// Between SIGTERM and SIGKILL; [`CANCEL_GRACE`] but in tests.
    grace: Duration,
    /// The process groups of the run's steps running right now, each with
    /// the way to tell its loop in [`run`] that the step was cancelled.
    groups: Mutex<BTreeMap<libc::pid_t, mpsc::Sender<Message>>>,
    /// Handles cancelled with this one.
    children: Mutex<Vec<CancelHandle>>,
    /// Wakes [`CancelHandle::sleep`] at once on cancellation.
    woken: Condvar,
    sleeping: Mutex<()>,
}

impl Default for CancelState {
    fn default() -> Self {
        CancelState {
            cancelled: AtomicBool::default(),
            grace: CANCEL_GRACE,
            groups: Mutex::default(),
            children: Mutex::default(),
            woken: Condvar::default(),
            sleeping: Mutex::default(),
        }
    }
}

impl CancelHandle {
    /// A handle that has not been cancelled.
    pub fn new() -> Self {
        Self::default()
    }

    /// A handle whose steps get `grace` instead of [`CANCEL_GRACE`] between
    /// SIGTERM and SIGKILL; its children inherit it.
    pub(crate) fn with_grace(grace: Duration) -> Self {
        CancelHandle(Arc::new(CancelState {
            grace,
            ..CancelState::default()
        }))
    }

    /// Cancels the run: the steps running now get SIGTERM (their whole
    /// process group), and SIGKILL if they are still running after the
    /// grace period; later steps and jobs run only if their `if:` uses
    /// `always()` or `cancelled()`.
    pub fn cancel(&self) {
        self.0.cancelled.store(true, Ordering::SeqCst);
        for (&pgid, step) in self.groups().iter() {
            terminate(pgid);
            // The step's loop starts the grace period; a loop that has
            // already finished no longer listens, which is fine.
            let _ = step.send(Message::Terminated);
        }
        {
            // Taking the lock orders this wake-up after a sleeper's check.
            let _sleeping = self.0.sleeping.lock().unwrap_or_else(|p| p.into_inner());
            self.0.woken.notify_all();
        }
        let children = self
            .0
            .children
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        for child in children {
            child.cancel();
        }
    }

    /// Whether [`CancelHandle::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.0.cancelled.load(Ordering::SeqCst)
    }

    /// A new handle that is cancelled when this one is (at once if this
    /// one already is).
    pub fn child(&self) -> CancelHandle {
        let child = CancelHandle::with_grace(self.0.grace);
        self.0
            .children
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(child.clone());
        if self.is_cancelled() {
            child.cancel();
        }
        child
    }

    /// Waits `duration` unless cancelled first; true when cancelled.
    pub fn sleep(&self, duration: Duration) -> bool {
        let end = Instant::now() + duration;
        let mut guard = self.0.sleeping.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            if self.is_cancelled() {
                return true;
            }
            let now = Instant::now();
            if now >= end {
                return false;
            }
            guard = match self.0.woken.wait_timeout(guard, end - now) {
                Ok((g, _)) => g,
                Err(p) => p.into_inner().0,
            };
        }
    }

    fn groups(&self) -> MutexGuard<'_, BTreeMap<libc::pid_t, mpsc::Sender<Message>>> {
        self.0.groups.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[expect(unsafe_code, reason = "killpg has no safe wrapper in std")]
fn terminate(pgid: libc::pid_t) {
    // SAFETY: killpg only sends a signal; ESRCH for a group that just ended
    // is fine.
    unsafe {
        libc::killpg(pgid, libc::SIGTERM);
    }
}

/// How a step's process ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exit {
    /// It exited with this status code.
    Code(i32),
    /// A signal killed it.
    Signal(i32),
    /// Its deadline passed and devpath killed its process group.
    TimedOut,
}

/// How long to keep reading output after the step's process group was
/// killed. The pipe normally closes at once; only a process that escaped
/// the group (`setsid`) keeps it open.
const DRAIN_GRACE: std::time::Duration = std::time::Duration::from_millis(300);

enum Message {
    Line(String),
    Eof,
    Exited(std::io::Result<std::process::ExitStatus>),
    /// The step's group got SIGTERM from [`CancelHandle::cancel`].
    Terminated,
}

/// Runs `command` in a new process group, calling `on_line` for each line of
/// its merged stdout and stderr (without the line break), until it exits and
/// its output is drained. Kills the group at `deadline`, once the grace
/// period after a cancellation's SIGTERM has passed, and in any case once
/// the main process has exited.
pub(crate) fn run(
    command: Command,
    deadline: Option<Instant>,
    cancel: &CancelHandle,
    on_line: &mut dyn FnMut(String),
) -> std::io::Result<Exit> {
    run_with_input(command, None, deadline, cancel, on_line)
}

/// [`run`], with `input` written to the process's stdin (then closed)
/// instead of an empty stdin: how a password reaches
/// `docker login --password-stdin` without appearing on a command line.
pub(crate) fn run_with_input(
    mut command: Command,
    input: Option<Vec<u8>>,
    deadline: Option<Instant>,
    cancel: &CancelHandle,
    on_line: &mut dyn FnMut(String),
) -> std::io::Result<Exit> {
    // A step started after the cancellation (by `always()`) is not stopped
    // by it; one started just before must not escape it.
    let seen_cancelled = cancel.is_cancelled();
    let (reader, writer) = std::io::pipe()?;
    command
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(writer.try_clone()?)
        .stderr(writer)
        .process_group(0);
    let mut child = command.spawn()?;
    if let (Some(bytes), Some(mut stdin)) = (input, child.stdin.take()) {
        // A thread, so that a process that does not read its stdin cannot
        // block the step; dropping `stdin` closes it (end of input).
        std::thread::spawn(move || {
            use std::io::Write;
            let _ = stdin.write_all(&bytes);
        });
    }
    // The parent's copies of the pipe's write end live in `command`: close
    // them, or the reader would never see the end of the output.
    drop(command);
    let pgid = child.id() as libc::pid_t;
    let (tx, rx) = mpsc::channel();
    cancel.groups().insert(pgid, tx.clone());
    // The end of the grace period after SIGTERM, once cancelled.
    let mut kill_at = None;
    // A cancellation that came while the process was starting.
    if !seen_cancelled && cancel.is_cancelled() {
        terminate(pgid);
        kill_at = Some(Instant::now() + cancel.0.grace);
    }
    let lines = tx.clone();
    std::thread::spawn(move || {
        let mut reader = BufReader::new(reader);
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) | Err(_) => break,
                Ok(_) => {
                    while buf.last().is_some_and(|&b| b == b'\n' || b == b'\r') {
                        buf.pop();
                    }
                    let line = String::from_utf8_lossy(&buf).into_owned();
                    if lines.send(Message::Line(line)).is_err() {
                        break;
                    }
                }
            }
        }
        let _ = lines.send(Message::Eof);
    });
    std::thread::spawn(move || {
        let _ = tx.send(Message::Exited(child.wait()));
    });
    let mut status = None;
    let mut eof = false;
    let mut timed_out = false;
    // Set once the group got SIGKILL: nothing is left to wait for but the
    // exit and the end of the output.
    let mut killed = false;
    while status.is_none() || !eof {
        let wake = if status.is_some() || killed {
            None
        } else {
            deadline.into_iter().chain(kill_at).min()
        };
        let message = match wake {
            Some(wake) => match rx.recv_timeout(wake.saturating_duration_since(Instant::now())) {
                Ok(message) => message,
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    // The deadline or the grace period is over.
                    timed_out = deadline.is_some_and(|d| Instant::now() >= d);
                    killed = true;
                    kill_group(pgid);
                    continue;
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            },
            None if status.is_some() => match rx.recv_timeout(DRAIN_GRACE) {
                Ok(message) => message,
                // A process that left the group (`setsid`) still holds the
                // output pipe: stop reading rather than wait for it.
                Err(_) => break,
            },
            None => match rx.recv() {
                Ok(message) => message,
                Err(_) => break,
            },
        };
        match message {
            Message::Line(line) => on_line(line),
            Message::Eof => eof = true,
            Message::Terminated => {
                // A second cancellation does not extend the grace period.
                kill_at.get_or_insert_with(|| Instant::now() + cancel.0.grace);
            }
            Message::Exited(result) => {
                // Background children of the step die with it.
                kill_group(pgid);
                match result {
                    Ok(exit) => status = Some(exit),
                    Err(e) => {
                        cancel.groups().remove(&pgid);
                        return Err(e);
                    }
                }
            }
        }
    }
    cancel.groups().remove(&pgid);
    let status = status.ok_or_else(|| std::io::Error::other("the step's process was lost"))?;
    Ok(if timed_out {
        Exit::TimedOut
    } else if let Some(code) = status.code() {
        Exit::Code(code)
    } else {
        Exit::Signal(status.signal().unwrap_or(0))
    })
}

#[expect(unsafe_code, reason = "killpg has no safe wrapper in std")]
fn kill_group(pgid: libc::pid_t) {
    // SAFETY: killpg only sends a signal; a group that is gone gives ESRCH,
    // which is fine to ignore.
    unsafe {
        libc::killpg(pgid, libc::SIGKILL);
    }
}

/// Reads a `$GITHUB_OUTPUT` / `$GITHUB_ENV` file: `name=value` lines and
/// `name<<DELIMITER` … `DELIMITER` blocks for multi-line values.
pub(crate) fn parse_file_commands(text: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            continue;
        }
        let eq = line.find('=');
        let heredoc = line.find("<<");
        match (eq, heredoc) {
            (eq, Some(h)) if eq.is_none_or(|e| h < e) => {
                let name = &line[..h];
                let delimiter = &line[h + 2..];
                if name.is_empty() || delimiter.is_empty() {
                    return Err(format!("invalid line \"{line}\": expected name<<DELIMITER"));
                }
                let mut value: Vec<&str> = Vec::new();
                let mut closed = false;
                for body in lines.by_ref() {
                    let body = body.strip_suffix('\r').unwrap_or(body);
                    if body == delimiter {
                        closed = true;
                        break;
                    }
                    value.push(body);
                }
                if !closed {
                    return Err(format!(
                        "the value of \"{name}\" starts with <<{delimiter} but no line \"{delimiter}\" ends it"
                    ));
                }
                out.push((name.to_string(), value.join("\n")));
            }
            (Some(e), _) => {
                if e == 0 {
                    return Err(format!(
                        "invalid line \"{line}\": the name before = is empty"
                    ));
                }
                out.push((line[..e].to_string(), line[e + 1..].to_string()));
            }
            _ => {
                return Err(format!(
                    "invalid line \"{line}\": expected name=value or name<<DELIMITER"
                ));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn bash(script: &str) -> Command {
        let mut c = Command::new("bash");
        c.args(["--noprofile", "--norc", "-eo", "pipefail", "-c", script]);
        c
    }

    fn collect(script: &str, deadline: Option<Instant>) -> (Exit, Vec<String>) {
        let mut lines = Vec::new();
        let exit = run(bash(script), deadline, &CancelHandle::new(), &mut |l| {
            lines.push(l)
        })
        .unwrap();
        (exit, lines)
    }

    #[test]
    fn merges_stdout_and_stderr_in_order() {
        let (exit, lines) = collect("echo one; echo two >&2; echo three; printf tail", None);
        assert_eq!(exit, Exit::Code(0));
        assert_eq!(lines, ["one", "two", "three", "tail"]);
    }

    #[test]
    fn reports_exit_codes() {
        assert_eq!(collect("exit 3", None).0, Exit::Code(3));
        assert_eq!(
            collect("kill -TERM $$", None).0,
            Exit::Signal(libc::SIGTERM)
        );
    }

    #[test]
    fn background_children_die_with_the_step() {
        let dir = tempfile::tempdir().unwrap();
        let pidfile = dir.path().join("pid");
        let script = format!("sleep 30 & echo $! > {}; echo started", pidfile.display());
        let start = Instant::now();
        let (exit, lines) = collect(&script, None);
        assert_eq!(exit, Exit::Code(0));
        assert_eq!(lines, ["started"]);
        assert!(start.elapsed() < Duration::from_secs(5));
        let pid: i32 = std::fs::read_to_string(&pidfile)
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        assert!(!process_alive(pid), "background sleep {pid} still running");
    }

    #[test]
    fn timeout_kills_the_whole_group() {
        let dir = tempfile::tempdir().unwrap();
        let pidfile = dir.path().join("pid");
        let script = format!(
            "sleep 30 & echo $! > {}; echo waiting; wait",
            pidfile.display()
        );
        let start = Instant::now();
        let (exit, lines) = collect(&script, Some(Instant::now() + Duration::from_millis(500)));
        assert_eq!(exit, Exit::TimedOut);
        assert_eq!(lines, ["waiting"]);
        let elapsed = start.elapsed();
        assert!(elapsed >= Duration::from_millis(500), "{elapsed:?}");
        assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");
        let pid: i32 = std::fs::read_to_string(&pidfile)
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        assert!(!process_alive(pid), "background sleep {pid} still running");
    }

    fn process_alive(pid: i32) -> bool {
        // A killed child of an exited bash is reaped by init quickly; give it a moment.
        for _ in 0..50 {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            let state = stat
                .rsplit(')')
                .next()
                .unwrap_or("")
                .trim_start()
                .chars()
                .next();
            if stat.is_empty() || state == Some('Z') {
                return false;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        true
    }

    /// Runs `script` with a handle whose grace period is `grace`, cancels
    /// it once the script printed "ready", and returns how the step ended,
    /// how long it took after the cancellation, and the pid the script
    /// printed before "ready".
    fn cancel_once_ready(script: &str, grace: Duration) -> (Exit, Duration, i32) {
        let cancel = CancelHandle::with_grace(grace);
        let (tx, rx) = mpsc::channel();
        let step = {
            let cancel = cancel.clone();
            let script = script.to_string();
            std::thread::spawn(move || {
                let exit = run(bash(&script), None, &cancel, &mut |line| {
                    let _ = tx.send(line);
                });
                (exit, Instant::now())
            })
        };
        let pid: i32 = rx
            .recv_timeout(Duration::from_secs(10))
            .expect("the script prints its pid")
            .parse()
            .expect("a pid");
        let ready = rx.recv_timeout(Duration::from_secs(10));
        assert_eq!(ready.as_deref(), Ok("ready"));
        let cancelled = Instant::now();
        cancel.cancel();
        let (exit, ended) = step.join().unwrap();
        (exit.unwrap(), ended - cancelled, pid)
    }

    #[test]
    fn a_step_that_ignores_term_is_killed_after_the_grace_period() {
        let grace = Duration::from_millis(400);
        let (exit, took, pid) =
            cancel_once_ready("trap '' TERM; sleep 30 & echo $!; echo ready; wait", grace);
        assert_eq!(exit, Exit::Signal(libc::SIGKILL));
        assert!(
            took >= grace,
            "killed after {took:?}, before the grace period"
        );
        assert!(took < grace + Duration::from_secs(2), "{took:?}");
        assert!(
            !process_alive(pid),
            "sleep {pid}, which ignores TERM, still running"
        );
    }

    #[test]
    fn a_step_that_honours_term_ends_at_once() {
        let (exit, took, pid) = cancel_once_ready(
            "sleep 30 & echo $!; echo ready; wait",
            Duration::from_secs(30),
        );
        assert_eq!(exit, Exit::Signal(libc::SIGTERM));
        assert!(
            took < Duration::from_secs(2),
            "ended {took:?} after SIGTERM"
        );
        assert!(!process_alive(pid), "sleep {pid} still running");
    }

    #[test]
    fn children_inherit_the_grace_period() {
        let parent = CancelHandle::with_grace(Duration::from_millis(123));
        assert_eq!(parent.child().0.grace, Duration::from_millis(123));
        assert_eq!(CancelHandle::new().0.grace, CANCEL_GRACE);
    }

    #[test]
    fn a_process_escaping_the_group_does_not_hold_the_step() {
        let start = Instant::now();
        let (exit, lines) = collect("setsid sleep 3 & echo done", None);
        assert_eq!(exit, Exit::Code(0));
        assert_eq!(lines, ["done"]);
        assert!(
            start.elapsed() < Duration::from_secs(2),
            "{:?}",
            start.elapsed()
        );
    }

    #[test]
    fn file_commands_both_forms() {
        let text = "a=1\nb=x=y\n\nmulti<<EOF\nline 1\nline 2\nEOF\nc<<X\nX\n";
        assert_eq!(
            parse_file_commands(text).unwrap(),
            [
                ("a".to_string(), "1".to_string()),
                ("b".into(), "x=y".into()),
                ("multi".into(), "line 1\nline 2".into()),
                ("c".into(), "".into()),
            ]
        );
    }

    #[test]
    fn file_commands_errors() {
        assert!(
            parse_file_commands("novalue\n")
                .unwrap_err()
                .contains("expected name=value")
        );
        assert!(
            parse_file_commands("a<<EOF\nx\n")
                .unwrap_err()
                .contains("no line \"EOF\"")
        );
        assert!(parse_file_commands("=x\n").is_err());
    }
}
