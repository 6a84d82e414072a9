//! Which message a failed outcome gets. Every part that differs in the
//! first step (or section) that differs is a candidate, in the order of the
//! diff (an added line counts for its own part, not the next expected
//! line's). For each, the most specific
//! instructor message whose evidence holds for what the learner's run did
//! wins (`when` in `exercise.toml`: the triggers, the needs, a failed
//! step's log, the registry, the docker commands, the outcome's own lines,
//! a leak). When no message fits, the learner gets a neutral description of
//! the first difference, with what the run shows about it: a workflow that
//! did not start and why, a job that ran although what it needs failed, a
//! step kept green by `continue-on-error`, a failed step's last log lines.
//! A message must never contradict what happened.

use similar::{Algorithm, DiffOp};

use super::outcome::part_of;
use super::record::{FailedStep, NotTriggeredWhy, ScenarioRecord, StepRecord};
use course::{MessageInfo, MessageWhen, NeedsEvidence, RegistryEvidence, TriggerEvidence};
use i18n::{Lang, t_in};
use workflow::JobResult;

/// How many lines of a failed step's log a neutral message shows.
const LOG_LINES: usize = 6;

/// A part of the outcome whose lines differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Difference {
    pub part: String,
    /// Its lines in the snapshot (trimmed), in order.
    pub expected: Vec<String>,
    /// Its lines in the learner's outcome (trimmed), in order.
    pub actual: Vec<String>,
}

impl Difference {
    /// The scenario step the part belongs to (`step 2 / …` → 2).
    fn step(&self) -> Option<usize> {
        step_of(&self.part)
    }
}

fn step_of(part: &str) -> Option<usize> {
    part.strip_prefix("step ")?
        .split(" / ")
        .next()?
        .parse()
        .ok()
}

/// The differing parts of two outcomes, in the order of their line diff.
pub(crate) fn differences(expected: &[String], actual: &[String]) -> Vec<Difference> {
    let mut out: Vec<Difference> = Vec::new();
    let mut add = |part: String, line: &str, is_expected: bool| {
        let index = match out.iter().position(|d| d.part == part) {
            Some(i) => i,
            None => {
                out.push(Difference {
                    part,
                    expected: Vec::new(),
                    actual: Vec::new(),
                });
                out.len() - 1
            }
        };
        let side = if is_expected {
            &mut out[index].expected
        } else {
            &mut out[index].actual
        };
        side.push(line.trim().to_string());
    };
    for op in similar::capture_diff_slices(Algorithm::Myers, expected, actual) {
        let (old, new) = match op {
            DiffOp::Equal { .. } => continue,
            DiffOp::Delete {
                old_index, old_len, ..
            } => (old_index..old_index + old_len, 0..0),
            DiffOp::Insert {
                new_index, new_len, ..
            } => (0..0, new_index..new_index + new_len),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => (
                old_index..old_index + old_len,
                new_index..new_index + new_len,
            ),
        };
        for i in old {
            add(part_of(expected, i), &expected[i], true);
        }
        for i in new {
            add(part_of(actual, i), &actual[i], false);
        }
    }
    out
}

/// The message for a failed outcome, in `lang` (the instructor's, in
/// `lang` when the course has it, else devpath's own).
pub(crate) fn message(
    lang: Lang,
    messages: &[MessageInfo],
    differences: &[Difference],
    expected: &[String],
    actual: &[String],
    record: &ScenarioRecord,
) -> String {
    let evidence = Evidence {
        record,
        expected,
        actual,
    };
    // Only the first step (or section) that differs: what went wrong first
    // is what the learner should fix first.
    let first_section = differences.first().map(|d| section(&d.part));
    for difference in differences
        .iter()
        .filter(|d| Some(section(&d.part)) == first_section)
    {
        let mut candidates: Vec<&MessageInfo> = messages
            .iter()
            .filter(|m| covers(&m.part, &difference.part))
            .collect();
        candidates.sort_by_key(|m| std::cmp::Reverse(m.part.len()));
        if let Some(chosen) = candidates.into_iter().find(|m| {
            m.when
                .as_ref()
                .is_none_or(|w| evidence.holds(w, difference))
        }) {
            let mut text = chosen.text.get(lang).trim_end().to_string();
            if let Some(quote) = chosen
                .when
                .as_ref()
                .and_then(|w| w.log.as_deref())
                .and_then(|needle| quote_log(lang, record, difference.step(), needle))
            {
                text.push('\n');
                text.push_str(&quote);
            }
            return text;
        }
    }
    if differences.is_empty() {
        return t_in!(lang, "explain-differs");
    }
    neutral(lang, differences, expected, record)
}

