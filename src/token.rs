//! Sentence splitting and tokenisation over byte spans, with case-insensitive word tests.
//! It must not decide what a token means; rules do that.
//!
//! Cost: one pass over the sentence, no allocation per token (tokens borrow the text).

use crate::claim::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Starts with a letter (may contain digits: `G7`, `COVID-19`).
    Word,
    /// Starts with an ASCII digit (may contain `.,/:-h` joiners: `100.000`, `21/1`, `15h45`).
    Num,
    /// One other visible character.
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Tok<'a> {
    pub s: &'a str,
    pub start: usize,
    pub end: usize,
    pub class: Class,
    /// Hash of the lower-cased token ([`fold_hash`]), for [`WordSet`] gates.
    pub key: u64,
    /// The first character is upper case / lower case (decided once, when the token is cut).
    pub upper: bool,
    pub lower: bool,
}

impl<'a> Tok<'a> {
    pub fn is(&self, word: &str) -> bool {
        eq_fold(self.s, word)
    }

    pub fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| eq_fold(self.s, w))
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.class == Class::Punct && self.s.starts_with(c)
    }

    /// A straight or curly apostrophe ("People's", "Owners’", "14h30'").
    pub fn is_apostrophe(&self) -> bool {
        self.is_punct('\'') || self.is_punct('’')
    }

    pub fn is_capitalized(&self) -> bool {
        self.upper
    }

    pub fn is_lower_word(&self) -> bool {
        self.class == Class::Word && self.lower
    }
}

/// Whether the tokens from `i` on spell `words` (case-insensitively): the one phrase test that
/// qualifiers, counted nouns, actions and event triggers share.
pub fn words_at(toks: &[Tok], i: usize, words: &[&str]) -> bool {
    words
        .iter()
        .enumerate()
        .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.is(w)))
}

/// FNV-1a over the lower-cased characters of a word: tokens and lexicon words hash alike
/// whatever their case. Used only as a gate (a collision merely means a rule is tried).
pub fn fold_hash(w: &str) -> u64 {
    w.chars().fold(FOLD_SEED, fold_step)
}

const FOLD_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// One step of [`fold_hash`]: one multiply per character (FNV-1a over code points).
#[inline]
fn fold_step(h: u64, c: char) -> u64 {
    (h ^ u64::from(lower(c) as u32)).wrapping_mul(FOLD_PRIME)
}

const FOLD_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a over the bytes of several parts, each ended by a unit separator, case kept: an id
/// that is the same in every run and every shard.
pub fn parts_hash<'p>(parts: impl IntoIterator<Item = &'p str>) -> u64 {
    parts
        .into_iter()
        .flat_map(|p| p.bytes().chain([0x1f]))
        .fold(FOLD_SEED, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(FOLD_PRIME)
        })
}

/// A set of words matched case-insensitively against tokens by their [`Tok::key`]: the gate
/// that lets rules skip tokens no rule can start on.
pub struct WordSet {
    filter: KeyFilter,
    keys: Vec<u64>,
}

impl WordSet {
    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> WordSet {
        let mut keys: Vec<u64> = words.into_iter().map(fold_hash).collect();
        keys.sort_unstable();
        keys.dedup();
        WordSet {
            filter: KeyFilter::new(keys.iter().copied()),
            keys,
        }
    }

    #[inline]
    pub fn contains(&self, t: &Tok) -> bool {
        self.filter.may_contain(t.key) && self.keys.binary_search(&t.key).is_ok()
    }
}

/// Words matched exactly (case-sensitively), with a [`WordSet`] gate in front: most tokens
/// are turned away by one load instead of a string comparison per listed word.
pub struct ExactWords {
    gate: WordSet,
    words: &'static [&'static str],
}

impl ExactWords {
    pub fn new(words: &'static [&'static str]) -> ExactWords {
        ExactWords {
            gate: WordSet::new(words.iter().copied()),
            words,
        }
    }

    #[inline]
    pub fn contains(&self, t: &Tok) -> bool {
        self.gate.contains(t) && self.words.contains(&t.s)
    }

    /// Whether the token is one of the words in any case (the gate alone).
    #[inline]
    pub fn contains_any_case(&self, t: &Tok) -> bool {
        self.gate.contains(t)
    }
}

