//! A scenario's commits: folders holding the learner's files with a version
//! of the sample app laid over them, named by a sha that depends on their
//! content, as a git commit would be.

use std::collections::BTreeMap;
use std::path::Path;

use sha2::{Digest as _, Sha256};

use super::{LearnerFiles, ScenarioError, WORKFLOWS_DIR};
use course::{CourseFile, files};

/// The workflow files of a commit, sorted.
pub(super) fn list_workflows(commit_dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(commit_dir.join(WORKFLOWS_DIR)) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|n| n.ends_with(".yml") || n.ends_with(".yaml"))
        .collect();
    names.sort();
    names
}

/// Writes a commit: the learner's files with the app version laid over
/// them (the learner's editable files always win). Returns its sha: a hash
/// of the tree and the step, 40 hex digits like a git commit id.
pub(super) fn write_commit(
    dir: &Path,
    learner: &LearnerFiles,
    app: &BTreeMap<String, CourseFile>,
    editable: &[String],
    index: usize,
) -> Result<String, ScenarioError> {
    let mut tree: BTreeMap<&str, &CourseFile> =
        learner.iter().map(|(k, v)| (k.as_str(), v)).collect();
    for (path, file) in app {
        if !editable.iter().any(|e| e == path) {
            tree.insert(path, file);
        }
    }
    let mut hasher = Sha256::new();
    hasher.update(format!("devpath commit {index}\n"));
    for (path, file) in &tree {
        if files::check_relative(path).is_err() {
            continue;
        }
        hasher.update(path.as_bytes());
        hasher.update([0]);
        hasher.update(&file.bytes);
        let target = dir.join(path);
        files::write_file(&target, file).map_err(|source| ScenarioError::WriteCommit {
            path: target,
            source,
        })?;
    }
    std::fs::create_dir_all(dir).map_err(|source| ScenarioError::WriteCommit {
        path: dir.to_path_buf(),
        source,
    })?;
    Ok(hex::encode(hasher.finalize())[..40].to_string())
}
