//! Renders the deploy timeline and the job graphs, readable without colour.

use std::fmt::Write as _;

use owo_colors::OwoColorize as _;

use super::style::Styles;
use crate::validate::timeline::{RunGraph, Timeline, TimelineCell};
use workflow::JobResult;

/// The deploy timeline as a table: one row per step, one column per
/// environment; when the table is wider than `width`, one line per step and
/// environment instead, so that a row never wraps through its marks. Empty
/// when the scenario has no environments.
pub(crate) fn render_timeline(timeline: &Timeline, s: &Styles, width: Option<usize>) -> String {
    if timeline.environments.is_empty() || timeline.rows.is_empty() {
        return String::new();
    }
    let action_width = timeline
        .rows
        .iter()
        .map(|r| r.action.chars().count() + 4)
        .max()
        .unwrap_or(0)
        .max(6);
    let cell_texts: Vec<Vec<String>> = timeline
        .rows
        .iter()
        .map(|r| r.cells.iter().map(cell_text).collect())
        .collect();
    let widths: Vec<usize> = (0..timeline.environments.len())
        .map(|i| {
            cell_texts
                .iter()
                .map(|row| row[i].chars().count())
                .chain([timeline.environments[i].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n{}",
        "Deploy timeline (what each environment served after each step)".style(s.heading)
    );
    let table_width = 2 + action_width + widths.iter().map(|w| w + 2).sum::<usize>();
    if width.is_some_and(|w| table_width > w) {
        out.push_str(&stacked(timeline, &cell_texts, s));
        return super::wrap::wrap(&out, width);
    }
    let mut header = format!("  {:<action_width$}", "step");
    for (env, width) in timeline.environments.iter().zip(&widths) {
        let _ = write!(header, "  {env:<width$}");
    }
    let _ = writeln!(out, "{}", header.trim_end().style(s.dim));
    for (row, texts) in timeline.rows.iter().zip(&cell_texts) {
        let mut line = format!(
            "  {:<action_width$}",
            format!("{}  {}", row.step, row.action)
        );
        for ((cell, text), width) in row.cells.iter().zip(texts).zip(&widths) {
            let padded = format!("{text:<width$}");
            let styled = if !cell.deployed {
                format!("{}", padded.style(s.dim))
            } else if cell.healthy {
                format!("{}", padded.style(s.pass))
            } else {
                format!("{}", padded.style(s.fail))
            };
            let _ = write!(line, "  {styled}");
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}

/// The timeline for a narrow terminal: each step, then one line per
/// environment.
fn stacked(timeline: &Timeline, cell_texts: &[Vec<String>], s: &Styles) -> String {
    let env_width = timeline
        .environments
        .iter()
        .map(|e| e.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for (row, texts) in timeline.rows.iter().zip(cell_texts) {
        let _ = writeln!(
            out,
            "  {}  {}",
            format!("step {}", row.step).style(s.dim),
            row.action
        );
        for ((env, cell), text) in timeline.environments.iter().zip(&row.cells).zip(texts) {
            let style = if !cell.deployed {
                s.dim
            } else if cell.healthy {
                s.pass
            } else {
                s.fail
            };
            let _ = writeln!(out, "    {env:<env_width$}  {}", text.style(style));
        }
    }
    out
}

/// `v1 1a2b3c4 1.0.0 ok [approved by lead]`, or `—` when nothing is deployed.
fn cell_text(cell: &TimelineCell) -> String {
    let mut text = if !cell.deployed {
        "—".to_string()
    } else {
        let commit = match (&cell.commit, &cell.short_sha) {
            (Some(name), Some(sha)) => format!("{name} {sha}"),
            (None, Some(sha)) => sha.clone(),
            _ => "other image".to_string(),
        };
        let version = cell.version.clone().unwrap_or_else(|| "?".to_string());
        let health = if cell.healthy { "ok" } else { "unhealthy" };
        format!("{commit} {version} {health}")
    };
    for mark in &cell.marks {
        let symbol = if mark.starts_with("approved") {
            "✓"
        } else if mark.starts_with("rejected") {
            "✗"
        } else {
            "↩"
        };
        let _ = write!(text, " [{symbol} {mark}]");
    }
    text
}

/// Each run's jobs, level by level: `build ✓ → staging ✓ → production ✗`.
pub(crate) fn render_graphs(graphs: &[RunGraph], s: &Styles) -> String {
    if !graphs.iter().any(|g| g.levels.len() > 1) {
        return String::new();
    }
    let mut out = String::new();
    let _ = writeln!(out, "\n{}", "Job graph".style(s.heading));
    for graph in graphs {
        let levels: Vec<String> = graph
            .levels
            .iter()
            .map(|level| {
                level
                    .iter()
                    .map(|job| {
                        let (mark, style) = match job.result {
                            JobResult::Success => ("✓", s.pass),
                            JobResult::Failure => ("✗ failure", s.fail),
                            JobResult::Cancelled => ("⊘ cancelled", s.skip),
                            JobResult::Skipped => ("- skipped", s.skip),
                        };
                        let mut text = format!("{} {}", job.id, mark.style(style));
                        if let Some(approval) = &job.approval {
                            let _ = write!(text, " ({approval})");
                        }
                        text
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .collect();
        let _ = writeln!(
            out,
            "  step {} {}: {}",
            graph.step,
            graph.workflow,
            levels.join(" → ")
        );
    }
    out
}
