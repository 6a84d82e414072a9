//! Everything devpath prints: styles, reporters, watch mode, JSON output.
//!
//! Each verb has a file here that calls into the core modules and renders
//! what they return or emit. Core modules never print.

pub mod pipeline;
pub mod registry_serve;
pub mod setup;

/// What a verb returns to `main`: an exit status, or an error (exit 2).
pub type VerbResult = crate::Result<std::process::ExitCode>;
