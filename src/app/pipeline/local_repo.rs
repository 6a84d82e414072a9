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

/// `git -C repo ARGS` when `repo` is a git repository and git succeeds.
fn git(repo: &Path, args: &[&str]) -> Option<String> {
    if !repo.join(".git").exists() {
        return None;
    }
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(args)
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The files HEAD's commit changed, against its first parent (all of its
/// files for a first commit), as `paths` filters see them: a merge counts
/// what it brought in. `None` outside a git repository.
pub(crate) fn changed_files(repo: &Path) -> Option<Vec<String>> {
    let has_parent = git(repo, &["rev-parse", "--verify", "--quiet", "HEAD^1"]).is_some();
    let out = if has_parent {
        git(
            repo,
            &[
                "diff",
                "--name-only",
                "--no-renames",
                "-z",
                "HEAD^1",
                "HEAD",
            ],
        )?
    } else {
        git(
            repo,
            &[
                "diff-tree",
                "--no-commit-id",
                "--name-only",
                "-r",
                "--root",
                "-z",
                "HEAD",
            ],
        )?
    };
    Some(
        out.split('\0')
            .filter(|p| !p.is_empty())
            .map(String::from)
            .collect(),
    )
}

/// The branch checked out, if any (not on a detached HEAD).
pub(crate) fn current_branch(repo: &Path) -> Option<String> {
    let name = git(repo, &["symbolic-ref", "--quiet", "--short", "HEAD"])?;
    let name = name.trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// What a push payload says about the simulated commit.
#[derive(Debug, Clone)]
pub(crate) struct CommitInfo {
    pub sha: String,
    /// The first parent (`before` of a push); `None` for a first commit.
    pub parent: Option<String>,
    pub message: String,
    /// ISO 8601, as GitHub writes it.
    pub timestamp: String,
    pub author_name: String,
    pub author_email: String,
}

/// HEAD's commit, in a git repository.
pub(crate) fn commit_info(repo: &Path) -> Option<CommitInfo> {
    let out = git(
        repo,
        &["log", "-1", "--format=%H%x00%P%x00%cI%x00%an%x00%ae%x00%B"],
    )?;
    let mut parts = out.splitn(6, '\0');
    let sha = parts.next()?.to_string();
    let parent = parts.next()?.split_whitespace().next().map(String::from);
    let timestamp = parts.next()?.to_string();
    let author_name = parts.next()?.to_string();
    let author_email = parts.next()?.to_string();
    let message = parts.next()?.trim_end().to_string();
    Some(CommitInfo {
        sha,
        parent,
        message,
        timestamp,
        author_name,
        author_email,
    })
}
