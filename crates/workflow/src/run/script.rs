//! One `run:` step: the script is rendered, written to a file in the
//! runner's temp folder and run by its shell (`shell:`, else the job's or
//! workflow's `defaults.run.shell`) in its working directory, with the
//! step's environment and the standard `GITHUB_*` variables. Workflow
//! commands in its output (`::add-mask::`, `::error::` …) are applied as
//! lines arrive; file commands (`$GITHUB_OUTPUT`, `$GITHUB_ENV`,
//! `$GITHUB_PATH`) when it ends, even when it failed, as on GitHub.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::{Map, Value};

use super::Run;
use super::context::runner_arch;
use super::job::{JobRun, StepRun};
use crate::JobResult;
use crate::eval::{self, Status};
use crate::model::{Step, Text};
use crate::shell::Shell;
use crate::step::{self, Exit};

/// A `run:` step about to run, with what it needs from its job.
pub(super) struct Script<'s> {
    pub(super) step: &'s Step,
    /// 1-based.
    pub(super) number: usize,
    /// The script as written (it may hold `${{ }}`).
    pub(super) body: &'s Text,
    /// The step's own `shell:`.
    pub(super) shell: Option<&'s str>,
    /// The step's own `working-directory:`.
    pub(super) working_directory: Option<&'s Text>,
    /// The step's environment (job's `env` context and the step's `env:`).
    pub(super) env: &'s BTreeMap<String, String>,
    pub(super) contexts: &'s Map<String, Value>,
    pub(super) status: Status,
}

/// The files a step's file commands write to, one set per step.
///
/// They sit beside the workspace, out of the way of scripts that clean
/// `$RUNNER_TEMP`, and are created by the script's own `>>`: a file that
/// does not exist afterwards simply means "nothing".
pub(super) struct FileCommands {
    pub(super) output: PathBuf,
    env: PathBuf,
    path: PathBuf,
    summary: PathBuf,
}

impl FileCommands {
    pub(super) fn new(dir: &Path, number: usize) -> FileCommands {
        let file = |name: &str| dir.join(format!("{name}_{number}"));
        FileCommands {
            output: file("set_output"),
            env: file("set_env"),
            path: file("add_path"),
            summary: file("step_summary"),
        }
    }
}

/// The variables a step gets from the `github` context's field of the
/// same name (`GITHUB_REF_NAME` is `github.ref_name`).
const GITHUB_CONTEXT_VARIABLES: [&str; 7] = [
    "GITHUB_REF_NAME",
    "GITHUB_REF_TYPE",
    "GITHUB_HEAD_REF",
    "GITHUB_BASE_REF",
    "GITHUB_REPOSITORY_OWNER",
    "GITHUB_WORKFLOW",
    "GITHUB_SERVER_URL",
];

