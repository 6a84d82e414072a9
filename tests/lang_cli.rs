//! devpath's command-line help in each language it speaks: the verbs,
//! their arguments, the examples and clap's headings follow the language;
//! English reads exactly as before the translation. No Docker needed.

mod support;

use support::Devpath;

/// `devpath ARGS…` in an empty folder, 80 columns wide, in `lang` (by
/// `DEVPATH_LANG`, the system locale left out).
fn help(lang: &str, args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let ran = Devpath::new(dir.path(), args)
        .env("COLUMNS", "80")
        .env("DEVPATH_LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .expect(0);
    assert!(
        !ran.stdout.contains("cli-"),
        "a message id in the {lang} help of {args:?}:\n{}",
        ran.stdout
    );
    ran.stdout
}

fn assert_contains_all(text: &str, words: &[&str]) {
    for word in words {
        assert!(text.contains(word), "{word:?} missing from:\n{text}");
    }
}

fn assert_contains_none(text: &str, words: &[&str]) {
    for word in words {
        assert!(!text.contains(word), "{word:?} still in:\n{text}");
    }
}

const ENGLISH_HEADINGS: &[&str] = &[
    "Usage:",
    "Commands:",
    "Arguments:",
    "Options:",
    "Print help",
    "Print version",
    "Examples:",
    "[default:",
    "[possible values:",
];

#[test]
fn spanish_help_speaks_spanish_down_to_the_headings() {
    let top = help("es", &["--help"]);
    assert_contains_all(
        &top,
        &[
            "Uso: devpath [OPTIONS] [COMMAND]",
            "Comandos:",
            "Opciones:",
            "Ejemplos:",
            "Muestra la ayuda",
            "Muestra la versión",
            "Lista los ejercicios con tu progreso",
            "Muestra este mensaje o la ayuda de los subcomandos indicados",
            "[por defecto: auto]",
            "[valores posibles:",
            "  devpath list         muestra tu progreso",
        ],
    );
    assert_contains_none(&top, ENGLISH_HEADINGS);
    let top = help("es", &["--lang", "es", "-h"]);
    assert!(top.starts_with("Un ejecutor de cursos"), "{top}");
}

#[test]
fn portuguese_run_help_speaks_portuguese_and_keeps_commands_and_placeholders() {
    let run = help("pt", &["--lang", "pt", "run", "--help"]);
    assert_contains_all(
        &run,
        &[
            "Executa um exercício uma vez e mostra o veredito",
            "Uso: devpath run [OPTIONS] [EXERCISE]",
            "Argumentos:",
            "[EXERCISE]  O exercício a executar",
            "Opções:",
            "--format <FORMAT>",
            "[padrão: human]",
            "Exemplos:\n  devpath run\n  devpath run 02-ci-failing-test --format json",
        ],
    );
    assert_contains_none(&run, ENGLISH_HEADINGS);
}

#[test]
fn every_verb_and_subcommand_has_translated_help() {
    let verbs: &[&[&str]] = &[
        &["init"],
        &["watch"],
        &["run"],
        &["list"],
        &["hint"],
        &["reset"],
        &["next"],
        &["verify"],
        &["lang"],
        &["doctor"],
        &["clean"],
        &["pipeline"],
        &["validate"],
        &["setup"],
        &["registry"],
        &["registry", "serve"],
        &["dev"],
        &["dev", "new"],
        &["dev", "check"],
        &["dev", "bless"],
        &["dev", "review"],
        &["dev", "lint"],
    ];
    for verb in verbs {
        let mut args = verb.to_vec();
        args.push("--help");
        let english = help("en", &args);
        for lang in ["es", "pt"] {
            let text = help(lang, &args);
            assert_contains_all(&text, &["Uso: devpath"]);
            assert_contains_none(&text, ENGLISH_HEADINGS);
            // No line of the English help but those the languages share
            // (commands, examples, placeholders) is left untranslated.
            let first = english.lines().next().unwrap();
            assert!(!text.contains(first), "{lang} {verb:?}:\n{text}");
        }
    }
    let watch = help("es", &["watch", "--help"]);
    assert_contains_all(&watch, &["Teclas: h pista, n siguiente, l lista"]);
    let watch = help("pt", &["help", "watch"]);
    assert_contains_all(&watch, &["Teclas: h dica, n próximo, l lista"]);
}

#[test]
fn the_system_locale_chooses_the_help_language() {
    let dir = tempfile::tempdir().unwrap();
    let ran = Devpath::new(dir.path(), &["--help"])
        .env("COLUMNS", "80")
        .env_remove("DEVPATH_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "pt_BR.UTF-8")
        .expect(0);
    assert_contains_all(&ran.stdout, &["Uso: devpath", "Opções:"]);
}

#[test]
fn a_wrong_argument_is_still_clap_s_error_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en", "es", "pt"] {
        let ran = Devpath::new(dir.path(), &["run", "--bogus"])
            .env("DEVPATH_LANG", lang)
            .expect(2);
        assert!(
            ran.stderr.contains("unexpected argument '--bogus' found")
                && ran.stderr.contains("try '--help'"),
            "{lang}: {}",
            ran.stderr
        );
    }
}

