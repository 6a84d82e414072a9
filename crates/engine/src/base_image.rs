//! The offline base image `devpath/base:1`, built from the host's static
//! busybox.
//!
//! Lesson apps start `FROM devpath/base:1`, and nothing may be pulled, so
//! `devpath setup` makes the image locally: a root file system holding
//! `/bin/busybox` and a symbolic link per applet (`sh`, `httpd`, `wget`, …,
//! as `busybox --list-full` names them), `/etc/passwd` and `/etc/group` with
//! root and nobody, `/tmp`, `/www` and `/var`; written as a tar in memory
//! (about 2 MB) and imported through the engine like `docker import`, with
//! `CMD ["/bin/sh"]`, a standard `PATH` and the label `devpath.base=1`.
//!
//! The tar is deterministic (fixed owners and times), so the layer is the
//! same on every machine with the same busybox.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::elf::read_elf;
use super::{Engine, EngineError, ImageInfo};

/// The base image every lesson app is built `FROM`.
pub const BASE_IMAGE: &str = "devpath/base:1";

/// The label (`key=value`) that marks an image built by `devpath setup`.
pub const BASE_LABEL: &str = "devpath.base=1";

/// Where a static busybox is looked for before `PATH`.
const BUSYBOX_PLACES: [&str; 2] = ["/bin/busybox", "/usr/bin/busybox"];

/// Modification time written into the tar (2024-01-01T00:00:00Z), so the
/// layer does not change from one build to the next.
const FIXED_MTIME: u64 = 1_704_067_200;

/// Where the base image comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BaseSource {
    /// Build it from a static busybox found on this machine.
    HostBusybox,
    /// Tag an image the engine already has (`devpath setup --from-image`).
    Image(String),
}

/// A static busybox found on this machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Busybox {
    /// Its path.
    pub path: PathBuf,
    /// Its version line, e.g. `BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1)`.
    pub version: String,
    /// Its architecture in Docker's naming (`amd64`), when known.
    pub arch: Option<&'static str>,
}

/// What [`Engine::ensure_base_image`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BaseImageOutcome {
    /// The image was there already; nothing was done.
    AlreadyPresent {
        /// The image.
        image: ImageInfo,
    },
    /// The image was built from a host busybox.
    Built {
        /// The image.
        image: ImageInfo,
        /// The busybox it holds.
        busybox: Busybox,
        /// How many applet links it has.
        applets: usize,
        /// The size of the imported root file system tar, in bytes.
        layer_bytes: usize,
    },
    /// An existing image was tagged as the base image.
    Tagged {
        /// The image.
        image: ImageInfo,
        /// The reference it was tagged from.
        from: String,
    },
}

impl Engine {
    /// Makes sure `devpath/base:1` exists. With [`BaseSource::HostBusybox`]
    /// an existing image is kept as it is (one inspect, well under a second);
    /// otherwise it is built from the host's static busybox. With
    /// [`BaseSource::Image`] the given image is (re)tagged.
    pub fn ensure_base_image(&self, source: &BaseSource) -> Result<BaseImageOutcome, EngineError> {
        self.ensure_base_image_as(BASE_IMAGE, source)
    }

    /// [`Engine::ensure_base_image`] under another name (tests build their
    /// own copy, so that they never remove the `devpath/base:1` that other
    /// runs use).
    pub fn ensure_base_image_as(
        &self,
        target: &str,
        source: &BaseSource,
    ) -> Result<BaseImageOutcome, EngineError> {
        match source {
            BaseSource::Image(reference) => {
                let Some(found) = self.inspect_image(reference)? else {
                    return Err(EngineError::FromImageMissing {
                        reference: reference.clone(),
                    });
                };
                self.tag_image(&found.id, target)?;
                let image = self
                    .inspect_image(target)?
                    .ok_or_else(|| EngineError::ImportLost {
                        reference: target.to_string(),
                    })?;
                Ok(BaseImageOutcome::Tagged {
                    image,
                    from: reference.clone(),
                })
            }
            BaseSource::HostBusybox => {
                if let Some(image) = self.inspect_image(target)? {
                    return Ok(BaseImageOutcome::AlreadyPresent { image });
                }
                let engine_arch = self.version()?.arch;
                let busybox = find_static_busybox(Some(&engine_arch))?;
                let (tar, applets) = base_rootfs_tar(&busybox.path)?;
                let layer_bytes = tar.len();
                let label = format!("LABEL {BASE_LABEL}");
                let changes = [
                    r#"CMD ["/bin/sh"]"#,
                    "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                    label.as_str(),
                ];
                let image = self.import_image(tar, target, &changes)?;
                Ok(BaseImageOutcome::Built {
                    image,
                    busybox,
                    applets,
                    layer_bytes,
                })
            }
        }
    }
}

