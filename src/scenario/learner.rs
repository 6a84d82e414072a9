//! The learner's files, read into memory once per run: a commit is made of
//! them (and the sample app), so what a run plays cannot change under it
//! when the learner saves a file mid-run.

use std::collections::BTreeMap;
use std::path::Path;

use super::ScenarioError;
use course::CourseFile;

/// The largest learner file devpath copies into a commit.
const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The learner's files of an exercise: what a commit is made of, besides
/// the sample app.
pub(crate) type LearnerFiles = BTreeMap<String, CourseFile>;

/// Reads an exercise folder of the workspace into memory.
pub(crate) fn read_learner_dir(dir: &Path) -> Result<LearnerFiles, ScenarioError> {
    let mut out = BTreeMap::new();
    read_into(dir, dir, &mut out)?;
    Ok(out)
}

fn read_into(root: &Path, dir: &Path, out: &mut LearnerFiles) -> Result<(), ScenarioError> {
    let err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ScenarioError::ReadLearner { path, source }
    };
    for entry in std::fs::read_dir(dir).map_err(err(dir))? {
        let entry = entry.map_err(err(dir))?;
        let path = entry.path();
        let kind = entry.file_type().map_err(err(&path))?;
        let name = entry.file_name();
        if kind.is_dir() {
            if name == ".git" || name == "dist" || name == course::workspace::DOT_DIR {
                continue;
            }
            read_into(root, &path, out)?;
        } else if kind.is_file() {
            let meta = entry.metadata().map_err(err(&path))?;
            if meta.len() > MAX_FILE_BYTES {
                continue;
            }
            let bytes = std::fs::read(&path).map_err(err(&path))?;
            #[cfg(unix)]
            let executable = {
                use std::os::unix::fs::PermissionsExt;
                meta.permissions().mode() & 0o111 != 0
            };
            #[cfg(not(unix))]
            let executable = false;
            let rel = path
                .strip_prefix(root)
                .map_err(|_| ScenarioError::ReadLearner {
                    path: path.clone(),
                    source: std::io::Error::other("outside the exercise folder"),
                })?;
            out.insert(
                rel.to_string_lossy().replace('\\', "/"),
                CourseFile { bytes, executable },
            );
        }
    }
    Ok(())
}
