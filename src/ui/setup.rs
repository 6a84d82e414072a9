//! The `setup` verb.

use crate::cli::{SetupArgs, GlobalArgs};

use super::VerbResult;

/// Runs the verb.
pub fn run(args: &SetupArgs, global: &GlobalArgs) -> VerbResult {
    let _ = (args, global);
    Err(crate::Error::Usage("not implemented yet".into()))
}
