//! Positions and levels that outlets state and can get wrong: a rank (`hạng 4 thế giới`,
//! `tay vợt số 5 thế giới`, `vị trí thứ 10`), a seed (`hạt giống số 4`), a match minute
//! (`phút 85`), a level (`cấp 7`), a term (`khóa VIII`, `khóa 14`) and other ordinals
//! (`lần thứ 7`), and a match's score (`thắng 2-1`, `tỷ số 1-1`, `a 3-0 win`). Each slot names
//! what is ordered, so only like is compared with like. It must not read counts; numbered names
//! (`bão số 3`, `áo số 10`, `khoản 3 Điều 39`) are not claims, nor is a dash between two
//! figures with no word of a match around it (`2-3 ngày`, `1-2`).

use super::Ctx;
use crate::claim::{Claim, Kind, Value};
use crate::examples;
use crate::token::{Class, Tok};

pub const EXAMPLES: &[super::Example] = examples![
    "rank": "tay vợt hạng 4 thế giới rút lui" => ["number=4"],
    "rank": "tay vợt số 5 thế giới không thể" => ["number=5"],
    "rank": "Nadal, the world No. 5, withdrew" => ["number=5"],
    "!rank": "Route No. 5 was closed" => [],
    "rank": "cán đích ở vị trí thứ 10." => ["number=10"],
    "!rank": "ngôi sao mang áo số 10 đang" => ["number=10"],
    "seed": "Hạt giống số 4 Rafael Nadal" => ["number=4"],
    "!seed": "giống lúa số 4 cho năng suất" => ["number=4"],
    "minute": "Đó là tình huống ở phút 85 của trận đấu" => ["number=85"],
    "minute": "Phút 85 trận đấu bù vòng 2" => ["number=85"],
    "!minute": "sau 85 phút thi đấu" => ["duration=PT85M"],
    "minute": "Mikel Oyarzabal scored the winner in the 86th minute" => ["number=86"],
    "minute": "substitute Cole Palmer's 73rd-minute goal" => ["number=73"],
    "!minute": "the 5th time this season" => [],
    "minute": "On 24 minutes, Fullkrug hit the post" => ["number=24"],
    "!minute": "after 24 minutes of play" => ["duration=PT24M"],
    "level": "đã có gió giật mạnh cấp 7." => ["number=7"],
    "level": "Cấp độ rủi ro thiên tai: cấp 1." => ["number=1"],
    "level": "dịch vụ công mức độ 4 này" => ["number=4"],
    "!level": "cấp phép cho 3 tàu" => ["number=3"],
    "level": "Milton made landfall as a Category 3 storm" => ["number=3"],
    "level": "the category 3 hurricane had winds of 120 mph" => ["number=3", "number=120"],
    "!level": "It is listed under category 9." => [],
    "!level": "Mỹ dự kiến cung cấp 18 tàu tuần tra" => ["number=18"],
    "term": "đại biểu HĐND TP.HCM khóa VIII, nhiệm kỳ" => ["number=8"],
    "term": "Quốc hội khóa XIV" => ["number=14"],
    "!term": "khóa học mới" => [],
    "ordinal": "tại đại hội lần thứ 7 của đảng" => ["number=7"],
    "!ordinal": "Bão số 3 đổ bộ" => ["number=3"],
    "number_of": "tại đơn vị bầu cử số 33 ở huyện Hóc Môn" => ["number=33"],
    "!number_of": "trong tổng số 20 đề cử" => ["number=20"],
    "!number_of": "với dân số 90 triệu người" => ["number=90000000"],
    "!number_of": "liên lạc qua số 0912345678" => [],
    "!number_of": "theo Công văn số 6959/QLD-MP của Cục" => [],
    "!number_of": "Cậu ấy chỉ muốn là số 1 trong mọi lĩnh vực" => [],
    "score": "Việt Nam thắng 2-1 trước Thái Lan" => ["number=2-1"],
    "score": "trận đấu kết thúc với tỷ số 1 - 1." => ["number=1-1"],
    "score": "Leicester won 2-1 at home" => ["number=2-1"],
    "score": "after a 3-0 victory over Chelsea" => ["number=3-0"],
    "score": "Argentina beat Chile 2-1 on Monday" => ["number=2-1", "date=2022-01-17"],
    "score": "Manchester United beat Brighton & Hove Albion 3-2 away" => ["number=3-2"],
    "score": "the derby ended 1-1 after 90 minutes" => ["number=1-1", "duration=PT90M"],
    "score": "Real Madrid win 5-3 on penalties." => ["number=5-3"],
    "score": "Argentina defeated France 4-2 in a penalty shoot-out after a 3-3 draw" => ["number=4-2", "number=3-3"],
    "score": "Real Madrid 1-1 Atletico Madrid" => ["number=1-1"],
    "!score": "Nhiệt độ giảm 1-2 độ" => [],
    "!score": "họp từ 8-10 giờ" => [],
    "floor": "Đám cháy bùng phát tại tầng 2 của quán" => ["number=2"],
    "floor": "ngọn lửa bùng phát ở lầu 3" => ["number=4"],
    "floor": "a restaurant on the building's first floor" => ["number=1"],
    "floor": "a third-floor flat caught fire" => ["number=3"],
    "floor": "shops on the ground floor" => ["number=0"],
    "floor": "phát ra từ tầng 2, phòng 204, 206 rồi cháy lên tầng 3" => ["number=2", "number=3"],
    "!floor": "Tầng 2 đến tầng 5 là khu văn phòng" => [],
    "!floor": "Công ty Merro (tầng 1, tòa nhà Intracom)" => [],
    "!floor": "tòa nhà 35 tầng" => ["number=35"],
];