/// The step or section a part belongs to: `step 2`, `registry`.
fn section(part: &str) -> String {
    part.split(" / ").next().unwrap_or(part).to_string()
}

/// Whether a message for `message_part` covers `part`.
fn covers(message_part: &str, part: &str) -> bool {
    part == message_part || part.starts_with(&format!("{message_part} / "))
}

/// What the learner's run shows, for checking a message's `when`.
struct Evidence<'a> {
    record: &'a ScenarioRecord,
    expected: &'a [String],
    actual: &'a [String],
}

impl Evidence<'_> {
    fn holds(&self, when: &MessageWhen, difference: &Difference) -> bool {
        let step = difference.step();
        let steps: Vec<&StepRecord> = self
            .record
            .steps
            .iter()
            .filter(|s| step.is_none_or(|n| s.index == n))
            .collect();
        if when.trigger == Some(TriggerEvidence::Missing)
            && !steps.iter().any(|s| {
                s.not_triggered.iter().any(|n| {
                    n.why == NotTriggeredWhy::NoEvent && expected_to_run(self.expected, s, &n.file)
                })
            })
        {
            return false;
        }
        match when.needs {
            Some(NeedsEvidence::Missing) if !self.needs_missing(step) => return false,
            Some(NeedsEvidence::Overridden)
                if !steps.iter().any(|s| !ran_after_failure(s).is_empty()) =>
            {
                return false;
            }
            _ => {}
        }
        if let Some(text) = &when.log
            && !steps
                .iter()
                .flat_map(|s| &s.failed_steps)
                .any(|f| f.log.iter().any(|l| l.contains(text.as_str())))
        {
            return false;
        }
        if let Some(registry) = when.registry {
            let pushed = match step {
                Some(_) => steps.iter().any(|s| !s.pushed.is_empty()),
                None => !self.record.registry.is_empty(),
            };
            if pushed != (registry == RegistryEvidence::Pushed) {
                return false;
            }
        }
        if let Some(verb) = &when.docker
            && !steps
                .iter()
                .flat_map(|s| &s.docker_commands)
                .any(|v| v == verb)
        {
            return false;
        }
        if !when.outcome.is_empty() {
            let have = step_lines(self.actual, step);
            if !when
                .outcome
                .iter()
                .all(|want| have.iter().any(|line| line == want.trim()))
            {
                return false;
            }
        }
        if let Some(leak) = when.leak
            && leak == self.record.leaks.is_empty()
        {
            return false;
        }
        true
    }

    /// Whether a job of the step (or of any step) runs after fewer jobs in
    /// the learner's outcome than the snapshot says it should.
    fn needs_missing(&self, step: Option<usize>) -> bool {
        let expected = job_afters(&step_lines(self.expected, step));
        let actual = job_afters(&step_lines(self.actual, step));
        expected.iter().any(|(job, want)| {
            actual
                .iter()
                .filter(|(j, _)| j == job)
                .any(|(_, have)| want.iter().any(|w| !have.contains(w)))
        })
    }
}

/// Whether the snapshot has workflow `file` run in `step`: a workflow that
/// does not start for that event, and should not, is no evidence.
fn expected_to_run(expected: &[String], step: &StepRecord, file: &str) -> bool {
    let line = format!("workflow {}:", file_name(file));
    step_lines(expected, Some(step.index))
        .iter()
        .any(|l| l.starts_with(&line))
}

/// The trimmed lines of step `step` of an outcome (all lines for `None`).
fn step_lines(lines: &[String], step: Option<usize>) -> Vec<String> {
    let Some(step) = step else {
        return lines.iter().map(|l| l.trim().to_string()).collect();
    };
    let header = format!("step {step}:");
    lines
        .iter()
        .skip_while(|l| !l.starts_with(&header))
        .enumerate()
        .take_while(|(i, l)| *i == 0 || l.starts_with(' '))
        .map(|(_, l)| l.trim().to_string())
        .collect()
}

