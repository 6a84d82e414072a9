//! From workflow text to a checked [`Workflow`]: every structural problem
//! is reported with its line and column before anything runs.
//!
//! The checker walks the [`yaml`](super::yaml) tree key by key. It collects
//! every error it can (it does not stop at the first one): unknown keys with
//! a "did you mean", wrong value types, duplicate keys and ids, steps with
//! both or neither `run`/`uses`, actions devpath cannot run offline, bad
//! expressions and contexts not available at that place, unknown jobs in
//! `needs` and dependency cycles. Keys that GitHub accepts but devpath does
//! not run yet give a warning rather than being ignored silently.
//! `strategy` checks `strategy:` and the job keys that may be expressions,
//! `permissions` checks `permissions:`.

mod permissions;
mod strategy;

use std::collections::{BTreeMap, HashMap};

mod action;
mod call;

pub(crate) use action::{ActionMeta, Runs, parse_action};
pub(crate) use call::{CallType, WorkflowCall, literal_type};

use super::eval;
use super::filter::Patterns;
use super::model::{
    Action, CallArg, CallSecrets, Concurrency, ContainerSpec, DispatchInput, EnvironmentSpec,
    Filter, Flag, InputKind, Job, On, Pairs, RunDefaults, ServicesSpec, Step, Text, Triggers, Uses,
    Workflow,
};
use super::shell::Shell;
use super::yaml::{self, Kind, LineIndex, Node, Pos, ScalarType};
use super::{Diagnostic, Severity};
use i18n::t;

/// What [`parse_workflow`](super::parse_workflow) returns for a valid file.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub workflow: Workflow,
    /// Things devpath accepts but does not run (sorted by position).
    pub warnings: Vec<Diagnostic>,
}

pub(crate) use suggest::did_you_mean;

fn hint(word: &str, candidates: &[&str]) -> String {
    did_you_mean(word, candidates.iter().copied())
        .map(crate::did_you_mean_hint)
        .unwrap_or_default()
}

/// Contexts GitHub makes available at each place of a workflow.
mod contexts {
    pub(super) const WORKFLOW_ENV: &[&str] = &["github", "secrets", "inputs", "vars"];
    pub(super) const JOB_NAME: &[&str] =
        &["github", "needs", "strategy", "matrix", "vars", "inputs"];
    pub(super) const JOB_IF: &[&str] = &["github", "needs", "vars", "inputs"];
    pub(super) const JOB_ENV: &[&str] = &[
        "github", "needs", "strategy", "matrix", "vars", "secrets", "inputs",
    ];
    pub(super) const JOB_OUTPUTS: &[&str] = &[
        "github", "needs", "strategy", "matrix", "job", "runner", "env", "vars", "secrets",
        "steps", "inputs",
    ];
    pub(super) const STEP_IF: &[&str] = &[
        "github", "needs", "strategy", "matrix", "job", "runner", "env", "vars", "steps", "inputs",
    ];
    pub(super) const STEP: &[&str] = &[
        "github", "needs", "strategy", "matrix", "job", "runner", "env", "vars", "secrets",
        "steps", "inputs",
    ];
    pub(super) const WORKFLOW_CONCURRENCY: &[&str] = &["github", "inputs", "vars"];
    pub(super) const RUN_NAME: &[&str] = &["github", "inputs", "vars"];
    pub(super) const JOB_CONCURRENCY: &[&str] =
        &["github", "needs", "strategy", "matrix", "inputs", "vars"];
    pub(super) const ENVIRONMENT_NAME: &[&str] =
        &["github", "needs", "strategy", "matrix", "vars", "inputs"];
    pub(super) const ENVIRONMENT_URL: &[&str] = &[
        "github", "needs", "strategy", "matrix", "job", "runner", "env", "vars", "steps", "inputs",
    ];
    pub(super) const JOB_RUNS_ON: &[&str] =
        &["github", "needs", "strategy", "matrix", "vars", "inputs"];
    pub(super) const JOB_CONTAINER: &[&str] =
        &["github", "needs", "strategy", "matrix", "vars", "inputs"];
    pub(super) const CONTAINER_CREDENTIALS: &[&str] = &[
        "github", "needs", "strategy", "matrix", "env", "vars", "secrets", "inputs",
    ];
    pub(super) const CONTAINER_ENV: &[&str] = &[
        "github", "needs", "strategy", "matrix", "job", "runner", "env", "vars", "secrets",
        "inputs",
    ];
    pub(super) const JOB_WITH: &[&str] =
        &["github", "needs", "strategy", "matrix", "inputs", "vars"];
    pub(super) const JOB_SECRETS: &[&str] = &[
        "github", "needs", "strategy", "matrix", "secrets", "inputs", "vars",
    ];
    pub(super) const STEP_WITH: &[&str] = STEP;
    /// Every context name, for "did you mean".
    pub(super) const ALL: &[&str] = STEP;
}

const WORKFLOW_KEYS: &[&str] = &[
    "name",
    "run-name",
    "on",
    "env",
    "defaults",
    "jobs",
    "permissions",
    "concurrency",
];
const JOB_KEYS: &[&str] = &[
    "name",
    "needs",
    "runs-on",
    "if",
    "env",
    "steps",
    "outputs",
    "defaults",
    "timeout-minutes",
    "continue-on-error",
    "strategy",
    "services",
    "container",
    "permissions",
    "concurrency",
    "environment",
    "uses",
    "with",
    "secrets",
    "snapshot",
];
const STEP_KEYS: &[&str] = &[
    "id",
    "name",
    "if",
    "run",
    "uses",
    "with",
    "env",
    "shell",
    "working-directory",
    "continue-on-error",
    "timeout-minutes",
];
/// Every event name GitHub accepts in `on:` ("Events that trigger
/// workflows"; the `project*` events are GitHub Enterprise Server's).
const EVENTS: &[&str] = &[
    "branch_protection_rule",
    "check_run",
    "check_suite",
    "create",
    "delete",
    "deployment",
    "deployment_status",
    "discussion",
    "discussion_comment",
    "fork",
    "gollum",
    "image_version",
    "issue_comment",
    "issues",
    "label",
    "merge_group",
    "milestone",
    "page_build",
    "project",
    "project_card",
    "project_column",
    "public",
    "pull_request",
    "pull_request_review",
    "pull_request_review_comment",
    "pull_request_target",
    "push",
    "registry_package",
    "release",
    "repository_dispatch",
    "schedule",
    "status",
    "watch",
    "workflow_call",
    "workflow_dispatch",
    "workflow_run",
];

/// Parses and checks `source`; `Err` holds every error, sorted by position.
pub(crate) fn parse(file: &str, source: &str) -> Result<Parsed, Vec<Diagnostic>> {
    let (mut checker, root) = Checker::read(file, source, &t!("workflow-empty-file"))?;
    let workflow = checker.workflow(&root);
    checker.errors.sort_by_key(|d| (d.line, d.col));
    checker.warnings.sort_by_key(|d| (d.line, d.col));
    match workflow {
        Some(workflow) if checker.errors.is_empty() => Ok(Parsed {
            workflow,
            warnings: checker.warnings,
        }),
        _ => Err(checker.errors),
    }
}

struct Checker<'a> {
    file: &'a str,
    lines: LineIndex<'a>,
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
    /// `needs.<id>` and `steps.<id>` read in the job being checked.
    refs: Vec<Reference>,
    /// The index of the step being checked (`None`: job level).
    current_step: Option<usize>,
    /// The rule the diagnostics reported now belong to (see
    /// [`Diagnostic::rule`]); set around the checks of one kind.
    rule: &'static str,
}

/// An expression reading `needs.<id>` or `steps.<id>`, checked once the
/// whole job is known.
struct Reference {
    needs: bool,
    id: String,
    pos: Pos,
    step: Option<usize>,
}

/// The identifier after `context.` at the start of `text`, if any.
fn property_after(text: &str, context_len: usize) -> Option<&str> {
    let rest = text
        .get(context_len..)?
        .trim_start()
        .strip_prefix('.')?
        .trim_start();
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

/// GitHub's limit on a `workflow_dispatch`'s inputs.
const MAX_DISPATCH_INPUTS: usize = 25;

/// The interval of a cron that runs every N < 5 minutes (`*/2 * * * *`,
/// `* * * * *`, `0,3,6… * * * *`): GitHub never runs a schedule that often.
fn every_few_minutes(cron: &str) -> Option<u32> {
    let minute = cron.split_whitespace().next()?;
    if minute == "*" {
        return Some(1);
    }
    if let Some(step) = minute
        .strip_prefix("*/")
        .or_else(|| minute.strip_prefix("0/"))
    {
        return step.parse().ok().filter(|s| *s < 5);
    }
    let values: Vec<u32> = minute
        .split(',')
        .map(|v| v.parse().ok())
        .collect::<Option<_>>()?;
    let smallest = values
        .windows(2)
        .filter_map(|w| w[1].checked_sub(w[0]))
        .min()?;
    (smallest < 5).then_some(smallest)
}

/// A mapping entry: key text, key node, value node.
type Entry<'n> = (&'n str, &'n Node, &'n Node);

impl<'a> Checker<'a> {
    /// A checker for `source` and its YAML tree; `Err` holds the YAML
    /// error, or `empty` when the file holds no document.
    pub(crate) fn read(
        file: &'a str,
        source: &'a str,
        empty: &str,
    ) -> Result<(Checker<'a>, Node), Vec<Diagnostic>> {
        let mut checker = Checker {
            file,
            lines: LineIndex::new(source),
            errors: Vec::new(),
            warnings: Vec::new(),
            refs: Vec::new(),
            current_step: None,
            rule: "syntax-check",
        };
        match yaml::parse(source) {
            Ok(Some(root)) => Ok((checker, root)),
            Ok(None) => {
                checker.error(Pos { line: 1, col: 1 }, empty);
                Err(checker.errors)
            }
            Err(e) => {
                checker.error(e.pos, e.message);
                Err(checker.errors)
            }
        }
    }

    fn diagnostic(&self, pos: Pos, severity: Severity, message: String) -> Diagnostic {
        Diagnostic {
            file: self.file.to_string(),
            line: pos.line,
            col: pos.col,
            severity,
            message,
            rule: self.rule,
        }
    }

    /// Runs `check` with its diagnostics filed under `rule`.
    fn with_rule<T>(&mut self, rule: &'static str, check: impl FnOnce(&mut Self) -> T) -> T {
        let outer = std::mem::replace(&mut self.rule, rule);
        let result = check(self);
        self.rule = outer;
        result
    }

    fn id_error(&mut self, pos: Pos, message: impl Into<String>) {
        self.with_rule("id", |c| c.error(pos, message));
    }

    fn shell_error(&mut self, pos: Pos, message: impl Into<String>) {
        self.with_rule("shell-name", |c| c.error(pos, message));
    }

    fn expr_error(&mut self, pos: Pos, message: impl Into<String>) {
        self.with_rule("expression", |c| c.error(pos, message));
    }

    fn error(&mut self, pos: Pos, message: impl Into<String>) {
        let d = self.diagnostic(pos, Severity::Error, message.into());
        self.errors.push(d);
    }

    fn warn(&mut self, pos: Pos, message: impl Into<String>) {
        let d = self.diagnostic(pos, Severity::Warning, message.into());
        self.warnings.push(d);
    }

    fn not_run(&mut self, pos: Pos, what: &str) {
        self.with_rule("offline", |c| {
            c.warn(pos, t!("workflow-not-run-yet", what = what))
        });
    }

