//! A picture of what happened: for each environment, what it served after
//! each scenario step (commit, app version, health), with approvals,
//! rejections and rollbacks marked; and each run's job graph.

use serde::Serialize;

use crate::validate::record::{Action, EnvironmentObservation, ScenarioRecord};
use workflow::JobResult;

/// The deploy timeline of a scenario.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Timeline {
    /// Environment names, in promotion order.
    pub environments: Vec<String>,
    pub rows: Vec<TimelineRow>,
}

/// One scenario step.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct TimelineRow {
    pub step: usize,
    /// e.g. `push v2 (app v2)`, `dispatch rollback.yml tag=v1`.
    pub action: String,
    /// One cell per environment, in the order of `environments`.
    pub cells: Vec<TimelineCell>,
}

/// What one environment served after one step.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct TimelineCell {
    /// The scenario's name of the commit (`v1`), when the image is one of
    /// the scenario's commits.
    pub commit: Option<String>,
    /// The commit's short sha.
    pub short_sha: Option<String>,
    /// What `GET /version` answered.
    pub version: Option<String>,
    pub healthy: bool,
    pub deployed: bool,
    /// `approved by NAME`, `rejected by NAME`, `rollback`.
    pub marks: Vec<String>,
}

/// One workflow run's jobs, by dependency level.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct RunGraph {
    pub step: usize,
    pub workflow: String,
    pub conclusion: JobResult,
    /// Jobs grouped by level: level 0 needs nothing, level n needs jobs of
    /// lower levels.
    pub levels: Vec<Vec<GraphJob>>,
}

/// A job in the graph.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct GraphJob {
    pub id: String,
    pub result: JobResult,
    pub environment: Option<String>,
    /// `approved by NAME` or `rejected by NAME`.
    pub approval: Option<String>,
}

/// Builds the timeline of a scenario (empty when it has no environments).
pub(crate) fn timeline(record: &ScenarioRecord) -> Timeline {
    let environments: Vec<String> = record
        .steps
        .iter()
        .flat_map(|s| s.environments.iter().map(|e| e.name.clone()))
        .fold(Vec::new(), |mut names, name| {
            if !names.contains(&name) {
                names.push(name);
            }
            names
        });
    let mut rows = Vec::new();
    let mut served: Vec<Vec<Option<String>>> = vec![Vec::new(); environments.len()];
    for step in &record.steps {
        let action = match &step.action {
            Action::Push { version, name, .. } | Action::PullRequest { version, name, .. } => {
                format!("{} {name} (app {version})", step.action.verb())
            }
            Action::Dispatch {
                workflow, inputs, ..
            } => {
                let inputs: Vec<String> = inputs
                    .iter()
                    .map(|(k, v)| format!("{k}={}", commit_name(record, v)))
                    .collect();
                format!("dispatch {workflow} {}", inputs.join(" "))
                    .trim_end()
                    .to_string()
            }
        };
        let mut cells = Vec::new();
        for (i, env) in environments.iter().enumerate() {
            let observation = step.environments.iter().find(|e| &e.name == env);
            let mut cell = cell(record, observation);
            for run in &step.runs {
                for job in &run.jobs {
                    let in_env = job
                        .environment
                        .as_ref()
                        .is_some_and(|e| e.name.eq_ignore_ascii_case(env));
                    if let (true, Some(decision)) = (in_env, &job.approval) {
                        let verb = if decision.approved {
                            "approved"
                        } else {
                            "rejected"
                        };
                        cell.marks.push(format!("{verb} by {}", decision.reviewer));
                    }
                }
            }
            let digest = observation
                .and_then(|o| o.container.as_ref())
                .and_then(|c| c.digest.clone());
            let history = &mut served[i];
            let previous = history.last().cloned().flatten();
            // By hand: the environment went back to an image it served
            // before. Automatically: a job deployed this step's new image
            // to it, and it still serves (is back on) the one before.
            let deployed_here = step.runs.iter().flat_map(|r| &r.jobs).any(|job| {
                job.result != JobResult::Skipped
                    && job.approval.as_ref().is_none_or(|d| d.approved)
                    && job
                        .environment
                        .as_ref()
                        .is_some_and(|e| e.name.eq_ignore_ascii_case(env))
            });
            let pushed_new = step.pushed.iter().any(|t| {
                Some(&t.digest) != digest.as_ref() && !history.contains(&Some(t.digest.clone()))
            });
            let by_hand = digest != previous && history.contains(&digest);
            let automatic = digest == previous && deployed_here && pushed_new;
            if digest.is_some() && (by_hand || automatic) {
                cell.marks.push("rollback".to_string());
            }
            history.push(digest);
            cells.push(cell);
        }
        rows.push(TimelineRow {
            step: step.index,
            action,
            cells,
        });
    }
    if environments.is_empty() {
        rows.clear();
    }
    Timeline { environments, rows }
}

