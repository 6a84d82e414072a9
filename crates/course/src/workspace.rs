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
    /// a `.devpath` folder), or the default workspace folder inside it.
    ///
    /// The folder, not `state.toml`, marks a workspace: a learner who moved
    /// a damaged state file away still has a workspace, with fresh progress.
    pub fn find(start: &Path) -> Option<Workspace> {
        let is_workspace = |dir: &Path| dir.join(DOT_DIR).is_dir();
        start
            .ancestors()
            .find(|dir| is_workspace(dir))
            .map(Path::to_path_buf)
            .or_else(|| Some(start.join(DEFAULT_DIR)).filter(|dir| is_workspace(dir)))
            .map(|root| Workspace { root })
    }

    /// Opens `dir` as a workspace, or errors when it is not one.
    pub fn open(dir: &Path) -> Result<Workspace, CourseError> {
        if dir.join(DOT_DIR).is_dir() {
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

    /// Reads the state, reconciled with the course; a workspace without a
    /// state file (moved away because it was damaged) starts afresh.
    pub fn state(&self, course: &Course) -> Result<State, CourseError> {
        let path = self.state_path();
        let mut state = if path.exists() {
            State::read(&path)?
        } else {
            State::new(course, None)
        };
        state.reconcile(course);
        Ok(state)
    }

    /// Saves what changed from `before` to `after`, merged into the state
    /// on disk under the workspace's lock: two verbs running at once in one
    /// workspace (`devpath run 6` and `devpath run 7`) both keep their
    /// progress. Returns the state now on disk.
    pub fn save(&self, before: &State, after: &State) -> Result<State, CourseError> {
        let path = self.state_path();
        let lock_path = self.root.join(DOT_DIR).join("lock");
        let lock_error = |source| CourseError::Write {
            path: lock_path.clone(),
            source,
        };
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(lock_error)?;
        // Released when `lock` is dropped, at the end of this function.
        lock.lock().map_err(lock_error)?;
        let merged = match State::read(&path) {
            Ok(disk) => disk.merged(before, after),
            // Nothing to merge with: what this verb holds is the progress.
            Err(_) => after.clone(),
        };
        merged.write(&path)?;
        Ok(merged)
    }
}
