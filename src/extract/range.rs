//! Ranges of a figure: `từ 6 đến 13 tuổi`, `6-13 tuổi`, `từ 5 - 12 tuổi`, `từ 15 đến 20
//! người`, and with the noun before them (`độ tuổi từ 5-12`, `độ ẩm từ 55 - 97%`). Each end is a
//! claim of its own (`age/min` = 6, `age/max` = 13): outlets disagree about one end at a time.
//! It must not read dates or times (`từ 8 giờ đến 10 giờ`, `từ ngày 23-25/5`), and a range
//! with no counted noun (a score, `2-1`) is not read.

use super::noun::noun_at;
use super::numeral;
use super::Ctx;
use crate::claim::{Claim, Kind, Value};
use crate::examples;
use crate::token::{Class, Tok};

pub const EXAMPLES: &[super::Example] = examples![
    "range": "các học sinh này tuổi từ 6 đến 13, chủ yếu" => ["number=6", "number=13"],
    "range": "38 nữ sinh, từ 5-13 tuổi, đang ngủ" => ["number=38", "number=5", "number=13"],
    "range": "trong độ tuổi từ 5 - 12 tuổi" => ["number=5", "number=12"],
    "range": "trẻ trong độ tuổi từ 5-12." => ["number=5", "number=12"],
    "range": "Độ ẩm từ 55 - 97%." => ["number=55", "number=97"],
    "range": "nhóm từ 15 đến 20 người" => ["number=15", "number=20"],
    "range": "nhóm 15 đến 20 người" => ["number=15", "number=20"],
    "range": "các em 6-13 tuổi" => ["number=6", "number=13"],
    "!range": "thắng 2-1 trước Hà Nội" => ["number=2-1"],
    "!range": "từ 8 giờ đến 10 giờ" => ["time=08:00", "time=10:00"],
    "!range": "từ 20 đến 15" => [],
    "!range": "with 0 to 240 magnitude 3 or higher aftershocks" => ["number=3"],
    "range": "Các trận động đất có độ lớn từ 2.6 đến 4.2 độ." => ["number=2.6", "number=4.2"],
    "range": "Five quakes of magnitude 2.5 to 4.2 struck the district." => ["number=5", "number=2.5", "number=4.2"],
    "range": "xảy ra 5 trận động đất, có độ lớn từ 2.5 đến 4.2, độ sâu 8 km" => ["number=5", "number=2.5", "number=4.2", "number=8"],
    "range": "the victims were aged between 20 and 30." => ["number=20", "number=30"],
    "range": "twelve boys aged 11 to 17 from a local team" => ["number=12", "number=11", "number=17"],
    "range": "The missing boys, ages 11 to 16, and their coach" => ["number=11", "number=16"],
    "range": "the dead ranged in age from 14 to 27, the mayor said" => ["number=14", "number=27"],
    "range": "Those who died were between 16 and 23 years old." => ["number=16", "number=23"],
    "range": "children aged 5-12 and adults aged from 20 to 30 attended" => ["number=5", "number=12", "number=20", "number=30"],
    "range": "a crowd of 20 to 30 people" => ["number=20", "number=30"],
    "range": "between 15 and 20 people were hurt" => ["number=15", "number=20"],
    "!range": "the toll rose from 262 to 272 people" => ["number=272"],
    "!range": "the toll was revised up from 262 to 272 people" => ["number=272"],
    "range": "from 20 to 25 people were hurt" => ["number=20", "number=25"],
    "range": "an estimated 20,000 to 25,000 pilgrims had gathered" => ["number=20000", "number=25000"],
    "range": "lương của kỹ sư là 8 – 10 triệu đồng." => ["number=8000000", "number=10000000"],
    "range": "between 2 and 3 million people" => ["number=2000000", "number=3000000"],
    "range": "between ten and twelve people were hurt" => ["number=10", "number=12"],
    "!range": "a sentence of between 40 and 50 years in prison" => ["duration=P50Y"],
    "range": "Two or three people were injured" => ["number=2", "number=3"],
    "range": "có 2 hoặc 3 người bị thương" => ["number=2", "number=3"],
    "range": "hai hoặc ba ngôi nhà bị cháy" => ["number=2", "number=3"],
    "range": "hai đến ba người chết" => ["number=2", "number=3"],
    "!range": "1 or 10 people" => ["number=10"],
    "range": "some 30 cars and between five to 10 trucks were on the road" => ["number=30", "number=5", "number=10"],
    "range": "five to 10 trucks were on the road" => ["number=5", "number=10"],
    "!range": "ông Ba tới 5 lần" => ["number=5"],
    "range": "bringing the target range to 5.25% to 5.50%" => ["number=5.25", "number=5.5"],
    "range": "The previous range was 5%-5.25%." => ["number=5", "number=5.25"],
    "!range": "lifted the rate from roughly 5.1% to 5.3%" => ["number=5.1", "number=5.3"],
];

