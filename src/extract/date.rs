//! Date rules: `21/1`, `21/01/2022`, `ngày 9/1`, `thứ Sáu (21/01)`, `hôm thứ Hai`, `thứ 6`,
//! `tháng 12/2021`, `năm 2014`, `3-6` after `ngày`, `9-10/10`, `hôm qua`, `ngày mai`,
//! English `January 21, 2022`, `on Monday`. It must not decide which event a date belongs to.
//!
//! Year resolution: a date without a year takes the year that puts it nearest on or before
//! the publication date (+2 days of slack for time zones), or nearest on or after it when the
//! sentence speaks of the future. Without a publication date, the year stays unknown and the
//! claim is not emitted.

use super::numeral::parse_digits;
use super::Ctx;
use crate::claim::{Claim, DateValue, Kind, Span, Value};
use crate::examples;
use crate::token::{words_at, Class, Tok};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

pub const EXAMPLES: &[super::Example] = examples![
    "day_month": "Ngày 20/1, ông đến Berlin." => ["date=2022-01-20"],
    "day_month": "gặp nhau trong ngày 21/1" => ["date=2022-01-21"],
    "day_month": "ảnh công bố ngày 8/11 cho thấy" => ["date=2021-11-08"],
    "day_month": "Ông sẽ đến Geneva vào 25/1." => ["date=2022-01-25"],
    "!day_month": "tỷ lệ 1/40 dân số" => [],
    "!day_month": "trận lượt về vòng 1/8 Europa League" => [],
    "!day_month": "chỉ bằng 1/5 con số trên" => [],
    "!day_month": "hồ sơ khám sức khỏe 5/5 người" => [],
    "!day_month": "lawyers had asked for just 6 1/2 years" => [],
    "!day_month": "từ ngày 1/11 năm trước đến 31/10 năm sau" => [],
    "day_month_year": "ngày 16/8/2021" => ["date=2021-08-16"],
    "!day_month_year": "ngày 31/02/2022" => [],
    "day_range": "từ ngày 9-10/10 ở Doha" => ["date=2021-10-09/2021-10-10"],
    "!day_range": "tỷ số 9-10" => ["number=9-10"],
    "dateline": "HÀ NỘI, ngày 3-6 (Dân trí)" => ["date=2021-06-03"],
    "dateline": "Sáng ngày 20.5 tại Đài Bắc" => ["date=2021-05-20"],
    "dateline": "Chiều qua 19-5, tại cảng" => ["date=2021-05-19"],
    "dateline": "hôm 13.5, Bộ Thương mại" => ["date=2021-05-13"],
    "dateline": "lúc 14 giờ chiều nay (28.5)" => ["time=14:00", "date=2021-05-28"],
    "!dateline": "thắng 3-6 trong set đầu" => ["number=3-6"],
    "!dateline": "động đất 6.1 độ Richter" => ["number=6.1"],
    "!dateline": "trẻ từ 5-12 tuổi" => ["number=5", "number=12"],
    "day_month_year": "vào ngày 23-12-2015, Nguyên" => ["date=2015-12-23"],
    "night_of": "tối 26 rạng sáng 27-5, các đối tượng" => ["date=2021-05-26", "date=2021-05-27"],
    "!night_of": "tối 12 rạng sáng 27-5" => ["date=2021-05-27"],
    "day_month_year": "Đơn cầu cứu ngày 29.4.2016 của bà" => ["date=2016-04-29"],
    "day_month_year": "31.05.2016 | 05:12 PM" => ["date=2016-05-31", "time=17:12"],
    "day_month_words": "ngày 20 tháng 5 năm 2016" => ["date=2016-05-20"],
    "!day_month_words": "20 tháng trước" => ["duration=P20M"],
    "day_month_words": "ngày 3 tháng 6" => ["date=2021-06-03"],
    "month": "trong tháng 12/2021" => ["date=2021-12"],
    "month": "từ tháng 4 năm 2014" => ["date=2014-04"],
    "month": "tháng 11 vừa qua" => ["date=2021-11"],
    "!month": "hóa đơn tiền nước các tháng 1, 2, 3, 4." => [],
    "month": "tháng 1, tháng 2 và tháng 3" => ["date=2022-01", "date=2022-02", "date=2022-03"],
    "month": "hồi tháng 12.2015" => ["date=2015-12"],
    "month": "từ tháng 5 đến tháng 8 năm nay" => ["date=2021-05", "date=2022-08"],
    "month": "hồi tháng 10 năm ngoái" => ["date=2021-10"],
    "month": "tháng 4/2013 hiến xác và tháng 8 cùng năm, tiếp tục" => ["date=2013-04", "date=2013-08"],
    "month": "từ tháng 3 đến 11/2013, Kwon" => ["date=2013-03", "date=2013-11"],
    "month_words": "vào tháng Ba năm nay, nhà lãnh đạo" => ["date=2022-03"],
    "month_words": "Hồi tháng Giêng năm nay, Bắc Triều Tiên" => ["date=2022-01"],
    "month_words": "đến tháng Hai họ lại bắn thử" => ["date=2022-02"],
    "month_words": "tháng Mười Một năm 2015" => ["date=2015-11"],
    "!month_words": "những tháng năm tươi đẹp" => [],
    "month": "sa thải vào tháng 10-2015" => ["date=2015-10"],
    "!month": "hai tháng nay" => ["duration=P2M"],
    "!month": "tháng trước" => [],
    "year": "vào năm 2014 và" => ["date=2014"],
    "year": "từ năm 2012 đến 2018" => ["date=2012", "date=2018"],
    "year": "in 2008, NATO" => ["date=2008"],
    "year": "In the summer of 2020, he moved to Dortmund" => ["date=2020"],
    "year": "by the end of 2019 and early 2021" => ["date=2019", "date=2021"],
    "year": "since more than 140 died in a 2010 collision" => ["number=140", "date=2010"],
    "!year": "the 2000 people who fled" => ["number=2000"],
    "year": "equals the death toll from the 1933 Griffith Fire in Los Angeles" => ["date=1933"],
    "!year": "a call of a house fire on the 2100 block of East Irene Vista" => [],
    "year": "the worst since the 2004 Indian Ocean tsunami" => ["date=2004"],
    "!year": "as 2000 Britons fled the city" => [],
    "!year": "năm nay" => [],
    "relative_year": "Năm ngoái, đợt cháy rừng khiến 27 người chết" => ["date=2021", "number=27"],
    "relative_year": "Last year, fires left 27 people dead" => ["date=2021", "number=27"],
    "relative_year": "cut 1,500 jobs last year" => ["number=1500", "date=2021"],
    "relative_year": "Last year's quake killed 300 people." => ["date=2021", "number=300"],
    "!relative_year": "over the last year" => [],
    "!relative_year": "in the past year" => [],
    "!relative_year": "năm qua" => [],
    "weekday_date": "Hôm thứ Sáu (21/01), ông Blinken" => ["date=2022-01-21"],
    "weekday_date": "vào ngày thứ Tư (12/1) để" => ["date=2022-01-12"],
    "weekday_date": "Thứ Hai, 10/1/2022" => ["date=2022-01-10"],
    "weekday_date": "thứ Năm (21/01)" => ["date=2022-01-21"],
    "english": "a failure that occurred on Wednesday, 24 April 2013 in Savar" => ["date=2013-04-24"],
    "english": "He is expected to take over in October." => ["date=2022-10"],
    "english": "with plans for inauguration on October 20." => ["date=2022-10-20"],
    "english": "Sanctions were lifted in October and officials said they will not talk." => ["date=2021-10"],
    "english": "On 23 April 2013, cracks were found. On 24 April, the building collapsed." => ["date=2013-04-23", "date=2013-04-24"],
    "english": "It opened in 2006. On 24 April, the building collapsed." => ["date=2006", "date=2021-04-24"],
    "english": "On 23 April 2013, cracks were found.\nOn 24 April, it collapsed." => ["date=2013-04-23", "date=2021-04-24"],
    "english": "Since 23 April 2013, cracks were found. On 24 December, it closed." => ["date=2013-04-23", "date=2021-12-24"],
    "day_month": "Ngày 12/3/2019, Nam mượn tiền. Đến ngày 15/3, Nam bỏ trốn." => ["date=2019-03-12", "date=2019-03-15"],
    "!weekday_date": "lần thứ hai (21 người)" => ["number=21"],
    "weekday": "hôm thứ Hai" => ["date=2022-01-17"],
    "weekday": "the attack happened last Saturday" => ["date=2022-01-15"],
    "weekday": "talks resume next Saturday" => ["date=2022-01-29"],
    "weekday": "The agency issued an alert saying the storm would make landfall somewhere on the coast in the far southern Guangdong province on Sunday afternoon" => ["date=2022-01-23"],
    "weekday": "The storm made landfall somewhere on the coast in the far southern Guangdong province on Sunday afternoon" => ["date=2022-01-16"],
    "!weekday": "the final between Arsenal and Sheffield Wednesday ended in a draw" => [],
    "!weekday": "shoppers crowded the malls on Black Friday" => [],
    "weekday": "US and Russia Agree To Meet in Geneva on Monday" => ["date=2022-01-24"],
    "weekday": "Russia agreed to talks and met NATO on Monday" => ["date=2022-01-17"],
    "weekday": "talks resume next Friday" => ["date=2022-01-28"],
    "weekday": "He will be officially presented in Madrid on Thursday." => ["date=2022-01-27"],
    "weekday": "The operation would switch to recovery and restart at 6 a.m. Wednesday, officials said." => ["time=06:00", "date=2022-01-26"],
    "weekday": "He was officially presented in Madrid on Thursday." => ["date=2022-01-20"],
    "weekday": "The House on Thursday night approved a bill for the next two years." => ["date=2022-01-20", "duration=P2Y"],
    "weekday": "The talks ran from Saturday to Friday." => ["date=2022-01-15", "date=2022-01-21"],
    "weekday": "vào thứ Hai giữa" => ["date=2022-01-17"],
    "weekday": "ông sẽ gặp vào thứ Hai" => ["date=2022-01-24"],
    "weekday": "ông sẽ đi sau cuộc gặp hôm thứ Hai" => ["date=2022-01-17"],
    "weekday": "hôm thứ 6 vừa qua" => ["date=2022-01-21"],
    "!weekday": "điểm dừng thứ hai trong" => [],
    "!weekday": "lần thứ 3" => ["number=3"],
    "weekday": "on Monday, officials" => ["date=2022-01-17"],
    "!weekday": "took off at 5:07 p.m. on a Friday, bound for" => ["time=17:07"],
    "!weekday": "The market opens every Monday." => [],
    "weekday": "said at a Tuesday morning news conference" => ["date=2022-01-18"],
    "weekday": "The ministers are set to meet on Wednesday" => ["date=2022-01-26"],
    "weekday": "Blinken is to meet Lavrov on Friday" => ["date=2022-01-28"],
    "weekday": "The storm is expected to exit the island Wednesday evening" => ["date=2022-01-26"],
    "weekday": "The storm was expected to hit the island on Wednesday" => ["date=2022-01-19"],
    "weekday": "The flight left on Wednesday and was scheduled to land on Thursday" => ["date=2022-01-19", "date=2022-01-20"],
    "weekday": "The aircraft was scheduled for a month-long maintenance beginning Thursday." => ["date=2022-01-27"],
    "weekday": "Classes resume starting Monday, the ministry said." => ["date=2022-01-24"],
    "weekday": "The strike, which began Monday, ended on Thursday." => ["date=2022-01-17", "date=2022-01-20"],
    "weekday": "At a news conference Wednesday, he said the gunman bought 375 rounds the next day." => ["date=2022-01-19", "number=375"],
    "weekday": "talks scheduled for Monday in Geneva" => ["date=2022-01-24"],
    "weekday": "Monday's train, whose scheduled departure time was 6 a.m., was the first to take the new route." => ["date=2022-01-17", "time=06:00"],
    "weekday": "Blinken said on Wednesday that" => ["date=2022-01-19"],
    "weekday": "the aim was to meet on Wednesday" => ["date=2022-01-19"],
    "weekday": "The train derailed in the north on Sunday, with the toll set to rise" => ["date=2022-01-16"],
    "weekday": "NATO said on Monday it will send more ships" => ["date=2022-01-17"],
    "weekday": "Holders will receive a premium of 26.6 percent over Discover's closing price on Friday." => ["number=26.6", "date=2022-01-21"],
    "weekday": "The storm will pass over Cuba on Friday." => ["date=2022-01-28"],
    "weekday": "Holders will receive 1.0192 shares, representing a 26.6% premium over the closing price on Friday." => ["number=1.0192", "number=26.6", "date=2022-01-21"],
    "weekday": "Officials will announce on Monday what was found" => ["date=2022-01-24"],
    "weekday": "the summit planned for Monday will go ahead" => ["date=2022-01-24"],
    "weekday": "The ministers plan to meet again on Tuesday" => ["date=2022-01-25"],
    "weekday": "Searches set to resume Sunday will look for those aboard when the ferry capsized, sending it down early Thursday" => ["date=2022-01-23", "date=2022-01-20"],
    "weekday": "Talks, which began when the envoy arrived, are set to resume Tuesday" => ["date=2022-01-25"],
    "weekday": "The envoys, who met when the crisis started, plan to meet again on Tuesday" => ["date=2022-01-25"],
    "weekday": "a forecaster said rains may persist until Tuesday or Wednesday" => ["date=2022-01-25", "date=2022-01-26"],
    "relative": "hôm qua" => ["date=2022-01-21"],
    "!relative": "Hôm nay, 23/05/2016, Hàn Quốc bác bỏ" => ["date=2016-05-23"],
    "!relative": "Tối hôm qua (21-1), tôi thấy đau" => ["date=2022-01-21"],
    "relative": "ngày mai ông sẽ" => ["date=2022-01-23"],
    "relative": "hôm nay" => ["date=2022-01-22"],
    "relative": "Sáng nay, Tỉnh đoàn" => ["date=2022-01-22"],
    "relative": "vào rạng sáng nay" => ["date=2022-01-22"],
    "relative": "tối qua xe bồn bốc cháy" => ["date=2022-01-21"],
    "!relative": "buổi sáng đẹp trời" => [],
    "!relative": "hôm nào" => [],
    "!relative": "phóng viên của trang ET Today đã liên hệ" => [],
    "!relative": "according to USA Today, the" => [],
    "relative": "Today, the ministers met" => ["date=2022-01-22"],
    "relative": "“Hôm qua, tôi đã tiêm thuốc”, anh nói" => ["date=2022-01-21"],
    "relative": "the quake that struck southwest of Marrakech last night" => ["date=2022-01-21"],
    "relative": "Police said this morning that the men" => ["date=2022-01-22"],
    "relative": "Last night, the fire spread" => ["date=2022-01-21"],
    "!relative": "on the last night of the festival" => [],
    "!day_month": "Alcaraz won 1-6, 7-6 (8/6), 6-1, 3-6, 6-4" => ["number=1-6"],
    "!dateline": "Alcaraz defeated Djokovic 7-6(8-6) in the second set" => ["number=7-6"],
    "!relative": "the film Last Night in Soho" => [],
    "english": "on January 21, 2022" => ["date=2022-01-21"],
    "english": "on Jan. 10 in Geneva" => ["date=2022-01-10"],
    "english": "on 12 January" => ["date=2022-01-12"],
    "english": "met on Monday, Jan. 10, 2022, in Geneva" => ["date=2022-01-10"],
    "english": "On Saturday 23 June 2018, a group of 12 boys went missing" => ["date=2018-06-23", "number=12"],
    "english": "officials said on January 12 that" => ["date=2022-01-12"],
    "english": "in December 2021" => ["date=2021-12"],
    "english": "The attack happened on May 14th, police said." => ["date=2021-05-14"],
    "english": "The meeting took place on the 14th of May." => ["date=2021-05-14"],
    "english": "on 21st January 2022" => ["date=2022-01-21"],
    "english": "hit Kashmir on 8 October, 2005." => ["date=2005-10-08"],
    "day_range": "The summit will be held on 25-26 May in Japan." => ["date=2022-05-25/2022-05-26"],
    "english": "In September, at least 21 people died" => ["date=2021-09", "number=21"],
    "english": "the bank has kept rates on hold since March" => ["date=2021-03"],
    "english": "its first hike since July last year, and it is likely to rise" => ["date=2021-07"],
    "english": "the talks will resume in March" => ["date=2022-03"],
    "english": "decided to raise it to 0.1% last March" => ["number=0.1", "date=2021-03"],
    "english": "as he said last January" => ["date=2021-01"],
    "!english": "Bank of America chief June Smith said" => [],
    "!english": "May I ask" => [],
];