/// Finds a statically linked busybox: `/bin/busybox`, `/usr/bin/busybox`,
/// then `busybox` on `PATH`. When `arch` (the engine's, e.g. `amd64`) is
/// given, a busybox built for another architecture is passed over. The
/// error lists every candidate and why it was rejected.
pub fn find_static_busybox(arch: Option<&str>) -> Result<Busybox, EngineError> {
    let mut candidates: Vec<PathBuf> = BUSYBOX_PLACES.iter().map(PathBuf::from).collect();
    if let Some(path) = std::env::var_os("PATH") {
        candidates.extend(std::env::split_paths(&path).map(|dir| dir.join("busybox")));
    }
    pick_static_busybox(&candidates, arch)
}

/// The first of `candidates` that exists and is a static executable for
/// `arch` (when given). Missing files are skipped silently; every other
/// rejection is named in the error.
pub(crate) fn pick_static_busybox(
    candidates: &[PathBuf],
    arch: Option<&str>,
) -> Result<Busybox, EngineError> {
    let mut seen = BTreeSet::new();
    let mut rejected = Vec::new();
    for candidate in candidates {
        let real = std::fs::canonicalize(candidate).unwrap_or_else(|_| candidate.clone());
        if !candidate.exists() || !seen.insert(real) {
            continue;
        }
        let info = match read_elf(candidate) {
            Ok(info) => info,
            Err(error) => {
                rejected.push(format!("{}: {error}", candidate.display()));
                continue;
            }
        };
        if !info.is_static_executable() {
            let why = match &info.interpreter {
                Some(loader) => format!("dynamically linked (needs {loader})"),
                None => "not a static executable".to_string(),
            };
            rejected.push(format!("{}: {why}", candidate.display()));
            continue;
        }
        if let (Some(want), Some(have)) = (arch, info.docker_arch())
            && want != have
        {
            rejected.push(format!(
                "{}: built for {have}, the engine runs {want}",
                candidate.display()
            ));
            continue;
        }
        return Ok(Busybox {
            version: busybox_version(candidate),
            arch: info.docker_arch(),
            path: candidate.clone(),
        });
    }
    let looked = if rejected.is_empty() {
        let places: Vec<String> = candidates.iter().map(|c| c.display().to_string()).collect();
        format!("{}; none exists", places.join(", "))
    } else {
        rejected.join("; ")
    };
    Err(EngineError::NoStaticBusybox { looked })
}

/// The first line of `busybox --help`, up to "multi-call binary".
fn busybox_version(path: &Path) -> String {
    let output = Command::new(path)
        .arg("--help")
        .stdin(Stdio::null())
        .output();
    let text = output
        .map(|out| {
            let mut all = out.stdout;
            all.extend(out.stderr);
            String::from_utf8_lossy(&all).into_owned()
        })
        .unwrap_or_default();
    let first = text.lines().next().unwrap_or("BusyBox");
    first
        .split(" multi-call")
        .next()
        .unwrap_or(first)
        .trim()
        .to_string()
}

