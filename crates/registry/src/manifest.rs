//! Reading just enough of a pushed manifest to check it: its media type,
//! the blobs and child manifests it names, and its `subject`.
//!
//! The bytes themselves are stored and served unchanged: the digest is over
//! the exact bytes the client sent.

use serde_json::Value;

use super::api_error::{ApiError, Code};
use super::names::Digest;

/// Docker image manifest, schema 2.
pub const DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";
/// Docker manifest list.
pub const DOCKER_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
/// OCI image manifest.
pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
/// OCI image index.
pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";

/// The four manifest media types the registry stores.
pub const MANIFEST_TYPES: [&str; 4] = [DOCKER_MANIFEST, DOCKER_LIST, OCI_MANIFEST, OCI_INDEX];

/// What the registry needs to know about a manifest.
#[derive(Debug)]
pub(crate) struct Manifest {
    /// The media type it is stored and served with.
    pub media_type: String,
    /// Config and layer blobs that must already be in the repository.
    pub blobs: Vec<Digest>,
    /// Child manifests (for indexes) that must already be in the repository.
    pub children: Vec<Digest>,
    /// The manifest this one refers to, if any (may be missing).
    pub subject: Option<Digest>,
    /// `artifactType`, or the config's media type for an image manifest.
    pub artifact_type: Option<String>,
    /// The manifest's annotations, copied into referrer descriptors.
    pub annotations: Option<Value>,
}

/// A media type without parameters, lower case.
pub(crate) fn bare_media_type(value: &str) -> String {
    value
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

fn invalid(message: impl Into<String>) -> ApiError {
    ApiError::new(Code::ManifestInvalid, message)
}

/// Parses `bytes` sent with `content_type`, or explains why not.
pub(crate) fn parse(content_type: Option<&str>, bytes: &[u8]) -> Result<Manifest, ApiError> {
    let value: Value = serde_json::from_slice(bytes)
        .map_err(|e| invalid(format!("manifest is not valid JSON: {e}")))?;
    let object = value
        .as_object()
        .ok_or_else(|| invalid("manifest is not a JSON object"))?;
    if object.get("schemaVersion").and_then(Value::as_u64) != Some(2) {
        return Err(invalid("manifest schemaVersion must be 2"));
    }
    let body_type = match object.get("mediaType") {
        None => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err(invalid("manifest mediaType must be a string")),
    };
    let header_type = content_type
        .map(bare_media_type)
        .filter(|t| !t.is_empty() && t != "application/json" && t != "application/octet-stream");
    let media_type = match (header_type, body_type) {
        (Some(header), Some(body)) if header != body => {
            return Err(invalid(format!(
                "the Content-Type header ({header}) does not match the manifest's mediaType ({body})"
            )));
        }
        (Some(header), _) => header,
        (None, Some(body)) => body,
        (None, None) if object.contains_key("manifests") => OCI_INDEX.to_string(),
        (None, None) => OCI_MANIFEST.to_string(),
    };
    if !MANIFEST_TYPES.contains(&media_type.as_str()) {
        return Err(invalid(format!(
            "unsupported manifest media type {media_type}; expected one of {}",
            MANIFEST_TYPES.join(", ")
        ))
        .status(axum::http::StatusCode::UNSUPPORTED_MEDIA_TYPE));
    }
    let is_index = media_type == DOCKER_LIST || media_type == OCI_INDEX;

    let mut manifest = Manifest {
        media_type,
        blobs: Vec::new(),
        children: Vec::new(),
        subject: None,
        artifact_type: object
            .get("artifactType")
            .and_then(Value::as_str)
            .map(str::to_string),
        annotations: object.get("annotations").filter(|a| a.is_object()).cloned(),
    };
    if let Some(subject) = object.get("subject") {
        manifest.subject = Some(descriptor_digest(subject, "subject")?);
    }
    if is_index {
        let children = object
            .get("manifests")
            .and_then(Value::as_array)
            .ok_or_else(|| invalid("an index needs a \"manifests\" array"))?;
        for child in children {
            manifest
                .children
                .push(descriptor_digest(child, "manifests[]")?);
        }
    } else {
        let config = object
            .get("config")
            .ok_or_else(|| invalid("an image manifest needs a \"config\" descriptor"))?;
        manifest.blobs.push(descriptor_digest(config, "config")?);
        if manifest.artifact_type.is_none() {
            manifest.artifact_type = config
                .get("mediaType")
                .and_then(Value::as_str)
                .map(str::to_string);
        }
        let layers = object
            .get("layers")
            .and_then(Value::as_array)
            .ok_or_else(|| invalid("an image manifest needs a \"layers\" array"))?;
        for layer in layers {
            let digest = descriptor_digest(layer, "layers[]")?;
            // Foreign / non-distributable layers live elsewhere (their urls).
            let external = layer
                .get("urls")
                .and_then(Value::as_array)
                .is_some_and(|urls| !urls.is_empty());
            if !external {
                manifest.blobs.push(digest);
            }
        }
    }
    Ok(manifest)
}

fn descriptor_digest(descriptor: &Value, what: &str) -> Result<Digest, ApiError> {
    let text = descriptor
        .get("digest")
        .and_then(Value::as_str)
        .ok_or_else(|| invalid(format!("{what} has no digest")))?;
    Digest::parse(text).ok_or_else(|| {
        ApiError::new(
            Code::DigestInvalid,
            format!("{what} digest {text:?} is not sha256:<64 hex> or sha512:<128 hex>"),
        )
    })
}

/// Which media types an `Accept` header list (repeated or comma-joined)
/// allows; empty means the client said nothing.
pub(crate) fn accepted_types<'a>(values: impl Iterator<Item = &'a str>) -> Vec<String> {
    values
        .flat_map(|value| value.split(','))
        .map(bare_media_type)
        .filter(|t| !t.is_empty())
        .collect()
}