/// Parts of the day that announce a date after them ("chiều 19.5") or, with "nay"/"qua",
/// are one ("sáng nay").
pub(crate) const DAY_PARTS: &[&str] = &["sáng", "chiều", "tối", "trưa", "đêm", "khuya"];

/// Words right before `d-m` or `d.m` that make it a date ("ngày 3-6", "chiều 19.5", "hôm 13.5",
/// "Chiều qua 19-5", "sáng nay 20.5").
const DAY_CUES: &[&str] = &[
    "ngày", "hôm", "sáng", "chiều", "tối", "trưa", "đêm", "khuya", "nay", "qua", "vào",
];

/// Whether the token before `i` announces a day, or `i` stands alone in brackets: "(28.5)".
fn day_cue_before(toks: &[Tok], i: usize) -> bool {
    static CUES: std::sync::LazyLock<crate::token::WordSet> =
        std::sync::LazyLock::new(|| crate::token::WordSet::new(DAY_CUES.iter().copied()));
    let Some(prev) = i.checked_sub(1).map(|k| &toks[k]) else {
        return false;
    };
    CUES.contains(prev) || (prev.is_punct('(') && toks.get(i + 1).is_some_and(|n| n.is_punct(')')))
}

/// Months named in words, lunar-calendar style: "tháng Giêng" is January, "tháng Chạp"
/// December.
const MONTH_WORDS: [(&[&str], u32); 13] = [
    (&["giêng"], 1),
    (&["hai"], 2),
    (&["ba"], 3),
    (&["tư"], 4),
    (&["năm"], 5),
    (&["sáu"], 6),
    (&["bảy"], 7),
    (&["tám"], 8),
    (&["chín"], 9),
    (&["mười"], 10),
    (&["mười", "một"], 11),
    (&["mười", "hai"], 12),
    (&["chạp"], 12),
];