/// A player's standing in the world ("hạng 4 thế giới", "world No. 5"): one standing fact of
/// one player, apart from a place in one race or table ("vị trí thứ 10").
const WORLD_RANK: &str = "rank/world";

/// The slot of a "lần thứ" ordinal ("đại hội lần thứ 7"): alignment reads what it counts
/// from the words around it.
pub const TIMES_ORDINAL: &str = "ordinal/lần";

/// The value of a Roman numeral written in capitals (`VIII` → 8), up to 3999.
pub fn roman(s: &str) -> Option<u32> {
    let digit = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let values: Vec<u32> = s.chars().map(digit).collect::<Option<_>>()?;
    if values.is_empty() {
        return None;
    }
    let mut total = 0;
    for (k, v) in values.iter().enumerate() {
        match values.get(k + 1) {
            Some(next) if next > v => total -= *v as i32,
            _ => total += *v as i32,
        }
    }
    // Only canonical spellings: "IIII" or "VX" are not numerals.
    let value = u32::try_from(total).ok().filter(|v| *v > 0 && *v < 4000)?;
    (to_roman(value) == s).then_some(value)
}

fn to_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

fn push(
    ctx: &Ctx,
    out: &mut Vec<Claim>,
    rule: &'static str,
    (a, b): (usize, usize),
    value: f64,
    slot: &str,
) {
    out.push(Claim {
        kind: Kind::Number,
        value: Value::Number(value),
        range: (value, value),
        qualifier: None,
        slot: slot.to_string().into(),
        span: ctx.span(a, b),
        sentence: ctx.sentence,
        rule,
        weekday: None,
    });
}

