//! A YAML tree in which every node remembers where it starts in the file.
//!
//! serde-saphyr deserialises into types but cannot tell where each key and
//! value of a workflow came from, and every devpath diagnostic names a line
//! and a column. So the workflow is read from granit-parser's event stream
//! (the parser under serde-saphyr) into this small [`Node`] tree instead.
//! Anchors and aliases are resolved (an alias is a copy of its anchor's
//! node); keys stay in file order and duplicates are kept so that the schema
//! layer can report them.

use granit_parser::{Event, Marker, Parser, ScalarStyle, Span};

/// A 1-based position in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, PartialOrd, Ord)]
pub(crate) struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
}

impl Pos {
    fn from_marker(marker: &Marker) -> Pos {
        Pos {
            line: marker.line(),
            col: marker.col() + 1,
        }
    }
}

/// A YAML node with its position.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    /// Where the node starts.
    pub pos: Pos,
    /// For scalars: the byte range of the node's source text.
    pub raw: Option<std::ops::Range<usize>>,
    /// The node itself.
    pub kind: Kind,
}

/// What a [`Node`] holds.
#[derive(Debug, Clone)]
pub(crate) enum Kind {
    /// A scalar, its text after YAML escapes, and whether it was plain
    /// (unquoted, so `true`, `3` or `~` are not strings).
    Scalar { value: String, plain: bool },
    /// A sequence.
    Seq(Vec<Node>),
    /// A mapping, in file order, duplicates included.
    Map(Vec<(Node, Node)>),
}

/// The YAML 1.2 core-schema type of a scalar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScalarType {
    Null,
    Bool,
    Int,
    Float,
    Str,
}

impl Node {
    /// The scalar's text, whatever its type.
    pub(crate) fn scalar(&self) -> Option<&str> {
        match &self.kind {
            Kind::Scalar { value, .. } => Some(value),
            _ => None,
        }
    }

    /// The scalar's core-schema type.
    pub(crate) fn scalar_type(&self) -> Option<ScalarType> {
        let Kind::Scalar { value, plain } = &self.kind else {
            return None;
        };
        if !plain {
            return Some(ScalarType::Str);
        }
        Some(match value.as_str() {
            "" | "~" | "null" | "Null" | "NULL" => ScalarType::Null,
            "true" | "True" | "TRUE" | "false" | "False" | "FALSE" => ScalarType::Bool,
            v if is_int(v) => ScalarType::Int,
            v if is_float(v) => ScalarType::Float,
            _ => ScalarType::Str,
        })
    }

    /// A short description of the node's type for error messages
    /// ("a string", "a list", …).
    pub(crate) fn describe(&self) -> String {
        let id = match &self.kind {
            Kind::Seq(_) => "workflow-found-list",
            Kind::Map(_) => "workflow-found-mapping",
            Kind::Scalar { .. } => match self.scalar_type() {
                Some(ScalarType::Null) => "workflow-found-empty",
                Some(ScalarType::Bool) => "workflow-found-boolean",
                Some(ScalarType::Int | ScalarType::Float) => "workflow-found-number",
                _ => "workflow-found-string",
            },
        };
        i18n::t!(id)
    }

    /// True for `~`, `null` and an empty value.
    pub(crate) fn is_null(&self) -> bool {
        self.scalar_type() == Some(ScalarType::Null)
    }
}

fn is_int(v: &str) -> bool {
    let digits = v.strip_prefix(['-', '+']).unwrap_or(v);
    if let Some(hex) = digits.strip_prefix("0x") {
        return !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit());
    }
    if let Some(oct) = digits.strip_prefix("0o") {
        return !oct.is_empty() && oct.chars().all(|c| ('0'..='7').contains(&c));
    }
    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
}

fn is_float(v: &str) -> bool {
    matches!(
        v,
        ".inf" | ".Inf" | ".INF" | "-.inf" | "+.inf" | "-.Inf" | ".nan" | ".NaN" | ".NAN"
    ) || (v.chars().any(|c| c.is_ascii_digit())
        && v.chars().all(|c| c.is_ascii_digit() || "+-.eE".contains(c))
        && v.parse::<f64>().is_ok())
}

/// A YAML syntax error with its position.
#[derive(Debug, Clone)]
pub(crate) struct YamlError {
    pub pos: Pos,
    pub message: String,
}

enum Frame {
    Seq {
        pos: Pos,
        anchor: usize,
        items: Vec<Node>,
    },
    Map {
        pos: Pos,
        anchor: usize,
        entries: Vec<(Node, Node)>,
        key: Option<Node>,
    },
}

/// How many values (scalars, sequences, mappings) a file may hold once its
/// aliases are expanded. A real workflow holds a few thousand; nested
/// anchors ("billion laughs") reach billions from a few lines, and would
/// fill the memory before anything could be said about them.
pub(crate) const MAX_VALUES: usize = 100_000;

