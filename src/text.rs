//! Decoding bytes to normalised text while keeping a map back to the file's byte offsets.
//! It must not interpret the text (formats, sections and claims live elsewhere).
//!
//! Cost: a few linear passes over the bytes (validation, NFC and styled-letter check, text
//! check); the map grows only where NFC, styled letters or the decoding changed byte
//! lengths, so plain UTF-8 NFC input keeps a single map point.

use anyhow::{bail, Result};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Maps byte offsets in the normalised text back to byte offsets in the file as read.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    /// `(text_offset, file_offset)` points, sorted; between points the two advance together.
    points: Vec<(usize, usize)>,
    file_len: usize,
}

impl OffsetMap {
    pub fn identity(len: usize) -> OffsetMap {
        OffsetMap {
            points: vec![(0, 0)],
            file_len: len,
        }
    }

    /// The file offset of text offset `n`.
    pub fn to_file(&self, n: usize) -> usize {
        if self.points.is_empty() {
            return n;
        }
        let i = self.points.partition_point(|&(t, _)| t <= n);
        let (t, f) = self.points[i.saturating_sub(1)];
        // Clamp within the next point so an offset inside a rewritten run stays in it.
        let next = self.points.get(i).map_or(self.file_len, |&(_, f)| f);
        (f + (n - t)).min(next)
    }

    /// A map with no points beyond the start, for building piece by piece with [`Self::push`].
    pub fn new(file_len: usize) -> OffsetMap {
        OffsetMap::identity(file_len)
    }

    /// Records that text offset `text` corresponds to file offset `file` (both increasing).
    pub fn push(&mut self, text: usize, file: usize) {
        if let Some(&(t, f)) = self.points.last() {
            if text - t == file.wrapping_sub(f) && file >= f {
                return; // still in step: no point needed
            }
        }
        self.points.push((text, file));
    }
}

/// The name of the encoding a file was decoded from.
pub type EncodingName = &'static str;

/// Decodes `bytes` (BOM-sniffed UTF-8/UTF-16, else UTF-8, else Windows-1258) and NFC-normalises.
///
/// Fails on data that is not text: NUL bytes outside UTF-16, or control-character noise.
pub fn decode(bytes: &[u8]) -> Result<(String, OffsetMap, EncodingName)> {
    decode_owned(bytes.to_vec())
}

/// [`decode`] taking the bytes: UTF-8 already in NFC (the common case) becomes the text as it
/// is, with no copy and no map.
pub fn decode_owned(bytes: Vec<u8>) -> Result<(String, OffsetMap, EncodingName)> {
    // Validated once: the bytes become the text, or come back for the slow path.
    let bytes = match String::from_utf8(bytes) {
        Ok(s) if !s.starts_with('\u{feff}') && is_plain_fast(&s) => {
            check_is_text(&s)?;
            let len = s.len();
            return Ok((s, OffsetMap::identity(len), "UTF-8"));
        }
        Ok(s) => s.into_bytes(),
        Err(e) => e.into_bytes(),
    };
    let bytes = &bytes[..];
    let (chars, encoding) = decode_chars(bytes)?;
    let mut text = String::with_capacity(bytes.len());
    let mut map = OffsetMap {
        points: vec![(0, 0)],
        file_len: bytes.len(),
    };
    // Normalise per run of a starter and its combining marks, so every output char maps to
    // the file bytes of the run that produced it.
    let mut run_start = 0;
    for i in 1..=chars.len() {
        let boundary = i == chars.len() || is_starter(chars[i].0);
        if !boundary {
            continue;
        }
        let run = &chars[run_start..i];
        let file_start = run[0].1;
        let file_end = chars.get(i).map_or(bytes.len(), |c| c.1);
        let text_start = text.len();
        if run.len() == 1 && !needs_nfc(run[0].0) && !is_styled(run[0].0) {
            text.push(run[0].0);
        } else {
            let mut s = String::new();
            for &(c, _) in run {
                if is_decoration(c) {
                    continue;
                }
                if is_styled(c) {
                    s.extend(std::iter::once(c).nfkc());
                } else {
                    s.push(c);
                }
            }
            text.extend(s.nfc());
        }
        map.push(text_start, file_start);
        // Mark the end of a run whose length changed, so the next run starts in step.
        map.push(text.len(), file_end);
        run_start = i;
    }
    map.points.dedup();
    check_is_text(&text)?;
    Ok((text, map, encoding))
}

