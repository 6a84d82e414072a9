//! Actions in a job with a `container:`, end to end through `devpath
//! pipeline` against the real engine and its offline image
//! `devpath/base:1` (never pulled), as GitHub runs them: a node action's
//! `pre`, `main` and `post` run inside the job container (its files, the services
//! by their label) with the host's node mounted there; `setup-node` looks
//! for Node.js in the container's image, not on the host. Nothing the run
//! created is left.

mod support;

use support::Devpath;

const ACTION: &str = r"name: probe
inputs:
  target:
    required: true
outputs:
  seen:
    description: what the service answered
runs:
  using: node20
  main: main.js
  post: post.js
";

/// `/www` is a folder of the busybox image only, `web` a name of the
/// job's network only.
const MAIN: &str = r#"const fs = require('fs');
const http = require('http');
const inside = fs.existsSync('/www');
fs.appendFileSync(process.env.GITHUB_STATE, `inside=${inside}\n`);
http.get(`http://${process.env.INPUT_TARGET}/`, (res) => {
  let body = '';
  res.on('data', (d) => { body += d; });
  res.on('end', () => {
    console.log(`main-inside=${inside} answer=${body.trim()}`);
    fs.appendFileSync(process.env.GITHUB_OUTPUT, `seen=${body.trim()}\n`);
  });
}).on('error', (e) => {
  console.log(`::error::main-unreached ${e.message}`);
  process.exitCode = 1;
});
"#;

const POST: &str = r"const fs = require('fs');
console.log(`post-inside=${fs.existsSync('/www')} state=${process.env.STATE_inside}`);
";

/// An action of the offline action folder, with a `pre`.
const FOLDER_ACTION: &str = r"name: folder
runs:
  using: node20
  pre: pre.js
  main: main.js
";

const FOLDER_PRE: &str = r"const fs = require('fs');
console.log(`pre-inside=${fs.existsSync('/www')}`);
fs.appendFileSync(process.env.GITHUB_STATE, 'from=pre\n');
";

const FOLDER_MAIN: &str = r"const fs = require('fs');
const here = process.env.GITHUB_ACTION_PATH;
console.log(`folder-inside=${fs.existsSync('/www')} state=${process.env.STATE_from} own=${fs.existsSync(here + '/action.yml')}`);
";

#[test]
fn a_node_action_runs_in_the_job_container_and_reaches_a_service_by_its_label() {
    let _docker = support::docker_shared();
    let repo = support::pipeline_repository(
        r#"on: push
jobs:
  ctr-e2e-node:
    runs-on: ubuntu-latest
    container: devpath/base:1
    services:
      web:
        image: devpath/base:1
        entrypoint: sh
        command: -c "echo hello-from-web > /tmp/index.html && exec httpd -f -p 8080 -h /tmp"
        options: --health-cmd "wget -qO- http://localhost:8080/" --health-interval 1s --health-retries 30
    steps:
      - uses: actions/checkout@v4
      - id: probe
        uses: ./probe
        with:
          target: web:8080
      - run: echo "step-got-${{ steps.probe.outputs.seen }}"
      - uses: acme/folder@v1
"#,
        &[
            ("probe/action.yml", ACTION),
            ("probe/main.js", MAIN),
            ("probe/post.js", POST),
        ],
    );
    let actions = tempfile::tempdir().expect("tempdir");
    let folder = actions.path().join("acme/folder@v1");
    std::fs::create_dir_all(&folder).expect("mkdir");
    for (name, text) in [
        ("action.yml", FOLDER_ACTION),
        ("pre.js", FOLDER_PRE),
        ("main.js", FOLDER_MAIN),
    ] {
        std::fs::write(folder.join(name), text).expect("file");
    }
    let dir = actions.path().to_string_lossy().into_owned();
    let ran = Devpath::new(
        repo.path(),
        &["pipeline", support::PIPELINE, "--actions-dir", &dir],
    )
    .run();
    let all = format!("{}{}", ran.stdout, ran.stderr);
    assert_eq!(ran.code, 0, "{all}");
    for line in [
        "main-inside=true answer=hello-from-web",
        "step-got-hello-from-web",
        "post-inside=true state=true",
        "pre-inside=true",
        "folder-inside=true state=pre own=true",
        "with this computer's Node.js v",
    ] {
        assert!(all.contains(line), "{line}: {all}");
    }
    assert_eq!(support::docker_left("-ctr-e2e-node-"), Vec::<String>::new());
}

