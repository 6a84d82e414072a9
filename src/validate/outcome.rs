//! The outcome of a scenario as normalised, indented text lines. Each line
//! belongs to a part (`step 2 / workflow ci.yml / job build`), built from
//! the keys of the line and the lines it is nested in; messages attach to
//! parts.

use serde::Serialize;

use std::collections::BTreeSet;

use crate::validate::record::{Action, EnvironmentObservation, Probe, RegistryTag, ScenarioRecord};
use course::OutcomeInfo;
use workflow::{JobReport, JobResult};

/// One line of an outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct OutcomeLine {
    /// e.g. `step 2 / workflow ci.yml`.
    pub part: String,
    /// The line as it appears in the snapshot, indentation included.
    pub text: String,
}

/// A normalised outcome.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Outcome {
    pub lines: Vec<OutcomeLine>,
}

impl Outcome {
    /// Renders what a scenario did, as much as `info` asks to record.
    pub(crate) fn from_record(info: &OutcomeInfo, record: &ScenarioRecord) -> Outcome {
        let normalise = Normaliser::new(record);
        let mut texts: Vec<String> = Vec::new();
        for step in &record.steps {
            let title = match &step.action {
                Action::Push { version, name, .. } | Action::PullRequest { version, name, .. } => {
                    format!("{} <sha:{name}> (app {version})", step.action.verb())
                }
                Action::Dispatch {
                    workflow, inputs, ..
                } => {
                    let inputs: Vec<String> = inputs
                        .iter()
                        .map(|(k, v)| format!("{k}={}", normalise.text(v)))
                        .collect();
                    if inputs.is_empty() {
                        format!("dispatch {workflow}")
                    } else {
                        format!("dispatch {workflow} with {}", inputs.join(", "))
                    }
                }
            };
            texts.push(format!("step {}: {title}", step.index));
            for invalid in &step.invalid {
                texts.push(format!("  workflow {}: invalid", file_name(&invalid.file)));
            }
            if step.runs.is_empty() && step.invalid.is_empty() {
                texts.push("  no workflow ran".to_string());
            }
            for run in &step.runs {
                texts.push(format!(
                    "  workflow {}: {}",
                    file_name(&run.workflow),
                    run.conclusion
                ));
                if !info.jobs {
                    continue;
                }
                for job in canonical_order(&run.jobs) {
                    let mut needs = job.needs.clone();
                    needs.sort();
                    let needs = if info.needs && !needs.is_empty() {
                        format!(" (needs {})", needs.join(", "))
                    } else {
                        String::new()
                    };
                    let mut deployment = String::new();
                    if let Some(env) = &job.environment {
                        deployment.push_str(&format!(" in {}", env.name));
                    }
                    if let Some(decision) = &job.approval {
                        let verb = if decision.approved {
                            "approved"
                        } else {
                            "rejected"
                        };
                        deployment.push_str(&format!(", {verb} by {}", decision.reviewer));
                    }
                    texts.push(format!(
                        "    job {}{needs}: {}{deployment}",
                        job.id, job.result
                    ));
                    if info.outputs && job.result == JobResult::Success && !job.outputs.is_empty() {
                        let outputs: Vec<String> = job
                            .outputs
                            .iter()
                            .map(|(k, v)| format!("{k}={}", normalise.text(v)))
                            .collect();
                        texts.push(format!("      outputs: {}", outputs.join(", ")));
                    }
                }
            }
            if info.pushes {
                for tag in &step.pushed {
                    texts.push(normalise.text(&format!(
                        "  pushed {}:{} {}",
                        tag.repository, tag.tag, tag.digest
                    )));
                }
            }
            for env in &step.environments {
                texts.push(format!(
                    "  environment {}: {}",
                    env.name,
                    normalise.text(&env_summary(env))
                ));
            }
        }
        if let Some(seconds) = record.timed_out {
            texts.push(format!(
                "timed out: the scenario did not finish within {seconds} s"
            ));
        }
        if info.registry {
            texts.push("registry:".to_string());
            let tags = ordered_tags(record);
            if tags.is_empty() {
                texts.push("  (empty)".to_string());
            }
            for tag in tags {
                texts.push(
                    normalise.text(&format!("  {}:{} {}", tag.repository, tag.tag, tag.digest)),
                );
            }
        }
        if info.environments {
            for env in &record.environments {
                texts.push(format!("environment {}:", env.name));
                let Some(c) = &env.container else {
                    texts.push("  container: none (nothing deployed)".to_string());
                    continue;
                };
                texts.push(format!(
                    "  container: {}",
                    if c.running { "running" } else { "stopped" }
                ));
                let repository = c.image.split('@').next().unwrap_or(&c.image);
                let repository = match repository.rsplit_once(':') {
                    Some((repo, tag)) if !tag.contains('/') => repo,
                    _ => repository,
                };
                texts.push(normalise.text(&format!("  image: {repository}")));
                let digest = c
                    .digest
                    .clone()
                    .unwrap_or_else(|| "not from the registry".to_string());
                texts.push(normalise.text(&format!("  digest: {digest}")));
                texts.push(format!("  GET /version: {}", probe_text(&c.version)));
                texts.push(format!("  GET /health: {}", probe_text(&c.health)));
            }
        }
        if !record.secrets.is_empty() {
            if record.leaks.is_empty() {
                texts.push("secrets: no leak found".to_string());
            } else {
                texts.push("secrets:".to_string());
                for leak in &record.leaks {
                    texts.push(format!("  {} leaked: {}", leak.secret, leak.place));
                }
            }
        }
        let lines = (0..texts.len())
            .map(|i| OutcomeLine {
                part: part_of(&texts, i),
                text: texts[i].clone(),
            })
            .collect();
        Outcome { lines }
    }

