//! The built-in `docker/metadata-action` (v5): image tags and OCI labels
//! computed from the run's event, as the action's `src/meta.ts`,
//! `src/tag.ts` and `src/flavor.ts` compute them: the same default rules,
//! priorities and sorting, sanitizing, `latest` rules and outputs, so a
//! workflow gets the tags it would get on GitHub.
//!
//! What is not here: `type=match` and `type=pep440` rules and semver's
//! `match=` (regular expressions in JavaScript's dialect) fail the step
//! with a message; the repository's description and licence come from
//! GitHub's API, so offline those labels are empty; `{{date}}` knows only
//! the UTC time zone.

use std::collections::BTreeMap;
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};

use super::{ActionCall, Inputs};
use crate::run::job::{JobRun, StepRun};

/// docker/metadata-action v5 (action.yml).
pub(super) const INPUTS: Inputs = Inputs {
    supported: &[
        "images",
        "tags",
        "flavor",
        "labels",
        "annotations",
        "sep-tags",
        "sep-labels",
        "sep-annotations",
    ],
    accepted: &["context", "bake-target", "github-token"],
};

/// What the action reads from the workflow's context.
#[derive(Debug, Clone)]
pub(super) struct Context {
    pub(super) event_name: String,
    pub(super) sha: String,
    /// `refs/heads/main`, `refs/tags/v1.2.3`, `refs/pull/15/merge`.
    pub(super) git_ref: String,
    pub(super) default_branch: String,
    /// `owner/name`.
    pub(super) repository: String,
    pub(super) server_url: String,
    /// Milliseconds since the epoch: "now" for `{{date}}` and the
    /// `created` label.
    pub(super) now_ms: i64,
    /// The commit's time, for `{{commit_date}}`.
    pub(super) commit_ms: i64,
    /// DOCKER_METADATA_SHORT_SHA_LENGTH, else 7.
    pub(super) short_sha_length: usize,
}

/// The inputs, as the action's `getInputList` splits them.
#[derive(Debug, Clone, Default)]
pub(super) struct MetaInputs {
    pub(super) images: Vec<String>,
    pub(super) tags: Vec<String>,
    pub(super) flavor: Vec<String>,
    pub(super) labels: Vec<String>,
    pub(super) annotations: Vec<String>,
}

/// `Version` in meta.ts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct Version {
    pub(super) main: Option<String>,
    pub(super) partial: Vec<String>,
    pub(super) latest: bool,
}

#[derive(Debug, Clone)]
struct Flavor {
    latest: String,
    prefix: String,
    prefix_latest: bool,
    suffix: String,
    suffix_latest: bool,
}

#[derive(Debug, Clone)]
struct Tag {
    kind: &'static str,
    attrs: BTreeMap<String, String>,
}

/// The action's results, before they become outputs.
#[derive(Debug)]
pub(super) struct Meta {
    pub(super) version: Version,
    pub(super) tags: Vec<String>,
    pub(super) tag_names: Vec<String>,
    pub(super) labels: Vec<String>,
    pub(super) annotations: Vec<String>,
    /// What the action prints with `core.warning`.
    pub(super) warnings: Vec<String>,
}

/// Tag rule types and their default priorities (tag.ts).
const TYPES: &[(&str, u32)] = &[
    ("schedule", 1000),
    ("semver", 900),
    ("pep440", 900),
    ("match", 800),
    ("edge", 700),
    ("ref", 600),
    ("raw", 200),
    ("sha", 100),
];

/// Gives a template name's value (None: unknown, rendered as nothing),
/// from the name and its arguments.
type Resolve<'r> = dyn Fn(&str, &[String]) -> Result<Option<String>, String> + 'r;

/// Computes the tags and labels as meta.ts does.
pub(super) fn compute(inputs: &MetaInputs, ctx: &Context) -> Result<Meta, String> {
    let images = parse_images(&inputs.images)?;
    let tags = parse_tags(&inputs.tags)?;
    let flavor = parse_flavor(&inputs.flavor)?;
    let mut warnings = Vec::new();
    let maker = Maker {
        ctx,
        flavor: &flavor,
    };
    let version = maker.version(tags, &mut warnings)?;
    let names = maker.generate(&version, None);
    let mut all = Vec::new();
    if version.main.is_some() {
        if images.is_empty() {
            all.clone_from(&names);
        } else {
            for image in &images {
                all.extend(maker.generate(&version, Some(image)));
            }
        }
    }
    let labels = maker.oci(&version, &inputs.labels)?;
    let annotations = maker.oci(&version, &inputs.annotations)?;
    Ok(Meta {
        tag_names: if version.main.is_some() {
            names
        } else {
            Vec::new()
        },
        tags: all,
        version,
        labels,
        annotations,
        warnings,
    })
}

struct Maker<'m> {
    ctx: &'m Context,
    flavor: &'m Flavor,
}

