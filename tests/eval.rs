//! The eval gate: extraction on the annotated fixtures must stay at or above the recorded
//! thresholds (fixtures/gold/thresholds.csv), so a rule change never silently loses a claim.

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
