use std::path::PathBuf;

/// Something broke that is not the learner's fault: devpath, the course
/// files, or the machine. Each variant's message says what to do.
#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error(transparent)]
    Course(#[from] course::CourseError),
    #[error(transparent)]
    Workflow(#[from] workflow::WorkflowError),
    #[error(transparent)]
    Scenario(#[from] crate::scenario::ScenarioError),
    #[error(transparent)]
    Dev(#[from] crate::dev::DevError),
    #[error(transparent)]
    Engine(#[from] engine::EngineError),
    #[error(transparent)]
    Registry(#[from] registry::RegistryError),
    #[error("cannot {action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0}")]
    Usage(String),
    /// Standard output was closed by its reader (`devpath list | head -1`).
    /// Not a failure: the verb stops and devpath exits 0 without a word.
    #[error("standard output is closed")]
    StdoutClosed,
}

impl Error {
    /// The process exit status for this error: always 2 (0 is pass, 1 fail).
    pub(crate) fn exit_code(&self) -> u8 {
        2
    }
}
