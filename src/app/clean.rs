//! `devpath clean`: reconciles the journals of this workspace's runs whose
//! devpath is gone (killed with SIGKILL, or the machine stopped). Every run
//! does the same when it starts; this verb is for when no run comes next.

use std::process::ExitCode;

use super::VerbResult;
use super::context::Session;
use crate::cli::GlobalArgs;
use crate::ui::out::out;
use crate::ui::style::{Stream, Styles};

/// `devpath clean`.
pub(crate) fn run(global: &GlobalArgs) -> VerbResult {
    let session = Session::open_or_fresh(global)?;
    let reconciled = super::run::journal_dir(&session)
        .map(|dir| crate::scenario::journal::reconcile(&dir))
        .unwrap_or_default();
    let styles = Styles::new(global.color, Stream::Stdout);
    out!("{}", crate::ui::clean::render(&reconciled, &styles))?;
    Ok(ExitCode::SUCCESS)
}
