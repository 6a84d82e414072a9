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

## errors

## pipeline

## validate

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
