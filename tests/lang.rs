//! The language devpath speaks: the precedence of `--lang`, `DEVPATH_LANG`,
//! the workspace's saved choice and the system locale, `devpath lang`, and
//! a workspace created in one language staying in it.

mod support;

use support::{Devpath, TestWorkspace};

/// `devpath lang` in `ws` with the given environment (the locale variables
/// unset unless given).
fn lang(ws: &TestWorkspace, args: &[&str], env: &[(&str, &str)]) -> support::Ran {
    let mut all = vec!["lang"];
    all.extend_from_slice(args);
    let mut devpath = ws.devpath(&all).env_remove("LC_ALL");
    for (key, value) in env {
        devpath = devpath.env(key, value);
    }
    devpath.expect(0)
}

#[test]
fn the_flag_wins_then_the_variable_then_the_workspace_then_the_locale() {
    let ws = TestWorkspace::with_args(&["--lang", "pt"]);
    let state = std::fs::read_to_string(ws.path().join(".devpath/state.toml")).unwrap();
    assert!(state.contains("lang = \"pt\""), "{state}");

    // The workspace's choice wins over the locale.
    let saved = lang(&ws, &[], &[("LANG", "es_AR.UTF-8")]);
    assert!(
        saved
            .stdout
            .contains("O devpath fala Português (pt) aqui: é a escolha deste espaço de trabalho."),
        "{}",
        saved.stdout
    );
    // DEVPATH_LANG wins over the workspace's choice, in any regional form.
    let env = lang(
        &ws,
        &[],
        &[("DEVPATH_LANG", "es_MX.UTF-8"), ("LANG", "pt_BR.UTF-8")],
    );
    assert!(
        env.stdout
            .contains("devpath habla Español (es) aquí: así lo indica la variable DEVPATH_LANG."),
        "{}",
        env.stdout
    );
    // --lang wins over everything, in both spellings.
    for args in [&["--lang", "en"][..], &["--lang=en"][..]] {
        let flag = lang(
            &ws,
            args,
            &[("DEVPATH_LANG", "es"), ("LC_ALL", "pt_BR.UTF-8")],
        );
        assert!(
            flag.stdout
                .contains("devpath speaks English (en) here: --lang says so."),
            "{}",
            flag.stdout
        );
    }
}

#[test]
fn without_a_choice_the_locale_decides_as_posix_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    // No workspace here: nothing saved.
    let run = |env: &[(&str, &str)]| {
        let mut devpath = Devpath::new(dir.path(), &["--help"]).env_remove("LC_ALL");
        for (key, value) in env {
            devpath = devpath.env(key, value);
        }
        devpath.expect(0)
    };
    let english = run(&[]);
    let by_locale = run(&[("LANG", "pt_BR.UTF-8")]);
    let c_wins = run(&[("LC_ALL", "C"), ("LANG", "pt_BR.UTF-8")]);
    let unknown = run(&[("LANG", "fr_FR.UTF-8")]);
    assert_eq!(c_wins.stdout, english.stdout, "LC_ALL=C means English");
    assert_eq!(
        unknown.stdout, english.stdout,
        "a language devpath does not speak means English"
    );
    assert_ne!(
        by_locale.stdout, english.stdout,
        "pt_BR.UTF-8 means Portuguese"
    );
}

#[test]
fn a_language_devpath_does_not_speak_is_an_error_that_names_it() {
    let ws = TestWorkspace::new();
    let env = ws.devpath(&["list"]).env("DEVPATH_LANG", "fr").expect(2);
    assert!(
        env.stderr.contains("DEVPATH_LANG is \"fr\", a language devpath does not speak: use en (English), es (Español) or pt (Português)"),
        "{}",
        env.stderr
    );
    let flag = ws.devpath(&["list", "--lang", "de"]).expect(2);
    assert!(flag.stderr.contains("--lang is \"de\""), "{}", flag.stderr);
}

