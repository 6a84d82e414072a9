//! `devpath dev bless` and `devpath dev review`: record what a solution
//! produces as `outcome.snap.new` beside `outcome.snap`, then accept
//! (rename over `outcome.snap`) or reject (delete) each pending file, like
//! `cargo insta review`.
//!
//! Everything is written inside the exercise's folder of the pack; the
//! `.snap.new` files are never read as part of the course (the loader skips
//! them) nor built into the binary.

use std::path::PathBuf;

use super::check::side_learner_files;
use super::{DevError, Pack};
use crate::scenario::{self, PlayOptions, ScenarioEvent};
use crate::validate::snapshot_lines;
use course::{Course, Exercise, Side};

/// The file name of the expected outcome.
pub(crate) const SNAP: &str = "outcome.snap";
/// The file name of a pending outcome.
pub(crate) const SNAP_NEW: &str = "outcome.snap.new";

/// What blessing one exercise did.
#[derive(Debug, Clone)]
pub(crate) struct Blessed {
    /// `outcome.snap` of the exercise.
    pub snap: PathBuf,
    /// The outcome the solution produced, as snapshot text.
    pub outcome: String,
    /// The current `outcome.snap`, if any.
    pub current: Option<String>,
    /// Where the outcome was written (`outcome.snap.new`), or `None` when
    /// `outcome.snap` already holds it.
    pub written: Option<PathBuf>,
    /// Diagnostics of solution workflows that did not run because they are
    /// invalid: a snapshot of them is rarely what the author wants.
    pub invalid: Vec<String>,
}

/// Runs `exercise`'s solution and writes its outcome as `outcome.snap.new`
/// (or removes a stale `.new` when `outcome.snap` is already current).
pub(crate) fn bless(
    pack: &Pack,
    course: &Course,
    exercise: &Exercise,
    options: &PlayOptions,
    on_event: &(dyn Fn(ScenarioEvent<'_>) + Sync),
) -> Result<Blessed, DevError> {
    let dir = pack.exercise_dir(exercise)?;
    let learner = side_learner_files(course, exercise, Side::Solution);
    let checked = scenario::check_exercise(course, exercise, &learner, options, on_event)?;
    let outcome = checked.outcome.to_snapshot();
    let current = exercise.snapshot(&course.files).map(str::to_string);
    let snap = dir.join(SNAP);
    let new_path = dir.join(SNAP_NEW);
    let unchanged = current
        .as_deref()
        .is_some_and(|c| snapshot_lines(c) == snapshot_lines(&outcome));
    let written = if unchanged {
        remove_pending(&new_path)?;
        None
    } else {
        refuse_non_file(&new_path)?;
        std::fs::write(&new_path, &outcome).map_err(DevError::io("write", &new_path))?;
        Some(new_path)
    };
    let invalid = checked
        .record
        .steps
        .iter()
        .flat_map(|s| s.invalid.iter())
        .flat_map(|w| w.diagnostics.iter().map(|d| d.to_string()))
        .collect();
    Ok(Blessed {
        snap,
        outcome,
        current,
        written,
        invalid,
    })
}

/// A pending `outcome.snap.new`.
#[derive(Debug, Clone)]
pub(crate) struct Pending {
    pub exercise: String,
    /// `outcome.snap` (it may not exist yet).
    pub snap: PathBuf,
    /// `outcome.snap.new`.
    pub new: PathBuf,
    /// The current snapshot text, if any.
    pub old_text: Option<String>,
    /// The pending snapshot text.
    pub new_text: String,
}

/// The pending snapshots of the course's exercises, in course order.
pub(crate) fn pending(pack: &Pack, course: &Course) -> Result<Vec<Pending>, DevError> {
    let mut out = Vec::new();
    for exercise in &course.exercises {
        let dir = pack.exercise_dir(exercise)?;
        let new = dir.join(SNAP_NEW);
        match std::fs::symlink_metadata(&new) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(source) => {
                return Err(DevError::Io {
                    action: "read",
                    path: new,
                    source,
                });
            }
            Ok(meta) if !meta.is_file() => return Err(DevError::NotAFile { path: new }),
            Ok(_) => {}
        }
        let new_text = std::fs::read_to_string(&new).map_err(DevError::io("read", &new))?;
        out.push(Pending {
            exercise: exercise.name.clone(),
            snap: dir.join(SNAP),
            new,
            old_text: exercise.snapshot(&course.files).map(str::to_string),
            new_text,
        });
    }
    Ok(out)
}

/// Accepts a pending snapshot: `outcome.snap.new` replaces `outcome.snap`.
pub(crate) fn accept(pending: &Pending) -> Result<(), DevError> {
    refuse_non_file(&pending.snap)?;
    std::fs::rename(&pending.new, &pending.snap).map_err(DevError::io("rename", &pending.new))
}

/// Rejects a pending snapshot: `outcome.snap.new` is deleted.
pub(crate) fn reject(pending: &Pending) -> Result<(), DevError> {
    remove_pending(&pending.new)
}

fn remove_pending(path: &std::path::Path) -> Result<(), DevError> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(DevError::Io {
            action: "remove",
            path: path.to_path_buf(),
            source: e,
        }),
        _ => Ok(()),
    }
}

/// Refuses to write through a symbolic link or over a folder.
fn refuse_non_file(path: &std::path::Path) -> Result<(), DevError> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if !meta.is_file() => Err(DevError::NotAFile {
            path: path.to_path_buf(),
        }),
        _ => Ok(()),
    }
}
