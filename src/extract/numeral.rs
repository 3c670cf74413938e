//! Reading a number at a token position: digit forms (`100.000`, `100,000`, `6,1`, `1.5`),
//! number words (Vietnamese `hai mươi lăm`, English `twenty-five`) and scale words
//! (`1,5 triệu`, `3 tỷ`, `1.5 million`). It must not decide what the number counts.
//!
//! Cost: constant per token tried; scans at most a handful of following tokens.

use crate::token::{Class, Tok};

/// A number read from tokens `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral {
    pub value: f64,
    pub start: usize,
    pub end: usize,
    /// Written in words rather than digits.
    pub words: bool,
    /// A scale word (`triệu`, `million`) was applied.
    pub scaled: bool,
    /// The slot of a unit glued to the digits (`460m`, `6kg`, `15.000.000đ`).
    pub unit: Option<&'static str>,
}

/// Units written glued to digits, and the slot each gives: `460m`, `83mm`, `600kg`, `26MW`,
/// `15.000.000đ`, `50.000USD`. Matched exactly (case matters: `5G` is not five grams).
const GLUED_UNITS: &[(&str, &str)] = &[
    ("m", "m"),
    ("mm", "mm"),
    ("cm", "cm"),
    ("km", "km"),
    ("kg", "kg"),
    ("g", "g"),
    ("mg", "mg"),
    ("ha", "ha"),
    ("m2", "m2"),
    ("m3", "m3"),
    ("km2", "km2"),
    ("m²", "m2"),
    ("m³", "m3"),
    ("km²", "km2"),
    ("l", "litres"),
    ("lít", "litres"),
    ("ml", "ml"),
    ("tấn", "tonnes"),
    ("MW", "MW"),
    ("kW", "kW"),
    ("kWh", "kWh"),
    ("GW", "GW"),
    ("đ", "money/VND"),
    ("USD", "money/USD"),
    ("usd", "money/USD"),
    // English copy glues imperial units too: "fell 150ft", "a 600ft section", "40mph".
    ("ft", "feet"),
    ("mph", "mph"),
    ("kph", "km/h"),
    // "40.3C (104.5F)": read as temperatures only where the sentence speaks of one.
    ("C", "°C"),
    ("F", "°F"),
];

/// Splits `460m` into 460 and the slot of `m`; `None` for digits without a known unit.
fn glued(s: &str) -> Option<(f64, &'static str)> {
    let at = s.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
    let (digits, unit) = s.split_at(at);
    // "a 200ft-deep gorge": the word hyphened to the unit says what it measures.
    let unit = unit.split_once('-').map_or(unit, |(u, _)| u);
    let slot = GLUED_UNITS.iter().find(|(u, _)| *u == unit)?.1;
    Some((parse_digits(digits)?, slot))
}

/// Whether digits have one separator before exactly three digits ("103.300", "13,752"): read
/// as thousands in Vietnamese, as a decimal point in English.
pub fn one_thousands_group(s: &str) -> bool {
    s.matches(['.', ',']).count() == 1 && s.rsplit(['.', ',']).next().is_some_and(|g| g.len() == 3)
}

/// Parses a digit token with grouping rules: a separator followed by exactly three digits is
/// a thousands separator (`100.000`, `100,000`); otherwise `,` or `.` is a decimal point
/// (`6,1`, `242,9`, `1.5`). Mixed separators (`1.234,5`, `1,234.5`) are read as written.
pub fn parse_digits(s: &str) -> Option<f64> {
    // "22½ years": a vulgar fraction glued to the whole number.
    for (frac, add) in [('½', 0.5), ('¼', 0.25), ('¾', 0.75)] {
        if let Some(whole) = s.strip_suffix(frac) {
            return if whole.is_empty() {
                Some(add)
            } else {
                parse_digits(whole).map(|w| w + add)
            };
        }
    }
    if !s
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    let seps: Vec<(usize, u8)> = s
        .bytes()
        .enumerate()
        .filter(|(_, b)| !b.is_ascii_digit())
        .collect();
    if seps.is_empty() {
        return s.parse().ok();
    }
    let groups: Vec<&str> = s.split([',', '.']).collect();
    let kinds: Vec<u8> = seps.iter().map(|&(_, b)| b).collect();
    let all_same = kinds.iter().all(|&k| k == kinds[0]);
    let thousands =
        |gs: &[&str]| !gs[0].is_empty() && gs[0].len() <= 3 && gs[1..].iter().all(|g| g.len() == 3);
    if all_same {
        if thousands(&groups) {
            return groups.concat().parse().ok();
        }
        if groups.len() == 2 {
            return format!("{}.{}", groups[0], groups[1]).parse().ok();
        }
        return None; // `1.2.3` is an ID or a version
    }
    // Two kinds: the last separator is the decimal point, the others group thousands.
    let last = *kinds.last()?;
    if kinds[..kinds.len() - 1].contains(&last) {
        return None;
    }
    let (int, frac) = s.rsplit_once(last as char)?;
    let int_groups: Vec<&str> = int.split([',', '.']).collect();
    if !thousands(&int_groups) {
        return None;
    }
    format!("{}.{}", int_groups.concat(), frac).parse().ok()
}

