//! Event frames of sentences: the kind of happening a sentence names (talks, call, fire,
//! quake…), its place and its date. It must not compare claims; `align` uses frames to decide
//! which claims speak of the same event.
//!
//! Cost: O(tokens × trigger-table) per sentence with a claim; the tables are small constants.

use crate::claim::{Claim, DateValue, Kind, Value};
use crate::entity::{self, EntityKind};
use crate::token::{Class, PhraseIndex, Tok, WordSet};
use chrono::NaiveDate;
use std::fmt;

/// Words that name a happening, by kind. Talks and meetings share a kind: outlets call the
/// same meeting "cuộc họp", "hội đàm" and "đàm phán" interchangeably.
const TRIGGERS: &[(&[&str], &str)] = &[
    (&["đàm", "phán"], "talks"),
    (&["hội", "đàm"], "talks"),
    (&["cuộc", "họp"], "talks"),
    (&["họp"], "talks"),
    (&["cuộc", "gặp"], "talks"),
    (&["gặp"], "talks"),
    (&["hội", "nghị"], "talks"),
    (&["cuộc", "nói", "chuyện"], "talks"),
    (&["talks"], "talks"),
    (&["meeting"], "talks"),
    (&["met"], "talks"),
    (&["summit"], "talks"),
    (&["điện", "đàm"], "call"),
    (&["phone", "call"], "call"),
    (&["phỏng", "vấn"], "interview"),
    (&["interview"], "interview"),
    // "opened fire" is a shooting, not a fire: read before "fire".
    (&["opened", "fire"], "attack"),
    (&["open", "fire"], "attack"),
    (&["opens", "fire"], "attack"),
    (&["opening", "fire"], "attack"),
    (&["nổ", "súng"], "attack"),
    (&["shooting"], "attack"),
    (&["hỏa", "hoạn"], "fire"),
    (&["vụ", "cháy"], "fire"),
    (&["cháy"], "fire"),
    (&["fire"], "fire"),
    // Who fights fires names none: "the city's fire chief said", "the fire department".
    (&["fire", "chief"], NO_HAPPENING),
    (&["fire", "chiefs"], NO_HAPPENING),
    (&["fire", "department"], NO_HAPPENING),
    (&["fire", "departments"], NO_HAPPENING),
    (&["fire", "brigade"], NO_HAPPENING),
    (&["fire", "service"], NO_HAPPENING),
    (&["fire", "services"], NO_HAPPENING),
    (&["fire", "officials"], NO_HAPPENING),
    (&["fire", "station"], NO_HAPPENING),
    (&["fire", "crews"], NO_HAPPENING),
    (&["fire", "engines"], NO_HAPPENING),
    (&["fire", "trucks"], NO_HAPPENING),
    (&["phòng", "cháy", "chữa", "cháy"], NO_HAPPENING),
    (&["phòng", "cháy"], NO_HAPPENING),
    (&["blaze"], "fire"),
    (&["wildfire"], "fire"),
    (&["wildfires"], "fire"),
    (&["động", "đất"], "earthquake"),
    (&["earthquake"], "earthquake"),
    (&["quake"], "earthquake"),
    (&["tremor"], "earthquake"),
    // "Two 6.3 magnitude earthquakes killed dozens": quakes and aftershocks of one day.
    (&["earthquakes"], "earthquake"),
    (&["quakes"], "earthquake"),
    (&["tremors"], "earthquake"),
    // An aftershock is a quake of its own, dated by its own day.
    (&["aftershock"], "earthquake"),
    (&["aftershocks"], "earthquake"),
    (&["dư", "chấn"], "earthquake"),
    (&["tai", "nạn"], "accident"),
    // "gặp nạn", "gặp sự cố": met with an accident, not a meeting (read before "gặp").
    (&["gặp", "nạn"], "accident"),
    (&["gặp", "sự", "cố"], "accident"),
    (&["gặp", "trục", "trặc"], "accident"),
    // "tàu gặp giông", "gặp bão": caught in weather, not a meeting.
    (&["gặp", "giông"], "storm"),
    (&["gặp", "dông"], "storm"),
    (&["gặp", "bão"], "storm"),
    (&["gặp", "lốc"], "storm"),
    // The same in English: "the Coromandel Express met with an accident".
    (&["met", "with", "an", "accident"], "accident"),
    (&["met", "with", "accident"], "accident"),
    (&["met", "with", "a", "mishap"], "accident"),
    (&["va", "chạm"], "accident"),
    (&["crash"], "accident"),
    (&["crashed"], "accident"),
    (&["crashes"], "accident"),
    (&["collision"], "accident"),
    (&["collided"], "accident"),
    (&["derailed"], "accident"),
    (&["capsized"], "accident"),
    (&["stampede"], "accident"),
    // "xe khách 16 chỗ gặp sạt lở": met with a landslide, no meeting (read before "gặp").
    (&["gặp", "sạt", "lở"], "landslide"),
    (&["sạt", "lở"], "landslide"),
    (&["lở", "đất"], "landslide"),
    (&["landslide"], "landslide"),
    (&["landslides"], "landslide"),
    (&["mudslide"], "landslide"),
    (&["lũ"], "flood"),
    (&["flood"], "flood"),
    (&["floods"], "flood"),
    (&["flooding"], "flood"),
    (&["bão"], "storm"),
    (&["storm"], "storm"),
    (&["typhoon"], "storm"),
    (&["hurricane"], "storm"),
    (&["cyclone"], "storm"),
    (&["tuyên", "án"], "verdict"),
    (&["xét", "xử"], "verdict"),
    (&["phiên", "tòa"], "verdict"),
    (&["verdict"], "verdict"),
    (&["tấn", "công"], "attack"),
    (&["đánh", "bom"], "attack"),
    (&["xả", "súng"], "attack"),
    (&["attack"], "attack"),
    (&["attacked"], "attack"),
    (&["bombing"], "attack"),
    // An explosion is no attack until someone says so (a port's warehouse, a chemical plant):
    // "vụ nổ" in Vietnamese copy, "explosion", "blast" in English.
    (&["vụ", "nổ"], "explosion"),
    (&["explosion"], "explosion"),
    (&["explosions"], "explosion"),
    (&["blast"], "explosion"),
    (&["exploded"], "explosion"),
    // An arrest and the charge that follows are one happening of a crime story: outlets date
    // "bắt tạm giam" and "khởi tố, tạm giam" of the same man differently.
    (&["bắt", "tạm", "giam"], "arrest"),
    (&["tạm", "giam"], "arrest"),
    (&["bắt", "giữ"], "arrest"),
    (&["khởi", "tố"], "arrest"),
    (&["arrested"], "arrest"),
    (&["detained"], "arrest"),
    (&["bầu", "cử"], "election"),
    (&["election"], "election"),
];

