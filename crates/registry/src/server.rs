//! The HTTP side: one handler that checks credentials, parses the path into
//! a [`Route`] (repository names contain `/`, so axum's router cannot split
//! them) and answers as the distribution spec says.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use futures_util::StreamExt;

use super::api_error::{ApiError, Code};
use super::manifest;
use super::names::{self, Digest};
use super::store::Store;
use super::upload::{self, AppendError, Sessions};
use super::{Credentials, PushEvent};

/// Upper bound of `n` for `_catalog` and tag lists.
const MAX_PAGE: usize = 1000;
/// Bytes per read when serving a blob.
const READ_CHUNK: usize = 512 * 1024;
/// Chunks read ahead of the client per download.
const READ_AHEAD: usize = 4;

/// What every request handler shares.
#[derive(Debug)]
pub(crate) struct Shared {
    pub store: Arc<Store>,
    pub sessions: Sessions,
    pub auth: Option<Credentials>,
    pub max_upload_bytes: u64,
    pub max_manifest_bytes: usize,
    pub events: Mutex<Vec<PushEvent>>,
    pub next_seq: AtomicU64,
}

impl Shared {
    pub(crate) fn events(&self) -> Vec<PushEvent> {
        self.events
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }
}

/// The registry's axum application.
pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new().fallback(handle).with_state(shared)
}

async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let mut response = match dispatch(&shared, request).await {
        Ok(response) => response,
        Err(error) => error.into_response(),
    };
    response.headers_mut().insert(
        "docker-distribution-api-version",
        HeaderValue::from_static("registry/2.0"),
    );
    response
}

/// The endpoints, parsed from the path.
#[derive(Debug, PartialEq)]
enum Route<'a> {
    Base,
    Catalog,
    Tags(&'a str),
    Manifest(&'a str, &'a str),
    Blob(&'a str, &'a str),
    UploadStart(&'a str),
    Upload(&'a str, &'a str),
    Referrers(&'a str, &'a str),
}

fn route(path: &str) -> Option<Route<'_>> {
    if path == "/v2" || path == "/v2/" {
        return Some(Route::Base);
    }
    let rest = path.strip_prefix("/v2/")?;
    if rest == "_catalog" {
        return Some(Route::Catalog);
    }
    if let Some(name) = rest.strip_suffix("/tags/list") {
        return Some(Route::Tags(name));
    }
    if let Some(name) = rest
        .strip_suffix("/blobs/uploads/")
        .or_else(|| rest.strip_suffix("/blobs/uploads"))
    {
        return Some(Route::UploadStart(name));
    }
    let last = |marker: &str| -> Option<(&str, &str)> {
        let at = rest.rfind(marker)?;
        let tail = &rest[at + marker.len()..];
        (!tail.is_empty() && !tail.contains('/')).then(|| (&rest[..at], tail))
    };
    if let Some((name, id)) = last("/blobs/uploads/") {
        return Some(Route::Upload(name, id));
    }
    if let Some((name, reference)) = last("/manifests/") {
        return Some(Route::Manifest(name, reference));
    }
    if let Some((name, digest)) = last("/blobs/") {
        return Some(Route::Blob(name, digest));
    }
    if let Some((name, digest)) = last("/referrers/") {
        return Some(Route::Referrers(name, digest));
    }
    None
}

async fn dispatch(shared: &Arc<Shared>, request: Request) -> Result<Response, ApiError> {
    if !authorized(shared.auth.as_ref(), request.headers()) {
        return Err(ApiError::new(
            Code::Unauthorized,
            "authentication required: log in with the registry's user name and token (docker login -u USER --password-stdin)",
        )
        .header(header::WWW_AUTHENTICATE, "Basic realm=\"devpath\""));
    }
    let path = request.uri().path().to_string();
    let query = query_pairs(request.uri().query().unwrap_or_default());
    let method = request.method().clone();
    let Some(route) = route(&path) else {
        return Err(
            ApiError::new(Code::Unsupported, format!("no endpoint {path}"))
                .status(StatusCode::NOT_FOUND),
        );
    };
    let name = match &route {
        Route::Base | Route::Catalog => None,
        Route::Tags(name)
        | Route::Manifest(name, _)
        | Route::Blob(name, _)
        | Route::UploadStart(name)
        | Route::Upload(name, _)
        | Route::Referrers(name, _) => Some(*name),
    };
    if let Some(name) = name
        && !names::is_valid_name(name)
    {
        return Err(ApiError::new(
            Code::NameInvalid,
            format!(
                "invalid repository name {name:?}: use lowercase letters, digits and . _ - separators, with / between components, at most {} characters",
                names::MAX_NAME_LEN
            ),
        ));
    }
    let head = method == Method::HEAD;
    match (route, method) {
        (Route::Base, Method::GET | Method::HEAD) => {
            Ok(json_response(StatusCode::OK, "{}".into(), head))
        }
        (Route::Catalog, Method::GET) => catalog(shared, &query).await,
        (Route::Tags(name), Method::GET) => tags(shared, name, &query).await,
        (Route::Manifest(name, reference), Method::GET | Method::HEAD) => {
            get_manifest(shared, name, reference, request.headers(), head).await
        }
        (Route::Manifest(name, reference), Method::PUT) => {
            put_manifest(shared, name, reference, &query, request).await
        }
        (Route::Manifest(name, reference), Method::DELETE) => {
            delete_manifest(shared, name, reference).await
        }
        (Route::Blob(name, digest), Method::GET | Method::HEAD) => {
            get_blob(shared, name, digest, request.headers(), head).await
        }
        (Route::Blob(name, digest), Method::DELETE) => delete_blob(shared, name, digest).await,
        (Route::UploadStart(name), Method::POST) => {
            start_upload(shared, name, &query, request).await
        }
        (Route::Upload(name, id), Method::GET) => upload_status(shared, name, id).await,
        (Route::Upload(name, id), Method::PATCH) => patch_upload(shared, name, id, request).await,
        (Route::Upload(name, id), Method::PUT) => {
            put_upload(shared, name, id, &query, request).await
        }
        (Route::Upload(name, id), Method::DELETE) => cancel_upload(shared, name, id).await,
        (Route::Referrers(name, digest), Method::GET) => {
            referrers(shared, name, digest, &query).await
        }
        (_, method) => Err(ApiError::new(
            Code::Unsupported,
            format!("{method} is not supported on {path}"),
        )),
    }
}

