//! `strategy:` (`matrix`, `fail-fast`, `max-parallel`) and the job-level
//! keys that may be expressions (`continue-on-error`, `env:` as one
//! expression), checked as GitHub's workflow parser and actionlint check
//! them. A matrix without expressions is expanded here already, so that
//! what GitHub would reject (an empty vector, an `exclude` key that is no
//! vector) is reported with its line and column before anything runs; one
//! with expressions is checked again when the job is about to start.

use i18n::t;
use serde_json::Value;

use super::Checker;
use crate::matrix::{self, Ordered};
use crate::model::{Flag, MatrixValue, MaxParallel, Pairs, Strategy};
use crate::yaml::{Kind, Node, ScalarType};

/// The contexts of `strategy:` (no `matrix` yet, no `secrets`).
const STRATEGY: &[&str] = &["github", "inputs", "vars", "needs"];
/// The contexts of job-level keys evaluated per matrix combination
/// (`continue-on-error`, `timeout-minutes`).
pub(super) const JOB_STRATEGY: &[&str] =
    &["github", "inputs", "vars", "needs", "strategy", "matrix"];

const STRATEGY_KEYS: &[&str] = &["matrix", "fail-fast", "max-parallel"];

fn is_expression(node: &Node) -> bool {
    node.scalar_type() == Some(ScalarType::Str) && node.scalar().is_some_and(|s| s.contains("${{"))
}

