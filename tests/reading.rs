//! Reading articles as newsrooms have them: the same article in every supported encoding,
//! normalisation and styled writing yields the same claims, with offsets that point at the mention in each file;
//! a saved HTML page yields only its story's claims.

use claimdiff::article::{self, Meta};
use claimdiff::extract;
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

const ARTICLE: &str = "Cháy kho hóa chất ở Hà Nội\n\
Hôm thứ Sáu (21/01), vụ cháy kéo dài bốn giờ làm ít nhất 5 người chết và khoảng 20 người bị thương.\n\
Thiệt hại ước tính 1,5 triệu USD; lực lượng cứu hỏa đến lúc 15h45.\n";

/// Vietnamese in Windows-1258: letters with circumflex, breve and horn are precomposed, tone
/// marks are combining characters.
fn windows_1258(s: &str) -> Vec<u8> {
    let mut out = String::new();
    for c in s.chars() {
        let parts: Vec<char> = c.to_string().nfd().collect();
        let (base, marks) = parts.split_first().expect("a char");
        let (tones, shape): (Vec<char>, Vec<char>) = marks
            .iter()
            .partition(|m| matches!(**m as u32, 0x300 | 0x301 | 0x303 | 0x309 | 0x323));
        let composed: String = std::iter::once(*base)
            .chain(shape)
            .collect::<String>()
            .nfc()
            .collect();
        out.push_str(&composed);
        out.extend(tones);
    }
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&out);
    assert!(!unmappable, "test text fits Windows-1258");
    bytes.into_owned()
}

