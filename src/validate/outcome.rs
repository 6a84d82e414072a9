//! The outcome of a scenario as normalised, indented text lines. Each line
//! belongs to a part (`step 2 / workflow ci.yml / job build`), built from
//! the keys of the line and the lines it is nested in; messages attach to
//! parts.

use serde::Serialize;

use std::collections::BTreeSet;

use crate::validate::record::{Action, EnvironmentObservation, Probe, RegistryTag, ScenarioRecord};
use course::{OutcomeInfo, TagFilter};
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
                    let after = if info.needs {
                        let after = runs_after(&run.jobs, job);
                        if after.is_empty() {
                            String::new()
                        } else {
                            format!(" (after {})", after.join(", "))
                        }
                    } else {
                        String::new()
                    };
                    let mut deployment = String::new();
                    if info.deployments {
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
                    }
                    texts.push(format!(
                        "    job {}{after}: {}{deployment}",
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
            if info.builds {
                let builds = step
                    .docker_commands
                    .iter()
                    .filter(|v| *v == "build")
                    .count();
                match builds {
                    0 => {}
                    1 => texts.push("  docker build: ran once".to_string()),
                    n => texts.push(format!("  docker build: ran {n} times")),
                }
            }
            if info.pushes {
                let pushed = sorted_tags(record, step.pushed.iter(), &normalise);
                for tag in pushed.into_iter().filter(|t| shown(info, record, t)) {
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
                    normalise.text(&env_summary(env, info.deployed_tags))
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
            let tags: Vec<&RegistryTag> = ordered_tags(record, &normalise)
                .into_iter()
                .filter(|t| shown(info, record, t))
                .collect();
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
            .filter(|line| kept(info, &line.part))
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

/// Whether a line of `part` is kept: a part listed in `[outcome] only`
/// keeps only the lines under it whose key is listed.
fn kept(info: &OutcomeInfo, part: &str) -> bool {
    info.only.iter().all(|(only, keys)| {
        let Some(rest) = part.strip_prefix(&format!("{only} / ")) else {
            return true;
        };
        let key = rest.split(" / ").next().unwrap_or(rest);
        keys.iter().any(|k| k == key)
    })
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
fn env_summary(env: &EnvironmentObservation, deployed_tag: bool) -> String {
    let Some(c) = &env.container else {
        return "nothing deployed".to_string();
    };
    if !c.running {
        return "container stopped".to_string();
    }
    let mut image = c
        .digest
        .clone()
        .unwrap_or_else(|| format!("{} (not from the registry)", c.image));
    if deployed_tag && c.digest.is_some() {
        image.push_str(&format!(" (tag {})", reference_tag(&c.image)));
    }
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

/// The tag of an image reference (`host:5000/org/app:TAG`), `none` when
/// it has none (`org/app@sha256:…`, an image ID).
fn reference_tag(reference: &str) -> &str {
    let name = reference.split('@').next().unwrap_or(reference);
    match name.rsplit_once(':') {
        Some((_, tag)) if !tag.contains('/') && !reference.starts_with("sha256:") => tag,
        _ => "none",
    }
}

/// An HTTP answer as text: `200 ok`, `404`, `no answer`.
fn probe_text(probe: &Probe) -> String {
    match probe.status {
        None => "no answer".to_string(),
        Some(status) if probe.body.is_empty() || status != 200 => status.to_string(),
        Some(status) => format!("{status} {}", probe.body),
    }
}

/// Registry tags in an order that depends neither on the registry nor on
/// the commits' hashes: tags naming the scenario's commits in commit order,
/// then the rest by name, with commit hashes in names replaced by their
/// placeholders.
fn ordered_tags<'r>(record: &'r ScenarioRecord, normalise: &Normaliser) -> Vec<&'r RegistryTag> {
    sorted_tags(record, record.registry.iter(), normalise)
}

/// `tags` in the order of [`ordered_tags`].
fn sorted_tags<'r>(
    record: &ScenarioRecord,
    tags: impl Iterator<Item = &'r RegistryTag>,
    normalise: &Normaliser,
) -> Vec<&'r RegistryTag> {
    let mut keyed: Vec<((usize, String, String), &RegistryTag)> = tags
        .map(|tag| {
            let key = (
                commit_rank(record, tag),
                tag.repository.clone(),
                normalise.names(&tag.tag),
            );
            (key, tag)
        })
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.into_iter().map(|(_, tag)| tag).collect()
}

/// The position of the commit a tag names, or `usize::MAX`.
fn commit_rank(record: &ScenarioRecord, tag: &RegistryTag) -> usize {
    record
        .shas
        .iter()
        .position(|(_, sha)| *sha == tag.tag)
        .unwrap_or(usize::MAX)
}

/// Whether the outcome shows `tag` (every tag, or only commit tags).
fn shown(info: &OutcomeInfo, record: &ScenarioRecord, tag: &RegistryTag) -> bool {
    info.tags == TagFilter::All || commit_rank(record, tag) != usize::MAX
}

/// The jobs `job` runs after, directly or through the jobs it needs, by id.
/// This is what `needs` decides (when a job starts, and whether a failure
/// skips it), however the list is written.
fn runs_after<'j>(jobs: &'j [JobReport], job: &'j JobReport) -> Vec<&'j str> {
    let mut after: BTreeSet<&str> = BTreeSet::new();
    let mut todo: Vec<&str> = job.needs.iter().map(String::as_str).collect();
    while let Some(id) = todo.pop() {
        if after.insert(id)
            && let Some(needed) = jobs.iter().find(|j| j.id == id)
        {
            todo.extend(needed.needs.iter().map(String::as_str));
        }
    }
    after.into_iter().collect()
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
        // A digest is named after a commit whose tag pointed at it first
        // (commits in scenario order, each taking the digest its tag
        // pointed at when it was first seen, unless an earlier commit took
        // it); other digests are numbered in the order they first appear
        // (steps in order, then the registry), each step's tags sorted by
        // their names with commit hashes replaced: so no name depends on the
        // value of a hash.
        let mut commits = Normaliser {
            replacements: replacements.clone(),
        };
        commits
            .replacements
            .sort_by_key(|(value, _)| std::cmp::Reverse(value.len()));
        let mut seen: Vec<&RegistryTag> = Vec::new();
        for step in &record.steps {
            seen.extend(sorted_tags(record, step.pushed.iter(), &commits));
        }
        seen.extend(sorted_tags(record, record.registry.iter(), &commits));
        let mut named: Vec<String> = Vec::new();
        for (name, sha) in &record.shas {
            let Some(first) = seen.iter().find(|tag| tag.tag == *sha) else {
                continue;
            };
            if named.contains(&first.digest) {
                continue;
            }
            named.push(first.digest.clone());
            replacements.push((first.digest.clone(), format!("<digest:{name}>")));
        }
        let mut numbered = 0;
        for tag in seen {
            if named.contains(&tag.digest) {
                continue;
            }
            named.push(tag.digest.clone());
            numbered += 1;
            replacements.push((tag.digest.clone(), format!("<digest:{numbered}>")));
        }
        replacements.sort_by_key(|(value, _)| std::cmp::Reverse(value.len()));
        Normaliser { replacements }
    }

    /// `value` with commit hashes, secrets and the registry replaced (no
    /// digest naming), for sorting.
    fn names(&self, value: &str) -> String {
        let mut out = value.to_string();
        for (from, to) in &self.replacements {
            if !to.starts_with("<digest:") {
                out = out.replace(from.as_str(), to);
            }
        }
        out
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
    use crate::validate::record::{ContainerObservation, StepRecord};
    use std::collections::BTreeMap;

    /// A pseudo-random 40-hex-digit commit hash.
    fn hash(seed: &mut u64) -> String {
        (0..40)
            .map(|_| {
                *seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                char::from_digit(((*seed >> 33) % 16) as u32, 16).unwrap_or('0')
            })
            .collect()
    }

    fn tag(tag: &str, digest: &str) -> RegistryTag {
        RegistryTag {
            repository: "my-org/my-app".into(),
            tag: tag.into(),
            digest: digest.into(),
        }
    }

    /// Two pushes; the second publishes `2.0.0` and `latest` beside its
    /// commit tag, and `2.0.0` reaches the registry first. Tags come back
    /// sorted by name, as a registry lists them.
    fn scenario(v1: &str, v2: &str) -> ScenarioRecord {
        let d1 = format!("sha256:{}", "1".repeat(64));
        let d2 = format!("sha256:{}", "2".repeat(64));
        let d3 = format!("sha256:{}", "3".repeat(64));
        let sorted = |mut tags: Vec<RegistryTag>| {
            tags.sort_by(|a, b| a.tag.cmp(&b.tag));
            tags
        };
        let serving = |digest: &str| EnvironmentObservation {
            name: "production".into(),
            container: Some(ContainerObservation {
                running: true,
                image: "127.0.0.1:5000/my-org/my-app".into(),
                digest: Some(digest.to_string()),
                version: Probe {
                    status: Some(200),
                    body: "2.0.0".into(),
                },
                health: Probe {
                    status: Some(200),
                    body: "ok".into(),
                },
            }),
        };
        let push = |index: usize, name: &str, sha: &str| {
            StepRecord::new(
                index,
                Action::Push {
                    version: "good".into(),
                    name: name.into(),
                    sha: sha.into(),
                    git_ref: "refs/heads/main".into(),
                },
            )
        };
        let mut first = push(1, "v1", v1);
        first.pushed = vec![tag(v1, &d1)];
        first.environments = vec![serving(&d1)];
        let mut second = push(2, "v2", v2);
        second.pushed = sorted(vec![
            tag("2.0.0", &d2),
            tag(v2, &d2),
            tag("latest", &d2),
            tag(&format!("build-{}", &v2[..7]), &d3),
        ]);
        second.environments = vec![serving(&d2)];
        ScenarioRecord {
            steps: vec![first, second],
            shas: vec![("v1".into(), v1.into()), ("v2".into(), v2.into())],
            registry: sorted(vec![
                tag(v1, &d1),
                tag("2.0.0", &d2),
                tag(v2, &d2),
                tag("latest", &d2),
                tag(&format!("build-{}", &v2[..7]), &d3),
            ]),
            registry_host: Some("127.0.0.1:5000".into()),
            environments: vec![serving(&d2)],
            ..Default::default()
        }
    }

    #[test]
    fn digest_labels_do_not_depend_on_commit_hashes() {
        let info = OutcomeInfo {
            registry: true,
            pushes: true,
            environments: true,
            ..Default::default()
        };
        let mut seed = 12;
        let reference = Outcome::from_record(&info, &scenario(&hash(&mut seed), &hash(&mut seed)));
        let text = reference.to_snapshot();
        assert!(
            text.contains("  my-org/my-app:<sha:v2> <digest:v2>"),
            "{text}"
        );
        assert!(text.contains("  my-org/my-app:2.0.0 <digest:v2>"), "{text}");
        assert!(
            text.contains("  my-org/my-app:build-<short-sha:v2> <digest:1>"),
            "{text}"
        );
        // Hashes that sort before and after `2.0.0`, `build-…` and `latest`.
        let mut edges = vec![
            ("0".repeat(40), "1".repeat(40)),
            ("f".repeat(40), "e".repeat(40)),
            ("a".repeat(40), "3".repeat(40)),
        ];
        for _ in 0..200 {
            edges.push((hash(&mut seed), hash(&mut seed)));
        }
        for (v1, v2) in edges {
            let other = Outcome::from_record(&info, &scenario(&v1, &v2)).to_snapshot();
            assert_eq!(other, text, "with v1 = {v1}, v2 = {v2}");
        }
    }

    #[test]
    fn a_commit_tag_moved_to_another_image_keeps_each_digest_its_name() {
        let mut seed = 3;
        let mut record = scenario(&hash(&mut seed), &hash(&mut seed));
        let (v1, d2) = (
            record.shas[0].1.clone(),
            record.steps[1].pushed[0].digest.clone(),
        );
        // A rollback that rebuilds v2's code and pushes it under v1's tag.
        let mut rollback = StepRecord::new(
            3,
            Action::Dispatch {
                workflow: "rollback.yml".into(),
                inputs: BTreeMap::new(),
                sha: record.shas[1].1.clone(),
            },
        );
        rollback.pushed = vec![tag(&v1, &d2)];
        record.steps.push(rollback);
        let info = OutcomeInfo {
            pushes: true,
            ..Default::default()
        };
        let text = Outcome::from_record(&info, &record).to_snapshot();
        assert!(
            text.contains("  pushed my-org/my-app:<sha:v1> <digest:v1>\n"),
            "{text}"
        );
        assert!(
            text.ends_with("  pushed my-org/my-app:<sha:v1> <digest:v2>\n"),
            "{text}"
        );
    }

    #[test]
    fn a_reference_tag_is_what_follows_the_last_colon_of_the_name() {
        assert_eq!(
            reference_tag("127.0.0.1:5000/my-org/my-app:latest"),
            "latest"
        );
        assert_eq!(reference_tag("127.0.0.1:5000/my-org/my-app"), "none");
        assert_eq!(
            reference_tag(&format!(
                "127.0.0.1:5000/my-org/my-app@sha256:{}",
                "1".repeat(64)
            )),
            "none"
        );
        assert_eq!(reference_tag(&format!("sha256:{}", "1".repeat(64))), "none");
    }

    #[test]
    fn a_part_can_record_only_some_facts() {
        let mut seed = 5;
        let record = scenario(&hash(&mut seed), &hash(&mut seed));
        let info = OutcomeInfo {
            pushes: true,
            only: BTreeMap::from([("step 2".to_string(), vec!["no workflow ran".to_string()])]),
            ..Default::default()
        };
        let text = Outcome::from_record(&info, &record).to_snapshot();
        assert!(
            text.ends_with("step 2: push <sha:v2> (app good)\n  no workflow ran\n"),
            "{text}"
        );
        assert!(
            text.contains("  environment production: <digest:v1>, version 2.0.0, healthy\n"),
            "step 1 keeps everything\n{text}"
        );
    }

    #[test]
    fn only_commit_tags_are_shown_when_the_outcome_says_so() {
        let info = OutcomeInfo {
            registry: true,
            pushes: true,
            tags: TagFilter::Commits,
            ..Default::default()
        };
        let mut seed = 7;
        let text = Outcome::from_record(&info, &scenario(&hash(&mut seed), &hash(&mut seed)))
            .to_snapshot();
        assert!(!text.contains("latest"), "{text}");
        assert!(!text.contains("my-org/my-app:2.0.0"), "{text}");
        assert!(
            text.contains("  my-org/my-app:<sha:v2> <digest:v2>"),
            "{text}"
        );
    }

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
