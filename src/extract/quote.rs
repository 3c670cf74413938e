//! Quotations: text inside “…”, "…" or «…» with the speaker the surrounding words give
//! (`ông X nói`, `X cho biết`, `theo X`, English `said`/`told`). It must not compare quotes;
//! names are read by `name`.
//!
//! Cost: one pass over each region for quotation marks; the speaker search looks at a bounded
//! window (160 bytes) on each side of a quote.

use crate::claim::{Claim, Kind, Span, Value};
use crate::token::{tokenize, Class, ExactWords, Tok};
use std::sync::LazyLock;

/// Quotes shorter than this many words are scare quotes ("bước đột phá"), not statements.
const MIN_QUOTE_WORDS: usize = 6;

const SPEECH_VERBS: &[&str] = &[
    "nói", "cho", "khẳng", "nhấn", "tuyên", "phát", "viết", "bày", "nhận", "cảnh", "kêu", "chia",
    "said", "says", "told", "wrote", "added",
];
const TITLES: &[&str] = &[
    "ông", "bà", "anh", "chị", "em", "Ông", "Bà", "Anh", "Chị", "ngài", "Ngoại", "Tổng", "Thủ",
    "Bộ", "Thứ", "Chủ", "Phó", "Mr", "Ms", "Mrs",
];

static TITLE_WORDS: LazyLock<ExactWords> = LazyLock::new(|| ExactWords::new(TITLES));

fn fold_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A capitalised name run ending at token `end` (exclusive), at least `min` tokens.
fn name_before(toks: &[Tok], end: usize, min: usize) -> Option<(usize, usize)> {
    let mut k = end;
    while k > 0
        && toks[k - 1].class == Class::Word
        && toks[k - 1].is_capitalized()
        && !TITLE_WORDS.contains(&toks[k - 1])
    {
        k -= 1;
    }
    (end - k >= min).then_some((k, end))
}

fn name_after(toks: &[Tok], start: usize) -> Option<(usize, usize)> {
    // An abbreviated title and its full stop before the name ("said Capt. David Jackson").
    let start = if toks
        .get(start)
        .is_some_and(|t| crate::token::is_title_abbreviation(t.s))
        && toks.get(start + 1).is_some_and(|t| t.is_punct('.'))
        && toks.get(start + 2).is_some_and(|t| t.is_capitalized())
    {
        start + 2
    } else {
        start
    };
    let mut k = start;
    while k < toks.len()
        && toks[k].class == Class::Word
        && toks[k].is_capitalized()
        && !TITLE_WORDS.contains(&toks[k])
    {
        k += 1;
        // A middle initial: "Sergey A. Ryabkov".
        let initial = toks[k - 1].s.chars().nth(1).is_none();
        if initial
            && toks.get(k).is_some_and(|t| t.is_punct('.'))
            && toks.get(k + 1).is_some_and(|t| t.is_capitalized())
        {
            k += 1;
        }
    }
    // Never end on an initial's dot.
    while k > start && toks[k - 1].class == Class::Punct {
        k -= 1;
    }
    (k > start).then_some((start, k))
}

/// First words of the name of a body a role belongs to ("Bí thư Thành uỷ", "Giám đốc Sở Y
/// tế"), not of a person's.
const BODY_WORDS: &[&str] = &[
    "Thành",
    "Tỉnh",
    "Sở",
    "Bộ",
    "Ban",
    "Huyện",
    "Quận",
    "Xã",
    "Phường",
    "Hội",
    "Công",
    "Tập",
    "Viện",
    "Trường",
    "Bệnh",
    "Ngân",
    "Ủy",
    "Uỷ",
    "Cục",
    "Phòng",
];

/// The speaker a capitalised run `(a, b)` before a speech verb gives. After a role the run
/// may name the role's body, not a person ("Chủ tịch TP cho biết", "Bí thư Thành Uỷ nói",
/// "bà Vũ Thị Quyên, giám đốc EVN cho biết"): then the person is the titled name before the
/// comma that opens the role, or there is no speaker to compare.
fn speaker_run(toks: &[Tok], a: usize, b: usize) -> Option<(usize, usize)> {
    if !super::name::role_before(toks, a) {
        return Some((a, b));
    }
    let acronym = toks[a..b].iter().all(super::name::is_acronym);
    if !acronym && !toks[a].is_any(BODY_WORDS) {
        return Some((a, b));
    }
    let comma = (a.saturating_sub(5)..a)
        .rev()
        .find(|&k| toks[k].is_punct(','))?;
    let (p, q) = name_before(toks, comma, 2)?;
    (p > 0 && TITLE_WORDS.contains(&toks[p - 1])).then_some((p, q))
}

