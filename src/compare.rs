//! Comparison: within each alignment block, finds the pairs of outlets whose claims disagree
//! and types the disagreement (`numeric_conflict`, `date_conflict`, `time_conflict`), plus
//! single-source findings (`weekday_mismatch`). It must not read articles or write files.
//!
//! Cost: blocks come from `align`'s blocking key (story × slot × event class); pairs are only
//! formed inside a block, so the work is Σ b² over block sizes b, not c² over all claims.
//! One row per pair of outlets and block, whatever the number of mentions.

use crate::align::{context_overlap, Record, Scope};
use crate::article::Article;
use crate::claim::{Kind, Value};
use crate::entity;
use chrono::Datelike;
use std::collections::{BTreeMap, BTreeSet};

/// Dated events more than this many days apart are different events, not a date conflict.
pub const DATE_WINDOW_DAYS: i64 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    High,
    Medium,
    Low,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Discrepancy {
    pub kind: &'static str,
    pub severity: Severity,
    pub event: String,
    pub slot: String,
    /// Index into the records.
    pub a: usize,
    /// The other side; `None` for a single-source finding.
    pub b: Option<usize>,
    /// How sure the alignment is, 0–1.
    pub score: f64,
    pub note: String,
}

fn disjoint(a: (f64, f64), b: (f64, f64)) -> bool {
    // A relative epsilon keeps 0.95 × 100000 from disagreeing with 95000 by rounding.
    let eps = 1e-9 * a.1.abs().max(b.1.abs()).max(1.0);
    a.1 + eps < b.0 || b.1 + eps < a.0
}

/// Slots that name the toll of a happening: specific enough that one shared word, or both
/// figures standing in headlines, says they count the same thing.
const STRONG_SLOTS: &[&str] = &[
    "deaths",
    "injured",
    "missing",
    "casualties",
    "victims",
    "troops",
    "magnitude",
    "passengers",
    "protesters",
    "crew",
];

/// Slots that articles enumerate (percentages, prices, unknown nouns): figures are the same
/// thing only when their surroundings nearly coincide.
fn is_weak_slot(slot: &str) -> bool {
    let head = slot.split('/').next().unwrap_or(slot);
    matches!(
        head,
        "percent"
            | "money"
            | "points"
            | "members"
            | "countries"
            | "tonnes"
            | "kg"
            | "ha"
            | "m"
            | "km"
    ) || !crate::extract::noun::is_known_slot(head)
}

/// Two figures of one slot count the same thing only when the words around them overlap
/// enough: for ordinary slots at least two shared content words covering 40% of the shorter
/// context; for strong slots one word (or two headlines); for weak slots four words and 60%.
fn same_thing(ra: &Record, rb: &Record) -> bool {
    let (shared, ratio) = context_overlap(&ra.evidence.context, &rb.evidence.context);
    let head = ra.claim.slot.split('/').next().unwrap_or("");
    if STRONG_SLOTS.contains(&head) {
        return shared >= 1 || (ra.evidence.headline && rb.evidence.headline);
    }
    if is_weak_slot(&ra.claim.slot) {
        return shared >= 4 && ratio >= 0.6;
    }
    shared >= 2 && ratio >= 0.4
}

/// Whether two claims speak of the same thing, and if so the kind of disagreement they would
/// show.
fn comparable(ra: &Record, rb: &Record) -> Option<&'static str> {
    match (ra.claim.kind, &ra.scope, &rb.scope) {
        (Kind::Number, Scope::Main, Scope::Main)
        | (Kind::Number, Scope::Background(_), Scope::Background(_)) => {
            same_thing(ra, rb).then_some("numeric_conflict")
        }
        (Kind::Duration, Scope::Event(fa), Scope::Event(fb)) => {
            fa.compatible(fb, 0).then_some("numeric_conflict")
        }
        (Kind::Time, Scope::Event(fa), Scope::Event(fb)) => {
            let same_day = fa.date.is_some() && fa.date == fb.date;
            (same_day && fa.compatible(fb, 0)).then_some("time_conflict")
        }
        (Kind::Date, Scope::Event(fa), Scope::Event(fb)) => {
            let places = fa.place.is_some() && fa.place == fb.place;
            (places && fa.compatible(fb, DATE_WINDOW_DAYS)).then_some("date_conflict")
        }
        _ => None,
    }
}

