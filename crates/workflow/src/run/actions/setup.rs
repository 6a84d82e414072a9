//! The built-in `actions/setup-node`, `setup-python`, `setup-go` and
//! `setup-java`.
//!
//! On GitHub they download the version asked for. devpath is offline and
//! installs nothing: it uses the toolchain on the step's `PATH` when its
//! version satisfies the one asked for (the actions' semver ranges: `20`,
//! `20.x`, `>=18`, `^1.21`, `~3.11.2`, `18 || 20`, `lts/iron` …), sets the
//! action's outputs from it, and otherwise fails the step saying which
//! version to install and what it found. Forms that need the internet to
//! decide (`lts/*`, `latest`, `stable`) accept the toolchain on PATH, with a
//! warning. The dependency caches these actions can restore (`cache:`) are
//! not restored offline, which a warning says.
//!
//! In a job with a `container:` the actions run inside it on GitHub, and
//! find (or install) the toolchain there: devpath looks for it inside the
//! job container (its `PATH`, through `docker exec`), not on the host.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use super::{ActionCall, Inputs};
use crate::run::job::{JobRun, StepRun};

pub(super) const NODE_INPUTS: Inputs = Inputs {
    supported: &["node-version", "node-version-file", "cache"],
    accepted: &[
        "architecture",
        "check-latest",
        "registry-url",
        "scope",
        "token",
        "package-manager-cache",
        "cache-dependency-path",
        "mirror",
        "mirror-token",
        "always-auth",
    ],
};

pub(super) const PYTHON_INPUTS: Inputs = Inputs {
    supported: &["python-version", "python-version-file", "cache"],
    accepted: &[
        "architecture",
        "check-latest",
        "token",
        "cache-dependency-path",
        "update-environment",
        "allow-prereleases",
        "freethreaded",
        "pip-version",
        "pip-install",
    ],
};

pub(super) const GO_INPUTS: Inputs = Inputs {
    supported: &["go-version", "go-version-file", "cache"],
    accepted: &[
        "check-latest",
        "token",
        "cache-dependency-path",
        "architecture",
        "go-download-base-url",
    ],
};

pub(super) const JAVA_INPUTS: Inputs = Inputs {
    supported: &["java-version", "java-version-file", "distribution", "cache"],
    accepted: &[
        "java-package",
        "architecture",
        "jdk-file",
        "jdkFile",
        "check-latest",
        "force-download",
        "set-default",
        "verify-signature",
        "verify-signature-public-key",
        "server-id",
        "server-username-env-var",
        "server-username",
        "server-password-env-var",
        "server-password",
        "mvn-server-credentials",
        "mvn-repositories",
        "mvn-repositories-include-central",
        "mvn-repositories-prioritize-central",
        "settings-path",
        "overwrite-settings",
        "gpg-private-key",
        "gpg-passphrase-env-var",
        "gpg-passphrase",
        "cache-jdk",
        "cache-dependency-path",
        "cache-path",
        "cache-read-only",
        "job-status",
        "token",
        "mvn-toolchain-id",
        "mvn-toolchain-vendor",
        "show-download-progress",
        "problem-matcher",
    ],
};

/// Which toolchain a setup action is for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Tool {
    Node,
    Python,
    Go,
    Java,
}

impl Tool {
    /// How messages name it.
    fn label(self) -> &'static str {
        match self {
            Tool::Node => "Node.js",
            Tool::Python => "Python",
            Tool::Go => "Go",
            Tool::Java => "Java",
        }
    }

    /// The programs that may run it, the first found on PATH winning.
    fn programs(self) -> &'static [&'static str] {
        match self {
            Tool::Node => &["node"],
            Tool::Python => &["python3", "python"],
            Tool::Go => &["go"],
            Tool::Java => &["java"],
        }
    }

    fn prefix(self) -> &'static str {
        match self {
            Tool::Node => "node",
            Tool::Python => "python",
            Tool::Go => "go",
            Tool::Java => "java",
        }
    }
}

/// A toolchain found on PATH.
struct Found {
    program: PathBuf,
    /// As the tool prints it (`v20.11.1`, `3.11.7`, `1.22.3`, `17.0.15`).
    shown: String,
    version: Version,
}

