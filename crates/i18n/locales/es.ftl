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

# Encabezados y líneas que escribe clap.
cli-heading-usage = Uso
cli-heading-commands = Comandos
cli-heading-arguments = Argumentos
cli-heading-options = Opciones
cli-flag-help = Muestra la ayuda
cli-flag-help-summary = Muestra la ayuda (más detalles con '--help')
cli-flag-help-more = Muestra la ayuda (un resumen con '-h')
cli-flag-version = Muestra la versión
cli-help-about = Muestra este mensaje o la ayuda de los subcomandos indicados
cli-help-arg-subcommand = Muestra la ayuda de los subcomandos
cli-spec-default = por defecto
cli-spec-possible-values = valores posibles
cli-examples = { $count ->
    [one] Ejemplo:
   *[other] Ejemplos:
}
# devpath y las opciones de todos los verbos.
cli-about = Un ejecutor de cursos sin conexión que enseña CI/CD con Docker ejecutando los workflows, imágenes y contenedores reales de quien aprende
cli-example-watch = abre el modo watch en el primer ejercicio pendiente
cli-example-run = revisa el ejercicio actual una vez
cli-example-list = muestra tu progreso
cli-arg-color = Cuándo usar color: auto (una terminal sin NO_COLOR), always, never
cli-arg-course = Usa el curso de esta carpeta en lugar del que trae devpath
cli-arg-registry = Usa este registry (por ejemplo http://127.0.0.1:5000) en lugar de iniciar el propio de devpath en cada ejecución
cli-arg-workspace = El espacio de trabajo (por defecto: la carpeta actual o la carpeta superior más cercana que tenga una carpeta `.devpath`)
cli-arg-lang = El idioma en que habla devpath: en, es o pt (por defecto: DEVPATH_LANG, luego la elección del espacio de trabajo, luego el idioma del sistema)
cli-arg-format = Formato de salida
# Los verbos.
cli-init-about = Crea un espacio de trabajo con los archivos iniciales de cada ejercicio
cli-init-arg-dir = Carpeta donde crear el espacio de trabajo (por defecto: ./devpath-course)
cli-watch-about = Observa el ejercicio actual: lo vuelve a ejecutar cada vez que guardas un archivo
cli-watch-keys = Teclas: h pista, n siguiente, l lista, r volver a ejecutar, q salir.
cli-watch-arg-manual-run = No observa los archivos: pulsa r para ejecutar (para sistemas de archivos sin eventos de cambio)
cli-watch-arg-poll = Detecta los archivos guardados revisándolos cada 150 ms en lugar de esperar los eventos de cambio del sistema de archivos (más lento; para recursos compartidos de red y montajes que no envían eventos)
cli-run-about = Ejecuta un ejercicio una vez y muestra el veredicto (sale con 0 si pasa, 1 si falla, 2 si hay un error)
cli-run-arg-exercise = El ejercicio a ejecutar (nombre o número; por defecto: el actual)
cli-list-about = Lista los ejercicios con tu progreso
cli-hint-about = Muestra la siguiente pista de un ejercicio (una más cada vez)
cli-hint-arg-exercise = El ejercicio (nombre o número; por defecto: el actual)
cli-reset-about = Devuelve los archivos de un ejercicio a su estado inicial
cli-reset-arg-exercise = El ejercicio a restablecer (nombre o número)
cli-reset-arg-all = Restablece todos los ejercicios y tu progreso
cli-next-about = Pasa al siguiente ejercicio pendiente
cli-verify-about = Vuelve a revisar cada ejercicio que completaste (con --all: todos los ejercicios, marcando como hechos los que pasan)
cli-verify-arg-all = Revisa todos los ejercicios, no solo los marcados como hechos, y marca como hecho cada uno que pasa: reconstruye el progreso perdido a partir de tus archivos
cli-example-verify-all = reconstruye tu progreso a partir de tus archivos
cli-lang-about = Muestra o cambia el idioma en que hablan aquí devpath y las lecciones
cli-lang-arg-language = El idioma a guardar para este espacio de trabajo: en, es o pt. Sin él, devpath dice qué idioma habla y por qué
cli-doctor-about = Revisa lo que devpath necesita: bash, el espacio de trabajo, Docker y el registry
cli-clean-about = Elimina lo que dejaron las ejecuciones de este espacio de trabajo cuando se interrumpieron (contenedores, imágenes, redes, volúmenes, procesos, carpetas)
cli-pipeline-about = Ejecuta localmente un workflow de GitHub Actions, fuera de cualquier ejercicio
cli-pipeline-arg-workflow = El archivo del workflow a ejecutar
cli-pipeline-arg-event = El evento que dispara la ejecución
cli-pipeline-arg-git-ref = La ref del push (refs/heads/NOMBRE o refs/tags/NOMBRE; por defecto refs/heads/main), o el tag de un release (refs/tags/NOMBRE; por defecto refs/tags/v1.0.0)
cli-pipeline-arg-pr = El número del pull request (por defecto 1)
cli-pipeline-arg-base = La rama en la que se fusiona el pull request (por defecto main)
cli-pipeline-arg-head = La rama del pull request (por defecto: la rama actual del repositorio, si no "feature")
cli-pipeline-arg-activity = El tipo de actividad, `github.event.action`: para pull requests opened (por defecto), synchronize, closed…; para un release published (por defecto)…; el tipo de evento de un repository_dispatch (por defecto: la primera entrada de `types:` del workflow)
cli-pipeline-arg-schedule = El cron de `on.schedule` que se cumplió (por defecto: el primero)
cli-pipeline-arg-changed-files = Un archivo que cambió el commit, para los filtros `paths` (repetible; por defecto: los archivos que cambió el commit de HEAD, en un repositorio git)
cli-pipeline-arg-event-file = JSON que se combina sobre el payload del evento (`github.event`), como --eventpath de act; también puede fijar la ref, el número de PR, las ramas, el tipo de actividad, el tag y el cron
cli-pipeline-arg-list = Muestra los jobs, sus needs y los disparadores del workflow; no ejecuta nada
cli-pipeline-arg-dry-run = Evalúa los disparadores y el `if:` de cada job para el evento y muestra qué jobs se ejecutarían; no ejecuta nada
cli-pipeline-arg-inputs = Un input de workflow_dispatch, KEY=VALUE (repetible)
cli-pipeline-arg-secrets = Un secret, KEY=VALUE (repetible). Mejor usa --secret-file: otros usuarios pueden ver las líneas de comando
cli-pipeline-arg-secret-file = Secrets desde un archivo dotenv: KEY=VALUE por línea; los valores entre comillas dobles expanden \n
cli-pipeline-arg-vars = Una variable de configuración (`vars.KEY`), KEY=VALUE (repetible)
cli-pipeline-arg-environments = Reglas de protección de los environments y valores propios de cada environment (TOML)
cli-pipeline-arg-approve = Aprueba sin preguntar los despliegues a este environment (repetible)
cli-pipeline-arg-reject = Rechaza sin preguntar los despliegues a este environment (repetible)
cli-pipeline-arg-repo = La carpeta que obtiene actions/checkout (por defecto: el repositorio que contiene el workflow)
cli-pipeline-arg-actions-dir = Actions remotas y workflows reutilizables disponibles sin conexión, organizados como la caché de act: DIR/OWNER/REPO@REF/
cli-pipeline-arg-jobs = Ejecuta como máximo N jobs (o combinaciones de matrix) a la vez (por defecto: el número de núcleos)
cli-example-actions-dir = actions remotas sin red
cli-validate-about = Revisa workflows de GitHub Actions sin ejecutarlos, como lo haría GitHub al recibir el push: sale con 0 si son válidos, 1 si no
cli-validate-arg-paths = Archivos de workflow, o carpetas donde buscar `*.yml` y `*.yaml` (por defecto: .github/workflows)
cli-example-validate-all = cada workflow de .github/workflows
cli-setup-about = Construye la imagen base de las lecciones (devpath/base:1) a partir de un busybox estático
cli-setup-arg-from-image = Usa una imagen que ya está en el engine en lugar del busybox del host
cli-registry-about = El registry OCI integrado
cli-registry-serve-about = Sirve el registry hasta Ctrl-C
cli-registry-serve-arg-addr = Dirección en la que escuchar (solo loopback)
cli-registry-serve-arg-root = Carpeta de almacenamiento (por defecto: una carpeta temporal que se borra al salir)
cli-registry-serve-arg-auth = Exige credenciales HTTP Basic: USER:TOKEN acepta solo ese usuario con ese token; TOKEN solo acepta cualquier nombre de usuario con el token
# Herramientas para instructores.
cli-dev-about = Herramientas para instructores: crear, comprobar, bendecir (bless) y revisar ejercicios
cli-dev-new-about = Crea el esqueleto de un ejercicio nuevo y lo agrega a course.toml
cli-dev-new-arg-name = Nombre de la carpeta del ejercicio nuevo, p. ej. 13-canary-release
cli-dev-new-arg-topic = El tema que muestra `devpath list`
cli-dev-check-about = Comprueba ejercicios: el inicio falla, la solución pasa, el snapshot está al día, el lint está limpio
cli-dev-check-exit-status = Código de salida: 0 todo bien, 1 hay un problema, 2 el curso no carga.
cli-dev-check-arg-exercises = Ejercicios a comprobar (por defecto: todos)
cli-dev-check-arg-jobs = Cuántas ejecuciones (el inicio o la solución de un ejercicio) correr a la vez
cli-dev-bless-about = Ejecuta las soluciones y escribe lo que produjeron como outcome.snap.new
cli-dev-bless-arg-exercises = Ejercicios a bendecir (bless)
cli-dev-review-about = Revisa los archivos outcome.snap.new pendientes: aceptar, rechazar u omitir
cli-dev-review-answers = Respuestas, una por línea (también desde un pipe): a aceptar, r rechazar, s omitir.
cli-dev-lint-about = Las revisiones estáticas de `dev check`, sin ejecutar nada

## learner

learner-init-exists = { $dir } ya es un espacio de trabajo de devpath; se restauraron las carpetas de ejercicios que faltaban.
learner-init-created = { $count ->
    [one] Se creó { $count } ejercicio en { $dir }.
   *[other] Se crearon { $count } ejercicios en { $dir }.
}
learner-init-watch-follows = El modo watch empieza ahora con el primer ejercicio. Para volver a él más tarde:
learner-init-next = Ahora, inicia el modo watch con el primer ejercicio:
learner-next-now-on = Ahora estás en { $exercise }: { $title }
learner-next-read = Lee { $exercise }/README.md y luego ejecuta `devpath` o `devpath run`.
learner-next-last-left = { $exercise } es el único ejercicio que queda: termínalo con `devpath run`.
learner-running = Ejecutando
learner-verify-nothing = Todavía no hay ningún ejercicio completado: no hay nada que verificar. `devpath run` revisa el actual.
learner-verify-pending = { $exercise }: pendiente
learner-verify-broken = { $exercise }: ya no pasa; vuelve a estar pendiente (`devpath run { $exercise }` te muestra por qué)

## list-hint-reset

list-progress = { $done }/{ $total } completados
list-status-done = completado
list-status-pending = pendiente
list-topic-ci = ci (integración continua)
list-topic-cd = cd (entrega continua)
list-topic-environments = entornos
list-topic-rollback = rollback
list-topic-pull-requests-and-releases = pull requests y releases
list-no-lessons-in = Este curso no tiene lecciones en { $lang }; se muestran en inglés.
list-keys = devpath run: revisa el ejercicio actual · devpath hint: una pista · devpath next: pasa al siguiente
hint-none = Este ejercicio no tiene pistas. Vuelve a leer su README.md, con calma.
hint-heading = Pista { $number } de { $total } para { $exercise }:
hint-ask-again = (pide otra pista para ver la { $next } de { $total })
hint-last = (esa era la última pista; el README.md explica la tarea paso a paso)
reset-all = Todos los ejercicios volvieron a su inicio y tu progreso se borró.
reset-one = { $exercise } volvió a su inicio ({ $files }); los archivos que agregaste se conservan.

## watch

# Las teclas bajo cada pantalla; las letras son las mismas en todos los idiomas.
watch-key-hint = pista
watch-key-next = siguiente
watch-key-list = lista
watch-key-log = log
watch-key-rerun = volver a ejecutar
watch-key-run-manual = ejecutar (guardar no ejecuta, con --manual-run)
watch-key-quit = salir
watch-error = error:
watch-no-pending = No queda ningún otro ejercicio pendiente.
watch-not-editable = { $count ->
    [one] Guardaste { $names }, que no está entre los archivos editables de este ejercicio, así que no se ejecutó nada.
   *[other] Guardaste { $names }, que no están entre los archivos editables de este ejercicio, así que no se ejecutó nada.
} El modo watch se ejecuta cuando guardas { $editable } (o pulsa r para ejecutar ahora).
watch-and = { $rest } y { $last }
watch-or = { $rest } o { $last }
watch-log-empty = La última ejecución no imprimió ninguna línea de log.
watch-log-step = ── paso { $step } del escenario · { $job } › { $name }
watch-log-write-failed = no se puede escribir el log en { $path }: { $error }
watch-pager-failed = no se puede iniciar el paginador `{ $pager }` ({ $error }); el log completo está en { $path }
# Aprobar un despliegue en la terminal (devpath pipeline).
watch-approval-waiting = Esperando aprobación para desplegar { $sha } en { $environment } (job { $job }).
watch-approval-reviewers = Revisores requeridos: { $reviewers }.
watch-approval-unanswered = ningún revisor respondió (usa --approve ENV)
watch-approval-no-reviewer = ningún revisor requerido respondió
watch-approval-question = ¿Aprobar? [s/N]
watch-approval-yes = s si sí y yes
watch-approval-comment = Comentario:
watch-approval-name = Tu nombre:
watch-approval-name-default = Tu nombre [{ $name }]:
watch-approval-who = ¿Quién eres? Solo { $who } puede responder por { $environment }.
watch-approval-not-reviewer = { $name } no es revisor requerido de { $environment }: solo { $who } puede aprobar o rechazar este despliegue (los revisores se indican en [environments.{ $environment }] reviewers).

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

doctor-status-ok = ok
doctor-status-warning = aviso
doctor-status-missing = falta
doctor-name-bash = bash
doctor-name-course = curso
doctor-name-languages = idiomas
doctor-name-workspace = espacio de trabajo
doctor-name-docker-cli = CLI de docker
doctor-name-engine = motor
doctor-name-base-image = imagen base
doctor-name-registry = registry
doctor-bash-missing = bash no está en el PATH; los steps de los workflows se ejecutan con él
doctor-bash-fix = instala bash (Debian/Ubuntu: `sudo apt-get install bash`)
doctor-course-built-in = incluido en devpath
doctor-course-found = { $title } ({ $count ->
        [one] { $count } ejercicio
       *[other] { $count } ejercicios
    }, { $origin })
doctor-course-fix = corrige los archivos del curso indicados arriba
doctor-languages-lacks = { $languages } (no hay lecciones en { $lang }: se muestran en inglés)
doctor-languages-fix = `devpath lang` te dice qué idioma habla devpath y cómo cambiarlo
doctor-workspace-found = { $dir } ({ $done }/{ $total } completados, actual: { $current })
doctor-workspace-fix = ejecuta `devpath init` (o solo `devpath`) en la carpeta donde quieras trabajar
doctor-see-above = mira el mensaje de arriba
doctor-docker-cli-missing = el comando docker no está en el PATH; las lecciones de Docker (de la 4 en adelante) lo necesitan
doctor-docker-cli-fix = instálalo (Debian/Ubuntu: `sudo apt-get install docker.io`)
doctor-engine-found = Docker { $version } (API { $api }, { $platform }) en { $address }
doctor-engine-fix = las lecciones de Docker (de la 4 en adelante) necesitan un motor de Docker en marcha; las lecciones de CI funcionan sin él
doctor-base-image-missing = { $image } todavía no está construida; las lecciones de Docker la necesitan
doctor-base-image-fix = ejecuta `devpath setup` (sin conexión, a partir de un busybox estático)
doctor-registry-answers = { $url } responde ({ $count ->
        [one] { $count } repositorio
       *[other] { $count } repositorios
    })
doctor-registry-fix = inicia ese registry, o quita --registry para usar el de devpath
doctor-tempdir-failed = no se puede crear una carpeta temporal: { $error }
doctor-tempdir-fix = comprueba que se pueda escribir en la carpeta temporal (TMPDIR)
doctor-registry-serves = el registry propio de devpath funciona en 127.0.0.1 (probado en un puerto efímero)
doctor-registry-firewall = puede que un firewall esté bloqueando las conexiones de loopback
doctor-registry-loopback = comprueba que 127.0.0.1 acepte conexiones
setup-engine = Motor de Docker { $version } ({ $platform }, API { $api }) en { $address }
setup-already-there = { $image } ya existe (imagen { $id }); no hay nada que hacer
setup-found-busybox = se encontró un busybox estático: { $path } ({ $version })
setup-built = se construyó { $image }: busybox con { $applets } enlaces de applets, /etc/passwd, /tmp, /www ({ $size } MB) en { $seconds } s
setup-image-id = imagen { $short } ({ $id })
setup-tagged = se etiquetó { $from } como { $image } (imagen { $id })
setup-tagged-note = nota: las lecciones esperan que tenga /bin/sh, httpd y wget (busybox los tiene)
setup-next = siguiente paso: `devpath init my-course && cd my-course && devpath` inicia el curso
clean-nothing = Nada que limpiar: ninguna ejecución de este espacio de trabajo quedó a medias.
clean-run = ejecución { $run }: { $processes ->
        [one] { $processes } proceso detenido
       *[other] { $processes } procesos detenidos
    }, { $objects ->
        [one] { $objects } contenedor, imagen, red o volumen eliminado
       *[other] { $objects } contenedores, imágenes, redes o volúmenes eliminados
    }, { $folders ->
        [one] { $folders } carpeta borrada
       *[other] { $folders } carpetas borradas
    }

## errors

errors-prefix = error:
errors-caused-by = causa: { $cause }
errors-no-ctrl-c = aviso: no se puede manejar Ctrl-C ({ $reason }): si interrumpes una ejecución, sus contenedores quedarán sin borrar
errors-io = no se puede { $action } { $path }: { $reason }
errors-do-read = leer
errors-do-write = escribir
errors-do-write-to = escribir en
errors-do-create = crear
errors-do-find = encontrar
errors-do-list = listar
errors-do-remove = borrar
errors-do-rename = renombrar
errors-do-replace = reemplazar
errors-do-read-environments = leer el archivo de entornos
errors-do-read-event = leer el archivo del evento
errors-do-read-secret = leer el archivo de secretos
errors-do-create-temp-in = crear una carpeta temporal en
errors-do-create-temp-for = crear una carpeta temporal para
errors-do-copy-repo-into = copiar los archivos del repositorio a
errors-not-a-course = { $path } no es un curso de devpath: no tiene course.toml ni exercises/course.toml
errors-refusing = se rechaza { $path }: { $reason }
errors-pack-too-large = el paquete del curso { $path } pesa más de { $limit } bytes; devpath se niega a leerlo
errors-newer-format = { $file } necesita el formato de curso { $found }, pero esta versión de devpath entiende como máximo el formato { $max }: actualiza devpath (`cargo install --path .` en una copia más reciente)
errors-unknown-exercise = no existe el ejercicio { $query }: ejecuta `devpath list` para ver sus nombres{ $suggestion }
errors-did-you-mean = (¿quisiste decir { $name }?)
errors-no-workspace = aquí no hay un espacio de trabajo de devpath ({ $dir }): crea uno con `devpath init`, o ejecuta `devpath` sin nada más para crearlo y empezar
errors-damaged-state = { $path } está dañado: { $detail }
errors-damaged-safe = Tus archivos de los ejercicios están a salvo. Para empezar tu progreso desde cero, aparta el archivo:
errors-damaged-verify = luego ejecuta `devpath verify --all`: revisa cada ejercicio y vuelve a marcar como hechos los que resolviste.
errors-temp-dir = no se puede crear la carpeta temporal de la ejecución: { $reason }
errors-read-learner = no se puede leer tu archivo { $path }: { $reason }
errors-write-commit = no se puede escribir el archivo del commit { $path }: { $reason }
errors-no-base-image = falta la imagen base de las lecciones, devpath/base:1: constrúyela con `devpath setup` (sin conexión, a partir de un busybox estático)
errors-no-docker-cli = la herramienta de línea de comandos docker no está en el PATH: instálala (Debian/Ubuntu: `sudo apt-get install docker.io`)
errors-no-free-port = no se encuentra un puerto libre en 127.0.0.1: { $reason }
errors-scan = no se puede revisar una imagen en busca de secretos filtrados: { $reason }
errors-interrupted = interrumpido: la ejecución se detuvo y se borró todo lo que había creado
errors-exercise-broken = el ejercicio está roto: { $message }
errors-needs-pack = { $what } necesita el curso en disco: pasa --course DIR (una carpeta con course.toml), o ejecútalo dentro del repositorio de devpath (tiene exercises/course.toml)
errors-bad-name = { $name } no sirve como nombre de ejercicio: { $reason }
errors-exists = { $path } ya existe: elige otro nombre, o borra antes esa carpeta
errors-no-app = el curso no tiene una aplicación de ejemplo en { $path }: crea primero { $path }good/ con los archivos de la aplicación (el escenario la sube con push)
errors-outside-pack = no se escribe { $path }: está fuera del paquete del curso { $root }
errors-not-a-file = se rechaza { $path }: no es un archivo normal (es un enlace simbólico o una carpeta); bórralo
errors-docker-not-running = el motor de Docker no responde en { $address }{ $detail }: inícialo con `sudo systemctl start docker` (o `sudo dockerd &`) y luego ejecuta `devpath doctor`
errors-docker-permission = permiso denegado en el socket de Docker { $address }: agrégate al grupo docker con `sudo usermod -aG docker $USER` y vuelve a iniciar sesión
errors-docker-host-unsupported = devpath no admite DOCKER_HOST={ $address }: usa un socket unix:// o una dirección tcp:// (quita DOCKER_HOST para usar unix:///var/run/docker.sock)
errors-docker-runtime = no se puede iniciar el runtime para las llamadas al motor de Docker: { $reason }
errors-docker-version = el motor de Docker en { $address } respondió con un error a la consulta de versión: { $reason }; revísalo con `docker version`
errors-docker-inspect-image = no se puede inspeccionar la imagen { $reference }: { $reason }; revísala con `docker image inspect { $reference }`
errors-docker-inspect-container = no se puede inspeccionar el contenedor { $name }: { $reason }; revísalo con `docker inspect { $name }`
errors-docker-list-containers = no se pueden listar los contenedores: { $reason }; comprueba que `docker ps -a` funcione
errors-docker-list-images = no se pueden listar las imágenes: { $reason }; comprueba que `docker images` funcione
errors-docker-list-networks = no se pueden listar las redes: { $reason }; comprueba que `docker network ls` funcione
errors-docker-list-volumes = no se pueden listar los volúmenes: { $reason }; comprueba que `docker volume ls` funcione
errors-docker-remove-volume = no se puede borrar el volumen { $name }: { $reason }; bórralo a mano con `docker volume rm { $name }`
errors-docker-save-image = no se puede exportar la imagen { $reference }: { $reason }; comprueba que `docker save { $reference } >/dev/null` funcione
errors-docker-remove-container = no se puede borrar el contenedor { $name }: { $reason }; bórralo a mano con `docker rm -f { $name }`
errors-docker-remove-image = no se puede borrar la imagen { $reference }: { $reason }; bórrala a mano con `docker rmi { $reference }`
errors-docker-remove-network = no se puede borrar la red { $name }: { $reason }; bórrala a mano con `docker network rm { $name }`
errors-docker-import-image = no se puede importar una imagen como { $reference }: { $reason }; revisa el log del motor y el espacio libre en disco (`docker system df`)
errors-docker-tag-image = no se puede etiquetar { $source } como { $target }: { $reason }; prueba `docker tag { $source } { $target }`
errors-docker-timeout = el motor de Docker en { $address } no terminó `{ $operation }` en { $seconds } s: puede estar colgado o sobrecargado; revísalo con `docker info` y reinícialo si hace falta (`sudo systemctl restart docker`)
errors-docker-from-image-missing = el motor de Docker no tiene la imagen { $reference } (devpath funciona sin conexión y no descarga nada): mira las locales con `docker images`, o quita --from-image para construir a partir de un busybox estático
errors-no-static-busybox = no se encontró un busybox enlazado estáticamente (se buscó en { $looked }): instala uno con `sudo apt-get install busybox-static`, o usa una imagen que ya tengas: `devpath setup --from-image IMAGE`
errors-busybox-applets = no se pueden listar los applets de { $path }: { $reason }; reinstálalo (`sudo apt-get install --reinstall busybox-static`)
errors-base-image-file = no se puede leer { $path } para construir la imagen base: { $reason }
errors-import-lost = el motor aceptó la importación pero después no tiene la imagen { $reference }; vuelve a ejecutar `devpath setup` y revisa `docker images`
errors-registry-not-loopback = no se sirve el registry en { $addr }: habla HTTP sin cifrar, así que solo escucha en direcciones de loopback (usa 127.0.0.1:PUERTO)
errors-registry-bind = no se puede escuchar en { $addr }: { $reason }; ¿otro registry usa este puerto? Elige otro, o el puerto 0 para cualquiera libre
errors-registry-root = no se puede preparar la carpeta de almacenamiento del registry { $path }: { $reason }; comprueba que se pueda escribir en ella
errors-registry-in-use = otro registry en marcha usa la carpeta de almacenamiento { $path }; detenlo o elige otra carpeta
errors-registry-runtime = no se puede iniciar el hilo del servidor del registry: { $reason }
errors-registry-url = URL de registry no válida { $url }: { $reason }
errors-registry-connect = no se puede conectar con el registry en { $url }: { $reason }; ¿está en marcha?
errors-registry-status = el registry respondió a { $url } con { $status }: { $body }
errors-registry-protocol = la respuesta del registry a { $url } está mal formada: { $reason }
errors-refused-symlink = es un enlace simbólico; un paquete de curso solo debe contener archivos normales
errors-refused-outside = está fuera de la carpeta del curso
errors-refused-name-not-utf8 = su nombre no es UTF-8 válido
errors-refused-empty = está vacío
errors-refused-dotdot = contiene `..`; las rutas deben quedarse dentro de la carpeta del ejercicio
errors-refused-absolute = es absoluta; escríbela relativa a la carpeta del ejercicio
errors-refused-backslash = contiene `\`; usa `/` entre carpetas
errors-state-not-utf8 = no es texto UTF-8 (el byte { $byte } no lo es)
errors-state-syntax = línea { $line }, columna { $col }: { $message }
errors-state-version = format_version { $found } no es uno que esta versión de devpath escriba (1)
errors-docker-no-socket = no hay ningún socket ahí
errors-docker-refused = conexión rechazada
errors-docker-closed = conexión cerrada
errors-docker-no-answer = sin respuesta en { $seconds } s
errors-course-format-version = format_version debe ser 1
errors-course-plain-name = el ejercicio { $name } debe ser un nombre de carpeta simple
errors-course-listed-twice = el ejercicio { $name } aparece dos veces
errors-course-no-exercise-toml = lista el ejercicio { $name }, pero { $path } no existe
errors-course-missing-part = el ejercicio no tiene { $part }: crea { $path }
errors-course-editable-empty = `editable` está vacío: enumera los archivos que edita quien aprende
errors-course-editable-refused = se rechaza el archivo editable { $path }: { $reason }
errors-course-editable-missing = falta el archivo editable { $path } en { $side }/: crea { $full }
errors-course-scenario-empty = `scenario` está vacío: agrega al menos un `[[scenario]]` con `push = "good"`
errors-course-environment-twice = el entorno { $name } está vacío o declarado dos veces
errors-course-environments-docker = `environments` requiere `docker = true`: los entornos los sirven contenedores
errors-course-file-missing = no existe
errors-course-not-utf8 = no es texto UTF-8: { $reason }
errors-course-none = ninguno
errors-course-undeclared-environment = el paso { $n } del escenario aprueba o rechaza el entorno { $env }, que el ejercicio no declara (declarados: { $known }); agrégalo en [[environments]]
errors-course-approve-and-reject = el paso { $n } del escenario aprueba y rechaza el mismo entorno
errors-course-one-kind = el paso { $n } del escenario debe tener exactamente uno de `push`, `pull_request` y `dispatch`
errors-course-ref-not-push = el paso { $n } del escenario tiene `ref`, que solo acepta un paso `push` (un pull request tiene `head` y `base`)
errors-course-head-not-pr = el paso { $n } del escenario tiene `head` o `base`, que solo acepta un paso `pull_request` (un push tiene `ref`)
errors-course-bad-ref = el paso { $n } del escenario hace push al ref { $gitref }, que { $why }: da un ref completo, p. ej. "refs/heads/main" o "refs/tags/v1.2.3"
errors-course-bad-branch = el paso { $n } del escenario tiene { $key } = { $branch }, que { $why }: nombra una rama, p. ej. "{ $default }"
errors-course-pr-into-itself = el paso { $n } del escenario abre un pull request de { $head } hacia esa misma rama: `head` y `base` deben ser distintas
errors-course-bad-dispatch = el paso { $n } del escenario dispara { $workflow }: nombra un archivo de .github/workflows/, p. ej. "rollback.yml"
errors-course-push-no-app = el paso { $n } del escenario hace push de la versión { $version } de la aplicación, pero { $path } no existe
errors-course-pr-no-app = el paso { $n } del escenario abre un pull request con la versión { $version } de la aplicación, pero { $path } no existe
errors-course-ref-not-under = no está bajo refs/heads/ ni refs/tags/
errors-course-ref-invalid = no es un nombre de ref válido para git

## pipeline

pipeline-severity-error = error
pipeline-severity-warning = advertencia
pipeline-event-push = push a { $gitref }
pipeline-event-dispatch-with = workflow_dispatch con { $inputs }
pipeline-list-triggers = disparadores:
pipeline-list-never-local = (nunca se dispara en local)
pipeline-list-jobs = jobs:
pipeline-list-needs = necesita: { $jobs }
pipeline-dry-run = simulación de { $event } (no se ejecuta nada)
pipeline-plan-needs = (necesita { $jobs })
pipeline-plan-would-run = { $job }: se ejecutaría{ $needs }
pipeline-plan-skipped-if = { $job }: se omite: su `if: { $condition }` es falso ({ $place })
pipeline-plan-skipped-needs = { $job }: se omite: necesita { $need }, que no terminaría bien
pipeline-plan-would-fail = { $job }: fallaría: { $message }
pipeline-run-named = ejecución { $name }
pipeline-job = job { $job }
pipeline-job-named = job { $job } ({ $name })
pipeline-job-combination = job { $job } — { $name }
pipeline-step-skipped = { $step } (omitido)
pipeline-step-cancelled = step cancelado
pipeline-step-failed-continue = el step falló; continue-on-error deja que el job siga
pipeline-step-failed = el step falló
pipeline-waiting-approval = Esperando aprobación para desplegar { $sha } en { $environment }
pipeline-approved-by = aprobado por { $reviewer }{ $comment }
pipeline-rejected-by = rechazado por { $reviewer }{ $comment }
pipeline-conclusion = conclusión: { $conclusion }
pipeline-note = nota:
pipeline-warning = advertencia:
pipeline-no-repo = --repo { $path }: esa carpeta no existe
pipeline-no-actions-dir = --actions-dir { $path }: esa carpeta no existe (organiza las actions como DIR/OWNER/REPO@REF/)
pipeline-var-registry-external = el de --registry
pipeline-var-registry-own = el propio de devpath, iniciado para esta ejecución
pipeline-var-registry-unset = { $place }: vars.{ $name } no está definida (no hay --var { $registry }=HOST): se usa { $host }, { $whose }
pipeline-var-empty = { $place }: vars.{ $name } está vacía en esta ejecución: pasa --var { $name }=VALUE (o defínela para el entorno del job en --environments)
pipeline-key-value = { $flag } { $pair }: se esperaba KEY=VALUE, p. ej. { $flag } NAME=value
pipeline-dotenv-expected = se esperaba KEY=VALUE
pipeline-dotenv-bad-name = nombre no válido "{ $key }": usa letras, dígitos y _
pipeline-dotenv-double-unclosed = al valor entre comillas dobles le falta la " de cierre
pipeline-dotenv-double-after = hay texto de más después de la " de cierre
pipeline-dotenv-single-unclosed = al valor entre comillas simples le falta la ' de cierre
pipeline-dotenv-single-after = hay texto de más después de la ' de cierre
pipeline-env-undeclared-in = { $flag } { $env }: "{ $env }" no está declarado en { $file }; agrega ahí una tabla [environments.{ $env }]
pipeline-env-undeclared = { $flag } { $env }: "{ $env }" no está declarado en ningún archivo de entornos; pasa --environments FILE con una tabla [environments.{ $env }]
pipeline-env-contradict = --approve { $env } y --reject { $env } se contradicen; deja uno
pipeline-event-short-ref = el "ref" del archivo del evento es "{ $gitref }": un push necesita un ref completo, refs/heads/NAME o refs/tags/NAME
pipeline-flag-misfit = { $flag } es para { $events }, no para { $event }: agrega --event con uno de esos, o quita { $flag }
pipeline-events-ref = push y release (un pull request usa --base y --head)
pipeline-events-pull = pull_request y pull_request_target
pipeline-events-activity = pull_request, pull_request_target, release y repository_dispatch
pipeline-this-event = este evento
pipeline-ref-not-full = --ref { $gitref }: da el ref completo, refs/heads/{ $gitref } para una rama o refs/tags/{ $gitref } para un tag
pipeline-ref-not-tag = --ref { $gitref }: un release es para un tag; da refs/tags/NAME
pipeline-event-not-json = { $place }: el archivo del evento no es JSON válido: { $reason }
pipeline-event-not-object = { $file }: el archivo del evento debe contener un objeto JSON (el payload, como lo muestra `github.event`), no { $kind }
pipeline-json-list = una lista
pipeline-json-string = un texto
pipeline-json-number = un número
pipeline-json-boolean = un booleano

## validate

validate-all-valid = { $files ->
    [one] { $files } archivo de workflow válido
   *[other] { $files } archivos de workflow válidos
}
validate-some-invalid = { $invalid } de { $files } { $files ->
    [one] archivo
   *[other] archivos
} de workflow { $invalid ->
    [one] no es válido
   *[other] no son válidos
}
validate-not-utf8 = el archivo no es texto UTF-8; GitHub lee los workflows como UTF-8

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
dev-new-created = { $created } { $dir } y agregado a { $course_toml }:
dev-new-created-word = Creado
dev-new-next = Lo que sigue (docs/authoring.md explica cada paso):
dev-new-step-lesson = escribe la lección en README.md y completa exercise.toml (los comentarios explican cada clave; reemplaza cada TODO(author));
dev-new-step-sides = haz que start/ falle y que solution/ pase: el escenario sube con push la versión { $app } de la aplicación;
dev-new-then = luego
dev-new-toml-parse = no se puede leer, así que no se puede editar: { $error }
dev-new-toml-no-list = no se encuentra la lista `exercises = [ … ]` del nivel superior: agrégale "{ $name }" a mano
dev-new-toml-break = agregar "{ $name }" rompería el archivo ({ $error }); agrégalo a `exercises` a mano
dev-new-toml-unsafe = no se pudo agregar "{ $name }" a `exercises` de forma segura; agrégalo a mano
dev-name-empty = está vacío
dev-name-separator = contiene un separador de rutas; usa un nombre de carpeta simple, como 04-cd-deploy-job
dev-name-dotdot = contiene `..`; usa un nombre de carpeta simple, como 04-cd-deploy-job
dev-name-start = empieza con `.` o `-`; haz que empiece con una letra o un dígito
dev-name-chars = usa solo letras, dígitos, `-`, `_` y `.` (p. ej. 04-cd-deploy-job)
dev-check-checking = Revisando { $count ->
    [one] { $count } ejercicio
   *[other] { $count } ejercicios
} de { $origin } (hasta { $jobs } { $jobs ->
    [one] ejecución
   *[other] ejecuciones
} a la vez)…
dev-check-built-in = el curso incluido
dev-check-summary = { $count ->
    [one] { $count } ejercicio revisado
   *[other] { $count } ejercicios revisados
} en { $seconds }s: { $ok } bien, { $failed } con problemas
dev-check-col-exercise = ejercicio
dev-check-col-start = inicio
dev-check-col-solution = solución
dev-check-col-snapshot = snapshot
dev-check-col-lint = lint
dev-check-test-start = el inicio falla
dev-check-test-solution = la solución pasa
dev-check-test-snapshot = snapshot al día
dev-check-test-lint = lint
dev-check-label-fails = falla
dev-check-label-passes = pasa
dev-check-label-stale = desactualizado
dev-check-label-missing = falta
dev-check-label-current = al día
dev-check-label-differs = difiere
dev-check-label-error = error
dev-check-label-not-judged = sin evaluar
dev-check-label-clean = limpio
dev-check-label-problems = { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}
dev-check-label-warnings = { $count ->
    [one] { $count } aviso
   *[other] { $count } avisos
}
dev-check-details = Detalles
dev-check-diff-legend = ({ $removed } outcome.snap, { $added } lo que produjo la solución)
dev-check-needs-docker = este ejercicio necesita Docker: { $error }
dev-check-bless-hint = ejecuta `devpath dev bless { $name }` y luego `devpath dev review`
dev-check-solution-could-not-run = la solución no se pudo ejecutar
dev-check-no-snapshot = no hay outcome.snap con el cual comparar
dev-check-snapshot-missing = falta { $prefix }outcome.snap: { $bless }
dev-check-stale-not-judged = outcome.snap está desactualizado, así que la solución no se evalúa
dev-check-snapshot-stale = snapshot: desactualizado, { $bless }. Sus pasos no son los del escenario de exercise.toml (cambió desde que se aprobó outcome.snap).
dev-check-solution-differs = el resultado de la solución de referencia difiere de outcome.snap
dev-check-first-difference = la primera diferencia está en { $part }, donde se le dice a quien aprende: { $message }
dev-check-invalid-workflows = sus workflows no son válidos:
dev-check-snapshot-differs = snapshot: difiere del resultado de la solución. Corrige la solución o, si la solución está bien y outcome.snap quedó viejo, { $bless }.
dev-check-nothing-to-compare = la solución no se pudo ejecutar, así que no hay con qué comparar el inicio
dev-check-start-passes = el inicio pasa tal como se entrega: su resultado es el esperado, así que quien aprende no tiene nada que hacer. Rompe { $files } para que el resultado del escenario cambie (falta un trigger, un step o un job).
dev-check-or = o
dev-bless-blessing = Registrando
dev-bless-invalid = la solución tiene un workflow no válido, así que el snapshot lo registra como no válido: { $diagnostic }
dev-bless-current = { $path } ya es lo que produce la solución
dev-bless-differs = difiere de outcome.snap
dev-bless-new = nuevo: todavía no hay outcome.snap
dev-bless-wrote = se escribió { $path } ({ $state }):
dev-bless-review = Revísalo con `devpath{ $flag } dev review` (a aceptar, r rechazar, s omitir).
dev-review-none = No hay snapshots pendientes: `devpath{ $flag } dev bless EJERCICIO` crea uno.
dev-review-no-snap = (todavía no hay outcome.snap)
dev-review-prompt = ¿a aceptar, r rechazar, s omitir?
dev-review-answer = responde a, r o s
dev-review-accepted = aceptado: { $path }
dev-review-rejected = rechazado: se borró { $path }
dev-review-skipped = omitido
dev-review-summary = { $accepted ->
    [one] { $accepted } aceptado
   *[other] { $accepted } aceptados
}, { $rejected ->
    [one] { $rejected } rechazado
   *[other] { $rejected } rechazados
}, { $skipped ->
    [one] { $skipped } omitido
   *[other] { $skipped } omitidos
}
dev-lint-problem = problema:
dev-lint-warning = aviso:
dev-lint-summary = { $count ->
    [one] { $count } ejercicio revisado
   *[other] { $count } ejercicios revisados
}: { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemas
}, { $warnings ->
    [one] { $warnings } aviso
   *[other] { $warnings } avisos
}
dev-lint-no-hints = `hints` está vacío: agrega al menos una pista, desde un empujoncito hasta casi la respuesta
dev-lint-empty-hint = la pista { $index } está vacía: escríbela o quítala
dev-lint-no-task = no tiene sección de la tarea: agrega un encabezado `## The task` que diga qué debe cambiar quien aprende, y luego `## What success looks like`
dev-lint-secret = contiene el valor del secret { $name }: un secret nunca va en el código; léelo con `${"{{"} secrets.{ $name } {"}}"}`
dev-lint-snapshot-missing = falta: ejecuta `devpath dev bless { $name }` y luego `devpath dev review`
dev-lint-todo = todavía tiene marcas `{ $marker }` de `devpath dev new`: escribe esas partes
dev-lint-not-utf8 = no es texto UTF-8: guárdalo como UTF-8
dev-lint-start-invalid = (el inicio no se puede leer; está bien si esa es la lección)
dev-lint-solution-invalid = (la solución de referencia debe poder leerse)
