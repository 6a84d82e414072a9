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
    pipeline_in("repo", fixture, args, &[])
}

/// Runs `devpath --color never pipeline <fixture> --repo <repo> <args>`
/// from the fixtures folder, with `env` set.
fn pipeline_in(repo: &str, fixture: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_devpath"))
        .current_dir(fixtures())
        .args(["--color", "never", "pipeline", fixture, "--repo", repo])
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("DEVPATH_ACTIONS_DIR")
        .envs(env.iter().copied())
        .env("USER", "tester")
        .output()
        .expect("devpath runs");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// `git ARGS` in `repo` as a test author; its trimmed output.
fn git_in(repo: &std::path::Path, args: &[&str]) -> String {
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
        "error: dispatch.yml:3:1: not triggered: `on:` has no `push` event; it runs on workflow_dispatch (try --event workflow_dispatch)\n"
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
fn a_failing_pipeline_passes_without_shell_and_fails_with_shell_bash() {
    let out = pipeline("pipefail.yml", &["--format", "json"]);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    let value = json(&out);
    let results: Vec<(&str, &str)> = value["jobs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|job| (job["id"].as_str().unwrap(), job["result"].as_str().unwrap()))
        .collect();
    assert_eq!(results, [("no-shell", "success"), ("bash", "failure")]);
    assert_eq!(value["conclusion"], "failure");
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
    let git = |args: &[&str]| git_in(repo, args);
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
    assert!(bad.stdout.contains("invalid.yml:9:12: error: job \"deploy\" needs \"buld\", which does not exist — did you mean \"build\"? [job-needs]\n"), "{}", bad.stdout);
    assert!(
        bad.stdout.contains("invalid.yml:6:34: error: invalid expression in the `run` script of step 1 of job \"build\"")
            && bad.stdout.contains("[expression]\n"),
        "{}",
        bad.stdout
    );
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
    assert_eq!(value["diagnostics"][0]["rule"], "expression");
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

// Events and filters (`events.yml` lists every event devpath triggers).

/// The lines a step of `events.yml` printed (the `key=value` lines).
fn shown(out: &Output) -> Vec<&str> {
    out.stdout
        .lines()
        .map(str::trim)
        .filter(|l| l.contains('='))
        .collect()
}

#[test]
fn a_tag_push_sets_the_ref_and_runs_the_jobs_for_tags() {
    let out = pipeline("events.yml", &["--ref", "refs/tags/v1.2.3"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    insta::assert_snapshot!("events_tag_push", out.stdout);
}

#[test]
fn pull_request_defaults_need_no_flags() {
    let out = pipeline("events.yml", &["--event", "pull_request"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert_eq!(
        shown(&out)[..3],
        [
            "event=pull_request ref=refs/pull/1/merge ref_name=1/merge ref_type=branch",
            "head_ref=feature base_ref=main action=opened",
            "pr=1 head=feature base=main",
        ]
    );
    // The tag-only job is skipped, and so is the job that needs it.
    assert!(
        out.stdout
            .contains("○ release: skipped\n\n○ notify: skipped\n"),
        "{}",
        out.stdout
    );
}

#[test]
fn pull_request_flags_set_the_number_branches_and_activity() {
    let out = pipeline(
        "events.yml",
        &[
            "--event",
            "pull_request",
            "--pr",
            "7",
            "--head",
            "fix-login",
            "--activity",
            "reopened",
        ],
    );
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert_eq!(
        shown(&out)[..3],
        [
            "event=pull_request ref=refs/pull/7/merge ref_name=7/merge ref_type=branch",
            "head_ref=fix-login base_ref=main action=reopened",
            "pr=7 head=fix-login base=main",
        ]
    );
}

#[test]
fn a_filter_that_stops_a_workflow_says_which_and_where() {
    let branch = pipeline("events.yml", &["--ref", "refs/heads/dev"]);
    assert_eq!(branch.code, 2);
    assert_eq!(branch.stdout, "");
    assert_eq!(
        branch.stderr,
        "error: events.yml:5:15: not triggered: branch \"dev\" does not match on.push.branches [\"main\", \"release/**\"]; to run it, push to \"main\" (--ref refs/heads/main)\n"
    );
    let in_json = pipeline(
        "events.yml",
        &["--ref", "refs/heads/dev", "--format", "json"],
    );
    assert_eq!(in_json.code, 2);
    let value = json(&in_json);
    assert_eq!(value["conclusion"], serde_json::Value::Null);
    assert_eq!(value["not_triggered"]["line"], 5);
    assert_eq!(value["not_triggered"]["col"], 15);
    let base = pipeline("events.yml", &["--event", "pull_request", "--base", "dev"]);
    assert_eq!(base.code, 2);
    assert_eq!(
        base.stderr,
        "error: events.yml:9:15: not triggered: base branch \"dev\" does not match on.pull_request.branches [\"main\"]; to run it, target \"main\" (--base main)\n"
    );
    let activity = pipeline(
        "events.yml",
        &["--event", "pull_request", "--activity", "closed"],
    );
    assert_eq!(
        activity.stderr,
        "error: events.yml:8:3: not triggered: the activity type \"closed\" does not trigger `pull_request` without `types:` (only opened, synchronize, reopened do); add `types: [closed]`\n"
    );
    let release = pipeline(
        "events.yml",
        &["--event", "release", "--activity", "created"],
    );
    assert_eq!(
        release.stderr,
        "error: events.yml:11:12: not triggered: the activity type \"created\" is not in on.release.types [\"published\"]\n"
    );
}

#[test]
fn changed_files_decide_paths_filters() {
    let docs = pipeline(
        "events.yml",
        &["--changed-file", "docs/a.md", "--changed-file", "docs/b.md"],
    );
    assert_eq!(docs.code, 2);
    assert_eq!(
        docs.stderr,
        "error: events.yml:7:19: not triggered: every changed file matches on.push.paths-ignore [\"docs/**\"] (changed: docs/a.md, docs/b.md)\n"
    );
    let code = pipeline(
        "events.yml",
        &[
            "--changed-file",
            "docs/a.md",
            "--changed-file",
            "src/app.rs",
        ],
    );
    assert_eq!(code.code, 0, "{}", code.stderr);
    assert!(!code.stderr.contains("not evaluated"), "{}", code.stderr);
    // Not a git repository and no --changed-file: the filter cannot be
    // evaluated; it passes, with a warning.
    let unknown = pipeline("events.yml", &[]);
    assert_eq!(unknown.code, 0);
    assert!(
        unknown.stderr.contains("events.yml:7:19: warning: on.push.paths-ignore not evaluated: the files this commit changed are not known (give them with --changed-file PATH)"),
        "{}",
        unknown.stderr
    );
    // Path filters are not evaluated for tags.
    let tag = pipeline(
        "events.yml",
        &["--ref", "refs/tags/v2.0", "--changed-file", "docs/a.md"],
    );
    assert_eq!(tag.code, 0, "{}", tag.stderr);
}

#[test]
fn an_event_file_is_merged_into_github_event_and_flags_win() {
    let out = pipeline(
        "events.yml",
        &["--event", "pull_request", "--event-file", "labeled.json"],
    );
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let lines = shown(&out);
    assert_eq!(
        lines[..3],
        [
            "event=pull_request ref=refs/pull/42/merge ref_name=42/merge ref_type=branch",
            "head_ref=fix-login base_ref=main action=synchronize",
            "pr=42 head=fix-login base=main",
        ]
    );
    assert_eq!(lines[4], "label=bug client=");
    let flag = pipeline(
        "events.yml",
        &[
            "--event",
            "pull_request",
            "--event-file",
            "labeled.json",
            "--pr",
            "5",
        ],
    );
    assert_eq!(shown(&flag)[2], "pr=5 head=fix-login base=main");
    // Its activity type goes through the types filter like any other.
    let dispatch = pipeline(
        "events.yml",
        &[
            "--event",
            "repository_dispatch",
            "--event-file",
            "labeled.json",
        ],
    );
    assert_eq!(
        dispatch.stderr,
        "error: events.yml:15:12: not triggered: the activity type \"synchronize\" is not in on.repository_dispatch.types [\"deploy\"]\n"
    );
}

#[test]
fn a_bad_event_file_is_an_error_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.json");
    std::fs::write(&file, "{\n  \"action\": ,\n}\n").unwrap();
    let out = pipeline("events.yml", &["--event-file", file.to_str().unwrap()]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with(&format!(
            "error: {}:2:13: the event file is not valid JSON",
            file.display()
        )),
        "{}",
        out.stderr
    );
}

/// Runs `devpath --color never pipeline <fixture> --repo reuse-repo <args>`
/// from the fixtures folder: a repository with a local composite action
/// and a reusable workflow.
fn pipeline_reuse(fixture: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
    pipeline_in("reuse-repo", fixture, args, env)
}

#[test]
fn local_actions_and_the_action_folder() {
    let out = pipeline_reuse("local-actions.yml", &["--actions-dir", "actions"], &[]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    for line in [
        "Hello, learner (app v1)",
        "hello from the action folder",
        "the action said Hello learner",
    ] {
        assert!(out.stdout.contains(line), "{line:?} in {}", out.stdout);
    }
    // The same folder through the environment.
    let out = pipeline_reuse(
        "local-actions.yml",
        &[],
        &[("DEVPATH_ACTIONS_DIR", "actions")],
    );
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
}

#[test]
fn a_remote_action_not_in_the_folder_fails_its_step_saying_how_to_provide_it() {
    let out = pipeline_reuse("local-actions.yml", &[], &[]);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout
            .contains("local-actions.yml:11:15: `uses: octo/hello@v1` is not available offline")
            && out
                .stdout
                .contains("(`--actions-dir DIR` or DEVPATH_ACTIONS_DIR) as DIR/octo/hello@v1"),
        "{}",
        out.stdout
    );
    let out = pipeline_reuse(
        "local-actions.yml",
        &["--actions-dir", "no-such-folder"],
        &[],
    );
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("--actions-dir no-such-folder: no such folder"),
        "{}",
        out.stderr
    );
}

#[test]
fn schedule_release_and_repository_dispatch_defaults() {
    let schedule = pipeline("events.yml", &["--event", "schedule"]);
    assert_eq!(schedule.code, 0, "{}", schedule.stderr);
    assert_eq!(shown(&schedule)[3], "created= tag= schedule=0 3 * * 1");
    let release = pipeline(
        "events.yml",
        &["--event", "release", "--ref", "refs/tags/v3.0.0"],
    );
    assert_eq!(release.code, 0, "{}", release.stderr);
    assert_eq!(
        shown(&release)[0],
        "event=release ref=refs/tags/v3.0.0 ref_name=v3.0.0 ref_type=tag"
    );
    assert!(release.stdout.contains("releasing v3.0.0"));
    // The first of the workflow's types is the default event type.
    let dispatch = pipeline("events.yml", &["--event", "repository_dispatch"]);
    assert_eq!(dispatch.code, 0, "{}", dispatch.stderr);
    assert_eq!(shown(&dispatch)[1], "head_ref= base_ref= action=deploy");
}

#[test]
fn a_flag_for_another_event_is_a_mistake() {
    let out = pipeline("events.yml", &["--pr", "3"]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: --pr applies to pull_request and pull_request_target, not to push: add --event with one of those, or drop --pr\n"
    );
    let bare = pipeline("events.yml", &["--ref", "dev"]);
    assert_eq!(
        bare.stderr,
        "error: --ref dev: give the full ref, refs/heads/dev for a branch or refs/tags/dev for a tag\n"
    );
}

#[test]
fn list_shows_triggers_and_jobs_and_runs_nothing() {
    let out = pipeline("events.yml", &["--list"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    insta::assert_snapshot!("events_list", out.stdout);
    let value = json(&pipeline("events.yml", &["--list", "--format", "json"]));
    assert_eq!(
        value["jobs"][2],
        serde_json::json!({"id": "notify", "needs": ["release"]})
    );
    assert_eq!(value["triggers"][5]["event"], "issues");
    assert_eq!(value["triggers"][5]["local"], false);
}

#[test]
fn dry_run_shows_the_plan_and_runs_nothing() {
    let push = pipeline("events.yml", &["--dry-run", "--changed-file", "src/app.rs"]);
    assert_eq!(push.code, 0, "{}", push.stderr);
    insta::assert_snapshot!("events_dry_run_push", push.stdout);
    let tag = pipeline("events.yml", &["--dry-run", "--ref", "refs/tags/v1.0"]);
    insta::assert_snapshot!("events_dry_run_tag", tag.stdout);
    let stopped = pipeline("events.yml", &["--dry-run", "--ref", "refs/heads/dev"]);
    assert_eq!(stopped.code, 1);
    insta::assert_snapshot!("events_dry_run_not_triggered", stopped.stdout);
    let value = json(&pipeline(
        "events.yml",
        &["--dry-run", "--event", "pull_request", "--format", "json"],
    ));
    assert_eq!(value["triggered"], true);
    assert_eq!(value["jobs"][1]["skip"]["reason"], "condition");
    assert_eq!(
        value["jobs"][2]["skip"],
        serde_json::json!({"reason": "needs", "job": "release"})
    );
}

#[test]
fn dry_run_names_the_steps_that_would_fail_on_this_machine() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    std::fs::create_dir_all(repo.join(".github/workflows")).unwrap();
    std::fs::write(
        repo.join(".github/workflows/ci.yml"),
        "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: someone/lint@v1\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 0.1.x\n      - uses: actions/upload-artifact@v3\n        with: {name: a, path: a}\n      - run: echo ok\n",
    )
    .unwrap();
    let actions = tempfile::tempdir().unwrap();
    let dry_run = |extra: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_devpath"))
            .current_dir(repo)
            .args(["--color", "never", "pipeline", ".github/workflows/ci.yml"])
            .args(["--dry-run", "--format", "json"])
            .args(extra)
            .env_remove("DEVPATH_ACTIONS_DIR")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        value["jobs"][0]["blockers"].as_array().unwrap().clone()
    };
    let found = dry_run(&[]);
    let steps: Vec<_> = found.iter().map(|b| b["step"].as_u64().unwrap()).collect();
    assert_eq!(steps, [2, 3, 4], "{found:#?}");
    assert_eq!(found[0]["line"], 7);
    assert_eq!(found[0]["uses"], "someone/lint@v1");
    let message = |i: usize| found[i]["message"].as_str().unwrap().to_string();
    assert!(
        message(0).contains("not available offline"),
        "{}",
        message(0)
    );
    assert!(
        message(1).contains("Node.js version 0.1.x"),
        "{}",
        message(1)
    );
    assert!(message(2).contains("deprecated version"), "{}", message(2));

    // The action in the action folder: only the other two remain.
    let action = actions.path().join("someone/lint@v1");
    std::fs::create_dir_all(&action).unwrap();
    std::fs::write(
        action.join("action.yml"),
        "name: lint\nruns:\n  using: composite\n  steps:\n    - run: echo lint\n      shell: sh\n",
    )
    .unwrap();
    let dir_arg = actions.path().to_string_lossy().into_owned();
    let found = dry_run(&["--actions-dir", &dir_arg]);
    let steps: Vec<_> = found.iter().map(|b| b["step"].as_u64().unwrap()).collect();
    assert_eq!(steps, [3, 4], "{found:#?}");

    // For humans, each under its job, with file:line:col.
    let out = Command::new(env!("CARGO_BIN_EXE_devpath"))
        .current_dir(repo)
        .args([
            "--color",
            "never",
            "pipeline",
            ".github/workflows/ci.yml",
            "--dry-run",
        ])
        .env_remove("DEVPATH_ACTIONS_DIR")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("    ! step 2 would fail on this machine (.github/workflows/ci.yml:7:15): `uses: someone/lint@v1` is not available offline"),
        "{text}"
    );
    assert!(!repo.join(".devpath").exists(), "a dry run creates nothing");
}

#[test]
fn in_a_git_repository_checkout_makes_a_git_workspace_with_fetch_depth_commits() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    let git = |args: &[&str]| git_in(repo, args);
    std::fs::create_dir_all(repo.join(".github/workflows")).unwrap();
    std::fs::write(
        repo.join(".github/workflows/ci.yml"),
        "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n      - run: echo \"head=$(git rev-parse HEAD) count=$(git rev-list --count HEAD) branch=$(git branch --show-current) origin=$(git remote get-url origin)\"; git status --short\n      - uses: actions/checkout@v4\n        with: {fetch-depth: 0, path: full}\n      - run: cd full && echo \"full=$(git rev-list --count HEAD) tags=$(git tag | tr '\\n' ' ')\"\n",
    )
    .unwrap();
    std::fs::write(repo.join("app.sh"), "echo v1\n").unwrap();
    git(&["init", "-q", "-b", "main"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "first"]);
    git(&["tag", "v0.1"]);
    std::fs::write(repo.join("app.sh"), "echo v2\n").unwrap();
    git(&["commit", "-q", "-am", "second"]);
    let head = git(&["rev-parse", "HEAD"]);
    // A change not committed is in the copied files, and shows as one.
    std::fs::write(repo.join("app.sh"), "echo v3\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_devpath"))
        .current_dir(repo)
        .args(["--color", "never", "pipeline", ".github/workflows/ci.yml"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    let dir_name = repo.file_name().unwrap().to_string_lossy();
    assert!(
        text.contains(&format!(
            "head={head} count=1 branch=main origin=https://github.com/local/{dir_name}"
        )),
        "{text}"
    );
    assert!(text.contains(" M app.sh"), "{text}");
    assert!(text.contains("full=2 tags=v0.1"), "{text}");
    // The repository itself is as it was.
    assert_eq!(git(&["tag"]), "v0.1");
    assert_eq!(git(&["branch", "-a"]), "* main");
    assert_eq!(git(&["status", "--short"]), "M app.sh");
}

#[test]
fn in_a_git_repository_paths_filters_see_the_files_of_head() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    let git = |args: &[&str]| {
        git_in(repo, args);
    };
    std::fs::create_dir_all(repo.join(".github/workflows")).unwrap();
    std::fs::create_dir_all(repo.join("src")).unwrap();
    std::fs::write(repo.join("src/app.sh"), "echo v1\n").unwrap();
    std::fs::write(
        repo.join(".github/workflows/ci.yml"),
        "on:\n  push:\n    paths: ['src/**']\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo \"${{ github.event.head_commit.message }} after ${{ github.event.before }}\"\n",
    )
    .unwrap();
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "first"]);
    let devpath = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_devpath"))
            .current_dir(repo)
            .args(["--color", "never", "pipeline", ".github/workflows/ci.yml"])
            .args(args)
            .output()
            .unwrap()
    };
    // The first commit adds src/app.sh: it runs, and the payload has the
    // commit's message and no parent.
    let first = devpath(&[]);
    let stdout = String::from_utf8_lossy(&first.stdout);
    assert!(first.status.success(), "{stdout}");
    assert!(
        stdout.contains("first after 0000000000000000000000000000000000000000"),
        "{stdout}"
    );
    std::fs::write(repo.join("README.md"), "docs\n").unwrap();
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "docs only"]);
    let parent = git_in(repo, &["rev-parse", "HEAD^"]);
    // A branch push updates the branch from the parent; a tag push creates
    // the tag (and paths filters do not apply to tags).
    let tag = devpath(&["--ref", "refs/tags/v1"]);
    let stdout = String::from_utf8_lossy(&tag.stdout);
    assert!(
        stdout.contains("docs only after 0000000000000000000000000000000000000000"),
        "{stdout}"
    );
    let branch = devpath(&["--changed-file", "src/app.sh"]);
    let stdout = String::from_utf8_lossy(&branch.stdout);
    assert!(
        stdout.contains(&format!("docs only after {parent}")),
        "{stdout}"
    );
    let second = devpath(&["--dry-run"]);
    assert_eq!(second.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&second.stdout),
        "dry run for push to refs/heads/main (nothing runs)\n.github/workflows/ci.yml:3:12: not triggered: no changed file matches on.push.paths [\"src/**\"] (changed: README.md)\n"
    );
    // A merge commit changes what it brought in (against its first parent).
    git(&["checkout", "-q", "-b", "topic"]);
    std::fs::write(repo.join("src/app.sh"), "echo v2\n").unwrap();
    git(&["commit", "-q", "-am", "v2"]);
    git(&["checkout", "-q", "-"]);
    git(&["merge", "-q", "--no-ff", "-m", "merge topic", "topic"]);
    let merge = devpath(&["--dry-run"]);
    assert!(
        merge.status.success(),
        "{}",
        String::from_utf8_lossy(&merge.stdout)
    );
}

