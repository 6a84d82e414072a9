//! What `devpath pipeline` shows while a workflow runs: each job with its
//! steps and log lines, each job's result, the conclusion.
//!
//! Jobs running at the same time would interleave, so the reporter shows one
//! job at a time, in dependency order, and holds the lines of the others
//! until their turn: in memory up to [`HELD_IN_MEMORY`] bytes per job, then
//! in a private (0600) file of a private temporary folder that goes away with
//! the reporter, so a job printing without end while another is shown cannot
//! exhaust memory. A matrix job's combinations take its place in that
//! order, in the matrix's order. With `--format json` it only collects the warnings the
//! run emits; the verb prints one object at the end.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Seek as _, Write};
use std::sync::Mutex;

use owo_colors::OwoColorize as _;

use super::style::Styles;
use workflow::{Diagnostic, Event, JobResult, Plan, RunEvent, Severity, Skip, Workflow};

/// The first 7 characters of a commit id, as GitHub shows it.
pub(crate) fn short_sha(sha: &str) -> &str {
    sha.get(..7).unwrap_or(sha)
}

pub(crate) fn diagnostic_line(d: &Diagnostic, s: &Styles) -> String {
    let severity = match d.severity {
        Severity::Error => i18n::t!("pipeline-severity-error")
            .style(s.error)
            .to_string(),
        Severity::Warning => i18n::t!("pipeline-severity-warning")
            .style(s.warning)
            .to_string(),
    };
    format!("{}:{}:{}: {severity}: {}", d.file, d.line, d.col, d.message)
}

/// How a run names its event: `push to refs/heads/main`, `pull_request
/// #1 (opened, feature → main)`.
pub(crate) fn describe_event(event: &Event) -> String {
    match event {
        Event::Push { git_ref } => i18n::t!("pipeline-event-push", gitref = git_ref),
        Event::PullRequest(pr) | Event::PullRequestTarget(pr) => format!(
            "{} #{} ({}, {} → {})",
            event.name(),
            pr.number,
            pr.action,
            pr.head,
            pr.base
        ),
        Event::WorkflowDispatch { inputs } if inputs.is_empty() => "workflow_dispatch".into(),
        Event::WorkflowDispatch { inputs } => {
            let given: Vec<String> = inputs.iter().map(|(k, v)| format!("{k}={v}")).collect();
            i18n::t!("pipeline-event-dispatch-with", inputs = given.join(", "))
        }
        Event::Schedule { cron } => format!("schedule \"{cron}\""),
        Event::Release { action, tag } => format!("release {tag} ({action})"),
        Event::RepositoryDispatch { action } => format!("repository_dispatch ({action})"),
    }
}

/// `pipeline --list`: the triggers (and whether devpath can fire them),
/// then the jobs in the order a run shows them, with their needs.
pub(crate) fn list_lines(wf: &Workflow) -> Vec<String> {
    let mut lines = Vec::new();
    lines.push(match wf.name() {
        Some(name) => format!("{} ({name})", wf.file()),
        None => wf.file().to_string(),
    });
    lines.push(i18n::t!("pipeline-list-triggers"));
    for trigger in wf.triggers() {
        let filters: Vec<String> = trigger
            .filters
            .iter()
            .map(|(key, values)| format!("{key}: {}", values.join(", ")))
            .collect();
        let mut line = format!("  {}", trigger.event);
        if !filters.is_empty() {
            line = format!("{line:<24}{}", filters.join("; "));
        }
        if !trigger.local {
            line = format!("{line} {}", i18n::t!("pipeline-list-never-local"));
        }
        lines.push(line);
    }
    lines.push(i18n::t!("pipeline-list-jobs"));
    for id in wf.job_order() {
        let needs = wf.job_needs(id);
        if needs.is_empty() {
            lines.push(format!("  {id}"));
        } else {
            lines.push(format!(
                "  {:<22}{}",
                id,
                i18n::t!("pipeline-list-needs", jobs = needs.join(", "))
            ));
        }
    }
    lines
}

/// What `pipeline --dry-run` found.
pub(crate) struct PlanView<'a> {
    pub event: &'a Event,
    /// Why the workflow is not triggered (then there is no plan).
    pub stopped: Option<&'a Diagnostic>,
    /// Warnings, for JSON (humans get them on stderr).
    pub notes: &'a [Diagnostic],
    pub plan: Option<&'a Plan>,
}