/// `job X (after a, b): …` lines as (X, [a, b]).
fn job_afters(lines: &[String]) -> Vec<(String, Vec<String>)> {
    lines
        .iter()
        .filter_map(|line| {
            let rest = line.strip_prefix("job ")?;
            let head = rest.split(": ").next()?;
            let (id, after) = match head.split_once(" (after ") {
                Some((id, after)) => (
                    id,
                    after
                        .trim_end_matches(')')
                        .split(", ")
                        .map(str::to_string)
                        .collect(),
                ),
                None => (head, Vec::new()),
            };
            Some((id.to_string(), after))
        })
        .collect()
}

/// Jobs of a step's runs that ran although a job they need did not
/// succeed, with that job: (workflow, job, needed, its result).
fn ran_after_failure(step: &StepRecord) -> Vec<(String, String, String, JobResult)> {
    let mut found = Vec::new();
    for run in &step.runs {
        for job in &run.jobs {
            if matches!(job.result, JobResult::Skipped) {
                continue;
            }
            for need in &job.needs {
                if let Some(needed) = run.jobs.iter().find(|j| &j.id == need)
                    && needed.result != JobResult::Success
                {
                    found.push((
                        file_name(&run.workflow).to_string(),
                        job.id.clone(),
                        needed.id.clone(),
                        needed.result,
                    ));
                }
            }
        }
    }
    found
}

/// The log line a message's `when.log` matched, with the step it is from.
fn quote_log(
    lang: Lang,
    record: &ScenarioRecord,
    step: Option<usize>,
    needle: &str,
) -> Option<String> {
    record
        .steps
        .iter()
        .filter(|s| step.is_none_or(|n| s.index == n))
        .flat_map(|s| &s.failed_steps)
        .find_map(|failed| {
            let line = failed.log.iter().find(|l| l.contains(needle))?;
            Some(format!("{}\n    {line}", log_says(lang, failed)))
        })
}

