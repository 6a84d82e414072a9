//! Unit tests: table-driven cases for every operator, function and
//! coercion rule, templates, conditions, errors; plus GitHub's own
//! known-answer tests in `testdata/`.

use serde_json::{Map, Value, json};

use super::*;

fn contexts() -> Map<String, Value> {
    let Value::Object(map) = json!({
        "github": {"sha": "abc123", "ref": "refs/heads/main", "event_name": "push",
                   "event": {"inputs": {"tag": "v1"}, "commits": [{"id": "1", "message": "first"}, {"id": "2", "message": "second"}]}},
        "env": {"NAME": "world", "EMPTY": "", "ZERO": "0"},
        "matrix": {"os": "linux", "node": 20},
        "steps": {"build": {"outputs": {"image": "app:1"}, "outcome": "success"}},
        "needs": {"build": {"result": "success", "outputs": {"tag": "v2"}}, "test": {"result": "failure", "outputs": {}}},
    }) else {
        unreachable!()
    };
    map
}

fn eval_with(src: &str, status: Status) -> Result<Value, ExprError> {
    let map = contexts();
    let ctx = EvalContext {
        contexts: &map,
        status,
    };
    Expression::parse(src)?.eval(&ctx)
}

fn eval(src: &str) -> Value {
    eval_with(src, Status::SUCCESS).unwrap_or_else(|e| panic!("{src}: {e}"))
}

#[test]
fn smoke() {
    assert_eq!(eval("github.sha"), json!("abc123"));
    assert_eq!(eval("'' || 'x'"), json!("x"));
    assert_eq!(eval("'1' == 1"), json!(true));
}

// ---------------------------------------------------------------------------
// GitHub's known-answer tests
// ---------------------------------------------------------------------------

const KAT_FILES: &[(&str, &str)] = &[
    ("basic.json", include_str!("testdata/basic.json")),
    ("case.json", include_str!("testdata/case.json")),
    (
        "coerce_number.json",
        include_str!("testdata/coerce_number.json"),
    ),
    (
        "coerce_string.json",
        include_str!("testdata/coerce_string.json"),
    ),
    ("contains.json", include_str!("testdata/contains.json")),
    ("endsWith.json", include_str!("testdata/endsWith.json")),
    ("format.json", include_str!("testdata/format.json")),
    ("fromJSON.json", include_str!("testdata/fromJSON.json")),
    ("join.json", include_str!("testdata/join.json")),
    ("number.json", include_str!("testdata/number.json")),
    ("op_and.json", include_str!("testdata/op_and.json")),
    ("op_dot.json", include_str!("testdata/op_dot.json")),
    ("op_eq.json", include_str!("testdata/op_eq.json")),
    ("op_gt.json", include_str!("testdata/op_gt.json")),
    ("op_gte.json", include_str!("testdata/op_gte.json")),
    ("op_idx.json", include_str!("testdata/op_idx.json")),
    (
        "op_idx_star.json",
        include_str!("testdata/op_idx_star.json"),
    ),
    ("op_lt.json", include_str!("testdata/op_lt.json")),
    ("op_lte.json", include_str!("testdata/op_lte.json")),
    ("op_ne.json", include_str!("testdata/op_ne.json")),
    ("op_not.json", include_str!("testdata/op_not.json")),
    ("op_or.json", include_str!("testdata/op_or.json")),
    (
        "operators_case_insensitive.json",
        include_str!("testdata/operators_case_insensitive.json"),
    ),
    (
        "operators_precedence.json",
        include_str!("testdata/operators_precedence.json"),
    ),
    ("startsWith.json", include_str!("testdata/startsWith.json")),
    (
        "syntax-errors.json",
        include_str!("testdata/syntax-errors.json"),
    ),
    ("tojson.json", include_str!("testdata/tojson.json")),
];

/// Where we knowingly differ from GitHub, with the reason.
fn kat_skip(file: &str, group: &str, expr: &str) -> Option<&'static str> {
    match (file, group) {
        ("basic.json", "empty_expression") => {
            Some("an empty ${{ }} is an error here, with a message")
        }
        ("syntax-errors.json", "depth-errors")
            if expr.contains(".*") || expr.contains('[') || expr.contains("._") =>
        {
            Some("GitHub also counts `.x` and `[i]` chains towards its depth limit of 50")
        }
        ("tojson.json", "object") | ("op_idx.json", "index-star")
            if expr == "tojson(myObject)" || expr == "foo[*]" =>
        {
            Some("serde_json is built without preserve_order: object keys come out sorted")
        }
        _ => None,
    }
}

/// Loose equality of a KAT's expected value and ours: numbers by value
/// (GitHub's -0 is our 0), the rest structurally.
fn kat_same(expected: &Value, actual: &Value) -> bool {
    match (expected, actual) {
        (Value::Number(a), Value::Number(b)) => a.as_f64() == b.as_f64(),
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| kat_same(x, y))
        }
        (Value::Object(a), Value::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(k, x)| b.get(k).is_some_and(|y| kat_same(x, y)))
        }
        _ => expected == actual,
    }
}

