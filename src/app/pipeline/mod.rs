//! The `pipeline` verb: run one GitHub Actions workflow locally, offline
//! (like `act`), and show what happened.
//!
//! Exit status: 0 when the run's conclusion is success, 1 when it failed,
//! 2 when nothing could run (an invalid workflow, bad inputs, …).
//!
//! Human output streams as the run goes (`ui::pipeline`): warnings first (on
//! stderr), then each job with its steps and their log lines, each job's
//! result and the conclusion. `--format json` prints one JSON object at the
//! end instead (each job with its `environment` and `approval`).
//!
//! # Environments
//! `--environments FILE` declares deployment environments in TOML, as a
//! repository's settings would on GitHub:
//!
//! ```toml
//! [environments.production]
//! reviewers = ["lead"]          # required reviewers
//! wait_timer_seconds = 0
//! [environments.production.vars]
//! APP_PORT = "8081"
//! [environments.production.secrets]
//! TOKEN = "..."
//! ```
//!
//! A job deploying to an environment with reviewers waits for an answer:
//! `--approve ENV` / `--reject ENV`, else a question on the terminal, else
//! (stdin is not a terminal) a rejection.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

use owo_colors::OwoColorize;

use crate::Error;
use crate::cli::{EventName, Format, GlobalArgs, PipelineArgs};
use workflow::{self, Event, JobResult, RunRequest, WorkflowError};

mod dotenv;
mod environments;
mod local_repo;

use super::VerbResult;
use crate::scenario::processes::ProcessWatch;
use crate::ui::out::outln;
use crate::ui::pipeline::{Reporter, diagnostic_line};
use crate::ui::prompt::CliApprover;
use crate::ui::style::{Stream, Styles};
use dotenv::{key_values, parse_dotenv};
use environments::{approval_answers, load_environments};
use local_repo::{commit_sha, copy_files, git_files, repository_root};

