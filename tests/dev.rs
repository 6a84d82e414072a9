//! The instructor verbs, driving the real binary against a copy of the
//! mini course pack (tests/fixtures/packs/mini) that each test mutates:
//! `dev check` catches each kind of broken exercise, `dev new` scaffolds an
//! exercise that goes green after bless and review, and nothing is written
//! outside the pack.

mod support;

use std::path::Path;

use support::{Devpath, MiniPack as TestPack, copy_tree, repo};

const EX: &str = "01-push-runs-tests";
const WORKFLOW: &str = ".github/workflows/ci.yml";

/// What these tests do with the mini pack.
impl TestPack {
    /// `devpath ARGS…` run inside the pack (the rule picks it up).
    fn devpath(&self, args: &[&str]) -> Devpath {
        Devpath::new(&self.root(), args)
    }

    /// `dev check --format json`, parsed, with its exit code.
    fn check_json(&self) -> (i32, serde_json::Value) {
        let ran = self.devpath(&["dev", "check", "--format", "json"]).run();
        let value = serde_json::from_str(&ran.stdout)
            .unwrap_or_else(|e| panic!("{e}: not JSON:\n{}\n{}", ran.stdout, ran.stderr));
        (ran.code, value)
    }
}

/// The test of `exercise` named `name` in a `dev check` JSON report.
fn test<'a>(report: &'a serde_json::Value, exercise: &str, name: &str) -> &'a serde_json::Value {
    let exercise = report["exercises"]
        .as_array()
        .expect("exercises")
        .iter()
        .find(|e| e["name"] == exercise)
        .unwrap_or_else(|| panic!("no {exercise} in {report:#}"));
    exercise["tests"]
        .as_array()
        .expect("tests")
        .iter()
        .find(|t| t["name"] == name)
        .unwrap_or_else(|| panic!("no test {name:?} in {exercise:#}"))
}

fn message(test: &serde_json::Value) -> String {
    test["message"].as_str().unwrap_or("").to_string()
}

