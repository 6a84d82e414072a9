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
    assert!(list.stdout.contains("(3/15 done)"), "{}", list.stdout);
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

/// The leak check used to see only the `docker` on PATH: `/usr/bin/docker
/// login -p TOKEN` passed with "no leak found", `curl -u user:TOKEN` was
/// not checked, and an image tagged outside the run's registry
/// (`leaky:sha`) was neither scanned nor removed. What a script made
/// under names of its own (a network, a volume) and a process that
/// escaped with `setsid` outlived the run.
#[test]
fn leaks_around_the_docker_wrapper_are_found_and_nothing_outlives_the_run() {
    let _docker = support::docker_shared();
    let ws = TestWorkspace::new();
    ws.solve("06-cd-secrets");
    let unique = format!(
        "{}x{}",
        std::process::id(),
        std::time::UNIX_EPOCH.elapsed().unwrap().as_nanos()
    );
    ws.write(
        "06-cd-secrets",
        ".github/workflows/pipeline.yml",
        &format!(
            r#"name: Publish
on: push
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      IMAGE: ${{{{ vars.REGISTRY }}}}/my-org/my-app:${{{{ github.sha }}}}
    steps:
      - uses: actions/checkout@v5
      - name: Login
        env:
          TOKEN: ${{{{ secrets.REGISTRY_TOKEN }}}}
        run: printf '%s' "$TOKEN" | docker login "${{{{ vars.REGISTRY }}}}" --username ci --password-stdin
      - run: docker build -t "$IMAGE" . && docker push "$IMAGE"
      - name: Around the wrapper
        env:
          TOKEN: ${{{{ secrets.REGISTRY_TOKEN }}}}
        run: |
          /usr/bin/docker login "${{{{ vars.REGISTRY }}}}" -u ci -p "$TOKEN" 2>/dev/null
          curl -s -u "ci:$TOKEN" "http://${{{{ vars.REGISTRY }}}}/v2/" > /dev/null
          printf '%s' "$TOKEN" > token.txt
          printf 'FROM devpath/base:1\nCOPY token.txt /token\n' > Dockerfile.leak
          docker build -q -f Dockerfile.leak -t "leaky{unique}:${{{{ github.sha }}}}" .
          docker network create "net{unique}-${{{{ github.sha }}}}"
          docker volume create "vol{unique}-${{{{ github.sha }}}}"
          /usr/bin/docker volume create "raw{unique}-${{{{ github.sha }}}}"
          setsid sh -c 'sleep 300; :' "escaped{unique}" > /dev/null 2>&1 < /dev/null &
          sleep 1
"#
        ),
    );
    let ran = ws.devpath(&["run", "06"]).expect(1);
    for place in [
        "command line of `docker login`",
        "command line of `curl`",
        "image layers",
    ] {
        assert!(
            ran.stdout
                .contains(&format!("REGISTRY_TOKEN leaked: {place}")),
            "{place}:\n{}",
            ran.stdout
        );
    }
    assert!(
        !ran.stdout.contains("dp-tok-5b8e1f0c7a9d4e26"),
        "{}",
        ran.stdout
    );
    for left in [
        format!("network net{unique}-"),
        format!("volume vol{unique}-"),
    ] {
        assert!(
            ran.stdout.contains(&left) && ran.stdout.contains("devpath removed it"),
            "{left} is not reported:\n{}",
            ran.stdout
        );
    }
    let engine = |args: &[&str]| {
        let out = Command::new("docker").args(args).output().unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // Made around the wrapper: named, and left alone (it could be the
    // user's); the test removes it.
    let raw: Vec<String> = engine(&["volume", "ls", "--format", "{{.Name}}"])
        .lines()
        .filter(|v| v.starts_with(&format!("raw{unique}-")))
        .map(str::to_string)
        .collect();
    for volume in &raw {
        let _ = Command::new("docker")
            .args(["volume", "rm", volume])
            .output();
    }
    assert_eq!(raw.len(), 2, "{raw:?}");
    for volume in &raw {
        assert!(
            ran.stdout
                .contains(&format!("volume {volume}: made around devpath's `docker`")),
            "{volume} is not reported:\n{}",
            ran.stdout
        );
    }
    assert!(!engine(&["images", "--format", "{{.Repository}}"]).contains(&unique));
    assert!(!engine(&["network", "ls", "--format", "{{.Name}}"]).contains(&unique));
    assert!(!engine(&["volume", "ls", "--format", "{{.Name}}"]).contains(&unique));
    let ps = Command::new("ps")
        .args(["-eo", "stat,args"])
        .output()
        .unwrap();
    let escaped: Vec<String> = String::from_utf8_lossy(&ps.stdout)
        .lines()
        .filter(|l| l.contains(&format!("escaped{unique}")) && !l.starts_with('Z'))
        .map(str::to_string)
        .collect();
    assert!(escaped.is_empty(), "outlived the run: {escaped:?}");
}

/// A `TMPDIR` holding `'` used to break the generated `docker` wrapper
/// (`Unterminated quoted string`): every docker command of the run failed.
#[test]
fn a_tmpdir_with_a_quote_still_runs_docker() {
    let _docker = support::docker_shared();
    let ws = TestWorkspace::new();
    ws.solve("05-cd-build-and-publish");
    let tmp = tempfile::tempdir().unwrap();
    let quoted = tmp.path().join("it's here");
    std::fs::create_dir(&quoted).unwrap();
    let ran = ws
        .devpath(&["run", "05"])
        .env("TMPDIR", quoted.to_str().unwrap())
        .expect(0);
    assert!(ran.stdout.contains("passed"), "{}", ran.stdout);
    // The run's folder went with it.
    assert_eq!(std::fs::read_dir(&quoted).unwrap().count(), 0);
}

/// With `--registry URL`, a run used to own everything tagged `URL/…`: it
/// stopped and removed the user's own container made from
/// `URL/mine/keep:1`, and untagged it. It owns only what it pushed now.
#[test]
fn an_external_registry_run_leaves_the_users_images_and_containers() {
    let _docker = support::docker_shared();
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let config = dir.path().join("config.yml");
    std::fs::write(
        &config,
        format!(
            "version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: {}\nhttp:\n  addr: 127.0.0.1:{port}\n",
            dir.path().join("data").display()
        ),
    )
    .unwrap();
    let mut registry = Command::new("docker-registry")
        .args(["serve", config.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("docker-registry is installed (scripts/test installs it)");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            std::time::Instant::now() < deadline,
            "docker-registry did not start"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let docker = |args: &[&str]| {
        let out = Command::new("docker").args(args).output().unwrap();
        assert!(
            out.status.success(),
            "docker {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // The user's own image and container, made before the run.
    let keep = format!("127.0.0.1:{port}/mine/keep:1");
    let name = format!("keep-{port}-{}", std::process::id());
    docker(&["tag", "devpath/base:1", &keep]);
    docker(&["create", "--name", &name, &keep, "sleep", "1"]);

    let ws = TestWorkspace::new();
    ws.solve("05-cd-build-and-publish");
    let url = format!("http://127.0.0.1:{port}");
    let ran = ws.devpath(&["--registry", &url, "run", "05"]).run();
    registry.kill().unwrap();
    registry.wait().unwrap();
    let images = docker(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    let containers = docker(&["ps", "-a", "--format", "{{.Names}}"]);
    // Put the machine back before judging.
    let _ = Command::new("docker").args(["rm", "-f", &name]).output();
    let _ = Command::new("docker").args(["rmi", &keep]).output();
    assert_eq!(ran.code, 0, "{}{}", ran.stdout, ran.stderr);
    assert!(
        containers.lines().any(|c| c == name),
        "the user's container was removed:\n{containers}"
    );
    assert!(
        images.lines().any(|i| i == keep),
        "the user's tag was removed:\n{images}"
    );
    let run_tags: Vec<&str> = images
        .lines()
        .filter(|i| i.starts_with(&format!("127.0.0.1:{port}/")) && *i != keep)
        .collect();
    assert!(
        run_tags.is_empty(),
        "the run's tags were left: {run_tags:?}"
    );
}

/// Runs exercise 7 in `ws` with `tmp` as TMPDIR and SIGKILLs devpath once
/// its deploy has started a container; returns the run id.
fn kill_a_run_mid_deploy(ws: &TestWorkspace, tmp: &Path) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_devpath"))
        .current_dir(ws.path())
        .args(["--color", "never", "run", "07"])
        .env("TMPDIR", tmp)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let runs = ws.path().join(".devpath/runs");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    let run_id = loop {
        assert!(
            std::time::Instant::now() < deadline,
            "no container was started"
        );
        let journal = std::fs::read_dir(&runs)
            .ok()
            .and_then(|mut d| d.next())
            .map(|e| {
                e.unwrap()
                    .path()
                    .file_stem()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            });
        // A running container: the deploy's. (A build's LABEL step also
        // creates a labelled container for a moment, never started.)
        if let Some(id) = journal
            && !running_containers(&id).is_empty()
        {
            break id;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    child.kill().unwrap();
    child.wait().unwrap();
    assert_ne!(run_containers(&run_id), "", "nothing was left to clean");
    assert_eq!(std::fs::read_dir(tmp).unwrap().count(), 1);
    run_id
}

/// The ids of the running containers labelled with run `run_id`.
fn running_containers(run_id: &str) -> String {
    let out = Command::new("docker")
        .args([
            "ps",
            "-q",
            "--filter",
            &format!("label=devpath.run={run_id}"),
        ])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// The ids of the containers labelled with run `run_id`.
fn run_containers(run_id: &str) -> String {
    let out = Command::new("docker")
        .args([
            "ps",
            "-aq",
            "--filter",
            &format!("label=devpath.run={run_id}"),
        ])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// SIGKILL used to leave a running container, its port, images and the
/// temporary folder behind forever: neither the next run nor anything else
/// removed them. The run's journal names them; the next run of the
/// workspace, or `devpath clean`, removes them.
#[test]
fn the_next_run_or_devpath_clean_removes_what_a_killed_run_left() {
    let _docker = support::docker_shared();
    let ws = TestWorkspace::new();
    ws.solve("07-cd-deploy-script");
    ws.solve("01-ci-first-workflow");
    let tmp = tempfile::tempdir().unwrap();
    let runs = ws.path().join(".devpath/runs");

    let first = kill_a_run_mid_deploy(&ws, tmp.path());
    ws.devpath(&["run", "01"])
        .env("TMPDIR", tmp.path().to_str().unwrap())
        .expect(0);
    assert_eq!(run_containers(&first), "", "the next run left them");
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0);
    assert_eq!(std::fs::read_dir(&runs).unwrap().count(), 0);

    let second = kill_a_run_mid_deploy(&ws, tmp.path());
    let cleaned = ws.devpath(&["clean"]).expect(0);
    assert!(
        cleaned.stdout.contains(&format!("run {second}:")),
        "{}",
        cleaned.stdout
    );
    assert_eq!(
        run_containers(&second),
        "",
        "containers outlived `devpath clean`"
    );
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0);
    assert_eq!(std::fs::read_dir(&runs).unwrap().count(), 0);
    let again = ws.devpath(&["clean"]).expect(0);
    assert!(
        again.stdout.contains("Nothing to clean"),
        "{}",
        again.stdout
    );
}

/// Ctrl-C left a `Created` container behind in 1 of 6 interrupted runs:
/// cleanup listed the containers while the deploy script's `docker run`
/// was still creating one. Interrupted mid-`docker create` five times,
/// a run leaves none.
#[test]
fn ctrl_c_during_docker_create_leaves_no_container() {
    let _docker = support::docker_shared();
    let ws = TestWorkspace::new();
    ws.solve("07-cd-deploy-script");
    ws.write(
        "07-cd-deploy-script",
        "deploy.sh",
        "#!/usr/bin/env bash\nwhile :; do docker create devpath/base:1 true > /dev/null; done\n",
    );
    let runs = ws.path().join(".devpath/runs");
    let containers = |label: &str| {
        let out = Command::new("docker")
            .args([
                "ps",
                "-aq",
                "--filter",
                &format!("label=devpath.run={label}"),
            ])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).lines().count()
    };
    for round in 0..5 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_devpath"))
            .current_dir(ws.path())
            .args(["--color", "never", "run", "07"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
        let run_id = loop {
            assert!(
                std::time::Instant::now() < deadline,
                "round {round}: nothing created"
            );
            let journal = std::fs::read_dir(&runs)
                .ok()
                .and_then(|mut d| d.next())
                .map(|e| {
                    e.unwrap()
                        .path()
                        .file_stem()
                        .unwrap()
                        .to_string_lossy()
                        .into_owned()
                });
            if let Some(id) = journal
                && containers(&id) >= 2
            {
                break id;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        };
        let status = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        child.wait().unwrap();
        assert_eq!(
            containers(&run_id),
            0,
            "round {round}: containers of run {run_id} left"
        );
    }
}

/// A process that left its step's process group and session with `setsid`
/// used to outlive the run and devpath.
#[test]
fn a_process_that_escapes_with_setsid_ends_with_the_pipeline() {
    let dir = tempfile::tempdir().unwrap();
    let unique = format!(
        "escaped{}x{}",
        std::process::id(),
        std::time::UNIX_EPOCH.elapsed().unwrap().as_nanos()
    );
    std::fs::write(
        dir.path().join("wf.yml"),
        format!(
            "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: |\n          setsid sh -c 'sleep 300; :' {unique} > /dev/null 2>&1 < /dev/null &\n          sleep 1\n"
        ),
    )
    .unwrap();
    Devpath::new(dir.path(), &["pipeline", "wf.yml", "--repo", "."]).expect(0);
    let ps = Command::new("ps")
        .args(["-eo", "pid,stat,args"])
        .output()
        .unwrap();
    let escaped: Vec<String> = String::from_utf8_lossy(&ps.stdout)
        .lines()
        .filter(|l| {
            l.contains(&unique) && !l.split_whitespace().nth(1).unwrap_or("").starts_with('Z')
        })
        .map(str::to_string)
        .collect();
    // Do not leave it running if the test fails.
    for line in &escaped {
        let pid = line.split_whitespace().next().unwrap();
        let _ = Command::new("kill").args(["-KILL", pid]).status();
    }
    assert!(escaped.is_empty(), "outlived the run: {escaped:?}");
}

/// A step's processes run in a process group of their own, so a SIGKILL
/// of devpath left them running for good. The journal names the run, and
/// its processes carry the run's marker: `devpath clean` ends them.
#[test]
fn devpath_clean_stops_the_steps_of_a_killed_run() {
    let ws = TestWorkspace::new();
    let unique = format!(
        "orphan{}x{}",
        std::process::id(),
        std::time::UNIX_EPOCH.elapsed().unwrap().as_nanos()
    );
    ws.write(
        "01-ci-first-workflow",
        ".github/workflows/ci.yml",
        &format!(
            "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: sh -c 'sleep 300; :' {unique}\n"
        ),
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_devpath"))
        .current_dir(ws.path())
        .args(["--color", "never", "run", "01"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let running = || {
        let ps = Command::new("ps")
            .args(["-eo", "pid,stat,args"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&ps.stdout)
            .lines()
            .filter(|l| l.contains(&unique) && !l.contains(" Z"))
            .map(|l| l.split_whitespace().next().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while running().is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "the step did not start"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert!(!running().is_empty(), "the step died with devpath");
    let cleaned = ws.devpath(&["clean"]).expect(0);
    let left = running();
    for pid in &left {
        let _ = Command::new("kill").args(["-KILL", pid]).status();
    }
    assert!(
        left.is_empty(),
        "still running: {left:?}\n{}",
        cleaned.stdout
    );
    assert!(
        cleaned.stdout.contains("process(es) stopped"),
        "{}",
        cleaned.stdout
    );
}
