//! The `setup` verb: make sure the offline base image `devpath/base:1` exists
//! (`ui::setup` shows what was found and done).

use std::process::ExitCode;
use std::time::Instant;

use crate::cli::{GlobalArgs, SetupArgs};
use engine::{BaseSource, Engine};

use crate::ui::{self, out::out};

use super::VerbResult;

/// Runs the verb.
pub(crate) fn run(args: &SetupArgs, global: &GlobalArgs) -> VerbResult {
    let _ = global;
    let started = Instant::now();
    let engine = Engine::connect()?;
    let version = engine.version()?;
    let source = match &args.from_image {
        Some(image) => BaseSource::Image(image.clone()),
        None => BaseSource::HostBusybox,
    };
    let outcome = engine.ensure_base_image(&source)?;
    out!(
        "{}",
        ui::setup::render(engine.address(), &version, &outcome, started.elapsed())
    )?;
    Ok(ExitCode::SUCCESS)
}
