//! The built-in `actions/upload-artifact` and `actions/download-artifact`,
//! with v4's semantics: an artifact belongs to the run, its name is
//! unique in the run (a second upload under the same name fails unless
//! `overwrite: true`), and any job of the run can download it.
//!
//! GitHub zips an artifact into its storage; devpath copies its files
//! into the run's work folder (`<work_root>/.artifacts/<id>/`, a name no
//! job id can take), so they go when the run's folder goes. The run's
//! report lists them (`RunReport::artifacts`).

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use sha2::{Digest, Sha256};

use super::glob::{self, Pattern};
use super::{ActionCall, Inputs};
use crate::ArtifactReport;
use crate::run::job::{JobRun, StepRun};

/// actions/upload-artifact's inputs (v4 and later).
pub(super) const UPLOAD_INPUTS: Inputs = Inputs {
    supported: &[
        "name",
        "path",
        "if-no-files-found",
        "overwrite",
        "include-hidden-files",
        "archive",
    ],
    // Storage settings of GitHub's servers: checked, nothing to do offline.
    accepted: &["retention-days", "compression-level"],
};

/// actions/download-artifact's inputs (v4 and later).
pub(super) const DOWNLOAD_INPUTS: Inputs = Inputs {
    supported: &[
        "name",
        "artifact-ids",
        "path",
        "pattern",
        "merge-multiple",
        "run-id",
    ],
    accepted: &[
        "github-token",
        "repository",
        "skip-decompress",
        "digest-mismatch",
    ],
};