/// Checks HTTP Basic credentials: the token as password, and the user name
/// when the registry names one (any user name otherwise).
///
/// Both parts are always compared, in constant time, so the answer's
/// timing tells a guesser neither which part was wrong nor how much of it
/// matched.
fn authorized(auth: Option<&Credentials>, headers: &HeaderMap) -> bool {
    let Some(auth) = auth else { return true };
    let Some(value) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let Some((scheme, encoded)) = value.trim().split_once(' ') else {
        return false;
    };
    if !scheme.eq_ignore_ascii_case("basic") {
        return false;
    }
    let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(encoded.trim()) else {
        return false;
    };
    let Some(colon) = decoded.iter().position(|b| *b == b':') else {
        return false;
    };
    let (user, password) = (&decoded[..colon], &decoded[colon + 1..]);
    let user_ok = match &auth.user {
        Some(expected) => constant_time_eq(user, expected.as_bytes()),
        None => true,
    };
    let token_ok = constant_time_eq(password, auth.token.as_bytes());
    // `&`, not `&&`: the token is compared even when the user is wrong.
    user_ok & token_ok
}

/// Compares the SHA-256 of both sides, so the time taken depends neither
/// on where they first differ nor on their lengths (comparing lengths
/// first would reveal the token's length).
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    use sha2::Digest as _;
    let (a, b) = (sha2::Sha256::digest(a), sha2::Sha256::digest(b));
    let diff = a
        .iter()
        .zip(b.iter())
        .fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(diff) == 0
}

/// Decodes `a=1&b=%2F` into pairs (repeated keys kept in order).
fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(key), percent_decode(value))
        })
        .collect()
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let hex = |b: u8| (b as char).to_digit(16);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(high), Some(low)) => {
                    out.push((high * 16 + low) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn param<'a>(query: &'a [(String, String)], key: &str) -> Option<&'a str> {
    query
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// Runs blocking store work off the async threads.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> std::io::Result<T> + Send + 'static,
) -> Result<T, ApiError> {
    match tokio::task::spawn_blocking(work).await {
        Ok(result) => result.map_err(|e| ApiError::storage(&e)),
        Err(join) => Err(ApiError::storage(&std::io::Error::other(join))),
    }
}

fn response(status: StatusCode, headers: &[(&str, String)], body: Body) -> Response {
    let mut response = Response::new(body);
    *response.status_mut() = status;
    for (name, value) in headers {
        if let Ok(value) = HeaderValue::from_str(value)
            && let Ok(name) = header::HeaderName::from_bytes(name.as_bytes())
        {
            response.headers_mut().insert(name, value);
        }
    }
    response
}

fn json_response(status: StatusCode, body: String, head: bool) -> Response {
    let len = body.len().to_string();
    let body = if head {
        Body::empty()
    } else {
        Body::from(body)
    };
    response(
        status,
        &[
            ("content-type", "application/json".into()),
            ("content-length", len),
        ],
        body,
    )
}

fn parse_digest(text: &str) -> Result<Digest, ApiError> {
    Digest::parse(text).ok_or_else(|| {
        ApiError::new(
            Code::DigestInvalid,
            format!("invalid digest {text:?}: expected sha256:<64 lowercase hex> or sha512:<128 lowercase hex>"),
        )
    })
}

/// `n` and `last` pagination over a sorted list, with the `Link` header.
fn paginate(
    items: Vec<String>,
    query: &[(String, String)],
    link_base: &str,
) -> (Vec<String>, Option<String>) {
    let last = param(query, "last").unwrap_or_default();
    let mut rest: Vec<String> = items.into_iter().filter(|i| i.as_str() > last).collect();
    let n = param(query, "n").and_then(|n| n.parse::<usize>().ok());
    let n = match n {
        Some(n) => n.min(MAX_PAGE),
        None if rest.len() > MAX_PAGE => MAX_PAGE,
        None => return (rest, None),
    };
    let link = (rest.len() > n && n > 0)
        .then(|| format!("<{link_base}?last={}&n={n}>; rel=\"next\"", rest[n - 1]));
    rest.truncate(n);
    (rest, link)
}

async fn catalog(shared: &Arc<Shared>, query: &[(String, String)]) -> Result<Response, ApiError> {
    let store = shared.store.clone();
    let all = blocking(move || store.catalog()).await?;
    let (repositories, link) = paginate(all, query, "/v2/_catalog");
    let body = serde_json::json!({ "repositories": repositories }).to_string();
    let mut response = json_response(StatusCode::OK, body, false);
    if let Some(link) = link.and_then(|l| HeaderValue::from_str(&l).ok()) {
        response.headers_mut().insert(header::LINK, link);
    }
    Ok(response)
}

