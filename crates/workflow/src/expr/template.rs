//! Strings with `${{ … }}` pieces: `run:` scripts, `env:` and `with:`
//! values, names.

use i18n::t;
use serde_json::Value;

use super::ast::{Func, Kind, Node};
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
                    t!("workflow-expr-unterminated-template"),
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
    ///
    /// Fails when the whole text is one `${{ }}` whose value is an array or
    /// an object: GitHub refuses that where text is expected ("A mapping was
    /// not expected"), while with text around it the piece reads `Array`
    /// or `Object`.
    pub fn render(&self, ctx: &EvalContext) -> Result<String, ExprError> {
        if let [Piece::Expr(expr)] = self.pieces.as_slice() {
            let value = eval::eval(&expr.root, ctx)?;
            if value.is_container() {
                let (kind, what) = if value.is_array() {
                    ("sequence", t!("workflow-found-array"))
                } else {
                    ("mapping", t!("workflow-found-object"))
                };
                return Err(ExprError::new(
                    expr.root.start,
                    t!("workflow-expr-container-as-text", what = what, kind = kind),
                ));
            }
            return Ok(value.display());
        }
        let mut out = String::with_capacity(self.src.len());
        for piece in &self.pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Expr(expr) => out.push_str(&eval::eval(&expr.root, ctx)?.display()),
            }
        }
        Ok(out)
    }

    /// The value of the template: when it is exactly one `${{ expr }}`, the
    /// expression's value with its type (an object, a number, …), as GitHub
    /// does for `strategy.matrix`, `continue-on-error` and friends;
    /// otherwise the rendered string.
    pub fn eval_value(&self, ctx: &EvalContext) -> Result<Value, ExprError> {
        match self.single_expression() {
            Some(expr) => expr.eval(ctx),
            None => self.render(ctx).map(Value::String),
        }
    }

    /// The expression when the template is exactly one `${{ expr }}`.
    ///
    /// Any text around it, even a space or the newline a YAML block scalar
    /// ends with, makes the whole a string on GitHub (`TemplateReader.cs`
    /// turns it into `format('{0} ', expr)`): `'${{ false }} '` is the
    /// string `false `, which is true.
    pub fn single_expression(&self) -> Option<&Expression> {
        match self.pieces.as_slice() {
            [Piece::Expr(e)] => Some(e),
            _ => None,
        }
    }

    /// The template as the call GitHub makes of it (`TemplateReader.cs`):
    /// `format('text {0} text', expr)`, with quotes and braces in the text
    /// escaped. Returns its source text and its syntax tree.
    pub(crate) fn as_format_call(&self) -> (String, Node) {
        let mut format = String::new();
        let mut args = Vec::new();
        let mut arg_src = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(text) => format.push_str(&text.replace('{', "{{").replace('}', "}}")),
                Piece::Expr(expr) => {
                    format.push_str(&format!("{{{}}}", args.len()));
                    arg_src.push_str(", ");
                    arg_src.push_str(expr.src.trim());
                    args.push(expr.root.clone());
                }
            }
        }
        let end = args.last().map_or(0, |n: &Node| n.end);
        let start = args.first().map_or(0, |n: &Node| n.start);
        let src = format!("format('{}'{arg_src})", format.replace('\'', "''"));
        args.insert(
            0,
            Node {
                start,
                end: start,
                kind: Kind::Str(format),
            },
        );
        let root = Node {
            start,
            end,
            kind: Kind::Call {
                func: Func::Format,
                args,
            },
        };
        (src, root)
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

/// Where an `if:` condition has text around its `${{ }}` pieces — a
/// trailing space, the newline a `|` block ends with, `${{ a }} && ${{ b }}`
/// — the offset of its first `${{`; `None` for a condition that is one
/// whole `${{ }}` or has none.
///
/// GitHub reads such a condition as a string, which is never empty, so the
/// condition is always true: almost certainly a mistake (actionlint warns
/// about it too).
pub(crate) fn condition_is_a_string(src: &str) -> Option<usize> {
    let template = Template::parse(src).ok()?;
    if template.is_literal() || template.single_expression().is_some() {
        return None;
    }
    src.find("${{")
}
