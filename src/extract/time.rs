//! Time-of-day rules: `15h45`, `14h30'`, `20h 15`, `17g`, `16 giờ 30`, `lúc 16 giờ`,
//! `khoảng 16 giờ ngày 19-5`, `9 giờ sáng`, `3:45 p.m.`, `10 a.m.`, and a match minute
//! (`phút 85`). It must not read durations: `bốn giờ hội đàm`, `kéo dài 2 giờ 32 phút`,
//! `24h qua` belong to `duration`.
//!
//! `N giờ` is a time of day only with evidence: minutes after it, a part of the day
//! (`sáng`, `chiều`), a day after it (`ngày 19-5`, `cùng ngày`, `(28.5)`), or a word before
//! it that asks "when" (`lúc`, `vào`, `đến`, `từ`; `khoảng` at the head of a clause or with an
//! hour past noon). Otherwise it is left to the duration rule.

use super::Ctx;
use crate::claim::{Claim, Kind, Span, Value};
use crate::examples;
use crate::token::{Class, Tok, WordSet};
use chrono::{Datelike, NaiveDate};
use std::sync::LazyLock;

pub const EXAMPLES: &[super::Example] = examples![
    "hour_h": "lúc 15h45 chiều nay" => ["time=15:45", "date=2022-01-22"],
    "hour_h": "khoảng 9h sáng" => ["time=09:00"],
    "hour_h": "Khoảng 19h40phút ngày 10/3, một vụ tai nạn" => ["time=19:40", "date=2022-03-10"],
    "hour_h": "lúc 7h30p sáng nay" => ["time=07:30", "date=2022-01-22"],
    "hour_h": "vào 8h tối" => ["time=20:00"],
    "hour_h": "xảy ra khoảng 12h đêm, ngày 20/3" => ["time=00:00", "date=2022-03-20"],
    "hour_h": "lúc 12h30 đêm" => ["time=00:30"],
    "hour_gio": "lúc 12 giờ khuya" => ["time=00:00"],
    "hour_h": "lúc 2h đêm, lửa bùng lên" => ["time=02:00"],
    "hour_h": "khoảng 11h khuya, cô về đến nhà" => ["time=23:00"],
    "hour_gio": "khoảng 9 giờ đêm" => ["time=21:00"],
    "hour_gio": "lúc 12 giờ trưa" => ["time=12:00"],
    "hour_h": "Vào 14h30' chiều ngày 28/5" => ["time=14:30", "date=2021-05-28"],
    "hour_h": "Đến 20h 15, hai người lạ mặt đến" => ["time=20:15", "number=2"],
    "hour_h": "lúc 2h30 rạng sáng" => ["time=02:30"],
    "!hour_h": "chiếc 15h45x" => [],
    "!hour_h": "lượng mưa 24h qua" => ["duration=PT24H"],
    "hour_g": "khoảng 17g chiều 7-8" => ["time=17:00", "date=2021-08-07"],
    "hour_g": "Đến 19g, Nguyên thức dậy" => ["time=19:00"],
    "hour_g": "lúc 18g30 cùng ngày" => ["time=18:30"],
    "!hour_g": "nặng 17g vàng" => ["number=17"],
    "hour_gio": "lúc 16 giờ 30 phút" => ["time=16:30"],
    "hour_gio": "lúc 11 giờ 35 phút 10 giây ngày 28/7" => ["time=11:35", "date=2021-07-28"],
    "hour_gio": "16 giờ 30 ngày 21/1" => ["time=16:30", "date=2022-01-21"],
    "hour_gio": "lúc 16 giờ" => ["time=16:00"],
    "hour_gio": "7 giờ sáng" => ["time=07:00"],
    "hour_range": "kết thúc lúc 6-7 giờ tối" => ["time=19:00"],
    "!hour_range": "mất 6-7 giờ để dập lửa" => ["duration=PT7H"],
    "hour_gio": "Khoảng 16 giờ ngày 19-5, anh Huy" => ["time=16:00", "date=2021-05-19"],
    "hour_gio": "khoảng 18 giờ 30 cùng ngày, bé bị nôn" => ["time=18:30"],
    "hour_gio": "xảy ra vào khoảng 14 giờ chiều nay" => ["time=14:00", "date=2022-01-22"],
    "hour_gio": "bùng phát vào khoảng 23 giờ (giờ địa phương)" => ["time=23:00"],
    "hour_gio": "Vào khoảng 14 giờ 30 phút, nhóm nông dân" => ["time=14:30"],
    "hour_gio": "Khoảng hơn 8 giờ tối cùng ngày, lúc này" => ["time=20:00"],
    "hour_gio": "Đến hơn 17 giờ cùng ngày, xe vẫn chưa được cứu hộ" => ["time=17:00"],
    "hour_gio": "hơn 23 giờ ngày 16/11, đá đổ xuống" => ["time=23:00", "date=2021-11-16"],
    "!hour_gio": "làm việc hơn 10 giờ mỗi ngày" => ["duration=PT10H"],
    "!hour_gio": "sau bốn giờ hội đàm" => ["duration=PT4H"],
    "!hour_gio": "kéo dài khoảng 2 giờ, sau đó" => ["duration=PT2H"],
    "hour_h": "Gần 17h, đèo Bảo Lộc xảy ra sạt lở" => ["time=17:00"],
    "hour_h": "sạt lở xảy ra vào gần 17h, đất đá tràn xuống" => ["time=17:00"],
    "!hour_h": "đèo bị chia cắt gần 17h" => ["duration=PT17H"],
    "!hour_gio": "kéo dài 2 giờ 32 phút" => ["duration=PT152M"],
    "!hour_gio": "mất khoảng 16 giờ đồng hồ" => ["duration=PT16H"],
    "!hour_gio": "từ khoảng 30 phút đến 2 giờ sau khi ăn thịt cóc" => ["duration=PT30M", "duration=PT2H"],
    "!hour_gio": "Khoảng 2 giờ sau, cảnh sát đến" => ["duration=PT2H"],
    "clock": "at 3:45 p.m. local time" => ["time=15:45"],
    "clock": "at 10 a.m. on" => ["time=10:00"],
    "clock": "The stampede occurred between 1:30am and 2:30am as a surge" => ["time=01:30"],
    "clock": "the road was shut from 9 a.m. to 11 a.m. on" => ["time=09:00"],
    "clock": "this evening at about 7:30 we are going to suspend the search" => ["date=2022-01-22", "time=19:30"],
    "clock": "Tuesday night at 10:15 the ship sailed" => ["date=2022-01-18", "time=22:15"],
    "clock": "this morning at 7:30 the ship sailed" => ["date=2022-01-22", "time=07:30"],
    "clock": "a quake struck at 07:58:11 local time on Wednesday" => ["time=07:58", "date=2022-01-19"],
    "clock": "left Arequipa at about 10 p.m. and" => ["time=22:00"],
    "clock": "left at 23:09 local time (21:09 GMT) on" => ["time=23:09", "time=21:09"],
    "clock": "struck at 18:58 local time (GMT 00:58) on" => ["time=18:58", "time=00:58"],
    "clock": "departed Paris at 23:09 CEST and" => ["time=21:09"],
    "hour_h": "lúc 21h (giờ Việt Nam) ngày 18/5" => ["time=14:00", "date=2021-05-18"],
    "clock": "at 7:30 GMT+7 on" => ["time=00:30"],
    "clock": "communication stopped after a recorded communication at 13:17 NDT" => ["time=15:47"],
    "clock": "The lander started the descent at 5:20 pm and touched down at 6:04 on the surface." => ["time=17:20", "time=18:04"],
    "clock": "The polls opened at 7 pm and closed at 10:30." => ["time=19:00", "time=22:30"],
    "clock": "The lander started the descent at 5:20 pm and we met at 4:30 before it." => ["time=17:20", "time=04:30"],
    // American zones without their season, read for the day (the examples' 22 January: EST).
    "clock": "happened at about 3:30 p.m. ET on Friday" => ["time=20:30", "date=2022-01-21"],
    "clock": "a quake near Magna at around 7:09 am Mountain Time" => ["time=14:09"],
    "clock": "at 9 p.m. Eastern Standard Time" => ["time=02:00"],
    "clock": "just before midnight (1600 GMT) on" => ["time=16:00"],
    "clock": "occurred at 11:11 p.m. local time (00.11 GMT on Saturday)" => ["time=23:11", "time=00:11", "date=2022-01-22"],
    "!clock": "in 1600 Gmt was young" => [],
    "clock": "The fire was extinguished at around 0400 hrs." => ["time=04:00"],
    "clock": "The earthquake occurred at 13.21 hours (local time)." => ["time=13:21"],
    "clock": "The convoy left at 0800 hours on" => ["time=08:00"],
    "!clock": "The search went on for 13.5 hours." => ["duration=PT13.5H"],
    "!clock": "after 13.21 hours of talks" => ["duration=PT13.21H"],
    "!clock": "after 1600 hrs of work" => ["number=1600"],
    "clock": "took off from Recife at 0615 (0915 GMT), officials said" => ["time=06:15", "time=09:15"],
    "clock": "The quake struck at 1800 local time, 40 km from the city." => ["time=18:00", "number=40"],
    "named_hour": "The ceasefire took effect at midnight on Friday." => ["time=00:00", "date=2022-01-21"],
    "named_hour": "the talks resumed at noon" => ["time=12:00"],
    "!named_hour": "shortly before midnight" => [],
    "named_hour": "ARRY stock was up 55% as of noon Monday" => ["number=55", "time=12:00", "date=2022-01-17"],
    "named_hour": "By midnight, 12 bodies had been recovered." => ["time=00:00", "number=12"],
    "!clock": "about 10 people" => ["number=10"],
    "clock": "at 9 a.m. local time" => ["time=09:00"],
    "clock": "sank around 11 o'clock on Monday" => ["time=11:00", "date=2022-01-17"],
    "clock": "at 11 o’clock" => ["time=11:00"],
    "clock": "since nine o'clock in the evening" => ["time=21:00"],
    "clock": "since nine o'clock on Tuesday night" => ["time=21:00", "date=2022-01-18"],
    "!clock": "nine o" => ["number=9"],
    "clock": "at 9 o'clock at night" => ["time=21:00"],
    "clock": "lost contact at 8:44 a.m. local time (1:44 p.m. in Manila)" => ["time=08:44", "time=13:44"],
    "clock": "at 4 o'clock in the afternoon" => ["time=16:00"],
    "clock": "disappeared at 2.24am local time" => ["time=02:24"],
    "clock": "at 2:24am on Thursday" => ["time=02:24", "date=2022-01-20"],
    "clock": "the blast at 7pm killed" => ["time=19:00"],
    "clock": "until 11.30 p.m. on" => ["time=23:30"],
    "clock": "at 12am" => ["time=00:00"],
    "clock": "performance began around 9p.m. on Friday" => ["time=21:00", "date=2022-01-21"],
    "clock": "docked at 7:45a.m. and" => ["time=07:45"],
    "!clock": "cao 2.24 m" => ["number=2.24"],
    "clock": "lúc 9:30 sáng" => ["time=09:30"],
    "hour_h": "Tối qua, khoảng 10h30, một vụ cháy xảy ra" => ["date=2022-01-21", "time=22:30"],
    "hour_h": "Tối 19/1, khoảng 9h, xảy ra vụ việc" => ["date=2022-01-19", "time=21:00"],
    "hour_h": "Sáng nay, khoảng 10h30, một vụ cháy xảy ra" => ["date=2022-01-22", "time=10:30"],
    "!clock": "tỷ số 3:1" => [],
];