/// `pipeline --dry-run`: which jobs would run, and why the others would not.
pub(crate) fn plan_lines(view: &PlanView<'_>, s: &Styles) -> Vec<String> {
    let mut lines = vec![i18n::t!(
        "pipeline-dry-run",
        event = describe_event(view.event)
    )];
    if let Some(stopped) = view.stopped {
        lines.push(stopped.to_string());
        return lines;
    }
    let Some(plan) = view.plan else { return lines };
    for job in &plan.jobs {
        let title = if job.name == job.id {
            job.id.clone()
        } else {
            format!("{} ({})", job.id, job.name)
        };
        let needs = if job.needs.is_empty() {
            String::new()
        } else {
            format!(
                " {}",
                i18n::t!("pipeline-plan-needs", jobs = job.needs.join(", "))
            )
        };
        let line = match &job.skip {
            None => format!(
                "{} {}",
                "✓".style(s.pass),
                i18n::t!("pipeline-plan-would-run", job = &title, needs = needs)
            ),
            Some(Skip::Condition {
                condition,
                line,
                col,
            }) => format!(
                "{} {}",
                "○".style(s.skip),
                i18n::t!(
                    "pipeline-plan-skipped-if",
                    job = &title,
                    condition = condition,
                    place = format!("{}:{line}:{col}", plan.workflow)
                )
                .style(s.skip)
            ),
            Some(Skip::Needs { job: need }) => format!(
                "{} {}",
                "○".style(s.skip),
                i18n::t!("pipeline-plan-skipped-needs", job = &title, need = need).style(s.skip)
            ),
            Some(Skip::Error { message }) => {
                format!(
                    "{} {}",
                    "✗".style(s.fail),
                    i18n::t!("pipeline-plan-would-fail", job = &title, message = message)
                )
            }
        };
        lines.push(line);
        for b in &job.blockers {
            let place = format!("{}:{}:{}", plan.workflow, b.line, b.col);
            lines.push(format!(
                "    {} {}",
                "!".style(s.fail),
                i18n::t!(
                    "pipeline-plan-step-would-fail",
                    step = b.step,
                    place = place,
                    message = b.message.as_str()
                )
            ));
        }
    }
    lines
}

/// Renders events for humans (or only collects warnings, for JSON).
pub(crate) struct Reporter {
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
    /// Rendered lines of jobs that are not shown yet.
    held: BTreeMap<String, Held>,
    /// The private folder of the spool files, made when a job first needs one.
    spool_dir: Option<tempfile::TempDir>,
    /// Per job: the step that started but whose header is not printed yet.
    pending_step: BTreeMap<String, String>,
    /// Jobs that got `JobStarted` (their header is out or held).
    started: std::collections::BTreeSet<String>,
    /// Matrix combinations (`build (ubuntu, 18)`), whose names may carry
    /// parentheses of their own.
    combinations: std::collections::BTreeSet<String>,
    warnings: Vec<Diagnostic>,
}

impl Reporter {
    pub(crate) fn new(order: Vec<String>, out: Styles, err: Styles, json: bool) -> Reporter {
        Reporter {
            state: Mutex::new(ReporterState {
                order,
                head: 0,
                held: BTreeMap::new(),
                spool_dir: None,
                pending_step: BTreeMap::new(),
                started: Default::default(),
                combinations: Default::default(),
                warnings: Vec::new(),
            }),
            out,
            err,
            json,
        }
    }

