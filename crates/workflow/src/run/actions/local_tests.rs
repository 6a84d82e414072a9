//! Local actions, the action folder, node and docker actions, run for real.

use crate::JobResult;
use crate::run::testing::run_with_files;

const GREET: &str = r#"name: greet
inputs:
  who:
    required: true
  greeting:
    default: Hello
outputs:
  message:
    value: ${{ steps.say.outputs.message }}
  inner:
    value: ${{ steps.nested.outputs.shout }}
runs:
  using: composite
  steps:
    - id: say
      shell: bash
      run: |
        echo "${{ inputs.greeting }}, ${{ inputs.who }} from $(basename "${{ github.action_path }}") $(basename "$GITHUB_ACTION_PATH") INPUT=${INPUT_WHO:-none} STEP_ENV=$STEP_ENV"
        echo "message=${{ inputs.greeting }} ${{ inputs.who }}" >> "$GITHUB_OUTPUT"
    - id: nested
      uses: ./.github/actions/shout
      with:
        text: ${{ steps.say.outputs.message }}
"#;

const SHOUT: &str = r#"inputs:
  text: {}
outputs:
  shout:
    value: ${{ steps.up.outputs.v }}
runs:
  using: composite
  steps:
    - id: up
      shell: sh
      run: echo "v=$(echo '${{ inputs.text }}' | tr a-z A-Z)" >> "$GITHUB_OUTPUT"
"#;

#[test]
fn composite_actions_nest_with_inputs_defaults_and_outputs() {
    let src = r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - uses: actions/checkout@v4
      - id: g
        uses: ./.github/actions/greet
        with:
          who: World
        env:
          STEP_ENV: e1
      - run: echo "${{ steps.g.outputs.message }} / ${{ steps.g.outputs.inner }}"
"#;
    let ran = run_with_files(
        src,
        &[
            (".github/actions/greet/action.yml", GREET),
            (".github/actions/shout/action.yaml", SHOUT),
        ],
        &[],
    );
    assert_eq!(ran.result("j"), JobResult::Success, "{:?}", ran.logs("j"));
    let logs = ran.logs("j");
    assert!(
        logs.contains(&"Hello, World from greet greet INPUT=none STEP_ENV=e1".to_string()),
        "{logs:?}"
    );
    assert!(
        logs.contains(&"Hello World / HELLO WORLD".to_string()),
        "{logs:?}"
    );
    // One step in the report for the composite, as on GitHub.
    assert_eq!(ran.job("j").steps.len(), 3);
}

#[test]
fn a_local_action_before_checkout_fails_and_says_why() {
    let src = "on: push\njobs:\n  j:\n    runs-on: x\n    steps:\n      - uses: ./.github/actions/greet\n";
    let ran = run_with_files(src, &[(".github/actions/greet/action.yml", GREET)], &[]);
    assert_eq!(ran.result("j"), JobResult::Failure);
    let logs = ran.logs("j").join("\n");
    assert!(
        logs.contains("ci.yml:6:15: `uses: ./.github/actions/greet` is a local action, but the workspace has no ./.github/actions/greet/action.yml"),
        "{logs}"
    );
}

#[test]
fn a_composite_run_step_needs_its_shell() {
    let action = "runs:\n  using: composite\n  steps:\n    - run: echo hi\n";
    let src = "on: push\njobs:\n  j:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ./act\n";
    let ran = run_with_files(src, &[("act/action.yml", action)], &[]);
    assert_eq!(ran.result("j"), JobResult::Failure);
    let logs = ran.logs("j").join("\n");
    assert!(
        logs.contains(
            "./act/action.yml:4:7: step 1 of the composite action runs a script without `shell:`"
        ),
        "{logs}"
    );
}

#[test]
fn composite_nesting_stops_at_the_runners_depth() {
    // An action that uses itself: the runner refuses the 11th level.
    let action = "runs:\n  using: composite\n  steps:\n    - shell: bash\n      run: echo level\n    - uses: ./loop\n";
    let src = "on: push\njobs:\n  j:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ./loop\n";
    let ran = run_with_files(src, &[("loop/action.yml", action)], &[]);
    assert_eq!(ran.result("j"), JobResult::Failure);
    let logs = ran.logs("j");
    assert_eq!(
        logs.iter().filter(|l| *l == "level").count(),
        10,
        "{logs:?}"
    );
    assert!(
        logs.iter()
            .any(|l| l.contains("Composite action depth exceeded max depth 9")),
        "{logs:?}"
    );
}