/// "The log of step `Run ./test.sh` of job `test` (ci.yml) says:", or of
/// the job.
fn log_says(lang: Lang, failed: &FailedStep) -> String {
    if failed.step.is_empty() {
        t_in!(
            lang,
            "explain-job-log-says",
            job = &failed.job,
            workflow = &failed.workflow
        )
    } else {
        t_in!(
            lang,
            "explain-step-log-says",
            name = &failed.step,
            job = &failed.job,
            workflow = &failed.workflow
        )
    }
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// A neutral description of a difference, and what the run shows about it.
fn neutral(
    lang: Lang,
    differences: &[Difference],
    expected_lines: &[String],
    record: &ScenarioRecord,
) -> String {
    let difference = &differences[0];
    let mut out = String::new();
    let show = |lines: &[String]| -> String {
        if lines.is_empty() {
            t_in!(lang, "explain-nothing")
        } else {
            lines
                .iter()
                .map(|l| format!("`{l}`"))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    // The lines of every difference in the same step (or section): a
    // line that replaced another belongs to a part of its own.
    let here = section(&difference.part);
    let same: Vec<&Difference> = differences
        .iter()
        .filter(|d| section(&d.part) == here)
        .collect();
    let expected: Vec<String> = same.iter().flat_map(|d| d.expected.clone()).collect();
    let actual: Vec<String> = same.iter().flat_map(|d| d.actual.clone()).collect();
    let more = expected.len().saturating_sub(1) + actual.len().saturating_sub(1);
    let more = match more {
        0 => String::new(),
        n => format!(" {}", t_in!(lang, "explain-more-lines", count = n)),
    };
    out.push_str(&t_in!(
        lang,
        "explain-differs-in",
        part = &here,
        expected = show(&expected[..expected.len().min(1)]),
        actual = show(&actual[..actual.len().min(1)]),
        more = more
    ));
    let steps: Vec<&StepRecord> = record
        .steps
        .iter()
        .filter(|s| difference.step().is_none_or(|n| s.index == n))
        .collect();
    for step in &steps {
        for n in step
            .not_triggered
            .iter()
            .filter(|n| expected_to_run(expected_lines, step, &n.file))
        {
            let id = match n.why {
                NotTriggeredWhy::NoEvent => "explain-not-started-no-event",
                NotTriggeredWhy::Filtered => "explain-not-started-filtered",
            };
            out.push('\n');
            out.push_str(&t_in!(
                lang,
                id,
                file = &n.file,
                step = step.index,
                event = &n.event
            ));
        }
        for invalid in &step.invalid {
            out.push('\n');
            out.push_str(&match invalid.diagnostics.first() {
                Some(first) => t_in!(
                    lang,
                    "explain-invalid-first",
                    file = &invalid.file,
                    step = step.index,
                    first = first.to_string()
                ),
                None => t_in!(
                    lang,
                    "explain-invalid",
                    file = &invalid.file,
                    step = step.index
                ),
            });
        }
        for (workflow, job, needed, result) in ran_after_failure(step) {
            out.push('\n');
            out.push_str(&t_in!(
                lang,
                "explain-ran-after-failure",
                step = step.index,
                job = job,
                workflow = workflow,
                needed = needed,
                result = result.to_string()
            ));
        }
    }
    let failed: Vec<(usize, &FailedStep)> = steps
        .iter()
        .flat_map(|s| s.failed_steps.iter().map(|f| (s.index, f)))
        .take(2)
        .collect();
    for (index, failed) in failed {
        let id = match (failed.step.is_empty(), failed.continued) {
            (true, false) => "explain-job-failed",
            (true, true) => "explain-job-failed-continued",
            (false, false) => "explain-step-failed",
            (false, true) => "explain-step-failed-continued",
        };
        out.push('\n');
        out.push_str(&t_in!(
            lang,
            id,
            name = &failed.step,
            job = &failed.job,
            workflow = &failed.workflow,
            step = index
        ));
        let tail = &failed.log[failed.log.len().saturating_sub(LOG_LINES)..];
        if !tail.is_empty() {
            out.push(' ');
            out.push_str(&t_in!(lang, "explain-log-ends"));
            for line in tail {
                out.push_str(&format!("\n    {line}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::record::{Action, NotTriggered, RegistryTag};

    fn push_step(index: usize) -> StepRecord {
        StepRecord::new(
            index,
            Action::Push {
                version: "good".into(),
                name: format!("v{index}"),
                sha: "0".repeat(40),
                git_ref: "refs/heads/main".into(),
            },
        )
    }

    fn message_info(part: &str, when: Option<MessageWhen>, text: &str) -> MessageInfo {
        MessageInfo {
            part: part.into(),
            text: course::Localized::english(text),
            when,
        }
    }

    /// The message `messages` give for `record`, whose outcome is `actual`
    /// against the snapshot `expected`.
    fn judged(
        messages: &[MessageInfo],
        expected: &str,
        actual: &str,
        record: &ScenarioRecord,
    ) -> String {
        let (expected, actual) = (lines(expected), lines(actual));
        message(
            Lang::En,
            messages,
            &differences(&expected, &actual),
            &expected,
            &actual,
            record,
        )
    }

    #[test]
    fn a_trigger_message_needs_a_workflow_without_the_event() {
        let messages = [message_info(
            "step 1",
            Some(MessageWhen {
                trigger: Some(TriggerEvidence::Missing),
                ..Default::default()
            }),
            "add push",
        )];
        let expected = "step 1: push <sha:v1> (app good)\n  workflow ci.yml: success";
        let actual = "step 1: push <sha:v1> (app good)\n  no workflow ran";
        let mut step = push_step(1);
        step.not_triggered.push(NotTriggered {
            file: ".github/workflows/ci.yml".into(),
            event: "push".into(),
            why: NotTriggeredWhy::NoEvent,
        });
        let mut record = ScenarioRecord {
            steps: vec![step],
            ..Default::default()
        };
        assert_eq!(judged(&messages, expected, actual, &record), "add push");
        // The same difference from a branch filter: the neutral description.
        record.steps[0].not_triggered[0].why = NotTriggeredWhy::Filtered;
        let text = judged(&messages, expected, actual, &record);
        assert!(
            text.starts_with(
                "Your run differs from the expected outcome in step 1: expected `workflow ci.yml: success`; your run has `no workflow ran`."
            ),
            "{text}"
        );
        assert!(
            text.contains("its `on:` lists `push`, but its filters"),
            "{text}"
        );
        // A workflow the snapshot does not run in that step is no evidence.
        record.steps[0].not_triggered[0].file = ".github/workflows/other.yml".into();
        record.steps[0].not_triggered[0].why = NotTriggeredWhy::NoEvent;
        let text = judged(&messages, expected, actual, &record);
        assert!(
            !text.contains("add push") && !text.contains("other.yml"),
            "{text}"
        );
    }

    #[test]
    fn a_registry_message_needs_something_pushed() {
        let pushed = MessageWhen {
            registry: Some(RegistryEvidence::Pushed),
            ..Default::default()
        };
        let messages = [message_info(
            "registry",
            Some(pushed),
            "tag with the commit",
        )];
        let expected = "registry:\n  my-org/my-app:<sha:v1> <digest:v1>";
        let actual = "registry:\n  (empty)";
        let mut record = ScenarioRecord::default();
        let text = judged(&messages, expected, actual, &record);
        assert!(text.starts_with("Your run differs"), "{text}");
        record.registry.push(RegistryTag {
            repository: "my-org/my-app".into(),
            tag: "latest".into(),
            digest: format!("sha256:{}", "1".repeat(64)),
        });
        assert_eq!(
            judged(&messages, expected, actual, &record),
            "tag with the commit"
        );
    }

    #[test]
    fn a_log_message_quotes_the_line_it_matched() {
        let when = MessageWhen {
            log: Some("not available offline".into()),
            ..Default::default()
        };
        let messages = [
            message_info("step 1", Some(when), "use a run step"),
            message_info("step 1", None, "log in first"),
        ];
        let expected = "step 1: push <sha:v1> (app good)\n  workflow p.yml: success";
        let actual = "step 1: push <sha:v1> (app good)\n  workflow p.yml: failure";
        let mut step = push_step(1);
        step.failed_steps.push(FailedStep {
            workflow: "p.yml".into(),
            job: "publish".into(),
            step: "Log in".into(),
            continued: false,
            log: vec!["`uses: docker/login-action@v3` is not available offline".into()],
        });
        let mut record = ScenarioRecord {
            steps: vec![step],
            ..Default::default()
        };
        assert_eq!(
            judged(&messages, expected, actual, &record),
            "use a run step\nThe log of step `Log in` of job `publish` (p.yml) says:\n    `uses: docker/login-action@v3` is not available offline"
        );
        record.steps[0].failed_steps[0].log = vec!["unauthorized".into()];
        assert_eq!(judged(&messages, expected, actual, &record), "log in first");
    }

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn an_added_line_counts_for_its_own_part() {
        let expected =
            lines("registry:\n  my-org/my-app:<sha:v1> <digest:v1>\nsecrets: no leak found");
        let actual = lines(
            "registry:\n  my-org/my-app:<sha:v1> <digest:v1>\n  my-org/my-app:latest <digest:v1>\nsecrets: no leak found",
        );
        let differences = differences(&expected, &actual);
        assert_eq!(differences.len(), 1, "{differences:?}");
        assert_eq!(
            differences[0].part,
            "registry / my-org/my-app:latest <digest:v1>"
        );
        assert!(differences[0].expected.is_empty());
    }

    #[test]
    fn an_added_tag_gets_the_registry_message_not_the_next_parts() {
        let messages = [
            message_info("registry", None, "publish only commit tags"),
            message_info("secrets", None, "the token leaked"),
        ];
        let expected = "registry:\n  my-org/my-app:<sha:v1> <digest:v1>\nsecrets: no leak found";
        let actual = "registry:\n  my-org/my-app:<sha:v1> <digest:v1>\n  my-org/my-app:latest <digest:v1>\nsecrets: no leak found";
        assert_eq!(
            judged(&messages, expected, actual, &ScenarioRecord::default()),
            "publish only commit tags"
        );
    }

    #[test]
    fn step_lines_are_the_step_header_and_its_indented_lines() {
        let outcome = lines(
            "step 1: push <sha:v1> (app good)\n  workflow ci.yml: success\nstep 2: push <sha:v2> (app bad)\n  no workflow ran\nregistry:",
        );
        assert_eq!(
            step_lines(&outcome, Some(2)),
            vec!["step 2: push <sha:v2> (app bad)", "no workflow ran"]
        );
    }

    #[test]
    fn job_lines_give_what_each_job_runs_after() {
        let afters = job_afters(&lines(
            "job build: success\njob deploy (after build, test): skipped",
        ));
        assert_eq!(
            afters,
            vec![
                ("build".to_string(), vec![]),
                (
                    "deploy".to_string(),
                    vec!["build".to_string(), "test".to_string()]
                )
            ]
        );
    }

    /// Every sentence of the neutral description, in each language: the
    /// English is today's, and no language shows a message id or a
    /// variable left unfilled.
    #[test]
    fn the_neutral_description_speaks_each_language() {
        use crate::validate::record::InvalidWorkflow;
        use workflow::{Diagnostic, JobReport, RunReport, Severity};

        fn job(id: &str, result: JobResult, needs: &[&str]) -> JobReport {
            JobReport {
                id: id.into(),
                name: id.into(),
                result,
                needs: needs.iter().map(|n| n.to_string()).collect(),
                outputs: Default::default(),
                steps: Vec::new(),
                environment: None,
                approval: None,
                matrix: None,
                combinations: Vec::new(),
            }
        }
        let mut step = push_step(1);
        step.not_triggered.push(NotTriggered {
            file: ".github/workflows/ci.yml".into(),
            event: "push".into(),
            why: NotTriggeredWhy::NoEvent,
        });
        step.invalid.push(InvalidWorkflow {
            file: ".github/workflows/lint.yml".into(),
            diagnostics: vec![Diagnostic {
                file: ".github/workflows/lint.yml".into(),
                line: 3,
                col: 5,
                severity: Severity::Error,
                message: "unknown key".into(),
                rule: "syntax-check",
            }],
        });
        step.runs.push(RunReport {
            workflow: ".github/workflows/cd.yml".into(),
            name: None,
            run_name: None,
            event: "push".into(),
            conclusion: JobResult::Failure,
            jobs: vec![
                job("test", JobResult::Failure, &[]),
                job("deploy", JobResult::Success, &["test"]),
            ],
            printed_secrets: Vec::new(),
            artifacts: Vec::new(),
        });
        step.failed_steps.push(FailedStep {
            workflow: "cd.yml".into(),
            job: "test".into(),
            step: String::new(),
            continued: true,
            log: vec!["exit 1".into()],
        });
        let record = ScenarioRecord {
            steps: vec![step],
            ..Default::default()
        };
        let expected = lines("step 1: push <sha:v1> (app good)\n  workflow ci.yml: success");
        let actual = lines("step 1: push <sha:v1> (app good)\n  no workflow ran");
        let differences = differences(&expected, &actual);
        let english = message(Lang::En, &[], &differences, &expected, &actual, &record);
        assert_eq!(
            english,
            "Your run differs from the expected outcome in step 1: expected `workflow ci.yml: success`; your run has `no workflow ran`.\n\
             .github/workflows/ci.yml did not start in step 1: its `on:` does not list `push`.\n\
             .github/workflows/lint.yml is not a valid workflow, so nothing of it ran in step 1: fix the problems listed with it (first: .github/workflows/lint.yml:3:5: unknown key).\n\
             In step 1, job `deploy` (cd.yml) ran although `test`, which it needs, ended `failure`: a job whose needs did not succeed is skipped, unless its `if:` runs it anyway (`always()`, `failure()`).\n\
             Job `test` (cd.yml) failed in step 1, but `continue-on-error` kept the job going. Its log ends with:\n    exit 1"
        );
        for lang in [Lang::Es, Lang::Pt] {
            let text = message(lang, &[], &differences, &expected, &actual, &record);
            assert_eq!(text.lines().count(), english.lines().count(), "{text}");
            assert!(
                !text.contains("explain-") && !text.contains("{$") && !text.contains("Your run"),
                "{lang}: {text}"
            );
            for kept in [
                "`on:`",
                "`push`",
                "`continue-on-error`",
                "`always()`",
                "    exit 1",
            ] {
                assert!(text.contains(kept), "{lang}: {kept} in {text}");
            }
        }
        assert_eq!(
            message(Lang::Pt, &[], &[], &[], &[], &record),
            "Sua execução não bate com o resultado esperado."
        );
    }
}
