//! `runs.using: node*` actions: `node` runs `runs.main` with the inputs as
//! `INPUT_*`, and `runs.post` at the end of the job (its `post-if`,
//! default `always()`), seeing what `main` saved in `$GITHUB_STATE` as
//! `STATE_*`. devpath does not bring Node.js: without `node` on `PATH`
//! the step fails and says so.
//!
//! In a job with a `container:`, the scripts run inside it (`docker
//! exec`), as the runner runs them (`NodeScriptActionHandler`,
//! `ContainerStepHost`): they see the container's files and its network
//! (the services by their label). The runner mounts its own Node.js
//! there; devpath mounts the host's (`services.rs`), and says so.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::{Map, Value, json};

use super::super::context::{job_status, obj};
use super::super::job::{JobRun, StepRun};
use super::local::Found;
use super::process::{Process, input_variables};
use crate::eval::{self, Status};
use crate::parse::{ActionMeta, Runs};
use crate::{JobResult, RunEvent, StepReport};

/// An action's `post` script, run when the job's steps are done.
pub(crate) struct PostStep {
    /// `Post <step name>`.
    name: String,
    node: Node,
    /// `runs.using`.
    using: String,
    script: PathBuf,
    /// `post-if`.
    cond: String,
    env: BTreeMap<String, String>,
    extra: Vec<(String, String)>,
}

/// The `node` that runs an action's scripts.
#[derive(Clone)]
enum Node {
    /// The host's, on the step's `PATH`.
    Host(PathBuf),
    /// The host's mounted into the job container: the command that runs
    /// it there.
    Container(Vec<String>),
}

impl Node {
    /// The process running `script` with it.
    fn process<'p>(
        &self,
        script: PathBuf,
        cwd: PathBuf,
        env: &'p BTreeMap<String, String>,
        extra: Vec<(String, String)>,
        number: usize,
    ) -> (Process<'p>, bool) {
        let script = script.to_string_lossy().into_owned();
        let (program, args, in_container) = match self {
            Node::Host(node) => (node.clone(), vec![script], false),
            Node::Container(argv) => {
                let mut args = argv[1..].to_vec();
                args.push(script);
                (PathBuf::from(&argv[0]), args, true)
            }
        };
        let process = Process {
            program,
            args,
            cwd,
            env,
            extra,
            number,
        };
        (process, in_container)
    }
}

impl JobRun<'_, '_> {
    /// The `node` for a step with `env`: in a container job the one
    /// mounted there (`Err` why when it could not be), else the host's;
    /// `Ok(None)` when the host has none.
    fn node(&self, env: &BTreeMap<String, String>) -> Result<Option<Node>, String> {
        if self.services.job_container().is_none() {
            let path = self.step_path(env);
            return Ok(super::super::script::resolve("node", &path).map(Node::Host));
        }
        match self.services.container_node() {
            None => Ok(None),
            Some(Ok(node)) => Ok(Some(Node::Container(node.argv.clone()))),
            Some(Err(why)) => Err(i18n::t!(
                "workflow-ctr-node-not-mounted",
                image = self.services.container_image(),
                error = why.as_str()
            )),
        }
    }

    /// Says once in step `number`'s log that a node action runs in the
    /// job container with the host's node, not the runner's own.
    fn note_container_node(&self, node: &Node, number: usize, using: &str) {
        let (Node::Container(_), Some(Ok(mounted))) = (node, self.services.container_node()) else {
            return;
        };
        self.run.log(
            &self.job.id,
            number,
            &i18n::t!(
                "workflow-ctr-node-host",
                version = mounted.version.as_str(),
                using = using
            ),
        );
    }

    #[allow(clippy::too_many_arguments, reason = "one step's whole state")]
    pub(super) fn run_node(
        &mut self,
        uses: &str,
        meta: &ActionMeta,
        found: &Found,
        inputs: &BTreeMap<String, String>,
        number: usize,
        env: &BTreeMap<String, String>,
        at: &str,
    ) -> Result<StepRun, String> {
        let Runs::Node {
            using,
            main,
            post,
            post_if,
            ..
        } = &meta.runs
        else {
            return Err(format!(
                "{at}: {}",
                i18n::t!("workflow-not-node-action", uses = uses)
            ));
        };
        let Some(node) = self.node(env).map_err(|why| format!("{at}: {why}"))? else {
            return Err(format!(
                "{at}: {}",
                i18n::t!(
                    "workflow-node-action-no-node",
                    uses = uses,
                    using = using.as_str()
                )
            ));
        };
        let mut extra = input_variables(inputs);
        extra.push((
            "GITHUB_ACTION_PATH".into(),
            found.dir.to_string_lossy().into_owned(),
        ));
        // What `pre` saved, for a step of the job itself.
        let mut state = Vec::new();
        if !self.nested()
            && let Some(saved) = self.pre_state.remove(&(number - 1))
        {
            state = saved;
        }
        extra.extend(state.iter().map(|(k, v)| (format!("STATE_{k}"), v.clone())));
        self.note_container_node(&node, number, using.as_str());
        let (process, in_container) = node.process(
            found.dir.join(main),
            self.workspace.clone(),
            env,
            extra.clone(),
            number,
        );
        let ended = self.run_process_where(process, in_container, |_, _| {})?;
        if let Some(post) = post {
            extra.extend(
                ended
                    .state
                    .iter()
                    .map(|(k, v)| (format!("STATE_{k}"), v.clone())),
            );
            self.posts.push(PostStep {
                name: format!("Post Run {uses}"),
                node,
                using: using.as_str().to_string(),
                script: found.dir.join(post),
                cond: post_if.clone().unwrap_or_else(|| "always()".into()),
                env: env.clone(),
                extra,
            });
        }
        Ok(ended.step)
    }