const AFTERNOON: &[&str] = &["chiều", "tối", "đêm", "pm", "p.m"];
const MORNING: &[&str] = &["sáng", "trưa", "am", "a.m", "rạng", "khuya"];

/// Words before a figure that ask "when": the figure is a time of day.
static WHEN_BEFORE: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(["lúc", "vào", "đến", "tới", "từ", "tầm"]));

/// Words before a figure that ask "how long": `N giờ` after them is a duration.
static HOW_LONG_BEFORE: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new([
        "dài", "mất", "trong", "suốt", "sau", "hơn", "gần", "những", "các", "mỗi", "chỉ",
    ])
});

/// Words after a time that name its day: "16 giờ ngày 19-5", "cùng ngày", "hôm nay".
static DAY_AFTER: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(["ngày", "cùng", "hôm", "nay", "hằng", "hàng", "mỗi"]));

/// Whether the words at `k` name a day: "cùng ngày", "ngày 19-5", "hôm nay", "hôm qua".
fn names_the_day(toks: &[Tok], k: usize) -> bool {
    let next = toks.get(k + 1);
    match toks.get(k) {
        Some(t) if t.is("cùng") => next.is_some_and(|n| n.is("ngày")),
        Some(t) if t.is("ngày") => next.is_some_and(|n| n.class == Class::Num),
        Some(t) if t.is("hôm") => next.is_some_and(|n| n.is_any(&["nay", "qua"])),
        _ => false,
    }
}

/// Whether the words at `k`, right after "giờ", make the hour a clock time: a part of the day
/// ("8 giờ tối") or the day itself ("17 giờ cùng ngày", "23 giờ ngày 16/11").
fn dates_the_hour(toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(is_clock_word) || names_the_day(toks, k)
}

/// Words that open an approximate time: "khoảng 16 giờ".
static ABOUT: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(["khoảng", "chừng", "tầm", "about", "around", "approximately"]));

fn push(ctx: &Ctx, out: &mut Vec<Claim>, rule: &'static str, span: Span, hour: u32, minute: u32) {
    let hour = evening_before(ctx.toks, span, hour);
    let m = (hour * 60 + minute) as f64;
    out.push(Claim {
        kind: Kind::Time,
        value: Value::Time { hour, minute },
        range: (m, m),
        qualifier: None,
        slot: "time".into(),
        span,
        sentence: ctx.sentence,
        rule,
        weekday: None,
    });
}

/// How far "khoảng 14h30" may be from 14:30: it fits 14:28, not 14:45 (15:45 and 16:00 are
/// two times an editor tells apart).
const ABOUT_MINUTES: f64 = 10.0;

/// How far "at midday" may be from 12:00: the middle hours of the day.
const MIDDAY_MINUTES: f64 = 60.0;

/// A time said approximately covers the minutes around it: "khoảng 14h" is 13:50–14:10,
/// "hơn 8 giờ tối" 20:00–20:59.
fn widen(c: &mut Claim, qualifier: &'static str, before: f64, after: f64) {
    c.range = (c.range.0 + before, c.range.1 + after);
    c.qualifier = Some(qualifier);
}

