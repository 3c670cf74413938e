//! Named entities: an alias table for states, cities and organisations (Hoa Kỳ/Mỹ → US,
//! Geneve/Genève/Giơ-ne-vơ → Geneva) and fuzzy matching of person names.
//! It must not decide events or compare claims.
//!
//! Cost: alias lookup is a scan of the token window against a small table (constant per
//! token); person-name matching is O(len²) per pair of names and is only run within a slot.

use crate::token::{PhraseIndex, Tok};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    State,
    Place,
    Org,
}

/// (canonical id, kind, aliases as token sequences).
type Alias = (&'static str, EntityKind, &'static [&'static [&'static str]]);

pub const ALIASES: &[Alias] = &[
    (
        "US",
        EntityKind::State,
        &[
            &["Mỹ"],
            &["Hoa", "Kỳ"],
            &["Washington"],
            &["US"],
            &["U.S."],
            &["United", "States"],
            &["American"],
            &["Nhà", "Trắng"],
            &["Tòa", "Bạch", "Ốc"],
        ],
    ),
    (
        "RU",
        EntityKind::State,
        &[
            &["Nga"],
            &["Moscow"],
            &["Matxcơva"],
            &["Mát-xcơ-va"],
            &["Điện", "Kremlin"],
            &["Kremlin"],
            &["Russia"],
            &["Russian"],
            &["Russians"],
        ],
    ),
    (
        "UA",
        EntityKind::State,
        &[
            &["Ukraine"],
            &["Ukraina"],
            &["Kiev"],
            &["Kyiv"],
            &["Kiep"],
            &["Ukrainian"],
        ],
    ),
    (
        "NATO",
        EntityKind::Org,
        &[
            &["NATO"],
            &["Tổ", "chức", "Hiệp", "ước", "Bắc", "Đại", "Tây", "Dương"],
        ],
    ),
    (
        "EU",
        EntityKind::Org,
        &[
            &["EU"],
            &["Liên", "minh", "châu", "Âu"],
            &["European", "Union"],
        ],
    ),
    ("OSCE", EntityKind::Org, &[&["OSCE"]]),
    (
        "CN",
        EntityKind::State,
        &[
            &["Trung", "Quốc"],
            &["Bắc", "Kinh"],
            &["China"],
            &["Chinese"],
            &["Beijing"],
        ],
    ),
    (
        "VN",
        EntityKind::State,
        &[&["Việt", "Nam"], &["Vietnam"], &["Viet", "Nam"], &["Việt"]],
    ),
    (
        "GB",
        EntityKind::State,
        &[
            &["Anh", "Quốc"],
            &["nước", "Anh"],
            &["Britain"],
            &["UK"],
            &["British"],
        ],
    ),
    (
        "FR",
        EntityKind::State,
        &[&["Pháp"], &["France"], &["French"]],
    ),
    (
        "DE",
        EntityKind::State,
        &[&["Germany"], &["German"], &["nước", "Đức"]],
    ),
    (
        "JP",
        EntityKind::State,
        &[
            &["Nhật", "Bản"],
            &["Nhật"],
            &["Japan"],
            &["Japanese"],
            &["Tokyo"],
        ],
    ),
    ("GE", EntityKind::State, &[&["Gruzia"], &["Georgia"]]),
    (
        "KP",
        EntityKind::State,
        &[
            &["Triều", "Tiên"],
            &["CHDCND", "Triều", "Tiên"],
            &["Bắc", "Triều", "Tiên"],
            &["Bình", "Nhưỡng"],
            &["North", "Korea"],
            &["Pyongyang"],
        ],
    ),
    (
        "KR",
        EntityKind::State,
        &[
            &["Hàn", "Quốc"],
            &["Nam", "Triều", "Tiên"],
            &["Seoul"],
            &["South", "Korea"],
        ],
    ),
    (
        "TW",
        EntityKind::State,
        &[&["Đài", "Loan"], &["Đài", "Bắc"], &["Taiwan"], &["Taipei"]],
    ),
    (
        "TH",
        EntityKind::State,
        &[&["Thái", "Lan"], &["Thailand"], &["Bangkok"]],
    ),
    (
        "IN",
        EntityKind::State,
        &[&["Ấn", "Độ"], &["India"], &["New", "Delhi"]],
    ),
    (
        "AU",
        EntityKind::State,
        &[&["Australia"], &["Úc"], &["Canberra"]],
    ),
    ("IL", EntityKind::State, &[&["Israel"]]),
    ("IR", EntityKind::State, &[&["Iran"]]),
    ("IQ", EntityKind::State, &[&["Iraq"]]),
    ("SY", EntityKind::State, &[&["Syria"]]),
    (
        "TR",
        EntityKind::State,
        &[&["Thổ", "Nhĩ", "Kỳ"], &["Turkey"]],
    ),
    ("PH", EntityKind::State, &[&["Philippines"], &["Manila"]]),
    ("ID", EntityKind::State, &[&["Indonesia"], &["Jakarta"]]),
    (
        "MY",
        EntityKind::State,
        &[&["Malaysia"], &["Kuala", "Lumpur"]],
    ),
    ("SG", EntityKind::State, &[&["Singapore"]]),
    (
        "LA",
        EntityKind::State,
        &[&["Lào"], &["Laos"], &["Viêng", "Chăn"]],
    ),
    (
        "KH",
        EntityKind::State,
        &[&["Campuchia"], &["Cambodia"], &["Phnom", "Penh"]],
    ),
    (
        "IT",
        EntityKind::State,
        &[&["Italy"], &["Italia"], &["Ý"], &["Rome"]],
    ),
    (
        "ES",
        EntityKind::State,
        &[&["Tây", "Ban", "Nha"], &["Spain"], &["Madrid"]],
    ),
    ("CA", EntityKind::State, &[&["Canada"]]),
    ("BR", EntityKind::State, &[&["Brazil"]]),
    ("MX", EntityKind::State, &[&["Mexico"]]),
    (
        "PL",
        EntityKind::State,
        &[&["Ba", "Lan"], &["Poland"], &["Warsaw"]],
    ),
    ("MA", EntityKind::State, &[&["Morocco"], &["Ma-rốc"]]),
    (
        "UN",
        EntityKind::Org,
        &[&["Liên", "Hợp", "Quốc"], &["United", "Nations"], &["LHQ"]],
    ),
    (
        "WHO",
        EntityKind::Org,
        &[&["WHO"], &["Tổ", "chức", "Y", "tế", "Thế", "giới"]],
    ),
    ("BY", EntityKind::State, &[&["Belarus"]]),
    ("AF", EntityKind::State, &[&["Afghanistan"]]),
    ("EG", EntityKind::State, &[&["Ai", "Cập"], &["Egypt"]]),
    // States whose people the wire copy counts by nationality ("32 Kenyans, nine
    // Ethiopians"), with their Vietnamese names.
    ("KE", EntityKind::State, &[&["Kenya"], &["Kê-ni-a"]]),
    ("ET", EntityKind::State, &[&["Ethiopia"], &["Ê-ti-ô-pi-a"]]),
    ("NG", EntityKind::State, &[&["Nigeria"]]),
    (
        "ZA",
        EntityKind::State,
        &[&["Nam", "Phi"], &["South", "Africa"]],
    ),
    ("PK", EntityKind::State, &[&["Pakistan"]]),
    ("BD", EntityKind::State, &[&["Bangladesh"]]),
    ("NP", EntityKind::State, &[&["Nepal"]]),
    ("LK", EntityKind::State, &[&["Sri", "Lanka"]]),
    ("MM", EntityKind::State, &[&["Myanmar"]]),
    ("SK", EntityKind::State, &[&["Slovakia"]]),
    ("NL", EntityKind::State, &[&["Hà", "Lan"], &["Netherlands"]]),
    ("BE", EntityKind::State, &[&["Belgium"]]),
    ("SE", EntityKind::State, &[&["Thụy", "Điển"], &["Sweden"]]),
    ("NO", EntityKind::State, &[&["Na", "Uy"], &["Norway"]]),
    (
        "CH",
        EntityKind::State,
        &[&["Thụy", "Sĩ"], &["Switzerland"]],
    ),
    ("GR", EntityKind::State, &[&["Hy", "Lạp"], &["Greece"]]),
    (
        "PT",
        EntityKind::State,
        &[&["Bồ", "Đào", "Nha"], &["Portugal"]],
    ),
    ("AR", EntityKind::State, &[&["Argentina"]]),
    ("CO", EntityKind::State, &[&["Colombia"]]),
    (
        "SA",
        EntityKind::State,
        &[&["Ả", "Rập", "Xê", "Út"], &["Saudi", "Arabia"]],
    ),
    ("LB", EntityKind::State, &[&["Lebanon"], &["Li-băng"]]),
    ("IE", EntityKind::State, &[&["Ireland"]]),
    ("DK", EntityKind::State, &[&["Đan", "Mạch"], &["Denmark"]]),
    ("FI", EntityKind::State, &[&["Phần", "Lan"], &["Finland"]]),
    ("NZ", EntityKind::State, &[&["New", "Zealand"]]),
    ("MN", EntityKind::State, &[&["Mông", "Cổ"], &["Mongolia"]]),
    (
        "Geneva",
        EntityKind::Place,
        &[
            &["Geneva"],
            &["Geneve"],
            &["Genève"],
            &["Giơ-ne-vơ"],
            &["GENEVA"],
        ],
    ),
    (
        "Brussels",
        EntityKind::Place,
        &[&["Brussels"], &["Bruxelles"], &["Brúc-xen"], &["BRUSSELS"]],
    ),
    ("Berlin", EntityKind::Place, &[&["Berlin"], &["BERLIN"]]),
    ("Doha", EntityKind::Place, &[&["Doha"]]),
    (
        "Hà Nội",
        EntityKind::Place,
        &[&["Hà", "Nội"], &["Hanoi"], &["HÀ", "NỘI"]],
    ),
    (
        "TP.HCM",
        EntityKind::Place,
        &[
            &["TP.HCM"],
            &["TPHCM"],
            &["Thành", "phố", "Hồ", "Chí", "Minh"],
            &["Sài", "Gòn"],
            &["HCMC"],
        ],
    ),
    ("Đà Nẵng", EntityKind::Place, &[&["Đà", "Nẵng"]]),
    ("Hải Phòng", EntityKind::Place, &[&["Hải", "Phòng"]]),
    // Provinces and main cities of Viet Nam (the 2016 list of 63 provinces), for telling a
    // place from a person: "chủ nhà Khánh Hòa" is a team from a province, not a person. Cities
    // that are also given names (Vinh, Huế) are left out: "trung úy Vinh" is a person.
    ("An Giang", EntityKind::Place, &[&["An", "Giang"]]),
    ("Bắc Giang", EntityKind::Place, &[&["Bắc", "Giang"]]),
    ("Bắc Kạn", EntityKind::Place, &[&["Bắc", "Kạn"]]),
    ("Bạc Liêu", EntityKind::Place, &[&["Bạc", "Liêu"]]),
    ("Bắc Ninh", EntityKind::Place, &[&["Bắc", "Ninh"]]),
    ("Bến Tre", EntityKind::Place, &[&["Bến", "Tre"]]),
    ("Bình Định", EntityKind::Place, &[&["Bình", "Định"]]),
    ("Bình Dương", EntityKind::Place, &[&["Bình", "Dương"]]),
    ("Bình Phước", EntityKind::Place, &[&["Bình", "Phước"]]),
    ("Bình Thuận", EntityKind::Place, &[&["Bình", "Thuận"]]),
    ("Cà Mau", EntityKind::Place, &[&["Cà", "Mau"]]),
    ("Cao Bằng", EntityKind::Place, &[&["Cao", "Bằng"]]),
    ("Cần Thơ", EntityKind::Place, &[&["Cần", "Thơ"]]),
    ("Đắk Lắk", EntityKind::Place, &[&["Đắk", "Lắk"]]),
    ("Đắk Nông", EntityKind::Place, &[&["Đắk", "Nông"]]),
    ("Điện Biên", EntityKind::Place, &[&["Điện", "Biên"]]),
    ("Đồng Nai", EntityKind::Place, &[&["Đồng", "Nai"]]),
    ("Đồng Tháp", EntityKind::Place, &[&["Đồng", "Tháp"]]),
    ("Gia Lai", EntityKind::Place, &[&["Gia", "Lai"]]),
    ("Hà Giang", EntityKind::Place, &[&["Hà", "Giang"]]),
    ("Hà Nam", EntityKind::Place, &[&["Hà", "Nam"]]),
    ("Hà Tĩnh", EntityKind::Place, &[&["Hà", "Tĩnh"]]),
    ("Hải Dương", EntityKind::Place, &[&["Hải", "Dương"]]),
    ("Hậu Giang", EntityKind::Place, &[&["Hậu", "Giang"]]),
    (
        "Hòa Bình",
        EntityKind::Place,
        &[&["Hoà", "Bình"], &["Hòa", "Bình"]],
    ),
    ("Hưng Yên", EntityKind::Place, &[&["Hưng", "Yên"]]),
    (
        "Khánh Hòa",
        EntityKind::Place,
        &[&["Khánh", "Hoà"], &["Khánh", "Hòa"]],
    ),
    ("Kiên Giang", EntityKind::Place, &[&["Kiên", "Giang"]]),
    ("Kon Tum", EntityKind::Place, &[&["Kon", "Tum"]]),
    ("Lai Châu", EntityKind::Place, &[&["Lai", "Châu"]]),
    ("Lâm Đồng", EntityKind::Place, &[&["Lâm", "Đồng"]]),
    ("Lạng Sơn", EntityKind::Place, &[&["Lạng", "Sơn"]]),
    ("Lào Cai", EntityKind::Place, &[&["Lào", "Cai"]]),
    ("Long An", EntityKind::Place, &[&["Long", "An"]]),
    ("Nam Định", EntityKind::Place, &[&["Nam", "Định"]]),
    ("Nghệ An", EntityKind::Place, &[&["Nghệ", "An"]]),
    ("Ninh Bình", EntityKind::Place, &[&["Ninh", "Bình"]]),
    ("Ninh Thuận", EntityKind::Place, &[&["Ninh", "Thuận"]]),
    ("Phú Thọ", EntityKind::Place, &[&["Phú", "Thọ"]]),
    ("Phú Yên", EntityKind::Place, &[&["Phú", "Yên"]]),
    ("Quảng Bình", EntityKind::Place, &[&["Quảng", "Bình"]]),
    ("Quảng Nam", EntityKind::Place, &[&["Quảng", "Nam"]]),
    ("Quảng Ngãi", EntityKind::Place, &[&["Quảng", "Ngãi"]]),
    ("Quảng Ninh", EntityKind::Place, &[&["Quảng", "Ninh"]]),
    ("Quảng Trị", EntityKind::Place, &[&["Quảng", "Trị"]]),
    ("Sóc Trăng", EntityKind::Place, &[&["Sóc", "Trăng"]]),
    ("Sơn La", EntityKind::Place, &[&["Sơn", "La"]]),
    ("Tây Ninh", EntityKind::Place, &[&["Tây", "Ninh"]]),
    ("Thái Bình", EntityKind::Place, &[&["Thái", "Bình"]]),
    ("Thái Nguyên", EntityKind::Place, &[&["Thái", "Nguyên"]]),
    (
        "Thanh Hóa",
        EntityKind::Place,
        &[&["Thanh", "Hoá"], &["Thanh", "Hóa"]],
    ),
    (
        "Thừa Thiên Huế",
        EntityKind::Place,
        &[&["Thừa", "Thiên", "Huế"]],
    ),
    ("Tiền Giang", EntityKind::Place, &[&["Tiền", "Giang"]]),
    ("Trà Vinh", EntityKind::Place, &[&["Trà", "Vinh"]]),
    ("Tuyên Quang", EntityKind::Place, &[&["Tuyên", "Quang"]]),
    ("Vĩnh Long", EntityKind::Place, &[&["Vĩnh", "Long"]]),
    ("Vĩnh Phúc", EntityKind::Place, &[&["Vĩnh", "Phúc"]]),
    ("Yên Bái", EntityKind::Place, &[&["Yên", "Bái"]]),
    (
        "Bà Rịa-Vũng Tàu",
        EntityKind::Place,
        &[&["Bà", "Rịa-Vũng", "Tàu"]],
    ),
    ("Vũng Tàu", EntityKind::Place, &[&["Vũng", "Tàu"]]),
    ("Nha Trang", EntityKind::Place, &[&["Nha", "Trang"]]),
    ("Đà Lạt", EntityKind::Place, &[&["Đà", "Lạt"]]),
    ("Hạ Long", EntityKind::Place, &[&["Hạ", "Long"]]),
    (
        "Buôn Ma Thuột",
        EntityKind::Place,
        &[&["Buôn", "Ma", "Thuột"]],
    ),
    ("Pleiku", EntityKind::Place, &[&["Pleiku"]]),
    ("Quy Nhơn", EntityKind::Place, &[&["Quy", "Nhơn"]]),
    ("Phan Thiết", EntityKind::Place, &[&["Phan", "Thiết"]]),
    (
        "Biên Hòa",
        EntityKind::Place,
        &[&["Biên", "Hoà"], &["Biên", "Hòa"]],
    ),
    ("Thủ Dầu Một", EntityKind::Place, &[&["Thủ", "Dầu", "Một"]]),
    ("Rạch Giá", EntityKind::Place, &[&["Rạch", "Giá"]]),
    ("Long Xuyên", EntityKind::Place, &[&["Long", "Xuyên"]]),
    ("Mỹ Tho", EntityKind::Place, &[&["Mỹ", "Tho"]]),
    ("Cao Lãnh", EntityKind::Place, &[&["Cao", "Lãnh"]]),
    (
        "Tuy Hòa",
        EntityKind::Place,
        &[&["Tuy", "Hoà"], &["Tuy", "Hòa"]],
    ),
    ("Phú Quốc", EntityKind::Place, &[&["Phú", "Quốc"]]),
    ("Côn Đảo", EntityKind::Place, &[&["Côn", "Đảo"]]),
    ("Lý Sơn", EntityKind::Place, &[&["Lý", "Sơn"]]),
    ("Sa Pa", EntityKind::Place, &[&["Sa", "Pa"]]),
    ("Sapa", EntityKind::Place, &[&["Sapa"]]),
    ("Móng Cái", EntityKind::Place, &[&["Móng", "Cái"]]),
    (
        "GR",
        EntityKind::State,
        &[&["Hy", "Lạp"], &["Greece"], &["Greek"]],
    ),
    (
        "Mediterranean",
        EntityKind::Place,
        &[&["Địa", "Trung", "Hải"], &["Mediterranean"]],
    ),
];

