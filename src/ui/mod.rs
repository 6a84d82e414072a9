//! Everything devpath shows, and nothing else: styles, reporters, renderers
//! of results, prompts, the terminal in watch mode.
//!
//! `ui` renders what `app` hands it (events while a run goes on, results at
//! the end) and asks a person when a run needs an answer. It never starts a
//! run, a registry or a container, and never changes the learner's
//! progress. Everything it writes to stdout goes through [`out`].

pub(crate) mod clean;
pub(crate) mod dev;
pub(crate) mod doctor;
pub(crate) mod list;
pub(crate) mod out;
pub(crate) mod pipeline;
pub(crate) mod prompt;
pub(crate) mod run;
pub(crate) mod setup;
pub(crate) mod style;
pub(crate) mod terminal;
pub(crate) mod timeline;
pub(crate) mod validate;
pub(crate) mod verdict;
pub(crate) mod wrap;

use owo_colors::OwoColorize as _;

use crate::cli::ColorChoice;

/// Prints an error and its causes, with what to do.
pub(crate) fn report_error(error: &crate::Error, color: ColorChoice) {
    let styles = style::Styles::new(color, style::Stream::Stderr);
    eprintln!("{} {error}", i18n::t!("errors-prefix").style(styles.error));
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        let text = cause.to_string();
        if !error.to_string().contains(&text) {
            eprintln!("  {}", i18n::t!("errors-caused-by", cause = text));
        }
        source = cause.source();
    }
}
