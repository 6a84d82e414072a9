//! `action.yml` (or `action.yaml`) of a local action or of one found in the
//! offline action folder: its inputs and outputs and how it runs
//! (`composite` steps, a `node*` script, or a `docker` image), with the
//! same positions and messages as a workflow (GitHub's "Metadata syntax
//! for GitHub Actions").

use super::Checker;
use crate::Diagnostic;
use crate::eval;
use crate::model::{Action, Pairs, Step, Text};
use crate::yaml::{Kind, Node};
use i18n::t;

/// One of the action's `inputs`.
#[derive(Debug, Clone)]
pub(crate) struct ActionInput {
    pub name: String,
    pub required: bool,
    /// May hold `${{ }}` (e.g. `${{ github.token }}`).
    pub default: Option<Text>,
}

/// How the action runs (`runs.using`).
#[derive(Debug, Clone)]
pub(crate) enum Runs {
    Composite(Vec<Step>),
    Node {
        /// `node20`…, for messages.
        using: String,
        main: String,
        pre: Option<String>,
        pre_if: Option<String>,
        post: Option<String>,
        post_if: Option<String>,
    },
    Docker {
        /// `Dockerfile` (a path in the action) or `docker://IMAGE`.
        image: String,
        args: Vec<Text>,
        entrypoint: Option<String>,
        env: Pairs,
    },
}

/// A checked `action.yml`.
#[derive(Debug, Clone)]
pub(crate) struct ActionMeta {
    pub inputs: Vec<ActionInput>,
    /// `outputs.<id>.value` (composite actions; other kinds set theirs
    /// through `$GITHUB_OUTPUT`, and have no value here).
    pub outputs: Vec<(String, Option<Text>)>,
    pub runs: Runs,
}

const NODE_VERSIONS: &[&str] = &["node12", "node16", "node20", "node24"];

/// Parses and checks an action's metadata; `Err` holds every error.
pub(crate) fn parse_action(file: &str, source: &str) -> Result<ActionMeta, Vec<Diagnostic>> {
    let (mut checker, root) = Checker::read(file, source, &t!("workflow-action-empty"))?;
    let meta = checker.action(&root);
    checker.errors.sort_by_key(|d| (d.line, d.col));
    match meta {
        Some(meta) if checker.errors.is_empty() => Ok(meta),
        _ => Err(checker.errors),
    }
}

