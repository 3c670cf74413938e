//! Duration rules: a figure and a unit of time (`90 phút`, `bốn giờ`, `2 tuần`, `20 năm`,
//! `một tiếng rưỡi`, `two hours`, `a 90-minute meeting`). It must not read dates
//! (`năm 2014`, `tháng 12`) or times of day (`16 giờ 30`): those rules run first.

// The units of time live with the nouns: the range rules read them too.
use super::noun::time_unit as unit;
use super::noun::TIME_UNITS as UNITS;
use super::numeral;
use super::qualifier;
use super::{Ctx, Lead};
use crate::claim::{Claim, DurationUnit, Kind, Value};
use crate::examples;
use crate::token::{Class, Tok};

pub const EXAMPLES: &[super::Example] = examples![
    "duration": "cuộc họp kéo dài 90 phút" => ["duration=PT90M"],
    "duration": "a brace inside 97 seconds" => ["duration=PT97S"],
    "duration": "chỉ sau 30 giây" => ["duration=PT30S"],
    "duration": "sau bốn giờ hội đàm" => ["duration=PT4H"],
    "duration": "trong vòng 5 tuần qua" => ["duration=P5W"],
    "duration": "trong 20 năm qua" => ["duration=P20Y"],
    "duration": "was sentenced to 11 years and 3 months in prison" => ["duration=P11.25Y"],
    "duration": "bị tuyên phạt 2 năm 6 tháng tù" => ["duration=P2.5Y"],
    "duration": "lĩnh 7 năm 4 tháng tù" => ["duration=P88M"],
    "duration": "prosecutors asked for a 15-year prison sentence" => ["duration=P15Y"],
    "duration": "lived there 2 years and 14 months" => ["duration=P2Y", "duration=P14M"],
    "duration": "kéo dài khoảng hai tiếng" => ["duration=PT2H"],
    "duration": "mất một tiếng rưỡi" => ["duration=PT1.5H"],
    "duration": "kéo dài hai mươi ngày" => ["duration=P20D"],
    "duration": "talks lasted two hours" => ["duration=PT2H"],
    "duration_range": "The talks lasted between 2 and 3 hours." => ["duration=PT3H"],
    "duration_range": "The talks lasted between two and three hours." => ["duration=PT3H"],
    "duration": "a 90-minute meeting" => ["duration=PT90M"],
    "english_compound": "a two-hour meeting in Geneva" => ["duration=PT2H"],
    "english_compound": "sworn in for a four-year term" => ["duration=P4Y"],
    "!english_compound": "a well-known hour" => [],
    "!english_compound": "a one-sided meeting" => [],
    "!duration": "năm 2014" => ["date=2014"],
    "!duration": "mấy giờ rồi" => [],
    "!duration": "sẽ là một ngày nào đó" => [],
    "!duration": "Một ngày nọ, máy fax đưa đến" => [],
    "!duration": "phim truyền hình 24 Giờ" => [],
    "!duration": "tháng 12 này" => ["date=2021-12"],
    "!duration": "công ty 14 năm tuổi" => ["number=14"],
    "!duration": "bé Capri, 10 tháng tuổi" => ["number=10"],
    "!duration": "a baby girl, 10 months old" => ["number=10"],
    "duration": "kéo dài 2 giờ 32 phút" => ["duration=PT152M"],
    "duration": "ra mắt trước thị trường Mỹ 1 tuần" => ["duration=P1W"],
    "duration": "two days after the crash" => ["duration=P2D"],
    "duration": "trong 15 phút đầu của hiệp 2" => ["duration=PT15M"],
    "duration": "in the first 24 hours" => ["duration=PT24H"],
    "duration": "lượng mưa 24h qua" => ["duration=PT24H"],
    "duration": "talks lasted an hour and a half" => ["duration=PT1.5H"],
    "duration": "the talks lasted 2 hours and 30 minutes" => ["duration=PT150M"],
    "duration": "sentenced to 22 and half years in prison" => ["duration=P22.5Y"],
    "duration": "he will spend the next 22-and-a-half years in prison" => ["duration=P22.5Y"],
    "duration": "Chauvin knelt on his neck for 9 minutes and 29 seconds" => ["duration=PT569S"],
    "duration": "Judge Peter Cahill sentenced Derek Chauvin to 22½ years in jail" => ["duration=P22.5Y"],
    "duration": "one of the longest finals at Wimbledon – four hours, 42 minutes." => ["duration=PT282M"],
    "duration": "winning the women's race in two hours, 13 minutes and 44 seconds" => ["duration=PT8024S"],
    "duration": "finishing in 2 hours, 35 seconds to shatter the old mark" => ["duration=PT7235S"],
    "race_time": "Kiptum won the Chicago Marathon in 2:00:35 on Sunday." => ["duration=PT7235S", "date=2022-01-16"],
    "race_time": "The previous world record, 2:01:09, was set in Berlin." => ["duration=PT7269S"],
    "!race_time": "The plane crashed at 08:44:10 local time." => ["time=08:44"],
    "duration": "approximately one hour and forty-five minutes after it began its descent" => ["duration=PT105M"],
    "duration": "about an hour and 45 minutes into the journey" => ["duration=PT105M"],
    "duration": "about 1h and 45 minutes after it started descending" => ["duration=PT105M"],
    "duration": "it took nearly an hour and a half to contain the blaze" => ["duration=PT1.5H"],
    "duration": "after half an hour" => ["duration=PT30M"],
    "duration": "one and a half hours" => ["duration=PT1.5H"],
    "!duration": "tắm ba lần một ngày vì nghiện xà phòng" => ["number=3"],
    "duration": "after waiting almost 12 agonizing hours for gases to clear" => ["duration=PT12H"],
    "!duration": "12 of the hours" => [],
    "duration": "The meeting ran for two and a half hours on Tuesday" => ["duration=PT2.5H", "date=2022-01-18"],
    "duration": "chưa đầy một giờ đồng hồ" => ["duration=PT1H"],
    "!duration": "bắt đầu từ khoảng hơn 5h sáng" => ["time=05:00"],
    "duration_range": "kỹ sư có từ 3 – 5 năm kinh nghiệm" => ["duration=P5Y"],
    "duration_range": "kỹ sư có 3-5 năm kinh nghiệm" => ["duration=P5Y"],
    "duration_range": "engineers with 3 to 5 years of experience" => ["duration=P5Y"],
    "duration_range": "prosecutors sought between 40 and 50 years in prison" => ["duration=P50Y"],
    "duration_range": "the prosecution's request for a 40 to 50-year imprisonment" => ["duration=P50Y"],
    "duration_range": "they expected to need four to six hours to drill" => ["duration=PT6H"],
    "!duration_range": "các em 6-13 tuổi" => ["number=6", "number=13"],
    "duration": "the first collision of aircraft in the U.S. in 16 years" => ["duration=P16Y"],
    "duration": "lần đầu tiên đánh bại Thái Lan trên sân nhà sau 27 năm" => ["duration=P27Y"],
];