fn agrees(ra: &Record, rb: &Record) -> bool {
    match ra.claim.kind {
        Kind::Time => ra.claim.value == rb.claim.value,
        _ => !disjoint(ra.claim.range, rb.claim.range),
    }
}

/// How sure we are that the two claims fill the same slot of the same event.
fn score(ra: &Record, rb: &Record) -> f64 {
    let mut s: f64 = 0.6;
    if ra.claim.slot.contains('/') {
        s += 0.2; // a subject (troops/RU) narrows the slot
    }
    if let (Scope::Event(fa), Scope::Event(fb)) = (&ra.scope, &rb.scope) {
        if fa.place.is_some() && fa.place == fb.place {
            s += 0.1;
        }
        if fa.date.is_some() && fa.date == fb.date {
            s += 0.1;
        }
    } else {
        s += 0.2 * context_overlap(&ra.evidence.context, &rb.evidence.context).1;
    }
    s.min(1.0)
}

/// Blocks larger than this compare each claim only with the members that share one of its
/// less common context words (see [`Candidates`]), so a pathological block of thousands of
/// figures costs O(b × k), not O(b²).
pub const LARGE_BLOCK: usize = 256;
/// Postings longer than this are too common to select candidates with.
const MAX_POSTING: usize = 64;

/// Which members of a block a claim is compared with.
struct Candidates<'m> {
    all: &'m [usize],
    /// For large blocks: context key → members having it.
    postings: Option<BTreeMap<u64, Vec<usize>>>,
}

impl<'m> Candidates<'m> {
    fn new(records: &[Record], members: &'m [usize]) -> Candidates<'m> {
        let postings = (members.len() > LARGE_BLOCK).then(|| {
            let mut p: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
            for &m in members {
                for &k in &records[m].evidence.context {
                    p.entry(k).or_default().push(m);
                }
            }
            p
        });
        Candidates {
            all: members,
            postings,
        }
    }

    /// The whole block for ordinary blocks (no copy), a selection for large ones.
    fn of(&self, r: &Record) -> std::borrow::Cow<'m, [usize]> {
        let Some(postings) = &self.postings else {
            return std::borrow::Cow::Borrowed(self.all);
        };
        let lists: Vec<&Vec<usize>> = r
            .evidence
            .context
            .iter()
            .filter_map(|k| postings.get(k))
            .collect();
        let mut out: Vec<usize> = lists
            .iter()
            .filter(|l| l.len() <= MAX_POSTING)
            .flat_map(|l| l.iter().copied())
            .collect();
        if out.is_empty() {
            // Every word is common: take the rarest word's first members.
            if let Some(rarest) = lists.iter().min_by_key(|l| l.len()) {
                out.extend(rarest.iter().take(MAX_POSTING).copied());
            }
        }
        out.sort_unstable();
        out.dedup();
        std::borrow::Cow::Owned(out)
    }
}

