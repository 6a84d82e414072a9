//! Playing a scenario, one step at a time. A [`Player`] holds what lives as
//! long as the run (its folder, time limit, Docker side, run counters) and
//! what the steps so far recorded; each kind of step has its own method.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use super::commit::{list_workflows, write_commit};
use super::docker::{self, DockerRun};
use super::lifetime::{RunDir, Watchdog};
use super::{LearnerFiles, PlayOptions, ScenarioError, ScenarioEvent, WORKFLOWS_DIR, observe};
use crate::validate::record::{Action, InvalidWorkflow, RegistryTag, ScenarioRecord, StepRecord};
use course::{Course, Exercise, Step};
use workflow::{Diagnostic, Event, RunRequest};

/// Plays the scenario of `exercise` with the learner's files.
pub(crate) fn play(
    course: &Course,
    exercise: &Exercise,
    learner: &LearnerFiles,
    options: &PlayOptions,
    on_event: &(dyn Fn(ScenarioEvent<'_>) + Sync),
) -> Result<ScenarioRecord, ScenarioError> {
    let mut player = Player::start(course, exercise, learner, options, on_event)?;
    for (i, step) in exercise.scenario.iter().enumerate() {
        let step_record = player.step(i + 1, step)?;
        player.record.steps.push(step_record);
        if player.record.timed_out.is_some() {
            break;
        }
    }
    player.finish()
}

/// A commit the scenario made: its folder and sha.
#[derive(Debug, Clone)]
struct Commit {
    dir: PathBuf,
    sha: String,
}

/// What a step triggers its workflows with.
struct Trigger {
    commit: Commit,
    event: Event,
    /// The only workflow that may run: the one a dispatch names.
    only: Option<String>,
}

/// One scenario being played.
struct Player<'a> {
    // Fields drop in declaration order: the Docker side first (its
    // containers may mount the run folder and its registry stores there),
    // then the watchdog, then the folder itself.
    docker: Option<DockerRun>,
    _watchdog: Watchdog,
    run: RunDir,
    course: &'a Course,
    exercise: &'a Exercise,
    learner: &'a LearnerFiles,
    on_event: &'a (dyn Fn(ScenarioEvent<'_>) + Sync),
    /// Ctrl-C: the run stops with an error.
    interrupt: workflow::CancelHandle,
    /// The scenario's own handle: Ctrl-C and the time limit both cancel it;
    /// the time limit alone is a verdict (`timed_out`), not an error.
    cancel: workflow::CancelHandle,
    vars: BTreeMap<String, String>,
    env: BTreeMap<String, String>,
    rules: Vec<workflow::EnvironmentRules>,
    /// One set of `concurrency:` groups for the whole scenario, as on
    /// GitHub where groups span the repository's runs.
    concurrency: workflow::ConcurrencyGroups,
    /// The last commit pushed: what a dispatch runs on.
    head: Option<Commit>,
    run_number: u64,
    /// The registry's tags after the previous step, to tell what a step
    /// pushed.
    registry_before: Vec<RegistryTag>,
    record: ScenarioRecord,
}

