//! What `devpath validate` shows: one line per problem, then a summary.

use owo_colors::OwoColorize as _;

use super::pipeline::diagnostic_line;
use super::style::Styles;
use workflow::Diagnostic;

/// The diagnostics, one per line, and a summary line.
pub(crate) fn render(
    diagnostics: &[Diagnostic],
    files: usize,
    invalid: usize,
    s: &Styles,
) -> String {
    let mut out = String::new();
    for d in diagnostics {
        out += &diagnostic_line(d, s);
        out += &format!(" {}\n", format!("[{}]", d.rule).style(s.dim));
    }
    if invalid == 0 {
        out += &format!(
            "{} {}\n",
            "✓".style(s.pass),
            i18n::t!("validate-all-valid", files = files)
        );
    } else {
        out += &format!(
            "{} {}\n",
            "✗".style(s.fail),
            i18n::t!("validate-some-invalid", invalid = invalid, files = files)
        );
    }
    out
}
