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
use i18n::Lang;
use i18n::t_in;

/// The width of the "expected " / "your run " column of the difference, at
/// least (a language with longer labels widens it).
const GUTTER: usize = 10;
/// Lines of a failed step shown on a screen, at most and at least.
const TAIL_MAX: usize = 12;
const TAIL_MIN: usize = 3;

/// The verdict after a run's progress (`devpath run`), wrapped to `width`,
/// in the language devpath speaks now.
pub(crate) fn render_verdict(
    course: &Course,
    exercise: &Exercise,
    checked: &Checked,
    next: Option<&str>,
    s: &Styles,
    width: Option<usize>,
) -> String {
    render_verdict_in(i18n::current(), course, exercise, checked, next, s, width)
}

/// [`render_verdict`] in `lang`.
pub(crate) fn render_verdict_in(
    lang: Lang,
    course: &Course,
    exercise: &Exercise,
    checked: &Checked,
    next: Option<&str>,
    s: &Styles,
    width: Option<usize>,
) -> String {
    let mut out = String::new();
    out.push_str(&wrap(&graphs(lang, checked, s), width));
    out.push_str(&timeline(lang, checked, s, width));
    out.push('\n');
    out.push_str(&wrap(&verdict_line(lang, exercise, checked, s), width));
    match &checked.verdict {
        Verdict::Pass { .. } => {
            out.push_str(&wrap_prose(&after_pass(lang, course, next, width), width))
        }
        Verdict::Fail(failure) => {
            out.push('\n');
            out.push_str(&difference(lang, failure, s, width, None));
            out.push('\n');
            out.push_str(&wrap_prose(&message(lang, failure, s, width), width));
            out.push('\n');
            out.push_str(&wrap_prose(&edit_line(lang, exercise), width));
        }
    }
    let leftovers = super::run::render_leftovers(lang, &checked.record.leftovers, s);
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
/// and `footer` are watch mode's own lines, always shown. In the language
/// devpath speaks now.
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
    render_screen_in(
        i18n::current(),
        course,
        exercise,
        checked,
        next,
        log,
        s,
        size,
        header,
        footer,
    )
}

