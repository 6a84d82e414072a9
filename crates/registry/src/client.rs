//! A small blocking HTTP/1.1 client that reads a registry's content: the
//! catalog, tags, manifests and blobs. It speaks plain HTTP only (registries
//! devpath uses live on loopback) and works with devpath's own registry and
//! with the reference one (Debian's `docker-registry`).

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::time::Duration;

use base64::Engine as _;

use super::RegistryError;
use super::manifest::MANIFEST_TYPES;
use super::names::Digest;

const TIMEOUT: Duration = Duration::from_secs(60);

/// Reads a registry over HTTP.
#[derive(Clone)]
pub struct RegistryClient {
    host: String,
    base_url: String,
    authorization: Option<String>,
}

impl std::fmt::Debug for RegistryClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RegistryClient")
            .field("base_url", &self.base_url)
            .field("auth", &self.authorization.as_ref().map(|_| "***"))
            .finish()
    }
}

/// An HTTP answer.
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

impl RegistryClient {
    /// A client for the registry at `base_url` (`http://127.0.0.1:5000` or
    /// just `127.0.0.1:5000`), with optional `(user, token)` Basic
    /// credentials.
    pub fn new(
        base_url: &str,
        auth: Option<(&str, &str)>,
    ) -> Result<RegistryClient, RegistryError> {
        let url_error = |reason: &str| RegistryError::Url {
            url: base_url.to_string(),
            reason: reason.to_string(),
        };
        if base_url.starts_with("https://") {
            return Err(url_error("only plain http:// registries are supported"));
        }
        let rest = base_url.strip_prefix("http://").unwrap_or(base_url);
        let host = rest.trim_end_matches('/');
        if host.is_empty() || host.contains('/') {
            return Err(url_error("expected http://HOST:PORT"));
        }
        let host = if host.contains(':') && !host.ends_with(']') {
            host.to_string()
        } else {
            format!("{host}:80")
        };
        let authorization = auth.map(|(user, token)| {
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{token}"))
            )
        });
        Ok(RegistryClient {
            base_url: format!("http://{host}"),
            host,
            authorization,
        })
    }

    fn request(
        &self,
        method: &str,
        path: &str,
        accept: Option<&str>,
    ) -> Result<Answer, RegistryError> {
        let url = format!("{}{path}", self.base_url);
        let connect = |source| RegistryError::Connect {
            url: url.clone(),
            source,
        };
        let mut stream = TcpStream::connect(&self.host).map_err(connect)?;
        stream.set_read_timeout(Some(TIMEOUT)).map_err(connect)?;
        stream.set_write_timeout(Some(TIMEOUT)).map_err(connect)?;
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nUser-Agent: devpath\r\nConnection: close\r\n",
            self.host
        );
        if let Some(accept) = accept {
            head.push_str(&format!("Accept: {accept}\r\n"));
        }
        if let Some(authorization) = &self.authorization {
            head.push_str(&format!("Authorization: {authorization}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).map_err(connect)?;
        let mut reader = BufReader::new(stream);
        read_answer(&mut reader, method == "HEAD").map_err(|reason| match reason {
            ReadError::Io(source) => RegistryError::Connect {
                url: url.clone(),
                source,
            },
            ReadError::Malformed(reason) => RegistryError::Protocol {
                url: url.clone(),
                reason,
            },
        })
    }

    fn expect_ok(&self, path: &str, answer: Answer) -> Result<Answer, RegistryError> {
        if (200..300).contains(&answer.status) {
            return Ok(answer);
        }
        let body = String::from_utf8_lossy(&answer.body);
        Err(RegistryError::Status {
            url: format!("{}{path}", self.base_url),
            status: answer.status,
            body: body.chars().take(300).collect(),
        })
    }

    fn json(&self, path: &str, answer: Answer) -> Result<serde_json::Value, RegistryError> {
        serde_json::from_slice(&answer.body).map_err(|e| RegistryError::Protocol {
            url: format!("{}{path}", self.base_url),
            reason: format!("not JSON: {e}"),
        })
    }

    /// Follows `Link: <…>; rel="next"` pages of a list endpoint.
    fn paged(
        &self,
        first: &str,
        field: &str,
        missing_is_empty: bool,
    ) -> Result<Vec<String>, RegistryError> {
        let mut items = Vec::new();
        let mut next = Some(first.to_string());
        while let Some(path) = next.take() {
            let answer = self.request("GET", &path, None)?;
            if missing_is_empty && answer.status == 404 {
                return Ok(items);
            }
            let answer = self.expect_ok(&path, answer)?;
            next = answer.header("link").and_then(next_link);
            let value = self.json(&path, answer)?;
            if let Some(list) = value[field].as_array() {
                items.extend(list.iter().filter_map(|v| v.as_str().map(str::to_string)));
            }
        }
        Ok(items)
    }

    /// All repositories.
    pub fn catalog(&self) -> Result<Vec<String>, RegistryError> {
        self.paged("/v2/_catalog?n=1000", "repositories", false)
    }

    /// The tags of `repo` (empty when the repository does not exist).
    pub fn tags(&self, repo: &str) -> Result<Vec<String>, RegistryError> {
        self.paged(&format!("/v2/{repo}/tags/list"), "tags", true)
    }

    /// The digest of manifest `reference` (a tag or digest) in `repo`, from
    /// a HEAD request accepting all four manifest types; `None` if absent.
    pub fn manifest_digest(
        &self,
        repo: &str,
        reference: &str,
    ) -> Result<Option<String>, RegistryError> {
        let path = format!("/v2/{repo}/manifests/{reference}");
        let answer = self.request("HEAD", &path, Some(&MANIFEST_TYPES.join(", ")))?;
        if answer.status == 404 {
            return Ok(None);
        }
        let answer = self.expect_ok(&path, answer)?;
        match answer.header("docker-content-digest") {
            Some(digest) => Ok(Some(digest.to_string())),
            // Registries may leave the header out: the digest is the hash of
            // the exact bytes.
            None => Ok(self
                .manifest(repo, reference)?
                .map(|(_, bytes)| Digest::sha256_of(&bytes).to_string())),
        }
    }

    /// The media type and exact bytes of manifest `reference` in `repo`;
    /// `None` if absent.
    pub fn manifest(
        &self,
        repo: &str,
        reference: &str,
    ) -> Result<Option<(String, Vec<u8>)>, RegistryError> {
        let path = format!("/v2/{repo}/manifests/{reference}");
        let answer = self.request("GET", &path, Some(&MANIFEST_TYPES.join(", ")))?;
        if answer.status == 404 {
            return Ok(None);
        }
        let answer = self.expect_ok(&path, answer)?;
        let media_type = answer
            .header("content-type")
            .map(|t| t.split(';').next().unwrap_or_default().trim().to_string())
            .unwrap_or_default();
        Ok(Some((media_type, answer.body)))
    }

    /// The bytes of blob `digest` in `repo`, checked against the digest.
    pub fn blob(&self, repo: &str, digest: &str) -> Result<Vec<u8>, RegistryError> {
        let path = format!("/v2/{repo}/blobs/{digest}");
        let answer = self.request("GET", &path, None)?;
        let answer = self.expect_ok(&path, answer)?;
        if let Some(expected) = Digest::parse(digest)
            && expected.algorithm() == super::names::Algorithm::Sha256
        {
            let actual = Digest::sha256_of(&answer.body);
            if actual != expected {
                return Err(RegistryError::Protocol {
                    url: format!("{}{path}", self.base_url),
                    reason: format!("the blob's bytes have digest {actual}"),
                });
            }
        }
        Ok(answer.body)
    }
}

fn next_link(link: &str) -> Option<String> {
    let (target, params) = link.split_once(';')?;
    if !params.contains("rel=\"next\"") && !params.contains("rel=next") {
        return None;
    }
    let target = target.trim().strip_prefix('<')?.strip_suffix('>')?;
    // Absolute links are reduced to their path: the host is the client's.
    let target = match target
        .strip_prefix("http://")
        .or_else(|| target.strip_prefix("https://"))
    {
        Some(rest) => &rest[rest.find('/')?..],
        None => target,
    };
    Some(target.to_string())
}

enum ReadError {
    Io(std::io::Error),
    Malformed(String),
}

impl From<std::io::Error> for ReadError {
    fn from(error: std::io::Error) -> ReadError {
        ReadError::Io(error)
    }
}

fn read_line(reader: &mut impl BufRead) -> Result<String, ReadError> {
    let mut line = String::new();
    reader.read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

fn read_answer(reader: &mut impl BufRead, head: bool) -> Result<Answer, ReadError> {
    let status_line = read_line(reader)?;
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or_else(|| ReadError::Malformed(format!("bad status line {status_line:?}")))?;
    let mut headers = Vec::new();
    loop {
        let line = read_line(reader)?;
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_string(), value.trim().to_string()));
        }
    }
    let mut answer = Answer {
        status,
        headers,
        body: Vec::new(),
    };
    if head || status == 204 || status == 304 || (100..200).contains(&status) {
        return Ok(answer);
    }
    let chunked = answer
        .header("transfer-encoding")
        .is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
    if chunked {
        loop {
            let size_line = read_line(reader)?;
            let size_text = size_line.split(';').next().unwrap_or_default().trim();
            let size = usize::from_str_radix(size_text, 16)
                .map_err(|_| ReadError::Malformed(format!("bad chunk size {size_line:?}")))?;
            if size == 0 {
                // Trailers, up to the blank line.
                while !read_line(reader)?.is_empty() {}
                break;
            }
            let start = answer.body.len();
            answer.body.resize(start + size, 0);
            reader.read_exact(&mut answer.body[start..])?;
            read_line(reader)?;
        }
    } else if let Some(len) = answer.header("content-length") {
        let len = len
            .parse::<usize>()
            .map_err(|_| ReadError::Malformed(format!("bad Content-Length {len:?}")))?;
        answer.body.resize(len, 0);
        reader.read_exact(&mut answer.body)?;
    } else {
        reader.read_to_end(&mut answer.body)?;
    }
    Ok(answer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_links_become_paths() {
        assert_eq!(
            next_link("</v2/_catalog?last=b&n=2>; rel=\"next\"").as_deref(),
            Some("/v2/_catalog?last=b&n=2")
        );
        assert_eq!(
            next_link("<http://127.0.0.1:5000/v2/x/tags/list?n=1&last=a>; rel=\"next\"").as_deref(),
            Some("/v2/x/tags/list?n=1&last=a")
        );
        assert_eq!(next_link("</v2/x>; rel=\"prev\""), None);
    }

    #[test]
    fn urls_need_a_host_and_plain_http() {
        assert!(RegistryClient::new("http://127.0.0.1:5000", None).is_ok());
        assert!(RegistryClient::new("127.0.0.1:5000/", None).is_ok());
        assert!(RegistryClient::new("https://x:1", None).is_err());
        assert!(RegistryClient::new("http://x:1/path", None).is_err());
    }

    #[test]
    fn chunked_answers_are_decoded() {
        let raw = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n";
        let answer = read_answer(&mut &raw[..], false).ok().expect("parsed");
        assert_eq!(answer.body, b"abcde");
    }
}
