//! The built-in `actions/checkout`: copies the commit's files into the
//! job's workspace (or a folder inside it, `with: path:`), as the real
//! action would clone it, offline. When the commit is a real one (a run of
//! `devpath pipeline` in a git repository), the workspace is also a git
//! repository fetched from the local one with `fetch-depth` commits of
//! history; an exercise's simulated commit has no `.git`.

use std::fs;
use std::path::{Component, Path, PathBuf};

use super::{ActionCall, Inputs};
use crate::run::job::{JobRun, StepRun};

/// The inputs of actions/checkout v4 (action.yml). Those that only matter
/// for a clone from GitHub are accepted and have nothing to do offline.
pub(super) const INPUTS: Inputs = Inputs {
    supported: &["path", "ref", "fetch-depth"],
    accepted: &[
        "repository",
        "token",
        "ssh-key",
        "ssh-known-hosts",
        "ssh-strict",
        "ssh-user",
        "persist-credentials",
        "clean",
        "filter",
        "sparse-checkout",
        "sparse-checkout-cone-mode",
        "fetch-tags",
        "show-progress",
        "lfs",
        "submodules",
        "set-safe-directory",
        "github-server-url",
    ],
};

impl JobRun<'_, '_> {
    pub(super) fn checkout(&mut self, call: &ActionCall<'_>) -> Result<StepRun, String> {
        if let Some(repository) = call.input("repository")
            && !repository.is_empty()
            && repository != self.run.req.repository
        {
            return Err(call.fail(&i18n::t!(
                "workflow-checkout-other-repo",
                repository = repository,
                current = self.run.req.repository.as_str()
            )));
        }
        if let Some(git_ref) = call.input("ref")
            && !git_ref.is_empty()
            && !self.is_current_ref(git_ref)
        {
            return Err(call.fail(&i18n::t!(
                "workflow-checkout-other-ref",
                git_ref = git_ref,
                sha = self.run.req.sha.as_str()
            )));
        }
        let number = call.number;
        let path = call.input("path").filter(|p| !p.is_empty());
        let dest = match path {
            Some(rel) => inside(&self.workspace, rel)
                .ok_or_else(|| call.fail(&i18n::t!("workflow-checkout-path", path = rel)))?,
            None => self.workspace.clone(),
        };
        let from = &self.run.req.checkout_from;
        copy_tree(from, &dest, &self.run.req.work_root).map_err(|e| {
            i18n::t!(
                "workflow-checkout-copy-failed",
                from = from.display().to_string(),
                to = dest.display().to_string(),
                error = e.to_string()
            )
        })?;
        let depth = match call.input("fetch-depth").map(str::trim) {
            None | Some("") => 1,
            Some(text) => text
                .parse::<u32>()
                .map_err(|_| call.fail(&i18n::t!("workflow-checkout-fetch-depth", value = text)))?,
        };
        let tags = depth == 0 || call.flag("fetch-tags", false)?;
        if let Err(problem) = self.git_repository(&dest, depth, tags) {
            // No half-made repository: the files alone, as before.
            let _ = fs::remove_dir_all(dest.join(".git"));
            self.run.log(
                &self.job.id,
                number,
                &format!(
                    "Warning: {}",
                    i18n::t!("workflow-checkout-no-git", problem = problem)
                ),
            );
        }
        let req = self.run.req;
        let place = match path {
            Some(_) => dest
                .strip_prefix(&self.workspace)
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            None => i18n::t!("workflow-the-workspace"),
        };
        self.run.log(
            &self.job.id,
            number,
            &i18n::t!(
                "workflow-checked-out",
                repository = req.repository.as_str(),
                sha = req.sha.as_str(),
                place = place
            ),
        );
        Ok(StepRun::success())
    }

