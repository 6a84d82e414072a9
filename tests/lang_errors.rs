//! Errors, `devpath pipeline` and `devpath validate` in Spanish and
//! Portuguese: devpath's own words follow the language; message ids never
//! show; what the workflow names (jobs, steps, statuses) and JSON keys stay.

mod support;

use std::path::Path;

use support::{Devpath, Ran, TestWorkspace};

/// No Fluent message id leaks into what a person reads.
fn assert_no_ids(ran: &Ran) {
    for id in ["errors-", "pipeline-", "validate-"] {
        assert!(
            !ran.stdout.contains(id) && !ran.stderr.contains(id),
            "a message id ({id}…) shows\n--- stdout\n{}\n--- stderr\n{}",
            ran.stdout,
            ran.stderr
        );
    }
    support::assert_no_message_id(&format!("{}{}", ran.stdout, ran.stderr));
}

const CI: &str = "name: CI
on:
  push:
    branches: [main]
  pull_request:
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo hi
  test:
    needs: build
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    steps:
      - run: echo test
";

const BROKEN: &str = "on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps: 3
";

/// A repository folder with `.github/workflows/ci.yml` (and `bad.yml` when
/// `broken`).
fn repository(broken: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let workflows = dir.path().join(".github/workflows");
    std::fs::create_dir_all(&workflows).expect("mkdir");
    std::fs::write(workflows.join("ci.yml"), CI).expect("write ci.yml");
    if broken {
        std::fs::write(workflows.join("bad.yml"), BROKEN).expect("write bad.yml");
    }
    dir
}

fn devpath(dir: &Path, args: &[&str]) -> Devpath {
    Devpath::new(dir, args).env_remove("DEVPATH_LANG")
}

#[test]
fn an_unknown_exercise_is_an_error_in_spanish() {
    let ws = TestWorkspace::new();
    let ran = ws
        .devpath(&["--lang", "es", "run", "no-such-exercise"])
        .env_remove("DEVPATH_LANG")
        .expect(2);
    assert!(
        ran.stderr.starts_with(
            "error: no existe el ejercicio \"no-such-exercise\": ejecuta `devpath list` para ver sus nombres"
        ),
        "{}",
        ran.stderr
    );
    assert_no_ids(&ran);
}

#[test]
fn a_missing_workspace_is_an_error_in_each_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("nonexistent");
    let missing = missing.to_str().expect("a UTF-8 path");
    let expected = [
        ("en", "error: no devpath workspace here ("),
        (
            "es",
            "error: aquí no hay un espacio de trabajo de devpath (",
        ),
        ("pt", "erro: não há um espaço de trabalho do devpath aqui ("),
    ];
    for (lang, start) in expected {
        let ran = devpath(
            dir.path(),
            &["--lang", lang, "--workspace", missing, "list"],
        )
        .expect(2);
        assert!(ran.stderr.starts_with(start), "{lang}: {}", ran.stderr);
        assert!(ran.stderr.contains("`devpath init`"), "{}", ran.stderr);
        assert_no_ids(&ran);
    }
    // DEVPATH_LANG chooses as well as --lang.
    let ran = Devpath::new(dir.path(), &["--workspace", missing, "list"])
        .env("DEVPATH_LANG", "pt")
        .expect(2);
    assert!(
        ran.stderr.starts_with("erro: não há um espaço"),
        "{}",
        ran.stderr
    );
}

#[test]
fn a_damaged_progress_file_says_what_to_do_in_portuguese() {
    let ws = TestWorkspace::new();
    let state = ws.path().join(".devpath/state.toml");
    std::fs::write(&state, "format_version = 1\nthis is not toml\n").expect("write");
    let ran = ws
        .devpath(&["--lang", "pt", "list"])
        .env_remove("DEVPATH_LANG")
        .expect(2);
    assert!(
        ran.stderr.contains("state.toml está danificado: linha 2"),
        "{}",
        ran.stderr
    );
    assert!(
        ran.stderr
            .contains("Seus arquivos dos exercícios estão seguros."),
        "{}",
        ran.stderr
    );
    assert!(ran.stderr.contains("state.toml.damaged"), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("`devpath verify --all`"),
        "{}",
        ran.stderr
    );
    assert_no_ids(&ran);
}

#[test]
fn the_dry_run_plan_is_in_portuguese_and_keeps_the_workflow_words() {
    let repo = repository(false);
    let ran = devpath(
        repo.path(),
        &[
            "--lang",
            "pt",
            "pipeline",
            ".github/workflows/ci.yml",
            "--dry-run",
        ],
    )
    .expect(0);
    assert_eq!(
        ran.stdout,
        "simulação de push para refs/heads/main (nada é executado)\n\
         ✓ build: seria executado\n\
         ○ test: pulado: o `if: github.event_name == 'pull_request'` dele é falso (.github/workflows/ci.yml:13:9)\n"
    );
    assert_no_ids(&ran);
}

