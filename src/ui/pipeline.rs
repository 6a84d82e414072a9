//! The `pipeline` verb: run one GitHub Actions workflow locally, offline
//! (like `act`), and show what happened.
//!
//! Exit status: 0 when the run's conclusion is success, 1 when it failed,
//! 2 when nothing could run (an invalid workflow, bad inputs, …).
//!
//! Human output streams as the run goes: warnings first (on stderr), then
//! each job with its steps and their log lines, each job's result and the
//! conclusion. Jobs running at the same time would interleave, so the
//! reporter shows one job at a time, in dependency order, and holds the
//! lines of the others until their turn. `--format json` prints one JSON
//! object at the end instead (each job with its `environment` and
//! `approval`).
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
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use owo_colors::{OwoColorize, Style};
use sha2::{Digest, Sha256};

use crate::cli::{ColorChoice, EventName, Format, GlobalArgs, PipelineArgs};
use crate::{Error, Result};
use workflow::{
    self, ApprovalDecision, ApprovalRequest, Approver, Diagnostic, EnvironmentRules, Event,
    JobResult, RunEvent, RunRequest, Severity, WorkflowError,
};

use super::VerbResult;

/// Colours of this verb's output, one per meaning. Plain by default.
#[derive(Debug, Clone, Copy, Default)]
struct Styles {
    job: Style,
    step: Style,
    log: Style,
    success: Style,
    failure: Style,
    skipped: Style,
    warning: Style,
    error: Style,
}

impl Styles {
    fn new(choice: ColorChoice, stream_is_terminal: bool) -> Styles {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let on = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => stream_is_terminal && !no_color,
        };
        if !on {
            return Styles::default();
        }
        Styles {
            job: Style::new().bold(),
            step: Style::new().cyan(),
            log: Style::new(),
            success: Style::new().green().bold(),
            failure: Style::new().red().bold(),
            skipped: Style::new().yellow(),
            warning: Style::new().yellow().bold(),
            error: Style::new().red().bold(),
        }
    }

    fn result(&self, result: JobResult) -> Style {
        match result {
            JobResult::Success => self.success,
            JobResult::Failure | JobResult::Cancelled => self.failure,
            JobResult::Skipped => self.skipped,
        }
    }
}

