//! Reports an editor opens: the HTML page parsed with an HTML5 parser, escaping of a hostile
//! article, Excel's BOM, formula neutralisation, JSON Lines carrying the CSV's rows, and a
//! closed pipe on `extract`.

use scraper::{Html, Selector};
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

fn claimdiff(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn csv_rows(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut rdr = csv::Reader::from_path(path).unwrap();
    let h = rdr.headers().unwrap().iter().map(str::to_string).collect();
    let rows = rdr
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    (h, rows)
}

#[test]
fn html_page_has_summary_every_discrepancy_and_slots() {
    let out = tempfile::tempdir().unwrap();
    let o = claimdiff(&[
        "compare",
        "fixtures/articles",
        "--out",
        out.path().to_str().unwrap(),
        "-q",
        "--format",
        "csv,html",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let page = std::fs::read_to_string(out.path().join("index.html")).unwrap();
    let doc = Html::parse_document(&page);
    assert!(
        doc.select(&sel("script, link[rel=stylesheet], img"))
            .next()
            .is_none(),
        "self-contained"
    );
    let summary: String = doc
        .select(&sel("#summary"))
        .next()
        .expect("summary")
        .text()
        .collect();
    assert!(summary.contains("articles") && summary.contains("numeric_conflict"));
    let cards: Vec<_> = doc.select(&sel("#discrepancies article.disc")).collect();
    let (headers, rows) = csv_rows(&out.path().join("discrepancies.csv"));
    assert_eq!(cards.len(), rows.len());
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    for (card, row) in cards.iter().zip(&rows) {
        let text: String = card.text().collect();
        for c in ["kind", "slot", "outlet_a", "outlet_b", "value_a", "value_b"] {
            assert!(
                text.contains(&row[col(c)]),
                "{c} {:?} missing from card",
                row[col(c)]
            );
        }
        let marks: Vec<String> = card
            .select(&sel("mark"))
            .map(|m| m.text().collect())
            .collect();
        assert_eq!(
            marks,
            [row[col("mention_a")].clone(), row[col("mention_b")].clone()]
        );
        assert_eq!(card.select(&sel(".sides .side")).count(), 2);
    }
    assert!(doc.select(&sel("#slots table.slot")).next().is_some());
    let events: Vec<String> = doc
        .select(&sel("h3.event"))
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(events, ["main story"]);
}

#[test]
fn a_hostile_article_renders_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("s");
    std::fs::create_dir(&story).unwrap();
    std::fs::write(
        story.join("a.txt"),
        "Cháy\n<script>alert(1)</script> Vụ cháy làm 5 người chết <img src=x onerror=alert(2)>.\n",
    )
    .unwrap();
    std::fs::write(
        story.join("b.txt"),
        "=HYPERLINK(\"http://evil\")\nVụ cháy làm 7 người chết <b>đêm qua</b>.\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let o = claimdiff(&[
        "compare",
        story.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "-q",
        "--format",
        "csv,html,jsonl",
    ]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let page = std::fs::read_to_string(out.join("index.html")).unwrap();
    let doc = Html::parse_document(&page);
    assert!(
        doc.select(&sel("script, img, b")).next().is_none(),
        "article markup became elements"
    );
    let text: String = doc.root_element().text().collect();
    assert!(
        text.contains("<script>alert(1)</script>"),
        "the markup is shown as text"
    );

    // Formula neutralisation: the title cell starts with '=' in articles.csv.
    let (headers, rows) = csv_rows(&out.join("articles.csv"));
    let title = headers.iter().position(|h| h == "title").unwrap();
    let titles: Vec<&str> = rows.iter().map(|r| r[title].as_str()).collect();
    assert!(
        titles.contains(&"'=HYPERLINK(\"http://evil\")"),
        "{titles:?}"
    );
    // Numeric columns stay numbers.
    let (h, rows) = csv_rows(&out.join("claims.csv"));
    let value = h.iter().position(|c| c == "value").unwrap();
    assert!(rows.iter().all(|r| !r[value].starts_with('\'')));
}

#[test]
fn excel_bom_and_jsonl_carry_the_same_rows() {
    let out = tempfile::tempdir().unwrap();
    claimdiff(&[
        "compare",
        "fixtures/articles",
        "--out",
        out.path().to_str().unwrap(),
        "-q",
        "--format",
        "csv,jsonl",
        "--excel",
    ]);
    for name in ["discrepancies", "claims", "articles"] {
        let csv_bytes = std::fs::read(out.path().join(format!("{name}.csv"))).unwrap();
        assert!(
            csv_bytes.starts_with(b"\xEF\xBB\xBF"),
            "{name}.csv has no BOM"
        );
        let mut rdr = csv::Reader::from_reader(&csv_bytes[3..]);
        let headers = rdr.headers().unwrap().clone();
        let from_csv: Vec<serde_json::Map<String, serde_json::Value>> = rdr
            .records()
            .map(|r| {
                headers
                    .iter()
                    .zip(r.unwrap().iter())
                    .map(|(h, v)| (h.to_string(), serde_json::Value::String(v.to_string())))
                    .collect()
            })
            .collect();
        let jsonl = std::fs::read_to_string(out.path().join(format!("{name}.jsonl"))).unwrap();
        let from_jsonl: Vec<serde_json::Map<String, serde_json::Value>> = jsonl
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(from_csv, from_jsonl, "{name}");
        assert!(!from_jsonl.is_empty());
    }
    // Without --excel there is no BOM.
    let plain = tempfile::tempdir().unwrap();
    claimdiff(&[
        "compare",
        "fixtures/articles",
        "--out",
        plain.path().to_str().unwrap(),
        "-q",
    ]);
    assert!(!std::fs::read(plain.path().join("claims.csv"))
        .unwrap()
        .starts_with(b"\xEF\xBB\xBF"));
}

#[test]
fn extract_into_a_closed_pipe_exits_quietly() {
    // Enough articles that the output overflows the pipe buffer.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/articles/epochtimes.txt"),
    )
    .unwrap();
    for i in 0..200 {
        std::fs::write(dir.path().join(format!("{i:03}.txt")), &text).unwrap();
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(["extract", dir.path().to_str().unwrap(), "--format", "jsonl"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 64];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn completions_and_help() {
    let o = claimdiff(&["completions", "bash"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).contains("claimdiff"));
    let help = String::from_utf8(claimdiff(&["compare", "--help"]).stdout).unwrap();
    for flag in ["--out", "--format", "--excel", "--manifest", "--quiet"] {
        assert!(help.contains(flag), "{flag} missing from help");
    }
    assert!(help.contains("Example"));
}
