//! The engine module against the real Docker engine and the real `docker`
//! CLI: the base image, HTTP from a container built on it, the ELF check,
//! run cleanup (and what it must leave alone), and a dead `DOCKER_HOST`.
//!
//! Tests run in parallel: each one names what it creates after its own
//! run id, removes it at the end (also on failure, through `Leftovers`),
//! and never removes `devpath/base:1`.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use engine::{
    BASE_IMAGE, BaseImageOutcome, BaseSource, Engine, EngineError, RunLabel, docker_cli_version,
    find_static_busybox, read_elf,
};

/// Runs the docker CLI and insists it succeeds.
fn docker(args: &[&str]) -> Output {
    let output = Command::new("docker")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("the docker CLI runs");
    assert!(
        output.status.success(),
        "docker {} failed: {}",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// Runs the docker CLI with a Dockerfile on standard input as build context.
fn docker_build(tag: &str, extra: &[&str], dockerfile: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("Dockerfile"), dockerfile).expect("write Dockerfile");
    std::fs::create_dir(dir.path().join("www")).expect("mkdir www");
    std::fs::write(dir.path().join("www/index.html"), "hello from devpath\n").expect("write index");
    let mut args = vec!["build", "-q", "-t", tag];
    args.extend_from_slice(extra);
    let context = dir.path().to_string_lossy().into_owned();
    args.push(&context);
    docker(&args);
}

fn connect() -> Engine {
    let engine = Engine::connect().expect("connect");
    engine
        .ping()
        .expect("these tests need a running Docker engine (scripts/test starts one)");
    engine
}

/// The shared base image: made if missing, never removed by a test.
fn base_image(engine: &Engine) {
    engine
        .ensure_base_image(&BaseSource::HostBusybox)
        .expect("devpath/base:1");
}

/// Removes what a test created, even when the test fails halfway.
struct Leftovers {
    containers: Vec<String>,
    images: Vec<String>,
    networks: Vec<String>,
}

impl Drop for Leftovers {
    fn drop(&mut self) {
        let quiet = |args: &[&str]| {
            let _ = Command::new("docker")
                .args(args)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        };
        for container in &self.containers {
            quiet(&["rm", "-f", container]);
        }
        for image in &self.images {
            quiet(&["rmi", "-f", image]);
        }
        for network in &self.networks {
            quiet(&["network", "rm", network]);
        }
    }
}

/// GET `path` from 127.0.0.1:`port`, retrying while the server starts.
fn http_get(port: u16, path: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let attempt = (|| -> std::io::Result<String> {
            let mut stream = TcpStream::connect(("127.0.0.1", port))?;
            stream.set_read_timeout(Some(Duration::from_secs(5)))?;
            write!(stream, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")?;
            let mut answer = String::new();
            stream.read_to_string(&mut answer)?;
            Ok(answer)
        })();
        match attempt {
            Ok(answer) if answer.starts_with("HTTP/") => return answer,
            _ if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(100)),
            other => panic!("no HTTP answer on port {port}: {other:?}"),
        }
    }
}

