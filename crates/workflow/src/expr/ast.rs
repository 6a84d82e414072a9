//! Our syntax tree, built from the one `github-actions-expressions` parses,
//! and the translation of its terse parse errors into messages that say
//! what was expected, at the right offset.

use gha::{Expr, SpannedExpr, call::Function, literal::Literal, op::BinOp};
use github_actions_expressions as gha;
use i18n::t;

use super::ExprError;

/// A node with its byte range in the source given to `parse`.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

#[derive(Debug, Clone)]
pub(crate) enum Kind {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    /// A top-level named value, e.g. `github` (as written).
    Context(String),
    /// `base.name`, `base[index]`, `base.*` or `base[*]`.
    Access(Box<Node>, Access),
    Call {
        func: Func,
        args: Vec<Node>,
    },
    Not(Box<Node>),
    And(Box<Node>, Box<Node>),
    Or(Box<Node>, Box<Node>),
    Cmp(CmpOp, Box<Node>, Box<Node>),
}

#[derive(Debug, Clone)]
pub(crate) enum Access {
    Prop(String),
    Index(Box<Node>),
    Star,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// The functions GitHub defines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Func {
    Contains,
    StartsWith,
    EndsWith,
    Format,
    Join,
    ToJson,
    FromJson,
    HashFiles,
    Case,
    Success,
    Always,
    Cancelled,
    Failure,
}

/// Every function: its name as documented and its signature.
pub(crate) const FUNCTIONS: &[(Func, &str, &str)] = &[
    (Func::Contains, "contains", "contains(search, item)"),
    (
        Func::StartsWith,
        "startsWith",
        "startsWith(searchString, searchValue)",
    ),
    (
        Func::EndsWith,
        "endsWith",
        "endsWith(searchString, searchValue)",
    ),
    (
        Func::Format,
        "format",
        "format(string, replaceValue0, replaceValue1, …)",
    ),
    (Func::Join, "join", "join(array, optionalSeparator)"),
    (Func::ToJson, "toJSON", "toJSON(value)"),
    (Func::FromJson, "fromJSON", "fromJSON(value)"),
    (Func::HashFiles, "hashFiles", "hashFiles(path, …)"),
    (Func::Case, "case", "case(predicate1, value1, …, default)"),
    (Func::Success, "success", "success()"),
    (Func::Always, "always", "always()"),
    (Func::Cancelled, "cancelled", "cancelled()"),
    (Func::Failure, "failure", "failure()"),
];

impl Func {
    fn from_gha(f: Function) -> Func {
        match f {
            Function::Contains => Func::Contains,
            Function::StartsWith => Func::StartsWith,
            Function::EndsWith => Func::EndsWith,
            Function::Format => Func::Format,
            Function::Join => Func::Join,
            Function::ToJSON => Func::ToJson,
            Function::FromJSON => Func::FromJson,
            Function::HashFiles => Func::HashFiles,
            Function::Case => Func::Case,
            Function::Success => Func::Success,
            Function::Always => Func::Always,
            Function::Cancelled => Func::Cancelled,
            Function::Failure => Func::Failure,
        }
    }

    fn entry(self) -> (&'static str, &'static str) {
        FUNCTIONS
            .iter()
            .find(|(f, _, _)| *f == self)
            .map_or(("?", "?"), |(_, name, sig)| (name, sig))
    }

    /// The name as documented, e.g. `startsWith`.
    pub(super) fn name(self) -> &'static str {
        self.entry().0
    }

    /// The signature as documented, e.g. `join(array, optionalSeparator)`.
    pub(super) fn signature(self) -> &'static str {
        self.entry().1
    }

    fn by_name(name: &str) -> Option<Func> {
        FUNCTIONS
            .iter()
            .find(|(_, n, _)| n.eq_ignore_ascii_case(name))
            .map(|(f, _, _)| *f)
    }

    /// Whether `argc` arguments are accepted, and if not, what is expected.
    fn check_arity(self, argc: usize) -> Result<(), &'static str> {
        let ok = match self {
            Func::Contains | Func::StartsWith | Func::EndsWith => argc == 2,
            Func::ToJson | Func::FromJson => argc == 1,
            Func::Join => (1..=2).contains(&argc),
            Func::Format | Func::HashFiles => argc >= 1,
            Func::Case => argc >= 3 && argc % 2 == 1,
            Func::Success | Func::Always | Func::Cancelled | Func::Failure => argc == 0,
        };
        if ok {
            return Ok(());
        }
        Err(match self {
            Func::Contains | Func::StartsWith | Func::EndsWith => "exactly 2 arguments",
            Func::ToJson | Func::FromJson => "exactly 1 argument",
            Func::Join => "1 or 2 arguments",
            Func::Format | Func::HashFiles => "at least 1 argument",
            Func::Case => "an odd number of arguments, at least 3",
            Func::Success | Func::Always | Func::Cancelled | Func::Failure => "no arguments",
        })
    }
}

