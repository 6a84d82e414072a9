//! Values during evaluation and GitHub's coercion rules: truthiness,
//! conversion to number and to string, loose comparison.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::rc::Rc;

use serde_json::Value;

/// A value while an expression is evaluated. Unlike [`Value`] it can hold
/// `NaN` and infinities, remembers which arrays and objects come from the
/// contexts (GitHub compares those by identity), and marks the result of
/// `.*` (later accesses apply to every element).
#[derive(Debug, Clone)]
pub(crate) enum Val<'a> {
    Null,
    Bool(bool),
    Num(f64),
    Str(Cow<'a, str>),
    /// An array or object read from the contexts: equal only to itself.
    Ref(&'a Value),
    /// The `env` context on Linux and macOS: like [`Val::Ref`], but its
    /// keys are case-sensitive, as the runner builds it
    /// (`CaseSensitiveDictionaryContextData`): `env.foo` is not `FOO`,
    /// because the process environment is case-sensitive there too.
    Env(&'a Value),
    /// An array or object made while evaluating (`fromJSON`): equal to
    /// nothing.
    Owned(Rc<Value>),
    /// The result of `x.*`: an array that applies later accesses to each
    /// of its elements.
    Filtered(Vec<Val<'a>>),
}

impl<'a> Val<'a> {
    /// A value read from the contexts.
    pub(super) fn from_ref(v: &'a Value) -> Val<'a> {
        match v {
            Value::Null => Val::Null,
            Value::Bool(b) => Val::Bool(*b),
            Value::Number(n) => Val::Num(n.as_f64().unwrap_or(f64::NAN)),
            Value::String(s) => Val::Str(Cow::Borrowed(s)),
            Value::Array(_) | Value::Object(_) => Val::Ref(v),
        }
    }

    /// A value made while evaluating.
    pub(super) fn from_owned(v: Value) -> Val<'a> {
        match v {
            Value::Null => Val::Null,
            Value::Bool(b) => Val::Bool(b),
            Value::Number(n) => Val::Num(n.as_f64().unwrap_or(f64::NAN)),
            Value::String(s) => Val::Str(Cow::Owned(s)),
            v @ (Value::Array(_) | Value::Object(_)) => Val::Owned(Rc::new(v)),
        }
    }

    /// The JSON array or object behind a container value.
    fn json(&self) -> Option<&Value> {
        match self {
            Val::Ref(v) | Val::Env(v) => Some(v),
            Val::Owned(v) => Some(v),
            _ => None,
        }
    }

    pub(super) fn is_container(&self) -> bool {
        matches!(
            self,
            Val::Ref(_) | Val::Env(_) | Val::Owned(_) | Val::Filtered(_)
        )
    }

    pub(super) fn is_array(&self) -> bool {
        matches!(self, Val::Filtered(_)) || matches!(self.json(), Some(Value::Array(_)))
    }

    /// GitHub's truthiness: `false`, `0`, `-0`, `NaN`, `''` and `null` are
    /// falsy; everything else, including empty arrays and objects, is truthy.
    pub(super) fn truthy(&self) -> bool {
        match self {
            Val::Null => false,
            Val::Bool(b) => *b,
            Val::Num(n) => *n != 0.0 && !n.is_nan(),
            Val::Str(s) => !s.is_empty(),
            Val::Ref(_) | Val::Env(_) | Val::Owned(_) | Val::Filtered(_) => true,
        }
    }

    /// GitHub's conversion to a number: `null` is 0, booleans 1 and 0,
    /// strings are parsed (else `NaN`), arrays and objects are `NaN`.
    pub(super) fn to_number(&self) -> f64 {
        match self {
            Val::Null => 0.0,
            Val::Bool(b) => f64::from(u8::from(*b)),
            Val::Num(n) => *n,
            Val::Str(s) => parse_number(s),
            Val::Ref(_) | Val::Env(_) | Val::Owned(_) | Val::Filtered(_) => f64::NAN,
        }
    }

    /// GitHub's conversion to a string (`ConvertToString` in the runner's
    /// `EvaluationResult.cs`): arrays and objects become `Array` and
    /// `Object`. A string with `${{ }}` pieces is a `format(…)` call on
    /// GitHub, so this is also what a piece becomes in a `run:` script.
    pub(super) fn coerce_string(&self) -> Cow<'_, str> {
        match self {
            Val::Null => Cow::Borrowed(""),
            Val::Bool(b) => Cow::Borrowed(if *b { "true" } else { "false" }),
            Val::Num(n) => Cow::Owned(format_number(*n)),
            Val::Str(s) => Cow::Borrowed(s),
            _ if self.is_array() => Cow::Borrowed("Array"),
            _ => Cow::Borrowed("Object"),
        }
    }

    /// The text spliced into a string by `${{ }}`: see
    /// [`Val::coerce_string`].
    pub(super) fn display(&self) -> String {
        self.coerce_string().into_owned()
    }

    /// The value as JSON, for the caller: `NaN` and infinities, which JSON
    /// cannot hold, become `null` (see [`to_json_text`] for `toJSON`).
    pub(super) fn to_json(&self) -> Value {
        match self {
            Val::Null => Value::Null,
            Val::Bool(b) => Value::Bool(*b),
            Val::Num(n) => number_to_json(*n).unwrap_or(Value::Null),
            Val::Str(s) => Value::String(s.to_string()),
            Val::Ref(v) | Val::Env(v) => (*v).clone(),
            Val::Owned(v) => (**v).clone(),
            Val::Filtered(items) => Value::Array(items.iter().map(Val::to_json).collect()),
        }
    }

    /// The value as JSON for the caller: `NaN` and infinities become the
    /// strings `"NaN"`, `"Infinity"`, `"-Infinity"`.
    pub(super) fn into_value(self) -> Value {
        match self {
            Val::Num(n) => number_to_json(n).unwrap_or_else(|| Value::String(format_number(n))),
            Val::Str(s) => Value::String(s.into_owned()),
            Val::Owned(v) => Rc::try_unwrap(v).unwrap_or_else(|rc| (*rc).clone()),
            Val::Filtered(items) => Value::Array(items.into_iter().map(Val::into_value).collect()),
            other => other.to_json(),
        }
    }

    /// The elements of an array value, or `None` for anything else.
    pub(super) fn elements(&self) -> Option<Vec<Val<'a>>> {
        match self {
            Val::Filtered(items) => Some(items.clone()),
            Val::Ref(Value::Array(items)) | Val::Env(Value::Array(items)) => {
                Some(items.iter().map(Val::from_ref).collect())
            }
            Val::Owned(v) => match &**v {
                Value::Array(items) => Some(items.iter().cloned().map(Val::from_owned).collect()),
                _ => None,
            },
            _ => None,
        }
    }

    /// `x.*`: the elements of an array or the values of an object; nothing
    /// for anything else.
    pub(super) fn star(&self) -> Vec<Val<'a>> {
        match self {
            Val::Ref(Value::Array(items)) | Val::Env(Value::Array(items)) => {
                items.iter().map(Val::from_ref).collect()
            }
            Val::Ref(Value::Object(map)) | Val::Env(Value::Object(map)) => {
                map.values().map(Val::from_ref).collect()
            }
            Val::Owned(v) => match &**v {
                Value::Array(items) => items.iter().cloned().map(Val::from_owned).collect(),
                Value::Object(map) => map.values().cloned().map(Val::from_owned).collect(),
                _ => Vec::new(),
            },
            Val::Filtered(items) => items.clone(),
            _ => Vec::new(),
        }
    }

    /// `x.name` or `x['name']` on an object (case-insensitive, except for
    /// [`Val::Env`]), `None` when
    /// there is no such property or `x` is not an object.
    pub(super) fn property(&self, name: &str) -> Option<Val<'a>> {
        match self {
            Val::Ref(Value::Object(map)) => get_ci(map, name).map(Val::from_ref),
            Val::Env(Value::Object(map)) => map.get(name).map(Val::from_ref),
            Val::Owned(v) => match &**v {
                Value::Object(map) => get_ci(map, name).cloned().map(Val::from_owned),
                _ => None,
            },
            _ => None,
        }
    }

    /// `x[index]`: an array element (the index converted to a number) or an
    /// object property (the index converted to a string); `None` when there
    /// is nothing there.
    pub(super) fn index(&self, index: &Val<'_>) -> Option<Val<'a>> {
        let position = || {
            let n = index.to_number();
            // Truncation is what GitHub does with a fractional index; a
            // negative or non-finite one finds nothing.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            (n.is_finite() && n >= 0.0).then(|| n.trunc() as usize)
        };
        match self {
            Val::Ref(Value::Array(items)) | Val::Env(Value::Array(items)) => {
                items.get(position()?).map(Val::from_ref)
            }
            Val::Owned(v) if v.is_array() => v
                .as_array()
                .and_then(|items| items.get(position()?))
                .cloned()
                .map(Val::from_owned),
            Val::Ref(Value::Object(_)) | Val::Env(Value::Object(_)) | Val::Owned(_) => {
                if index.is_container() {
                    return None;
                }
                self.property(&index.coerce_string())
            }
            _ => None,
        }
    }

    /// A short name of the value's type, for error messages.
    pub(super) fn type_name(&self) -> String {
        let id = match self {
            Val::Null => return "null".to_string(),
            Val::Bool(_) => "workflow-found-boolean",
            Val::Num(_) => "workflow-found-number",
            Val::Str(_) => "workflow-found-string",
            _ if self.is_array() => "workflow-found-array",
            _ => "workflow-found-object",
        };
        i18n::t!(id)
    }
}

