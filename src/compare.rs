//! Comparison: among the claims alignment matched, finds those that disagree and types the
//! disagreement (`numeric_conflict`, `date_conflict`, `time_conflict`, `name_variant`) with the
//! calibrated probability that it is one; compares quotes by their words
//! (`attribution_conflict`, `quote_variant`); flags weekdays that do not fit their date
//! (`weekday_mismatch`). It must not read articles, pair claims or write files.
//!
//! Cost: one step per match, plus q² per story for its q quotes (bounded for large stories).
//! One row per story, kind, class and pair of values, whatever the number of articles.

use crate::align::features::COARSE_REACH;
use crate::align::{Match, Record, Scope, Weights};
use crate::article::Article;
use crate::claim::{Kind, Value};
use crate::entity;
use chrono::Datelike;
use std::collections::BTreeMap;

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

/// One value of a disagreement and the claims that state it, one per outlet (ordered by
/// outlet).
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    pub value: String,
    pub records: Vec<usize>,
    /// The value of another side this vague one holds ("hơn 5%" holds "5,48%"): its outlets
    /// stand with that side, and it is never the majority itself.
    pub within: Option<String>,
}

/// One disagreement: every value stated and who states it, with a representative pair of
/// claims (`a`, `b`) for the pairwise columns of `discrepancies.csv`.
#[derive(Debug, Clone)]
pub struct Discrepancy {
    /// A stable id (a hash of story, kind, event, slot and values): the same in a sharded run.
    pub id: String,
    /// The story (the articles compared with each other).
    pub story: String,
    pub kind: &'static str,
    pub severity: Severity,
    pub event: String,
    pub slot: String,
    /// Index into the records.
    pub a: usize,
    /// The other side; `None` for a single-source finding.
    pub b: Option<usize>,
    /// The probability that the row is a real disagreement (calibrated on the editors' gold),
    /// 0–1; 1 for single-source findings, the word overlap for quotes.
    pub score: f64,
    pub note: String,
    /// Every value and the outlets stating it (values in order).
    pub sides: Vec<Side>,
    /// The side stated by more outlets than any other, when one is.
    pub majority: Option<usize>,
    /// The side whose latest report is later than every other side's, when the dates say so.
    pub latest: Option<usize>,
}

impl Discrepancy {
    /// Sets the id, majority and latest side once the sides are known.
    fn finish(mut self, articles: &[Article], records: &[Record]) -> Discrepancy {
        let parts = [
            self.story.as_str(),
            self.kind,
            self.event.as_str(),
            self.slot.as_str(),
        ];
        let values = self.sides.iter().map(|s| s.value.as_str());
        let h = crate::token::parts_hash(parts.into_iter().chain(values));
        self.id = format!("{h:016x}");
        let unique_max = |keys: Vec<Option<chrono::NaiveDate>>| -> Option<usize> {
            let best = keys.iter().max()?;
            let mut at = keys.iter().enumerate().filter(|(_, k)| *k == best);
            let (i, _) = at.next()?;
            (at.next().is_none() && best.is_some()).then_some(i)
        };
        // A vague side's outlets count for the side it holds; it is never the majority itself.
        let counts: Vec<usize> = self
            .sides
            .iter()
            .map(|s| {
                if s.within.is_some() {
                    return 0;
                }
                let mut outlets: Vec<&str> = self
                    .sides
                    .iter()
                    .filter(|v| v.value == s.value || v.within.as_ref() == Some(&s.value))
                    .flat_map(|v| {
                        v.records
                            .iter()
                            .map(|&r| articles[records[r].article].outlet.as_str())
                    })
                    .collect();
                outlets.sort_unstable();
                outlets.dedup();
                outlets.len()
            })
            .collect();
        let max = counts.iter().copied().max().unwrap_or(0);
        self.majority = (self.sides.len() > 1 && counts.iter().filter(|&&c| c == max).count() == 1)
            .then(|| counts.iter().position(|&c| c == max))
            .flatten();
        self.latest = if self.sides.len() > 1 {
            unique_max(
                self.sides
                    .iter()
                    .map(|s| {
                        s.records
                            .iter()
                            .filter_map(|&r| articles[records[r].article].published)
                            .max()
                    })
                    .collect(),
            )
        } else {
            None
        };
        self
    }
}

