//! `--stories auto` and `claimdiff stories`: the seeds and the written stories flattened into
//! one folder (their folder names hidden) are sorted back into their stories by content.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Copies every fixture article of `folders` into one folder as `<folder>-<file>`, with one
/// manifest keeping outlet and date but no story.
fn flatten(folders: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut manifest = String::from("file,outlet,published,url,language\n");
    for folder in folders {
        let from = root().join("fixtures").join(folder);
        let mut rdr = csv::Reader::from_path(from.join("manifest.csv")).unwrap();
        for row in rdr.records() {
            let row = row.unwrap();
            let name = format!("{}-{}", folder.replace('/', "-"), &row[0]);
            std::fs::copy(from.join(&row[0]), dir.path().join(&name)).unwrap();
            manifest.push_str(&format!("{name},\"{}\",{},,vi\n", &row[1], &row[2]));
        }
    }
    std::fs::write(dir.path().join("manifest.csv"), manifest).unwrap();
    dir
}

fn claimdiff(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(args)
        .output()
        .unwrap()
}

/// story → the flattened file names in it.
fn grouping(dir: &Path) -> BTreeMap<String, Vec<String>> {
    let o = claimdiff(&["stories", dir.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let mut rdr = csv::Reader::from_reader(&o.stdout[..]);
    let mut out = BTreeMap::new();
    for r in rdr.records() {
        let r = r.unwrap();
        let docs: Vec<String> = r[4]
            .split(' ')
            .map(|d| d.rsplit('/').next().unwrap().to_string())
            .collect();
        assert_eq!(docs.len().to_string(), r[3].to_string());
        out.insert(r[0].to_string(), docs);
    }
    out
}

#[test]
fn a_flattened_feed_is_sorted_back_into_its_stories() {
    let stories = [
        "stories/crash",
        "stories/fire",
        "stories/chairman",
        "stories/flood",
    ];
    let mut folders = vec!["articles"];
    folders.extend(stories);
    let dir = flatten(&folders);
    let groups = grouping(dir.path());
    let story_of = |file: &str| -> String {
        groups
            .iter()
            .find(|(_, docs)| docs.iter().any(|d| d == file))
            .map(|(s, _)| s.clone())
            .unwrap_or_else(|| panic!("{file} in no story"))
    };
    // The five seeds, two weeks of one crisis, are one story.
    let seeds = story_of("articles-dantri.txt");
    for f in ["epochtimes", "nyt-vi", "vtv", "tintonghop"] {
        assert_eq!(
            story_of(&format!("articles-{f}.txt")),
            seeds,
            "{f}: {groups:?}"
        );
    }
    // Each written story is one story of its own three articles.
    for s in stories {
        let name = s.replace('/', "-");
        let id = story_of(&format!("{name}-a.txt"));
        assert_ne!(id, seeds);
        let mut members = groups[&id].clone();
        members.sort();
        assert_eq!(
            members,
            ["a", "b", "c"].map(|x| format!("{name}-{x}.txt")),
            "{groups:?}"
        );
    }
    assert_eq!(groups.len(), 5, "{groups:?}");
}

#[test]
fn compare_with_auto_stories_finds_the_seed_conflict_and_names_the_story() {
    let dir = flatten(&["articles", "stories/crash"]);
    let out = tempfile::tempdir().unwrap();
    let o = claimdiff(&[
        "compare",
        dir.path().to_str().unwrap(),
        "--stories",
        "auto",
        "--out",
        out.path().to_str().unwrap(),
        "-q",
        "--format",
        "csv",
    ]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let mut rdr = csv::Reader::from_path(out.path().join("discrepancies.csv")).unwrap();
    let h = rdr.headers().unwrap().clone();
    let col = |n: &str| h.iter().position(|c| c == n).unwrap();
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    let slots: Vec<&str> = rows.iter().map(|r| &r[col("slot")]).collect();
    assert!(slots.contains(&"troops/RU"), "{slots:?}");
    assert!(slots.contains(&"deaths"), "{slots:?}");
    // The two stories stay apart: no row sets a seed against a crash article.
    for r in &rows {
        let a = r[col("doc_a")].contains("articles-");
        let b = r[col("doc_b")].contains("articles-");
        assert_eq!(a, b, "{r:?}");
    }
    let mut rdr = csv::Reader::from_path(out.path().join("articles.csv")).unwrap();
    let h = rdr.headers().unwrap().clone();
    let (story, title) = (
        h.iter().position(|c| c == "story").unwrap(),
        h.iter().position(|c| c == "story_title").unwrap(),
    );
    for r in rdr.records() {
        let r = r.unwrap();
        assert!(r[story].starts_with("auto-"), "{r:?}");
        assert!(!r[title].is_empty());
    }
}

#[test]
fn manifest_stories_need_a_story_for_every_article() {
    let o = claimdiff(&[
        "stories",
        root().join("fixtures/articles").to_str().unwrap(),
        "--stories",
        "manifest",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("fixtures/articles/") && err.contains("no story in the manifest"),
        "{err}"
    );
}
