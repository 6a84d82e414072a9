//! `${{ }}` expressions: parsing and evaluation with GitHub's semantics.
//!
//! Parsing is done by the `github-actions-expressions` crate (the grammar of
//! GitHub's own `actions/languageservices`); its syntax tree is turned into
//! our own [`Expression`] with byte offsets, and its terse errors into
//! [`ExprError`]s that say what was expected. Evaluation is ours and follows
//! GitHub's rules (checked against GitHub's own known-answer tests, see
//! the suite the `github-actions-expressions` crate ships):
//!
//! - values are JSON values ([`Value`]); a property that does not exist is
//!   `null`, never an error;
//! - context and property names are case-insensitive (`github.SHA`),
//!   except the keys of the `env` context off Windows (`env.foo` is not
//!   `FOO`), as on the runner;
//! - numbers become text as the runner writes them (.NET's `G15`: `1E+21`,
//!   `1E-05`), arrays and objects as `Array` and `Object`; `toJSON` keeps
//!   an object's key order;
//! - a text with text around its `${{ }}` is a `format(…)` call, hence a
//!   string, also in an `if:` (where it is always true);
//! - `hashFiles` hashes files of the workspace (`github.workspace`) as the
//!   runner's `@actions/glob` program does;
//! - `==`, `<`, … compare strings case-insensitively and coerce values of
//!   different types to numbers (`'1' == 1`, `null == 0`, `true == 1`);
//!   objects and arrays are only equal to themselves;
//! - `&&` and `||` return one of their operands, not a boolean
//!   (`'' || 'x'` is `'x'`), and stop early;
//! - `a.*.b` (object filter) collects `b` from every element of `a`.
//!
//! Three entry points:
//! - [`Expression::parse`] for the text between `${{` and `}}`;
//! - [`Template::parse`] for a string that may contain `${{ … }}` pieces
//!   (a `run:` script, an `env:` value, a `with:` value);
//! - [`parse_condition`] for an `if:`, which GitHub wraps in
//!   `success() && (…)` unless it calls a status function itself.
//!
//! Before running, [`Expression::check_contexts`] (and
//! [`Template::check_contexts`]) reject contexts that are not available at
//! a place, as GitHub does. Evaluation needs an [`EvalContext`]: the
//! contexts as JSON and the [`Status`] the status functions report.
//!
//! Errors carry a byte offset into the string given to `parse`, so the
//! caller can turn it into a file, line and column.

mod ast;
mod eval;
mod hash_files;
mod template;
mod value;

#[cfg(test)]
mod cases;
#[cfg(test)]
mod tests;

use std::fmt;

pub use serde_json::Value;

pub use template::Template;
pub(crate) use template::condition_is_a_string;
pub use value::{to_display_string, truthy};

use ast::{Func, Kind, Node};

/// An error in an expression: a syntax error from `parse`, or an error
/// while evaluating (bad `format` string, invalid JSON in `fromJSON`, …).
///
/// Its message says what is wrong and what was expected; it does not name
/// the file, which the caller adds using [`ExprError::offset`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ExprError {
    /// Byte offset into the string given to `parse` where the problem is.
    pub offset: usize,
    /// What is wrong and what was expected, e.g.
    /// `unknown function "contain" — did you mean "contains"?`.
    pub message: String,
}

impl ExprError {
    pub(crate) fn new(offset: usize, message: impl Into<String>) -> Self {
        ExprError {
            offset,
            message: message.into(),
        }
    }

    /// The same error with its offset moved by `by` bytes, for a caller that
    /// parsed a slice of a larger text (e.g. a YAML scalar inside a file).
    #[must_use]
    pub fn shifted(mut self, by: usize) -> Self {
        self.offset += by;
        self
    }
}

/// What the status functions return for the job or step being decided.
///
/// `always()` is always true, so it has no field here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Status {
    /// What `success()` returns: no previous step (or needed job) failed
    /// and the run was not cancelled.
    pub success: bool,
    /// What `failure()` returns: a previous step (or needed job) failed.
    pub failure: bool,
    /// What `cancelled()` returns: the run was cancelled.
    pub cancelled: bool,
}

