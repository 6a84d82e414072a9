//! A scenario as devpath plays it. Each `[[scenario]]` table of
//! `exercise.toml` ([`StepInfo`], the file format) is checked once, when the
//! course loads, and becomes a [`Step`] whose [`Action`] says what it
//! triggers. Whoever plays a scenario matches on the action and never has to
//! ask again which keys were set, or guess a default.

use std::collections::BTreeMap;

use crate::files::{self, CourseFiles};
use crate::format::{EnvironmentInfo, StepInfo};

/// One step of a scenario, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub action: Action,
    /// How the reviewer answers the approvals this step's runs ask for; an
    /// environment not listed here is not approved.
    pub approvals: Vec<Approval>,
}

/// What a step triggers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Push a commit: the learner's files with a version of the sample app
    /// laid over them.
    Push {
        /// A folder of `fixtures/apps/` (it exists: checked at load).
        version: String,
        /// The commit's name in the outcome (`<sha:NAME>`): the step's
        /// `name`, else `v1`, `v2`, … counting every commit before it
        /// (pushes and pull requests).
        name: String,
        /// The ref it updates: `refs/heads/BRANCH` or `refs/tags/TAG`
        /// (checked at load), `refs/heads/main` unless the step says.
        git_ref: String,
    },
    /// Open a pull request (activity `opened`) whose head branch carries a
    /// commit of the learner's files with a version of the sample app.
    /// Merging it is a later push to the base branch.
    PullRequest {
        /// A folder of `fixtures/apps/` (it exists: checked at load).
        version: String,
        /// The commit's name in the outcome, counted as for a push.
        name: String,
        /// The pull request's number: 1, 2, … in scenario order.
        number: u64,
        /// The branch proposed for merging, "feature" unless the step says.
        head: String,
        /// The branch it merges into, "main" unless the step says.
        base: String,
    },
    /// Dispatch a workflow (`workflow_dispatch`) on the last pushed commit.
    Dispatch {
        /// A file name of `.github/workflows/`, without any folder.
        workflow: String,
        /// `<sha:NAME>` in a value still has to be replaced by the sha of
        /// that commit: only the player knows it.
        inputs: BTreeMap<String, String>,
    },
}

/// The reviewer's answer for one environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Approval {
    /// As declared under `[[environments]]` (matched without regard to
    /// case, as GitHub does).
    pub environment: String,
    pub approved: bool,
}

impl Step {
    /// Whether the reviewer approves a deployment to `environment` in this
    /// step: `None` when the step does not say.
    pub fn approval(&self, environment: &str) -> Option<bool> {
        self.approvals
            .iter()
            .find(|a| a.environment.eq_ignore_ascii_case(environment))
            .map(|a| a.approved)
    }
}

/// Checks an exercise's `[[scenario]]` tables and builds its steps. The
/// error is the message for `exercise.toml`, without the file name.
pub(crate) fn load(
    steps: &[StepInfo],
    environments: &[EnvironmentInfo],
    files: &CourseFiles,
) -> Result<Vec<Step>, String> {
    let mut counts = Counts::default();
    steps
        .iter()
        .enumerate()
        .map(|(index, step)| {
            let n = index + 1;
            let approvals = approvals(n, step, environments)?;
            let action = action(n, step, files, &mut counts)?;
            Ok(Step { action, approvals })
        })
        .collect()
}

/// What the steps before this one made: commits (for their default
/// names) and pull requests (for their numbers).
#[derive(Default)]
struct Counts {
    commits: usize,
    pull_requests: u64,
}

