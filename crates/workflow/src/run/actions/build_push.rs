//! The built-in `docker/build-push-action`: `docker build`, then
//! `docker push` of each tag, with the `docker` CLI of the step's
//! environment (so the run's DOCKER_CONFIG, login and wrapper apply as to
//! a `run:` step).
//!
//! On GitHub the action runs `docker buildx build`. Here the engine may
//! have only its legacy builder (Debian's docker.io has no buildx), so
//! the inputs only BuildKit understands (secrets, cache export, several
//! platforms, outputs, attestations…) fail the step and say so, and the
//! image is always loaded into the engine (as buildx's default `docker`
//! driver does too). The default context is not the git context the
//! action builds from (the commit, fetched from GitHub) but the job's
//! workspace, where `actions/checkout` put that commit: offline there is
//! nothing to fetch, and so a step that changes files before the build
//! changes what is built, which on GitHub it would not.

use std::collections::BTreeMap;
use std::fs;

use serde_json::json;

use super::docker_cli::{Echo, host_platform};
use super::{ActionCall, Inputs};
use crate::run::job::{JobRun, StepRun};

/// docker/build-push-action v6 (action.yml).
pub(super) const INPUTS: Inputs = Inputs {
    supported: &[
        "context",
        "file",
        "tags",
        "labels",
        "build-args",
        "target",
        "push",
        "load",
        "no-cache",
        "pull",
        "platforms",
        "network",
        "add-hosts",
        "shm-size",
        "ulimit",
        "cgroup-parent",
        "cache-from",
    ],
    accepted: &[
        "github-token",
        "builder",
        "provenance",
        "sbom",
        "annotations",
        "attests",
        "build-contexts",
        "cache-to",
        "call",
        "allow",
        "no-cache-filters",
        "outputs",
        "secrets",
        "secret-envs",
        "secret-files",
        "ssh",
    ],
};

/// Inputs only BuildKit (buildx) understands.
const BUILDKIT_ONLY: &[&str] = &[
    "secrets",
    "secret-envs",
    "secret-files",
    "cache-to",
    "outputs",
    "ssh",
    "attests",
    "build-contexts",
    "allow",
    "no-cache-filters",
    "call",
    "annotations",
];

impl JobRun<'_, '_> {
    pub(super) fn build_push(&mut self, call: &ActionCall<'_>) -> Result<StepRun, String> {
        let push = call.flag("push", false)?;
        // The legacy builder always loads the image into the engine: `load`
        // is only checked.
        call.flag("load", false)?;
        let no_cache = call.flag("no-cache", false)?;
        let pull = call.flag("pull", false)?;
        self.buildkit_only(call)?;
        let log = |line: &str| self.run.log(&self.job.id, call.number, line);
        for name in ["provenance", "sbom"] {
            if let Some(value) = call.input(name).filter(|v| !v.is_empty() && *v != "false") {
                log(&i18n::t!(
                    "workflow-build-no-attestations",
                    name = name,
                    value = value
                ));
            }
        }
        if let Some(builder) = call.input("builder").filter(|b| !b.is_empty()) {
            log(&i18n::t!("workflow-build-builder", builder = builder));
        }
        if pull {
            log(&i18n::t!("workflow-build-pull"));
        }
        let context = self.build_context(call)?;
        let iidfile = self.temp.join(format!("build-push-iid-{}", call.number));
        let _ = fs::remove_file(&iidfile);
        let tags = call.list("tags");
        if push && tags.is_empty() {
            // buildx's words.
            return Err(call.fail(&format!(
                "ERROR: tag is needed when pushing to registry: {}",
                i18n::t!("workflow-build-give-tags")
            )));
        }
        let mut args: Vec<String> = vec!["build".into()];
        let mut add = |flag: &str, value: &str| {
            args.push(flag.to_string());
            args.push(value.to_string());
        };
        for host in call.list("add-hosts") {
            add("--add-host", &host);
        }
        for arg in lines(call, "build-args") {
            add("--build-arg", &arg);
        }
        for from in lines(call, "cache-from") {
            add("--cache-from", &from);
        }
        if let Some(parent) = call.input("cgroup-parent").filter(|v| !v.is_empty()) {
            add("--cgroup-parent", parent);
        }
        if let Some(file) = call.input("file").filter(|v| !v.is_empty()) {
            add("--file", file);
        }
        add("--iidfile", &iidfile.to_string_lossy());
        for label in lines(call, "labels") {
            add("--label", &label);
        }
        if let Some(size) = call.input("shm-size").filter(|v| !v.is_empty()) {
            add("--shm-size", size);
        }
        for tag in &tags {
            add("--tag", tag);
        }
        if let Some(target) = call.input("target").filter(|v| !v.is_empty()) {
            add("--target", target);
        }
        for limit in lines(call, "ulimit") {
            add("--ulimit", &limit);
        }
        if let Some(network) = call.input("network").filter(|v| !v.is_empty()) {
            add("--network", network);
        }
        if no_cache {
            args.push("--no-cache".into());
        }
        args.push(context);

        let built = self.docker(call.number, call.env, &args, None, Echo::Log)?;
        if !built.ok() {
            return Err(call.fail(&i18n::t!("workflow-build-failed", error = built.error())));
        }
        let image_id = fs::read_to_string(&iidfile)
            .map(|s| s.trim().to_string())
            .unwrap_or_default();
        let _ = fs::remove_file(&iidfile);

        let mut digest = String::new();
        if push {
            for tag in &tags {
                let args = ["push".to_string(), tag.clone()];
                let pushed = self.docker(call.number, call.env, &args, None, Echo::Log)?;
                if !pushed.ok() {
                    return Err(call.fail(&i18n::t!(
                        "workflow-push-failed",
                        tag = tag.as_str(),
                        error = pushed.error()
                    )));
                }
                if digest.is_empty() {
                    digest = pushed
                        .lines
                        .iter()
                        .find_map(|l| {
                            l.split_whitespace()
                                .skip_while(|w| *w != "digest:")
                                .nth(1)
                                .map(str::to_string)
                        })
                        .unwrap_or_default();
                }
            }
        }
        let mut metadata = serde_json::Map::new();
        if !image_id.is_empty() {
            metadata.insert("containerimage.config.digest".into(), json!(image_id));
        }
        if !digest.is_empty() {
            metadata.insert("containerimage.digest".into(), json!(digest));
        }
        if !tags.is_empty() {
            metadata.insert("image.name".into(), json!(tags.join(",")));
        }
        let log = |line: &str| self.run.log(&self.job.id, call.number, line);
        if !image_id.is_empty() {
            log(&format!("ImageID: {image_id}"));
        }
        if !digest.is_empty() {
            log(&format!("Digest: {digest}"));
        }
        let mut outputs = BTreeMap::from([
            ("imageid".to_string(), image_id),
            ("digest".to_string(), digest),
        ]);
        if !metadata.is_empty() {
            outputs.insert(
                "metadata".into(),
                serde_json::to_string_pretty(&metadata).unwrap_or_default(),
            );
        }
        Ok(StepRun {
            outputs,
            ..StepRun::success()
        })
    }