/// "tháng Ba năm nay", "hồi tháng Giêng", "tháng Hai năm 2016": a month written in words,
/// capitalised or followed by its year ("tháng năm" alone is "months and years").
fn month_in_words(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    let (words, month) = MONTH_WORDS
        .iter()
        .rev()
        .find(|(w, _)| crate::token::words_at(toks, i + 1, w))?;
    let mut end = i + 1 + words.len();
    let published = ctx.published;
    let year = match (toks.get(end), toks.get(end + 1)) {
        (Some(a), Some(b)) if a.is("năm") && b.is("nay") => published.map(|p| (p.year(), 2)),
        (Some(a), Some(b)) if a.is("năm") && b.is("ngoái") => {
            published.map(|p| (p.year() - 1, 2))
        }
        (Some(a), Some(b)) if a.is("năm") && b.class == Class::Num && b.s.len() == 4 => {
            b.s.parse().ok().map(|y| (y, 2))
        }
        _ => None,
    };
    if year.is_none() && !toks[i + 1].is_capitalized() {
        return None;
    }
    let year = match year {
        Some((y, n)) => {
            end += n;
            y
        }
        None => resolve_month(*month, published?, ctx.future)?.0,
    };
    push(
        ctx,
        out,
        "month_words",
        ctx.span(i, end),
        DateValue::Month {
            year,
            month: *month,
        },
        None,
    );
    Some(end)
}

/// "tối 26 rạng sáng 27-5": a bare day after a part of the day, followed by "rạng sáng" and a
/// day-month date, is the evening or night before it.
fn night_of(ctx: &Ctx, i: usize) -> Option<NaiveDate> {
    let toks = ctx.toks;
    let day: u32 = toks[i].s.parse().ok().filter(|d| (1..=31).contains(d))?;
    let evening = i > 0 && toks[i - 1].is_any(&["tối", "đêm", "khuya", "chiều"]);
    if !evening || !toks.get(i + 1).is_some_and(|t| t.is("rạng")) {
        return None;
    }
    let next = toks
        .get(i + 3)
        .filter(|_| toks.get(i + 2).is_some_and(|t| t.is("sáng")))?;
    let (d2, m) = day_month_joined(next.s).or_else(|| day_month(next.s).map(|(d, m, _)| (d, m)))?;
    let morning = full(ctx, d2, m, None)?;
    let night = morning.pred_opt()?;
    (night.day() == day).then_some(night)
}

/// `d-m` or `d.m` (one separator, day 1–31, month 1–12).
fn day_month_joined(s: &str) -> Option<(u32, u32)> {
    let (d, m) = s.split_once(['-', '.'])?;
    if m.contains(['-', '.', '/']) {
        return None;
    }
    let (d, m): (u32, u32) = (d.parse().ok()?, m.parse().ok()?);
    ((1..=31).contains(&d) && (1..=12).contains(&m)).then_some((d, m))
}

/// `d-m-yyyy` or `d.m.yyyy` (the same separator twice, a four-digit year).
fn day_month_year_sep(s: &str) -> Option<(u32, u32, i32)> {
    let sep = s.chars().find(|c| matches!(c, '-' | '.'))?;
    let mut parts = s.split(sep);
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || d.len() > 2 || m.len() > 2 {
        return None;
    }
    Some((d.parse().ok()?, m.parse().ok()?, y.parse().ok()?))
}

/// Years after the publication from which "the YYYY …" names no happening of the story.
const FAR_YEARS: i32 = 10;

const DATE_CUES: &[&str] = &[
    "ngày", "hôm", "sáng", "chiều", "tối", "trưa", "đêm", "khuya", "vào", "từ", "đến", "tới",
    "qua", "trước", "sau", "on", "since", "until", "(",
];

fn push(
    ctx: &Ctx,
    out: &mut Vec<Claim>,
    rule: &'static str,
    span: Span,
    d: DateValue,
    weekday: Option<Weekday>,
) {
    let day = d.first_day().num_days_from_ce() as f64;
    let last = match d {
        DateValue::DayRange(_, b) => b.num_days_from_ce() as f64,
        _ => day,
    };
    // "đêm 22/5 (giờ Mỹ)" is "rạng sáng 23/5 theo giờ Việt Nam": a day in a named time zone
    // may be the next or the last one elsewhere.
    let zoned = matches!(d, DateValue::Day(_)) && names_a_time_zone(ctx.toks, span.end);
    let (day, last, qualifier) = if zoned {
        (day - 1.0, last + 1.0, Some("local time"))
    } else {
        (day, last, None)
    };
    out.push(Claim {
        kind: Kind::Date,
        value: Value::Date(d),
        range: (day, last),
        qualifier,
        slot: "date".into(),
        span,
        sentence: ctx.sentence,
        rule,
        weekday,
    });
}

/// Whether the words right after a date (byte `end`) name the time zone it is told in:
/// "(giờ địa phương)", "(theo giờ Việt Nam)", "giờ Mỹ", "local time", a zone the time rules
/// know ("GMT", "CEST").
fn names_a_time_zone(toks: &[Tok], end: usize) -> bool {
    let at = toks.partition_point(|t| t.start < end);
    let mut k = at;
    // Over an opening bracket or comma and "theo" ("according to").
    while k < toks.len() && k < at + 3 && (toks[k].class == Class::Punct || toks[k].is("theo")) {
        k += 1;
    }
    let Some(t) = toks.get(k) else {
        return false;
    };
    (t.is("giờ")
        && toks
            .get(k + 1)
            .is_some_and(|n| n.class == Class::Word && !n.is("sáng")))
        || (t.is("local") && toks.get(k + 1).is_some_and(|n| n.is("time")))
        || super::time::zone_at(toks, k).is_some()
}

/// English words that open a day counted from the report ("yesterday", "last night").
static ENGLISH_RELATIVE: std::sync::LazyLock<crate::token::WordSet> =
    std::sync::LazyLock::new(|| {
        crate::token::WordSet::new(["yesterday", "today", "tonight", "tomorrow", "last", "this"])
    });

/// Whether a token is a set's games in tennis ("7-6", "6-4"): two numbers of games apart by a
/// hyphen, neither above 7.
fn is_set_score(s: &str) -> bool {
    s.split_once('-').is_some_and(|(a, b)| {
        [a, b]
            .iter()
            .all(|g| g.len() == 1 && g.bytes().all(|c| (b'0'..=b'7').contains(&c)))
    })
}

/// relative_year: "năm ngoái", "last year" at `i` (two words) is the year before publication.
fn last_year(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    let published = ctx.published?;
    push(
        ctx,
        out,
        "relative_year",
        ctx.span(i, i + 2),
        DateValue::Year(published.year() - 1),
        None,
    );
    Some(i + 2)
}

/// Whether an English article or possessive stands right before token `i` ("the last night").
fn after_determiner(toks: &[Tok], i: usize) -> bool {
    i > 0
        && toks[i - 1].is_any(&[
            "the", "a", "an", "that", "every", "each", "his", "her", "their", "our", "its", "my",
            "your", "one",
        ])
}

/// Whether the capitalised word at `i` follows another capitalised word: a word of a name
/// ("USA Today"), which a sentence's first word never is.
fn inside_capitalised_run(toks: &[Tok], i: usize) -> bool {
    toks[i].is_capitalized()
        && i > 0
        && toks[i - 1].class == Class::Word
        && toks[i - 1].is_capitalized()
}

/// Whether token `i` stands inside a quotation opened earlier in its paragraph and not yet
/// closed (“…”, or an odd number of straight quotes before it): a quote of several sentences
/// opens in the first.
fn inside_quote(ctx: &Ctx, i: usize) -> bool {
    let paragraph = ctx.text[..ctx.sentence.start]
        .rfind('\n')
        .map_or(0, |k| k + 1);
    let before = &ctx.text[paragraph..ctx.toks[i].start];
    let (open, close) = (before.matches('“').count(), before.matches('”').count());
    open > close || before.matches('"').count() % 2 == 1
}

/// Resolves a day and month to the year the publication date implies.
pub fn resolve(day: u32, month: u32, published: NaiveDate, future: bool) -> Option<NaiveDate> {
    let y = published.year();
    let candidates = [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|yy| NaiveDate::from_ymd_opt(yy, month, day));
    if future {
        // A sentence about what will happen may still date what was said: take the nearest.
        return candidates.min_by_key(|d| (*d - published).num_days().abs());
    }
    let slack = published + Duration::days(2);
    let (mut past, mut coming) = (None, None);
    for d in candidates {
        if d <= slack {
            past = past.max(Some(d));
        } else if coming.is_none_or(|c| d < c) {
            coming = Some(d);
        }
    }
    // News is about the days around it: a date a few weeks ahead is nearer than the same date
    // almost a year back ("đêm 26/6" written on 28/5 is a slip for a recent night or a coming
    // one, never last June).
    match (past, coming) {
        (Some(p), Some(c))
            if (published - p).num_days() > FAR_PAST_DAYS
                && (c - published).num_days() <= NEAR_FUTURE_DAYS =>
        {
            Some(c)
        }
        (Some(p), _) => Some(p),
        (None, c) => c,
    }
}

