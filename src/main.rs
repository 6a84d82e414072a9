use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    devpath::ui::main(devpath::cli::Cli::parse())
}
