//! `claimdiff compare`: read → extract → align → compare → write reports.

use crate::cli::CompareArgs;
use crate::{align, compare, report};
use anyhow::Result;
use std::process::ExitCode;

pub fn run(args: CompareArgs) -> Result<ExitCode> {
    // Fail on an unwritable output directory before doing any work.
    report::prepare_dir(&args.out)?;
    let (articles, extractions) = super::load(&args.input)?;
    let records = align::align(&articles, extractions);
    let found = compare::compare(&articles, &records);
    let mut formats = args.format.clone();
    formats.sort();
    formats.dedup();
    report::write_reports(&args.out, &formats, args.excel, &articles, &records, &found)?;
    eprintln!(
        "claimdiff: {} articles, {} claims, {} discrepancies; reports in {}",
        articles.len(),
        records.len(),
        found.len(),
        args.out.display()
    );
    Ok(if found.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
