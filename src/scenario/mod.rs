//! Plays an exercise's scenario: pushes commits and dispatches workflows in
//! order, runs the triggered workflows, and owns the run's lifetime: its
//! temporary folder (and, for the Docker lessons, everything else it
//! creates) is removed when the run ends, however it ends.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;
use sha2::{Digest as _, Sha256};

use crate::validate::observe::{self, EnvironmentObservation, Leak, RegistryTag};
use course::{Course, CourseFile, Exercise, files};
use workflow::{self, Diagnostic, Event, RunEvent, RunReport, RunRequest};

pub(crate) mod docker;

use docker::DockerRun;

/// The largest learner file devpath copies into a commit.
const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The workflow folder of a commit.
pub(crate) const WORKFLOWS_DIR: &str = ".github/workflows";

/// What a scenario step did.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct StepRecord {
    /// 1-based.
    pub index: usize,
    pub action: Action,
    /// The workflow runs the step triggered, in file-name order.
    pub runs: Vec<RunReport>,
    /// Workflows that could not run because they are invalid.
    pub invalid: Vec<InvalidWorkflow>,
    /// What each environment served after the step (Docker exercises).
    pub environments: Vec<EnvironmentObservation>,
    /// Tags the step pushed to the registry, or moved to another digest.
    pub pushed: Vec<RegistryTag>,
    /// How long the step's workflow runs took, in milliseconds (from the
    /// push or dispatch until the last run finished).
    pub duration_ms: u64,
}

impl StepRecord {
    /// A step that has just started: nothing observed yet.
    fn new(index: usize, action: Action) -> StepRecord {
        StepRecord {
            index,
            action,
            runs: Vec::new(),
            invalid: Vec::new(),
            environments: Vec::new(),
            pushed: Vec::new(),
            duration_ms: 0,
        }
    }
}

/// A workflow with structural errors; nothing of it ran.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct InvalidWorkflow {
    pub file: String,
    pub diagnostics: Vec<Diagnostic>,
}

/// A scenario action, as it was played.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum Action {
    Push {
        version: String,
        name: String,
        sha: String,
    },
    Dispatch {
        workflow: String,
        inputs: BTreeMap<String, String>,
        sha: String,
    },
}

/// Everything a scenario did.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct ScenarioRecord {
    pub steps: Vec<StepRecord>,
    /// Commit name → sha, for normalisation.
    pub shas: Vec<(String, String)>,
    /// The registry's tags at the end (Docker exercises).
    pub registry: Vec<RegistryTag>,
    /// `host:port` of the run's registry, for normalisation.
    pub registry_host: Option<String>,
    /// Tags pushed during the run, in order, as `repository:tag@digest`
    /// (devpath's own registry only).
    pub pushes: Vec<String>,
    /// Each environment at the end.
    pub environments: Vec<EnvironmentObservation>,
    /// Where secrets leaked.
    pub leaks: Vec<Leak>,
    /// The exercise's time limit, when the scenario ran out of it.
    pub timed_out: Option<u64>,
    /// Secret values, for masking and leak checks (never serialised).
    #[serde(skip)]
    pub secrets: Vec<String>,
}

