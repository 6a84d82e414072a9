//! Removing what one run created, and nothing else.
//!
//! A run is identified by a [`RunLabel`]: devpath labels what it creates
//! `devpath.run=<run-id>`, and names it `devpath-<run-id>-…` (a learner's
//! `docker build -t` or `docker run --name` goes through the name, since
//! only devpath adds the label). Images a learner's script pushed to the
//! run's registry are tagged `127.0.0.1:<port>/…`; the run lists those
//! registry prefixes too. [`Engine::cleanup`] removes exactly the
//! containers, images (or image tags) and networks matching one of these,
//! and reports what it removed and what it could not.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::time::{SystemTime, UNIX_EPOCH};

use sha2::{Digest, Sha256};

use super::{Engine, EngineError};

/// The label key marking everything a run creates.
pub const RUN_LABEL_KEY: &str = "devpath.run";

/// What identifies one run's containers, images and networks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunLabel {
    run_id: String,
    registry_prefixes: Vec<String>,
    /// Exact image tags the run owns (in a registry it shares with others,
    /// the tags it pushed).
    tags: Vec<String>,
}

/// A run id that cannot be used in names and labels.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid run id {0:?}: use 1 to 32 lowercase letters and digits (it becomes part of image names, which Docker wants lowercase, and a `-` would make one run's prefix match another's)"
)]
pub struct InvalidRunId(pub String);

impl RunLabel {
    /// A run label for `run_id`: 1 to 32 characters, `a-z` and `0-9` only.
    pub fn new(run_id: &str) -> Result<RunLabel, InvalidRunId> {
        let valid = !run_id.is_empty()
            && run_id.len() <= 32
            && run_id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        if !valid {
            return Err(InvalidRunId(run_id.to_string()));
        }
        Ok(RunLabel {
            run_id: run_id.to_string(),
            registry_prefixes: Vec::new(),
            tags: Vec::new(),
        })
    }

    /// A fresh run label with a 12-character id, unique on this machine
    /// (from the time, the process id and a counter).
    pub fn generate() -> RunLabel {
        static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        let count = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let digest = Sha256::digest(format!("{nanos}:{}:{count}", std::process::id()));
        let mut run_id = String::with_capacity(12);
        for byte in &digest[..6] {
            let _ = write!(run_id, "{byte:02x}");
        }
        RunLabel {
            run_id,
            registry_prefixes: Vec::new(),
            tags: Vec::new(),
        }
    }

    /// Also owns image tags starting with `prefix`, e.g. `127.0.0.1:39211/`
    /// for the run's own registry. The prefix must name a registry (end in
    /// `/`); anything else is ignored, so a run can never claim `""` or
    /// `busybox`.
    pub fn with_registry_prefix(mut self, prefix: &str) -> RunLabel {
        if prefix.len() > 1
            && prefix.ends_with('/')
            && !self.registry_prefixes.iter().any(|p| p == prefix)
        {
            self.registry_prefixes.push(prefix.to_string());
        }
        self
    }

    /// Also owns the image tag `repo:tag` exactly: in an external registry
    /// (`--registry URL`), which holds the user's own images too, a run
    /// owns only the tags it pushed, never the whole registry.
    pub fn with_tag(mut self, tag: &str) -> RunLabel {
        if !tag.is_empty() && !self.tags.iter().any(|t| t == tag) {
            self.tags.push(tag.to_string());
        }
        self
    }

    /// The run id.
    pub fn run_id(&self) -> &str {
        &self.run_id
    }

    /// The label to put on what the run creates: `devpath.run=<run-id>`
    /// (for `--label` and for list filters).
    pub fn label(&self) -> String {
        format!("{RUN_LABEL_KEY}={}", self.run_id)
    }

    /// The name prefix of what the run creates: `devpath-<run-id>-`.
    pub fn name_prefix(&self) -> String {
        format!("devpath-{}-", self.run_id)
    }

    /// The registry prefixes the run owns.
    pub fn registry_prefixes(&self) -> &[String] {
        &self.registry_prefixes
    }

    /// Whether a container or network name belongs to the run.
    pub fn owns_name(&self, name: &str) -> bool {
        name.trim_start_matches('/')
            .starts_with(&self.name_prefix())
    }

    /// Whether an image tag (`repo:tag`) belongs to the run: its repository
    /// starts with the name prefix, or with one of the registry prefixes.
    pub fn owns_tag(&self, tag: &str) -> bool {
        tag.starts_with(&self.name_prefix())
            || self.tags.iter().any(|t| t == tag)
            || self
                .registry_prefixes
                .iter()
                .any(|prefix| tag.starts_with(prefix))
    }

    /// Whether labels mark something as the run's.
    pub fn owns_labels(&self, labels: &std::collections::BTreeMap<String, String>) -> bool {
        labels
            .get(RUN_LABEL_KEY)
            .is_some_and(|id| id == &self.run_id)
    }
}

/// What [`Engine::cleanup`] removed, and what it could not.
#[derive(Debug, Default)]
pub struct CleanupReport {
    /// Names of the removed containers.
    pub containers: Vec<String>,
    /// Removed images (ids) and image tags (`repo:tag`).
    pub images: Vec<String>,
    /// Names of the removed networks.
    pub networks: Vec<String>,
    /// Names of the removed volumes.
    pub volumes: Vec<String>,
    /// What could not be removed, each with what to do by hand.
    pub failures: Vec<EngineError>,
}

impl CleanupReport {
    /// Whether everything went.
    pub fn is_clean(&self) -> bool {
        self.failures.is_empty()
    }

    /// How many objects were removed.
    pub fn removed(&self) -> usize {
        self.containers.len() + self.images.len() + self.networks.len() + self.volumes.len()
    }
}

