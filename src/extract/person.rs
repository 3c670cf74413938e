//! Figures about a person: birth years (`SN 1985`, `sinh năm 1975`, `Trần Hữu Anh (1986,
//! trú …)`), the age a birth year gives in the year of publication, and ages written before
//! the figure (`ở tuổi 55`). Each is carried as that person's (`born/Phạm Đức Huy`,
//! `age/Phạm Đức Huy`) when a name stands before it, so alignment can set one outlet's age of
//! a person against another's. It must not read ages written `45 tuổi` (the figure rule does)
//! or decide which person two outlets mean.

use super::Ctx;
use crate::claim::{Claim, Kind, Value};
use crate::examples;
use crate::token::{Class, Tok, WordSet};
use chrono::Datelike;
use std::sync::LazyLock;

pub const EXAMPLES: &[super::Example] = examples![
    "birth_year": "anh Phạm Đức Huy (SN 1985, trú tại P. Khánh Xuân)" => ["number=1985", "number=37"],
    "birth_year": "tài xế Nguyễn Quang Huy, SN 1988 ở thành phố" => ["number=1988", "number=34"],
    "birth_year": "Nguyễn Văn Biểu (SN1995, quê Phú Xuyên)" => ["number=1995", "number=27"],
    "!birth_year": "mã SN19951 của lô hàng" => [],
    "birth_year": "bà Trần Thị Giêng (sinh năm 1968)" => ["number=1968", "number=54"],
    "birth_year": "đối tượng Trần Hữu Anh (1986, trú tại địa bàn)" => ["number=1986", "number=36"],
    "!birth_year": "từ năm 1986, trú tại" => ["date=1986"],
    "!birth_year": "đây là lứa học sinh năm 1973" => ["date=1973"],
    "!birth_year": "liệt sĩ hy sinh năm 1972 tại Quảng Trị" => ["date=1972"],
    "birth_year": "Tiền vệ sinh năm 1995 này sẽ bay" => ["number=1995", "number=27"],
    "!birth_year": "Nghị định (2016, sửa đổi)" => [],
    "!birth_year": "phim The Dresden Files (2007), CSI: Miami (2010)" => [],
    "age_before": "qua đời ở tuổi 55 sau một thời gian" => ["number=55"],
    "age_before": "Dù đã ở tuổi 40 nhưng" => ["number=40"],
    "!age_before": "độ tuổi 18 đến" => [],
    "age_before": "a man aged 45 was arrested" => ["number=45"],
    "age_before": "The victims, aged 45 and 52, were pronounced dead" => ["number=45", "number=52"],
    "age_before": "Jane Doe, aged 31, said" => ["number=31"],
    "age_before": "Mr Clarke, aged 101, was convicted" => ["number=101"],
    "age_years_old": "The 59-year-old former law professor" => ["number=59"],
    "!age_years_old": "the 150-year-old tradition" => [],
    "age_years_old": "the driver, who is 45 years old, said" => ["number=45"],
    "age_years_old": "the appellant was 61 years of age" => ["number=61"],
    "age_years_old": "a 20-year-old building" => ["number=20"],
    "age_years_old": "The 150-year-old bridge, a major tourist attraction, was reopened" => ["number=150"],
    "!age_years_old": "a 20-year-old record" => [],
    "age_years_old": "the 50-year-old Morandi bridge gave way" => ["number=50"],
    "age_years_old": "Saman Kunan, a 38 years-old volunteer, died" => ["number=38"],
    "age_years_old": "An eight-year-old boy was among those injured" => ["number=8"],
    "age_years_old": "a twenty-five-year-old man" => ["number=25"],
    "!age_years_old": "a two-year-old dispute" => [],
    "age_years_old": "Her nine-month-old daughter was also attacked" => ["number=9"],
    "age_years_old": "whose 9-month-old daughter was injured in the attack" => ["number=9"],
    "age_years_old": "The firefighters who died were 60 and 25 years old." => ["number=60", "number=25"],
    "age_years_old": "Hai nạn nhân lần lượt 60 và 25 tuổi." => ["number=2", "number=60", "number=25"],
    "!age_years_old": "The two bridges are 60 and 200 years old" => ["number=2", "number=200"],
    "age_apposition": "Tsai, 59, was sworn in" => ["number=59"],
    "age_apposition": "said Sergei Ryabkov, 61, after the talks" => ["number=61"],
    "age_apposition": "The driver, 38, was among the dead" => ["number=38"],
    "age_apposition": "identified as Annabell Rodriguez, 10; and Amerie Jo Garza, 9." => ["number=10", "number=9"],
    "age_apposition": "Uziyah Garcia and Xavier Lopez, both 10, died" => ["number=10", "number=10"],
    "!age_apposition": "truy cập vào mạng tin nhắn của SWIFT, 3." => [],
    "!age_apposition": "Garcia and Lopez, both 10 minutes late" => ["duration=PT10M"],
    "!age_apposition": "the rooms, 12, 14 and 16 were empty" => [],
    "!age_apposition": "In Paris, 2016, 59 people" => ["number=59"],
    "!age_apposition": "Rooms 12, 14, 16 were empty" => [],
];

