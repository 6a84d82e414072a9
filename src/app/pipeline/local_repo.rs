//! The repository a local pipeline run checks out, and the commit it
//! simulates: in a git repository, what a push would carry and `HEAD`.

use std::path::{Path, PathBuf};

use sha2::{Digest as _, Sha256};

/// The folder `actions/checkout` copies: the git top level holding the
/// workflow, else the folder holding `.github`, else the workflow's folder.
pub(crate) fn repository_root(workflow: &Path) -> PathBuf {
    let folder = workflow.parent().unwrap_or(Path::new("/")).to_path_buf();
    if let Some(top) = folder.ancestors().find(|a| a.join(".git").exists()) {
        return top.to_path_buf();
    }
    if let Some(holder) = folder
        .ancestors()
        .find(|a| a.file_name().is_some_and(|n| n == ".github"))
        .and_then(Path::parent)
    {
        return holder.to_path_buf();
    }
    folder
}

/// The files of a git repository that a push would carry: tracked ones and
/// untracked ones that are not ignored. `None` outside a repository.
pub(crate) fn git_files(repo: &Path) -> Option<Vec<PathBuf>> {
    if !repo.join(".git").exists() {
        return None;
    }
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(repo)
        .args([
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    Some(
        out.stdout
            .split(|&b| b == 0)
            .filter(|p| !p.is_empty())
            .map(|p| PathBuf::from(String::from_utf8_lossy(p).into_owned()))
            .collect(),
    )
}

/// Copies the listed files (relative to `from`) into `to`.
pub(crate) fn copy_files(from: &Path, to: &Path, files: &[PathBuf]) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for file in files {
        let source = from.join(file);
        let target = to.join(file);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let meta = match std::fs::symlink_metadata(&source) {
            Ok(meta) => meta,
            // Listed by git but deleted in the working tree.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        if meta.file_type().is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(&source)?, &target)?;
        } else if meta.is_file() {
            std::fs::copy(&source, &target)?;
        }
    }
    Ok(())
}

/// `git rev-parse HEAD` in a repository, else a stable hash of the
/// workflow text (40 hex digits either way).
pub(crate) fn commit_sha(repo: &Path, source: &str) -> String {
    if repo.join(".git").exists() {
        let out = std::process::Command::new("git")
            .arg("-C")
            .arg(repo)
            .args(["rev-parse", "HEAD"])
            .stderr(std::process::Stdio::null())
            .output();
        if let Ok(out) = out {
            let sha = String::from_utf8_lossy(&out.stdout).trim().to_string();
            if out.status.success() && sha.len() == 40 {
                return sha;
            }
        }
    }
    let digest = Sha256::digest(source.as_bytes());
    hex::encode(digest)[..40].to_string()
}
