//! Reading arbitrary bytes in every format (text, header, HTML; any encoding), then
//! extracting: must never panic, and every claim's file span must lie inside the input.
#![no_main]

use claimdiff::article::{self, Meta};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let meta = Meta {
        published: chrono::NaiveDate::from_ymd_opt(2022, 1, 22),
        ..Meta::default()
    };
    if let Ok(a) = article::parse(data, "f".into(), Path::new("f.txt"), &meta) {
        for f in claimdiff::extract::extract(&a).claims {
            let s = f.evidence.file;
            assert!(s.start <= s.end && s.end <= data.len());
        }
    }
});