/// The applets of a busybox as paths relative to `/` (`bin/sh`,
/// `usr/bin/wget`, …), from `busybox --list-full`, or `busybox --list` (all
/// in `bin/`) for a busybox without the former.
pub fn busybox_applets(path: &Path) -> Result<Vec<String>, EngineError> {
    let run = |flag: &str| {
        Command::new(path)
            .arg(flag)
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .map_err(|error| EngineError::BusyboxApplets {
                path: path.to_path_buf(),
                reason: error.to_string(),
            })
    };
    let full = run("--list-full")?;
    let listing = if full.status.success() && !full.stdout.is_empty() {
        String::from_utf8_lossy(&full.stdout).into_owned()
    } else {
        let short = run("--list")?;
        if !short.status.success() || short.stdout.is_empty() {
            return Err(EngineError::BusyboxApplets {
                path: path.to_path_buf(),
                reason: format!(
                    "`{} --list` printed nothing ({})",
                    path.display(),
                    short.status
                ),
            });
        }
        String::from_utf8_lossy(&short.stdout)
            .lines()
            .map(|name| format!("bin/{name}\n"))
            .collect()
    };
    let mut applets: BTreeSet<String> = BTreeSet::new();
    for line in listing.lines() {
        let line = line.trim().trim_start_matches('/');
        // `linuxrc` is an init for initrds; a name with `..` would escape the root.
        if line.is_empty()
            || !line.contains('/')
            || line.split('/').any(|part| part == ".." || part.is_empty())
        {
            continue;
        }
        if line != "bin/busybox" {
            applets.insert(line.to_string());
        }
    }
    // A shell is what everything else needs; make sure the usual paths exist.
    for essential in ["bin/sh", "usr/bin/env"] {
        applets.insert(essential.to_string());
    }
    Ok(applets.into_iter().collect())
}

