//! Right verdicts and messages that name the real cause (issue 12), one
//! table per class, driving the real binary against the real engine: a
//! correct solution that differs from the reference in what the lesson
//! does not teach passes; a wrong one fails with the message for the
//! mistake it makes, and never with a message that contradicts what
//! happened.

mod support;

use support::run_variant;

const CI: &str = ".github/workflows/ci.yml";
const PIPELINE: &str = ".github/workflows/pipeline.yml";
const ROLLBACK: &str = ".github/workflows/rollback.yml";

/// A wrong solution: the exercise, the file replaced, the fixture, what the
/// message must say and what it must not.
type Wrong<'a> = (&'a str, &'a str, &'a str, &'a [&'a str], &'a [&'a str]);

fn assert_wrong(cases: &[Wrong<'_>]) {
    for (exercise, rel, file, says, never) in cases {
        let ran = run_variant(exercise, rel, file);
        assert_eq!(
            ran.code, 1,
            "{file} must fail\n{}{}",
            ran.stdout, ran.stderr
        );
        let message = message_of(&ran.stdout);
        for text in *says {
            assert!(
                message.contains(text),
                "{file}: the message must say {text:?}:\n{message}\n--- whole output:\n{}",
                ran.stdout
            );
        }
        for text in *never {
            assert!(
                !message.contains(text),
                "{file}: the message must not say {text:?}:\n{message}"
            );
        }
    }
}

/// The message part of `devpath run`'s output: from "First difference in"
/// to the "Edit …" line.
fn message_of(stdout: &str) -> String {
    let start = stdout
        .find("First difference in")
        .unwrap_or_else(|| panic!("no message in\n{stdout}"));
    let rest = &stdout[start..];
    let end = rest.find("\nEdit ").unwrap_or(rest.len());
    rest[..end].to_string()
}

#[test]
fn ci_messages_name_the_cause() {
    assert_wrong(&[
        (
            "01-ci-first-workflow",
            CI,
            "01-wrong-no-checkout.yml",
            &[
                "A step could not find a file",
                "actions/checkout",
                "./test.sh: No such file or directory",
            ],
            &["Nothing ran when you pushed", "add `push`"],
        ),
        (
            "01-ci-first-workflow",
            CI,
            "01-wrong-branch-master.yml",
            &[
                "did not start in step 1: its `on:` lists `push`, but its filters",
                "a push to `main`",
            ],
            &["Nothing ran when you pushed", "add `push`"],
        ),
        (
            "01-ci-first-workflow",
            CI,
            "01-wrong-pull-request.yml",
            &["Nothing ran when you pushed"],
            &["could not find a file"],
        ),
    ]);
}

#[test]
fn correct_solutions_that_vary_what_the_lesson_does_not_teach_pass() {
    let _docker = support::docker_shared();
    for (exercise, rel, file) in [
        // A deploy job in its environment: not part of lesson 4.
        (
            "04-cd-deploy-after-ci",
            PIPELINE,
            "04-right-environment.yml",
        ),
        // `latest` published beside the commit tag.
        (
            "05-cd-build-and-publish",
            PIPELINE,
            "05-right-latest-too.yml",
        ),
        (
            "12-small-frequent-deployments",
            PIPELINE,
            "12-right-latest-too.yml",
        ),
        // deploy-production needs build as well as deploy-staging.
        (
            "08-env-staging-then-production",
            PIPELINE,
            "08-right-needs-both.yml",
        ),
        // A deploy script that removes the container that failed its
        // health check: what production serves then is not lesson 7's.
        (
            "07-cd-deploy-script",
            "deploy.sh",
            "07-right-remove-broken.sh",
        ),
        // The rollback starts the previous image by its ID.
        ("11-rollback-automatic", "deploy.sh", "11-right-image-id.sh"),
    ] {
        support::assert_variant_passes(exercise, rel, file);
    }
}

#[test]
fn deploying_from_latest_fails() {
    let _docker = support::docker_shared();
    assert_wrong(&[(
        "12-small-frequent-deployments",
        PIPELINE,
        "12-wrong-deploy-latest.yml",
        &["Each environment should run the image of its own commit"],
        &[],
    )]);
}

#[test]
fn a_deploy_job_that_builds_again_fails() {
    let _docker = support::docker_shared();
    assert_wrong(&[(
        "08-env-staging-then-production",
        PIPELINE,
        "08-wrong-rebuild-per-deploy.yml",
        &["The image was built more than once"],
        &[],
    )]);
}

#[test]
fn cd_messages_name_the_cause() {
    let _docker = support::docker_shared();
    assert_wrong(&[
        (
            "04-cd-deploy-after-ci",
            PIPELINE,
            "04-wrong-always.yml",
            &["yet it ran although `build` failed"],
            &["that is what `needs: build`"],
        ),
        (
            "04-cd-deploy-after-ci",
            PIPELINE,
            "04-wrong-continue-on-error.yml",
            &[
                "of job `build` (pipeline.yml) failed in step 1, but `continue-on-error` kept the job going",
            ],
            &["that is what `needs: build`"],
        ),
        (
            "05-cd-build-and-publish",
            PIPELINE,
            "05-wrong-no-push.yml",
            &["The workflow succeeded but published nothing"],
            &["not with `latest`"],
        ),
        (
            "05-cd-build-and-publish",
            PIPELINE,
            "05-wrong-fixed-tag.yml",
            &["not with `latest` or a fixed version"],
            &["published nothing"],
        ),
        (
            "06-cd-secrets",
            PIPELINE,
            "06-wrong-no-login.yml",
            &[
                "Publishing failed: this registry requires a login",
                "no basic auth credentials",
            ],
            &["does not have offline"],
        ),
        (
            "06-cd-secrets",
            PIPELINE,
            "06-wrong-login-action.yml",
            &[
                "an action devpath does not have offline",
                "`uses: some-org/registry-login@v1` is not available offline",
            ],
            &["requires a login"],
        ),
        (
            "10-rollback-by-hand",
            ROLLBACK,
            "10-wrong-rebuild.yml",
            &["The rollback ran `docker build`. A rollback deploys; it never builds"],
            &["read the failed step's"],
        ),
        (
            "10-rollback-by-hand",
            ROLLBACK,
            "10-wrong-fixed-tag.yml",
            &["read the failed step's", "`${{ inputs.tag }}`"],
            &["never builds", "Rebuilding", "must not build"],
        ),
        (
            "11-rollback-automatic",
            "deploy.sh",
            "11-wrong-no-rollback.sh",
            &["production must be back on v1"],
            &["still failed"],
        ),
        (
            "11-rollback-automatic",
            "deploy.sh",
            "11-wrong-reports-success.sh",
            &["still failed"],
            &["must be back on v1"],
        ),
    ]);
}
