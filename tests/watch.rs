//! Watch mode and the terminal, driving the real binary: the verdict screen
//! fits the terminal (60, 80 and 120 columns, 40 rows), a save of a file
//! that is not editable is named, the full log is one key away, the first
//! start prints a command that works.

mod support;

use support::{Devpath, TestWorkspace};

/// The verdict screen watch mode draws after the first run: from the
/// second header (the first one is above the run's progress).
fn screen(stdout: &str) -> String {
    let header = " 1. 01-ci-first-workflow";
    let second = stdout
        .match_indices(header)
        .nth(1)
        .map(|(at, _)| at)
        .unwrap_or_else(|| panic!("no verdict screen in:\n{stdout}"));
    let end = stdout[second..]
        .find("[q] quit")
        .map(|at| second + at + "[q] quit".len())
        .expect("the keys close the screen");
    stdout[second..end].to_string()
}

fn watch_screen(ws: &TestWorkspace, columns: usize) -> String {
    let ran = ws
        .devpath(&["watch"])
        .env("COLUMNS", &columns.to_string())
        .env("LINES", "40")
        .stdin("q\n")
        .expect(0);
    screen(&ran.stdout)
}

/// Every line fits `columns`, unless it is one word longer than that.
fn assert_fits(text: &str, columns: usize) {
    for line in text.lines() {
        let width = line.chars().count();
        assert!(
            width <= columns || !line.trim().contains(' '),
            "{width} > {columns} columns: {line:?}\n{text}"
        );
    }
    assert!(text.lines().count() <= 40, "more than 40 rows:\n{text}");
}

/// The words of a text: wrapping may move them, never cut them.
fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

#[test]
fn a_new_user_sees_the_first_verdict_whole_at_60_80_and_120_columns() {
    let ws = TestWorkspace::new();
    let screens: Vec<String> = [60, 80, 120]
        .iter()
        .map(|&columns| {
            let screen = watch_screen(&ws, columns);
            assert_fits(&screen, columns);
            screen
        })
        .collect();
    for screen in &screens {
        assert_eq!(
            words(screen),
            words(&screens[2]),
            "only the line breaks differ"
        );
        for part in [
            "✗ 01-ci-first-workflow is not solved yet.",
            "expected",
            "your run",
            "Nothing ran when you pushed.",
            "[o] log",
        ] {
            assert!(screen.contains(part), "{part:?} missing:\n{screen}");
        }
    }
    insta::assert_snapshot!("first_screen_60_columns", screens[0]);
    insta::assert_snapshot!("first_screen_80_columns", screens[1]);
}

#[test]
fn without_a_known_height_the_verdict_follows_the_progress_unwrapped() {
    let ws = TestWorkspace::new();
    let ran = ws.devpath(&["watch"]).stdin("q\n").expect(0);
    assert_eq!(
        ran.stdout.matches(" 1. 01-ci-first-workflow").count(),
        1,
        "no second screen:\n{}",
        ran.stdout
    );
    assert!(
        ran.stdout.contains(
            "  Nothing ran when you pushed. A workflow runs only for the events listed\n"
        ),
        "the instructor's lines as written:\n{}",
        ran.stdout
    );
}

#[test]
fn the_failed_steps_last_lines_stay_on_a_40_row_screen_and_the_full_log_is_a_key_away() {
    let ws = TestWorkspace::new();
    ws.devpath(&["next"]).expect(0);
    ws.devpath(&["next"]).expect(0);
    let ran = ws
        .devpath(&["watch"])
        .env("COLUMNS", "80")
        .env("LINES", "40")
        .stdin("o\nq\n")
        .expect(0);
    let header = " 3. 03-ci-jobs-and-outputs";
    let at = ran.stdout.match_indices(header).nth(1).expect("a screen").0;
    let end = ran.stdout[at..].find("[q] quit").expect("keys") + at;
    let screen = &ran.stdout[at..end];
    assert_fits(screen, 80);
    for part in [
        "✗ 03-ci-jobs-and-outputs is not solved yet.",
        "First difference in step 1",
        "failed; its last lines:",
        "Error: Process completed with exit code 1.",
        "expected",
    ] {
        assert!(screen.contains(part), "{part:?} missing:\n{screen}");
    }
    // o: the full log of every step, after the screen.
    let log = &ran.stdout[end..];
    assert!(
        log.contains("── scenario step 2 · all › Run ./lint.sh (failure)"),
        "{log}"
    );
    assert!(
        log.contains("app.sh:10: tab found; indent with spaces"),
        "{log}"
    );
}

