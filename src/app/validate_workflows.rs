//! `devpath validate [PATH…]`: checks workflows as GitHub would when they
//! are pushed, and runs nothing. Usable in a pre-commit hook or in CI.
//!
//! Exit status: 0 when every file is valid (warnings allowed), 1 when one
//! has an error, 2 when a path cannot be read.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::cli::{Format, GlobalArgs, ValidateArgs};
use crate::ui::out::{out, outln};
use crate::ui::style::{Stream, Styles};
use crate::{Error, Result, ui};
use workflow::{Diagnostic, Severity, WorkflowError};

/// Where GitHub reads a repository's workflows.
const DEFAULT_DIR: &str = ".github/workflows";

/// Runs the verb.
pub(crate) fn run(args: &ValidateArgs, global: &GlobalArgs) -> super::VerbResult {
    let roots = if args.paths.is_empty() {
        vec![PathBuf::from(DEFAULT_DIR)]
    } else {
        args.paths.clone()
    };
    let mut files = Vec::new();
    for root in &roots {
        collect(root, &mut files)?;
    }
    let mut diagnostics = Vec::new();
    let mut invalid = 0;
    for file in &files {
        let found = check(file)?;
        if found.iter().any(|d| d.severity == Severity::Error) {
            invalid += 1;
        }
        diagnostics.extend(found);
    }
    if args.format.format == Format::Json {
        let value = serde_json::json!({
            "files": files.len(),
            "invalid": invalid,
            "diagnostics": diagnostics,
        });
        outln!(
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        )?;
    } else {
        let styles = Styles::new(global.color, Stream::Stdout);
        out!(
            "{}",
            ui::validate::render(&diagnostics, files.len(), invalid, &styles)
        )?;
    }
    Ok(if invalid == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The diagnostics of one file: its errors, or its warnings when valid.
fn check(file: &Path) -> Result<Vec<Diagnostic>> {
    let display = file.display().to_string();
    let source = std::fs::read(file).map_err(|source| Error::Io {
        action: "read",
        path: file.to_path_buf(),
        source,
    })?;
    let Ok(source) = String::from_utf8(source) else {
        return Ok(vec![Diagnostic {
            file: display,
            line: 1,
            col: 1,
            severity: Severity::Error,
            message: i18n::t!("validate-not-utf8"),
            rule: "syntax-check",
        }]);
    };
    match workflow::parse_workflow(&display, &source) {
        Ok(parsed) => {
            // Calls of reusable workflows are checked against the called
            // file when the workflow sits in a repository's `.github`.
            let calls = match repository_of(file) {
                Some(root) => workflow::check_calls(&parsed.workflow, &root),
                None => Vec::new(),
            };
            if calls.is_empty() {
                Ok(parsed.warnings)
            } else {
                Ok(calls)
            }
        }
        Err(WorkflowError::Invalid { diagnostics, .. }) => Ok(diagnostics),
        Err(error) => Err(error.into()),
    }
}

/// The repository holding a workflow file: the folder above its `.github`.
fn repository_of(file: &Path) -> Option<PathBuf> {
    let file = std::path::absolute(file).ok()?;
    file.ancestors()
        .find(|a| a.file_name().is_some_and(|n| n == ".github"))
        .and_then(Path::parent)
        .map(Path::to_path_buf)
}

/// The workflow files at `path`: the file itself, or the `*.yml` and
/// `*.yaml` files under a folder, sorted.
fn collect(path: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    let meta = std::fs::metadata(path).map_err(|source| Error::Io {
        action: "read",
        path: path.to_path_buf(),
        source,
    })?;
    if !meta.is_dir() {
        files.push(path.to_path_buf());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|source| Error::Io {
            action: "list",
            path: path.to_path_buf(),
            source,
        })?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            collect(&entry, files)?;
        } else if entry
            .extension()
            .is_some_and(|ext| ext == "yml" || ext == "yaml")
        {
            files.push(entry);
        }
    }
    Ok(())
}
