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

/// Runs a table of `(expression, expected value)` cases and reports every
/// mismatch at once.
fn check_table(cases: &[(&str, Value)]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(src, expected)| match eval_with(src, Status::SUCCESS) {
            Ok(actual) if &actual == expected => None,
            Ok(actual) => Some(format!("`{src}`: expected {expected}, got {actual}")),
            Err(e) => Some(format!(
                "`{src}`: expected {expected}, got error @{}: {e}",
                e.offset
            )),
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn literals() {
    check_table(&[
        ("null", json!(null)),
        ("true", json!(true)),
        ("false", json!(false)),
        ("1", json!(1)),
        ("-1.5", json!(-1.5)),
        ("+3", json!(3)),
        (".5", json!(0.5)),
        ("0xff", json!(255)),
        ("0xFF", json!(255)),
        ("0o17", json!(15)),
        ("1e3", json!(1000)),
        ("1.5E-1", json!(0.15)),
        ("'text'", json!("text")),
        ("''", json!("")),
        ("'it''s'", json!("it's")),
        ("'${{ not nested }}'", json!("${{ not nested }}")),
        ("NaN", json!("NaN")),
        ("Infinity", json!("Infinity")),
        ("-Infinity", json!("-Infinity")),
    ]);
}

#[test]
fn property_access() {
    check_table(&[
        ("github.sha", json!("abc123")),
        ("github.SHA", json!("abc123")),
        ("GITHUB.Sha", json!("abc123")),
        ("github['sha']", json!("abc123")),
        ("github['SHA']", json!("abc123")),
        ("github.event.inputs.tag", json!("v1")),
        ("github.event.commits[0].id", json!("1")),
        ("github.event.commits[1]['message']", json!("second")),
        ("github.event.commits[2]", json!(null)),
        ("github.event.commits[-1]", json!(null)),
        (
            "github.event.commits['0']",
            json!({"id": "1", "message": "first"}),
        ),
        ("github.nope", json!(null)),
        ("github.nope.deeper", json!(null)),
        ("github.sha.length", json!(null)),
        ("github.sha[0]", json!(null)),
        ("env.NAME", json!("world")),
        // The env context is case-sensitive on Linux, as on the runner.
        ("env.name", json!(null)),
        ("matrix.node", json!(20)),
        ("steps.build.outputs.image", json!("app:1")),
        ("needs.build.outputs.tag", json!("v2")),
        // A well-known context that is not in the map is null.
        ("inputs.tag", json!(null)),
        ("secrets.TOKEN", json!(null)),
        ("fromJSON('{\"a\": {\"b\": [10, 20]}}').a.b[1]", json!(20)),
        ("(fromJSON('[1, 2]'))[0]", json!(1)),
    ]);
}

#[test]
fn object_filters() {
    check_table(&[
        ("github.event.commits.*.message", json!(["first", "second"])),
        ("github.event.commits[*].id", json!(["1", "2"])),
        ("needs.*.result", json!(["success", "failure"])),
        ("needs.*.outputs.tag", json!(["v2"])),
        // Keys come in the order the object has them.
        ("env.*", json!(["world", "", "0"])),
        ("github.sha.*", json!([])),
        ("github.nope.*", json!([])),
        ("github.event.commits.*.nope", json!([])),
        (
            "github.event.commits.*.*",
            json!(["1", "first", "2", "second"]),
        ),
        ("contains(needs.*.result, 'failure')", json!(true)),
        ("contains(needs.*.result, 'cancelled')", json!(false)),
        (
            "join(github.event.commits.*.message, ' / ')",
            json!("first / second"),
        ),
        (
            "toJSON(needs.*.result)",
            json!("[\n  \"success\",\n  \"failure\"\n]"),
        ),
    ]);
}

#[test]
fn operators() {
    check_table(&[
        ("!true", json!(false)),
        ("!false", json!(true)),
        ("!''", json!(true)),
        ("!'x'", json!(false)),
        ("!0", json!(true)),
        ("!null", json!(true)),
        ("!github", json!(false)),
        ("!!env.NAME", json!(true)),
        ("1 < 2", json!(true)),
        ("2 < 1", json!(false)),
        ("1 <= 1", json!(true)),
        ("2 <= 1", json!(false)),
        ("2 > 1", json!(true)),
        ("1 > 1", json!(false)),
        ("1 >= 1", json!(true)),
        ("0 >= 1", json!(false)),
        ("1 == 1", json!(true)),
        ("1 == 2", json!(false)),
        ("1 != 2", json!(true)),
        ("1 != 1", json!(false)),
        ("'a' < 'b'", json!(true)),
        ("'B' > 'a'", json!(true)),
        ("'abc' <= 'ABC'", json!(true)),
        ("matrix.node >= 18", json!(true)),
        ("github.ref == 'refs/heads/main'", json!(true)),
        ("github.event_name != 'push'", json!(false)),
        // Precedence: ! binds tightest, then < > <= >=, then == !=, then &&, then ||.
        ("!false == true", json!(true)),
        ("1 < 2 == true", json!(true)),
        ("true || false && false", json!(true)),
        ("(true || false) && false", json!(false)),
        ("false && true || 'x'", json!("x")),
        ("1 == 1 && 2 == 2", json!(true)),
    ]);
}

#[test]
fn loose_comparison_and_coercion() {
    check_table(&[
        ("'1' == 1", json!(true)),
        ("' 1 ' == 1", json!(true)),
        ("'1.0' == 1", json!(true)),
        ("'0x10' == 16", json!(true)),
        ("'abc' == 0", json!(false)),
        ("'abc' != 0", json!(true)),
        ("'' == 0", json!(true)),
        ("null == 0", json!(true)),
        ("null == ''", json!(true)),
        ("null == false", json!(true)),
        ("null == null", json!(true)),
        ("true == 1", json!(true)),
        ("false == 0", json!(true)),
        ("true == 2", json!(false)),
        ("true == 'true'", json!(false)),
        ("true == '1'", json!(true)),
        ("'abc' == 'ABC'", json!(true)),
        ("'Ünïcode' == 'üNÏCODE'", json!(true)),
        ("env.ZERO == 0", json!(true)),
        ("env.EMPTY == null", json!(true)),
        ("matrix.node == '20'", json!(true)),
        ("'2' > 10", json!(false)),
        ("'10' > 9", json!(true)),
        ("'10' > '9'", json!(false)),
        ("true > false", json!(true)),
        ("null < 1", json!(true)),
        ("NaN == NaN", json!(false)),
        ("NaN != NaN", json!(true)),
        ("NaN < 1", json!(false)),
        ("NaN >= 1", json!(false)),
        ("'abc' < 1", json!(false)),
        ("'abc' >= 1", json!(false)),
        // Arrays and objects: equal only to themselves, never ordered.
        ("github == github", json!(true)),
        ("github == GITHUB", json!(true)),
        ("github.event == github", json!(false)),
        ("github.event.commits == github.event.commits", json!(true)),
        ("fromJSON('{}') == fromJSON('{}')", json!(false)),
        ("fromJSON('[]') == 0", json!(false)),
        ("fromJSON('[]') != 0", json!(true)),
        ("github == 'Object'", json!(false)),
        ("github < github", json!(false)),
        ("github <= github", json!(false)),
        ("fromJSON('[]') < 1", json!(false)),
    ]);
}

#[test]
fn and_or_return_an_operand_and_stop_early() {
    check_table(&[
        ("'' || 'x'", json!("x")),
        ("'a' || 'b'", json!("a")),
        ("0 || null", json!(null)),
        ("null || 0", json!(0)),
        ("false || ''", json!("")),
        ("'a' && 'b'", json!("b")),
        ("'' && 'b'", json!("")),
        ("null && 'b'", json!(null)),
        ("0 && 'b'", json!(0)),
        (
            "env.NAME && format('hello {0}', env.NAME) || 'nobody'",
            json!("hello world"),
        ),
        ("env.EMPTY && 'set' || 'unset'", json!("unset")),
        ("github.event.inputs.tag || github.sha", json!("v1")),
        ("github.event.inputs.nope || github.sha", json!("abc123")),
        ("github || 'x'", json!(eval("github"))),
        // The right side is not evaluated when the left decides.
        ("true || fromJSON('not json')", json!(true)),
        ("false && fromJSON('not json')", json!(false)),
        ("true || nosuchcontext.x", json!(true)),
        ("false && hashFiles('x')", json!(false)),
    ]);
}

#[test]
fn functions() {
    check_table(&[
        // contains: strings (case-insensitive), arrays (loose equality).
        ("contains('Hello world', 'WORLD')", json!(true)),
        ("contains('Hello', 'x')", json!(false)),
        ("contains('abc', '')", json!(true)),
        ("contains(123, 2)", json!(true)),
        ("contains('true', true)", json!(true)),
        ("contains(null, '')", json!(true)),
        ("contains(fromJSON('[\"a\", \"B\"]'), 'b')", json!(true)),
        ("contains(fromJSON('[1, 2]'), '2')", json!(true)),
        ("contains(fromJSON('[1, 2]'), 3)", json!(false)),
        ("contains(fromJSON('[0]'), false)", json!(true)),
        ("contains(fromJSON('{\"a\": 1}'), 'a')", json!(false)),
        (
            "contains(github.event.commits.*.message, 'FIRST')",
            json!(true),
        ),
        ("CONTAINS('ab', 'A')", json!(true)),
        // startsWith / endsWith: case-insensitive, primitives only.
        ("startsWith('refs/heads/main', 'refs/heads/')", json!(true)),
        ("startsWith('refs/heads/main', 'REFS/')", json!(true)),
        ("startsWith('refs/heads/main', 'heads')", json!(false)),
        ("startsWith(github.ref, 'refs/tags/')", json!(false)),
        ("startswith(123, 12)", json!(true)),
        ("startsWith(fromJSON('[\"a\"]'), 'a')", json!(false)),
        ("endsWith('image.tar.gz', '.GZ')", json!(true)),
        ("endsWith('image.tar.gz', '.zip')", json!(false)),
        ("endsWith('abc', '')", json!(true)),
        ("endsWith('abc', fromJSON('{}'))", json!(false)),
        // format: placeholders, repeats, escapes, coercion of arguments.
        ("format('Hello {0}', 'world')", json!("Hello world")),
        ("format('{0}{1}{0}', 'a', 'b')", json!("aba")),
        ("format('{1} {0}', 'a', 'b')", json!("b a")),
        ("format('{{0}} is {0}', 'x')", json!("{0} is x")),
        ("format('{{ and }}')", json!("{ and }")),
        (
            "format('{0}|{1}|{2}|{3}', null, true, 1.50, 'x')",
            json!("|true|1.5|x"),
        ),
        ("format('{0}', github)", json!("Object")),
        ("format('{0}', github.event.commits)", json!("Array")),
        ("format('{0}', 1e21)", json!("1E+21")),
        ("format('{0}', 0.1)", json!("0.1")),
        ("format('{0}', -0)", json!("0")),
        ("format('no placeholders')", json!("no placeholders")),
        ("format('{0}:{1}', 'app', github.sha)", json!("app:abc123")),
        // join: arrays, default separator, primitives.
        ("join(fromJSON('[\"a\", \"b\", \"c\"]'))", json!("a,b,c")),
        ("join(fromJSON('[\"a\", \"b\"]'), ' + ')", json!("a + b")),
        ("join(fromJSON('[1, null, true]'), '-')", json!("1--true")),
        ("join('abc')", json!("abc")),
        ("join(null)", json!("")),
        ("join(fromJSON('[]'))", json!("")),
        ("join(github)", json!("")),
        ("join(needs.*.result, ', ')", json!("success, failure")),
        // toJSON: pretty with two spaces.
        ("toJSON('a')", json!("\"a\"")),
        ("toJSON(1)", json!("1")),
        ("toJSON(1.5)", json!("1.5")),
        ("toJSON(null)", json!("null")),
        ("toJSON(true)", json!("true")),
        (
            "toJSON(matrix)",
            json!("{\n  \"os\": \"linux\",\n  \"node\": 20\n}"),
        ),
        ("toJSON(fromJSON('[]'))", json!("[]")),
        (
            "toJSON(fromJSON('[1,[2]]'))",
            json!("[\n  1,\n  [\n    2\n  ]\n]"),
        ),
        ("tojson(NaN)", json!("NaN")),
        // fromJSON: any JSON value.
        ("fromJSON('true')", json!(true)),
        ("fromJSON('42')", json!(42)),
        ("fromJSON(' \"s\" ')", json!("s")),
        ("fromJSON('null')", json!(null)),
        ("fromJSON('{\"a\": [1, 2]}')", json!({"a": [1, 2]})),
        ("fromJSON(toJSON(matrix)).os", json!("linux")),
        ("fromJSON(env.ZERO)", json!(0)),
        ("fromJson('[1]')[0]", json!(1)),
        // case: first true predicate wins, else the default.
        ("case(true, 'a', 'b')", json!("a")),
        ("case(false, 'a', 'b')", json!("b")),
        (
            "case(1 == 2, 'a', github.ref == 'refs/heads/main', 'main', 'other')",
            json!("main"),
        ),
        ("case(false, fromJSON('bad'), 'default')", json!("default")),
    ]);
}

#[test]
fn status_functions_follow_the_status() {
    let cases: &[(&str, Status, bool)] = &[
        ("success()", Status::SUCCESS, true),
        ("success()", Status::FAILURE, false),
        ("success()", Status::CANCELLED, false),
        ("failure()", Status::SUCCESS, false),
        ("failure()", Status::FAILURE, true),
        ("cancelled()", Status::CANCELLED, true),
        ("cancelled()", Status::SUCCESS, false),
        ("always()", Status::SUCCESS, true),
        ("always()", Status::FAILURE, true),
        ("always()", Status::CANCELLED, true),
        ("Success()", Status::SUCCESS, true),
        ("!cancelled()", Status::FAILURE, true),
        (
            "failure() && steps.build.outcome == 'success'",
            Status::FAILURE,
            true,
        ),
        ("success() || failure()", Status::CANCELLED, false),
    ];
    for (src, status, expected) in cases {
        let actual = eval_with(src, *status).unwrap_or_else(|e| panic!("{src}: {e}"));
        assert_eq!(actual, json!(*expected), "`{src}` with {status:?}");
    }
}

#[test]
fn eval_bool_and_eval_display_see_exact_values() {
    let map = contexts();
    let ctx = EvalContext {
        contexts: &map,
        status: Status::SUCCESS,
    };
    let cases: &[(&str, bool, &str)] = &[
        ("NaN", false, "NaN"),
        ("Infinity", true, "Infinity"),
        ("0", false, "0"),
        ("-0", false, "0"),
        ("''", false, ""),
        ("'false'", true, "false"),
        ("null", false, ""),
        ("fromJSON('[]')", true, "Array"),
        ("fromJSON('{}')", true, "Object"),
        ("1.50", true, "1.5"),
        ("3", true, "3"),
        ("matrix", true, "Object"),
    ];
    for (src, truth, display) in cases {
        let expr = Expression::parse(src).unwrap_or_else(|e| panic!("{src}: {e}"));
        assert_eq!(
            expr.eval_bool(&ctx).ok(),
            Some(*truth),
            "truthiness of `{src}`"
        );
        assert_eq!(
            expr.eval_display(&ctx).ok().as_deref(),
            Some(*display),
            "display of `{src}`"
        );
    }
}

#[test]
fn truthy_and_display_of_json_values() {
    let cases: &[(Value, bool, &str)] = &[
        (json!(null), false, ""),
        (json!(false), false, "false"),
        (json!(true), true, "true"),
        (json!(0), false, "0"),
        (json!(-0.0), false, "0"),
        (json!(0.0), false, "0"),
        (json!(1), true, "1"),
        (json!(2.0), true, "2"),
        (json!(-1.25), true, "-1.25"),
        (json!(123_456_789_012_u64), true, "123456789012"),
        (json!(""), false, ""),
        (json!("0"), true, "0"),
        (json!("false"), true, "false"),
        (json!([]), true, "Array"),
        (json!({}), true, "Object"),
        (json!([1, "a"]), true, "Array"),
        (json!({"k": {"n": null}}), true, "Object"),
        (json!(1e21), true, "1E+21"),
    ];
    for (value, truth, display) in cases {
        assert_eq!(truthy(value), *truth, "truthy({value})");
        assert_eq!(
            to_display_string(value),
            *display,
            "to_display_string({value})"
        );
    }
}

#[test]
fn templates_splice_values_into_text() {
    let map = contexts();
    let ctx = EvalContext {
        contexts: &map,
        status: Status::SUCCESS,
    };
    let cases: &[(&str, &str)] = &[
        ("plain text", "plain text"),
        ("", ""),
        ("${{ github.sha }}", "abc123"),
        (
            "docker build -t app:${{ github.sha }} .",
            "docker build -t app:abc123 .",
        ),
        (
            "${{ env.NAME }}-${{ matrix.os }}-${{ matrix.node }}",
            "world-linux-20",
        ),
        ("a${{ null }}b${{ true }}c${{ 1.0 }}", "abtruec1"),
        ("echo '${{ format('{{0}}') }}'", "echo '{0}'"),
        ("${{ '}}' }}", "}}"),
        ("${{ 'it''s }}' }}!", "it's }}!"),
        ("${{ '${{' }} github.sha }}", "${{ github.sha }}"),
        ("$ {{ not an expression }} $", "$ {{ not an expression }} $"),
        ("matrix: ${{ matrix }}", "matrix: Object"),
        ("${{ github.event.commits }} ", "Array "),
        ("line1\n  ${{ env.NAME }}\nline3", "line1\n  world\nline3"),
        ("${{github.sha}}", "abc123"),
    ];
    for (src, expected) in cases {
        let template = Template::parse(src).unwrap_or_else(|e| panic!("{src:?}: {e}"));
        assert_eq!(
            template.render(&ctx).ok().as_deref(),
            Some(*expected),
            "{src:?}"
        );
        assert_eq!(template.source(), *src);
    }
    // A whole value that is an object or array is refused, as on GitHub.
    for (src, kind) in [
        ("${{ matrix }}", "mapping"),
        ("${{ needs.*.result }}", "sequence"),
    ] {
        let err = Template::parse(src)
            .and_then(|t| t.render(&ctx))
            .expect_err(src);
        assert!(
            err.message.contains(&format!("A {kind} was not expected")),
            "{src}: {err}"
        );
        assert_eq!(err.offset, 4, "{src}");
    }
}

#[test]
fn template_pieces() {
    let t = Template::parse("a ${{ github.sha }} b ${{ env.NAME }}").expect("parses");
    assert!(!t.is_literal());
    let sources: Vec<&str> = t.expressions().map(Expression::source).collect();
    assert_eq!(sources, [" github.sha ", " env.NAME "]);
    assert!(t.single_expression().is_none());

    let lit = Template::parse("no expressions, $ { } {{ }}").expect("parses");
    assert!(lit.is_literal());
    assert_eq!(lit.expressions().count(), 0);

    let map = contexts();
    let ctx = EvalContext {
        contexts: &map,
        status: Status::SUCCESS,
    };
    let single = Template::parse("${{ fromJSON('[1, 2]') }}").expect("parses");
    assert!(single.single_expression().is_some());
    assert_eq!(single.eval_value(&ctx).ok(), Some(json!([1, 2])));
    // Spaces around make it a string, as on GitHub (`TemplateReader.cs`).
    let spaced = Template::parse("  ${{ fromJSON('[1, 2]') }} ").expect("parses");
    assert!(spaced.single_expression().is_none());
    assert_eq!(spaced.eval_value(&ctx).ok(), Some(json!("  Array ")));
    assert_eq!(
        Template::parse("${{ matrix.node }}")
            .and_then(|t| t.eval_value(&ctx))
            .ok(),
        Some(json!(20))
    );
    assert_eq!(
        Template::parse("v${{ matrix.node }}")
            .and_then(|t| t.eval_value(&ctx))
            .ok(),
        Some(json!("v20"))
    );
}

#[test]
fn conditions_are_wrapped_in_success_unless_they_use_a_status_function() {
    let map = contexts();
    // (condition, status, expected result, source after wrapping)
    let cases: &[(&str, Status, bool, &str)] = &[
        (
            "github.ref == 'refs/heads/main'",
            Status::SUCCESS,
            true,
            "success() && (github.ref == 'refs/heads/main')",
        ),
        (
            "github.ref == 'refs/heads/main'",
            Status::FAILURE,
            false,
            "success() && (github.ref == 'refs/heads/main')",
        ),
        (
            "${{ github.ref == 'refs/heads/main' }}",
            Status::SUCCESS,
            true,
            "success() && (github.ref == 'refs/heads/main')",
        ),
        (
            "  ${{ true }}  ",
            Status::FAILURE,
            false,
            "success() && (format('  {0}  ', true))",
        ),
        // Text around `${{ }}` makes a non-empty string: always true.
        (
            "${{ false }} ",
            Status::SUCCESS,
            true,
            "success() && (format('{0} ', false))",
        ),
        (
            "${{ false }} && ${{ 'it''s' }}",
            Status::SUCCESS,
            true,
            "success() && (format('{0} && {1}', false, 'it''s'))",
        ),
        (
            "${{ always() }}\n",
            Status::FAILURE,
            true,
            "format('{0}\n', always())",
        ),
        (
            "true || false",
            Status::FAILURE,
            false,
            "success() && (true || false)",
        ),
        ("always()", Status::FAILURE, true, "always()"),
        ("${{ failure() }}", Status::FAILURE, true, "failure()"),
        (
            "failure() && github.event_name == 'push'",
            Status::FAILURE,
            true,
            "failure() && github.event_name == 'push'",
        ),
        ("!cancelled()", Status::FAILURE, true, "!cancelled()"),
        (
            "${{ always() && false }}",
            Status::SUCCESS,
            false,
            "always() && false",
        ),
        (
            "env.EMPTY",
            Status::SUCCESS,
            false,
            "success() && (env.EMPTY)",
        ),
        (
            "needs.build.result == 'success'",
            Status::SUCCESS,
            true,
            "success() && (needs.build.result == 'success')",
        ),
    ];
    for (src, status, expected, wrapped) in cases {
        let expr = parse_condition(src).unwrap_or_else(|e| panic!("{src}: {e}"));
        let ctx = EvalContext {
            contexts: &map,
            status: *status,
        };
        assert_eq!(
            expr.eval_bool(&ctx).ok(),
            Some(*expected),
            "`{src}` with {status:?}"
        );
        assert_eq!(expr.to_string(), *wrapped);
    }
}

#[test]
fn condition_errors_point_into_the_condition() {
    let cases: &[(&str, usize, &str)] = &[
        ("github.ref ==", 13, "expected an expression after \"==\""),
        (
            "${{ github.ref == }}",
            17,
            "expected an expression after \"==\"",
        ),
        (
            "  ${{ contain(a, b) }}",
            6,
            "unknown function \"contain\" — did you mean \"contains\"?",
        ),
        ("${{ true", 0, "unterminated ${{ … }}: add }}"),
        ("${{ true }} && ${{ false &&", 15, "unterminated ${{ … }}"),
        (
            "${{ true }} && ${{ ! }}",
            20,
            "expected an expression after \"!\"",
        ),
    ];
    for (src, offset, message) in cases {
        match parse_condition(src) {
            Ok(_) => panic!("`{src}` should not parse"),
            Err(e) => {
                assert!(e.message.contains(message), "`{src}`: {}", e.message);
                assert_eq!(e.offset, *offset, "`{src}`: {}", e.message);
            }
        }
    }
}

#[test]
fn status_functions_and_contexts_are_found() {
    let cases: &[(&str, bool, &[&str])] = &[
        ("github.sha", false, &["github"]),
        ("success()", true, &[]),
        ("always() || env.X", true, &["env"]),
        (
            "contains(needs.*.result, 'x') && !cancelled()",
            true,
            &["needs"],
        ),
        ("format('{0}', FAILURE())", true, &[]),
        (
            "Env.A == env.b && steps.x.outputs[matrix.k]",
            false,
            &["env", "matrix", "steps"],
        ),
        ("fromJSON(inputs.list)[0]", false, &["inputs"]),
        ("'success()'", false, &[]),
        (
            "case(vars.X == '1', secrets.A, job.status)",
            false,
            &["job", "secrets", "vars"],
        ),
    ];
    for (src, status, names) in cases {
        let expr = Expression::parse(src).unwrap_or_else(|e| panic!("{src}: {e}"));
        assert_eq!(expr.uses_status_function(), *status, "`{src}`");
        assert_eq!(expr.contexts(), *names, "`{src}`");
    }
    let expr = Expression::parse("a.b || Github.sha").expect("parses");
    assert_eq!(
        expr.context_uses(),
        [("a".to_string(), 0), ("Github".to_string(), 7)]
    );
}

#[test]
fn syntax_errors_say_what_was_expected() {
    // (source, offset, message)
    let cases: &[(&str, usize, &str)] = &[
        ("a &&", 4, "expected an expression after \"&&\""),
        (
            "1 < )",
            4,
            "expected an expression after \"<\", found \")\"",
        ),
        ("> 1", 0, "expected an expression, found \">\""),
        ("(1 || 2", 7, "expected \")\" to close \"(\""),
        ("a[1", 3, "expected \"]\" to close \"[\""),
        ("1 2", 2, "unexpected \"2\" after a complete expression"),
        (
            "contain('a', 'b')",
            0,
            "unknown function \"contain\" — did you mean \"contains\"?",
        ),
        (
            "true && startwith('a', 'b')",
            8,
            "did you mean \"startsWith\"?",
        ),
        (
            "frobnicate(1)",
            0,
            "unknown function \"frobnicate\"; the functions are contains, startsWith",
        ),
        (
            "contains('a')",
            0,
            "contains() takes exactly 2 arguments, but 1 was given",
        ),
        (
            "x || toJSON(1, 2)",
            5,
            "toJSON() takes exactly 1 argument, but 2 were given",
        ),
        ("success(1)", 0, "success() takes no arguments"),
        ("format()", 0, "format() takes at least 1 argument"),
        ("join()", 0, "join() takes 1 or 2 arguments"),
        ("a = b", 2, "\"=\" is not an operator: write \"==\""),
        ("a & b", 2, "write \"&&\""),
        ("a | b", 2, "write \"||\""),
        ("'abc", 0, "unterminated string"),
        ("\"abc\"", 0, "strings are written in single quotes"),
        ("foo.1", 4, "expected a property name or \"*\" after \".\""),
        ("", 0, "empty expression"),
        ("x == ${{ y }}", 5, "cannot be nested"),
        ("0xZZ", 0, "invalid number \"0xZZ\""),
        ("a @ b", 2, "unexpected \"@\""),
    ];
    for (src, offset, message) in cases {
        match Expression::parse(src) {
            Ok(_) => panic!("`{src}` should not parse"),
            Err(e) => {
                assert!(e.message.contains(message), "`{src}`: {}", e.message);
                assert_eq!(e.offset, *offset, "`{src}`: {}", e.message);
            }
        }
    }
}

#[test]
fn template_errors_point_into_the_template() {
    let cases: &[(&str, usize, &str)] = &[
        ("echo ${{ github.sha", 5, "unterminated ${{ … }}: add }}"),
        ("echo ${{ 'a }}", 5, "unterminated ${{ … }}"),
        (
            "ok ${{ 1 }} then ${{ a && }}",
            25,
            "expected an expression after \"&&\"",
        ),
        ("x: ${{ contain(a, b) }}", 7, "did you mean \"contains\"?"),
        ("${{ }}", 3, "empty expression"),
    ];
    for (src, offset, message) in cases {
        match Template::parse(src) {
            Ok(_) => panic!("{src:?} should not parse"),
            Err(e) => {
                assert!(e.message.contains(message), "{src:?}: {}", e.message);
                assert_eq!(e.offset, *offset, "{src:?}: {}", e.message);
            }
        }
    }
}

#[test]
fn evaluation_errors_say_what_is_wrong() {
    // 8^7 copies of one character: 2 MiB, as GitHub counts memory.
    let deep_format = format!(
        "{}'x'{}",
        "format('{0}{0}{0}{0}{0}{0}{0}{0}', ".repeat(7),
        ")".repeat(7)
    );
    let cases: &[(&str, usize, &str)] = &[
        ("format('{0', 1)", 0, "format string \"{0\" is invalid"),
        ("format('a}b')", 0, "\"}\" at byte 1 closes nothing"),
        (
            "env.X || format('{0} {1}', 1)",
            9,
            "uses argument {1}, but only 1 argument was given",
        ),
        (
            "format('{0}')",
            0,
            "uses argument {0}, but only 0 arguments were given",
        ),
        ("fromJSON('{bad')", 0, "fromJSON() was given invalid JSON"),
        ("fromJSON('')", 0, "fromJSON() was given an empty string"),
        ("fromJSON(env.NAME)", 0, "\"world\""),
        (
            "hashFiles('**/package-lock.json')",
            0,
            "hashFiles() needs `github.workspace`",
        ),
        (
            "gihub.sha",
            0,
            "unknown context \"gihub\" — did you mean \"github\"?",
        ),
        (
            "1 == zzz",
            5,
            "unknown context \"zzz\"; the contexts here are env, github, matrix, needs, steps",
        ),
        (
            "case(1, 'a', 'b')",
            5,
            "case() predicate 1 must be true or false, but it is a number",
        ),
        (&deep_format, 0, "more than 1 MiB of text"),
    ];
    for (src, offset, message) in cases {
        match eval_with(src, Status::SUCCESS) {
            Ok(v) => panic!("`{src}` should fail, got {:.100}", v.to_string()),
            Err(e) => {
                assert!(e.message.contains(message), "`{src}`: {}", e.message);
                assert_eq!(e.offset, *offset, "`{src}`: {}", e.message);
            }
        }
    }
}

#[test]
fn error_display_is_the_message_and_offsets_can_be_shifted() {
    let err = Expression::parse("a &&").expect_err("bad");
    assert_eq!(err.to_string(), "expected an expression after \"&&\"");
    assert_eq!(err.clone().shifted(10).offset, 14);
}

// ---------------------------------------------------------------------------
// GitHub's known-answer tests
// ---------------------------------------------------------------------------

/// The known-answer test files, read from the `github-actions-expressions`
/// crate's own source (it ships GitHub's suite in `tests/testdata/`), so the
/// suite is used as published rather than copied into this repository.
fn kat_files() -> Vec<(String, String)> {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".cargo")))
        .expect("CARGO_HOME or HOME is set");
    let mut dirs: Vec<std::path::PathBuf> = std::fs::read_dir(home.join("registry/src"))
        .expect("cargo's registry sources exist (the crate is a dependency)")
        .filter_map(|e| e.ok())
        .flat_map(|index| {
            std::fs::read_dir(index.path())
                .into_iter()
                .flatten()
                .filter_map(|e| e.ok())
        })
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("github-actions-expressions-1."))
        })
        .map(|p| p.join("tests/testdata"))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let dir = dirs
        .pop()
        .expect("github-actions-expressions ships tests/testdata");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("read testdata")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (
                name,
                std::fs::read_to_string(e.path()).expect("read KAT file"),
            )
        })
        .collect();
    files.sort();
    assert!(
        files.len() >= 20,
        "expected GitHub's suite in {}",
        dir.display()
    );
    files
}