fn push(
    ctx: &Ctx,
    out: &mut Vec<Claim>,
    rule: &'static str,
    q: Option<qualifier::Qualifier>,
    (start, end): (usize, usize),
    amount: f64,
    u: DurationUnit,
) {
    let minutes = amount * u.minutes();
    // Durations are compared as written: no rounding of their own. But "nearly" or "about" a
    // few of a coarse unit reaches half a unit further ("gần một tuần" holds 6 days, "about an
    // hour" 45 minutes), as the unit is all the writer gave.
    let (mut lo, mut hi) = qualifier::range(minutes, q, 0.0);
    match q.map(|q| q.bound) {
        Some(qualifier::Bound::Nearly) => lo = lo.min(minutes - u.minutes() / 2.0),
        Some(qualifier::Bound::About) => {
            lo = lo.min(minutes - u.minutes() / 2.0);
            hi = hi.max(minutes + u.minutes() / 2.0);
        }
        _ => {}
    }
    let slot: std::borrow::Cow<'static, str> = if between_two_happenings(ctx.toks, start, end) {
        OFFSET.into()
    } else if counts_back(ctx.toks, start, end) {
        AGO.into()
    } else if first_or_last_part(ctx.toks, start, end) {
        PORTION.into()
    } else if let Some(record) = record_kept(ctx.toks, start) {
        format!("{RECORD}/{record}").into()
    } else {
        term_kind(ctx.toks, start, end).unwrap_or("duration").into()
    };
    out.push(Claim {
        kind: Kind::Duration,
        value: Value::Duration { amount, unit: u },
        range: (lo, hi),
        qualifier: q.map(|q| q.name),
        slot,
        span: ctx.span(start, end),
        sentence: ctx.sentence,
        rule,
        weekday: None,
    });
}

