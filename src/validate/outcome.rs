//! The outcome of a scenario as normalised, indented text lines. Each line
//! belongs to a part (`step 2 / workflow ci.yml / job build`), built from
//! the keys of the line and the lines it is nested in; messages attach to
//! parts.

use serde::Serialize;

use crate::course::OutcomeInfo;
use crate::scenario::{Action, ScenarioRecord};
use std::collections::BTreeSet;

use crate::workflow::{JobReport, JobResult};

/// One line of an outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutcomeLine {
    /// e.g. `step 2 / workflow ci.yml`.
    pub part: String,
    /// The line as it appears in the snapshot, indentation included.
    pub text: String,
}

/// A normalised outcome.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Outcome {
    pub lines: Vec<OutcomeLine>,
}

impl Outcome {
    /// Renders what a scenario did, as much as `info` asks to record.
    pub fn from_record(info: &OutcomeInfo, record: &ScenarioRecord) -> Outcome {
        let normalise = Normaliser::new(record);
        let mut texts: Vec<String> = Vec::new();
        for step in &record.steps {
            let title = match &step.action {
                Action::Push { version, name, .. } => format!("push <sha:{name}> (app {version})"),
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
                    texts.push(format!("    job {}{needs}: {}", job.id, job.result));
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
    pub fn to_snapshot(&self) -> String {
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

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// The part of line `index`: the keys of the line and of the lines it is
/// nested in, joined with ` / `.
pub fn part_of(lines: &[String], index: usize) -> String {
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
        replacements.sort_by_key(|(value, _)| std::cmp::Reverse(value.len()));
        Normaliser { replacements }
    }

    fn text(&self, value: &str) -> String {
        let mut out = value.to_string();
        for (from, to) in &self.replacements {
            out = out.replace(from.as_str(), to);
        }
        out
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