#[test]
fn a_matrix_job_shows_each_combination_in_the_matrix_order() {
    let out = pipeline("matrix.yml", &[]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    insta::assert_snapshot!("matrix", out.stdout);
    assert_eq!(out.stderr, "");
}

#[test]
fn a_failing_combination_cancels_the_waiting_one() {
    let out = pipeline("matrix-fail-fast.yml", &[]);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    insta::assert_snapshot!("matrix_fail_fast", out.stdout);
}

#[test]
fn matrix_combinations_and_run_name_in_json() {
    let out = pipeline("matrix.yml", &["--format", "json"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let value = json(&out);
    assert_eq!(value["run_name"], "Test main for tester");
    let test = &value["jobs"][0];
    assert_eq!(test["id"], "test");
    assert_eq!(test["result"], "success");
    let ids: Vec<&str> = test["combinations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "test (ubuntu, 18)",
            "test (ubuntu, 20)",
            "test (debian, 20)",
            "test (alpine, 22)"
        ]
    );
    assert_eq!(test["combinations"][1]["matrix"]["coverage"], true);
    assert_eq!(test["outputs"]["alpine-22"], "tested");
    assert_eq!(test["outputs"]["ubuntu-18"], "tested");
}

#[test]
fn bad_permissions_run_name_and_strategy_stop_before_running() {
    let out = pipeline("invalid-keys.yml", &[]);
    assert_eq!(out.code, 2, "{}{}", out.stdout, out.stderr);
    assert_eq!(out.stdout, "");
    insta::assert_snapshot!("invalid_keys", out.stderr);
}

#[test]
fn a_reusable_workflow_runs_as_caller_slash_job_and_gives_its_outputs() {
    let out = pipeline_reuse(
        "reusable.yml",
        &["--secret", "REGISTRY_TOKEN=hunter2", "--format", "json"],
        &[],
    );
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let value = json(&out);
    let jobs = value["jobs"].as_array().unwrap();
    let image = jobs[0]["outputs"]["image"].as_str().unwrap();
    assert!(image.starts_with("app:") && image.len() == 44, "{image}");
    assert_eq!(
        jobs[0]["steps"][0]["name"],
        "build / build: Run echo \"building app:${{ inputs.tag }} push=${{ inputs.push }} token=${{ secrets.REGISTRY_TOKEN }}\""
    );
    let human = pipeline_reuse("reusable.yml", &["--secret", "REGISTRY_TOKEN=hunter2"], &[]);
    assert!(human.stdout.contains("build / build"), "{}", human.stdout);
    assert!(
        human.stdout.contains("push=true token=***"),
        "{}",
        human.stdout
    );
    assert!(
        human.stdout.contains(&format!("deploying {image}")),
        "{}",
        human.stdout
    );
    assert!(!human.stdout.contains("hunter2"));
}

#[test]
fn a_call_with_wrong_inputs_is_refused_before_anything_runs() {
    let out = pipeline_reuse("reusable-bad.yml", &[], &[]);
    assert_eq!(out.code, 2, "{}{}", out.stdout, out.stderr);
    assert_eq!(out.stdout, "");
    for line in [
        "reusable-bad.yml:6:13: error: .github/workflows/build.yml has no input \"tags\" in `on.workflow_call.inputs` — did you mean \"tag\"?",
        "reusable-bad.yml:7:13: error: the input \"push\" of .github/workflows/build.yml is a boolean, but a string is given",
        "reusable-bad.yml:4:11: error: job \"build\" does not give the required input \"tag\" of .github/workflows/build.yml: add it under `with:`",
        "reusable-bad.yml:4:11: error: job \"build\" does not pass the required secret \"REGISTRY_TOKEN\"",
    ] {
        assert!(out.stderr.contains(line), "{line:?} in {}", out.stderr);
    }
}

#[test]
fn validate_checks_calls_of_the_repositorys_reusable_workflows() {
    let out = Command::new(env!("CARGO_BIN_EXE_devpath"))
        .current_dir(fixtures())
        .args([
            "--color",
            "never",
            "validate",
            "reuse-repo/.github/workflows",
        ])
        .env_remove("NO_COLOR")
        .output()
        .expect("devpath runs");
    assert_eq!(out.status.code(), Some(1));
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        text.contains("reuse-repo/.github/workflows/caller-bad.yml:7:14: error: .github/workflows/build.yml has no input \"pushh\" in `on.workflow_call.inputs` — did you mean \"push\"?"),
        "{text}"
    );
    assert!(text.contains("1 of 2 workflow files invalid"), "{text}");
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

#[test]
fn an_artifact_uploaded_by_one_job_is_downloaded_by_the_next_and_listed_in_json() {
    // The run's temporary folder (where artifacts live) goes with the run.
    let tmp = tempfile::tempdir().unwrap();
    let tmp_path = tmp.path().to_str().unwrap();
    let out = pipeline_in(
        "repo",
        "artifacts.yml",
        &["--format", "json"],
        &[("TMPDIR", tmp_path), ("XDG_CACHE_HOME", tmp_path)],
    );
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let v = json(&out);
    assert_eq!(v["conclusion"], "success");
    assert_eq!(
        v["artifacts"],
        serde_json::json!([{ "name": "dist", "files": ["VERSION", "notes.txt"], "size": 12 }])
    );
    let human = pipeline_in(
        "repo",
        "artifacts.yml",
        &[],
        &[("TMPDIR", tmp_path), ("XDG_CACHE_HOME", tmp_path)],
    );
    assert!(human.stdout.contains("built v1"), "{}", human.stdout);
    let left: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
    assert!(left.is_empty(), "the run left {left:?}");
}

#[test]
fn the_cache_outlives_the_run_in_the_xdg_cache_folder() {
    let cache = tempfile::tempdir().unwrap();
    let env = [("XDG_CACHE_HOME", cache.path().to_str().unwrap())];
    let first = pipeline_in("repo", "cache.yml", &[], &env);
    assert_eq!(first.code, 0, "{}{}", first.stdout, first.stderr);
    assert!(first.stdout.contains("hit= fetched"), "{}", first.stdout);
    assert!(
        first.stdout.contains("Cache saved with key: deps-"),
        "{}",
        first.stdout
    );
    let entries = std::fs::read_dir(cache.path().join("devpath/actions-cache"))
        .unwrap()
        .count();
    assert_eq!(entries, 1);
    let second = pipeline_in("repo", "cache.yml", &[], &env);
    assert_eq!(second.code, 0, "{}{}", second.stdout, second.stderr);
    assert!(
        second.stdout.contains("hit=true fetched"),
        "{}",
        second.stdout
    );
    assert!(
        second.stdout.contains("not saving cache"),
        "{}",
        second.stdout
    );
}