async fn tags(
    shared: &Arc<Shared>,
    name: &str,
    query: &[(String, String)],
) -> Result<Response, ApiError> {
    let store = shared.store.clone();
    let owned = name.to_string();
    let Some(all) = blocking(move || store.tags(&owned)).await? else {
        return Err(name_unknown(name));
    };
    let (tags, link) = paginate(all, query, &format!("/v2/{name}/tags/list"));
    let body = serde_json::json!({ "name": name, "tags": tags }).to_string();
    let mut response = json_response(StatusCode::OK, body, false);
    if let Some(link) = link.and_then(|l| HeaderValue::from_str(&l).ok()) {
        response.headers_mut().insert(header::LINK, link);
    }
    Ok(response)
}

fn name_unknown(name: &str) -> ApiError {
    ApiError::new(
        Code::NameUnknown,
        format!("repository {name} is not known to this registry; push to it first"),
    )
    .detail(serde_json::json!({ "name": name }))
}

/// Resolves a tag or digest to the manifest digest (not checking it exists).
async fn resolve(shared: &Arc<Shared>, name: &str, reference: &str) -> Result<Digest, ApiError> {
    if let Some(digest) = Digest::parse(reference) {
        return Ok(digest);
    }
    if reference.contains(':') {
        return Err(parse_digest(reference).err().unwrap_or_else(|| {
            ApiError::new(Code::DigestInvalid, format!("invalid digest {reference:?}"))
        }));
    }
    if !names::is_valid_tag(reference) {
        return Err(ApiError::new(
            Code::ManifestInvalid,
            format!(
                "invalid tag {reference:?}: use letters, digits, _ . - (at most 128, not starting with . or -)"
            ),
        ));
    }
    let store = shared.store.clone();
    let (owned_name, owned_tag) = (name.to_string(), reference.to_string());
    blocking(move || store.tag_digest(&owned_name, &owned_tag))
        .await?
        .ok_or_else(|| manifest_unknown(name, reference))
}

fn manifest_unknown(name: &str, reference: &str) -> ApiError {
    ApiError::new(
        Code::ManifestUnknown,
        format!("manifest {reference} is not in repository {name}"),
    )
    .detail(serde_json::json!({ "name": name, "reference": reference }))
}

async fn get_manifest(
    shared: &Arc<Shared>,
    name: &str,
    reference: &str,
    headers: &HeaderMap,
    head: bool,
) -> Result<Response, ApiError> {
    if !shared.store.repo_exists(name) {
        return Err(name_unknown(name));
    }
    let digest = resolve(shared, name, reference).await?;
    let store = shared.store.clone();
    let (owned, d) = (name.to_string(), digest.clone());
    let Some((media_type, bytes)) = blocking(move || store.manifest(&owned, &d)).await? else {
        return Err(manifest_unknown(name, reference));
    };
    let accepted = manifest::accepted_types(
        headers
            .get_all(header::ACCEPT)
            .iter()
            .filter_map(|v| v.to_str().ok()),
    );
    if !manifest::is_acceptable(&media_type, &accepted) {
        return Err(ApiError::new(
            Code::ManifestUnknown,
            format!(
                "manifest {reference} is a {media_type}, which the request's Accept header does not list"
            ),
        ));
    }
    let headers = [
        ("content-type", media_type),
        ("content-length", bytes.len().to_string()),
        ("docker-content-digest", digest.to_string()),
        ("etag", format!("\"{digest}\"")),
    ];
    let body = if head {
        Body::empty()
    } else {
        Body::from(bytes)
    };
    Ok(response(StatusCode::OK, &headers, body))
}

/// How much of a refused body is read and dropped so that the client,
/// still sending, gets the error answer instead of a reset connection.
pub(crate) const DRAIN_LIMIT: u64 = 64 << 20;

/// Reads and drops up to `limit` bytes of a body.
pub(crate) async fn drain(stream: &mut axum::body::BodyDataStream, limit: u64) {
    let mut seen = 0u64;
    while let Some(Ok(frame)) = stream.next().await {
        seen += frame.len() as u64;
        if seen > limit {
            break;
        }
    }
}

