//! The embedded registry against real clients (docker, skopeo), the
//! reference registry (Debian's docker-registry) and raw HTTP.

mod registry_support;

use std::net::SocketAddr;
use std::time::Duration;

use registry::{Credentials, Registry, RegistryClient, RegistryConfig};
use registry_support::*;

fn start_registry() -> (Registry, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    let registry = Registry::start(
        RegistryConfig::new(dir.path().join("root")),
        "127.0.0.1:0".parse().expect("addr"),
    )
    .expect("registry starts");
    (registry, dir)
}

/// Pushes a fresh image with docker, pulls it back, and checks what the
/// registry holds with RegistryClient. Returns the repository and digest.
fn docker_round_trip(addr: SocketAddr, images: &mut Images) -> (String, String) {
    let local = images.build(1000);
    let repo = format!("lesson/{}", unique("app"));
    let remote = format!("{addr}/{repo}:v1");
    images.tag(&local, &remote);
    let pushed = run("docker", &["push", &remote]);
    let digest = pushed
        .split_whitespace()
        .skip_while(|w| *w != "digest:")
        .nth(1)
        .unwrap_or_else(|| panic!("no digest in push output {pushed}"))
        .to_string();
    let id = image_id(&remote);
    images.untag(&remote);
    run("docker", &["pull", &remote]);
    assert_eq!(
        image_id(&remote),
        id,
        "pulled image differs from pushed one"
    );

    let client = RegistryClient::new(&format!("http://{addr}"), None).expect("client");
    assert!(client.catalog().expect("catalog").contains(&repo));
    assert_eq!(client.tags(&repo).expect("tags"), ["v1"]);
    assert_eq!(
        client.manifest_digest(&repo, "v1").expect("head"),
        Some(digest.clone())
    );
    let (media_type, bytes) = client.manifest(&repo, "v1").expect("get").expect("present");
    assert_eq!(media_type, registry::DOCKER_MANIFEST);
    assert_eq!(sha256(&bytes), digest);
    let manifest: serde_json::Value = serde_json::from_slice(&bytes).expect("json");
    let config_digest = manifest["config"]["digest"].as_str().expect("config");
    assert_eq!(config_digest, id, "the config blob is the image id");
    let config = client.blob(&repo, config_digest).expect("config blob");
    assert_eq!(sha256(&config), id);
    assert_eq!(client.manifest_digest(&repo, "nope").expect("head"), None);
    assert!(client.tags("never/pushed").expect("tags").is_empty());
    (repo, digest)
}

#[test]
fn docker_push_and_pull_round_trip() {
    let (registry, _dir) = start_registry();
    let mut images = Images::new();
    let (repo, digest) = docker_round_trip(registry.addr(), &mut images);
    let events = registry.push_events();
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].repository, repo);
    assert_eq!(events[0].tag.as_deref(), Some("v1"));
    assert_eq!(events[0].digest, digest);
    assert_eq!(events[0].seq, 1);
    let journal = std::fs::read_to_string(registry.root().join("events.jsonl")).expect("journal");
    assert!(journal.contains(&digest), "{journal}");
}

#[test]
fn docker_push_and_pull_round_trip_on_the_reference_registry() {
    let reference = ReferenceRegistry::start();
    let mut images = Images::new();
    docker_round_trip(reference.addr, &mut images);
}

fn skopeo_round_trip(addr: SocketAddr, images: &mut Images) {
    let local = images.build(500);
    let id = image_id(&local);
    let client = RegistryClient::new(&addr.to_string(), None).expect("client");
    for (format, media_type) in [
        ("oci", registry::OCI_MANIFEST),
        ("v2s2", registry::DOCKER_MANIFEST),
    ] {
        let repo = unique("skopeo");
        let dest = format!("docker://{addr}/{repo}:{format}");
        run(
            "skopeo",
            &[
                "copy",
                "--dest-tls-verify=false",
                "--format",
                format,
                &format!("docker-daemon:{local}"),
                &dest,
            ],
        );
        let inspected: serde_json::Value = serde_json::from_str(&run(
            "skopeo",
            &["inspect", "--tls-verify=false", "--raw", &dest],
        ))
        .expect("json");
        assert_eq!(inspected["mediaType"], media_type);
        let (served_type, bytes) = client
            .manifest(&repo, format)
            .expect("get")
            .expect("present");
        assert_eq!(served_type, media_type);
        assert_eq!(
            serde_json::from_slice::<serde_json::Value>(&bytes).expect("json"),
            inspected
        );
        let info: serde_json::Value =
            serde_json::from_str(&run("skopeo", &["inspect", "--tls-verify=false", &dest]))
                .expect("json");
        assert_eq!(info["RepoTags"], serde_json::json!([format]));
        // Back into the engine: a v2s2 copy keeps the image id.
        let back = format!("{}:{format}", unique("devpath-regtest-back"));
        images.track(&back);
        run(
            "skopeo",
            &[
                "copy",
                "--src-tls-verify=false",
                &dest,
                &format!("docker-daemon:{back}"),
            ],
        );
        if format == "v2s2" {
            assert_eq!(image_id(&back), id);
        }
        run("docker", &["run", "--rm", &back, "/bin/busybox", "true"]);
    }
}

#[test]
fn skopeo_copies_oci_and_v2s2_both_ways() {
    let (registry, _dir) = start_registry();
    let mut images = Images::new();
    skopeo_round_trip(registry.addr(), &mut images);
}

#[test]
fn skopeo_copies_oci_and_v2s2_both_ways_on_the_reference_registry() {
    let reference = ReferenceRegistry::start();
    let mut images = Images::new();
    skopeo_round_trip(reference.addr, &mut images);
}

