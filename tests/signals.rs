//! Signals sent to the real binary while it runs something: devpath must
//! stop the run's steps, even one that ignores SIGTERM, remove what the run
//! created and exit promptly, whichever of SIGINT (Ctrl-C), SIGTERM or
//! SIGHUP (a closed terminal) it got.

mod support;

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
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

/// A child devpath and what it printed so far.
struct Running {
    child: Child,
    lines: mpsc::Receiver<String>,
    output: String,
}

impl Running {
    /// Starts devpath with stdout piped, read line by line by a thread so
    /// that waiting for a line can time out.
    fn start(command: &mut Command) -> Running {
        let mut child = command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("devpath runs");
        let stdout = child.stdout.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Running {
            child,
            lines,
            output: String::new(),
        }
    }

    /// The first line for which `found` gives something, reading for at
    /// most 60 s.
    fn wait_for<T>(&mut self, mut found: impl FnMut(&str) -> Option<T>) -> T {
        let start = Instant::now();
        loop {
            let timeout = Duration::from_secs(60).saturating_sub(start.elapsed());
            let Ok(line) = self.lines.recv_timeout(timeout) else {
                panic!("devpath never printed what was awaited:\n{}", self.output);
            };
            self.output += &line;
            self.output.push('\n');
            if let Some(value) = found(&line) {
                return value;
            }
        }
    }