impl Node {
    /// Calls `f` on this node and every node below it.
    pub(super) fn walk<'n>(&'n self, f: &mut dyn FnMut(&'n Node)) {
        f(self);
        match &self.kind {
            Kind::Null | Kind::Bool(_) | Kind::Num(_) | Kind::Str(_) | Kind::Context(_) => {}
            Kind::Access(base, access) => {
                base.walk(f);
                if let Access::Index(index) = access {
                    index.walk(f);
                }
            }
            Kind::Call { args, .. } => args.iter().for_each(|arg| arg.walk(f)),
            Kind::Not(inner) => inner.walk(f),
            Kind::And(a, b) | Kind::Or(a, b) | Kind::Cmp(_, a, b) => {
                a.walk(f);
                b.walk(f);
            }
        }
    }

    /// Whether `pred` holds for this node or any node below it.
    pub(super) fn any(&self, pred: &dyn Fn(&Node) -> bool) -> bool {
        let mut found = false;
        self.walk(&mut |node| found |= pred(node));
        found
    }
}

/// Parses `text` (an expression without `${{ }}`); offsets in the tree and
/// in errors are `base` + the offset in `text`.
pub(crate) fn parse(text: &str, base: usize) -> Result<Node, ExprError> {
    let root = match Expr::parse(text) {
        Ok(spanned) => convert(&spanned, base),
        Err(err) => return Err(explain(text, err).shifted(base)),
    };
    // The crate checks most arities; this catches the rest (`format()`).
    let mut bad_call = None;
    root.walk(&mut |node| {
        if let Kind::Call { func, args } = &node.kind
            && let Err(expected) = func.check_arity(args.len())
            && bad_call.is_none()
        {
            bad_call = Some(ExprError::new(
                node.start,
                arity_message(*func, expected, Some(args.len())),
            ));
        }
    });
    match bad_call {
        Some(err) => Err(err),
        None => Ok(root),
    }
}

fn arity_message(func: Func, expected: &str, given: Option<usize>) -> String {
    let expected = match expected {
        "exactly 2 arguments" => t!("workflow-expr-args-exactly-2"),
        "exactly 1 argument" => t!("workflow-expr-args-exactly-1"),
        "1 or 2 arguments" => t!("workflow-expr-args-1-or-2"),
        "at least 1 argument" => t!("workflow-expr-args-at-least-1"),
        "an odd number of arguments, at least 3" => t!("workflow-expr-args-odd"),
        "no arguments" => t!("workflow-expr-args-none"),
        other => other.to_string(),
    };
    let id = match given {
        Some(_) => "workflow-expr-arity-given",
        None => "workflow-expr-arity",
    };
    t!(
        id,
        name = func.name(),
        expected = expected,
        count = given.unwrap_or_default(),
        signature = func.signature()
    )
}

/// `t` quoted for a message: in double quotes, or in backticks when it
/// holds a double quote itself.
fn quote(t: &str) -> String {
    if t.contains('"') {
        format!("`{t}`")
    } else {
        format!("\"{t}\"")
    }
}