/// In a sentence about what will happen, a day of no written year further back than this by
/// the nearest reading is no day of the saying: the coming one is meant.
pub const FUTURE_SAID_DAYS: i64 = 90;

/// A past date further back than this loses to a date within [`NEAR_FUTURE_DAYS`] ahead.
const FAR_PAST_DAYS: i64 = 180;
const NEAR_FUTURE_DAYS: i64 = 60;

fn resolve_month(month: u32, published: NaiveDate, future: bool) -> Option<(i32, u32)> {
    resolve(1, month, published, future)
        .map(|d| (d.year(), month))
        .filter(|_| (1..=12).contains(&month))
}

/// Parses `d/m`, `d/m/y`: (day, month, year if written).
fn day_month(s: &str) -> Option<(u32, u32, Option<i32>)> {
    let mut parts = s.split('/');
    let d: u32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let y = match parts.next() {
        Some(y) if y.len() == 4 => Some(y.parse().ok()?),
        Some(y) if y.len() == 2 => Some(2000 + y.parse::<i32>().ok()?),
        Some(_) => return None,
        None => None,
    };
    if parts.next().is_some() || !(1..=31).contains(&d) || !(1..=12).contains(&m) {
        return None;
    }
    Some((d, m, y))
}

fn full(ctx: &Ctx, d: u32, m: u32, y: Option<i32>) -> Option<NaiveDate> {
    match y {
        Some(y) => NaiveDate::from_ymd_opt(y, m, d),
        None => era_day(ctx, d, m).or_else(|| resolve(d, m, ctx.published?, ctx.future)),
    }
}

/// A day and month told just after a day of a past year the paragraph wrote in full
/// ("ngày 12/3/2019, … Đến ngày 15/3", "On 23 April 2013, … On 24 April"): of that year, as
/// the story it tells goes on. A day far from it is the news's own, whatever year came before.
fn era_day(ctx: &Ctx, d: u32, m: u32) -> Option<NaiveDate> {
    let era = ctx.era.filter(|_| !ctx.future)?;
    let day = NaiveDate::from_ymd_opt(era.year(), m, d)?;
    (-ERA_BEFORE_DAYS..=ERA_AFTER_DAYS)
        .contains(&(day - era).num_days())
        .then_some(day)
}

/// How far after (and before) a day written in full a day and month are read in its year.
const ERA_AFTER_DAYS: i64 = 31;
const ERA_BEFORE_DAYS: i64 = 7;

const WEEKDAYS_VI: [(&str, Weekday); 12] = [
    ("hai", Weekday::Mon),
    ("2", Weekday::Mon),
    ("ba", Weekday::Tue),
    ("3", Weekday::Tue),
    ("tư", Weekday::Wed),
    ("4", Weekday::Wed),
    ("năm", Weekday::Thu),
    ("5", Weekday::Thu),
    ("sáu", Weekday::Fri),
    ("6", Weekday::Fri),
    ("bảy", Weekday::Sat),
    ("7", Weekday::Sat),
];
pub(crate) const WEEKDAYS_EN: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];
pub(crate) const MONTHS_EN: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// An English weekday name (`Thursday`).
pub(crate) fn is_english_weekday(t: &Tok) -> bool {
    WEEKDAYS_EN.iter().any(|(w, _)| t.is(w))
}

/// An English weekday or month name, or a month's abbreviation (`Jan`, `Sept`).
pub(crate) fn is_english_calendar_word(t: &Tok) -> bool {
    month_en(t).is_some()
        || is_english_weekday(t)
        || (t.is_capitalized() && t.is_any(&["Today", "Yesterday", "Tomorrow"]))
}

fn month_en(t: &Tok) -> Option<u32> {
    if t.class != Class::Word || !t.is_capitalized() {
        return None;
    }
    MONTHS_EN
        .iter()
        .position(|m| {
            t.is(m)
                || (t.s.len() >= 3
                    && t.s.len() <= 4
                    && m.starts_with(&t.s.to_lowercase())
                    && t.s != "May"
                    && t.s != "Mar"
                    || (t.is("sept") && *m == "september"))
        })
        .map(|p| p as u32 + 1)
}

/// Capitalised words that make a weekday after them part of a name: holidays ("Good Friday",
/// "Ash Wednesday", "Super Tuesday") and a football club ("Sheffield Wednesday").
const NAMED_DAYS: &[&str] = &[
    "Ash",
    "Good",
    "Black",
    "Super",
    "Cyber",
    "Bloody",
    "Holy",
    "Maundy",
    "Easter",
    "Palm",
    "Shrove",
    "Giving",
    "Whit",
    "Sheffield",
];

/// A weekday at token `i`: (weekday, tokens taken). "thứ hai" counts only with a cue before
/// it (hôm, ngày, vào…), a capital (thứ Hai), or a date after it; otherwise it is an ordinal.
fn weekday_at(ctx: &Ctx, i: usize) -> Option<(Weekday, usize)> {
    let toks = ctx.toks;
    let t = toks.get(i).filter(|t| t.class == Class::Word)?;
    if t.is("chủ") && toks.get(i + 1).is_some_and(|n| n.is("nhật")) {
        return Some((Weekday::Sun, 2));
    }
    if let Some(&(_, w)) = WEEKDAYS_EN.iter().find(|(n, _)| t.is(n)) {
        // "on a Friday,", "every Monday": some day of that name, no date ("at a Tuesday
        // morning news conference" is one Tuesday's).
        let ends_phrase = toks.get(i + 1).is_none_or(|n| n.class == Class::Punct);
        let some_day = i > 0
            && (toks[i - 1].is_any(&["every", "each", "any"])
                || (toks[i - 1].is("a") && ends_phrase));
        // "Good Friday", "Super Tuesday", "Sheffield Wednesday": a named day or a name, not
        // the nearest day of the week.
        let named = i > 0 && toks[i - 1].is_capitalized() && toks[i - 1].is_any(NAMED_DAYS);
        return (t.is_capitalized() && !some_day && !named).then_some((w, 1));
    }
    if !t.is("thứ") {
        return None;
    }
    let n = toks.get(i + 1)?;
    let &(_, w) = WEEKDAYS_VI.iter().find(|(name, _)| n.is(name))?;
    let cue_before = i > 0
        && toks[i - 1].is_any(&[
            "hôm", "ngày", "vào", "sáng", "chiều", "tối", "trưa", "đêm", "từ", "đến", "các", "mỗi",
            "hằng", "hàng",
        ]);
    let capital = n.class == Class::Word && n.is_capitalized();
    // "Thứ tư, …" opening a sentence is the fourth item of a list, not Wednesday.
    let sentence_start =
        i == 0 && t.is_capitalized() && !toks.get(i + 2).is_some_and(|x| x.is_punct(','));
    let date_after = toks
        .get(i + 2)
        .is_some_and(|x| x.is_punct('(') || x.is_punct(','))
        && toks.get(i + 3).is_some_and(|x| day_month(x.s).is_some());
    (cue_before || capital || sentence_start || date_after).then_some((w, 2))
}

/// English verbs of the past that do not end in "-ed".
const IRREGULAR_PAST: &[&str] = &[
    "was", "were", "said", "told", "met", "left", "took", "began", "held", "came", "went", "made",
    "gave", "hit", "struck", "fell", "found", "saw", "spoke", "sank", "flew", "ran", "broke",
    "rose", "won", "lost", "sent", "shot", "led", "caught", "drove", "stood", "fought",
];

/// Participles of a plan: "talks scheduled for Monday" look ahead, though they end in "-ed".
const PLANNED: &[&str] = &[
    "scheduled",
    "planned",
    "expected",
    "slated",
    "proposed",
    "set",
];

/// Tokens before an English weekday within which the verb that governs it is looked for.
const VERB_BEFORE_WEEKDAY: usize = 10;
/// How far before a weekday the word opening its clause is looked for.
const CLAUSE_BEFORE_WEEKDAY: usize = 24;

/// Which way an English verb before a weekday points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
}

/// Modal verbs: "rains may persist until Tuesday", "talks will resume on Monday".
const MODALS: &[&str] = &["will", "would", "shall", "may", "might", "could", "should"];

