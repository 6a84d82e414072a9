use std::path::PathBuf;

/// Something broke that is not the learner's fault: devpath, the course
/// files, or the machine. Each variant's message says what to do.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Course(#[from] crate::course::CourseError),
    #[error(transparent)]
    Workflow(#[from] crate::workflow::WorkflowError),
    #[error(transparent)]
    Scenario(#[from] crate::scenario::ScenarioError),
    #[error(transparent)]
    Dev(#[from] crate::dev::DevError),
    #[error(transparent)]
    Engine(#[from] crate::engine::EngineError),
    #[error(transparent)]
    Registry(#[from] crate::registry::RegistryError),
    #[error("cannot {action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0}")]
    Usage(String),
}

impl Error {
    /// The process exit status for this error: always 2 (0 is pass, 1 fail).
    pub fn exit_code(&self) -> u8 {
        2
    }
}
