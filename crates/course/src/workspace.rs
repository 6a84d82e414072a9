//! The learner's workspace: a folder with one sub-folder per exercise
//! (holding its start files, which the learner edits) and `.devpath/` with
//! the progress state.

use std::path::{Path, PathBuf};

use super::{Course, CourseError, Exercise, Lang, Side, State, files};

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

    /// Creates a workspace in `dir`: every exercise's start files, in
    /// `lang`, and a fresh state that remembers `lang`. Existing exercise
    /// folders are left as they are, so running `init` twice loses
    /// nothing.
    pub fn init(
        dir: &Path,
        course: &Course,
        pack: Option<PathBuf>,
        lang: Lang,
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
                workspace.write_start(course, exercise, lang)?;
            }
        }
        if !existed {
            let mut state = State::new(course, pack);
            state.lang = Some(lang);
            state.write(&workspace.state_path())?;
            let ignore = workspace.root.join(DOT_DIR).join(".gitignore");
            std::fs::write(&ignore, "*\n").map_err(|source| CourseError::Write {
                path: ignore,
                source,
            })?;
        }
        Ok((workspace, existed))
    }

    /// Writes an exercise's start files, replacing the learner's versions of
    /// them; files the learner added are kept. The comments that tell the
    /// learner what to do, and the lesson, are in `lang` (English where the
    /// course has no translation).
    pub fn write_start(
        &self,
        course: &Course,
        exercise: &Exercise,
        lang: Lang,
    ) -> Result<(), CourseError> {
        let dir = self.exercise_dir(exercise);
        for (rel, file) in exercise.side_files(&course.files, Side::Start) {
            files::check_relative(&rel).map_err(|reason| CourseError::UnsafePath {
                path: dir.join(&rel),
                reason,
            })?;
            let path = dir.join(&rel);
            let localized;
            let file = match std::str::from_utf8(&file.bytes) {
                Ok(text) if lang != Lang::En && !exercise.info.comments.is_empty() => {
                    localized = files::CourseFile {
                        bytes: exercise.localize_comments(text, lang).into_bytes(),
                        ..file.clone()
                    };
                    &localized
                }
                _ => file,
            };
            files::write_file(&path, file).map_err(|source| CourseError::Write { path, source })?;
        }
        self.write_readme(course, exercise, lang)?;
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

    /// Writes the exercise's lesson, in `lang` when the course has it,
    /// beside the files it is about, as `README.md`.
    pub fn write_readme(
        &self,
        course: &Course,
        exercise: &Exercise,
        lang: Lang,
    ) -> Result<(), CourseError> {
        let dir = self.exercise_dir(exercise);
        let file = course
            .files
            .get(&format!("{}{}", exercise.prefix, lang.readme_name()))
            .or_else(|| course.files.get(&format!("{}README.md", exercise.prefix)));
        if let Some(file) = file {
            let path = dir.join("README.md");
            files::write_file(&path, file).map_err(|source| CourseError::Write { path, source })?;
        }
        Ok(())
    }

    /// Rewrites each exercise's lesson in `lang`, where the learner has not
    /// changed it (it is one of the course's versions); returns how many
    /// it rewrote. Start files are the learner's and stay as they are.
    pub fn switch_readmes(&self, course: &Course, lang: Lang) -> Result<usize, CourseError> {
        let mut rewritten = 0;
        for exercise in &course.exercises {
            let path = self.exercise_dir(exercise).join("README.md");
            let Ok(current) = std::fs::read(&path) else {
                continue;
            };
            let pristine = Lang::ALL.into_iter().any(|l| {
                course
                    .files
                    .get(&format!("{}{}", exercise.prefix, l.readme_name()))
                    .is_some_and(|f| f.bytes == current)
            });
            if pristine {
                self.write_readme(course, exercise, lang)?;
                rewritten += 1;
            }
        }
        Ok(rewritten)
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