/// Words that introduce a person by their given name alone: "bé Nam", "anh Huy".
const KIN_TITLES: &[&str] = &[
    "ông", "bà", "anh", "chị", "em", "bé", "cháu", "cô", "chú", "cậu", "Mr", "Ms", "Mrs",
];

static KIN: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(KIN_TITLES.iter().copied()));

/// Words that introduce another name of the same person ("tên gọi khác", "biệt danh").
const NICKNAME_WORDS: &[&[&str]] = &[
    &["tên", "gọi", "khác"],
    &["biệt", "danh"],
    &["bí", "danh"],
    &["còn", "gọi", "là"],
    &["tức"],
    &["alias"],
    &["aka"],
];

/// The person a figure describes, named just before it: "Nguyễn Anh Tuấn (42 tuổi",
/// "Lê Văn Tưởng, 41 tuổi", "bé Nam, 4 tuổi". Two capitalised words or more, or one after a
/// word such as "anh", "bé".
pub fn person_before(toks: &[Tok], figure_start: usize) -> Option<String> {
    let mut k = figure_start;
    // "Natalie Tyson, năm nay 26 tuổi": "this year" between the name and the age.
    if k >= 2 && toks[k - 1].is("nay") && toks[k - 2].is("năm") {
        k -= 2;
    }
    while k > 0 && toks[k - 1].class == Class::Punct && toks[k - 1].is_any(&["(", ","]) {
        k -= 1;
    }
    // An initial's full stop ("Nguyễn Văn T. (45 tuổi)") belongs to the name.
    let initial_dot = k > 1
        && toks[k - 1].is_punct('.')
        && toks[k - 2].class == Class::Word
        && toks[k - 2].s.chars().count() == 1
        && toks[k - 2].is_capitalized();
    if initial_dot {
        k -= 1;
    }
    let end = k;
    k = name_run_start(toks, k);
    let (k, title_before) = after_titles(toks, k, end);
    // "Mr Clarke, aged 101": an English title before one name says person as a lower-case
    // Vietnamese title does.
    let titled = title_before
        || (k > 0 && KIN.contains(&toks[k - 1]) && !toks[k - 1].is_capitalized())
        || (end - k == 2 && crate::token::is_title_abbreviation(toks[k].s));
    // A title word opening the sentence ("Ông Hiền") is capitalised and was taken in the run.
    let k = if end - k >= 2 && KIN.contains(&toks[k]) {
        k + 1
    } else {
        k
    };
    if !(end - k >= 2 || (end - k == 1 && titled)) {
        return None;
    }
    // "Dương Hữu Trí (tên gọi khác: Tý Heo, SN 1987)": a nickname inside the brackets; the
    // age is the person named before them.
    if !titled {
        let mut j = k;
        if j > 0 && toks[j - 1].is_punct(':') {
            j -= 1;
        }
        let alias = NICKNAME_WORDS
            .iter()
            .find(|w| j >= w.len() && crate::token::words_at(toks, j - w.len(), w))
            .map(|w| j - w.len());
        if let Some(a) = alias.filter(|&a| a > 0 && toks[a - 1].is_punct('(')) {
            if let Some(p) = person_before(toks, a - 1) {
                return Some(p);
            }
        }
    }
    // "Hồ Lĩnh, con của ông Nghĩa 19 tuổi": the name after a relation word describes whose
    // son; the age is the person named before it.
    let title_at = if titled { k - 1 } else { k };
    if title_at >= 2 && toks[title_at - 1].is("của") && RELATION.contains(&toks[title_at - 2]) {
        let before = title_at - 2;
        if before >= 1 && toks[before - 1].is_punct(',') {
            if let Some(p) = person_before(toks, before) {
                return Some(p);
            }
        }
    }
    Some(name_of(&toks[k..end]))
}