/// "shortly after 9 p.m.", "just before 7am", "after 10 p.m.": an English bound before a
/// clock time covers the half hour on its side (the hour, without "shortly"), as "hơn 8 giờ
/// tối" covers the hour after it.
fn english_bound(toks: &[Tok], i: usize, c: &mut Claim) {
    let Some(word) = i.checked_sub(1).map(|p| &toks[p]) else {
        return;
    };
    let after = word.is("after");
    if !after && !word.is("before") {
        return;
    }
    let shortly = i >= 2 && toks[i - 2].is_any(&["shortly", "just", "soon", "right"]);
    let span = if shortly { 30.0 } else { 59.0 };
    match (after, shortly) {
        (true, true) => widen(c, "just after", 0.0, span),
        (true, false) => widen(c, "more than", 0.0, span),
        (false, true) => widen(c, "just before", -span, 0.0),
        (false, false) => widen(c, "less than", -span, 0.0),
    }
    c.span.start = toks[i - 1 - usize::from(shortly)].start;
}

/// A morning hour said after the evening it belongs to, with no part of the day after it:
/// "Tối qua, khoảng 10h30" is 22:30, "Chiều nay, lúc 3h" 15:00, "đêm qua, khoảng 11h"
/// 23:00 ("đêm qua, khoảng 2h" stays 2:00).
fn evening_before(toks: &[Tok], span: Span, hour: u32) -> u32 {
    const BETWEEN: &[&str] = &[
        "khoảng", "lúc", "vào", "tầm", "chừng", "qua", "nay", "hôm", "này", "ngày",
    ];
    if hour == 0 || hour >= 12 {
        return hour;
    }
    let first = toks.partition_point(|t| t.start < span.start);
    let end = toks.partition_point(|t| t.start < span.end);
    // ("p.m." is cut into "p", ".", "m".)
    if toks
        .get(end)
        .is_some_and(|t| t.is_any(AFTERNOON) || t.is_any(MORNING) || t.is_any(&["a", "p"]))
    {
        return hour;
    }
    let mut k = first;
    // (The evening's date may stand between: "Tối 19/5, khoảng 9h".)
    let between = |t: &Tok| {
        t.is_any(BETWEEN)
            || t.class == Class::Num
            || [',', '/', '-', '.'].iter().any(|&c| t.is_punct(c))
    };
    while k > 0 && first - k < 7 && between(&toks[k - 1]) {
        k -= 1;
    }
    match k.checked_sub(1).map(|p| &toks[p]) {
        Some(t) if t.is_any(&["chiều", "tối"]) => on_24_hours(hour, true),
        Some(t) if t.is_any(&["đêm", "khuya"]) && hour >= 6 => hour + 12,
        _ => hour,
    }
}

/// Where the ". m ." that "p.m." and "a.m." are cut into after their first letter (token `j`,
/// alone or glued to the figure: "9p.m.") ends, if it follows.
fn dot_m_after(toks: &[Tok], j: usize) -> Option<usize> {
    let (dot, m) = (toks.get(j + 1)?, toks.get(j + 2)?);
    if !(dot.is_punct('.') && m.s.eq_ignore_ascii_case("m")) {
        return None;
    }
    Some(if toks.get(j + 3).is_some_and(|d| d.is_punct('.')) {
        j + 4
    } else {
        j + 3
    })
}

/// Applies "chiều/tối/p.m." after the time (a following part-of-day word).
fn part_of_day(toks: &[Tok], j: usize, hour: u32) -> (u32, usize) {
    let Some(t) = toks.get(j) else {
        return (hour, j);
    };
    // "p.m." tokenises as p . m . ; "pm" as one word.
    let word = if t.is("p") || t.is("a") {
        if let Some(end) = dot_m_after(toks, j) {
            return (on_24_hours(hour, t.is("p")), end);
        }
        return (hour, j);
    } else {
        t
    };
    // "12h đêm", "12 giờ khuya": twelve at night is midnight, 0:00 (12 p.m. stays noon).
    if hour == 12 && word.is_any(&["đêm", "khuya", "tối"]) {
        return (0, j + 1);
    }
    // "2h đêm", "1h khuya" are small hours; "11h đêm", "11h khuya" late evening (23:00).
    if word.is_any(&["đêm", "khuya"]) {
        let hour = if (6..12).contains(&hour) {
            hour + 12
        } else {
            hour
        };
        return (hour, j + 1);
    }
    if AFTERNOON.iter().any(|w| word.is(w)) {
        return (on_24_hours(hour, true), j + 1);
    }
    // English parts of the day in words: "in the afternoon", "in the evening", "in the
    // morning", "at night" (9 at night is 21:00; 3 at night stays 3:00).
    let at = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.is(w));
    if word.is("in") && at(j + 1, "the") {
        if at(j + 2, "afternoon") || at(j + 2, "evening") {
            return (on_24_hours(hour, true), j + 3);
        }
        if at(j + 2, "morning") {
            return (hour, j + 3);
        }
    }
    if word.is("at") && at(j + 1, "night") {
        return (
            if (6..12).contains(&hour) {
                hour + 12
            } else {
                hour
            },
            j + 2,
        );
    }
    if MORNING.iter().any(|w| word.is(w)) {
        return (hour, j + 1);
    }
    // "nine o'clock on Tuesday night": the part of the day after the weekday, which stays
    // the date rule's to read.
    // (chrono reads the weekday's English name: the date rules import this module, not the
    // reverse.)
    let weekday = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.is_capitalized() && t.s.parse::<chrono::Weekday>().is_ok())
    };
    if word.is("on") && weekday(j + 1) {
        let later = match toks.get(j + 2) {
            Some(t) if t.is_any(&["afternoon", "evening"]) => (1..12).contains(&hour),
            Some(t) if t.is("night") => (6..12).contains(&hour),
            _ => false,
        };
        if later {
            return (hour + 12, j);
        }
    }
    (hour, j)
}

/// An English part of the day a few words before a clock with none after it: "this evening
/// at about 7:30" is 19:30, "Tuesday night at 10:15" is 22:15 (a 24-hour clock stays).
fn afternoon_before(toks: &[Tok], i: usize, hour: u32) -> u32 {
    let part = (i.saturating_sub(4)..i)
        .rev()
        .take_while(|&k| !toks[k].is_punct('.') && !toks[k].is_punct(';'))
        .find_map(|k| {
            let t = &toks[k];
            if t.is_any(&["afternoon", "evening", "tonight"]) {
                Some(true)
            } else if t.is("night") {
                Some(false)
            } else {
                None
            }
        });
    match part {
        Some(true) if (1..12).contains(&hour) => hour + 12,
        Some(false) if (6..12).contains(&hour) => hour + 12,
        _ => hour,
    }
}

/// "started the descent at 5:20 pm IST and touched down at 6:04": a 12-hour clock without a
/// part of the day, after one told in the afternoon or evening in its sentence and not
/// earlier than it read so, is in that half of the day too (18:04).
fn later_than_afternoon_clock(ctx: &Ctx, out: &[Claim], hour: u32) -> Option<u32> {
    if !(1..12).contains(&hour) {
        return None;
    }
    let before = out
        .iter()
        .rev()
        .take_while(|c| c.span.start >= ctx.sentence.start)
        .find(|c| c.kind == Kind::Time)?;
    let mention = &ctx.text[before.span.start..before.span.end];
    let pm = mention.to_ascii_lowercase().replace('.', "").contains("pm");
    // The earlier clock's hour as written, its first digits (a zone after it moved the value
    // to UTC).
    let written: u32 = mention
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| !w.is_empty())?
        .parse()
        .ok()?;
    (pm && hour >= written % 12).then_some(hour + 12)
}

