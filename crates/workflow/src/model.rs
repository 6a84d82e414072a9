//! The checked workflow model: what `parse` produces and `run` executes.
//!
//! Texts that may hold `${{ }}` expressions are kept as [`Text`] (their
//! source and position) and evaluated when the job or step runs, with the
//! contexts of that moment.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value};

use super::filter::Patterns;
use super::yaml::Pos;
use super::{Event, WorkflowError};

/// A value from the file that may contain `${{ }}` expressions.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Text {
    /// The text as written (after YAML escapes).
    pub value: String,
    /// Where it starts in the file.
    pub pos: Pos,
}

/// `name: value` pairs in file order (`env:`, `outputs:`). An entry with
/// an empty name is an `env:` given as one expression
/// (`env: ${{ fromJSON(...) }}`), whose value must be a mapping: names
/// cannot be empty, so it cannot be mistaken for a variable.
pub(crate) type Pairs = Vec<(String, Text)>;

/// A parsed, validated workflow.
#[derive(Debug, Clone)]
pub struct Workflow {
    /// The file as shown to the user.
    pub(crate) file: String,
    pub(crate) name: Option<String>,
    /// `run-name:`, evaluated when the run starts.
    pub(crate) run_name: Option<Text>,
    pub(crate) triggers: Triggers,
    pub(crate) env: Pairs,
    pub(crate) defaults: RunDefaults,
    /// The workflow-level `concurrency:`.
    pub(crate) concurrency: Option<Concurrency>,
    /// In file order.
    pub(crate) jobs: Vec<Job>,
}

/// `on:`: every event listed, with its filters.
#[derive(Debug, Clone, Default)]
pub(crate) struct Triggers {
    /// Where the `on` key is written.
    pub pos: Pos,
    /// Each event of `on:`, in file order (those devpath never triggers
    /// too, for `--list`).
    pub events: Vec<On>,
    pub dispatch: Option<Vec<DispatchInput>>,
    /// `on.schedule`'s crons, with where each is written.
    pub schedules: Vec<(String, Pos)>,
    /// `on.workflow_call`: the workflow can be called by another's job.
    pub call: Option<crate::parse::WorkflowCall>,
}

/// One event of `on:` and its filters (`None`: no filter of that kind).
#[derive(Debug, Clone, Default)]
pub(crate) struct On {
    pub event: String,
    /// Where the event's name is written.
    pub pos: Pos,
    pub branches: Option<Filter>,
    pub branches_ignore: Option<Filter>,
    pub tags: Option<Filter>,
    pub tags_ignore: Option<Filter>,
    pub paths: Option<Filter>,
    pub paths_ignore: Option<Filter>,
    /// `types:`, and where its value starts.
    pub types: Option<(Vec<String>, Pos)>,
}

/// A `branches`/`tags`/`paths` filter (or an `-ignore` one) of an event.
#[derive(Debug, Clone)]
pub(crate) struct Filter {
    /// How messages name it: `on.push.branches`.
    pub what: String,
    /// Where its value starts.
    pub pos: Pos,
    pub patterns: Patterns,
}

/// One `on.workflow_dispatch.inputs` entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DispatchInput {
    /// The input's name (`inputs.<name>`).
    pub name: String,
    /// `description:`, shown when asking for the input.
    pub description: Option<String>,
    /// `required: true`: the dispatch must give it (or it has a default).
    pub required: bool,
    /// The default, as text (`true`/`false` for booleans).
    pub default: Option<String>,
    pub kind: InputKind,
}

/// The `type:` of a dispatch input.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", content = "options", rename_all = "lowercase")]
pub enum InputKind {
    /// Any text (the default).
    String,
    /// `true` or `false`; a boolean in `inputs`, text in `github.event.inputs`.
    Boolean,
    /// A number.
    Number,
    /// A choice among these options.
    Choice(Vec<String>),
    /// The name of an environment (text).
    Environment,
}

/// `defaults.run` (workflow or job level).
#[derive(Debug, Clone, Default)]
pub(crate) struct RunDefaults {
    pub shell: Option<String>,
    pub working_directory: Option<Text>,
}

