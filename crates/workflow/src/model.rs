//! The checked workflow model: what `parse` produces and `run` executes.
//!
//! Texts that may hold `${{ }}` expressions are kept as [`Text`] (their
//! source and position) and evaluated when the job or step runs, with the
//! contexts of that moment.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value};

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

/// `name: value` pairs in file order (`env:`, `outputs:`).
pub(crate) type Pairs = Vec<(String, Text)>;

/// A parsed, validated workflow.
#[derive(Debug, Clone)]
pub struct Workflow {
    /// The file as shown to the user.
    pub(crate) file: String,
    pub(crate) name: Option<String>,
    pub(crate) triggers: Triggers,
    pub(crate) env: Pairs,
    pub(crate) defaults: RunDefaults,
    /// The workflow-level `concurrency:`.
    pub(crate) concurrency: Option<Concurrency>,
    /// In file order.
    pub(crate) jobs: Vec<Job>,
}

/// `on:` as far as devpath runs it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Triggers {
    pub push: Option<PushFilter>,
    pub dispatch: Option<Vec<DispatchInput>>,
    /// `on.workflow_call`: the workflow can be called by another's job.
    pub call: Option<crate::parse::WorkflowCall>,
}

/// `on.push` filters (`None`: no filter of that kind).
#[derive(Debug, Clone, Default)]
pub(crate) struct PushFilter {
    pub branches: Option<Vec<String>>,
    pub branches_ignore: Option<Vec<String>>,
    pub tags: Option<Vec<String>>,
    pub tags_ignore: Option<Vec<String>>,
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
    /// `environment:`, evaluated when the job is about to start.
    pub environment: Option<EnvironmentSpec>,
    /// The job-level `concurrency:`.
    pub concurrency: Option<Concurrency>,
    pub steps: Vec<Step>,
    /// `uses:` of a job that calls a reusable workflow (`run::reusable`).
    pub calls: Option<Text>,
    /// The call's `with:`.
    pub call_with: Vec<CallArg>,
    /// The call's `secrets:`.
    pub call_secrets: CallSecrets,
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

