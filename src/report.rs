//! Report writing: the only module that knows column names. Writes `discrepancies.csv`,
//! `claims.csv` and `articles.csv` into a directory, each to a temporary file first and
//! renamed into place only when all are complete, so no reader ever sees half a report.
//! It must not decide anything about claims.

use crate::align::Record;
use crate::article::Article;
use crate::compare::Discrepancy;
use anyhow::{anyhow, Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

pub const DISCREPANCY_COLUMNS: [&str; 22] = [
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
];

pub const CLAIM_COLUMNS: [&str; 16] = [
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
];

pub const ARTICLE_COLUMNS: [&str; 12] = [
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
    "published_from",
];

fn date(a: &Article) -> String {
    a.published
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// The cells describing one side of a claim: outlet, value, mention, published, doc, start,
/// end, sentence.
fn side(articles: &[Article], r: &Record) -> [String; 8] {
    let a = &articles[r.article];
    let file = a.to_file(r.claim.span);
    [
        a.outlet.clone(),
        r.claim.value.to_string(),
        a.text[r.claim.span.start..r.claim.span.end].to_string(),
        date(a),
        a.doc.clone(),
        file.start.to_string(),
        file.end.to_string(),
        one_line(&a.text[r.claim.sentence.start..r.claim.sentence.end]),
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
            row.extend(side(articles, &records[d.a]));
            match d.b {
                Some(b) => row.extend(side(articles, &records[b])),
                None => row.extend(std::iter::repeat_n(String::new(), 8)),
            }
            row.push(format!("{:.2}", d.score));
            row.push(d.note.clone());
            row
        })
        .collect()
}

pub fn claim_rows(articles: &[Article], records: &[Record]) -> Vec<Vec<String>> {
    records
        .iter()
        .map(|r| {
            let a = &articles[r.article];
            let c = &r.claim;
            let file = a.to_file(c.span);
            vec![
                a.doc.clone(),
                a.outlet.clone(),
                date(a),
                c.kind.to_string(),
                c.slot.clone(),
                c.value.to_string(),
                c.qualifier.unwrap_or("").to_string(),
                a.text[c.span.start..c.span.end].to_string(),
                file.start.to_string(),
                file.end.to_string(),
                one_line(&a.text[c.sentence.start..c.sentence.end]),
                r.scope.label(),
                if r.group == 0 {
                    String::new()
                } else {
                    r.group.to_string()
                },
                r.sources.to_string(),
                r.section.as_str().to_string(),
                c.rule.to_string(),
            ]
        })
        .collect()
}

pub fn article_rows(articles: &[Article], records: &[Record]) -> Vec<Vec<String>> {
    let mut counts = vec![0usize; articles.len()];
    for r in records {
        counts[r.article] += 1;
    }
    articles
        .iter()
        .zip(counts)
        .map(|(a, n)| {
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
                a.published_from.to_string(),
            ]
        })
        .collect()
}

/// Serialises a table as CSV (RFC 4180, UTF-8).
pub fn csv_bytes(columns: &[&str], rows: &[Vec<String>]) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(columns)?;
    for r in rows {
        w.write_record(r)?;
    }
    w.into_inner()
        .map_err(|e| anyhow!("cannot serialise CSV: {e}"))
}

/// Checks the output directory can be written, before any work is done.
pub fn prepare_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| {
        anyhow!(
            "{}: cannot create output directory ({})",
            dir.display(),
            crate::corpus::io_reason(&e)
        )
    })?;
    tempfile::NamedTempFile::new_in(dir).map(drop).map_err(|e| {
        anyhow!(
            "{}: output directory is not writable ({})",
            dir.display(),
            crate::corpus::io_reason(&e)
        )
    })
}

/// Writes all files to temporaries in `dir`, then renames them into place together.
pub fn write_atomically(dir: &Path, files: &[(&str, Vec<u8>)]) -> Result<Vec<PathBuf>> {
    let mut staged = Vec::new();
    for (name, bytes) in files {
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .tempfile_in(dir)
            .with_context(|| format!("{}: cannot create a temporary file", dir.display()))?;
        tmp.write_all(bytes)
            .and_then(|_| tmp.as_file().sync_all())
            .with_context(|| format!("{}: cannot write", dir.join(name).display()))?;
        staged.push((tmp, dir.join(name)));
    }
    let mut written = Vec::new();
    for (tmp, target) in staged {
        tmp.persist(&target)
            .map_err(|e| anyhow!("{}: cannot replace ({})", target.display(), e.error))?;
        written.push(target);
    }
    Ok(written)
}

/// The three reports of a comparison.
pub fn write_reports(
    dir: &Path,
    articles: &[Article],
    records: &[Record],
    ds: &[Discrepancy],
) -> Result<Vec<PathBuf>> {
    let files = [
        (
            "discrepancies.csv",
            csv_bytes(
                &DISCREPANCY_COLUMNS,
                &discrepancy_rows(articles, records, ds),
            )?,
        ),
        (
            "claims.csv",
            csv_bytes(&CLAIM_COLUMNS, &claim_rows(articles, records))?,
        ),
        (
            "articles.csv",
            csv_bytes(&ARTICLE_COLUMNS, &article_rows(articles, records))?,
        ),
    ];
    write_atomically(dir, &files)
}
