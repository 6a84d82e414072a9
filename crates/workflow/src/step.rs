//! Running one step's process and reading the files it writes.
//!
//! Each step runs in its own process group with stdout and stderr on one
//! pipe, so lines arrive in the order the script wrote them. When the step's
//! main process ends (or its time is up) the whole group is killed: a
//! background `sleep &` cannot outlive its step or keep the pipe open.
//! Two helper threads per step (one reading lines, one waiting for the exit)
//! let the caller react to whichever comes first without polling.
//!
//! # Output that could exhaust memory
//! A step may print without end, or a line without end. So the reader
//! holds at most [`MAX_LINE`] bytes of a line: a longer line is handed on
//! in pieces, each piece after the first starting with [`CONTINUED`]. And
//! it reads no further while [`QUEUED_BYTES`] of output wait for the
//! caller: a step that prints faster than the caller shows its lines is
//! slowed down by its full pipe (back-pressure), as on a terminal, rather
//! than queued in devpath's memory.
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
use std::io::{BufRead, BufReader, Read};
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

/// The longest line handed to `on_line` in one piece.
///
/// GitHub keeps long lines whole in the stored log (its live console cuts
/// them at 1,024 characters); devpath keeps no stored log and must not hold
/// a line of any size, so it splits instead. 64 KiB keeps every line a
/// real tool prints (a minified JSON document, a long `docker build` line)
/// in one piece.
pub(crate) const MAX_LINE: usize = 64 * 1024;

/// Starts each piece of a split line after the first, so that a reader
/// sees the line goes on, and a piece is never taken for a workflow
/// command (`::add-mask::` only counts at the start of a real line).
pub(crate) const CONTINUED: &str = "↪ ";

/// How much output (bytes, plus [`LINE_COST`] per line) the reader may have
/// handed on and the caller not yet taken, before it stops reading.
const QUEUED_BYTES: usize = 1024 * 1024;

/// What a queued line costs beyond its bytes: a million empty lines are
/// not free either.
const LINE_COST: usize = 64;

/// The reader's allowance of queued output (see [`QUEUED_BYTES`]).
#[derive(Default)]
struct Budget {
    /// Bytes queued, and whether the caller stopped listening.
    state: Mutex<(usize, bool)>,
    changed: Condvar,
}

impl Budget {
    /// Waits until `cost` more bytes may be queued and counts them; false
    /// when the caller no longer listens. A single line larger than the
    /// whole allowance still goes through once the queue is empty.
    fn take(&self, cost: usize) -> bool {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        while !state.1 && state.0 > 0 && state.0 + cost > QUEUED_BYTES {
            state = self.changed.wait(state).unwrap_or_else(|p| p.into_inner());
        }
        state.0 += cost;
        !state.1
    }

    /// The caller took a line that cost `cost`.
    fn give(&self, cost: usize) {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state.0 = state.0.saturating_sub(cost);
        self.changed.notify_all();
    }

    /// The caller stopped listening: the reader must not wait for it.
    fn close(&self) {
        self.state.lock().unwrap_or_else(|p| p.into_inner()).1 = true;
        self.changed.notify_all();
    }
}