#[test]
fn docker_mounts_layers_across_repositories() {
    let (registry, _dir) = start_registry();
    let addr = registry.addr();
    let mut images = Images::new();
    let local = images.build(300);
    let first = format!("{addr}/{}:1", unique("first"));
    let second = format!("{addr}/{}:1", unique("second"));
    images.tag(&local, &first);
    images.tag(&local, &second);
    run("docker", &["push", &first]);
    let output = run("docker", &["push", &second]);
    assert!(output.contains("Mounted from"), "{output}");

    // And by hand: mount from a repository that has the blob, then from one
    // that has not.
    let blob = b"mounted bytes".to_vec();
    let digest = sha256(&blob);
    let put = raw(
        addr,
        "POST",
        &format!("/v2/mount/a/blobs/uploads/?digest={digest}"),
        &[],
        &blob,
    );
    assert_eq!(put.status, 201);
    assert_eq!(
        raw(
            addr,
            "HEAD",
            &format!("/v2/mount/b/blobs/{digest}"),
            &[],
            b""
        )
        .status,
        404
    );
    let mounted = raw(
        addr,
        "POST",
        &format!("/v2/mount/b/blobs/uploads/?mount={digest}&from=mount/a"),
        &[],
        b"",
    );
    assert_eq!(mounted.status, 201);
    assert_eq!(
        mounted.header("location"),
        Some(format!("/v2/mount/b/blobs/{digest}").as_str())
    );
    assert_eq!(
        mounted.header("docker-content-digest"),
        Some(digest.as_str())
    );
    let head = raw(
        addr,
        "HEAD",
        &format!("/v2/mount/b/blobs/{digest}"),
        &[],
        b"",
    );
    assert_eq!(head.status, 200);
    assert_eq!(head.header("content-length"), Some("13"));
    let not_there = raw(
        addr,
        "POST",
        &format!("/v2/mount/c/blobs/uploads/?mount={digest}&from=mount/nothing"),
        &[],
        b"",
    );
    assert_eq!(not_there.status, 202, "falls back to a new upload session");
    assert!(
        not_there
            .header("location")
            .expect("location")
            .starts_with("/v2/mount/c/blobs/uploads/")
    );
    assert_eq!(
        raw(
            addr,
            "HEAD",
            &format!("/v2/mount/c/blobs/{digest}"),
            &[],
            b""
        )
        .status,
        404
    );
}

/// Starts a chunked upload and returns its Location.
fn start_upload(addr: SocketAddr, repo: &str) -> String {
    let started = raw(
        addr,
        "POST",
        &format!("/v2/{repo}/blobs/uploads/"),
        &[],
        b"",
    );
    assert_eq!(started.status, 202);
    assert_eq!(started.header("range"), Some("0-0"));
    assert!(started.header("docker-upload-uuid").is_some());
    started.header("location").expect("location").to_string()
}

#[test]
fn uploads_check_digests_sizes_order_and_names() {
    let (registry, _dir) = start_registry();
    let addr = registry.addr();

    // Wrong digest on a monolithic upload.
    let wrong = sha256(b"something else");
    let answer = raw(
        addr,
        "POST",
        &format!("/v2/errs/blobs/uploads/?digest={wrong}"),
        &[],
        b"data",
    );
    assert_eq!(
        (answer.status, answer.code().as_str()),
        (400, "DIGEST_INVALID")
    );
    assert_eq!(
        raw(addr, "HEAD", &format!("/v2/errs/blobs/{wrong}"), &[], b"").status,
        404
    );
    // Malformed digest.
    let answer = raw(
        addr,
        "POST",
        "/v2/errs/blobs/uploads/?digest=sha256:XYZ",
        &[],
        b"data",
    );
    assert_eq!(
        (answer.status, answer.code().as_str()),
        (400, "DIGEST_INVALID")
    );

    // Bad names.
    for path in [
        "/v2/../x/tags/list",
        "/v2/Upper/tags/list",
        "/v2/a//b/blobs/uploads/",
    ] {
        let answer = raw(
            addr,
            if path.ends_with('/') { "POST" } else { "GET" },
            path,
            &[],
            b"",
        );
        assert_eq!(
            (answer.status, answer.code().as_str()),
            (400, "NAME_INVALID"),
            "{path}"
        );
    }
    let long = format!("/v2/{}/tags/list", "a".repeat(256));
    assert_eq!(raw(addr, "GET", &long, &[], b"").code(), "NAME_INVALID");

    // Chunks: in order, then out of order (416), then a wrong size.
    let location = start_upload(addr, "errs/chunks");
    let first = raw(
        addr,
        "PATCH",
        &location,
        &[
            ("Content-Range", "0-4"),
            ("Content-Type", "application/octet-stream"),
        ],
        b"hello",
    );
    assert_eq!(first.status, 202);
    assert_eq!(first.header("range"), Some("0-4"));
    let gap = raw(
        addr,
        "PATCH",
        &location,
        &[("Content-Range", "10-14")],
        b"world",
    );
    assert_eq!(
        (gap.status, gap.code().as_str()),
        (416, "BLOB_UPLOAD_INVALID")
    );
    assert_eq!(gap.header("range"), Some("0-4"));
    let mismatch = raw(
        addr,
        "PATCH",
        &location,
        &[("Content-Range", "5-14")],
        b"world",
    );
    assert_eq!(
        (mismatch.status, mismatch.code().as_str()),
        (400, "SIZE_INVALID")
    );
    let status = raw(addr, "GET", &location, &[], b"");
    assert_eq!(
        (status.status, status.header("range")),
        (204, Some("0-4")),
        "failed chunks left no bytes"
    );
    // Last chunk in the PUT body.
    let digest = sha256(b"hello, world");
    let done = raw(
        addr,
        "PUT",
        &format!("{location}?digest={digest}"),
        &[("Content-Range", "5-11")],
        b", world",
    );
    assert_eq!(done.status, 201, "{}", String::from_utf8_lossy(&done.body));
    assert_eq!(done.header("docker-content-digest"), Some(digest.as_str()));
    let got = raw(
        addr,
        "GET",
        &format!("/v2/errs/chunks/blobs/{digest}"),
        &[],
        b"",
    );
    assert_eq!(got.body, b"hello, world");
    // The session is gone.
    assert_eq!(
        raw(addr, "GET", &location, &[], b"").code(),
        "BLOB_UPLOAD_UNKNOWN"
    );
    assert_eq!(
        raw(
            addr,
            "PATCH",
            "/v2/errs/chunks/blobs/uploads/..%2F..%2Fetc",
            &[],
            b"x"
        )
        .code(),
        "BLOB_UPLOAD_UNKNOWN"
    );

    // A streamed PATCH with chunked transfer encoding, as docker sends it,
    // then a wrong digest on the PUT: the upload is discarded.
    let location = start_upload(addr, "errs/stream");
    let streamed = raw(
        addr,
        "PATCH",
        &location,
        &[("Transfer-Encoding", "chunked")],
        b"3\r\nabc\r\n4\r\ndefg\r\n0\r\n\r\n",
    );
    assert_eq!(
        (streamed.status, streamed.header("range")),
        (202, Some("0-6"))
    );
    let bad = raw(
        addr,
        "PUT",
        &format!("{location}?digest={}", sha256(b"abcdefX")),
        &[],
        b"",
    );
    assert_eq!((bad.status, bad.code().as_str()), (400, "DIGEST_INVALID"));
    assert_eq!(raw(addr, "GET", &location, &[], b"").status, 404);

    // sha512 digests work too.
    let data = b"sha512 content";
    let digest512 = {
        use sha2::Digest as _;
        format!("sha512:{}", hex::encode(sha2::Sha512::digest(data)))
    };
    let put = raw(
        addr,
        "POST",
        &format!("/v2/errs/sha512/blobs/uploads/?digest={digest512}"),
        &[],
        data,
    );
    assert_eq!(put.status, 201);
    assert_eq!(
        raw(
            addr,
            "GET",
            &format!("/v2/errs/sha512/blobs/{digest512}"),
            &[],
            b""
        )
        .body,
        data
    );

    // Cancelling.
    let location = start_upload(addr, "errs/cancel");
    assert_eq!(raw(addr, "DELETE", &location, &[], b"").status, 204);
    assert_eq!(raw(addr, "GET", &location, &[], b"").status, 404);
    let staged = files_under(&registry.root().join("uploads"));
    assert!(staged.is_empty(), "{staged:?}");
}

