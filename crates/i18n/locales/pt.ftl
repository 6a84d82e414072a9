# As mensagens do devpath em português. Mesmos ids e variáveis que en.ftl.

## common

lang-saved = O devpath agora fala { $lang } neste espaço de trabalho.
lang-readmes-rewritten = { $count ->
    [0] Nenhuma lição foi reescrita: você alterou todas, ou não há nenhuma.
    [one] Uma lição (README.md) foi reescrita no novo idioma.
   *[other] { $count } lições (README.md) foram reescritas no novo idioma.
}
lang-current = O devpath fala { $lang } ({ $code }) aqui: { $why }.
lang-source-flag = é o que diz --lang
lang-source-env = é o que diz a variável DEVPATH_LANG
lang-source-workspace = é a escolha deste espaço de trabalho
lang-source-locale = é o idioma do seu sistema (LC_ALL, LC_MESSAGES ou LANG)
lang-source-default = nada escolheu outro idioma
lang-course-has = Este curso está escrito em: { $languages }.
lang-switch-how = Para mudar, execute `devpath lang es` (Español), `devpath lang pt` (Português) ou `devpath lang en` (English).
lang-course-lacks = Este curso não tem lições em { $lang }: o próprio devpath fala esse idioma, mas as lições continuam nos idiomas do curso ({ $languages }).
lang-env-overrides = DEVPATH_LANG está definida e vale mais que a escolha do espaço de trabalho: remova-a para ver o novo idioma.

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