/// Scale words and their factors; `nghìn tỷ` is handled as a product.
/// The unit of the last digit a figure was written with, its scale words included: "19 triệu"
/// → 1 triệu, "1,5 triệu" → 100 nghìn, "84,5" → 0.1, "100.000" → 1, "hai mươi lăm" → 1.
pub fn written_unit(toks: &[Tok], n: &Numeral) -> f64 {
    let scale_product: f64 = toks[n.start..n.end.min(toks.len())]
        .iter()
        .filter_map(scale)
        .product();
    let mantissa = n.value / scale_product;
    let mut unit = 1.0;
    for _ in 0..6 {
        let r = mantissa / unit;
        if (r - r.round()).abs() < 1e-6 {
            break;
        }
        unit /= 10.0;
    }
    unit * scale_product
}

/// "nửa tỷ đồng", "gần nửa triệu người": half of a scale (half a billion, half a million).
/// ("hơn chục người", "gần trăm người" are left unread: read as ten and a hundred, they were
/// set against exact counts of part of what they count, measured on the dev corpus.)
fn half_a_scale(toks: &[Tok], i: usize) -> Option<Numeral> {
    if !toks.get(i)?.is("nửa") {
        return None;
    }
    let f = toks.get(i + 1).and_then(scale).filter(|f| *f >= 1e3)?;
    Some(Numeral {
        value: f / 2.0,
        start: i,
        end: i + 2,
        words: true,
        scaled: true,
        unit: None,
    })
}

/// The Vietnamese scale words (thousand, million, billion).
pub const VI_SCALES: &[&str] = &["tỷ", "tỉ", "triệu", "nghìn", "ngàn"];

pub fn scale(t: &Tok) -> Option<f64> {
    const SCALES: [(&str, f64); 21] = [
        ("nghìn", 1e3),
        ("ngàn", 1e3),
        ("vạn", 1e4),
        ("triệu", 1e6),
        ("tỷ", 1e9),
        ("tỉ", 1e9),
        ("thousand", 1e3),
        ("million", 1e6),
        ("millions", 1e6),
        ("billion", 1e9),
        ("trillion", 1e12),
        // Wire copy's abbreviations: "a $35.3 bln all-stock deal", "$4 bn", "2.7 mln".
        ("mln", 1e6),
        ("bln", 1e9),
        ("bn", 1e9),
        ("trln", 1e12),
        ("thousands", 1e3),
        // "two dozen people": 24.
        ("dozen", 12.0),
        // Indian English: a lakh is a hundred thousand, a crore ten million ("₹10 lakh").
        ("lakh", 1e5),
        ("lakhs", 1e5),
        ("crore", 1e7),
        ("crores", 1e7),
    ];
    static KEYS: std::sync::LazyLock<crate::token::WordSet> =
        std::sync::LazyLock::new(|| crate::token::WordSet::new(SCALES.iter().map(|(w, _)| *w)));
    if t.class != Class::Word || !KEYS.contains(t) {
        return None;
    }
    if t.class != Class::Word {
        return None;
    }
    SCALES.iter().find(|(w, _)| t.is(w)).map(|&(_, f)| f)
}