#[test]
fn setup_builds_the_base_image_once_then_is_fast_and_idempotent() {
    let engine = connect();
    let run = RunLabel::generate();
    let target = format!("devpath-{}-base:1", run.run_id());
    let _leftovers = Leftovers {
        images: vec![target.clone()],
        containers: vec![],
        networks: vec![],
    };

    let cold = Instant::now();
    let built = engine
        .ensure_base_image_as(&target, &BaseSource::HostBusybox)
        .expect("build");
    let cold = cold.elapsed();
    let BaseImageOutcome::Built {
        image,
        applets,
        busybox,
        ..
    } = built
    else {
        panic!("expected a build, got {built:?}");
    };
    assert!(applets > 50, "{applets} applets");
    assert!(busybox.version.starts_with("BusyBox"), "{busybox:?}");
    assert_eq!(image.cmd, ["/bin/sh"]);
    assert_eq!(
        image.labels.get("devpath.base").map(String::as_str),
        Some("1")
    );
    assert!(
        image
            .env
            .iter()
            .any(|e| e.starts_with("PATH=") && e.ends_with(":/bin")),
        "{:?}",
        image.env
    );
    assert!(cold < Duration::from_secs(20), "cold build took {cold:?}");

    let warm = Instant::now();
    let again = engine
        .ensure_base_image_as(&target, &BaseSource::HostBusybox)
        .expect("second setup");
    let warm = warm.elapsed();
    let BaseImageOutcome::AlreadyPresent { image: same } = again else {
        panic!("expected the image to be kept, got {again:?}");
    };
    eprintln!("base image: cold build {cold:?}, warm check {warm:?}");
    assert_eq!(same.id, image.id, "a second setup must not rebuild");
    assert!(
        warm < Duration::from_millis(500),
        "warm setup took {warm:?}"
    );

    // The image runs: busybox's shell, its applets and the accounts are there.
    let out = docker(&[
        "run",
        "--rm",
        &target,
        "sh",
        "-c",
        "id -un; ls -ld /tmp | cut -c1-10; which httpd wget",
    ]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "root\ndrwxrwxrwt\n/usr/sbin/httpd\n/usr/bin/wget\n"
    );
}

#[test]
fn the_devpath_setup_verb_is_idempotent_and_fast_when_the_image_exists() {
    let binary = env!("CARGO_BIN_EXE_devpath");
    let first = Command::new(binary)
        .arg("setup")
        .output()
        .expect("devpath setup");
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );

    let started = Instant::now();
    let second = Command::new(binary)
        .arg("setup")
        .output()
        .expect("devpath setup");
    let elapsed = started.elapsed();
    assert!(
        second.status.success(),
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );
    let text = String::from_utf8_lossy(&second.stdout);
    let id = String::from_utf8_lossy(
        &docker(&["image", "inspect", "--format", "{{.Id}}", BASE_IMAGE]).stdout,
    )
    .trim()
    .to_string();
    let short = &id["sha256:".len()..][..12];
    assert!(
        text.contains(&format!("devpath/base:1 is already there (image {short})")),
        "{text}"
    );
    assert!(
        text.lines().last().is_some_and(|l| l.starts_with("next: ")),
        "{text}"
    );
    assert!(
        elapsed < Duration::from_secs(1),
        "warm `devpath setup` took {elapsed:?}"
    );
}

#[test]
fn a_container_built_from_the_base_image_answers_http() {
    let engine = connect();
    base_image(&engine);
    let run = RunLabel::generate();
    let tag = format!("{}web:1", run.name_prefix());
    let name = format!("{}web", run.name_prefix());
    let _leftovers = Leftovers {
        containers: vec![name.clone()],
        images: vec![tag.clone()],
        networks: vec![],
    };
    docker_build(
        &tag,
        &[],
        "FROM devpath/base:1\nCOPY www/ /www/\nEXPOSE 8080\nCMD [\"httpd\", \"-f\", \"-p\", \"8080\", \"-h\", \"/www\"]\n",
    );
    let label = run.label();
    docker(&[
        "run",
        "-d",
        "--name",
        &name,
        "--label",
        &label,
        "-p",
        "127.0.0.1::8080",
        &tag,
    ]);

    let info = engine
        .inspect_container(&name)
        .expect("inspect")
        .expect("the container exists");
    assert!(info.running, "{info:?}");
    assert_eq!(info.name, name);
    assert_eq!(info.image, tag);
    assert!(info.image_id.starts_with("sha256:"), "{info:?}");
    assert_eq!(info.exit_code, None);
    assert_eq!(
        info.labels.get("devpath.run").map(String::as_str),
        Some(run.run_id())
    );
    let port = info.host_port(8080).expect("8080 is published");
    let answer = http_get(port, "/index.html");
    assert!(
        answer.starts_with("HTTP/1.") && answer.contains(" 200 "),
        "{answer}"
    );
    assert!(answer.ends_with("hello from devpath\n"), "{answer}");

    let image = engine
        .inspect_image(&tag)
        .expect("inspect")
        .expect("the image exists");
    assert!(
        image.history.iter().any(|line| line.contains("COPY")),
        "{:?}",
        image.history
    );

    let report = engine.cleanup(&run).expect("cleanup");
    assert!(report.is_clean(), "{:?}", report.failures);
    assert_eq!(report.containers, std::slice::from_ref(&name));
    assert!(engine.inspect_container(&name).expect("inspect").is_none());
    assert!(!engine.image_exists(&tag).expect("inspect"));
    assert!(
        engine.image_exists(BASE_IMAGE).expect("inspect"),
        "cleanup must keep the base image"
    );
}