    /// Makes `dest` a git repository as actions/checkout leaves it, when
    /// the run's commit is a real one of the repository it comes from
    /// (`devpath pipeline` in a git repository): the commit fetched with
    /// `depth` commits of history (0: all, with every branch and tag, as
    /// `fetch-depth: 0`), the event's branch checked out (a tag or a pull
    /// request: a detached HEAD), and `origin` naming the repository on
    /// GitHub, so that nothing a step pushes reaches the local repository.
    /// The files are the ones copied: what differs from the commit shows as
    /// changed. A simulated commit (an exercise's) gets no `.git`.
    fn git_repository(&self, dest: &Path, depth: u32, tags: bool) -> Result<(), String> {
        let req = self.run.req;
        let Some(source) = &req.git_repository else {
            return Ok(());
        };
        let sha = req.sha.as_str();
        let Some(git) = crate::run::script::resolve("git", &self.run.host_path) else {
            return Err(i18n::t!("workflow-checkout-no-git-program"));
        };
        // `git -C dir ARGS`, `input` on its stdin; git's last words when
        // it fails.
        let run_git = |dir: &Path, args: &[&str], input: &str| -> Result<(), String> {
            use std::io::Write;
            use std::process::{Command, Stdio};
            let mut child = Command::new(&git)
                .arg("-C")
                .arg(dir)
                .args(args)
                .env("GIT_TERMINAL_PROMPT", "0")
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .map_err(|e| e.to_string())?;
            if let Some(mut stdin) = child.stdin.take() {
                let _ = stdin.write_all(input.as_bytes());
            }
            let out = child.wait_with_output().map_err(|e| e.to_string())?;
            match out.status.success() {
                true => Ok(()),
                false => Err(String::from_utf8_lossy(&out.stderr)
                    .lines()
                    .rev()
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or("git failed")
                    .trim()
                    .to_string()),
            }
        };
        // Only a commit the repository has: else the run's is simulated.
        if run_git(
            source,
            &["cat-file", "-e", &format!("{sha}^{{commit}}")],
            "",
        )
        .is_err()
        {
            return Ok(());
        }
        let full = self
            .run
            .github
            .get("ref")
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default()
            .to_string();
        let url = format!("file://{}", source.display());
        let branch = full.strip_prefix("refs/heads/");
        let initial = format!("--initial-branch={}", branch.unwrap_or("main"));
        run_git(dest, &["init", "-q", &initial], "")?;
        // The commit lands on a ref of its own, then on the event's.
        const FETCHED: &str = "refs/devpath/fetched";
        let mut fetch = vec![
            "-c".to_string(),
            "protocol.file.allow=always".into(),
            "fetch".into(),
            "-q".into(),
            "--no-tags".into(),
            "--no-recurse-submodules".into(),
            // The commit by its sha, as actions/checkout fetches it.
            "--upload-pack".into(),
            "git -c uploadpack.allowAnySHA1InWant=true upload-pack".into(),
        ];
        if depth > 0 {
            fetch.push(format!("--depth={depth}"));
        }
        fetch.push(url);
        fetch.push(format!("+{sha}:{FETCHED}"));
        if depth == 0 {
            fetch.push("+refs/heads/*:refs/remotes/origin/*".into());
        }
        if tags {
            fetch.push("+refs/tags/*:refs/tags/*".into());
        }
        let args: Vec<&str> = fetch.iter().map(String::as_str).collect();
        run_git(dest, &args, "")?;
        // One transaction: the branch (HEAD already names it) and its
        // remote-tracking ref, or a tag and a detached HEAD.
        let mut refs = match branch {
            Some(branch) => {
                format!(
                    "update refs/remotes/origin/{branch} {sha}\nupdate refs/heads/{branch} {sha}\n"
                )
            }
            None if full.starts_with("refs/tags/") => {
                format!("update {full} {sha}\nupdate HEAD {sha}\n")
            }
            None => format!("update HEAD {sha}\n"),
        };
        refs.push_str(&format!("delete {FETCHED}\n"));
        run_git(dest, &["update-ref", "--no-deref", "--stdin"], &refs)?;
        // The index is the commit's; the files stay the ones copied.
        run_git(dest, &["reset", "-q"], "")?;
        let origin = format!("https://github.com/{}", req.repository);
        run_git(dest, &["remote", "add", "origin", &origin], "")
    }

