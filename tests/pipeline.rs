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
        .env("USER", "tester")
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
fn approving_an_environment_that_is_not_declared_is_an_error() {
    let out = pipeline("deploy.yml", &["--approve", "production"]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: --approve production: \"production\" is not declared in any environments file; pass --environments FILE with an [environments.production] table\n"
    );
    let out = pipeline(
        "deploy.yml",
        &["--environments", "environments.toml", "--reject", "qa"],
    );
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: --reject qa: \"qa\" is not declared in environments.toml; add an [environments.qa] table there\n"
    );
}

#[test]
fn an_approved_deployment_sees_its_environment() {
    let out = pipeline(
        "deploy.yml",
        &[
            "--environments",
            "environments.toml",
            "--approve",
            "production",
            "--var",
            "APP_PORT=80",
        ],
    );
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(!out.stdout.contains("prod-token-42"));
    insta::assert_snapshot!("deploy_approved", out.stdout);
    assert_eq!(out.stderr, "");
}

#[test]
fn a_rejected_deployment_fails_and_skips_what_follows() {
    let out = pipeline(
        "deploy.yml",
        &[
            "--environments",
            "environments.toml",
            "--reject",
            "Production",
        ],
    );
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    insta::assert_snapshot!("deploy_rejected", out.stdout);
}

#[test]
fn without_a_terminal_or_a_flag_nobody_approves() {
    let out = pipeline(
        "deploy.yml",
        &[
            "--environments",
            "environments.toml",
            "--approve",
            "staging",
            "--format",
            "json",
        ],
    );
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    let value = json(&out);
    assert_eq!(value["conclusion"], "failure");
    let deploy = &value["jobs"][1];
    assert_eq!(deploy["result"], "failure");
    assert_eq!(
        deploy["environment"],
        serde_json::json!({ "name": "production", "url": null })
    );
    assert_eq!(
        deploy["approval"],
        serde_json::json!({
            "approved": false,
            "reviewer": "nobody",
            "comment": "no reviewer answered (use --approve ENV)",
        })
    );
    assert_eq!(deploy["steps"], serde_json::json!([]));
    assert_eq!(value["jobs"][2]["result"], "skipped");
    assert_eq!(value["jobs"][0]["environment"], serde_json::Value::Null);
    assert_eq!(value["jobs"][0]["approval"], serde_json::Value::Null);
}

#[test]
fn approvals_and_urls_in_json() {
    let out = pipeline(
        "deploy.yml",
        &[
            "--environments",
            "environments.toml",
            "--approve",
            "production",
            "--format",
            "json",
        ],
    );
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let value = json(&out);
    let deploy = &value["jobs"][1];
    assert_eq!(
        deploy["environment"],
        serde_json::json!({ "name": "production", "url": "http://localhost:8081/" })
    );
    assert_eq!(
        deploy["approval"],
        serde_json::json!({
            "approved": true,
            "reviewer": "tester",
            "comment": "--approve production",
        })
    );
}

#[test]
fn a_person_at_the_terminal_is_asked() {
    // `script` gives devpath a real terminal; the answers come through it.
    let devpath = env!("CARGO_BIN_EXE_devpath");
    let command = format!(
        "{devpath} --color never pipeline deploy.yml --repo repo --environments environments.toml"
    );
    let mut child = Command::new("script")
        .current_dir(fixtures())
        .args(["-qec", &command, "/dev/null"])
        .env("USER", "tester")
        .env_remove("NO_COLOR")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("script (util-linux) runs");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(b"lead\ny\nlooks good\n").unwrap();
        // Keep the terminal open until devpath has read the answers.
        std::thread::sleep(std::time::Duration::from_secs(2));
    }
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
    assert!(out.status.success(), "{text}");
    assert!(text.contains("Waiting for approval to deploy "), "{text}");
    assert!(
        text.contains(
            " to production (job deploy). Required reviewers: lead.\nYour name: Approve? [y/N] Comment: "
        ),
        "{text}"
    );
    assert!(
        text.contains("  ✓ approved by lead: looks good\n"),
        "{text}"
    );
    assert!(text.contains("deploying on port 8081 with ***"), "{text}");
}