/// Where the name starts in a run of capitalised words `k..end` that English titles may open
/// ("Cardinal Giovanni Battista Re, aged 91", "Foreign Minister Sergei Lavrov, 71": the post
/// is no part of the name), and whether one did. A title never takes the run's last word.
fn after_titles(toks: &[Tok], mut k: usize, end: usize) -> (usize, bool) {
    let mut titled = false;
    loop {
        let n = super::name::english_title_len(toks, k);
        if n == 0 || k + n >= end {
            return (k, titled);
        }
        k += n;
        titled = true;
    }
}

/// Where the run of capitalised words ending at `end` starts, stepping over the lower-case
/// particles inside it ("Alice da Silva Aguiar", "Ursula von der Leyen").
fn name_run_start(toks: &[Tok], end: usize) -> usize {
    let capital = |j: usize| toks[j].class == Class::Word && toks[j].is_capitalized();
    let mut k = end;
    loop {
        if k > 0 && capital(k - 1) {
            k -= 1;
        } else if k > 1 && k < end && super::name::is_particle(&toks[k - 1]) && capital(k - 2) {
            k -= 2;
        } else if k > 2
            && k < end
            && super::name::is_particle(&toks[k - 1])
            && super::name::is_particle(&toks[k - 2])
            && capital(k - 3)
        {
            k -= 3;
        } else {
            return k;
        }
    }
}

/// The person an attributive age describes, named right after it: "six-year-old Bebe King".
/// Two capitalised words or more (particles inside), so "a 45-year-old Briton" names nobody.
fn person_after(toks: &[Tok], start: usize) -> Option<String> {
    let capital = |j: usize| {
        toks.get(j)
            .is_some_and(|t| t.class == Class::Word && t.is_capitalized())
    };
    let mut k = start;
    let mut words = 0;
    loop {
        if capital(k) {
            k += 1;
            words += 1;
        } else if words > 0 && toks.get(k).is_some_and(super::name::is_particle) && capital(k + 1) {
            k += 1;
        } else {
            break;
        }
    }
    (words >= 2).then(|| name_of(&toks[start..k]))
}

/// Words of a relation between two people ("con của ông Nghĩa", "vợ của anh Tuấn").
static RELATION: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new([
        "con", "vợ", "chồng", "cha", "bố", "mẹ", "em", "anh", "chị", "cháu", "ông", "bà",
    ])
});

/// Whether the name before `at` is a person's: a Vietnamese full name, or a name after a
/// title ("anh Rachid (1986,"). A film or a book with its year in brackets ("The Dresden
/// Files (2007)") is not.
fn named_person_before(toks: &[Tok], at: usize) -> bool {
    let mut k = at;
    while k > 0 && toks[k - 1].class == Class::Punct {
        k -= 1;
    }
    let end = k;
    while k > 0 && toks[k - 1].class == Class::Word && toks[k - 1].is_capitalized() {
        k -= 1;
    }
    k < end
        && (super::name::is_surname(&toks[k])
            || (k > 0 && KIN.contains(&toks[k - 1]) && !toks[k - 1].is_capitalized()))
}

