//! The Docker lessons against the real engine and registry (that every
//! start fails and every solution passes is `devpath dev check`'s job, in
//! tests/dev.rs): other correct solutions pass, wrong ones fail with the
//! lesson's message; nothing a run creates outlives it, and nothing it did
//! not create is touched.

mod support;

use std::process::Command;

use support::{Devpath, TestWorkspace, repo};

fn fixture(name: &str) -> std::path::PathBuf {
    repo().join("tests/fixtures/solutions").join(name)
}

const PIPELINE: &str = ".github/workflows/pipeline.yml";
const PUBLISH: &str = ".github/workflows/publish.yml";

fn docker(args: &[&str]) -> String {
    let out = Command::new("docker")
        .args(args)
        .output()
        .expect("run docker");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn other_correct_solutions_pass() {
    let _docker = support::docker_shared();
    for (exercise, rel, file) in [
        ("05-cd-build-and-publish", PIPELINE, "05-right-sha-env.yml"),
        ("06-cd-secrets", PIPELINE, "06-right-env-token.yml"),
        (
            "07-cd-deploy-script",
            "deploy.sh",
            "07-right-deploy-curl.sh",
        ),
        (
            "13-ci-pull-requests-cd-main",
            PIPELINE,
            "13-right-mapping-branches.yml",
        ),
        ("14-cd-release-tags", PUBLISH, "14-right-read-fields.yml"),
        (
            "15-cd-build-once-promote",
            PIPELINE,
            "15-right-artifact.yml",
        ),
        (
            "15-cd-build-once-promote",
            PIPELINE,
            "15-right-docker-actions.yml",
        ),
    ] {
        support::assert_variant_passes(exercise, rel, file);
    }
}

#[test]
fn wrong_solutions_fail_with_the_lesson_message() {
    let _docker = support::docker_shared();
    for (exercise, rel, file, expected) in [
        (
            "05-cd-build-and-publish",
            PIPELINE,
            "05-wrong-fixed-tag.yml",
            "Each commit must be published as its own, immutable image",
        ),
        (
            "06-cd-secrets",
            PIPELINE,
            "06-wrong-password-flag.yml",
            "REGISTRY_TOKEN leaked: command line of `docker login`",
        ),
        (
            "06-cd-secrets",
            PIPELINE,
            "06-wrong-token-in-file.yml",
            "REGISTRY_TOKEN leaked: file .github/workflows/pipeline.yml",
        ),
        (
            "06-cd-secrets",
            PIPELINE,
            "06-wrong-echo-token.yml",
            "REGISTRY_TOKEN leaked: the log (masked as *** there, but printed)",
        ),
        (
            "06-cd-secrets",
            PIPELINE,
            "06-wrong-build-arg.yml",
            "REGISTRY_TOKEN leaked: image history",
        ),
        (
            "07-cd-deploy-script",
            "deploy.sh",
            "07-wrong-no-health-check.sh",
            "does not answer its health check",
        ),
        (
            "13-ci-pull-requests-cd-main",
            PIPELINE,
            "13-wrong-deploys-pull-request.yml",
            "Give the `deploy` job a condition",
        ),
        (
            "13-ci-pull-requests-cd-main",
            PIPELINE,
            "13-wrong-push-only.yml",
            "CI did not run on the pull request",
        ),
        (
            "14-cd-release-tags",
            PUBLISH,
            "14-wrong-keeps-the-v.yml",
            "your run    pushed my-org/my-app:v1.2.3 <digest:v2>",
        ),
        (
            "14-cd-release-tags",
            PUBLISH,
            "14-wrong-versions-on-every-push.yml",
            "A push to main publishes the image under its commit sha, and nothing else",
        ),
        (
            "15-cd-build-once-promote",
            PIPELINE,
            "15-wrong-production-rebuilds.yml",
            "Build once: the image was built more than once for this push",
        ),
        (
            "15-cd-build-once-promote",
            PIPELINE,
            "15-wrong-output-not-declared.yml",
            "A deploy job was given an empty image",
        ),
        (
            "15-cd-build-once-promote",
            PIPELINE,
            "15-wrong-production-needs-staging-only.yml",
            "A deploy job was given an empty image",
        ),
    ] {
        let ran = support::assert_variant_fails_with(exercise, rel, file, expected);
        assert!(
            !ran.stdout.contains("dp-tok-5b8e1f0c7a9d4e26"),
            "{file}: the token must never be shown\n{}",
            ran.stdout
        );
    }
}

#[test]
fn a_leak_into_an_image_layer_is_found() {
    let _docker = support::docker_shared();
    let ws = TestWorkspace::new();
    ws.solve("06-cd-secrets");
    ws.put(
        "06-cd-secrets",
        PIPELINE,
        &fixture("06-wrong-build-arg.yml"),
    );
    let ran = ws.devpath(&["run", "06", "--format", "json"]).expect(1);
    assert!(
        ran.stdout.contains("REGISTRY_TOKEN leaked: image layers"),
        "{}",
        ran.stdout
    );
    assert!(!ran.stdout.contains("dp-tok-5b8e1f0c7a9d4e26"));
}

#[test]
fn docker_down_is_an_error_and_the_ci_lessons_still_work() {
    let _docker = support::docker_shared();
    let ws = TestWorkspace::new();
    let ran = ws
        .devpath(&["run", "05"])
        .env("DOCKER_HOST", "unix:///nonexistent/docker.sock")
        .run();
    assert_eq!(ran.code, 2, "{}{}", ran.stdout, ran.stderr);
    assert!(
        ran.stderr.contains("the Docker engine is not answering"),
        "{}",
        ran.stderr
    );
    assert!(
        !ran.stdout.contains("not solved yet"),
        "an error is not a verdict:\n{}",
        ran.stdout
    );
    ws.solve("01-ci-first-workflow");
    ws.devpath(&["run", "01"])
        .env("DOCKER_HOST", "unix:///nonexistent/docker.sock")
        .expect(0);
}

#[test]
fn a_run_removes_what_it_created_and_nothing_else() {
    let _docker = support::docker_exclusive();
    let unique = format!(
        "{}{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos()
    );
    let own_image = format!("learner-own/app:{unique}");
    let own_container = format!("learner-own-{unique}");
    // Removes the learner's own container and image however the test ends.
    struct Own(String, String);
    impl Drop for Own {
        fn drop(&mut self) {
            let _ = Command::new("docker").args(["rm", "-f", &self.0]).output();
            let _ = Command::new("docker").args(["rmi", &self.1]).output();
        }
    }
    let _own = Own(own_container.clone(), own_image.clone());
    assert!(
        Command::new("docker")
            .args(["tag", "devpath/base:1", &own_image])
            .status()
            .unwrap()
            .success()
    );
    let started = Command::new("docker")
        .args([
            "run",
            "-d",
            "--name",
            &own_container,
            &own_image,
            "sleep",
            "120",
        ])
        .output()
        .unwrap();
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );

    let before_containers = docker(&["ps", "-a", "--format", "{{.Names}}"]);
    let before_images = docker(&[
        "images",
        "--digests",
        "--format",
        "{{.Repository}}:{{.Tag}}@{{.Digest}}",
    ]);
    let ws = TestWorkspace::new();
    ws.solve("07-cd-deploy-script");
    ws.devpath(&["run", "07"]).expect(0);

    let after_containers = docker(&["ps", "-a", "--format", "{{.Names}}"]);
    let images = docker(&[
        "images",
        "--digests",
        "--format",
        "{{.Repository}}:{{.Tag}}@{{.Digest}}",
    ]);
    assert!(
        after_containers.contains(&own_container),
        "the learner's container survives"
    );
    assert!(images.contains(&own_image), "the learner's image survives");
    for line in after_containers.lines() {
        assert!(
            before_containers.contains(line) || !line.starts_with("devpath-"),
            "left behind: {line}"
        );
    }
    for line in images.lines().filter(|l| l.starts_with("127.0.0.1:")) {
        assert!(
            before_images.contains(line),
            "run image left behind: {line}"
        );
    }

    Command::new("docker")
        .args(["rm", "-f", &own_container])
        .output()
        .unwrap();
    Command::new("docker")
        .args(["rmi", &own_image])
        .output()
        .unwrap();
}

