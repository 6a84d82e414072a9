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
cli-pipeline-arg-dry-run = Decide the triggers and each job's `if:` for the event, show which jobs would run and which of their steps would fail on this machine; run nothing
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

errors-prefix = error:
errors-caused-by = caused by: { $cause }
errors-no-ctrl-c = warning: cannot handle Ctrl-C ({ $reason }): interrupting a run will leave its containers behind
errors-io = cannot { $action } { $path }: { $reason }
errors-do-read = read
errors-do-write = write
errors-do-write-to = write to
errors-do-create = create
errors-do-find = find
errors-do-list = list
errors-do-remove = remove
errors-do-rename = rename
errors-do-replace = replace
errors-do-read-environments = read the environments file
errors-do-read-event = read the event file
errors-do-read-secret = read the secret file
errors-do-create-temp-in = create a temporary folder in
errors-do-create-temp-for = create a temporary folder for
errors-do-copy-repo-into = copy the repository files into
errors-not-a-course = { $path } is not a devpath course: it has neither course.toml nor exercises/course.toml
errors-refusing = refusing { $path }: { $reason }
errors-pack-too-large = the course pack { $path } is larger than { $limit } bytes; devpath refuses to read it
errors-newer-format = { $file } needs course format { $found }, but this devpath understands format { $max } at most: update devpath (`cargo install --path .` in a newer checkout)
errors-unknown-exercise = there is no exercise { $query }: run `devpath list` to see their names{ $suggestion }
errors-did-you-mean = (did you mean { $name }?)
errors-no-workspace = no devpath workspace here ({ $dir }): create one with `devpath init`, or run `devpath` alone to create it and start
errors-damaged-state = { $path } is damaged: { $detail }
errors-damaged-safe = Your exercise files are safe. To start your progress afresh, move the file away:
errors-damaged-verify = then run `devpath verify --all`: it checks every exercise and marks those you solved as done again.
errors-temp-dir = cannot create the run's temporary folder: { $reason }
errors-read-learner = cannot read your file { $path }: { $reason }
errors-write-commit = cannot write the commit file { $path }: { $reason }
errors-no-base-image = the lessons' base image devpath/base:1 is missing: build it with `devpath setup` (offline, from a static busybox)
errors-no-docker-cli = the docker command-line tool is not on PATH: install it (Debian/Ubuntu: `sudo apt-get install docker.io`)
errors-no-free-port = cannot find a free port on 127.0.0.1: { $reason }
errors-scan = cannot scan an image for leaked secrets: { $reason }
errors-interrupted = interrupted: the run was stopped and everything it created was removed
errors-exercise-broken = the exercise is broken: { $message }
errors-needs-pack = { $what } needs the course on disk: pass --course DIR (a folder with course.toml), or run inside the devpath repository (it has exercises/course.toml)
errors-bad-name = { $name } is not a usable exercise name: { $reason }
errors-exists = { $path } already exists: pick another name, or remove that folder first
errors-no-app = the course has no sample app in { $path }: create { $path }good/ with the app's files first (the scenario pushes it)
errors-outside-pack = refusing to write { $path }: it lies outside the course pack { $root }
errors-not-a-file = refusing { $path }: it is not a plain file (a symbolic link or a folder); remove it
errors-docker-not-running = the Docker engine is not answering at { $address }{ $detail }: start it with `sudo systemctl start docker` (or `sudo dockerd &`), then run `devpath doctor`
errors-docker-permission = permission denied on the Docker socket { $address }: add yourself to the docker group: `sudo usermod -aG docker $USER`, then log in again
errors-docker-host-unsupported = DOCKER_HOST={ $address } is not supported by devpath: use a unix:// socket or a tcp:// address (unset DOCKER_HOST to use unix:///var/run/docker.sock)
errors-docker-runtime = cannot start the runtime for Docker engine calls: { $reason }
errors-docker-version = the Docker engine at { $address } answered the version request with an error: { $reason }; check it with `docker version`
errors-docker-inspect-image = cannot inspect image { $reference }: { $reason }; check it with `docker image inspect { $reference }`
errors-docker-inspect-container = cannot inspect container { $name }: { $reason }; check it with `docker inspect { $name }`
errors-docker-list-containers = cannot list containers: { $reason }; check that `docker ps -a` works
errors-docker-list-images = cannot list images: { $reason }; check that `docker images` works
errors-docker-list-networks = cannot list networks: { $reason }; check that `docker network ls` works
errors-docker-list-volumes = cannot list volumes: { $reason }; check that `docker volume ls` works
errors-docker-remove-volume = cannot remove volume { $name }: { $reason }; remove it by hand with `docker volume rm { $name }`
errors-docker-save-image = cannot export image { $reference }: { $reason }; check that `docker save { $reference } >/dev/null` works
errors-docker-remove-container = cannot remove container { $name }: { $reason }; remove it by hand with `docker rm -f { $name }`
errors-docker-remove-image = cannot remove image { $reference }: { $reason }; remove it by hand with `docker rmi { $reference }`
errors-docker-remove-network = cannot remove network { $name }: { $reason }; remove it by hand with `docker network rm { $name }`
errors-docker-import-image = cannot import an image as { $reference }: { $reason }; check the engine's log and free disk space (`docker system df`)
errors-docker-tag-image = cannot tag { $source } as { $target }: { $reason }; try `docker tag { $source } { $target }`
errors-docker-timeout = the Docker engine at { $address } did not finish `{ $operation }` within { $seconds } s: it may be hung or overloaded; check it with `docker info`, restart it if needed (`sudo systemctl restart docker`)
errors-docker-from-image-missing = there is no image { $reference } in the Docker engine (devpath works offline and pulls nothing): list the local ones with `docker images`, or drop --from-image to build from a static busybox
errors-no-static-busybox = no statically linked busybox found (looked at { $looked }): install one with `sudo apt-get install busybox-static`, or use an image you already have: `devpath setup --from-image IMAGE`
errors-busybox-applets = cannot list the applets of { $path }: { $reason }; reinstall it (`sudo apt-get install --reinstall busybox-static`)
errors-base-image-file = cannot read { $path } to build the base image: { $reason }
errors-import-lost = the engine accepted the import but has no image { $reference } afterwards; run `devpath setup` again, and check `docker images`
errors-registry-not-loopback = refusing to serve the registry on { $addr }: it speaks plain HTTP, so it only listens on loopback addresses (use 127.0.0.1:PORT)
errors-registry-bind = cannot listen on { $addr }: { $reason }; is another registry using this port? Choose another one, or port 0 for any free port
errors-registry-root = cannot prepare the registry storage folder { $path }: { $reason }; check that it is writable
errors-registry-in-use = the registry storage folder { $path } is in use by another running registry; stop it or choose another folder
errors-registry-runtime = cannot start the registry's server thread: { $reason }
errors-registry-url = invalid registry URL { $url }: { $reason }
errors-registry-connect = cannot reach the registry at { $url }: { $reason }; is it running?
errors-registry-status = the registry answered { $url } with { $status }: { $body }
errors-registry-protocol = the registry's answer to { $url } is malformed: { $reason }
errors-refused-symlink = it is a symbolic link; a course pack must hold plain files only
errors-refused-outside = it lies outside the course folder
errors-refused-name-not-utf8 = its name is not valid UTF-8
errors-refused-empty = it is empty
errors-refused-dotdot = it contains `..`; paths must stay inside the exercise folder
errors-refused-absolute = it is absolute; write it relative to the exercise folder
errors-refused-backslash = it contains `\`; use `/` between folders
errors-state-not-utf8 = it is not UTF-8 text (byte { $byte } is not)
errors-state-syntax = line { $line }, column { $col }: { $message }
errors-state-version = format_version { $found } is not one this devpath writes (1)
errors-docker-no-socket = no socket there
errors-docker-refused = connection refused
errors-docker-closed = connection closed
errors-docker-no-answer = no answer within { $seconds } s
errors-course-format-version = format_version must be 1
errors-course-plain-name = exercise { $name } must be a plain folder name
errors-course-listed-twice = exercise { $name } is listed twice
errors-course-no-exercise-toml = lists exercise { $name }, but { $path } does not exist
errors-course-missing-part = the exercise has no { $part }: create { $path }
errors-course-editable-empty = `editable` is empty: list the files the learner edits
errors-course-editable-refused = editable file { $path } is refused: { $reason }
errors-course-editable-missing = editable file { $path } is missing from { $side }/: create { $full }
errors-course-scenario-empty = `scenario` is empty: add at least one `[[scenario]]` with `push = "good"`
errors-course-environment-twice = environment { $name } is empty or declared twice
errors-course-environments-docker = `environments` need `docker = true`: environments are served by containers
errors-course-file-missing = missing
errors-course-not-utf8 = is not UTF-8 text: { $reason }
errors-course-none = none
errors-course-undeclared-environment = scenario step { $n } approves or rejects environment { $env }, which the exercise does not declare (declared: { $known }); add it under [[environments]]
errors-course-approve-and-reject = scenario step { $n } both approves and rejects the same environment
errors-course-one-kind = scenario step { $n } must have exactly one of `push`, `pull_request` and `dispatch`
errors-course-ref-not-push = scenario step { $n } has `ref`, which only a `push` step takes (a pull request has `head` and `base`)
errors-course-head-not-pr = scenario step { $n } has `head` or `base`, which only a `pull_request` step takes (a push has `ref`)
errors-course-bad-ref = scenario step { $n } pushes to ref { $gitref }, which { $why }: give a full ref, e.g. "refs/heads/main" or "refs/tags/v1.2.3"
errors-course-bad-branch = scenario step { $n } has { $key } = { $branch }, which { $why }: name a branch, e.g. "{ $default }"
errors-course-pr-into-itself = scenario step { $n } opens a pull request from { $head } into itself: `head` and `base` must differ
errors-course-bad-dispatch = scenario step { $n } dispatches { $workflow }: name a file of .github/workflows/, e.g. "rollback.yml"
errors-course-push-no-app = scenario step { $n } pushes app version { $version }, but { $path } does not exist
errors-course-pr-no-app = scenario step { $n } opens a pull request with app version { $version }, but { $path } does not exist
errors-course-ref-not-under = is not under refs/heads/ or refs/tags/
errors-course-ref-invalid = is not a valid git ref name

## pipeline

pipeline-severity-error = error
pipeline-severity-warning = warning
pipeline-event-push = push to { $gitref }
pipeline-event-dispatch-with = workflow_dispatch with { $inputs }
pipeline-list-triggers = triggers:
pipeline-list-never-local = (never triggered locally)
pipeline-list-jobs = jobs:
pipeline-list-needs = needs: { $jobs }
pipeline-dry-run = dry run for { $event } (nothing runs)
pipeline-plan-needs = (needs { $jobs })
pipeline-plan-would-run = { $job }: would run{ $needs }
pipeline-plan-skipped-if = { $job }: skipped: its `if: { $condition }` is false ({ $place })
pipeline-plan-skipped-needs = { $job }: skipped: it needs { $need }, which would not succeed
pipeline-plan-would-fail = { $job }: would fail: { $message }
pipeline-plan-step-would-fail = step { $step } would fail on this machine ({ $place }): { $message }
pipeline-run-named = run { $name }
pipeline-job = job { $job }
pipeline-job-named = job { $job } ({ $name })
pipeline-job-combination = job { $job } — { $name }
pipeline-step-skipped = { $step } (skipped)
pipeline-step-cancelled = step cancelled
pipeline-step-failed-continue = step failed; continue-on-error lets the job go on
pipeline-step-failed = step failed
pipeline-waiting-approval = Waiting for approval to deploy { $sha } to { $environment }
pipeline-approved-by = approved by { $reviewer }{ $comment }
pipeline-rejected-by = rejected by { $reviewer }{ $comment }
pipeline-conclusion = conclusion: { $conclusion }
pipeline-note = note:
pipeline-warning = warning:
pipeline-no-repo = --repo { $path }: no such folder
pipeline-no-actions-dir = --actions-dir { $path }: no such folder (lay out actions as DIR/OWNER/REPO@REF/)
pipeline-var-registry-external = the --registry one
pipeline-var-registry-own = devpath's own, started for this run
pipeline-var-registry-unset = { $place }: vars.{ $name } is not set (no --var { $registry }=HOST): using { $host }, { $whose }
pipeline-var-empty = { $place }: vars.{ $name } is empty in this run: pass --var { $name }=VALUE (or set it for the job's environment in --environments)
pipeline-key-value = { $flag } { $pair }: expected KEY=VALUE, e.g. { $flag } NAME=value
pipeline-dotenv-expected = expected KEY=VALUE
pipeline-dotenv-bad-name = invalid name "{ $key }": use letters, digits and _
pipeline-dotenv-double-unclosed = the double-quoted value has no closing "
pipeline-dotenv-double-after = unexpected text after the closing "
pipeline-dotenv-single-unclosed = the single-quoted value has no closing '
pipeline-dotenv-single-after = unexpected text after the closing '
pipeline-env-undeclared-in = { $flag } { $env }: "{ $env }" is not declared in { $file }; add an [environments.{ $env }] table there
pipeline-env-undeclared = { $flag } { $env }: "{ $env }" is not declared in any environments file; pass --environments FILE with an [environments.{ $env }] table
pipeline-env-contradict = --approve { $env } and --reject { $env } contradict each other; keep one
pipeline-event-short-ref = the event file's "ref" is "{ $gitref }": a push needs a full ref, refs/heads/NAME or refs/tags/NAME
pipeline-flag-misfit = { $flag } applies to { $events }, not to { $event }: add --event with one of those, or drop { $flag }
pipeline-events-ref = push and release (a pull request takes --base and --head)
pipeline-events-pull = pull_request and pull_request_target
pipeline-events-activity = pull_request, pull_request_target, release and repository_dispatch
pipeline-this-event = this event
pipeline-ref-not-full = --ref { $gitref }: give the full ref, refs/heads/{ $gitref } for a branch or refs/tags/{ $gitref } for a tag
pipeline-ref-not-tag = --ref { $gitref }: a release is for a tag; give refs/tags/NAME
pipeline-event-not-json = { $place }: the event file is not valid JSON: { $reason }
pipeline-event-not-object = { $file }: the event file must hold a JSON object (the payload, as `github.event` shows it), not { $kind }
pipeline-json-list = a list
pipeline-json-string = a string
pipeline-json-number = a number
pipeline-json-boolean = a boolean

## validate

validate-all-valid = { $files } workflow { $files ->
    [one] file
   *[other] files
} valid
validate-some-invalid = { $invalid } of { $files } workflow { $files ->
    [one] file
   *[other] files
} invalid
validate-not-utf8 = the file is not UTF-8 text; GitHub reads workflows as UTF-8

## workflow

workflow-did-you-mean = — did you mean "{ $suggestion }"?
workflow-expected-one-of = (expected one of: { $list })
workflow-empty-file = the workflow file is empty: it needs `on:` and `jobs:`
workflow-not-run-yet = valid on GitHub, not run by devpath yet: { $what }
workflow-must-be-mapping = { $what } must be a mapping, found { $found }
workflow-key-must-be-text = a key in { $what } must be text, found { $found }
workflow-duplicate-key = duplicate { $noun } "{ $key }" (first defined at line { $line }); remove or rename one
workflow-unknown-key = unknown key "{ $key }" in { $place }{ $hint }
workflow-must-be-text = { $what } must be text, found { $found }
workflow-status-function-outside-if = `{ $name }()` cannot be called in { $what }: status functions are only available in `if:` (of a job or a step); compute the value in an `if:` instead
workflow-invalid-expression = invalid expression in { $what }: { $problem }
workflow-must-be-expression = { $what } must be an expression, found { $found }
workflow-context-not-available = the `{ $name }` context is not available in { $what }; available here: { $available }
workflow-unknown-context = unknown context "{ $name }" in { $what }{ $hint }
workflow-available-here = (available here: { $list })
workflow-each-entry-must-be-text = each entry of { $what } must be text, found { $found }
workflow-must-be-text-or-list = { $what } must be text or a list of texts, found { $found }
workflow-minutes-positive = { $what } must be a positive number of minutes
workflow-minutes-number = { $what } must be a number of minutes, found { $found }
workflow-root-must-be-mapping = a workflow must be a mapping with `on:` and `jobs:`, found { $found }
workflow-the-workflow = the workflow
workflow-noun-key = key
workflow-no-on = the workflow has no `on:`: say which events start it, e.g. `on: push`
workflow-no-jobs = the workflow has no `jobs:`: add at least one job with `runs-on:` and `steps:`
workflow-noun-name = name
workflow-noun-event = event
workflow-noun-job-id = job id
workflow-noun-input = input
workflow-noun-output = output
workflow-noun-scope = scope
workflow-noun-secret = secret
workflow-noun-service = service
workflow-found-list = a list
workflow-found-mapping = a mapping
workflow-found-empty = an empty value
workflow-found-boolean = a boolean
workflow-found-number = a number
workflow-found-string = a string
workflow-yaml-invalid = invalid YAML: { $info }
workflow-yaml-invalid-tabs = invalid YAML: { $info } (indent with spaces, not tabs)
workflow-yaml-invalid-indent = invalid YAML: { $info } (check the indentation of this line and the one above)
workflow-yaml-second-document = a second YAML document starts here; a workflow file holds exactly one document (remove the `---` line)
workflow-yaml-too-many-values = this alias makes the file hold more than { $max } values once aliases are expanded (anchors nested in anchors?); write the values out, or use fewer levels of aliases
workflow-yaml-undefined-anchor = this alias refers to an anchor that is not defined before it
workflow-place-job = job "{ $id }"
workflow-place-step = step { $number } of job "{ $job }"
workflow-key-of = `{ $key }` of { $place }
workflow-the-key-of = the `{ $key }` of { $place }
workflow-name-of = the name of { $place }
workflow-id-of = the id of { $place }
workflow-run-script-of = the `run` script of { $place }
workflow-key-in = `{ $key }` (in { $place })
workflow-needs-twice = { $place } lists "{ $need }" twice in `needs`
workflow-call-only-key = `{ $key }` in { $place } only applies to a job that calls a reusable workflow with `uses:`; pass values to steps with `env:`
workflow-no-runs-on = { $place } has no `runs-on`: add `runs-on: ubuntu-latest` (devpath runs every job on this machine)
workflow-no-steps = { $place } has no `steps`: add a list of steps
workflow-duplicate-step-id = duplicate step id "{ $id }" in { $place } (first at line { $line }); step ids must be unique in a job
workflow-steps-empty = `steps` of { $place } is empty: add at least one step
workflow-steps-not-list = `steps` of { $place } must be a list of steps, found { $found }
workflow-jobs-empty = `jobs` is empty: add at least one job
workflow-invalid-job-id = invalid job id "{ $id }": start with a letter or `_` and use only letters, digits, `-` and `_`
workflow-invalid-step-id = invalid step id "{ $id }": start with a letter or `_` and use only letters, digits, `-` and `_`
workflow-continue-on-error-type = `continue-on-error` of { $place } must be true, false or an expression, found { $found }
workflow-step-run-and-uses = { $place } has both `run` and `uses`: a step either runs a script or uses an action; split it in two steps
workflow-step-no-run-or-uses = { $place } has neither `run` nor `uses`: add a `run:` script
workflow-with-only-uses = `with` only applies to `uses` steps ({ $place }); pass values with `env:` instead
workflow-only-run-steps = `{ $key }` only applies to `run` steps ({ $place })
workflow-needs-itself = job "{ $job }" needs itself; remove "{ $job }" from its `needs`
workflow-needs-unknown = job "{ $job }" needs "{ $need }", which does not exist{ $hint }
workflow-needs-only-job = (it is the only job)
workflow-needs-jobs-list = (jobs: { $jobs })
workflow-needs-cycle = the jobs depend on each other in a cycle: { $cycle } (each needs the next); remove one of these `needs`
workflow-needs-ref-empty = `needs.{ $id }` is empty here: "{ $id }" is not in the `needs` of job "{ $job }"; add it there
workflow-steps-ref-later = `steps.{ $id }` is empty here: that step runs later (step { $number })
workflow-steps-ref-unknown = `steps.{ $id }` is empty here: no step of job "{ $job }" has `id: { $id }`{ $hint }
workflow-on-type = `on` must be an event name, a list or a mapping of events, found { $found }
workflow-duplicate-event = duplicate event "{ $event }" (first at line { $line })
workflow-pr-comment-event = — comments on pull requests are "issue_comment" events
workflow-unknown-event = unknown event "{ $event }" in `on`{ $hint }
workflow-event-not-local = valid on GitHub, never triggered locally: the `{ $event }` event (devpath triggers { $events })
workflow-filter-both = `on.{ $event }` cannot have both `{ $a }` and `{ $b }`: keep `{ $a }` and write the exclusions in it as `!pattern` entries
workflow-invalid-pattern = invalid pattern "{ $pattern }" in `{ $what }`: { $problem }
workflow-only-negated = `{ $what }` has only `!` patterns, so nothing can match: add a pattern without `!` first (e.g. '**'), or use the `-ignore` form
workflow-unknown-activity-type = unknown activity type "{ $kind }" in `{ $what }`{ $hint }
workflow-schedule-list = on.schedule must be a list of `- cron: '0 3 * * *'` entries
workflow-schedule-no-cron = this entry of `on.schedule` has no `cron`: add one, e.g. `- cron: '0 3 * * *'`
workflow-cron-shorthand = GitHub does not support the cron shorthand "{ $cron }": write the five fields (minute hour day month weekday), e.g. '0 0 * * *'
workflow-cron-fields = the cron "{ $cron }" has { $fields } fields; GitHub needs five: minute hour day-of-month month day-of-week, e.g. '0 3 * * *'
workflow-cron-too-often = the cron "{ $cron }" asks for a run every { $minutes } minute(s); GitHub runs scheduled workflows at most once every 5 minutes
workflow-list-empty = { $what } is empty: list at least one, or remove it
workflow-entry-empty = an entry of { $what } is empty
workflow-too-many-inputs = `on.workflow_dispatch.inputs` has { $count } inputs; GitHub accepts at most { $max }: group some into one (a JSON string, read with fromJSON)
workflow-place-input = the input "{ $name }"
workflow-description-of = { $place }'s description
workflow-required-type = `required` of { $place } must be true or false, found { $found }
workflow-choice-no-options = { $place } is a choice: list its `options:`
workflow-unknown-input-type = unknown input type "{ $kind }" for { $place }{ $hint }
workflow-options-only-choice = `options` only applies to `type: choice` ({ $place })
workflow-default-boolean = the default of { $place } must be true or false
workflow-default-number = the default of { $place } must be a number
workflow-default-option = the default of { $place } must be one of its options
workflow-runs-on-empty = { $what } is empty: name a runner label, e.g. `runs-on: ubuntu-latest`
workflow-runs-on-empty-list = { $what } is an empty list: name at least one runner label
workflow-snapshot-no-image = { $what } names no image
workflow-snapshot-list = { $what } must be an image name or a mapping with `image-name`, found a list
workflow-snapshot-no-image-name = { $what } has no `image-name`
workflow-field-empty = { $what }.{ $key } is empty
workflow-container-no-image-key = { $what } has no `image`: add `image: <name>`
workflow-place-service = the service "{ $label }" of { $place }
workflow-reusable-uses-form = { $what } must be `./.github/workflows/FILE.yml` or `OWNER/REPO/.github/workflows/FILE.yml@REF`, found "{ $value }"
workflow-key-not-in-call = `{ $key }` is not available in { $place }, which calls a reusable workflow: the called workflow's jobs define it
workflow-uses-form = `uses: { $uses }` must be `OWNER/REPO@REF`, `./PATH` or `docker://IMAGE`
workflow-uses-no-version = `uses: { $uses }` needs a version, e.g. `{ $uses }@v4`
workflow-environment-type = { $what } must be a name or a mapping with `name` and `url`, found { $found }
workflow-environment-no-name = { $what } has no `name`: add `name: production` (or the environment's name)
workflow-concurrency-type = { $what } must be a group name or a mapping with `group` and `cancel-in-progress`, found { $found }
workflow-flag-type = { $what } must be true, false or an expression, found { $found }
workflow-concurrency-no-group = { $what } has no `group`: add `group: <name>` (runs or jobs in the same group do not overlap)
workflow-strategy-expression = { $what } given as one expression (the job runs once)
workflow-strategy-empty = { $what } is empty: add a `matrix`, or remove `strategy`
workflow-key-in-what = `{ $key }` in { $what }
workflow-strategy-no-matrix = { $what } has no `matrix`, so the job runs once; add a `matrix` or remove `strategy`
workflow-max-parallel-min = { $what } must be at least 1, found { $found }
workflow-max-parallel-float = { $what } must be a whole number of jobs, found { $found }: write e.g. `max-parallel: 2`
workflow-whole-number = { $what } must be a whole number, found { $found }
workflow-matrix-type = { $what } must be a mapping of lists (e.g. `os: [ubuntu-latest]`) or an expression, found { $found }
workflow-matrix-excludes-all = { $what } excludes every combination, so the job runs once, without a matrix
workflow-place-secret = the secret "{ $name }"
workflow-place-call-output = the output "{ $name }" of `on.workflow_call`
workflow-value-of = { $place }'s value
workflow-call-output-no-value = { $place } has no `value`: add e.g. `value: ${"{{"} jobs.build.outputs.{ $name } {"}}"}`
workflow-flag-bool-type = `{ $flag }` of { $place } must be true or false, found { $found }
workflow-place-call-input = the input "{ $name }" of `on.workflow_call`
workflow-call-input-no-type = { $place } has no `type`: add `type: string`, `number` or `boolean`
workflow-default-type = the default of { $place } must be a { $kind }, found { $found }
workflow-default-of = the default of { $place }
workflow-permissions-value = { $what } must be read-all, write-all or a mapping of scopes (e.g. `contents: read`), found "{ $value }"{ $hint }
workflow-permissions-type = { $what } must be read-all, write-all or a mapping of scopes (e.g. `contents: read`), found { $found }
workflow-scopes-list = (scopes: { $list })
workflow-unknown-scope = unknown scope "{ $scope }" in { $what }{ $hint }
workflow-permission-level = "{ $level }" is not a permission level for `{ $scope }` in { $what }: use { $levels }
workflow-permission-level-type = the level of `{ $scope }` in { $what } must be { $levels }, found { $found }
workflow-or-list = { $list } or { $last }
workflow-action-empty = the action's metadata is empty: it needs `runs:`
workflow-action-secrets = the `secrets` context is not available in a composite action (GitHub: "Unrecognized named-value: 'secrets'"): declare an input and pass the secret with `with:`
workflow-place-output = the output "{ $name }"
workflow-output-value = the value of the output "{ $name }"
workflow-action-no-runs = the action has no `runs:`: say how it runs (`using: composite`, `node20` or `docker`)
workflow-action-no-using = `runs` has no `using`: `composite`, `node20` or `docker`
workflow-action-no-steps = a composite action needs `runs.steps`
workflow-action-steps-type = `runs.steps` must be a list of steps, found { $found }
workflow-action-step-no-shell = step { $number } of the composite action runs a script without `shell:`, which composite actions require: add `shell: bash`
workflow-action-no-main = a `{ $using }` action needs `runs.main`, the script to run
workflow-action-no-image = a docker action needs `runs.image`: `Dockerfile` or `docker://IMAGE`
workflow-action-args-list = `runs.args` must be a list
workflow-action-bad-using = `runs.using: { $using }` is not a kind of action GitHub runs: use `composite`, `docker` or one of { $versions }
workflow-expr-args-exactly-2 = exactly 2 arguments
workflow-expr-args-exactly-1 = exactly 1 argument
workflow-expr-args-1-or-2 = 1 or 2 arguments
workflow-expr-args-at-least-1 = at least 1 argument
workflow-expr-args-odd = an odd number of arguments, at least 3
workflow-expr-args-none = no arguments
workflow-expr-arity = { $name }() takes { $expected }: { $signature }
workflow-expr-arity-given = { $name }() takes { $expected }, but { $count ->
    [one] { $count } was given
   *[other] { $count } were given
}: { $signature }
workflow-expr-too-deep = expression is nested too deeply (GitHub allows 50 levels): split it up
workflow-expr-unknown-function = unknown function "{ $name }"{ $hint }
workflow-expr-unknown-function-list = unknown function "{ $name }"; the functions are { $functions }
workflow-expr-found = found { $token }
workflow-expr-empty = empty expression: write an expression between `{"${{"}` and `{"}}"}`
workflow-expr-expected-after = expected an expression after { $token }{ $found }
workflow-expr-expected = expected an expression{ $found }
workflow-expr-trailing = unexpected { $token } after a complete expression: is an operator (&&, ||, ==, …) or a comma missing?
workflow-expr-trailing-text = unexpected text after a complete expression
workflow-expr-expected-paren = expected ")" to close "("{ $found }
workflow-expr-expected-bracket = expected "]" to close "{"["}"{ $found }
workflow-expr-expected-comma = expected "," or ")" in the function's arguments{ $found }
workflow-expr-expected-property = expected a property name or "*" after "."{ $found }
workflow-expr-single-equals = "=" is not an operator: write "==" to compare
workflow-expr-single-and = "&" is not an operator: write "&&" (and)
workflow-expr-single-or = "|" is not an operator: write "||" (or)
workflow-expr-unterminated-string = unterminated string: close it with ' (write '' for a quote inside a string)
workflow-expr-invalid-number = invalid number "{ $number }": write a decimal (12, 1.5, 1e3), hex (0xff) or octal (0o17) number
workflow-expr-double-quotes = unexpected { $token }: strings are written in single quotes, e.g. 'text'
workflow-expr-nested = unexpected { $token }: `{"${{"}` cannot be nested inside an expression; write the inner expression directly
workflow-expr-unexpected-symbol = unexpected { $token }: expected a name (letters, digits, _ and -), a number, a 'string', or an operator
workflow-found-array = an array
workflow-found-object = an object
workflow-expr-too-much-text = this expression builds more than { $mib } MiB of text, which GitHub refuses too
workflow-expr-contexts-here = the contexts here are { $list }
workflow-expr-context-not-here = the "{ $name }" context is not available here{ $listing }
workflow-expr-unknown-context = unknown context "{ $name }"{ $hint }
workflow-expr-hashfiles-no-workspace = hashFiles() needs `github.workspace`, the directory its patterns are relative to, and it is not set here
workflow-expr-fromjson-empty = fromJSON() was given an empty string: expected JSON text such as '{"{"}"a": 1{"}"}', '[1, 2]' or 'true'
workflow-expr-fromjson-invalid = fromJSON() was given invalid JSON ({ $error }): { $text }
workflow-expr-case-predicate = case() predicate { $number } must be true or false, but it is { $found }: compare it, e.g. `x == 'value'`
workflow-expr-format-invalid = format string { $template } is invalid: { $why } (write {"{{"} and {"}}"} for literal braces)
workflow-expr-format-open = "{"{"}" at byte { $byte } must be followed by an argument number and "{"}"}", like {"{"}0{"}"}
workflow-expr-format-too-large = argument number too large
workflow-expr-format-missing-arg = format string { $template } uses argument {"{"}{ $index }{"}"}, but only { $count ->
    [one] { $count } argument was
   *[other] { $count } arguments were
} given after it (they are numbered from 0)
workflow-expr-format-close = "{"}"}" at byte { $byte } closes nothing
workflow-expr-unterminated-template = unterminated {"${{"} … {"}}"}: add {"}}"} to close the expression that starts here
workflow-expr-container-as-text = this `{"${{"} {"}}"}` is { $what }, where text is expected (GitHub says "A { $kind } was not expected"): wrap it in toJSON(…) to write it as JSON
workflow-condition-always-true = condition { $condition } is always evaluated to true because extra characters are around {"${{"} {"}}"}: GitHub reads it as a string, which is never empty; write one `{"${{"} … {"}}"}` around the whole condition (or none), and `|-` or `>-` for a multi-line one
workflow-trigger-runs-on = it runs on { $events } (try --event { $first })
workflow-trigger-never-local = its events ({ $events }) are never triggered locally
workflow-trigger-no-event = `on:` has no `{ $event }` event{ $hint }
workflow-trigger-cron-not-listed = the cron "{ $cron }" is not one of on.schedule {"["}{ $crons }]
workflow-not-triggered = not triggered: { $message }
workflow-ref-branch = branch "{ $name }"
workflow-ref-tag = tag "{ $name }"
workflow-ref-base-branch = base branch "{ $name }"
workflow-ref-excluded = { $reference } is excluded by "{ $pattern }" in { $what } { $patterns }
workflow-ref-no-match = { $reference } does not match { $what } { $patterns }{ $hint }
workflow-ref-ignored = { $reference } matches "{ $pattern }" in { $what } { $patterns }
workflow-ref-only-branches-filtered = { $reference }: on.{ $event } filters only branches ({ $what }), so tag pushes do not trigger it; add `tags:` to run on them
workflow-ref-only-tags-filtered = { $reference }: on.{ $event } filters only tags ({ $what }), so branch pushes do not trigger it; add `branches:` to run on them
workflow-paths-not-evaluated = { $what } not evaluated: the files this commit changed are not known (give them with --changed-file PATH)
workflow-paths-no-change = the commit changes no file, so nothing matches { $what } { $patterns }
workflow-paths-no-match = no changed file matches { $what } { $patterns } (changed: { $changed })
workflow-paths-ignore-no-change = the commit changes no file, so no file escapes { $what } { $patterns }
workflow-paths-all-ignored = every changed file matches { $what } { $patterns } (changed: { $changed })
workflow-types-not-listed = the activity type "{ $action }" is not in on.{ $event }.types {"["}{ $types }]
workflow-types-default = the activity type "{ $action }" does not trigger `{ $event }` without `types:` (only { $defaults } do); add `types: {"["}{ $action }]`
workflow-try-branch = to run it, push to "{ $name }" (--ref refs/heads/{ $name })
workflow-try-tag = to run it, push the tag "{ $name }" (--ref refs/tags/{ $name })
workflow-try-base = to run it, target "{ $name }" (--base { $name })
workflow-files-and-more = { $files } and { $count } more
workflow-pattern-nothing-to-repeat = `{ $char }` at character { $at } repeats the character before it, and there is none to repeat; write `\{ $char }` to match a literal `{ $char }`
workflow-pattern-unclosed-bracket = the `[` at character { $at } is never closed: add `]`, or write `\[` to match a literal `[`
workflow-pattern-empty-brackets = `[]` at character { $at } lists no character: put the characters to match between the brackets
workflow-pattern-bad-range = the range `{ $range }` in `[{ $set }]` is not valid: ranges can only be within a-z, A-Z or 0-9, from low to high
workflow-pattern-trailing-backslash = the pattern ends with `\`, which escapes nothing: remove it
workflow-matrix-include-type = `{ $key }` must be a list of mappings, found { $found }
workflow-matrix-vector-empty = the matrix vector "{ $key }" has no values: give it at least one, or remove it
workflow-matrix-vector-type = the matrix vector "{ $key }" must be a list of values, found { $found }
workflow-matrix-entry-type = each `{ $key }` entry must be a mapping, found { $found }
workflow-matrix-include-empty = an `include` entry is empty: give it at least one value
workflow-matrix-exclude-empty = an `exclude` entry is empty: give the values to exclude
workflow-matrix-exclude-unknown = the `exclude` key "{ $key }" is not a vector of the matrix (vectors: { $vectors })
workflow-matrix-no-vector = the matrix defines no vector: add one (e.g. `os: {"["}ubuntu-latest]`) or `include` entries
workflow-shell-empty = a shell cannot be empty
workflow-shell-did-you-mean = did you mean "{ $name }"? Otherwise
workflow-shell-unknown = unknown shell "{ $shell }": { $hint }use one of { $known }, or a command with {"{"}0{"}"} where the script file goes, e.g. `{ $program } {"{"}0{"}"}`
workflow-or = or
workflow-shell-no-bash = cannot run the step: neither bash nor sh is installed (not found on PATH)
workflow-shell-missing = cannot run the step: its shell "{ $shell }" is not installed here ({ $tried } not found on PATH); install it or choose another `shell:`
workflow-shell-program-missing = cannot run the step: its shell program "{ $tried }" is not installed here (not found on PATH); install it or choose another `shell:`
workflow-cannot-evaluate = cannot evaluate { $what }: { $problem }
workflow-eval-concurrency-group = the `concurrency` group
workflow-eval-job-environment = the job's `environment`
workflow-eval-step-if = the step's `if`
workflow-eval-job-if = the job's `if`
workflow-eval-script = the script
workflow-eval-output = output "{ $name }"
workflow-eval-the-output = the output "{ $name }"
workflow-eval-the-output-code = the output `{ $name }`
workflow-eval-env = env "{ $name }"
workflow-eval-name = the name "{ $name }"
workflow-eval-input = the input `{ $name }`
workflow-eval-input-default = the default of the input `{ $name }`
workflow-eval-default = the default of `{ $name }`
workflow-eval-secret = the secret `{ $name }`
workflow-eval-post-if = `post-if: { $cond }`
workflow-concurrency-group-empty = the `concurrency` group is empty; give it a name, e.g. `group: deploy-${"{{"} github.ref {"}}"}`
workflow-no-approver = no approver available
workflow-job-continue-on-error = The job failed, but `continue-on-error` lets the run go on (jobs that need it see success).
workflow-cannot-clean = cannot clean { $path }: { $error }
workflow-cannot-create = cannot create { $path }: { $error }
workflow-cannot-start-job = cannot start job "{ $job }": { $error }
workflow-cannot-write-script = cannot write the step's script { $path }: { $error }
workflow-cannot-start-program = cannot start { $program }: { $error }
workflow-cannot-start-program-path = cannot start { $program }: { $error } (is it installed and on PATH?)
workflow-github-env-reserved = $GITHUB_ENV: { $name } cannot be overwritten; ignored
workflow-step-timed-out = Error: The step exceeded its timeout-minutes ({ $minutes }) and was stopped.
workflow-job-timed-out = Error: The job exceeded its timeout-minutes ({ $minutes }) and was stopped.
workflow-file-command-heredoc = invalid line "{ $line }": expected name<<DELIMITER
workflow-file-command-unclosed = the value of "{ $name }" starts with <<{ $delimiter } but no line "{ $delimiter }" ends it
workflow-file-command-no-name = invalid line "{ $line }": the name before = is empty
workflow-file-command-invalid = invalid line "{ $line }": expected name=value or name<<DELIMITER
workflow-call-missing-file = the reusable workflow { $uses } does not exist in the repository ({ $path } not found): check the path
workflow-call-other-repo = the reusable workflow { $uses } is in another repository, which devpath cannot download: put a copy of { $owner }/{ $repo } at { $git_ref } in an action folder (`--actions-dir DIR` or DEVPATH_ACTIONS_DIR) as DIR/{ $owner }/{ $repo }@{ $git_ref }/, or copy the workflow into this repository and call it as ./{ $file }
workflow-call-not-in-actions-dir = the reusable workflow { $uses } is not in the action folder (looked for { $first } and { $second }): copy { $owner }/{ $repo } at { $git_ref } there
workflow-cannot-read = cannot read { $path }: { $error }
workflow-call-not-callable = { $file } cannot be called: it has no `on: workflow_call`; add it to its `on:`
workflow-call-no-inputs = (it declares no inputs)
workflow-call-inputs-list = (its inputs: { $list })
workflow-call-unknown-input = { $file } has no input "{ $name }" in `on.workflow_call.inputs`{ $hint }
workflow-call-input-type = the input "{ $name }" of { $file } is a { $kind }, but a { $given } is given
workflow-call-missing-input = job "{ $job }" does not give the required input "{ $name }" of { $file }: add it under `with:`
workflow-call-unknown-secret = { $file } declares no secret "{ $name }" in `on.workflow_call.secrets`
workflow-call-missing-secret = job "{ $job }" does not pass the required secret "{ $name }" of { $file }: add it under `secrets:` (or `secrets: inherit`)
workflow-call-too-deep = `uses: { $uses }` nests reusable workflows too deep: GitHub connects at most { $max } levels of workflows (the top-level caller and { $called } called ones)
workflow-call-too-many = `uses: { $uses }`: a run may call at most { $max } unique reusable workflows, nested ones included
workflow-call-input-value-type = the input "{ $name }" of { $file } is a { $kind }, not "{ $value }"
workflow-call-default-type = the default of `{ $name }` is not a { $kind }
workflow-call-input-not-given = the required input "{ $name }" of { $file } is not given: add it under `with:`
workflow-call-secret-not-passed = the required secret "{ $name }" of { $file } is not passed: add it under `secrets:` (or `secrets: inherit`)
workflow-max-parallel-value = `max-parallel` must be a whole number of at least 1, but its expression gives { $value }
workflow-matrix-value = `matrix` must give a mapping of vectors (e.g. {"{"}"os": ["ubuntu-latest"]{"}"}), but its expression gives { $value }
workflow-matrix-invalid = the matrix of job "{ $job }" is invalid: { $problems }
workflow-timeout-value = `timeout-minutes` must be a positive number of minutes, but its expression gives { $value }
workflow-output-has-secret = the output "{ $name }" of job "{ $job }" contains a secret, so it is not passed on (as on GitHub)
workflow-env-value = `env` must give a mapping of names to values (e.g. {"{"}"NAME": "value"{"}"}), but its expression gives { $value }
workflow-wait-timer = Waiting { $seconds } s: the wait timer of environment "{ $environment }"
workflow-dispatch-no-inputs = (this workflow declares no inputs)
workflow-dispatch-declared = (declared: { $list })
workflow-dispatch-unexpected = unexpected input "{ $name }"{ $hint }
workflow-dispatch-missing = the required input "{ $name }" is missing: pass --input { $name }=VALUE
workflow-dispatch-boolean = the input "{ $name }" is a boolean: give true or false, not "{ $value }"
workflow-dispatch-number = the input "{ $name }" is a number, not "{ $value }"
workflow-dispatch-choice = the input "{ $name }" must be one of { $options }, not "{ $value }"
workflow-activity-github-sends = (GitHub sends: { $list })
workflow-activity-unknown = "{ $action }" is not an activity type of { $event }{ $hint }
workflow-error-invalid = { $file } has { $count } error(s); nothing ran
workflow-error-workspace = cannot prepare the job workspace { $path }: { $error }
workflow-error-inputs = { $file }: wrong inputs for workflow_dispatch; nothing ran:
workflow-error-internal = the workflow executor stopped unexpectedly: { $message }; please report this bug
workflow-cannot-run-docker = cannot run docker: { $error }
workflow-services-no-docker = { $place } has `services:` or `container:`, which need the `docker` CLI, which is not installed here (not found on PATH)
workflow-service-image-missing = the service "{ $label }" of { $place } uses the image { $image }, which is not in the local Docker engine, and cannot be pulled offline: `docker pull { $image }` (or `docker load`) it before the run
workflow-container-image-missing = the `container` of { $place } uses the image { $image }, which is not in the local Docker engine, and cannot be pulled offline: `docker pull { $image }` (or `docker load`) it before the run
workflow-cannot-create-network = { $place }: cannot create the network { $network }: { $error }
workflow-cannot-create-service = { $place }: cannot create the service "{ $label }" ({ $image }): { $error }
workflow-cannot-start-service = { $place }: cannot start the service "{ $label }" ({ $image }): { $error }
workflow-service-started = service "{ $label }" ({ $image }) started as { $name } on { $network }
workflow-cannot-start-container = { $place }: cannot start its container ({ $image }): { $error }
workflow-container-started = container { $image } started as { $name }
workflow-service-healthy = service "{ $label }" is healthy
workflow-service-failed = { $place }: the service "{ $label }" failed to initialize: it is { $status }
workflow-service-wait-cancelled = { $place }: cancelled while waiting for the service "{ $label }" to be healthy
workflow-service-not-healthy = { $place }: the service "{ $label }" was not healthy before the job's time ran out
workflow-local-action-missing = `uses: { $uses }` is a local action, but the workspace has no { $uses }/action.yml (nor action.yaml): check the path, and that a step checked out the repository first (`uses: actions/checkout@v4`)
workflow-action-not-offline = `uses: { $uses }` is not available offline: devpath cannot download { $name }, and has these actions built in: { $builtins }. Put a copy of the action in an action folder (`--actions-dir DIR` or DEVPATH_ACTIONS_DIR) as DIR/{ $layout }, or write the step as a `run:` script
workflow-its-ref = its ref
workflow-action-not-in-folder = `uses: { $uses }` is not available offline: it is not built in ({ $builtins }) and the action folder has no action.yml for it (looked in { $looked }): copy the action's repository at { $git_ref } there
workflow-not-docker-action = `uses: { $uses }` is not a docker action
workflow-docker-action-no-cli = `uses: { $uses }` is a Docker container action and needs the `docker` CLI, which is not installed here (not found on PATH)
workflow-docker-action-image-missing = `uses: { $uses }` runs the image { $name }, which is not in the local Docker engine, and devpath never pulls: `docker pull { $name }` (or `docker load`) it before the run
workflow-docker-action-build-failed = `uses: { $uses }`: the action's image could not be built from { $path } (offline: its base image must already be in the engine)
workflow-not-node-action = `uses: { $uses }` is not a node action
workflow-node-action-no-node = `uses: { $uses }` is a JavaScript action (`using: { $using }`) and needs `node`, which is not installed here (not found on PATH): install Node.js, or write the step as a `run:` script
workflow-checkout-other-repo = `repository: { $repository }` is another repository, which devpath cannot clone offline; only this run's repository ({ $current }) can be checked out
workflow-checkout-other-ref = `ref: { $git_ref }` is not the commit this run simulates ({ $sha }); devpath can check out only that commit
workflow-checkout-path = `path: { $path }` must be a folder inside the workspace
workflow-checkout-copy-failed = actions/checkout: cannot copy { $from } to { $to }: { $error }
workflow-the-workspace = the workspace
workflow-checked-out = Checked out { $repository } at { $sha } into { $place }
workflow-docker-exit-code = docker exited with code { $code }
workflow-docker-killed = docker was killed by signal { $signal }
workflow-docker-timed-out = the job's time ran out
workflow-docker-cli-missing = the docker CLI is not installed here (docker not found on PATH); install Docker to run this action
workflow-login-cloud = `{ $name }` is for a cloud registry (Amazon ECR, Docker Hub scopes), which devpath cannot reach offline; log in with `registry`, `username` and `password`
workflow-login-no-registry = no `registry` given, so the action logs in to Docker Hub (docker.io), which is not reachable offline; set `registry:` to the registry you push to (e.g. `${"{{"} vars.REGISTRY {"}}"}`)
workflow-login-credentials = give `username` and `password` (from a secret, e.g. `${"{{"} secrets.REGISTRY_TOKEN {"}}"}`)
workflow-buildx-driver = `driver: { $driver }` needs a remote or cluster builder, which devpath cannot reach offline; leave `driver` out
workflow-buildx-platforms = Warning: `platforms: { $platforms }`: this builder builds only for { $platform } here
workflow-buildx-default-builder = Warning: devpath creates no docker-container builder: builds use buildx's default builder (driver docker)
workflow-buildx-missing = Warning: docker buildx is not installed here: builds use the Docker engine's legacy builder. BuildKit-only inputs of docker/build-push-action (secrets, cache-from/cache-to, several platforms, outputs, attestations) fail with a message; install the docker-buildx plugin to lift this.
workflow-qemu-none = Warning: devpath installs no QEMU emulators (`platforms: { $asked }`): the action would run the privileged tonistiigi/binfmt image, which is not available offline. Images build for { $platform } only.
workflow-build-no-attestations = Warning: `{ $name }: { $value }`: the legacy builder makes no attestations; the image has none
workflow-build-builder = Warning: `builder: { $builder }`: devpath builds with the engine's own builder
workflow-build-pull = Warning: `pull: true`: devpath never pulls (it runs offline); the base images in the engine are used
workflow-build-give-tags = give `tags:` (e.g. `${"{{"} steps.meta.outputs.tags {"}}"}`)
workflow-build-failed = docker build failed: { $error } (see the build's output above)
workflow-push-failed = docker push { $tag } failed: { $error }
workflow-buildkit-platforms = `platforms` with several values ({ $platforms })
workflow-buildkit-platform = `platforms: { $only }` (this machine builds for { $host }, without emulation)
workflow-buildkit-cache-from = `cache-from` with a `type=` (gha, registry, local…)
workflow-buildkit-no-options = devpath builds with `docker build` and does not pass BuildKit options to buildx yet
workflow-buildkit-legacy-only = only the legacy builder is installed here (`docker buildx version` fails), and it does not support them
workflow-buildkit-needed = { $used } need BuildKit: { $why }. Remove them to build here, or install the docker-buildx plugin.
workflow-build-remote-context = `context: { $context }` is a remote context, which devpath cannot fetch offline; build from a folder of the workspace (e.g. `context: .`)
workflow-build-context-missing = `context: { $context }` is not a folder of the workspace (did a checkout step run first?)
workflow-setup-go-cache = The Go module cache is not restored offline: devpath runs with the dependencies already on this machine
workflow-setup-cache = The `cache: { $cache }` dependency cache is not restored offline: devpath runs with the dependencies already on this machine
workflow-setup-not-found = no { $programs } on PATH ({ $path }): install { $tool } (devpath downloads no toolchain; it uses the one installed)
workflow-setup-not-found-version = no { $programs } on PATH ({ $path }): install { $tool } version { $version } (devpath downloads no toolchain; it uses the one installed)
workflow-setup-wrong-version = install { $tool } version { $spec }: the { $program } on PATH ({ $path }) is { $found }, which does not satisfy `{ $spec }` (devpath downloads no toolchain; install it, or ask for the version installed)
workflow-setup-undecided = `{ $spec }` { $why } offline; using the { $tool } on PATH, { $found }
workflow-setup-node-unspecified = node-version input is not specified: the Node.js on PATH is used
workflow-setup-using = Using { $tool } { $version } from { $path } (offline: found on PATH, nothing downloaded)
workflow-setup-java-distribution = The distribution ({ $distribution }) of the JDK on PATH is not checked offline
workflow-setup-no-version-in-file = no { $tool } version found in { $file }
workflow-setup-newest-release = names the newest release, which cannot be known
workflow-setup-newest-lts = names the newest LTS line, which cannot be known
workflow-setup-bad-range = is not a version range devpath can read
workflow-artifact-immutable = Artifacts are immutable since v4: give each upload its own `name:` (e.g. with the matrix values), or set `overwrite: true`
workflow-artifact-copy-failed = cannot copy { $path } into the artifact: { $error }
workflow-artifact-local-folder = a local folder: devpath keeps artifacts for this run only
workflow-artifact-other-run = `run-id: { $run_id }` is another run; offline, devpath has only this run's artifacts (remove `run-id`)
workflow-artifact-none-uploaded = no artifact was uploaded before this step (does this job `needs:` the job that uploads it?)
workflow-artifact-run-has = this run has: { $names }
workflow-cannot-write = cannot write { $path }: { $error }
workflow-cache-restore-failed = cannot restore the cache entry { $path }: { $error }
workflow-cache-evicted = ({ $count ->
    [one] { $count } least recently used entry
   *[other] { $count } least recently used entries
} removed to stay under { $limit } MiB, in { $dir })
workflow-cache-too-big = the files are { $size } bytes, more than devpath's cache keeps ({ $limit } bytes)
workflow-cannot-write-to = cannot write to { $path }: { $error }
workflow-metadata-type-unsupported = `type={ $kind }` rules are not supported by devpath yet; use `type=semver`, `type=ref`, `type=raw` or `type=sha`
workflow-metadata-match-unsupported = the `match` attribute of `type=semver` is not supported by devpath yet; give the version in `value` instead
workflow-metadata-tz = devpath knows only the UTC time zone offline; leave `tz` out
workflow-working-directory-missing = working-directory "{ $dir }" does not exist in the workspace (did a checkout step run first?)
workflow-workflow-concurrency = the workflow's `concurrency`
workflow-name-in = the name `{ $key }` in { $what }
workflow-schedule-entry = an entry of `on.schedule`
workflow-each-entry-of = each entry of { $what }
workflow-setup-version-file-hint = check the path, or run actions/checkout first
workflow-composite-max-depth = GitHub nests at most { $count } actions
workflow-checkout-fetch-depth = input `fetch-depth: { $value }` must be a number of commits (0: the whole history)
workflow-checkout-no-git = the workspace has the commit's files but no .git ({ $problem }), so steps that run git in it will fail; check that `git log -1` works in your repository
workflow-checkout-no-git-program = git is not installed here (not found on PATH)
workflow-ctr-docker-missing = the job's container image { $image } has no docker CLI: in a job with `container:` this action runs inside the container, and GitHub fails it there (Unable to locate executable file: docker); use an image with the docker CLI, or run the job without `container:`
workflow-ctr-node-host = devpath runs this action inside the job's container with this computer's Node.js { $version }, mounted read-only at /__devpath/node; GitHub's runner mounts its own ({ $using }) there instead
workflow-ctr-node-lib-missing = this computer's node ({ $node }) cannot be mounted into the job's container: ldd does not find its library { $lib }; reinstall Node.js
workflow-ctr-node-not-mounted = this JavaScript action runs inside the job's container (image { $image }), but this computer's node could not be mounted there: { $error }
workflow-ctr-setup-missing = { $tool } is missing in the job's container image { $image }: no { $programs } on its PATH ({ $path }); devpath downloads no toolchain: use an image that has { $tool }, or install it in the image
workflow-ctr-setup-missing-version = { $tool } version { $version } is missing in the job's container image { $image }: no { $programs } on its PATH ({ $path }); devpath downloads no toolchain: use an image that has { $tool } { $version }, or install it in the image
workflow-ctr-setup-wrong-version = the job's container image { $image } has { $tool } { $found } ({ $path }), which does not satisfy `{ $spec }`; devpath downloads no toolchain: use an image with { $tool } { $spec }, or ask for the version the image has
workflow-svc-image-empty = { $what } names no image ({ $found }): GitHub refuses an empty one ("Container image cannot be empty"); name an image, e.g. `{ $example }`
workflow-svc-evaluated = { $what } evaluated to { $found }, expected { $expected }: fix the value its expression gives
workflow-svc-evaluated-key = { $what } evaluated to a mapping with the unknown key "{ $key }"{ $hint }: fix the value its expression gives
workflow-svc-empty-label = { $what } evaluated to a mapping with an empty label: each service needs a name, e.g. {"{"}"db": "postgres:16"{"}"}
workflow-svc-expected-services = a mapping of services by label, e.g. {"{"}"db": "postgres:16"{"}"}
workflow-svc-expected-container = an image name or a mapping with `image`
workflow-svc-expected-text = a text
workflow-svc-expected-list = a list of texts
workflow-svc-expected-mapping = a mapping of texts
workflow-runs-on-other-os = `runs-on: { $label }` asks for a { $os } runner, but devpath runs every job on this Linux machine: `runner.os` is Linux here, and steps that need { $os } fail

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
dev-new-created = { $created } { $dir } and added it to { $course_toml }:
dev-new-created-word = Created
dev-new-next = Next (docs/authoring.md explains each step):
dev-new-step-lesson = write the lesson in README.md and fill in exercise.toml (each key is explained in its comments; replace every TODO(author));
dev-new-step-sides = make start/ fail and solution/ pass: the scenario pushes app version { $app };
dev-new-then = then
dev-new-toml-parse = does not parse, so it cannot be edited: { $error }
dev-new-toml-no-list = cannot find the top-level `exercises = [ … ]` list: add "{ $name }" to it by hand
dev-new-toml-break = adding "{ $name }" would break the file ({ $error }); add it to `exercises` by hand
dev-new-toml-unsafe = could not add "{ $name }" to `exercises` safely; add it by hand
dev-name-empty = it is empty
dev-name-separator = it contains a path separator; give a plain folder name such as 04-cd-deploy-job
dev-name-dotdot = it contains `..`; give a plain folder name such as 04-cd-deploy-job
dev-name-start = it starts with `.` or `-`; start it with a letter or digit
dev-name-chars = use only letters, digits, `-`, `_` and `.` (e.g. 04-cd-deploy-job)
dev-check-checking = Checking { $count ->
    [one] { $count } exercise
   *[other] { $count } exercises
} of { $origin } (up to { $jobs } runs at a time)…
dev-check-built-in = the built-in course
dev-check-summary = { $count ->
    [one] { $count } exercise
   *[other] { $count } exercises
} checked in { $seconds }s: { $ok } ok, { $failed } with problems
dev-check-col-exercise = exercise
dev-check-col-start = start
dev-check-col-solution = solution
dev-check-col-snapshot = snapshot
dev-check-col-lint = lint
dev-check-test-start = start fails
dev-check-test-solution = solution passes
dev-check-test-snapshot = snapshot current
dev-check-test-lint = lint
dev-check-label-fails = fails
dev-check-label-passes = passes
dev-check-label-stale = stale
dev-check-label-missing = missing
dev-check-label-current = current
dev-check-label-differs = differs
dev-check-label-error = error
dev-check-label-not-judged = not judged
dev-check-label-clean = clean
dev-check-label-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}
dev-check-label-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
dev-check-details = Details
dev-check-diff-legend = ({ $removed } outcome.snap, { $added } what the solution produced)
dev-check-needs-docker = this exercise needs Docker: { $error }
dev-check-bless-hint = run `devpath dev bless { $name }`, then `devpath dev review`
dev-check-solution-could-not-run = the solution could not run
dev-check-no-snapshot = there is no outcome.snap to compare with
dev-check-snapshot-missing = { $prefix }outcome.snap is missing: { $bless }
dev-check-stale-not-judged = outcome.snap is stale, so the solution is not judged
dev-check-snapshot-stale = snapshot: stale, { $bless }. Its steps are not the scenario's steps of exercise.toml (it changed since outcome.snap was blessed).
dev-check-solution-differs = the reference solution's outcome differs from outcome.snap
dev-check-first-difference = first difference in { $part }, where the learner is told: { $message }
dev-check-invalid-workflows = its workflows are invalid:
dev-check-snapshot-differs = snapshot: differs from the solution's outcome. Fix the solution, or if the solution is right and outcome.snap is out of date, { $bless }.
dev-check-nothing-to-compare = the solution could not run, so there is nothing to compare the start with
dev-check-start-passes = the start passes as shipped: its outcome is the expected one, so the learner has nothing to do. Break { $files } so that the scenario's outcome differs (a missing trigger, step or job).
dev-check-or = or
dev-bless-blessing = Blessing
dev-bless-invalid = the solution has an invalid workflow, so the snapshot records it as invalid: { $diagnostic }
dev-bless-current = { $path } is already what the solution produces
dev-bless-differs = differs from outcome.snap
dev-bless-new = new: there is no outcome.snap yet
dev-bless-wrote = wrote { $path } ({ $state }):
dev-bless-review = Review with `devpath{ $flag } dev review` (a accept, r reject, s skip).
dev-review-none = No pending snapshots: `devpath{ $flag } dev bless EXERCISE` makes one.
dev-review-no-snap = (there is no outcome.snap yet)
dev-review-prompt = a accept, r reject, s skip?
dev-review-answer = answer a, r or s
dev-review-accepted = accepted: { $path }
dev-review-rejected = rejected: removed { $path }
dev-review-skipped = skipped
dev-review-summary = { $accepted } accepted, { $rejected } rejected, { $skipped } skipped
dev-lint-problem = problem:
dev-lint-warning = warning:
dev-lint-summary = { $count ->
    [one] { $count } exercise
   *[other] { $count } exercises
} linted: { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
dev-lint-no-hints = `hints` is empty: add at least one hint, from a gentle nudge to nearly the answer
dev-lint-empty-hint = hint { $index } is empty: write it or remove it
dev-lint-no-task = has no task section: add a heading `## The task` saying what the learner must change, then `## What success looks like`
dev-lint-secret = contains the value of secret { $name }: a secret never belongs in code; read it as `${"{{"} secrets.{ $name } {"}}"}` instead
dev-lint-snapshot-missing = is missing: run `devpath dev bless { $name }`, then `devpath dev review`
dev-lint-todo = still has `{ $marker }` markers from `devpath dev new`: write those parts
dev-lint-not-utf8 = is not UTF-8 text: save it as UTF-8
dev-lint-start-invalid = (the start does not parse; fine if that is the lesson)
dev-lint-solution-invalid = (the reference solution must parse)