/// Runs deploy.yml on a real terminal (`script`), typing `answers`.
fn at_the_terminal(answers: &[u8]) -> (bool, String) {
    let devpath = env!("CARGO_BIN_EXE_devpath");
    let command = format!(
        "{devpath} --color never pipeline deploy.yml --repo repo --environments environments.toml"
    );
    let mut child = Command::new("script")
        .current_dir(fixtures())
        .args(["-qec", &command, "/dev/null"])
        .env("USER", "tester")
        .env_remove("NO_COLOR")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("script (util-linux) runs");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(answers).unwrap();
        std::thread::sleep(std::time::Duration::from_secs(2));
    }
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
    (out.status.success(), text)
}

#[test]
fn only_a_required_reviewer_may_approve_and_others_are_told_who_can() {
    let (_, text) = at_the_terminal(b"mallory\nlead\ny\nfine\n");
    assert!(
        text.contains(
            "Your name: mallory is not a required reviewer of production: only lead can approve or \
             reject this deployment (reviewers are listed under [environments.production] reviewers).\n"
        ),
        "{text}"
    );
    assert!(text.contains("  ✓ approved by lead: fine\n"), "{text}");
    assert!(!text.contains("approved by mallory"), "{text}");

    // Nobody listed answers: the deployment is rejected, not approved.
    let (passed, text) = at_the_terminal(b"mallory\neve\ntester\ny\n");
    assert!(!passed, "{text}");
    assert!(text.contains("rejected by nobody"), "{text}");
}

#[test]
fn a_bad_environments_file_names_the_place() {
    let out = pipeline("deploy.yml", &["--environments", "bad-environments.toml"]);
    assert_eq!(out.code, 2);
    assert_eq!(out.stdout, "");
    assert_eq!(
        out.stderr,
        "error: bad-environments.toml:3:1: unknown field `wait_timer`, expected one of `reviewers`, `wait_timer_seconds`, `vars`, `secrets`\n"
    );
    let dir = tempfile::tempdir().unwrap();
    for (text, message) in [
        (
            "[environments.production]\nreviewers = \"lead\"\n",
            "2:13: invalid type: string \"lead\", expected a sequence",
        ),
        (
            "[environments.production\n",
            "1:25: unclosed table, expected `]`",
        ),
        (
            "[environment.production]\n",
            "1:2: unknown field `environment`, expected `environments`",
        ),
        (
            "[environments.qa]\nwait_timer_seconds = -1\n",
            "2:22: invalid value: integer `-1`, expected u64",
        ),
    ] {
        let file = dir.path().join("envs.toml");
        std::fs::write(&file, text).unwrap();
        let out = pipeline("deploy.yml", &["--environments", file.to_str().unwrap()]);
        assert_eq!(out.code, 2, "{text}");
        assert_eq!(
            out.stderr,
            format!("error: {}:{message}\n", file.display()),
            "{text}"
        );
    }
}

