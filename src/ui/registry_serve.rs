//! The `registry_serve` verb.

use crate::cli::{GlobalArgs, RegistryServeArgs};

use super::VerbResult;

/// Runs the verb.
pub fn run(args: &RegistryServeArgs, global: &GlobalArgs) -> VerbResult {
    let _ = (args, global);
    Err(crate::Error::Usage("not implemented yet".into()))
}
