//! The course file format, version 1: what `course.toml` and each
//! `exercise.toml` may contain. These are plain serde structs; `Course::load`
//! turns them into the runtime model. Unknown keys are errors.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use i18n::Lang;

/// The newest course format this devpath understands.
pub const FORMAT_VERSION: u32 = 1;

/// `course.toml`: the course as a whole.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CourseInfo {
    /// Version of the course format; devpath refuses a course newer than it
    /// understands.
    pub format_version: u32,
    /// The course's title, shown by `devpath list` and watch mode.
    pub title: Localized,
    /// Shown once, when a learner creates the workspace.
    pub welcome: Localized,
    /// Shown when the learner completes the last exercise.
    pub final_message: Localized,
    /// Exercise folder names, in the order the learner takes them.
    pub exercises: Vec<String>,
}

/// `exercise.toml`: one exercise.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseInfo {
    /// The exercise's title, e.g. "Your first workflow".
    pub title: Localized,
    /// The module it belongs to, shown as a heading by `devpath list`: "ci",
    /// "cd", "environments", "rollback" or "pull requests and releases".
    pub topic: String,
    /// Files the learner edits, relative to the exercise folder. They must
    /// exist in both `start/` and `solution/`.
    pub editable: Vec<String>,
    /// Hints, from a gentle nudge to nearly the answer; shown one at a time.
    pub hints: Vec<Localized>,
    /// Comments of the start files that tell the learner what to do, in
    /// every language: when a workspace is created in Spanish, each run of
    /// start-file lines equal to a comment's `en` (indentation aside) is
    /// written as its `es`, with the first line's indentation.
    #[serde(default)]
    pub comments: Vec<Localized>,
    /// Time limit for one run of the whole scenario, in seconds.
    #[serde(default = "default_timeout")]
    pub timeout_seconds: u64,
    /// Whether the scenario needs the Docker engine (builds, registry,
    /// containers). Exercises without Docker run everywhere.
    #[serde(default)]
    pub docker: bool,
    /// The run's registry requires `docker login` with the token in
    /// `secrets.REGISTRY_TOKEN` (any user name).
    #[serde(default)]
    pub registry_auth: bool,
    /// The deployment environments, in promotion order (staging before
    /// production). devpath gives each its container name and port as
    /// `vars.APP_CONTAINER` and `vars.APP_PORT`, and observes what it
    /// serves after every scenario step.
    #[serde(default)]
    pub environments: Vec<EnvironmentInfo>,
    /// Repository secrets given to every run (`secrets.NAME`). Their values
    /// never appear in output, files or snapshots.
    #[serde(default)]
    pub secrets: BTreeMap<String, String>,
    /// Repository configuration variables (`vars.NAME`).
    #[serde(default)]
    pub vars: BTreeMap<String, String>,
    /// What the outcome records about each run.
    #[serde(default)]
    pub outcome: OutcomeInfo,
    /// The actions the scenario plays, in order.
    pub scenario: Vec<StepInfo>,
    /// Messages shown to the learner when a part of the outcome differs from
    /// the snapshot. The most specific matching part wins.
    #[serde(default)]
    pub messages: Vec<MessageInfo>,
}

fn default_timeout() -> u64 {
    120
}

/// A deployment environment and its protection rules.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EnvironmentInfo {
    /// The name jobs use in `environment:`, e.g. "production".
    pub name: String,
    /// People who may approve a deployment; when not empty, a job in this
    /// environment waits for an approval.
    #[serde(default)]
    pub reviewers: Vec<String>,
    /// Seconds a job waits before it may deploy here.
    #[serde(default)]
    pub wait_timer_seconds: u64,
    /// Variables visible only to jobs in this environment; they win over
    /// repository variables of the same name.
    #[serde(default)]
    pub vars: BTreeMap<String, String>,
    /// Secrets visible only to jobs in this environment.
    #[serde(default)]
    pub secrets: BTreeMap<String, String>,
}