/// Tokens back from a range of ages within which a toll makes them the ages of its dead,
/// injured or missing.
const AGES_TOLL_REACH: usize = 8;

/// A plain figure token: digits with separators, no letters.
fn figure(t: &Tok) -> Option<f64> {
    (t.class == Class::Num)
        .then(|| numeral::parse_digits(t.s))
        .flatten()
}

fn is_dash(t: &Tok) -> bool {
    t.is_punct('-') || t.is_punct('–')
}

/// Words that join two figures into a range of what is not known exactly: "two or three
/// people", "2 hoặc 3 người", "5 hay 6 lần".
const OR: &[&str] = &["or", "hoặc", "hay"];

/// A range joined by "or" gives two guesses close together ("two or three", "10 or 20"), not
/// two things ("1 or 10 of them"): the high end at most this many times the low one, plus one.
const OR_SPREAD: f64 = 2.0;

/// The two ends at `j`: "6 đến 13", "6 - 13", "2 or 3", or one token "6-13". Returns (low,
/// high, the token after the range).
fn ends(toks: &[Tok], j: usize, opener: Opener) -> Option<(f64, f64, usize)> {
    // Every word that may join two ends, probed once by key: most figures have none after them.
    static JOINERS: std::sync::LazyLock<crate::token::WordSet> = std::sync::LazyLock::new(|| {
        crate::token::WordSet::new(
            ["and", "to", "đến", "tới"]
                .into_iter()
                .chain(OR.iter().copied()),
        )
    });
    let t = toks.get(j)?;
    let joins = |link: &Tok| {
        JOINERS.contains(link)
            && match opener {
                // "between five to 10 trucks": the loose "to" after "between" joins as "and".
                Opener::Between => link.is_any(&["and", "to"]),
                Opener::Tu => link.is_any(&["đến", "tới"]),
                Opener::None => link.is_any(&["to", "đến", "tới"]) || link.is_any(OR),
            }
    };
    let spread = |(a, b, after): (f64, f64, usize), link: &Tok| {
        (!link.is_any(OR) || b <= OR_SPREAD * a + 1.0).then_some((a, b, after))
    };
    if t.class != Class::Num {
        // "four to six hours", "between two and three days", "hai đến ba người": number words
        // as ends, the high one maybe in digits ("five to 10 trucks").
        let link = toks.get(j + 1).filter(|l| is_dash(l) || joins(l))?;
        let a = numeral::range_word(t)?;
        let b = toks
            .get(j + 2)
            .and_then(|h| numeral::range_word(h).or_else(|| figure(h)))?;
        return spread((a, b, j + 3), link);
    }
    // Most figures are no range: look at the joiner before parsing anything.
    let dash_after = toks.get(j + 1).is_some_and(is_dash);
    let joined_after = toks.get(j + 1).is_some_and(joins);
    if opener == Opener::None && !dash_after && !joined_after && !t.s.contains('-') {
        return None;
    }
    if let Some((a, b)) = t.s.split_once('-') {
        let (a, b) = (numeral::parse_digits(a)?, numeral::parse_digits(b)?);
        return Some((a, b, j + 1));
    }
    let a = figure(t)?;
    let link = toks.get(j + 1)?;
    if !(is_dash(link) || joins(link)) {
        return None;
    }
    let b = figure(toks.get(j + 2)?)?;
    spread((a, b, j + 3), link)
}

