//! Runs the built `claimdiff` binary on the fixtures and on bad input, in temporary
//! directories, and checks parsed CSV rows rather than raw text.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs claimdiff with the repository root as working directory.
fn claimdiff(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("claimdiff runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

type Row = HashMap<String, String>;

fn read_csv(path: &Path) -> Vec<Row> {
    let mut rdr =
        csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let headers = rdr.headers().expect("headers").clone();
    rdr.records()
        .map(|r| {
            let r = r.expect("row");
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// Compares the fixtures into a fresh directory; returns it with the process output.
fn compare_fixtures() -> (tempfile::TempDir, Output) {
    let out = tempfile::tempdir().expect("tempdir");
    let o = claimdiff(&[
        "compare",
        "fixtures/articles",
        "--out",
        out.path().to_str().unwrap(),
        "--quiet",
    ]);
    (out, o)
}

fn slice_of_file(doc: &str, start: &str, end: &str) -> String {
    let bytes = std::fs::read(root().join(doc)).expect("fixture readable");
    let (s, e): (usize, usize) = (start.parse().unwrap(), end.parse().unwrap());
    String::from_utf8(bytes[s..e].to_vec()).expect("span on char boundaries")
}

#[test]
fn seeds_report_the_troop_conflict_once() {
    let (out, o) = compare_fixtures();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let rows = read_csv(&out.path().join("discrepancies.csv"));
    // The only disagreement in the seeds: one row, every outlet on each side in the note.
    assert_eq!(rows.len(), 1, "{rows:?}");
    let troops: Vec<&Row> = rows
        .iter()
        .filter(|r| r["kind"] == "numeric_conflict" && r["slot"].starts_with("troops"))
        .collect();
    assert_eq!(troops.len(), 1, "{rows:?}");
    let r = troops[0];
    assert_eq!(
        (
            r["outlet_a"].as_str(),
            r["value_a"].as_str(),
            r["value_b"].as_str()
        ),
        ("Dân trí", "90000", "100000")
    );
    assert_eq!(
        r["note"],
        "100000: Epoch Times, The New York Times (bản dịch); 90000: Dân trí"
    );
    for r in &troops {
        for side in ["a", "b"] {
            let mention = &r[&format!("mention_{side}")];
            let got = slice_of_file(
                &r[&format!("doc_{side}")],
                &r[&format!("start_{side}")],
                &r[&format!("end_{side}")],
            );
            assert_eq!(&got, mention);
            assert!(r[&format!("sentence_{side}")].contains(mention.as_str()));
        }
        assert_eq!(r["severity"], "high");
        assert!(r["note"].contains("90000: Dân trí"), "{}", r["note"]);
    }
}

#[test]
fn seeds_have_no_false_conflicts() {
    let (out, _) = compare_fixtures();
    let rows = read_csv(&out.path().join("discrepancies.csv"));
    for r in &rows {
        // 90 minutes in Geneva and four hours in Brussels are two meetings.
        assert!(
            !(r["value_a"].starts_with("PT") && r["value_b"].starts_with("PT")),
            "{r:?}"
        );
        // The glued-on Taliban and Japan articles are not the outlet's claims.
        for side in ["sentence_a", "sentence_b"] {
            assert!(
                !r[side].contains("Taliban") && !r[side].contains("Nhật Bản"),
                "{r:?}"
            );
        }
        // Nor transliterations and middle initials (Sergei / Sergey A. Ryabkov, Wendy R. Sherman).
        assert!(
            !matches!(r["kind"].as_str(), "weekday_mismatch" | "name_variant"),
            "{r:?}"
        );
    }
    let claims = read_csv(&out.path().join("claims.csv"));
    let taliban: Vec<&Row> = claims
        .iter()
        .filter(|c| c["sentence"].contains("Taliban"))
        .collect();
    assert!(
        !taliban.is_empty(),
        "the glued-on article's claims are still listed"
    );
    assert!(taliban
        .iter()
        .all(|c| c["section"] != "story" && c["group"].is_empty()));
}

#[test]
fn claims_and_articles_are_traceable() {
    let (out, _) = compare_fixtures();
    let claims = read_csv(&out.path().join("claims.csv"));
    assert!(claims.len() > 30);
    for c in &claims {
        assert_eq!(
            slice_of_file(&c["doc"], &c["start"], &c["end"]),
            c["mention"]
        );
    }
    let dates: Vec<&str> = claims
        .iter()
        .filter(|c| c["kind"] == "date")
        .map(|c| c["value"].as_str())
        .collect();
    assert!(dates.contains(&"2022-01-21") && dates.contains(&"2022-01-12"));
    let articles = read_csv(&out.path().join("articles.csv"));
    assert_eq!(articles.len(), 5);
    let vtv = articles
        .iter()
        .find(|a| a["outlet"] == "VTV")
        .expect("VTV read");
    assert_eq!(vtv["published"], "2022-01-21");
    assert_eq!(
        vtv["bytes"],
        std::fs::metadata(root().join(&vtv["doc"]))
            .unwrap()
            .len()
            .to_string()
    );
}

#[test]
fn committed_reports_match_a_fresh_run() {
    let (out, _) = compare_fixtures();
    for name in [
        "discrepancies.csv",
        "claims.csv",
        "articles.csv",
        "index.html",
    ] {
        let fresh = std::fs::read(out.path().join(name)).unwrap();
        let committed = std::fs::read(root().join("reports").join(name))
            .unwrap_or_else(|e| panic!("reports/{name}: {e}"));
        assert!(
            fresh == committed,
            "reports/{name} differs from what `cargo run --release -- compare fixtures/articles` writes now; \
             refresh it with that command if the change is intended"
        );
    }
}

#[test]
fn output_is_deterministic() {
    let (a, _) = compare_fixtures();
    let (b, _) = compare_fixtures();
    for name in ["discrepancies.csv", "claims.csv", "articles.csv"] {
        assert_eq!(
            std::fs::read(a.path().join(name)).unwrap(),
            std::fs::read(b.path().join(name)).unwrap()
        );
    }
}

#[test]
fn summary_line_on_stderr() {
    let (_, o) = compare_fixtures();
    let err = stderr(&o);
    assert!(
        err.contains("5 articles") && err.contains("1 discrepancy;"),
        "{err}"
    );
}

/// Each bad input fails with exit 2 and a one-line message naming the file.
#[test]
fn bad_input_fails_naming_the_file_and_leaves_reports_alone() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let out_s = out.to_str().unwrap();
    // A good run first, so there are reports that a failed run must not touch.
    let good = claimdiff(&["compare", "fixtures/articles", "--out", out_s, "-q"]);
    assert_eq!(good.status.code(), Some(1));
    let before = std::fs::read(out.join("claims.csv")).unwrap();

    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let binary = dir.path().join("image.txt");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0, 0, 0, 0x0d, 1, 2, 3]).unwrap();
    let dangling = dir.path().join("gone.txt");
    std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).unwrap();
    let missing = dir.path().join("missing.txt");

    let cases: [(&Path, &str); 4] = [
        (&missing, "no such file"),
        (&empty, "empty file"),
        (&binary, "not a text file"),
        (&dangling, "no such file"),
    ];
    for (path, reason) in cases {
        let p = path.to_str().unwrap();
        let o = claimdiff(&["compare", "fixtures/articles", p, "--out", out_s, "-q"]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{p}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(p) && err.contains(reason), "{p}: {err}");
        assert_eq!(
            std::fs::read(out.join("claims.csv")).unwrap(),
            before,
            "report changed after failing on {p}"
        );
    }
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn a_directory_with_a_broken_file_is_not_skipped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Tiêu đề\nCó 5 người chết.\n").unwrap();
    std::os::unix::fs::symlink(dir.path().join("nowhere"), dir.path().join("b.txt")).unwrap();
    let o = claimdiff(&[
        "compare",
        dir.path().to_str().unwrap(),
        "--out",
        dir.path().join("out").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("b.txt"), "{}", stderr(&o));
}

#[test]
fn agreeing_articles_exit_zero() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let compare = || {
        claimdiff(&[
            "compare",
            dir.path().to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ])
    };
    std::fs::write(
        dir.path().join("a.txt"),
        "Cháy kho\nVụ cháy làm 5 người chết.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Cháy lớn\nKhoảng 5 người chết trong vụ cháy.\n",
    )
    .unwrap();
    let o = compare();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    std::fs::write(
        dir.path().join("c.txt"),
        "Cháy\nVụ cháy làm 9 người chết.\n",
    )
    .unwrap();
    let o = compare();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
}

#[test]
fn unwritable_output_fails_before_work() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, "x").unwrap();
    let o = claimdiff(&[
        "compare",
        "fixtures/articles",
        "--out",
        file.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not-a-dir"), "{}", stderr(&o));
}

#[test]
fn extract_writes_claims_to_stdout() {
    let o = claimdiff(&["extract", "fixtures/articles/vtv.txt"]);
    assert_eq!(o.status.code(), Some(0));
    let mut rdr = csv::Reader::from_reader(o.stdout.as_slice());
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert!(rows.iter().any(|r| r.get(5) == Some("2022-01-21")));
}

#[test]
fn a_weekday_that_does_not_match_its_date_is_reported_alone() {
    let dir = tempfile::tempdir().unwrap();
    // 21/01/2022 was a Friday, not a Monday.
    std::fs::write(
        dir.path().join("a.txt"),
        "Hội đàm\nHôm thứ Hai (21/01/2022), hai bên hội đàm tại Geneva.\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let o = claimdiff(&[
        "compare",
        dir.path().to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let rows = read_csv(&out.join("discrepancies.csv"));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["kind"], "weekday_mismatch");
    assert_eq!(rows[0]["value_a"], "2022-01-21");
    assert!(rows[0]["outlet_b"].is_empty() && rows[0]["start_b"].is_empty());
}
