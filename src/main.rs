//! devpath: an offline course runner that teaches CI/CD with Docker.
//!
//! A learner edits real files (a GitHub Actions workflow, a Dockerfile, a
//! deploy script); devpath runs them for real and compares what happened with
//! the instructor's expected outcome.
//!
//! # Data flow
//! Data flows one way, one module per stage:
//! - [`course`] loads the course files into a typed model and keeps the
//!   learner's workspace and progress;
//! - [`scenario`] plays an exercise's scenario and owns a run's lifetime;
//! - [`workflow`] parses and executes GitHub Actions workflows locally;
//! - [`engine`] talks to the Docker engine, [`registry`] is the embedded OCI
//!   registry;
//! - [`validate`] turns what happened into an outcome and compares it with
//!   the snapshot;
//! - [`ui`] is the only module that prints.
//!
//! # Errors
//! A learner's wrong answer is a verdict (`Ok`), never an `Err`. An [`Error`]
//! means devpath or the machine broke; its message says what to do, and
//! [`Error::exit_code`] is 2.

mod app;
mod cli;
mod dev;
mod error;
mod scenario;
mod signal;
mod ui;
mod validate;

use std::process::ExitCode;

use error::Error;

/// Result type of devpath's top-level operations.
type Result<T, E = Error> = std::result::Result<T, E>;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = match app::lang::choose_from(&args) {
        Ok(choice) => choice,
        Err(bad) => {
            eprintln!(
                "error: {} is {:?}, a language devpath does not speak: use en (English), es (Español) or pt (Português)",
                bad.origin, bad.value
            );
            return ExitCode::from(2);
        }
    };
    i18n::set(lang.lang);
    let cli = cli::help::parse_from(args);
    if let Err(error) = signal::install(signal::SignalHandlerKind::Standard) {
        // Rare enough (the kernel refused an epoll or a signal handler) not
        // to stop devpath for it, but the learner should know.
        eprintln!(
            "{}",
            i18n::t!("errors-no-ctrl-c", reason = error.to_string())
        );
    }
    app::run(cli, lang)
}
