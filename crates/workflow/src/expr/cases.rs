//! GitHub's expression semantics as one table: every case is what GitHub
//! does, with where that is written down — the docs, a file of the runner
//! (`actions/runner`), or a file of GitHub's own known-answer tests
//! (`actions/languageservices`, `expressions/testdata/`).
//!
//! A case is an expression (`E`, `Ec` with its own contexts), a text with
//! `${{ }}` pieces as a `run:` or `env:` value (`T`), or an `if:` condition
//! with the status of the steps before (`I`). Expected values are what the
//! caller sees: `NaN` and infinities come back as strings.

use serde_json::{Map, Value};

use super::{EvalContext, Expression, Status, Template, parse_condition};

const DOCS: &str = "https://docs.github.com/en/actions/reference/workflows-and-actions/expressions";
const DOCS_IF: &str = "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstepsif";
const DOCS_FILTERS: &str =
    "https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#object-filters";
const DOCS_STATUS: &str = "https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#status-check-functions";
const DOCS_HASH: &str =
    "https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#hashfiles";
const R_CONSTANTS: &str = "actions/runner src/Sdk/DTExpressions2/Expressions2/ExpressionConstants.cs (NumberFormat = \"G15\")";
const R_RESULT: &str = "actions/runner src/Sdk/DTExpressions2/Expressions2/EvaluationResult.cs (ConvertToString, AbstractEqual)";
const R_UTILITY: &str =
    "actions/runner src/Sdk/DTExpressions2/Expressions2/Sdk/ExpressionUtility.cs (ParseNumber)";
const R_CONTAINS: &str =
    "actions/runner src/Sdk/DTExpressions2/Expressions2/Sdk/Functions/Contains.cs";
const R_STARTS: &str =
    "actions/runner src/Sdk/DTExpressions2/Expressions2/Sdk/Functions/StartsWith.cs";
const R_JOIN: &str = "actions/runner src/Sdk/DTExpressions2/Expressions2/Sdk/Functions/Join.cs";
const R_TOJSON: &str = "actions/runner src/Sdk/DTExpressions2/Expressions2/Sdk/Functions/ToJson.cs";
const R_JSON_STRING: &str = "actions/runner src/Sdk/WebApi/WebApi/JsonUtility.cs (Newtonsoft.Json's default string escaping)";
const R_FROMJSON: &str =
    "actions/runner src/Sdk/DTExpressions2/Expressions2/Sdk/Functions/FromJson.cs";
const R_DICTIONARY: &str = "actions/runner src/Sdk/DTPipelines/Pipelines/ContextData/DictionaryContextData.cs (keeps insertion order)";
const R_ENV: &str = "actions/runner src/Runner.Worker/StepsRunner.cs (env is a CaseSensitiveDictionaryContextData off Windows)";
const R_TEMPLATE: &str = "actions/runner src/Sdk/DTObjectTemplating/ObjectTemplating/TemplateReader.cs (ParseScalar: text around ${{ }} becomes format())";
const R_MAPPING: &str = "actions/runner src/Sdk/DTObjectTemplating/ObjectTemplating/TemplateEvaluator.cs (UnexpectedMappingStart)";
const R_IF: &str = "actions/runner src/Sdk/DTPipelines/Pipelines/ObjectTemplating/PipelineTemplateConverter.cs (an if: that is a format() is a string)";
const LS_BASIC: &str = "actions/languageservices expressions/testdata/basic.json";
const LS_CASE: &str = "actions/languageservices expressions/testdata/case.json";
const LS_COERCE_NUMBER: &str = "actions/languageservices expressions/testdata/coerce_number.json";
const LS_COERCE_STRING: &str = "actions/languageservices expressions/testdata/coerce_string.json";
const LS_CONTAINS: &str = "actions/languageservices expressions/testdata/contains.json";
const LS_ENDS: &str = "actions/languageservices expressions/testdata/endsWith.json";
const LS_FORMAT: &str = "actions/languageservices expressions/testdata/format.json";
const LS_FROMJSON: &str = "actions/languageservices expressions/testdata/fromJSON.json";
const LS_JOIN: &str = "actions/languageservices expressions/testdata/join.json";
const LS_NUMBER: &str = "actions/languageservices expressions/testdata/number.json";
const LS_AND: &str = "actions/languageservices expressions/testdata/op_and.json";
const LS_OR: &str = "actions/languageservices expressions/testdata/op_or.json";
const LS_IDX: &str = "actions/languageservices expressions/testdata/op_idx.json";
const LS_STAR: &str = "actions/languageservices expressions/testdata/op_idx_star.json";
const LS_CI: &str = "actions/languageservices expressions/testdata/operators_case_insensitive.json";
const LS_PRECEDENCE: &str =
    "actions/languageservices expressions/testdata/operators_precedence.json";