impl JobRun<'_, '_> {
    pub(super) fn run_script(&mut self, script: &Script<'_>) -> Result<StepRun, String> {
        let run = self.run;
        let body =
            eval::render(&script.body.value, script.contexts, script.status).map_err(|e| {
                run.at(
                    script.body,
                    &crate::cannot_evaluate(&i18n::t!("workflow-eval-script"), &e.message),
                )
            })?;
        let shell = self.shell(script.shell)?;
        let cwd = self.working_directory(script)?;
        // One script file per job, rewritten by each step: creating a new
        // file (inode) per step costs more than the rest of the step setup.
        let script_path = self.temp.join(format!("step-script{}", shell.extension()));
        overwrite(&script_path, shell.script(&body).as_bytes()).map_err(|e| {
            i18n::t!(
                "workflow-cannot-write-script",
                path = script_path.display().to_string(),
                error = e.to_string()
            )
        })?;
        let path = self.step_path(script.env);
        // Looking the program up once here spares the kernel an execve per
        // PATH entry for every step.
        let in_container = self
            .services
            .job_container()
            .map(|(id, docker)| (id.to_string(), docker.clone()));
        let (program, args) = match &in_container {
            // The job's `container:`: the shell found inside it.
            Some(_) => shell.command(&script_path.to_string_lossy(), |name| {
                self.container_which(name)
            })?,
            None => shell.command(&script_path.to_string_lossy(), |name| resolve(name, &path))?,
        };
        // Numbered per process, not per step: a composite action's steps
        // share their step's number.
        let process = self.next_process();
        let files = FileCommands::new(&self.dir, process);
        let mut command = match &in_container {
            Some((id, docker)) => {
                let mut command =
                    self.container_exec(docker, id, path, script.env, &files, &cwd, &[]);
                command.arg(&program);
                command
            }
            None => self.command(&program, path, script.env, &files),
        };
        command.args(&args).current_dir(&cwd);

        let step_deadline = script
            .step
            .timeout_minutes
            .map(|m| Instant::now() + Duration::from_secs_f64(m * 60.0));
        let deadline = match step_deadline {
            Some(d) if d < self.deadline => d,
            _ => self.deadline,
        };
        let job_id = self.job.id.as_str();
        let mut on_line = |line: String| run.output_line(job_id, script.number, line);
        let exit = step::run(command, Some(deadline), &self.cancel, &mut on_line);
        // The script may hold expanded secrets: nothing of it stays on disk
        // once the step is over (the file itself is reused by the next step).
        let _ = overwrite(&script_path, b"");
        let exit = exit.map_err(|e| {
            // Only a missing program is about PATH: a process limit
            // (EAGAIN) is not.
            let id = if e.kind() == std::io::ErrorKind::NotFound {
                "workflow-cannot-start-program-path"
            } else {
                "workflow-cannot-start-program"
            };
            i18n::t!(
                id,
                program = program.display().to_string(),
                error = e.to_string()
            )
        })?;
        let (outputs, broken) = self.apply_file_commands(&files, script.number);
        let step_deadline_first = step_deadline.is_some_and(|d| d < self.deadline);
        let step_minutes = script.step.timeout_minutes.filter(|_| step_deadline_first);
        let (outcome, job_timed_out) = self.exit_outcome(script.number, exit, broken, step_minutes);
        Ok(StepRun {
            outcome,
            outputs,
            job_timed_out,
        })
    }

    /// `docker exec` into the job container `id` in `cwd`, as the runner's
    /// `ContainerStepHost`: the step's variables and `more` by name (their
    /// values in the CLI's environment, never on its command line); the
    /// job's paths are the same inside. The caller adds the program.
    #[allow(clippy::too_many_arguments, reason = "one process's whole state")]
    pub(super) fn container_exec(
        &self,
        docker: &Path,
        id: &str,
        path: String,
        env: &BTreeMap<String, String>,
        files: &FileCommands,
        cwd: &Path,
        more: &[String],
    ) -> Command {
        let mut command = self.command(docker, path, env, files);
        let mut names: Vec<String> = env.keys().cloned().collect();
        names.extend(self.github_variables(files).map(|(k, _)| k.to_string()));
        names.extend(GITHUB_CONTEXT_VARIABLES.map(String::from));
        names.push("GITHUB_ACTION_PATH".into());
        names.extend(more.iter().cloned());
        names.retain(|n| n != "PATH");
        names.sort();
        names.dedup();
        command.args(["exec", "-w", &cwd.to_string_lossy()]);
        if let Some(path) = self.services.container_path(&self.paths) {
            command.args(["-e", &format!("PATH={path}")]);
        }
        for name in &names {
            command.args(["-e", name]);
        }
        command.arg(id);
        command
    }

    /// The step's shell: its own `shell:`, else the job's
    /// `defaults.run.shell`, else the workflow's (`parse` checked them).
    fn shell(&self, own: Option<&str>) -> Result<Shell, String> {
        let defaults = [&self.job.defaults, &self.run.wf.defaults];
        Shell::parse(own.or_else(|| defaults.iter().find_map(|d| d.shell.as_deref())))
    }