/// The floor of a building where something happened or stands: "tầng 2", "lầu 3" (the
/// South's count from the floor above the ground: "lầu 3" is "tầng 4"), "the first floor",
/// "a third-floor flat", "the ground floor" (0). A fire that broke out on the second floor in
/// one report and the third in another is a disagreement. Ranges of floors ("Tầng 2 đến tầng
/// 5") describe a building and an address's floor ("(tầng 1, tòa nhà Intracom)") a company:
/// neither is read.
fn floor(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    const EN: &[(&str, f64)] = &[
        ("ground", 0.0),
        ("first", 1.0),
        ("second", 2.0),
        ("third", 3.0),
        ("fourth", 4.0),
        ("fifth", 5.0),
        ("sixth", 6.0),
        ("seventh", 7.0),
        ("eighth", 8.0),
        ("ninth", 9.0),
        ("tenth", 10.0),
    ];
    let toks = ctx.toks;
    let t = &toks[i];
    // One key probe turns away every other token.
    static FLOOR_WORDS: std::sync::LazyLock<crate::token::WordSet> =
        std::sync::LazyLock::new(|| crate::token::WordSet::new(["tầng", "lầu", "floor", "floors"]));
    if t.class != Class::Word || (!FLOOR_WORDS.contains(t) && !t.s.ends_with("-floor")) {
        return None;
    }
    let is = |k: usize, words: &[&str]| toks.get(k).is_some_and(|t| t.is_any(words));
    let english = |w: &str| {
        EN.iter()
            .find(|(e, _)| w.eq_ignore_ascii_case(e))
            .map(|&(_, v)| v)
            // "1st", "2nd", "23rd", "4th".
            .or_else(|| {
                english_ordinal_digits(w)
                    .filter(|&n| n < 1000)
                    .map(f64::from)
            })
    };
    let (value, start, end) = if t.is_any(&["tầng", "lầu"]) {
        let n = toks.get(i + 1).filter(|n| {
            n.class == Class::Num && n.s.len() <= 3 && n.s.bytes().all(|b| b.is_ascii_digit())
        })?;
        let value: f64 = n.s.parse().ok()?;
        let value = if t.is("lầu") { value + 1.0 } else { value };
        (value, i, i + 2)
    } else if t.is_any(&["floor", "floors"]) {
        let k = i.checked_sub(1)?;
        (english(toks[k].s)?, k, i + 1)
    } else if let Some(ordinal) = t.s.strip_suffix("-floor") {
        (english(ordinal)?, i, i + 1)
    } else {
        return None;
    };
    // "Tầng 2 đến tầng 5", "from the second to the fifth floor": a building's layout.
    let ranged = is(end, &["đến", "tới", "to"])
        || toks.get(end).is_some_and(|t| t.is_punct('-'))
        || (start >= 1 && is(start - 1, &["đến", "tới", "to"]));
    // "(tầng 1, tòa nhà Intracom, …)": an address.
    let address = (start >= 1 && toks[start - 1].is_punct('('))
        || (toks.get(end).is_some_and(|t| t.is_punct(','))
            && is(end + 1, &["tòa", "toà", "nhà", "số", "building", "tower"]));
    if ranged || address {
        return None;
    }
    push(ctx, out, "floor", (start, end), value, "floor");
    Some(end)
}

/// Words of a match's result: before the score ("thắng 2-1", "tỷ số 1-1", "won 2-1") or
/// after it ("a 3-0 win").
static SCORE_BEFORE: std::sync::LazyLock<crate::token::WordSet> = std::sync::LazyLock::new(|| {
    crate::token::WordSet::new([
        "số",
        "thắng",
        "hòa",
        "hoà",
        "thua",
        "bại",
        "won",
        "lost",
        "beat",
        "drew",
        "draw",
        "score",
        "defeated",
        "victory",
        "win",
        "defeat",
        "ended",
        "finished",
        "prevailed",
        // "thắng chung cuộc 5-3": the final result.
        "cuộc",
    ])
});
static SCORE_AFTER: std::sync::LazyLock<crate::token::WordSet> = std::sync::LazyLock::new(|| {
    crate::token::WordSet::new([
        "win",
        "victory",
        "defeat",
        "loss",
        "draw",
        "lead",
        "shootout",
        "shoot-out",
    ])
});

/// Words of a penalty shoot-out, and how many tokens before and after a score they are read.
const SHOOTOUT_WORDS: &[&str] = &["penalties", "pens", "shoot-out", "shootout", "luân"];
const SHOOTOUT_BEFORE: usize = 3;
const SHOOTOUT_AFTER: usize = 4;

