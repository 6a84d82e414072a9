//! Everything devpath prints: styles, reporters, watch mode, JSON output.
//!
//! Each verb has a file here that calls into the core modules and renders
//! what they return or emit. Core modules never print.

pub(crate) mod context;
pub(crate) mod dev;
pub(crate) mod doctor;
pub(crate) mod learner;
pub(crate) mod pipeline;
pub(crate) mod registry_serve;
pub(crate) mod run;
pub(crate) mod setup;
pub(crate) mod style;
pub(crate) mod timeline;
pub(crate) mod watch;

use std::process::ExitCode;

use owo_colors::OwoColorize as _;

use crate::cli::{Cli, Command, GlobalArgs, RegistryCommand, WatchArgs};

/// What a verb returns to `main`: an exit status, or an error (exit 2).
pub(crate) type VerbResult = crate::Result<ExitCode>;

/// Runs the verb the user asked for and returns the process exit status.
pub(crate) fn main(cli: Cli) -> ExitCode {
    let global = &cli.global;
    let result = match &cli.command {
        None => default_verb(global),
        Some(Command::Init(args)) => learner::init(args, global),
        Some(Command::Watch(args)) => watch::run(args, global),
        Some(Command::Run(args)) => run::run(args, global),
        Some(Command::List(args)) => learner::list(args, global),
        Some(Command::Hint(args)) => learner::hint(args, global),
        Some(Command::Reset(args)) => learner::reset(args, global),
        Some(Command::Next) => learner::next(global),
        Some(Command::Verify(args)) => run::verify(args, global),
        Some(Command::Doctor(args)) => doctor::run(args, global),
        Some(Command::Pipeline(args)) => pipeline::run(args, global),
        Some(Command::Setup(args)) => setup::run(args, global),
        Some(Command::Registry(RegistryCommand::Serve(args))) => registry_serve::run(args, global),
        Some(Command::Dev(command)) => dev::run(command, global),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            report_error(&error, global);
            ExitCode::from(error.exit_code())
        }
    }
}

/// `devpath` without a verb: watch mode, creating the workspace first when
/// there is none.
fn default_verb(global: &GlobalArgs) -> VerbResult {
    if context::find_workspace(global).is_err() && global.workspace.is_none() {
        learner::init(&crate::cli::InitArgs { dir: None }, global)?;
        let dir = context::current_dir()?.join(course::workspace::DEFAULT_DIR);
        let global = GlobalArgs {
            workspace: Some(dir),
            ..global.clone()
        };
        return watch::run(&WatchArgs { manual_run: false }, &global);
    }
    watch::run(&WatchArgs { manual_run: false }, global)
}

/// Prints an error and its causes, with what to do.
pub(crate) fn report_error(error: &crate::Error, global: &GlobalArgs) {
    let styles = style::Styles::new(global.color, style::Stream::Stderr);
    eprintln!("{} {error}", "error:".style(styles.error));
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        let text = cause.to_string();
        if !error.to_string().contains(&text) {
            eprintln!("  caused by: {text}");
        }
        source = cause.source();
    }
}