fn utf16(s: &str, le: bool) -> Vec<u8> {
    let mut out = if le {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for u in s.encode_utf16() {
        out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

/// The text written in Unicode's mathematical monospace letters and digits (`𝟸𝟷/𝟶𝟷`, `𝚐𝚒ờ`), as
/// some sites write to get past filters: ASCII digits and small letters take their styled
/// forms, other letters stay.
fn styled(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(0x1D7F6 + (c as u32 - '0' as u32)).expect("a digit"),
            'a'..='z' => char::from_u32(0x1D68A + (c as u32 - 'a' as u32)).expect("a letter"),
            _ => c,
        })
        .collect::<String>()
        .into_bytes()
}

/// The article with a combining mark after every character but the line ends, as sites that
/// decorate text to get past filters write it.
fn each_char_marked(mark: char) -> Vec<u8> {
    ARTICLE
        .chars()
        .flat_map(|c| [Some(c), (c != '\n').then_some(mark)])
        .flatten()
        .collect::<String>()
        .into_bytes()
}

/// Decodes a byte slice of a file in the given form, for comparing with the mention.
fn decode_slice(form: &str, bytes: &[u8]) -> String {
    let s = match form {
        "utf-16le" => encoding_rs::UTF_16LE
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
        "utf-16be" => encoding_rs::UTF_16BE
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
        "windows-1258" => encoding_rs::WINDOWS_1258
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
        "underlined" | "asterisked" => {
            return String::from_utf8(bytes.to_vec())
                .expect("utf-8 slice")
                .replace(['\u{332}', '\u{359}'], "")
                .nfc()
                .collect()
        }
        "styled" => {
            return String::from_utf8(bytes.to_vec())
                .expect("utf-8 slice")
                .nfkc()
                .collect()
        }
        _ => String::from_utf8(bytes.to_vec()).expect("utf-8 slice"),
    };
    s.nfc().collect()
}

#[test]
fn every_encoding_yields_the_same_claims_with_true_offsets() {
    let forms: Vec<(&str, Vec<u8>)> = vec![
        ("utf-8", ARTICLE.as_bytes().to_vec()),
        (
            "utf-8-bom",
            [b"\xEF\xBB\xBF".as_slice(), ARTICLE.as_bytes()].concat(),
        ),
        ("utf-16le", utf16(ARTICLE, true)),
        ("utf-16be", utf16(ARTICLE, false)),
        ("windows-1258", windows_1258(ARTICLE)),
        ("nfd", ARTICLE.nfd().collect::<String>().into_bytes()),
        ("styled", styled(ARTICLE)),
        // Every character but the line ends underlined by a combining low line, or marked
        // by a combining asterisk below.
        ("underlined", each_char_marked('\u{332}')),
        ("asterisked", each_char_marked('\u{359}')),
    ];
    let meta = Meta {
        published: chrono::NaiveDate::from_ymd_opt(2022, 1, 22),
        ..Meta::default()
    };
    let mut reference: Option<Vec<String>> = None;
    for (form, bytes) in &forms {
        let a = article::parse(bytes, form.to_string(), Path::new("a.txt"), &meta).expect(form);
        let claims = extract::extract(&a).claims;
        let described: Vec<String> = claims
            .iter()
            .map(|f| {
                let c = &f.claim;
                format!(
                    "{} {} {} {}",
                    c.kind,
                    c.value,
                    c.slot,
                    &a.text[c.span.start..c.span.end]
                )
            })
            .collect();
        assert!(described.len() >= 6, "{form}: {described:?}");
        for f in &claims {
            let span = a.to_file(f.claim.span);
            let mention = &a.text[f.claim.span.start..f.claim.span.end];
            assert_eq!(
                decode_slice(form, &bytes[span.start..span.end]),
                mention,
                "{form}"
            );
        }
        match &reference {
            None => reference = Some(described),
            Some(r) => assert_eq!(r, &described, "{form} differs from utf-8"),
        }
    }
}

#[test]
fn html_page_yields_only_the_story() {
    let page = r#"<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Cháy kho hóa chất - Báo Mẫu</title>
<meta property="og:site_name" content="Báo Mẫu">
<meta property="article:published_time" content="2022-01-22T08:00:00+07:00">
<link rel="canonical" href="https://baomau.vn/chay-kho.html">
<style>.x { margin: 12px }</style><script>window.n = 77;</script></head>
<body>
<header><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/the-gioi">Thế giới (24 tin)</a></li></ul></nav></header>
<main><article>
<h1>Cháy kho hóa chất ở Hà Nội</h1>
<p class="sapo">Hôm thứ Sáu (21/01), vụ cháy làm ít nhất 5 người chết.</p>
<p>Khoảng 20 người bị thương &amp; được đưa đi cấp cứu lúc 15h45.</p>
<div class="related-news"><h3>Tin liên quan</h3><ul><li><a href="/a">Cháy chợ làm 40 người chết năm 2019</a></li></ul></div>
<p>Đám cháy kéo dài bốn giờ.</p>
</article>
<aside><p>Đọc nhiều: 300 người mắc kẹt</p></aside></main>
<footer>Hotline 0912345678 · © 2022</footer>
</body></html>"#;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("chay-kho.html");
    std::fs::write(&path, page).unwrap();
    let a = article::read(&path, "chay-kho.html".into(), &Meta::default()).unwrap();
    assert_eq!(a.format.as_str(), "html");
    assert_eq!(a.title, "Cháy kho hóa chất ở Hà Nội");
    assert_eq!(a.outlet, "Báo Mẫu");
    assert_eq!(a.url, "https://baomau.vn/chay-kho.html");
    assert_eq!(a.published, chrono::NaiveDate::from_ymd_opt(2022, 1, 22));
    let claims = extract::extract(&a).claims;
    let values: Vec<String> = claims.iter().map(|f| f.claim.value.to_string()).collect();
    assert_eq!(
        values,
        ["2022-01-21", "5", "20", "15:45", "PT4H"],
        "{values:?}"
    );
    for f in &claims {
        let s = a.to_file(f.claim.span);
        assert_eq!(
            &page[s.start..s.end],
            &a.text[f.claim.span.start..f.claim.span.end]
        );
    }
}

/// A long sentence's evidence is an excerpt around the mention that starts and ends at whole
/// words, so an editor never reads "…ồ Chí Minh".
#[test]
fn long_sentence_excerpts_keep_whole_words() {
    let filler =
        "Thượng tá Nguyễn Thanh Hưởng, Phó Giám đốc phụ trách Cảnh sát Phòng cháy chữa cháy \
                  Thành phố Hồ Chí Minh, ";
    let body = format!(
        "{}cho biết 13 người chết, 28 người bị thương, {}rồi rời hiện trường.\n",
        filler.repeat(3),
        filler.repeat(3)
    );
    let text = format!("Cháy chung cư\nPublished: 2018-03-23\n\n{body}");
    let claims = claims_of_file("chay.txt", &text);
    let figures: Vec<_> = claims
        .iter()
        .filter(|f| f.claim.value.to_string() == "28")
        .collect();
    assert_eq!(figures.len(), 1, "{claims:?}");
    let sentence = &figures[0].evidence.sentence;
    let (lead, tail) = (
        sentence.strip_prefix('…').expect("an excerpt"),
        sentence.strip_suffix('…').expect("an excerpt"),
    );
    // Each end of the excerpt is the start or the end of a word of the sentence.
    let first = lead.split_whitespace().next().unwrap();
    let last = tail.split_whitespace().last().unwrap();
    let words: Vec<&str> = body.split_whitespace().collect();
    assert!(words.contains(&first), "{first:?} in {sentence}");
    assert!(words.contains(&last), "{last:?} in {sentence}");
    let (m0, m1) = figures[0].evidence.mention_at;
    assert_eq!(&sentence[m0..m1], "28 người bị thương");
}

/// The claims of one article written to a file in a temporary folder and read as the command
/// reads it.
fn claims_of_file(name: &str, text: &str) -> Vec<extract::Found> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    let a = article::read(&path, name.into(), &Meta::default()).unwrap();
    extract::extract(&a).claims
}