#[test]
fn setup_node_in_a_container_job_looks_in_the_image_and_names_it_when_missing() {
    let _docker = support::docker_shared();
    let repo = support::pipeline_repository(
        r#"on: push
jobs:
  ctr-e2e-setup:
    runs-on: ubuntu-latest
    container: devpath/base:1
    steps:
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: echo "$((40 + 2))-ran"
  ctr-e2e-setup-own:
    runs-on: ubuntu-latest
    container: devpath/base:1
    steps:
      # A `node` in the container's /tmp only, on the PATH of later steps.
      - run: |
          mkdir -p /tmp/own && printf '#!/bin/sh\necho v20.1.0\n' > /tmp/own/node && chmod +x /tmp/own/node
          echo /tmp/own >> "$GITHUB_PATH"
      - id: ok
        uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: echo "got-${{ steps.ok.outputs.node-version }}"
      - uses: actions/setup-node@v4
        with:
          node-version: 18
"#,
        &[],
    );
    let ran = Devpath::new(repo.path(), &["pipeline", support::PIPELINE]).run();
    let all = format!("{}{}", ran.stdout, ran.stderr);
    assert_eq!(ran.code, 1, "{all}");
    assert!(
        all.contains("Node.js version 20 is missing in the job's container image devpath/base:1"),
        "{all}"
    );
    assert!(!all.contains("42-ran"), "{all}");
    // The image's own node, found on its PATH with what steps added.
    assert!(all.contains("got-v20.1.0"), "{all}");
    assert!(
        all.contains("the job's container image devpath/base:1 has Node.js v20.1.0 (/tmp/own/node), which does not satisfy `18`"),
        "{all}"
    );
    assert_eq!(
        support::docker_left("-ctr-e2e-setup-"),
        Vec::<String>::new()
    );
}

#[test]
fn a_docker_action_in_a_container_job_needs_the_images_docker_cli_as_on_github() {
    let _docker = support::docker_shared();
    let repo = support::pipeline_repository(
        r#"on: push
jobs:
  ctr-e2e-docker:
    runs-on: ubuntu-latest
    container: devpath/base:1
    steps:
      - uses: docker/login-action@v3
        with:
          registry: 127.0.0.1:1
          username: u
          password: a-test-token
      - run: echo "$((40 + 2))-ran"
  ctr-e2e-docker-own:
    runs-on: ubuntu-latest
    container: devpath/base:1
    steps:
      # A `docker` of the image's own (on the PATH of later steps): the
      # action then drives the engine; its version here is the host's.
      - run: |
          mkdir -p /tmp/own && printf '#!/bin/sh\nexit 0\n' > /tmp/own/docker && chmod +x /tmp/own/docker
          echo /tmp/own >> "$GITHUB_PATH"
      - uses: docker/setup-buildx-action@v3
      - run: echo "$((40 + 3))-ran"
"#,
        &[],
    );
    let ran = Devpath::new(repo.path(), &["pipeline", support::PIPELINE]).run();
    let all = format!("{}{}", ran.stdout, ran.stderr);
    assert_eq!(ran.code, 1, "{all}");
    assert!(
        all.contains("the job's container image devpath/base:1 has no docker CLI: in a job with `container:` this action runs inside the container"),
        "{all}"
    );
    assert!(!all.contains("42-ran"), "{all}");
    assert!(all.contains("43-ran"), "{all}");
    assert_eq!(
        support::docker_left("-ctr-e2e-docker"),
        Vec::<String>::new()
    );
}