/// Words before a term that make it the most the law allows ("faced a maximum of 20 years",
/// "as much as 20 years", "mức án tối đa") or what a side asked for ("prosecutors asked for a
/// 15-year sentence", "đề nghị mức án 12 năm"), not the term given: (words, slot).
const TERM_BEFORE: &[(&[&str], &str)] = &[
    (&["maximum"], MAXIMUM_TERM),
    (&["maximum", "of"], MAXIMUM_TERM),
    (&["maximum", "sentence", "of"], MAXIMUM_TERM),
    (&["maximum", "penalty", "of"], MAXIMUM_TERM),
    // "had been facing as much as 20 years": what a defendant faces is the most allowed.
    (&["facing"], MAXIMUM_TERM),
    (&["faced"], MAXIMUM_TERM),
    (&["faces"], MAXIMUM_TERM),
    (&["tối", "đa"], MAXIMUM_TERM),
    (&["asked", "for"], REQUESTED_TERM),
    (&["asked", "for", "a"], REQUESTED_TERM),
    (&["requested"], REQUESTED_TERM),
    (&["requested", "a"], REQUESTED_TERM),
    (&["sought"], REQUESTED_TERM),
    (&["sought", "a"], REQUESTED_TERM),
    (&["seeking"], REQUESTED_TERM),
    (&["seeking", "a"], REQUESTED_TERM),
    (&["recommended"], REQUESTED_TERM),
    (&["recommended", "a"], REQUESTED_TERM),
    (&["đề", "nghị"], REQUESTED_TERM),
    (&["đề", "nghị", "mức", "án"], REQUESTED_TERM),
];

/// Words after a term that make it asked for: "the 15-year sentence requested by prosecutors".
const TERM_AFTER: &[&[&str]] = &[
    &["sentence", "requested"],
    &["sentence", "sought"],
    &["prison", "sentence", "requested"],
    &["prison", "sentence", "sought"],
    &["term", "sought"],
    &["term", "requested"],
];

/// The slot of the most a law allows, and of a term one side asked for: neither is the term a
/// court gave, nor each other.
pub const MAXIMUM_TERM: &str = "duration/maximum";
pub const REQUESTED_TERM: &str = "duration/requested";

/// Whether the length of time at `start..end` is a maximum term or one asked for.
fn term_kind(toks: &[Tok], start: usize, end: usize) -> Option<&'static str> {
    let before = TERM_BEFORE.iter().find_map(|(words, slot)| {
        (start >= words.len() && crate::token::words_at(toks, start - words.len(), words))
            .then_some(*slot)
    });
    before.or_else(|| {
        // "a 15-year prison sentence" has its noun after it.
        TERM_AFTER
            .iter()
            .any(|w| crate::token::words_at(toks, end, w))
            .then_some(REQUESTED_TERM)
    })
}

/// The slot of a length of time between two happenings ("ra mắt trước thị trường Mỹ 1 tuần",
/// "two days after the crash", "3 ngày trước khi"), not how long one lasted.
pub const OFFSET: &str = "duration/offset";

/// Whether the length of time at tokens `start..end` separates two happenings: "trước" (or
/// "sớm hơn", "muộn hơn") and what it is ahead of before it ("trước thị trường Mỹ 1 tuần";
/// not "trước 1 tuần"), "trước khi" / "sau khi" after it, or after it an English "ahead",
/// "before", "after" or "prior" and what it is before or after ("two days after the crash",
/// "a week ahead of the US release"; not "after 12 hours", "two hours later"), "earlier than",
/// "later than", "since" and what it runs from ("60 years since the quake").
fn between_two_happenings(toks: &[Tok], start: usize, end: usize) -> bool {
    let is = |k: usize, words: &[&str]| toks.get(k).is_some_and(|t| t.is_any(words));
    let ahead_of_something = (start.saturating_sub(5)..start).any(|k| {
        let what = if is(k, &["trước"]) {
            k + 1
        } else if is(k, &["sớm", "muộn", "chậm"]) && is(k + 1, &["hơn"]) {
            k + 2
        } else {
            return false;
        };
        what < start && toks[what..start].iter().all(|t| t.class == Class::Word)
    });
    // "3 ngày sau khi", "two days after the crash", "a week ahead of", "a day earlier than".
    // ("2 tháng sau đó", "two hours later" say what "sau 2 tháng", "after two hours" say.)
    let word_after = toks.get(end + 1).is_some_and(|t| t.class == Class::Word);
    let before_or_after = (is(end, &["trước", "sau"]) && is(end + 1, &["khi"]))
        || is(end, &["ahead"])
        // "two days after the crash", "in the 60 years since then".
        || (is(end, &["before", "after", "prior", "since"]) && word_after)
        || (is(end, &["earlier", "later", "sooner"]) && is(end + 1, &["than"]));
    // "strengthened to a Category 5 in just 12 hours before landfall": a span ending at the
    // happening, told with "in" / "within" before the figure, is how long the change took;
    // so is one told with "for" ("battled the blaze for more than 15 hours before putting it
    // out") or "trong", "suốt".
    let k = past_qualifiers(toks, start);
    let spanned = k > 0 && is(k - 1, &["in", "within", "for", "trong", "suốt"]);
    ahead_of_something || (before_or_after && !spanned)
}

/// The slot of a length of time counted back from the telling ("ba năm trước đây", "cách đây 3
/// năm", "three years ago"): when something happened, not how long anything lasted; compared
/// only with another such count.
pub const AGO: &str = "duration/ago";