/// Every alias, indexed by its first word.
static ALIAS_INDEX: std::sync::LazyLock<PhraseIndex<(&'static str, EntityKind)>> =
    std::sync::LazyLock::new(|| {
        PhraseIndex::new(
            ALIASES
                .iter()
                .flat_map(|&(id, kind, aliases)| aliases.iter().map(move |a| (*a, (id, kind)))),
        )
    });

/// The entity whose alias starts at token `i`: (id, kind, tokens taken). The first word's case
/// matters ("Nga" the state, not a common noun).
pub fn alias_at(toks: &[Tok], i: usize) -> Option<(&'static str, EntityKind, usize)> {
    // Aliases start with a capital, but for "nước Anh", "nước Đức" (one key comparison).
    static NUOC: std::sync::LazyLock<u64> =
        std::sync::LazyLock::new(|| crate::token::fold_hash("nước"));
    let first = toks.get(i)?;
    if !first.is_capitalized() && first.key != *NUOC {
        return None;
    }
    ALIAS_INDEX
        .longest_at(toks, i, true)
        .map(|((id, kind), n)| (id, kind, n))
}

/// The state whose people an English plural names ("Iranians", "Canadians", "Germans",
/// "Chinese", "Iraqis"): a state's one-word alias with a demonym ending (its last vowel giving
/// way: "Canad-ians", "Ukrain-ians", "German-s"), or a one-word nationality alias with "s".
pub fn demonym_plural(word: &str) -> Option<&'static str> {
    // Most capitalised words end otherwise (every Vietnamese one): no hashing for them.
    if !(word.ends_with('s') || word.ends_with("ese")) || !word.is_ascii() {
        return None;
    }
    static PLURALS: std::sync::LazyLock<std::collections::HashMap<String, &'static str>> =
        std::sync::LazyLock::new(|| {
            const ENDINGS: &[&str] = &["ians", "ans", "ns", "ese", "is", "s"];
            let mut map = std::collections::HashMap::new();
            for &(id, kind, aliases) in ALIASES {
                if kind != EntityKind::State {
                    continue;
                }
                for alias in aliases.iter().filter(|a| a.len() == 1) {
                    let word = alias[0];
                    if !word.is_ascii() || word.len() < 4 {
                        continue;
                    }
                    let stems = [Some(word), word.strip_suffix(['a', 'o', 'e', 'y'])];
                    for stem in stems.into_iter().flatten() {
                        for ending in ENDINGS {
                            map.entry(format!("{stem}{ending}")).or_insert(id);
                        }
                    }
                    if word.ends_with("ese") {
                        map.entry(word.to_string()).or_insert(id);
                    }
                }
            }
            map
        });
    PLURALS.get(word).copied()
}