/// Reads a manifest body, refusing more than `limit` bytes.
async fn read_limited(request: Request, limit: usize) -> Result<Vec<u8>, ApiError> {
    let too_large = || {
        ApiError::new(
            Code::SizeInvalid,
            format!("manifest is larger than this registry's limit of {limit} bytes"),
        )
        .status(StatusCode::PAYLOAD_TOO_LARGE)
    };
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let mut stream = request.into_body().into_data_stream();
    if declared.is_some_and(|len| len > limit as u64) {
        drain(&mut stream, DRAIN_LIMIT).await;
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    while let Some(frame) = stream.next().await {
        let frame = frame.map_err(|e| {
            ApiError::new(
                Code::ManifestInvalid,
                format!("could not read the manifest: {e}"),
            )
        })?;
        if bytes.len() + frame.len() > limit {
            drain(&mut stream, DRAIN_LIMIT).await;
            return Err(too_large());
        }
        bytes.extend_from_slice(&frame);
    }
    Ok(bytes)
}

async fn put_manifest(
    shared: &Arc<Shared>,
    name: &str,
    reference: &str,
    query: &[(String, String)],
    request: Request,
) -> Result<Response, ApiError> {
    let reference_digest = Digest::parse(reference);
    let mut tags = Vec::new();
    if reference_digest.is_none() {
        if reference.contains(':') {
            return Err(parse_digest(reference).err().unwrap_or_else(|| {
                ApiError::new(Code::DigestInvalid, format!("invalid digest {reference:?}"))
            }));
        }
        tags.push(reference.to_string());
    }
    for (key, value) in query {
        if key == "tag" && !tags.contains(value) {
            tags.push(value.clone());
        }
    }
    if let Some(bad) = tags.iter().find(|t| !names::is_valid_tag(t)) {
        return Err(ApiError::new(
            Code::ManifestInvalid,
            format!(
                "invalid tag {bad:?}: use letters, digits, _ . - (at most 128, not starting with . or -)"
            ),
        ));
    }
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let bytes = read_limited(request, shared.max_manifest_bytes).await?;
    let parsed = manifest::parse(content_type.as_deref(), &bytes)?;
    let digest = match &reference_digest {
        Some(expected) => {
            let actual = match expected.algorithm() {
                names::Algorithm::Sha256 => Digest::sha256_of(&bytes),
                names::Algorithm::Sha512 => {
                    use sha2::Digest as _;
                    Digest::from_parts(
                        names::Algorithm::Sha512,
                        &hex::encode(sha2::Sha512::digest(&bytes)),
                    )
                }
            };
            if &actual != expected {
                return Err(ApiError::new(
                    Code::DigestInvalid,
                    format!("the manifest's digest is {actual}, not {expected}"),
                )
                .detail(
                    serde_json::json!({ "expected": expected.as_str(), "actual": actual.as_str() }),
                ));
            }
            actual
        }
        None => Digest::sha256_of(&bytes),
    };

    let store = shared.store.clone();
    let owned = name.to_string();
    let (blobs, children) = (parsed.blobs.clone(), parsed.children.clone());
    let missing = blocking(move || {
        for blob in &blobs {
            if store.blob_size_in(&owned, blob)?.is_none() {
                return Ok(Some((Code::ManifestBlobUnknown, blob.clone())));
            }
        }
        for child in &children {
            if !store.has_manifest(&owned, child) {
                return Ok(Some((Code::ManifestUnknown, child.clone())));
            }
        }
        Ok(None)
    })
    .await?;
    if let Some((code, missing)) = missing {
        let what = if code == Code::ManifestBlobUnknown {
            "blob"
        } else {
            "manifest"
        };
        return Err(ApiError::new(
            code,
            format!("the manifest names {what} {missing}, which is not in repository {name}: push it first"),
        )
        .status(StatusCode::BAD_REQUEST)
        .detail(serde_json::json!({ "digest": missing.as_str() })));
    }

    let referrer = parsed.subject.as_ref().map(|subject| {
        let mut descriptor = serde_json::json!({
            "mediaType": parsed.media_type,
            "digest": digest.as_str(),
            "size": bytes.len(),
        });
        if let Some(artifact_type) = &parsed.artifact_type {
            descriptor["artifactType"] = artifact_type.clone().into();
        }
        if let Some(annotations) = &parsed.annotations {
            descriptor["annotations"] = annotations.clone();
        }
        (subject.clone(), descriptor)
    });

    let len = bytes.len() as u64;
    let is_new = shared.store.blob_size(&digest).ok().flatten().is_none();
    if is_new && let Err(full) = shared.store.reserve(len) {
        return Err(store_full(full.limit));
    }
    let store = shared.store.clone();
    let (owned, d, media_type, stored_tags) = (
        name.to_string(),
        digest.clone(),
        parsed.media_type.clone(),
        tags.clone(),
    );
    let stored = blocking(move || {
        store.put_manifest(
            &owned,
            &d,
            &media_type,
            &bytes,
            &stored_tags,
            referrer.as_ref().map(|(s, d)| (s, d)),
        )
    })
    .await;
    if let Err(error) = stored {
        if is_new {
            shared.store.release(len);
        }
        return Err(error);
    }
    record_pushes(shared, name, &tags, &digest, &parsed.media_type).await;

    let mut headers = vec![
        ("location", format!("/v2/{name}/manifests/{digest}")),
        ("docker-content-digest", digest.to_string()),
        ("content-length", "0".to_string()),
    ];
    if let Some(subject) = &parsed.subject {
        headers.push(("oci-subject", subject.to_string()));
    }
    Ok(response(StatusCode::CREATED, &headers, Body::empty()))
}

async fn record_pushes(
    shared: &Arc<Shared>,
    name: &str,
    tags: &[String],
    digest: &Digest,
    media_type: &str,
) {
    let tags: Vec<Option<String>> = if tags.is_empty() {
        vec![None]
    } else {
        tags.iter().cloned().map(Some).collect()
    };
    let mut lines = Vec::new();
    {
        let mut events = shared.events.lock().unwrap_or_else(|p| p.into_inner());
        for tag in tags {
            let event = PushEvent {
                seq: shared.next_seq.fetch_add(1, Ordering::SeqCst),
                repository: name.to_string(),
                tag,
                digest: digest.to_string(),
                media_type: media_type.to_string(),
                at: SystemTime::now(),
            };
            lines.push(event.to_json_line());
            events.push(event);
        }
    }
    let store = shared.store.clone();
    // The journal is a convenience; a failure to append it must not fail a
    // push that is already stored.
    let _ = blocking(move || {
        for line in &lines {
            store.append_event(line)?;
        }
        Ok(())
    })
    .await;
}

async fn delete_manifest(
    shared: &Arc<Shared>,
    name: &str,
    reference: &str,
) -> Result<Response, ApiError> {
    let store = shared.store.clone();
    let owned = name.to_string();
    let deleted = if let Some(digest) = Digest::parse(reference) {
        blocking(move || {
            let subject = store
                .manifest(&owned, &digest)?
                .and_then(|(media_type, bytes)| manifest::parse(Some(&media_type), &bytes).ok())
                .and_then(|m| m.subject);
            store.delete_manifest(&owned, &digest, subject.as_ref())
        })
        .await?
    } else if names::is_valid_tag(reference) {
        let tag = reference.to_string();
        blocking(move || store.delete_tag(&owned, &tag)).await?
    } else {
        return Err(resolve(shared, name, reference)
            .await
            .err()
            .unwrap_or_else(|| manifest_unknown(name, reference)));
    };
    if !deleted {
        return Err(manifest_unknown(name, reference));
    }
    Ok(response(
        StatusCode::ACCEPTED,
        &[("content-length", "0".into())],
        Body::empty(),
    ))
}

fn blob_unknown(name: &str, digest: &Digest) -> ApiError {
    ApiError::new(
        Code::BlobUnknown,
        format!("blob {digest} is not in repository {name}"),
    )
    .detail(serde_json::json!({ "digest": digest.as_str() }))
}

/// A single byte range, from a `Range: bytes=…` header.
enum RangeRequest {
    Whole,
    Part(u64, u64),
    Unsatisfiable,
}

fn parse_range(value: Option<&str>, size: u64) -> RangeRequest {
    let Some(spec) = value.and_then(|v| v.trim().strip_prefix("bytes=")) else {
        return RangeRequest::Whole;
    };
    if spec.contains(',') {
        return RangeRequest::Whole;
    }
    let Some((start, end)) = spec.split_once('-') else {
        return RangeRequest::Whole;
    };
    let (start, end) = (start.trim(), end.trim());
    if start.is_empty() {
        // Suffix: the last `end` bytes.
        return match end.parse::<u64>() {
            Ok(0) => RangeRequest::Unsatisfiable,
            Ok(_) if size == 0 => RangeRequest::Unsatisfiable,
            Ok(n) => RangeRequest::Part(size.saturating_sub(n), size - 1),
            Err(_) => RangeRequest::Whole,
        };
    }
    let Ok(start) = start.parse::<u64>() else {
        return RangeRequest::Whole;
    };
    let end = if end.is_empty() {
        size.saturating_sub(1)
    } else {
        match end.parse::<u64>() {
            Ok(end) if end >= start => end.min(size.saturating_sub(1)),
            _ => return RangeRequest::Whole,
        }
    };
    if start >= size {
        return RangeRequest::Unsatisfiable;
    }
    RangeRequest::Part(start, end)
}

async fn get_blob(
    shared: &Arc<Shared>,
    name: &str,
    digest: &str,
    headers: &HeaderMap,
    head: bool,
) -> Result<Response, ApiError> {
    let digest = parse_digest(digest)?;
    let store = shared.store.clone();
    let (owned, d) = (name.to_string(), digest.clone());
    let Some(size) = blocking(move || store.blob_size_in(&owned, &d)).await? else {
        return Err(blob_unknown(name, &digest));
    };
    let range = parse_range(
        headers.get(header::RANGE).and_then(|v| v.to_str().ok()),
        size,
    );
    let (status, start, len, content_range) = match range {
        RangeRequest::Whole => (StatusCode::OK, 0, size, None),
        RangeRequest::Part(start, end) => (
            StatusCode::PARTIAL_CONTENT,
            start,
            end - start + 1,
            Some(format!("bytes {start}-{end}/{size}")),
        ),
        RangeRequest::Unsatisfiable => {
            return Err(ApiError::new(
                Code::BlobUnknown,
                format!("the requested range is outside blob {digest} ({size} bytes)"),
            )
            .status(StatusCode::RANGE_NOT_SATISFIABLE)
            .header(header::CONTENT_RANGE, &format!("bytes */{size}")));
        }
    };
    let mut response_headers = vec![
        ("content-type", "application/octet-stream".to_string()),
        ("content-length", len.to_string()),
        ("docker-content-digest", digest.to_string()),
        ("accept-ranges", "bytes".to_string()),
        ("etag", format!("\"{digest}\"")),
    ];
    if let Some(content_range) = content_range {
        response_headers.push(("content-range", content_range));
    }
    if head {
        return Ok(response(status, &response_headers, Body::empty()));
    }
    let path = shared.store.blob_path(&digest);
    let file = blocking(move || {
        use std::io::Seek as _;
        let mut file = std::fs::File::open(&path)?;
        file.seek(std::io::SeekFrom::Start(start))?;
        Ok(file)
    })
    .await?;
    Ok(response(status, &response_headers, file_body(file, len)))
}

/// Streams `len` bytes of `file` from its current position: one blocking
/// reader per download fills a small bounded channel (memory stays at a few
/// chunks whatever the blob's size), and stops when the client goes away.
fn file_body(file: std::fs::File, len: u64) -> Body {
    let (sender, receiver) = tokio::sync::mpsc::channel::<std::io::Result<Bytes>>(READ_AHEAD);
    tokio::task::spawn_blocking(move || {
        use std::io::Read as _;
        let mut file = file;
        let mut remaining = len;
        while remaining > 0 {
            let want = remaining.min(READ_CHUNK as u64) as usize;
            let mut buffer = vec![0u8; want];
            let mut filled = 0;
            let mut failed = None;
            while filled < want {
                match file.read(&mut buffer[filled..]) {
                    Ok(0) => {
                        failed = Some(std::io::Error::new(
                            std::io::ErrorKind::UnexpectedEof,
                            "blob file is shorter than recorded",
                        ));
                        break;
                    }
                    Ok(n) => filled += n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        failed = Some(e);
                        break;
                    }
                }
            }
            if let Some(error) = failed {
                let _ = sender.blocking_send(Err(error));
                return;
            }
            if sender.blocking_send(Ok(Bytes::from(buffer))).is_err() {
                return; // The client went away.
            }
            remaining -= want as u64;
        }
    });
    let stream = futures_util::stream::unfold(receiver, |mut receiver| async move {
        receiver.recv().await.map(|item| (item, receiver))
    });
    Body::from_stream(stream)
}