impl JobRun<'_, '_> {
    pub(super) fn setup(&mut self, call: &ActionCall<'_>, tool: Tool) -> Result<StepRun, String> {
        let number = call.number;
        let prefix = tool.prefix();
        let spec_input = format!("{prefix}-version");
        let file_input = format!("{prefix}-version-file");
        let mut specs: Vec<String> = call
            .input(&spec_input)
            .unwrap_or_default()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
        let file = call.input(&file_input).filter(|f| !f.is_empty());
        if !specs.is_empty() && file.is_some() {
            self.warn_step(
                number,
                &format!(
                    "Both {spec_input} and {file_input} inputs are specified, only {spec_input} will be used"
                ),
            );
        } else if let Some(file) = file {
            specs = self.versions_from_file(call, tool, file)?;
        } else if tool == Tool::Python && self.workspace.join(".python-version").is_file() {
            specs = self.versions_from_file(call, tool, ".python-version")?;
        }
        if tool == Tool::Java && call.input("distribution").is_none_or(str::is_empty) {
            return Err(call.fail(
                "Input required and not supplied: distribution (e.g. `distribution: temurin`)",
            ));
        }
        if tool == Tool::Java && specs.is_empty() {
            return Err(
                call.fail("Input required and not supplied: java-version (or java-version-file)")
            );
        }
        let cache = call.input("cache").unwrap_or_default();
        let caches = match tool {
            // setup-go caches by default.
            Tool::Go => !matches!(cache, "false" | "False" | "FALSE"),
            _ => !cache.is_empty() && cache != "false",
        };
        if caches {
            self.warn_step(
                number,
                &match tool {
                    Tool::Go => i18n::t!("workflow-setup-go-cache"),
                    _ => i18n::t!("workflow-setup-cache", cache = cache),
                },
            );
        }

        let in_container = self.services.job_container().is_some();
        let (path, found) = match in_container {
            true => {
                let path = self.container_step_path();
                let found = self.find_in_container(tool, &path);
                (path, found)
            }
            false => {
                let path = self.step_path(call.env);
                let found = find(tool, &path);
                (path, found)
            }
        };
        let image = self.services.container_image().to_string();
        let wanted = specs.join(", ");
        let Some(found) = found else {
            let id = match (in_container, wanted.is_empty()) {
                (false, true) => "workflow-setup-not-found",
                (false, false) => "workflow-setup-not-found-version",
                (true, true) => "workflow-ctr-setup-missing",
                (true, false) => "workflow-ctr-setup-missing-version",
            };
            return Err(call.fail(&i18n::t!(
                id,
                programs = tool
                    .programs()
                    .join(&format!(" {} ", i18n::t!("workflow-or"))),
                path = short_path(&path),
                tool = tool.label(),
                version = wanted.as_str(),
                image = image.as_str()
            )));
        };
        for spec in &specs {
            match satisfies(tool, spec, found.version) {
                Ok(true) => {}
                Ok(false) => {
                    let id = match in_container {
                        true => "workflow-ctr-setup-wrong-version",
                        false => "workflow-setup-wrong-version",
                    };
                    return Err(call.fail(&i18n::t!(
                        id,
                        tool = tool.label(),
                        spec = spec.as_str(),
                        program = tool.programs()[0],
                        path = found.program.display().to_string(),
                        found = found.shown.as_str(),
                        image = image.as_str()
                    )));
                }
                Err(undecided) => self.warn_step(
                    number,
                    &i18n::t!(
                        "workflow-setup-undecided",
                        spec = spec.as_str(),
                        why = undecided,
                        tool = tool.label(),
                        found = found.shown.as_str()
                    ),
                ),
            }
        }
        if specs.is_empty() {
            // Each action's own words when no version is asked.
            let line = match tool {
                Tool::Python => {
                    "Warning: The `python-version` input is not set.  The version of Python currently in `PATH` will be used."
                }
                Tool::Go => {
                    "[warning]go-version input was not specified. The action will try to use pre-installed version."
                }
                _ => "",
            };
            let node_line;
            let line = if line.is_empty() {
                node_line = i18n::t!("workflow-setup-node-unspecified");
                node_line.as_str()
            } else {
                line
            };
            self.run.log(&self.job.id, number, line);
        }
        self.run.log(
            &self.job.id,
            number,
            &i18n::t!(
                "workflow-setup-using",
                tool = tool.label(),
                version = found.shown.as_str(),
                path = found.program.display().to_string()
            ),
        );
        let mut step = StepRun::success();
        let out = &mut step.outputs;
        match tool {
            Tool::Node => {
                out.insert("node-version".into(), found.shown.clone());
            }
            Tool::Python => {
                // setup-python sets no output when no version was asked.
                if !specs.is_empty() {
                    out.insert("python-version".into(), found.shown.clone());
                    out.insert(
                        "python-path".into(),
                        found.program.to_string_lossy().into_owned(),
                    );
                }
            }
            Tool::Go => {
                out.insert("go-version".into(), found.shown.clone());
            }
            Tool::Java => {
                let home = match in_container {
                    true => self.java_home_in_container(&found.program),
                    false => java_home(&found.program),
                };
                let distribution = call.input("distribution").unwrap_or_default();
                out.insert("distribution".into(), distribution.to_string());
                out.insert("version".into(), found.shown.clone());
                out.insert("path".into(), home.clone());
                // As setup-java, for the steps that follow.
                self.file_env.insert("JAVA_HOME".into(), home.clone());
                self.file_env
                    .insert(format!("JAVA_HOME_{}_X64", found.version.0), home);
                self.run.log(
                    &self.job.id,
                    number,
                    &i18n::t!(
                        "workflow-setup-java-distribution",
                        distribution = distribution
                    ),
                );
            }
        }
        Ok(step)
    }

