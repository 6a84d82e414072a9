//! `devpath doctor`: what devpath needs, whether it is there, and what to do
//! when it is not.

use std::process::{Command, ExitCode};

use i18n::t;
use serde::Serialize;

use super::VerbResult;
use super::context::{find_workspace, load_course};
use crate::cli::{Format, FormatArgs, GlobalArgs};
use crate::ui;
use crate::ui::out::{out, outln};
use crate::ui::style::{Stream, Styles};

/// One thing doctor looked at.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Check {
    /// A stable English key (`bash`, `base image`); the text output shows
    /// it in the learner's language (`ui::doctor::check_name`).
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
pub(crate) enum CheckStatus {
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
pub(crate) fn command_version(program: &str, args: &[&str]) -> Option<String> {
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
            t!("doctor-bash-missing"),
            t!("doctor-bash-fix"),
        ),
    }
}

fn course_and_workspace_checks(global: &GlobalArgs) -> Vec<Check> {
    let mut checks = Vec::new();
    let workspace = find_workspace(global);
    let pack = match &workspace {
        Ok(ws) => course::State::read(&ws.state_path())
            .ok()
            .and_then(|s| s.course),
        Err(_) => None,
    };
    let pack = global.course.clone().or(pack);
    match load_course(pack.as_deref()) {
        Ok(course) => {
            let origin = match &pack {
                Some(dir) => dir.display().to_string(),
                None => t!("doctor-course-built-in"),
            };
            checks.push(Check::ok(
                "course",
                t!(
                    "doctor-course-found",
                    title = course.info.title.text(),
                    count = course.exercises.len(),
                    origin = origin
                ),
            ));
            checks.push(languages_check(&course));
            match workspace {
                Ok(ws) => match ws.state(&course) {
                    Ok(state) => checks.push(Check::ok(
                        "workspace",
                        t!(
                            "doctor-workspace-found",
                            dir = ws.root.display().to_string(),
                            done = state.done.len(),
                            total = course.exercises.len(),
                            current = state.current
                        ),
                    )),
                    Err(error) => checks.push(Check::bad(
                        "workspace",
                        CheckStatus::Warning,
                        error.to_string(),
                        t!("doctor-see-above"),
                    )),
                },
                Err(error) => checks.push(Check::bad(
                    "workspace",
                    CheckStatus::Warning,
                    error.to_string(),
                    t!("doctor-workspace-fix"),
                )),
            }
        }
        Err(error) => checks.push(Check::bad(
            "course",
            CheckStatus::Missing,
            error.to_string(),
            t!("doctor-course-fix"),
        )),
    }
    checks
}

/// The languages the whole course is written in; a warning when the
/// language devpath speaks is not one of them.
fn languages_check(course: &course::Course) -> Check {
    let languages = course.languages();
    let names = languages
        .iter()
        .map(|l| l.native_name())
        .collect::<Vec<_>>()
        .join(", ");
    let lang = i18n::current();
    if languages.contains(&lang) {
        Check::ok("languages", names)
    } else {
        Check::bad(
            "languages",
            CheckStatus::Warning,
            t!(
                "doctor-languages-lacks",
                languages = names,
                lang = lang.native_name()
            ),
            t!("doctor-languages-fix"),
        )
    }
}

/// How long doctor waits for each answer of the engine.
const ENGINE_LIMIT: std::time::Duration = std::time::Duration::from_secs(2);