impl Checker<'_> {
    /// `true`, `false` or an expression (`continue-on-error`, `fail-fast`).
    pub(super) fn flag(&mut self, node: &Node, what: &str, allowed: &[&str]) -> Option<Flag> {
        match node.scalar_type() {
            Some(ScalarType::Bool) => Some(Flag::Fixed(
                node.scalar()
                    .is_some_and(|s| s.eq_ignore_ascii_case("true")),
            )),
            _ if is_expression(node) => self.text(node, what, allowed).map(Flag::Expr),
            _ => {
                self.error(
                    node.pos,
                    t!("workflow-flag-type", what = what, found = node.describe()),
                );
                None
            }
        }
    }

    /// `env:` as a mapping, or as one expression whose value is a mapping
    /// (kept as one entry with an empty name, see [`Pairs`]).
    pub(super) fn env_pairs(&mut self, node: &Node, what: &str, allowed: &[&str]) -> Pairs {
        if is_expression(node) {
            return self
                .text(node, what, allowed)
                .map(|text| vec![(String::new(), text)])
                .unwrap_or_default();
        }
        self.pairs(node, what, allowed)
    }

    /// `strategy:` of a job.
    pub(super) fn strategy(&mut self, node: &Node, place: &str) -> Option<Strategy> {
        let what = t!("workflow-the-key-of", key = "strategy", place = place);
        if is_expression(node) {
            self.not_run(node.pos, &t!("workflow-strategy-expression", what = &*what));
            return None;
        }
        let entries = self.entries(node, &what, "key")?;
        if entries.is_empty() {
            self.error(node.pos, t!("workflow-strategy-empty", what = &*what));
            return None;
        }
        let mut matrix = None;
        let mut fail_fast = Flag::Fixed(true);
        let mut max_parallel = None;
        for (key, key_node, value) in entries {
            match key {
                "matrix" => matrix = self.matrix(value, &what),
                "fail-fast" => {
                    if let Some(flag) = self.flag(
                        value,
                        &t!("workflow-key-in-what", key = "fail-fast", what = &*what),
                        STRATEGY,
                    ) {
                        fail_fast = flag;
                    }
                }
                "max-parallel" => max_parallel = self.max_parallel(value, &what),
                _ => self.unknown_key(key, key_node.pos, STRATEGY_KEYS, &what),
            }
        }
        let Some(matrix) = matrix else {
            if !self.has_key(node, "matrix") {
                self.warn(node.pos, t!("workflow-strategy-no-matrix", what = &*what));
            }
            return None;
        };
        Some(Strategy {
            matrix,
            fail_fast,
            max_parallel,
        })
    }

    /// `max-parallel`: a whole number of at least 1, or an expression.
    fn max_parallel(&mut self, node: &Node, what: &str) -> Option<MaxParallel> {
        let label = t!("workflow-key-in-what", key = "max-parallel", what = what);
        match node.scalar_type() {
            Some(ScalarType::Int) => match node.scalar().and_then(|s| s.parse::<i64>().ok()) {
                Some(n) if n >= 1 => Some(MaxParallel::Fixed(n.unsigned_abs())),
                _ => {
                    self.error(
                        node.pos,
                        t!(
                            "workflow-max-parallel-min",
                            what = &*label,
                            found = node.scalar().unwrap_or_default()
                        ),
                    );
                    None
                }
            },
            Some(ScalarType::Float) => {
                self.error(
                    node.pos,
                    t!(
                        "workflow-max-parallel-float",
                        what = &*label,
                        found = node.scalar().unwrap_or_default()
                    ),
                );
                None
            }
            _ if is_expression(node) => self.text(node, &label, STRATEGY).map(MaxParallel::Expr),
            _ => {
                self.error(
                    node.pos,
                    t!(
                        "workflow-whole-number",
                        what = &*label,
                        found = node.describe()
                    ),
                );
                None
            }
        }
    }

    /// `strategy.matrix`: a mapping of vectors (plus `include` and
    /// `exclude`), or one expression.
    fn matrix(&mut self, node: &Node, what: &str) -> Option<MatrixValue> {
        let label = t!("workflow-key-in-what", key = "matrix", what = what);
        if is_expression(node) {
            return self.text(node, &label, STRATEGY).map(MatrixValue::Expr);
        }
        let Kind::Map(_) = &node.kind else {
            self.error(
                node.pos,
                t!(
                    "workflow-matrix-type",
                    what = &*label,
                    found = node.describe()
                ),
            );
            return None;
        };
        let entries = self.entries(node, &label, "key")?;
        let mut values = Vec::new();
        let mut literal = true;
        for (key, _, value) in &entries {
            let value = self.matrix_value(
                value,
                &t!(
                    "workflow-key-in-what",
                    key = format!("matrix.{key}"),
                    what = what
                ),
            );
            literal &= to_ordered(&value).is_some();
            values.push(((*key).to_string(), value));
        }
        if literal {
            let ordered: Vec<(String, Ordered)> = values
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), to_ordered(v)?)))
                .collect();
            match matrix::expand(&ordered) {
                Ok(combinations) if combinations.is_empty() => {
                    self.warn(node.pos, t!("workflow-matrix-excludes-all", what = &*label))
                }
                Ok(_) => {}
                Err(problems) => {
                    for problem in problems {
                        let at = entries
                            .iter()
                            .find(|(k, _, _)| *k == problem.key)
                            .map(|(_, key_node, value)| match (&value.kind, problem.item) {
                                (Kind::Seq(items), Some(i)) => {
                                    items.get(i).map_or(value.pos, |n| n.pos)
                                }
                                (Kind::Seq(_), None) => value.pos,
                                _ => key_node.pos,
                            })
                            .unwrap_or(node.pos);
                        self.error(at, format!("{label}: {}", problem.message));
                    }
                }
            }
        }
        Some(MatrixValue::Map(values))
    }

    /// A value inside a matrix: literals, expressions, lists, mappings.
    fn matrix_value(&mut self, node: &Node, what: &str) -> MatrixValue {
        if is_expression(node) {
            return match self.text(node, what, STRATEGY) {
                Some(text) => MatrixValue::Expr(text),
                None => MatrixValue::Lit(Value::Null),
            };
        }
        match &node.kind {
            Kind::Seq(items) => {
                MatrixValue::Seq(items.iter().map(|n| self.matrix_value(n, what)).collect())
            }
            Kind::Map(pairs) => MatrixValue::Map(
                pairs
                    .iter()
                    .map(|(k, v)| {
                        (
                            k.scalar().unwrap_or_default().to_string(),
                            self.matrix_value(v, what),
                        )
                    })
                    .collect(),
            ),
            Kind::Scalar { value, .. } => MatrixValue::Lit(match node.scalar_type() {
                Some(ScalarType::Null) => Value::Null,
                Some(ScalarType::Bool) => Value::Bool(value.eq_ignore_ascii_case("true")),
                Some(ScalarType::Int | ScalarType::Float) => value
                    .parse::<i64>()
                    .map(Value::from)
                    .ok()
                    .or_else(|| {
                        value
                            .parse::<f64>()
                            .ok()
                            .and_then(serde_json::Number::from_f64)
                            .map(Value::Number)
                    })
                    .unwrap_or_else(|| Value::String(value.clone())),
                _ => Value::String(value.clone()),
            }),
        }
    }
}

