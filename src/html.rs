//! Saved HTML pages: finds the article body with a real HTML5 parser (scraper/html5ever),
//! drops navigation, scripts, styles, related-link boxes, share bars and comment forms, and
//! reads title, publication date, outlet and URL from meta tags. It must not extract claims.
//!
//! Offsets: the story text is built from text nodes in document order, each located in the
//! source after the previous one, so spans map back to the page's bytes. A text node written
//! with character references (`&amp;`) cannot be found verbatim; its offsets then point at
//! the first place after the previous node (the map stays monotone).
//!
//! Cost: linear in the page (one parse, one walk, one forward search per text node).

use crate::text::OffsetMap;
use scraper::{ElementRef, Html, Node, Selector};

/// What a page yields.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// The story's text, one block element per line.
    pub text: String,
    /// Maps `text` offsets to offsets in the decoded source.
    pub map: OffsetMap,
    pub title: String,
    pub published: String,
    pub outlet: String,
    pub url: String,
}

/// Content sniffing: a doctype, an `<html>` tag or a `<body>` near the start.
pub fn looks_like_html(text: &str) -> bool {
    // The first 1,024 characters, compared ASCII-case-insensitively without a copy.
    let end = text.char_indices().nth(1024).map_or(text.len(), |(i, _)| i);
    let head = text[..end].trim_start_matches('\u{feff}').trim_start();
    let at = |i: usize, p: &str| {
        head.as_bytes()
            .get(i..i + p.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()))
    };
    at(0, "<!doctype html")
        || at(0, "<html")
        || head
            .match_indices('<')
            .any(|(i, _)| at(i, "<body") || at(i, "<head"))
}

const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "iframe",
    "svg", "template", "select", "input", "textarea", "head",
];
const NOISE: &[&str] = &[
    "related",
    "relate",
    "lien-quan",
    "lienquan",
    "tinlienquan",
    "recommend",
    "readmore",
    "read-more",
    "xemthem",
    "xem-them",
    "share",
    "social",
    "comment",
    "binh-luan",
    "nav",
    "menu",
    "breadcrumb",
    "footer",
    "header",
    "sidebar",
    "widget",
    "advert",
    "banner",
    "tags",
    "subscribe",
    "newsletter",
];
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "br",
    "article",
    "section",
    "blockquote",
    "tr",
    "figcaption",
    "figure",
    "ul",
    "ol",
    "table",
    "main",
    "td",
    "dd",
    "dt",
    "pre",
];

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("valid selector")
}

fn is_noise(e: &ElementRef) -> bool {
    let v = e.value();
    if SKIP_TAGS.contains(&v.name()) {
        return true;
    }
    let attrs = [
        v.attr("class").unwrap_or(""),
        v.attr("id").unwrap_or(""),
        v.attr("role").unwrap_or(""),
    ];
    attrs.iter().any(|a| {
        let a = a.to_ascii_lowercase();
        NOISE
            .iter()
            .any(|n| a.split(|c: char| c.is_whitespace()).any(|w| w.contains(n)))
    })
}

fn meta(doc: &Html, selectors: &[&str]) -> String {
    for s in selectors {
        if let Some(e) = doc.select(&sel(s)).next() {
            let v = e
                .value()
                .attr("content")
                .or_else(|| e.value().attr("datetime"))
                .or_else(|| e.value().attr("href"));
            let v = v
                .map(str::to_string)
                .unwrap_or_else(|| e.text().collect::<String>());
            if !v.trim().is_empty() {
                return v.trim().to_string();
            }
        }
    }
    String::new()
}

struct Builder<'s> {
    src: &'s str,
    cursor: usize,
    text: String,
    map: OffsetMap,
}

