//! `devpath dev new NAME`: scaffolds an exercise folder that loads as it is
//! — a commented `exercise.toml`, a README skeleton, `start/` and
//! `solution/` with a starter workflow — and appends NAME to the
//! `exercises = [...]` list of `course.toml`.
//!
//! `course.toml` is edited as text, so its comments and layout stay as the
//! author wrote them: a small scanner (aware of strings and comments) finds
//! the top-level `exercises` array and inserts one element in its style.
//! The result is parsed again and must list exactly the old exercises plus
//! NAME, or nothing is written.

use std::path::PathBuf;

use super::lint::AUTHOR_TODO;
use super::pack::check_name;
use super::{DevError, Pack};
use course::{Course, CourseInfo};

/// What `scaffold` created.
#[derive(Debug, Clone)]
pub(crate) struct NewExercise {
    /// The exercise folder.
    pub dir: PathBuf,
    /// The files created, relative to `dir`.
    pub files: Vec<String>,
    /// `course.toml`, which now lists the exercise.
    pub course_toml: PathBuf,
    /// The app version the scenario pushes.
    pub app: String,
}

/// Scaffolds exercise `name` in `pack` (topic `topic`, else the last
/// exercise's, else "ci") and adds it to `course.toml`.
pub(crate) fn scaffold(
    pack: &Pack,
    name: &str,
    topic: Option<&str>,
) -> Result<NewExercise, DevError> {
    check_name(name)?;
    let course = pack.load()?;
    let exercises_dir = pack.exercises_dir();
    let dir = exercises_dir.join(name);
    if course.info.exercises.iter().any(|e| e == name) || std::fs::symlink_metadata(&dir).is_ok() {
        return Err(DevError::Exists { path: dir });
    }
    let app = pick_app(&course).ok_or_else(|| DevError::NoApp {
        path: pack.root.join("fixtures/apps/"),
    })?;
    let has_tests = course
        .files
        .get(&format!("fixtures/apps/{app}/test.sh"))
        .or_else(|| course.files.get("fixtures/apps/good/test.sh"))
        .is_some();
    let topic = topic
        .map(str::to_string)
        .or_else(|| course.exercises.last().map(|e| e.info.topic.clone()))
        .unwrap_or_else(|| "ci".into());
    let title = title_from(name);

    let course_toml = pack.course_toml();
    let old = std::fs::read_to_string(&course_toml).map_err(DevError::io("read", &course_toml))?;
    let updated = add_exercise(&old, name).map_err(|message| DevError::CourseToml {
        file: course_toml.clone(),
        message,
    })?;

    let step = if has_tests {
        "      - name: Run the tests\n        run: ./test.sh\n"
    } else {
        "      - name: Build\n        run: echo \"replace this with the solution's steps\"\n"
    };
    let files: Vec<(&str, String)> = vec![
        ("exercise.toml", exercise_toml(&title, &topic, &app)),
        ("README.md", readme(&title, &app)),
        ("README.es.md", readme_es(&app)),
        ("README.pt.md", readme_pt(&app)),
        (
            "start/.github/workflows/ci.yml",
            format!(
                "name: CI\n\n# TODO: this workflow only runs when started by hand. Run it on every push.\non: workflow_dispatch\n\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n{step}"
            ),
        ),
        (
            "solution/.github/workflows/ci.yml",
            format!(
                "name: CI\n\non: push\n\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n{step}"
            ),
        ),
    ];
    // The folder is created exclusively: a concurrent `dev new` of the same
    // name fails here instead of mixing files.
    std::fs::create_dir(&dir).map_err(|source| {
        if source.kind() == std::io::ErrorKind::AlreadyExists {
            DevError::Exists { path: dir.clone() }
        } else {
            DevError::Io {
                action: "create",
                path: dir.clone(),
                source,
            }
        }
    })?;
    let written = write_files(&dir, &files);
    if let Err(error) = written {
        let _ = std::fs::remove_dir_all(&dir);
        return Err(error);
    }
    write_atomically(&course_toml, &updated)?;
    Ok(NewExercise {
        dir,
        files: files.iter().map(|(p, _)| p.to_string()).collect(),
        course_toml,
        app,
    })
}

