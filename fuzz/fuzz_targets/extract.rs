//! Extraction, alignment and comparison on arbitrary text split into two articles: must never
//! panic; every mention must be a slice of its sentence.
#![no_main]

use claimdiff::article::{self, Meta};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|text: &str| {
    let (a, b) = text.split_at(text.char_indices().nth(text.chars().count() / 2).map_or(text.len(), |(i, _)| i));
    let meta = |outlet: &str| Meta {
        outlet: outlet.into(),
        published: chrono::NaiveDate::from_ymd_opt(2016, 5, 20),
        ..Meta::default()
    };
    let mut articles = Vec::new();
    let mut extractions = Vec::new();
    for (i, part) in [a, b].into_iter().enumerate() {
        let body = format!("Tin\n{part}");
        if let Ok(mut art) = article::parse(body.as_bytes(), format!("{i}"), Path::new("s/x.txt"), &meta(&format!("O{i}"))) {
            let ex = claimdiff::extract::extract(&art);
            for f in &ex.claims {
                let (m0, m1) = f.evidence.mention_at;
                assert_eq!(&f.evidence.sentence[m0..m1], f.evidence.mention);
            }
            art.release_text();
            articles.push(art);
            extractions.push(ex);
        }
    }
    let mut records = claimdiff::align::align(&articles, extractions);
    let weights = claimdiff::align::Weights::builtin();
    let matches = claimdiff::align::pair(&articles, &mut records, weights);
    let found = claimdiff::compare::compare(&articles, &records, &matches, weights, 0.0);
    let stories = claimdiff::story::stories(&articles);
    let _ = claimdiff::report::html::page(&articles, &records, &found, &[], &stories);
});