#[test]
fn the_list_of_triggers_and_jobs_is_in_spanish() {
    let repo = repository(false);
    let ran = devpath(
        repo.path(),
        &[
            "--lang",
            "es",
            "pipeline",
            ".github/workflows/ci.yml",
            "--list",
        ],
    )
    .expect(0);
    assert!(
        ran.stdout.contains("\ndisparadores:\n  push"),
        "{}",
        ran.stdout
    );
    assert!(ran.stdout.contains("\njobs:\n  build\n"), "{}", ran.stdout);
    assert!(ran.stdout.contains("necesita: build"), "{}", ran.stdout);
}

#[test]
fn a_pipeline_usage_error_is_in_spanish() {
    let repo = repository(false);
    let ran = devpath(
        repo.path(),
        &[
            "--lang",
            "es",
            "pipeline",
            ".github/workflows/ci.yml",
            "--repo",
            "no-such-folder",
            "--dry-run",
        ],
    )
    .expect(2);
    assert!(ran.stderr.starts_with("error: --repo "), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("no-such-folder: esa carpeta no existe"),
        "{}",
        ran.stderr
    );
    assert_no_ids(&ran);
}

#[test]
fn the_validate_summary_is_in_spanish() {
    let repo = repository(false);
    let ran = devpath(repo.path(), &["--lang", "es", "validate"]).expect(0);
    assert_eq!(ran.stdout, "✓ 1 archivo de workflow válido\n");

    let repo = repository(true);
    let ran = devpath(repo.path(), &["--lang", "es", "validate"]).expect(1);
    assert!(
        ran.stdout
            .ends_with("✗ 1 de 2 archivos de workflow no es válido\n"),
        "{}",
        ran.stdout
    );
    assert!(
        ran.stdout
            .contains(".github/workflows/bad.yml:5:12: error: "),
        "{}",
        ran.stdout
    );
    assert_no_ids(&ran);

    let ran = devpath(repo.path(), &["--lang", "pt", "validate"]).expect(1);
    assert!(
        ran.stdout
            .contains(".github/workflows/bad.yml:5:12: erro: "),
        "{}",
        ran.stdout
    );
    assert!(
        ran.stdout
            .ends_with("✗ 1 de 2 arquivos de workflow inválido\n"),
        "{}",
        ran.stdout
    );
}

#[test]
fn json_keeps_english_keys_and_values() {
    let repo = repository(true);
    let ran = devpath(
        repo.path(),
        &["--lang", "es", "validate", "--format", "json"],
    )
    .expect(1);
    let value: serde_json::Value = serde_json::from_str(&ran.stdout).expect("JSON");
    assert_eq!(value["files"], 2);
    assert_eq!(value["invalid"], 1);
    assert_eq!(value["diagnostics"][0]["severity"], "error");

    let repo = repository(false);
    let ran = devpath(
        repo.path(),
        &[
            "--lang",
            "pt",
            "pipeline",
            ".github/workflows/ci.yml",
            "--dry-run",
            "--format",
            "json",
        ],
    )
    .expect(0);
    let value: serde_json::Value = serde_json::from_str(&ran.stdout).expect("JSON");
    assert_eq!(value["triggered"], true);
    assert!(value["jobs"].is_array(), "{}", ran.stdout);
    assert!(!ran.stdout.contains("simulação"), "{}", ran.stdout);
}

#[test]
fn a_broken_course_pack_is_explained_in_portuguese() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pack = dir.path().join("pack");
    std::fs::create_dir_all(&pack).expect("mkdir");
    std::fs::write(
        pack.join("course.toml"),
        "format_version = 1\ntitle = \"t\"\nwelcome = \"w\"\nfinal_message = \"f\"\nexercises = [\"01-x\"]\n",
    )
    .expect("write course.toml");
    let pack = pack.to_str().expect("a UTF-8 path");
    let ran = devpath(
        dir.path(),
        &["--lang", "pt", "--course", pack, "init", "ws"],
    )
    .expect(2);
    assert!(
        ran.stderr.starts_with(&format!(
            "erro: {pack}/course.toml: lista o exercício \"01-x\", mas {pack}/01-x/exercise.toml não existe"
        )),
        "{}",
        ran.stderr
    );
    let ran = devpath(dir.path(), &["--course", pack, "init", "ws"])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .expect(2);
    assert!(
        ran.stderr.starts_with(&format!(
            "error: {pack}/course.toml: lists exercise \"01-x\", but {pack}/01-x/exercise.toml does not exist"
        )),
        "{}",
        ran.stderr
    );
}
