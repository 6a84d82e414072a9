//! Tests of deployment environments (scoped values, required reviewers,
//! wait timers) and `concurrency:` groups, through [`execute`] with real
//! bash steps.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use super::{
    ApprovalDecision, ApprovalRequest, Approver, CancelHandle, ConcurrencyGroups, EnvironmentRules,
    Event, JobReport, JobResult, RunEvent, RunReport, RunRequest, execute_cancellable,
    parse_workflow,
};

struct Ran {
    report: RunReport,
    events: Vec<RunEvent>,
    _dir: tempfile::TempDir,
}

impl Ran {
    fn job(&self, job: &str) -> &JobReport {
        self.report.jobs.iter().find(|j| j.id == job).unwrap()
    }

    fn result(&self, job: &str) -> JobResult {
        self.job(job).result
    }

    fn logs(&self, job: &str) -> Vec<String> {
        self.events
            .iter()
            .filter_map(|e| match e {
                RunEvent::Log { job: j, line, .. } if j == job => Some(line.clone()),
                _ => None,
            })
            .collect()
    }

    /// The kinds of the events of one job, in order.
    fn kinds(&self, job: &str) -> Vec<&'static str> {
        self.events
            .iter()
            .filter_map(|e| match e {
                RunEvent::JobStarted { job: j, .. } if j == job => Some("started"),
                RunEvent::ApprovalRequested { job: j, .. } if j == job => Some("requested"),
                RunEvent::ApprovalDecided { job: j, .. } if j == job => Some("decided"),
                RunEvent::StepStarted { job: j, .. } if j == job => Some("step"),
                RunEvent::JobFinished { job: j, .. } if j == job => Some("finished"),
                _ => None,
            })
            .collect()
    }
}

/// Answers every request the same way and remembers what it was asked.
#[derive(Debug)]
struct Reviewer {
    approved: bool,
    asked: Mutex<Vec<ApprovalRequest>>,
}

impl Reviewer {
    fn new(approved: bool) -> Arc<Reviewer> {
        Arc::new(Reviewer {
            approved,
            asked: Mutex::new(Vec::new()),
        })
    }
}

impl Approver for Reviewer {
    fn decide(&self, request: &ApprovalRequest) -> ApprovalDecision {
        self.asked.lock().unwrap().push(request.clone());
        ApprovalDecision {
            approved: self.approved,
            reviewer: "lead".into(),
            comment: if self.approved {
                "ship it"
            } else {
                "not today"
            }
            .into(),
        }
    }
}

fn request(dir: &Path) -> RunRequest {
    let repo = dir.join("repo");
    std::fs::create_dir_all(&repo).unwrap();
    RunRequest {
        event: Event::Push {
            git_ref: "refs/heads/main".into(),
        },
        event_payload: None,
        sha: "1a2b3c4".to_string() + &"d".repeat(33),
        checkout_from: repo,
        git_repository: None,
        work_root: dir.join("work"),
        secrets: BTreeMap::from([("TOKEN".to_string(), "repo-token".to_string())]),
        vars: BTreeMap::from([
            ("REGION".to_string(), "eu".to_string()),
            ("ONLY_REPO".to_string(), "repo".to_string()),
        ]),
        env: BTreeMap::new(),
        run_id: 7,
        run_number: 3,
        actor: "learner".into(),
        repository: "acme/app".into(),
        environments: vec![
            EnvironmentRules {
                name: "production".into(),
                reviewers: vec!["lead".into()],
                wait_timer_seconds: 0,
                vars: BTreeMap::from([
                    ("REGION".to_string(), "us".to_string()),
                    ("APP_PORT".to_string(), "8081".to_string()),
                ]),
                secrets: BTreeMap::from([
                    ("TOKEN".to_string(), "prod-token".to_string()),
                    ("DEPLOY_KEY".to_string(), "prod-key-9".to_string()),
                ]),
            },
            EnvironmentRules {
                name: "staging".into(),
                vars: BTreeMap::from([("APP_PORT".to_string(), "8080".to_string())]),
                ..Default::default()
            },
        ],
        approver: None,
        concurrency: ConcurrencyGroups::default(),
        actions_dir: None,
        cache_dir: Some(dir.join("cache")),
        max_jobs: None,
    }
}