    /// The first of the tool's programs on the job container's `path`,
    /// and its version, asked inside the container.
    fn find_in_container(&self, tool: Tool, path: &str) -> Option<Found> {
        let program = tool
            .programs()
            .iter()
            .find_map(|name| self.container_program(name, path))?;
        let program_text = program.to_string_lossy();
        let mut args = vec![program_text.as_ref()];
        args.extend(version_args(tool));
        let output = self.container_output(Some(path), &args)?;
        version_from(tool, program, &output)
    }

    /// The JDK's folder inside the job container: `bin/java`'s
    /// grandparent, links followed there.
    fn java_home_in_container(&self, program: &Path) -> String {
        let program_text = program.to_string_lossy();
        let real = self
            .container_output(None, &["readlink", "-f", &program_text])
            .filter(|o| o.status.success())
            .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
            .filter(|p| p.is_absolute())
            .unwrap_or_else(|| program.to_path_buf());
        real.parent()
            .and_then(Path::parent)
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    fn warn_step(&self, number: usize, message: &str) {
        self.run
            .log(&self.job.id, number, &format!("Warning: {message}"));
    }

    /// The versions a `*-version-file` names, read as the action reads it.
    fn versions_from_file(
        &self,
        call: &ActionCall<'_>,
        tool: Tool,
        file: &str,
    ) -> Result<Vec<String>, String> {
        let path = self.workspace.join(file);
        let text = fs::read_to_string(&path).map_err(|e| {
            call.fail(&format!(
                "The specified {} version file at: {} does not exist ({e}); {}",
                tool.prefix(),
                path.display(),
                i18n::t!("workflow-setup-version-file-hint")
            ))
        })?;
        let name = Path::new(file)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let versions = version_file(tool, &name, &text);
        if versions.is_empty() {
            return Err(call.fail(&i18n::t!(
                "workflow-setup-no-version-in-file",
                tool = tool.label(),
                file = file
            )));
        }
        self.run.log(
            &self.job.id,
            call.number,
            &format!("Resolved {file} as {}", versions.join(", ")),
        );
        Ok(versions)
    }
}

/// The versions a version file names (`.nvmrc`, `package.json`,
/// `.python-version`, `go.mod`, `.java-version`, `.tool-versions`,
/// `.sdkmanrc`).
fn version_file(tool: Tool, name: &str, text: &str) -> Vec<String> {
    let lines = || {
        text.lines()
            .map(|l| l.split('#').next().unwrap_or_default().trim())
            .filter(|l| !l.is_empty())
    };
    // asdf's `.tool-versions`: `nodejs 20.1.0`, `python 3.11.7`, `golang
    // 1.22`, `java temurin-17.0.1`.
    if name == ".tool-versions" {
        let names: &[&str] = match tool {
            Tool::Node => &["nodejs", "node"],
            Tool::Python => &["python"],
            Tool::Go => &["golang", "go"],
            Tool::Java => &["java"],
        };
        return lines()
            .filter_map(|l| {
                let mut words = l.split_whitespace();
                let tool_name = words.next()?;
                let version = words.next()?;
                names.contains(&tool_name).then(|| {
                    let version = version.rsplit('-').next().unwrap_or(version);
                    version.to_string()
                })
            })
            .take(1)
            .collect();
    }
    match tool {
        Tool::Node => {
            if let Ok(manifest) = serde_json::from_str::<Value>(text) {
                let from = ["/volta/node", "/engines/node"]
                    .iter()
                    .find_map(|p| manifest.pointer(p).and_then(Value::as_str));
                return from.map(str::to_string).into_iter().collect();
            }
            lines()
                .take(1)
                .map(|l| {
                    let l = l
                        .strip_prefix("nodejs ")
                        .or_else(|| l.strip_prefix("node "))
                        .unwrap_or(l)
                        .trim();
                    l.strip_prefix('v').unwrap_or(l).to_string()
                })
                .collect()
        }
        Tool::Python => lines().map(str::to_string).collect(),
        Tool::Go if name == "go.mod" => {
            let directive = |word: &str| {
                lines().find_map(|l| {
                    let rest = l.strip_prefix(word)?.trim();
                    Some(rest.strip_prefix("go").unwrap_or(rest).to_string())
                })
            };
            directive("toolchain ")
                .or_else(|| directive("go "))
                .into_iter()
                .collect()
        }
        Tool::Go => lines().take(1).map(str::to_string).collect(),
        Tool::Java => lines()
            .take(1)
            .map(|l| {
                // `.sdkmanrc`: `java=17.0.1-tem`.
                let l = l.strip_prefix("java=").unwrap_or(l);
                l.split('-').next().unwrap_or(l).to_string()
            })
            .collect(),
    }
}

/// The first of the tool's programs on `path`, and its version.
fn find(tool: Tool, path: &str) -> Option<Found> {
    let program = tool.programs().iter().find_map(|name| which(name, path))?;
    let output = Command::new(&program)
        .args(version_args(tool))
        .env("PATH", path)
        .output()
        .ok()?;
    version_from(tool, program, &output)
}

/// The arguments that make the tool print its version.
fn version_args(tool: Tool) -> &'static [&'static str] {
    match tool {
        Tool::Go => &["env", "GOVERSION"],
        Tool::Java => &["-version"],
        _ => &["--version"],
    }
}