fn push(
    ctx: &Ctx,
    out: &mut Vec<Claim>,
    rule: &'static str,
    (a, b): (usize, usize),
    value: f64,
    slot: String,
) {
    out.push(Claim {
        kind: Kind::Number,
        value: Value::Number(value),
        range: (value, value),
        qualifier: None,
        slot: slot.into(),
        span: ctx.span(a, b),
        sentence: ctx.sentence,
        rule,
        weekday: None,
    });
}

fn with_person(head: &str, person: Option<&str>) -> String {
    match person {
        Some(p) => format!("{head}/{p}"),
        None => head.to_string(),
    }
}

/// A year of birth at token `i` (a four-digit figure): after "SN", after "sinh năm", or in
/// brackets right after a name ("Trần Hữu Anh (1986,"). Gives the birth year and, with a
/// publication date, the age it means that year (Vietnamese ages count calendar years).
fn birth_year(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    let t = &toks[i];
    // "SN1995", written without its space, is one word.
    let glued =
        t.s.strip_prefix("SN")
            .filter(|d| d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit()));
    if glued.is_none() && (t.class != Class::Num || t.s.len() != 4) {
        return None;
    }
    let year: i32 = glued.unwrap_or(t.s).parse().ok()?;
    let prev = |k: usize| i.checked_sub(k).map(|k| &toks[k]);
    let colon = usize::from(prev(1).is_some_and(|p| p.is_punct(':')));
    let (start, person_at) = if glued.is_some() {
        (i, i)
    } else if prev(1 + colon).is_some_and(|p| p.is("SN") || p.s == "sn") {
        (i - 1 - colon, i - 1 - colon)
    } else if prev(1).is_some_and(|p| p.is("năm")) && i >= 2 && super::date::born_at(toks, i - 2) {
        (i - 2, i - 2)
    } else if prev(1).is_some_and(|p| p.is_punct('('))
        && toks
            .get(i + 1)
            .is_some_and(|n| n.is_punct(',') || n.is_punct(')'))
        && person_before(toks, i - 1).is_some()
        && named_person_before(toks, i - 1)
    {
        (i, i)
    } else {
        return None;
    };
    let published = ctx.published.map(|p| p.year());
    if !(1900..=published.unwrap_or(2100)).contains(&year) {
        return None;
    }
    let person = person_before(toks, person_at);
    push(
        ctx,
        out,
        "birth_year",
        (start, i + 1),
        f64::from(year),
        with_person("born", person.as_deref()),
    );
    if let Some(p) = published {
        push(
            ctx,
            out,
            "age_from_birth_year",
            (start, i + 1),
            f64::from(p - year),
            with_person("age", person.as_deref()),
        );
    }
    Some(i + 1)
}

/// A figure that can be a person's age: digits from 1 to 130.
fn age_at(t: &Tok) -> Option<f64> {
    if t.class != Class::Num {
        return None;
    }
    t.s.parse().ok().filter(|a| (1.0..=130.0).contains(a))
}

/// "ở tuổi 55": an age written after the word for it.
fn age_before(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    static TUOI: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(["tuổi"]));
    // "a man aged 45", "Jane Doe, aged 31,": the person, if named, stands before.
    if toks[i].is("aged") {
        let age = toks.get(i + 1).and_then(age_at)?;
        // "aged 11 to 17": a range of ages, each end read by the range rule.
        if super::range::ends_from(toks, i + 1).is_some_and(|(lo, hi, _)| lo < hi) {
            return None;
        }
        let person = person_before(toks, i);
        let slot = with_person("age", person.as_deref());
        push(ctx, out, "age_before", (i, i + 2), age, slot);
        // "The victims, aged 45 and 52,": two people's ages.
        let second = toks
            .get(i + 2)
            .filter(|t| t.is("and"))
            .and_then(|_| toks.get(i + 3).and_then(age_at));
        if let Some(age) = second {
            push(
                ctx,
                out,
                "age_before",
                (i + 3, i + 4),
                age,
                "age".to_string(),
            );
            return Some(i + 4);
        }
        return Some(i + 2);
    }
    if !TUOI.contains(&toks[i]) || !i.checked_sub(1).is_some_and(|k| toks[k].is("ở")) {
        return None;
    }
    let age = toks.get(i + 1).and_then(age_at)?;
    push(ctx, out, "age_before", (i, i + 2), age, "age".to_string());
    Some(i + 2)
}