errors-prefix = erro:
errors-caused-by = causa: { $cause }
errors-no-ctrl-c = aviso: não foi possível tratar o Ctrl-C ({ $reason }): se você interromper uma execução, os contêineres dela vão ficar para trás
errors-io = não foi possível { $action } { $path }: { $reason }
errors-do-read = ler
errors-do-write = gravar
errors-do-write-to = gravar em
errors-do-create = criar
errors-do-find = encontrar
errors-do-list = listar
errors-do-remove = remover
errors-do-rename = renomear
errors-do-replace = substituir
errors-do-read-environments = ler o arquivo de ambientes
errors-do-read-event = ler o arquivo do evento
errors-do-read-secret = ler o arquivo de secrets
errors-do-create-temp-in = criar uma pasta temporária em
errors-do-create-temp-for = criar uma pasta temporária para
errors-do-copy-repo-into = copiar os arquivos do repositório para
errors-not-a-course = { $path } não é um curso do devpath: não tem course.toml nem exercises/course.toml
errors-refusing = { $path } recusado: { $reason }
errors-pack-too-large = o pacote do curso { $path } tem mais de { $limit } bytes; o devpath se recusa a lê-lo
errors-newer-format = { $file } precisa do formato de curso { $found }, mas este devpath entende no máximo o formato { $max }: atualize o devpath (`cargo install --path .` em uma cópia mais recente)
errors-unknown-exercise = não existe o exercício { $query }: rode `devpath list` para ver os nomes{ $suggestion }
errors-did-you-mean = (você quis dizer { $name }?)
errors-no-workspace = não há um espaço de trabalho do devpath aqui ({ $dir }): crie um com `devpath init`, ou rode só `devpath` para criá-lo e começar
errors-damaged-state = { $path } está danificado: { $detail }
errors-damaged-safe = Seus arquivos dos exercícios estão seguros. Para recomeçar seu progresso do zero, tire o arquivo do caminho:
errors-damaged-verify = depois rode `devpath verify --all`: ele confere cada exercício e marca de novo como concluídos os que você resolveu.
errors-temp-dir = não foi possível criar a pasta temporária da execução: { $reason }
errors-read-learner = não foi possível ler seu arquivo { $path }: { $reason }
errors-write-commit = não foi possível gravar o arquivo do commit { $path }: { $reason }
errors-no-base-image = a imagem base das lições, devpath/base:1, não existe: crie-a com `devpath setup` (offline, a partir de um busybox estático)
errors-no-docker-cli = a ferramenta de linha de comando docker não está no PATH: instale-a (Debian/Ubuntu: `sudo apt-get install docker.io`)
errors-no-free-port = não foi possível encontrar uma porta livre em 127.0.0.1: { $reason }
errors-scan = não foi possível verificar se uma imagem vaza secrets: { $reason }
errors-interrupted = interrompido: a execução foi parada e tudo o que ela criou foi removido
errors-exercise-broken = o exercício está quebrado: { $message }
errors-needs-pack = { $what } precisa do curso em disco: passe --course DIR (uma pasta com course.toml), ou rode dentro do repositório do devpath (ele tem exercises/course.toml)
errors-bad-name = { $name } não serve como nome de exercício: { $reason }
errors-exists = { $path } já existe: escolha outro nome, ou remova essa pasta antes
errors-no-app = o curso não tem um app de exemplo em { $path }: crie antes { $path }good/ com os arquivos do app (o cenário faz push dele)
errors-outside-pack = { $path } não será gravado: fica fora do pacote do curso { $root }
errors-not-a-file = { $path } recusado: não é um arquivo comum (é um link simbólico ou uma pasta); remova-o
errors-docker-not-running = o Docker Engine não está respondendo em { $address }{ $detail }: inicie-o com `sudo systemctl start docker` (ou `sudo dockerd &`) e depois rode `devpath doctor`
errors-docker-permission = permissão negada no socket do Docker { $address }: entre no grupo docker com `sudo usermod -aG docker $USER` e faça login de novo
errors-docker-host-unsupported = o devpath não aceita DOCKER_HOST={ $address }: use um socket unix:// ou um endereço tcp:// (remova DOCKER_HOST para usar unix:///var/run/docker.sock)
errors-docker-runtime = não foi possível iniciar o runtime das chamadas ao Docker Engine: { $reason }
errors-docker-version = o Docker Engine em { $address } respondeu com um erro ao pedido de versão: { $reason }; verifique com `docker version`
errors-docker-inspect-image = não foi possível inspecionar a imagem { $reference }: { $reason }; verifique com `docker image inspect { $reference }`
errors-docker-inspect-container = não foi possível inspecionar o contêiner { $name }: { $reason }; verifique com `docker inspect { $name }`
errors-docker-list-containers = não foi possível listar os contêineres: { $reason }; veja se `docker ps -a` funciona
errors-docker-list-images = não foi possível listar as imagens: { $reason }; veja se `docker images` funciona
errors-docker-list-networks = não foi possível listar as redes: { $reason }; veja se `docker network ls` funciona
errors-docker-list-volumes = não foi possível listar os volumes: { $reason }; veja se `docker volume ls` funciona
errors-docker-remove-volume = não foi possível remover o volume { $name }: { $reason }; remova-o à mão com `docker volume rm { $name }`
errors-docker-save-image = não foi possível exportar a imagem { $reference }: { $reason }; veja se `docker save { $reference } >/dev/null` funciona
errors-docker-remove-container = não foi possível remover o contêiner { $name }: { $reason }; remova-o à mão com `docker rm -f { $name }`
errors-docker-remove-image = não foi possível remover a imagem { $reference }: { $reason }; remova-a à mão com `docker rmi { $reference }`
errors-docker-remove-network = não foi possível remover a rede { $name }: { $reason }; remova-a à mão com `docker network rm { $name }`
errors-docker-import-image = não foi possível importar uma imagem como { $reference }: { $reason }; confira o log do engine e o espaço livre em disco (`docker system df`)
errors-docker-tag-image = não foi possível criar a tag { $target } para { $source }: { $reason }; tente `docker tag { $source } { $target }`
errors-docker-timeout = o Docker Engine em { $address } não terminou `{ $operation }` em { $seconds } s: pode estar travado ou sobrecarregado; verifique com `docker info` e reinicie se precisar (`sudo systemctl restart docker`)
errors-docker-from-image-missing = o Docker Engine não tem a imagem { $reference } (o devpath funciona offline e não baixa nada): veja as locais com `docker images`, ou tire o --from-image para construir a partir de um busybox estático
errors-no-static-busybox = nenhum busybox com link estático encontrado (procurado em { $looked }): instale um com `sudo apt-get install busybox-static`, ou use uma imagem que você já tem: `devpath setup --from-image IMAGE`
errors-busybox-applets = não foi possível listar os applets de { $path }: { $reason }; reinstale-o (`sudo apt-get install --reinstall busybox-static`)
errors-base-image-file = não foi possível ler { $path } para criar a imagem base: { $reason }
errors-import-lost = o engine aceitou a importação, mas depois não tem a imagem { $reference }; rode `devpath setup` de novo e confira `docker images`
errors-registry-not-loopback = o registry não será servido em { $addr }: ele fala HTTP sem criptografia, então só escuta em endereços de loopback (use 127.0.0.1:PORTA)
errors-registry-bind = não foi possível escutar em { $addr }: { $reason }; outro registry está usando esta porta? Escolha outra, ou a porta 0 para qualquer uma livre
errors-registry-root = não foi possível preparar a pasta de armazenamento do registry { $path }: { $reason }; confira se é possível gravar nela
errors-registry-in-use = a pasta de armazenamento do registry { $path } está em uso por outro registry em execução; pare-o ou escolha outra pasta
errors-registry-runtime = não foi possível iniciar a thread do servidor do registry: { $reason }
errors-registry-url = URL de registry inválida { $url }: { $reason }
errors-registry-connect = não foi possível falar com o registry em { $url }: { $reason }; ele está rodando?
errors-registry-status = o registry respondeu a { $url } com { $status }: { $body }
errors-registry-protocol = a resposta do registry a { $url } está malformada: { $reason }
errors-refused-symlink = é um link simbólico; um pacote de curso só pode ter arquivos comuns
errors-refused-outside = fica fora da pasta do curso
errors-refused-name-not-utf8 = o nome não é UTF-8 válido
errors-refused-empty = está vazio
errors-refused-dotdot = contém `..`; os caminhos precisam ficar dentro da pasta do exercício
errors-refused-absolute = é absoluto; escreva-o relativo à pasta do exercício
errors-refused-backslash = contém `\`; use `/` entre as pastas
errors-state-not-utf8 = não é texto UTF-8 (o byte { $byte } não é)
errors-state-syntax = linha { $line }, coluna { $col }: { $message }
errors-state-version = format_version { $found } não é um que este devpath grava (1)
errors-docker-no-socket = não há socket ali
errors-docker-refused = conexão recusada
errors-docker-closed = conexão encerrada
errors-docker-no-answer = sem resposta em { $seconds } s
errors-course-format-version = format_version precisa ser 1
errors-course-plain-name = o exercício { $name } precisa ser um nome de pasta simples
errors-course-listed-twice = o exercício { $name } aparece duas vezes
errors-course-no-exercise-toml = lista o exercício { $name }, mas { $path } não existe
errors-course-missing-part = o exercício não tem { $part }: crie { $path }
errors-course-editable-empty = `editable` está vazio: liste os arquivos que o aluno edita
errors-course-editable-refused = o arquivo editável { $path } foi recusado: { $reason }
errors-course-editable-missing = o arquivo editável { $path } não está em { $side }/: crie { $full }
errors-course-scenario-empty = `scenario` está vazio: adicione pelo menos um `[[scenario]]` com `push = "good"`
errors-course-environment-twice = o ambiente { $name } está vazio ou foi declarado duas vezes
errors-course-environments-docker = `environments` exige `docker = true`: os ambientes são servidos por contêineres
errors-course-file-missing = não existe
errors-course-not-utf8 = não é texto UTF-8: { $reason }
errors-course-none = nenhum
errors-course-undeclared-environment = o passo { $n } do cenário aprova ou rejeita o ambiente { $env }, que o exercício não declara (declarados: { $known }); adicione-o em [[environments]]
errors-course-approve-and-reject = o passo { $n } do cenário aprova e rejeita o mesmo ambiente
errors-course-one-kind = o passo { $n } do cenário precisa ter exatamente um de `push`, `pull_request` e `dispatch`
errors-course-ref-not-push = o passo { $n } do cenário tem `ref`, que só um passo `push` aceita (um pull request tem `head` e `base`)
errors-course-head-not-pr = o passo { $n } do cenário tem `head` ou `base`, que só um passo `pull_request` aceita (um push tem `ref`)
errors-course-bad-ref = o passo { $n } do cenário faz push para o ref { $gitref }, que { $why }: informe um ref completo, por exemplo "refs/heads/main" ou "refs/tags/v1.2.3"
errors-course-bad-branch = o passo { $n } do cenário tem { $key } = { $branch }, que { $why }: informe um branch, por exemplo "{ $default }"
errors-course-pr-into-itself = o passo { $n } do cenário abre um pull request de { $head } para o mesmo branch: `head` e `base` precisam ser diferentes
errors-course-bad-dispatch = o passo { $n } do cenário dispara { $workflow }: informe um arquivo de .github/workflows/, por exemplo "rollback.yml"
errors-course-push-no-app = o passo { $n } do cenário faz push da versão { $version } do app, mas { $path } não existe
errors-course-pr-no-app = o passo { $n } do cenário abre um pull request com a versão { $version } do app, mas { $path } não existe
errors-course-ref-not-under = não está em refs/heads/ nem em refs/tags/
errors-course-ref-invalid = não é um nome de ref válido para o git

## pipeline

pipeline-severity-error = erro
pipeline-severity-warning = aviso
pipeline-event-push = push para { $gitref }
pipeline-event-dispatch-with = workflow_dispatch com { $inputs }
pipeline-list-triggers = gatilhos:
pipeline-list-never-local = (nunca disparado localmente)
pipeline-list-jobs = jobs:
pipeline-list-needs = depende de: { $jobs }
pipeline-dry-run = simulação de { $event } (nada é executado)
pipeline-plan-needs = (depende de { $jobs })
pipeline-plan-would-run = { $job }: seria executado{ $needs }
pipeline-plan-skipped-if = { $job }: pulado: o `if: { $condition }` dele é falso ({ $place })
pipeline-plan-skipped-needs = { $job }: pulado: depende de { $need }, que não terminaria com sucesso
pipeline-plan-would-fail = { $job }: falharia: { $message }
pipeline-run-named = execução { $name }
pipeline-job = job { $job }
pipeline-job-named = job { $job } ({ $name })
pipeline-job-combination = job { $job } — { $name }
pipeline-step-skipped = { $step } (pulado)
pipeline-step-cancelled = step cancelado
pipeline-step-failed-continue = o step falhou; o continue-on-error deixa o job seguir
pipeline-step-failed = o step falhou
pipeline-waiting-approval = Aguardando aprovação para fazer deploy de { $sha } em { $environment }
pipeline-approved-by = aprovado por { $reviewer }{ $comment }
pipeline-rejected-by = rejeitado por { $reviewer }{ $comment }
pipeline-conclusion = conclusão: { $conclusion }
pipeline-note = nota:
pipeline-warning = aviso:
pipeline-no-repo = --repo { $path }: essa pasta não existe
pipeline-no-actions-dir = --actions-dir { $path }: essa pasta não existe (organize as actions como DIR/OWNER/REPO@REF/)
pipeline-var-registry-external = o do --registry
pipeline-var-registry-own = o do próprio devpath, iniciado para esta execução
pipeline-var-registry-unset = { $place }: vars.{ $name } não está definida (sem --var { $registry }=HOST): usando { $host }, { $whose }
pipeline-var-empty = { $place }: vars.{ $name } está vazia nesta execução: passe --var { $name }=VALUE (ou defina-a para o ambiente do job em --environments)
pipeline-key-value = { $flag } { $pair }: era esperado KEY=VALUE, por exemplo { $flag } NAME=value
pipeline-dotenv-expected = era esperado KEY=VALUE
pipeline-dotenv-bad-name = nome inválido "{ $key }": use letras, dígitos e _
pipeline-dotenv-double-unclosed = falta a " de fechamento no valor entre aspas duplas
pipeline-dotenv-double-after = há texto sobrando depois da " de fechamento
pipeline-dotenv-single-unclosed = falta a ' de fechamento no valor entre aspas simples
pipeline-dotenv-single-after = há texto sobrando depois da ' de fechamento
pipeline-env-undeclared-in = { $flag } { $env }: "{ $env }" não está declarado em { $file }; adicione lá uma tabela [environments.{ $env }]
pipeline-env-undeclared = { $flag } { $env }: "{ $env }" não está declarado em nenhum arquivo de ambientes; passe --environments FILE com uma tabela [environments.{ $env }]
pipeline-env-contradict = --approve { $env } e --reject { $env } se contradizem; fique com um só
pipeline-event-short-ref = o "ref" do arquivo do evento é "{ $gitref }": um push precisa de um ref completo, refs/heads/NAME ou refs/tags/NAME
pipeline-flag-misfit = { $flag } vale para { $events }, não para { $event }: adicione --event com um desses, ou tire o { $flag }
pipeline-events-ref = push e release (um pull request usa --base e --head)
pipeline-events-pull = pull_request e pull_request_target
pipeline-events-activity = pull_request, pull_request_target, release e repository_dispatch
pipeline-this-event = este evento
pipeline-ref-not-full = --ref { $gitref }: informe o ref completo, refs/heads/{ $gitref } para um branch ou refs/tags/{ $gitref } para uma tag
pipeline-ref-not-tag = --ref { $gitref }: um release é para uma tag; informe refs/tags/NAME
pipeline-event-not-json = { $place }: o arquivo do evento não é um JSON válido: { $reason }
pipeline-event-not-object = { $file }: o arquivo do evento precisa conter um objeto JSON (o payload, como `github.event` o mostra), não { $kind }
pipeline-json-list = uma lista
pipeline-json-string = um texto
pipeline-json-number = um número
pipeline-json-boolean = um booleano

## validate

validate-all-valid = { $files ->
    [0] 0 arquivos de workflow válidos
    [one] { $files } arquivo de workflow válido
   *[other] { $files } arquivos de workflow válidos
}
validate-some-invalid = { $invalid } de { $files } { $files ->
    [one] arquivo
   *[other] arquivos
} de workflow { $invalid ->
    [one] inválido
   *[other] inválidos
}
validate-not-utf8 = o arquivo não é texto UTF-8; o GitHub lê os workflows como UTF-8

## workflow

## dev

