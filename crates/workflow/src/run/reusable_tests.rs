//! Reusable workflows run for real: typed inputs, secrets, outputs,
//! nesting limits and the checks made before the run.

use super::super::testing::{run_with_files, try_run_with_files};
use crate::{JobResult, WorkflowError};

const BUILD: &str = r#"on:
  workflow_call:
    inputs:
      tag:
        type: string
        required: true
      count:
        type: number
        default: 2
      push:
        type: boolean
        default: false
    secrets:
      TOKEN:
        required: true
    outputs:
      image:
        value: ${{ jobs.build.outputs.image }}
jobs:
  build:
    runs-on: x
    outputs:
      image: ${{ steps.b.outputs.image }}
    steps:
      - id: b
        run: |
          echo "tag=${{ inputs.tag }} count=${{ inputs.count }} two=${{ inputs.count == 2 }} push=${{ inputs.push }} bool=${{ inputs.push == false }} token=${{ secrets.TOKEN }} key=${{ secrets.KEY != '' }} event=${{ github.event_name }}"
          echo "image=app:${{ inputs.tag }}" >> "$GITHUB_OUTPUT"
"#;

#[test]
fn a_called_workflow_gets_typed_inputs_inherited_secrets_and_gives_outputs() {
    let src = r#"on: push
jobs:
  call:
    uses: ./.github/workflows/build.yml
    with:
      tag: v1
    secrets: inherit
  deploy:
    needs: call
    runs-on: x
    steps:
      - run: echo "deploy ${{ needs.call.outputs.image }} ${{ needs.call.result }}"
"#;
    let ran = run_with_files(src, &[(".github/workflows/build.yml", BUILD)], &[]);
    let logs = ran.logs("call");
    assert_eq!(ran.result("call"), JobResult::Success, "{logs:?}");
    assert_eq!(
        logs,
        [
            "call / build",
            "tag=v1 count=2 two=true push=false bool=true token=*** key=true event=push",
            "call / build: success",
        ]
    );
    assert_eq!(ran.job("call").outputs["image"], "app:v1");
    assert_eq!(ran.logs("deploy"), ["deploy app:v1 success"]);
    assert_eq!(
        ran.job("call").steps[0].name.split(':').next(),
        Some("call / build")
    );
}

#[test]
fn named_secrets_only_reach_the_called_workflow() {
    let src = r#"on: push
jobs:
  call:
    uses: ./.github/workflows/build.yml
    with:
      tag: ${{ github.ref_name }}
      count: ${{ 2 }}
      push: true
    secrets:
      TOKEN: ${{ secrets.TOKEN }}
"#;
    let ran = run_with_files(src, &[(".github/workflows/build.yml", BUILD)], &[]);
    assert_eq!(
        ran.logs("call")[1],
        "tag=main count=2 two=true push=true bool=false token=*** key=false event=push"
    );
}

#[test]
fn calls_are_checked_before_anything_runs() {
    let src = r#"on: push
jobs:
  call:
    uses: ./.github/workflows/build.yml
    with:
      tagg: v1
      count: many
      push: 1
    secrets:
      TOKN: x
  missing:
    uses: ./.github/workflows/nope.yml
  plain:
    uses: ./.github/workflows/plain.yml
"#;
    let Err(WorkflowError::Invalid { diagnostics, .. }) = try_run_with_files(
        src,
        &[
            (".github/workflows/build.yml", BUILD),
            (
                ".github/workflows/plain.yml",
                "on: push\njobs:\n  a:\n    runs-on: x\n    steps: [{run: 'true'}]\n",
            ),
        ],
        &[],
    ) else {
        panic!("the calls should be refused");
    };
    let messages: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "ci.yml:4:11: job \"call\" does not give the required input \"tag\" of .github/workflows/build.yml: add it under `with:`",
            "ci.yml:4:11: job \"call\" does not pass the required secret \"TOKEN\" of .github/workflows/build.yml: add it under `secrets:` (or `secrets: inherit`)",
            "ci.yml:6:13: .github/workflows/build.yml has no input \"tagg\" in `on.workflow_call.inputs` — did you mean \"tag\"?",
            "ci.yml:7:14: the input \"count\" of .github/workflows/build.yml is a number, but a string is given",
            "ci.yml:8:13: the input \"push\" of .github/workflows/build.yml is a boolean, but a number is given",
            "ci.yml:10:13: .github/workflows/build.yml declares no secret \"TOKN\" in `on.workflow_call.secrets`",
            "ci.yml:12:11: the reusable workflow ./.github/workflows/nope.yml does not exist in the repository",
            "ci.yml:14:11: .github/workflows/plain.yml cannot be called: it has no `on: workflow_call`; add it to its `on:`",
        ]
        .iter()
        .zip(&messages)
        .map(|(want, got)| if got.starts_with(want) { got.clone() } else { want.to_string() })
        .collect::<Vec<_>>(),
        "{messages:#?}"
    );
    assert_eq!(messages.len(), 8, "{messages:#?}");
}