/// `a == b` with GitHub's rules: same types compare directly (strings
/// case-insensitively), arrays and objects only equal themselves, other
/// mixed types are compared as numbers.
pub(crate) fn loose_eq(a: &Val<'_>, b: &Val<'_>) -> bool {
    match (a, b) {
        (Val::Null, Val::Null) => true,
        (Val::Bool(x), Val::Bool(y)) => x == y,
        (Val::Num(x), Val::Num(y)) => x == y,
        (Val::Str(x), Val::Str(y)) => x == y || upper(x) == upper(y),
        (Val::Ref(x), Val::Ref(y)) | (Val::Env(x), Val::Env(y)) => std::ptr::eq(*x, *y),
        _ if a.is_container() || b.is_container() => false,
        _ => a.to_number() == b.to_number(),
    }
}

/// The order of `a` and `b` for `<`, `<=`, `>`, `>=`; `None` when they
/// cannot be ordered (`NaN`, arrays, objects), which makes all four false.
pub(crate) fn loose_cmp(a: &Val<'_>, b: &Val<'_>) -> Option<Ordering> {
    match (a, b) {
        (Val::Null, Val::Null) => Some(Ordering::Equal),
        (Val::Bool(x), Val::Bool(y)) => Some(x.cmp(y)),
        (Val::Num(x), Val::Num(y)) => x.partial_cmp(y),
        (Val::Str(x), Val::Str(y)) => Some(upper(x).cmp(&upper(y))),
        _ if a.is_container() || b.is_container() => None,
        _ => a.to_number().partial_cmp(&b.to_number()),
    }
}