#[test]
fn blobs_serve_ranges() {
    let (registry, _dir) = start_registry();
    let addr = registry.addr();
    let blob: Vec<u8> = (0..=255u8).collect();
    let digest = sha256(&blob);
    assert_eq!(
        raw(
            addr,
            "POST",
            &format!("/v2/ranges/blobs/uploads/?digest={digest}"),
            &[],
            &blob
        )
        .status,
        201
    );
    let path = format!("/v2/ranges/blobs/{digest}");
    let part = raw(addr, "GET", &path, &[("Range", "bytes=10-19")], b"");
    assert_eq!(part.status, 206);
    assert_eq!(part.header("content-range"), Some("bytes 10-19/256"));
    assert_eq!(part.body, &blob[10..20]);
    let tail = raw(addr, "GET", &path, &[("Range", "bytes=-6")], b"");
    assert_eq!(tail.body, &blob[250..]);
    let outside = raw(addr, "GET", &path, &[("Range", "bytes=300-")], b"");
    assert_eq!(outside.status, 416);
    assert_eq!(outside.header("content-range"), Some("bytes */256"));
    assert_eq!(
        outside.header("content-length"),
        Some(outside.body.len().to_string().as_str())
    );
    let whole = raw(addr, "GET", &path, &[], b"");
    assert_eq!((whole.status, whole.body.len()), (200, 256));
    assert_eq!(whole.header("docker-content-digest"), Some(digest.as_str()));
    assert_eq!(raw(addr, "DELETE", &path, &[], b"").status, 202);
    assert_eq!(raw(addr, "GET", &path, &[], b"").code(), "BLOB_UNKNOWN");
}

fn push_blob(addr: SocketAddr, repo: &str, bytes: &[u8]) -> String {
    let digest = sha256(bytes);
    let answer = raw(
        addr,
        "POST",
        &format!("/v2/{repo}/blobs/uploads/?digest={digest}"),
        &[],
        bytes,
    );
    assert_eq!(answer.status, 201);
    digest
}

fn oci_manifest(
    config: &str,
    config_len: usize,
    layer: &str,
    layer_len: usize,
    subject: Option<(&str, usize)>,
) -> String {
    let mut value = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.example.sbom", "digest": config, "size": config_len},
        "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar", "digest": layer, "size": layer_len}],
    });
    if let Some((digest, size)) = subject {
        value["subject"] = serde_json::json!({"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": digest, "size": size});
    }
    value.to_string()
}