/// Orders a pair so that side `a` is the outlet (then document) that sorts first.
fn oriented(articles: &[Article], records: &[Record], x: usize, y: usize) -> (usize, usize) {
    let key = |i: usize| {
        let a = &articles[records[i].article];
        (a.outlet.as_str(), a.doc.as_str(), i)
    };
    if key(x) <= key(y) {
        (x, y)
    } else {
        (y, x)
    }
}

/// A value as a disagreement's side shows it: a name with hyphens read as spaces and each
/// part capitalised, so "Kim Jong-un", "Kim Jong Un" and "Kim Jong-Un" are one spelling.
fn shown(v: &Value) -> String {
    match v {
        // A score as the winner tells it ("thua 1-3" is "3-1"), its dash kept.
        Value::Text(text) => match crate::claim::score_sides(text) {
            Some((won, lost)) => format!("{won}-{lost}"),
            None => title_case(text),
        },
        other => other.to_string(),
    }
}

/// A figure shown with the side of it its qualifier puts the fact on: "<3000000000" for "gần
/// 3 tỷ" or "dưới 3 tỷ", ">3000000000" for "hơn 3 tỷ"; as shown otherwise.
fn with_side(c: &crate::claim::Claim, shown: String) -> String {
    if c.bound() > 0 {
        format!(">{shown}")
    } else if c.below() {
        format!("<{shown}")
    } else {
        shown
    }
}

/// A figure written in the unit of `slot` when the claim's own is another unit of the same
/// measure: a row in metres shows 80 feet as 24.38 (its mention keeps "80-foot").
pub fn in_row_unit(c: &crate::claim::Claim, slot: &str) -> Option<String> {
    let Value::Number(x) = c.value else {
        return None;
    };
    // Its own slot is its own unit: no unit to look up.
    if c.slot == slot {
        return None;
    }
    let y = crate::align::candidates::in_unit_of(x, &c.slot, slot)?;
    // Four significant digits: 24.38 m, 0.125 m; a conversion adds no precision.
    let unit = 10f64.powi(y.abs().max(f64::MIN_POSITIVE).log10().floor() as i32 - 3);
    Some(shown(&Value::Number((y / unit).round() * unit)))
}

/// A claim's value as [`shown`], in the unit of `slot` ([`in_row_unit`]).
fn shown_as(c: &crate::claim::Claim, slot: &str) -> String {
    in_row_unit(c, slot).unwrap_or_else(|| shown(&c.value))
}

