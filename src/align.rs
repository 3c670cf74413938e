//! Alignment: gives every claim its event (the story's main situation, a background event,
//! or a dated happening followed from sentence to sentence) and a blocking key, so that only
//! claims that fill the same slot of the same event are ever compared.
//! It must not decide whether two claims disagree; `compare` does.
//!
//! Cost: O(claims + frames) to assign events; grouping is a sort by blocking key,
//! O(c log c). No step looks at all pairs of claims in the corpus.

use crate::article::Article;
use crate::claim::{Claim, DateValue, Kind, Section, Value};
use crate::event::Frame;
use crate::extract::Extraction;
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;

/// Which event a claim speaks of.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    /// The situation the story reports (troops at the border, the death toll).
    Main,
    /// An earlier event the sentence dates far from the story (an older fire, 2014).
    Background(String),
    /// A happening named in the sentence or carried over from an earlier one.
    Event(Frame),
    /// A date, time or duration with no happening to attach it to: extracted, not compared.
    Unaligned,
}

impl Scope {
    pub fn label(&self) -> String {
        match self {
            Scope::Main => "main story".to_string(),
            Scope::Background(what) => format!("background · {what}"),
            Scope::Event(f) => f.to_string(),
            Scope::Unaligned => String::new(),
        }
    }
}

/// One claim with everything the reports need about it.
#[derive(Debug, Clone)]
pub struct Record {
    /// Index into the article list.
    pub article: usize,
    pub claim: Claim,
    pub section: Section,
    pub scope: Scope,
    /// The alignment group (claims with the same blocking key), numbered from 1.
    pub group: usize,
    /// How many outlets state this value in this group.
    pub sources: usize,
    /// Mention, sentence, file offsets and context, kept after the article's text is dropped.
    pub evidence: crate::extract::Evidence,
}

impl Record {
    /// Only story claims with an event are compared.
    pub fn comparable(&self) -> bool {
        self.section == Section::Story && self.scope != Scope::Unaligned
    }
}

/// Slots too generic to compare without a subject or an outcome: "9 người trong gia đình"
/// and "hai người còn lại" are not two counts of one thing, nor are two ages of unnamed people.
pub const GENERIC_SLOTS: &[&str] = &["people", "age", "cases", "times"];

/// A number's sentence is background when it dates itself to another year, or to a dated
/// happening more than this many days before publication.
const BACKGROUND_DAYS: i64 = 60;

/// The blocking key: story × slot × event class. Dated events share a key per kind of
/// happening; `compare` then checks their frames (place, date window) pair by pair inside the
/// block, which stays small.
pub fn block_key(article: &Article, r: &Record) -> Option<String> {
    if !r.comparable() || GENERIC_SLOTS.contains(&&*r.claim.slot) {
        return None;
    }
    let scope = match &r.scope {
        Scope::Main => "main".to_string(),
        Scope::Background(what) => format!("bg:{what}"),
        Scope::Event(f) => format!("ev:{}", f.kind.unwrap_or("")),
        Scope::Unaligned => return None,
    };
    // Quotes and names are compared across speakers and spellings: one block per story.
    let slot = match r.claim.kind {
        Kind::Quote | Kind::Name => "",
        _ => &*r.claim.slot,
    };
    Some(format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}",
        article.story, r.claim.kind, slot, scope
    ))
}

fn background_of(
    claims: &[&Claim],
    frame: Option<&Frame>,
    published: Option<NaiveDate>,
) -> Option<String> {
    let published = published?;
    for c in claims {
        let Value::Date(d) = &c.value else { continue };
        match d {
            DateValue::Year(y) if *y != published.year() => return Some(y.to_string()),
            DateValue::Month { year, .. }
                if *year != published.year()
                    && (published - d.first_day()).num_days() > BACKGROUND_DAYS =>
            {
                return Some(d.to_string())
            }
            DateValue::Day(_) | DateValue::DayRange(..)
                if frame.is_some_and(|f| f.kind.is_some())
                    && (published - d.first_day()).num_days() > BACKGROUND_DAYS =>
            {
                return Some(format!(
                    "{} {}",
                    frame.and_then(|f| f.kind).unwrap_or("event"),
                    d
                ));
            }
            _ => {}
        }
    }
    None
}

