//! `strategy.matrix`: from a matrix (its vectors, `include` and `exclude`)
//! to the list of job combinations GitHub creates, in GitHub's order, with
//! the values GitHub appends to the job's name.
//!
//! GitHub's rules, as its workflow parser implements them
//! (`actions/runner`, `src/Sdk/WorkflowParser/Conversion/MatrixBuilder.cs`)
//! and the docs describe them ("Running variations of jobs in a workflow"):
//! - the cross product of the vectors, the first vector varying slowest;
//! - `exclude` removes a combination that matches one of its entries,
//!   even partially (each value given must be equal, `==` style);
//! - then each `include` entry is split into its "filter" (keys that are
//!   vectors) and its "extra" values (other keys). Its extras are added to
//!   every combination its filter matches (an empty filter matches them
//!   all), later entries overwriting earlier extras but never a vector
//!   value; an entry that matches no original combination becomes a new
//!   combination, after the others.
//!
//! A job name gets the combination's vector values (or, for a combination
//! added by `include`, all its values): `build (ubuntu-latest, 18)`.

use i18n::t;
use serde_json::{Map, Value};

/// One job of a matrix.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Combination {
    /// The `matrix` context of this job.
    pub matrix: Map<String, Value>,
    /// The values GitHub appends to the job's name, in order.
    pub segments: Vec<String>,
}

impl Combination {
    /// `base (v1, v2)`, cut to 100 characters as GitHub does.
    pub(crate) fn name(&self, base: &str) -> String {
        if self.segments.is_empty() {
            return base.to_string();
        }
        let name = format!("{base} ({})", self.segments.join(", "));
        if name.chars().count() > 100 {
            let cut: String = name.chars().take(97).collect();
            format!("{cut}...")
        } else {
            name
        }
    }
}

/// Something GitHub rejects in a matrix, and where: the top-level `key`
/// (a vector, `include` or `exclude`) and, for `include`/`exclude`, the
/// index of the entry.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Problem {
    pub key: String,
    pub item: Option<usize>,
    pub message: String,
}

/// A matrix value with its mappings in the file's order (serde_json keeps
/// keys sorted): the order of the vectors orders the combinations, and the
/// order of every mapping orders the values in the jobs' names.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Ordered {
    Scalar(Value),
    List(Vec<Ordered>),
    Map(Vec<(String, Ordered)>),
}

impl Ordered {
    /// From JSON, whose mappings are already sorted.
    pub(crate) fn from_json(value: Value) -> Ordered {
        match value {
            Value::Array(items) => {
                Ordered::List(items.into_iter().map(Ordered::from_json).collect())
            }
            Value::Object(map) => Ordered::Map(
                map.into_iter()
                    .map(|(k, v)| (k, Ordered::from_json(v)))
                    .collect(),
            ),
            scalar => Ordered::Scalar(scalar),
        }
    }

    pub(crate) fn to_json(&self) -> Value {
        match self {
            Ordered::Scalar(v) => v.clone(),
            Ordered::List(items) => Value::Array(items.iter().map(Ordered::to_json).collect()),
            Ordered::Map(pairs) => Value::Object(
                pairs
                    .iter()
                    .map(|(k, v)| (k.clone(), v.to_json()))
                    .collect(),
            ),
        }
    }

    fn describe(&self) -> String {
        match self {
            Ordered::Scalar(v) => describe(v),
            Ordered::List(_) => t!("workflow-found-list"),
            Ordered::Map(_) => t!("workflow-found-mapping"),
        }
    }
}

/// Some entries of a mapping, in its order.
type Values<'m> = Vec<(&'m str, &'m Ordered)>;

