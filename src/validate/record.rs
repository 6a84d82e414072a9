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
            duration_ms: 0,
        }
    }
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
    },
    Dispatch {
        workflow: String,
        inputs: BTreeMap<String, String>,
        sha: String,
    },
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
