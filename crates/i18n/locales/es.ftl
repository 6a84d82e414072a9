# Los mensajes de devpath en español. Mismos ids y variables que en.ftl.

## common

lang-saved = devpath ahora habla { $lang } en este espacio de trabajo.
lang-readmes-rewritten = { $count ->
    [0] No se reescribió ninguna lección: las cambiaste todas, o no hay ninguna.
    [one] Se reescribió una lección (README.md) en el nuevo idioma.
   *[other] Se reescribieron { $count } lecciones (README.md) en el nuevo idioma.
}
lang-current = devpath habla { $lang } ({ $code }) aquí: { $why }.
lang-source-flag = así lo indica --lang
lang-source-env = así lo indica la variable DEVPATH_LANG
lang-source-workspace = es la elección de este espacio de trabajo
lang-source-locale = es el idioma de tu sistema (LC_ALL, LC_MESSAGES o LANG)
lang-source-default = nada eligió otro idioma
lang-course-has = Este curso está escrito en: { $languages }.
lang-switch-how = Para cambiar, ejecuta `devpath lang es` (Español), `devpath lang pt` (Português) o `devpath lang en` (English).
lang-course-lacks = Este curso no tiene lecciones en { $lang }: devpath mismo lo habla, pero las lecciones siguen en los idiomas del curso ({ $languages }).
lang-env-overrides = DEVPATH_LANG está definida y tiene prioridad sobre la elección del espacio de trabajo: quítala para ver el nuevo idioma.

## cli

## learner

## list-hint-reset

## watch

## verdict

verdict-passed = { $exercise } resuelto: { $title }
verdict-not-solved = { $exercise } todavía no está resuelto.
verdict-next = Siguiente: { $next } (`devpath next`, o la tecla n en el modo watch)
verdict-next-watch = Siguiente: { $next }. Presiona la tecla n para continuar.
verdict-edit = Edita { $paths } y vuelve a ejecutar (`devpath hint` te da una pista).
verdict-edit-watch = Edita { $paths } y guarda los cambios para volver a ejecutar (tecla h: una pista).
verdict-more = (no cabe todo: la tecla o muestra el log completo; `devpath run`, todo)
verdict-first-difference = Primera diferencia en { $part }:
verdict-why = Por qué:
verdict-failed-step = paso { $step }: { $job } › { $name } falló; sus últimas líneas:
verdict-diff-heading = Tu ejecución, comparada con lo que espera el ejercicio:
verdict-diff-expected = esperado
verdict-diff-actual = obtenido
verdict-diff-more = { $count ->
    [one] … y { $count } línea distinta más: `devpath run` las muestra todas
   *[other] … y { $count } líneas distintas más: `devpath run` las muestra todas
}
verdict-notes-heading = En estas líneas:
verdict-note-sha = <sha:{ $name }> es el commit { $name } que subió el escenario (<short-sha:{ $name }>: sus primeros 7 caracteres).
verdict-note-digest-commit = <digest:v2> es una imagen subida con el tag del commit v2 (su sha): la imagen construida a partir de v2.
verdict-note-digest-numbered = <digest:1>, <digest:2> son imágenes subidas primero con un tag que no es el sha de un commit (latest, 1.0, …), numeradas en el orden en que aparecieron: no son lo mismo que <digest:v1>, <digest:v2>.
verdict-note-digest-other = <digest:other> es una imagen que el registry no tiene.
verdict-note-registry = <registry> es la dirección del registry (vars.REGISTRY).
verdict-note-secret = {"***"} es el valor de un secret, enmascarado.

## run

run-step = paso { $index }: { $what }
run-error-label = error:
run-warning-label = aviso:
run-did-not-run = { $file } no se ejecutó: corrige los errores de arriba
run-step-failed = { $job } › { $name } falló; sus últimas líneas:
run-leftovers-heading = tus scripts dejaron estas cosas (en un servidor real seguirían ahí):
run-leftover-removed = { $what }: devpath lo eliminó; elimínalo en tu script cuando ya no lo necesites (`{ $command }`)
run-leftover-kept = { $what }: se creó por fuera del `docker` de devpath, así que devpath no puede saber que es de la ejecución y lo dejó: elimínalo con `{ $command }`

## explain

