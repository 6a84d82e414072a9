//! Strings with `${{ … }}` pieces: `run:` scripts, `env:` and `with:`
//! values, names.

use std::ops::Range;

use serde_json::Value;

use super::{EvalContext, ExprError, Expression, eval};

/// A string that may contain `${{ expr }}` pieces (a `run:` script, an env
/// value, a `with:` value).
///
/// There is no escape for a literal `${{`; GitHub's way is
/// `${{ '${{' }}`, which works here too.
#[derive(Debug, Clone)]
pub struct Template {
    src: String,
    pieces: Vec<Piece>,
}

#[derive(Debug, Clone)]
enum Piece {
    Text(String),
    Expr(Expression),
}

impl Template {
    /// Splits `src` into text and expressions and parses each expression.
    ///
    /// Fails when a `${{` has no `}}` or an expression is bad; error offsets
    /// are byte offsets into `src`.
    pub fn parse(src: &str) -> Result<Template, ExprError> {
        let mut pieces = Vec::new();
        let mut pos = 0;
        while let Some(found) = src[pos..].find("${{") {
            let open = pos + found;
            if open > pos {
                pieces.push(Piece::Text(src[pos..open].to_string()));
            }
            let inner_start = open + 3;
            let Some(close) = find_close(src, inner_start) else {
                return Err(ExprError::new(
                    open,
                    "unterminated ${{ … }}: add }} to close the expression that starts here",
                ));
            };
            pieces.push(Piece::Expr(Expression::parse_in(src, inner_start..close)?));
            pos = close + 2;
        }
        if pos < src.len() {
            pieces.push(Piece::Text(src[pos..].to_string()));
        }
        Ok(Template {
            src: src.to_string(),
            pieces,
        })
    }

    /// Evaluates every expression and splices its value into the text (see
    /// [`super::to_display_string`]).
    pub fn render(&self, ctx: &EvalContext) -> Result<String, ExprError> {
        let mut out = String::with_capacity(self.src.len());
        for piece in &self.pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Expr(expr) => out.push_str(&eval::eval(&expr.root, ctx)?.display()),
            }
        }
        Ok(out)
    }

    /// The value of the template: when it is exactly one `${{ expr }}`
    /// (spaces around allowed), the expression's value with its type (an
    /// object, a number, …), as GitHub does for `strategy.matrix`,
    /// `continue-on-error` and friends; otherwise the rendered string.
    pub fn eval_value(&self, ctx: &EvalContext) -> Result<Value, ExprError> {
        match self.single_expression() {
            Some(expr) => expr.eval(ctx),
            None => self.render(ctx).map(Value::String),
        }
    }

    /// The expression when the template is exactly one `${{ expr }}`
    /// (spaces around allowed).
    pub fn single_expression(&self) -> Option<&Expression> {
        let mut exprs = self.pieces.iter().filter_map(|p| match p {
            Piece::Expr(e) => Some(e),
            Piece::Text(_) => None,
        });
        let only = exprs.next()?;
        let text_is_blank = self.pieces.iter().all(|p| match p {
            Piece::Text(t) => t.trim().is_empty(),
            Piece::Expr(_) => true,
        });
        (exprs.next().is_none() && text_is_blank).then_some(only)
    }

    /// True when it has no `${{ }}` at all.
    pub fn is_literal(&self) -> bool {
        self.pieces.iter().all(|p| matches!(p, Piece::Text(_)))
    }

    /// Its expressions, in order. Their offsets count from the start of the
    /// template.
    pub fn expressions(&self) -> impl Iterator<Item = &Expression> {
        self.pieces.iter().filter_map(|p| match p {
            Piece::Expr(e) => Some(e),
            Piece::Text(_) => None,
        })
    }

    /// [`Expression::check_contexts`] for each of its expressions; offsets
    /// count from the start of the template.
    pub fn check_contexts(&self, available: &[&str]) -> Result<(), ExprError> {
        self.expressions()
            .try_for_each(|e| e.check_contexts(available))
    }

    /// The template as written.
    pub fn source(&self) -> &str {
        &self.src
    }
}

/// The offset of the `}}` that closes an expression starting at `from`,
/// ignoring `}}` inside 'string literals'.
fn find_close(src: &str, from: usize) -> Option<usize> {
    let bytes = src.as_bytes();
    let mut in_string = false;
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            // `''` inside a string toggles twice: still inside.
            b'\'' => in_string = !in_string,
            b'}' if !in_string && bytes.get(i + 1) == Some(&b'}') => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// When `s` is exactly one `${{ … }}`, the range of the expression inside.
pub(crate) fn whole_expression(s: &str) -> Option<Range<usize>> {
    if !s.starts_with("${{") {
        return None;
    }
    let close = find_close(s, 3)?;
    (close + 2 == s.len()).then_some(3..close)
}