/// Whether the length of time at tokens `start..end` counts back from the telling: "ago" or
/// "trước đây" after it, "trước" closing its clause ("3 ngày trước."), or "cách đây" before
/// it.
fn counts_back(toks: &[Tok], start: usize, end: usize) -> bool {
    let is = |k: usize, words: &[&str]| toks.get(k).is_some_and(|t| t.is_any(words));
    let closes = |k: usize| toks.get(k).is_none_or(|t| t.class != Class::Word);
    let k = past_qualifiers(toks, start);
    is(end, &["ago"])
        || (is(end, &["trước"]) && (is(end + 1, &["đây"]) || closes(end + 1)))
        || (k >= 2 && is(k - 2, &["cách"]) && is(k - 1, &["đây"]))
}

/// Where the words that qualify a span starting at `start` begin ("in just 12 hours", "in
/// nearly 24 years", "trong khoảng 3 giờ"): the word before them says what the span is.
fn past_qualifiers(toks: &[Tok], start: usize) -> usize {
    const QUALIFIERS: &[&str] = &[
        "just", "only", "less", "more", "than", "under", "over", "about", "around", "nearly",
        "almost", "khoảng", "hơn", "gần",
    ];
    let mut k = start;
    while k > 0 && toks[k - 1].is_any(QUALIFIERS) {
        k -= 1;
    }
    k
}

/// The slot of how long a record has stood ("the first collision in 16 years", "the deadliest
/// crash in nearly 24 years", "lần đầu tiên sau 27 năm", "cao nhất trong 10 năm"), followed by
/// the record's word: compared only with a span of the same record, not with how long
/// anything lasted.
pub const RECORD: &str = "duration/record";

/// English words of a record.
const RECORD_WORDS: &[&str] = &[
    "first",
    "deadliest",
    "worst",
    "biggest",
    "largest",
    "highest",
    "lowest",
    "strongest",
    "heaviest",
    "hottest",
    "coldest",
    "warmest",
    "wettest",
    "driest",
    "longest",
    "best",
];

/// The record a span at `start` tells how long has stood: "in" / "trong" / "sau" before the
/// figure (past "nearly", "more than", "gần" …) and a record's word earlier in the clause
/// ("first", "deadliest", "đầu tiên", an adjective before "nhất"). The record's word names it.
fn record_kept(toks: &[Tok], start: usize) -> Option<String> {
    let is = |k: usize, words: &[&str]| toks.get(k).is_some_and(|t| t.is_any(words));
    let k = past_qualifiers(toks, start);
    if k == 0 || !is(k - 1, &["in", "trong", "sau"]) {
        return None;
    }
    let from = (k - 1).saturating_sub(12);
    (from..k - 1).rev().find_map(|j| {
        let t = &toks[j];
        // A clause ends the search; the stops of "U.S." do not.
        if [',', ';', ':', '(', ')'].iter().any(|&c| t.is_punct(c)) {
            return Some(None);
        }
        if t.is_any(RECORD_WORDS) {
            return Some(Some(t.s.to_lowercase()));
        }
        if t.is("tiên") && j > 0 && toks[j - 1].is("đầu") {
            return Some(Some("first".to_string()));
        }
        // ("ít nhất" is "at least", "thứ nhất" "the first of a list": no records.)
        (t.is("nhất")
            && j > 0
            && toks[j - 1].class == Class::Word
            && !toks[j - 1].is_any(&["ít", "thứ"]))
        .then(|| Some(toks[j - 1].s.to_lowercase()))
    })?
}

/// The slot of the first or last stretch of something longer ("15 phút đầu của hiệp 2", "6
/// tháng đầu năm", "the final 10 minutes"), a frame for other figures, not how long anything
/// lasted: it is compared only with another such stretch.
pub const PORTION: &str = "duration/portion";

/// Whether the length of time at tokens `start..end` is the first or last stretch of a longer
/// one: "đầu" / "cuối" right after the unit ("15 phút đầu", "3 tháng cuối năm"), or "first",
/// "final", "opening", "closing" right before the figure ("the first 24 hours"). English
/// "last" is left out: "the last two years" is a length of time up to now.
fn first_or_last_part(toks: &[Tok], start: usize, end: usize) -> bool {
    let after = toks.get(end).is_some_and(|t| t.is_any(&["đầu", "cuối"]));
    let before = start > 0 && toks[start - 1].is_any(&["first", "final", "opening", "closing"]);
    after || before
}

/// Words after a unit of time that make it no length of time: an age ("14 năm tuổi", "45
/// years old") or "some day" ("một ngày nào đó", "một ngày nọ").
const NO_LENGTH_AFTER: &[&str] = &["nào", "nọ", "tuổi", "old"];