#[test]
fn devpath_lang_saves_the_choice_and_rewrites_the_lessons_not_the_learners_files() {
    let ws = TestWorkspace::with_args(&["--lang", "pt"]);
    let lesson = ws.path().join("01-ci-first-workflow/README.md");
    let workflow = ws
        .path()
        .join("01-ci-first-workflow/.github/workflows/ci.yml");
    // The learner edits the workflow and annotates lesson 2.
    std::fs::write(&workflow, "on: push # mine\n").unwrap();
    let annotated = ws.path().join("02-ci-failing-test/README.md");
    std::fs::write(&annotated, "my notes\n").unwrap();

    let switched = lang(&ws, &["es"], &[]);
    assert!(
        switched
            .stdout
            .contains("devpath ahora habla Español en este espacio de trabajo."),
        "{}",
        switched.stdout
    );
    assert!(
        switched.stdout.contains("Se reescribieron 14 lecciones"),
        "{}",
        switched.stdout
    );
    let state = std::fs::read_to_string(ws.path().join(".devpath/state.toml")).unwrap();
    assert!(state.contains("lang = \"es\""), "{state}");
    assert_eq!(
        std::fs::read_to_string(&workflow).unwrap(),
        "on: push # mine\n"
    );
    assert_eq!(std::fs::read_to_string(&annotated).unwrap(), "my notes\n");
    assert!(lesson.is_file());

    // Now the workspace speaks Spanish, whatever the locale says.
    let now = lang(&ws, &[], &[("LANG", "pt_BR.UTF-8")]);
    assert!(now.stdout.contains("Español (es)"), "{}", now.stdout);
}

#[test]
fn a_workspace_created_in_portuguese_stays_portuguese() {
    let ws = TestWorkspace::with_args(&["--lang", "pt"]);
    let exercise = ws.path().join("01-ci-first-workflow");
    let readme = std::fs::read_to_string(exercise.join("README.md")).unwrap();
    assert!(readme.starts_with("# Seu primeiro workflow"), "{readme}");
    let workflow_path = exercise.join(".github/workflows/ci.yml");
    let workflow = std::fs::read_to_string(&workflow_path).unwrap();
    assert!(
        workflow.contains("# TODO: este workflow só roda quando iniciado manualmente."),
        "{workflow}"
    );
    assert!(!workflow.contains("# TODO: this workflow"), "{workflow}");
    // Indented comments keep their indentation.
    assert!(
        workflow.contains("      # TODO: rode os testes do app (./test.sh)"),
        "{workflow}"
    );

    // A learner whose system speaks Spanish still gets Portuguese here.
    let hint = ws
        .devpath(&["hint", "01"])
        .env_remove("LC_ALL")
        .env("LANG", "es_ES.UTF-8")
        .expect(0);
    assert!(
        hint.stdout.contains("Qual evento o `git push` envia?"),
        "{}",
        hint.stdout
    );

    // Reset writes the start again, in the workspace's language.
    std::fs::write(&workflow_path, "on: push\n").unwrap();
    ws.devpath(&["reset", "01"])
        .env_remove("LC_ALL")
        .env("LANG", "es_ES.UTF-8")
        .expect(0);
    assert_eq!(std::fs::read_to_string(&workflow_path).unwrap(), workflow);

    // A run's verdict shows the lesson's message in Portuguese.
    let run = ws
        .devpath(&["run", "01"])
        .env_remove("LC_ALL")
        .env("LANG", "en_US.UTF-8")
        .expect(1);
    assert!(
        run.stdout.contains("Nada rodou quando você fez push"),
        "{}",
        run.stdout
    );
}

#[test]
fn the_solution_of_a_workspace_in_spanish_still_passes() {
    // The translated comments change only comments: the start fails and
    // the solution passes as in English.
    let ws = TestWorkspace::with_args(&["--lang", "es"]);
    ws.devpath(&["run", "03"]).expect(1);
    ws.solve("03-ci-jobs-and-outputs");
    ws.devpath(&["run", "03"]).expect(0);
}
