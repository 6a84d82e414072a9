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

learner-init-exists = { $dir } is already a devpath workspace; missing exercise folders were restored.
learner-init-created = { $count ->
    [one] Created { $count } exercise in { $dir }.
   *[other] Created { $count } exercises in { $dir }.
}
learner-init-watch-follows = Watch mode starts on the first exercise now. To come back to it later:
learner-init-next = Next, start watch mode on the first exercise:
learner-next-now-on = Now on { $exercise }: { $title }
learner-next-read = Read { $exercise }/README.md, then run `devpath` or `devpath run`.
learner-next-last-left = { $exercise } is the only exercise left: finish it with `devpath run`.
learner-running = Running
learner-verify-nothing = No exercise is marked done yet: nothing to verify. `devpath run` checks the current one.
learner-verify-pending = { $exercise }: pending
learner-verify-broken = { $exercise }: no longer passes; it is pending again (`devpath run { $exercise }` shows why)

## list-hint-reset

list-progress = { $done }/{ $total } done
list-status-done = done
list-status-pending = pending
list-topic-ci = ci
list-topic-cd = cd
list-topic-environments = environments
list-topic-rollback = rollback
list-topic-pull-requests-and-releases = pull requests and releases
list-no-lessons-in = This course has no lessons in { $lang }; they are shown in English.
list-keys = devpath run: check the current exercise · devpath hint: a nudge · devpath next: move on
hint-none = This exercise has no hints. Read its README.md again, slowly.
hint-heading = Hint { $number } of { $total } for { $exercise }:
hint-ask-again = (ask again for hint { $next } of { $total })
hint-last = (that was the last hint; the README.md walks through the task)
reset-all = Every exercise is back at its start, and your progress is cleared.
reset-one = { $exercise } is back at its start ({ $files }); files you added are kept.

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

verdict-passed = { $exercise } passed: { $title }
verdict-not-solved = { $exercise } is not solved yet.
verdict-next = Next: { $next } (`devpath next`, or n in watch mode)
verdict-next-watch = Next: { $next }. Press n to go on.
verdict-edit = Edit { $paths } and run again (`devpath hint` for a nudge).
verdict-edit-watch = Edit { $paths } and save it to run again (h: a hint).
verdict-more = (more than fits: o shows the full log, `devpath run` everything)
verdict-first-difference = First difference in { $part }:
verdict-why = Why:
verdict-failed-step = step { $step }: { $job } › { $name } failed; its last lines:
verdict-diff-heading = Your run, against what the exercise expects:
verdict-diff-expected = expected
verdict-diff-actual = your run
verdict-diff-more = … and { $count } more different line(s): `devpath run` shows them all
verdict-notes-heading = In these lines:
verdict-note-sha = <sha:{ $name }> is the commit the scenario pushed as { $name } (<short-sha:{ $name }>: its first 7 characters).
verdict-note-digest-commit = <digest:v2> is an image pushed under the tag of commit v2 (its sha): the image built from v2.
verdict-note-digest-numbered = <digest:1>, <digest:2> are images first pushed under a tag that is not a commit's sha (latest, 1.0, …), numbered in the order they were seen: not the same as <digest:v1>, <digest:v2>.
verdict-note-digest-other = <digest:other> is an image the registry does not hold.
verdict-note-registry = <registry> is the registry's address (vars.REGISTRY).
verdict-note-secret = {"***"} is a secret's value, masked.

## run

run-step = step { $index }: { $what }
run-error-label = error:
run-warning-label = warning:
run-did-not-run = { $file } did not run: fix the error(s) above
run-step-failed = { $job } › { $name } failed; its last lines:
run-leftovers-heading = your scripts left these behind (on a real server they would stay):
run-leftover-removed = { $what }: devpath removed it; remove it in your script when it is no longer needed (`{ $command }`)
run-leftover-kept = { $what }: made around devpath's `docker`, so devpath cannot tell it is the run's and left it: remove it with `{ $command }`

## explain

explain-differs = Your run differs from the expected outcome.
explain-differs-in = Your run differs from the expected outcome in { $part }: expected { $expected }; your run has { $actual }{ $more }.
explain-more-lines = { $count ->
    [one] (and one more line differs, shown above)
   *[other] (and { $count } more lines differ, shown above)
}
explain-nothing = nothing
explain-not-started-no-event = { $file } did not start in step { $step }: its `on:` does not list `{ $event }`.
explain-not-started-filtered = { $file } did not start in step { $step }: its `on:` lists `{ $event }`, but its filters (such as `branches:`) leave out this one, a push to `main`.
explain-invalid = { $file } is not a valid workflow, so nothing of it ran in step { $step }: fix the problems listed with it.
explain-invalid-first = { $file } is not a valid workflow, so nothing of it ran in step { $step }: fix the problems listed with it (first: { $first }).
explain-ran-after-failure = In step { $step }, job `{ $job }` ({ $workflow }) ran although `{ $needed }`, which it needs, ended `{ $result }`: a job whose needs did not succeed is skipped, unless its `if:` runs it anyway (`always()`, `failure()`).
explain-job-failed = Job `{ $job }` ({ $workflow }) failed in step { $step }.
explain-job-failed-continued = Job `{ $job }` ({ $workflow }) failed in step { $step }, but `continue-on-error` kept the job going.
explain-step-failed = Step `{ $name }` of job `{ $job }` ({ $workflow }) failed in step { $step }.
explain-step-failed-continued = Step `{ $name }` of job `{ $job }` ({ $workflow }) failed in step { $step }, but `continue-on-error` kept the job going.
explain-log-ends = Its log ends with:
explain-job-log-says = The log of job `{ $job }` ({ $workflow }) says:
explain-step-log-says = The log of step `{ $name }` of job `{ $job }` ({ $workflow }) says:

