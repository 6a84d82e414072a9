//! `devpath pipeline` driven as a user would: the real binary, real bash,
//! fixture workflows in `tests/fixtures/workflows/`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workflows")
}

struct Output {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs `devpath --color never pipeline <fixture> --repo <fixtures>/repo <args>`
/// from the fixtures folder (so file names in messages are short).
fn pipeline(fixture: &str, args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_devpath"))
        .current_dir(fixtures())
        .args(["--color", "never", "pipeline", fixture, "--repo", "repo"])
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("devpath runs");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", out.stdout))
}

#[test]
fn a_passing_pipeline_exits_0_and_masks_secrets() {
    let out = pipeline("success.yml", &["--secret", "REGISTRY_TOKEN=hunter2"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(!out.stdout.contains("hunter2"));
    insta::assert_snapshot!("success", out.stdout);
    assert_eq!(out.stderr, "");
}

#[test]
fn a_failing_test_skips_the_deployment_and_exits_1() {
    let out = pipeline("failure.yml", &[]);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    insta::assert_snapshot!("failure", out.stdout);
}

#[test]
fn an_invalid_workflow_lists_every_error_and_exits_2() {
    let out = pipeline("invalid.yml", &[]);
    assert_eq!(out.code, 2);
    assert_eq!(out.stdout, "");
    insta::assert_snapshot!("invalid", out.stderr);
}

#[test]
fn an_invalid_workflow_in_json() {
    let out = pipeline("invalid.yml", &["--format", "json"]);
    assert_eq!(out.code, 2);
    let value = json(&out);
    assert_eq!(value["conclusion"], serde_json::Value::Null);
    let first = &value["errors"][0];
    assert_eq!(first["file"], "invalid.yml");
    assert_eq!(first["line"], 6);
    assert_eq!(first["severity"], "error");
}

#[test]
fn warnings_come_first_on_stderr() {
    let out = pipeline("warnings.yml", &[]);
    assert_eq!(out.code, 0);
    insta::assert_snapshot!("warnings", out.stderr);
    assert!(
        out.stdout.ends_with("conclusion: success\n"),
        "{}",
        out.stdout
    );
}

#[test]
fn parallel_jobs_are_shown_one_after_the_other() {
    let out = pipeline("parallel.yml", &[]);
    assert_eq!(out.code, 0);
    insta::assert_snapshot!("parallel", out.stdout);
}

#[test]
fn dispatch_with_inputs_in_json() {
    let out = pipeline(
        "dispatch.yml",
        &[
            "--event",
            "workflow_dispatch",
            "--input",
            "tag=v7",
            "--format",
            "json",
        ],
    );
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let value = json(&out);
    assert_eq!(value["conclusion"], "success");
    assert_eq!(value["event"], "workflow_dispatch");
    let job = &value["jobs"][0];
    assert_eq!(job["id"], "rollback");
    assert_eq!(job["result"], "success");
    assert_eq!(job["outputs"]["deployed"], "v7");
    assert_eq!(job["steps"][1]["conclusion"], "success");
    assert_eq!(value["warnings"], serde_json::json!([]));
}

#[test]
fn dispatch_human_output() {
    let out = pipeline(
        "dispatch.yml",
        &[
            "--event",
            "workflow_dispatch",
            "--input",
            "tag=v7",
            "--input",
            "dry-run=true",
            "--input",
            "environment=production",
        ],
    );
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    insta::assert_snapshot!("dispatch", out.stdout);
}

#[test]
fn bad_dispatch_inputs_stop_before_running() {
    let out = pipeline(
        "dispatch.yml",
        &[
            "--event",
            "workflow_dispatch",
            "--input",
            "environment=prod",
        ],
    );
    assert_eq!(out.code, 2);
    assert_eq!(out.stdout, "");
    insta::assert_snapshot!("bad_inputs", out.stderr);
}

#[test]
fn a_workflow_not_triggered_by_the_event_is_an_error() {
    let out = pipeline("dispatch.yml", &[]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: dispatch.yml is not triggered by a push to refs/heads/main: check its `on:` or pass --event workflow_dispatch\n"
    );
}

#[test]
fn secrets_from_a_dotenv_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("secrets.env");
    // A double-quoted value expands \n: a two-line secret, each line masked.
    std::fs::write(
        &file,
        "# registry\n\nexport REGISTRY_TOKEN=\"tok-1\\nen-42\"\n",
    )
    .unwrap();
    let out = pipeline("success.yml", &["--secret-file", file.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout
            .contains("      logging in with ***\n      ***\n"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("en-42") && !out.stdout.contains("tok-1"));

    std::fs::write(&file, "A=1\nthis is not a pair\n").unwrap();
    let out = pipeline("success.yml", &["--secret-file", file.to_str().unwrap()]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        format!("error: {}:2: expected KEY=VALUE\n", file.display())
    );
}

#[test]
fn environments_are_not_supported_yet() {
    let out = pipeline("success.yml", &["--approve", "production"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("not supported yet"), "{}", out.stderr);
}

#[test]
fn colour_is_used_only_when_asked() {
    let run = |color: &str, no_color: bool| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_devpath"));
        cmd.current_dir(fixtures()).args([
            "--color",
            color,
            "pipeline",
            "failure.yml",
            "--repo",
            "repo",
        ]);
        if no_color {
            cmd.env("NO_COLOR", "1");
        } else {
            cmd.env_remove("NO_COLOR");
        }
        String::from_utf8_lossy(&cmd.output().unwrap().stdout).into_owned()
    };
    assert!(run("always", false).contains("\u{1b}["));
    assert!(!run("never", false).contains("\u{1b}["));
    // Not a terminal, so auto means no colour; NO_COLOR too.
    assert!(!run("auto", false).contains("\u{1b}["));
    assert!(!run("auto", true).contains("\u{1b}["));
}

/// The overhead budget: 20 jobs × 5 `run: true` steps may take at most 1.3×
/// the time of a bash loop starting 100 bash processes. Timing-dependent,
/// so not run by default: `cargo test --test pipeline -- --ignored`.
#[test]
#[ignore]
fn overhead_of_100_steps_is_within_budget() {
    let dir = tempfile::tempdir().unwrap();
    let workflow = dir.path().join("perf.yml");
    let mut text = String::from("on: push\njobs:\n");
    for job in 0..20 {
        text += &format!("  job{job}:\n    runs-on: x\n    steps:\n");
        text += &"      - run: true\n".repeat(5);
    }
    std::fs::write(&workflow, text).unwrap();
    let time = |cmd: &mut Command| {
        let start = std::time::Instant::now();
        let status = cmd.output().unwrap().status;
        assert!(status.success());
        start.elapsed()
    };
    let median = |mut v: Vec<std::time::Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    let (mut loops, mut runs) = (Vec::new(), Vec::new());
    for _ in 0..7 {
        loops.push(time(Command::new("bash").args([
            "-c",
            "for i in $(seq 100); do bash --noprofile --norc -eo pipefail -c true; done",
        ])));
        runs.push(time(
            Command::new(env!("CARGO_BIN_EXE_devpath"))
                .args(["--color", "never", "pipeline"])
                .arg(&workflow)
                .args(["--repo"])
                .arg(dir.path()),
        ));
    }
    let (bash, devpath) = (median(loops), median(runs));
    let ratio = devpath.as_secs_f64() / bash.as_secs_f64();
    eprintln!("bash loop {bash:?}, devpath {devpath:?}, ratio {ratio:.2}");
    assert!(
        ratio <= 1.3,
        "devpath {devpath:?} vs bash loop {bash:?}: ratio {ratio:.2}"
    );
}

#[test]
fn in_a_git_repository_checkout_carries_what_a_push_would() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .current_dir(repo)
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    std::fs::create_dir_all(repo.join(".github/workflows")).unwrap();
    std::fs::create_dir_all(repo.join("target")).unwrap();
    std::fs::write(repo.join(".gitignore"), "target/\n").unwrap();
    std::fs::write(repo.join("target/big.bin"), "ignored").unwrap();
    std::fs::write(repo.join("app.txt"), "tracked").unwrap();
    std::fs::write(
        repo.join(".github/workflows/ci.yml"),
        "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n          echo \"${{ github.sha }}\"\n          find . -type f -not -path './.github/*' | sort\n",
    )
    .unwrap();
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "first"]);
    std::fs::write(repo.join("new.txt"), "untracked, not ignored").unwrap();
    let head = git(&["rev-parse", "HEAD"]);

    let out = Command::new(env!("CARGO_BIN_EXE_devpath"))
        .current_dir(repo.join(".github"))
        .args(["--color", "never", "pipeline", "workflows/ci.yml"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(&format!("      {head}\n")), "{stdout}");
    assert!(
        stdout.contains("      ./.gitignore\n      ./app.txt\n      ./new.txt\n✓"),
        "{stdout}"
    );
    assert!(!stdout.contains("big.bin"), "{stdout}");
}
