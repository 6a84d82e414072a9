//! The languages devpath speaks, and every word it prints.
//!
//! - [`Lang`] is one of English, Spanish and Portuguese; [`choose`] picks
//!   it by the documented precedence (`--lang`, `DEVPATH_LANG`, the
//!   workspace's saved choice, the system locale, English).
//! - The messages live in one Project Fluent file per language
//!   (`locales/en.ftl`, `es.ftl`, `pt.ftl`), compiled into the binary. [`t!`]
//!   formats one in the current language ([`set`]), falling back to English
//!   when a translation is missing: learners never see a message id.
//!
//! JSON output keeps its English keys and values; only human text goes
//! through here.

use std::fmt;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

mod check;
pub use check::{FtlMessage, messages_of};

/// A language devpath speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
    Pt,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Pt];

    /// The two-letter code: `en`, `es`, `pt`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Pt => "pt",
        }
    }

    /// The language's name in itself: "English", "Español", "Português".
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Pt => "Português",
        }
    }

    /// The language of a code or a locale name: `es`, `ES`, `es-AR`,
    /// `es_AR.UTF-8`, `pt_BR@euro` are Spanish or Portuguese; `C`, `POSIX`
    /// and languages devpath does not speak are `None`.
    pub fn parse(text: &str) -> Option<Lang> {
        let text = text.trim();
        let language = text
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            "pt" => Some(Lang::Pt),
            _ => None,
        }
    }

    /// The README of a lesson in this language: `README.md` for English,
    /// `README.es.md`, `README.pt.md`.
    pub fn readme_name(self) -> &'static str {
        match self {
            Lang::En => "README.md",
            Lang::Es => "README.es.md",
            Lang::Pt => "README.pt.md",
        }
    }

    fn from_u8(value: u8) -> Lang {
        match value {
            1 => Lang::Es,
            2 => Lang::Pt,
            _ => Lang::En,
        }
    }

    fn as_u8(self) -> u8 {
        match self {
            Lang::En => 0,
            Lang::Es => 1,
            Lang::Pt => 2,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    fn from_str(text: &str) -> Result<Lang, String> {
        Lang::parse(text)
            .ok_or_else(|| format!("{text:?} is not a language devpath speaks: use en, es or pt"))
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Lang, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Where the language in use came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `--lang`.
    Flag,
    /// The `DEVPATH_LANG` environment variable.
    Env,
    /// The workspace's saved choice (`devpath init --lang`, `devpath lang`).
    Workspace,
    /// `LC_ALL`, `LC_MESSAGES` or `LANG`.
    Locale,
    /// Nothing chose: English.
    Default,
}

/// The language in use and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub lang: Lang,
    pub source: Source,
}

/// `DEVPATH_LANG` names a language devpath does not speak.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLang {
    /// Where the value came from: `--lang` or `DEVPATH_LANG`.
    pub origin: &'static str,
    pub value: String,
}

/// Picks the language: `flag` (`--lang`), then `env` (`DEVPATH_LANG`), then
/// the workspace's `saved` choice, then the system `locale`, then English.
/// An empty `DEVPATH_LANG` counts as unset; one naming a language devpath
/// does not speak is an error, so that a typo is not silently English.
pub fn choose(
    flag: Option<&str>,
    env: Option<&str>,
    saved: Option<Lang>,
    locale: Option<Lang>,
) -> Result<Choice, BadLang> {
    if let Some(flag) = flag {
        return Lang::parse(flag)
            .map(|lang| Choice {
                lang,
                source: Source::Flag,
            })
            .ok_or_else(|| BadLang {
                origin: "--lang",
                value: flag.to_owned(),
            });
    }
    if let Some(env) = env.filter(|e| !e.trim().is_empty()) {
        return Lang::parse(env)
            .map(|lang| Choice {
                lang,
                source: Source::Env,
            })
            .ok_or_else(|| BadLang {
                origin: "DEVPATH_LANG",
                value: env.to_owned(),
            });
    }
    if let Some(lang) = saved {
        return Ok(Choice {
            lang,
            source: Source::Workspace,
        });
    }
    if let Some(lang) = locale {
        return Ok(Choice {
            lang,
            source: Source::Locale,
        });
    }
    Ok(Choice {
        lang: Lang::En,
        source: Source::Default,
    })
}

/// The language of the system locale, as POSIX reads it: the first of
/// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty decides;
/// `C`, `POSIX` or a language devpath does not speak mean English (`None`).
pub fn locale_lang(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&var)
        .find(|value| !value.is_empty())
        .and_then(|value| Lang::parse(&value))
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Sets the language every later [`t!`] uses.
pub fn set(lang: Lang) {
    CURRENT.store(lang.as_u8(), Ordering::Relaxed);
}

/// The language [`t!`] uses now.
pub fn current() -> Lang {
    Lang::from_u8(CURRENT.load(Ordering::Relaxed))
}

/// The Fluent source of a language, as compiled into the binary.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../locales/en.ftl"),
        Lang::Es => include_str!("../locales/es.ftl"),
        Lang::Pt => include_str!("../locales/pt.ftl"),
    }
}

type Bundle = FluentBundle<FluentResource>;

