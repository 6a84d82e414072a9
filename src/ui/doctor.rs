//! What `devpath doctor` shows: one line per check, with the fix for what is
//! missing, or one JSON object.

use owo_colors::OwoColorize as _;

use super::style::Styles;
use crate::app::doctor::{Check, CheckStatus};

/// The checks as text.
pub(crate) fn render(checks: &[Check], s: &Styles) -> String {
    let mut out = String::new();
    for check in checks {
        let mark = match check.status {
            CheckStatus::Ok => format!("{}", "ok     ".style(s.pass)),
            CheckStatus::Warning => format!("{}", "warning".style(s.warning)),
            CheckStatus::Missing => format!("{}", "missing".style(s.fail)),
        };
        out += &format!("{mark}  {:<12} {}\n", check.name, check.detail);
        if let Some(fix) = &check.fix {
            out += &format!("         {:<12} {} {fix}\n", "", "→".style(s.hint));
        }
    }
    out
}
