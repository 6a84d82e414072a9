//! The `--environments FILE` of `devpath pipeline`: deployment environments
//! declared in TOML, as a repository's settings would on GitHub, and the
//! `--approve` / `--reject` answers checked against them.

use std::collections::BTreeMap;
use std::path::Path;

use crate::cli::PipelineArgs;
use crate::{Error, Result};
use workflow::EnvironmentRules;

/// The `--environments` file.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvironmentsFile {
    /// Environments by name.
    #[serde(default)]
    environments: BTreeMap<String, EnvironmentEntry>,
}

/// One `[environments.NAME]` table.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvironmentEntry {
    /// Required reviewers: when not empty, jobs wait for an approval.
    #[serde(default)]
    reviewers: Vec<String>,
    /// Seconds a job waits (after any approval) before it starts.
    #[serde(default)]
    wait_timer_seconds: u64,
    /// `vars.*` seen only by jobs in this environment.
    #[serde(default)]
    vars: BTreeMap<String, String>,
    /// `secrets.*` seen only by jobs in this environment.
    #[serde(default)]
    secrets: BTreeMap<String, String>,
}

/// Reads the `--environments` file; errors are `FILE:line:col: message`.
pub(crate) fn load_environments(file: &Path) -> Result<Vec<EnvironmentRules>> {
    let text = std::fs::read_to_string(file).map_err(|source| Error::Io {
        action: "read the environments file",
        path: file.to_path_buf(),
        source,
    })?;
    let parsed: EnvironmentsFile = course::toml_from_str(&file.display().to_string(), &text)?;
    Ok(parsed
        .environments
        .into_iter()
        .map(|(name, e)| EnvironmentRules {
            name,
            reviewers: e.reviewers,
            wait_timer_seconds: e.wait_timer_seconds,
            vars: e.vars,
            secrets: e.secrets,
        })
        .collect())
}

/// `--approve` and `--reject`: environment (lower case) → approved. Each
/// must name an environment the `--environments` file declares.
pub(crate) fn approval_answers(
    args: &PipelineArgs,
    environments: &[EnvironmentRules],
) -> Result<BTreeMap<String, bool>> {
    let mut answers = BTreeMap::new();
    let flags = args
        .approve
        .iter()
        .map(|e| (e, true, "--approve"))
        .chain(args.reject.iter().map(|e| (e, false, "--reject")));
    for (env, approved, flag) in flags {
        if !environments
            .iter()
            .any(|e| e.name.eq_ignore_ascii_case(env))
        {
            return Err(Error::Usage(match &args.environments {
                Some(file) => i18n::t!(
                    "pipeline-env-undeclared-in",
                    flag = flag,
                    env = env,
                    file = file.display().to_string()
                ),
                None => i18n::t!("pipeline-env-undeclared", flag = flag, env = env),
            }));
        }
        if answers.insert(env.to_lowercase(), approved) == Some(!approved) {
            return Err(Error::Usage(i18n::t!("pipeline-env-contradict", env = env)));
        }
    }
    Ok(answers)
}
