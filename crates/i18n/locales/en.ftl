# devpath's messages in English. The Spanish (es.ftl) and Portuguese
# (pt.ftl) files have the same ids, in the same order, with the same
# variables; the crate's tests check it. Each section below belongs to one
# part of devpath.

## common

lang-saved = devpath now speaks { $lang } in this workspace.
lang-readmes-rewritten = { $count ->
    [0] No lesson was rewritten: you changed them all, or there are none.
    [one] One lesson (README.md) was rewritten in the new language.
   *[other] { $count } lessons (README.md) were rewritten in the new language.
}
lang-current = devpath speaks { $lang } ({ $code }) here: { $why }.
lang-source-flag = --lang says so
lang-source-env = the DEVPATH_LANG variable says so
lang-source-workspace = it is this workspace's choice
lang-source-locale = it is your system's language (LC_ALL, LC_MESSAGES or LANG)
lang-source-default = nothing chose another language
lang-course-has = This course is written in: { $languages }.
lang-switch-how = To switch, run `devpath lang es` (Español), `devpath lang pt` (Português) or `devpath lang en` (English).
lang-course-lacks = This course has no lessons in { $lang }: devpath itself speaks it, the lessons stay in the course's languages ({ $languages }).
lang-env-overrides = DEVPATH_LANG is set, and wins over the workspace's choice: unset it to hear the new language.

## cli