    /// Runs the `pre` scripts of the job's node actions from the action
    /// folder, before its first step (the runner's "Set up job"; it skips
    /// `pre` for local actions, which are not there before a checkout).
    /// Their `$GITHUB_STATE` goes to the step's main and post; a failed
    /// `pre` fails the job.
    pub(in crate::run) fn run_pres(&mut self, contexts: &Map<String, Value>) {
        let job = self.job;
        for (index, step) in job.steps.iter().enumerate() {
            let crate::model::Action::Uses(uses) = &step.action else {
                continue;
            };
            if uses.uses.starts_with("./")
                || uses.uses.starts_with("$/")
                || uses.uses.starts_with("docker://")
                || super::is_builtin(&uses.uses)
            {
                continue;
            }
            let Ok(found) = self.locate(&uses.uses) else {
                continue;
            };
            let Ok(meta) = super::local::load(&found) else {
                continue;
            };
            let Runs::Node {
                pre: Some(pre),
                pre_if,
                ..
            } = &meta.runs
            else {
                continue;
            };
            let status = Status {
                success: !self.failed,
                failure: self.failed,
                cancelled: false,
            };
            let cond = pre_if.as_deref().unwrap_or("always()");
            if !eval::condition(cond, contexts, status).unwrap_or(false) {
                continue;
            }
            let env = self.env_context();
            let node = match self.node(&env) {
                Ok(Some(node)) => node,
                // The step's main says why.
                Ok(None) | Err(_) => continue,
            };
            let mut given = BTreeMap::new();
            for (key, text) in &uses.with {
                if let Ok(value) = eval::render(&text.value, contexts, Status::SUCCESS) {
                    given.insert(key.to_lowercase(), value);
                }
            }
            let mut inputs: BTreeMap<String, String> = given.clone();
            for input in &meta.inputs {
                let value = given
                    .get(&input.name.to_lowercase())
                    .cloned()
                    .or_else(|| {
                        input
                            .default
                            .as_ref()
                            .and_then(|d| eval::render(&d.value, contexts, Status::SUCCESS).ok())
                    })
                    .unwrap_or_default();
                inputs.remove(&input.name.to_lowercase());
                inputs.insert(input.name.clone(), value);
            }
            let mut extra = input_variables(&inputs);
            extra.push((
                "GITHUB_ACTION_PATH".into(),
                found.dir.to_string_lossy().into_owned(),
            ));
            self.run.log(&job.id, 0, &format!("Pre Run {}", uses.uses));
            if let Runs::Node { using, .. } = &meta.runs {
                self.note_container_node(&node, 0, using.as_str());
            }
            let (process, in_container) =
                node.process(found.dir.join(pre), self.workspace.clone(), &env, extra, 0);
            match self.run_process_where(process, in_container, |_, _| {}) {
                Ok(ended) => {
                    if ended.step.outcome != JobResult::Success {
                        self.failed = true;
                    }
                    self.pre_state.insert(index, ended.state);
                }
                Err(message) => {
                    self.run.log(&job.id, 0, &message);
                    self.failed = true;
                }
            }
        }
    }

    /// Runs the `post` scripts of the actions that ran, last first, as
    /// steps after the job's own.
    pub(in crate::run) fn run_posts(&mut self, contexts: &mut Map<String, Value>) {
        let posts = std::mem::take(&mut self.posts);
        let first = self.job.steps.len() + 1;
        for (i, post) in posts.into_iter().rev().enumerate() {
            let number = first + i;
            let cancelled = self.cancelled_while_running();
            let status = Status {
                success: !self.failed && !cancelled,
                failure: self.failed,
                cancelled,
            };
            contexts.insert(
                "job".into(),
                json!({ "status": job_status(self.failed, cancelled) }),
            );
            contexts.insert("env".into(), obj(&self.env_context()));
            let run = self.run;
            let name = run.mask(&post.name);
            run.emit(RunEvent::StepStarted {
                job: self.job.id.clone(),
                step: number,
                name: name.clone(),
            });
            let outcome = match eval::condition(&post.cond, contexts, status) {
                Ok(false) => JobResult::Skipped,
                Err(e) => {
                    run.log(
                        &self.job.id,
                        number,
                        &crate::cannot_evaluate(
                            &i18n::t!("workflow-eval-post-if", cond = post.cond.as_str()),
                            &e.message,
                        ),
                    );
                    JobResult::Failure
                }
                Ok(true) => {
                    self.note_container_node(&post.node, number, &post.using);
                    let (process, in_container) = post.node.process(
                        post.script.clone(),
                        self.workspace.clone(),
                        &post.env,
                        post.extra.clone(),
                        number,
                    );
                    match self.run_process_where(process, in_container, |_, _| {}) {
                        Ok(ended) => ended.step.outcome,
                        Err(message) => {
                            run.log(&self.job.id, number, &message);
                            JobResult::Failure
                        }
                    }
                }
            };
            if outcome == JobResult::Failure {
                self.failed = true;
            }
            run.emit(RunEvent::StepFinished {
                job: self.job.id.clone(),
                step: number,
                outcome,
                conclusion: outcome,
            });
            self.reports.push(StepReport {
                name,
                outcome,
                conclusion: outcome,
            });
        }
    }
}
