//! A small builder that drives the real `devpath` binary, for the
//! integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// One invocation of devpath.
#[must_use]
pub(crate) struct Devpath {
    command: Command,
    stdin: Option<String>,
}

/// What an invocation did.
pub(crate) struct Ran {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Devpath {
    /// `devpath ARGS…` in `dir`, without colour, in English, with a clean
    /// environment for the variables devpath reads.
    pub(crate) fn new(dir: &Path, args: &[&str]) -> Devpath {
        let mut command = Command::new(env!("CARGO_BIN_EXE_devpath"));
        command
            .args(args)
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .env_remove("CLICOLOR_FORCE")
            // English, whatever the machine's locale: a test that is about
            // the language sets these itself.
            .env_remove("DEVPATH_LANG")
            .env_remove("LANG")
            .env_remove("LC_MESSAGES")
            .env("LC_ALL", "C.UTF-8");
        Devpath {
            command,
            stdin: None,
        }
    }

    pub(crate) fn env(mut self, key: &str, value: &str) -> Devpath {
        self.command.env(key, value);
        self
    }

    pub(crate) fn env_remove(mut self, key: &str) -> Devpath {
        self.command.env_remove(key);
        self
    }

    pub(crate) fn stdin(mut self, text: &str) -> Devpath {
        self.stdin = Some(text.to_string());
        self
    }