/// A 4,096-bit filter on a key's low bits: most tokens are in no word set, and one load
/// says so before any search or hash probe.
struct KeyFilter(Box<[u64; 64]>);

impl KeyFilter {
    fn new(keys: impl IntoIterator<Item = u64>) -> KeyFilter {
        let mut bits = Box::new([0u64; 64]);
        for k in keys {
            let (word, bit) = Self::slot(k);
            bits[word] |= bit;
        }
        KeyFilter(bits)
    }

    #[inline]
    fn slot(key: u64) -> (usize, u64) {
        // FNV's low bits mix well; 12 of them pick one of 4,096 bits.
        let b = (key & 0xFFF) as usize;
        (b >> 6, 1u64 << (b & 63))
    }

    #[inline]
    fn may_contain(&self, key: u64) -> bool {
        let (word, bit) = Self::slot(key);
        self.0[word] & bit != 0
    }
}

/// A table of phrases read right before a token (a figure's verb, a population's `home to`),
/// with the set of their last words: most tokens end none of them, and one key probe says so.
pub struct PhrasesBefore {
    table: &'static [(&'static [&'static str], &'static str)],
    last: WordSet,
}

impl PhrasesBefore {
    pub fn new(table: &'static [(&'static [&'static str], &'static str)]) -> PhrasesBefore {
        PhrasesBefore {
            table,
            last: WordSet::new(table.iter().filter_map(|(w, _)| w.last().copied())),
        }
    }
}

/// The name of the longest phrase of `phrases` that ends right before token `at`.
pub fn phrase_before(phrases: &PhrasesBefore, toks: &[Tok], at: usize) -> Option<&'static str> {
    if !phrases.last.contains(toks.get(at.checked_sub(1)?)?) {
        return None;
    }
    phrases
        .table
        .iter()
        .filter(|(words, _)| at >= words.len() && words_at(toks, at - words.len(), words))
        .max_by_key(|(words, _)| words.len())
        .map(|&(_, name)| name)
}

/// Phrases (token sequences) indexed by the key of their first word, so finding the longest
/// phrase at a token costs one hash probe plus the few phrases that share its first word. The
/// one lookup structure behind qualifiers, counted nouns, event triggers and entity aliases.
pub struct PhraseIndex<T: 'static> {
    first_words: KeyFilter,
    by_first: std::collections::HashMap<u64, Vec<(&'static [&'static str], T)>, KeyHasher>,
}

/// Token keys are already hashes: use them as they are.
#[derive(Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl std::hash::BuildHasher for KeyHasher {
    type Hasher = KeyHasher;
    fn build_hasher(&self) -> KeyHasher {
        KeyHasher(0)
    }
}

impl<T: Copy + 'static> PhraseIndex<T> {
    pub fn new(phrases: impl IntoIterator<Item = (&'static [&'static str], T)>) -> Self {
        let mut by_first: std::collections::HashMap<
            u64,
            Vec<(&'static [&'static str], T)>,
            KeyHasher,
        > = Default::default();
        for (words, value) in phrases {
            by_first
                .entry(fold_hash(words[0]))
                .or_default()
                .push((words, value));
        }
        PhraseIndex {
            first_words: KeyFilter::new(by_first.keys().copied()),
            by_first,
        }
    }

    /// The longest phrase starting at token `i` (first listed wins among equals), with its
    /// length in tokens. `exact_first` makes the first word case-sensitive.
    pub fn longest_at(&self, toks: &[Tok], i: usize, exact_first: bool) -> Option<(T, usize)> {
        let first = toks.get(i)?;
        if !self.first_words.may_contain(first.key) {
            return None;
        }
        let candidates = self.by_first.get(&first.key)?;
        let mut best: Option<(T, usize)> = None;
        for (words, value) in candidates {
            let first_ok = if exact_first {
                first.s == words[0]
            } else {
                first.is(words[0])
            };
            if first_ok
                && words_at(toks, i + 1, &words[1..])
                && best.is_none_or(|b| b.1 < words.len())
            {
                best = Some((*value, words.len()));
            }
        }
        best
    }
}

/// `text` without `suffix` at its end, the suffix's ASCII letters matched in either case
/// ("… Another" ends in "another").
pub fn strip_suffix_ignoring_case<'t>(text: &'t str, suffix: &str) -> Option<&'t str> {
    let at = text.len().checked_sub(suffix.len())?;
    (text.is_char_boundary(at) && text[at..].eq_ignore_ascii_case(suffix)).then(|| &text[..at])
}

