//! The verdict for humans: as `devpath run` prints it after the run's
//! progress, and as watch mode lays it out on one screen.
//!
//! The difference is labelled in words ("expected" / "your run"): what
//! happened is in the terminal's normal colour, what was expected is
//! marked, so a line such as "no workflow ran" never reads as good news.
//! The placeholders the difference uses (`<sha:v1>`, `<digest:2>`) are
//! explained under it.
//!
//! On a screen ([`render_screen`]), everything is wrapped to the width and
//! the parts are chosen to fit the height, most important first: the
//! verdict, the message, the workflows' errors and warnings, the first
//! difference, the failed step's last lines, then the deploy timeline, the
//! rest of the difference and the job graphs. The full log is one key away
//! (`o`) and in `devpath run --format json`.

use std::fmt::Write as _;

use owo_colors::OwoColorize as _;

use super::run::RunLog;
use super::style::Styles;
use super::wrap::{Size, reflow, wrap, wrap_prose};
use crate::scenario::Checked;
use crate::validate::{self, Failure, Verdict};
use course::{Course, Exercise};

/// The width of the "expected " / "your run " column of the difference.
const GUTTER: usize = 10;
/// Lines of a failed step shown on a screen, at most and at least.
const TAIL_MAX: usize = 12;
const TAIL_MIN: usize = 3;

/// The verdict after a run's progress (`devpath run`), wrapped to `width`.
pub(crate) fn render_verdict(
    course: &Course,
    exercise: &Exercise,
    checked: &Checked,
    next: Option<&str>,
    s: &Styles,
    width: Option<usize>,
) -> String {
    let mut out = String::new();
    out.push_str(&wrap(&graphs(checked, s), width));
    out.push_str(&timeline(checked, s, width));
    out.push('\n');
    out.push_str(&wrap(&verdict_line(exercise, checked, s), width));
    match &checked.verdict {
        Verdict::Pass { .. } => out.push_str(&wrap_prose(&after_pass(course, next, width), width)),
        Verdict::Fail(failure) => {
            out.push('\n');
            out.push_str(&difference(failure, s, width, None));
            out.push('\n');
            out.push_str(&wrap_prose(&message(failure, s, width), width));
            out.push('\n');
            out.push_str(&wrap_prose(&edit_line(exercise), width));
        }
    }
    let leftovers = super::run::render_leftovers(&checked.record.leftovers, s);
    out.push_str(&wrap(&leftovers, width));
    out
}

/// Where the verdict line and the message go on a screen.
const VERDICT: u8 = 10;
const MESSAGE: u8 = 30;

/// One part of a screen.
struct Part {
    /// Where it goes on the screen (smaller: higher).
    place: u8,
    lines: Vec<String>,
}

