//! The `registry serve` verb: runs the embedded registry in the foreground
//! until Ctrl-C, printing one line per push.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use crate::cli::{GlobalArgs, RegistryServeArgs};
use registry::{Credentials, Registry, RegistryConfig};

use super::VerbResult;
use crate::ui::out::outln;

/// Runs the verb.
pub(crate) fn run(args: &RegistryServeArgs, global: &GlobalArgs) -> VerbResult {
    let _ = global;
    let addr: SocketAddr = args.addr.parse().map_err(|_| {
        crate::Error::Usage(format!(
            "--addr {:?} is not an address: use IP:PORT, for example 127.0.0.1:5000",
            args.addr
        ))
    })?;
    if !addr.ip().is_loopback() {
        return Err(crate::Error::Usage(format!(
            "--addr {addr} is not a loopback address: the registry speaks plain HTTP, so it only listens on 127.0.0.1 (or ::1)"
        )));
    }
    let auth = match &args.auth {
        None => None,
        Some(text) => Some(parse_auth(text)?),
    };
    // Without --root, a temporary folder removed on exit.
    let temp;
    let root = match &args.root {
        Some(root) => root.clone(),
        None => {
            temp = tempfile::Builder::new()
                .prefix("devpath-registry-")
                .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700))
                .tempdir()
                .map_err(|source| crate::Error::Io {
                    action: "create a temporary folder for",
                    path: std::env::temp_dir(),
                    source,
                })?;
            temp.path().to_path_buf()
        }
    };
    let user = auth.as_ref().and_then(|a: &Credentials| a.user.clone());
    let mut config = RegistryConfig::new(&root);
    config.auth = auth;
    let protected = config.auth.is_some();
    let registry = Registry::start(config, addr)?;
    let host = registry.addr();
    outln!(
        "devpath registry listening on http://{host} (storage: {})",
        root.display()
    )?;
    if protected {
        outln!(
            "  log in:  printf '%s' \"$TOKEN\" | docker login {host} -u {} --password-stdin",
            user.as_deref().unwrap_or("USER")
        )?;
    }
    outln!("  push:    docker tag IMAGE {host}/NAME:TAG && docker push {host}/NAME:TAG")?;
    outln!("  pull:    docker pull {host}/NAME:TAG")?;
    // Taken before saying so: a Ctrl-C from then on stops serving cleanly.
    let guard = crate::signal::guard_run();
    outln!("Press Ctrl-C to stop.")?;

    let mut printed = 0;
    // Ctrl-C wakes the wait at once; between signals, new pushes are
    // printed every 200 ms. A closed stdout stops serving: nobody sees the
    // pushes any more.
    let mut served = Ok(());
    while served.is_ok() && !guard.cancel.sleep(Duration::from_millis(200)) {
        let events = registry.push_events();
        for event in events.iter().skip(printed) {
            let reference = match &event.tag {
                Some(tag) => format!("{}:{tag}", event.repository),
                None => event.repository.clone(),
            };
            served = outln!(
                "push #{} {host}/{reference} {} ({})",
                event.seq,
                event.digest,
                event.media_type
            );
            if served.is_err() {
                break;
            }
        }
        printed = events.len();
    }
    registry.stop();
    served?;
    outln!("registry stopped")?;
    Ok(ExitCode::SUCCESS)
}

/// `USER:TOKEN`: clients must log in as USER with TOKEN. Just `TOKEN` (or
/// `:TOKEN`) names no user, so any user name is accepted with the token.
fn parse_auth(text: &str) -> Result<Credentials, crate::Error> {
    let (user, token) = match text.split_once(':') {
        Some((user, token)) => (Some(user.to_string()).filter(|u| !u.is_empty()), token),
        None => (None, text),
    };
    if token.is_empty() {
        return Err(crate::Error::Usage(
            "--auth needs USER:TOKEN with a non-empty token".into(),
        ));
    }
    Ok(Credentials {
        user,
        token: token.to_string(),
    })
}