/// Runs `src` with the request `adjust` makes of the default one.
fn run_adjusted(src: &str, adjust: impl FnOnce(&mut RunRequest)) -> Ran {
    let dir = tempfile::tempdir().unwrap();
    let mut req = request(dir.path());
    adjust(&mut req);
    let parsed = parse_workflow("ci.yml", src).unwrap();
    let events = Mutex::new(Vec::new());
    let report = execute_cancellable(&parsed.workflow, &req, &CancelHandle::new(), &|e| {
        events.lock().unwrap().push(e)
    })
    .unwrap();
    Ran {
        report,
        events: events.into_inner().unwrap(),
        _dir: dir,
    }
}

fn with_approver(approver: Arc<Reviewer>) -> impl FnOnce(&mut RunRequest) {
    move |req| req.approver = Some(approver)
}

const SCOPED: &str = r#"on: push
jobs:
  prod:
    runs-on: x
    environment: production
    steps:
      - run: echo "${{ vars.REGION }} ${{ vars.APP_PORT }} ${{ vars.ONLY_REPO }} ${{ secrets.TOKEN == 'prod-token' }} ${{ secrets.DEPLOY_KEY != '' }}"
  stage:
    runs-on: x
    environment:
      name: staging
    steps:
      - run: echo "${{ vars.REGION }} ${{ vars.APP_PORT }} ${{ secrets.TOKEN == 'repo-token' }}"
  none:
    runs-on: x
    steps:
      - run: echo "${{ vars.REGION }} [${{ vars.APP_PORT }}] ${{ secrets.TOKEN == 'repo-token' }} [${{ secrets.DEPLOY_KEY }}]"
"#;

#[test]
fn environment_values_win_and_stay_in_their_environment() {
    let ran = run_adjusted(SCOPED, with_approver(Reviewer::new(true)));
    assert_eq!(ran.logs("prod"), ["us 8081 repo true true"]);
    assert_eq!(ran.logs("stage"), ["eu 8080 true"]);
    assert_eq!(ran.logs("none"), ["eu [] true []"]);
    assert_eq!(ran.report.conclusion, JobResult::Success);
    let env = ran.job("stage").environment.as_ref().unwrap();
    assert_eq!((env.name.as_str(), env.url.as_deref()), ("staging", None));
    assert_eq!(ran.job("none").environment, None);
    // No reviewers for staging: no approval.
    assert_eq!(ran.job("stage").approval, None);
}

#[test]
fn environment_secrets_are_masked_in_every_job() {
    let src = r#"on: push
jobs:
  elsewhere:
    runs-on: x
    steps:
      - run: echo "printed by hand prod-key-9 and prod-token"
  prod:
    runs-on: x
    environment: production
    steps:
      - run: echo "${{ secrets.DEPLOY_KEY }} $KEY"
        env:
          KEY: ${{ secrets.DEPLOY_KEY }}
"#;
    let ran = run_adjusted(src, with_approver(Reviewer::new(true)));
    assert_eq!(ran.logs("elsewhere"), ["printed by hand *** and ***"]);
    assert_eq!(ran.logs("prod"), ["*** ***"]);
}

const DEPLOY: &str = r#"on: push
jobs:
  build:
    runs-on: x
    steps:
      - run: echo built
  deploy:
    needs: build
    runs-on: x
    environment:
      name: production
      url: http://localhost:${{ vars.APP_PORT }}${{ steps.path.outputs.path }}
    steps:
      - id: path
        run: |
          echo deploying
          echo "path=/app" >> "$GITHUB_OUTPUT"
  smoke:
    needs: deploy
    runs-on: x
    steps:
      - run: echo smoke
  report:
    needs: deploy
    if: always()
    runs-on: x
    steps:
      - run: echo "deploy ${{ needs.deploy.result }}"