#[test]
fn english_help_is_word_for_word_what_it_was() {
    assert_eq!(help("en", &["--help"]), TOP);
    assert_eq!(help("en", &["run", "--help"]), RUN);
    assert_eq!(help("en", &["-h"]), TOP);
    assert_eq!(help("en", &["help", "run"]), RUN);
}

const TOP: &str = r#"An offline course runner that teaches CI/CD with Docker by running the learner's
real workflows, images and containers

Usage: devpath [OPTIONS] [COMMAND]

Commands:
  init      Create a learner workspace with every exercise's start files
  watch     Watch the current exercise: re-run it whenever you save a file
  run       Run an exercise once and show the verdict (exit 0 pass, 1 fail, 2
            error)
  list      List the exercises with your progress
  hint      Show the next hint of an exercise (one more each time)
  reset     Put an exercise's files back to their start state
  next      Move on to the next pending exercise
  verify    Re-check every exercise you have completed (with --all: every
            exercise, marking those that pass as done)
  lang      Show or change the language devpath and the lessons speak here
  doctor    Check what devpath needs: bash, the workspace, Docker and the
            registry
  clean     Remove what runs of this workspace left behind when they were killed
            (containers, images, networks, volumes, processes, folders)
  pipeline  Run one GitHub Actions workflow locally, outside any exercise
  validate  Check GitHub Actions workflows without running them, as GitHub would
            when they are pushed: exit 0 when valid, 1 when not
  setup     Build the lessons' base image (devpath/base:1) from a static busybox
  registry  The embedded OCI registry
  dev       Instructor tools: scaffold, check, bless and review exercises
  help      Print this message or the help of the given subcommand(s)

Options:
      --color <COLOR>    When to use colour: auto (a terminal without NO_COLOR),
                         always, never [default: auto] [possible values: auto,
                         always, never]
      --course <DIR>     Use the course in this folder instead of the one built
                         into devpath
      --registry <URL>   Use this registry (for example http://127.0.0.1:5000)
                         instead of starting devpath's own for each run
      --workspace <DIR>  The learner workspace (default: the current folder or
                         the nearest parent holding a `.devpath` folder)
      --lang <LANG>      The language devpath speaks: en, es or pt (default:
                         DEVPATH_LANG, then the workspace's choice, then the
                         system locale)
  -h, --help             Print help
  -V, --version          Print version

Examples:
  devpath              open watch mode at the first pending exercise
  devpath run          check the current exercise once
  devpath list         show your progress
"#;

const RUN: &str = r#"Run an exercise once and show the verdict (exit 0 pass, 1 fail, 2 error)

Usage: devpath run [OPTIONS] [EXERCISE]

Arguments:
  [EXERCISE]  The exercise to run (name or number; default: the current one)

Options:
      --color <COLOR>    When to use colour: auto (a terminal without NO_COLOR),
                         always, never [default: auto] [possible values: auto,
                         always, never]
      --format <FORMAT>  Output format [default: human] [possible values: human,
                         json]
      --course <DIR>     Use the course in this folder instead of the one built
                         into devpath
      --registry <URL>   Use this registry (for example http://127.0.0.1:5000)
                         instead of starting devpath's own for each run
      --workspace <DIR>  The learner workspace (default: the current folder or
                         the nearest parent holding a `.devpath` folder)
      --lang <LANG>      The language devpath speaks: en, es or pt (default:
                         DEVPATH_LANG, then the workspace's choice, then the
                         system locale)
  -h, --help             Print help

Examples:
  devpath run
  devpath run 02-ci-failing-test --format json
"#;
