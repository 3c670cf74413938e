//! Alignment: decides which claims of different articles of one story speak of the same thing,
//! by scored pairing. Every claim gets a scope (the story's main situation, a background event,
//! a happening followed from sentence to sentence); then, inside each story, every claim meets
//! the claims of the other articles of its comparable class (`candidates`), each pair gets a
//! level per comparison (`features`), a match weight from the weights file (`scoring`), and
//! each claim keeps its best counterpart per article pair (`matching`).
//! It must not decide whether two paired claims disagree or how to report it; `compare` does.
//!
//! Cost: per story and class, Σ over article pairs of a × b nodes (a few to tens each); no
//! step looks across stories, so a corpus costs the sum of its stories.

pub mod candidates;
pub mod features;
pub mod matching;
pub mod scoring;

pub use candidates::Family;
pub use scoring::Weights;

use crate::article::Article;
use crate::claim::{Claim, DateValue, Kind, Section, Span, Value};
use crate::event::Frame;
use crate::extract::{Evidence, Extraction, Found};
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
}

impl Scope {
    pub fn label(&self) -> String {
        match self {
            Scope::Main => "main story".to_string(),
            Scope::Background(what) => format!("background · {what}"),
            Scope::Event(f) => f.to_string(),
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
    /// The claims matched across articles as one thing, numbered from 1 (0: matched to none).
    pub group: usize,
    /// How many outlets state this value for this thing.
    pub sources: usize,
    /// Mention, sentence, file offsets and context, kept after the article's text is dropped.
    pub evidence: crate::extract::Evidence,
}

impl Record {
    /// Only story claims are paired (not related links, credits, glued-on articles), and
    /// quotes are compared by their words, not paired.
    pub fn comparable(&self) -> bool {
        self.section == Section::Story && self.claim.kind != Kind::Quote
    }
}

/// Two matched claims of different articles of one story (record indexes, `a` in the
/// article that comes first).
#[derive(Debug, Clone)]
pub struct Match {
    pub a: usize,
    pub b: usize,
    pub family: Family,
    /// The class both belong to (`count`, `age`, `money/VND`, `time`…).
    pub class: String,
    /// Match weight in bits (prior plus the weights of the comparison levels).
    pub weight: f64,
    pub levels: features::Levels,
    /// The two values agree (ranges meet, names written alike).
    pub agree: bool,
}

/// A number's sentence is background when it dates itself to another year, to a month that
/// began more than this many days before publication ("In September" in a December report),
/// or to a dated happening that long before.
const BACKGROUND_DAYS: i64 = 60;

/// The key a distributed run partitions claims by: the story, since neither pairing nor the
/// comparison of quotes ever looks across stories.
pub fn block_key(article: &Article) -> Option<String> {
    Some(article.story.clone())
}

/// A date of a sentence that makes it background: what it says ("2015", "fire 2016-03-02")
/// and where it stands.
struct BackgroundDate<'a> {
    what: String,
    span: Span,
    evidence: &'a Evidence,
    /// Said as a point of comparison ([`NOT_THE_HAPPENING`]): it dates only what a clause
    /// of its own says of it ([`TOLD_OF_THE_COMPARED`]).
    compared: bool,
}

/// The dates of a sentence (its claims, `found`) that make it background.
fn background_dates<'a>(
    found: &'a [Found],
    frame: Option<&Frame>,
    published: Option<NaiveDate>,
) -> Vec<BackgroundDate<'a>> {
    let Some(published) = published else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for f in found {
        let Value::Date(d) = &f.claim.value else {
            continue;
        };
        // "the largest hike since 1994", "cao nhất kể từ năm 2011": a point of comparison, not
        // when the sentence's happening was; "the building built in 1981 collapsed": when a
        // thing was made, which the sentence describes it by.
        let compared = after_word_of(&f.evidence, NOT_THE_HAPPENING);
        let what = match d {
            DateValue::Year(y) if *y != published.year() => y.to_string(),
            // A month is recent while it ended less than that long ago ("8.3% in April" in a
            // June report on May's figure).
            DateValue::Month { year, month }
                if (published - month_end(*year, *month)).num_days() > BACKGROUND_DAYS =>
            {
                d.to_string()
            }
            DateValue::Day(_) | DateValue::DayRange(..)
                if frame.is_some_and(|f| f.kind.is_some())
                    && (published - d.first_day()).num_days() > BACKGROUND_DAYS =>
            {
                format!("{} {}", frame.and_then(|f| f.kind).unwrap_or("event"), d)
            }
            _ => continue,
        };
        out.push(BackgroundDate {
            what,
            span: f.claim.span,
            evidence: &f.evidence,
            compared,
        });
    }
    out
}

/// Words right before a date that make it no date of the sentence's happening: a point of
/// comparison ("since", "kể từ") or when a thing was built or founded.
const NOT_THE_HAPPENING: &[&str] = &[
    "since",
    // "the deadliest attack since the 2019 Pulwama bombing".
    "since the",
    "since a",
    "kể từ",
    "built in",
    "constructed in",
    "founded in",
    "established in",
    "xây dựng",
    "xây dựng vào",
    "xây dựng từ",
    "thành lập",
    "thành lập vào",
    "thành lập từ",
];

/// Words after a compared date and a comma that open a clause telling of the compared thing:
/// "since the March 2023 massacre in Nashville, which claimed six lives" counts the
/// massacre's dead. Without the comma, or after an "and", the clause is the sentence's own
/// ("the highest since 1994 and … inflation that hit 8.6 percent").
const TOLD_OF_THE_COMPARED: &[&str] = &["which", "killing", "khiến"];

