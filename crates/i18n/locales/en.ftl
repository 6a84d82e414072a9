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
