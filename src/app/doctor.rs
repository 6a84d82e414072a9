//! `devpath doctor`: what devpath needs, whether it is there, and what to do
//! when it is not.

use std::process::{Command, ExitCode};

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
            "bash is not on PATH; workflow steps run with it",
            "install bash (Debian/Ubuntu: `sudo apt-get install bash`)",
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
            "the docker command is not on PATH; the Docker lessons (4 and later) need it",
            "install it (Debian/Ubuntu: `sudo apt-get install docker.io`)",
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
                format!("Docker {} (API {}, {}/{}) at {}", version.version, version.api_version, version.os, version.arch, engine.address()),
            ));
            match engine.inspect_image(BASE_IMAGE) {
                Ok(Some(image)) => checks.push(Check::ok("base image", format!("{BASE_IMAGE} ({})", short_id(&image.id)))),
                Ok(None) => checks.push(Check::bad(
                    "base image",
                    CheckStatus::Warning,
                    format!("{BASE_IMAGE} is not built yet; the Docker lessons need it"),
                    "run `devpath setup` (offline, from a static busybox)",
                )),
                Err(error) => checks.push(Check::bad("base image", CheckStatus::Warning, error.to_string(), "see above")),
            }
        }
        Err(error) => checks.push(Check::bad(
            "engine",
            CheckStatus::Warning,
            error.to_string(),
            "the Docker lessons (4 and later) need a running Docker engine; the CI lessons work without it",
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
                format!("{url} answers ({} repositories)", repos.len()),
            ),
            Err(error) => Check::bad(
                "registry",
                CheckStatus::Missing,
                error.to_string(),
                "start that registry, or drop --registry to use devpath's own",
            ),
        };
    }
    let dir = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(error) => {
            return Check::bad(
                "registry",
                CheckStatus::Missing,
                format!("cannot create a temporary folder: {error}"),
                "check that the temporary folder (TMPDIR) is writable",
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
                    Ok(_) => Check::ok(
                        "registry",
                        "devpath's own registry serves on 127.0.0.1 (checked on an ephemeral port)",
                    ),
                    Err(error) => Check::bad(
                        "registry",
                        CheckStatus::Missing,
                        error.to_string(),
                        "a firewall may block loopback connections",
                    ),
                };
            registry.stop();
            detail
        }
        Err(error) => Check::bad(
            "registry",
            CheckStatus::Missing,
            error.to_string(),
            "check that 127.0.0.1 accepts connections",
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