#[test]
fn remote_actions_run_from_the_action_folder_or_fail_naming_it() {
    let action = "inputs:\n  name: {default: folder}\noutputs:\n  said:\n    value: ${{ steps.s.outputs.said }}\nruns:\n  using: composite\n  steps:\n    - id: s\n      shell: bash\n      run: echo \"said=hi from ${{ inputs.name }}\" >> \"$GITHUB_OUTPUT\"\n";
    let src = r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - id: a
        uses: octo/hello@v1
      - id: b
        uses: octo/tools/say@v2
        with:
          name: sub
      - id: c
        uses: octo/flat@v3
      - run: echo "${{ steps.a.outputs.said }}; ${{ steps.b.outputs.said }}; ${{ steps.c.outputs.said }}"
      - uses: octo/missing@v1
"#;
    let ran = run_with_files(
        src,
        &[],
        &[
            ("octo/hello@v1/action.yml", action),
            ("octo/tools@v2/say/action.yml", action),
            // act's own layout: `/` made `-`.
            ("octo-flat@v3/action.yaml", action),
        ],
    );
    let logs = ran.logs("j");
    assert!(
        logs.contains(&"hi from folder; hi from sub; hi from folder".to_string()),
        "{logs:?}"
    );
    assert_eq!(ran.result("j"), JobResult::Failure);
    let last = logs.last().unwrap();
    assert!(
        last.starts_with("ci.yml:15:15: `uses: octo/missing@v1` is not available offline")
            && last.contains("/actions/octo/missing@v1")
            && last.contains("/actions/octo-missing@v1"),
        "{last}"
    );
}

#[test]
fn without_an_action_folder_the_message_says_how_to_provide_one() {
    let src =
        "on: push\njobs:\n  j:\n    runs-on: x\n    steps:\n      - uses: octo/tools/say@v2\n";
    let ran = run_with_files(src, &[], &[]);
    let logs = ran.logs("j").join("\n");
    assert!(
        logs.contains("`--actions-dir DIR` or DEVPATH_ACTIONS_DIR) as DIR/octo/tools@v2/say"),
        "{logs}"
    );
}

const NODE_ACTION: &str = "inputs:\n  who: {default: node}\n  extra word: {}\nruns:\n  using: node20\n  main: main.js\n  post: post.js\n";
const NODE_MAIN: &str = r#"const fs = require('fs');
console.log(`main ${process.env.INPUT_WHO} [${process.env['INPUT_EXTRA_WORD']}]`);
fs.appendFileSync(process.env.GITHUB_OUTPUT, `greeting=hi ${process.env.INPUT_WHO}\n`);
fs.appendFileSync(process.env.GITHUB_STATE, `started=yes\n`);
"#;
const NODE_POST: &str = "console.log(`post state=${process.env.STATE_started}`);\n";

#[test]
fn node_actions_run_main_with_inputs_and_post_at_the_end() {
    let src = r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - uses: actions/checkout@v4
      - id: n
        uses: ./node-act
        with:
          extra word: two
      - run: echo "output ${{ steps.n.outputs.greeting }}"
"#;
    let ran = run_with_files(
        src,
        &[
            ("node-act/action.yml", NODE_ACTION),
            ("node-act/main.js", NODE_MAIN),
            ("node-act/post.js", NODE_POST),
        ],
        &[],
    );
    let logs = ran.logs("j");
    if crate::run::script::resolve("node", &std::env::var("PATH").unwrap_or_default()).is_none() {
        assert!(logs.iter().any(|l| l.contains("needs `node`")), "{logs:?}");
        return;
    }
    assert_eq!(ran.result("j"), JobResult::Success, "{logs:?}");
    assert_eq!(
        logs[1..],
        ["main node [two]", "output hi node", "post state=yes"]
    );
    let steps: Vec<&str> = ran.job("j").steps.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(steps.last(), Some(&"Post Run ./node-act"));
}

