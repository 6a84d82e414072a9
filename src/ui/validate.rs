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
    let files_word = if files == 1 { "file" } else { "files" };
    if invalid == 0 {
        out += &format!(
            "{} {files} workflow {files_word} valid\n",
            "✓".style(s.pass)
        );
    } else {
        out += &format!(
            "{} {invalid} of {files} workflow {files_word} invalid\n",
            "✗".style(s.fail)
        );
    }
    out
}