    /// The entries of a mapping; reports duplicates (named with `noun`) and
    /// non-text keys. `None` (with an error) when `node` is not a mapping.
    fn entries<'n>(&mut self, node: &'n Node, what: &str, noun: &str) -> Option<Vec<Entry<'n>>> {
        let Kind::Map(pairs) = &node.kind else {
            self.error(
                node.pos,
                t!(
                    "workflow-must-be-mapping",
                    what = what,
                    found = node.describe()
                ),
            );
            return None;
        };
        let noun = match noun {
            "key" => t!("workflow-noun-key"),
            "name" => t!("workflow-noun-name"),
            "event" => t!("workflow-noun-event"),
            "job id" => t!("workflow-noun-job-id"),
            "input" => t!("workflow-noun-input"),
            "output" => t!("workflow-noun-output"),
            "scope" => t!("workflow-noun-scope"),
            "secret" => t!("workflow-noun-secret"),
            "service" => t!("workflow-noun-service"),
            other => other.to_string(),
        };
        let mut seen: HashMap<&str, Pos> = HashMap::new();
        let mut out = Vec::new();
        for (k, v) in pairs {
            let Some(key) = k.scalar() else {
                self.error(
                    k.pos,
                    t!(
                        "workflow-key-must-be-text",
                        what = what,
                        found = k.describe()
                    ),
                );
                continue;
            };
            if let Some(first) = seen.get(key) {
                self.error(
                    k.pos,
                    t!(
                        "workflow-duplicate-key",
                        noun = noun.as_str(),
                        key = key,
                        line = first.line.to_string()
                    ),
                );
                continue;
            }
            seen.insert(key, k.pos);
            out.push((key, k, v));
        }
        Some(out)
    }

    fn unknown_key(&mut self, key: &str, pos: Pos, known: &[&str], place: &str) {
        let suggestion = match did_you_mean(key, known.iter().copied()) {
            Some(s) => crate::did_you_mean_hint(s),
            None => crate::expected_one_of(&known.join(", ")),
        };
        self.error(
            pos,
            t!(
                "workflow-unknown-key",
                key = key,
                place = place,
                hint = suggestion
            ),
        );
    }

    /// Any non-null scalar, as text (numbers and booleans as written).
    fn scalar_text(&mut self, node: &Node, what: &str) -> Option<String> {
        match node.scalar() {
            Some(s) if !node.is_null() => Some(s.to_string()),
            _ => {
                self.error(
                    node.pos,
                    t!(
                        "workflow-must-be-text",
                        what = what,
                        found = node.describe()
                    ),
                );
                None
            }
        }
    }

    /// A text that may hold expressions, checked against `allowed` contexts.
    fn text(&mut self, node: &Node, what: &str, allowed: &[&str]) -> Option<Text> {
        let value = self.scalar_text(node, what)?;
        if let Some((name, offset)) = eval::template_status_function(&value) {
            let pos = self.lines.value_pos(node, offset);
            self.expr_error(
                pos,
                t!(
                    "workflow-status-function-outside-if",
                    name = name,
                    what = what
                ),
            );
        }
        match eval::template_contexts(&value) {
            Ok(used) => self.check_contexts(node, &value, &used, what, allowed),
            Err(e) => {
                let pos = self.lines.value_pos(node, e.offset);
                self.expr_error(
                    pos,
                    t!(
                        "workflow-invalid-expression",
                        what = what,
                        problem = e.message
                    ),
                );
            }
        }
        Some(Text {
            value,
            pos: node.pos,
        })
    }

    /// An `if:` condition (with or without `${{ }}`).
    fn condition(&mut self, node: &Node, what: &str, allowed: &[&str]) -> Option<Text> {
        let value = match node.scalar_type() {
            Some(ScalarType::Bool) => node.scalar().unwrap_or_default().to_lowercase(),
            Some(ScalarType::Null) | None => {
                self.expr_error(
                    node.pos,
                    t!(
                        "workflow-must-be-expression",
                        what = what,
                        found = node.describe()
                    ),
                );
                return None;
            }
            _ => node.scalar().unwrap_or_default().to_string(),
        };
        match eval::condition_contexts(&value) {
            Ok(used) => self.check_contexts(node, &value, &used, what, allowed),
            Err(e) => {
                let pos = self.lines.value_pos(node, e.offset);
                self.expr_error(
                    pos,
                    t!(
                        "workflow-invalid-expression",
                        what = what,
                        problem = e.message
                    ),
                );
            }
        }
        if let Some((at, message)) = eval::condition_warning(&value) {
            let pos = self.lines.value_pos(node, at);
            self.with_rule("if-cond", |c| c.warn(pos, format!("{what}: {message}")));
        }
        Some(Text {
            value,
            pos: node.pos,
        })
    }

    fn check_contexts(
        &mut self,
        node: &Node,
        value: &str,
        used: &[(String, usize)],
        what: &str,
        allowed: &[&str],
    ) {
        for (name, at) in used {
            let lower = name.to_ascii_lowercase();
            if allowed.contains(&lower.as_str()) {
                if lower == "needs" || lower == "steps" {
                    let id = value.get(*at..).and_then(|t| property_after(t, name.len()));
                    if let Some(id) = id {
                        self.refs.push(Reference {
                            needs: lower == "needs",
                            id: id.to_string(),
                            pos: self.lines.value_pos(node, *at),
                            step: self.current_step,
                        });
                    }
                }
                continue;
            }
            let pos = self.lines.value_pos(node, *at);
            if contexts::ALL.contains(&lower.as_str()) {
                self.expr_error(
                    pos,
                    t!(
                        "workflow-context-not-available",
                        name = name,
                        what = what,
                        available = allowed.join(", ")
                    ),
                );
            } else {
                self.expr_error(
                    pos,
                    t!(
                        "workflow-unknown-context",
                        name = name,
                        what = what,
                        hint = match did_you_mean(name, allowed.iter().copied()) {
                            Some(s) => crate::did_you_mean_hint(s),
                            None => format!(
                                " {}",
                                t!("workflow-available-here", list = allowed.join(", "))
                            ),
                        }
                    ),
                );
            }
        }
    }

    /// A text or a list of texts (`needs`, branch filters).
    fn string_list(&mut self, node: &Node, what: &str) -> Option<Vec<(String, Pos)>> {
        match &node.kind {
            Kind::Seq(items) => {
                let mut out = Vec::new();
                for item in items {
                    match item.scalar_type() {
                        Some(ScalarType::Str) => {
                            out.push((item.scalar().unwrap_or_default().to_string(), item.pos))
                        }
                        _ => self.error(
                            item.pos,
                            t!(
                                "workflow-each-entry-must-be-text",
                                what = what,
                                found = item.describe()
                            ),
                        ),
                    }
                }
                Some(out)
            }
            _ if node.scalar_type() == Some(ScalarType::Str) => Some(vec![(
                node.scalar().unwrap_or_default().to_string(),
                node.pos,
            )]),
            _ => {
                self.error(
                    node.pos,
                    t!(
                        "workflow-must-be-text-or-list",
                        what = what,
                        found = node.describe()
                    ),
                );
                None
            }
        }
    }

    /// A literal `timeout-minutes` (an expression is kept as a text by the
    /// job and the step, and evaluated when they run).
    fn minutes(&mut self, node: &Node, what: &str) -> Option<f64> {
        match node.scalar_type() {
            Some(ScalarType::Int | ScalarType::Float) => {
                let n = node.scalar().and_then(|s| s.parse::<f64>().ok());
                match n {
                    Some(n) if n > 0.0 => Some(n),
                    _ => {
                        self.error(node.pos, t!("workflow-minutes-positive", what = what));
                        None
                    }
                }
            }
            _ => {
                self.error(
                    node.pos,
                    t!(
                        "workflow-minutes-number",
                        what = what,
                        found = node.describe()
                    ),
                );
                None
            }
        }
    }

    fn pairs(&mut self, node: &Node, what: &str, allowed: &[&str]) -> Pairs {
        if node.is_null() {
            return Vec::new();
        }
        let Some(entries) = self.entries(node, what, "name") else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (key, key_node, value) in entries {
            let label = format!("{what}.{key}");
            if key.contains("${{") {
                // GitHub evaluates expressions in names too (actionlint's
                // issue 312), with the contexts of the value.
                self.text(
                    key_node,
                    &t!("workflow-name-in", key = key, what = what),
                    allowed,
                );
            }
            if value.is_null() && matches!(value.kind, Kind::Scalar { .. }) {
                out.push((
                    key.to_string(),
                    Text {
                        value: String::new(),
                        pos: value.pos,
                    },
                ));
                continue;
            }
            if let Some(text) = self.text(value, &label, allowed) {
                out.push((key.to_string(), text));
            }
        }
        out
    }

    fn workflow(&mut self, root: &Node) -> Option<Workflow> {
        let Kind::Map(_) = &root.kind else {
            self.error(
                root.pos,
                t!("workflow-root-must-be-mapping", found = root.describe()),
            );
            return None;
        };
        let entries = self.entries(root, &t!("workflow-the-workflow"), "key")?;
        let mut name = None;
        let mut run_name = None;
        let mut triggers = None;
        let mut env = Vec::new();
        let mut defaults = RunDefaults::default();
        let mut jobs = None;
        let mut concurrency = None;
        for (key, key_node, value) in entries {
            match key {
                "name" => name = self.scalar_text(value, "`name`"),
                "run-name" => run_name = self.text(value, "`run-name`", contexts::RUN_NAME),
                "on" => {
                    // Messages about `on:` as a whole point at its key.
                    triggers = self
                        .with_rule("events", |c| c.triggers(value))
                        .map(|t| Triggers {
                            pos: key_node.pos,
                            ..t
                        })
                }
                "env" => env = self.env_pairs(value, "env", contexts::WORKFLOW_ENV),
                "defaults" => defaults = self.defaults(value, "defaults"),
                "jobs" => jobs = Some(self.jobs(value)),
                "permissions" => self.permissions(value, &t!("workflow-the-workflow")),
                "concurrency" => {
                    concurrency = self.concurrency(
                        value,
                        &t!("workflow-workflow-concurrency"),
                        contexts::WORKFLOW_CONCURRENCY,
                    )
                }
                _ => self.unknown_key(
                    key,
                    key_node.pos,
                    WORKFLOW_KEYS,
                    &t!("workflow-the-workflow"),
                ),
            }
        }
        if triggers.is_none() && !self.has_key(root, "on") {
            self.error(root.pos, t!("workflow-no-on"));
        }
        let jobs = match jobs {
            Some(jobs) => jobs,
            None => {
                self.error(root.pos, t!("workflow-no-jobs"));
                Vec::new()
            }
        };
        self.with_rule("job-needs", |c| c.graph(&jobs));
        Some(Workflow {
            file: self.file.to_string(),
            name,
            run_name,
            triggers: triggers.unwrap_or_default(),
            env,
            defaults,
            concurrency,
            jobs,
        })
    }

    fn has_key(&self, node: &Node, key: &str) -> bool {
        matches!(&node.kind, Kind::Map(pairs) if pairs.iter().any(|(k, _)| k.scalar() == Some(key)))
    }

    fn triggers(&mut self, node: &Node) -> Option<Triggers> {
        let mut triggers = Triggers {
            pos: node.pos,
            ..Triggers::default()
        };
        let events: Vec<(String, Pos, Option<&Node>)> = match &node.kind {
            Kind::Scalar { .. } if node.scalar_type() == Some(ScalarType::Str) => {
                vec![(
                    node.scalar().unwrap_or_default().to_string(),
                    node.pos,
                    None,
                )]
            }
            Kind::Seq(_) => self
                .string_list(node, "`on`")?
                .into_iter()
                .map(|(s, p)| (s, p, None))
                .collect(),
            Kind::Map(_) => self
                .entries(node, "`on`", "event")?
                .into_iter()
                .map(|(k, kn, v)| (k.to_string(), kn.pos, Some(v)))
                .collect(),
            _ => {
                self.error(node.pos, t!("workflow-on-type", found = node.describe()));
                return None;
            }
        };
        let mut seen = HashMap::new();
        for (event, pos, config) in events {
            if let Some(first) = seen.insert(event.clone(), pos) {
                self.error(
                    pos,
                    t!(
                        "workflow-duplicate-event",
                        event = event.as_str(),
                        line = first.line.to_string()
                    ),
                );
                continue;
            }
            let config = config.filter(|c| !c.is_null());
            if !EVENTS.contains(&event.as_str()) {
                let hint = match event.as_str() {
                    "pull_request_comment" => {
                        format!(" {}", t!("workflow-pr-comment-event"))
                    }
                    e => hint(e, EVENTS),
                };
                self.error(
                    pos,
                    t!(
                        "workflow-unknown-event",
                        event = event.as_str(),
                        hint = hint
                    ),
                );
                continue;
            }
            let mut on = On {
                event: event.clone(),
                pos,
                ..On::default()
            };
            match event.as_str() {
                "workflow_dispatch" => triggers.dispatch = Some(self.dispatch(config)),
                "workflow_call" => triggers.call = Some(self.workflow_call(config)),
                "schedule" => triggers.schedules = self.schedules(pos, config),
                "image_version" => {
                    self.image_version(config);
                    self.warn(
                        pos,
                        t!(
                            "workflow-event-not-local",
                            event = "image_version",
                            events = crate::trigger::LOCAL_EVENTS.join(", ")
                        ),
                    );
                }
                e if crate::trigger::LOCAL_EVENTS.contains(&e) => {
                    self.event_filters(&mut on, config)
                }
                e => {
                    self.warn(
                        pos,
                        t!(
                            "workflow-event-not-local",
                            event = e,
                            events = crate::trigger::LOCAL_EVENTS.join(", ")
                        ),
                    );
                    // Keep its `types:` for `--list`; the rest is GitHub's.
                    if let Some(Kind::Map(pairs)) = config.map(|c| &c.kind)
                        && let Some((_, value)) =
                            pairs.iter().find(|(k, _)| k.scalar() == Some("types"))
                    {
                        on.types = self
                            .string_list(value, &format!("`on.{e}.types`"))
                            .map(|v| (v.into_iter().map(|(s, _)| s).collect(), value.pos));
                    }
                }
            }
            triggers.events.push(on);
        }
        Some(triggers)
    }

    /// The filters of `push`, `pull_request(_target)`, `release` and
    /// `repository_dispatch`: each event takes only the keys GitHub gives
    /// it, and each pattern is checked.
    fn event_filters(&mut self, on: &mut On, config: Option<&Node>) {
        let event = on.event.clone();
        let keys: &[&str] = match event.as_str() {
            "push" => &[
                "branches",
                "branches-ignore",
                "tags",
                "tags-ignore",
                "paths",
                "paths-ignore",
            ],
            "pull_request" | "pull_request_target" => &[
                "types",
                "branches",
                "branches-ignore",
                "paths",
                "paths-ignore",
            ],
            _ => &["types"],
        };
        let Some(config) = config else { return };
        let place = format!("`on.{event}`");
        let Some(entries) = self.entries(config, &place, "key") else {
            return;
        };
        for (key, key_node, value) in entries {
            if !keys.contains(&key) {
                self.unknown_key(key, key_node.pos, keys, &place);
                continue;
            }
            let what = format!("on.{event}.{key}");
            if key == "types" {
                on.types = self.activity_types(&event, value, &what);
                continue;
            }
            let filter = self.filter(value, what);
            match key {
                "branches" => on.branches = filter,
                "branches-ignore" => on.branches_ignore = filter,
                "tags" => on.tags = filter,
                "tags-ignore" => on.tags_ignore = filter,
                "paths" => on.paths = filter,
                _ => on.paths_ignore = filter,
            }
        }
        for (include, ignore, a, b) in [
            (
                &on.branches,
                &on.branches_ignore,
                "branches",
                "branches-ignore",
            ),
            (&on.tags, &on.tags_ignore, "tags", "tags-ignore"),
            (&on.paths, &on.paths_ignore, "paths", "paths-ignore"),
        ] {
            if let (Some(_), Some(second)) = (include, ignore) {
                let pos = second.pos;
                self.error(
                    pos,
                    t!("workflow-filter-both", event = event.as_str(), a = a, b = b),
                );
            }
        }
    }

    /// A list of filter patterns, each checked.
    fn filter(&mut self, node: &Node, what: String) -> Option<Filter> {
        let list = self.string_list(node, &format!("`{what}`"))?;
        let written: Vec<String> = list.iter().map(|(s, _)| s.clone()).collect();
        let patterns = match Patterns::new(&written) {
            Ok(patterns) => patterns,
            Err(problems) => {
                for (i, problem) in problems {
                    self.error(
                        list[i].1,
                        t!(
                            "workflow-invalid-pattern",
                            pattern = list[i].0.as_str(),
                            what = what.as_str(),
                            problem = problem
                        ),
                    );
                }
                return None;
            }
        };
        if patterns.only_negated() && !what.ends_with("-ignore") {
            self.error(node.pos, t!("workflow-only-negated", what = what.as_str()));
        }
        Some(Filter {
            what,
            pos: node.pos,
            patterns,
        })
    }

    /// `types:` of an event, checked against GitHub's activity types when
    /// the event has a fixed list.
    fn activity_types(
        &mut self,
        event: &str,
        node: &Node,
        what: &str,
    ) -> Option<(Vec<String>, Pos)> {
        let list = self.string_list(node, &format!("`{what}`"))?;
        if let Some(known) = crate::trigger::activity_types(event) {
            for (t, pos) in &list {
                if !known.contains(&t.as_str()) {
                    let suggestion = match did_you_mean(t, known.iter().copied()) {
                        Some(s) => crate::did_you_mean_hint(s),
                        None => crate::expected_one_of(&known.join(", ")),
                    };
                    self.error(
                        *pos,
                        t!(
                            "workflow-unknown-activity-type",
                            kind = t.as_str(),
                            what = what,
                            hint = suggestion
                        ),
                    );
                }
            }
        }
        Some((list.into_iter().map(|(s, _)| s).collect(), node.pos))
    }

    /// `on.schedule`: a list of `- cron: '…'` entries of five fields.
    fn schedules(&mut self, pos: Pos, config: Option<&Node>) -> Vec<(String, Pos)> {
        let mut crons = Vec::new();
        let example = t!("workflow-schedule-list");
        let Some(Kind::Seq(items)) = config.map(|c| &c.kind) else {
            self.error(config.map_or(pos, |c| c.pos), example);
            return crons;
        };
        for item in items {
            let Some(entries) = self.entries(item, &t!("workflow-schedule-entry"), "key") else {
                continue;
            };
            if !entries.iter().any(|(key, _, _)| *key == "cron") {
                self.error(item.pos, t!("workflow-schedule-no-cron"));
            }
            for (key, key_node, value) in entries {
                if key == "timezone" {
                    // An IANA zone name the cron is read in (UTC without).
                    self.scalar_text(value, "`timezone`");
                    continue;
                }
                if key != "cron" {
                    self.unknown_key(
                        key,
                        key_node.pos,
                        &["cron", "timezone"],
                        &t!("workflow-schedule-entry"),
                    );
                    continue;
                }
                let Some(cron) = self.scalar_text(value, "`cron`") else {
                    continue;
                };
                let fields = cron.split_whitespace().count();
                if cron.trim_start().starts_with('@') {
                    self.error(
                        value.pos,
                        t!("workflow-cron-shorthand", cron = cron.as_str()),
                    );
                } else if fields != 5 {
                    self.error(
                        value.pos,
                        t!(
                            "workflow-cron-fields",
                            cron = cron.as_str(),
                            fields = fields.to_string()
                        ),
                    );
                } else if let Some(minutes) = every_few_minutes(&cron) {
                    self.warn(
                        value.pos,
                        t!(
                            "workflow-cron-too-often",
                            cron = cron.as_str(),
                            minutes = minutes.to_string()
                        ),
                    );
                }
                crons.push((cron, value.pos));
            }
        }
        crons
    }

    /// `on.image_version`: the image names and versions it watches.
    fn image_version(&mut self, config: Option<&Node>) {
        const KEYS: &[&str] = &["names", "versions", "types"];
        let Some(entries) = config.and_then(|c| self.entries(c, "`on.image_version`", "key"))
        else {
            return;
        };
        for (key, key_node, value) in entries {
            if !KEYS.contains(&key) {
                self.unknown_key(key, key_node.pos, KEYS, "`on.image_version`");
                continue;
            }
            let what = format!("`on.image_version.{key}`");
            if let Some(items) = self.string_list(value, &what) {
                if items.is_empty() {
                    self.error(value.pos, t!("workflow-list-empty", what = what.as_str()));
                }
                for (item, pos) in items {
                    if item.trim().is_empty() {
                        self.error(pos, t!("workflow-entry-empty", what = what.as_str()));
                    }
                }
            }
        }
    }

    fn dispatch(&mut self, config: Option<&Node>) -> Vec<DispatchInput> {
        let mut inputs = Vec::new();
        let Some(config) = config else { return inputs };
        let Some(entries) = self.entries(config, "`on.workflow_dispatch`", "key") else {
            return inputs;
        };
        for (key, key_node, value) in entries {
            if key != "inputs" {
                self.unknown_key(key, key_node.pos, &["inputs"], "`on.workflow_dispatch`");
                continue;
            }
            if value.is_null() {
                continue;
            }
            let Some(list) = self.entries(value, "`on.workflow_dispatch.inputs`", "input") else {
                continue;
            };
            if list.len() > MAX_DISPATCH_INPUTS {
                self.error(
                    value.pos,
                    t!(
                        "workflow-too-many-inputs",
                        count = list.len().to_string(),
                        max = MAX_DISPATCH_INPUTS.to_string()
                    ),
                );
            }
            for (name, _, spec) in list {
                if let Some(input) = self.dispatch_input(name, spec) {
                    inputs.push(input);
                }
            }
        }
        inputs
    }

    fn dispatch_input(&mut self, name: &str, spec: &Node) -> Option<DispatchInput> {
        const KEYS: &[&str] = &[
            "description",
            "required",
            "default",
            "type",
            "options",
            "deprecationMessage",
        ];
        let place = t!("workflow-place-input", name = name);
        let mut input = DispatchInput {
            name: name.to_string(),
            description: None,
            required: false,
            default: None,
            kind: InputKind::String,
        };
        if spec.is_null() {
            return Some(input);
        }
        let entries = self.entries(spec, &place, "key")?;
        let mut kind_name: Option<(String, Pos)> = None;
        let mut options: Option<(Vec<String>, Pos)> = None;
        let mut default_node = None;
        for (key, key_node, value) in entries {
            match key {
                "description" | "deprecationMessage" => {
                    if key == "description" {
                        input.description = self
                            .scalar_text(value, &t!("workflow-description-of", place = &*place));
                    }
                }
                "required" => match value.scalar_type() {
                    Some(ScalarType::Bool) => {
                        input.required = value
                            .scalar()
                            .is_some_and(|s| s.eq_ignore_ascii_case("true"))
                    }
                    _ => self.error(
                        value.pos,
                        t!(
                            "workflow-required-type",
                            place = &*place,
                            found = value.describe()
                        ),
                    ),
                },
                "default" => {
                    default_node = Some(value);
                    input.default = if value.is_null() {
                        None
                    } else {
                        value.scalar().map(str::to_string)
                    };
                }
                "type" => {
                    kind_name = self
                        .scalar_text(value, &t!("workflow-key-of", key = "type", place = &*place))
                        .map(|t| (t, value.pos))
                }
                "options" => {
                    options = self
                        .string_list(
                            value,
                            &t!("workflow-key-of", key = "options", place = &*place),
                        )
                        .map(|v| (v.into_iter().map(|(s, _)| s).collect(), key_node.pos))
                }
                _ => self.unknown_key(key, key_node.pos, KEYS, &place),
            }
        }
        const TYPES: &[&str] = &["string", "boolean", "choice", "number", "environment"];
        input.kind = match kind_name {
            None => InputKind::String,
            Some((t, pos)) => match t.as_str() {
                "string" => InputKind::String,
                "boolean" => InputKind::Boolean,
                "number" => InputKind::Number,
                "environment" => InputKind::Environment,
                "choice" => match &options {
                    Some((opts, _)) if !opts.is_empty() => InputKind::Choice(opts.clone()),
                    _ => {
                        self.error(pos, t!("workflow-choice-no-options", place = &*place));
                        InputKind::Choice(Vec::new())
                    }
                },
                other => {
                    self.error(
                        pos,
                        t!(
                            "workflow-unknown-input-type",
                            kind = other,
                            place = &*place,
                            hint = match did_you_mean(other, TYPES.iter().copied()) {
                                Some(s) => crate::did_you_mean_hint(s),
                                None => crate::expected_one_of(&TYPES.join(", ")),
                            }
                        ),
                    );
                    InputKind::String
                }
            },
        };
        if let (Some((_, pos)), false) = (&options, matches!(input.kind, InputKind::Choice(_))) {
            self.error(*pos, t!("workflow-options-only-choice", place = &*place));
        }
        if let (Some(default), Some(node)) = (&input.default, default_node) {
            match &input.kind {
                InputKind::Boolean if node.scalar_type() != Some(ScalarType::Bool) => {
                    self.error(node.pos, t!("workflow-default-boolean", place = &*place))
                }
                InputKind::Number if default.trim().parse::<f64>().is_err() => {
                    self.error(node.pos, t!("workflow-default-number", place = &*place))
                }
                InputKind::Choice(opts) if !opts.is_empty() && !opts.contains(default) => {
                    self.error(node.pos, t!("workflow-default-option", place = &*place))
                }
                _ => {}
            }
            if matches!(input.kind, InputKind::Boolean) {
                input.default = Some(default.to_lowercase());
            }
        }
        Some(input)
    }

    /// `runs-on`: a label, a list of labels, or `{group, labels}`; never
    /// empty. devpath runs every job on this machine whatever it says, and
    /// keeps the labels to say so when they ask for another system.
    fn runs_on(&mut self, node: &Node, place: &str, labels: &mut Vec<Text>) {
        let what = t!("workflow-key-of", key = "runs-on", place = place);
        match &node.kind {
            Kind::Scalar { value, .. } if value.trim().is_empty() => {
                self.error(node.pos, t!("workflow-runs-on-empty", what = &*what))
            }
            Kind::Scalar { .. } => {
                labels.extend(self.text(node, &what, contexts::JOB_RUNS_ON));
            }
            Kind::Seq(items) if items.is_empty() => {
                self.error(node.pos, t!("workflow-runs-on-empty-list", what = &*what))
            }
            Kind::Seq(items) => {
                for item in items {
                    labels.extend(self.text(item, &what, contexts::JOB_RUNS_ON));
                }
            }
            Kind::Map(_) => {
                let Some(entries) = self.entries(node, &what, "key") else {
                    return;
                };
                for (key, key_node, value) in entries {
                    match key {
                        "group" => {
                            self.text(value, &format!("{what}.group"), contexts::JOB_RUNS_ON);
                        }
                        "labels" => self.runs_on(value, place, labels),
                        _ => self.unknown_key(key, key_node.pos, &["group", "labels"], &what),
                    }
                }
            }
        }
    }

    /// A job's `snapshot:` (a custom runner image from the job's runner):
    /// an image name, or `image-name` with an optional `version` and `if`.
    fn snapshot(&mut self, node: &Node, place: &str) {
        const KEYS: &[&str] = &["image-name", "version", "if"];
        let what = t!("workflow-the-key-of", key = "snapshot", place = place);
        match &node.kind {
            Kind::Scalar { value, .. } if value.trim().is_empty() => {
                self.error(node.pos, t!("workflow-snapshot-no-image", what = &*what))
            }
            Kind::Scalar { .. } => {}
            Kind::Seq(_) => self.error(node.pos, t!("workflow-snapshot-list", what = &*what)),
            Kind::Map(_) => {
                let Some(entries) = self.entries(node, &what, "key") else {
                    return;
                };
                if !entries.iter().any(|(key, _, _)| *key == "image-name") {
                    self.error(
                        node.pos,
                        t!("workflow-snapshot-no-image-name", what = &*what),
                    );
                }
                for (key, key_node, value) in entries {
                    match key {
                        "image-name" | "version" => {
                            if let Some(text) = self.scalar_text(value, &format!("{what}.{key}"))
                                && text.trim().is_empty()
                            {
                                self.error(
                                    value.pos,
                                    t!("workflow-field-empty", what = &*what, key = key),
                                );
                            }
                        }
                        "if" => {
                            self.condition(value, &format!("{what}.if"), contexts::JOB_IF);
                        }
                        _ => self.unknown_key(key, key_node.pos, KEYS, &what),
                    }
                }
            }
        }
    }

    /// `container:` (or one service, `service`): an image name, or a
    /// mapping with `image`, as GitHub reads them
    /// (`WorkflowTemplateConverter.ConvertToJobContainer`). `literal`: no
    /// expression anywhere in the value (for a service, in the whole
    /// `services:`), when GitHub checks the image at parse time: a service's
    /// empty image, or `docker://` alone, is an error; `container: ''` is
    /// none (the job runs on the runner), so it gives `None`, no error.
    fn container(
        &mut self,
        node: &Node,
        what: &str,
        service: bool,
        literal: bool,
    ) -> Option<ContainerSpec> {
        let keys = ContainerSpec::keys(service);
        if let Kind::Scalar { .. } = &node.kind {
            let image = self.text(node, what, contexts::JOB_CONTAINER)?;
            if literal && !self.image_given(&image, what, service) {
                return None;
            }
            return Some(ContainerSpec {
                shorthand: true,
                ..ContainerSpec::of(image)
            });
        }
        let entries = self.entries(node, what, "key")?;
        let mut image = false;
        let mut spec = ContainerSpec::of(Text {
            value: String::new(),
            pos: node.pos,
        });
        for (key, key_node, value) in entries {
            if !keys.contains(&key) {
                self.unknown_key(key, key_node.pos, keys, what);
                continue;
            }
            match key {
                "image" => {
                    image = true;
                    if let Some(text) =
                        self.text(value, &format!("{what}.image"), contexts::JOB_CONTAINER)
                    {
                        spec.image = text;
                    }
                }
                // A list or mapping given by one expression, evaluated
                // when the job starts.
                "credentials" | "env" | "ports" | "volumes"
                    if value.scalar().is_some_and(|s| s.contains("${{")) =>
                {
                    // `container-env` has no contexts of its own: the whole
                    // mapping takes the container's.
                    let allowed = match key {
                        "credentials" => contexts::CONTAINER_CREDENTIALS,
                        _ => contexts::JOB_CONTAINER,
                    };
                    if let Some(text) = self.text(value, &format!("{what}.{key}"), allowed) {
                        spec.given.push((key.to_string(), text));
                    }
                }
                "credentials" => {
                    let place = format!("{what}.credentials");
                    if let Some(entries) = self.entries(value, &place, "key") {
                        for (key, key_node, value) in entries {
                            match key {
                                "username" | "password" => {
                                    let text = self.text(
                                        value,
                                        &format!("{place}.{key}"),
                                        contexts::CONTAINER_CREDENTIALS,
                                    );
                                    match key {
                                        "username" => spec.username = text,
                                        _ => spec.password = text,
                                    }
                                }
                                _ => self.unknown_key(
                                    key,
                                    key_node.pos,
                                    &["username", "password"],
                                    &place,
                                ),
                            }
                        }
                    }
                }
                "env" => {
                    spec.env = self.pairs(value, &format!("{what}.env"), contexts::CONTAINER_ENV);
                }
                "ports" | "volumes" => {
                    // Ports may be written as numbers (`- 5432`).
                    let mut list = Vec::new();
                    if let Kind::Seq(items) = &value.kind {
                        for item in items {
                            if let Some(text) = self.scalar_text(
                                item,
                                &t!("workflow-each-entry-of", what = format!("{what}.{key}")),
                            ) {
                                list.push(Text {
                                    value: text,
                                    pos: item.pos,
                                });
                            }
                        }
                    } else if let Some(items) = self.string_list(value, &format!("{what}.{key}")) {
                        list.extend(items.into_iter().map(|(value, pos)| Text { value, pos }));
                    }
                    match key {
                        "ports" => spec.ports = list,
                        _ => spec.volumes = list,
                    }
                }
                "options" => {
                    let pos = value.pos;
                    spec.options = self
                        .scalar_text(value, &format!("{what}.options"))
                        .map(|value| Text { value, pos });
                }
                _ => {
                    // `entrypoint` or `command` (a service's).
                    let pos = value.pos;
                    let text = self
                        .scalar_text(value, &format!("{what}.{key}"))
                        .map(|value| Text { value, pos });
                    match key {
                        "entrypoint" => spec.entrypoint = text,
                        _ => spec.command = text,
                    }
                }
            }
        }
        if !image {
            self.error(node.pos, t!("workflow-container-no-image-key", what = what));
            return None;
        }
        if literal && !self.image_given(&spec.image, &format!("{what}.image"), service) {
            return None;
        }
        Some(spec)
    }

    /// Whether a literal image names one (`docker://` stripped, as GitHub
    /// does). An empty one is an error for a service and for `docker://`
    /// alone ("Container image cannot be empty"); `container: ''` is just
    /// no container.
    fn image_given(&mut self, image: &Text, what: &str, service: bool) -> bool {
        let prefixed = image.value.starts_with("docker://");
        let name = image
            .value
            .strip_prefix("docker://")
            .unwrap_or(&image.value);
        if !name.is_empty() {
            return true;
        }
        if service || prefixed {
            self.error(
                image.pos,
                t!(
                    "workflow-svc-image-empty",
                    what = what,
                    found = format!("`{}`", image.value),
                    example = if service { "redis:7" } else { "node:20" }
                ),
            );
        }
        false
    }

    /// `services:`: service containers by label, each an image name or a
    /// mapping with `image` (`services-container`), or one expression
    /// giving them all (`${{ fromJSON(…) }}`), evaluated when the job starts.
    fn services(&mut self, node: &Node, place: &str) -> Option<ServicesSpec> {
        let what = t!("workflow-the-key-of", key = "services", place = place);
        if node.scalar().is_some_and(|s| s.contains("${{")) {
            return self
                .text(node, &what, contexts::JOB_CONTAINER)
                .map(ServicesSpec::Expr);
        }
        let literal = !has_expression(node);
        let entries = self.entries(node, &what, "service")?;
        let mut out = Vec::new();
        for (label, _, value) in entries {
            let service = t!("workflow-place-service", label = label, place = place);
            if let Some(spec) = self.container(value, &service, true, literal) {
                out.push((label.to_string(), spec));
            }
        }
        Some(ServicesSpec::Map(out))
    }

    /// A job's `uses:`: `./.github/workflows/FILE.yml`,
    /// `$/.github/workflows/FILE.yml` (the workflow's own repository at the
    /// running commit, GitHub's self-repository form) or
    /// `OWNER/REPO/.github/workflows/FILE.yml@REF`.
    fn reusable_workflow(&mut self, node: &Node, place: &str) -> Option<Text> {
        let what = t!("workflow-the-key-of", key = "uses", place = place);
        let value = self.scalar_text(node, &what)?;
        let local = value.starts_with("./") || value.starts_with("$/");
        let yaml = |path: &str| path.ends_with(".yml") || path.ends_with(".yaml");
        let valid = if local {
            yaml(&value)
        } else {
            match value.split_once('@') {
                Some((path, git_ref)) => {
                    path.split('/').count() >= 3 && yaml(path) && !git_ref.is_empty()
                }
                None => false,
            }
        };
        if !valid {
            self.error(
                node.pos,
                t!(
                    "workflow-reusable-uses-form",
                    what = &*what,
                    value = value.as_str()
                ),
            );
            return None;
        }
        Some(Text {
            value,
            pos: node.pos,
        })
    }

    /// The keys a job calling a reusable workflow may have; returns its
    /// `with:` (each value with its literal type) and `secrets:`.
    fn reusable_call_keys(
        &mut self,
        entries: &[Entry<'_>],
        place: &str,
    ) -> (Vec<CallArg>, CallSecrets) {
        const ALLOWED: &[&str] = &[
            "name",
            "uses",
            "with",
            "secrets",
            "needs",
            "if",
            "permissions",
            "concurrency",
            "strategy",
        ];
        let mut with = Vec::new();
        let mut secrets = CallSecrets::Pass(Vec::new());
        for &(key, key_node, value) in entries {
            match key {
                "with" => {
                    if !value.is_null() {
                        let types: Vec<Option<CallType>> = match &value.kind {
                            Kind::Map(pairs) => {
                                pairs.iter().map(|(_, v)| literal_type(v)).collect()
                            }
                            _ => Vec::new(),
                        };
                        let pairs = self.with_values(value, place, contexts::JOB_WITH);
                        let literal = |name: &str| match &value.kind {
                            Kind::Map(all) => all
                                .iter()
                                .position(|(k, _)| k.scalar() == Some(name))
                                .and_then(|i| types.get(i).copied().flatten()),
                            _ => None,
                        };
                        with = pairs
                            .into_iter()
                            .map(|(name, text)| CallArg {
                                literal: literal(&name),
                                name,
                                text,
                            })
                            .collect();
                    }
                }
                "secrets" => {
                    if value.scalar() == Some("inherit") {
                        secrets = CallSecrets::Inherit;
                    } else {
                        secrets = CallSecrets::Pass(self.pairs(
                            value,
                            &t!("workflow-key-of", key = "secrets", place = place),
                            contexts::JOB_SECRETS,
                        ));
                    }
                }
                _ if ALLOWED.contains(&key) || !JOB_KEYS.contains(&key) => {}
                _ => self.error(
                    key_node.pos,
                    t!("workflow-key-not-in-call", key = key, place = place),
                ),
            }
        }
        (with, secrets)
    }

    /// A step's or a call's `with:`: each input is text (a null is
    /// empty text, as GitHub reads it).
    fn with_values(&mut self, node: &Node, place: &str, allowed: &[&str]) -> Pairs {
        let what = t!("workflow-key-of", key = "with", place = place);
        let Some(entries) = self.entries(node, &what, "input") else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (key, _, value) in entries {
            let text = if value.is_null() && matches!(value.kind, Kind::Scalar { .. }) {
                Some(Text {
                    value: String::new(),
                    pos: value.pos,
                })
            } else {
                self.text(value, &format!("{what}.{key}"), allowed)
            };
            if let Some(text) = text {
                out.push((key.to_string(), text));
            }
        }
        out
    }

    /// A step's `uses:` of an action: `OWNER/REPO@REF`,
    /// `OWNER/REPO/PATH@REF`, `./PATH`, `$/PATH` (the workflow's own
    /// repository at the running commit) or `docker://IMAGE`.
    fn action_reference(&mut self, uses: &str, pos: Pos) {
        if uses.starts_with("./")
            || uses.strip_prefix("$/").is_some_and(|path| !path.is_empty())
            || uses.starts_with("docker://")
        {
            return;
        }
        match uses.split_once('@') {
            Some((name, git_ref)) if name.split('/').count() >= 2 && !git_ref.is_empty() => {}
            Some(_) => self.error(pos, t!("workflow-uses-form", uses = uses)),
            None => self.error(pos, t!("workflow-uses-no-version", uses = uses)),
        }
    }

    fn defaults(&mut self, node: &Node, what: &str) -> RunDefaults {
        let mut defaults = RunDefaults::default();
        let Some(entries) = self.entries(node, &format!("`{what}`"), "key") else {
            return defaults;
        };
        for (key, key_node, value) in entries {
            if key != "run" {
                self.unknown_key(key, key_node.pos, &["run"], &format!("`{what}`"));
                continue;
            }
            let Some(run) = self.entries(value, &format!("`{what}.run`"), "key") else {
                continue;
            };
            for (k, kn, v) in run {
                match k {
                    "shell" => defaults.shell = self.shell(v, &format!("`{what}.run.shell`")),
                    "working-directory" => {
                        defaults.working_directory = self.text(
                            v,
                            &format!("`{what}.run.working-directory`"),
                            contexts::JOB_ENV,
                        )
                    }
                    _ => self.unknown_key(
                        k,
                        kn.pos,
                        &["shell", "working-directory"],
                        &format!("`{what}.run`"),
                    ),
                }
            }
        }
        defaults
    }

    /// A `shell:`: a built-in name or a template with `{0}`. Whether the
    /// shell is installed is known only when the step runs.
    fn shell(&mut self, node: &Node, what: &str) -> Option<String> {
        let shell = self.scalar_text(node, what)?;
        match Shell::parse(Some(&shell)) {
            Ok(_) => Some(shell),
            Err(message) => {
                self.shell_error(node.pos, format!("{what}: {message}"));
                None
            }
        }
    }

    /// `environment:` of a job: a name, or `{ name, url }`.
    fn environment(&mut self, node: &Node, place: &str) -> Option<EnvironmentSpec> {
        let name_what = t!("workflow-the-key-of", key = "environment", place = place);
        if !matches!(node.kind, Kind::Map(_)) {
            if matches!(node.kind, Kind::Seq(_)) || node.is_null() {
                self.error(
                    node.pos,
                    t!(
                        "workflow-environment-type",
                        what = &*name_what,
                        found = node.describe()
                    ),
                );
                return None;
            }
            let name = self.text(node, &name_what, contexts::ENVIRONMENT_NAME)?;
            return Some(EnvironmentSpec { name, url: None });
        }
        let entries = self.entries(node, &name_what, "key")?;
        let mut name = None;
        let mut url = None;
        for (key, key_node, value) in entries {
            match key {
                "name" => name = self.text(value, &name_what, contexts::ENVIRONMENT_NAME),
                "url" => {
                    url = self.text(
                        value,
                        &t!("workflow-key-of", key = "environment.url", place = place),
                        contexts::ENVIRONMENT_URL,
                    )
                }
                // GitHub then creates no deployment; devpath never does.
                "deployment" => {
                    self.flag(
                        value,
                        &t!(
                            "workflow-key-of",
                            key = "environment.deployment",
                            place = place
                        ),
                        contexts::ENVIRONMENT_NAME,
                    );
                }
                _ => self.unknown_key(
                    key,
                    key_node.pos,
                    &["name", "url", "deployment"],
                    &t!("workflow-key-of", key = "environment", place = place),
                ),
            }
        }
        match name {
            Some(name) => Some(EnvironmentSpec { name, url }),
            None => {
                self.error(
                    node.pos,
                    t!("workflow-environment-no-name", what = &*name_what),
                );
                None
            }
        }
    }

    /// `concurrency:`: a group name, or `{ group, cancel-in-progress }`.
    fn concurrency(&mut self, node: &Node, what: &str, allowed: &[&str]) -> Option<Concurrency> {
        if !matches!(node.kind, Kind::Map(_)) {
            if matches!(node.kind, Kind::Seq(_)) || node.is_null() {
                self.error(
                    node.pos,
                    t!(
                        "workflow-concurrency-type",
                        what = what,
                        found = node.describe()
                    ),
                );
                return None;
            }
            let group = self.text(node, what, allowed)?;
            return Some(Concurrency {
                group,
                cancel_in_progress: Flag::Fixed(false),
            });
        }
        let entries = self.entries(node, what, "key")?;
        let mut group = None;
        let mut cancel_in_progress = Flag::Fixed(false);
        for (key, key_node, value) in entries {
            match key {
                "group" => {
                    group = self.text(
                        value,
                        &t!("workflow-key-of", key = "group", place = what),
                        allowed,
                    )
                }
                "cancel-in-progress" => {
                    let label = t!("workflow-key-of", key = "cancel-in-progress", place = what);
                    cancel_in_progress = match value.scalar_type() {
                        Some(ScalarType::Bool) => Flag::Fixed(
                            value
                                .scalar()
                                .is_some_and(|s| s.eq_ignore_ascii_case("true")),
                        ),
                        Some(ScalarType::Str)
                            if value.scalar().is_some_and(|s| s.contains("${{")) =>
                        {
                            match self.text(value, &label, allowed) {
                                Some(t) => Flag::Expr(t),
                                None => Flag::Fixed(false),
                            }
                        }
                        _ => {
                            self.error(
                                value.pos,
                                t!(
                                    "workflow-flag-type",
                                    what = &*label,
                                    found = value.describe()
                                ),
                            );
                            Flag::Fixed(false)
                        }
                    }
                }
                _ => self.unknown_key(key, key_node.pos, &["group", "cancel-in-progress"], what),
            }
        }
        match group {
            Some(group) => Some(Concurrency {
                group,
                cancel_in_progress,
            }),
            None => {
                self.error(node.pos, t!("workflow-concurrency-no-group", what = what));
                None
            }
        }
    }

    fn jobs(&mut self, node: &Node) -> Vec<Job> {
        let Some(entries) = self.entries(node, "`jobs`", "job id") else {
            return Vec::new();
        };
        if entries.is_empty() {
            self.error(node.pos, t!("workflow-jobs-empty"));
        }
        let mut jobs = Vec::new();
        for (id, id_node, spec) in entries {
            if !valid_id(id) {
                self.id_error(id_node.pos, t!("workflow-invalid-job-id", id = id));
            }
            if let Some(job) = self.job(id, id_node, spec) {
                jobs.push(job);
            }
        }
        jobs
    }

    fn job(&mut self, id: &str, id_node: &Node, spec: &Node) -> Option<Job> {
        self.refs.clear();
        self.current_step = None;
        let job = self.job_fields(id, id_node, spec);
        self.current_step = None;
        if let Some(job) = &job {
            self.check_references(job);
        }
        job
    }

    /// Warns about `needs.<id>` and `steps.<id>` that are always empty: a
    /// job that is not in `needs`, a step that does not exist or runs later.
    fn check_references(&mut self, job: &Job) {
        let step_ids: Vec<Option<&str>> = job.steps.iter().map(|s| s.id.as_deref()).collect();
        for r in std::mem::take(&mut self.refs) {
            if r.needs {
                if job.needs.contains(&r.id) {
                    continue;
                }
                self.warn(
                    r.pos,
                    t!(
                        "workflow-needs-ref-empty",
                        id = r.id.as_str(),
                        job = job.id.as_str()
                    ),
                );
                continue;
            }
            match step_ids.iter().position(|s| *s == Some(r.id.as_str())) {
                Some(at) if r.step.is_some_and(|current| at >= current) => self.warn(
                    r.pos,
                    t!(
                        "workflow-steps-ref-later",
                        id = r.id.as_str(),
                        number = (at + 1).to_string()
                    ),
                ),
                Some(_) => {}
                None => self.warn(
                    r.pos,
                    t!(
                        "workflow-steps-ref-unknown",
                        id = r.id.as_str(),
                        job = job.id.as_str(),
                        hint = hint(
                            &r.id,
                            &step_ids.iter().flatten().copied().collect::<Vec<_>>()
                        )
                    ),
                ),
            }
        }
    }

    fn job_fields(&mut self, id: &str, id_node: &Node, spec: &Node) -> Option<Job> {
        let place = t!("workflow-place-job", id = id);
        let entries = self.entries(spec, &place, "key")?;
        let mut job = Job {
            id: id.to_string(),
            pos: id_node.pos,
            name: None,
            needs: Vec::new(),
            needs_pos: Vec::new(),
            cond: None,
            env: Vec::new(),
            outputs: Vec::new(),
            defaults: RunDefaults::default(),
            timeout_minutes: None,
            timeout_expr: None,
            continue_on_error: Flag::Fixed(false),
            strategy: None,
            environment: None,
            concurrency: None,
            steps: Vec::new(),
            calls: None,
            combination: None,
            call_with: Vec::new(),
            call_secrets: CallSecrets::Pass(Vec::new()),
            services: ServicesSpec::default(),
            container: None,
            runs_on: Vec::new(),
        };
        let mut runs_on = false;
        let mut steps = None;
        let mut uses = false;
        let mut reusable_only = Vec::new();
        for &(key, key_node, value) in &entries {
            match key {
                "name" => {
                    job.name = self.text(
                        value,
                        &t!("workflow-name-of", place = &*place),
                        contexts::JOB_NAME,
                    )
                }
                "needs" => {
                    if let Some(needs) = self.string_list(
                        value,
                        &t!("workflow-key-of", key = "needs", place = &*place),
                    ) {
                        for (need, pos) in needs {
                            if job.needs.contains(&need) {
                                self.error(
                                    pos,
                                    t!(
                                        "workflow-needs-twice",
                                        place = &*place,
                                        need = need.as_str()
                                    ),
                                );
                            } else {
                                job.needs.push(need);
                                job.needs_pos.push(pos);
                            }
                        }
                    }
                }
                "runs-on" => {
                    runs_on = true;
                    self.runs_on(value, &place, &mut job.runs_on);
                }
                "if" => {
                    job.cond = self.condition(
                        value,
                        &t!("workflow-the-key-of", key = "if", place = &*place),
                        contexts::JOB_IF,
                    )
                }
                "env" => {
                    job.env = self.env_pairs(value, &format!("jobs.{id}.env"), contexts::JOB_ENV)
                }
                "outputs" => {
                    job.outputs =
                        self.pairs(value, &format!("jobs.{id}.outputs"), contexts::JOB_OUTPUTS)
                }
                "defaults" => job.defaults = self.defaults(value, &format!("jobs.{id}.defaults")),
                "timeout-minutes" if value.scalar().is_some_and(|s| s.contains("${{")) => {
                    job.timeout_expr = self.text(
                        value,
                        &t!("workflow-key-of", key = "timeout-minutes", place = &*place),
                        strategy::JOB_STRATEGY,
                    )
                }
                "timeout-minutes" => {
                    job.timeout_minutes = self.minutes(
                        value,
                        &t!("workflow-key-of", key = "timeout-minutes", place = &*place),
                    )
                }
                "continue-on-error" => {
                    if let Some(flag) = self.flag(
                        value,
                        &t!(
                            "workflow-key-of",
                            key = "continue-on-error",
                            place = &*place
                        ),
                        strategy::JOB_STRATEGY,
                    ) {
                        job.continue_on_error = flag;
                    }
                }
                "strategy" => job.strategy = self.strategy(value, &place),
                "permissions" => self.permissions(value, &place),
                "steps" => steps = Some((key_node, value)),
                "environment" => job.environment = self.environment(value, &place),
                "concurrency" => {
                    job.concurrency = self.concurrency(
                        value,
                        &t!("workflow-the-key-of", key = "concurrency", place = &*place),
                        contexts::JOB_CONCURRENCY,
                    )
                }
                // `container: null` is no container, as on GitHub.
                "container" if value.is_null() => {}
                "container" => {
                    job.container = self.container(
                        value,
                        &t!("workflow-the-key-of", key = "container", place = &*place),
                        false,
                        !has_expression(value),
                    );
                }
                "services" => {
                    if let Some(services) = self.services(value, &place) {
                        job.services = services;
                    }
                }
                "snapshot" => {
                    self.snapshot(value, &place);
                    self.not_run(
                        key_node.pos,
                        &t!("workflow-key-in", key = key, place = &*place),
                    )
                }
                "uses" => {
                    uses = true;
                    job.calls =
                        self.with_rule("workflow-call", |c| c.reusable_workflow(value, &place));
                }
                "with" | "secrets" => reusable_only.push((key, key_node.pos)),
                _ => self.unknown_key(key, key_node.pos, JOB_KEYS, &place),
            }
        }
        if uses {
            (job.call_with, job.call_secrets) =
                self.with_rule("workflow-call", |c| c.reusable_call_keys(&entries, &place));
            return Some(job);
        }
        for (key, pos) in reusable_only {
            self.error(
                pos,
                t!("workflow-call-only-key", key = key, place = &*place),
            );
        }
        if !runs_on {
            self.error(id_node.pos, t!("workflow-no-runs-on", place = &*place));
        }
        match steps {
            None => self.error(id_node.pos, t!("workflow-no-steps", place = &*place)),
            Some((key_node, value)) => match &value.kind {
                Kind::Seq(items) if !items.is_empty() => {
                    let mut ids: HashMap<String, Pos> = HashMap::new();
                    for (index, item) in items.iter().enumerate() {
                        self.current_step = Some(index);
                        let step = self.step(id, index, item);
                        self.current_step = None;
                        if let Some(step) = step {
                            if let Some(step_id) = &step.id {
                                if let Some(first) = ids.get(step_id) {
                                    self.error(
                                        step.pos,
                                        t!(
                                            "workflow-duplicate-step-id",
                                            id = step_id.as_str(),
                                            place = &*place,
                                            line = first.line.to_string()
                                        ),
                                    );
                                } else {
                                    ids.insert(step_id.clone(), step.pos);
                                }
                            }
                            job.steps.push(step);
                        }
                    }
                }
                Kind::Seq(_) => {
                    self.error(key_node.pos, t!("workflow-steps-empty", place = &*place))
                }
                _ => self.error(
                    value.pos,
                    t!(
                        "workflow-steps-not-list",
                        place = &*place,
                        found = value.describe()
                    ),
                ),
            },
        }
        Some(job)
    }

    fn step(&mut self, job: &str, index: usize, node: &Node) -> Option<Step> {
        let place = t!(
            "workflow-place-step",
            number = (index + 1).to_string(),
            job = job
        );
        let entries = self.entries(node, &place, "key")?;
        let mut step = Step {
            pos: node.pos,
            id: None,
            name: None,
            cond: None,
            env: Vec::new(),
            continue_on_error: Flag::Fixed(false),
            timeout_minutes: None,
            timeout_expr: None,
            action: Action::Run {
                script: Text {
                    value: String::new(),
                    pos: node.pos,
                },
                shell: None,
                working_directory: None,
            },
        };
        let mut run: Option<Text> = None;
        let mut uses: Option<(String, Pos)> = None;
        let mut with: Option<&Node> = None;
        let mut shell: Option<(String, Pos)> = None;
        let mut working_directory: Option<(Text, Pos)> = None;
        let mut has_run = false;
        for (key, key_node, value) in &entries {
            let (key, key_node, value) = (*key, *key_node, *value);
            match key {
                "id" => {
                    if let Some(id) =
                        self.scalar_text(value, &t!("workflow-id-of", place = &*place))
                    {
                        if !valid_id(&id) {
                            self.id_error(
                                value.pos,
                                t!("workflow-invalid-step-id", id = id.as_str()),
                            );
                        }
                        step.id = Some(id);
                    }
                }
                "name" => {
                    step.name = self.text(
                        value,
                        &t!("workflow-name-of", place = &*place),
                        contexts::STEP,
                    )
                }
                "if" => {
                    step.cond = self.condition(
                        value,
                        &t!("workflow-the-key-of", key = "if", place = &*place),
                        contexts::STEP_IF,
                    )
                }
                "run" => {
                    has_run = true;
                    run = self.text(
                        value,
                        &t!("workflow-run-script-of", place = &*place),
                        contexts::STEP,
                    )
                }
                "uses" => {
                    uses = self
                        .scalar_text(value, &t!("workflow-key-of", key = "uses", place = &*place))
                        .map(|u| (u, value.pos))
                }
                "with" => with = Some(value),
                "env" => step.env = self.env_pairs(value, "env", contexts::STEP),
                "shell" => {
                    shell = self
                        .shell(
                            value,
                            &t!("workflow-key-of", key = "shell", place = &*place),
                        )
                        .map(|s| (s, key_node.pos))
                }
                "working-directory" => {
                    working_directory = self
                        .text(
                            value,
                            &t!(
                                "workflow-key-of",
                                key = "working-directory",
                                place = &*place
                            ),
                            contexts::STEP,
                        )
                        .map(|t| (t, key_node.pos))
                }
                "continue-on-error" => {
                    step.continue_on_error = match value.scalar_type() {
                        Some(ScalarType::Bool) => Flag::Fixed(
                            value
                                .scalar()
                                .is_some_and(|s| s.eq_ignore_ascii_case("true")),
                        ),
                        Some(ScalarType::Str)
                            if value.scalar().is_some_and(|s| s.contains("${{")) =>
                        {
                            match self.text(
                                value,
                                &t!(
                                    "workflow-key-of",
                                    key = "continue-on-error",
                                    place = &*place
                                ),
                                contexts::STEP,
                            ) {
                                Some(t) => Flag::Expr(t),
                                None => Flag::Fixed(false),
                            }
                        }
                        _ => {
                            self.error(
                                value.pos,
                                t!(
                                    "workflow-continue-on-error-type",
                                    place = &*place,
                                    found = value.describe()
                                ),
                            );
                            Flag::Fixed(false)
                        }
                    }
                }
                "timeout-minutes" if value.scalar().is_some_and(|s| s.contains("${{")) => {
                    step.timeout_expr = self.text(
                        value,
                        &t!("workflow-key-of", key = "timeout-minutes", place = &*place),
                        contexts::STEP,
                    )
                }
                "timeout-minutes" => {
                    step.timeout_minutes = self.minutes(
                        value,
                        &t!("workflow-key-of", key = "timeout-minutes", place = &*place),
                    )
                }
                _ => self.unknown_key(key, key_node.pos, STEP_KEYS, &place),
            }
        }
        match (has_run, uses) {
            (true, Some((_, pos))) => {
                self.error(pos, t!("workflow-step-run-and-uses", place = &*place));
                None
            }
            (false, None) => {
                self.error(
                    node.pos,
                    t!("workflow-step-no-run-or-uses", place = &*place),
                );
                None
            }
            (true, None) => {
                if let Some(with) = with {
                    self.error(with.pos, t!("workflow-with-only-uses", place = &*place));
                }
                step.action = Action::Run {
                    script: run?,
                    shell: shell.map(|(s, _)| s),
                    working_directory: working_directory.map(|(t, _)| t),
                };
                Some(step)
            }
            (false, Some((uses, pos))) => {
                self.with_rule("action", |c| c.action_reference(&uses, pos));
                let with = match with.filter(|w| !w.is_null()) {
                    Some(with) => self.with_values(with, &place, contexts::STEP_WITH),
                    None => Vec::new(),
                };
                for (what, at) in [
                    ("shell", shell.map(|s| s.1)),
                    ("working-directory", working_directory.map(|w| w.1)),
                ] {
                    if let Some(at) = at {
                        self.error(
                            at,
                            t!("workflow-only-run-steps", key = what, place = &*place),
                        );
                    }
                }
                step.action = Action::Uses(Uses { uses, pos, with });
                Some(step)
            }
        }
    }

    /// Unknown jobs in `needs` and dependency cycles.
    fn graph(&mut self, jobs: &[Job]) {
        let ids: Vec<&str> = jobs.iter().map(|j| j.id.as_str()).collect();
        let index: BTreeMap<&str, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        let mut broken = false;
        for job in jobs {
            for (need, &pos) in job.needs.iter().zip(&job.needs_pos) {
                if need == &job.id {
                    self.error(pos, t!("workflow-needs-itself", job = job.id.as_str()));
                    broken = true;
                } else if !index.contains_key(need.as_str()) {
                    let others: Vec<&str> = ids.iter().copied().filter(|i| *i != job.id).collect();
                    self.error(
                        pos,
                        t!(
                            "workflow-needs-unknown",
                            job = job.id.as_str(),
                            need = need.as_str(),
                            hint = match did_you_mean(need, others.iter().copied()) {
                                Some(s) => crate::did_you_mean_hint(s),
                                None if others.is_empty() => {
                                    format!(" {}", t!("workflow-needs-only-job"))
                                }
                                None => format!(
                                    " {}",
                                    t!("workflow-needs-jobs-list", jobs = others.join(", "))
                                ),
                            }
                        ),
                    );
                    broken = true;
                }
            }
        }
        if broken {
            return;
        }
        // Depth-first search with colours; a grey node reached again closes a cycle.
        let mut colour = vec![0u8; jobs.len()];
        let mut reported = false;
        for start in 0..jobs.len() {
            if colour[start] != 0 || reported {
                continue;
            }
            let mut path: Vec<usize> = Vec::new();
            let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
            colour[start] = 1;
            path.push(start);
            while let Some((node, next)) = stack.pop() {
                let needs = &jobs[node].needs;
                if next < needs.len() {
                    stack.push((node, next + 1));
                    let Some(&dep) = index.get(needs[next].as_str()) else {
                        continue;
                    };
                    match colour[dep] {
                        0 => {
                            colour[dep] = 1;
                            path.push(dep);
                            stack.push((dep, 0));
                        }
                        1 => {
                            let from = path.iter().position(|&p| p == dep).unwrap_or(0);
                            let mut names: Vec<&str> =
                                path[from..].iter().map(|&p| jobs[p].id.as_str()).collect();
                            names.push(&jobs[dep].id);
                            let first = path[from..]
                                .iter()
                                .map(|&p| jobs[p].pos)
                                .min()
                                .unwrap_or(jobs[dep].pos);
                            self.error(
                                first,
                                t!("workflow-needs-cycle", cycle = names.join(" → ")),
                            );
                            reported = true;
                            break;
                        }
                        _ => {}
                    }
                } else {
                    colour[node] = 2;
                    path.pop();
                }
            }
        }
    }
}