    /// The outcome as snapshot text.
    pub(crate) fn to_snapshot(&self) -> String {
        let mut out = String::new();
        for line in &self.lines {
            out.push_str(&line.text);
            out.push('\n');
        }
        out
    }
}

/// Jobs in an order that does not depend on how the file lists them:
/// dependencies first, ties broken by id.
fn canonical_order(jobs: &[JobReport]) -> Vec<&JobReport> {
    let mut done: BTreeSet<&str> = BTreeSet::new();
    let mut order = Vec::with_capacity(jobs.len());
    while order.len() < jobs.len() {
        let mut ready: Vec<&JobReport> = jobs
            .iter()
            .filter(|j| !done.contains(j.id.as_str()))
            .filter(|j| {
                j.needs
                    .iter()
                    .all(|n| done.contains(n.as_str()) || !jobs.iter().any(|o| &o.id == n))
            })
            .collect();
        if ready.is_empty() {
            // A cycle can't reach here (the parser refuses it); keep the rest in id order.
            ready = jobs
                .iter()
                .filter(|j| !done.contains(j.id.as_str()))
                .collect();
        }
        ready.sort_by(|a, b| a.id.cmp(&b.id));
        for job in ready {
            done.insert(&job.id);
            order.push(job);
        }
    }
    order
}

