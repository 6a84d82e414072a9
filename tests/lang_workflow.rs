//! The workflow diagnostics in the learner's language: `devpath --lang es
//! validate` (and `pt`) explains a broken workflow in Spanish (Portuguese),
//! keeps the keys, file:line:col and the rule names as they are, and never
//! shows a message id; English stays word for word what it was.

mod support;

use std::path::Path;
use std::process::Command;

/// A workflow with the most common mistakes: a misspelled key, a job that
/// needs a job that does not exist, an unknown event, a step with neither
/// `run` nor `uses`, a YAML-level type error.
const BAD: &str = "\
on: pusj
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - name: nothing to do
  deploy:
    needs: buld
    runs-on: ubuntu-latest
    step:
      - run: echo deploy
";

struct Output {
    code: i32,
    stdout: String,
}

fn validate(dir: &Path, lang: &str) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_devpath"))
        .current_dir(dir)
        .args(["--color", "never", "--lang", lang, "validate", "bad.yml"])
        .env_remove("DEVPATH_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .expect("devpath runs");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
    }
}

fn bad_workflow() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.yml"), BAD).unwrap();
    dir
}

/// No Fluent message id (`workflow-…`) reaches the learner.
fn assert_no_message_id(out: &Output) {
    assert!(
        !out.stdout.contains("workflow-"),
        "a message id leaked:\n{}",
        out.stdout
    );
    support::assert_no_message_id(&out.stdout);
}

#[test]
fn english_diagnostics_stay_as_they_were() {
    let dir = bad_workflow();
    let out = validate(dir.path(), "en");
    assert_eq!(out.code, 1, "{}", out.stdout);
    for line in [
        "bad.yml:1:5: error: unknown event \"pusj\" in `on` — did you mean \"push\"? [events]",
        "bad.yml:6:9: error: step 1 of job \"build\" has neither `run` nor `uses`: add a `run:` script [syntax-check]",
        "bad.yml:8:12: error: job \"deploy\" needs \"buld\", which does not exist — did you mean \"build\"? [job-needs]",
        "bad.yml:10:5: error: unknown key \"step\" in job \"deploy\" — did you mean \"steps\"? [syntax-check]",
        "bad.yml:7:3: error: job \"deploy\" has no `steps`: add a list of steps [syntax-check]",
    ] {
        assert!(out.stdout.contains(line), "{line}\n---\n{}", out.stdout);
    }
    assert_no_message_id(&out);
}

#[test]
fn spanish_diagnostics_explain_in_spanish_and_keep_the_rule_names() {
    let dir = bad_workflow();
    let out = validate(dir.path(), "es");
    assert_eq!(out.code, 1, "{}", out.stdout);
    for part in [
        "bad.yml:1:5: ",
        "evento desconocido \"pusj\" en `on` — ¿quisiste decir \"push\"? [events]",
        "el step 1 del job \"build\" no tiene `run` ni `uses`: agrega un script `run:`",
        "bad.yml:10:5: ",
        "clave desconocida \"step\" en el job \"deploy\" — ¿quisiste decir \"steps\"? [syntax-check]",
        "el job \"deploy\" no tiene `steps`: agrega una lista de steps [syntax-check]",
    ] {
        assert!(out.stdout.contains(part), "{part}\n---\n{}", out.stdout);
    }
    assert!(!out.stdout.contains("did you mean"), "{}", out.stdout);
    assert_no_message_id(&out);
}

#[test]
fn portuguese_diagnostics_explain_in_portuguese() {
    let dir = bad_workflow();
    let out = validate(dir.path(), "pt");
    assert_eq!(out.code, 1, "{}", out.stdout);
    for part in [
        "evento desconhecido \"pusj\" em `on` — você quis dizer \"push\"? [events]",
        "o step 1 do job \"build\" não tem `run` nem `uses`: adicione um script `run:`",
        "chave desconhecida \"step\" no job \"deploy\" — você quis dizer \"steps\"? [syntax-check]",
        "o job \"deploy\" não tem `steps`: adicione uma lista de steps [syntax-check]",
    ] {
        assert!(out.stdout.contains(part), "{part}\n---\n{}", out.stdout);
    }
    assert!(!out.stdout.contains("did you mean"), "{}", out.stdout);
    assert_no_message_id(&out);
}

#[test]
fn yaml_syntax_errors_are_explained_in_the_language_around_the_parsers_words() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bad.yml"),
        "on: push\njobs:\n  build:\n\truns-on: ubuntu-latest\n",
    )
    .unwrap();
    let en = validate(dir.path(), "en");
    assert!(
        en.stdout.contains("invalid YAML: ")
            && en.stdout.contains("(indent with spaces, not tabs)"),
        "{}",
        en.stdout
    );
    let es = validate(dir.path(), "es");
    assert!(
        es.stdout.contains("YAML no válido: ")
            && es
                .stdout
                .contains("(indenta con espacios, no con tabulaciones)"),
        "{}",
        es.stdout
    );
    let pt = validate(dir.path(), "pt");
    assert!(
        pt.stdout.contains("YAML inválido: ")
            && pt
                .stdout
                .contains("(indente com espaços, não com tabulações)"),
        "{}",
        pt.stdout
    );
    assert_no_message_id(&es);
    assert_no_message_id(&pt);
}

/// Every message id `crates/workflow` formats exists in the three
/// languages: a missing one would show the learner its id.
#[test]
fn every_workflow_message_id_the_code_uses_exists_in_every_language() {
    fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/workflow/src"),
        &mut files,
    );
    let mut ids = std::collections::BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (at, _) in text.match_indices("\"workflow-") {
            let rest = &text[at + 1..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .unwrap_or(rest.len());
            // `workflow-call` is a diagnostic rule name, not a message.
            if rest[end..].starts_with('"') && &rest[..end] != "workflow-call" {
                ids.insert(rest[..end].to_string());
            }
        }
    }
    assert!(ids.len() > 300, "{ids:?}");
    for id in &ids {
        for lang in i18n::Lang::ALL {
            assert!(i18n::has(lang, id), "{id} is missing in {lang}");
        }
    }
}

/// Why a workflow did not start is explained in the language too.
#[test]
fn not_triggered_is_explained_in_spanish_and_portuguese() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("ci.yml"),
        "on:\n  push:\n    branches: [main]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n",
    )
    .unwrap();
    let run = |lang: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_devpath"))
            .current_dir(dir.path())
            .args(["--color", "never", "--lang", lang, "pipeline", "ci.yml"])
            .args(["--ref", "refs/heads/dev"])
            .env_remove("DEVPATH_LANG")
            .output()
            .expect("devpath runs");
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    };
    let en = run("en");
    assert!(
        en.contains("not triggered: branch \"dev\" does not match on.push.branches [\"main\"]"),
        "{en}"
    );
    let es = run("es");
    assert!(
        es.contains("no se dispara: la rama \"dev\" no coincide con on.push.branches [\"main\"]"),
        "{es}"
    );
    let pt = run("pt");
    assert!(
        pt.contains(
            "não é disparado: o branch \"dev\" não corresponde a on.push.branches [\"main\"]"
        ),
        "{pt}"
    );
    assert!(
        !es.contains("workflow-") && !pt.contains("workflow-"),
        "{es}{pt}"
    );
}
