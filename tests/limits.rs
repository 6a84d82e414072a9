//! Inputs that must not exhaust the machine (issue 14): a step's output of
//! any size, and more jobs than the machine can run at once. Driven
//! through the real binary on generated workflows.

use std::path::Path;
use std::process::{Command, Stdio};

/// Runs `devpath --color never pipeline <workflow> <args>` in `dir` and
/// returns its exit status, its stdout and its peak resident set size in
/// KiB (from `wait4`, so a peak just before the exit is not missed).
fn pipeline(dir: &Path, workflow: &str, args: &[&str]) -> (i32, String, String, i64) {
    let child = Command::new(env!("CARGO_BIN_EXE_devpath"))
        .current_dir(dir)
        .args(["--color", "never", "pipeline", workflow])
        .args(args)
        .env_remove("DEVPATH_ACTIONS_DIR")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("devpath runs");
    wait_with_peak(child)
}

#[expect(unsafe_code, reason = "wait4 has no safe wrapper in std")]
fn wait_with_peak(mut child: std::process::Child) -> (i32, String, String, i64) {
    use std::io::Read as _;
    // Read both pipes on threads, or a full pipe would block the child.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stdout.read_to_end(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stderr.read_to_end(&mut s);
        s
    });
    let mut status = 0;
    // SAFETY: rusage is plain data, filled by wait4 for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for the child we started; `status` and `usage` outlive
    // the call.
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert!(pid > 0, "wait4: {}", std::io::Error::last_os_error());
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    let stdout = String::from_utf8_lossy(&out.join().unwrap()).into_owned();
    let stderr = String::from_utf8_lossy(&err.join().unwrap()).into_owned();
    (code, stdout, stderr, usage.ru_maxrss)
}

/// 1 GB of output lines reached 1.3 GB of memory, and a 200 MB line
/// without a line break was held whole. Now output waits for the
/// reporter and long lines are handed on in 64 KiB pieces.
#[test]
fn a_step_printing_without_end_keeps_memory_bounded() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("flood.yml"),
        "on: push\njobs:\n  flood:\n    runs-on: x\n    steps:\n      \
         - run: yes \"$(head -c 99 /dev/zero | tr '\\0' x)\" | head -c 100000000 || true\n      \
         - run: head -c 200000000 /dev/zero | tr '\\0' a\n",
    )
    .unwrap();
    let (code, stdout, stderr, peak_kib) = pipeline(dir.path(), "flood.yml", &[]);
    assert_eq!(code, 0, "{stderr}");
    // Every byte of the long line is shown, in marked pieces.
    let pieces: Vec<&str> = stdout.lines().filter(|l| l.contains("aaaa")).collect();
    assert_eq!(pieces.len(), 200_000_000usize.div_ceil(64 * 1024));
    assert_eq!(
        pieces.iter().filter(|l| l.contains("↪ ")).count(),
        pieces.len() - 1
    );
    assert!(
        peak_kib < 100 * 1024,
        "devpath peaked at {} MB",
        peak_kib / 1024
    );
}