fn write_files(dir: &std::path::Path, files: &[(&str, String)]) -> Result<(), DevError> {
    for (rel, text) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(DevError::io("create", parent))?;
        }
        std::fs::write(&path, text).map_err(DevError::io("write", &path))?;
    }
    Ok(())
}

/// Writes `text` to `path` through a temporary file in the same folder.
fn write_atomically(path: &std::path::Path, text: &str) -> Result<(), DevError> {
    let tmp = path.with_extension("toml.devpath-new");
    std::fs::write(&tmp, text).map_err(DevError::io("write", &tmp))?;
    std::fs::rename(&tmp, path).map_err(DevError::io("replace", path))
}

/// The app version a new scenario pushes: `good`, else the first one.
fn pick_app(course: &Course) -> Option<String> {
    if course.files.has_dir("fixtures/apps/good/") {
        return Some("good".into());
    }
    course
        .files
        .under("fixtures/apps/")
        .filter_map(|(path, _)| path.split_once('/').map(|(dir, _)| dir.to_string()))
        .next()
}

/// "04-cd-deploy-job" → "CD deploy job".
fn title_from(name: &str) -> String {
    let words: Vec<String> = name
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '_')
        .split(['-', '_', '.'])
        .filter(|w| !w.is_empty())
        .map(|w| match w {
            "ci" | "cd" | "ci/cd" => w.to_uppercase(),
            _ => w.to_string(),
        })
        .collect();
    let words = words.join(" ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => name.to_string(),
    }
}