async fn delete_blob(shared: &Arc<Shared>, name: &str, digest: &str) -> Result<Response, ApiError> {
    let digest = parse_digest(digest)?;
    let store = shared.store.clone();
    let (owned, d) = (name.to_string(), digest.clone());
    if !blocking(move || store.unlink_blob(&owned, &d)).await? {
        return Err(blob_unknown(name, &digest));
    }
    Ok(response(
        StatusCode::ACCEPTED,
        &[("content-length", "0".into())],
        Body::empty(),
    ))
}

fn upload_headers(name: &str, id: &str, size: u64) -> Vec<(&'static str, String)> {
    vec![
        ("location", format!("/v2/{name}/blobs/uploads/{id}")),
        ("range", format!("0-{}", size.saturating_sub(1))),
        ("docker-upload-uuid", id.to_string()),
        ("content-length", "0".to_string()),
    ]
}

fn upload_unknown(id: &str) -> ApiError {
    ApiError::new(
        Code::BlobUploadUnknown,
        format!(
            "upload {id} is not in progress (finished, cancelled, idle too long, or the registry restarted): start a new one"
        ),
    )
}

fn store_full(limit: u64) -> ApiError {
    ApiError::new(
        Code::Denied,
        format!("the registry's storage limit of {limit} bytes is reached: remove images or raise the limit"),
    )
    .status(StatusCode::INSUFFICIENT_STORAGE)
}

