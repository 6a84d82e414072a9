//! `permissions:` (workflow or job level). devpath has no GitHub API to
//! give a token to, so the value changes nothing when a job runs, but a
//! workflow that GitHub would reject must not pass here: the scopes and
//! levels are checked against GitHub's workflow schema
//! (`actions/runner`, `src/Sdk/WorkflowParser/workflow-v1.0.json`).

use super::{Checker, did_you_mean};
use crate::yaml::{Kind, Node, ScalarType};
use i18n::t;

/// Each scope and the levels it accepts.
const SCOPES: &[(&str, &[&str])] = &[
    ("actions", ANY),
    ("artifact-metadata", ANY),
    ("attestations", ANY),
    ("checks", ANY),
    ("contents", ANY),
    ("deployments", ANY),
    ("discussions", ANY),
    ("id-token", &["write", "none"]),
    ("issues", ANY),
    ("models", &["read", "none"]),
    ("packages", ANY),
    ("pages", ANY),
    ("pull-requests", ANY),
    ("repository-projects", ANY),
    ("security-events", ANY),
    ("statuses", ANY),
    ("vulnerability-alerts", &["read", "none"]),
];
const ANY: &[&str] = &["read", "write", "none"];

impl Checker<'_> {
    /// Checks `permissions:`: `read-all`, `write-all`, `{}` or a mapping of
    /// scopes to `read`, `write` or `none`.
    pub(super) fn permissions(&mut self, node: &Node, place: &str) {
        let what = t!("workflow-key-of", key = "permissions", place = place);
        match &node.kind {
            Kind::Map(_) => {}
            Kind::Scalar { value, .. }
                if node.scalar_type() == Some(ScalarType::Str)
                    && (value == "read-all" || value == "write-all") =>
            {
                return;
            }
            Kind::Scalar { value, .. } if node.scalar_type() == Some(ScalarType::Str) => {
                let hint = did_you_mean(value, ["read-all", "write-all"])
                    .map(crate::did_you_mean_hint)
                    .unwrap_or_default();
                self.error(
                    node.pos,
                    t!(
                        "workflow-permissions-value",
                        what = &*what,
                        value = value.as_str(),
                        hint = hint
                    ),
                );
                return;
            }
            _ => {
                self.error(
                    node.pos,
                    t!(
                        "workflow-permissions-type",
                        what = &*what,
                        found = node.describe()
                    ),
                );
                return;
            }
        }
        let Some(entries) = self.entries(node, &what, "scope") else {
            return;
        };
        for (scope, key_node, value) in entries {
            let Some((_, levels)) = SCOPES.iter().find(|(name, _)| *name == scope) else {
                let names: Vec<&str> = SCOPES.iter().map(|(name, _)| *name).collect();
                let hint = did_you_mean(scope, names.iter().copied())
                    .map(crate::did_you_mean_hint)
                    .unwrap_or_else(|| {
                        format!(" {}", t!("workflow-scopes-list", list = names.join(", ")))
                    });
                self.error(
                    key_node.pos,
                    t!(
                        "workflow-unknown-scope",
                        scope = scope,
                        what = &*what,
                        hint = hint
                    ),
                );
                continue;
            };
            let level = value
                .scalar()
                .filter(|_| value.scalar_type() == Some(ScalarType::Str));
            match level {
                Some(level) if levels.contains(&level) => {}
                Some(level) => self.error(
                    value.pos,
                    t!(
                        "workflow-permission-level",
                        level = level,
                        scope = scope,
                        what = &*what,
                        levels = or_list(levels)
                    ),
                ),
                None => self.error(
                    value.pos,
                    t!(
                        "workflow-permission-level-type",
                        scope = scope,
                        what = &*what,
                        levels = or_list(levels),
                        found = value.describe()
                    ),
                ),
            }
        }
    }
}

/// `read, write or none`.
fn or_list(levels: &[&str]) -> String {
    match levels {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => t!("workflow-or-list", list = rest.join(", "), last = *last),
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse;

    fn errors(src: &str) -> Vec<String> {
        match parse("ci.yml", src) {
            Ok(parsed) => {
                assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
                Vec::new()
            }
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }

    fn with(workflow: &str, job: &str) -> String {
        format!(
            "on: push\n{workflow}jobs:\n  t:\n    runs-on: x\n{job}    steps: [{{run: 'true'}}]\n"
        )
    }

    #[test]
    fn valid_permissions_are_accepted_without_a_warning() {
        for (workflow, job) in [
            ("permissions: read-all\n", "    permissions: write-all\n"),
            (
                "permissions: {}\n",
                "    permissions:\n      contents: read\n      id-token: write\n      packages: none\n",
            ),
        ] {
            assert_eq!(errors(&with(workflow, job)), Vec::<String>::new());
        }
    }

    #[test]
    fn scopes_and_levels_are_checked() {
        let src = with(
            "permissions:\n  contents: foo\n  content: read\n  id-token: read\n",
            "    permissions: read\n",
        );
        assert_eq!(
            errors(&src),
            [
                "ci.yml:3:13: \"foo\" is not a permission level for `contents` in `permissions` of the workflow: use read, write or none",
                "ci.yml:4:3: unknown scope \"content\" in `permissions` of the workflow — did you mean \"contents\"?",
                "ci.yml:5:13: \"read\" is not a permission level for `id-token` in `permissions` of the workflow: use write or none",
                "ci.yml:9:18: `permissions` of job \"t\" must be read-all, write-all or a mapping of scopes (e.g. `contents: read`), found \"read\"",
            ]
        );
    }

    #[test]
    fn run_name_sees_only_github_inputs_and_vars() {
        let src = "run-name: Deploy ${{ github.sha }} ${{ secrets.TOKEN }} ${{ gihtub.actor }}\non: push\njobs:\n  t:\n    runs-on: x\n    steps: [{run: 'true'}]\n";
        assert_eq!(
            errors(src),
            [
                "ci.yml:1:40: the `secrets` context is not available in `run-name`; available here: github, inputs, vars",
                "ci.yml:1:61: unknown context \"gihtub\" in `run-name` — did you mean \"github\"?",
            ]
        );
    }
}
