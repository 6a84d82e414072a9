//! Hand-written matchers for everything a request names: repository names,
//! tags, digests and upload ids.
//!
//! Every path the store builds comes from values that passed one of these
//! matchers, so no request can name a file outside the registry's root: a
//! repository name has no `..`, no leading `/`, no `%` and no upper case; a
//! tag cannot start with `.`; a digest is an algorithm and lowercase hex; an
//! upload id is 32 lowercase hex characters.

/// The longest repository name accepted (the reference registry's limit).
pub(crate) const MAX_NAME_LEN: usize = 255;

/// Is `name` a valid repository name?
///
/// The grammar is the distribution spec's
/// `[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*`,
/// at most [`MAX_NAME_LEN`] characters long.
pub(crate) fn is_valid_name(name: &str) -> bool {
    !name.is_empty() && name.len() <= MAX_NAME_LEN && name.split('/').all(is_valid_component)
}

/// One path component: alphanumeric runs joined by `.`, `_`, `__` or any
/// number of `-`.
fn is_valid_component(component: &str) -> bool {
    let bytes = component.as_bytes();
    let is_alnum = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    let mut i = 0;
    loop {
        // An alphanumeric run, at least one character.
        let start = i;
        while i < bytes.len() && is_alnum(bytes[i]) {
            i += 1;
        }
        if i == start {
            return false;
        }
        if i == bytes.len() {
            return true;
        }
        // A separator, then another run.
        match bytes[i] {
            b'.' => i += 1,
            b'_' => {
                i += 1;
                if i < bytes.len() && bytes[i] == b'_' {
                    i += 1;
                }
            }
            b'-' => {
                while i < bytes.len() && bytes[i] == b'-' {
                    i += 1;
                }
            }
            _ => return false,
        }
    }
}

/// Is `tag` a valid tag (`[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`)?
pub(crate) fn is_valid_tag(tag: &str) -> bool {
    let bytes = tag.as_bytes();
    match bytes.split_first() {
        Some((first, rest)) => {
            (first.is_ascii_alphanumeric() || *first == b'_')
                && rest.len() <= 127
                && rest
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
        }
        None => false,
    }
}

/// A digest algorithm the registry can verify.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Algorithm {
    /// `sha256`, 64 hex characters.
    Sha256,
    /// `sha512`, 128 hex characters.
    Sha512,
}

impl Algorithm {
    /// The algorithm's name as written in a digest.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Algorithm::Sha256 => "sha256",
            Algorithm::Sha512 => "sha512",
        }
    }

    fn hex_len(self) -> usize {
        match self {
            Algorithm::Sha256 => 64,
            Algorithm::Sha512 => 128,
        }
    }
}

/// A validated content digest such as `sha256:9f86…`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Digest {
    text: String,
    algorithm_len: usize,
}

impl Digest {
    /// Parses `sha256:<64 lowercase hex>` or `sha512:<128 lowercase hex>`;
    /// `None` for anything else.
    pub(crate) fn parse(text: &str) -> Option<Digest> {
        let (algorithm, hex) = text.split_once(':')?;
        let algorithm = match algorithm {
            "sha256" => Algorithm::Sha256,
            "sha512" => Algorithm::Sha512,
            _ => return None,
        };
        let valid = hex.len() == algorithm.hex_len()
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        valid.then(|| Digest {
            text: text.to_string(),
            algorithm_len: algorithm.as_str().len(),
        })
    }

    /// The sha256 digest of `bytes`.
    pub(crate) fn sha256_of(bytes: &[u8]) -> Digest {
        use sha2::Digest as _;
        Digest::from_parts(Algorithm::Sha256, &hex::encode(sha2::Sha256::digest(bytes)))
    }

    /// A digest from an algorithm and hex already known to be well formed.
    pub(crate) fn from_parts(algorithm: Algorithm, hex: &str) -> Digest {
        Digest {
            text: format!("{}:{hex}", algorithm.as_str()),
            algorithm_len: algorithm.as_str().len(),
        }
    }

    /// The algorithm.
    pub(crate) fn algorithm(&self) -> Algorithm {
        if &self.text[..self.algorithm_len] == "sha512" {
            Algorithm::Sha512
        } else {
            Algorithm::Sha256
        }
    }

    /// The hex part, after the colon.
    pub(crate) fn hex(&self) -> &str {
        &self.text[self.algorithm_len + 1..]
    }

    /// The whole digest, `algorithm:hex`.
    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }
}

impl std::fmt::Display for Digest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// Is `id` an upload id this registry could have made (32 lowercase hex)?
pub(crate) fn is_valid_upload_id(id: &str) -> bool {
    id.len() == 32
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_spec_grammar() {
        for good in [
            "a",
            "app",
            "library/app",
            "a.b_c__d---e/f0",
            "devpath/lesson-01/app",
            "x/manifests/y",
        ] {
            assert!(is_valid_name(good), "{good} should be valid");
        }
        for bad in [
            "",
            "../x",
            "x/..",
            "App",
            "/x",
            "x/",
            "x//y",
            "a___b",
            "a.-b",
            "-a",
            "a-",
            "a.",
            "%2e%2e",
            "a b",
            "_manifests",
            "a/./b",
        ] {
            assert!(!is_valid_name(bad), "{bad} should be invalid");
        }
        assert!(is_valid_name(&"a".repeat(255)));
        assert!(!is_valid_name(&"a".repeat(256)));
    }

    #[test]
    fn tags_follow_the_spec_grammar() {
        assert!(is_valid_tag("latest"));
        assert!(is_valid_tag("_x.Y-1"));
        assert!(is_valid_tag(&"a".repeat(128)));
        assert!(!is_valid_tag(&"a".repeat(129)));
        assert!(!is_valid_tag(""));
        assert!(!is_valid_tag(".hidden"));
        assert!(!is_valid_tag("-x"));
        assert!(!is_valid_tag("a/b"));
        assert!(!is_valid_tag("a:b"));
    }

    #[test]
    fn digests_need_an_algorithm_and_lowercase_hex() {
        let hex64 = "a".repeat(64);
        let d = Digest::parse(&format!("sha256:{hex64}")).expect("valid");
        assert_eq!(d.algorithm(), Algorithm::Sha256);
        assert_eq!(d.hex(), hex64);
        assert!(Digest::parse(&format!("sha512:{}", "0".repeat(128))).is_some());
        assert!(Digest::parse(&format!("sha256:{}", "A".repeat(64))).is_none());
        assert!(Digest::parse(&format!("sha256:{}", "a".repeat(63))).is_none());
        assert!(Digest::parse(&format!("sha512:{hex64}")).is_none());
        assert!(Digest::parse(&format!("md5:{hex64}")).is_none());
        assert!(Digest::parse(&format!("sha256:../{}", "a".repeat(61))).is_none());
        assert_eq!(
            Digest::sha256_of(b"").as_str(),
            "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn upload_ids_are_32_hex() {
        assert!(is_valid_upload_id(&"0f".repeat(16)));
        assert!(!is_valid_upload_id(&"0F".repeat(16)));
        assert!(!is_valid_upload_id("../../etc/passwd"));
    }
}