/// "14 giờ chiều nay": the part of the day sets the hour and belongs to the time's mention,
/// and "chiều nay" is read again by the date rules (it dates the time): the next rule starts
/// at the part of the day.
fn next_rule_at(toks: &[Tok], before_part: usize, after_part: usize) -> usize {
    if after_part > before_part
        && toks
            .get(after_part)
            .is_some_and(|n| n.is_any(&["nay", "qua"]))
    {
        before_part
    } else {
        after_part
    }
}

fn is_clock_word(t: &Tok) -> bool {
    AFTERNOON.iter().chain(MORNING).any(|w| t.is(w)) || t.is("p") || t.is("a")
}

/// Whether the words around the figure at `i` (its time unit ending before `after`) say it is a
/// time of day: a part of the day or a day after it, or a "when" word before it.
fn when_context(toks: &[Tok], i: usize, after: usize) -> bool {
    let next = toks.get(after);
    if next.is_some_and(|n| is_clock_word(n) || DAY_AFTER.contains(n) || n.is_punct('(')) {
        return true;
    }
    let Some(prev) = i.checked_sub(1).map(|k| &toks[k]) else {
        return false;
    };
    if WHEN_BEFORE.contains(prev) {
        return true;
    }
    // "Khoảng 16 giờ, …" opening a clause, or "khoảng 23 giờ" (no one says 23 hours roughly)
    // after "vào": a time; "kéo dài khoảng 2 giờ" is not.
    if ABOUT.contains(prev) {
        let before = i.checked_sub(2).map(|k| &toks[k]);
        return before.is_none_or(|b| b.is_punct(',') || WHEN_BEFORE.contains(b))
            && !before.is_some_and(|b| HOW_LONG_BEFORE.contains(b));
    }
    false
}

/// Whether a word before the figure says the hours are a length ("kéo dài 2 giờ 32 phút").
fn how_long(toks: &[Tok], i: usize) -> bool {
    let prev = |k: usize| i.checked_sub(k).map(|k| &toks[k]);
    prev(1).is_some_and(|p| HOW_LONG_BEFORE.contains(p))
        || (prev(1).is_some_and(|p| ABOUT.contains(p))
            && prev(2).is_some_and(|p| HOW_LONG_BEFORE.contains(p)))
}

/// A two-digit minute token after a bare hour ("20h 15"), when no counted noun follows it.
fn minute_token(toks: &[Tok], j: usize) -> Option<u32> {
    let t = toks
        .get(j)
        .filter(|t| t.class == Class::Num && t.s.len() == 2)?;
    let m: u32 = t.s.parse().ok().filter(|m| *m <= 59)?;
    let next_is_noun = toks
        .get(j + 1)
        .is_some_and(|n| n.is_lower_word() && !n.is("phút") && !is_clock_word(n));
    (!next_is_noun).then_some(m)
}

/// The hour an English word names: midnight 0, noon and midday 12.
fn named_hour(t: &Tok) -> Option<u32> {
    if t.is("midnight") {
        Some(0)
    } else if t.is("noon") || t.is("midday") {
        Some(12)
    } else {
        None
    }
}

/// Tries the time rules at token `i`: a figure, or "khoảng" before one.
pub fn at(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    let t = toks.get(i)?;
    if t.class == Class::Word {
        // clock: "nine o'clock", the hour in words.
        let word_hour = || {
            super::numeral::english_number_word(t.s)
                .filter(|h| (1..=12).contains(h))
                .map(|h| h as u32)
        };
        if let Some((after, hour)) = oclock_after(toks, i).and_then(|a| Some((a, word_hour()?))) {
            let (hour, end) = part_of_day(toks, after, hour);
            push(ctx, out, "clock", ctx.span(i, end), hour % 24, 0);
            return Some(end);
        }
        // "khoảng 16 giờ": the mention keeps the qualifier.
        if ABOUT.contains(t) && toks.get(i + 1).is_some_and(|n| n.class == Class::Num) {
            let before = out.len();
            let end = clock_at(ctx, i + 1, out)?;
            if let Some(c) = out.get_mut(before) {
                c.span.start = t.start;
                widen(c, "about", -ABOUT_MINUTES, ABOUT_MINUTES);
            }
            return Some(in_zone(ctx, i + 1, end, out.get_mut(before)));
        }
        // "hơn 8 giờ tối": a bound on the hour, with a part of the day that makes it a time.
        // "Đến hơn 17 giờ cùng ngày", "hơn 23 giờ ngày 16/11": a day after the hour dates it
        // ("hơn 10 giờ mỗi ngày" is a length of time each day).
        // (Asked only after the bound's word, as the glued hours are.)
        let day_part_follows =
            || toks.get(i + 2).is_some_and(|u| u.is("giờ")) && dates_the_hour(toks, i + 3);
        // "Gần 17h, đèo xảy ra sạt lở", "vào gần 17h": hours glued to the figure opening a
        // clause, or after a word that asks when, are the clock's ("kéo dài gần 17h" is not).
        // (Asked only of those two words, and only when no part of the day follows.)
        let glued_when = || {
            t.is_any(&["hơn", "gần"])
                && toks.get(i + 1).is_some_and(|n| {
                    n.s.split_once('h')
                        .is_some_and(|(h, _)| h.parse::<u32>().is_ok())
                })
                && (i == 0
                    || toks[i - 1].is_punct(',')
                    || WHEN_BEFORE.contains(&toks[i - 1])
                    // "Vào khoảng hơn 1h sáng": about, and past, the hour.
                    || ABOUT.contains(&toks[i - 1])
                    // "cho biết hơn 23h ngày 16/11": a day after the hour dates it.
                    || toks.get(i + 2).is_some_and(|n| n.is("ngày")))
        };
        if t.is_any(&["hơn", "gần", "sau", "trước"])
            && toks.get(i + 1).is_some_and(|n| n.class == Class::Num)
            && (day_part_follows() || glued_when())
        {
            let before = out.len();
            let end = clock_at(ctx, i + 1, out)?;
            if let Some(c) = out.get_mut(before) {
                c.span.start = t.start;
                if t.is("hơn") || t.is("sau") {
                    widen(c, "more than", 0.0, 59.0);
                } else {
                    widen(c, "nearly", -ABOUT_MINUTES, 0.0);
                }
            }
            return Some(end);
        }
        // "at midnight", "at noon": the clock's two named hours, after "at", or after "by",
        // "until" or "as of", the moment a tally stands at ("as of noon Monday", "By
        // midnight, 12 bodies had been recovered"); not after "before" (a bound across the
        // day's end) or "since" (a length of time).
        let moment_word = |k: usize| {
            toks[k].is_any(&["at", "by", "until", "till"])
                || (toks[k].is("of") && k > 0 && toks[k - 1].is("as"))
        };
        if let Some(hour) = named_hour(t).filter(|_| i > 0 && moment_word(i - 1)) {
            let before = out.len();
            push(ctx, out, "named_hour", ctx.span(i, i + 1), hour, 0);
            // "struck … at midday": the middle of the day, as "trưa" is, not the stroke of
            // noon; 12:20 and 12:50 are within it.
            if t.is("midday") {
                if let Some(c) = out.get_mut(before) {
                    widen(c, "midday", -MIDDAY_MINUTES, MIDDAY_MINUTES);
                }
            }
            return Some(i + 1);
        }
        return None;
    }
    let before = out.len();
    let end = clock_at(ctx, i, out)?;
    if let Some(c) = out.get_mut(before) {
        english_bound(toks, i, c);
    }
    let end = span_to(ctx, i, end, out, before).unwrap_or(end);
    let end = in_zone(ctx, i, end, out.get_mut(before));
    gloss_keeps_bound(ctx, i, out, before);
    Some(end)
}

