//! The `pipeline` verb: run one GitHub Actions workflow locally, offline
//! (like `act`), and show what happened.
//!
//! Exit status: 0 when the run's conclusion is success, 1 when it failed,
//! 2 when nothing could run (an invalid workflow, bad inputs, a workflow the
//! event does not trigger, …).
//!
//! Human output streams as the run goes (`ui::pipeline`): warnings first (on
//! stderr), then each job with its steps and their log lines, each job's
//! result and the conclusion. `--format json` prints one JSON object at the
//! end instead (each job with its `environment` and `approval`, and the
//! `artifacts` the run uploaded: name, files, size).
//!
//! # Events
//! `--event` and its flags build the event (`event.rs`); the workflow's
//! `on:` filters then decide whether it runs, against the files HEAD's
//! commit changed in a git repository, or `--changed-file`. Not triggered,
//! the verb names the filter that stopped it (`ci.yml:5:7: not triggered:
//! branch "dev" does not match on.push.branches ["main"]`). `--list` shows
//! the triggers and jobs; `--dry-run` shows which jobs the event would run
//! and why the others would be skipped, runs nothing and creates nothing
//! (exit 0, or 1 when the workflow would not be triggered).
//!
//! A matrix job shows each combination as a job of its own
//! (`job build (ubuntu, 18)`), in the matrix's order; `--format json` lists
//! them under the job's `combinations`. The `run-name:`, if any, comes
//! first (and as `run_name` in JSON).
//!
//! `secrets.GITHUB_TOKEN` is a masked placeholder made for each run, not a
//! token: devpath calls no GitHub API (`--secret GITHUB_TOKEN=…` replaces
//! it).
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
use crate::cli::{Format, GlobalArgs, PipelineArgs};
use workflow::{self, JobResult, RunRequest, Workflow, WorkflowError};

mod dotenv;
mod environments;
mod event;
mod local_repo;
mod vars;

