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