#[test]
fn the_elf_check_tells_a_static_busybox_from_a_dynamic_ls() {
    let busybox =
        find_static_busybox(None).expect("a static busybox (apt-get install busybox-static)");
    let info = read_elf(&busybox.path).expect("busybox is ELF");
    assert!(info.is_static_executable(), "{info:?}");
    assert_eq!(info.interpreter, None);

    let ls = read_elf(Path::new("/bin/ls")).expect("/bin/ls is ELF");
    assert!(!ls.is_static_executable(), "{ls:?}");
    assert!(
        ls.interpreter
            .as_deref()
            .is_some_and(|i| i.contains("ld-linux")),
        "{ls:?}"
    );
}

#[test]
fn cleanup_removes_only_what_the_run_created() {
    let engine = connect();
    base_image(&engine);
    let run = RunLabel::generate();
    let id = run.run_id().to_string();
    let prefix = run.name_prefix();
    // The run's registry, and another one that is not the run's.
    let ours = format!(
        "127.0.0.1:4{}/",
        &id[..4]
            .bytes()
            .map(|b| (b % 10).to_string())
            .collect::<String>()
    );
    let theirs = "127.0.0.1:1/".to_string();
    let run = run.with_registry_prefix(&ours);
    let label = run.label();

    // Unrelated, pre-existing: an image (with a second tag that looks like
    // the run's), another registry's tag, a container and a network.
    let unrelated_image = format!("devpathtest{id}/keep:1");
    let unrelated_container = format!("devpathtest{id}-keep");
    let unrelated_network = format!("devpathtest{id}-net");
    let mut leftovers = Leftovers {
        containers: vec![unrelated_container.clone()],
        images: vec![unrelated_image.clone(), format!("{theirs}keep{id}:1")],
        networks: vec![unrelated_network.clone()],
    };
    docker_build(
        &unrelated_image,
        &[],
        "FROM devpath/base:1\nRUN echo keep > /keep\n",
    );
    docker(&["tag", &unrelated_image, &format!("{theirs}keep{id}:1")]);
    docker(&["create", "--name", &unrelated_container, &unrelated_image]);
    docker(&["network", "create", &unrelated_network]);

    // The run's: by name, by label, by registry prefix.
    let by_name = format!("{prefix}web");
    let by_label = format!("other{id}-labelled");
    let built = format!("{prefix}app:v1");
    let labelled_image = format!("labelled{id}/app:v1");
    let pushed = format!("{ours}app:{id}");
    let extra_tag_of_unrelated = format!("{prefix}alias:1");
    let deployed = format!("deployed{id}");
    let from_labelled = format!("fromlabelled{id}");
    let net_by_name = format!("{prefix}net");
    let net_by_label = format!("other{id}-labelled-net");
    leftovers.containers.extend([
        by_name.clone(),
        by_label.clone(),
        deployed.clone(),
        from_labelled.clone(),
    ]);
    leftovers.images.extend([
        built.clone(),
        labelled_image.clone(),
        pushed.clone(),
        extra_tag_of_unrelated.clone(),
    ]);
    leftovers
        .networks
        .extend([net_by_name.clone(), net_by_label.clone()]);
    docker_build(&built, &[], "FROM devpath/base:1\nRUN echo v1 > /version\n");
    docker_build(
        &labelled_image,
        &["--label", &label],
        "FROM devpath/base:1\nRUN echo labelled > /l\n",
    );
    docker(&["tag", &built, &pushed]);
    docker(&["tag", &unrelated_image, &extra_tag_of_unrelated]);
    docker(&["run", "-d", "--name", &by_name, &built, "sleep", "300"]);
    docker(&[
        "create",
        "--name",
        &by_label,
        "--label",
        &label,
        &labelled_image,
    ]);
    // A deploy script's container, named freely, from the pushed image; and
    // one from the run's labelled image.
    docker(&["create", "--name", &deployed, &pushed]);
    docker(&["create", "--name", &from_labelled, &labelled_image]);
    docker(&["network", "create", &net_by_name]);
    docker(&["network", "create", "--label", &label, &net_by_label]);

    // Containers inherit their image's labels: both carry the run's label.
    let mut listed: Vec<String> = engine
        .list_containers(Some(&label))
        .expect("list")
        .into_iter()
        .map(|c| c.name)
        .collect();
    listed.sort();
    assert_eq!(
        listed,
        [from_labelled.clone(), by_label.clone()],
        "the label filter"
    );
    let unrelated_id = engine
        .inspect_image(&unrelated_image)
        .expect("inspect")
        .expect("exists")
        .id;

    let report = engine.cleanup(&run).expect("cleanup");
    assert!(report.is_clean(), "{:?}", report.failures);
    let mut containers = report.containers.clone();
    containers.sort();
    let mut expected = vec![
        by_label.clone(),
        by_name.clone(),
        deployed.clone(),
        from_labelled.clone(),
    ];
    expected.sort();
    assert_eq!(containers, expected);
    let mut networks = report.networks.clone();
    networks.sort();
    let mut expected = vec![net_by_label.clone(), net_by_name.clone()];
    expected.sort();
    assert_eq!(networks, expected);

    for gone in [&by_name, &by_label, &deployed, &from_labelled] {
        assert!(
            engine.inspect_container(gone).expect("inspect").is_none(),
            "{gone} survived"
        );
    }
    for gone in [&built, &labelled_image, &pushed, &extra_tag_of_unrelated] {
        assert!(
            !engine.image_exists(gone).expect("inspect"),
            "{gone} survived"
        );
    }
    let network_names: Vec<String> = engine
        .list_networks(None)
        .expect("list")
        .into_iter()
        .map(|n| n.name)
        .collect();
    assert!(!network_names.contains(&net_by_name) && !network_names.contains(&net_by_label));

    // Everything unrelated is untouched.
    let kept = engine
        .inspect_image(&unrelated_image)
        .expect("inspect")
        .expect("unrelated image kept");
    assert_eq!(kept.id, unrelated_id);
    let mut tags = kept.repo_tags.clone();
    tags.sort();
    let mut expected_tags = vec![unrelated_image.clone(), format!("{theirs}keep{id}:1")];
    expected_tags.sort();
    assert_eq!(
        tags, expected_tags,
        "only the run's tag of the unrelated image may go"
    );
    assert!(
        engine
            .inspect_container(&unrelated_container)
            .expect("inspect")
            .is_some()
    );
    assert!(network_names.contains(&unrelated_network));
    assert!(engine.image_exists(BASE_IMAGE).expect("inspect"));

    // A second cleanup finds nothing more.
    assert_eq!(engine.cleanup(&run).expect("cleanup").removed(), 0);

    // The test removes its own unrelated objects.
    assert!(
        engine
            .remove_container(&unrelated_container, true)
            .expect("rm")
    );
    assert!(
        engine
            .remove_network(&unrelated_network)
            .expect("network rm")
    );
    assert_eq!(
        engine.remove_images_under(&theirs).expect("rmi"),
        [format!("{theirs}keep{id}:1")]
    );
    assert!(engine.remove_image(&unrelated_image, false).expect("rmi"));
    assert!(
        !engine
            .remove_image(&unrelated_image, false)
            .expect("rmi again")
    );
    assert!(
        !engine
            .remove_container(&unrelated_container, true)
            .expect("rm again")
    );
}

