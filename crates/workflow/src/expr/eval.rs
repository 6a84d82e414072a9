//! The evaluator: walks our syntax tree with GitHub's semantics.

use i18n::t;
use std::borrow::Cow;
use std::cell::Cell;

use serde_json::Value;

use super::ast::{Access, CmpOp, Func, Kind, Node};
use super::value::{Val, get_ci, loose_cmp, loose_eq, to_json_text};
use super::{EvalContext, ExprError, KNOWN_CONTEXTS};

/// How much memory the strings an expression builds may take, counted as
/// GitHub counts it (two bytes a character, 1 MiB in all): nested `format`
/// calls cannot eat the machine's memory, and what GitHub refuses is
/// refused here too.
const MEMORY_LIMIT: usize = 1024 * 1024;

/// The memory the strings built so far have taken.
#[derive(Default)]
pub(crate) struct Budget(Cell<usize>);

impl Budget {
    /// Accounts for a string a function built, or fails when the expression
    /// has built too much.
    fn charge<'a>(&self, node: &Node, s: String) -> Result<Val<'a>, ExprError> {
        let used = self.0.get().saturating_add(s.len().saturating_mul(2));
        self.0.set(used);
        if used > MEMORY_LIMIT {
            return Err(ExprError::new(
                node.start,
                t!(
                    "workflow-expr-too-much-text",
                    mib = (MEMORY_LIMIT / (1024 * 1024)).to_string()
                ),
            ));
        }
        Ok(Val::Str(Cow::Owned(s)))
    }
}

/// Evaluates `node` with a fresh memory budget.
pub(crate) fn eval<'a>(node: &'a Node, ctx: &EvalContext<'a>) -> Result<Val<'a>, ExprError> {
    eval_node(node, ctx, &Budget::default())
}

fn eval_node<'a>(
    node: &'a Node,
    ctx: &EvalContext<'a>,
    budget: &Budget,
) -> Result<Val<'a>, ExprError> {
    Ok(match &node.kind {
        Kind::Null => Val::Null,
        Kind::Bool(b) => Val::Bool(*b),
        Kind::Num(n) => Val::Num(*n),
        Kind::Str(s) => Val::Str(Cow::Borrowed(s)),
        Kind::Context(name) => context(node, name, ctx)?,
        Kind::Access(base, access) => {
            let base = eval_node(base, ctx, budget)?;
            match access {
                Access::Star => Val::Filtered(match &base {
                    Val::Filtered(items) => items.iter().flat_map(Val::star).collect(),
                    other => other.star(),
                }),
                Access::Prop(name) => match &base {
                    Val::Filtered(items) => {
                        Val::Filtered(items.iter().filter_map(|v| v.property(name)).collect())
                    }
                    other => other.property(name).unwrap_or(Val::Null),
                },
                Access::Index(index) => {
                    let index = eval_node(index, ctx, budget)?;
                    match &base {
                        Val::Filtered(items) => {
                            Val::Filtered(items.iter().filter_map(|v| v.index(&index)).collect())
                        }
                        other => other.index(&index).unwrap_or(Val::Null),
                    }
                }
            }
        }
        Kind::Not(inner) => Val::Bool(!eval_node(inner, ctx, budget)?.truthy()),
        Kind::And(a, b) => {
            let left = eval_node(a, ctx, budget)?;
            if left.truthy() {
                eval_node(b, ctx, budget)?
            } else {
                left
            }
        }
        Kind::Or(a, b) => {
            let left = eval_node(a, ctx, budget)?;
            if left.truthy() {
                left
            } else {
                eval_node(b, ctx, budget)?
            }
        }
        Kind::Cmp(op, a, b) => {
            let (a, b) = (eval_node(a, ctx, budget)?, eval_node(b, ctx, budget)?);
            Val::Bool(match op {
                CmpOp::Eq => loose_eq(&a, &b),
                CmpOp::Ne => !loose_eq(&a, &b),
                CmpOp::Lt => loose_cmp(&a, &b).is_some_and(|o| o.is_lt()),
                CmpOp::Le => loose_cmp(&a, &b).is_some_and(|o| o.is_le()),
                CmpOp::Gt => loose_cmp(&a, &b).is_some_and(|o| o.is_gt()),
                CmpOp::Ge => loose_cmp(&a, &b).is_some_and(|o| o.is_ge()),
            })
        }
        Kind::Call { func, args } => call(node, *func, args, ctx, budget)?,
    })
}