/// "thắng 2-1", "tỷ số 1 - 1", "won 2-1", "a 3-0 win": goals (at most two digits each) joined by
/// a dash, with a word of a match right before or after. The value is the score as written
/// with a plain hyphen; "số" counts only as "tỷ số"/"tỉ số".
fn score(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    let goals = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let t = &toks[i];
    if t.class != Class::Num {
        return None;
    }
    let (a, b, end) = match t.s.split_once('-') {
        Some((a, b)) => (a, b, i + 1),
        None => {
            let dash = toks.get(i + 1)?;
            let b = toks.get(i + 2).filter(|b| b.class == Class::Num)?;
            if !(dash.is_punct('-') || dash.is_punct('–')) {
                return None;
            }
            (t.s, b.s, i + 3)
        }
    };
    if !goals(a) || !goals(b) {
        return None;
    }
    // The word of the match may stand before the beaten side: "beat Chile 2-1", "thắng
    // Thái Lan 2-1", "beat Brighton & Hove Albion 3-2" (a name of up to five tokens, "&"
    // joining its capitalised words).
    let in_name = |k: usize| {
        let t = &toks[k];
        (t.class == Class::Word && t.is_capitalized())
            || (t.is_punct('&') && k + 1 < i && k > 0 && toks[k - 1].is_capitalized())
    };
    let named = (1..=5)
        .take_while(|&n| i > n && in_name(i - n))
        .last()
        .unwrap_or(0);
    let before = i.checked_sub(1 + named).map(|k| &toks[k]).filter(|p| {
        SCORE_BEFORE.contains(p)
            && (!p.is("số")
                || (named == 0 && i >= 2 && (toks[i - 2].is("tỷ") || toks[i - 2].is("tỉ"))))
    });
    let after = toks.get(end).filter(|n| SCORE_AFTER.contains(n));
    // "5-3 on penalties"; "Real Madrid 1-1 Atletico Madrid": a side named on each hand.
    let shootout = toks.get(end).is_some_and(|n| n.is("on"))
        && toks
            .get(end + 1)
            .is_some_and(|n| n.is_any(&["penalties", "aggregate"]));
    let between_sides = i > 0
        && toks[i - 1].class == Class::Word
        && toks[i - 1].is_capitalized()
        && toks
            .get(end)
            .is_some_and(|n| n.class == Class::Word && n.is_capitalized());
    if before.is_none() && after.is_none() && !shootout && !between_sides {
        return None;
    }
    let start = if before.is_some_and(|p| p.is("số")) {
        i - 2
    } else {
        i
    };
    // "4-2 on penalties", "a 4-2 shootout victory", "thắng 4-2 trên chấm luân lưu": the
    // shoot-out's score is not the match's ("3-3 after extra time"); nor is a tie's aggregate.
    // (Read back only to a word that sets another result apart: "4-2 in a penalty shoot-out
    // after a 3-3 draw".)
    let near = |words: &[&str]| {
        (start.saturating_sub(SHOOTOUT_BEFORE)..start)
            .rev()
            .take_while(|&k| {
                toks[k].class != Class::Punct
                    && !toks[k].is_any(&["after", "sau", "before", "trước"])
            })
            .chain(end..(end + SHOOTOUT_AFTER).min(toks.len()))
            .any(|k| toks[k].is_any(words))
    };
    let slot = if near(SHOOTOUT_WORDS) {
        "score/shootout"
    } else if near(&["aggregate", "tổng"]) {
        "score/aggregate"
    } else {
        "score"
    };
    out.push(Claim {
        kind: Kind::Number,
        value: Value::Text(format!("{a}-{b}")),
        range: (0.0, 0.0),
        qualifier: None,
        slot: slot.into(),
        span: ctx.span(start, end),
        sentence: ctx.sentence,
        rule: "score",
        weekday: None,
    });
    Some(end)
}

fn word(toks: &[Tok], k: Option<usize>, w: &str) -> bool {
    k.and_then(|k| toks.get(k)).is_some_and(|t| t.is(w))
}

/// One-word heads of things known by a number ("bão số 3", "phòng số 5", "tổ số 2"): the word
/// before them is not part of the slot.
const ONE_WORD_HEADS: &[&str] = &[
    "bão", "phòng", "tổ", "khu", "ấp", "đội", "lô", "xe", "tàu", "nhà", "tuyến", "trạm", "cổng",
    "ga", "kênh", "cầu", "trụ", "lớp", "toa", "ghế",
];

/// "bão số 3", "đơn vị bầu cử số 33": the number a thing is known by, with the one or two
/// lower-case words before "số" as its slot (`no./bão`, `no./bầu cử`). Not a count ("tổng số
/// 20", "trong số 5 học sinh"), a phone number or a code (five digits or more, a leading 0,
/// a document's issuer after a slash: "số 6959/QLD-MP").
fn numbered(toks: &[Tok], i: usize) -> Option<(String, usize)> {
    let t = &toks[i];
    if t.s.len() > 4
        || t.s.starts_with('0')
        || i < 2
        || !toks[i - 1].is("số")
        || super::document_code_after(toks, i + 1)
    {
        return None;
    }
    // "là số 1" (number one), "tại số 44" (an address): not the number of a thing.
    let before = &toks[i - 2];
    if before.class != Class::Word
        || before.is_any(&["tổng", "trong", "các", "những", "một", "con"])
        || super::noun::is_function_word(before)
    {
        return None;
    }
    // "dân số 90 triệu người" (a population): a scaled figure is an amount, never a number
    // that names a thing.
    if super::noun::noun_at(toks, i + 1).is_some()
        || before.is("dân")
        || toks.get(i + 1).and_then(super::numeral::scale).is_some()
    {
        return None;
    }
    // "tránh bão số 15", "ảnh hưởng bão số 15": a one-word head of a numbered thing stands
    // alone, whatever verb comes before it.
    let two = i >= 3
        && toks[i - 3].is_lower_word()
        && before.is_lower_word()
        && !before.is_any(ONE_WORD_HEADS);
    let (words, start) = if two {
        (&toks[i - 3..i - 1], i - 3)
    } else {
        (&toks[i - 2..i - 1], i - 2)
    };
    let name: Vec<String> = words.iter().map(|w| w.s.to_lowercase()).collect();
    Some((format!("no./{}", name.join(" ")), start))
}