#[test]
fn manifests_tags_and_referrers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut config = RegistryConfig::new(dir.path().join("root"));
    config.max_manifest_bytes = 4 << 20;
    let registry = Registry::start(config, "127.0.0.1:0".parse().expect("addr")).expect("start");
    let addr = registry.addr();
    let repo = "lesson/manifests";
    let config_digest = push_blob(addr, repo, b"{}");
    let layer_digest = push_blob(addr, repo, b"layer");
    let oci = "application/vnd.oci.image.manifest.v1+json";
    let body = oci_manifest(&config_digest, 2, &layer_digest, 5, None);
    let digest = sha256(body.as_bytes());

    // Missing blob, content type mismatch, wrong digest.
    let missing = oci_manifest(&config_digest, 2, &sha256(b"absent"), 6, None);
    let answer = raw(
        addr,
        "PUT",
        &format!("/v2/{repo}/manifests/x"),
        &[("Content-Type", oci)],
        missing.as_bytes(),
    );
    assert_eq!(
        (answer.status, answer.code().as_str()),
        (400, "MANIFEST_BLOB_UNKNOWN")
    );
    let answer = raw(
        addr,
        "PUT",
        &format!("/v2/{repo}/manifests/x"),
        &[("Content-Type", registry::DOCKER_MANIFEST)],
        body.as_bytes(),
    );
    assert_eq!(
        (answer.status, answer.code().as_str()),
        (400, "MANIFEST_INVALID")
    );
    let answer = raw(
        addr,
        "PUT",
        &format!("/v2/{repo}/manifests/{}", sha256(b"other")),
        &[("Content-Type", oci)],
        body.as_bytes(),
    );
    assert_eq!(
        (answer.status, answer.code().as_str()),
        (400, "DIGEST_INVALID")
    );

    // By tag, with extra ?tag= tags.
    let put = raw(
        addr,
        "PUT",
        &format!("/v2/{repo}/manifests/b?tag=a&tag=c"),
        &[("Content-Type", oci)],
        body.as_bytes(),
    );
    assert_eq!(put.status, 201, "{}", String::from_utf8_lossy(&put.body));
    assert_eq!(put.header("docker-content-digest"), Some(digest.as_str()));
    assert_eq!(
        put.header("location"),
        Some(format!("/v2/{repo}/manifests/{digest}").as_str())
    );
    let tags = raw(addr, "GET", &format!("/v2/{repo}/tags/list"), &[], b"").json();
    assert_eq!(tags["tags"], serde_json::json!(["a", "b", "c"]));
    let page = raw(addr, "GET", &format!("/v2/{repo}/tags/list?n=2"), &[], b"");
    assert_eq!(page.json()["tags"], serde_json::json!(["a", "b"]));
    assert_eq!(
        page.header("link"),
        Some(format!("</v2/{repo}/tags/list?last=b&n=2>; rel=\"next\"").as_str())
    );
    let last = raw(
        addr,
        "GET",
        &format!("/v2/{repo}/tags/list?n=2&last=b"),
        &[],
        b"",
    );
    assert_eq!(
        (last.json()["tags"].clone(), last.header("link")),
        (serde_json::json!(["c"]), None)
    );
    assert_eq!(
        raw(addr, "GET", "/v2/nothing/here/tags/list", &[], b"").code(),
        "NAME_UNKNOWN"
    );

    // GET and HEAD, with repeated and comma-joined Accept headers.
    let get = raw(
        addr,
        "GET",
        &format!("/v2/{repo}/manifests/a"),
        &[("Accept", registry::DOCKER_MANIFEST), ("Accept", oci)],
        b"",
    );
    assert_eq!(get.status, 200);
    assert_eq!(get.body, body.as_bytes(), "stored byte for byte");
    assert_eq!(get.header("content-type"), Some(oci));
    assert_eq!(get.header("docker-content-digest"), Some(digest.as_str()));
    let joined = format!("{}, {oci}", registry::DOCKER_MANIFEST);
    let head = raw(
        addr,
        "HEAD",
        &format!("/v2/{repo}/manifests/{digest}"),
        &[("Accept", &joined)],
        b"",
    );
    assert_eq!(head.status, 200);
    assert_eq!(
        head.header("content-length"),
        Some(body.len().to_string().as_str())
    );
    let refused = raw(
        addr,
        "GET",
        &format!("/v2/{repo}/manifests/a"),
        &[("Accept", registry::DOCKER_MANIFEST)],
        b"",
    );
    assert_eq!(
        (refused.status, refused.code().as_str()),
        (404, "MANIFEST_UNKNOWN")
    );

    // Referrers: a manifest whose subject is the first one.
    let sbom_config = push_blob(addr, repo, b"{\"sbom\":1}");
    let referrer = oci_manifest(
        &sbom_config,
        10,
        &layer_digest,
        5,
        Some((&digest, body.len())),
    );
    let referrer_digest = sha256(referrer.as_bytes());
    let put = raw(
        addr,
        "PUT",
        &format!("/v2/{repo}/manifests/{referrer_digest}"),
        &[("Content-Type", oci)],
        referrer.as_bytes(),
    );
    assert_eq!(put.status, 201);
    assert_eq!(put.header("oci-subject"), Some(digest.as_str()));
    let index = raw(
        addr,
        "GET",
        &format!("/v2/{repo}/referrers/{digest}"),
        &[],
        b"",
    );
    assert_eq!(
        index.header("content-type"),
        Some("application/vnd.oci.image.index.v1+json")
    );
    let found = index.json();
    assert_eq!(found["manifests"][0]["digest"], referrer_digest);
    assert_eq!(
        found["manifests"][0]["artifactType"],
        "application/vnd.example.sbom"
    );
    let filtered = raw(
        addr,
        "GET",
        &format!("/v2/{repo}/referrers/{digest}?artifactType=application/vnd.other"),
        &[],
        b"",
    );
    assert_eq!(filtered.header("oci-filters-applied"), Some("artifactType"));
    assert_eq!(filtered.json()["manifests"], serde_json::json!([]));

    // An index needs its children.
    let index_body = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.index.v1+json",
        "manifests": [{"mediaType": oci, "digest": sha256(b"no such manifest"), "size": 1}],
    })
    .to_string();
    let answer = raw(
        addr,
        "PUT",
        &format!("/v2/{repo}/manifests/idx"),
        &[("Content-Type", "application/vnd.oci.image.index.v1+json")],
        index_body.as_bytes(),
    );
    assert_eq!(
        (answer.status, answer.code().as_str()),
        (400, "MANIFEST_UNKNOWN")
    );

    // Size limit: 4 MiB fits, just above does not.
    let mut big = serde_json::json!({
        "schemaVersion": 2, "mediaType": oci,
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": config_digest, "size": 2},
        "layers": [], "annotations": {"pad": ""},
    });
    let overhead = big.to_string().len();
    big["annotations"]["pad"] = "x".repeat((4 << 20) - overhead).into();
    let fits = big.to_string();
    assert_eq!(fits.len(), 4 << 20);
    assert_eq!(
        raw(
            addr,
            "PUT",
            &format!("/v2/{repo}/manifests/big"),
            &[("Content-Type", oci)],
            fits.as_bytes()
        )
        .status,
        201
    );
    big["annotations"]["pad"] = "x".repeat((4 << 20) - overhead + 1).into();
    let too_big = raw(
        addr,
        "PUT",
        &format!("/v2/{repo}/manifests/big2"),
        &[("Content-Type", oci)],
        big.to_string().as_bytes(),
    );
    assert_eq!(
        (too_big.status, too_big.code().as_str()),
        (413, "SIZE_INVALID")
    );

    // Deletes.
    assert_eq!(
        raw(addr, "DELETE", &format!("/v2/{repo}/manifests/c"), &[], b"").status,
        202
    );
    assert_eq!(
        raw(
            addr,
            "DELETE",
            &format!("/v2/{repo}/manifests/{referrer_digest}"),
            &[],
            b""
        )
        .status,
        202
    );
    assert_eq!(
        raw(
            addr,
            "GET",
            &format!("/v2/{repo}/referrers/{digest}"),
            &[],
            b""
        )
        .json()["manifests"],
        serde_json::json!([])
    );
    assert_eq!(
        raw(
            addr,
            "DELETE",
            &format!("/v2/{repo}/manifests/{digest}"),
            &[],
            b""
        )
        .status,
        202
    );
    assert_eq!(
        raw(addr, "GET", &format!("/v2/{repo}/manifests/a"), &[], b"").code(),
        "MANIFEST_UNKNOWN"
    );
    let tags = raw(addr, "GET", &format!("/v2/{repo}/tags/list"), &[], b"").json();
    assert_eq!(tags["tags"], serde_json::json!(["big"]));

    assert_eq!(
        raw(addr, "GET", &format!("/v2/{repo}/tags/list?n=0"), &[], b"").json()["tags"],
        serde_json::json!([])
    );

    // The catalog, with pages.
    for other in ["lesson/aaa", "lesson/zzz"] {
        for blob in [&config_digest, &layer_digest] {
            let mounted = raw(
                addr,
                "POST",
                &format!("/v2/{other}/blobs/uploads/?mount={blob}&from={repo}"),
                &[],
                b"",
            );
            assert_eq!(mounted.status, 201);
        }
        assert_eq!(
            raw(
                addr,
                "PUT",
                &format!("/v2/{other}/manifests/1"),
                &[("Content-Type", oci)],
                body.as_bytes()
            )
            .status,
            201
        );
    }
    let catalog = raw(addr, "GET", "/v2/_catalog?n=5000", &[], b"").json();
    assert_eq!(
        catalog["repositories"],
        serde_json::json!(["lesson/aaa", repo, "lesson/zzz"])
    );
    let first = raw(addr, "GET", "/v2/_catalog?n=1", &[], b"");
    assert_eq!(
        first.json()["repositories"],
        serde_json::json!(["lesson/aaa"])
    );
    assert_eq!(
        first.header("link"),
        Some("</v2/_catalog?last=lesson/aaa&n=1>; rel=\"next\"")
    );
    let client = RegistryClient::new(&addr.to_string(), None).expect("client");
    assert_eq!(
        client.catalog().expect("catalog"),
        ["lesson/aaa", repo, "lesson/zzz"]
    );
    let base = raw(addr, "GET", "/v2/", &[], b"");
    assert_eq!((base.status, base.body.as_slice()), (200, b"{}".as_slice()));
    assert_eq!(
        base.header("docker-distribution-api-version"),
        Some("registry/2.0")
    );
}

