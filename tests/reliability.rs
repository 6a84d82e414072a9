//! What a run owns and must protect: its secrets, its files, the machine.
//! Driven through the real binary.

use std::io::{BufRead as _, BufReader};
use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

mod support;

use support::{Devpath, TestWorkspace, copy_tree, repo};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workflows")
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// A step script used to hold the expanded secret in a world-readable
/// file (0644 in 0755 folders): another local user read the token during
/// a run. Now the run's folder is private and the script is emptied when
/// its step ends.
#[test]
fn another_user_cannot_read_a_running_steps_secret() {
    if !is_root() {
        eprintln!("skipped: switching to another user needs root");
        return;
    }
    let secret = "s3cr3t-token-4711";
    let tmp = tempfile::tempdir().unwrap();
    std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_devpath"))
        .current_dir(fixtures())
        .args([
            "--color",
            "never",
            "pipeline",
            "secret-sleep.yml",
            "--repo",
            "repo",
        ])
        .args(["--secret", &format!("TOKEN={secret}")])
        .env("TMPDIR", tmp.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let started = lines
        .by_ref()
        .map_while(Result::ok)
        .any(|line| line.contains("started 17"));
    assert!(started, "the step did not start");

    let runs: Vec<PathBuf> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("devpath-pipeline-")
        })
        .collect();
    assert_eq!(runs.len(), 1, "{runs:?}");
    let mode = std::fs::metadata(&runs[0]).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700, "the run's folder is {mode:o}");
    let as_nobody = Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .args(["grep", "-rl", secret])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert!(
        as_nobody.stdout.is_empty(),
        "another user read the secret in: {}",
        String::from_utf8_lossy(&as_nobody.stdout)
    );
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(child.wait().unwrap().success(), "{rest:?}");
    assert!(!rest.iter().any(|l| l.contains(secret)), "{rest:?}");
    // Nothing of the run stays behind.
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0);
}

/// The script of a step that ended holds nothing: the secret lived on disk
/// only while its step ran.
#[test]
fn a_finished_steps_script_is_emptied() {
    let secret = "another-s3cr3t-42";
    let dir = tempfile::tempdir().unwrap();
    let workflow = dir.path().join("wf.yml");
    std::fs::write(
        &workflow,
        "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo '${{ secrets.T }}' > /dev/null\n  b:\n    needs: a\n    runs-on: x\n    steps:\n      - run: grep -rl \"$SECRET_TEXT\" \"$RUNNER_TEMP/../..\" || echo clean\n        env:\n          SECRET_TEXT: ${{ secrets.T }}\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_devpath"))
        .current_dir(dir.path())
        .args(["--color", "never", "pipeline", "wf.yml", "--repo", "."])
        .args(["--secret", &format!("T={secret}")])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    // Job b looks through the whole run folder while it runs: job a's last
    // script used to keep the expanded secret until the run ended.
    assert!(stdout.lines().any(|l| l.trim() == "clean"), "{stdout}");
}

/// `doctor` used to hang forever (200+ s) on an engine that accepts
/// connections and never answers: it waited in `docker version`.
#[test]
fn doctor_answers_within_5_seconds_when_the_engine_never_does() {
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("silent.sock");
    let listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let holder = std::thread::spawn(move || {
        // Accept and hold every connection, answering nothing.
        let mut held = Vec::new();
        for stream in listener.incoming().take(8) {
            held.push(stream);
        }
    });
    let started = std::time::Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_devpath"))
        .current_dir(dir.path())
        .args(["--color", "never", "doctor"])
        .env("DOCKER_HOST", format!("unix://{}", socket.display()))
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        elapsed < std::time::Duration::from_secs(5),
        "{elapsed:?}\n{stdout}"
    );
    assert!(stdout.contains("no answer within 2 s"), "{stdout}");
    drop(holder);
}

/// Non-UTF-8 bytes in state.toml used to give "stream did not contain
/// valid UTF-8" with no way out; `reset --all` failed the same way, and
/// the suggested `mv` then made `devpath verify` say "no devpath workspace
/// here". Every step of the way out is run here.
#[test]
fn a_damaged_state_offers_commands_that_work() {
    let pack = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("tests/fixtures/packs/mini"), pack.path());
    let pack_arg = pack.path().to_str().unwrap();
    let ws = TestWorkspace::with_args(&["--course", pack_arg]);
    let exercise = "01-push-runs-tests";
    copy_tree(
        &pack.path().join(exercise).join("solution"),
        &ws.path().join(exercise),
    );
    let state = ws.path().join(".devpath/state.toml");
    std::fs::write(&state, b"format_version = 1\ncurrent = \"\xff\xfe\"\n").unwrap();

    let ran = ws.devpath(&["--course", pack_arg, "list"]).expect(2);
    assert!(ran.stderr.contains("is not UTF-8 text"), "{}", ran.stderr);
    let mv = ran
        .stderr
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("mv "))
        .unwrap_or_else(|| panic!("no mv command in: {}", ran.stderr))
        .to_string();
    assert!(
        ran.stderr.contains("devpath verify --all"),
        "{}",
        ran.stderr
    );

    // reset --all works on a damaged state too (in a copy, to keep going).
    let other = tempfile::tempdir().unwrap();
    copy_tree(ws.path(), other.path());
    Devpath::new(other.path(), &["--course", pack_arg, "reset", "--all"]).expect(0);
    Devpath::new(other.path(), &["--course", pack_arg, "list"]).expect(0);

    // The way out the message gives: the mv, then verify --all.
    let status = Command::new("sh")
        .arg("-c")
        .arg(&mv)
        .current_dir(ws.path())
        .status()
        .unwrap();
    assert!(status.success(), "{mv}");
    let verified = ws
        .devpath(&["--course", pack_arg, "verify", "--all"])
        .expect(0);
    assert!(
        verified.stdout.contains(&format!("✓ {exercise}")),
        "{}",
        verified.stdout
    );
    let list = ws.devpath(&["--course", pack_arg, "list"]).expect(0);
    assert!(list.stdout.contains("(1/1 done)"), "{}", list.stdout);
}

/// `run 1`, `run 2` and `run 3` at once all printed "passed", but
/// state.toml ended with only one of them done.
#[test]
fn concurrent_runs_in_one_workspace_keep_every_pass() {
    let ws = TestWorkspace::new();
    let names = [
        "01-ci-first-workflow",
        "02-ci-failing-test",
        "03-ci-jobs-and-outputs",
    ];
    for name in names {
        ws.solve(name);
    }
    let runs: Vec<_> = names
        .iter()
        .map(|name| {
            Command::new(env!("CARGO_BIN_EXE_devpath"))
                .current_dir(ws.path())
                .args(["--color", "never", "run", name])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut run in runs {
        assert!(run.wait().unwrap().success());
    }
    let list = ws.devpath(&["list"]).expect(0);
    assert!(list.stdout.contains("(3/14 done)"), "{}", list.stdout);
}

/// A passing run in a workspace whose progress cannot be saved used to end
/// with exit 2 and no verdict line: the verdict comes first now.
#[test]
fn a_pass_that_cannot_be_saved_still_shows_its_verdict() {
    let ws = TestWorkspace::new();
    ws.solve("01-ci-first-workflow");
    // A folder where the lock file goes: saving fails even for root.
    std::fs::create_dir(ws.path().join(".devpath/lock")).unwrap();
    let ran = ws.devpath(&["run", "1"]).expect(2);
    assert!(ran.stdout.contains("passed"), "{}", ran.stdout);
    assert!(ran.stderr.contains(".devpath/lock"), "{}", ran.stderr);
}