fn joined(toks: &[Tok], a: usize, b: usize) -> String {
    toks[a..b].iter().map(|t| t.s).collect::<Vec<_>>().join(" ")
}

/// Words after a quote within which its speech verb is looked for, and how many more a
/// capitalised title and name may take.
const NEAR_AFTER: usize = 6;
const LONG_TITLE: usize = 3;

/// The speaker in the words before a quote ("Ông Blinken nói:") or after it
/// ("…,” ông Blinken nói.", "…," said Blinken).
fn speaker(text: &str, before: Span, after: Span) -> Option<String> {
    let mut toks = Vec::new();
    tokenize(text, after, &mut toks);
    // After: [,] [title] Name verb   |  said Name
    let words: Vec<usize> = (0..toks.len())
        .filter(|&i| toks[i].class == Class::Word)
        .take(NEAR_AFTER + LONG_TITLE)
        .collect();
    for (n, &i) in words.iter().enumerate() {
        // Further on, only after one capitalised run (a long title and a name: "Russian
        // Deputy Foreign Minister Sergei Ryabkov told").
        if n >= NEAR_AFTER && !words[..n].iter().all(|&k| toks[k].upper) {
            break;
        }
        if SPEECH_VERBS.iter().any(|v| toks[i].is(v)) {
            if let Some((a, b)) = name_before(&toks, i, 1) {
                let (a, b) = speaker_run(&toks, a, b)?;
                let a = super::name::after_english_title(&toks, a, b);
                return Some(joined(&toks, a, b));
            }
            if let Some((a, b)) = name_after(&toks, i + 1) {
                let a = super::name::after_english_title(&toks, a, b);
                return Some(joined(&toks, a, b));
            }
        }
    }
    tokenize(text, before, &mut toks);
    // Before: Name verb [thêm] [:]   or  theo Name
    for i in (0..toks.len()).rev().take(8) {
        if SPEECH_VERBS.iter().any(|v| toks[i].is(v)) || toks[i].is("theo") {
            if toks[i].is("theo") {
                if let Some((a, b)) = name_after(&toks, i + 1) {
                    return Some(joined(&toks, a, b));
                }
            } else if let Some((a, b)) = name_before(&toks, i, 1) {
                let (a, b) = speaker_run(&toks, a, b)?;
                let a = super::name::after_english_title(&toks, a, b);
                return Some(joined(&toks, a, b));
            }
        }
    }
    None
}

