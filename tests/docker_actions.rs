//! The built-in docker actions (login-, metadata-, build-push-, setup-buildx-
//! and setup-qemu-action) against the real engine: a workflow that logs in,
//! computes tags, builds and pushes, run by `devpath pipeline` against
//! devpath's embedded registry (with a login) and against the reference
//! registry (Debian's docker-registry); and the course's Docker lessons
//! solved with these actions, right and wrong.

mod support;

use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use registry::{Credentials, Registry, RegistryClient, RegistryConfig};
use support::Devpath;

const PIPELINE: &str = ".github/workflows/pipeline.yml";
const TOKEN: &str = "dp-actions-tok-93a1c7";

/// Logs in, computes the tags, builds with a label and a build argument,
/// pushes, then prints what the next steps can see of it.
const WORKFLOW: &str = r#"name: Publish
on: push
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: buildx
        uses: docker/setup-buildx-action@v3
      - uses: docker/setup-qemu-action@v3
      - uses: docker/login-action@v3
        with:
          registry: ${{ vars.REGISTRY }}
          username: ci
          password: ${{ secrets.TOKEN }}
      - id: meta
        uses: docker/metadata-action@v5
        with:
          images: ${{ vars.REGISTRY }}/acme/app
          tags: |
            type=raw,value=stable
            type=sha,priority=300
      - id: build
        uses: docker/build-push-action@v6
        with:
          push: true
          tags: ${{ steps.meta.outputs.tags }}
          labels: ${{ steps.meta.outputs.labels }}
          build-args: GREETING=hello
          target: app
      - run: |
          echo "driver=${{ steps.buildx.outputs.driver }}"
          echo "version=${{ steps.meta.outputs.version }} env=$DOCKER_METADATA_OUTPUT_VERSION"
          echo "digest=${{ steps.build.outputs.digest }}"
          echo "metadata-digest=${{ fromJSON(steps.build.outputs.metadata)['containerimage.digest'] }}"
          echo "imageid=${{ steps.build.outputs.imageid }}"
          docker image inspect --format 'seen-revision={{ index .Config.Labels "org.opencontainers.image.revision" }} seen-greeting={{ index .Config.Labels "greeting" }} seen-id={{ .Id }}' "${{ vars.REGISTRY }}/acme/app:stable"
          echo "password=${{ secrets.TOKEN }}"
"#;

/// Two stages: the workflow builds the first (`target: app`); the last,
/// built when `target` is ignored, says so in its label.
const DOCKERFILE: &str = "FROM devpath/base:1 AS app\nARG GREETING\nLABEL greeting=$GREETING\nCMD [\"true\"]\n\nFROM app AS debug\nLABEL greeting=target-ignored\n";

/// A throw-away repository holding the workflow and a Dockerfile.
fn repository(workflow: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join(".github/workflows")).expect("mkdir");
    std::fs::write(dir.path().join(PIPELINE), workflow).expect("workflow");
    std::fs::write(dir.path().join("Dockerfile"), DOCKERFILE).expect("Dockerfile");
    dir
}

/// Removes the images a test's run created, whatever the test's result.
struct Images(Vec<String>);

impl Drop for Images {
    fn drop(&mut self) {
        for reference in &self.0 {
            let _ = Command::new("docker")
                .args(["rmi", "--force", reference])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
    }
}

/// The value of `key=` in the run's output.
fn value<'o>(stdout: &'o str, key: &str) -> &'o str {
    stdout
        .split_whitespace()
        .find_map(|w| w.strip_prefix(&format!("{key}=")))
        .unwrap_or_else(|| panic!("no {key}= in\n{stdout}"))
}

/// Runs WORKFLOW against the registry at `host` with `docker_config` as
/// the run's DOCKER_CONFIG (or none: the login action must then use a
/// folder of its own, never `$HOME/.docker`). Returns the output and the
/// images to remove.
fn publish(host: &str, docker_config: Option<&Path>, home: &Path) -> (support::Ran, Images) {
    let repo = repository(WORKFLOW);
    let secrets_dir = tempfile::tempdir().expect("tempdir");
    let secrets = secrets_dir.path().join("secrets.env");
    std::fs::write(&secrets, format!("TOKEN={TOKEN}\n")).expect("secrets");
    let mut devpath = Devpath::new(
        repo.path(),
        &[
            "pipeline",
            PIPELINE,
            "--var",
            &format!("REGISTRY={host}"),
            "--secret-file",
            secrets.to_str().expect("utf-8"),
        ],
    )
    .env("HOME", home.to_str().expect("utf-8"));
    devpath = match docker_config {
        Some(dir) => devpath.env("DOCKER_CONFIG", dir.to_str().expect("utf-8")),
        None => devpath.env_remove("DOCKER_CONFIG"),
    };
    let ran = devpath.run();
    let mut images = Images(vec![format!("{host}/acme/app:stable")]);
    if let Some(id) = ran
        .stdout
        .split_whitespace()
        .find_map(|w| w.strip_prefix("imageid="))
    {
        images.0.push(id.to_string());
    }
    if let Some(sha) = ran
        .stdout
        .split_whitespace()
        .find_map(|w| w.strip_prefix("version="))
    {
        images.0.push(format!("{host}/acme/app:{sha}"));
    }
    (ran, images)
}