/// What happens while a scenario plays.
#[derive(Debug, Clone)]
pub(crate) enum ScenarioEvent<'a> {
    StepStarted { index: usize, action: &'a Action },
    Invalid { workflow: &'a InvalidWorkflow },
    Warning { diagnostic: &'a Diagnostic },
    Run(RunEvent),
    RunFinished { report: &'a RunReport },
}

/// Errors that stop a scenario (devpath or the machine broke).
#[derive(Debug, thiserror::Error)]
pub(crate) enum ScenarioError {
    #[error("cannot create the run's temporary folder: {0}")]
    TempDir(std::io::Error),
    #[error("cannot read your file {path}: {source}")]
    ReadLearner {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write the commit file {path}: {source}")]
    WriteCommit {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Workflow(#[from] workflow::WorkflowError),
    #[error(transparent)]
    Engine(Box<engine::EngineError>),
    #[error(transparent)]
    Registry(Box<registry::RegistryError>),
    #[error(
        "the lessons' base image devpath/base:1 is missing: build it with `devpath setup` (offline, from a static busybox)"
    )]
    NoBaseImage,
    #[error(
        "the docker command-line tool is not on PATH: install it (Debian/Ubuntu: `sudo apt-get install docker.io`)"
    )]
    NoDockerCli,
    #[error("cannot find a free port on 127.0.0.1: {0}")]
    Port(std::io::Error),
    #[error("cannot scan an image for leaked secrets: {source}")]
    Scan { source: std::io::Error },
    #[error("interrupted: the run was stopped and everything it created was removed")]
    Interrupted,
    #[error("the exercise is broken: {message}")]
    Course { message: String },
}

/// How a scenario is played.
#[derive(Debug, Clone, Default)]
pub(crate) struct PlayOptions {
    /// An external registry (`--registry URL`) instead of devpath's own.
    pub registry: Option<String>,
    /// Cancels the run from another thread (Ctrl-C).
    pub cancel: workflow::CancelHandle,
}

/// The learner's files of an exercise: what a commit is made of, besides
/// the sample app.
pub(crate) type LearnerFiles = BTreeMap<String, CourseFile>;

/// Reads an exercise folder of the workspace into memory.
pub(crate) fn read_learner_dir(dir: &Path) -> Result<LearnerFiles, ScenarioError> {
    let mut out = BTreeMap::new();
    read_into(dir, dir, &mut out)?;
    Ok(out)
}

fn read_into(root: &Path, dir: &Path, out: &mut LearnerFiles) -> Result<(), ScenarioError> {
    let err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ScenarioError::ReadLearner { path, source }
    };
    for entry in std::fs::read_dir(dir).map_err(err(dir))? {
        let entry = entry.map_err(err(dir))?;
        let path = entry.path();
        let kind = entry.file_type().map_err(err(&path))?;
        let name = entry.file_name();
        if kind.is_dir() {
            if name == ".git" || name == "dist" || name == course::workspace::DOT_DIR {
                continue;
            }
            read_into(root, &path, out)?;
        } else if kind.is_file() {
            let meta = entry.metadata().map_err(err(&path))?;
            if meta.len() > MAX_FILE_BYTES {
                continue;
            }
            let bytes = std::fs::read(&path).map_err(err(&path))?;
            #[cfg(unix)]
            let executable = {
                use std::os::unix::fs::PermissionsExt;
                meta.permissions().mode() & 0o111 != 0
            };
            #[cfg(not(unix))]
            let executable = false;
            let rel = path
                .strip_prefix(root)
                .map_err(|_| ScenarioError::ReadLearner {
                    path: path.clone(),
                    source: std::io::Error::other("outside the exercise folder"),
                })?;
            out.insert(
                rel.to_string_lossy().replace('\\', "/"),
                CourseFile { bytes, executable },
            );
        }
    }
    Ok(())
}

/// Plays the scenario of `exercise` with the learner's files.
pub(crate) fn play(
    course: &Course,
    exercise: &Exercise,
    learner: &LearnerFiles,
    options: &PlayOptions,
    on_event: &(dyn Fn(ScenarioEvent<'_>) + Sync),
) -> Result<ScenarioRecord, ScenarioError> {
    let run = RunDir::new()?;
    // The scenario's own cancel handle: Ctrl-C (options.cancel) and the
    // exercise's time limit both cancel it.
    let cancel = workflow::CancelHandle::new();
    let _watchdog = Watchdog::start(
        options.cancel.clone(),
        cancel.clone(),
        std::time::Duration::from_secs(exercise.info.timeout_seconds),
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
    // One set of `concurrency:` groups for the whole scenario, as on GitHub
    // where groups span the repository's runs.
    let concurrency = workflow::ConcurrencyGroups::default();
    let mut registry_before: Vec<RegistryTag> = Vec::new();
    let mut record = ScenarioRecord {
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
    let mut pushes = 0;
    let mut run_number = 0;
    let mut head: Option<(PathBuf, String)> = None;
    for (i, step) in exercise.info.scenario.iter().enumerate() {
        let index = i + 1;
        let (commit_dir, sha, event, only) = if let Some(version) = &step.push {
            pushes += 1;
            let name = step.name.clone().unwrap_or_else(|| format!("v{pushes}"));
            let commit_dir = run.path.join(format!("commit-{index}"));
            let app = course.app_version(version).unwrap_or_default();
            let sha = write_commit(&commit_dir, learner, &app, &exercise.info.editable, index)?;
            record.shas.push((name.clone(), sha.clone()));
            let action = Action::Push {
                version: version.clone(),
                name,
                sha: sha.clone(),
            };
            on_event(ScenarioEvent::StepStarted {
                index,
                action: &action,
            });
            record.steps.push(StepRecord::new(index, action));
            head = Some((commit_dir.clone(), sha.clone()));
            (
                commit_dir,
                sha,
                Event::Push {
                    git_ref: "refs/heads/main".into(),
                },
                None,
            )
        } else {
            let workflow = step.dispatch.clone().unwrap_or_default();
            let inputs: BTreeMap<String, String> = step
                .inputs
                .iter()
                .map(|(k, v)| (k.clone(), resolve_placeholders(v, &record.shas)))
                .collect();
            let (commit_dir, sha) = match &head {
                Some(head) => head.clone(),
                None => {
                    let commit_dir = run.path.join(format!("commit-{index}"));
                    let app = course.app_version("good").unwrap_or_default();
                    let sha =
                        write_commit(&commit_dir, learner, &app, &exercise.info.editable, index)?;
                    (commit_dir, sha)
                }
            };
            let action = Action::Dispatch {
                workflow: workflow.clone(),
                inputs: inputs.clone(),
                sha: sha.clone(),
            };
            on_event(ScenarioEvent::StepStarted {
                index,
                action: &action,
            });
            record.steps.push(StepRecord::new(index, action));
            (
                commit_dir,
                sha,
                Event::WorkflowDispatch { inputs },
                Some(workflow),
            )
        };
        let started = std::time::Instant::now();
        let workflows = list_workflows(&commit_dir);
        if let Some(only) = &only
            && !workflows.iter().any(|w| w == only)
        {
            // The learner deleted or renamed a workflow the scenario
            // dispatches: a verdict, not an error.
            let file = format!("{WORKFLOWS_DIR}/{only}");
            let message = format!(
                "this workflow does not exist, but the exercise dispatches it (step {index}): create it, or put the exercise's files back with `devpath reset`"
            );
            let diagnostic = Diagnostic {
                file: file.clone(),
                line: 1,
                col: 1,
                severity: workflow::Severity::Error,
                message,
            };
            let invalid = InvalidWorkflow {
                file,
                diagnostics: vec![diagnostic],
            };
            on_event(ScenarioEvent::Invalid { workflow: &invalid });
            record
                .steps
                .last_mut()
                .expect("pushed above")
                .invalid
                .push(invalid);
        }
        for file_name in workflows {
            if only.as_ref().is_some_and(|o| o != &file_name) {
                continue;
            }
            let display = format!("{WORKFLOWS_DIR}/{file_name}");
            let path = commit_dir.join(WORKFLOWS_DIR).join(&file_name);
            let source =
                std::fs::read_to_string(&path).map_err(|source| workflow::WorkflowError::Read {
                    path: path.clone(),
                    source,
                })?;
            let step_record = record.steps.last_mut().expect("pushed above");
            let parsed = match workflow::parse_workflow(&display, &source) {
                Ok(parsed) => parsed,
                Err(workflow::WorkflowError::Invalid { file, diagnostics }) => {
                    let invalid = InvalidWorkflow { file, diagnostics };
                    on_event(ScenarioEvent::Invalid { workflow: &invalid });
                    step_record.invalid.push(invalid);
                    continue;
                }
                Err(other) => return Err(other.into()),
            };
            for diagnostic in &parsed.warnings {
                on_event(ScenarioEvent::Warning { diagnostic });
            }
            if !parsed.workflow.is_triggered_by(&event) {
                continue;
            }
            run_number += 1;
            let work_root = run.path.join(format!("run-{run_number}"));
            let request = RunRequest {
                event: event.clone(),
                event_payload: None,
                sha: sha.clone(),
                checkout_from: commit_dir.clone(),
                work_root,
                secrets: exercise.info.secrets.clone(),
                vars: vars.clone(),
                env: env.clone(),
                run_id: run_id(),
                run_number,
                actor: "learner".into(),
                repository: "my-org/my-app".into(),
                environments: rules.clone(),
                approver: Some(std::sync::Arc::new(ScenarioApprover {
                    approve: step.approve.clone(),
                    reject: step.reject.clone(),
                    rules: rules.clone(),
                })),
                concurrency: concurrency.clone(),
            };
            let result =
                workflow::execute_cancellable(&parsed.workflow, &request, &cancel, &|event| {
                    on_event(ScenarioEvent::Run(event))
                });
            let report = match result {
                Ok(report) => report,
                // Inputs the workflow does not declare are the learner's
                // mistake: a verdict, not an error.
                Err(workflow::WorkflowError::Inputs { file, problems }) => {
                    let diagnostics = problems
                        .into_iter()
                        .map(|message| Diagnostic {
                            file: file.clone(),
                            line: 1,
                            col: 1,
                            severity: workflow::Severity::Error,
                            message,
                        })
                        .collect();
                    let invalid = InvalidWorkflow { file, diagnostics };
                    on_event(ScenarioEvent::Invalid { workflow: &invalid });
                    step_record.invalid.push(invalid);
                    continue;
                }
                Err(other) => return Err(other.into()),
            };
            if options.cancel.is_cancelled() {
                return Err(ScenarioError::Interrupted);
            }
            if cancel.is_cancelled() {
                record.timed_out = Some(exercise.info.timeout_seconds);
            }
            on_event(ScenarioEvent::RunFinished { report: &report });
            step_record.runs.push(report);
        }
        record.steps.last_mut().expect("pushed above").duration_ms =
            started.elapsed().as_millis() as u64;
        if let Some(docker) = &docker {
            let observed = observe::environments(docker)?;
            let now = observe::registry(docker)?;
            let step_record = record.steps.last_mut().expect("pushed above");
            step_record.environments = observed;
            step_record.pushed = now
                .iter()
                .filter(|tag| !registry_before.contains(tag))
                .cloned()
                .collect();
            registry_before = now;
        }
        if record.timed_out.is_some() {
            break;
        }
    }
    if let Some(docker) = &docker {
        // The last step's observation is the state at the end: nothing runs
        // after it.
        record.registry = std::mem::take(&mut registry_before);
        record.environments = record
            .steps
            .last()
            .map(|s| s.environments.clone())
            .unwrap_or_default();
        record.pushes = docker
            .push_events()
            .into_iter()
            .filter_map(|e| {
                e.tag
                    .map(|tag| format!("{}:{tag}@{}", e.repository, e.digest))
            })
            .collect();
    }
    let printed: Vec<String> = record
        .steps
        .iter()
        .flat_map(|step| {
            step.runs
                .iter()
                .flat_map(|run| run.printed_secrets.iter().cloned())
        })
        .collect();
    let mut secrets = exercise.info.secrets.clone();
    for env in &exercise.info.environments {
        secrets.extend(env.secrets.clone());
    }
    record.leaks = observe::leaks(docker.as_ref(), learner, &secrets, &printed)?;
    Ok(record)
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
    approve: Vec<String>,
    reject: Vec<String>,
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
        let named = |list: &[String]| {
            list.iter()
                .any(|e| e.eq_ignore_ascii_case(&request.environment))
        };
        if named(&self.approve) {
            workflow::ApprovalDecision {
                approved: true,
                reviewer,
                comment: "looks good".to_string(),
            }
        } else if named(&self.reject) {
            workflow::ApprovalDecision {
                approved: false,
                reviewer,
                comment: "not this one".to_string(),
            }
        } else {
            workflow::ApprovalDecision {
                approved: false,
                reviewer,
                comment: "the scenario did not approve this deployment".to_string(),
            }
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

/// The workflow files of a commit, sorted.
fn list_workflows(commit_dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(commit_dir.join(WORKFLOWS_DIR)) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|n| n.ends_with(".yml") || n.ends_with(".yaml"))
        .collect();
    names.sort();
    names
}

/// Writes a commit: the learner's files with the app version laid over
/// them (the learner's editable files always win). Returns its sha: a hash
/// of the tree and the step, 40 hex digits like a git commit id.
fn write_commit(
    dir: &Path,
    learner: &LearnerFiles,
    app: &BTreeMap<String, CourseFile>,
    editable: &[String],
    index: usize,
) -> Result<String, ScenarioError> {
    let mut tree: BTreeMap<&str, &CourseFile> =
        learner.iter().map(|(k, v)| (k.as_str(), v)).collect();
    for (path, file) in app {
        if !editable.iter().any(|e| e == path) {
            tree.insert(path, file);
        }
    }
    let mut hasher = Sha256::new();
    hasher.update(format!("devpath commit {index}\n"));
    for (path, file) in &tree {
        if files::check_relative(path).is_err() {
            continue;
        }
        hasher.update(path.as_bytes());
        hasher.update([0]);
        hasher.update(&file.bytes);
        let target = dir.join(path);
        files::write_file(&target, file).map_err(|source| ScenarioError::WriteCommit {
            path: target,
            source,
        })?;
    }
    std::fs::create_dir_all(dir).map_err(|source| ScenarioError::WriteCommit {
        path: dir.to_path_buf(),
        source,
    })?;
    Ok(hex::encode(hasher.finalize())[..40].to_string())
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

/// Cancels a scenario when the user interrupts it or its time runs out.
struct Watchdog {
    done: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Watchdog {
    fn start(
        interrupt: workflow::CancelHandle,
        cancel: workflow::CancelHandle,
        limit: std::time::Duration,
    ) -> Watchdog {
        let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = done.clone();
        let deadline = std::time::Instant::now() + limit;
        std::thread::spawn(move || {
            while !flag.load(Ordering::SeqCst) {
                if interrupt.is_cancelled() || std::time::Instant::now() >= deadline {
                    cancel.cancel();
                    return;
                }
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
        });
        Watchdog { done }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.done.store(true, Ordering::SeqCst);
    }
}

/// The run's private temporary folder, removed on drop.
struct RunDir {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl RunDir {
    fn new() -> Result<RunDir, ScenarioError> {
        let dir = tempfile::Builder::new()
            .prefix("devpath-run-")
            .tempdir()
            .map_err(ScenarioError::TempDir)?;
        let path = dir.path().to_path_buf();
        Ok(RunDir { _dir: dir, path })
    }
}
