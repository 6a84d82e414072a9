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
cli-pipeline-arg-dry-run = Avalia os gatilhos e o `if:` de cada job para o evento e mostra quais jobs executariam e quais dos seus steps falhariam nesta máquina; não executa nada
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
pipeline-plan-step-would-fail = o step { $step } falharia nesta máquina ({ $place }): { $message }
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

workflow-did-you-mean = — você quis dizer "{ $suggestion }"?
workflow-expected-one-of = (esperado um destes: { $list })
workflow-empty-file = o arquivo do workflow está vazio: ele precisa de `on:` e `jobs:`
workflow-not-run-yet = válido no GitHub, mas o devpath ainda não executa: { $what }
workflow-must-be-mapping = { $what }: deve ser um mapeamento (chave: valor), mas é { $found }
workflow-key-must-be-text = as chaves no { $what } devem ser texto, mas esta é { $found }
workflow-duplicate-key = { $noun } "{ $key }" já aparece na linha { $line }: remova ou renomeie esta repetição
workflow-unknown-key = chave desconhecida "{ $key }" no { $place }{ $hint }
workflow-must-be-text = { $what }: deve ser texto, mas é { $found }
workflow-status-function-outside-if = `{ $name }()` não pode ser chamada no { $what }: as funções de status só existem em `if:` (de um job ou de um step); calcule o valor em um `if:`
workflow-invalid-expression = expressão inválida no { $what }: { $problem }
workflow-must-be-expression = { $what }: deve ser uma expressão, mas é { $found }
workflow-context-not-available = o contexto `{ $name }` não está disponível no { $what }; aqui estão: { $available }
workflow-unknown-context = contexto desconhecido "{ $name }" no { $what }{ $hint }
workflow-available-here = (aqui estão: { $list })
workflow-each-entry-must-be-text = cada entrada do { $what } deve ser texto, mas esta é { $found }
workflow-must-be-text-or-list = { $what }: deve ser um texto ou uma lista de textos, mas é { $found }
workflow-minutes-positive = { $what }: deve ser um número positivo de minutos
workflow-minutes-number = { $what }: deve ser um número de minutos, mas é { $found }
workflow-root-must-be-mapping = um workflow deve ser um mapeamento com `on:` e `jobs:`, mas é { $found }
workflow-the-workflow = workflow
workflow-noun-key = a chave
workflow-no-on = o workflow não tem `on:`: diga quais eventos o iniciam, p. ex. `on: push`
workflow-no-jobs = o workflow não tem `jobs:`: adicione pelo menos um job com `runs-on:` e `steps:`
workflow-noun-name = o nome
workflow-noun-event = o evento
workflow-noun-job-id = o id de job
workflow-noun-input = o input
workflow-noun-output = o output
workflow-noun-scope = a permissão
workflow-noun-secret = o secret
workflow-noun-service = o serviço
workflow-found-list = uma lista
workflow-found-mapping = um mapeamento
workflow-found-empty = um valor vazio
workflow-found-boolean = um booleano
workflow-found-number = um número
workflow-found-string = um texto
workflow-yaml-invalid = YAML inválido: { $info }
workflow-yaml-invalid-tabs = YAML inválido: { $info } (indente com espaços, não com tabulações)
workflow-yaml-invalid-indent = YAML inválido: { $info } (confira a indentação desta linha e da anterior)
workflow-yaml-second-document = aqui começa um segundo documento YAML; um arquivo de workflow contém exatamente um (remova a linha `---`)
workflow-yaml-too-many-values = este alias faz o arquivo ter mais de { $max } valores ao expandir os aliases (âncoras dentro de âncoras?); escreva os valores por extenso ou use menos níveis de aliases
workflow-yaml-undefined-anchor = este alias se refere a uma âncora que não foi definida antes dele
workflow-place-job = job "{ $id }"
workflow-place-step = step { $number } do job "{ $job }"
workflow-key-of = `{ $key }` do { $place }
workflow-the-key-of = `{ $key }` do { $place }
workflow-name-of = nome do { $place }
workflow-id-of = id do { $place }
workflow-run-script-of = script `run` do { $place }
workflow-key-in = `{ $key }` (no { $place })
workflow-needs-twice = o { $place } menciona "{ $need }" duas vezes em `needs`
workflow-call-only-key = `{ $key }` no { $place } só vale para um job que chama um workflow reutilizável com `uses:`; passe valores aos steps com `env:`
workflow-no-runs-on = o { $place } não tem `runs-on`: adicione `runs-on: ubuntu-latest` (o devpath executa todos os jobs nesta máquina)
workflow-no-steps = o { $place } não tem `steps`: adicione uma lista de steps
workflow-duplicate-step-id = id de step repetido "{ $id }" no { $place } (já está na linha { $line }); os ids dos steps devem ser únicos em um job
workflow-steps-empty = `steps` do { $place } está vazio: adicione pelo menos um step
workflow-steps-not-list = `steps` do { $place } deve ser uma lista de steps, mas é { $found }
workflow-jobs-empty = `jobs` está vazio: adicione pelo menos um job
workflow-invalid-job-id = id de job inválido "{ $id }": comece com uma letra ou `_` e use apenas letras, dígitos, `-` e `_`
workflow-invalid-step-id = id de step inválido "{ $id }": comece com uma letra ou `_` e use apenas letras, dígitos, `-` e `_`
workflow-continue-on-error-type = `continue-on-error` do { $place } deve ser true, false ou uma expressão, mas é { $found }
workflow-step-run-and-uses = o { $place } tem `run` e `uses` ao mesmo tempo: um step executa um script ou usa uma action, não os dois; divida-o em dois steps
workflow-step-no-run-or-uses = o { $place } não tem `run` nem `uses`: adicione um script `run:`
workflow-with-only-uses = `with` só vale para steps com `uses` ({ $place }); passe os valores com `env:`
workflow-only-run-steps = `{ $key }` só vale para steps com `run` ({ $place })
workflow-needs-itself = o job "{ $job }" precisa de si mesmo; remova "{ $job }" do seu `needs`
workflow-needs-unknown = o job "{ $job }" precisa de "{ $need }", que não existe{ $hint }
workflow-needs-only-job = (é o único job)
workflow-needs-jobs-list = (jobs: { $jobs })
workflow-needs-cycle = os jobs dependem uns dos outros em um ciclo: { $cycle } (cada um precisa do seguinte); remova um desses `needs`
workflow-needs-ref-empty = `needs.{ $id }` está vazio aqui: "{ $id }" não está no `needs` do job "{ $job }"; adicione-o lá
workflow-steps-ref-later = `steps.{ $id }` está vazio aqui: esse step roda depois (step { $number })
workflow-steps-ref-unknown = `steps.{ $id }` está vazio aqui: nenhum step do job "{ $job }" tem `id: { $id }`{ $hint }
workflow-on-type = `on` deve ser um nome de evento, uma lista ou um mapeamento de eventos, mas é { $found }
workflow-duplicate-event = evento repetido "{ $event }" (já está na linha { $line })
workflow-pr-comment-event = — comentários em pull requests são eventos "issue_comment"
workflow-unknown-event = evento desconhecido "{ $event }" em `on`{ $hint }
workflow-event-not-local = válido no GitHub, mas nunca é disparado localmente: o evento `{ $event }` (o devpath dispara { $events })
workflow-filter-both = `on.{ $event }` não pode ter `{ $a }` e `{ $b }` ao mesmo tempo: mantenha `{ $a }` e escreva as exclusões nele como entradas `!padrão`
workflow-invalid-pattern = padrão inválido "{ $pattern }" em `{ $what }`: { $problem }
workflow-only-negated = `{ $what }` só tem padrões com `!`, então nada pode corresponder: adicione primeiro um padrão sem `!` (p. ex. '**') ou use a forma `-ignore`
workflow-unknown-activity-type = tipo de atividade desconhecido "{ $kind }" em `{ $what }`{ $hint }
workflow-schedule-list = on.schedule deve ser uma lista de entradas `- cron: '0 3 * * *'`
workflow-schedule-no-cron = esta entrada de `on.schedule` não tem `cron`: adicione um, p. ex. `- cron: '0 3 * * *'`
workflow-cron-shorthand = o GitHub não aceita a abreviação de cron "{ $cron }": escreva os cinco campos (minuto hora dia mês dia-da-semana), p. ex. '0 0 * * *'
workflow-cron-fields = o cron "{ $cron }" tem { $fields } campos; o GitHub precisa de cinco: minuto hora dia-do-mês mês dia-da-semana, p. ex. '0 3 * * *'
workflow-cron-too-often = o cron "{ $cron }" pede uma execução a cada { $minutes } minuto(s); o GitHub roda workflows agendados no máximo uma vez a cada 5 minutos
workflow-list-empty = { $what } está vazio: liste pelo menos um, ou remova-o
workflow-entry-empty = uma entrada de { $what } está vazia
workflow-too-many-inputs = `on.workflow_dispatch.inputs` tem { $count } inputs; o GitHub aceita no máximo { $max }: agrupe alguns em um só (um texto JSON lido com fromJSON)
workflow-place-input = input "{ $name }"
workflow-description-of = descrição do { $place }
workflow-required-type = `required` do { $place } deve ser true ou false, mas é { $found }
workflow-choice-no-options = o { $place } é do tipo choice: liste as suas `options:`
workflow-unknown-input-type = tipo de input desconhecido "{ $kind }" para o { $place }{ $hint }
workflow-options-only-choice = `options` só vale para `type: choice` ({ $place })
workflow-default-boolean = o valor padrão do { $place } deve ser true ou false
workflow-default-number = o valor padrão do { $place } deve ser um número
workflow-default-option = o valor padrão do { $place } deve ser uma das suas opções
workflow-runs-on-empty = { $what } está vazio: indique um rótulo de runner, p. ex. `runs-on: ubuntu-latest`
workflow-runs-on-empty-list = { $what } é uma lista vazia: indique pelo menos um rótulo de runner
workflow-snapshot-no-image = { $what } não indica nenhuma imagem
workflow-snapshot-list = { $what }: deve ser um nome de imagem ou um mapeamento com `image-name`, mas é uma lista
workflow-snapshot-no-image-name = { $what } não tem `image-name`
workflow-field-empty = { $what }.{ $key } está vazio
workflow-container-no-image-key = { $what } não tem `image`: adicione `image: <nome>`
workflow-place-service = serviço "{ $label }" do { $place }
workflow-reusable-uses-form = { $what }: deve ser `./.github/workflows/ARQUIVO.yml` ou `OWNER/REPO/.github/workflows/ARQUIVO.yml@REF`, mas é "{ $value }"
workflow-key-not-in-call = `{ $key }` não está disponível no { $place }, que chama um workflow reutilizável: quem o define são os jobs do workflow chamado
workflow-uses-form = `uses: { $uses }` deve ser `OWNER/REPO@REF`, `./CAMINHO` ou `docker://IMAGEM`
workflow-uses-no-version = `uses: { $uses }` precisa de uma versão, p. ex. `{ $uses }@v4`
workflow-environment-type = { $what }: deve ser um nome ou um mapeamento com `name` e `url`, mas é { $found }
workflow-environment-no-name = { $what } não tem `name`: adicione `name: production` (ou o nome do environment)
workflow-concurrency-type = { $what }: deve ser um nome de grupo ou um mapeamento com `group` e `cancel-in-progress`, mas é { $found }
workflow-flag-type = { $what }: deve ser true, false ou uma expressão, mas é { $found }
workflow-concurrency-no-group = { $what } não tem `group`: adicione `group: <nome>` (execuções ou jobs do mesmo grupo não se sobrepõem)
workflow-strategy-expression = { $what } dado como uma única expressão (o job roda uma vez)
workflow-strategy-empty = { $what } está vazio: adicione uma `matrix` ou remova `strategy`
workflow-key-in-what = `{ $key }` no { $what }
workflow-strategy-no-matrix = { $what } não tem `matrix`, então o job roda uma vez; adicione uma `matrix` ou remova `strategy`
workflow-max-parallel-min = { $what }: deve ser pelo menos 1, mas é { $found }
workflow-max-parallel-float = { $what }: deve ser um número inteiro de jobs, mas é { $found }: escreva p. ex. `max-parallel: 2`
workflow-whole-number = { $what }: deve ser um número inteiro, mas é { $found }
workflow-matrix-type = { $what }: deve ser um mapeamento de listas (p. ex. `os: [ubuntu-latest]`) ou uma expressão, mas é { $found }
workflow-matrix-excludes-all = { $what } exclui todas as combinações, então o job roda uma vez, sem matrix
workflow-place-secret = secret "{ $name }"
workflow-place-call-output = output "{ $name }" de `on.workflow_call`
workflow-value-of = valor do { $place }
workflow-call-output-no-value = o { $place } não tem `value`: adicione p. ex. `value: ${"{{"} jobs.build.outputs.{ $name } {"}}"}`
workflow-flag-bool-type = `{ $flag }` do { $place } deve ser true ou false, mas é { $found }
workflow-place-call-input = input "{ $name }" de `on.workflow_call`
workflow-call-input-no-type = o { $place } não tem `type`: adicione `type: string`, `number` ou `boolean`
workflow-default-type = o valor padrão do { $place } deve ser do tipo { $kind }, mas é { $found }
workflow-default-of = valor padrão do { $place }
workflow-permissions-value = { $what }: deve ser read-all, write-all ou um mapeamento de permissões (p. ex. `contents: read`), mas é "{ $value }"{ $hint }
workflow-permissions-type = { $what }: deve ser read-all, write-all ou um mapeamento de permissões (p. ex. `contents: read`), mas é { $found }
workflow-scopes-list = (permissões: { $list })
workflow-unknown-scope = permissão desconhecida "{ $scope }" em { $what }{ $hint }
workflow-permission-level = "{ $level }" não é um nível de permissão para `{ $scope }` em { $what }: use { $levels }
workflow-permission-level-type = o nível de `{ $scope }` em { $what } deve ser { $levels }, mas é { $found }
workflow-or-list = { $list } ou { $last }
workflow-action-empty = os metadados da action estão vazios: eles precisam de `runs:`
workflow-action-secrets = o contexto `secrets` não está disponível em uma action composite (GitHub: "Unrecognized named-value: 'secrets'"): declare um input e passe o secret com `with:`
workflow-place-output = output "{ $name }"
workflow-output-value = valor do output "{ $name }"
workflow-action-no-runs = a action não tem `runs:`: diga como ela roda (`using: composite`, `node20` ou `docker`)
workflow-action-no-using = `runs` não tem `using`: `composite`, `node20` ou `docker`
workflow-action-no-steps = uma action composite precisa de `runs.steps`
workflow-action-steps-type = `runs.steps` deve ser uma lista de steps, mas é { $found }
workflow-action-step-no-shell = o step { $number } da action composite roda um script sem `shell:`, que as actions composite exigem: adicione `shell: bash`
workflow-action-no-main = uma action `{ $using }` precisa de `runs.main`, o script a executar
workflow-action-no-image = uma action docker precisa de `runs.image`: `Dockerfile` ou `docker://IMAGEM`
workflow-action-args-list = `runs.args` deve ser uma lista
workflow-action-bad-using = `runs.using: { $using }` não é um tipo de action que o GitHub executa: use `composite`, `docker` ou um de { $versions }
workflow-expr-args-exactly-2 = exatamente 2 argumentos
workflow-expr-args-exactly-1 = exatamente 1 argumento
workflow-expr-args-1-or-2 = 1 ou 2 argumentos
workflow-expr-args-at-least-1 = pelo menos 1 argumento
workflow-expr-args-odd = um número ímpar de argumentos, pelo menos 3
workflow-expr-args-none = nenhum argumento
workflow-expr-arity = { $name }() recebe { $expected }: { $signature }
workflow-expr-arity-given = { $name }() recebe { $expected }, mas { $count ->
    [one] foi passado { $count }
   *[other] foram passados { $count }
}: { $signature }
workflow-expr-too-deep = a expressão está aninhada demais (o GitHub permite 50 níveis): divida-a
workflow-expr-unknown-function = função desconhecida "{ $name }"{ $hint }
workflow-expr-unknown-function-list = função desconhecida "{ $name }"; as funções são { $functions }
workflow-expr-found = encontrado { $token }
workflow-expr-empty = expressão vazia: escreva uma expressão entre `{"${{"}` e `{"}}"}`
workflow-expr-expected-after = esperava-se uma expressão depois de { $token }{ $found }
workflow-expr-expected = esperava-se uma expressão{ $found }
workflow-expr-trailing = { $token } inesperado depois de uma expressão completa: está faltando um operador (&&, ||, ==, …) ou uma vírgula?
workflow-expr-trailing-text = texto inesperado depois de uma expressão completa
workflow-expr-expected-paren = esperava-se ")" para fechar "("{ $found }
workflow-expr-expected-bracket = esperava-se "]" para fechar "{"["}"{ $found }
workflow-expr-expected-comma = esperava-se "," ou ")" nos argumentos da função{ $found }
workflow-expr-expected-property = esperava-se um nome de propriedade ou "*" depois de "."{ $found }
workflow-expr-single-equals = "=" não é um operador: escreva "==" para comparar
workflow-expr-single-and = "&" não é um operador: escreva "&&" (e)
workflow-expr-single-or = "|" não é um operador: escreva "||" (ou)
workflow-expr-unterminated-string = texto não fechado: feche-o com ' (escreva '' para uma aspa dentro do texto)
workflow-expr-invalid-number = número inválido "{ $number }": escreva um número decimal (12, 1.5, 1e3), hexadecimal (0xff) ou octal (0o17)
workflow-expr-double-quotes = { $token } inesperado: textos são escritos entre aspas simples, p. ex. 'texto'
workflow-expr-nested = { $token } inesperado: `{"${{"}` não pode ser aninhado dentro de uma expressão; escreva a expressão interna diretamente
workflow-expr-unexpected-symbol = { $token } inesperado: esperava-se um nome (letras, dígitos, _ e -), um número, um 'texto' ou um operador
workflow-found-array = um array
workflow-found-object = um objeto
workflow-expr-too-much-text = esta expressão gera mais de { $mib } MiB de texto, o que o GitHub também recusa
workflow-expr-contexts-here = aqui os contextos são { $list }
workflow-expr-context-not-here = o contexto "{ $name }" não está disponível aqui{ $listing }
workflow-expr-unknown-context = contexto desconhecido "{ $name }"{ $hint }
workflow-expr-hashfiles-no-workspace = hashFiles() precisa de `github.workspace`, o diretório a partir do qual seus padrões são lidos, e aqui ele não está definido
workflow-expr-fromjson-empty = fromJSON() recebeu um texto vazio: esperava-se um texto JSON como '{"{"}"a": 1{"}"}', '[1, 2]' ou 'true'
workflow-expr-fromjson-invalid = fromJSON() recebeu um JSON inválido ({ $error }): { $text }
workflow-expr-case-predicate = o predicado { $number } de case() deve ser true ou false, mas é { $found }: compare-o, p. ex. `x == 'valor'`
workflow-expr-format-invalid = o texto de formato { $template } é inválido: { $why } (escreva {"{{"} e {"}}"} para chaves literais)
workflow-expr-format-open = "{"{"}" no byte { $byte } deve ser seguido de um número de argumento e "{"}"}", como {"{"}0{"}"}
workflow-expr-format-too-large = número de argumento grande demais
workflow-expr-format-missing-arg = o texto de formato { $template } usa o argumento {"{"}{ $index }{"}"}, mas depois dele { $count ->
    [one] só foi passado { $count } argumento
   *[other] só foram passados { $count } argumentos
} (eles são numerados a partir de 0)
workflow-expr-format-close = "{"}"}" no byte { $byte } não fecha nada
workflow-expr-unterminated-template = {"${{"} … {"}}"} não fechado: adicione {"}}"} para fechar a expressão que começa aqui
workflow-expr-container-as-text = este `{"${{"} {"}}"}` é { $what }, onde se espera texto (o GitHub diz "A { $kind } was not expected"): envolva-o em toJSON(…) para escrevê-lo como JSON
workflow-condition-always-true = a condição { $condition } é sempre avaliada como true porque há caracteres a mais em volta de {"${{"} {"}}"}: o GitHub a lê como um texto, que nunca está vazio; escreva um único `{"${{"} … {"}}"}` em volta da condição inteira (ou nenhum), e `|-` ou `>-` se ela tiver várias linhas
workflow-trigger-runs-on = ele roda com { $events } (tente --event { $first })
workflow-trigger-never-local = os eventos dele ({ $events }) nunca são disparados localmente
workflow-trigger-no-event = `on:` não tem o evento `{ $event }`{ $hint }
workflow-trigger-cron-not-listed = o cron "{ $cron }" não é um dos de on.schedule {"["}{ $crons }]
workflow-not-triggered = não é disparado: { $message }
workflow-ref-branch = o branch "{ $name }"
workflow-ref-tag = a tag "{ $name }"
workflow-ref-base-branch = o branch base "{ $name }"
workflow-ref-excluded = o padrão "{ $pattern }" de { $what } { $patterns } exclui { $reference }
workflow-ref-no-match = { $reference } não corresponde a { $what } { $patterns }{ $hint }
workflow-ref-ignored = { $reference } corresponde a "{ $pattern }" de { $what } { $patterns }
workflow-ref-only-branches-filtered = { $reference }: on.{ $event } só filtra branches ({ $what }), então pushes de tags não o disparam; adicione `tags:` para rodar com elas
workflow-ref-only-tags-filtered = { $reference }: on.{ $event } só filtra tags ({ $what }), então pushes de branches não o disparam; adicione `branches:` para rodar com eles
workflow-paths-not-evaluated = { $what } não foi avaliado: os arquivos que este commit mudou não são conhecidos (informe-os com --changed-file CAMINHO)
workflow-paths-no-change = o commit não muda nenhum arquivo, então nada corresponde a { $what } { $patterns }
workflow-paths-no-match = nenhum arquivo alterado corresponde a { $what } { $patterns } (alterados: { $changed })
workflow-paths-ignore-no-change = o commit não muda nenhum arquivo, então nenhum escapa de { $what } { $patterns }
workflow-paths-all-ignored = todos os arquivos alterados correspondem a { $what } { $patterns } (alterados: { $changed })
workflow-types-not-listed = o tipo de atividade "{ $action }" não está em on.{ $event }.types {"["}{ $types }]
workflow-types-default = o tipo de atividade "{ $action }" não dispara `{ $event }` sem `types:` (só { $defaults } disparam); adicione `types: {"["}{ $action }]`
workflow-try-branch = para rodá-lo, faça push para "{ $name }" (--ref refs/heads/{ $name })
workflow-try-tag = para rodá-lo, faça push da tag "{ $name }" (--ref refs/tags/{ $name })
workflow-try-base = para rodá-lo, aponte para "{ $name }" (--base { $name })
workflow-files-and-more = { $files } e mais { $count }
workflow-pattern-nothing-to-repeat = `{ $char }` no caractere { $at } repete o caractere anterior, e não há nenhum para repetir; escreva `\{ $char }` para corresponder a um `{ $char }` literal
workflow-pattern-unclosed-bracket = o `[` no caractere { $at } nunca é fechado: adicione `]`, ou escreva `\[` para corresponder a um `[` literal
workflow-pattern-empty-brackets = `[]` no caractere { $at } não lista nenhum caractere: coloque entre os colchetes os caracteres que devem corresponder
workflow-pattern-bad-range = o intervalo `{ $range }` em `[{ $set }]` não é válido: intervalos só podem ficar dentro de a-z, A-Z ou 0-9, do menor para o maior
workflow-pattern-trailing-backslash = o padrão termina em `\`, que não escapa nada: remova-o
workflow-matrix-include-type = `{ $key }` deve ser uma lista de mapeamentos, mas é { $found }
workflow-matrix-vector-empty = o vetor "{ $key }" da matrix não tem valores: dê a ele pelo menos um, ou remova-o
workflow-matrix-vector-type = o vetor "{ $key }" da matrix deve ser uma lista de valores, mas é { $found }
workflow-matrix-entry-type = cada entrada de `{ $key }` deve ser um mapeamento, mas esta é { $found }
workflow-matrix-include-empty = uma entrada de `include` está vazia: dê a ela pelo menos um valor
workflow-matrix-exclude-empty = uma entrada de `exclude` está vazia: indique os valores a excluir
workflow-matrix-exclude-unknown = a chave "{ $key }" de `exclude` não é um vetor da matrix (vetores: { $vectors })
workflow-matrix-no-vector = a matrix não define nenhum vetor: adicione um (p. ex. `os: {"["}ubuntu-latest]`) ou entradas `include`
workflow-shell-empty = um shell não pode ser vazio
workflow-shell-did-you-mean = você quis dizer "{ $name }"? Se não,
workflow-shell-unknown = shell desconhecido "{ $shell }": { $hint }use um de { $known }, ou um comando com {"{"}0{"}"} onde vai o arquivo do script, p. ex. `{ $program } {"{"}0{"}"}`
workflow-or = ou
workflow-shell-no-bash = não é possível rodar o step: nem bash nem sh estão instalados (não encontrados no PATH)
workflow-shell-missing = não é possível rodar o step: o shell "{ $shell }" dele não está instalado aqui ({ $tried } não encontrado no PATH); instale-o ou escolha outro `shell:`
workflow-shell-program-missing = não é possível rodar o step: o programa de shell "{ $tried }" dele não está instalado aqui (não encontrado no PATH); instale-o ou escolha outro `shell:`
workflow-cannot-evaluate = não é possível avaliar { $what }: { $problem }
workflow-eval-concurrency-group = o grupo de `concurrency`
workflow-eval-job-environment = o `environment` do job
workflow-eval-step-if = o `if` do step
workflow-eval-job-if = o `if` do job
workflow-eval-script = o script
workflow-eval-output = o output "{ $name }"
workflow-eval-the-output = o output "{ $name }"
workflow-eval-the-output-code = o output `{ $name }`
workflow-eval-env = a variável env "{ $name }"
workflow-eval-name = o nome "{ $name }"
workflow-eval-input = o input `{ $name }`
workflow-eval-input-default = o valor padrão do input `{ $name }`
workflow-eval-default = o valor padrão de `{ $name }`
workflow-eval-secret = o secret `{ $name }`
workflow-eval-post-if = `post-if: { $cond }`
workflow-concurrency-group-empty = o grupo de `concurrency` está vazio; dê um nome a ele, p. ex. `group: deploy-${"{{"} github.ref {"}}"}`
workflow-no-approver = não há ninguém disponível para aprovar
workflow-job-continue-on-error = O job falhou, mas `continue-on-error` deixa a execução continuar (os jobs que precisam dele veem success).
workflow-cannot-clean = não é possível limpar { $path }: { $error }
workflow-cannot-create = não é possível criar { $path }: { $error }
workflow-cannot-start-job = não é possível iniciar o job "{ $job }": { $error }
workflow-cannot-write-script = não é possível escrever o script do step { $path }: { $error }
workflow-cannot-start-program = não é possível iniciar { $program }: { $error }
workflow-cannot-start-program-path = não é possível iniciar { $program }: { $error } (ele está instalado e no PATH?)
workflow-github-env-reserved = $GITHUB_ENV: { $name } não pode ser sobrescrita; ignorada
workflow-step-timed-out = Error: O step excedeu o seu timeout-minutes ({ $minutes }) e foi interrompido.
workflow-job-timed-out = Error: O job excedeu o seu timeout-minutes ({ $minutes }) e foi interrompido.
workflow-file-command-heredoc = linha inválida "{ $line }": esperava-se nome<<DELIMITADOR
workflow-file-command-unclosed = o valor de "{ $name }" começa com <<{ $delimiter } mas nenhuma linha "{ $delimiter }" o fecha
workflow-file-command-no-name = linha inválida "{ $line }": o nome antes de = está vazio
workflow-file-command-invalid = linha inválida "{ $line }": esperava-se nome=valor ou nome<<DELIMITADOR
workflow-call-missing-file = o workflow reutilizável { $uses } não existe no repositório ({ $path } não encontrado): confira o caminho
workflow-call-other-repo = o workflow reutilizável { $uses } está em outro repositório, que o devpath não consegue baixar: coloque uma cópia de { $owner }/{ $repo } em { $git_ref } em uma pasta de actions (`--actions-dir DIR` ou DEVPATH_ACTIONS_DIR) como DIR/{ $owner }/{ $repo }@{ $git_ref }/, ou copie o workflow para este repositório e chame-o como ./{ $file }
workflow-call-not-in-actions-dir = o workflow reutilizável { $uses } não está na pasta de actions (procurado em { $first } e { $second }): copie { $owner }/{ $repo } em { $git_ref } para lá
workflow-cannot-read = não é possível ler { $path }: { $error }
workflow-call-not-callable = { $file } não pode ser chamado: ele não tem `on: workflow_call`; adicione-o ao `on:` dele
workflow-call-no-inputs = (ele não declara nenhum input)
workflow-call-inputs-list = (os inputs dele: { $list })
workflow-call-unknown-input = { $file } não tem o input "{ $name }" em `on.workflow_call.inputs`{ $hint }
workflow-call-input-type = o input "{ $name }" de { $file } é do tipo { $kind }, mas recebe um valor do tipo { $given }
workflow-call-missing-input = o job "{ $job }" não passa o input obrigatório "{ $name }" de { $file }: adicione-o em `with:`
workflow-call-unknown-secret = { $file } não declara nenhum secret "{ $name }" em `on.workflow_call.secrets`
workflow-call-missing-secret = o job "{ $job }" não passa o secret obrigatório "{ $name }" de { $file }: adicione-o em `secrets:` (ou use `secrets: inherit`)
workflow-call-too-deep = `uses: { $uses }` aninha workflows reutilizáveis fundo demais: o GitHub conecta no máximo { $max } níveis de workflows (o chamador de topo e { $called } chamados)
workflow-call-too-many = `uses: { $uses }`: uma execução pode chamar no máximo { $max } workflows reutilizáveis distintos, incluindo os aninhados
workflow-call-input-value-type = o input "{ $name }" de { $file } é do tipo { $kind }, não "{ $value }"
workflow-call-default-type = o valor padrão de `{ $name }` não é do tipo { $kind }
workflow-call-input-not-given = o input obrigatório "{ $name }" de { $file } não foi passado: adicione-o em `with:`
workflow-call-secret-not-passed = o secret obrigatório "{ $name }" de { $file } não foi passado: adicione-o em `secrets:` (ou use `secrets: inherit`)
workflow-max-parallel-value = `max-parallel` deve ser um número inteiro de pelo menos 1, mas a expressão dele dá { $value }
workflow-matrix-value = `matrix` deve dar um mapeamento de vetores (p. ex. {"{"}"os": ["ubuntu-latest"]{"}"}), mas a expressão dele dá { $value }
workflow-matrix-invalid = a matrix do job "{ $job }" é inválida: { $problems }
workflow-timeout-value = `timeout-minutes` deve ser um número positivo de minutos, mas a expressão dele dá { $value }
workflow-output-has-secret = o output "{ $name }" do job "{ $job }" contém um secret, então não é repassado (como no GitHub)
workflow-env-value = `env` deve dar um mapeamento de nomes para valores (p. ex. {"{"}"NAME": "value"{"}"}), mas a expressão dele dá { $value }
workflow-wait-timer = Aguardando { $seconds } s: o temporizador de espera do environment "{ $environment }"
workflow-dispatch-no-inputs = (este workflow não declara nenhum input)
workflow-dispatch-declared = (declarados: { $list })
workflow-dispatch-unexpected = input inesperado "{ $name }"{ $hint }
workflow-dispatch-missing = falta o input obrigatório "{ $name }": passe --input { $name }=VALOR
workflow-dispatch-boolean = o input "{ $name }" é booleano: dê true ou false, não "{ $value }"
workflow-dispatch-number = o input "{ $name }" é um número, não "{ $value }"
workflow-dispatch-choice = o input "{ $name }" deve ser um de { $options }, não "{ $value }"
workflow-activity-github-sends = (o GitHub envia: { $list })
workflow-activity-unknown = "{ $action }" não é um tipo de atividade de { $event }{ $hint }
workflow-error-invalid = { $file } tem { $count } erro(s); nada foi executado
workflow-error-workspace = não é possível preparar o espaço de trabalho do job { $path }: { $error }
workflow-error-inputs = { $file }: inputs errados para workflow_dispatch; nada foi executado:
workflow-error-internal = o executor de workflows parou inesperadamente: { $message }; por favor, relate este bug
workflow-cannot-run-docker = não é possível executar o docker: { $error }
workflow-services-no-docker = o { $place } tem `services:` ou `container:`, que precisam da CLI do `docker`, e ela não está instalada aqui (não encontrada no PATH)
workflow-service-image-missing = o serviço "{ $label }" do { $place } usa a imagem { $image }, que não está no Docker local e não pode ser baixada offline: faça `docker pull { $image }` (ou `docker load`) antes da execução
workflow-container-image-missing = o `container` do { $place } usa a imagem { $image }, que não está no Docker local e não pode ser baixada offline: faça `docker pull { $image }` (ou `docker load`) antes da execução
workflow-cannot-create-network = { $place }: não é possível criar a rede { $network }: { $error }
workflow-cannot-create-service = { $place }: não é possível criar o serviço "{ $label }" ({ $image }): { $error }
workflow-cannot-start-service = { $place }: não é possível iniciar o serviço "{ $label }" ({ $image }): { $error }
workflow-service-started = serviço "{ $label }" ({ $image }) iniciado como { $name } em { $network }
workflow-cannot-start-container = { $place }: não é possível iniciar o contêiner dele ({ $image }): { $error }
workflow-container-started = contêiner { $image } iniciado como { $name }
workflow-service-healthy = o serviço "{ $label }" está saudável (healthy)
workflow-service-failed = { $place }: o serviço "{ $label }" não conseguiu inicializar: está { $status }
workflow-service-wait-cancelled = { $place }: cancelado enquanto aguardava o serviço "{ $label }" ficar saudável
workflow-service-not-healthy = { $place }: o serviço "{ $label }" não ficou saudável antes de o tempo do job acabar
workflow-local-action-missing = `uses: { $uses }` é uma action local, mas o workspace não tem { $uses }/action.yml (nem action.yaml): confira o caminho e se um step fez checkout do repositório antes (`uses: actions/checkout@v4`)
workflow-action-not-offline = `uses: { $uses }` não está disponível offline: o devpath não consegue baixar { $name } e traz embutidas estas actions: { $builtins }. Coloque uma cópia da action em uma pasta de actions (`--actions-dir DIR` ou DEVPATH_ACTIONS_DIR) como DIR/{ $layout }, ou escreva o step como um script `run:`
workflow-its-ref = a ref dela
workflow-action-not-in-folder = `uses: { $uses }` não está disponível offline: ela não é embutida ({ $builtins }) e a pasta de actions não tem um action.yml para ela (procurado em { $looked }): copie para lá o repositório da action em { $git_ref }
workflow-not-docker-action = `uses: { $uses }` não é uma action de docker
workflow-docker-action-no-cli = `uses: { $uses }` é uma action de contêiner Docker e precisa da CLI do `docker`, que não está instalada aqui (não encontrada no PATH)
workflow-docker-action-image-missing = `uses: { $uses }` roda a imagem { $name }, que não está no Docker local, e o devpath nunca faz pull: faça `docker pull { $name }` (ou `docker load`) antes da execução
workflow-docker-action-build-failed = `uses: { $uses }`: não foi possível construir a imagem da action a partir de { $path } (offline: a imagem base dela já precisa estar no Docker)
workflow-not-node-action = `uses: { $uses }` não é uma action de node
workflow-node-action-no-node = `uses: { $uses }` é uma action JavaScript (`using: { $using }`) e precisa do `node`, que não está instalado aqui (não encontrado no PATH): instale o Node.js ou escreva o step como um script `run:`
workflow-checkout-other-repo = `repository: { $repository }` é outro repositório, que o devpath não consegue clonar offline; só o repositório desta execução ({ $current }) pode receber checkout
workflow-checkout-other-ref = `ref: { $git_ref }` não é o commit que esta execução simula ({ $sha }); o devpath só consegue fazer checkout desse commit
workflow-checkout-path = `path: { $path }` deve ser uma pasta dentro do workspace
workflow-checkout-copy-failed = actions/checkout: não é possível copiar { $from } para { $to }: { $error }
workflow-the-workspace = o workspace
workflow-checked-out = Checkout de { $repository } em { $sha } feito em { $place }
workflow-docker-exit-code = o docker terminou com o código { $code }
workflow-docker-killed = o docker foi encerrado pelo sinal { $signal }
workflow-docker-timed-out = o tempo do job acabou
workflow-docker-cli-missing = a CLI do docker não está instalada aqui (docker não encontrado no PATH); instale o Docker para rodar esta action
workflow-login-cloud = `{ $name }` é para um registry na nuvem (Amazon ECR, scopes do Docker Hub), que o devpath não alcança offline; faça login com `registry`, `username` e `password`
workflow-login-no-registry = nenhum `registry` foi dado, então a action faz login no Docker Hub (docker.io), que não é acessível offline; defina `registry:` como o registry para o qual você faz push (p. ex. `${"{{"} vars.REGISTRY {"}}"}`)
workflow-login-credentials = informe `username` e `password` (de um secret, p. ex. `${"{{"} secrets.REGISTRY_TOKEN {"}}"}`)
workflow-buildx-driver = `driver: { $driver }` precisa de um builder remoto ou de cluster, que o devpath não alcança offline; remova `driver`
workflow-buildx-platforms = Warning: `platforms: { $platforms }`: aqui este builder só constrói para { $platform }
workflow-buildx-default-builder = Warning: o devpath não cria nenhum builder docker-container: os builds usam o builder padrão do buildx (driver docker)
workflow-buildx-missing = Warning: o docker buildx não está instalado aqui: os builds usam o builder legado (legacy) do Docker. Os inputs de docker/build-push-action que só existem com BuildKit (secrets, cache-from/cache-to, várias plataformas, outputs, attestations) falham com uma mensagem; instale o plugin docker-buildx para remover essa limitação.
workflow-qemu-none = Warning: o devpath não instala emuladores QEMU (`platforms: { $asked }`): a action rodaria a imagem privilegiada tonistiigi/binfmt, que não está disponível offline. As imagens são construídas só para { $platform }.
workflow-build-no-attestations = Warning: `{ $name }: { $value }`: o builder legado não gera attestations; a imagem não tem nenhuma
workflow-build-builder = Warning: `builder: { $builder }`: o devpath constrói com o builder do próprio Docker
workflow-build-pull = Warning: `pull: true`: o devpath nunca faz pull (ele roda offline); são usadas as imagens base que já estão no Docker
workflow-build-give-tags = informe `tags:` (p. ex. `${"{{"} steps.meta.outputs.tags {"}}"}`)
workflow-build-failed = o docker build falhou: { $error } (veja a saída do build acima)
workflow-push-failed = o docker push { $tag } falhou: { $error }
workflow-buildkit-platforms = `platforms` com vários valores ({ $platforms })
workflow-buildkit-platform = `platforms: { $only }` (esta máquina constrói para { $host }, sem emulação)
workflow-buildkit-cache-from = `cache-from` com um `type=` (gha, registry, local…)
workflow-buildkit-no-options = o devpath constrói com `docker build` e ainda não passa opções do BuildKit ao buildx
workflow-buildkit-legacy-only = aqui só o builder legado está instalado (`docker buildx version` falha), e ele não as suporta
workflow-buildkit-needed = { $used } precisam do BuildKit: { $why }. Remova-os para construir aqui ou instale o plugin docker-buildx.
workflow-build-remote-context = `context: { $context }` é um contexto remoto, que o devpath não consegue obter offline; construa a partir de uma pasta do workspace (p. ex. `context: .`)
workflow-build-context-missing = `context: { $context }` não é uma pasta do workspace (um step de checkout rodou antes?)
workflow-setup-go-cache = O cache de módulos do Go não é restaurado offline: o devpath roda com as dependências que já estão nesta máquina
workflow-setup-cache = O cache de dependências `cache: { $cache }` não é restaurado offline: o devpath roda com as dependências que já estão nesta máquina
workflow-setup-not-found = não há { $programs } no PATH ({ $path }): instale { $tool } (o devpath não baixa ferramentas; ele usa as que estão instaladas)
workflow-setup-not-found-version = não há { $programs } no PATH ({ $path }): instale { $tool } versão { $version } (o devpath não baixa ferramentas; ele usa as que estão instaladas)
workflow-setup-wrong-version = instale { $tool } versão { $spec }: o { $program } do PATH ({ $path }) é { $found }, que não satisfaz `{ $spec }` (o devpath não baixa ferramentas; instale-a ou peça a versão instalada)
workflow-setup-undecided = `{ $spec }` { $why } offline; usando o { $tool } do PATH, { $found }
workflow-setup-node-unspecified = o input node-version não foi informado: é usado o Node.js do PATH
workflow-setup-using = Usando { $tool } { $version } de { $path } (offline: encontrado no PATH, nada foi baixado)
workflow-setup-java-distribution = A distribuição ({ $distribution }) do JDK do PATH não é verificada offline
workflow-setup-no-version-in-file = nenhuma versão de { $tool } encontrada em { $file }
workflow-setup-newest-release = indica a versão mais recente, que não dá para saber
workflow-setup-newest-lts = indica a linha LTS mais recente, que não dá para saber
workflow-setup-bad-range = não é um intervalo de versões que o devpath consiga ler
workflow-artifact-immutable = Os artifacts são imutáveis desde a v4: dê a cada upload o seu próprio `name:` (p. ex. com os valores da matrix) ou defina `overwrite: true`
workflow-artifact-copy-failed = não é possível copiar { $path } para o artifact: { $error }
workflow-artifact-local-folder = uma pasta local: o devpath guarda os artifacts só para esta execução
workflow-artifact-other-run = `run-id: { $run_id }` é outra execução; offline, o devpath só tem os artifacts desta execução (remova `run-id`)
workflow-artifact-none-uploaded = nenhum artifact foi enviado antes deste step (este job tem em `needs:` o job que o envia?)
workflow-artifact-run-has = esta execução tem: { $names }
workflow-cannot-write = não é possível escrever { $path }: { $error }
workflow-cache-restore-failed = não é possível restaurar a entrada de cache { $path }: { $error }
workflow-cache-evicted = ({ $count ->
    [one] { $count } entrada usada há mais tempo foi removida
   *[other] { $count } entradas usadas há mais tempo foram removidas
} para ficar abaixo de { $limit } MiB, em { $dir })
workflow-cache-too-big = os arquivos têm { $size } bytes, mais do que o cache do devpath guarda ({ $limit } bytes)
workflow-cannot-write-to = não é possível escrever em { $path }: { $error }
workflow-metadata-type-unsupported = o devpath ainda não suporta regras `type={ $kind }`; use `type=semver`, `type=ref`, `type=raw` ou `type=sha`
workflow-metadata-match-unsupported = o devpath ainda não suporta o atributo `match` de `type=semver`; informe a versão em `value`
workflow-metadata-tz = offline, o devpath só conhece o fuso horário UTC; remova `tz`
workflow-working-directory-missing = o working-directory "{ $dir }" não existe no workspace (um step de checkout rodou antes?)
workflow-workflow-concurrency = `concurrency` do workflow
workflow-name-in = nome `{ $key }` no { $what }
workflow-schedule-entry = item de `on.schedule`
workflow-each-entry-of = cada entrada de { $what }
workflow-setup-version-file-hint = confira o caminho ou rode actions/checkout antes
workflow-composite-max-depth = o GitHub aninha no máximo { $count } actions
workflow-checkout-fetch-depth = a entrada `fetch-depth: { $value }` deve ser um número de commits (0: todo o histórico)
workflow-checkout-no-git = o workspace tem os arquivos do commit, mas não .git ({ $problem }), então os steps que rodarem git nele vão falhar; verifique se `git log -1` funciona no seu repositório
workflow-checkout-no-git-program = o git não está instalado aqui (não encontrado no PATH)
workflow-ctr-docker-missing = a imagem do container do job { $image } não tem a CLI do docker: em um job com `container:` esta action roda dentro do container, e o GitHub a faz falhar ali (Unable to locate executable file: docker); use uma imagem com a CLI do docker ou execute o job sem `container:`
workflow-ctr-node-host = o devpath executa esta action dentro do container do job com o Node.js { $version } deste computador, montado somente leitura em /__devpath/node; o runner do GitHub monta ali o seu próprio ({ $using })
workflow-ctr-node-lib-missing = o node deste computador ({ $node }) não pode ser montado no container do job: o ldd não encontra a biblioteca { $lib }; reinstale o Node.js
workflow-ctr-node-not-mounted = esta action de JavaScript é executada dentro do container do job (imagem { $image }), mas não foi possível montar ali o node deste computador: { $error }
workflow-ctr-setup-missing = falta { $tool } na imagem do container do job { $image }: não há { $programs } no PATH dela ({ $path }); o devpath não baixa ferramentas: use uma imagem que tenha { $tool } ou instale-o na imagem
workflow-ctr-setup-missing-version = falta { $tool } versão { $version } na imagem do container do job { $image }: não há { $programs } no PATH dela ({ $path }); o devpath não baixa ferramentas: use uma imagem que tenha { $tool } { $version } ou instale-o na imagem
workflow-ctr-setup-wrong-version = a imagem do container do job { $image } tem { $tool } { $found } ({ $path }), que não satisfaz `{ $spec }`; o devpath não baixa ferramentas: use uma imagem com { $tool } { $spec } ou peça a versão que a imagem tem
workflow-svc-image-empty = { $what } não nomeia nenhuma imagem ({ $found }): o GitHub recusa uma imagem vazia ("Container image cannot be empty"); nomeie uma imagem, p. ex. `{ $example }`
workflow-svc-evaluated = { $what } foi avaliado como { $found }, mas era esperado { $expected }: corrija o valor que a expressão dá
workflow-svc-evaluated-key = { $what } foi avaliado como um mapeamento com a chave desconhecida "{ $key }"{ $hint }: corrija o valor que a expressão dá
workflow-svc-empty-label = { $what } foi avaliado como um mapeamento com um rótulo vazio: cada service precisa de um nome, p. ex. {"{"}"db": "postgres:16"{"}"}
workflow-svc-expected-services = um mapeamento de services por rótulo, p. ex. {"{"}"db": "postgres:16"{"}"}
workflow-svc-expected-container = o nome de uma imagem ou um mapeamento com `image`
workflow-svc-expected-text = um texto
workflow-svc-expected-list = uma lista de textos
workflow-svc-expected-mapping = um mapeamento de textos
workflow-runs-on-other-os = `runs-on: { $label }` pede um runner { $os }, mas o devpath executa cada job nesta máquina Linux: aqui `runner.os` é Linux, e os steps que precisam de { $os } falham

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