impl Maker<'_> {
    fn latest(&self, auto: bool) -> bool {
        match self.flavor.latest.as_str() {
            "auto" => auto,
            other => other == "true",
        }
    }

    /// `getVersion`: each enabled rule, highest priority first.
    fn version(&self, tags: Vec<Tag>, warnings: &mut Vec<String>) -> Result<Version, String> {
        let mut version = Version::default();
        let mut latest: Option<bool> = None;
        let ctx = self.ctx;
        for tag in tags {
            let enabled = self.global(&tag.attrs["enable"])?;
            if enabled != "true" && enabled != "false" {
                return Err(format!("Invalid value for enable attribute: {enabled}"));
            }
            if enabled == "false" {
                continue;
            }
            let produced: Option<(String, bool)> = match tag.kind {
                "schedule" => {
                    if !ctx.event_name.contains("schedule") {
                        None
                    } else {
                        let v = self.template(&tag.attrs["pattern"], &|name, args| {
                            self.date_helper(name, args)
                        })?;
                        Some((self.set_value(v, &tag)?, self.latest(false)))
                    }
                }
                "semver" => self.semver(&tag, warnings)?,
                "pep440" | "match" => {
                    return Err(i18n::t!(
                        "workflow-metadata-type-unsupported",
                        kind = tag.kind
                    ));
                }
                "ref" => {
                    let event = tag.attrs["event"].as_str();
                    let (prefix, auto) = match event {
                        "branch" => ("refs/heads/", false),
                        "tag" => ("refs/tags/", true),
                        _ => ("refs/pull/", false),
                    };
                    match ctx.git_ref.strip_prefix(prefix) {
                        None => None,
                        Some(rest) => {
                            let rest = if event == "pr" {
                                rest.strip_suffix("/merge").unwrap_or(rest)
                            } else {
                                rest
                            };
                            Some((self.set_value(rest.to_string(), &tag)?, self.latest(auto)))
                        }
                    }
                }
                "edge" => match ctx.git_ref.strip_prefix("refs/heads/") {
                    Some(branch) => {
                        let wanted = match tag.attrs["branch"].as_str() {
                            "" => ctx.default_branch.as_str(),
                            b => b,
                        };
                        if wanted == branch {
                            Some((self.set_value("edge".into(), &tag)?, self.latest(false)))
                        } else {
                            None
                        }
                    }
                    None => None,
                },
                "raw" => {
                    let value = self.global(&tag.attrs["value"])?;
                    Some((self.set_value(value, &tag)?, self.latest(false)))
                }
                _ => {
                    // sha
                    if ctx.sha.is_empty() {
                        None
                    } else {
                        let sha = if tag.attrs["format"] == "short" {
                            short_sha(&ctx.sha, ctx.short_sha_length)
                        } else {
                            ctx.sha.clone()
                        };
                        Some((self.set_value(sha, &tag)?, self.latest(false)))
                    }
                }
            };
            // setVersion
            if let Some((value, is_latest)) = produced {
                if value.is_empty() {
                    continue;
                }
                let value = sanitize_tag(&value);
                match &version.main {
                    None => version.main = Some(value),
                    Some(main) if *main != value => version.partial.push(value),
                    Some(_) => {}
                }
                latest.get_or_insert(is_latest);
            }
        }
        let mut seen = Vec::new();
        version.partial.retain(|p| {
            let fresh = !seen.contains(p);
            seen.push(p.clone());
            fresh
        });
        version.latest = latest.unwrap_or(false);
        Ok(version)
    }

    /// `procSemver`.
    fn semver(
        &self,
        tag: &Tag,
        warnings: &mut Vec<String>,
    ) -> Result<Option<(String, bool)>, String> {
        let ctx = self.ctx;
        let value = &tag.attrs["value"];
        if !ctx.git_ref.starts_with("refs/tags/") && value.is_empty() {
            return Ok(None);
        }
        if !tag.attrs["match"].is_empty() {
            return Err(i18n::t!("workflow-metadata-match-unsupported"));
        }
        let raw = if value.is_empty() {
            ctx.git_ref.replacen("refs/tags/", "", 1)
        } else {
            self.global(value)?
        };
        let raw = raw.replace('/', "-");
        let Some(parsed) = SemVer::parse(&raw) else {
            warnings.push(format!(
                "{raw} is not a valid semver. More info: https://semver.org/"
            ));
            return Ok(None);
        };
        let pattern = &tag.attrs["pattern"];
        let resolve = |name: &str, _: &[String]| Ok(parsed.field(name));
        let (text, auto) = if parsed.pre.is_empty() {
            (self.template(pattern, &resolve)?, true)
        } else if is_raw_statement(pattern) {
            (self.template(pattern, &resolve)?, false)
        } else {
            (self.template("{{version}}", &resolve)?, false)
        };
        Ok(Some((self.set_value(text, tag)?, self.latest(auto))))
    }

    /// `setValue`: the rule's own prefix/suffix, else the flavor's.
    fn set_value(&self, value: String, tag: &Tag) -> Result<String, String> {
        let prefix = match tag.attrs.get("prefix") {
            Some(p) => self.global(p)?,
            None if !self.flavor.prefix.is_empty() => self.global(&self.flavor.prefix)?,
            None => String::new(),
        };
        let suffix = match tag.attrs.get("suffix") {
            Some(s) => self.global(s)?,
            None if !self.flavor.suffix.is_empty() => self.global(&self.flavor.suffix)?,
            None => String::new(),
        };
        Ok(format!("{prefix}{value}{suffix}"))
    }

    /// `setGlobalExp`: `{{branch}}`, `{{tag}}`, `{{sha}}`, `{{base_ref}}`,
    /// `{{is_default_branch}}`, `{{date '…'}}` …
    fn global(&self, text: &str) -> Result<String, String> {
        let ctx = self.ctx;
        self.template(text, &|name, args| {
            Ok(Some(match name {
                "branch" => ctx
                    .git_ref
                    .strip_prefix("refs/heads/")
                    .unwrap_or("")
                    .to_string(),
                "tag" => ctx
                    .git_ref
                    .strip_prefix("refs/tags/")
                    .unwrap_or("")
                    .to_string(),
                "sha" => short_sha(&ctx.sha, ctx.short_sha_length),
                // The push payload's base_ref and the pull request's base
                // are not in devpath's events.
                "base_ref" => String::new(),
                "is_default_branch" => self.is_default_branch().to_string(),
                "is_not_default_branch" => (!self.is_default_branch()).to_string(),
                _ => return self.date_helper(name, args),
            }))
        })
    }

    fn is_default_branch(&self) -> bool {
        let ctx = self.ctx;
        let branch = ctx
            .git_ref
            .strip_prefix("refs/heads/")
            .unwrap_or(&ctx.git_ref);
        if branch.is_empty() {
            return false;
        }
        branch == ctx.default_branch
            || ["create", "discussion", "issues", "schedule"]
                .iter()
                .any(|e| ctx.event_name.contains(e))
    }

    /// `{{date 'format'}}` and `{{commit_date 'format'}}`.
    fn date_helper(&self, name: &str, args: &[String]) -> Result<Option<String>, String> {
        let ms = match name {
            "date" => self.ctx.now_ms,
            "commit_date" => self.ctx.commit_ms,
            _ => return Ok(None),
        };
        let mut format = "";
        for arg in args {
            if let Some((key, value)) = arg.split_once('=') {
                if key != "tz" {
                    return Err(format!("Unknown {key} attribute"));
                }
                if !matches!(value, "UTC" | "Etc/UTC" | "utc") {
                    return Err(format!(
                        "{{{{{name} tz={value}}}}}: {}",
                        i18n::t!("workflow-metadata-tz")
                    ));
                }
            } else {
                format = arg;
            }
        }
        Ok(Some(moment_format(ms, format)))
    }

    /// Renders a handlebars template; `resolve` gives a name's value.
    fn template(&self, text: &str, resolve: &Resolve<'_>) -> Result<String, String> {
        handlebars(text, resolve)
    }

    /// `generateTags`.
    fn generate(&self, version: &Version, image: Option<&str>) -> Vec<String> {
        let Some(main) = &version.main else {
            return Vec::new();
        };
        let prefix = image.map(|i| format!("{i}:")).unwrap_or_default();
        let mut tags = vec![format!("{prefix}{main}")];
        tags.extend(version.partial.iter().map(|p| format!("{prefix}{p}")));
        if version.latest {
            let flavor = self.flavor;
            let latest = format!(
                "{}latest{}",
                if flavor.prefix_latest {
                    flavor.prefix.as_str()
                } else {
                    ""
                },
                if flavor.suffix_latest {
                    flavor.suffix.as_str()
                } else {
                    ""
                }
            );
            tags.push(format!("{prefix}{}", sanitize_tag(&latest)));
        }
        tags
    }

    /// `getOCIAnnotationsWithCustoms`: the OCI labels, then the custom
    /// ones (a later key wins), sorted by key.
    fn oci(&self, version: &Version, extra: &[String]) -> Result<Vec<String>, String> {
        let ctx = self.ctx;
        let name = ctx.repository.split('/').nth(1).unwrap_or_default();
        let url = format!("{}/{}", ctx.server_url, ctx.repository);
        let mut all = vec![
            format!("org.opencontainers.image.title={name}"),
            "org.opencontainers.image.description=".to_string(),
            format!("org.opencontainers.image.url={url}"),
            format!("org.opencontainers.image.source={url}"),
            format!(
                "org.opencontainers.image.version={}",
                version.main.clone().unwrap_or_default()
            ),
            format!("org.opencontainers.image.created={}", iso_time(ctx.now_ms)),
            format!("org.opencontainers.image.revision={}", ctx.sha),
            "org.opencontainers.image.licenses=".to_string(),
        ];
        for label in extra {
            all.push(self.global(label)?);
        }
        let mut map: Vec<(String, String)> = Vec::new();
        for label in all {
            let Some((key, value)) = label.split_once('=') else {
                continue;
            };
            match map.iter_mut().find(|(k, _)| k == key) {
                Some(entry) => entry.1 = value.to_string(),
                None => map.push((key.to_string(), value.to_string())),
            }
        }
        // localeCompare: case-insensitive first.
        map.sort_by(|a, b| {
            a.0.to_lowercase()
                .cmp(&b.0.to_lowercase())
                .then(a.0.cmp(&b.0))
        });
        Ok(map.into_iter().map(|(k, v)| format!("{k}={v}")).collect())
    }
}