const LS_STARTS: &str = "actions/languageservices expressions/testdata/startsWith.json";
const LS_TOJSON: &str = "actions/languageservices expressions/testdata/tojson.json";

/// The contexts the cases read unless they bring their own.
const CONTEXTS: &str = r#"{
  "github": {
    "event_name": "push",
    "ref": "refs/heads/main",
    "workspace": "/nonexistent/devpath-workspace",
    "event": {"issue": {"labels": [{"name": "bug"}, {"name": "help wanted"}]}}
  },
  "env": {"FOO": "bar", "Mixed_Case": "m", "EMPTY": ""},
  "vars": {"Registry": "localhost:5000"},
  "matrix": {"os": "ubuntu", "node": 20},
  "steps": {"build": {"outputs": {"tag": "v1"}, "outcome": "success"}},
  "needs": {"build": {"result": "success", "outputs": {
    "matrix": "{\"include\":[{\"project\":\"foo\",\"config\":\"Debug\"}]}"
  }}},
  "fruits": [
    {"name": "apple", "quantity": 1},
    {"name": "orange", "quantity": 2},
    {"name": "pear", "quantity": 1}
  ],
  "vegetables": {
    "scallions": {"colors": ["green", "white", "red"], "ediblePortions": ["roots", "stalks"]},
    "beets": {"colors": ["purple", "red", "gold", "white", "pink"], "ediblePortions": ["roots", "stems", "leaves"]},
    "artichokes": {"colors": ["green", "purple", "red", "black"], "ediblePortions": ["hearts", "stems", "leaves"]}
  },
  "order": {"zebra": 1, "apple": [], "mango": {"b": true, "a": null}}
}"#;

