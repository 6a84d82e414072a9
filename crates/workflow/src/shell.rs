//! The shells a `run:` step runs in, exactly as GitHub's runner starts them
//! (`actions/runner`: `ScriptHandler.cs` and `ScriptHandlerHelpers.cs`).
//!
//! The differences matter to a learner: with no `shell:` at all the script
//! runs as `bash -e {0}` (or `sh -e {0}` where bash is missing), so in
//! `false | true` only the last command of a pipeline counts; pipefail
//! comes only with an explicit `shell: bash`. A `shell:` is either a
//! built-in name (compared without regard to case, as the runner's tables
//! do) or a custom template such as `perl {0}`, whose first word is the
//! program and which must hold `{0}` for the script file.
//!
//! `parse` rejects a custom template without `{0}` before anything runs;
//! a shell that is valid but not installed (`pwsh` on most Linux hosts)
//! fails only the step that uses it, as on GitHub.

use i18n::t;
use std::path::PathBuf;

/// A built-in shell, as in the runner's tables.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Builtin {
    name: &'static str,
    /// Arguments, `{0}` standing for the script file.
    args: &'static str,
    extension: &'static str,
}

/// The runner's built-in shells. `bash` is as the docs write it (the
/// runner's own table says `-e -o pipefail`, which is the same).
const BUILTINS: &[Builtin] = &[
    Builtin {
        name: "bash",
        args: "--noprofile --norc -eo pipefail {0}",
        extension: ".sh",
    },
    Builtin {
        name: "sh",
        args: "-e {0}",
        extension: ".sh",
    },
    Builtin {
        name: "python",
        args: "{0}",
        extension: ".py",
    },
    Builtin {
        name: "pwsh",
        args: "-command \". '{0}'\"",
        extension: ".ps1",
    },
    Builtin {
        name: "powershell",
        args: "-command \". '{0}'\"",
        extension: ".ps1",
    },
    Builtin {
        name: "cmd",
        args: "/D /E:ON /V:OFF /S /C \"CALL \"{0}\"\"",
        extension: ".cmd",
    },
];

/// The built-in shell names, for messages and suggestions.
pub(crate) fn builtin_names() -> impl Iterator<Item = &'static str> {
    BUILTINS.iter().map(|b| b.name)
}

fn builtin(name: &str) -> Option<&'static Builtin> {
    BUILTINS.iter().find(|b| b.name.eq_ignore_ascii_case(name))
}

/// What runs a step's script.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Shell {
    /// No `shell:` anywhere: `bash -e {0}`, or `sh -e {0}` without bash.
    Default,
    Builtin(&'static Builtin),
    /// A custom template: the program and its arguments with `{0}`.
    Custom {
        program: String,
        args: String,
    },
}

impl Shell {
    /// The shell of a step from its `shell:` (or `defaults.run.shell`).
    /// `Err` says why a value cannot be a shell, for a diagnostic.
    pub(crate) fn parse(value: Option<&str>) -> Result<Shell, String> {
        let Some(value) = value else {
            return Ok(Shell::Default);
        };
        if let Some(found) = builtin(value.trim()) {
            return Ok(Shell::Builtin(found));
        }
        // The runner splits the program from its arguments at the first
        // space; a lone program name that is not built in has no template.
        let (program, args) = value.trim().split_once(' ').unwrap_or((value.trim(), ""));
        if program.is_empty() {
            return Err(t!("workflow-shell-empty"));
        }
        if !args.contains("{0}") {
            let known = builtin_names().collect::<Vec<_>>().join(", ");
            let hint = match suggest::did_you_mean(program, builtin_names()) {
                Some(name) if args.is_empty() => {
                    format!("{} ", t!("workflow-shell-did-you-mean", name = name))
                }
                _ => String::new(),
            };
            return Err(t!(
                "workflow-shell-unknown",
                shell = value,
                hint = hint,
                known = known,
                program = program
            ));
        }
        Ok(Shell::Custom {
            program: program.to_string(),
            args: args.trim_start().to_string(),
        })
    }

    /// The programs to look for on `PATH`, in order: the first found runs.
    ///
    /// `python` may also be `python3`: hosts without a `python` command
    /// are common, and the script is the same.
    fn programs(&self) -> Vec<&str> {
        match self {
            Shell::Default => vec!["bash", "sh"],
            Shell::Builtin(b) if b.name == "python" => vec!["python", "python3"],
            Shell::Builtin(b) => vec![b.name],
            Shell::Custom { program, .. } => vec![program.as_str()],
        }
    }

