//! The distribution spec's error envelope,
//! `{"errors":[{"code":…,"message":…,"detail":…}]}`, with its status codes.

use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// An error code from the distribution spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Code {
    BlobUnknown,
    BlobUploadInvalid,
    BlobUploadUnknown,
    DigestInvalid,
    ManifestBlobUnknown,
    ManifestInvalid,
    ManifestUnknown,
    NameInvalid,
    NameUnknown,
    SizeInvalid,
    Unauthorized,
    Denied,
    Unsupported,
    TooManyRequests,
    /// Not in the spec's table: the reference registry's code for its own
    /// failures (a storage error), sent with status 500.
    Unknown,
}

impl Code {
    /// The code as written in the envelope.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Code::BlobUnknown => "BLOB_UNKNOWN",
            Code::BlobUploadInvalid => "BLOB_UPLOAD_INVALID",
            Code::BlobUploadUnknown => "BLOB_UPLOAD_UNKNOWN",
            Code::DigestInvalid => "DIGEST_INVALID",
            Code::ManifestBlobUnknown => "MANIFEST_BLOB_UNKNOWN",
            Code::ManifestInvalid => "MANIFEST_INVALID",
            Code::ManifestUnknown => "MANIFEST_UNKNOWN",
            Code::NameInvalid => "NAME_INVALID",
            Code::NameUnknown => "NAME_UNKNOWN",
            Code::SizeInvalid => "SIZE_INVALID",
            Code::Unauthorized => "UNAUTHORIZED",
            Code::Denied => "DENIED",
            Code::Unsupported => "UNSUPPORTED",
            Code::TooManyRequests => "TOO_MANY_REQUESTS",
            Code::Unknown => "UNKNOWN",
        }
    }

    /// The status the spec (or the reference registry) pairs with the code.
    fn default_status(self) -> StatusCode {
        match self {
            Code::BlobUnknown
            | Code::BlobUploadUnknown
            | Code::ManifestUnknown
            | Code::NameUnknown => StatusCode::NOT_FOUND,
            Code::BlobUploadInvalid
            | Code::DigestInvalid
            | Code::ManifestBlobUnknown
            | Code::ManifestInvalid
            | Code::NameInvalid
            | Code::SizeInvalid => StatusCode::BAD_REQUEST,
            Code::Unauthorized => StatusCode::UNAUTHORIZED,
            Code::Denied => StatusCode::FORBIDDEN,
            Code::Unsupported => StatusCode::METHOD_NOT_ALLOWED,
            Code::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            Code::Unknown => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// An error answer: a status, one envelope entry and extra headers (boxed:
/// it travels through many `Result`s).
#[derive(Debug)]
pub(crate) struct ApiError(Box<Inner>);

#[derive(Debug)]
struct Inner {
    status: StatusCode,
    code: Code,
    message: String,
    detail: serde_json::Value,
    headers: HeaderMap,
}

impl ApiError {
    /// An error with the code's usual status.
    pub(crate) fn new(code: Code, message: impl Into<String>) -> ApiError {
        ApiError(Box::new(Inner {
            status: code.default_status(),
            code,
            message: message.into(),
            detail: serde_json::Value::Null,
            headers: HeaderMap::new(),
        }))
    }

    /// Overrides the status (413 for sizes, 416 for ranges …).
    pub(crate) fn status(mut self, status: StatusCode) -> ApiError {
        self.0.status = status;
        self
    }

    /// Adds a `detail` object.
    pub(crate) fn detail(mut self, detail: serde_json::Value) -> ApiError {
        self.0.detail = detail;
        self
    }

    /// Adds a response header (values that are not valid header text are
    /// dropped: they only ever come from this module's own formatting).
    pub(crate) fn header(mut self, name: HeaderName, value: &str) -> ApiError {
        if let Ok(value) = HeaderValue::from_str(value) {
            self.0.headers.insert(name, value);
        }
        self
    }

    /// A storage failure: the registry's disk broke, not the client.
    pub(crate) fn storage(error: &std::io::Error) -> ApiError {
        ApiError::new(
            Code::Unknown,
            format!("registry storage error: {error}; check the registry's disk"),
        )
    }

    /// The error code.
    #[cfg(test)]
    pub(crate) fn code(&self) -> Code {
        self.0.code
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let error = *self.0;
        let mut entry = serde_json::json!({
            "code": error.code.as_str(),
            "message": error.message,
        });
        if !error.detail.is_null() {
            entry["detail"] = error.detail;
        }
        let body = serde_json::json!({ "errors": [entry] }).to_string();
        let mut response = (error.status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        headers.insert(
            "docker-distribution-api-version",
            HeaderValue::from_static("registry/2.0"),
        );
        headers.extend(error.headers);
        response
    }
}

impl From<std::io::Error> for ApiError {
    fn from(error: std::io::Error) -> ApiError {
        ApiError::storage(&error)
    }
}
