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

/// What the learner did at the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Input {
    /// A key (lower case, Ctrl-C as `'\u{3}'`).
    Key(char),
    /// The terminal changed size.
    Resize,
    /// The input ended.
    Closed,
}

/// The key reader's switch: paused while another program (the pager)
/// reads the terminal, so that its keys are not taken from it.
#[derive(Clone, Default)]
pub(crate) struct Keys {
    paused: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Keys {
    /// Runs `f` with the key reader paused.
    pub(crate) fn paused<T>(&self, f: impl FnOnce() -> T) -> T {
        use std::sync::atomic::Ordering;
        self.paused.store(true, Ordering::SeqCst);
        // Let a read under way see the switch.
        std::thread::sleep(KEY_POLL);
        let value = f();
        self.paused.store(false, Ordering::SeqCst);
        value
    }
}

/// How long the key reader waits for a key before it looks at its switch.
const KEY_POLL: std::time::Duration = std::time::Duration::from_millis(50);

/// Reads keys on a thread: single keys in raw mode, else the characters of
/// each line from a pipe. `on_input` gets each one and returns `false` to
/// stop.
pub(crate) fn spawn_keys(raw: bool, on_input: impl Fn(Input) -> bool + Send + 'static) -> Keys {
    let keys = Keys::default();
    let switch = keys.paused.clone();
    std::thread::spawn(move || {
        if raw {
            use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, poll, read};
            loop {
                if switch.load(std::sync::atomic::Ordering::SeqCst) {
                    std::thread::sleep(KEY_POLL);
                    continue;
                }
                match poll(KEY_POLL) {
                    Ok(true) => {}
                    Ok(false) => continue,
                    Err(_) => break,
                }
                let input = match read() {
                    Ok(Event::Key(key)) if key.kind == KeyEventKind::Press => match key.code {
                        KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                            Input::Key('\u{3}')
                        }
                        KeyCode::Char(c) => Input::Key(c.to_ascii_lowercase()),
                        _ => continue,
                    },
                    Ok(Event::Resize(..)) => Input::Resize,
                    Ok(_) => continue,
                    Err(_) => break,
                };
                if !on_input(input) {
                    return;
                }
            }
        } else {
            for line in std::io::stdin().lock().lines() {
                let Ok(line) = line else { break };
                for c in line.trim().chars() {
                    if !on_input(Input::Key(c.to_ascii_lowercase())) {
                        return;
                    }
                }
            }
        }
        on_input(Input::Closed);
    });
    keys
}