/// Whether an expression is anywhere in `node` (GitHub's
/// `Traverse().Any(x => x is ExpressionToken)`), keys included.
fn has_expression(node: &Node) -> bool {
    match &node.kind {
        Kind::Scalar { value, .. } => value.contains("${{"),
        Kind::Seq(items) => items.iter().any(has_expression),
        Kind::Map(pairs) => pairs
            .iter()
            .any(|(k, v)| has_expression(k) || has_expression(v)),
    }
}

fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(src: &str) -> Vec<String> {
        match parse("ci.yml", src) {
            Ok(_) => Vec::new(),
            Err(diags) => diags.iter().map(|d| d.to_string()).collect(),
        }
    }

    fn warnings(src: &str) -> Vec<String> {
        match parse("ci.yml", src) {
            Ok(parsed) => parsed.warnings.iter().map(|d| d.to_string()).collect(),
            Err(diags) => panic!("unexpected errors: {diags:?}"),
        }
    }

    const OK: &str =
        "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n";

    #[test]
    fn a_valid_workflow_has_no_diagnostics() {
        assert_eq!(errors(OK), Vec::<String>::new());
        assert_eq!(warnings(OK), Vec::<String>::new());
    }

    #[test]
    fn unknown_need_suggests_the_closest_job() {
        let src = "on: push\njobs:\n  build:\n    runs-on: x\n    steps: [{run: 'true'}]\n  deploy:\n    needs: buld\n    runs-on: x\n    steps: [{run: 'true'}]\n";
        assert_eq!(
            errors(src),
            [
                "ci.yml:7:12: job \"deploy\" needs \"buld\", which does not exist — did you mean \"build\"?"
            ]
        );
    }

    #[test]
    fn cycles_are_named() {
        let src = "on: push\njobs:\n  a:\n    needs: [c]\n    runs-on: x\n    steps: [{run: 'true'}]\n  b:\n    needs: a\n    runs-on: x\n    steps: [{run: 'true'}]\n  c:\n    needs: b\n    runs-on: x\n    steps: [{run: 'true'}]\n";
        assert_eq!(
            errors(src),
            [
                "ci.yml:3:3: the jobs depend on each other in a cycle: a → c → b → a (each needs the next); remove one of these `needs`"
            ]
        );
    }

    #[test]
    fn duplicate_keys_job_ids_and_step_ids() {
        let src = "on: push\non: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - id: s\n        run: 'true'\n      - id: s\n        run: 'true'\n  a:\n    runs-on: y\n";
        assert_eq!(
            errors(src),
            [
                "ci.yml:2:1: duplicate key \"on\" (first defined at line 1); remove or rename one",
                "ci.yml:9:9: duplicate step id \"s\" in job \"a\" (first at line 7); step ids must be unique in a job",
                "ci.yml:11:3: duplicate job id \"a\" (first defined at line 4); remove or rename one",
            ]
        );
    }

    #[test]
    fn unknown_keys_at_every_level() {
        let src = "on: push\nnmae: x\njobs:\n  a:\n    runs_on: x\n    runs-on: x\n    steps:\n      - run: 'true'\n        shel: bash\n";
        assert_eq!(
            errors(src),
            [
                "ci.yml:2:1: unknown key \"nmae\" in the workflow — did you mean \"name\"?",
                "ci.yml:5:5: unknown key \"runs_on\" in job \"a\" — did you mean \"runs-on\"?",
                "ci.yml:9:9: unknown key \"shel\" in step 1 of job \"a\" — did you mean \"shell\"?",
            ]
        );
    }

    #[test]
    fn shells_valid_on_github_parse_and_templates_need_the_script() {
        let src = "on: push\ndefaults:\n  run:\n    shell: Bash\njobs:\n  a:\n    runs-on: x\n    defaults:\n      run:\n        shell: bash -x\n    steps:\n      - run: 'true'\n        shell: pwsh\n      - run: 'true'\n        shell: POWERSHELL\n      - run: 'true'\n        shell: cmd\n      - run: 'true'\n        shell: perl {0}\n      - run: 'true'\n        shell: bsh\n";
        assert_eq!(
            errors(src),
            [
                "ci.yml:10:16: `jobs.a.defaults.run.shell`: unknown shell \"bash -x\": use one of bash, sh, python, pwsh, powershell, cmd, or a command with {0} where the script file goes, e.g. `bash {0}`",
                "ci.yml:21:16: `shell` of step 5 of job \"a\": unknown shell \"bsh\": did you mean \"bash\"? Otherwise use one of bash, sh, python, pwsh, powershell, cmd, or a command with {0} where the script file goes, e.g. `bsh {0}`",
            ]
        );
    }

    #[test]
    fn reusable_workflow_keys_on_a_normal_job() {
        let src = "on: push\njobs:\n  a:\n    runs-on: x\n    with:\n      k: v\n    steps: [{run: 'true'}]\n";
        assert_eq!(
            errors(src),
            [
                "ci.yml:5:5: `with` in job \"a\" only applies to a job that calls a reusable workflow with `uses:`; pass values to steps with `env:`"
            ]
        );
    }

    #[test]
    fn references_that_are_always_empty_warn() {
        let src = r#"on: push
jobs:
  build:
    runs-on: x
    outputs:
      tag: ${{ steps.meta.outputs.tag }}
    steps:
      - run: echo ${{ steps.later.outputs.x }} ${{ steps.mta.outputs.tag }}
      - id: later
        run: 'true'
      - id: meta
        run: 'true'
  deploy:
    needs: test
    runs-on: x
    steps:
      - run: echo ${{ needs.build.outputs.tag }} ${{ needs.test.result }}
  test:
    runs-on: x
    steps: [{run: 'true'}]
"#;
        assert_eq!(
            warnings(src),
            [
                "ci.yml:8:23: `steps.later` is empty here: that step runs later (step 2)",
                "ci.yml:8:52: `steps.mta` is empty here: no step of job \"build\" has `id: mta` — did you mean \"meta\"?",
                "ci.yml:17:23: `needs.build` is empty here: \"build\" is not in the `needs` of job \"deploy\"; add it there",
            ]
        );
    }

    #[test]
    fn wrong_types() {
        let src = "on: push\njobs:\n  a:\n    needs: 3\n    runs-on: x\n    steps: hello\n";
        assert_eq!(
            errors(src),
            [
                "ci.yml:4:12: `needs` of job \"a\" must be text or a list of texts, found a number",
                "ci.yml:6:12: `steps` of job \"a\" must be a list of steps, found a string",
            ]
        );
    }

    #[test]
    fn jobs_need_runs_on_and_steps() {
        let src = "on: push\njobs:\n  a:\n    name: A\n";
        assert_eq!(
            errors(src),
            [
                "ci.yml:3:3: job \"a\" has no `runs-on`: add `runs-on: ubuntu-latest` (devpath runs every job on this machine)",
                "ci.yml:3:3: job \"a\" has no `steps`: add a list of steps",
            ]
        );
    }

    #[test]
    fn steps_need_exactly_one_of_run_and_uses() {
        let src = "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - name: nothing\n      - run: 'true'\n        uses: actions/checkout@v4\n";
        assert_eq!(
            errors(src),
            [
                "ci.yml:6:9: step 1 of job \"a\" has neither `run` nor `uses`: add a `run:` script",
                "ci.yml:8:15: step 2 of job \"a\" has both `run` and `uses`: a step either runs a script or uses an action; split it in two steps",
            ]
        );
    }

    /// A workflow GitHub runs is never refused for an action devpath does
    /// not have: the step fails when it runs (see run::job's tests).
    #[test]
    fn other_actions_load_and_their_references_are_checked() {
        let src = "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/login-action@v3\n        with: {registry: r}\n      - uses: ./local\n      - uses: docker://alpine:3\n";
        assert_eq!(errors(src), Vec::<String>::new());
        let src = "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: docker/login-action\n      - uses: login@v3\n      - uses: a/b@v1\n        with:\n          tags: {a: 1}\n        shell: bash\n";
        assert_eq!(
            errors(src),
            [
                "ci.yml:6:15: `uses: docker/login-action` needs a version, e.g. `docker/login-action@v4`",
                "ci.yml:7:15: `uses: login@v3` must be `OWNER/REPO@REF`, `./PATH` or `docker://IMAGE`",
                "ci.yml:10:17: `with` of step 3 of job \"a\".tags must be text, found a mapping",
                "ci.yml:11:9: `shell` only applies to `run` steps (step 3 of job \"a\")",
            ]
        );
    }

    #[test]
    fn reusable_workflow_calls_load_with_their_own_keys() {
        let src = "on: push\njobs:\n  call:\n    uses: ./.github/workflows/build.yml\n    with: {v: 1}\n    secrets: inherit\n  remote:\n    uses: octo/repo/.github/workflows/x.yml@v1\n    secrets: {T: '${{ secrets.T }}'}\n";
        assert_eq!(errors(src), Vec::<String>::new());
        let src = "on: push\njobs:\n  call:\n    uses: octo/repo/x.yml\n  steps:\n    uses: ./.github/workflows/b.yml\n    runs-on: x\n    steps: [{run: 'true'}]\n";
        assert_eq!(
            errors(src),
            [
                "ci.yml:4:11: the `uses` of job \"call\" must be `./.github/workflows/FILE.yml` or `OWNER/REPO/.github/workflows/FILE.yml@REF`, found \"octo/repo/x.yml\"",
                "ci.yml:7:5: `runs-on` is not available in job \"steps\", which calls a reusable workflow: the called workflow's jobs define it",
                "ci.yml:8:5: `steps` is not available in job \"steps\", which calls a reusable workflow: the called workflow's jobs define it",
            ]
        );
    }

    #[test]
    fn runs_on_container_and_services_have_github_shapes() {
        let ok = "on: push\njobs:\n  a:\n    runs-on: {group: g, labels: [x]}\n    container:\n      image: node:20\n      credentials: {username: u, password: '${{ secrets.P }}'}\n    services:\n      db: {image: postgres, ports: ['5432:5432']}\n    steps: [{run: 'true'}]\n";
        assert_eq!(errors(ok), Vec::<String>::new());
        let bad = "on: push\njobs:\n  a:\n    runs-on: ''\n    container: {}\n    services: redis\n    steps: [{run: 'true'}]\n  b:\n    runs-on: []\n    container:\n      image: x\n      credentials: me\n    services:\n      db: postgres\n    steps: [{run: 'true'}]\n";
        assert_eq!(
            errors(bad),
            [
                "ci.yml:4:14: `runs-on` of job \"a\" is empty: name a runner label, e.g. `runs-on: ubuntu-latest`",
                "ci.yml:5:16: the `container` of job \"a\" has no `image`: add `image: <name>`",
                "ci.yml:6:15: the `services` of job \"a\" must be a mapping, found a string",
                "ci.yml:9:14: `runs-on` of job \"b\" is an empty list: name at least one runner label",
                "ci.yml:12:20: the `container` of job \"b\".credentials must be a mapping, found a string",
            ]
        );
    }

    /// The job's `container:` and `services:` as parsed.
    fn containers(src: &str) -> (Option<ContainerSpec>, ServicesSpec) {
        let parsed = parse("ci.yml", src).unwrap_or_else(|d| panic!("{d:?}"));
        assert_eq!(
            parsed
                .warnings
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>(),
            Vec::<String>::new()
        );
        let job = parsed.workflow.jobs.into_iter().next().unwrap();
        (job.container, job.services)
    }

    #[test]
    fn a_service_may_be_an_image_name_or_an_expression() {
        let src = "on: push\njobs:\n  a:\n    runs-on: x\n    strategy: {matrix: {db: ['redis:7']}}\n    services:\n      cache: redis:7\n      db: ${{ matrix.db }}\n      web: docker://nginx\n      full: {image: postgres, entrypoint: sh, command: -c true}\n    steps: [{run: 'true'}]\n";
        let (_, services) = containers(src);
        let ServicesSpec::Map(services) = services else {
            panic!("{services:?}")
        };
        let shown: Vec<_> = services
            .iter()
            .map(|(label, spec)| (label.as_str(), spec.image.value.as_str(), spec.shorthand))
            .collect();
        assert_eq!(
            shown,
            [
                ("cache", "redis:7", true),
                ("db", "${{ matrix.db }}", true),
                ("web", "docker://nginx", true),
                ("full", "postgres", false),
            ]
        );
        assert_eq!(
            (services[1].1.image.pos.line, services[1].1.image.pos.col),
            (8, 11)
        );
        // A context GitHub does not allow there is still an error.
        let bad = "on: push\njobs:\n  a:\n    runs-on: x\n    services:\n      db: ${{ steps.x.outputs.image }}\n    steps: [{run: 'true'}]\n";
        let errs = errors(bad);
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(errs[0].starts_with("ci.yml:6:"), "{errs:?}");
    }

    #[test]
    fn services_from_one_expression_are_kept_to_be_evaluated() {
        let src = "on: push\njobs:\n  a:\n    runs-on: x\n    services: ${{ fromJSON(vars.SERVICES) }}\n    steps: [{run: 'true'}]\n";
        let (_, services) = containers(src);
        let ServicesSpec::Expr(text) = services else {
            panic!("{services:?}")
        };
        assert_eq!(text.value, "${{ fromJSON(vars.SERVICES) }}");
        assert_eq!((text.pos.line, text.pos.col), (5, 15));
    }

    #[test]
    fn an_empty_literal_image_is_an_error_as_on_github_but_not_an_empty_container() {
        let bad = "on: push\njobs:\n  a:\n    runs-on: x\n    container: docker://\n    services:\n      one: ''\n      two: docker://\n      three: {image: ''}\n      four: {image: 'docker://', ports: ['80']}\n      five: docker://redis\n    steps: [{run: 'true'}]\n  b:\n    runs-on: x\n    container: {image: 'docker://'}\n    steps: [{run: 'true'}]\n";
        assert_eq!(
            errors(bad),
            [
                "ci.yml:5:16: the `container` of job \"a\" names no image (`docker://`): GitHub refuses an empty one (\"Container image cannot be empty\"); name an image, e.g. `node:20`",
                "ci.yml:7:12: the service \"one\" of job \"a\" names no image (``): GitHub refuses an empty one (\"Container image cannot be empty\"); name an image, e.g. `redis:7`",
                "ci.yml:8:12: the service \"two\" of job \"a\" names no image (`docker://`): GitHub refuses an empty one (\"Container image cannot be empty\"); name an image, e.g. `redis:7`",
                "ci.yml:9:22: the service \"three\" of job \"a\".image names no image (``): GitHub refuses an empty one (\"Container image cannot be empty\"); name an image, e.g. `redis:7`",
                "ci.yml:10:21: the service \"four\" of job \"a\".image names no image (`docker://`): GitHub refuses an empty one (\"Container image cannot be empty\"); name an image, e.g. `redis:7`",
                "ci.yml:15:24: the `container` of job \"b\".image names no image (`docker://`): GitHub refuses an empty one (\"Container image cannot be empty\"); name an image, e.g. `node:20`",
            ]
        );
        // `container: ''` is no container (the job runs on the runner).
        let none = "on: push\njobs:\n  a:\n    runs-on: x\n    container: ''\n    steps: [{run: 'true'}]\n";
        assert!(containers(none).0.is_none());
        let none = "on: push\njobs:\n  a:\n    runs-on: x\n    container: {image: '', env: {A: b}}\n    steps: [{run: 'true'}]\n";
        assert!(containers(none).0.is_none());
        // With an expression anywhere in `services:`, GitHub checks nothing
        // before the job starts: an empty one is skipped then.
        let later = "on: push\njobs:\n  a:\n    runs-on: x\n    services:\n      one: ''\n      two: ${{ vars.IMAGE }}\n    steps: [{run: 'true'}]\n";
        let (_, services) = containers(later);
        assert!(matches!(services, ServicesSpec::Map(s) if s.len() == 2));
    }

    #[test]
    fn a_container_list_or_mapping_may_be_one_expression() {
        let src = "on: push\njobs:\n  a:\n    runs-on: x\n    container:\n      image: x\n      env: ${{ matrix.env }}\n      credentials: ${{ fromJSON(vars.CREDS) }}\n    services:\n      s:\n        image: y\n        ports: ${{ matrix.ports }}\n        volumes: ${{ matrix.volumes }}\n    steps: [{run: 'true'}]\n";
        let (container, services) = containers(src);
        let given = |spec: &ContainerSpec| -> Vec<(String, String)> {
            spec.given
                .iter()
                .map(|(k, t)| (k.clone(), t.value.clone()))
                .collect()
        };
        assert_eq!(
            given(&container.unwrap()),
            [
                ("env".to_string(), "${{ matrix.env }}".to_string()),
                (
                    "credentials".to_string(),
                    "${{ fromJSON(vars.CREDS) }}".to_string()
                ),
            ]
        );
        let ServicesSpec::Map(services) = services else {
            panic!("{services:?}")
        };
        assert_eq!(
            given(&services[0].1),
            [
                ("ports".to_string(), "${{ matrix.ports }}".to_string()),
                ("volumes".to_string(), "${{ matrix.volumes }}".to_string()),
            ]
        );
        // With the container's contexts: no `secrets` for its `env` as a whole.
        let bad = "on: push\njobs:\n  a:\n    runs-on: x\n    container:\n      image: x\n      env: ${{ fromJSON(secrets.ENV) }}\n    steps: [{run: 'true'}]\n";
        let errs = errors(bad);
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(errs[0].starts_with("ci.yml:7:"), "{errs:?}");
    }

    #[test]
    fn a_job_container_takes_no_entrypoint_or_command() {
        let bad = "on: push\njobs:\n  a:\n    runs-on: x\n    container: {image: x, entrypoint: y, command: z}\n    steps: [{run: 'true'}]\n";
        assert_eq!(
            errors(bad),
            [
                "ci.yml:5:27: unknown key \"entrypoint\" in the `container` of job \"a\" (expected one of: image, credentials, env, ports, volumes, options)",
                "ci.yml:5:42: unknown key \"command\" in the `container` of job \"a\" (expected one of: image, credentials, env, ports, volumes, options)",
            ]
        );
    }

    #[test]
    fn bad_expressions_point_inside_the_file() {
        let src = "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: |\n          echo one\n          echo ${{ github.sha ==}}\n";
        let errs = errors(src);
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(errs[0].starts_with("ci.yml:8:"), "{errs:?}");
        assert!(
            errs[0].contains("invalid expression in the `run` script of step 1 of job \"a\""),
            "{errs:?}"
        );
    }

    #[test]
    fn unknown_and_unavailable_contexts() {
        let src = "on: push\njobs:\n  a:\n    runs-on: x\n    if: secrets.X == 'y'\n    steps:\n      - run: echo ${{ gihub.sha }}\n";
        assert_eq!(
            errors(src),
            [
                "ci.yml:5:9: the `secrets` context is not available in the `if` of job \"a\"; available here: github, needs, vars, inputs",
                "ci.yml:7:23: unknown context \"gihub\" in the `run` script of step 1 of job \"a\" — did you mean \"github\"?",
            ]
        );
    }

    #[test]
    fn malformed_yaml_has_a_position() {
        let errs = errors("on: push\njobs:\n  a:\n    runs-on: [x\n    steps: 1\n");
        assert_eq!(errs.len(), 1);
        assert!(errs[0].starts_with("ci.yml:"), "{errs:?}");
        assert!(errs[0].contains("invalid YAML"), "{errs:?}");
    }

    #[test]
    fn github_only_keys_warn() {
        // `permissions` and `strategy` are checked and run: no warning.
        let src = "on:\n  push:\n    paths: [src]\n  issues:\npermissions: read-all\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix: {v: [1, 2]}\n    steps: [{run: 'true'}]\n";
        assert_eq!(
            warnings(src),
            [
                "ci.yml:4:3: valid on GitHub, never triggered locally: the `issues` event (devpath triggers push, pull_request, pull_request_target, workflow_dispatch, schedule, release, repository_dispatch)",
            ]
        );
    }

    #[test]
    fn conditions_with_text_around_their_expression_warn_that_they_are_always_true() {
        let src = "on: push\njobs:\n  a:\n    runs-on: x\n    if: ${{ true }} && ${{ false }}\n    steps:\n      - if: '${{ false }} '\n        run: 'true'\n      - if: |\n          ${{ false }}\n        run: 'true'\n      - if: ${{ false }}\n        run: 'true'\n      - if: github.ref == 'x'\n        run: 'true'\n";
        let found = warnings(src);
        let lines: Vec<&str> = found
            .iter()
            .map(|w| &w[..w.find(": ").unwrap_or(0)])
            .collect();
        assert_eq!(
            lines,
            ["ci.yml:5:9", "ci.yml:7:14", "ci.yml:10:11"],
            "{found:#?}"
        );
        assert!(
            found
                .iter()
                .all(|w| w.contains("is always evaluated to true")),
            "{found:#?}"
        );
    }

    #[test]
    fn environment_and_concurrency_are_run_without_warnings() {
        let src = "on: push\nconcurrency:\n  group: ci-${{ github.ref }}\n  cancel-in-progress: true\njobs:\n  a:\n    runs-on: x\n    environment:\n      name: ${{ vars.TARGET }}\n      url: ${{ steps.s.outputs.url }}\n    concurrency: deploy-${{ inputs.x }}\n    steps: [{id: s, run: 'true'}]\n  b:\n    runs-on: x\n    environment: production\n    concurrency: {group: g, cancel-in-progress: '${{ github.ref == 1 }}'}\n    steps: [{run: 'true'}]\n";
        assert_eq!(warnings(src), Vec::<String>::new());
        let parsed = parse("ci.yml", src).unwrap();
        let wf = &parsed.workflow;
        assert_eq!(
            wf.concurrency.as_ref().unwrap().group.value,
            "ci-${{ github.ref }}"
        );
        assert!(matches!(
            wf.concurrency.as_ref().unwrap().cancel_in_progress,
            Flag::Fixed(true)
        ));
        let env = wf.jobs[0].environment.as_ref().unwrap();
        assert_eq!(env.name.value, "${{ vars.TARGET }}");
        assert_eq!(
            env.url.as_ref().unwrap().value,
            "${{ steps.s.outputs.url }}"
        );
        assert_eq!(
            wf.jobs[1].environment.as_ref().unwrap().name.value,
            "production"
        );
        assert!(matches!(
            wf.jobs[1].concurrency.as_ref().unwrap().cancel_in_progress,
            Flag::Expr(_)
        ));
    }

    #[test]
    fn environment_and_concurrency_errors() {
        let src = "on: push\nconcurrency:\n  group: ${{ needs.a.result }}\n  cancel: true\njobs:\n  a:\n    runs-on: x\n    environment:\n      nam: prod\n    concurrency:\n      cancel-in-progress: maybe\n    steps: [{run: 'true'}]\n  b:\n    runs-on: x\n    environment:\n      name: ${{ secrets.ENV }}\n    concurrency: [x]\n    steps: [{run: 'true'}]\n";
        assert_eq!(
            errors(src),
            [
                "ci.yml:3:14: the `needs` context is not available in `group` of the workflow's `concurrency`; available here: github, inputs, vars",
                "ci.yml:4:3: unknown key \"cancel\" in the workflow's `concurrency` (expected one of: group, cancel-in-progress)",
                "ci.yml:9:7: unknown key \"nam\" in `environment` of job \"a\" — did you mean \"name\"?",
                "ci.yml:9:7: the `environment` of job \"a\" has no `name`: add `name: production` (or the environment's name)",
                "ci.yml:11:7: the `concurrency` of job \"a\" has no `group`: add `group: <name>` (runs or jobs in the same group do not overlap)",
                "ci.yml:11:27: `cancel-in-progress` of the `concurrency` of job \"a\" must be true, false or an expression, found a string",
                "ci.yml:16:17: the `secrets` context is not available in the `environment` of job \"b\"; available here: github, needs, strategy, matrix, vars, inputs",
                "ci.yml:17:18: the `concurrency` of job \"b\" must be a group name or a mapping with `group` and `cancel-in-progress`, found a list",
            ]
        );
    }

    #[test]
    fn triggers_in_every_form() {
        for on in [
            "push",
            "[push, workflow_dispatch]",
            "{push: {branches: [main]}, workflow_dispatch: }",
        ] {
            let src =
                format!("on: {on}\njobs:\n  a:\n    runs-on: x\n    steps: [{{run: 'true'}}]\n");
            let parsed = parse("ci.yml", &src).unwrap();
            assert!(parsed.workflow.is_triggered_by(&super::super::Event::Push {
                git_ref: "refs/heads/main".into()
            }));
        }
        assert_eq!(
            errors("on: pusj\njobs:\n  a:\n    runs-on: x\n    steps: [{run: 'true'}]\n"),
            ["ci.yml:1:5: unknown event \"pusj\" in `on` — did you mean \"push\"?"]
        );
        assert_eq!(
            errors(
                "on: [pull_request_comment, image_version]\njobs:\n  a:\n    runs-on: x\n    steps: [{run: 'true'}]\n"
            ),
            [
                "ci.yml:1:6: unknown event \"pull_request_comment\" in `on` — comments on pull requests are \"issue_comment\" events"
            ]
        );
    }

    #[test]
    fn event_filters_are_checked() {
        let src = r#"on:
  push:
    branches: [main]
    branches-ignore: [dev]
    paths: ['!docs/**']
    tags: ['v[0-9']
  pull_request:
    types: [opend, synchronise]
    tags: [v1]
  release:
    types: [published, shipped]
  schedule:
    - cron: '0 3 * *'
    - cron: '@daily'
  issue:
jobs:
  a:
    runs-on: x
    steps: [{run: 'true'}]
"#;
        assert_eq!(
            errors(src),
            [
                "ci.yml:4:22: `on.push` cannot have both `branches` and `branches-ignore`: keep `branches` and write the exclusions in it as `!pattern` entries",
                "ci.yml:5:12: `on.push.paths` has only `!` patterns, so nothing can match: add a pattern without `!` first (e.g. '**'), or use the `-ignore` form",
                "ci.yml:6:12: invalid pattern \"v[0-9\" in `on.push.tags`: the `[` at character 2 is never closed: add `]`, or write `\\[` to match a literal `[`",
                "ci.yml:8:13: unknown activity type \"opend\" in `on.pull_request.types` — did you mean \"opened\"?",
                "ci.yml:8:20: unknown activity type \"synchronise\" in `on.pull_request.types` — did you mean \"synchronize\"?",
                "ci.yml:9:5: unknown key \"tags\" in `on.pull_request` (expected one of: types, branches, branches-ignore, paths, paths-ignore)",
                "ci.yml:11:24: unknown activity type \"shipped\" in `on.release.types` (expected one of: published, unpublished, created, edited, deleted, prereleased, released)",
                "ci.yml:13:13: the cron \"0 3 * *\" has 4 fields; GitHub needs five: minute hour day-of-month month day-of-week, e.g. '0 3 * * *'",
                "ci.yml:14:13: GitHub does not support the cron shorthand \"@daily\": write the five fields (minute hour day month weekday), e.g. '0 0 * * *'",
                "ci.yml:15:3: unknown event \"issue\" in `on` — did you mean \"issues\"?",
            ]
        );
    }

    #[test]
    fn dispatch_inputs_are_checked_and_typed() {
        let src = "on:\n  workflow_dispatch:\n    inputs:\n      tag:\n        required: true\n      env:\n        type: choice\n        options: [staging, production]\n        default: staging\n      dry:\n        type: boolean\n        default: false\njobs:\n  a:\n    runs-on: x\n    steps: [{run: 'true'}]\n";
        let wf = parse("ci.yml", src).unwrap().workflow;
        let given = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<BTreeMap<_, _>>()
        };
        let inputs = wf.resolve_inputs(&given(&[("tag", "v1")])).unwrap();
        assert_eq!(
            serde_json::Value::Object(inputs),
            serde_json::json!({"tag": "v1", "env": "staging", "dry": false})
        );
        let err = wf
            .resolve_inputs(&given(&[("env", "prod"), ("dry", "yes"), ("tga", "x")]))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("unexpected input \"tga\" — did you mean \"tag\"?"),
            "{err}"
        );
        assert!(
            err.contains("the required input \"tag\" is missing: pass --input tag=VALUE"),
            "{err}"
        );
        assert!(
            err.contains(
                "the input \"env\" must be one of \"staging\", \"production\", not \"prod\""
            ),
            "{err}"
        );
        assert!(
            err.contains("the input \"dry\" is a boolean: give true or false, not \"yes\""),
            "{err}"
        );
        assert_eq!(
            errors(
                "on:\n  workflow_dispatch:\n    inputs:\n      e:\n        type: choise\njobs:\n  a:\n    runs-on: x\n    steps: [{run: 'true'}]\n"
            ),
            [
                "ci.yml:5:15: unknown input type \"choise\" for the input \"e\" — did you mean \"choice\"?"
            ]
        );
    }

    #[test]
    fn status_functions_only_in_if_and_names_checked_like_values() {
        let src = "on: push\nenv:\n  ${{ github.ref }}: x\n  ${{ runner.name }}: y\njobs:\n  a:\n    runs-on: x\n    steps:\n      - if: success() && always()\n        run: echo ${{ failure() }}\n        env:\n          OK: ${{ cancelled() }}\n";
        assert_eq!(
            errors(src),
            [
                "ci.yml:4:7: the `runner` context is not available in the name `${{ runner.name }}` in env; available here: github, secrets, inputs, vars",
                "ci.yml:10:23: `failure()` cannot be called in the `run` script of step 1 of job \"a\": status functions are only available in `if:` (of a job or a step); compute the value in an `if:` instead",
                "ci.yml:12:19: `cancelled()` cannot be called in env.OK: status functions are only available in `if:` (of a job or a step); compute the value in an `if:` instead",
            ]
        );
    }

    #[test]
    fn schedules_image_version_dispatch_limits_and_snapshots() {
        let mut inputs = String::new();
        for i in 0..26 {
            inputs.push_str(&format!("      i{i}: {{}}\n"));
        }
        let src = format!(
            "on:\n  schedule:\n    - {{}}\n    - cron: '*/2 * * * *'\n  image_version:\n    names: []\n    versions: ['']\n    entrypoint: x\n  workflow_dispatch:\n    inputs:\n{inputs}jobs:\n  a:\n    runs-on: x\n    snapshot:\n      image-id: x\n    steps: [{{run: 'true'}}]\n  b:\n    runs-on: x\n    snapshot: my-image\n    steps: [{{run: 'true'}}]\n"
        );
        assert_eq!(
            errors(&src),
            [
                "ci.yml:3:7: this entry of `on.schedule` has no `cron`: add one, e.g. `- cron: '0 3 * * *'`",
                "ci.yml:6:12: `on.image_version.names` is empty: list at least one, or remove it",
                "ci.yml:7:16: an entry of `on.image_version.versions` is empty",
                "ci.yml:8:5: unknown key \"entrypoint\" in `on.image_version` (expected one of: names, versions, types)",
                "ci.yml:11:7: `on.workflow_dispatch.inputs` has 26 inputs; GitHub accepts at most 25: group some into one (a JSON string, read with fromJSON)",
                "ci.yml:41:7: the `snapshot` of job \"a\" has no `image-name`",
                "ci.yml:41:7: unknown key \"image-id\" in the `snapshot` of job \"a\" (expected one of: image-name, version, if)",
            ]
        );
        let often = "on:\n  schedule:\n    - cron: '*/2 * * * *'\njobs:\n  a:\n    runs-on: x\n    steps: [{run: 'true'}]\n";
        assert!(
            warnings(often).iter().any(|w| w.starts_with(
                "ci.yml:3:13: the cron \"*/2 * * * *\" asks for a run every 2 minute(s)"
            )),
            "{:?}",
            warnings(often)
        );
        assert_eq!(super::every_few_minutes("0 3 * * *"), None);
        assert_eq!(super::every_few_minutes("0,3,30 * * * *"), Some(3));
        assert_eq!(super::every_few_minutes("*/15 * * * *"), None);
    }
}
