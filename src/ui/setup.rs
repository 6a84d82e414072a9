//! What `devpath setup` shows: which engine it talked to, what it found (the
//! static busybox), what it built or that the image was already there, the
//! image id, and one line with the next step.

use std::time::Duration;

use engine::{BASE_IMAGE, BaseImageOutcome, EngineVersion};
use i18n::{Lang, t};

/// A number with one decimal, with the decimal comma of Spanish and
/// Portuguese.
fn decimal(value: f64) -> String {
    let text = format!("{value:.1}");
    match i18n::current() {
        Lang::En => text,
        Lang::Es | Lang::Pt => text.replace('.', ","),
    }
}

/// The human report, uncoloured.
pub(crate) fn render(
    address: &str,
    version: &EngineVersion,
    outcome: &BaseImageOutcome,
    elapsed: Duration,
) -> String {
    let mut out = t!(
        "setup-engine",
        version = &version.version,
        platform = format!("{}/{}", version.os, version.arch),
        api = &version.api_version,
        address = address
    );
    out.push('\n');
    let line = |text: String| text + "\n";
    match outcome {
        BaseImageOutcome::AlreadyPresent { image } => {
            out += &line(t!(
                "setup-already-there",
                image = BASE_IMAGE,
                id = short_id(&image.id)
            ));
        }
        BaseImageOutcome::Built {
            image,
            busybox,
            applets,
            layer_bytes,
        } => {
            out += &line(t!(
                "setup-found-busybox",
                path = busybox.path.display().to_string(),
                version = &busybox.version
            ));
            out += &line(t!(
                "setup-built",
                image = BASE_IMAGE,
                applets = applets.to_string(),
                size = decimal(*layer_bytes as f64 / 1_000_000.0),
                seconds = decimal(elapsed.as_secs_f64())
            ));
            out += &line(t!(
                "setup-image-id",
                short = short_id(&image.id),
                id = &image.id
            ));
        }
        BaseImageOutcome::Tagged { image, from } => {
            out += &line(t!(
                "setup-tagged",
                from = from,
                image = BASE_IMAGE,
                id = short_id(&image.id)
            ));
            out += &line(t!("setup-tagged-note"));
        }
    }
    out += &line(t!("setup-next"));
    out
}

/// The 12 hex digits `docker images` shows.
fn short_id(id: &str) -> &str {
    let hex = id.strip_prefix("sha256:").unwrap_or(id);
    hex.get(..12).unwrap_or(hex)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use engine::{Busybox, ImageInfo};

    fn image() -> ImageInfo {
        ImageInfo {
            id: "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef".into(),
            repo_tags: vec![BASE_IMAGE.into()],
            repo_digests: vec![],
            labels: Default::default(),
            env: vec![],
            cmd: vec!["/bin/sh".into()],
            history: vec![],
        }
    }

    fn version() -> EngineVersion {
        EngineVersion {
            version: "20.10.24+dfsg1".into(),
            api_version: "1.41".into(),
            os: "linux".into(),
            arch: "amd64".into(),
        }
    }

    #[test]
    fn built_report() {
        let outcome = BaseImageOutcome::Built {
            image: image(),
            busybox: Busybox {
                path: PathBuf::from("/bin/busybox"),
                version: "BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1)".into(),
                arch: Some("amd64"),
            },
            applets: 268,
            layer_bytes: 2_049_536,
        };
        let text = render(
            "unix:///var/run/docker.sock",
            &version(),
            &outcome,
            Duration::from_millis(420),
        );
        insta::assert_snapshot!(text);
    }

    #[test]
    fn already_present_report() {
        let outcome = BaseImageOutcome::AlreadyPresent { image: image() };
        let text = render(
            "unix:///var/run/docker.sock",
            &version(),
            &outcome,
            Duration::from_millis(12),
        );
        insta::assert_snapshot!(text);
    }
}