fn exercise_toml(title: &str, topic: &str, app: &str) -> String {
    format!(
        r##"# One exercise of the course. Every key is explained below; the full
# format is in docs/authoring.md. Unknown keys are errors that name the line.

# The title, shown by `devpath list` and when the exercise runs. Every text
# a learner reads is given in English (en, required), Spanish (es) and
# Portuguese (pt), side by side; a text without a language's version is
# shown in English to learners of that language (`devpath dev lint` warns).
title = {{ en = "{title}", es = "{AUTHOR_TODO}: título", pt = "{AUTHOR_TODO}: título" }}

# The module the exercise belongs to, shown by `devpath list`: "ci", "cd",
# "environments" or "rollback".
topic = "{topic}"

# The files the learner edits, relative to start/ and solution/. Each must
# exist in both. In a pushed commit they win over the sample app's files.
editable = [".github/workflows/ci.yml"]

# The time limit for one run of the whole scenario, in seconds (default 120).
timeout_seconds = 60

# Whether the scenario needs the Docker engine (image builds, the registry,
# containers). Exercises without Docker run everywhere.
docker = false

# With docker = true: the run's registry requires `docker login` with the
# token in secrets.REGISTRY_TOKEN (add it under [secrets]; any user name).
registry_auth = false

# Hints, shown one at a time by `devpath hint`: from a gentle nudge to
# nearly the answer. At least one.
[[hints]]
en = "{AUTHOR_TODO}: a gentle nudge, as a question."
es = "{AUTHOR_TODO}: una pista suave, como pregunta."
pt = "{AUTHOR_TODO}: uma dica suave, como pergunta."

[[hints]]
en = "{AUTHOR_TODO}: nearly the answer."
es = "{AUTHOR_TODO}: casi la respuesta."
pt = "{AUTHOR_TODO}: quase a resposta."

# The comments of start/ files that tell the learner what to do, in every
# language: in a workspace created in Spanish, the lines equal to `en`
# (indentation aside) are written as `es`.
[[comments]]
en = "# TODO: this workflow only runs when started by hand. Run it on every push."
es = "# TODO: este workflow solo se ejecuta cuando lo inicias a mano. Haz que se ejecute en cada push."
pt = "# TODO: este workflow só roda quando iniciado manualmente. Faça-o rodar a cada push."

# What the outcome (outcome.snap) records about each workflow run, besides
# its conclusion. Record only what the lesson teaches: the more it records,
# the closer a learner's solution must follow the reference.
[outcome]
# Each job's result (the job ids must then match the task).
jobs = false
# The jobs each job runs after, through its needs (needs jobs = true).
needs = false
# Each job's outputs (needs jobs = true).
outputs = false
# The environment each job deployed to and the reviewer's decision
# (needs jobs = true).
deployments = false
# The registry's repositories, tags and digests at the end (Docker).
registry = false
# For each step, the tags it pushed (Docker).
pushes = false
# Which tags `registry` and `pushes` show: "all", or "commits" (only tags
# naming a commit of the scenario: a `latest` beside them is not recorded).
tags = "all"
# On each step's environment lines, the tag the container was started from.
deployed_tags = false
# For each step, how many times it ran `docker build` (Docker).
builds = false
# Parts that record only some facts, e.g. {{ "step 3" = ["workflow ci.yml"] }}.
only = {{}}
# For each environment at the end: its container (running, digest) and its
# HTTP answers to GET /version and GET /health (Docker).
environments = false

# Repository secrets given to every run as `secrets.NAME`. Their values are
# masked in all output and must never appear in start/ or solution/
# (`devpath dev check` looks). For example:
#   REGISTRY_TOKEN = "a-long-random-value"
[secrets]

# Repository configuration variables, `vars.NAME`. For example:
#   APP_NAME = "shop"
[vars]

# Deployment environments, in promotion order (staging before production);
# Docker exercises only. Each gets its own container name and port, given to
# jobs as vars.APP_CONTAINER and vars.APP_PORT. Uncomment to use:
# [[environments]]
# name = "production"     # the name jobs use in `environment:`
# reviewers = ["lead"]    # when not empty, a deployment waits for an approval
# wait_timer_seconds = 0  # seconds a job waits before it may deploy
# vars = {{}}               # variables only this environment's jobs see
# secrets = {{}}            # secrets only this environment's jobs see

# The scenario: the actions devpath plays, in order. Each is one of
#   push = "VERSION"       a commit: the learner's files plus the sample app
#                          fixtures/apps/VERSION/ (laid over fixtures/apps/good/);
#                          name = "NAME" calls it <sha:NAME> in the outcome
#                          (default: v1, v2, … in commit order); pushed to
#                          main unless ref = "refs/tags/v1.2.3" (or refs/heads/…)
#   pull_request = "VERSION"  such a commit on branch head = "feature", and a
#                          pull request (opened) into base = "main"; merging
#                          it is a later push
#   dispatch = "FILE.yml"  a workflow_dispatch of .github/workflows/FILE.yml on
#                          the last commit pushed to main, with
#                          inputs = {{ tag = "<sha:v1>" }}
[[scenario]]
push = "{app}"

# What the learner is told when a part of the outcome differs from
# outcome.snap. Parts follow the outcome's lines: "step 1", "step 1 /
# workflow ci.yml", "step 1 / workflow ci.yml / job build"; the most
# specific matching part whose `when` holds wins. `when` names the evidence
# the message is about, e.g. when = {{ log = "No such file" }}, {{ trigger =
# "missing" }}, {{ needs = "missing" }}, {{ registry = "pushed" }},
# {{ outcome = ["workflow ci.yml: success"] }}; see docs/authoring.md.
[[messages]]
part = "step 1"
[messages.text]
en = """
{AUTHOR_TODO}: what went wrong at step 1, and where to look."""
es = """
{AUTHOR_TODO}: qué salió mal en el paso 1, y dónde mirar."""
pt = """
{AUTHOR_TODO}: o que deu errado no passo 1, e onde olhar."""
"##
    )
}

