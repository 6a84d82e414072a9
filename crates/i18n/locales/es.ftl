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
cli-pipeline-arg-dry-run = Evalúa los disparadores y el `if:` de cada job para el evento y muestra qué jobs se ejecutarían y cuáles de sus steps fallarían en esta máquina; no ejecuta nada
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
pipeline-plan-step-would-fail = el step { $step } fallaría en esta máquina ({ $place }): { $message }
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
workflow-place-job = job "{ $id }"
workflow-place-step = step { $number } del job "{ $job }"
workflow-key-of = `{ $key }` del { $place }
workflow-the-key-of = `{ $key }` del { $place }
workflow-name-of = nombre del { $place }
workflow-id-of = id del { $place }
workflow-run-script-of = script `run` del { $place }
workflow-key-in = `{ $key }` (en el { $place })
workflow-needs-twice = el { $place } menciona "{ $need }" dos veces en `needs`
workflow-call-only-key = `{ $key }` en el { $place } solo sirve en un job que llama a un workflow reutilizable con `uses:`; pasa valores a los steps con `env:`
workflow-no-runs-on = el { $place } no tiene `runs-on`: agrega `runs-on: ubuntu-latest` (devpath ejecuta todos los jobs en esta máquina)
workflow-no-steps = el { $place } no tiene `steps`: agrega una lista de steps
workflow-duplicate-step-id = id de step repetido "{ $id }" en el { $place } (ya está en la línea { $line }); los ids de los steps deben ser únicos en un job
workflow-steps-empty = `steps` del { $place } está vacío: agrega al menos un step
workflow-steps-not-list = `steps` del { $place } debe ser una lista de steps, pero es { $found }
workflow-jobs-empty = `jobs` está vacío: agrega al menos un job
workflow-invalid-job-id = id de job no válido "{ $id }": empieza con una letra o `_` y usa solo letras, dígitos, `-` y `_`
workflow-invalid-step-id = id de step no válido "{ $id }": empieza con una letra o `_` y usa solo letras, dígitos, `-` y `_`
workflow-continue-on-error-type = `continue-on-error` del { $place } debe ser true, false o una expresión, pero es { $found }
workflow-step-run-and-uses = el { $place } tiene `run` y `uses` a la vez: un step ejecuta un script o usa una action, no ambos; divídelo en dos steps
workflow-step-no-run-or-uses = el { $place } no tiene `run` ni `uses`: agrega un script `run:`
workflow-with-only-uses = `with` solo sirve en steps con `uses` ({ $place }); pasa los valores con `env:`
workflow-only-run-steps = `{ $key }` solo sirve en steps con `run` ({ $place })
workflow-needs-itself = el job "{ $job }" se necesita a sí mismo; quita "{ $job }" de su `needs`
workflow-needs-unknown = el job "{ $job }" necesita "{ $need }", que no existe{ $hint }
workflow-needs-only-job = (es el único job)
workflow-needs-jobs-list = (jobs: { $jobs })
workflow-needs-cycle = los jobs dependen unos de otros en un ciclo: { $cycle } (cada uno necesita al siguiente); quita uno de estos `needs`
workflow-needs-ref-empty = `needs.{ $id }` está vacío aquí: "{ $id }" no está en el `needs` del job "{ $job }"; agrégalo ahí
workflow-steps-ref-later = `steps.{ $id }` está vacío aquí: ese step se ejecuta después (step { $number })
workflow-steps-ref-unknown = `steps.{ $id }` está vacío aquí: ningún step del job "{ $job }" tiene `id: { $id }`{ $hint }
workflow-on-type = `on` debe ser un nombre de evento, una lista o un mapeo de eventos, pero es { $found }
workflow-duplicate-event = evento repetido "{ $event }" (ya está en la línea { $line })
workflow-pr-comment-event = — los comentarios en pull requests son eventos "issue_comment"
workflow-unknown-event = evento desconocido "{ $event }" en `on`{ $hint }
workflow-event-not-local = válido en GitHub, pero nunca se dispara localmente: el evento `{ $event }` (devpath dispara { $events })
workflow-filter-both = `on.{ $event }` no puede tener `{ $a }` y `{ $b }` a la vez: deja `{ $a }` y escribe las exclusiones en él como entradas `!patrón`
workflow-invalid-pattern = patrón no válido "{ $pattern }" en `{ $what }`: { $problem }
workflow-only-negated = `{ $what }` solo tiene patrones con `!`, así que nada puede coincidir: agrega primero un patrón sin `!` (p. ej. '**') o usa la forma `-ignore`
workflow-unknown-activity-type = tipo de actividad desconocido "{ $kind }" en `{ $what }`{ $hint }
workflow-schedule-list = on.schedule debe ser una lista de entradas `- cron: '0 3 * * *'`
workflow-schedule-no-cron = esta entrada de `on.schedule` no tiene `cron`: agrega uno, p. ej. `- cron: '0 3 * * *'`
workflow-cron-shorthand = GitHub no admite la abreviatura de cron "{ $cron }": escribe los cinco campos (minuto hora día mes día-de-la-semana), p. ej. '0 0 * * *'
workflow-cron-fields = el cron "{ $cron }" tiene { $fields } campos; GitHub necesita cinco: minuto hora día-del-mes mes día-de-la-semana, p. ej. '0 3 * * *'
workflow-cron-too-often = el cron "{ $cron }" pide una ejecución cada { $minutes } minuto(s); GitHub ejecuta los workflows programados como máximo una vez cada 5 minutos
workflow-list-empty = { $what } está vacío: indica al menos uno, o quítalo
workflow-entry-empty = una entrada de { $what } está vacía
workflow-too-many-inputs = `on.workflow_dispatch.inputs` tiene { $count } inputs; GitHub acepta como máximo { $max }: agrupa algunos en uno (un texto JSON que se lee con fromJSON)
workflow-place-input = input "{ $name }"
workflow-description-of = descripción del { $place }
workflow-required-type = `required` del { $place } debe ser true o false, pero es { $found }
workflow-choice-no-options = el { $place } es de tipo choice: indica sus `options:`
workflow-unknown-input-type = tipo de input desconocido "{ $kind }" para el { $place }{ $hint }
workflow-options-only-choice = `options` solo sirve con `type: choice` ({ $place })
workflow-default-boolean = el valor por defecto del { $place } debe ser true o false
workflow-default-number = el valor por defecto del { $place } debe ser un número
workflow-default-option = el valor por defecto del { $place } debe ser una de sus opciones
workflow-runs-on-empty = { $what } está vacío: indica una etiqueta de runner, p. ej. `runs-on: ubuntu-latest`
workflow-runs-on-empty-list = { $what } es una lista vacía: indica al menos una etiqueta de runner
workflow-snapshot-no-image = { $what } no indica ninguna imagen
workflow-snapshot-list = { $what }: debe ser un nombre de imagen o un mapeo con `image-name`, pero es una lista
workflow-snapshot-no-image-name = { $what } no tiene `image-name`
workflow-field-empty = { $what }.{ $key } está vacío
workflow-container-no-image-key = { $what } no tiene `image`: agrega `image: <nombre>`
workflow-place-service = servicio "{ $label }" del { $place }
workflow-reusable-uses-form = { $what }: debe ser `./.github/workflows/ARCHIVO.yml` o `OWNER/REPO/.github/workflows/ARCHIVO.yml@REF`, pero es "{ $value }"
workflow-key-not-in-call = `{ $key }` no está disponible en el { $place }, que llama a un workflow reutilizable: lo definen los jobs del workflow llamado
workflow-uses-form = `uses: { $uses }` debe ser `OWNER/REPO@REF`, `./RUTA` o `docker://IMAGEN`
workflow-uses-no-version = `uses: { $uses }` necesita una versión, p. ej. `{ $uses }@v4`
workflow-environment-type = { $what }: debe ser un nombre o un mapeo con `name` y `url`, pero es { $found }
workflow-environment-no-name = { $what } no tiene `name`: agrega `name: production` (o el nombre del environment)
workflow-concurrency-type = { $what }: debe ser un nombre de grupo o un mapeo con `group` y `cancel-in-progress`, pero es { $found }
workflow-flag-type = { $what }: debe ser true, false o una expresión, pero es { $found }
workflow-concurrency-no-group = { $what } no tiene `group`: agrega `group: <nombre>` (las ejecuciones o jobs del mismo grupo no se superponen)
workflow-strategy-expression = { $what } dado como una sola expresión (el job se ejecuta una vez)
workflow-strategy-empty = { $what } está vacío: agrega una `matrix` o quita `strategy`
workflow-key-in-what = `{ $key }` en el { $what }
workflow-strategy-no-matrix = { $what } no tiene `matrix`, así que el job se ejecuta una vez; agrega una `matrix` o quita `strategy`
workflow-max-parallel-min = { $what }: debe ser al menos 1, pero es { $found }
workflow-max-parallel-float = { $what }: debe ser un número entero de jobs, pero es { $found }: escribe p. ej. `max-parallel: 2`
workflow-whole-number = { $what }: debe ser un número entero, pero es { $found }
workflow-matrix-type = { $what }: debe ser un mapeo de listas (p. ej. `os: [ubuntu-latest]`) o una expresión, pero es { $found }
workflow-matrix-excludes-all = { $what } excluye todas las combinaciones, así que el job se ejecuta una vez, sin matrix
workflow-place-secret = secret "{ $name }"
workflow-place-call-output = output "{ $name }" de `on.workflow_call`
workflow-value-of = valor del { $place }
workflow-call-output-no-value = el { $place } no tiene `value`: agrega p. ej. `value: ${"{{"} jobs.build.outputs.{ $name } {"}}"}`
workflow-flag-bool-type = `{ $flag }` del { $place } debe ser true o false, pero es { $found }
workflow-place-call-input = input "{ $name }" de `on.workflow_call`
workflow-call-input-no-type = el { $place } no tiene `type`: agrega `type: string`, `number` o `boolean`
workflow-default-type = el valor por defecto del { $place } debe ser de tipo { $kind }, pero es { $found }
workflow-default-of = valor por defecto del { $place }
workflow-permissions-value = { $what }: debe ser read-all, write-all o un mapeo de permisos (p. ej. `contents: read`), pero es "{ $value }"{ $hint }
workflow-permissions-type = { $what }: debe ser read-all, write-all o un mapeo de permisos (p. ej. `contents: read`), pero es { $found }
workflow-scopes-list = (permisos: { $list })
workflow-unknown-scope = permiso desconocido "{ $scope }" en { $what }{ $hint }
workflow-permission-level = "{ $level }" no es un nivel de permiso para `{ $scope }` en { $what }: usa { $levels }
workflow-permission-level-type = el nivel de `{ $scope }` en { $what } debe ser { $levels }, pero es { $found }
workflow-or-list = { $list } o { $last }
workflow-action-empty = los metadatos de la action están vacíos: necesitan `runs:`
workflow-action-secrets = el contexto `secrets` no está disponible en una action composite (GitHub: "Unrecognized named-value: 'secrets'"): declara un input y pasa el secret con `with:`
workflow-place-output = output "{ $name }"
workflow-output-value = valor del output "{ $name }"
workflow-action-no-runs = la action no tiene `runs:`: indica cómo se ejecuta (`using: composite`, `node20` o `docker`)
workflow-action-no-using = `runs` no tiene `using`: `composite`, `node20` o `docker`
workflow-action-no-steps = una action composite necesita `runs.steps`
workflow-action-steps-type = `runs.steps` debe ser una lista de steps, pero es { $found }
workflow-action-step-no-shell = el step { $number } de la action composite ejecuta un script sin `shell:`, que las actions composite exigen: agrega `shell: bash`
workflow-action-no-main = una action `{ $using }` necesita `runs.main`, el script que se ejecuta
workflow-action-no-image = una action docker necesita `runs.image`: `Dockerfile` o `docker://IMAGEN`
workflow-action-args-list = `runs.args` debe ser una lista
workflow-action-bad-using = `runs.using: { $using }` no es un tipo de action que GitHub ejecute: usa `composite`, `docker` o uno de { $versions }
workflow-expr-args-exactly-2 = exactamente 2 argumentos
workflow-expr-args-exactly-1 = exactamente 1 argumento
workflow-expr-args-1-or-2 = 1 o 2 argumentos
workflow-expr-args-at-least-1 = al menos 1 argumento
workflow-expr-args-odd = un número impar de argumentos, al menos 3
workflow-expr-args-none = ningún argumento
workflow-expr-arity = { $name }() recibe { $expected }: { $signature }
workflow-expr-arity-given = { $name }() recibe { $expected }, pero { $count ->
    [one] se pasó { $count }
   *[other] se pasaron { $count }
}: { $signature }
workflow-expr-too-deep = la expresión está anidada demasiado (GitHub permite 50 niveles): divídela
workflow-expr-unknown-function = función desconocida "{ $name }"{ $hint }
workflow-expr-unknown-function-list = función desconocida "{ $name }"; las funciones son { $functions }
workflow-expr-found = se encontró { $token }
workflow-expr-empty = expresión vacía: escribe una expresión entre `{"${{"}` y `{"}}"}`
workflow-expr-expected-after = se esperaba una expresión después de { $token }{ $found }
workflow-expr-expected = se esperaba una expresión{ $found }
workflow-expr-trailing = { $token } inesperado después de una expresión completa: ¿falta un operador (&&, ||, ==, …) o una coma?
workflow-expr-trailing-text = texto inesperado después de una expresión completa
workflow-expr-expected-paren = se esperaba ")" para cerrar "("{ $found }
workflow-expr-expected-bracket = se esperaba "]" para cerrar "{"["}"{ $found }
workflow-expr-expected-comma = se esperaba "," o ")" en los argumentos de la función{ $found }
workflow-expr-expected-property = se esperaba un nombre de propiedad o "*" después de "."{ $found }
workflow-expr-single-equals = "=" no es un operador: escribe "==" para comparar
workflow-expr-single-and = "&" no es un operador: escribe "&&" (y)
workflow-expr-single-or = "|" no es un operador: escribe "||" (o)
workflow-expr-unterminated-string = texto sin cerrar: ciérralo con ' (escribe '' para una comilla dentro del texto)
workflow-expr-invalid-number = número no válido "{ $number }": escribe un número decimal (12, 1.5, 1e3), hexadecimal (0xff) u octal (0o17)
workflow-expr-double-quotes = { $token } inesperado: los textos se escriben entre comillas simples, p. ej. 'texto'
workflow-expr-nested = { $token } inesperado: `{"${{"}` no se puede anidar dentro de una expresión; escribe la expresión interior directamente
workflow-expr-unexpected-symbol = { $token } inesperado: se esperaba un nombre (letras, dígitos, _ y -), un número, un 'texto' o un operador
workflow-found-array = un array
workflow-found-object = un objeto
workflow-expr-too-much-text = esta expresión genera más de { $mib } MiB de texto, algo que GitHub también rechaza
workflow-expr-contexts-here = aquí los contextos son { $list }
workflow-expr-context-not-here = el contexto "{ $name }" no está disponible aquí{ $listing }
workflow-expr-unknown-context = contexto desconocido "{ $name }"{ $hint }
workflow-expr-hashfiles-no-workspace = hashFiles() necesita `github.workspace`, el directorio del que parten sus patrones, y aquí no está definido
workflow-expr-fromjson-empty = fromJSON() recibió un texto vacío: se esperaba un texto JSON como '{"{"}"a": 1{"}"}', '[1, 2]' o 'true'
workflow-expr-fromjson-invalid = fromJSON() recibió un JSON no válido ({ $error }): { $text }
workflow-expr-case-predicate = el predicado { $number } de case() debe ser true o false, pero es { $found }: compáralo, p. ej. `x == 'valor'`
workflow-expr-format-invalid = el texto de formato { $template } no es válido: { $why } (escribe {"{{"} y {"}}"} para llaves literales)
workflow-expr-format-open = "{"{"}" en el byte { $byte } debe ir seguido de un número de argumento y "{"}"}", como {"{"}0{"}"}
workflow-expr-format-too-large = número de argumento demasiado grande
workflow-expr-format-missing-arg = el texto de formato { $template } usa el argumento {"{"}{ $index }{"}"}, pero después de él { $count ->
    [one] solo se pasó { $count } argumento
   *[other] solo se pasaron { $count } argumentos
} (se numeran desde 0)
workflow-expr-format-close = "{"}"}" en el byte { $byte } no cierra nada
workflow-expr-unterminated-template = {"${{"} … {"}}"} sin cerrar: agrega {"}}"} para cerrar la expresión que empieza aquí
workflow-expr-container-as-text = este `{"${{"} {"}}"}` es { $what }, donde se espera texto (GitHub dice "A { $kind } was not expected"): envuélvelo en toJSON(…) para escribirlo como JSON
workflow-condition-always-true = la condición { $condition } siempre se evalúa como true porque hay caracteres de más alrededor de {"${{"} {"}}"}: GitHub la lee como un texto, que nunca está vacío; escribe un solo `{"${{"} … {"}}"}` alrededor de toda la condición (o ninguno), y `|-` o `>-` si ocupa varias líneas
workflow-trigger-runs-on = se ejecuta con { $events } (prueba --event { $first })
workflow-trigger-never-local = sus eventos ({ $events }) nunca se disparan localmente
workflow-trigger-no-event = `on:` no tiene el evento `{ $event }`{ $hint }
workflow-trigger-cron-not-listed = el cron "{ $cron }" no es uno de on.schedule {"["}{ $crons }]
workflow-not-triggered = no se dispara: { $message }
workflow-ref-branch = la rama "{ $name }"
workflow-ref-tag = el tag "{ $name }"
workflow-ref-base-branch = la rama base "{ $name }"
workflow-ref-excluded = el patrón "{ $pattern }" de { $what } { $patterns } excluye { $reference }
workflow-ref-no-match = { $reference } no coincide con { $what } { $patterns }{ $hint }
workflow-ref-ignored = { $reference } coincide con "{ $pattern }" de { $what } { $patterns }
workflow-ref-only-branches-filtered = { $reference }: on.{ $event } solo filtra ramas ({ $what }), así que los push de tags no lo disparan; agrega `tags:` para ejecutarlo con ellos
workflow-ref-only-tags-filtered = { $reference }: on.{ $event } solo filtra tags ({ $what }), así que los push de ramas no lo disparan; agrega `branches:` para ejecutarlo con ellas
workflow-paths-not-evaluated = { $what } no se evaluó: no se conocen los archivos que cambió este commit (indícalos con --changed-file RUTA)
workflow-paths-no-change = el commit no cambia ningún archivo, así que nada coincide con { $what } { $patterns }
workflow-paths-no-match = ningún archivo cambiado coincide con { $what } { $patterns } (cambiados: { $changed })
workflow-paths-ignore-no-change = el commit no cambia ningún archivo, así que ninguno escapa de { $what } { $patterns }
workflow-paths-all-ignored = todos los archivos cambiados coinciden con { $what } { $patterns } (cambiados: { $changed })
workflow-types-not-listed = el tipo de actividad "{ $action }" no está en on.{ $event }.types {"["}{ $types }]
workflow-types-default = el tipo de actividad "{ $action }" no dispara `{ $event }` sin `types:` (solo lo hacen { $defaults }); agrega `types: {"["}{ $action }]`
workflow-try-branch = para ejecutarlo, haz push a "{ $name }" (--ref refs/heads/{ $name })
workflow-try-tag = para ejecutarlo, haz push del tag "{ $name }" (--ref refs/tags/{ $name })
workflow-try-base = para ejecutarlo, apunta a "{ $name }" (--base { $name })
workflow-files-and-more = { $files } y { $count } más
workflow-pattern-nothing-to-repeat = `{ $char }` en el carácter { $at } repite el carácter anterior, y no hay ninguno que repetir; escribe `\{ $char }` para buscar un `{ $char }` literal
workflow-pattern-unclosed-bracket = el `[` en el carácter { $at } nunca se cierra: agrega `]`, o escribe `\[` para buscar un `[` literal
workflow-pattern-empty-brackets = `[]` en el carácter { $at } no indica ningún carácter: pon entre los corchetes los caracteres que deben coincidir
workflow-pattern-bad-range = el rango `{ $range }` en `[{ $set }]` no es válido: los rangos solo pueden ir dentro de a-z, A-Z o 0-9, de menor a mayor
workflow-pattern-trailing-backslash = el patrón termina en `\`, que no escapa nada: quítalo
workflow-matrix-include-type = `{ $key }` debe ser una lista de mapeos, pero es { $found }
workflow-matrix-vector-empty = el vector "{ $key }" de la matrix no tiene valores: dale al menos uno, o quítalo
workflow-matrix-vector-type = el vector "{ $key }" de la matrix debe ser una lista de valores, pero es { $found }
workflow-matrix-entry-type = cada entrada de `{ $key }` debe ser un mapeo, pero esta es { $found }
workflow-matrix-include-empty = una entrada de `include` está vacía: dale al menos un valor
workflow-matrix-exclude-empty = una entrada de `exclude` está vacía: indica los valores que se excluyen
workflow-matrix-exclude-unknown = la clave "{ $key }" de `exclude` no es un vector de la matrix (vectores: { $vectors })
workflow-matrix-no-vector = la matrix no define ningún vector: agrega uno (p. ej. `os: {"["}ubuntu-latest]`) o entradas `include`
workflow-shell-empty = un shell no puede estar vacío
workflow-shell-did-you-mean = ¿quisiste decir "{ $name }"? Si no,
workflow-shell-unknown = shell desconocido "{ $shell }": { $hint }usa uno de { $known }, o un comando con {"{"}0{"}"} donde va el archivo del script, p. ej. `{ $program } {"{"}0{"}"}`
workflow-or = o
workflow-shell-no-bash = no se puede ejecutar el step: no están instalados ni bash ni sh (no se encuentran en el PATH)
workflow-shell-missing = no se puede ejecutar el step: su shell "{ $shell }" no está instalado aquí ({ $tried } no se encuentra en el PATH); instálalo o elige otro `shell:`
workflow-shell-program-missing = no se puede ejecutar el step: su programa de shell "{ $tried }" no está instalado aquí (no se encuentra en el PATH); instálalo o elige otro `shell:`
workflow-cannot-evaluate = no se puede evaluar { $what }: { $problem }
workflow-eval-concurrency-group = el grupo de `concurrency`
workflow-eval-job-environment = el `environment` del job
workflow-eval-step-if = el `if` del step
workflow-eval-job-if = el `if` del job
workflow-eval-script = el script
workflow-eval-output = el output "{ $name }"
workflow-eval-the-output = el output "{ $name }"
workflow-eval-the-output-code = el output `{ $name }`
workflow-eval-env = la variable env "{ $name }"
workflow-eval-name = el nombre "{ $name }"
workflow-eval-input = el input `{ $name }`
workflow-eval-input-default = el valor por defecto del input `{ $name }`
workflow-eval-default = el valor por defecto de `{ $name }`
workflow-eval-secret = el secret `{ $name }`
workflow-eval-post-if = `post-if: { $cond }`
workflow-concurrency-group-empty = el grupo de `concurrency` está vacío; dale un nombre, p. ej. `group: deploy-${"{{"} github.ref {"}}"}`
workflow-no-approver = no hay nadie disponible para aprobar
workflow-job-continue-on-error = El job falló, pero `continue-on-error` deja que la ejecución siga (los jobs que lo necesitan ven success).
workflow-cannot-clean = no se puede limpiar { $path }: { $error }
workflow-cannot-create = no se puede crear { $path }: { $error }
workflow-cannot-start-job = no se puede iniciar el job "{ $job }": { $error }
workflow-cannot-write-script = no se puede escribir el script del step { $path }: { $error }
workflow-cannot-start-program = no se puede iniciar { $program }: { $error }
workflow-cannot-start-program-path = no se puede iniciar { $program }: { $error } (¿está instalado y en el PATH?)
workflow-github-env-reserved = $GITHUB_ENV: { $name } no se puede sobrescribir; se ignora
workflow-step-timed-out = Error: El step superó su timeout-minutes ({ $minutes }) y se detuvo.
workflow-job-timed-out = Error: El job superó su timeout-minutes ({ $minutes }) y se detuvo.
workflow-file-command-heredoc = línea no válida "{ $line }": se esperaba nombre<<DELIMITADOR
workflow-file-command-unclosed = el valor de "{ $name }" empieza con <<{ $delimiter } pero ninguna línea "{ $delimiter }" lo cierra
workflow-file-command-no-name = línea no válida "{ $line }": el nombre antes de = está vacío
workflow-file-command-invalid = línea no válida "{ $line }": se esperaba nombre=valor o nombre<<DELIMITADOR
workflow-call-missing-file = el workflow reutilizable { $uses } no existe en el repositorio (no se encontró { $path }): revisa la ruta
workflow-call-other-repo = el workflow reutilizable { $uses } está en otro repositorio, que devpath no puede descargar: pon una copia de { $owner }/{ $repo } en { $git_ref } en una carpeta de actions (`--actions-dir DIR` o DEVPATH_ACTIONS_DIR) como DIR/{ $owner }/{ $repo }@{ $git_ref }/, o copia el workflow a este repositorio y llámalo como ./{ $file }
workflow-call-not-in-actions-dir = el workflow reutilizable { $uses } no está en la carpeta de actions (se buscó { $first } y { $second }): copia ahí { $owner }/{ $repo } en { $git_ref }
workflow-cannot-read = no se puede leer { $path }: { $error }
workflow-call-not-callable = { $file } no se puede llamar: no tiene `on: workflow_call`; agrégalo a su `on:`
workflow-call-no-inputs = (no declara ningún input)
workflow-call-inputs-list = (sus inputs: { $list })
workflow-call-unknown-input = { $file } no tiene el input "{ $name }" en `on.workflow_call.inputs`{ $hint }
workflow-call-input-type = el input "{ $name }" de { $file } es de tipo { $kind }, pero se le pasa un valor de tipo { $given }
workflow-call-missing-input = el job "{ $job }" no pasa el input obligatorio "{ $name }" de { $file }: agrégalo en `with:`
workflow-call-unknown-secret = { $file } no declara ningún secret "{ $name }" en `on.workflow_call.secrets`
workflow-call-missing-secret = el job "{ $job }" no pasa el secret obligatorio "{ $name }" de { $file }: agrégalo en `secrets:` (o usa `secrets: inherit`)
workflow-call-too-deep = `uses: { $uses }` anida workflows reutilizables a demasiada profundidad: GitHub conecta como máximo { $max } niveles de workflows (el que llama primero y { $called } llamados)
workflow-call-too-many = `uses: { $uses }`: una ejecución puede llamar como máximo a { $max } workflows reutilizables distintos, incluidos los anidados
workflow-call-input-value-type = el input "{ $name }" de { $file } es de tipo { $kind }, no "{ $value }"
workflow-call-default-type = el valor por defecto de `{ $name }` no es de tipo { $kind }
workflow-call-input-not-given = no se pasa el input obligatorio "{ $name }" de { $file }: agrégalo en `with:`
workflow-call-secret-not-passed = no se pasa el secret obligatorio "{ $name }" de { $file }: agrégalo en `secrets:` (o usa `secrets: inherit`)
workflow-max-parallel-value = `max-parallel` debe ser un número entero de al menos 1, pero su expresión da { $value }
workflow-matrix-value = `matrix` debe dar un mapeo de vectores (p. ej. {"{"}"os": ["ubuntu-latest"]{"}"}), pero su expresión da { $value }
workflow-matrix-invalid = la matrix del job "{ $job }" no es válida: { $problems }
workflow-timeout-value = `timeout-minutes` debe ser un número positivo de minutos, pero su expresión da { $value }
workflow-output-has-secret = el output "{ $name }" del job "{ $job }" contiene un secret, así que no se pasa a los demás (igual que en GitHub)
workflow-env-value = `env` debe dar un mapeo de nombres a valores (p. ej. {"{"}"NAME": "value"{"}"}), pero su expresión da { $value }
workflow-wait-timer = Esperando { $seconds } s: el temporizador de espera del environment "{ $environment }"
workflow-dispatch-no-inputs = (este workflow no declara ningún input)
workflow-dispatch-declared = (declarados: { $list })
workflow-dispatch-unexpected = input inesperado "{ $name }"{ $hint }
workflow-dispatch-missing = falta el input obligatorio "{ $name }": pásalo con --input { $name }=VALOR
workflow-dispatch-boolean = el input "{ $name }" es booleano: da true o false, no "{ $value }"
workflow-dispatch-number = el input "{ $name }" es un número, no "{ $value }"
workflow-dispatch-choice = el input "{ $name }" debe ser uno de { $options }, no "{ $value }"
workflow-activity-github-sends = (GitHub envía: { $list })
workflow-activity-unknown = "{ $action }" no es un tipo de actividad de { $event }{ $hint }
workflow-error-invalid = { $file } tiene { $count } error(es); no se ejecutó nada
workflow-error-workspace = no se puede preparar el espacio de trabajo del job { $path }: { $error }
workflow-error-inputs = { $file }: inputs incorrectos para workflow_dispatch; no se ejecutó nada:
workflow-error-internal = el ejecutor de workflows se detuvo inesperadamente: { $message }; por favor, informa de este error
workflow-cannot-run-docker = no se puede ejecutar docker: { $error }
workflow-services-no-docker = el { $place } tiene `services:` o `container:`, que necesitan la CLI de `docker`, y no está instalada aquí (no se encuentra en el PATH)
workflow-service-image-missing = el servicio "{ $label }" del { $place } usa la imagen { $image }, que no está en el Docker local y no se puede descargar sin conexión: haz `docker pull { $image }` (o `docker load`) antes de la ejecución
workflow-container-image-missing = el `container` del { $place } usa la imagen { $image }, que no está en el Docker local y no se puede descargar sin conexión: haz `docker pull { $image }` (o `docker load`) antes de la ejecución
workflow-cannot-create-network = { $place }: no se puede crear la red { $network }: { $error }
workflow-cannot-create-service = { $place }: no se puede crear el servicio "{ $label }" ({ $image }): { $error }
workflow-cannot-start-service = { $place }: no se puede iniciar el servicio "{ $label }" ({ $image }): { $error }
workflow-service-started = servicio "{ $label }" ({ $image }) iniciado como { $name } en { $network }
workflow-cannot-start-container = { $place }: no se puede iniciar su contenedor ({ $image }): { $error }
workflow-container-started = contenedor { $image } iniciado como { $name }
workflow-service-healthy = el servicio "{ $label }" está sano (healthy)
workflow-service-failed = { $place }: el servicio "{ $label }" no pudo inicializarse: está { $status }
workflow-service-wait-cancelled = { $place }: cancelado mientras se esperaba a que el servicio "{ $label }" estuviera sano
workflow-service-not-healthy = { $place }: el servicio "{ $label }" no estuvo sano antes de que se acabara el tiempo del job
workflow-local-action-missing = `uses: { $uses }` es una action local, pero el workspace no tiene { $uses }/action.yml (ni action.yaml): revisa la ruta y que un step haya hecho checkout del repositorio antes (`uses: actions/checkout@v4`)
workflow-action-not-offline = `uses: { $uses }` no está disponible sin conexión: devpath no puede descargar { $name } y trae integradas estas actions: { $builtins }. Pon una copia de la action en una carpeta de actions (`--actions-dir DIR` o DEVPATH_ACTIONS_DIR) como DIR/{ $layout }, o escribe el step como un script `run:`
workflow-its-ref = su ref
workflow-action-not-in-folder = `uses: { $uses }` no está disponible sin conexión: no está integrada ({ $builtins }) y la carpeta de actions no tiene un action.yml para ella (se buscó en { $looked }): copia ahí el repositorio de la action en { $git_ref }
workflow-not-docker-action = `uses: { $uses }` no es una action de docker
workflow-docker-action-no-cli = `uses: { $uses }` es una action de contenedor Docker y necesita la CLI de `docker`, que no está instalada aquí (no se encuentra en el PATH)
workflow-docker-action-image-missing = `uses: { $uses }` ejecuta la imagen { $name }, que no está en el Docker local, y devpath nunca hace pull: haz `docker pull { $name }` (o `docker load`) antes de la ejecución
workflow-docker-action-build-failed = `uses: { $uses }`: no se pudo construir la imagen de la action desde { $path } (sin conexión: su imagen base ya debe estar en Docker)
workflow-not-node-action = `uses: { $uses }` no es una action de node
workflow-node-action-no-node = `uses: { $uses }` es una action de JavaScript (`using: { $using }`) y necesita `node`, que no está instalado aquí (no se encuentra en el PATH): instala Node.js o escribe el step como un script `run:`
workflow-checkout-other-repo = `repository: { $repository }` es otro repositorio, que devpath no puede clonar sin conexión; solo se puede hacer checkout del repositorio de esta ejecución ({ $current })
workflow-checkout-other-ref = `ref: { $git_ref }` no es el commit que simula esta ejecución ({ $sha }); devpath solo puede hacer checkout de ese commit
workflow-checkout-path = `path: { $path }` debe ser una carpeta dentro del workspace
workflow-checkout-copy-failed = actions/checkout: no se puede copiar { $from } a { $to }: { $error }
workflow-the-workspace = el workspace
workflow-checked-out = Checkout de { $repository } en { $sha } hecho en { $place }
workflow-docker-exit-code = docker terminó con el código { $code }
workflow-docker-killed = docker fue terminado por la señal { $signal }
workflow-docker-timed-out = se acabó el tiempo del job
workflow-docker-cli-missing = la CLI de docker no está instalada aquí (docker no se encuentra en el PATH); instala Docker para ejecutar esta action
workflow-login-cloud = `{ $name }` es para un registry en la nube (Amazon ECR, scopes de Docker Hub), al que devpath no puede llegar sin conexión; inicia sesión con `registry`, `username` y `password`
workflow-login-no-registry = no se indicó `registry`, así que la action inicia sesión en Docker Hub (docker.io), que no es accesible sin conexión; pon en `registry:` el registry al que haces push (p. ej. `${"{{"} vars.REGISTRY {"}}"}`)
workflow-login-credentials = indica `username` y `password` (desde un secret, p. ej. `${"{{"} secrets.REGISTRY_TOKEN {"}}"}`)
workflow-buildx-driver = `driver: { $driver }` necesita un builder remoto o de clúster, al que devpath no puede llegar sin conexión; quita `driver`
workflow-buildx-platforms = Warning: `platforms: { $platforms }`: aquí este builder solo construye para { $platform }
workflow-buildx-default-builder = Warning: devpath no crea ningún builder docker-container: los builds usan el builder por defecto de buildx (driver docker)
workflow-buildx-missing = Warning: docker buildx no está instalado aquí: los builds usan el builder heredado (legacy) de Docker. Los inputs de docker/build-push-action que solo existen con BuildKit (secrets, cache-from/cache-to, varias plataformas, outputs, attestations) fallan con un mensaje; instala el plugin docker-buildx para quitar esta limitación.
workflow-qemu-none = Warning: devpath no instala emuladores QEMU (`platforms: { $asked }`): la action ejecutaría la imagen privilegiada tonistiigi/binfmt, que no está disponible sin conexión. Las imágenes se construyen solo para { $platform }.
workflow-build-no-attestations = Warning: `{ $name }: { $value }`: el builder heredado no genera attestations; la imagen no tiene ninguna
workflow-build-builder = Warning: `builder: { $builder }`: devpath construye con el builder propio de Docker
workflow-build-pull = Warning: `pull: true`: devpath nunca hace pull (funciona sin conexión); se usan las imágenes base que ya están en Docker
workflow-build-give-tags = indica `tags:` (p. ej. `${"{{"} steps.meta.outputs.tags {"}}"}`)
workflow-build-failed = docker build falló: { $error } (mira la salida del build más arriba)
workflow-push-failed = docker push { $tag } falló: { $error }
workflow-buildkit-platforms = `platforms` con varios valores ({ $platforms })
workflow-buildkit-platform = `platforms: { $only }` (esta máquina construye para { $host }, sin emulación)
workflow-buildkit-cache-from = `cache-from` con un `type=` (gha, registry, local…)
workflow-buildkit-no-options = devpath construye con `docker build` y todavía no pasa opciones de BuildKit a buildx
workflow-buildkit-legacy-only = aquí solo está instalado el builder heredado (`docker buildx version` falla), que no las admite
workflow-buildkit-needed = { $used } necesitan BuildKit: { $why }. Quítalos para construir aquí o instala el plugin docker-buildx.
workflow-build-remote-context = `context: { $context }` es un contexto remoto, que devpath no puede obtener sin conexión; construye desde una carpeta del workspace (p. ej. `context: .`)
workflow-build-context-missing = `context: { $context }` no es una carpeta del workspace (¿se ejecutó antes un step de checkout?)
workflow-setup-go-cache = La caché de módulos de Go no se restaura sin conexión: devpath se ejecuta con las dependencias que ya hay en esta máquina
workflow-setup-cache = La caché de dependencias `cache: { $cache }` no se restaura sin conexión: devpath se ejecuta con las dependencias que ya hay en esta máquina
workflow-setup-not-found = no hay { $programs } en el PATH ({ $path }): instala { $tool } (devpath no descarga herramientas; usa las que están instaladas)
workflow-setup-not-found-version = no hay { $programs } en el PATH ({ $path }): instala { $tool } versión { $version } (devpath no descarga herramientas; usa las que están instaladas)
workflow-setup-wrong-version = instala { $tool } versión { $spec }: el { $program } del PATH ({ $path }) es { $found }, que no cumple `{ $spec }` (devpath no descarga herramientas; instálala o pide la versión instalada)
workflow-setup-undecided = `{ $spec }` { $why } sin conexión; se usa el { $tool } del PATH, { $found }
workflow-setup-node-unspecified = no se indicó el input node-version: se usa el Node.js del PATH
workflow-setup-using = Usando { $tool } { $version } de { $path } (sin conexión: encontrado en el PATH, no se descargó nada)
workflow-setup-java-distribution = La distribución ({ $distribution }) del JDK del PATH no se comprueba sin conexión
workflow-setup-no-version-in-file = no se encontró ninguna versión de { $tool } en { $file }
workflow-setup-newest-release = indica la versión más reciente, que no se puede saber
workflow-setup-newest-lts = indica la línea LTS más reciente, que no se puede saber
workflow-setup-bad-range = no es un rango de versiones que devpath pueda leer
workflow-artifact-immutable = Los artifacts son inmutables desde v4: dale a cada subida su propio `name:` (p. ej. con los valores de la matrix) o pon `overwrite: true`
workflow-artifact-copy-failed = no se puede copiar { $path } al artifact: { $error }
workflow-artifact-local-folder = una carpeta local: devpath guarda los artifacts solo para esta ejecución
workflow-artifact-other-run = `run-id: { $run_id }` es otra ejecución; sin conexión, devpath solo tiene los artifacts de esta ejecución (quita `run-id`)
workflow-artifact-none-uploaded = no se subió ningún artifact antes de este step (¿este job tiene en `needs:` el job que lo sube?)
workflow-artifact-run-has = esta ejecución tiene: { $names }
workflow-cannot-write = no se puede escribir { $path }: { $error }
workflow-cache-restore-failed = no se puede restaurar la entrada de caché { $path }: { $error }
workflow-cache-evicted = ({ $count ->
    [one] se quitó { $count } entrada, la usada hace más tiempo,
   *[other] se quitaron { $count } entradas, las usadas hace más tiempo,
} para no pasar de { $limit } MiB, en { $dir })
workflow-cache-too-big = los archivos ocupan { $size } bytes, más de lo que guarda la caché de devpath ({ $limit } bytes)
workflow-cannot-write-to = no se puede escribir en { $path }: { $error }
workflow-metadata-type-unsupported = devpath todavía no admite reglas `type={ $kind }`; usa `type=semver`, `type=ref`, `type=raw` o `type=sha`
workflow-metadata-match-unsupported = devpath todavía no admite el atributo `match` de `type=semver`; indica la versión en `value`
workflow-metadata-tz = sin conexión, devpath solo conoce la zona horaria UTC; quita `tz`
workflow-working-directory-missing = el working-directory "{ $dir }" no existe en el workspace (¿se ejecutó antes un step de checkout?)
workflow-workflow-concurrency = `concurrency` del workflow
workflow-name-in = nombre `{ $key }` en el { $what }
workflow-schedule-entry = elemento de `on.schedule`
workflow-each-entry-of = cada entrada de { $what }
workflow-setup-version-file-hint = revisa la ruta o ejecuta antes actions/checkout
workflow-composite-max-depth = GitHub anida como máximo { $count } actions
workflow-checkout-fetch-depth = la entrada `fetch-depth: { $value }` debe ser un número de commits (0: toda la historia)
workflow-checkout-no-git = el workspace tiene los archivos del commit pero no .git ({ $problem }), así que los steps que ejecuten git en él fallarán; comprueba que `git log -1` funcione en tu repositorio
workflow-checkout-no-git-program = git no está instalado aquí (no se encuentra en PATH)
workflow-ctr-docker-missing = la imagen del container del job { $image } no tiene la CLI de docker: en un job con `container:` esta action se ejecuta dentro del container, y GitHub la hace fallar ahí (Unable to locate executable file: docker); usa una imagen con la CLI de docker o ejecuta el job sin `container:`
workflow-ctr-node-host = devpath ejecuta esta action dentro del container del job con el Node.js { $version } de esta computadora, montado de solo lectura en /__devpath/node; el runner de GitHub monta allí el suyo ({ $using })
workflow-ctr-node-lib-missing = el node de esta computadora ({ $node }) no se puede montar en el container del job: ldd no encuentra su biblioteca { $lib }; reinstala Node.js
workflow-ctr-node-not-mounted = esta action de JavaScript se ejecuta dentro del container del job (imagen { $image }), pero no se pudo montar allí el node de esta computadora: { $error }
workflow-ctr-setup-missing = falta { $tool } en la imagen del container del job { $image }: no hay { $programs } en su PATH ({ $path }); devpath no descarga herramientas: usa una imagen que tenga { $tool } o instálalo en la imagen
workflow-ctr-setup-missing-version = falta { $tool } versión { $version } en la imagen del container del job { $image }: no hay { $programs } en su PATH ({ $path }); devpath no descarga herramientas: usa una imagen que tenga { $tool } { $version } o instálalo en la imagen
workflow-ctr-setup-wrong-version = la imagen del container del job { $image } tiene { $tool } { $found } ({ $path }), que no cumple `{ $spec }`; devpath no descarga herramientas: usa una imagen con { $tool } { $spec } o pide la versión que tiene la imagen
workflow-svc-image-empty = { $what } no nombra ninguna imagen ({ $found }): GitHub rechaza una imagen vacía ("Container image cannot be empty"); nombra una imagen, p. ej. `{ $example }`
workflow-svc-evaluated = { $what } se evaluó como { $found }, pero se esperaba { $expected }: corrige el valor que da su expresión
workflow-svc-evaluated-key = { $what } se evaluó como un mapeo con la clave desconocida "{ $key }"{ $hint }: corrige el valor que da su expresión
workflow-svc-empty-label = { $what } se evaluó como un mapeo con una etiqueta vacía: cada service necesita un nombre, p. ej. {"{"}"db": "postgres:16"{"}"}
workflow-svc-expected-services = un mapeo de services por etiqueta, p. ej. {"{"}"db": "postgres:16"{"}"}
workflow-svc-expected-container = el nombre de una imagen o un mapeo con `image`
workflow-svc-expected-text = un texto
workflow-svc-expected-list = una lista de textos
workflow-svc-expected-mapping = un mapeo de textos
workflow-runs-on-other-os = `runs-on: { $label }` pide un runner { $os }, pero devpath ejecuta cada job en esta máquina Linux: aquí `runner.os` es Linux, y los steps que necesitan { $os } fallan

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
