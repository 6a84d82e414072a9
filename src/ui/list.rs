//! What `devpath list` shows: the exercises with the learner's progress.

use std::fmt::Write as _;

use owo_colors::OwoColorize as _;
use serde::Serialize;

use super::style::Styles;
use course::{Course, State};

#[derive(Serialize)]
pub(crate) struct ListEntry<'a> {
    number: usize,
    name: &'a str,
    title: &'a str,
    topic: &'a str,
    done: bool,
    current: bool,
}

/// The list of exercises with progress, as text.
pub(crate) fn render_list(course: &Course, state: &State, styles: &Styles) -> String {
    let mut out = String::new();
    let done = state.done.len();
    let _ = writeln!(
        out,
        "{}  ({done}/{} done)",
        course.info.title.style(styles.heading),
        course.exercises.len()
    );
    let mut topic = "";
    for exercise in &course.exercises {
        if exercise.info.topic != topic {
            topic = &exercise.info.topic;
            let _ = writeln!(out, "\n  {}", topic.to_uppercase().style(styles.dim));
        }
        let is_current = exercise.name == state.current;
        let marker = if is_current { ">" } else { " " };
        let status = if state.done.contains(&exercise.name) {
            format!("{}", "done   ".style(styles.pass))
        } else {
            format!("{}", "pending".style(styles.skip))
        };
        let line = format!(
            "{marker} {:>2}  {status}  {:<32} {}",
            exercise.number, exercise.name, exercise.info.title
        );
        if is_current {
            let _ = writeln!(out, "{}", line.style(styles.current));
        } else {
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

/// The list as JSON: one object per exercise.
pub(crate) fn list_json(course: &Course, state: &State) -> serde_json::Value {
    let entries: Vec<ListEntry<'_>> = course
        .exercises
        .iter()
        .map(|e| ListEntry {
            number: e.number,
            name: &e.name,
            title: &e.info.title,
            topic: &e.info.topic,
            done: state.done.contains(&e.name),
            current: e.name == state.current,
        })
        .collect();
    serde_json::to_value(entries).unwrap_or_default()
}
