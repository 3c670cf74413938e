//! Claim extraction: splits an article's regions into sentences, tokenises each and runs the
//! named rules of each claim kind (`date`, `time`, `duration`, `quantity`) left to right.
//! It must not read files or compare claims.
//!
//! Cost: O(n) in the text. Each sentence is tokenised once (rules and names share the
//! tokens); the rules skip a sentence without an ASCII digit and without any number, date or
//! weekday word (see [`might_hold_claim`]) and look at a bounded window of tokens, so no step
//! is quadratic in sentence length.

pub mod context;
pub mod date;
pub mod duration;
pub mod name;
pub mod noun;
pub mod numeral;
pub mod ordinal;
pub mod person;
pub mod qualifier;
pub mod quantity;
pub mod quote;
pub mod range;
pub mod syllable;
pub mod time;

use crate::article::Article;
use crate::claim::{Claim, DateValue, Kind, Section, Span, Value};
use crate::event::{frame, Frame};
use crate::token::{self, Class, Tok};
use aho_corasick::AhoCorasick;
use chrono::{Datelike, NaiveDate};
use std::sync::LazyLock;

/// What a rule sees: the sentence's tokens and the article's publication date.
pub struct Ctx<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok<'a>],
    pub sentence: Span,
    pub published: Option<NaiveDate>,
    /// The sentence speaks of the future (`sẽ`, `tới`, `will`): bare dates resolve forward.
    pub future: bool,
    /// Byte ranges of URLs in the sentence; nothing inside them is a claim.
    pub urls: &'a [Span],
    /// The sentence is the article's title.
    pub headline: bool,
    /// A day of a past year written in full earlier in the paragraph ("On 23 April 2013, …
    /// On 24 April, it collapsed"): a day and month close after it are of its year.
    pub era: Option<NaiveDate>,
}

/// The last day of a past year a paragraph wrote in full, carried from sentence to sentence
/// and forgotten where a new paragraph opens.
#[derive(Debug, Default)]
struct Era {
    day: Option<NaiveDate>,
    /// Where the sentence read last ended.
    last_end: usize,
}

impl Era {
    /// Forgets the day when a line break stands between the last sentence and this one.
    fn open(&mut self, text: &str, sentence: Span) {
        if text
            .get(self.last_end.min(sentence.start)..sentence.start)
            .is_some_and(|gap| gap.contains('\n'))
        {
            self.day = None;
        }
        self.last_end = sentence.end;
    }

    /// Takes the last day among `claims` whose mention writes its year, when that year is
    /// before the publication's (a day of this year leaves no past day in force).
    fn read(&mut self, text: &str, claims: &[Claim], published: Option<NaiveDate>) {
        let Some(published) = published else { return };
        for c in claims.iter().filter(|c| c.kind == Kind::Date) {
            let Value::Date(DateValue::Day(day)) = c.value else {
                continue;
            };
            if writes_year(text, c, day.year()) {
                self.day = (day.year() < published.year()).then_some(day);
            }
        }
    }
}

/// Whether a date claim's mention writes its year in digits ("24 April 2013", not "24 April"
/// read as 2013).
fn writes_year(text: &str, c: &Claim, year: i32) -> bool {
    text.get(c.span.start..c.span.end)
        .is_some_and(|m| m.contains(&year.to_string()))
}

impl Ctx<'_> {
    pub fn in_url(&self, tok: usize) -> bool {
        let start = self.toks[tok].start;
        self.urls.iter().any(|u| u.start <= start && start < u.end)
    }

    /// The text covered by tokens `[a, b)`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].start, self.toks[b - 1].end)
    }

    /// The byte just before token `i` in the text, if it is not white space.
    pub fn glued_before(&self, i: usize) -> Option<char> {
        let start = self.toks[i].start;
        self.text[..start]
            .chars()
            .next_back()
            .filter(|c| !c.is_whitespace())
    }
}

/// A claim with the section of the article it stands in, and the evidence the reports show.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub claim: Claim,
    pub section: Section,
    pub evidence: Evidence,
}

/// What the reports and the comparison need of a claim once its article's text is dropped:
/// memory then grows with the claims kept, not with the text read.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Evidence {
    /// The sentence (or an excerpt of a long one); claims of one sentence share it.
    pub sentence: std::sync::Arc<str>,
    /// Byte range of the mention within `sentence`.
    pub mention_at: (usize, usize),
    /// Byte range of the mention in the file as read.
    pub file: Span,
    /// Hashed content words around a figure (empty for other kinds): what it is about.
    pub context: Vec<u64>,
    /// The claim stands in the article's title.
    pub headline: bool,
}

impl Evidence {
    /// The mention as written: its bytes within the sentence (no copy of its own).
    pub fn mention(&self) -> &str {
        &self.sentence[self.mention_at.0..self.mention_at.1]
    }
}

/// Sentences longer than this are kept as an excerpt of `EVIDENCE_CONTEXT` bytes each side.
const MAX_EVIDENCE_BYTES: usize = 400;
const EVIDENCE_CONTEXT: usize = 120;

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The last whole sentence made into evidence, shared by the next claims of that sentence.
type SentenceCache = Option<(Span, std::sync::Arc<str>)>;

/// `toks` are the tokens of the claim's sentence, when the sentence was tokenised.
fn evidence(
    article: &Article,
    c: &Claim,
    toks: Option<&[Tok]>,
    cache: &mut SentenceCache,
) -> Evidence {
    // The sentence always contains the mention (widened if a rule ever said otherwise).
    let s = Span::new(
        c.sentence.start.min(c.span.start),
        c.sentence.end.max(c.span.end),
    );
    let headline = article.regions.first().is_some_and(|r| {
        r.section == Section::Story && s.start >= r.span.start && s.end <= r.span.end
    });
    // A long sentence is kept as an excerpt around the mention, marked with "…", so the
    // evidence of a claim stays small whatever the text (a 200 MB line without punctuation).
    let text = &article.text;
    let (mut from, mut to) = (s.start, s.end);
    if to - from > MAX_EVIDENCE_BYTES {
        from = floor_boundary(
            text,
            c.span.start.saturating_sub(EVIDENCE_CONTEXT).max(s.start),
        );
        to = ceil_boundary(text, (c.span.end + EVIDENCE_CONTEXT).min(s.end));
        // An excerpt starts and ends at whole words ("…Hồ Chí Minh cho biết", not "…ồ Chí"),
        // the mention always inside it.
        if from > s.start && !text[..from].ends_with(char::is_whitespace) {
            let gap = &text[from..c.span.start];
            if let Some((k, w)) = gap.char_indices().find(|(_, ch)| ch.is_whitespace()) {
                from += k + w.len_utf8();
            }
        }
        if to < s.end && !text[to..].starts_with(char::is_whitespace) {
            if let Some(k) = text[c.span.end..to].rfind(char::is_whitespace) {
                to = c.span.end + k;
            }
        }
    }
    let lead = if from > s.start { "…" } else { "" };
    let tail = if to < s.end { "…" } else { "" };
    let sentence: std::sync::Arc<str> = match cache {
        Some((span, shared)) if *span == s && lead.is_empty() && tail.is_empty() => shared.clone(),
        _ if lead.is_empty() && tail.is_empty() => {
            let shared: std::sync::Arc<str> = text[from..to].into();
            *cache = Some((s, shared.clone()));
            shared
        }
        _ => format!("{lead}{}{tail}", &text[from..to]).into(),
    };
    let m0 = lead.len() + c.span.start - from;
    Evidence {
        sentence,
        mention_at: (m0, m0 + c.span.end - c.span.start),
        file: article.to_file(c.span),
        context: match (c.kind, toks) {
            (crate::claim::Kind::Number, Some(toks)) => context::words(toks, c),
            _ => Vec::new(),
        },
        headline,
    }
}

