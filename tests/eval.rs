//! The eval gate: extraction on the annotated fixtures must stay at or above the recorded
//! thresholds (fixtures/gold/thresholds.csv), so a rule change never silently loses a claim.

mod common;

use claimdiff::eval::{self, Counts, GoldClaim, Predicted};
use std::path::Path;

#[test]
fn fixtures_meet_their_thresholds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let result = eval::run(&dir).expect("eval runs");
    assert!(result.files >= 25, "annotated files: {}", result.files);
    let thresholds = eval::read_thresholds(&dir).expect("thresholds");
    assert!(thresholds.len() >= 5);
    let failures = eval::check_thresholds(&result, &thresholds);
    assert!(
        failures.is_empty(),
        "{failures:?}\n{}",
        eval::table(&result)
    );
}

#[test]
fn scoring_counts_misses_spurious_and_wrong_values() {
    let gold = |kind: &str, start, end, value: &str, slot: &str| GoldClaim {
        kind: kind.into(),
        start,
        end,
        mention: String::new(),
        value: value.into(),
        slot: slot.into(),
        qualifier: String::new(),
    };
    let pred = |kind: &str, start, end, value: &str, slot: &str| Predicted {
        kind: kind.into(),
        start,
        end,
        value: value.into(),
        slot: slot.into(),
    };
    let golds = [
        gold("number", 0, 5, "100000", "troops"),
        gold("number", 10, 15, "90000", "troops"),
        gold("date", 20, 24, "2022-01-21", "date"),
    ];
    let preds = [
        pred("number", 0, 5, "100000", "people"), // right value, wrong slot
        pred("date", 20, 24, "2022-01-22", "date"), // wrong value
        pred("number", 30, 33, "5", "people"),    // spurious
    ];
    let mut r = eval::EvalResult::default();
    eval::score("t", &golds, &preds, &mut r);
    assert_eq!(
        r.metrics["number"],
        Counts {
            tp: 1,
            predicted: 2,
            gold: 2
        }
    );
    assert_eq!(
        r.metrics["date"],
        Counts {
            tp: 0,
            predicted: 1,
            gold: 1
        }
    );
    assert_eq!(
        r.metrics["slot"],
        Counts {
            tp: 0,
            predicted: 2,
            gold: 2
        }
    );
    assert_eq!(r.errors.len(), 4, "{:?}", r.errors);
}

/// Runs `claimdiff eval conflicts` on the seeds and the written stories against their gold.
fn eval_conflicts(extra: &[&str]) -> (std::process::Output, tempfile::TempDir) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let stories = root.join("fixtures/stories");
    let mut args = vec![
        "eval".to_string(),
        "conflicts".into(),
        root.join("fixtures/articles").display().to_string(),
        stories.display().to_string(),
        "--gold".into(),
        stories.join("conflicts.csv").display().to_string(),
        "--read".into(),
        stories.join("read.csv").display().to_string(),
        "--out".into(),
        out.path().display().to_string(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(&args)
        .output()
        .unwrap();
    (o, out)
}

#[test]
fn alignment_finds_every_conflict_of_the_fixture_gold_and_nothing_else() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let stories = root.join("fixtures/stories");
    let summary = common::every_conflict_and_nothing_else(
        &[&root.join("fixtures/articles"), &stories],
        &stories,
    );
    assert!(
        summary.contains("recall all                  9/9"),
        "{summary}"
    );
    assert!(
        summary.contains("9/9 rows match a gold conflict"),
        "{summary}"
    );
}

#[test]
fn conflicts_under_the_threshold_fail_and_are_listed_as_misses() {
    // Keeping only rows scored above 0.99 drops most conflicts: exit 1, each one in misses.csv.
    let (o, out) = eval_conflicts(&["--min-score", "0.99"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("recall"), "{err}");
    let mut rdr = csv::Reader::from_path(out.path().join("misses.csv")).unwrap();
    let headers = rdr.headers().unwrap().clone();
    let kind = headers.iter().position(|h| h == "kind").unwrap();
    let kinds: Vec<String> = rdr
        .records()
        .map(|r| r.unwrap()[kind].to_string())
        .collect();
    assert!(kinds.len() >= 5, "{kinds:?}");
    assert!(kinds.iter().any(|k| k == "numeric_conflict"), "{kinds:?}");
}

/// Runs `claimdiff eval learn` on the seeds and the written stories with their conflict gold
/// (no agreements), `runs` averaged runs, into `out`.
fn learn(runs: &str, out: &Path, agree: &Path) -> std::process::Output {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let stories = root.join("fixtures/stories");
    let path = |p: &Path| p.display().to_string();
    common::claimdiff(&[
        "eval",
        "learn",
        &path(&root.join("fixtures/articles")),
        &path(&stories),
        "--gold",
        &path(&stories.join("conflicts.csv")),
        "--agree",
        &path(agree),
        "--read",
        &path(&stories.join("read.csv")),
        "--runs",
        runs,
        "-o",
        &path(out),
    ])
}

#[test]
fn averaged_learning_gives_the_same_weights_every_time_and_compare_reads_them() {
    let dir = tempfile::tempdir().unwrap();
    let agree = dir.path().join("agree.csv");
    std::fs::write(&agree, "cluster,what,value,docs\n").unwrap();
    let (a, b, once) = (
        dir.path().join("a.csv"),
        dir.path().join("b.csv"),
        dir.path().join("once.csv"),
    );
    for (runs, out) in [("4", &a), ("4", &b), ("0", &once)] {
        let o = learn(runs, out, &agree);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let text = |p: &Path| std::fs::read_to_string(p).unwrap();
    // Subsamples are drawn by hashing the clusters' names: no run-to-run drift.
    assert_eq!(text(&a), text(&b));
    assert!(text(&a).contains("# Averaged over "), "{}", text(&a));
    assert!(!text(&once).contains("Averaged over"));
    assert_ne!(text(&a), text(&once));
    // The averaged file is a weights file: compare runs on it and writes its reports.
    let out = dir.path().join("out");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let o = common::claimdiff(&[
        "compare",
        &root.join("fixtures/articles").display().to_string(),
        "--weights",
        &a.display().to_string(),
        "--out",
        &out.display().to_string(),
    ]);
    assert!(
        matches!(o.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(out.join("discrepancies.csv").exists());
}
