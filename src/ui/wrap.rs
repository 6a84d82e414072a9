//! Fitting text to the terminal: its size, and wrapping lines at spaces.
//!
//! Lines are wrapped between words, never inside one: a word longer than
//! the width (a long path) stays whole and overflows. A bracketed group
//! such as `[↩ rollback]` or `[✓ approved by lead]` is kept on one line.
//! A wrapped line's continuation is indented like the line, plus two
//! columns, so that a list item still reads as one item. Colour codes are
//! not counted in the width.

use std::io::IsTerminal as _;

/// The terminal's size in columns and rows: the terminal's own when
/// standard output is one, else `COLUMNS` and `LINES` when set (scripts,
/// tests), else unknown (no wrapping, no height limit).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Size {
    pub columns: Option<usize>,
    pub rows: Option<usize>,
}

impl Size {
    pub(crate) fn detect() -> Size {
        if std::io::stdout().is_terminal()
            && let Ok((columns, rows)) = crossterm::terminal::size()
            && columns > 0
        {
            return Size {
                columns: Some(usize::from(columns)),
                rows: Some(usize::from(rows)),
            };
        }
        let var = |name| {
            std::env::var(name)
                .ok()
                .and_then(|v| v.trim().parse::<usize>().ok())
                .filter(|&n| n > 0)
        };
        Size {
            columns: var("COLUMNS"),
            rows: var("LINES"),
        }
    }
}

/// The narrowest width devpath wraps to: below it, lines are left alone.
const MIN_WIDTH: usize = 30;

/// Wraps every line of `text` to `width` columns (`None`: unchanged);
/// continuations are indented two more columns than their line.
pub(crate) fn wrap(text: &str, width: Option<usize>) -> String {
    wrap_with(text, width, 2)
}

/// Wraps prose: continuations are indented as their line.
pub(crate) fn wrap_prose(text: &str, width: Option<usize>) -> String {
    wrap_with(text, width, 0)
}

fn wrap_with(text: &str, width: Option<usize>, hang: usize) -> String {
    let Some(width) = width.filter(|&w| w >= MIN_WIDTH) else {
        return text.to_string();
    };
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, newline) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        wrap_line(body, width, hang, &mut out);
        out.push_str(newline);
    }
    out
}

/// A message's paragraphs, each on one line (for wrapping to the screen):
/// lines are joined unless the next one is blank, indented or a list item.
pub(crate) fn reflow(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut joinable = false;
    for line in text.lines() {
        let starts_item = line.starts_with([' ', '\t', '-', '*']);
        match out.last_mut() {
            Some(last) if joinable && !line.trim().is_empty() && !starts_item => {
                last.push(' ');
                last.push_str(line.trim());
            }
            _ => out.push(line.trim_end().to_string()),
        }
        joinable = !line.trim().is_empty();
    }
    out
}

/// The columns `text` takes on screen: characters, without colour codes.
pub(crate) fn visible_width(text: &str) -> usize {
    let mut width = 0;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            // CSI: ESC [ parameters… final byte in @..~
            for c in chars.by_ref() {
                if ('@'..='~').contains(&c) && c != '[' {
                    break;
                }
            }
        } else {
            width += 1;
        }
    }
    width
}

fn wrap_line(line: &str, width: usize, hang: usize, out: &mut String) {
    if visible_width(line) <= width {
        out.push_str(line);
        return;
    }
    let indent = line.len() - line.trim_start_matches(' ').len();
    let words = words(&line[indent..]);
    let hanging = (indent + hang).min(width / 2);
    out.push_str(&line[..indent]);
    let mut column = indent;
    let mut first = true;
    for word in words {
        let w = visible_width(&word);
        if !first && column + 1 + w > width {
            out.push('\n');
            out.push_str(&" ".repeat(hanging));
            column = hanging;
            first = true;
        }
        if !first {
            out.push(' ');
            column += 1;
        }
        out.push_str(&word);
        column += w;
        first = false;
    }
}

/// The words of a line (split at single spaces; runs of spaces stay with
/// the word after them, so that aligned columns keep their gaps), with
/// each bracketed group joined into one.
fn words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut open = false;
    let mut pending_spaces = String::new();
    for piece in text.split(' ') {
        if piece.is_empty() {
            pending_spaces.push(' ');
            continue;
        }
        let plain = strip_codes(piece);
        let word = format!("{pending_spaces}{piece}");
        pending_spaces.clear();
        match words.last_mut() {
            Some(last) if open => {
                last.push(' ');
                last.push_str(&word);
            }
            _ => words.push(word),
        }
        if plain.starts_with('[') {
            open = true;
        }
        if plain.ends_with(']') {
            open = false;
        }
    }
    words
}

fn strip_codes(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if ('@'..='~').contains(&c) && c != '[' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_reflowed_by_paragraph() {
        assert_eq!(
            reflow(
                "Nothing ran when you pushed. A workflow\nruns only for `on:`.\n\n- one\n- two\n  more"
            ),
            [
                "Nothing ran when you pushed. A workflow runs only for `on:`.",
                "",
                "- one",
                "- two",
                "  more"
            ]
        );
    }

    #[test]
    fn short_lines_and_no_width_are_left_alone() {
        assert_eq!(wrap("a b c\n", Some(40)), "a b c\n");
        let long = "word ".repeat(40);
        assert_eq!(wrap(&long, None), long);
    }

    #[test]
    fn wraps_between_words_with_a_hanging_indent() {
        let text =
            "  Nothing ran when you pushed. A workflow runs only for the events listed under on:";
        let wrapped = wrap(text, Some(40));
        assert_eq!(
            wrapped,
            "  Nothing ran when you pushed. A\n    workflow runs only for the events\n    listed under on:"
        );
        for line in wrapped.lines() {
            assert!(line.chars().count() <= 40, "{line:?}");
        }
    }

    #[test]
    fn never_breaks_inside_a_word_or_a_bracketed_mark() {
        let text = "  2  push v2 (app broken-health)  v1 1a2b3c4 1.0.0 ok [↩ rollback] [✓ approved by lead]";
        let wrapped = wrap(text, Some(60));
        assert!(wrapped.contains("[↩ rollback]"), "{wrapped}");
        assert!(wrapped.contains("[✓ approved by lead]"), "{wrapped}");
        let words: Vec<&str> = text.split_whitespace().collect();
        let again: Vec<&str> = wrapped.split_whitespace().collect();
        assert_eq!(words, again, "only spaces changed");
    }

    #[test]
    fn prose_continues_at_its_own_indent() {
        let text =
            "  Nothing ran when you pushed. A workflow runs only for the events listed under on:";
        assert_eq!(
            wrap_prose(text, Some(40)),
            "  Nothing ran when you pushed. A\n  workflow runs only for the events\n  listed under on:"
        );
    }

    #[test]
    fn a_word_longer_than_the_width_overflows_whole() {
        let path = "a/".repeat(30);
        let wrapped = wrap(&format!("Edit {path} now"), Some(40));
        assert_eq!(wrapped, format!("Edit\n  {path}\n  now"));
    }

    #[test]
    fn colour_codes_take_no_columns() {
        let red = "\x1b[31mred\x1b[0m";
        assert_eq!(visible_width(red), 3);
        let text = format!("{red} {}", "x ".repeat(14).trim_end());
        assert_eq!(wrap(&text, Some(31)), text, "31 visible columns fit");
    }
}
