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

## dev