/// English ages: "the 59-year-old professor", "who is 45 years old". The figure is an age
/// only when what follows says so; "a 20-year-old building" is one too by its words, so the
/// slot stays `age` without a person unless a name stands before it.
fn age_years_old(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    let t = &toks[i];
    // "an eight-year-old boy", "a twenty-five-year-old man": one word, the age in letters.
    if t.class == Class::Word {
        let s = t.s.as_bytes();
        let suffix = ["-year-old", "-years-old", "-month-old", "-months-old"]
            .iter()
            .find(|w| {
                s.len() > w.len() && s[s.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
            })?;
        // The suffix is ASCII, so its start is a character boundary.
        let words = &t.s[..s.len() - suffix.len()];
        let age = super::numeral::english_number_word(words)
            .map(|a| a as f64)
            .filter(|a| (1.0..=130.0).contains(a))?;
        let thing = built_thing(thing_after(toks, i + 1)).ok()?;
        let person = thing
            .or_else(|| person_after(toks, i + 1))
            .or_else(|| person_before(toks, apposed(toks, i)));
        let slot = with_person(age_head(suffix), person.as_deref());
        push(ctx, out, "age_years_old", (i, i + 1), age, slot);
        return Some(i + 1);
    }
    // A bridge or a church may be older than anyone ("the 150-year-old bridge"); such an age
    // is kept only for a thing named after it (below).
    let age = age_at(t).or_else(|| {
        (t.class == Class::Num)
            .then(|| t.s.parse().ok())
            .flatten()
            .filter(|a| (130.0..=3000.0).contains(a))
    })?;
    let mut head = "age";
    let end = match years_old_after(ctx, t) {
        Some(taken) => {
            head = age_head(taken);
            let end_byte = t.end + taken.len();
            (i + 1..toks.len())
                .find(|&k| toks[k].end >= end_byte)
                .map_or(toks.len(), |k| k + 1)
        }
        // "between 16 and 23 years old": a range of ages, read by the range rule.
        None if i > 0 && toks[i - 1].is_any(&["between", "from", "từ"]) => return None,
        None => {
            // "were 60 and 25 years old", "lần lượt 60 và 25 tuổi": the first of two ages
            // shares the second's words.
            let second = toks.get(i + 2).filter(|_| {
                toks.get(i + 1)
                    .is_some_and(|a| a.is_any(&["and", "và"]) || a.is_punct(','))
            })?;
            age_at(second)?;
            let shared = years_old_after(ctx, second).is_some()
                || toks.get(i + 3).is_some_and(|n| n.is("tuổi"));
            if !shared {
                return None;
            }
            i + 1
        }
    };
    // "the 59-year-old Tsai Ing-wen": a name after the hyphened age is whose; "59 years old"
    // after a name is the name's.
    let attributive =
        toks.get(i + 1).is_some_and(|t| t.is_punct('-')) || !ctx.text[t.end..].starts_with(' ');
    // A record or a dispute is old too, but its age is how long it has lasted.
    let thing = built_thing(attributive.then(|| thing_after(toks, end)).flatten()).ok()?;
    if age > 130.0 && thing.is_none() {
        return None;
    }
    let person = thing
        .or_else(|| attributive.then(|| person_after(toks, end)).flatten())
        .or_else(|| person_before(toks, apposed(toks, i)));
    push(
        ctx,
        out,
        "age_years_old",
        (i, end),
        age,
        with_person(head, person.as_deref()),
    );
    Some(end)
}

/// Where the name an age describes ends when the age opens an apposition after it ("Saman
/// Kunan, a 37-year-old former SEAL"): before the article, or else at the age itself.
fn apposed(toks: &[Tok], i: usize) -> usize {
    let article = i >= 2 && toks[i - 1].is_any(&["a", "an"]) && toks[i - 2].is_punct(',');
    if article {
        i - 1
    } else {
        i
    }
}

/// A baby's age told in months ("a nine-month-old baby") is no age in years: a slot of its own.
const AGE_IN_MONTHS: &str = "age in months";

/// The slot head an age's words give: years, or months.
fn age_head(words: &str) -> &'static str {
    if words.contains("month") {
        AGE_IN_MONTHS
    } else {
        "age"
    }
}