/// A job.
#[derive(Debug, Clone)]
pub(crate) struct Job {
    pub id: String,
    pub pos: Pos,
    pub name: Option<Text>,
    pub needs: Vec<String>,
    /// Where each of `needs` is written.
    pub needs_pos: Vec<Pos>,
    pub cond: Option<Text>,
    pub env: Pairs,
    pub outputs: Pairs,
    pub defaults: RunDefaults,
    pub timeout_minutes: Option<f64>,
    /// `timeout-minutes` given as an expression, evaluated when the job
    /// starts (then `timeout_minutes` is None).
    pub timeout_expr: Option<Text>,
    /// The job-level `continue-on-error`: a failure of this job (or of one
    /// of its matrix combinations) does not fail the run, and `needs`
    /// sees `success`.
    pub continue_on_error: Flag,
    /// `strategy:`, expanded when the job is about to start.
    pub strategy: Option<Strategy>,
    /// `environment:`, evaluated when the job is about to start.
    pub environment: Option<EnvironmentSpec>,
    /// The job-level `concurrency:`.
    pub concurrency: Option<Concurrency>,
    pub steps: Vec<Step>,
    /// `uses:` of a job that calls a reusable workflow (`run::reusable`).
    pub calls: Option<Text>,
    /// Set on the copy of a job made for one matrix combination.
    pub combination: Option<CombinationOf>,
    /// The call's `with:`.
    pub call_with: Vec<CallArg>,
    /// The call's `secrets:`.
    pub call_secrets: CallSecrets,
    /// `services:`, started before the steps (`run::services`).
    pub services: ServicesSpec,
    /// `container:`: the job's `run:` steps run in it (`run::services`).
    pub container: Option<ContainerSpec>,
    /// `runs-on`'s labels (each may be an expression).
    pub runs_on: Vec<Text>,
}

/// `jobs.<id>.services` as written.
#[derive(Debug, Clone)]
pub(crate) enum ServicesSpec {
    /// Service containers by label.
    Map(Vec<(String, ContainerSpec)>),
    /// One expression giving them all (`${{ fromJSON(…) }}`), evaluated
    /// when the job starts.
    Expr(Text),
}

impl Default for ServicesSpec {
    fn default() -> Self {
        ServicesSpec::Map(Vec::new())
    }
}

impl ServicesSpec {
    pub(crate) fn is_empty(&self) -> bool {
        matches!(self, ServicesSpec::Map(services) if services.is_empty())
    }
}

/// A service container (`jobs.<id>.services.<label>`) or a job's
/// `container:`; its texts may hold expressions.
#[derive(Debug, Clone)]
pub(crate) struct ContainerSpec {
    /// The image (`image:`, or the whole value when `shorthand`).
    pub image: Text,
    /// Written as one string: the image, or, when it is one whole `${{ }}`,
    /// whatever that gives when the job starts (a mapping too).
    pub shorthand: bool,
    pub env: Pairs,
    pub ports: Vec<Text>,
    pub volumes: Vec<Text>,
    pub options: Option<Text>,
    /// A service's `entrypoint` and `command` (GitHub's newer keys).
    pub entrypoint: Option<Text>,
    pub command: Option<Text>,
    pub username: Option<Text>,
    pub password: Option<Text>,
    /// `env`, `ports`, `volumes` or `credentials` given by one expression
    /// (`ports: ${{ matrix.ports }}`), evaluated when the job starts.
    pub given: Vec<(String, Text)>,
}

impl ContainerSpec {
    /// The keys a service's mapping may have; a job's `container:` takes
    /// no `entrypoint` or `command` (GitHub's `container-mapping` against
    /// `service-container-mapping`).
    pub(crate) fn keys(service: bool) -> &'static [&'static str] {
        const KEYS: &[&str] = &[
            "image",
            "credentials",
            "env",
            "ports",
            "volumes",
            "options",
            "entrypoint",
            "command",
        ];
        if service { KEYS } else { &KEYS[..6] }
    }

    pub(crate) fn of(image: Text) -> Self {
        ContainerSpec {
            image,
            shorthand: false,
            env: Vec::new(),
            ports: Vec::new(),
            volumes: Vec::new(),
            options: None,
            entrypoint: None,
            command: None,
            username: None,
            password: None,
            given: Vec::new(),
        }
    }
}

/// `strategy:` of a job.
#[derive(Debug, Clone)]
pub(crate) struct Strategy {
    pub matrix: MatrixValue,
    /// `fail-fast` (default true).
    pub fail_fast: Flag,
    /// `max-parallel`: a number (at least 1) or an expression.
    pub max_parallel: Option<MaxParallel>,
}

/// `strategy.max-parallel`.
#[derive(Debug, Clone)]
pub(crate) enum MaxParallel {
    Fixed(u64),
    Expr(Text),
}