/// Words beside which a landslide is a vote won by far.
const POLITICAL_LANDSLIDE: &[&str] = &[
    "election",
    "elections",
    "vote",
    "votes",
    "voters",
    "majority",
    "seats",
    "victory",
    "win",
    "won",
    "party",
    "bầu",
    "phiếu",
];

/// A phrase that starts like a trigger and names no happening ("fire chief").
const NO_HAPPENING: &str = "";

/// The triggers, indexed by their first word.
static TRIGGER_INDEX: std::sync::LazyLock<PhraseIndex<&'static str>> =
    std::sync::LazyLock::new(|| PhraseIndex::new(TRIGGERS.iter().copied()));

/// What a sentence says about the happening it reports.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Frame {
    pub kind: Option<&'static str>,
    pub place: Option<&'static str>,
    pub date: Option<NaiveDate>,
}

impl Frame {
    /// Fills what this frame lacks from the frame of an earlier sentence about the same kind of
    /// happening ("the meeting lasted 90 minutes" after "they met in Geneva on Friday").
    pub fn carry_from(self, earlier: &Frame) -> Frame {
        if self.kind.is_none() || self.kind != earlier.kind {
            return self;
        }
        // A new place or date means a new event: carry nothing over.
        let new_place = self.place.is_some() && self.place != earlier.place;
        let new_date = self.date.is_some() && self.date != earlier.date;
        if new_place || new_date {
            return Frame {
                place: self.place.or(if new_date { None } else { earlier.place }),
                date: self.date.or(if new_place { None } else { earlier.date }),
                ..self
            };
        }
        Frame {
            kind: self.kind,
            place: self.place.or(earlier.place),
            date: self.date.or(earlier.date),
        }
    }