/// Whether a date's mention comes right after one of `words`.
fn after_word_of(evidence: &Evidence, words: &[&str]) -> bool {
    let before = evidence
        .sentence
        .get(..evidence.mention_at.0)
        .unwrap_or("")
        .trim_end();
    let ends = |w: &str| {
        crate::token::strip_suffix_ignoring_case(before, w)
            .is_some_and(|rest| !rest.ends_with(char::is_alphanumeric))
    };
    words.iter().any(|w| ends(w))
}

/// The last day of a month.
fn month_end(year: i32, month: u32) -> NaiveDate {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MIN)
}

/// Words that open a clause of its own time between a figure and a later date: "At least 34
/// people have been killed …, days after the arrest of a suspect in November's Paris
/// attacks", "14 năm tuổi … kể từ sau khi IPO vào tháng 9", "More than 3,300 people have
/// been evacuated near Guangfu, where flooding in September killed 18", "a tally of 412
/// seats, a little less than the 419 Tony Blair won in 1997": the date is the arrest's, the
/// IPO's, the flood's, the compared term's, not the figure's.
const OWN_TIME: &[&[&str]] = &[
    &["after"],
    &["where"],
    &["since"],
    &["before"],
    // A comparison's term: "412 seats is a little less than the 419 Tony Blair won in 1997",
    // "183 deaths, compared to 313 last year".
    &["than"],
    &["compared", "to"],
    &["compared", "with"],
    // A record's runner-up: "peaked at 897 millibars, just behind Hurricane Rita's 895 mb in
    // 2005", "second only to", "chỉ sau".
    &["just", "behind"],
    &["second", "only", "to"],
    &["chỉ", "sau"],
    &["sau", "khi"],
    &["trước", "khi"],
    &["kể", "từ"],
    &["từ", "khi"],
];

/// What makes a figure background: a background date in its sentence, unless the date comes
/// after the figure in a clause of its own time ([`OWN_TIME`]).
fn background_of(found: &Found, dates: &[BackgroundDate]) -> Option<String> {
    let claim = &found.claim;
    dates.iter().find_map(|d| {
        let (ea, eb) = (&found.evidence, d.evidence);
        // Read in the sentence both share (a long sentence keeps an excerpt per claim, and
        // there the date dates the whole sentence).
        let shared = std::sync::Arc::ptr_eq(&ea.sentence, &eb.sentence);
        if d.compared {
            let told_of_it = shared
                && d.span.end <= claim.span.start
                && ea
                    .sentence
                    .get(eb.mention_at.1..ea.mention_at.0)
                    .is_some_and(tells_of_the_compared);
            return told_of_it.then(|| d.what.clone());
        }
        let own_time = d.span.start >= claim.span.end
            && shared
            && ea
                .sentence
                .get(ea.mention_at.1..eb.mention_at.0)
                .is_some_and(opens_own_time);
        (!own_time).then(|| d.what.clone())
    })
}

/// A toll told as it stood before the story's ("Earlier police had put the death toll at 68",
/// "A local official earlier put the death toll at 19", "Velasquez earlier reported 21 died",
/// "after earlier reporting 11 dead", "Earlier, the toll stood at 116"), or told and then taken
/// back ("had reported that 368 people had been rescued … but later said those numbers had
/// been miscalculated"): an earlier count, set against no outlet's count of now. The words
/// before the figure say so: `earlier`, `previously` or `initially` with `had`, `put`, `gave`
/// or `stood`, or right before a verb of telling ("Earlier Tuesday, officials said at least 35
/// …" is a count of that day); or a word of correction after it.
fn earlier_count(found: &Found) -> Option<String> {
    const BEFORE: &[&str] = &["earlier", "previously", "initially"];
    const TAKEN_BACK: &[&str] = &["miscalculated", "revised", "corrected", "retracted"];
    const TOLD: &[&str] = &[
        "reported",
        "reporting",
        "said",
        "saying",
        "announced",
        "stated",
        "estimated",
    ];
    let slot = found.claim.slot.split('/').next().unwrap_or("");
    if !crate::extract::quantity::STRONG_TOLLS.contains(&slot) && slot != "survivors" {
        return None;
    }
    // "Officials initially reported 23 deaths, but police later put the toll at 25": after a
    // turn to the later count, the words before it tell of the earlier one only.
    const TURN: &[&str] = &["later", "now", "but", "however", "subsequently"];
    let sentence: &str = &found.evidence.sentence;
    let mut words = lower_words(sentence.get(..found.evidence.mention_at.0).unwrap_or(""));
    if let Some(turn) = words.iter().rposition(|w| TURN.contains(&w.as_str())) {
        words.drain(..=turn);
    }
    let has = |set: &[&str]| words.iter().any(|w| set.contains(&w.as_str()));
    let told_before = (has(BEFORE) && has(&["had", "put", "gave", "stood", "initially"]))
        || words
            .windows(2)
            .any(|w| BEFORE.contains(&w[0].as_str()) && TOLD.contains(&w[1].as_str()));
    // "at least 253 people (death toll revised down from 359)": revised from another figure,
    // this one is the count it was revised to.
    let taken_back = || {
        let after = lower_words(sentence.get(found.evidence.mention_at.1..).unwrap_or(""));
        after.iter().enumerate().any(|(k, w)| {
            TAKEN_BACK.contains(&w.as_str())
                && !after.iter().skip(k + 1).take(3).any(|x| x == "from")
        })
    };
    (told_before || taken_back()).then(|| "earlier count".to_string())
}

/// A sentence that opens by putting itself in the past ("Trước đây, người Nhật đã bắt được
/// một con cá … 2 triệu USD", "In the past, …") tells of earlier happenings, not the story's.
fn in_the_past(found: &Found) -> Option<String> {
    // Compared on bytes, every claim's sentence once: no lower-cased copy (their capitals are
    // ASCII).
    const OPENERS: &[&str] = &["trước đây", "in the past", "previously"];
    let head = found.evidence.sentence.trim_start();
    let opened = OPENERS.iter().any(|o| {
        head.get(..o.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(o))
            && !head[o.len()..].starts_with(char::is_alphanumeric)
    });
    (opened || steps_back(head)).then(|| "in the past".to_string())
}

