//! What `devpath setup` shows: which engine it talked to, what it found (the
//! static busybox), what it built or that the image was already there, the
//! image id, and one line with the next step.

use std::time::Duration;

use engine::{BASE_IMAGE, BaseImageOutcome, EngineVersion};

/// The line telling a learner what to do once the image is there.
const NEXT_STEP: &str =
    "next: `devpath init my-course && cd my-course && devpath` starts the course";

/// The human report, uncoloured.
pub(crate) fn render(
    address: &str,
    version: &EngineVersion,
    outcome: &BaseImageOutcome,
    elapsed: Duration,
) -> String {
    let mut out = format!(
        "Docker engine {} ({}/{}, API {}) at {address}\n",
        version.version, version.os, version.arch, version.api_version
    );
    match outcome {
        BaseImageOutcome::AlreadyPresent { image } => {
            out += &format!(
                "{BASE_IMAGE} is already there (image {}); nothing to do\n",
                short_id(&image.id)
            );
        }
        BaseImageOutcome::Built {
            image,
            busybox,
            applets,
            layer_bytes,
        } => {
            out += &format!(
                "found a static busybox: {} ({})\n",
                busybox.path.display(),
                busybox.version
            );
            out += &format!(
                "built {BASE_IMAGE}: busybox with {applets} applet links, /etc/passwd, /tmp, /www ({:.1} MB) in {:.1} s\n",
                *layer_bytes as f64 / 1_000_000.0,
                elapsed.as_secs_f64()
            );
            out += &format!("image {} ({})\n", short_id(&image.id), image.id);
        }
        BaseImageOutcome::Tagged { image, from } => {
            out += &format!(
                "tagged {from} as {BASE_IMAGE} (image {})\n",
                short_id(&image.id)
            );
            out += "note: the lessons expect /bin/sh, httpd and wget in it (busybox has them)\n";
        }
    }
    out += NEXT_STEP;
    out.push('\n');
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