/// `sanitizeTag`: runs of characters a tag cannot hold become `-`.
fn sanitize_tag(tag: &str) -> String {
    let mut out = String::new();
    let mut in_run = false;
    for c in tag.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
            out.push(c);
            in_run = false;
        } else if !in_run {
            out.push('-');
            in_run = true;
        }
    }
    out
}

/// `shortSha`: the first `length` characters (7 unless the step's
/// DOCKER_METADATA_SHORT_SHA_LENGTH says otherwise).
fn short_sha(sha: &str, length: usize) -> String {
    sha.chars().take(length).collect()
}

/// The fields of a line: comma-separated, double quotes around a field
/// that holds commas (`csv-parse`).
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
        } else if c == '"' && at_start {
            quoted = true;
            at_start = false;
        } else if c == ',' {
            fields.push(std::mem::take(&mut field));
            at_start = true;
        } else {
            field.push(c);
            at_start = false;
        }
    }
    fields.push(field);
    fields
}

/// tag.ts `Transform`: the rules (or the defaults when there are none),
/// sorted by priority, highest first (a stable sort, as JavaScript's).
fn parse_tags(inputs: &[String]) -> Result<Vec<Tag>, String> {
    let defaults = [
        "type=schedule",
        "type=ref,event=branch",
        "type=ref,event=tag",
        "type=ref,event=pr",
    ];
    let lines: Vec<String> = if inputs.is_empty() {
        defaults.iter().map(|s| s.to_string()).collect()
    } else {
        inputs.to_vec()
    };
    let mut tags = Vec::new();
    for line in &lines {
        tags.push(parse_tag(line)?);
    }
    let priority = |t: &Tag| t.attrs["priority"].parse::<f64>().unwrap_or(f64::NAN);
    tags.sort_by(|a, b| {
        priority(b)
            .partial_cmp(&priority(a))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    Ok(tags)
}

/// tag.ts `Parse`: one rule, its attributes and their defaults.
fn parse_tag(line: &str) -> Result<Tag, String> {
    let mut kind: Option<&'static str> = None;
    let mut attrs = BTreeMap::new();
    for field in csv_fields(line) {
        match field.split_once('=') {
            None => {
                attrs.insert("value".to_string(), field.trim().to_string());
            }
            Some((key, value)) => {
                let key = key.trim().to_lowercase();
                let value = value.trim().to_string();
                if key == "type" {
                    kind = Some(
                        TYPES
                            .iter()
                            .find(|(t, _)| *t == value)
                            .map(|(t, _)| *t)
                            .ok_or_else(|| format!("Unknown tag type attribute: {value}"))?,
                    );
                } else {
                    attrs.insert(key, value);
                }
            }
        }
    }
    let kind = kind.unwrap_or("raw");
    fn default(attrs: &mut BTreeMap<String, String>, key: &str, value: &str) {
        attrs
            .entry(key.to_string())
            .or_insert_with(|| value.to_string());
    }
    match kind {
        "schedule" => default(&mut attrs, "pattern", "nightly"),
        "semver" | "pep440" | "match" => {
            if !attrs.contains_key("pattern") {
                return Err(format!("Missing pattern attribute for {line}"));
            }
            default(&mut attrs, "value", "");
            default(&mut attrs, "match", "");
            default(&mut attrs, "group", "0");
        }
        "edge" => default(&mut attrs, "branch", ""),
        "ref" => {
            let Some(event) = attrs.get("event") else {
                return Err(format!("Missing event attribute for {line}"));
            };
            if !["branch", "tag", "pr"].contains(&event.as_str()) {
                return Err(format!("Invalid event for {line}"));
            }
            if event == "pr" {
                default(&mut attrs, "prefix", "pr-");
            }
        }
        "raw" => {
            if !attrs.contains_key("value") {
                return Err(format!("Missing value attribute for {line}"));
            }
        }
        _ => {
            default(&mut attrs, "prefix", "sha-");
            default(&mut attrs, "format", "short");
            if !["short", "long"].contains(&attrs["format"].as_str()) {
                return Err(format!("Invalid format for {line}"));
            }
        }
    }
    attrs
        .entry("enable".into())
        .or_insert_with(|| "true".into());
    let priority = TYPES
        .iter()
        .find(|(t, _)| *t == kind)
        .map_or(0, |(_, p)| *p);
    attrs
        .entry("priority".into())
        .or_insert_with(|| priority.to_string());
    Ok(Tag { kind, attrs })
}

/// flavor.ts `Transform`.
fn parse_flavor(inputs: &[String]) -> Result<Flavor, String> {
    let mut flavor = Flavor {
        latest: "auto".into(),
        prefix: String::new(),
        prefix_latest: false,
        suffix: String::new(),
        suffix_latest: false,
    };
    for input in inputs {
        let mut onlatest_for = "";
        for field in csv_fields(input) {
            let parts: Vec<&str> = field.split('=').map(str::trim).collect();
            if parts.len() == 1 {
                return Err(format!("Invalid flavor entry: {input}"));
            }
            let value = parts[1].to_string();
            match parts[0].to_lowercase().as_str() {
                "latest" => {
                    if !["auto", "true", "false"].contains(&value.as_str()) {
                        return Err(format!("Invalid latest flavor entry: {input}"));
                    }
                    flavor.latest = value;
                }
                "prefix" => {
                    flavor.prefix = value;
                    onlatest_for = "prefix";
                }
                "suffix" => {
                    flavor.suffix = value;
                    onlatest_for = "suffix";
                }
                "onlatest" => {
                    if !["true", "false"].contains(&value.as_str()) {
                        return Err(format!("Invalid value for onlatest attribute: {value}"));
                    }
                    match onlatest_for {
                        "prefix" => flavor.prefix_latest = value == "true",
                        "suffix" => flavor.suffix_latest = value == "true",
                        _ => {}
                    }
                }
                _ => return Err(format!("Unknown flavor entry: {input}")),
            }
        }
    }
    Ok(flavor)
}

/// image.ts `Transform`: names (lower-cased), `enable=false` ones left
/// out.
fn parse_images(inputs: &[String]) -> Result<Vec<String>, String> {
    let mut images = Vec::new();
    if let [only] = inputs
        && csv_fields(only).iter().all(|f| !f.contains('='))
    {
        return Ok(csv_fields(only)
            .iter()
            .map(|f| f.trim().to_lowercase())
            .collect());
    }
    for input in inputs {
        let mut name = String::new();
        let mut enable = true;
        for field in csv_fields(input) {
            let parts: Vec<&str> = field.split('=').map(str::trim).collect();
            if parts.len() == 1 {
                name = parts[0].to_string();
                continue;
            }
            match parts[0].to_lowercase().as_str() {
                "name" => name = parts[1].to_string(),
                "enable" => {
                    if !["true", "false"].contains(&parts[1]) {
                        return Err(format!("Invalid enable attribute value: {input}"));
                    }
                    enable = parts[1] == "true";
                }
                _ => return Err(format!("Unknown image attribute: {input}")),
            }
        }
        if name.is_empty() {
            return Err(format!("Image name attribute empty: {input}"));
        }
        if enable {
            images.push(name.to_lowercase());
        }
    }
    Ok(images)
}

/// A version as node-semver's strict `valid` accepts it: an optional
/// `v`, MAJOR.MINOR.PATCH without leading zeros, `-prerelease`, `+build`.
#[derive(Debug)]
struct SemVer {
    raw: String,
    major: u64,
    minor: u64,
    patch: u64,
    pre: Vec<String>,
    build: Vec<String>,
}

impl SemVer {
    fn parse(raw: &str) -> Option<SemVer> {
        let text = raw.trim();
        let text = text.strip_prefix('v').unwrap_or(text);
        let (text, build) = match text.split_once('+') {
            Some((t, b)) => (t, Some(b)),
            None => (text, None),
        };
        let (main, pre) = match text.split_once('-') {
            Some((m, p)) => (m, Some(p)),
            None => (text, None),
        };
        let numeric = |s: &str| {
            (!s.is_empty()
                && s.bytes().all(|b| b.is_ascii_digit())
                && (s == "0" || !s.starts_with('0')))
            .then(|| s.parse::<u64>().ok())
            .flatten()
        };
        let mut parts = main.split('.');
        let (major, minor, patch) = (
            numeric(parts.next()?)?,
            numeric(parts.next()?)?,
            numeric(parts.next()?)?,
        );
        if parts.next().is_some() {
            return None;
        }
        let ident =
            |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        let pre: Vec<String> = match pre {
            None => Vec::new(),
            Some(p) => {
                let ids: Vec<String> = p.split('.').map(str::to_string).collect();
                let ok = ids.iter().all(|id| {
                    ident(id)
                        && (!id.bytes().all(|b| b.is_ascii_digit())
                            || id == "0"
                            || !id.starts_with('0'))
                });
                if !ok {
                    return None;
                }
                ids
            }
        };
        let build: Vec<String> = match build {
            None => Vec::new(),
            Some(b) => {
                let ids: Vec<String> = b.split('.').map(str::to_string).collect();
                if !ids.iter().all(|id| ident(id)) {
                    return None;
                }
                ids
            }
        };
        Some(SemVer {
            raw: raw.to_string(),
            major,
            minor,
            patch,
            pre,
            build,
        })
    }

    /// A field of node-semver's `SemVer` object, as handlebars shows it.
    fn field(&self, name: &str) -> Option<String> {
        Some(match name {
            "version" => {
                let mut v = format!("{}.{}.{}", self.major, self.minor, self.patch);
                if !self.pre.is_empty() {
                    v = format!("{v}-{}", self.pre.join("."));
                }
                v
            }
            "major" => self.major.to_string(),
            "minor" => self.minor.to_string(),
            "patch" => self.patch.to_string(),
            "raw" => self.raw.clone(),
            "prerelease" => self.pre.join(","),
            "build" => self.build.join(","),
            _ => return None,
        })
    }
}

/// `Meta.isRawStatement`: the pattern is exactly one `{{raw}}`.
fn is_raw_statement(pattern: &str) -> bool {
    let inner = pattern
        .strip_prefix("{{{")
        .and_then(|p| p.strip_suffix("}}}"))
        .or_else(|| {
            pattern
                .strip_prefix("{{")
                .and_then(|p| p.strip_suffix("}}"))
        });
    inner.is_some_and(|i| !i.contains("{{") && !i.contains("}}") && i.trim() == "raw")
}

/// A small handlebars: `{{name}}`, `{{name 'arg' key=value}}` (escaped as
/// handlebars escapes HTML) and `{{{name}}}` (not escaped). An unknown
/// name renders as nothing, as in handlebars.
fn handlebars(text: &str, resolve: &Resolve<'_>) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let (raw, open, close) = if after.starts_with("{{{") {
            (true, 3, "}}}")
        } else {
            (false, 2, "}}")
        };
        let Some(end) = after[open..].find(close) else {
            return Err(format!("Parse error: unclosed `{{{{` in {text}"));
        };
        let inner = after[open..open + end].trim();
        let words = words(inner);
        let value = match words.split_first() {
            Some((name, args)) => resolve(name, args)?.unwrap_or_default(),
            None => String::new(),
        };
        if raw {
            out.push_str(&value);
        } else {
            out.push_str(&escape_html(&value));
        }
        rest = &after[open + end + close.len()..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The words of a mustache: names, quoted strings (unquoted) and
/// `key=value` pairs (the value unquoted).
fn words(inner: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote: Option<char> = None;
    for c in inner.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => word.push(c),
            None if c == '\'' || c == '"' => quote = Some(c),
            None if c.is_whitespace() => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            None => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// handlebars' `escapeExpression`.
fn escape_html(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            '`' => out.push_str("&#x60;"),
            '=' => out.push_str("&#x3D;"),
            c => out.push(c),
        }
    }
    out
}

/// Year, month, day, hour, minute, second, millisecond of a UTC time.
fn civil(ms: i64) -> (i64, u32, u32, u32, u32, u32, u32) {
    let secs = ms.div_euclid(1000);
    let millis = ms.rem_euclid(1000) as u32;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400) as u32;
    // Howard Hinnant's days_from_civil, inverted.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        year,
        month,
        day,
        rem / 3600,
        rem / 60 % 60,
        rem % 60,
        millis,
    )
}

