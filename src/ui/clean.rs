//! What `devpath clean` removed.

use std::fmt::Write as _;

use i18n::t;
use owo_colors::OwoColorize as _;

use super::style::Styles;
use crate::scenario::journal::Reconciled;

/// One line per run cleaned up after, or a line saying there was none.
pub(crate) fn render(reconciled: &[Reconciled], s: &Styles) -> String {
    let mut out = String::new();
    if reconciled.is_empty() {
        let _ = writeln!(out, "{}", t!("clean-nothing"));
        return out;
    }
    for run in reconciled {
        let _ = writeln!(
            out,
            "{} {}",
            "✓".style(s.pass),
            t!(
                "clean-run",
                run = run.run.to_string(),
                processes = run.processes,
                objects = run.engine_objects,
                folders = run.folders
            )
        );
    }
    out
}