impl Status {
    /// Everything so far succeeded: `success()` is true, the others false.
    pub const SUCCESS: Status = Status {
        success: true,
        failure: false,
        cancelled: false,
    };
    /// Something before failed: `failure()` is true, the others false.
    pub const FAILURE: Status = Status {
        success: false,
        failure: true,
        cancelled: false,
    };
    /// The run was cancelled: `cancelled()` is true, the others false.
    pub const CANCELLED: Status = Status {
        success: false,
        failure: false,
        cancelled: true,
    };
}

impl Default for Status {
    fn default() -> Self {
        Status::SUCCESS
    }
}

/// What an expression can see while it is evaluated.
#[derive(Debug, Clone, Copy)]
pub struct EvalContext<'a> {
    /// The contexts available at this place, by name: `github`, `env`,
    /// `vars`, `secrets`, `inputs`, `needs`, `steps`, `job`, `runner`,
    /// `matrix`, `strategy`. Names are looked up case-insensitively.
    ///
    /// A well-known context name that is missing here reads as `null`; any
    /// other name is an error (`unknown context "gihub" — did you mean
    /// "github"?`), as on GitHub.
    pub contexts: &'a serde_json::Map<String, Value>,
    /// What `success()`, `failure()` and `cancelled()` return.
    pub status: Status,
}

/// The context names GitHub knows. A missing one reads as `null`.
pub const KNOWN_CONTEXTS: &[&str] = &[
    "github", "env", "vars", "secrets", "inputs", "needs", "steps", "job", "jobs", "runner",
    "matrix", "strategy",
];

/// A parsed expression: the text between `${{` and `}}`, or a bare `if:`
/// condition.
#[derive(Debug, Clone)]
pub struct Expression {
    /// The source text as written (for a wrapped condition, the condition).
    src: String,
    root: Node,
}

impl Expression {
    /// Parses an expression. Error offsets are byte offsets into `src`.
    pub fn parse(src: &str) -> Result<Expression, ExprError> {
        Ok(Expression {
            src: src.to_string(),
            root: ast::parse(src, 0)?,
        })
    }

    /// Parses the expression `full[range]`, with offsets (of errors and of
    /// the nodes) counted from the start of `full`.
    pub(crate) fn parse_in(full: &str, range: std::ops::Range<usize>) -> Result<Self, ExprError> {
        let text = &full[range.clone()];
        Ok(Expression {
            src: text.to_string(),
            root: ast::parse(text, range.start)?,
        })
    }

    /// Evaluates the expression to a JSON value.
    ///
    /// JSON cannot hold `NaN` or infinities: such a number becomes the
    /// string `"NaN"`, `"Infinity"` or `"-Infinity"`. Use
    /// [`Expression::eval_bool`] for a condition and [`Template::render`]
    /// for text: they see the exact value.
    pub fn eval(&self, ctx: &EvalContext) -> Result<Value, ExprError> {
        Ok(eval::eval(&self.root, ctx)?.into_value())
    }

    /// Evaluates the expression and applies GitHub's truthiness (what an
    /// `if:` does with the result).
    pub fn eval_bool(&self, ctx: &EvalContext) -> Result<bool, ExprError> {
        Ok(eval::eval(&self.root, ctx)?.truthy())
    }

    /// Evaluates the expression and turns the result into the text GitHub
    /// splices into a string (see [`to_display_string`]).
    pub fn eval_display(&self, ctx: &EvalContext) -> Result<String, ExprError> {
        Ok(eval::eval(&self.root, ctx)?.display())
    }

    /// True when it calls `success()`, `failure()`, `always()` or
    /// `cancelled()` anywhere.
    pub fn uses_status_function(&self) -> bool {
        self.root.any(&|node| {
            matches!(
                node.kind,
                Kind::Call {
                    func: Func::Success | Func::Failure | Func::Always | Func::Cancelled,
                    ..
                }
            )
        })
    }

