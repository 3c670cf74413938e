//! Property tests: for arbitrary Unicode text, reading and extraction never panic, every span
//! lies on character boundaries of the file as read and slices back to its mention, and the
//! output does not change when the same input is given twice or the files in another order.

use claimdiff::article::{self, Meta};
use proptest::prelude::*;
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

/// Text that looks enough like news to reach the rules: Vietnamese and English words, number
/// words, digits with separators, dates, quotes, and hostile characters (zero-width, RTL
/// marks, combining marks, CJK, Arabic digits, NUL-free control noise).
fn newsish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "khoảng ",
        "gần ",
        "hơn ",
        "100.000",
        "100,000",
        "6,1",
        "1,5 triệu ",
        "hai mươi lăm ",
        "người ",
        "chết",
        "bị thương",
        "quân ",
        "lính Nga ",
        "độ Richter",
        "ngày ",
        "21/1",
        "thứ Sáu (21/01)",
        "hôm thứ Hai",
        "tháng 12/2021",
        "năm 2014",
        "15h45",
        "16 giờ 30",
        "90 phút",
        "bốn giờ ",
        "“",
        "”",
        "\"",
        "«",
        "»",
        ", ",
        ". ",
        "\n",
        " ông Blinken nói",
        "Phạm Đức Huy ",
        "COVID-19 ",
        "https://vtv.vn/a-2022.htm ",
        "$2.5 billion ",
        "January 21, 2022 ",
        "\u{200b}",
        "\u{202e}",
        "\u{200f}",
        "\u{301}",
        "e\u{302}\u{301}",
        "中文 ",
        "٣٤ ",
        "\t",
        "Theo USGS, ",
        "READ ",
        "Xem thêm: ",
        "9-10/10",
        "ngày 3-6",
        "tens of thousands of ",
        "a ",
        "one ",
        "%",
        "-",
        "(",
        ")",
        "/",
        ":",
    ]);
    prop::collection::vec(pieces, 1..60).prop_map(|v| format!("Tiêu đề\n{}", v.concat()))
}

fn claims_of(bytes: &[u8]) -> Option<Vec<(String, String, usize, usize)>> {
    let a = article::parse(
        bytes,
        "t".into(),
        Path::new("t.txt"),
        &Meta {
            published: chrono::NaiveDate::from_ymd_opt(2022, 1, 22),
            ..Meta::default()
        },
    )
    .ok()?;
    let ex = claimdiff::extract::extract(&a);
    Some(
        ex.claims
            .iter()
            .map(|f| {
                (
                    f.claim.kind.to_string(),
                    f.claim.value.to_string(),
                    f.evidence.file.start,
                    f.evidence.file.end,
                )
            })
            .collect(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spans_point_at_their_mentions(text in newsish()) {
        let bytes = text.as_bytes();
        let a = article::parse(bytes, "t".into(), Path::new("t.txt"), &Meta::default());
        if let Ok(a) = a {
            for f in claimdiff::extract::extract(&a).claims {
                let span = f.evidence.file;
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                let written: String = text[span.start..span.end].nfc().collect();
                prop_assert_eq!(written.as_str(), f.evidence.mention());
            }
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,400}") {
        let _ = claims_of(text.as_bytes());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = claims_of(&bytes);
    }

    #[test]
    fn the_same_input_gives_the_same_claims(text in newsish()) {
        prop_assert_eq!(claims_of(text.as_bytes()), claims_of(text.as_bytes()));
    }

    #[test]
    fn decomposed_text_gives_the_same_claims(text in newsish()) {
        let nfd: String = text.nfd().collect();
        let values = |b: &[u8]| claims_of(b).map(|c| c.into_iter().map(|(k, v, _, _)| (k, v)).collect::<Vec<_>>());
        prop_assert_eq!(values(text.as_bytes()), values(nfd.as_bytes()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn the_order_of_files_does_not_change_the_reports(texts in prop::collection::vec(newsish(), 3)) {
        let dir = tempfile::tempdir().unwrap();
        let paths: Vec<String> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let p = dir.path().join(format!("{i}.txt"));
                std::fs::write(&p, t).unwrap();
                p.to_string_lossy().into_owned()
            })
            .collect();
        let run = |order: &[usize], out: &str| {
            let out = dir.path().join(out);
            let mut args = vec!["compare".to_string(), "--keep-going".into(), "-q".into(), "--out".into(), out.to_string_lossy().into_owned()];
            args.extend(order.iter().map(|&i| paths[i].clone()));
            std::process::Command::new(env!("CARGO_BIN_EXE_claimdiff")).args(&args).output().unwrap();
            ["discrepancies.csv", "claims.csv", "articles.csv", "index.html"]
                .map(|f| std::fs::read(out.join(f)).unwrap_or_default())
        };
        let a = run(&[0, 1, 2], "a");
        let b = run(&[2, 0, 1], "b");
        prop_assert!(a == b, "reports differ with the order of files");
    }
}