/// A matrix value without expressions (`None` if it has some).
fn to_ordered(value: &MatrixValue) -> Option<Ordered> {
    Some(match value {
        MatrixValue::Lit(v) => Ordered::Scalar(v.clone()),
        MatrixValue::Expr(_) => return None,
        MatrixValue::Seq(items) => {
            Ordered::List(items.iter().map(to_ordered).collect::<Option<_>>()?)
        }
        MatrixValue::Map(pairs) => Ordered::Map(
            pairs
                .iter()
                .map(|(k, v)| Some((k.clone(), to_ordered(v)?)))
                .collect::<Option<_>>()?,
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::super::parse;

    /// Errors, or else warnings, as `file:line:col: message`.
    fn diagnostics(src: &str) -> Vec<String> {
        match parse("ci.yml", src) {
            Ok(parsed) => parsed.warnings.iter().map(ToString::to_string).collect(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }

    fn job(strategy: &str) -> String {
        format!(
            "on: push\njobs:\n  t:\n    runs-on: x\n    strategy:\n{strategy}    steps: [{{run: 'true'}}]\n"
        )
    }

    #[test]
    fn a_valid_matrix_has_no_diagnostics() {
        let src = job(
            "      fail-fast: false\n      max-parallel: 2\n      matrix:\n        os: [a, b]\n        include: [{os: c}]\n        exclude: [{os: a}]\n",
        );
        assert_eq!(diagnostics(&src), Vec::<String>::new());
        let expr = job(
            "      fail-fast: ${{ vars.FAST == 'yes' }}\n      max-parallel: ${{ fromJSON(vars.N) }}\n      matrix: ${{ fromJSON(vars.M) }}\n",
        );
        assert_eq!(diagnostics(&expr), Vec::<String>::new());
    }

    /// What actionlint and GitHub's parser reject, each at its place.
    #[test]
    fn structural_errors_name_their_place() {
        let src = job(
            "      fail_fast: false\n      max-parallel: 1.5\n      matrix:\n        os: []\n        node: 18\n        exclude:\n          - arch: x64\n        include:\n          - {}\n",
        );
        assert_eq!(
            diagnostics(&src),
            [
                "ci.yml:6:7: unknown key \"fail_fast\" in the `strategy` of job \"t\" — did you mean \"fail-fast\"?",
                "ci.yml:7:21: `max-parallel` in the `strategy` of job \"t\" must be a whole number of jobs, found 1.5: write e.g. `max-parallel: 2`",
                "ci.yml:9:13: `matrix` in the `strategy` of job \"t\": the matrix vector \"os\" has no values: give it at least one, or remove it",
                "ci.yml:10:9: `matrix` in the `strategy` of job \"t\": the matrix vector \"node\" must be a list of values, found a number",
                "ci.yml:12:13: `matrix` in the `strategy` of job \"t\": the `exclude` key \"arch\" is not a vector of the matrix (vectors: )",
                "ci.yml:14:13: `matrix` in the `strategy` of job \"t\": an `include` entry is empty: give it at least one value",
            ]
        );
        assert_eq!(
            diagnostics(&job("      max-parallel: 0\n      matrix: {os: [a]}\n")),
            [
                "ci.yml:6:21: `max-parallel` in the `strategy` of job \"t\" must be at least 1, found 0"
            ]
        );
        assert_eq!(
            diagnostics(&job("      matrix: {}\n")),
            [
                "ci.yml:6:15: `matrix` in the `strategy` of job \"t\": the matrix defines no vector: add one (e.g. `os: [ubuntu-latest]`) or `include` entries"
            ]
        );
        assert_eq!(
            diagnostics(
                "on: push\njobs:\n  t:\n    runs-on: x\n    strategy: {}\n    steps: [{run: 'true'}]\n"
            ),
            [
                "ci.yml:5:15: the `strategy` of job \"t\" is empty: add a `matrix`, or remove `strategy`"
            ]
        );
        assert_eq!(
            diagnostics(&job("      matrix:\n        os: ${{ secrets.OS }}\n")),
            [
                "ci.yml:7:17: the `secrets` context is not available in `matrix.os` in the `strategy` of job \"t\"; available here: github, inputs, vars, needs"
            ]
        );
    }

    /// GitHub accepts a strategy without a matrix (the job runs once): a
    /// warning, not an error.
    #[test]
    fn a_strategy_without_matrix_warns() {
        assert_eq!(
            diagnostics(&job("      fail-fast: false\n")),
            [
                "ci.yml:6:7: the `strategy` of job \"t\" has no `matrix`, so the job runs once; add a `matrix` or remove `strategy`"
            ]
        );
    }

    #[test]
    fn job_keys_that_may_be_expressions() {
        let src = "on: push\njobs:\n  t:\n    runs-on: x\n    continue-on-error: ${{ matrix.experimental }}\n    timeout-minutes: ${{ matrix.minutes }}\n    env: ${{ fromJSON(vars.ENV) }}\n    environment:\n      name: staging\n      deployment: false\n    steps:\n      - run: 'true'\n        env: ${{ fromJSON(vars.STEP_ENV) }}\n";
        assert_eq!(diagnostics(src), Vec::<String>::new());
        let bad = "on: push\njobs:\n  t:\n    runs-on: x\n    continue-on-error: maybe\n    timeout-minutes: ${{ secrets.T }}\n    environment:\n      name: staging\n      deployment: no\n    steps: [{run: 'true'}]\n";
        assert_eq!(
            diagnostics(bad),
            [
                "ci.yml:5:24: `continue-on-error` of job \"t\" must be true, false or an expression, found a string",
                "ci.yml:6:26: the `secrets` context is not available in `timeout-minutes` of job \"t\"; available here: github, inputs, vars, needs, strategy, matrix",
                "ci.yml:9:19: `environment.deployment` of job \"t\" must be true, false or an expression, found a string",
            ]
        );
    }
}