/// Whether a sentence opens by stepping months or years back ("Only five months earlier, …",
/// "Two years ago, …", "Hai năm trước, …", "Cách đây 3 tháng, …"): it tells of another
/// happening. (Hours or days back are as often the story's own eve.)
fn steps_back(head: &str) -> bool {
    const UNITS: &[&str] = &["month", "months", "year", "years", "tháng", "năm"];
    const BACK: &[&str] = &["earlier", "before", "ago", "trước"];
    let Some((clause, _)) = head.split_once(',') else {
        return false;
    };
    // Most sentences open otherwise: a longer clause, or one with no unit in it, is no step
    // back, and its words are not read.
    if clause.len() > MOST_STEP_BYTES || !UNITS.iter().any(|u| clause.contains(u)) {
        return false;
    }
    // Read in place, no word copied (the capitals at a sentence's start are ASCII).
    let is = |w: &str, x: &str| w.eq_ignore_ascii_case(x);
    let (mut n, mut unit) = (0, false);
    let (mut first, mut second, mut before_last, mut last) = ("", "", "", "");
    for w in clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        n += 1;
        match n {
            1 => first = w,
            2 => second = w,
            _ => {}
        }
        before_last = last;
        last = w;
        unit |= UNITS.iter().any(|u| is(w, u));
    }
    let back = BACK.iter().any(|b| is(last, b)) || (is(before_last, "trước") && is(last, "đó"));
    let ago = n >= 2 && is(first, "cách") && is(second, "đây");
    n <= MOST_STEP_WORDS && (back || ago) && unit
}

/// The most words a clause stepping back in time opens a sentence with, and its most bytes
/// (six Vietnamese syllables with their marks).
const MOST_STEP_WORDS: usize = 6;
const MOST_STEP_BYTES: usize = 80;

/// Bytes between two sentences that follow each other (a space, a line break or two).
const SENTENCE_GAP: usize = 3;

/// Whether an English sentence opens on what the sentence before spoke of: "It …", "This …",
/// or a clause before a comma and then "it" ("Occurring just 15km below the surface, it
/// resulted in …").
fn refers_back(sentence: &str) -> bool {
    const OPENERS: &[&str] = &["It ", "This ", "That "];
    let s = sentence.trim_start();
    // An excerpt of a long sentence ("…") does not show how the sentence opens.
    if s.starts_with('…') {
        return false;
    }
    OPENERS.iter().any(|o| s.starts_with(o))
        || s.split(',')
            .nth(1)
            .is_some_and(|rest| rest.trim_start().starts_with("it "))
}

/// The words of a text, lower-cased, without punctuation.
fn lower_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether the text between a compared date and a figure opens a clause of the compared
/// thing ([`TOLD_OF_THE_COMPARED`]) before any "and".
fn tells_of_the_compared(between: &str) -> bool {
    for clause in between.split(',').skip(1) {
        let words = lower_words(clause);
        if words
            .first()
            .is_some_and(|w| TOLD_OF_THE_COMPARED.contains(&w.as_str()))
        {
            return true;
        }
        if words.iter().any(|w| w == "and" || w == "và") {
            return false;
        }
    }
    false
}

/// Whether text holds one of the [`OWN_TIME`] words.
fn opens_own_time(between: &str) -> bool {
    let words = lower_words(between);
    (0..words.len()).any(|k| {
        OWN_TIME.iter().any(|phrase| {
            phrase.len() <= words.len() - k && phrase.iter().zip(&words[k..]).all(|(p, w)| p == w)
        })
    })
}

/// Gives every claim its scope. Records come out in article order, then text order; nothing
/// is paired yet ([`pair`] does that).
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
        // The background the last sentence with claims was dated to, and where it ended.
        let mut last_background: Option<(usize, String)> = None;
        let mut i = 0;
        while i < ex.claims.len() {
            // Claims of one sentence are decided together (a year dates the whole sentence).
            let sentence = ex.claims[i].claim.sentence;
            let j = i + ex.claims[i..]
                .iter()
                .take_while(|f| f.claim.sentence == sentence)
                .count();
            let frame = effective.get(&sentence.start).filter(|f| f.kind.is_some());
            let dates = background_dates(&ex.claims[i..j], frame, article.published);
            // "In 2005, Pakistan had witnessed an M7.6 earthquake in Kashmir. Occurring just
            // 15km below the earth's surface, it resulted in over 75,000 deaths.": a sentence
            // with no date of its own that speaks of "it" right after a dated background one
            // goes on about that background.
            let undated = ex.claims[i..j].iter().all(|f| f.claim.kind != Kind::Date);
            // (The article's text is dropped by now: the sentence is read from the evidence,
            // and "right after" is a gap of no more than white space.)
            let carried = last_background
                .take()
                .filter(|(end, _)| {
                    undated
                        && sentence.start.saturating_sub(*end) <= SENTENCE_GAP
                        && refers_back(&ex.claims[i].evidence.sentence)
                })
                .map(|(_, what)| what);
            // Whether the sentence tells of the past, read once for the claims that show it
            // the same way (a long sentence's excerpts may differ).
            let mut past: Option<(&str, Option<String>)> = None;
            for found in &ex.claims[i..j] {
                let dated = background_of(found, &dates);
                if let Some(what) = dated.as_ref().or(carried.as_ref()) {
                    last_background = Some((sentence.end, what.clone()));
                }
                let mut sentence_past = || {
                    let shown: &str = &found.evidence.sentence;
                    match &past {
                        Some((s, p)) if *s == shown => p.clone(),
                        _ => {
                            let p = in_the_past(found);
                            past = Some((shown, p.clone()));
                            p
                        }
                    }
                };
                let background = dated
                    .or_else(|| earlier_count(found))
                    .or_else(&mut sentence_past)
                    .or_else(|| carried.clone());
                let scope = match (found.claim.kind, &background, frame) {
                    // Who said what, and how names are spelled, belongs to the whole story.
                    (Kind::Quote | Kind::Name, _, _) => Scope::Main,
                    // A date is what dates a sentence: it is compared, not made background.
                    (Kind::Date, _, Some(f)) => Scope::Event(*f),
                    (Kind::Date, _, None) => Scope::Main,
                    (_, Some(what), _) => Scope::Background(what.clone()),
                    (_, None, Some(f)) => Scope::Event(*f),
                    (_, None, None) => Scope::Main,
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
                sources: 1,
                evidence: found.evidence,
            });
        }
    }
    records
}