#[test]
fn saving_a_file_that_is_not_editable_says_so_and_names_the_editable_ones() {
    let ws = TestWorkspace::new();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_devpath"))
        .args(["watch"])
        .current_dir(ws.path())
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::io::BufRead as _;
        for line in std::io::BufReader::new(stdout).lines() {
            if tx.send(line.unwrap_or_default()).is_err() {
                break;
            }
        }
    });
    let wait_for = |needle: &str| -> String {
        let mut seen = String::new();
        while let Ok(line) = rx.recv_timeout(std::time::Duration::from_secs(20)) {
            seen.push_str(&line);
            seen.push('\n');
            if line.contains(needle) {
                return seen;
            }
        }
        panic!("{needle:?} never came:\n{seen}");
    };
    wait_for("is not solved yet");
    wait_for("[q] quit");
    ws.write("01-ci-first-workflow", "notes.txt", "my notes\n");
    let said = wait_for("You saved");
    assert!(
        said.contains(
            "You saved notes.txt, which is not among this exercise's editable files, so nothing \
             ran. Watch mode runs when you save 01-ci-first-workflow/.github/workflows/ci.yml (or \
             press r to run now)."
        ),
        "{said}"
    );
    // The editable file still runs the exercise.
    ws.solve("01-ci-first-workflow");
    wait_for("✓ 01-ci-first-workflow passed");
    {
        use std::io::Write as _;
        child.stdin.take().unwrap().write_all(b"q\n").unwrap();
    }
    assert!(child.wait().unwrap().success());
}

#[test]
fn the_first_start_prints_a_command_that_works_and_no_next_step_into_watch_mode() {
    let dir = tempfile::tempdir().unwrap();
    let ran = Devpath::new(dir.path(), &[])
        .env("PATH", "/usr/bin:/bin")
        .stdin("q\n")
        .expect(0);
    let binary = std::fs::canonicalize(env!("CARGO_BIN_EXE_devpath")).unwrap();
    let workspace = dir.path().join("devpath-course");
    assert!(!ran.stdout.contains("Next:"), "{}", ran.stdout);
    assert!(
        ran.stdout.contains(&format!(
            "Watch mode starts on the first exercise now. To come back to it later:\n  cd {} && {}\n",
            workspace.display(),
            binary.display()
        )),
        "{}",
        ran.stdout
    );
    assert!(
        ran.stdout
            .contains("01-ci-first-workflow is not solved yet")
    );
}

#[test]
fn init_says_devpath_when_that_name_on_path_is_this_program() {
    let dir = tempfile::tempdir().unwrap();
    let binary = std::fs::canonicalize(env!("CARGO_BIN_EXE_devpath")).unwrap();
    let bin_dir = binary.parent().unwrap().display().to_string();
    let ran = Devpath::new(dir.path(), &["init", "ws"])
        .env("PATH", &format!("{bin_dir}:/usr/bin:/bin"))
        .expect(0);
    assert!(
        ran.stdout
            .contains("Next, start watch mode on the first exercise:\n  cd ws && devpath\n"),
        "{}",
        ran.stdout
    );
}

#[test]
fn run_json_carries_the_full_log_and_the_failed_steps() {
    let ws = TestWorkspace::new();
    let ran = ws
        .devpath(&["run", "03-ci-jobs-and-outputs", "--format", "json"])
        .expect(1);
    let json: serde_json::Value = serde_json::from_str(&ran.stdout).unwrap();
    let failed = json["failed_steps"].as_array().expect("failed_steps");
    assert_eq!(failed.len(), 2, "{json:#}");
    assert_eq!(failed[0]["scenario_step"], 2);
    assert_eq!(failed[0]["name"], "Run ./lint.sh");
    let log = json["log"].as_array().expect("log");
    assert!(
        log.iter().any(|step| step["lines"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l == "app.sh:10: tab found; indent with spaces")),
        "{json:#}"
    );
}

/// The deploy timeline of `devpath run EXERCISE` at `columns`.
fn timeline_at(ws: &TestWorkspace, exercise: &str, columns: usize) -> String {
    let ran = ws
        .devpath(&["run", exercise])
        .env("COLUMNS", &columns.to_string())
        .expect(0);
    let at = ran.stdout.find("Deploy timeline").expect("a timeline");
    let timeline = &ran.stdout[at..];
    let end = timeline.find("\n\n").unwrap_or(timeline.len());
    support::redact_short_shas(&timeline[..end])
}