"#;

#[test]
fn an_approved_deployment_runs_after_the_approval() {
    let reviewer = Reviewer::new(true);
    let ran = run_adjusted(DEPLOY, with_approver(reviewer.clone()));
    assert_eq!(ran.result("deploy"), JobResult::Success);
    assert_eq!(
        ran.kinds("deploy"),
        ["started", "requested", "decided", "step", "finished"]
    );
    assert_eq!(ran.logs("deploy"), ["deploying"]);
    let asked = reviewer.asked.lock().unwrap().clone();
    assert_eq!(
        asked,
        [ApprovalRequest {
            job: "deploy".into(),
            environment: "production".into(),
            sha: "1a2b3c4".to_string() + &"d".repeat(33),
            run_number: 3,
            reviewers: vec!["lead".into()],
        }]
    );
    let deploy = ran.job("deploy");
    assert_eq!(
        deploy.approval,
        Some(ApprovalDecision {
            approved: true,
            reviewer: "lead".into(),
            comment: "ship it".into()
        })
    );
    let env = deploy.environment.as_ref().unwrap();
    assert_eq!(env.name, "production");
    // The url is evaluated at the end, with the job's steps and the
    // environment's variables.
    assert_eq!(env.url.as_deref(), Some("http://localhost:8081/app"));
    assert!(ran.events.iter().any(|e| matches!(e,
        RunEvent::ApprovalRequested { job, environment, sha }
            if job == "deploy" && environment == "production" && sha.starts_with("1a2b3c4"))));
    assert_eq!(ran.result("smoke"), JobResult::Success);
    assert_eq!(ran.report.conclusion, JobResult::Success);
    // Only the job in the protected environment waited.
    assert_eq!(ran.kinds("build"), ["started", "step", "finished"]);
}

#[test]
fn a_rejected_deployment_fails_without_running_and_skips_its_dependents() {
    let ran = run_adjusted(DEPLOY, with_approver(Reviewer::new(false)));
    assert_eq!(ran.result("build"), JobResult::Success);
    assert_eq!(ran.result("deploy"), JobResult::Failure);
    assert_eq!(
        ran.kinds("deploy"),
        ["started", "requested", "decided", "finished"]
    );
    assert!(ran.job("deploy").steps.is_empty());
    assert!(ran.logs("deploy").is_empty());
    assert_eq!(
        ran.job("deploy").approval.as_ref().map(|d| d.approved),
        Some(false)
    );
    assert_eq!(ran.result("smoke"), JobResult::Skipped);
    assert_eq!(ran.logs("report"), ["deploy failure"]);
    assert_eq!(ran.report.conclusion, JobResult::Failure);
}

#[test]
fn without_an_approver_nobody_approves() {
    let ran = run_adjusted(DEPLOY, |_| {});
    assert_eq!(ran.result("deploy"), JobResult::Failure);
    assert_eq!(
        ran.job("deploy").approval,
        Some(ApprovalDecision {
            approved: false,
            reviewer: "nobody".into(),
            comment: "no approver available".into()
        })
    );
    assert_eq!(ran.result("smoke"), JobResult::Skipped);
}

#[test]
fn a_skipped_job_is_not_put_up_for_approval() {
    let src = "on: push\njobs:\n  deploy:\n    if: github.ref == 'refs/heads/dev'\n    runs-on: x\n    environment: production\n    steps:\n      - run: echo no\n";
    let reviewer = Reviewer::new(true);
    let ran = run_adjusted(src, with_approver(reviewer.clone()));
    assert_eq!(ran.result("deploy"), JobResult::Skipped);
    assert!(reviewer.asked.lock().unwrap().is_empty());
    assert_eq!(ran.job("deploy").approval, None);
}

