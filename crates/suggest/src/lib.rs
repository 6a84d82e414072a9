//! "Did you mean …?" for a name the user mistyped: an exercise, a job in
//! `needs`, a workflow key, an expression function or context.
//!
//! One metric everywhere, so that the same typo gets the same suggestion
//! whichever file it is in: the Damerau–Levenshtein distance (a swap of two
//! neighbouring letters is one edit), ignoring case, accepting at most one
//! edit per three characters of the input, and never more than three.

/// The candidate closest to `input`, when it is close enough to be a typo.
/// Ties go to the first candidate.
pub fn did_you_mean<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let limit = (input.chars().count() / 3).clamp(1, 3);
    let input = input.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&input, &c.to_lowercase()), c))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
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

    #[test]
    fn a_swap_is_one_edit_and_case_is_ignored() {
        assert_eq!(did_you_mean("Biuld", ["build"]), Some("build"));
        assert_eq!(
            did_you_mean("TOJSON", ["toJSON", "fromJSON"]),
            Some("toJSON")
        );
    }

    #[test]
    fn short_names_allow_one_edit_long_ones_three() {
        assert_eq!(did_you_mean("ab", ["xy"]), None);
        assert_eq!(
            did_you_mean("01-ci-frist-wrkflow", ["01-ci-first-workflow"]),
            Some("01-ci-first-workflow")
        );
    }

    #[test]
    fn ties_go_to_the_first_candidate() {
        assert_eq!(did_you_mean("bat", ["cat", "hat"]), Some("cat"));
    }
}