impl<'a> Player<'a> {
    /// Creates the run's folder, starts its time limit and, for a Docker
    /// exercise, its registry and engine connection.
    fn start(
        course: &'a Course,
        exercise: &'a Exercise,
        learner: &'a LearnerFiles,
        options: &PlayOptions,
        on_event: &'a (dyn Fn(ScenarioEvent<'_>) + Sync),
    ) -> Result<Player<'a>, ScenarioError> {
        let run = RunDir::new()?;
        // The scenario's own cancel handle: Ctrl-C cancels it with
        // options.cancel, the exercise's time limit cancels it alone.
        let cancel = options.cancel.child();
        let watchdog = Watchdog::start(
            cancel.clone(),
            Duration::from_secs(exercise.info.timeout_seconds),
        );
        let docker = if exercise.needs_docker() {
            Some(DockerRun::start(
                &run.path,
                exercise,
                options.registry.as_deref(),
            )?)
        } else {
            None
        };
        let mut vars = exercise.info.vars.clone();
        let mut env = BTreeMap::new();
        if let Some(docker) = &docker {
            vars.extend(docker.vars());
            env.extend(docker.env());
        }
        let rules = environment_rules(exercise, docker.as_ref());
        let record = ScenarioRecord {
            secrets: exercise
                .info
                .secrets
                .values()
                .chain(
                    exercise
                        .info
                        .environments
                        .iter()
                        .flat_map(|e| e.secrets.values()),
                )
                .cloned()
                .collect(),
            registry_host: docker.as_ref().map(DockerRun::registry_host),
            ..Default::default()
        };
        Ok(Player {
            docker,
            _watchdog: watchdog,
            run,
            course,
            exercise,
            learner,
            on_event,
            interrupt: options.cancel.clone(),
            cancel,
            vars,
            env,
            rules,
            concurrency: workflow::ConcurrencyGroups::default(),
            head: None,
            run_number: 0,
            registry_before: Vec::new(),
            record,
        })
    }

    /// Plays step `index` (1-based): its action, the workflows it
    /// triggers, then what it left in the engine and the registry.
    fn step(&mut self, index: usize, step: &Step) -> Result<StepRecord, ScenarioError> {
        let (trigger, action) = match &step.action {
            course::scenario::Action::Push { version, name } => self.push(index, version, name)?,
            course::scenario::Action::Dispatch { workflow, inputs } => {
                self.dispatch(index, workflow, inputs)?
            }
        };
        let mut step_record = StepRecord::new(index, action);
        (self.on_event)(ScenarioEvent::StepStarted {
            index,
            action: &step_record.action,
        });
        let started = Instant::now();
        self.run_workflows(index, step, &trigger, &mut step_record)?;
        step_record.duration_ms = started.elapsed().as_millis() as u64;
        self.observe(&mut step_record)?;
        Ok(step_record)
    }

    /// Pushes a commit of the learner's files with app `version`; it
    /// becomes the head that later dispatches run on.
    fn push(
        &mut self,
        index: usize,
        version: &str,
        name: &str,
    ) -> Result<(Trigger, Action), ScenarioError> {
        let commit = self.write_commit(index, version)?;
        self.record
            .shas
            .push((name.to_string(), commit.sha.clone()));
        self.head = Some(commit.clone());
        let action = Action::Push {
            version: version.to_string(),
            name: name.to_string(),
            sha: commit.sha.clone(),
        };
        let trigger = Trigger {
            commit,
            event: Event::Push {
                git_ref: "refs/heads/main".into(),
            },
            only: None,
        };
        Ok((trigger, action))
    }

    /// Dispatches `workflow` on the head, or, before any push, on a commit
    /// of the `good` app made for this step alone.
    fn dispatch(
        &mut self,
        index: usize,
        workflow: &str,
        inputs: &BTreeMap<String, String>,
    ) -> Result<(Trigger, Action), ScenarioError> {
        let inputs: BTreeMap<String, String> = inputs
            .iter()
            .map(|(k, v)| (k.clone(), resolve_placeholders(v, &self.record.shas)))
            .collect();
        let commit = match &self.head {
            Some(head) => head.clone(),
            None => self.write_commit(index, "good")?,
        };
        let action = Action::Dispatch {
            workflow: workflow.to_string(),
            inputs: inputs.clone(),
            sha: commit.sha.clone(),
        };
        let trigger = Trigger {
            commit,
            event: Event::WorkflowDispatch { inputs },
            only: Some(workflow.to_string()),
        };
        Ok((trigger, action))
    }

    fn write_commit(&self, index: usize, version: &str) -> Result<Commit, ScenarioError> {
        let dir = self.run.path.join(format!("commit-{index}"));
        let app = self.course.app_version(version).unwrap_or_default();
        let sha = write_commit(
            &dir,
            self.learner,
            &app,
            &self.exercise.info.editable,
            index,
        )?;
        Ok(Commit { dir, sha })
    }

    /// Runs, in file-name order, every workflow of the commit that the
    /// trigger starts.
    fn run_workflows(
        &mut self,
        index: usize,
        step: &Step,
        trigger: &Trigger,
        step_record: &mut StepRecord,
    ) -> Result<(), ScenarioError> {
        let workflows = list_workflows(&trigger.commit.dir);
        if let Some(only) = &trigger.only
            && !workflows.contains(only)
        {
            // The learner deleted or renamed a workflow the scenario
            // dispatches: a verdict, not an error.
            let file = format!("{WORKFLOWS_DIR}/{only}");
            let message = format!(
                "this workflow does not exist, but the exercise dispatches it (step {index}): create it, or put the exercise's files back with `devpath reset`"
            );
            self.invalid(step_record, file, vec![message]);
        }
        for file_name in workflows {
            if trigger.only.as_ref().is_some_and(|o| o != &file_name) {
                continue;
            }
            self.run_workflow(&file_name, step, trigger, step_record)?;
        }
        Ok(())
    }

    /// Parses one workflow and, when the trigger starts it, runs it.
    fn run_workflow(
        &mut self,
        file_name: &str,
        step: &Step,
        trigger: &Trigger,
        step_record: &mut StepRecord,
    ) -> Result<(), ScenarioError> {
        let display = format!("{WORKFLOWS_DIR}/{file_name}");
        let path = trigger.commit.dir.join(WORKFLOWS_DIR).join(file_name);
        let source =
            std::fs::read_to_string(&path).map_err(|source| workflow::WorkflowError::Read {
                path: path.clone(),
                source,
            })?;
        let parsed = match workflow::parse_workflow(&display, &source) {
            Ok(parsed) => parsed,
            Err(workflow::WorkflowError::Invalid { file, diagnostics }) => {
                let invalid = InvalidWorkflow { file, diagnostics };
                (self.on_event)(ScenarioEvent::Invalid { workflow: &invalid });
                step_record.invalid.push(invalid);
                return Ok(());
            }
            Err(other) => return Err(other.into()),
        };
        for diagnostic in &parsed.warnings {
            (self.on_event)(ScenarioEvent::Warning { diagnostic });
        }
        if !parsed.workflow.is_triggered_by(&trigger.event) {
            return Ok(());
        }
        let request = self.request(step, trigger);
        let on_event = self.on_event;
        let result =
            workflow::execute_cancellable(&parsed.workflow, &request, &self.cancel, &|event| {
                on_event(ScenarioEvent::Run(event))
            });
        let report = match result {
            Ok(report) => report,
            // Inputs the workflow does not declare are the learner's
            // mistake: a verdict, not an error.
            Err(workflow::WorkflowError::Inputs { file, problems }) => {
                self.invalid(step_record, file, problems);
                return Ok(());
            }
            Err(other) => return Err(other.into()),
        };
        if self.interrupt.is_cancelled() {
            return Err(ScenarioError::Interrupted);
        }
        if self.cancel.is_cancelled() {
            self.record.timed_out = Some(self.exercise.info.timeout_seconds);
        }
        (self.on_event)(ScenarioEvent::RunFinished { report: &report });
        step_record.runs.push(report);
        Ok(())
    }

    /// The next run of the scenario, answering approvals as `step` says.
    fn request(&mut self, step: &Step, trigger: &Trigger) -> RunRequest {
        self.run_number += 1;
        RunRequest {
            event: trigger.event.clone(),
            sha: trigger.commit.sha.clone(),
            checkout_from: trigger.commit.dir.clone(),
            work_root: self.run.path.join(format!("run-{}", self.run_number)),
            secrets: self.exercise.info.secrets.clone(),
            vars: self.vars.clone(),
            env: self.env.clone(),
            run_id: run_id(),
            run_number: self.run_number,
            actor: "learner".into(),
            repository: "my-org/my-app".into(),
            environments: self.rules.clone(),
            approver: Some(Arc::new(ScenarioApprover {
                step: step.clone(),
                rules: self.rules.clone(),
            })),
            concurrency: self.concurrency.clone(),
            event_payload: None,
            actions_dir: None,
            max_jobs: None,
        }
    }

    /// Records a workflow that could not run, with one error (at 1:1) per
    /// problem.
    fn invalid(&self, step_record: &mut StepRecord, file: String, problems: Vec<String>) {
        let diagnostics = problems
            .into_iter()
            .map(|message| Diagnostic {
                file: file.clone(),
                line: 1,
                col: 1,
                severity: workflow::Severity::Error,
                message,
                rule: "syntax-check",
            })
            .collect();
        let invalid = InvalidWorkflow { file, diagnostics };
        (self.on_event)(ScenarioEvent::Invalid { workflow: &invalid });
        step_record.invalid.push(invalid);
    }

    /// What each environment serves after a step, and the tags the step
    /// pushed (Docker exercises).
    fn observe(&mut self, step_record: &mut StepRecord) -> Result<(), ScenarioError> {
        let Some(docker) = &self.docker else {
            return Ok(());
        };
        step_record.environments = observe::environments(docker)?;
        let now = observe::registry(docker)?;
        step_record.pushed = now
            .iter()
            .filter(|tag| !self.registry_before.contains(tag))
            .cloned()
            .collect();
        self.registry_before = now;
        Ok(())
    }

    /// The state at the end and the leak scan, while the run's resources
    /// are still alive; they go when the player drops.
    fn finish(mut self) -> Result<ScenarioRecord, ScenarioError> {
        if let Some(docker) = &self.docker {
            // The last step's observation is the state at the end: nothing
            // runs after it.
            self.record.registry = std::mem::take(&mut self.registry_before);
            self.record.environments = self
                .record
                .steps
                .last()
                .map(|s| s.environments.clone())
                .unwrap_or_default();
            self.record.pushes = docker
                .push_events()
                .into_iter()
                .filter_map(|e| {
                    e.tag
                        .map(|tag| format!("{}:{tag}@{}", e.repository, e.digest))
                })
                .collect();
        }
        let printed: Vec<String> = self
            .record
            .steps
            .iter()
            .flat_map(|step| step.runs.iter())
            .flat_map(|run| run.printed_secrets.iter().cloned())
            .collect();
        let info = &self.exercise.info;
        let mut secrets = info.secrets.clone();
        for env in &info.environments {
            secrets.extend(env.secrets.clone());
        }
        self.record.leaks = observe::leaks(self.docker.as_ref(), self.learner, &secrets, &printed)?;
        Ok(self.record)
    }
}

