//! `services:` and `container:` end to end, through `devpath pipeline`
//! against the real engine and its offline image `devpath/base:1` (never
//! pulled): a service reached from a host step through its published port
//! and from the job container by its label; a missing image fails the job
//! naming it; nothing the run created is left.

mod support;

use std::process::Command;

use support::Devpath;

const PIPELINE: &str = ".github/workflows/pipeline.yml";

/// A throw-away repository holding `workflow`.
fn repository(workflow: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join(".github/workflows")).expect("mkdir");
    std::fs::write(dir.path().join(PIPELINE), workflow).expect("workflow");
    dir
}

/// Containers (running or not) and networks whose names hold `part`.
fn left(part: &str) -> Vec<String> {
    let mut out = Vec::new();
    for args in [
        &["container", "ls", "-a", "--format", "{{.Names}}"][..],
        &[
            "network",
            "ls",
            "--filter",
            "driver=bridge",
            "--format",
            "{{.Name}}",
        ][..],
    ] {
        let o = Command::new("docker").args(args).output().expect("docker");
        assert!(o.status.success(), "docker {args:?} failed");
        out.extend(
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .filter(|n| n.contains(part))
                .map(str::to_string),
        );
    }
    out
}

#[test]
fn a_service_is_reached_from_the_host_and_from_the_job_container_then_removed() {
    let _docker = support::docker_shared();
    let repo = repository(
        r#"on: push
jobs:
  svc-e2e-host:
    runs-on: ubuntu-latest
    services:
      web:
        image: devpath/base:1
        entrypoint: sh
        command: -c "echo hello-from-web > /tmp/index.html && exec httpd -f -p 8080 -h /tmp"
        ports: ['8080']
        options: --health-cmd "wget -qO- http://localhost:8080/" --health-interval 1s --health-retries 30
    steps:
      - run: echo "host-$(wget -qO- http://localhost:${{ job.services.web.ports['8080'] }}/)"
  svc-e2e-box:
    runs-on: ubuntu-latest
    container: devpath/base:1
    services:
      web:
        image: devpath/base:1
        entrypoint: sh
        command: -c "echo hello-from-web > /tmp/index.html && exec httpd -f -p 8080 -h /tmp"
        options: --health-cmd "wget -qO- http://localhost:8080/" --health-interval 1s --health-retries 30
    steps:
      - run: echo "box-$(wget -qO- http://web:8080/)"
"#,
    );
    let ran = Devpath::new(repo.path(), &["pipeline", PIPELINE]).run();
    let all = format!("{}{}", ran.stdout, ran.stderr);
    assert_eq!(ran.code, 0, "{all}");
    assert!(all.contains("host-hello-from-web"), "{all}");
    assert!(all.contains("box-hello-from-web"), "{all}");
    assert_eq!(left("-svc-e2e-"), Vec::<String>::new());
}

#[test]
fn a_missing_service_image_fails_the_job_saying_it_cannot_be_pulled_offline() {
    let _docker = support::docker_shared();
    let repo = repository(
        r#"on: push
jobs:
  svc-e2e-missing:
    runs-on: ubuntu-latest
    services:
      db:
        image: devpath-test/absent:none
    steps:
      - run: echo must-not-run
"#,
    );
    let ran = Devpath::new(repo.path(), &["pipeline", PIPELINE]).run();
    let all = format!("{}{}", ran.stdout, ran.stderr);
    assert_eq!(ran.code, 1, "{all}");
    assert!(
        all.contains("uses the image devpath-test/absent:none, which is not in the local Docker engine, and cannot be pulled offline"),
        "{all}"
    );
    assert!(!all.contains("must-not-run"), "{all}");
    assert_eq!(left("-svc-e2e-"), Vec::<String>::new());
}