/// What one article yields: its claims, and the event frame of every sentence that names a
/// happening, a place or a date (for `align` to follow events from sentence to sentence).
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub claims: Vec<Found>,
    pub frames: Vec<(Span, Section, Frame)>,
    /// Tokens cut plus rules tried: a measure of work that tests bound (linear in the text).
    pub work: u64,
}

/// Extracts every claim of an article, in text order.
pub fn extract(article: &Article) -> Extraction {
    let text = &article.text;
    // About one claim per 160 bytes of news text: reserve once instead of growing by copies.
    let mut out = Extraction {
        claims: Vec::with_capacity(text.len() / 160),
        ..Extraction::default()
    };
    let mut sentences = Vec::new();
    let mut toks = Vec::new();
    let mut claims = Vec::new();
    let mut names_seen = name::Seen::default();
    // Where the body's claims start (after the headline's).
    let mut body_from = 0;
    for (region_index, region) in article.regions.iter().enumerate() {
        token::sentences(text, region.span, &mut sentences);
        let first_claim = out.claims.len();
        if region_index == 1 {
            body_from = first_claim;
        }
        let mut era = Era::default();
        for &sentence in &sentences {
            claims.clear();
            // Every sentence is tokenised once: the rules and the name finder share the tokens.
            token::tokenize(text, sentence, &mut toks);
            let ruled = extract_sentence(
                text,
                (sentence, region_index == 0),
                (article.published, &mut era),
                &toks,
                &mut claims,
                &mut out.work,
            );
            if ruled {
                let f = frame(&toks, &claims);
                if f != Frame::default() {
                    out.frames.push((sentence, region.section, f));
                }
            }
            // Names: only sentences with a capital letter after their first word can hold one;
            // a headline in title case ("Bus Tumbles into Gorge in Kullu District") capitalises
            // words that are no names, and the body names its people again.
            if has_inner_capital(text, &toks) && !(region_index == 0 && name::title_case(&toks)) {
                name::names(text, &toks, sentence, &mut names_seen, &mut claims);
            }
            let mut cache = None;
            out.claims.extend(claims.drain(..).map(|claim| Found {
                evidence: evidence(article, &claim, Some(&toks), &mut cache),
                claim,
                section: region.section,
            }));
        }
        let sentence_of = |at: usize| {
            let i = sentences.partition_point(|s| s.end <= at);
            sentences.get(i).copied().unwrap_or(region.span)
        };
        quote::quotes(text, region.span, sentence_of, &mut claims);
        let mut cache = None;
        out.claims.extend(claims.drain(..).map(|claim| Found {
            evidence: evidence(article, &claim, None, &mut cache),
            claim,
            section: region.section,
        }));
        // Keep text order within the region (quotes were found after the sentence pass).
        out.claims[first_claim..].sort_by_key(|f| (f.claim.span.start, f.claim.span.end));
    }
    settle_another(text, &mut out.claims[body_from..]);
    // Names are settled once the whole article is read ("Atlassian" alone somewhere tells that
    // "CEO Atlassian Scott Farquhar" names Scott Farquhar).
    for i in name::split_known_prefixes(text, out.claims.iter_mut().map(|f| &mut f.claim)) {
        let f = &mut out.claims[i];
        f.evidence = evidence(article, &f.claim, None, &mut None);
    }
    out
}

/// "At least 15 people were killed … Another 25 people have been injured": "another" (or
/// "more") after a count of other people adds to no earlier count of its own kind when the
/// body has none, before or after ("Another 8 died, bringing the toll to 50" keeps its
/// increment): it counts all of them.
fn settle_another(text: &str, body: &mut [Found]) {
    const ADDED: &str = "/added";
    fn head_of(f: &Found) -> Option<&str> {
        (f.claim.kind == Kind::Number).then(|| noun::slot_head(&f.claim.slot))
    }
    for i in 0..body.len() {
        let c = &body[i].claim;
        let Some(slot) = c.slot.strip_suffix(ADDED) else {
            continue;
        };
        // ("people/injured/added": its head is "people", its slot without the increment
        // "people/injured".)
        let head = noun::slot_head(slot);
        let before = text[..c.span.start].trim_end();
        let another = token::strip_suffix_ignoring_case(before, "another").is_some();
        let more = text[c.span.start..c.span.end].contains(" more");
        if !(another || more) || !noun::counts_people(head) {
            continue;
        }
        let its_own = body
            .iter()
            .enumerate()
            .any(|(j, f)| j != i && head_of(f) == Some(head));
        let others_before = body[..i]
            .iter()
            .filter_map(head_of)
            .any(|h| h != head && noun::counts_people(h));
        if !its_own && others_before {
            let slot = slot.to_string();
            body[i].claim.slot = slot.into();
        }
    }
}

/// Whether a word after the sentence's first starts with a capital: some token that starts
/// with one follows white space (tokens never start inside a white-space-separated word's
/// first character, and the sentence starts with its first word).
fn has_inner_capital(text: &str, toks: &[Tok]) -> bool {
    // "Boeing's shares fell …": a possessive opening the sentence may own a name.
    let owner = toks.first().is_some_and(|t| t.upper) && name::owns(toks, 0, 1);
    owner
        || toks.iter().skip(1).any(|t| {
            t.upper
                && text[..t.start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_whitespace)
        })
}

/// Extracts the claims of a plain string (all of it one region), for tests and examples.
pub fn extract_str(text: &str, published: Option<NaiveDate>) -> Vec<Claim> {
    let mut sentences = Vec::new();
    let mut toks = Vec::new();
    let mut claims = Vec::new();
    token::sentences(text, Span::new(0, text.len()), &mut sentences);
    let mut work = 0;
    let mut era = Era::default();
    for &s in &sentences {
        token::tokenize(text, s, &mut toks);
        extract_sentence(
            text,
            (s, false),
            (published, &mut era),
            &toks,
            &mut claims,
            &mut work,
        );
    }
    claims
}

static TRIGGERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    // Number words and calendar words: a sentence with none of these and no digit holds no
    // claim. Matched on bytes, case-insensitively for ASCII only, so both cases are listed.
    const WORDS: &[&str] = &[
        "một",
        "hai",
        "ba",
        "bốn",
        "năm",
        "sáu",
        "bảy",
        "bẩy",
        "tám",
        "chín",
        "mười",
        "mươi",
        "trăm",
        "nửa",
        "nghìn",
        "ngàn",
        "triệu",
        "tỷ",
        "tỉ",
        "hàng",
        "vài",
        "thứ",
        "Thứ",
        "Chủ nhật",
        "chủ nhật",
        "hôm",
        "Hôm",
        "ngày mai",
        "Ngày mai",
        "sáng nay",
        "sáng qua",
        "chiều nay",
        "chiều qua",
        "tối nay",
        "tối qua",
        "trưa nay",
        "trưa qua",
        "đêm nay",
        "đêm qua",
        "Đêm nay",
        "Đêm qua",
        "Giêng",
        "giêng",
        "Chạp",
        "chạp",
        "khuya nay",
        "khuya qua",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "teen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
        "dozen",
        "scores",
        "half",
        "quarter",
        "midnight",
        "noon",
        "midday",
        // "about a kilometre" (numeral::A_DISTANCE)
        "a kilomet",
        "a mile",
        "a met",
        "www",
        "khóa",
        "khoá",
        // "the first floor" (ordinal::floor)
        "floor",
        "Khóa",
        "Khoá",
        "day",
        "today",
        "tomorrow",
        "yesterday",
        "tonight",
        "last night",
        "last evening",
        "this morning",
        "this afternoon",
        "this evening",
        "Một",
        "Hai",
        "Ba",
        "Bốn",
        "Năm",
        "Sáu",
        "Bảy",
        "Tám",
        "Chín",
        "Mười",
        "Vài",
        "Hàng",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    ];
    // A DFA: the fastest scan; the automaton is small (a few dozen words).
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(WORDS)
        .expect("valid automaton")
});

/// Cheap prefilter: digits or any number/calendar word.
pub fn might_hold_claim(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit()) || TRIGGERS.is_match(s)
}

/// Words a rule can start on (digits and currency signs always can). Everything else is
/// skipped without trying a rule: most tokens of a sentence are neither numbers nor calendar
/// words.
static STARTERS: LazyLock<token::WordSet> = LazyLock::new(|| {
    const LITERAL: &[&str] = &[
        // rules that test these words in code
        "hàng",
        "vài",
        "dozens",
        "scores",
        "tens",
        "hundreds",
        "thousands",
        "millions",
        "thứ",
        "chủ",
        "hôm",
        "ngày",
        "tháng",
        "sáng",
        "chiều",
        "tối",
        "trưa",
        "đêm",
        "khuya",
        "rạng",
        "yesterday",
        "today",
        "tonight",
        "last",
        "this",
        "aged",
        "tomorrow",
        "in",
        "since",
        "mười",
        "mươi",
        "trăm",
        "nửa",
        "a",
        "an",
        "www",
        "tuổi",
        "từ",
        "between",
        "midnight",
        "noon",
        "midday",
        "sinh",
        "khóa",
        "khoá",
        "tầng",
        "lầu",
        "floor",
        "floors",
        "half",
        "quarter",
        "sept",
        // currency codes before a figure (CURRENCY_CODES)
        "usd",
        "eur",
        "gbp",
        "vnd",
        "jpy",
        "cny",
        "inr",
        "rs",
    ];
    let qualifiers = qualifier::QUALIFIERS.iter().map(|(_, _, words)| words[0]);
    let vi = numeral::VI_UNITS.iter().map(|(w, _)| *w);
    let en = numeral::EN_UNITS
        .iter()
        .chain(&numeral::EN_TENS)
        .map(|(w, _)| *w);
    let weekdays = date::WEEKDAYS_EN.iter().map(|(w, _)| *w);
    let months = date::MONTHS_EN
        .iter()
        .flat_map(|m| [*m, &m[..3], &m[..4.min(m.len())]]);
    token::WordSet::new(
        LITERAL
            .iter()
            .copied()
            .chain(qualifiers)
            .chain(vi)
            .chain(en)
            .chain(weekdays)
            .chain(months),
    )
});

/// Whether any rule can start at this token (`starters` is [`STARTERS`], looked up once per
/// sentence).
#[inline]
fn may_start(t: &Tok, starters: &token::WordSet) -> bool {
    match t.class {
        Class::Num => true,
        Class::Punct => CURRENCY_SIGNS.iter().any(|(c, _)| t.is_punct(*c)),
        // Tokens are short: a plain loop beats a memchr call for the hyphen.
        // "SN1995", a birth year glued to its abbreviation, is one word.
        Class::Word => {
            starters.contains(t)
                || t.s.bytes().any(|b| b == b'-')
                || (t.s.len() == 6 && t.s.starts_with("SN"))
        }
    }
}

/// Words that put a sentence in the future (`sẽ`, `tới`, `dự kiến`, will, scheduled).
static FUTURE_WORDS: LazyLock<token::WordSet> = LazyLock::new(|| {
    token::WordSet::new([
        "sẽ",
        "tới",
        "sắp",
        "will",
        "next",
        "dự",
        "kiến",
        "scheduled",
        "upcoming",
        "slated",
    ])
});

/// Words of what the present expects before "to" and a verb ("is expected to").
static EXPECTED: LazyLock<token::WordSet> =
    LazyLock::new(|| token::WordSet::new(["expected", "forecast", "likely"]));

/// Where a sentence first speaks of the future, if it does: a future word, or English "set
/// to", "is to", "are to", "is expected to" before a verb ("Blinken is to meet Lavrov on
/// Friday"), or "plans for".
fn future_cue(toks: &[Tok]) -> Option<usize> {
    // "was scheduled to arrive", "whose scheduled departure time was 6 a.m.": what was
    // planned then, in a sentence about the past.
    let planned_then = |i: usize| {
        toks[i].is_any(&["scheduled", "slated"])
            && ((i > 0 && toks[i - 1].is_any(&["was", "were", "been"]))
                || toks[i + 1..]
                    .iter()
                    .take(4)
                    .take_while(|t| t.class == Class::Word)
                    .any(|t| t.is_any(&["was", "were"])))
    };
    // "bought 375 rounds the next day": the day after a day the sentence told, not ahead.
    let day_after = |i: usize| toks[i].is("next") && i > 0 && toks[i - 1].is("the");
    toks.iter().enumerate().position(|(i, t)| {
        t.class == Class::Word
            && ((FUTURE_WORDS.contains(t) && !planned_then(i) && !day_after(i))
                // "a month-long maintenance beginning Thursday": what starts on a weekday
                // named after "beginning" or "starting" is to come.
                // (The next word's case, known from the tokeniser, is asked first.)
                || (toks
                    .get(i + 1)
                    .is_some_and(|n| n.is_capitalized() && date::is_english_weekday(n))
                    && t.is_any(&["beginning", "starting"]))
                // "with plans for inauguration on October 20".
                // ("for" asked first: most words have none after them.)
                || (toks.get(i + 1).is_some_and(|n| n.is("for")) && t.is_any(&["plans", "plan"]))
                // "are set to resume", "plan to meet again": a plan of the present ("to"
                // asked first: most sentences have none, and the words are read only then).
                || (toks.get(i + 1).is_some_and(|n| n.is("to"))
                    && toks.get(i + 2).is_some_and(|n| n.class == Class::Word)
                    && t.is_any(&[
                        "set", "is", "are", "plan", "plans", "intend", "intends", "aim", "aims",
                        // A headline's present agreement or promise ("Agree To Meet in
                        // Geneva on Friday"): what is agreed to is still to come.
                        "agree", "agrees", "vow", "vows", "pledge", "pledges", "promise",
                        "promises",
                    ]))
                // "is expected to sweep across the island … Wednesday", "are forecast to":
                // what the present expects (not "was expected to").
                || (EXPECTED.contains(t)
                    && i > 0
                    && toks[i - 1].is_any(&["is", "are"])
                    && toks.get(i + 1).is_some_and(|n| n.is("to"))
                    && toks.get(i + 2).is_some_and(|n| n.class == Class::Word)))
    })
}