/// A range of percentages with the sign on both ends, "5.25% to 5.50%", "5%-5.25%": (low,
/// high, the token of the second sign, which names what both count). Not after "from", where
/// two rates are where a rate stood and where it stands ("from roughly 5.1% to 5.3%").
fn percent_ends(toks: &[Tok], j: usize) -> Option<(f64, f64, usize)> {
    let is_percent = |k: usize| toks.get(k).is_some_and(|t| t.s == "%");
    if !is_percent(j + 1) || !is_percent(j + 4) {
        return None;
    }
    let link = &toks[j + 2];
    if !(is_dash(link) || link.is("to")) {
        return None;
    }
    let from = (j.saturating_sub(2)..j).any(|k| toks[k].is("from"));
    if from {
        return None;
    }
    Some((figure(&toks[j])?, figure(&toks[j + 3])?, j + 4))
}

/// The two ends of a range whose first figure is token `figure`, the word before it opening
/// the range or not ("từ 3 – 5 năm", "3-5 năm", "between 3 and 5", "3 to 5 years"): (low,
/// high, the token after the range).
pub(super) fn ends_from(toks: &[Tok], figure: usize) -> Option<(f64, f64, usize)> {
    let opener = match figure.checked_sub(1).map(|k| &toks[k]) {
        Some(t) if t.is("từ") => Opener::Tu,
        Some(t) if t.is("between") => Opener::Between,
        _ => Opener::None,
    };
    ends(toks, figure, opener)
}

/// Whether "aged", "ages" or "age" opens the range at `i`, right before it or before its
/// "from" ("ranged in age from 14 to 27").
fn ages_before(toks: &[Tok], i: usize) -> bool {
    let at = match i.checked_sub(1).map(|k| &toks[k]) {
        Some(t) if t.is("from") => i.checked_sub(2),
        _ => i.checked_sub(1),
    };
    at.is_some_and(|k| toks[k].is_any(&["aged", "ages", "age"]))
}

/// Words of a figure that changed: after them "from 262 to 272" is where it stood and where it
/// stands.
const CHANGES: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rises",
    "rising",
    "raised",
    "increased",
    "increase",
    "climbed",
    "jumped",
    "grew",
    "fell",
    "fallen",
    "dropped",
    "declined",
    "revised",
    "up",
    "down",
    "went",
    "gone",
    "changed",
    "cut",
    "reduced",
    "lowered",
    "doubled",
];

/// The word that opens a range: Vietnamese "từ" (from), English "between", or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opener {
    Tu,
    Between,
    None,
}

/// Pushes one end of the range `whole` (each end's claim keeps the whole range it ends).
fn push(
    ctx: &Ctx,
    out: &mut Vec<Claim>,
    (a, b): (usize, usize),
    (value, whole): (f64, (f64, f64)),
    slot: String,
) {
    let slot = slot.into();
    out.push(Claim {
        kind: Kind::Number,
        value: Value::Number(value),
        range: whole,
        qualifier: None,
        slot,
        span: ctx.span(a, b),
        sentence: ctx.sentence,
        rule: "range",
        weekday: None,
    });
}