/// Figure disagreements in one block. A claim disagrees with another outlet only when that
/// outlet states nothing that agrees with it about the same thing; it is then paired with the
/// closest such claim. One row per pair of outlets: the first such claim in text order.
/// `work` counts the pairs examined (a bound on work that tests check, not a timing).
fn figure_rows(
    articles: &[Article],
    records: &[Record],
    members: &[usize],
    work: &mut u64,
) -> Vec<(usize, usize, &'static str, f64)> {
    let candidates = Candidates::new(records, members);
    let mut seen: BTreeSet<(&str, &str)> = BTreeSet::new();
    let mut block_rows = Vec::new();
    for &i in members {
        let ra = &records[i];
        let oa = articles[ra.article].outlet.as_str();
        let mut by_outlet: BTreeMap<&str, Vec<(usize, &'static str)>> = BTreeMap::new();
        for &j in candidates.of(ra).iter() {
            *work += 1;
            let rb = &records[j];
            let ob = articles[rb.article].outlet.as_str();
            if ob == oa {
                continue;
            }
            if let Some(kind) = comparable(ra, rb) {
                by_outlet.entry(ob).or_default().push((j, kind));
            }
        }
        for (ob, found) in by_outlet {
            let key = (oa.min(ob), oa.max(ob));
            if seen.contains(&key) || found.iter().any(|&(j, _)| agrees(ra, &records[j])) {
                continue;
            }
            // The closest candidate: highest score, then first in text order.
            let (j, kind) = found
                .iter()
                .copied()
                .max_by(|x, y| {
                    score(ra, &records[x.0])
                        .total_cmp(&score(ra, &records[y.0]))
                        .then(y.0.cmp(&x.0))
                })
                .expect("non-empty");
            // The other side must not find agreement for its claim either.
            let rb = &records[j];
            let back_agrees = candidates.of(rb).iter().any(|&k| {
                *work += 1;
                let rk = &records[k];
                articles[rk.article].outlet == oa && comparable(rb, rk).is_some() && agrees(rb, rk)
            });
            if back_agrees {
                continue;
            }
            seen.insert(key);
            let (a, b) = if oa <= ob { (i, j) } else { (j, i) };
            block_rows.push((a, b, kind, score(ra, rb)));
        }
    }
    block_rows
}

/// Who states which value in a block: "90000: Dân trí; 100000: Epoch Times, NYT".
fn sides(articles: &[Article], records: &[Record], members: &[usize]) -> String {
    let mut by_value: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for &i in members {
        let r = &records[i];
        by_value
            .entry(r.claim.value.to_string())
            .or_default()
            .insert(articles[r.article].outlet.as_str());
    }
    let mut sides: Vec<(usize, String)> = by_value
        .into_iter()
        .map(|(v, o)| {
            (
                o.len(),
                format!("{v}: {}", o.into_iter().collect::<Vec<_>>().join(", ")),
            )
        })
        .collect();
    sides.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
    sides
        .into_iter()
        .map(|(_, s)| s)
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn compare(articles: &[Article], records: &[Record]) -> Vec<Discrepancy> {
    compare_counting(articles, records).0
}

/// [`compare`], also returning the number of claim pairs examined (for tests that bound work).
pub fn compare_counting(articles: &[Article], records: &[Record]) -> (Vec<Discrepancy>, u64) {
    let mut work = 0u64;
    // The blocks are align's groups (one per blocking key, numbered in key order): O(claims).
    let groups = records.iter().map(|r| r.group).max().unwrap_or(0);
    let mut blocks: Vec<Vec<usize>> = vec![Vec::new(); groups + 1];
    for (i, r) in records.iter().enumerate() {
        if r.group > 0 {
            blocks[r.group].push(i);
        }
    }
    let mut out = Vec::new();
    for members in blocks.iter().filter(|b| !b.is_empty()) {
        match records[members[0]].claim.kind {
            Kind::Quote => {
                out.extend(compare_quotes(articles, records, members, &mut work));
                continue;
            }
            Kind::Name => {
                out.extend(compare_names(articles, records, members, &mut work));
                continue;
            }
            _ => {}
        }
        let block_rows = figure_rows(articles, records, members, &mut work);
        if block_rows.is_empty() {
            continue;
        }
        let note = sides(articles, records, members);
        for (a, b, kind, score) in block_rows {
            let r = &records[a];
            let severity = match r.scope {
                Scope::Background(_) => Severity::Medium,
                _ => Severity::High,
            };
            out.push(Discrepancy {
                kind,
                severity,
                event: r.scope.label(),
                slot: r.claim.slot.to_string(),
                a,
                b: Some(b),
                score,
                note: note_for(articles, records, &note, a, b),
            });
        }
    }
    out.extend(weekday_mismatches(articles, records));
    out.sort_by(|x, y| {
        (x.severity, &x.event, &x.slot, x.kind, x.a, x.b)
            .cmp(&(y.severity, &y.event, &y.slot, y.kind, y.a, y.b))
    });
    (out, work)
}

/// Who a sentence attributes its figure to: "theo USGS", "according to the ministry",
/// "Cục Khí tượng cho biết".
pub fn attribution(sentence: &str) -> Option<String> {
    let lower = sentence.to_lowercase();
    let take = |rest: &str| -> Option<String> {
        let words: Vec<&str> = rest
            .split([',', '.', ';', ':', '('])
            .next()?
            .split_whitespace()
            .take(6)
            .collect();
        let first = words.first()?;
        first
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            .then(|| words.join(" "))
    };
    for cue in ["theo ", "according to "] {
        let mut from = 0;
        while let Some(p) = lower[from..].find(cue) {
            let at = from + p;
            let boundary = at == 0
                || !lower[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
            if boundary {
                if let Some(who) = take(&sentence[at + cue.len()..]) {
                    return Some(who);
                }
            }
            from = at + cue.len();
        }
    }
    let at = lower.find(" cho biết")?;
    let before: Vec<&str> = sentence[..at]
        .split_whitespace()
        .rev()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .collect();
    (!before.is_empty()).then(|| before.into_iter().rev().collect::<Vec<_>>().join(" "))
}

/// The note of a figure row: who stands on each side, plus what explains a gap: different
/// attributed sources, or a later report with a higher toll.
fn note_for(articles: &[Article], records: &[Record], sides: &str, a: usize, b: usize) -> String {
    let (ra, rb) = (&records[a], &records[b]);
    let (aa, ab) = (&articles[ra.article], &articles[rb.article]);
    let mut note = sides.to_string();
    if let (Some(sa), Some(sb)) = (
        attribution(&ra.evidence.sentence),
        attribution(&rb.evidence.sentence),
    ) {
        if sa != sb {
            note.push_str(&format!(
                "; different sources: theo {sa} ({}) / theo {sb} ({})",
                aa.outlet, ab.outlet
            ));
        }
    }
    let toll = STRONG_SLOTS.contains(&ra.claim.slot.split('/').next().unwrap_or(""));
    if let (true, Some(pa), Some(pb), Value::Number(va), Value::Number(vb)) = (
        toll,
        aa.published,
        ab.published,
        &ra.claim.value,
        &rb.claim.value,
    ) {
        let (later, later_value, earlier_value) = if pa > pb { (aa, va, vb) } else { (ab, vb, va) };
        if pa != pb && later_value > earlier_value {
            note.push_str(&format!(
                "; the later report ({}, {}) has the higher figure",
                later.outlet,
                later.published.map(|d| d.to_string()).unwrap_or_default()
            ));
        }
    }
    note
}

fn words(s: &str) -> Vec<String> {
    let mut w: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    w.sort();
    w.dedup();
    w
}

fn jaccard(a: &[String], b: &[String]) -> f64 {
    let shared = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    let union = a.len() + b.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    }
}

fn speaker(r: &Record) -> Option<&str> {
    r.claim.slot.strip_prefix("quote/")
}

/// "Blinken" and "Antony Blinken" are one speaker: the same family name, or the same person.
fn same_speaker(a: &str, b: &str) -> bool {
    let last = |s: &str| {
        entity::fold_person(s)
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .to_string()
    };
    entity::same_person(a, b) || last(a) == last(b)
}

/// Words whose presence in one wording and absence in the other changes what was said.
const NEGATIONS: &[&str] = &[
    "không", "chưa", "chẳng", "chả", "đừng", "not", "no", "never",
];

/// A negation in one wording only, or different figures in both (digits on one side and
/// number words on the other are the same words, not a material change).
fn material_difference(a: &[String], b: &[String]) -> bool {
    let only = |x: &[String], y: &[String]| -> Vec<String> {
        x.iter()
            .filter(|w| y.binary_search(w).is_err())
            .cloned()
            .collect()
    };
    let (oa, ob) = (only(a, b), only(b, a));
    let negation = |v: &[String]| v.iter().any(|w| NEGATIONS.contains(&w.as_str()));
    let digits = |v: &[String]| v.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()));
    negation(&oa) || negation(&ob) || (digits(&oa) && digits(&ob))
}

