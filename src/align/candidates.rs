//! Which claims meet: the comparable class of every claim (a count with a count, an age with an
//! age, a clock time with a clock time, a person's name with a name), its profile (what the
//! comparisons read: slot parts, value as a range, the words around it, cues, position,
//! scope), one node per value an article states for a class, and the story's word weights.
//! It must not score or match pairs; features, scoring and matching do.
//!
//! Cost: one tokenisation per distinct sentence holding a claim; everything is per story.

use super::{Record, Scope};
use crate::article::Article;
use crate::claim::{DateValue, Kind, Value};
use crate::event::Frame;
use crate::extract::noun::{unit_of, IMPERIAL_UNITS, PART_INTRODUCERS};
use crate::token::{self, Class, PhraseIndex, Tok, WordSet};
use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

/// The families of classes: each has its own comparisons and weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    Number,
    Duration,
    Time,
    Date,
    Name,
}

impl Family {
    pub const ALL: [Family; 5] = [
        Family::Number,
        Family::Duration,
        Family::Time,
        Family::Date,
        Family::Name,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Family::Number => "number",
            Family::Duration => "duration",
            Family::Time => "time",
            Family::Date => "date",
            Family::Name => "name",
        }
    }

    pub fn parse(s: &str) -> Option<Family> {
        Family::ALL.into_iter().find(|f| f.as_str() == s)
    }

    /// The kind of disagreement two paired claims of this family show.
    pub fn conflict_kind(self) -> &'static str {
        match self {
            Family::Number | Family::Duration => "numeric_conflict",
            Family::Time => "time_conflict",
            Family::Date => "date_conflict",
            Family::Name => "name_variant",
        }
    }
}

/// Slot heads that order or name things rather than count them: compared only with their own
/// kind (a rank with a rank, the number of a storm with the number of a storm).
const POSITIONS: &[&str] = &[
    "rank", "seed", "minute", "level", "term", "ordinal", "no.", "score",
];

/// Which end of a range a figure is (`từ 6 đến 13 tuổi`: `age/min`, `age/max`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    Min,
    Max,
}

/// What a written name names, as far as the words around it tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// A title, a role, an age or a birth year goes with it.
    Person,
    /// A place or organisation word stands before it, or it is a known place.
    PlaceOrOrg,
    Unknown,
}

/// A phase of a happening a sentence places the claim in: its start, the moment it was
/// reported to those who answer it (a call, an alarm, `tin báo`, a mayday), the moment it was
/// brought under control, the moment someone was rescued from it, or its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Start,
    /// A journey's start: a bus that set off at 20:00 and a landslide that struck it at 22:30
    /// are two moments.
    Depart,
    Alert,
    Control,
    Rescue,
    End,
}

/// What the comparisons read of one claim.
#[derive(Debug, Clone)]
pub struct Profile {
    pub record: usize,
    pub article: usize,
    pub family: Family,
    /// The comparable class: only profiles of one class are paired.
    pub class: String,
    /// The slot's first part (`deaths`, `vehicles`, an unknown noun as written).
    pub head: String,
    /// The head is one of the noun lexicon's kinds, not a noun taken as written.
    pub known_head: bool,
    /// The head counts people ("học sinh", "vị khách", `victims`).
    pub counts_people: bool,
    /// The slot's other parts: subject, action, outcome, rate (`RU`, `withdrawn`).
    pub extras: Vec<String>,
    /// Whose age or birth year, or the title before a name.
    pub person: Option<String>,
    pub end: Option<End>,
    /// For an end of a range, the whole range it is an end of ("between 15 and 20 people":
    /// 15 to 20), in the class's base unit: a plain figure within it agrees with either end.
    pub whole: Option<(f64, f64)>,
    /// The value as a range in the class's base unit (days, minutes, kg…); names have none.
    pub lo: f64,
    pub hi: f64,
    /// The figure as written (base unit), and whether it is a lower bound (`hơn 40`: 1), an
    /// upper bound (`dưới 40`: -1) or neither (0).
    pub figure: f64,
    pub bound: i8,
    /// The fact put under the figure: an upper bound or `nearly` (`gần 3 tỷ`).
    pub below: bool,
    /// Said approximately ("khoảng 18g", "about 100"): a range around the figure both ways.
    pub about: bool,
    /// Written in an imperial unit (miles, feet), brought to metric by its factor.
    pub imperial: bool,
    /// A vague amount ("dozens", "hàng chục", "vài"): it agrees with much and tells little.
    pub vague: bool,
    /// A sum in a foreign currency written with one separator before three digits and a scale
    /// word after ("103.300 triệu USD"): the separator groups thousands in Vietnamese but is a
    /// decimal point in the English copy such sums come from ("103.3 million"), so the figure
    /// may be read a thousand times smaller. (A sum in đồng is written the Vietnamese way:
    /// "500.000 triệu đồng" is 500 billion, a slip to report.)
    pub separator_ambiguous: bool,
    /// The value as reports write it: what one node stands for.
    pub value: String,
    /// Hashed content words within a few tokens of the mention, and in the whole sentence,
    /// weighed by how rare they are in the story.
    pub near: Bag,
    pub sentence: Bag,
    /// The same words with those of the bilingual lexicon as their concept (`killed` and
    /// `thiệt mạng` are one key): read instead of `near`/`sentence` when the two articles are
    /// in different languages; empty in a story written in one language.
    pub near_across: Bag,
    pub sentence_across: Bag,
    /// The article's language (hashed): pairs across languages compare concepts.
    pub language: u64,
    /// The value lower-cased, hyphens as spaces: how names and scores are told equal.
    pub plain: String,
    /// A word of a part (`khác`, `còn lại`, `trong đó`, other, of whom) or of a whole (`tổng`,
    /// in total) next to the mention.
    pub part: bool,
    /// One place's share of a breakdown ("31 people died in Wajima, 22 in Suzu", "81 and 71
    /// deaths, respectively").
    pub share: bool,
    /// A figure a place follows ("one death in neighboring Kendall County"): it may be a
    /// place's share that another outlet breaks down.
    pub placed: bool,
    /// A figure of an English sentence that opens with its place ("In Lao Cai Province, 53
    /// people have been confirmed dead"): one place's share when its article tells a larger
    /// whole of the same kind ([`mark_place_openings`]).
    pub opens_in_place: bool,
    pub total: bool,
    /// The whole a part is counted out of ("2 out of 181 survive", "241 of the 242 people on
    /// board"): everyone, of whom the part is what befell some.
    pub whole_of_part: bool,
    /// What a change is measured against ("so với cùng kỳ", "from a year earlier"): a rise
    /// over the month before and one over the year before are two figures.
    pub base: Option<&'static str>,
    /// The period a rate or a sum is for, named before it in its clause ("quý III", "9 tháng",
    /// "tháng 9", "the third quarter"): growth over a quarter and over nine months are two
    /// figures.
    pub period: Option<Period>,
    /// The words of what rose or fell, before its verb ("chỉ số giá vàng tăng 1,45%": vàng),
    /// as token keys; empty when not told.
    pub changed: Vec<u64>,
    /// Those of them an English report capitalises past its sentence's first word ("the
    /// Tories have lost 250 seats"): a name is a whole subject, as one Vietnamese syllable is
    /// not.
    pub changed_named: Vec<u64>,
    /// The words of the last of two things what changed joins ("khu vực công nghiệp và xây
    /// dựng tăng 8,19%": xây, dựng): a figure of the first thing alone is another figure.
    pub changed_joined: Vec<u64>,
    /// What a "lần thứ" ordinal counts, as token keys: the lower-case words right before
    /// "lần" ("sinh nhật lần thứ 80") and the first content word after the figure ("lần thứ 2
    /// nhận"); empty for other figures.
    pub counted: Vec<u64>,
    /// Whose length of time (a prison term): the last syllable, folded, of the full
    /// Vietnamese name nearest before it in its sentence ("bị cáo Nguyễn Xuân Danh … 9 năm
    /// tù").
    pub owner: Option<String>,
    /// The span a figure was measured over, in minutes: a length of time its sentence opens
    /// with "trong", "sau", "in", "after", "over" ("Sau 3 ngày công chiếu, phim thu về 100
    /// triệu USD", "in 24 hours, 80 mm of rain").
    pub window: Option<u64>,
    /// The moment a running count stands at, when its sentence opens by saying so ("Đến 19
    /// giờ 40 phút, vớt được 9 thi thể", "Tính đến 1h20 ngày 20/7", "Đến thời điểm hiện
    /// tại", "By 5 p.m., 12 people"): two tallies of two moments are no disagreement.
    pub stamp: Option<Stamp>,
    /// The magnitude its sentence gives a quake, for a figure, a clock time or a date ("lúc
    /// 8h35, độ lớn 3.3"): in a series of quakes, the figures of two magnitudes are two
    /// quakes'.
    pub magnitude: Option<f64>,
    /// A clock time or a measure told in a sentence about an aftershock ("The new quake
    /// occurred around 10:54 … at a depth of 10 km", "dư chấn"): the aftershock's, not the
    /// main quake's.
    pub aftershock: bool,
    /// A count listed with others of its sentence ("56 hành khách và 10 thành viên phi hành
    /// đoàn", "56 passengers and 10 crew"): the list's sum, which another outlet may give as
    /// the whole (66 người).
    pub list_total: Option<f64>,
    /// The sum of a list of counts of one head ("killing 2 teachers and 2 students", each read
    /// as deaths): another outlet's toll of 4 is that whole.
    pub toll_list_total: Option<f64>,
    pub phase: Option<Phase>,
    /// A clock time a plan set ("hạ cánh dự kiến vào lúc 3h15", "was scheduled to land at
    /// 3:15"): no moment that happened.
    pub planned: bool,
    /// Where the mention stands in its article (0 = top, 1 = end), and whether it is in the
    /// headline or the lead.
    pub position: f32,
    pub lead: bool,
    /// In the headline or the opening paragraphs: where an article says which happening it
    /// reports.
    pub opening: bool,
    /// Background events are keyed by what dates them; the main story is key 0.
    pub background: u64,
    /// The year that dates a background event ("2015" for "2015-12").
    pub background_year: Option<u16>,
    pub happening: Option<&'static str>,
    pub place: Option<&'static str>,
    pub day: Option<chrono::NaiveDate>,
    /// Birth years an article gives the person a name or an age belongs to.
    pub birth_years: Vec<i32>,
    /// A name's value folded (no diacritics, lower case, hyphens as spaces), as syllables and
    /// joined.
    pub folded: Vec<String>,
    pub folded_joined: String,
    /// The words of a name that name a state or place inside it, folded ("viet", "nam" of
    /// "Samsung Việt Nam"): shared, they do not make two names one.
    pub place_words: Vec<String>,
    /// Whose age or birth year (`person`), folded as syllables.
    pub person_folded: Vec<String>,
    /// The title or role before a name, lower-cased, and whether it only says how the person
    /// is addressed (`anh`, `bà`).
    pub role: Option<String>,
    pub kin: bool,
    pub name_kind: NameKind,
    /// The article's publication date.
    pub published: Option<chrono::NaiveDate>,
    /// A date read from a word that counts from the publication day ("hôm qua", "hôm thứ
    /// Hai", "yesterday") rather than written out.
    pub relative: bool,
    /// A date of something said ("Ngày 23-5, Cơ quan điều tra … cho biết", "said on Monday"):
    /// the day an outlet heard it, which need not be the day it happened.
    pub saying: bool,
    /// The names in the claim's sentence (folded, hashed; its own name left out): whose
    /// figure it is ("The Weeknd … 8 giải" is not "Adele … 4 giải").
    pub names: Vec<u64>,
    /// How many values of this class and slot head the article states (an enumeration of
    /// figures, a forecast by region, says little about which is which).
    pub crowd: usize,
}

/// Words as sorted hash keys, each with its weight, and their total.
#[derive(Debug, Clone, Default)]
pub struct Bag {
    pub keys: Vec<u64>,
    pub weights: Vec<f32>,
    pub total: f32,
}

impl Bag {
    fn new(keys: Vec<u64>) -> Bag {
        Bag {
            weights: vec![0.0; keys.len()],
            keys,
            total: 0.0,
        }
    }

    fn weigh(&mut self, idf: &HashMap<u64, f32>) {
        for (w, k) in self.weights.iter_mut().zip(&self.keys) {
            *w = idf.get(k).copied().unwrap_or(0.0);
        }
        self.total = self.weights.iter().sum();
    }
}

/// The values one article states for one class: the unit a counterpart is chosen for.
#[derive(Debug, Clone)]
pub struct Node {
    pub article: usize,
    /// Profiles (indexes) that state this value, in text order.
    pub members: Vec<usize>,
}

/// One story's profiles and nodes grouped by class then article. Words are weighed by their
/// inverse sentence frequency in the story: words every sentence shares (the story's topic)
/// say little about which figure is which.
#[derive(Default)]
pub struct StoryIndex {
    pub profiles: Vec<Profile>,
    /// class → article → nodes.
    pub classes: BTreeMap<String, BTreeMap<usize, Vec<Node>>>,
    /// The story's people as its articles tell them apart: pairs of names (hashed as the
    /// tokenizer hashes words, case-insensitively; smaller first) that one article writes
    /// for two people.
    pub two_people: std::collections::HashSet<(u64, u64)>,
    /// Per article, the happening its lead dates (a quake on 2023-10-15): the kind and day
    /// of the first dated happening in its headline or opening lines.
    pub lead_happening: HashMap<usize, LeadHappening>,
}

/// The key of a pair of names: case-insensitive hashes, smaller first.
fn people_key(a: &str, b: &str) -> (u64, u64) {
    let (x, y) = (token::fold_hash(a), token::fold_hash(b));
    (x.min(y), x.max(y))
}

impl StoryIndex {
    /// Whether some article of the story writes these two names for two people.
    pub fn two_people(&self, a: &str, b: &str) -> bool {
        !self.two_people.is_empty() && self.two_people.contains(&people_key(a, b))
    }

    /// The happening a figure counts for, its day, and whether a date says that day: its
    /// sentence's dated happening, or else the one its article's lead tells of (when the
    /// sentence names none or the same kind).
    fn happening_day(&self, p: &Profile) -> Option<(&'static str, chrono::NaiveDate, bool)> {
        match (p.happening, p.day) {
            (Some(kind), Some(day)) => Some((kind, day, true)),
            (kind, _) => {
                let lead = self.lead_happening.get(&p.article)?;
                kind.is_none_or(|k| k == lead.kind)
                    .then_some((lead.kind, lead.day, lead.dated))
            }
        }
    }

    /// Whether two figures count for two happenings of one kind days apart (a quake and the
    /// next one a week later, led with by another article of the folder).
    pub fn other_happenings(&self, a: &Profile, b: &Profile) -> bool {
        match (self.happening_day(a), self.happening_day(b)) {
            (Some((ka, da, dated_a)), Some((kb, db, dated_b))) => {
                let apart = if dated_a && dated_b {
                    LEAD_DAYS_APART
                } else {
                    UNDATED_LEAD_DAYS_APART
                };
                ka == kb && MOMENTARY.contains(&ka) && (da - db).num_days().abs() > apart
            }
            _ => false,
        }
    }
}

/// Bytes back from a sentence within which the sentence its pronoun points to may start.
const PRONOUN_REACH: usize = 400;

/// Whether a sentence (its tokens) speaks of a person by a pronoun: "he", "she", or a
/// Vietnamese word of address standing alone ("nhưng anh cũng xuất sắc giành", not "anh Trần
/// Hữu Trung").
fn speaks_of_someone(toks: &[Tok]) -> bool {
    // One key probe per token turns most words away.
    static ENGLISH: LazyLock<token::WordSet> =
        LazyLock::new(|| token::WordSet::new(["he", "she", "his", "her", "him"]));
    static ADDRESS: LazyLock<token::WordSet> =
        LazyLock::new(|| token::WordSet::new(["anh", "ông", "bà", "chị", "cô"]));
    toks.iter().enumerate().any(|(k, t)| {
        ENGLISH.contains(t)
            || (ADDRESS.contains(t)
                && t.is_lower_word()
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.class != Class::Word || n.is_lower_word()))
    })
}

/// The happening an article leads with: its kind, its day (a date's, or else the article's
/// publication day), and whether a date says so.
#[derive(Debug, Clone, Copy)]
pub struct LeadHappening {
    pub kind: &'static str,
    pub day: chrono::NaiveDate,
    pub dated: bool,
}

/// Happenings over in a moment: two of them days apart are two (a quake and the next one). A
/// fire, a flood or a storm goes on for days, and its toll is told day by day.
const MOMENTARY: &[&str] = &["earthquake", "accident", "attack", "explosion"];

/// The share of an article, from its top, that leads it (its opening paragraph or two), and
/// the bytes that do in a short one.
const LEAD_SHARE: f32 = 0.25;
const LEAD_BYTES: usize = 500;

/// Days between an undated lead's publication day and another lead's day beyond which they
/// tell two happenings: a lead names a happening without its date days after it, not weeks.
const UNDATED_LEAD_DAYS_APART: i64 = 7;

/// Days between two leads' dates of one kind of happening beyond which they are two
/// happenings: a dateline or a report's day may run a day or two after the happening's.
const LEAD_DAYS_APART: i64 = 2;

/// An article with more names than this is a list: its names are not told apart pairwise.
const MAX_PEOPLE: usize = 256;

/// The pairs of names one article writes for two people: two names that differ by more than a
/// slip of one letter (added, dropped, changed, or two swapped) or of marks ("Kim Jong-il",
/// "Kim Jong-un"), or whose ages or birth years the article gives differently (father Nguyễn
/// Văn Hùng, 58, and son Nguyễn Văn Hưng, 30). Two spellings of one person in one article
/// ("Justin Bieber", later "Justin Bielber") are a slip and stay one person, and so is a name
/// given in full, then short ("Nguyễn Quang Lộc", "ông Lộc").
fn two_people(profiles: &[Profile]) -> std::collections::HashSet<(u64, u64)> {
    // article → name (lower case) → (folded, its words, figures of its age or birth year).
    type Person = (String, Vec<String>, Vec<i64>);
    let mut people: BTreeMap<usize, BTreeMap<String, Person>> = BTreeMap::new();
    for p in profiles {
        let person = match p.family {
            Family::Name if p.name_kind != NameKind::PlaceOrOrg => Some(p.value.as_str()),
            Family::Number if p.head == "age" || p.head == "born" => p.person.as_deref(),
            _ => None,
        };
        let Some(person) = person else { continue };
        let entry = people
            .entry(p.article)
            .or_default()
            .entry(person.to_lowercase())
            .or_insert_with(|| {
                let folded = crate::entity::fold_person(&person.replace('-', " "));
                let words = folded.split_whitespace().map(str::to_string).collect();
                (folded.replace(' ', ""), words, Vec::new())
            });
        if p.family == Family::Number {
            // Ages as birth years, so an age and a birth year of one person agree.
            let year = if p.head == "born" {
                p.figure as i64
            } else {
                p.published.map_or(0, |d| chrono::Datelike::year(&d) as i64) - p.figure as i64
            };
            entry.2.push(year);
        }
    }
    let mut out = std::collections::HashSet::new();
    for names in people.values() {
        // A page naming hundreds of people is a list, not a story of them: its pairs are not
        // read (the work would grow with the square of its names).
        if names.len() > MAX_PEOPLE {
            continue;
        }
        let list: Vec<(&String, &Person)> = names.iter().collect();
        for (i, (x, (fx, wx, yx))) in list.iter().enumerate() {
            for (y, (fy, wy, yy)) in &list[i + 1..] {
                // "Nguyễn Quang Lộc", then "ông Lộc": one person named in full, then short.
                let slip = crate::entity::one_slip(fx, fy) || crate::entity::shortened_name(wx, wy);
                // Ages a year apart are one birth year counted two ways.
                let years_apart = !yx.is_empty()
                    && !yy.is_empty()
                    && yx.iter().all(|a| yy.iter().all(|b| (a - b).abs() > 1));
                if !slip || years_apart {
                    out.insert(people_key(x, y));
                }
            }
        }
    }
    out
}