    /// The step's working directory: `working-directory:` (the step's, or
    /// the defaults'), inside the workspace, else the workspace.
    fn working_directory(&self, script: &Script<'_>) -> Result<PathBuf, String> {
        let run = self.run;
        let Some(text) = script
            .working_directory
            .or(self.job.defaults.working_directory.as_ref())
            .or(run.wf.defaults.working_directory.as_ref())
        else {
            return Ok(self.workspace.clone());
        };
        let dir = eval::render(&text.value, script.contexts, script.status).map_err(|e| {
            run.at(
                text,
                &crate::cannot_evaluate("`working-directory`", &e.message),
            )
        })?;
        let path = self.workspace.join(&dir);
        if !path.is_dir() {
            return Err(run.at(
                text,
                &i18n::t!("workflow-working-directory-missing", dir = dir.as_str()),
            ));
        }
        Ok(path)
    }

    /// The step's `PATH`: what steps added to `$GITHUB_PATH` (newest
    /// first), then the step's, the request's or the host's.
    pub(super) fn step_path(&self, env: &BTreeMap<String, String>) -> String {
        let run = self.run;
        let mut path = String::new();
        for added in self.paths.iter().rev() {
            path.push_str(added);
            path.push(':');
        }
        path.push_str(
            env.get("PATH")
                .or(run.req.env.get("PATH"))
                .unwrap_or(&run.host_path),
        );
        path
    }

    /// The command for `program` with the step's environment: the host's
    /// without runner variables, the request's, the step's, its `PATH`,
    /// then the standard variables.
    pub(super) fn command(
        &self,
        program: &Path,
        path: String,
        env: &BTreeMap<String, String>,
        files: &FileCommands,
    ) -> Command {
        let run = self.run;
        let mut command = Command::new(program);
        for key in &run.hidden_host_vars {
            command.env_remove(key);
        }
        command.envs(&run.req.env);
        command.envs(env);
        command.env("PATH", path);
        command.envs(self.github_variables(files));
        if let Some(action_path) = &self.action_path {
            command.env("GITHUB_ACTION_PATH", action_path);
        }
        for key in GITHUB_CONTEXT_VARIABLES {
            let field = key.trim_start_matches("GITHUB_").to_lowercase();
            if let Some(value) = run.github.get(&field).and_then(Value::as_str) {
                command.env(key, value);
            }
        }
        command
    }

