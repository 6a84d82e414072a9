//! The `pipeline` verb.

use crate::cli::{GlobalArgs, PipelineArgs};

use super::VerbResult;

/// Runs the verb.
pub fn run(args: &PipelineArgs, global: &GlobalArgs) -> VerbResult {
    let _ = (args, global);
    Err(crate::Error::Usage("not implemented yet".into()))
}
