//! One process of an action (`node`, `docker`) run as a step's script
//! is: the step's environment and `GITHUB_*` variables, its output lines
//! read for workflow commands, its file commands applied when it ends,
//! and `$GITHUB_STATE` read for the action's `post` (`STATE_*`).

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use super::super::job::{JobRun, StepRun};
use super::super::script::FileCommands;

use crate::step;

/// A process to run for a step.
pub(super) struct Process<'p> {
    pub(super) program: PathBuf,
    pub(super) args: Vec<String>,
    pub(super) cwd: PathBuf,
    /// The step's environment.
    pub(super) env: &'p BTreeMap<String, String>,
    /// More variables, over the standard ones (`INPUT_*`, `STATE_*`).
    pub(super) extra: Vec<(String, String)>,
    pub(super) number: usize,
}

/// How an action's process ended, and the state it saved.
pub(super) struct Ended {
    pub(super) step: StepRun,
    pub(super) state: Vec<(String, String)>,
}

impl JobRun<'_, '_> {
    /// Runs `p` to its end on the host; `Err` only when it cannot start.
    pub(super) fn run_process(
        &mut self,
        p: Process<'_>,
        adjust: impl FnOnce(&[(&'static str, String)], &mut std::process::Command),
    ) -> Result<Ended, String> {
        self.run_process_where(p, false, adjust)
    }

    /// Runs `p` to its end, in the job container when `in_container` (and
    /// the job has one: `docker exec`, as a `run:` step, with the same
    /// variables by name), else on the host.
    pub(super) fn run_process_where(
        &mut self,
        p: Process<'_>,
        in_container: bool,
        adjust: impl FnOnce(&[(&'static str, String)], &mut std::process::Command),
    ) -> Result<Ended, String> {
        let path = self.step_path(p.env);
        let n = self.next_process();
        let files = FileCommands::new(&self.dir, n);
        let state_file = self.dir.join(format!("save_state_{n}"));
        let container = self
            .services
            .job_container()
            .filter(|_| in_container)
            .map(|(id, docker)| (id.to_string(), docker.clone()));
        let mut command = match &container {
            Some((id, docker)) => {
                let mut names = vec!["GITHUB_STATE".to_string()];
                names.extend(p.extra.iter().map(|(k, _)| k.clone()));
                let mut command =
                    self.container_exec(docker, id, path, p.env, &files, &p.cwd, &names);
                command.arg(&p.program);
                command
            }
            None => self.command(&p.program, path, p.env, &files),
        };
        command
            .env("GITHUB_STATE", &state_file)
            .envs(p.extra)
            .args(&p.args)
            .current_dir(&p.cwd);
        let mut variables = self.github_variables(&files).to_vec();
        variables.push(("GITHUB_STATE", state_file.to_string_lossy().into_owned()));
        adjust(&variables, &mut command);
        let run = self.run;
        let job_id = self.job.id.clone();
        let number = p.number;
        let mut on_line = |line: String| run.output_line(&job_id, number, line);
        let step_first = self.step_deadline.is_some_and(|d| d < self.deadline);
        let deadline = match self.step_deadline {
            Some(d) if step_first => d,
            _ => self.deadline,
        };
        let exit = step::run(command, Some(deadline), &self.cancel, &mut on_line).map_err(|e| {
            i18n::t!(
                "workflow-cannot-start-program",
                program = p.program.display().to_string(),
                error = e.to_string()
            )
        })?;
        let (outputs, broken) = self.apply_file_commands(&files, number);
        let state =
            match step::parse_file_commands(&fs::read_to_string(&state_file).unwrap_or_default()) {
                Ok(pairs) => pairs,
                Err(message) => {
                    self.run
                        .log(&self.job.id, number, &format!("$GITHUB_STATE: {message}"));
                    Vec::new()
                }
            };
        let step_minutes = self.step_minutes.filter(|_| step_first);
        let (outcome, job_timed_out) = self.exit_outcome(number, exit, broken, step_minutes);
        Ok(Ended {
            step: StepRun {
                outcome,
                outputs,
                job_timed_out,
            },
            state,
        })
    }
}

/// `INPUT_<NAME>` as the runner names them (`Handler.AddInputsToEnvironment`:
/// spaces become `_`, upper case).
pub(super) fn input_variables(inputs: &BTreeMap<String, String>) -> Vec<(String, String)> {
    inputs
        .iter()
        .map(|(k, v)| {
            (
                format!("INPUT_{}", k.replace(' ', "_").to_uppercase()),
                v.clone(),
            )
        })
        .collect()
}
