//! Colour decisions, in one place: one style per meaning. Styles default to
//! no colour; `Styles::new` turns colour on for a terminal unless the user
//! said `--color never` or set NO_COLOR.

use std::io::IsTerminal as _;

use owo_colors::Style;

use crate::cli::ColorChoice;

/// One style per meaning.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Styles {
    pub pass: Style,
    pub fail: Style,
    pub skip: Style,
    pub error: Style,
    pub warning: Style,
    pub heading: Style,
    pub dim: Style,
    /// An instructor's diff (`dev`): lines added and removed.
    pub added: Style,
    pub removed: Style,
    /// A learner's difference: what the exercise expected is marked; what
    /// happened (`actual`) stays neutral, neither good nor bad news.
    pub expected: Style,
    pub actual: Style,
    pub hint: Style,
    pub current: Style,
}

/// Which stream the output goes to.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Stream {
    Stdout,
    Stderr,
}

impl Styles {
    /// Styles for `stream`, honouring `--color` and NO_COLOR.
    pub(crate) fn new(choice: ColorChoice, stream: Stream) -> Styles {
        if use_color(choice, stream) {
            Styles::colored()
        } else {
            Styles::default()
        }
    }

    /// The style of a job's or a run's result.
    pub(crate) fn result(&self, result: workflow::JobResult) -> Style {
        match result {
            workflow::JobResult::Success => self.pass,
            workflow::JobResult::Failure | workflow::JobResult::Cancelled => self.fail,
            workflow::JobResult::Skipped => self.skip,
        }
    }

    /// Every style coloured.
    pub(crate) fn colored() -> Styles {
        Styles {
            pass: Style::new().green().bold(),
            fail: Style::new().red().bold(),
            skip: Style::new().yellow(),
            error: Style::new().red().bold(),
            warning: Style::new().yellow().bold(),
            heading: Style::new().bold(),
            dim: Style::new().dimmed(),
            added: Style::new().green(),
            removed: Style::new().red(),
            expected: Style::new().cyan().bold(),
            actual: Style::new(),
            hint: Style::new().cyan(),
            current: Style::new().cyan().bold(),
        }
    }
}

/// Whether to colour `stream`.
pub(crate) fn use_color(choice: ColorChoice, stream: Stream) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            let terminal = match stream {
                Stream::Stdout => std::io::stdout().is_terminal(),
                Stream::Stderr => std::io::stderr().is_terminal(),
            };
            !no_color && terminal && std::env::var("TERM").map_or(true, |t| t != "dumb")
        }
    }
}