fn vi_unit(t: &Tok, first: bool, after_tens: bool) -> Option<u64> {
    // Lower-case only, except at the start of a sentence the caller allows capitals.
    let w = t.s;
    let ok_case = t.is_lower_word() || first;
    if !ok_case {
        return None;
    }
    static UNITS: std::sync::LazyLock<crate::token::WordSet> =
        std::sync::LazyLock::new(|| crate::token::WordSet::new(VI_UNITS.iter().map(|(w, _)| *w)));
    if !UNITS.contains(t) && !t.is("mốt") && !t.is("tư") {
        return None;
    }
    for (u, v) in VI_UNITS {
        if crate::token::eq_fold(w, u) {
            if u == "lăm" && !after_tens {
                return None;
            }
            return Some(v);
        }
    }
    if after_tens && (t.is("mốt")) {
        return Some(1);
    }
    if after_tens && t.is("tư") {
        return Some(4);
    }
    None
}

/// Vietnamese unit words (`lăm` only after tens).
pub(crate) const VI_UNITS: [(&str, u64); 11] = [
    ("một", 1),
    ("hai", 2),
    ("ba", 3),
    ("bốn", 4),
    ("năm", 5),
    ("sáu", 6),
    ("bảy", 7),
    ("bẩy", 7),
    ("tám", 8),
    ("chín", 9),
    ("lăm", 5),
];

