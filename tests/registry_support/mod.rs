//! Helpers for tests/registry.rs: unique names, test images built from the
//! host's static busybox, raw HTTP, the reference registry and the
//! `devpath registry serve` child process. Everything they create is removed
//! on drop.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// A name unique across parallel tests and test runs.
pub(crate) fn unique(prefix: &str) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .subsec_nanos();
    format!(
        "{prefix}-{}-{}-{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    )
}

/// Runs a command, panicking with its output when it fails.
pub(crate) fn run(program: &str, args: &[&str]) -> String {
    let output = run_output(program, args, &[]);
    assert!(
        output.status.success(),
        "{program} {} failed:\n{}\n{}",
        args.join(" "),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Runs a command with extra environment variables and returns its output.
pub(crate) fn run_output(program: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .env("DOCKER_BUILDKIT", "0")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"))
}

/// `docker login ADDR -u USER --password-stdin` with its own
/// `DOCKER_CONFIG` folder (the user's own logins are left alone).
pub(crate) fn docker_login(addr: SocketAddr, user: &str, password: &str, config: &Path) -> Output {
    let mut child = Command::new("docker")
        .args(["login", &addr.to_string(), "-u", user, "--password-stdin"])
        .env("DOCKER_CONFIG", config)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("docker login");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(password.as_bytes())
        .expect("write");
    child.wait_with_output().expect("login output")
}

/// Basic credentials for [`raw`]'s headers.
pub(crate) fn basic_auth(user: &str, password: &str) -> String {
    use base64::Engine as _;
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
    )
}

/// The image id of a local image.
pub(crate) fn image_id(reference: &str) -> String {
    run("docker", &["image", "inspect", "-f", "{{.Id}}", reference])
        .trim()
        .to_string()
}

/// Local image references a test created; all removed on drop.
pub(crate) struct Images {
    refs: Vec<String>,
}

impl Images {
    pub(crate) fn new() -> Images {
        Images { refs: Vec::new() }
    }

    /// Makes a tiny image with `docker import`: the static busybox plus a
    /// file of `extra_bytes` random bytes, so each image is unique (one
    /// layer, no parent images shared with other tests). Returns its
    /// reference.
    pub(crate) fn build(&mut self, extra_bytes: usize) -> String {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("bin")).expect("bin");
        std::fs::copy("/bin/busybox", dir.path().join("bin/busybox")).expect("copy busybox");
        let mut random = vec![0u8; extra_bytes.max(16)];
        std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut random))
            .expect("random bytes");
        std::fs::write(dir.path().join("payload"), &random).expect("payload");
        let reference = format!("{}:1", unique("devpath-regtest"));
        self.refs.push(reference.clone());
        let script = format!(
            "tar -C '{}' -c bin payload | docker import --change 'CMD [\"/bin/busybox\", \"true\"]' - '{reference}'",
            dir.path().display()
        );
        run("bash", &["-o", "pipefail", "-c", &script]);
        reference
    }

    /// Tags `source` as `target` (removed on drop).
    pub(crate) fn tag(&mut self, source: &str, target: &str) {
        run("docker", &["tag", source, target]);
        self.track(target);
    }

    /// Records a reference to remove on drop (e.g. one a pull created).
    pub(crate) fn track(&mut self, reference: &str) {
        if !self.refs.iter().any(|r| r == reference) {
            self.refs.push(reference.to_string());
        }
    }

    /// Removes a tag now (to pull it back).
    pub(crate) fn untag(&self, reference: &str) {
        run("docker", &["rmi", reference]);
    }
}

impl Drop for Images {
    fn drop(&mut self) {
        for reference in self.refs.iter().rev() {
            let _ = Command::new("docker")
                .args(["rmi", "-f", reference])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
    }
}

/// An HTTP answer read by [`raw`].
#[derive(Debug)]
pub(crate) struct Raw {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Raw {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn headers_named(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The first error code of the spec's error envelope.
    pub(crate) fn code(&self) -> String {
        let value: serde_json::Value = serde_json::from_slice(&self.body)
            .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&self.body)));
        value["errors"][0]["code"]
            .as_str()
            .unwrap_or_else(|| panic!("no error code in {value}"))
            .to_string()
    }

    pub(crate) fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&self.body)))
    }
}