/// The environments of an exercise as the executor sees them: protection
/// rules, and scoped vars (the container name and port devpath gives each
/// environment, then the exercise's own) and secrets.
fn environment_rules(
    exercise: &Exercise,
    docker: Option<&DockerRun>,
) -> Vec<workflow::EnvironmentRules> {
    exercise
        .info
        .environments
        .iter()
        .map(|env| {
            let mut vars = docker
                .and_then(|d| d.environments.iter().find(|slot| slot.name == env.name))
                .map(docker::environment_vars)
                .unwrap_or_default();
            vars.extend(env.vars.clone());
            workflow::EnvironmentRules {
                name: env.name.clone(),
                reviewers: env.reviewers.clone(),
                wait_timer_seconds: env.wait_timer_seconds,
                vars,
                secrets: env.secrets.clone(),
            }
        })
        .collect()
}

/// Answers approvals as the scenario step says.
#[derive(Debug)]
struct ScenarioApprover {
    step: Step,
    rules: Vec<workflow::EnvironmentRules>,
}

impl workflow::Approver for ScenarioApprover {
    fn decide(&self, request: &workflow::ApprovalRequest) -> workflow::ApprovalDecision {
        let reviewer = self
            .rules
            .iter()
            .find(|r| r.name.eq_ignore_ascii_case(&request.environment))
            .and_then(|r| r.reviewers.first().cloned())
            .unwrap_or_else(|| "reviewer".to_string());
        let (approved, comment) = match self.step.approval(&request.environment) {
            Some(true) => (true, "looks good"),
            Some(false) => (false, "not this one"),
            None => (false, "the scenario did not approve this deployment"),
        };
        workflow::ApprovalDecision {
            approved,
            reviewer,
            comment: comment.to_string(),
        }
    }
}