explain-differs = Tu ejecución no coincide con el resultado esperado.
explain-differs-in = Tu ejecución no coincide con el resultado esperado en { $part }: se esperaba { $expected }; tu ejecución tiene { $actual }{ $more }.
explain-more-lines = { $count ->
    [one] (y una línea más es distinta, se muestra arriba)
   *[other] (y { $count } líneas más son distintas, se muestran arriba)
}
explain-nothing = nada
explain-not-started-no-event = { $file } no se inició en el paso { $step }: su `on:` no incluye `{ $event }`.
explain-not-started-filtered = { $file } no se inició en el paso { $step }: su `on:` incluye `{ $event }`, pero sus filtros (como `branches:`) dejan fuera este evento, un push a `main`.
explain-invalid = { $file } no es un workflow válido, así que nada de él se ejecutó en el paso { $step }: corrige los problemas que aparecen junto a él.
explain-invalid-first = { $file } no es un workflow válido, así que nada de él se ejecutó en el paso { $step }: corrige los problemas que aparecen junto a él (el primero: { $first }).
explain-ran-after-failure = En el paso { $step }, el job `{ $job }` ({ $workflow }) se ejecutó aunque `{ $needed }`, del que depende, terminó en `{ $result }`: un job cuyos needs no terminaron bien se omite (skipped), salvo que su `if:` lo ejecute de todos modos (`always()`, `failure()`).
explain-job-failed = El job `{ $job }` ({ $workflow }) falló en el paso { $step }.
explain-job-failed-continued = El job `{ $job }` ({ $workflow }) falló en el paso { $step }, pero `continue-on-error` mantuvo el job en marcha.
explain-step-failed = El step `{ $name }` del job `{ $job }` ({ $workflow }) falló en el paso { $step }.
explain-step-failed-continued = El step `{ $name }` del job `{ $job }` ({ $workflow }) falló en el paso { $step }, pero `continue-on-error` mantuvo el job en marcha.
explain-log-ends = Su log termina con:
explain-job-log-says = El log del job `{ $job }` ({ $workflow }) dice:
explain-step-log-says = El log del step `{ $name }` del job `{ $job }` ({ $workflow }) dice:

## timeline

timeline-heading = Línea de tiempo de despliegues (qué servía cada entorno después de cada paso)
timeline-step-column = paso
timeline-step = paso { $step }
timeline-other-image = otra imagen
timeline-healthy = ok
timeline-unhealthy = no saludable
timeline-approved-by = aprobado por { $reviewer }
timeline-rejected-by = rechazado por { $reviewer }
timeline-rollback = rollback
timeline-job-graph = Grafo de jobs
timeline-graph-line = paso { $step } { $workflow }: { $jobs }

## doctor-setup-clean

## errors

## pipeline

## validate

## workflow

## dev

dev-lang-readme-missing = falta: quienes leen en { $lang } reciben la lección en inglés. Tradúcele README.md.
dev-lang-text-missing = { $what } no tiene texto `{ $code }`: quienes leen en { $lang } reciben el inglés. Agrega `{ $code } = "…"` junto a su `en`.
dev-lang-text-english = { $what }: su texto `{ $code }` es el inglés; tradúcelo al { $lang }.
dev-lang-comment-unused = el comentario { $index } ("{ $first }") no coincide con ninguna línea de un archivo de inicio: sus traducciones nunca se usarían. Copia su `en` tal cual del archivo de inicio.
dev-lang-todo-untranslated = el comentario "{ $comment }" no tiene entrada [[comments]] en exercise.toml: quienes eligieron otro idioma lo leen en inglés.
dev-lang-heading-level = línea { $line }: el título "{ $heading }" no está al nivel del título en inglés al que corresponde (línea { $english_line }: "{ $english }"). Conserva los títulos de README.md, en orden y con los mismos niveles.
dev-lang-heading-missing = no tiene título para "{ $english }" (README.md línea { $english_line }): conserva los títulos de README.md, en orden y con los mismos niveles.
dev-lang-heading-extra = línea { $line }: el título "{ $heading }" no está en README.md: conserva los títulos de README.md, en orden y con los mismos niveles.
dev-lang-code-count = tiene { $count } bloques de código y README.md tiene { $english_count }: los bloques de código son los mismos en todos los idiomas.
dev-lang-code-differs = este bloque de código difiere del de README.md (línea { $english_line }): los bloques de código son idénticos, byte a byte, en todos los idiomas.
dev-lang-paragraph-english = este párrafo es el de README.md, en inglés: tradúcelo.
dev-lang-exercise-untranslated = no está traducido al { $lang }: quienes lo leen reciben la lección y los textos en inglés. Escribe { $readme } y las versiones de los textos en exercise.toml.
dev-lang-course-untranslated = su title, welcome y final_message no tienen versión `{ $code }`: quienes leen en { $lang } los reciben en inglés.
dev-lang-summary = Idiomas: { $languages }.
