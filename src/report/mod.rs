//! Report writing: the only module that knows column names. Builds the four tables
//! (discrepancies, disagreements, claims, articles) and writes them as CSV (Excel-safe), JSON Lines and a
//! self-contained HTML page, each to a temporary file first and renamed into place only when
//! all are complete, so no reader ever sees half a report.
//! It must not decide anything about claims.

pub mod html;

use crate::align::Record;
use crate::article::Article;
use crate::compare::Discrepancy;
use crate::corpus::Skipped;
use anyhow::{anyhow, Context, Result};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};

pub const DISCREPANCY_COLUMNS: [&str; 24] = [
    "kind",
    "severity",
    "event",
    "slot",
    "outlet_a",
    "value_a",
    "mention_a",
    "published_a",
    "doc_a",
    "start_a",
    "end_a",
    "sentence_a",
    "outlet_b",
    "value_b",
    "mention_b",
    "published_b",
    "doc_b",
    "start_b",
    "end_b",
    "sentence_b",
    "score",
    "note",
    "story",
    "disagreement",
];

/// One row per disagreement: every value with the outlets that state it.
pub const DISAGREEMENT_COLUMNS: [&str; 13] = [
    "disagreement",
    "story",
    "story_title",
    "kind",
    "severity",
    "event",
    "slot",
    "values",
    "majority",
    "latest",
    "outlets",
    "score",
    "note",
];

/// `claimdiff stories`: one row per story.
pub const STORY_COLUMNS: [&str; 5] = ["story", "title", "outlets", "articles", "docs"];

pub const CLAIM_COLUMNS: [&str; 17] = [
    "doc",
    "outlet",
    "published",
    "kind",
    "slot",
    "value",
    "qualifier",
    "mention",
    "start",
    "end",
    "sentence",
    "event",
    "group",
    "sources",
    "section",
    "rule",
    "story",
];

pub const ARTICLE_COLUMNS: [&str; 14] = [
    "doc",
    "outlet",
    "published",
    "url",
    "language",
    "title",
    "bytes",
    "claims",
    "format",
    "encoding",
    "story",
    "story_title",
    "published_from",
    "status",
];