/// A figure in the unit of `from` written in the unit of `to` (slots such as "feet" and "m"),
/// when both are units of one measure and differ: 80 feet is 24.38 m.
pub fn in_unit_of(x: f64, from: &str, to: &str) -> Option<f64> {
    let ((fu, ff, fx), (tu, tf, tx)) = (unit_of(from)?, unit_of(to)?);
    (fu != tu && ff == tf).then(|| x * fx / tx)
}

/// The comparable class of a claim, with the factor that brings its value to the class's
/// base unit; `None` for claims that are never paired (quotes, bare generic counts of nothing).
pub fn class_of(kind: Kind, value: &Value, slot: &str) -> Option<(Family, String, f64)> {
    let head = crate::extract::noun::slot_head(slot);
    Some(match kind {
        Kind::Quote => return None,
        Kind::Name => (Family::Name, "name".to_string(), 1.0),
        // A time in a named zone is in UTC: compared only with other such times.
        Kind::Time => (Family::Time, slot.to_string(), 1.0),
        // A length of time between two happenings meets only others of its kind.
        Kind::Duration => (Family::Duration, slot.to_string(), 1.0),
        Kind::Date => {
            let precision = match value {
                Value::Date(DateValue::Day(_) | DateValue::DayRange(..)) => "day",
                Value::Date(DateValue::Month { .. }) => "month",
                _ => "year",
            };
            (Family::Date, format!("date/{precision}"), 1.0)
        }
        Kind::Number => {
            if let Some((_, family, factor)) = unit_of(head) {
                (Family::Number, format!("unit/{family}"), factor)
            } else if head == "money" {
                let currency = slot.split('/').nth(1).unwrap_or("");
                let currency = currency.split(' ').next().unwrap_or("");
                (Family::Number, format!("money/{currency}"), 1.0)
            } else if head == "age" || head == "born" || head == crate::extract::quantity::MULTIPLE
            {
                // A multiplier ("four times the number") is compared with multipliers only.
                (Family::Number, head.to_string(), 1.0)
            } else if POSITIONS.contains(&head) {
                // The number of a thing is compared with the number of the same thing only;
                // a shoot-out's score with a shoot-out's.
                let class = if head == "no." || head == "ordinal" || head == "score" {
                    slot.to_string()
                } else {
                    head.to_string()
                };
                (Family::Number, class, 1.0)
            } else {
                (Family::Number, "count".to_string(), 1.0)
            }
        }
    })
}

/// Whether a mention's figure (its first digits, from the token slice given) has one
/// separator before exactly three digits and a scale word right after ("103.300 triệu",
/// "13,750 billion"): a figure two writing styles read a thousand times apart.
fn separator_ambiguous(toks: &[Tok]) -> bool {
    let Some(k) = toks
        .iter()
        .take(4)
        .position(|t| t.s.starts_with(|c: char| c.is_ascii_digit()))
    else {
        return false;
    };
    let s = toks[k].s;
    crate::extract::numeral::one_thousands_group(s)
        && toks
            .get(k + 1)
            .is_some_and(|t| crate::extract::numeral::scale(t).is_some())
}

/// Words next to a figure that make it a part of a larger count or something additional:
/// "8 xe máy khác", "4 nạn nhân còn lại", "trong đó 1 người", "of whom", "other".
const PART_WORDS: &[&[&str]] = &[
    &["khác"],
    &["còn", "lại"],
    &["trong", "đó"],
    &["trong", "số"],
    &["riêng"],
    &["mỗi"],
    &["thêm"],
    &["nữa"],
    &["other"],
    &["others"],
    &["remaining"],
    &["of", "whom"],
    &["of", "which"],
    &["including"],
    &["among"],
    &["each"],
    &["another"],
    &["more"],
    // "Additionally, at least 28 people were killed in the dormitory", "a further 12": as
    // "thêm", a count beyond the main one.
    &["additionally"],
    &["additional"],
    &["further"],
    // "three foreigners were killed", "2 người nước ngoài bị thương": the dead or injured
    // of other nations are a part of the toll, as "Americans" are a subject's.
    &["foreigners"],
    &["foreign", "nationals"],
    &["người", "nước", "ngoài"],
];

/// Words that make a figure a whole: "tổng cộng", "tổng số", "toàn bộ", "in total".
const TOTAL_WORDS: &[&[&str]] = &[
    &["tổng"],
    &["tổng", "cộng"],
    &["tổng", "số"],
    &["toàn", "bộ"],
    &["tất", "cả"],
    &["cả", "thảy"],
    &["total"],
    &["in", "all"],
    &["altogether"],
];

/// What a change is measured against, by the words that name it after "so với" / "so"
/// (Vietnamese) or as a phrase (English). The longest phrase wins ("tháng 12 năm trước" is
/// the year's start, not the year before).
const BASE_WORDS: &[(&[&str], &str)] = &[
    (&["cùng", "kỳ"], "year"),
    (&["cùng", "tháng"], "year"),
    (&["năm", "trước"], "year"),
    (&["năm", "ngoái"], "year"),
    (&["tháng", "trước"], "month"),
    (&["tháng", "12", "năm", "trước"], "year start"),
    (&["tháng", "12", "năm", "ngoái"], "year start"),
    (&["đầu", "năm"], "year start"),
    (&["kế", "hoạch"], "plan"),
    (&["year-on-year"], "year"),
    (&["year-over-year"], "year"),
    (&["a", "year", "earlier"], "year"),
    (&["a", "year", "ago"], "year"),
    (&["the", "previous", "year"], "year"),
    (&["month-on-month"], "month"),
    (&["a", "month", "earlier"], "month"),
    (&["the", "previous", "month"], "month"),
    (&["from", "the", "previous", "month"], "month"),
    (&["from", "a", "year", "earlier"], "year"),
];

/// Tokens after "so với" within which its base is named, and tokens around a figure within
/// which the base of its change is looked for.
const BASE_AFTER_SO: usize = 5;
const BASE_NEAR: usize = 10;

/// Verbs of a happening's start and of its end: the fire broke out at 14:30 and was put out at
/// 15:05 are two times of one fire, not a conflict.
const PHASE_WORDS: &[(&[&str], Phase)] = &[
    (&["xảy", "ra"], Phase::Start),
    (&["bùng", "phát"], Phase::Start),
    (&["bốc", "cháy"], Phase::Start),
    // "ngọn lửa bùng lên dữ dội", "bùng cháy": the fire flared up.
    (&["bùng", "lên"], Phase::Start),
    (&["bùng", "cháy"], Phase::Start),
    (&["phát", "hỏa"], Phase::Start),
    (&["bắt", "đầu"], Phase::Start),
    (&["khởi", "công"], Phase::Start),
    (&["khởi", "hành"], Phase::Depart),
    (&["xuất", "phát"], Phase::Depart),
    (&["khai", "mạc"], Phase::Start),
    (&["began"], Phase::Start),
    (&["begin"], Phase::Start),
    (&["started"], Phase::Start),
    (&["broke", "out"], Phase::Start),
    // "xảy ra" in English: the accident happened at 19:20, not when the train arrived.
    (&["happened"], Phase::Start),
    (&["occurred"], Phase::Start),
    (&["took", "place"], Phase::Start),
    (&["erupted"], Phase::Start),
    (&["departed"], Phase::Depart),
    // A journey's start and end: the times a flight or a ship left and arrived differ.
    (&["left"], Phase::Depart),
    (&["took", "off"], Phase::Depart),
    (&["set", "off"], Phase::Depart),
    (&["set", "sail"], Phase::Depart),
    (&["setting", "sail"], Phase::Depart),
    (&["setting", "off"], Phase::Depart),
    (&["taking", "off"], Phase::Depart),
    (&["departing"], Phase::Depart),
    (&["cất", "cánh"], Phase::Depart),
    (&["rời"], Phase::Depart),
    (&["arrive"], Phase::End),
    (&["arrived"], Phase::End),
    (&["arrival"], Phase::End),
    (&["landed"], Phase::End),
    (&["land"], Phase::End),
    (&["landing"], Phase::End),
    (&["touchdown"], Phase::End),
    // "left the gate at 4:52 p.m. … and returned to the airport at 5:27 p.m.".
    (&["returned"], Phase::End),
    (&["touched", "down"], Phase::End),
    (&["touch", "down"], Phase::End),
    (&["hạ", "cánh"], Phase::End),
    (&["cập", "bến"], Phase::End),
    (&["cập", "cảng"], Phase::End),
    (&["dập", "tắt"], Phase::End),
    (&["dập", "lửa"], Phase::End),
    // The fire started at 2.30 and the fire service was called at 4.35: two moments.
    (&["tin", "báo"], Phase::Alert),
    (&["trình", "báo"], Phase::Alert),
    (&["call"], Phase::Alert),
    (&["calls"], Phase::Alert),
    (&["alerted"], Phase::Alert),
    (&["alarm"], Phase::Alert),
    (&["mayday"], Phase::Alert),
    (&["distress"], Phase::Alert),
    // "Around 01:00 someone on the boat informed the coast guard": the alarm, not the sinking.
    (&["informed"], Phase::Alert),
    (&["notified"], Phase::Alert),
    // "Police received the initial report near 3 p.m.": when word came, not when it began.
    (&["initial", "report"], Phase::Alert),
    (&["first", "report"], Phase::Alert),
    (&["received", "a", "report"], Phase::Alert),
    (&["received", "reports"], Phase::Alert),
    (&["nhận", "tin"], Phase::Alert),
    (&["nhận", "được", "tin"], Phase::Alert),
    // "The first survivor was rescued around 09:23": not when the plane came down.
    (&["rescued"], Phase::Rescue),
    // "Đến khoảng 0h, lực lượng chức năng mới tiếp cận được hiện trường": when help reached
    // the scene, not when the landslide struck.
    (&["tiếp", "cận"], Phase::Rescue),
    (&["reached", "the", "scene"], Phase::Rescue),
    (&["reached", "the", "site"], Phase::Rescue),
    (&["giải", "cứu"], Phase::Rescue),
    (&["cứu", "sống"], Phase::Rescue),
    (&["khống", "chế"], Phase::Control),
    (&["controlled"], Phase::Control),
    (&["under", "control"], Phase::Control),
    // "The cathedral closed at 6:45 p.m., and the fire broke five or six minutes later": a
    // closing time is no moment of the fire.
    (&["closed"], Phase::End),
    (&["đóng", "cửa"], Phase::End),
    (&["kết", "thúc"], Phase::End),
    (&["hoàn", "thành"], Phase::End),
    (&["hoàn", "tất"], Phase::End),
    (&["bế", "mạc"], Phase::End),
    (&["khánh", "thành"], Phase::End),
    (&["put", "out"], Phase::End),
    (&["extinguished"], Phase::End),
    (&["contained"], Phase::Control),
    (&["contain"], Phase::Control),
    (&["containing"], Phase::Control),
    (&["douse"], Phase::End),
    (&["doused"], Phase::End),
    (&["dousing"], Phase::End),
    (&["extinguish"], Phase::End),
    // "found the shooter, who surrendered at around 10:26 a.m.": the attack's end, not when it
    // began.
    (&["surrendered"], Phase::End),
    (&["taken", "into", "custody"], Phase::End),
    (&["ended"], Phase::End),
    (&["finished"], Phase::End),
    (&["completed"], Phase::End),
];

/// Words too common to tell two figures apart (the same list extraction uses for context).
const STOPWORDS: &[&str] = &[
    "và", "với", "của", "là", "trong", "từ", "đến", "tới", "cho", "có", "được", "bị", "đã", "sẽ",
    "thì", "mà", "nhưng", "hay", "hoặc", "này", "đó", "khi", "để", "vì", "do", "tại", "ở", "về",
    "theo", "như", "trên", "dưới", "sau", "trước", "giữa", "so", "các", "những", "một", "cũng",
    "đang", "vẫn", "rằng", "nói", "ông", "bà", "anh", "chị", "em", "ngày", "tháng", "năm",
    "khoảng", "gần", "hơn", "nhiều", "lên", "ra", "vào", "nay", "lúc", "cùng", "này", "the", "a",
    "an", "of", "to", "in", "on", "and", "at", "for", "with", "by", "from", "about", "more",
    "than", "said", "was", "were", "is", "are", "has", "have", "had", "that", "this", "it", "its",
];

/// Titles that say only how a person is addressed, not what they do.
pub const KIN_TITLES: &[&str] = &[
    "ông", "bà", "anh", "chị", "em", "bé", "cháu", "cô", "chú", "cậu", "người", "person", "mr",
    "ms", "mrs",
];

/// Tokens each side of a mention that describe it.
const NEAR: usize = 6;
/// Tokens each side in which a part or total word counts.
const CUE_NEAR: usize = 4;
/// Tokens from the mention within which a phase verb is the claim's.
const PHASE_NEAR: usize = 12;

/// English words that open another clause: a phase word after one of them is not the
/// mention's (English puts the verb before its time: "left at 23:09 … and was scheduled to
/// arrive"). Vietnamese often dates a clause before its verb ("Khoảng 15g30, Công quay lại
/// uống cà phê và xảy ra sự việc"), so `và` is no break.
const CLAUSE_BREAKS: &[&str] = &["and", "but", "while", "whereas"];

static STOP: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(STOPWORDS.iter().copied()));
/// Each part word, and whether it introduces the parts that follow it: "10 people, including
/// 3 children", "trong đó 1 người": the figure before it is the whole.
static PART: LazyLock<PhraseIndex<bool>> = LazyLock::new(|| {
    PhraseIndex::new(
        PART_WORDS
            .iter()
            .map(|w| (*w, PART_INTRODUCERS.contains(w))),
    )
});
static TOTAL: LazyLock<PhraseIndex<bool>> =
    LazyLock::new(|| PhraseIndex::new(TOTAL_WORDS.iter().map(|w| (*w, true))));
static BASES: LazyLock<PhraseIndex<&'static str>> =
    LazyLock::new(|| PhraseIndex::new(BASE_WORDS.iter().copied()));
static PHASES: LazyLock<PhraseIndex<Phase>> =
    LazyLock::new(|| PhraseIndex::new(PHASE_WORDS.iter().copied()));

/// The bilingual lexicon (`lexicon.tsv`): each English or Vietnamese phrase to its concept's
/// key. Read once; its phrases live as long as the program.
static LEXICON: LazyLock<PhraseIndex<u64>> = LazyLock::new(|| {
    let mut phrases: Vec<(&'static [&'static str], u64)> = Vec::new();
    for line in include_str!("lexicon.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let concept = cols.next().unwrap_or_default();
        let key = token::fold_hash(&format!("concept:{concept}"));
        for phrase in cols.flat_map(|c| c.split(';')) {
            let words: Vec<&'static str> = phrase.split_whitespace().collect();
            if !words.is_empty() {
                phrases.push((Box::leak(words.into_boxed_slice()), key));
            }
        }
    }
    PhraseIndex::new(phrases)
});

/// What a sentence's tokens give every claim in it.
struct SentenceWords<'s> {
    toks: Vec<Tok<'s>>,
    /// Each token's key for overlaps ([`word_key`]), read once per sentence.
    word_keys: Vec<u64>,
    /// Content-word keys of the whole sentence, sorted.
    keys: Vec<u64>,
    /// Each token's key across languages: its entity or lexicon concept, or its own key (only
    /// filled when the story mixes languages), and those keys of the content words, sorted.
    across: Vec<u64>,
    keys_across: Vec<u64>,
}

/// A word's key for the overlap of two wordings: an English word's inflections are one word
/// ("landslides" and "landslide", "occurred" and "occurring", "rescued" and "rescue"), so two
/// reports of one moment meet whatever tense or number each writes. Vietnamese syllables
/// neither inflect nor end so, and keep their own key.
fn word_key(t: &Tok) -> u64 {
    let s = t.s;
    if s.len() < STEMMED_FROM || !s.bytes().all(|b| b.is_ascii_alphabetic()) {
        return t.key;
    }
    let lower = s.to_ascii_lowercase();
    let stem = english_stem(&lower);
    if stem.len() == lower.len() {
        t.key
    } else {
        token::fold_hash(stem)
    }
}

/// Letters from which an English word's ending is taken off ("news", "was" stay whole).
const STEMMED_FROM: usize = 5;

/// An English word without its plural, past or -ing ending, or a final "e" ("moved", "moves",
/// "moving": "mov"; "occurred": "occur"; "casualties": "casualt").
fn english_stem(w: &str) -> &str {
    let mut stem = w;
    if let Some(x) = w.strip_suffix("ies") {
        stem = x;
    } else if let Some(x) = w.strip_suffix("ing").or_else(|| w.strip_suffix("ed")) {
        if x.len() >= 3 {
            stem = x;
            // "occurr-ed", "hitt-ing": a doubled final consonant is one.
            let b = stem.as_bytes();
            let n = b.len();
            if n >= 2 && b[n - 1] == b[n - 2] && !b"aeiouls".contains(&b[n - 1]) {
                stem = &stem[..n - 1];
            }
        }
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        stem = &w[..w.len() - 1];
    }
    let stem = stem
        .strip_suffix('y')
        .filter(|x| x.len() >= 3)
        .unwrap_or(stem);
    stem.strip_suffix('e')
        .filter(|x| x.len() >= 3)
        .unwrap_or(stem)
}

