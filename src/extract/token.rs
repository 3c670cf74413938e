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

    pub fn is_capitalized(&self) -> bool {
        self.s.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn is_lower_word(&self) -> bool {
        self.class == Class::Word && self.s.chars().next().is_some_and(char::is_lowercase)
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

/// Case-insensitive equality without allocating (simple one-to-one case folding).
pub fn eq_fold(a: &str, b: &str) -> bool {
    if a.len() != b.len() && a.is_ascii() && b.is_ascii() {
        return false;
    }
    let mut x = a.chars();
    let mut y = b.chars();
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) => {
                if p != q && lower(p) != lower(q) {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
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
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_space(c) {
            continue;
        }
        if c.is_alphanumeric() {
            let class = if c.is_ascii_digit() {
                Class::Num
            } else {
                Class::Word
            };
            let mut end = i + c.len_utf8();
            let mut prev = c;
            while let Some(&(j, d)) = it.peek() {
                let joins = if d.is_alphanumeric() {
                    true
                } else if matches!(d, '.' | ',' | '/' | ':') {
                    prev.is_ascii_digit() && bytes.get(j + 1).is_some_and(u8::is_ascii_digit)
                } else if d == '-' {
                    prev.is_alphanumeric()
                        && s[j + 1..].chars().next().is_some_and(char::is_alphanumeric)
                        // "9-10", "Nga-NATO", "COVID-19" join; "90-minute" does not.
                        && (!prev.is_ascii_digit() || bytes.get(j + 1).is_some_and(u8::is_ascii_digit))
                } else {
                    false
                };
                if !joins {
                    break;
                }
                end = j + d.len_utf8();
                prev = d;
                it.next();
            }
            out.push(Tok {
                s: &s[i..end],
                start: span.start + i,
                end: span.start + end,
                class,
            });
        } else {
            out.push(Tok {
                s: &s[i..i + c.len_utf8()],
                start: span.start + i,
                end: span.start + i + c.len_utf8(),
                class: Class::Punct,
            });
        }
    }
}

/// Splits `text[span]` into sentences: at line breaks, and after `.!?…` followed by white
/// space and a capital letter, quote, dash or digit. `100.000` and `Mr. Smith`-style dots
/// inside a token never split.
pub fn sentences(text: &str, span: Span, out: &mut Vec<Span>) {
    out.clear();
    let s = &text[span.start..span.end];
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let cut = match c {
            '\n' => Some(i),
            '.' | '!' | '?' | '…' => {
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
                let is_abbrev = c == '.' && i > 0 && is_abbreviation(&s[..i]);
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
            _ => None,
        };
        if let Some(end) = cut {
            push_trimmed(s, span.start, start, end, out);
            start = end;
            while it.peek().is_some_and(|&(j, _)| j < end) {
                it.next();
            }
        }
    }
    push_trimmed(s, span.start, start, s.len(), out);
}

fn push_trimmed(s: &str, base: usize, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &s[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(Span::new(
            base + start + lead,
            base + start + lead + trimmed.len(),
        ));
    }
}

/// Short capitalised words before a dot that do not end a sentence (`Mr.`, `TP.`, `St.`).
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "St"
            | "TP"
            | "Jan"
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
            | "U.S"
            | "Gen"
            | "Sen"
            | "Rep"
            | "vs"
    ) || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
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
    }

    #[test]
    fn fold() {
        assert!(eq_fold("KHOẢNG", "khoảng"));
        assert!(eq_fold("Thứ", "thứ"));
        assert!(!eq_fold("thứ", "thư"));
    }
}