/// "between 1:30am and 2:30am", "from 9 a.m. to 11 a.m.": one span of the clock, told by its
/// first time and covering up to the second (the second is no moment of its own). Gives the
/// token after the second time.
fn span_to(ctx: &Ctx, i: usize, end: usize, out: &mut [Claim], at: usize) -> Option<usize> {
    let toks = ctx.toks;
    let opens = i > 0 && toks[i - 1].is_any(&["between", "from"]);
    if !opens || !toks.get(end).is_some_and(|t| t.is_any(&["and", "to"])) {
        return None;
    }
    let mut second = Vec::new();
    let after = clock_at(ctx, end + 1, &mut second)?;
    let (Some(Value::Time { hour, minute }), Some(c)) =
        (second.first().map(|c| &c.value), out.get_mut(at))
    else {
        return None;
    };
    let Value::Time {
        hour: h0,
        minute: m0,
    } = c.value
    else {
        return None;
    };
    let minutes = (hour * 60 + minute) as f64 - (h0 * 60 + m0) as f64;
    if !(0.0 < minutes && minutes <= 12.0 * 60.0) {
        return None;
    }
    widen(c, "range", 0.0, minutes);
    c.span.end = toks[after - 1].end;
    Some(after)
}

/// "at about 09:00 local time (00:00 GMT)": a time in brackets right after another writes
/// that time again in another zone, as approximately as it.
fn gloss_keeps_bound(ctx: &Ctx, i: usize, out: &mut [Claim], at: usize) {
    if at == 0 || i == 0 || !ctx.toks[i - 1].is_punct('(') || at >= out.len() {
        return;
    }
    let (told, gloss) = out.split_at_mut(at);
    let (told, gloss) = (&told[at - 1], &mut gloss[0]);
    let (Value::Time { hour, minute }, Value::Time { .. }) = (&told.value, &gloss.value) else {
        return;
    };
    let between = ctx
        .text
        .get(told.span.end..ctx.toks[i - 1].start)
        .unwrap_or(",");
    if told.kind != Kind::Time
        || told.qualifier.is_none()
        || gloss.qualifier.is_some()
        || between.len() > 24
        || between.contains([',', '.', ';', ')'])
    {
        return;
    }
    let m = f64::from(hour * 60 + minute);
    let (before, after) = (told.range.0 - m, told.range.1 - m);
    gloss.range = (gloss.range.0 + before, gloss.range.1 + after);
    gloss.qualifier = told.qualifier;
}

/// Brings the time just read (tokens `i..end`, claim `c`) to UTC when a zone is written with
/// it; returns the token after the time and its zone.
fn in_zone(ctx: &Ctx, i: usize, end: usize, c: Option<&mut Claim>) -> usize {
    let toks = ctx.toks;
    // "23:09 CEST", "(GMT 00:58)", "21h (giờ Việt Nam)": a time in a named zone is brought to
    // UTC and compared only with other such times (slot `time/UTC`); one in local time, or
    // in no zone, stays a local time. Two zones cannot be told apart otherwise: "03:00 local
    // time" in Cairo and "02:45 CEST" are not one moment written twice.
    let zone =
        zone_after(toks, end, ctx.published).or_else(|| zone_before(toks, i).map(|z| (z, end)));
    let Some(c) = c else {
        return end;
    };
    if let Some((offset, zone_end)) = zone {
        if let Value::Time { hour, minute } = c.value {
            let utc = ((hour * 60 + minute) as i32 - offset).rem_euclid(24 * 60) as u32;
            let shift = utc as f64 - (hour * 60 + minute) as f64;
            c.value = Value::Time {
                hour: utc / 60,
                minute: utc % 60,
            };
            c.range = (c.range.0 + shift, c.range.1 + shift);
            c.slot = "time/UTC".into();
            if zone_end > end {
                c.span.end = toks[zone_end - 1].end;
            }
        }
        return end.max(zone_end);
    }
    // A place's time: when the article speaks of the place elsewhere ("from Paris to Cairo …
    // 2:30 am Cairo time"), it is where things happen and its time is the local time; when
    // it names the place only for its time ("7.58am Sunday, Singapore time"), it is the
    // reader's time, compared only with times told in that place's time.
    let bracketed = i > 0 && toks[i - 1].is_punct('(');
    if let Some((place, zone_end)) = place_time(toks, end, bracketed) {
        let elsewhere = ctx.text.matches(place.as_str()).nth(1).is_some();
        if !elsewhere && matches!(c.value, Value::Time { .. }) {
            c.slot = format!("time/{place}").into();
        }
        return end.max(zone_end);
    }
    end
}

/// A place's time named after a time, over a bracket and a day's name before a comma
/// ("7.58am Sunday, Singapore time"): "Singapore time", "Paris time", "giờ Mỹ" (not "local
/// time", "giờ địa phương", nor Vietnam's, which [`zone_after`] reads): the place as written
/// and the token after the zone. (A day's name is any capitalised word before the comma: the
/// date rules, which read weekdays, read this module's zones.)
fn place_time(toks: &[Tok], end: usize, bracketed: bool) -> Option<(String, usize)> {
    let mut k = end;
    let day_before_comma = |k: usize| {
        toks[k].class == Class::Word
            && toks[k].is_capitalized()
            && toks.get(k + 1).is_some_and(|t| t.is_punct(','))
    };
    while k < toks.len()
        && k < end + 3
        && (toks[k].is_punct('(') || toks[k].is_punct(',') || day_before_comma(k))
    {
        k += 1;
    }
    let capital = |j: usize| {
        toks.get(j)
            .is_some_and(|t| t.class == Class::Word && t.is_capitalized())
    };
    // English: one or two capitalised words, then "time".
    let english =
        (1..=2).find(|&n| (k..k + n).all(capital) && toks.get(k + n).is_some_and(|t| t.is("time")));
    // A time in brackets told for a place, the same moment for another reader ("8:44 a.m.
    // local time (1:44 p.m. in Manila)", "6am (3am UAE)"): "in" and one or two capitalised
    // words, or those words alone, closing the bracket.
    let in_place = bracketed
        .then(|| {
            let from = if toks.get(k).is_some_and(|t| t.is("in")) {
                k + 1
            } else {
                k
            };
            (1..=2)
                .find(|&n| {
                    (from..from + n).all(capital)
                        && toks.get(from + n).is_some_and(|t| t.is_punct(')'))
                })
                .map(|n| (from, n))
        })
        .flatten();
    if let Some((from, n)) = in_place {
        let place = toks[from..from + n]
            .iter()
            .map(|t| t.s)
            .collect::<Vec<_>>()
            .join(" ");
        return Some((place, from + n));
    }
    if let Some(n) = english {
        let place = toks[k..k + n]
            .iter()
            .map(|t| t.s)
            .collect::<Vec<_>>()
            .join(" ");
        return Some((place, k + n + 1));
    }
    // Vietnamese: "giờ" and a capitalised place.
    if toks.get(k).is_some_and(|t| t.is("giờ")) && capital(k + 1) {
        let n = if capital(k + 2) { 2 } else { 1 };
        let place = toks[k + 1..k + 1 + n]
            .iter()
            .map(|t| t.s)
            .collect::<Vec<_>>()
            .join(" ");
        let vietnam = ["Việt Nam", "VN", "Hà Nội"].contains(&place.as_str());
        return (!vietnam).then_some((place, k + 1 + n));
    }
    None
}