fn sentence_words(sentence: &str, across_languages: bool) -> SentenceWords<'_> {
    let mut toks = Vec::new();
    token::tokenize(
        sentence,
        crate::claim::Span::new(0, sentence.len()),
        &mut toks,
    );
    let content = |t: &Tok| t.class == Class::Word && !STOP.contains(t);
    let word_keys: Vec<u64> = toks.iter().map(word_key).collect();
    let mut keys: Vec<u64> = toks
        .iter()
        .zip(&word_keys)
        .filter(|(t, _)| content(t))
        .map(|(_, &k)| k)
        .collect();
    keys.sort_unstable();
    keys.dedup();
    let (mut across, mut keys_across) = (Vec::new(), Vec::new());
    if across_languages {
        across = word_keys.clone();
        let mut k = 0;
        while k < toks.len() {
            // A place or state by any of its names (`Hy Lạp`, Greece), else a lexicon concept.
            let entity = crate::entity::alias_at(&toks, k)
                .map(|(id, _, len)| (token::fold_hash(&format!("entity:{id}")), len));
            match entity.or_else(|| LEXICON.longest_at(&toks, k, false)) {
                Some((concept, len)) => {
                    for key in &mut across[k..k + len] {
                        *key = concept;
                    }
                    keys_across.push(concept);
                    k += len;
                }
                None => {
                    // Other words stay themselves: names written alike in both languages
                    // (Paris, EgyptAir) meet, the rest weigh in the totals as they do
                    // within one language, so overlaps are read on the same scale.
                    if content(&toks[k]) {
                        keys_across.push(word_keys[k]);
                    }
                    k += 1;
                }
            }
        }
        keys_across.sort_unstable();
        keys_across.dedup();
    }
    SentenceWords {
        toks,
        word_keys,
        keys,
        across,
        keys_across,
    }
}

/// Whether a part word near the figure at tokens `first..` (cues looked for in `from..to`)
/// makes it a part: "8 xe máy khác", "eight other people", "trong đó 1 người". A word that
/// introduces parts counts only before the figure ("ten people, including a boy": ten is the
/// whole). A word after the mention (tokens `first..last`) belongs to a count written between
/// them ("at least 69 people dead and dozens more feared buried": "more" is the dozens').
/// `counted_whole`: extraction read an "another" before the figure as setting it apart from a
/// toll of another kind ("… were killed. Another 25 people have been injured": all the
/// injured), so that "another" makes no part.
fn is_part(
    toks: &[Tok],
    (first, last): (usize, usize),
    (from, to): (usize, usize),
    head: &str,
    counted_whole: bool,
) -> bool {
    let besides = besides_another_toll(toks, first, head);
    let another_count = |k: usize| {
        toks.get(last..k).is_some_and(|between| {
            between
                .iter()
                .any(|t| t.class == Class::Num || t.is_any(VAGUE_COUNTS))
        })
    };
    // "more than 100 others": a qualifier of the next figure, not a word of this one's part.
    let qualifies_next =
        |k: usize| toks[k].is("more") && toks.get(k + 1).is_some_and(|t| t.is("than"));
    let whole_after = |k: usize| counted_whole && k + 1 == first && toks[k].is("another");
    (from..to.min(toks.len())).any(|k| {
        !(qualifies_next(k) || whole_after(k))
            && PART
                .longest_at(toks, k, false)
                .is_some_and(|(introduces, _)| {
                    let introduces_later = introduces && k >= first;
                    let sets_apart_a_toll = besides && toks[k].is_any(&["other", "others", "khác"]);
                    !(introduces_later || sets_apart_a_toll || another_count(k))
                })
    })
}

/// Most distinct counts of one thing an article may give for a sum to be read among them:
/// with more, two of them add up to a third by chance.
const SUMMED_PARTS_MAX: usize = 5;

/// Marks as parts two counts of one thing in one article that add up to a third it gives:
/// "At least 10 people have been killed … all the six deaths reported in Bowring Hospital.
/// Four more deaths have been confirmed in Vydehi hospital": six and four are the ten's parts.
fn mark_summed_parts(profiles: &mut [Profile]) {
    let mut groups: BTreeMap<(usize, &str), Vec<usize>> = BTreeMap::new();
    for (i, p) in profiles.iter().enumerate() {
        if p.family == Family::Number && !p.vague && p.figure >= 1.0 && p.figure.fract() == 0.0 {
            groups
                .entry((p.article, p.head.as_str()))
                .or_default()
                .push(i);
        }
    }
    let mut parts = Vec::new();
    for members in groups.values() {
        let mut values: Vec<f64> = members.iter().map(|&i| profiles[i].figure).collect();
        values.sort_by(f64::total_cmp);
        values.dedup();
        if values.len() < 3 || values.len() > SUMMED_PARTS_MAX {
            continue;
        }
        let summed = |x: f64| values.iter().any(|&y| y != x && values.contains(&(x + y)));
        parts.extend(
            members
                .iter()
                .copied()
                .filter(|&i| summed(profiles[i].figure)),
        );
    }
    for i in parts {
        profiles[i].part = true;
    }
}

/// Marks the figures that stand inside a part's mention as its whole: the partitive rule's
/// mention runs over the whole it counts out of ("2 out of 181 survive").
fn mark_wholes(profiles: &mut [Profile], records: &[Record]) {
    let parts: Vec<(usize, crate::claim::Span)> = profiles
        .iter()
        .map(|p| &records[p.record])
        .filter(|r| r.claim.rule == "partitive")
        .map(|r| (r.article, r.claim.span))
        .collect();
    if parts.is_empty() {
        return;
    }
    for p in profiles.iter_mut().filter(|p| p.family == Family::Number) {
        let r = &records[p.record];
        let at = r.claim.span.start;
        p.whole_of_part = parts
            .iter()
            .any(|&(article, span)| article == r.article && span.start < at && at < span.end);
    }
}

/// Whether the figure at tokens `first..last` is one place's share of a breakdown: "31 people
/// died in Wajima, 22 in Suzu, five in Nanao", "seven found inside and one more outside". Two
/// figures of one sentence or more, each followed by "in" and a capitalised name (or "inside",
/// "outside") before any other figure or punctuation, are shares;
/// "Of the 72 deaths, 39 were in Wajima" leaves the 72 whole. So is a figure each of several
/// places has ("Wajima and Suzu each have 24 deaths").
fn place_share(toks: &[Tok], first: usize, last: usize) -> bool {
    let figure = |t: &Tok| {
        t.class == Class::Num || (t.lower && crate::extract::numeral::is_english_number_word(t))
    };
    let in_place_after = |from: usize| {
        let mut k = from;
        while k + 1 < toks.len() && k < from + PLACE_SHARE_REACH {
            let t = &toks[k];
            if t.class == Class::Punct || figure(t) {
                return false;
            }
            if t.is("in") && toks[k + 1].class == Class::Word && toks[k + 1].is_capitalized() {
                return true;
            }
            // "seven were found inside and one more outside".
            if t.is_any(&["inside", "outside", "indoors", "outdoors"]) {
                return true;
            }
            k += 1;
        }
        false
    };
    // "South Carolina reported 49 deaths, Georgia 34, Florida 25": a name right before each
    // figure (or before a verb of reporting before it), not the sentence's first word.
    let named_before = |k: usize| {
        let name = |j: usize| {
            j > 0 && toks[j].class == Class::Word && toks[j].is_capitalized() && !toks[j].lower
        };
        k > 0
            && (name(k - 1)
                || (k > 1
                    && toks[k - 1].is_any(&["reported", "recorded", "counted"])
                    && name(k - 2)))
    };
    let other_figures =
        || (0..toks.len()).filter(|&k| (k < first || k >= last) && figure(&toks[k]));
    // "Wajima City and Suzu City … accounting for 81 and 71 deaths, respectively": figures
    // told of a list of places one each.
    let respectively = || toks.iter().any(|t| t.is("respectively"));
    // "Wajima and Suzu each have 24 deaths", "24 deaths each": one figure for each of the
    // places ("each of the 24 victims" is every one of them).
    let each = (first.saturating_sub(3)..first)
        .any(|k| toks[k].is("each") && !toks.get(k + 1).is_some_and(|t| t.is("of")))
        || toks.get(last).is_some_and(|t| t.is("each"));
    each || (in_place_after(last) && other_figures().any(|k| in_place_after(k + 1)))
        || (named_before(first) && other_figures().any(named_before))
        || (respectively() && other_figures().next().is_some())
}

/// Whether the sentence opens with "In", a place's capitalised name (not a month: "In June,")
/// and a comma, before the figure at `first`: "In Lao Cai Province, 53 people have been
/// confirmed dead".
fn opens_in_place(toks: &[Tok], first: usize) -> bool {
    if toks.first().is_none_or(|t| t.s != "In") {
        return false;
    }
    let run = toks[1..]
        .iter()
        .take_while(|t| t.class == Class::Word && t.is_capitalized())
        .count();
    run > 0
        && !crate::extract::date::is_english_calendar_word(&toks[1])
        && toks.get(1 + run).is_some_and(|t| t.is_punct(','))
        && 1 + run < first
}

/// Makes a figure of a sentence that opens with its place ([`opens_in_place`]) one place's
/// share when its article tells a larger figure of the same kind with no such place: "In Lao
/// Cai Province, 53 people have been confirmed dead" beside the nation's 152 is Lao Cai's
/// share, not a toll to set against another outlet's 87.
fn mark_place_openings(profiles: &mut [Profile]) {
    if !profiles.iter().any(|p| p.opens_in_place) {
        return;
    }
    let whole_beside = |p: &Profile| {
        profiles.iter().any(|q| {
            q.family == Family::Number
                && !q.opens_in_place
                && !q.share
                && q.article == p.article
                && q.class == p.class
                && q.head == p.head
                && q.figure > p.figure
        })
    };
    let shares: Vec<usize> = (0..profiles.len())
        .filter(|&i| profiles[i].opens_in_place && whole_beside(&profiles[i]))
        .collect();
    // (A share already read from its sentence stays one.)
    for i in shares {
        profiles[i].share = true;
    }
}

/// Whether a place follows the figure ending at `last` within its clause: "in" and a
/// capitalised name, past one lower-case word ("in neighboring Kendall County").
fn placed_in(toks: &[Tok], last: usize) -> bool {
    let capital = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.class == Class::Word && t.is_capitalized())
    };
    (last..(last + PLACE_SHARE_REACH).min(toks.len()))
        .take_while(|&k| toks[k].class != Class::Punct)
        .any(|k| {
            toks[k].is("in")
                && (capital(k + 1) || (toks.get(k + 1).is_some_and(|t| t.lower) && capital(k + 2)))
        })
}

/// Tokens after a figure within which "in" names the place it is the share of.
const PLACE_SHARE_REACH: usize = 4;

/// Words that count vaguely ("dozens more", "hàng chục người khác"): a part word after one
/// sets its own count apart.
const VAGUE_COUNTS: &[&str] = &[
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "several",
    "many",
    "some",
    "hàng",
    "nhiều",
    "vài",
    "mấy",
];

/// The class suffix of a figure found in addition to an earlier count of its own article.
pub const INCREMENT: &str = "increment";

/// Whether the figure at tokens `first..last` counts things found in addition to those
/// counted before: a word of addition next to it ("13 more victims", "Five additional
/// victims", "another 8 bodies", "thêm 5 thi thể", "5 thi thể nữa") and a verb of finding
/// within a few words ("were found", "recovered", "tìm thấy"). "Injuring 39 more" counts
/// other people, not a search's yield: without a verb of finding the figure stays a count.
fn found_more(toks: &[Tok], first: usize, last: usize) -> bool {
    const AFTER: &[&str] = &["more", "additional", "further", "nữa"];
    const BEFORE: &[&str] = &["another", "additional", "further", "thêm"];
    const FINDING: &[&[&str]] = &[
        &["found"],
        &["recovered"],
        &["discovered"],
        &["retrieved"],
        &["pulled"],
        &["located"],
        &["identified"],
        &["tìm", "thấy"],
        &["phát", "hiện"],
        &["vớt"],
    ];
    const NEAR: usize = 6;
    let marked = (first..=last.min(toks.len().saturating_sub(1)))
        .any(|k| toks[k].is_any(AFTER) && !toks.get(k + 1).is_some_and(|t| t.is("than")))
        || (first.saturating_sub(2)..first).any(|k| toks[k].is_any(BEFORE));
    marked
        && (first.saturating_sub(NEAR)..(last + NEAR).min(toks.len()))
            .any(|k| FINDING.iter().any(|w| token::words_at(toks, k, w)))
}

/// Whether a toll figure follows a toll of another kind in its sentence ("killing one person
/// and injuring 30 other passengers", "2 người chết, 5 người khác bị thương"): its "other"
/// sets the people apart from that toll's, it makes no part of its own count.
fn besides_another_toll(toks: &[Tok], first: usize, head: &str) -> bool {
    crate::extract::quantity::STRONG_TOLLS.contains(&head)
        && (0..first).any(|k| {
            crate::extract::noun::toll_at(toks, k)
                .or_else(|| crate::extract::quantity::toll_verb_before(toks, k + 1))
                .is_some_and(|t| t != head)
        })
}

/// The phase of its happening the words around a mention (tokens `first..last`) place it in.
/// An interval's ends for a clock time or a date (`ends`): "từ 5 giờ sáng … đến 19h", "from
/// 8 a.m. to 9 p.m.", "từ năm 2019 đến năm 2023" (the one right after "từ" is where something
/// starts; right after "đến" with a "từ" before it, where it ends). Else the phase verb
/// nearest the mention, within a few tokens either side.
fn phase_at(toks: &[Tok], first: usize, last: usize, ends: bool) -> Option<Phase> {
    let interval = (ends && first > 0)
        .then(|| {
            let opens = |k: usize| toks[k].is_any(&["từ", "from"]);
            if opens(first - 1) {
                Some(Phase::Start)
            } else if toks[first - 1].is_any(&["đến", "tới", "to", "until"])
                && (first.saturating_sub(PHASE_NEAR)..first - 1).any(opens)
            {
                Some(Phase::End)
            } else {
                None
            }
        })
        .flatten();
    // The nearest before the mention; after it, only within its clause ("left at 23:09
    // (21:09 GMT) on Wednesday and was scheduled to arrive": the arrival is another clause's).
    let before = (first.saturating_sub(PHASE_NEAR)..first)
        .rev()
        .find_map(|k| PHASES.longest_at(toks, k, false).map(|(v, _)| (v, k)));
    // "Thời gian khống chế đám cháy từ 3h đến 3h30": an interval a verb of another phase opens
    // is that phase's, both its ends (the fire was brought under control, not started, at 3h).
    // ("khởi hành từ 8g đến 21g30": departures, like starts, run over the interval.)
    if let (Some(_), Some((verb, _))) = (interval, before) {
        if verb != Phase::Start && verb != Phase::Depart {
            return Some(verb);
        }
    }
    interval.or_else(|| {
        let clause_end = (last..(last + PHASE_NEAR).min(toks.len()))
            .find(|&k| toks[k].is_any(CLAUSE_BREAKS) || toks[k].is_punct(';'))
            .unwrap_or(last + PHASE_NEAR);
        let after = phrase_near(&PHASES, toks, last, clause_end);
        match (before, after) {
            (Some((pb, kb)), Some((pa, ka))) => Some(if first - kb <= ka - last { pb } else { pa }),
            (Some((p, _)), None) | (None, Some((p, _))) => Some(p),
            (None, None) => None,
        }
    })
}

/// Whether the time at tokens `first..last` is the moment a report stands at rather than a
/// happening's time: "Tính đến 17h", "cho đến 9h sáng nay", "as of 5 p.m.", "Đến 17h chiều
/// nay, lực lượng chức năng vẫn chưa tìm thấy …", "By 5 p.m. the fire was still burning",
/// "đến 16h, mưa lũ đã khiến 9 người bị thương". Two outlets writing at different hours do not
/// disagree. ("Đến 16h cùng ngày, anh Trung … phát hiện" tells a happening: the clause goes on
/// without "vẫn".) An update's stamp is one too: "[Updated at 9 p.m.]", "UPDATE: 8:40 am",
/// "Cập nhật lúc 17h", and so is a live report's clock opening its paragraph ("8:15 AM Utah
/// Emergency Management has received …").
fn reports_as_of(toks: &[Tok], first: usize, last: usize) -> bool {
    let is = |k: usize, words: &[&str]| toks.get(k).is_some_and(|t| t.is_any(words));
    let stamped = (first.saturating_sub(3)..first).any(|k| {
        is(k, &["update", "updated", "posted", "published"])
            || (is(k, &["cập"]) && is(k + 1, &["nhật"]))
    });
    if stamped || live_stamp(toks, first) {
        return true;
    }
    // The word before the time, or the mention's own first word ("đến 17h").
    let cue = if is(first, &["đến", "tới", "by"]) {
        Some(first)
    } else {
        // Over a qualifier between ("Đến hơn 10 giờ", "By about 5 p.m.").
        let before = match first.checked_sub(1) {
            Some(k) if is(k, &["hơn", "khoảng", "gần", "about", "around"]) => k.checked_sub(1),
            // "Tính đến thời điểm 9h30": up to the moment.
            Some(k) if k >= 2 && is(k, &["điểm"]) && is(k - 1, &["thời"]) => Some(k - 2),
            k => k,
        };
        before.filter(|&k| is(k, &["đến", "tới", "by", "of", "until", "till"]))
    };
    let Some(cue) = cue else {
        return false;
    };
    if toks[cue].is("of") {
        return cue >= 1 && is(cue - 1, &["as"]);
    }
    if toks[cue].is_any(&["until", "till"]) {
        let clause = toks[..cue]
            .iter()
            .rposition(|t| t.is_punct(',') || t.is_punct(';'))
            .map_or(0, |k| k + 1);
        return toks[clause..cue]
            .iter()
            .any(|t| t.is_any(TALLY_AUXILIARIES));
    }
    if cue >= 1 && toks[cue].is("đến") && is(cue - 1, &["tính", "cho"]) {
        return true;
    }
    // "479 quakes … observed by 8 a.m. on Wednesday": "by" after its clause's verb closes a
    // tally (opening the sentence, the clause after it says).
    if toks[cue].is("by") && cue >= 1 && toks[cue - 1].is_lower_word() {
        return true;
    }
    // "Đến 9h15, 13 nạn nhân … được đưa ra ngoài": opening its sentence, a count right after
    // it, the time is how far a tally had got.
    let opens = cue == 0 || toks[cue - 1].class == Class::Punct;
    // "Đến 17h, … vẫn chưa …", "By 5 p.m., … still …": the clause says how things stand.
    let clause_end = (last..toks.len())
        .find(|&k| toks[k].is_punct(';') || toks[k].is_punct('.'))
        .unwrap_or(toks.len());
    // "Đến 16h, mưa lũ đã khiến 9 người bị thương", "By 17:00, 12 people had been rescued":
    // a tally of what has happened by then.
    (last..clause_end).any(|k| {
        (toks[k].is("vẫn") && is(k + 1, &["chưa", "đang", "còn", "không"]))
            || (toks[k].is("đã") && is(k + 1, &["khiến", "làm", "hoàn"]))
            // "Tới 8h20, đã có ít nhất 12 người tử vong": there have been (not "đã có mặt").
            || (toks[k].is("đã") && is(k + 1, &["có"]) && !is(k + 2, &["mặt"]))
            // "Đến 9 giờ, … tìm thấy thêm 3 thi thể, nâng tổng số người chết là 51", "…,
            // bringing the toll to 51": the running total then.
            || (toks[k].is("nâng") && is(k + 1, &["tổng", "số"]))
            || (toks[k].is_any(&["bringing", "raising"]) && is(k + 2, &["total", "toll"]))
            || toks[k].is_any(&["still", "had"])
            // "Đến 19 giờ 40 phút, vớt được 9 thi thể": opening its sentence, a count of
            // what was brought out by then.
            || (opens
                && toks[k].is_any(&["được", "thấy"])
                && toks.get(k + 1).is_some_and(|t| t.class == Class::Num))
    }) || (opens
        && toks.get(last).is_some_and(|t| t.is_punct(','))
        && toks.get(last + 1).is_some_and(|t| t.class == Class::Num))
}