fn date(a: &Article) -> String {
    a.published
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// The cells describing one side of a claim: outlet, value, mention, published, doc, start,
/// end, sentence. The value is in the unit of `row_slot` when given (feet in a row in metres).
fn side(articles: &[Article], r: &Record, row_slot: Option<&str>) -> [String; 8] {
    let a = &articles[r.article];
    let e = &r.evidence;
    [
        a.outlet.clone(),
        row_slot
            .and_then(|slot| crate::compare::in_row_unit(&r.claim, slot))
            .unwrap_or_else(|| r.claim.value.to_string()),
        e.mention().to_string(),
        date(a),
        a.doc.clone(),
        e.file.start.to_string(),
        e.file.end.to_string(),
        one_line(&e.sentence),
    ]
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn discrepancy_rows(
    articles: &[Article],
    records: &[Record],
    ds: &[Discrepancy],
) -> Vec<Vec<String>> {
    ds.iter()
        .map(|d| {
            let mut row = vec![
                d.kind.to_string(),
                d.severity.as_str().to_string(),
                d.event.clone(),
                d.slot.clone(),
            ];
            row.extend(side(articles, &records[d.a], None));
            match d.b {
                Some(b) => row.extend(side(articles, &records[b], Some(&d.slot))),
                None => row.extend(std::iter::repeat_n(String::new(), 8)),
            }
            row.push(format!("{:.2}", d.score));
            row.push(d.note.clone());
            row.push(d.story.clone());
            row.push(d.id.clone());
            row
        })
        .collect()
}

/// "value: outlet, outlet; value: outlet".
fn values_cell(articles: &[Article], records: &[Record], d: &Discrepancy) -> String {
    d.sides
        .iter()
        .map(|s| {
            let outlets: Vec<&str> = s
                .records
                .iter()
                .map(|&r| articles[records[r].article].outlet.as_str())
                .collect();
            format!("{}: {}", s.value, outlets.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn disagreement_rows(
    articles: &[Article],
    records: &[Record],
    ds: &[Discrepancy],
    titles: &BTreeMap<String, String>,
) -> Vec<Vec<String>> {
    ds.iter()
        .map(|d| {
            let side_value = |i: Option<usize>| i.map(|i| d.sides[i].value.clone());
            let outlets: BTreeSet<&str> = d
                .sides
                .iter()
                .flat_map(|s| s.records.iter())
                .map(|&r| articles[records[r].article].outlet.as_str())
                .collect();
            vec![
                d.id.clone(),
                d.story.clone(),
                titles.get(&d.story).cloned().unwrap_or_default(),
                d.kind.to_string(),
                d.severity.as_str().to_string(),
                d.event.clone(),
                d.slot.clone(),
                values_cell(articles, records, d),
                side_value(d.majority).unwrap_or_default(),
                side_value(d.latest).unwrap_or_default(),
                outlets.len().to_string(),
                format!("{:.2}", d.score),
                d.note.clone(),
            ]
        })
        .collect()
}

fn claim_row(articles: &[Article], r: &Record) -> Vec<String> {
    let a = &articles[r.article];
    let c = &r.claim;
    let e = &r.evidence;
    vec![
        a.doc.clone(),
        a.outlet.clone(),
        date(a),
        c.kind.to_string(),
        c.slot.to_string(),
        c.value.to_string(),
        c.qualifier.unwrap_or("").to_string(),
        e.mention().to_string(),
        e.file.start.to_string(),
        e.file.end.to_string(),
        one_line(&e.sentence),
        r.scope.label(),
        if r.group == 0 {
            String::new()
        } else {
            r.group.to_string()
        },
        r.sources.to_string(),
        r.section.as_str().to_string(),
        c.rule.to_string(),
        a.story.clone(),
    ]
}

/// One row per article read (status `ok`) and per file skipped (status `skipped: reason`).
pub fn article_rows(
    articles: &[Article],
    records: &[Record],
    skipped: &[Skipped],
    titles: &BTreeMap<String, String>,
) -> Vec<Vec<String>> {
    let mut counts = vec![0usize; articles.len()];
    for r in records {
        counts[r.article] += 1;
    }
    let read = articles.iter().zip(counts).map(|(a, n)| {
        vec![
            a.doc.clone(),
            a.outlet.clone(),
            date(a),
            a.url.clone(),
            a.language.clone(),
            a.title.clone(),
            a.bytes.to_string(),
            n.to_string(),
            a.format.as_str().to_string(),
            a.encoding.to_string(),
            a.story.clone(),
            titles.get(&a.story).cloned().unwrap_or_default(),
            a.published_from.to_string(),
            "ok".to_string(),
        ]
    });
    let not_read = skipped.iter().map(|s| {
        let mut row = vec![String::new(); ARTICLE_COLUMNS.len()];
        row[0] = s.doc.clone();
        row[ARTICLE_COLUMNS.len() - 1] = format!("skipped: {}", s.reason);
        row
    });
    let mut rows: Vec<Vec<String>> = read.chain(not_read).collect();
    rows.sort_by(|a, b| a[0].cmp(&b[0]));
    rows
}

/// A table: its name (file stem), columns, the columns whose cells are numbers, and its rows,
/// made one at a time as the table is written (the claims table of a large corpus is never
/// held whole in memory).
pub struct Table<'a> {
    pub name: &'static str,
    pub columns: &'static [&'static str],
    pub numeric: &'static [&'static str],
    pub rows: Box<dyn Iterator<Item = Vec<String>> + 'a>,
}

pub fn discrepancy_table<'a>(
    articles: &'a [Article],
    records: &'a [Record],
    ds: &'a [Discrepancy],
) -> Table<'a> {
    Table {
        name: "discrepancies",
        columns: &DISCREPANCY_COLUMNS,
        numeric: &[
            "value_a", "start_a", "end_a", "value_b", "start_b", "end_b", "score",
        ],
        rows: Box::new(discrepancy_rows(articles, records, ds).into_iter()),
    }
}

pub fn disagreement_table<'a>(
    articles: &'a [Article],
    records: &'a [Record],
    ds: &'a [Discrepancy],
    titles: &BTreeMap<String, String>,
) -> Table<'a> {
    Table {
        name: "disagreements",
        columns: &DISAGREEMENT_COLUMNS,
        numeric: &["majority", "latest", "outlets", "score"],
        rows: Box::new(disagreement_rows(articles, records, ds, titles).into_iter()),
    }
}

