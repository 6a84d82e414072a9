//! The learner's small verbs in Spanish and Portuguese: list, hint, reset,
//! next, init and doctor speak the language asked for, keep their JSON
//! keys in English, and never show a message id.

mod support;

use std::path::Path;

use support::{Devpath, Ran, TestWorkspace, copy_tree, repo};

/// Asserts the output holds every word of `words` and no message id.
fn assert_says(ran: &Ran, words: &[&str]) {
    let text = format!("{}{}", ran.stdout, ran.stderr);
    for word in words {
        assert!(text.contains(word), "{word:?} missing in:\n{text}");
    }
    for prefix in [
        "learner-", "list-", "doctor-", "hint-", "reset-", "setup-", "clean-",
    ] {
        assert!(
            !text.contains(prefix),
            "a message id ({prefix}…) leaked:\n{text}"
        );
    }
    support::assert_no_message_id(&text);
}

#[test]
fn list_speaks_spanish() {
    let ws = TestWorkspace::new();
    let ran = ws.devpath(&["--lang", "es", "list"]).expect(0);
    assert_says(
        &ran,
        &[
            "(0/15 completados)",
            "CI (INTEGRACIÓN CONTINUA)",
            ">  1  pendiente   01-ci-first-workflow",
            "devpath hint: una pista",
        ],
    );
    // English stays as it was.
    let en = ws.devpath(&["--lang", "en", "list"]).expect(0);
    assert!(en.stdout.contains("(0/15 done)"), "{}", en.stdout);
    assert!(en.stdout.contains("\n  CI\n"), "{}", en.stdout);
    assert!(
        !en.stdout.contains("This course has no lessons"),
        "{}",
        en.stdout
    );
}

#[test]
fn hints_come_in_spanish() {
    let ws = TestWorkspace::new();
    let first = ws.devpath(&["--lang", "es", "hint"]).expect(0);
    assert_says(
        &first,
        &[
            "Pista 1 de 3 para 01-ci-first-workflow:",
            "(pide otra pista para ver la 2 de 3)",
        ],
    );
    ws.devpath(&["--lang", "es", "hint"]).expect(0);
    let last = ws.devpath(&["--lang", "es", "hint"]).expect(0);
    assert_says(&last, &["Pista 3 de 3", "esa era la última pista"]);
}

#[test]
fn reset_and_next_speak_spanish_and_portuguese() {
    let ws = TestWorkspace::new();
    let one = ws
        .devpath(&["--lang", "es", "reset", "01-ci-first-workflow"])
        .expect(0);
    assert_says(
        &one,
        &[
            "01-ci-first-workflow volvió a su inicio (.github/workflows/ci.yml)",
            "los archivos que agregaste se conservan",
        ],
    );
    let all = ws.devpath(&["--lang", "es", "reset", "--all"]).expect(0);
    assert_says(&all, &["Todos los ejercicios volvieron a su inicio"]);
    let next = ws.devpath(&["--lang", "pt", "next"]).expect(0);
    assert_says(
        &next,
        &[
            "Agora você está em 02-ci-failing-test:",
            "Leia 02-ci-failing-test/README.md e depois execute `devpath`",
        ],
    );
    let verify = ws.devpath(&["--lang", "pt", "verify"]).expect(0);
    assert_says(&verify, &["Nenhum exercício foi concluído ainda"]);
}

#[test]
fn init_speaks_portuguese() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ran = Devpath::new(dir.path(), &["--lang", "pt", "init", "ws"]).expect(0);
    assert_says(
        &ran,
        &[
            "Foram criados 15 exercícios em",
            "Agora, inicie o modo watch no primeiro exercício:",
            "  cd ws && ",
        ],
    );
    let again = Devpath::new(dir.path(), &["--lang", "pt", "init", "ws"]).expect(0);
    assert_says(&again, &["já é um espaço de trabalho do devpath"]);
}

