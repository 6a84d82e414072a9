//! A job's `strategy:` when it is about to start: its matrix evaluated
//! (expressions may read `needs`) and expanded into one copy of the job
//! per combination (see `crate::matrix`), each with its `matrix` and
//! `strategy` contexts and GitHub's name; and at the end, the one result
//! and the outputs that the jobs needing it see.

use serde_json::{Map, Value, json};

use super::{JobDone, Run};
use crate::eval::{self, Status};
use crate::matrix::{self, Combination};
use crate::model::{CombinationOf, Flag, Job, MatrixValue, MaxParallel, Text};
use crate::{JobReport, JobResult, RunEvent};

/// How a job runs: its copies (one per combination; the job itself when
/// it has no matrix) and the strategy's rules.
pub(super) struct Plan {
    pub(super) jobs: Vec<Job>,
    /// The job has a matrix: its combinations are reported one by one.
    pub(super) expanded: bool,
    pub(super) fail_fast: bool,
    pub(super) max_parallel: usize,
}

impl Run<'_> {
    /// Evaluates and expands the job's strategy; `Err` with a message
    /// naming the file, line and column when it cannot (the job then fails
    /// without starting, as on GitHub). Emits `MatrixExpanded`.
    pub(super) fn plan(&self, job: &Job, needs: &Value) -> Result<Plan, String> {
        let Some(strategy) = &job.strategy else {
            return Ok(Plan {
                jobs: vec![job.clone()],
                expanded: false,
                fail_fast: true,
                max_parallel: 1,
            });
        };
        let contexts = self.base_contexts(job, needs);
        let fail_fast = match &strategy.fail_fast {
            Flag::Fixed(b) => *b,
            Flag::Expr(text) => match self.evaluate(text, &contexts, "fail-fast")? {
                Value::Bool(b) => b,
                Value::String(s) => s.trim() == "true",
                other => crate::expr::truthy(&other),
            },
        };
        let max_parallel = match &strategy.max_parallel {
            None => None,
            Some(MaxParallel::Fixed(n)) => Some(*n),
            Some(MaxParallel::Expr(text)) => {
                let value = self.evaluate(text, &contexts, "max-parallel")?;
                let n = match &value {
                    Value::Number(n) => n.as_f64(),
                    Value::String(s) => s.trim().parse::<f64>().ok(),
                    _ => None,
                };
                match n {
                    Some(n) if n >= 1.0 && n.fract() == 0.0 => Some(n as u64),
                    _ => {
                        return Err(self.at(
                            text,
                            &format!(
                                "`max-parallel` must be a whole number of at least 1, but its expression gives {}",
                                eval::display(&value)
                            ),
                        ));
                    }
                }
            }
        };
        let fallback = job_text(job);
        let (entries, at) = match &strategy.matrix {
            MatrixValue::Expr(text) => match self.evaluate(text, &contexts, "matrix")? {
                Value::Object(map) => (map.into_iter().collect::<Vec<_>>(), text),
                other => {
                    return Err(self.at(
                        text,
                        &format!(
                            "`matrix` must give a mapping of vectors, but its expression gives {}",
                            eval::display(&other)
                        ),
                    ));
                }
            },
            MatrixValue::Map(pairs) => {
                let mut entries = Vec::new();
                for (key, value) in pairs {
                    entries.push((key.clone(), self.matrix_json(value, &contexts)?));
                }
                (
                    entries,
                    self.first_text(&strategy.matrix).unwrap_or(&fallback),
                )
            }
            MatrixValue::Lit(_) | MatrixValue::Seq(_) => (Vec::new(), &fallback),
        };
        let combinations = matrix::expand(&entries).map_err(|problems| {
            let list: Vec<String> = problems.into_iter().map(|p| p.message).collect();
            self.at(
                at,
                &format!(
                    "the matrix of job \"{}\" is invalid: {}",
                    job.id,
                    list.join("; ")
                ),
            )
        })?;
        // Everything excluded: GitHub runs the job once, without a matrix.
        let combinations = if combinations.is_empty() {
            vec![None]
        } else {
            combinations.into_iter().map(Some).collect()
        };
        let total = combinations.len();
        let max_parallel = max_parallel.map_or(total, |n| usize::try_from(n).unwrap_or(total));
        let jobs = self.copies(job, &combinations, fail_fast, max_parallel);
        self.emit(RunEvent::MatrixExpanded {
            job: job.id.clone(),
            combinations: jobs.iter().map(|j| j.id.clone()).collect(),
        });
        Ok(Plan {
            jobs,
            expanded: true,
            fail_fast,
            max_parallel: max_parallel.max(1),
        })
    }

    /// One copy of `job` per combination, named as GitHub names them.
    fn copies(
        &self,
        job: &Job,
        combinations: &[Option<Combination>],
        fail_fast: bool,
        max_parallel: usize,
    ) -> Vec<Job> {
        let total = combinations.len();
        // GitHub appends the values to the job's name, unless the name is
        // an expression (it then names each combination itself).
        let base = match &job.name {
            Some(name) if !name.value.contains("${{") => name.value.clone(),
            _ => job.id.clone(),
        };
        let mut used: Vec<String> = Vec::new();
        let mut jobs = Vec::new();
        for (index, combination) in combinations.iter().enumerate() {
            let display = combination
                .as_ref()
                .map_or_else(|| base.clone(), |c| c.name(&base));
            let mut key = combination
                .as_ref()
                .map_or_else(|| job.id.clone(), |c| c.name(&job.id));
            if used.contains(&key) {
                key = format!("{key} #{}", index + 1);
            }
            used.push(key.clone());
            let mut copy = job.clone();
            copy.id = key;
            copy.name = match &job.name {
                Some(name) if name.value.contains("${{") => Some(name.clone()),
                _ => Some(Text {
                    value: display,
                    pos: job.pos,
                }),
            };
            copy.combination = Some(CombinationOf {
                job_id: job.id.clone(),
                matrix: combination
                    .as_ref()
                    .map_or(Value::Null, |c| Value::Object(c.matrix.clone())),
                strategy: json!({
                    "fail-fast": fail_fast,
                    "job-index": index,
                    "job-total": total,
                    "max-parallel": max_parallel,
                }),
                dir: format!("{}-{}", job.id, index + 1),
            });
            jobs.push(copy);
        }
        jobs
    }

    fn evaluate(
        &self,
        text: &Text,
        contexts: &Map<String, Value>,
        what: &str,
    ) -> Result<Value, String> {
        eval::value(&text.value, contexts, Status::SUCCESS)
            .map_err(|e| self.at(text, &format!("cannot evaluate `{what}`: {}", e.message)))
    }

    /// A matrix value with its expressions evaluated.
    fn matrix_json(
        &self,
        value: &MatrixValue,
        contexts: &Map<String, Value>,
    ) -> Result<Value, String> {
        Ok(match value {
            MatrixValue::Lit(v) => v.clone(),
            MatrixValue::Expr(text) => self.evaluate(text, contexts, "matrix")?,
            MatrixValue::Seq(items) => Value::Array(
                items
                    .iter()
                    .map(|v| self.matrix_json(v, contexts))
                    .collect::<Result<_, _>>()?,
            ),
            MatrixValue::Map(pairs) => Value::Object(
                pairs
                    .iter()
                    .map(|(k, v)| Ok((k.clone(), self.matrix_json(v, contexts)?)))
                    .collect::<Result<_, String>>()?,
            ),
        })
    }

    /// The first expression of a matrix: where its problems are reported.
    fn first_text<'m>(&self, value: &'m MatrixValue) -> Option<&'m Text> {
        match value {
            MatrixValue::Expr(text) => Some(text),
            MatrixValue::Lit(_) => None,
            MatrixValue::Seq(items) => items.iter().find_map(|v| self.first_text(v)),
            MatrixValue::Map(pairs) => pairs.iter().find_map(|(_, v)| self.first_text(v)),
        }
    }
}

