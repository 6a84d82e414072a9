//! The checks of an exercise's translations, for `dev lint` and `dev
//! check`. A course may ship fewer languages than devpath speaks: a
//! language is checked when the course has started it (its title or any
//! lesson exists in it); a language it has not started is not reported.
//!
//! For each such language:
//! - the lesson exists (else a warning: learners get the English one);
//! - its headings have the levels of the English ones, in order, and its
//!   fenced code blocks are the English ones byte for byte (problems: the
//!   lesson would teach something else);
//! - the title, every hint and every message have a version in it
//!   (warnings: learners get the English text);
//! - no paragraph, hint or message is the English text left as it is (a
//!   warning);
//! - each `[[comments]]` entry's English lines are in a start file (a
//!   problem: the translation would never be used), and each `# TODO`
//!   comment of a start file has an entry (a warning).

use i18n::{Lang, t};

use super::lint::{Finding, Severity};
use course::{Course, Exercise, Localized, Side};

/// The languages other than English the course has started.
pub(crate) fn started_languages(course: &Course) -> Vec<Lang> {
    [Lang::Es, Lang::Pt]
        .into_iter()
        .filter(|&lang| {
            course.info.title.translation(lang).is_some()
                || course
                    .exercises
                    .iter()
                    .any(|e| e.readme_in(&course.files, lang).is_some())
        })
        .collect()
}

/// The course-wide texts of `course.toml` in every started language.
pub(crate) fn lint_course_texts(course: &Course) -> Vec<Finding> {
    let mut findings = Vec::new();
    let file = course
        .files
        .course_toml_path()
        .unwrap_or("course.toml")
        .to_string();
    for lang in started_languages(course) {
        let texts = [
            &course.info.title,
            &course.info.welcome,
            &course.info.final_message,
        ];
        if texts.iter().all(|t| t.translation(lang).is_none()) {
            findings.push(warning(
                &file,
                t!(
                    "dev-lang-course-untranslated",
                    lang = lang.native_name(),
                    code = lang.code()
                ),
            ));
            continue;
        }
        for (key, text) in [
            ("title", &course.info.title),
            ("welcome", &course.info.welcome),
            ("final_message", &course.info.final_message),
        ] {
            check_text(&mut findings, &file, key, text, lang);
        }
    }
    findings
}

/// The translations of one exercise.
pub(crate) fn lint_exercise_languages(course: &Course, exercise: &Exercise) -> Vec<Finding> {
    let mut findings = Vec::new();
    let toml = format!("{}exercise.toml", exercise.prefix);
    let info = &exercise.info;
    let languages = started_languages(course);
    for &lang in &languages {
        let readme = format!("{}{}", exercise.prefix, lang.readme_name());
        let texts = std::iter::once(&info.title)
            .chain(&info.hints)
            .chain(info.messages.iter().map(|m| &m.text))
            .chain(&info.comments);
        let untouched = exercise.readme_in(&course.files, lang).is_none()
            && texts.clone().all(|t| t.translation(lang).is_none());
        if untouched {
            // One finding, not one per text.
            findings.push(warning(
                &exercise.name,
                t!(
                    "dev-lang-exercise-untranslated",
                    lang = lang.native_name(),
                    readme = lang.readme_name()
                ),
            ));
            continue;
        }
        match exercise.readme_in(&course.files, lang) {
            None => findings.push(warning(
                &readme,
                t!("dev-lang-readme-missing", lang = lang.native_name()),
            )),
            Some(text) => {
                compare_readmes(&mut findings, &readme, exercise.readme(&course.files), text)
            }
        }
        check_text(&mut findings, &toml, "title", &info.title, lang);
        for (index, hint) in info.hints.iter().enumerate() {
            check_text(
                &mut findings,
                &toml,
                &format!("hint {}", index + 1),
                hint,
                lang,
            );
        }
        for message in &info.messages {
            let what = format!("message for {:?}", message.part);
            check_text(&mut findings, &toml, &what, &message.text, lang);
        }
        for (index, comment) in info.comments.iter().enumerate() {
            let what = format!("comment {}", index + 1);
            check_text(&mut findings, &toml, &what, comment, lang);
        }
    }
    findings.extend(lint_comments(course, exercise, !languages.is_empty()));
    findings
}

/// A text's version in `lang`: missing, or the English left as it is.
fn check_text(findings: &mut Vec<Finding>, file: &str, what: &str, text: &Localized, lang: Lang) {
    let id = match text.translation(lang) {
        None => "dev-lang-text-missing",
        Some(translated) if is_english_left(&text.en, translated) => "dev-lang-text-english",
        Some(_) => return,
    };
    findings.push(warning(
        file,
        t!(
            id,
            what = what,
            lang = lang.native_name(),
            code = lang.code()
        ),
    ));
}

/// Whether a translation is the English text itself: the same words, and
/// enough of them to be prose (a title like "Docker" may stay as it is).
fn is_english_left(english: &str, translated: &str) -> bool {
    let words = english.split_whitespace().count();
    words >= 5 && english.split_whitespace().eq(translated.split_whitespace())
}

