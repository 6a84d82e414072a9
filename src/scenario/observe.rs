//! Looking at what really happened in a Docker run: the registry's tags and
//! digests, the container serving each environment and its HTTP answers,
//! and every place a secret may have leaked. It has to happen while the
//! run's containers and registry are alive, so it belongs to the scenario;
//! what it finds is plain data ([`crate::validate::record`]) that
//! `validate` judges afterwards.

use std::collections::BTreeMap;
use std::io::{Read as _, Write as _};
use std::net::TcpStream;
use std::time::Duration;

use super::docker::{APP_CONTAINER_PORT, DockerRun, EnvironmentSlot, REGISTRY_USER};
use super::{LearnerFiles, ScenarioError};
use crate::validate::record::{
    ContainerObservation, EnvironmentObservation, Leak, Probe, RegistryTag,
};
use registry::RegistryClient;

/// How long one HTTP probe of an app may take.
const PROBE_TIMEOUT: Duration = Duration::from_secs(3);

/// Observes every environment of the run.
pub(crate) fn environments(
    docker: &DockerRun,
) -> Result<Vec<EnvironmentObservation>, ScenarioError> {
    docker
        .environments
        .iter()
        .map(|slot| environment(docker, slot))
        .collect()
}

fn environment(
    docker: &DockerRun,
    slot: &EnvironmentSlot,
) -> Result<EnvironmentObservation, ScenarioError> {
    let Some(info) = docker.engine.inspect_container(&slot.container)? else {
        return Ok(EnvironmentObservation {
            name: slot.name.clone(),
            container: None,
        });
    };
    let prefix = format!("{}/", docker.registry_host());
    let digest = docker
        .engine
        .inspect_image(&info.image_id)?
        .and_then(|image| {
            image
                .repo_digests
                .iter()
                .find(|d| d.starts_with(&prefix))
                .and_then(|d| d.split_once('@').map(|(_, digest)| digest.to_string()))
        });
    let port = info.host_port(APP_CONTAINER_PORT);
    let (version, health) = match (info.running, port) {
        (true, Some(port)) => (probe(port, "/version"), probe(port, "/health")),
        _ => (Probe::none(), Probe::none()),
    };
    let container = ContainerObservation {
        running: info.running,
        image: info.image,
        digest,
        version,
        health,
    };
    Ok(EnvironmentObservation {
        name: slot.name.clone(),
        container: Some(container),
    })
}

/// `GET path` on 127.0.0.1:port, HTTP/1.0, with a short time limit.
pub(crate) fn probe(port: u16, path: &str) -> Probe {
    let none = Probe::none();
    let Ok(mut stream) = TcpStream::connect_timeout(&([127, 0, 0, 1], port).into(), PROBE_TIMEOUT)
    else {
        return none;
    };
    let _ = stream.set_read_timeout(Some(PROBE_TIMEOUT));
    let _ = stream.set_write_timeout(Some(PROBE_TIMEOUT));
    if stream
        .write_all(format!("GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").as_bytes())
        .is_err()
    {
        return none;
    }
    let mut answer = Vec::new();
    let _ = stream.take(64 * 1024).read_to_end(&mut answer);
    let text = String::from_utf8_lossy(&answer);
    let Some(status) = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok())
    else {
        return none;
    };
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or("");
    let first = body
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    Probe {
        status: Some(status),
        body: first.chars().take(80).collect(),
    }
}

/// Every tag of every repository in the run's registry.
pub(crate) fn registry(docker: &DockerRun) -> Result<Vec<RegistryTag>, ScenarioError> {
    let auth = docker.token.as_deref().map(|token| (REGISTRY_USER, token));
    let client = RegistryClient::new(&format!("http://{}", docker.registry_host()), auth)?;
    let mut tags = Vec::new();
    for repository in client.catalog()? {
        for tag in client.tags(&repository)? {
            if let Some(digest) = client.manifest_digest(&repository, &tag)? {
                tags.push(RegistryTag {
                    repository: repository.clone(),
                    tag,
                    digest,
                });
            }
        }
    }
    Ok(tags)
}

