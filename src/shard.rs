//! Claims as a shard format: JSON Lines rows that carry everything `compare` needs (the
//! article's metadata, the claim, its event scope, its evidence and its `block_key`), so that
//! `claimdiff extract --format jsonl` then `claimdiff compare --claims` gives the same reports
//! as `claimdiff compare` on the articles, and claims split by `block_key` can be compared
//! shard by shard (a distributed shuffle). It must not extract or compare anything itself.
//!
//! Row types: `article` (one per article read, so articles without claims are reported),
//! `claim` (one per claim, with its article's metadata embedded so a shard is self-contained)
//! and `skipped` (a file `--keep-going` could not read).

use crate::align::{block_key, Record, Scope};
use crate::article::{Article, Format};
use crate::claim::{Claim, DateValue, DurationUnit, Kind, Section, Span, Value};
use crate::corpus::Skipped;
use crate::event::Frame;
use crate::extract::Evidence;
use anyhow::{anyhow, bail, Context, Result};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, Write};
use std::sync::Mutex;

/// Names read back from a shard become the `&'static str` the pipeline uses; the set of
/// distinct names (rules, qualifiers, kinds of events, places) is small and bounded.
fn intern(s: &str) -> &'static str {
    static NAMES: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let mut names = NAMES.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&n) = names.get(s) {
        return n;
    }
    let leaked: &'static str = Box::leak(s.to_string().into_boxed_str());
    names.insert(leaked);
    leaked
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ArticleMeta {
    pub doc: String,
    pub story: String,
    pub outlet: String,
    pub published: Option<NaiveDate>,
    pub published_from: String,
    pub url: String,
    pub language: String,
    pub title: String,
    pub bytes: usize,
    pub encoding: String,
    pub format: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ShardValue {
    Number { x: f64 },
    Day { date: NaiveDate },
    DayRange { from: NaiveDate, to: NaiveDate },
    Month { year: i32, month: u32 },
    Year { year: i32 },
    Time { hour: u32, minute: u32 },
    Duration { amount: f64, unit: String },
    Text { text: String },
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ShardFrame {
    pub kind: Option<String>,
    pub place: Option<String>,
    pub date: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "scope", rename_all = "snake_case")]
pub enum ShardScope {
    Main,
    Background { what: String },
    Event { frame: ShardFrame },
    Unaligned,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ClaimRow {
    pub article: ArticleMeta,
    /// Position of the claim in its article (text order), to rebuild the single-run order.
    pub seq: usize,
    pub kind: String,
    pub value: ShardValue,
    pub range_lo: f64,
    /// `None` for an open range (`hơn 14,000`: at least, no upper bound).
    pub range_hi: Option<f64>,
    pub qualifier: Option<String>,
    pub slot: String,
    pub span: (usize, usize),
    pub sentence_span: (usize, usize),
    pub rule: String,
    pub weekday: Option<u32>,
    pub section: String,
    pub scope: ShardScope,
    pub mention: String,
    pub sentence: String,
    pub mention_at: (usize, usize),
    pub file: (usize, usize),
    pub context: Vec<u64>,
    pub headline: bool,
    /// The key alignment groups by; claims with none are never compared with others.
    pub block_key: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Row {
    Article(ArticleMeta),
    Claim(Box<ClaimRow>),
    Skipped { doc: String, reason: String },
}

fn unit_name(u: DurationUnit) -> &'static str {
    match u {
        DurationUnit::Second => "second",
        DurationUnit::Minute => "minute",
        DurationUnit::Hour => "hour",
        DurationUnit::Day => "day",
        DurationUnit::Week => "week",
        DurationUnit::Month => "month",
        DurationUnit::Year => "year",
    }
}

fn unit_of(s: &str) -> Result<DurationUnit> {
    Ok(match s {
        "second" => DurationUnit::Second,
        "minute" => DurationUnit::Minute,
        "hour" => DurationUnit::Hour,
        "day" => DurationUnit::Day,
        "week" => DurationUnit::Week,
        "month" => DurationUnit::Month,
        "year" => DurationUnit::Year,
        _ => bail!("unknown duration unit {s:?}"),
    })
}

fn meta(a: &Article) -> ArticleMeta {
    ArticleMeta {
        doc: a.doc.clone(),
        story: a.story.clone(),
        outlet: a.outlet.clone(),
        published: a.published,
        published_from: a.published_from.to_string(),
        url: a.url.clone(),
        language: a.language.clone(),
        title: a.title.clone(),
        bytes: a.bytes,
        encoding: a.encoding.to_string(),
        format: a.format.as_str().to_string(),
    }
}

fn article_of(m: &ArticleMeta) -> Result<Article> {
    let format = match m.format.as_str() {
        "text" => Format::PlainText,
        "header" => Format::Header,
        "html" => Format::Html,
        f => bail!("unknown format {f:?}"),
    };
    Ok(Article {
        doc: m.doc.clone(),
        story: m.story.clone(),
        outlet: m.outlet.clone(),
        published: m.published,
        published_from: intern(&m.published_from),
        url: m.url.clone(),
        language: m.language.clone(),
        title: m.title.clone(),
        bytes: m.bytes,
        encoding: intern(&m.encoding),
        format,
        text: String::new(),
        inner: None,
        map: Default::default(),
        regions: Vec::new(),
    })
}

fn value_row(v: &Value) -> ShardValue {
    match v {
        Value::Number(x) => ShardValue::Number { x: *x },
        Value::Date(DateValue::Day(d)) => ShardValue::Day { date: *d },
        Value::Date(DateValue::DayRange(a, b)) => ShardValue::DayRange { from: *a, to: *b },
        Value::Date(DateValue::Month { year, month }) => ShardValue::Month {
            year: *year,
            month: *month,
        },
        Value::Date(DateValue::Year(y)) => ShardValue::Year { year: *y },
        Value::Time { hour, minute } => ShardValue::Time {
            hour: *hour,
            minute: *minute,
        },
        Value::Duration { amount, unit } => ShardValue::Duration {
            amount: *amount,
            unit: unit_name(*unit).to_string(),
        },
        Value::Text(t) => ShardValue::Text { text: t.clone() },
    }
}

fn value_of(v: &ShardValue) -> Result<Value> {
    Ok(match v {
        ShardValue::Number { x } => Value::Number(*x),
        ShardValue::Day { date } => Value::Date(DateValue::Day(*date)),
        ShardValue::DayRange { from, to } => Value::Date(DateValue::DayRange(*from, *to)),
        ShardValue::Month { year, month } => Value::Date(DateValue::Month {
            year: *year,
            month: *month,
        }),
        ShardValue::Year { year } => Value::Date(DateValue::Year(*year)),
        ShardValue::Time { hour, minute } => Value::Time {
            hour: *hour,
            minute: *minute,
        },
        ShardValue::Duration { amount, unit } => Value::Duration {
            amount: *amount,
            unit: unit_of(unit)?,
        },
        ShardValue::Text { text } => Value::Text(text.clone()),
    })
}

fn scope_row(s: &Scope) -> ShardScope {
    match s {
        Scope::Main => ShardScope::Main,
        Scope::Background(w) => ShardScope::Background { what: w.clone() },
        Scope::Event(f) => ShardScope::Event {
            frame: ShardFrame {
                kind: f.kind.map(str::to_string),
                place: f.place.map(str::to_string),
                date: f.date,
            },
        },
    }
}

fn scope_of(s: &ShardScope) -> Scope {
    match s {
        ShardScope::Main => Scope::Main,
        ShardScope::Background { what } => Scope::Background(what.clone()),
        ShardScope::Event { frame } => Scope::Event(Frame {
            kind: frame.kind.as_deref().map(intern),
            place: frame.place.as_deref().map(intern),
            date: frame.date,
        }),
        // Older shards marked unpaired dates and times; every claim is paired now.
        ShardScope::Unaligned => Scope::Main,
    }
}

fn section_of(s: &str) -> Result<Section> {
    Ok(match s {
        "story" => Section::Story,
        "related" => Section::Related,
        "boilerplate" => Section::Boilerplate,
        _ => bail!("unknown section {s:?}"),
    })
}

fn weekday_of(n: u32) -> Result<chrono::Weekday> {
    chrono::Weekday::try_from(n as u8).map_err(|_| anyhow!("bad weekday {n}"))
}

/// Writes the shard rows of a run: articles in order, each followed by its claims, then the
/// files skipped.
pub fn write(
    articles: &[Article],
    records: &[Record],
    skipped: &[Skipped],
    out: &mut dyn Write,
) -> Result<()> {
    let mut by_article: Vec<Vec<&Record>> = vec![Vec::new(); articles.len()];
    for r in records {
        by_article[r.article].push(r);
    }
    for (a, rs) in articles.iter().zip(by_article) {
        let m = meta(a);
        serde_json::to_writer(&mut *out, &Row::Article(m.clone()))?;
        out.write_all(b"\n")?;
        for (seq, r) in rs.into_iter().enumerate() {
            let c = &r.claim;
            let e = &r.evidence;
            let row = ClaimRow {
                article: m.clone(),
                seq,
                kind: c.kind.to_string(),
                value: value_row(&c.value),
                range_lo: c.range.0,
                range_hi: c.range.1.is_finite().then_some(c.range.1),
                qualifier: c.qualifier.map(str::to_string),
                slot: c.slot.to_string(),
                span: (c.span.start, c.span.end),
                sentence_span: (c.sentence.start, c.sentence.end),
                rule: c.rule.to_string(),
                weekday: c.weekday.map(|w| w.num_days_from_monday()),
                section: r.section.as_str().to_string(),
                scope: scope_row(&r.scope),
                mention: e.mention().to_string(),
                sentence: e.sentence.to_string(),
                mention_at: e.mention_at,
                file: (e.file.start, e.file.end),
                context: e.context.clone(),
                headline: e.headline,
                block_key: block_key(a),
            };
            serde_json::to_writer(&mut *out, &Row::Claim(Box::new(row)))?;
            out.write_all(b"\n")?;
        }
    }
    for s in skipped {
        serde_json::to_writer(
            &mut *out,
            &Row::Skipped {
                doc: s.doc.clone(),
                reason: s.reason.clone(),
            },
        )?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

/// What shard rows rebuild: articles (sorted by doc, as a run on the files sorts them),
/// records in the single-run order, and skipped files.
pub struct FromShards {
    pub articles: Vec<Article>,
    pub records: Vec<Record>,
    pub skipped: Vec<Skipped>,
}

/// Reads shard rows (any order, any mix of shards) and rebuilds the records `compare` needs.
pub fn read(input: impl BufRead, name: &str) -> Result<FromShards> {
    let mut metas: BTreeMap<String, ArticleMeta> = BTreeMap::new();
    let mut claims: Vec<ClaimRow> = Vec::new();
    let mut skipped = Vec::new();
    for (n, line) in input.lines().enumerate() {
        let line = line.with_context(|| format!("{name}: cannot read line {}", n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let row: Row = serde_json::from_str(&line)
            .with_context(|| format!("{name}: line {}: not a claim row", n + 1))?;
        match row {
            Row::Article(m) => {
                metas.insert(m.doc.clone(), m);
            }
            Row::Claim(c) => {
                metas
                    .entry(c.article.doc.clone())
                    .or_insert_with(|| c.article.clone());
                claims.push(*c);
            }
            Row::Skipped { doc, reason } => skipped.push(Skipped { doc, reason }),
        }
    }
    let articles: Vec<Article> = metas.values().map(article_of).collect::<Result<_>>()?;
    let index: BTreeMap<&str, usize> = metas
        .keys()
        .enumerate()
        .map(|(i, d)| (d.as_str(), i))
        .collect();
    claims.sort_by(|a, b| {
        (index[a.article.doc.as_str()], a.seq).cmp(&(index[b.article.doc.as_str()], b.seq))
    });
    claims.dedup_by(|a, b| a.article.doc == b.article.doc && a.seq == b.seq);
    let mut records = Vec::with_capacity(claims.len());
    for c in claims {
        let kind =
            Kind::parse(&c.kind).ok_or_else(|| anyhow!("{name}: unknown kind {:?}", c.kind))?;
        // The mention is read back from the sentence: the two must agree.
        if c.sentence.get(c.mention_at.0..c.mention_at.1) != Some(c.mention.as_str()) {
            bail!(
                "{name}: claim {} of {}: mention {:?} is not at {:?} in its sentence",
                c.seq,
                c.article.doc,
                c.mention,
                c.mention_at
            );
        }
        let claim = Claim {
            kind,
            value: value_of(&c.value)?,
            range: (c.range_lo, c.range_hi.unwrap_or(f64::INFINITY)),
            qualifier: c.qualifier.as_deref().map(intern),
            slot: c.slot.into(),
            span: Span::new(c.span.0, c.span.1),
            sentence: Span::new(c.sentence_span.0, c.sentence_span.1),
            rule: intern(&c.rule),
            weekday: c.weekday.map(weekday_of).transpose()?,
        };
        records.push(Record {
            article: index[c.article.doc.as_str()],
            claim,
            section: section_of(&c.section)?,
            scope: scope_of(&c.scope),
            group: 0,
            sources: 0,
            evidence: Evidence {
                sentence: c.sentence.into(),
                mention_at: c.mention_at,
                file: Span::new(c.file.0, c.file.1),
                context: c.context,
                headline: c.headline,
            },
        });
    }
    skipped.sort_by(|a: &Skipped, b: &Skipped| a.doc.cmp(&b.doc));
    skipped.dedup();
    Ok(FromShards {
        articles,
        records,
        skipped,
    })
}