/// The `[[comments]]` entries match start files, and the start files' `#
/// TODO` comments have entries.
fn lint_comments(course: &Course, exercise: &Exercise, translated: bool) -> Vec<Finding> {
    let mut findings = Vec::new();
    let toml = format!("{}exercise.toml", exercise.prefix);
    let starts: Vec<(String, String)> = exercise
        .side_files(&course.files, Side::Start)
        .into_iter()
        .filter_map(|(path, file)| {
            let text = std::str::from_utf8(&file.bytes).ok()?;
            Some((path, text.to_owned()))
        })
        .collect();
    let comment_lines = |comment: &Localized| -> Vec<String> {
        comment
            .en
            .trim()
            .lines()
            .map(|l| l.trim().to_owned())
            .collect()
    };
    for (index, comment) in exercise.info.comments.iter().enumerate() {
        let lines = comment_lines(comment);
        let found = !lines.is_empty()
            && starts
                .iter()
                .any(|(_, text)| find_run(text, &lines).is_some());
        if !found {
            findings.push(Finding {
                severity: Severity::Problem,
                file: toml.clone(),
                message: t!(
                    "dev-lang-comment-unused",
                    index = index + 1,
                    first = lines.first().cloned().unwrap_or_default()
                ),
            });
        }
    }
    if !translated {
        return findings;
    }
    for (path, text) in &starts {
        for (number, line) in text.lines().enumerate() {
            let trimmed = line.trim();
            if !(trimmed.starts_with("# TODO") || trimmed.starts_with("#TODO")) {
                continue;
            }
            let covered = exercise.info.comments.iter().any(|comment| {
                let lines = comment_lines(comment);
                lines.iter().any(|l| l == trimmed) && find_run(text, &lines).is_some()
            });
            if !covered {
                findings.push(warning(
                    &format!("{}start/{path}:{}", exercise.prefix, number + 1),
                    t!("dev-lang-todo-untranslated", comment = trimmed),
                ));
            }
        }
    }
    findings
}

/// The 0-based line where `lines` (trimmed) follow each other in `text`.
fn find_run(text: &str, lines: &[String]) -> Option<usize> {
    let all: Vec<&str> = text.lines().map(str::trim).collect();
    (0..all.len().saturating_sub(lines.len() - 1)).find(|&start| {
        lines
            .iter()
            .enumerate()
            .all(|(i, l)| all.get(start + i) == Some(&l.as_str()))
    })
}

/// One Markdown element of a lesson that translations must keep.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Element {
    /// A heading's level, and its 1-based line and text.
    Heading {
        level: usize,
        line: usize,
        text: String,
    },
    /// A fenced code block (fences included), and its 1-based first line.
    Code { text: String, line: usize },
}

/// The headings and fenced code blocks of a Markdown text, and its prose
/// paragraphs (with their first lines).
fn structure(markdown: &str) -> (Vec<Element>, Vec<(usize, String)>) {
    let mut elements = Vec::new();
    let mut paragraphs = Vec::new();
    let mut fence: Option<(String, usize, String)> = None;
    let mut paragraph: Option<(usize, String)> = None;
    for (index, line) in markdown.lines().enumerate() {
        let number = index + 1;
        let trimmed = line.trim_start();
        if let Some((marker, start, mut text)) = fence.take() {
            text.push_str(line);
            text.push('\n');
            if trimmed.starts_with(marker.as_str()) && trimmed.trim_end() == marker {
                elements.push(Element::Code { text, line: start });
            } else {
                fence = Some((marker, start, text));
            }
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            paragraphs.extend(paragraph.take());
            let marker: String = trimmed
                .chars()
                .take_while(|&c| c == trimmed.chars().next().unwrap_or('`'))
                .collect();
            fence = Some((marker, number, format!("{line}\n")));
            continue;
        }
        if trimmed.starts_with('#') {
            paragraphs.extend(paragraph.take());
            let level = trimmed.chars().take_while(|&c| c == '#').count();
            elements.push(Element::Heading {
                level,
                line: number,
                text: trimmed.to_owned(),
            });
            continue;
        }
        if trimmed.is_empty() {
            paragraphs.extend(paragraph.take());
            continue;
        }
        match &mut paragraph {
            Some((_, text)) => {
                text.push(' ');
                text.push_str(trimmed);
            }
            None => paragraph = Some((number, trimmed.to_owned())),
        }
    }
    if let Some((_, start, text)) = fence {
        elements.push(Element::Code { text, line: start });
    }
    paragraphs.extend(paragraph);
    (elements, paragraphs)
}