/// The verdict laid out to fit `size` (watch mode): `header` (already
/// fitted to the width: it may hold a command that must stay on one line)
/// and `footer` are watch mode's own lines, always shown.
#[allow(clippy::too_many_arguments)]
pub(crate) fn render_screen(
    course: &Course,
    exercise: &Exercise,
    checked: &Checked,
    next: Option<&str>,
    log: &RunLog,
    s: &Styles,
    size: Size,
    header: &str,
    footer: &str,
) -> String {
    let width = size.columns;
    let lines = |text: String| -> Vec<String> {
        if text.trim().is_empty() {
            return Vec::new();
        }
        text.trim_end_matches('\n')
            .split('\n')
            .map(str::to_string)
            .collect()
    };
    let header = lines(header.to_string());
    let footer = lines(wrap(footer, width));
    let mut budget = size
        .rows
        .unwrap_or(usize::MAX)
        .saturating_sub(header.len() + footer.len());
    let mut chosen: Vec<Part> = Vec::new();
    // Parts are taken most important first, while they fit; the verdict
    // and its message are taken always (on a tiny terminal, what is above
    // them scrolls away first).
    let mut take = |place: u8, lines: Vec<String>, budget: &mut usize| -> bool {
        if lines.is_empty() {
            return true;
        }
        let always = matches!(place, VERDICT | MESSAGE);
        if lines.len() > *budget && !always {
            return false;
        }
        *budget = budget.saturating_sub(lines.len());
        chosen.push(Part { place, lines });
        true
    };
    let mut left_out = false;

    let mut top = lines(wrap_prose(&verdict_line(exercise, checked, s), width));
    top.insert(0, String::new());
    top.push(String::new());
    take(VERDICT, top, &mut budget);
    match &checked.verdict {
        Verdict::Pass { .. } => {
            let after = match next {
                Some(next) => format!("Next: {next}. Press n to go on.\n"),
                None => after_pass(course, None, width),
            };
            take(11, lines(wrap_prose(&after, width)), &mut budget);
            left_out |= !take(50, lines(timeline(checked, s, width)), &mut budget);
            left_out |= !take(40, lines(wrap(&graphs(checked, s), width)), &mut budget);
        }
        Verdict::Fail(failure) => {
            let mut message = lines(wrap_prose(&message(failure, s, width), width));
            message.insert(0, String::new());
            take(MESSAGE, message, &mut budget);
            let edit = format!(
                "\nEdit {} and save it to run again (h: a hint).\n",
                exercise.editable_paths()
            );
            let edit = wrap_prose(&edit, width);
            take(90, lines(edit), &mut budget);
            if !log.problems.is_empty() {
                let text = problems(log, s);
                left_out |= !take(35, lines(wrap(&text, width)), &mut budget);
            }
            // The difference: whole if it fits with a few log lines, else
            // its first hunk.
            let whole = lines(difference(failure, s, width, None));
            let first = lines(difference(failure, s, width, Some(1)));
            let reserve = if log.failed.is_empty() {
                0
            } else {
                TAIL_MIN + 2
            };
            if whole.len() + reserve <= budget {
                take(20, whole, &mut budget);
            } else {
                left_out = true;
                take(20, first, &mut budget);
            }
            if let Some(step) = log.failed.first() {
                let room = budget.saturating_sub(1).min(TAIL_MAX);
                if room >= TAIL_MIN {
                    let tail = failed_step(step, s, width, room);
                    left_out |= tail.len() < step.lines.len().min(TAIL_MAX) + 2;
                    take(40, tail, &mut budget);
                } else {
                    left_out = true;
                }
            }
            left_out |= !take(50, lines(timeline(checked, s, width)), &mut budget);
            left_out |= !take(60, lines(wrap(&graphs(checked, s), width)), &mut budget);
        }
    }
    let leftovers = super::run::render_leftovers(&checked.record.leftovers, s);
    if !leftovers.is_empty() {
        left_out |= !take(45, lines(wrap(&leftovers, width)), &mut budget);
    }
    if left_out {
        let more = format!(
            "{}",
            "(more than fits: o shows the full log, `devpath run` everything)".style(s.dim)
        );
        take(95, lines(wrap_prose(&more, width)), &mut budget);
    }
    chosen.sort_by_key(|p| p.place);
    let mut out = String::new();
    for line in header.iter().chain(chosen.iter().flat_map(|p| &p.lines)) {
        out.push_str(line);
        out.push('\n');
    }
    for line in &footer {
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn verdict_line(exercise: &Exercise, checked: &Checked, s: &Styles) -> String {
    match &checked.verdict {
        Verdict::Pass { .. } => format!(
            "{} {} passed: {}\n",
            "✓".style(s.pass),
            exercise.name,
            exercise.info.title
        ),
        Verdict::Fail(_) => format!(
            "{} {} is not solved yet.\n",
            "✗".style(s.fail),
            exercise.name
        ),
    }
}

/// What follows a pass: the next exercise, or the course's final message
/// (reflowed when it will be wrapped to a known `width`).
fn after_pass(course: &Course, next: Option<&str>, width: Option<usize>) -> String {
    match next {
        Some(next) => format!("Next: {next} (`devpath next`, or n in watch mode)\n"),
        None => {
            let text = course.info.final_message.text().trim_end();
            match width {
                Some(_) => format!("\n{}\n", reflow(text).join("\n")),
                None => format!("\n{text}\n"),
            }
        }
    }
}

/// The message; reflowed into paragraphs when it will be wrapped to a
/// known `width`, else with the instructor's line breaks.
fn message(failure: &Failure, s: &Styles, width: Option<usize>) -> String {
    let mut out = String::new();
    match &failure.part {
        Some(part) => {
            let _ = writeln!(out, "First difference in {}:", part.style(s.heading));
        }
        None => out.push_str("Why:\n"),
    }
    let lines = match width {
        Some(_) => reflow(failure.message.trim()),
        None => failure.message.trim().lines().map(str::to_string).collect(),
    };
    for line in lines {
        let _ = writeln!(out, "  {}", line.style(s.hint));
    }
    out
}

fn edit_line(exercise: &Exercise) -> String {
    format!(
        "Edit {} and run again (`devpath hint` for a nudge).\n",
        exercise.editable_paths()
    )
}

fn problems(log: &RunLog, s: &Styles) -> String {
    let mut out = String::from("\n");
    for problem in &log.problems {
        let (label, rest, style) = match problem.split_once(": ") {
            Some(("error", rest)) => ("error:", rest, s.error),
            Some(("warning", rest)) => ("warning:", rest, s.warning),
            _ => ("", problem.as_str(), s.dim),
        };
        let _ = writeln!(out, "{} {rest}", label.style(style));
    }
    out
}

fn failed_step(
    step: &super::run::StepLog,
    s: &Styles,
    width: Option<usize>,
    room: usize,
) -> Vec<String> {
    let mut lines = vec![
        String::new(),
        format!(
            "{} step {}: {} › {} failed; its last lines:",
            "✗".style(s.fail),
            step.scenario_step,
            step.job,
            step.name
        ),
    ];
    let title = wrap(&lines[1], width);
    lines.splice(1..2, title.split('\n').map(str::to_string));
    let log_width = width.map(|w| w.saturating_sub(2));
    let mut body: Vec<String> = Vec::new();
    for line in step.lines.iter().rev() {
        let wrapped = wrap(line, log_width);
        let mut parts: Vec<String> = wrapped
            .split('\n')
            .map(|l| format!("  {}", l.style(s.dim)))
            .collect();
        if body.len() + parts.len() > room {
            break;
        }
        parts.append(&mut body);
        body = parts;
    }
    lines.extend(body);
    lines
}

fn graphs(checked: &Checked, s: &Styles) -> String {
    super::timeline::render_graphs(&validate::timeline::graphs(&checked.record), s)
}

fn timeline(checked: &Checked, s: &Styles, width: Option<usize>) -> String {
    super::timeline::render_timeline(&validate::timeline::timeline(&checked.record), s, width)
}

/// The difference between what the exercise expects and what happened,
/// labelled in words, with the placeholders it uses explained. `hunks`
/// keeps only the first hunks (with the step line they belong to).
fn difference(failure: &Failure, s: &Styles, width: Option<usize>, hunks: Option<usize>) -> String {
    let rows = labelled_rows(&failure.expected, &failure.actual);
    let shown: Vec<&Row> = match hunks {
        None => rows.iter().collect(),
        Some(n) => first_hunks(&rows, n),
    };
    let mut out = String::new();
    let _ = writeln!(out, "Your run, against what the exercise expects:");
    let content_width = width.map(|w| w.saturating_sub(GUTTER));
    for row in &shown {
        let (label, style) = match row.side {
            Side::Both => ("", s.dim),
            Side::Expected => ("expected", s.expected),
            Side::Actual => ("your run", s.actual),
        };
        let wrapped = wrap(row.text, content_width);
        for (i, piece) in wrapped.split('\n').enumerate() {
            let gutter = if i == 0 { label } else { "" };
            let _ = writeln!(
                out,
                "{}{}",
                format!("{gutter:<GUTTER$}").style(style),
                piece.style(style)
            );
        }
    }
    let hidden = rows.iter().filter(|r| r.side != Side::Both).count()
        - shown.iter().filter(|r| r.side != Side::Both).count();
    if hidden > 0 {
        let _ = writeln!(
            out,
            "{}",
            format!("… and {hidden} more different line(s): `devpath run` shows them all")
                .style(s.dim)
        );
    }
    let texts: Vec<&str> = shown.iter().map(|r| r.text).collect();
    let notes = placeholder_notes(&texts);
    if !notes.is_empty() {
        let _ = writeln!(out, "{}", "In these lines:".style(s.dim));
        for note in notes {
            let _ = writeln!(out, "{}", wrap(&format!("  {note}"), width).style(s.dim));
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Both,
    Expected,
    Actual,
}

struct Row<'a> {
    side: Side,
    text: &'a str,
}

fn labelled_rows<'a>(expected: &'a [String], actual: &'a [String]) -> Vec<Row<'a>> {
    let old: Vec<&str> = expected.iter().map(String::as_str).collect();
    let new: Vec<&str> = actual.iter().map(String::as_str).collect();
    let diff = similar::TextDiff::from_slices(&old, &new);
    diff.iter_all_changes()
        .map(|change| Row {
            side: match change.tag() {
                similar::ChangeTag::Equal => Side::Both,
                similar::ChangeTag::Delete => Side::Expected,
                similar::ChangeTag::Insert => Side::Actual,
            },
            text: change.value(),
        })
        .collect()
}

/// The first `n` runs of differing rows, each with one row of context on
/// either side and the unindented line (a scenario step) it belongs to.
fn first_hunks<'r, 'a>(rows: &'r [Row<'a>], n: usize) -> Vec<&'r Row<'a>> {
    let mut keep = vec![false; rows.len()];
    let mut i = 0;
    let mut found = 0;
    while i < rows.len() && found < n {
        if rows[i].side == Side::Both {
            i += 1;
            continue;
        }
        found += 1;
        let start = i;
        while i < rows.len() && rows[i].side != Side::Both {
            keep[i] = true;
            i += 1;
        }
        if start > 0 {
            keep[start - 1] = true;
        }
        if i < rows.len() {
            keep[i] = true;
        }
        if let Some(owner) = (0..start).rev().find(|&j| !rows[j].text.starts_with(' ')) {
            keep[owner] = true;
        }
    }
    rows.iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(r, _)| r)
        .collect()
}

/// What the placeholders in `lines` stand for, one note per kind used.
pub(crate) fn placeholder_notes(lines: &[&str]) -> Vec<String> {
    let text = lines.join("\n");
    let mut notes = Vec::new();
    let commit = ["<sha:", "<short-sha:"]
        .iter()
        .filter_map(|p| {
            text.split_once(p)
                .and_then(|(_, rest)| rest.split_once('>'))
        })
        .map(|(name, _)| name.to_string())
        .next();
    if let Some(name) = commit {
        notes.push(format!(
            "<sha:{name}> is the commit the scenario pushed as {name} (<short-sha:{name}>: its first 7 characters)."
        ));
    }
    let named = text
        .match_indices("<digest:")
        .filter_map(|(i, found)| text[i + found.len()..].split_once('>'))
        .map(|(name, _)| name)
        .collect::<Vec<_>>();
    if named
        .iter()
        .any(|n| n.starts_with(|c: char| c.is_ascii_alphabetic()) && *n != "other")
    {
        notes.push(
            "<digest:v2> is an image pushed under the tag of commit v2 (its sha): the image built from v2."
                .to_string(),
        );
    }
    if named
        .iter()
        .any(|n| n.starts_with(|c: char| c.is_ascii_digit()))
    {
        notes.push(
            "<digest:1>, <digest:2> are images first pushed under a tag that is not a commit's sha \
             (latest, 1.0, …), numbered in the order they were seen: not the same as <digest:v1>, <digest:v2>."
                .to_string(),
        );
    }
    if named.contains(&"other") {
        notes.push("<digest:other> is an image the registry does not hold.".to_string());
    }
    if text.contains("<registry>") {
        notes.push("<registry> is the registry's address (vars.REGISTRY).".to_string());
    }
    if text.contains("***") {
        notes.push("*** is a secret's value, masked.".to_string());
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    fn failure(expected: &[&str], actual: &[&str]) -> Failure {
        Failure {
            part: Some("step 1 / workflow ci.yml".into()),
            message: "Nothing ran when you pushed.".into(),
            expected: strings(expected),
            actual: strings(actual),
            invalid: Vec::new(),
        }
    }

    #[test]
    fn the_difference_is_labelled_in_words() {
        let f = failure(
            &[
                "step 1: push <sha:v1> (app good)",
                "  workflow ci.yml: success",
            ],
            &["step 1: push <sha:v1> (app good)", "  no workflow ran"],
        );
        insta::assert_snapshot!(difference(&f, &Styles::default(), Some(60), None), @r"
        Your run, against what the exercise expects:
                  step 1: push <sha:v1> (app good)
        expected    workflow ci.yml: success
        your run    no workflow ran
        In these lines:
          <sha:v1> is the commit the scenario pushed as v1
            (<short-sha:v1>: its first 7 characters).
        ");
    }

    #[test]
    fn the_first_hunk_keeps_its_step_and_counts_the_rest() {
        let f = failure(
            &["step 1: push", "  a", "  b", "  c", "step 2: push", "  d"],
            &["step 1: push", "  a", "  b", "  x", "step 2: push", "  y"],
        );
        let text = difference(&f, &Styles::default(), None, Some(1));
        assert_eq!(
            text,
            "Your run, against what the exercise expects:\n\
             \x20         step 1: push\n\
             \x20           b\n\
             expected    c\n\
             your run    x\n\
             \x20         step 2: push\n\
             … and 2 more different line(s): `devpath run` shows them all\n"
        );
    }

    #[test]
    fn placeholders_are_explained_only_when_used() {
        assert!(placeholder_notes(&["  workflow ci.yml: success"]).is_empty());
        let notes = placeholder_notes(&["production: <digest:2>", "expected <digest:v2>"]);
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert!(notes[0].starts_with("<digest:v2> is an image pushed under the tag of commit v2"));
        assert!(notes[1].starts_with("<digest:1>, <digest:2>"));
    }

    /// A line with a multi-byte character before a placeholder (`→` in a
    /// pull request's step line) used to panic the verdict screen.
    #[test]
    fn placeholder_notes_read_lines_with_multibyte_characters() {
        let notes =
            placeholder_notes(&["step 1: pull request #1 feature → main <sha:v1> <digest:v1>"]);
        assert!(
            notes
                .iter()
                .any(|n| n.starts_with("<sha:v1> is the commit")),
            "{notes:?}"
        );
        assert!(
            notes
                .iter()
                .any(|n| n.starts_with("<digest:v2> is an image")),
            "{notes:?}"
        );
    }
}