#[test]
fn save_image_streams_a_docker_save_archive_with_the_layers() {
    let engine = connect();
    base_image(&engine);
    let run = RunLabel::generate();
    let tag = format!("{}secret:1", run.name_prefix());
    let _leftovers = Leftovers {
        images: vec![tag.clone()],
        containers: vec![],
        networks: vec![],
    };
    docker_build(
        &tag,
        &[],
        "FROM devpath/base:1\nRUN echo hunter2-token > /etc/leaked\n",
    );

    let archive = engine.save_image(&tag).expect("save");
    let mut tar = tar::Archive::new(archive);
    let mut names = Vec::new();
    let mut leaked_in_layer = false;
    for entry in tar.entries().expect("a tar") {
        let mut entry = entry.expect("an entry");
        let path = entry.path().expect("a path").to_string_lossy().into_owned();
        if path.ends_with("layer.tar") {
            let mut layer = tar::Archive::new(&mut entry);
            for file in layer.entries().expect("a layer tar") {
                let mut file = file.expect("a layer entry");
                if file.path().expect("path").to_string_lossy() == "etc/leaked" {
                    let mut content = String::new();
                    file.read_to_string(&mut content).expect("read");
                    leaked_in_layer = content == "hunter2-token\n";
                }
            }
        }
        names.push(path);
    }
    assert!(names.iter().any(|n| n == "manifest.json"), "{names:?}");
    assert!(
        leaked_in_layer,
        "the layer holding /etc/leaked was not found in {names:?}"
    );

    match engine.save_image(&format!("{}missing:1", run.name_prefix())) {
        Err(EngineError::SaveImage { reference, .. }) => assert!(reference.ends_with("missing:1")),
        other => panic!("expected a SaveImage error, got {other:?}"),
    }
    assert!(engine.remove_image(&tag, false).expect("rmi"));
}