/// Zones a time may be written in, with their offset from UTC in minutes.
const ZONES: &[(&str, i32)] = &[
    ("GMT", 0),
    ("UTC", 0),
    ("BST", 60),
    ("CET", 60),
    ("CEST", 120),
    ("EET", 120),
    ("EEST", 180),
    ("EST", -300),
    ("EDT", -240),
    ("CDT", -300),
    ("MST", -420),
    ("MDT", -360),
    ("PST", -480),
    ("PDT", -420),
    ("AKDT", -480),
    ("HST", -600),
    // Atlantic and Newfoundland daylight time: "10:30 NDT" is "10:00 ADT". (Not their
    // standard times: "AST" is also Arabia's, "NST" Taiwan's.)
    ("ADT", -180),
    ("NDT", -150),
    ("IST", 330),
    ("ICT", 420),
    ("WIB", 420),
    ("SGT", 480),
    ("HKT", 480),
    ("PHT", 480),
    ("JST", 540),
    ("KST", 540),
    ("AEST", 600),
    ("AEDT", 660),
];

/// A zone token with an optional offset ("GMT", "GMT+7", "UTC +7"): (offset in minutes, tokens).
pub(super) fn zone_at(toks: &[Tok], k: usize) -> Option<(i32, usize)> {
    let t = toks.get(k)?;
    let &(_, base) = ZONES.iter().find(|(z, _)| t.s == *z)?;
    let sign = toks.get(k + 1).and_then(|s| match s.s {
        "+" => Some(1),
        "-" | "−" => Some(-1),
        _ => None,
    });
    if let (Some(sign), Some(h)) = (
        sign,
        toks.get(k + 2)
            .filter(|h| h.class == Class::Num)
            .and_then(|h| h.s.parse::<i32>().ok())
            .filter(|h| *h <= 14),
    ) {
        return Some((base + sign * h * 60, 3));
    }
    Some((base, 1))
}

/// A zone right after a time: "23:09 CEST", "21:09 GMT", "21h (giờ Việt Nam)", "(GMT+7)",
/// "3:30 p.m. ET" (when the publication date is known).
/// Returns the offset and the token after the zone (and its bracket).
fn zone_after(toks: &[Tok], end: usize, published: Option<NaiveDate>) -> Option<(i32, usize)> {
    let open = toks.get(end).is_some_and(|t| t.is_punct('('));
    let k = end + usize::from(open);
    let close = |j: usize| j + usize::from(open && toks.get(j).is_some_and(|t| t.is_punct(')')));
    if let Some((offset, n)) = zone_at(toks, k) {
        return Some((offset, close(k + n)));
    }
    // "3:30 p.m. ET": an American zone without its season, read for the publication date.
    if let Some(&(_, standard)) = US_ZONES
        .iter()
        .find(|(z, _)| toks.get(k).is_some_and(|t| t.s == *z))
    {
        let saving = i32::from(us_daylight_saving(published?));
        return Some((standard + 60 * saving, close(k + 1)));
    }
    // "7:09 am Mountain Time", "9 p.m. Eastern Standard Time": the same zones by name.
    if let Some(&(_, standard)) = US_ZONE_NAMES
        .iter()
        .find(|(z, _)| toks.get(k).is_some_and(|t| t.s == *z))
    {
        let season = toks
            .get(k + 1)
            .filter(|t| t.is_any(&["Standard", "Daylight"]));
        let n = 1 + usize::from(season.is_some());
        if toks.get(k + n).is_some_and(|t| t.is("time")) {
            let saving = match season {
                Some(t) => i32::from(t.is("Daylight")),
                None => i32::from(us_daylight_saving(published?)),
            };
            return Some((standard + 60 * saving, close(k + n + 1)));
        }
    }
    // Vietnam's time (UTC+7) by name.
    [
        &["giờ", "VN"][..],
        &["giờ", "Việt", "Nam"],
        &["giờ", "Hà", "Nội"],
    ]
    .iter()
    .find(|words| {
        words
            .iter()
            .enumerate()
            .all(|(n, w)| toks.get(k + n).is_some_and(|t| t.is(w)))
    })
    .map(|words| (420, close(k + words.len())))
}

/// The American zones written without their season ("3:30 p.m. ET"): standard offsets in
/// minutes, an hour later while daylight saving runs.
const US_ZONES: &[(&str, i32)] = &[("ET", -300), ("CT", -360), ("MT", -420), ("PT", -480)];
const US_ZONE_NAMES: &[(&str, i32)] = &[
    ("Eastern", -300),
    ("Central", -360),
    ("Mountain", -420),
    ("Pacific", -480),
];

/// Whether American daylight saving time runs on a day: from the second Sunday of March to
/// the first Sunday of November (the rule since 2007).
fn us_daylight_saving(day: NaiveDate) -> bool {
    let sunday_from = |month: u32, from_day: u32| {
        let d = NaiveDate::from_ymd_opt(day.year(), month, from_day).expect("a valid day");
        d + chrono::Days::new(u64::from((7 - d.weekday().num_days_from_sunday()) % 7))
    };
    sunday_from(3, 8) <= day && day < sunday_from(11, 1)
}

/// The offset of a zone just before a time: "(GMT 00:58)", "GMT+7 00:58".
fn zone_before(toks: &[Tok], i: usize) -> Option<i32> {
    let k = i.checked_sub(1)?;
    (k.saturating_sub(2)..=k)
        .find_map(|z| zone_at(toks, z).filter(|(_, n)| z + n == i))
        .map(|(offset, _)| offset)
}

/// A clock time written the English way with its part of the day glued on or after it: "7pm",
/// "2:24am", "2.24am", "2.24 a.m." (a dot between hour and minutes only there: in Vietnamese
/// text `2.24` is a number). Returns (hour on the 24-hour clock, minute, end of the mention).
fn english_clock(toks: &[Tok], i: usize) -> Option<(u32, u32, usize)> {
    let s = toks[i].s;
    let suffix = |x: &str| {
        s.len() > 2 && s.is_char_boundary(s.len() - 2) && s[s.len() - 2..].eq_ignore_ascii_case(x)
    };
    // "9p.m.": the first letter glued on, the rest cut off as ". m .".
    let dotted_end = dot_m_after(toks, i);
    let glued_letter =
        |x: char| dotted_end.is_some() && s.len() > 1 && s.ends_with([x, x.to_ascii_uppercase()]);
    let (head, glued_pm, glued_end) = if suffix("pm") {
        (&s[..s.len() - 2], Some(true), i + 1)
    } else if suffix("am") {
        (&s[..s.len() - 2], Some(false), i + 1)
    } else if let (true, Some(end)) = (glued_letter('p'), dotted_end) {
        (&s[..s.len() - 1], Some(true), end)
    } else if let (true, Some(end)) = (glued_letter('a'), dotted_end) {
        (&s[..s.len() - 1], Some(false), end)
    } else {
        (s, None, i + 1)
    };
    let (h, m) = match head.split_once([':', '.']) {
        Some((h, m)) if m.len() == 2 => (h, m),
        Some(_) => return None,
        // "7pm": the hour alone, only with the part of the day glued on.
        None if glued_pm.is_some() => (head, "00"),
        None => return None,
    };
    // Without a glued part of the day, only the dotted form is read here ("2.24 a.m."); "3:45
    // p.m." is the colon rule's.
    if glued_pm.is_none() && !head.contains('.') {
        return None;
    }
    let (hour, minute): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    if !(1..=12).contains(&hour) || minute > 59 {
        return None;
    }
    match glued_pm {
        Some(pm) => Some((on_24_hours(hour, pm), minute, glued_end)),
        None => {
            if !toks.get(i + 1).is_some_and(opens_half_day) {
                return None;
            }
            let (hour, end) = part_of_day(toks, i + 1, hour);
            (end > i + 1).then_some((hour, minute, end))
        }
    }
}

