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
use super::journal::{self, Journal};
use super::lifetime::{RunDir, Watchdog};
use super::processes::ProcessWatch;
use super::{LearnerFiles, PlayOptions, ScenarioError, ScenarioEvent, WORKFLOWS_DIR, observe};
use crate::validate::record::{
    Action, FailedStep, InvalidWorkflow, NotTriggered, NotTriggeredWhy, RegistryTag,
    ScenarioRecord, StepRecord,
};
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
    // Fields drop in declaration order: the run's processes first (a
    // script still running could create a container after the sweep),
    // then the Docker side (its containers may mount the run folder and
    // its registry stores there), then the watchdog, then the folder
    // itself.
    processes: ProcessWatch,
    docker: Option<DockerRun>,
    _watchdog: Watchdog,
    run: RunDir,
    /// Deleted last, once everything above is gone.
    _journal: Option<Journal>,
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
    /// How many docker command lines the steps so far ran.
    docker_commands_before: usize,
    record: ScenarioRecord,
}

impl Drop for Player<'_> {
    fn drop(&mut self) {
        // A cancelled Docker run may have interrupted a `docker build` that
        // the engine finishes after the sweep: the journal stays for one
        // more sweep, by the next run or `devpath clean`.
        if self.docker.is_some()
            && self.cancel.is_cancelled()
            && let Some(journal) = &mut self._journal
        {
            journal.sweep_again_later();
        }
    }
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
        let label = engine::RunLabel::generate();
        let run_id = label.run_id().to_string();
        // Runs of this workspace that were killed (SIGKILL, power loss)
        // are cleaned up before this one starts; then this run's journal
        // is written before it creates anything. A workspace that cannot
        // be written to (read-only) still runs, without a journal: only a
        // SIGKILL would then leave things behind.
        let mut journal = options.journal_dir.as_ref().and_then(|dir| {
            journal::reconcile(dir);
            Journal::create(dir, &run_id, &RunDir::prefix(&run_id)).ok()
        });
        let run = RunDir::new(&run_id)?;
        // The scenario's own cancel handle: Ctrl-C cancels it with
        // options.cancel, the exercise's time limit cancels it alone.
        let cancel = options.cancel.child();
        let watchdog = Watchdog::start(
            cancel.clone(),
            Duration::from_secs(exercise.info.timeout_seconds),
        );
        let docker = if exercise.needs_docker() {
            let docker = DockerRun::start(&run.path, exercise, options.registry.as_deref(), label)?;
            if let Some(journal) = &mut journal
                && options.registry.is_none()
            {
                // The journal was just written; should this fail, it
                // still names everything labelled with the run.
                let _ = journal.note_registry(&format!("{}/", docker.registry_host()));
            }
            Some(docker)
        } else {
            None
        };
        let processes = ProcessWatch::start(&run_id, &all_secrets(exercise));
        let mut vars = exercise.info.vars.clone();
        let mut env = BTreeMap::from([processes.marker()]);
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
            processes,
            docker,
            _watchdog: watchdog,
            run,
            _journal: journal,
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
            docker_commands_before: 0,
            record,
        })
    }

    /// Plays step `index` (1-based): its action, the workflows it
    /// triggers, then what it left in the engine and the registry.
    fn step(&mut self, index: usize, step: &Step) -> Result<StepRecord, ScenarioError> {
        let (trigger, action) = match &step.action {
            course::scenario::Action::Push {
                version,
                name,
                git_ref,
            } => self.push(index, version, name, git_ref)?,
            course::scenario::Action::PullRequest {
                version,
                name,
                number,
                head,
                base,
            } => self.pull_request(index, version, name, *number, head, base)?,
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

    /// Pushes a commit of the learner's files with app `version` to
    /// `git_ref`; pushed to main, it becomes the head that later
    /// dispatches run on (GitHub dispatches on the default branch).
    fn push(
        &mut self,
        index: usize,
        version: &str,
        name: &str,
        git_ref: &str,
    ) -> Result<(Trigger, Action), ScenarioError> {
        let commit = self.write_commit(index, version)?;
        self.record
            .shas
            .push((name.to_string(), commit.sha.clone()));
        if git_ref == "refs/heads/main" {
            self.head = Some(commit.clone());
        }
        let action = Action::Push {
            version: version.to_string(),
            name: name.to_string(),
            sha: commit.sha.clone(),
            git_ref: git_ref.to_string(),
        };
        let trigger = Trigger {
            commit,
            event: Event::Push {
                git_ref: git_ref.to_string(),
            },
            only: None,
        };
        Ok((trigger, action))
    }

    /// Opens pull request `number` from `head` into `base`, whose head
    /// commit has the learner's files with app `version`. It does not move
    /// main: merging is a later push.
    fn pull_request(
        &mut self,
        index: usize,
        version: &str,
        name: &str,
        number: u64,
        head: &str,
        base: &str,
    ) -> Result<(Trigger, Action), ScenarioError> {
        let commit = self.write_commit(index, version)?;
        self.record
            .shas
            .push((name.to_string(), commit.sha.clone()));
        let action = Action::PullRequest {
            version: version.to_string(),
            name: name.to_string(),
            sha: commit.sha.clone(),
            number,
            head: head.to_string(),
            base: base.to_string(),
        };
        let trigger = Trigger {
            commit,
            event: Event::PullRequest(workflow::PullRequest {
                action: "opened".into(),
                number,
                base: base.to_string(),
                head: head.to_string(),
            }),
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
            step_record.not_triggered.push(not_triggered(
                &parsed.workflow,
                &display,
                &source,
                &trigger.event,
            ));
            return Ok(());
        }
        let request = self.request(step, trigger);
        let on_event = self.on_event;
        let logs = StepLogs::new(&self.run.path);
        let result =
            workflow::execute_cancellable(&parsed.workflow, &request, &self.cancel, &|event| {
                logs.keep(&event);
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
        step_record
            .failed_steps
            .extend(logs.failed_steps(file_name, &report));
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
            // An exercise's commits are simulated.
            git_repository: None,
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
            cache_dir: None,
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
        let commands = docker.docker_commands();
        step_record.docker_commands = commands
            .iter()
            .skip(self.docker_commands_before)
            .filter_map(|args| docker_verb(args))
            .collect();
        self.docker_commands_before = commands.len();
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
        // Nothing of the learner's runs past this point: what is still
        // running was left behind on purpose or by mistake.
        self.processes.stop_and_kill();
        if let Some(docker) = &self.docker {
            self.record.leftovers = docker.leftovers()?;
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
        let secrets = all_secrets(self.exercise);
        self.record.leaks = observe::leaks(
            self.docker.as_ref(),
            self.learner,
            &secrets,
            &printed,
            &self.processes.leaks(),
        )?;
        Ok(std::mem::take(&mut self.record))
    }
}

/// The exercise's secrets and its environments' secrets, name → value.
fn all_secrets(exercise: &Exercise) -> BTreeMap<String, String> {
    let mut secrets = exercise.info.secrets.clone();
    for env in &exercise.info.environments {
        secrets.extend(env.secrets.clone());
    }
    secrets
}

/// Why `workflow` did not start for `event`: its `on:` does not list the
/// event, or lists it with filters that leave this one out. The workflow
/// model does not show its filters, so a push is told apart by asking
/// whether a push to another branch or a tag would start it, and by
/// looking for `push` under the file's top-level `on:`.
fn not_triggered(
    workflow: &workflow::Workflow,
    file: &str,
    source: &str,
    event: &Event,
) -> NotTriggered {
    let (name, listed) = match event {
        Event::Push { .. } => {
            let other_refs = [
                "refs/heads/master",
                "refs/heads/develop",
                "refs/heads/dev",
                "refs/heads/release",
                "refs/tags/v1.0.0",
            ];
            let starts_elsewhere = other_refs.iter().any(|git_ref| {
                workflow.is_triggered_by(&Event::Push {
                    git_ref: (*git_ref).to_string(),
                })
            });
            ("push", starts_elsewhere || on_lists(source, "push"))
        }
        Event::WorkflowDispatch { .. } => {
            ("workflow_dispatch", workflow.dispatch_inputs().is_some())
        }
        other => (other.name(), on_lists(source, other.name())),
    };
    NotTriggered {
        file: file.to_string(),
        event: name.to_string(),
        why: if listed {
            NotTriggeredWhy::Filtered
        } else {
            NotTriggeredWhy::NoEvent
        },
    }
}

/// Whether the top-level `on:` of a workflow's text names `event`, inline
/// (`on: push`, `on: [push, pull_request]`) or as a key or item below it.
fn on_lists(source: &str, event: &str) -> bool {
    let is_event = |word: &str| {
        word.trim_matches(|c: char| "[]{}:,'\"- ".contains(c))
            .eq_ignore_ascii_case(event)
    };
    let mut lines = source.lines();
    while let Some(line) = lines.next() {
        let Some(rest) = ["on:", "\"on\":", "'on':", "true:"]
            .iter()
            .find_map(|key| line.strip_prefix(key))
        else {
            continue;
        };
        let rest = rest.split(" #").next().unwrap_or("");
        if !rest.trim().is_empty() {
            return rest.split([',', ' ', '[', ']', '{', '}']).any(is_event);
        }
        return lines
            .take_while(|l| l.trim().is_empty() || l.starts_with([' ', '\t', '#']))
            .filter_map(|l| l.split_whitespace().find(|w| *w != "-"))
            .any(is_event);
    }
    false
}

/// The verb of a docker command line (`build`, `push`, `run` …), with
/// `buildx build`, `image build` and `builder build` counted as `build`.
fn docker_verb(args: &[String]) -> Option<String> {
    // Global options that take a value.
    const WITH_VALUE: [&str; 6] = ["--config", "-c", "--context", "-H", "--host", "--log-level"];
    let mut words = Vec::new();
    let mut skip = false;
    for arg in args {
        if skip {
            skip = false;
            continue;
        }
        if arg.starts_with('-') {
            skip = words.is_empty() && WITH_VALUE.contains(&arg.as_str());
            continue;
        }
        words.push(arg.as_str());
        if words.len() == 2 {
            break;
        }
    }
    match words.as_slice() {
        ["buildx" | "image" | "builder", "build", ..] => Some("build".to_string()),
        [verb, ..] => Some((*verb).to_string()),
        [] => None,
    }
}

/// The last lines of each step's log during one run, to tell the learner
/// how a failed step ended.
struct StepLogs {
    /// The run's folder, shown as `…` (its name changes with every run).
    run_dir: String,
    /// (job, step) → its last lines; step 0 holds messages about the job.
    lines: std::sync::Mutex<BTreeMap<(String, usize), std::collections::VecDeque<String>>>,
}

impl StepLogs {
    fn new(run_dir: &std::path::Path) -> StepLogs {
        StepLogs {
            run_dir: run_dir.display().to_string(),
            lines: Default::default(),
        }
    }

    fn keep(&self, event: &workflow::RunEvent) {
        let workflow::RunEvent::Log { job, step, line } = event else {
            return;
        };
        let Ok(mut lines) = self.lines.lock() else {
            return;
        };
        let tail = lines.entry((job.clone(), *step)).or_default();
        if tail.len() == FailedStep::TAIL {
            tail.pop_front();
        }
        tail.push_back(line.replace(&self.run_dir, "…"));
    }

    /// The steps of `report` that failed, with their logs; a job that
    /// failed without a failed step (a rejected approval, an action devpath
    /// does not have) with its own messages.
    fn failed_steps(&self, workflow: &str, report: &workflow::RunReport) -> Vec<FailedStep> {
        let lines = self.lines.lock().map(|l| l.clone()).unwrap_or_default();
        let log = |job: &str, step: usize| -> Vec<String> {
            lines
                .get(&(job.to_string(), step))
                .map(|tail| tail.iter().cloned().collect())
                .unwrap_or_default()
        };
        let mut failed = Vec::new();
        for job in &report.jobs {
            let before = failed.len();
            for (i, step) in job.steps.iter().enumerate() {
                if step.outcome == workflow::JobResult::Failure {
                    failed.push(FailedStep {
                        workflow: workflow.to_string(),
                        job: job.id.clone(),
                        step: step.name.clone(),
                        continued: step.conclusion == workflow::JobResult::Success,
                        log: log(&job.id, i + 1),
                    });
                }
            }
            let job_log = log(&job.id, 0);
            if failed.len() == before
                && job.result == workflow::JobResult::Failure
                && !job_log.is_empty()
            {
                failed.push(FailedStep {
                    workflow: workflow.to_string(),
                    job: job.id.clone(),
                    step: String::new(),
                    continued: false,
                    log: job_log,
                });
            }
        }
        failed
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
                git_ref: "refs/heads/main".into(),
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
    fn on_lists_finds_the_event_inline_and_below() {
        assert!(on_lists("name: ci\non: push\njobs: {}\n", "push"));
        assert!(on_lists("on: [pull_request, push]\n", "push"));
        assert!(on_lists(
            "on:\n  push:\n    branches: [master]\njobs:\n",
            "push"
        ));
        assert!(on_lists("on:\n  - push\n", "push"));
        assert!(!on_lists("on: pull_request\njobs:\n  push:\n", "push"));
        assert!(!on_lists("on:\n  pull_request:\njobs:\n  push:\n", "push"));
    }

    #[test]
    fn docker_verbs_skip_global_options() {
        let verb =
            |args: &[&str]| docker_verb(&args.iter().map(|a| a.to_string()).collect::<Vec<_>>());
        assert_eq!(verb(&["build", "-t", "x", "."]).as_deref(), Some("build"));
        assert_eq!(
            verb(&["--config", "/tmp/c", "push", "x"]).as_deref(),
            Some("push")
        );
        assert_eq!(verb(&["buildx", "build", "."]).as_deref(), Some("build"));
        assert_eq!(verb(&["image", "build", "."]).as_deref(), Some("build"));
        assert_eq!(verb(&["image", "ls"]).as_deref(), Some("image"));
        assert_eq!(verb(&[]), None);
    }

    #[test]
    fn placeholders_become_the_named_commit_sha() {
        let shas = vec![("v1".to_string(), "a".repeat(40))];
        assert_eq!(resolve_placeholders("<sha:v1>", &shas), "a".repeat(40));
        assert_eq!(resolve_placeholders("<sha:v2>", &shas), "<sha:v2>");
    }
}