/// What every publish must show, whichever the registry.
fn assert_published(ran: &support::Ran, host: &str) -> String {
    assert_eq!(ran.code, 0, "{}{}", ran.stdout, ran.stderr);
    let out = &ran.stdout;
    assert!(
        !out.contains(TOKEN),
        "the token must never be shown:\n{out}"
    );
    assert!(out.contains("password=***"), "{out}");
    assert!(out.contains("driver=docker"), "{out}");
    let version = value(out, "version");
    assert!(
        version.starts_with("sha-") && version.len() == 11,
        "type=sha gives sha-<7 hex>, and comes first by its priority: {version}"
    );
    assert_eq!(value(out, "env"), version, "DOCKER_METADATA_OUTPUT_VERSION");
    let digest = value(out, "digest").to_string();
    assert!(digest.starts_with("sha256:") && digest.len() == 71, "{out}");
    assert_eq!(value(out, "metadata-digest"), digest);
    let image_id = value(out, "imageid");
    assert_eq!(
        value(out, "seen-id"),
        image_id,
        "imageid is the built image"
    );
    assert_eq!(
        value(out, "seen-greeting"),
        "hello",
        "build-args and target reach the build"
    );
    assert_eq!(
        value(out, "seen-revision").len(),
        40,
        "metadata labels are applied"
    );
    assert!(
        out.contains(&format!("Logging into {host}...")) && out.contains("Login Succeeded!"),
        "{out}"
    );
    assert!(
        out.contains(&format!("Post job cleanup: logout from {host}")),
        "the logout runs at the job's end:\n{out}"
    );
    digest
}

/// devpath's own registry, requiring a login.
fn embedded() -> (Registry, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut config = RegistryConfig::new(dir.path().join("root"));
    config.auth = Some(Credentials {
        user: Some("ci".into()),
        token: TOKEN.into(),
    });
    let registry =
        Registry::start(config, "127.0.0.1:0".parse().expect("addr")).expect("registry starts");
    (registry, dir)
}

/// With no `--var REGISTRY`, `devpath pipeline` starts its own registry
/// for the run: the images tagged for it go with the run.
#[test]
fn tags_for_the_registry_devpath_started_go_with_the_run() {
    let _docker = support::docker_shared();
    let repo = repository(
        r#"on: push
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: ${{ vars.REGISTRY }}/acme/gone:1
          target: app
      - run: docker image inspect --format 'present={{ .Id }}' "${{ vars.REGISTRY }}/acme/gone:1"
"#,
    );
    let ran = Devpath::new(repo.path(), &["pipeline", PIPELINE]).run();
    assert_eq!(ran.code, 0, "{}{}", ran.stdout, ran.stderr);
    assert!(ran.stdout.contains("present=sha256:"), "{}", ran.stdout);
    // `note: …: vars.REGISTRY is not set (…): using 127.0.0.1:PORT, …`
    let host = ran
        .stderr
        .split_whitespace()
        .find(|w| w.starts_with("127.0.0.1:"))
        .map(|w| w.trim_end_matches(','))
        .unwrap_or_else(|| panic!("no registry named: {}", ran.stderr));
    let images = Command::new("docker")
        .args(["images", "--format", "{{.Repository}}:{{.Tag}}"])
        .output()
        .expect("docker images");
    let listed = String::from_utf8_lossy(&images.stdout);
    let left: Vec<&str> = listed
        .lines()
        .filter(|l| l.starts_with(&format!("{host}/")))
        .collect();
    assert_eq!(left, Vec::<&str>::new(), "{listed}");
}

#[test]
fn the_docker_actions_publish_to_the_embedded_registry_with_a_login() {
    let _docker = support::docker_shared();
    let (registry, _root) = embedded();
    let addr: SocketAddr = registry.addr();
    let host = addr.to_string();
    let home = tempfile::tempdir().expect("home");
    let config = tempfile::tempdir().expect("docker config");
    let (ran, _images) = publish(&host, Some(config.path()), home.path());
    let digest = assert_published(&ran, &host);

    // The registry holds both tags, at the digest the action reported.
    let client =
        RegistryClient::new(&format!("http://{host}"), Some(("ci", TOKEN))).expect("client");
    let version = value(&ran.stdout, "version");
    let mut tags = client.tags("acme/app").expect("tags");
    tags.sort();
    assert_eq!(tags, [version, "stable"]);
    assert_eq!(
        client.manifest_digest("acme/app", "stable").expect("head"),
        Some(digest)
    );
    // The logout emptied the run's DOCKER_CONFIG of the credentials.
    let saved = std::fs::read_to_string(config.path().join("config.json")).unwrap_or_default();
    assert!(
        !saved.contains(&host),
        "still logged in after the job:\n{saved}"
    );
    registry.stop();
}