/// "3 – 5 năm", "3-5 năm", "từ 3 đến 5 năm", "3 to 5 years": a length of time given as a
/// range is one claim whose range runs from the first figure to the second (it agrees with
/// "ba năm" and with "5 năm", not with "7 năm"). Returns the end of the mention.
fn range(ctx: &Ctx, at: usize, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    let (lo, hi, after) = super::range::ends_from(toks, at)?;
    // "a 40 to 50-year term": the unit hyphened to the second figure.
    let after = if toks.get(after).is_some_and(|t| t.is_punct('-'))
        && toks[after].start == toks[after - 1].end
    {
        after + 1
    } else {
        after
    };
    let u = toks.get(after).and_then(unit)?;
    if lo >= hi || toks[after].is_capitalized() {
        return None;
    }
    // Ages are not lengths of time: "5-12 tuổi", "20 to 30 years old".
    if toks
        .get(after + 1)
        .is_some_and(|t| t.is_any(NO_LENGTH_AFTER))
    {
        return None;
    }
    let opened = at > 0 && toks[at - 1].is_any(&["từ", "between", "from"]);
    // "họp từ 8-10 giờ", "at 8-10 hours": clock times, not a length of time ("between 2 and 3
    // hours", "từ 2 đến 3 tiếng" name no hour of the clock).
    let clock = at > 0 && toks[at - 1].is_any(&["lúc", "vào", "at"]);
    let only_long = toks[after].is_any(&["hours", "tiếng"]) && !clock;
    if u == DurationUnit::Hour && (opened || clock) && !only_long {
        return None;
    }
    let start = if opened { at - 1 } else { at };
    out.push(Claim {
        kind: Kind::Duration,
        value: Value::Duration {
            amount: hi,
            unit: u,
        },
        range: (lo * u.minutes(), hi * u.minutes()),
        qualifier: Some("range"),
        slot: "duration".into(),
        span: ctx.span(start, after + 1),
        sentence: ctx.sentence,
        rule: "duration_range",
        weekday: None,
    });
    Some(after + 1)
}

/// "24h qua", "48h tới", a bare "24h": hours glued to the figure, as a length of time (a time
/// of day is read first by the time rules).
fn glued_hours(ctx: &Ctx, lead: &Lead, out: &mut Vec<Claim>) -> Option<usize> {
    let t = ctx.toks.get(lead.start)?;
    let hours: f64 = t.s.strip_suffix('h')?.parse().ok()?;
    // "hơn 5h sáng" is a time of day, not more than five hours.
    if ctx
        .toks
        .get(lead.start + 1)
        .is_some_and(|n| n.is_any(super::date::DAY_PARTS) || n.is_any(&["ngày", "hôm"]))
    {
        return None;
    }
    let i = lead.start - lead.qualifier.map_or(0, |q| q.len);
    // "1h and 45 minutes": one length, in minutes.
    if let Some((mins, after)) = smaller_after(ctx.toks, lead.start + 1, DurationUnit::Hour) {
        let amount = hours * 60.0 + mins;
        push(
            ctx,
            out,
            "duration",
            lead.qualifier,
            (i, after),
            amount,
            DurationUnit::Minute,
        );
        return Some(after);
    }
    push(
        ctx,
        out,
        "duration",
        lead.qualifier,
        (i, lead.start + 1),
        hours,
        DurationUnit::Hour,
    );
    Some(lead.start + 1)
}

/// "an hour and a half", "half an hour", "one and a half hours".
fn english_half(ctx: &Ctx, lead: &Lead, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    let i = lead.start;
    // "nearly an hour and a half": the mention opens at the qualifier.
    let (q, from) = (lead.qualifier, i - lead.qualifier.map_or(0, |q| q.len));
    static OPENERS: std::sync::LazyLock<crate::token::WordSet> =
        std::sync::LazyLock::new(|| crate::token::WordSet::new(["half", "an", "a", "one"]));
    if !toks.get(i).is_some_and(|t| OPENERS.contains(t)) {
        return None;
    }
    let w = |k: usize, word: &str| toks.get(i + k).is_some_and(|t| t.is(word));
    let hour = |k: usize| w(k, "hour") || w(k, "hours");
    if w(0, "half") && (w(1, "an") || w(1, "a")) && hour(2) {
        push(
            ctx,
            out,
            "duration",
            q,
            (from, i + 3),
            30.0,
            DurationUnit::Minute,
        );
        return Some(i + 3);
    }
    let one = w(0, "an") || w(0, "a") || w(0, "one");
    // "an hour and a half", "one and a half hours".
    let hour_and_a_half = (one && hour(1) && w(2, "and") && w(3, "a") && w(4, "half"))
        || (w(0, "one") && w(1, "and") && w(2, "a") && w(3, "half") && hour(4));
    if hour_and_a_half {
        push(
            ctx,
            out,
            "duration",
            q,
            (from, i + 5),
            1.5,
            DurationUnit::Hour,
        );
        return Some(i + 5);
    }
    // "an hour and 45 minutes".
    if one && hour(1) {
        if let Some((mins, after)) = smaller_after(toks, i + 2, DurationUnit::Hour) {
            push(
                ctx,
                out,
                "duration",
                q,
                (from, after),
                60.0 + mins,
                DurationUnit::Minute,
            );
            return Some(after);
        }
    }
    None
}

