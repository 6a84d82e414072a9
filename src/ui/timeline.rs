//! Renders the deploy timeline and the job graphs, readable without colour.

use std::fmt::Write as _;

use owo_colors::OwoColorize as _;

use super::style::Styles;
use crate::validate::timeline::{RunGraph, Timeline, TimelineCell};
use i18n::Lang;
use i18n::t_in;
use workflow::JobResult;

/// The deploy timeline as a table: one row per step, one column per
/// environment; when the table is wider than `width`, one line per step and
/// environment instead, so that a row never wraps through its marks. Empty
/// when the scenario has no environments. In `lang`: the cells' marks
/// (`approved by lead`, `rollback`) are English in the timeline, as JSON
/// shows them, and translated here.
pub(crate) fn render_timeline(
    lang: Lang,
    timeline: &Timeline,
    s: &Styles,
    width: Option<usize>,
) -> String {
    if timeline.environments.is_empty() || timeline.rows.is_empty() {
        return String::new();
    }
    let step_column = t_in!(lang, "timeline-step-column");
    let action_width = timeline
        .rows
        .iter()
        .map(|r| r.action.chars().count() + 4)
        .max()
        .unwrap_or(0)
        .max(6)
        .max(step_column.chars().count());
    let cell_texts: Vec<Vec<String>> = timeline
        .rows
        .iter()
        .map(|r| r.cells.iter().map(|c| cell_text(lang, c)).collect())
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
        t_in!(lang, "timeline-heading").style(s.heading)
    );
    let table_width = 2 + action_width + widths.iter().map(|w| w + 2).sum::<usize>();
    if width.is_some_and(|w| table_width > w) {
        out.push_str(&stacked(lang, timeline, &cell_texts, s));
        return super::wrap::wrap(&out, width);
    }
    let mut header = format!("  {step_column:<action_width$}");
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
fn stacked(lang: Lang, timeline: &Timeline, cell_texts: &[Vec<String>], s: &Styles) -> String {
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
            t_in!(lang, "timeline-step", step = row.step).style(s.dim),
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
fn cell_text(lang: Lang, cell: &TimelineCell) -> String {
    let mut text = if !cell.deployed {
        "—".to_string()
    } else {
        let commit = match (&cell.commit, &cell.short_sha) {
            (Some(name), Some(sha)) => format!("{name} {sha}"),
            (None, Some(sha)) => sha.clone(),
            _ => t_in!(lang, "timeline-other-image"),
        };
        let version = cell.version.clone().unwrap_or_else(|| "?".to_string());
        let health = if cell.healthy {
            t_in!(lang, "timeline-healthy")
        } else {
            t_in!(lang, "timeline-unhealthy")
        };
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
        let _ = write!(text, " [{symbol} {}]", mark_text(lang, mark));
    }
    text
}

/// A mark of the timeline or the graph in `lang`: `approved by NAME`,
/// `rejected by NAME`, `rollback`; another text as it is.
fn mark_text(lang: Lang, mark: &str) -> String {
    if let Some(reviewer) = mark.strip_prefix("approved by ") {
        t_in!(lang, "timeline-approved-by", reviewer = reviewer)
    } else if let Some(reviewer) = mark.strip_prefix("rejected by ") {
        t_in!(lang, "timeline-rejected-by", reviewer = reviewer)
    } else if mark == "rollback" {
        t_in!(lang, "timeline-rollback")
    } else {
        mark.to_string()
    }
}

/// Each run's jobs, level by level: `build ✓ → staging ✓ → production ✗`.
/// The jobs' results (`failure`, `skipped`) are GitHub's words, as `needs`
/// and `if:` use them; the rest is in `lang`.
pub(crate) fn render_graphs(lang: Lang, graphs: &[RunGraph], s: &Styles) -> String {
    if !graphs.iter().any(|g| g.levels.len() > 1) {
        return String::new();
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n{}",
        t_in!(lang, "timeline-job-graph").style(s.heading)
    );
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
                            let _ = write!(text, " ({})", mark_text(lang, approval));
                        }
                        text
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .collect();
        let _ = writeln!(
            out,
            "  {}",
            t_in!(
                lang,
                "timeline-graph-line",
                step = graph.step,
                workflow = &graph.workflow,
                jobs = levels.join(" → ")
            )
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::timeline::TimelineRow;

    #[test]
    fn marks_are_translated_and_other_texts_kept() {
        assert_eq!(mark_text(Lang::En, "approved by lead"), "approved by lead");
        assert_eq!(
            mark_text(Lang::Es, "rejected by lead"),
            "rechazado por lead"
        );
        assert_eq!(mark_text(Lang::Pt, "approved by lead"), "aprovado por lead");
        assert_eq!(mark_text(Lang::Pt, "rollback"), "rollback");
        assert_eq!(mark_text(Lang::Es, "something else"), "something else");
    }

    #[test]
    fn a_narrow_timeline_is_stacked_in_the_language() {
        let timeline = Timeline {
            environments: vec!["production".into()],
            rows: vec![TimelineRow {
                step: 1,
                action: "push v1 (app good)".into(),
                cells: vec![TimelineCell {
                    commit: Some("v1".into()),
                    short_sha: Some("a1b2c3d".into()),
                    version: Some("1.0.0".into()),
                    healthy: false,
                    deployed: true,
                    marks: vec!["rollback".into()],
                }],
            }],
        };
        let text = render_timeline(Lang::Es, &timeline, &Styles::default(), Some(60));
        assert!(text.contains("\n  paso 1  push v1 (app good)\n"), "{text}");
        assert!(
            text.contains("\n    production  v1 a1b2c3d 1.0.0 no saludable [↩ rollback]\n"),
            "{text}"
        );
        let text = render_timeline(Lang::En, &timeline, &Styles::default(), None);
        assert_eq!(
            text,
            "\nDeploy timeline (what each environment served after each step)\n\
             \x20 step                    production\n\
             \x20 1  push v1 (app good)   v1 a1b2c3d 1.0.0 unhealthy [↩ rollback]\n"
        );
    }
}
