//! What a scenario did, as plain data: the steps it played, the runs they
//! triggered, and what was observed in the engine and the registry after
//! each step. The scenario fills a [`ScenarioRecord`] while its resources
//! are alive; everything here is judged after they are gone, so nothing in
//! this file may hold a handle to a container, a registry or a process.

use std::collections::BTreeMap;

use serde::Serialize;

use workflow::{Diagnostic, RunReport};

/// Everything a scenario did.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct ScenarioRecord {
    pub steps: Vec<StepRecord>,
    /// Commit name → sha, for normalisation.
    pub shas: Vec<(String, String)>,
    /// The registry's tags at the end (Docker exercises).
    pub registry: Vec<RegistryTag>,
    /// `host:port` of the run's registry, for normalisation.
    pub registry_host: Option<String>,
    /// Tags pushed during the run, in order, as `repository:tag@digest`
    /// (devpath's own registry only).
    pub pushes: Vec<String>,
    /// Each environment at the end.
    pub environments: Vec<EnvironmentObservation>,
    /// Where secrets leaked.
    pub leaks: Vec<Leak>,
    /// What the learner's scripts left in the engine at the end, besides
    /// the environments' containers (Docker exercises).
    pub leftovers: Vec<Leftover>,
    /// The exercise's time limit, when the scenario ran out of it.
    pub timed_out: Option<u64>,
    /// Secret values, for masking and leak checks (never serialised).
    #[serde(skip)]
    pub secrets: Vec<String>,
}

/// What a scenario step did.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct StepRecord {
    /// 1-based.
    pub index: usize,
    pub action: Action,
    /// The workflow runs the step triggered, in file-name order.
    pub runs: Vec<RunReport>,
    /// Workflows that could not run because they are invalid.
    pub invalid: Vec<InvalidWorkflow>,
    /// What each environment served after the step (Docker exercises).
    pub environments: Vec<EnvironmentObservation>,
    /// Tags the step pushed to the registry, or moved to another digest.
    pub pushed: Vec<RegistryTag>,
    /// Workflows of the commit that the step's event did not start, and why.
    pub not_triggered: Vec<NotTriggered>,
    /// The steps of its runs that failed (before `continue-on-error`), with
    /// the last lines of their logs.
    pub failed_steps: Vec<FailedStep>,
    /// The docker commands its runs ran, by verb (`build`, `push`, `run` …),
    /// in order; `buildx build` and `image build` count as `build`. Not
    /// serialised: a verb is the first word of a command line the learner
    /// wrote, which could be anything.
    #[serde(skip)]
    pub docker_commands: Vec<String>,
    /// How long the step's workflow runs took, in milliseconds (from the
    /// push or dispatch until the last run finished).
    pub duration_ms: u64,
}

impl StepRecord {
    /// A step that has just started: nothing observed yet.
    pub(crate) fn new(index: usize, action: Action) -> StepRecord {
        StepRecord {
            index,
            action,
            runs: Vec::new(),
            invalid: Vec::new(),
            environments: Vec::new(),
            pushed: Vec::new(),
            not_triggered: Vec::new(),
            failed_steps: Vec::new(),
            docker_commands: Vec::new(),
            duration_ms: 0,
        }
    }
}

/// A workflow the step's event did not start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct NotTriggered {
    /// The workflow file, e.g. `.github/workflows/ci.yml`.
    pub file: String,
    /// The event, as `on:` names it (`push`, `workflow_dispatch`).
    pub event: String,
    /// Why it did not start.
    pub why: NotTriggeredWhy,
}

/// Why a workflow did not start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum NotTriggeredWhy {
    /// `on:` does not list the event.
    NoEvent,
    /// `on:` lists the event, but its filters (`branches:` …) leave this
    /// one out.
    Filtered,
}

/// A step that failed, and how its log ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct FailedStep {
    /// The workflow file's name, e.g. `ci.yml`.
    pub workflow: String,
    pub job: String,
    /// The step's display name, e.g. `Run ./test.sh`.
    pub step: String,
    /// `continue-on-error` kept the job going (the step's conclusion is
    /// success).
    pub continued: bool,
    /// The last lines of its log (masked), at most [`FailedStep::TAIL`].
    pub log: Vec<String>,
}

impl FailedStep {
    /// How many lines of a failed step's log are kept.
    pub(crate) const TAIL: usize = 12;
}

/// A workflow with structural errors; nothing of it ran.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct InvalidWorkflow {
    pub file: String,
    pub diagnostics: Vec<Diagnostic>,
}

/// A scenario action, as it was played: unlike the course's step, it knows
/// the commit it ran on and the inputs with their `<sha:NAME>` resolved.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum Action {
    Push {
        version: String,
        name: String,
        sha: String,
        #[serde(rename = "ref")]
        git_ref: String,
    },
    PullRequest {
        version: String,
        name: String,
        sha: String,
        number: u64,
        head: String,
        base: String,
    },
    Dispatch {
        workflow: String,
        inputs: BTreeMap<String, String>,
        sha: String,
    },
}

