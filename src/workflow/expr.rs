//! `${{ }}` expressions: parsing (github-actions-expressions) and evaluation
//! with GitHub's semantics. Values are `serde_json::Value`.
