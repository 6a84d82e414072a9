//! The `vars.*` a workflow reads that the command line did not give.
//!
//! On GitHub an unset variable is an empty string, and the run goes on: a
//! step then fails far away from the cause (`docker build -t /my-app:…`:
//! "invalid reference format"). `devpath pipeline` says which ones are
//! empty and where the workflow reads them, before the run.
//!
//! `vars.REGISTRY` is the registry the lessons push to: when the workflow
//! reads it and neither `--var REGISTRY` nor `--registry` gives one, the
//! embedded registry is started for the run, as `devpath run` does.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::Path;

use crate::Result;
use registry::{Registry, RegistryConfig};

/// The variable the lessons' registry is named by.
const REGISTRY: &str = "REGISTRY";

/// Where a workflow reads a variable: 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct VarUse {
    pub name: String,
    pub line: usize,
    pub column: usize,
}

/// Every `vars.NAME` in a workflow's text (also `vars['NAME']`), first
/// use of each name.
pub(crate) fn var_uses(source: &str) -> Vec<VarUse> {
    let mut uses: Vec<VarUse> = Vec::new();
    for (l, line) in source.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        let mut from = 0;
        while let Some(pos) = line[from..].find("vars") {
            let at = from + pos;
            from = at + 4;
            let before = line[..at].chars().next_back();
            if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.') {
                continue;
            }
            let rest = &line[at + 4..];
            let name: String = if let Some(rest) = rest.strip_prefix('.') {
                rest.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect()
            } else if let Some(rest) = rest.strip_prefix("['").or_else(|| rest.strip_prefix("[\""))
            {
                rest.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect()
            } else {
                continue;
            };
            if name.is_empty() || uses.iter().any(|u| u.name.eq_ignore_ascii_case(&name)) {
                continue;
            }
            uses.push(VarUse {
                name,
                line: l + 1,
                column: line[..at].chars().count() + 1,
            });
        }
    }
    uses
}

/// What [`fill_in`] did: the registry it started (kept until the run
/// ends) and what to tell the user.
pub(crate) struct FilledIn {
    pub registry: Option<Registry>,
    pub notes: Vec<String>,
    /// Per note: whether it is a warning (a variable left empty) rather
    /// than a note.
    pub warned: Vec<bool>,
}

/// Gives `vars.REGISTRY` a registry when the workflow reads it and it is
/// not set (the one of `--registry`, else the embedded one, started in
/// `root`), and names every other variable the workflow reads that no
/// `--var` and no environment sets.
pub(crate) fn fill_in(
    file: &str,
    source: &str,
    vars: &mut BTreeMap<String, String>,
    environment_vars: &[&BTreeMap<String, String>],
    external: Option<&str>,
    root: &Path,
) -> Result<FilledIn> {
    let mut filled = FilledIn {
        registry: None,
        notes: Vec::new(),
        warned: Vec::new(),
    };
    let set = |name: &str, vars: &BTreeMap<String, String>| {
        vars.keys()
            .chain(environment_vars.iter().flat_map(|v| v.keys()))
            .any(|k| k.eq_ignore_ascii_case(name))
    };
    for var in var_uses(source) {
        if set(&var.name, vars) {
            continue;
        }
        if var.name.eq_ignore_ascii_case(REGISTRY) {
            let host = match external {
                Some(url) => crate::scenario::docker::registry_host(url),
                None => {
                    let addr: SocketAddr = "127.0.0.1:0".parse().expect("a valid address");
                    let registry = Registry::start(RegistryConfig::new(root), addr)?;
                    let host = registry.addr().to_string();
                    filled.registry = Some(registry);
                    host
                }
            };
            let whose = if external.is_some() {
                i18n::t!("pipeline-var-registry-external")
            } else {
                i18n::t!("pipeline-var-registry-own")
            };
            filled.notes.push(i18n::t!(
                "pipeline-var-registry-unset",
                place = format!("{file}:{}:{}", var.line, var.column),
                name = &var.name,
                registry = REGISTRY,
                host = &host,
                whose = whose
            ));
            filled.warned.push(false);
            vars.insert(var.name, host);
        } else {
            filled.notes.push(i18n::t!(
                "pipeline-var-empty",
                place = format!("{file}:{}:{}", var.line, var.column),
                name = &var.name
            ));
            filled.warned.push(true);
        }
    }
    Ok(filled)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_variable_once_with_its_place() {
        let source = "# vars.NOT_THIS\non: push\njobs:\n  b:\n    steps:\n      - run: docker build -t ${{ vars.REGISTRY }}/app .\n      - run: echo ${{ vars.REGISTRY }} ${{ vars['APP_PORT'] }} ${{ myvars.X }}\n";
        assert_eq!(
            var_uses(source),
            [
                VarUse {
                    name: "REGISTRY".into(),
                    line: 6,
                    column: 34
                },
                VarUse {
                    name: "APP_PORT".into(),
                    line: 7,
                    column: 44
                },
            ]
        );
    }

    #[test]
    fn an_unset_registry_gets_the_embedded_one_and_other_variables_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let source = "jobs:\n  b:\n    steps:\n      - run: echo ${{ vars.REGISTRY }} ${{ vars.APP_PORT }} ${{ vars.TAG }}\n";
        let mut vars = BTreeMap::from([("TAG".to_string(), "1".to_string())]);
        let filled = fill_in("ci.yml", source, &mut vars, &[], None, dir.path()).unwrap();
        let registry = filled.registry.expect("the embedded registry started");
        assert_eq!(vars["REGISTRY"], registry.addr().to_string());
        assert_eq!(
            filled.notes,
            [
                format!(
                    "ci.yml:4:23: vars.REGISTRY is not set (no --var REGISTRY=HOST): using {}, devpath's own, started for this run",
                    registry.addr()
                ),
                "ci.yml:4:44: vars.APP_PORT is empty in this run: pass --var APP_PORT=VALUE (or set it for the job's environment in --environments)".to_string(),
            ]
        );
    }

    #[test]
    fn a_given_registry_starts_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let source = "x: ${{ vars.REGISTRY }}\n";
        let mut vars = BTreeMap::new();
        let filled = fill_in(
            "w.yml",
            source,
            &mut vars,
            &[],
            Some("http://127.0.0.1:5000/"),
            dir.path(),
        )
        .unwrap();
        assert!(filled.registry.is_none());
        assert_eq!(vars["REGISTRY"], "127.0.0.1:5000");
        let mut given = BTreeMap::from([("REGISTRY".to_string(), "r:1".to_string())]);
        let filled = fill_in("w.yml", source, &mut given, &[], None, dir.path()).unwrap();
        assert!(filled.registry.is_none() && filled.notes.is_empty());
    }
}