/// Sends one HTTP/1.1 request exactly as given (a `Content-Length` is added
/// unless `headers` has one or a `Transfer-Encoding`) and reads the answer.
pub(crate) fn raw(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Raw {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    let has_length = headers.iter().any(|(k, _)| {
        k.eq_ignore_ascii_case("content-length") || k.eq_ignore_ascii_case("transfer-encoding")
    });
    if !has_length {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).expect("write head");
    // The server may answer (413 …) before reading everything.
    let _ = stream.write_all(body);
    read_raw(stream, method == "HEAD")
}

/// Reads an answer from a connection the server closes after answering.
pub(crate) fn read_raw(stream: TcpStream, head: bool) -> Raw {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).expect("status line");
    let status = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("bad status line {line:?}"));
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).expect("header");
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let (name, value) = line.split_once(':').expect("header colon");
        headers.push((name.trim().to_string(), value.trim().to_string()));
    }
    let mut answer = Raw {
        status,
        headers,
        body: Vec::new(),
    };
    if head || status == 204 {
        return answer;
    }
    if let Some(len) = answer.header("content-length") {
        let mut body = vec![0u8; len.parse().expect("length")];
        reader.read_exact(&mut body).expect("body");
        answer.body = body;
    } else {
        reader.read_to_end(&mut answer.body).expect("body");
    }
    answer
}

/// The sha256 digest of bytes, as `sha256:<hex>`.
pub(crate) fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    format!("sha256:{}", hex::encode(sha2::Sha256::digest(bytes)))
}

/// Waits until `addr` answers `GET /v2/` with a status (any).
pub(crate) fn wait_until_up(addr: SocketAddr) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if let Ok(mut stream) = TcpStream::connect(addr) {
            let request = format!("GET /v2/ HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
            let mut answer = String::new();
            if stream.write_all(request.as_bytes()).is_ok()
                && stream.read_to_string(&mut answer).is_ok()
                && answer.starts_with("HTTP/1.1")
            {
                return;
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("registry at {addr} did not come up");
}

/// A free loopback port (bound then released).
pub(crate) fn free_addr() -> SocketAddr {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
}

/// Debian's `docker-registry` (the reference implementation), on a free
/// port with storage in a temporary folder; killed by PID on drop.
pub(crate) struct ReferenceRegistry {
    child: Child,
    pub addr: SocketAddr,
    _dir: tempfile::TempDir,
}

impl ReferenceRegistry {
    pub(crate) fn start() -> ReferenceRegistry {
        let dir = tempfile::tempdir().expect("tempdir");
        let addr = free_addr();
        let config = format!(
            "version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: {}\n  delete:\n    enabled: true\nhttp:\n  addr: {addr}\n",
            dir.path().join("data").display()
        );
        let config_path = dir.path().join("config.yml");
        std::fs::write(&config_path, config).expect("config");
        let child = Command::new("/usr/bin/docker-registry")
            .arg("serve")
            .arg(&config_path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start docker-registry");
        let registry = ReferenceRegistry {
            child,
            addr,
            _dir: dir,
        };
        wait_until_up(addr);
        registry
    }
}

impl Drop for ReferenceRegistry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `devpath registry serve` as a child process; killed by PID on drop.
pub(crate) struct ServeProcess {
    child: Option<Child>,
    pub addr: SocketAddr,
    pub stdout: std::sync::Arc<std::sync::Mutex<String>>,
}

impl ServeProcess {
    pub(crate) fn start(root: &Path, extra: &[&str]) -> ServeProcess {
        let mut child = Command::new(env!("CARGO_BIN_EXE_devpath"))
            .args(["registry", "serve", "--addr", "127.0.0.1:0", "--root"])
            .arg(root)
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start devpath registry serve");
        let stdout = child.stdout.take().expect("stdout");
        let mut reader = BufReader::new(stdout);
        let mut first = String::new();
        reader.read_line(&mut first).expect("first line");
        let addr = first
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|a| a.parse().ok())
            .unwrap_or_else(|| panic!("no address in {first:?}"));
        let collected = std::sync::Arc::new(std::sync::Mutex::new(first));
        let sink = collected.clone();
        std::thread::spawn(move || {
            for line in reader.lines().map_while(Result::ok) {
                sink.lock().expect("lock").push_str(&format!("{line}\n"));
            }
        });
        ServeProcess {
            child: Some(child),
            addr,
            stdout: collected,
        }
    }

    pub(crate) fn pid(&self) -> u32 {
        self.child.as_ref().map(|c| c.id()).expect("running")
    }

    /// SIGKILL, as a crash.
    pub(crate) fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    pub(crate) fn output(&self) -> String {
        self.stdout.lock().expect("lock").clone()
    }
}

impl Drop for ServeProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Files under `dir`, recursively (relative paths).
pub(crate) fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&current) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push(path.strip_prefix(dir).expect("prefix").to_path_buf());
            }
        }
    }
    found.sort();
    found
}