/// Replaces digests no placeholder names (`sha256:` and 64 hex digits)
/// with `<digest:other>`, so no volatile value reaches a snapshot.
fn unknown_digests(text: &str) -> String {
    const PREFIX: &str = "sha256:";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find(PREFIX) {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + PREFIX.len()..];
        let hex = after.bytes().take_while(u8::is_ascii_hexdigit).count();
        if hex == 64 {
            out.push_str("<digest:other>");
            rest = &after[64..];
        } else {
            out.push_str(PREFIX);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// One line about what an environment serves.
fn env_summary(env: &EnvironmentObservation) -> String {
    let Some(c) = &env.container else {
        return "nothing deployed".to_string();
    };
    if !c.running {
        return "container stopped".to_string();
    }
    let image = c
        .digest
        .clone()
        .unwrap_or_else(|| format!("{} (not from the registry)", c.image));
    let version = if c.version.healthy() {
        c.version.body.clone()
    } else {
        probe_text(&c.version)
    };
    let health = if c.health.healthy() {
        "healthy".to_string()
    } else {
        format!("health {}", probe_text(&c.health))
    };
    format!("{image}, version {version}, {health}")
}

/// An HTTP answer as text: `200 ok`, `404`, `no answer`.
fn probe_text(probe: &Probe) -> String {
    match probe.status {
        None => "no answer".to_string(),
        Some(status) if probe.body.is_empty() || status != 200 => status.to_string(),
        Some(status) => format!("{status} {}", probe.body),
    }
}

/// Registry tags in an order that does not depend on the registry: tags
/// naming the scenario's commits in commit order, then the rest by name.
fn ordered_tags(record: &ScenarioRecord) -> Vec<&RegistryTag> {
    let rank = |tag: &RegistryTag| {
        record
            .shas
            .iter()
            .position(|(_, sha)| *sha == tag.tag)
            .unwrap_or(usize::MAX)
    };
    let mut tags: Vec<&RegistryTag> = record.registry.iter().collect();
    tags.sort_by(|a, b| (rank(a), &a.repository, &a.tag).cmp(&(rank(b), &b.repository, &b.tag)));
    tags
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// The part of line `index`: the keys of the line and of the lines it is
/// nested in, joined with ` / `.
pub(super) fn part_of(lines: &[String], index: usize) -> String {
    let mut keys = Vec::new();
    let mut indent = usize::MAX;
    for line in lines[..=index].iter().rev() {
        let this = line.len() - line.trim_start().len();
        if this < indent {
            keys.push(key_of(line.trim_start()));
            indent = this;
            if indent == 0 {
                break;
            }
        }
    }
    keys.reverse();
    keys.join(" / ")
}

/// The key of a line: its text before `: ` or ` (`.
fn key_of(text: &str) -> String {
    let end = [
        text.find(": "),
        text.find(" ("),
        text.strip_suffix(':').map(str::len),
    ]
    .into_iter()
    .flatten()
    .min()
    .unwrap_or(text.len());
    text[..end].to_string()
}

/// Replaces volatile values with stable names.
struct Normaliser {
    /// (value, placeholder), longest value first.
    replacements: Vec<(String, String)>,
}

impl Normaliser {
    fn new(record: &ScenarioRecord) -> Normaliser {
        let mut replacements = Vec::new();
        for (name, sha) in &record.shas {
            replacements.push((sha.clone(), format!("<sha:{name}>")));
            replacements.push((
                sha[..7.min(sha.len())].to_string(),
                format!("<short-sha:{name}>"),
            ));
        }
        for secret in &record.secrets {
            if !secret.is_empty() {
                replacements.push((secret.clone(), "***".to_string()));
            }
        }
        if let Some(host) = &record.registry_host {
            replacements.push((host.clone(), "<registry>".to_string()));
        }
        // Digests are named after the commit whose tag first pointed at
        // them (in push order, then the registry's tags), even when a
        // version tag pushed in the same step sorts before it; others are
        // numbered.
        let mut named: Vec<String> = Vec::new();
        let pushed = record.steps.iter().flat_map(|step| step.pushed.iter());
        let tags: Vec<&RegistryTag> = pushed.chain(ordered_tags(record)).collect();
        let commit = |tag: &RegistryTag| {
            let (name, _) = record.shas.iter().find(|(_, sha)| *sha == tag.tag)?;
            Some(name.clone())
        };
        let by_commit = tags.iter().filter_map(|tag| Some((*tag, commit(tag)?)));
        let others = tags.iter().map(|tag| (*tag, String::new()));
        for (tag, name) in by_commit.chain(others) {
            if replacements.iter().any(|(value, _)| *value == tag.digest) {
                continue;
            }
            let name = if name.is_empty() {
                named.push(tag.digest.clone());
                named.len().to_string()
            } else {
                name
            };
            replacements.push((tag.digest.clone(), format!("<digest:{name}>")));
        }
        replacements.sort_by_key(|(value, _)| std::cmp::Reverse(value.len()));
        Normaliser { replacements }
    }

    fn text(&self, value: &str) -> String {
        let mut out = value.to_string();
        for (from, to) in &self.replacements {
            out = out.replace(from.as_str(), to);
        }
        unknown_digests(&out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_follow_indentation() {
        let lines: Vec<String> = [
            "step 1: push <sha:v1> (app good)",
            "  workflow ci.yml: success",
            "    job build (needs lint): success",
            "      outputs: version=1",
            "step 2: push <sha:v2> (app bad)",
            "  no workflow ran",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(part_of(&lines, 0), "step 1");
        assert_eq!(part_of(&lines, 2), "step 1 / workflow ci.yml / job build");
        assert_eq!(
            part_of(&lines, 3),
            "step 1 / workflow ci.yml / job build / outputs"
        );
        assert_eq!(part_of(&lines, 5), "step 2 / no workflow ran");
    }
}