/// Whether `s` contains `://` or `www.`: found through its `:` and `.` bytes (memchr), without
/// building a substring searcher for every sentence.
fn has_url_cue(s: &str) -> bool {
    let b = s.as_bytes();
    s.match_indices(':')
        .any(|(i, _)| b[i + 1..].starts_with(b"//"))
        || s.match_indices('.')
            .any(|(i, _)| i >= 3 && &b[i - 3..i] == b"www")
}

fn url_spans(text: &str, sentence: Span) -> Vec<Span> {
    let s = &text[sentence.start..sentence.end];
    let mut out = Vec::new();
    if !has_url_cue(s) {
        return out;
    }
    for pat in ["http://", "https://", "www."] {
        let mut from = 0;
        while let Some(p) = s[from..].find(pat) {
            let start = from + p;
            let end = s[start..]
                .find(char::is_whitespace)
                .map_or(s.len(), |e| start + e);
            out.push(Span::new(sentence.start + start, sentence.start + end));
            from = end;
        }
    }
    out
}

/// Runs the rules over one tokenised sentence (and whether it is the title); false when the
/// prefilter skipped it.
fn extract_sentence(
    text: &str,
    (sentence, headline): (Span, bool),
    (published, era): (Option<NaiveDate>, &mut Era),
    toks: &[Tok],
    out: &mut Vec<Claim>,
    work: &mut u64,
) -> bool {
    era.open(text, sentence);
    let s = &text[sentence.start..sentence.end];
    if !might_hold_claim(s) {
        return false;
    }
    let urls = url_spans(text, sentence);
    let cue = future_cue(toks);
    let future = cue.is_some();
    let mut ctx = Ctx {
        text,
        toks,
        sentence,
        published,
        future,
        urls: &urls,
        headline,
        era: era.day,
    };
    *work += toks.len() as u64;
    let starters: &token::WordSet = &STARTERS;
    let first_claim = out.len();
    let mut i = 0;
    while i < toks.len() {
        if !may_start(&toks[i], starters) {
            i += 1;
            continue;
        }
        // Nothing inside a link is a claim, but a website named by its host is a name.
        if ctx.in_url(i) {
            i = name::website_at(text, toks, i, sentence, out).unwrap_or(i + 1);
            continue;
        }
        *work += 1;
        // The qualifier and figure at `i` are read once for both rules that need them.
        let lead = std::cell::OnceCell::new();
        let lead = || lead.get_or_init(|| Lead::at(toks, i));
        let before = out.len();
        let next = date::at(&ctx, i, out)
            .or_else(|| time::at(&ctx, i, out))
            .or_else(|| duration::at(&ctx, lead(), out))
            .or_else(|| quantity::at(&ctx, i, lead(), out));
        if out.len() > before {
            era.read(text, &out[before..], published);
            ctx.era = era.day;
        }
        i = next.unwrap_or(i + 1);
    }
    if let (Some(cue), Some(published)) = (cue, published) {
        planned_ahead(text, toks, cue, published, &mut out[first_claim..]);
    }
    feared_tolls(toks, &mut out[first_claim..]);
    deaths_at_scene(toks, &mut out[first_claim..]);
    // (Those badly hurt who died later are of the toll: asked first.)
    injured_who_died(toks, &mut out[first_claim..]);
    injured_by_severity(toks, &mut out[first_claim..]);
    expected_figures(toks, &mut out[first_claim..]);
    drop_conversions(text, out);
    true
}

/// "He is expected to take over in October", "with plans for inauguration on October 20"
/// (written in March): a day or month told after the sentence's word of the future, with no
/// year written, that the nearest reading puts months back, is the coming one. (A date before
/// that word, "Theo Reuters hôm 19.1, … sẽ", dates what was said or done already.)
fn planned_ahead(text: &str, toks: &[Tok], cue: usize, published: NaiveDate, claims: &mut [Claim]) {
    const PAST_MARKS: &[&str] = &["hồi", "hôm", "từ", "last", "since", "ago"];
    for c in claims.iter_mut().filter(|c| c.kind == Kind::Date) {
        let at = toks.partition_point(|t| t.start < c.span.start);
        // ("sẽ lấy 3 tháng tiền nước gần đây, tức là tháng 1, tháng 2": the recent months.)
        let recent = (cue..at).any(|k| {
            toks[k].is_any(&["recent", "recently", "past", "vừa"])
                || (toks[k].is("gần") && toks.get(k + 1).is_some_and(|n| n.is("đây")))
        });
        let marked = recent
            || toks[at.saturating_sub(2)..at]
                .iter()
                .any(|t| t.is_any(PAST_MARKS));
        let first = match c.value {
            Value::Date(DateValue::Day(d)) => d,
            Value::Date(DateValue::Month { year, month }) => {
                match NaiveDate::from_ymd_opt(year, month, 1) {
                    Some(d) => d,
                    None => continue,
                }
            }
            _ => continue,
        };
        if at <= cue
            || marked
            || writes_year(text, c, first.year())
            || (published - first).num_days() <= date::FUTURE_SAID_DAYS
        {
            continue;
        }
        let Some(ahead) = first.with_year(first.year() + 1) else {
            continue;
        };
        c.value = Value::Date(match c.value {
            Value::Date(DateValue::Month { month, .. }) => DateValue::Month {
                year: ahead.year(),
                month,
            },
            _ => DateValue::Day(ahead),
        });
        let days = (ahead - first).num_days() as f64;
        c.range = (c.range.0 + days, c.range.1 + days);
    }
}

