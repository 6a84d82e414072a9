//! The instructor verbs in Spanish and Portuguese: `dev lint` and
//! `dev check` on a copy of the mini pack (tests/fixtures/packs/mini) speak
//! the language, no message id shows, and `dev check --format json` keeps
//! its English keys and machine values.

mod support;

use support::{Devpath, MiniPack as TestPack, Ran};

const EX: &str = "01-push-runs-tests";

/// What these tests do with the mini pack.
impl TestPack {
    /// `devpath --lang LANG ARGS…` run inside the pack.
    fn devpath(&self, lang: &str, args: &[&str]) -> Devpath {
        let mut all = vec!["--lang", lang];
        all.extend_from_slice(args);
        Devpath::new(&self.root(), &all)
    }

    /// Breaks the exercise: no hint, and a solution that no longer runs the
    /// tests (so it fails and the snapshot differs).
    fn break_it(&self) {
        self.edit(
            &format!("{EX}/exercise.toml"),
            "hints = [\"Which event does `git push` send?\"]",
            "hints = []",
        );
        self.edit(
            &format!("{EX}/solution/.github/workflows/ci.yml"),
            "run: ./test.sh",
            "run: echo skipped",
        );
    }
}

/// No `dev-…` message id leaks into what a person reads.
fn assert_no_ids(ran: &Ran) {
    assert!(
        !ran.stdout.contains("dev-") && !ran.stderr.contains("dev-"),
        "a message id (dev-…) shows\n--- stdout\n{}\n--- stderr\n{}",
        ran.stdout,
        ran.stderr
    );
    support::assert_no_message_id(&format!("{}{}", ran.stdout, ran.stderr));
}

fn assert_has(ran: &Ran, words: &[&str]) {
    for word in words {
        assert!(
            ran.stdout.contains(word),
            "no {word:?} in\n--- stdout\n{}\n--- stderr\n{}",
            ran.stdout,
            ran.stderr
        );
    }
}

fn assert_lacks(ran: &Ran, words: &[&str]) {
    for word in words {
        assert!(
            !ran.stdout.contains(word),
            "{word:?} is still English in\n{}",
            ran.stdout
        );
    }
}

#[test]
fn lint_speaks_spanish() {
    let pack = TestPack::new();
    pack.break_it();
    let ran = pack.devpath("es", &["dev", "lint"]).expect(1);
    assert_no_ids(&ran);
    assert_has(
        &ran,
        &[
            "problema: 01-push-runs-tests/exercise.toml: `hints` está vacío",
            "1 ejercicio revisado: 1 problema, 0 avisos",
        ],
    );
    assert_lacks(&ran, &["problem:", "linted", "is empty"]);
}

#[test]
fn lint_speaks_portuguese_with_plurals() {
    let pack = TestPack::new();
    pack.edit(
        &format!("{EX}/exercise.toml"),
        "hints = [\"Which event does `git push` send?\"]",
        "hints = [\"TODO(author)\", \"\"]",
    );
    let ran = pack.devpath("pt", &["dev", "lint"]).expect(1);
    assert_no_ids(&ran);
    assert_has(
        &ran,
        &[
            "a dica 2 está vazia",
            "aviso: 01-push-runs-tests/exercise.toml: ainda tem marcas `TODO(author)`",
            "1 exercício verificado: 1 problema,",
        ],
    );
    assert_lacks(&ran, &["warning:", "linted"]);
}

#[test]
fn check_speaks_portuguese() {
    let pack = TestPack::new();
    pack.break_it();
    let ran = pack.devpath("pt", &["dev", "check"]).expect(1);
    assert_no_ids(&ran);
    assert_has(
        &ran,
        &[
            "Verificando 1 exercício de ",
            "exercício           início   solução  snapshot  lint",
            "✓ falha  ✗ falha  ✗ difere  ✗ 1 problema",
            "Detalhes",
            "✗ a solução passa (falha):",
            "o resultado da solução de referência difere de outcome.snap",
            "(- outcome.snap, + o que a solução produziu)",
            "execute `devpath dev bless 01-push-runs-tests` e depois `devpath dev review`",
            "problema: 01-push-runs-tests/exercise.toml: `hints` está vazio",
            "0 ok, 1 com problemas",
        ],
    );
    assert_lacks(&ran, &["Details", "with problems", "differs", "Checking"]);
}

#[test]
fn check_json_keeps_machine_values_in_spanish() {
    let pack = TestPack::new();
    pack.break_it();
    let ran = pack
        .devpath("es", &["dev", "check", "--format", "json"])
        .expect(1);
    assert_no_ids(&ran);
    let report: serde_json::Value = serde_json::from_str(&ran.stdout).expect("JSON");
    assert_eq!(report["status"], "fail");
    let message = report["message"].as_str().expect("message");
    assert!(message.contains("1 con problemas"), "{message}");
    let tests = report["exercises"][0]["tests"].as_array().expect("tests");
    let names: Vec<_> = tests.iter().map(|t| t["name"].clone()).collect();
    assert_eq!(
        names,
        ["start fails", "solution passes", "snapshot current", "lint"]
    );
    assert_eq!(tests[1]["status"], "fail");
    assert_eq!(tests[1]["label"], "fails");
    assert_eq!(tests[2]["label"], "differs");
    assert_eq!(tests[3]["label"], "1 problem");
    let solution = tests[1]["message"].as_str().expect("message");
    assert!(
        solution.starts_with("el resultado de la solución de referencia difiere"),
        "{solution}"
    );
    let finding = &report["exercises"][0]["findings"][0];
    assert_eq!(finding["severity"], "problem");
    assert!(
        finding["message"]
            .as_str()
            .is_some_and(|m| m.contains("está vacío")),
        "{finding}"
    );
}

#[test]
fn review_keeps_its_letters_in_spanish() {
    let pack = TestPack::new();
    let snap = pack.root().join(EX).join("outcome.snap.new");
    std::fs::write(&snap, "step 1: push <sha:v1> (app good)\n").expect("write");
    let ran = pack
        .devpath("es", &["dev", "review"])
        .stdin("x\ns\n")
        .expect(0);
    assert_no_ids(&ran);
    assert_has(
        &ran,
        &[
            "¿a aceptar, r rechazar, s omitir?",
            "responde a, r o s",
            "omitido",
            "0 aceptados, 0 rechazados, 1 omitido",
        ],
    );
    assert!(snap.exists(), "a skipped snapshot stays pending");
}
