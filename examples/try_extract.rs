//! Prints the claims of one sentence, for trying a rule by hand:
//! `cargo run --example try_extract -- "khoảng 16 giờ ngày 19-5" 2016-05-20`
//! (the second argument is the publication date; 2022-01-22 when left out).

fn main() {
    let mut args = std::env::args().skip(1);
    let text = args.next().unwrap_or_default();
    let published = args
        .next()
        .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
        .unwrap_or_else(claimdiff::extract::example_published);
    for c in claimdiff::extract::extract_str(&text, Some(published)) {
        let mention = &text[c.span.start..c.span.end];
        println!("{} {} {} {mention:?} [{}]", c.kind, c.value, c.slot, c.rule);
    }
}
