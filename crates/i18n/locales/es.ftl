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

## run

## explain

## timeline

## doctor-setup-clean

## errors

## pipeline

## validate

## workflow

workflow-did-you-mean = — ¿quisiste decir "{ $suggestion }"?
workflow-expected-one-of = (se esperaba uno de: { $list })
workflow-empty-file = el archivo del workflow está vacío: necesita `on:` y `jobs:`
workflow-not-run-yet = válido en GitHub, pero devpath aún no lo ejecuta: { $what }
workflow-must-be-mapping = { $what }: debe ser un mapeo (clave: valor), pero es { $found }
workflow-key-must-be-text = las claves en el { $what } deben ser texto, pero esta es { $found }
workflow-duplicate-key = { $noun } "{ $key }" ya aparece en la línea { $line }: elimina o renombra esta repetición
workflow-unknown-key = clave desconocida "{ $key }" en el { $place }{ $hint }
workflow-must-be-text = { $what }: debe ser texto, pero es { $found }
workflow-status-function-outside-if = `{ $name }()` no se puede llamar en el { $what }: las funciones de estado solo existen en `if:` (de un job o de un step); calcula el valor en un `if:`
workflow-invalid-expression = expresión no válida en el { $what }: { $problem }
workflow-must-be-expression = { $what }: debe ser una expresión, pero es { $found }
workflow-context-not-available = el contexto `{ $name }` no está disponible en el { $what }; aquí están: { $available }
workflow-unknown-context = contexto desconocido "{ $name }" en el { $what }{ $hint }
workflow-available-here = (aquí están: { $list })
workflow-each-entry-must-be-text = cada entrada del { $what } debe ser texto, pero esta es { $found }
workflow-must-be-text-or-list = { $what }: debe ser un texto o una lista de textos, pero es { $found }
workflow-minutes-positive = { $what }: debe ser un número positivo de minutos
workflow-minutes-number = { $what }: debe ser un número de minutos, pero es { $found }
workflow-root-must-be-mapping = un workflow debe ser un mapeo con `on:` y `jobs:`, pero es { $found }
workflow-the-workflow = workflow
workflow-noun-key = la clave
workflow-no-on = el workflow no tiene `on:`: indica qué eventos lo inician, p. ej. `on: push`
workflow-no-jobs = el workflow no tiene `jobs:`: agrega al menos un job con `runs-on:` y `steps:`
workflow-noun-name = el nombre
workflow-noun-event = el evento
workflow-noun-job-id = el id de job
workflow-noun-input = el input
workflow-noun-output = el output
workflow-noun-scope = el permiso
workflow-noun-secret = el secret
workflow-noun-service = el servicio
workflow-found-list = una lista
workflow-found-mapping = un mapeo
workflow-found-empty = un valor vacío
workflow-found-boolean = un booleano
workflow-found-number = un número
workflow-found-string = un texto
workflow-yaml-invalid = YAML no válido: { $info }
workflow-yaml-invalid-tabs = YAML no válido: { $info } (indenta con espacios, no con tabulaciones)
workflow-yaml-invalid-indent = YAML no válido: { $info } (revisa la indentación de esta línea y de la anterior)
workflow-yaml-second-document = aquí empieza un segundo documento YAML; un archivo de workflow contiene exactamente uno (elimina la línea `---`)
workflow-yaml-too-many-values = este alias hace que el archivo tenga más de { $max } valores al expandir los alias (¿anclas dentro de anclas?); escribe los valores completos o usa menos niveles de alias
workflow-yaml-undefined-anchor = este alias se refiere a un ancla que no está definida antes

## dev