fn cell(record: &ScenarioRecord, observation: Option<&EnvironmentObservation>) -> TimelineCell {
    let Some(container) = observation.and_then(|o| o.container.as_ref()) else {
        return TimelineCell::default();
    };
    let sha = container
        .digest
        .as_ref()
        .and_then(|digest| {
            record
                .registry
                .iter()
                .find(|t| &t.digest == digest && record.shas.iter().any(|(_, s)| *s == t.tag))
        })
        .map(|t| t.tag.clone())
        .or_else(|| {
            record
                .shas
                .iter()
                .map(|(_, s)| s)
                .find(|s| container.image.ends_with(s.as_str()))
                .cloned()
        });
    let commit = sha.as_ref().and_then(|sha| {
        record
            .shas
            .iter()
            .find(|(_, s)| s == sha)
            .map(|(n, _)| n.clone())
    });
    TimelineCell {
        commit,
        short_sha: sha.map(|s| s[..7.min(s.len())].to_string()),
        version: container
            .version
            .healthy()
            .then(|| container.version.body.clone()),
        healthy: container.running && container.health.healthy(),
        deployed: container.running,
        marks: Vec::new(),
    }
}

/// `v1` for a value holding the sha of commit v1, else the value.
fn commit_name(record: &ScenarioRecord, value: &str) -> String {
    record
        .shas
        .iter()
        .find(|(_, sha)| value.contains(sha.as_str()))
        .map(|(name, _)| name.clone())
        .unwrap_or_else(|| value.to_string())
}