/// Folds a person's name for matching: no diacritics, no middle initials, lower case.
pub fn fold_person(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let base: String = name
        .nfd()
        .filter(|c| !matches!(*c as u32, 0x0300..=0x036F))
        // Letters NFD does not take apart: Vietnamese đ, Turkish dotless ı, Nordic ø, Polish ł
        // ("Aydın" is "Aydin" written in Turkish).
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            'ı' => 'i',
            'ø' => 'o',
            'Ø' => 'O',
            'ł' => 'l',
            'Ł' => 'L',
            _ => c,
        })
        .collect();
    base.split_whitespace()
        .filter(|w| !(w.trim_end_matches('.').chars().count() == 1 && w.ends_with('.')))
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two written person names are the same person, allowing transliteration and
/// middle initials (Sergei Ryabkov / Sergey A. Ryabkov) but not a different family name
/// (Phạm Đức Huy / Phan Đức Huy are two spellings to report, see [`spelling_variant`]).
pub fn same_person(a: &str, b: &str) -> bool {
    let (fa, fb) = (fold_person(a), fold_person(b));
    if fa == fb {
        return true;
    }
    // Vietnamese names are written with diacritics and every syllable counts.
    if !a.is_ascii() || !b.is_ascii() {
        return false;
    }
    let wa: Vec<&str> = fa.split(' ').collect();
    let wb: Vec<&str> = fb.split(' ').collect();
    if wa.len() != wb.len() || wa.len() < 2 {
        return false;
    }
    // Western order: the last word is the family name and must agree closely; given names may
    // differ by transliteration (Sergei/Sergey).
    wa.iter()
        .zip(&wb)
        .all(|(x, y)| strsim::jaro_winkler(x, y) >= 0.85)
}