/// The tense of the verb nearest before an English weekday, within its clause: a past form
/// ("derailed in northern India on Sunday", "said on Monday") or a modal ("may persist until
/// Tuesday"). A plan's participle or an infinitive's "to" leaves it to the sentence; an
/// auxiliary of the present before a participle ("is held on Monday") says no past.
fn weekday_tense(toks: &[Tok], weekday: usize) -> Option<Tense> {
    // Tokens of a clock time before the weekday do not count towards the reach.
    let clock_tokens = (0..weekday)
        .rev()
        .take_while(|&k| is_clock_token(&toks[k]) || toks[k].is("at"))
        .count();
    let from = weekday.saturating_sub(VERB_BEFORE_WEEKDAY + clock_tokens);
    // Past a "to", only a modal still tells ("would switch to recovery and restart at 6 a.m.
    // Wednesday"); a plan or a past verb before an infinitive leaves it to the sentence.
    let mut after_to = false;
    for k in (from..weekday).rev() {
        let t = &toks[k];
        // A clock time before the weekday ("at 6 a.m. Wednesday") is stepped over.
        if is_clock_token(t) {
            continue;
        }
        // "Discover's closing price on Friday": a possessive's mark is stepped over.
        if t.is_apostrophe() {
            continue;
        }
        if t.class != Class::Word {
            return None;
        }
        if t.is_any(MODALS) {
            return Some(Tense::Future);
        }
        // "a premium of 26.6 percent over Discover's closing price on Friday", "since
        // Monday": a point a figure is measured from lies behind it. ("will pass over Cuba on
        // Tuesday" measures nothing: "over" counts only after a figure.)
        // ("a 26.6% premium over …": its noun may stand between.)
        let after_figure = (k.saturating_sub(2)..k).any(|j| {
            toks[j].class == Class::Num || toks[j].is_any(&["percent", "%", "cent", "points"])
        });
        if t.is("since") || (t.is("over") && after_figure) {
            return Some(Tense::Past);
        }
        if t.is("to") {
            after_to = true;
            continue;
        }
        if t.is_any(PLANNED) || (after_to && english_past(t)) {
            return None;
        }
        if english_past(t) {
            // "is expected", "will be held", "will be officially presented": a participle
            // after the present or the future (adverbs between them stepped over).
            let mut p = k;
            while p > 0 && toks[p - 1].is_lower_word() && toks[p - 1].s.ends_with("ly") {
                p -= 1;
            }
            let present = p > 0 && toks[p - 1].is_any(&["is", "are", "be", "am", "being"]);
            return (!present).then_some(Tense::Past);
        }
    }
    // "The House on Wednesday night approved a bill": no verb before it, the verb right after
    // the weekday (and its part of the day) tells.
    let mut k = weekday + 1;
    while toks
        .get(k)
        .is_some_and(|t| t.is_any(&["night", "morning", "afternoon", "evening"]))
    {
        k += 1;
    }
    if toks.get(k).is_some_and(english_past) {
        return Some(Tense::Past);
    }
    // "issued an alert saying Mangkhut would make landfall somewhere on the coast in Guangdong
    // province on Sunday afternoon": a modal further back in the weekday's clause, with no
    // past form between, still points forward.
    (weekday.saturating_sub(CLAUSE_BEFORE_WEEKDAY)..from)
        .rev()
        .map(|k| &toks[k])
        .take_while(|t| t.class == Class::Word && !english_past(t))
        .any(|t| t.is_any(MODALS))
        .then_some(Tense::Future)
}

/// A token of a clock time written before a weekday: "6", "a.m.", "11:47", "p.m".
fn is_clock_token(t: &Tok) -> bool {
    t.class == Class::Num
        || t.is_any(&["a.m", "p.m", "am", "pm", "a", "p", "m"])
        || t.is_punct('.')
        || t.is_punct(':')
}

/// Words that open a clause telling when something happened: "… when a ship rammed the
/// bridge, causing it to collapse early Tuesday".
const WHEN_CLAUSE: &[&str] = &["when", "after", "as", "while"];

/// A weekday no verb near it dates, inside a clause opened by "when", "after", "as" or
/// "while" whose verb is in the past: a past day, even in a sentence about the future
/// ("Efforts set to resume Wednesday will focus on the workers who were on the bridge when a
/// ship rammed it, causing it to collapse early Tuesday").
fn past_clause(toks: &[Tok], weekday: usize) -> Option<Tense> {
    let from = weekday.saturating_sub(CLAUSE_BEFORE_WEEKDAY);
    let opener = (from..weekday)
        .rev()
        .find(|&k| toks[k].is_any(WHEN_CLAUSE))?;
    // The clause's verb: a past form right after its subject ("when a cargo ship rammed"),
    // not a participle of the present ("as it is expected").
    let verb = (opener + 1..weekday)
        .take(5)
        .find(|&k| english_past(&toks[k]))
        .filter(|&k| !toks[k - 1].is_any(&["is", "are", "be", "am", "being", "will"]))?;
    // Nothing after it points forward ("… when talks stalled, are set to resume Tuesday"),
    // and the clause runs on to the weekday: a comma after it goes on with a participle
    // (", causing it to collapse"), not with another verb (", plan to meet again on Tuesday").
    let after = &toks[verb + 1..weekday];
    let forward = after
        .iter()
        .any(|t| t.is_any(MODALS) || t.is_any(PLANNED) || t.is_any(&["is", "are"]));
    let closed = after
        .windows(2)
        .any(|w| w[0].is_punct(',') && !(w[1].is_lower_word() && w[1].s.ends_with("ing")));
    (!forward && !closed).then_some(Tense::Past)
}

/// An English verb in the past or a past participle: a regular one in lower case ("derailed")
/// or one of [`IRREGULAR_PAST`].
fn english_past(t: &Tok) -> bool {
    let regular =
        t.s.len() > 4 && t.s.ends_with("ed") && t.s.bytes().all(|b| b.is_ascii_lowercase());
    regular || t.is_any(IRREGULAR_PAST)
}

/// Syllables that make a "sinh" after them no birth: "học sinh năm 1973" is a school year's
/// pupils, "hy sinh năm 1972" a death. ("Tiền vệ sinh năm 1995" is a midfielder born in 1995:
/// "vệ" stays out.)
const NOT_BORN_BEFORE_SINH: &[&str] = &["học", "thí", "hy", "phát", "ký", "giáng", "tái", "hồi"];

/// Whether the token at `k` is "sinh" meaning born ("sinh năm 1968", not "học sinh năm").
pub fn born_at(toks: &[Tok], k: usize) -> bool {
    toks[k].is("sinh") && !(k >= 1 && toks[k - 1].is_any(NOT_BORN_BEFORE_SINH))
}

/// Nearest `w` on or before the publication date, or on or after it for the future.
fn resolve_weekday(w: Weekday, published: NaiveDate, future: bool) -> NaiveDate {
    let p = published.weekday().num_days_from_monday() as i64;
    let q = w.num_days_from_monday() as i64;
    if future {
        published + Duration::days((q - p).rem_euclid(7))
    } else {
        published - Duration::days((p - q).rem_euclid(7))
    }
}