impl Action {
    /// What the step did, in the words of its line in the outcome: `push`
    /// (to main), `push tag v1.2.3`, `push branch dev`, `pull request #1
    /// feature → main`, `dispatch`.
    pub(crate) fn verb(&self) -> String {
        match self {
            Action::Push { git_ref, .. } => match git_ref.strip_prefix("refs/tags/") {
                Some(tag) => format!("push tag {tag}"),
                None => match git_ref.strip_prefix("refs/heads/") {
                    Some("main") => "push".to_string(),
                    Some(branch) => format!("push branch {branch}"),
                    None => format!("push {git_ref}"),
                },
            },
            Action::PullRequest {
                number, head, base, ..
            } => format!("pull request #{number} {head} → {base}"),
            Action::Dispatch { .. } => "dispatch".to_string(),
        }
    }
}

/// What an environment's container looked like.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct EnvironmentObservation {
    pub name: String,
    /// None when no container serves the environment.
    pub container: Option<ContainerObservation>,
}

/// The container serving an environment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct ContainerObservation {
    pub running: bool,
    /// The image reference it was started from.
    pub image: String,
    /// The manifest digest of its image in the run's registry, if the image
    /// came from there.
    pub digest: Option<String>,
    /// `GET /version`.
    pub version: Probe,
    /// `GET /health`.
    pub health: Probe,
}

/// One HTTP answer, or none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Probe {
    /// None when nothing answered.
    pub status: Option<u16>,
    /// The body's first line, trimmed (at most 80 characters).
    pub body: String,
}

impl Probe {
    /// Nothing answered (no container, not running, or no port).
    pub(crate) fn none() -> Probe {
        Probe {
            status: None,
            body: String::new(),
        }
    }

    pub(crate) fn healthy(&self) -> bool {
        self.status == Some(200)
    }
}

/// A tag in the registry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct RegistryTag {
    pub repository: String,
    pub tag: String,
    pub digest: String,
}

/// A place where a secret's value was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Leak {
    /// The secret's name (never its value).
    pub secret: String,
    /// Where, e.g. `file .github/workflows/deploy.yml`, `docker login command line`.
    pub place: String,
}

/// Something a learner's script created and left in the engine when the
/// run ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Leftover {
    /// `container`, `image`, `network` or `volume`.
    pub kind: String,
    /// Its name (an image's first tag).
    pub name: String,
    /// Whether devpath removed it: it carried the run's label (it was made
    /// through the run's `docker`). Without the label (made with
    /// `/usr/bin/docker`, say) devpath cannot tell it from the user's own
    /// things and leaves it.
    pub removed: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::outcome::Outcome;

    fn step_line(action: Action) -> String {
        let record = ScenarioRecord {
            steps: vec![StepRecord::new(1, action)],
            ..Default::default()
        };
        let outcome = Outcome::from_record(&Default::default(), &record);
        outcome.lines[0].text.clone()
    }

    fn push(git_ref: &str) -> Action {
        Action::Push {
            version: "good".into(),
            name: "v1".into(),
            sha: "a".repeat(40),
            git_ref: git_ref.into(),
        }
    }

    #[test]
    fn a_push_to_main_keeps_its_step_line() {
        assert_eq!(
            step_line(push("refs/heads/main")),
            "step 1: push <sha:v1> (app good)"
        );
    }

    #[test]
    fn a_push_of_a_tag_or_another_branch_names_it() {
        assert_eq!(
            step_line(push("refs/tags/v1.2.3")),
            "step 1: push tag v1.2.3 <sha:v1> (app good)"
        );
        assert_eq!(
            step_line(push("refs/heads/release/1.x")),
            "step 1: push branch release/1.x <sha:v1> (app good)"
        );
    }

    #[test]
    fn a_pull_request_names_its_number_and_branches() {
        let action = Action::PullRequest {
            version: "v2".into(),
            name: "v1".into(),
            sha: "a".repeat(40),
            number: 1,
            head: "feature".into(),
            base: "main".into(),
        };
        assert_eq!(
            step_line(action),
            "step 1: pull request #1 feature → main <sha:v1> (app v2)"
        );
    }

    /// Regression: the tags a step pushed are listed by name, so `1.2`
    /// came before the commit's own tag and the release's digest was
    /// numbered (`<digest:1>`) instead of named after its commit.
    #[test]
    fn a_release_digest_is_named_after_its_commit_not_its_version_tag() {
        let sha = "b".repeat(40);
        let digest = format!("sha256:{}", "c".repeat(64));
        let tag = |tag: &str| RegistryTag {
            repository: "my-org/my-app".into(),
            tag: tag.into(),
            digest: digest.clone(),
        };
        let mut step = StepRecord::new(1, push("refs/tags/v1.2.3"));
        step.pushed = vec![tag("1.2"), tag("1.2.3"), tag(&sha)];
        let record = ScenarioRecord {
            steps: vec![step],
            shas: vec![("v1".into(), sha.clone())],
            ..Default::default()
        };
        let info = course::OutcomeInfo {
            pushes: true,
            ..Default::default()
        };
        let lines: Vec<String> = Outcome::from_record(&info, &record)
            .lines
            .into_iter()
            .map(|l| l.text)
            .collect();
        assert!(
            lines.contains(&"  pushed my-org/my-app:1.2 <digest:v1>".to_string()),
            "{lines:#?}"
        );
    }
}