    /// The argument template, `{0}` standing for the script file.
    fn args(&self) -> &str {
        match self {
            Shell::Default => "-e {0}",
            Shell::Builtin(b) => b.args,
            Shell::Custom { args, .. } => args,
        }
    }

    /// The script file's extension: the built-in one of the program's
    /// name (`pwsh` needs `.ps1`), none for other programs.
    pub(crate) fn extension(&self) -> &'static str {
        match self {
            Shell::Default => ".sh",
            Shell::Builtin(b) => b.extension,
            Shell::Custom { program, .. } => builtin(program).map_or("", |b| b.extension),
        }
    }

    /// The script as the runner writes it: PowerShell stops at the first
    /// error and exits with the last native command's code; cmd does not
    /// echo the commands.
    pub(crate) fn script(&self, body: &str) -> String {
        let name = match self {
            Shell::Default => "sh",
            Shell::Builtin(b) => b.name,
            Shell::Custom { program, .. } => builtin(program).map_or("", |b| b.name),
        };
        match name {
            "pwsh" | "powershell" => format!(
                "$ErrorActionPreference = 'stop'\n{body}\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) {{ exit $LASTEXITCODE }}"
            ),
            "cmd" => format!("@echo off\n{body}"),
            _ => body.to_string(),
        }
    }

    /// The command line for a script file: the program found by `find`
    /// (given a name, the path it runs from, if installed) and the
    /// arguments. `Err` names the missing shell.
    pub(crate) fn command(
        &self,
        script: &str,
        find: impl Fn(&str) -> Option<PathBuf>,
    ) -> Result<(PathBuf, Vec<String>), String> {
        let programs = self.programs();
        let Some(program) = programs.iter().find_map(|p| find(p)) else {
            return Err(self.missing(&programs));
        };
        let args = split_words(self.args())
            .into_iter()
            .map(|a| a.replace("{0}", script))
            .collect();
        Ok((program, args))
    }

    fn missing(&self, programs: &[&str]) -> String {
        let tried = programs.join(&format!(" {} ", t!("workflow-or")));
        match self {
            Shell::Default => {
                t!("workflow-shell-no-bash")
            }
            Shell::Builtin(b) => t!("workflow-shell-missing", shell = b.name, tried = tried),
            Shell::Custom { .. } => t!("workflow-shell-program-missing", tried = tried),
        }
    }
}

