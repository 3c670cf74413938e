//! Scoring a `discrepancies.csv` against an editors' reading of real clusters, by the rules of
//! `../shared/gold/score.py` (its counts are the measure the issues name): a gold conflict is
//! found when a row of its kind has its two values (numbers under unit scalings, ISO
//! durations, `>`/`<` marks ignored, text folded) on documents one among each side's; precision
//! is the share of rows on clusters read in full that match some gold conflict of their
//! cluster. It must not run claimdiff; `claimdiff eval conflicts` runs compare, writes the
//! report and hands it here.

use anyhow::{anyhow, Context, Result};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::LazyLock;

/// One disagreement the readers found.
#[derive(Debug, Clone)]
pub struct GoldConflict {
    pub cluster: String,
    pub kind: String,
    pub what: String,
    pub value_x: String,
    pub docs_x: Vec<String>,
    pub value_y: String,
    pub docs_y: Vec<String>,
    /// The row as read, for `misses.csv`.
    pub fields: Vec<String>,
}

/// A value several articles state alike.
#[derive(Debug, Clone)]
pub struct GoldAgree {
    pub cluster: String,
    pub what: String,
    pub value: String,
    pub docs: Vec<String>,
}

/// The gold conflicts file: its header and rows.
pub struct Gold {
    pub header: Vec<String>,
    pub conflicts: Vec<GoldConflict>,
}

fn open(path: &Path) -> Result<csv::Reader<std::fs::File>> {
    let file = std::fs::File::open(path)
        .map_err(|e| anyhow!("{}: {}", path.display(), crate::article::io_reason(&e)))?;
    Ok(csv::ReaderBuilder::new().flexible(true).from_reader(file))
}

/// The index of a named column, or an error naming the file.
fn column(header: &csv::StringRecord, name: &str, path: &Path) -> Result<usize> {
    header
        .iter()
        .position(|h| h.trim_start_matches('\u{feff}') == name)
        .ok_or_else(|| anyhow!("{}: no column {name:?}", path.display()))
}

fn ids(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}

/// A gold file's header, and per row the cells of the named columns with the whole row.
type GoldTable = (csv::StringRecord, Vec<(Vec<String>, csv::StringRecord)>);

/// Reads a gold file's named columns (in that order); errors name the file and the row.
fn read_table(path: &Path, columns: &[&str]) -> Result<GoldTable> {
    let mut r = open(path)?;
    let header = r
        .headers()
        .with_context(|| format!("{}: cannot read the header", path.display()))?
        .clone();
    let at: Vec<usize> = columns
        .iter()
        .map(|n| column(&header, n, path))
        .collect::<Result<_>>()?;
    let mut rows = Vec::new();
    for (n, row) in r.records().enumerate() {
        let row = row.with_context(|| format!("{}: row {}", path.display(), n + 2))?;
        let cells = at
            .iter()
            .map(|&i| row.get(i).unwrap_or("").to_string())
            .collect();
        rows.push((cells, row));
    }
    Ok((header, rows))
}

pub fn read_conflicts(path: &Path) -> Result<Gold> {
    let names = [
        "cluster", "kind", "what", "value_x", "docs_x", "value_y", "docs_y",
    ];
    let (header, rows) = read_table(path, &names)?;
    let conflicts = rows
        .into_iter()
        .map(|(c, row)| GoldConflict {
            cluster: c[0].clone(),
            kind: c[1].clone(),
            what: c[2].clone(),
            value_x: c[3].clone(),
            docs_x: ids(&c[4]),
            value_y: c[5].clone(),
            docs_y: ids(&c[6]),
            fields: row.iter().map(str::to_string).collect(),
        })
        .collect();
    Ok(Gold {
        header: header.iter().map(str::to_string).collect(),
        conflicts,
    })
}

pub fn read_agree(path: &Path) -> Result<Vec<GoldAgree>> {
    let (_, rows) = read_table(path, &["cluster", "what", "value", "docs"])?;
    Ok(rows
        .into_iter()
        .map(|(c, _)| GoldAgree {
            cluster: c[0].clone(),
            what: c[1].clone(),
            value: c[2].clone(),
            docs: ids(&c[3]),
        })
        .collect())
}

/// The clusters read in full (`read.csv`'s `cluster` column).
pub fn read_clusters(path: &Path) -> Result<BTreeSet<String>> {
    let (_, rows) = read_table(path, &["cluster"])?;
    Ok(rows.into_iter().map(|(mut c, _)| c.remove(0)).collect())
}

/// A document's id: its file name without the extension.
pub fn doc_id(doc: &str) -> &str {
    let name = doc.rsplit(['/', '\\']).next().unwrap_or(doc);
    match name.rfind('.') {
        Some(0) | None => name,
        Some(i) => &name[..i],
    }
}