/// Assigns events, groups and source counts. Records come out in article order, then text order.
pub fn align(articles: &[Article], extractions: Vec<Extraction>) -> Vec<Record> {
    let mut records = Vec::new();
    for (ai, (article, ex)) in articles.iter().zip(extractions).enumerate() {
        // Follow the happening from sentence to sentence within the story.
        let mut current = Frame::default();
        let mut effective: BTreeMap<usize, Frame> = BTreeMap::new();
        for &(span, section, f) in &ex.frames {
            if section != Section::Story {
                continue;
            }
            let e = f.carry_from(&current);
            if e.kind.is_some() {
                current = e;
            }
            effective.insert(span.start, e);
        }
        let mut scopes = Vec::with_capacity(ex.claims.len());
        let mut i = 0;
        while i < ex.claims.len() {
            // Claims of one sentence are decided together (a year dates the whole sentence).
            let sentence = ex.claims[i].claim.sentence;
            let j = i + ex.claims[i..]
                .iter()
                .take_while(|f| f.claim.sentence == sentence)
                .count();
            let same: Vec<&Claim> = ex.claims[i..j].iter().map(|f| &f.claim).collect();
            let frame = effective.get(&sentence.start);
            let background = background_of(&same, frame, article.published);
            for found in &ex.claims[i..j] {
                let c = &found.claim;
                let scope = match c.kind {
                    Kind::Number => match &background {
                        Some(what) => Scope::Background(what.clone()),
                        None => Scope::Main,
                    },
                    // Who said what, and how names are spelled, is compared across the story.
                    Kind::Quote | Kind::Name => Scope::Main,
                    // A date speaks for the event only when it is the date that dated it; other
                    // dates in the sentence ("proposals made in December") are not the event's.
                    Kind::Date => match frame {
                        Some(f)
                            if f.kind.is_some()
                                && background.is_none()
                                && f.date
                                    .is_some_and(|d| c.value == Value::Date(DateValue::Day(d))) =>
                        {
                            Scope::Event(*f)
                        }
                        _ => Scope::Unaligned,
                    },
                    _ => match frame {
                        Some(f) if f.kind.is_some() && background.is_none() => Scope::Event(*f),
                        _ => Scope::Unaligned,
                    },
                };
                scopes.push(scope);
            }
            i = j;
        }
        // Move the claims into records: no copy of their text.
        for (found, scope) in ex.claims.into_iter().zip(scopes) {
            records.push(Record {
                article: ai,
                claim: found.claim,
                section: found.section,
                scope,
                group: 0,
                sources: 0,
                evidence: found.evidence,
            });
        }
    }
    assign_groups(articles, &mut records);
    records
}

/// How much two contexts share: |A ∩ B| and |A ∩ B| / min(|A|, |B|).
pub fn context_overlap(a: &[u64], b: &[u64]) -> (usize, f64) {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let smaller = a.len().min(b.len()).max(1);
    (shared, shared as f64 / smaller as f64)
}

/// Numbers the blocks (groups) in blocking-key order and counts the outlets behind each value.
pub fn assign_groups(articles: &[Article], records: &mut [Record]) {
    let mut blocks: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        if let Some(k) = block_key(&articles[r.article], r) {
            blocks.entry(k).or_default().push(i);
        }
    }
    for (g, members) in blocks.values().enumerate() {
        let mut outlets: BTreeMap<String, std::collections::BTreeSet<&str>> = BTreeMap::new();
        for &i in members {
            outlets
                .entry(records[i].claim.value.to_string())
                .or_default()
                .insert(articles[records[i].article].outlet.as_str());
        }
        let counts: BTreeMap<String, usize> =
            outlets.into_iter().map(|(v, o)| (v, o.len())).collect();
        for &i in members {
            records[i].group = g + 1;
            records[i].sources = counts[&records[i].claim.value.to_string()];
        }
    }
    // A claim outside every block still has one source: its own outlet.
    for r in records.iter_mut().filter(|r| r.group == 0) {
        r.sources = 1;
    }
}