use super::VerbResult;
use crate::scenario::processes::ProcessWatch;
use crate::ui::out::outln;
use crate::ui::pipeline::{PlanView, Reporter, diagnostic_line, list_lines, plan_lines};
use crate::ui::prompt::CliApprover;
use crate::ui::style::{Stream, Styles};
use dotenv::{key_values, parse_dotenv};
use environments::{approval_answers, load_environments};
use event::{Simulated, simulate};
use local_repo::{changed_files, commit_info, commit_sha, copy_files, git_files, repository_root};

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
    let invalid = |file: String, diagnostics: Vec<workflow::Diagnostic>| -> VerbResult {
        if json {
            let value = serde_json::json!({ "conclusion": null, "errors": diagnostics });
            outln!("{value}")?;
        } else {
            let mut err = std::io::stderr().lock();
            for d in &diagnostics {
                let _ = writeln!(err, "{}", diagnostic_line(d, &err_styles));
            }
        }
        Err(WorkflowError::Invalid { file, diagnostics }.into())
    };
    let parsed = match workflow::parse_workflow(&display, &source) {
        Ok(parsed) => parsed,
        Err(WorkflowError::Invalid { file, diagnostics }) => return invalid(file, diagnostics),
        Err(e) => return Err(e.into()),
    };
    let wf = &parsed.workflow;
    if args.list {
        return list(wf, json);
    }

    let workflow_path = std::path::absolute(&args.workflow).map_err(|source| Error::Io {
        action: "find",
        path: args.workflow.clone(),
        source,
    })?;
    let repo_root = match &args.repo {
        Some(repo) => std::path::absolute(repo).map_err(|source| Error::Io {
            action: "find",
            path: repo.clone(),
            source,
        })?,
        None => repository_root(&workflow_path),
    };
    if !repo_root.is_dir() {
        return Err(Error::Usage(i18n::t!(
            "pipeline-no-repo",
            path = repo_root.display().to_string()
        )));
    }
    let calls = workflow::check_calls(wf, &repo_root);
    if !calls.is_empty() {
        return invalid(display, calls);
    }
    let actions_dir = match &args.actions_dir {
        Some(dir) if dir.is_dir() => {
            Some(std::path::absolute(dir).map_err(|source| Error::Io {
                action: "find",
                path: dir.clone(),
                source,
            })?)
        }
        Some(dir) => {
            return Err(Error::Usage(i18n::t!(
                "pipeline-no-actions-dir",
                path = dir.display().to_string()
            )));
        }
        None => None,
    };
    let commit = commit_info(&repo_root);
    let Simulated { event, payload } = simulate(args, wf, &repo_root, commit.as_ref())?;
    let changed = if args.changed_files.is_empty() {
        changed_files(&repo_root)
    } else {
        Some(args.changed_files.clone())
    };
    let notes = match wf.trigger(&event, changed.as_deref()) {
        Ok(notes) => notes,
        Err(stopped) if args.dry_run => {
            let plan = PlanView {
                event: &event,
                stopped: Some(&stopped),
                notes: &[],
                plan: None,
            };
            print_plan(&plan, json, &out_styles)?;
            return Ok(ExitCode::from(1));
        }
        Err(stopped) if json => {
            let value = serde_json::json!({ "conclusion": null, "not_triggered": stopped });
            outln!("{value}")?;
            return Ok(ExitCode::from(2));
        }
        Err(stopped) => return Err(Error::Usage(stopped.to_string())),
    };

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

    let repository = format!(
        "local/{}",
        repo_root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "repo".into())
    );
    let mut request = RunRequest {
        event,
        event_payload: payload,
        sha: commit_sha(&repo_root, &source),
        checkout_from: repo_root.clone(),
        git_repository: repo_root.join(".git").exists().then(|| repo_root.clone()),
        // Replaced by a temporary folder before a real run; a dry run
        // creates nothing.
        work_root: std::env::temp_dir().join("devpath-dry-run"),
        secrets,
        vars,
        env: BTreeMap::new(),
        run_id: 1,
        run_number: 1,
        actor: std::env::var("USER").unwrap_or_else(|_| "devpath".into()),
        repository,
        environments,
        approver: Some(Arc::new(CliApprover::new(answers))),
        concurrency: Default::default(),
        actions_dir,
        cache_dir: None,
        max_jobs: args.jobs,
    };
    if args.dry_run {
        let plan = workflow::plan(wf, &request)?;
        let mut warnings = parsed.warnings.clone();
        warnings.extend(notes.iter().cloned());
        warnings.sort_by_key(|d| (d.line, d.col));
        if !json {
            let mut err = std::io::stderr().lock();
            for d in &warnings {
                let _ = writeln!(err, "{}", diagnostic_line(d, &err_styles));
            }
        }
        let view = PlanView {
            event: &request.event,
            stopped: None,
            notes: &warnings,
            plan: Some(&plan),
        };
        print_plan(&view, json, &out_styles)?;
        return Ok(ExitCode::SUCCESS);
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
    request.work_root = work.path().join("run");
    // Kept until the run ends: the registry vars.REGISTRY names, when
    // devpath started it. A dry run starts nothing, so it comes here.
    let filled = {
        let scoped: Vec<_> = request.environments.iter().map(|e| &e.vars).collect();
        vars::fill_in(
            &display,
            &source,
            &mut request.vars,
            &scoped,
            global.registry.as_deref(),
            &work.path().join("registry"),
        )?
    };
    {
        let mut err = std::io::stderr().lock();
        for (note, &warning) in filled.notes.iter().zip(&filled.warned) {
            let (label, style) = if warning {
                (i18n::t!("pipeline-warning"), err_styles.warning)
            } else {
                (i18n::t!("pipeline-note"), err_styles.dim)
            };
            let _ = writeln!(err, "{} {note}", label.style(style));
        }
    }
    // In a git repository, check out what a push would carry (tracked and
    // not-ignored files), not build folders such as target/ or node_modules/.
    if let Some(files) = git_files(&repo_root) {
        let snapshot = work.path().join("source");
        copy_files(&repo_root, &snapshot, &files).map_err(|source| Error::Io {
            action: "copy the repository files into",
            path: snapshot.clone(),
            source,
        })?;
        request.checkout_from = snapshot;
    }
    // Whatever the steps start, even with `setsid`, ends with the run.
    let processes = ProcessWatch::start(engine::RunLabel::generate().run_id(), &BTreeMap::new());
    request.env.extend([processes.marker()]);

    let mut warnings = parsed.warnings.clone();
    warnings.extend(notes);
    warnings.sort_by_key(|d| (d.line, d.col));
    if !json {
        let mut err = std::io::stderr().lock();
        for d in &warnings {
            let _ = writeln!(err, "{}", diagnostic_line(d, &err_styles));
        }
    }
    let order: Vec<String> = wf.job_order().into_iter().map(String::from).collect();
    let reporter = Reporter::new(order, out_styles, err_styles, json);
    // Ctrl-C cancels the run, so that step processes (each in its own
    // process group, out of reach of the terminal's SIGINT) are stopped and
    // the temporary folder is removed.
    let guard = crate::signal::guard_run();
    let cancel = guard.cancel.clone();
    let report =
        workflow::execute_cancellable(wf, &request, &cancel, &|event| reporter.event(event))?;
    let runtime_warnings = reporter.finish();

    if json {
        warnings.extend(runtime_warnings);
        let value = serde_json::json!({
            "workflow": report.workflow,
            "name": report.name,
            "run_name": report.run_name,
            "event": report.event,
            "conclusion": report.conclusion,
            "jobs": report.jobs,
            "artifacts": report.artifacts,
            "warnings": warnings,
        });
        outln!("{value}")?;
    } else {
        let s = out_styles;
        outln!(
            "{}",
            i18n::t!(
                "pipeline-conclusion",
                conclusion = report
                    .conclusion
                    .style(s.result(report.conclusion))
                    .to_string()
            )
        )?;
    }
    drop(processes);
    // Tags under devpath's own registry name images in a registry that
    // stops with the run: they are the run's, and go with it. What the
    // workflow tagged otherwise (or pushed to a `--var REGISTRY`) is the
    // user's.
    if let Some(registry) = &filled.registry {
        remove_run_tags(&format!("{}/", registry.addr()));
    }
    drop(filled);
    drop(work);
    Ok(if report.conclusion == JobResult::Success {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Removes the local image tags under `prefix` (`127.0.0.1:PORT/`), once
/// no build of another run uses their layers as cache.
fn remove_run_tags(prefix: &str) {
    let _images = crate::scenario::image_lock::exclusive();
    if let Ok(engine) = engine::Engine::connect() {
        let _ = engine.remove_images_under(prefix);
    }
}

/// `--list`: the jobs, their needs and the triggers.
fn list(wf: &Workflow, json: bool) -> VerbResult {
    if json {
        let jobs: Vec<serde_json::Value> = wf
            .job_order()
            .into_iter()
            .map(|id| serde_json::json!({ "id": id, "needs": wf.job_needs(id) }))
            .collect();
        let value = serde_json::json!({
            "workflow": wf.file(),
            "name": wf.name(),
            "triggers": wf.triggers(),
            "jobs": jobs,
        });
        outln!("{value}")?;
    } else {
        for line in list_lines(wf) {
            outln!("{line}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `--dry-run`: the plan, or what stopped the trigger.
fn print_plan(view: &PlanView<'_>, json: bool, styles: &Styles) -> Result<(), Error> {
    if json {
        let value = serde_json::json!({
            "event": view.event,
            "triggered": view.stopped.is_none(),
            "not_triggered": view.stopped,
            "jobs": view.plan.map(|p| &p.jobs),
            "warnings": view.notes,
        });
        outln!("{value}")?;
    } else {
        for line in plan_lines(view, styles) {
            outln!("{line}")?;
        }
    }
    Ok(())
}