## timeline

timeline-heading = Deploy timeline (what each environment served after each step)
timeline-step-column = step
timeline-step = step { $step }
timeline-other-image = other image
timeline-healthy = ok
timeline-unhealthy = unhealthy
timeline-approved-by = approved by { $reviewer }
timeline-rejected-by = rejected by { $reviewer }
timeline-rollback = rollback
timeline-job-graph = Job graph
timeline-graph-line = step { $step } { $workflow }: { $jobs }

## doctor-setup-clean

doctor-status-ok = ok
doctor-status-warning = warning
doctor-status-missing = missing
doctor-name-bash = bash
doctor-name-course = course
doctor-name-languages = languages
doctor-name-workspace = workspace
doctor-name-docker-cli = docker CLI
doctor-name-engine = engine
doctor-name-base-image = base image
doctor-name-registry = registry
doctor-bash-missing = bash is not on PATH; workflow steps run with it
doctor-bash-fix = install bash (Debian/Ubuntu: `sudo apt-get install bash`)
doctor-course-built-in = built in
doctor-course-found = { $title } ({ $count ->
        [one] { $count } exercise
       *[other] { $count } exercises
    }, { $origin })
doctor-course-fix = fix the course files named above
doctor-languages-lacks = { $languages } (no lessons in { $lang }: they are shown in English)
doctor-languages-fix = `devpath lang` says which language devpath speaks and how to switch
doctor-workspace-found = { $dir } ({ $done }/{ $total } done, current { $current })
doctor-workspace-fix = run `devpath init` (or just `devpath`) in the folder you want to work in
doctor-see-above = see above
doctor-docker-cli-missing = the docker command is not on PATH; the Docker lessons (4 and later) need it
doctor-docker-cli-fix = install it (Debian/Ubuntu: `sudo apt-get install docker.io`)
doctor-engine-found = Docker { $version } (API { $api }, { $platform }) at { $address }
doctor-engine-fix = the Docker lessons (4 and later) need a running Docker engine; the CI lessons work without it
doctor-base-image-missing = { $image } is not built yet; the Docker lessons need it
doctor-base-image-fix = run `devpath setup` (offline, from a static busybox)
doctor-registry-answers = { $url } answers ({ $count ->
        [one] { $count } repository
       *[other] { $count } repositories
    })
doctor-registry-fix = start that registry, or drop --registry to use devpath's own
doctor-tempdir-failed = cannot create a temporary folder: { $error }
doctor-tempdir-fix = check that the temporary folder (TMPDIR) is writable
doctor-registry-serves = devpath's own registry serves on 127.0.0.1 (checked on an ephemeral port)
doctor-registry-firewall = a firewall may block loopback connections
doctor-registry-loopback = check that 127.0.0.1 accepts connections
setup-engine = Docker engine { $version } ({ $platform }, API { $api }) at { $address }
setup-already-there = { $image } is already there (image { $id }); nothing to do
setup-found-busybox = found a static busybox: { $path } ({ $version })
setup-built = built { $image }: busybox with { $applets } applet links, /etc/passwd, /tmp, /www ({ $size } MB) in { $seconds } s
setup-image-id = image { $short } ({ $id })
setup-tagged = tagged { $from } as { $image } (image { $id })
setup-tagged-note = note: the lessons expect /bin/sh, httpd and wget in it (busybox has them)
setup-next = next: `devpath init my-course && cd my-course && devpath` starts the course
clean-nothing = Nothing to clean: no run of this workspace was left behind.
clean-run = run { $run }: { $processes } process(es) stopped, { $objects } container(s), image(s), network(s) or volume(s) removed, { $folders } folder(s) deleted

## errors

## pipeline

## validate

## workflow

## dev

dev-lang-readme-missing = is missing: learners reading { $lang } get the English lesson. Translate README.md into it.
dev-lang-text-missing = { $what } has no `{ $code }` text: learners reading { $lang } get the English one. Add `{ $code } = "…"` beside its `en`.
dev-lang-text-english = { $what }: its `{ $code }` text is the English one; translate it into { $lang }.
dev-lang-comment-unused = comment { $index } ("{ $first }") matches no lines of a start file: its translations would never be used. Copy its `en` exactly from the start file.
dev-lang-todo-untranslated = the comment "{ $comment }" has no [[comments]] entry in exercise.toml: learners who chose another language read it in English.
dev-lang-heading-level = line { $line }: the heading "{ $heading }" is not at the level of the English one it stands for (line { $english_line }: "{ $english }"). Keep the headings of README.md, in order, at the same levels.
dev-lang-heading-missing = has no heading for "{ $english }" (README.md line { $english_line }): keep the headings of README.md, in order, at the same levels.
dev-lang-heading-extra = line { $line }: the heading "{ $heading }" is not in README.md: keep the headings of README.md, in order, at the same levels.
dev-lang-code-count = has { $count } code blocks where README.md has { $english_count }: code blocks are the same in every language.
dev-lang-code-differs = this code block differs from README.md's (line { $english_line }): code blocks are the same, byte for byte, in every language.
dev-lang-paragraph-english = this paragraph is README.md's, in English: translate it.
dev-lang-exercise-untranslated = is not translated into { $lang }: learners reading it get the English lesson and texts. Write { $readme } and the texts' versions in exercise.toml.
dev-lang-course-untranslated = its title, welcome and final_message have no `{ $code }` version: learners reading { $lang } get them in English.
dev-lang-summary = Languages: { $languages }.