/// Tries the ordinal rules at token `i`: a figure after the word that orders it, or a Roman
/// numeral after "khóa". Returns `None` (and lets the figure rules decide) when none applies.
pub fn at(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    let t = &toks[i];
    let back = |k: usize| i.checked_sub(k);
    if let Some(end) = score(ctx, i, out) {
        return Some(end);
    }
    if let Some(end) = floor(ctx, i, out) {
        return Some(end);
    }
    // "khóa VIII", "khoá 14"
    if t.is("khóa") || t.is("khoá") {
        let n = toks.get(i + 1)?;
        let value = match n.class {
            Class::Word => roman(n.s)?,
            Class::Num => n.s.parse().ok().filter(|v| *v < 100)?,
            Class::Punct => return None,
        };
        push(ctx, out, "term", (i, i + 2), f64::from(value), "term");
        return Some(i + 2);
    }
    // "in the 86th minute", "a 73rd-minute goal": a match minute in English.
    if t.class == Class::Num {
        if let Some(minute) = english_minute(t.s) {
            let glued = t.s.ends_with("-minute");
            if glued || word(toks, Some(i + 1), "minute") {
                let end = if glued { i + 1 } else { i + 2 };
                push(ctx, out, "minute", (i, end), minute, "minute");
                return Some(end);
            }
        }
    }
    if let Some(minute) = minute_on(toks, i) {
        push(ctx, out, "minute", (i - 1, i + 2), minute, "minute");
        return Some(i + 2);
    }
    // "the world No. 5", "world No 4": a player's ranking.
    if t.class == Class::Num && t.s.len() <= 4 && t.s.bytes().all(|b| b.is_ascii_digit()) {
        let dot = usize::from(back(1).is_some_and(|k| toks[k].is_punct('.')));
        let no = back(1 + dot).filter(|&k| toks[k].s == "No");
        if let Some(k) = no.filter(|&k| word(toks, k.checked_sub(1), "world")) {
            push(
                ctx,
                out,
                "rank",
                (k - 1, i + 1),
                t.s.parse().ok()?,
                WORLD_RANK,
            );
            return Some(i + 1);
        }
    }
    // One probe turns away figures with no ordering word before them (nearly all).
    static BEFORE: std::sync::LazyLock<crate::token::WordSet> = std::sync::LazyLock::new(|| {
        crate::token::WordSet::new(["hạng", "số", "thứ", "phút", "cấp", "độ", "category"])
    });
    if t.class != Class::Num
        || !back(1).is_some_and(|k| BEFORE.contains(&toks[k]))
        || !t.s.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let value: f64 = t.s.parse().ok()?;
    let after_world = word(toks, Some(i + 1), "thế") && word(toks, Some(i + 2), "giới");
    let (rule, slot, start, end) = if word(toks, back(1), "hạng") {
        if after_world {
            ("rank", WORLD_RANK, i - 1, i + 3)
        } else {
            ("rank", "rank", i - 1, i + 1)
        }
    } else if word(toks, back(1), "số") && word(toks, back(2), "giống") {
        ("seed", "seed", i.saturating_sub(3), i + 1)
    } else if word(toks, back(1), "số") && after_world {
        ("rank", WORLD_RANK, i - 1, i + 3)
    } else if word(toks, back(1), "thứ") && word(toks, back(2), "trí") {
        ("rank", "rank", i.saturating_sub(3), i + 1)
    } else if word(toks, back(1), "phút") && !word(toks, back(2), "số") {
        ("minute", "minute", i - 1, i + 1)
    } else if word(toks, back(1), "cấp") && !word(toks, back(2), "cung") {
        // ("cung cấp 18 tàu" supplies 18 ships.)
        ("level", "level", i - 1, i + 1)
    } else if word(toks, back(1), "category") && (1.0..=5.0).contains(&value) {
        // "a Category 3 storm": a storm's level on its scale, as "bão cấp 12" is on its own.
        ("level", "level", i - 1, i + 1)
    } else if word(toks, back(1), "độ") && word(toks, back(2), "mức") {
        ("level", "level", i - 2, i + 1)
    } else if word(toks, back(1), "thứ") && word(toks, back(2), "lần") {
        ("ordinal", TIMES_ORDINAL, i - 2, i + 1)
    } else if let Some((slot, start)) = numbered(toks, i) {
        push(ctx, out, "number_of", (start, i + 1), value, &slot);
        return Some(i + 1);
    } else {
        return None;
    };
    push(ctx, out, rule, (start, end), value, slot);
    Some(end)
}