/// Quotes of one story: the same words given to different speakers (`attribution_conflict`),
/// or one speaker's words given with a different figure or negation (`quote_variant`).
/// Cost: pairs within the story's quotes, q² for q quotes (tens per story); past
/// [`LARGE_BLOCK`] quotes, only quotes opening with the same two words are paired.
fn compare_quotes(
    articles: &[Article],
    records: &[Record],
    members: &[usize],
    work: &mut u64,
) -> Vec<Discrepancy> {
    let bags: Vec<Vec<String>> = members
        .iter()
        .map(|&i| words(&records[i].claim.value.to_string()))
        .collect();
    let pairs: Vec<(usize, usize)> = if members.len() <= LARGE_BLOCK {
        (0..members.len())
            .flat_map(|x| (x + 1..members.len()).map(move |y| (x, y)))
            .collect()
    } else {
        let mut buckets: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (x, &i) in members.iter().enumerate() {
            let v = records[i].claim.value.to_string().to_lowercase();
            let opening = v.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
            buckets.entry(opening).or_default().push(x);
        }
        buckets
            .values()
            .flat_map(|b| {
                let b = &b[..b.len().min(MAX_POSTING)];
                (0..b.len()).flat_map(move |p| (p + 1..b.len()).map(move |q| (b[p], b[q])))
            })
            .collect()
    };
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (x, y) in pairs {
        *work += 1;
        {
            let (i, j) = (members[x], members[y]);
            let (ra, rb) = (&records[i], &records[j]);
            let (oa, ob) = (&articles[ra.article].outlet, &articles[rb.article].outlet);
            if oa == ob {
                continue;
            }
            let sim = jaccard(&bags[x], &bags[y]);
            let kind = match (speaker(ra), speaker(rb)) {
                (Some(sa), Some(sb)) if sim >= 0.8 && !same_speaker(sa, sb) => {
                    "attribution_conflict"
                }
                (Some(sa), Some(sb))
                    if sim >= 0.75
                        && same_speaker(sa, sb)
                        && material_difference(&bags[x], &bags[y]) =>
                {
                    "quote_variant"
                }
                _ => continue,
            };
            if !seen.insert((kind, oa.min(ob), oa.max(ob), x.min(y))) {
                continue;
            }
            let (a, b) = if oa <= ob { (i, j) } else { (j, i) };
            out.push(Discrepancy {
                kind,
                severity: if kind == "attribution_conflict" {
                    Severity::Medium
                } else {
                    Severity::Low
                },
                event: ra.scope.label(),
                slot: "quote".to_string(),
                a,
                b: Some(b),
                score: sim,
                note: format!(
                    "{}: {}; {}: {} (word overlap {:.2})",
                    oa,
                    speaker(ra).unwrap_or("?"),
                    ob,
                    speaker(rb).unwrap_or("?"),
                    sim
                ),
            });
        }
    }
    out
}

