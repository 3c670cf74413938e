//! `claimdiff compare`: read → extract → align → compare → write reports.

use crate::cli::CompareArgs;
use crate::{align, compare, report};
use anyhow::Result;
use std::process::ExitCode;

pub fn run(args: CompareArgs) -> Result<ExitCode> {
    // Fail on an unwritable output directory before doing any work.
    report::prepare_dir(&args.out)?;
    let loaded = super::load(&args.input)?;
    let articles = loaded.articles;
    let records = align::align(&articles, loaded.extractions);
    let found = compare::compare(&articles, &records);
    let mut formats = args.format.clone();
    formats.sort();
    formats.dedup();
    let reports = report::Reports {
        articles: &articles,
        records: &records,
        discrepancies: &found,
        skipped: &loaded.skipped,
    };
    report::write_reports(&args.out, &formats, args.excel, &reports)?;
    let skipped = if loaded.skipped.is_empty() {
        String::new()
    } else {
        format!(" ({} skipped)", loaded.skipped.len())
    };
    eprintln!(
        "claimdiff: {} articles{skipped}, {} claims, {} discrepancies; reports in {}",
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
