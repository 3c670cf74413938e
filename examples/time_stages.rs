//! Times the stages of `compare` on a corpus: reading and extraction, scopes, pairing,
//! comparison (wall clock, one run; for finding where time goes, not a benchmark).
//!
//! cargo run --release --example time_stages -- DIR

use claimdiff::align::{self, Weights};
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("a directory"));
    let t = Instant::now();
    let collected = claimdiff::corpus::collect(std::slice::from_ref(&dir));
    let inputs = collected.strict()?;
    let manifest = claimdiff::corpus::manifests(None, &[dir])?;
    let bar = indicatif::ProgressBar::hidden();
    let loaded = claimdiff::corpus::load(&inputs, &manifest, &bar, false)?;
    let read = t.elapsed();
    let t = Instant::now();
    let mut records = align::align(&loaded.articles, loaded.extractions);
    let scoped = t.elapsed();
    let t = Instant::now();
    let weights = Weights::builtin();
    let matches = align::pair(&loaded.articles, &mut records, weights);
    let paired = t.elapsed();
    let t = Instant::now();
    let found = claimdiff::compare::compare(
        &loaded.articles,
        &records,
        &matches,
        weights,
        weights.min_score,
    );
    let compared = t.elapsed();
    println!(
        "read+extract {read:?}, scopes {scoped:?}, pairing {paired:?} ({} matches), compare {compared:?} ({} rows)",
        matches.len(),
        found.len()
    );
    Ok(())
}