/// A place named alone elsewhere in the article does not cut the name of a body it opens: the
/// hospital is "Utah Valley Regional Medical Center", not "Valley Regional …".
#[test]
fn a_place_named_alone_stays_inside_the_name_of_a_body() {
    let text = "Cave-in at Utah mine\nPublished: 2007-08-18\n\n\
                A cave-in killed three rescue workers at a Utah mine. The second worker died \
                at Utah Valley Regional Medical Center in Provo, said Janet Frank.\n";
    let names: Vec<String> = claims_of_file("mine.txt", text)
        .iter()
        .filter(|f| f.claim.kind == claimdiff::claim::Kind::Name)
        .map(|f| f.claim.value.to_string())
        .collect();
    assert!(
        names.contains(&"Utah Valley Regional Medical Center".to_string()),
        "{names:?}"
    );
}

/// "Another" after a count of other people, with no count of its own kind in the body, counts
/// all of them ("… were killed. Another 25 people have been injured"); after an earlier count
/// of the injured it adds to that count.
#[test]
fn another_count_after_a_toll_of_other_people_is_all_of_its_kind() {
    let slot_of_25 = |body: &str| {
        let text = format!("Train collision in West Bengal\nPublished: 2024-06-17\n\n{body}\n");
        let claims = claims_of_file("train.txt", &text);
        claims
            .iter()
            .find(|f| f.claim.value.to_string() == "25")
            .map(|f| f.claim.slot.to_string())
            .unwrap_or_else(|| panic!("no 25 in {claims:?}"))
    };
    let killed = "At least 15 people were killed after a goods train collided with a passenger \
                  express on Monday, officials said.";
    let another = "Another 25 people have been injured in the accident, police said.";
    assert_eq!(slot_of_25(&format!("{killed}\n\n{another}")), "injured");
    let earlier = "Three people were injured in the first carriage.";
    assert_eq!(
        slot_of_25(&format!("{killed} {earlier}\n\n{another}")),
        "injured/added"
    );
    // "Another 8 died, bringing the toll to 50": an increment on the article's own toll.
    assert_eq!(
        slot_of_25(
            "Twelve people were injured on Sunday.\n\nAnother 25 people died overnight, bringing \
             the toll to 50."
        ),
        "deaths/added"
    );
}