fn convert(e: &SpannedExpr<'_>, base: usize) -> Node {
    let start = base + e.origin.span.start;
    let end = base + e.origin.span.end;
    let kind = match &e.inner {
        Expr::Literal(Literal::Null) => Kind::Null,
        Expr::Literal(Literal::Boolean(b)) => Kind::Bool(*b),
        Expr::Literal(Literal::Number(n)) => Kind::Num(*n),
        Expr::Literal(Literal::String(s)) => Kind::Str(s.to_string()),
        Expr::Identifier(ident) => Kind::Context(ident.as_str().to_string()),
        Expr::Call(call) => Kind::Call {
            func: Func::from_gha(call.func),
            args: call.args.iter().map(|a| convert(a, base)).collect(),
        },
        Expr::Context(ctx) => {
            let Some((head, rest)) = ctx.parts.split_first() else {
                return Node {
                    start,
                    end,
                    kind: Kind::Null,
                };
            };
            let mut node = convert(head, base);
            for part in rest {
                let access = match &part.inner {
                    Expr::Identifier(ident) => Access::Prop(ident.as_str().to_string()),
                    Expr::Star => Access::Star,
                    Expr::Index(inner) if matches!(inner.inner, Expr::Star) => Access::Star,
                    Expr::Index(inner) => Access::Index(Box::new(convert(inner, base))),
                    // The parser only produces the parts above after the head.
                    _ => Access::Index(Box::new(convert(part, base))),
                };
                node = Node {
                    start: node.start,
                    end: base + part.origin.span.end,
                    kind: Kind::Access(Box::new(node), access),
                };
            }
            return node;
        }
        Expr::BinExpr(bin) => {
            let lhs = Box::new(convert(&bin.lhs, base));
            let rhs = Box::new(convert(&bin.rhs, base));
            match bin.op {
                BinOp::And => Kind::And(lhs, rhs),
                BinOp::Or => Kind::Or(lhs, rhs),
                BinOp::Eq => Kind::Cmp(CmpOp::Eq, lhs, rhs),
                BinOp::Neq => Kind::Cmp(CmpOp::Ne, lhs, rhs),
                BinOp::Lt => Kind::Cmp(CmpOp::Lt, lhs, rhs),
                BinOp::Le => Kind::Cmp(CmpOp::Le, lhs, rhs),
                BinOp::Gt => Kind::Cmp(CmpOp::Gt, lhs, rhs),
                BinOp::Ge => Kind::Cmp(CmpOp::Ge, lhs, rhs),
            }
        }
        Expr::UnExpr { expr, .. } => Kind::Not(Box::new(convert(expr, base))),
        // A bare `*` or index never stands alone outside a context.
        Expr::Star | Expr::Index(_) => Kind::Null,
    };
    Node { start, end, kind }
}

// ---------------------------------------------------------------------------
// Error messages
// ---------------------------------------------------------------------------

/// Turns a parse error of the crate into one that says what was expected.
fn explain(text: &str, err: gha::Error) -> ExprError {
    match err {
        gha::Error::Syntax(syntax) => explain_syntax(text, syntax.message, syntax.offset),
        gha::Error::Depth => ExprError::new(0, t!("workflow-expr-too-deep")),
        gha::Error::Call(gha::call::Error::UnknownFunction(name)) => {
            let offset = call_sites(text)
                .into_iter()
                .find(|site| site.name == name)
                .map_or(0, |site| site.start);
            ExprError::new(offset, unknown_function_message(&name))
        }
        gha::Error::Call(gha::call::Error::Arity(function, _)) => {
            let func = Func::from_gha(function);
            let site = call_sites(text).into_iter().find(|site| {
                Func::by_name(&site.name) == Some(func) && func.check_arity(site.argc).is_err()
            });
            let expected = func
                .check_arity(site.as_ref().map_or(usize::MAX, |s| s.argc))
                .err()
                .unwrap_or("other arguments");
            ExprError::new(
                site.as_ref().map_or(0, |s| s.start),
                arity_message(func, expected, site.as_ref().map(|s| s.argc)),
            )
        }
    }
}

/// The message for a call to a function GitHub does not define.
pub(crate) fn unknown_function_message(name: &str) -> String {
    match suggest::did_you_mean(name, FUNCTIONS.iter().map(|(_, known, _)| *known)) {
        Some(known) => t!(
            "workflow-expr-unknown-function",
            name = name,
            hint = crate::did_you_mean_hint(known)
        ),
        _ => {
            let names: Vec<&str> = FUNCTIONS.iter().map(|(_, n, _)| *n).collect();
            t!(
                "workflow-expr-unknown-function-list",
                name = name,
                functions = names.join(", ")
            )
        }
    }
}