    /// Whether two frames can be the same event: same kind, no conflicting place, dates no
    /// more than `window` days apart, and at least one of place or date known on both sides.
    pub fn compatible(&self, other: &Frame, window: i64) -> bool {
        if self.kind.is_none() || self.kind != other.kind {
            return false;
        }
        let place = match (self.place, other.place) {
            (Some(a), Some(b)) if a != b => return false,
            (Some(_), Some(_)) => true,
            _ => false,
        };
        let date = match (self.date, other.date) {
            (Some(a), Some(b)) if (a - b).num_days().abs() > window => return false,
            (Some(_), Some(_)) => true,
            _ => false,
        };
        place || date
    }
}

impl fmt::Display for Frame {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts: Vec<String> = Vec::new();
        parts.push(self.kind.unwrap_or("event").to_string());
        if let Some(p) = self.place {
            parts.push(p.to_string());
        }
        if let Some(d) = self.date {
            parts.push(d.format("%Y-%m-%d").to_string());
        }
        f.write_str(&parts.join(" · "))
    }
}

/// The frame of one sentence, from its tokens and the date claims found in it. With several
/// places in a sentence, the one nearest the date is the event's ("the Brussels meeting came
/// after the talks in Geneva on Monday").
pub fn frame(toks: &[Tok], claims: &[Claim]) -> Frame {
    let mut out = Frame::default();
    let date = claims.iter().find_map(|c| match (c.kind, &c.value) {
        (Kind::Date, Value::Date(DateValue::Day(d))) => Some((*d, c.span.start)),
        _ => None,
    });
    out.date = date.map(|d| d.0);
    // A phrase that names no happening is stepped over whole ("phòng cháy chữa cháy" holds
    // "cháy" twice).
    let mut i = 0;
    while i < toks.len() {
        // "the Met Office" forecasts, it held no meeting: the verb is written in lower case.
        if toks[i].s == "Met" {
            i += 1;
            continue;
        }
        match TRIGGER_INDEX.longest_at(toks, i, false) {
            Some((kind, n)) if kind == NO_HAPPENING => i += n,
            // "Labour landslide", "a landslide majority": a vote won by far, no slope that gave.
            Some(("landslide", n)) if toks.iter().any(|t| t.is_any(POLITICAL_LANDSLIDE)) => i += n,
            // "Taiwan's National Fire Agency said": a word of a happening inside an
            // institution's name says who spoke, not what happened.
            Some((_, n)) if toks[i].is_capitalized() && names_an_institution(toks, i + n) => i += n,
            Some((kind, _)) => {
                out.kind = Some(kind);
                break;
            }
            None => i += 1,
        }
    }
    // A place matters only to a named happening: without one, no place is looked up.
    if out.kind.is_none() {
        return out;
    }
    let mut best_place: Option<(usize, &'static str)> = None;
    for (i, t) in toks.iter().enumerate() {
        // A place is looked up first: most tokens are none, and only a place has a home.
        if let Some((id, EntityKind::Place, len)) = entity::alias_at(toks, i) {
            if is_home(toks, i) || names_an_institution(toks, i + len) || names_a_zone(toks, i, len)
            {
                continue;
            }
            let distance = date.map_or(0, |(_, at)| at.abs_diff(t.start));
            if best_place.is_none_or(|(d, _)| distance < d) {
                best_place = Some((distance, id));
            }
        }
    }
    out.place = best_place.map(|p| p.1);
    out
}

/// Whether the place at `i` (`len` tokens) tells a time's zone, not where the happening was:
/// "(giờ Hà Nội)", "7.58am Singapore time".
fn names_a_zone(toks: &[Tok], i: usize, len: usize) -> bool {
    (i > 0 && toks[i - 1].is("giờ")) || toks.get(i + len).is_some_and(|t| t.is("time"))
}

/// Whether the capitalised English words from `k` (right after a place) go on to name an
/// institution the place is part of the name of ("European Mediterranean Seismological
/// Centre", "Hanoi Medical University Hospital", "Vietnam News Agency"): who said a thing,
/// not where the happening was.
fn names_an_institution(toks: &[Tok], k: usize) -> bool {
    const HEADS: &[&str] = &[
        "Centre",
        "Center",
        "University",
        "Hospital",
        "Agency",
        "Institute",
        "Office",
        "Department",
        "Ministry",
        "Council",
        "Committee",
        "Authority",
        "Service",
        "Survey",
        "News",
        "Times",
        "Post",
        "Herald",
        "Airlines",
        "Airways",
    ];
    toks[k.min(toks.len())..]
        .iter()
        .take(3)
        .take_while(|t| t.is_capitalized() && t.s.is_ascii())
        .any(|t| HEADS.contains(&t.s))
}

/// Words that open where a person lives or comes from ("quê", "trú", "ngụ").
pub static HOME_WORDS: std::sync::LazyLock<WordSet> =
    std::sync::LazyLock::new(|| WordSet::new(["quê", "trú", "ngụ"]));

/// Whether the place at `i` is where a person lives or comes from ("quê Thanh Hóa", "trú tại
/// phường Tân An, TP Buôn Ma Thuột", "ngụ TP Vũng Tàu"), which says who the person is, not
/// where the happening was. The address runs back from the place over names, numbers, commas
/// and the words of an address to the word that opens it.
fn is_home(toks: &[Tok], i: usize) -> bool {
    static ADDRESS: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| {
        WordSet::new([
            "phường",
            "xã",
            "huyện",
            "tỉnh",
            "tp",
            "thành",
            "phố",
            "quận",
            "thị",
            "trấn",
            "xóm",
            "ấp",
            "thôn",
            "khu",
            "tổ",
            "số",
            "đường",
            "tại",
            "ở",
            "-",
        ])
    });
    for t in toks[..i].iter().rev().take(16) {
        if HOME_WORDS.contains(t) {
            return true;
        }
        let part_of_address =
            t.upper || t.class == Class::Num || t.s == "," || t.s == "." || ADDRESS.contains(t);
        if !part_of_address {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2022, 1, day)
    }

    #[test]
    fn carry_over_fills_the_same_kind_only() {
        let geneva = Frame {
            kind: Some("talks"),
            place: Some("Geneva"),
            date: d(21),
        };
        let meeting = Frame {
            kind: Some("talks"),
            place: None,
            date: None,
        };
        assert_eq!(meeting.carry_from(&geneva), geneva);
        let call = Frame {
            kind: Some("call"),
            ..Frame::default()
        };
        assert_eq!(call.carry_from(&geneva), call);
        let brussels = Frame {
            kind: Some("talks"),
            place: Some("Brussels"),
            date: None,
        };
        assert_eq!(brussels.carry_from(&geneva).date, None);
    }

    #[test]
    fn a_place_whose_time_a_clock_time_is_told_in_is_no_place_of_the_happening() {
        let place = |text: &str| frame_of(text).place;
        assert_eq!(
            place("động đất xảy ra lúc 11 giờ 35 phút (giờ Hà Nội)"),
            None
        );
        assert_eq!(place("the fire broke out at 7.58am Berlin time"), None);
        assert!(place("động đất xảy ra tại Hà Nội").is_some());
        assert!(place("the fire broke out in Berlin at 7.58am").is_some());
    }

    #[test]
    fn a_bus_that_met_with_an_accident_held_no_meeting() {
        let kind = |text: &str| frame_of(text).kind;
        assert_eq!(kind("xe khách gặp nạn trên Quốc lộ 1"), Some("accident"));
        assert_eq!(
            kind("đến 13 giờ 30 phút tàu gặp giông bất ngờ"),
            Some("storm")
        );
        assert_eq!(kind("hai bộ trưởng gặp nhau tại Geneva"), Some("talks"));
        assert_eq!(kind("According to the Met Office, it was 40C"), None);
        assert_eq!(kind("The ministers met in Geneva"), Some("talks"));
        assert_eq!(
            kind("The express met with an accident at the station"),
            Some("accident")
        );
        assert_eq!(
            kind("Two earthquakes struck the province"),
            Some("earthquake")
        );
        // English reports name the happening by its verb or a synonym as often as by its noun.
        assert_eq!(
            kind("A regional airliner crashed in Brazil Monday"),
            Some("accident")
        );
        assert_eq!(
            kind("the 6.4 magnitude quake struck at dawn"),
            Some("earthquake")
        );
        assert_eq!(kind("Typhoon Haiyan made landfall"), Some("storm"));
        // A fire chief speaks of a crowd crush, no fire.
        assert_eq!(
            kind("Eight people were killed in a crowd surge, the city's fire chief said."),
            None
        );
        assert_eq!(
            kind("a fire broke out, the fire department said"),
            Some("fire")
        );
        // An agency's name is who spoke (Hualien, 3 April 2024).
        assert_eq!(
            kind("Taiwan's National Fire Agency said more than 900 people were injured when the earthquake struck"),
            Some("earthquake")
        );
        assert_eq!(
            kind("7.4 Magnitude Earthquake Hits Taiwan"),
            Some("earthquake")
        );
        // The fire police name no fire.
        assert_eq!(
            kind("Phòng Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ tìm kiếm 2 nạn nhân"),
            None
        );
        // An explosion is of the kind Vietnamese copy's "vụ nổ" is.
        assert_eq!(
            kind("an explosion occurred in one of the chemical factories"),
            kind("vụ nổ xảy ra tại nhà máy hóa chất")
        );
        assert_eq!(kind("the blast tore apart a plant"), Some("explosion"));
    }

    /// The frame of a sentence with no claims.
    fn frame_of(text: &str) -> Frame {
        let mut toks = Vec::new();
        crate::token::tokenize(text, crate::claim::Span::new(0, text.len()), &mut toks);
        frame(&toks, &[])
    }

    #[test]
    fn a_landslide_is_a_happening_unless_a_vote_is_won_by_one() {
        for (text, kind) in [
            (
                "xe khách 16 chỗ gặp sạt lở tại vị trí km10+900",
                Some("landslide"),
            ),
            ("A landslide buried the bus on Tuesday.", Some("landslide")),
            (
                "Keir Starmer leads Labour to historic landslide in 2024 election",
                Some("election"),
            ),
            ("Labour won with a landslide majority.", None),
        ] {
            assert_eq!(frame_of(text).kind, kind, "{text}");
        }
    }

    #[test]
    fn a_place_in_an_institution_s_name_is_no_place_of_the_happening() {
        let f = frame_of(
            "The European Mediterranean Seismological Centre had pegged the earthquake at a magnitude 6.1.",
        );
        assert_eq!((f.kind.is_some(), f.place), (true, None));
        let f = frame_of("The earthquake struck near the Mediterranean coast.");
        assert_eq!(f.place, Some("Mediterranean"));
    }

    #[test]
    fn a_home_address_is_no_place_of_the_happening() {
        let arrest = frame_of(
            "cơ quan điều tra đã bắt tạm giam Đặng Văn Ngân, 54 tuổi, quê Thanh Hóa, trú tại \
             phường Tân An, TP Buôn Ma Thuột, tỉnh Đắk Lắk",
        );
        assert_eq!(arrest.kind, Some("arrest"));
        assert_eq!(arrest.place, None);
        // The same place named as where the happening was is its place.
        let fire = frame_of("một vụ cháy lớn xảy ra tại TP Buôn Ma Thuột");
        assert_eq!(fire.kind, Some("fire"));
        assert!(fire.place.is_some());
    }

    #[test]
    fn geneva_and_brussels_meetings_are_two_events() {
        let geneva = Frame {
            kind: Some("talks"),
            place: Some("Geneva"),
            date: d(21),
        };
        let brussels = Frame {
            kind: Some("talks"),
            place: Some("Brussels"),
            date: d(12),
        };
        let geneva10 = Frame {
            kind: Some("talks"),
            place: Some("Geneva"),
            date: d(10),
        };
        assert!(!geneva.compatible(&brussels, 3));
        assert!(!geneva.compatible(&geneva10, 3));
        assert!(geneva.compatible(
            &Frame {
                date: d(20),
                ..geneva
            },
            3
        ));
        assert!(!geneva.compatible(
            &Frame {
                kind: Some("talks"),
                ..Frame::default()
            },
            3
        ));
    }
}