fn readme(title: &str, app: &str) -> String {
    format!(
        r#"# {title}

{AUTHOR_TODO}: the theory, in a few short paragraphs and in your own words:
what the learner needs to know to do the task. Put a new term in **bold**
where it is explained.

## The task

{AUTHOR_TODO}: what the learner changes, naming the file. For example: edit
`.github/workflows/ci.yml` so that the workflow runs on every **push** and
its job runs the tests with `./test.sh`.

devpath then pushes the app (version `{app}`); the run must succeed.

## What success looks like

{AUTHOR_TODO}: paste the blessed outcome.snap here, for example:

```
step 1: push <sha:v1> (app {app})
  workflow ci.yml: success
```
"#
    )
}

/// The Spanish lesson's skeleton: the English one's headings and code
/// block, which translations keep (`devpath dev lint` compares them).
fn readme_es(app: &str) -> String {
    format!(
        r#"# {AUTHOR_TODO}: el título

{AUTHOR_TODO}: la lección de README.md, escrita para quien lee en español:
los mismos títulos, en el mismo orden, y los mismos bloques de código, byte
a byte.

## La tarea

{AUTHOR_TODO}: lo que cambia quien aprende, nombrando el archivo.

devpath luego hace push de la app (versión `{app}`); la ejecución debe
terminar con éxito.

## Cómo se ve el éxito

{AUTHOR_TODO}: el outcome.snap aprobado, idéntico al de README.md:

```
step 1: push <sha:v1> (app {app})
  workflow ci.yml: success
```
"#
    )
}

/// The Portuguese lesson's skeleton (see [`readme_es`]).
fn readme_pt(app: &str) -> String {
    format!(
        r#"# {AUTHOR_TODO}: o título

{AUTHOR_TODO}: a lição do README.md, escrita para quem lê em português: os
mesmos títulos, na mesma ordem, e os mesmos blocos de código, byte a byte.

## A tarefa

{AUTHOR_TODO}: o que quem aprende muda, nomeando o arquivo.

Depois o devpath faz push do app (versão `{app}`); a execução deve terminar
com sucesso.

## Como é o sucesso

{AUTHOR_TODO}: o outcome.snap aprovado, idêntico ao do README.md:

```
step 1: push <sha:v1> (app {app})
  workflow ci.yml: success
```
"#
    )
}

/// Appends `name` to the top-level `exercises = [...]` array of a
/// `course.toml` text, keeping everything else as it is. The result is
/// checked by parsing it again.
pub(crate) fn add_exercise(text: &str, name: &str) -> Result<String, String> {
    let before: CourseInfo =
        toml::from_str(text).map_err(|e| i18n::t!("dev-new-toml-parse", error = e.message()))?;
    let (open, close) =
        find_exercises_array(text).ok_or_else(|| i18n::t!("dev-new-toml-no-list", name = name))?;
    let inner = &text[open + 1..close];
    let last = last_significant(text, open, close);
    let multiline = inner.contains('\n');
    let quoted = format!("\"{name}\"");
    let mut out = String::with_capacity(text.len() + name.len() + 16);
    match last {
        None if multiline => {
            out.push_str(&text[..open + 1]);
            out.push_str(&format!("\n    {quoted},\n"));
            out.push_str(&text[close..]);
        }
        None => {
            out.push_str(&text[..open + 1]);
            out.push_str(&quoted);
            out.push_str(&text[close..]);
        }
        Some(end) if multiline => {
            // Indent like the line of the last element; insert after that
            // line (keeping a comment at its end where it is).
            let line_start = text[..end].rfind('\n').map_or(0, |i| i + 1);
            let indent: String = text[line_start..]
                .chars()
                .take_while(|c| *c == ' ' || *c == '\t')
                .collect();
            let line_end = text[end..close].find('\n').map_or(close, |i| end + i);
            let comma = text[..end].ends_with(',');
            out.push_str(&text[..end]);
            if !comma {
                out.push(',');
            }
            out.push_str(&text[end..line_end]);
            if line_end == close {
                out.push_str(&format!("\n{indent}{quoted},\n"));
            } else {
                out.push_str(&format!("\n{indent}{quoted},"));
            }
            out.push_str(&text[line_end..]);
        }
        Some(end) => {
            let comma = text[..end].ends_with(',');
            out.push_str(&text[..end]);
            out.push_str(if comma { " " } else { ", " });
            out.push_str(&quoted);
            out.push_str(&text[end..]);
        }
    }
    let after: CourseInfo = toml::from_str(&out)
        .map_err(|e| i18n::t!("dev-new-toml-break", name = name, error = e.message()))?;
    let mut expected = before.exercises.clone();
    expected.push(name.to_string());
    if after.exercises != expected {
        return Err(i18n::t!("dev-new-toml-unsafe", name = name));
    }
    Ok(out)
}