#[test]
fn the_wait_timer_delays_the_job_after_the_approval() {
    let src = "on: push\njobs:\n  deploy:\n    runs-on: x\n    environment: Production\n    steps:\n      - run: echo go\n";
    let start = Instant::now();
    let ran = run_adjusted(src, |req| {
        req.environments[0].wait_timer_seconds = 1;
        req.approver = Some(Reviewer::new(true));
    });
    let elapsed = start.elapsed();
    assert!(elapsed >= Duration::from_secs(1), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
    // Environment names compare without regard to case.
    assert_eq!(
        ran.logs("deploy"),
        [
            "Waiting 1 s: the wait timer of environment \"production\"",
            "go"
        ]
    );
    assert_eq!(ran.result("deploy"), JobResult::Success);
}

#[test]
fn cancelling_during_the_wait_timer_cancels_the_job_at_once() {
    let src = "on: push\njobs:\n  deploy:\n    runs-on: x\n    environment: production\n    steps:\n      - run: echo never\n";
    let dir = tempfile::tempdir().unwrap();
    let mut req = request(dir.path());
    req.environments[0].wait_timer_seconds = 60;
    req.environments[0].reviewers.clear();
    let parsed = parse_workflow("ci.yml", src).unwrap();
    let cancel = CancelHandle::new();
    let (tx, rx) = mpsc::channel();
    let tx = Mutex::new(tx);
    let start = Instant::now();
    let report = std::thread::scope(|scope| {
        let run = scope.spawn(|| {
            execute_cancellable(&parsed.workflow, &req, &cancel, &|e| {
                let _ = tx.lock().unwrap().send(e);
            })
            .unwrap()
        });
        while !matches!(rx.recv().unwrap(), RunEvent::Log { .. }) {}
        cancel.cancel();
        run.join().unwrap()
    });
    assert!(start.elapsed() < Duration::from_secs(5));
    assert_eq!(report.jobs[0].result, JobResult::Cancelled);
    assert!(report.jobs[0].steps.is_empty());
    assert_eq!(report.conclusion, JobResult::Cancelled);
}

#[test]
fn the_environment_name_can_be_an_expression() {
    let src = r#"on: push
jobs:
  pick:
    runs-on: x
    outputs:
      target: ${{ steps.t.outputs.target }}
    steps:
      - id: t
        run: echo "target=produc" >> "$GITHUB_OUTPUT"
  deploy:
    needs: pick
    runs-on: x
    environment: ${{ needs.pick.outputs.target }}tion
    steps:
      - run: echo "${{ vars.APP_PORT }}"
  branch:
    runs-on: x
    environment:
      name: ${{ github.ref_name == 'main' && 'staging' || 'dev' }}
    steps:
      - run: echo "${{ vars.APP_PORT }}"
"#;
    let reviewer = Reviewer::new(true);
    let ran = run_adjusted(src, with_approver(reviewer.clone()));
    assert_eq!(ran.logs("deploy"), ["8081"]);
    assert_eq!(reviewer.asked.lock().unwrap().len(), 1);
    assert_eq!(
        ran.job("deploy").environment.as_ref().unwrap().name,
        "production"
    );
    assert_eq!(ran.logs("branch"), ["8080"]);
    assert_eq!(
        ran.job("branch").environment.as_ref().unwrap().name,
        "staging"
    );
}

#[test]
fn an_environment_without_rules_is_created_on_first_use() {
    let src = "on: push\njobs:\n  j:\n    runs-on: x\n    environment:\n      name: review-app\n      url: https://example.test/${{ github.sha }}\n    steps:\n      - run: echo \"[${{ vars.APP_PORT }}] ${{ vars.REGION }}\"\n";
    let ran = run_adjusted(src, |_| {});
    assert_eq!(ran.result("j"), JobResult::Success);
    assert_eq!(ran.logs("j"), ["[] eu"]);
    let env = ran.job("j").environment.clone().unwrap();
    assert_eq!(env.name, "review-app");
    assert_eq!(
        env.url,
        Some(format!("https://example.test/1a2b3c4{}", "d".repeat(33)))
    );
    assert_eq!(ran.job("j").approval, None);
}

#[test]
fn an_environment_that_cannot_be_evaluated_fails_the_job() {
    let src = "on: push\njobs:\n  j:\n    runs-on: x\n    environment: ${{ fromJSON('{') }}\n    steps:\n      - run: echo never\n";
    let ran = run_adjusted(src, |_| {});
    assert_eq!(ran.result("j"), JobResult::Failure);
    let logs = ran.logs("j");
    assert_eq!(logs.len(), 1);
    assert!(
        logs[0].starts_with("ci.yml:5:18: cannot evaluate the job's `environment`"),
        "{logs:?}"
    );
}

// ---- concurrency ----------------------------------------------------------

/// A run started on its own thread, sharing `groups`.
struct Background {
    events: mpsc::Receiver<RunEvent>,
    report: std::thread::JoinHandle<RunReport>,
    _dir: tempfile::TempDir,
}

fn start(src: &str, groups: &ConcurrencyGroups, run_number: u64) -> Background {
    let dir = tempfile::tempdir().unwrap();
    let mut req = request(dir.path());
    req.concurrency = groups.clone();
    req.run_number = run_number;
    let parsed = parse_workflow("ci.yml", src).unwrap();
    let (tx, rx) = mpsc::channel();
    let report = std::thread::spawn(move || {
        let tx = Mutex::new(tx);
        execute_cancellable(&parsed.workflow, &req, &CancelHandle::new(), &|e| {
            let _ = tx.lock().unwrap().send(e);
        })
        .unwrap()
    });
    Background {
        events: rx,
        report,
        _dir: dir,
    }
}

impl Background {
    /// Waits for the first log line of a step.
    fn wait_for_log(&self) -> String {
        loop {
            match self.events.recv_timeout(Duration::from_secs(10)).unwrap() {
                RunEvent::Log { line, .. } => return line,
                _ => continue,
            }
        }
    }

    fn finish(self) -> (RunReport, Vec<RunEvent>) {
        let report = self.report.join().unwrap();
        (report, self.events.try_iter().collect())
    }
}

fn workflow_group(cancel_in_progress: bool) -> String {
    format!(
        "on: push\nconcurrency:\n  group: deploy-${{{{ github.ref }}}}\n  cancel-in-progress: {cancel_in_progress}\njobs:\n  j:\n    runs-on: x\n    steps:\n      - run: echo \"run ${{{{ github.run_number }}}} started\"; sleep 2; echo done\n"
    )
}

/// Waits until a run or job waits in `group`.
fn wait_until_pending(groups: &ConcurrencyGroups, group: &str) {
    let start = Instant::now();
    while !groups.is_pending(group) {
        assert!(start.elapsed() < Duration::from_secs(10), "nothing queued");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn a_newer_run_cancels_the_pending_one_and_waits_for_the_running_one() {
    let groups = ConcurrencyGroups::default();
    let src = workflow_group(false);
    let first = start(&src, &groups, 1);
    assert_eq!(first.wait_for_log(), "run 1 started");
    let second = start(&src, &groups, 2);
    wait_until_pending(&groups, "deploy-refs/heads/main");
    let third = start(&src, &groups, 3);
    let (second, second_events) = second.finish();
    assert_eq!(second.conclusion, JobResult::Cancelled);
    assert_eq!(second.jobs[0].result, JobResult::Cancelled);
    assert!(second_events.iter().any(|e| matches!(e,
        RunEvent::ConcurrencyCancelled { job: None, group, message }
            if group == "deploy-refs/heads/main"
                && message == "Canceling since a higher priority waiting request for 'deploy-refs/heads/main' exists")));
    // The third run waits for the first one to finish.
    assert!(
        third
            .events
            .recv_timeout(Duration::from_millis(300))
            .is_err()
    );
    let (first, _) = first.finish();
    assert_eq!(first.conclusion, JobResult::Success);
    let (third, third_events) = third.finish();
    assert_eq!(third.conclusion, JobResult::Success);
    assert!(third_events.iter().any(|e| matches!(e,
        RunEvent::Log { line, .. } if line == "run 3 started")));
}

#[test]
fn cancel_in_progress_cancels_the_running_run() {
    let groups = ConcurrencyGroups::default();
    let src = workflow_group(true);
    let started = Instant::now();
    let first = start(&src, &groups, 1);
    assert_eq!(first.wait_for_log(), "run 1 started");
    let second = start(&src, &groups, 2);
    let (first, first_events) = first.finish();
    assert_eq!(first.conclusion, JobResult::Cancelled);
    assert_eq!(first.jobs[0].result, JobResult::Cancelled);
    assert!(
        first_events
            .iter()
            .any(|e| matches!(e, RunEvent::ConcurrencyCancelled { job: None, .. }))
    );
    assert!(
        !first_events
            .iter()
            .any(|e| matches!(e, RunEvent::Log { line, .. } if line == "done"))
    );
    let (second, _) = second.finish();
    assert_eq!(second.conclusion, JobResult::Success);
    // The second run did not wait for the first one's `sleep 2`: the two
    // took about one `sleep 2`, not two.
    assert!(
        started.elapsed() < Duration::from_millis(3500),
        "{:?}",
        started.elapsed()
    );
}

const JOB_GROUP: &str = r#"on: push
jobs:
  build:
    runs-on: x
    steps:
      - run: echo "build ${{ github.run_number }}"
  deploy:
    needs: build
    runs-on: x
    concurrency:
      group: ${{ needs.build.result }}-deploy
      cancel-in-progress: ${{ vars.CANCEL == 'yes' }}
    steps:
      - run: echo "deploy ${{ github.run_number }} started"; sleep 1; echo "deploy ${{ github.run_number }} done"
"#;

fn start_job_group(groups: &ConcurrencyGroups, run_number: u64, cancel: bool) -> Background {
    let dir = tempfile::tempdir().unwrap();
    let mut req = request(dir.path());
    req.concurrency = groups.clone();
    req.run_number = run_number;
    req.vars
        .insert("CANCEL".into(), if cancel { "yes" } else { "no" }.into());
    let parsed = parse_workflow("ci.yml", JOB_GROUP).unwrap();
    let (tx, rx) = mpsc::channel();
    let report = std::thread::spawn(move || {
        let tx = Mutex::new(tx);
        execute_cancellable(&parsed.workflow, &req, &CancelHandle::new(), &|e| {
            let _ = tx.lock().unwrap().send(e);
        })
        .unwrap()
    });
    Background {
        events: rx,
        report,
        _dir: dir,
    }
}

impl Background {
    fn wait_for_line(&self, wanted: &str) {
        loop {
            if let RunEvent::Log { line, .. } =
                self.events.recv_timeout(Duration::from_secs(10)).unwrap()
                && line == wanted
            {
                return;
            }
        }
    }
}

#[test]
fn job_groups_queue_jobs_of_different_runs() {
    let groups = ConcurrencyGroups::default();
    let first = start_job_group(&groups, 1, false);
    first.wait_for_line("deploy 1 started");
    let second = start_job_group(&groups, 2, false);
    wait_until_pending(&groups, "success-deploy");
    let third = start_job_group(&groups, 3, false);
    let (second, events) = second.finish();
    assert_eq!(second.jobs[0].result, JobResult::Success);
    assert_eq!(second.jobs[1].result, JobResult::Cancelled);
    assert_eq!(second.conclusion, JobResult::Cancelled);
    assert!(events.iter().any(|e| matches!(e,
        RunEvent::ConcurrencyCancelled { job: Some(job), group, .. }
            if job == "deploy" && group == "success-deploy")));
    let (first, _) = first.finish();
    assert_eq!(first.conclusion, JobResult::Success);
    let (third, events) = third.finish();
    assert_eq!(third.conclusion, JobResult::Success);
    assert!(events.iter().any(|e| matches!(e,
        RunEvent::Log { line, .. } if line == "deploy 3 done")));
}

#[test]
fn a_job_group_with_cancel_in_progress_cancels_the_running_job() {
    let groups = ConcurrencyGroups::default();
    let first = start_job_group(&groups, 1, true);
    first.wait_for_line("deploy 1 started");
    let second = start_job_group(&groups, 2, true);
    let (first, events) = first.finish();
    assert_eq!(first.jobs[0].result, JobResult::Success);
    assert_eq!(first.jobs[1].result, JobResult::Cancelled);
    assert_eq!(first.jobs[1].steps[0].outcome, JobResult::Cancelled);
    // Only the job was cancelled: the run concludes cancelled because of it.
    assert_eq!(first.conclusion, JobResult::Cancelled);
    assert!(events.iter().any(|e| matches!(e,
        RunEvent::ConcurrencyCancelled { job: Some(job), .. } if job == "deploy")));
    let (second, _) = second.finish();
    assert_eq!(second.conclusion, JobResult::Success);
}

#[test]
fn a_job_in_the_group_of_its_own_run_is_cancelled_not_stuck() {
    let src = "on: push\nconcurrency: main\njobs:\n  j:\n    runs-on: x\n    concurrency: MAIN\n    steps:\n      - run: echo never\n";
    let ran = run_adjusted(src, |_| {});
    assert_eq!(ran.result("j"), JobResult::Cancelled);
    assert!(ran.events.iter().any(|e| matches!(e,
        RunEvent::ConcurrencyCancelled { message, .. }
            if message == "Canceling since a deadlock for concurrency group 'MAIN' was detected between 'top level workflow' and 'j'")));
}

#[test]
fn parallel_jobs_of_one_run_share_a_group_one_at_a_time() {
    let src = "on: push\njobs:\n  a:\n    runs-on: x\n    concurrency: one\n    steps:\n      - run: sleep 0.3\n  b:\n    runs-on: x\n    concurrency: one\n    steps:\n      - run: sleep 0.3\n";
    let start = Instant::now();
    let ran = run_adjusted(src, |_| {});
    assert!(start.elapsed() >= Duration::from_millis(600));
    assert_eq!(ran.report.conclusion, JobResult::Success);
}

#[test]
fn a_group_that_cannot_be_evaluated_fails_the_run_or_the_job() {
    let src = "on: push\nconcurrency: ${{ fromJSON('{') }}\njobs:\n  j:\n    runs-on: x\n    steps:\n      - run: echo never\n";
    let ran = run_adjusted(src, |_| {});
    assert_eq!(ran.result("j"), JobResult::Failure);
    assert_eq!(ran.report.conclusion, JobResult::Failure);
    assert!(ran.events.iter().any(|e| matches!(e,
        RunEvent::Warning { diagnostic }
            if diagnostic.line == 2 && diagnostic.message.contains("cannot evaluate the `concurrency` group"))));
    assert!(ran.logs("j").is_empty());

    let src = "on: push\njobs:\n  j:\n    runs-on: x\n    concurrency:\n      group: g\n      cancel-in-progress: ${{ fromJSON('[') }}\n    steps:\n      - run: echo never\n  after:\n    needs: j\n    runs-on: x\n    steps:\n      - run: echo never\n";
    let ran = run_adjusted(src, |_| {});
    assert_eq!(ran.result("j"), JobResult::Failure);
    assert_eq!(ran.result("after"), JobResult::Skipped);
    let logs = ran.logs("j");
    assert_eq!(logs.len(), 1, "{logs:?}");
    assert!(
        logs[0].starts_with("ci.yml:7:27: cannot evaluate `cancel-in-progress`"),
        "{logs:?}"
    );
}
