//! What the executor's unit tests share: a request over a throw-away
//! repository, a way to run a workflow text and read what it did, and a
//! short way to write a job.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::sync::Mutex;

use crate::{Event, JobReport, JobResult, RunEvent, RunReport, RunRequest, parse_workflow};

/// A finished run and every event it emitted.
pub(super) struct Ran {
    pub(super) report: RunReport,
    pub(super) events: Vec<RunEvent>,
    pub(super) _dir: tempfile::TempDir,
}

impl Ran {
    pub(super) fn result(&self, job: &str) -> JobResult {
        self.job(job).result
    }

    pub(super) fn job(&self, job: &str) -> &JobReport {
        self.report.jobs.iter().find(|j| j.id == job).unwrap()
    }

    pub(super) fn logs(&self, job: &str) -> Vec<String> {
        self.events
            .iter()
            .filter_map(|e| match e {
                RunEvent::Log { job: j, line, .. } if j == job => Some(line.clone()),
                _ => None,
            })
            .collect()
    }
}

/// A request whose repository holds `app.txt` ("v1"), with two secrets
/// (`TOKEN`, and `KEY` on two lines) and one variable (`REGION`).
pub(super) fn request(dir: &Path, event: Event) -> RunRequest {
    let repo = dir.join("repo");
    fs::create_dir_all(&repo).unwrap();
    fs::write(repo.join("app.txt"), "v1\n").unwrap();
    RunRequest {
        event,
        event_payload: None,
        sha: "a".repeat(40),
        checkout_from: repo,
        git_repository: None,
        work_root: dir.join("work"),
        secrets: BTreeMap::from([
            ("TOKEN".to_string(), "tok-123".to_string()),
            ("KEY".to_string(), "line-one\nline-two\n".to_string()),
        ]),
        vars: BTreeMap::from([("REGION".to_string(), "eu".to_string())]),
        env: BTreeMap::new(),
        run_id: 7,
        run_number: 3,
        actor: "learner".into(),
        repository: "acme/app".into(),
        environments: Vec::new(),
        approver: None,
        concurrency: Default::default(),
        actions_dir: None,
        cache_dir: Some(dir.join("cache")),
        max_jobs: None,
    }
}

pub(super) fn run_with(src: &str, event: Event) -> Ran {
    run_request(src, |req| RunRequest { event, ..req })
}

/// Runs `src` for a push, with the request `edit` makes of the default one.
pub(super) fn run_request(src: &str, edit: impl FnOnce(RunRequest) -> RunRequest) -> Ran {
    let dir = tempfile::tempdir().unwrap();
    let parsed = parse_workflow("ci.yml", src).unwrap();
    let req = edit(request(dir.path(), push()));
    let events = Mutex::new(Vec::new());
    let report =
        crate::execute(&parsed.workflow, &req, &|e| events.lock().unwrap().push(e)).unwrap();
    Ran {
        report,
        events: events.into_inner().unwrap(),
        _dir: dir,
    }
}

/// Runs `src` for a push to main.
pub(super) fn run(src: &str) -> Ran {
    run_with(src, push())
}

pub(super) fn push() -> Event {
    Event::Push {
        git_ref: "refs/heads/main".into(),
    }
}

/// A job `id` needing `needs`, with an optional `if`, running `script`.
pub(super) fn job(id: &str, needs: &[&str], cond: Option<&str>, script: &str) -> String {
    let mut s = format!("  {id}:\n    runs-on: x\n");
    if !needs.is_empty() {
        s += &format!("    needs: [{}]\n", needs.join(", "));
    }
    if let Some(c) = cond {
        s += &format!("    if: {c}\n");
    }
    s + &format!("    steps:\n      - run: {script}\n")
}

/// Runs `src` for a push, with `files` (path, content) added to the
/// repository and `folder` files in an offline action folder (given to
/// the run when not empty).
pub(super) fn run_with_files(src: &str, files: &[(&str, &str)], folder: &[(&str, &str)]) -> Ran {
    try_run_with_files(src, files, folder).unwrap()
}

/// [`run_with_files`], when the run may not start.
pub(super) fn try_run_with_files(
    src: &str,
    files: &[(&str, &str)],
    folder: &[(&str, &str)],
) -> Result<Ran, crate::WorkflowError> {
    let dir = tempfile::tempdir().unwrap();
    let parsed = parse_workflow("ci.yml", src).unwrap();
    let mut req = request(dir.path(), push());
    let write = |root: &Path, (path, content): &(&str, &str)| {
        let path = root.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, content).unwrap();
    };
    files.iter().for_each(|f| write(&req.checkout_from, f));
    if !folder.is_empty() {
        let actions = dir.path().join("actions");
        folder.iter().for_each(|f| write(&actions, f));
        req.actions_dir = Some(actions);
    }
    let events = Mutex::new(Vec::new());
    let report = crate::execute(&parsed.workflow, &req, &|e| events.lock().unwrap().push(e))?;
    Ok(Ran {
        report,
        events: events.into_inner().unwrap(),
        _dir: dir,
    })
}