impl Checker<'_> {
    /// GitHub refuses `secrets` in a composite action's steps ("Unrecognized
    /// named-value: 'secrets'"): secrets reach an action as inputs.
    fn no_secrets(&mut self, step: &Step) {
        let mut texts: Vec<(&Text, bool)> = Vec::new();
        texts.extend(step.name.iter().map(|t| (t, false)));
        texts.extend(step.cond.iter().map(|t| (t, true)));
        texts.extend(step.env.iter().map(|(_, t)| (t, false)));
        match &step.action {
            Action::Run {
                script,
                working_directory,
                ..
            } => {
                texts.push((script, false));
                texts.extend(working_directory.iter().map(|t| (t, false)));
            }
            Action::Uses(uses) => texts.extend(uses.with.iter().map(|(_, t)| (t, false))),
        }
        for (text, condition) in texts {
            let used = if condition {
                eval::condition_contexts(&text.value)
            } else {
                eval::template_contexts(&text.value)
            };
            if used
                .unwrap_or_default()
                .iter()
                .any(|(name, _)| name.eq_ignore_ascii_case("secrets"))
            {
                self.error(text.pos, t!("workflow-action-secrets"));
            }
        }
    }

    fn action(&mut self, root: &Node) -> Option<ActionMeta> {
        const KEYS: &[&str] = &[
            "name",
            "author",
            "description",
            "inputs",
            "outputs",
            "runs",
            "branding",
        ];
        let entries = self.entries(root, "the action", "key")?;
        let mut inputs = Vec::new();
        let mut outputs = Vec::new();
        let mut runs = None;
        for (key, key_node, value) in entries {
            match key {
                "name" | "author" | "description" | "branding" => {}
                "inputs" if !value.is_null() => {
                    for (name, _, spec) in
                        self.entries(value, "`inputs`", "input").unwrap_or_default()
                    {
                        let mut input = ActionInput {
                            name: name.to_string(),
                            required: false,
                            default: None,
                        };
                        for (k, _, v) in self
                            .entries(spec, &t!("workflow-place-input", name = name), "key")
                            .unwrap_or_default()
                        {
                            match k {
                                "required" => {
                                    input.required =
                                        v.scalar().is_some_and(|s| s.eq_ignore_ascii_case("true"))
                                }
                                "default" if !v.is_null() => {
                                    input.default = self.text(
                                        v,
                                        &t!(
                                            "workflow-default-of",
                                            place = t!("workflow-place-input", name = name)
                                        ),
                                        &[
                                            "github", "runner", "env", "vars", "job", "strategy",
                                            "matrix", "steps", "inputs",
                                        ],
                                    );
                                }
                                _ => {}
                            }
                        }
                        inputs.push(input);
                    }
                }
                "outputs" if !value.is_null() => {
                    for (name, _, spec) in self
                        .entries(value, "`outputs`", "output")
                        .unwrap_or_default()
                    {
                        let mut found = None;
                        for (k, _, v) in self
                            .entries(spec, &t!("workflow-place-output", name = name), "key")
                            .unwrap_or_default()
                        {
                            if k == "value" {
                                found = self.text(
                                    v,
                                    &t!("workflow-output-value", name = name),
                                    &[
                                        "github", "runner", "env", "vars", "job", "strategy",
                                        "matrix", "steps", "inputs",
                                    ],
                                );
                            }
                        }
                        outputs.push((name.to_string(), found));
                    }
                }
                "inputs" | "outputs" => {}
                "runs" => runs = self.runs(value),
                _ => self.unknown_key(key, key_node.pos, KEYS, "the action"),
            }
        }
        let Some(runs) = runs else {
            if self.errors.is_empty() {
                self.error(root.pos, t!("workflow-action-no-runs"));
            }
            return None;
        };
        if !matches!(runs, Runs::Composite(_)) {
            outputs.iter_mut().for_each(|(_, value)| *value = None);
        }
        Some(ActionMeta {
            inputs,
            outputs,
            runs,
        })
    }

    fn runs(&mut self, node: &Node) -> Option<Runs> {
        let entries = self.entries(node, "`runs`", "key")?;
        let get = |name: &str| {
            entries
                .iter()
                .find(|(k, _, _)| *k == name)
                .map(|(_, _, v)| *v)
        };
        let Some(using_node) = get("using") else {
            self.error(node.pos, t!("workflow-action-no-using"));
            return None;
        };
        let using = self.scalar_text(using_node, "`runs.using`")?;
        let text = |c: &mut Self, name: &str| {
            get(name).and_then(|v| c.scalar_text(v, &format!("`runs.{name}`")))
        };
        match using.as_str() {
            "composite" => {
                let Some(steps) = get("steps") else {
                    self.error(node.pos, t!("workflow-action-no-steps"));
                    return None;
                };
                let Kind::Seq(items) = &steps.kind else {
                    self.error(
                        steps.pos,
                        t!("workflow-action-steps-type", found = steps.describe()),
                    );
                    return None;
                };
                let mut out = Vec::new();
                for (index, item) in items.iter().enumerate() {
                    self.current_step = Some(index);
                    let step = self.step("composite action", index, item);
                    self.current_step = None;
                    let Some(step) = step else { continue };
                    self.no_secrets(&step);
                    if let Action::Run { shell: None, .. } = &step.action {
                        self.error(
                            step.pos,
                            t!(
                                "workflow-action-step-no-shell",
                                number = (index + 1).to_string()
                            ),
                        );
                    }
                    out.push(step);
                }
                self.refs.clear();
                Some(Runs::Composite(out))
            }
            v if NODE_VERSIONS.contains(&v) => {
                let Some(main) = text(self, "main") else {
                    self.error(node.pos, t!("workflow-action-no-main", using = v));
                    return None;
                };
                Some(Runs::Node {
                    using: v.to_string(),
                    main,
                    pre: text(self, "pre"),
                    pre_if: text(self, "pre-if"),
                    post: text(self, "post"),
                    post_if: text(self, "post-if"),
                })
            }
            "docker" => {
                let Some(image) = text(self, "image") else {
                    self.error(node.pos, t!("workflow-action-no-image"));
                    return None;
                };
                let mut args = Vec::new();
                if let Some(list) = get("args") {
                    if let Kind::Seq(items) = &list.kind {
                        for item in items {
                            args.extend(self.text(
                                item,
                                "`runs.args`",
                                &[
                                    "github", "runner", "env", "vars", "job", "strategy", "matrix",
                                    "steps", "inputs",
                                ],
                            ));
                        }
                    } else {
                        self.error(list.pos, t!("workflow-action-args-list"));
                    }
                }
                let env = match get("env") {
                    Some(env) => self.pairs(
                        env,
                        "`runs.env`",
                        &[
                            "github", "runner", "env", "vars", "job", "strategy", "matrix",
                            "steps", "inputs",
                        ],
                    ),
                    None => Vec::new(),
                };
                Some(Runs::Docker {
                    image,
                    args,
                    entrypoint: text(self, "entrypoint"),
                    env,
                })
            }
            other => {
                self.error(
                    using_node.pos,
                    t!(
                        "workflow-action-bad-using",
                        using = other,
                        versions = NODE_VERSIONS.join(", ")
                    ),
                );
                None
            }
        }
    }
}