/// "a two-hour meeting", "a four-year term": a number word and a unit joined by a hyphen
/// into one token (digits split from the unit: "90-minute" is read as a figure and a unit).
fn english_compound(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    let t = ctx.toks.get(i)?;
    if t.class != Class::Word {
        return None;
    }
    let (number, unit_word) = t.s.split_once('-')?;
    let amount = crate::extract::numeral::english_number_word(number)? as f64;
    let u = UNITS
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(unit_word) && w.is_ascii())
        .map(|&(_, u)| u)?;
    push(ctx, out, "english_compound", None, (i, i + 1), amount, u);
    Some(i + 1)
}

pub fn at(ctx: &Ctx, lead: &Lead, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    if lead.currency.is_some() {
        return None;
    }
    if let Some(end) = english_half(ctx, lead, out)
        .or_else(|| english_compound(ctx, lead.start, out))
        .or_else(|| {
            lead.qualifier
                .is_none()
                .then(|| range(ctx, lead.start, out))
                .flatten()
        })
    {
        return Some(end);
    }
    if lead.figure.is_none() && toks.get(lead.start).is_some_and(|t| t.class == Class::Num) {
        if let Some(seconds) = super::time::race_time(toks, lead.start) {
            let i = lead.start - lead.qualifier.map_or(0, |q| q.len);
            push(
                ctx,
                out,
                "race_time",
                lead.qualifier,
                (i, lead.start + 1),
                seconds,
                DurationUnit::Second,
            );
            return Some(lead.start + 1);
        }
        return glued_hours(ctx, lead, out);
    }
    let (q, n) = (lead.qualifier, lead.figure?);
    let i = lead.start - q.map_or(0, |q| q.len);
    // "ba lần một ngày", "three times a day": a rate, no length of time and no count.
    if i > 0 && ctx.toks[i - 1].is_any(&["lần", "times"]) {
        return ctx.toks.get(n.end).and_then(unit).map(|_| n.end + 1);
    }
    if n.value >= 1900.0 && !n.words {
        return None;
    }
    // "On 24 minutes, Fullkrug hit the post": a match minute, the ordinal rules' to read.
    if q.is_none() && super::ordinal::minute_on(toks, n.start).is_some() {
        return None;
    }
    let mut j = n.end;
    if toks.get(j).is_some_and(|t| t.is_punct('-')) {
        j += 1;
    }
    // "two and a half hours", "22 and half years": half a unit more.
    let and_a_half = if crate::token::words_at(toks, j, &["and", "a", "half"]) {
        j += 3;
        true
    } else if crate::token::words_at(toks, j, &["and", "half"]) {
        j += 2;
        true
    } else if toks.get(j).is_some_and(|t| t.is("and-a-half")) {
        // "the next 22-and-a-half years": the hyphened words are one token.
        j += 1;
        true
    } else {
        false
    };
    // "almost 12 agonizing hours", "three long days": one English describing word may stand
    // before the unit.
    let described = toks
        .get(j)
        .is_some_and(|t| t.s.is_ascii() && t.is_lower_word())
        && toks.get(j + 1).and_then(unit).is_some()
        && toks
            .get(j)
            .is_some_and(|t| unit(t).is_none() && !super::noun::FUNCTION.contains(t));
    if described {
        j += 1;
    }
    let u = toks.get(j).and_then(unit)?;
    // "24 (24 Giờ)": a capitalised unit is in a title.
    if toks[j].is_capitalized() && j > 0 {
        return None;
    }
    let mut end = j + 1;
    // "một ngày nào đó", "một ngày nọ" are "some day", not a duration; "14 năm tuổi",
    // "10 tháng tuổi", "45 years old" and "61 years of age" are ages.
    let of_age =
        toks.get(end).is_some_and(|t| t.is("of")) && toks.get(end + 1).is_some_and(|t| t.is("age"));
    if of_age || toks.get(end).is_some_and(|t| t.is_any(NO_LENGTH_AFTER)) {
        return None;
    }
    if u == DurationUnit::Hour
        && toks.get(end).is_some_and(|t| t.is("đồng"))
        && toks.get(end + 1).is_some_and(|t| t.is("hồ"))
    {
        end += 2;
    }
    let mut amount = n.value + if and_a_half { 0.5 } else { 0.0 };
    if toks.get(end).is_some_and(|t| t.is("rưỡi")) {
        amount += 0.5;
        end += 1;
    }
    let start = if q.is_some() { i } else { n.start };
    // "2 giờ 32 phút", "2 hours and 30 minutes": hours and minutes make one length, in minutes;
    // "9 minutes and 29 seconds" one in seconds.
    let (amount, u, after) = in_smaller_units(toks, end, amount, u);
    end = after;
    // "11 years and 3 months", "2 năm 6 tháng tù": years and months make one length, in years
    // when quarters of a year ("P11.25Y"), else in months ("7 năm 4 tháng": "P88M").
    let (amount, u, end) = match years_and_months(toks, u, end) {
        Some((months, after)) if amount.fract() == 0.0 && months % 3.0 == 0.0 => {
            (amount + months / 12.0, u, after)
        }
        Some((months, after)) if amount.fract() == 0.0 => {
            (amount * 12.0 + months, DurationUnit::Month, after)
        }
        _ => (amount, u, end),
    };
    push(ctx, out, "duration", q, (start, end), amount, u);
    Some(end)
}