impl Builder<'_> {
    fn newline(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }

    fn push_text(&mut self, raw: &str) {
        if raw.trim().is_empty() {
            if !self.text.ends_with([' ', '\n']) && !self.text.is_empty() {
                self.text.push(' ');
            }
            return;
        }
        // Locate the node in the source piece by piece: characters written as references
        // (`&amp;`, `&nbsp;`) split the node, and each piece is found after the previous one.
        let mut at = self.text.len();
        for piece in raw.split_inclusive(['&', '<', '>', '"', '\'', '\u{a0}']) {
            let plain = piece.trim_end_matches(['&', '<', '>', '"', '\'', '\u{a0}']);
            if !plain.is_empty() {
                let window = crate::text::head(&self.src[self.cursor..], 65_536);
                if let Some(p) = window.find(plain) {
                    let start = self.cursor + p;
                    self.map.push(at, start);
                    self.cursor = start + plain.len();
                    self.map.push(at + plain.len(), self.cursor);
                }
            }
            at += piece.len();
        }
        // Line breaks inside a text node are layout, not structure: same byte length.
        self.text.extend(raw.chars().map(|c| {
            if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            }
        }));
    }

    fn walk(&mut self, e: ElementRef) {
        for child in e.children() {
            match child.value() {
                Node::Text(t) => self.push_text(t),
                Node::Element(_) => {
                    let Some(ce) = ElementRef::wrap(child) else {
                        continue;
                    };
                    if is_noise(&ce) {
                        continue;
                    }
                    let block = BLOCKS.contains(&ce.value().name());
                    if block {
                        self.newline();
                    }
                    self.walk(ce);
                    if block {
                        self.newline();
                    }
                }
                _ => {}
            }
        }
    }
}

/// Parses a page; `src` is the decoded source.
pub fn parse(src: &str) -> Page {
    let doc = Html::parse_document(src);
    let title = {
        let t = meta(&doc, &["meta[property='og:title']", "h1", "title"]);
        t.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let published = meta(
        &doc,
        &[
            "meta[property='article:published_time']",
            "meta[name='pubdate']",
            "meta[name='publishdate']",
            "meta[itemprop='datePublished']",
            "meta[name='date']",
            "meta[name='dc.date']",
            "time[datetime]",
            "time",
        ],
    );
    let outlet = meta(
        &doc,
        &[
            "meta[property='og:site_name']",
            "meta[name='application-name']",
        ],
    );
    let url = meta(&doc, &["link[rel='canonical']", "meta[property='og:url']"]);
    let root = [
        "article",
        "[itemprop='articleBody']",
        ".article-body",
        ".article-content",
        ".entry-content",
        ".post-content",
        ".detail-content",
        "main",
        "body",
    ]
    .iter()
    .find_map(|s| doc.select(&sel(s)).next())
    .unwrap_or_else(|| doc.root_element());
    let mut b = Builder {
        src,
        cursor: 0,
        text: String::new(),
        map: OffsetMap::new(src.len()),
    };
    // The title heading inside the article is part of the story; the <title> tag is not.
    b.walk(root);
    Page {
        text: b.text,
        map: b.map,
        title,
        published,
        outlet,
        url,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html><head><title>Cháy kho | Báo X</title>
<meta property="og:site_name" content="Báo X"><meta property="article:published_time" content="2016-06-01T10:00:00+07:00">
<script>var n = 999;</script><style>.a{width:300px}</style></head>
<body><nav><a href="/">Trang chủ</a> 12 chuyên mục</nav>
<article><h1>Cháy kho hàng</h1><p>Vụ cháy làm 5 người chết &amp; 3 người bị thương.</p>
<div class="box-related"><p>Tin liên quan: 40 người chết trong vụ khác</p></div>
<p>Lửa bùng lên lúc 15h45.</p></article>
<footer>Liên hệ 0912345678</footer></body></html>"#;

    #[test]
    fn keeps_only_the_story() {
        let p = parse(PAGE);
        assert_eq!(p.title, "Cháy kho hàng");
        assert_eq!(p.outlet, "Báo X");
        assert_eq!(p.published, "2016-06-01T10:00:00+07:00");
        assert!(p
            .text
            .contains("Vụ cháy làm 5 người chết & 3 người bị thương."));
        assert!(p.text.contains("15h45"));
        for noise in ["999", "300px", "Trang chủ", "40 người", "0912345678"] {
            assert!(!p.text.contains(noise), "{noise} in {:?}", p.text);
        }
    }

    #[test]
    fn offsets_point_into_the_source() {
        let p = parse(PAGE);
        let at = p.text.find("15h45").unwrap();
        let s = p.map.to_file(at);
        assert_eq!(&PAGE[s..s + 5], "15h45");
        let at = p.text.find("Vụ cháy").unwrap();
        let s = p.map.to_file(at);
        assert!(PAGE[s..].starts_with("Vụ cháy"));
    }

    #[test]
    fn sniffing() {
        assert!(looks_like_html("<!doctype html><p>x"));
        assert!(looks_like_html("\u{feff}  <html lang=vi>"));
        assert!(!looks_like_html("Title: x\nContent:\n<b>không</b>"));
    }
}