/// Splits a command line into words: whitespace separates, '…' and "…"
/// group (the way a shell's arguments are written).
pub(crate) fn split_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quote: Option<char> = None;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.get_or_insert_with(String::new).push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                word.get_or_insert_with(String::new);
            }
            (None, c) if c.is_whitespace() => words.extend(word.take()),
            (None, c) => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::{Shell, split_words};

    /// The command line for `shell` with every program installed in /bin.
    fn command_line(shell: Option<&str>) -> Vec<String> {
        let shell = Shell::parse(shell).unwrap();
        let (program, args) = shell
            .command("/tmp/s", |p| Some(PathBuf::from("/bin").join(p)))
            .unwrap();
        let mut line = vec![program.display().to_string()];
        line.extend(args);
        line
    }

    #[test]
    fn no_shell_is_bash_e_without_pipefail() {
        assert_eq!(command_line(None), ["/bin/bash", "-e", "/tmp/s"]);
        assert_eq!(Shell::Default.extension(), ".sh");
    }

    #[test]
    fn no_shell_falls_back_to_sh_without_bash() {
        let (program, args) = Shell::Default
            .command("/tmp/s", |p| (p == "sh").then(|| PathBuf::from("/bin/sh")))
            .unwrap();
        assert_eq!(program, PathBuf::from("/bin/sh"));
        assert_eq!(args, ["-e", "/tmp/s"]);
    }

    #[test]
    fn builtin_templates() {
        assert_eq!(
            command_line(Some("bash")),
            [
                "/bin/bash",
                "--noprofile",
                "--norc",
                "-eo",
                "pipefail",
                "/tmp/s"
            ]
        );
        assert_eq!(command_line(Some("sh")), ["/bin/sh", "-e", "/tmp/s"]);
        assert_eq!(command_line(Some("python")), ["/bin/python", "/tmp/s"]);
        assert_eq!(
            command_line(Some("pwsh")),
            ["/bin/pwsh", "-command", ". '/tmp/s'"]
        );
        assert_eq!(
            command_line(Some("powershell")),
            ["/bin/powershell", "-command", ". '/tmp/s'"]
        );
        assert_eq!(
            command_line(Some("cmd")),
            [
                "/bin/cmd",
                "/D",
                "/E:ON",
                "/V:OFF",
                "/S",
                "/C",
                "CALL /tmp/s"
            ]
        );
    }

    #[test]
    fn builtin_names_ignore_case() {
        assert_eq!(
            command_line(Some("BASH")),
            [
                "/bin/bash",
                "--noprofile",
                "--norc",
                "-eo",
                "pipefail",
                "/tmp/s"
            ]
        );
        assert_eq!(command_line(Some("Sh")), ["/bin/sh", "-e", "/tmp/s"]);
        assert_eq!(Shell::parse(Some("PWSH")).unwrap().extension(), ".ps1");
    }

    #[test]
    fn extensions() {
        let ext = |s: &str| Shell::parse(Some(s)).unwrap().extension();
        assert_eq!(ext("bash"), ".sh");
        assert_eq!(ext("sh"), ".sh");
        assert_eq!(ext("python"), ".py");
        assert_eq!(ext("pwsh"), ".ps1");
        assert_eq!(ext("powershell"), ".ps1");
        assert_eq!(ext("cmd"), ".cmd");
        // A custom template takes its program's extension, if built in.
        assert_eq!(ext("python -u {0}"), ".py");
        assert_eq!(ext("perl {0}"), "");
    }

    #[test]
    fn python_may_be_python3() {
        let shell = Shell::parse(Some("python")).unwrap();
        let (program, _) = shell
            .command("/tmp/s", |p| {
                (p == "python3").then(|| PathBuf::from("/usr/bin/python3"))
            })
            .unwrap();
        assert_eq!(program, PathBuf::from("/usr/bin/python3"));
    }

    #[test]
    fn custom_template() {
        assert_eq!(
            command_line(Some("bash -c \"cat {0}\"")),
            ["/bin/bash", "-c", "cat /tmp/s"]
        );
        assert_eq!(
            command_line(Some("perl -w {0}")),
            ["/bin/perl", "-w", "/tmp/s"]
        );
    }

    #[test]
    fn custom_template_without_placeholder_is_refused() {
        let err = Shell::parse(Some("bash -x")).unwrap_err();
        assert_eq!(
            err,
            "unknown shell \"bash -x\": use one of bash, sh, python, pwsh, powershell, cmd, or a command with {0} where the script file goes, e.g. `bash {0}`"
        );
        let err = Shell::parse(Some("bsh")).unwrap_err();
        assert!(err.contains("did you mean \"bash\"?"), "{err}");
        assert!(Shell::parse(Some("")).is_err());
    }

    #[test]
    fn missing_shell_is_named() {
        let err = Shell::parse(Some("pwsh"))
            .unwrap()
            .command("/tmp/s", |_| None)
            .unwrap_err();
        assert_eq!(
            err,
            "cannot run the step: its shell \"pwsh\" is not installed here (pwsh not found on PATH); install it or choose another `shell:`"
        );
        let err = Shell::parse(Some("perl {0}"))
            .unwrap()
            .command("/tmp/s", |_| None)
            .unwrap_err();
        assert!(err.contains("\"perl\""), "{err}");
    }

    #[test]
    fn powershell_and_cmd_scripts_are_wrapped_like_the_runner() {
        let pwsh = Shell::parse(Some("pwsh")).unwrap();
        assert_eq!(
            pwsh.script("Write-Output hi"),
            "$ErrorActionPreference = 'stop'\nWrite-Output hi\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }"
        );
        let cmd = Shell::parse(Some("cmd")).unwrap();
        assert_eq!(cmd.script("echo hi"), "@echo off\necho hi");
        assert_eq!(Shell::Default.script("echo hi"), "echo hi");
        assert_eq!(
            Shell::parse(Some("bash")).unwrap().script("echo hi"),
            "echo hi"
        );
    }

    #[test]
    fn words_split_like_a_command_line() {
        assert_eq!(
            split_words(r#"bash -c "cat {0}"  'a b'"#),
            ["bash", "-c", "cat {0}", "a b"]
        );
        assert_eq!(split_words("perl ''"), ["perl", ""]);
    }
}