pub fn story_table<'a>(articles: &'a [Article], stories: &'a [crate::story::Story]) -> Table<'a> {
    Table {
        name: "stories",
        columns: &STORY_COLUMNS,
        numeric: &["articles"],
        rows: Box::new(stories.iter().map(move |s| {
            vec![
                s.key.clone(),
                s.title.clone(),
                s.outlets.iter().cloned().collect::<Vec<_>>().join("; "),
                s.articles.len().to_string(),
                s.articles
                    .iter()
                    .map(|&i| articles[i].doc.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            ]
        })),
    }
}

pub fn claim_table<'a>(articles: &'a [Article], records: &'a [Record]) -> Table<'a> {
    Table {
        name: "claims",
        columns: &CLAIM_COLUMNS,
        numeric: &["value", "start", "end", "group", "sources"],
        rows: Box::new(records.iter().map(move |r| claim_row(articles, r))),
    }
}

pub fn article_table<'a>(
    articles: &'a [Article],
    records: &'a [Record],
    skipped: &'a [Skipped],
    titles: &BTreeMap<String, String>,
) -> Table<'a> {
    Table {
        name: "articles",
        columns: &ARTICLE_COLUMNS,
        numeric: &["bytes", "claims"],
        rows: Box::new(article_rows(articles, records, skipped, titles).into_iter()),
    }
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum Format {
    Csv,
    Html,
    Jsonl,
}

/// Cells a spreadsheet would run as a formula start with one of these.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Prefixes `'` to a text cell that a spreadsheet would read as a formula. A cell of a numeric
/// column that parses as a number ("-5", "6.1") stays as it is.
pub fn neutralise(cell: &str, numeric_column: bool) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(FORMULA_STARTS);
    if !risky || (numeric_column && cell.parse::<f64>().is_ok()) {
        std::borrow::Cow::Borrowed(cell)
    } else {
        std::borrow::Cow::Owned(format!("'{cell}"))
    }
}

/// Writes a table as CSV (RFC 4180, UTF-8), formula-safe; `excel` adds a UTF-8 BOM so Excel
/// reads Vietnamese correctly.
pub fn write_csv(t: Table, excel: bool, mut out: impl Write) -> Result<()> {
    if excel {
        out.write_all(b"\xEF\xBB\xBF")?;
    }
    let mut w = csv::Writer::from_writer(out);
    w.write_record(t.columns)?;
    let numeric: Vec<bool> = t.columns.iter().map(|c| t.numeric.contains(c)).collect();
    for r in t.rows {
        w.write_record(
            r.iter()
                .zip(&numeric)
                .map(|(cell, &n)| neutralise(cell, n).into_owned()),
        )?;
    }
    w.flush()?;
    Ok(())
}

/// Writes a table as JSON Lines: one object a row with the CSV's columns as keys and its cells
/// as strings (so both carry exactly the same data).
pub fn write_jsonl(t: Table, mut out: impl Write) -> Result<()> {
    for r in t.rows {
        let obj: serde_json::Map<String, serde_json::Value> = t
            .columns
            .iter()
            .zip(r)
            .map(|(c, v)| (c.to_string(), serde_json::Value::String(v)))
            .collect();
        serde_json::to_writer(&mut out, &obj)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

pub fn csv_bytes(t: Table, excel: bool) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    write_csv(t, excel, &mut out)?;
    Ok(out)
}

/// Checks the output directory can be written, before any work is done.
pub fn prepare_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| {
        anyhow!(
            "{}: cannot create output directory ({})",
            dir.display(),
            crate::article::io_reason(&e)
        )
    })?;
    tempfile::NamedTempFile::new_in(dir).map(drop).map_err(|e| {
        anyhow!(
            "{}: output directory is not writable ({})",
            dir.display(),
            crate::article::io_reason(&e)
        )
    })
}