#[test]
fn version_and_cli_version_are_reported() {
    let engine = connect();
    let version = engine.version().expect("version");
    engine
        .ping()
        .expect("a ping after the version is settled uses /_ping");
    let cli = String::from_utf8_lossy(
        &docker(&[
            "version",
            "--format",
            "{{.Server.Version}} {{.Server.APIVersion}} {{.Server.Os}} {{.Server.Arch}}",
        ])
        .stdout,
    )
    .trim()
    .to_string();
    assert_eq!(
        format!(
            "{} {} {} {}",
            version.version, version.api_version, version.os, version.arch
        ),
        cli
    );
    let client = docker_cli_version().expect("a docker CLI");
    let expected =
        String::from_utf8_lossy(&docker(&["version", "--format", "{{.Client.Version}}"]).stdout)
            .trim()
            .to_string();
    assert_eq!(client, expected);
    assert!(
        engine
            .inspect_image("devpathtest-no-such-image:0")
            .expect("inspect")
            .is_none()
    );
    assert!(
        engine
            .inspect_container("devpathtest-no-such-container")
            .expect("inspect")
            .is_none()
    );
}

#[test]
fn a_dead_docker_host_gives_the_not_running_message_quickly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let binary = env!("CARGO_BIN_EXE_devpath");

    // No socket file at all.
    let missing = format!("unix://{}/docker.sock", dir.path().display());
    let started = Instant::now();
    let output = Command::new(binary)
        .arg("setup")
        .env("DOCKER_HOST", &missing)
        .output()
        .expect("devpath setup");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr,
        format!(
            "error: the Docker engine is not answering at {missing} (no socket there): start it with `sudo systemctl start docker` (or `sudo dockerd &`), then run `devpath doctor`\n"
        )
    );

    // A socket file nobody listens on.
    let stale = dir.path().join("stale.sock");
    drop(std::os::unix::net::UnixListener::bind(&stale).expect("bind"));
    let address = format!("unix://{}", stale.display());
    let started = Instant::now();
    let error = Engine::connect_to(&address)
        .expect("connect")
        .ping()
        .expect_err("nobody listens");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "took {:?}",
        started.elapsed()
    );
    assert!(
        matches!(&error, EngineError::NotRunning { address: a, .. } if *a == address),
        "{error}"
    );
    assert!(
        error.to_string().contains("(connection refused)"),
        "{error}"
    );
}

