//! What `devpath list` shows: the exercises with the learner's progress.

use std::fmt::Write as _;

use owo_colors::OwoColorize as _;
use serde::Serialize;

use super::style::Styles;
use course::{Course, State};
use i18n::{Lang, t};

#[derive(Serialize)]
pub(crate) struct ListEntry<'a> {
    number: usize,
    name: &'a str,
    title: &'a str,
    topic: &'a str,
    done: bool,
    current: bool,
}

/// The list of exercises with progress, as text. When a row is wider than
/// `width`, its title goes on the next line, wrapped.
pub(crate) fn render_list(
    course: &Course,
    state: &State,
    styles: &Styles,
    width: Option<usize>,
) -> String {
    let mut out = String::new();
    let done = state.done.len();
    let _ = writeln!(
        out,
        "{}  ({})",
        course.info.title.style(styles.heading),
        t!("list-progress", done = done, total = course.exercises.len())
    );
    // The two status words, padded to the same width.
    let (done_word, pending_word) = (t!("list-status-done"), t!("list-status-pending"));
    let status_width = done_word.chars().count().max(pending_word.chars().count());
    let done_word = format!("{done_word:<status_width$}");
    let pending_word = format!("{pending_word:<status_width$}");
    let mut topic = "";
    for exercise in &course.exercises {
        if exercise.info.topic != topic {
            topic = &exercise.info.topic;
            let _ = writeln!(
                out,
                "\n  {}",
                topic_name(topic).to_uppercase().style(styles.dim)
            );
        }
        let is_current = exercise.name == state.current;
        let marker = if is_current { ">" } else { " " };
        let status = if state.done.contains(&exercise.name) {
            format!("{}", done_word.style(styles.pass))
        } else {
            format!("{}", pending_word.style(styles.skip))
        };
        let row = format!(
            "{marker} {:>2}  {status}  {:<32} {}",
            exercise.number, exercise.name, exercise.info.title
        );
        let line = if width.is_some_and(|w| super::wrap::visible_width(&row) > w) {
            let title = super::wrap::wrap_prose(&format!("        {}", exercise.info.title), width);
            format!(
                "{marker} {:>2}  {status}  {}\n{title}",
                exercise.number, exercise.name
            )
        } else {
            row
        };
        if is_current {
            for part in line.split('\n') {
                let _ = writeln!(out, "{}", part.style(styles.current));
            }
        } else {
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

/// The name of a topic (the `topic` key of exercise.toml) in the current
/// language: the known topics have messages, others show as written.
fn topic_name(topic: &str) -> String {
    let id: String = topic
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let id = format!("list-topic-{id}");
    let name = i18n::tr(&id, &[]);
    if name == id { topic.to_string() } else { name }
}

/// The line saying the course has no lessons in the language devpath
/// speaks, when it has none; nothing for English, which every course has.
pub(crate) fn missing_language_note(course: &Course) -> Option<String> {
    let lang = i18n::current();
    if lang == Lang::En || course.languages().contains(&lang) {
        return None;
    }
    Some(t!("list-no-lessons-in", lang = lang.native_name()))
}

/// The list as JSON: one object per exercise.
pub(crate) fn list_json(course: &Course, state: &State) -> serde_json::Value {
    let entries: Vec<ListEntry<'_>> = course
        .exercises
        .iter()
        .map(|e| ListEntry {
            number: e.number,
            name: &e.name,
            title: e.info.title.text(),
            topic: &e.info.topic,
            done: state.done.contains(&e.name),
            current: e.name == state.current,
        })
        .collect();
    serde_json::to_value(entries).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_narrow_terminal_gets_the_title_on_its_own_line() {
        let course = Course::load(None).unwrap();
        let state = State::new(&course, None);
        let wide = render_list(&course, &state, &Styles::default(), Some(120));
        assert!(
            wide.contains(">  1  pending  01-ci-first-workflow             Your first workflow\n"),
            "{wide}"
        );
        let narrow = render_list(&course, &state, &Styles::default(), Some(60));
        assert!(
            narrow.contains(">  1  pending  01-ci-first-workflow\n        Your first workflow\n"),
            "{narrow}"
        );
        assert!(narrow.lines().all(|l| l.chars().count() <= 60), "{narrow}");
    }
}