/// Case-insensitive equality without allocating (simple one-to-one case folding). Latin and
/// Vietnamese letters keep their UTF-8 length when their case changes, so words of different
/// byte lengths are never equal: most comparisons end on the length or the first byte.
/// (The length and first-byte checks are inlined at every call, whatever the compiler makes
/// of the callers; the rest is a call.)
#[inline]
pub fn eq_fold(a: &str, b: &str) -> bool {
    if a.len() != b.len() {
        return false;
    }
    if a.is_empty() {
        return true;
    }
    let (x, y) = (a.as_bytes()[0], b.as_bytes()[0]);
    if x != y && x.is_ascii() && y.is_ascii() && !x.eq_ignore_ascii_case(&y) {
        return false;
    }
    eq_fold_rest(a, b)
}

/// [`eq_fold`] for two words of one length whose first bytes may match.
fn eq_fold_rest(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.as_bytes().eq_ignore_ascii_case(b.as_bytes());
    }
    a.chars()
        .zip(b.chars())
        .all(|(p, q)| p == q || lower(p) == lower(q))
}

/// Simple lower-casing with fast paths for ASCII and the Latin blocks Vietnamese is written in.
#[inline]
fn lower(c: char) -> char {
    let u = c as u32;
    let folded = match u {
        0..=0x7F => return c.to_ascii_lowercase(),
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0xDF..=0xFF => u,
        // Latin Extended-A and Vietnamese letters in Latin Extended Additional come in
        // upper/lower pairs at even/odd code points.
        0x100..=0x12F
        | 0x132..=0x137
        | 0x14A..=0x177
        | 0x1A0..=0x1A1
        | 0x1E00..=0x1E95
        | 0x1EA0..=0x1EFF => u | 1,
        0x1AF => 0x1B0,
        0x1B0 => u,
        _ => return c.to_lowercase().next().unwrap_or(c),
    };
    char::from_u32(folded).unwrap_or(c)
}

/// `char::is_alphanumeric` with fast paths for ASCII and the Latin blocks Vietnamese uses.
#[inline]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    match c as u32 {
        0xC0..=0xFF => c != '×' && c != '÷',
        0x100..=0x24F | 0x1E00..=0x1EFF => true,
        // Combining marks never start or continue a token (NFC text has few); general
        // punctuation (“ ” – …) is not alphanumeric.
        0x300..=0x36F | 0x2000..=0x206F => false,
        _ => c.is_alphanumeric(),
    }
}

/// `char::is_uppercase` with fast paths for ASCII and the Latin blocks Vietnamese uses.
#[inline]
fn is_upper(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_uppercase(),
        0x80..=0x17F | 0x1A0..=0x1A1 | 0x1AF..=0x1B0 | 0x1E00..=0x1EFF => lower(c) != c,
        _ => c.is_uppercase(),
    }
}

/// `char::is_lowercase` with the same fast paths.
#[inline]
fn is_lower(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_lowercase(),
        0xD7 | 0xF7 => false,
        0xC0..=0x17F | 0x1A0..=0x1A1 | 0x1AF..=0x1B0 | 0x1E00..=0x1EFF => lower(c) == c,
        _ => c.is_lowercase(),
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{200e}' | '\u{200f}'
        )
}