async fn start_upload(
    shared: &Arc<Shared>,
    name: &str,
    query: &[(String, String)],
    request: Request,
) -> Result<Response, ApiError> {
    if let Some(digest) = param(query, "digest") {
        parse_digest(digest)?;
    }
    if let (Some(mount), Some(from)) = (param(query, "mount"), param(query, "from")) {
        let digest = parse_digest(mount)?;
        if names::is_valid_name(from) {
            let store = shared.store.clone();
            let (target, source, d) = (name.to_string(), from.to_string(), digest.clone());
            let mounted = blocking(move || {
                if store.blob_size_in(&source, &d)?.is_none() {
                    return Ok(false);
                }
                store.link_blob(&target, &d)?;
                Ok(true)
            })
            .await?;
            if mounted {
                return Ok(response(
                    StatusCode::CREATED,
                    &[
                        ("location", format!("/v2/{name}/blobs/{digest}")),
                        ("docker-content-digest", digest.to_string()),
                        ("content-length", "0".to_string()),
                    ],
                    Body::empty(),
                ));
            }
        }
    }
    let owned = name.to_string();
    let shared_for_create = shared.clone();
    let created = blocking(move || {
        shared_for_create
            .sessions
            .create(&shared_for_create.store, &owned)
    })
    .await?;
    let Some(id) = created else {
        return Err(ApiError::new(
            Code::TooManyRequests,
            "every upload slot is receiving data right now: retry when one finishes",
        ));
    };
    if param(query, "digest").is_some() {
        // Monolithic upload: the body is the whole blob. A failed one leaves
        // no session behind.
        let result = put_upload(shared, name, &id, query, request).await;
        if result.is_err() {
            let _ = cancel_upload(shared, name, &id).await;
        }
        return result;
    }
    let mut headers = upload_headers(name, &id, 0);
    headers.push(("oci-chunk-min-length", "0".to_string()));
    Ok(response(StatusCode::ACCEPTED, &headers, Body::empty()))
}

/// Parses `Content-Range: <start>-<end>` (with or without a `bytes ` unit).
fn content_range(headers: &HeaderMap) -> Result<Option<(u64, u64)>, ApiError> {
    let Some(value) = headers.get(header::CONTENT_RANGE) else {
        return Ok(None);
    };
    let text = value.to_str().unwrap_or_default().trim();
    let text = text
        .strip_prefix("bytes")
        .map(str::trim_start)
        .unwrap_or(text);
    let text = text.strip_prefix('=').unwrap_or(text);
    let text = text.split('/').next().unwrap_or_default();
    let parsed = text
        .split_once('-')
        .and_then(|(a, b)| Some((a.trim().parse::<u64>().ok()?, b.trim().parse::<u64>().ok()?)));
    match parsed {
        Some((start, end)) if start <= end => Ok(Some((start, end))),
        _ => Err(ApiError::new(
            Code::BlobUploadInvalid,
            format!("invalid Content-Range {text:?}: expected <start>-<end>"),
        )),
    }
}

fn declared_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok())
}

fn append_error(error: AppendError) -> ApiError {
    match error {
        AppendError::Body(message) => ApiError::new(
            Code::BlobUploadInvalid,
            format!(
                "the upload body could not be read ({message}); the chunk was discarded, send it again"
            ),
        ),
        AppendError::TooLarge { limit } => ApiError::new(
            Code::SizeInvalid,
            format!("the blob is larger than this registry's upload limit of {limit} bytes"),
        )
        .status(StatusCode::PAYLOAD_TOO_LARGE),
        AppendError::StoreFull { limit } => store_full(limit),
        AppendError::Io(error) => ApiError::storage(&error),
    }
}