/// A matrix as written: literal values, and expressions evaluated when the
/// job is about to start (`${{ fromJSON(needs.setup.outputs.m) }}`, for
/// the whole matrix or any part of it). Mappings keep the file's order,
/// which is the order of the combinations.
#[derive(Debug, Clone)]
pub(crate) enum MatrixValue {
    Lit(Value),
    Expr(Text),
    Seq(Vec<MatrixValue>),
    Map(Vec<(String, MatrixValue)>),
}

/// What a job's copy for one matrix combination knows about it. Its `id`
/// names the combination (`build (ubuntu, 18)`) in events and reports.
#[derive(Debug, Clone)]
pub(crate) struct CombinationOf {
    /// The job's own id (`github.job`, `$GITHUB_JOB`).
    pub job_id: String,
    /// The `matrix` context.
    pub matrix: Value,
    /// The `strategy` context.
    pub strategy: Value,
    /// A name for the job's folder, without spaces, that no job id can take
    /// (job ids have no `.`): `build.2`.
    pub dir: String,
}

impl Job {
    /// `github.job`: the id of the job in the file.
    pub(crate) fn github_job(&self) -> &str {
        self.combination
            .as_ref()
            .map_or(self.id.as_str(), |c| c.job_id.as_str())
    }
}

/// One `with:` value of a job calling a reusable workflow.
#[derive(Debug, Clone)]
pub(crate) struct CallArg {
    pub name: String,
    pub text: Text,
    /// Its type when written as a literal (None: an expression, typed
    /// when it is evaluated).
    pub literal: Option<crate::parse::CallType>,
}

/// The `secrets:` of a job calling a reusable workflow.
#[derive(Debug, Clone)]
pub(crate) enum CallSecrets {
    /// `secrets: inherit`: every secret the caller sees.
    Inherit,
    /// Named secrets (none when there is no `secrets:`).
    Pass(Pairs),
}

/// A job's `environment:` (`name` and optional `url`, both may hold
/// expressions).
#[derive(Debug, Clone)]
pub(crate) struct EnvironmentSpec {
    pub name: Text,
    /// Evaluated when the job ends (it may read `steps.*.outputs`).
    pub url: Option<Text>,
}

/// `concurrency:` (workflow or job level).
#[derive(Debug, Clone)]
pub(crate) struct Concurrency {
    pub group: Text,
    pub cancel_in_progress: Flag,
}

/// A step.
#[derive(Debug, Clone)]
pub(crate) struct Step {
    pub pos: Pos,
    pub id: Option<String>,
    pub name: Option<Text>,
    pub cond: Option<Text>,
    pub env: Pairs,
    pub continue_on_error: Flag,
    pub timeout_minutes: Option<f64>,
    /// `timeout-minutes` given as an expression, evaluated when the step
    /// runs (then `timeout_minutes` is None).
    pub timeout_expr: Option<Text>,
    pub action: Action,
}

/// A boolean that may be an expression (`continue-on-error`).
#[derive(Debug, Clone)]
pub(crate) enum Flag {
    Fixed(bool),
    Expr(Text),
}

/// What a step does.
#[derive(Debug, Clone)]
pub(crate) enum Action {
    /// A `run:` script.
    Run {
        script: Text,
        shell: Option<String>,
        working_directory: Option<Text>,
    },
    /// `uses:` an action. A built-in one runs in devpath (see
    /// `run::actions`); any other is valid on GitHub, so the workflow
    /// loads, and the step fails when it runs, naming the action.
    Uses(Uses),
}

/// A step's `uses:` and its `with:` inputs (evaluated when it runs).
#[derive(Debug, Clone)]
pub(crate) struct Uses {
    /// As written: `actions/checkout@v4`, `./path`, `docker://image`.
    pub uses: String,
    pub pos: Pos,
    pub with: Pairs,
}

impl Workflow {
    /// The workflow's `name:`, if any.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The file as shown to the user.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// Job ids in file order.
    pub fn job_ids(&self) -> impl Iterator<Item = &str> {
        self.jobs.iter().map(|j| j.id.as_str())
    }

    /// The jobs `id` needs, as written (empty for an unknown id).
    pub fn job_needs(&self, id: &str) -> &[String] {
        self.jobs
            .iter()
            .find(|j| j.id == id)
            .map_or(&[], |j| j.needs.as_slice())
    }