    /// The default variables GitHub sets for every step.
    pub(super) fn github_variables(&self, files: &FileCommands) -> [(&'static str, String); 21] {
        let run = self.run;
        let req = run.req;
        let text = |p: &Path| p.to_string_lossy().into_owned();
        [
            ("CI", "true".to_string()),
            ("GITHUB_ACTIONS", "true".into()),
            ("GITHUB_SHA", req.sha.clone()),
            ("GITHUB_REF", run.git_ref.clone()),
            ("GITHUB_EVENT_NAME", req.event.name().into()),
            ("GITHUB_WORKSPACE", text(&self.workspace)),
            ("GITHUB_RUN_ID", req.run_id.to_string()),
            ("GITHUB_RUN_NUMBER", req.run_number.to_string()),
            ("GITHUB_RUN_ATTEMPT", "1".into()),
            ("GITHUB_ACTOR", req.actor.clone()),
            ("GITHUB_TRIGGERING_ACTOR", req.actor.clone()),
            ("GITHUB_REPOSITORY", req.repository.clone()),
            ("GITHUB_JOB", self.job.github_job().to_string()),
            ("GITHUB_OUTPUT", text(&files.output)),
            ("GITHUB_ENV", text(&files.env)),
            ("GITHUB_PATH", text(&files.path)),
            ("GITHUB_STEP_SUMMARY", text(&files.summary)),
            ("GITHUB_EVENT_PATH", text(&req.work_root.join("event.json"))),
            ("RUNNER_TEMP", text(&self.temp)),
            ("RUNNER_OS", "Linux".into()),
            ("RUNNER_ARCH", runner_arch().into()),
        ]
    }

    /// Reads the step's file commands: its outputs, and whether one of the
    /// files was malformed (which fails the step). `$GITHUB_ENV` and
    /// `$GITHUB_PATH` go to the job, for the next steps.
    pub(super) fn apply_file_commands(
        &mut self,
        files: &FileCommands,
        number: usize,
    ) -> (BTreeMap<String, String>, bool) {
        let run = self.run;
        let job_id = self.job.id.as_str();
        let mut broken = false;
        let mut read = |f: &Path, what: &str| -> Vec<(String, String)> {
            let text = fs::read_to_string(f).unwrap_or_default();
            match step::parse_file_commands(&text) {
                Ok(pairs) => pairs,
                Err(message) => {
                    run.log(job_id, number, &format!("{what}: {message}"));
                    broken = true;
                    Vec::new()
                }
            }
        };
        let outputs = read(&files.output, "$GITHUB_OUTPUT").into_iter().collect();
        for (k, v) in read(&files.env, "$GITHUB_ENV") {
            if k.starts_with("GITHUB_") || k.starts_with("RUNNER_") {
                run.log(
                    job_id,
                    number,
                    &i18n::t!("workflow-github-env-reserved", name = k.as_str()),
                );
                continue;
            }
            self.file_env.insert(k, v);
        }
        let paths = fs::read_to_string(&files.path).unwrap_or_default();
        self.paths.extend(
            paths
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from),
        );
        (outputs, broken)
    }

    /// The step's outcome from how its process ended (logging why it
    /// failed), and whether the job's time ran out. `step_minutes` is the
    /// step's own `timeout-minutes` when it comes before the job's.
    pub(super) fn exit_outcome(
        &self,
        number: usize,
        exit: Exit,
        broken: bool,
        step_minutes: Option<f64>,
    ) -> (JobResult, bool) {
        let log = |line: &str| self.run.log(&self.job.id, number, line);
        match exit {
            Exit::Code(0) if !broken => (JobResult::Success, false),
            Exit::Code(0) => (JobResult::Failure, false),
            Exit::Code(code) => {
                log(&format!("Error: Process completed with exit code {code}."));
                (JobResult::Failure, false)
            }
            Exit::Signal(signal) => {
                log(&format!("Error: Process was killed by signal {signal}."));
                (JobResult::Failure, false)
            }
            Exit::TimedOut => match step_minutes {
                Some(minutes) => {
                    log(&i18n::t!(
                        "workflow-step-timed-out",
                        minutes = minutes.to_string()
                    ));
                    (JobResult::Failure, false)
                }
                None => {
                    log(&i18n::t!(
                        "workflow-job-timed-out",
                        minutes = self.minutes.to_string()
                    ));
                    (JobResult::Failure, true)
                }
            },
        }
    }
}

impl Run<'_> {
    /// One line of a step's output: a workflow command is applied (or
    /// shown in GitHub's words), anything else is logged as is.
    pub(super) fn output_line(&self, job_id: &str, number: usize, line: String) {
        match workflow_command(&line) {
            Some(("add-mask", value)) => self.add_mask(value.trim()),
            Some(("debug" | "endgroup", _)) => {}
            Some(("error", message)) => self.log(job_id, number, &format!("Error: {message}")),
            Some(("warning", message)) => self.log(job_id, number, &format!("Warning: {message}")),
            Some(("notice", message)) => self.log(job_id, number, &format!("Notice: {message}")),
            Some(("group", title)) => self.log(job_id, number, title),
            _ => self.log(job_id, number, &line),
        }
    }
}

/// A workflow command in a log line: `::name params::value` gives
/// `(name, value)` (parameters such as `file=` are dropped).
fn workflow_command(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix("::")?;
    let (head, value) = rest.split_once("::")?;
    let name = head.split_whitespace().next()?;
    Some((name, value))
}