fn approvals(
    n: usize,
    step: &StepInfo,
    environments: &[EnvironmentInfo],
) -> Result<Vec<Approval>, String> {
    for env in step.approve.iter().chain(&step.reject) {
        if !environments
            .iter()
            .any(|e| e.name.eq_ignore_ascii_case(env))
        {
            let known = if environments.is_empty() {
                i18n::t!("errors-course-none")
            } else {
                let names: Vec<&str> = environments.iter().map(|e| e.name.as_str()).collect();
                names.join(", ")
            };
            return Err(i18n::t!(
                "errors-course-undeclared-environment",
                n = n.to_string(),
                env = format!("{env:?}"),
                known = known
            ));
        }
    }
    if step
        .approve
        .iter()
        .any(|a| step.reject.iter().any(|r| r.eq_ignore_ascii_case(a)))
    {
        return Err(i18n::t!(
            "errors-course-approve-and-reject",
            n = n.to_string()
        ));
    }
    let approve = step.approve.iter().map(|environment| (environment, true));
    let reject = step.reject.iter().map(|environment| (environment, false));
    Ok(approve
        .chain(reject)
        .map(|(environment, approved)| Approval {
            environment: environment.clone(),
            approved,
        })
        .collect())
}

fn action(
    n: usize,
    step: &StepInfo,
    files: &CourseFiles,
    counts: &mut Counts,
) -> Result<Action, String> {
    let kinds = [
        step.push.is_some(),
        step.pull_request.is_some(),
        step.dispatch.is_some(),
    ];
    if kinds.iter().filter(|&&k| k).count() != 1 {
        return Err(i18n::t!("errors-course-one-kind", n = n.to_string()));
    }
    if step.git_ref.is_some() && step.push.is_none() {
        return Err(i18n::t!("errors-course-ref-not-push", n = n.to_string()));
    }
    if (step.head.is_some() || step.base.is_some()) && step.pull_request.is_none() {
        return Err(i18n::t!("errors-course-head-not-pr", n = n.to_string()));
    }
    if let Some(version) = &step.push {
        app_version(n, "errors-course-push-no-app", version, files)?;
        let git_ref = match &step.git_ref {
            Some(git_ref) => {
                check_ref(git_ref).map_err(|why| {
                    i18n::t!(
                        "errors-course-bad-ref",
                        n = n.to_string(),
                        gitref = format!("{git_ref:?}"),
                        why = ref_problem(why)
                    )
                })?;
                git_ref.clone()
            }
            None => "refs/heads/main".to_string(),
        };
        return Ok(Action::Push {
            version: version.clone(),
            name: commit_name(step, counts),
            git_ref,
        });
    }
    if let Some(version) = &step.pull_request {
        app_version(n, "errors-course-pr-no-app", version, files)?;
        let branch = |key: &str, given: &Option<String>, default: &str| {
            let branch = given.clone().unwrap_or_else(|| default.to_string());
            check_ref(&format!("refs/heads/{branch}"))
                .map(|()| branch.clone())
                .map_err(|why| {
                    i18n::t!(
                        "errors-course-bad-branch",
                        n = n.to_string(),
                        key = key,
                        branch = format!("{branch:?}"),
                        why = ref_problem(why),
                        default = default
                    )
                })
        };
        let head = branch("head", &step.head, "feature")?;
        let base = branch("base", &step.base, "main")?;
        if head == base {
            return Err(i18n::t!(
                "errors-course-pr-into-itself",
                n = n.to_string(),
                head = format!("{head:?}")
            ));
        }
        counts.pull_requests += 1;
        return Ok(Action::PullRequest {
            version: version.clone(),
            name: commit_name(step, counts),
            number: counts.pull_requests,
            head,
            base,
        });
    }
    let workflow = step.dispatch.as_ref().expect("exactly one kind is set");
    if files::check_relative(workflow).is_err() || workflow.contains('/') {
        return Err(i18n::t!(
            "errors-course-bad-dispatch",
            n = n.to_string(),
            workflow = format!("{workflow:?}")
        ));
    }
    Ok(Action::Dispatch {
        workflow: workflow.clone(),
        inputs: step.inputs.clone(),
    })
}

/// Checks that `version` is a folder of `fixtures/apps/`; `message` is the
/// id of the message that says it is not.
fn app_version(n: usize, message: &str, version: &str, files: &CourseFiles) -> Result<(), String> {
    let prefix = format!("fixtures/apps/{version}/");
    if files::check_relative(version).is_err() || !files.has_dir(&prefix) {
        return Err(i18n::t!(
            message,
            n = n.to_string(),
            version = format!("{version:?}"),
            path = files.display(&prefix)
        ));
    }
    Ok(())
}

