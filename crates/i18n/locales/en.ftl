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
