//! Command-line definitions (clap derive) and nothing else: parsing only,
//! no behaviour. `app::run` turns a [`Cli`] into one verb's call. The doc
//! comments are the English help; [`help`] puts the current language's
//! texts (the `## cli` Fluent messages) in their place.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub(crate) mod help;

/// devpath: learn CI/CD with Docker by running real pipelines, offline.
///
/// Without a verb, devpath opens watch mode on the current exercise,
/// creating the workspace (./devpath-course) if there is none.
#[derive(Debug, Parser)]
#[command(name = "devpath", version, about, long_about = None)]
#[command(
    after_help = "Examples:\n  devpath              open watch mode at the first pending exercise\n  devpath run          check the current exercise once\n  devpath list         show your progress"
)]
pub(crate) struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options every verb accepts.
#[derive(Debug, Args, Clone)]
pub(crate) struct GlobalArgs {
    /// When to use colour: auto (a terminal without NO_COLOR), always, never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Use the course in this folder instead of the one built into devpath.
    #[arg(long, global = true, value_name = "DIR")]
    pub course: Option<PathBuf>,

    /// Use this registry (for example http://127.0.0.1:5000) instead of
    /// starting devpath's own for each run.
    #[arg(long, global = true, value_name = "URL")]
    pub registry: Option<String>,

    /// The learner workspace (default: the current folder or the nearest
    /// parent holding a `.devpath` folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub workspace: Option<PathBuf>,

    /// The language devpath speaks: en, es or pt (default: DEVPATH_LANG,
    /// then the workspace's choice, then the system locale).
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<i18n::Lang>,
}

#[derive(Debug, Args)]
pub(crate) struct LangArgs {
    /// The language to save for this workspace: en, es or pt. Without it,
    /// devpath says which language it speaks and why.
    #[arg(id = "language", value_name = "LANG")]
    pub lang: Option<i18n::Lang>,
}

/// When output is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Output format of verbs whose output is a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub(crate) enum Format {
    #[default]
    Human,
    Json,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Create a learner workspace with every exercise's start files.
    #[command(after_help = "Example:\n  devpath init my-course && cd my-course && devpath")]
    Init(InitArgs),

    /// Watch the current exercise: re-run it whenever you save a file.
    #[command(
        after_help = "Keys: h hint, n next, l list, r re-run, q quit.\n\nExample:\n  devpath watch"
    )]
    Watch(WatchArgs),

    /// Run an exercise once and show the verdict (exit 0 pass, 1 fail, 2 error).
    #[command(
        after_help = "Examples:\n  devpath run\n  devpath run 02-ci-failing-test --format json"
    )]
    Run(RunArgs),

    /// List the exercises with your progress.
    #[command(after_help = "Example:\n  devpath list")]
    List(ListArgs),

    /// Show the next hint of an exercise (one more each time).
    #[command(after_help = "Example:\n  devpath hint 01-ci-first-workflow")]
    Hint(HintArgs),

    /// Put an exercise's files back to their start state.
    #[command(
        after_help = "Examples:\n  devpath reset 01-ci-first-workflow\n  devpath reset --all"
    )]
    Reset(ResetArgs),

    /// Move on to the next pending exercise.
    #[command(after_help = "Example:\n  devpath next")]
    Next,

    /// Re-check every exercise you have completed (with --all: every
    /// exercise, marking those that pass as done).
    #[command(
        after_help = "Examples:\n  devpath verify\n  devpath verify --all   rebuild your progress from your files"
    )]
    Verify(VerifyArgs),

    /// Show or change the language devpath and the lessons speak here.
    #[command(
        after_help = "Examples:\n  devpath lang\n  devpath lang es\n  devpath init --lang pt"
    )]
    Lang(LangArgs),

    /// Check what devpath needs: bash, the workspace, Docker and the registry.
    #[command(after_help = "Example:\n  devpath doctor")]
    Doctor(FormatArgs),

    /// Remove what runs of this workspace left behind when they were
    /// killed (containers, images, networks, volumes, processes, folders).
    #[command(after_help = "Example:\n  devpath clean")]
    Clean,

    /// Run one GitHub Actions workflow locally, outside any exercise.
    #[command(
        after_help = "Examples:\n  devpath pipeline .github/workflows/ci.yml\n  devpath pipeline ci.yml --ref refs/tags/v1.2.3\n  devpath pipeline ci.yml --event pull_request --head fix-login --dry-run\n  devpath pipeline ci.yml --list\n  devpath pipeline rollback.yml --event workflow_dispatch --input tag=1a2b3c --format json\n  devpath pipeline ci.yml --actions-dir ~/.cache/act   # remote actions, offline"
    )]
    Pipeline(Box<PipelineArgs>),

    /// Check GitHub Actions workflows without running them, as GitHub
    /// would when they are pushed: exit 0 when valid, 1 when not.
    #[command(
        after_help = "Examples:\n  devpath validate                       every workflow in .github/workflows\n  devpath validate ci.yml deploy.yml\n  devpath validate workflows/ --format json"
    )]
    Validate(ValidateArgs),

    /// Build the lessons' base image (devpath/base:1) from a static busybox.
    #[command(
        after_help = "Examples:\n  devpath setup\n  devpath setup --from-image busybox:latest"
    )]
    Setup(SetupArgs),

    /// The embedded OCI registry.
    #[command(subcommand)]
    Registry(RegistryCommand),

    /// Instructor tools: scaffold, check, bless and review exercises.
    #[command(subcommand)]
    Dev(DevCommand),
}