/// A top-level named value such as `github`.
fn context<'a>(node: &Node, name: &str, ctx: &EvalContext<'a>) -> Result<Val<'a>, ExprError> {
    if let Some(v) = get_ci(ctx.contexts, name) {
        if name.eq_ignore_ascii_case("env") && v.is_object() && !cfg!(windows) {
            return Ok(Val::Env(v));
        }
        return Ok(Val::from_ref(v));
    }
    if KNOWN_CONTEXTS.iter().any(|k| k.eq_ignore_ascii_case(name)) {
        return Ok(Val::Null);
    }
    let available: Vec<&str> = ctx.contexts.keys().map(String::as_str).collect();
    Err(unknown_context(name, node.start, &available))
}

/// The error for a context name that is not available: a typo of a known
/// one, a known one that cannot be used here, or a made-up one.
pub(crate) fn unknown_context(name: &str, offset: usize, available: &[&str]) -> ExprError {
    let mut available = available.to_vec();
    available.sort_unstable();
    available.dedup();
    let listing = if available.is_empty() {
        String::new()
    } else {
        format!(
            "; {}",
            t!("workflow-expr-contexts-here", list = available.join(", "))
        )
    };
    let lower = name.to_ascii_lowercase();
    if KNOWN_CONTEXTS.contains(&lower.as_str()) {
        return ExprError::new(
            offset,
            t!(
                "workflow-expr-context-not-here",
                name = name,
                listing = listing
            ),
        );
    }
    let suggestion = suggest::did_you_mean(
        name,
        available
            .iter()
            .copied()
            .chain(KNOWN_CONTEXTS.iter().copied()),
    );
    let message = match suggestion {
        Some(k) => t!(
            "workflow-expr-unknown-context",
            name = name,
            hint = crate::did_you_mean_hint(k)
        ),
        None => t!("workflow-expr-unknown-context", name = name, hint = listing),
    };
    ExprError::new(offset, message)
}

fn call<'a>(
    node: &'a Node,
    func: Func,
    args: &'a [Node],
    ctx: &EvalContext<'a>,
    budget: &Budget,
) -> Result<Val<'a>, ExprError> {
    let err = |message: String| ExprError::new(node.start, message);
    // Status functions and `case` look at their arguments lazily or not at
    // all; every other function gets its arguments evaluated up front.
    match func {
        Func::Success => return Ok(Val::Bool(ctx.status.success)),
        Func::Failure => return Ok(Val::Bool(ctx.status.failure)),
        Func::Cancelled => return Ok(Val::Bool(ctx.status.cancelled)),
        Func::Always => return Ok(Val::Bool(true)),
        Func::Case => return case(args, ctx, budget),
        _ => {}
    }
    let values = args
        .iter()
        .map(|a| eval_node(a, ctx, budget))
        .collect::<Result<Vec<_>, _>>()?;
    let arg = |i: usize| values.get(i).cloned().unwrap_or(Val::Null);
    Ok(match func {
        // As the runner's `Contains.cs`: a primitive searched for a
        // primitive is a case-insensitive substring test; an array is
        // searched with `==`; any other pairing is false (so
        // `contains('Array', fromJSON('[]'))` is false, not a search for
        // the text `Array`).
        Func::Contains => {
            let (search, item) = (arg(0), arg(1));
            match search.elements() {
                Some(items) => Val::Bool(items.iter().any(|e| loose_eq(e, &item))),
                None if is_primitive(&search) && is_primitive(&item) => {
                    let hay = super::value::upper(&search.coerce_string()).into_owned();
                    let needle = super::value::upper(&item.coerce_string()).into_owned();
                    Val::Bool(hay.contains(&needle))
                }
                None => Val::Bool(false),
            }
        }
        Func::StartsWith | Func::EndsWith => {
            let (s, affix) = (arg(0), arg(1));
            if is_primitive(&s) && is_primitive(&affix) {
                let s = super::value::upper(&s.coerce_string()).into_owned();
                let affix = super::value::upper(&affix.coerce_string()).into_owned();
                Val::Bool(if func == Func::StartsWith {
                    s.starts_with(&affix)
                } else {
                    s.ends_with(&affix)
                })
            } else {
                Val::Bool(false)
            }
        }
        Func::Format => {
            let template = arg(0).coerce_string().into_owned();
            let rest: Vec<String> = values
                .iter()
                .skip(1)
                .map(|v| v.coerce_string().into_owned())
                .collect();
            let out = format(&template, &rest).map_err(err)?;
            budget.charge(node, out)?
        }
        Func::Join => {
            let separator = match values.get(1) {
                Some(sep) if is_primitive(sep) => sep.coerce_string().into_owned(),
                _ => ",".to_string(),
            };
            let first = arg(0);
            let out = match first.elements() {
                Some(items) => items
                    .iter()
                    .map(|v| v.coerce_string().into_owned())
                    .collect::<Vec<_>>()
                    .join(&separator),
                None if is_primitive(&first) => first.coerce_string().into_owned(),
                None => String::new(),
            };
            budget.charge(node, out)?
        }
        Func::ToJson => budget.charge(node, to_json_text(&arg(0)))?,
        Func::HashFiles => {
            let workspace =
                workspace(ctx).ok_or_else(|| err(t!("workflow-expr-hashfiles-no-workspace")))?;
            let patterns: Vec<String> = values
                .iter()
                .map(|v| v.coerce_string().into_owned())
                .collect();
            let hash = super::hash_files::hash_files(std::path::Path::new(workspace), &patterns)
                .map_err(err)?;
            Val::Str(Cow::Owned(hash))
        }
        Func::FromJson => {
            let text = arg(0).coerce_string().into_owned();
            if text.trim().is_empty() {
                return Err(err(t!("workflow-expr-fromjson-empty")));
            }
            match serde_json::from_str::<Value>(&text) {
                Ok(v) => Val::from_owned(v),
                Err(e) => {
                    return Err(err(t!(
                        "workflow-expr-fromjson-invalid",
                        error = e.to_string(),
                        text = excerpt(&text)
                    )));
                }
            }
        }
        Func::Success | Func::Failure | Func::Cancelled | Func::Always | Func::Case => Val::Null,
    })
}