/// The cluster of a document: the number of the `Cluster_NNN` folder in its path, else the
/// name of the folder that holds it (a story folder such as the fixtures').
pub fn cluster_of(doc: &str) -> Option<String> {
    static CLUSTER: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"Cluster_0*(\d+)").expect("valid pattern"));
    if let Some(c) = CLUSTER.captures(doc) {
        return Some(c[1].to_string());
    }
    let mut parts = doc.rsplit(['/', '\\']).skip(1);
    parts.next().filter(|p| !p.is_empty()).map(str::to_string)
}

/// Unit scalings a number is compared under: s/min/h, thousands, millions, billions.
const SCALES: [f64; 11] = [
    1.0,
    1000.0,
    1.0 / 1000.0,
    60.0,
    1.0 / 60.0,
    3600.0,
    1.0 / 3600.0,
    1e6,
    1e-6,
    1e9,
    1e-9,
];

fn num(v: &str) -> Option<f64> {
    let s: String = v.chars().filter(|c| *c != ' ').collect();
    let s = s.trim();
    // Python's float() reads what Rust's does, plus surrounding white space.
    s.parse::<f64>().ok()
}

/// An ISO 8601 duration of days to seconds, in seconds.
fn iso_seconds(v: &str) -> Option<f64> {
    static ISO: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$",
        )
        .expect("valid pattern")
    });
    let c = ISO.captures(v.trim())?;
    if (1..=4).all(|i| c.get(i).is_none()) {
        return None;
    }
    let g = |i: usize| {
        c.get(i)
            .and_then(|m| m.as_str().parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    Some(g(1) * 86400.0 + g(2) * 3600.0 + g(3) * 60.0 + g(4))
}

fn candidates(v: &str) -> Vec<f64> {
    if let Some(sec) = iso_seconds(v) {
        return vec![sec, sec / 60.0, sec / 3600.0, sec / 86400.0];
    }
    match num(v) {
        Some(x) => SCALES.iter().map(|k| x * k).collect(),
        None => Vec::new(),
    }
}

fn fold(s: &str) -> String {
    s.to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a value claimdiff wrote matches a gold value.
pub fn match_value(tool: &str, gold: &str) -> bool {
    let g = gold.trim().trim_start_matches(['<', '>', '=', '~', ' ']);
    match num(g) {
        Some(gx) => candidates(tool)
            .iter()
            .any(|c| (c - gx).abs() <= 1e-6 * gx.abs().max(1.0)),
        None => {
            let t = fold(tool);
            !t.is_empty() && t == fold(g)
        }
    }
}

/// One reported row, as the referee reads it.
#[derive(Debug, Clone)]
pub struct Row {
    pub kind: String,
    pub doc_a: String,
    pub value_a: String,
    pub doc_b: String,
    pub value_b: String,
    pub score: Option<f64>,
    /// All cells, for `false.csv`.
    pub fields: Vec<String>,
}

/// Whether a row states a gold conflict's two values on documents of its two sides.
pub fn pairs(x: &Row, g: &GoldConflict) -> bool {
    let (a, b) = (doc_id(&x.doc_a), doc_id(&x.doc_b));
    let xs = |d: &str| g.docs_x.iter().any(|x| x == d);
    let ys = |d: &str| g.docs_y.iter().any(|y| y == d);
    (match_value(&x.value_a, &g.value_x) && match_value(&x.value_b, &g.value_y) && xs(a) && ys(b))
        || (match_value(&x.value_b, &g.value_x)
            && match_value(&x.value_a, &g.value_y)
            && xs(b)
            && ys(a))
}

/// Reads a `discrepancies.csv` (its header, and its rows as the referee sees them).
pub fn read_rows(path: &Path) -> Result<(Vec<String>, Vec<Row>)> {
    let mut r = open(path)?;
    let header = r
        .headers()
        .with_context(|| format!("{}: cannot read the header", path.display()))?
        .clone();
    let col = |n: &str| column(&header, n, path);
    let (k, da, va, db, vb) = (
        col("kind")?,
        col("doc_a")?,
        col("value_a")?,
        col("doc_b")?,
        col("value_b")?,
    );
    let s = column(&header, "score", path).ok();
    let mut rows = Vec::new();
    for (n, row) in r.records().enumerate() {
        let row = row.with_context(|| format!("{}: row {}", path.display(), n + 2))?;
        let f = |i: usize| row.get(i).unwrap_or("").to_string();
        rows.push(Row {
            kind: f(k),
            doc_a: f(da),
            value_a: f(va),
            doc_b: f(db),
            value_b: f(vb),
            score: s.and_then(|s| row.get(s)?.parse().ok()),
            fields: row.iter().map(str::to_string).collect(),
        });
    }
    Ok((header.iter().map(str::to_string).collect(), rows))
}

/// What the referee counts.
#[derive(Debug, Clone, Default)]
pub struct Score {
    /// kind → (found, total).
    pub recall: BTreeMap<String, (usize, usize)>,
    /// kind → (rows matching a gold conflict, rows), on read clusters.
    pub precision: BTreeMap<String, (usize, usize)>,
    pub read_clusters: usize,
    /// Indexes of the gold conflicts not found.
    pub misses: Vec<usize>,
    /// Indexes of rows on read clusters that match no gold conflict.
    pub false_rows: Vec<usize>,
    /// Per row: on a read cluster (not a weekday row), whether it matches a gold conflict.
    pub row_real: Vec<Option<bool>>,
}

impl Score {
    pub fn found(&self) -> usize {
        self.recall.values().map(|v| v.0).sum()
    }
    pub fn total(&self) -> usize {
        self.recall.values().map(|v| v.1).sum()
    }
    pub fn recall_all(&self) -> f64 {
        self.found() as f64 / self.total().max(1) as f64
    }
    pub fn matching_rows(&self) -> usize {
        self.precision.values().map(|v| v.0).sum()
    }
    pub fn rows(&self) -> usize {
        self.precision.values().map(|v| v.1).sum()
    }
    pub fn precision_all(&self) -> f64 {
        if self.rows() == 0 {
            0.0
        } else {
            self.matching_rows() as f64 / self.rows() as f64
        }
    }
}

/// Scores rows against the gold, as score.py does.
pub fn score(rows: &[Row], gold: &[GoldConflict], read: &BTreeSet<String>) -> Score {
    let mut by_cluster: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, x) in rows.iter().enumerate() {
        if let Some(c) = cluster_of(&x.doc_a) {
            by_cluster.entry(c).or_default().push(i);
        }
    }
    let mut s = Score {
        read_clusters: read.len(),
        row_real: vec![None; rows.len()],
        ..Score::default()
    };
    for (gi, g) in gold.iter().enumerate() {
        let entry = s.recall.entry(g.kind.clone()).or_default();
        entry.1 += 1;
        let found = by_cluster.get(&g.cluster).is_some_and(|xs| {
            xs.iter()
                .any(|&i| rows[i].kind == g.kind && pairs(&rows[i], g))
        });
        if found {
            entry.0 += 1;
        } else {
            s.misses.push(gi);
        }
    }
    for c in read {
        let gs: Vec<&GoldConflict> = gold.iter().filter(|g| &g.cluster == c).collect();
        for &i in by_cluster.get(c).map(Vec::as_slice).unwrap_or(&[]) {
            let x = &rows[i];
            if x.kind == "weekday_mismatch" {
                continue;
            }
            let real = gs.iter().any(|g| pairs(x, g));
            let entry = s.precision.entry(x.kind.clone()).or_default();
            entry.1 += 1;
            if real {
                entry.0 += 1;
            } else {
                s.false_rows.push(i);
            }
            s.row_real[i] = Some(real);
        }
    }
    s
}

/// Python's `{x:6.1%}`.
fn percent(x: f64, width: usize) -> String {
    format!("{:>w$}", format!("{:.1}%", x * 100.0), w = width)
}

/// The referee's summary lines, as score.py prints them.
pub fn summary(s: &Score) -> String {
    let mut out = String::new();
    for (k, (found, total)) in &s.recall {
        out.push_str(&format!(
            "recall {k:17} {found:4}/{total:<4} {}\n",
            percent(*found as f64 / *total as f64, 6)
        ));
    }
    out.push_str(&format!(
        "recall {:17} {:4}/{:<4} {}\n",
        "all",
        s.found(),
        s.total(),
        percent(s.recall_all(), 6)
    ));
    for (k, (real, n)) in &s.precision {
        out.push_str(&format!(
            "precision {k:14} {real:4}/{n:<4} {}\n",
            percent(*real as f64 / *n as f64, 6)
        ));
    }
    out.push_str(&format!(
        "precision on {} read clusters: {}/{} rows match a gold conflict ({})\n",
        s.read_clusters,
        s.matching_rows(),
        s.rows(),
        percent(s.precision_all(), 0)
    ));
    out
}

/// How well scores are calibrated: rows on read clusters by score band, with the share that
/// are real conflicts.
pub fn calibration(rows: &[Row], s: &Score) -> String {
    let mut bands: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    for (x, real) in rows.iter().zip(&s.row_real) {
        let (Some(real), Some(p)) = (real, x.score) else {
            continue;
        };
        let band = ((p * 10.0).floor() as usize).min(9);
        let e = bands.entry(band).or_default();
        e.1 += 1;
        e.0 += usize::from(*real);
    }
    let mut out = String::from("score band  rows  real\n");
    for (band, (real, n)) in bands {
        out.push_str(&format!(
            "{:.1}–{:.1}   {n:5}  {real:4} ({})\n",
            band as f64 / 10.0,
            (band + 1) as f64 / 10.0,
            percent(real as f64 / n as f64, 0)
        ));
    }
    out
}

/// Writes the gold conflicts not found (`misses.csv`, the gold's columns) and the rows on read
/// clusters matching none (`false.csv`, the report's columns; only when there are some).
pub fn write_details(
    dir: &Path,
    gold: &Gold,
    header: &[String],
    rows: &[Row],
    s: &Score,
) -> Result<()> {
    let write = |name: &str, head: &[String], body: Vec<&Vec<String>>| -> Result<()> {
        let path = dir.join(name);
        let mut w = csv::Writer::from_path(&path)
            .with_context(|| format!("{}: cannot write", path.display()))?;
        w.write_record(head)?;
        for r in body {
            w.write_record(r)?;
        }
        w.flush()?;
        Ok(())
    };
    write(
        "misses.csv",
        &gold.header,
        s.misses
            .iter()
            .map(|&i| &gold.conflicts[i].fields)
            .collect(),
    )?;
    // Written even when empty, so no stale file from an earlier run suggests false rows.
    write(
        "false.csv",
        header,
        s.false_rows.iter().map(|&i| &rows[i].fields).collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_match_as_the_referee_matches_them() {
        assert!(match_value("90000", "90000"));
        assert!(match_value("16000000000", "> 16000000000"));
        assert!(match_value("190000000000", "190")); // billions
        assert!(match_value("PT90M", "90")); // minutes
        assert!(match_value("P5D", "7200")); // 5 days in minutes
        assert!(match_value("Phạm Đức Huy", "phạm  đức huy"));
        assert!(!match_value("", ""));
        assert!(!match_value("2-1", "21"));
        assert!(!match_value("84.6", "84.5"));
    }

    #[test]
    fn documents_and_clusters_come_from_paths() {
        assert_eq!(
            doc_id("../shared/corpora/vims-dev/Cluster_007/47.txt"),
            "47"
        );
        assert_eq!(doc_id("a\\b\\12.html"), "12");
        assert_eq!(cluster_of("../x/Cluster_007/47.txt").as_deref(), Some("7"));
        assert_eq!(cluster_of("Cluster_000/1.txt").as_deref(), Some("0"));
        assert_eq!(
            cluster_of("fixtures/stories/crash/a.txt").as_deref(),
            Some("crash")
        );
        assert_eq!(cluster_of("a.txt"), None);
        assert_eq!(
            cluster_of("fixtures/articles/vtv.txt").as_deref(),
            Some("articles")
        );
    }

    fn row(kind: &str, a: (&str, &str), b: (&str, &str)) -> Row {
        Row {
            kind: kind.into(),
            doc_a: format!("Cluster_007/{}.txt", a.0),
            value_a: a.1.into(),
            doc_b: format!("Cluster_007/{}.txt", b.0),
            value_b: b.1.into(),
            score: Some(0.9),
            fields: Vec::new(),
        }
    }

    #[test]
    fn recall_needs_the_kind_and_precision_any_conflict_of_the_cluster() {
        let g = GoldConflict {
            cluster: "7".into(),
            kind: "time_conflict".into(),
            what: "time".into(),
            value_x: "16:00".into(),
            docs_x: vec!["47".into(), "49".into()],
            value_y: "15:45".into(),
            docs_y: vec!["48".into()],
            fields: Vec::new(),
        };
        let read: BTreeSet<String> = ["7".to_string()].into();
        // Sides swapped is the same conflict.
        let rows = vec![
            row("time_conflict", ("48", "15:45"), ("49", "16:00")),
            row("numeric_conflict", ("47", "5"), ("48", "6")),
        ];
        let s = score(&rows, std::slice::from_ref(&g), &read);
        assert_eq!(s.recall["time_conflict"], (1, 1));
        assert_eq!((s.matching_rows(), s.rows()), (1, 2));
        assert_eq!(s.false_rows, vec![1]);
        let text = summary(&s);
        assert!(
            text.contains("recall time_conflict        1/1    100.0%"),
            "{text}"
        );
        assert!(
            text.contains("precision on 1 read clusters: 1/2 rows match a gold conflict (50.0%)"),
            "{text}"
        );
        // The wrong kind finds nothing.
        let s = score(&rows[1..], &[g], &read);
        assert_eq!(s.recall["time_conflict"], (0, 1));
    }
}