/// The toolchain `program` is, from what it printed for
/// [`version_args`].
fn version_from(tool: Tool, program: PathBuf, output: &std::process::Output) -> Option<Found> {
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let shown = match tool {
        Tool::Node => text.trim().to_string(),
        Tool::Python => text.trim().strip_prefix("Python ")?.to_string(),
        Tool::Go => text.trim().strip_prefix("go")?.to_string(),
        // `openjdk version "17.0.15" 2025-04-15`
        Tool::Java => text.split('"').nth(1)?.to_string(),
    };
    let version = match tool {
        Tool::Java => java_version(&shown)?,
        _ => Version::parse(&shown)?,
    };
    Some(Found {
        program,
        shown,
        version,
    })
}

/// `name` in the folders of `path`, as a shell finds it.
fn which(name: &str, path: &str) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    path.split(':').filter(|d| !d.is_empty()).find_map(|dir| {
        let candidate = Path::new(dir).join(name);
        let meta = fs::metadata(&candidate).ok()?;
        (meta.is_file() && meta.permissions().mode() & 0o111 != 0).then_some(candidate)
    })
}

/// PATH for a message: its first few folders.
fn short_path(path: &str) -> String {
    let dirs: Vec<&str> = path.split(':').collect();
    match dirs.len() > 6 {
        true => format!("{}:…", dirs[..6].join(":")),
        false => path.to_string(),
    }
}