/// Writes `bytes` over the file's old content, then cuts it to length.
///
/// Not `fs::write`: on ext4, truncating a file to zero and rewriting it
/// makes closing it wait for the disk ("replace via truncate"), which
/// would cost every step a few milliseconds.
fn overwrite(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        // The script holds the step's expanded `${{ secrets.* }}`.
        .mode(0o600)
        .open(path)?;
    file.write_all(bytes)?;
    file.set_len(bytes.len() as u64)
}

/// Where `program` is: the first file of that name in a folder of `path`,
/// None when it is not installed. A program given as a path is taken as
/// is (a relative one is relative to the step's working directory).
pub(super) fn resolve(program: &str, path: &str) -> Option<PathBuf> {
    if program.contains('/') {
        return Some(PathBuf::from(program));
    }
    std::env::split_paths(path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::time::{Duration, Instant};

    use super::super::testing::run;
    use super::workflow_command;
    use crate::JobResult;

    #[test]
    fn env_precedence_and_github_env() {
        let src = r#"on: push
env:
  A: workflow
  B: workflow
  C: workflow
  FROM_FILE: workflow
jobs:
  j:
    runs-on: x
    env:
      B: job
      C: job
    steps:
      - env:
          C: step
        run: |
          echo "$A $B $C ${{ env.C }} ${{ vars.REGION }}"
          echo "NEW=from file" >> "$GITHUB_ENV"
          echo "FROM_FILE=file" >> "$GITHUB_ENV"
          { echo "MULTI<<X"; echo "m1"; echo "m2"; echo "X"; } >> "$GITHUB_ENV"
          echo "NEW before: ${NEW:-unset}"
      - run: |
          echo "$NEW / ${{ env.NEW }} / $FROM_FILE / $C"
          echo "$MULTI" | tr '\n' ' '; echo
          echo "$CI $GITHUB_ACTIONS $GITHUB_REF_NAME $GITHUB_EVENT_NAME $GITHUB_RUN_ID $GITHUB_RUN_NUMBER $GITHUB_ACTOR $GITHUB_REPOSITORY $RUNNER_OS"
          test "$GITHUB_WORKSPACE" = "$PWD"
          test -d "$RUNNER_TEMP"
"#;
        let ran = run(src);
        assert_eq!(
            ran.logs("j"),
            [
                "workflow job step step eu",
                "NEW before: unset",
                "from file / from file / workflow / job",
                "m1 m2 ",
                "true true main push 7 3 learner acme/app Linux",
            ]
        );
        assert_eq!(ran.result("j"), JobResult::Success);
    }

    #[test]
    fn github_path_is_used_by_later_steps() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - run: |
          mkdir -p "$RUNNER_TEMP/bin"
          printf '#!/bin/sh\necho tool ran\n' > "$RUNNER_TEMP/bin/mytool"
          chmod +x "$RUNNER_TEMP/bin/mytool"
          echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
      - run: mytool
"#;
        assert_eq!(run(src).logs("j"), ["tool ran"]);
    }

    #[test]
    fn step_timeout_kills_background_children() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - timeout-minutes: 0.01
        run: |
          sleep 60 &
          echo "$!" > "$RUNNER_TEMP/child"
          wait
      - if: always()
        run: cat "$RUNNER_TEMP/child"
"#;
        let start = Instant::now();
        let ran = run(src);
        assert!(start.elapsed() < Duration::from_secs(10));
        let logs = ran.logs("j");
        assert_eq!(
            logs[0],
            "Error: The step exceeded its timeout-minutes (0.01) and was stopped."
        );
        let pid: i32 = logs[1].parse().unwrap();
        std::thread::sleep(Duration::from_millis(200));
        let stat = fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        assert!(
            stat.is_empty() || stat.contains(") Z"),
            "sleep {pid} survived: {stat}"
        );
        assert_eq!(ran.result("j"), JobResult::Failure);
    }

    #[test]
    fn workflow_commands_in_the_log() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - run: |
          echo "::error file=app.js,line=1::missing semicolon"
          echo "::warning::deprecated"
          echo "::debug::hidden"
          echo "::group::Install"
          echo inside
          echo "::endgroup::"
          echo ":: not a command"