/// What [`check_ref`] found (in English, for matching) in the current
/// language.
fn ref_problem(why: &str) -> String {
    match why {
        "is not under refs/heads/ or refs/tags/" => i18n::t!("errors-course-ref-not-under"),
        "is not a valid git ref name" => i18n::t!("errors-course-ref-invalid"),
        _ => why.to_string(),
    }
}

/// The name of the commit a step makes: its `name`, else `vN`, counting it.
fn commit_name(step: &StepInfo, counts: &mut Counts) -> String {
    counts.commits += 1;
    step.name
        .clone()
        .unwrap_or_else(|| format!("v{}", counts.commits))
}

/// Why `git_ref` is not a branch or tag ref git would accept (the rules of
/// `git check-ref-format` that a scenario can break), or `Ok`.
fn check_ref(git_ref: &str) -> Result<(), &'static str> {
    let Some(name) = git_ref
        .strip_prefix("refs/heads/")
        .or_else(|| git_ref.strip_prefix("refs/tags/"))
    else {
        return Err("is not under refs/heads/ or refs/tags/");
    };
    let bad_char = |c: char| c.is_ascii_control() || " ~^:?*[\\".contains(c);
    if name.is_empty()
        || name.contains("..")
        || name.contains("//")
        || name.contains("@{")
        || name.starts_with('/')
        || name.ends_with('/')
        || name.ends_with('.')
        || name.ends_with(".lock")
        || name.split('/').any(|part| part.starts_with('.'))
        || name.chars().any(bad_char)
    {
        return Err("is not a valid git ref name");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::{Course, CourseError};

    /// A one-exercise pack in a temporary folder whose exercise.toml ends
    /// with `scenario` (TOML for the `[[scenario]]` tables); it has the app
    /// versions `good` and `v2` and the environments staging and production.
    fn pack(scenario: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let write = |path: &str, text: &str| {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        write(
            "course.toml",
            "format_version = 1\ntitle = \"t\"\nwelcome = \"w\"\nfinal_message = \"f\"\nexercises = [\"01-x\"]\n",
        );
        write(
            "01-x/exercise.toml",
            &format!(
                "title = \"x\"\ntopic = \"cd\"\neditable = [\"ci.yml\"]\nhints = [\"h\"]\ndocker = true\n\n\
                 [[environments]]\nname = \"staging\"\n\n[[environments]]\nname = \"production\"\n\n{scenario}"
            ),
        );
        write("01-x/README.md", "# x\n");
        write("01-x/start/ci.yml", "on: push\n");
        write("01-x/solution/ci.yml", "on: push\n");
        write("fixtures/apps/good/app.sh", "echo good\n");
        write("fixtures/apps/v2/app.sh", "echo v2\n");
        dir
    }

    fn steps(scenario: &str) -> Vec<Step> {
        let dir = pack(scenario);
        let course = Course::load(Some(dir.path())).expect("the pack loads");
        course.exercises[0].scenario.clone()
    }

    fn load_error(scenario: &str) -> (String, std::path::PathBuf) {
        let dir = pack(scenario);
        let toml = dir.path().join("01-x/exercise.toml");
        let error = Course::load(Some(dir.path())).expect_err("the pack is refused");
        assert!(matches!(error, CourseError::Invalid { .. }), "{error:?}");
        (error.to_string(), toml)
    }

    fn push(version: &str, name: &str) -> Action {
        Action::Push {
            version: version.into(),
            name: name.into(),
            git_ref: "refs/heads/main".into(),
        }
    }

    #[test]
    fn a_push_step_loads_as_push_named_in_push_order() {
        let steps = steps(
            "[[scenario]]\npush = \"good\"\n\n[[scenario]]\npush = \"v2\"\nname = \"fix\"\n\n[[scenario]]\npush = \"good\"\n",
        );
        let actions: Vec<Action> = steps.into_iter().map(|s| s.action).collect();
        assert_eq!(
            actions,
            [push("good", "v1"), push("v2", "fix"), push("good", "v3")]
        );
    }

    #[test]
    fn a_dispatch_step_loads_as_dispatch_with_its_inputs() {
        let steps = steps(
            "[[scenario]]\npush = \"good\"\n\n[[scenario]]\ndispatch = \"rollback.yml\"\ninputs = { tag = \"<sha:v1>\" }\n",
        );
        assert_eq!(
            steps[1].action,
            Action::Dispatch {
                workflow: "rollback.yml".into(),
                inputs: BTreeMap::from([("tag".to_string(), "<sha:v1>".to_string())]),
            }
        );
        assert_eq!(steps[1].approvals, []);
    }

    #[test]
    fn approvals_load_with_their_decision() {
        let steps = steps(
            "[[scenario]]\npush = \"good\"\napprove = [\"Production\"]\nreject = [\"staging\"]\n",
        );
        let step = &steps[0];
        assert_eq!(step.action, push("good", "v1"));
        assert_eq!(step.approval("production"), Some(true));
        assert_eq!(step.approval("STAGING"), Some(false));
        assert_eq!(step.approval("qa"), None);
    }

    #[test]
    fn a_step_with_push_and_dispatch_is_refused() {
        let (message, toml) = load_error(
            "[[scenario]]\npush = \"good\"\n\n[[scenario]]\npush = \"v2\"\ndispatch = \"rollback.yml\"\n",
        );
        assert_eq!(
            message,
            format!(
                "{}: scenario step 2 must have exactly one of `push`, `pull_request` and `dispatch`",
                toml.display()
            )
        );
    }

    #[test]
    fn a_step_with_no_action_is_refused() {
        let (message, toml) = load_error("[[scenario]]\napprove = [\"production\"]\n");
        assert_eq!(
            message,
            format!(
                "{}: scenario step 1 must have exactly one of `push`, `pull_request` and `dispatch`",
                toml.display()
            )
        );
    }

    #[test]
    fn a_push_step_takes_a_tag_ref() {
        let steps = steps(
            "[[scenario]]\npush = \"good\"\n\n[[scenario]]\npush = \"v2\"\nref = \"refs/tags/v1.2.3\"\n",
        );
        assert_eq!(steps[0].action, push("good", "v1"));
        assert_eq!(
            steps[1].action,
            Action::Push {
                version: "v2".into(),
                name: "v2".into(),
                git_ref: "refs/tags/v1.2.3".into(),
            }
        );
    }

    #[test]
    fn a_pull_request_step_loads_numbered_with_feature_into_main() {
        let steps = steps(
            "[[scenario]]\npull_request = \"v2\"\n\n[[scenario]]\npush = \"v2\"\nname = \"merge\"\n\n\
             [[scenario]]\npull_request = \"good\"\nhead = \"fix/typo\"\nbase = \"release\"\n",
        );
        let actions: Vec<Action> = steps.into_iter().map(|s| s.action).collect();
        assert_eq!(
            actions,
            [
                Action::PullRequest {
                    version: "v2".into(),
                    name: "v1".into(),
                    number: 1,
                    head: "feature".into(),
                    base: "main".into(),
                },
                push("v2", "merge"),
                Action::PullRequest {
                    version: "good".into(),
                    name: "v3".into(),
                    number: 2,
                    head: "fix/typo".into(),
                    base: "release".into(),
                },
            ]
        );
    }

    #[test]
    fn a_step_with_push_and_pull_request_is_refused() {
        let (message, _) = load_error("[[scenario]]\npush = \"good\"\npull_request = \"v2\"\n");
        assert!(
            message.ends_with(
                "scenario step 1 must have exactly one of `push`, `pull_request` and `dispatch`"
            ),
            "{message}"
        );
    }

    #[test]
    fn a_short_or_malformed_ref_is_refused() {
        for (git_ref, why) in [
            ("v1.2.3", "is not under refs/heads/ or refs/tags/"),
            ("refs/tags/", "is not a valid git ref name"),
            ("refs/heads/a..b", "is not a valid git ref name"),
            ("refs/tags/v1 2", "is not a valid git ref name"),
        ] {
            let (message, _) = load_error(&format!(
                "[[scenario]]\npush = \"good\"\nref = \"{git_ref}\"\n"
            ));
            assert!(
                message.ends_with(&format!("scenario step 1 pushes to ref {git_ref:?}, which {why}: give a full ref, e.g. \"refs/heads/main\" or \"refs/tags/v1.2.3\"")),
                "{message}"
            );
        }
    }

    #[test]
    fn a_ref_on_a_pull_request_or_head_on_a_push_is_refused() {
        let (message, _) =
            load_error("[[scenario]]\npull_request = \"good\"\nref = \"refs/heads/feature\"\n");
        assert!(
            message.ends_with("scenario step 1 has `ref`, which only a `push` step takes (a pull request has `head` and `base`)"),
            "{message}"
        );
        let (message, _) = load_error("[[scenario]]\npush = \"good\"\nhead = \"feature\"\n");
        assert!(
            message.ends_with("scenario step 1 has `head` or `base`, which only a `pull_request` step takes (a push has `ref`)"),
            "{message}"
        );
    }

    #[test]
    fn a_pull_request_with_a_bad_branch_or_into_itself_is_refused() {
        let (message, _) = load_error("[[scenario]]\npull_request = \"good\"\nhead = \"a b\"\n");
        assert!(
            message.ends_with("scenario step 1 has head = \"a b\", which is not a valid git ref name: name a branch, e.g. \"feature\""),
            "{message}"
        );
        let (message, _) = load_error("[[scenario]]\npull_request = \"good\"\nhead = \"main\"\n");
        assert!(
            message.ends_with("scenario step 1 opens a pull request from \"main\" into itself: `head` and `base` must differ"),
            "{message}"
        );
        let (message, _) = load_error("[[scenario]]\npull_request = \"v9\"\n");
        assert!(
            message.contains("scenario step 1 opens a pull request with app version \"v9\", but "),
            "{message}"
        );
    }

    #[test]
    fn a_push_of_a_missing_app_version_is_refused() {
        let (message, _) = load_error("[[scenario]]\npush = \"v9\"\n");
        assert!(
            message.contains("scenario step 1 pushes app version \"v9\", but ")
                && message.ends_with(&format!(
                    "{} does not exist",
                    Path::new("fixtures/apps/v9/").display()
                )),
            "{message}"
        );
    }

    #[test]
    fn a_dispatch_outside_the_workflows_folder_is_refused() {
        let (message, _) = load_error("[[scenario]]\ndispatch = \"../ci.yml\"\n");
        assert!(
            message.ends_with("scenario step 1 dispatches \"../ci.yml\": name a file of .github/workflows/, e.g. \"rollback.yml\""),
            "{message}"
        );
    }

    #[test]
    fn approving_and_rejecting_one_environment_is_refused() {
        let (message, _) = load_error(
            "[[scenario]]\npush = \"good\"\napprove = [\"production\"]\nreject = [\"PRODUCTION\"]\n",
        );
        assert!(
            message.ends_with("scenario step 1 both approves and rejects the same environment"),
            "{message}"
        );
    }

    #[test]
    fn approving_an_undeclared_environment_names_the_declared_ones() {
        let (message, _) = load_error("[[scenario]]\npush = \"good\"\napprove = [\"qa\"]\n");
        assert!(
            message.ends_with("scenario step 1 approves or rejects environment \"qa\", which the exercise does not declare (declared: staging, production); add it under [[environments]]"),
            "{message}"
        );
    }

    #[test]
    fn a_syntax_error_in_a_step_still_names_line_and_column() {
        let dir = pack("[[scenario]]\npush = \"good\"\npsuh = \"v2\"\n");
        let error = Course::load(Some(dir.path())).expect_err("the pack is refused");
        let CourseError::Syntax {
            line, col, message, ..
        } = &error
        else {
            panic!("{error:?}");
        };
        assert_eq!((*line, *col), (15, 1), "{error}");
        assert!(message.starts_with("unknown field `psuh`"), "{error}");
    }
}
