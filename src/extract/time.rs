//! Time-of-day rules: `15h45`, `16 giờ 30`, `lúc 16 giờ`, `9 giờ sáng`, `3:45 p.m.`, `10 a.m.`.
//! It must not read durations: `bốn giờ hội đàm` (four hours) belongs to `duration`.

use super::token::{Class, Tok};
use super::Ctx;
use crate::claim::{Claim, Kind, Span, Value};
use crate::examples;

pub const EXAMPLES: &[super::Example] = examples![
    "hour_h": "lúc 15h45 chiều nay" => ["time=15:45"],
    "hour_h": "khoảng 9h sáng" => ["time=09:00"],
    "hour_h": "vào 8h tối" => ["time=20:00"],
    "!hour_h": "chiếc 15h45x" => [],
    "hour_gio": "lúc 16 giờ 30 phút" => ["time=16:30"],
    "hour_gio": "16 giờ 30 ngày 21/1" => ["time=16:30", "date=2022-01-21"],
    "hour_gio": "lúc 16 giờ" => ["time=16:00"],
    "hour_gio": "7 giờ sáng" => ["time=07:00"],
    "!hour_gio": "sau bốn giờ hội đàm" => ["duration=PT4H"],
    "clock": "at 3:45 p.m. local time" => ["time=15:45"],
    "clock": "at 10 a.m. on" => ["time=10:00"],
    "!clock": "tỷ số 3:1" => [],
];

const AFTERNOON: &[&str] = &["chiều", "tối", "đêm", "pm", "p.m"];
const MORNING: &[&str] = &["sáng", "trưa", "am", "a.m", "rạng", "khuya"];

fn push(ctx: &Ctx, out: &mut Vec<Claim>, rule: &'static str, span: Span, hour: u32, minute: u32) {
    let m = (hour * 60 + minute) as f64;
    out.push(Claim {
        kind: Kind::Time,
        value: Value::Time { hour, minute },
        range: (m, m),
        qualifier: None,
        slot: "time".to_string(),
        span,
        sentence: ctx.sentence,
        rule,
        weekday: None,
    });
}

/// Applies "chiều/tối/p.m." after the time (a following part-of-day word).
fn part_of_day(toks: &[Tok], j: usize, hour: u32) -> (u32, usize) {
    let Some(t) = toks.get(j) else {
        return (hour, j);
    };
    // "p.m." tokenises as p . m . ; "pm" as one word.
    let word = if t.is("p") || t.is("a") {
        let joined = toks.get(j + 2).map(|m| m.s).unwrap_or("");
        if toks.get(j + 1).is_some_and(|d| d.is_punct('.')) && joined.eq_ignore_ascii_case("m") {
            let end = if toks.get(j + 3).is_some_and(|d| d.is_punct('.')) {
                j + 4
            } else {
                j + 3
            };
            return (
                if t.is("p") && hour < 12 {
                    hour + 12
                } else if t.is("a") && hour == 12 {
                    0
                } else {
                    hour
                },
                end,
            );
        }
        return (hour, j);
    } else {
        t
    };
    if AFTERNOON.iter().any(|w| word.is(w)) {
        return (if hour < 12 { hour + 12 } else { hour }, j + 1);
    }
    if MORNING.iter().any(|w| word.is(w)) {
        return (hour, j + 1);
    }
    (hour, j)
}

fn is_clock_word(t: &Tok) -> bool {
    AFTERNOON.iter().chain(MORNING).any(|w| t.is(w)) || t.is("p") || t.is("a")
}

pub fn at(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    let t = toks.get(i).filter(|t| t.class == Class::Num)?;

    // hour_h: "15h45", "9h"
    if let Some((h, m)) = t.s.split_once('h') {
        let hour: u32 = h.parse().ok()?;
        let minute: u32 = if m.is_empty() {
            0
        } else {
            m.parse().ok().filter(|_| m.len() == 2)?
        };
        if hour > 24 || minute > 59 {
            return None;
        }
        let (hour, end) = part_of_day(toks, i + 1, hour);
        push(ctx, out, "hour_h", ctx.span(i, i + 1), hour % 24, minute);
        return Some(end);
    }

    // clock: "3:45 p.m.", "12:30"
    if let Some((h, m)) = t.s.split_once(':') {
        let (hour, minute): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
        if hour > 24 || minute > 59 || m.len() != 2 {
            return None;
        }
        let (hour, end) = part_of_day(toks, i + 1, hour);
        push(ctx, out, "clock", ctx.span(i, end), hour % 24, minute);
        return Some(end);
    }
    let hour: u32 = t.s.parse().ok().filter(|h| *h <= 24)?;

    // clock: "10 a.m."
    if toks
        .get(i + 1)
        .is_some_and(|n| n.is("p") || n.is("a") || n.is("pm") || n.is("am"))
    {
        let (h2, end) = part_of_day(toks, i + 1, hour);
        if end > i + 1 {
            push(ctx, out, "clock", ctx.span(i, end), h2 % 24, 0);
            return Some(end);
        }
    }

    // hour_gio: "16 giờ 30 (phút)", "lúc 16 giờ", "7 giờ sáng"
    if !toks.get(i + 1).is_some_and(|n| n.is("giờ")) {
        return None;
    }
    let lúc = i > 0 && toks[i - 1].is_any(&["lúc", "từ", "đến"]);
    if let Some(mins) = toks
        .get(i + 2)
        .filter(|n| n.class == Class::Num)
        .and_then(|n| n.s.parse::<u32>().ok())
    {
        if mins <= 59 {
            let mut end = i + 3;
            if toks.get(end).is_some_and(|n| n.is("phút")) {
                end += 1;
            }
            let (hour, end) = part_of_day(toks, end, hour);
            push(ctx, out, "hour_gio", ctx.span(i, end), hour % 24, mins);
            return Some(end);
        }
    }
    let day_part = toks.get(i + 2).is_some_and(is_clock_word);
    if lúc || day_part {
        let (hour, end) = part_of_day(toks, i + 2, hour);
        push(ctx, out, "hour_gio", ctx.span(i, end), hour % 24, 0);
        return Some(end);
    }
    None
}
