//! English against Vietnamese: the fixtures of `fixtures/crosslang/` (two 2016 events, each told
//! by two English and two Vietnamese reports) scored against their conflict gold, and errors
//! injected into a copy of an English report, each expected against the Vietnamese side. Runs
//! the built binary; rows are read back as parsed CSV.

mod common;

use common::{compare, Row};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/crosslang")
}

/// The row setting `x` against `y` (either way round), if there is one.
fn row_with<'r>(rows: &'r [Row], kind: &str, x: &str, y: &str) -> Option<&'r Row> {
    rows.iter().find(|r| {
        r["kind"] == kind
            && ((r["value_a"] == x && r["value_b"] == y)
                || (r["value_a"] == y && r["value_b"] == x))
    })
}

#[test]
fn every_cross_language_conflict_of_the_gold_is_found_and_nothing_else() {
    let dir = root();
    let summary = common::every_conflict_and_nothing_else(&[&dir], &dir);
    assert!(
        summary.contains("recall all                  3/3"),
        "{summary}"
    );
    // No date row at all: the English weekdays ("early Thursday", "on Wednesday, May 18",
    // "inaugurated Friday") resolve to the days the Vietnamese reports give.
    let rows = compare(&dir.join("egyptair"))
        .into_iter()
        .chain(compare(&dir.join("taiwan")))
        .collect::<Vec<_>>();
    assert!(
        rows.iter().all(|r| r["kind"] != "date_conflict"),
        "{rows:?}"
    );
    // The English and the Vietnamese time meet: 2:30 am (Rappler) against 2h45 (Zing).
    let time = row_with(&rows, "time_conflict", "02:30", "02:45").expect("2:30 vs 2h45");
    assert_eq!(
        [time["outlet_a"].as_str(), time["outlet_b"].as_str()],
        ["Rappler", "Zing"]
    );
}

/// Copies the EgyptAir story into a temporary folder with one English sentence changed.
fn injected(from: &str, to: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let story = tmp.path().join("egyptair");
    std::fs::create_dir(&story).unwrap();
    for entry in std::fs::read_dir(root().join("egyptair")).unwrap() {
        let path = entry.unwrap().path();
        let mut text = std::fs::read_to_string(&path).unwrap();
        if path.file_name().unwrap() == "en-rappler.txt" {
            assert!(text.contains(from), "{from}");
            text = text.replace(from, to);
        }
        std::fs::write(story.join(path.file_name().unwrap()), text).unwrap();
    }
    (tmp, story)
}

#[test]
fn errors_injected_into_an_english_report_are_caught_against_the_vietnamese_side() {
    let clean = compare(&root().join("egyptair"));
    let vietnamese = ["Zing", "VnExpress"];
    for (from, to, kind, wrong, right) in [
        (
            "with 66 people on board",
            "with 69 people on board",
            "numeric_conflict",
            "69",
            "66",
        ),
        (
            "early Thursday, May 19",
            "early Friday, May 20",
            "date_conflict",
            "2016-05-20",
            "2016-05-19",
        ),
        (
            "normally takes just over four hours",
            "normally takes about two hours",
            "numeric_conflict",
            "PT2H",
            "PT4H",
        ),
    ] {
        assert!(row_with(&clean, kind, wrong, right).is_none());
        let (_tmp, story) = injected(from, to);
        let rows = compare(&story);
        let row = row_with(&rows, kind, wrong, right)
            .unwrap_or_else(|| panic!("{to}: no {kind} {wrong} vs {right} in {rows:?}"));
        let outlets = [row["outlet_a"].as_str(), row["outlet_b"].as_str()];
        assert!(outlets.contains(&"Rappler"), "{outlets:?}");
        assert!(
            outlets.iter().any(|o| vietnamese.contains(o)),
            "{outlets:?}"
        );
        // The rest of the story is as before: the injected error adds its row and no other.
        assert_eq!(rows.len(), clean.len() + 1, "{to}: {rows:?}");
    }
}