/// Tokenises `text[span]`, appending to `out` (reused across sentences).
pub fn tokenize<'a>(text: &'a str, span: Span, out: &mut Vec<Tok<'a>>) {
    out.clear();
    let s = &text[span.start..span.end];
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII white space is the commonest byte between tokens.
        if b == b' ' || (0x09..=0x0D).contains(&b) {
            i += 1;
            continue;
        }
        let (c, w) = char_at(bytes, i);
        if !is_alnum(c) {
            if !is_space(c) {
                out.push(Tok {
                    s: &s[i..i + w],
                    start: span.start + i,
                    end: span.start + i + w,
                    class: Class::Punct,
                    key: fold_step(FOLD_SEED, c),
                    upper: false,
                    lower: false,
                });
            }
            i += w;
            continue;
        }
        let class = if c.is_ascii_digit() {
            Class::Num
        } else {
            Class::Word
        };
        // The key is folded while the token is cut: one pass over its characters.
        let mut key = fold_step(FOLD_SEED, c);
        let mut end = i + w;
        let mut prev = c;
        while end < bytes.len() {
            let d0 = bytes[end];
            // ASCII letters and digits: one table load, no decoding.
            let folded = ASCII_ALNUM_FOLD[usize::from(d0)];
            if folded != 0 {
                key = (key ^ u64::from(folded)).wrapping_mul(FOLD_PRIME);
                end += 1;
                prev = d0 as char;
                continue;
            }
            let (d, dw) = char_at(bytes, end);
            // A combining mark that NFC could not compose ("ŕ\u{301}") belongs to its letter:
            // a token never ends inside a normalisation run, so spans map back to the file.
            let joins = if is_alnum(d) || (0x300..=0x36F).contains(&(d as u32)) {
                true
            } else if matches!(d, '.' | ',' | '/' | ':') {
                prev.is_ascii_digit() && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
            } else if d == '-' {
                // `prev` is in the token, so it is alphanumeric.
                end + 1 < bytes.len()
                    && matches!(char_at(bytes, end + 1).0, n if is_alnum(n) || n.is_alphanumeric())
                    // "9-10", "Nga-NATO", "COVID-19" join; "90-minute" does not, nor does
                    // "magnitude-6.8", a measure's name before its figure.
                    && (!prev.is_ascii_digit() || bytes.get(end + 1).is_some_and(u8::is_ascii_digit))
                    && !(s[i..end].eq_ignore_ascii_case("magnitude")
                        && bytes.get(end + 1).is_some_and(u8::is_ascii_digit))
            } else {
                false
            };
            if !joins {
                break;
            }
            key = fold_step(key, d);
            end += dw;
            prev = d;
        }
        out.push(Tok {
            s: &s[i..end],
            start: span.start + i,
            end: span.start + end,
            class,
            // Only words are looked up in word sets.
            key: if class == Class::Word { key } else { 0 },
            upper: is_upper(c),
            lower: is_lower(c),
        });
        i = end;
    }
}