/// The number of values in `node`, itself included.
fn count(node: &Node) -> usize {
    match &node.kind {
        Kind::Scalar { .. } => 1,
        Kind::Seq(items) => 1 + items.iter().map(count).sum::<usize>(),
        Kind::Map(entries) => {
            1 + entries
                .iter()
                .map(|(k, v)| count(k) + count(v))
                .sum::<usize>()
        }
    }
}

/// Reads one YAML document. `Ok(None)` for a file without any document.
pub(crate) fn parse(source: &str) -> Result<Option<Node>, YamlError> {
    parse_bounded(source, MAX_VALUES)
}

fn parse_bounded(source: &str, max_values: usize) -> Result<Option<Node>, YamlError> {
    let mut stack: Vec<Frame> = Vec::new();
    // Each anchor with its node and the number of values it holds.
    let mut anchors: std::collections::HashMap<usize, (Node, usize)> =
        std::collections::HashMap::new();
    let mut values = 0usize;
    let mut root: Option<Node> = None;
    let mut documents = 0usize;
    for item in Parser::new_from_str(source) {
        let (event, span) = item.map_err(|e| {
            let info = e.info();
            let id = if info.contains("tab") {
                "workflow-yaml-invalid-tabs"
            } else if info.contains("expected key") || info.contains("mapping values") {
                "workflow-yaml-invalid-indent"
            } else {
                "workflow-yaml-invalid"
            };
            YamlError {
                pos: Pos::from_marker(e.marker()),
                message: i18n::t!(id, info = info),
            }
        })?;
        let pos = Pos::from_marker(&span.start);
        let done = match event {
            Event::DocumentStart(..) => {
                documents += 1;
                if documents > 1 {
                    return Err(YamlError {
                        pos,
                        message: i18n::t!("workflow-yaml-second-document"),
                    });
                }
                None
            }
            Event::Scalar(value, style, anchor, _) => {
                let node = Node {
                    pos,
                    raw: raw_range(&span),
                    kind: Kind::Scalar {
                        value: value.into_owned(),
                        plain: style == ScalarStyle::Plain,
                    },
                };
                if anchor != 0 {
                    anchors.insert(anchor, (node.clone(), 1));
                }
                values += 1;
                Some(node)
            }
            Event::Alias(id) => match anchors.get(&id) {
                Some((node, size)) => {
                    // Checked before the copy is made: the copy is the cost.
                    values = values.saturating_add(*size);
                    if values > max_values {
                        return Err(YamlError {
                            pos,
                            message: i18n::t!(
                                "workflow-yaml-too-many-values",
                                max = max_values.to_string()
                            ),
                        });
                    }
                    Some(node.clone())
                }
                None => {
                    return Err(YamlError {
                        pos,
                        message: i18n::t!("workflow-yaml-undefined-anchor"),
                    });
                }
            },
            Event::SequenceStart(_, anchor, _) => {
                stack.push(Frame::Seq {
                    pos,
                    anchor,
                    items: Vec::new(),
                });
                None
            }
            Event::MappingStart(_, anchor, _) => {
                stack.push(Frame::Map {
                    pos,
                    anchor,
                    entries: Vec::new(),
                    key: None,
                });
                None
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop() {
                Some(Frame::Seq { pos, anchor, items }) => {
                    let node = Node {
                        pos,
                        raw: None,
                        kind: Kind::Seq(items),
                    };
                    values += 1;
                    if anchor != 0 {
                        let size = count(&node);
                        anchors.insert(anchor, (node.clone(), size));
                    }
                    Some(node)
                }
                Some(Frame::Map {
                    pos,
                    anchor,
                    entries,
                    ..
                }) => {
                    let node = Node {
                        pos,
                        raw: None,
                        kind: Kind::Map(entries),
                    };
                    values += 1;
                    if anchor != 0 {
                        let size = count(&node);
                        anchors.insert(anchor, (node.clone(), size));
                    }
                    Some(node)
                }
                None => None,
            },
            _ => None,
        };
        if let Some(node) = done {
            match stack.last_mut() {
                Some(Frame::Seq { items, .. }) => items.push(node),
                Some(Frame::Map { entries, key, .. }) => match key.take() {
                    Some(k) => entries.push((k, node)),
                    None => *key = Some(node),
                },
                None => root = Some(node),
            }
        }
    }
    Ok(root)
}

fn raw_range(span: &Span) -> Option<std::ops::Range<usize>> {
    Some(span.start.byte_offset()?..span.end.byte_offset()?)
}

/// Converts byte offsets of a source into 1-based positions.
#[derive(Debug, Clone)]
pub(crate) struct LineIndex<'a> {
    source: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Indexes the line starts of `source`.
    pub(crate) fn new(source: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { source, starts }
    }

    /// The position of byte `offset` (clamped to the source).
    pub(crate) fn pos(&self, offset: usize) -> Pos {
        let offset = offset.min(self.source.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let col = self
            .source
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        Pos { line, col: col + 1 }
    }

    /// The position, in the file, of byte `offset` of a scalar's value.
    ///
    /// Expressions are found again in the raw source by counting `${{`
    /// openings, so escapes and block scalars don't shift positions; an
    /// offset outside any `${{` of a one-line scalar is mapped directly.
    pub(crate) fn value_pos(&self, node: &Node, offset: usize) -> Pos {
        let (Some(raw), Kind::Scalar { value, plain }) = (&node.raw, &node.kind) else {
            return node.pos;
        };
        let Some(raw_text) = self.source.get(raw.clone()) else {
            return node.pos;
        };
        let offset = offset.min(value.len());
        let before = value.get(..offset).unwrap_or(value);
        if let Some(anchor) = before.rfind("${{") {
            let nth = before[..anchor].matches("${{").count();
            if let Some((raw_at, _)) = raw_text.match_indices("${{").nth(nth) {
                return self.pos(raw.start + raw_at + (offset - anchor));
            }
        }
        if !raw_text.contains('\n') {
            let quote = usize::from(!plain);
            return self.pos(raw.start + quote + offset);
        }
        node.pos
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(node: &Node) -> &Vec<(Node, Node)> {
        match &node.kind {
            Kind::Map(entries) => entries,
            other => panic!("not a map: {other:?}"),
        }
    }

    #[test]
    fn positions_of_keys_and_values() {
        let src = "name: ci\njobs:\n  build:\n    runs-on: x\n";
        let root = parse(src).unwrap().unwrap();
        let entries = map(&root);
        assert_eq!(entries[0].0.pos, Pos { line: 1, col: 1 });
        assert_eq!(entries[0].1.pos, Pos { line: 1, col: 7 });
        let jobs = map(&entries[1].1);
        assert_eq!(jobs[0].0.pos, Pos { line: 3, col: 3 });
        let build = map(&jobs[0].1);
        assert_eq!(build[0].1.pos, Pos { line: 4, col: 14 });
    }

    #[test]
    fn scalar_types_follow_the_core_schema() {
        let src = "a: 3\nb: '3'\nc: true\nd:\ne: 1.5\nf: on\n";
        let root = parse(src).unwrap().unwrap();
        let types: Vec<_> = map(&root)
            .iter()
            .map(|(_, v)| v.scalar_type().unwrap())
            .collect();
        assert_eq!(
            types,
            [
                ScalarType::Int,
                ScalarType::Str,
                ScalarType::Bool,
                ScalarType::Null,
                ScalarType::Float,
                ScalarType::Str
            ]
        );
    }

    #[test]
    fn syntax_error_has_a_position() {
        let err = parse("jobs:\n  a: [1, 2\n  b: 3\n").unwrap_err();
        assert!(err.message.starts_with("invalid YAML"), "{}", err.message);
        assert!(err.pos.line >= 2, "{:?}", err.pos);
    }

    #[test]
    fn aliases_copy_their_anchor() {
        let root = parse("a: &x {k: v}\nb: *x\n").unwrap().unwrap();
        let entries = map(&root);
        assert_eq!(map(&entries[1].1)[0].1.scalar(), Some("v"));
    }

    #[test]
    fn expression_positions_inside_block_scalars() {
        let src = "run: |\n  echo hi\n  echo ${{ github.sha }}\n";
        let root = parse(src).unwrap().unwrap();
        let value = &map(&root)[0].1;
        let text = value.scalar().unwrap();
        let at = text.find("${{").unwrap();
        let index = LineIndex::new(src);
        assert_eq!(index.value_pos(value, at + 4), Pos { line: 3, col: 12 });
    }

    #[test]
    fn expression_positions_in_quoted_scalars() {
        let src = "x: \"a ${{ b }}\"\ny: c d\n";
        let root = parse(src).unwrap().unwrap();
        let index = LineIndex::new(src);
        assert_eq!(
            index.value_pos(&map(&root)[0].1, 2),
            Pos { line: 1, col: 7 }
        );
        assert_eq!(
            index.value_pos(&map(&root)[1].1, 2),
            Pos { line: 2, col: 6 }
        );
    }

    /// "Billion laughs": nine levels of nine aliases each would be 9^9
    /// values. Refused at the alias that crosses the bound, quickly.
    #[test]
    fn nested_aliases_are_refused_before_they_fill_the_memory() {
        let mut source = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for level in 1..10 {
            let prev = level - 1;
            let refs = vec![format!("*a{prev}"); 9].join(", ");
            source.push_str(&format!("a{level}: &a{level} [{refs}]\n"));
        }
        let started = std::time::Instant::now();
        let error = parse(&source).unwrap_err();
        assert!(started.elapsed() < std::time::Duration::from_millis(500));
        assert!(
            error.message.contains("more than 100000 values"),
            "{}",
            error.message
        );
        assert_eq!((error.pos.line, error.pos.col), (6, 10), "{error:?}");
    }

    #[test]
    fn aliases_within_the_bound_are_copies() {
        let node = parse("a: &x {k: v}\nb: *x\n").unwrap().unwrap();
        let entries = map(&node);
        assert_eq!(map(&entries[1].1).len(), 1);
        assert!(parse_bounded("a: &x [1, 2]\nb: [*x, *x]\n", 12).is_ok());
        assert!(parse_bounded("a: &x [1, 2]\nb: [*x, *x, *x]\n", 12).is_err());
    }
}