/// The "-year-old" or " years old" (or "-month-old") right after an age, read from the text to
/// stay clear of how hyphens split.
fn years_old_after(ctx: &Ctx, t: &Tok) -> Option<&'static str> {
    let rest = &ctx.text[t.end..ctx.sentence.end.min(ctx.text.len()).max(t.end)];
    [
        "-year-old",
        " years old",
        "-years-old",
        " year old",
        " years of age",
        " years-old",
        " year-old",
        "-month-old",
        "-months-old",
        " months old",
        " month old",
    ]
    .into_iter()
    .find(|w| {
        rest.len() >= w.len() && rest.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
    })
}

/// The thing an age describes, right after it or a few words on ("the 150-year-old bridge",
/// "the 50-year-old Morandi bridge", "the 140-year-old colonial-era cable suspension bridge"):
/// how old a bridge is, checkable as a person's age is. The words between describe the thing;
/// a function word ("died on the bridge") or a comma ends the search.
fn thing_after<'a>(toks: &'a [Tok<'a>], at: usize) -> Option<&'a Tok<'a>> {
    // The age, up to four describing words (a hyphen joins two), and the thing.
    const REACH: usize = 6;
    // An abstract thing before another noun describes it: "the 59-year-old former law
    // professor" is a person's age.
    let describes = |k: usize| {
        toks.get(k + 1).is_some_and(|n| {
            n.is_lower_word() && !n.s.ends_with("ed") && !super::noun::is_function_word(n)
        })
    };
    (at.min(toks.len())..(at + REACH).min(toks.len()))
        .take_while(|&k| {
            let t = &toks[k];
            t.is_punct('-') || t.class == Class::Word && !super::noun::is_function_word(t)
        })
        .find(|&k| THINGS.contains(&toks[k]) && !(is_abstract_thing(&toks[k]) && describes(k)))
        .map(|k| &toks[k])
}

/// The slot's "whose" for a thing an age describes ([`thing_after`]), or `Err` when the thing
/// is one whose age is how long it has lasted ("a two-year-old border dispute"): no age then.
fn built_thing(thing: Option<&Tok>) -> Result<Option<String>, ()> {
    match thing {
        Some(t) if is_abstract_thing(t) => Err(()),
        Some(t) => Ok(Some(t.s.to_lowercase())),
        None => Ok(None),
    }
}

/// Nouns of things that "-year-old" also describes.
static THINGS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(BUILT_THINGS.iter().chain(ABSTRACT_THINGS).copied()));

/// Things whose age is when they were built or planted.
const BUILT_THINGS: &[&str] = &[
    "building", "house", "bridge", "tree", "car", "ship", "church",
];

/// Things whose age is how long they have lasted ("a two-year-old dispute", "a 20-year-old
/// record").
const ABSTRACT_THINGS: &[&str] = &[
    "record",
    "company",
    "law",
    "tradition",
    "dispute",
    "war",
    "conflict",
];

/// Whether a word names a thing whose age is how long it has lasted ([`ABSTRACT_THINGS`]),
/// not when it was built.
fn is_abstract_thing(t: &Tok) -> bool {
    static ABSTRACT: LazyLock<WordSet> =
        LazyLock::new(|| WordSet::new(ABSTRACT_THINGS.iter().copied()));
    ABSTRACT.contains(t)
}

