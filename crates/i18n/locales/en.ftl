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