/// Letters and digits written in a style (Unicode's mathematical alphanumerics, `𝟸𝟶 𝚐𝚒ờ`, a
/// way some sites get past filters; fullwidth forms, `２０`): read as the plain letter or digit
/// they stand for (their compatibility decomposition), so a figure in them is a figure.
/// Marks drawn under or through every letter ([`is_decoration`]) are styled writing too.
fn is_styled(c: char) -> bool {
    matches!(c as u32, 0x1D400..=0x1D7FF | 0xFF01..=0xFF5E) || is_decoration(c)
}

/// A combining mark put under or through each character, another way past filters: a low
/// line or double low line (`L̲úc̲ 2̲1̲h̲5̲0̲`), an overlay stroke (`8̶`), an asterisk or a ring
/// below (`T͙ối͙ 7͙.5͙`). Dropped, so the digits under it read as a figure. None of them is
/// a Vietnamese tone or vowel mark.
fn is_decoration(c: char) -> bool {
    matches!(c, '\u{0332}'..='\u{0338}' | '\u{0359}' | '\u{035A}')
}

fn is_starter(c: char) -> bool {
    // Combining marks (U+0300–U+036F and U+1DC0–U+1DFF, U+20D0–U+20FF) attach to the
    // previous char; everything else starts a new run. Vietnamese decomposed text only uses
    // the first block.
    !matches!(c as u32, 0x0300..=0x036F | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF)
}

fn needs_nfc(c: char) -> bool {
    if is_simple(c) {
        return false;
    }
    let mut buf = [0u8; 4];
    is_nfc_quick(c.encode_utf8(&mut buf).chars()) != IsNormalized::Yes
}

/// Decodes to `(char, file_offset)` pairs.
fn decode_chars(bytes: &[u8]) -> Result<(Vec<(char, usize)>, EncodingName)> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        let s = std::str::from_utf8(rest).map_err(|e| {
            anyhow::anyhow!("starts with a UTF-8 byte-order mark but is not UTF-8 ({e})")
        })?;
        return Ok((
            s.char_indices().map(|(i, c)| (c, i + 3)).collect(),
            "UTF-8 (BOM)",
        ));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let le = bytes[0] == 0xFF;
        let body = &bytes[2..];
        if body.len() % 2 != 0 {
            bail!("UTF-16 file with an odd number of bytes");
        }
        let units = body.chunks_exact(2).map(|p| {
            if le {
                u16::from_le_bytes([p[0], p[1]])
            } else {
                u16::from_be_bytes([p[0], p[1]])
            }
        });
        let mut out = Vec::with_capacity(body.len() / 2);
        let mut off = 2;
        for r in char::decode_utf16(units) {
            let c = r.map_err(|_| anyhow::anyhow!("invalid UTF-16 at byte {off}"))?;
            out.push((c, off));
            off += 2 * c.len_utf16();
        }
        return Ok((out, if le { "UTF-16LE" } else { "UTF-16BE" }));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok((s.char_indices().map(|(i, c)| (c, i)).collect(), "UTF-8"));
    }
    // Legacy pages: a declared charset (HTML meta), else Windows-1258 when it reads as
    // Vietnamese, else Windows-1252.
    let encoding = declared_charset(bytes).unwrap_or_else(|| guess_legacy(bytes));
    Ok((decode_legacy(bytes, encoding), encoding.name()))
}

/// `charset=…` in the first 2 KiB (an HTML `<meta>`), if encoding_rs knows the label.
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let label: Vec<u8> = lower[at..]
        .iter()
        .copied()
        .skip_while(|&b| b == b'"' || b == b'\'')
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_')
        .collect();
    encoding_rs::Encoding::for_label(&label).filter(|e| *e != encoding_rs::UTF_8)
}