/// ASCII letters and digits lower-cased; 0 for every other byte.
static ASCII_ALNUM_FOLD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// The character starting at byte `i` of valid UTF-8 and its length, decoded from the bytes
/// (no slicing, no boundary checks beyond the bytes read).
#[inline(always)]
fn char_at(bytes: &[u8], i: usize) -> (char, usize) {
    let b0 = bytes[i];
    let cont = |k: usize| u32::from(bytes[i + k] & 0x3F);
    let (u, w) = match b0 {
        0..=0x7F => return (b0 as char, 1),
        0xC0..=0xDF => ((u32::from(b0 & 0x1F) << 6) | cont(1), 2),
        0xE0..=0xEF => ((u32::from(b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3),
        _ => (
            (u32::from(b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
            4,
        ),
    };
    (char::from_u32(u).unwrap_or(char::REPLACEMENT_CHARACTER), w)
}

/// Splits `text[span]` into sentences: at line breaks, and after `.!?…` followed by white
/// space and a capital letter, quote, dash or digit. `100.000` and `Mr. Smith`-style dots
/// inside a token never split.
pub fn sentences(text: &str, span: Span, out: &mut Vec<Span>) {
    out.clear();
    let s = &text[span.start..span.end];
    let bytes = s.as_bytes();
    let mut start = 0;
    // Scan bytes: every cue but '…' is ASCII, and ASCII bytes never occur inside a multi-byte
    // character, so no UTF-8 decoding is needed to find candidates.
    let mut i = 0;
    while i < bytes.len() {
        // Jump to the next byte that may end a sentence (one table load per byte).
        match bytes[i..].iter().position(|&b| ENDS[usize::from(b)]) {
            Some(p) => i += p,
            None => break,
        }
        let c = match bytes[i] {
            b'\n' => '\n',
            b'.' => '.',
            b'!' => '!',
            b'?' => '?',
            _ if bytes[i..].starts_with("…".as_bytes()) => '…',
            _ => {
                i += 1;
                continue;
            }
        };
        let cut = match c {
            '\n' => Some(i),
            _ => {
                let after = i + c.len_utf8();
                // Closing quotes and brackets stay with their sentence.
                let mut end = after;
                for d in s[after..].chars() {
                    if matches!(d, '"' | '”' | '’' | ')' | '»') {
                        end += d.len_utf8();
                    } else {
                        break;
                    }
                }
                let rest = &s[end..];
                let trimmed = rest.trim_start_matches([' ', '\t', '\u{a0}']);
                let spaced = trimmed.len() < rest.len();
                let next = trimmed.chars().next();
                let opens = next.is_none_or(|d| {
                    d.is_uppercase()
                        || d.is_ascii_digit()
                        || matches!(d, '"' | '“' | '‘' | '-' | '–' | '(' | '\r' | '\n')
                });
                // "the world No. 5": "No." before a figure numbers it.
                let numbered = s[..i].ends_with("No") && next.is_some_and(|d| d.is_ascii_digit());
                // "10:43 a.m. EDT": a time zone after "a.m." or "p.m." belongs to the time.
                // So does the weekday after it in AP style: "restart at 6 a.m. Wednesday".
                let zoned = (s[..i].ends_with("a.m") || s[..i].ends_with("p.m"))
                    && (is_zone_like(trimmed) || opens_with_weekday(trimmed));
                // "Jan. 10", "Sept. 11": a month written short before its day. "Viña del
                // Mar. Some 40,000 …": before a word, the sentence ends.
                // (Asked last, and only before a digit: most dots end a sentence.)
                let dated =
                    || next.is_some_and(|d| d.is_ascii_digit()) && is_month_abbreviation(&s[..i]);
                let is_abbrev =
                    c == '.' && i > 0 && (is_abbreviation(&s[..i]) || numbered || zoned || dated());
                if (spaced || next.is_none())
                    && opens
                    && !is_abbrev
                    && !(c == '.' && bytes.get(after).is_some_and(u8::is_ascii_digit))
                {
                    Some(end)
                } else {
                    None
                }
            }
        };
        match cut {
            Some(end) => {
                push_trimmed(s, span.start, start, end, out);
                start = end;
                i = end.max(i + 1);
            }
            None => i += c.len_utf8(),
        }
    }
    push_trimmed(s, span.start, start, s.len(), out);
}

/// Whether a text opens with an English weekday's name ("Wednesday, officials said").
fn opens_with_weekday(rest: &str) -> bool {
    const WEEKDAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    WEEKDAYS.iter().any(|w| {
        rest.strip_prefix(w)
            .is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// Bytes that may end a sentence: `\n . ! ?` and the lead byte of `…`.
static ENDS: [bool; 256] = {
    let mut t = [false; 256];
    t[b'\n' as usize] = true;
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[0xE2] = true;
    t
};

/// Sentences longer than this are cut at white space: text without punctuation (a 200 MB line)
/// must not become one sentence whose tokens all sit in memory at once.
pub const MAX_SENTENCE_BYTES: usize = 4096;

fn push_trimmed(s: &str, base: usize, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &s[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let mut rest = piece.trim();
    let mut at = base + start + lead;
    while rest.len() > MAX_SENTENCE_BYTES {
        let mut cut = MAX_SENTENCE_BYTES;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        // Prefer the last white space before the limit, so no word is split.
        if let Some(ws) = rest[..cut].rfind(char::is_whitespace) {
            if ws > MAX_SENTENCE_BYTES / 2 {
                cut = ws;
            }
        }
        let head = rest[..cut].trim_end();
        if !head.is_empty() {
            out.push(Span::new(at, at + head.len()));
        }
        let next = rest[cut..].trim_start();
        at += rest.len() - next.len();
        rest = next;
    }
    if !rest.is_empty() {
        out.push(Span::new(at, at + rest.len()));
    }
}

/// Whether text opens with a word that looks like a time zone: two to four capitals ("ET",
/// "EDT", "GMT", "CEST"), alone, or an American zone by name ("Mountain Time", "Eastern
/// Standard Time").
fn is_zone_like(text: &str) -> bool {
    let mut words = text.split(|c: char| !c.is_ascii_alphanumeric());
    let word: &str = words.next().unwrap_or("");
    if ["Eastern", "Central", "Mountain", "Pacific"].contains(&word) {
        let next = words.next().unwrap_or("");
        let next = if ["Standard", "Daylight"].contains(&next) {
            words.next().unwrap_or("")
        } else {
            next
        };
        return next.eq_ignore_ascii_case("time");
    }
    // "3.45 p.m. British time", "1:30 p.m. New York time": a place's time.
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let second = words.next().unwrap_or("");
    let place_time = capitalised(word)
        && (second == "time" || (capitalised(second) && words.next() == Some("time")));
    place_time || ((2..=4).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase()))
}

/// The word `before` ends with (its letters and digits).
fn last_word(before: &str) -> &str {
    before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
}

/// Short capitalised words before a dot that do not end a sentence (`Mr.`, `TP.`, `St.`).
fn is_abbreviation(before: &str) -> bool {
    let word = last_word(before);
    is_title_abbreviation(word)
        || matches!(
            word,
            "St" | "TP"
                | "U.S"
                | "vs"
                // Rupees: "Rs. 2 lakh".
                | "Rs"
        )
        || (word.chars().count() == 1
            && word.chars().all(char::is_uppercase)
            && !capital_is_a_word(before))
}

/// Whether `before` ends with a month written short (`Jan`, `Sept`): with a day after its dot,
/// the dot ends no sentence.
fn is_month_abbreviation(before: &str) -> bool {
    matches!(
        last_word(before),
        "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    )
}

/// Whether the capital letter ending `before` is a Vietnamese word rather than an initial: a
/// marked vowel ("châu Á. Hiện nay"), or any capital after a lower-case word written with marks
/// ("và bà T. Sau đó"). An initial follows a name ("Lê Thị H.", "Nguyễn Văn Đ.") or an English
/// word ("such as N. Chandrababu Naidu", "off S. Korea").
fn capital_is_a_word(before: &str) -> bool {
    let letter = before.chars().next_back().unwrap_or(' ');
    let head = before.trim_end_matches(|c: char| c.is_alphanumeric());
    let Some(word) = head.strip_suffix(' ').map(last_word) else {
        return false;
    };
    word.chars().next().is_some_and(char::is_lowercase)
        && ((!letter.is_ascii() && letter != 'Đ') || !word.is_ascii())
}

/// A title written short with a full stop ("Mr.", "Capt.", "Sen."): it ends no sentence, and
/// alone it names nobody.
pub fn is_title_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Gen"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Capt"
            | "Cmdr"
            | "Lt"
            | "Col"
            | "Sgt"
            | "Supt"
            | "Prof"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(s, Span::new(0, s.len()), &mut out);
        out.iter().map(|t| t.s).collect()
    }

    fn sents(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        sentences(s, Span::new(0, s.len()), &mut out);
        out.iter().map(|sp| &s[sp.start..sp.end]).collect()
    }

    #[test]
    fn numbers_stay_whole() {
        assert_eq!(
            toks("khoảng 100,000 quân."),
            ["khoảng", "100,000", "quân", "."]
        );
        assert_eq!(toks("hôm 21/01, 15h45"), ["hôm", "21/01", ",", "15h45"]);
        assert_eq!(toks("COVID-19 và G7"), ["COVID-19", "và", "G7"]);
        assert_eq!(
            toks("a magnitude-6.8 quake"),
            ["a", "magnitude", "-", "6.8", "quake"]
        );
        assert_eq!(toks("a 90-minute talk"), ["a", "90", "-", "minute", "talk"]);
        assert_eq!(toks("từ 9-10/10"), ["từ", "9-10/10"]);
        assert_eq!(toks("Nga-NATO 6,1 độ"), ["Nga-NATO", "6,1", "độ"]);
    }

    #[test]
    fn sentences_split_on_punctuation_not_on_numbers() {
        assert_eq!(
            sents("Có 100.000 quân. Ông Blinken nói: “Không.” Mr. Smith đến."),
            [
                "Có 100.000 quân.",
                "Ông Blinken nói: “Không.”",
                "Mr. Smith đến."
            ]
        );
        assert_eq!(sents("Dòng một\nDòng hai"), ["Dòng một", "Dòng hai"]);
        assert_eq!(sents("lúc 3 p.m. on Monday"), ["lúc 3 p.m. on Monday"]);
        // AP style puts the weekday right after the time.
        assert_eq!(
            sents("It would restart at 6 a.m. Wednesday, officials said. Tuesday was calm."),
            [
                "It would restart at 6 a.m. Wednesday, officials said.",
                "Tuesday was calm."
            ]
        );
        // A place's time after "p.m." belongs to the time, in brackets or not.
        assert_eq!(
            sents("It fell around 10:45am EDT (3.45 p.m. British time), he said. Then it rained."),
            [
                "It fell around 10:45am EDT (3.45 p.m. British time), he said.",
                "Then it rained."
            ]
        );
        assert_eq!(
            sents("It struck at 7:09 p.m. Mountain Time. Pacific Power said so."),
            [
                "It struck at 7:09 p.m. Mountain Time.",
                "Pacific Power said so."
            ]
        );
        assert_eq!(
            sents("It lifted off at 10:43 a.m. EDT on Thursday. It flew at 3 p.m. The crew slept at 11 p.m. ET on Friday."),
            [
                "It lifted off at 10:43 a.m. EDT on Thursday.",
                "It flew at 3 p.m.",
                "The crew slept at 11 p.m. ET on Friday."
            ]
        );
        assert_eq!(
            sents("Nadal, the world No. 5, left. Capt. Pedro Tinampay said No. Then he went."),
            [
                "Nadal, the world No. 5, left.",
                "Capt. Pedro Tinampay said No.",
                "Then he went."
            ]
        );
        // A capital letter after a lower-case word is a word ("châu Á"); after a name, an
        // initial.
        assert_eq!(
            sents("Đó là chỉ số tồi tệ nhất ở châu Á. Hiện nay Bắc Triều Tiên cấm hút thuốc."),
            [
                "Đó là chỉ số tồi tệ nhất ở châu Á.",
                "Hiện nay Bắc Triều Tiên cấm hút thuốc."
            ]
        );
        assert_eq!(
            sents("Và bà T. Sau đó ông về. Chị Lê Thị H. Nam kể lại. John F. Kennedy came."),
            [
                "Và bà T.",
                "Sau đó ông về.",
                "Chị Lê Thị H. Nam kể lại.",
                "John F. Kennedy came."
            ]
        );
        // A month written short keeps its day; before a word, its dot ends the sentence.
        assert_eq!(
            sents("It hit on Jan. 10 and Sept. 11. Homes burnt in Viña del Mar. Some 40,000 fled."),
            [
                "It hit on Jan. 10 and Sept. 11.",
                "Homes burnt in Viña del Mar.",
                "Some 40,000 fled."
            ]
        );
        assert_eq!(
            sents("It sank off S. Korea, allies such as N. Chandrababu Naidu said."),
            ["It sank off S. Korea, allies such as N. Chandrababu Naidu said."]
        );
    }

    #[test]
    fn fast_lower_agrees_with_unicode() {
        for u in (0..0x250).chain(0x1E00..0x1F00) {
            if let Some(c) = char::from_u32(u) {
                let want = c.to_lowercase().next().unwrap();
                assert_eq!(lower(c), want, "U+{u:04X}");
            }
        }
    }

    #[test]
    fn long_text_without_punctuation_is_cut_into_bounded_sentences() {
        let text = "số 12 người ".repeat(2000);
        let mut out = Vec::new();
        sentences(&text, Span::new(0, text.len()), &mut out);
        assert!(out.len() > 5);
        for s in &out {
            assert!(s.end - s.start <= MAX_SENTENCE_BYTES);
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        let covered: usize = out
            .iter()
            .map(|s| text[s.start..s.end].split_whitespace().count())
            .sum();
        assert_eq!(
            covered,
            text.split_whitespace().count(),
            "no word lost at a cut"
        );
    }

    #[test]
    fn fast_case_tests_agree_with_unicode() {
        for u in (0..0x250).chain(0x1E00..0x1F00) {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(is_upper(c), c.is_uppercase(), "upper U+{u:04X}");
                assert_eq!(is_lower(c), c.is_lowercase(), "lower U+{u:04X}");
            }
        }
    }

    #[test]
    fn fast_alphanumeric_test_agrees_with_unicode() {
        for u in 0..0x3_0000 {
            if let Some(c) = char::from_u32(u) {
                // Combining marks are kept out of tokens on purpose.
                let combining = (0x300..=0x36F).contains(&u);
                assert_eq!(is_alnum(c), c.is_alphanumeric() && !combining, "U+{u:04X}");
            }
        }
    }

    #[test]
    fn fold() {
        assert!(eq_fold("KHOẢNG", "khoảng"));
        assert!(eq_fold("Thứ", "thứ"));
        assert!(!eq_fold("thứ", "thư"));
    }
}
