//! Questions devpath asks a person on the terminal.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::sync::Mutex;

use super::pipeline::short_sha;
use workflow::{ApprovalDecision, ApprovalRequest, Approver};

/// Answers approval requests from `--approve`/`--reject`, else by asking
/// on the terminal, else rejects.
#[derive(Debug)]
pub(crate) struct CliApprover {
    /// Environment (lower case) → approved.
    answers: BTreeMap<String, bool>,
    /// Whether stdin is a terminal (someone can answer).
    interactive: bool,
    /// One question at a time, when parallel jobs wait together.
    asking: Mutex<()>,
}

impl CliApprover {
    /// An approver with the command line's answers, asking on the terminal
    /// when stdin is one.
    pub(crate) fn new(answers: BTreeMap<String, bool>) -> CliApprover {
        CliApprover {
            answers,
            interactive: std::io::IsTerminal::is_terminal(&std::io::stdin()),
            asking: Mutex::new(()),
        }
    }
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
