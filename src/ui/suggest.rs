//! "Did you mean …?" for names the user mistyped.

/// The candidate closest to `input`, when it is close enough to be a typo.
pub fn did_you_mean<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(input, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_close_names_only() {
        assert_eq!(did_you_mean("buld", ["build", "test"]), Some("build"));
        assert_eq!(did_you_mean("zzz", ["build", "test"]), None);
    }
}
