//! Embeds the course (the repository's exercises/ and fixtures/) into the
//! binary, so devpath works from any folder after `cargo install`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    // This crate lives in crates/course; the course is at the repository root.
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"))
        .join("../..")
        .canonicalize()
        .expect("repository root");
    let mut files = Vec::new();
    for top in ["exercises", "fixtures"] {
        let dir = root.join(top);
        println!("cargo:rerun-if-changed={}", dir.display());
        collect(&root, &dir, &mut files);
    }
    files.sort();
    let mut out = String::from(
        "/// Every file of the built-in course: (path relative to the course root, bytes, executable).\npub(super) static FILES: &[(&str, &[u8], bool)] = &[\n",
    );
    for (rel, abs, exec) in &files {
        writeln!(out, "    ({rel:?}, include_bytes!({abs:?}), {exec}),").expect("write to string");
    }
    out.push_str("];\n");
    let dest =
        PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("embedded_course.rs");
    std::fs::write(dest, out).expect("write embedded_course.rs");
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, String, bool)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let entry = entry.expect("read course folder");
        let path = entry.path();
        let kind = entry.file_type().expect("file type");
        if kind.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(root, &path, files);
        } else if kind.is_file() {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.ends_with(".snap.new") || name.starts_with(".#") {
                continue;
            }
            let rel = path
                .strip_prefix(root)
                .expect("inside root")
                .to_string_lossy()
                .replace('\\', "/");
            let exec = executable(&entry.metadata().expect("metadata"));
            files.push((rel, path.to_string_lossy().into_owned(), exec));
        }
    }
}

#[cfg(unix)]
fn executable(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode() & 0o111 != 0
}

#[cfg(not(unix))]
fn executable(_meta: &std::fs::Metadata) -> bool {
    false
}