#[test]
fn a_hung_engine_fails_within_the_quick_timeout() {
    // A socket that accepts connections but never answers.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("hung.sock");
    let listener = std::os::unix::net::UnixListener::bind(&path).expect("bind");
    let address = format!("unix://{}", path.display());
    let started = Instant::now();
    let error = Engine::connect_to(&address)
        .expect("connect")
        .ping()
        .expect_err("no answer");
    let elapsed = started.elapsed();
    drop(listener);
    assert!(
        elapsed < engine::QUICK_TIMEOUT + Duration::from_secs(3),
        "took {elapsed:?}"
    );
    assert!(
        error.to_string().contains("(no answer within 10 s)"),
        "{error}"
    );
}

#[test]
fn one_engine_serves_several_threads_at_once() {
    let engine = connect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4)
            .map(|_| scope.spawn(|| engine.image_exists(BASE_IMAGE).expect("inspect")))
            .collect();
        for handle in handles {
            handle.join().expect("a thread");
        }
    });
}

#[test]
fn from_image_tags_an_existing_image_and_names_a_missing_one() {
    let engine = connect();
    base_image(&engine);
    let run = RunLabel::generate();
    let source = format!("{}source:1", run.name_prefix());
    let target = format!("{}base:1", run.name_prefix());
    let _leftovers = Leftovers {
        images: vec![source.clone(), target.clone()],
        containers: vec![],
        networks: vec![],
    };
    docker(&["tag", BASE_IMAGE, &source]);
    let outcome = engine
        .ensure_base_image_as(&target, &BaseSource::Image(source.clone()))
        .expect("tag");
    let BaseImageOutcome::Tagged { image, from } = outcome else {
        panic!("expected a tag, got {outcome:?}");
    };
    assert_eq!(from, source);
    assert!(image.repo_tags.contains(&target), "{image:?}");

    // The verb, with an image the engine does not have: a clear error, and
    // devpath/base:1 untouched.
    let before = engine
        .inspect_image(BASE_IMAGE)
        .expect("inspect")
        .expect("base")
        .id;
    let missing = format!("{}missing:1", run.name_prefix());
    let output = Command::new(env!("CARGO_BIN_EXE_devpath"))
        .args(["setup", "--from-image", &missing])
        .output()
        .expect("devpath setup");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with(&format!(
            "error: there is no image {missing} in the Docker engine"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("`docker images`"), "{stderr}");
    let after = engine
        .inspect_image(BASE_IMAGE)
        .expect("inspect")
        .expect("base")
        .id;
    assert_eq!(before, after);
}

#[test]
fn an_exited_container_reports_its_exit_code() {
    let engine = connect();
    base_image(&engine);
    let run = RunLabel::generate();
    let name = format!("{}exit", run.name_prefix());
    let _leftovers = Leftovers {
        containers: vec![name.clone()],
        images: vec![],
        networks: vec![],
    };
    let output = Command::new("docker")
        .args(["run", "--name", &name, BASE_IMAGE, "sh", "-c", "exit 3"])
        .output()
        .expect("docker run");
    assert_eq!(output.status.code(), Some(3));
    let info = engine
        .inspect_container(&name)
        .expect("inspect")
        .expect("exists");
    assert!(!info.running);
    assert_eq!(info.status, "exited");
    assert_eq!(info.exit_code, Some(3));
    assert_eq!(info.image, BASE_IMAGE);
    assert!(info.ports.is_empty());
    let report = engine.cleanup(&run).expect("cleanup");
    assert_eq!(report.containers, std::slice::from_ref(&name));
}