pub(crate) const EN_UNITS: [(&str, u64); 19] = [
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];
pub(crate) const EN_TENS: [(&str, u64); 8] = [
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// An English number word of one to ninety-nine as written in one word ("eight", "Twenty",
/// "twenty-five"), for forms that glue it to other words ("an eight-year-old boy").
pub fn english_number_word(s: &str) -> Option<u64> {
    let find = |w: &str, table: &[(&str, u64)]| {
        table
            .iter()
            .find(|(x, _)| x.eq_ignore_ascii_case(w))
            .map(|&(_, v)| v)
    };
    match s.split_once('-') {
        Some((tens, units)) => Some(find(tens, &EN_TENS)? + find(units, &EN_UNITS)?),
        None => find(s, &EN_UNITS).or_else(|| find(s, &EN_TENS)),
    }
}

/// A number written as one word that can end a range: English one to ninety-nine ("two or
/// three"), Vietnamese one to ten in lower case ("hai đến ba": capitalised, "Ba" and "Năm" are
/// names).
pub fn range_word(t: &Tok) -> Option<f64> {
    if t.class != Class::Word {
        return None;
    }
    if t.s.is_ascii() {
        if let Some(v) = english_number_word(t.s) {
            return Some(v as f64);
        }
    }
    if t.is("mười") && t.is_lower_word() {
        return Some(10.0);
    }
    vi_unit(t, false, false).map(|v| v as f64)
}

/// Whether a word is an English number word ("Two", "fifty", "Fifty-three"): one probe of the
/// word set by key for most words, the table read only for a hyphened one.
pub fn is_english_number_word(t: &Tok) -> bool {
    static WORDS: std::sync::LazyLock<crate::token::WordSet> = std::sync::LazyLock::new(|| {
        crate::token::WordSet::new(EN_UNITS.iter().chain(&EN_TENS).map(|(w, _)| *w))
    });
    WORDS.contains(t) || (t.s.contains('-') && t.s.is_ascii() && english_number_word(t.s).is_some())
}

fn lookup(t: &Tok, table: &[(&str, u64)]) -> Option<u64> {
    table.iter().find(|(w, _)| t.is(w)).map(|&(_, v)| v)
}

/// Reads a number starting at token `i`. `sentence_start` allows a capitalised first word.
pub fn read(toks: &[Tok], i: usize, sentence_start: bool) -> Option<Numeral> {
    let t = toks.get(i)?;
    match t.class {
        Class::Num => read_digits(toks, i),
        Class::Word => read_words(toks, i, sentence_start),
        Class::Punct => None,
    }
}

/// Words of a sentence about the weather's heat or cold, in which "40.3C" is degrees Celsius.
const TEMPERATURE_WORDS: &[&str] = &[
    "temperature",
    "temperatures",
    "heat",
    "heatwave",
    "degrees",
    "hottest",
    "warmest",
    "coldest",
    "mercury",
    "celsius",
    "fahrenheit",
    "nhiệt",
];

/// Whether a figure with a bare "C" or "F" glued to it is a temperature: its sentence speaks of
/// heat or cold, or gives one in both scales ("38.7C (101.7F)").
fn a_temperature(toks: &[Tok]) -> bool {
    let glued_to = |c: char| {
        toks.iter().any(|t| {
            t.class == Class::Num && t.s.ends_with(c) && t.s.as_bytes()[0].is_ascii_digit()
        })
    };
    toks.iter().any(|t| t.is_any(TEMPERATURE_WORDS)) || (glued_to('C') && glued_to('F'))
}

fn read_digits(toks: &[Tok], i: usize) -> Option<Numeral> {
    if let Some((value, unit)) = glued(toks[i].s) {
        // A bare letter is a temperature's only as the token's end ("47C-114.26" is a number
        // plate) and where the sentence speaks of one.
        if matches!(unit, "°C" | "°F")
            && !toks[i].s.contains('°')
            && (!toks[i].s.ends_with(['C', 'F']) || !a_temperature(toks))
        {
            return None;
        }
        return Some(Numeral {
            value,
            start: i,
            end: i + 1,
            words: false,
            scaled: false,
            unit: Some(unit),
        });
    }
    // "7.8M vehicles", "2.5bn": a scale glued to the digits (capital M only: "7.8m" is metres
    // unless a currency sign stands before it, which the caller reads).
    let glued_scale = [("M", 1e6), ("mn", 1e6), ("bn", 1e9)]
        .iter()
        .find_map(|&(suffix, f)| Some(parse_digits(toks[i].s.strip_suffix(suffix)?)? * f));
    if let Some(value) = glued_scale {
        return Some(Numeral {
            value,
            start: i,
            end: i + 1,
            words: false,
            scaled: true,
            unit: None,
        });
    }
    let mut value = parse_digits(toks[i].s)?;
    // "9,139 triệu USD": before a Vietnamese scale word the comma is a decimal comma, even
    // before three digits (English writes "9,139 million" with English scale words).
    if let Some((int, frac)) = toks[i].s.split_once(',') {
        let vietnamese_scale = toks.get(i + 1).is_some_and(|t| t.is_any(VI_SCALES));
        if vietnamese_scale && !frac.contains([',', '.']) && !int.contains('.') {
            value = format!("{int}.{frac}").parse().ok()?;
        }
    }
    let mut end = i + 1;
    let mut scaled = false;
    // "the Rs 600-crore mission", "a $5-billion deal": the scale hyphened to the digits.
    if let (Some(h), Some(w)) = (toks.get(end), toks.get(end + 1)) {
        if h.is_punct('-') && h.start == toks[i].end && w.start == h.end && scale(w).is_some() {
            end += 1;
        }
    }
    while let Some(f) = toks.get(end).and_then(scale) {
        value *= f;
        end += 1;
        scaled = true;
    }
    if scaled && toks.get(end).is_some_and(|t| t.is("rưỡi")) {
        let last = scale(&toks[end - 1]).unwrap_or(1.0);
        value += last / 2.0;
        end += 1;
    }
    // "3 tỷ 200 triệu đồng", "1 triệu 500 nghìn": the amount of a smaller Vietnamese scale
    // right after a larger one adds to it (3,200,000,000).
    let mut last = scaled
        .then(|| toks.get(end - 1).and_then(scale))
        .flatten()
        .filter(|_| toks[end - 1].is_any(VI_SCALES));
    while let (Some(larger), Some(n), Some(w)) = (last, toks.get(end), toks.get(end + 1)) {
        let smaller = scale(w).filter(|f| *f < larger && w.is_any(VI_SCALES));
        let amount = (n.class == Class::Num && n.s.len() <= 3)
            .then(|| n.s.parse::<f64>().ok())
            .flatten();
        let (Some(f), Some(amount)) = (smaller, amount) else {
            break;
        };
        value += amount * f;
        end += 2;
        last = Some(f);
    }
    Some(Numeral {
        value,
        start: i,
        end,
        words: false,
        scaled,
        unit: None,
    })
}

fn read_words(toks: &[Tok], i: usize, sentence_start: bool) -> Option<Numeral> {
    // English first: its words never collide with Vietnamese syllables.
    if let Some(n) = read_english(toks, i) {
        return Some(n);
    }
    if let Some(n) = half_a_scale(toks, i) {
        return Some(n);
    }
    let mut total: f64 = 0.0;
    let mut group: u64 = 0;
    let mut unit: Option<u64> = None;
    let mut j = i;
    let mut any = false;
    let mut after_tens = false;
    let mut last_scale: Option<f64> = None;
    let mut scaled = false;
    while let Some(t) = toks.get(j) {
        let first = j == i && sentence_start;
        if t.class != Class::Word {
            break;
        }
        if let Some(u) = vi_unit(t, first, after_tens) {
            // "năm" (five) after "mươi" is the noun "year": "hai mươi năm".
            if t.is("năm") && after_tens {
                break;
            }
            if unit.is_some() {
                break; // "hai ba" is a range, not a number
            }
            unit = Some(u);
            after_tens = false;
        } else if t.is("mười") && (t.is_lower_word() || (j == i && sentence_start)) {
            if unit.is_some() {
                break;
            }
            group += 10;
            after_tens = true;
        } else if t.is_any(&["mươi", "chục"]) && unit.is_some() {
            // "hai mươi", and "hai chục" (two tens): 20.
            group += unit.take().unwrap_or(0) * 10;
            after_tens = true;
        } else if t.is("trăm") && (unit.is_some() || any) {
            group += unit.take().unwrap_or(1) * 100;
            after_tens = true; // "một trăm tư"
        } else if t.is_any(&["linh", "lẻ"]) && group > 0 && unit.is_none() {
            after_tens = false;
        } else if let Some(f) = scale(t).filter(|_| any) {
            let g = group + unit.take().unwrap_or(0);
            if g == 0 && last_scale.is_some_and(|l| l < f) {
                total *= f; // "nghìn tỷ"
            } else {
                total += g.max(1) as f64 * f;
            }
            group = 0;
            last_scale = Some(f);
            scaled = true;
            after_tens = true;
        } else if t.is("rưỡi") && any {
            let half = last_scale.unwrap_or(1.0) / 2.0;
            total += (group + unit.take().unwrap_or(0)) as f64 + half;
            group = 0;
            j += 1;
            break;
        } else {
            break;
        }
        any = true;
        j += 1;
    }
    if j == i {
        return None;
    }
    let value = total + (group + unit.unwrap_or(0)) as f64;
    Some(Numeral {
        value,
        start: i,
        end: j,
        words: true,
        scaled,
        unit: None,
    })
}

/// Units of distance that "a" counts as one ("about a kilometre from the shore"); not "a ton
/// of", which is a lot.
const A_DISTANCE: &[&str] = &["kilometre", "kilometer", "mile", "metre", "meter"];

fn read_english(toks: &[Tok], i: usize) -> Option<Numeral> {
    // Gate: the first word must be an English number word or "a" (a hundred).
    static FIRST: std::sync::LazyLock<crate::token::WordSet> = std::sync::LazyLock::new(|| {
        let words = EN_UNITS.iter().chain(&EN_TENS).map(|(w, _)| *w);
        crate::token::WordSet::new(words.chain(["a", "half"]))
    });
    let first = toks.get(i)?;
    // "half a million": half of the amount "a million" reads.
    if first.is("half") {
        let rest = read_english(toks, i + 1).filter(|n| n.scaled && toks[i + 1].is("a"))?;
        return Some(Numeral {
            value: rest.value / 2.0,
            start: i,
            ..rest
        });
    }
    if !FIRST.contains(first) && !first.s.contains('-') {
        return None;
    }
    let mut j = i;
    let mut total = 0.0;
    let mut group = 0u64;
    let mut any = false;
    let mut scaled = false;
    // "two and a half million", "two and a half miles": half a unit of what follows more.
    let mut half = 0.0;
    while let Some(t) = toks.get(j) {
        let and_a_half = crate::token::words_at(toks, j, &["and", "a", "half"]);
        if and_a_half && any && !scaled && half == 0.0 {
            half = 0.5;
            j += 3;
            continue;
        }
        if t.class == Class::Punct && t.s == "-" && any {
            j += 1;
            continue;
        }
        if t.class != Class::Word {
            break;
        }
        // Hyphenated words such as "twenty-five" are one token.
        if let Some((a, b)) = t.s.split_once('-') {
            let ta = Tok { s: a, ..*t };
            let tb = Tok { s: b, ..*t };
            if let (Some(x), Some(y)) = (lookup(&ta, &EN_TENS), lookup(&tb, &EN_UNITS)) {
                group += x + y;
                any = true;
                j += 1;
                continue;
            }
            // "a one-kilometre stretch": the figure measures the unit after its hyphen.
            if let Some(x) = lookup(&ta, &EN_UNITS).or_else(|| lookup(&ta, &EN_TENS)) {
                let unit = super::noun::measure_word(b, t);
                if let Some(unit) = unit.filter(|_| !any) {
                    return Some(Numeral {
                        value: x as f64,
                        start: i,
                        end: j + 1,
                        words: true,
                        scaled: false,
                        unit: Some(unit),
                    });
                }
            }
            break;
        }
        if let Some(v) = lookup(t, &EN_UNITS).or_else(|| lookup(t, &EN_TENS)) {
            group += v;
        } else if t.is("hundred") && any {
            group = group.max(1) * 100;
        } else if t.is("a")
            && !any
            && toks.get(j + 1).is_some_and(|n| {
                n.is_any(&["hundred", "thousand", "million", "billion", "dozen"])
                    || n.is_any(A_DISTANCE)
            })
        {
            group = 1;
        } else if let Some(f) = scale(t).filter(|_| any && !t.is("thousands") && !t.is("millions"))
        {
            total += (group.max(1) as f64 + half) * f;
            group = 0;
            half = 0.0;
            scaled = true;
        } else if t.is("and")
            && any
            // "one hundred and five", "a thousand and one"; "two and three" are two figures.
            && ((group > 0 && group % 100 == 0) || (group == 0 && total > 0.0))
            && toks
                .get(j + 1)
                .is_some_and(|n| lookup(n, &EN_UNITS).is_some() || lookup(n, &EN_TENS).is_some())
        {
            // "one hundred and five"
        } else {
            break;
        }
        any = true;
        j += 1;
    }
    if !any {
        return None;
    }
    Some(Numeral {
        value: total + group as f64 + half,
        start: i,
        end: j,
        words: true,
        scaled,
        unit: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Span;
    use crate::token::tokenize;

    fn num(s: &str) -> Option<(f64, usize)> {
        let mut toks = Vec::new();
        tokenize(s, Span::new(0, s.len()), &mut toks);
        read(&toks, 0, false).map(|n| (n.value, n.end))
    }

    #[test]
    fn digit_grouping() {
        let cases = [
            ("100.000", Some(100000.0)),
            ("100,000", Some(100000.0)),
            ("6,1", Some(6.1)),
            ("242,9", Some(242.9)),
            ("1.5", Some(1.5)),
            ("1,234,567", Some(1234567.0)),
            ("1.234,5", Some(1234.5)),
            ("1,234.5", Some(1234.5)),
            ("12,3456", Some(12.3456)),
            ("1.2.3", None),
            ("2014", Some(2014.0)),
        ];
        for (s, want) in cases {
            assert_eq!(parse_digits(s), want, "{s}");
        }
    }

    #[test]
    fn words_and_scales() {
        let cases = [
            ("hai mươi lăm người", Some((25.0, 3))),
            ("mười lăm", Some((15.0, 2))),
            ("hai mươi mốt", Some((21.0, 3))),
            ("một trăm linh năm", Some((105.0, 4))),
            ("ba nghìn", Some((3000.0, 2))),
            ("bốn giờ", Some((4.0, 1))),
            ("hai mươi năm", Some((20.0, 2))),
            ("hai chục người", Some((20.0, 2))),
            ("ba chục nghìn", Some((30_000.0, 3))),
            ("1,5 triệu", Some((1_500_000.0, 2))),
            ("290 triệu đồng", Some((290_000_000.0, 2))),
            ("9,139 triệu USD", Some((9_139_000.0, 2))),
            ("100,000 quân", Some((100_000.0, 1))),
            ("3 tỷ", Some((3e9, 2))),
            ("hai triệu rưỡi", Some((2_500_000.0, 3))),
            ("1.5 million", Some((1_500_000.0, 2))),
            ("twenty-five", Some((25.0, 1))),
            ("two hours", Some((2.0, 1))),
            ("a hundred", Some((100.0, 2))),
            ("two and a half miles", Some((2.5, 4))),
            ("two and a half million", Some((2_500_000.0, 5))),
            ("one million and a half", Some((1_000_000.0, 2))),
            ("460m", Some((460.0, 1))),
            ("16,5m", Some((16.5, 1))),
            ("15.000.000đ", Some((15_000_000.0, 1))),
            ("5G", None),
            ("một giờ", Some((1.0, 1))),
            ("Ba Lan", None),
        ];
        for (s, want) in cases {
            assert_eq!(num(s), want, "{s}");
        }
    }
}
