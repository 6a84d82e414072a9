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

# Títulos e linhas que o clap escreve.
cli-heading-usage = Uso
cli-heading-commands = Comandos
cli-heading-arguments = Argumentos
cli-heading-options = Opções
cli-flag-help = Mostra a ajuda
cli-flag-help-summary = Mostra a ajuda (mais detalhes com '--help')
cli-flag-help-more = Mostra a ajuda (um resumo com '-h')
cli-flag-version = Mostra a versão
cli-help-about = Mostra esta mensagem ou a ajuda dos subcomandos indicados
cli-help-arg-subcommand = Mostra a ajuda dos subcomandos
cli-spec-default = padrão
cli-spec-possible-values = valores possíveis
cli-examples = { $count ->
    [one] Exemplo:
   *[other] Exemplos:
}
# devpath e as opções de todos os verbos.
cli-about = Um executor de cursos offline que ensina CI/CD com Docker executando os workflows, imagens e contêineres reais de quem aprende
cli-example-watch = abre o modo watch no primeiro exercício pendente
cli-example-run = verifica o exercício atual uma vez
cli-example-list = mostra o seu progresso
cli-arg-color = Quando usar cores: auto (um terminal sem NO_COLOR), always, never
cli-arg-course = Usa o curso desta pasta em vez do que vem embutido no devpath
cli-arg-registry = Usa este registry (por exemplo http://127.0.0.1:5000) em vez de iniciar o do próprio devpath a cada execução
cli-arg-workspace = O espaço de trabalho (padrão: a pasta atual ou a pasta acima mais próxima que tenha uma pasta `.devpath`)
cli-arg-lang = O idioma em que o devpath fala: en, es ou pt (padrão: DEVPATH_LANG, depois a escolha do espaço de trabalho, depois o idioma do sistema)
cli-arg-format = Formato da saída
# Os verbos.
cli-init-about = Cria um espaço de trabalho com os arquivos iniciais de cada exercício
cli-init-arg-dir = Pasta onde criar o espaço de trabalho (padrão: ./devpath-course)
cli-watch-about = Acompanha o exercício atual: executa de novo sempre que você salva um arquivo
cli-watch-keys = Teclas: h dica, n próximo, l lista, r executar de novo, q sair.
cli-watch-arg-manual-run = Não observa os arquivos: pressione r para executar (para sistemas de arquivos sem eventos de mudança)
cli-watch-arg-poll = Detecta os arquivos salvos olhando para eles a cada 150 ms em vez de esperar os eventos de mudança do sistema de arquivos (mais lento; para compartilhamentos de rede e montagens que não enviam eventos)
cli-run-about = Executa um exercício uma vez e mostra o veredito (sai com 0 se passou, 1 se falhou, 2 se houve erro)
cli-run-arg-exercise = O exercício a executar (nome ou número; padrão: o atual)
cli-list-about = Lista os exercícios com o seu progresso
cli-hint-about = Mostra a próxima dica de um exercício (uma a mais a cada vez)
cli-hint-arg-exercise = O exercício (nome ou número; padrão: o atual)
cli-reset-about = Volta os arquivos de um exercício ao estado inicial
cli-reset-arg-exercise = O exercício a restaurar (nome ou número)
cli-reset-arg-all = Restaura todos os exercícios e o seu progresso
cli-next-about = Passa para o próximo exercício pendente
cli-verify-about = Verifica de novo cada exercício que você concluiu (com --all: todos os exercícios, marcando como feitos os que passam)
cli-verify-arg-all = Verifica todos os exercícios, não só os marcados como feitos, e marca como feito cada um que passa: reconstrói o progresso perdido a partir dos seus arquivos
cli-example-verify-all = reconstrói o seu progresso a partir dos seus arquivos
cli-lang-about = Mostra ou muda o idioma em que o devpath e as lições falam aqui
cli-lang-arg-language = O idioma a salvar para este espaço de trabalho: en, es ou pt. Sem ele, o devpath diz qual idioma fala e por quê
cli-doctor-about = Verifica o que o devpath precisa: bash, o espaço de trabalho, o Docker e o registry
cli-clean-about = Remove o que as execuções deste espaço de trabalho deixaram para trás quando foram interrompidas (contêineres, imagens, redes, volumes, processos, pastas)
cli-pipeline-about = Executa localmente um workflow do GitHub Actions, fora de qualquer exercício
cli-pipeline-arg-workflow = O arquivo do workflow a executar
cli-pipeline-arg-event = O evento que dispara a execução
cli-pipeline-arg-git-ref = A ref do push (refs/heads/NOME ou refs/tags/NOME; padrão refs/heads/main), ou a tag de uma release (refs/tags/NOME; padrão refs/tags/v1.0.0)
cli-pipeline-arg-pr = O número do pull request (padrão 1)
cli-pipeline-arg-base = A branch em que o pull request faz merge (padrão main)
cli-pipeline-arg-head = A branch do pull request (padrão: a branch atual do repositório, senão "feature")
cli-pipeline-arg-activity = O tipo de atividade, `github.event.action`: para pull requests opened (padrão), synchronize, closed…; para uma release published (padrão)…; o tipo de evento de um repository_dispatch (padrão: a primeira entrada de `types:` do workflow)
cli-pipeline-arg-schedule = O cron de `on.schedule` que venceu (padrão: o primeiro)
cli-pipeline-arg-changed-files = Um arquivo que o commit mudou, para os filtros `paths` (repetível; padrão: os arquivos que o commit de HEAD mudou, num repositório git)
cli-pipeline-arg-event-file = JSON mesclado sobre o payload do evento (`github.event`), como o --eventpath do act; também pode definir a ref, o número do PR, as branches, o tipo de atividade, a tag e o cron
cli-pipeline-arg-list = Mostra os jobs, os needs deles e os gatilhos do workflow; não executa nada
cli-pipeline-arg-dry-run = Avalia os gatilhos e o `if:` de cada job para o evento e mostra quais jobs executariam; não executa nada
cli-pipeline-arg-inputs = Um input de workflow_dispatch, KEY=VALUE (repetível)
cli-pipeline-arg-secrets = Um secret, KEY=VALUE (repetível). Prefira --secret-file: outros usuários podem ver as linhas de comando
cli-pipeline-arg-secret-file = Secrets de um arquivo dotenv: KEY=VALUE por linha; valores entre aspas duplas expandem \n
cli-pipeline-arg-vars = Uma variável de configuração (`vars.KEY`), KEY=VALUE (repetível)
cli-pipeline-arg-environments = Regras de proteção dos environments e valores próprios de cada environment (TOML)
cli-pipeline-arg-approve = Aprova sem perguntar os deploys para este environment (repetível)
cli-pipeline-arg-reject = Rejeita sem perguntar os deploys para este environment (repetível)
cli-pipeline-arg-repo = A pasta obtida por actions/checkout (padrão: o repositório que contém o workflow)
cli-pipeline-arg-actions-dir = Actions remotas e workflows reutilizáveis disponíveis offline, organizados como o cache do act: DIR/OWNER/REPO@REF/
cli-pipeline-arg-jobs = Executa no máximo N jobs (ou combinações da matrix) ao mesmo tempo (padrão: o número de núcleos)
cli-example-actions-dir = actions remotas offline
cli-validate-about = Verifica workflows do GitHub Actions sem executá-los, como o GitHub faria ao receber o push: sai com 0 se são válidos, 1 se não
cli-validate-arg-paths = Arquivos de workflow, ou pastas onde procurar `*.yml` e `*.yaml` (padrão: .github/workflows)
cli-example-validate-all = cada workflow em .github/workflows
cli-setup-about = Constrói a imagem base das lições (devpath/base:1) a partir de um busybox estático
cli-setup-arg-from-image = Usa uma imagem que já está no engine em vez do busybox do host
cli-registry-about = O registry OCI embutido
cli-registry-serve-about = Serve o registry até Ctrl-C
cli-registry-serve-arg-addr = Endereço em que escutar (só loopback)
cli-registry-serve-arg-root = Pasta de armazenamento (padrão: uma pasta temporária removida ao sair)
cli-registry-serve-arg-auth = Exige credenciais HTTP Basic: USER:TOKEN aceita só esse usuário com esse token; TOKEN sozinho aceita qualquer nome de usuário com o token
# Ferramentas para instrutores.
cli-dev-about = Ferramentas para instrutores: criar, verificar, abençoar (bless) e revisar exercícios
cli-dev-new-about = Cria o esqueleto de um novo exercício e o adiciona ao course.toml
cli-dev-new-arg-name = Nome da pasta do novo exercício, por ex. 13-canary-release
cli-dev-new-arg-topic = O tema mostrado em `devpath list`
cli-dev-check-about = Verifica exercícios: o início falha, a solução passa, o snapshot está em dia, o lint está limpo
cli-dev-check-exit-status = Código de saída: 0 tudo certo, 1 há um problema, 2 o curso não carrega.
cli-dev-check-arg-exercises = Exercícios a verificar (padrão: todos)
cli-dev-check-arg-jobs = Quantas execuções (o início ou a solução de um exercício) rodar ao mesmo tempo
cli-dev-bless-about = Executa as soluções e grava o que elas produziram como outcome.snap.new
cli-dev-bless-arg-exercises = Exercícios a abençoar (bless)
cli-dev-review-about = Revisa os arquivos outcome.snap.new pendentes: aceitar, rejeitar ou pular
cli-dev-review-answers = Respostas, uma por linha (também de um pipe): a aceitar, r rejeitar, s pular.
cli-dev-lint-about = As verificações estáticas do `dev check`, sem executar nada

## learner

learner-init-exists = { $dir } já é um espaço de trabalho do devpath; as pastas de exercícios que faltavam foram restauradas.
learner-init-created = { $count ->
    [0] Nenhum exercício foi criado em { $dir }.
    [one] Foi criado { $count } exercício em { $dir }.
   *[other] Foram criados { $count } exercícios em { $dir }.
}
learner-init-watch-follows = O modo watch começa agora no primeiro exercício. Para voltar a ele depois:
learner-init-next = Agora, inicie o modo watch no primeiro exercício:
learner-next-now-on = Agora você está em { $exercise }: { $title }
learner-next-read = Leia { $exercise }/README.md e depois execute `devpath` ou `devpath run`.
learner-next-last-left = { $exercise } é o único exercício que falta: termine-o com `devpath run`.
learner-running = Executando
learner-verify-nothing = Nenhum exercício foi concluído ainda: não há nada para verificar. `devpath run` verifica o atual.
learner-verify-pending = { $exercise }: pendente
learner-verify-broken = { $exercise }: não passa mais; voltou a ficar pendente (`devpath run { $exercise }` mostra o porquê)

## list-hint-reset

list-progress = { $done }/{ $total } concluídos
list-status-done = concluído
list-status-pending = pendente
list-topic-ci = ci (integração contínua)
list-topic-cd = cd (entrega contínua)
list-topic-environments = ambientes
list-topic-rollback = rollback
list-topic-pull-requests-and-releases = pull requests e releases
list-no-lessons-in = Este curso não tem lições em { $lang }; elas aparecem em inglês.
list-keys = devpath run: verifica o exercício atual · devpath hint: uma dica · devpath next: avança para o próximo
hint-none = Este exercício não tem dicas. Leia o README.md dele de novo, com calma.
hint-heading = Dica { $number } de { $total } para { $exercise }:
hint-ask-again = (peça de novo para ver a dica { $next } de { $total })
hint-last = (essa era a última dica; o README.md explica a tarefa passo a passo)
reset-all = Todos os exercícios voltaram ao início e o seu progresso foi apagado.
reset-one = { $exercise } voltou ao início ({ $files }); os arquivos que você adicionou foram mantidos.

## watch

# As teclas embaixo de cada tela; as letras são as mesmas em todos os idiomas.
watch-key-hint = dica
watch-key-next = próximo
watch-key-list = lista
watch-key-log = log
watch-key-rerun = executar de novo
watch-key-run-manual = executar (salvar não executa, com --manual-run)
watch-key-quit = sair
watch-error = erro:
watch-no-pending = Não há outro exercício pendente.
watch-not-editable = { $count ->
    [one] Você salvou { $names }, que não está entre os arquivos editáveis deste exercício, então nada foi executado.
   *[other] Você salvou { $names }, que não estão entre os arquivos editáveis deste exercício, então nada foi executado.
} O modo watch executa quando você salva { $editable } (ou pressione r para executar agora).
watch-and = { $rest } e { $last }
watch-or = { $rest } ou { $last }
watch-log-empty = A última execução não imprimiu nenhuma linha de log.
watch-log-step = ── passo { $step } do cenário · { $job } › { $name }
watch-log-write-failed = não foi possível gravar o log em { $path }: { $error }
watch-pager-failed = não foi possível iniciar o paginador `{ $pager }` ({ $error }); o log completo está em { $path }
# Aprovar um deploy no terminal (devpath pipeline).
watch-approval-waiting = Aguardando aprovação para fazer o deploy de { $sha } em { $environment } (job { $job }).
watch-approval-reviewers = Revisores obrigatórios: { $reviewers }.
watch-approval-unanswered = nenhum revisor respondeu (use --approve ENV)
watch-approval-no-reviewer = nenhum revisor obrigatório respondeu
watch-approval-question = Aprovar? [s/N]
watch-approval-yes = s sim y yes
watch-approval-comment = Comentário:
watch-approval-name = Seu nome:
watch-approval-name-default = Seu nome [{ $name }]:
watch-approval-who = Quem é você? Só { $who } pode responder por { $environment }.
watch-approval-not-reviewer = { $name } não é um revisor obrigatório de { $environment }: só { $who } pode aprovar ou rejeitar este deploy (os revisores ficam em [environments.{ $environment }] reviewers).

## verdict

verdict-passed = { $exercise } resolvido: { $title }
verdict-not-solved = { $exercise } ainda não está resolvido.
verdict-next = Próximo: { $next } (`devpath next`, ou a tecla n no modo watch)
verdict-next-watch = Próximo: { $next }. Pressione a tecla n para continuar.
verdict-edit = Edite { $paths } e execute de novo (`devpath hint` dá uma dica).
verdict-edit-watch = Edite { $paths } e salve as alterações para executar de novo (tecla h: uma dica).
verdict-more = (não cabe tudo: a tecla o mostra o log completo; `devpath run`, tudo)
verdict-first-difference = Primeira diferença em { $part }:
verdict-why = Por quê:
verdict-failed-step = passo { $step }: { $job } › { $name } falhou; suas últimas linhas:
verdict-diff-heading = Sua execução, comparada com o que o exercício espera:
verdict-diff-expected = esperado
verdict-diff-actual = obtido
verdict-diff-more = { $count ->
    [one] … e mais { $count } linha diferente: `devpath run` mostra todas
   *[other] … e mais { $count } linhas diferentes: `devpath run` mostra todas
}
verdict-notes-heading = Nestas linhas:
verdict-note-sha = <sha:{ $name }> é o commit { $name } que o cenário enviou (<short-sha:{ $name }>: seus 7 primeiros caracteres).
verdict-note-digest-commit = <digest:v2> é uma imagem enviada com a tag do commit v2 (seu sha): a imagem construída a partir de v2.
verdict-note-digest-numbered = <digest:1>, <digest:2> são imagens enviadas primeiro com uma tag que não é o sha de um commit (latest, 1.0, …), numeradas na ordem em que apareceram: não são o mesmo que <digest:v1>, <digest:v2>.
verdict-note-digest-other = <digest:other> é uma imagem que o registry não tem.
verdict-note-registry = <registry> é o endereço do registry (vars.REGISTRY).
verdict-note-secret = {"***"} é o valor de um secret, mascarado.

## run

run-step = passo { $index }: { $what }
run-error-label = erro:
run-warning-label = aviso:
run-did-not-run = { $file } não foi executado: corrija os erros acima
run-step-failed = { $job } › { $name } falhou; suas últimas linhas:
run-leftovers-heading = seus scripts deixaram estas coisas (num servidor real, continuariam lá):
run-leftover-removed = { $what }: o devpath removeu; remova no seu script quando não for mais necessário (`{ $command }`)
run-leftover-kept = { $what }: criado por fora do `docker` do devpath, então o devpath não consegue saber que é da execução e o deixou: remova com `{ $command }`

## explain

explain-differs = Sua execução não bate com o resultado esperado.
explain-differs-in = Sua execução não bate com o resultado esperado em { $part }: era esperado { $expected }; sua execução tem { $actual }{ $more }.
explain-more-lines = { $count ->
    [one] (e mais uma linha é diferente, mostrada acima)
   *[other] (e mais { $count } linhas são diferentes, mostradas acima)
}
explain-nothing = nada
explain-not-started-no-event = { $file } não foi iniciado no passo { $step }: seu `on:` não lista `{ $event }`.
explain-not-started-filtered = { $file } não foi iniciado no passo { $step }: seu `on:` lista `{ $event }`, mas seus filtros (como `branches:`) deixam de fora este evento, um push para `main`.
explain-invalid = { $file } não é um workflow válido, então nada dele foi executado no passo { $step }: corrija os problemas listados junto com ele.
explain-invalid-first = { $file } não é um workflow válido, então nada dele foi executado no passo { $step }: corrija os problemas listados junto com ele (o primeiro: { $first }).
explain-ran-after-failure = No passo { $step }, o job `{ $job }` ({ $workflow }) foi executado embora `{ $needed }`, do qual ele depende, tenha terminado em `{ $result }`: um job cujos needs não terminaram bem é pulado (skipped), a menos que seu `if:` o execute mesmo assim (`always()`, `failure()`).
explain-job-failed = O job `{ $job }` ({ $workflow }) falhou no passo { $step }.
explain-job-failed-continued = O job `{ $job }` ({ $workflow }) falhou no passo { $step }, mas o `continue-on-error` manteve o job em andamento.
explain-step-failed = O step `{ $name }` do job `{ $job }` ({ $workflow }) falhou no passo { $step }.
explain-step-failed-continued = O step `{ $name }` do job `{ $job }` ({ $workflow }) falhou no passo { $step }, mas o `continue-on-error` manteve o job em andamento.
explain-log-ends = O log termina com:
explain-job-log-says = O log do job `{ $job }` ({ $workflow }) diz:
explain-step-log-says = O log do step `{ $name }` do job `{ $job }` ({ $workflow }) diz:

## timeline

timeline-heading = Linha do tempo dos deploys (o que cada ambiente servia após cada passo)
timeline-step-column = passo
timeline-step = passo { $step }
timeline-other-image = outra imagem
timeline-healthy = ok
timeline-unhealthy = não saudável
timeline-approved-by = aprovado por { $reviewer }
timeline-rejected-by = rejeitado por { $reviewer }
timeline-rollback = rollback
timeline-job-graph = Grafo de jobs
timeline-graph-line = passo { $step } { $workflow }: { $jobs }

## doctor-setup-clean

doctor-status-ok = ok
doctor-status-warning = aviso
doctor-status-missing = falta
doctor-name-bash = bash
doctor-name-course = curso
doctor-name-languages = idiomas
doctor-name-workspace = espaço de trabalho
doctor-name-docker-cli = CLI do docker
doctor-name-engine = engine
doctor-name-base-image = imagem base
doctor-name-registry = registry
doctor-bash-missing = o bash não está no PATH; os steps dos workflows rodam com ele
doctor-bash-fix = instale o bash (Debian/Ubuntu: `sudo apt-get install bash`)
doctor-course-built-in = embutido no devpath
doctor-course-found = { $title } ({ $count ->
        [0] { $count } exercícios
        [one] { $count } exercício
       *[other] { $count } exercícios
    }, { $origin })
doctor-course-fix = corrija os arquivos do curso indicados acima
doctor-languages-lacks = { $languages } (não há lições em { $lang }: elas aparecem em inglês)
doctor-languages-fix = `devpath lang` mostra qual idioma o devpath fala e como trocar
doctor-workspace-found = { $dir } ({ $done }/{ $total } concluídos, atual: { $current })
doctor-workspace-fix = execute `devpath init` (ou apenas `devpath`) na pasta em que você quer trabalhar
doctor-see-above = veja a mensagem acima
doctor-docker-cli-missing = o comando docker não está no PATH; as lições de Docker (da 4 em diante) precisam dele
doctor-docker-cli-fix = instale-o (Debian/Ubuntu: `sudo apt-get install docker.io`)
doctor-engine-found = Docker { $version } (API { $api }, { $platform }) em { $address }
doctor-engine-fix = as lições de Docker (da 4 em diante) precisam de uma engine Docker rodando; as lições de CI funcionam sem ela
doctor-base-image-missing = { $image } ainda não foi construída; as lições de Docker precisam dela
doctor-base-image-fix = execute `devpath setup` (offline, a partir de um busybox estático)
doctor-registry-answers = { $url } responde ({ $count ->
        [0] { $count } repositórios
        [one] { $count } repositório
       *[other] { $count } repositórios
    })
doctor-registry-fix = inicie esse registry, ou remova --registry para usar o do próprio devpath
doctor-tempdir-failed = não foi possível criar uma pasta temporária: { $error }
doctor-tempdir-fix = verifique se a pasta temporária (TMPDIR) permite escrita
doctor-registry-serves = o registry do próprio devpath funciona em 127.0.0.1 (testado em uma porta efêmera)
doctor-registry-firewall = talvez um firewall esteja bloqueando conexões de loopback
doctor-registry-loopback = verifique se 127.0.0.1 aceita conexões
setup-engine = Docker Engine { $version } ({ $platform }, API { $api }) em { $address }
setup-already-there = { $image } já existe (imagem { $id }); nada a fazer
setup-found-busybox = busybox estático encontrado: { $path } ({ $version })
setup-built = { $image } construída: busybox com { $applets } links de applets, /etc/passwd, /tmp, /www ({ $size } MB) em { $seconds } s
setup-image-id = imagem { $short } ({ $id })
setup-tagged = { $from } recebeu a tag { $image } (imagem { $id })
setup-tagged-note = observação: as lições esperam /bin/sh, httpd e wget nela (o busybox tem os três)
setup-next = próximo passo: `devpath init my-course && cd my-course && devpath` inicia o curso
clean-nothing = Nada para limpar: nenhuma execução deste espaço de trabalho ficou pela metade.
clean-run = execução { $run }: { $processes ->
        [0] { $processes } processos parados
        [one] { $processes } processo parado
       *[other] { $processes } processos parados
    }, { $objects ->
        [0] { $objects } contêineres, imagens, redes ou volumes removidos
        [one] { $objects } contêiner, imagem, rede ou volume removido
       *[other] { $objects } contêineres, imagens, redes ou volumes removidos
    }, { $folders ->
        [0] { $folders } pastas apagadas
        [one] { $folders } pasta apagada
       *[other] { $folders } pastas apagadas
    }

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

dev-lang-readme-missing = está faltando: quem lê em { $lang } recebe a lição em inglês. Traduza o README.md.
dev-lang-text-missing = { $what } não tem texto `{ $code }`: quem lê em { $lang } recebe o inglês. Adicione `{ $code } = "…"` ao lado do `en`.
dev-lang-text-english = { $what }: o texto `{ $code }` é o inglês; traduza-o para { $lang }.
dev-lang-comment-unused = o comentário { $index } ("{ $first }") não corresponde a nenhuma linha de um arquivo inicial: as traduções dele nunca seriam usadas. Copie o `en` exatamente do arquivo inicial.
dev-lang-todo-untranslated = o comentário "{ $comment }" não tem entrada [[comments]] no exercise.toml: quem escolheu outro idioma o lê em inglês.
dev-lang-heading-level = linha { $line }: o título "{ $heading }" não está no nível do título em inglês correspondente (linha { $english_line }: "{ $english }"). Mantenha os títulos do README.md, na ordem e nos mesmos níveis.
dev-lang-heading-missing = não tem título para "{ $english }" (README.md linha { $english_line }): mantenha os títulos do README.md, na ordem e nos mesmos níveis.
dev-lang-heading-extra = linha { $line }: o título "{ $heading }" não está no README.md: mantenha os títulos do README.md, na ordem e nos mesmos níveis.
dev-lang-code-count = tem { $count } blocos de código e o README.md tem { $english_count }: os blocos de código são os mesmos em todos os idiomas.
dev-lang-code-differs = este bloco de código difere do README.md (linha { $english_line }): os blocos de código são idênticos, byte a byte, em todos os idiomas.
dev-lang-paragraph-english = este parágrafo é o do README.md, em inglês: traduza-o.
dev-lang-exercise-untranslated = não está traduzido para { $lang }: quem lê nesse idioma recebe a lição e os textos em inglês. Escreva { $readme } e as versões dos textos no exercise.toml.
dev-lang-course-untranslated = title, welcome e final_message não têm versão `{ $code }`: quem lê em { $lang } os recebe em inglês.
dev-lang-summary = Idiomas: { $languages }.
dev-new-created = { $created } { $dir } e adicionado a { $course_toml }:
dev-new-created-word = Criado
dev-new-next = Próximos passos (docs/authoring.md explica cada um):
dev-new-step-lesson = escreva a lição em README.md e preencha exercise.toml (os comentários explicam cada chave; substitua cada TODO(author));
dev-new-step-sides = faça start/ falhar e solution/ passar: o cenário faz push da versão { $app } da aplicação;
dev-new-then = depois
dev-new-toml-parse = não pode ser lido, então não pode ser editado: { $error }
dev-new-toml-no-list = a lista `exercises = [ … ]` do nível superior não foi encontrada: adicione "{ $name }" a ela manualmente
dev-new-toml-break = adicionar "{ $name }" quebraria o arquivo ({ $error }); adicione-o a `exercises` manualmente
dev-new-toml-unsafe = não foi possível adicionar "{ $name }" a `exercises` com segurança; adicione-o manualmente
dev-name-empty = está vazio
dev-name-separator = contém um separador de caminho; use um nome de pasta simples, como 04-cd-deploy-job
dev-name-dotdot = contém `..`; use um nome de pasta simples, como 04-cd-deploy-job
dev-name-start = começa com `.` ou `-`; comece com uma letra ou um dígito
dev-name-chars = use só letras, dígitos, `-`, `_` e `.` (ex.: 04-cd-deploy-job)
dev-check-checking = Verificando { $count ->
    [one] { $count } exercício
   *[other] { $count } exercícios
} de { $origin } (até { $jobs } { $jobs ->
    [one] execução
   *[other] execuções
} ao mesmo tempo)…
dev-check-built-in = o curso embutido
dev-check-summary = { $count ->
    [0] { $count } exercícios verificados
    [one] { $count } exercício verificado
   *[other] { $count } exercícios verificados
} em { $seconds }s: { $ok } ok, { $failed } com problemas
dev-check-col-exercise = exercício
dev-check-col-start = início
dev-check-col-solution = solução
dev-check-col-snapshot = snapshot
dev-check-col-lint = lint
dev-check-test-start = o início falha
dev-check-test-solution = a solução passa
dev-check-test-snapshot = snapshot atual
dev-check-test-lint = lint
dev-check-label-fails = falha
dev-check-label-passes = passa
dev-check-label-stale = desatualizado
dev-check-label-missing = ausente
dev-check-label-current = atual
dev-check-label-differs = difere
dev-check-label-error = erro
dev-check-label-not-judged = não avaliado
dev-check-label-clean = limpo
dev-check-label-problems = { $count ->
    [0] { $count } problemas
    [one] { $count } problema
   *[other] { $count } problemas
}
dev-check-label-warnings = { $count ->
    [0] { $count } avisos
    [one] { $count } aviso
   *[other] { $count } avisos
}
dev-check-details = Detalhes
dev-check-diff-legend = ({ $removed } outcome.snap, { $added } o que a solução produziu)
dev-check-needs-docker = este exercício precisa do Docker: { $error }
dev-check-bless-hint = execute `devpath dev bless { $name }` e depois `devpath dev review`
dev-check-solution-could-not-run = a solução não pôde ser executada
dev-check-no-snapshot = não há outcome.snap para comparar
dev-check-snapshot-missing = { $prefix }outcome.snap está ausente: { $bless }
dev-check-stale-not-judged = outcome.snap está desatualizado, então a solução não é avaliada
dev-check-snapshot-stale = snapshot: desatualizado, { $bless }. Os passos dele não são os do cenário de exercise.toml (o cenário mudou desde que outcome.snap foi aprovado).
dev-check-solution-differs = o resultado da solução de referência difere de outcome.snap
dev-check-first-difference = a primeira diferença está em { $part }, onde o aluno lê: { $message }
dev-check-invalid-workflows = os workflows dela são inválidos:
dev-check-snapshot-differs = snapshot: difere do resultado da solução. Corrija a solução ou, se a solução estiver certa e outcome.snap estiver desatualizado, { $bless }.
dev-check-nothing-to-compare = a solução não pôde ser executada, então não há com o que comparar o início
dev-check-start-passes = o início passa como é entregue: o resultado dele é o esperado, então o aluno não tem nada a fazer. Quebre { $files } para que o resultado do cenário mude (falta um trigger, um step ou um job).
dev-check-or = ou
dev-bless-blessing = Registrando
dev-bless-invalid = a solução tem um workflow inválido, então o snapshot o registra como inválido: { $diagnostic }
dev-bless-current = { $path } já é o que a solução produz
dev-bless-differs = difere de outcome.snap
dev-bless-new = novo: ainda não há outcome.snap
dev-bless-wrote = { $path } gravado ({ $state }):
dev-bless-review = Revise com `devpath{ $flag } dev review` (a aceitar, r rejeitar, s pular).
dev-review-none = Nenhum snapshot pendente: `devpath{ $flag } dev bless EXERCÍCIO` cria um.
dev-review-no-snap = (ainda não há outcome.snap)
dev-review-prompt = a aceitar, r rejeitar, s pular?
dev-review-answer = responda a, r ou s
dev-review-accepted = aceito: { $path }
dev-review-rejected = rejeitado: { $path } removido
dev-review-skipped = pulado
dev-review-summary = { $accepted ->
    [0] { $accepted } aceitos
    [one] { $accepted } aceito
   *[other] { $accepted } aceitos
}, { $rejected ->
    [0] { $rejected } rejeitados
    [one] { $rejected } rejeitado
   *[other] { $rejected } rejeitados
}, { $skipped ->
    [0] { $skipped } pulados
    [one] { $skipped } pulado
   *[other] { $skipped } pulados
}
dev-lint-problem = problema:
dev-lint-warning = aviso:
dev-lint-summary = { $count ->
    [0] { $count } exercícios verificados
    [one] { $count } exercício verificado
   *[other] { $count } exercícios verificados
}: { $problems ->
    [0] { $problems } problemas
    [one] { $problems } problema
   *[other] { $problems } problemas
}, { $warnings ->
    [0] { $warnings } avisos
    [one] { $warnings } aviso
   *[other] { $warnings } avisos
}
dev-lint-no-hints = `hints` está vazio: adicione pelo menos uma dica, de um leve empurrão até quase a resposta
dev-lint-empty-hint = a dica { $index } está vazia: escreva-a ou remova-a
dev-lint-no-task = não tem uma seção da tarefa: adicione um título `## The task` dizendo o que o aluno deve mudar e depois `## What success looks like`
dev-lint-secret = contém o valor do secret { $name }: um secret nunca deve estar no código; leia-o com `${"{{"} secrets.{ $name } {"}}"}`
dev-lint-snapshot-missing = está ausente: execute `devpath dev bless { $name }` e depois `devpath dev review`
dev-lint-todo = ainda tem marcas `{ $marker }` de `devpath dev new`: escreva essas partes
dev-lint-not-utf8 = não é texto UTF-8: salve-o como UTF-8
dev-lint-start-invalid = (o início não pode ser lido; tudo bem se essa for a lição)
dev-lint-solution-invalid = (a solução de referência precisa poder ser lida)