/// A node's members are compared with the other node's members, at most this many each (an
/// article repeating one figure ten times says no more than its first mentions).
const MEMBERS_COMPARED: usize = 4;

/// Pairs the claims of every story: each claim's best counterpart (weight at least the
/// threshold) in every other article of its story and class. Sets `group` and `sources` on the
/// records. Matches come out in story order, then class, article pair and weight.
pub fn pair(articles: &[Article], records: &mut [Record], weights: &Weights) -> Vec<Match> {
    pair_counting(articles, records, weights).0
}

/// [`pair`], also returning the number of pairs of nodes scored.
pub fn pair_counting(
    articles: &[Article],
    records: &mut [Record],
    weights: &Weights,
) -> (Vec<Match>, u64) {
    use rayon::prelude::*;
    let mut stories: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        if r.comparable() {
            stories
                .entry(articles[r.article].story.as_str())
                .or_default()
                .push(i);
        }
    }
    // Stories are independent: paired in parallel, collected in story order.
    let shared: &[Record] = records;
    let per_story: Vec<(Vec<Match>, Vec<Vec<usize>>, u64)> = stories
        .values()
        .collect::<Vec<_>>()
        .par_iter()
        .map(|members| {
            let mut work = 0;
            let (m, n) = pair_story(articles, shared, members, weights, &mut work);
            (m, n, work)
        })
        .collect();
    let mut matches = Vec::new();
    let mut node_members = Vec::new();
    let mut work = 0;
    for (m, n, w) in per_story {
        matches.extend(m);
        node_members.extend(n);
        work += w;
    }
    assign_groups(articles, records, &node_members);
    (matches, work)
}