#[test]
fn doctor_json_keeps_english_keys_and_names() {
    let ws = TestWorkspace::new();
    let ran = ws
        .devpath(&["--lang", "es", "doctor", "--format", "json"])
        .run();
    assert_says(&ran, &["completados"]);
    let value: serde_json::Value = serde_json::from_str(&ran.stdout).expect("json");
    assert!(value["healthy"].is_boolean(), "{value}");
    let checks = value["checks"].as_array().expect("checks");
    let find = |name: &str| {
        checks
            .iter()
            .find(|c| c["name"] == name)
            .unwrap_or_else(|| panic!("{name} in {checks:?}"))
    };
    assert_eq!(find("bash")["status"], "ok");
    let workspace = find("workspace");
    assert_eq!(workspace["status"], "ok");
    let detail = workspace["detail"].as_str().expect("detail");
    assert!(
        detail.contains("(0/15 completados, actual: 01-ci-first-workflow)"),
        "{detail}"
    );
    assert!(
        find("course")["detail"]
            .as_str()
            .unwrap()
            .contains("15 ejercicios")
    );
    assert!(
        find("languages")["detail"]
            .as_str()
            .unwrap()
            .contains("English")
    );
    for check in checks {
        let keys: Vec<&str> = check
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.as_str())
            .collect();
        assert!(
            keys.iter()
                .all(|k| ["name", "status", "detail", "fix"].contains(k)),
            "{keys:?}"
        );
    }
}

#[test]
fn doctor_text_speaks_spanish() {
    let ws = TestWorkspace::new();
    let ran = ws.devpath(&["--lang", "es", "doctor"]).run();
    assert_says(&ran, &["espacio de trabajo", "idiomas", "bash"]);
}

/// The mini pack in a temporary folder; `spanish` adds a Spanish title to
/// the course and its exercise, and a README.es.md.
fn mini_pack(spanish: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let pack = dir.path().join("pack");
    std::fs::create_dir_all(&pack).expect("mkdir");
    copy_tree(&repo().join("tests/fixtures/packs/mini"), &pack);
    if spanish {
        let edit = |path: &Path, from: &str, to: &str| {
            let text = std::fs::read_to_string(path).expect("read");
            assert!(text.contains(from), "{from} in {}", path.display());
            std::fs::write(path, text.replacen(from, to, 1)).expect("write");
        };
        edit(
            &pack.join("course.toml"),
            "title = \"Mini pack\"",
            "title = { en = \"Mini pack\", es = \"Paquete mini\" }",
        );
        let exercise = pack.join("01-push-runs-tests");
        edit(
            &exercise.join("exercise.toml"),
            "title = \"Push runs the tests\"",
            "title = { en = \"Push runs the tests\", es = \"Un push ejecuta las pruebas\" }",
        );
        std::fs::write(
            exercise.join("README.es.md"),
            "# Un push ejecuta las pruebas\n",
        )
        .expect("write");
    }
    dir
}

#[test]
fn list_and_doctor_say_which_languages_the_course_has() {
    let english = mini_pack(false);
    let pack = english.path().join("pack");
    Devpath::new(
        english.path(),
        &["--course", pack.to_str().unwrap(), "init", "ws"],
    )
    .expect(0);
    let ws = english.path().join("ws");
    let list = Devpath::new(&ws, &["--lang", "es", "list"]).expect(0);
    assert_says(
        &list,
        &[
            "(0/1 completados)",
            "Este curso no tiene lecciones en Español; se muestran en inglés.",
        ],
    );
    let doctor = Devpath::new(&ws, &["--lang", "pt", "doctor"]).run();
    assert_says(
        &doctor,
        &["English (não há lições em Português: elas aparecem em inglês)"],
    );

    let spanish = mini_pack(true);
    let pack = spanish.path().join("pack");
    Devpath::new(
        spanish.path(),
        &["--course", pack.to_str().unwrap(), "init", "ws"],
    )
    .expect(0);
    let ws = spanish.path().join("ws");
    let list = Devpath::new(&ws, &["--lang", "es", "list"]).expect(0);
    assert_says(
        &list,
        &[
            "Paquete mini  (0/1 completados)",
            "Un push ejecuta las pruebas",
        ],
    );
    assert!(
        !list.stdout.contains("Este curso no tiene lecciones"),
        "{}",
        list.stdout
    );
    let doctor = Devpath::new(&ws, &["--lang", "es", "doctor"]).run();
    assert_says(&doctor, &["English, Español"]);
    let pt = Devpath::new(&ws, &["--lang", "pt", "list"]).expect(0);
    assert_says(&pt, &["Este curso não tem lições em Português"]);
}
