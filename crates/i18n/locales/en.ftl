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

## verdict

## run

## explain

## timeline

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