/// Runs the verb.
pub(crate) fn run(args: &PipelineArgs, global: &GlobalArgs) -> VerbResult {
    let environments = match &args.environments {
        Some(file) => load_environments(file)?,
        None => Vec::new(),
    };
    let answers = approval_answers(args, &environments)?;
    let json = args.format.format == Format::Json;
    let out_styles = Styles::new(global.color, std::io::stdout().is_terminal());
    let err_styles = Styles::new(global.color, std::io::stderr().is_terminal());

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
                println!("{value}");
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
    let request = RunRequest {
        event,
        sha,
        checkout_from,
        work_root: work.path().join("run"),
        secrets,
        vars,
        env: BTreeMap::new(),
        run_id: 1,
        run_number: 1,
        actor: std::env::var("USER").unwrap_or_else(|_| "devpath".into()),
        repository,
        environments,
        approver: Some(Arc::new(CliApprover {
            answers,
            interactive: std::io::stdin().is_terminal(),
            asking: Mutex::new(()),
        })),
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
        println!("{value}");
    } else {
        let s = out_styles;
        println!(
            "conclusion: {}",
            report.conclusion.style(s.result(report.conclusion))
        );
    }
    drop(work);
    Ok(if report.conclusion == JobResult::Success {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The `--environments` file.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvironmentsFile {
    /// Environments by name.
    #[serde(default)]
    environments: BTreeMap<String, EnvironmentEntry>,
}

/// One `[environments.NAME]` table.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvironmentEntry {
    /// Required reviewers: when not empty, jobs wait for an approval.
    #[serde(default)]
    reviewers: Vec<String>,
    /// Seconds a job waits (after any approval) before it starts.
    #[serde(default)]
    wait_timer_seconds: u64,
    /// `vars.*` seen only by jobs in this environment.
    #[serde(default)]
    vars: BTreeMap<String, String>,
    /// `secrets.*` seen only by jobs in this environment.
    #[serde(default)]
    secrets: BTreeMap<String, String>,
}

/// Reads the `--environments` file; errors are `FILE:line:col: message`.
fn load_environments(file: &Path) -> Result<Vec<EnvironmentRules>> {
    let text = std::fs::read_to_string(file).map_err(|source| Error::Io {
        action: "read the environments file",
        path: file.to_path_buf(),
        source,
    })?;
    let parsed: EnvironmentsFile = course::toml_from_str(&file.display().to_string(), &text)?;
    Ok(parsed
        .environments
        .into_iter()
        .map(|(name, e)| EnvironmentRules {
            name,
            reviewers: e.reviewers,
            wait_timer_seconds: e.wait_timer_seconds,
            vars: e.vars,
            secrets: e.secrets,
        })
        .collect())
}

/// `--approve` and `--reject`: environment (lower case) → approved. Each
/// must name an environment the `--environments` file declares.
fn approval_answers(
    args: &PipelineArgs,
    environments: &[EnvironmentRules],
) -> Result<BTreeMap<String, bool>> {
    let mut answers = BTreeMap::new();
    let flags = args
        .approve
        .iter()
        .map(|e| (e, true, "--approve"))
        .chain(args.reject.iter().map(|e| (e, false, "--reject")));
    for (env, approved, flag) in flags {
        if !environments
            .iter()
            .any(|e| e.name.eq_ignore_ascii_case(env))
        {
            return Err(Error::Usage(match &args.environments {
                Some(file) => format!(
                    "{flag} {env}: \"{env}\" is not declared in {}; add an [environments.{env}] table there",
                    file.display()
                ),
                None => format!(
                    "{flag} {env}: \"{env}\" is not declared in any environments file; pass --environments FILE with an [environments.{env}] table"
                ),
            }));
        }
        if answers.insert(env.to_lowercase(), approved) == Some(!approved) {
            return Err(Error::Usage(format!(
                "--approve {env} and --reject {env} contradict each other; keep one"
            )));
        }
    }
    Ok(answers)
}

/// Answers approval requests from `--approve`/`--reject`, else by asking
/// on the terminal, else rejects.
#[derive(Debug)]
struct CliApprover {
    /// Environment (lower case) → approved.
    answers: BTreeMap<String, bool>,
    /// Whether stdin is a terminal (someone can answer).
    interactive: bool,
    /// One question at a time, when parallel jobs wait together.
    asking: Mutex<()>,
}

impl Approver for CliApprover {
    fn decide(&self, request: &ApprovalRequest) -> ApprovalDecision {
        let user = std::env::var("USER").unwrap_or_else(|_| "devpath".into());
        if let Some(&approved) = self.answers.get(&request.environment.to_lowercase()) {
            let flag = if approved { "--approve" } else { "--reject" };
            return ApprovalDecision {
                approved,
                reviewer: user,
                comment: format!("{flag} {}", request.environment),
            };
        }
        if !self.interactive {
            return ApprovalDecision {
                approved: false,
                reviewer: "nobody".into(),
                comment: "no reviewer answered (use --approve ENV)".into(),
            };
        }
        let _asking = self.asking.lock().unwrap_or_else(|p| p.into_inner());
        let question = format!(
            "Waiting for approval to deploy {} to {} (job {}). Approve? [y/N] ",
            short_sha(&request.sha),
            request.environment,
            request.job
        );
        let approved = matches!(
            ask(&question).as_deref().map(str::trim),
            Some("y" | "Y" | "yes" | "Yes" | "YES")
        );
        let reviewer = ask(&format!("Your name [{user}]: "))
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .unwrap_or(user);
        let comment = ask("Comment: ")
            .map(|s| s.trim().to_string())
            .unwrap_or_default();
        ApprovalDecision {
            approved,
            reviewer,
            comment,
        }
    }
}

/// Prints `question` on stderr and reads one line from stdin (`None` at
/// the end of input).
fn ask(question: &str) -> Option<String> {
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "{question}");
    let _ = err.flush();
    drop(err);
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(line),
    }
}

/// The first 7 characters of a commit id, as GitHub shows it.
fn short_sha(sha: &str) -> &str {
    sha.get(..7).unwrap_or(sha)
}

fn diagnostic_line(d: &Diagnostic, s: &Styles) -> String {
    let severity = match d.severity {
        Severity::Error => "error".style(s.error).to_string(),
        Severity::Warning => "warning".style(s.warning).to_string(),
    };
    format!("{}:{}:{}: {severity}: {}", d.file, d.line, d.col, d.message)
}