#[test]
fn limits_refuse_with_clear_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut config = RegistryConfig::new(dir.path().join("root"));
    config.max_upload_bytes = 1000;
    config.max_total_bytes = 1500;
    let registry = Registry::start(config, "127.0.0.1:0".parse().expect("addr")).expect("start");
    let addr = registry.addr();
    let big = vec![7u8; 1001];
    let answer = raw(
        addr,
        "POST",
        &format!("/v2/limits/blobs/uploads/?digest={}", sha256(&big)),
        &[],
        &big,
    );
    assert_eq!(
        (answer.status, answer.code().as_str()),
        (413, "SIZE_INVALID")
    );
    let ok = vec![1u8; 900];
    assert_eq!(
        raw(
            addr,
            "POST",
            &format!("/v2/limits/blobs/uploads/?digest={}", sha256(&ok)),
            &[],
            &ok
        )
        .status,
        201
    );
    let more = vec![2u8; 900];
    let answer = raw(
        addr,
        "POST",
        &format!("/v2/limits/blobs/uploads/?digest={}", sha256(&more)),
        &[],
        &more,
    );
    assert_eq!((answer.status, answer.code().as_str()), (507, "DENIED"));
    let message = answer.json()["errors"][0]["message"]
        .as_str()
        .expect("message")
        .to_string();
    assert!(message.contains("storage limit"), "{message}");
    assert!(files_under(&registry.root().join("uploads")).is_empty());
}

#[test]
fn concurrent_pushes_of_the_same_image_all_succeed() {
    let (registry, _dir) = start_registry();
    let addr = registry.addr();
    let mut images = Images::new();
    let local = images.build(200_000);
    let repo = unique("together");
    let mut remotes = Vec::new();
    for i in 0..3 {
        let remote = format!("{addr}/{repo}:t{i}");
        images.tag(&local, &remote);
        remotes.push(remote);
    }
    let mut threads = Vec::new();
    for remote in remotes.clone() {
        threads.push(std::thread::spawn(move || {
            run("docker", &["push", &remote])
        }));
    }
    for format in ["oci", "v2s2"] {
        let source = format!("docker-daemon:{local}");
        let dest = format!("docker://{addr}/{repo}:skopeo-{format}");
        threads.push(std::thread::spawn(move || {
            run(
                "skopeo",
                &[
                    "copy",
                    "--dest-tls-verify=false",
                    "--format",
                    format,
                    &source,
                    &dest,
                ],
            )
        }));
    }
    for thread in threads {
        thread.join().expect("push thread");
    }
    let client = RegistryClient::new(&addr.to_string(), None).expect("client");
    assert_eq!(
        client.tags(&repo).expect("tags"),
        ["skopeo-oci", "skopeo-v2s2", "t0", "t1", "t2"]
    );
    let id = image_id(&local);
    images.untag(&remotes[1]);
    run("docker", &["pull", &remotes[1]]);
    assert_eq!(image_id(&remotes[1]), id);
    assert!(files_under(&registry.root().join("uploads")).is_empty());
    assert_eq!(registry.push_events().len(), 5);
}