/// Where we knowingly differ from GitHub, with the reason.
fn kat_skip(file: &str, group: &str, index: usize, case: &Value) -> Option<&'static str> {
    let expr = case["expr"].as_str().unwrap_or_default();
    let expects_error = case.get("err").is_some();
    match (file, group, index) {
        ("basic.json", "empty_expression", _) => {
            Some("an empty ${{ }} is an error here, with a message")
        }
        ("syntax-errors.json", "depth-errors", _)
            if expects_error
                && (expr.contains(".*") || expr.contains('[') || expr.contains("._")) =>
        {
            Some("GitHub also counts `.x` and `[i]` chains towards its depth limit of 50")
        }
        // These read objects whose keys are not in alphabetical order.
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
    for (file, text) in &kat_files() {
        let file = file.as_str();
        let suite: Map<String, Value> = serde_json::from_str(text).expect("valid KAT file");
        for (group, cases) in &suite {
            let Some(cases) = cases.as_array() else {
                continue;
            };
            for (i, case) in cases.iter().enumerate() {
                let expr_src = case["expr"].as_str().unwrap_or_default();
                if kat_skip(file, group, i, case).is_some() {
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
                    let problem = match (kind, &parsed) {
                        // GitHub rejects unknown context names when parsing; we
                        // report them from `contexts()` (for validation) and
                        // when evaluating.
                        (_, Ok(e)) if message.starts_with("Unrecognized named-value") => e
                            .eval(&ctx)
                            .is_ok()
                            .then(|| "expected an unknown-context error".to_string()),
                        ("parsing" | "lexing", Ok(_)) => {
                            Some(format!("expected a syntax error ({message})"))
                        }
                        ("evaluation", Ok(e)) => e
                            .eval(&ctx)
                            .ok()
                            .map(|v| format!("expected error ({message}), got {v}")),
                        ("evaluation", Err(e)) => Some(format!(
                            "expected an evaluation error, got a syntax error: {e}"
                        )),
                        _ => None,
                    };
                    failures.extend(problem.map(|p| format!("{label}: {p}")));
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
fn check_contexts_reports_the_first_unavailable_one() {
    let job_if = ["github", "needs", "vars", "inputs"];
    // (source, Ok or (offset, message))
    let cases: &[(&str, Option<(usize, &str)>)] = &[
        ("github.ref == 'main' && needs.build.result", None),
        ("GITHUB.ref && Needs.x", None),
        ("format('{0}', vars.X)", None),
        ("'steps.x' == github.sha", None),
        (
            "gihub.ref == 'main'",
            Some((0, "unknown context \"gihub\" — did you mean \"github\"?")),
        ),
        (
            "github.ref && steps.x.outputs.y",
            Some((
                14,
                "the \"steps\" context is not available here; the contexts here are github, inputs, needs, vars",
            )),
        ),
        (
            "nothing",
            Some((
                0,
                "unknown context \"nothing\"; the contexts here are github, inputs, needs, vars",
            )),
        ),
    ];
    for (src, expected) in cases {
        let expr = Expression::parse(src).unwrap_or_else(|e| panic!("{src}: {e}"));
        let actual = expr
            .check_contexts(&job_if)
            .err()
            .map(|e| (e.offset, e.message));
        let expected = expected.map(|(o, m)| (o, m.to_string()));
        assert_eq!(actual, expected, "`{src}`");
    }
    let template = Template::parse("echo ${{ github.sha }} ${{ secrets.TOKEN }}").expect("parses");
    let err = template
        .check_contexts(&job_if)
        .expect_err("secrets is not allowed");
    assert_eq!(err.offset, 27);
    assert!(template.check_contexts(&["github", "secrets"]).is_ok());
}

#[test]
fn parsed_expressions_can_cross_threads() {
    fn send_sync<T: Send + Sync + 'static>() {}
    send_sync::<Expression>();
    send_sync::<Template>();
    send_sync::<ExprError>();
}

/// Every error message in one reviewable list: what a learner reads.
#[test]
fn error_message_catalogue() {
    let map = contexts();
    let ctx = EvalContext {
        contexts: &map,
        status: Status::SUCCESS,
    };
    let mut out = String::new();
    let syntax = [
        "github.ref == 'refs/heads/main' &&",
        "(github.ref == 'main'",
        "github.event.commits[0",
        "github.ref = 'main'",
        "a & b",
        "a | b",
        "github.ref == \"main\"",
        "github.ref == 'main",
        "github.",
        "1 2",
        "> 1",
        "",
        "x == ${{ y }}",
        "0xZZ",
        "contain(github.ref, 'x')",
        "startwith(github.ref, 'refs/')",
        "frobnicate(1)",
        "contains('a')",
        "format()",
        "success(1)",
        "join(1, 2, 3)",
        "case(true, 'a')",
    ];
    for src in syntax {
        let e = Expression::parse(src).expect_err(src);
        out.push_str(&format!("parse {src:?}\n  @{}: {}\n", e.offset, e.message));
    }
    for src in ["echo ${{ github.sha", "${{ }}"] {
        let e = Template::parse(src).expect_err(src);
        out.push_str(&format!(
            "template {src:?}\n  @{}: {}\n",
            e.offset, e.message
        ));
    }
    for src in ["${{ true }} && ${{ false }}", "${{ false }}\n"] {
        let (at, message) =
            crate::eval::condition_warning(src).unwrap_or_else(|| panic!("{src:?} warns"));
        out.push_str(&format!("condition warning {src:?}\n  @{at}: {message}\n"));
    }
    let runtime = [
        "format('{0', github.sha)",
        "format('v{0}}', github.sha)",
        "format('{0}-{1}', github.sha)",
        "fromJSON('{bad')",
        "fromJSON(env.EMPTY)",
        "hashFiles('**/package-lock.json')",
        "gihub.sha",
        "nothing.here",
        "case(env.NAME, 'a', 'b')",
    ];
    for src in runtime {
        let e = Expression::parse(src)
            .and_then(|x| x.eval(&ctx))
            .expect_err(src);
        out.push_str(&format!("eval {src:?}\n  @{}: {}\n", e.offset, e.message));
    }
    insta::assert_snapshot!(out);
}