#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    /// Folder to create the workspace in (default: ./devpath-course).
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct WatchArgs {
    /// Don't watch files: press r to run (for file systems without change events).
    #[arg(long)]
    pub manual_run: bool,
    /// Find saved files by looking at them every 150 ms instead of waiting
    /// for the file system's change events (slower; for network shares and
    /// mounts that send no events).
    #[arg(long, conflicts_with = "manual_run")]
    pub poll: bool,
}

#[derive(Debug, Args)]
pub(crate) struct FormatArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub(crate) struct RunArgs {
    /// The exercise to run (name or number; default: the current one).
    pub exercise: Option<String>,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Debug, Args)]
pub(crate) struct ListArgs {
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Debug, Args)]
pub(crate) struct HintArgs {
    /// The exercise (name or number; default: the current one).
    pub exercise: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct ResetArgs {
    /// The exercise to reset (name or number).
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub exercise: Option<String>,
    /// Reset every exercise and your progress.
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub(crate) struct VerifyArgs {
    /// Check every exercise, not only those marked done, and mark each one
    /// that passes as done: rebuilds lost progress from your files.
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub format: FormatArgs,
}

/// The event that triggers a pipeline run (the events devpath can
/// trigger; a workflow may list others, which never run locally).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum EventName {
    Push,
    #[value(name = "pull_request", alias = "pull-request")]
    PullRequest,
    #[value(name = "pull_request_target", alias = "pull-request-target")]
    PullRequestTarget,
    #[value(name = "workflow_dispatch", alias = "workflow-dispatch")]
    WorkflowDispatch,
    Schedule,
    Release,
    #[value(name = "repository_dispatch", alias = "repository-dispatch")]
    RepositoryDispatch,
}

#[derive(Debug, Args)]
pub(crate) struct ValidateArgs {
    /// Workflow files, or folders to search for `*.yml` and `*.yaml`
    /// (default: .github/workflows).
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Debug, Args)]
pub(crate) struct PipelineArgs {
    /// The workflow file to run.
    pub workflow: PathBuf,
    /// The event that triggers the run.
    #[arg(long, value_enum, default_value_t = EventName::Push)]
    pub event: EventName,
    /// The pushed ref (refs/heads/NAME or refs/tags/NAME; default refs/heads/main), or a release's tag (refs/tags/NAME; default refs/tags/v1.0.0).
    #[arg(long = "ref", value_name = "REF")]
    pub git_ref: Option<String>,
    /// The pull request's number (default 1).
    #[arg(long, value_name = "N")]
    pub pr: Option<u64>,
    /// The branch the pull request merges into (default main).
    #[arg(long, value_name = "BRANCH")]
    pub base: Option<String>,
    /// The pull request's branch (default: the repository's current branch, else "feature").
    #[arg(long, value_name = "BRANCH")]
    pub head: Option<String>,
    /// The activity type, `github.event.action`: for pull requests opened (default), synchronize, closed…; for a release published (default)…; a repository_dispatch's event type (default: the workflow's first `types:` entry).
    #[arg(long, value_name = "TYPE")]
    pub activity: Option<String>,
    /// The cron of `on.schedule` that came due (default: the first one).
    #[arg(long, value_name = "CRON")]
    pub schedule: Option<String>,
    /// A file the commit changed, for `paths` filters (repeatable; default: the files HEAD's commit changed, in a git repository).
    #[arg(long = "changed-file", value_name = "PATH")]
    pub changed_files: Vec<String>,
    /// JSON merged over the event's payload (`github.event`), like act's --eventpath; it can also set the ref, PR number, branches, activity type, tag and cron.
    #[arg(long, value_name = "FILE")]
    pub event_file: Option<PathBuf>,
    /// Show the jobs, their needs and the workflow's triggers; run nothing.
    #[arg(long, conflicts_with = "dry_run")]
    pub list: bool,
    /// Decide the triggers and each job's `if:` for the event, show which jobs would run and which of their steps would fail on this machine; run nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// A workflow_dispatch input, KEY=VALUE (repeatable).
    #[arg(long = "input", value_name = "KEY=VALUE")]
    pub inputs: Vec<String>,
    /// A secret, KEY=VALUE (repeatable). Prefer --secret-file: command lines are visible to other users.
    #[arg(long = "secret", value_name = "KEY=VALUE")]
    pub secrets: Vec<String>,
    /// Secrets from a dotenv file: KEY=VALUE per line; double-quoted values expand \n.
    #[arg(long, value_name = "FILE")]
    pub secret_file: Option<PathBuf>,
    /// A configuration variable (`vars.KEY`), KEY=VALUE (repeatable).
    #[arg(long = "var", value_name = "KEY=VALUE")]
    pub vars: Vec<String>,
    /// Environment protection rules and environment-scoped values (TOML).
    #[arg(long, value_name = "FILE")]
    pub environments: Option<PathBuf>,
    /// Approve deployments to this environment without asking (repeatable).
    #[arg(long = "approve", value_name = "ENV")]
    pub approve: Vec<String>,
    /// Reject deployments to this environment without asking (repeatable).
    #[arg(long = "reject", value_name = "ENV")]
    pub reject: Vec<String>,
    /// The folder checked out by actions/checkout (default: the repository holding the workflow).
    #[arg(long, value_name = "DIR")]
    pub repo: Option<PathBuf>,
    /// Remote actions and reusable workflows available offline, laid out as act's cache: DIR/OWNER/REPO@REF/.
    #[arg(long, value_name = "DIR", env = "DEVPATH_ACTIONS_DIR")]
    pub actions_dir: Option<PathBuf>,
    /// Run at most N jobs (or matrix combinations) at the same time (default: the number of cores).
    #[arg(long, value_name = "N")]
    pub jobs: Option<std::num::NonZeroUsize>,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Debug, Args)]