fn guess_legacy(bytes: &[u8]) -> &'static encoding_rs::Encoding {
    let (vi, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(bytes);
    let vietnamese = vi
        .chars()
        .filter(|c| {
            matches!(
                c,
                'ơ' | 'Ơ'
                    | 'ư'
                    | 'Ư'
                    | 'ă'
                    | 'Ă'
                    | 'đ'
                    | 'Đ'
                    | '\u{300}'
                    | '\u{301}'
                    | '\u{303}'
                    | '\u{309}'
                    | '\u{323}'
            )
        })
        .count();
    if vietnamese > 0 {
        encoding_rs::WINDOWS_1258
    } else {
        encoding_rs::WINDOWS_1252
    }
}

/// Decodes byte by byte with a streaming decoder, so every char knows the offset of the
/// first byte that produced it (exact for single-byte encodings, right for multi-byte ones).
fn decode_legacy(bytes: &[u8], encoding: &'static encoding_rs::Encoding) -> Vec<(char, usize)> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut out = Vec::with_capacity(bytes.len());
    let mut buf = String::with_capacity(16);
    let mut char_start = 0;
    for i in 0..=bytes.len() {
        buf.clear();
        let (chunk, last) = if i == bytes.len() {
            (&bytes[i..], true)
        } else {
            (&bytes[i..i + 1], false)
        };
        let _ = decoder.decode_to_string(chunk, &mut buf, last);
        if !buf.is_empty() {
            for c in buf.chars() {
                out.push((c, char_start));
            }
            char_start = i + 1;
        }
    }
    out
}

/// Rejects binary data: NULs or a high share of control characters.
fn check_is_text(text: &str) -> Result<()> {
    if text.as_bytes().contains(&0) {
        bail!("not a text file (contains NUL bytes)");
    }
    // Control characters (Unicode Cc) are U+0000–U+001F, U+007F and U+0080–U+009F; the last
    // are encoded C2 80–C2 9F. Characters are the bytes that are not continuation bytes.
    let bytes = text.as_bytes();
    let total = count_bytes(bytes, |b| b & 0xC0 != 0x80);
    let c0 = count_bytes(bytes, |b| {
        (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)) || b == 0x7F
    });
    let c1 = if bytes.contains(&0xC2) {
        bytes
            .iter()
            .zip(&bytes[1..])
            .filter(|&(&a, &b)| a == 0xC2 && b < 0xA0)
            .count()
    } else {
        0
    };
    let controls = c0 + c1;
    if total > 0 && controls * 20 > total {
        bail!("not a text file ({controls} control characters in {total})");
    }
    Ok(())
}

/// How many bytes satisfy `pred`, counted in `u8` lanes over blocks of 255 bytes (no lane can
/// overflow), which the compiler vectorises.
fn count_bytes(bytes: &[u8], pred: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(255)
        .map(|c| usize::from(c.iter().fold(0u8, |n, &b| n + u8::from(pred(b)))))
        .sum()
}

/// `is_nfc_quick(s) == Yes` and no [`is_styled`] character, without looking up characters
/// that are always in NFC with combining class 0: ASCII, U+0080–U+02FF (Latin-1, Latin
/// Extended, IPA, spacing modifiers), U+1E00–U+1EFF (Latin Extended Additional: Vietnamese's
/// toned letters) and U+2002–U+206F (general punctuation). Such a character resets the quick
/// check's state, so the rest is checked run by run; styled characters are none of them, so
/// looking for them costs nothing on plain text.
fn is_plain_fast(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let simple = match b[i] {
            0..=0x7F => Some(1),
            0xC2..=0xCB => Some(2),
            0xE1 if matches!(b.get(i + 1), Some(0xB8..=0xBB)) => Some(3),
            // U+2002–U+206F: quotes, dashes, ellipsis (U+2000 and U+2001 are not in NFC).
            0xE2 if matches!(
                (b.get(i + 1), b.get(i + 2)),
                (Some(0x80), Some(0x82..)) | (Some(0x81), Some(..=0xAF))
            ) =>
            {
                Some(3)
            }
            _ => None,
        };
        if let Some(w) = simple {
            i += w;
            continue;
        }
        // A run of other characters, up to the next simple one.
        let start = i;
        let mut end = i;
        for c in s[start..].chars() {
            if is_simple(c) {
                break;
            }
            if is_styled(c) {
                return false;
            }
            end += c.len_utf8();
        }
        if is_nfc_quick(s[start..end].chars()) != IsNormalized::Yes {
            return false;
        }
        i = end;
    }
    true
}

