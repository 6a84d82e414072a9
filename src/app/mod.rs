//! One function per verb: it turns the command line into a request, calls
//! the core (course, scenario, workflow, engine, registry), hands what the
//! core emits to a reporter in `ui`, and returns the exit status.
//!
//! A verb never formats a report itself and never writes to stdout but
//! through `ui` (whose `out!`/`outln!` turn a closed stdout into a quiet
//! exit). Exit status: 0 pass, 1 fail, 2 error.

pub(crate) mod clean;
pub(crate) mod context;
pub(crate) mod dev;
pub(crate) mod doctor;
pub(crate) mod lang;
pub(crate) mod learner;
pub(crate) mod pipeline;
pub(crate) mod registry_serve;
pub(crate) mod run;
pub(crate) mod setup;
pub(crate) mod validate_workflows;
pub(crate) mod watch;

use std::process::ExitCode;

use crate::cli::{Cli, Command, GlobalArgs, RegistryCommand, WatchArgs};

/// What a verb returns to `main`: an exit status, or an error (exit 2).
pub(crate) type VerbResult = crate::Result<ExitCode>;

/// Runs the verb the user asked for and returns the process exit status.
pub(crate) fn run(cli: Cli, lang: i18n::Choice) -> ExitCode {
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
        Some(Command::Lang(args)) => lang::run(args, global, lang),
        Some(Command::Doctor(args)) => doctor::run(args, global),
        Some(Command::Clean) => clean::run(global),
        Some(Command::Pipeline(args)) => pipeline::run(args, global),
        Some(Command::Validate(args)) => validate_workflows::run(args, global),
        Some(Command::Setup(args)) => setup::run(args, global),
        Some(Command::Registry(RegistryCommand::Serve(args))) => registry_serve::run(args, global),
        Some(Command::Dev(command)) => dev::run(command, global),
    };
    match result {
        Ok(code) => code,
        Err(crate::Error::StdoutClosed) => ExitCode::SUCCESS,
        Err(error) => {
            crate::ui::report_error(&error, global.color);
            ExitCode::from(error.exit_code())
        }
    }
}

/// `devpath` without a verb: watch mode, creating the workspace first when
/// there is none.
fn default_verb(global: &GlobalArgs) -> VerbResult {
    if context::find_workspace(global).is_err() && global.workspace.is_none() {
        let welcome = learner::init_workspace(&crate::cli::InitArgs { dir: None }, global, true)?;
        let dir = context::current_dir()?.join(course::workspace::DEFAULT_DIR);
        let global = GlobalArgs {
            workspace: Some(dir),
            ..global.clone()
        };
        return watch::run_after_init(
            &WatchArgs {
                manual_run: false,
                poll: false,
            },
            &global,
            Some(welcome),
        );
    }
    watch::run(
        &WatchArgs {
            manual_run: false,
            poll: false,
        },
        global,
    )
}