fn explain_syntax(text: &str, message: &str, offset: usize) -> ExprError {
    let found = token_at(text, offset);
    let found_part = found.map_or(String::new(), |t| {
        format!(", {}", t!("workflow-expr-found", token = quote(t)))
    });
    let prev = prev_token(text, offset);
    let msg = match message {
        "empty expression" => t!("workflow-expr-empty"),
        "unexpected end of expression" | "expected an expression" => match prev {
            Some(p) => t!(
                "workflow-expr-expected-after",
                token = quote(p),
                found = found_part
            ),
            None => t!("workflow-expr-expected", found = found_part),
        },
        "unexpected trailing input" => match found {
            Some(t) => t!("workflow-expr-trailing", token = quote(t)),
            None => t!("workflow-expr-trailing-text"),
        },
        "expected `)`" => t!("workflow-expr-expected-paren", found = found_part),
        "expected `]`" => t!("workflow-expr-expected-bracket", found = found_part),
        "expected `,` or `)`" => {
            t!("workflow-expr-expected-comma", found = found_part)
        }
        "expected an identifier or `*`" => {
            t!("workflow-expr-expected-property", found = found_part)
        }
        "expected `==`" => t!("workflow-expr-single-equals"),
        "expected `&&`" => t!("workflow-expr-single-and"),
        "expected `||`" => t!("workflow-expr-single-or"),
        "unterminated string literal" => {
            t!("workflow-expr-unterminated-string")
        }
        "invalid numeric literal" => {
            t!("workflow-expr-invalid-number", number = found.unwrap_or(""))
        }
        "unexpected symbol" => {
            let t = found.unwrap_or("");
            if t.starts_with('"') {
                t!("workflow-expr-double-quotes", token = quote(t))
            } else if t.starts_with("${{") || t.starts_with('$') {
                t!("workflow-expr-nested", token = quote(t))
            } else {
                t!("workflow-expr-unexpected-symbol", token = quote(t))
            }
        }
        other => other.to_string(),
    };
    ExprError::new(offset, msg)
}

// ---------------------------------------------------------------------------
// A small scanner, only used to describe errors (the real lexer is the
// crate's; its tokens are not public).
// ---------------------------------------------------------------------------

fn is_boundary(c: char) -> bool {
    c.is_ascii_whitespace()
        || matches!(
            c,
            '(' | ')' | '[' | ']' | ',' | '.' | '!' | '<' | '>' | '=' | '&' | '|' | '\''
        )
}

/// Byte ranges of the tokens of `text`.
fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let end = match c {
            '\'' => {
                let mut end = text.len();
                while let Some((i, c)) = chars.next() {
                    if c == '\'' {
                        if chars.peek().map(|(_, c)| *c) == Some('\'') {
                            chars.next();
                            continue;
                        }
                        end = i + 1;
                        break;
                    }
                }
                end
            }
            '=' | '!' | '<' | '>' | '&' | '|' => {
                let two = text.get(start..start + 2);
                if matches!(two, Some("==" | "!=" | "<=" | ">=" | "&&" | "||")) {
                    chars.next();
                    start + 2
                } else {
                    start + 1
                }
            }
            '(' | ')' | '[' | ']' | ',' | '.' | '*' => start + 1,
            _ => {
                let mut end = start + c.len_utf8();
                while let Some(&(i, c)) = chars.peek() {
                    if is_boundary(c) {
                        break;
                    }
                    end = i + c.len_utf8();
                    chars.next();
                }
                end
            }
        };
        out.push((start, end));
    }
    out
}

/// The token starting at `offset`, if any.
fn token_at(text: &str, offset: usize) -> Option<&str> {
    tokens(text)
        .into_iter()
        .find(|(start, _)| *start == offset)
        .map(|(start, end)| &text[start..end])
}

/// The last token that ends at or before `offset`.
fn prev_token(text: &str, offset: usize) -> Option<&str> {
    tokens(text)
        .into_iter()
        .take_while(|(_, end)| *end <= offset)
        .last()
        .map(|(start, end)| &text[start..end])
}

/// A function call found by scanning the source: `name(` … `)`.
struct CallSite {
    name: String,
    start: usize,
    argc: usize,
}

fn call_sites(text: &str) -> Vec<CallSite> {
    let toks = tokens(text);
    let tok = |i: usize| toks.get(i).map(|&(s, e)| &text[s..e]);
    let mut sites = Vec::new();
    for i in 0..toks.len() {
        let Some(name) = tok(i) else { continue };
        let is_name = name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
        if !is_name || tok(i + 1) != Some("(") || (i > 0 && tok(i - 1) == Some(".")) {
            continue;
        }
        // Count the arguments: commas at depth 1, and whether there is any
        // token before the closing parenthesis.
        let mut depth = 0usize;
        let mut commas = 0;
        let mut any = false;
        for j in i + 1..toks.len() {
            match tok(j) {
                Some("(" | "[") => {
                    depth += 1;
                    if depth > 1 {
                        any = true;
                    }
                }
                Some(")" | "]") => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        break;
                    }
                }
                Some(",") if depth == 1 => commas += 1,
                _ => any = true,
            }
        }
        sites.push(CallSite {
            name: name.to_string(),
            start: toks[i].0,
            argc: if any || commas > 0 { commas + 1 } else { 0 },
        });
    }
    sites
}