/// Tries every date rule at token `i`; returns the token after the match.
pub fn at(ctx: &Ctx, i: usize, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    let t = toks.get(i)?;
    // Words that can open a date rule; any other word is turned away with one probe.
    static OPENERS: std::sync::LazyLock<crate::token::WordSet> = std::sync::LazyLock::new(|| {
        let words = [
            "chủ",
            "thứ",
            "hôm",
            "ngày",
            "rạng",
            "yesterday",
            "today",
            "tomorrow",
            "tonight",
            "last",
            "this",
            "tháng",
        ];
        let months = MONTHS_EN
            .iter()
            .flat_map(|m| [*m, &m[..3], &m[..4.min(m.len())]]);
        crate::token::WordSet::new(
            words
                .into_iter()
                .chain(DAY_PARTS.iter().copied())
                .chain(WEEKDAYS_EN.iter().map(|(w, _)| *w))
                .chain(months)
                .chain(["sept"]),
        )
    });
    if t.class == Class::Word && !OPENERS.contains(t) {
        // "năm ngoái": asked apart, "năm" being too common a word to open every rule.
        return if t.is("năm") && toks.get(i + 1).is_some_and(|n| n.is("ngoái")) {
            last_year(ctx, i, out)
        } else {
            None
        };
    }

    // weekday_date / weekday: "thứ Sáu (21/01)", "hôm thứ Hai"
    if let Some((w, n)) = weekday_at(ctx, i) {
        let mut j = i + n;
        let open = toks
            .get(j)
            .is_some_and(|x| x.is_punct('(') || x.is_punct(','));
        if open {
            j += 1;
        }
        if let Some((d, m, y)) = toks.get(j).and_then(|x| day_month(x.s)) {
            let end = if open && toks.get(j + 1).is_some_and(|x| x.is_punct(')')) {
                j + 2
            } else {
                j + 1
            };
            if let Some(date) = full(ctx, d, m, y) {
                push(
                    ctx,
                    out,
                    "weekday_date",
                    ctx.span(i, end),
                    DateValue::Day(date),
                    Some(w),
                );
                return Some(end);
            }
        }
        // English "Monday, January 21", "Saturday 23 June 2018"
        if let Some(next) = english_date(ctx, j, Some((w, i)), out)
            .or_else(|| english_day_first(ctx, j, Some((w, i)), out))
        {
            // "Saturday (13 April)": the mention takes the closing bracket in.
            if let Some(close) = toks.get(next).filter(|x| x.is_punct(')') && j > i + n) {
                if let Some(c) = out.last_mut() {
                    c.span.end = close.end;
                }
                return Some(next + 1);
            }
            return Some(next);
        }
        let published = ctx.published?;
        let start = if i > 0 && toks[i - 1].is_any(&["hôm", "ngày"]) {
            i - 1
        } else {
            i
        };
        // "hôm thứ Hai" is always a past Monday, whatever else the sentence says; so is a
        // weekday an English verb in the past governs ("derailed … on Sunday, with the toll
        // set to rise", "said on Monday it will"), and a modal points forward ("may persist
        // until Tuesday"). English weekdays only: "may" is also a Vietnamese word.
        let tense = is_english_weekday(&toks[i])
            .then(|| weekday_tense(toks, i).or_else(|| past_clause(toks, i)))
            .flatten();
        // "last Tuesday", "next Tuesday": never the publication day itself.
        let last = i > 0 && toks[i - 1].is("last");
        let next = i > 0 && toks[i - 1].is("next");
        let past = (i > 0 && toks[i - 1].is("hôm")) || tense == Some(Tense::Past) || last;
        let future = (ctx.future || tense == Some(Tense::Future) || next) && !past;
        let mut date = resolve_weekday(w, published, future);
        if date == published && (last || next) {
            date += Duration::days(if last { -7 } else { 7 });
        }
        // "ran from Monday to Wednesday": a span runs forward, so a past start lies before
        // its end (the Monday of the week before a Wednesday already gone).
        if i >= 2 && toks[i - 1].is_any(&["to", "until", "through", "till"]) && !future {
            let start_of_span = out.last().and_then(|prev| match prev.value {
                Value::Date(DateValue::Day(d))
                    if prev.rule == "weekday"
                        && prev.sentence == ctx.sentence
                        && prev.span.end == toks[i - 2].end
                        && d > date =>
                {
                    Some((prev.span, d))
                }
                _ => None,
            });
            if let Some((span, d)) = start_of_span {
                out.pop();
                push(
                    ctx,
                    out,
                    "weekday",
                    span,
                    DateValue::Day(d - Duration::days(7)),
                    None,
                );
            }
        }
        push(
            ctx,
            out,
            "weekday",
            ctx.span(start, i + n),
            DateValue::Day(date),
            None,
        );
        return Some(i + n);
    }

    // Rules that start on a word; a figure goes straight to the figure rules.
    if t.class == Class::Word {
        // relative: "hôm qua", "hôm nay", "ngày mai", "yesterday"
        let rel = |a: &str, b: &str| t.is(a) && toks.get(i + 1).is_some_and(|n| n.is(b));
        // "sáng nay", "chiều qua", "rạng sáng nay": a part of today or of yesterday.
        let part = |k: usize| {
            toks.get(k)
                .is_some_and(|p| DAY_PARTS.iter().any(|w| p.is(w)))
        };
        let day_part = if t.is("rạng") && part(i + 1) {
            2
        } else {
            usize::from(part(i))
        };
        let part_offset = (day_part > 0)
            .then(|| toks.get(i + day_part))
            .flatten()
            .and_then(|n| {
                if n.is("nay") {
                    Some((0, day_part + 1))
                } else if n.is("qua") {
                    Some((-1, day_part + 1))
                } else {
                    None
                }
            });
        if let Some((_, n)) = part_offset {
            // "chiều qua 19-5", "chiều nay (28.5)": the written date says it; no second claim.
            let k = i + n + usize::from(toks.get(i + n).is_some_and(|x| x.is_punct('(')));
            if toks.get(k).is_some_and(|x| {
                x.class == Class::Num
                    && (day_month_joined(x.s).is_some() || day_month(x.s).is_some())
            }) {
                return Some(i + n);
            }
        }
        let offset = if part_offset.is_some() {
            part_offset
        } else if rel("hôm", "qua") {
            Some((-1, 2))
        } else if rel("hôm", "nay") {
            Some((0, 2))
        } else if rel("ngày", "mai") {
            Some((1, 2))
        } else if rel("hôm", "kia") {
            Some((-2, 2))
        } else if !ENGLISH_RELATIVE.contains(t) || inside_capitalised_run(toks, i) {
            // One key probe turns the other words away; "USA Today", "ET Today", "Russia
            // Today": a name's word, not a day.
            None
        } else if t.is("yesterday") {
            Some((-1, 1))
        } else if t.is("today") || t.is("tonight") {
            Some((0, 1))
        } else if (rel("last", "night") || rel("last", "evening"))
            && !toks[i + 1].is_capitalized()
            && !after_determiner(toks, i)
        {
            // "struck last night" is the night before the report; "the last night of the
            // festival" is no day.
            Some((-1, 2))
        } else if t.is("this")
            && ["morning", "afternoon", "evening"]
                .iter()
                .any(|w| rel("this", w))
            && !toks[i + 1].is_capitalized()
            && !after_determiner(toks, i)
        {
            Some((0, 2))
        } else if t.is("tomorrow") {
            Some((1, 1))
        } else {
            None
        };
        // "last year" (not "the last year", twelve months gone).
        if rel("last", "year") && !after_determiner(toks, i) {
            return last_year(ctx, i, out);
        }
        if let Some((days, n)) = offset {
            let published = ctx.published?;
            // "Hôm nay, 23/05/2016", "Tối hôm qua (27-5)": the day written next to the word
            // says which day it is (the writer's today may not be the publication's); that
            // date is the claim, read next.
            if glossed_by_a_date(toks, i + n) {
                return Some(i + n);
            }
            push(
                ctx,
                out,
                "relative",
                ctx.span(i, i + n),
                DateValue::Day(published + Duration::days(days)),
                None,
            );
            // "Hôm qua, tôi đã tiêm thuốc": a speaker's yesterday counts from the day they
            // spoke, which may be the day before the report: either day fits.
            if inside_quote(ctx, i) {
                if let Some(c) = out.last_mut() {
                    c.range.0 -= 1.0;
                    c.qualifier = Some("as quoted");
                }
            }
            return Some(i + n);
        }

        // month: "tháng 12/2021", "tháng 4 năm 2014", "tháng 11"
        if t.is("tháng") {
            if let Some(end) = month_in_words(ctx, i, out) {
                return Some(end);
            }
            let n = toks.get(i + 1).filter(|n| n.class == Class::Num)?;
            let (month, year, end) = if let Some((m, y)) = n.s.split_once(['/', '.', '-']) {
                let y: i32 = y.parse().ok().filter(|_| y.len() == 4)?;
                (m.parse::<u32>().ok()?, Some(y), i + 2)
            } else {
                let m: u32 = n.s.parse().ok()?;
                let this_year = ctx.published.map(|p| p.year());
                match (toks.get(i + 2), toks.get(i + 3)) {
                    (Some(a), Some(b))
                        if a.is("năm") && b.class == Class::Num && b.s.len() == 4 =>
                    {
                        (m, Some(b.s.parse().ok()?), i + 4)
                    }
                    // "tháng 4/2013 … tháng 8 cùng năm": the year of the date before.
                    (Some(a), Some(b)) if a.is("cùng") && b.is("năm") => {
                        let before = out.iter().rev().find_map(|c| match c.value {
                            Value::Date(d) => Some(d.year()),
                            _ => None,
                        });
                        (m, Some(before?), i + 4)
                    }
                    // "tháng 8 năm nay", "tháng 10 năm ngoái"
                    (Some(a), Some(b)) if a.is("năm") && b.is("nay") => {
                        (m, Some(this_year?), i + 4)
                    }
                    (Some(a), Some(b)) if a.is("năm") && b.is("ngoái") => {
                        (m, Some(this_year? - 1), i + 4)
                    }
                    // "từ tháng 3 đến 11/2013": the year of the range's end is the start's.
                    (Some(a), Some(b))
                        if a.is_any(&["đến", "tới", "-", "–"])
                            && b.class == Class::Num
                            && b.s.split_once('/').is_some_and(|(_, y)| y.len() == 4) =>
                    {
                        let y = b.s.split_once('/').and_then(|(_, y)| y.parse().ok());
                        (m, y, i + 2)
                    }
                    _ => (m, None, i + 2),
                }
            };
            if !(1..=12).contains(&month) {
                return None;
            }
            // "các tháng 1, 2, 3, 4": a list of months is no one month; its first is not the
            // date of anything.
            let listed = year.is_none()
                && toks.get(end).is_some_and(|c| c.is_punct(','))
                && toks.get(end + 1).is_some_and(|x| {
                    x.class == Class::Num && x.s.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m))
                });
            if listed {
                return Some(end);
            }
            let (year, month) = match year {
                Some(y) => (y, month),
                None => resolve_month(month, ctx.published?, ctx.future)?,
            };
            push(
                ctx,
                out,
                "month",
                ctx.span(i, end),
                DateValue::Month { year, month },
                None,
            );
            return Some(end);
        }
    }

    // year: "năm 2014", "in 2008", and "đến 2018" right after a year
    if let Some(y) = (t.class == Class::Num && t.s.len() == 4)
        .then(|| t.s.parse::<i32>().ok())
        .flatten()
    {
        let before = i.checked_sub(1).map(|k| &toks[k]);
        let after_year = i >= 2
            && before.is_some_and(|b| b.is_any(&["đến", "tới", "-", "–", "and", "to"]))
            && out.last().is_some_and(|c| {
                matches!(c.value, Value::Date(DateValue::Year(_))) && c.span.end == toks[i - 2].end
            });
        // "sinh năm 1975" is a birth year, read by the person rules.
        let born = i >= 2 && born_at(toks, i - 2);
        // "in a 2010 collision", "the 2004 tsunami", "the 1933 Griffith Fire": a year naming a
        // happening (not "the 2000 people", "a 1500 km trip": a count or a measure). A
        // capitalised word after it starts the happening's name; a count of a thousand or
        // more is written with a comma in English ("the 2,000 Marines"). A block of a street
        // ("the 2100 block of East Irene Vista") and a year decades after the publication
        // name no happening reported.
        let address_or_far = toks.get(i + 1).is_some_and(|n| n.is("block"))
            || ctx.published.is_some_and(|p| y > p.year() + FAR_YEARS);
        let names_a_happening = !address_or_far
            && before.is_some_and(|b| b.is_any(&["a", "an", "the", "A", "An", "The"]))
            && toks.get(i + 1).is_some_and(|n| {
                let lower = n.is_lower_word()
                    && n.s.is_ascii()
                    && super::noun::noun_at(toks, i + 1).is_none()
                    && !super::noun::is_function_word(n);
                let named = n.class == Class::Word && n.is_capitalized() && n.s.is_ascii();
                lower || named
            });
        // "the summer of 2020", "by the end of 2019", "early 2021", "mùa hè 2020": a part of a
        // year names the year.
        const SEASONS: &[&str] = &["summer", "spring", "autumn", "fall", "winter"];
        const PARTS: &[&str] = &[
            "end",
            "start",
            "beginning",
            "middle",
            "half",
            "early",
            "late",
        ];
        let part_of_year = before.is_some_and(|b| b.is_any(SEASONS) || b.is_any(PARTS))
            || (before.is_some_and(|b| b.is("of"))
                && i >= 2
                && (toks[i - 2].is_any(SEASONS) || toks[i - 2].is_any(PARTS)));
        if (1900..=2100).contains(&y)
            && !born
            && (before.is_some_and(|b| b.is_any(&["năm", "in", "since"]))
                || after_year
                || names_a_happening
                || part_of_year)
        {
            let start = if before.is_some_and(|b| b.is("năm")) {
                i - 1
            } else {
                i
            };
            push(
                ctx,
                out,
                "year",
                ctx.span(start, i + 1),
                DateValue::Year(y),
                None,
            );
            return Some(i + 1);
        }
    }

    if t.class == Class::Num {
        // "7-6(8-6)", "7-6 (8/6)": a tie-break's points in brackets after a set's games, no
        // day and month.
        if i >= 2 && toks[i - 1].is_punct('(') && is_set_score(toks[i - 2].s) {
            return Some(i + 1);
        }
        static CUES: std::sync::LazyLock<crate::token::WordSet> =
            std::sync::LazyLock::new(|| crate::token::WordSet::new(DATE_CUES.iter().copied()));
        let cue = i > 0 && (CUES.contains(&toks[i - 1]) || toks[i - 1].is_punct('('));
        // "23-12-2015", "29.4.2016": a full date needs no cue.
        if let Some((d, m, y)) = day_month_year_sep(t.s) {
            if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                push(
                    ctx,
                    out,
                    "day_month_year",
                    ctx.span(i, i + 1),
                    DateValue::Day(date),
                    None,
                );
                return Some(i + 1);
            }
            return None;
        }
        // dateline: "ngày 3-6", "chiều 19.5", "(28.5)": a day and month joined by a dash or a
        // dot only after a word that announces a day (otherwise a score, a range, a decimal).
        if let Some((d, m)) = day_month_joined(t.s) {
            if day_cue_before(toks, i) {
                let date = full(ctx, d, m, None)?;
                push(
                    ctx,
                    out,
                    "dateline",
                    ctx.span(i, i + 1),
                    DateValue::Day(date),
                    None,
                );
                return Some(i + 1);
            }
        }
        // night_of: "tối 26 rạng sáng 27-5" — the night of the 26th, in the month that follows.
        if let Some(date) = night_of(ctx, i) {
            push(
                ctx,
                out,
                "night_of",
                ctx.span(i, i + 1),
                DateValue::Day(date),
                None,
            );
            return Some(i + 1);
        }
        // day_range: "9-10/10", and English "25-26 May" (the month a word after it)
        if let Some((a, rest)) = t.s.split_once('-') {
            let english = toks
                .get(i + 1)
                .and_then(month_en)
                .and_then(|m| Some((rest.parse::<u32>().ok()?, m, None, i + 2)));
            let numeric = || day_month(rest).map(|(d, m, y)| (d, m, y, i + 1));
            let (Ok(d1), Some((d2, m, y, end))) = (a.parse::<u32>(), english.or_else(numeric))
            else {
                return None;
            };
            let first = full(ctx, d1, m, y)?;
            let last = full(ctx, d2, m, y)?;
            if first >= last {
                return None;
            }
            push(
                ctx,
                out,
                "day_range",
                ctx.span(i, end),
                DateValue::DayRange(first, last),
                None,
            );
            return Some(end);
        }
        // "đến 11/2013": a month and its year.
        if let Some((m, y)) = t.s.split_once('/').filter(|(_, y)| y.len() == 4) {
            if let (Ok(month), Ok(year)) = (m.parse::<u32>(), y.parse::<i32>()) {
                if (1..=12).contains(&month) && (1900..=2100).contains(&year) {
                    let d = DateValue::Month { year, month };
                    push(ctx, out, "month", ctx.span(i, i + 1), d, None);
                    return Some(i + 1);
                }
            }
        }
        // "từ ngày 1/11 năm trước đến 31/10 năm sau": a day of every year, no date.
        if toks.get(i + 1).is_some_and(|n| n.is("năm"))
            && toks
                .get(i + 2)
                .is_some_and(|n| n.is_any(&["trước", "sau", "tiếp", "kế"]))
        {
            return Some(i + 3);
        }
        // day_month(_year): "21/1", "16/8/2021"; "1/40" is a ratio
        if let Some((d, m, y)) = day_month(t.s) {
            // "vòng 1/8" is the round of sixteen.
            if !cue
                && i > 0
                && toks[i - 1].class == Class::Word
                && toks[i - 1].is_any(&[
                    "tỷ", "tỉ", "lệ", "khoảng", "gần", "ratio", "vòng", "bằng", "chiếm",
                ])
            {
                return None;
            }
            // "hồ sơ khám sức khỏe 5/5 người", "đạt 9/10 điểm": so many of so many people or
            // points, no date.
            if !cue
                && toks.get(i + 1).is_some_and(|n| {
                    n.is_lower_word()
                        && n.is_any(&["người", "học", "thí", "hộ", "ca", "câu", "điểm", "phiếu"])
                })
            {
                return None;
            }
            // "6 1/2 years": a whole number and a proper fraction, no date ("ngày 20 25/5"
            // is a slip before a date).
            if !cue && y.is_none() && d < m && i > 0 && toks[i - 1].class == Class::Num {
                return None;
            }
            let date = full(ctx, d, m, y)?;
            let rule = if y.is_some() {
                "day_month_year"
            } else {
                "day_month"
            };
            push(
                ctx,
                out,
                rule,
                ctx.span(i, i + 1),
                DateValue::Day(date),
                None,
            );
            return Some(i + 1);
        }
        // day_month_words: "20 tháng 5 năm 2016"
        if toks.get(i + 1).is_some_and(|x| x.is("tháng")) {
            let d: u32 = t.s.parse().ok()?;
            let m: u32 = toks
                .get(i + 2)
                .filter(|x| x.class == Class::Num)?
                .s
                .parse()
                .ok()?;
            let (y, end) = match (toks.get(i + 3), toks.get(i + 4)) {
                (Some(a), Some(b)) if a.is("năm") && b.s.len() == 4 => (b.s.parse().ok(), i + 5),
                _ => (None, i + 3),
            };
            if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
                return None;
            }
            let date = full(ctx, d, m, y)?;
            push(
                ctx,
                out,
                "day_month_words",
                ctx.span(i, end),
                DateValue::Day(date),
                None,
            );
            return Some(end);
        }
        return english_day_first(ctx, i, None, out);
    }
    english_date(ctx, i, None, out)
}