/// The minutes after a length in hours ("2 giờ 32 phút", "two hours and 30 minutes", "four
/// hours, 42 minutes"), or the seconds after one in minutes ("9 minutes and 29 seconds"): their
/// number (under 60) and the token after them.
fn smaller_after(toks: &[Tok], end: usize, u: DurationUnit) -> Option<(f64, usize)> {
    let smaller = match u {
        DurationUnit::Hour => DurationUnit::Minute,
        DurationUnit::Minute => DurationUnit::Second,
        _ => return None,
    };
    smaller_part(toks, end, &[smaller]).map(|(n, _, after)| (n, after))
}

/// The parts of a length of time in smaller units after its first ("two hours, 13 minutes and
/// 44 seconds", "2 hours, 35 seconds"): the whole in the smallest unit written, and the token
/// after it. Hours and minutes alone stay as `smaller_after` reads them.
fn in_smaller_units(
    toks: &[Tok],
    end: usize,
    amount: f64,
    u: DurationUnit,
) -> (f64, DurationUnit, usize) {
    let (mut amount, mut u, mut end) = (amount, u, end);
    if amount.fract() != 0.0 {
        return (amount, u, end);
    }
    loop {
        let smaller: &[DurationUnit] = match u {
            DurationUnit::Hour => &[DurationUnit::Minute, DurationUnit::Second],
            DurationUnit::Minute => &[DurationUnit::Second],
            _ => &[],
        };
        let Some((n, v, after)) = smaller_part(toks, end, smaller) else {
            return (amount, u, end);
        };
        amount = amount * (u.minutes() / v.minutes()) + n;
        u = v;
        end = after;
    }
}

/// A whole number under 60 of one of `units` at token `end` (past "and", "và" or a comma):
/// its number, its unit and the token after it.
fn smaller_part(
    toks: &[Tok],
    end: usize,
    units: &[DurationUnit],
) -> Option<(f64, DurationUnit, usize)> {
    let mut k = end;
    if toks
        .get(k)
        .is_some_and(|t| t.is_any(&["and", "và"]) || t.is_punct(','))
    {
        k += 1;
    }
    let n = numeral::read(toks, k, false).filter(|n| !n.scaled && n.unit.is_none())?;
    let next = toks.get(n.end).and_then(unit)?;
    (units.contains(&next) && n.value.fract() == 0.0 && (1.0..60.0).contains(&n.value)).then_some((
        n.value,
        next,
        n.end + 1,
    ))
}

/// The months after a length in years ("11 years and 3 months", "2 năm 6 tháng"): their
/// number (under 12) and the token after them.
fn years_and_months(toks: &[Tok], u: DurationUnit, end: usize) -> Option<(f64, usize)> {
    if u != DurationUnit::Year {
        return None;
    }
    let mut k = end;
    if toks.get(k).is_some_and(|t| t.is_any(&["and", "và"])) {
        k += 1;
    }
    let n = numeral::read(toks, k, false).filter(|n| !n.scaled && n.unit.is_none())?;
    let month = toks.get(n.end).and_then(unit)?;
    (month == DurationUnit::Month && n.value.fract() == 0.0 && (1.0..12.0).contains(&n.value))
        .then_some((n.value, n.end + 1))
}

#[cfg(test)]
mod tests {
    use crate::extract::{example_published, extract_str};

    fn duration_slots(text: &str) -> Vec<String> {
        extract_str(text, Some(example_published()))
            .into_iter()
            .filter(|c| c.kind == crate::claim::Kind::Duration)
            .map(|c| c.slot.into_owned())
            .collect()
    }