/// Appends a request body to a locked session, checking `Content-Range`.
async fn append_chunk(
    shared: &Arc<Shared>,
    name: &str,
    id: &str,
    session: &mut upload::Session,
    request: Request,
) -> Result<(), ApiError> {
    let range = content_range(request.headers())?;
    let declared = declared_length(request.headers());
    if let Some((start, end)) = range {
        if start != session.size {
            let mut error = ApiError::new(
                Code::BlobUploadInvalid,
                format!(
                    "chunk starts at byte {start} but the upload has {} bytes: send chunks in order",
                    session.size
                ),
            )
            .status(StatusCode::RANGE_NOT_SATISFIABLE);
            for (key, value) in upload_headers(name, id, session.size) {
                if key != "content-length" {
                    error = error.header(header::HeaderName::from_static(key), &value);
                }
            }
            return Err(error);
        }
        if declared.is_some_and(|len| len != end - start + 1) {
            return Err(ApiError::new(
                Code::SizeInvalid,
                format!(
                    "Content-Range {start}-{end} is {} bytes but Content-Length says {}",
                    end - start + 1,
                    declared.unwrap_or_default()
                ),
            ));
        }
    }
    let before = session.size;
    let saved = session.hasher.clone();
    upload::append(
        &shared.store,
        session,
        request.into_body(),
        shared.max_upload_bytes,
    )
    .await
    .map_err(append_error)?;
    if let Some((start, end)) = range {
        let added = session.size - before;
        if added != end - start + 1 {
            // Roll the chunk back: the session stays where it was.
            let path = session.path.clone();
            blocking(move || {
                std::fs::OpenOptions::new()
                    .write(true)
                    .open(&path)?
                    .set_len(before)
            })
            .await?;
            shared.store.release(added);
            session.size = before;
            session.hasher = saved;
            return Err(ApiError::new(
                Code::SizeInvalid,
                format!(
                    "Content-Range announced {} bytes but the body had {added}",
                    end - start + 1
                ),
            ));
        }
    }
    Ok(())
}

/// Locks session `id` of repository `name` for one request. A session
/// idle past the timeout is dropped here, with its bytes, even if the
/// periodic sweep has not reached it yet: its client gets the same answer
/// whenever it comes back.
async fn open_session(
    shared: &Arc<Shared>,
    name: &str,
    id: &str,
) -> Result<tokio::sync::OwnedMutexGuard<upload::Session>, ApiError> {
    if !names::is_valid_upload_id(id) {
        return Err(upload_unknown(id));
    }
    let session = shared.sessions.get(id).ok_or_else(|| upload_unknown(id))?;
    let mut session = session.lock_owned().await;
    if session.closed || session.repo != name {
        return Err(upload_unknown(id));
    }
    if shared.sessions.is_expired(&session) {
        shared.sessions.remove(id);
        let store = shared.store.clone();
        blocking(move || {
            upload::discard(&store, session);
            Ok(())
        })
        .await?;
        return Err(upload_unknown(id));
    }
    session.touched = std::time::Instant::now();
    Ok(session)
}

async fn patch_upload(
    shared: &Arc<Shared>,
    name: &str,
    id: &str,
    request: Request,
) -> Result<Response, ApiError> {
    let mut session = open_session(shared, name, id).await?;
    append_chunk(shared, name, id, &mut session, request).await?;
    Ok(response(
        StatusCode::ACCEPTED,
        &upload_headers(name, id, session.size),
        Body::empty(),
    ))
}

async fn put_upload(
    shared: &Arc<Shared>,
    name: &str,
    id: &str,
    query: &[(String, String)],
    request: Request,
) -> Result<Response, ApiError> {
    let mut session = open_session(shared, name, id).await?;
    let expected = match param(query, "digest") {
        Some(text) => parse_digest(text)?,
        None => {
            return Err(ApiError::new(
                Code::DigestInvalid,
                "the final PUT of an upload needs ?digest=<algorithm>:<hex>",
            ));
        }
    };
    append_chunk(shared, name, id, &mut session, request).await?;
    let actual = upload::digest_of(&session, expected.algorithm())
        .await
        .map_err(|e| ApiError::storage(&e))?;
    session.closed = true;
    shared.sessions.remove(id);
    let size = session.size;
    let staged = session.path.clone();
    if actual != expected {
        shared.store.release(size);
        let _ = blocking(move || std::fs::remove_file(&staged)).await;
        return Err(ApiError::new(
            Code::DigestInvalid,
            format!("the uploaded bytes have digest {actual}, not {expected}; the upload was discarded"),
        )
        .detail(serde_json::json!({ "expected": expected.as_str(), "actual": actual.as_str(), "size": size })));
    }
    let store = shared.store.clone();
    let (owned, d) = (name.to_string(), expected.clone());
    let committed = blocking(move || {
        let fresh = store.commit_upload(&staged, &d)?;
        store.link_blob(&owned, &d)?;
        Ok(fresh)
    })
    .await;
    match committed {
        Ok(true) => {}
        Ok(false) => shared.store.release(size),
        Err(error) => {
            shared.store.release(size);
            return Err(error);
        }
    }
    Ok(response(
        StatusCode::CREATED,
        &[
            ("location", format!("/v2/{name}/blobs/{expected}")),
            ("docker-content-digest", expected.to_string()),
            ("content-length", "0".to_string()),
        ],
        Body::empty(),
    ))
}

async fn upload_status(shared: &Arc<Shared>, name: &str, id: &str) -> Result<Response, ApiError> {
    let session = open_session(shared, name, id).await?;
    Ok(response(
        StatusCode::NO_CONTENT,
        &upload_headers(name, id, session.size),
        Body::empty(),
    ))
}

async fn cancel_upload(shared: &Arc<Shared>, name: &str, id: &str) -> Result<Response, ApiError> {
    let mut session = open_session(shared, name, id).await?;
    session.closed = true;
    shared.sessions.remove(id);
    shared.store.release(session.size);
    let path: PathBuf = session.path.clone();
    blocking(move || std::fs::remove_file(&path)).await?;
    Ok(response(
        StatusCode::NO_CONTENT,
        &[("content-length", "0".into())],
        Body::empty(),
    ))
}

