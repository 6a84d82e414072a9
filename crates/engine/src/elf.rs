//! A tiny ELF header reader: is this binary statically linked?
//!
//! The base image holds nothing but busybox, so busybox must run without a
//! dynamic loader or shared libraries. A dynamically linked executable names
//! its loader in a `PT_INTERP` program header; a static one (including a
//! static PIE, which is `ET_DYN`) has none. Only the file header and the
//! program header table are read.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

/// `e_type` of an executable.
const ET_EXEC: u16 = 2;
/// `e_type` of a position-independent executable or shared library.
const ET_DYN: u16 = 3;
/// `p_type` of the program header naming the dynamic loader.
const PT_INTERP: u32 = 3;

/// Why a file could not be read as ELF.
#[derive(Debug, thiserror::Error)]
pub enum ElfError {
    /// The file could not be opened or read.
    #[error("cannot read it: {0}")]
    Io(#[from] std::io::Error),
    /// The file does not start with the ELF magic number.
    #[error("it is not an ELF binary")]
    NotElf,
    /// The header is cut short or inconsistent.
    #[error("its ELF header is damaged ({0})")]
    Damaged(&'static str),
}

/// What the ELF header says about a binary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElfInfo {
    /// `e_type`: 2 executable, 3 shared object or PIE, other values for
    /// relocatable objects and core files.
    pub file_type: u16,
    /// `e_machine`: 62 x86-64, 183 AArch64, …
    pub machine: u16,
    /// The entry point (0 for a shared library).
    pub entry: u64,
    /// The dynamic loader named in `PT_INTERP`, for a dynamically linked
    /// executable.
    pub interpreter: Option<String>,
}

impl ElfInfo {
    /// Whether this is an executable that runs without a dynamic loader:
    /// `ET_EXEC`, or `ET_DYN` with an entry point (a static PIE), and no
    /// `PT_INTERP`.
    pub fn is_static_executable(&self) -> bool {
        let executable = self.file_type == ET_EXEC || (self.file_type == ET_DYN && self.entry != 0);
        executable && self.interpreter.is_none()
    }

    /// The architecture in Docker's (Go's) naming, as `docker version`
    /// reports it, when known.
    pub fn docker_arch(&self) -> Option<&'static str> {
        Some(match self.machine {
            3 => "386",
            8 => "mips",
            20 => "ppc",
            21 => "ppc64le",
            22 => "s390x",
            40 => "arm",
            62 => "amd64",
            183 => "arm64",
            243 => "riscv64",
            _ => return None,
        })
    }
}

/// Reads the ELF header and program headers of the file at `path`.
pub fn read_elf(path: &Path) -> Result<ElfInfo, ElfError> {
    let mut file = File::open(path)?;
    let mut ident = [0u8; 64];
    let got = read_up_to(&mut file, &mut ident)?;
    if got < 16 || &ident[..4] != b"\x7fELF" {
        return Err(ElfError::NotElf);
    }
    let wide = match ident[4] {
        1 => false,
        2 => true,
        _ => return Err(ElfError::Damaged("unknown class")),
    };
    let big = match ident[5] {
        1 => false,
        2 => true,
        _ => return Err(ElfError::Damaged("unknown byte order")),
    };
    let header_len = if wide { 64 } else { 52 };
    if got < header_len {
        return Err(ElfError::Damaged("file shorter than its header"));
    }
    let fields = Fields { big };
    let header = &ident[..header_len];
    let file_type = fields.u16(header, 16);
    let machine = fields.u16(header, 18);
    let (entry, phoff, phentsize, phnum) = if wide {
        (
            fields.u64(header, 24),
            fields.u64(header, 32),
            fields.u16(header, 54),
            fields.u16(header, 56),
        )
    } else {
        (
            u64::from(fields.u32(header, 24)),
            u64::from(fields.u32(header, 28)),
            fields.u16(header, 42),
            fields.u16(header, 44),
        )
    };
    let min_entsize = if wide { 56 } else { 32 };
    let mut interpreter = None;
    if phnum > 0 {
        if usize::from(phentsize) < min_entsize {
            return Err(ElfError::Damaged("program header entries too small"));
        }
        let mut table = vec![0u8; usize::from(phentsize) * usize::from(phnum)];
        file.seek(SeekFrom::Start(phoff))?;
        if read_up_to(&mut file, &mut table)? < table.len() {
            return Err(ElfError::Damaged("program header table cut short"));
        }
        for entry in table.chunks_exact(usize::from(phentsize)) {
            if fields.u32(entry, 0) != PT_INTERP {
                continue;
            }
            let (offset, size) = if wide {
                (fields.u64(entry, 8), fields.u64(entry, 32))
            } else {
                (
                    u64::from(fields.u32(entry, 4)),
                    u64::from(fields.u32(entry, 16)),
                )
            };
            let size = usize::try_from(size.min(4096)).unwrap_or(4096);
            let mut name = vec![0u8; size];
            file.seek(SeekFrom::Start(offset))?;
            let got = read_up_to(&mut file, &mut name)?;
            name.truncate(got);
            let end = name.iter().position(|&b| b == 0).unwrap_or(name.len());
            interpreter = Some(String::from_utf8_lossy(&name[..end]).into_owned());
            break;
        }
    }
    Ok(ElfInfo {
        file_type,
        machine,
        entry,
        interpreter,
    })
}

/// Reads until `buf` is full or the file ends; returns how much was read.
fn read_up_to(file: &mut File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match file.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
    Ok(filled)
}

/// Reads fixed-size integers in the file's byte order. Callers pass slices
/// already checked to be long enough.
struct Fields {
    big: bool,
}

impl Fields {
    fn bytes<const N: usize>(&self, data: &[u8], at: usize) -> [u8; N] {
        let mut out = [0u8; N];
        if let Some(slice) = data.get(at..at + N) {
            out.copy_from_slice(slice);
        }
        out
    }

    fn u16(&self, data: &[u8], at: usize) -> u16 {
        let b = self.bytes::<2>(data, at);
        if self.big {
            u16::from_be_bytes(b)
        } else {
            u16::from_le_bytes(b)
        }
    }

    fn u32(&self, data: &[u8], at: usize) -> u32 {
        let b = self.bytes::<4>(data, at);
        if self.big {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        }
    }

    fn u64(&self, data: &[u8], at: usize) -> u64 {
        let b = self.bytes::<8>(data, at);
        if self.big {
            u64::from_be_bytes(b)
        } else {
            u64::from_le_bytes(b)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn a_text_file_is_not_elf() {
        let mut file = tempfile::NamedTempFile::new().expect("temp file");
        file.write_all(b"#!/bin/sh\necho hi\n").expect("write");
        assert!(matches!(read_elf(file.path()), Err(ElfError::NotElf)));
    }

    #[test]
    fn a_truncated_header_is_damaged() {
        let mut file = tempfile::NamedTempFile::new().expect("temp file");
        file.write_all(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0")
            .expect("write");
        assert!(matches!(read_elf(file.path()), Err(ElfError::Damaged(_))));
    }

    #[test]
    fn the_shell_running_these_tests_is_dynamically_linked() {
        // Debian's /bin/sh (dash) is a dynamically linked PIE.
        let info = read_elf(Path::new("/bin/sh")).expect("an ELF /bin/sh");
        assert!(!info.is_static_executable(), "{info:?}");
        assert!(
            info.interpreter
                .as_deref()
                .is_some_and(|i| i.contains("ld-")),
            "{info:?}"
        );
    }
}