/// `KEY=VALUE` arguments.
fn key_values(pairs: &[String], flag: &str) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for pair in pairs {
        match pair.split_once('=') {
            Some((key, value)) if !key.is_empty() => {
                out.insert(key.to_string(), value.to_string());
            }
            _ => {
                return Err(Error::Usage(format!(
                    "{flag} {pair}: expected KEY=VALUE, e.g. {flag} NAME=value"
                )));
            }
        }
    }
    Ok(out)
}

/// A dotenv file: `KEY=VALUE` per line, `#` comments, blank lines, an
/// optional `export `; double-quoted values expand `\n`, `\"` and `\\`,
/// single-quoted values are literal. Errors name the 1-based line.
fn parse_dotenv(text: &str) -> std::result::Result<Vec<(String, String)>, (usize, String)> {
    let mut out = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line_no = index + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").map_or(line, str::trim_start);
        let Some((key, value)) = line.split_once('=') else {
            return Err((line_no, "expected KEY=VALUE".into()));
        };
        let key = key.trim();
        if key.is_empty()
            || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            || key.starts_with(|c: char| c.is_ascii_digit())
        {
            return Err((
                line_no,
                format!("invalid name \"{key}\": use letters, digits and _"),
            ));
        }
        let value = value.trim();
        let value = if let Some(rest) = value.strip_prefix('"') {
            let mut out = String::new();
            let mut chars = rest.chars();
            let mut closed = false;
            while let Some(c) = chars.next() {
                match c {
                    '"' => {
                        closed = true;
                        break;
                    }
                    '\\' => match chars.next() {
                        Some('n') => out.push('\n'),
                        Some('"') => out.push('"'),
                        Some('\\') => out.push('\\'),
                        Some(other) => {
                            out.push('\\');
                            out.push(other);
                        }
                        None => out.push('\\'),
                    },
                    c => out.push(c),
                }
            }
            let rest: String = chars.collect();
            if !closed {
                return Err((line_no, "the double-quoted value has no closing \"".into()));
            }
            if !rest.trim().is_empty() && !rest.trim_start().starts_with('#') {
                return Err((line_no, "unexpected text after the closing \"".into()));
            }
            out
        } else if let Some(rest) = value.strip_prefix('\'') {
            let Some(end) = rest.find('\'') else {
                return Err((line_no, "the single-quoted value has no closing '".into()));
            };
            let after = rest[end + 1..].trim();
            if !after.is_empty() && !after.starts_with('#') {
                return Err((line_no, "unexpected text after the closing '".into()));
            }
            rest[..end].to_string()
        } else {
            match value.find(" #") {
                Some(comment) => value[..comment].trim_end().to_string(),
                None => value.to_string(),
            }
        };
        out.push((key.to_string(), value));
    }
    Ok(out)
}

/// The folder `actions/checkout` copies: the git top level holding the
/// workflow, else the folder holding `.github`, else the workflow's folder.
fn repository_root(workflow: &Path) -> PathBuf {
    let folder = workflow.parent().unwrap_or(Path::new("/")).to_path_buf();
    if let Some(top) = folder.ancestors().find(|a| a.join(".git").exists()) {
        return top.to_path_buf();
    }
    if let Some(holder) = folder
        .ancestors()
        .find(|a| a.file_name().is_some_and(|n| n == ".github"))
        .and_then(Path::parent)
    {
        return holder.to_path_buf();
    }
    folder
}

