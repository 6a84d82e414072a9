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
    #[error("cannot create the run's temporary folder: {0}")]
    TempDir(std::io::Error),
    #[error("cannot read your file {path}: {source}")]
    ReadLearner {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write the commit file {path}: {source}")]
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
    #[error(
        "the lessons' base image devpath/base:1 is missing: build it with `devpath setup` (offline, from a static busybox)"
    )]
    NoBaseImage,
    #[error(
        "the docker command-line tool is not on PATH: install it (Debian/Ubuntu: `sudo apt-get install docker.io`)"
    )]
    NoDockerCli,
    #[error("cannot find a free port on 127.0.0.1: {0}")]
    Port(std::io::Error),
    #[error("cannot scan an image for leaked secrets: {source}")]
    Scan { source: std::io::Error },
    #[error("interrupted: the run was stopped and everything it created was removed")]
    Interrupted,
    #[error("the exercise is broken: {message}")]
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