/// Files written to temporaries in one directory and renamed into place together, only when
/// every one is complete.
pub struct Staged {
    dir: PathBuf,
    files: Vec<(tempfile::NamedTempFile, PathBuf)>,
}

impl Staged {
    pub fn new(dir: &Path) -> Staged {
        Staged {
            dir: dir.to_path_buf(),
            files: Vec::new(),
        }
    }

    /// Writes one file's content through `fill` into a temporary beside its target.
    pub fn add(
        &mut self,
        name: &str,
        fill: impl FnOnce(&mut dyn Write) -> Result<()>,
    ) -> Result<()> {
        let target = self.dir.join(name);
        let prefix = format!(".{name}.");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix);
        // Reports are for reading by others: rw-r--r--, not the private mode of a temporary.
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
        let tmp = builder
            .tempfile_in(&self.dir)
            .with_context(|| format!("{}: cannot create a temporary file", self.dir.display()))?;
        {
            let mut w = std::io::BufWriter::with_capacity(1 << 16, tmp.as_file());
            fill(&mut w).with_context(|| format!("{}: cannot write", target.display()))?;
            w.flush()
                .with_context(|| format!("{}: cannot write", target.display()))?;
        }
        tmp.as_file()
            .sync_all()
            .with_context(|| format!("{}: cannot write", target.display()))?;
        self.files.push((tmp, target));
        Ok(())
    }

    /// Renames every temporary into place.
    pub fn commit(self) -> Result<Vec<PathBuf>> {
        let mut written = Vec::new();
        for (tmp, target) in self.files {
            tmp.persist(&target)
                .map_err(|e| anyhow!("{}: cannot replace ({})", target.display(), e.error))?;
            written.push(target);
        }
        Ok(written)
    }
}

/// Everything a comparison reports.
pub struct Reports<'a> {
    pub articles: &'a [Article],
    pub records: &'a [Record],
    pub discrepancies: &'a [Discrepancy],
    pub skipped: &'a [Skipped],
    /// The stories of the articles (`story::stories`), named once per run.
    pub stories: &'a [crate::story::Story],
}

/// The reports of a comparison, in the chosen formats, streamed into temporaries and renamed
/// into place together.
pub fn write_reports(
    dir: &Path,
    formats: &[Format],
    excel: bool,
    r: &Reports,
) -> Result<Vec<PathBuf>> {
    let titles: BTreeMap<String, String> = r
        .stories
        .iter()
        .map(|s| (s.key.clone(), s.title.clone()))
        .collect();
    let tables = || {
        [
            discrepancy_table(r.articles, r.records, r.discrepancies),
            disagreement_table(r.articles, r.records, r.discrepancies, &titles),
            claim_table(r.articles, r.records),
            article_table(r.articles, r.records, r.skipped, &titles),
        ]
    };
    let mut staged = Staged::new(dir);
    for f in formats {
        match f {
            Format::Csv => {
                for t in tables() {
                    staged.add(&format!("{}.csv", t.name), |w| write_csv(t, excel, w))?;
                }
            }
            Format::Jsonl => {
                for t in tables() {
                    staged.add(&format!("{}.jsonl", t.name), |w| write_jsonl(t, w))?;
                }
            }
            Format::Html => staged.add("index.html", |w| {
                Ok(w.write_all(
                    html::page(r.articles, r.records, r.discrepancies, r.skipped, r.stories)
                        .as_bytes(),
                )?)
            })?,
        }
    }
    staged.commit()
}
