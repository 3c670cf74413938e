//! Runs extraction over a directory several times, for profilers (perf, callgrind):
//! `cargo run --release --example profile_extract -- ../shared/corpora/vims-dev 5`.

use claimdiff::article::{self, Meta};
use claimdiff::corpus;
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "fixtures/articles".into()));
    let rounds: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(5);
    let inputs = corpus::collect(&[dir]).strict().expect("inputs");
    let articles: Vec<_> = inputs
        .iter()
        .map(|i| article::read(&i.path, i.doc.clone(), &Meta::default()).expect("readable"))
        .collect();
    let bytes: usize = articles.iter().map(|a| a.bytes).sum();
    let start = std::time::Instant::now();
    let mut claims = 0;
    for _ in 0..rounds {
        claims += articles
            .iter()
            .map(|a| claimdiff::extract::extract(a).claims.len())
            .sum::<usize>();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} articles, {:.1} MB, {} claims a round: {:.1} MB/s, {:.0} articles/s on one core",
        articles.len(),
        bytes as f64 / 1e6,
        claims / rounds,
        bytes as f64 * rounds as f64 / 1e6 / secs,
        (articles.len() * rounds) as f64 / secs
    );
}