/// English with the day first: "12 January (2022)", "14th May", "the 14th of May", and after a
/// weekday ("Saturday 23 June 2018"), whose span it takes.
fn english_day_first(
    ctx: &Ctx,
    i: usize,
    weekday: Option<(Weekday, usize)>,
    out: &mut Vec<Claim>,
) -> Option<usize> {
    let toks = ctx.toks;
    let t = toks.get(i).filter(|t| t.class == Class::Num)?;
    let of = usize::from(toks.get(i + 1).is_some_and(|n| n.is("of")) && ordinal_day(t.s).is_some());
    let m = toks.get(i + 1 + of).and_then(month_en)?;
    let d: u32 = t.s.parse().ok().or_else(|| ordinal_day(t.s))?;
    // "8 October 2005", "8 October, 2005".
    let comma = usize::from(toks.get(i + 2 + of).is_some_and(|x| x.is_punct(',')));
    let y = toks
        .get(i + 2 + of + comma)
        .filter(|x| x.class == Class::Num && x.s.len() == 4)
        .and_then(|x| x.s.parse().ok());
    let end = if y.is_some() {
        i + 3 + of + comma
    } else {
        i + 2 + of
    };
    let date = full(ctx, d, m, y)?;
    push(
        ctx,
        out,
        "english",
        ctx.span(weekday.map_or(i, |(_, s)| s), end),
        DateValue::Day(date),
        weekday.map(|w| w.0),
    );
    Some(end)
}

