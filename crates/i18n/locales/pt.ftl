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