    pub(crate) fn event(&self, event: RunEvent) {
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
            RunEvent::RunNamed { name } => {
                let mut stdout = std::io::stdout().lock();
                let _ = writeln!(
                    stdout,
                    "{}\n",
                    i18n::t!("pipeline-run-named", name = name).style(s.heading)
                );
                return;
            }
            RunEvent::MatrixExpanded { job, combinations } => {
                state.combinations.extend(combinations.iter().cloned());
                if let Some(at) = state.order.iter().position(|j| *j == job) {
                    state.order.splice(at..=at, combinations);
                }
                return;
            }
            RunEvent::JobStarted { job, name } => {
                state.started.insert(job.clone());
                let title = if name == job {
                    i18n::t!("pipeline-job", job = &job)
                } else if state.combinations.contains(&job) {
                    i18n::t!("pipeline-job-combination", job = &job, name = name)
                } else {
                    i18n::t!("pipeline-job-named", job = &job, name = name)
                };
                let line = title.style(s.heading).to_string();
                (job, vec![line], false)
            }
            RunEvent::StepStarted { job, name, .. } => {
                state.pending_step.insert(job.clone(), name);
                (job, Vec::new(), false)
            }
            RunEvent::Log { job, line, .. } => {
                let mut lines = Vec::new();
                // A matrix combination cancelled by fail-fast before it
                // started says why: give it a header of its own.
                if state.started.insert(job.clone()) {
                    lines.push(
                        i18n::t!("pipeline-job", job = &job)
                            .style(s.heading)
                            .to_string(),
                    );
                }
                if let Some(name) = state.pending_step.remove(&job) {
                    lines.push(format!("  {} {}", "▸".style(s.hint), name.style(s.hint)));
                }
                lines.push(format!("      {line}"));
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
                        "○".style(s.skip),
                        i18n::t!("pipeline-step-skipped", step = name).style(s.skip)
                    )),
                    (_, Some(name)) => {
                        lines.push(format!("  {} {}", "▸".style(s.hint), name.style(s.hint)))
                    }
                    _ => {}
                }
                if outcome == JobResult::Cancelled {
                    lines.push(format!(
                        "    {} {}",
                        "✗".style(s.fail),
                        i18n::t!("pipeline-step-cancelled")
                    ));
                }
                if outcome == JobResult::Failure {
                    if conclusion == JobResult::Success {
                        lines.push(format!(
                            "    {} {}",
                            "!".style(s.warning),
                            i18n::t!("pipeline-step-failed-continue")
                        ));
                    } else {
                        lines.push(format!(
                            "    {} {}",
                            "✗".style(s.fail),
                            i18n::t!("pipeline-step-failed")
                        ));
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
                    "  {} {}",
                    "⏸".style(s.warning),
                    i18n::t!(
                        "pipeline-waiting-approval",
                        sha = short_sha(&sha),
                        environment = environment
                    )
                );
                (job, vec![line], false)
            }
            RunEvent::ApprovalDecided { job, decision, .. } => {
                let (mark, id, style) = if decision.approved {
                    ("✓", "pipeline-approved-by", s.pass)
                } else {
                    ("✗", "pipeline-rejected-by", s.fail)
                };
                let comment = if decision.comment.is_empty() {
                    String::new()
                } else {
                    format!(": {}", decision.comment)
                };
                let line = format!(
                    "  {} {}",
                    mark.style(style),
                    i18n::t!(id, reviewer = &decision.reviewer, comment = comment)
                );
                (job, vec![line], false)
            }
            RunEvent::ConcurrencyCancelled { job, message, .. } => {
                let line = format!("  {} {message}", "✗".style(s.fail));
                match job {
                    // A job cancelled while pending never started: give it
                    // a header of its own.
                    Some(job) if !state.started.contains(&job) => {
                        let title = i18n::t!("pipeline-job", job = &job)
                            .style(s.heading)
                            .to_string();
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
    pub(crate) fn finish(&self) -> Vec<Diagnostic> {
        let mut state = match self.state.lock() {
            Ok(state) => state,
            Err(poisoned) => poisoned.into_inner(),
        };
        // Flush anything still held (jobs are all finished by now).
        let rest: Vec<String> = state.order.iter().skip(state.head).cloned().collect();
        let mut stdout = std::io::stdout().lock();
        for job in rest {
            if let Some(held) = state.held.remove(&job) {
                held.replay(&mut stdout);
            }
        }
        let _ = stdout.flush();
        // The spool folder (and any file left in it) goes now.
        state.spool_dir = None;
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
            let spool_dir = &mut self.spool_dir;
            let entry = self.held.entry(job.to_string()).or_default();
            entry.hold(lines, spool_dir);
            entry.done |= finished;
        }
        if live && finished {
            // Move on to the next job, printing whatever it already holds.
            self.head += 1;
            while let Some(next) = self.order.get(self.head).cloned() {
                let held = self.held.remove(&next).unwrap_or_default();
                let done = held.done;
                held.replay(&mut stdout);
                if !done {
                    break;
                }
                self.head += 1;
            }
        }
        let _ = stdout.flush();
    }
}

/// How many bytes of lines a job that is not shown keeps in memory; the rest
/// waits in its spool file.
pub(crate) const HELD_IN_MEMORY: usize = 8 << 20;

/// The lines of a job that is not shown yet, and whether it ended.
#[derive(Default)]
struct Held {
    /// The first lines, in memory (and nothing once a spool file exists).
    lines: Vec<String>,
    /// Bytes in `lines`.
    bytes: usize,
    /// Everything after the first [`HELD_IN_MEMORY`] bytes, in order.
    spool: Option<BufWriter<File>>,
    done: bool,
}

impl Held {
    fn hold(&mut self, lines: Vec<String>, spool_dir: &mut Option<tempfile::TempDir>) {
        if let Some(spool) = &mut self.spool {
            if write_lines(spool, &lines).is_ok() {
                return;
            }
            // A full disk: keep the rest in memory rather than lose it.
            self.lines.extend(lines);
            return;
        }
        self.bytes += lines.iter().map(|l| l.len() + 1).sum::<usize>();
        self.lines.extend(lines);
        if self.bytes <= HELD_IN_MEMORY {
            return;
        }
        // Over the cap: move what is held to a spool file (order kept).
        if let Some(mut spool) = open_spool(spool_dir)
            && write_lines(&mut spool, &self.lines).is_ok()
        {
            self.lines = Vec::new();
            self.bytes = 0;
            self.spool = Some(spool);
        }
    }

    /// Prints what is held, in order, and removes the spool file.
    fn replay(self, out: &mut impl Write) {
        if let Some(spool) = self.spool
            && let Ok(mut file) = spool.into_inner()
            && file.rewind().is_ok()
        {
            let _ = std::io::copy(&mut file, out);
        }
        // Lines held in memory after a spool write failed come last.
        for line in self.lines {
            let _ = writeln!(out, "{line}");
        }
    }
}

fn write_lines(out: &mut impl Write, lines: &[String]) -> std::io::Result<()> {
    for line in lines {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// A new spool file: 0600, in the reporter's 0700 folder, already unlinked
/// so that nothing is left behind however the process ends.
fn open_spool(dir: &mut Option<tempfile::TempDir>) -> Option<BufWriter<File>> {
    if dir.is_none() {
        *dir = tempfile::Builder::new()
            .prefix("devpath-pipeline-spool-")
            .tempdir()
            .ok();
    }
    let file = tempfile::tempfile_in(dir.as_ref()?.path()).ok()?;
    Some(BufWriter::with_capacity(64 << 10, file))
}