#[test]
fn timeline_rows_fit_the_width_and_keep_their_marks_whole() {
    let _docker = support::docker_shared();
    let ws = TestWorkspace::new();
    ws.solve("09-env-manual-approval");
    let wide = timeline_at(&ws, "09", 120);
    assert!(
        wide.contains(
            "  1  push v1 (app good)   v1 <sha> 1.0.0 ok  v1 <sha> 1.0.0 ok [✓ approved by lead]"
        ),
        "at 120 columns, a table:\n{wide}"
    );
    for columns in [60, 80] {
        let narrow = timeline_at(&ws, "09", columns);
        assert_fits(&narrow, columns);
        assert!(narrow.contains("[✓ approved by lead]"), "{narrow}");
        assert!(narrow.contains("[✗ rejected by lead]"), "{narrow}");
        // The same facts as the table, one line per environment.
        assert_eq!(
            words(&narrow),
            words(
                "Deploy timeline (what each environment served after each step) \
                 step 1 push v1 (app good) \
                 staging v1 <sha> 1.0.0 ok \
                 production v1 <sha> 1.0.0 ok [✓ approved by lead] \
                 step 2 push v2 (app v2) \
                 staging v2 <sha> 2.0.0 ok \
                 production v1 <sha> 1.0.0 ok [✗ rejected by lead]",
            )
        );
    }
    insta::assert_snapshot!("timeline_60_columns", timeline_at(&ws, "09", 60));
}

#[test]
fn an_automatic_rollback_is_marked_in_the_timeline() {
    let _docker = support::docker_shared();
    let ws = TestWorkspace::new();
    ws.solve("11-rollback-automatic");
    let ran = ws.devpath(&["run", "11"]).env("COLUMNS", "80").expect(0);
    let timeline = &ran.stdout[ran.stdout.find("Deploy timeline").expect("a timeline")..];
    let rows: Vec<&str> = timeline
        .lines()
        .filter(|l| l.trim_start().starts_with(char::is_numeric))
        .collect();
    assert_eq!(rows.len(), 2, "{timeline}");
    assert!(!rows[0].contains("rollback"), "{timeline}");
    assert!(
        rows[1].contains("v1 ") && rows[1].contains("[↩ rollback]"),
        "{timeline}"
    );
}

/// What `devpath` shows a new user in an empty folder, on a terminal of
/// `columns` × 40: the welcome, then the first exercise's verdict, on one
/// screen (redacted: the folder and the binary's path).
fn first_start(columns: usize) -> String {
    let dir = tempfile::tempdir().unwrap();
    let ran = Devpath::new(dir.path(), &[])
        .env("PATH", "/usr/bin:/bin")
        .env("COLUMNS", &columns.to_string())
        .env("LINES", "40")
        .stdin("q\n")
        .expect(0);
    let title = "devpath: CI/CD with Docker";
    let at = ran
        .stdout
        .match_indices(title)
        .nth(1)
        .unwrap_or_else(|| panic!("the welcome heads the screen:\n{}", ran.stdout))
        .0;
    let end = ran.stdout[at..].find("[q] quit").expect("keys") + at + "[q] quit".len();
    let binary = std::fs::canonicalize(env!("CARGO_BIN_EXE_devpath")).unwrap();
    ran.stdout[at..end]
        .replace(&dir.path().display().to_string(), "<folder>")
        .replace(&binary.display().to_string(), "<devpath>")
}

#[test]
fn a_new_users_first_screen_keeps_the_welcome_at_60_and_80_columns() {
    for columns in [60, 80] {
        let screen = first_start(columns);
        assert_fits(&screen, columns);
        for part in [
            "Welcome to devpath.",
            "  cd <folder>/devpath-course && <devpath>\n",
            "✗ 01-ci-first-workflow is not solved yet.",
            "Nothing ran when you pushed.",
        ] {
            assert!(screen.contains(part), "{part:?} missing:\n{screen}");
        }
        insta::assert_snapshot!(format!("new_user_{columns}_columns"), screen);
    }
}