fn is_simple(c: char) -> bool {
    matches!(c as u32, 0..=0x2FF | 0x1E00..=0x1EFF | 0x2002..=0x206F)
}

/// The first `n` bytes of `text`, shortened to a character boundary.
pub fn head(text: &str, n: usize) -> &str {
    let mut end = n.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What [`is_plain_fast`] tells, by the book.
    fn is_plain(t: &str) -> bool {
        is_nfc_quick(t.chars()) == IsNormalized::Yes && !t.chars().any(is_styled)
    }

    fn file_slice<'a>(bytes: &'a [u8], text: &str, map: &OffsetMap, needle: &str) -> &'a [u8] {
        let start = text.find(needle).expect("needle present");
        &bytes[map.to_file(start)..map.to_file(start + needle.len())]
    }

    #[test]
    fn fast_nfc_check_agrees_with_quick_check() {
        let nfd: String = "Khoảng 90.000 lính Nga".nfd().collect();
        for t in [
            "gần 100.000 quân “Nga” – 6,1 độ…",
            nfd.as_str(),
            "e\u{301}",
            "\u{1EA0}\u{301}",
            "Å\u{30A}\u{30A} 한국어 Ελλάδα",
            "\u{2126} ohm",
            "\u{2000}\u{2001}\u{2002}“”–…\u{206F}\u{2070}",
            "a\u{316}\u{301}",
            "a\u{301}\u{316}",
            "",
        ] {
            assert_eq!(is_plain_fast(t), is_plain(t), "{t:?}");
        }
    }

    #[test]
    fn simple_characters_are_nfc_starters() {
        for u in (0..=0x2FF).chain(0x1E00..=0x1EFF).chain(0x2002..=0x206F) {
            let c = char::from_u32(u).expect("scalar");
            assert!(is_simple(c));
            assert_eq!(
                unicode_normalization::char::canonical_combining_class(c),
                0,
                "U+{u:04X}"
            );
            assert_eq!(
                is_nfc_quick(std::iter::once(c)),
                IsNormalized::Yes,
                "U+{u:04X}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_nfc_check_agrees_on_any_text(t in "[a-zàáạẢ\\u{1ff0}-\\u{2080}\\u{300}-\\u{36f}\\u{1100}-\\u{11ff}\\u{ac00}\\PC]{0,24}") {
            proptest::prop_assert_eq!(is_plain_fast(&t), is_plain(&t));
        }
    }

    #[test]
    fn control_count_agrees_with_unicode() {
        // Longer than one counting block (255 bytes), just under and over the limit.
        let long_text = format!("{}{}", "ệ".repeat(300), "\u{1}".repeat(15));
        let long_noise = format!("{}{}", "ệ".repeat(300), "\u{1}".repeat(16));
        for t in [
            &long_text,
            &long_noise,
            "a\u{7f}b",
            "\u{85}\u{9f}\u{a0}",
            "x\u{1}\u{1f}\n\t\r\u{c}",
            "Tiếng Việt",
        ] {
            let by_chars = t
                .chars()
                .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c'))
                .count();
            let total = t.chars().count();
            assert_eq!(
                check_is_text(t).is_err(),
                total > 0 && by_chars * 20 > total,
                "{t:?}"
            );
        }
    }

    #[test]
    fn utf8_is_identity() {
        let (t, m, e) = decode("gần 100.000 quân".as_bytes()).unwrap();
        assert_eq!(t, "gần 100.000 quân");
        assert_eq!(e, "UTF-8");
        assert_eq!(m.to_file(5), 5);
    }

    #[test]
    fn nfd_is_composed_and_mapped() {
        let nfd: String = "Khoảng 90.000 lính Nga".nfd().collect();
        let (t, m, _) = decode(nfd.as_bytes()).unwrap();
        assert_eq!(t, "Khoảng 90.000 lính Nga");
        assert_eq!(file_slice(nfd.as_bytes(), &t, &m, "90.000"), b"90.000");
        let lính: String = "lính".nfd().collect();
        assert_eq!(file_slice(nfd.as_bytes(), &t, &m, "lính"), lính.as_bytes());
    }

    #[test]
    fn styled_letters_and_digits_read_plain_and_map_to_the_file() {
        let styled = "Vụ cháy lúc 𝟸𝟶 𝚐𝚒ờ, ２０ người";
        let underlined = "L\u{332}úc\u{332} 2\u{332}1\u{332}h\u{332}5\u{332}0\u{332} tối";
        // (file, text read, a mention, its bytes in the file)
        for (file, text, mention, written) in [
            (styled, "Vụ cháy lúc 20 giờ, 20 người", "20 giờ", "𝟸𝟶 𝚐𝚒ờ"),
            (
                styled,
                "Vụ cháy lúc 20 giờ, 20 người",
                "20 người",
                "２０ người",
            ),
            (
                underlined,
                "Lúc 21h50 tối",
                "21h50",
                "2\u{332}1\u{332}h\u{332}5\u{332}0\u{332}",
            ),
        ] {
            let (t, m, _) = decode(file.as_bytes()).unwrap();
            assert_eq!(t, text);
            assert_eq!(
                file_slice(file.as_bytes(), &t, &m, mention),
                written.as_bytes()
            );
        }
        // Neighbours of the styled blocks stay as they are: U+FF5F (a fullwidth bracket),
        // U+1F600 (an emoji), U+1D3FF (just below the mathematical letters), U+0331 (a
        // macron below, a letter's mark in some languages).
        for plain in ["a ｟b", "a 😀 b", "x\u{1D3FF}", "x\u{331}"] {
            assert!(!plain.chars().any(is_styled), "{plain:?}");
            assert_eq!(is_plain_fast(plain), is_plain(plain), "{plain:?}");
        }
        for one in ["\u{1D400}", "\u{1D7FF}", "\u{FF01}", "\u{FF5E}", "x\u{332}"] {
            assert!(!is_plain_fast(one), "{one:?}");
        }
    }

    #[test]
    fn utf16_and_bom_offsets_point_into_file() {
        let s = "Ngày 21/1, 90 phút";
        let mut le = vec![0xFF, 0xFE];
        for u in s.encode_utf16() {
            le.extend(u.to_le_bytes());
        }
        let (t, m, e) = decode(&le).unwrap();
        assert_eq!((t.as_str(), e), (s, "UTF-16LE"));
        let got = file_slice(&le, &t, &m, "90");
        assert_eq!(got, &[b'9', 0, b'0', 0]);

        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend(s.as_bytes());
        let (t, m, _) = decode(&bom).unwrap();
        assert_eq!(file_slice(&bom, &t, &m, "21/1"), b"21/1");
    }

    #[test]
    fn windows_1258_decodes() {
        // "Vi\xEA\xF2t" is "Việt" written with a combining dot below (0xF2) in CP1258.
        let bytes = b"Vi\xEA\xF2t 100";
        let (t, m, e) = decode(bytes).unwrap();
        assert_eq!(e, "windows-1258");
        assert_eq!(t, "Việt 100");
        assert_eq!(file_slice(bytes, &t, &m, "100"), b"100");
    }

    #[test]
    fn windows_1252_and_declared_charsets() {
        let (t, _, e) = decode(b"Caf\xE9 au lait 100").unwrap();
        assert_eq!((t.as_str(), e), ("Café au lait 100", "windows-1252"));
        let page = b"<html><head><meta charset=\"iso-8859-2\"></head><body>\xB1 5</body></html>";
        let (t, _, e) = decode(page).unwrap();
        assert_eq!(e, "ISO-8859-2");
        assert!(t.contains("ą 5"));
    }

    #[test]
    fn binary_is_rejected() {
        assert!(decode(b"abc\0def").is_err());
        assert!(decode(&[0x01, 0x02, 0x03, 0x04, b'a']).is_err());
    }
}