/// A scanner state: where in the TOML syntax a byte is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lex {
    Code,
    Comment,
    Basic,
    Literal,
    MultiBasic,
    MultiLiteral,
}

/// Steps the scanner over the byte at `i`; returns the new state and how
/// many bytes were consumed.
fn lex_step(bytes: &[u8], i: usize, state: Lex) -> (Lex, usize) {
    let at = |s: &[u8]| bytes[i..].starts_with(s);
    match state {
        Lex::Code => {
            if at(b"\"\"\"") {
                (Lex::MultiBasic, 3)
            } else if at(b"'''") {
                (Lex::MultiLiteral, 3)
            } else if at(b"\"") {
                (Lex::Basic, 1)
            } else if at(b"'") {
                (Lex::Literal, 1)
            } else if at(b"#") {
                (Lex::Comment, 1)
            } else {
                (Lex::Code, 1)
            }
        }
        Lex::Comment => (
            if bytes[i] == b'\n' {
                Lex::Code
            } else {
                Lex::Comment
            },
            1,
        ),
        Lex::Basic => match bytes[i] {
            b'\\' => (Lex::Basic, 2),
            b'"' | b'\n' => (Lex::Code, 1),
            _ => (Lex::Basic, 1),
        },
        Lex::Literal => match bytes[i] {
            b'\'' | b'\n' => (Lex::Code, 1),
            _ => (Lex::Literal, 1),
        },
        Lex::MultiBasic => {
            if at(b"\\") {
                (Lex::MultiBasic, 2)
            } else if at(b"\"\"\"") {
                // Up to two more quotes may belong to the string.
                let extra = bytes[i + 3..]
                    .iter()
                    .take(2)
                    .take_while(|b| **b == b'"')
                    .count();
                (Lex::Code, 3 + extra)
            } else {
                (Lex::MultiBasic, 1)
            }
        }
        Lex::MultiLiteral => {
            if at(b"'''") {
                let extra = bytes[i + 3..]
                    .iter()
                    .take(2)
                    .take_while(|b| **b == b'\'')
                    .count();
                (Lex::Code, 3 + extra)
            } else {
                (Lex::MultiLiteral, 1)
            }
        }
    }
}

/// The byte offsets of `[` and `]` of the top-level `exercises` array.
fn find_exercises_array(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut state = Lex::Code;
    let mut line_start = true;
    let mut i = 0;
    while i < bytes.len() {
        if state == Lex::Code && line_start {
            let rest = &text[i..];
            let trimmed = rest.trim_start_matches([' ', '\t']);
            let skip = rest.len() - trimmed.len();
            if trimmed.starts_with('[') {
                // A table header: the top level is over.
                return None;
            }
            if let Some(after) = trimmed.strip_prefix("exercises") {
                let after_ws = after.trim_start_matches([' ', '\t']);
                if let Some(value) = after_ws.strip_prefix('=') {
                    let value_ws = value.trim_start_matches([' ', '\t']);
                    if value_ws.starts_with('[') {
                        let open = text.len() - value_ws.len();
                        return matching_bracket(bytes, open).map(|close| (open, close));
                    }
                    return None;
                }
            }
            i += skip;
            line_start = false;
            continue;
        }
        let (next, len) = lex_step(bytes, i, state);
        if state == Lex::Code && bytes[i] == b'\n' || state == Lex::Comment && next == Lex::Code {
            line_start = true;
        } else if bytes[i] != b'\n' {
            line_start = false;
        }
        state = next;
        i += len;
    }
    None
}