/// Replaces `<sha:NAME>` with the sha of the commit called NAME.
fn resolve_placeholders(value: &str, shas: &[(String, String)]) -> String {
    let mut out = value.to_string();
    for (name, sha) in shas {
        out = out.replace(&format!("<sha:{name}>"), sha);
    }
    out
}

/// A run id that differs between runs (`github.run_id`).
fn run_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let base = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() % 1_000_000_000)
        .unwrap_or(0);
    base * 1000 + NEXT.fetch_add(1, Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use course::scenario::Approval;
    use workflow::Approver as _;

    fn decide(step: &Step, environment: &str) -> workflow::ApprovalDecision {
        let approver = ScenarioApprover {
            step: step.clone(),
            rules: vec![workflow::EnvironmentRules {
                name: "production".into(),
                reviewers: vec!["alice".into()],
                wait_timer_seconds: 0,
                vars: BTreeMap::new(),
                secrets: BTreeMap::new(),
            }],
        };
        approver.decide(&workflow::ApprovalRequest {
            job: "deploy".into(),
            environment: environment.into(),
            sha: "0".repeat(40),
            run_number: 1,
            reviewers: vec!["alice".into()],
        })
    }

    #[test]
    fn the_approver_answers_as_the_step_says() {
        let step = Step {
            action: course::scenario::Action::Push {
                version: "good".into(),
                name: "v1".into(),
            },
            approvals: vec![
                Approval {
                    environment: "production".into(),
                    approved: true,
                },
                Approval {
                    environment: "staging".into(),
                    approved: false,
                },
            ],
        };
        let production = decide(&step, "Production");
        assert!(production.approved);
        assert_eq!(production.reviewer, "alice");
        assert_eq!(production.comment, "looks good");
        let staging = decide(&step, "staging");
        assert!(!staging.approved);
        assert_eq!(staging.reviewer, "reviewer");
        assert_eq!(staging.comment, "not this one");
        let unnamed = decide(&step, "qa");
        assert!(!unnamed.approved);
        assert_eq!(
            unnamed.comment,
            "the scenario did not approve this deployment"
        );
    }

    #[test]
    fn placeholders_become_the_named_commit_sha() {
        let shas = vec![("v1".to_string(), "a".repeat(40))];
        assert_eq!(resolve_placeholders("<sha:v1>", &shas), "a".repeat(40));
        assert_eq!(resolve_placeholders("<sha:v2>", &shas), "<sha:v2>");
    }
}
