//! The bridge between the workflow model and the [`expr`](super::expr)
//! evaluator: checks expressions when a workflow is parsed, renders texts
//! and decides `if:` conditions when it runs.

use serde_json::{Map, Value};

use super::expr::{self, EvalContext, ExprError, Template};

pub(crate) use super::expr::Status;

/// Each context a text's expressions read, with its byte offset in the text.
pub(crate) fn template_contexts(text: &str) -> Result<Vec<(String, usize)>, ExprError> {
    if !text.contains("${{") {
        return Ok(Vec::new());
    }
    let template = Template::parse(text)?;
    Ok(template
        .expressions()
        .flat_map(|e| e.context_uses())
        .collect())
}

/// The first status function (`success()`, …) a text's expressions call,
/// with its byte offset in the text: outside `if:` GitHub refuses them.
pub(crate) fn template_status_function(text: &str) -> Option<(&'static str, usize)> {
    if !text.contains("${{") {
        return None;
    }
    let template = Template::parse(text).ok()?;
    template
        .expressions()
        .find_map(|e| e.status_function_call())
}

/// Each context an `if:` condition reads, with its byte offset.
pub(crate) fn condition_contexts(text: &str) -> Result<Vec<(String, usize)>, ExprError> {
    Ok(expr::parse_condition(text)?.context_uses())
}

/// When an `if:` condition is always true because it has text around its
/// `${{ }}` (GitHub reads it as a string), the offset of its first `${{`
/// and a warning that says why and how to fix it.
pub(crate) fn condition_warning(text: &str) -> Option<(usize, String)> {
    let at = expr::condition_is_a_string(text)?;
    Some((
        at,
        i18n::t!(
            "workflow-condition-always-true",
            condition = format!("{text:?}")
        ),
    ))
}

/// Renders a text, replacing each `${{ }}` by its value.
pub(crate) fn render(
    text: &str,
    contexts: &Map<String, Value>,
    status: Status,
) -> Result<String, ExprError> {
    if !text.contains("${{") {
        return Ok(text.to_string());
    }
    Template::parse(text)?.render(&EvalContext { contexts, status })
}

/// The typed value of a text that is one whole `${{ }}` (else its rendering).
pub(crate) fn value(
    text: &str,
    contexts: &Map<String, Value>,
    status: Status,
) -> Result<Value, ExprError> {
    Template::parse(text)?.eval_value(&EvalContext { contexts, status })
}

/// Decides an `if:` condition (GitHub's implicit `success() &&` included).
pub(crate) fn condition(
    text: &str,
    contexts: &Map<String, Value>,
    status: Status,
) -> Result<bool, ExprError> {
    expr::parse_condition(text)?.eval_bool(&EvalContext { contexts, status })
}

/// A value as text, as `${{ }}` would insert it.
pub(crate) fn display(value: &Value) -> String {
    expr::to_display_string(value)
}
