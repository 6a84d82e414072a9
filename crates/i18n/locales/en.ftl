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

## pipeline

## validate

## workflow

## dev

