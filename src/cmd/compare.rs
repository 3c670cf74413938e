//! `claimdiff compare`: read → extract → align → compare → write reports.

use crate::cli::CompareArgs;
use crate::{align, compare, report, shard};
use anyhow::Result;
use std::process::ExitCode;

pub fn run(args: CompareArgs) -> Result<ExitCode> {
    // Fail on an unwritable output directory before doing any work.
    report::prepare_dir(&args.out)?;
    let (articles, records, skipped) = match &args.claims {
        Some(path) => {
            let from = if path.as_os_str() == "-" {
                shard::read(std::io::stdin().lock(), "standard input")?
            } else {
                let file = std::fs::File::open(path).map_err(|e| {
                    anyhow::anyhow!("{}: {}", path.display(), crate::article::io_reason(&e))
                })?;
                shard::read(std::io::BufReader::new(file), &path.to_string_lossy())?
            };
            (from.articles, from.records, from.skipped)
        }
        None => {
            let loaded = super::load(&args.input, Some(&args.out))?;
            let records = align::align(&loaded.articles, loaded.extractions);
            (loaded.articles, records, loaded.skipped)
        }
    };
    let found = compare::compare(&articles, &records);
    let mut formats = args.format.clone();
    formats.sort();
    formats.dedup();
    let reports = report::Reports {
        articles: &articles,
        records: &records,
        discrepancies: &found,
        skipped: &skipped,
    };
    report::write_reports(&args.out, &formats, args.excel, &reports)?;
    let skipped = if skipped.is_empty() {
        String::new()
    } else {
        format!(" ({} skipped)", skipped.len())
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