/// The files of a git repository that a push would carry: tracked ones and
/// untracked ones that are not ignored. `None` outside a repository.
fn git_files(repo: &Path) -> Option<Vec<PathBuf>> {
    if !repo.join(".git").exists() {
        return None;
    }
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(repo)
        .args([
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    Some(
        out.stdout
            .split(|&b| b == 0)
            .filter(|p| !p.is_empty())
            .map(|p| PathBuf::from(String::from_utf8_lossy(p).into_owned()))
            .collect(),
    )
}

/// Copies the listed files (relative to `from`) into `to`.
fn copy_files(from: &Path, to: &Path, files: &[PathBuf]) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for file in files {
        let source = from.join(file);
        let target = to.join(file);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let meta = match std::fs::symlink_metadata(&source) {
            Ok(meta) => meta,
            // Listed by git but deleted in the working tree.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        if meta.file_type().is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(&source)?, &target)?;
        } else if meta.is_file() {
            std::fs::copy(&source, &target)?;
        }
    }
    Ok(())
}

/// `git rev-parse HEAD` in a repository, else a stable hash of the
/// workflow text (40 hex digits either way).
fn commit_sha(repo: &Path, source: &str) -> String {
    if repo.join(".git").exists() {
        let out = std::process::Command::new("git")
            .arg("-C")
            .arg(repo)
            .args(["rev-parse", "HEAD"])
            .stderr(std::process::Stdio::null())
            .output();
        if let Ok(out) = out {
            let sha = String::from_utf8_lossy(&out.stdout).trim().to_string();
            if out.status.success() && sha.len() == 40 {
                return sha;
            }
        }
    }
    let digest = Sha256::digest(source.as_bytes());
    hex::encode(digest)[..40].to_string()
}

/// Renders events for humans (or only collects warnings, for JSON).
struct Reporter {
    state: Mutex<ReporterState>,
    out: Styles,
    err: Styles,
    json: bool,
}

struct ReporterState {
    /// Jobs in the order they are shown.
    order: Vec<String>,
    /// Index in `order` of the job being shown live.
    head: usize,
    /// Rendered lines of jobs that are not shown yet, and whether they ended.
    held: BTreeMap<String, (Vec<String>, bool)>,
    /// Per job: the step that started but whose header is not printed yet.
    pending_step: BTreeMap<String, String>,
    /// Jobs that got `JobStarted` (their header is out or held).
    started: std::collections::BTreeSet<String>,
    warnings: Vec<Diagnostic>,
}

impl Reporter {
    fn new(order: Vec<String>, out: Styles, err: Styles, json: bool) -> Reporter {
        Reporter {
            state: Mutex::new(ReporterState {
                order,
                head: 0,
                held: BTreeMap::new(),
                pending_step: BTreeMap::new(),
                started: Default::default(),
                warnings: Vec::new(),
            }),
            out,
            err,
            json,
        }
    }

    fn event(&self, event: RunEvent) {
        let mut state = match self.state.lock() {
            Ok(state) => state,
            Err(poisoned) => poisoned.into_inner(),
        };
        if let RunEvent::Warning { diagnostic } = &event {
            if !self.json {
                eprintln!("{}", diagnostic_line(diagnostic, &self.err));
            }
            state.warnings.push(diagnostic.clone());
            return;
        }
        if self.json {
            return;
        }
        let s = &self.out;
        let (job, lines, finished) = match event {
            RunEvent::Warning { .. } => return,
            RunEvent::JobStarted { job, name } => {
                state.started.insert(job.clone());
                let title = if name == job {
                    format!("job {job}")
                } else {
                    format!("job {job} ({name})")
                };
                let line = title.style(s.job).to_string();
                (job, vec![line], false)
            }
            RunEvent::StepStarted { job, name, .. } => {
                state.pending_step.insert(job.clone(), name);
                (job, Vec::new(), false)
            }
            RunEvent::Log { job, line, .. } => {
                let mut lines = Vec::new();
                if let Some(name) = state.pending_step.remove(&job) {
                    lines.push(format!("  {} {}", "▸".style(s.step), name.style(s.step)));
                }
                lines.push(format!("      {}", line.style(s.log)));
                (job, lines, false)
            }
            RunEvent::StepFinished {
                job,
                outcome,
                conclusion,
                ..
            } => {
                let mut lines = Vec::new();
                let pending = state.pending_step.remove(&job);
                match (outcome, pending) {
                    (JobResult::Skipped, Some(name)) => lines.push(format!(
                        "  {} {}",
                        "○".style(s.skipped),
                        format!("{name} (skipped)").style(s.skipped)
                    )),
                    (_, Some(name)) => {
                        lines.push(format!("  {} {}", "▸".style(s.step), name.style(s.step)))
                    }
                    _ => {}
                }
                if outcome == JobResult::Cancelled {
                    lines.push(format!("    {} step cancelled", "✗".style(s.failure)));
                }
                if outcome == JobResult::Failure {
                    if conclusion == JobResult::Success {
                        lines.push(format!(
                            "    {} step failed; continue-on-error lets the job go on",
                            "!".style(s.warning)
                        ));
                    } else {
                        lines.push(format!("    {} step failed", "✗".style(s.failure)));
                    }
                }
                (job, lines, false)
            }
            RunEvent::ApprovalRequested {
                job,
                environment,
                sha,
            } => {
                let line = format!(
                    "  {} Waiting for approval to deploy {} to {environment}",
                    "⏸".style(s.warning),
                    short_sha(&sha)
                );
                (job, vec![line], false)
            }
            RunEvent::ApprovalDecided { job, decision, .. } => {
                let (mark, verb, style) = if decision.approved {
                    ("✓", "approved", s.success)
                } else {
                    ("✗", "rejected", s.failure)
                };
                let comment = if decision.comment.is_empty() {
                    String::new()
                } else {
                    format!(": {}", decision.comment)
                };
                let line = format!(
                    "  {} {verb} by {}{comment}",
                    mark.style(style),
                    decision.reviewer
                );
                (job, vec![line], false)
            }
            RunEvent::ConcurrencyCancelled { job, message, .. } => {
                let line = format!("  {} {message}", "✗".style(s.failure));
                match job {
                    // A job cancelled while pending never started: give it
                    // a header of its own.
                    Some(job) if !state.started.contains(&job) => {
                        let title = format!("job {job}").style(s.job).to_string();
                        (job, vec![title, line], false)
                    }
                    Some(job) => (job, vec![line], false),
                    None => {
                        let mut stdout = std::io::stdout().lock();
                        let _ = writeln!(stdout, "{}", line.trim_start());
                        return;
                    }
                }
            }
            RunEvent::JobFinished { job, result } => {
                let mark = match result {
                    JobResult::Success => "✓",
                    JobResult::Failure | JobResult::Cancelled => "✗",
                    JobResult::Skipped => "○",
                };
                let line = format!(
                    "{} {}",
                    mark.style(s.result(result)),
                    format!("{job}: {result}").style(s.result(result))
                );
                (job, vec![line, String::new()], true)
            }
        };
        state.show(&job, lines, finished);
    }

    /// The warnings that came during the run.
    fn finish(&self) -> Vec<Diagnostic> {
        let mut state = match self.state.lock() {
            Ok(state) => state,
            Err(poisoned) => poisoned.into_inner(),
        };
        // Flush anything still held (jobs are all finished by now).
        let rest: Vec<String> = state.order.iter().skip(state.head).cloned().collect();
        let mut stdout = std::io::stdout().lock();
        for job in rest {
            if let Some((lines, _)) = state.held.remove(&job) {
                for line in lines {
                    let _ = writeln!(stdout, "{line}");
                }
            }
        }
        let _ = stdout.flush();
        std::mem::take(&mut state.warnings)
    }
}

impl ReporterState {
    fn show(&mut self, job: &str, lines: Vec<String>, finished: bool) {
        let mut stdout = std::io::stdout().lock();
        let live = self.order.get(self.head).is_some_and(|h| h == job);
        if live {
            for line in lines {
                let _ = writeln!(stdout, "{line}");
            }
        } else {
            let entry = self.held.entry(job.to_string()).or_default();
            entry.0.extend(lines);
            entry.1 |= finished;
        }
        if live && finished {
            // Move on to the next job, printing whatever it already holds.
            self.head += 1;
            while let Some(next) = self.order.get(self.head).cloned() {
                let (held, done) = self.held.remove(&next).unwrap_or_default();
                for line in held {
                    let _ = writeln!(stdout, "{line}");
                }
                if !done {
                    break;
                }
                self.head += 1;
            }
        }
        let _ = stdout.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotenv_forms() {
        let text = "# comment\n\nA=plain\nexport B=\"two\\nlines \\\"q\\\" \\\\\"\nC='lit\\n'\nD=x # note\nE=\n";
        assert_eq!(
            parse_dotenv(text).unwrap(),
            [
                ("A".to_string(), "plain".to_string()),
                ("B".into(), "two\nlines \"q\" \\".into()),
                ("C".into(), "lit\\n".into()),
                ("D".into(), "x".into()),
                ("E".into(), "".into()),
            ]
        );
    }

    #[test]
    fn dotenv_errors_name_the_line() {
        assert_eq!(parse_dotenv("A=1\nnot a pair\n").unwrap_err().0, 2);
        assert_eq!(parse_dotenv("A=\"open\n").unwrap_err().0, 1);
        assert_eq!(parse_dotenv("\n\n1X=2\n").unwrap_err().0, 3);
    }

    #[test]
    fn key_value_arguments() {
        let kv = key_values(&["a=1".into(), "b=x=y".into()], "--var").unwrap();
        assert_eq!(kv["b"], "x=y");
        assert!(key_values(&["nope".into()], "--var").is_err());
    }
}
