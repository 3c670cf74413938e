//! `claimdiff eval`: score extraction against the gold annotations under a directory.

use crate::cli::EvalArgs;
use crate::eval;
use anyhow::Result;
use std::process::ExitCode;

pub fn run(args: EvalArgs) -> Result<ExitCode> {
    let result = eval::run(&args.dir)?;
    print!("{}", eval::table(&result));
    let failures = eval::check_thresholds(&result, &eval::read_thresholds(&args.dir)?);
    for f in &failures {
        eprintln!("claimdiff eval: {f}");
    }
    Ok(if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
