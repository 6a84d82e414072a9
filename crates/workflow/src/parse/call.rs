//! `on.workflow_call`: the inputs, secrets and outputs a reusable workflow
//! declares, checked as GitHub checks them when the workflow is called
//! (typed inputs: `string`, `number`, `boolean`; outputs read `jobs.*`).

use super::{Checker, did_you_mean};
use crate::model::Text;
use crate::yaml::{Kind, Node, ScalarType};
use i18n::t;

/// The `type:` of a `workflow_call` input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CallType {
    String,
    Number,
    Boolean,
}

impl CallType {
    pub(crate) fn name(self) -> &'static str {
        match self {
            CallType::String => "string",
            CallType::Number => "number",
            CallType::Boolean => "boolean",
        }
    }
}

/// One `on.workflow_call.inputs` entry.
#[derive(Debug, Clone)]
pub(crate) struct CallInput {
    pub name: String,
    pub kind: CallType,
    pub required: bool,
    /// As written (it may hold `${{ }}` reading `github`, `inputs`…).
    pub default: Option<Text>,
}

/// `on.workflow_call` of a reusable workflow.
#[derive(Debug, Clone, Default)]
pub(crate) struct WorkflowCall {
    pub inputs: Vec<CallInput>,
    /// Secret names and whether each is required.
    pub secrets: Vec<(String, bool)>,
    /// `outputs.<name>.value`, evaluated once the called jobs ended.
    pub outputs: Vec<(String, Text)>,
}

/// Contexts of `on.workflow_call.outputs.<id>.value` (GitHub's table).
const OUTPUT_CONTEXTS: &[&str] = &["github", "jobs", "vars", "inputs"];
/// Contexts of an input's `default`.
const DEFAULT_CONTEXTS: &[&str] = &["github", "inputs", "vars"];

impl Checker<'_> {
    pub(super) fn workflow_call(&mut self, config: Option<&Node>) -> WorkflowCall {
        let mut call = WorkflowCall::default();
        let Some(config) = config else { return call };
        let Some(entries) = self.entries(config, "`on.workflow_call`", "key") else {
            return call;
        };
        for (key, key_node, value) in entries {
            if value.is_null() {
                continue;
            }
            let what = format!("`on.workflow_call.{key}`");
            match key {
                "inputs" => {
                    for (name, _, spec) in self.entries(value, &what, "input").unwrap_or_default() {
                        if let Some(input) = self.call_input(name, spec) {
                            call.inputs.push(input);
                        }
                    }
                }
                "secrets" => {
                    for (name, _, spec) in self.entries(value, &what, "secret").unwrap_or_default()
                    {
                        let required = self.flag_key(
                            spec,
                            "required",
                            &t!("workflow-place-secret", name = name),
                            &["description", "required"],
                        );
                        call.secrets.push((name.to_string(), required));
                    }
                }
                "outputs" => {
                    for (name, name_node, spec) in
                        self.entries(value, &what, "output").unwrap_or_default()
                    {
                        let place = t!("workflow-place-call-output", name = name);
                        let mut found = None;
                        for (k, kn, v) in self.entries(spec, &place, "key").unwrap_or_default() {
                            match k {
                                "value" => {
                                    found = self.text(
                                        v,
                                        &t!("workflow-value-of", place = &*place),
                                        OUTPUT_CONTEXTS,
                                    )
                                }
                                "description" => {}
                                _ => self.unknown_key(k, kn.pos, &["description", "value"], &place),
                            }
                        }
                        match found {
                            Some(text) => call.outputs.push((name.to_string(), text)),
                            None => self.error(
                                name_node.pos,
                                t!(
                                    "workflow-call-output-no-value",
                                    place = &*place,
                                    name = name
                                ),
                            ),
                        }
                    }
                }
                _ => self.unknown_key(
                    key,
                    key_node.pos,
                    &["inputs", "outputs", "secrets"],
                    "`on.workflow_call`",
                ),
            }
        }
        call
    }

    /// A boolean key (`required`) of a mapping whose other keys are `known`.
    fn flag_key(&mut self, spec: &Node, flag: &str, place: &str, known: &[&str]) -> bool {
        let mut value = false;
        if spec.is_null() {
            return value;
        }
        for (k, kn, v) in self.entries(spec, place, "key").unwrap_or_default() {
            if k == flag {
                match v.scalar_type() {
                    Some(ScalarType::Bool) => {
                        value = v.scalar().is_some_and(|s| s.eq_ignore_ascii_case("true"))
                    }
                    _ => self.error(
                        v.pos,
                        t!(
                            "workflow-flag-bool-type",
                            flag = flag,
                            place = place,
                            found = v.describe()
                        ),
                    ),
                }
            } else if !known.contains(&k) {
                self.unknown_key(k, kn.pos, known, place);
            }
        }
        value
    }

    fn call_input(&mut self, name: &str, spec: &Node) -> Option<CallInput> {
        const KEYS: &[&str] = &["description", "required", "default", "type"];
        const TYPES: &[&str] = &["string", "number", "boolean"];
        let place = t!("workflow-place-call-input", name = name);
        let required = self.flag_key(spec, "required", &place, KEYS);
        let mut kind = None;
        let mut default = None;
        // `flag_key` reported the mapping's problems; read it quietly here.
        let Kind::Map(pairs) = &spec.kind else {
            return None;
        };
        for (k, v) in pairs {
            match k.scalar().unwrap_or_default() {
                "type" => {
                    let t =
                        self.scalar_text(v, &t!("workflow-key-of", key = "type", place = &*place))?;
                    kind = Some(match t.as_str() {
                        "string" => CallType::String,
                        "number" => CallType::Number,
                        "boolean" => CallType::Boolean,
                        other => {
                            let hint = did_you_mean(other, TYPES.iter().copied())
                                .map(crate::did_you_mean_hint)
                                .unwrap_or_else(|| crate::expected_one_of(&TYPES.join(", ")));
                            self.error(
                                v.pos,
                                t!(
                                    "workflow-unknown-input-type",
                                    kind = other,
                                    place = &*place,
                                    hint = hint
                                ),
                            );
                            return None;
                        }
                    });
                }
                "default" if !v.is_null() => default = Some(v),
                _ => {}
            }
        }
        let Some(kind) = kind else {
            self.error(spec.pos, t!("workflow-call-input-no-type", place = &*place));
            return None;
        };
        let default = match default {
            Some(node) => {
                if let Some(found) = literal_type(node)
                    && found != kind
                    && !(kind == CallType::String)
                {
                    self.error(
                        node.pos,
                        t!(
                            "workflow-default-type",
                            place = &*place,
                            kind = kind.name(),
                            found = node.describe()
                        ),
                    );
                }
                self.text(
                    node,
                    &t!("workflow-default-of", place = &*place),
                    DEFAULT_CONTEXTS,
                )
            }
            None => None,
        };
        Some(CallInput {
            name: name.to_string(),
            kind,
            required,
            default,
        })
    }
}