#[test]
fn nesting_stops_at_ten_levels_of_workflows() {
    let again = r#"on: workflow_call
jobs:
  say:
    runs-on: x
    steps:
      - run: echo level
  again:
    needs: say
    uses: ./.github/workflows/again.yml
"#;
    let src = "on: push\njobs:\n  call:\n    uses: ./.github/workflows/again.yml\n";
    let ran = run_with_files(src, &[(".github/workflows/again.yml", again)], &[]);
    let logs = ran.logs("call");
    assert_eq!(ran.result("call"), JobResult::Failure);
    // The top-level caller and nine called levels.
    assert_eq!(
        logs.iter().filter(|l| *l == "level").count(),
        9,
        "{logs:#?}"
    );
    assert!(
        logs.iter().any(|l| l.starts_with(".github/workflows/again.yml:9:11: `uses: ./.github/workflows/again.yml` nests reusable workflows too deep: GitHub connects at most 10 levels")),
        "{logs:#?}"
    );
}

#[test]
fn a_reusable_workflow_from_the_action_folder_runs() {
    // Its own `./` call is in its repository, not the caller's.
    let shared = "on:\n  workflow_call:\n    inputs:\n      who: {type: string, default: folder}\njobs:\n  hi:\n    runs-on: x\n    steps:\n      - run: echo \"hi ${{ inputs.who }}\"\n  inner:\n    uses: ./.github/workflows/inner.yml\n";
    let inner = "on: workflow_call\njobs:\n  in:\n    runs-on: x\n    steps:\n      - run: echo inner of shared\n";
    let src = "on: push\njobs:\n  a:\n    uses: octo/shared/.github/workflows/hi.yml@v1\n  b:\n    uses: octo/other/.github/workflows/hi.yml@v1\n";
    let ran = run_with_files(
        src,
        &[],
        &[
            ("octo-shared@v1/.github/workflows/hi.yml", shared),
            ("octo-shared@v1/.github/workflows/inner.yml", inner),
        ],
    );
    assert_eq!(ran.result("a"), JobResult::Success, "{:?}", ran.logs("a"));
    assert!(ran.logs("a").contains(&"hi folder".to_string()));
    assert!(
        ran.logs("a").contains(&"inner of shared".to_string()),
        "{:?}",
        ran.logs("a")
    );
    assert_eq!(ran.result("b"), JobResult::Failure);
    let logs = ran.logs("b").join("\n");
    assert!(
        logs.contains("ci.yml:6:11: the reusable workflow octo/other/.github/workflows/hi.yml@v1 is not in the action folder (looked for ")
            && logs.contains("actions/octo/other@v1/.github/workflows/hi.yml"),
        "{logs}"
    );
}

#[test]
fn a_calling_jobs_concurrency_group_holds_its_called_jobs() {
    let slow =
        "on: workflow_call\njobs:\n  s:\n    runs-on: x\n    steps:\n      - run: sleep 0.4\n";
    let src = "on: push\njobs:\n  a:\n    concurrency: one\n    uses: ./.github/workflows/slow.yml\n  b:\n    concurrency: one\n    uses: ./.github/workflows/slow.yml\n";
    let start = std::time::Instant::now();
    let ran = run_with_files(src, &[(".github/workflows/slow.yml", slow)], &[]);
    let elapsed = start.elapsed();
    assert_eq!(ran.result("a"), JobResult::Success);
    assert_eq!(ran.result("b"), JobResult::Success);
    assert!(
        elapsed >= std::time::Duration::from_millis(800),
        "{elapsed:?}"
    );
}

/// GitHub's self-repository form (`$/`, July 2026): the workflow's own
/// repository at the running commit, as `./` reads it for a call.
#[test]
fn a_self_repository_call_runs_the_workflow_of_the_same_commit() {
    let src = "on: push\njobs:\n  call:\n    uses: $/.github/workflows/build.yml\n    with:\n      tag: v2\n    secrets: inherit\n";
    let ran = run_with_files(src, &[(".github/workflows/build.yml", BUILD)], &[]);
    assert_eq!(
        ran.result("call"),
        JobResult::Success,
        "{:?}",
        ran.logs("call")
    );
    assert_eq!(ran.job("call").outputs["image"], "app:v2");
}
