//! Signals sent to the real binary while a pipeline runs: devpath must stop
//! the run's steps, even one that ignores SIGTERM, and exit promptly as a
//! cancelled run, whichever of SIGINT (Ctrl-C) or SIGHUP (a closed
//! terminal) it got.

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The workflow crate's grace period between SIGTERM and SIGKILL.
const GRACE: Duration = Duration::from_secs(5);

/// A step that ignores SIGTERM and prints its process group (bash is the
/// group's leader, so `$$` names it).
const HOLD: &str = r#"on: push
jobs:
  hold:
    runs-on: ubuntu-latest
    steps:
      - run: |
          trap '' TERM
          echo "started $$"
          sleep 30
"#;

/// Starts `devpath pipeline` on [`HOLD`], waits for its step to start and
/// sends `signal` to devpath alone (as a terminal would, the steps being in
/// groups of their own). Returns devpath's exit code, the time it took to
/// exit after the signal, and the step's process group.
fn interrupt_pipeline(signal: &str) -> (Option<i32>, Duration, i32, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("hold.yml"), HOLD).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_devpath"))
        .current_dir(dir.path())
        .args(["--color", "never", "pipeline", "hold.yml", "--repo", "."])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("devpath runs");
    let lines = read_lines(&mut child);
    let started = Instant::now();
    let mut output = String::new();
    let group = loop {
        let line = lines
            .recv_timeout(Duration::from_secs(60).saturating_sub(started.elapsed()))
            .unwrap_or_else(|_| {
                let _ = child.kill();
                panic!("the step never started:\n{output}")
            });
        output += &line;
        output.push('\n');
        if let Some(pgid) = line.trim().strip_prefix("started ") {
            break pgid.parse::<i32>().expect("a process group");
        }
    };
    assert!(
        group_alive(group),
        "the step's group {group} is not running"
    );
    let status = Command::new("kill")
        .args(["-s", signal, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let signalled = Instant::now();
    let code = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status.code();
        }
        if signalled.elapsed() > GRACE + Duration::from_secs(20) {
            let _ = child.kill();
            panic!("devpath did not exit after SIG{signal}:\n{output}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let took = signalled.elapsed();
    while let Ok(line) = lines.recv_timeout(Duration::from_secs(5)) {
        output += &line;
        output.push('\n');
    }
    eprintln!("SIG{signal}: devpath exited {took:?} after the signal");
    (code, took, group, output)
}

/// Devpath's stdout, line by line, read by a thread so that waiting for a
/// line can time out.
fn read_lines(child: &mut Child) -> mpsc::Receiver<String> {
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

/// Whether any process still belongs to process group `pgid` (zombies
/// aside: they are dead, only not yet reaped).
fn group_alive(pgid: i32) -> bool {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        panic!("no /proc to look for processes in");
    };
    entries.flatten().any(|entry| {
        let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
        // After "pid (comm) ": state, ppid, pgrp.
        let mut fields = stat
            .rsplit_once(')')
            .map_or("", |(_, rest)| rest)
            .split_whitespace();
        let state = fields.next();
        let pgrp = fields.nth(1).and_then(|f| f.parse::<i32>().ok());
        pgrp == Some(pgid) && state != Some("Z")
    })
}

fn assert_cancelled_promptly(signal: &str) {
    let (code, took, group, output) = interrupt_pipeline(signal);
    // A cancelled run is not a success: exit 1, as for a failed one.
    assert_eq!(code, Some(1), "{output}");
    assert!(output.ends_with("conclusion: cancelled\n"), "{output}");
    assert!(
        took <= GRACE + Duration::from_secs(1),
        "devpath took {took:?} to exit after SIG{signal}:\n{output}"
    );
    // SIGKILL is sent before devpath exits; give the kernel a moment to
    // finish the processes off.
    let gone = (0..50).any(|_| {
        std::thread::sleep(Duration::from_millis(20));
        !group_alive(group)
    });
    assert!(
        gone,
        "the step's `sleep 30` (group {group}) outlived devpath"
    );
}

#[test]
fn ctrl_c_stops_a_step_that_ignores_sigterm_after_the_grace_period() {
    assert_cancelled_promptly("INT");
}

#[test]
fn a_closed_terminal_stops_the_run_like_ctrl_c() {
    assert_cancelled_promptly("HUP");
}