/// `pipeline` shows one job at a time: job `a` waits while job `b` prints
/// 100 MB, which used to be held in memory until `a` ended (106 MB and
/// growing with b's output). Beyond 8 MiB a job's held lines wait in a
/// private file, replayed in order when its turn comes, removed at the end.
#[test]
fn lines_held_for_a_later_job_keep_memory_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    // `a` ends only after `b` printed everything (or after 60 s), so that
    // all of b's lines are held, however fast the machine.
    let mark = dir.path().join("b-printed");
    std::fs::write(
        dir.path().join("held.yml"),
        format!(
            "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      \
             - run: for i in $(seq 600); do [ -e '{0}' ] && break; sleep 0.1; done; echo a-done\n  \
             b:\n    runs-on: x\n    steps:\n      \
             - run: yes \"$(head -c 99 /dev/zero | tr '\\0' x)\" | head -c 100000000 || true\n      \
             - run: touch '{0}'; echo b-done\n",
            mark.display()
        ),
    )
    .unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_devpath"))
        .current_dir(dir.path())
        .args(["--color", "never", "pipeline", "held.yml", "--jobs", "2"])
        .env_remove("DEVPATH_ACTIONS_DIR")
        .env("TMPDIR", tmp.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("devpath runs");
    let (code, stdout, stderr, peak_kib) = wait_with_peak(child);
    assert_eq!(code, 0, "{stderr}");
    // Every line of b is shown, whole, after a, then b's last step.
    let a_done = stdout.find("a-done").expect("a's line");
    let first_x = stdout.find(&"x".repeat(99)).expect("b's lines");
    let b_done = stdout.find("b-done").expect("b's last line");
    assert!(a_done < first_x && first_x < b_done, "out of order");
    let lines = stdout
        .lines()
        .filter(|l| l.trim_start() == "x".repeat(99))
        .count();
    assert_eq!(lines, 1_000_000);
    // The spool folder is gone.
    let left: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
    assert!(left.is_empty(), "left in TMPDIR: {left:?}");
    assert!(
        peak_kib < 100 * 1024,
        "devpath peaked at {} MB",
        peak_kib / 1024
    );
}

/// Three jobs that each note when they start and end: with `--jobs 1`
/// one ends before the next starts.
#[test]
fn jobs_1_runs_one_job_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log");
    let job = |id: &str| {
        format!(
            "  {id}:\n    runs-on: x\n    steps:\n      - run: |\n          echo start >> '{0}'\n          sleep 0.3\n          echo end >> '{0}'\n",
            log.display()
        )
    };
    let src = format!("on: push\njobs:\n{}{}{}", job("a"), job("b"), job("c"));
    std::fs::write(dir.path().join("ci.yml"), src).unwrap();
    let (code, _, stderr, _) = pipeline(dir.path(), "ci.yml", &["--jobs", "1"]);
    assert_eq!(code, 0, "{stderr}");
    let order = std::fs::read_to_string(&log).unwrap();
    assert_eq!(order, "start\nend\n".repeat(3));
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// 3,000 jobs under a process limit ended in "panicked at … failed to
/// spawn thread", exit 101. A thread the machine refuses now fails its
/// job with the OS error, and the run ends with a verdict.
#[test]
fn a_thread_the_machine_refuses_fails_its_job_without_a_panic() {
    // A process limit binds only a user without CAP_SYS_RESOURCE: as
    // root, run devpath as `nobody` (setpriv) under `prlimit --nproc`.
    if !is_root() {
        eprintln!("skipped: a process limit for another user needs root");
        return;
    }
    let found = |tool: &str| Command::new(tool).arg("--version").output().is_ok();
    if !found("setpriv") || !found("prlimit") {
        eprintln!("skipped: needs setpriv and prlimit (util-linux)");
        return;
    }
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let jobs: String = (0..80)
        .map(|i| format!("  j{i}:\n    runs-on: x\n    steps:\n      - run: sleep 1\n"))
        .collect();
    std::fs::write(
        dir.path().join("wide.yml"),
        format!("on: push\njobs:\n{jobs}"),
    )
    .unwrap();
    let child = Command::new("setpriv")
        .current_dir(dir.path())
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .args(["prlimit", "--nproc=40"])
        .arg(env!("CARGO_BIN_EXE_devpath"))
        .args(["--color", "never", "pipeline", "wide.yml", "--jobs", "80"])
        .env("TMPDIR", dir.path())
        .env("HOME", dir.path())
        .env_remove("DEVPATH_ACTIONS_DIR")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("setpriv runs");
    let (code, stdout, stderr, _) = wait_with_peak(child);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(code, 1, "{stdout}\n{stderr}");
    assert!(
        stdout.contains("Resource temporarily unavailable"),
        "{stdout}"
    );
    assert!(stdout.contains("conclusion: failure"), "{stdout}");
}