/// An hour of the 12-hour clock on the 24-hour one: 12 a.m. is 0, 1–11 p.m. are 13–23.
fn on_24_hours(hour: u32, pm: bool) -> u32 {
    match (pm, hour) {
        (true, h) if h < 12 => h + 12,
        (false, 12) => 0,
        (_, h) => h,
    }
}

/// Whether a token opens "a.m."/"p.m." or is "am"/"pm".
pub(crate) fn opens_half_day(t: &Tok) -> bool {
    t.is("p") || t.is("a") || t.is("pm") || t.is("am")
}

/// Where "o'clock" after the hour at `i` ends (the apostrophe straight or curly, cut apart or
/// not).
fn oclock_after(toks: &[Tok], i: usize) -> Option<usize> {
    if toks
        .get(i + 1)
        .is_some_and(|n| n.is_any(&["o'clock", "o’clock"]))
    {
        Some(i + 2)
    } else if toks.get(i + 1).is_some_and(|n| n.is("o"))
        && toks.get(i + 2).is_some_and(Tok::is_apostrophe)
        && toks.get(i + 3).is_some_and(|n| n.is("clock"))
    {
        Some(i + 4)
    } else {
        None
    }
}

fn clock_at(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    let t = toks.get(i).filter(|t| t.class == Class::Num)?;

    // hour_h / hour_g: "15h45", "9h", "17g", "18g30"
    for (sep, rule) in [('h', "hour_h"), ('g', "hour_g")] {
        let Some((h, m)) = t.s.split_once(sep) else {
            continue;
        };
        let hour: u32 = h.parse().ok()?;
        // "19h40phút", "7h30p": the word for minutes glued on.
        let m = m
            .strip_suffix("phút")
            .or_else(|| m.strip_suffix('p'))
            .unwrap_or(m);
        let mut minute: Option<u32> = if m.is_empty() {
            None
        } else {
            Some(m.parse().ok().filter(|_| m.len() == 2)?)
        };
        if hour > 24 || minute.is_some_and(|m| m > 59) {
            return None;
        }
        let mut end = i + 1;
        // "24h qua", "48h tới", "1h and 45 minutes": a length of time, not a clock.
        if minute.is_none()
            && (hour == 24
                || toks
                    .get(end)
                    .is_some_and(|n| n.is_any(&["qua", "tới", "liền", "liên"]))
                || (toks.get(end).is_some_and(|n| n.is("and"))
                    && toks
                        .get(end + 2)
                        .is_some_and(|n| n.is_any(&["minutes", "minute"]))))
        {
            return None;
        }
        // "20h 15": the minutes in a token of their own.
        if minute.is_none() {
            if let Some(m) = minute_token(toks, end) {
                minute = Some(m);
                end += 1;
            }
        }
        // Grams look like hours: "17g" is a time only when the words say when.
        if sep == 'g' && minute.is_none() && !when_context(toks, i, end) {
            return None;
        }
        // "14h30'": the minute mark belongs to the mention.
        if toks.get(end).is_some_and(Tok::is_apostrophe) {
            end += 1;
        }
        let (hour, after) = part_of_day(toks, end, hour);
        push(
            ctx,
            out,
            rule,
            ctx.span(i, end),
            hour % 24,
            minute.unwrap_or(0),
        );
        return Some(next_rule_at(toks, end, after));
    }

    // clock: "7pm", "2:24am", "2.24am", "11.30 p.m.": English with a part of the day.
    if let Some((hour, minute, end)) = english_clock(toks, i) {
        push(ctx, out, "clock", ctx.span(i, end), hour % 24, minute);
        return Some(end);
    }
    // clock: "3:45 p.m.", "12:30", "07:58:11" (the seconds dropped); "in 2:00:35" is a
    // runner's time, a length.
    if race_time(toks, i).is_some() {
        return None;
    }
    if let Some((h, m)) = t.s.split_once(':') {
        let m = match m.split_once(':') {
            Some((m, sec)) if sec.len() == 2 && sec.parse::<u32>().is_ok_and(|s| s < 60) => m,
            _ => m,
        };
        let (hour, minute): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
        if hour > 24 || minute > 59 || m.len() != 2 {
            return None;
        }
        let (hour, end) = part_of_day(toks, i + 1, hour);
        let hour = if end == i + 1 {
            later_than_afternoon_clock(ctx, out, hour)
                .unwrap_or_else(|| afternoon_before(toks, i, hour))
        } else {
            hour
        };
        push(ctx, out, "clock", ctx.span(i, end), hour % 24, minute);
        return Some(end);
    }
    // clock: "occurred at 13.21 hours", "at 0800 hours": the 24-hour clock read out with
    // "hours" after "at" (a length of time is not "at" one: "after 13.5 hours").
    let hours_after = i > 0
        && toks[i - 1].is("at")
        && toks.get(i + 1).is_some_and(|n| n.is_any(&["hours", "hrs"]));
    // So is one written with a full stop before a zone: "(00.11 GMT on Saturday)".
    let zoned = || zone_at(toks, i + 1).is_some();
    if let Some((h, m)) = t.s.split_once('.').filter(|_| hours_after || zoned()) {
        let (hour, minute): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
        if h.len() > 2 || m.len() != 2 || hour > 23 || minute > 59 {
            return None;
        }
        let end = i + 1 + usize::from(hours_after);
        push(ctx, out, "clock", ctx.span(i, end), hour, minute);
        return Some(end);
    }
    // clock: "1600 GMT", the wire services' four digits, only before a zone; "0230 hrs", the
    // 24-hour clock of police and army reports.
    let hrs = (toks.get(i + 1).is_some_and(|n| n.is("hrs")) || hours_after)
        && !toks.get(i + 2).is_some_and(|n| n.is("of"));
    // "took off at 0615 (0915 GMT)": four digits opening with 0 are no year or count.
    let at_zero = t.s.starts_with('0')
        && i > 0
        && toks[i - 1].is_any(&["at", "around", "about", "before", "after", "until", "by"]);
    // "struck at 1800 local time".
    let local = toks.get(i + 1).is_some_and(|n| n.is("local"))
        && toks.get(i + 2).is_some_and(|n| n.is("time"));
    if t.s.len() == 4
        && t.s.bytes().all(|b| b.is_ascii_digit())
        && (hrs || at_zero || local || zone_at(toks, i + 1).is_some())
    {
        let (hour, minute): (u32, u32) = (t.s[..2].parse().ok()?, t.s[2..].parse().ok()?);
        if hour > 23 || minute > 59 {
            return None;
        }
        let end = i + 1 + usize::from(hrs) + 2 * usize::from(local);
        push(ctx, out, "clock", ctx.span(i, end), hour, minute);
        return Some(end);
    }
    // hour_range: "6-7 giờ tối", "khoảng 5-6 giờ sáng": a span of the hour, told with its
    // part of the day (without one, "6-7 giờ" is as often a length of time).
    if let Some((lo, hi)) = t.s.split_once('-') {
        let (lo, hi): (u32, u32) = (lo.parse().ok()?, hi.parse().ok()?);
        if lo >= hi
            || hi > 24
            || !toks.get(i + 1).is_some_and(|n| n.is("giờ"))
            || !toks.get(i + 2).is_some_and(is_clock_word)
        {
            return None;
        }
        let (hour, end) = part_of_day(toks, i + 2, hi);
        push(ctx, out, "hour_range", ctx.span(i, end), hour % 24, 0);
        if let Some(c) = out.last_mut() {
            // The span's hours before the last, never before midnight.
            widen(c, "range", -60.0 * f64::from((hi - lo).min(hour)), 0.0);
        }
        return Some(end);
    }
    let hour: u32 = t.s.parse().ok().filter(|h| *h <= 24)?;

    // clock: "10 a.m."
    if toks.get(i + 1).is_some_and(opens_half_day) {
        let (h2, end) = part_of_day(toks, i + 1, hour);
        if end > i + 1 {
            push(ctx, out, "clock", ctx.span(i, end), h2 % 24, 0);
            return Some(end);
        }
    }

    if let Some(after) = oclock_after(toks, i) {
        let (h2, end) = part_of_day(toks, after, hour);
        push(ctx, out, "clock", ctx.span(i, end), h2 % 24, 0);
        return Some(end);
    }

    // hour_gio: "16 giờ 30 (phút)", "lúc 16 giờ", "7 giờ sáng", "16 giờ ngày 19-5"
    if !toks.get(i + 1).is_some_and(|n| n.is("giờ")) {
        return None;
    }
    // "16 giờ đồng hồ" is always a length of time; "hơn 8 giờ tối" names a part of the day.
    let day_part = || dates_the_hour(toks, i + 2);
    if toks.get(i + 2).is_some_and(|n| n.is("đồng")) || (how_long(toks, i) && !day_part()) {
        return None;
    }
    if let Some(mins) = toks
        .get(i + 2)
        .filter(|n| n.class == Class::Num)
        .and_then(|n| n.s.parse::<u32>().ok())
    {
        if mins <= 59 {
            let mut end = i + 3;
            if toks.get(end).is_some_and(|n| n.is("phút")) {
                end += 1;
                // "11 giờ 35 phút 10 giây": the seconds are the clock's, no length of time.
                let seconds = toks
                    .get(end)
                    .filter(|n| n.class == Class::Num && n.s.len() <= 2);
                if seconds.is_some() && toks.get(end + 1).is_some_and(|n| n.is("giây")) {
                    end += 2;
                }
            }
            let (hour, after) = part_of_day(toks, end, hour);
            push(ctx, out, "hour_gio", ctx.span(i, after), hour % 24, mins);
            return Some(next_rule_at(toks, end, after));
        }
    }
    // "2 giờ sau khi ăn", "Khoảng 2 giờ sau, …": hours after or before a moment, a length of
    // time.
    if toks.get(i + 2).is_some_and(|n| n.is_any(&["sau", "trước"])) {
        return None;
    }
    if when_context(toks, i, i + 2) {
        let (hour, after) = part_of_day(toks, i + 2, hour);
        push(ctx, out, "hour_gio", ctx.span(i, after), hour % 24, 0);
        return Some(next_rule_at(toks, i + 2, after));
    }
    None
}