    /// Whether `git_ref` names the simulated commit: its sha (or a prefix
    /// of at least 7 characters), its full ref or its short name.
    fn is_current_ref(&self, git_ref: &str) -> bool {
        let req = self.run.req;
        let full = self
            .run
            .github
            .get("ref")
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default();
        let short = full
            .strip_prefix("refs/heads/")
            .or_else(|| full.strip_prefix("refs/tags/"))
            .unwrap_or(full);
        (git_ref.len() >= 7 && req.sha.starts_with(git_ref)) || git_ref == full || git_ref == short
    }
}

/// `rel` joined to `base` when it stays inside `base`.
fn inside(base: &Path, rel: &str) -> Option<PathBuf> {
    let rel = Path::new(rel);
    if rel
        .components()
        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
    {
        Some(base.join(rel))
    } else {
        None
    }
}

/// Copies a folder tree (files, folders, symlinks, permissions), leaving
/// out `.git` and the run's own work folder.
fn copy_tree(from: &Path, to: &Path, skip: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let source = entry.path();
        if entry.file_name() == ".git" || source == skip {
            continue;
        }
        let target = to.join(entry.file_name());
        let kind = entry.file_type()?;
        if kind.is_dir() {
            copy_tree(&source, &target, skip)?;
        } else if kind.is_symlink() {
            std::os::unix::fs::symlink(fs::read_link(&source)?, &target)?;
        } else {
            fs::copy(&source, &target)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::inside;
    use crate::run::testing::run;

    #[test]
    fn checkout_gives_each_job_a_fresh_workspace() {
        let src = r#"on: push
jobs:
  a:
    runs-on: x
    steps:
      - uses: actions/checkout@v4
      - run: cat app.txt; echo changed > app.txt; touch only-in-a
  b:
    needs: a
    runs-on: x
    steps:
      - uses: actions/checkout@v4
        with:
          path: src
      - run: cat src/app.txt; ls
"#;
        let ran = run(src);
        assert_eq!(ran.logs("a")[1], "v1");
        assert_eq!(ran.logs("b")[1..], ["v1", "src"]);
    }

    #[test]
    fn checkout_path_must_stay_inside_the_workspace() {
        let base = Path::new("/w");
        assert_eq!(inside(base, "src/app"), Some(base.join("src/app")));
        assert_eq!(inside(base, "./src"), Some(base.join("./src")));
        assert_eq!(inside(base, "../elsewhere"), None);
        assert_eq!(inside(base, "/etc"), None);
    }
}

#[cfg(test)]
mod ref_tests {
    use crate::JobResult;
    use crate::run::testing::run;

    #[test]
    fn a_fetch_depth_that_is_not_a_number_fails_the_step() {
        let ran = run(
            "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n        with: {fetch-depth: all}\n",
        );
        assert_eq!(ran.result("a"), JobResult::Failure);
        assert!(
            ran.logs("a")
                .iter()
                .any(|l| l.contains("input `fetch-depth: all` must be a number of commits")),
            "{:?}",
            ran.logs("a")
        );
    }

    #[test]
    fn checkout_of_another_ref_or_repository_fails_and_says_why() {
        let ran = run(
            "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n        with: {ref: main, fetch-depth: 0}\n  b:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n        with: {ref: release}\n  c:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n        with: {repository: octo/other}\n",
        );
        assert_eq!(ran.result("a"), JobResult::Success, "{:?}", ran.logs("a"));
        assert_eq!(ran.result("b"), JobResult::Failure);
        assert!(
            ran.logs("b")
                .iter()
                .any(|l| l.contains("`ref: release` is not the commit this run simulates")),
            "{:?}",
            ran.logs("b")
        );
        assert_eq!(ran.result("c"), JobResult::Failure);
        assert!(
            ran.logs("c")
                .iter()
                .any(|l| l.contains("`repository: octo/other` is another repository")),
            "{:?}",
            ran.logs("c")
        );
    }
}