/// Reads `input` to its end, calling `emit` with each line (without its
/// line break), lines longer than `max` bytes in pieces (see [`CONTINUED`]);
/// stops early when `emit` returns false.
///
/// A line is cut after its last space or tab in the last 1 KiB before the
/// bound when it has one: a secret is masked line by line, and a token cut
/// in two would escape the masking, so cutting between words keeps it
/// whole as long as it has no blank. Otherwise the cut falls on a UTF-8
/// character boundary.
fn read_lines(input: impl Read, max: usize, mut emit: impl FnMut(String) -> bool) {
    let mut reader = BufReader::with_capacity(64 * 1024, input);
    let mut line: Vec<u8> = Vec::new();
    let mut continued = false;
    let text = |bytes: &[u8], continued: bool| {
        let body = String::from_utf8_lossy(bytes);
        if continued {
            format!("{CONTINUED}{body}")
        } else {
            body.into_owned()
        }
    };
    loop {
        let available = match reader.fill_buf() {
            Ok([]) => break,
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        };
        // One byte more than fits, to know whether the line goes on.
        let window = &available[..available.len().min(max + 1 - line.len())];
        if let Some(end) = window.iter().position(|&b| b == b'\n') {
            line.extend_from_slice(&window[..end]);
            reader.consume(end + 1);
            while line.last() == Some(&b'\r') {
                line.pop();
            }
            if !emit(text(&line, continued)) {
                return;
            }
            line.clear();
            continued = false;
            continue;
        }
        let taken = window.len();
        line.extend_from_slice(window);
        reader.consume(taken);
        if line.len() > max {
            let rest = line.split_off(cut_at(&line, max));
            if !emit(text(&line, continued)) {
                return;
            }
            line = rest;
            continued = true;
        }
    }
    while line.last() == Some(&b'\r') {
        line.pop();
    }
    if !line.is_empty() {
        emit(text(&line, continued));
    }
}

/// Where to cut `line` (longer than `max`) so that the first piece holds at
/// most `max` bytes: see [`read_lines`].
fn cut_at(line: &[u8], max: usize) -> usize {
    let near = max.saturating_sub(1024);
    if let Some(blank) = line[near..max]
        .iter()
        .rposition(|&b| b == b' ' || b == b'\t')
    {
        return near + blank + 1;
    }
    // Back over UTF-8 continuation bytes (10xxxxxx) to a character's start.
    (max.saturating_sub(3)..=max)
        .rev()
        .find(|&i| line[i] & 0b1100_0000 != 0b1000_0000)
        .filter(|&i| i > 0)
        .unwrap_or(max)
}

enum Message {
    /// A line and what it cost the reader's [`Budget`].
    Line(String, usize),
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
    // The parent's copies of the pipe's write end live in `command`: close
    // them, or the reader would never see the end of the output.
    drop(command);
    let pgid = child.id() as libc::pid_t;
    let (tx, rx) = mpsc::channel();
    let budget = Arc::new(Budget::default());
    // The helpers are threads: when the machine cannot start one (a
    // process limit), the step fails with the OS error, and its group is
    // killed so that nothing is left running.
    if let Err(e) = start_helpers(&mut child, input, reader, &tx, &budget) {
        kill_group(pgid);
        let _ = child.wait();
        return Err(e);
    }
    cancel.groups().insert(pgid, tx.clone());
    // The end of the grace period after SIGTERM, once cancelled.
    let mut kill_at = None;
    // A cancellation that came while the process was starting.
    if !seen_cancelled && cancel.is_cancelled() {
        terminate(pgid);
        kill_at = Some(Instant::now() + cancel.0.grace);
    }
    let (give_child, take_child) = mpsc::channel::<std::process::Child>();
    let exited = tx.clone();
    let waiter = spawn_helper(move || {
        if let Ok(mut child) = take_child.recv() {
            let _ = exited.send(Message::Exited(child.wait()));
        }
    });
    if let Err(e) = waiter {
        budget.close();
        cancel.groups().remove(&pgid);
        kill_group(pgid);
        let _ = child.wait();
        return Err(e);
    }
    let _ = give_child.send(child);
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
            Message::Line(line, cost) => {
                budget.give(cost);
                on_line(line);
            }
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
                        budget.close();
                        cancel.groups().remove(&pgid);
                        return Err(e);
                    }
                }
            }
        }
    }
    budget.close();
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

/// Starts the thread writing `input` to the step's stdin, if any, and
/// the one reading its output into `tx` within `budget`.
fn start_helpers(
    child: &mut std::process::Child,
    input: Option<Vec<u8>>,
    output: std::io::PipeReader,
    tx: &mpsc::Sender<Message>,
    budget: &Arc<Budget>,
) -> std::io::Result<()> {
    if let (Some(bytes), Some(mut stdin)) = (input, child.stdin.take()) {
        // A thread, so that a process that does not read its stdin cannot
        // block the step; dropping `stdin` closes it (end of input).
        spawn_helper(move || {
            use std::io::Write;
            let _ = stdin.write_all(&bytes);
        })?;
    }
    let lines = tx.clone();
    let budget = Arc::clone(budget);
    spawn_helper(move || {
        read_lines(output, MAX_LINE, |line| {
            let cost = line.len() + LINE_COST;
            budget.take(cost) && lines.send(Message::Line(line, cost)).is_ok()
        });
        let _ = lines.send(Message::Eof);
    })
}

