//! The words around a claim that say what it is about, hashed for cheap comparison. It must
//! not compare two claims; alignment does.

use crate::claim::Claim;
use crate::token::{Class, Tok, WordSet};
use std::sync::LazyLock;

/// Words too common to say what a figure is about.
const STOPWORDS: &[&str] = &[
    "và", "với", "của", "là", "trong", "từ", "đến", "tới", "cho", "có", "được", "bị", "đã", "sẽ",
    "thì", "mà", "nhưng", "hay", "hoặc", "này", "đó", "khi", "để", "vì", "do", "tại", "ở", "về",
    "theo", "như", "trên", "dưới", "sau", "trước", "giữa", "so", "các", "những", "một", "người",
    "cũng", "đang", "vẫn", "rằng", "biết", "nói", "cho", "ông", "bà", "anh", "chị", "năm", "ngày",
    "tháng", "khoảng", "gần", "hơn", "nhiều", "lên", "ra", "vào", "nay", "the", "a", "of", "to",
    "in", "on", "and", "at", "for", "with", "by", "from", "about", "more", "than", "said",
];

/// Tokens of the figure's sentence within this many tokens of the mention describe it.
const CONTEXT_WINDOW: usize = 6;

/// The content words around a claim (the tokens of its sentence), hashed: two figures are
/// about the same thing only when these overlap (`compare`).
pub fn words(toks: &[Tok], c: &Claim) -> Vec<u64> {
    static STOP: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(STOPWORDS.iter().copied()));
    let first = toks.partition_point(|t| t.end <= c.span.start);
    let last = toks.partition_point(|t| t.start < c.span.end);
    let lo = first.saturating_sub(CONTEXT_WINDOW);
    let hi = (last + CONTEXT_WINDOW).min(toks.len());
    // Token keys are hashes of the lower-cased words: deterministic and free to reuse.
    let mut out: Vec<u64> = (lo..hi)
        .filter(|&k| {
            (k < first || k >= last) && toks[k].class == Class::Word && !STOP.contains(&toks[k])
        })
        .map(|k| toks[k].key)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}
