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

## learner

## list-hint-reset

## watch

## verdict

## run

## explain

## timeline

## doctor-setup-clean

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

