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

## pipeline

## validate

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
workflow-container-no-image = { $what } names no image: e.g. `node:20`
workflow-container-no-image-key = { $what } has no `image`: add `image: <name>`
workflow-place-service = the service "{ $label }" of { $place }
workflow-service-type = { $service } must be a mapping with `image:`, found { $found }
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

## dev

