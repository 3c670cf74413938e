//! Helpers the integration tests share: run the built binary, read a report back as parsed
//! CSV rows, and score a folder against a conflict gold requiring every conflict and no other
//! row. Not every test file uses every helper.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Output};

/// A CSV row by column name.
pub type Row = HashMap<String, String>;

pub fn claimdiff(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(args)
        .output()
        .unwrap()
}

/// The rows of a CSV file.
pub fn rows(path: &Path) -> Vec<Row> {
    let mut rdr = csv::Reader::from_path(path).unwrap();
    let headers = rdr.headers().unwrap().clone();
    rdr.records()
        .map(|r| {
            headers
                .iter()
                .zip(r.unwrap().iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// Compares `dir` into a temporary folder and returns the rows of `discrepancies.csv`.
pub fn compare(dir: &Path) -> Vec<Row> {
    compare_with(dir, &[])
}

/// [`compare`] with more flags (`--min-score 0` to see every paired difference).
pub fn compare_with(dir: &Path, flags: &[&str]) -> Vec<Row> {
    let out = tempfile::tempdir().unwrap();
    let mut args = vec![
        "compare",
        dir.to_str().unwrap(),
        "--out",
        out.path().to_str().unwrap(),
        "-q",
    ];
    args.extend_from_slice(flags);
    let o = claimdiff(&args);
    assert!(
        matches!(o.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    rows(&out.path().join("discrepancies.csv"))
}

/// Runs `eval conflicts` on `inputs` against `gold/conflicts.csv` and `gold/read.csv`,
/// requiring every conflict found (each kind too) and every row real; checks that `misses.csv`
/// and `false.csv` are empty and returns the summary printed.
pub fn every_conflict_and_nothing_else(inputs: &[&Path], gold: &Path) -> String {
    let out = tempfile::tempdir().unwrap();
    let paths: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
    let (conflicts, read) = (gold.join("conflicts.csv"), gold.join("read.csv"));
    let mut args: Vec<&str> = vec!["eval", "conflicts"];
    args.extend(paths.iter().map(String::as_str));
    args.extend([
        "--gold",
        conflicts.to_str().unwrap(),
        "--read",
        read.to_str().unwrap(),
        "--out",
        out.path().to_str().unwrap(),
        "--min-recall",
        "1",
        "--min-kind-recall",
        "1",
        "--min-precision",
        "1",
    ]);
    let o = claimdiff(&args);
    let summary = String::from_utf8_lossy(&o.stdout).to_string();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{summary}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(rows(&out.path().join("misses.csv")).is_empty(), "{summary}");
    assert!(rows(&out.path().join("false.csv")).is_empty(), "{summary}");
    summary
}
