//! `services:` and `container:` end to end, through `devpath pipeline`
//! against the real engine and its offline image `devpath/base:1` (never
//! pulled): a service reached from a host step through its published port
//! and from the job container by its label; a missing image fails the job
//! naming it; nothing the run created is left. As GitHub reads them: a
//! service given as an image name, services from one `fromJSON`
//! expression, a service whose image is empty not started (the runner's
//! line), and `container: ''` running the job on the host.

mod support;

use std::process::Command;

use support::Devpath;

#[test]
fn a_service_is_reached_from_the_host_and_from_the_job_container_then_removed() {
    let _docker = support::docker_shared();
    let repo = support::pipeline_repository(
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
        &[],
    );
    let ran = Devpath::new(repo.path(), &["pipeline", support::PIPELINE]).run();
    let all = format!("{}{}", ran.stdout, ran.stderr);
    assert_eq!(ran.code, 0, "{all}");
    assert!(all.contains("host-hello-from-web"), "{all}");
    assert!(all.contains("box-hello-from-web"), "{all}");
    // Each test looks only at what its own jobs make: they run in parallel.
    assert_eq!(support::docker_left("-svc-e2e-host"), Vec::<String>::new());
    assert_eq!(support::docker_left("-svc-e2e-box"), Vec::<String>::new());
}

#[test]
fn a_missing_service_image_fails_the_job_saying_it_cannot_be_pulled_offline() {
    let _docker = support::docker_shared();
    let repo = support::pipeline_repository(
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
        &[],
    );
    let ran = Devpath::new(repo.path(), &["pipeline", support::PIPELINE]).run();
    let all = format!("{}{}", ran.stdout, ran.stderr);
    assert_eq!(ran.code, 1, "{all}");
    assert!(
        all.contains("uses the image devpath-test/absent:none, which is not in the local Docker engine, and cannot be pulled offline"),
        "{all}"
    );
    assert!(!all.contains("must-not-run"), "{all}");
    assert_eq!(
        support::docker_left("-svc-e2e-missing"),
        Vec::<String>::new()
    );
}

/// An image built for one test from `devpath/base:1` (never pulled),
/// removed when dropped.
struct TestImage(String);

impl TestImage {
    fn build(name: &str, dockerfile: &str) -> TestImage {
        use std::io::Write as _;
        let tag = format!("devpath-test/{name}:{}", std::process::id());
        let mut child = Command::new("docker")
            .args(["build", "-q", "-t", &tag, "-"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("docker build");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(dockerfile.as_bytes())
            .expect("Dockerfile");
        assert!(
            child.wait().expect("docker build").success(),
            "docker build {tag}"
        );
        TestImage(tag)
    }
}

impl Drop for TestImage {
    fn drop(&mut self) {
        let _ = Command::new("docker")
            .args(["rmi", "-f", &self.0])
            .stdout(std::process::Stdio::null())
            .status();
    }
}

#[test]
fn a_string_service_and_services_from_one_expression_are_started_and_reached_by_label() {
    let _docker = support::docker_shared();
    // A service whose image serves by itself: a string gives no command.
    let web = TestImage::build(
        "svc-str-web",
        "FROM devpath/base:1\nRUN echo hello-from-string > /index.html\nCMD [\"httpd\", \"-f\", \"-p\", \"8080\", \"-h\", \"/\"]\n",
    );
    // The service may not listen yet when the step starts.
    let fetch = |host: &str| {
        format!(
            "for i in $(seq 1 50); do out=$(wget -qO- http://{host}:8080/) && break; sleep 0.2; done; echo \"got-$out\""
        )
    };
    let repo = support::pipeline_repository(
        &format!(
            r#"on: push
jobs:
  svc-str-setup:
    runs-on: ubuntu-latest
    outputs:
      services: ${{{{ steps.s.outputs.services }}}}
    steps:
      - id: s
        run: |
          echo 'services={{"api": {{"image": "docker://devpath/base:1", "entrypoint": "sh", "command": "-c \"echo hello-from-json > /tmp/index.html && exec httpd -f -p 8080 -h /tmp\""}}, "off": ""}}' >> "$GITHUB_OUTPUT"
  svc-str-string:
    runs-on: ubuntu-latest
    container: devpath/base:1
    services:
      web: {image}
    steps:
      - run: {string}
  svc-str-json:
    needs: svc-str-setup
    runs-on: ubuntu-latest
    container: docker://devpath/base:1
    services: ${{{{ fromJSON(needs.svc-str-setup.outputs.services) }}}}
    steps:
      - run: {json}
"#,
            image = web.0,
            string = fetch("web"),
            json = fetch("api"),
        ),
        &[],
    );
    let ran = Devpath::new(repo.path(), &["pipeline", support::PIPELINE]).run();
    let all = format!("{}{}", ran.stdout, ran.stderr);
    assert_eq!(ran.code, 0, "{all}");
    assert!(all.contains("got-hello-from-string"), "{all}");
    assert!(all.contains("got-hello-from-json"), "{all}");
    assert!(
        all.contains(
            "The service 'off' will not be started because the container definition has an empty image."
        ),
        "{all}"
    );
    assert_eq!(support::docker_left("-svc-str-"), Vec::<String>::new());
}

#[test]
fn an_empty_container_image_runs_that_matrix_leg_on_the_host() {
    let _docker = support::docker_shared();
    // A file only the host has: the job container mounts the job's folder,
    // not this one.
    let host = tempfile::tempdir().expect("tempdir");
    let marker = host.path().join("host-only");
    std::fs::write(&marker, "").expect("marker");
    let repo = support::pipeline_repository(
        &format!(
            r#"on: push
jobs:
  svc-leg-matrix:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        box: ['', 'devpath/base:1']
    container: ${{{{ matrix.box }}}}
    steps:
      - run: if [ -f {marker} ]; then echo "leg=${{{{ matrix.box }}}} on-host"; else echo "leg=${{{{ matrix.box }}}} in-container"; fi
"#,
            marker = marker.display(),
        ),
        &[],
    );
    let ran = Devpath::new(repo.path(), &["pipeline", support::PIPELINE]).run();
    let all = format!("{}{}", ran.stdout, ran.stderr);
    assert_eq!(ran.code, 0, "{all}");
    assert!(all.contains("leg= on-host"), "{all}");
    assert!(all.contains("leg=devpath/base:1 in-container"), "{all}");
    assert!(!all.contains("leg=devpath/base:1 on-host"), "{all}");
    assert_eq!(support::docker_left("-svc-leg-"), Vec::<String>::new());
}