/// Writes the base image's root file system as an uncompressed tar; returns
/// it and the number of applet links.
pub fn base_rootfs_tar(busybox: &Path) -> Result<(Vec<u8>, usize), EngineError> {
    let applets = busybox_applets(busybox)?;
    let binary = std::fs::read(busybox).map_err(|source| EngineError::BaseImageFile {
        path: busybox.to_path_buf(),
        source,
    })?;
    let tar_error = |source| EngineError::BaseImageFile {
        path: PathBuf::from("<base image root file system>"),
        source,
    };
    let mut builder = tar::Builder::new(Vec::with_capacity(binary.len() + 64 * 1024));

    let mut dirs: BTreeSet<String> = [
        "bin", "dev", "etc", "home", "proc", "root", "run", "sbin", "sys", "tmp", "usr", "usr/bin",
        "usr/sbin", "var", "var/log", "var/tmp", "www",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    for applet in &applets {
        let mut parent = Path::new(applet).parent();
        while let Some(dir) = parent.filter(|dir| !dir.as_os_str().is_empty()) {
            dirs.insert(dir.to_string_lossy().into_owned());
            parent = dir.parent();
        }
    }
    for dir in &dirs {
        let mode = match dir.as_str() {
            "tmp" | "var/tmp" => 0o1777,
            "root" => 0o700,
            _ => 0o755,
        };
        let mut header = tar_header(tar::EntryType::Directory, mode, 0);
        builder
            .append_data(&mut header, format!("{dir}/"), std::io::empty())
            .map_err(tar_error)?;
    }

    let mut header = tar_header(tar::EntryType::Regular, 0o755, binary.len() as u64);
    builder
        .append_data(&mut header, "bin/busybox", binary.as_slice())
        .map_err(tar_error)?;
    for applet in &applets {
        let mut header = tar_header(tar::EntryType::Symlink, 0o777, 0);
        builder
            .append_link(&mut header, applet, "/bin/busybox")
            .map_err(tar_error)?;
    }

    let files: [(&str, &str, u32); 3] = [
        (
            "etc/passwd",
            "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n",
            0o644,
        ),
        (
            "etc/group",
            "root:x:0:\nnogroup:x:65534:\nnobody:x:65534:\n",
            0o644,
        ),
        (
            "etc/os-release",
            "NAME=\"devpath base\"\nID=devpath\nVERSION_ID=1\n",
            0o644,
        ),
    ];
    for (path, content, mode) in files {
        let mut header = tar_header(tar::EntryType::Regular, mode, content.len() as u64);
        builder
            .append_data(&mut header, path, content.as_bytes())
            .map_err(tar_error)?;
    }
    let tar = builder.into_inner().map_err(tar_error)?;
    Ok((tar, applets.len()))
}

/// A tar header owned by root, with a fixed time.
fn tar_header(kind: tar::EntryType, mode: u32, size: u64) -> tar::Header {
    let mut header = tar::Header::new_gnu();
    header.set_entry_type(kind);
    header.set_mode(mode);
    header.set_size(size);
    header.set_uid(0);
    header.set_gid(0);
    header.set_mtime(FIXED_MTIME);
    header
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dynamic_missing_and_foreign_binaries_are_rejected_with_reasons() {
        let dir = tempfile::tempdir().expect("temp dir");
        let script = dir.path().join("busybox");
        std::fs::write(&script, "#!/bin/sh\n").expect("write");
        let candidates = [
            PathBuf::from("/nonexistent/busybox"),
            PathBuf::from("/bin/ls"),
            script.clone(),
        ];
        let error = pick_static_busybox(&candidates, None).expect_err("no static busybox");
        let message = error.to_string();
        assert!(message.starts_with("no statically linked busybox found (looked at /bin/ls: dynamically linked (needs /lib"), "{message}");
        assert!(
            message.contains(&format!("{}: it is not an ELF binary", script.display())),
            "{message}"
        );
        assert!(message.ends_with("`sudo apt-get install busybox-static`, or use an image you already have: `devpath setup --from-image IMAGE`"), "{message}");
        assert!(!message.contains("nonexistent"), "{message}");

        let none = pick_static_busybox(&candidates[..1], None).expect_err("nothing there");
        assert!(
            none.to_string()
                .contains("(looked at /nonexistent/busybox; none exists)"),
            "{none}"
        );

        let host = find_static_busybox(None).expect("a static busybox on this machine");
        let other_arch = if host.arch == Some("arm64") {
            "amd64"
        } else {
            "arm64"
        };
        let foreign = pick_static_busybox(std::slice::from_ref(&host.path), Some(other_arch))
            .expect_err("wrong arch");
        assert!(
            foreign
                .to_string()
                .contains(&format!("the engine runs {other_arch}")),
            "{foreign}"
        );
    }

    #[test]
    fn the_root_file_system_has_a_shell_httpd_and_accounts() {
        let Ok(busybox) = find_static_busybox(None) else {
            panic!("these tests need a static busybox: `sudo apt-get install busybox-static`");
        };
        let (tar, applets) = base_rootfs_tar(&busybox.path).expect("a tar");
        assert!(applets > 50, "only {applets} applets");
        let mut archive = tar::Archive::new(tar.as_slice());
        let mut entries = std::collections::BTreeMap::new();
        for entry in archive.entries().expect("entries") {
            let entry = entry.expect("entry");
            let path = entry.path().expect("path").to_string_lossy().into_owned();
            let link = entry
                .link_name()
                .expect("link")
                .map(|l| l.to_string_lossy().into_owned());
            let mode = entry.header().mode().expect("mode");
            entries.insert(path, (link, mode));
        }
        for applet in [
            "bin/sh",
            "usr/sbin/httpd",
            "usr/bin/wget",
            "bin/cat",
            "usr/bin/env",
        ] {
            assert_eq!(
                entries[applet].0.as_deref(),
                Some("/bin/busybox"),
                "{applet}"
            );
        }
        assert_eq!(entries["tmp/"].1, 0o1777);
        assert_eq!(entries["bin/busybox"].1, 0o755);
        assert!(entries.contains_key("www/"));
        assert!(entries.contains_key("etc/passwd"));
        // Deterministic: the same busybox gives the same bytes.
        let (again, _) = base_rootfs_tar(&busybox.path).expect("a tar");
        assert!(again == tar, "the root file system tar is not reproducible");
    }
}
