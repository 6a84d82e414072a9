//! Reads a Fluent file's messages and the variables each uses: the tests
//! keep the three files in step with it, and `dev lint` reports with it.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// One message of a Fluent file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlMessage {
    /// The variables the message and its attributes use, without `$`.
    pub variables: BTreeSet<String>,
    /// 1-based line of the message's id.
    pub line: usize,
}

/// The messages of a Fluent source by id, or the lines of its syntax
/// errors.
pub fn messages_of(source: &str) -> Result<BTreeMap<String, FtlMessage>, Vec<String>> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            return Err(errors
                .iter()
                .map(|e| {
                    let line = source[..e.pos.start.min(source.len())]
                        .matches('\n')
                        .count()
                        + 1;
                    format!("line {line}: {:?}", e.kind)
                })
                .collect());
        }
    };
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(value) = &message.value {
                pattern_variables(value, &mut variables);
            }
            for attribute in &message.attributes {
                pattern_variables(&attribute.value, &mut variables);
            }
            let offset = source
                .find(&format!("\n{} =", message.id.name))
                .map(|o| o + 1);
            let line = offset.map_or(1, |o| source[..o].matches('\n').count() + 1);
            messages.insert(message.id.name.to_owned(), FtlMessage { variables, line });
        }
    }
    Ok(messages)
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for positional in &arguments.positional {
                inline_variables(positional, out);
            }
            for named in &arguments.named {
                inline_variables(&named.value, out);
            }
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for positional in &arguments.positional {
                inline_variables(positional, out);
            }
            for named in &arguments.named {
                inline_variables(&named.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}