#[derive(Debug, Clone, Copy)]
enum Want {
    Null,
    Bool(bool),
    Num(f64),
    Str(&'static str),
    /// An array or object, as JSON text.
    Json(&'static str),
    /// An error whose message contains this.
    Err(&'static str),
}
use Want::{Bool, Err, Json, Null, Num, Str};

#[derive(Debug, Clone, Copy)]
enum Case {
    /// An expression, with the shared contexts.
    E(&'static str, Want, &'static str),
    /// An expression with its own contexts (JSON text).
    Ec(&'static str, &'static str, Want, &'static str),
    /// A text with `${{ }}` pieces, rendered.
    T(&'static str, Want, &'static str),
    /// An `if:` condition, decided after steps with this status.
    I(&'static str, Status, bool, &'static str),
}
use Case::{E, Ec, I, T};

const OK: Status = Status::SUCCESS;
const FAILED: Status = Status::FAILURE;
const CANCELLED: Status = Status::CANCELLED;

#[rustfmt::skip]
const CASES: &[Case] = &[
    // Literals.
    E("null", Null, DOCS),
    E("false", Bool(false), DOCS),
    E("711", Num(711.0), DOCS),
    E("-9.2", Num(-9.2), DOCS),
    E("0xff", Num(255.0), DOCS),
    E("-2.99e-2", Num(-0.0299), DOCS),
    E("'It''s open source!'", Str("It's open source!"), DOCS),
    E(".5", Num(0.5), LS_NUMBER),
    E("+1", Num(1.0), LS_NUMBER),
    E("-.5", Num(-0.5), LS_NUMBER),

    // Numbers as text: .NET's "G15".
    E("format('{0}', 1e21)", Str("1E+21"), R_CONSTANTS),
    E("format('{0}', 1000000000000000)", Str("1E+15"), R_CONSTANTS),
    E("format('{0}', 100000000000000)", Str("100000000000000"), R_CONSTANTS),
    E("format('{0}', 0.00001)", Str("1E-05"), R_CONSTANTS),
    E("format('{0}', 0.0001)", Str("0.0001"), R_CONSTANTS),
    E("format('{0}', 1234.56789012345678)", Str("1234.56789012346"), R_CONSTANTS),
    E("format('{0}', 123456789012345678)", Str("1.23456789012346E+17"), R_CONSTANTS),
    E("format('{0}', 1.5e300)", Str("1.5E+300"), R_CONSTANTS),
    E("format('{0}', -1e-7)", Str("-1E-07"), R_CONSTANTS),
    E("format('{0}', -2.99e-2)", Str("-0.0299"), R_CONSTANTS),
    E("format('{0}', 0.84551240822557006)", Str("0.84551240822557"), LS_COERCE_STRING),
    E("format('{0}', 123456.789)", Str("123456.789"), LS_COERCE_STRING),
    E("format('{0}', -0)", Str("0"), LS_COERCE_STRING),
    E("format('{0}', -2.0)", Str("-2"), LS_COERCE_STRING),
    E("format('{0}', 1.2e-2)", Str("0.012"), LS_COERCE_STRING),
    E("format('{0}', 0o10)", Str("8"), LS_COERCE_STRING),
    E("format('{0}', NaN)", Str("NaN"), LS_NUMBER),
    E("format('{0}', -Infinity)", Str("-Infinity"), LS_NUMBER),
    E("format('{0}', +Infinity)", Str("Infinity"), LS_NUMBER),
    E("join(fromJSON('[1e21, 0.5]'), ' ')", Str("1E+21 0.5"), R_JOIN),
    E("'1E+21' == 1e21", Bool(true), R_UTILITY),
    E("' 1e21 ' == format('{0}', 1e21)", Bool(false), R_RESULT),

    // toJSON: the runner's own writer.
    E("toJSON(1e21)", Str("1E+21"), R_TOJSON),
    E("toJSON(0.00001)", Str("1E-05"), R_TOJSON),
    E("toJSON(NaN)", Str("NaN"), R_TOJSON),
    E("toJSON(Infinity)", Str("Infinity"), R_TOJSON),
    E("toJSON(-Infinity)", Str("-Infinity"), R_TOJSON),
    E("toJSON(fromJSON('[1.0, 2.50]'))", Str("[\n  1,\n  2.5\n]"), R_TOJSON),
    E("toJSON(order)", Str("{\n  \"zebra\": 1,\n  \"apple\": [],\n  \"mango\": {\n    \"b\": true,\n    \"a\": null\n  }\n}"), R_TOJSON),
    E("toJSON(fromJSON('{\"b\": 1, \"a\": 2}'))", Str("{\n  \"b\": 1,\n  \"a\": 2\n}"), R_TOJSON),
    E("toJSON(matrix)", Str("{\n  \"os\": \"ubuntu\",\n  \"node\": 20\n}"), R_DICTIONARY),
    E("toJSON(fruits.*.name)", Str("[\n  \"apple\",\n  \"orange\",\n  \"pear\"\n]"), R_TOJSON),
    E("toJSON(null)", Str("null"), LS_TOJSON),
    E("toJSON(true)", Str("true"), LS_TOJSON),
    E("toJSON(-0)", Str("0"), LS_TOJSON),
    E("toJSON(1234.5)", Str("1234.5"), LS_TOJSON),
    E("toJSON('')", Str("\"\""), LS_TOJSON),
    E("toJSON('abc''def')", Str("\"abc'def\""), LS_TOJSON),
    E("toJSON('abc\\\"def')", Str("\"abc\\\\\\\"def\""), LS_TOJSON),
    E("toJSON(fromJSON('[[1, 2], [], {}]'))", Str("[\n  [\n    1,\n    2\n  ],\n  [],\n  {}\n]"), LS_TOJSON),
    E("toJSON(fromJSON('\"tab\\there\\u0001\"'))", Str("\"tab\\there\\u0001\""), R_JSON_STRING),
    E("toJSON(fromJSON('\"\\u2028\"'))", Str("\"\\u2028\""), R_JSON_STRING),

    // contains.
    E("contains('Hello world', 'llo')", Bool(true), DOCS),
    E("contains(github.event.issue.labels.*.name, 'bug')", Bool(true), DOCS),
    E("contains(fromJSON('[\"push\", \"pull_request\"]'), github.event_name)", Bool(true), DOCS),
    E("contains('Array', fromJSON('[]'))", Bool(false), R_CONTAINS),
    E("contains('Object', fromJSON('{}'))", Bool(false), R_CONTAINS),
    E("contains('Array', github.event.issue.labels)", Bool(false), R_CONTAINS),
    E("contains(fromJSON('{\"a\": 1}'), 'a')", Bool(false), R_CONTAINS),
    E("contains(fromJSON('[]'), '')", Bool(false), R_CONTAINS),
    E("contains(fromJSON('[[]]'), fromJSON('[]'))", Bool(false), R_CONTAINS),
    E("contains(fromJSON('[1, 2]'), '2')", Bool(true), R_CONTAINS),
    E("contains(needs.*.result, 'SUCCESS')", Bool(true), R_CONTAINS),
    E("contains('abCdEf', 'cDe')", Bool(true), LS_CONTAINS),
    E("contains('1234', 23)", Bool(true), LS_CONTAINS),
    E("contains('true', true)", Bool(true), LS_CONTAINS),
    E("contains('asdf', null)", Bool(true), LS_CONTAINS),
    E("contains('true', false)", Bool(false), LS_CONTAINS),
    Ec("contains(test, null)", r#"{"test": [""]}"#, Bool(true), LS_CONTAINS),
    Ec("contains(test, 123)", r#"{"test": [123.0]}"#, Bool(true), LS_CONTAINS),

    // startsWith, endsWith.
    E("startsWith('Hello world', 'He')", Bool(true), DOCS),
    E("endsWith('Hello world', 'ld')", Bool(true), DOCS),
    E("startsWith('abcdef', 'bc')", Bool(false), LS_STARTS),
    E("startsWith('1234', 12)", Bool(true), LS_STARTS),
    E("startsWith('ς_asdf', 'Σ')", Bool(true), LS_STARTS),
    E("startsWith('Array', fromJSON('[]'))", Bool(false), R_STARTS),
    E("startsWith(fromJSON('[\"a\"]'), 'a')", Bool(false), R_STARTS),
    E("endsWith('1234', 23)", Bool(false), LS_ENDS),
    E("endsWith('asdf_ς', 'σ')", Bool(true), LS_ENDS),
    E("endsWith('asdf', null)", Bool(true), LS_ENDS),

    // format.
    E("format('Hello {0} {1} {2}', 'Mona', 'the', 'Octocat')", Str("Hello Mona the Octocat"), DOCS),
    E("format('{{Hello {0} {1} {2}!}}', 'Mona', 'the', 'Octocat')", Str("{Hello Mona the Octocat!}"), DOCS),
    E("format('123{0}456{1}789', 'abc', 'def')", Str("123abc456def789"), LS_FORMAT),
    E("format('{{{{0}}}}', 'abc')", Str("{{0}}"), LS_FORMAT),
    E("format('}}', 'abc')", Str("}"), LS_FORMAT),
    E("format(null)", Str(""), LS_FORMAT),
    E("format('{0}', null)", Str(""), LS_COERCE_STRING),
    E("format('{0}', true)", Str("true"), LS_COERCE_STRING),
    E("format('{0}', github.event.issue.labels)", Str("Array"), LS_COERCE_STRING),
    E("format('{0}', matrix)", Str("Object"), LS_COERCE_STRING),
    E("format('{0', '')", Err("format string"), LS_FORMAT),
    E("format('{0}{1}', 'abc')", Err("uses argument {1}"), LS_FORMAT),

    // join.
    E("join(github.event.issue.labels.*.name, ', ')", Str("bug, help wanted"), DOCS),
    E("join(fromJSON('[null, true, 123.456, \"abc\", [], [\"def\"], {}, {\"key1\": \"value1\"}]'))", Str(",true,123.456,abc,Array,Array,Object,Object"), LS_JOIN),
    E("join(fromJSON('[\"a\", \"b\"]'), null)", Str("ab"), LS_JOIN),
    E("join(fromJSON('[\"a\", \"b\"]'), fromJSON('[]'))", Str("a,b"), LS_JOIN),
    E("join(true)", Str("true"), LS_JOIN),
    E("join(123.456)", Str("123.456"), LS_JOIN),
    E("join(matrix)", Str(""), LS_JOIN),
    E("join(fromJSON('[1e21]'))", Str("1E+21"), R_JOIN),

    // fromJSON.
    E("fromJSON(needs.build.outputs.matrix).include[0].config", Str("Debug"), DOCS),
    E("fromJSON('{\"include\":[{\"project\":\"foo\"}]}').include[0].project", Str("foo"), DOCS),
    E("fromJSON('true')", Bool(true), DOCS),
    E("fromJSON('-0')", Num(0.0), LS_FROMJSON),
    E("fromJSON('\"abc''def\"')", Str("abc'def"), LS_FROMJSON),
    E("fromJSON('-1234.5')", Num(-1234.5), LS_FROMJSON),
    E("fromJSON('[]')", Json("[]"), LS_FROMJSON),
    E("fromJSON('{\"A\": 1}').a", Num(1.0), R_FROMJSON),
    E("fromJSON(toJSON(env)).foo", Str("bar"), R_FROMJSON),
    E("fromJSON('{bad')", Err("invalid JSON"), R_FROMJSON),

    // case.
    E("case(github.ref == 'refs/heads/main', 'production', 'development')", Str("production"), DOCS),
    E("case(true, 'first', 'default')", Str("first"), LS_CASE),
    E("case(false, 'first', true, 'second', 'default')", Str("second"), LS_CASE),
    E("case(1 == 2, 'equal', 'not equal')", Str("not equal"), LS_CASE),
    E("case(false, 123, 456)", Num(456.0), LS_CASE),

    // Comparison and coercion.
    E("'abc' == 'ABC'", Bool(true), DOCS),
    E("null == 0", Bool(true), DOCS),
    E("true == 1", Bool(true), DOCS),
    E("false == 0", Bool(true), DOCS),
    E("'' == 0", Bool(true), DOCS),
    E("'abc' == 0", Bool(false), DOCS),
    E("NaN == NaN", Bool(false), DOCS),
    E("fromJSON('[]') == fromJSON('[]')", Bool(false), DOCS),
    E("github == github", Bool(true), DOCS),
    E("matrix == 'Object'", Bool(false), DOCS),
    E("' 0xff ' == 255", Bool(true), LS_COERCE_NUMBER),
    E("' 0o10 ' == 8", Bool(true), LS_COERCE_NUMBER),
    E("' -Infinity ' == -Infinity", Bool(true), LS_COERCE_NUMBER),
    E("' NaN ' == NaN", Bool(false), LS_COERCE_NUMBER),
    E("'A' < '['", Bool(true), LS_CI),
    E("'abcdefghijklmnopqrstuvwxyz' <= 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'", Bool(true), LS_CI),
    E("3 < 2 < 1", Bool(true), LS_PRECEDENCE),
    E("!2 < 3", Bool(true), LS_PRECEDENCE),
    E("(!matrix).os", Null, LS_PRECEDENCE),

    // && and || return an operand.
    E("true && '' && 'asdf'", Str(""), LS_AND),
    E("null && true", Null, LS_AND),
    E("true && 1 && 2", Num(2.0), LS_AND),
    E("false || '' || 'a' || 'b'", Str("a"), LS_OR),
    E("false || null", Null, LS_OR),
    E("0 || 0 || 2 || 3", Num(2.0), LS_OR),

    // Property access, indexes and object filters.
    E("fruits.*.name", Json(r#"["apple", "orange", "pear"]"#), DOCS_FILTERS),
    E("vegetables.*.ediblePortions", Json(r#"[["roots", "stalks"], ["roots", "stems", "leaves"], ["hearts", "stems", "leaves"]]"#), DOCS_FILTERS),
    E("matrix.*", Json(r#"["ubuntu", 20]"#), R_DICTIONARY),
    E("github['event']['issue'].labels[1].name", Str("help wanted"), DOCS),
    E("github.event.issue.labels[5]", Null, LS_IDX),
    E("GITHUB.Event_Name", Str("push"), LS_BASIC),
    E("vars.REGISTRY", Str("localhost:5000"), LS_IDX),
    Ec("foo['bAr']", r#"{"foo": {"BaR": "baz"}}"#, Str("baz"), LS_IDX),
    Ec("foo.*", r#"{"foo": "abc"}"#, Json("[]"), LS_STAR),
    Ec("foo.*.thePROPERTY", r#"{"foo": [{"THEproperty": "the property"}]}"#, Json(r#"["the property"]"#), LS_STAR),
    Ec("foo[*][false]", r#"{"foo": [{"false": "It's false"}]}"#, Json(r#"["It's false"]"#), LS_STAR),
    Ec("foo.*", r#"{"foo": {"one": "one val", "two": "two val"}}"#, Json(r#"["one val", "two val"]"#), LS_STAR),

    // The env context is case-sensitive (Linux runners).
    E("env.FOO", Str("bar"), R_ENV),
    E("env.foo", Null, R_ENV),
    E("env['foo']", Null, R_ENV),
    E("env['FOO']", Str("bar"), R_ENV),
    E("ENV.FOO", Str("bar"), R_ENV),
    E("env.Mixed_Case", Str("m"), R_ENV),
    E("env.mixed_case", Null, R_ENV),
    E("env.*", Json(r#"["bar", "m", ""]"#), R_ENV),
    E("contains(toJSON(env), '\"FOO\": \"bar\"')", Bool(true), R_ENV),

    // Text with `${{ }}` pieces: a format() call, arrays and objects read
    // `Array` and `Object`; one whole `${{ }}` that is one is refused.
    T("echo ${{ github.event.issue.labels }}", Str("echo Array"), R_TEMPLATE),
    T("echo ${{ matrix }}", Str("echo Object"), R_TEMPLATE),
    T("${{ matrix }} ", Str("Object "), R_TEMPLATE),
    T("${{ fromJSON('[]') }}\n", Str("Array\n"), R_TEMPLATE),
    T("a ${{ 1e21 }} b", Str("a 1E+21 b"), R_TEMPLATE),
    T("v${{ 0.00001 }}", Str("v1E-05"), R_TEMPLATE),
    T("${{ null }}", Str(""), R_TEMPLATE),
    T("{0} ${{ '{1}' }}", Str("{0} {1}"), R_TEMPLATE),
    T("it's ${{ 'x' }}", Str("it's x"), R_TEMPLATE),
    T("${{ matrix }}", Err("A mapping was not expected"), R_MAPPING),
    T("${{ fruits }}", Err("A sequence was not expected"), R_MAPPING),

    // if: conditions.
    I("github.ref == 'refs/heads/main'", OK, true, DOCS_IF),
    I("github.ref == 'refs/heads/main'", FAILED, false, DOCS_STATUS),
    I("${{ github.ref == 'refs/heads/main' }}", OK, true, DOCS_IF),
    I("${{ false }}", OK, false, DOCS_IF),
    I("false", OK, false, DOCS_IF),
    I("always()", CANCELLED, true, DOCS_STATUS),
    I("failure()", FAILED, true, DOCS_STATUS),
    I("cancelled()", OK, false, DOCS_STATUS),
    I("${{ !cancelled() }}", FAILED, true, DOCS_STATUS),
    I("env.EMPTY", OK, false, DOCS),
    I("steps.build.outputs.tag", OK, true, DOCS),
    I("${{ false }} ", OK, true, R_IF),
    I("${{ false }}\n", OK, true, R_IF),
    I("${{ false }} && ${{ false }}", OK, true, R_IF),
    I("${{ false }} ", FAILED, false, R_IF),
    I("${{ always() }} ", FAILED, true, R_IF),
    I("github.ref == 'refs/tags/v1' && ${{ false }}", OK, true, R_IF),
    I("", OK, true, R_IF),
    I(" ", FAILED, false, R_IF),

    // hashFiles.
    E("hashFiles('**/no-such-file')", Str(""), DOCS_HASH),

    // Names.
    E("1 == 2", Bool(false), LS_BASIC),
    Ec("SIMple.TEst", r#"{"simPLE": {"teST": 123}}"#, Num(123.0), LS_BASIC),
];

fn contexts(json: &str) -> Map<String, Value> {
    match serde_json::from_str(json) {
        Ok(Value::Object(map)) => map,
        other => panic!("contexts must be a JSON object: {other:?}"),
    }
}

/// What `want` says about `got`, or `None` when they agree.
fn disagreement(want: Want, got: Result<Value, String>) -> Option<String> {
    let ok = match (&want, &got) {
        (Err(part), Result::Err(message)) => message.contains(part),
        (_, Result::Err(_)) | (Err(_), Ok(_)) => false,
        (Null, Ok(v)) => v.is_null(),
        (Bool(b), Ok(v)) => v.as_bool() == Some(*b),
        (Num(n), Ok(v)) => v.as_f64() == Some(*n),
        (Str(s), Ok(v)) => v.as_str() == Some(*s),
        (Json(text), Ok(v)) => serde_json::from_str::<Value>(text).ok().as_ref() == Some(v),
    };
    (!ok).then(|| format!("expected {want:?}, got {got:?}"))
}

fn run(case: Case, shared: &Map<String, Value>) -> Option<String> {
    let eval = |src: &str, contexts: &Map<String, Value>, status: Status| {
        let ctx = EvalContext { contexts, status };
        Expression::parse(src)
            .and_then(|e| e.eval(&ctx))
            .map_err(|e| e.message)
    };
    match case {
        E(src, want, _) => disagreement(want, eval(src, shared, OK)),
        Ec(src, json, want, _) => disagreement(want, eval(src, &contexts(json), OK)),
        T(src, want, _) => {
            let ctx = EvalContext {
                contexts: shared,
                status: OK,
            };
            let got = Template::parse(src)
                .and_then(|t| t.render(&ctx))
                .map(Value::String)
                .map_err(|e| e.message);
            disagreement(want, got)
        }
        I(src, status, want, _) => {
            let ctx = EvalContext {
                contexts: shared,
                status,
            };
            let got = parse_condition(src)
                .and_then(|e| e.eval_bool(&ctx))
                .map(Value::Bool)
                .map_err(|e| e.message);
            disagreement(Bool(want), got)
        }
    }
}

#[test]
fn expressions_agree_with_github() {
    let shared = contexts(CONTEXTS);
    let failures: Vec<String> = CASES
        .iter()
        .filter_map(|case| {
            let (src, source) = match case {
                E(src, _, source) | Ec(src, _, _, source) | T(src, _, source) => (src, source),
                I(src, _, _, source) => (src, source),
            };
            run(*case, &shared).map(|why| format!("{src:?} ({source}): {why}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases disagree with GitHub:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
    assert!(CASES.len() >= 150, "only {} cases", CASES.len());
}

/// The table itself is checked: a case with a wrong expectation must fail,
/// or the test above could pass without looking.
#[test]
fn a_wrong_expectation_is_reported() {
    let shared = contexts(CONTEXTS);
    for wrong in [
        E("format('{0}', 1e21)", Str("1000000000000000000000"), DOCS),
        E("env.foo", Str("bar"), R_ENV),
        T("${{ matrix }}", Str("Object"), R_MAPPING),
        I("${{ false }} ", OK, false, R_IF),
        E("contains('Array', fromJSON('[]'))", Bool(true), R_CONTAINS),
    ] {
        assert!(run(wrong, &shared).is_some(), "{wrong:?} passed");
    }
}

/// Every case names where its answer comes from.
#[test]
fn every_case_cites_github() {
    for case in CASES {
        let source = match case {
            E(_, _, s) | Ec(_, _, _, s) | T(_, _, s) | I(_, _, _, s) => s,
        };
        assert!(
            source.starts_with("https://docs.github.com/")
                || source.starts_with("actions/runner ")
                || source.starts_with("actions/languageservices expressions/testdata/"),
            "{case:?}"
        );
    }
}