/// The JDK's folder: `bin/java`'s grandparent, links followed.
fn java_home(program: &Path) -> String {
    let real = fs::canonicalize(program).unwrap_or_else(|_| program.to_path_buf());
    real.parent()
        .and_then(Path::parent)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A Java version as `java -version` prints it: `17.0.15`, `21`, or the
/// old `1.8.0_292` (which is 8.0.292).
fn java_version(shown: &str) -> Option<Version> {
    let shown = shown.replace('_', ".");
    let v = Version::parse(&shown)?;
    Some(match v {
        Version(1, minor, _) if minor <= 8 => {
            let update = shown.split('.').nth(3).and_then(|u| u.parse().ok());
            Version(minor, 0, update.unwrap_or(v.2))
        }
        v => v,
    })
}

/// major.minor.patch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Version(u64, u64, u64);

impl Version {
    /// A full or partial version (`v20.1.0`, `1.22`, `3.12.0rc1`): missing
    /// parts are 0, a pre-release tail is dropped.
    fn parse(text: &str) -> Option<Version> {
        let parts = Partial::parse(text)?;
        Some(Version(
            parts.0.first().copied().flatten()?,
            parts.0.get(1).copied().flatten().unwrap_or(0),
            parts.0.get(2).copied().flatten().unwrap_or(0),
        ))
    }
}

/// A version in a range, each part a number or a wildcard (`x`, `*`) or
/// missing.
struct Partial(Vec<Option<u64>>);

impl Partial {
    fn parse(text: &str) -> Option<Partial> {
        let text = text.trim();
        let text = text.strip_prefix(['v', 'V']).unwrap_or(text);
        let text = text.split(['-', '+']).next()?;
        let mut parts = Vec::new();
        for part in text.split('.').take(3) {
            if matches!(part, "x" | "X" | "*") {
                parts.push(None);
                continue;
            }
            // `0rc1`, `21ea`: the number before the letters.
            let digits: String = part.chars().take_while(char::is_ascii_digit).collect();
            parts.push(Some(digits.parse().ok()?));
        }
        // Nothing after a wildcard counts.
        if let Some(wild) = parts.iter().position(Option::is_none) {
            parts.truncate(wild);
        }
        Some(Partial(parts))
    }

    /// The parts given, before any wildcard.
    fn known(&self) -> Vec<u64> {
        self.0.iter().map_while(|p| *p).collect()
    }
}

/// Node.js release lines by their LTS code names.
const NODE_LTS: &[(&str, u64)] = &[
    ("argon", 4),
    ("boron", 6),
    ("carbon", 8),
    ("dubnium", 10),
    ("erbium", 12),
    ("fermium", 14),
    ("gallium", 16),
    ("hydrogen", 18),
    ("iron", 20),
    ("jod", 22),
    ("krypton", 24),
];

/// Whether `version` satisfies `spec` as the action reads it; `Err` says
/// why it cannot be decided offline.
fn satisfies(tool: Tool, spec: &str, version: Version) -> Result<bool, String> {
    let spec = spec.trim();
    let lower = spec.to_lowercase();
    match (tool, lower.as_str()) {
        (Tool::Node, "latest" | "current" | "node") | (Tool::Go, "stable" | "oldstable") => {
            return Err(i18n::t!("workflow-setup-newest-release"));
        }
        (Tool::Node, _) if lower.starts_with("lts/") => {
            let name = &lower[4..];
            if let Some((_, major)) = NODE_LTS.iter().find(|(n, _)| *n == name) {
                return Ok(version.0 == *major);
            }
            if version.0 % 2 == 1 {
                return Ok(false);
            }
            return Err(i18n::t!("workflow-setup-newest-lts"));
        }
        (Tool::Python, _) if ["pypy", "graalpy"].iter().any(|p| lower.starts_with(p)) => {
            return Ok(false);
        }
        _ => {}
    }
    // setup-java reads `1.8` as 8.
    let spec = match (tool, spec.strip_prefix("1.")) {
        (Tool::Java, Some(rest)) if rest.split('.').next().is_some_and(|m| m.len() == 1) => rest,
        _ => spec,
    };
    range(spec, version).ok_or_else(|| i18n::t!("workflow-setup-bad-range"))
}

/// A semver range (`1.2.3`, `1.x`, `>=1.2 <2`, `^1.2`, `~1.2.3`,
/// `1.2 - 1.4`, `a || b`); None when it cannot be read.
fn range(spec: &str, v: Version) -> Option<bool> {
    let mut any = false;
    for alternative in spec.split("||") {
        let alternative = alternative.trim();
        if let Some((from, to)) = alternative.split_once(" - ") {
            let ok = comparator(">=", from.trim(), v)? && comparator("<=", to.trim(), v)?;
            any |= ok;
            continue;
        }
        let mut all = true;
        let mut words = alternative.split_whitespace().peekable();
        while let Some(word) = words.next() {
            let op_len = word
                .find(|c: char| !matches!(c, '<' | '>' | '=' | '^' | '~'))
                .unwrap_or(word.len());
            let (op, rest) = word.split_at(op_len);
            let rest = match rest.is_empty() {
                // `>= 18`: the version is the next word.
                true => words.next()?,
                false => rest,
            };
            all &= comparator(op, rest, v)?;
        }
        any |= all;
    }
    Some(any)
}

fn comparator(op: &str, version: &str, v: Version) -> Option<bool> {
    let partial = Partial::parse(version)?;
    let known = partial.known();
    let at = |i: usize| known.get(i).copied().unwrap_or(0);
    let low = Version(at(0), at(1), at(2));
    // The first version past the partial one (`1.2` → 1.3.0).
    let next = match known.len() {
        0 => None,
        1 => Some(Version(at(0) + 1, 0, 0)),
        2 => Some(Version(at(0), at(1) + 1, 0)),
        _ => Some(Version(at(0), at(1), at(2) + 1)),
    };
    Some(match op {
        "" | "=" | "==" => v >= low && next.is_none_or(|n| v < n),
        ">=" => v >= low,
        ">" => next.is_some_and(|n| v >= n),
        "<" => known.is_empty() || v < low,
        "<=" => next.is_none_or(|n| v < n),
        "~" | "~>" => {
            let upper = match known.len() {
                0 => None,
                1 => Some(Version(at(0) + 1, 0, 0)),
                _ => Some(Version(at(0), at(1) + 1, 0)),
            };
            v >= low && upper.is_none_or(|u| v < u)
        }
        "^" => {
            let upper = match (at(0), at(1), known.len()) {
                (_, _, 0) => None,
                (0, 0, 3) => Some(Version(0, 0, at(2) + 1)),
                (0, _, 2 | 3) => Some(Version(0, at(1) + 1, 0)),
                _ => Some(Version(at(0) + 1, 0, 0)),
            };
            v >= low && upper.is_none_or(|u| v < u)
        }
        _ => return None,
    })
}

/// Before a run (`pipeline --dry-run`): why a setup action's literal
/// version `spec` would fail on this machine (its toolchain missing from
/// `path`, or of another version), in the words the step would fail with.
/// None when it would pass, or when only running can tell.
pub(super) fn preflight(uses: &str, spec: &str, path: &str) -> Option<String> {
    let tool = match super::action_name(uses).as_str() {
        "actions/setup-node" => Tool::Node,
        "actions/setup-python" => Tool::Python,
        "actions/setup-go" => Tool::Go,
        "actions/setup-java" => Tool::Java,
        _ => return None,
    };
    let Some(found) = find(tool, path) else {
        return Some(i18n::t!(
            "workflow-setup-not-found-version",
            programs = tool
                .programs()
                .join(&format!(" {} ", i18n::t!("workflow-or"))),
            path = short_path(path),
            tool = tool.label(),
            version = spec
        ));
    };
    spec.lines()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .find(|s| satisfies(tool, s, found.version) == Ok(false))
        .map(|s| {
            i18n::t!(
                "workflow-setup-wrong-version",
                tool = tool.label(),
                spec = s,
                program = tool.programs()[0],
                path = found.program.display().to_string(),
                found = found.shown.as_str()
            )
        })
}

#[cfg(test)]
mod tests {
    use super::{Tool, Version, java_version, satisfies, version_file};

    #[test]
    fn ranges_read_as_the_actions_read_them() {
        let v = Version(20, 11, 1);
        let yes = |spec: &str| satisfies(Tool::Node, spec, v);
        for spec in [
            "20",
            "20.x",
            "20.11",
            "v20.11.1",
            ">=18",
            ">= 18 <21",
            "^20.1",
            "~20.11.0",
            "18 || 20",
            "18 - 20",
            "*",
            "lts/iron",
            ">19",
            "<=20",
        ] {
            assert_eq!(yes(spec), Ok(true), "{spec}");
        }
        for spec in [
            "18",
            "20.12",
            "20.11.2",
            ">=21",
            "<20",
            "^19",
            "~20.10",
            "lts/hydrogen",
            ">20",
            "<=19",
        ] {
            assert_eq!(yes(spec), Ok(false), "{spec}");
        }
        assert!(yes("lts/*").is_err());
        assert_eq!(satisfies(Tool::Node, "lts/*", Version(21, 0, 0)), Ok(false));
        assert!(yes("latest").is_err());
        assert!(yes("banana").is_err());
        assert_eq!(satisfies(Tool::Java, "1.8", Version(8, 0, 292)), Ok(true));
        assert_eq!(satisfies(Tool::Python, "3.x", Version(3, 11, 7)), Ok(true));
        assert_eq!(
            satisfies(Tool::Python, "pypy3.10", Version(3, 10, 0)),
            Ok(false)
        );
        assert_eq!(java_version("1.8.0_292"), Some(Version(8, 0, 292)));
        assert_eq!(java_version("17.0.15"), Some(Version(17, 0, 15)));
        assert_eq!(Version::parse("1.22rc1"), Some(Version(1, 22, 0)));
    }

    #[test]
    fn version_files_read_as_the_actions_read_them() {
        assert_eq!(version_file(Tool::Node, ".nvmrc", "v20.1\n"), ["20.1"]);
        assert_eq!(
            version_file(
                Tool::Node,
                "package.json",
                r#"{"engines": {"node": ">=18"}}"#
            ),
            [">=18"]
        );
        assert_eq!(
            version_file(Tool::Python, ".python-version", "# pinned\n3.11\n"),
            ["3.11"]
        );
        assert_eq!(
            version_file(
                Tool::Go,
                "go.mod",
                "module x\n\ngo 1.21\n\ntoolchain go1.22.3\n"
            ),
            ["1.22.3"]
        );
        assert_eq!(
            version_file(Tool::Go, "go.mod", "module x\ngo 1.21.0\n"),
            ["1.21.0"]
        );
        assert_eq!(
            version_file(
                Tool::Java,
                ".tool-versions",
                "nodejs 20\njava temurin-17.0.1\n"
            ),
            ["17.0.1"]
        );
        assert_eq!(
            version_file(Tool::Java, ".sdkmanrc", "java=17.0.1-tem\n"),
            ["17.0.1"]
        );
    }
}

#[cfg(test)]
mod run_tests {
    use super::{Tool, Version, find};
    use crate::JobResult;
    use crate::run::testing::{run, run_with_files};

    /// The toolchain this machine has on PATH, as the action finds it.
    fn installed(tool: Tool) -> Option<(String, Version)> {
        let path = std::env::var("PATH").unwrap_or_default();
        find(tool, &path).map(|f| (f.shown, f.version))
    }

    fn one_step(uses: &str, with: &str, then: &str) -> String {
        format!(
            "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - id: s\n        uses: {uses}\n        with:\n{with}      - run: {then}\n"
        )
    }

    #[test]
    fn setup_node_uses_the_node_on_path_when_it_satisfies_the_version() {
        let ran = run(&one_step(
            "actions/setup-node@v4",
            "          node-version: '>=4'\n          cache: npm\n",
            "echo \"out=${{ steps.s.outputs.node-version }}\"; echo \"real=$(node --version)\"",
        ));
        let logs = ran.logs("a");
        let Some((shown, _)) = installed(Tool::Node) else {
            assert_eq!(ran.result("a"), JobResult::Failure);
            assert!(
                logs.iter().any(|l| l.contains("no node on PATH")),
                "{logs:?}"
            );
            return;
        };
        assert_eq!(ran.result("a"), JobResult::Success, "{logs:?}");
        assert!(logs.contains(&format!("out={shown}")), "{logs:?}");
        assert!(logs.contains(&format!("real={shown}")), "{logs:?}");
        assert!(
            logs.iter().any(|l| l
                == "Warning: The `cache: npm` dependency cache is not restored offline: devpath runs with the dependencies already on this machine"),
            "{logs:?}"
        );
    }

    #[test]
    fn a_version_that_is_not_installed_fails_and_says_what_to_install() {
        let ran = run(&one_step(
            "actions/setup-node@v4",
            "          node-version: 99.x\n",
            "echo never",
        ));
        assert_eq!(ran.result("a"), JobResult::Failure);
        let logs = ran.logs("a");
        assert!(!logs.contains(&"never".to_string()));
        let said = |needle: &str| logs.iter().any(|l| l.contains(needle));
        match installed(Tool::Node) {
            Some((shown, _)) => assert!(
                said("install Node.js version 99.x: the node on PATH (")
                    && said(&format!(") is {shown}, which does not satisfy `99.x`")),
                "{logs:?}"
            ),
            None => assert!(said("install Node.js version 99.x"), "{logs:?}"),
        }
        // No node on the step's PATH at all.
        let ran = run(
            "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/setup-node@v4\n        env: {PATH: /nonexistent}\n        with: {node-version: 20}\n",
        );
        assert_eq!(ran.result("a"), JobResult::Failure);
        assert!(
            ran.logs("a")[0].ends_with(
                "no node on PATH (/nonexistent): install Node.js version 20 (devpath downloads no toolchain; it uses the one installed)"
            ),
            "{:?}",
            ran.logs("a")
        );
    }

    #[test]
    fn setup_python_reads_the_version_file_and_gives_the_path() {
        let Some((shown, v)) = installed(Tool::Python) else {
            return assert_eq!(
                run_with_files(
                    &one_step(
                        "actions/setup-python@v5",
                        "          python-version: '3'\n",
                        "true"
                    ),
                    &[],
                    &[]
                )
                .result("a"),
                JobResult::Failure
            );
        };
        let src = "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n      - id: s\n        uses: actions/setup-python@v5\n        with: {python-version-file: .python-version}\n      - run: echo \"${{ steps.s.outputs.python-version }}\"; \"${{ steps.s.outputs.python-path }}\" -c 'import platform; print(platform.python_version())'\n";
        let ran = run_with_files(
            src,
            &[(".python-version", &format!("{}.{}\n", v.0, v.1))],
            &[],
        );
        let logs = ran.logs("a");
        assert_eq!(ran.result("a"), JobResult::Success, "{logs:?}");
        assert_eq!(logs[logs.len() - 2..], [shown.clone(), shown], "{logs:?}");
        assert!(
            logs.contains(&format!("Resolved .python-version as {}.{}", v.0, v.1)),
            "{logs:?}"
        );
    }

    #[test]
    fn setup_java_sets_java_home_and_needs_a_distribution() {
        let ran = run(&one_step(
            "actions/setup-java@v4",
            "          java-version: 17\n",
            "true",
        ));
        assert_eq!(ran.result("a"), JobResult::Failure);
        assert!(
            ran.logs("a")[0].contains("Input required and not supplied: distribution"),
            "{:?}",
            ran.logs("a")
        );
        let Some((shown, v)) = installed(Tool::Java) else {
            let ran = run(&one_step(
                "actions/setup-java@v4",
                "          distribution: temurin\n          java-version: 17\n",
                "true",
            ));
            assert!(
                ran.logs("a")[0].contains("no java on PATH"),
                "{:?}",
                ran.logs("a")
            );
            return;
        };
        let ran = run(&one_step(
            "actions/setup-java@v4",
            &format!(
                "          distribution: temurin\n          java-version: '{}'\n",
                v.0
            ),
            "echo \"${{ steps.s.outputs.version }} ${{ steps.s.outputs.distribution }}\"; test \"$JAVA_HOME\" = \"${{ steps.s.outputs.path }}\" && test -x \"$JAVA_HOME/bin/java\" && echo home-ok",
        ));
        let logs = ran.logs("a");
        assert_eq!(ran.result("a"), JobResult::Success, "{logs:?}");
        assert_eq!(
            logs[logs.len() - 2..],
            [format!("{shown} temurin"), "home-ok".into()]
        );
    }

    #[test]
    fn setup_go_without_the_version_asked_fails_naming_it() {
        let ran = run(&one_step(
            "actions/setup-go@v5",
            "          go-version: '0.1'\n",
            "true",
        ));
        assert_eq!(ran.result("a"), JobResult::Failure);
        let logs = ran.logs("a");
        assert!(
            logs.iter().any(|l| l.contains("install Go version 0.1")),
            "{logs:?}"
        );
        // setup-go caches by default: the warning says it is not restored.
        assert_eq!(
            logs[0],
            "Warning: The Go module cache is not restored offline: devpath runs with the dependencies already on this machine"
        );
    }
}
