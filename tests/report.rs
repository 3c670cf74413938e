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
fn html_page_has_one_card_per_disagreement_in_named_story_sections() {
    let out = tempfile::tempdir().unwrap();
    let o = claimdiff(&[
        "compare",
        "fixtures/articles",
        "fixtures/stories",
        "--out",
        out.path().to_str().unwrap(),
        "-q",
        "--format",
        "csv,html",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let page = std::fs::read_to_string(out.path().join("index.html")).unwrap();
    let doc = Html::parse_document(&page);
    // Self-contained: nothing fetched (the one inline script only filters).
    assert!(
        doc.select(&sel("script[src], link, img, iframe"))
            .next()
            .is_none(),
        "self-contained"
    );
    assert_eq!(doc.select(&sel("script")).count(), 1);
    let summary: String = doc
        .select(&sel("#summary"))
        .next()
        .expect("summary")
        .text()
        .collect();
    assert!(
        summary.contains("23 articles") && summary.contains("7 stories"),
        "{summary}"
    );

    // Seven named story sections, each listed in the contents, every link resolving.
    let sections: Vec<_> = doc.select(&sel("section.story")).collect();
    assert_eq!(sections.len(), 7);
    let ids: Vec<&str> = sections.iter().map(|s| s.value().id().unwrap()).collect();
    let links: Vec<String> = doc
        .select(&sel("#contents a"))
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    assert_eq!(links.len(), 7);
    for l in &links {
        assert!(
            ids.contains(&l.trim_start_matches('#')),
            "{l} resolves to no section"
        );
    }
    let titles: Vec<String> = doc
        .select(&sel("section.story > h2"))
        .map(|h| h.text().collect())
        .collect();
    assert!(
        titles
            .iter()
            .any(|t| t.starts_with("Xe khách lao xuống vực")),
        "{titles:?}"
    );

    // One card per disagreement, ids shared with both CSV files.
    let cards: Vec<_> = doc.select(&sel(".disagreement")).collect();
    let card_ids: Vec<&str> = cards
        .iter()
        .map(|c| c.value().attr("data-disagreement").unwrap())
        .collect();
    let mut unique = card_ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), card_ids.len(), "a disagreement on two cards");
    let (dh, drows) = csv_rows(&out.path().join("disagreements.csv"));
    assert_eq!(drows.len(), cards.len());
    let dcol = |name: &str| dh.iter().position(|h| h == name).unwrap();
    let (h, rows) = csv_rows(&out.path().join("discrepancies.csv"));
    let col = |name: &str| h.iter().position(|c| c == name).unwrap();
    for r in &rows {
        assert!(card_ids.contains(&r[col("disagreement")].as_str()));
    }
    for r in &drows {
        assert!(card_ids.contains(&r[dcol("disagreement")].as_str()));
    }
    // The coach crash: 12 dead in two outlets (one published a day later), 13 in one.
    let deaths = drows
        .iter()
        .find(|r| r[dcol("slot")] == "deaths" && r[dcol("story")].ends_with("crash"))
        .expect("the deaths row");
    assert_eq!(deaths[dcol("values")], "12: Báo Ba, Báo Một; 13: Báo Hai");
    assert_eq!(deaths[dcol("majority")], "12");
    assert_eq!(deaths[dcol("latest")], "12");
    assert!(deaths[dcol("story")].ends_with("crash"));
    let card = cards
        .iter()
        .find(|c| {
            c.value().attr("data-disagreement") == Some(deaths[dcol("disagreement")].as_str())
        })
        .unwrap();
    let marks: Vec<String> = card
        .select(&sel("mark"))
        .map(|m| m.text().collect())
        .collect();
    assert_eq!(marks.len(), 3, "{marks:?}");
    assert_eq!(card.select(&sel(".value.majority")).count(), 1);
    assert!(card
        .value()
        .attr("data-outlets")
        .unwrap()
        .contains("|Báo Hai|"));

    // Every claim and article row names its story.
    for name in ["claims.csv", "articles.csv"] {
        let (h, rows) = csv_rows(&out.path().join(name));
        let story = h.iter().position(|c| c == "story").unwrap();
        assert!(rows.iter().all(|r| !r[story].is_empty()), "{name}");
    }
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
        doc.select(&sel("img, b")).next().is_none(),
        "article markup became elements"
    );
    // The only script is the page's own filter.
    let scripts: Vec<String> = doc
        .select(&sel("script"))
        .map(|s| s.text().collect())
        .collect();
    assert_eq!(scripts.len(), 1);
    assert!(!scripts[0].contains("alert"));
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
    for name in ["discrepancies", "disagreements", "claims", "articles"] {
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
