//! Qualifiers that turn a figure into a range (`khoảng`, `gần`, `hơn`, `about`, `at least`)
//! and vague amounts (`hàng nghìn`, `tens of thousands`). It must not read the figure itself.
//!
//! Ranges (x = the figure as written): about ±5%; nearly [0.95x, x]; more than / at least
//! [x, ∞); less than / at most / up to [0, x]; none or "lên tới" (reaching): x ± its rounding
//! (half a unit of the last non-zero digit, at most 1%).
//! The ±5% is narrow on purpose: "khoảng 90.000" and "gần 100.000" must not overlap.

use crate::token::Tok;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    About,
    Nearly,
    AtLeast,
    AtMost,
    Exact,
}

/// (name written to the `qualifier` column, bound, words).
pub(crate) type Entry = (&'static str, Bound, &'static [&'static str]);

/// Longest phrases first within a language so "lên tới" wins over "tới".
pub(crate) const QUALIFIERS: &[Entry] = &[
    ("about", Bound::About, &["khoảng"]),
    ("about", Bound::About, &["chừng"]),
    ("about", Bound::About, &["xấp", "xỉ"]),
    ("about", Bound::About, &["ước", "tính"]),
    ("about", Bound::About, &["ước", "khoảng"]),
    // "trên dưới 100 người": over or under, so about.
    ("about", Bound::About, &["trên", "dưới"]),
    ("about", Bound::About, &["about"]),
    ("about", Bound::About, &["around"]),
    ("about", Bound::About, &["approximately"]),
    ("about", Bound::About, &["roughly"]),
    ("about", Bound::About, &["some"]),
    // "An estimated 20,000 people", as "ước tính" is.
    ("about", Bound::About, &["an", "estimated"]),
    ("about", Bound::About, &["estimated"]),
    ("nearly", Bound::Nearly, &["gần"]),
    ("nearly", Bound::Nearly, &["suýt"]),
    ("nearly", Bound::Nearly, &["nearly"]),
    ("nearly", Bound::Nearly, &["almost"]),
    // A figure drawn near is not yet reached: "the death toll climbs toward 100", "nearing
    // 100", "approaching 100".
    ("nearly", Bound::Nearly, &["toward"]),
    ("nearly", Bound::Nearly, &["towards"]),
    ("nearly", Bound::Nearly, &["approaching"]),
    ("nearly", Bound::Nearly, &["nearing"]),
    ("nearly", Bound::Nearly, &["nears"]),
    ("nearly", Bound::Nearly, &["neared"]),
    // "ít hơn 1,5 năm" is fewer than, "nhiều hơn" more than (the bare "hơn" is more than).
    ("less than", Bound::AtMost, &["ít", "hơn"]),
    ("more than", Bound::AtLeast, &["nhiều", "hơn"]),
    ("more than", Bound::AtLeast, &["hơn"]),
    ("more than", Bound::AtLeast, &["trên"]),
    ("more than", Bound::AtLeast, &["ngoài"]),
    ("more than", Bound::AtLeast, &["more", "than"]),
    ("more than", Bound::AtLeast, &["over"]),
    // "the death toll has already climbed above 5,000".
    ("more than", Bound::AtLeast, &["above"]),
    ("more than", Bound::AtLeast, &["in", "excess", "of"]),
    ("more than", Bound::AtLeast, &["upwards", "of"]),
    // "Greater than 19 million individuals were eligible to vote".
    ("more than", Bound::AtLeast, &["greater", "than"]),
    // A figure passed is a floor: "vượt quá 100", "could top 180", "topped 100", "exceeded
    // 50" ("top" alone is a chart's: "Top 100").
    ("more than", Bound::AtLeast, &["vượt", "quá"]),
    ("more than", Bound::AtLeast, &["vượt", "mốc"]),
    ("more than", Bound::AtLeast, &["could", "top"]),
    ("more than", Bound::AtLeast, &["may", "top"]),
    ("more than", Bound::AtLeast, &["might", "top"]),
    ("more than", Bound::AtLeast, &["will", "top"]),
    ("more than", Bound::AtLeast, &["would", "top"]),
    ("more than", Bound::AtLeast, &["to", "top"]),
    ("more than", Bound::AtLeast, &["topped"]),
    ("more than", Bound::AtLeast, &["tops"]),
    ("more than", Bound::AtLeast, &["exceeded"]),
    ("more than", Bound::AtLeast, &["exceeds"]),
    ("more than", Bound::AtLeast, &["exceed"]),
    ("more than", Bound::AtLeast, &["surpassed"]),
    ("more than", Bound::AtLeast, &["surpasses"]),
    ("more than", Bound::AtLeast, &["surpassing"]),
    ("more than", Bound::AtLeast, &["crossing"]),
    // "toll passes 2,000", "the death toll has passed 2,800" (asked of a count only: "the
    // bill passed 300 to 100" is a vote).
    ("more than", Bound::AtLeast, &["passes"]),
    ("more than", Bound::AtLeast, &["passed"]),
    ("more than", Bound::AtLeast, &["passing"]),
    // "death toll crosses 150" (Indian English).
    ("more than", Bound::AtLeast, &["crosses"]),
    ("more than", Bound::AtLeast, &["crossed"]),
    // "no fewer than 20", "no more than six and a half years": the negation turns the bound.
    ("at least", Bound::AtLeast, &["no", "fewer", "than"]),
    ("at least", Bound::AtLeast, &["no", "less", "than"]),
    ("at least", Bound::AtLeast, &["not", "less", "than"]),
    ("at most", Bound::AtMost, &["no", "more", "than"]),
    ("at most", Bound::AtMost, &["not", "more", "than"]),
    ("at least", Bound::AtLeast, &["ít", "nhất"]),
    ("at least", Bound::AtLeast, &["tối", "thiểu"]),
    ("at least", Bound::AtLeast, &["at", "least"]),
    // Indian English writes it as one word: "Atleast 40 pilgrims".
    ("at least", Bound::AtLeast, &["atleast"]),
    ("less than", Bound::AtMost, &["dưới"]),
    ("less than", Bound::AtMost, &["chưa", "đầy"]),
    ("less than", Bound::AtMost, &["chưa", "tới"]),
    ("less than", Bound::AtMost, &["không", "quá"]),
    ("less than", Bound::AtMost, &["less", "than"]),
    ("less than", Bound::AtMost, &["fewer", "than"]),
    ("less than", Bound::AtMost, &["under"]),
    ("at most", Bound::AtMost, &["tối", "đa"]),
    ("at most", Bound::AtMost, &["at", "most"]),
    ("up to", Bound::AtMost, &["up", "to"]),
    // Indian English writes it as one word: "upto 45 women".
    ("up to", Bound::AtMost, &["upto"]),
    // "As many as 102 passengers were travelling": news copy stresses how large the figure
    // is; it gives the figure, not a ceiling that any smaller count fits.
    ("as many as", Bound::Exact, &["as", "many", "as"]),
    ("as many as", Bound::Exact, &["as", "much", "as"]),
    ("reaching", Bound::Exact, &["lên", "tới"]),
    ("reaching", Bound::Exact, &["lên", "đến"]),
    ("reaching", Bound::Exact, &["tới"]),
];

/// First words of the qualifiers that say a figure was passed ("vượt quá", "exceeded"): a
/// negation before them makes the figure a ceiling.
const PASSING: &[&str] = &[
    "vượt",
    "could",
    "may",
    "might",
    "will",
    "would",
    "to",
    "topped",
    "tops",
    "exceeded",
    "exceeds",
    "exceed",
    "surpassed",
    "surpasses",
    "surpassing",
    "crossing",
    "crosses",
    "crossed",
    "passes",
    "passed",
    "passing",
];

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Qualifier {
    pub name: &'static str,
    pub bound: Bound,
    /// Tokens the qualifier takes.
    pub len: usize,
}

/// The qualifier starting at token `i`, if any.
pub fn at(toks: &[Tok], i: usize) -> Option<Qualifier> {
    static INDEX: std::sync::LazyLock<crate::token::PhraseIndex<(&'static str, Bound)>> =
        std::sync::LazyLock::new(|| {
            crate::token::PhraseIndex::new(
                QUALIFIERS
                    .iter()
                    .map(|&(name, bound, words)| (words, (name, bound))),
            )
        });
    let ((name, bound), len) = INDEX.longest_at(toks, i, false)?;
    // A figure passed is a count's floor only after the count: "toll passes 2,000", "the
    // number of dead has passed 100".
    if toks[i].is_any(&["passes", "passed", "passing"])
        && !(i.saturating_sub(3)..i).any(|p| {
            toks[p].is_any(&[
                "toll", "tolls", "tally", "count", "number", "total", "dead", "deaths",
            ])
        })
    {
        return None;
    }
    // "9 trên 14 đứa trẻ": after a figure, "trên" is "out of", not "more than".
    if toks[i].is("trên") && i > 0 && toks[i - 1].class == crate::token::Class::Num {
        return None;
    }
    // "death toll up to 272", "rose up to 40", "bringing the body count up to 13": the count
    // has reached the figure, no ceiling.
    let reached = name == "up to"
        && i.checked_sub(1).is_some_and(|p| {
            toks[p].is_any(&[
                "toll",
                "tolls",
                "count",
                "tally",
                "rose",
                "risen",
                "rises",
                "rising",
                "climbed",
                "climbs",
                "climbing",
                "jumped",
                "went",
                "gone",
                "inched",
                "crept",
                "edged",
                "ticked",
                "shot",
                "soared",
                "surged",
                "grew",
                "increased",
            ])
        });
    // "không vượt quá 5%", "did not exceed 50": a figure not passed is a ceiling.
    let not_passed = bound == Bound::AtLeast
        && toks[i].is_any(PASSING)
        && i.checked_sub(1)
            .is_some_and(|p| toks[p].is_any(&["không", "chưa", "not", "never"]));
    let (name, bound) = if reached {
        ("reaching", Bound::Exact)
    } else if not_passed {
        ("at most", Bound::AtMost)
    } else {
        (name, bound)
    };
    // "about a 26% premium", "nearly a 30% rise": the article between qualifier and figure.
    let article = toks.get(i + len).is_some_and(|t| t.is_any(&["a", "an"]))
        && toks
            .get(i + len + 1)
            .is_some_and(|t| t.class == crate::token::Class::Num);
    let len = len + usize::from(article);
    Some(Qualifier { name, bound, len })
}

/// A floor or a ceiling written right after a figure at token `k`: "100 or more", "20 or
/// fewer", "50 or less" (not "50 or more than 60"); its length in tokens.
pub fn after(toks: &[Tok], k: usize) -> Option<Qualifier> {
    if !toks.get(k)?.is("or") || toks.get(k + 2).is_some_and(|t| t.is("than")) {
        return None;
    }
    let next = toks.get(k + 1)?;
    let (name, bound) = if next.is_any(&["more", "over", "above"]) {
        ("at least", Bound::AtLeast)
    } else if next.is_any(&["fewer", "less", "under", "below"]) {
        ("at most", Bound::AtMost)
    } else {
        return None;
    };
    Some(Qualifier {
        name,
        bound,
        len: 2,
    })
}

/// The range a qualified figure allows. A figure without a qualifier covers what rounds to it:
/// half a unit of its last written digit (`unit`: "19 triệu" covers 19,125,036, "6%" covers
/// 6,1%) or of its last non-zero digit within 1% ([`rounding`]), below it and not quite above
/// (so 84,5 and 84,6, 27 and 28 do not meet). "More than x" and "at least x" both take in x
/// ("hơn 5 lần" fits "5 lần", as editors read it).
pub fn range(x: f64, q: Option<Qualifier>, unit: f64) -> (f64, f64) {
    match q.map(|q| q.bound) {
        None | Some(Bound::Exact) => {
            let t = (unit / 2.0).max(rounding(x));
            (x - t, x + t * (1.0 - 1e-6))
        }
        Some(Bound::About) => (x * 0.95, x * 1.05),
        Some(Bound::Nearly) => (x * 0.95, x),
        Some(Bound::AtLeast) => (x, f64::INFINITY),
        Some(Bound::AtMost) => (0.0, x),
    }
}

/// The power of ten of a figure's first digit (300 → 100, 0,2 → 0,1).
fn leading_unit(x: f64) -> f64 {
    10f64.powi(x.abs().log10().floor() as i32)
}

/// Whether a figure has one significant digit ("300", "5.000", "0,2"): said approximately,
/// it was rounded coarsely ("khoảng 300 km" for 280 km).
pub fn one_digit(x: f64) -> bool {
    if x == 0.0 || !x.is_finite() {
        return false;
    }
    let r = x.abs() / leading_unit(x);
    (r - r.round()).abs() < 1e-9
}

/// How far a figure written without a qualifier may be from the exact value it rounds:
/// half a unit of its last non-zero digit ("19 triệu" covers 19,125,036; "15,4" covers
/// 15.44), at most 1% of the figure (so "190 tỷ" and "187 tỷ" disagree, as editors read them); an
/// integer under a thousand, or ending in a non-zero digit, is exact (27 and 28 disagree, so do
/// 120 and 119).
pub fn rounding(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return 0.0;
    }
    let mut unit = leading_unit(x);
    // Walk down to the last non-zero digit (at most 15 steps; figures are short).
    for _ in 0..15 {
        let r = x / unit;
        if (r - r.round()).abs() < 1e-9 {
            break;
        }
        unit /= 10.0;
    }
    if x.fract() == 0.0 && (unit <= 1.0 || x.abs() < 1000.0) {
        // "27 tuổi", "145 người", "120 ngôi nhà": counts under a thousand are written exactly.
        return 0.0;
    }
    (unit / 2.0).min(x.abs() * 0.01)
}

/// A vague amount such as `hàng nghìn` (thousands of): (qualifier name, low, high, tokens).
pub fn vague(toks: &[Tok], i: usize) -> Option<(&'static str, f64, f64, usize)> {
    static OPENERS: std::sync::LazyLock<crate::token::WordSet> = std::sync::LazyLock::new(|| {
        crate::token::WordSet::new([
            "hàng",
            "vài",
            "dozens",
            "scores",
            "tens",
            "hundreds",
            "thousands",
            "millions",
        ])
    });
    let t = toks.get(i).filter(|t| OPENERS.contains(t))?;
    let next = |k: usize| toks.get(i + k);
    let magnitude = |k: usize| -> Option<(f64, usize)> {
        let a = next(k)?;
        let base = if a.is("chục") {
            10.0
        } else if a.is("trăm") {
            100.0
        } else {
            super::numeral::scale(a)?
        };
        // "hàng chục nghìn" = tens of thousands
        if let Some(f) = next(k + 1).and_then(super::numeral::scale) {
            if base < f {
                return Some((base * f, 2));
            }
        }
        Some((base, 1))
    };
    if t.is("hàng") {
        let (m, len) = magnitude(1)?;
        // "hàng tỷ USD" is said of 11.3 billion too: open to two orders of magnitude.
        return Some(("multiple", m, m * 100.0 - 1.0, 1 + len));
    }
    if t.is("vài") {
        return Some(match magnitude(1) {
            Some((m, len)) => ("a few", 2.0 * m, 9.0 * m, 1 + len),
            None => ("a few", 2.0, 9.0, 1),
        });
    }
    // "dozens of people", and in headlines "dozens injured", "hundreds dead": the caller
    // requires a counted noun after it.
    let of = usize::from(next(1).is_some_and(|n| n.is("of")));
    // Counted in dozens, so two dozen up to the hundreds: a toll of 119 is ten dozen, and
    // headlines call it "dozens" ("Dozens die in China factory fire").
    if t.is("dozens") {
        return Some(("multiple", 24.0, 199.0, 1 + of));
    }
    // "scores of people": twenties, so forty at least.
    if t.is("scores") && of == 1 {
        return Some(("multiple", 40.0, 199.0, 2));
    }
    if t.is("tens") && next(1).is_some_and(|n| n.is("of")) {
        if let Some(f) = next(2).and_then(super::numeral::scale) {
            let of = usize::from(next(3).is_some_and(|n| n.is("of")));
            return Some(("multiple", 10.0 * f, 100.0 * f - 1.0, 3 + of));
        }
    }
    let plural = [("hundreds", 100.0), ("thousands", 1e3), ("millions", 1e6)];
    for (w, m) in plural {
        if t.is(w) {
            // "hundreds of thousands of people", as "tens of thousands" above.
            if of == 1 {
                if let Some(f) = next(2).and_then(super::numeral::scale).filter(|&f| f > m) {
                    let of = usize::from(next(3).is_some_and(|n| n.is("of")));
                    return Some(("multiple", m * f, 10.0 * m * f - 1.0, 3 + of));
                }
            }
            return Some(("multiple", m, m * 10.0 - 1.0, 1 + of));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_floor_or_a_ceiling_after_the_figure_bounds_it() {
        // Enga, May 2024: "Local officials had initially put the death toll at 100 or more."
        let claims = crate::extract::extract_str(
            "Officials put the death toll at 100 or more. 20 or fewer people were hurt.",
            Some(crate::extract::example_published()),
        );
        let bounds: Vec<(f64, Option<&str>, f64, f64)> = claims
            .iter()
            .map(|c| match c.value {
                crate::claim::Value::Number(x) => (x, c.qualifier, c.range.0, c.range.1),
                _ => panic!("{c:?}"),
            })
            .collect();
        assert_eq!(
            bounds,
            [
                (100.0, Some("at least"), 100.0, f64::INFINITY),
                (20.0, Some("at most"), 0.0, 20.0)
            ]
        );
        // A second figure after "or" is a range's end, read elsewhere; "or more than" is no
        // floor of the first.
        let text = "50 or more than 60";
        let mut toks = Vec::new();
        crate::token::tokenize(text, crate::claim::Span::new(0, text.len()), &mut toks);
        assert_eq!(after(&toks, 1), None);
    }

    #[test]
    fn rounding_covers_what_a_round_figure_rounds() {
        assert_eq!(rounding(19_000_000.0), 190_000.0);
        assert_eq!(rounding(6.0), 0.0);
        assert_eq!(rounding(27.0), 0.0);
        assert!((rounding(15.4) - 0.05).abs() < 1e-9);
        assert_eq!(rounding(380_000_000.0), 3_800_000.0);
        assert_eq!(rounding(190e9), 1.9e9);
        assert_eq!(rounding(19_125_036.0), 0.0);
        assert_eq!(rounding(30.0), 0.0);
        assert_eq!(rounding(120.0), 0.0);
        assert_eq!(rounding(2000.0), 20.0);
        assert_eq!(rounding(0.0), 0.0);
    }

    #[test]
    fn up_to_after_a_rise_is_the_figure_reached_and_a_figure_passed_a_floor() {
        let qualifier_at = |text: &str, word: &str| {
            let mut toks = Vec::new();
            crate::token::tokenize(text, crate::claim::Span::new(0, text.len()), &mut toks);
            let i = toks.iter().position(|t| t.s == word).unwrap();
            at(&toks, i)
        };
        let at_word = |text: &str, word: &str| qualifier_at(text, word).map(|q| q.name);
        assert_eq!(
            at_word("Earthquake death toll up to 272", "up"),
            Some("reaching")
        );
        assert_eq!(at_word("it holds up to 40 people", "up"), Some("up to"));
        assert_eq!(
            at_word("bringing the official body count up to 13 people", "up"),
            Some("reaching")
        );
        assert_eq!(
            at_word("The death toll inched up to 227 on Saturday", "up"),
            Some("reaching")
        );
        assert_eq!(
            at_word("they were allowed up to 45 people", "up"),
            Some("up to")
        );
        // An article between the qualifier and its figure is taken in.
        let len_at = |text: &str, word: &str| qualifier_at(text, word).map(|q| q.len);
        assert_eq!(len_at("or about a 26% premium", "about"), Some(2));
        assert_eq!(len_at("about a kilometre away", "about"), Some(1));
        // "trên dưới 100": over or under, so about (not "less than" from "dưới").
        assert_eq!(at_word("có trên dưới 100 người", "trên"), Some("about"));
        assert_eq!(at_word("có dưới 100 người", "dưới"), Some("less than"));
        // "ít hơn" (fewer than) is a ceiling, though "hơn" alone is a floor.
        assert_eq!(
            at_word("Chỉ trong vòng ít hơn 1,5 năm, cô đã", "ít"),
            Some("less than")
        );
        assert_eq!(
            at_word("có nhiều hơn 100 người", "nhiều"),
            Some("more than")
        );
        assert_eq!(
            at_word("40 children and upto 45 women", "upto"),
            Some("up to")
        );
        assert_eq!(
            at_word("crowds in excess of 250,000", "in"),
            Some("more than")
        );
        assert_eq!(
            at_word("upwards of 300 people", "upwards"),
            Some("more than")
        );
        assert_eq!(
            at_word("Greater than 19 million individuals", "Greater"),
            Some("more than")
        );
        assert_eq!(
            at_word("the death toll has already climbed above 5,000", "above"),
            Some("more than")
        );
        assert_eq!(
            at_word("Morocco earthquake toll passes 2,000", "passes"),
            Some("more than")
        );
        assert_eq!(
            at_word("the death toll has now passed 2,800", "passed"),
            Some("more than")
        );
        assert_eq!(at_word("The bill passed 300 to 100", "passed"), None);
        // A figure passed is a floor; a chart's top is no qualifier.
        assert_eq!(
            at_word("the death toll could top 180", "could"),
            Some("more than")
        );
        assert_eq!(
            at_word("sales topped 100 million", "topped"),
            Some("more than")
        );
        assert_eq!(
            at_word("doanh thu vượt quá 100 tỷ", "vượt"),
            Some("more than")
        );
        assert_eq!(
            at_word("Wayanad landslides: death toll crosses 150", "crosses"),
            Some("more than")
        );
        assert_eq!(
            at_word(
                "an overwhelming majority, surpassing 400 seats",
                "surpassing"
            ),
            Some("more than")
        );
        assert_eq!(at_word("giải Top 100 nghệ sĩ", "Top"), None);
        // A figure drawn near is not yet reached.
        assert_eq!(
            at_word("as the death toll climbs toward 100", "toward"),
            Some("nearly")
        );
        assert_eq!(
            at_word("the toll was nearing 100 on Monday", "nearing"),
            Some("nearly")
        );
        assert_eq!(
            at_word("a term of no more than six and a half years", "no"),
            Some("at most")
        );
        assert_eq!(
            at_word("no fewer than 20 people died", "no"),
            Some("at least")
        );
        // Not passed, a ceiling.
        assert_eq!(
            at_word("nồng độ không vượt quá 5%", "vượt"),
            Some("at most")
        );
        assert_eq!(
            at_word("the toll did not exceed 50", "exceed"),
            Some("at most")
        );
    }

    #[test]
    fn seed_ranges() {
        let about = Some(Qualifier {
            name: "about",
            bound: Bound::About,
            len: 1,
        });
        let nearly = Some(Qualifier {
            name: "nearly",
            bound: Bound::Nearly,
            len: 1,
        });
        let (a_lo, a_hi) = range(90_000.0, about, 1.0);
        let (n_lo, _) = range(100_000.0, nearly, 1.0);
        assert!(
            a_hi < n_lo,
            "khoảng 90.000 and gần 100.000 must not overlap"
        );
        let (b_lo, _) = range(100_000.0, about, 1.0);
        assert!(b_lo <= 100_000.0 && a_lo < b_lo);
    }
}