/// Pairs of nodes of two articles (one class) that are scored: all of them, unless there are
/// more than [`MAX_PAIRS`]; then only those sharing their value or one of their less common
/// words (at most [`MAX_POSTING`] nodes a word), so a page of thousands of figures costs
/// O(n × k), not O(n²).
/// The pairs of articles (indices into `arts`) whose claims of one class meet: all of them in
/// a story of ordinary size; in a huge one (a whole feed in one folder), only those that share
/// a rare word or value, so the work grows with the claims, not with the square of articles.
fn article_pairs(
    story: &candidates::StoryIndex,
    arts: &[(&usize, &Vec<candidates::Node>)],
) -> Vec<(usize, usize)> {
    if arts.len() <= MAX_ARTICLES {
        return (0..arts.len())
            .flat_map(|x| (x + 1..arts.len()).map(move |y| (x, y)))
            .collect();
    }
    let mut postings: std::collections::HashMap<u64, Vec<usize>> = Default::default();
    for (x, (_, nodes)) in arts.iter().enumerate() {
        for n in nodes.iter() {
            for k in node_keys(story, n) {
                let list = postings.entry(k).or_default();
                if list.last() != Some(&x) {
                    list.push(x);
                }
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = postings
        .values()
        .filter(|l| l.len() <= MAX_POSTING)
        .flat_map(|l| {
            l.iter()
                .enumerate()
                .flat_map(move |(i, &x)| l[i + 1..].iter().map(move |&y| (x, y)))
        })
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Above this many articles with claims of one class, a story's article pairs are drawn from
/// shared words instead of taken all.
const MAX_ARTICLES: usize = 64;

/// What a node is found by when pairs are drawn from shared words: its near words and value.
fn node_keys(story: &candidates::StoryIndex, n: &candidates::Node) -> Vec<u64> {
    let p = &story.profiles[n.members[0]];
    let mut k = p.near.keys.clone();
    k.push(crate::token::fold_hash(&p.value));
    k
}

fn candidate_pairs(
    story: &candidates::StoryIndex,
    nodes_a: &[candidates::Node],
    nodes_b: &[candidates::Node],
) -> Vec<(usize, usize)> {
    if nodes_a.len() * nodes_b.len() <= MAX_PAIRS {
        return (0..nodes_a.len())
            .flat_map(|a| (0..nodes_b.len()).map(move |b| (a, b)))
            .collect();
    }
    let keys = |n: &candidates::Node| node_keys(story, n);
    let mut postings: std::collections::HashMap<u64, Vec<usize>> = Default::default();
    for (ib, nb) in nodes_b.iter().enumerate() {
        for k in keys(nb) {
            postings.entry(k).or_default().push(ib);
        }
    }
    let mut out = Vec::new();
    for (ia, na) in nodes_a.iter().enumerate() {
        let mut found: Vec<usize> = keys(na)
            .iter()
            .filter_map(|k| postings.get(k))
            .filter(|l| l.len() <= MAX_POSTING)
            .flatten()
            .copied()
            .collect();
        found.sort_unstable();
        found.dedup();
        out.extend(found.into_iter().map(|ib| (ia, ib)));
    }
    out
}

/// How far apart two magnitudes of one quake may be told (6.2 by one agency, 6.4 by another);
/// a series of small quakes comes in steps of a few tenths (2.6, 3.0, 3.3).
const MAGNITUDES_OF_ONE_QUAKE: f64 = 0.25;

/// Above this many node pairs between two articles of one class, pairs are drawn from shared
/// words instead of taken all.
pub const MAX_PAIRS: usize = 1 << 16;
/// Words shared by more nodes than this say nothing about which is which.
const MAX_POSTING: usize = 64;

/// Pairs one story's claims: its matches, and the records of each matched pair of nodes.
/// `work` counts the pairs of nodes scored (a bound that tests check, not a timing).
fn pair_story(
    articles: &[Article],
    records: &[Record],
    members: &[usize],
    weights: &Weights,
    work: &mut u64,
) -> (Vec<Match>, Vec<Vec<usize>>) {
    let story = candidates::story(articles, records, members);
    let mut matches = Vec::new();
    let mut node_members: Vec<Vec<usize>> = Vec::new();
    // (article, node) of each match's two sides, for the consensus level.
    let mut sides: Vec<(NodeAt, NodeAt)> = Vec::new();
    for (class, by_article) in &story.classes {
        let arts: Vec<(&usize, &Vec<candidates::Node>)> = by_article.iter().collect();
        for (x, y) in article_pairs(&story, &arts) {
            let (nodes_a, nodes_b) = (arts[x].1, arts[y].1);
            let mut scored = Vec::new();
            for (ia, ib) in candidate_pairs(&story, nodes_a, nodes_b) {
                // An article that writes both names for two people keeps them apart,
                // whatever another outlet writes.
                if class == "name" {
                    let value = |n: &candidates::Node| &story.profiles[n.members[0]].value;
                    if story.two_people(value(&nodes_a[ia]), value(&nodes_b[ib])) {
                        continue;
                    }
                }
                *work += 1;
                if let Some(best) = best_pair(records, &story, &nodes_a[ia], &nodes_b[ib], weights)
                {
                    scored.push(matching::Scored {
                        a: ia,
                        b: ib,
                        weight: best.weight,
                        data: best,
                    });
                }
            }
            let kept = if class == "name" {
                // Two names of one sentence are two people ("ông Nguyễn Văn Hùng và
                // con trai Nguyễn Văn Hưng").
                let together = |x: &candidates::Node, y: &candidates::Node| {
                    nodes_share(records, &story, x, y, |c| c.sentence)
                };
                matching::best_each(scored, weights.match_threshold, |p, rival| {
                    if rival.b == p.b {
                        together(&nodes_a[p.a], &nodes_a[rival.a])
                    } else {
                        together(&nodes_b[p.b], &nodes_b[rival.b])
                    }
                })
            } else {
                let vague = |n: &candidates::Node| story.profiles[n.members[0]].vague;
                // The figure as written ("at least 34" and "34 fatalities" say the same 34).
                let value = |n: &candidates::Node| story.profiles[n.members[0]].figure;
                let weighed: Vec<(usize, usize, f64)> =
                    scored.iter().map(|p| (p.a, p.b, p.weight)).collect();
                let kept = matching::one_to_one(
                    scored,
                    weights.match_threshold,
                    |p| vague(&nodes_a[p.a]) || vague(&nodes_b[p.b]),
                    |p| value(&nodes_a[p.a]) == value(&nodes_b[p.b]),
                );
                // Two nodes stand apart unless a mention of one is a mention of the other
                // (the two ends of "từ 63-96%").
                let apart = |x: &candidates::Node, y: &candidates::Node| {
                    !nodes_share(records, &story, x, y, |c| c.span)
                };
                matching::drop_draws(
                    kept,
                    &weighed,
                    (|a| value(&nodes_a[a]), |b| value(&nodes_b[b])),
                    (
                        |x, y| apart(&nodes_a[x], &nodes_a[y]),
                        |x, y| apart(&nodes_b[x], &nodes_b[y]),
                    ),
                )
            };
            for m in kept {
                node_members.push(
                    nodes_a[m.a]
                        .members
                        .iter()
                        .chain(&nodes_b[m.b].members)
                        .map(|&p| story.profiles[p].record)
                        .collect(),
                );
                let mut found = m.data;
                found.class = class.clone();
                matches.push(found);
                sides.push(((*arts[x].0, m.a), (*arts[y].0, m.b)));
            }
        }
    }
    set_consensus(&mut matches, &sides);
    drop_split_moments(&story, &mut matches, &mut node_members, &sides);
    (matches, node_members)
}

/// Whether two nodes hold a claim in common by `key` (its sentence, its mention's span).
fn nodes_share<K: PartialEq>(
    records: &[Record],
    story: &candidates::StoryIndex,
    x: &candidates::Node,
    y: &candidates::Node,
    key: impl Fn(&crate::claim::Claim) -> K,
) -> bool {
    let keys = |n: &candidates::Node| {
        n.members
            .iter()
            .map(|&p| key(&records[story.profiles[p].record].claim))
            .collect::<Vec<_>>()
    };
    let kx = keys(x);
    keys(y).iter().any(|k| kx.contains(k))
}

/// Two clock times at least this far apart (minutes) are taken for two moments when a third
/// article states both.
const SPLIT_APART_MINUTES: f64 = 60.0;

/// Drops a disagreement of two clock times or two dates when a third article states both,
/// each agreeing with one side ("xảy ra khoảng 22 giờ 30 … Đến khoảng 0 giờ, lực lượng chức
/// năng mới tiếp cận được hiện trường"; Mangkhut's landfall in the Philippines on Saturday and
/// in China on Sunday): an outlet that writes both tells of two moments, which the two others
/// wrote one each of.
fn drop_split_moments(
    story: &candidates::StoryIndex,
    matches: &mut Vec<Match>,
    node_members: &mut Vec<Vec<usize>>,
    sides: &[(NodeAt, NodeAt)],
) {
    let agreeing = agreeing_nodes(matches, sides);
    let split: Vec<bool> = matches
        .iter()
        .zip(sides)
        .map(|(m, &(a, b))| {
            if m.agree || !matches!(m.family, Family::Time | Family::Date) {
                return false;
            }
            // Times close together (15:45 / 16:00) are more often one moment told two ways,
            // whatever else an outlet writes of minutes near it.
            let figure = |n: NodeAt| {
                story
                    .classes
                    .get(&m.class)
                    .and_then(|by| by.get(&n.0))
                    .and_then(|nodes| nodes.get(n.1))
                    .map(|node| story.profiles[node.members[0]].figure)
            };
            // (Round the clock: 23:50 and 00:10 are 20 minutes apart. Dates are in days: any
            // two days are two.)
            let (apart, least) = match (figure(a), figure(b)) {
                (Some(x), Some(y)) if m.family == Family::Time => (
                    (x - y).abs().min(features::DAY - (x - y).abs()),
                    SPLIT_APART_MINUTES,
                ),
                (Some(x), Some(y)) => ((x - y).abs(), 1.0),
                _ => (0.0, 1.0),
            };
            if apart < least {
                return false;
            }
            let with = |n: NodeAt| agreeing.get(&(m.class.as_str(), n));
            let (Some(xs), Some(ys)) = (with(a), with(b)) else {
                return false;
            };
            xs.iter()
                .any(|x| x.0 != a.0 && x.0 != b.0 && ys.iter().any(|y| y.0 == x.0 && y.1 != x.1))
        })
        .collect();
    let mut kept = split.iter().map(|s| !s);
    matches.retain(|_| kept.next().unwrap_or(true));
    let mut kept = split.iter().map(|s| !s);
    node_members.retain(|_| kept.next().unwrap_or(true));
}

/// A node of one class by its article and index.
type NodeAt = (usize, usize);

/// (class, node) → every node of another article a match says agrees with it.
fn agreeing_nodes<'a>(
    matches: &'a [Match],
    sides: &[(NodeAt, NodeAt)],
) -> BTreeMap<(&'a str, NodeAt), Vec<NodeAt>> {
    let mut agreeing: BTreeMap<(&str, NodeAt), Vec<NodeAt>> = BTreeMap::new();
    for (m, &(a, b)) in matches.iter().zip(sides) {
        if m.agree {
            agreeing.entry((m.class.as_str(), a)).or_default().push(b);
            agreeing.entry((m.class.as_str(), b)).or_default().push(a);
        }
    }
    agreeing
}

/// The consensus level of each match of one story: how many other articles state the same
/// thing agreeing with either side (nodes are told apart by class, article and index).
fn set_consensus(matches: &mut [Match], sides: &[(NodeAt, NodeAt)]) {
    let Some(k) = features::index("consensus") else {
        return;
    };
    let agreeing = agreeing_nodes(matches, sides);
    let levels: Vec<u8> = matches
        .iter()
        .zip(sides)
        .map(|(m, &(a, b))| {
            let support = |node: NodeAt, other: usize| {
                agreeing
                    .get(&(m.class.as_str(), node))
                    .is_some_and(|nodes| nodes.iter().any(|c| c.0 != other))
            };
            let level = match (support(a, b.0), support(b, a.0)) {
                (false, false) => "lonely",
                (true, true) => "both_sides",
                _ => "one_sided",
            };
            features::COMPARISONS[k]
                .levels
                .iter()
                .position(|l| *l == level)
                .expect("a consensus level") as u8
        })
        .collect();
    for (m, l) in matches.iter_mut().zip(levels) {
        m.levels[k] = l;
    }
}

/// The best-weighted pair of members of two nodes.
pub fn best_pair(
    records: &[Record],
    story: &candidates::StoryIndex,
    na: &candidates::Node,
    nb: &candidates::Node,
    weights: &Weights,
) -> Option<Match> {
    let mut best: Option<Match> = None;
    // Like with like: when both articles bound the value the same way ("at least 24" / "at
    // least 26"), those mentions are compared, not one's bound with the other's headline figure.
    let bound = |n: &candidates::Node, dir: i8| {
        n.members
            .iter()
            .take(MEMBERS_COMPARED)
            .any(|&p| story.profiles[p].bound == dir)
    };
    let like = [1, -1]
        .into_iter()
        .find(|&dir| bound(na, dir) && bound(nb, dir));
    // A node some mention of which tells the whole: the toll named, or a total.
    let whole = |n: &candidates::Node| {
        n.members.iter().take(MEMBERS_COMPARED).any(|&p| {
            let p = &story.profiles[p];
            p.total || records[p.record].claim.rule == "toll"
        })
    };
    for &pa in na.members.iter().take(MEMBERS_COMPARED) {
        for &pb in nb.members.iter().take(MEMBERS_COMPARED) {
            let (a, b) = (&story.profiles[pa], &story.profiles[pb]);
            if like.is_some_and(|dir| a.bound != dir || b.bound != dir) {
                continue;
            }
            // Two ages counted from birth years are the birth years' conflict, not their own.
            let derived =
                |p: &candidates::Profile| records[p.record].claim.rule == "age_from_birth_year";
            if derived(a) && derived(b) {
                continue;
            }
            // Two clock times of two days are two moments ("16h15 ngày 13/9", "17h … chiều
            // 20/9"), however alike their sentences; two results of two days are two matches
            // (a first leg and a second).
            if (a.family == candidates::Family::Time || a.class.starts_with("score"))
                && a.day.is_some()
                && b.day.is_some()
                && a.day != b.day
            {
                continue;
            }
            // A place's share of a toll and the toll itself ("81 and 71 deaths, respectively"
            // and "the death toll had reached 72", "A total of 64 people") are two facts.
            // Nor is it a figure no place follows ("The municipalities of Wajima and Suzu
            // each have 24 deaths" against "30 fatalities"); one a place follows may be the
            // same place's ("one death in neighboring Kendall County").
            let unplaced_against_share =
                (a.share && !b.share && !b.placed) || (b.share && !a.share && !a.placed);
            if (a.share && whole(nb)) || (b.share && whole(na)) || unplaced_against_share {
                continue;
            }
            // The moments of quakes of two magnitudes are two quakes' (agencies differ by a
            // tenth or two on one quake).
            if let (Some(x), Some(y)) = (a.magnitude, b.magnitude) {
                if (x - y).abs() > MAGNITUDES_OF_ONE_QUAKE {
                    continue;
                }
            }
            // An aftershock's clock time or depth is not the main quake's.
            if a.aftershock != b.aftershock {
                continue;
            }
            // A quarter's growth and nine months' are two figures ("quý III" / "9 tháng").
            if a.period.is_some() && b.period.is_some() && a.period != b.period {
                continue;
            }
            // A change over the month before and one over the year before are two facts; so
            // are the rises of two things ("giá vàng" and "nhóm nhiên liệu").
            if a.base.is_some() && b.base.is_some() && a.base != b.base {
                continue;
            }
            // One syllable in common is no more than a word's half ("thủy sản" and "tài
            // sản"): two are needed where both name two or more, unless the one is a name
            // ("The Tories suffered a massive blow, losing 251 seats", "the Tories have lost
            // 250 seats").
            let shared = a.changed.iter().filter(|k| b.changed.contains(k)).count();
            if !a.changed.is_empty()
                && !b.changed.is_empty()
                && shared < a.changed.len().min(b.changed.len()).min(2)
                && !a.changed_named.iter().any(|k| b.changed_named.contains(k))
            {
                continue;
            }
            // Industry and construction is not industry: each thing one side joins is named
            // by the other ("công nghiệp và xây dựng tăng 8,19%", "ngành công nghiệp … tăng
            // 8,34%"; "exports of goods and services", "exports of goods").
            let names_each = |p: &candidates::Profile, q: &candidates::Profile| {
                p.changed_joined.is_empty()
                    || q.changed.is_empty()
                    || p.changed_joined.iter().any(|k| q.changed.contains(k))
            };
            if !names_each(a, b) || !names_each(b, a) {
                continue;
            }
            // Nor are two ordinals of two things ("sinh nhật lần thứ 80", "LHP Cannes lần thứ
            // 69 đã khép lại").
            if !a.counted.is_empty()
                && !b.counted.is_empty()
                && !a.counted.iter().any(|k| b.counted.contains(k))
            {
                continue;
            }
            // Nor are two figures measured over two spans ("trong 5 ngày … hơn 103 triệu USD",
            // "sau 3 ngày công chiếu … hơn 100 triệu USD").
            if a.window.is_some() && b.window.is_some() && a.window != b.window {
                continue;
            }
            let toll = |p: &candidates::Profile| features::TOLL_HEADS.contains(&p.head.as_str());
            // Nor are two tallies of two moments ("Đến 17 giờ 45, vớt được 3 thi thể",
            // "cập nhật đến 20h30 … vớt được 18 thi thể"); a count with no stamp stands at
            // its publication day.
            // (So are two moves of a running figure: "up 55% as of noon Monday" and "surged
            // 60 per cent before the opening bell".)
            let moves = |p: &candidates::Profile| {
                p.extras.iter().any(|e| e == "increase" || e == "decrease")
            };
            let tally = |p: &candidates::Profile| p.counts_people || toll(p) || moves(p);
            if (a.stamp.is_some() || b.stamp.is_some())
                && tally(a)
                && tally(b)
                && !a.moment().one_moment(b.moment())
            {
                continue;
            }
            // Two people's prison terms are not one fact ("Lạc 10 năm tù, Danh 9 năm tù").
            if a.owner.is_some() && b.owner.is_some() && a.owner != b.owner {
                continue;
            }
            // The low end of one range and the high end of another are two facts.
            if a.end.is_some() && b.end.is_some() && a.end != b.end {
                continue;
            }
            // So are two moments of one happening: when the fire broke out and when it was
            // reported, brought under control or put out.
            // A time a plan set is no moment that happened ("hạ cánh dự kiến vào lúc 3h15"
            // against "biến mất … lúc 2h45").
            if a.planned != b.planned {
                continue;
            }
            if a.phase.is_some() && b.phase.is_some() && a.phase != b.phase {
                continue;
            }
            // An age told of another time ("năm 2014, khi ấy … 24 tuổi") is not the age now,
            // nor is the toll of an earlier disaster ("năm 2013, khiến 3 hành khách thiệt
            // mạng") the story's toll.
            if (a.class == "age" || (toll(a) && toll(b))) && a.background != b.background {
                continue;
            }
            // Nor is the toll of a happening another article leads with days apart (the
            // quake of a week later) the story's toll.
            // Nor are the dates two openings give two such happenings.
            let dated_openings = a.family == Family::Date && a.opening && b.opening;
            // Nor are the clock times of two such happenings (the quake at 4:10 p.m. Monday and
            // the aftershock at 5:26 a.m. Saturday).
            let times = a.family == Family::Time && b.family == Family::Time;
            if ((toll(a) && toll(b)) || dated_openings || times)
                && a.background == 0
                && b.background == 0
                && story.other_happenings(a, b)
            {
                continue;
            }
            if a.family == Family::Name && !features::names_comparable(a, b) {
                continue;
            }
            // People and what the lexicon knows is no person ("ba nạn nhân" / "hai vụ sét
            // đánh", "4 người" / "4 lần"): two kinds of thing, never one figure.
            if a.family == Family::Number
                && a.known_head
                && b.known_head
                && a.counts_people != b.counts_people
            {
                continue;
            }
            // Nor is a day something was said after the other article was published ("said
            // on Saturday" in Sunday's report, "said Monday" in Monday's) another day of the
            // same saying: the earlier report could not have heard it.
            // "tối nay" in an article of the 23rd and "hôm nay" in one of the 24th: each
            // outlet's own day, two days of a running story, never one day told two ways.
            if a.family == Family::Date
                && (features::each_its_own_day(a, b) || features::said_after_the_other(a, b))
            {
                continue;
            }
            let mut levels = features::compare(a, b);
            // The ages of two people the story tells apart are not one person's age.
            if let (Some(pa), Some(pb), Some(k)) = (&a.person, &b.person, features::index("person"))
            {
                if a.family == Family::Number && story.two_people(pa, pb) {
                    levels[k] = features::level(k, "different");
                }
            }
            // A list's parts summing to the other outlet's whole ("56 hành khách và 10
            // thành viên phi hành đoàn" / "66 người", "1 người chết và 6 người bị thương" /
            // "7 người thương vong") agree with it; a count of one kind is no whole.
            // ("killing 2 teachers and 2 students" / "four people dead": parts of one list,
            // each read as the toll, sum to it.)
            let summed = |x: &candidates::Profile, y: &candidates::Profile| {
                let total = if x.head != y.head {
                    (features::GENERIC_HEADS.contains(&y.head.as_str())
                        || y.head == "casualties"
                        || y.head == crate::extract::noun::DEAD_OR_MISSING
                        || y.total)
                        .then_some(x.list_total)
                } else {
                    features::TOLL_HEADS
                        .contains(&x.head.as_str())
                        .then_some(x.toll_list_total)
                };
                y.bound == 0 && total.flatten().is_some_and(|t| (t - y.figure).abs() < 1e-9)
            };
            // So do one person's ages told a year apart ("51 tuổi", then "52 tuổi").
            let one_value = summed(a, b) || summed(b, a) || features::one_age_later(a, b);
            if one_value {
                if let Some(vi) = features::index("value") {
                    levels[vi] = features::level(vi, "equal");
                }
            }
            let weight = weights.weight(a.family, &levels);
            if best.as_ref().is_none_or(|m| weight > m.weight) {
                best = Some(Match {
                    a: a.record,
                    b: b.record,
                    family: a.family,
                    class: String::new(),
                    weight,
                    levels,
                    agree: one_value || features::values_agree(a, b, (&a.value, &b.value)),
                });
            }
        }
    }
    best
}

/// Numbers the things matched across articles (connected matches) and counts, for every
/// record, the outlets that state its value for that thing.
fn assign_groups(articles: &[Article], records: &mut [Record], node_members: &[Vec<usize>]) {
    let mut parent: Vec<usize> = (0..records.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for members in node_members {
        for w in members.windows(2) {
            let (ra, rb) = (root(&mut parent, w[0]), root(&mut parent, w[1]));
            if ra != rb {
                parent[ra.max(rb)] = ra.min(rb);
            }
        }
    }
    let mut in_match = vec![false; records.len()];
    for &i in node_members.iter().flatten() {
        in_match[i] = true;
    }
    // Groups numbered by their first record: the same input gives the same numbers.
    let mut number: BTreeMap<usize, usize> = BTreeMap::new();
    let mut outlets: BTreeMap<(usize, String), std::collections::BTreeSet<&str>> = BTreeMap::new();
    for i in 0..records.len() {
        if !in_match[i] {
            continue;
        }
        let r = root(&mut parent, i);
        let next = number.len() + 1;
        let g = *number.entry(r).or_insert(next);
        outlets
            .entry((g, records[i].claim.value.to_string()))
            .or_default()
            .insert(articles[records[i].article].outlet.as_str());
    }
    let counts: BTreeMap<(usize, String), usize> =
        outlets.into_iter().map(|(k, o)| (k, o.len())).collect();
    for i in 0..records.len() {
        if !in_match[i] {
            records[i].group = 0;
            records[i].sources = 1;
            continue;
        }
        let g = number[&root(&mut parent, i)];
        records[i].group = g;
        records[i].sources = counts[&(g, records[i].claim.value.to_string())];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_ends_on_its_last_day() {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(month_end(2022, 4), day("2022-04-30"));
        assert_eq!(month_end(2024, 2), day("2024-02-29"));
        assert_eq!(month_end(2021, 12), day("2021-12-31"));
    }

    #[test]
    fn a_sentence_opening_months_or_years_back_tells_of_another_happening() {
        assert!(steps_back(
            "Only five months earlier, at least 112 workers had lost their lives"
        ));
        assert!(steps_back("Two years ago, a fire killed 8"));
        assert!(steps_back("Hai năm trước, vụ cháy làm 8 người chết"));
        assert!(steps_back("5 tháng trước đó, 3 người chết"));
        assert!(steps_back("Cách đây 3 năm, 3 người chết"));
        // Hours or days back are the story's own eve; a clause that says more is no step.
        assert!(!steps_back("Two hours earlier, the driver had stopped"));
        assert!(!steps_back("Three days before, cracks were found"));
        assert!(!steps_back(
            "The toll, which officials revised a year later after months of searching before, rose"
        ));
        assert!(!steps_back("Five months earlier the plant had closed"));
    }

    #[test]
    fn a_clause_of_the_compared_thing_opens_after_a_comma() {
        // The text between "since the March 2023" and the figure.
        assert!(tells_of_the_compared(
            " massacre at a school in Nashville, which claimed "
        ));
        assert!(tells_of_the_compared(" vụ cháy ở Hà Nội, khiến "));
        // The sentence's own figure: after the compared thing, or in a clause after "and".
        assert!(!tells_of_the_compared(" Pulwama bombing, "));
        assert!(!tells_of_the_compared(
            " and is a consequence of inflation in the country that hit "
        ));
        assert!(!tells_of_the_compared(
            " crash, and officials said, which left "
        ));
    }
}