/// Secrets found in the learner's files, the docker command lines, and the
/// images the run built (layers, history, configuration).
pub(crate) fn leaks(
    docker: Option<&DockerRun>,
    learner: &LearnerFiles,
    secrets: &BTreeMap<String, String>,
    printed: &[String],
    command_lines: &[(String, String)],
) -> Result<Vec<Leak>, ScenarioError> {
    let secrets: Vec<(&String, &String)> = secrets.iter().filter(|(_, v)| v.len() >= 4).collect();
    let mut leaks = Vec::new();
    let mut found = |secret: &str, place: String| {
        let leak = Leak {
            secret: secret.to_string(),
            place,
        };
        if !leaks.contains(&leak) {
            leaks.push(leak);
        }
    };
    for (path, file) in learner {
        for (name, value) in &secrets {
            if contains(&file.bytes, value.as_bytes()) {
                found(name, format!("file {path}"));
            }
        }
    }
    for name in printed {
        found(
            name,
            "the log (masked as *** there, but printed)".to_string(),
        );
    }
    for (name, program) in command_lines {
        found(name, format!("command line of `{program}`"));
    }
    let Some(docker) = docker else {
        return Ok(leaks);
    };
    for args in docker.docker_commands() {
        for (name, value) in &secrets {
            if args.iter().any(|a| a.contains(value.as_str())) {
                let verb = args
                    .iter()
                    .find(|a| !a.starts_with('-'))
                    .cloned()
                    .unwrap_or_default();
                found(name, format!("command line of `docker {verb}`"));
            }
        }
    }
    // Every image the run built, whatever its tag (`leaky:sha` too).
    for image in docker.built_images()? {
        if let Some(info) = docker.engine.inspect_image(&image)? {
            for (name, value) in &secrets {
                if info.history.iter().any(|h| h.contains(value.as_str())) {
                    found(name, "image history".to_string());
                }
                let labels = info
                    .labels
                    .iter()
                    .any(|(k, v)| k.contains(value.as_str()) || v.contains(value.as_str()));
                if info.env.iter().any(|e| e.contains(value.as_str())) || labels {
                    found(name, "image configuration".to_string());
                }
            }
        }
        // An image new since the run started may be another program's,
        // removed while it is scanned: gone is not an error.
        let mut archive = match docker.engine.save_image(&image) {
            Ok(archive) => archive,
            Err(_) if !docker.engine.image_exists(&image)? => continue,
            Err(error) => return Err(error.into()),
        };
        let mut hits = vec![false; secrets.len()];
        let scanned = scan_stream(
            &mut archive,
            &secrets
                .iter()
                .map(|(_, v)| v.as_bytes())
                .collect::<Vec<_>>(),
            &mut hits,
        );
        match scanned {
            Ok(()) => {}
            Err(_) if !docker.engine.image_exists(&image)? => continue,
            Err(source) => return Err(ScenarioError::Scan { source }),
        }
        for (hit, (name, _)) in hits.iter().zip(&secrets) {
            if *hit {
                found(name, "image layers".to_string());
            }
        }
    }
    Ok(leaks)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Scans a stream for each needle, keeping an overlap between chunks so a
/// value split across two reads is still found.
fn scan_stream(
    reader: &mut dyn std::io::Read,
    needles: &[&[u8]],
    hits: &mut [bool],
) -> std::io::Result<()> {
    let overlap = needles
        .iter()
        .map(|n| n.len())
        .max()
        .unwrap_or(0)
        .saturating_sub(1);
    let mut buffer = vec![0u8; 256 * 1024];
    let mut carry: Vec<u8> = Vec::new();
    loop {
        let n = reader.read(&mut buffer)?;
        if n == 0 {
            return Ok(());
        }
        carry.extend_from_slice(&buffer[..n]);
        for (needle, hit) in needles.iter().zip(hits.iter_mut()) {
            if !*hit && contains(&carry, needle) {
                *hit = true;
            }
        }
        let keep = overlap.min(carry.len());
        carry.drain(..carry.len() - keep);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_finds_a_value_split_across_reads() {
        struct Chunks(Vec<Vec<u8>>);
        impl std::io::Read for Chunks {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                if self.0.is_empty() {
                    return Ok(0);
                }
                let chunk = self.0.remove(0);
                buf[..chunk.len()].copy_from_slice(&chunk);
                Ok(chunk.len())
            }
        }
        let mut reader = Chunks(vec![b"xxxsec".to_vec(), b"retyyy".to_vec()]);
        let mut hits = [false, false];
        scan_stream(&mut reader, &[b"secret", b"absent"], &mut hits).unwrap();
        assert_eq!(hits, [true, false]);
    }

    #[test]
    fn probe_of_a_closed_port_is_no_answer() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        drop(listener);
        assert_eq!(probe(port, "/health").status, None);
    }
}
