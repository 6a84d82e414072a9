use super::*;

#[test]
fn every_message_exists_in_every_language_with_the_same_variables() {
    let english = messages_of(source(Lang::En)).expect("en.ftl parses");
    assert!(!english.is_empty());
    for lang in [Lang::Es, Lang::Pt] {
        let translated = messages_of(source(lang))
            .unwrap_or_else(|errors| panic!("{lang}.ftl does not parse: {errors:?}"));
        let mut problems = Vec::new();
        for (id, message) in &english {
            match translated.get(id) {
                None => problems.push(format!("{id} (en.ftl line {}) is missing", message.line)),
                Some(other) if other.variables != message.variables => problems.push(format!(
                    "{id} ({lang}.ftl line {}) uses {:?}, en.ftl uses {:?}",
                    other.line, other.variables, message.variables
                )),
                Some(_) => {}
            }
        }
        for (id, message) in &translated {
            if !english.contains_key(id) {
                problems.push(format!(
                    "{id} ({lang}.ftl line {}) is not in en.ftl",
                    message.line
                ));
            }
        }
        assert!(problems.is_empty(), "{lang}.ftl:\n{}", problems.join("\n"));
    }
}

#[test]
fn the_files_have_no_syntax_errors() {
    for lang in Lang::ALL {
        if let Err(errors) = messages_of(source(lang)) {
            panic!("{lang}.ftl: {errors:?}");
        }
    }
}

#[test]
fn regional_variants_map_to_their_language() {
    assert_eq!(Lang::parse("es_AR.UTF-8"), Some(Lang::Es));
    assert_eq!(Lang::parse("es-MX"), Some(Lang::Es));
    assert_eq!(Lang::parse("pt_BR.UTF-8"), Some(Lang::Pt));
    assert_eq!(Lang::parse("pt_PT@euro"), Some(Lang::Pt));
    assert_eq!(Lang::parse("en_GB.UTF-8"), Some(Lang::En));
    assert_eq!(Lang::parse("PT"), Some(Lang::Pt));
    assert_eq!(Lang::parse("C"), None);
    assert_eq!(Lang::parse("C.UTF-8"), None);
    assert_eq!(Lang::parse("POSIX"), None);
    assert_eq!(Lang::parse("fr_FR.UTF-8"), None);
    assert_eq!(Lang::parse(""), None);
}

#[test]
fn precedence_is_flag_env_workspace_locale_english() {
    let all = choose(Some("pt"), Some("es"), Some(Lang::En), Some(Lang::Es)).unwrap();
    assert_eq!((all.lang, all.source), (Lang::Pt, Source::Flag));
    let env = choose(None, Some("es_AR.UTF-8"), Some(Lang::Pt), Some(Lang::En)).unwrap();
    assert_eq!((env.lang, env.source), (Lang::Es, Source::Env));
    let saved = choose(None, None, Some(Lang::Pt), Some(Lang::Es)).unwrap();
    assert_eq!((saved.lang, saved.source), (Lang::Pt, Source::Workspace));
    let empty_env = choose(None, Some(""), Some(Lang::Pt), None).unwrap();
    assert_eq!(empty_env.source, Source::Workspace);
    let locale = choose(None, None, None, Some(Lang::Es)).unwrap();
    assert_eq!((locale.lang, locale.source), (Lang::Es, Source::Locale));
    let none = choose(None, None, None, None).unwrap();
    assert_eq!((none.lang, none.source), (Lang::En, Source::Default));
}

#[test]
fn a_language_devpath_does_not_speak_is_an_error_not_english() {
    let flag = choose(Some("fr"), None, None, None).unwrap_err();
    assert_eq!(flag.origin, "--lang");
    let env = choose(None, Some("de_DE"), Some(Lang::Pt), None).unwrap_err();
    assert_eq!((env.origin, env.value.as_str()), ("DEVPATH_LANG", "de_DE"));
}

#[test]
fn the_locale_is_read_as_posix_does() {
    let vars = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    assert_eq!(
        locale_lang(vars(&[("LANG", "pt_BR.UTF-8")])),
        Some(Lang::Pt)
    );
    assert_eq!(
        locale_lang(vars(&[("LC_ALL", "es_ES.UTF-8"), ("LANG", "pt_BR.UTF-8")])),
        Some(Lang::Es)
    );
    // An empty LC_ALL does not count; LC_MESSAGES then decides.
    assert_eq!(
        locale_lang(vars(&[
            ("LC_ALL", ""),
            ("LC_MESSAGES", "es_CL"),
            ("LANG", "pt")
        ])),
        Some(Lang::Es)
    );
    // LC_ALL=C means the C locale, English, even with LANG set.
    assert_eq!(
        locale_lang(vars(&[("LC_ALL", "C"), ("LANG", "pt_BR.UTF-8")])),
        None
    );
    assert_eq!(locale_lang(vars(&[])), None);
}

#[test]
fn messages_format_with_variables_and_plurals_and_fall_back_to_english() {
    let english = tr_in(Lang::En, "lang-saved", &[("lang", Arg::from("Español"))]);
    assert_eq!(english, "devpath now speaks Español in this workspace.");
    let spanish = tr_in(Lang::Es, "lang-saved", &[("lang", Arg::from("Español"))]);
    assert!(
        spanish.contains("Español") && spanish != english,
        "{spanish}"
    );
    assert_eq!(tr_in(Lang::Pt, "no-such-message", &[]), "no-such-message");
}

#[test]
fn each_message_parsed_alone_formats_as_in_the_whole_file() {
    for lang in Lang::ALL {
        let ids = messages_of(source(lang)).expect("parses");
        let mut whole = FluentBundle::new_concurrent(vec![lang.code().parse().unwrap()]);
        whole.set_use_isolating(false);
        whole
            .add_resource(FluentResource::try_new(source(lang).to_owned()).expect("parses"))
            .expect("no duplicate ids");
        assert_eq!(
            super::catalog(lang).index.len(),
            ids.len(),
            "{lang}.ftl: the index and the parser count different messages"
        );
        for (id, message) in &ids {
            // Every variable given, as text and as a number (plurals).
            for value in [Arg::from("x"), Arg::from(2usize)] {
                let args: Vec<(&str, Arg)> = message
                    .variables
                    .iter()
                    .map(|v| (v.as_str(), value.clone()))
                    .collect();
                let mut fluent_args = FluentArgs::new();
                for (name, value) in &args {
                    match value {
                        Arg::Text(t) => fluent_args.set(*name, FluentValue::from(t.as_str())),
                        Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
                    }
                }
                let pattern = whole.get_message(id).and_then(|m| m.value()).unwrap();
                let expected = whole
                    .format_pattern(pattern, Some(&fluent_args), &mut Vec::new())
                    .into_owned();
                assert_eq!(tr_in(lang, id, &args), expected, "{lang}.ftl {id}");
            }
        }
    }
}
