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

## verdict

## run

## explain

## timeline

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

## pipeline

## validate

## workflow

## dev