/// "On 24 minutes, Fullkrug hit the post": the British way of naming a match minute, the
/// figure at `i` between "on" and "minutes" (the length-of-time rules leave it alone).
pub fn minute_on(toks: &[Tok], i: usize) -> Option<f64> {
    let t = toks.get(i).filter(|t| t.class == Class::Num)?;
    if !(word(toks, i.checked_sub(1), "on")
        && word(toks, Some(i + 1), "minutes")
        && t.s.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    t.s.parse().ok().filter(|m| (1.0..=130.0).contains(m))
}

/// The minute an English ordinal names, with or without "-minute" glued to it: "86th",
/// "73rd-minute", "1st" (an ordinal suffix that fits the number).
fn english_minute(s: &str) -> Option<f64> {
    let s = s.strip_suffix("-minute").unwrap_or(s);
    let n = english_ordinal_digits(s).filter(|n| (1..=130).contains(n))?;
    Some(f64::from(n))
}

/// An English ordinal in digits with its own suffix ("1st", "22nd", "73rd", "11th"); "1th" is
/// none.
fn english_ordinal_digits(s: &str) -> Option<u32> {
    let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &s[digits.len()..];
    let n: u32 = digits.parse().ok()?;
    let fits = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    suffix.eq_ignore_ascii_case(fits).then_some(n)
}

#[cfg(test)]
mod tests {
    use crate::extract::{example_published, extract_str};

    /// The slots of the claims one rule reads in `text`.
    fn rule_slots(rule: &str, text: &str) -> Vec<String> {
        extract_str(text, Some(example_published()))
            .into_iter()
            .filter(|c| c.rule == rule)
            .map(|c| c.slot.into_owned())
            .collect()
    }

    fn score_slots(text: &str) -> Vec<String> {
        rule_slots("score", text)
    }

    #[test]
    fn a_shootout_score_is_not_the_matchs() {
        assert_eq!(
            score_slots("Argentina defeated France 4-2 in a penalty shoot-out after a 3-3 draw."),
            ["score/shootout", "score"]
        );
        assert_eq!(
            score_slots("for a 4-2 shootout victory"),
            ["score/shootout"]
        );
        assert_eq!(
            score_slots("Việt Nam thắng 4-2 trên chấm luân lưu"),
            ["score/shootout"]
        );
        assert_eq!(
            score_slots("Chelsea won 3-2 on aggregate"),
            ["score/aggregate"]
        );
        // A tie's aggregate in Vietnamese; the final result of two legs is read too.
        assert_eq!(
            score_slots("Việt Nam thắng 3-2 ở lượt về, với tổng tỷ số 5-3."),
            ["score", "score/aggregate"]
        );
        assert_eq!(
            score_slots("Việt Nam thắng chung cuộc 5-3 sau hai lượt trận."),
            ["score"]
        );
        assert_eq!(score_slots("Leicester won 2-1 at home"), ["score"]);
    }

    fn numbered_slots(text: &str) -> Vec<String> {
        rule_slots("number_of", text)
    }

    #[test]
    fn a_numbered_thing_is_named_by_its_head_not_the_verb_before_it() {
        assert_eq!(numbered_slots("Tàu vào bờ tránh bão số 15."), ["no./bão"]);
        assert_eq!(
            numbered_slots("Để ứng phó bão số 15, tỉnh cấm biển."),
            ["no./bão"]
        );
        assert_eq!(
            numbered_slots("tại đơn vị bầu cử số 33 ở huyện Hóc Môn"),
            ["no./bầu cử"]
        );
    }
}