/// The words of a name as written, one space between them.
fn name_of(toks: &[Tok]) -> String {
    toks.iter().map(|t| t.s).collect::<Vec<_>>().join(" ")
}

/// Whether the token after an apposed age at `i` closes the apposition: a comma, a list item's
/// semicolon ("Annabell Rodriguez, 10; Amerie Garza, 9."), or the sentence's end (with
/// `end_after_list`, only in a sentence a semicolon has made a list).
fn closes_apposition(toks: &[Tok], i: usize, end_after_list: bool) -> bool {
    let Some(after) = toks.get(i + 1) else {
        return false;
    };
    after.is_punct(',')
        || after.is_punct(';')
        || (after.is_punct('.')
            && toks.len() == i + 2
            && (!end_after_list || toks[..i].iter().any(|t| t.is_punct(';'))))
}

/// "Tsai, 59, was sworn in": an age between commas right after a name.
fn age_apposition(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    if i < 2 {
        return None;
    }
    let age = age_at(&toks[i])?;
    let (before, name) = (&toks[i - 1], &toks[i - 2]);
    // The sentence's end closes a list's last item only ("… của SWIFT, 3." is a numbered
    // list's next item).
    if !(before.is_punct(',') && closes_apposition(toks, i, true)) || name.class != Class::Word {
        return None;
    }
    // "The driver, 38, was among the dead": a person named by a role after an article.
    let role_only = !name.is_capitalized()
        && name.is_lower_word()
        && i >= 3
        && toks[i - 3].is_any(&["the", "The", "a", "A", "an", "An", "his", "her", "their"])
        && toks.get(i + 2).is_some_and(|t| t.is_lower_word());
    let person = if role_only {
        None
    } else {
        if !name.is_capitalized() || super::name::is_not_name(name) {
            return None;
        }
        let k = name_run_start(toks, i - 1);
        if k == i - 1 {
            return None;
        }
        // "the Liberal Democrats, 71,": a name after "the" is a party's or a body's, and the
        // figure after it is its count, not an age.
        if toks[k].is("the") || (k > 0 && toks[k - 1].is("the")) {
            return None;
        }
        let (k, _) = after_titles(toks, k, i - 1);
        Some(name_of(&toks[k..i - 1]))
    };
    push(
        ctx,
        out,
        "age_apposition",
        (i, i + 1),
        age,
        with_person("age", person.as_deref()),
    );
    Some(i + 1)
}

/// "Uziyah Garcia and Xavier Lopez, both 10;": one age for the two names before it.
fn age_apposition_both(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    if i < 6 || !toks[i - 1].is("both") || !toks[i - 2].is_punct(',') {
        return None;
    }
    let age = age_at(&toks[i])?;
    if !closes_apposition(toks, i, false) {
        return None;
    }
    let name = |end: usize| {
        let k = name_run_start(toks, end);
        (k < end && !super::name::is_not_name(&toks[k])).then(|| {
            let (k, _) = after_titles(toks, k, end);
            (k, name_of(&toks[k..end]))
        })
    };
    let (k, second) = name(i - 2)?;
    if k < 2 || !toks[k - 1].is("and") {
        return None;
    }
    let (_, first) = name(k - 1)?;
    for person in [first, second] {
        let slot = with_person("age", Some(&person));
        push(ctx, out, "age_apposition", (i, i + 1), age, slot);
    }
    Some(i + 1)
}

/// Tries the person rules at token `i`.
pub fn at(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    birth_year(ctx, i, out)
        .or_else(|| age_before(ctx, i, out))
        .or_else(|| age_years_old(ctx, i, out))
        .or_else(|| age_apposition(ctx, i, out))
        .or_else(|| age_apposition_both(ctx, i, out))
}

#[cfg(test)]
mod tests {
    use crate::extract::{example_published, extract_str};

    fn slots(text: &str) -> Vec<String> {
        extract_str(text, Some(example_published()))
            .into_iter()
            .filter(|c| c.slot.starts_with("age") || c.slot.starts_with("born"))
            .map(|c| format!("{}={}", c.slot, c.value))
            .collect()
    }