#[test]
fn a_crash_mid_upload_leaves_nothing_visible_and_the_next_push_works() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("root");
    let mut images = Images::new();
    let local = images.build(100);
    let repo = unique("crash");

    let mut server = ServeProcess::start(&root, &[]);
    let before = format!("{}/{repo}:before", server.addr);
    images.tag(&local, &before);
    run("docker", &["push", &before]);

    // Half a blob, then SIGKILL.
    let blob: Vec<u8> = (0..4 << 20).map(|i| (i % 251) as u8).collect();
    let digest = sha256(&blob);
    let location = start_upload(server.addr, &repo);
    let mut stream = std::net::TcpStream::connect(server.addr).expect("connect");
    let head = format!(
        "PATCH {location} HTTP/1.1\r\nHost: {}\r\nContent-Length: {}\r\n\r\n",
        server.addr,
        blob.len()
    );
    stream.write_all(head.as_bytes()).expect("head");
    stream.write_all(&blob[..3 << 20]).expect("half");
    stream.flush().expect("flush");
    let staged = root
        .join("uploads")
        .join(location.rsplit('/').next().expect("id"));
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while std::fs::metadata(&staged).map(|m| m.len()).unwrap_or(0) < 1 << 20 {
        assert!(
            std::time::Instant::now() < deadline,
            "the upload never reached the disk"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    server.kill();
    drop(stream);

    let server = ServeProcess::start(&root, &[]);
    let addr = server.addr;
    assert!(
        files_under(&root.join("uploads")).is_empty(),
        "stale uploads are removed on start"
    );
    assert_eq!(
        raw(
            addr,
            "HEAD",
            &format!("/v2/{repo}/blobs/{digest}"),
            &[],
            b""
        )
        .status,
        404
    );
    assert!(
        !files_under(&root.join("blobs"))
            .iter()
            .any(|p| p.ends_with(&digest["sha256:".len()..]))
    );
    assert_eq!(
        raw(addr, "GET", &location, &[], b"").code(),
        "BLOB_UPLOAD_UNKNOWN"
    );

    // What was pushed before the crash is intact, and a new push works.
    let id = image_id(&local);
    let old = format!("{addr}/{repo}:before");
    images.track(&old);
    run("docker", &["pull", &old]);
    assert_eq!(image_id(&old), id);
    let after = format!("{addr}/{repo}:after");
    images.tag(&local, &after);
    run("docker", &["push", &after]);
    assert_eq!(
        raw(
            addr,
            "POST",
            &format!("/v2/{repo}/blobs/uploads/?digest={digest}"),
            &[],
            &blob
        )
        .status,
        201
    );
    let client = RegistryClient::new(&addr.to_string(), None).expect("client");
    assert_eq!(client.blob(&repo, &digest).expect("blob").len(), blob.len());
    assert_eq!(client.tags(&repo).expect("tags"), ["after", "before"]);
    // The verb prints one line per push (it polls every 200 ms).
    let expected = format!("{addr}/{repo}:after");
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !server.output().contains(&expected) && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = server.output();
    assert!(output.contains(&expected), "{output}");
}

/// The bytes staged for the upload at `location`.
fn staged_file(registry: &Registry, location: &str) -> std::path::PathBuf {
    registry
        .root()
        .join("uploads")
        .join(location.rsplit('/').next().expect("id"))
}

/// Issue 14: after 1,024 abandoned upload sessions, every new upload got
/// 429, a real push included.
#[test]
fn abandoned_uploads_never_lock_out_a_push() {
    let (registry, _dir) = start_registry();
    let addr = registry.addr();
    let repo = unique("abandoned");
    // The first session holds bytes; then 1,100 more are started and left.
    let first = start_upload(addr, &repo);
    let patched = raw(addr, "PATCH", &first, &[], &[7u8; 1000]);
    assert_eq!(patched.status, 202);
    let first_file = staged_file(&registry, &first);
    assert_eq!(std::fs::metadata(&first_file).expect("staged").len(), 1000);
    for i in 0..1100 {
        let started = raw(
            addr,
            "POST",
            &format!("/v2/{repo}/blobs/uploads/"),
            &[],
            b"",
        );
        assert_eq!(
            started.status,
            202,
            "upload {} of 1,101: {}",
            i + 2,
            String::from_utf8_lossy(&started.body)
        );
    }
    let staged = files_under(&registry.root().join("uploads")).len();
    assert_eq!(staged, 1024, "evicted sessions leave no file behind");

    // The session idle the longest was evicted, with its bytes.
    assert!(!first_file.exists());
    for (method, target) in [
        ("PATCH", first.clone()),
        ("PUT", format!("{first}?digest={}", sha256(&[7u8; 1000]))),
    ] {
        let answer = raw(addr, method, &target, &[], b"more");
        assert_eq!(
            (answer.status, answer.code().as_str()),
            (404, "BLOB_UPLOAD_UNKNOWN"),
            "{method}"
        );
    }

    // Real clients push.
    let mut images = Images::new();
    let local = images.build(300);
    let remote = format!("{addr}/{repo}:docker");
    images.tag(&local, &remote);
    run("docker", &["push", &remote]);
    run(
        "skopeo",
        &[
            "copy",
            "--dest-tls-verify=false",
            &format!("docker-daemon:{local}"),
            &format!("docker://{addr}/{repo}:skopeo"),
        ],
    );
    let client = RegistryClient::new(&addr.to_string(), None).expect("client");
    assert_eq!(client.tags(&repo).expect("tags"), ["docker", "skopeo"]);
    assert!(files_under(&registry.root().join("uploads")).len() <= 1024);
}

/// Starts a registry whose upload sessions expire after `idle`.
fn start_registry_with_idle_timeout(
    idle: Duration,
    max_total_bytes: u64,
) -> (Registry, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut config = RegistryConfig::new(dir.path().join("root"));
    config.upload_idle_timeout = idle;
    config.max_total_bytes = max_total_bytes;
    let registry = Registry::start(config, "127.0.0.1:0".parse().expect("addr")).expect("start");
    (registry, dir)
}

#[test]
fn an_idle_upload_expires_with_its_bytes_and_a_busy_one_lives_on() {
    const IDLE: Duration = Duration::from_secs(2);
    // Room for the abandoned 1,000 bytes or the final 1,000-byte blob, not
    // both: the push at the end passes only if expiry gave the bytes back.
    let (registry, _dir) = start_registry_with_idle_timeout(IDLE, 1500);
    let addr = registry.addr();
    let repo = unique("idle");

    let abandoned = start_upload(addr, &repo);
    assert_eq!(
        raw(addr, "PATCH", &abandoned, &[], &[1u8; 1000]).status,
        202
    );
    let abandoned_file = staged_file(&registry, &abandoned);
    assert!(abandoned_file.exists());

    // A slow client: one small chunk every 300 ms, for two timeouts.
    let busy = start_upload(addr, &repo);
    let mut sent = Vec::new();
    let started = std::time::Instant::now();
    while started.elapsed() < 2 * IDLE {
        let chunk = [sent.len() as u8; 10];
        let answer = raw(addr, "PATCH", &busy, &[], &chunk);
        assert_eq!(
            answer.status,
            202,
            "{}",
            String::from_utf8_lossy(&answer.body)
        );
        sent.extend_from_slice(&chunk);
        std::thread::sleep(Duration::from_millis(300));
    }
    let done = raw(
        addr,
        "PUT",
        &format!("{busy}?digest={}", sha256(&sent)),
        &[],
        b"",
    );
    assert_eq!(done.status, 201, "{}", String::from_utf8_lossy(&done.body));

    // Nobody touched the abandoned session: the sweep (every second here)
    // removes its bytes.
    let deadline = std::time::Instant::now() + 2 * IDLE;
    while abandoned_file.exists() {
        assert!(
            std::time::Instant::now() < deadline,
            "the idle session's bytes are still on disk"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    for (method, target) in [
        ("GET", abandoned.clone()),
        ("PATCH", abandoned.clone()),
        (
            "PUT",
            format!("{abandoned}?digest={}", sha256(&[1u8; 1000])),
        ),
    ] {
        let answer = raw(addr, method, &target, &[], b"");
        assert_eq!(
            (answer.status, answer.code().as_str()),
            (404, "BLOB_UPLOAD_UNKNOWN"),
            "{method}"
        );
    }

    // A session whose client comes back just after the timeout.
    let late = start_upload(addr, &repo);
    assert_eq!(raw(addr, "PATCH", &late, &[], b"late").status, 202);
    let late_file = staged_file(&registry, &late);
    std::thread::sleep(IDLE + Duration::from_millis(100));
    let answer = raw(
        addr,
        "PUT",
        &format!("{late}?digest={}", sha256(b"late")),
        &[],
        b"",
    );
    assert_eq!(
        (answer.status, answer.code().as_str()),
        (404, "BLOB_UPLOAD_UNKNOWN")
    );
    assert!(!late_file.exists());
    assert_eq!(
        raw(
            addr,
            "HEAD",
            &format!("/v2/{repo}/blobs/{}", sha256(b"late")),
            &[],
            b""
        )
        .status,
        404
    );

    // The expired sessions' bytes no longer count against the storage limit.
    let blob = vec![9u8; 1000];
    push_blob(addr, &repo, &blob);
    assert!(files_under(&registry.root().join("uploads")).is_empty());
}

#[test]
fn auth_needs_the_user_and_the_token() {
    let dir = tempfile::tempdir().expect("tempdir");
    let token = unique("tok");
    let mut config = RegistryConfig::new(dir.path().join("root"));
    config.auth = Some(Credentials {
        user: Some("ci".into()),
        token: token.clone(),
    });
    let registry = Registry::start(config, "127.0.0.1:0".parse().expect("addr")).expect("start");
    let addr = registry.addr();

    let refused = raw(addr, "GET", "/v2/", &[], b"");
    assert_eq!(
        (refused.status, refused.code().as_str()),
        (401, "UNAUTHORIZED")
    );
    assert_eq!(
        refused.header("www-authenticate"),
        Some("Basic realm=\"devpath\"")
    );
    let catalog = |user: &str, password: &str| {
        raw(
            addr,
            "GET",
            "/v2/_catalog",
            &[("Authorization", &basic_auth(user, password))],
            b"",
        )
        .status
    };
    assert_eq!(catalog("ci", &token), 200);
    assert_eq!(catalog("ci", "wrong"), 401);
    assert_eq!(catalog("anyone", &token), 401);

    let docker_config = tempfile::tempdir().expect("docker config");
    let env = [(
        "DOCKER_CONFIG",
        docker_config.path().to_str().expect("utf8"),
    )];
    let bad = docker_login(addr, "ci", "wrong", docker_config.path());
    assert!(!bad.status.success());
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("401")
            || String::from_utf8_lossy(&bad.stderr).contains("nauthorized"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
    let good = docker_login(addr, "ci", &token, docker_config.path());
    assert!(
        good.status.success(),
        "{}",
        String::from_utf8_lossy(&good.stderr)
    );

    let mut images = Images::new();
    let local = images.build(50);
    let remote = format!("{addr}/{}:1", unique("secret"));
    images.tag(&local, &remote);
    let pushed = run_output("docker", &["push", &remote], &env);
    assert!(
        pushed.status.success(),
        "{}",
        String::from_utf8_lossy(&pushed.stderr)
    );
    let anonymous = run_output(
        "docker",
        &["push", &remote],
        &[("DOCKER_CONFIG", dir.path().to_str().expect("utf8"))],
    );
    assert!(
        !anonymous.status.success(),
        "a push without login must fail"
    );

    let repo = remote
        .split('/')
        .nth(1)
        .and_then(|r| r.split(':').next())
        .expect("repo");
    let client = RegistryClient::new(&addr.to_string(), Some(("ci", &token))).expect("client");
    assert_eq!(client.tags(repo).expect("tags"), ["1"]);
    let no_token = RegistryClient::new(&addr.to_string(), None).expect("client");
    assert!(no_token.catalog().is_err());
    let other_user =
        RegistryClient::new(&addr.to_string(), Some(("anyone", &token))).expect("client");
    assert!(other_user.catalog().is_err());
}

/// Issue 14: `registry serve --auth USER:TOKEN` let any user name in with
/// the right token.
#[test]
fn serve_auth_refuses_the_right_token_under_another_user_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let token = unique("tok");
    let server = ServeProcess::start(
        &dir.path().join("root"),
        &["--auth", &format!("ci:{token}")],
    );
    let addr = server.addr;
    let get = |user: &str, password: &str| {
        raw(
            addr,
            "GET",
            "/v2/",
            &[("Authorization", &basic_auth(user, password))],
            b"",
        )
    };
    assert_eq!(get("ci", &token).status, 200);
    for user in ["intruder", "CI", "ci ", ""] {
        let refused = get(user, &token);
        assert_eq!(
            (refused.status, refused.code().as_str()),
            (401, "UNAUTHORIZED"),
            "user {user:?}"
        );
        assert_eq!(
            refused.header("www-authenticate"),
            Some("Basic realm=\"devpath\"")
        );
    }

    let docker_config = tempfile::tempdir().expect("docker config");
    let intruder = docker_login(addr, "intruder", &token, docker_config.path());
    let stderr = String::from_utf8_lossy(&intruder.stderr);
    assert!(!intruder.status.success(), "{stderr}");
    assert!(
        stderr.contains("401") || stderr.contains("nauthorized"),
        "{stderr}"
    );
    let ci = docker_login(addr, "ci", &token, docker_config.path());
    assert!(
        ci.status.success(),
        "{}",
        String::from_utf8_lossy(&ci.stderr)
    );

    // `--auth TOKEN` names no user: any user name is accepted, as before.
    let open_dir = tempfile::tempdir().expect("tempdir");
    let any_user = ServeProcess::start(&open_dir.path().join("root"), &["--auth", &token]);
    let answer = raw(
        any_user.addr,
        "GET",
        "/v2/",
        &[("Authorization", &basic_auth("whoever", &token))],
        b"",
    );
    assert_eq!(answer.status, 200);
    let answer = raw(
        any_user.addr,
        "GET",
        "/v2/",
        &[("Authorization", &basic_auth("whoever", "wrong"))],
        b"",
    );
    assert_eq!(answer.status, 401);
}

#[test]
fn serve_refuses_non_loopback_addresses() {
    let output = run_output(
        env!("CARGO_BIN_EXE_devpath"),
        &["registry", "serve", "--addr", "0.0.0.0:5000"],
        &[],
    );
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("not a loopback address"), "{stderr}");
    let refused = Registry::start(
        RegistryConfig::new("/nonexistent-devpath"),
        "0.0.0.0:0".parse().expect("addr"),
    );
    assert!(refused.is_err());
}

/// The peak resident memory of a process, in bytes.
fn peak_rss(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("status");
    let kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM");
    kb * 1024
}

#[test]
fn a_large_blob_streams_in_flat_memory() {
    use sha2::Digest as _;
    use std::io::{Read as _, Write as _};
    let dir = tempfile::tempdir().expect("tempdir");
    let server = ServeProcess::start(&dir.path().join("root"), &[]);
    let addr = server.addr;
    const SIZE: usize = 200 << 20;
    let chunk: Vec<u8> = (0..1 << 20).map(|i| (i * 7 % 256) as u8).collect();
    let mut hasher = sha2::Sha256::new();

    // One streamed PATCH (chunked, no Content-Range), as docker sends it.
    let location = start_upload(addr, "big/blob");
    let mut stream = std::net::TcpStream::connect(addr).expect("connect");
    let head = format!(
        "PATCH {location} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).expect("head");
    for _ in 0..SIZE / chunk.len() {
        hasher.update(&chunk);
        stream
            .write_all(format!("{:x}\r\n", chunk.len()).as_bytes())
            .expect("size");
        stream.write_all(&chunk).expect("chunk");
        stream.write_all(b"\r\n").expect("crlf");
    }
    stream.write_all(b"0\r\n\r\n").expect("end");
    let answer = read_raw(stream, false);
    assert_eq!(answer.status, 202);
    assert_eq!(
        answer.header("range"),
        Some(format!("0-{}", SIZE - 1).as_str())
    );
    let digest = format!("sha256:{}", hex::encode(hasher.finalize()));
    assert_eq!(
        raw(
            addr,
            "PUT",
            &format!("{location}?digest={digest}"),
            &[],
            b""
        )
        .status,
        201
    );

    // Download it, hashing as it comes.
    let mut stream = std::net::TcpStream::connect(addr).expect("connect");
    let request = format!(
        "GET /v2/big/blob/blobs/{digest} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).expect("request");
    let mut reader = std::io::BufReader::new(stream);
    let mut head = Vec::new();
    while !head.ends_with(b"\r\n\r\n") {
        let mut byte = [0u8; 1];
        reader.read_exact(&mut byte).expect("head byte");
        head.push(byte[0]);
    }
    assert!(
        head.starts_with(b"HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&head)
    );
    let mut hasher = sha2::Sha256::new();
    let mut buffer = vec![0u8; 1 << 20];
    let mut total = 0;
    loop {
        let n = reader.read(&mut buffer).expect("read");
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
        total += n;
    }
    assert_eq!(total, SIZE);
    assert_eq!(format!("sha256:{}", hex::encode(hasher.finalize())), digest);

    let peak = peak_rss(server.pid());
    assert!(
        peak < 50 << 20,
        "peak RSS {} MiB for a {} MiB blob",
        peak >> 20,
        SIZE >> 20
    );
}

#[test]
fn serve_prints_how_to_use_it_and_never_the_token() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("root");
    let token = unique("very-secret");
    let server = ServeProcess::start(&root, &["--auth", &format!("ci:{token}")]);
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !server.output().contains("Ctrl-C") && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = server
        .output()
        .replace(&server.addr.to_string(), "<addr>")
        .replace(&root.display().to_string(), "<root>");
    assert!(!output.contains(&token));
    insta::assert_snapshot!(output, @r#"
    devpath registry listening on http://<addr> (storage: <root>)
      log in:  printf '%s' "$TOKEN" | docker login <addr> -u ci --password-stdin
      push:    docker tag IMAGE <addr>/NAME:TAG && docker push <addr>/NAME:TAG
      pull:    docker pull <addr>/NAME:TAG
    Press Ctrl-C to stop.
    "#);
}

#[test]
fn one_root_serves_one_registry_at_a_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("root");
    let addr: SocketAddr = "127.0.0.1:0".parse().expect("addr");
    let first = Registry::start(RegistryConfig::new(&root), addr).expect("first");
    let second = Registry::start(RegistryConfig::new(&root), addr);
    let message = second.expect_err("the root is in use").to_string();
    assert!(
        message.contains("in use by another running registry"),
        "{message}"
    );
    first.stop();
    Registry::start(RegistryConfig::new(&root), addr)
        .expect("the lock goes with the registry")
        .stop();
}
