//! Secret masking: every secret value is replaced by `***` in every text a
//! run shows (log lines, step names, outputs, reports).
//!
//! A multi-line secret (a private key, a JSON credential) is also masked
//! line by line, because scripts often print one line of it at a time.
//! Values are replaced longest first, so a secret that contains another one
//! is hidden whole rather than leaving its tail visible.

/// The replacement text for a masked value.
pub const MASK: &str = "***";

/// A set of values to hide.
#[derive(Debug, Clone, Default)]
pub struct Masker {
    /// Longest first; no empty values, no duplicates.
    values: Vec<String>,
}

impl Masker {
    /// A masker hiding nothing yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// A masker hiding each of `secrets` (and each line of multi-line ones).
    pub fn with_secrets<'a>(secrets: impl IntoIterator<Item = &'a str>) -> Self {
        let mut masker = Self::new();
        for secret in secrets {
            masker.add(secret);
        }
        masker
    }

    /// Hides `value` from now on; a multi-line value also hides each of its
    /// trimmed, non-empty lines. Blank values are ignored: masking every
    /// empty string or space would garble all output.
    pub fn add(&mut self, value: &str) {
        self.insert(value.trim_end_matches(['\r', '\n']));
        if value.contains('\n') {
            for line in value.lines() {
                self.insert(line.trim());
            }
        }
    }

    fn insert(&mut self, value: &str) {
        if value.trim().is_empty() || self.values.iter().any(|v| v == value) {
            return;
        }
        let at = self.values.partition_point(|v| v.len() >= value.len());
        self.values.insert(at, value.to_string());
    }

    /// True when nothing is hidden.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// `text` with every hidden value replaced by `***`.
    pub fn mask(&self, text: &str) -> String {
        let mut out = text.to_string();
        for value in &self.values {
            if out.contains(value.as_str()) {
                out = out.replace(value.as_str(), MASK);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_every_occurrence() {
        let m = Masker::with_secrets(["s3cret"]);
        assert_eq!(m.mask("a s3cret and s3cret"), "a *** and ***");
    }

    #[test]
    fn longest_value_first() {
        let m = Masker::with_secrets(["abc", "abcdef"]);
        assert_eq!(m.mask("xabcdefx abc"), "x***x ***");
    }

    #[test]
    fn multi_line_secret_masks_each_line() {
        let m = Masker::with_secrets(["-----BEGIN KEY-----\n  line-two  \n\nEND\n"]);
        assert_eq!(m.mask("  line-two"), "  ***");
        assert_eq!(m.mask("-----BEGIN KEY-----"), "***");
        assert_eq!(m.mask("-----BEGIN KEY-----\n  line-two  \n\nEND"), "***");
    }

    #[test]
    fn blank_values_are_ignored() {
        let m = Masker::with_secrets(["", "  ", "\n"]);
        assert!(m.is_empty());
        assert_eq!(m.mask("a b"), "a b");
    }

    #[test]
    fn added_masks_apply_from_then_on() {
        let mut m = Masker::new();
        assert_eq!(m.mask("token-123"), "token-123");
        m.add("token-123");
        assert_eq!(m.mask("token-123"), "***");
    }
}