/// The job graph of every run of a scenario.
pub(crate) fn graphs(record: &ScenarioRecord) -> Vec<RunGraph> {
    let mut graphs = Vec::new();
    for step in &record.steps {
        for run in &step.runs {
            let mut level: Vec<Option<usize>> = vec![None; run.jobs.len()];
            // Jobs are few: relax until every level is known (cycles are
            // refused by the parser, so this ends).
            for _ in 0..=run.jobs.len() {
                for (i, job) in run.jobs.iter().enumerate() {
                    let needs: Option<Vec<usize>> = job
                        .needs
                        .iter()
                        .map(|n| {
                            run.jobs
                                .iter()
                                .position(|j| &j.id == n)
                                .and_then(|p| level[p])
                        })
                        .collect();
                    if let Some(needs) = needs {
                        level[i] = Some(needs.into_iter().map(|l| l + 1).max().unwrap_or(0));
                    }
                }
            }
            let depth = level.iter().flatten().max().map_or(0, |m| m + 1);
            let mut levels: Vec<Vec<GraphJob>> = vec![Vec::new(); depth];
            for (i, job) in run.jobs.iter().enumerate() {
                let l = level[i].unwrap_or(0);
                let approval = job.approval.as_ref().map(|d| {
                    format!(
                        "{} by {}",
                        if d.approved { "approved" } else { "rejected" },
                        d.reviewer
                    )
                });
                levels[l].push(GraphJob {
                    id: job.id.clone(),
                    result: job.result,
                    environment: job.environment.as_ref().map(|e| e.name.clone()),
                    approval,
                });
            }
            for level in &mut levels {
                level.sort_by(|a, b| a.id.cmp(&b.id));
            }
            graphs.push(RunGraph {
                step: step.index,
                workflow: run
                    .workflow
                    .rsplit('/')
                    .next()
                    .unwrap_or(&run.workflow)
                    .to_string(),
                conclusion: run.conclusion,
                levels,
            });
        }
    }
    graphs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::record::{
        ContainerObservation, EnvironmentObservation, Probe, RegistryTag, StepRecord,
    };
    use workflow::{ApprovalDecision, JobEnvironment, JobReport, RunReport};

    fn push(index: usize, name: &str) -> StepRecord {
        StepRecord::new(
            index,
            Action::Push {
                version: name.into(),
                name: name.into(),
                sha: format!("sha-{name}"),
                git_ref: "refs/heads/main".into(),
            },
        )
    }

    fn serving(step: &mut StepRecord, digest: &str) {
        let ok = Probe {
            status: Some(200),
            body: "ok".into(),
        };
        step.environments = vec![EnvironmentObservation {
            name: "production".into(),
            container: Some(ContainerObservation {
                running: true,
                image: "img".into(),
                digest: Some(digest.into()),
                version: ok.clone(),
                health: ok,
            }),
        }];
    }

    fn deploy(step: &mut StepRecord, result: JobResult, approved: Option<bool>, pushed: &str) {
        step.pushed = vec![RegistryTag {
            repository: "my-app".into(),
            tag: pushed.into(),
            digest: format!("d-{pushed}"),
        }];
        step.runs = vec![RunReport {
            workflow: "pipeline.yml".into(),
            name: None,
            event: "push".into(),
            conclusion: result,
            jobs: vec![JobReport {
                id: "deploy".into(),
                name: "deploy".into(),
                result,
                needs: Vec::new(),
                outputs: Default::default(),
                steps: Vec::new(),
                environment: Some(JobEnvironment {
                    name: "production".into(),
                    url: None,
                }),
                approval: approved.map(|approved| ApprovalDecision {
                    approved,
                    reviewer: "lead".into(),
                    comment: String::new(),
                }),
                matrix: None,
                combinations: Vec::new(),
            }],
            printed_secrets: Vec::new(),
            run_name: None,
            artifacts: Vec::new(),
        }];
    }

    fn marks(steps: Vec<StepRecord>) -> Vec<Vec<String>> {
        let record = ScenarioRecord {
            steps,
            ..ScenarioRecord::default()
        };
        timeline(&record)
            .rows
            .into_iter()
            .map(|r| r.cells[0].marks.clone())
            .collect()
    }

    fn first() -> StepRecord {
        let mut one = push(1, "v1");
        deploy(&mut one, JobResult::Success, None, "v1");
        serving(&mut one, "d-v1");
        one
    }

    #[test]
    fn an_automatic_rollback_is_marked_as_one_by_hand() {
        // Exercise 11: v2 is deployed, fails its health check, and the
        // deploy script puts v1 back: production serves v1 after step 2.
        let mut two = push(2, "v2");
        deploy(&mut two, JobResult::Failure, None, "v2");
        serving(&mut two, "d-v1");
        assert_eq!(
            marks(vec![first(), two]),
            [vec![], vec!["rollback".to_string()]]
        );
    }

    #[test]
    fn a_rejected_or_skipped_deployment_is_not_a_rollback() {
        let mut rejected = push(2, "v2");
        deploy(&mut rejected, JobResult::Failure, Some(false), "v2");
        serving(&mut rejected, "d-v1");
        assert_eq!(
            marks(vec![first(), rejected]),
            [vec![], vec!["rejected by lead".to_string()]]
        );
        let mut skipped = push(2, "v2");
        deploy(&mut skipped, JobResult::Skipped, None, "v2");
        serving(&mut skipped, "d-v1");
        assert_eq!(
            marks(vec![first(), skipped]),
            [Vec::<String>::new(), vec![]]
        );
    }

    #[test]
    fn a_new_version_deployed_is_not_a_rollback() {
        let mut two = push(2, "v2");
        deploy(&mut two, JobResult::Success, None, "v2");
        serving(&mut two, "d-v2");
        assert_eq!(marks(vec![first(), two]), [Vec::<String>::new(), vec![]]);
    }
}