# Headings and lines clap writes itself.
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-flag-help = Print help
cli-flag-help-summary = Print help (see more with '--help')
cli-flag-help-more = Print help (see a summary with '-h')
cli-flag-version = Print version
cli-help-about = Print this message or the help of the given subcommand(s)
cli-help-arg-subcommand = Print help for the subcommand(s)
cli-spec-default = default
cli-spec-possible-values = possible values
cli-examples = { $count ->
    [one] Example:
   *[other] Examples:
}
# devpath and its options for every verb.
cli-about = An offline course runner that teaches CI/CD with Docker by running the learner's real workflows, images and containers
cli-example-watch = open watch mode at the first pending exercise
cli-example-run = check the current exercise once
cli-example-list = show your progress
cli-arg-color = When to use colour: auto (a terminal without NO_COLOR), always, never
cli-arg-course = Use the course in this folder instead of the one built into devpath
cli-arg-registry = Use this registry (for example http://127.0.0.1:5000) instead of starting devpath's own for each run
cli-arg-workspace = The learner workspace (default: the current folder or the nearest parent holding a `.devpath` folder)
cli-arg-lang = The language devpath speaks: en, es or pt (default: DEVPATH_LANG, then the workspace's choice, then the system locale)
cli-arg-format = Output format
# The verbs.
cli-init-about = Create a learner workspace with every exercise's start files
cli-init-arg-dir = Folder to create the workspace in (default: ./devpath-course)
cli-watch-about = Watch the current exercise: re-run it whenever you save a file
cli-watch-keys = Keys: h hint, n next, l list, r re-run, q quit.
cli-watch-arg-manual-run = Don't watch files: press r to run (for file systems without change events)
cli-watch-arg-poll = Find saved files by looking at them every 150 ms instead of waiting for the file system's change events (slower; for network shares and mounts that send no events)
cli-run-about = Run an exercise once and show the verdict (exit 0 pass, 1 fail, 2 error)
cli-run-arg-exercise = The exercise to run (name or number; default: the current one)
cli-list-about = List the exercises with your progress
cli-hint-about = Show the next hint of an exercise (one more each time)
cli-hint-arg-exercise = The exercise (name or number; default: the current one)
cli-reset-about = Put an exercise's files back to their start state
cli-reset-arg-exercise = The exercise to reset (name or number)
cli-reset-arg-all = Reset every exercise and your progress
cli-next-about = Move on to the next pending exercise
cli-verify-about = Re-check every exercise you have completed (with --all: every exercise, marking those that pass as done)
cli-verify-arg-all = Check every exercise, not only those marked done, and mark each one that passes as done: rebuilds lost progress from your files
cli-example-verify-all = rebuild your progress from your files
cli-lang-about = Show or change the language devpath and the lessons speak here
cli-lang-arg-language = The language to save for this workspace: en, es or pt. Without it, devpath says which language it speaks and why
cli-doctor-about = Check what devpath needs: bash, the workspace, Docker and the registry
cli-clean-about = Remove what runs of this workspace left behind when they were killed (containers, images, networks, volumes, processes, folders)
cli-pipeline-about = Run one GitHub Actions workflow locally, outside any exercise
cli-pipeline-arg-workflow = The workflow file to run
cli-pipeline-arg-event = The event that triggers the run
cli-pipeline-arg-git-ref = The pushed ref (refs/heads/NAME or refs/tags/NAME; default refs/heads/main), or a release's tag (refs/tags/NAME; default refs/tags/v1.0.0)
cli-pipeline-arg-pr = The pull request's number (default 1)
cli-pipeline-arg-base = The branch the pull request merges into (default main)
cli-pipeline-arg-head = The pull request's branch (default: the repository's current branch, else "feature")
cli-pipeline-arg-activity = The activity type, `github.event.action`: for pull requests opened (default), synchronize, closed…; for a release published (default)…; a repository_dispatch's event type (default: the workflow's first `types:` entry)
cli-pipeline-arg-schedule = The cron of `on.schedule` that came due (default: the first one)
cli-pipeline-arg-changed-files = A file the commit changed, for `paths` filters (repeatable; default: the files HEAD's commit changed, in a git repository)
cli-pipeline-arg-event-file = JSON merged over the event's payload (`github.event`), like act's --eventpath; it can also set the ref, PR number, branches, activity type, tag and cron
cli-pipeline-arg-list = Show the jobs, their needs and the workflow's triggers; run nothing
cli-pipeline-arg-dry-run = Decide the triggers and each job's `if:` for the event and show which jobs would run; run nothing
cli-pipeline-arg-inputs = A workflow_dispatch input, KEY=VALUE (repeatable)
cli-pipeline-arg-secrets = A secret, KEY=VALUE (repeatable). Prefer --secret-file: command lines are visible to other users
cli-pipeline-arg-secret-file = Secrets from a dotenv file: KEY=VALUE per line; double-quoted values expand \n
cli-pipeline-arg-vars = A configuration variable (`vars.KEY`), KEY=VALUE (repeatable)
cli-pipeline-arg-environments = Environment protection rules and environment-scoped values (TOML)
cli-pipeline-arg-approve = Approve deployments to this environment without asking (repeatable)
cli-pipeline-arg-reject = Reject deployments to this environment without asking (repeatable)
cli-pipeline-arg-repo = The folder checked out by actions/checkout (default: the repository holding the workflow)
cli-pipeline-arg-actions-dir = Remote actions and reusable workflows available offline, laid out as act's cache: DIR/OWNER/REPO@REF/
cli-pipeline-arg-jobs = Run at most N jobs (or matrix combinations) at the same time (default: the number of cores)
cli-example-actions-dir = remote actions, offline
cli-validate-about = Check GitHub Actions workflows without running them, as GitHub would when they are pushed: exit 0 when valid, 1 when not
cli-validate-arg-paths = Workflow files, or folders to search for `*.yml` and `*.yaml` (default: .github/workflows)
cli-example-validate-all = every workflow in .github/workflows
cli-setup-about = Build the lessons' base image (devpath/base:1) from a static busybox
cli-setup-arg-from-image = Use an image already present in the engine instead of a host busybox
cli-registry-about = The embedded OCI registry
cli-registry-serve-about = Serve the registry until Ctrl-C
cli-registry-serve-arg-addr = Address to listen on (loopback only)
cli-registry-serve-arg-root = Storage folder (default: a temporary folder removed on exit)
cli-registry-serve-arg-auth = Require HTTP Basic credentials: USER:TOKEN accepts only that user with that token; TOKEN alone accepts any user name with the token
# Instructor tools.
cli-dev-about = Instructor tools: scaffold, check, bless and review exercises
cli-dev-new-about = Scaffold a new exercise and add it to course.toml
cli-dev-new-arg-name = Folder name of the new exercise, e.g. 13-canary-release
cli-dev-new-arg-topic = The topic shown in `devpath list`
cli-dev-check-about = Check exercises: start fails, solution passes, snapshot current, lint clean
cli-dev-check-exit-status = Exit status: 0 all good, 1 a problem, 2 the course does not load.
cli-dev-check-arg-exercises = Exercises to check (default: all)
cli-dev-check-arg-jobs = How many runs (an exercise's start or solution) to play at once
cli-dev-bless-about = Run solutions and write what they produced as outcome.snap.new
cli-dev-bless-arg-exercises = Exercises to bless
cli-dev-review-about = Review pending outcome.snap.new files: accept, reject or skip
cli-dev-review-answers = Answers, one per line (from a pipe too): a accept, r reject, s skip.
cli-dev-lint-about = The static checks of `dev check`, without running anything

## learner

## list-hint-reset

## watch

# The keys under every screen; the letters are the same in every language.
watch-key-hint = hint
watch-key-next = next
watch-key-list = list
watch-key-log = log
watch-key-rerun = re-run
watch-key-run-manual = run (saving does not, with --manual-run)
watch-key-quit = quit
watch-error = error:
watch-no-pending = No other exercise is pending.
watch-not-editable = { $count ->
    [one] You saved { $names }, which is not among this exercise's editable files, so nothing ran.
   *[other] You saved { $names }, which are not among this exercise's editable files, so nothing ran.
} Watch mode runs when you save { $editable } (or press r to run now).
watch-and = { $rest } and { $last }
watch-or = { $rest } or { $last }
watch-log-empty = The last run printed no log lines.
watch-log-step = ── scenario step { $step } · { $job } › { $name }
watch-log-write-failed = cannot write the log to { $path }: { $error }
watch-pager-failed = cannot start the pager `{ $pager }` ({ $error }); the full log is in { $path }
# Approving a deployment on the terminal (devpath pipeline).
watch-approval-waiting = Waiting for approval to deploy { $sha } to { $environment } (job { $job }).
watch-approval-reviewers = Required reviewers: { $reviewers }.
watch-approval-unanswered = no reviewer answered (use --approve ENV)
watch-approval-no-reviewer = no required reviewer answered
watch-approval-question = Approve? [y/N]
watch-approval-yes = y yes
watch-approval-comment = Comment:
watch-approval-name = Your name:
watch-approval-name-default = Your name [{ $name }]:
watch-approval-who = Who are you? Only { $who } can answer for { $environment }.
watch-approval-not-reviewer = { $name } is not a required reviewer of { $environment }: only { $who } can approve or reject this deployment (reviewers are listed under [environments.{ $environment }] reviewers).

## verdict

## run

## explain

## timeline

## doctor-setup-clean

## errors

## pipeline

## validate

## workflow

## dev

