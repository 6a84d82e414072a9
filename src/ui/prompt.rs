//! Questions devpath asks a person on the terminal.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::sync::Mutex;

use i18n::t;

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
                comment: t!("watch-approval-unanswered"),
            };
        }
        let _asking = self.asking.lock().unwrap_or_else(|p| p.into_inner());
        let mut question = t!(
            "watch-approval-waiting",
            sha = short_sha(&request.sha),
            environment = &request.environment,
            job = &request.job
        );
        if !request.reviewers.is_empty() {
            question.push(' ');
            question.push_str(&t!(
                "watch-approval-reviewers",
                reviewers = request.reviewers.join(", ")
            ));
        }
        tell(&question);
        let Some(reviewer) =
            ask_reviewer(&request.environment, &request.reviewers, &user, ask, tell)
        else {
            return ApprovalDecision {
                approved: false,
                reviewer: "nobody".into(),
                comment: t!("watch-approval-no-reviewer"),
            };
        };
        let approved = ask(&format!("{} ", t!("watch-approval-question")))
            .is_some_and(|answer| is_yes(&answer, &t!("watch-approval-yes")));
        let comment = ask(&format!("{} ", t!("watch-approval-comment")))
            .map(|s| s.trim().to_string())
            .unwrap_or_default();
        ApprovalDecision {
            approved,
            reviewer,
            comment,
        }
    }
}

/// Whether `answer` is one of `yes` (the words meaning yes, space
/// separated), ignoring case; English `y` and `yes` count in every
/// language.
fn is_yes(answer: &str, yes: &str) -> bool {
    let answer = answer.trim().to_lowercase();
    !answer.is_empty()
        && yes
            .split_whitespace()
            .chain(["y", "yes"])
            .any(|word| word.to_lowercase() == answer)
}

/// How many names the prompt takes before it gives up.
const REVIEWER_TRIES: usize = 3;

/// Asks who is answering until a required reviewer of `environment` does
/// (as GitHub allows only them), telling anyone else who can; `None` when
/// the input ends or no reviewer answered in [`REVIEWER_TRIES`] tries.
fn ask_reviewer(
    environment: &str,
    reviewers: &[String],
    user: &str,
    mut ask: impl FnMut(&str) -> Option<String>,
    mut tell: impl FnMut(&str),
) -> Option<String> {
    // The user's own name is offered only when it may answer: a default
    // must not let anyone approve by pressing Enter.
    let default = (reviewers.is_empty() || is_reviewer(reviewers, user).is_some()).then_some(user);
    let question = match default {
        Some(name) => format!("{} ", t!("watch-approval-name-default", name = name)),
        None => format!("{} ", t!("watch-approval-name")),
    };
    for _ in 0..REVIEWER_TRIES {
        let answer = ask(&question)?;
        let name = match (answer.trim(), default) {
            ("", Some(name)) => name,
            (name, _) => name,
        };
        if reviewers.is_empty() && !name.is_empty() {
            return Some(name.to_string());
        }
        match is_reviewer(reviewers, name) {
            Some(listed) => return Some(listed.clone()),
            None if name.is_empty() => tell(&t!(
                "watch-approval-who",
                who = one_of(reviewers),
                environment = environment
            )),
            None => tell(&not_a_reviewer(environment, reviewers, name)),
        }
    }
    None
}

/// The listed reviewer `name` is (GitHub logins ignore case).
fn is_reviewer<'a>(reviewers: &'a [String], name: &str) -> Option<&'a String> {
    reviewers
        .iter()
        .find(|r| r.eq_ignore_ascii_case(name.trim()))
}

/// `lead`, `lead or ops`, `lead, ops or sam`.
fn one_of(reviewers: &[String]) -> String {
    match reviewers {
        [one] => one.clone(),
        [rest @ .., last] => t!("watch-or", rest = rest.join(", "), last = last),
        [] => String::new(),
    }
}

fn not_a_reviewer(environment: &str, reviewers: &[String], name: &str) -> String {
    t!(
        "watch-approval-not-reviewer",
        name = name,
        environment = environment,
        who = one_of(reviewers)
    )
}

/// Prints a line on stderr.
fn tell(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{text}");
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    fn run(answers: &[&str], reviewers: &[&str], user: &str) -> (Option<String>, Vec<String>) {
        let reviewers: Vec<String> = reviewers.iter().map(|r| r.to_string()).collect();
        let mut answers = answers.iter().map(|a| a.to_string());
        let told = RefCell::new(Vec::new());
        let who = ask_reviewer(
            "production",
            &reviewers,
            user,
            |_| answers.next(),
            |t| told.borrow_mut().push(t.to_string()),
        );
        (who, told.into_inner())
    }

    #[test]
    fn yes_is_the_language_s_word_or_english_y() {
        assert!(is_yes(" Y\n", "y yes"));
        assert!(is_yes("Sí", "s si sí y yes"));
        assert!(is_yes(
            "sim",
            &i18n::tr_in(i18n::Lang::Pt, "watch-approval-yes", &[])
        ));
        assert!(is_yes(
            "y",
            &i18n::tr_in(i18n::Lang::Es, "watch-approval-yes", &[])
        ));
        assert!(!is_yes("", "y yes"));
        assert!(!is_yes("n", "s sim y yes"));
        assert!(!is_yes("no", "y yes"));
    }

    #[test]
    fn only_a_listed_reviewer_may_answer_and_others_are_told_who_can() {
        let (who, told) = run(&["mallory", "Lead"], &["lead", "ops"], "mallory");
        assert_eq!(who.as_deref(), Some("lead"));
        assert_eq!(
            told,
            [
                "mallory is not a required reviewer of production: only lead or ops can approve or reject \
              this deployment (reviewers are listed under [environments.production] reviewers)."
            ]
        );
    }

    #[test]
    fn the_default_name_is_the_user_only_when_a_reviewer_and_the_end_of_input_answers_nobody() {
        let (who, told) = run(&["", "lead"], &["lead"], "sam");
        assert_eq!(
            who.as_deref(),
            Some("lead"),
            "Enter alone is nobody's answer"
        );
        assert_eq!(told, ["Who are you? Only lead can answer for production."]);
        assert_eq!(
            run(&[""], &["lead", "sam"], "sam").0.as_deref(),
            Some("sam")
        );
        assert_eq!(run(&["eve"], &["lead"], "sam").0, None);
        assert_eq!(
            run(&["eve", "eve", "eve", "lead"], &["lead"], "sam").0,
            None
        );
    }
}