/// Names of one story written differently by two outlets in one whole syllable that differs by
/// one letter (Phạm / Phan Đức Huy), when no outlet on one side also writes the other spelling:
/// one person, two spellings. One row per pair of spellings; the note lists who writes which.
/// Transliterations, middle initials (Sergei / Sergey A. Ryabkov) and abbreviated names
/// (Lê Thị H / Lê Thị Hậu, as the press writes suspects and victims) are not reported.
fn compare_names(
    articles: &[Article],
    records: &[Record],
    members: &[usize],
    work: &mut u64,
) -> Vec<Discrepancy> {
    // name -> outlets writing it, and its first record
    let mut outlets_of: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    let mut first: BTreeMap<String, usize> = BTreeMap::new();
    for &i in members {
        let r = &records[i];
        let name = r.claim.value.to_string();
        outlets_of
            .entry(name.clone())
            .or_default()
            .insert(articles[r.article].outlet.as_str());
        first.entry(name).or_insert(i);
    }
    // Two spellings of a name share its length in syllables and all syllables but one, so
    // they share the first or the last: pairs are formed within those buckets only.
    let mut buckets: BTreeMap<(usize, bool, String), Vec<&String>> = BTreeMap::new();
    for name in outlets_of.keys() {
        let folded = entity::fold_person(name);
        let syllables: Vec<&str> = folded.split(' ').collect();
        let n = syllables.len();
        buckets
            .entry((n, true, syllables[0].to_string()))
            .or_default()
            .push(name);
        buckets
            .entry((n, false, syllables[n - 1].to_string()))
            .or_default()
            .push(name);
    }
    let mut pairs: BTreeSet<(&String, &String)> = BTreeSet::new();
    for names in buckets.values() {
        for (x, na) in names.iter().enumerate() {
            for nb in &names[x + 1..] {
                *work += 1;
                pairs.insert(((*na).min(*nb), (*na).max(*nb)));
            }
        }
    }
    let mut out = Vec::new();
    for (na, nb) in pairs {
        {
            if !entity::spelling_variant(na, nb) {
                continue;
            }
            let (oa, ob) = (&outlets_of[na], &outlets_of[nb]);
            // Outlets that write both spellings see two people, not a misspelling.
            if !oa.is_disjoint(ob) {
                continue;
            }
            let list = |o: &BTreeSet<&str>| o.iter().copied().collect::<Vec<_>>().join(", ");
            let (a, b) = (first[na], first[nb]);
            out.push(Discrepancy {
                kind: "name_variant",
                severity: Severity::Medium,
                event: records[a].scope.label(),
                slot: "name".to_string(),
                a,
                b: Some(b),
                score: strsim::normalized_levenshtein(
                    &entity::fold_person(na),
                    &entity::fold_person(nb),
                ),
                note: format!("{na}: {}; {nb}: {}", list(oa), list(ob)),
            });
        }
    }
    out
}

