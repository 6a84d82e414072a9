//! `devpath doctor`: what devpath needs, whether it is there, and what to do
//! when it is not.

use std::process::{Command, ExitCode};

use owo_colors::OwoColorize as _;
use serde::Serialize;

use super::VerbResult;
use super::context::{find_workspace, load_course};
use super::style::{Stream, Styles};
use crate::cli::{Format, FormatArgs, GlobalArgs};

/// One thing doctor looked at.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub name: String,
    pub status: CheckStatus,
    /// What was found, or what is wrong.
    pub detail: String,
    /// What to do about it, when something is wrong.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CheckStatus {
    Ok,
    Warning,
    Missing,
}

impl Check {
    fn ok(name: &str, detail: impl Into<String>) -> Check {
        Check {
            name: name.into(),
            status: CheckStatus::Ok,
            detail: detail.into(),
            fix: None,
        }
    }
    fn bad(
        name: &str,
        status: CheckStatus,
        detail: impl Into<String>,
        fix: impl Into<String>,
    ) -> Check {
        Check {
            name: name.into(),
            status,
            detail: detail.into(),
            fix: Some(fix.into()),
        }
    }
}

/// The first line a command prints, if it runs.
pub fn command_version(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).output().ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&output.stdout);
    text.lines().next().map(|l| l.trim().to_string())
}

fn bash_check() -> Check {
    match command_version("bash", &["--version"]) {
        Some(version) => Check::ok("bash", version),
        None => Check::bad(
            "bash",
            CheckStatus::Missing,
            "bash is not on PATH; workflow steps run with it",
            "install bash (Debian/Ubuntu: `sudo apt-get install bash`)",
        ),
    }
}

fn course_and_workspace_checks(global: &GlobalArgs) -> Vec<Check> {
    let mut checks = Vec::new();
    let workspace = find_workspace(global);
    let pack = match &workspace {
        Ok(ws) => crate::course::State::read(&ws.state_path())
            .ok()
            .and_then(|s| s.course),
        Err(_) => None,
    };
    let pack = global.course.clone().or(pack);
    match load_course(pack.as_deref()) {
        Ok(course) => {
            let origin = match &pack {
                Some(dir) => dir.display().to_string(),
                None => "built in".to_string(),
            };
            checks.push(Check::ok(
                "course",
                format!(
                    "{} ({} exercises, {origin})",
                    course.info.title,
                    course.exercises.len()
                ),
            ));
            match workspace {
                Ok(ws) => match ws.state(&course) {
                    Ok(state) => checks.push(Check::ok(
                        "workspace",
                        format!(
                            "{} ({}/{} done, current {})",
                            ws.root.display(),
                            state.done.len(),
                            course.exercises.len(),
                            state.current
                        ),
                    )),
                    Err(error) => checks.push(Check::bad(
                        "workspace",
                        CheckStatus::Warning,
                        error.to_string(),
                        "see above",
                    )),
                },
                Err(error) => checks.push(Check::bad(
                    "workspace",
                    CheckStatus::Warning,
                    error.to_string(),
                    "run `devpath init` (or just `devpath`) in the folder you want to work in",
                )),
            }
        }
        Err(error) => checks.push(Check::bad(
            "course",
            CheckStatus::Missing,
            error.to_string(),
            "fix the course files named above",
        )),
    }
    checks
}

/// Every check doctor runs, in order.
pub fn checks(global: &GlobalArgs) -> Vec<Check> {
    let mut checks = vec![bash_check()];
    checks.extend(course_and_workspace_checks(global));
    checks
}

/// `devpath doctor`.
pub fn run(args: &FormatArgs, global: &GlobalArgs) -> VerbResult {
    let checks = checks(global);
    let healthy = checks.iter().all(|c| c.status != CheckStatus::Missing);
    if args.format == Format::Json {
        println!(
            "{}",
            serde_json::to_string_pretty(
                &serde_json::json!({"healthy": healthy, "checks": checks})
            )
            .unwrap_or_default()
        );
    } else {
        let s = Styles::new(global.color, Stream::Stdout);
        for check in &checks {
            let mark = match check.status {
                CheckStatus::Ok => format!("{}", "ok     ".style(s.pass)),
                CheckStatus::Warning => format!("{}", "warning".style(s.warning)),
                CheckStatus::Missing => format!("{}", "missing".style(s.fail)),
            };
            println!("{mark}  {:<12} {}", check.name, check.detail);
            if let Some(fix) = &check.fix {
                println!("         {:<12} {} {fix}", "", "→".style(s.hint));
            }
        }
    }
    Ok(if healthy {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}