/// Can a manifest of `media_type` be served to a client that accepts
/// `accepted`? Like the reference registry, OCI manifests are only served
/// to clients that ask for them; Docker types are always served.
pub(crate) fn is_acceptable(media_type: &str, accepted: &[String]) -> bool {
    if accepted.is_empty() || !(media_type == OCI_MANIFEST || media_type == OCI_INDEX) {
        return true;
    }
    accepted
        .iter()
        .any(|a| a == media_type || a == "*/*" || a == "application/*")
}

#[cfg(test)]
mod tests {
    use super::*;

    const D1: &str = "sha256:1111111111111111111111111111111111111111111111111111111111111111";
    const D2: &str = "sha256:2222222222222222222222222222222222222222222222222222222222222222";

    #[test]
    fn image_manifest_names_config_and_layers() {
        let body = format!(
            r#"{{"schemaVersion":2,"mediaType":"{OCI_MANIFEST}","config":{{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"{D1}","size":2}},"layers":[{{"digest":"{D2}","size":3}}],"subject":{{"digest":"{D2}","size":1}}}}"#
        );
        let m = parse(Some(OCI_MANIFEST), body.as_bytes()).expect("valid");
        assert_eq!(m.media_type, OCI_MANIFEST);
        assert_eq!(m.blobs.len(), 2);
        assert_eq!(m.subject.as_ref().map(Digest::as_str), Some(D2));
        assert_eq!(
            m.artifact_type.as_deref(),
            Some("application/vnd.oci.image.config.v1+json")
        );
    }

    #[test]
    fn content_type_must_match_media_type() {
        let body = format!(r#"{{"schemaVersion":2,"mediaType":"{OCI_INDEX}","manifests":[]}}"#);
        let error = parse(Some(DOCKER_LIST), body.as_bytes()).expect_err("mismatch");
        assert_eq!(error.code(), Code::ManifestInvalid);
        let m = parse(None, body.as_bytes()).expect("valid");
        assert_eq!(m.media_type, OCI_INDEX);
    }

    #[test]
    fn accept_headers_are_split_and_stripped() {
        let accepted = accepted_types(
            [
                "application/vnd.docker.distribution.manifest.v2+json",
                "application/vnd.oci.image.index.v1+json; q=0.5, */*;q=0.1",
            ]
            .into_iter(),
        );
        assert_eq!(accepted.len(), 3);
        assert!(is_acceptable(OCI_INDEX, &accepted));
        assert!(!is_acceptable(OCI_MANIFEST, &accepted[..2]));
        assert!(is_acceptable(DOCKER_MANIFEST, &accepted[..1]));
    }
}