/// Tries the range rule at token `i` ("từ", or the first figure of "6-13 tuổi").
pub fn at(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    static FROM: std::sync::LazyLock<crate::token::WordSet> =
        std::sync::LazyLock::new(|| crate::token::WordSet::new(["từ", "between"]));
    let opener = if toks[i].class != Class::Word || !FROM.contains(&toks[i]) {
        Opener::None
    } else if toks[i].is("between") {
        Opener::Between
    } else {
        Opener::Tu
    };
    let from = opener != Opener::None;
    // "rose from 262 to 272 people" is a change, not a range; "from 20 to 25 people were
    // hurt" is a range.
    if opener == Opener::None && i > 0 && toks[i - 1].is("from") {
        let changed = toks[i.saturating_sub(6)..i - 1]
            .iter()
            .any(|t| t.is_any(CHANGES));
        if changed {
            return None;
        }
    }
    let first = if from { i + 1 } else { i };
    let (lo, hi, mut after) = ends(toks, first, opener).or_else(|| percent_ends(toks, first))?;
    if lo >= hi {
        return None;
    }
    // A scale word after the second figure scales both: "8 – 10 triệu đồng", "2-3 million".
    let mut factor = 1.0;
    if let Some(f) = toks.get(after).and_then(numeral::scale) {
        factor = f;
        after += 1;
    }
    let (lo, hi) = (lo * factor, hi * factor);
    // "between 16 and 23 years old": ages.
    let years_old = toks
        .get(after)
        .is_some_and(|t| t.is_any(&["years", "year"]))
        && toks.get(after + 1).is_some_and(|t| t.is("old"));
    // "between 40 and 50 years in prison": a length of time, read by the duration rules.
    if factor == 1.0 && !years_old && toks.get(after).and_then(super::noun::time_unit).is_some() {
        return None;
    }
    // The counted noun after the range, or (after "từ", "between") the one just before it;
    // "aged between 20 and 30" gives ages.
    let before = |k: usize| {
        if toks[k].is("aged") {
            Some("age")
        } else {
            noun_at(toks, k).map(|(slot, _)| slot)
        }
    };
    // An English plural the lexicon does not know counts what it names ("25,000 pilgrims").
    let plural = toks
        .get(after)
        .filter(|t| super::noun::is_plural_as_written(t));
    // A measure named before the range: a quake's magnitudes after "từ" ("độ lớn từ 2.6 đến
    // 4.2 độ"), or right before the first figure ("quakes of magnitude 2.5 to 4.2 struck").
    let named_before = if from {
        super::noun::vietnamese_magnitude(toks, i, after).map(|(slot, taken)| (slot, after + taken))
    } else {
        i.checked_sub(1)
            .and_then(|k| noun_at(toks, k))
            .filter(|(slot, _)| super::noun::is_measure(slot))
            .map(|(slot, _)| (slot, after))
    };
    let (slot, end) = match (noun_at(toks, after), plural, named_before) {
        _ if years_old => ("age".to_string(), after + 2),
        (Some((slot, len)), _, _) => (slot.to_string(), after + len),
        (None, Some(t), _) => (t.s.to_lowercase(), after + 1),
        (None, None, Some((slot, end))) => (slot.to_string(), end),
        (None, None, None) if from => (i.checked_sub(1).and_then(before)?.to_string(), after),
        // "twelve boys aged 11 to 17", "the boys, ages 11 to 16", "aged from 20 to 30".
        (None, None, None) if ages_before(toks, i) => ("age".to_string(), after),
        (None, None, None) => return None,
    };
    // Ages of those a toll counts ("17 trẻ thiệt mạng trong độ tuổi từ 5-12") are theirs, not
    // those of everyone the story names ("những đứa trẻ sống trong ký túc xá … từ 3 đến 13").
    let toll = (slot == "age")
        .then(|| {
            super::noun::toll_before(toks, i, AGES_TOLL_REACH)
                .or_else(|| super::noun::toll_of_clause_subject(toks, i))
        })
        .flatten();
    // "0 to 240 magnitude 3 or higher aftershocks": counts of quakes of the magnitude after
    // them, which is read next.
    if slot == "magnitude" && toks.get(end).is_some_and(|t| t.class == Class::Num) {
        return None;
    }
    let slot = match toll {
        Some(toll) => format!("age/{toll}"),
        // "home to roughly 4,600–4,800 people": how many live there, as a single figure is.
        None if ["people", "residents", "inhabitants"].contains(&slot.as_str())
            && super::noun::population_before(toks, i) =>
        {
            super::noun::POPULATION.to_string()
        }
        None => slot,
    };
    // Only counts and measures: "từ 2 đến 3 lần" is a count too, but times of day and dates
    // never reach here (their rules run first).
    push(ctx, out, (i, end), (lo, (lo, hi)), format!("{slot}/min"));
    push(ctx, out, (i, end), (hi, (lo, hi)), format!("{slot}/max"));
    Some(end)
}