/// How much of each run the outcome records. The more it records, the more
/// a learner's solution must match the reference, so record only what the
/// lesson teaches.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeInfo {
    /// Record each job's result (job ids then must match the task).
    #[serde(default)]
    pub jobs: bool,
    /// Record which jobs each job needs.
    #[serde(default)]
    pub needs: bool,
    /// Record each job's outputs.
    #[serde(default)]
    pub outputs: bool,
    /// Record the registry's repositories, tags and digests.
    #[serde(default)]
    pub registry: bool,
    /// Record, for each environment at the end, its container (running,
    /// image, digest) and its HTTP answers.
    #[serde(default)]
    pub environments: bool,
    /// Record, for each step, the tags it pushed (or re-pushed) to the
    /// registry.
    #[serde(default)]
    pub pushes: bool,
    /// Record on each job line the environment the job deployed to and the
    /// reviewer's decision (`success in production, approved by lead`).
    #[serde(default)]
    pub deployments: bool,
    /// Record, on each step's environment lines, the tag the container was
    /// started from (`<digest:v1> (tag <sha:v1>)`): deploying from a tag
    /// that moves, such as `latest`, then shows.
    #[serde(default)]
    pub deployed_tags: bool,
    /// Record, for each step, how many times it ran `docker build`.
    #[serde(default)]
    pub builds: bool,
    /// Which tags the `registry` and `pushes` lines show: every tag, or only
    /// the tags naming a commit of the scenario (a `latest` published beside
    /// them is then not part of the outcome).
    #[serde(default)]
    pub tags: TagFilter,
    /// Parts that record only some facts: part → the keys of the lines
    /// kept under it, e.g. `"step 3" = ["workflow pipeline.yml"]` keeps the
    /// run's result and drops what the environments served after step 3.
    #[serde(default)]
    pub only: BTreeMap<String, Vec<String>>,
}

/// Which registry tags an outcome shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TagFilter {
    /// Every tag.
    #[default]
    All,
    /// Only tags naming a commit of the scenario (its full sha).
    Commits,
}

/// One action of a scenario. Exactly one of `push`, `pull_request` and
/// `dispatch` is set; the course refuses to load otherwise, and turns each
/// into a [`crate::scenario::Step`].
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StepInfo {
    /// Push a commit: the learner's files plus this version of the sample
    /// app (a folder of `fixtures/apps/`, e.g. "good" or "failing-test").
    #[serde(default)]
    pub push: Option<String>,
    /// The ref a push updates: `refs/heads/BRANCH` or `refs/tags/TAG`;
    /// default `refs/heads/main`.
    #[serde(default, rename = "ref")]
    pub git_ref: Option<String>,
    /// Open a pull request (activity `opened`) whose head carries a commit
    /// of the learner's files plus this version of the sample app.
    #[serde(default)]
    pub pull_request: Option<String>,
    /// The pull request's head branch; default "feature".
    #[serde(default)]
    pub head: Option<String>,
    /// The pull request's base branch; default "main".
    #[serde(default)]
    pub base: Option<String>,
    /// The name of the commit in the outcome (`<sha:NAME>`); default `v1`,
    /// `v2`, … counting the commits of pushes and pull requests.
    #[serde(default)]
    pub name: Option<String>,
    /// Dispatch this workflow file (`workflow_dispatch`), e.g. "rollback.yml".
    #[serde(default)]
    pub dispatch: Option<String>,
    /// Inputs of a dispatch. `<sha:NAME>` is replaced by that commit's sha.
    #[serde(default)]
    pub inputs: BTreeMap<String, String>,
    /// Environments whose deployments the reviewer approves in this step.
    #[serde(default)]
    pub approve: Vec<String>,
    /// Environments whose deployments the reviewer rejects in this step.
    #[serde(default)]
    pub reject: Vec<String>,
}

/// A message attached to a part of the outcome.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MessageInfo {
    /// The part of the outcome, as its lines start: "run 2", "run 1 / job
    /// build". A message for "run 2" covers every line of run 2.
    pub part: String,
    /// What to tell the learner when that part differs.
    pub text: Localized,
    /// The evidence the message is about: it is shown only when every
    /// condition given here holds for what the learner's run did. Without
    /// it, the message is shown whenever its part differs.
    #[serde(default)]
    pub when: Option<MessageWhen>,
}