/// One language's messages, parsed one by one as they are first used:
/// devpath prints a few dozen of the file's hundreds of messages, and a
/// short command (`devpath list`) should not pay for parsing them all.
struct Catalog {
    /// Message id → its entry's text in the source.
    index: std::collections::HashMap<&'static str, &'static str>,
    /// The messages parsed so far.
    bundle: std::sync::Mutex<(Bundle, std::collections::HashSet<&'static str>)>,
}

impl Catalog {
    fn new(lang: Lang) -> Catalog {
        let id: unic_langid::LanguageIdentifier =
            lang.code().parse().expect("en, es and pt are language ids");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // The output is a terminal, not a bidirectional document: no
        // isolation marks around placeables.
        bundle.set_use_isolating(false);
        Catalog {
            index: index_entries(source(lang)),
            bundle: std::sync::Mutex::new((bundle, std::collections::HashSet::new())),
        }
    }
}

/// The entries of a Fluent source by message id: an entry starts with
/// `id =` at the start of a line and goes on over the lines that are
/// indented, empty, or close a placeable (`}`). The files use neither
/// terms nor message references, so each entry parses alone; the crate's
/// tests check that every message formats the same as in the whole file.
fn index_entries(source: &'static str) -> std::collections::HashMap<&'static str, &'static str> {
    let mut index = std::collections::HashMap::new();
    let mut current: Option<(&'static str, usize)> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let continues =
            line.trim().is_empty() || line.starts_with([' ', '\t']) || line.starts_with('}');
        if continues {
            if current.is_some() && !line.trim().is_empty() {
                end = offset;
            }
            continue;
        }
        if let Some((id, from)) = current.take() {
            index.insert(id, &source[from..end]);
        }
        let id = line.split('=').next().unwrap_or_default().trim();
        let is_id = line.contains('=')
            && !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if is_id && !line.starts_with('#') {
            current = Some((id, start));
            end = offset;
        }
    }
    if let Some((id, from)) = current {
        index.insert(id, &source[from..end]);
    }
    index
}

fn catalog(lang: Lang) -> &'static Catalog {
    static CATALOGS: [OnceLock<Catalog>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    CATALOGS[lang.as_u8() as usize].get_or_init(|| Catalog::new(lang))
}

/// A value given to a message: text or a number (numbers choose plural
/// forms).
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(f64),
}

macro_rules! arg_from_number {
    ($($ty:ty),*) => {$(
        impl From<$ty> for Arg {
            fn from(value: $ty) -> Arg {
                Arg::Number(value as f64)
            }
        }
    )*};
}
arg_from_number!(usize, u64, u32, u16, u8, i64, i32, f64);

impl From<&str> for Arg {
    fn from(value: &str) -> Arg {
        Arg::Text(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Arg {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Arg {
        Arg::Text(value.clone())
    }
}

impl From<Lang> for Arg {
    fn from(value: Lang) -> Arg {
        Arg::Text(value.code().to_owned())
    }
}

/// Formats message `id` in the current language with `args`. A message the
/// language lacks comes in English; one English lacks too comes as its id.
pub fn tr(id: &str, args: &[(&str, Arg)]) -> String {
    tr_in(current(), id, args)
}

/// Formats message `id` in `lang`, falling back to English.
pub fn tr_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    format_in(lang, id, args)
        .or_else(|| {
            (lang != Lang::En)
                .then(|| format_in(Lang::En, id, args))
                .flatten()
        })
        .unwrap_or_else(|| id.to_owned())
}

/// Whether `lang`'s file has message `id` (no fallback).
pub fn has(lang: Lang, id: &str) -> bool {
    catalog(lang).index.contains_key(id)
}

fn format_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let catalog = catalog(lang);
    let (&key, &entry) = catalog.index.get_key_value(id)?;
    let mut guard = catalog
        .bundle
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let (bundle, loaded) = &mut *guard;
    if loaded.insert(key) {
        let resource = match FluentResource::try_new(entry.to_owned()) {
            Ok(resource) => resource,
            // A syntax error drops the bad entry; the crate's tests keep
            // the files free of them.
            Err((resource, _)) => resource,
        };
        let _ = bundle.add_resource(resource);
    }
    let message = bundle.get_message(id)?;
    let pattern = message.value()?;
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
            Arg::Number(number) => fluent_args.set(*name, FluentValue::from(*number)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

/// Formats a message in an explicit language, like [`t!`] in the current
/// one: `t_in!(lang, "verdict-why")`, `t_in!(lang, "run-step", index = 2)`.
/// Renderers that take the language as a parameter use it, so that tests
/// can render each language side by side without [`set`].
#[macro_export]
macro_rules! t_in {
    ($lang:expr, $id:expr) => {
        $crate::tr_in($lang, $id, &[])
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::tr_in($lang, $id, &[$((stringify!($name), $crate::Arg::from($value))),+])
    };
}

/// Formats a message in the current language: `t!("verdict-pass")`,
/// `t!("hint-count", shown = 2, total = 3)`. Arguments are anything
/// [`Arg`] converts from: text, numbers.
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::tr($id, &[])
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::tr($id, &[$((stringify!($name), $crate::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests;