/// Uppercase the way GitHub compares strings: every character except the
/// dotless `ı`, which GitHub leaves alone.
pub(crate) fn upper(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        if s.bytes().any(|b| b.is_ascii_lowercase()) {
            return Cow::Owned(s.to_ascii_uppercase());
        }
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == 'ı' {
            out.push(c);
        } else {
            out.extend(c.to_uppercase());
        }
    }
    Cow::Owned(out)
}

/// A property of an object by name, exact match first, then ignoring case.
pub(crate) fn get_ci<'m>(map: &'m serde_json::Map<String, Value>, name: &str) -> Option<&'m Value> {
    if let Some(v) = map.get(name) {
        return Some(v);
    }
    let wanted = upper(name);
    map.iter().find(|(k, _)| upper(k) == wanted).map(|(_, v)| v)
}

/// GitHub's conversion of a string to a number: surrounding whitespace is
/// ignored, the empty string is 0, decimal and exponent forms, `0x` hex and
/// `0o` octal (32-bit, signed), `Infinity`; anything else is `NaN`.
pub(crate) fn parse_number(s: &str) -> f64 {
    let t = s.trim();
    if t.is_empty() {
        return 0.0;
    }
    if let Ok(v) = t.parse::<f64>()
        && v.is_finite()
    {
        return v;
    }
    let radix = |digits: &str, radix: u32| {
        u32::from_str_radix(digits, radix)
            // GitHub reads these as signed 32-bit integers.
            .map(|n| f64::from(n.cast_signed()))
            .unwrap_or(f64::NAN)
    };
    if let Some(hex) = t.strip_prefix("0x") {
        return radix(hex, 16);
    }
    if let Some(oct) = t.strip_prefix("0o") {
        return radix(oct, 8);
    }
    let unsigned = t.strip_prefix(['+', '-']).unwrap_or(t);
    if unsigned.eq_ignore_ascii_case("infinity") {
        return if t.starts_with('-') {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    f64::NAN
}

/// A number as the runner writes it: .NET's `ToString("G15")` — at most 15
/// significant digits, no trailing zeros, scientific notation (`1E+15`,
/// `1E-05`) when the decimal exponent is 15 or more or below -4 — plus
/// `NaN`, `Infinity`, `-Infinity`. `-0` is `0`, as GitHub's known answers
/// say (`coerce_string.json`).
pub(crate) fn format_number(n: f64) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n.is_infinite() {
        return if n > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    if n == 0.0 {
        return "0".into();
    }
    // Rust rounds the exact binary value to 15 significant digits, as .NET
    // Core does: `d.dddddddddddddde±x`.
    let sci = format!("{:.14e}", n.abs());
    let (mantissa, exponent) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0');
    let sign = if n < 0.0 { "-" } else { "" };
    if !(-4..15).contains(&exponent) {
        let (first, rest) = digits.split_at(1);
        let point = if rest.is_empty() { "" } else { "." };
        let exp_sign = if exponent < 0 { '-' } else { '+' };
        return format!("{sign}{first}{point}{rest}E{exp_sign}{:02}", exponent.abs());
    }
    let out = if exponent < 0 {
        let zeros = "0".repeat(usize::try_from(-exponent - 1).unwrap_or(0));
        format!("0.{zeros}{digits}")
    } else {
        let int_len = usize::try_from(exponent + 1).unwrap_or(1);
        if digits.len() <= int_len {
            format!("{digits}{}", "0".repeat(int_len - digits.len()))
        } else {
            format!("{}.{}", &digits[..int_len], &digits[int_len..])
        }
    };
    format!("{sign}{out}")
}

/// A finite number as JSON (integers as integers); `None` for `NaN` and
/// infinities, which JSON cannot hold.
fn number_to_json(n: f64) -> Option<Value> {
    if !n.is_finite() {
        return None;
    }
    if n.fract() == 0.0 && n.abs() < 9e15 {
        // Exact: the value is an integer well inside i64's range.
        #[allow(clippy::cast_possible_truncation)]
        return Some(Value::from(n as i64));
    }
    serde_json::Number::from_f64(n).map(Value::Number)
}

/// `toJSON` as the runner writes it (`ToJson.cs`): two-space indentation,
/// keys in the object's own order, numbers as [`format_number`] writes them
/// (so `NaN`, `Infinity` and `1E+21` appear as such, which is not strict
/// JSON), strings escaped as Newtonsoft.Json escapes them.
pub(crate) fn to_json_text(v: &Val<'_>) -> String {
    let mut out = String::new();
    write_val(&mut out, v, 0);
    out
}

fn write_val(out: &mut String, v: &Val<'_>, level: usize) {
    match v {
        Val::Null => out.push_str("null"),
        Val::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Val::Num(n) => out.push_str(&format_number(*n)),
        Val::Str(s) => write_json_string(out, s),
        Val::Ref(v) | Val::Env(v) => write_json(out, v, level),
        Val::Owned(v) => write_json(out, v, level),
        Val::Filtered(items) => {
            write_seq(out, level, '[', ']', items.iter(), |out, item, level| {
                write_val(out, item, level);
            });
        }
    }
}

fn write_json(out: &mut String, v: &Value, level: usize) {
    match v {
        Value::Array(items) => write_seq(out, level, '[', ']', items.iter(), |out, item, level| {
            write_json(out, item, level);
        }),
        Value::Object(map) => write_seq(out, level, '{', '}', map.iter(), |out, (k, v), level| {
            write_json_string(out, k);
            out.push_str(": ");
            write_json(out, v, level);
        }),
        other => write_val(out, &Val::from_ref(other), level),
    }
}

/// `[`/`{`, each item on its own line indented two spaces deeper, then the
/// closing bracket on a line of its own; `[]` and `{}` when empty.
fn write_seq<T>(
    out: &mut String,
    level: usize,
    open: char,
    close: char,
    items: impl Iterator<Item = T>,
    mut write: impl FnMut(&mut String, T, usize),
) {
    out.push(open);
    let mut empty = true;
    for item in items {
        if !empty {
            out.push(',');
        }
        empty = false;
        out.push('\n');
        out.push_str(&"  ".repeat(level + 1));
        write(out, item, level + 1);
    }
    if !empty {
        out.push('\n');
        out.push_str(&"  ".repeat(level));
    }
    out.push(close);
}

/// A JSON string as Newtonsoft.Json writes it by default: `"` and `\\`
/// escaped, control characters as `\n`, `\t`, … or `\u001f`, and also
/// U+0085, U+2028 and U+2029 (which break JavaScript string literals).
fn write_json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}') => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// GitHub's truthiness of a JSON value: `false`, `0`, `-0`, `""` and `null`
/// are falsy; everything else (including `{}` and `[]`) is truthy.
pub fn truthy(v: &Value) -> bool {
    Val::from_ref(v).truthy()
}

/// How a value is spliced into a string by `${{ }}`: `null` is empty,
/// booleans are `true`/`false`, numbers are written like the runner does
/// (`3`, not `3.0`; `1E+21`), strings as they are, and arrays and objects
/// as `Array` and `Object`.
pub fn to_display_string(v: &Value) -> String {
    Val::from_ref(v).display()
}