/// Whether a plan sets the clock time at `first`: a word of planning shortly before it in its
/// clause ("Thời gian hạ cánh dự kiến vào lúc 3h15", "was scheduled to land at 3:15 a.m.",
/// "was expected to arrive … at 2:55am", "theo kế hoạch đến 9h").
fn planned_time(toks: &[Tok], first: usize) -> bool {
    const REACH: usize = 6;
    for k in (first.saturating_sub(REACH)..first).rev() {
        let t = &toks[k];
        if t.class == Class::Punct && !t.is_punct('-') {
            return false;
        }
        let next = |w: &str| toks.get(k + 1).is_some_and(|n| n.is(w));
        if (t.is("dự") && next("kiến"))
            || (t.is("kế") && next("hoạch") && k > 0 && toks[k - 1].is("theo"))
            || t.is_any(&["scheduled", "slated", "expected"])
        {
            return true;
        }
    }
    false
}

/// Verbs of saying (and whether English): a date they attach to is when something was said.
const SAYING_WORDS: &[(&[&str], bool)] = &[
    (&["cho", "biết"], false),
    (&["cho", "hay"], false),
    (&["xác", "nhận"], false),
    (&["khẳng", "định"], false),
    (&["tuyên", "bố"], false),
    (&["thông", "báo"], false),
    (&["trả", "lời"], false),
    (&["phát", "biểu"], false),
    (&["chia", "sẻ"], false),
    (&["nhấn", "mạnh"], false),
    (&["tiết", "lộ"], false),
    (&["nói"], false),
    // "trao đổi với phóng viên": talking to a reporter.
    (&["trao", "đổi", "với"], false),
    (&["said"], true),
    (&["says"], true),
    (&["told"], true),
    (&["announced"], true),
    (&["confirmed"], true),
    (&["stated"], true),
];
static SAYINGS: LazyLock<PhraseIndex<bool>> =
    LazyLock::new(|| PhraseIndex::new(SAYING_WORDS.iter().copied()));

/// Tokens after a date within which its clause's verb of saying stands.
const SAYING_NEAR: usize = 14;

/// Words that may stand between a verb of saying and the date after it ("cho biết hôm 23/5",
/// "said on Monday", "told reporters on Monday"), or open the date ("Chiều 26-5").
const SAYING_TO_DATE: &[&str] = &[
    "lúc",
    "hôm",
    "ngày",
    "vào",
    "sáng",
    "trưa",
    "chiều",
    "tối",
    "đêm",
    "on",
    "late",
    "early",
    "reporters",
];

/// Whether the date at tokens `first..last` dates a saying rather than a happening: a verb of
/// saying comes right before it ("cho biết hôm 23/5", "said on Monday"); or, the date opening
/// its clause, follows it there before any word that marks another verb ("Ngày 23-5, Cơ quan
/// điều tra, Viện KSND Tối cao cho biết, đã tống đạt …"; not "Ngày 23/5, Cơ quan điều tra …
/// đã tống đạt"), and is no English aside ("Then, on March 20, McCraw said, the teen bought
/// …"); or, inside its clause, comes right after it ("Công an tỉnh Bắc Giang ngày 1/6 cho
/// biết", "The Federal Reserve on Wednesday announced"). A date inside its clause has its verb
/// before it or right after it: "toured the town on Thursday and later told reporters" dates
/// the tour.
fn dates_a_saying(toks: &[Tok], first: usize, last: usize) -> bool {
    let k = saying_date_start(toks, first);
    let before = (k.saturating_sub(2)..k).any(|s| {
        SAYINGS
            .longest_at(toks, s, false)
            .is_some_and(|(_, n)| s + n == k)
    });
    before || saying_follows(toks, k, last)
}

/// Whether the time at tokens `first..last` is when something was said: as for a date, a verb
/// of saying after it in its clause ("Lúc 20 giờ 30 phút ngày 30-7, trao đổi với phóng viên
/// …"). A time right after the verb is what was said ("cho biết khoảng 2 giờ ngày 15/5, …
/// phải mất 6 giờ"), unlike a date there.
fn times_a_saying(toks: &[Tok], first: usize, last: usize) -> bool {
    saying_follows(toks, saying_date_start(toks, first), last)
}

/// Where a date's phrase starts: over the words that open it ("hôm", "ngày", "on").
fn saying_date_start(toks: &[Tok], first: usize) -> usize {
    let mut k = first;
    while k > 0 && first - k < 3 && toks[k - 1].is_any(SAYING_TO_DATE) {
        k -= 1;
    }
    k
}

/// Whether a verb of saying follows the date phrase at `k..last` in its clause: within a few
/// words when the phrase opens the clause, right after it otherwise, before any word that
/// marks another verb.
fn saying_follows(toks: &[Tok], k: usize, last: usize) -> bool {
    let opens = k == 0 || toks[k - 1].class == Class::Punct;
    let reach = if opens {
        SAYING_NEAR
    } else {
        SAYING_RIGHT_AFTER
    };
    for j in last..(last + reach).min(toks.len()) {
        let t = &toks[j];
        if t.is_punct('.') || t.is_punct(';') || t.is_punct(':') {
            return false;
        }
        if let Some((english, n)) = SAYINGS.longest_at(toks, j, false) {
            let aside = english && toks.get(j + n).is_some_and(|t| t.is_punct(','));
            return !aside;
        }
        if t.is_any(VERB_MARKERS) {
            return false;
        }
    }
    false
}

/// Tokens right after a date inside its clause within which its verb of saying starts.
const SAYING_RIGHT_AFTER: usize = 2;

/// Words that come before a clause's verb: past it, a verb of saying is another clause's.
const VERB_MARKERS: &[&str] = &[
    "đã", "đang", "sẽ", "bị", "được", "vừa", "mới", "has", "have", "had", "was", "were", "is",
    "are", "will", "that", "rằng",
];

/// Whether the date at `first` stamps a toll rather than dates a happening: "The death toll
/// … had reached 72 people on Wednesday evening", "the toll rose to 45 on Tuesday" (a figure
/// the toll reached, then the day it stood so).
fn toll_stamp(toks: &[Tok], first: usize) -> bool {
    const REACHED: &[&str] = &[
        "reached", "rose", "risen", "climbed", "stood", "jumped", "hit",
    ];
    let from = first.saturating_sub(PHASE_NEAR);
    let Some(verb) = (from..first).rev().find(|&k| toks[k].is_any(REACHED)) else {
        return false;
    };
    // "rose to at least 43 and a railroad worker was arrested Wednesday": the day of another
    // clause.
    let between = &toks[verb + 1..first];
    between.iter().any(|t| t.class == Class::Num)
        && !between
            .iter()
            .any(|t| t.is_any(&["and", "while", "as"]) || t.is_punct(',') || t.is_punct(';'))
        && toks[..verb].iter().any(|t| t.is_any(&["toll", "tolls"]))
}

/// The first token of a clock time right before the date at `at`, over a part of the day
/// ("8h20 sáng 7-9", "16 giờ 30 ngày 7/9", "5 p.m. Tuesday"), if one stands there.
fn clock_before(toks: &[Tok], at: usize) -> Option<usize> {
    const DAY_PARTS: &[&str] = &[
        "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "ngày", "hôm", "on",
    ];
    const CLOCK_WORDS: &[&str] = &["giờ", "phút", "h", "g", "rưỡi", "a.m.", "p.m.", "am", "pm"];
    let mut k = at.checked_sub(1)?;
    while toks[k].is_any(DAY_PARTS) || toks[k].is_punct('.') {
        k = k.checked_sub(1)?;
    }
    let clock_part =
        |t: &Tok| t.class == Class::Num || t.is_any(CLOCK_WORDS) || t.is_any(&["a", "p", "m"]);
    if !clock_part(&toks[k]) || !toks[..=k].iter().any(|t| t.class == Class::Num) {
        return None;
    }
    while k > 0
        && (clock_part(&toks[k - 1]) || toks[k - 1].is_punct('.') || toks[k - 1].is_punct(':'))
    {
        k -= 1;
    }
    Some(k)
}

/// Whether the English clock at tokens `first..` opens its sentence and runs straight into a
/// capitalised word that is no day's or month's name: prose puts "at" before a time it tells
/// ("At 8:15 a.m., …") or a comma after it; a stamp does neither ("8:15 AM Utah Emergency
/// Management has received …"). Vietnamese clocks ("17h ngày 20/5, …") have no a.m. or p.m.
fn live_stamp(toks: &[Tok], first: usize) -> bool {
    if first != 0 {
        return false;
    }
    // From the clock's second token: the mention may end before or after its "a.m." (cut
    // into "a", ".", "m", ".").
    let mut k = first + 1;
    let mut half_day = false;
    while let Some(t) = toks.get(k) {
        if crate::extract::time::opens_half_day(t) || t.is("m") {
            half_day = true;
        } else if !(t.class == Class::Num || t.is_punct(':') || t.is_punct('.')) {
            break;
        }
        k += 1;
    }
    half_day
        && toks.get(k).is_some_and(|t| {
            t.class == Class::Word
                && t.is_capitalized()
                && !crate::extract::date::is_english_calendar_word(t)
        })
        && !toks.get(k + 1).is_some_and(|t| t.is("time"))
        && !toks.get(k + 2).is_some_and(|t| t.is("time"))
}

/// The period of a rate at `first`: named before it ([`period_before`]), or else, for a second
/// rate of one subject after a comma ("CPI quý IV tăng 0,67% so với quý trước, tăng 4,41%"),
/// the first rate's.
fn period_of(toks: &[Tok], first: usize) -> Option<Period> {
    period_before(toks, first)
        .or_else(|| period_after(toks, first))
        .or_else(|| opening_period(toks, first))
        .or_else(|| {
            let verb = first.checked_sub(1)?;
            if !(verb > 0
                && toks[verb - 1].is_punct(',')
                && crate::extract::quantity::is_change_verb(&toks[verb]))
            {
                return None;
            }
            let earlier = earlier_change_verb(toks, verb)?;
            period_before(toks, earlier + 1)
        })
}

/// A period right after a rate: "mức tăng 5,05% trong quý I", "7,83% trong quý II", "hơn
/// 5,3% trong quý III".
fn period_after(toks: &[Tok], first: usize) -> Option<Period> {
    // The qualifier if any, the figure, its "%", then "trong quý …".
    let k = (first + 1..(first + 4).min(toks.len())).find(|&k| toks[k].is("trong"))?;
    let n = toks.get(k + 2)?;
    if !toks.get(k + 1)?.is("quý") {
        return None;
    }
    quarter_number(n).map(Period::Quarter)
}

/// A number from one to twelve in digits or in words ("9", "chín", "nine"): a month, or a
/// run of months.
fn small_number(t: &Tok) -> Option<u8> {
    if t.class == Class::Num {
        t.s.parse::<u8>().ok().filter(|n| (1..=12).contains(n))
    } else {
        crate::extract::numeral::range_word(t)
            .filter(|n| (1.0..=12.0).contains(n))
            .map(|n| n as u8)
    }
}

/// The quarter the word after "quý" or "quarter" numbers: "IV", "4", "bốn".
fn quarter_number(t: &Tok) -> Option<u8> {
    const ROMAN: &[(&str, u8)] = &[("I", 1), ("II", 2), ("III", 3), ("IV", 4)];
    ROMAN
        .iter()
        .find(|(r, _)| t.s == *r)
        .map(|&(_, q)| q)
        .or_else(|| small_number(t).filter(|&q| q <= 4))
}

/// The change verb before the one at `verb` within its sentence: "tăng 0,54% so với tháng
/// trước, tăng 2,28%".
fn earlier_change_verb(toks: &[Tok], verb: usize) -> Option<usize> {
    (verb.saturating_sub(BASE_NEAR + 2)..verb.saturating_sub(1))
        .rev()
        .take_while(|&j| !toks[j].is_punct('.'))
        .find(|&j| crate::extract::quantity::is_change_verb(&toks[j]))
}

/// The period a sentence's opening clause names for all its rates: "Về sử dụng GDP quý
/// IV/2022, tiêu dùng cuối cùng tăng 7,12% …; tích lũy tài sản tăng 5,61%".
fn opening_period(toks: &[Tok], first: usize) -> Option<Period> {
    let start = (0..first)
        .rev()
        .find(|&k| toks[k].is_punct('.'))
        .map_or(0, |k| k + 1);
    let comma = (start..first).find(|&k| toks[k].is_punct(','))?;
    period_before(toks, comma)
}

/// A reporting period: a quarter, a run of months from the year's start, or one month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Quarter(u8),
    Months(u8),
    Month(u8),
    /// A whole year ("năm 2022", "cả năm"), when no quarter or month is named before it.
    Year,
}

/// Tokens back from a figure within which its period is named.
const PERIOD_NEAR: usize = 12;

/// The period named before a rate or a sum at `first`, back to the clause's start or the
/// figure before ("GDP quý III/2025 ước tăng 8,23%", "Tính chung 9 tháng, GDP tăng 7,85%",
/// "CPI tháng 9 tăng 3,38%", "in the third quarter, GDP grew 3.1%").
fn period_before(toks: &[Tok], first: usize) -> Option<Period> {
    const ORDINALS: &[(&str, u8)] = &[("first", 1), ("second", 2), ("third", 3), ("fourth", 4)];
    let from = first.saturating_sub(PERIOD_NEAR);
    let mut k = first;
    let mut year = None;
    while k > from {
        k -= 1;
        let t = &toks[k];
        if t.is_punct('.') || t.is_punct(';') || t.is_punct(':') {
            return year;
        }
        // Past the figure before, a period is that figure's.
        if t.class == Class::Num && toks.get(k + 1).is_some_and(|n| n.is_punct('%')) {
            return year;
        }
        if t.is_any(&["quý", "quarter"]) {
            let n = toks.get(k + 1).and_then(quarter_number);
            let n = n.or_else(|| {
                k.checked_sub(1).and_then(|j| {
                    ORDINALS
                        .iter()
                        .find(|(w, _)| toks[j].is(w))
                        .map(|&(_, q)| q)
                })
            });
            if let Some(q) = n {
                return Some(Period::Quarter(q));
            }
        }
        if t.is_any(&["tháng", "months"]) {
            // "9 tháng", "nine months": months from the year's start; "tháng 9": one month.
            if let Some(n) = k.checked_sub(1).and_then(|j| small_number(&toks[j])) {
                return Some(Period::Months(n));
            }
            if t.is("tháng") {
                if let Some(n) = toks.get(k + 1).and_then(small_number) {
                    return Some(Period::Month(n));
                }
            }
        }
        // "GDP năm 2022 tăng 8,02%", "cả năm tăng 3,15%": the year's, unless a quarter or a
        // month is named further back ("quý IV năm 2022"). Not a base's year ("so với cùng kỳ
        // năm 2021", "từ đầu năm").
        if t.is("năm") && year.is_none() {
            let of_a_base = toks[k.saturating_sub(3)..k]
                .iter()
                .any(|b| b.is_any(&["so", "với", "kỳ", "đầu", "từ"]));
            let written = toks
                .get(k + 1)
                .is_some_and(|n| n.class == Class::Num && n.s.len() == 4)
                || (k > 0 && toks[k - 1].is("cả"));
            if written && !of_a_base {
                year = Some(Period::Year);
            }
        }
    }
    year
}

/// The base a figure's change is measured against: named after the figure in its clause ("tăng
/// 0,54% so với tháng trước"), else before it back to the figure before ("so với cùng kỳ năm
/// trước tăng 1,59%"). Vietnamese bases follow "so"; English ones are phrases of their own.
fn change_base(toks: &[Tok], first: usize, last: usize) -> Option<&'static str> {
    // Most figures have no base near them: one probe per token of the window says so.
    static CUES: LazyLock<WordSet> = LazyLock::new(|| {
        WordSet::new([
            "so",
            "từ",
            "bình",
            "chung",
            "average",
            "year-on-year",
            "year-over-year",
            "month-on-month",
            "earlier",
            "ago",
            "previous",
        ])
    });
    let window = first.saturating_sub(BASE_NEAR)..(last + BASE_NEAR).min(toks.len());
    if !toks[window].iter().any(|t| CUES.contains(t)) {
        return None;
    }
    let stops = |k: usize| {
        toks[k].class == Class::Num
            || toks[k].is_punct('.')
            || toks[k].is_punct(';')
            || toks[k].is_any(&["và", "and", "while", "trong", "còn"])
    };
    let base_at = |k: usize| {
        if toks[k].is_any(&["so", "từ"]) {
            let to = (k + 1 + BASE_AFTER_SO).min(toks.len());
            (k + 1..to).find_map(|j| {
                // "so với tháng 4/2016", "so với tháng 12/2015": a month named by its number.
                let month = toks
                    .get(j + 1)
                    .filter(|n| toks[j].is("tháng") && n.class == Class::Num);
                let named = month.map(|n| {
                    if n.s.starts_with("12") {
                        "year start"
                    } else {
                        "month"
                    }
                });
                named.or_else(|| BASES.longest_at(toks, j, false).map(|(v, _)| v))
            })
        } else {
            BASES
                .longest_at(toks, k, false)
                .filter(|_| toks[k].s.is_ascii())
                .map(|(v, _)| v)
        }
    };
    let before = || {
        (first.saturating_sub(BASE_NEAR)..first)
            .rev()
            .take_while(move |&k| !stops(k))
    };
    // "CPI bình quân 5 tháng … tăng 1,59%", "tính chung năm tháng đầu năm, CPI tăng 1,59%": an
    // average over months is a figure of its own.
    let averaged = |k: usize| {
        toks[k].is_any(&["bình", "average"])
            || (k > 0 && toks[k].is("chung") && toks[k - 1].is("tính"))
    };
    if before().any(averaged) {
        return Some("average");
    }
    let after = (last..(last + BASE_NEAR).min(toks.len()))
        .take_while(|&k| !stops(k))
        .find_map(base_at);
    after.or_else(|| before().find_map(base_at))
}

