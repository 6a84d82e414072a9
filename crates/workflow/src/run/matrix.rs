//! A job's `strategy:` when it is about to start: its matrix evaluated
//! (expressions may read `needs`) and expanded into one copy of the job
//! per combination (see `crate::matrix`), each with its `matrix` and
//! `strategy` contexts and GitHub's name; and at the end, the one result
//! and the outputs that the jobs needing it see.

use serde_json::{Map, Value, json};

use super::{JobDone, Run};
use crate::eval::{self, Status};
use crate::matrix::{self, Combination, Ordered};
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
                            &i18n::t!(
                                "workflow-max-parallel-value",
                                value = serde_json::to_string(&value).unwrap_or_default()
                            ),
                        ));
                    }
                }
            }
        };
        let fallback = job_text(job);
        let (entries, at) = match &strategy.matrix {
            MatrixValue::Expr(text) => match self.evaluate(text, &contexts, "matrix")? {
                Value::Object(map) => {
                    let mut entries: Vec<(String, Ordered)> = map
                        .into_iter()
                        .map(|(k, v)| (k, Ordered::from_json(v)))
                        .collect();
                    if let Some(order) = self.json_key_order(text, &contexts) {
                        entries.sort_by_key(|(k, _)| order.iter().position(|o| o == k));
                    }
                    (entries, text)
                }
                other => {
                    return Err(self.at(
                        text,
                        &i18n::t!(
                            "workflow-matrix-value",
                            value = serde_json::to_string(&other).unwrap_or_default()
                        ),
                    ));
                }
            },
            MatrixValue::Map(pairs) => {
                let mut entries = Vec::new();
                for (key, value) in pairs {
                    entries.push((key.clone(), self.resolve(value, &contexts)?));
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
                &i18n::t!(
                    "workflow-matrix-invalid",
                    job = job.id.as_str(),
                    problems = list.join("; ")
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
                dir: format!("{}.{}", job.id, index + 1),
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
        eval::value(&text.value, contexts, Status::SUCCESS).map_err(|e| {
            self.at(
                text,
                &crate::cannot_evaluate(&format!("`{what}`"), &e.message),
            )
        })
    }

    /// A matrix value with its expressions evaluated, in the file's order.
    fn resolve(
        &self,
        value: &MatrixValue,
        contexts: &Map<String, Value>,
    ) -> Result<Ordered, String> {
        Ok(match value {
            MatrixValue::Lit(v) => Ordered::Scalar(v.clone()),
            MatrixValue::Expr(text) => Ordered::from_json(self.evaluate(text, contexts, "matrix")?),
            MatrixValue::Seq(items) => Ordered::List(
                items
                    .iter()
                    .map(|v| self.resolve(v, contexts))
                    .collect::<Result<_, _>>()?,
            ),
            MatrixValue::Map(pairs) => Ordered::Map(
                pairs
                    .iter()
                    .map(|(k, v)| Ok((k.clone(), self.resolve(v, contexts)?)))
                    .collect::<Result<_, String>>()?,
            ),
        })
    }

    /// The top-level keys of a matrix written `${{ fromJSON(x) }}`, in the
    /// order of the JSON text. serde_json sorts the keys of its maps, but
    /// GitHub keeps the text's order, which orders the combinations and
    /// their names; `None` for any other expression.
    fn json_key_order(&self, text: &Text, contexts: &Map<String, Value>) -> Option<Vec<String>> {
        let inner = text
            .value
            .trim()
            .strip_prefix("${{")?
            .strip_suffix("}}")?
            .trim();
        let (function, argument) = inner.split_at_checked("fromJSON(".len())?;
        let argument = argument.strip_suffix(')')?;
        if !function.eq_ignore_ascii_case("fromJSON(") {
            return None;
        }
        let json =
            eval::render(&format!("${{{{ {argument} }}}}"), contexts, Status::SUCCESS).ok()?;
        serde_json::from_str::<KeyOrder>(&json).ok().map(|k| k.0)
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

/// The keys of a JSON object, in the text's order.
struct KeyOrder(Vec<String>);

impl<'de> serde::Deserialize<'de> for KeyOrder {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Keys;
        impl<'de> serde::de::Visitor<'de> for Keys {
            type Value = KeyOrder;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<KeyOrder, A::Error> {
                let mut keys = Vec::new();
                while let Some((key, serde::de::IgnoredAny)) = map.next_entry::<String, _>()? {
                    keys.push(key);
                }
                Ok(KeyOrder(keys))
            }
        }
        deserializer.deserialize_map(Keys)
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

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::super::testing::run;
    use crate::{JobResult, RunEvent};

    fn results(ran: &super::super::testing::Ran, job: &str) -> Vec<(String, JobResult)> {
        ran.job(job)
            .combinations
            .iter()
            .map(|c| (c.id.clone(), c.result))
            .collect()
    }

    fn started(ran: &super::super::testing::Ran) -> Vec<String> {
        ran.events
            .iter()
            .filter_map(|e| match e {
                RunEvent::JobStarted { job, .. } => Some(job.clone()),
                _ => None,
            })
            .collect()
    }

    /// docs: "GitHub will cancel all in-progress and queued jobs in the
    /// matrix if any job in the matrix fails" (fail-fast defaults to true).
    #[test]
    fn fail_fast_cancels_the_running_and_the_queued_combinations() {
        let src = r#"on: push
jobs:
  test:
    runs-on: x
    strategy:
      max-parallel: 2
      matrix:
        v: [bad, slow, queued]
    steps:
      - run: if [ ${{ matrix.v }} = bad ]; then sleep 0.3; exit 1; else sleep 30; fi
  after:
    needs: test
    if: always()
    runs-on: x
    steps:
      - run: echo "${{ needs.test.result }}"
"#;
        let start = Instant::now();
        let ran = run(src);
        assert!(start.elapsed() < Duration::from_secs(10));
        use JobResult::*;
        assert_eq!(
            results(&ran, "test"),
            [
                ("test (bad)".to_string(), Failure),
                ("test (slow)".to_string(), Cancelled),
                ("test (queued)".to_string(), Cancelled),
            ]
        );
        // The queued one never started (the others start in any order).
        let mut started = started(&ran);
        started.sort();
        assert_eq!(started, ["after", "test (bad)", "test (slow)"]);
        assert_eq!(ran.result("test"), Failure);
        assert_eq!(ran.logs("after"), ["failure"]);
        assert_eq!(ran.report.conclusion, Failure);
    }

    #[test]
    fn without_fail_fast_every_combination_runs() {
        let src = r#"on: push
jobs:
  test:
    runs-on: x
    strategy:
      fail-fast: ${{ vars.REGION == 'us' }}
      max-parallel: 1
      matrix:
        v: [bad, good]
    steps:
      - run: test ${{ matrix.v }} = good
"#;
        let ran = run(src);
        use JobResult::*;
        assert_eq!(
            results(&ran, "test"),
            [
                ("test (bad)".to_string(), Failure),
                ("test (good)".to_string(), Success)
            ]
        );
        assert_eq!(ran.result("test"), Failure);
    }

    /// The docs' fail-fast example: `continue-on-error` from the matrix
    /// lets the experimental combination fail without cancelling the
    /// others or failing the run; the jobs that need it see success.
    #[test]
    fn an_experimental_combination_may_fail() {
        let src = r#"on: push
jobs:
  test:
    runs-on: x
    continue-on-error: ${{ matrix.experimental }}
    strategy:
      fail-fast: true
      max-parallel: 1
      matrix:
        version: [6, 7, 8]
        experimental: [false]
        include:
          - version: 9
            experimental: true
    steps:
      - run: test ${{ matrix.version }} != 9
  after:
    needs: test
    runs-on: x
    steps:
      - run: echo "${{ needs.test.result }}"
"#;
        let ran = run(src);
        use JobResult::*;
        assert_eq!(
            results(&ran, "test"),
            [
                ("test (6, false)".to_string(), Success),
                ("test (7, false)".to_string(), Success),
                ("test (8, false)".to_string(), Success),
                ("test (9, true)".to_string(), Failure),
            ]
        );
        assert_eq!(ran.result("test"), Success);
        assert_eq!(ran.logs("after"), ["success"]);
        assert_eq!(ran.report.conclusion, Success);
    }

    #[test]
    fn job_level_continue_on_error_without_a_matrix() {
        let src = r#"on: push
jobs:
  flaky:
    runs-on: x
    continue-on-error: true
    steps:
      - run: exit 1
  after:
    needs: flaky
    runs-on: x
    steps:
      - run: echo "${{ needs.flaky.result }}"
"#;
        let ran = run(src);
        assert!(ran.events.iter().any(|e| matches!(e,
            RunEvent::JobFinished { job, result: JobResult::Failure } if job == "flaky")));
        assert_eq!(ran.result("flaky"), JobResult::Success);
        assert_eq!(ran.logs("after"), ["success"]);
        assert_eq!(ran.report.conclusion, JobResult::Success);
    }

    /// With max-parallel 1 a combination starts only when the previous one
    /// ended; with 2, two overlap.
    #[test]
    fn max_parallel_limits_the_combinations_running_at_once() {
        let log_of = |max: u32| {
            let src = format!(
                r#"on: push
jobs:
  test:
    runs-on: x
    strategy:
      max-parallel: {max}
      matrix:
        v: [a, b, c]
    steps:
      - run: echo start >> ../../log; sleep 0.3; echo end >> ../../log
"#
            );
            let ran = run(&src);
            std::fs::read_to_string(ran._dir.path().join("work/log")).unwrap()
        };
        assert_eq!(log_of(1), "start\nend\n".repeat(3));
        assert!(log_of(2).starts_with("start\nstart\n"));
    }

    #[test]
    fn matrix_and_strategy_contexts() {
        let src = r#"on: push
jobs:
  plain:
    runs-on: x
    steps:
      - run: echo '${{ toJSON(strategy) }} ${{ toJSON(matrix) }} ${{ github.job }} '"$GITHUB_JOB"
  m:
    runs-on: x
    strategy:
      fail-fast: false
      matrix:
        os: [ubuntu, debian]
    steps:
      - run: echo '${{ matrix.os }} ${{ strategy.job-index }}/${{ strategy.job-total }} ${{ strategy.max-parallel }} ${{ strategy.fail-fast }} ${{ github.job }} '"$GITHUB_JOB"
"#;
        let ran = run(src);
        let plain = ran.logs("plain").join("");
        assert!(plain.contains(r#""job-total": 1"#), "{plain}");
        assert!(plain.ends_with("} null plain plain"), "{plain}");
        assert_eq!(ran.logs("m (ubuntu)"), ["ubuntu 0/2 2 false m m"]);
        assert_eq!(ran.logs("m (debian)"), ["debian 1/2 2 false m m"]);
    }

    /// A matrix made by an earlier job, evaluated when the job starts:
    /// whole (`matrix: ${{ fromJSON(..) }}`) or one vector.
    #[test]
    fn matrices_from_the_outputs_of_needed_jobs() {
        let src = r#"on: push
jobs:
  setup:
    runs-on: x
    outputs:
      matrix: ${{ steps.s.outputs.matrix }}
      list: ${{ steps.s.outputs.list }}
    steps:
      - id: s
        run: |
          echo 'matrix={"os":["ubuntu","debian"],"arch":["x64"],"include":[{"os":"alpine"}]}' >> "$GITHUB_OUTPUT"
          echo 'list=["1", "2"]' >> "$GITHUB_OUTPUT"
  whole:
    needs: setup
    runs-on: x
    strategy:
      matrix: ${{ fromJSON(needs.setup.outputs.matrix) }}
    steps:
      - run: echo ${{ matrix.os }}
  vector:
    needs: setup
    runs-on: x
    strategy:
      matrix:
        n: ${{ fromJSON(needs.setup.outputs.list) }}
    steps:
      - run: echo ${{ matrix.n }}
"#;
        let ran = run(src);
        let ids = |job: &str| -> Vec<String> {
            ran.job(job)
                .combinations
                .iter()
                .map(|c| c.id.clone())
                .collect()
        };
        assert_eq!(
            ids("whole"),
            // In the JSON text's order (os before arch), as on GitHub.
            [
                "whole (ubuntu, x64)",
                "whole (debian, x64)",
                "whole (alpine)"
            ]
        );
        assert_eq!(ids("vector"), ["vector (1)", "vector (2)"]);
        assert_eq!(ran.logs("vector (2)"), ["2"]);
        assert_eq!(ran.report.conclusion, JobResult::Success);
    }

    #[test]
    fn a_matrix_expression_that_gives_no_mapping_fails_the_job() {
        let src = r#"on: push
jobs:
  m:
    runs-on: x
    strategy:
      matrix: ${{ fromJSON('[1, 2]') }}
    steps:
      - run: echo never
"#;
        let ran = run(src);
        assert_eq!(ran.result("m"), JobResult::Failure);
        assert_eq!(
            ran.logs("m"),
            [
                "ci.yml:6:15: `matrix` must give a mapping of vectors (e.g. {\"os\": [\"ubuntu-latest\"]}), but its expression gives [1,2]"
            ]
        );
        let src = src.replace(
            "${{ fromJSON('[1, 2]') }}",
            r#""${{ fromJSON('{\"os\": []}') }}""#,
        );
        let ran = run(&src);
        assert_eq!(
            ran.logs("m"),
            [
                "ci.yml:6:15: the matrix of job \"m\" is invalid: the matrix vector \"os\" has no values: give it at least one, or remove it"
            ]
        );
    }

    /// docs: "the last matrix job that runs will override the output
    /// value"; outputs with distinct names are combined, and an empty
    /// value does not override (the docs' example shows all three).
    #[test]
    fn outputs_of_all_combinations_the_last_one_winning() {
        let src = r#"on: push
jobs:
  m:
    runs-on: x
    strategy:
      max-parallel: 1
      matrix:
        version: [1, 2, 3]
    outputs:
      output_1: ${{ steps.s.outputs.output_1 }}
      output_2: ${{ steps.s.outputs.output_2 }}
      output_3: ${{ steps.s.outputs.output_3 }}
      last: ${{ steps.s.outputs.last }}
    steps:
      - id: s
        run: |
          echo "output_${{ matrix.version }}=${{ matrix.version }}" >> "$GITHUB_OUTPUT"
          echo "last=${{ matrix.version }}" >> "$GITHUB_OUTPUT"
  after:
    needs: m
    runs-on: x
    steps:
      - run: echo '${{ toJSON(needs.m.outputs) }}'
"#;
        let ran = run(src);
        assert_eq!(
            ran.logs("after"),
            [
                "{",
                "  \"last\": \"3\",",
                "  \"output_1\": \"1\",",
                "  \"output_2\": \"2\",",
                "  \"output_3\": \"3\"",
                "}"
            ]
        );
    }

    #[test]
    fn names_carry_the_matrix_values_unless_they_are_expressions() {
        let src = r#"on: push
jobs:
  a:
    name: Build
    runs-on: x
    strategy:
      matrix:
        os: [ubuntu]
        node: [18]
    steps:
      - run: "true"
  b:
    name: Build on ${{ matrix.os }}
    runs-on: x
    strategy:
      matrix:
        os: [debian]
    steps:
      - run: "true"
  c:
    runs-on: x
    strategy:
      matrix:
        app: [{repo: user/app1, name: App One}]
    steps:
      - run: "true"
  d:
    runs-on: x
    strategy:
      matrix:
        include:
          - site: production
            datacenter: site-a
    steps:
      - run: "true"
"#;
        let ran = run(src);
        let names: Vec<(String, String)> = ran
            .events
            .iter()
            .filter_map(|e| match e {
                RunEvent::JobStarted { job, name } => Some((job.clone(), name.clone())),
                _ => None,
            })
            .collect();
        assert!(names.contains(&("a (ubuntu, 18)".into(), "Build (ubuntu, 18)".into())));
        assert!(names.contains(&("b (debian)".into(), "Build on debian".into())));
        // Values in the file's order, nested ones and those of a matrix of
        // `include` only too.
        assert!(names.contains(&(
            "c (user/app1, App One)".into(),
            "c (user/app1, App One)".into()
        )));
        assert!(names.contains(&(
            "d (production, site-a)".into(),
            "d (production, site-a)".into()
        )));
        assert!(ran.events.iter().any(|e| matches!(e,
            RunEvent::MatrixExpanded { job, combinations } if job == "a" && combinations == &["a (ubuntu, 18)"])));
    }

    /// GitHub runs the job once, without a matrix, when `exclude` removes
    /// every combination.
    #[test]
    fn excluding_every_combination_runs_the_job_once() {
        let src = r#"on: push
jobs:
  m:
    runs-on: x
    strategy:
      matrix:
        os: ${{ fromJSON('["a"]') }}
        exclude:
          - os: a
    steps:
      - run: echo "[${{ toJSON(matrix) }}] ${{ strategy.job-total }}"
"#;
        let ran = run(src);
        assert_eq!(ran.logs("m"), ["[null] 1"]);
        assert_eq!(ran.result("m"), JobResult::Success);
    }

    #[test]
    fn timeout_minutes_and_env_as_expressions() {
        let src = r#"on: push
jobs:
  m:
    runs-on: x
    timeout-minutes: ${{ matrix.minutes }}
    env: ${{ fromJSON('{"GREETING":"hello","N":3}') }}
    strategy:
      matrix:
        minutes: [0.01]
    steps:
      - run: echo "$GREETING $N"; sleep 30
"#;
        let start = Instant::now();
        let ran = run(src);
        assert!(start.elapsed() < Duration::from_secs(10));
        assert_eq!(
            ran.logs("m (0.01)"),
            [
                "hello 3",
                "Error: The job exceeded its timeout-minutes (0.01) and was stopped."
            ]
        );
        let bad = src.replace("${{ matrix.minutes }}", "${{ 'soon' }}");
        let ran = run(&bad);
        assert_eq!(
            ran.logs("m (0.01)"),
            [
                "ci.yml:5:22: `timeout-minutes` must be a positive number of minutes, but its expression gives \"soon\""
            ]
        );
    }

    #[test]
    fn an_env_expression_must_give_a_mapping() {
        let src = "on: push\njobs:\n  j:\n    runs-on: x\n    env: ${{ github.ref }}\n    steps:\n      - run: echo never\n";
        let ran = run(src);
        assert_eq!(ran.result("j"), JobResult::Failure);
        assert_eq!(
            ran.logs("j"),
            [
                "ci.yml:5:10: `env` must give a mapping of names to values (e.g. {\"NAME\": \"value\"}), but its expression gives \"refs/heads/main\""
            ]
        );
    }

    #[test]
    fn a_step_timeout_may_be_an_expression() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    strategy:
      matrix:
        minutes: [0.01]
    steps:
      - timeout-minutes: ${{ matrix.minutes }}
        run: sleep 30
      - if: always()
        timeout-minutes: ${{ fromJSON('[]') }}
        run: echo never
"#;
        let start = Instant::now();
        let ran = run(src);
        assert!(start.elapsed() < Duration::from_secs(10));
        assert_eq!(
            ran.logs("j (0.01)"),
            [
                "Error: The step exceeded its timeout-minutes (0.01) and was stopped.",
                "ci.yml:12:26: `timeout-minutes` must be a positive number of minutes, but its expression gives []"
            ]
        );
    }

    #[test]
    fn github_token_is_a_masked_placeholder() {
        let src = r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - run: |
          echo "${{ secrets.GITHUB_TOKEN }}"
          case "$T" in devpath-placeholder-not-a-token-*) echo placeholder;; esac
        env:
          T: ${{ secrets.GITHUB_TOKEN }}
"#;
        let ran = run(src);
        assert_eq!(ran.logs("j"), ["***", "placeholder"]);
    }

    #[test]
    fn run_name_is_evaluated_and_announced() {
        let src = "run-name: Deploy ${{ github.ref_name }} by ${{ github.actor }}\non: push\njobs:\n  j:\n    runs-on: x\n    steps:\n      - run: 'true'\n";
        let ran = run(src);
        assert_eq!(
            ran.report.run_name.as_deref(),
            Some("Deploy main by learner")
        );
        assert!(
            matches!(&ran.events[0], RunEvent::RunNamed { name } if name == "Deploy main by learner")
        );
    }
}