/// Whether one person's name (folded words) is the other shortened as the press shortens
/// names: its last words ("Lộc" for "Nguyễn Quang Lộc"), or cut to initials ("Lê Thị H" for
/// "Lê Thị Hậu").
pub fn shortened_name(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() {
        return false;
    }
    let tail = &long[long.len() - short.len()..];
    short
        .iter()
        .zip(tail)
        .all(|(s, l)| l.starts_with(s.as_str()))
        || (short.len() == long.len()
            && short[..short.len() - 1] == long[..long.len() - 1]
            && long[long.len() - 1].starts_with(short[short.len() - 1].as_str()))
}

/// One slip of the keys between two spellings: a letter added, dropped, changed, or two
/// neighbours swapped ("Cecs" for "Cesc"), or none at all.
pub fn one_slip(a: &str, b: &str) -> bool {
    strsim::osa_distance(a, b) <= 1
}

/// Two spellings of one Vietnamese name: three or more syllables, exactly one differing, by one
/// letter once diacritics are folded, and neither an abbreviation ("H", "Th") of the other.
pub fn spelling_variant(a: &str, b: &str) -> bool {
    let (fa, fb) = (fold_person(a), fold_person(b));
    if fa == fb {
        return false;
    }
    let wa: Vec<&str> = fa.split(' ').collect();
    let wb: Vec<&str> = fb.split(' ').collect();
    if wa.len() != wb.len() || wa.len() < 3 {
        return false;
    }
    let differing: Vec<(&&str, &&str)> = wa.iter().zip(&wb).filter(|(x, y)| x != y).collect();
    let [(x, y)] = differing[..] else {
        return false;
    };
    x.chars().count() >= 2
        && y.chars().count() >= 2
        && !x.starts_with(*y)
        && !y.starts_with(*x)
        && strsim::levenshtein(x, y) <= 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Span;
    use crate::token::tokenize;

    #[test]
    fn a_peoples_plural_names_its_state() {
        assert_eq!(demonym_plural("Iranians"), Some("IR"));
        assert_eq!(demonym_plural("Canadians"), Some("CA"));
        assert_eq!(demonym_plural("Kenyans"), Some("KE"));
        assert_eq!(demonym_plural("Ethiopians"), Some("ET"));
        assert_eq!(demonym_plural("Ukrainians"), Some("UA"));
        assert_eq!(demonym_plural("Germans"), Some("DE"));
        assert_eq!(demonym_plural("Americans"), Some("US"));
        assert_eq!(demonym_plural("Iraqis"), Some("IQ"));
        assert_eq!(demonym_plural("Lakers"), None);
        assert_eq!(demonym_plural("Iran"), None);
    }

    fn ids(s: &str) -> Vec<&'static str> {
        let mut toks = Vec::new();
        tokenize(s, Span::new(0, s.len()), &mut toks);
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if let Some((id, _, n)) = alias_at(&toks, i) {
                out.push(id);
                i += n;
            } else {
                i += 1;
            }
        }
        out
    }

    #[test]
    fn aliases_match_across_spellings() {
        assert_eq!(ids("Hoa Kỳ và Mỹ, Washington"), ["US", "US", "US"]);
        assert_eq!(ids("Nga, Matxcơva, Điện Kremlin"), ["RU", "RU", "RU"]);
        assert_eq!(ids("Geneva Geneve Genève Giơ-ne-vơ"), ["Geneva"; 4]);
        assert_eq!(ids("Georgia Gruzia Ukraina"), ["GE", "GE", "UA"]);
        assert!(ids("nga ba").is_empty());
    }

    #[test]
    fn person_names() {
        assert!(same_person("Sergei Ryabkov", "Sergey A. Ryabkov"));
        assert!(same_person("Wendy R. Sherman", "Wendy Sherman"));
        assert!(!same_person("Phạm Đức Huy", "Phan Đức Huy"));
        assert!(spelling_variant("Phạm Đức Huy", "Phan Đức Huy"));
        assert!(spelling_variant("Hồ Sĩ Nam", "Hồ Sỹ Nam"));
        assert!(!spelling_variant("Lê Thị H", "Lê Thị Hậu"));
        assert!(!spelling_variant("Nguyễn Văn B", "Nguyễn Văn H"));
        assert!(!spelling_variant("Trần Thị Dần", "Trần Thị Tâm"));
        assert!(!spelling_variant("Sergei Ryabkov", "Sergey Ryabkov"));
        assert!(!same_person("Antony Blinken", "Sergei Lavrov"));
        // Letters NFD keeps whole fold too: Turkish dotless ı, Nordic ø, Polish ł.
        assert_eq!(
            fold_person("Abdülaziz Aydın"),
            fold_person("Abdulaziz Aydin")
        );
        assert_eq!(fold_person("Søren Łukasz"), "soren lukasz");
    }
}