pub(crate) struct SetupArgs {
    /// Use an image already present in the engine instead of a host busybox.
    #[arg(long, value_name = "IMAGE")]
    pub from_image: Option<String>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum RegistryCommand {
    /// Serve the registry until Ctrl-C.
    #[command(
        after_help = "Example:\n  devpath registry serve --addr 127.0.0.1:5000 --root /tmp/registry"
    )]
    Serve(RegistryServeArgs),
}

#[derive(Debug, Args)]
pub(crate) struct RegistryServeArgs {
    /// Address to listen on (loopback only).
    #[arg(long, default_value = "127.0.0.1:5000")]
    pub addr: String,
    /// Storage folder (default: a temporary folder removed on exit).
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Require HTTP Basic credentials: USER:TOKEN accepts only that user
    /// with that token; TOKEN alone accepts any user name with the token.
    #[arg(long, value_name = "USER:TOKEN")]
    pub auth: Option<String>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum DevCommand {
    /// Scaffold a new exercise and add it to course.toml.
    #[command(
        after_help = "Examples:\n  devpath dev new 06-cd-deploy-job --topic cd\n  devpath --course my-pack dev new 01-first"
    )]
    New(DevNewArgs),
    /// Check exercises: start fails, solution passes, snapshot current, lint clean.
    #[command(
        after_help = "Exit status: 0 all good, 1 a problem, 2 the course does not load.\n\nExamples:\n  devpath dev check --jobs 2\n  devpath dev check 03 --format json"
    )]
    Check(DevCheckArgs),
    /// Run solutions and write what they produced as outcome.snap.new.
    #[command(after_help = "Example:\n  devpath dev bless 06-cd-deploy-job && devpath dev review")]
    Bless(DevBlessArgs),
    /// Review pending outcome.snap.new files: accept, reject or skip.
    #[command(
        after_help = "Answers, one per line (from a pipe too): a accept, r reject, s skip.\n\nExample:\n  devpath dev review"
    )]
    Review,
    /// The static checks of `dev check`, without running anything.
    #[command(after_help = "Example:\n  devpath dev lint")]
    Lint,
}

#[derive(Debug, Args)]
pub(crate) struct DevNewArgs {
    /// Folder name of the new exercise, e.g. 13-canary-release.
    pub name: String,
    /// The topic shown in `devpath list`.
    #[arg(long)]
    pub topic: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct DevCheckArgs {
    /// Exercises to check (default: all).
    pub exercises: Vec<String>,
    /// How many runs (an exercise's start or solution) to play at once.
    #[arg(long, default_value_t = 1)]
    pub jobs: usize,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Debug, Args)]
pub(crate) struct DevBlessArgs {
    /// Exercises to bless.
    #[arg(required = true)]
    pub exercises: Vec<String>,
}
