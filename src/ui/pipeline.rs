//! What `devpath pipeline` shows while a workflow runs: each job with its
//! steps and log lines, each job's result, the conclusion.
//!
//! Jobs running at the same time would interleave, so the reporter shows one
//! job at a time, in dependency order, and holds the lines of the others
//! until their turn. A matrix job's combinations take its place in that
//! order, in the matrix's order. With `--format json` it only collects the warnings the
//! run emits; the verb prints one object at the end.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::sync::Mutex;

use owo_colors::OwoColorize as _;

use super::style::Styles;
use workflow::{Diagnostic, JobResult, RunEvent, Severity};

/// The first 7 characters of a commit id, as GitHub shows it.
pub(crate) fn short_sha(sha: &str) -> &str {
    sha.get(..7).unwrap_or(sha)
}

pub(crate) fn diagnostic_line(d: &Diagnostic, s: &Styles) -> String {
    let severity = match d.severity {
        Severity::Error => "error".style(s.error).to_string(),
        Severity::Warning => "warning".style(s.warning).to_string(),
    };
    format!("{}:{}:{}: {severity}: {}", d.file, d.line, d.col, d.message)
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
    /// Rendered lines of jobs that are not shown yet, and whether they ended.
    held: BTreeMap<String, (Vec<String>, bool)>,
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
                let _ = writeln!(stdout, "{}\n", format!("run {name}").style(s.heading));
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
                    format!("job {job}")
                } else if state.combinations.contains(&job) {
                    format!("job {job} — {name}")
                } else {
                    format!("job {job} ({name})")
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
                    lines.push(format!("job {job}").style(s.heading).to_string());
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
                        format!("{name} (skipped)").style(s.skip)
                    )),
                    (_, Some(name)) => {
                        lines.push(format!("  {} {}", "▸".style(s.hint), name.style(s.hint)))
                    }
                    _ => {}
                }
                if outcome == JobResult::Cancelled {
                    lines.push(format!("    {} step cancelled", "✗".style(s.fail)));
                }
                if outcome == JobResult::Failure {
                    if conclusion == JobResult::Success {
                        lines.push(format!(
                            "    {} step failed; continue-on-error lets the job go on",
                            "!".style(s.warning)
                        ));
                    } else {
                        lines.push(format!("    {} step failed", "✗".style(s.fail)));
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
                    ("✓", "approved", s.pass)
                } else {
                    ("✗", "rejected", s.fail)
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
                let line = format!("  {} {message}", "✗".style(s.fail));
                match job {
                    // A job cancelled while pending never started: give it
                    // a header of its own.
                    Some(job) if !state.started.contains(&job) => {
                        let title = format!("job {job}").style(s.heading).to_string();
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