/// "It is feared more than 200 people could be dead", "officials fear the toll may go over
/// 200", "50 individuals are feared to have lost their lives": a death toll after a word of
/// fear in its sentence, or right before one, is those feared dead, not a count.
fn feared_tolls(toks: &[Tok], claims: &mut [Claim]) {
    let toll =
        |c: &Claim| c.kind == Kind::Number && (c.slot == "deaths" || c.slot.starts_with("deaths/"));
    // Most sentences hold no death toll: their words are not read.
    if !claims.iter().any(toll) {
        return;
    }
    // ("hundreds of people missing and feared dead …, killing at least 34": "feared dead"
    // describes the count it follows, and fears for no toll after it.)
    let described = |k: usize| {
        toks[k].is("feared")
            && toks
                .get(k + 1)
                .is_some_and(|t| t.is_any(&["dead", "missing", "drowned", "trapped", "buried"]))
    };
    let fear = toks
        .iter()
        .enumerate()
        .find(|&(k, t)| t.is_any(&["fear", "feared", "fears", "fearing"]) && !described(k))
        .map(|(_, t)| t);
    // "around 50 individuals are feared to have lost their lives": the fear right after the
    // toll's people, before its verb (not another count's: "Dozens dead and hundreds feared
    // missing").
    let feared_after = |c: &Claim| {
        let after = toks.partition_point(|t| t.start < c.span.end);
        let copula = toks
            .get(after)
            .is_some_and(|t| t.is_any(&["are", "were", "is", "was"]));
        toks.get(after + usize::from(copula))
            .is_some_and(|t| t.is("feared"))
    };
    for c in claims {
        let feared = fear.is_some_and(|f| f.start < c.span.start) || feared_after(c);
        if toll(c) && (feared || projected(toks, c)) {
            // A range's ends stay its ends ("18,000 to 20,000 deaths" under "could reach").
            c.slot = match c.slot.rsplit_once('/') {
                Some((_, end @ ("min" | "max"))) => {
                    std::borrow::Cow::Owned(format!("{}/{end}", noun::FEARED_DEAD))
                }
                _ => std::borrow::Cow::Borrowed(noun::FEARED_DEAD),
            };
        }
    }
}

/// English words of a forecast: what economists or officials expect a figure to be.
const EXPECTING: &[&str] = &[
    "expected",
    "expecting",
    "expect",
    "expects",
    "forecast",
    "forecasts",
    "forecasting",
    "predicted",
    "predicting",
    "predict",
    "predicts",
    "projected",
    "anticipated",
];
/// Words that open a new clause, after which a forecast before them no longer governs.
const CLAUSE_OPENERS: &[&str] = &[
    "after", "while", "but", "when", "because", "since", "though",
];
/// Tokens before a figure within which a word of forecast governs it.
const EXPECTED_REACH: usize = 12;
/// Slot suffix of a forecast figure.
const FORECAST_SLOT: &str = "expected";

/// "Economists had expected the report to show 185,000 jobs", "the unemployment rate was
/// expected to fall to 4%": a figure a forecast governs in its clause is what was expected,
/// set against other forecasts only, never against what was counted ("US employers added
/// 428,000 jobs"). A word of forecast after "than" or "as" compares what was counted with it
/// ("more than expected"). In Vietnamese, "dự báo", "dự kiến", "kỳ vọng" ("dự kiến 26 MW",
/// "dự kiến đầu tư khoảng 850 tỷ đồng"). Tolls feared or projected are named so already.
fn expected_figures(toks: &[Tok], claims: &mut [Claim]) {
    // The English words and the last syllable of the Vietnamese ones, looked up at once.
    static CUES: LazyLock<token::WordSet> = LazyLock::new(|| {
        token::WordSet::new(EXPECTING.iter().copied().chain(["báo", "kiến", "vọng"]))
    });
    let cue = |j: usize| {
        let t = &toks[j];
        CUES.contains(t)
            && (t.is_any(EXPECTING)
                || (j > 0
                    && ((t.is_any(&["báo", "kiến"]) && toks[j - 1].is("dự"))
                        || (t.is("vọng") && toks[j - 1].is("kỳ")))))
    };
    // Most sentences hold no figure, or no word of forecast: their words are not read twice.
    if !claims.iter().any(|c| c.kind == Kind::Number) || !(0..toks.len()).any(cue) {
        return;
    }
    forecasters_expected(toks, claims);
    for c in claims.iter_mut().filter(|c| c.kind == Kind::Number) {
        if c.slot.ends_with(FORECAST_SLOT) {
            continue;
        }
        // What describes a person ("kỳ vọng HLV 43 tuổi sẽ giúp") is no forecast.
        let described = matches!(c.slot.split('/').next(), Some("age" | "born" | "ordinal"));
        if described || c.slot == noun::FEARED_DEAD || c.slot.starts_with("feared dead/") {
            continue;
        }
        let first = toks.partition_point(|t| t.start < c.span.start);
        let expected = (first.saturating_sub(EXPECTED_REACH)..first)
            .rev()
            .take_while(|&j| {
                (toks[j].class != Class::Punct || toks[j].is_punct('-'))
                    && !toks[j].is_any(CLAUSE_OPENERS)
            })
            .any(|j| cue(j) && !(j > 0 && toks[j - 1].is_any(&["than", "as"])));
        if !expected {
            continue;
        }
        // A range's ends stay last ("jobs/expected/min").
        c.slot = match c.slot.rsplit_once('/') {
            Some((base, end @ ("min" | "max"))) => {
                std::borrow::Cow::Owned(format!("{base}/{FORECAST_SLOT}/{end}"))
            }
            _ => std::borrow::Cow::Owned(format!("{}/{FORECAST_SLOT}", c.slot)),
        };
    }
}

/// Those whose forecast a figure may be, named right after it ("the 155,000 economists had
/// expected").
const FORECASTERS: &[&str] = &[
    "economists",
    "analysts",
    "forecasters",
    "experts",
    "strategists",
];

/// "well above the 155,000 economists had expected": a figure whose noun is a forecaster, with
/// a word of forecast after it, counts no forecasters. It is the forecast of what the sentence
/// counted before it (`jobs/expected`), or a forecast of no named thing.
fn forecasters_expected(toks: &[Tok], claims: &mut [Claim]) {
    for k in 0..claims.len() {
        let c = &claims[k];
        if c.kind != Kind::Number || !FORECASTERS.contains(&&*c.slot) {
            continue;
        }
        let after = toks.partition_point(|t| t.start < c.span.end);
        let verb = after
            + usize::from(
                toks.get(after)
                    .is_some_and(|t| t.is_any(&["had", "have", "has"])),
            );
        if !toks.get(verb).is_some_and(|t| t.is_any(EXPECTING)) {
            continue;
        }
        let counted = claims[..k]
            .iter()
            .rev()
            .find(|p| p.kind == Kind::Number)
            .map(|p| noun::slot_head(&p.slot).to_string());
        claims[k].slot = std::borrow::Cow::Owned(match counted {
            Some(head) => format!("{head}/{FORECAST_SLOT}"),
            None => FORECAST_SLOT.to_string(),
        });
    }
}