/// Quotes in `text[region]`, each with its speaker when the surrounding words give one.
pub fn quotes(text: &str, region: Span, sentence_of: impl Fn(usize) -> Span, out: &mut Vec<Claim>) {
    let s = &text[region.start..region.end];
    let pairs = [('“', '”'), ('«', '»'), ('"', '"')];
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for (open, close) in pairs {
        let mut from = 0;
        while let Some(p) = s[from..].find(open) {
            let start = from + p + open.len_utf8();
            let Some(q) = s[start..].find(close) else {
                break;
            };
            let end = start + q;
            from = end + close.len_utf8();
            if taken.iter().any(|&(a, b)| a < end && start < b) {
                continue;
            }
            let inner = s[start..end].trim_matches(|c: char| c.is_whitespace() || c == ',');
            if inner.split_whitespace().nth(MIN_QUOTE_WORDS - 1).is_none() {
                continue;
            }
            taken.push((start, end));
            // `inner` is a slice of `s[start..end]`: its lead is where it starts.
            let lead = inner.as_ptr() as usize - s[start..].as_ptr() as usize;
            let span = Span::new(
                region.start + start + lead,
                region.start + start + lead + inner.len(),
            );
            let window = 160;
            let mut b0 = (start - open.len_utf8()).saturating_sub(window);
            while !s.is_char_boundary(b0) {
                b0 += 1;
            }
            let mut a1 = (from + window).min(s.len());
            while !s.is_char_boundary(a1) {
                a1 -= 1;
            }
            let before = Span::new(region.start + b0, region.start + start - open.len_utf8());
            let after = Span::new(region.start + from, region.start + a1);
            let who = speaker(text, before, after);
            out.push(Claim {
                kind: Kind::Quote,
                value: Value::Text(fold_ws(inner)),
                range: (0.0, 0.0),
                qualifier: None,
                slot: who.map_or("quote".into(), |w| format!("quote/{w}").into()),
                span,
                // A quote may run over several sentences: its sentence covers them all.
                sentence: {
                    let (a, b) = (
                        sentence_of(span.start),
                        sentence_of(span.end.saturating_sub(1)),
                    );
                    Span::new(a.start.min(span.start), b.end.max(span.end))
                },
                rule: "quote",
                weekday: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(s: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        quotes(
            s,
            Span::new(0, s.len()),
            |_| Span::new(0, s.len()),
            &mut out,
        );
        out.into_iter()
            .map(|c| (c.value.to_string(), c.slot.into_owned()))
            .collect()
    }

    #[test]
    fn quotes_with_speakers() {
        assert_eq!(
            quoted("“Tôi tin rằng Ngoại trưởng Lavrov hiện đã hiểu rõ hơn,” ông Blinken nói."),
            [(
                "Tôi tin rằng Ngoại trưởng Lavrov hiện đã hiểu rõ hơn".to_string(),
                "quote/Blinken".to_string()
            )]
        );
        assert_eq!(
            quoted("Ông Stoltenberg nói: “Đây không phải là một cuộc thảo luận dễ dàng.”")[0].1,
            "quote/Stoltenberg"
        );
        assert_eq!(
            quoted("\"We are ready to meet Russia on either path,\" Blinken said.")[0].1,
            "quote/Blinken"
        );
        // A long English title before the name: the speaker is the person.
        assert_eq!(
            quoted("\"We have no intention of attacking Ukraine,\" Russian Deputy Foreign Minister Sergei Ryabkov told reporters.")[0].1,
            "quote/Sergei Ryabkov"
        );
        assert_eq!(
            quoted(
                "Secretary of State Antony Blinken said: \"The path of diplomacy remains open.\""
            )[0]
            .1,
            "quote/Antony Blinken"
        );
        // An abbreviated title after the verb: "said Capt. David Jackson".
        assert_eq!(
            quoted("\"They found quite a chaotic scene,\" said Capt. David Jackson, a police spokesman.")[0].1,
            "quote/David Jackson"
        );
        assert!(quoted("một “bước đột phá” trong đàm phán").is_empty());
        // A role's body is no speaker: the titled name before the role is, or nobody.
        assert_eq!(
            quoted("Bà Vũ Thị Quyên, giám đốc EVN cho biết: “Chúng ta cần phải tiếp cận qua hai hướng.”")[0].1,
            "quote/Vũ Thị Quyên"
        );
        assert_eq!(
            quoted("“Tôi bảo đảm thời gian tới sẽ có nhà máy xử lý rác”, Chủ tịch TP cho biết.")[0]
                .1,
            "quote"
        );
        assert_eq!(
            quoted("“Tôi bảo đảm thời gian tới sẽ có nhà máy xử lý rác”, Chủ tịch Nguyễn Đức Chung cho biết.")[0].1,
            "quote/Nguyễn Đức Chung"
        );
    }

    #[test]
    fn a_quote_over_two_sentences_stays_inside_its_sentence_span() {
        let s = "Mở đầu. “Câu một rất dài ở đây. Câu hai dài hơn nữa nhé bạn,” ông An nói.";
        let mut sents = Vec::new();
        crate::token::sentences(s, Span::new(0, s.len()), &mut sents);
        let sentence_of = |at: usize| {
            let i = sents.partition_point(|x| x.end <= at);
            sents.get(i).copied().unwrap_or(Span::new(0, s.len()))
        };
        let mut out = Vec::new();
        quotes(s, Span::new(0, s.len()), sentence_of, &mut out);
        assert_eq!(out.len(), 1);
        let c = &out[0];
        assert!(
            c.sentence.start <= c.span.start && c.span.end <= c.sentence.end,
            "{c:?}"
        );
    }
}