/// [`render_screen`] in `lang`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn render_screen_in(
    lang: Lang,
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

    let mut top = lines(wrap_prose(&verdict_line(lang, exercise, checked, s), width));
    top.insert(0, String::new());
    top.push(String::new());
    take(VERDICT, top, &mut budget);
    match &checked.verdict {
        Verdict::Pass { .. } => {
            let after = match next {
                Some(next) => format!("{}\n", t_in!(lang, "verdict-next-watch", next = next)),
                None => after_pass(lang, course, None, width),
            };
            take(11, lines(wrap_prose(&after, width)), &mut budget);
            left_out |= !take(50, lines(timeline(lang, checked, s, width)), &mut budget);
            left_out |= !take(
                40,
                lines(wrap(&graphs(lang, checked, s), width)),
                &mut budget,
            );
        }
        Verdict::Fail(failure) => {
            let mut message = lines(wrap_prose(&message(lang, failure, s, width), width));
            message.insert(0, String::new());
            take(MESSAGE, message, &mut budget);
            let edit = format!(
                "\n{}\n",
                t_in!(
                    lang,
                    "verdict-edit-watch",
                    paths = exercise.editable_paths()
                )
            );
            let edit = wrap_prose(&edit, width);
            take(90, lines(edit), &mut budget);
            if !log.problems.is_empty() {
                let text = problems(lang, log, s);
                left_out |= !take(35, lines(wrap(&text, width)), &mut budget);
            }
            // The difference: whole if it fits with a few log lines, else
            // its first hunk.
            let whole = lines(difference(lang, failure, s, width, None));
            let first = lines(difference(lang, failure, s, width, Some(1)));
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
                    let tail = failed_step(lang, step, s, width, room);
                    left_out |= tail.len() < step.lines.len().min(TAIL_MAX) + 2;
                    take(40, tail, &mut budget);
                } else {
                    left_out = true;
                }
            }
            left_out |= !take(50, lines(timeline(lang, checked, s, width)), &mut budget);
            left_out |= !take(
                60,
                lines(wrap(&graphs(lang, checked, s), width)),
                &mut budget,
            );
        }
    }
    let leftovers = super::run::render_leftovers(lang, &checked.record.leftovers, s);
    if !leftovers.is_empty() {
        left_out |= !take(45, lines(wrap(&leftovers, width)), &mut budget);
    }
    if left_out {
        let more = format!("{}", t_in!(lang, "verdict-more").style(s.dim));
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

fn verdict_line(lang: Lang, exercise: &Exercise, checked: &Checked, s: &Styles) -> String {
    match &checked.verdict {
        Verdict::Pass { .. } => format!(
            "{} {}\n",
            "✓".style(s.pass),
            t_in!(
                lang,
                "verdict-passed",
                exercise = &exercise.name,
                title = exercise.info.title.get(lang)
            )
        ),
        Verdict::Fail(_) => format!(
            "{} {}\n",
            "✗".style(s.fail),
            t_in!(lang, "verdict-not-solved", exercise = &exercise.name)
        ),
    }
}

/// What follows a pass: the next exercise, or the course's final message
/// (reflowed when it will be wrapped to a known `width`).
fn after_pass(lang: Lang, course: &Course, next: Option<&str>, width: Option<usize>) -> String {
    match next {
        Some(next) => format!("{}\n", t_in!(lang, "verdict-next", next = next)),
        None => {
            let text = course.info.final_message.get(lang).trim_end();
            match width {
                Some(_) => format!("\n{}\n", reflow(text).join("\n")),
                None => format!("\n{text}\n"),
            }
        }
    }
}

/// The message; reflowed into paragraphs when it will be wrapped to a
/// known `width`, else with the instructor's line breaks.
fn message(lang: Lang, failure: &Failure, s: &Styles, width: Option<usize>) -> String {
    let mut out = String::new();
    match &failure.part {
        Some(part) => {
            let part = part.style(s.heading).to_string();
            let _ = writeln!(
                out,
                "{}",
                t_in!(lang, "verdict-first-difference", part = part)
            );
        }
        None => {
            let _ = writeln!(out, "{}", t_in!(lang, "verdict-why"));
        }
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

fn edit_line(lang: Lang, exercise: &Exercise) -> String {
    format!(
        "{}\n",
        t_in!(lang, "verdict-edit", paths = exercise.editable_paths())
    )
}

/// The workflows' errors and warnings; the run keeps them as `error: …`
/// and `warning: …` (in English, as JSON shows them), labelled here in
/// `lang`.
fn problems(lang: Lang, log: &RunLog, s: &Styles) -> String {
    let mut out = String::from("\n");
    for problem in &log.problems {
        let (label, rest, style) = match problem.split_once(": ") {
            Some(("error", rest)) => (t_in!(lang, "run-error-label"), rest, s.error),
            Some(("warning", rest)) => (t_in!(lang, "run-warning-label"), rest, s.warning),
            _ => (String::new(), problem.as_str(), s.dim),
        };
        let _ = writeln!(out, "{} {rest}", label.style(style));
    }
    out
}

fn failed_step(
    lang: Lang,
    step: &super::run::StepLog,
    s: &Styles,
    width: Option<usize>,
    room: usize,
) -> Vec<String> {
    let mut lines = vec![
        String::new(),
        format!(
            "{} {}",
            "✗".style(s.fail),
            t_in!(
                lang,
                "verdict-failed-step",
                step = step.scenario_step,
                job = &step.job,
                name = &step.name
            )
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

fn graphs(lang: Lang, checked: &Checked, s: &Styles) -> String {
    super::timeline::render_graphs(lang, &validate::timeline::graphs(&checked.record), s)
}

fn timeline(lang: Lang, checked: &Checked, s: &Styles, width: Option<usize>) -> String {
    super::timeline::render_timeline(
        lang,
        &validate::timeline::timeline(&checked.record),
        s,
        width,
    )
}

/// The difference between what the exercise expects and what happened,
/// labelled in words, with the placeholders it uses explained. `hunks`
/// keeps only the first hunks (with the step line they belong to).
fn difference(
    lang: Lang,
    failure: &Failure,
    s: &Styles,
    width: Option<usize>,
    hunks: Option<usize>,
) -> String {
    let rows = labelled_rows(&failure.expected, &failure.actual);
    let shown: Vec<&Row> = match hunks {
        None => rows.iter().collect(),
        Some(n) => first_hunks(&rows, n),
    };
    let mut out = String::new();
    let _ = writeln!(out, "{}", t_in!(lang, "verdict-diff-heading"));
    let expected_label = t_in!(lang, "verdict-diff-expected");
    let actual_label = t_in!(lang, "verdict-diff-actual");
    let gutter_width = [&expected_label, &actual_label]
        .iter()
        .map(|l| l.chars().count() + 2)
        .max()
        .unwrap_or(0)
        .max(GUTTER);
    let content_width = width.map(|w| w.saturating_sub(gutter_width));
    for row in &shown {
        let (label, style) = match row.side {
            Side::Both => ("", s.dim),
            Side::Expected => (expected_label.as_str(), s.expected),
            Side::Actual => (actual_label.as_str(), s.actual),
        };
        let wrapped = wrap(row.text, content_width);
        for (i, piece) in wrapped.split('\n').enumerate() {
            let gutter = if i == 0 { label } else { "" };
            let _ = writeln!(
                out,
                "{}{}",
                format!("{gutter:<gutter_width$}").style(style),
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
            t_in!(lang, "verdict-diff-more", count = hidden).style(s.dim)
        );
    }
    let texts: Vec<&str> = shown.iter().map(|r| r.text).collect();
    let notes = placeholder_notes(lang, &texts);
    if !notes.is_empty() {
        let _ = writeln!(out, "{}", t_in!(lang, "verdict-notes-heading").style(s.dim));
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
pub(crate) fn placeholder_notes(lang: Lang, lines: &[&str]) -> Vec<String> {
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
        notes.push(t_in!(lang, "verdict-note-sha", name = name));
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
        notes.push(t_in!(lang, "verdict-note-digest-commit"));
    }
    if named
        .iter()
        .any(|n| n.starts_with(|c: char| c.is_ascii_digit()))
    {
        notes.push(t_in!(lang, "verdict-note-digest-numbered"));
    }
    if named.contains(&"other") {
        notes.push(t_in!(lang, "verdict-note-digest-other"));
    }
    if text.contains("<registry>") {
        notes.push(t_in!(lang, "verdict-note-registry"));
    }
    if text.contains("***") {
        notes.push(t_in!(lang, "verdict-note-secret"));
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
        insta::assert_snapshot!(difference(Lang::En, &f, &Styles::default(), Some(60), None), @r"
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
        let text = difference(Lang::En, &f, &Styles::default(), None, Some(1));
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
        assert!(placeholder_notes(Lang::En, &["  workflow ci.yml: success"]).is_empty());
        let notes = placeholder_notes(
            Lang::En,
            &["production: <digest:2>", "expected <digest:v2>"],
        );
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert!(notes[0].starts_with("<digest:v2> is an image pushed under the tag of commit v2"));
        assert!(notes[1].starts_with("<digest:1>, <digest:2>"));
    }

    /// A line with a multi-byte character before a placeholder (`→` in a
    /// pull request's step line) used to panic the verdict screen.
    #[test]
    fn placeholder_notes_read_lines_with_multibyte_characters() {
        let notes = placeholder_notes(
            Lang::En,
            &["step 1: pull request #1 feature → main <sha:v1> <digest:v1>"],
        );
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

    /// A failing run of exercise 08 (staging, then production), fixed:
    /// the staging deploy fails its health check, production is skipped,
    /// and a test container is left behind. The verdict is judged without
    /// the instructor's messages, so that devpath's own explanation shows.
    mod failing_run {
        use super::super::*;
        use crate::scenario::Checked;
        use crate::ui::run::StepLog;
        use crate::validate::record::{
            Action, ContainerObservation, EnvironmentObservation, FailedStep, Leftover, Probe,
            RegistryTag, ScenarioRecord, StepRecord,
        };
        use workflow::{JobEnvironment, JobReport, JobResult, RunReport};

        const SHA: &str = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";

        fn job(id: &str, result: JobResult, needs: &[&str], env: Option<&str>) -> JobReport {
            JobReport {
                id: id.into(),
                name: id.into(),
                result,
                needs: needs.iter().map(|n| n.to_string()).collect(),
                outputs: Default::default(),
                steps: Vec::new(),
                environment: env.map(|name| JobEnvironment {
                    name: name.into(),
                    url: None,
                }),
                approval: None,
                matrix: None,
                combinations: Vec::new(),
            }
        }

        fn record() -> ScenarioRecord {
            let digest = format!("sha256:{}", "d1".repeat(32));
            let tag = RegistryTag {
                repository: "my-org/my-app".into(),
                tag: SHA.into(),
                digest: digest.clone(),
            };
            let environments = vec![
                EnvironmentObservation {
                    name: "staging".into(),
                    container: Some(ContainerObservation {
                        running: true,
                        image: format!("127.0.0.1:5000/my-org/my-app:{SHA}"),
                        digest: Some(digest),
                        version: Probe {
                            status: Some(200),
                            body: "1.0.0".into(),
                        },
                        health: Probe {
                            status: Some(500),
                            body: "database unreachable".into(),
                        },
                    }),
                },
                EnvironmentObservation {
                    name: "production".into(),
                    container: None,
                },
            ];
            let mut step = StepRecord::new(
                1,
                Action::Push {
                    version: "good".into(),
                    name: "v1".into(),
                    sha: SHA.into(),
                    git_ref: "refs/heads/main".into(),
                },
            );
            step.runs.push(RunReport {
                workflow: ".github/workflows/pipeline.yml".into(),
                name: None,
                run_name: None,
                event: "push".into(),
                conclusion: JobResult::Failure,
                jobs: vec![
                    job("build", JobResult::Success, &[], None),
                    job(
                        "deploy-staging",
                        JobResult::Failure,
                        &["build"],
                        Some("staging"),
                    ),
                    job(
                        "deploy-production",
                        JobResult::Skipped,
                        &["build", "deploy-staging"],
                        Some("production"),
                    ),
                ],
                printed_secrets: Vec::new(),
                artifacts: Vec::new(),
            });
            step.failed_steps.push(FailedStep {
                workflow: "pipeline.yml".into(),
                job: "deploy-staging".into(),
                step: "Run ./deploy.sh staging".into(),
                continued: false,
                log: vec![
                    "app-staging started".into(),
                    "curl: (22) The requested URL returned error: 500".into(),
                    "Error: Process completed with exit code 22.".into(),
                ],
            });
            step.pushed.push(tag.clone());
            step.docker_commands = vec!["build".into(), "push".into(), "run".into()];
            step.environments = environments.clone();
            ScenarioRecord {
                steps: vec![step],
                shas: vec![("v1".into(), SHA.into())],
                registry: vec![tag],
                registry_host: Some("127.0.0.1:5000".into()),
                pushes: Vec::new(),
                environments,
                leaks: Vec::new(),
                leftovers: vec![Leftover {
                    kind: "container".into(),
                    name: "app-test".into(),
                    removed: true,
                }],
                timed_out: None,
                secrets: Vec::new(),
            }
        }

        /// What the exercise expects after its first step.
        const SNAPSHOT: &str = "\
step 1: push <sha:v1> (app good)
  workflow pipeline.yml: success
    job build: success
    job deploy-staging (after build): success in staging
    job deploy-production (after build, deploy-staging): success in production
  docker build: ran once
  environment staging: <digest:v1>, version 1.0.0, healthy
  environment production: <digest:v1>, version 1.0.0, healthy
registry:
  my-org/my-app:<sha:v1> <digest:v1>
environment staging:
  container: running
  digest: <digest:v1>
  GET /version: 200 1.0.0
  GET /health: 200 ok
environment production:
  container: running
  digest: <digest:v1>
  GET /version: 200 1.0.0
  GET /health: 200 ok
";

        fn fixture(lang: Lang) -> (Course, Exercise, Checked) {
            let course = Course::load(None).expect("the built-in course loads");
            let mut exercise = course
                .find("08-env-staging-then-production")
                .expect("exercise 08")
                .clone();
            exercise.info.messages.clear();
            let record = record();
            let outcome = validate::outcome(&exercise, &record);
            let verdict = validate::judge_in(lang, &exercise, SNAPSHOT, &outcome, &record);
            assert!(!verdict.passed());
            let checked = Checked {
                record,
                outcome,
                verdict,
            };
            (course, exercise, checked)
        }

        /// What `devpath run` prints after the progress, at 80 columns.
        fn run_screen(lang: Lang) -> String {
            let (course, exercise, checked) = fixture(lang);
            render_verdict_in(
                lang,
                &course,
                &exercise,
                &checked,
                None,
                &Styles::default(),
                Some(80),
            )
        }

        /// What watch mode shows, on an 80×40 terminal.
        fn watch_screen(lang: Lang) -> String {
            let (course, exercise, checked) = fixture(lang);
            let log = RunLog {
                problems: vec![
                    "warning: pipeline.yml: job `deploy-production`: `environment: Production` differs from `production` only in case".into(),
                ],
                failed: vec![StepLog {
                    scenario_step: 1,
                    job: "deploy-staging".into(),
                    name: "Run ./deploy.sh staging".into(),
                    outcome: Some(JobResult::Failure),
                    lines: vec![
                        "app-staging started".into(),
                        "curl: (22) The requested URL returned error: 500".into(),
                        "Error: Process completed with exit code 22.".into(),
                    ],
                }],
                steps: Vec::new(),
            };
            render_screen_in(
                lang,
                &course,
                &exercise,
                &checked,
                None,
                &log,
                &Styles::default(),
                Size {
                    columns: Some(80),
                    rows: Some(40),
                },
                "devpath · 08-env-staging-then-production",
                "[q] [h] [o]",
            )
        }

        #[test]
        fn run_in_english() {
            insta::assert_snapshot!("failing_run_en", run_screen(Lang::En));
        }

        #[test]
        fn run_in_spanish() {
            insta::assert_snapshot!("failing_run_es", run_screen(Lang::Es));
        }

        #[test]
        fn run_in_portuguese() {
            insta::assert_snapshot!("failing_run_pt", run_screen(Lang::Pt));
        }

        #[test]
        fn watch_in_english() {
            insta::assert_snapshot!("failing_watch_en", watch_screen(Lang::En));
        }

        #[test]
        fn watch_in_spanish() {
            insta::assert_snapshot!("failing_watch_es", watch_screen(Lang::Es));
        }

        #[test]
        fn watch_in_portuguese() {
            insta::assert_snapshot!("failing_watch_pt", watch_screen(Lang::Pt));
        }

        /// The ids of this part of devpath: a message id found in these
        /// sources must exist in every language, and a translated screen
        /// must show no id (an id missing everywhere prints as itself).
        const PREFIXES: [&str; 4] = ["verdict-", "run-", "explain-", "timeline-"];

        fn ids_used() -> Vec<String> {
            let sources = [
                include_str!("verdict.rs"),
                include_str!("run.rs"),
                include_str!("timeline.rs"),
                include_str!("../validate/explain.rs"),
                include_str!("../validate/mod.rs"),
            ];
            let mut ids = Vec::new();
            for source in sources {
                for prefix in PREFIXES {
                    let quoted = format!("\"{prefix}");
                    for (i, _) in source.match_indices(&quoted) {
                        let rest = &source[i + 1..];
                        let id: String = rest
                            .chars()
                            .take_while(|c| c.is_ascii_lowercase() || *c == '-')
                            .collect();
                        if rest[id.len()..].starts_with('"') && !id.ends_with('-') {
                            ids.push(id);
                        }
                    }
                }
            }
            ids.sort();
            ids.dedup();
            ids
        }

        #[test]
        fn every_id_used_exists_in_every_language() {
            let ids = ids_used();
            assert!(ids.len() > 40, "{ids:?}");
            let missing: Vec<String> = ids
                .iter()
                .flat_map(|id| {
                    Lang::ALL
                        .into_iter()
                        .filter(|&lang| !i18n::has(lang, id))
                        .map(move |lang| format!("{lang}: {id}"))
                })
                .collect();
            assert!(missing.is_empty(), "{missing:?}");
        }

        #[test]
        fn translated_screens_show_no_message_id() {
            let english = run_screen(Lang::En);
            for lang in [Lang::Es, Lang::Pt] {
                for text in [run_screen(lang), watch_screen(lang)] {
                    assert_ne!(text, english);
                    for prefix in PREFIXES {
                        assert!(!text.contains(prefix), "{lang}: {prefix} in\n{text}");
                    }
                    for english_words in [
                        "is not solved yet",
                        "Your run",
                        "First difference",
                        "Deploy timeline",
                        "Job graph",
                        "failed in step",
                        "left these behind",
                    ] {
                        assert!(
                            !text.contains(english_words),
                            "{lang}: {english_words:?} in\n{text}"
                        );
                    }
                }
            }
        }
    }
}
