//! Which language devpath speaks, and `devpath lang`.
//!
//! The language is chosen before the command line is parsed, so that the
//! help and clap's own errors are in it too: `--lang` is looked for in the
//! raw arguments, then `DEVPATH_LANG`, then the saved choice of the
//! workspace the command works in, then the system locale.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use i18n::{BadLang, Choice, Lang, Source, t};

use super::VerbResult;
use super::context::Session;
use crate::cli::{GlobalArgs, LangArgs};
use crate::ui::out::outln;

/// Chooses the language for this process from its arguments and
/// environment.
pub(crate) fn choose_from(args: &[OsString]) -> Result<Choice, BadLang> {
    let flag = flag_value(args, "--lang");
    let env = std::env::var("DEVPATH_LANG").ok();
    // Only looked up when neither the flag nor the variable decides.
    let saved = if flag.is_none() && env.as_deref().is_none_or(|e| e.trim().is_empty()) {
        saved_lang(
            flag_value(args, "--workspace")
                .map(PathBuf::from)
                .as_deref(),
        )
    } else {
        None
    };
    let locale = i18n::locale_lang(|name| std::env::var(name).ok());
    i18n::choose(flag.as_deref(), env.as_deref(), saved, locale)
}

/// The value of `--NAME VALUE` or `--NAME=VALUE` in the raw arguments,
/// before `--`.
fn flag_value(args: &[OsString], name: &str) -> Option<String> {
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            return None;
        }
        if arg == name {
            return iter.next().map(|v| v.into_owned());
        }
        if let Some(value) = arg.strip_prefix(name).and_then(|r| r.strip_prefix('=')) {
            return Some(value.to_owned());
        }
    }
    None
}

/// The language saved in the workspace at `dir` (or the one the current
/// folder is in); none when there is no workspace or its state is damaged
/// (the verb reports that itself).
fn saved_lang(dir: Option<&Path>) -> Option<Lang> {
    let workspace = match dir {
        Some(dir) => course::Workspace::open(dir).ok()?,
        None => course::Workspace::find(&std::env::current_dir().ok()?)?,
    };
    course::State::read(&workspace.state_path()).ok()?.lang
}

/// `devpath lang [LANG]`: shows the language devpath speaks and why, and
/// the languages of the course; with LANG, saves it as the workspace's
/// choice and rewrites the lessons the learner has not changed.
pub(crate) fn run(args: &LangArgs, global: &GlobalArgs, choice: Choice) -> VerbResult {
    let mut session = Session::open(global)?;
    let languages = session.course.languages();
    let names = languages
        .iter()
        .map(|l| format!("{} ({})", l.native_name(), l.code()))
        .collect::<Vec<_>>()
        .join(", ");
    let Some(lang) = args.lang else {
        let why = match choice.source {
            Source::Flag => t!("lang-source-flag"),
            Source::Env => t!("lang-source-env"),
            Source::Workspace => t!("lang-source-workspace"),
            Source::Locale => t!("lang-source-locale"),
            Source::Default => t!("lang-source-default"),
        };
        outln!(
            "{}",
            t!(
                "lang-current",
                lang = choice.lang.native_name(),
                code = choice.lang.code(),
                why = why
            )
        )?;
        outln!("{}", t!("lang-course-has", languages = names))?;
        outln!("{}", t!("lang-switch-how"))?;
        return Ok(ExitCode::SUCCESS);
    };
    session.state.lang = Some(lang);
    session.save()?;
    let rewritten = session.workspace.switch_readmes(&session.course, lang)?;
    // The confirmation is in the new language, unless --lang or
    // DEVPATH_LANG holds this process to another.
    if matches!(
        choice.source,
        Source::Workspace | Source::Locale | Source::Default
    ) {
        i18n::set(lang);
    }
    outln!("{}", t!("lang-saved", lang = lang.native_name()))?;
    outln!("{}", t!("lang-readmes-rewritten", count = rewritten))?;
    if !languages.contains(&lang) {
        outln!(
            "{}",
            t!(
                "lang-course-lacks",
                lang = lang.native_name(),
                languages = names
            )
        )?;
    }
    if matches!(choice.source, Source::Env) {
        outln!("{}", t!("lang-env-overrides"))?;
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_flag_is_found_in_both_forms_and_not_after_a_double_dash() {
        assert_eq!(
            flag_value(&args(&["devpath", "run", "--lang", "pt"]), "--lang").as_deref(),
            Some("pt")
        );
        assert_eq!(
            flag_value(&args(&["devpath", "--lang=es", "list"]), "--lang").as_deref(),
            Some("es")
        );
        assert_eq!(
            flag_value(
                &args(&["devpath", "pipeline", "x.yml", "--", "--lang", "pt"]),
                "--lang"
            ),
            None
        );
        assert_eq!(
            flag_value(&args(&["devpath", "--language", "pt"]), "--lang"),
            None
        );
    }
}