/// The Docker engine, the base image and the docker CLI. Docker is only
/// needed by the Docker lessons, so its absence is a warning.
fn docker_checks() -> Vec<Check> {
    use engine::{BASE_IMAGE, Engine, docker_cli_version};
    let mut checks = Vec::new();
    match docker_cli_version() {
        Some(version) => checks.push(Check::ok("docker CLI", format!("docker {version}"))),
        None => checks.push(Check::bad(
            "docker CLI",
            CheckStatus::Warning,
            t!("doctor-docker-cli-missing"),
            t!("doctor-docker-cli-fix"),
        )),
    }
    // Doctor answers within seconds even when the engine accepts
    // connections and never answers.
    let engine = Engine::connect()
        .map(|engine| engine.with_quick_timeout(ENGINE_LIMIT))
        .and_then(|engine| engine.version().map(|v| (engine, v)));
    match engine {
        Ok((engine, version)) => {
            checks.push(Check::ok(
                "engine",
                t!(
                    "doctor-engine-found",
                    version = &version.version,
                    api = &version.api_version,
                    platform = format!("{}/{}", version.os, version.arch),
                    address = engine.address()
                ),
            ));
            match engine.inspect_image(BASE_IMAGE) {
                Ok(Some(image)) => checks.push(Check::ok(
                    "base image",
                    format!("{BASE_IMAGE} ({})", short_id(&image.id)),
                )),
                Ok(None) => checks.push(Check::bad(
                    "base image",
                    CheckStatus::Warning,
                    t!("doctor-base-image-missing", image = BASE_IMAGE),
                    t!("doctor-base-image-fix"),
                )),
                Err(error) => checks.push(Check::bad(
                    "base image",
                    CheckStatus::Warning,
                    error.to_string(),
                    t!("doctor-see-above"),
                )),
            }
        }
        Err(error) => checks.push(Check::bad(
            "engine",
            CheckStatus::Warning,
            error.to_string(),
            t!("doctor-engine-fix"),
        )),
    }
    checks
}

/// Whether devpath's own registry can serve on an ephemeral loopback port.
fn registry_check(global: &GlobalArgs) -> Check {
    if let Some(url) = &global.registry {
        return match registry::RegistryClient::new(url, None).and_then(|c| c.catalog()) {
            Ok(repos) => Check::ok(
                "registry",
                t!("doctor-registry-answers", url = url, count = repos.len()),
            ),
            Err(error) => Check::bad(
                "registry",
                CheckStatus::Missing,
                error.to_string(),
                t!("doctor-registry-fix"),
            ),
        };
    }
    let dir = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(error) => {
            return Check::bad(
                "registry",
                CheckStatus::Missing,
                t!("doctor-tempdir-failed", error = error.to_string()),
                t!("doctor-tempdir-fix"),
            );
        }
    };
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
    match registry::Registry::start(registry::RegistryConfig::new(dir.path()), addr) {
        Ok(registry) => {
            let detail =
                match registry::RegistryClient::new(&format!("http://{}", registry.addr()), None)
                    .and_then(|c| c.catalog())
                {
                    Ok(_) => Check::ok("registry", t!("doctor-registry-serves")),
                    Err(error) => Check::bad(
                        "registry",
                        CheckStatus::Missing,
                        error.to_string(),
                        t!("doctor-registry-firewall"),
                    ),
                };
            registry.stop();
            detail
        }
        Err(error) => Check::bad(
            "registry",
            CheckStatus::Missing,
            error.to_string(),
            t!("doctor-registry-loopback"),
        ),
    }
}

fn short_id(id: &str) -> &str {
    let id = id.strip_prefix("sha256:").unwrap_or(id);
    &id[..12.min(id.len())]
}

/// Every check doctor runs, in order.
pub(crate) fn checks(global: &GlobalArgs) -> Vec<Check> {
    let mut checks = vec![bash_check()];
    checks.extend(course_and_workspace_checks(global));
    checks.extend(docker_checks());
    checks.push(registry_check(global));
    checks
}

/// `devpath doctor`.
pub(crate) fn run(args: &FormatArgs, global: &GlobalArgs) -> VerbResult {
    let checks = checks(global);
    let healthy = checks.iter().all(|c| c.status != CheckStatus::Missing);
    if args.format == Format::Json {
        let value = serde_json::json!({"healthy": healthy, "checks": checks});
        outln!(
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        )?;
    } else {
        let styles = Styles::new(global.color, Stream::Stdout);
        out!("{}", ui::doctor::render(&checks, &styles))?;
    }
    Ok(if healthy {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}
