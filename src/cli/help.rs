//! The command line's help in the language devpath speaks.
//!
//! [`Cli`]'s doc comments are the English texts; [`command`] walks the
//! `clap::Command` they build and puts each text's Fluent message (`## cli`
//! in the locale files) in its place: every verb's about, its arguments'
//! help, the examples under it, and clap's own headings ("Usage",
//! "Commands", "Arguments", "Options") and `--help`/`--version` lines. In
//! English the help reads exactly as the doc comments and clap make it.
//!
//! clap's error sentences ("unexpected argument …") have no hook and stay
//! English.

use clap::builder::StyledStr;
use clap::{Arg, ArgAction, Command, CommandFactory as _, FromArgMatches as _};
use i18n::Lang;

use super::Cli;

/// Parses the command line with the help in the current language; like
/// `Cli::parse_from`, prints help, the version or an error and exits when
/// the arguments ask for it or are wrong.
pub(crate) fn parse_from(args: Vec<std::ffi::OsString>) -> Cli {
    let mut matches = command(i18n::current()).get_matches_from(args);
    Cli::from_arg_matches_mut(&mut matches)
        .unwrap_or_else(|error| error.format(&mut command(i18n::current())).exit())
}

/// devpath's command line, its texts in `lang`.
pub(crate) fn command(lang: Lang) -> Command {
    localize(Cli::command(), lang, "")
}

/// Puts `lang`'s texts into `cmd` (at `path`: "" for devpath itself, "run",
/// "dev-check") and its subcommands.
///
/// Texts set before clap builds a command (its about, examples and
/// arguments) are set first; then the command is built, as parsing would,
/// so that the `--help`, `--version` and `help` clap adds exist, and those
/// get their texts. Global arguments are translated where they are
/// defined (devpath itself): subcommands get copies.
fn localize(cmd: Command, lang: Lang, path: &str) -> Command {
    let about_id = if path.is_empty() {
        "cli-about".to_owned()
    } else {
        format!("cli-{path}-about")
    };
    let mut cmd = cmd;
    if let Some(about) = text(lang, &about_id) {
        cmd = cmd.about(about);
    }
    if let Some(after) = after_help(lang, path) {
        cmd = cmd.after_help(after);
    }
    if cmd.has_subcommands() {
        cmd = cmd.subcommand_help_heading(static_tr(lang, "cli-heading-commands"));
    }
    let styles = cmd.get_styles().clone();
    let root = path.is_empty();
    cmd = cmd.mut_args(|arg| {
        if !root && arg.is_global_set() {
            return arg;
        }
        localize_arg(arg, lang, path, &styles)
    });

    // Build this command the way parsing does (subcommands are built when
    // parsing reaches them): clap adds `--help`, `--version`, `help` and
    // the global arguments' copies now.
    let _ = cmd.render_usage();
    cmd = cmd.mut_args(|arg| match (arg.get_id().as_str(), arg.get_action()) {
        ("help", ArgAction::Help) => {
            let arg = if arg.get_long_help().is_some() {
                arg.help(tr(lang, "cli-flag-help-summary"))
                    .long_help(tr(lang, "cli-flag-help-more"))
            } else {
                arg.help(tr(lang, "cli-flag-help"))
            };
            arg.help_heading(static_tr(lang, "cli-heading-options"))
        }
        ("version", ArgAction::Version) => arg
            .help(tr(lang, "cli-flag-version"))
            .help_heading(static_tr(lang, "cli-heading-options")),
        _ => arg,
    });
    cmd = cmd.mut_subcommands(|sub| {
        let name = sub.get_name().to_owned();
        if name == "help" {
            // clap's own `help`, built with its parent.
            let sub = sub.about(tr(lang, "cli-help-about")).mut_args(|arg| {
                let heading = heading(lang, &arg);
                match arg.get_id().as_str() {
                    "subcommand" => arg.help(tr(lang, "cli-help-arg-subcommand")),
                    _ => arg,
                }
                .help_heading(heading)
            });
            return with_template(sub, lang);
        }
        let sub_path = if root { name } else { format!("{path}-{name}") };
        localize(sub, lang, &sub_path)
    });
    with_template(cmd, lang)
}