/// English modals that put a figure ahead of what was counted ("could reach 20,000").
const MODALS: &[&str] = &["could", "may", "might", "can", "would", "will"];
/// What a projected toll does after its modal ("could reach", "may top", "could be as high
/// as", "may have died"); a modal alone is not enough, as Vietnamese "may" is luck.
const PROJECTING: &[&str] = &[
    "reach", "rise", "climb", "hit", "top", "exceed", "surpass", "cross", "go", "be", "soar",
    "increase", "jump",
];
/// Words that may stand between a modal and its verb ("could very well cross").
const ADVERBS: &[&str] = &["very", "well", "still", "even", "eventually", "soon"];

/// "the death toll could reach 20,000", "it can reach 18,000 to 20,000", "số người chết có thể
/// lên tới 20.000", "20,000 people may have died": a toll under a modal is one projected (by a
/// mayor, an agency), not one counted, like a toll feared. The modal and its verb come at most
/// five words before the figure, with no punctuation between, or an English "may have died"
/// right after it. (Vietnamese "có thể" after a toll is mostly a cause: "có thể do ngạt khói".)
fn projected(toks: &[Tok], c: &Claim) -> bool {
    let english = |j: usize, verbs: &[&str]| {
        toks[j].is_any(MODALS)
            && (j + 1..(j + 4).min(toks.len()))
                .take_while(|&m| m == j + 1 || toks[m - 1].is_any(ADVERBS))
                .any(|m| toks[m].is_any(verbs))
    };
    let vietnamese = |j: usize| {
        toks[j].is("thể")
            && j > 0
            && toks[j - 1].is("có")
            && toks
                .get(j + 1)
                .is_some_and(|n| n.is_any(&["lên", "tăng", "vượt", "đã", "cao"]))
    };
    let first = toks.partition_point(|t| t.start < c.span.start);
    let before = (first.saturating_sub(5)..first)
        .rev()
        .take_while(|&j| toks[j].class != Class::Punct)
        .any(|j| vietnamese(j) || english(j, PROJECTING));
    // "may have died", "could have been killed", "may be dead".
    let after = toks.partition_point(|t| t.start < c.span.end);
    let perished = |j: usize| {
        english(j, &["have", "be"])
            && toks[j + 1..(j + 4).min(toks.len())]
                .iter()
                .any(|t| t.is_any(&["died", "dead", "killed", "perished", "drowned"]))
    };
    let following = (after..(after + 3).min(toks.len()))
        .take_while(|&j| toks[j].class != Class::Punct)
        .any(perished);
    before || following
}

/// "17 died at the scene", "19 were killed on the spot", "3 người chết tại chỗ": a death toll
/// followed by words that place the deaths where it happened counts those deaths only.
fn deaths_at_scene(toks: &[Tok], claims: &mut [Claim]) {
    for c in claims {
        // The place comes right after the toll, or after one word ("died instantly at the
        // scene", "chết ngay tại chỗ" is in the list).
        if c.kind == Kind::Number
            && c.slot == "deaths"
            && (said_after(toks, c, Some(2), noun::AT_SCENE) || died_there_after(toks, c))
        {
            c.slot = std::borrow::Cow::Borrowed(noun::DEATHS_AT_SCENE);
        }
    }
}

/// How far after a toll's noun its verb of dying may stand ("6 người được xác nhận đã tử
/// vong tại chỗ").
const DIED_REACH: usize = 6;

/// Whether a verb of dying (the toll lexicon's) a few words after the toll's mention, within
/// its clause and before any other figure, has the place of the happening right after it (or
/// one word on).
fn died_there_after(toks: &[Tok], c: &Claim) -> bool {
    let k = toks.partition_point(|t| t.start < c.span.end);
    (k..(k + DIED_REACH).min(toks.len()))
        .take_while(|&j| toks[j].class != Class::Punct && toks[j].class != Class::Num)
        .find_map(|j| {
            noun::toll_phrase_at(toks, j)
                .filter(|&(slot, _)| slot == "deaths")
                .map(|(_, len)| j + len)
        })
        .is_some_and(|after| {
            noun::AT_SCENE
                .iter()
                .any(|w| token::words_at(toks, after, w) || token::words_at(toks, after + 1, w))
        })
}

/// "4 người bị thương nặng", "20 people seriously injured", "60 injured, 15 seriously": the
/// badly injured are a part of the injured, set against the same part only; so are the lightly
/// injured beside another count of the injured ("5 người bị thương nặng, 10 người bị thương
/// nhẹ").
fn injured_by_severity(toks: &[Tok], claims: &mut [Claim]) {
    const SERIOUS: &[&[&str]] = &[
        &["nặng"],
        &["rất", "nặng"],
        &["nguy", "kịch"],
        &["seriously"],
        &["critically"],
        &["severely"],
        &["badly"],
    ];
    const LIGHT: &[&[&str]] = &[&["nhẹ"], &["slightly"], &["lightly"]];
    // "15 seriously", "three critically": the adverb read as what the figure counts.
    const SERIOUS_AS_NOUN: &[&str] = &[
        "seriously",
        "critically",
        "severely",
        "seriously injured",
        "critically injured",
        "severely injured",
        "badly injured",
    ];
    // The lightly injured told alone ("chỉ một hành khách bị thương nhẹ") are all the injured
    // of the report; beside another count of the injured, a part.
    let injured = claims
        .iter()
        .filter(|c| c.kind == Kind::Number && c.slot == "injured")
        .count();
    // "four injured persons are in a critical condition": so are the injured a critical state
    // follows.
    let serious =
        |c: &Claim| said_after(toks, c, Some(3), SERIOUS) || said_after(toks, c, Some(3), CRITICAL);
    for c in claims.iter_mut().filter(|c| c.kind == Kind::Number) {
        let slot = if c.slot == "injured" && serious(c) {
            noun::INJURED_SERIOUSLY
        } else if c.slot == "injured" && injured >= 2 && said_after(toks, c, Some(3), LIGHT) {
            noun::INJURED_LIGHTLY
        } else if SERIOUS_AS_NOUN.contains(&&*c.slot) || critical_people(toks, c) {
            noun::INJURED_SERIOUSLY
        } else {
            continue;
        };
        c.slot = std::borrow::Cow::Borrowed(slot);
    }
}

/// "1 người bị thương nặng được đưa đi cấp cứu nhưng không qua khỏi", "one was badly hurt and
/// later died": the injured of a clause that ends in their death died later; they are a part
/// of the death toll, no count of the injured.
fn injured_who_died(toks: &[Tok], claims: &mut [Claim]) {
    const DIED_LATER: &[&[&str]] = &[
        &["không", "qua", "khỏi"],
        &["later", "died"],
        &["died", "later"],
        &["succumbed"],
    ];
    for c in claims {
        if c.kind == Kind::Number && c.slot == "injured" && said_after(toks, c, None, DIED_LATER) {
            c.slot = std::borrow::Cow::Borrowed(noun::DEATHS_LATER);
        }
    }
}