    /// Fails on the inputs the legacy builder cannot honour, naming them.
    fn buildkit_only(&self, call: &ActionCall<'_>) -> Result<(), String> {
        let mut used: Vec<String> = BUILDKIT_ONLY
            .iter()
            .filter(|name| call.input(name).is_some_and(|v| !v.trim().is_empty()))
            .map(|name| format!("`{name}`"))
            .collect();
        let platforms = call.list("platforms");
        let host = host_platform();
        if platforms.len() > 1 {
            used.push(i18n::t!(
                "workflow-buildkit-platforms",
                platforms = platforms.join(",")
            ));
        } else if let [only] = platforms.as_slice()
            && *only != host
        {
            used.push(i18n::t!(
                "workflow-buildkit-platform",
                only = only.as_str(),
                host = host.as_str()
            ));
        }
        if lines(call, "cache-from")
            .iter()
            .any(|c| c.contains("type="))
        {
            used.push(i18n::t!("workflow-buildkit-cache-from"));
        }
        if used.is_empty() {
            return Ok(());
        }
        let id = if self.has_buildx(call) {
            "workflow-buildkit-no-options"
        } else {
            "workflow-buildkit-legacy-only"
        };
        Err(call.fail(&i18n::t!(
            "workflow-buildkit-needed",
            used = used.join(", "),
            why = i18n::t!(id)
        )))
    }

    /// The build context: `context:` (relative to the workspace, with
    /// `{{defaultContext}}` standing for the workspace), else the
    /// workspace.
    fn build_context(&self, call: &ActionCall<'_>) -> Result<String, String> {
        let workspace = self.workspace.to_string_lossy().into_owned();
        let given = call.input("context").unwrap_or_default().trim();
        let given = given
            .replace("{{defaultContext}}", ".")
            .replace("{{ defaultContext }}", ".");
        if given.is_empty() || given == "." {
            return Ok(workspace);
        }
        if given.contains("://") || given.starts_with("git@") {
            return Err(call.fail(&i18n::t!(
                "workflow-build-remote-context",
                context = given.as_str()
            )));
        }
        // `{{defaultContext}}:subdir`, the git context's folder syntax.
        let given = given.strip_prefix(".:").unwrap_or(&given);
        let path = self.workspace.join(given);
        if !path.is_dir() {
            return Err(call.fail(&i18n::t!("workflow-build-context-missing", context = given)));
        }
        Ok(path.to_string_lossy().into_owned())
    }
}

/// A list input read as the action reads those with `ignoreComma: true`:
/// one item per line (a build argument or a label may hold commas).
fn lines(call: &ActionCall<'_>, name: &str) -> Vec<String> {
    call.input(name)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}
