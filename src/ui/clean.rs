//! What `devpath clean` removed.

use std::fmt::Write as _;

use owo_colors::OwoColorize as _;

use super::style::Styles;
use crate::scenario::journal::Reconciled;

/// One line per run cleaned up after, or a line saying there was none.
pub(crate) fn render(reconciled: &[Reconciled], s: &Styles) -> String {
    let mut out = String::new();
    if reconciled.is_empty() {
        let _ = writeln!(
            out,
            "Nothing to clean: no run of this workspace was left behind."
        );
        return out;
    }
    for run in reconciled {
        let _ = writeln!(
            out,
            "{} run {}: {} process(es) stopped, {} container(s), image(s), network(s) or volume(s) removed, {} folder(s) deleted",
            "✓".style(s.pass),
            run.run,
            run.processes,
            run.engine_objects,
            run.folders
        );
    }
    out
}