/// An argument's help and heading in `lang`. A value's default and
/// possible values, which clap words in English, are worded here in other
/// languages.
fn localize_arg(arg: Arg, lang: Lang, path: &str, styles: &clap::builder::Styles) -> Arg {
    let id = arg.get_id().as_str().replace('_', "-");
    let own = format!("cli-{path}-arg-{id}");
    let message = if !path.is_empty() && i18n::has(Lang::En, &own) {
        Some(own)
    } else {
        let shared = format!("cli-arg-{id}");
        i18n::has(Lang::En, &shared).then_some(shared)
    };
    let heading = heading(lang, &arg);
    let mut arg = arg.help_heading(heading);
    if let Some(message) = message {
        arg = arg.help(tr(lang, &message));
    }
    if lang == Lang::En || !arg.get_action().takes_values() {
        return arg;
    }
    let context = styles.get_context();
    let value = styles.get_context_value();
    let mut specs = Vec::new();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        specs.push(format!(
            "{context}[{}: {context:#}{value}{}{value:#}{context}]{context:#}",
            tr(lang, "cli-spec-default"),
            defaults.join(" ")
        ));
        arg = arg.hide_default_value(true);
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| format!("{value}{}{value:#}", v.get_name()))
        .collect();
    if !possible.is_empty() && !arg.is_hide_possible_values_set() {
        specs.push(format!(
            "{context}[{}: {context:#}{}{context}]{context:#}",
            tr(lang, "cli-spec-possible-values"),
            possible.join(&format!("{context}, {context:#}"))
        ));
        arg = arg.hide_possible_values(true);
    }
    if specs.is_empty() {
        return arg;
    }
    let help = arg.get_help().map(|h| h.ansi().to_string());
    let help = match help {
        Some(help) if !help.is_empty() => format!("{help} {}", specs.join(" ")),
        _ => specs.join(" "),
    };
    arg.help(StyledStr::from(help))
}

/// The heading an argument is listed under: "Arguments" for positional
/// ones, "Options" for the others (clap's own headings, in `lang`).
fn heading(lang: Lang, arg: &Arg) -> &'static str {
    if arg.is_positional() {
        static_tr(lang, "cli-heading-arguments")
    } else {
        static_tr(lang, "cli-heading-options")
    }
}

