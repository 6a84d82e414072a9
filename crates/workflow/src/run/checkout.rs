//! The built-in `actions/checkout`: copies the simulated commit's files
//! into the job's workspace (or a folder inside it, `with: path:`), as
//! the real action would clone it — offline, without `.git`.

use std::fs;
use std::path::{Component, Path, PathBuf};

use serde_json::{Map, Value};

use super::job::JobRun;
use crate::eval::{self, Status};
use crate::model::Text;

impl JobRun<'_, '_> {
    pub(super) fn checkout(
        &self,
        number: usize,
        path: Option<&Text>,
        contexts: &Map<String, Value>,
    ) -> Result<(), String> {
        let dest = match path {
            Some(text) => {
                let rel = eval::render(&text.value, contexts, Status::SUCCESS).map_err(|e| {
                    self.run
                        .at(text, &format!("cannot evaluate `path`: {}", e.message))
                })?;
                inside(&self.workspace, &rel).ok_or_else(|| {
                    self.run.at(
                        text,
                        &format!("`path: {rel}` must be a folder inside the workspace"),
                    )
                })?
            }
            None => self.workspace.clone(),
        };
        let from = &self.run.req.checkout_from;
        copy_tree(from, &dest, &self.run.req.work_root).map_err(|e| {
            format!(
                "actions/checkout: cannot copy {} to {}: {e}",
                from.display(),
                dest.display()
            )
        })?;
        let req = self.run.req;
        let place = match path {
            Some(_) => dest
                .strip_prefix(&self.workspace)
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            None => "the workspace".to_string(),
        };
        self.run.log(
            &self.job.id,
            number,
            &format!("Checked out {} at {} into {place}", req.repository, req.sha),
        );
        Ok(())
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

    use super::super::testing::run;
    use super::inside;

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