/// `Date.toISOString()`.
fn iso_time(ms: i64) -> String {
    let (y, mo, d, h, mi, s, milli) = civil(ms);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{milli:03}Z")
}

/// moment's `format` for the common tokens (YYYY YY MM M DD D HH H mm m
/// ss s SSS, `[literal]`); other letters are kept as they are.
fn moment_format(ms: i64, format: &str) -> String {
    if format.is_empty() {
        // moment's default format, in UTC.
        let (y, mo, d, h, mi, s, _) = civil(ms);
        return format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z");
    }
    let (y, mo, d, h, mi, s, milli) = civil(ms);
    let tokens: &[(&str, String)] = &[
        ("YYYY", format!("{y:04}")),
        ("YY", format!("{:02}", y % 100)),
        ("MM", format!("{mo:02}")),
        ("M", mo.to_string()),
        ("DD", format!("{d:02}")),
        ("D", d.to_string()),
        ("HH", format!("{h:02}")),
        ("H", h.to_string()),
        ("mm", format!("{mi:02}")),
        ("m", mi.to_string()),
        ("ss", format!("{s:02}")),
        ("s", s.to_string()),
        ("SSS", format!("{milli:03}")),
    ];
    let mut out = String::new();
    let mut rest = format;
    'outer: while !rest.is_empty() {
        if let Some(inner) = rest.strip_prefix('[')
            && let Some(end) = inner.find(']')
        {
            out.push_str(&inner[..end]);
            rest = &inner[end + 1..];
            continue;
        }
        for (token, value) in tokens {
            if let Some(after) = rest.strip_prefix(token) {
                out.push_str(value);
                rest = after;
                continue 'outer;
            }
        }
        let c = rest.chars().next().unwrap_or_default();
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// `Util.getInputList(name, {ignoreComma: true, comment: '#'})`: one item
/// per line, trimmed; empty lines and `#` comments dropped.
fn lines(call: &ActionCall<'_>, name: &str) -> Vec<String> {
    call.input(name)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

impl JobRun<'_, '_> {
    pub(super) fn metadata(&mut self, call: &ActionCall<'_>) -> Result<StepRun, String> {
        if let Some(source) = call.input("context")
            && !source.is_empty()
            && source != "workflow"
            && source != "git"
        {
            return Err(call.fail(&format!("Invalid context source: {source}")));
        }
        let inputs = MetaInputs {
            images: lines(call, "images"),
            tags: lines(call, "tags"),
            flavor: lines(call, "flavor"),
            labels: lines(call, "labels"),
            annotations: lines(call, "annotations"),
        };
        let github = &self.run.github;
        let text = |key: &str| {
            github
                .get(key)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let now_ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(0));
        let ctx = Context {
            event_name: text("event_name"),
            sha: self.run.req.sha.clone(),
            git_ref: self.run.git_ref.clone(),
            default_branch: github
                .get("event")
                .and_then(|e| e.pointer("/repository/default_branch"))
                .and_then(Value::as_str)
                .unwrap_or("main")
                .to_string(),
            repository: self.run.req.repository.clone(),
            server_url: match text("server_url") {
                url if url.is_empty() => "https://github.com".into(),
                url => url,
            },
            now_ms,
            // devpath's commits carry no date: the run's time stands in.
            commit_ms: now_ms,
            short_sha_length: match call.env.get("DOCKER_METADATA_SHORT_SHA_LENGTH") {
                None => 7,
                Some(text) => text.trim().parse().map_err(|_| {
                    call.fail(&format!(
                        "DOCKER_METADATA_SHORT_SHA_LENGTH is not a valid number: {text}"
                    ))
                })?,
            },
        };
        let meta = compute(&inputs, &ctx).map_err(|e| call.fail(&e))?;
        let log = |line: &str| self.run.log(&self.job.id, call.number, line);
        for warning in &meta.warnings {
            log(&format!("Warning: {warning}"));
        }
        match &meta.version.main {
            Some(main) => log(&format!("Docker image version: {main}")),
            None => log("Warning: No Docker image version has been generated. Check tags input."),
        }
        if meta.tags.is_empty() {
            log("Warning: No Docker tag has been generated. Check tags input.");
        }
        for tag in &meta.tags {
            log(&format!("Docker tag: {tag}"));
        }
        let separator = |name: &str| match call.input(name) {
            Some(sep) if !sep.is_empty() => sep.to_string(),
            _ => "\n".to_string(),
        };
        let levels = call
            .env
            .get("DOCKER_METADATA_ANNOTATIONS_LEVELS")
            .map_or("manifest", String::as_str);
        let annotations: Vec<String> = levels
            .split(',')
            .flat_map(|level| meta.annotations.iter().map(move |a| format!("{level}:{a}")))
            .collect();
        let labels_obj: serde_json::Map<String, Value> = meta
            .labels
            .iter()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
            .collect();
        let json_output = json!({
            "tags": meta.tags,
            "tag-names": meta.tag_names,
            "labels": labels_obj,
            "annotations": annotations,
        });
        let outputs = BTreeMap::from([
            (
                "version".to_string(),
                meta.version.main.clone().unwrap_or_default(),
            ),
            ("tags".into(), meta.tags.join(&separator("sep-tags"))),
            (
                "tag-names".into(),
                meta.tag_names.join(&separator("sep-tags")),
            ),
            ("labels".into(), meta.labels.join(&separator("sep-labels"))),
            (
                "annotations".into(),
                annotations.join(&separator("sep-annotations")),
            ),
            ("json".into(), json_output.to_string()),
        ]);
        // As the action (DOCKER_METADATA_SET_OUTPUT_ENV defaults to true):
        // each output is also an environment variable for the next steps.
        let export = call
            .env
            .get("DOCKER_METADATA_SET_OUTPUT_ENV")
            .is_none_or(|v| !matches!(v.to_lowercase().as_str(), "false" | "0"));
        if export {
            for (name, value) in &outputs {
                let key = format!(
                    "DOCKER_METADATA_OUTPUT_{}",
                    name.replace(|c: char| !c.is_ascii_alphanumeric() && c != '_', "_")
                        .to_uppercase()
                );
                self.file_env.insert(key, value.clone());
            }
        }
        Ok(StepRun {
            outputs,
            ..StepRun::success()
        })
    }
}

#[cfg(test)]
mod tests {
    //! Cases from the action's own tests (`__tests__/meta.test.ts` of
    //! docker/metadata-action, named as there), with its repository
    //! fixture's name and URL replaced by this context's.

    use super::*;

    /// 2020-01-10T00:30:00.000Z, the tests' fixed clock.
    const NOW: i64 = 1_578_616_200_000;

    fn ctx(event: &str, git_ref: &str, sha: &str) -> Context {
        Context {
            event_name: event.into(),
            sha: sha.into(),
            git_ref: git_ref.into(),
            default_branch: "master".into(),
            repository: "octocat/Hello-World".into(),
            server_url: "https://github.com".into(),
            now_ms: NOW,
            commit_ms: NOW,
            short_sha_length: 7,
        }
    }

    const DEV: &str = "860c1904a1ce19322e91ac35af1ab07466440c37";
    const MASTER: &str = "266574110acf203503badf966df2ea24b5d732d7";

    fn push_dev() -> Context {
        ctx("push", "refs/heads/dev", DEV)
    }
    fn push_master() -> Context {
        ctx("push", "refs/heads/master", MASTER)
    }
    fn tag(name: &str) -> Context {
        ctx("push", &format!("refs/tags/{name}"), DEV)
    }

    fn inputs(images: &[&str], tags: &[&str], flavor: &[&str]) -> MetaInputs {
        let own = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
        MetaInputs {
            images: own(images),
            tags: own(tags),
            flavor: own(flavor),
            ..MetaInputs::default()
        }
    }

    fn check(
        inputs: &MetaInputs,
        ctx: &Context,
        main: Option<&str>,
        partial: &[&str],
        latest: bool,
        tags: &[&str],
    ) {
        let meta = compute(inputs, ctx).unwrap();
        assert_eq!(
            meta.version,
            Version {
                main: main.map(str::to_string),
                partial: partial.iter().map(|s| s.to_string()).collect(),
                latest
            }
        );
        assert_eq!(meta.tags, tags);
    }

    const TWO: &[&str] = &["org/app", "ghcr.io/user/app"];

    #[test]
    fn push01_default_rules_tag_the_branch() {
        check(
            &inputs(&["user/app"], &[], &[]),
            &push_dev(),
            Some("dev"),
            &[],
            false,
            &["user/app:dev"],
        );
    }

    #[test]
    fn push02_edge_on_the_default_branch() {
        check(
            &inputs(&["user/app"], &["type=edge"], &[]),
            &push_master(),
            Some("edge"),
            &[],
            false,
            &["user/app:edge"],
        );
    }

    #[test]
    fn push07_branch_and_short_sha_for_every_image() {
        check(
            &inputs(TWO, &["type=ref,event=branch", "type=sha"], &[]),
            &push_dev(),
            Some("dev"),
            &["sha-860c190"],
            false,
            &[
                "org/app:dev",
                "org/app:sha-860c190",
                "ghcr.io/user/app:dev",
                "ghcr.io/user/app:sha-860c190",
            ],
        );
    }

    #[test]
    fn the_short_sha_length_comes_from_the_environment() {
        // meta.ts `shortSha` with DOCKER_METADATA_SHORT_SHA_LENGTH=12 (not a
        // case of meta.test.ts): `{{sha}}` and `type=sha` both follow it.
        let mut context = push_dev();
        context.short_sha_length = 12;
        check(
            &inputs(
                &["user/app"],
                &["type=sha", "type=raw,value=x-{{sha}}"],
                &[],
            ),
            &context,
            Some("x-860c1904a1ce"),
            &["sha-860c1904a1ce"],
            false,
            &["user/app:x-860c1904a1ce", "user/app:sha-860c1904a1ce"],
        );
    }

    #[test]
    fn push10_edge_of_another_branch_gives_nothing() {
        check(
            &inputs(TWO, &["type=edge,branch=dev", "type=sha"], &[]),
            &push_master(),
            Some("sha-2665741"),
            &[],
            false,
            &["org/app:sha-2665741", "ghcr.io/user/app:sha-2665741"],
        );
    }

    #[test]
    fn push13_priority_orders_the_rules() {
        check(
            &inputs(
                &["user/app"],
                &["type=ref,priority=2000,event=branch", "type=edge"],
                &[],
            ),
            &push_master(),
            Some("master"),
            &["edge"],
            false,
            &["user/app:master", "user/app:edge"],
        );
    }

    #[test]
    fn tag01_default_rules_tag_the_git_tag_and_latest() {
        check(
            &inputs(&["user/app"], &[], &[]),
            &tag("release1"),
            Some("release1"),
            &[],
            true,
            &["user/app:release1", "user/app:latest"],
        );
    }

    #[test]
    fn latest05_default_rules_on_a_version_tag() {
        check(
            &inputs(TWO, &[], &[]),
            &tag("v1.1.1"),
            Some("v1.1.1"),
            &[],
            true,
            &[
                "org/app:v1.1.1",
                "org/app:latest",
                "ghcr.io/user/app:v1.1.1",
                "ghcr.io/user/app:latest",
            ],
        );
    }

    #[test]
    fn latest07_and_08_latest_false_and_lower_case_images() {
        check(
            &inputs(
                &["org/app", "ghcr.io/MyUSER/MyApp"],
                &["type=ref,event=tag"],
                &["latest=false"],
            ),
            &tag("v1.1.1"),
            Some("v1.1.1"),
            &[],
            false,
            &["org/app:v1.1.1", "ghcr.io/myuser/myapp:v1.1.1"],
        );
    }

    #[test]
    fn tag11_semver_patterns() {
        check(
            &inputs(
                TWO,
                &[
                    "type=semver,pattern={{version}}",
                    "type=semver,pattern={{major}}.{{minor}}",
                    "type=semver,pattern={{major}}",
                ],
                &[],
            ),
            &tag("v1.1.1"),
            Some("1.1.1"),
            &["1.1", "1"],
            true,
            &[
                "org/app:1.1.1",
                "org/app:1.1",
                "org/app:1",
                "org/app:latest",
                "ghcr.io/user/app:1.1.1",
                "ghcr.io/user/app:1.1",
                "ghcr.io/user/app:1",
                "ghcr.io/user/app:latest",
            ],
        );
    }

    #[test]
    fn tag12_a_repeated_value_is_kept_once() {
        check(
            &inputs(
                &["org/app"],
                &[
                    "type=semver,pattern={{version}}",
                    "type=semver,pattern={{major}}.{{minor}}.{{patch}}",
                ],
                &[],
            ),
            &tag("v1.1.1"),
            Some("1.1.1"),
            &[],
            true,
            &["org/app:1.1.1", "org/app:latest"],
        );
    }

    #[test]
    fn tag13_a_prerelease_gets_only_its_version_and_no_latest() {
        check(
            &inputs(
                &["org/app"],
                &[
                    "type=semver,pattern={{version}}",
                    "type=semver,pattern={{major}}.{{minor}}",
                    "type=semver,pattern={{major}}",
                ],
                &[],
            ),
            &tag("v2.0.8-beta.67"),
            Some("2.0.8-beta.67"),
            &[],
            false,
            &["org/app:2.0.8-beta.67"],
        );
    }

    #[test]
    fn tag14_an_invalid_semver_is_skipped_with_a_warning() {
        let meta = compute(
            &inputs(
                &["ghcr.io/user/app"],
                &["type=ref,event=tag", "type=semver,pattern={{version}}"],
                &["latest=false"],
            ),
            &tag("sometag"),
        )
        .unwrap();
        assert_eq!(meta.tags, ["ghcr.io/user/app:sometag"]);
        assert_eq!(
            meta.warnings,
            ["sometag is not a valid semver. More info: https://semver.org/"]
        );
    }

    #[test]
    fn tag16_the_first_rule_decides_latest() {
        check(
            &inputs(
                TWO,
                &[
                    "type=raw,priority=2000,foo",
                    "type=ref,event=tag",
                    "type=edge",
                ],
                &[],
            ),
            &tag("v1.1.1"),
            Some("foo"),
            &["v1.1.1"],
            false,
            &[
                "org/app:foo",
                "org/app:v1.1.1",
                "ghcr.io/user/app:foo",
                "ghcr.io/user/app:v1.1.1",
            ],
        );
    }

    #[test]
    fn semver_raw_keeps_the_v_of_a_prerelease() {
        // tag23 of meta.test.ts: {{raw}} on a prerelease keeps the tag as is.
        check(
            &inputs(&["org/app"], &["type=semver,pattern={{raw}}"], &[]),
            &tag("v2.0.8-beta.67"),
            Some("v2.0.8-beta.67"),
            &[],
            false,
            &["org/app:v2.0.8-beta.67"],
        );
    }

    #[test]
    fn pull_requests_get_pr_number_tags() {
        // pr01 of meta.test.ts.
        check(
            &inputs(&["user/app"], &[], &[]),
            &ctx(
                "pull_request",
                "refs/pull/15/merge",
                "a9c8c5828b91be19d9728548b24759e352367ef1",
            ),
            Some("pr-15"),
            &[],
            false,
            &["user/app:pr-15"],
        );
    }

    #[test]
    fn schedule_rules_use_the_date() {
        // schedule02 of meta.test.ts.
        check(
            &inputs(
                &["user/app"],
                &["type=schedule,pattern={{date 'YYYYMMDD'}}"],
                &[],
            ),
            &ctx("schedule", "refs/heads/master", DEV),
            Some("20200110"),
            &[],
            false,
            &["user/app:20200110"],
        );
        // On a push, the schedule rule gives nothing.
        check(
            &inputs(&["user/app"], &["type=schedule"], &[]),
            &push_master(),
            None,
            &[],
            false,
            &[],
        );
    }

    #[test]
    fn flavor_latest_prefix_and_suffix() {
        // latest06 / flavor cases of meta.test.ts: prefix and suffix on every
        // tag, and on latest only with onlatest=true.
        check(
            &inputs(
                &["org/app"],
                &["type=ref,event=tag"],
                &["prefix=foo-,onlatest=true", "suffix=-bar"],
            ),
            &tag("v1.1.1"),
            Some("foo-v1.1.1-bar"),
            &[],
            true,
            &["org/app:foo-v1.1.1-bar", "org/app:foo-latest"],
        );
        check(
            &inputs(&["org/app"], &["type=raw,value=x"], &["latest=true"]),
            &push_dev(),
            Some("x"),
            &[],
            true,
            &["org/app:x", "org/app:latest"],
        );
    }

    #[test]
    fn raw_rules_sanitize_and_honour_enable() {
        // raw01/raw04 of meta.test.ts, and the global expressions.
        check(
            &inputs(
                &["user/app"],
                &[
                    "type=raw,value=my/tag",
                    "type=raw,value=skip,enable=false",
                    "type=raw,value=on-{{branch}},enable={{is_default_branch}}",
                    "type=sha,format=long,prefix=",
                ],
                &[],
            ),
            &push_master(),
            Some("my-tag"),
            &["on-master", MASTER],
            false,
            &[
                "user/app:my-tag",
                "user/app:on-master",
                &format!("user/app:{MASTER}"),
            ],
        );
    }

    #[test]
    fn rule_errors_are_the_actions() {
        let err = |tags: &[&str]| compute(&inputs(&["a"], tags, &[]), &push_dev()).unwrap_err();
        assert_eq!(err(&["type=foo"]), "Unknown tag type attribute: foo");
        assert_eq!(err(&["type=ref"]), "Missing event attribute for type=ref");
        assert_eq!(
            err(&["type=sha,format=tiny"]),
            "Invalid format for type=sha,format=tiny"
        );
        assert_eq!(
            err(&["type=semver"]),
            "Missing pattern attribute for type=semver"
        );
        assert_eq!(
            err(&["type=raw,value=x,enable=maybe"]),
            "Invalid value for enable attribute: maybe"
        );
    }

    #[test]
    fn push01_labels() {
        let meta = compute(&inputs(&["user/app"], &[], &[]), &push_dev()).unwrap();
        assert_eq!(
            meta.labels,
            [
                "org.opencontainers.image.created=2020-01-10T00:30:00.000Z",
                "org.opencontainers.image.description=",
                "org.opencontainers.image.licenses=",
                "org.opencontainers.image.revision=860c1904a1ce19322e91ac35af1ab07466440c37",
                "org.opencontainers.image.source=https://github.com/octocat/Hello-World",
                "org.opencontainers.image.title=Hello-World",
                "org.opencontainers.image.url=https://github.com/octocat/Hello-World",
                "org.opencontainers.image.version=dev",
            ]
        );
    }

    #[test]
    fn custom_labels_override_and_sort() {
        let mut given = inputs(&["user/app"], &[], &[]);
        given.labels = vec![
            "org.opencontainers.image.title=MyCustomTitle".into(),
            "maintainer=CrazyMax".into(),
        ];
        let meta = compute(&given, &push_dev()).unwrap();
        assert_eq!(meta.labels[0], "maintainer=CrazyMax");
        assert!(
            meta.labels
                .contains(&"org.opencontainers.image.title=MyCustomTitle".to_string())
        );
    }

    #[test]
    fn raw_statement() {
        // isRawStatement's table in meta.test.ts.
        for (pattern, expected) in [
            ("{{ raw }}.{{ version }}", false),
            ("{{ version }},{{raw }.", false),
            ("{{ raw }}", true),
            ("{{ raw}}", true),
            ("{{raw}}", true),
        ] {
            assert_eq!(is_raw_statement(pattern), expected, "{pattern}");
        }
    }

    #[test]
    fn dates() {
        assert_eq!(iso_time(NOW), "2020-01-10T00:30:00.000Z");
        assert_eq!(moment_format(NOW, "YYYYMMDD-HHmm[h]"), "20200110-0030h");
    }
}