async fn referrers(
    shared: &Arc<Shared>,
    name: &str,
    digest: &str,
    query: &[(String, String)],
) -> Result<Response, ApiError> {
    let subject = parse_digest(digest)?;
    let store = shared.store.clone();
    let owned = name.to_string();
    let mut found = blocking(move || store.referrers(&owned, &subject)).await?;
    let filter = param(query, "artifactType").filter(|f| !f.is_empty());
    if let Some(filter) = filter {
        found.retain(|d| d["artifactType"].as_str() == Some(filter));
    }
    let body = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": manifest::OCI_INDEX,
        "manifests": found,
    })
    .to_string();
    let mut headers = vec![
        ("content-type", manifest::OCI_INDEX.to_string()),
        ("content-length", body.len().to_string()),
    ];
    if filter.is_some() {
        headers.push(("oci-filters-applied", "artifactType".to_string()));
    }
    Ok(response(StatusCode::OK, &headers, Body::from(body)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_split_names_with_slashes() {
        assert_eq!(route("/v2/"), Some(Route::Base));
        assert_eq!(route("/v2/_catalog"), Some(Route::Catalog));
        assert_eq!(route("/v2/a/b/tags/list"), Some(Route::Tags("a/b")));
        assert_eq!(
            route("/v2/a/manifests/b/manifests/latest"),
            Some(Route::Manifest("a/manifests/b", "latest"))
        );
        assert_eq!(route("/v2/a/blobs/uploads/"), Some(Route::UploadStart("a")));
        assert_eq!(
            route("/v2/a/blobs/uploads/xyz"),
            Some(Route::Upload("a", "xyz"))
        );
        assert_eq!(
            route("/v2/a/blobs/sha256:00"),
            Some(Route::Blob("a", "sha256:00"))
        );
        assert_eq!(
            route("/v2/a/referrers/sha256:00"),
            Some(Route::Referrers("a", "sha256:00"))
        );
        assert_eq!(route("/v2/a/manifests/"), None);
        assert_eq!(route("/v1/a"), None);
    }

    #[test]
    fn ranges() {
        assert!(matches!(
            parse_range(Some("bytes=0-9"), 100),
            RangeRequest::Part(0, 9)
        ));
        assert!(matches!(
            parse_range(Some("bytes=90-"), 100),
            RangeRequest::Part(90, 99)
        ));
        assert!(matches!(
            parse_range(Some("bytes=-10"), 100),
            RangeRequest::Part(90, 99)
        ));
        assert!(matches!(
            parse_range(Some("bytes=50-500"), 100),
            RangeRequest::Part(50, 99)
        ));
        assert!(matches!(
            parse_range(Some("bytes=100-"), 100),
            RangeRequest::Unsatisfiable
        ));
        assert!(matches!(
            parse_range(Some("bytes=0-1,5-6"), 100),
            RangeRequest::Whole
        ));
        assert!(matches!(parse_range(None, 100), RangeRequest::Whole));
    }

    #[test]
    fn queries_decode_and_keep_repeats() {
        let pairs = query_pairs("tag=a&tag=b&from=x%2Fy&n=");
        assert_eq!(pairs[0], ("tag".into(), "a".into()));
        assert_eq!(pairs[1], ("tag".into(), "b".into()));
        assert_eq!(pairs[2], ("from".into(), "x/y".into()));
        assert_eq!(pairs[3], ("n".into(), String::new()));
        assert_eq!(percent_decode("100%"), "100%");
    }

    #[test]
    fn pagination_links_the_next_page() {
        let items: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
        let (page, link) = paginate(items.clone(), &query_pairs("n=2"), "/v2/x/tags/list");
        assert_eq!(page, ["a", "b"]);
        assert_eq!(
            link.as_deref(),
            Some("</v2/x/tags/list?last=b&n=2>; rel=\"next\"")
        );
        let (page, link) = paginate(items, &query_pairs("n=2&last=b"), "/v2/x/tags/list");
        assert_eq!(page, ["c"]);
        assert_eq!(link, None);
    }

    fn basic(user_and_password: &str) -> HeaderMap {
        let encoded = base64::engine::general_purpose::STANDARD.encode(user_and_password);
        let mut headers = HeaderMap::new();
        headers.insert(
            header::AUTHORIZATION,
            HeaderValue::from_str(&format!("Basic {encoded}")).expect("header"),
        );
        headers
    }

    #[test]
    fn basic_auth_checks_the_user_and_the_token() {
        let creds = Credentials {
            user: Some("ci".into()),
            token: "s3cret".into(),
        };
        assert!(!authorized(Some(&creds), &HeaderMap::new()));
        assert!(authorized(Some(&creds), &basic("ci:s3cret")));
        for wrong in [
            "anyone:s3cret",
            "CI:s3cret",
            "ci :s3cret",
            ":s3cret",
            "ci:nope",
            "ci:s3cret ",
            "ci:",
            "cis3cret",
        ] {
            assert!(!authorized(Some(&creds), &basic(wrong)), "{wrong}");
        }
        assert!(authorized(None, &HeaderMap::new()));
    }

    #[test]
    fn without_a_user_any_user_name_is_accepted_with_the_token() {
        let creds = Credentials {
            user: None,
            token: "s3cret".into(),
        };
        assert!(authorized(Some(&creds), &basic("anyone:s3cret")));
        assert!(authorized(Some(&creds), &basic(":s3cret")));
        assert!(!authorized(Some(&creds), &basic("anyone:nope")));
    }

    #[test]
    fn constant_time_eq_compares_whole_values() {
        assert!(constant_time_eq(b"", b""));
        assert!(constant_time_eq(b"token", b"token"));
        assert!(!constant_time_eq(b"token", b"toke"));
        assert!(!constant_time_eq(b"token", b"tokeN"));
        assert!(!constant_time_eq(b"", b"x"));
    }
}