"#;
        assert_eq!(
            run(src).logs("j"),
            [
                "Error: missing semicolon",
                "Warning: deprecated",
                "Install",
                "inside",
                ":: not a command"
            ]
        );
    }

    #[test]
    fn workflow_command_parameters_are_dropped() {
        assert_eq!(
            workflow_command("::error file=a.js,line=1::boom"),
            Some(("error", "boom"))
        );
        assert_eq!(workflow_command(":: not a command"), None);
        assert_eq!(workflow_command("::add-mask::"), Some(("add-mask", "")));
    }

    #[test]
    fn shells() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - shell: sh
        run: echo "sh $0" | sed 's/ .*\// /'
      - shell: python
        run: print("py", 1 + 1)
      - shell: bash -c "cat {0}"
        run: custom
      - shell: Bash
        run: echo "$0" | sed 's/.*\.//'
"#;
        let ran = run(src);
        let logs = ran.logs("j");
        assert!(logs[0].starts_with("sh "), "{logs:?}");
        assert_eq!(logs[1], "py 2");
        assert_eq!(logs[2], "custom");
        assert_eq!(logs[3], "sh");
        assert_eq!(ran.result("j"), JobResult::Success);
    }

    #[test]
    fn pipefail_only_with_an_explicit_bash() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - id: default
        continue-on-error: true
        run: |
          false | true
          case $- in *e*) echo "errexit on";; esac
          set -o | grep pipefail
      - id: bash
        continue-on-error: true
        shell: bash
        run: false | true
      - id: sh
        continue-on-error: true
        shell: sh
        run: false | true
      - id: errexit
        continue-on-error: true
        run: |
          false
          echo not reached
"#;
        let ran = run(src);
        let outcomes: Vec<JobResult> = ran.job("j").steps.iter().map(|s| s.outcome).collect();
        use JobResult::*;
        assert_eq!(outcomes, [Success, Failure, Success, Failure]);
        assert_eq!(
            ran.logs("j"),
            [
                "errexit on",
                "pipefail       \toff",
                "Error: Process completed with exit code 1.",
                "Error: Process completed with exit code 1.",
            ]
        );
    }

    #[test]
    fn defaults_run_shell_applies_when_the_step_has_none() {
        let src = r#"on: push
defaults:
  run:
    shell: bash
jobs:
  j:
    runs-on: x
    steps:
      - run: false | true
  k:
    runs-on: x
    defaults:
      run:
        shell: sh
    steps:
      - run: false | true
      - shell: bash
        run: false | true
"#;
        let ran = run(src);
        assert_eq!(ran.result("j"), JobResult::Failure);
        let outcomes: Vec<JobResult> = ran.job("k").steps.iter().map(|s| s.outcome).collect();
        assert_eq!(outcomes, [JobResult::Success, JobResult::Failure]);
    }

    #[test]
    fn a_missing_shell_fails_the_step_and_names_it() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - shell: pwsh
        env:
          PATH: /nonexistent
        run: Write-Output hi
      - if: always()
        run: echo next step runs
"#;
        let ran = run(src);
        let outcomes: Vec<JobResult> = ran.job("j").steps.iter().map(|s| s.outcome).collect();
        assert_eq!(outcomes, [JobResult::Failure, JobResult::Success]);
        assert_eq!(
            ran.logs("j"),
            [
                "cannot run the step: its shell \"pwsh\" is not installed here (pwsh not found on PATH); install it or choose another `shell:`",
                "next step runs",
            ]
        );
        assert_eq!(ran.result("j"), JobResult::Failure);
    }
}