    /// The first status function it calls (`success`, `failure`, `always`,
    /// `cancelled`) with its offset: GitHub allows them only in `if:`.
    pub fn status_function_call(&self) -> Option<(&'static str, usize)> {
        let mut found = None;
        self.root.walk(&mut |node| {
            if found.is_none()
                && let Kind::Call { func, .. } = &node.kind
                && matches!(
                    func,
                    Func::Success | Func::Failure | Func::Always | Func::Cancelled
                )
            {
                found = Some((func.name(), node.start));
            }
        });
        found
    }

    /// The top-level context names it reads, lowercase, sorted, without
    /// duplicates (`github`, `env`, `steps`, …) — for validation.
    pub fn contexts(&self) -> Vec<String> {
        let mut names = Vec::new();
        self.root.walk(&mut |node| {
            if let Kind::Context(name) = &node.kind {
                names.push(name.to_ascii_lowercase());
            }
        });
        names.sort();
        names.dedup();
        names
    }

    /// The contexts it reads with their offsets (into the string given to
    /// `parse`), in source order, as written — to point at an unknown one.
    pub fn context_uses(&self) -> Vec<(String, usize)> {
        let mut uses = Vec::new();
        self.root.walk(&mut |node| {
            if let Kind::Context(name) = &node.kind {
                uses.push((name.clone(), node.start));
            }
        });
        uses.sort_by_key(|(_, offset)| *offset);
        uses
    }

    /// Checks that every context it reads is one of `available` (compared
    /// without case), as GitHub does before it runs anything: the error
    /// points at the first other one, e.g. `unknown context "gihub" — did
    /// you mean "github"?` or `the "steps" context is not available here`.
    pub fn check_contexts(&self, available: &[&str]) -> Result<(), ExprError> {
        for (name, offset) in self.context_uses() {
            if !available.iter().any(|a| a.eq_ignore_ascii_case(&name)) {
                return Err(eval::unknown_context(&name, offset, available));
            }
        }
        Ok(())
    }

    /// The source text as written.
    pub fn source(&self) -> &str {
        &self.src
    }
}

impl fmt::Display for Expression {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.src)
    }
}

/// Parses an `if:` condition the way GitHub does: a condition that is one
/// whole `${{ }}` is the expression inside; one without `${{` is a bare
/// expression; and one with text around its `${{ }}` pieces is a string,
/// `format('{0} ', …)`, as GitHub's `TemplateReader.cs` makes it — a
/// non-empty string, hence always true (see [`condition_is_a_string`]).
/// A condition that calls no status function becomes
/// `success() && (condition)`.
///
/// Error offsets are byte offsets into `src`.
pub fn parse_condition(src: &str) -> Result<Expression, ExprError> {
    // An empty condition is `success()` (`ConvertToIfCondition` in the
    // runner's `PipelineTemplateConverter.cs`).
    if src.trim().is_empty() {
        return Ok(Expression {
            src: "success()".into(),
            root: Node {
                start: 0,
                end: src.len(),
                kind: Kind::Call {
                    func: Func::Success,
                    args: Vec::new(),
                },
            },
        });
    }
    let (text, root) = if src.contains("${{") {
        let template = Template::parse(src)?;
        match template.single_expression() {
            Some(expr) => (expr.src.trim().to_string(), expr.root.clone()),
            None => template.as_format_call(),
        }
    } else {
        (src.trim().to_string(), ast::parse(src, 0)?)
    };
    let expr = Expression { src: text, root };
    if expr.uses_status_function() {
        return Ok(expr);
    }
    let start = expr.root.start;
    let end = expr.root.end;
    let success = Node {
        start,
        end: start,
        kind: Kind::Call {
            func: Func::Success,
            args: Vec::new(),
        },
    };
    Ok(Expression {
        src: format!("success() && ({})", expr.src),
        root: Node {
            start,
            end,
            kind: Kind::And(Box::new(success), Box::new(expr.root)),
        },
    })
}
