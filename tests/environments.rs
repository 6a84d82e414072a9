//! Environments, approvals and rollback against the real engine: other
//! correct solutions pass, wrong ones fail with the lesson's message, the
//! timeline shows what happened, and bad course input is a clear error.

mod support;

use support::{Devpath, TestWorkspace, copy_tree, repo};

#[test]
fn other_correct_rollbacks_pass() {
    for (exercise, rel, file) in [
        (
            "10-rollback-by-hand",
            ".github/workflows/rollback.yml",
            "10-right-digest.yml",
        ),
        (
            "11-rollback-automatic",
            "deploy.sh",
            "11-right-deploy-record.sh",
        ),
        ("11-rollback-automatic", "deploy.sh", "11-right-label.sh"),
    ] {
        support::assert_variant_passes(exercise, rel, file);
    }
}

#[test]
fn wrong_solutions_fail_with_the_lesson_message() {
    for (exercise, rel, file, expected) in [
        (
            "11-rollback-automatic",
            "deploy.sh",
            "11-wrong-reports-success.sh",
            "must exit\n  non-zero after the rollback",
        ),
        (
            "09-env-manual-approval",
            ".github/workflows/pipeline.yml",
            "09-wrong-staging-only-gate.yml",
            "That is where the gate is",
        ),
    ] {
        support::assert_variant_fails_with(exercise, rel, file, expected);
    }
}

#[test]
fn the_rollback_that_rebuilds_is_caught() {
    // The start of exercise 10 rebuilds the image under the old tag.
    let ws = TestWorkspace::new();
    let ran = ws.devpath(&["run", "10"]).expect(1);
    // The rebuilt image is v2's code: the same digest as v2 when the build
    // cache hits, a new one when it does not.
    assert!(
        ran.stdout
            .contains("\nyour run    pushed my-org/my-app:<sha:v1> <digest:"),
        "{}",
        ran.stdout
    );
    assert!(
        ran.stdout.contains("A rollback deploys; it never builds"),
        "{}",
        ran.stdout
    );
}

#[test]
fn the_timeline_marks_approvals_and_rollbacks() {
    let ws = TestWorkspace::new();
    ws.solve("09-env-manual-approval");
    let ran = ws.devpath(&["run", "09"]).expect(0);
    let timeline = &ran.stdout[ran.stdout.find("Deploy timeline").expect("a timeline")..];
    let timeline = support::redact_short_shas(timeline);
    let end = timeline.find("\n\n").unwrap_or(timeline.len());
    insta::assert_snapshot!(&timeline[..end]);
    let graph = &ran.stdout[ran.stdout.find("Job graph").expect("a job graph")..];
    assert!(
        graph.contains("deploy-production ✗ failure (rejected by lead)"),
        "{graph}"
    );

    ws.solve("10-rollback-by-hand");
    let ran = ws.devpath(&["run", "10", "--format", "json"]).expect(0);
    let value: serde_json::Value = serde_json::from_str(&ran.stdout).unwrap();
    let rows = value["timeline"]["rows"].as_array().unwrap();
    assert_eq!(
        rows[2]["cells"][0]["marks"][0], "rollback",
        "{}",
        value["timeline"]
    );
    assert_eq!(rows[2]["cells"][0]["commit"], "v1");
}

#[test]
fn a_scenario_naming_an_unknown_environment_is_a_clear_error() {
    let pack = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("tests/fixtures/packs/mini"), pack.path());
    let toml = std::fs::read_dir(pack.path())
        .unwrap()
        .map(|e| e.unwrap().path().join("exercise.toml"))
        .find(|p| p.is_file())
        .expect("an exercise in the mini pack");
    let mut text = std::fs::read_to_string(&toml).unwrap();
    text = text.replacen("[[scenario]]\n", "[[scenario]]\napprove = [\"prod\"]\n", 1);
    std::fs::write(&toml, text).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ran = Devpath::new(
        dir.path(),
        &["--course", pack.path().to_str().unwrap(), "init", "ws"],
    )
    .expect(2);
    assert!(
        ran.stderr.contains(
            "approves or rejects environment \"prod\", which the exercise does not declare"
        ),
        "{}",
        ran.stderr
    );
}

#[test]
fn a_deleted_workflow_the_scenario_dispatches_is_a_verdict() {
    let ws = TestWorkspace::new();
    ws.solve("10-rollback-by-hand");
    std::fs::remove_file(
        ws.path()
            .join("10-rollback-by-hand/.github/workflows/rollback.yml"),
    )
    .unwrap();
    let ran = ws.devpath(&["run", "10"]).expect(1);
    assert!(
        ran.stdout
            .contains("\nyour run    workflow rollback.yml: invalid"),
        "{}",
        ran.stdout
    );
    assert!(
        ran.stdout
            .contains("this workflow does not exist, but the exercise dispatches it"),
        "{}",
        ran.stdout
    );
}
