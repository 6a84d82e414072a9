//! The learner's workspace: a folder with one sub-folder per exercise
//! (holding its start files, which the learner edits) and `.devpath/` with
//! the progress state.

use std::path::{Path, PathBuf};

use super::{Course, CourseError, Exercise, Side, State, files};

/// The folder devpath keeps its own files in, inside the workspace.
pub const DOT_DIR: &str = ".devpath";

/// The folder `devpath` and `devpath init` create a workspace in by default.
pub const DEFAULT_DIR: &str = "devpath-course";

/// An opened workspace.
#[derive(Debug, Clone)]
pub struct Workspace {
    pub root: PathBuf,
}

impl Workspace {
    /// Finds the workspace holding `start` (itself or the nearest parent with
    /// a `.devpath/state.toml`), or the default workspace folder inside it.
    pub fn find(start: &Path) -> Option<Workspace> {
        let is_workspace = |dir: &Path| dir.join(DOT_DIR).join("state.toml").is_file();
        start
            .ancestors()
            .find(|dir| is_workspace(dir))
            .map(Path::to_path_buf)
            .or_else(|| Some(start.join(DEFAULT_DIR)).filter(|dir| is_workspace(dir)))
            .map(|root| Workspace { root })
    }

    /// Opens `dir` as a workspace, or errors when it is not one.
    pub fn open(dir: &Path) -> Result<Workspace, CourseError> {
        if dir.join(DOT_DIR).join("state.toml").is_file() {
            Ok(Workspace {
                root: dir.to_path_buf(),
            })
        } else {
            Err(CourseError::NoWorkspace {
                dir: dir.to_path_buf(),
            })
        }
    }

    pub fn state_path(&self) -> PathBuf {
        self.root.join(DOT_DIR).join("state.toml")
    }

    /// The folder of one exercise in the workspace.
    pub fn exercise_dir(&self, exercise: &Exercise) -> PathBuf {
        self.root.join(&exercise.name)
    }

    /// Creates a workspace in `dir`: every exercise's start files and a
    /// fresh state. Existing exercise folders are left as they are, so
    /// running `init` twice loses nothing.
    pub fn init(
        dir: &Path,
        course: &Course,
        pack: Option<PathBuf>,
    ) -> Result<(Workspace, bool), CourseError> {
        std::fs::create_dir_all(dir).map_err(|source| CourseError::Write {
            path: dir.to_path_buf(),
            source,
        })?;
        let workspace = Workspace {
            root: dir.to_path_buf(),
        };
        let existed = workspace.state_path().is_file();
        for exercise in &course.exercises {
            if !workspace.exercise_dir(exercise).exists() {
                workspace.write_start(course, exercise)?;
            }
        }
        if !existed {
            State::new(course, pack).write(&workspace.state_path())?;
            let ignore = workspace.root.join(DOT_DIR).join(".gitignore");
            std::fs::write(&ignore, "*\n").map_err(|source| CourseError::Write {
                path: ignore,
                source,
            })?;
        }
        Ok((workspace, existed))
    }

    /// Writes an exercise's start files, replacing the learner's versions of
    /// them; files the learner added are kept.
    pub fn write_start(&self, course: &Course, exercise: &Exercise) -> Result<(), CourseError> {
        let dir = self.exercise_dir(exercise);
        for (rel, file) in exercise.side_files(&course.files, Side::Start) {
            files::check_relative(&rel).map_err(|reason| CourseError::UnsafePath {
                path: dir.join(&rel),
                reason,
            })?;
            let path = dir.join(&rel);
            files::write_file(&path, file).map_err(|source| CourseError::Write { path, source })?;
        }
        // The lesson, beside the files it is about.
        let readme = format!("{}README.md", exercise.prefix);
        if let Some(file) = course.files.get(&readme) {
            let path = dir.join("README.md");
            files::write_file(&path, file).map_err(|source| CourseError::Write { path, source })?;
        }
        // The sample app, so the learner sees what the workflow runs.
        if let Some(app) = course.app_version("good") {
            for (rel, file) in &app {
                let path = dir.join(rel);
                if exercise.info.editable.iter().any(|e| e == rel) {
                    continue;
                }
                files::write_file(&path, file)
                    .map_err(|source| CourseError::Write { path, source })?;
            }
        }
        Ok(())
    }

    /// Reads the state, reconciled with the course.
    pub fn state(&self, course: &Course) -> Result<State, CourseError> {
        let mut state = State::read(&self.state_path())?;
        state.reconcile(course);
        Ok(state)
    }

    pub fn save(&self, state: &State) -> Result<(), CourseError> {
        state.write(&self.state_path())
    }
}
