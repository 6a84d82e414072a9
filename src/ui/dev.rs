//! What the instructor verbs show: `dev check`'s table, details and summary
//! (or its JSON).

use std::fmt::Write as _;

use owo_colors::OwoColorize as _;
use serde_json::json;

use super::run::render_diff;
use super::style::Styles;
use crate::dev::check::test_name_text;
use crate::dev::{CheckStatus, ExerciseCheck, TestResult};

pub(crate) fn to_json(value: &serde_json::Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}

/// `dev check --format json`: Exercism-results-like.
pub(crate) fn check_json(reports: &[ExerciseCheck], summary: &str) -> serde_json::Value {
    let exercises: Vec<serde_json::Value> = reports
        .iter()
        .map(|report| {
            let status = if report.has_errors() {
                "error"
            } else if report.has_problems() {
                "fail"
            } else {
                "pass"
            };
            let tests: Vec<serde_json::Value> = report
                .tests()
                .iter()
                .map(|(name, test)| {
                    let mut value = json!({
                        "name": name,
                        "status": test.status,
                        "label": test.label,
                        "message": if test.message.is_empty() { None } else { Some(&test.message) },
                    });
                    if let (Some(expected), Some(actual)) = (&test.expected, &test.actual) {
                        value["expected"] = json!(expected);
                        value["actual"] = json!(actual);
                    }
                    value
                })
                .collect();
            json!({
                "name": report.name,
                "status": status,
                "tests": tests,
                "findings": report.findings,
            })
        })
        .collect();
    let status = if reports.iter().any(|r| r.has_problems()) {
        "fail"
    } else {
        "pass"
    };
    json!({"status": status, "message": summary, "exercises": exercises})
}

/// A table cell: a mark and a word.
fn cell(test: &TestResult, s: &Styles) -> (String, usize) {
    let (mark, style) = match test.status {
        CheckStatus::Pass => ("✓", s.pass),
        CheckStatus::Fail => ("✗", s.fail),
        CheckStatus::Error => ("!", s.error),
        CheckStatus::Skipped => ("–", s.skip),
    };
    let plain = format!("{mark} {}", test.shown);
    let width = plain.chars().count();
    (format!("{} {}", mark.style(style), test.shown), width)
}

/// The human report of `dev check`: table, details, summary.
pub(crate) fn render_check(reports: &[ExerciseCheck], summary: &str, s: &Styles) -> String {
    let mut out = String::new();
    let headers = [
        "dev-check-col-exercise",
        "dev-check-col-start",
        "dev-check-col-solution",
        "dev-check-col-snapshot",
        "dev-check-col-lint",
    ]
    .map(|id| i18n::t!(id));
    let rows: Vec<Vec<(String, usize)>> = reports
        .iter()
        .map(|r| {
            let mut row = vec![(r.name.clone(), r.name.chars().count())];
            row.extend(r.tests().iter().map(|(_, t)| cell(t, s)));
            row
        })
        .collect();
    let widths: Vec<usize> = (0..headers.len())
        .map(|c| {
            rows.iter()
                .map(|r| r[c].1)
                .chain([headers[c].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let _ = writeln!(out);
    let header: Vec<String> = headers
        .iter()
        .zip(&widths)
        .map(|(h, w)| format!("{h:<w$}"))
        .collect();
    let _ = writeln!(out, "{}", header.join("  ").trim_end().style(s.heading));
    for row in &rows {
        let mut line = String::new();
        for (c, (text, width)) in row.iter().enumerate() {
            line.push_str(text);
            if c + 1 < row.len() {
                line.push_str(&" ".repeat(widths[c] - width + 2));
            }
        }
        let _ = writeln!(out, "{line}");
    }
    let detailed: Vec<&ExerciseCheck> = reports
        .iter()
        .filter(|r| {
            r.tests()
                .iter()
                .any(|(_, t)| !t.message.is_empty() && t.status != CheckStatus::Skipped)
        })
        .collect();
    if !detailed.is_empty() {
        let _ = writeln!(out, "\n{}", i18n::t!("dev-check-details").style(s.heading));
    }
    for report in detailed {
        let _ = writeln!(out, "\n{}", report.name.style(s.heading));
        for (name, test) in report.tests() {
            if test.message.is_empty() || test.status == CheckStatus::Skipped {
                continue;
            }
            let mark = match test.status {
                CheckStatus::Pass => format!("{}", "!".style(s.warning)),
                CheckStatus::Error => format!("{}", "!".style(s.error)),
                _ => format!("{}", "✗".style(s.fail)),
            };
            let _ = writeln!(out, "  {mark} {} ({}):", test_name_text(name), test.shown);
            for line in test.message.lines() {
                let _ = writeln!(out, "    {line}");
            }
            if let (Some(expected), Some(actual)) = (&test.expected, &test.actual) {
                let legend = i18n::t!(
                    "dev-check-diff-legend",
                    removed = "-".style(s.removed).to_string(),
                    added = "+".style(s.added).to_string()
                );
                let _ = writeln!(out, "    {legend}");
                for line in render_diff(expected, actual, s).lines() {
                    let _ = writeln!(out, "    {line}");
                }
            }
        }
    }
    let style = if reports.iter().any(|r| r.has_problems()) {
        s.fail
    } else {
        s.pass
    };
    let _ = writeln!(out, "\n{}", summary.style(style));
    out
}