    /// Whether `event` starts this workflow: a push must pass the branch
    /// and tag filters of `on.push`; a dispatch needs `workflow_dispatch`.
    pub fn is_triggered_by(&self, event: &Event) -> bool {
        match event {
            Event::Push { git_ref } => self
                .triggers
                .push
                .as_ref()
                .is_some_and(|filter| filter.matches(git_ref)),
            Event::WorkflowDispatch { .. } => self.triggers.dispatch.is_some(),
        }
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
                    .map(|s| format!(" — did you mean \"{s}\"?"))
                    .unwrap_or_else(|| {
                        if names.is_empty() {
                            " (this workflow declares no inputs)".into()
                        } else {
                            format!(" (declared: {})", names.join(", "))
                        }
                    });
                problems.push(format!("unexpected input \"{name}\"{hint}"));
            }
        }
        let mut inputs = Map::new();
        for input in declared {
            let text = given.get(&input.name).or(input.default.as_ref());
            let Some(text) = text else {
                if input.required {
                    problems.push(format!(
                        "the required input \"{}\" is missing: pass --input {}=VALUE",
                        input.name, input.name
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
                        problems.push(format!(
                            "the input \"{}\" is a boolean: give true or false, not \"{text}\"",
                            input.name
                        ));
                        continue;
                    }
                },
                InputKind::Number => match text.trim().parse::<f64>() {
                    Ok(n) => serde_json::Number::from_f64(n)
                        .map(Value::Number)
                        .unwrap_or(Value::Null),
                    Err(_) => {
                        problems.push(format!(
                            "the input \"{}\" is a number, not \"{text}\"",
                            input.name
                        ));
                        continue;
                    }
                },
                InputKind::Choice(options) => {
                    if !options.contains(text) {
                        problems.push(format!(
                            "the input \"{}\" must be one of {}, not \"{text}\"",
                            input.name,
                            options
                                .iter()
                                .map(|o| format!("\"{o}\""))
                                .collect::<Vec<_>>()
                                .join(", ")
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

impl PushFilter {
    /// GitHub's rules: a branch push must match `branches` (or not match
    /// `branches-ignore`); a tag push likewise with `tags`. With only tag
    /// filters, branch pushes don't trigger, and the other way round.
    pub(crate) fn matches(&self, git_ref: &str) -> bool {
        let (name, include, ignore, other_include, other_ignore) =
            if let Some(tag) = git_ref.strip_prefix("refs/tags/") {
                (
                    tag,
                    &self.tags,
                    &self.tags_ignore,
                    &self.branches,
                    &self.branches_ignore,
                )
            } else {
                let branch = git_ref.strip_prefix("refs/heads/").unwrap_or(git_ref);
                (
                    branch,
                    &self.branches,
                    &self.branches_ignore,
                    &self.tags,
                    &self.tags_ignore,
                )
            };
        match (include, ignore) {
            (Some(patterns), _) => filter_matches(patterns, name),
            (None, Some(patterns)) => !patterns.iter().any(|p| glob_match(p, name)),
            (None, None) => other_include.is_none() && other_ignore.is_none(),
        }
    }
}

/// Patterns are applied in order; a `!pattern` excludes what earlier ones
/// included.
fn filter_matches(patterns: &[String], name: &str) -> bool {
    let mut matched = false;
    for pattern in patterns {
        if let Some(negated) = pattern.strip_prefix('!') {
            if glob_match(negated, name) {
                matched = false;
            }
        } else if glob_match(pattern, name) {
            matched = true;
        }
    }
    matched
}

/// GitHub's filter globs: `*` (no `/`), `**` (anything), `?`, `+` (one or
/// more of the previous character) and `[...]` classes.
pub(crate) fn glob_match(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    glob_at(&p, &n)
}

fn glob_at(p: &[char], n: &[char]) -> bool {
    match p.first() {
        None => n.is_empty(),
        Some('*') if p.get(1) == Some(&'*') => (0..=n.len()).any(|i| glob_at(&p[2..], &n[i..])),
        Some('*') => {
            for i in 0..=n.len() {
                if glob_at(&p[1..], &n[i..]) {
                    return true;
                }
                if n.get(i) == Some(&'/') {
                    break;
                }
            }
            false
        }
        Some('[') => {
            let Some(end) = p.iter().position(|&c| c == ']') else {
                return n.first() == Some(&'[') && glob_at(&p[1..], &n[1..]);
            };
            let class = &p[1..end];
            let Some(&c) = n.first() else { return false };
            let mut ok = false;
            let mut i = 0;
            while i < class.len() {
                if i + 2 < class.len() && class[i + 1] == '-' {
                    ok |= class[i] <= c && c <= class[i + 2];
                    i += 3;
                } else {
                    ok |= class[i] == c;
                    i += 1;
                }
            }
            ok && glob_at(&p[end + 1..], &n[1..])
        }
        Some(&c) if p.get(1) == Some(&'+') => {
            let mut i = 0;
            while n.get(i).is_some_and(|&x| x == c || (c == '?' && x != '/')) {
                i += 1;
                if glob_at(&p[2..], &n[i..]) {
                    return true;
                }
            }
            false
        }
        Some('?') => n.first().is_some_and(|&x| x != '/') && glob_at(&p[1..], &n[1..]),
        Some(&c) => n.first() == Some(&c) && glob_at(&p[1..], &n[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob_match("main", "main"));
        assert!(!glob_match("main", "mainx"));
        assert!(glob_match("release/*", "release/1.0"));
        assert!(!glob_match("release/*", "release/1/2"));
        assert!(glob_match("release/**", "release/1/2"));
        assert!(glob_match("v[12].*", "v2.0"));
        assert!(glob_match("v+", "vvv"));
        assert!(glob_match("feature-?", "feature-a"));
    }

    #[test]
    fn push_filters() {
        let f = PushFilter {
            branches: Some(vec![
                "main".into(),
                "release/**".into(),
                "!release/old".into(),
            ]),
            ..Default::default()
        };
        assert!(f.matches("refs/heads/main"));
        assert!(f.matches("refs/heads/release/x/y"));
        assert!(!f.matches("refs/heads/release/old"));
        assert!(!f.matches("refs/heads/dev"));
        assert!(!f.matches("refs/tags/v1"));
        let ignore = PushFilter {
            branches_ignore: Some(vec!["wip/*".into()]),
            ..Default::default()
        };
        assert!(ignore.matches("refs/heads/main"));
        assert!(!ignore.matches("refs/heads/wip/a"));
        let tags_only = PushFilter {
            tags: Some(vec!["v*".into()]),
            ..Default::default()
        };
        assert!(!tags_only.matches("refs/heads/main"));
        assert!(tags_only.matches("refs/tags/v1"));
        assert!(PushFilter::default().matches("refs/heads/anything"));
        assert!(PushFilter::default().matches("refs/tags/v1"));
    }
}