/// The directory `hashFiles` works in: `github.host-workspace` if set (a
/// job in a container), else `github.workspace`, as `HashFilesFunction.cs`
/// chooses.
fn workspace<'a>(ctx: &EvalContext<'a>) -> Option<&'a str> {
    let github = get_ci(ctx.contexts, "github")?.as_object()?;
    get_ci(github, "host-workspace")
        .or_else(|| get_ci(github, "workspace"))?
        .as_str()
}

/// `case(pred1, value1, …, default)`: the value after the first true
/// predicate, else the default. Predicates must be booleans.
fn case<'a>(
    args: &'a [Node],
    ctx: &EvalContext<'a>,
    budget: &Budget,
) -> Result<Val<'a>, ExprError> {
    let mut pairs = args.chunks_exact(2);
    for (i, pair) in pairs.by_ref().enumerate() {
        let predicate = eval_node(&pair[0], ctx, budget)?;
        match predicate {
            Val::Bool(true) => return eval_node(&pair[1], ctx, budget),
            Val::Bool(false) => {}
            other => {
                return Err(ExprError::new(
                    pair[0].start,
                    t!(
                        "workflow-expr-case-predicate",
                        number = (i + 1).to_string(),
                        found = other.type_name()
                    ),
                ));
            }
        }
    }
    // The parser made sure there is an odd number of arguments.
    match pairs.remainder().first() {
        Some(default) => eval_node(default, ctx, budget),
        None => Ok(Val::Null),
    }
}

fn is_primitive(v: &Val<'_>) -> bool {
    matches!(v, Val::Null | Val::Bool(_) | Val::Num(_) | Val::Str(_))
}

/// The first 60 characters of `s`, quoted, for an error message.
fn excerpt(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    format!("{out:?}")
}

/// `format('{0} and {1}', a, b)` with `{{` and `}}` for literal braces.
fn format(template: &str, args: &[String]) -> Result<String, String> {
    let invalid = |why: &str| {
        t!(
            "workflow-expr-format-invalid",
            template = excerpt(template),
            why = why
        )
    };
    let mut out = String::with_capacity(template.len());
    let mut chars = template.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '{' if chars.peek().map(|(_, c)| *c) == Some('{') => {
                chars.next();
                out.push('{');
            }
            '{' => {
                let rest = &template[i + 1..];
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                if digits.is_empty() || !rest[digits.len()..].starts_with('}') {
                    return Err(invalid(&t!(
                        "workflow-expr-format-open",
                        byte = i.to_string()
                    )));
                }
                let index: usize = digits
                    .parse()
                    .map_err(|_| invalid(&t!("workflow-expr-format-too-large")))?;
                let Some(value) = args.get(index) else {
                    return Err(t!(
                        "workflow-expr-format-missing-arg",
                        template = excerpt(template),
                        index = index.to_string(),
                        count = args.len()
                    ));
                };
                out.push_str(value);
                for _ in 0..=digits.len() {
                    chars.next();
                }
            }
            '}' if chars.peek().map(|(_, c)| *c) == Some('}') => {
                chars.next();
                out.push('}');
            }
            '}' => {
                return Err(invalid(&t!(
                    "workflow-expr-format-close",
                    byte = i.to_string()
                )));
            }
            c => out.push(c),
        }
        if out.len() > MEMORY_LIMIT {
            break;
        }
    }
    Ok(out)
}
