//! What would stop a job's steps on this machine, told before anything
//! runs (`pipeline --dry-run`): an action devpath neither has built in
//! nor finds in the repository or the action folder, a version GitHub
//! refuses, a toolchain a setup action asks for that is not installed, a
//! shell that is not installed. Each comes in the words the step would
//! fail with.
//!
//! Only what is certain without running counts. A value holding an
//! expression, a file an earlier step may write, an image in the engine
//! and a step in a job's `container:` (whose tools are the image's) are
//! left to the run.

use serde::Serialize;

use super::{artifact, is_builtin, local, setup};
use crate::RunRequest;
use crate::model::{Action, Job, Uses, Workflow};
use crate::run::script::resolve;
use crate::shell::Shell;

/// A step that would fail on this machine, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Blocker {
    /// The step's number in its job (1-based).
    pub step: usize,
    /// Where its `run:` or `uses:` is written.
    pub line: usize,
    pub col: usize,
    /// The step's `uses:`, for an action.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uses: Option<String>,
    /// Why it would fail.
    pub message: String,
}

/// The steps of `job` that would fail on this machine; `path` is the
/// `PATH` its steps would get.
pub(crate) fn blockers(wf: &Workflow, job: &Job, req: &RunRequest, path: &str) -> Vec<Blocker> {
    let mut out = Vec::new();
    if job.calls.is_some() {
        return out;
    }
    for (index, step) in job.steps.iter().enumerate() {
        let (pos, uses, message) = match &step.action {
            // In a job container the image's programs run the script.
            Action::Run { .. } if job.container.is_some() => continue,
            Action::Run { script, shell, .. } => {
                let shell = shell
                    .as_deref()
                    .or(job.defaults.shell.as_deref())
                    .or(wf.defaults.shell.as_deref());
                // An invalid `shell:` is the checker's error, not this.
                let Ok(shell) = Shell::parse(shell) else {
                    continue;
                };
                match shell.command("", |name| resolve(name, path)) {
                    Ok(_) => continue,
                    Err(message) => (script.pos, None, message),
                }
            }
            Action::Uses(uses) => match action(uses, req, path) {
                Some(message) => (uses.pos, Some(uses.uses.clone()), message),
                None => continue,
            },
        };
        out.push(Blocker {
            step: index + 1,
            line: pos.line,
            col: pos.col,
            uses,
            message,
        });
    }
    out
}

/// Why the action step `uses` would fail here, if it certainly would.
fn action(uses: &Uses, req: &RunRequest, path: &str) -> Option<String> {
    let name = uses.uses.as_str();
    if name.starts_with("docker://") {
        return None;
    }
    let local = name.strip_prefix("./").or_else(|| name.strip_prefix("$/"));
    if let Some(rel) = local {
        // `./` is the workspace after a checkout: the repository's files.
        return local::metadata_file(&req.checkout_from.join(rel))
            .is_none()
            .then(|| i18n::t!("workflow-local-action-missing", uses = name));
    }
    if !is_builtin(name) {
        return local::find_in_folder(req.actions_dir.as_deref(), name).err();
    }
    if let Some(words) = artifact::refusal(name) {
        return Some(words);
    }
    let literal = |input: &str| {
        uses.with
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(input))
            .map(|(_, text)| text.value.as_str())
            .filter(|value| !value.contains("${{") && !value.trim().is_empty())
    };
    let tool = super::action_name(name);
    let prefix = tool.strip_prefix("actions/setup-")?;
    let spec = literal(&format!("{prefix}-version"))?;
    setup::preflight(name, spec, path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Event;
    use crate::run::testing::request;

    fn blockers_of(src: &str, path: &str) -> Vec<Blocker> {
        let dir = tempfile::tempdir().unwrap();
        let wf = crate::parse_workflow("ci.yml", src).unwrap().workflow;
        let req = request(
            dir.path(),
            Event::Push {
                git_ref: "refs/heads/main".into(),
            },
        );
        blockers(&wf, &wf.jobs[0], &req, path)
    }

    /// A folder holding an executable `name` printing `version`.
    fn tool(dir: &std::path::Path, name: &str, version: &str) {
        use std::os::unix::fs::PermissionsExt;
        let file = dir.join(name);
        std::fs::write(&file, format!("#!/bin/sh\necho {version}\n")).unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o755)).unwrap();
    }

    #[test]
    fn a_missing_action_a_refused_version_a_missing_toolchain_and_shell_are_told() {
        let bin = tempfile::tempdir().unwrap();
        tool(bin.path(), "node", "v20.11.1");
        tool(bin.path(), "sh", "");
        let path = bin.path().to_string_lossy().into_owned();
        let src = "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n      - uses: someone/else@v1\n      - uses: actions/upload-artifact@v3\n        with: {name: a, path: a}\n      - uses: actions/setup-node@v4\n        with: {node-version: 22.x}\n      - uses: actions/setup-node@v4\n        with: {node-version: '20'}\n      - uses: actions/setup-node@v4\n        with: {node-version: '${{ matrix.node }}'}\n      - run: echo hi\n      - run: echo hi\n        shell: pwsh\n      - uses: ./.github/actions/mine\n      - uses: docker://alpine:3\n";
        let found = blockers_of(src, &path);
        let steps: Vec<usize> = found.iter().map(|b| b.step).collect();
        assert_eq!(steps, [2, 3, 4, 8, 9], "{found:#?}");
        assert!(
            found[0].message.contains("someone/else@v1"),
            "{}",
            found[0].message
        );
        assert_eq!((found[0].line, found[0].col), (7, 15));
        assert!(
            found[1].message.contains("deprecated version"),
            "{}",
            found[1].message
        );
        assert!(found[2].message.contains("22.x"), "{}", found[2].message);
        assert!(
            found[2].message.contains("v20.11.1"),
            "{}",
            found[2].message
        );
        assert!(found[3].message.contains("pwsh"), "{}", found[3].message);
        assert_eq!(found[3].uses, None);
        assert!(
            found[4].message.contains("./.github/actions/mine"),
            "{}",
            found[4].message
        );
    }

    #[test]
    fn steps_in_a_job_container_are_left_to_the_run() {
        let src = "on: push\njobs:\n  a:\n    runs-on: x\n    container: devpath/base:1\n    steps:\n      - run: echo hi\n        shell: pwsh\n";
        assert_eq!(blockers_of(src, "/nonexistent"), []);
    }
}
