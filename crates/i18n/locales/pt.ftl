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

## dev