/// A weekday written next to a date it does not fall on.
fn weekday_mismatches<'a>(
    articles: &'a [Article],
    records: &'a [Record],
) -> impl Iterator<Item = Discrepancy> + 'a {
    records.iter().enumerate().filter_map(move |(i, r)| {
        let written = r.claim.weekday?;
        let Value::Date(d) = &r.claim.value else {
            return None;
        };
        let actual = d.first_day().weekday();
        (written != actual && r.section == crate::claim::Section::Story).then(|| Discrepancy {
            kind: "weekday_mismatch",
            severity: Severity::Medium,
            event: r.scope.label(),
            slot: r.claim.slot.to_string(),
            a: i,
            b: None,
            score: 1.0,
            note: format!(
                "{} is a {actual:?}, written as {written:?} ({})",
                d, articles[r.article].outlet
            ),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::attribution;

    #[test]
    fn attributed_sources() {
        assert_eq!(
            attribution("Trận động đất mạnh 6,1 độ, theo USGS.").as_deref(),
            Some("USGS")
        );
        assert_eq!(
            attribution("Theo Cục Khí tượng Thủy văn, trận động đất mạnh 5,8 độ.").as_deref(),
            Some("Cục Khí tượng Thủy văn")
        );
        assert_eq!(
            attribution("5 people died, according to Reuters.").as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            attribution("Đại tá Nguyễn Văn A cho biết 5 người chết.").as_deref(),
            Some("Nguyễn Văn A")
        );
        assert_eq!(attribution("5 người chết theo thống kê ban đầu."), None);
    }
}