#[test]
fn a_newer_job_in_a_concurrency_group_cancels_the_waiting_one() {
    let out = pipeline("concurrency.yml", &[]);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    insta::assert_snapshot!("concurrency", out.stdout);
    assert_eq!(out.stderr, "");
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

/// `devpath pipeline … | true` used to panic on the closed pipe. The run
/// still goes to its end (its cleanup included), then devpath exits 0.
#[test]
fn a_closed_stdout_ends_quietly_with_exit_0() {
    for fixture in ["success.yml", "failure.yml"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_devpath"))
            .current_dir(fixtures())
            .args(["--color", "never", "pipeline", fixture, "--repo", "repo"])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("devpath runs");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("devpath ends");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{fixture}: {stderr}");
        assert!(!stderr.contains("panicked"), "{fixture}: {stderr}");
    }
}

fn validate(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_devpath"))
        .current_dir(fixtures())
        .args(["--color", "never", "validate"])
        .args(args)
        .output()
        .expect("devpath runs");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn validate_exits_0_for_valid_files_and_1_with_every_problem_otherwise() {
    let ok = validate(&["success.yml", "failure.yml"]);
    assert_eq!(ok.code, 0, "{}{}", ok.stdout, ok.stderr);
    assert_eq!(ok.stdout, "✓ 2 workflow files valid\n");

    let bad = validate(&["success.yml", "invalid.yml"]);
    assert_eq!(bad.code, 1, "{}{}", bad.stdout, bad.stderr);
    assert!(bad.stdout.contains("invalid.yml:9:12: error: job \"deploy\" needs \"buld\", which does not exist — did you mean \"build\"?\n"), "{}", bad.stdout);
    assert!(
        bad.stdout.ends_with("✗ 1 of 2 workflow files invalid\n"),
        "{}",
        bad.stdout
    );

    let json = validate(&["invalid.yml", "--format", "json"]);
    assert_eq!(json.code, 1);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(value["files"], 1);
    assert_eq!(value["invalid"], 1);
    assert_eq!(value["diagnostics"].as_array().unwrap().len(), 5);
    assert_eq!(value["diagnostics"][0]["line"], 6);
}

#[test]
fn validate_reads_folders_and_says_when_a_path_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let workflows = dir.path().join(".github/workflows");
    std::fs::create_dir_all(&workflows).unwrap();
    std::fs::copy(fixtures().join("success.yml"), workflows.join("ci.yml")).unwrap();
    std::fs::write(workflows.join("notes.txt"), "not a workflow").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_devpath"))
        .current_dir(dir.path())
        .args(["--color", "never", "validate"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "✓ 1 workflow file valid\n"
    );

    let missing = validate(&["no-such.yml"]);
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("no-such.yml"), "{}", missing.stderr);
}

/// `devpath pipeline` in a fresh folder holding `workflow` and a
/// Dockerfile from the lessons' base image.
fn pipeline_in_folder(workflow: &str, args: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("Dockerfile"),
        "FROM devpath/base:1\nCOPY VERSION /VERSION\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("VERSION"), "1.0.0\n").unwrap();
    std::fs::write(dir.path().join("publish.yml"), workflow).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_devpath"))
        .current_dir(dir.path())
        .args(["--color", "never", "pipeline", "publish.yml", "--repo", "."])
        .args(args)
        .output()
        .unwrap();
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

const PUBLISH: &str = "on: push
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: |
          image=${{ vars.REGISTRY }}/devpath-test/pipeline-registry:${{ github.sha }}
          docker build -q -t \"$image\" . >/dev/null
          if docker push -q \"$image\"; then pushed=0; else pushed=1; fi
          docker rmi \"$image\" >/dev/null
          echo \"listening on '${{ vars.APP_PORT }}'\"
          exit $pushed
";

#[test]
fn without_var_registry_the_embedded_registry_serves_the_run_and_empty_vars_are_named() {
    let out = pipeline_in_folder(PUBLISH, &[]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let note = out
        .stderr
        .lines()
        .find(|l| l.starts_with("note: publish.yml:8:21: vars.REGISTRY is not set (no --var REGISTRY=HOST): using 127.0.0.1:"))
        .unwrap_or_else(|| panic!("{}", out.stderr));
    assert!(
        note.ends_with(", devpath's own, started for this run"),
        "{note}"
    );
    assert!(
        out.stderr.contains(
            "warning: publish.yml:12:35: vars.APP_PORT is empty in this run: pass --var APP_PORT=VALUE"
        ),
        "{}",
        out.stderr
    );
    assert!(out.stdout.contains("listening on ''"), "{}", out.stdout);
}

#[test]
fn a_registry_given_with_var_is_used_as_is() {
    // Nothing listens there: the push fails, naming that address, instead
    // of docker's "invalid reference format" for an empty REGISTRY.
    let out = pipeline_in_folder(
        PUBLISH,
        &["--var", "REGISTRY=127.0.0.1:9", "--var", "APP_PORT=1"],
    );
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(!out.stderr.contains("vars."), "{}", out.stderr);
    assert!(out.stdout.contains("127.0.0.1:9"), "{}", out.stdout);
    assert!(
        !out.stdout.contains("invalid reference format"),
        "{}",
        out.stdout
    );
}