#[test]
fn known_answer_tests() {
    let mut failures = Vec::new();
    let mut ran = 0;
    let mut skipped = 0;
    for (file, text) in KAT_FILES {
        let suite: Map<String, Value> = serde_json::from_str(text).expect("valid KAT file");
        for (group, cases) in &suite {
            let Some(cases) = cases.as_array() else {
                continue;
            };
            for (i, case) in cases.iter().enumerate() {
                let expr_src = case["expr"].as_str().unwrap_or_default();
                if kat_skip(file, group, expr_src).is_some() {
                    skipped += 1;
                    continue;
                }
                ran += 1;
                let label = format!("{file}::{group}[{i}] `{expr_src}`");
                let map = match &case["contexts"] {
                    Value::Object(m) => m.clone(),
                    _ => Map::new(),
                };
                let ctx = EvalContext {
                    contexts: &map,
                    status: Status::SUCCESS,
                };
                let parsed = Expression::parse(expr_src);
                if let Some(err) = case.get("err") {
                    let kind = err["kind"].as_str().unwrap_or_default();
                    let message = err["value"].as_str().unwrap_or_default();
                    match (kind, &parsed) {
                        // GitHub rejects unknown context names when parsing; we
                        // report them from `contexts()` (for validation) and
                        // when evaluating.
                        (_, Ok(e)) if message.starts_with("Unrecognized named-value") => {
                            if e.eval(&ctx).is_ok() {
                                failures
                                    .push(format!("{label}: expected an unknown-context error"));
                            }
                        }
                        ("parsing" | "lexing", Ok(_)) => {
                            failures.push(format!("{label}: expected a syntax error ({message})"));
                        }
                        ("evaluation", Ok(e)) => {
                            if let Ok(v) = e.eval(&ctx) {
                                failures
                                    .push(format!("{label}: expected error ({message}), got {v}"));
                            }
                        }
                        ("evaluation", Err(e)) => {
                            failures.push(format!(
                                "{label}: expected an evaluation error, got a syntax error: {e}"
                            ));
                        }
                        _ => {}
                    }
                } else {
                    let expected = &case["result"]["value"];
                    match parsed.and_then(|e| e.eval(&ctx)) {
                        Ok(actual) if kat_same(expected, &actual) => {}
                        Ok(actual) => {
                            failures.push(format!("{label}: expected {expected}, got {actual}"))
                        }
                        Err(e) => {
                            failures.push(format!("{label}: expected {expected}, got error: {e}"))
                        }
                    }
                }
            }
        }
    }
    assert!(ran > 900, "only {ran} known-answer tests ran");
    assert!(
        failures.is_empty(),
        "{} of {ran} known-answer tests failed ({skipped} skipped):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn print_errors_tmp() {
    for src in [
        "1 &&",
        "a &&",
        "1 < )",
        "> 1",
        "(1,",
        "1 2",
        "foo 2",
        "contain('a','b')",
        "foo('a')",
        "contains('a')",
        "success(1)",
        "format()",
        "a = b",
        "a & b",
        "a | b",
        "'abc",
        "\"abc\"",
        "foo.1",
        "a[1",
        "",
        "   ",
        "github.",
        "x == ${{ y }}",
        "0x01p2",
        "😊 x",
        "join(1,2,3)",
        "case(true, 'a')",
        "a && (b || c",
        "tojson(1)2",
        "toJSON(github) == 'x' && startswith(github.ref, 'a', 'b')",
    ] {
        match Expression::parse(src) {
            Ok(_) => println!("{src:?} => OK"),
            Err(e) => println!("{src:?} => @{} {}", e.offset, e.message),
        }
    }
    for src in ["a ${{ b", "${{ 1 }} ${{ a && }}", "${{ format('}}', 1) }}x"] {
        match Template::parse(src) {
            Ok(t) => println!("T {src:?} => OK {}", t.expressions().count()),
            Err(e) => println!("T {src:?} => @{} {}", e.offset, e.message),
        }
    }
    let map = contexts();
    let ctx = EvalContext {
        contexts: &map,
        status: Status::SUCCESS,
    };
    for src in [
        "format('{0', 1)",
        "format('{0} {1}', 1)",
        "format('a}b')",
        "fromJSON('{bad')",
        "fromJSON('')",
        "hashFiles('x')",
        "gihub.sha",
        "foo.bar",
        "case(1, 'a', 'b')",
    ] {
        match Expression::parse(src).and_then(|e| e.eval(&ctx)) {
            Ok(v) => println!("E {src:?} => {v}"),
            Err(e) => println!("E {src:?} => @{} {}", e.offset, e.message),
        }
    }
}
