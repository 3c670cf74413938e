//! Pure data types shared by the pipeline: claims, their values and spans.
//! Nothing here reads files, runs rules or knows report column names.

use chrono::NaiveDate;
use std::fmt;

/// What kind of checkable statement a claim is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A figure: how many, how much, how far.
    Number,
    /// A calendar date, month or year.
    Date,
    /// A time of day.
    Time,
    /// How long something lasted.
    Duration,
    /// Words in quotation marks, with their speaker in the slot.
    Quote,
    /// A person's name as written (for spelling variants across outlets).
    Name,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Number,
        Kind::Date,
        Kind::Time,
        Kind::Duration,
        Kind::Quote,
        Kind::Name,
    ];
    /// The kinds `claimdiff eval` scores.
    pub const SCORED: [Kind; 4] = [Kind::Number, Kind::Date, Kind::Time, Kind::Duration];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Duration => "duration",
            Kind::Quote => "quote",
            Kind::Name => "name",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which part of an article a span lies in. Only `Story` claims are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    Story,
    /// "Xem thêm", "READ …" links and glued-on articles: other stories.
    Related,
    /// Share buttons, comment forms, navigation, credits.
    Boilerplate,
}

impl Section {
    pub fn as_str(self) -> &'static str {
        match self {
            Section::Story => "story",
            Section::Related => "related",
            Section::Boilerplate => "boilerplate",
        }
    }
}

/// Granularity-aware calendar value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DateValue {
    Day(NaiveDate),
    /// A span of days such as `9-10/10`.
    DayRange(NaiveDate, NaiveDate),
    Month {
        year: i32,
        month: u32,
    },
    Year(i32),
}

impl DateValue {
    /// The first day the value covers; used to order and window events.
    pub fn first_day(&self) -> NaiveDate {
        match *self {
            DateValue::Day(d) | DateValue::DayRange(d, _) => d,
            DateValue::Month { year, month } => {
                NaiveDate::from_ymd_opt(year, month, 1).expect("valid month")
            }
            DateValue::Year(y) => NaiveDate::from_ymd_opt(y, 1, 1).expect("valid year"),
        }
    }

    pub fn year(&self) -> i32 {
        use chrono::Datelike;
        self.first_day().year()
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            DateValue::DayRange(a, b) => {
                write!(f, "{}/{}", a.format("%Y-%m-%d"), b.format("%Y-%m-%d"))
            }
            DateValue::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            DateValue::Year(y) => write!(f, "{y:04}"),
        }
    }
}

/// Units a duration is written in; kept so `PT90M` is not rewritten as `PT1H30M`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DurationUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl DurationUnit {
    /// Length in minutes, for comparing durations written in different units.
    pub fn minutes(self) -> f64 {
        match self {
            DurationUnit::Second => 1.0 / 60.0,
            DurationUnit::Minute => 1.0,
            DurationUnit::Hour => 60.0,
            DurationUnit::Day => 1440.0,
            DurationUnit::Week => 10080.0,
            DurationUnit::Month => 43_830.0,
            DurationUnit::Year => 525_960.0,
        }
    }
}

/// A normalised claim value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Number(f64),
    Date(DateValue),
    Time {
        hour: u32,
        minute: u32,
    },
    Duration {
        amount: f64,
        unit: DurationUnit,
    },
    /// A quotation or a name, as written (white space folded).
    Text(String),
}

/// The two sides of a score as written ("5-3", the `Text` value of a score claim): goals of
/// at most two digits joined by a dash, the larger first (a loser's "1-3" is the winner's
/// "3-1").
pub fn score_sides(text: &str) -> Option<(u32, u32)> {
    let (x, y) = text.split_once('-')?;
    let goals = |s: &str| -> Option<u32> {
        ((1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (x, y) = (goals(x)?, goals(y)?);
    Some((x.max(y), x.min(y)))
}

/// Formats a number plainly: `.` as decimal point, no separators, no trailing zeros. A value
/// within a millionth of a millionth of a whole number is that number, so that a written figure
/// times its scale shows as written: "£68.6 billion" is 68600000000, not 68599999999.999992.
pub fn format_number(x: f64) -> String {
    let whole = x.round();
    let x = if (x - whole).abs() <= whole.abs() * 1e-12 {
        whole
    } else {
        x
    };
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        let s = format!("{x:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(x) => f.write_str(&format_number(*x)),
            Value::Date(d) => write!(f, "{d}"),
            Value::Time { hour, minute } => write!(f, "{hour:02}:{minute:02}"),
            Value::Text(t) => f.write_str(t),
            Value::Duration { amount, unit } => {
                let n = format_number(*amount);
                match unit {
                    DurationUnit::Second => write!(f, "PT{n}S"),
                    DurationUnit::Minute => write!(f, "PT{n}M"),
                    DurationUnit::Hour => write!(f, "PT{n}H"),
                    DurationUnit::Day => write!(f, "P{n}D"),
                    DurationUnit::Week => write!(f, "P{n}W"),
                    DurationUnit::Month => write!(f, "P{n}M"),
                    DurationUnit::Year => write!(f, "P{n}Y"),
                }
            }
        }
    }
}

/// A half-open byte range `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }
}

/// One extracted statement, with spans into the normalised text of its article.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub kind: Kind,
    pub value: Value,
    /// The closed interval the statement allows once its qualifier is applied.
    pub range: (f64, f64),
    /// The qualifier word as written, normalised to a name (`about`, `nearly`, …).
    pub qualifier: Option<&'static str>,
    /// What the figure counts, with its subject: `troops/RU`, `deaths`, `duration`.
    /// Owned only when built from the text (a subject, a person, an unknown noun).
    pub slot: std::borrow::Cow<'static, str>,
    /// The mention, including qualifier and counted noun.
    pub span: Span,
    /// The sentence the mention stands in.
    pub sentence: Span,
    /// Name of the rule that produced the claim (for eval and debugging).
    pub rule: &'static str,
    /// A weekday written next to a date (`thứ Sáu (21/01)`), kept to check it.
    pub weekday: Option<chrono::Weekday>,
}

impl Claim {
    /// Whether the statement puts the fact under its figure: an upper bound (`dưới 40`) or
    /// `nearly` (`gần 3 tỷ`).
    pub fn below(&self) -> bool {
        self.bound() < 0 || self.qualifier == Some("nearly")
    }

    /// Whether the statement is a lower bound (`hơn 40`: 1), an upper bound (`dưới 40`: -1)
    /// or neither (0), as its qualified range tells.
    pub fn bound(&self) -> i8 {
        if self.range.1.is_infinite() {
            1
        } else if self.qualifier.is_some() && self.range.0 == 0.0 && self.range.1 > 0.0 {
            -1
        } else {
            0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::format_number;

    #[test]
    fn numbers_are_written_as_the_text_wrote_them() {
        // A figure times its scale word carries float noise that the written figure did not.
        assert_eq!(format_number(68.6 * 1e9), "68600000000");
        assert_eq!(format_number(16.6 * 1e9), "16600000000");
        assert_eq!(format_number(1.5 * 1e6), "1500000");
        assert_eq!(format_number(6.1), "6.1");
        assert_eq!(format_number(0.25), "0.25");
        assert_eq!(format_number(100_000.0), "100000");
        assert_eq!(format_number(-3.5), "-3.5");
    }
}