impl Engine {
    /// Removes the run's containers (killing running ones), then its images
    /// and image tags, then its networks and labelled volumes. A container is the run's when it
    /// has the run's label or name prefix, or was created from one of the
    /// run's images (a tag under the run's prefixes, or a labelled image):
    /// that catches `docker run --name web 127.0.0.1:<port>/app:<sha>` in a
    /// learner's deploy script. An image labelled with the run is
    /// removed whole; an image found by tag loses only that tag (and goes
    /// when it was the last one), so an image the learner also tagged
    /// otherwise survives. Nothing without the run's label, name prefix or
    /// registry prefix is touched.
    ///
    /// Fails only when the engine cannot be listed; a single object that
    /// cannot be removed goes into [`CleanupReport::failures`] and the rest
    /// is still removed.
    pub fn cleanup(&self, run: &RunLabel) -> Result<CleanupReport, EngineError> {
        let mut report = CleanupReport::default();
        let images = self.list_images(None)?;
        let labelled_images: BTreeSet<&str> = images
            .iter()
            .filter(|image| run.owns_labels(&image.labels))
            .map(|image| image.id.as_str())
            .collect();

        for container in self.list_containers(None)? {
            let owned = run.owns_labels(&container.labels)
                || run.owns_name(&container.name)
                || run.owns_tag(&container.image)
                || labelled_images.contains(container.image_id.as_str());
            if !owned {
                continue;
            }
            match self.remove_container(&container.id, true) {
                Ok(true) => report.containers.push(container.name),
                Ok(false) => {}
                Err(error) => report.failures.push(error),
            }
        }

        for image in images {
            if run.owns_labels(&image.labels) {
                match self.remove_image(&image.id, true) {
                    Ok(true) => report.images.push(image.id),
                    Ok(false) => {}
                    Err(error) => report.failures.push(error),
                }
                continue;
            }
            for tag in image.repo_tags.iter().filter(|tag| run.owns_tag(tag)) {
                match self.remove_image(tag, false) {
                    Ok(true) => report.images.push(tag.clone()),
                    Ok(false) => {}
                    Err(error) => report.failures.push(error),
                }
            }
            // A pushed or pulled image is also known by `repo@digest`; those
            // references would keep it alive as an untagged image. Removing a
            // reference never deletes an image that other references (or
            // other runs) still hold, so the run's ones always go.
            for digest in image.repo_digests.iter().filter(|d| run.owns_tag(d)) {
                match self.remove_image(digest, false) {
                    Ok(true) => report.images.push(digest.clone()),
                    Ok(false) => {}
                    Err(error) => report.failures.push(error),
                }
            }
        }

        for network in self.list_networks(None)? {
            if !(run.owns_labels(&network.labels) || run.owns_name(&network.name)) {
                continue;
            }
            match self.remove_network(&network.id) {
                Ok(true) => report.networks.push(network.name),
                Ok(false) => {}
                Err(error) => report.failures.push(error),
            }
        }

        // Volumes by label only: their names are the learner's choice.
        for volume in self.list_volumes(Some(&run.label()))? {
            match self.remove_volume(&volume.name) {
                Ok(true) => report.volumes.push(volume.name),
                Ok(false) => {}
                Err(error) => report.failures.push(error),
            }
        }
        Ok(report)
    }

    /// Removes every image tag starting with `registry_prefix` (e.g.
    /// `127.0.0.1:39211/`), and only those: an image with other tags keeps
    /// them. Returns the removed tags; refuses (returns nothing) a prefix
    /// that does not end in `/`.
    pub fn remove_images_under(&self, registry_prefix: &str) -> Result<Vec<String>, EngineError> {
        if registry_prefix.len() < 2 || !registry_prefix.ends_with('/') {
            return Ok(Vec::new());
        }
        let mut removed = Vec::new();
        for image in self.list_images(None)? {
            for tag in image
                .repo_tags
                .iter()
                .filter(|tag| tag.starts_with(registry_prefix))
            {
                if self.remove_image(tag, false)? {
                    removed.push(tag.clone());
                }
            }
        }
        Ok(removed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_ids_are_lowercase_alphanumeric() {
        assert!(RunLabel::new("a1b2c3").is_ok());
        for bad in ["", "A1", "a-b", "a_b", "a/b", &"x".repeat(33)] {
            assert!(RunLabel::new(bad).is_err(), "{bad:?} accepted");
        }
        let generated = RunLabel::generate();
        assert!(RunLabel::new(generated.run_id()).is_ok());
        assert_ne!(generated.run_id(), RunLabel::generate().run_id());
    }

    #[test]
    fn a_run_owns_only_its_prefixes() {
        let run = RunLabel::new("abc")
            .expect("valid")
            .with_registry_prefix("127.0.0.1:5000/")
            .with_registry_prefix("")
            .with_registry_prefix("busybox");
        assert_eq!(run.label(), "devpath.run=abc");
        assert!(run.owns_name("/devpath-abc-web"));
        assert!(!run.owns_name("devpath-abcd-web"));
        assert!(!run.owns_name("devpath-ab-web"));
        assert!(run.owns_tag("devpath-abc-app:v1"));
        assert!(run.owns_tag("127.0.0.1:5000/app:1a2b"));
        assert!(!run.owns_tag("127.0.0.1:5001/app:1a2b"));
        assert!(!run.owns_tag("busybox:latest"));
        assert!(!run.owns_tag("devpath/base:1"));
        let shared = RunLabel::new("abc")
            .expect("valid")
            .with_tag("reg.example:5000/app:1a2b");
        assert!(shared.owns_tag("reg.example:5000/app:1a2b"));
        assert!(!shared.owns_tag("reg.example:5000/mine/keep:1"));
        assert_eq!(run.registry_prefixes(), ["127.0.0.1:5000/"]);
    }
}