/// Every file under `dir`, relative, sorted.
fn tree(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("read_dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                out.push(
                    path.strip_prefix(root)
                        .expect("inside")
                        .display()
                        .to_string(),
                );
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

#[test]
fn the_mini_pack_is_green() {
    let pack = TestPack::new();
    let ran = pack.devpath(&["dev", "check"]).expect(0);
    assert!(ran.stdout.contains("1 exercise checked"), "{}", ran.stdout);
    let (code, report) = pack.check_json();
    assert_eq!(code, 0);
    assert_eq!(report["status"], "pass");
    for name in ["start fails", "solution passes", "snapshot current", "lint"] {
        assert_eq!(
            test(&report, EX, name)["status"],
            "pass",
            "{name}: {report:#}"
        );
    }
}

#[test]
fn the_built_in_course_checks_green_in_parallel() {
    let ran = Devpath::new(&repo(), &["dev", "check", "--jobs", "2"]).expect(0);
    assert!(ran.stdout.contains("0 with problems"), "{}", ran.stdout);
}

#[test]
fn a_start_that_passes_is_caught() {
    let pack = TestPack::new();
    let solution = pack.read(&format!("{EX}/solution/{WORKFLOW}"));
    pack.write(&format!("{EX}/start/{WORKFLOW}"), &solution);
    let (code, report) = pack.check_json();
    assert_eq!(code, 1);
    assert_eq!(report["status"], "fail");
    let start = test(&report, EX, "start fails");
    assert_eq!(start["status"], "fail");
    assert!(
        message(start).contains("the start passes as shipped"),
        "{start:#}"
    );
    assert_eq!(test(&report, EX, "solution passes")["status"], "pass");
    let human = pack.devpath(&["dev", "check"]).expect(1);
    assert!(human.stdout.contains("✗ passes"), "{}", human.stdout);
}

#[test]
fn a_solution_that_fails_is_caught() {
    let pack = TestPack::new();
    pack.edit(
        &format!("{EX}/solution/{WORKFLOW}"),
        "run: ./test.sh",
        "run: echo skipped",
    );
    let (code, report) = pack.check_json();
    assert_eq!(code, 1);
    let solution = test(&report, EX, "solution passes");
    assert_eq!(solution["status"], "fail");
    assert!(
        message(solution).contains("first difference in step 2"),
        "{solution:#}"
    );
    assert_eq!(solution["actual"][3], "  workflow ci.yml: success");
    assert!(message(test(&report, EX, "snapshot current")).contains("dev bless"));
    let human = pack.devpath(&["dev", "check"]).expect(1);
    assert!(
        human.stdout.contains("-   workflow ci.yml: failure"),
        "{}",
        human.stdout
    );
    assert!(
        human.stdout.contains("+   workflow ci.yml: success"),
        "{}",
        human.stdout
    );
}

#[test]
fn a_stale_snapshot_is_caught() {
    let pack = TestPack::new();
    pack.edit(
        &format!("{EX}/exercise.toml"),
        "[[messages]]",
        "[[scenario]]\npush = \"good\"\nname = \"fix\"\n\n[[messages]]",
    );
    let (code, report) = pack.check_json();
    assert_eq!(code, 1);
    let snapshot = test(&report, EX, "snapshot current");
    assert_eq!(snapshot["status"], "fail");
    assert_eq!(snapshot["label"], "stale");
    assert!(
        message(snapshot).starts_with(&format!("snapshot: stale, run `devpath dev bless {EX}`")),
        "{snapshot:#}"
    );
    assert_eq!(test(&report, EX, "solution passes")["status"], "skipped");
    // The start is still judged, against what the solution produced.
    assert_eq!(test(&report, EX, "start fails")["status"], "pass");
}

#[test]
fn a_missing_snapshot_is_caught() {
    let pack = TestPack::new();
    std::fs::remove_file(pack.path(&format!("{EX}/outcome.snap"))).expect("rm");
    let (code, report) = pack.check_json();
    assert_eq!(code, 1);
    assert_eq!(test(&report, EX, "snapshot current")["label"], "missing");
    let lint = pack.devpath(&["dev", "lint"]).expect(1);
    assert!(
        lint.stdout.contains("outcome.snap: is missing"),
        "{}",
        lint.stdout
    );
}

#[test]
fn a_missing_hint_is_caught() {
    let pack = TestPack::new();
    pack.edit(
        &format!("{EX}/exercise.toml"),
        "hints = [\"Which event does `git push` send?\"]",
        "hints = []",
    );
    let (code, report) = pack.check_json();
    assert_eq!(code, 1);
    let lint = test(&report, EX, "lint");
    assert_eq!(lint["status"], "fail");
    assert!(message(lint).contains("`hints` is empty"), "{lint:#}");
    let ran = pack.devpath(&["dev", "lint"]).expect(1);
    assert!(
        ran.stdout.contains("exercise.toml: `hints` is empty"),
        "{}",
        ran.stdout
    );
}

#[test]
fn a_secret_in_a_solution_file_is_caught_without_printing_it() {
    let pack = TestPack::new();
    pack.edit(
        &format!("{EX}/solution/{WORKFLOW}"),
        "name: CI",
        "name: CI\n# token: mini-pack-secret-value",
    );
    let ran = pack.devpath(&["dev", "check"]).expect(1);
    assert!(
        ran.stdout.contains(&format!(
            "{EX}/solution/{WORKFLOW}: contains the value of secret DEPLOY_TOKEN"
        )),
        "{}",
        ran.stdout
    );
    assert!(
        !ran.stdout.contains("mini-pack-secret-value"),
        "the value must not be printed"
    );
}

#[test]
fn a_readme_without_a_task_section_is_caught() {
    let pack = TestPack::new();
    pack.edit(&format!("{EX}/README.md"), "## The task", "Then:");
    let ran = pack.devpath(&["dev", "lint"]).expect(1);
    assert!(
        ran.stdout.contains("README.md: has no task section"),
        "{}",
        ran.stdout
    );
}

#[test]
fn workflows_must_parse_in_the_solution_but_may_be_broken_in_the_start() {
    let pack = TestPack::new();
    pack.edit(
        &format!("{EX}/start/{WORKFLOW}"),
        "runs-on: ubuntu-latest",
        "runs-on: ubuntu-latest\n    needs: nothing",
    );
    let ran = pack.devpath(&["dev", "lint"]).expect(0);
    assert!(ran.stdout.contains("warning:"), "{}", ran.stdout);
    assert!(
        ran.stdout.contains(&format!("{EX}/start/{WORKFLOW}:")),
        "{}",
        ran.stdout
    );
    pack.edit(
        &format!("{EX}/solution/{WORKFLOW}"),
        "runs-on: ubuntu-latest",
        "runs-on: ubuntu-latest\n    needs: nothing",
    );
    let ran = pack.devpath(&["dev", "lint"]).expect(1);
    assert!(ran.stdout.contains("problem:"), "{}", ran.stdout);
    assert!(
        ran.stdout.contains("the reference solution must parse"),
        "{}",
        ran.stdout
    );
}

#[test]
fn a_path_outside_the_pack_is_refused() {
    let pack = TestPack::new();
    pack.edit(
        &format!("{EX}/exercise.toml"),
        "editable = [\".github/workflows/ci.yml\"]",
        "editable = [\"../x\"]",
    );
    let ran = pack.devpath(&["dev", "check"]).expect(2);
    assert!(
        ran.stderr.contains("editable file \"../x\" is refused"),
        "{}",
        ran.stderr
    );
    assert!(ran.stderr.contains("exercise.toml"), "{}", ran.stderr);
    let (code, report) = pack.check_json();
    assert_eq!(code, 2);
    assert_eq!(report["status"], "error");
    assert!(
        report["message"].as_str().unwrap().contains("../x"),
        "{report:#}"
    );
}

#[test]
fn a_symlink_in_the_pack_is_refused() {
    let pack = TestPack::new();
    let secret = pack.dir.path().join("outside.txt");
    std::fs::write(&secret, "not the pack's").expect("write");
    std::os::unix::fs::symlink(&secret, pack.path(&format!("{EX}/solution/notes.txt")))
        .expect("symlink");
    let ran = pack.devpath(&["dev", "check"]).expect(2);
    assert!(ran.stderr.contains("symbolic link"), "{}", ran.stderr);
    assert!(ran.stderr.contains("notes.txt"), "{}", ran.stderr);
    pack.devpath(&["dev", "bless", "1"]).expect(2);
    pack.devpath(&["dev", "new", "02-x"]).expect(2);
    assert!(!pack.path("02-x").exists());
}

#[test]
fn a_newer_format_is_refused() {
    let pack = TestPack::new();
    pack.edit("course.toml", "format_version = 1", "format_version = 2");
    let ran = pack.devpath(&["dev", "check"]).expect(2);
    assert!(
        ran.stderr.contains("needs course format 2"),
        "{}",
        ran.stderr
    );
    assert!(ran.stderr.contains("update devpath"), "{}", ran.stderr);
    let init = Devpath::new(pack.dir.path(), &["--course", "mini", "init", "ws"]).run();
    assert_eq!(init.code, 2, "{}", init.stderr);
}

#[test]
fn learner_verbs_work_on_a_pack() {
    let pack = TestPack::new();
    let ws = pack.dir.path().join("ws");
    let course = pack.root().display().to_string();
    Devpath::new(pack.dir.path(), &["--course", &course, "init", "ws"]).expect(0);
    let ran = Devpath::new(&ws, &["run"]).expect(1);
    assert!(ran.stdout.contains(EX), "{}", ran.stdout);
    std::fs::copy(
        pack.path(&format!("{EX}/solution/{WORKFLOW}")),
        ws.join(EX).join(WORKFLOW),
    )
    .expect("copy");
    Devpath::new(&ws, &["run"]).expect(0);
}

#[test]
fn docker_exercises_without_docker_are_errors_with_the_engine_message() {
    let pack = TestPack::new();
    pack.edit(
        &format!("{EX}/exercise.toml"),
        "timeout_seconds = 60",
        "timeout_seconds = 60\ndocker = true",
    );
    let socket = pack.dir.path().join("no-docker.sock");
    let ran = pack
        .devpath(&["dev", "check", "--format", "json"])
        .env("DOCKER_HOST", &format!("unix://{}", socket.display()))
        .expect(1);
    let report: serde_json::Value = serde_json::from_str(&ran.stdout).expect("json");
    let exercise = &report["exercises"][0];
    assert_eq!(exercise["status"], "error", "{report:#}");
    let solution = test(&report, EX, "solution passes");
    assert_eq!(solution["status"], "error");
    assert!(
        message(solution).contains("this exercise needs Docker"),
        "{solution:#}"
    );
    assert!(
        message(solution).contains("no-docker.sock"),
        "the engine's own message: {solution:#}"
    );
}

#[test]
fn new_bless_review_check_goes_green() {
    let pack = TestPack::new();
    let outside_before = tree(pack.dir.path());
    let course_before = pack.read("course.toml");
    let ran = pack
        .devpath(&["dev", "new", "02-deploy-needs-test", "--topic", "cd"])
        .expect(0);
    assert!(
        ran.stdout.contains("dev bless 02-deploy-needs-test"),
        "{}",
        ran.stdout
    );
    let course = pack.read("course.toml");
    assert!(
        course.starts_with("# A tiny course pack"),
        "comments kept:\n{course}"
    );
    assert!(
        course.contains("\"01-push-runs-tests\", # the only one\n    \"02-deploy-needs-test\",\n]"),
        "{course}"
    );
    assert_eq!(course.lines().count(), course_before.lines().count() + 1);
    let toml = pack.read("02-deploy-needs-test/exercise.toml");
    assert!(toml.contains("topic = \"cd\""), "{toml}");
    // Every key of the format is there, with a comment above it.
    for key in [
        "title",
        "topic",
        "editable",
        "[[hints]]",
        "[[comments]]",
        "timeout_seconds",
        "docker",
        "registry_auth",
        "[outcome]",
        "jobs",
        "needs",
        "outputs",
        "registry",
        "environments",
        "[secrets]",
        "[vars]",
        "[[scenario]]",
        "push",
        "[[messages]]",
        "part",
        "[messages.text]",
    ] {
        let line = toml
            .lines()
            .position(|l| l.starts_with(&format!("{key} ")) || l == key)
            .unwrap_or_else(|| panic!("no {key} in\n{toml}"));
        let above = toml.lines().nth(line - 1).unwrap_or("");
        assert!(
            above.starts_with('#') || ["part", "[messages.text]", "push"].contains(&key),
            "{key} has no comment above it"
        );
    }
    // It loads as it is: lint warns about the TODO(author) markers and
    // says the snapshot is missing.
    let lint = pack.devpath(&["dev", "lint"]).expect(1);
    assert!(
        lint.stdout
            .contains("warning: 02-deploy-needs-test/README.md: still has `TODO(author)`"),
        "{}",
        lint.stdout
    );
    assert!(
        lint.stdout
            .contains("2 exercises linted: 1 problem, 8 warnings"),
        "{}",
        lint.stdout
    );
    // `dev new` scaffolds the lesson in three languages: the pack has
    // started Spanish and Portuguese, so what is not translated yet is
    // named, once per exercise and language.
    for lang in ["Español", "Português"] {
        assert!(
            lint.stdout.contains(&format!(
                "warning: 01-push-runs-tests: is not translated into {lang}"
            )),
            "{}",
            lint.stdout
        );
    }
    assert!(
        lint.stdout
            .contains("warning: 02-deploy-needs-test/README.es.md: still has `TODO(author)`"),
        "{}",
        lint.stdout
    );
    assert!(
        lint.stdout
            .contains("Languages: English, Español, Português."),
        "{}",
        lint.stdout
    );
    // Before blessing, check says what to do.
    let (code, report) = pack.check_json();
    assert_eq!(code, 1);
    assert!(
        message(test(&report, "02-deploy-needs-test", "snapshot current"))
            .contains("devpath dev bless 02-deploy-needs-test")
    );
    // Bless, reject, bless, skip, accept.
    pack.devpath(&["dev", "bless", "02"]).expect(0);
    let new = pack.path("02-deploy-needs-test/outcome.snap.new");
    assert!(new.is_file());
    pack.devpath(&["dev", "review"]).stdin("r\n").expect(0);
    assert!(!new.exists(), "reject deletes outcome.snap.new");
    pack.devpath(&["dev", "bless", "02-deploy-needs-test"])
        .expect(0);
    let skipped = pack.devpath(&["dev", "review"]).stdin("x\ns\n").expect(0);
    assert!(
        skipped.stdout.contains("answer a, r or s"),
        "{}",
        skipped.stdout
    );
    assert!(
        skipped.stdout.contains("0 accepted, 0 rejected, 1 skipped"),
        "{}",
        skipped.stdout
    );
    assert!(new.is_file(), "skip keeps it");
    let accepted = pack.devpath(&["dev", "review"]).stdin("a\n").expect(0);
    assert!(
        accepted
            .stdout
            .contains("+ step 1: push <sha:v1> (app good)"),
        "{}",
        accepted.stdout
    );
    assert!(!new.exists());
    assert_eq!(
        pack.read("02-deploy-needs-test/outcome.snap"),
        "step 1: push <sha:v1> (app good)\n  workflow ci.yml: success\n"
    );
    pack.devpath(&["dev", "review"]).expect(0);
    // Blessing again changes nothing.
    let again = pack.devpath(&["dev", "bless", "02"]).expect(0);
    assert!(
        again.stdout.contains("already what the solution produces"),
        "{}",
        again.stdout
    );
    assert!(!new.exists());
    let ran = pack.devpath(&["dev", "check", "--jobs", "2"]).expect(0);
    assert!(
        ran.stdout.contains("2 ok, 0 with problems"),
        "{}",
        ran.stdout
    );
    // Nothing was written outside the pack.
    let outside_after: Vec<String> = tree(pack.dir.path())
        .into_iter()
        .filter(|p| !p.starts_with("mini/"))
        .collect();
    let outside_before: Vec<String> = outside_before
        .into_iter()
        .filter(|p| !p.starts_with("mini/"))
        .collect();
    assert_eq!(outside_after, outside_before);
}

#[test]
fn dev_new_refuses_bad_and_taken_names() {
    let pack = TestPack::new();
    let before = pack.read("course.toml");
    for (name, why) in [
        ("../escape", "path separator"),
        ("a/b", "path separator"),
        ("..", "`..`"),
        (".hidden", "starts with `.`"),
        (EX, "already exists"),
    ] {
        let ran = pack.devpath(&["dev", "new", name]).expect(2);
        assert!(ran.stderr.contains(why), "{name}: {}", ran.stderr);
    }
    assert_eq!(pack.read("course.toml"), before);
    assert!(!pack.dir.path().join("escape").exists());
}

#[test]
fn writing_verbs_need_the_course_on_disk() {
    let dir = tempfile::tempdir().expect("tempdir");
    for verb in [
        &["dev", "bless", "1"][..],
        &["dev", "review"],
        &["dev", "new", "x"],
    ] {
        let ran = Devpath::new(dir.path(), verb).expect(2);
        assert!(
            ran.stderr
                .contains("needs the course on disk: pass --course DIR"),
            "{}",
            ran.stderr
        );
    }
    // Reading verbs fall back to the built-in course.
    let lint = Devpath::new(dir.path(), &["dev", "lint"]).expect(0);
    assert!(
        lint.stdout.contains("01-ci-first-workflow"),
        "{}",
        lint.stdout
    );
}

#[test]
fn check_json_has_the_results_shape() {
    let pack = TestPack::new();
    let (_, report) = pack.check_json();
    assert!(
        report["message"]
            .as_str()
            .unwrap()
            .contains("1 exercise checked")
    );
    let names: Vec<&str> = report["exercises"][0]["tests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["start fails", "solution passes", "snapshot current", "lint"]
    );
}

/// `dev check`'s human output, with the pack's path and the time made
/// stable.
fn stable(text: &str, pack: &TestPack) -> String {
    let text = text.replace(&pack.root().display().to_string(), "<pack>");
    text.lines()
        .map(|line| match (line.find(" checked in "), line.find("s: ")) {
            (Some(start), Some(end)) if end > start => {
                format!("{} checked in <time>{}", &line[..start], &line[end + 1..])
            }
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn check_output_for_a_broken_exercise() {
    let pack = TestPack::new();
    pack.edit(
        &format!("{EX}/solution/{WORKFLOW}"),
        "run: ./test.sh",
        "run: echo skipped",
    );
    pack.edit(
        &format!("{EX}/exercise.toml"),
        "hints = [\"Which event does `git push` send?\"]",
        "hints = []",
    );
    let ran = pack.devpath(&["dev", "check"]).expect(1);
    insta::assert_snapshot!(stable(&ran.stdout, &pack));
}

#[test]
fn in_the_repository_layout_new_writes_into_exercises() {
    // The devpath repository's layout: exercises/course.toml, fixtures/ at the top.
    let dir = tempfile::tempdir().expect("tempdir");
    let mini = repo().join("tests/fixtures/packs/mini");
    let exercises = dir.path().join("exercises");
    std::fs::create_dir_all(exercises.join(EX)).expect("mkdir");
    std::fs::create_dir_all(dir.path().join("fixtures")).expect("mkdir");
    std::fs::copy(mini.join("course.toml"), exercises.join("course.toml")).expect("copy");
    copy_tree(&mini.join(EX), &exercises.join(EX));
    copy_tree(&mini.join("fixtures"), &dir.path().join("fixtures"));
    Devpath::new(dir.path(), &["dev", "new", "02-next"]).expect(0);
    assert!(exercises.join("02-next/exercise.toml").is_file());
    assert!(!dir.path().join("02-next").exists());
    let course = std::fs::read_to_string(exercises.join("course.toml")).expect("read");
    assert!(course.contains("    \"02-next\",\n]"), "{course}");
    Devpath::new(dir.path(), &["dev", "bless", "02-next"]).expect(0);
    Devpath::new(dir.path(), &["dev", "review"])
        .stdin("a\n")
        .expect(0);
    let ran = Devpath::new(dir.path(), &["dev", "check", "02-next"]).expect(0);
    assert!(
        ran.stdout.contains("1 ok, 0 with problems"),
        "{}",
        ran.stdout
    );
}