    /// Runs with a standard output whose reader is already gone, as in
    /// `devpath list | head -0`: every write to it fails with EPIPE.
    pub(crate) fn run_with_stdout_closed(mut self) -> Ran {
        self.command
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .stdin(Stdio::null());
        let mut child = self.command.spawn().expect("start devpath");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait for devpath");
        Ran {
            code: out.status.code().unwrap_or(-1),
            stdout: String::new(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    pub(crate) fn run(mut self) -> Ran {
        use std::io::Write as _;
        self.command.stdout(Stdio::piped()).stderr(Stdio::piped());
        self.command.stdin(if self.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
        let mut child = self.command.spawn().expect("start devpath");
        if let Some(text) = self.stdin.take() {
            let mut stdin = child.stdin.take().expect("stdin");
            stdin.write_all(text.as_bytes()).expect("write stdin");
        }
        let Output {
            status,
            stdout,
            stderr,
        } = child.wait_with_output().expect("wait for devpath");
        Ran {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
        }
    }

    /// Runs and asserts the exit code.
    pub(crate) fn expect(self, code: i32) -> Ran {
        let ran = self.run();
        assert_eq!(
            ran.code, code,
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            ran.stdout, ran.stderr
        );
        ran
    }
}

/// A fresh workspace of the built-in course in a temporary folder.
pub(crate) struct TestWorkspace {
    pub dir: tempfile::TempDir,
}

impl TestWorkspace {
    pub(crate) fn new() -> TestWorkspace {
        TestWorkspace::with_args(&[])
    }

    /// A workspace created with extra global arguments (e.g. `--course`).
    pub(crate) fn with_args(extra: &[&str]) -> TestWorkspace {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut args = vec!["init", "."];
        args.extend_from_slice(extra);
        Devpath::new(dir.path(), &args).expect(0);
        TestWorkspace { dir }
    }

    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }

    pub(crate) fn devpath(&self, args: &[&str]) -> Devpath {
        Devpath::new(self.dir.path(), args)
    }

    /// Copies a file of the repository into an exercise folder.
    pub(crate) fn put(&self, exercise: &str, rel: &str, from: &Path) {
        let to = self.dir.path().join(exercise).join(rel);
        std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        std::fs::copy(from, &to)
            .unwrap_or_else(|e| panic!("copy {} to {}: {e}", from.display(), to.display()));
    }

    /// Writes text into an exercise folder.
    pub(crate) fn write(&self, exercise: &str, rel: &str, text: &str) {
        let to = self.dir.path().join(exercise).join(rel);
        std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        std::fs::write(&to, text).expect("write");
    }

    /// Copies an exercise's reference solution into the workspace.
    pub(crate) fn solve(&self, exercise: &str) {
        let solution = repo().join("exercises").join(exercise).join("solution");
        copy_tree(&solution, &self.dir.path().join(exercise));
    }
}

/// The repository root.
pub(crate) fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies a folder tree, keeping executable bits.
pub(crate) fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// The exercises of the built-in course, in order.
pub(crate) fn exercises() -> Vec<String> {
    let text = std::fs::read_to_string(repo().join("exercises/course.toml")).expect("course.toml");
    let value: toml::Value = toml::from_str(&text).expect("course.toml parses");
    value["exercises"]
        .as_array()
        .expect("list")
        .iter()
        .map(|v| v.as_str().expect("name").to_string())
        .collect()
}

/// Whether an exercise needs Docker.
pub(crate) fn needs_docker(exercise: &str) -> bool {
    let text = std::fs::read_to_string(
        repo()
            .join("exercises")
            .join(exercise)
            .join("exercise.toml"),
    )
    .expect("exercise.toml");
    let value: toml::Value = toml::from_str(&text).expect("exercise.toml parses");
    value
        .get("docker")
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Replaces the short commit ids devpath prints (`push 1a2b3c4 v1`) with
/// `<sha>`, for snapshots.
pub(crate) fn redact_shas(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find("push ") {
        out.push_str(&rest[..pos + 5]);
        rest = &rest[pos + 5..];
        let candidate = rest.get(..7).unwrap_or("");
        if candidate.len() == 7
            && candidate.bytes().all(|b| b.is_ascii_hexdigit())
            && rest[7..].starts_with(' ')
        {
            out.push_str("<sha>");
            rest = &rest[7..];
        }
    }
    out.push_str(rest);
    out
}

/// Replaces 7-hex-digit commit ids after a commit name (`v1 1a2b3c4`) with
/// `<sha>`, for snapshots of the timeline.
pub(crate) fn redact_short_shas(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            if word.len() == 7
                && word
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
            {
                "<sha>".to_string()
            } else {
                word.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs an exercise in a fresh workspace with the reference solution, one
/// file of it replaced by `fixture` (from tests/fixtures/solutions).
pub(crate) fn run_variant(exercise: &str, rel: &str, fixture: &str) -> Ran {
    let ws = TestWorkspace::new();
    ws.solve(exercise);
    ws.put(
        exercise,
        rel,
        &repo().join("tests/fixtures/solutions").join(fixture),
    );
    ws.devpath(&["run", exercise]).run()
}

/// Another correct solution: it must pass.
pub(crate) fn assert_variant_passes(exercise: &str, rel: &str, fixture: &str) {
    let ran = run_variant(exercise, rel, fixture);
    assert_eq!(
        ran.code, 0,
        "{fixture} must pass\n{}{}",
        ran.stdout, ran.stderr
    );
}

/// A wrong solution: it must fail, and the output must say `expected`.
pub(crate) fn assert_variant_fails_with(
    exercise: &str,
    rel: &str,
    fixture: &str,
    expected: &str,
) -> Ran {
    let ran = run_variant(exercise, rel, fixture);
    assert_eq!(
        ran.code, 1,
        "{fixture} must fail\n{}{}",
        ran.stdout, ran.stderr
    );
    assert!(
        ran.stdout.contains(expected),
        "{fixture}: expected {expected:?} in\n{}",
        ran.stdout
    );
    ran
}

static DOCKER: std::sync::RwLock<()> = std::sync::RwLock::new(());

/// Held by tests that run Docker exercises; they may run side by side.
pub(crate) fn docker_shared() -> std::sync::RwLockReadGuard<'static, ()> {
    DOCKER.read().unwrap_or_else(|e| e.into_inner())
}

/// Held by a test that looks at everything in the engine (what a run left
/// behind): no other test of its binary runs Docker meanwhile.
pub(crate) fn docker_exclusive() -> std::sync::RwLockWriteGuard<'static, ()> {
    DOCKER.write().unwrap_or_else(|e| e.into_inner())
}

/// Every Fluent message id of devpath (read from `en.ftl`).
pub(crate) fn message_ids() -> Vec<String> {
    let text = std::fs::read_to_string(repo().join("crates/i18n/locales/en.ftl")).expect("en.ftl");
    let ids: Vec<String> = text
        .lines()
        .filter(|line| !line.starts_with([' ', '#', '}']))
        .filter_map(|line| line.split_once(" = "))
        .map(|(id, _)| id.to_string())
        .filter(|id| !id.is_empty())
        .collect();
    assert!(ids.len() > 500, "en.ftl has its messages: {}", ids.len());
    ids
}

/// Asserts that no message id shows in `text`: a missing translation falls
/// back to English, an id must never reach a person.
pub(crate) fn assert_no_message_id(text: &str) {
    for id in message_ids() {
        assert!(!text.contains(&id), "message id {id} leaked:\n{text}");
    }
}

/// The workflow file of a throw-away repository made by [`pipeline_repository`].
pub(crate) const PIPELINE: &str = ".github/workflows/pipeline.yml";

/// A throw-away repository holding `workflow` as [`PIPELINE`] and `files`.
pub(crate) fn pipeline_repository(workflow: &str, files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for (path, text) in [(PIPELINE, workflow)]
        .into_iter()
        .chain(files.iter().copied())
    {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("file");
    }
    dir
}

/// Containers (running or not) and bridge networks of the engine whose
/// names hold `part`: what a run left.
pub(crate) fn docker_left(part: &str) -> Vec<String> {
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
        let o = std::process::Command::new("docker")
            .args(args)
            .output()
            .expect("docker");
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

/// A private copy of the mini course pack (tests/fixtures/packs/mini), at
/// `<tempdir>/mini`, for tests that change it.
pub(crate) struct MiniPack {
    /// The folder holding `mini`, for files beside the pack.
    pub(crate) dir: tempfile::TempDir,
}

impl MiniPack {
    pub(crate) fn new() -> MiniPack {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("mini");
        std::fs::create_dir(&root).expect("mkdir");
        copy_tree(&repo().join("tests/fixtures/packs/mini"), &root);
        MiniPack { dir }
    }

    pub(crate) fn root(&self) -> PathBuf {
        self.dir.path().join("mini")
    }

    pub(crate) fn path(&self, rel: &str) -> PathBuf {
        self.root().join(rel)
    }

    pub(crate) fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    pub(crate) fn write(&self, rel: &str, text: &str) {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }

    /// Replaces `from` with `to` in a file of the pack; `from` must be there.
    pub(crate) fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} has no {from:?}");
        self.write(rel, &text.replacen(from, to, 1));
    }
}