#[test]
fn a_node_action_without_node_fails_naming_it() {
    let src = "on: push\njobs:\n  j:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ./node-act\n        env:\n          PATH: /nonexistent\n";
    let ran = run_with_files(
        src,
        &[
            ("node-act/action.yml", NODE_ACTION),
            ("node-act/main.js", NODE_MAIN),
        ],
        &[],
    );
    assert_eq!(ran.result("j"), JobResult::Failure);
    let logs = ran.logs("j").join("\n");
    assert!(
        logs.contains("`uses: ./node-act` is a JavaScript action (`using: node20`) and needs `node`, which is not installed here"),
        "{logs}"
    );
}

#[test]
fn a_node_action_from_the_folder_runs_pre_before_the_first_step() {
    if crate::run::script::resolve("node", &std::env::var("PATH").unwrap_or_default()).is_none() {
        return; // Covered by a_node_action_without_node_fails_naming_it.
    }
    let action = "inputs:\n  who: {default: pre}\nruns:\n  using: node24\n  pre: pre.js\n  main: main.js\n  post: post.js\n";
    let pre = "console.log(`pre ${process.env.INPUT_WHO}`);\nrequire('fs').appendFileSync(process.env.GITHUB_STATE, 'started=from-pre\\n');\n";
    let main = "console.log(`main sees ${process.env.STATE_started}`);\n";
    let src = "on: push\njobs:\n  j:\n    runs-on: x\n    steps:\n      - run: echo first step\n      - uses: octo/node-act@v1\n";
    let ran = run_with_files(
        src,
        &[],
        &[
            ("octo/node-act@v1/action.yml", action),
            ("octo/node-act@v1/pre.js", pre),
            ("octo/node-act@v1/main.js", main),
            ("octo/node-act@v1/post.js", NODE_POST),
        ],
    );
    assert_eq!(ran.result("j"), JobResult::Success, "{:?}", ran.logs("j"));
    assert_eq!(
        ran.logs("j"),
        [
            "Pre Run octo/node-act@v1",
            "pre pre",
            "first step",
            "main sees from-pre",
            "post state=from-pre"
        ]
    );
}

/// Needs the Docker engine (like the engine tests) and its offline base
/// image `devpath/base:1`; never pulls.
#[test]
fn docker_actions_build_offline_and_run_with_the_workspace() {
    let action = "inputs:\n  who: {default: docker}\nruns:\n  using: docker\n  image: Dockerfile\n  args: ['${{ inputs.who }}']\n  env:\n    FROM_ACTION: 'yes'\n";
    let dockerfile = "FROM devpath/base:1\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT [\"/bin/sh\", \"/entrypoint.sh\"]\n";
    let entrypoint = "echo \"hello $1 INPUT_WHO=$INPUT_WHO in $(pwd) sees $(cat app.txt) env=$FROM_ACTION step=$STEP\"\necho \"said=hi $1\" >> \"$GITHUB_OUTPUT\"\necho made > made-in-container.txt\n";
    let src = r#"on: push
jobs:
  j:
    runs-on: x
    steps:
      - uses: actions/checkout@v4
      - id: d
        uses: ./dock
        with:
          who: engine
        env:
          STEP: s
      - run: echo "$(cat made-in-container.txt) ${{ steps.d.outputs.said }}"
      - uses: docker://devpath/base:1
        with:
          args: echo "from  image"
      - uses: docker://devpath-test/absent:none
"#;
    let ran = run_with_files(
        src,
        &[
            ("dock/action.yml", action),
            ("dock/Dockerfile", dockerfile),
            ("dock/entrypoint.sh", entrypoint),
        ],
        &[],
    );
    let logs = ran.logs("j");
    assert!(
        logs.contains(
            &"hello engine INPUT_WHO=engine in /github/workspace sees v1 env=yes step=s"
                .to_string()
        ),
        "{logs:#?}"
    );
    assert!(logs.contains(&"made hi engine".to_string()), "{logs:#?}");
    assert!(logs.contains(&"from  image".to_string()), "{logs:#?}");
    assert!(
        logs.last().unwrap().contains("runs the image devpath-test/absent:none, which is not in the local Docker engine, and devpath never pulls"),
        "{logs:#?}"
    );
    assert_eq!(ran.result("j"), JobResult::Failure);
    // The image built for the step is gone with it.
    let left = std::process::Command::new("docker")
        .args([
            "image",
            "ls",
            "-q",
            "--filter",
            "reference=devpath-action-7-j-*",
        ])
        .output()
        .unwrap();
    assert!(left.status.success());
    assert_eq!(String::from_utf8_lossy(&left.stdout).trim(), "");
}