/// Words that say a figure changed but not what changed: "chỉ số giá nhóm … tăng", "the
/// price index rose".
static NOT_WHAT_CHANGED: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new([
        "chỉ", "số", "giá", "nhóm", "mức", "đã", "cũng", "vẫn", "đều", "sẽ", "tiếp", "tục", "bình",
        "quân", "tháng", "năm", "này", "nay", "của", "các", "những", "ở", "the", "of", "index",
        "price", "prices", "rate", "has", "have", "had", "its", "their", "also", "quý", "quarter",
        "I", "II", "III", "IV", "ước", "tính",
    ])
});

/// Words before a change's verb within which what changed is named, and tokens a bracket
/// between may take.
const CHANGED_NEAR: usize = 6;
const BRACKET_NEAR: usize = 40;

/// What rose or fell ([`what_changed_parts`]'s first part).
#[cfg(test)]
fn what_changed(toks: &[Tok], verb: usize) -> Vec<u64> {
    what_changed_parts(toks, verb).0
}

/// What rose or fell, for a figure right after its verb (`verb` = the token before the
/// mention): the content words before the verb in its clause. A date ("tháng 5/2016") and a
/// bracket between are stepped over, but an acronym in the bracket names the thing too
/// ("chỉ số giá tiêu dùng (CPI)"); a second verb joined by "và" shares the first one's
/// subject ("tăng 0,25% so với tháng trước và tăng 1,87%").
///
/// Second, the words of the last of two things it joins ("công nghiệp và xây dựng": xây,
/// dựng), empty when it names one.
fn what_changed_parts(toks: &[Tok], verb: usize) -> (Vec<u64>, Vec<u64>) {
    const STOPS: &[&str] = &["và", "and", "với", "là", "khi", "trong", "while", "to"];
    let mut keys = Vec::new();
    let mut k = verb;
    // The verb before, within the sentence: "tăng 0,54% so với tháng trước, tăng 2,28%".
    let earlier = || earlier_change_verb(toks, verb);
    // "nhóm nhà ở và vật liệu xây dựng, tăng 0,88%": a comma may stand before the verb.
    if k > 0 && toks[k - 1].is_punct(',') {
        if let Some(j) = earlier() {
            return what_changed_parts(toks, j);
        }
        k -= 1;
    }
    let from = verb.saturating_sub(CHANGED_NEAR + BRACKET_NEAR);
    let mut words = 0;
    let mut joined = None;
    while k > from && words < CHANGED_NEAR {
        k -= 1;
        let t = &toks[k];
        // "GDP năm 2022 tăng 8,02% (quý I tăng 5,05%; …)": a bracket's rates are parts of
        // the rate before it, of one subject; so is a list's item with no subject of its own
        // ("quý 3 tăng 13,71%; quý 4 tăng 5,92%").
        if (t.is_punct('(') || t.is_punct(';')) && keys.is_empty() {
            if let Some(j) = earlier() {
                return what_changed_parts(toks, j);
            }
            break;
        }
        if t.is_punct(')') {
            // Step over the bracket, keeping an acronym alone in it.
            let open = (from..k).rev().find(|&j| toks[j].is_punct('('));
            let Some(open) = open else { break };
            if open + 2 == k && toks[open + 1].s.bytes().all(|b| b.is_ascii_uppercase()) {
                keys.push(toks[open + 1].key);
            }
            k = open;
            continue;
        }
        // A period between what rose and its verb: "CPI tháng 5 tăng", "GDP quý 1 tăng",
        // "GDP quý IV/2022 ước tính tăng".
        if t.class == Class::Num && k > 0 && toks[k - 1].is_any(&["tháng", "năm", "quý"]) {
            continue;
        }
        // So is a span of months: "ngành công nghiệp 9 tháng tăng 8,34%".
        if t.class == Class::Num && toks.get(k + 1).is_some_and(|u| u.is_any(&["tháng", "quý"])) {
            continue;
        }
        if t.class == Class::Num && k > 1 && toks[k - 1].is_punct('/') {
            k -= 1;
            continue;
        }
        // "công nghiệp và xây dựng tăng 8,69%": "và" between two nouns joins what rose; after a
        // figure it starts another clause ("tăng 0,25% và tăng 1,87%").
        let joins_nouns = t.is_any(&["và", "and"])
            && !keys.is_empty()
            && k > from
            && toks[k - 1].class == Class::Word
            && !NOT_WHAT_CHANGED.contains(&toks[k - 1]);
        if t.class != Class::Word || (t.is_any(STOPS) && !joins_nouns) {
            // "CPI tháng 9 tăng 3,38% so với cùng kỳ, 9 tháng tăng 3,27%": only a period
            // between the comma and the verb, so the earlier verb's subject rose again.
            let after_comma =
                t.is_punct(',') || (t.class == Class::Num && k > 0 && toks[k - 1].is_punct(','));
            if keys.is_empty() && after_comma {
                if let Some(j) = earlier() {
                    return what_changed_parts(toks, j);
                }
            }
            break;
        }
        if joins_nouns {
            joined.get_or_insert(keys.len());
            continue;
        }
        words += 1;
        if !NOT_WHAT_CHANGED.contains(t) {
            keys.push(t.key);
        }
    }
    if keys.is_empty() && verb > 0 && toks[verb - 1].is_any(&["và", "and"]) {
        if let Some(j) = earlier() {
            return what_changed_parts(toks, j);
        }
    }
    let mut last: Vec<u64> = joined.map(|n| keys[..n].to_vec()).unwrap_or_default();
    last.sort_unstable();
    last.dedup();
    keys.sort_unstable();
    keys.dedup();
    (keys, last)
}

/// Tokens before a length of time within which its owner is named.
const OWNER_NEAR: usize = 16;

/// The person a length of time belongs to: the nearest full Vietnamese name (a family name
/// and a given name, capitalised) before it, not past another figure; its last syllable,
/// folded, so "Trần Cạnh Lạc" and "Trần Cảnh Lạc" are one owner.
fn owner_before(toks: &[Tok], first: usize) -> Option<String> {
    let from = first.saturating_sub(OWNER_NEAR);
    let mut k = first;
    while k > from {
        k -= 1;
        let t = &toks[k];
        // A birth year or an age told of the person is no other figure ("Nguyễn Xuân Danh, SN
        // 1969, nguyên phó phòng … chín năm tù", "Danh - 47 tuổi, …").
        let of_the_person = (k > 0 && toks[k - 1].is_any(&["SN", "năm"]))
            || toks.get(k + 1).is_some_and(|n| n.is("tuổi"));
        if (t.class == Class::Num && !of_the_person) || t.is_punct(';') || t.is_punct('.') {
            return None;
        }
        // The last word of a run of capitals whose first word is a family name.
        if t.class == Class::Word && t.is_capitalized() {
            let mut a = k;
            while a > from && toks[a - 1].class == Class::Word && toks[a - 1].is_capitalized() {
                a -= 1;
            }
            if k > a && crate::extract::name::is_surname(&toks[a]) {
                return Some(crate::entity::fold_person(t.s));
            }
            k = a;
        }
    }
    None
}

fn phrase_near<T: Copy>(
    index: &PhraseIndex<T>,
    toks: &[Tok],
    from: usize,
    to: usize,
) -> Option<(T, usize)> {
    (from..to.min(toks.len())).find_map(|k| index.longest_at(toks, k, false).map(|(v, _)| (v, k)))
}

/// A value as names and scores are told equal: lower case, hyphens as spaces, without middle
/// initials ("Wendy R. Sherman" is "wendy sherman"), and for names written in Latin letters
/// only, `y` as `i` (Sergey and Sergei are one transliteration of Сергей).
fn plain_text(value: &str) -> String {
    let lower = value.to_lowercase().replace('-', " ");
    let words: Vec<&str> = lower
        .split_whitespace()
        .filter(|w| !(w.ends_with('.') && w.chars().count() == 2))
        .collect();
    let joined = words.join(" ");
    if joined.is_ascii() && joined.chars().any(|c| c.is_ascii_alphabetic()) {
        joined.replace('y', "i")
    } else {
        joined
    }
}

/// Most words between two counts of one list, each count's mention holding its noun ("56
/// hành khách và 10 thành viên"), and the words that may stand there.
const LIST_GAP_WORDS: usize = 2;
const LIST_JOINERS: &[&str] = &["và", "cùng", "and", "plus"];

/// The sum of the count of record `index` and the counts of its class listed with it in its
/// sentence, joined by a comma or one of [`LIST_JOINERS`] and nothing else ("1 đời vợ, có 1
/// con trai" is no list); `None` when it stands alone.
/// With `head`, only counts of that slot head are listed ("2 teachers and 2 students", both
/// read as deaths, sum to one toll; "1 người chết, 5 người khác bị thương" is no list of one).
fn list_sum(records: &[Record], index: usize, class: &str, head: Option<&str>) -> Option<f64> {
    let r = &records[index];
    let count = |k: usize| {
        let x = records.get(k)?;
        let Value::Number(v) = x.claim.value else {
            return None;
        };
        let same_place = x.article == r.article && x.claim.sentence == r.claim.sentence;
        let same_class = class_of(x.claim.kind, &x.claim.value, &x.claim.slot)
            .is_some_and(|(_, c, _)| c == class);
        let same_head = head.is_none_or(|h| crate::extract::noun::slot_head(&x.claim.slot) == h);
        (same_place && same_class && same_head).then_some(v)
    };
    let joined = |x: &Record, y: &Record| {
        let between = x
            .evidence
            .sentence
            .get(x.evidence.mention_at.1..y.evidence.mention_at.0)
            .unwrap_or("");
        let words: Vec<&str> = between
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        std::sync::Arc::ptr_eq(&x.evidence.sentence, &y.evidence.sentence)
            && words.len() <= LIST_GAP_WORDS
            && words.iter().all(|w| LIST_JOINERS.contains(w))
            && (between.contains(',') || !words.is_empty())
    };
    let mut total = count(index)?;
    let mut members = 1;
    let mut k = index;
    while k > 0 && joined(&records[k - 1], &records[k]) {
        let Some(v) = count(k - 1) else { break };
        total += v;
        members += 1;
        k -= 1;
    }
    let mut k = index;
    while k + 1 < records.len() && joined(&records[k], &records[k + 1]) {
        let Some(v) = count(k + 1) else { break };
        total += v;
        members += 1;
        k += 1;
    }
    (members > 1).then_some(total)
}

/// The one day a date of the record's sentence names, if any (the article's other records
/// of that sentence are asked, the sentence told by its span as `list_sum` tells it: a long
/// sentence's evidence is an excerpt per claim).
fn day_of_sentence(records: &[Record], index: usize) -> Option<chrono::NaiveDate> {
    let r = &records[index];
    let same_article = |k: &usize| records[*k].article == r.article;
    let before = (0..index).rev().take_while(same_article);
    let after = (index + 1..records.len()).take_while(same_article);
    let mut days = before.chain(after).filter_map(|k| {
        let o = &records[k];
        if o.claim.sentence != r.claim.sentence {
            return None;
        }
        match &o.claim.value {
            Value::Date(DateValue::Day(d)) => Some(*d),
            _ => None,
        }
    });
    let first = days.next()?;
    days.all(|d| d == first).then_some(first)
}

/// Builds the profile of one record, or `None` when its claim is never paired.
fn profile(
    articles: &[Article],
    records: &[Record],
    index: usize,
    words: &SentenceWords,
) -> Option<Profile> {
    let r = &records[index];
    let c = &r.claim;
    let (family, class, factor) = class_of(c.kind, &c.value, &c.slot)?;
    let article = &articles[r.article];
    let unit_head = crate::extract::noun::slot_head(&c.slot);
    let mut head = unit_head.to_string();
    let mut extras: Vec<String> = c.slot[unit_head.len()..]
        .split('/')
        .skip(1)
        .map(str::to_string)
        .collect();
    let end = match extras.last().map(String::as_str) {
        Some("min") => Some(End::Min),
        Some("max") => Some(End::Max),
        _ => None,
    };
    if end.is_some() {
        extras.pop();
    }
    // "hai trong số 5 người bị thương": a part counted out of a toll is no count of that toll,
    // so it meets the toll's counts as another subject of one head, never as the toll.
    if c.rule == "partitive" {
        extras.push("part".to_string());
    }
    let mut person = None;
    if head == "age" || head == "born" || head == "name" {
        person = (!extras.is_empty()).then(|| extras.join("/"));
        extras.clear();
    }
    if head == "money" && !extras.is_empty() {
        // The currency is the class; what stays is the rate ("per tháng").
        extras.remove(0);
    }
    if family == Family::Name {
        head = "name".to_string();
    }
    // Fahrenheit is Celsius shifted as well as scaled: "113F" is 45 °C.
    let fahrenheit = family == Family::Number && unit_head == "°F";
    let scale = |x: f64| {
        if fahrenheit {
            (x - 32.0) * 5.0 / 9.0
        } else {
            x * factor
        }
    };
    let figure = match &c.value {
        Value::Number(x) => scale(*x),
        Value::Duration { amount, unit } => amount * unit.minutes(),
        Value::Text(_) => 0.0,
        _ => scale(c.range.0),
    };
    // An end of a range is its own figure; the range it ends is kept beside it.
    let whole = end.map(|_| (scale(c.range.0), scale(c.range.1)));
    let (lo, hi) = match &c.value {
        Value::Text(_) => (0.0, 0.0),
        _ if whole.is_some() => (figure, figure),
        _ => (scale(c.range.0), scale(c.range.1)),
    };
    let bound = c.bound();
    // The mention's tokens within the evidence sentence.
    let (m0, m1) = r.evidence.mention_at;
    let toks = &words.toks;
    let first = toks.partition_point(|t| t.end <= m0);
    let last = toks.partition_point(|t| t.start < m1).max(first);
    // A time something was said at ("Lúc 20 giờ 30 phút ngày 30-7, trao đổi với phóng viên,
    // … cho biết") is no happening's time either.
    if family == Family::Time
        && (reports_as_of(toks, first, last) || times_a_saying(toks, first, last))
    {
        return None;
    }
    // "Tới 8h20 sáng 7-9, đã có ít nhất 12 người tử vong": the day of a time a report stands
    // at is the report's day, no happening's.
    if family == Family::Date
        && (clock_before(toks, first).is_some_and(|k| reports_as_of(toks, k, first))
            || toll_stamp(toks, first))
    {
        return None;
    }
    let window = first.saturating_sub(NEAR)..(last + NEAR).min(toks.len());
    let near_at: Vec<usize> = window
        .filter(|&k| (k < first || k >= last) && toks[k].class == Class::Word)
        .filter(|&k| !STOP.contains(&toks[k]))
        .collect();
    let sorted = |mut v: Vec<u64>| {
        v.sort_unstable();
        v.dedup();
        v
    };
    let near = sorted(near_at.iter().map(|&k| words.word_keys[k]).collect());
    let mention_keys: &[u64] = &words.word_keys[first..last];
    let sentence: Vec<u64> = words
        .keys
        .iter()
        .copied()
        .filter(|k| !mention_keys.contains(k))
        .collect();
    let (near_across, sentence_across) = if words.across.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        let mention: Vec<u64> = words.across[first..last].to_vec();
        (
            sorted(near_at.iter().map(|&k| words.across[k]).collect()),
            words
                .keys_across
                .iter()
                .copied()
                .filter(|k| !mention.contains(k))
                .collect(),
        )
    };
    let cue_from = first.saturating_sub(CUE_NEAR);
    let cue_to = last + CUE_NEAR;
    // "six of the 23 coaches": extraction read a part counted out of its whole.
    let share = family == Family::Number && place_share(toks, first, last);
    let placed = family == Family::Number && placed_in(toks, last);
    let opens_in_place =
        family == Family::Number && article.language == "en" && opens_in_place(toks, first);
    let part = family == Family::Number
        && (c.rule == "partitive"
            || is_part(
                toks,
                (first, last),
                (cue_from, cue_to),
                &head,
                !c.slot.ends_with("/added"),
            )
            || share);
    let total = family == Family::Number && phrase_near(&TOTAL, toks, cue_from, cue_to).is_some();
    // "13 more victims were found Monday", "tìm thấy thêm 5 thi thể": what one search added
    // to its article's own earlier count, set against the increment of another outlet of
    // the same publication day only (a day later the count it adds to has grown).
    let class = if family == Family::Number && found_more(toks, first, last) {
        let day = article.published.map(|d| d.to_string()).unwrap_or_default();
        format!("{class}/{INCREMENT}/{day}")
    } else {
        class
    };
    let base = (family == Family::Number)
        .then(|| change_base(toks, first, last))
        .flatten();
    let list_total = (family == Family::Number)
        .then(|| list_sum(records, index, &class, None))
        .flatten();
    let toll_list_total = (family == Family::Number)
        .then(|| list_sum(records, index, &class, Some(&head)))
        .flatten();
    let owner = (family == Family::Duration)
        .then(|| owner_before(toks, first))
        .flatten();
    let period = (family == Family::Number
        && (class == "unit/percent" || class.starts_with("money/")))
    .then(|| period_of(toks, first))
    .flatten();
    let (changed, changed_joined) = if family == Family::Number
        && first > 0
        && extras.iter().any(|e| e == "increase" || e == "decrease")
    {
        what_changed_parts(toks, first - 1)
    } else {
        (Vec::new(), Vec::new())
    };
    let changed_named = if changed.is_empty() || article.language != "en" {
        Vec::new()
    } else {
        sorted(
            toks[1..first]
                .iter()
                .filter(|t| {
                    t.class == Class::Word && t.is_capitalized() && changed.contains(&t.key)
                })
                .map(|t| t.key)
                .collect(),
        )
    };
    let counted = if c.slot == crate::extract::ordinal::TIMES_ORDINAL {
        ordinal_counts(toks, first, last)
    } else {
        Vec::new()
    };
    let phase = phase_at(
        toks,
        first,
        last,
        matches!(family, Family::Time | Family::Date),
    );
    let bytes = article.bytes.max(1) as f32;
    let position = (r.evidence.file.start as f32 / bytes).clamp(0.0, 1.0);
    let background_year = match &r.scope {
        Scope::Background(what) => what.get(..4).and_then(|y| y.parse().ok()),
        _ => None,
    };
    let (background, happening, place, day) = match &r.scope {
        Scope::Background(what) => (token::fold_hash(what).max(1), None, None, None),
        Scope::Event(f) => (0, f.kind, f.place, f.date),
        _ => (0, None, None, None),
    };
    // A result is dated by its sentence ("Tối 2/1/2025, … tỷ số 2-1"): a score of another day
    // is another match (the first leg, not the second).
    let day = if head == "score" {
        day.or_else(|| day_of_sentence(records, index))
    } else {
        day
    };
    let person_folded: Vec<String> = match (&person, family) {
        (Some(p), Family::Number) => crate::entity::fold_person(p)
            .split(' ')
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    };
    let role = (family == Family::Name)
        .then(|| person.as_ref().map(|r| r.to_lowercase()))
        .flatten();
    let value = c.value.to_string();
    let plain = plain_text(&value);
    // "Coca-Cola", "CocaCola" and "Coca Cola" are one spelling: a space is no letter.
    let plain = if family == Family::Name {
        plain.replace(' ', "")
    } else {
        plain
    };
    let name_kind = if family != Family::Name {
        NameKind::Unknown
    } else if crate::extract::name::is_place_or_org(toks, first, &value) {
        NameKind::PlaceOrOrg
    } else if person.is_some() {
        NameKind::Person
    } else {
        NameKind::Unknown
    };
    let folded = if family == Family::Name {
        // "Moon Sang-gyun" and "Moon Sang Gyun" are one spelling.
        crate::entity::fold_person(&value.replace('-', " "))
            .split(' ')
            .map(str::to_string)
            .collect()
    } else {
        Vec::new()
    };
    let place_words = if family == Family::Name {
        place_words(toks, first, last)
    } else {
        Vec::new()
    };
    let imperial = family == Family::Number && IMPERIAL_UNITS.contains(&head.as_str());
    let aftershock = (family == Family::Time
        || (family == Family::Number && !crate::extract::noun::counts_people(&head)))
        && tells_of_an_aftershock(&toks[..first]);
    let separator_ambiguous = class.starts_with("money/")
        && !class.starts_with("money/VND")
        && separator_ambiguous(&toks[first..]);
    Some(Profile {
        record: index,
        article: r.article,
        family,
        class,
        known_head: crate::extract::noun::is_known_slot(&head),
        counts_people: crate::extract::noun::counts_people(&head),
        head,
        extras,
        person,
        end,
        whole,
        lo,
        hi,
        figure,
        bound,
        below: c.below(),
        about: c.qualifier == Some("about"),
        imperial,
        vague: matches!(c.qualifier, Some("multiple" | "a few")),
        separator_ambiguous,
        value,
        near: Bag::new(near),
        sentence: Bag::new(sentence),
        near_across: Bag::new(near_across),
        sentence_across: Bag::new(sentence_across),
        language: token::fold_hash(&article.language),
        plain,
        part,
        share,
        placed,
        opens_in_place,
        total,
        whole_of_part: false,
        base,
        changed,
        changed_named,
        changed_joined,
        period,
        counted,
        owner,
        window: None,
        stamp: None,
        magnitude: None,
        aftershock,
        list_total,
        toll_list_total,
        phase,
        planned: family == Family::Time && planned_time(toks, first),
        position,
        lead: r.evidence.headline || position < 0.08,
        opening: r.evidence.headline || position < LEAD_SHARE || r.evidence.file.start < LEAD_BYTES,
        background,
        background_year,
        happening,
        place,
        day,
        birth_years: Vec::new(),
        folded_joined: folded.join(" "),
        folded,
        place_words,
        person_folded,
        role: role.clone(),
        kin: role.as_deref().is_some_and(|r| KIN_TITLES.contains(&r)),
        name_kind,
        published: article.published,
        relative: matches!(c.rule, "relative" | "weekday"),
        saying: family == Family::Date && dates_a_saying(toks, first, last),
        crowd: 1,
        names: Vec::new(),
    })
}