/// The type of a literal YAML value (None for an expression, which is
/// known only when it runs).
pub(crate) fn literal_type(node: &Node) -> Option<CallType> {
    match node.scalar_type()? {
        ScalarType::Bool => Some(CallType::Boolean),
        ScalarType::Int | ScalarType::Float => Some(CallType::Number),
        ScalarType::Str if node.scalar().is_some_and(|s| s.contains("${{")) => None,
        ScalarType::Str => Some(CallType::String),
        ScalarType::Null => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::parse::parse;

    fn errors(src: &str) -> Vec<String> {
        match parse("w.yml", src) {
            Ok(_) => Vec::new(),
            Err(d) => d.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn workflow_call_inputs_are_typed_and_checked_once() {
        let ok = "on:\n  workflow_call:\n    inputs:\n      tag: {type: string, required: true}\n      n: {type: number, default: 3}\n    secrets:\n      T: {required: true}\n    outputs:\n      image: {value: '${{ jobs.b.outputs.image }}'}\njobs:\n  b:\n    runs-on: x\n    steps: [{run: 'true'}]\n";
        assert_eq!(errors(ok), Vec::<String>::new());
        let parsed = parse("w.yml", ok).unwrap();
        let call = parsed.workflow.triggers.call.unwrap();
        assert_eq!(call.inputs.len(), 2);
        assert!(call.inputs[0].required);
        assert_eq!(call.secrets, [("T".to_string(), true)]);
        assert_eq!(call.outputs[0].0, "image");

        let bad = "on:\n  workflow_call:\n    inputs:\n      a: {type: strng}\n      b: {required: true}\n      c: {type: boolean, default: 3, requird: true}\n    outputs:\n      o: {description: x}\njobs:\n  b:\n    runs-on: x\n    steps: [{run: 'true'}]\n";
        assert_eq!(
            errors(bad),
            [
                "w.yml:4:17: unknown input type \"strng\" for the input \"a\" of `on.workflow_call` — did you mean \"string\"?",
                "w.yml:5:10: the input \"b\" of `on.workflow_call` has no `type`: add `type: string`, `number` or `boolean`",
                "w.yml:6:35: the default of the input \"c\" of `on.workflow_call` must be a boolean, found a number",
                "w.yml:6:38: unknown key \"requird\" in the input \"c\" of `on.workflow_call` — did you mean \"required\"?",
                "w.yml:8:7: the output \"o\" of `on.workflow_call` has no `value`: add e.g. `value: ${{ jobs.build.outputs.o }}`",
            ]
        );
    }
}
