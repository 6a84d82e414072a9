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

## pipeline

## validate

## workflow

## dev