/// The folded words of a state or place named inside the name `toks[first..last]`, when the
/// name is more than the place ("Samsung Việt Nam"; "Việt Nam" alone is a place, all of it).
fn place_words(toks: &[Tok], first: usize, last: usize) -> Vec<String> {
    use crate::entity::EntityKind::{Place, State};
    let mut out = Vec::new();
    let mut k = first;
    while k < last {
        match crate::entity::alias_at(toks, k) {
            Some((_, State | Place, n)) if !(k == first && k + n >= last) => {
                let end = (k + n).min(last);
                out.extend(toks[k..end].iter().map(|t| crate::entity::fold_person(t.s)));
                k = end;
            }
            _ => k += 1,
        }
    }
    out
}

/// Birth years an article gives each person: `born/X` claims, and `age/X` claims counted back
/// from the year of publication.
fn birth_years_by_person(
    articles: &[Article],
    records: &[Record],
    members: &[usize],
) -> BTreeMap<(usize, String), Vec<i32>> {
    use chrono::Datelike;
    let mut out: BTreeMap<(usize, String), Vec<i32>> = BTreeMap::new();
    for &i in members {
        let r = &records[i];
        let Value::Number(x) = r.claim.value else {
            continue;
        };
        let (head, person) = match r.claim.slot.split_once('/') {
            Some(p) => p,
            None => continue,
        };
        let year = match head {
            "born" => x as i32,
            "age" => match articles[r.article].published {
                Some(p) => p.year() - x as i32,
                None => continue,
            },
            _ => continue,
        };
        if r.claim.rule == "age_from_birth_year" {
            continue;
        }
        out.entry((r.article, crate::entity::fold_person(person)))
            .or_default()
            .push(year);
    }
    for years in out.values_mut() {
        years.sort_unstable();
        years.dedup();
    }
    out
}