/// Runs the verb.
pub(crate) fn run(args: &PipelineArgs, global: &GlobalArgs) -> VerbResult {
    let environments = match &args.environments {
        Some(file) => load_environments(file)?,
        None => Vec::new(),
    };
    let answers = approval_answers(args, &environments)?;
    let json = args.format.format == Format::Json;
    let out_styles = Styles::new(global.color, Stream::Stdout);
    let err_styles = Styles::new(global.color, Stream::Stderr);

    let display = args.workflow.display().to_string();
    let source = std::fs::read_to_string(&args.workflow).map_err(|source| WorkflowError::Read {
        path: args.workflow.clone(),
        source,
    })?;
    let parsed = match workflow::parse_workflow(&display, &source) {
        Ok(parsed) => parsed,
        Err(WorkflowError::Invalid { file, diagnostics }) => {
            if json {
                let value = serde_json::json!({ "conclusion": null, "errors": diagnostics });
                outln!("{value}")?;
            } else {
                let mut err = std::io::stderr().lock();
                for d in &diagnostics {
                    let _ = writeln!(err, "{}", diagnostic_line(d, &err_styles));
                }
            }
            return Err(WorkflowError::Invalid { file, diagnostics }.into());
        }
        Err(e) => return Err(e.into()),
    };
    let wf = &parsed.workflow;

    let event = match args.event {
        EventName::Push => Event::Push {
            git_ref: "refs/heads/main".into(),
        },
        EventName::WorkflowDispatch => Event::WorkflowDispatch {
            inputs: key_values(&args.inputs, "--input")?,
        },
    };
    if !wf.is_triggered_by(&event) {
        let what = match &event {
            Event::Push { git_ref } => format!("a push to {git_ref}"),
            Event::WorkflowDispatch { .. } => "workflow_dispatch".into(),
        };
        return Err(Error::Usage(format!(
            "{display} is not triggered by {what}: check its `on:` or pass --event {}",
            match event {
                Event::Push { .. } => "workflow_dispatch",
                Event::WorkflowDispatch { .. } => "push",
            }
        )));
    }

    let mut secrets = BTreeMap::new();
    if let Some(file) = &args.secret_file {
        let text = std::fs::read_to_string(file).map_err(|source| Error::Io {
            action: "read the secret file",
            path: file.clone(),
            source,
        })?;
        secrets.extend(parse_dotenv(&text).map_err(|(line, message)| {
            Error::Usage(format!("{}:{line}: {message}", file.display()))
        })?);
    }
    secrets.extend(key_values(&args.secrets, "--secret")?);
    let vars = key_values(&args.vars, "--var")?;

    let workflow_path = std::path::absolute(&args.workflow).map_err(|source| Error::Io {
        action: "find",
        path: args.workflow.clone(),
        source,
    })?;
    let checkout_from = match &args.repo {
        Some(repo) => std::path::absolute(repo).map_err(|source| Error::Io {
            action: "find",
            path: repo.clone(),
            source,
        })?,
        None => repository_root(&workflow_path),
    };
    if !checkout_from.is_dir() {
        return Err(Error::Usage(format!(
            "--repo {}: no such folder",
            checkout_from.display()
        )));
    }
    let work = tempfile::Builder::new()
        .prefix("devpath-pipeline-")
        // Private to the user: step scripts and env files under it may hold
        // secrets.
        .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700))
        .tempdir()
        .map_err(|source| Error::Io {
            action: "create a temporary folder in",
            path: std::env::temp_dir(),
            source,
        })?;
    let repository = format!(
        "local/{}",
        checkout_from
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "repo".into())
    );
    let sha = commit_sha(&checkout_from, &source);
    // In a git repository, check out what a push would carry (tracked and
    // not-ignored files), not build folders such as target/ or node_modules/.
    let checkout_from = match git_files(&checkout_from) {
        Some(files) => {
            let snapshot = work.path().join("source");
            copy_files(&checkout_from, &snapshot, &files).map_err(|source| Error::Io {
                action: "copy the repository files into",
                path: snapshot.clone(),
                source,
            })?;
            snapshot
        }
        None => checkout_from,
    };
    // Whatever the steps start, even with `setsid`, ends with the run.
    let processes = ProcessWatch::start(engine::RunLabel::generate().run_id(), &BTreeMap::new());
    let request = RunRequest {
        event,
        sha,
        checkout_from,
        work_root: work.path().join("run"),
        secrets,
        vars,
        env: BTreeMap::from([processes.marker()]),
        run_id: 1,
        run_number: 1,
        actor: std::env::var("USER").unwrap_or_else(|_| "devpath".into()),
        repository,
        environments,
        approver: Some(Arc::new(CliApprover::new(answers))),
        concurrency: Default::default(),
    };

    if !json {
        let mut err = std::io::stderr().lock();
        for d in &parsed.warnings {
            let _ = writeln!(err, "{}", diagnostic_line(d, &err_styles));
        }
    }
    let order: Vec<String> = wf.job_order().into_iter().map(String::from).collect();
    let reporter = Reporter::new(order, out_styles, err_styles, json);
    // Ctrl-C cancels the run, so that step processes (each in its own
    // process group, out of reach of the terminal's SIGINT) are stopped and
    // the temporary folder is removed.
    let guard = crate::signal::guard_run();
    let report =
        workflow::execute_cancellable(wf, &request, &guard.cancel, &|event| reporter.event(event))?;
    let runtime_warnings = reporter.finish();

    if json {
        let mut warnings = parsed.warnings.clone();
        warnings.extend(runtime_warnings);
        let value = serde_json::json!({
            "workflow": report.workflow,
            "name": report.name,
            "event": report.event,
            "conclusion": report.conclusion,
            "jobs": report.jobs,
            "warnings": warnings,
        });
        outln!("{value}")?;
    } else {
        let s = out_styles;
        outln!(
            "conclusion: {}",
            report.conclusion.style(s.result(report.conclusion))
        )?;
    }
    drop(processes);
    drop(work);
    Ok(if report.conclusion == JobResult::Success {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