/// The evidence a message is about. Every field given must hold.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MessageWhen {
    /// The workflow's triggers: `"missing"` holds when, in the part's step,
    /// a workflow did not start because its `on:` does not list the step's
    /// event (a branch filter that leaves the push out does not count).
    #[serde(default)]
    pub trigger: Option<TriggerEvidence>,
    /// The jobs' `needs` and `if`: `"missing"` holds when a job of the
    /// part ran without waiting (directly or not) for a job the snapshot
    /// has it wait for; `"overridden"` when a job of the part ran although
    /// a job it needs did not succeed (its `if:` runs it anyway).
    #[serde(default)]
    pub needs: Option<NeedsEvidence>,
    /// A failed step's log: holds when a step failed in the part's scenario
    /// step (or, for a part outside the steps, in any) and its log
    /// contains this text.
    #[serde(default)]
    pub log: Option<String>,
    /// The registry: `"pushed"` holds when the run (for a step's part: the
    /// step) pushed at least one tag, `"empty"` when it pushed none.
    #[serde(default)]
    pub registry: Option<RegistryEvidence>,
    /// A docker command the part's scenario step ran, e.g. `"build"`.
    #[serde(default)]
    pub docker: Option<String>,
    /// Lines the learner's outcome has, written as in the snapshot without
    /// their indentation, in the part's scenario step (or anywhere, for a
    /// part outside the steps): e.g. what an environment serves,
    /// `"environment production: <digest:v1>, version 1.0.0, healthy"`.
    #[serde(default)]
    pub outcome: Vec<String>,
    /// A leak: `true` holds when a secret leaked, `false` when none did.
    #[serde(default)]
    pub leak: Option<bool>,
}

/// What a message says about the workflow's triggers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TriggerEvidence {
    /// `on:` does not list the event.
    Missing,
}

/// What a message says about the jobs' `needs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NeedsEvidence {
    /// The job does not wait for a job it should.
    Missing,
    /// The job waits, but runs although what it needs failed.
    Overridden,
}

/// What a message says about the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RegistryEvidence {
    /// Something was pushed.
    Pushed,
    /// Nothing was pushed.
    Empty,
}

/// A text in one or more languages: a plain string is English only; a table
/// gives each language its version, English required, so that the three
/// versions of one hint stay together:
///
/// ```toml
/// [[hints]]
/// en = "Which event does `git push` send?"
/// es = "¿Qué evento envía `git push`?"
/// pt = "Qual evento o `git push` envia?"
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Localized {
    pub en: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub es: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pt: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LocalizedTable {
    en: String,
    #[serde(default)]
    es: Option<String>,
    #[serde(default)]
    pt: Option<String>,
}

impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Localized, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Localized;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string, or a table with `en` and optionally `es` and `pt`")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Localized, E> {
                Ok(Localized::english(text))
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<Localized, A::Error> {
                let table =
                    LocalizedTable::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Localized {
                    en: table.en,
                    es: table.es,
                    pt: table.pt,
                })
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl Localized {
    /// A text in English only.
    pub fn english(text: &str) -> Localized {
        Localized {
            en: text.to_owned(),
            es: None,
            pt: None,
        }
    }

    /// The text in `lang`, or in English when it has none in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        self.translation(lang).unwrap_or(&self.en)
    }

    /// The text in the language devpath speaks now.
    pub fn text(&self) -> &str {
        self.get(i18n::current())
    }

    /// The text in `lang`, without falling back to English.
    pub fn translation(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => Some(&self.en),
            Lang::Es => self.es.as_deref(),
            Lang::Pt => self.pt.as_deref(),
        }
    }
}

impl From<&str> for Localized {
    fn from(text: &str) -> Localized {
        Localized::english(text)
    }
}

impl std::fmt::Display for Localized {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text())
    }
}
