//! The one way devpath writes to standard output.
//!
//! `println!` panics when stdout is closed (`devpath list | head -1`: `head`
//! exits after one line). Here a closed stdout becomes
//! [`Error::StdoutClosed`](crate::Error::StdoutClosed), which the verb
//! returns with `?` like any other error and `main` turns into a quiet exit
//! 0, as ripgrep does: the reader got what it wanted.
//!
//! Reporters that print while a run goes on (progress, a pipeline's log)
//! ignore write errors: a closed stdout must not stop a run before its
//! cleanup. The verb's next write through here then returns the error.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::Error;

/// Set once a write found stdout closed.
static CLOSED: AtomicBool = AtomicBool::new(false);

/// Writes `text` to stdout and flushes it.
pub(crate) fn write(text: std::fmt::Arguments<'_>) -> Result<(), Error> {
    if CLOSED.load(Ordering::Relaxed) {
        return Err(Error::StdoutClosed);
    }
    let result = write_to(&mut std::io::stdout().lock(), text);
    if matches!(result, Err(Error::StdoutClosed)) {
        CLOSED.store(true, Ordering::Relaxed);
    }
    result
}

fn write_to(out: &mut impl std::io::Write, text: std::fmt::Arguments<'_>) -> Result<(), Error> {
    match out.write_fmt(text).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Err(Error::StdoutClosed),
        Err(source) => Err(Error::Io {
            action: "write to",
            path: "standard output".into(),
            source,
        }),
    }
}

/// `print!` through [`write`]: returns `Result<(), Error>`.
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::ui::out::write(format_args!($($arg)*))
    };
}

/// `println!` through [`write`]: returns `Result<(), Error>`.
macro_rules! outln {
    () => {
        $crate::ui::out::write(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::ui::out::write(format_args!("{}\n", format_args!($($arg)*)))
    };
}

pub(crate) use {out, outln};

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that went away.
    struct Closed;

    impl std::io::Write for Closed {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_broken_pipe_is_a_closed_stdout_and_other_errors_are_io_errors() {
        assert!(matches!(
            write_to(&mut Closed, format_args!("x")),
            Err(Error::StdoutClosed)
        ));
        let mut full = [0u8; 0];
        assert!(matches!(
            write_to(&mut &mut full[..], format_args!("x")),
            Err(Error::Io { .. })
        ));
        let mut buffer = Vec::new();
        write_to(&mut buffer, format_args!("{}\n", 42)).unwrap();
        assert_eq!(buffer, b"42\n");
    }
}