    #[test]
    fn ages_and_birth_years_are_the_named_persons() {
        for (text, want) in [
            (
                "Nạn nhân Nguyễn Anh Tuấn (42 tuổi) tử vong.",
                &["age/Nguyễn Anh Tuấn=42"][..],
            ),
            (
                "Tài xế Nguyễn Văn T. (45 tuổi) bị bắt.",
                &["age/Nguyễn Văn T=45"],
            ),
            (
                "Bị can Lê Văn B (SN 1980) khai nhận.",
                &["born/Lê Văn B=1980", "age/Lê Văn B=42"],
            ),
            ("bé Nam, 4 tuổi, bị thương.", &["age/Nam=4"]),
            // A party's count after "the" is no age.
            (
                "The Conservatives secured 121 seats, the Liberal Democrats, 71, a record.",
                &[],
            ),
            // A relation names whose son he is; the age is the son's.
            (
                "ông Hồ Nghĩa, 48 tuổi, Hồ Lĩnh, con của ông Nghĩa 19 tuổi",
                &["age/Hồ Nghĩa=48", "age/Hồ Lĩnh=19"],
            ),
            (
                "Cô có tên Natalie Tyson, năm nay 26 tuổi",
                &["age/Natalie Tyson=26"],
            ),
            // A nickname in the brackets is the same person's.
            (
                "bắt tạm giam Dương Hữu Trí (tên gọi khác: Tý Heo, 38 tuổi) để điều tra",
                &["age/Dương Hữu Trí=38"],
            ),
            ("Tsai, 59, was sworn in", &["age/Tsai=59"]),
            ("Mr Clarke, aged 101, was convicted", &["age/Clarke=101"]),
            // An age opening an apposition after the name is the name's.
            (
                "Saman Kunan, a 37-year-old former Royal Thai Navy SEAL, died; Saman Kunan, a 38 \
                 years-old volunteer, died",
                &["age/Saman Kunan=37", "age/Saman Kunan=38"],
            ),
            ("The driver, a 45-year-old man, died", &["age=45"]),
            // A thing a word or two after the age is what is that old.
            (
                "the 50-year-old Morandi bridge gave way; a 51-year-old highway bridge fell",
                &["age/bridge=50", "age/bridge=51"],
            ),
            // Right after the age, or after a few describing words; older than any person.
            (
                "The 150-year-old bridge was reopened; the 140-year-old colonial-era cable \
                 suspension bridge collapsed",
                &["age/bridge=150", "age/bridge=140"],
            ),
            // An abstract thing before a noun describes it: the age is the person's.
            ("The 59-year-old former law professor spoke", &["age=59"]),
            // A post before the name is no part of it.
            (
                "Cardinal Giovanni Battista Re, aged 91, led it; Foreign Minister Sergei Lavrov, \
                 71, said so.",
                &["age/Giovanni Battista Re=91", "age/Sergei Lavrov=71"],
            ),
            ("the appellant was 61 years of age", &["age=61"]),
            // An attributive age is the name's after it, not the one before the comma.
            (
                "six-year-old Bebe King, seven-year-old Elsie Dot Stancombe and the 59-year-old \
                 Tsai Ing-wen",
                &[
                    "age/Bebe King=6",
                    "age/Elsie Dot Stancombe=7",
                    "age/Tsai Ing-wen=59",
                ],
            ),
            // Particles stay inside the name; one capitalised word after the age names nobody.
            (
                "Alice da Silva Aguiar, 9, and a 45-year-old Briton",
                &["age/Alice da Silva Aguiar=9", "age=45"],
            ),
            // Without a name before it, an age is nobody's in particular.
            ("Ở tuổi 55, ông vẫn làm việc.", &["age=55"]),
            // A baby's months are no age in years.
            (
                "Her nine-month-old daughter and the 40-year-old attacker",
                &["age in months=9", "age=40"],
            ),
        ] {
            assert_eq!(slots(text), want, "{text}");
        }
    }
}
