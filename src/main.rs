use std::process::ExitCode;

use clap::Parser;
use devpath::cli::{Cli, Command, RegistryCommand};
use devpath::ui;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let global = &cli.global;
    let result = match &cli.command {
        Some(Command::Pipeline(args)) => ui::pipeline::run(args, global),
        Some(Command::Setup(args)) => ui::setup::run(args, global),
        Some(Command::Registry(RegistryCommand::Serve(args))) => ui::registry_serve::run(args, global),
        _ => Err(devpath::Error::Usage("not implemented yet".into())),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}
