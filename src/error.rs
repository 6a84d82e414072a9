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
    #[error("{}", io_message(action, path, source))]
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

/// "cannot read PATH: REASON" in the current language. `action` is one of
/// the English verbs devpath passes (`read`, `write to`, `read the event
/// file`…); one without a translation is shown as given.
pub(crate) fn io_message(action: &str, path: &std::path::Path, source: &std::io::Error) -> String {
    i18n::t!(
        "errors-io",
        action = io_action(action),
        path = path.display().to_string(),
        reason = source.to_string()
    )
}

/// The translated verb of an [`Error::Io`]'s `action`.
fn io_action(action: &str) -> String {
    let id = match action {
        "read" => "errors-do-read",
        "write" => "errors-do-write",
        "write to" => "errors-do-write-to",
        "create" => "errors-do-create",
        "find" => "errors-do-find",
        "list" => "errors-do-list",
        "remove" => "errors-do-remove",
        "rename" => "errors-do-rename",
        "replace" => "errors-do-replace",
        "read the environments file" => "errors-do-read-environments",
        "read the event file" => "errors-do-read-event",
        "read the secret file" => "errors-do-read-secret",
        "create a temporary folder in" => "errors-do-create-temp-in",
        "create a temporary folder for" => "errors-do-create-temp-for",
        "copy the repository files into" => "errors-do-copy-repo-into",
        _ => return action.to_string(),
    };
    i18n::t!(id)
}