#[test]
fn an_external_registry_works_too() {
    let _docker = support::docker_shared();
    // Debian's docker-registry, the reference implementation, on a free port.
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
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
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
    let ws = TestWorkspace::new();
    ws.solve("05-cd-build-and-publish");
    let url = format!("http://127.0.0.1:{port}");
    let ran = ws.devpath(&["--registry", &url, "run", "05"]).run();
    registry.kill().unwrap();
    registry.wait().unwrap();
    assert_eq!(ran.code, 0, "{}{}", ran.stdout, ran.stderr);
    let images = docker(&["images", "--format", "{{.Repository}}"]);
    assert!(
        !images.contains(&format!("127.0.0.1:{port}/")),
        "run images left behind:\n{images}"
    );
}

#[test]
fn devpath_doctor_reports_docker() {
    let _docker = support::docker_shared();
    let dir = tempfile::tempdir().unwrap();
    let ran = Devpath::new(dir.path(), &["doctor", "--format", "json"]).run();
    let value: serde_json::Value = serde_json::from_str(&ran.stdout).expect("json");
    let checks = value["checks"].as_array().unwrap();
    for name in ["engine", "base image", "docker CLI", "registry"] {
        let check = checks
            .iter()
            .find(|c| c["name"] == name)
            .unwrap_or_else(|| panic!("{name}"));
        assert_eq!(check["status"], "ok", "{check}");
    }
}