/// Whether one of `phrases` opens within `reach` tokens after the claim `c` (anywhere in the
/// rest of its clause when `None`), before any punctuation.
fn said_after(toks: &[Tok], c: &Claim, reach: Option<usize>, phrases: &[&[&str]]) -> bool {
    // The first token after the claim (tokens are in text order).
    let k = toks.partition_point(|t| t.start < c.span.end);
    let end = reach.map_or(toks.len(), |r| (k + r).min(toks.len()));
    (k..end)
        .take_while(|&j| toks[j].class != Class::Punct)
        .any(|j| phrases.iter().any(|w| token::words_at(toks, j, w)))
}

/// A critical state said after a count of people: "đang nguy kịch", "in (a) critical
/// condition".
const CRITICAL: &[&[&str]] = &[
    &["nguy", "kịch"],
    &["in", "critical", "condition"],
    &["in", "serious", "condition"],
    &["in", "a", "critical", "condition"],
    &["in", "a", "serious", "condition"],
];

/// "3 nạn nhân đang nguy kịch", "two passengers in critical condition": people of no toll yet
/// whom a critical state follows are the badly injured.
fn critical_people(toks: &[Tok], c: &Claim) -> bool {
    let befallen = quantity::STRONG_TOLLS.contains(&&*c.slot)
        || matches!(&*c.slot, "survivors" | "bodies" | "injured");
    !befallen
        && !c.slot.contains('/')
        && noun::counts_people(&c.slot)
        && said_after(toks, c, Some(2), CRITICAL)
}

/// "85 km (53 mi)", "a 50-foot (15-meter) ravine": a measure in brackets right after one of
/// the same kind in another unit restates it, rounded; it is no claim of its own (compared, it
/// would set the rounding of a conversion against the figure).
fn drop_conversions(text: &str, claims: &mut Vec<Claim>) {
    let mut k = 1;
    while k < claims.len() {
        let (before, c) = (&claims[k - 1], &claims[k]);
        let between = text.get(before.span.end..c.span.start).unwrap_or("");
        let bracketed = between.trim() == "("
            && text
                .get(c.span.end..)
                .is_some_and(|rest| rest.trim_start().starts_with(')'));
        // "fell about 200 feet, or 60 meters, to the ground": the same restated between
        // commas.
        let restated = between.trim() == ", or"
            && text
                .get(c.span.end..)
                .is_some_and(|rest| rest.starts_with(','));
        // Another unit of the same measure: "một nửa (47%)" gives the exact share, no
        // conversion.
        let same_measure = before.kind == Kind::Number
            && c.kind == Kind::Number
            && before.slot != c.slot
            && noun::measure_of(&before.slot).is_some()
            && noun::measure_of(&before.slot) == noun::measure_of(&c.slot);
        if (bracketed || restated) && same_measure {
            claims.remove(k);
        } else {
            k += 1;
        }
    }
}

/// Currency signs written before a figure, and the money slot each gives.
const CURRENCY_SIGNS: [(char, &str); 4] = [
    ('$', "money/USD"),
    ('£', "money/GBP"),
    ('€', "money/EUR"),
    ('₹', "money/INR"),
];

/// Currency codes written before a figure ("USD 1.2 billion", "EUR 300 million"), in capitals,
/// and the money slot each gives. After a figure they are read as nouns by the lexicon.
const CURRENCY_CODES: [(&str, &str); 8] = [
    ("USD", "money/USD"),
    ("EUR", "money/EUR"),
    ("GBP", "money/GBP"),
    ("VND", "money/VND"),
    ("JPY", "money/JPY"),
    ("CNY", "money/CNY"),
    ("INR", "money/INR"),
    // Indian copy writes rupees "Rs 2 lakh", "Rs. 1,200 crore".
    ("Rs", "money/INR"),
];

/// Whether a word is a currency code ("USD"): before a figure it is no plate's letters.
pub fn is_currency_code(word: &str) -> bool {
    CURRENCY_CODES.iter().any(|(code, _)| *code == word)
}

/// Whether the figure ending at token `end` (exclusive) is the number of a document, glued to
/// its issuer's letters: "Công văn số 6959/QLD-MP", "Quyết định 123/QĐ-UBND", "No. 45/TT".
pub(crate) fn document_code_after(toks: &[Tok], end: usize) -> bool {
    let (Some(slash), Some(letters)) = (toks.get(end), toks.get(end + 1)) else {
        return false;
    };
    end > 0
        && slash.is_punct('/')
        && toks[end - 1].end == slash.start
        && slash.end == letters.start
        && letters.class == Class::Word
        && letters.upper
}

/// The money slot of a currency code at `i` that opens the figure after it: not a code that
/// follows a figure of its own ("500 USD 20 người").
/// Returns the slot and the tokens the code takes ("Rs. 2 lakh": the abbreviation's full stop
/// goes with it).
fn currency_code_at(toks: &[Tok], i: usize) -> Option<(&'static str, usize)> {
    let t = toks.get(i)?;
    let (_, slot) = CURRENCY_CODES.iter().find(|(code, _)| t.s == *code)?;
    let dotted = t.s == "Rs" && toks.get(i + 1).is_some_and(|n| n.is_punct('.'));
    let len = 1 + usize::from(dotted);
    let figure_after = toks.get(i + len).is_some_and(|n| n.class == Class::Num);
    let figure_before = i > 0 && toks[i - 1].class == Class::Num;
    (figure_after && !figure_before).then_some((*slot, len))
}

/// What opens a figure at a token: a qualifier (`khoảng`), a currency sign, and the figure
/// itself.
pub struct Lead {
    pub qualifier: Option<qualifier::Qualifier>,
    /// The token after the qualifier (the figure, or a currency sign before it).
    pub start: usize,
    /// The money slot of a currency sign or code before the figure: `$`, `£`, `€`, `USD`.
    pub currency: Option<&'static str>,
    pub figure: Option<numeral::Numeral>,
}