    /// Job ids in an order where every job comes after the jobs it needs,
    /// otherwise in file order (the order a reporter shows them in).
    pub fn job_order(&self) -> Vec<&str> {
        let mut placed = vec![false; self.jobs.len()];
        let mut order = Vec::with_capacity(self.jobs.len());
        while order.len() < self.jobs.len() {
            let next = self.jobs.iter().enumerate().position(|(i, job)| {
                !placed[i]
                    && job.needs.iter().all(|need| {
                        self.jobs
                            .iter()
                            .position(|j| &j.id == need)
                            .is_none_or(|d| placed[d])
                    })
            });
            // A cycle cannot happen in a parsed workflow; place the rest as is.
            let i = next.unwrap_or_else(|| placed.iter().position(|p| !p).unwrap_or(0));
            placed[i] = true;
            order.push(self.jobs[i].id.as_str());
        }
        order
    }

    /// Whether `event` starts this workflow when the changed files are
    /// not known (`paths` filters then pass); see [`Workflow::trigger`].
    pub fn is_triggered_by(&self, event: &Event) -> bool {
        self.trigger(event, None).is_ok()
    }

    /// The inputs of `workflow_dispatch` (`None` when the workflow cannot
    /// be dispatched).
    pub fn dispatch_inputs(&self) -> Option<&[DispatchInput]> {
        self.triggers.dispatch.as_deref()
    }

    /// Checks and types dispatch inputs given as text: unknown names,
    /// missing required inputs, choices not in the options, booleans and
    /// numbers that don't parse are all reported at once. Returns the
    /// `inputs` context (booleans as booleans, numbers as numbers, defaults
    /// filled in).
    pub fn resolve_inputs(
        &self,
        given: &BTreeMap<String, String>,
    ) -> Result<Map<String, Value>, WorkflowError> {
        let declared = self.triggers.dispatch.as_deref().unwrap_or_default();
        let mut problems = Vec::new();
        for name in given.keys() {
            if !declared.iter().any(|d| &d.name == name) {
                let names: Vec<&str> = declared.iter().map(|d| d.name.as_str()).collect();
                let hint = super::parse::did_you_mean(name, names.iter().copied())
                    .map(crate::did_you_mean_hint)
                    .unwrap_or_else(|| {
                        if names.is_empty() {
                            format!(" {}", i18n::t!("workflow-dispatch-no-inputs"))
                        } else {
                            format!(
                                " {}",
                                i18n::t!("workflow-dispatch-declared", list = names.join(", "))
                            )
                        }
                    });
                problems.push(i18n::t!(
                    "workflow-dispatch-unexpected",
                    name = name.as_str(),
                    hint = hint
                ));
            }
        }
        let mut inputs = Map::new();
        for input in declared {
            let text = given.get(&input.name).or(input.default.as_ref());
            let Some(text) = text else {
                if input.required {
                    problems.push(i18n::t!(
                        "workflow-dispatch-missing",
                        name = input.name.as_str()
                    ));
                } else {
                    let empty = match input.kind {
                        InputKind::Boolean => Value::Bool(false),
                        _ => Value::String(String::new()),
                    };
                    inputs.insert(input.name.clone(), empty);
                }
                continue;
            };
            let value = match &input.kind {
                InputKind::String | InputKind::Environment => Value::String(text.clone()),
                InputKind::Boolean => match text.as_str() {
                    "true" => Value::Bool(true),
                    "false" => Value::Bool(false),
                    _ => {
                        problems.push(i18n::t!(
                            "workflow-dispatch-boolean",
                            name = input.name.as_str(),
                            value = text.as_str()
                        ));
                        continue;
                    }
                },
                InputKind::Number => match text.trim().parse::<f64>() {
                    Ok(n) => serde_json::Number::from_f64(n)
                        .map(Value::Number)
                        .unwrap_or(Value::Null),
                    Err(_) => {
                        problems.push(i18n::t!(
                            "workflow-dispatch-number",
                            name = input.name.as_str(),
                            value = text.as_str()
                        ));
                        continue;
                    }
                },
                InputKind::Choice(options) => {
                    if !options.contains(text) {
                        problems.push(i18n::t!(
                            "workflow-dispatch-choice",
                            name = input.name.as_str(),
                            options = options
                                .iter()
                                .map(|o| format!("\"{o}\""))
                                .collect::<Vec<_>>()
                                .join(", "),
                            value = text.as_str()
                        ));
                        continue;
                    }
                    Value::String(text.clone())
                }
            };
            inputs.insert(input.name.clone(), value);
        }
        if problems.is_empty() {
            Ok(inputs)
        } else {
            Err(WorkflowError::Inputs {
                file: self.file.clone(),
                problems,
            })
        }
    }
}
