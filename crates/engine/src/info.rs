//! Plain data returned by the [`Engine`](super::Engine): what devpath needs to
//! know about the engine, images, containers and networks, without bollard's
//! hundred optional fields.

use std::collections::BTreeMap;

/// The Docker engine's version, as `docker version` shows it for the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EngineVersion {
    /// The engine's release, e.g. `20.10.24+dfsg1`.
    pub version: String,
    /// The highest API version it speaks, e.g. `1.41`.
    pub api_version: String,
    /// Its operating system, e.g. `linux`.
    pub os: String,
    /// Its architecture in Go's naming, e.g. `amd64`, `arm64`.
    pub arch: String,
}

/// An image as `docker image inspect` and `docker history` describe it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageInfo {
    /// The image id, `sha256:…`.
    pub id: String,
    /// Every `repository:tag` pointing at it.
    pub repo_tags: Vec<String>,
    /// Every `repository@sha256:…` it is known under (set after a push or pull).
    pub repo_digests: Vec<String>,
    /// The image's labels.
    pub labels: BTreeMap<String, String>,
    /// The image's environment, `KEY=value` lines.
    pub env: Vec<String>,
    /// The default command.
    pub cmd: Vec<String>,
    /// The `created_by` line of each history entry, newest first (as `docker
    /// history` shows them): the Dockerfile instructions that made the image,
    /// where a leaked `ARG`/`ENV` secret shows up.
    pub history: Vec<String>,
}

/// A published port: `container_port/protocol` reachable at `host_ip:host_port`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PublishedPort {
    /// The port inside the container.
    pub container_port: u16,
    /// `tcp`, `udp` or `sctp`.
    pub protocol: String,
    /// The host address it is bound to (`127.0.0.1`, `0.0.0.0`, `::`).
    pub host_ip: String,
    /// The port on the host.
    pub host_port: u16,
}

/// A container as `docker inspect` describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContainerInfo {
    /// The full container id.
    pub id: String,
    /// The name, without Docker's leading `/`.
    pub name: String,
    /// The image reference the container was created from, as given (e.g.
    /// `127.0.0.1:5000/app:1a2b3c`).
    pub image: String,
    /// The id of that image, `sha256:…`.
    pub image_id: String,
    /// Whether it is running now.
    pub running: bool,
    /// Its state: `created`, `running`, `exited`, …
    pub status: String,
    /// The exit code of its last run, if it has stopped.
    pub exit_code: Option<i64>,
    /// The container's labels.
    pub labels: BTreeMap<String, String>,
    /// Its published ports, sorted.
    pub ports: Vec<PublishedPort>,
}

impl ContainerInfo {
    /// The host port that publishes `container_port` over TCP, preferring an
    /// IPv4 binding.
    pub fn host_port(&self, container_port: u16) -> Option<u16> {
        let tcp: Vec<&PublishedPort> = self
            .ports
            .iter()
            .filter(|p| p.container_port == container_port && p.protocol == "tcp")
            .collect();
        tcp.iter()
            .find(|p| !p.host_ip.contains(':'))
            .or_else(|| tcp.first())
            .map(|p| p.host_port)
    }
}

/// One line of `docker ps -a`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContainerSummary {
    /// The full container id.
    pub id: String,
    /// The name, without Docker's leading `/`.
    pub name: String,
    /// The image reference it was created from.
    pub image: String,
    /// The id of that image, `sha256:…`.
    pub image_id: String,
    /// `created`, `running`, `exited`, …
    pub state: String,
    /// The container's labels.
    pub labels: BTreeMap<String, String>,
}

/// One line of `docker images` (one per image, with all its tags).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageSummary {
    /// The image id, `sha256:…`.
    pub id: String,
    /// Every `repository:tag` pointing at it (empty when dangling).
    pub repo_tags: Vec<String>,
    /// Every `repository@sha256:…` it is known under (after a push or pull).
    pub repo_digests: Vec<String>,
    /// The image's labels.
    pub labels: BTreeMap<String, String>,
}

/// One line of `docker network ls`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkSummary {
    /// The network id.
    pub id: String,
    /// The network name.
    pub name: String,
    /// The network's labels.
    pub labels: BTreeMap<String, String>,
}

/// A volume, as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VolumeSummary {
    /// The volume name.
    pub name: String,
    /// The volume's labels.
    pub labels: BTreeMap<String, String>,
}

/// Splits `repo[:tag]` into repository and tag (`latest` when absent). A
/// colon before the last `/` is a registry port, not a tag.
pub(crate) fn split_reference(reference: &str) -> (&str, &str) {
    let last_slash = reference.rfind('/').map_or(0, |i| i + 1);
    match reference[last_slash..].rfind(':') {
        Some(colon) => {
            let at = last_slash + colon;
            (&reference[..at], &reference[at + 1..])
        }
        None => (reference, "latest"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_reference_keeps_registry_port_in_repository() {
        assert_eq!(split_reference("devpath/base:1"), ("devpath/base", "1"));
        assert_eq!(split_reference("busybox"), ("busybox", "latest"));
        assert_eq!(
            split_reference("127.0.0.1:5000/app"),
            ("127.0.0.1:5000/app", "latest")
        );
        assert_eq!(
            split_reference("127.0.0.1:5000/team/app:v2"),
            ("127.0.0.1:5000/team/app", "v2")
        );
    }

    #[test]
    fn host_port_prefers_ipv4_tcp_binding() {
        let port = |ip: &str, host_port, protocol: &str| PublishedPort {
            container_port: 8080,
            protocol: protocol.into(),
            host_ip: ip.into(),
            host_port,
        };
        let info = ContainerInfo {
            id: "x".into(),
            name: "x".into(),
            image: "x".into(),
            image_id: "x".into(),
            running: true,
            status: "running".into(),
            exit_code: None,
            labels: BTreeMap::new(),
            ports: vec![
                port("::", 1, "tcp"),
                port("0.0.0.0", 2, "udp"),
                port("127.0.0.1", 3, "tcp"),
            ],
        };
        assert_eq!(info.host_port(8080), Some(3));
        assert_eq!(info.host_port(80), None);
    }
}