#[test]
fn an_action_step_keeps_its_own_timeout() {
    if crate::run::script::resolve("node", &std::env::var("PATH").unwrap_or_default()).is_none() {
        return;
    }
    let action = "runs:\n  using: node20\n  main: main.js\n";
    let main = "setTimeout(() => console.log('too late'), 30000);\n";
    let src = "on: push\njobs:\n  j:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ./slow\n        timeout-minutes: 0.01\n      - if: always()\n        run: echo after\n";
    let start = std::time::Instant::now();
    let ran = run_with_files(
        src,
        &[("slow/action.yml", action), ("slow/main.js", main)],
        &[],
    );
    assert!(start.elapsed() < std::time::Duration::from_secs(10));
    let logs = ran.logs("j");
    assert!(
        logs.contains(
            &"Error: The step exceeded its timeout-minutes (0.01) and was stopped.".to_string()
        ),
        "{logs:?}"
    );
    assert_eq!(logs.last().unwrap(), "after");
}

#[test]
fn a_composite_action_cannot_read_secrets() {
    let action = "inputs:\n  token: {}\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      run: echo \"${{ inputs.token }}\"\n    - shell: bash\n      env:\n        T: ${{ secrets.TOKEN }}\n      run: echo \"$T\"\n";
    let src = "on: push\njobs:\n  j:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ./act\n        with:\n          token: ${{ secrets.TOKEN }}\n";
    let ran = run_with_files(src, &[("act/action.yml", action)], &[]);
    assert_eq!(ran.result("j"), JobResult::Failure);
    let logs = ran.logs("j").join("\n");
    assert!(
        logs.contains(
            "./act/action.yml:10:12: the `secrets` context is not available in a composite action"
        ),
        "{logs}"
    );
    assert!(!logs.contains("tok-123"), "{logs}");
}

#[test]
fn every_error_of_an_action_file_is_its_own_line() {
    let action = "runs:\n  using: composite\n  steps:\n    - run: echo one\n    - run: echo two\n";
    let src = "on: push\njobs:\n  j:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ./act\n";
    let ran = run_with_files(src, &[("act/action.yml", action)], &[]);
    let logs = ran.logs("j");
    assert_eq!(logs.len(), 3, "{logs:#?}");
    assert!(
        logs[1].starts_with("./act/action.yml:4:7: step 1"),
        "{logs:#?}"
    );
    assert!(
        logs[2].starts_with("./act/action.yml:5:7: step 2"),
        "{logs:#?}"
    );
}

/// `$/PATH` (GitHub's self-repository form, July 2026) is the workflow's
/// own repository at the running commit: no checkout needed, unlike `./`.
#[test]
fn a_self_repository_action_runs_without_a_checkout() {
    let src = "on: push\njobs:\n  j:\n    runs-on: x\n    steps:\n      - id: s\n        uses: $/.github/actions/shout\n        with:\n          text: offline\n      - run: echo \"${{ steps.s.outputs.shout }}\"\n";
    let ran = run_with_files(src, &[(".github/actions/shout/action.yml", SHOUT)], &[]);
    assert_eq!(ran.result("j"), JobResult::Success, "{:?}", ran.logs("j"));
    assert!(
        ran.logs("j").contains(&"OFFLINE".to_string()),
        "{:?}",
        ran.logs("j")
    );
}

/// Inside a composite action, `$/` is the action's own repository (its
/// already-resolved name and ref), not the workflow's.
#[test]
fn self_repository_steps_of_a_folder_action_resolve_in_its_repository() {
    let outer = "runs:\n  using: composite\n  steps:\n    - id: s\n      uses: $/helpers/shout\n      with:\n        text: nested\n    - shell: sh\n      run: echo \"${{ steps.s.outputs.shout }}\"\n";
    let src =
        "on: push\njobs:\n  j:\n    runs-on: x\n    steps:\n      - uses: octo/tools/outer@v2\n";
    let ran = run_with_files(
        src,
        &[],
        &[
            ("octo/tools@v2/outer/action.yml", outer),
            ("octo/tools@v2/helpers/shout/action.yml", SHOUT),
        ],
    );
    assert_eq!(ran.result("j"), JobResult::Success, "{:?}", ran.logs("j"));
    assert!(
        ran.logs("j").contains(&"NESTED".to_string()),
        "{:?}",
        ran.logs("j")
    );
}