    /// Sends `signal` to devpath alone (as a terminal would, the steps
    /// being in process groups of their own) and waits for it to exit, for
    /// at most `give_up`. Returns its exit code, how long it took after the
    /// signal and its stderr; the rest of its stdout is in `output`.
    fn signal(&mut self, signal: &str, give_up: Duration) -> (Option<i32>, Duration, String) {
        let status = Command::new("kill")
            .args(["-s", signal, &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let signalled = Instant::now();
        let code = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status.code();
            }
            if signalled.elapsed() > give_up {
                panic!("devpath did not exit after SIG{signal}:\n{}", self.output);
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        let took = signalled.elapsed();
        eprintln!("SIG{signal}: devpath exited {took:?} after the signal");
        while let Ok(line) = self.lines.recv_timeout(Duration::from_secs(5)) {
            self.output += &line;
            self.output.push('\n');
        }
        let mut stderr = String::new();
        if let Some(mut pipe) = self.child.stderr.take() {
            use std::io::Read as _;
            let _ = pipe.read_to_string(&mut stderr);
        }
        (code, took, stderr)
    }
}

/// A test that failed does not leave devpath running.
impl Drop for Running {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
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

/// Whether group `pgid` ends within a second: SIGKILL is sent before
/// devpath exits, but the kernel may take a moment to finish the processes.
fn group_ends(pgid: i32) -> bool {
    (0..50).any(|_| {
        std::thread::sleep(Duration::from_millis(20));
        !group_alive(pgid)
    })
}

/// `devpath pipeline` on [`HOLD`], interrupted by `signal` once its step
/// has started.
fn assert_pipeline_cancelled_promptly(signal: &str) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("hold.yml"), HOLD).unwrap();
    let mut devpath = Running::start(
        Command::new(env!("CARGO_BIN_EXE_devpath"))
            .current_dir(dir.path())
            .args(["--color", "never", "pipeline", "hold.yml", "--repo", "."]),
    );
    let group = devpath.wait_for(|line| line.trim().strip_prefix("started ")?.parse::<i32>().ok());
    assert!(
        group_alive(group),
        "the step's group {group} is not running"
    );
    let (code, took, stderr) = devpath.signal(signal, GRACE + Duration::from_secs(20));
    let output = &devpath.output;
    // A cancelled run is not a success: exit 1, as for a failed one.
    assert_eq!(code, Some(1), "{output}{stderr}");
    assert!(output.ends_with("conclusion: cancelled\n"), "{output}");
    assert!(
        took <= GRACE + Duration::from_secs(1),
        "devpath took {took:?} to exit after SIG{signal}:\n{output}"
    );
    assert!(
        group_ends(group),
        "the step's `sleep 30` (group {group}) outlived devpath"
    );
}

#[test]
fn ctrl_c_stops_a_step_that_ignores_sigterm_after_the_grace_period() {
    assert_pipeline_cancelled_promptly("INT");
}

#[test]
fn a_closed_terminal_stops_the_run_like_ctrl_c() {
    assert_pipeline_cancelled_promptly("HUP");
}

#[test]
fn registry_serve_stops_on_sigint_sigterm_and_sighup() {
    for signal in ["INT", "TERM", "HUP"] {
        let mut devpath = Running::start(Command::new(env!("CARGO_BIN_EXE_devpath")).args([
            "registry",
            "serve",
            "--addr",
            "127.0.0.1:0",
        ]));
        // Without --root the storage is a temporary folder, removed on exit.
        let storage = devpath.wait_for(|line| {
            let rest = line.split("(storage: ").nth(1)?;
            Some(PathBuf::from(rest.strip_suffix(')')?))
        });
        devpath.wait_for(|line| (line == "Press Ctrl-C to stop.").then_some(()));
        assert!(storage.is_dir(), "{}", storage.display());
        let (code, _, stderr) = devpath.signal(signal, Duration::from_secs(10));
        let output = &devpath.output;
        assert_eq!(code, Some(0), "SIG{signal}:\n{output}{stderr}");
        assert!(
            output.ends_with("registry stopped\n"),
            "SIG{signal}:\n{output}"
        );
        assert!(
            !storage.exists(),
            "SIG{signal}: {} is left",
            storage.display()
        );
    }
}

/// The deploy exercise's solution, then a step that ignores SIGTERM and
/// writes its process group and the deployed container's name to `marker`.
fn deploy_then_hold(workspace: &Path, marker: &Path) {
    let workflow = workspace.join("07-cd-deploy-script/.github/workflows/pipeline.yml");
    let mut text = std::fs::read_to_string(&workflow).unwrap();
    text += &format!(
        r#"      - name: Hold
        run: |
          trap '' TERM
          echo "$$ $APP_CONTAINER" > {marker}.tmp
          mv {marker}.tmp {marker}
          sleep 120
"#,
        marker = marker.display()
    );
    std::fs::write(&workflow, text).unwrap();
}

#[test]
fn ctrl_c_during_a_scenario_removes_its_containers() {
    let _docker = support::docker_shared();
    let ws = support::TestWorkspace::new();
    ws.solve("07-cd-deploy-script");
    let marker = ws.path().join("holding");
    deploy_then_hold(ws.path(), &marker);
    let mut devpath = Running::start(
        Command::new(env!("CARGO_BIN_EXE_devpath"))
            .current_dir(ws.path())
            .env("NO_COLOR", "1")
            .args(["run", "07"]),
    );
    let start = Instant::now();
    let holding = loop {
        if let Ok(text) = std::fs::read_to_string(&marker) {
            break text;
        }
        if let Some(status) = devpath.child.try_wait().unwrap() {
            panic!(
                "devpath ended ({status}) before the hold step:\n{}",
                devpath.output
            );
        }
        assert!(
            start.elapsed() < Duration::from_secs(180),
            "the hold step never started:\n{}",
            devpath.output
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    let (group, container) = holding.trim().split_once(' ').expect("pgid and name");
    let group: i32 = group.parse().unwrap();
    let containers = || {
        let out = Command::new("docker")
            .args(["ps", "-a", "--format", "{{.Names}}", "--filter"])
            .arg(format!("name=^{container}$"))
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    assert_eq!(
        containers(),
        container,
        "the deployed container is not there"
    );
    let (code, took, stderr) = devpath.signal("INT", GRACE + Duration::from_secs(60));
    assert_eq!(code, Some(2), "{}{stderr}", devpath.output);
    assert!(
        stderr.contains("interrupted: the run was stopped and everything it created was removed"),
        "{stderr}"
    );
    // The grace period, then the cleanup; not the step's two minutes.
    assert!(took < GRACE + Duration::from_secs(30), "{took:?}");
    assert!(
        group_ends(group),
        "the hold step (group {group}) outlived devpath"
    );
    assert_eq!(containers(), "", "the run's container {container} is left");
}