/// The `]` that closes the `[` at `open`.
fn matching_bracket(bytes: &[u8], open: usize) -> Option<usize> {
    let mut state = Lex::Code;
    let mut depth = 0usize;
    let mut i = open;
    while i < bytes.len() {
        if state == Lex::Code {
            match bytes[i] {
                b'[' => depth += 1,
                b']' => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(i);
                    }
                }
                _ => {}
            }
        }
        let (next, len) = lex_step(bytes, i, state);
        state = next;
        i += len;
    }
    None
}

/// The offset just after the last byte of the array (between `open` and
/// `close`) that is neither white space nor a comment; `None` when the
/// array is empty.
fn last_significant(text: &str, open: usize, close: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut state = Lex::Code;
    let mut last = None;
    let mut i = open + 1;
    while i < close {
        let (next, len) = lex_step(bytes, i, state);
        let significant = match state {
            Lex::Code => !bytes[i].is_ascii_whitespace() && next != Lex::Comment,
            Lex::Comment => false,
            _ => true,
        };
        if significant {
            last = Some((i + len).min(close));
        }
        state = next;
        i += len;
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "format_version = 1\ntitle = \"t\"\nwelcome = \"\"\"\nexercises = [\"no\"]\n\"\"\"\nfinal_message = 'f # not a comment'\n";

    #[test]
    fn appends_to_a_multiline_list_keeping_comments() {
        let text = format!(
            "# top comment\n{HEAD}exercises = [\n    \"01-a\", # first\n    \"02-b\", # second\n]\n# tail\n"
        );
        let out = add_exercise(&text, "03-c").unwrap();
        assert_eq!(
            out,
            format!(
                "# top comment\n{HEAD}exercises = [\n    \"01-a\", # first\n    \"02-b\", # second\n    \"03-c\",\n]\n# tail\n"
            )
        );
    }

    #[test]
    fn appends_without_a_trailing_comma() {
        let text = format!("{HEAD}exercises = [\n  \"01-a\",\n  \"02-b\"\n]\n");
        let out = add_exercise(&text, "03-c").unwrap();
        assert_eq!(
            out,
            format!("{HEAD}exercises = [\n  \"01-a\",\n  \"02-b\",\n  \"03-c\",\n]\n")
        );
    }

    #[test]
    fn appends_to_one_line_and_empty_lists() {
        let one = add_exercise(&format!("{HEAD}exercises = [\"a\", 'b']\n"), "c").unwrap();
        assert!(one.ends_with("exercises = [\"a\", 'b', \"c\"]\n"), "{one}");
        let empty = add_exercise(&format!("{HEAD}exercises = []\n"), "c").unwrap();
        assert!(empty.ends_with("exercises = [\"c\"]\n"), "{empty}");
        let spaced = add_exercise(&format!("{HEAD}exercises = [\n]\n"), "c").unwrap();
        assert!(
            spaced.ends_with("exercises = [\n    \"c\",\n]\n"),
            "{spaced}"
        );
    }

    #[test]
    fn the_built_in_course_toml_gets_one_more_line() {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/course.toml"),
        )
        .unwrap();
        let out = add_exercise(&text, "99-new").unwrap();
        let added: Vec<_> = similar::TextDiff::from_lines(&text, &out)
            .iter_all_changes()
            .filter(|c| c.tag() != similar::ChangeTag::Equal)
            .map(|c| format!("{}{}", c.tag(), c.value()))
            .collect();
        assert_eq!(added, vec!["+    \"99-new\",\n"]);
    }

    #[test]
    fn titles_come_from_names() {
        assert_eq!(title_from("04-cd-deploy-job"), "CD deploy job");
        assert_eq!(title_from("canary"), "Canary");
    }
}