/// Starts a helper thread of a step, with an error rather than a panic
/// when the machine cannot.
fn spawn_helper(f: impl FnOnce() + Send + 'static) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("devpath-step".into())
        .spawn(f)
        .map(drop)
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
                    return Err(i18n::t!("workflow-file-command-heredoc", line = line));
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
                    return Err(i18n::t!(
                        "workflow-file-command-unclosed",
                        name = name,
                        delimiter = delimiter
                    ));
                }
                out.push((name.to_string(), value.join("\n")));
            }
            (Some(e), _) => {
                if e == 0 {
                    return Err(i18n::t!("workflow-file-command-no-name", line = line));
                }
                out.push((line[..e].to_string(), line[e + 1..].to_string()));
            }
            _ => {
                return Err(i18n::t!("workflow-file-command-invalid", line = line));
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

    fn split(input: &[u8], max: usize) -> Vec<String> {
        let mut out = Vec::new();
        read_lines(input, max, |line| {
            out.push(line);
            true
        });
        out
    }

    #[test]
    fn a_long_line_is_split_and_marked() {
        let (exit, lines) = collect(
            "head -c 200000 /dev/zero | tr '\\0' a; echo; printf 'next\\r\\n'",
            None,
        );
        assert_eq!(exit, Exit::Code(0));
        let sizes: Vec<usize> = lines.iter().map(|l| l.len()).collect();
        let c = CONTINUED.len();
        assert_eq!(
            sizes,
            [
                MAX_LINE,
                MAX_LINE + c,
                MAX_LINE + c,
                200_000 - 3 * MAX_LINE + c,
                4
            ]
        );
        assert!(lines[1..4].iter().all(|l| l.starts_with(CONTINUED)));
        let joined: String = lines[..4]
            .iter()
            .map(|l| l.strip_prefix(CONTINUED).unwrap_or(l))
            .collect();
        assert_eq!(joined, "a".repeat(200_000));
        assert_eq!(lines[4], "next");
    }

    #[test]
    fn lines_are_cut_between_words_or_characters() {
        // Fits exactly, then one byte too many.
        assert_eq!(split(b"abcd\nabcde", 4), ["abcd", "abcd", "\u{21aa} e"]);
        // After the last blank in reach.
        assert_eq!(split(b"ab cdef", 5), ["ab ", "\u{21aa} cdef"]);
        // Never inside a character: "é" is two bytes.
        assert_eq!(split("abcé".as_bytes(), 4), ["abc", "\u{21aa} é"]);
        assert_eq!(split(b"", 4), Vec::<String>::new());
        assert_eq!(split(b"\n\n", 4), ["", ""]);
    }

    /// The step prints 20 MB while its first line is being handled: a
    /// reader that queues without bound takes it all and the step ends;
    /// with back-pressure the step waits for the caller.
    #[test]
    fn output_waits_for_a_slow_caller() {
        let dir = tempfile::tempdir().unwrap();
        let done = dir.path().join("done");
        let script = format!(
            "yes \"$(head -c 1000 /dev/zero | tr '\\0' x)\" | head -c 20000000 || true; touch {}",
            done.display()
        );
        let mut count = 0usize;
        let mut finished_early = None;
        let exit = run(bash(&script), None, &CancelHandle::new(), &mut |_| {
            count += 1;
            if count == 1 {
                std::thread::sleep(Duration::from_millis(1500));
                finished_early = Some(done.exists());
            }
        })
        .unwrap();
        assert_eq!(exit, Exit::Code(0));
        assert_eq!(count, 20_000_000 / 1001 + 1);
        assert_eq!(
            finished_early,
            Some(false),
            "the step ran ahead of its reader"
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
