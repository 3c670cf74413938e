//! `claimdiff compare`: read → extract → align (scopes, pairing) → compare → write reports.

use crate::cli::CompareArgs;
use crate::{align, compare, report, shard};
use anyhow::Result;
use std::process::ExitCode;

pub fn run(args: CompareArgs) -> Result<ExitCode> {
    // Fail on an unwritable output directory before doing any work.
    report::prepare_dir(&args.out)?;
    let weights = super::weights(&args.alignment)?;
    let min_score = args.min_score.unwrap_or(weights.min_score);
    let (articles, mut records, skipped) = match &args.claims {
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
    let matches = align::pair(&articles, &mut records, &weights);
    let found = compare::compare(&articles, &records, &matches, &weights, min_score);
    let mut formats = args.format.clone();
    formats.sort();
    formats.dedup();
    let stories = crate::story::stories(&articles);
    let reports = report::Reports {
        articles: &articles,
        records: &records,
        discrepancies: &found,
        stories: &stories,
        skipped: &skipped,
    };
    report::write_reports(&args.out, &formats, args.excel, &reports)?;
    let skipped = if skipped.is_empty() {
        String::new()
    } else {
        format!(" ({} skipped)", skipped.len())
    };
    eprintln!(
        "claimdiff: {} articles{skipped}, {} claims, {} {}{}; reports in {}",
        articles.len(),
        records.len(),
        found.len(),
        if found.len() == 1 {
            "discrepancy"
        } else {
            "discrepancies"
        },
        busiest_stories(&stories, &found),
        args.out.display()
    );
    Ok(if found.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// " in S of T stories (most: title (n), …)" when there is more than one story, so a day's run
/// names where to look first.
fn busiest_stories(stories: &[crate::story::Story], found: &[compare::Discrepancy]) -> String {
    if stories.len() < 2 {
        return String::new();
    }
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for d in found {
        *counts.entry(d.story.as_str()).or_default() += 1;
    }
    let mut top: Vec<(&str, usize)> = counts.iter().map(|(k, n)| (*k, *n)).collect();
    top.sort_by_key(|&(k, n)| (std::cmp::Reverse(n), k));
    let names: Vec<String> = top
        .iter()
        .take(3)
        .filter_map(|(k, n)| {
            let s = stories.iter().find(|s| s.key == *k)?;
            let mut title: String = s.title.chars().take(40).collect();
            if title.len() < s.title.len() {
                title.push('…');
            }
            Some(format!("{title} ({n})"))
        })
        .collect();
    let most = if names.is_empty() {
        String::new()
    } else {
        format!(" (most: {})", names.join(", "))
    };
    format!(" in {} of {} stories{most}", counts.len(), stories.len())
}