/// Expands a matrix given as its top-level entries, in file order.
/// `Err` lists what GitHub rejects (in its words where it has some):
/// a vector that is not a list or is empty, a matrix without vectors or
/// `include`, an empty `include`/`exclude` entry, an `exclude` key that is
/// not a vector. An empty result (everything excluded) is not an error:
/// GitHub then runs the job once, without a matrix.
pub(crate) fn expand(entries: &[(String, Ordered)]) -> Result<Vec<Combination>, Vec<Problem>> {
    let mut problems = Vec::new();
    let problem = |key: &str, item: Option<usize>, message: String| Problem {
        key: key.to_string(),
        item,
        message,
    };
    let mut vectors: Vec<(&str, &Vec<Ordered>)> = Vec::new();
    let mut include: &[Ordered] = &[];
    let mut exclude: &[Ordered] = &[];
    for (key, value) in entries {
        match (key.as_str(), value) {
            ("include", Ordered::List(items)) => include = items,
            ("exclude", Ordered::List(items)) => exclude = items,
            ("include" | "exclude", other) => problems.push(problem(
                key,
                None,
                t!(
                    "workflow-matrix-include-type",
                    key = key.as_str(),
                    found = other.describe()
                ),
            )),
            (_, Ordered::List(items)) if items.is_empty() => problems.push(problem(
                key,
                None,
                t!("workflow-matrix-vector-empty", key = key.as_str()),
            )),
            (_, Ordered::List(items)) => vectors.push((key, items)),
            (_, other) => problems.push(problem(
                key,
                None,
                t!(
                    "workflow-matrix-vector-type",
                    key = key.as_str(),
                    found = other.describe()
                ),
            )),
        }
    }
    let is_vector = |k: &str| vectors.iter().any(|(name, _)| *name == k);
    // Each include entry: its filter (vector keys) and its extra values,
    // both in the entry's order.
    let mut filters: Vec<(Values<'_>, Values<'_>)> = Vec::new();
    for (i, item) in include.iter().enumerate() {
        let Ordered::Map(pairs) = item else {
            problems.push(problem(
                "include",
                Some(i),
                t!(
                    "workflow-matrix-entry-type",
                    key = "include",
                    found = item.describe()
                ),
            ));
            continue;
        };
        if pairs.is_empty() {
            problems.push(problem(
                "include",
                Some(i),
                t!("workflow-matrix-include-empty"),
            ));
            continue;
        }
        filters.push(
            pairs
                .iter()
                .map(|(k, v)| (k.as_str(), v))
                .partition(|(k, _)| is_vector(k)),
        );
    }
    let mut excludes = Vec::new();
    for (i, item) in exclude.iter().enumerate() {
        let Ordered::Map(pairs) = item else {
            problems.push(problem(
                "exclude",
                Some(i),
                t!(
                    "workflow-matrix-entry-type",
                    key = "exclude",
                    found = item.describe()
                ),
            ));
            continue;
        };
        if pairs.is_empty() {
            problems.push(problem(
                "exclude",
                Some(i),
                t!("workflow-matrix-exclude-empty"),
            ));
            continue;
        }
        let unknown: Vec<&String> = pairs
            .iter()
            .map(|(k, _)| k)
            .filter(|k| !is_vector(k))
            .collect();
        if !unknown.is_empty() {
            for key in unknown {
                problems.push(problem(
                    "exclude",
                    Some(i),
                    t!(
                        "workflow-matrix-exclude-unknown",
                        key = key.as_str(),
                        vectors = vectors
                            .iter()
                            .map(|(k, _)| *k)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
            continue;
        }
        let filter: Vec<(&str, Value)> = pairs
            .iter()
            .map(|(k, v)| (k.as_str(), v.to_json()))
            .collect();
        excludes.push(filter);
    }
    if vectors.is_empty() && filters.is_empty() && problems.is_empty() {
        problems.push(problem("", None, t!("workflow-matrix-no-vector")));
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    let json_filters: Vec<Vec<(&str, Value)>> = filters
        .iter()
        .map(|(filter, _)| filter.iter().map(|(k, v)| (*k, v.to_json())).collect())
        .collect();
    let mut matched = vec![false; filters.len()];
    let mut out = Vec::new();
    let total: usize = if vectors.is_empty() {
        0
    } else {
        vectors.iter().map(|(_, v)| v.len()).product()
    };
    for index in 0..total {
        let mut matrix = Map::new();
        let mut segments = Vec::new();
        let mut block = total;
        for (name, values) in &vectors {
            block /= values.len();
            let value = &values[(index / block) % values.len()];
            push_segments(value, &mut segments);
            matrix.insert((*name).to_string(), value.to_json());
        }
        if excludes
            .iter()
            .any(|ex| ex.iter().all(|(k, v)| matches(matrix.get(*k), v)))
        {
            continue;
        }
        let mut extras = Map::new();
        for (i, filter) in json_filters.iter().enumerate() {
            if filter.iter().all(|(k, v)| matches(matrix.get(*k), v)) {
                matched[i] = true;
                for (k, v) in &filters[i].1 {
                    extras.insert((*k).to_string(), v.to_json());
                }
            }
        }
        matrix.extend(extras);
        out.push(Combination { matrix, segments });
    }
    for ((filter, extra), matched) in filters.iter().zip(matched) {
        if matched {
            continue;
        }
        let mut matrix = Map::new();
        let mut segments = Vec::new();
        for (k, v) in filter.iter().chain(extra) {
            push_segments(v, &mut segments);
            matrix.insert((*k).to_string(), v.to_json());
        }
        out.push(Combination { matrix, segments });
    }
    Ok(out)
}

/// Whether a matrix value matches a filter value: every leaf of the filter
/// (scalars, nested mappings and lists, element by element) is equal to
/// the matrix's value at the same place, with the `==` of expressions.
fn matches(actual: Option<&Value>, filter: &Value) -> bool {
    match filter {
        Value::Object(map) => map
            .iter()
            .all(|(k, v)| matches(actual.and_then(|a| a.get(k)), v)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .all(|(i, v)| matches(actual.and_then(|a| a.get(i)), v)),
        scalar => loose_eq(actual.unwrap_or(&Value::Null), scalar),
    }
}

/// `a == b` of expressions for scalars: same types compare directly
/// (strings ignoring case), mixed types as numbers; containers never equal.
fn loose_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::String(x), Value::String(y)) => x.to_uppercase() == y.to_uppercase(),
        (Value::Array(_) | Value::Object(_), _) | (_, Value::Array(_) | Value::Object(_)) => false,
        _ => {
            let (x, y) = (as_number(a), as_number(b));
            x == y
        }
    }
}

fn as_number(v: &Value) -> f64 {
    match v {
        Value::Null => 0.0,
        Value::Bool(b) => f64::from(u8::from(*b)),
        Value::Number(n) => n.as_f64().unwrap_or(f64::NAN),
        Value::String(s) if s.trim().is_empty() => 0.0,
        Value::String(s) => s.trim().parse().unwrap_or(f64::NAN),
        _ => f64::NAN,
    }
}

/// The scalar leaves of a value, as text, depth first in the file's
/// order (nulls and empty strings give nothing).
fn push_segments(value: &Ordered, out: &mut Vec<String>) {
    match value {
        Ordered::Scalar(Value::Null) => {}
        Ordered::Scalar(scalar) => {
            let text = crate::expr::to_display_string(scalar);
            if !text.is_empty() {
                out.push(text);
            }
        }
        Ordered::List(items) => items.iter().for_each(|v| push_segments(v, out)),
        Ordered::Map(pairs) => pairs.iter().for_each(|(_, v)| push_segments(v, out)),
    }
}

/// What a value is, for a message ("a list", "a mapping"…).
pub(crate) fn describe(value: &Value) -> String {
    t!(match value {
        Value::Null => "workflow-found-empty",
        Value::Bool(_) => "workflow-found-boolean",
        Value::Number(_) => "workflow-found-number",
        Value::String(_) => "workflow-found-string",
        Value::Array(_) => "workflow-found-list",
        Value::Object(_) => "workflow-found-mapping",
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// The matrix's entries in the order written (`json!` would sort them).
    fn entries(pairs: &[(&str, Value)]) -> Vec<(String, Ordered)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), Ordered::from_json(v.clone())))
            .collect()
    }

    fn matrices(pairs: &[(&str, Value)]) -> Vec<Value> {
        expand(&entries(pairs))
            .unwrap()
            .into_iter()
            .map(|c| Value::Object(c.matrix))
            .collect()
    }

    /// docs.github.com, "Running variations of jobs in a workflow",
    /// "Expanding or adding matrix configurations": six jobs.
    #[test]
    fn include_expands_original_combinations_or_adds_new_ones() {
        let found = matrices(&[
            ("fruit", json!(["apple", "pear"])),
            ("animal", json!(["cat", "dog"])),
            (
                "include",
                json!([
                    {"color": "green"},
                    {"color": "pink", "animal": "cat"},
                    {"fruit": "apple", "shape": "circle"},
                    {"fruit": "banana"},
                    {"fruit": "banana", "animal": "cat"},
                ]),
            ),
        ]);
        assert_eq!(
            found,
            [
                json!({"fruit": "apple", "animal": "cat", "color": "pink", "shape": "circle"}),
                json!({"fruit": "apple", "animal": "dog", "color": "green", "shape": "circle"}),
                json!({"fruit": "pear", "animal": "cat", "color": "pink"}),
                json!({"fruit": "pear", "animal": "dog", "color": "green"}),
                json!({"fruit": "banana"}),
                json!({"fruit": "banana", "animal": "cat"}),
            ]
        );
    }

    /// The docs' "Example: Expanding configurations": only windows/16
    /// gets `npm: 6`; still six jobs.
    #[test]
    fn include_adds_a_value_to_the_matching_combination_only() {
        let found = matrices(&[
            ("os", json!(["windows-latest", "ubuntu-latest"])),
            ("node", json!([12, 14, 16])),
            (
                "include",
                json!([{"os": "windows-latest", "node": 16, "npm": 6}]),
            ),
        ]);
        assert_eq!(found.len(), 6);
        assert_eq!(
            found[2],
            json!({"os": "windows-latest", "node": 16, "npm": 6})
        );
        assert_eq!(found.iter().filter(|m| m.get("npm").is_some()).count(), 1);
    }

    /// The docs' "Example: Adding configurations": 3 x 3 plus windows/17;
    /// and a matrix of `include` only runs one job per entry.
    #[test]
    fn include_that_matches_nothing_is_a_new_job() {
        let found = expand(&entries(&[
            (
                "os",
                json!(["macos-latest", "windows-latest", "ubuntu-latest"]),
            ),
            ("version", json!([12, 14, 16])),
            ("include", json!([{"os": "windows-latest", "version": 17}])),
        ]))
        .unwrap();
        assert_eq!(found.len(), 10);
        assert_eq!(found[9].name("build"), "build (windows-latest, 17)");
        assert_eq!(found[0].name("build"), "build (macos-latest, 12)");

        let only = expand(&entries(&[(
            "include",
            json!([
                {"site": "production", "datacenter": "site-a"},
                {"site": "staging", "datacenter": "site-b"},
            ]),
        )]))
        .unwrap();
        assert_eq!(only.len(), 2);
        assert_eq!(only[1].matrix["site"], "staging");
    }

    /// The docs' `exclude` example: 12 combinations, one excluded by a
    /// full match and two by a partial one: nine jobs. Include comes after
    /// exclude and can add one back.
    #[test]
    fn exclude_removes_partial_matches_before_include() {
        let matrix = [
            ("os", json!(["macos-latest", "windows-latest"])),
            ("version", json!([12, 14, 16])),
            ("environment", json!(["staging", "production"])),
            (
                "exclude",
                json!([
                    {"os": "macos-latest", "version": 12, "environment": "production"},
                    {"os": "windows-latest", "version": 16},
                ]),
            ),
        ];
        let found = matrices(&matrix);
        assert_eq!(found.len(), 9);
        assert!(
            !found
                .iter()
                .any(|m| m["os"] == "windows-latest" && m["version"] == 16)
        );
        let mut with_include = matrix.to_vec();
        with_include.push((
            "include",
            json!([{"os": "windows-latest", "version": 16, "environment": "staging"}]),
        ));
        let found = matrices(&with_include);
        assert_eq!(found.len(), 10);
        assert_eq!(
            found[9],
            json!({"os": "windows-latest", "version": 16, "environment": "staging"})
        );
    }

    /// Filters compare like `==`: a quoted '16' matches 16, case is ignored.
    #[test]
    fn filters_compare_like_expressions() {
        let found = matrices(&[
            ("os", json!(["Ubuntu", "macos"])),
            ("node", json!([16, 18])),
            ("exclude", json!([{"os": "ubuntu", "node": "16"}])),
        ]);
        assert_eq!(found.len(), 3);
        assert_eq!(found[0], json!({"os": "Ubuntu", "node": 18}));
    }

    /// Nested values match leaf by leaf, and their leaves go in the name.
    #[test]
    fn nested_values_match_partially_and_are_named_by_their_leaves() {
        let found = expand(&entries(&[
            (
                "build",
                json!([{"name": "App One", "repo": "user/app1"}, {"name": "App Two", "repo": "user/app2"}]),
            ),
            ("include", json!([{"build": {"name": "App Two"}, "push": true}])),
        ]))
        .unwrap();
        assert_eq!(found[0].name("Build"), "Build (App One, user/app1)");
        assert_eq!(found[1].matrix["push"], true);
        assert!(found[0].matrix.get("push").is_none());
    }

    #[test]
    fn what_github_rejects() {
        let problems: Vec<String> = expand(&entries(&[
            ("os", json!([])),
            ("node", json!("16")),
            ("exclude", json!([{}, {"arch": "x64"}])),
            ("include", json!([{}])),
        ]))
        .unwrap_err()
        .into_iter()
        .map(|p| p.message)
        .collect();
        assert_eq!(
            problems,
            [
                "the matrix vector \"os\" has no values: give it at least one, or remove it",
                "the matrix vector \"node\" must be a list of values, found a string",
                "an `include` entry is empty: give it at least one value",
                "an `exclude` entry is empty: give the values to exclude",
                "the `exclude` key \"arch\" is not a vector of the matrix (vectors: )",
            ]
        );
        assert_eq!(
            expand(&[]).unwrap_err()[0].message,
            "the matrix defines no vector: add one (e.g. `os: [ubuntu-latest]`) or `include` entries"
        );
    }

    #[test]
    fn excluding_everything_leaves_no_combination() {
        let found = matrices(&[("os", json!(["a"])), ("exclude", json!([{"os": "a"}]))]);
        assert!(found.is_empty());
    }

    #[test]
    fn long_names_are_cut_at_100_characters() {
        let long = "x".repeat(120);
        let found = expand(&entries(&[("v", json!([long]))])).unwrap();
        let name = found[0].name("build");
        assert_eq!(name.chars().count(), 100);
        assert!(name.ends_with("..."));
    }
}