/// A time run as hours, minutes and seconds ("in 2:00:35", "a time of 2:13:44", "The previous
/// world record, 2:01:09,"): a length in seconds, not the clock, when no word of the clock is
/// around it ("at 07:58:11 local time" is the clock's).
pub fn race_time(toks: &[Tok], i: usize) -> Option<f64> {
    const CLOCK_BEFORE: &[&str] = &[
        "at",
        "around",
        "about",
        "approximately",
        "by",
        "before",
        "after",
        "until",
        "till",
        "since",
        "from",
        "to",
        "between",
        "lúc",
        "vào",
        "khoảng",
        "đến",
        "từ",
    ];
    let t = toks.get(i)?;
    let mut parts = t.s.split(':');
    let (h, m, sec) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || h.len() > 2 || m.len() != 2 || sec.len() != 2 {
        return None;
    }
    let (h, m, sec): (u32, u32, u32) = (h.parse().ok()?, m.parse().ok()?, sec.parse().ok()?);
    let clock_before = i > 0 && toks[i - 1].is_any(CLOCK_BEFORE);
    let clock_after = toks.get(i + 1).is_some_and(|n| {
        n.is_any(&["a.m.", "p.m.", "am", "pm", "local", "giờ", "GMT", "UTC"]) || n.is_punct('(')
    }) || zone_at(toks, i + 1).is_some();
    (m < 60 && sec < 60 && !clock_before && !clock_after)
        .then(|| f64::from(h * 3600 + m * 60 + sec))
}

#[cfg(test)]
mod tests {
    use crate::extract::{example_published, extract_str};

    fn time_slots(text: &str) -> Vec<(String, String)> {
        extract_str(text, Some(example_published()))
            .into_iter()
            .filter(|c| c.kind == crate::claim::Kind::Time)
            .map(|c| (c.value.to_string(), c.slot.into_owned()))
            .collect()
    }

    #[test]
    fn a_time_told_for_readers_elsewhere_is_kept_apart_from_local_times() {
        let slots = |text| time_slots(text);
        assert_eq!(
            slots("It lost contact at 8:44 a.m. local time (1:44 p.m. in Manila)."),
            [
                ("08:44".to_string(), "time".to_string()),
                ("13:44".to_string(), "time/Manila".to_string())
            ]
        );
        assert_eq!(
            slots("A shift began at 6am (3am UAE), and then the lights went out."),
            [
                ("06:00".to_string(), "time".to_string()),
                ("03:00".to_string(), "time/UAE".to_string())
            ]
        );
        // Brackets that close on something else are no zone.
        assert_eq!(
            slots("The plane landed at 9:10 (Flight 302) in Nairobi."),
            [("09:10".to_string(), "time".to_string())]
        );
    }

    /// Each clock time of `text`: its value, qualifier and range in minutes.
    fn bounds(text: &str) -> Vec<(String, Option<&'static str>, (f64, f64))> {
        extract_str(text, Some(example_published()))
            .into_iter()
            .filter(|c| c.kind == crate::claim::Kind::Time)
            .map(|c| (c.value.to_string(), c.qualifier, c.range))
            .collect()
    }

    #[test]
    fn a_time_written_again_in_brackets_is_as_approximate_as_the_time_it_glosses() {
        let glossed = bounds("It crashed at about 09:00 local time (00:00 GMT), officials said.");
        assert_eq!(glossed.len(), 2);
        assert_eq!(glossed[1].0, "00:00");
        assert_eq!(glossed[1].1, Some("about"));
        assert_eq!(glossed[1].2, (-10.0, 10.0));
        // An exact time keeps its gloss exact; a bracket after a comma glosses nothing.
        let exact = bounds("It crashed at 9:03 a.m. local time (0003 GMT).");
        assert_eq!(exact[1].1, None);
        let apart = bounds("It left at about 8 a.m., (00:30 GMT) officials said.");
        assert_eq!(apart.last().map(|c| c.1), Some(None));
    }

    #[test]
    fn about_past_the_hour_is_the_hour_after_it() {
        assert_eq!(
            bounds("Vào khoảng hơn 1h sáng, đám cháy bùng phát."),
            [("01:00".to_string(), Some("more than"), (60.0, 119.0))]
        );
        // A day after the hour dates it: past 23h, not 23h.
        assert_eq!(
            bounds("Bà Hoa cho biết hơn 23h ngày 16/11 tại đèo, đá đổ xuống."),
            [("23:00".to_string(), Some("more than"), (1380.0, 1439.0))]
        );
    }

    #[test]
    fn a_span_of_the_clock_covers_up_to_its_second_time() {
        assert_eq!(
            bounds("The stampede occurred between 1:30am and 2:30am as a surge of people came."),
            [("01:30".to_string(), Some("range"), (90.0, 150.0))]
        );
    }
}