/// Message `id` in `lang` for clap's headings, which clap (without its
/// `string` feature) takes as `&'static str`: each heading is formatted
/// once per language and kept.
fn static_tr(lang: Lang, id: &'static str) -> &'static str {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static KEPT: Mutex<Option<HashMap<(Lang, &'static str), &'static str>>> = Mutex::new(None);
    let mut kept = KEPT.lock().unwrap_or_else(|p| p.into_inner());
    kept.get_or_insert_with(HashMap::new)
        .entry((lang, id))
        .or_insert_with(|| Box::leak(tr(lang, id).into_boxed_str()))
}

/// clap's default help template, with "Usage" in `lang`.
fn with_template(cmd: Command, lang: Lang) -> Command {
    let usage = cmd.get_styles().get_usage();
    let heading = format!("{usage}{}:{usage:#}", tr(lang, "cli-heading-usage")).replace('{', "(");
    let any_args = cmd.get_arguments().any(|a| !a.is_hide_set());
    let template = if any_args || cmd.has_subcommands() {
        format!(
            "{{before-help}}{{about-with-newline}}\n{heading} {{usage}}\n\n{{all-args}}{{after-help}}"
        )
    } else {
        format!("{{before-help}}{{about-with-newline}}\n{heading} {{usage}}{{after-help}}")
    };
    cmd.help_template(StyledStr::from(template))
}

/// The text under a verb's help: notes, then examples of the verb, each a
/// command line and, for some, what it does. The commands are the same in
/// every language.
struct AfterHelp {
    /// Message ids of the notes, one paragraph each.
    notes: &'static [&'static str],
    /// A command line (padded to where its description starts) and the
    /// message id of the description.
    examples: &'static [(&'static str, Option<&'static str>)],
}

const fn examples(examples: &'static [(&'static str, Option<&'static str>)]) -> AfterHelp {
    AfterHelp {
        notes: &[],
        examples,
    }
}

/// The examples and notes of the verb at `path`.
fn after_help_of(path: &str) -> Option<AfterHelp> {
    Some(match path {
        "" => examples(&[
            ("devpath              ", Some("cli-example-watch")),
            ("devpath run          ", Some("cli-example-run")),
            ("devpath list         ", Some("cli-example-list")),
        ]),
        "init" => examples(&[("devpath init my-course && cd my-course && devpath", None)]),
        "watch" => AfterHelp {
            notes: &["cli-watch-keys"],
            examples: &[("devpath watch", None)],
        },
        "run" => examples(&[
            ("devpath run", None),
            ("devpath run 02-ci-failing-test --format json", None),
        ]),
        "list" => examples(&[("devpath list", None)]),
        "hint" => examples(&[("devpath hint 01-ci-first-workflow", None)]),
        "reset" => examples(&[
            ("devpath reset 01-ci-first-workflow", None),
            ("devpath reset --all", None),
        ]),
        "next" => examples(&[("devpath next", None)]),
        "verify" => examples(&[
            ("devpath verify", None),
            ("devpath verify --all   ", Some("cli-example-verify-all")),
        ]),
        "lang" => examples(&[
            ("devpath lang", None),
            ("devpath lang es", None),
            ("devpath init --lang pt", None),
        ]),
        "doctor" => examples(&[("devpath doctor", None)]),
        "clean" => examples(&[("devpath clean", None)]),
        "pipeline" => examples(&[
            ("devpath pipeline .github/workflows/ci.yml", None),
            ("devpath pipeline ci.yml --ref refs/tags/v1.2.3", None),
            (
                "devpath pipeline ci.yml --event pull_request --head fix-login --dry-run",
                None,
            ),
            ("devpath pipeline ci.yml --list", None),
            (
                "devpath pipeline rollback.yml --event workflow_dispatch --input tag=1a2b3c --format json",
                None,
            ),
            (
                "devpath pipeline ci.yml --actions-dir ~/.cache/act   # ",
                Some("cli-example-actions-dir"),
            ),
        ]),
        "validate" => examples(&[
            (
                "devpath validate                       ",
                Some("cli-example-validate-all"),
            ),
            ("devpath validate ci.yml deploy.yml", None),
            ("devpath validate workflows/ --format json", None),
        ]),
        "setup" => examples(&[
            ("devpath setup", None),
            ("devpath setup --from-image busybox:latest", None),
        ]),
        "registry-serve" => examples(&[(
            "devpath registry serve --addr 127.0.0.1:5000 --root /tmp/registry",
            None,
        )]),
        "dev-new" => examples(&[
            ("devpath dev new 06-cd-deploy-job --topic cd", None),
            ("devpath --course my-pack dev new 01-first", None),
        ]),
        "dev-check" => AfterHelp {
            notes: &["cli-dev-check-exit-status"],
            examples: &[
                ("devpath dev check --jobs 2", None),
                ("devpath dev check 03 --format json", None),
            ],
        },
        "dev-bless" => examples(&[(
            "devpath dev bless 06-cd-deploy-job && devpath dev review",
            None,
        )]),
        "dev-review" => AfterHelp {
            notes: &["cli-dev-review-answers"],
            examples: &[("devpath dev review", None)],
        },
        "dev-lint" => examples(&[("devpath dev lint", None)]),
        _ => return None,
    })
}

/// The text under the help of the verb at `path`, in `lang`.
fn after_help(lang: Lang, path: &str) -> Option<String> {
    let after = after_help_of(path)?;
    let mut paragraphs: Vec<String> = after.notes.iter().map(|id| tr(lang, id)).collect();
    if !after.examples.is_empty() {
        let mut text = i18n::tr_in(
            lang,
            "cli-examples",
            &[("count", i18n::Arg::from(after.examples.len()))],
        );
        for (command, description) in after.examples {
            text.push_str("\n  ");
            text.push_str(command);
            if let Some(id) = description {
                text.push_str(&tr(lang, id));
            }
        }
        paragraphs.push(text);
    }
    Some(paragraphs.join("\n\n"))
}

/// Message `id` in `lang`, when English has it.
fn text(lang: Lang, id: &str) -> Option<String> {
    i18n::has(Lang::En, id).then(|| tr(lang, id))
}

fn tr(lang: Lang, id: &str) -> String {
    i18n::tr_in(lang, id, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command's path ("" for devpath, "dev-check"), as `localize`
    /// names them, with the command.
    fn walk(cmd: &Command, path: &str, out: &mut Vec<(String, Command)>) {
        out.push((path.to_owned(), cmd.clone()));
        for sub in cmd.get_subcommands() {
            let name = sub.get_name();
            let sub_path = if path.is_empty() {
                name.to_owned()
            } else {
                format!("{path}-{name}")
            };
            walk(sub, &sub_path, out);
        }
    }

    /// Builds every command as parsing builds the one it reaches.
    fn built(mut cmd: Command) -> Command {
        let _ = cmd.render_usage();
        cmd.mut_subcommands(built)
    }

    /// Whether `path` is clap's `help` subcommand.
    fn is_help(path: &str) -> bool {
        path == "help" || path.ends_with("-help")
    }

    fn helps(cmd: Command) -> Vec<(String, String, String)> {
        let mut commands = Vec::new();
        walk(&built(cmd), "", &mut commands);
        commands
            .into_iter()
            .map(|(path, mut cmd)| {
                let short = cmd.render_help().ansi().to_string();
                let long = cmd.render_long_help().ansi().to_string();
                (path, short, long)
            })
            .collect()
    }

    #[test]
    fn the_english_help_is_the_doc_comments_and_clap_word_for_word() {
        let original = helps(Cli::command().term_width(80));
        let english = helps(localize(Cli::command().term_width(80), Lang::En, ""));
        assert_eq!(original.len(), english.len());
        for (original, english) in original.iter().zip(&english) {
            assert_eq!(original, english, "the help of {:?}", original.0);
        }
    }

    #[test]
    fn every_verb_and_argument_has_an_english_message() {
        let mut commands = Vec::new();
        walk(&built(Cli::command()), "", &mut commands);
        let mut missing = Vec::new();
        for (path, cmd) in commands {
            if is_help(&path) {
                continue;
            }
            let about = if path.is_empty() {
                "cli-about".to_owned()
            } else {
                format!("cli-{path}-about")
            };
            if !i18n::has(Lang::En, &about) {
                missing.push(format!("{about} = {}", cmd.get_about().unwrap()));
            }
            if cmd.get_after_help().is_some() && after_help_of(&path).is_none() {
                missing.push(format!("after help of {path:?}"));
            }
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                if id == "help" || id == "version" || (!path.is_empty() && arg.is_global_set()) {
                    continue;
                }
                let id = id.replace('_', "-");
                let own = format!("cli-{path}-arg-{id}");
                let shared = format!("cli-arg-{id}");
                if !i18n::has(Lang::En, &own) && !i18n::has(Lang::En, &shared) {
                    missing.push(format!(
                        "{own} = {}",
                        arg.get_help().map(|h| h.to_string()).unwrap_or_default()
                    ));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "missing messages:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn spanish_and_portuguese_help_has_no_english_heading_nor_message_id() {
        for lang in [Lang::Es, Lang::Pt] {
            for (path, short, _) in helps(localize(Cli::command().term_width(80), lang, "")) {
                let plain = anstream_strip(&short);
                for english in ["Usage:", "Commands:", "Options:", "Print help", "[default:"] {
                    assert!(
                        !plain.contains(english),
                        "{lang} help of {path:?} says {english:?}:\n{plain}"
                    );
                }
                assert!(!plain.contains("cli-"), "{lang} help of {path:?}:\n{plain}");
            }
        }
    }

    fn anstream_strip(text: &str) -> String {
        let mut out = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for c in chars.by_ref() {
                    if c == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }
}