    #[test]
    fn a_maximum_term_and_one_asked_for_are_not_the_term_given() {
        for (text, slot) in [
            (
                "She faced a maximum of 20 years in prison.",
                super::MAXIMUM_TERM,
            ),
            ("with a maximum sentence of 20 years", super::MAXIMUM_TERM),
            (
                "Holmes had been facing as much as 20 years.",
                super::MAXIMUM_TERM,
            ),
            (
                "Prosecutors asked for a 15-year prison sentence.",
                super::REQUESTED_TERM,
            ),
            (
                "shorter than the 15-year sentence requested by prosecutors",
                super::REQUESTED_TERM,
            ),
            (
                "Viện kiểm sát đề nghị mức án 12 năm tù.",
                super::REQUESTED_TERM,
            ),
            ("She was sentenced to 11 years in prison.", "duration"),
        ] {
            assert_eq!(duration_slots(text), [slot], "{text}");
        }
    }

    #[test]
    fn a_time_between_two_happenings_is_no_length_of_one() {
        for (text, slot) in [
            ("Phim ra mắt trước thị trường Mỹ 1 tuần.", "duration/offset"),
            ("Phim ra mắt sớm hơn Bắc Mỹ 2 ngày.", "duration/offset"),
            ("Ông qua đời 3 ngày trước khi nhận giải.", "duration/offset"),
            ("Khoảng 2 giờ sau, cảnh sát đến.", "duration"),
            ("Two hours later, police arrived.", "duration"),
            ("He died two days after the crash.", "duration/offset"),
            (
                "It strengthened to a Category 5 hurricane in just 12 hours before landfall.",
                "duration",
            ),
            (
                "Building has improved in the 60 years since then.",
                "duration/offset",
            ),
            ("It has been two weeks since the quake.", "duration/offset"),
            (
                "The film opened two weeks ahead of the US.",
                "duration/offset",
            ),
            ("Sau 5 ngày ra mắt, phim thu 100 triệu USD.", "duration"),
            ("Cuộc họp kéo dài 90 phút.", "duration"),
            ("Rescuers dug for 12 hours.", "duration"),
            (
                "Firefighters battled the blaze for more than 15 hours before putting it out.",
                "duration",
            ),
            (
                "Lính cứu hỏa chữa cháy suốt hơn 15 giờ trước khi dập tắt.",
                "duration",
            ),
            ("After 12 hours the fire was out.", "duration"),
            ("Anh đến Anfield ba năm trước đây.", "duration/ago"),
            ("Anh đến đây 3 ngày trước.", "duration/ago"),
            ("Cách đây khoảng 2 tuần, anh đến.", "duration/ago"),
            ("He arrived three years ago, and stayed.", "duration/ago"),
            ("Anh gắn bó với Anfield trong 5 năm.", "duration"),
            ("Phim ra mắt trước 1 tuần.", "duration"),
        ] {
            assert_eq!(duration_slots(text), [slot], "{text}");
        }
    }

    #[test]
    fn the_first_or_last_stretch_of_something_is_no_length_of_it() {
        for (text, slot) in [
            (
                "Trong 15 phút đầu của hiệp 2, đội khách ép sân.",
                "duration/portion",
            ),
            ("Doanh thu 6 tháng đầu năm tăng mạnh.", "duration/portion"),
            ("Ba phút cuối trận, đội nhà ghi bàn.", "duration/portion"),
            (
                "In the first 24 hours, 50 aftershocks struck.",
                "duration/portion",
            ),
            ("They scored in the final 10 minutes.", "duration/portion"),
            ("Hai đội thi đấu thêm 30 phút hiệp phụ.", "duration"),
            ("Over the last two years, prices rose.", "duration"),
            ("Cuộc họp kéo dài 90 phút đầy căng thẳng.", "duration"),
        ] {
            assert_eq!(duration_slots(text), [slot], "{text}");
        }
    }

    #[test]
    fn how_long_a_record_stood_is_kept_apart_by_its_record() {
        for (text, slot) in [
            (
                "It was the first collision of aircraft in the U.S. in 16 years.",
                "duration/record/first",
            ),
            (
                "That would make it the deadliest U.S. air crash in nearly 24 years.",
                "duration/record/deadliest",
            ),
            (
                "Việt Nam lần đầu tiên đánh bại Thái Lan trên sân nhà sau 27 năm.",
                "duration/record/first",
            ),
            ("Lạm phát cao nhất trong 10 năm qua.", "duration/record/cao"),
            ("Dự án phải hoàn thành ít nhất trong 3 năm.", "duration"),
            ("The talks lasted four hours in Brussels.", "duration"),
            ("The first meeting ended after 90 minutes.", "duration"),
        ] {
            assert_eq!(duration_slots(text), [slot], "{text}");
        }
    }
}