#[test]
fn the_needs_warning_stays_on_the_screen_with_the_failed_step() {
    let ws = TestWorkspace::new();
    ws.write(
        "03-ci-jobs-and-outputs",
        ".github/workflows/ci.yml",
        "on: push
jobs:
  lint:
    runs-on: ubuntu-latest
    outputs:
      version: ${{ steps.v.outputs.version }}
    steps:
      - uses: actions/checkout@v5
      - run: ./lint.sh
      - id: v
        run: echo \"version=$(cat VERSION)\" >> \"$GITHUB_OUTPUT\"
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - run: ./test.sh
  build:
    runs-on: ubuntu-latest
    needs: test
    steps:
      - run: echo \"building ${{ needs.lint.outputs.version }}\"
",
    );
    ws.devpath(&["next"]).expect(0);
    ws.devpath(&["next"]).expect(0);
    for columns in [60, 80, 120] {
        let ran = ws
            .devpath(&["watch"])
            .env("COLUMNS", &columns.to_string())
            .env("LINES", "40")
            .stdin("q\n")
            .expect(0);
        let header = " 3. 03-ci-jobs-and-outputs";
        let at = ran.stdout.match_indices(header).nth(1).expect("a screen").0;
        let end = ran.stdout[at..].find("[q] quit").expect("keys") + at;
        let screen = &ran.stdout[at..end];
        assert_fits(screen, columns);
        let flat = words(screen).join(" ");
        for part in [
            "✗ 03-ci-jobs-and-outputs is not solved yet.",
            "expected job build (after lint, test): success",
            "your run job build (after test): success",
            "warning: .github/workflows/ci.yml:21:33: `needs.lint` is empty here: \"lint\" is not in the `needs` of job \"build\"; add it there",
            "✗ step 2: lint › Run ./lint.sh failed; its last lines: app.sh:10: tab found; indent with spaces",
        ] {
            assert!(
                flat.contains(part),
                "{part:?} missing at {columns} columns:\n{screen}"
            );
        }
    }
}

#[test]
fn on_a_real_terminal_o_opens_the_pager_and_the_screen_comes_back() {
    // `script` gives devpath a terminal of 70 × 30; `cat` stands in for less.
    let ws = TestWorkspace::new();
    ws.devpath(&["next"]).expect(0);
    ws.devpath(&["next"]).expect(0);
    let devpath = env!("CARGO_BIN_EXE_devpath");
    let mut child = std::process::Command::new("script")
        .current_dir(ws.path())
        .args([
            "-qec",
            &format!("stty cols 70 rows 30; {devpath} --color never watch"),
            "/dev/null",
        ])
        .env("PAGER", "cat")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("script (util-linux) runs");
    {
        use std::io::Write as _;
        let mut stdin = child.stdin.take().unwrap();
        std::thread::sleep(std::time::Duration::from_secs(4));
        stdin.write_all(b"o").unwrap();
        stdin.flush().unwrap();
        std::thread::sleep(std::time::Duration::from_secs(1));
        stdin.write_all(b"q").unwrap();
        std::thread::sleep(std::time::Duration::from_secs(1));
    }
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
    let pager = text
        .find("── scenario step 2 · all › Run ./lint.sh (failure)")
        .unwrap_or_else(|| panic!("the pager showed the log:\n{text}"));
    let again = text[pager..]
        .find("✗ 03-ci-jobs-and-outputs is not solved yet.")
        .unwrap_or_else(|| panic!("the screen is drawn again after the pager:\n{text}"));
    assert!(
        text[pager..pager + again].contains("app.sh:10: tab found"),
        "{text}"
    );
    assert!(
        std::fs::read_to_string(ws.path().join(".devpath/last-run.log"))
            .unwrap()
            .contains("Error: Process completed with exit code 1."),
    );
}

#[test]
fn a_pass_on_the_screen_says_which_key_goes_on() {
    let ws = TestWorkspace::new();
    ws.solve("01-ci-first-workflow");
    let screen = watch_screen(&ws, 60);
    assert!(
        screen.contains("✓ 01-ci-first-workflow passed: Your first workflow\n\nNext: 02-ci-failing-test. Press n to go on.\n"),
        "{screen}"
    );
}

#[test]
fn on_a_tiny_terminal_the_verdict_and_its_message_are_still_shown() {
    let ws = TestWorkspace::new();
    let ran = ws
        .devpath(&["watch"])
        .env("COLUMNS", "60")
        .env("LINES", "12")
        .stdin("q\n")
        .expect(0);
    let screen = screen(&ran.stdout);
    assert!(
        screen.contains("✗ 01-ci-first-workflow is not solved yet."),
        "{screen}"
    );
    assert!(screen.contains("Nothing ran when you pushed."), "{screen}");
    assert!(
        !screen.contains("Your run, against"),
        "no room for the difference:\n{screen}"
    );
}