/// The characters an artifact name may not hold (`@actions/artifact`'s
/// `validateArtifactName`).
const INVALID_NAME_CHARACTERS: &[char] =
    &['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

/// The artifacts of one run.
pub(crate) struct Artifacts {
    dir: PathBuf,
    stored: Mutex<Vec<Stored>>,
}

struct Stored {
    id: u64,
    name: String,
    /// Where its files are.
    dir: PathBuf,
    files: Vec<String>,
    size: u64,
}

impl Artifacts {
    pub(crate) fn new(work_root: &Path) -> Artifacts {
        Artifacts {
            dir: work_root.join(".artifacts"),
            stored: Mutex::new(Vec::new()),
        }
    }

    /// What the run uploaded, for its report.
    pub(crate) fn report(&self) -> Vec<ArtifactReport> {
        self.lock()
            .iter()
            .map(|s| ArtifactReport {
                name: s.name.clone(),
                files: s.files.clone(),
                size: s.size,
            })
            .collect()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Stored>> {
        self.stored.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl JobRun<'_, '_> {
    pub(super) fn upload_artifact(&mut self, call: &ActionCall<'_>) -> Result<StepRun, String> {
        refused_version(call)?;
        let name = call
            .input("name")
            .filter(|n| !n.is_empty())
            .unwrap_or("artifact");
        if let Some(c) = name.chars().find(|c| INVALID_NAME_CHARACTERS.contains(c)) {
            return Err(call.fail(&format!(
                "The artifact name is not valid: {name}. Contains the following character: {c:?}; invalid characters are \" : < > | * ? \\r \\n \\ /"
            )));
        }
        let search = call.input("path").unwrap_or_default();
        if search.trim().is_empty() {
            return Err(call.fail("Input required and not supplied: path"));
        }
        let if_none = call
            .input("if-no-files-found")
            .filter(|v| !v.is_empty())
            .unwrap_or("warn");
        if !matches!(if_none, "warn" | "error" | "ignore") {
            return Err(call.fail(&format!(
                "Unrecognized if-no-files-found input. Provided: {if_none}. Available options: warn, error, ignore"
            )));
        }
        if let Some(days) = call.input("retention-days").filter(|v| !v.is_empty())
            && days.trim().parse::<u32>().is_err()
        {
            return Err(call.fail(&format!(
                "Invalid retention-days: `{days}` must be a whole number of days"
            )));
        }
        if let Some(level) = call.input("compression-level").filter(|v| !v.is_empty())
            && !matches!(level.trim().parse::<u8>(), Ok(0..=9))
        {
            return Err(call.fail(&format!(
                "Invalid compression-level: `{level}`. Valid values are 0-9"
            )));
        }
        let overwrite = call.flag("overwrite", false)?;
        let hidden = call.flag("include-hidden-files", false)?;
        let archive = call.flag("archive", true)?;
        let number = call.number;

        let patterns = Pattern::parse_all(search, &self.workspace, &home(call));
        let (files, roots) = glob::find_files(&patterns, hidden);
        if files.is_empty() {
            let message = format!(
                "No files were found with the provided path: {search}. No artifacts will be uploaded."
            );
            return match if_none {
                "error" => Err(call.fail(&message)),
                "warn" => {
                    self.run
                        .log(&self.job.id, number, &format!("Warning: {message}"));
                    Ok(StepRun::success())
                }
                _ => {
                    self.run.log(&self.job.id, number, &message);
                    Ok(StepRun::success())
                }
            };
        }
        // The artifact's root, as upload-artifact's `findFilesToUpload`.
        let root = if roots.len() > 1 {
            glob::common_ancestor(&roots)
        } else if files.len() == 1 && roots[0] == files[0] {
            files[0].parent().map(Path::to_path_buf).unwrap_or_default()
        } else {
            roots[0].clone()
        };
        let s = if files.len() == 1 { "" } else { "s" };
        self.run.log(
            &self.job.id,
            number,
            &format!(
                "With the provided path, there will be {} file{s} uploaded",
                files.len()
            ),
        );
        if !archive && files.len() > 1 {
            return Err(call.fail(&format!(
                "When 'archive' is set to false, only a single file can be uploaded. Found {} files to upload.",
                files.len()
            )));
        }

        let store = &self.run.artifacts;
        let mut stored = store.lock();
        if let Some(at) = stored.iter().position(|s| s.name == name) {
            if !overwrite {
                return Err(call.fail(&format!(
                    "Failed to CreateArtifact: (409) Conflict: an artifact with this name already exists on the workflow run (`{name}`). {}",
                    i18n::t!("workflow-artifact-immutable")
                )));
            }
            let old = stored.remove(at);
            let _ = fs::remove_dir_all(&old.dir);
        }
        let id = stored.iter().map(|s| s.id).max().unwrap_or(0) + 1;
        let dir = store.dir.join(id.to_string());
        let mut names = Vec::new();
        let mut size = 0;
        let mut digest = Sha256::new();
        for file in &files {
            let rel = file.strip_prefix(&root).unwrap_or(file);
            let to = dir.join(rel);
            let copied = to
                .parent()
                .map_or(Ok(()), fs::create_dir_all)
                .and_then(|()| fs::copy(file, &to));
            let bytes = copied.map_err(|e| {
                call.fail(&i18n::t!(
                    "workflow-artifact-copy-failed",
                    path = file.display().to_string(),
                    error = e.to_string()
                ))
            })?;
            size += bytes;
            let rel = rel.to_string_lossy().into_owned();
            digest.update(rel.as_bytes());
            digest.update([0]);
            digest.update(fs::read(&to).unwrap_or_default());
            names.push(rel);
        }
        let digest = format!("{:x}", digest.finalize());
        let url = format!("file://{}", dir.display());
        for line in [
            format!(
                "Artifact {name} has been successfully uploaded! Final size is {size} bytes. Artifact ID is {id}"
            ),
            format!(
                "Artifact download URL: {url} ({})",
                i18n::t!("workflow-artifact-local-folder")
            ),
        ] {
            self.run.log(&self.job.id, number, &line);
        }
        stored.push(Stored {
            id,
            name: name.to_string(),
            dir,
            files: names,
            size,
        });
        drop(stored);
        let mut step = StepRun::success();
        step.outputs.insert("artifact-id".into(), id.to_string());
        step.outputs.insert("artifact-url".into(), url);
        step.outputs.insert("artifact-digest".into(), digest);
        Ok(step)
    }

    pub(super) fn download_artifact(&mut self, call: &ActionCall<'_>) -> Result<StepRun, String> {
        refused_version(call)?;
        let name = call.input("name").filter(|n| !n.is_empty());
        let ids = call.input("artifact-ids").filter(|n| !n.is_empty());
        if name.is_some() && ids.is_some() {
            return Err(call.fail(
                "Inputs 'name' and 'artifact-ids' cannot be used together. Please specify only one.",
            ));
        }
        if let Some(run_id) = call.input("run-id").filter(|r| !r.is_empty())
            && run_id != self.run.req.run_id.to_string()
        {
            return Err(call.fail(&i18n::t!("workflow-artifact-other-run", run_id = run_id)));
        }
        let merge = call.flag("merge-multiple", false)?;
        let path = match call.input("path").filter(|p| !p.is_empty()) {
            None => self.workspace.clone(),
            Some(p) => match p.strip_prefix('~') {
                Some(rest) => home(call).join(rest.trim_start_matches('/')),
                None => self.workspace.join(p),
            },
        };
        let number = call.number;
        let store = &self.run.artifacts;
        let stored = store.lock();
        let available = || {
            let names: Vec<&str> = stored.iter().map(|s| s.name.as_str()).collect();
            match names.is_empty() {
                true => i18n::t!("workflow-artifact-none-uploaded"),
                false => i18n::t!("workflow-artifact-run-has", names = names.join(", ")),
            }
        };
        let chosen: Vec<&Stored> = if let Some(name) = name {
            self.run
                .log(&self.job.id, number, "Downloading single artifact");
            match stored.iter().find(|s| s.name == name) {
                Some(found) => vec![found],
                None => {
                    return Err(call.fail(&format!("Artifact '{name}' not found; {}", available())));
                }
            }
        } else if let Some(ids) = ids {
            let mut wanted = Vec::new();
            for id in ids.split(',').map(str::trim).filter(|i| !i.is_empty()) {
                wanted.push(id.parse::<u64>().map_err(|_| {
                    call.fail(&format!("Invalid artifact ID: '{id}'. Must be a number."))
                })?);
            }
            let found: Vec<&Stored> = stored.iter().filter(|s| wanted.contains(&s.id)).collect();
            if found.is_empty() {
                return Err(call.fail(&format!(
                    "None of the provided artifact IDs were found; {}",
                    available()
                )));
            }
            found
        } else {
            match call.input("pattern").filter(|p| !p.is_empty()) {
                Some(pattern) => {
                    self.run.log(
                        &self.job.id,
                        number,
                        &format!("Filtering artifacts by pattern '{pattern}'"),
                    );
                    stored
                        .iter()
                        .filter(|s| glob::match_name(pattern.as_bytes(), s.name.as_bytes()))
                        .collect()
                }
                None => stored.iter().collect(),
            }
        };
        let single = name.is_some() || merge || chosen.len() == 1;
        for artifact in &chosen {
            let to = match single {
                true => path.clone(),
                false => path.join(&artifact.name),
            };
            for file in &artifact.files {
                let dest = to.join(file);
                let copied = dest
                    .parent()
                    .map_or(Ok(()), fs::create_dir_all)
                    .and_then(|()| fs::copy(artifact.dir.join(file), &dest));
                copied.map_err(|e| {
                    call.fail(&i18n::t!(
                        "workflow-cannot-write",
                        path = dest.display().to_string(),
                        error = e.to_string()
                    ))
                })?;
            }
            self.run.log(
                &self.job.id,
                number,
                &format!(
                    "Artifact '{}' (ID: {}, Size: {}) downloaded to {}",
                    artifact.name,
                    artifact.id,
                    artifact.size,
                    to.display()
                ),
            );
        }
        self.run.log(
            &self.job.id,
            number,
            &format!("Total of {} artifact(s) downloaded", chosen.len()),
        );
        drop(stored);
        let mut step = StepRun::success();
        step.outputs
            .insert("download-path".into(), path.to_string_lossy().into_owned());
        Ok(step)
    }
}

/// GitHub refuses the artifact actions before v4 and actions/cache
/// before v3 (their storage services are closed): the job fails with
/// these words when it prepares its actions. devpath fails the step.
pub(super) fn refused_version(call: &ActionCall<'_>) -> Result<(), String> {
    match refusal(call.uses) {
        Some(words) => Err(call.fail(&words)),
        None => Ok(()),
    }
}

/// GitHub's words refusing `uses` (`actions/upload-artifact@v3`…), or
/// None when GitHub runs that version.
pub(super) fn refusal(uses: &str) -> Option<String> {
    let (name, git_ref) = uses.split_once('@').unwrap_or((uses, ""));
    let major: Option<u32> = git_ref
        .strip_prefix('v')
        .and_then(|r| r.split(['.', '-']).next())
        .and_then(|m| m.parse().ok());
    let name = name.to_lowercase();
    let learn = match (name.as_str(), major) {
        ("actions/upload-artifact" | "actions/download-artifact", Some(1 | 2)) => {
            "https://github.blog/changelog/2024-02-13-deprecation-notice-v1-and-v2-of-the-artifact-actions/"
        }
        ("actions/upload-artifact" | "actions/download-artifact", Some(3)) => {
            "https://github.blog/changelog/2024-04-16-deprecation-notice-v3-of-the-artifact-actions/"
        }
        (n, Some(1 | 2)) if n.starts_with("actions/cache") => {
            "https://github.blog/changelog/2024-12-05-notice-of-upcoming-releases-and-breaking-changes-for-github-actions/#actions-cache-v1-v2-and-actions-toolkit-cache-package-closing-down"
        }
        _ => return None,
    };
    let update = match name.starts_with("actions/cache") {
        true => {
            " Please update your workflow to use v3/v4 of actions/cache to avoid interruptions."
        }
        false => " Use @v4 (whose artifacts are immutable: one upload per name).",
    };
    Some(format!(
        "This request has been automatically failed because it uses a deprecated version of `{name}: {git_ref}`.{update} Learn more: {learn}"
    ))
}

/// The home folder `~` stands for: the step's `HOME`, else the host's.
pub(super) fn home(call: &ActionCall<'_>) -> PathBuf {
    call.env
        .get("HOME")
        .cloned()
        .or_else(|| std::env::var("HOME").ok())
        .map_or_else(|| PathBuf::from("/"), PathBuf::from)
}

#[cfg(test)]
mod tests {
    use crate::JobResult;
    use crate::run::testing::{run, run_with_files};

    #[test]
    fn a_job_downloads_what_the_job_it_needs_uploaded() {
        let ran = run_with_files(
            r#"on: push
jobs:
  build:
    runs-on: x
    steps:
      - uses: actions/checkout@v4
      - run: mkdir -p dist/lib && echo app > dist/app.js && echo lib > dist/lib/util.js && echo no > dist/.env
      - id: up
        uses: actions/upload-artifact@v4
        with:
          name: site
          path: |
            dist
            !dist/**/*.map
          retention-days: 1
      - run: echo "id=${{ steps.up.outputs.artifact-id }} url=${{ startsWith(steps.up.outputs.artifact-url, 'file://') }} digest=${{ steps.up.outputs.artifact-digest != '' }}"
  deploy:
    needs: build
    runs-on: x
    steps:
      - id: down
        uses: actions/download-artifact@v4
        with:
          name: site
          path: out
      - run: cat out/app.js out/lib/util.js; test ! -e out/.env; echo "${{ steps.down.outputs.download-path }}" | grep -q '/workspace/out$' && echo path-ok
"#,
            &[],
            &[],
        );
        assert_eq!(
            ran.result("build"),
            JobResult::Success,
            "{:?}",
            ran.logs("build")
        );
        assert!(
            ran.logs("build")
                .contains(&"id=1 url=true digest=true".to_string()),
            "{:?}",
            ran.logs("build")
        );
        assert_eq!(
            ran.result("deploy"),
            JobResult::Success,
            "{:?}",
            ran.logs("deploy")
        );
        let logs = ran.logs("deploy");
        assert!(
            logs.ends_with(&["app".into(), "lib".into(), "path-ok".into()]),
            "{logs:?}"
        );
        let artifacts = &ran.report.artifacts;
        assert_eq!(artifacts.len(), 1);
        assert_eq!(artifacts[0].name, "site");
        assert_eq!(artifacts[0].files, ["app.js", "lib/util.js"]);
        assert_eq!(artifacts[0].size, 8);
    }

    #[test]
    fn uploading_a_name_twice_fails_unless_overwrite() {
        let ran = run(r#"on: push
jobs:
  a:
    runs-on: x
    steps:
      - run: echo 1 > one.txt
      - uses: actions/upload-artifact@v4
        with: {path: one.txt}
      - uses: actions/upload-artifact@v4
        with: {path: one.txt, overwrite: true}
      - uses: actions/upload-artifact@v4
        with: {path: one.txt}
"#);
        assert_eq!(ran.result("a"), JobResult::Failure);
        let steps: Vec<JobResult> = ran.job("a").steps.iter().map(|s| s.outcome).collect();
        assert_eq!(
            steps,
            [
                JobResult::Success,
                JobResult::Success,
                JobResult::Success,
                JobResult::Failure
            ]
        );
        assert!(
            ran.logs("a")
                .iter()
                .any(|l| l.contains("an artifact with this name already exists")
                    && l.contains("overwrite: true")),
            "{:?}",
            ran.logs("a")
        );
        assert_eq!(ran.report.artifacts.len(), 1);
        assert_eq!(ran.report.artifacts[0].name, "artifact");
        // A single file is uploaded without its folders.
        assert_eq!(ran.report.artifacts[0].files, ["one.txt"]);
    }

    #[test]
    fn versions_github_refuses_fail_in_its_words() {
        let ran = run(
            "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo x > f\n      - uses: actions/upload-artifact@v3\n        with: {path: f}\n  b:\n    runs-on: x\n    steps:\n      - uses: actions/cache@v2\n        with: {path: f, key: k}\n  c:\n    runs-on: x\n    steps:\n      - uses: actions/cache@v3.3.1\n        with: {path: f, key: k}\n",
        );
        assert_eq!(ran.result("a"), JobResult::Failure);
        assert!(ran.logs("a").last().unwrap().ends_with(
            ": This request has been automatically failed because it uses a deprecated version of `actions/upload-artifact: v3`. Use @v4 (whose artifacts are immutable: one upload per name). Learn more: https://github.blog/changelog/2024-04-16-deprecation-notice-v3-of-the-artifact-actions/"
        ));
        assert_eq!(ran.result("b"), JobResult::Failure);
        assert!(
            ran.logs("b")[0].contains("deprecated version of `actions/cache: v2`"),
            "{:?}",
            ran.logs("b")
        );
        assert_eq!(ran.result("c"), JobResult::Success, "{:?}", ran.logs("c"));
    }

    #[test]
    fn no_files_warns_errors_or_says_nothing_as_asked() {
        let ran = run(r#"on: push
jobs:
  warn:
    runs-on: x
    steps:
      - uses: actions/upload-artifact@v4
        with: {path: missing/}
  error:
    runs-on: x
    steps:
      - uses: actions/upload-artifact@v4
        with: {name: e, path: missing/, if-no-files-found: error}
  bad:
    runs-on: x
    steps:
      - uses: actions/upload-artifact@v4
        with: {name: b, path: x, if-no-files-found: fail}
"#);
        assert_eq!(ran.result("warn"), JobResult::Success);
        assert_eq!(
            ran.logs("warn"),
            [
                "Warning: No files were found with the provided path: missing/. No artifacts will be uploaded."
            ]
        );
        assert_eq!(ran.result("error"), JobResult::Failure);
        assert_eq!(ran.result("bad"), JobResult::Failure);
        assert!(
            ran.logs("bad")
                .iter()
                .any(|l| l.contains("Available options: warn, error, ignore")),
            "{:?}",
            ran.logs("bad")
        );
        assert!(ran.report.artifacts.is_empty());
    }

    #[test]
    fn several_artifacts_go_to_folders_by_name_unless_merged() {
        let ran = run(r#"on: push
jobs:
  up:
    runs-on: x
    strategy:
      matrix:
        n: [1, 2]
    steps:
      - run: mkdir -p out && echo ${{ matrix.n }} > out/f${{ matrix.n }}.txt
      - uses: actions/upload-artifact@v4
        with: {name: 'part-${{ matrix.n }}', path: out/}
  down:
    needs: up
    runs-on: x
    steps:
      - uses: actions/download-artifact@v4
        with: {pattern: 'part-*', path: sep}
      - uses: actions/download-artifact@v4
        with: {pattern: 'part-*', path: merged, merge-multiple: true}
      - uses: actions/download-artifact@v4
        with: {pattern: 'part-1', path: one}
      - run: cat sep/part-1/f1.txt sep/part-2/f2.txt merged/f1.txt merged/f2.txt one/f1.txt
      - uses: actions/download-artifact@v4
        with: {name: other}
"#);
        assert_eq!(
            ran.result("down"),
            JobResult::Failure,
            "{:?}",
            ran.logs("down")
        );
        let logs = ran.logs("down");
        let shown: Vec<&String> = logs.iter().filter(|l| l.len() == 1).collect();
        assert_eq!(shown, ["1", "2", "1", "2", "1"], "{logs:?}");
        assert!(
            logs.iter()
                .any(|l| l.contains("Artifact 'other' not found; this run has: part-")),
            "{logs:?}"
        );
    }
}