#[test]
fn without_a_docker_config_the_login_never_touches_the_users() {
    let _docker = support::docker_shared();
    let (registry, _root) = embedded();
    let host = registry.addr().to_string();
    let home = tempfile::tempdir().expect("home");
    let (ran, _images) = publish(&host, None, home.path());
    assert_published(&ran, &host);
    assert!(
        !home.path().join(".docker").exists(),
        "the login wrote into $HOME/.docker"
    );
    registry.stop();
}

/// Debian's docker-registry (the reference implementation) on a free port.
struct Reference {
    child: Child,
    host: String,
    _dir: tempfile::TempDir,
}

impl Reference {
    fn start() -> Reference {
        let dir = tempfile::tempdir().expect("tempdir");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .expect("bind")
            .local_addr()
            .expect("addr")
            .port();
        let config = dir.path().join("config.yml");
        std::fs::write(
            &config,
            format!(
                "version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: {}\nhttp:\n  addr: 127.0.0.1:{port}\n",
                dir.path().join("data").display()
            ),
        )
        .expect("config");
        let child = Command::new("docker-registry")
            .args(["serve", config.to_str().expect("utf-8")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("docker-registry is installed (scripts/test installs it)");
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "docker-registry did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        Reference {
            child,
            host: format!("127.0.0.1:{port}"),
            _dir: dir,
        }
    }
}

impl Drop for Reference {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn the_docker_actions_publish_to_the_reference_registry() {
    let _docker = support::docker_shared();
    let reference = Reference::start();
    let home = tempfile::tempdir().expect("home");
    let config = tempfile::tempdir().expect("docker config");
    let (ran, _images) = publish(&reference.host, Some(config.path()), home.path());
    let digest = assert_published(&ran, &reference.host);
    let client = RegistryClient::new(&format!("http://{}", reference.host), None).expect("client");
    assert_eq!(
        client.manifest_digest("acme/app", "stable").expect("head"),
        Some(digest)
    );
}

#[test]
fn buildkit_only_inputs_fail_naming_themselves_on_the_legacy_builder() {
    let _docker = support::docker_shared();
    let buildx = Command::new("docker")
        .args(["buildx", "version"])
        .output()
        .is_ok_and(|o| o.status.success());
    let repo = repository(
        "on: push\njobs:\n  b:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          platforms: linux/amd64,linux/arm64\n          cache-to: type=gha\n",
    );
    let ran = Devpath::new(repo.path(), &["pipeline", PIPELINE]).run();
    assert_eq!(ran.code, 1, "{}{}", ran.stdout, ran.stderr);
    assert!(
        ran.stdout.contains(
            "`cache-to`, `platforms` with several values (linux/amd64,linux/arm64) need BuildKit"
        ),
        "{}",
        ran.stdout
    );
    if !buildx {
        assert!(
            ran.stdout
                .contains("only the legacy builder is installed here"),
            "{}",
            ran.stdout
        );
    }
}

#[test]
fn lessons_solved_with_the_docker_actions_pass() {
    let _docker = support::docker_shared();
    for (exercise, file) in [
        ("05-cd-build-and-publish", "05-right-docker-actions.yml"),
        ("06-cd-secrets", "06-right-login-action.yml"),
        (
            "08-env-staging-then-production",
            "08-right-docker-actions.yml",
        ),
        (
            "12-small-frequent-deployments",
            "12-right-docker-actions.yml",
        ),
    ] {
        support::assert_variant_passes(exercise, PIPELINE, file);
    }
}

#[test]
fn lessons_mistakes_made_with_the_docker_actions_fail_with_their_message() {
    let _docker = support::docker_shared();
    for (exercise, file, expected) in [
        (
            "05-cd-build-and-publish",
            "05-wrong-docker-actions-branch-tag.yml",
            "Each commit must be published as its own, immutable image",
        ),
        (
            "06-cd-secrets",
            "06-wrong-no-login-action.yml",
            "this registry requires a login",
        ),
        (
            "06-cd-secrets",
            "06-wrong-login-action-token-in-file.yml",
            "REGISTRY_TOKEN leaked: file .github/workflows/pipeline.yml",
        ),
        (
            "06-cd-secrets",
            "06-wrong-build-push-token-arg.yml",
            "REGISTRY_TOKEN leaked: image history",
        ),
        (
            "08-env-staging-then-production",
            "08-wrong-docker-actions-no-staging-gate.yml",
            "then `deploy-production`",
        ),
        (
            "12-small-frequent-deployments",
            "12-wrong-docker-actions-latest.yml",
            "A tag shared by every push",
        ),
    ] {
        let ran = support::assert_variant_fails_with(exercise, PIPELINE, file, expected);
        assert!(
            !ran.stdout.contains("dp-tok-5b8e1f0c7a9d4e26"),
            "{file}: the token must never be shown\n{}",
            ran.stdout
        );
    }
}
