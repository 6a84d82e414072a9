//! What `devpath doctor` shows: one line per check, with the fix for what is
//! missing, or one JSON object.

use i18n::t;
use owo_colors::OwoColorize as _;

use super::style::Styles;
use crate::app::doctor::{Check, CheckStatus};

/// The name of a check (its stable English key) in the current language.
pub(crate) fn check_name(name: &str) -> String {
    let id = match name {
        "bash" => "doctor-name-bash",
        "course" => "doctor-name-course",
        "languages" => "doctor-name-languages",
        "workspace" => "doctor-name-workspace",
        "docker CLI" => "doctor-name-docker-cli",
        "engine" => "doctor-name-engine",
        "base image" => "doctor-name-base-image",
        "registry" => "doctor-name-registry",
        _ => return name.to_string(),
    };
    t!(id)
}

/// The checks as text.
pub(crate) fn render(checks: &[Check], s: &Styles) -> String {
    let width = |text: &str| text.chars().count();
    let (ok, warning, missing) = (
        t!("doctor-status-ok"),
        t!("doctor-status-warning"),
        t!("doctor-status-missing"),
    );
    // The status words and the names are columns: each as wide as its
    // widest entry (the names at least 12, and one space wider than the widest).
    let mark_width = width(&ok).max(width(&warning)).max(width(&missing));
    let names: Vec<String> = checks.iter().map(|c| check_name(&c.name)).collect();
    let name_width = names
        .iter()
        .map(|n| width(n) + 1)
        .max()
        .unwrap_or(0)
        .max(12);
    let mut out = String::new();
    for (check, name) in checks.iter().zip(&names) {
        let mark = match check.status {
            CheckStatus::Ok => format!("{}", format!("{ok:<mark_width$}").style(s.pass)),
            CheckStatus::Warning => {
                format!("{}", format!("{warning:<mark_width$}").style(s.warning))
            }
            CheckStatus::Missing => {
                format!("{}", format!("{missing:<mark_width$}").style(s.fail))
            }
        };
        out += &format!("{mark}  {name:<name_width$} {}\n", check.detail);
        if let Some(fix) = &check.fix {
            out += &format!(
                "{:mark_width$}  {:<name_width$} {} {fix}\n",
                "",
                "",
                "→".style(s.hint)
            );
        }
    }
    out
}