/// A day written with an English ordinal ending: "14th", "1st", "22nd", "3rd".
fn ordinal_day(s: &str) -> Option<u32> {
    let cut = s.len().checked_sub(2)?;
    let (digits, end) = (s.get(..cut)?, s.get(cut..)?);
    if !["st", "nd", "rd", "th"]
        .iter()
        .any(|e| end.eq_ignore_ascii_case(e))
    {
        return None;
    }
    digits.parse::<u32>().ok().filter(|d| (1..=31).contains(d))
}

/// "January 21, 2022", "Jan. 21", "December 2021"; `weekday` is (weekday, first token).
fn english_date(
    ctx: &Ctx,
    i: usize,
    weekday: Option<(Weekday, usize)>,
    out: &mut Vec<Claim>,
) -> Option<usize> {
    let toks = ctx.toks;
    let mut j = i;
    if weekday.is_some() && toks.get(j).is_some_and(|t| t.is_punct(',')) {
        j += 1;
    }
    let m = toks.get(j).and_then(month_en)?;
    j += 1;
    if toks.get(j).is_some_and(|t| t.is_punct('.')) {
        j += 1;
    }
    let Some(num) = toks.get(j).filter(|t| t.class == Class::Num) else {
        return month_alone(ctx, i, m, out);
    };
    let start = weekday.map_or(i, |(_, s)| s);
    if num.s.len() == 4 && num.s.bytes().all(|b| b.is_ascii_digit()) {
        let year: i32 = num.s.parse().ok()?;
        push(
            ctx,
            out,
            "english",
            ctx.span(start, j + 1),
            DateValue::Month { year, month: m },
            None,
        );
        return Some(j + 1);
    }
    let d = match parse_digits(num.s) {
        Some(d) => d as u32,
        None => ordinal_day(num.s)?,
    };
    let mut end = j + 1;
    let mut y = None;
    if toks.get(end).is_some_and(|t| t.is_punct(','))
        && toks
            .get(end + 1)
            .is_some_and(|t| t.class == Class::Num && t.s.len() == 4)
    {
        y = toks[end + 1].s.parse().ok();
        end += 2;
    }
    let date = full(ctx, d, m, y)?;
    push(
        ctx,
        out,
        "english",
        ctx.span(start, end),
        DateValue::Day(date),
        weekday.map(|w| w.0),
    );
    Some(end)
}

/// "In September", "since March", "since July last year", "last March": a month named alone
/// after a preposition, in the year said after it, the past year's after "since" or "last",
/// or else the year [`resolve_month`] gives (its day after "in" names the month, not a day).
fn month_alone(ctx: &Ctx, i: usize, month: u32, out: &mut Vec<Claim>) -> Option<usize> {
    let toks = ctx.toks;
    let before = toks.get(i.checked_sub(1)?)?;
    let spelt_out = toks[i].is(MONTHS_EN[month as usize - 1]);
    if !before.is_any(&["in", "In", "since", "Since", "until", "Until", "last"]) || !spelt_out {
        return None;
    }
    let published = ctx.published?;
    // "since July last year", "in March next year": the year said after the month.
    let said = [("last", -1), ("this", 0), ("next", 1)]
        .into_iter()
        .find(|(w, _)| words_at(toks, i + 1, &[w, "year"]))
        .map(|(_, shift)| published.year() + shift);
    let (year, month, end) = match said {
        Some(year) => (year, month, i + 3),
        // "since March": a month gone by, this year's or last year's.
        None if before.is_any(&["since", "Since"]) => {
            let year = published.year() - i32::from(month > published.month());
            (year, month, i + 1)
        }
        // "last March": the latest March before this month.
        None if before.is("last") => {
            let year = published.year() - i32::from(month >= published.month());
            (year, month, i + 1)
        }
        None => {
            let (year, month) = resolve_month(month, published, ctx.future)?;
            (year, month, i + 1)
        }
    };
    push(
        ctx,
        out,
        "english",
        ctx.span(i, end),
        DateValue::Month { year, month },
        None,
    );
    Some(end)
}

/// Whether a day-month date stands right after token `k`, set off by a comma or a bracket
/// ("Hôm nay, 23/05/2016", "hôm qua (27-5)"): it names the day a relative word stands for.
fn glossed_by_a_date(toks: &[Tok], k: usize) -> bool {
    let opens = toks
        .get(k)
        .is_some_and(|t| t.is_punct(',') || t.is_punct('('));
    let date = toks.get(k + 1).is_some_and(|t| {
        t.class == Class::Num
            && (day_month(t.s).is_some()
                || day_month_joined(t.s).is_some()
                || day_month_year_sep(t.s).is_some())
    });
    opens && date
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_relative_day_in_a_quote_of_several_sentences_is_the_speakers() {
        let published = NaiveDate::from_ymd_opt(2024, 7, 23);
        let qualifier = |text: &str| {
            crate::extract::extract_str(text, published)
                .into_iter()
                .find(|c| c.kind == Kind::Date)
                .expect("a date")
                .qualifier
        };
        let quoted = "\"My first decision was to pick her,\" Biden wrote. \"And it's been the \
                      best decision I've made. Today I want to offer my full support.\"";
        assert_eq!(qualifier(quoted), Some("as quoted"));
        let closed = "\"It has been the best decision,\" he wrote. Today she met the press.";
        assert_eq!(qualifier(closed), None);
    }

    #[test]
    fn a_weekday_with_its_date_is_one_mention() {
        let published = NaiveDate::from_ymd_opt(2024, 4, 14);
        let mentions = |text: &str| -> Vec<String> {
            crate::extract::extract_str(text, published)
                .into_iter()
                .filter(|c| c.kind == Kind::Date)
                .map(|c| text[c.span.start..c.span.end].to_string())
                .collect()
        };
        assert_eq!(
            mentions("The attack on Saturday (13 April), police said."),
            ["Saturday (13 April)"]
        );
        assert_eq!(
            mentions("The attack on Saturday, 13 April 2024 shocked"),
            ["Saturday, 13 April 2024"]
        );
    }

    #[test]
    fn a_day_in_a_named_time_zone_reaches_the_days_beside_it() {
        let published = NaiveDate::from_ymd_opt(2016, 5, 23);
        let range = |text: &str| {
            let c = crate::extract::extract_str(text, published)
                .into_iter()
                .find(|c| c.kind == Kind::Date)
                .expect("a date");
            (c.range.1 - c.range.0, c.qualifier)
        };
        assert_eq!(
            range("đêm 22/5 (giờ Mỹ), Adele thắng"),
            (2.0, Some("local time"))
        );
        assert_eq!(
            range("Rạng sáng 23/5 theo giờ Việt Nam"),
            (2.0, Some("local time"))
        );
        assert_eq!(
            range("at dawn on 20 May local time"),
            (2.0, Some("local time"))
        );
        assert_eq!(range("Ngày 22/5, Adele thắng"), (0.0, None));
        assert_eq!(range("ngày 22/5 giờ sáng"), (0.0, None));
    }

    #[test]
    fn year_resolution_prefers_the_past() {
        let p = NaiveDate::from_ymd_opt(2022, 1, 10).unwrap();
        assert_eq!(
            resolve(8, 11, p, false),
            NaiveDate::from_ymd_opt(2021, 11, 8)
        );
        assert_eq!(
            resolve(12, 1, p, false),
            NaiveDate::from_ymd_opt(2022, 1, 12)
        );
        assert_eq!(
            resolve(20, 1, p, true),
            NaiveDate::from_ymd_opt(2022, 1, 20)
        );
        // Ten days ahead is nearer than a year back, even in a past-tense sentence.
        assert_eq!(
            resolve(20, 1, p, false),
            NaiveDate::from_ymd_opt(2022, 1, 20)
        );
        // Three months ahead is not: the past wins.
        assert_eq!(
            resolve(10, 4, p, false),
            NaiveDate::from_ymd_opt(2021, 4, 10)
        );
        assert_eq!(resolve(4, 1, p, true), NaiveDate::from_ymd_opt(2022, 1, 4));
        assert_eq!(
            resolve(23, 11, p, true),
            NaiveDate::from_ymd_opt(2021, 11, 23)
        );
    }

    #[test]
    fn weekday_resolution() {
        let wed = NaiveDate::from_ymd_opt(2022, 1, 12).unwrap();
        assert_eq!(
            resolve_weekday(Weekday::Mon, wed, false),
            NaiveDate::from_ymd_opt(2022, 1, 10).unwrap()
        );
        assert_eq!(resolve_weekday(Weekday::Wed, wed, false), wed);
        assert_eq!(
            resolve_weekday(Weekday::Fri, wed, true),
            NaiveDate::from_ymd_opt(2022, 1, 14).unwrap()
        );
    }
}
