//! Whether a word can be a Vietnamese syllable: an initial consonant, a vowel nucleus and a
//! final consonant from the closed sets of Vietnamese spelling, tones aside. A capitalised word
//! that cannot (`Tyson`, `Jong`, `Cannon-Brookes`, `Weeknd`) is a foreign name, whatever its
//! position. It must not decide what a word means.
//!
//! Cost: one pass over the word's characters and a few comparisons against short tables.

use unicode_normalization::UnicodeNormalization;

/// Initial consonants, longest first among those sharing a start (so the longest matches).
const INITIALS: &[&str] = &[
    "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
];

/// Nuclei that may take a final consonant (sorted, for binary search).
const OPEN_NUCLEI: &[&str] = &[
    "a", "e", "i", "iê", "o", "oa", "oe", "oo", "oă", "u", "uy", "uyê", "uâ", "uê", "uô", "uơ",
    "y", "yê", "â", "ê", "ô", "ă", "ơ", "ư", "ươ",
];

/// Nuclei that stand without a final: simple vowels and those ending in a glide (sorted).
const CLOSED_NUCLEI: &[&str] = &[
    "a", "ai", "ao", "au", "ay", "e", "eo", "i", "ia", "iu", "iêu", "o", "oa", "oai", "oao", "oay",
    "oe", "oeo", "oi", "oo", "u", "ua", "ui", "uy", "uya", "uyu", "uây", "uê", "uôi", "uơ", "y",
    "yêu", "â", "âu", "ây", "ê", "êu", "ô", "ôi", "ă", "ơ", "ơi", "ư", "ưa", "ưi", "ưu", "ươi",
    "ươu",
];

/// Finals; `k` ends syllables of place names in the Central Highlands (`Đắk Lắk`, `Búk`).
const FINALS: &[&str] = &["ch", "ng", "nh", "c", "m", "n", "p", "t", "k"];

/// Lower-case letters without their tone mark, for U+0000..U+1EFF (`ắ` → `ă`, `Ự` → `ư`);
/// `'\0'` for anything that is not a letter. Built once.
static TONELESS: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
    (0u32..0x1F00)
        .map(|u| match char::from_u32(u) {
            // ASCII, Latin-1, Latin Extended-A/B and Latin Extended Additional hold every
            // Vietnamese letter; other scripts are never a Vietnamese syllable.
            Some(c) if c.is_alphabetic() && (u < 0x250 || (0x1E00..0x1F00).contains(&u)) => c
                .to_lowercase()
                .collect::<String>()
                .nfd()
                .filter(|d| !matches!(*d as u32, 0x300 | 0x301 | 0x303 | 0x309 | 0x323))
                .nfc()
                .next()
                .unwrap_or('\0'),
            _ => '\0',
        })
        .collect()
});

/// The longest Vietnamese syllable, in bytes of its toneless spelling ("nghiêng" is 8).
const MAX_SYLLABLE_BYTES: usize = 12;

/// Writes the toneless lower-case spelling of `s` into `buf`; `None` for a word that is too
/// long to be one syllable or holds anything but letters of the Latin blocks.
fn toneless<'b>(s: &str, buf: &'b mut [u8; MAX_SYLLABLE_BYTES]) -> Option<&'b str> {
    let table = &*TONELESS;
    let mut n = 0;
    for c in s.chars() {
        let t = *table.get(c as usize)?;
        if t == '\0' || n + t.len_utf8() > MAX_SYLLABLE_BYTES {
            return None;
        }
        n += t.encode_utf8(&mut buf[n..]).len();
    }
    std::str::from_utf8(&buf[..n]).ok()
}

fn rhyme_ok(rest: &str) -> bool {
    if CLOSED_NUCLEI.binary_search(&rest).is_ok() {
        return true;
    }
    FINALS.iter().any(|f| {
        rest.strip_suffix(f)
            .is_some_and(|nucleus| OPEN_NUCLEI.binary_search(&nucleus).is_ok())
    })
}

/// The longest initial consonant `s` starts with ("" for a vowel).
fn initial(s: &str) -> &'static str {
    INITIALS
        .iter()
        .filter(|i| s.starts_with(*i))
        .max_by_key(|i| i.len())
        .copied()
        .unwrap_or("")
}

/// Whether one syllable (no hyphen) is spelled as Vietnamese can spell it.
fn syllable_ok(s: &str) -> bool {
    let mut buf = [0u8; MAX_SYLLABLE_BYTES];
    let Some(s) = toneless(s, &mut buf) else {
        return false;
    };
    if s.is_empty() {
        return false;
    }
    let rest = &s[initial(s).len()..];
    (!rest.is_empty() && rhyme_ok(rest))
        // "gì", "gìn": the i of "gi" is also the nucleus.
        || s.strip_prefix('g').is_some_and(|rest| rest.starts_with('i') && rhyme_ok(rest))
}

/// Whether every hyphen-separated part of `word` is a possible Vietnamese syllable.
pub fn is_vietnamese(word: &str) -> bool {
    word.split('-').all(syllable_ok)
}

/// [`is_vietnamese`] for a token, remembered by the token's key in a small direct-mapped table
/// (one slot per low bits of the key): the same capitalised words (places, organisations,
/// names) come back in every article, and a hit costs one load and one comparison.
pub fn is_vietnamese_token(t: &crate::token::Tok) -> bool {
    use std::cell::RefCell;
    const SLOTS: usize = 1 << 12;
    thread_local! {
        // (key, answer + 1); 0 marks an empty slot.
        static SEEN: RefCell<Vec<(u64, u8)>> = RefCell::new(vec![(0, 0); SLOTS]);
    }
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        let slot = &mut seen[(t.key as usize) & (SLOTS - 1)];
        if slot.1 != 0 && slot.0 == t.key {
            return slot.1 == 2;
        }
        // Keys fold case: "Sun" and "SUN" answer alike, as the check does.
        let v = is_vietnamese(t.s);
        *slot = (t.key, u8::from(v) + 1);
        v
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_binary_search() {
        for t in [OPEN_NUCLEI, CLOSED_NUCLEI] {
            assert!(t.windows(2).all(|w| w[0] < w[1]), "{t:?}");
        }
    }

    #[test]
    fn vietnamese_syllables() {
        for w in [
            "Nguyễn",
            "Trần",
            "Phạm",
            "Đức",
            "Huy",
            "Hoắc",
            "Kiến",
            "Tưởng",
            "khuya",
            "Nghĩa",
            "Quang",
            "giêng",
            "Thủy",
            "Kim",
            "Sun",
            "Toán",
            "Ngọc",
            "Khương",
            "Bo",
            "Tý",
            "Xuân",
            "Hà-Nội",
            "gì",
            "Lĩnh",
            "Chung",
            "Yên",
            "Uyên",
            "người",
            "The",
            "Đắk",
            "Lắk",
        ] {
            assert!(is_vietnamese(w), "{w}");
        }
    }

    #[test]
    fn foreign_words() {
        for w in [
            "Tyson",
            "Jong",
            "Yonggil",
            "Natalie",
            "Cannon-Brookes",
            "Weeknd",
            "Bieber",
            "Hye",
            "Rachid",
            "Simon",
            "Las",
            "Vegas",
            "Kwon",
            "Farquhar",
            "Fabregas",
            "Shayk",
            "Hall",
            "Madona",
            "Black",
            "Sang-gyun",
            "Semaan",
            "Prayad",
        ] {
            assert!(!is_vietnamese(w), "{w}");
        }
    }
}
