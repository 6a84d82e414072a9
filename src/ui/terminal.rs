//! The terminal in watch mode: raw mode for single keys, reading keys (or
//! lines from a pipe), clearing the screen.

use std::io::{BufRead as _, IsTerminal as _, Write as _};

/// Prints text; in raw mode, lines need `\r\n`.
pub(crate) fn say(raw: bool, text: &str) {
    let mut out = std::io::stdout().lock();
    for line in text.trim_end_matches('\n').split('\n') {
        let _ = if raw {
            write!(out, "{line}\r\n")
        } else {
            writeln!(out, "{line}")
        };
    }
    let _ = out.flush();
}

pub(crate) fn clear_screen(terminal: bool) {
    if terminal {
        print!("\x1b[2J\x1b[H");
        let _ = std::io::stdout().flush();
    }
}

/// Runs `f` with the terminal in normal mode, so the run's output prints
/// as usual, then goes back to raw mode.
pub(crate) fn with_cooked<T>(raw: bool, f: impl FnOnce() -> T) -> T {
    if raw {
        let _ = crossterm::terminal::disable_raw_mode();
    }
    let value = f();
    if raw {
        let _ = crossterm::terminal::enable_raw_mode();
    }
    value
}

/// Raw terminal mode while watch mode runs; restored on drop.
pub(crate) struct RawMode;

impl RawMode {
    pub(crate) fn enable() -> Option<RawMode> {
        if std::io::stdin().is_terminal() && crossterm::terminal::enable_raw_mode().is_ok() {
            Some(RawMode)
        } else {
            None
        }
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        let _ = crossterm::terminal::disable_raw_mode();
    }
}

/// Reads keys on a thread: single keys in raw mode, else the characters of
/// each line from a pipe. `on_key` gets each key (lower case, Ctrl-C as
/// `'\u{3}'`) and `None` when the input ends; it returns `false` to stop.
pub(crate) fn spawn_keys(raw: bool, on_key: impl Fn(Option<char>) -> bool + Send + 'static) {
    std::thread::spawn(move || {
        if raw {
            use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, read};
            while let Ok(event) = read() {
                if let Event::Key(key) = event
                    && key.kind == KeyEventKind::Press
                {
                    let c = match key.code {
                        KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                            '\u{3}'
                        }
                        KeyCode::Char(c) => c.to_ascii_lowercase(),
                        _ => continue,
                    };
                    if !on_key(Some(c)) {
                        return;
                    }
                }
            }
        } else {
            for line in std::io::stdin().lock().lines() {
                let Ok(line) = line else { break };
                for c in line.trim().chars() {
                    if !on_key(Some(c.to_ascii_lowercase())) {
                        return;
                    }
                }
            }
        }
        on_key(None);
    });
}
