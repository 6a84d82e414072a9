//! What most verbs start from: the course and the learner's workspace.

use std::path::{Path, PathBuf};

use crate::cli::GlobalArgs;
use course::{Course, CourseError, State, Workspace};

/// The course and workspace a verb works on.
pub(crate) struct Session {
    pub course: Course,
    pub workspace: Workspace,
    pub state: State,
    /// The state as this verb last read or saved it: what it changed since
    /// is what `save` merges into the file (another verb may have saved in
    /// between).
    saved: State,
    /// `--registry URL`, when given.
    pub registry: Option<String>,
}

impl Session {
    /// Opens the workspace (from `--workspace`, or the current folder and
    /// its parents) and the course it was created for (or `--course`).
    pub(crate) fn open(global: &GlobalArgs) -> Result<Session, CourseError> {
        let workspace = find_workspace(global)?;
        let path = workspace.state_path();
        // Read once: it names the pack the course comes from, and is the
        // progress (none when the file was moved away: a fresh start).
        let recorded = match path.exists() {
            true => Some(course::State::read(&path)?),
            false => None,
        };
        let pack = global
            .course
            .clone()
            .or_else(|| recorded.as_ref().and_then(|s| s.course.clone()));
        let course = load_course(pack.as_deref())?;
        let mut state = recorded.unwrap_or_else(|| State::new(&course, None));
        state.reconcile(&course);
        Ok(Session {
            course,
            workspace,
            saved: state.clone(),
            state,
            registry: global.registry.clone(),
        })
    }

    /// Like [`Session::open`], but a damaged state file gives fresh
    /// progress instead of an error (`reset --all` replaces it anyway).
    pub(crate) fn open_or_fresh(global: &GlobalArgs) -> Result<Session, CourseError> {
        match Session::open(global) {
            Err(CourseError::DamagedState { .. }) => {
                let workspace = find_workspace(global)?;
                let course = load_course(global.course.as_deref())?;
                let state = State::new(&course, global.course.as_deref().map(absolute));
                Ok(Session {
                    course,
                    workspace,
                    saved: state.clone(),
                    state,
                    registry: global.registry.clone(),
                })
            }
            other => other,
        }
    }

    /// The language of the workspace's start files and lessons: the one it
    /// was created in (or switched to), else the one devpath speaks now.
    pub(crate) fn start_lang(&self) -> i18n::Lang {
        self.state.lang.unwrap_or_else(i18n::current)
    }

    /// Saves this verb's changes to the progress, merged with what other
    /// verbs saved meanwhile.
    pub(crate) fn save(&mut self) -> Result<(), CourseError> {
        let merged = self.workspace.save(&self.saved, &self.state)?;
        self.saved = merged.clone();
        self.state = merged;
        Ok(())
    }

    /// Saves the progress as it is here, whatever the file holds (a fresh
    /// start: `reset --all`).
    pub(crate) fn save_whole(&mut self) -> Result<(), CourseError> {
        self.state.write(&self.workspace.state_path())?;
        self.saved = self.state.clone();
        Ok(())
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