impl Lead {
    pub fn at(toks: &[Tok], i: usize) -> Lead {
        let qualifier = qualifier::at(toks, i);
        let start = i + qualifier.map_or(0, |q| q.len);
        let (currency, sign_len) = toks
            .get(start)
            .and_then(|t| CURRENCY_SIGNS.iter().find(|(c, _)| t.is_punct(*c)))
            .map(|(_, slot)| (*slot, 1))
            .or_else(|| currency_code_at(toks, start))
            .map_or((None, 0), |(slot, len)| (Some(slot), len));
        // A capitalised number word may open the sentence ("Hai mươi lăm người").
        let mut figure = numeral::read(toks, start + sign_len, start == 0);
        // "1m people", "1.5m homes": in English a glued m before a thing counted is millions,
        // not metres ("cách 5m người dân …" is five metres from the people).
        if let Some(n) = figure.as_mut().filter(|n| {
            n.unit == Some("m")
                && toks.get(n.end).is_some_and(|t| t.s.is_ascii())
                && noun::noun_at(toks, n.end).is_some_and(|(slot, _)| !noun::is_measure(slot))
        }) {
            n.value *= 1e6;
            n.unit = None;
            n.scaled = true;
        }
        // "£40m", "$3bn", "$7.19B": after a currency sign a glued m is millions (not metres),
        // bn or B billions.
        if currency.is_some() {
            if let Some(n) = figure.as_mut().filter(|n| n.unit == Some("m")) {
                n.value *= 1e6;
                n.unit = None;
                n.scaled = true;
            } else if figure.is_none() {
                figure = toks
                    .get(start + sign_len)
                    .filter(|t| t.class == Class::Num)
                    .and_then(|t| {
                        let digits = ["bn", "B", "b"].iter().find_map(|x| t.s.strip_suffix(x))?;
                        numeral::parse_digits(digits)
                    })
                    .map(|v| numeral::Numeral {
                        value: v * 1e9,
                        start: start + sign_len,
                        end: start + sign_len + 1,
                        words: false,
                        scaled: true,
                        unit: None,
                    });
            }
        }
        // "100 or more people", "20 or fewer": a floor or a ceiling written after the figure
        // (taken into its mention).
        let mut qualifier = qualifier;
        if qualifier.is_none() {
            if let Some(n) = figure.as_mut() {
                if let Some(q) = qualifier::after(toks, n.end) {
                    n.end += q.len;
                    qualifier = Some(qualifier::Qualifier { len: 0, ..q });
                }
            }
        }
        Lead {
            qualifier,
            start,
            currency,
            figure,
        }
    }
}

/// One named example of a rule: the text, and the `kind=value` strings extraction must yield.
/// A rule name written `!rule` marks a negative example: that rule must not fire on the text
/// (other rules may). Every rule file lists its examples next to its rules.
pub struct Example {
    pub rule: &'static str,
    pub text: &'static str,
    pub want: &'static [&'static str],
}

/// Builds an example table: `examples![rule: "text" => ["kind=value", …], …]`.
#[macro_export]
macro_rules! examples {
    ($($rule:literal : $text:literal => [$($want:literal),* $(,)?]),* $(,)?) => {
        &[$($crate::extract::Example { rule: $rule, text: $text, want: &[$($want),*] }),*]
    };
}

/// All rule examples, for the one test that runs them and for `claimdiff eval`'s docs.
pub fn all_examples() -> Vec<&'static Example> {
    date::EXAMPLES
        .iter()
        .chain(time::EXAMPLES)
        .chain(duration::EXAMPLES)
        .chain(quantity::EXAMPLES)
        .chain(person::EXAMPLES)
        .chain(range::EXAMPLES)
        .chain(ordinal::EXAMPLES)
        .collect()
}

/// The publication date every example is read against (a Saturday).
pub fn example_published() -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, 1, 22).expect("valid date")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_example_holds() {
        let mut failures = Vec::new();
        for ex in all_examples() {
            let claims = extract_str(ex.text, Some(example_published()));
            let got: Vec<String> = claims
                .iter()
                .map(|c| format!("{}={}", c.kind, c.value))
                .collect();
            let (rule, negative) = match ex.rule.strip_prefix('!') {
                Some(r) => (r, true),
                None => (ex.rule, false),
            };
            let fired = claims.iter().any(|c| c.rule == rule);
            if got != ex.want || fired == negative {
                let rules: Vec<&str> = claims.iter().map(|c| c.rule).collect();
                failures.push(format!(
                    "[{}] {:?}: want {:?}, got {:?} from {:?}",
                    ex.rule, ex.text, ex.want, got, rules
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} failing examples:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn every_rule_has_a_positive_and_a_negative_example() {
        let mut rules: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
        for ex in all_examples() {
            match ex.rule.strip_prefix('!') {
                Some(r) => rules.entry(r).or_default().1 += 1,
                None => rules.entry(ex.rule).or_default().0 += 1,
            }
        }
        let lacking: Vec<_> = rules
            .iter()
            .filter(|(_, (p, n))| *p == 0 || *n == 0)
            .collect();
        assert!(
            lacking.is_empty(),
            "rules without both kinds of example: {lacking:?}"
        );
    }

    #[test]
    fn spans_slice_back_to_mentions() {
        let text =
            "Hôm thứ Sáu (21/01), khoảng 100,000 quân Nga; cuộc họp kéo dài 90 phút lúc 15h45.";
        for c in extract_str(text, Some(example_published())) {
            let m = &text[c.span.start..c.span.end];
            assert!(
                !m.is_empty() && c.sentence.start <= c.span.start && c.span.end <= c.sentence.end,
                "{m}"
            );
        }
    }

    /// The white-space definition the token test must agree with.
    fn inner_capital_by_words(s: &str) -> bool {
        s.split_whitespace()
            .skip(1)
            .any(|w| w.chars().next().is_some_and(char::is_uppercase))
    }

    fn inner_capital_by_tokens(s: &str) -> bool {
        let mut toks = Vec::new();
        let t = s.trim();
        let at = s.len() - s.trim_start().len();
        token::tokenize(s, Span::new(at, at + t.len()), &mut toks);
        has_inner_capital(s, &toks)
    }

    #[test]
    fn inner_capital_from_tokens_matches_words() {
        for s in [
            "ông Blinken nói",
            "Ông nói",
            "“Ông nói” và “Bà”",
            "a\u{200b}B c",
            "x\u{a0}Đà nẵng",
            "x\tHà",
            "một (Nga) hai",
            "Ⅻ giờ Ⓐb",
        ] {
            assert_eq!(
                inner_capital_by_tokens(s),
                inner_capital_by_words(s),
                "{s:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn inner_capital_from_tokens_matches_words_on_any_text(s in "\\PC{0,40}") {
            proptest::prop_assert_eq!(inner_capital_by_tokens(&s), inner_capital_by_words(&s));
        }
    }

    #[test]
    fn url_cues() {
        for (s, want) in [
            ("xem https://vtv.vn/a", true),
            ("www.dantri.com.vn", true),
            ("xwww.a", true),
            ("lúc 15:30. Ông nói", false),
            ("ww.a :/ a", false),
            ("a:", false),
        ] {
            assert_eq!(
                has_url_cue(s),
                s.contains("://") || s.contains("www."),
                "{s}"
            );
            assert_eq!(has_url_cue(s), want, "{s}");
        }
    }

    #[test]
    fn prefilter_skips_text_without_candidates() {
        assert!(!might_hold_claim("Nga phủ nhận ý định xâm lược."));
        assert!(might_hold_claim("Có 5 người."));
        assert!(might_hold_claim("hai mươi lăm"));
    }
}
