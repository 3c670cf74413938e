//! Duration rules: a figure and a unit of time (`90 phút`, `bốn giờ`, `2 tuần`, `20 năm`,
//! `một tiếng rưỡi`, `two hours`, `a 90-minute meeting`). It must not read dates
//! (`năm 2014`, `tháng 12`) or times of day (`16 giờ 30`): those rules run first.

use super::qualifier;
use super::token::{Class, Tok};
use super::{Ctx, Lead};
use crate::claim::{Claim, DurationUnit, Kind, Value};
use crate::examples;

pub const EXAMPLES: &[super::Example] = examples![
    "duration": "cuộc họp kéo dài 90 phút" => ["duration=PT90M"],
    "duration": "sau bốn giờ hội đàm" => ["duration=PT4H"],
    "duration": "trong vòng 5 tuần qua" => ["duration=P5W"],
    "duration": "trong 20 năm qua" => ["duration=P20Y"],
    "duration": "kéo dài khoảng hai tiếng" => ["duration=PT2H"],
    "duration": "mất một tiếng rưỡi" => ["duration=PT1.5H"],
    "duration": "kéo dài hai mươi ngày" => ["duration=P20D"],
    "duration": "talks lasted two hours" => ["duration=PT2H"],
    "duration": "a 90-minute meeting" => ["duration=PT90M"],
    "!duration": "năm 2014" => ["date=2014"],
    "!duration": "mấy giờ rồi" => [],
    "!duration": "sẽ là một ngày nào đó" => [],
    "!duration": "tháng 12 này" => ["date=2021-12"],
];

const UNITS: &[(&str, DurationUnit)] = &[
    ("phút", DurationUnit::Minute),
    ("giờ", DurationUnit::Hour),
    ("tiếng", DurationUnit::Hour),
    ("ngày", DurationUnit::Day),
    ("tuần", DurationUnit::Week),
    ("tháng", DurationUnit::Month),
    ("năm", DurationUnit::Year),
    ("minute", DurationUnit::Minute),
    ("minutes", DurationUnit::Minute),
    ("hour", DurationUnit::Hour),
    ("hours", DurationUnit::Hour),
    ("day", DurationUnit::Day),
    ("days", DurationUnit::Day),
    ("week", DurationUnit::Week),
    ("weeks", DurationUnit::Week),
    ("month", DurationUnit::Month),
    ("months", DurationUnit::Month),
    ("year", DurationUnit::Year),
    ("years", DurationUnit::Year),
];

pub fn unit(t: &Tok) -> Option<DurationUnit> {
    if t.class != Class::Word {
        return None;
    }
    UNITS.iter().find(|(w, _)| t.is(w)).map(|&(_, u)| u)
}

pub fn at(ctx: &Ctx, lead: &Lead, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    if lead.dollar {
        return None;
    }
    let (q, n) = (lead.qualifier, lead.figure?);
    let i = lead.start - q.map_or(0, |q| q.len);
    if n.value >= 1900.0 && !n.words {
        return None;
    }
    let mut j = n.end;
    if toks.get(j).is_some_and(|t| t.is_punct('-')) {
        j += 1;
    }
    let u = toks.get(j).and_then(unit)?;
    let mut end = j + 1;
    // "một ngày nào đó" is "some day", not a duration.
    if toks.get(end).is_some_and(|t| t.is("nào")) {
        return None;
    }
    if u == DurationUnit::Hour
        && toks.get(end).is_some_and(|t| t.is("đồng"))
        && toks.get(end + 1).is_some_and(|t| t.is("hồ"))
    {
        end += 2;
    }
    let mut amount = n.value;
    if toks.get(end).is_some_and(|t| t.is("rưỡi")) {
        amount += 0.5;
        end += 1;
    }
    let start = if q.is_some() { i } else { n.start };
    let minutes = amount * u.minutes();
    let (lo, hi) = qualifier::range(minutes, q);
    out.push(Claim {
        kind: Kind::Duration,
        value: Value::Duration { amount, unit: u },
        range: (lo, hi),
        qualifier: q.map(|q| q.name),
        slot: "duration".to_string(),
        span: ctx.span(start, end),
        sentence: ctx.sentence,
        rule: "duration",
        weekday: None,
    });
    Some(end)
}