/// A place for messages about a job as a whole: its id.
fn job_text(job: &Job) -> Text {
    Text {
        value: job.id.clone(),
        pos: job.pos,
    }
}

/// What the jobs that need a job see, from its copies' ends (in `order`,
/// the order they finished in).
pub(super) fn aggregate(job: &Job, plan: &Plan, done: Vec<JobDone>, order: &[usize]) -> JobDone {
    if !plan.expanded {
        let mut done = done
            .into_iter()
            .next()
            .unwrap_or_else(|| JobDone::empty(job.id.clone(), JobResult::Skipped));
        if done.allowed_failure {
            done.result = JobResult::Success;
        }
        return done;
    }
    let seen: Vec<JobResult> = done
        .iter()
        .map(|d| {
            if d.allowed_failure {
                JobResult::Success
            } else {
                d.result
            }
        })
        .collect();
    let result = if seen.contains(&JobResult::Failure) {
        JobResult::Failure
    } else if seen.contains(&JobResult::Cancelled) {
        JobResult::Cancelled
    } else if seen.iter().all(|r| *r == JobResult::Skipped) {
        JobResult::Skipped
    } else {
        JobResult::Success
    };
    // The last combination to finish wins for each output it set (an empty
    // value sets nothing, as in the docs' example of matrix outputs).
    let mut outputs = std::collections::BTreeMap::new();
    for &i in order {
        for (name, value) in &done[i].outputs {
            if !value.is_empty() {
                outputs.insert(name.clone(), value.clone());
            }
        }
    }
    let name = match &job.name {
        Some(name) if !name.value.contains("${{") => name.value.clone(),
        _ => job.id.clone(),
    };
    let combinations = plan
        .jobs
        .iter()
        .zip(done)
        .map(|(copy, d)| JobReport {
            id: copy.id.clone(),
            name: d.name,
            result: d.result,
            needs: job.needs.clone(),
            outputs: d.outputs,
            steps: d.steps,
            environment: d.environment,
            approval: d.approval,
            matrix: copy
                .combination
                .as_ref()
                .map(|c| c.matrix.clone())
                .filter(|m| !m.is_null()),
            combinations: Vec::new(),
        })
        .collect();
    JobDone {
        outputs,
        combinations,
        ..JobDone::empty(name, result)
    }
}
