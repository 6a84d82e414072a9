//! What most verbs start from: the course and the learner's workspace.

use std::path::{Path, PathBuf};

use crate::cli::GlobalArgs;
use course::{Course, CourseError, State, Workspace};

/// The course and workspace a verb works on.
pub(crate) struct Session {
    pub course: Course,
    pub workspace: Workspace,
    pub state: State,
    /// `--registry URL`, when given.
    pub registry: Option<String>,
}

impl Session {
    /// Opens the workspace (from `--workspace`, or the current folder and
    /// its parents) and the course it was created for (or `--course`).
    pub(crate) fn open(global: &GlobalArgs) -> Result<Session, CourseError> {
        let workspace = find_workspace(global)?;
        let state = course::State::read(&workspace.state_path())?;
        let pack = global.course.clone().or_else(|| state.course.clone());
        let course = load_course(pack.as_deref())?;
        let state = workspace.state(&course)?;
        Ok(Session {
            course,
            workspace,
            state,
            registry: global.registry.clone(),
        })
    }

    pub(crate) fn save(&self) -> Result<(), CourseError> {
        self.workspace.save(&self.state)
    }
}

/// Loads the built-in course or a pack.
pub(crate) fn load_course(pack: Option<&Path>) -> Result<Course, CourseError> {
    Course::load(pack)
}

/// The workspace the user means.
pub(crate) fn find_workspace(global: &GlobalArgs) -> Result<Workspace, CourseError> {
    match &global.workspace {
        Some(dir) => Workspace::open(dir),
        None => {
            let cwd = current_dir()?;
            Workspace::find(&cwd).ok_or(CourseError::NoWorkspace { dir: cwd })
        }
    }
}

pub(crate) fn current_dir() -> Result<PathBuf, CourseError> {
    std::env::current_dir().map_err(|source| CourseError::Read {
        path: PathBuf::from("."),
        source,
    })
}

/// An absolute form of `path` (for the pack path kept in the state).
pub(crate) fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}