/// Each part of a name capitalised, parts joined by one space.
fn title_case(name: &str) -> String {
    name.split(|c: char| c == '-' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn names_a_place_or_org(m: &Match) -> bool {
    crate::align::features::index("name_kind").is_some_and(|k| {
        crate::align::features::COMPARISONS[k].levels[m.levels[k] as usize] == "place_or_org"
    })
}

/// What a row's disagreement is about: the pair's class, and for ages or birth years whose
/// both sides name the same person or group ("age/Nguyễn Anh Tuấn", "age/deaths"), theirs
/// too: two people's ages that differ alike are two rows, not one.
fn row_class(class: &str, slot_a: &str, slot_b: &str) -> String {
    let whose = |slot: &str| {
        let rest = slot
            .strip_prefix("age/")
            .or_else(|| slot.strip_prefix("born/"))?;
        let rest = rest
            .strip_suffix("/min")
            .or_else(|| rest.strip_suffix("/max"))
            .unwrap_or(rest);
        (!rest.is_empty() && rest != "min" && rest != "max").then(|| rest.to_string())
    };
    match (whose(slot_a), whose(slot_b)) {
        (Some(x), Some(y)) if x == y => format!("{class}/{x}"),
        _ => class.to_string(),
    }
}

/// A row of `match_rows` before it becomes a discrepancy: its best pair, its score, and per
/// value the first claim of each outlet stating it.
struct Row {
    a: usize,
    b: usize,
    score: f64,
    kind: &'static str,
    sides: BTreeMap<String, BTreeMap<String, usize>>,
    /// Vague values merged in, and the precise value each holds.
    within: BTreeMap<String, String>,
}

/// Story, kind, row class, and the two values (the smaller first).
type RowKey = (String, &'static str, String, String, String);

/// Two rows against one value whose other values are one figure written vaguely and precisely
/// ("hơn 5%" and "5,48%" against "hơn 50%"; "trên 84 m" and "84,6 m" against "88,6 m") are
/// one disagreement: the vaguer value, whose range holds the precise one, joins the row of the
/// most precise value it holds, and the editor reads the precise figure first.
fn merge_vaguer_rows(rows: &mut BTreeMap<RowKey, Row>, records: &[Record]) {
    // The row's own claim of the value: the range it allows, its figure as written, whether
    // it is a bound, and what it counts. Amounts only: "about 2:30" against 2:45 is a
    // disagreement of its own beside 2:24 against 2:45, for an editor as for the gold.
    let range = |row: &Row, value: &str| -> Option<(f64, f64, f64, bool, &str)> {
        let own = if shown(&records[row.a].claim.value) == value {
            row.a
        } else {
            row.b
        };
        let claim = &records[own].claim;
        let Value::Number(figure) = claim.value else {
            return None;
        };
        Some((
            claim.range.0,
            claim.range.1,
            figure,
            claim.bound() != 0,
            &claim.slot,
        ))
    };
    let mut moves: Vec<(RowKey, RowKey, String, String)> = Vec::new();
    for (key, row) in rows.iter() {
        for (shared, vague) in [(&key.3, &key.4), (&key.4, &key.3)] {
            let Some((lo, hi, figure, _, slot)) = range(row, vague) else {
                continue;
            };
            // Vague as every outlet wrote it: "tối đa 15,4" beside a plain "15,4" is a figure.
            let qualified = row.sides[vague.as_str()]
                .values()
                .all(|&i| records[i].claim.qualifier.is_some());
            if !qualified {
                continue;
            }
            let mut best: Option<(f64, &RowKey, &String)> = None;
            // Only the rows of this story, kind and class: the keys sort them together.
            let first = (
                key.0.clone(),
                key.1,
                key.2.clone(),
                String::new(),
                String::new(),
            );
            let same_class = rows
                .range(first..)
                .take_while(|(k, _)| k.0 == key.0 && k.1 == key.1 && k.2 == key.2);
            for (other_key, other) in same_class {
                if other_key == key {
                    continue;
                }
                let precise = if &other_key.3 == shared {
                    &other_key.4
                } else if &other_key.4 == shared {
                    &other_key.3
                } else {
                    continue;
                };
                // A precise figure of the same thing ("more than 30 injured" holds no 32 dead).
                let Some((plo, phi, _, false, precise_slot)) = range(other, precise) else {
                    continue;
                };
                if precise_slot != slot {
                    continue;
                }
                // Held by the vague range, and near its figure: "ít nhất 53" holds 148 but
                // is another count.
                let near = ((plo + phi) / 2.0 - figure).abs() <= COARSE_REACH * figure.abs();
                let held = lo <= plo && phi <= hi && (lo, hi) != (plo, phi) && near;
                if held && best.is_none_or(|(width, _, _)| phi - plo < width) {
                    best = Some((phi - plo, other_key, precise));
                }
            }
            if let Some((_, target, precise)) = best {
                moves.push((key.clone(), target.clone(), vague.clone(), precise.clone()));
                break;
            }
        }
    }
    for (from, to, vague, precise) in moves {
        let Some(row) = rows.remove(&from) else {
            continue;
        };
        let Some(target) = rows.get_mut(&to) else {
            rows.insert(from, row);
            continue;
        };
        target.within.insert(vague, precise);
        target.within.extend(row.within);
        for (value, outlets) in row.sides {
            let side = target.sides.entry(value).or_default();
            for (outlet, i) in outlets {
                let first = side.entry(outlet).or_insert(i);
                *first = (*first).min(i);
            }
        }
    }
}

/// Disagreements between matched claims, one row per story, kind, class (with whose age, see
/// [`row_class`]) and pair of values (the best-scored pair of articles stands for the
/// others, which the note lists).
fn match_rows(
    articles: &[Article],
    records: &[Record],
    matches: &[Match],
    weights: &Weights,
    min_score: f64,
    work: &mut u64,
) -> Vec<Discrepancy> {
    let mut rows: BTreeMap<RowKey, Row> = BTreeMap::new();
    for m in matches {
        *work += 1;
        if m.agree {
            continue;
        }
        let ra = &records[m.a];

        // A name variant is one person named two ways; two spellings of a place or an
        // organisation (a stadium, a bank) are not what the kind reports.
        if m.family == crate::align::Family::Name && names_a_place_or_org(m) {
            continue;
        }
        let score = weights.probability(m.family, &m.levels, m.weight);
        if score < min_score {
            continue;
        }
        let (a, b) = oriented(articles, records, m.a, m.b);
        let (va, vb) = (
            shown(&records[a].claim.value),
            shown_as(&records[b].claim, &records[a].claim.slot),
        );
        // One figure written by both, the fact put under it by one and over it by the other
        // ("gần 3 tỷ" / "hơn 3 tỷ"): its sides are told by their marks.
        let (va, vb) = if va == vb {
            (
                with_side(&records[a].claim, va),
                with_side(&records[b].claim, vb),
            )
        } else {
            (va, vb)
        };
        if va == vb {
            continue;
        }
        let kind = m.family.conflict_kind();
        let story = articles[ra.article].story.clone();
        let key = (
            story,
            kind,
            row_class(&m.class, &records[a].claim.slot, &records[b].claim.slot),
            va.clone().min(vb.clone()),
            va.clone().max(vb.clone()),
        );
        let row = rows.entry(key).or_insert_with(|| Row {
            a,
            b,
            score,
            kind,
            sides: BTreeMap::new(),
            within: BTreeMap::new(),
        });
        if score > row.score {
            (row.a, row.b, row.score) = (a, b, score);
        }
        for (v, i) in [(va, a), (vb, b)] {
            let first = row
                .sides
                .entry(v)
                .or_default()
                .entry(articles[records[i].article].outlet.clone())
                .or_insert(i);
            *first = (*first).min(i);
        }
    }
    // Outlets that agree with a side without a differing match of their own (matched only to
    // claims of the same value) stand on that side too: the match group holds them.
    let mut by_group: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for row in rows.values() {
        if records[row.a].group > 0 {
            by_group.entry(records[row.a].group).or_default();
        }
    }
    for (i, r) in records.iter().enumerate() {
        if let Some(members) = by_group.get_mut(&r.group) {
            members.push(i);
        }
    }
    for row in rows.values_mut() {
        let Some(members) = by_group.get(&records[row.a].group) else {
            continue;
        };
        // A background figure (an earlier disaster's toll) stands on no side of the story's
        // row, nor a story figure on a background row's, nor one of another year's background.
        let year = |i: usize| match &records[i].scope {
            Scope::Background(what) => Some(what.get(..4).unwrap_or(what)),
            _ => None,
        };
        let slot = &records[row.a].claim.slot;
        for &i in members {
            if year(i) != year(row.a) {
                continue;
            }
            // In the row's unit: "500-feet" is no "500 m".
            let value = shown_as(&records[i].claim, slot);
            if let Some(side) = row.sides.get_mut(&value) {
                let first = side
                    .entry(articles[records[i].article].outlet.clone())
                    .or_insert(i);
                *first = (*first).min(i);
            }
        }
    }
    merge_vaguer_rows(&mut rows, records);
    rows.into_values()
        .map(|mut row| {
            // An age an outlet wrote stands for its side rather than one counted from a birth
            // year: the row shows what was written.
            let written = |end: usize, other: usize| {
                let derived = |i: usize| records[i].claim.rule == "age_from_birth_year";
                if !derived(end) {
                    return end;
                }
                row.sides
                    .get(&shown(&records[end].claim.value))
                    .and_then(|side| {
                        side.values()
                            .copied()
                            .find(|&i| !derived(i) && records[i].article != records[other].article)
                    })
                    .unwrap_or(end)
            };
            (row.a, row.b) = (written(row.a, row.b), written(row.b, row.a));
            let r = &records[row.a];
            let who = row
                .sides
                .iter()
                .map(|(v, o)| format!("{v}: {}", o.keys().cloned().collect::<Vec<_>>().join(", ")))
                .collect::<Vec<_>>()
                .join("; ");
            let role = (row.kind == "name_variant")
                .then(|| person_role(records, &row.sides))
                .flatten();
            let who = match role {
                Some(role) => format!("name of the {role}: {who}"),
                None => who,
            };
            let sides = row
                .sides
                .into_iter()
                .map(|(value, o)| Side {
                    within: row.within.get(&value).cloned(),
                    value,
                    records: o.into_values().collect(),
                })
                .collect();
            let severity = match (row.kind, &r.scope) {
                ("name_variant", _) | (_, Scope::Background(_)) => Severity::Medium,
                _ => Severity::High,
            };
            Discrepancy {
                id: String::new(),
                story: articles[r.article].story.clone(),
                kind: row.kind,
                severity,
                event: r.scope.label(),
                slot: r.claim.slot.to_string(),
                a: row.a,
                b: Some(row.b),
                score: (row.score * 1000.0).round() / 1000.0,
                note: note_for(articles, records, &who, row.a, row.b),
                sides,
                majority: None,
                latest: None,
            }
            .finish(articles, records)
        })
        .collect()
}

/// Every disagreement: matched claims that differ, quotes given to different speakers or
/// changed, weekdays that do not fit their dates. Rows scored under `min_score` are dropped.
pub fn compare(
    articles: &[Article],
    records: &[Record],
    matches: &[Match],
    weights: &Weights,
    min_score: f64,
) -> Vec<Discrepancy> {
    compare_counting(articles, records, matches, weights, min_score).0
}

/// [`compare`], also returning the number of pairs examined (for tests that bound work).
pub fn compare_counting(
    articles: &[Article],
    records: &[Record],
    matches: &[Match],
    weights: &Weights,
    min_score: f64,
) -> (Vec<Discrepancy>, u64) {
    let mut work = 0u64;
    let mut out = match_rows(articles, records, matches, weights, min_score, &mut work);
    // Quotes are compared by their words, story by story.
    let mut quotes: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        if r.claim.kind == Kind::Quote && r.section == crate::claim::Section::Story {
            quotes
                .entry(articles[r.article].story.as_str())
                .or_default()
                .push(i);
        }
    }
    for members in quotes.values() {
        out.extend(compare_quotes(articles, records, members, &mut work));
    }
    out.extend(weekday_mismatches(articles, records));
    out.sort_by(|x, y| {
        (x.severity, &x.event, &x.slot, x.kind, x.a, x.b)
            .cmp(&(y.severity, &y.event, &y.slot, y.kind, y.a, y.b))
    });
    (out, work)
}

/// Stories with more quotes than this pair only quotes opening with the same two words, at
/// most [`MAX_BUCKET`] of them, so a pathological page of thousands of quotes stays linear.
pub const LARGE_BLOCK: usize = 256;
const MAX_BUCKET: usize = 64;

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
    let words: Vec<&str> = sentence[..at].split_whitespace().collect();
    let run = words
        .iter()
        .rev()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    // An excerpt cut inside the name ("…Chí Minh cho biết") does not say who.
    let cut = sentence.starts_with('…') && run + 1 >= words.len();
    (run > 0 && !cut).then(|| words[words.len() - run..].join(" "))
}

/// The role the outlets give the person a name row is about (`tài xế`, `chủ tịch xã`,
/// `foreign minister`): the one written most often before either spelling, forms of address
/// (`ông`, `anh`) aside; ties go to the first in order.
fn person_role(
    records: &[Record],
    sides: &BTreeMap<String, BTreeMap<String, usize>>,
) -> Option<String> {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for &i in sides.values().flat_map(|o| o.values()) {
        let slot: &str = &records[i].claim.slot;
        if let Some(role) = slot.strip_prefix("name/") {
            if !crate::align::candidates::KIN_TITLES.contains(&role.to_lowercase().as_str()) {
                *count.entry(role).or_default() += 1;
            }
        }
    }
    let best = count.values().copied().max()?;
    count
        .into_iter()
        .find(|(_, n)| *n == best)
        .map(|(role, _)| role.to_lowercase())
}

/// The note of a figure row: who stands on each side, plus what explains a gap: different
/// attributed sources, or a later report with a higher toll (or fewer missing).
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
    let toll =
        crate::align::features::TOLL_HEADS.contains(&ra.claim.slot.split('/').next().unwrap_or(""));
    if let (true, Some(pa), Some(pb), Value::Number(va), Value::Number(vb)) = (
        toll,
        aa.published,
        ab.published,
        &ra.claim.value,
        &rb.claim.value,
    ) {
        let (later, later_value, earlier_value) = if pa > pb { (aa, va, vb) } else { (ab, vb, va) };
        // Tolls of the dead and hurt grow as reports come in; the missing shrink as people
        // are found.
        let missing = ra.claim.slot.split('/').next() == Some("missing");
        let direction = if later_value > earlier_value {
            Some("higher")
        } else if missing && later_value < earlier_value {
            Some("lower")
        } else {
            None
        };
        if let (true, Some(direction)) = (pa != pb, direction) {
            note.push_str(&format!(
                "; the later report ({}, {}) has the {direction} figure",
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

/// Whether one quote's words, in order, are a passage of the other's: an outlet that quotes
/// a statement in two pieces gives no other wording than one that quotes it whole.
fn one_holds_the_other(a: &Record, b: &Record) -> bool {
    let passage = |r: &Record| {
        let mut s = String::from(" ");
        for w in r
            .claim
            .value
            .to_string()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            s.push_str(&w.to_lowercase());
            s.push(' ');
        }
        s
    };
    let (x, y) = (passage(a), passage(b));
    x.contains(&y) || y.contains(&x)
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
                let b = &b[..b.len().min(MAX_BUCKET)];
                (0..b.len()).flat_map(move |p| (p + 1..b.len()).map(move |q| (b[p], b[q])))
            })
            .collect()
    };
    // Pairs that disagree, then one disagreement per connected group of quotes and kind.
    let mut found: Vec<(&'static str, usize, usize, f64)> = Vec::new();
    for (x, y) in pairs {
        *work += 1;
        let (i, j) = (members[x], members[y]);
        let (ra, rb) = (&records[i], &records[j]);
        if articles[ra.article].outlet == articles[rb.article].outlet {
            continue;
        }
        let sim = jaccard(&bags[x], &bags[y]);
        let kind = match (speaker(ra), speaker(rb)) {
            (Some(sa), Some(sb)) if sim >= 0.8 && !same_speaker(sa, sb) => "attribution_conflict",
            (Some(sa), Some(sb))
                if sim >= 0.75
                    && same_speaker(sa, sb)
                    && material_difference(&bags[x], &bags[y])
                    && !one_holds_the_other(ra, rb) =>
            {
                "quote_variant"
            }
            _ => continue,
        };
        found.push((kind, i, j, sim));
    }
    let mut out = Vec::new();
    for kind in ["attribution_conflict", "quote_variant"] {
        let of_kind: Vec<&(&str, usize, usize, f64)> =
            found.iter().filter(|f| f.0 == kind).collect();
        let mut parent: BTreeMap<usize, usize> = BTreeMap::new();
        fn root(parent: &mut BTreeMap<usize, usize>, x: usize) -> usize {
            let p = *parent.entry(x).or_insert(x);
            if p == x {
                return x;
            }
            let r = root(parent, p);
            parent.insert(x, r);
            r
        }
        for f in &of_kind {
            let (ri, rj) = (root(&mut parent, f.1), root(&mut parent, f.2));
            if ri != rj {
                parent.insert(ri.max(rj), ri.min(rj));
            }
        }
        let mut groups: BTreeMap<usize, Vec<&(&str, usize, usize, f64)>> = BTreeMap::new();
        for f in of_kind {
            let r = root(&mut parent, f.1);
            groups.entry(r).or_default().push(f);
        }
        for pairs in groups.values() {
            out.push(quote_disagreement(articles, records, kind, pairs));
        }
    }
    out
}

/// One disagreement over a connected group of quotes: its sides are the speakers (for an
/// attribution conflict) or the wordings (for a quote variant), one claim per outlet each.
fn quote_disagreement(
    articles: &[Article],
    records: &[Record],
    kind: &'static str,
    pairs: &[&(&str, usize, usize, f64)],
) -> Discrepancy {
    let best = pairs
        .iter()
        .max_by(|x, y| x.3.total_cmp(&y.3).then((y.1, y.2).cmp(&(x.1, x.2))))
        .expect("a group has a pair");
    let (i, j, sim) = (best.1, best.2, best.3);
    let (a, b) = oriented(articles, records, i, j);
    let mut quotes: Vec<usize> = pairs.iter().flat_map(|p| [p.1, p.2]).collect();
    quotes.sort_unstable();
    quotes.dedup();
    // label → outlet → first claim.
    let mut sides: Vec<(String, BTreeMap<String, usize>)> = Vec::new();
    for q in quotes {
        let r = &records[q];
        let label = if kind == "attribution_conflict" {
            speaker(r).unwrap_or("?").to_string()
        } else {
            r.claim.value.to_string()
        };
        let at = sides.iter().position(|(l, _)| {
            if kind == "attribution_conflict" {
                same_speaker(l, &label)
            } else {
                *l == label
            }
        });
        let at = at.unwrap_or_else(|| {
            sides.push((label, BTreeMap::new()));
            sides.len() - 1
        });
        sides[at]
            .1
            .entry(articles[r.article].outlet.clone())
            .or_insert(q);
    }
    sides.sort_by(|x, y| x.0.cmp(&y.0));
    let who = sides
        .iter()
        .map(|(l, o)| format!("{l}: {}", o.keys().cloned().collect::<Vec<_>>().join(", ")))
        .collect::<Vec<_>>();
    let note = if kind == "attribution_conflict" {
        format!("{} (word overlap {sim:.2})", who.join("; "))
    } else {
        // Wordings are long: name the speaker and the outlets of each wording instead.
        let outlets = sides
            .iter()
            .map(|(_, o)| o.keys().cloned().collect::<Vec<_>>().join(", "))
            .collect::<Vec<_>>()
            .join(" / ");
        format!(
            "{}: {outlets} (word overlap {sim:.2})",
            speaker(&records[a]).unwrap_or("?")
        )
    };
    let ra = &records[a];
    Discrepancy {
        id: String::new(),
        story: articles[ra.article].story.clone(),
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
        note,
        sides: sides
            .into_iter()
            .map(|(value, o)| Side {
                value,
                records: o.into_values().collect(),
                within: None,
            })
            .collect(),
        majority: None,
        latest: None,
    }
    .finish(articles, records)
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
        (written != actual && r.section == crate::claim::Section::Story).then(|| {
            Discrepancy {
                id: String::new(),
                story: articles[r.article].story.clone(),
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
                sides: vec![Side {
                    value: r.claim.value.to_string(),
                    records: vec![i],
                    within: None,
                }],
                majority: None,
                latest: None,
            }
            .finish(articles, records)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::{attribution, shown};
    use crate::claim::Value;

    #[test]
    fn two_groups_ages_are_two_rows_one_persons_two_spellings_one() {
        use super::row_class;
        assert_eq!(
            row_class("age", "age/deaths/max", "age/deaths/max"),
            "age/deaths"
        );
        assert_eq!(row_class("age", "age/max", "age/max"), "age");
        assert_eq!(row_class("age", "age/deaths/max", "age/max"), "age");
        assert_eq!(
            row_class("age", "age/Nguyễn Anh Tuấn", "age/Nguyễn Anh Tuấn"),
            "age/Nguyễn Anh Tuấn"
        );
        assert_eq!(row_class("age", "age/Tuấn", "age/Nguyễn Anh Tuấn"), "age");
        assert_eq!(row_class("count", "deaths", "deaths"), "count");
    }

    #[test]
    fn a_name_shows_one_way_whatever_its_hyphens_and_case() {
        for written in ["Kim Jong-un", "Kim Jong Un", "Kim Jong-Un", "kim jong un"] {
            assert_eq!(shown(&Value::Text(written.into())), "Kim Jong Un");
        }
        assert_ne!(
            shown(&Value::Text("Kim Yong-un".into())),
            shown(&Value::Text("Kim Jong-un".into()))
        );
        assert_eq!(shown(&Value::Number(6.1)), "6.1");
    }

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
        // An excerpt that starts inside the name says nobody.
        assert_eq!(
            attribution("…Chí Minh cho biết: 13 người chết, 28 người bị thương."),
            None
        );
    }
}
