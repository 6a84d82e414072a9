//! Plays an exercise's scenario and owns the run: pushes commits and
//! dispatches workflows in order ([`play`]), runs the triggered workflows,
//! observes what they did to the engine and the registry ([`observe`]), and
//! removes everything the run created when it ends, however it ends (its
//! temporary folder, and for the Docker lessons, everything in [`docker`]).
//!
//! [`check_exercise`] plays and then asks `crate::validate` for the verdict:
//! the arrow goes from here to `validate`, never back.

mod check;
mod command_log;
mod commit;
pub(crate) mod docker;
pub(crate) mod image_lock;
pub(crate) mod journal;
mod learner;
mod lifetime;
mod observe;
mod play;
pub(crate) mod processes;

use std::path::PathBuf;

use crate::validate::record::{Action, InvalidWorkflow};
use workflow::{Diagnostic, RunEvent, RunReport};

pub(crate) use check::{Checked, check_exercise};
pub(crate) use learner::{LearnerFiles, read_learner_dir};
pub(crate) use play::play;

/// The workflow folder of a commit.
pub(crate) const WORKFLOWS_DIR: &str = ".github/workflows";

/// What happens while a scenario plays.
#[derive(Debug, Clone)]
pub(crate) enum ScenarioEvent<'a> {
    StepStarted { index: usize, action: &'a Action },
    Invalid { workflow: &'a InvalidWorkflow },
    Warning { diagnostic: &'a Diagnostic },
    Run(RunEvent),
    RunFinished { report: &'a RunReport },
}

/// Errors that stop a scenario (devpath or the machine broke).
#[derive(Debug, thiserror::Error)]
pub(crate) enum ScenarioError {
    #[error("{}", i18n::t!("errors-temp-dir", reason = .0.to_string()))]
    TempDir(std::io::Error),
    #[error("{}", i18n::t!(
        "errors-read-learner",
        path = path.display().to_string(),
        reason = source.to_string()
    ))]
    ReadLearner {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", i18n::t!(
        "errors-write-commit",
        path = path.display().to_string(),
        reason = source.to_string()
    ))]
    WriteCommit {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Workflow(#[from] workflow::WorkflowError),
    #[error(transparent)]
    Engine(Box<engine::EngineError>),
    #[error(transparent)]
    Registry(Box<registry::RegistryError>),
    #[error("{}", i18n::t!("errors-no-base-image"))]
    NoBaseImage,
    #[error("{}", i18n::t!("errors-no-docker-cli"))]
    NoDockerCli,
    #[error("{}", i18n::t!("errors-no-free-port", reason = .0.to_string()))]
    Port(std::io::Error),
    #[error("{}", i18n::t!("errors-scan", reason = source.to_string()))]
    Scan { source: std::io::Error },
    #[error("{}", i18n::t!("errors-interrupted"))]
    Interrupted,
    #[error("{}", i18n::t!("errors-exercise-broken", message = message))]
    Course { message: String },
}

/// How a scenario is played.
#[derive(Debug, Clone, Default)]
pub(crate) struct PlayOptions {
    /// An external registry (`--registry URL`) instead of devpath's own.
    pub registry: Option<String>,
    /// Cancels the run from another thread (Ctrl-C).
    pub cancel: workflow::CancelHandle,
    /// Where the run keeps its journal (the workspace's `.devpath/runs`),
    /// and where journals of runs that were killed are reconciled first.
    pub journal_dir: Option<PathBuf>,
}