/// A translated lesson against the English one.
fn compare_readmes(findings: &mut Vec<Finding>, file: &str, english: &str, translated: &str) {
    let (english_elements, english_paragraphs) = structure(english);
    let (elements, paragraphs) = structure(translated);
    let headings = |elements: &[Element]| -> Vec<(usize, usize, String)> {
        elements
            .iter()
            .filter_map(|e| match e {
                Element::Heading { level, line, text } => Some((*level, *line, text.clone())),
                Element::Code { .. } => None,
            })
            .collect()
    };
    let codes = |elements: &[Element]| -> Vec<(usize, String)> {
        elements
            .iter()
            .filter_map(|e| match e {
                Element::Code { text, line } => Some((*line, text.clone())),
                Element::Heading { .. } => None,
            })
            .collect()
    };
    let (want, have) = (headings(&english_elements), headings(&elements));
    let levels = |h: &[(usize, usize, String)]| h.iter().map(|x| x.0).collect::<Vec<_>>();
    if levels(&want) != levels(&have) {
        let at = want
            .iter()
            .zip(&have)
            .position(|(w, h)| w.0 != h.0)
            .unwrap_or(want.len().min(have.len()));
        let message = match (want.get(at), have.get(at)) {
            (Some(w), Some(h)) => t!(
                "dev-lang-heading-level",
                line = h.1,
                heading = h.2.clone(),
                english_line = w.1,
                english = w.2.clone()
            ),
            (Some(w), None) => t!(
                "dev-lang-heading-missing",
                english_line = w.1,
                english = w.2.clone()
            ),
            (None, Some(h)) => t!("dev-lang-heading-extra", line = h.1, heading = h.2.clone()),
            (None, None) => String::new(),
        };
        findings.push(Finding {
            severity: Severity::Problem,
            file: file.to_owned(),
            message,
        });
    }
    let (want, have) = (codes(&english_elements), codes(&elements));
    if want.len() != have.len() {
        findings.push(Finding {
            severity: Severity::Problem,
            file: file.to_owned(),
            message: t!(
                "dev-lang-code-count",
                count = have.len(),
                english_count = want.len()
            ),
        });
    } else if let Some((w, h)) = want.iter().zip(&have).find(|(w, h)| w.1 != h.1) {
        findings.push(Finding {
            severity: Severity::Problem,
            file: format!("{file}:{}", h.0),
            message: t!("dev-lang-code-differs", english_line = w.0),
        });
    }
    for (line, paragraph) in &paragraphs {
        let left = english_paragraphs
            .iter()
            .any(|(_, english)| english == paragraph && is_english_left(english, paragraph));
        if left {
            findings.push(warning(
                &format!("{file}:{line}"),
                t!("dev-lang-paragraph-english"),
            ));
        }
    }
}

fn warning(file: &str, message: String) -> Finding {
    Finding {
        severity: Severity::Warning,
        file: file.to_owned(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH: &str = "# Title\n\nSome prose that explains the lesson well.\n\n## The task\n\n```yaml\non: push\n```\n\n### Hints\n\nMore words to read here, five or more.\n";

    fn findings(translated: &str) -> Vec<Finding> {
        let mut findings = Vec::new();
        compare_readmes(&mut findings, "README.es.md", ENGLISH, translated);
        findings
    }

    #[test]
    fn a_faithful_translation_has_no_finding() {
        let spanish = "# Título\n\nUn texto que explica bien la lección.\n\n## La tarea\n\n```yaml\non: push\n```\n\n### Pistas\n\nMás palabras para leer aquí, cinco o más.\n";
        assert_eq!(findings(spanish), Vec::new());
    }

    #[test]
    fn a_changed_code_block_is_a_problem_naming_both_lines() {
        let spanish =
            "# Título\n\nTexto.\n\n## La tarea\n\n```yaml\non: [push]\n```\n\n### Pistas\n\nMás.\n";
        let found = findings(spanish);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].severity, Severity::Problem);
        assert_eq!(found[0].file, "README.es.md:7");
        assert!(found[0].message.contains("line 7"), "{}", found[0].message);
    }

    #[test]
    fn a_heading_at_another_level_is_a_problem() {
        let spanish =
            "# Título\n\nTexto.\n\n### La tarea\n\n```yaml\non: push\n```\n\n### Pistas\n\nMás.\n";
        let found = findings(spanish);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].message.contains("### La tarea"),
            "{}",
            found[0].message
        );
        assert!(
            found[0].message.contains("## The task"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn a_missing_heading_and_an_english_paragraph_are_found() {
        let spanish = "# Título\n\nSome prose that explains the lesson well.\n\n## La tarea\n\n```yaml\non: push\n```\n";
        let found = findings(spanish);
        assert!(
            found
                .iter()
                .any(|f| f.severity == Severity::Problem && f.message.contains("### Hints"))
        );
        assert!(
            found
                .iter()
                .any(|f| f.severity == Severity::Warning && f.file == "README.es.md:3")
        );
    }

    #[test]
    fn code_inside_fences_is_not_a_heading() {
        let (elements, paragraphs) = structure("# A\n\n```sh\n# not a heading\n```\n\ntext\n");
        assert_eq!(elements.len(), 2);
        assert_eq!(paragraphs, vec![(7, "text".to_owned())]);
    }

    #[test]
    fn the_built_in_course_is_translated_without_a_problem() {
        let course = Course::load(None).unwrap();
        let mut problems: Vec<Finding> = lint_course_texts(&course);
        for exercise in &course.exercises {
            problems.extend(lint_exercise_languages(&course, exercise));
        }
        problems.retain(|f| f.severity == Severity::Problem);
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
