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
