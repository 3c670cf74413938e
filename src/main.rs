//! The `claimdiff` binary: parse flags, run, map errors to exit code 2.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let opts = claimdiff::cli::Opts::parse();
    match claimdiff::cmd::run(opts) {
        Ok(code) => code,
        Err(err) => {
            // A closed stdout (`| head`) is not an error worth reporting.
            let broken_pipe = err.chain().any(|e| {
                let kind = e
                    .downcast_ref::<std::io::Error>()
                    .map(std::io::Error::kind)
                    .or_else(|| match e.downcast_ref::<csv::Error>()?.kind() {
                        csv::ErrorKind::Io(io) => Some(io.kind()),
                        _ => None,
                    })
                    .or_else(|| e.downcast_ref::<serde_json::Error>()?.io_error_kind());
                kind == Some(std::io::ErrorKind::BrokenPipe)
            });
            if broken_pipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("claimdiff: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
