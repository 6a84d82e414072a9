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

## pipeline

## validate

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
workflow-container-no-image = { $what } não indica nenhuma imagem: p. ex. `node:20`
workflow-container-no-image-key = { $what } não tem `image`: adicione `image: <nome>`
workflow-place-service = serviço "{ $label }" do { $place }
workflow-service-type = { $service }: deve ser um mapeamento com `image:`, mas é { $found }
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

## dev