/// What the ordinal at tokens `first..last` ("lần thứ 80") counts: up to two lower-case
/// words right before "lần" ("sinh nhật"), and the first lower-case word after the figure that
/// is no function word ("nhận" of "lần thứ 2 nhận Cành cọ vàng", "khép" of "lần thứ 69 đã
/// khép lại"): the 80th birthday, the 69th festival and a second win are three counts.
fn ordinal_counts(toks: &[Tok], first: usize, last: usize) -> Vec<u64> {
    let plain = |t: &Tok| t.is_lower_word() && !crate::extract::noun::is_function_word(t);
    let mut keys: Vec<u64> = toks[first.saturating_sub(2)..first]
        .iter()
        .rev()
        .take_while(|t| plain(t))
        .map(|t| t.key)
        .collect();
    if let Some(t) = toks[last.min(toks.len())..]
        .iter()
        .take(3)
        .take_while(|t| t.class == Class::Word)
        .find(|t| plain(t))
    {
        keys.push(t.key);
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Words before a length of time that make it the span a figure was measured over.
const WINDOW_CUES: &[&str] = &["trong", "vòng", "sau", "in", "after", "over", "within"];

/// The length of time of a duration record in minutes, when the word before it makes it a
/// window ("trong 5 ngày", "sau 3 ngày", "in 24 hours").
fn window_minutes(r: &Record) -> Option<u64> {
    let Value::Duration { amount, unit } = &r.claim.value else {
        return None;
    };
    let before = r.evidence.sentence[..r.evidence.mention_at.0].trim_end();
    let word = before.rsplit(char::is_whitespace).next()?;
    WINDOW_CUES
        .iter()
        .any(|w| token::eq_fold(word, w))
        .then(|| (amount * unit.minutes()).round() as u64)
}

/// Whether the words before a mention tell of an aftershock: the word ("aftershock", "dư
/// chấn"), or a quake called new, another or the second ("The new quake occurred around
/// 10:54"); not one after it ("struck at a depth of 10 km and was followed by aftershocks").
fn tells_of_an_aftershock(toks: &[Tok]) -> bool {
    // One key probe a token: most sentences hold none of these words.
    static CUES: std::sync::LazyLock<token::WordSet> = std::sync::LazyLock::new(|| {
        token::WordSet::new([
            "aftershock",
            "aftershocks",
            "dư",
            "new",
            "another",
            "second",
        ])
    });
    toks.iter().enumerate().any(|(k, t)| {
        CUES.contains(t)
            && (t.is_any(&["aftershock", "aftershocks"])
                || (t.is("dư") && toks.get(k + 1).is_some_and(|n| n.is("chấn")))
                || toks
                    .get(k + 1)
                    .is_some_and(|n| n.is_any(&["quake", "earthquake", "tremor"])))
    })
}

/// The moment a tally stands at: its day when told (for "now", the publication day), and
/// its clock time in minutes when told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub day: Option<chrono::NaiveDate>,
    pub minutes: Option<u32>,
}

impl Stamp {
    /// Whether two stamps may be one moment: no day told apart and the same clock time (or
    /// none on both sides).
    pub fn one_moment(self, other: Stamp) -> bool {
        let days = match (self.day, other.day) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        days && self.minutes == other.minutes
    }
}

/// Words that open a sentence to say what its counts stand at now ("Hiện, 10 người được
/// cứu", "Đến thời điểm hiện tại, …", "So far, …"), each followed by a comma.
const NOW_OPENINGS: &[&str] = &[
    "hiện",
    "hiện nay",
    "hiện tại",
    "đến nay",
    "tính đến nay",
    "đến thời điểm hiện tại",
    "tính đến thời điểm hiện tại",
    "đến thời điểm này",
    "tính đến thời điểm này",
    "so far",
    "as of now",
];

impl Profile {
    /// The moment the claim's tally stands at: its stamp, or else its publication day.
    pub fn moment(&self) -> Stamp {
        self.stamp.unwrap_or(Stamp {
            day: self.published,
            minutes: None,
        })
    }
}

/// The longest of [`NOW_OPENINGS`] and of [`STAMP_CUES`] in bytes: a longer opening is none.
const NOW_OPENING_BYTES: usize = 40;
const STAMP_CUE_BYTES: usize = 16;

/// Words right before a clock time or a date opening a sentence that make it the moment the
/// sentence's tally stands at ("Đến 17 giờ 45,", "Tính đến 1h20 ngày 20/7,", "By 5 p.m.,").
const STAMP_CUES: &[&str] = &[
    "đến",
    "tới",
    "tính đến",
    "cho đến",
    "by",
    "as of",
    "đến khoảng",
    "tới khoảng",
    "by about",
    "as of about",
];

/// The stamp a clock time or a date record gives the counts of its sentence, and whether it
/// gives it to those before it too: when it opens the sentence after a cue ([`STAMP_CUES`])
/// or follows "cập nhật" / "updated" (the counts after it), or follows "as of" anywhere ("154
/// were confirmed dead and 132 injured as of 10:30 pm on Sunday": all of them).
fn stamp_of(records: &[Record], index: usize) -> Option<(Stamp, bool)> {
    let r = &records[index];
    let before = r.evidence.sentence[..r.evidence.mention_at.0].trim();
    // Only a short opening is lower-cased (most sentences run long before their time).
    let cue =
        before.len() <= STAMP_CUE_BYTES && STAMP_CUES.contains(&before.to_lowercase().as_str());
    let updated = ["cập nhật", "Cập nhật", "updated", "Updated"]
        .iter()
        .any(|w| before.contains(w));
    let as_of = [" as of", " as of about"]
        .iter()
        .any(|w| token::strip_suffix_ignoring_case(before, w).is_some());
    // "44 passengers were rescued until 12.15pm": a tally told up to a time, like "as of".
    let as_of = as_of || tallied_until(before);
    if !cue && !updated && !as_of {
        return None;
    }
    let stamp = match &r.claim.value {
        Value::Time { hour, minute } => Stamp {
            day: day_of_sentence(records, index),
            minutes: Some(hour * 60 + minute),
        },
        Value::Date(DateValue::Day(d)) => Stamp {
            day: Some(*d),
            minutes: None,
        },
        _ => return None,
    };
    Some((stamp, as_of))
}

/// English auxiliaries of a passive or perfect clause ("were rescued", "had been found"): a
/// count told up to a time ("until 12.15pm") is a tally so far, not how long a happening ran
/// ("firefighters battled the blaze until 3 a.m.").
const TALLY_AUXILIARIES: &[&str] = &["were", "was", "been", "had", "have", "has"];

/// Whether a sentence's text before a time ends in "until" or "till" after a passive or perfect
/// clause ("Two bodies were recovered until"): see [`TALLY_AUXILIARIES`].
fn tallied_until(before: &str) -> bool {
    let Some(clause) = [" until", " till"]
        .iter()
        .find_map(|w| token::strip_suffix_ignoring_case(before, w))
    else {
        return false;
    };
    let clause = clause.rsplit([',', ';']).next().unwrap_or(clause);
    clause
        .split(' ')
        .any(|w| TALLY_AUXILIARIES.iter().any(|a| w.eq_ignore_ascii_case(a)))
}

/// The stamp "now" a sentence's opening gives its counts ([`NOW_OPENINGS`]): the publication
/// day, no clock time.
fn now_stamp(sentence: &str, published: Option<chrono::NaiveDate>) -> Option<Stamp> {
    let (opening, _) = sentence.split_once(',')?;
    let opening = opening.trim();
    if opening.len() > NOW_OPENING_BYTES {
        return None;
    }
    let opening = opening.to_lowercase();
    NOW_OPENINGS.contains(&opening.as_str()).then_some(Stamp {
        day: published,
        minutes: None,
    })
}

/// A name's key among a sentence's names: its last word, folded ("Adele", "Weeknd", "Huy"),
/// or the word before it when the last word says only what kind of place or body it is
/// ("Travis County" is "travis", "Bogo City" is "bogo", as "Bogo" is).
fn name_key(r: &Record) -> u64 {
    let value = r.claim.value.to_string().replace('-', " ");
    let folded = crate::entity::fold_person(&value);
    let mut words = folded.rsplit(' ');
    let last = words.next().unwrap_or("");
    let kind = value
        .rsplit(' ')
        .next()
        .is_some_and(crate::extract::name::ends_with_its_kind);
    match words.next() {
        Some(before) if kind => token::fold_hash(before),
        _ => token::fold_hash(last),
    }
}

/// The clause a mention (byte range in its sentence) stands in: from the separator before it
/// to the one after it (a comma, a colon, a dash, a bracket, "and", "và", "with" …, or a verb of
/// saying), as byte offsets in the sentence.
fn clause_around(toks: &[Tok], mention: (usize, usize)) -> (usize, usize) {
    const WORDS: &[&str] = &[
        "and", "và", "with", "while", "but", "nhưng", "còn", "whereas",
    ];
    let separates = |t: &Tok| {
        (t.class == Class::Punct
            && t.s.chars().next().is_some_and(|c| {
                matches!(
                    c,
                    ',' | ';' | ':' | '(' | ')' | '–' | '—' | '‒' | '"' | '“' | '”'
                )
            }))
            || t.is_any(WORDS)
    };
    // A verb of saying separates too: who said it ("Bộ trưởng Wolfgang Sobotka cho biết với
    // 50,3% số phiếu bầu, …") is not whom the figure is of.
    let saying = |k: usize| SAYINGS.longest_at(toks, k, false).map(|(_, n)| n);
    let first = toks.partition_point(|t| t.start < mention.0);
    let after = toks.partition_point(|t| t.start < mention.1);
    let lo = (0..first)
        .rev()
        .find_map(|k| {
            if separates(&toks[k]) {
                Some(toks[k].end)
            } else {
                saying(k)
                    .filter(|&n| k + n <= first)
                    .map(|n| toks[k + n - 1].end)
            }
        })
        .unwrap_or(0);
    let hi = (after..toks.len())
        .find(|&k| separates(&toks[k]) || saying(k).is_some())
        .map_or(usize::MAX, |k| toks[k].start);
    (lo, hi)
}

/// Builds a story's index from the records (indexes) of its articles that are compared.
pub fn story(articles: &[Article], records: &[Record], members: &[usize]) -> StoryIndex {
    // One tokenisation per distinct sentence: claims of one sentence share its text.
    let mut cache: HashMap<*const u8, SentenceWords> = HashMap::new();
    let mut profiles = Vec::with_capacity(members.len());
    let language = |i: &usize| articles[records[*i].article].language.as_str();
    let across_languages = members
        .first()
        .is_some_and(|f| members.iter().any(|i| language(i) != language(f)));
    for &i in members {
        let sentence = &records[i].evidence.sentence;
        let key = sentence.as_ptr();
        let words = cache
            .entry(key)
            .or_insert_with(|| sentence_words(sentence, across_languages));
        if let Some(p) = profile(articles, records, i, words) {
            profiles.push(p);
        }
    }
    // A name an article shows to be a place's or an organisation's ("HLV Liverpool, Brendan
    // Rodgers") is one wherever the story writes it without a person's title.
    let places_or_orgs: std::collections::HashSet<&str> = profiles
        .iter()
        .filter(|p| p.name_kind == NameKind::PlaceOrOrg)
        .map(|p| p.folded_joined.as_str())
        .collect();
    if !places_or_orgs.is_empty() {
        let unknown: Vec<usize> = (0..profiles.len())
            .filter(|&k| {
                profiles[k].name_kind == NameKind::Unknown
                    && places_or_orgs.contains(profiles[k].folded_joined.as_str())
            })
            .collect();
        for k in unknown {
            profiles[k].name_kind = NameKind::PlaceOrOrg;
        }
    }
    // The span each figure was measured over: a window of its sentence (found by where the
    // sentence starts: a long sentence's claims each keep their own excerpt of it).
    let mut windows: HashMap<(usize, usize), u64> = HashMap::new();
    for p in &profiles {
        if p.family == Family::Duration {
            let r = &records[p.record];
            if let Some(minutes) = window_minutes(r) {
                windows
                    .entry((p.article, r.claim.sentence.start))
                    .or_insert(minutes);
            }
        }
    }
    if !windows.is_empty() {
        for p in &mut profiles {
            if p.family == Family::Number {
                let r = &records[p.record];
                p.window = windows.get(&(p.article, r.claim.sentence.start)).copied();
            }
        }
    }
    // The moment each count stands at: a stamp opening its sentence, before the count. (A
    // clock time that opens a sentence so is no happening's and has no profile: its record
    // is read.)
    let mut stamps: HashMap<(usize, usize), (usize, Stamp)> = HashMap::new();
    for &i in members {
        let r = &records[i];
        if matches!(r.claim.value, Value::Time { .. } | Value::Date(_)) {
            if let Some((stamp, whole)) = stamp_of(records, i) {
                let from = if whole { 0 } else { r.claim.span.start };
                stamps
                    .entry((r.article, r.claim.sentence.start))
                    .or_insert((from, stamp));
            }
        }
    }
    for p in &mut profiles {
        if p.family != Family::Number {
            continue;
        }
        let r = &records[p.record];
        p.stamp = match stamps.get(&(p.article, r.claim.sentence.start)) {
            Some(&(at, stamp)) if at < r.claim.span.start => Some(stamp),
            Some(_) => None,
            None => now_stamp(&r.evidence.sentence, p.published),
        };
    }
    // Each figure's magnitude: of the sentence's magnitudes, the nearest of those no other
    // figure of its family stands nearer to ("thứ 2 xảy ra vào 8 giờ 35 phút với độ lớn 3.3,
    // thứ 3 vào 11 giờ 17 phút có độ lớn 4.1").
    let mut magnitudes: HashMap<(usize, usize), Vec<(usize, f64)>> = HashMap::new();
    for p in profiles.iter().filter(|p| p.head == "magnitude") {
        let r = &records[p.record];
        magnitudes
            .entry((p.article, r.claim.sentence.start))
            .or_default()
            .push((r.claim.span.start, p.figure));
    }
    if !magnitudes.is_empty() {
        let moment = |p: &Profile| p.family != Family::Name && p.head != "magnitude";
        // A day and a clock time of one sentence are one moment: clock times are asked
        // against clock times, days against days, figures against figures.
        let mut moments: HashMap<(usize, usize, Family), Vec<usize>> = HashMap::new();
        for p in profiles.iter().filter(|p| moment(p)) {
            let r = &records[p.record];
            moments
                .entry((p.article, r.claim.sentence.start, p.family))
                .or_default()
                .push(r.claim.span.start);
        }
        for p in profiles.iter_mut().filter(|p| moment(p)) {
            let r = &records[p.record];
            let key = (p.article, r.claim.sentence.start);
            let (Some(found), Some(others)) =
                (magnitudes.get(&key), moments.get(&(key.0, key.1, p.family)))
            else {
                continue;
            };
            let at = r.claim.span.start;
            p.magnitude = found
                .iter()
                .filter(|&&(m, _)| others.iter().all(|&o| o.abs_diff(m) >= at.abs_diff(m)))
                .min_by_key(|&&(m, _)| m.abs_diff(at))
                .map(|&(_, v)| v);
        }
    }
    // Word weights: ln(1 + N / df) over the story's distinct sentences.
    let mut df: HashMap<u64, u32> = HashMap::new();
    for words in cache.values() {
        for &k in &words.keys {
            *df.entry(k).or_default() += 1;
        }
        // Concepts are counted like words; a word that is no concept is already counted.
        for &k in &words.keys_across {
            if words.keys.binary_search(&k).is_err() {
                *df.entry(k).or_default() += 1;
            }
        }
    }
    let n = cache.len().max(1) as f32;
    let idf: HashMap<u64, f32> = df
        .into_iter()
        .map(|(k, d)| (k, (1.0 + n / d as f32).ln()))
        .collect();
    // Sentences that speak of someone by a pronoun, read while their tokens are at hand.
    let pronoun_sentences: std::collections::HashSet<*const u8> = cache
        .iter()
        .filter(|(_, words)| speaks_of_someone(&words.toks))
        .map(|(&k, _)| k)
        .collect();
    // Where each name stands in a sentence with two names or more (by the sentence as kept,
    // which claims of one short sentence share), and the clause of each figure there: "four
    // deaths were reported in Travis County and three in Burnet County" places each figure.
    // Names by sentence too, each by its key (its last word, folded: "Adele", "Weeknd", "Huy").
    let mut names_at: HashMap<*const u8, Vec<(u64, usize)>> = HashMap::new();
    let mut sentence_names: HashMap<(usize, usize), Vec<u64>> = HashMap::new();
    let mut name_keys: HashMap<usize, u64> = HashMap::new();
    for &i in members {
        let r = &records[i];
        if r.claim.kind == Kind::Name {
            let key = name_key(r);
            name_keys.insert(i, key);
            names_at
                .entry(r.evidence.sentence.as_ptr())
                .or_default()
                .push((key, r.evidence.mention_at.0));
            sentence_names
                .entry((r.article, r.claim.sentence.start))
                .or_default()
                .push(key);
        }
    }
    names_at.retain(|_, v| v.iter().any(|&(h, _)| h != v[0].0));
    // (By record: profiles of names are dropped below.)
    let mut clause_names: HashMap<usize, Vec<u64>> = HashMap::new();
    for p in profiles.iter().filter(|p| p.family != Family::Name) {
        let ev = &records[p.record].evidence;
        let (Some(at), Some(words)) = (
            names_at.get(&ev.sentence.as_ptr()),
            cache.get(&ev.sentence.as_ptr()),
        ) else {
            continue;
        };
        let (lo, hi) = clause_around(&words.toks, ev.mention_at);
        let mut own: Vec<u64> = at
            .iter()
            .filter(|&&(_, k)| (lo..hi).contains(&k))
            .map(|&(h, _)| h)
            .collect();
        if !own.is_empty() {
            own.sort_unstable();
            own.dedup();
            clause_names.insert(p.record, own);
        }
    }
    drop(cache);
    for p in &mut profiles {
        p.near.weigh(&idf);
        p.sentence.weigh(&idf);
        p.near_across.weigh(&idf);
        p.sentence_across.weigh(&idf);
    }
    // Persons' birth years, for ages and names.
    let years = birth_years_by_person(articles, records, members);
    for p in &mut profiles {
        let person = match p.family {
            Family::Name => Some(records[p.record].claim.value.to_string()),
            _ if p.head == "age" || p.head == "born" => p.person.clone(),
            _ => None,
        };
        if let Some(person) = person {
            if let Some(y) = years.get(&(p.article, crate::entity::fold_person(&person))) {
                p.birth_years = y.clone();
                if p.family == Family::Name && p.name_kind == NameKind::Unknown {
                    p.name_kind = NameKind::Person;
                }
            }
        }
    }
    // A name that ends a longer name of the same article ("ông Lộc" after "Nguyễn Quang
    // Lộc") refers back to it: the full name is compared, not the reference.
    let full_names: HashMap<usize, Vec<Vec<String>>> = profiles
        .iter()
        .filter(|p| p.family == Family::Name)
        .fold(HashMap::new(), |mut m, p| {
            m.entry(p.article).or_default().push(p.folded.clone());
            m
        });
    profiles.retain(|p| {
        p.family != Family::Name
            || !full_names.get(&p.article).is_some_and(|names| {
                names
                    .iter()
                    .any(|n| n.len() > p.folded.len() && n.ends_with(&p.folded))
            })
    });
    // Sentences with names, per article in text order: a sentence that names nobody but
    // speaks of "he", "she", "anh", "ông" speaks of whom the sentence before named.
    let mut named_sentences: HashMap<usize, Vec<usize>> = HashMap::new();
    for &(article, start) in sentence_names.keys() {
        named_sentences.entry(article).or_default().push(start);
    }
    for v in named_sentences.values_mut() {
        v.sort_unstable();
    }
    for p in &mut profiles {
        if let Some(names) = clause_names.remove(&p.record) {
            p.names = names;
            continue;
        }
        let r = &records[p.record];
        let own = (p.family == Family::Name)
            .then(|| name_keys.get(&p.record).copied())
            .flatten();
        let start = r.claim.sentence.start;
        let key = if sentence_names.contains_key(&(r.article, start)) {
            Some((r.article, start))
        } else if pronoun_sentences.contains(&r.evidence.sentence.as_ptr()) {
            named_sentences.get(&r.article).and_then(|v| {
                let k = v.partition_point(|&s| s < start);
                k.checked_sub(1)
                    .map(|k| v[k])
                    .filter(|&s| start - s <= PRONOUN_REACH)
                    .map(|s| (r.article, s))
            })
        } else {
            None
        };
        let mut names: Vec<u64> = key
            .and_then(|k| sentence_names.get(&k))
            .map(|v| v.iter().copied().filter(|k| Some(*k) != own).collect())
            .unwrap_or_default();
        names.sort_unstable();
        names.dedup();
        p.names = names;
    }
    mark_summed_parts(&mut profiles);
    mark_wholes(&mut profiles, records);
    mark_place_openings(&mut profiles);
    // Crowds: distinct values per article, class and slot head, a headline's apart from the
    // body's (a title's one sum of money is the title's figure, however many the body lists).
    let mut crowd: HashMap<(usize, String, String, bool), std::collections::HashSet<String>> =
        HashMap::new();
    let key = |p: &Profile| {
        let headline = records[p.record].evidence.headline;
        (p.article, p.class.clone(), p.head.clone(), headline)
    };
    for p in &profiles {
        crowd.entry(key(p)).or_default().insert(p.value.clone());
    }
    for p in &mut profiles {
        p.crowd = crowd[&key(p)].len();
    }
    // Nodes: one per (class, article, value and slot), members in text order.
    let mut classes: BTreeMap<String, BTreeMap<usize, Vec<Node>>> = BTreeMap::new();
    let mut node_of: HashMap<(String, usize, String), (usize, usize)> = HashMap::new();
    for (pi, p) in profiles.iter().enumerate() {
        let slot = if p.family == Family::Name {
            String::new()
        } else {
            records[p.record].claim.slot.to_string()
        };
        let key = (
            p.class.clone(),
            p.article,
            format!("{}\u{1f}{slot}", p.value),
        );
        let by_article = classes.entry(p.class.clone()).or_default();
        let nodes = by_article.entry(p.article).or_default();
        match node_of.get(&key) {
            Some(&(_, n)) => nodes[n].members.push(pi),
            None => {
                node_of.insert(key, (p.article, nodes.len()));
                nodes.push(Node {
                    article: p.article,
                    members: vec![pi],
                });
            }
        }
    }
    // A clock time an article writes twice is one moment: the day one mention gives is the
    // other's ("từ 0 giờ đến 6 giờ 33 phút sáng 29-7" … "Trận gần nhất … lúc 6 giờ 33 phút").
    for node in classes.values().flat_map(|a| a.values()).flatten() {
        if profiles[node.members[0]].family != Family::Time {
            continue;
        }
        let mut days = node.members.iter().filter_map(|&m| profiles[m].day);
        let Some(first) = days.next() else {
            continue;
        };
        if days.all(|d| d == first) {
            for &m in &node.members {
                profiles[m].day.get_or_insert(first);
            }
        }
    }
    let two_people = two_people(&profiles);
    // The first dated happening of each article's lead, or else its first happening, dated
    // by publication.
    let mut lead_happening: HashMap<usize, LeadHappening> = HashMap::new();
    for p in profiles.iter().filter(|p| p.opening) {
        let Scope::Event(Frame {
            kind: Some(kind),
            date,
            ..
        }) = records[p.record].scope
        else {
            continue;
        };
        let dated = date.map(|day| (day, true));
        let published = articles[p.article].published.map(|day| (day, false));
        let Some((day, dated)) = dated.or(published) else {
            continue;
        };
        let lead = LeadHappening { kind, day, dated };
        let known = lead_happening.entry(p.article).or_insert(lead);
        if !known.dated && lead.dated && known.kind == lead.kind {
            *known = lead;
        }
    }
    StoryIndex {
        profiles,
        classes,
        two_people,
        lead_happening,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lexicon_line_names_a_concept_in_both_languages() {
        let lines: Vec<&str> = include_str!("lexicon.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .collect();
        assert!(lines.len() >= 60, "{} concepts", lines.len());
        for line in lines {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 3, "{line}");
            assert!(cols.iter().all(|c| !c.trim().is_empty()), "{line}");
        }
    }

    #[test]
    fn a_speed_in_km_per_hour_meets_speeds_not_lengths() {
        let class = |slot: &str| {
            let (_, class, factor) = class_of(Kind::Number, &Value::Number(150.0), slot).unwrap();
            (class, factor)
        };
        assert_eq!(class("km/h"), ("unit/speed".to_string(), 1.0));
        assert_eq!(class("km/h/max").0, "unit/speed");
        assert_eq!(class("mph").0, "unit/speed");
        assert_eq!(class("km"), ("unit/length".to_string(), 1000.0));
        let mph = in_unit_of(150.0, "km/h", "mph").unwrap();
        assert!((mph - 93.2).abs() < 0.1, "{mph}");
    }

    /// The tokens of a sentence and the index of the first token written `word`.
    fn tokens_at<'s>(sentence: &'s str, word: &str) -> (Vec<Tok<'s>>, usize) {
        let mut toks = Vec::new();
        crate::token::tokenize(
            sentence,
            crate::claim::Span::new(0, sentence.len()),
            &mut toks,
        );
        let at = toks.iter().position(|t| t.s == word);
        let at = at.unwrap_or_else(|| {
            panic!(
                "{word} in {:?}",
                toks.iter().map(|t| t.s).collect::<Vec<_>>()
            )
        });
        (toks, at)
    }

    #[test]
    fn a_figure_found_in_addition_is_an_increment_and_others_stay_a_count() {
        // The mention's tokens: the figure and the noun after it (and "more" when written).
        let found_more_at = |sentence: &str, figure: &str, len: usize| {
            let (toks, first) = tokens_at(sentence, figure);
            found_more(&toks, first, first + len)
        };
        let camp = "Butte County Sheriff Kory Honea said 13 more victims were found Monday";
        assert!(found_more_at(camp, "13", 3));
        assert!(found_more_at(
            "Five additional victims were found in their homes",
            "Five",
            3
        ));
        assert!(found_more_at("Rescuers recovered another 8 bodies", "8", 2));
        assert!(found_more_at(
            "Lực lượng cứu hộ tìm thấy thêm 5 thi thể",
            "5",
            3
        ));
        // Other people of a toll, no search's yield.
        assert!(!found_more_at("killing 3 and injuring 39 more", "39", 2));
        assert!(!found_more_at("more than 100 victims were found", "100", 2));
        assert!(!found_more_at("13 victims were found Monday", "13", 2));
    }

    #[test]
    fn a_figure_is_a_part_after_an_introducer_or_before_other_and_a_whole_before_including() {
        let part_of = |sentence: &str, figure: &str, head: &str| {
            let (toks, first) = tokens_at(sentence, figure);
            is_part(
                &toks,
                (first, first + 1),
                (first.saturating_sub(CUE_NEAR), first + 1 + CUE_NEAR),
                head,
                false,
            )
        };
        let part = |sentence: &str, figure: &str| part_of(sentence, figure, "people");
        assert!(!part("injuring 10 people, including a boy of 8", "10"));
        assert!(part("injuring 10 people, including 3 children", "3"));
        assert!(part("with 8 other people injured", "8"));
        // "Another" that extraction read as setting the count apart from another toll.
        let (toks, first) = tokens_at("Another 25 people have been injured.", "25");
        let near = (first.saturating_sub(CUE_NEAR), first + 1 + CUE_NEAR);
        assert!(is_part(&toks, (first, first + 1), near, "injured", false));
        assert!(!is_part(&toks, (first, first + 1), near, "injured", true));
        // "more" is the dozens', not the 69's.
        assert!(!part(
            "left at least 69 dead and dozens more feared buried",
            "69"
        ));
        // A breakdown by place: each place's figure is a share, the total before it is not.
        let share = |sentence: &str, figure: &str| {
            let (toks, first) = tokens_at(sentence, figure);
            place_share(&toks, first, first + 1)
        };
        let breakdown = "Of the 72 deaths, 39 were in Wajima, 22 in Suzu, five in Nanao.";
        assert!(share(breakdown, "39") && share(breakdown, "22"));
        assert!(!share(breakdown, "72"));
        assert!(!share("31 people died in Wajima on Monday.", "31"));
        let each = "Wajima City and Suzu City bear the brunt, accounting for 81 and 71 deaths, respectively.";
        assert!(share(each, "81") && share(each, "71"));
        let listed =
            "Beyond North Carolina, South Carolina reported 49 deaths, Georgia 34, Florida 25.";
        assert!(share(listed, "49") && share(listed, "34"));
        assert!(!share("South Carolina reported 49 deaths on Friday.", "49"));
        let inside = "Seven were found inside and one more outside, Ross said.";
        assert!(share(inside, "Seven"));
        assert!(!share("Seven were found inside the bar.", "Seven"));
        // "more than" qualifies the next figure; the 115 is no part.
        assert!(!part("115 people killed and more than 100 others", "115"));
        assert!(!part("3 người chết, hàng chục người khác bị thương", "3"));
        assert!(part("5 người chết, trong đó 2 trẻ em", "2"));
        assert!(!part("5 người chết, trong đó có trẻ em", "5"));
        // "Other" after a toll of another kind sets the injured apart from the dead.
        let injured = "killing at least one person and injuring 30 other passengers";
        assert!(!part_of(injured, "30", "injured"));
        assert!(!part_of(
            "2 người chết, 5 người khác bị thương",
            "5",
            "injured"
        ));
        assert!(part_of(
            "2 người bị thương nặng, 5 người khác bị thương nhẹ",
            "5",
            "injured"
        ));
        assert!(part_of("with 8 other people injured", "8", "injured"));
        // Foreigners among the dead or injured are a part of the toll.
        assert!(part_of(
            "3 foreigners were killed in the crash",
            "3",
            "deaths"
        ));
        assert!(part_of(
            "vụ tai nạn làm 2 người nước ngoài bị thương",
            "2",
            "injured"
        ));
        assert!(!part_of("the crash killed 39 people", "39", "deaths"));
    }

    #[test]
    fn a_country_inside_a_company_name_is_its_place_words_and_a_country_alone_is_not() {
        let words = |sentence: &str, first: &str, len: usize| {
            let (toks, at) = tokens_at(sentence, first);
            place_words(&toks, at, at + len)
        };
        let s = "Công ty Union Việt Nam và Công ty Lotus Việt Nam bị thu hồi giấy phép.";
        assert_eq!(words(s, "Union", 3), ["viet", "nam"]);
        assert_eq!(words(s, "Lotus", 3), ["viet", "nam"]);
        assert!(words("Đội tuyển Việt Nam thắng 2-1.", "Việt", 2).is_empty());
        assert!(words("Công ty Focus Global thua lỗ.", "Focus", 2).is_empty());
    }

    #[test]
    fn a_time_a_plan_set_is_told_from_a_time_that_happened() {
        let planned = |sentence: &str, time: &str| {
            let (toks, first) = tokens_at(sentence, time);
            planned_time(&toks, first)
        };
        assert!(planned(
            "Thời gian hạ cánh dự kiến vào lúc 3h15 sáng ngày hôm sau.",
            "3h15"
        ));
        assert!(planned(
            "The flight was scheduled to land at 3:15 a.m.",
            "3:15"
        ));
        assert!(planned(
            "It was expected to arrive in Cairo at 2:55am.",
            "2:55am"
        ));
        assert!(!planned(
            "Nó đã biến mất khỏi màn hình radar lúc 2h45.",
            "2h45"
        ));
        // The plan is another clause's.
        assert!(!planned(
            "Chuyến bay dự kiến cất cánh sớm, nhưng đến 9h vẫn chưa rời sân bay.",
            "9h"
        ));
    }

    #[test]
    fn a_time_something_was_said_at_is_told_from_what_was_said() {
        let saying = |sentence: &str, time: &str, len: usize| {
            let (toks, first) = tokens_at(sentence, time);
            times_a_saying(&toks, first, first + len)
        };
        assert!(saying(
            "Lúc 20 giờ 30 phút ngày 30-7, trao đổi với phóng viên Báo Người Lao Động, lãnh đạo 1 sở của tỉnh Lâm Đồng tham gia công tác cứu hộ cho biết: đã tìm thấy 3 thi thể.",
            "20",
            4
        ));
        // What was said: the time after the verb of saying.
        assert!(!saying(
            "Anh Ty cho biết khoảng 2 giờ ngày 15/5, tại ngư trường Hoàng Sa, lực lượng trên tàu phải mất 6 giờ.",
            "2",
            2
        ));
        assert!(!saying(
            "Khoảng 15 giờ ngày 20/5, anh A đã điều khiển xe máy rồi nói với bạn.",
            "15",
            2
        ));
    }

    #[test]
    fn a_date_of_something_said_is_told_from_a_date_of_what_happened() {
        let saying = |sentence: &str, date: &str, len: usize| {
            let (toks, first) = tokens_at(sentence, date);
            dates_a_saying(&toks, first, first + len)
        };
        let said =
            "Ngày 23-5, Cơ quan điều tra, Viện KSND Tối cao cho biết, đã tống đạt quyết định.";
        assert!(saying(said, "23-5", 1));
        let done =
            "Ngày 23/5, Cơ quan điều tra VKSND Tối cao đã tống đạt quyết định khởi tố bị can.";
        assert!(!saying(done, "23/5", 1));
        assert!(saying(
            "Chiều 26-5, thiếu tá Trần Văn Hùng cho biết đơn vị đang điều tra.",
            "26-5",
            1
        ));
        // The date inside what was said is the happening's.
        let inside = "Ông Thống xác nhận ông Ngân đã bị bắt tạm giam từ ngày 20/5/2016.";
        assert!(!saying(inside, "20/5/2016", 1));
        assert!(saying(
            "Police said on Monday that 12 people had died.",
            "Monday",
            1
        ));
        assert!(!saying(
            "The fire broke out on Monday, police said.",
            "Monday",
            1
        ));
        assert!(!saying(
            "Then, on March 20, McCraw said, the teen bought another rifle.",
            "20",
            1
        ));
        assert!(!saying(
            "Green toured the town on Thursday and later told reporters it looked bombed.",
            "Thursday",
            1
        ));
        assert!(saying(
            "Công an tỉnh Bắc Giang ngày 1/6 cho biết vừa bắt giữ nghi phạm.",
            "1/6",
            1
        ));
        assert!(saying(
            "The Federal Reserve on Wednesday announced the decision.",
            "Wednesday",
            1
        ));
        assert!(!saying(
            "Bộ Quốc phòng Hàn Quốc ngày 21/5 đã bác đề xuất.",
            "21/5",
            1
        ));
    }

    #[test]
    fn a_time_is_placed_in_the_phase_its_words_name() {
        let phase = |sentence: &str, time: &str| {
            let (toks, first) = tokens_at(sentence, time);
            phase_at(&toks, first, first + 1, true)
        };
        assert_eq!(
            phase("The fire started around 2.30 a.m. on Tuesday.", "2.30"),
            Some(Phase::Start)
        );
        // The moment the fire service was called is not the fire's start.
        assert_eq!(
            phase("A call about the fire was received at 4.35 am.", "4.35"),
            Some(Phase::Alert)
        );
        assert_eq!(
            phase(
                "Cảnh sát PCCC nhận được tin báo lúc 4h30 sáng 12/2.",
                "4h30"
            ),
            Some(Phase::Alert)
        );
        assert_eq!(
            phase("The fire was being controlled by around 8 a.m.", "8"),
            Some(Phase::Control)
        );
        assert_eq!(
            phase("Chợ mở cửa từ 5h đến 19h mỗi ngày.", "5h"),
            Some(Phase::Start)
        );
        assert_eq!(phase("Ông Lộc đi ra quán lúc 19h.", "19h"), None);
        // A bus's departure is not the moment the landslide struck it; departures over an
        // interval still end at its end.
        assert_eq!(
            phase(
                "Khoảng 20 giờ tối 16/11, xe khách xuất phát từ Đà Lạt.",
                "20"
            ),
            Some(Phase::Depart)
        );
        assert_eq!(
            phase("Các chuyến xe khởi hành từ 8g đến 21g30 mỗi ngày.", "21g30"),
            Some(Phase::End)
        );
        // A flight's return is its end, not its departure.
        assert_eq!(
            phase(
                "The plane left the gate at 4:52 p.m., and returned to the airport at 5:27 p.m.",
                "5:27"
            ),
            Some(Phase::End)
        );
        // A building's closing time is no moment of the fire that broke out after it.
        assert_eq!(
            phase("The cathedral closed at 6:45 p.m. local time.", "6:45"),
            Some(Phase::End)
        );
        // The accident's time, not the train's arrival before it.
        assert_eq!(
            phase(
                "The accident happened around 7.20 pm near the station.",
                "7.20"
            ),
            Some(Phase::Start)
        );
        assert_eq!(
            phase("The train arrived at Balasore station at 6.30 pm.", "6.30"),
            Some(Phase::End)
        );
        assert_eq!(
            phase("The first survivor was rescued around 09:23.", "09:23"),
            Some(Phase::Rescue)
        );
        assert_eq!(
            phase("At 08:59, the pilot declared a mayday.", "08:59"),
            Some(Phase::Alert)
        );
        assert_eq!(
            phase(
                "Around 01:00, someone on the boat informed the coast guard that the engine had broken down.",
                "01:00"
            ),
            Some(Phase::Alert)
        );
        assert_eq!(
            phase(
                "Police received the initial report near 3 p.m. from a pedestrian.",
                "3"
            ),
            Some(Phase::Alert)
        );
        // A lander's descent and its touchdown.
        assert_eq!(
            phase(
                "The lander started the descent at 5:20 pm IST and touched down at 6:04.",
                "5:20"
            ),
            Some(Phase::Start)
        );
        assert_eq!(
            phase(
                "The spacecraft will attempt to land on the lunar south pole about 6:04 p.m. local time on Wednesday.",
                "6:04"
            ),
            Some(Phase::End)
        );
    }

    #[test]
    fn an_english_words_inflections_are_one_word() {
        use super::english_stem;
        for (a, b) in [
            ("landslides", "landslide"),
            ("occurred", "occurring"),
            ("occurred", "occur"),
            ("rescued", "rescue"),
            ("moving", "moves"),
            ("casualties", "casualty"),
            ("hitting", "hits"),
            ("killed", "kills"),
            ("passengers", "passenger"),
        ] {
            assert_eq!(english_stem(a), english_stem(b), "{a} / {b}");
        }
        // Words that only look inflected keep their ending.
        assert_eq!(english_stem("address"), "address");
        assert_eq!(english_stem("census"), "census");
        assert_eq!(english_stem("analysis"), "analysis");
    }

    #[test]
    fn a_place_after_a_figure_is_read_to_the_sentences_end_and_no_further() {
        let placed = |sentence: &str, figure: &str| {
            let (toks, first) = tokens_at(sentence, figure);
            placed_in(&toks, first + 1)
        };
        assert!(placed("one death in neighboring Kendall County.", "one"));
        assert!(placed("2 deaths in Travis County.", "2"));
        assert!(!placed("2 deaths, in Travis County.", "2"));
        // A headline that stops at "in" is no place, and reads no token past its end.
        assert!(!placed("2 trapped in", "2"));
    }

    #[test]
    fn a_sentence_opening_with_now_stamps_its_counts_with_the_publication_day() {
        let day = chrono::NaiveDate::from_ymd_opt(2025, 7, 26);
        let now = Stamp { day, minutes: None };
        assert_eq!(
            now_stamp("Hiện, 10 người được cứu, 35 thi thể tìm thấy.", day),
            Some(now)
        );
        assert_eq!(
            now_stamp("Đến thời điểm hiện tại, đã cứu được 8 người.", day),
            Some(now)
        );
        assert_eq!(
            now_stamp("Hiện trường vụ tai nạn, 3 người chết.", day),
            None
        );
        // Two stamps are one moment only with one clock time; a day told on one side only
        // does not tell them apart.
        let at = |minutes| Stamp {
            day: None,
            minutes: Some(minutes),
        };
        assert!(at(1180).one_moment(at(1180)));
        assert!(!at(1065).one_moment(at(1180)));
        assert!(!now.one_moment(at(1180)));
        let next_day = Stamp {
            day: chrono::NaiveDate::from_ymd_opt(2025, 7, 27),
            minutes: None,
        };
        assert!(!now.one_moment(next_day));
    }

    #[test]
    fn a_time_a_report_stands_at_is_no_happenings_time() {
        let as_of = |sentence: &str, time: &str| {
            let (toks, first) = tokens_at(sentence, time);
            reports_as_of(&toks, first, first + 1)
        };
        assert!(as_of(
            "Đến 17h chiều nay, lực lượng chức năng vẫn chưa tìm thấy nạn nhân.",
            "17h"
        ));
        assert!(as_of(
            "Tính đến 9h sáng nay, đã có 12 người nhập viện.",
            "9h"
        ));
        assert!(as_of(
            "As of 5 p.m. on Monday, 12 people had been rescued.",
            "5"
        ));
        assert!(as_of("By 17:00 the fire was still burning.", "17:00"));
        assert!(as_of(
            "a total of 479 quakes were observed by 8 a.m. on Wednesday.",
            "8"
        ));
        let stamp = |sentence: &str, date: &str| {
            let (toks, first) = tokens_at(sentence, date);
            toll_stamp(&toks, first)
        };
        assert!(stamp(
            "The death toll in the earthquakes had reached 72 people on Wednesday evening.",
            "Wednesday"
        ));
        assert!(!stamp(
            "The earthquake that killed 72 people struck on Monday.",
            "Monday"
        ));
        assert!(!stamp(
            "The death toll rose to at least 43 and a railroad worker was arrested Wednesday.",
            "Wednesday"
        ));
        assert!(as_of(
            "Đến hơn 10 giờ sáng nay, tất cả cử tri đã hoàn thành việc bỏ phiếu.",
            "10"
        ));
        assert!(as_of(
            "Theo báo cáo nhanh, đến 16h ngày 21/5, mưa và giông lốc đã khiến 9 người bị thương.",
            "16h"
        ));
        assert!(as_of("By 17:00, 12 people had been rescued.", "17:00"));
        assert!(as_of(
            "[Updated at 9 p.m.] Two people are reported killed.",
            "9"
        ));
        assert!(as_of("Cập nhật lúc 17h: đã có 12 người nhập viện.", "17h"));
        // Hạ Long, July 2025: how many had been brought out by then.
        assert!(as_of("Đến 19h40, vớt được 9 thi thể nạn nhân.", "19h40"));
        assert!(!as_of(
            "Đến 16h cùng ngày, anh Trung đi làm về thì thấy cửa mở.",
            "16h"
        ));
        assert!(as_of(
            "UPDATE: 8:40 am The National Weather Service says two flights landed.",
            "8:40"
        ));
        assert!(as_of(
            "8:15 AM Utah Emergency Management has received earthquake reports.",
            "8:15"
        ));
        assert!(as_of(
            "Munshiganj's Deputy Commissioner said that 44 passengers were rescued until 12.15pm.",
            "12.15pm"
        ));
        assert!(!as_of(
            "Firefighters battled the blaze until 3 a.m., when it was put out.",
            "3"
        ));
        assert!(!as_of("7:09 a.m. Wednesday: a quake struck Magna.", "7:09"));
        assert!(!as_of("8:15 a.m., the ferry left the port.", "8:15"));
        assert!(!as_of(
            "17h ngày 20/5, tại Hà Nội đã xảy ra vụ cháy.",
            "17h"
        ));
        assert!(!as_of(
            "Đến 16h cùng ngày, anh Trung đi ra gara thì phát hiện anh Huy.",
            "16h"
        ));
        assert!(as_of(
            "Đến 9 giờ sáng cùng ngày, các lực lượng đã tìm thấy thêm thi thể 3 nạn nhân, nâng tổng số người chết là 51 người.",
            "9"
        ));
        assert!(as_of(
            "By 18:00 rescuers pulled two more bodies from the river, bringing the toll to 14.",
            "18:00"
        ));
        assert!(!as_of("Vụ tự tử xảy ra lúc 17 giờ 30 hôm nay.", "17"));
        let tally = "Tới 8h20 sáng 7-9, đã có ít nhất 12 người được xác định tử vong.";
        assert!(as_of(tally, "8h20"));
        assert!(!as_of("Đến 16h, đã có mặt tại hiện trường.", "16h"));
        // The day of that time is the report's day too.
        let (toks, day) = tokens_at(tally, "7-9");
        assert_eq!(clock_before(&toks, day), Some(1));
        let (toks, day) = tokens_at("Khoảng 21h ngày 6/9, quán bốc cháy.", "6/9");
        assert_eq!(clock_before(&toks, day), Some(1));
        let (toks, day) = tokens_at("Ngày 6/9, quán bốc cháy.", "6/9");
        assert_eq!(clock_before(&toks, day), None);
    }

    /// The concept keys of a sentence read across languages.
    fn concepts(sentence: &str) -> Vec<u64> {
        sentence_words(sentence, true).keys_across
    }

    #[test]
    fn words_of_one_meaning_meet_across_languages_and_others_do_not() {
        let shared = |a: &str, b: &str| {
            let (a, b) = (concepts(a), concepts(b));
            a.iter().filter(|k| b.contains(k)).count()
        };
        // killed ~ thiệt mạng, crashed ~ rơi, Greece ~ Hy Lạp.
        assert_eq!(shared("killed", "thiệt mạng"), 1);
        assert_eq!(shared("the plane crashed", "máy bay rơi"), 2);
        assert_eq!(shared("in Greece", "ở Hy Lạp"), 1);
        assert_eq!(shared("injured", "thiệt mạng"), 0);
        // Within one language nothing is read as a concept.
        let one = sentence_words("12 người thiệt mạng", false);
        assert!(one.keys_across.is_empty() && one.across.is_empty());
    }

    #[test]
    fn the_period_of_a_rate_is_read_back_to_the_figure_before() {
        let period = |sentence: &str, figure: &str| {
            let (toks, first) = tokens_at(sentence, figure);
            period_before(&toks, first)
        };
        let gdp = "GDP quý III/2025 ước tăng 8,23%, tính chung 9 tháng GDP tăng 7,85%.";
        assert_eq!(period(gdp, "8,23"), Some(Period::Quarter(3)));
        assert_eq!(period(gdp, "7,85"), Some(Period::Months(9)));
        assert_eq!(
            period("CPI tháng 9 tăng 3,38% so với cùng kỳ.", "3,38"),
            Some(Period::Month(9))
        );
        assert_eq!(
            period("In the third quarter, GDP grew 3.1%.", "3.1"),
            Some(Period::Quarter(3))
        );
        assert_eq!(period("Khu vực dịch vụ tăng 8,56%.", "8,56"), None);
        // A whole year, unless a quarter is named further back; a base's year is no period.
        assert_eq!(
            period(
                "Về sử dụng GDP năm 2022, tiêu dùng cuối cùng tăng 7,18%.",
                "7,18"
            ),
            Some(Period::Year)
        );
        assert_eq!(
            period("Trong quý IV năm 2022, GDP tăng 5,92%.", "5,92"),
            Some(Period::Quarter(4))
        );
        assert_eq!(
            period("so với cùng kỳ năm 2021, xuất khẩu tăng 4,86%.", "4,86"),
            None
        );
    }

    #[test]
    fn a_rate_s_period_may_follow_it_open_its_sentence_or_be_the_rate_before_s() {
        let period = |sentence: &str, figure: &str| {
            let (toks, first) = tokens_at(sentence, figure);
            period_of(&toks, first)
        };
        assert_eq!(
            period(
                "Như vậy, cùng với mức tăng 5,05% trong quý I; 7,83% trong quý II.",
                "7,83"
            ),
            Some(Period::Quarter(2))
        );
        // A qualifier opening the mention ("hơn 5,3%") stands between too.
        assert_eq!(
            period("GDP tăng trưởng hơn 5,3% trong quý III", "hơn"),
            Some(Period::Quarter(3))
        );
        assert_eq!(
            period(
                "Về sử dụng GDP quý IV/2022, tiêu dùng tăng 7,12%, đóng góp 82,6%; tích lũy tài sản tăng 5,61%.",
                "5,61"
            ),
            Some(Period::Quarter(4))
        );
        assert_eq!(
            period(
                "CPI bình quân quý IV tăng 0,67% so với quý trước, tăng 4,41% so với cùng kỳ.",
                "4,41"
            ),
            Some(Period::Quarter(4))
        );
    }

    #[test]
    fn what_rose_joins_nouns_by_and_and_carries_over_a_period_after_a_comma() {
        let changed = |sentence: &str, figure: &str| {
            let (toks, first) = tokens_at(sentence, figure);
            what_changed(&toks, first - 1)
        };
        let key = |w: &str| {
            let (toks, at) = tokens_at(w, w.split(' ').next().unwrap_or(w));
            toks[at].key
        };
        // "công nghiệp và xây dựng" rose, not only "xây dựng".
        let both = changed("Khu vực công nghiệp và xây dựng tăng 9,46%.", "9,46");
        assert!(both.contains(&key("nghiệp")) && both.contains(&key("dựng")));
        // The last of the two things joined is told apart: industry alone is another figure.
        let (toks, first) = tokens_at("Khu vực công nghiệp và xây dựng tăng 9,46%.", "9,46");
        let (_, last) = what_changed_parts(&toks, first - 1);
        assert_eq!(last, {
            let mut k = vec![key("xây"), key("dựng")];
            k.sort_unstable();
            k
        });
        // A span of months between what rose and its verb is stepped over.
        let industry = changed(
            "Giá trị tăng thêm ngành công nghiệp 9 tháng tăng 8,34%.",
            "8,34",
        );
        assert!(industry.contains(&key("nghiệp")), "{industry:?}");
        // "9 tháng tăng 3,27%" after a comma: the CPI of the clause before rose again.
        let cpi =
            "Chỉ số giá tiêu dùng (CPI) tháng 9 tăng 3,38% so với cùng kỳ, 9 tháng tăng 3,27%.";
        assert_eq!(changed(cpi, "3,27"), changed(cpi, "3,38"));
        assert!(!changed(cpi, "3,38").is_empty());
        // After a base and "và", the verb's subject is the earlier verb's.
        let base = "CPI tháng 5 tăng 0,54% so với tháng trước và tăng 2,28% so với cùng kỳ.";
        assert_eq!(changed(base, "2,28"), changed(base, "0,54"));
        // A period between what rose and the verb is stepped over; a bracket's rates and a
        // list's items with no subject of their own are the rate before's.
        let gdp = "GDP quý IV/2022 ước tính tăng 5,92%, CPI tăng 3,15%.";
        assert_eq!(changed(gdp, "5,92"), vec![key("GDP")]);
        let quarters = "GDP năm 2022 tăng 8,02% (quý I tăng 5,05%; quý II tăng 7,83%).";
        assert_eq!(changed(quarters, "5,05"), vec![key("GDP")]);
        assert_eq!(changed(quarters, "7,83"), vec![key("GDP")]);
    }
}
