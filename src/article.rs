//! Reading one input file into an [`Article`]: decoding, format detection, metadata
//! (outlet, publication date, title) and story boundaries (which lines are the story).
//! It must not extract claims or compare anything.
//!
//! Cost: linear in the file's size (one decode pass, one pass over lines).

use crate::claim::{Section, Span};
use crate::html;
use crate::text::{self, EncodingName, OffsetMap};
use anyhow::{bail, Result};
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::path::Path;
use std::sync::LazyLock;

/// Metadata a manifest row supplies for one file; empty fields are inferred.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    pub outlet: String,
    pub published: Option<NaiveDate>,
    pub url: String,
    pub language: String,
    pub story: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    PlainText,
    /// A saved web page.
    Html,
    /// `Title:` / `Link:` / `Published Date:` … `Content:` as in the ViMs corpus.
    Header,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::PlainText => "text",
            Format::Html => "html",
            Format::Header => "header",
        }
    }
}

/// A region of the text that claims may be extracted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub span: Span,
    pub section: Section,
}

#[derive(Debug, Clone)]
pub struct Article {
    /// The path as given on the command line (or joined from a given directory).
    pub doc: String,
    /// Articles with the same story key are compared with each other.
    pub story: String,
    pub outlet: String,
    pub published: Option<NaiveDate>,
    /// Where the publication date came from: manifest, header, html, url, header+text, text
    /// or none.
    pub published_from: &'static str,
    pub url: String,
    pub language: String,
    pub title: String,
    /// Size of the file as read.
    pub bytes: usize,
    pub encoding: EncodingName,
    pub format: Format,
    /// NFC-normalised text; spans in claims index into it.
    pub text: String,
    /// For HTML: maps `text` offsets to offsets in the decoded page source.
    pub inner: Option<OffsetMap>,
    /// Maps decoded-source offsets to offsets in the file as read.
    pub map: OffsetMap,
    /// Extractable regions in text order (header field lines are not among them).
    pub regions: Vec<Region>,
}

impl Article {
    /// Drops the text and its maps once the claims are extracted (they carry their evidence),
    /// so memory grows with the claims kept, not with the text read.
    pub fn release_text(&mut self) {
        self.text = String::new();
        self.inner = None;
        self.map = OffsetMap::default();
        self.regions = Vec::new();
    }

    pub fn to_file(&self, span: Span) -> Span {
        let file = |n: usize| {
            self.map
                .to_file(self.inner.as_ref().map_or(n, |m| m.to_file(n)))
        };
        Span::new(file(span.start), file(span.end))
    }
}

/// Reads and parses one file. Errors name what is wrong; the caller adds the path.
pub fn read(path: &Path, doc: String, meta: &Meta) -> Result<Article> {
    let bytes =
        std::fs::read(path).map_err(|e| anyhow::anyhow!("cannot read ({})", io_reason(&e)))?;
    parse_owned(bytes, doc, path, meta)
}

pub fn parse(bytes: &[u8], doc: String, path: &Path, meta: &Meta) -> Result<Article> {
    parse_owned(bytes.to_vec(), doc, path, meta)
}

/// Parses a file's bytes; UTF-8 already in NFC becomes the text without a copy.
pub fn parse_owned(bytes: Vec<u8>, doc: String, path: &Path, meta: &Meta) -> Result<Article> {
    if bytes.is_empty() {
        bail!("empty file");
    }
    let size = bytes.len();
    let (source, map, encoding) = text::decode_owned(bytes)?;
    if source.trim().is_empty() {
        bail!("no text (only white space)");
    }
    // Format by content: HTML, the header format, else plain text.
    let page = html::looks_like_html(&source).then(|| html::parse(&source));
    let header = if page.is_none() {
        parse_header(&source)
    } else {
        None
    };
    let (format, text, inner) = match page.as_ref() {
        Some(p) => (Format::Html, p.text.clone(), Some(p.map.clone())),
        None if header.is_some() => (Format::Header, source, None),
        None => (Format::PlainText, source, None),
    };
    if text.trim().is_empty() {
        bail!("no article text found in the page");
    }
    let mut regions = Vec::new();
    let body_start = header.as_ref().map_or(0, |h| h.content_start);
    if let Some(h) = &header {
        // Title and summary are the outlet's own words about the story.
        for span in [h.title_span, h.summary_span].into_iter().flatten() {
            regions.push(Region {
                span,
                section: Section::Story,
            });
        }
    }
    let heading: Vec<Span> = header
        .as_ref()
        .map(|h| {
            [h.title_span, h.summary_span]
                .into_iter()
                .flatten()
                .collect()
        })
        .unwrap_or_default();
    regions.extend(story_regions(&text, body_start, &heading));
    let field = |name: &str| {
        header
            .as_ref()
            .and_then(|h| h.get(name))
            .unwrap_or("")
            .trim()
    };
    let page_field = |f: fn(&html::Page) -> &String| page.as_ref().map_or("", |p| f(p).as_str());

    let title = first_non_empty(&[field("Title"), page_field(|p| &p.title), first_line(&text)]);
    // The later, costlier sources are read only when the earlier ones are empty.
    let url = first_non_empty(&[&meta.url, field("Link"), page_field(|p| &p.url)])
        .or_else_first(|| footer_link(&text));
    let outlet = first_non_empty(&[&meta.outlet, field("Source"), page_field(|p| &p.outlet)])
        .or_else_first(|| outlet_from_url(&url))
        .or_else_first(|| outlet_from_footer(&text))
        .or_else_first(|| file_stem(path));
    let written = first_non_empty(&[field("Published Date"), page_field(|p| &p.published)]);
    let (published, published_from) = if let Some(d) = meta.published {
        (Some(d), "manifest")
    } else if let Some(d) = parse_published(&written) {
        (Some(d), if page.is_some() { "html" } else { "header" })
    } else if let Some(d) = labelled_date(&text) {
        (Some(d), "text label")
    } else if let Some(d) = date_from_url(&url) {
        (Some(d), "url")
    } else if let Some(d) = partial_published(&written, &text) {
        (Some(d), "header+text")
    } else if let Some(d) = latest_date_in_text(&text) {
        (Some(d), "text")
    } else {
        (None, "none")
    };
    let language = first_non_empty(&[&meta.language, guess_language(&text)]);
    let story = first_non_empty(&[&meta.story, &parent_name(path)]);
    Ok(Article {
        doc,
        story,
        outlet,
        published,
        published_from,
        url,
        language,
        title,
        bytes: size,
        encoding,
        format,
        text,
        inner,
        map,
        regions,
    })
}

/// A fallback chain of strings: the next source is computed only if all before were empty.
trait OrElseFirst {
    fn or_else_first(self, next: impl FnOnce() -> String) -> String;
}

impl OrElseFirst for String {
    fn or_else_first(self, next: impl FnOnce() -> String) -> String {
        if self.is_empty() {
            next().trim().to_string()
        } else {
            self
        }
    }
}

fn first_non_empty(options: &[&str]) -> String {
    options
        .iter()
        .map(|s| s.trim())
        .find(|s| !s.is_empty())
        .unwrap_or("")
        .to_string()
}

fn first_line(text: &str) -> &str {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn parent_name(path: &Path) -> String {
    path.parent()
        .map(|p| p.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| ".".to_string())
}

struct Header {
    fields: Vec<(String, String)>,
    title_span: Option<Span>,
    summary_span: Option<Span>,
    content_start: usize,
}

impl Header {
    fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

const HEADER_FIELDS: [&str; 8] = [
    "Title",
    "Source",
    "Link",
    "Published Date",
    "Author",
    "Tags",
    "Summary",
    "Content",
];

/// Recognises the header format by content: it starts with `Title:` and has a `Content:` line.
fn parse_header(text: &str) -> Option<Header> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !body.trim_start().starts_with("Title:") {
        return None;
    }
    let mut fields = Vec::new();
    let mut title_span = None;
    let mut summary_span = None;
    let mut offset = text.len() - body.len();
    for line in body.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\r', '\n']);
        let Some((name, value)) = content.split_once(':') else {
            continue;
        };
        let Some(known) = HEADER_FIELDS.iter().find(|f| **f == name.trim()) else {
            continue;
        };
        if *known == "Content" {
            return Some(Header {
                fields,
                title_span,
                summary_span,
                content_start: offset,
            });
        }
        let value_start = line_start + name.len() + 1;
        let lead = value.len() - value.trim_start().len();
        let span = Span::new(value_start + lead, line_start + content.len());
        match *known {
            "Title" => title_span = Some(span),
            "Summary" => summary_span = Some(span),
            _ => {}
        }
        fields.push((known.to_string(), value.trim().to_string()));
    }
    None
}

/// Splits the body into lines and marks each as story, related or boilerplate. `heading`
/// holds the spans of the article's own title and summary.
fn story_regions(text: &str, body_start: usize, heading: &[Span]) -> Vec<Region> {
    let mut lines: Vec<Span> = Vec::new();
    let mut offset = body_start;
    for line in text[body_start..].split_inclusive('\n') {
        let content = line.trim_end_matches(['\r', '\n']);
        let lead = content.len() - content.trim_start().len();
        let span = Span::new(offset + lead, offset + lead + content.trim().len());
        offset += line.len();
        if span.start < span.end {
            lines.push(span);
        }
    }
    let mut regions = Vec::with_capacity(lines.len());
    // Once the story ends (a related block, a comment form, a glued-on article), every later
    // line keeps that section.
    let mut after_end: Option<Section> = None;
    let mut story_lines = 0;
    for (i, span) in lines.iter().enumerate() {
        let line = &text[span.start..span.end];
        let section = if let Some(s) = after_end {
            s
        } else if let Some((section, ends_story)) = classify_line(line) {
            if ends_story {
                after_end = Some(section);
            }
            section
        } else if story_lines >= 3
            && (is_glued_title(line, lines.get(i + 1).map(|s| &text[s.start..s.end]))
                || opens_another_story(
                    text,
                    heading,
                    &text[body_start..span.start],
                    line,
                    lines.get(i + 1),
                ))
        {
            after_end = Some(Section::Related);
            Section::Related
        } else {
            story_lines += 1;
            Section::Story
        };
        regions.push(Region {
            span: *span,
            section,
        });
    }
    regions
}

/// Lines that are not the story, and whether everything after them is not the story either.
fn classify_line(line: &str) -> Option<(Section, bool)> {
    // Every cue is a prefix of the line (compared lower-cased, without a copy) or a test on
    // a short line.
    let starts = |p: &str| starts_with_lower(line, p);
    const RELATED_BLOCK: [&str; 4] = ["xem thêm:", "xem thêm :", "tin liên quan", "bài liên quan"];
    if RELATED_BLOCK.iter().any(|p| starts(p)) {
        return Some((Section::Related, true));
    }
    // "Also read: Morocco earthquake death toll rises to 2,800": a teaser for another story.
    const RELATED_LINE: [&str; 5] = [
        "also read:",
        "read also:",
        "read more:",
        "see also:",
        "related:",
    ];
    if line.starts_with("READ ")
        || starts("đọc thêm")
        || starts(">> ")
        || RELATED_LINE.iter().any(|p| starts(p))
    {
        return Some((Section::Related, false));
    }
    const END_OF_STORY: [&str; 6] = [
        "trả lời",
        "email của bạn sẽ không được hiển thị",
        "bình luận",
        "facebooktwitter",
        "chia sẻ",
        "share this",
    ];
    if line.len() < 120 && END_OF_STORY.iter().any(|p| starts(p)) {
        return Some((Section::Boilerplate, true));
    }
    const CREDIT: [&str; 11] = [
        "link:",
        "http://",
        "https://",
        "theo ",
        "nguồn:",
        "quý vị tham khảo",
        "bản tin có sự đóng góp",
        "video đang hot",
        "tin tổng hợp",
        "băng hình",
        "ảnh:",
    ];
    // Fewer than 90 characters (a line of 360 bytes or more has at least 90).
    let short = line.len() < 360 && line.chars().count() < 90;
    if !short {
        return None;
    }
    if CREDIT.iter().any(|p| starts(p)) {
        // "Theo VTV" is a credit; "Theo USGS, trận động đất…" is the story.
        let credit_only =
            !starts("theo ") || (line.split_whitespace().count() <= 5 && !line.contains(','));
        if credit_only {
            return Some((Section::Boilerplate, false));
        }
    }
    // The endings below end in "h" and "c.", and only 'h'/'H' and 'c'/'C' lower-case to
    // those letters: other lines are not lower-cased.
    let b = line.as_bytes();
    let ending = b.ends_with(b"h") || b.ends_with(b"H") || b.ends_with(b"c.") || b.ends_with(b"C.");
    if line.len() < 200 && !ending {
        return None;
    }
    // A short line of 200 bytes or more is tested on its first 64 characters only.
    let lower = if line.len() < 200 {
        line.to_lowercase()
    } else {
        line.chars().take(64).collect::<String>().to_lowercase()
    };
    if lower.ends_with(" biên dịch") || lower.ends_with(" đưa tin về tòa bạch ốc.") {
        return Some((Section::Boilerplate, false));
    }
    None
}

/// `line.to_lowercase().starts_with(prefix)` for a lower-case `prefix` without σ/ς (the one
/// letter whose lower case depends on context), without lower-casing the whole line.
fn starts_with_lower(line: &str, prefix: &str) -> bool {
    // The first characters decide almost every line: an ASCII letter lower-cases to itself
    // or its one ASCII partner.
    if let (Some(&l), Some(&p)) = (line.as_bytes().first(), prefix.as_bytes().first()) {
        if l.is_ascii() && l.to_ascii_lowercase() != p {
            return false;
        }
    }
    let mut lower = line.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| lower.next() == Some(p))
}

/// Marks that close a sentence or a paragraph: a line ending in none is title-like.
const CLOSERS: [char; 9] = ['.', '!', '?', '”', '"', ':', '…', '|', ')'];

/// A title-like line (short, no closing punctuation) whose next line opens with the same
/// words: the start of another article glued onto this one.
fn is_glued_title(line: &str, next: Option<&str>) -> bool {
    let Some(next) = next else { return false };
    // Cheap tests first: this runs on every story line.
    if next.len() <= line.len() || line.ends_with(CLOSERS) {
        return false;
    }
    if line.len() > 600 || line.chars().count() > 150 {
        return false;
    }
    // The first four words of both lines exist and are the same.
    let mut a = line.split_whitespace();
    let mut b = next.split_whitespace();
    (0..4).all(|_| matches!((a.next(), b.next()), (Some(x), Some(y)) if x == y))
}

/// A headline-like line (short, no closing punctuation, names in it) before a paragraph,
/// where neither names anyone or anything the article's title, summary or story so far
/// names: another story glued on ("George Foreman, Freeda Foreman: Boxing legend's daughter
/// dies" in a report of a building collapse; "Gundogan đang trên đường đến Man City" in a
/// digest). A subhead of the story names its people, or none; a list entry is followed by
/// another entry, not a paragraph.
fn opens_another_story(
    text: &str,
    heading: &[Span],
    before: &str,
    line: &str,
    next: Option<&Span>,
) -> bool {
    let Some(next) = next.map(|s| &text[s.start..s.end]) else {
        return false;
    };
    // Cheap tests first: this runs on every story line.
    let closed = |l: &str| l.ends_with(CLOSERS);
    if closed(line) || !closed(next) || next.len() <= line.len().max(80) {
        return false;
    }
    if line.len() > 600 || line.chars().count() > 150 {
        return false;
    }
    // "Ông Diệp Dũng, chủ tịch HĐQT Saigon Coop: …" opens a speaker's part of the story.
    let first = line.split_whitespace().next().unwrap_or("");
    if SPEAKER_TITLES.iter().any(|t| first.eq_ignore_ascii_case(t)) {
        return false;
    }
    let mut own = names_in(line);
    if own.is_empty() {
        return false;
    }
    // A heading in capitals ("DANH SÁCH 23 CẦU THỦ MỸ DỰ COPA AMERICA 2016") is a section
    // of the story; its words are not names as the text writes them.
    if !line.chars().any(char::is_lowercase) {
        return false;
    }
    own.extend(names_in(next));
    // Searched as written in the text before: rare lines only, so no index of names is built.
    let earlier = || {
        heading
            .iter()
            .map(|h| &text[h.start..h.end])
            .chain([before])
    };
    own.iter().all(|name| earlier().all(|t| !t.contains(name)))
}

/// Titles that open a subhead giving a speaker's words, in the story's own report.
const SPEAKER_TITLES: &[&str] = &[
    "Ông", "Bà", "Anh", "Chị", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
];

/// The capitalised words of a line, but for the first word of each sentence or heading ("2.
/// Kinh tế …", "… daughter dies. Like her …"): the names it gives.
fn names_in(line: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut opening = true;
    for token in line.split_whitespace() {
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        if word.chars().any(char::is_alphabetic) {
            let capital = word.chars().next().is_some_and(char::is_uppercase);
            if !opening && capital && word.chars().count() > 1 {
                names.push(word);
            }
            opening = false;
        }
        if token.ends_with(['.', '!', '?', ':']) {
            opening = true;
        }
    }
    names
}

/// The host of a link, with or without its scheme ("eva.vn/tin-tuc/…" names eva.vn too).
static HOST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:https?://)?(?:www\.)?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?:[/:?#]|\s*$)")
        .expect("valid regex")
});

/// Readable names of the main Vietnamese outlets, by host.
const OUTLETS: [(&str, &str); 24] = [
    ("vtv.vn", "VTV"),
    ("dantri.com.vn", "Dân trí"),
    ("vnexpress.net", "VnExpress"),
    ("tuoitre.vn", "Tuổi Trẻ"),
    ("thanhnien.vn", "Thanh Niên"),
    ("vov.vn", "VOV"),
    ("vietnamnet.vn", "VietNamNet"),
    ("zing.vn", "Zing"),
    ("news.zing.vn", "Zing"),
    ("laodong.vn", "Lao Động"),
    ("laodong.com.vn", "Lao Động"),
    ("nld.com.vn", "Người Lao Động"),
    ("tienphong.vn", "Tiền Phong"),
    ("vietq.vn", "VietQ"),
    ("baomoi.com", "Báo Mới"),
    ("kenh14.vn", "Kênh 14"),
    ("cand.com.vn", "Công an Nhân dân"),
    ("qdnd.vn", "Quân đội Nhân dân"),
    ("nhandan.com.vn", "Nhân Dân"),
    ("nhandan.org.vn", "Nhân Dân"),
    ("baotintuc.vn", "Báo Tin tức"),
    ("24h.com.vn", "24h"),
    ("vietnamplus.vn", "VietnamPlus"),
    ("infonet.vn", "Infonet"),
];

pub fn outlet_from_url(url: &str) -> String {
    let Some(host) = HOST.captures(url).and_then(|c| c.get(1)) else {
        return String::new();
    };
    let host = host.as_str().to_ascii_lowercase();
    OUTLETS
        .iter()
        .find(|(h, _)| {
            host.strip_suffix(h)
                .is_some_and(|sub| sub.is_empty() || sub.ends_with('.'))
        })
        .map_or(host.clone(), |(_, name)| name.to_string())
}

fn footer_link(text: &str) -> String {
    text.lines()
        .rev()
        .take(8)
        .find_map(|l| l.trim().strip_prefix("Link:").map(|u| u.trim().to_string()))
        .unwrap_or_default()
}

/// "Theo VTV" or "bản gốc từ The Epoch Times" in the last lines.
fn outlet_from_footer(text: &str) -> String {
    for line in text.lines().rev().take(8) {
        let line = line.trim();
        if let Some(name) = line.strip_prefix("Theo ") {
            if name.split_whitespace().count() <= 4 {
                return name.trim_end_matches('.').to_string();
            }
        }
        if let Some((_, name)) = line.split_once("bản gốc từ ") {
            return name.trim_end_matches('.').to_string();
        }
    }
    String::new()
}

static DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4}|[0-9]{2}(?:[^0-9]|$))")
        .expect("valid regex")
});
/// "19 / 5 / 2016": tried only when the compact form is absent ("11:52 - 20/05/2016" has both).
static DMY_SPACED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([0-9]{1,2})\s+[/.-]\s+([0-9]{1,2})\s+[/.-]\s+([0-9]{4})").expect("valid regex")
});
static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9])(20[0-9]{2}|19[0-9]{2})(?:[^0-9]|$)").expect("valid regex")
});
static YMD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(20[0-9]{2}|19[0-9]{2})[-/]([0-9]{1,2})[-/]([0-9]{1,2})").expect("valid regex")
});
static VI_LONG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)([0-9]{1,2})\s+tháng\s+([0-9]{1,2}|mười một|mười hai|một|giêng|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|chạp)\s*(?:năm|,)?\s*([0-9]{4})")
        .expect("valid regex")
});
static EN_LONG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+([0-9]{1,2}),?\s+([0-9]{4})")
        .expect("valid regex")
});
static DM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9])([0-9]{1,2})/([0-9]{1,2})(?:[^0-9/]|$)").expect("valid regex")
});
/// A date in a URL: `/2016/05/20/` or `-20220121051440988.htm` (yyyymmdd then digits).
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:/(20[0-9]{2})/([01][0-9])/([0-3][0-9])/|[^0-9](20[0-9]{2})([01][0-9])([0-3][0-9])[0-9]{0,9}\.[a-z]{2,5})")
        .expect("valid regex")
});

fn month_word(w: &str) -> Option<u32> {
    let w = w.to_lowercase();
    let words = [
        "một",
        "hai",
        "ba",
        "tư",
        "năm",
        "sáu",
        "bảy",
        "tám",
        "chín",
        "mười",
        "mười một",
        "mười hai",
    ];
    if let Some(i) = words.iter().position(|x| *x == w) {
        return Some(i as u32 + 1);
    }
    match w.as_str() {
        "giêng" => Some(1),
        "bốn" => Some(4),
        "chạp" => Some(12),
        _ => w.parse().ok(),
    }
}

/// Parses the publication dates the ViMs header uses ("16:59 ngày 31/05/2016",
/// "Thứ năm, 02/06/2016 - 10:30", "31.05.2016 | 05:12 PM", "2016-06-01T10:00:00+07:00",
/// "01/06/16 10:00", "Thứ tư, 25 Tháng năm 2016", "19 / 5 / 2016", "May 19, 2016", US order).
pub fn parse_published(s: &str) -> Option<NaiveDate> {
    if s.is_empty() {
        return None;
    }
    if let Some(c) = YMD.captures(s) {
        let n = |i: usize| c[i].parse::<u32>().ok();
        return NaiveDate::from_ymd_opt(n(1)? as i32, n(2)?, n(3)?);
    }
    if let Some(c) = VI_LONG.captures(s) {
        let (d, m, y) = (c[1].parse().ok()?, month_word(&c[2])?, c[3].parse().ok()?);
        return NaiveDate::from_ymd_opt(y, m, d);
    }
    if let Some(c) = EN_LONG.captures(s) {
        const MONTHS: [&str; 12] = [
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        ];
        let m = MONTHS.iter().position(|m| c[1].eq_ignore_ascii_case(m))? as u32 + 1;
        return NaiveDate::from_ymd_opt(c[3].parse().ok()?, m, c[2].parse().ok()?);
    }
    let c = DMY.captures(s).or_else(|| DMY_SPACED.captures(s))?;
    let n = |i: usize| {
        c[i].trim_end_matches(|ch: char| !ch.is_ascii_digit())
            .parse::<u32>()
            .ok()
    };
    let mut year = n(3)? as i32;
    if year < 100 {
        year += 2000;
    }
    let (day, month) = (n(1)?, n(2)?);
    // "5/20/2016" is American order: a second field over 12 cannot be a month.
    NaiveDate::from_ymd_opt(year, month, day).or_else(|| NaiveDate::from_ymd_opt(year, day, month))
}

/// A date in a link (`/2016/05/20/`, `…-20220121051440988.htm`).
pub fn date_from_url(url: &str) -> Option<NaiveDate> {
    let c = URL_DATE.captures(url)?;
    let g = |a: usize, b: usize| {
        c.get(a)
            .or_else(|| c.get(b))
            .and_then(|m| m.as_str().parse::<u32>().ok())
    };
    NaiveDate::from_ymd_opt(g(1, 4)? as i32, g(2, 5)?, g(3, 6)?)
}

/// A header date without a year ("21/05 06:45"): the year comes from the latest full date the
/// text mentions, or from a 4-digit year near "năm".
fn partial_published(field: &str, text: &str) -> Option<NaiveDate> {
    let c = DM.captures(field)?;
    let (d, m): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
    let year = latest_date_in_text(text).map(|x| x.year()).or_else(|| {
        // Else the latest year the text names ("Copa 2016").
        let sample = crate::text::head(text, 200_000);
        YEAR.captures_iter(sample)
            .filter_map(|c| c[1].parse::<i32>().ok())
            .max()
    })?;
    NaiveDate::from_ymd_opt(year, m, d)
}

/// Labels a plain text's opening lines give its publication date by ("Published: 2023-05-31",
/// "Publish : 2023-06-01 13:16", "Ngày đăng: 20/05/2016").
const DATE_LABELS: &[&str] = &[
    "published",
    "publish",
    "posted",
    "date",
    "dated",
    "ngày đăng",
];

/// Lines from the top of a plain text read for a labelled date.
const LABEL_LINES: usize = 12;

/// The date a labelled line near the top of a plain text gives: it is the text's own word on
/// when it was published, ahead of any later date the story names ("the debt limit through
/// January 1, 2025").
fn labelled_date(text: &str) -> Option<NaiveDate> {
    text.lines().take(LABEL_LINES).find_map(|line| {
        let line = line.trim();
        let lower = line.to_lowercase();
        let label = DATE_LABELS.iter().find(|l| lower.starts_with(*l))?;
        // "Published: …", "Publish : …", "Date …": a colon or a space after the label, no
        // longer word ("Dateline", "Publishing").
        let after = line.get(label.len()..)?;
        if after.starts_with(char::is_alphanumeric) {
            return None;
        }
        let rest = after.trim_start();
        parse_published(rest.strip_prefix(':').map_or(rest, str::trim_start))
    })
}

/// The latest full date written in the text (a cue when no header gives one).
fn latest_date_in_text(text: &str) -> Option<NaiveDate> {
    let sample = crate::text::head(text, 200_000);
    // A day-month-year must not start inside another number: "2019-12-08" holds "19-12-08",
    // which is not 19 December 2008.
    let free_start = |m: regex::Match| {
        !sample[..m.start()]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit() || c == '-' || c == '/' || c == '.')
    };
    let found = |re: &'static Regex| {
        re.find_iter(sample)
            .filter(move |m| free_start(*m))
            .filter_map(|m| parse_published(m.as_str()))
    };
    found(&YMD)
        .chain(found(&DMY))
        .chain(found(&VI_LONG))
        .chain(found(&EN_LONG))
        .filter(|d| d.year() >= 1990 && d.year() <= 2100)
        .max()
}

/// `vi` when the text uses Vietnamese letters, else `en`.
fn guess_language(text: &str) -> &'static str {
    // Letters only Vietnamese uses: ă â đ ê ô ơ ư (either case) and the toned letters of
    // Latin Extended Additional.
    let is_vi = |c: char| {
        matches!(
            c,
            'ă' | 'Ă' | 'â' | 'Â' | 'đ' | 'Đ' | 'ê' | 'Ê' | 'ô' | 'Ô' | 'ơ' | 'Ơ' | 'ư' | 'Ư'
        ) || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
    };
    let (mut vi, mut total) = (0usize, 0usize);
    for c in text.chars().take(4000) {
        total += 1;
        vi += usize::from(is_vi(c));
    }
    if vi * 50 > total {
        "vi"
    } else {
        "en"
    }
}

/// A short reason for an I/O error, without Rust's "(os error N)" noise.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sections(text: &str) -> Vec<(String, Section)> {
        story_regions(text, 0, &[])
            .into_iter()
            .map(|r| (text[r.span.start..r.span.end].to_string(), r.section))
            .collect()
    }

    #[test]
    fn published_formats_of_the_dev_corpus() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        let cases = [
            ("16:59 ngày 31/05/2016", d(2016, 5, 31)),
            ("Thứ năm, 02/06/2016 - 10:30", d(2016, 6, 2)),
            ("31.05.2016 | 05:12 PM", d(2016, 5, 31)),
            ("2016-06-01T10:00:00+07:00", d(2016, 6, 1)),
            ("01/06/16 10:00", d(2016, 6, 1)),
            ("10:00 AM, 01-06-2016", d(2016, 6, 1)),
            ("10:00 ngày 1 tháng 6 năm 2016", d(2016, 6, 1)),
            ("Thứ 6, 11:03, 20/05/2016", d(2016, 5, 20)),
            ("19/05/201600:00:00(Xem: 732)", d(2016, 5, 19)),
            ("5/20/2016 11:40:52 PM", d(2016, 5, 20)),
            ("Ngày 20 Tháng 5, 2016 | 07:51 PM", d(2016, 5, 20)),
            ("18 tháng 5 2016", d(2016, 5, 18)),
            ("Thứ tư, 25 Tháng năm 2016, 09:24 GMT+7", d(2016, 5, 25)),
            (
                "Cập nhật: 7: 25': 10'' (GMT+7) - 19 / 5 / 2016",
                d(2016, 5, 19),
            ),
            ("May 19, 2016", d(2016, 5, 19)),
            ("11:52 - 20/05/2016", d(2016, 5, 20)),
            ("Phát hiện thi thể nam thanh niên", None),
            ("", None),
        ];
        for (s, want) in cases {
            assert_eq!(parse_published(s), want, "{s}");
        }
    }

    #[test]
    fn a_labelled_line_at_the_top_dates_a_plain_text() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        let text = "House passes bill\nPublished: 2023-05-31\n\nIt suspends the limit through January 1, 2025.";
        // The latest date the story names is not when it was published.
        assert_eq!(latest_date_in_text(text), d(2025, 1, 1));
        let cases = [
            (text, d(2023, 5, 31)),
            ("T\nPublish : 2023-06-01 13:16:00\nBody.", d(2023, 6, 1)),
            ("T\nNgày đăng: 20/05/2016\nNội dung.", d(2016, 5, 20)),
            ("Dateline 2023-06-01\nBody.", None),
            ("No label here 2023-06-01.", None),
        ];
        for (text, want) in cases {
            assert_eq!(labelled_date(text), want, "{text}");
        }
    }

    #[test]
    fn a_text_without_a_header_is_dated_by_its_latest_whole_date() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        let cases = [
            // Not 19 December 2008, read from inside the ISO date.
            (
                "Fire kills 43\nPublished: 2019-12-08\n\nThe fire broke out.",
                d(2019, 12, 8),
            ),
            ("Updated 2001-05-20. Police said on Monday.", d(2001, 5, 20)),
            (
                "Posted December 9, 2019. It began on Dec. 8.",
                d(2019, 12, 9),
            ),
            ("Sáng 20/5/2016, cơ quan công an cho biết.", d(2016, 5, 20)),
            ("No date at all here.", None),
        ];
        for (text, want) in cases {
            assert_eq!(latest_date_in_text(text), want, "{text}");
        }
    }

    #[test]
    fn dates_in_links_and_partial_headers() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        assert_eq!(
            date_from_url("https://vtv.vn/the-gioi/abc-20220121051440988.htm"),
            d(2022, 1, 21)
        );
        assert_eq!(
            date_from_url("http://x.vn/2016/05/20/abc.html"),
            d(2016, 5, 20)
        );
        assert_eq!(date_from_url("http://vov.vn/thegioi/abc-512420.vov"), None);
        assert_eq!(
            partial_published("21/05 06:45", "Sáng 20/5/2016, ..."),
            d(2016, 5, 21)
        );
    }

    #[test]
    fn header_format_is_detected_by_content() {
        let text = "Title: Cháy lớn\r\nSource: \r\nLink: http://vnexpress.net/a.html\r\nPublished Date: 16:59 ngày 31/05/2016\r\nSummary: Hai người chết.\r\nContent:\r\nDòng một có 5 người.\r\n";
        let a = parse(
            text.as_bytes(),
            "x".into(),
            Path::new("d/x.txt"),
            &Meta::default(),
        )
        .unwrap();
        assert_eq!(a.format, Format::Header);
        assert_eq!(a.title, "Cháy lớn");
        assert_eq!(a.outlet, "VnExpress");
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2016, 5, 31));
        let story: Vec<&str> = a
            .regions
            .iter()
            .map(|r| &a.text[r.span.start..r.span.end])
            .collect();
        assert_eq!(
            story,
            ["Cháy lớn", "Hai người chết.", "Dòng một có 5 người."]
        );
    }

    #[test]
    fn related_blocks_and_forms_are_not_story() {
        let text = "Tiêu đề\nCâu một.\nREAD  Một bài khác\nCâu hai.\nTrả lời\nEmail của bạn sẽ không được hiển thị.\n";
        let got = sections(text);
        assert_eq!(got[2].1, Section::Related);
        assert_eq!(got[3].1, Section::Story);
        assert_eq!(got[4].1, Section::Boilerplate);
        assert_eq!(got[5].1, Section::Boilerplate);
    }

    #[test]
    fn a_sentence_opening_with_theo_is_story() {
        let got = sections("Tiêu đề\nTheo USGS, trận động đất làm 20 người chết.\nTheo VTV\n");
        assert_eq!(got[1].1, Section::Story);
        assert_eq!(got[2].1, Section::Boilerplate);
    }

    #[test]
    fn glued_article_ends_the_story() {
        let text = "Tiêu đề chính\nCâu một.\nCâu hai.\nCâu ba.\nMỹ sẽ nối lại đàm phán với Taliban\nMỹ sẽ nối lại đàm phán với Taliban tại Qatar, 2 tuần.\nCâu sau.\n";
        let got = sections(text);
        assert_eq!(got[3].1, Section::Story);
        assert!(
            got[4..].iter().all(|(_, s)| *s == Section::Related),
            "{got:?}"
        );
    }

    #[test]
    fn a_headline_naming_only_others_before_a_paragraph_ends_the_story() {
        // A rewrite with another story glued in: its headline and first paragraph name no one
        // the report of the collapse names.
        let text = "A three-storey building collapsed on Wednesday in Lagos, Nigeria.\nThe Lagos emergency agency said 10 people had been recovered alive.\nLagos state Gov. Akinwunmi Ambode said the building had been marked for demolition.\nGeorge Foreman, Freeda Foreman: Boxing legend's daughter dies\nFreeda is survived by a large family that includes her husband, two daughters, three grandchildren and 11 siblings.\n";
        let got = sections(text);
        assert_eq!(got[2].1, Section::Story, "{got:?}");
        assert!(
            got[3..].iter().all(|(_, s)| *s == Section::Related),
            "{got:?}"
        );
        // A subhead of the story itself stays: one that names the story's people, one that
        // opens a speaker's part, a numbered one, and an entry of a list.
        for subhead in [
            "Ambode orders Lagos inquiry",
            "Ông Diệp Dũng chủ tịch HĐQT Saigon Coop: Phải có tư duy lãnh đạo",
            "2. Kinh tế kiệt quệ vì giá dầu",
            "DANH SÁCH 23 CẦU THỦ MỸ DỰ COPA AMERICA 2016",
        ] {
            let text = format!("A three-storey building collapsed on Wednesday in Lagos, Nigeria.\nThe Lagos emergency agency said 10 people had been recovered alive.\nLagos state Gov. Akinwunmi Ambode said the building had been marked for demolition.\n{subhead}\nThe governor said the owners of the building would answer for it, and that 25 people had been pulled out of the debris by the evening.\n");
            let got = sections(&text);
            assert!(got.iter().all(|(_, s)| *s == Section::Story), "{got:?}");
        }
        let list = "Lễ trao giải diễn ra tối qua tại Las Vegas.\nThe Weeknd giành 8 giải.\nAdele giành 5 giải.\nNghệ sĩ Latin xuất sắc: Romeo Santos\nNghệ sĩ Dance xuất sắc: David Guetta\n";
        assert!(sections(list).iter().all(|(_, s)| *s == Section::Story));
    }

    #[test]
    fn line_cues() {
        use Section::{Boilerplate, Related};
        let long_story = "Ông Blinken nói rằng Mỹ sẽ tiếp tục đối thoại với Nga trong những tuần tới về an ninh châu Âu.";
        for (line, want) in [
            ("Xem thêm: Nga điều quân", Some((Related, true))),
            ("TIN LIÊN QUAN", Some((Related, true))),
            ("Đọc thêm bài này", Some((Related, false))),
            (
                "Also read: Morocco earthquake death toll rises to 2,800",
                Some((Related, false)),
            ),
            ("Bình luận", Some((Boilerplate, true))),
            ("Theo VTV", Some((Boilerplate, false))),
            ("Theo USGS, trận động đất mạnh 6,1 độ xảy ra lúc 10h.", None),
            ("Minh Anh biên dịch", Some((Boilerplate, false))),
            ("Thanh Hà BIÊN DỊCH", Some((Boilerplate, false))),
            (
                "Đài VOA đưa tin về Tòa Bạch Ốc.",
                Some((Boilerplate, false)),
            ),
            ("Bản tin biên dịch xong", None),
            (long_story, None),
        ] {
            assert_eq!(classify_line(line), want, "{line}");
        }
    }

    #[test]
    fn prefix_test_agrees_with_lower_casing_the_line() {
        for line in [
            "XEM THÊM: abc",
            "Đọc thêm",
            "Theo VTV",
            "İstanbul",
            "ΣΑΣ",
            "xem",
            "",
        ] {
            for p in ["xem thêm:", "đọc thêm", "theo ", "i", "σα", ""] {
                assert_eq!(
                    starts_with_lower(line, p),
                    line.to_lowercase().starts_with(p),
                    "{line:?} {p:?}"
                );
            }
        }
    }

    #[test]
    fn outlet_from_footer_and_host() {
        assert_eq!(outlet_from_url("https://vtv.vn/the-gioi/x.htm"), "VTV");
        assert_eq!(outlet_from_url("http://www.example.org/x"), "example.org");
        assert_eq!(
            outlet_from_url("www.thesaigontimes.vn/147222/a.html"),
            "thesaigontimes.vn"
        );
        assert_eq!(
            outlet_from_url("eva.vn/tin-tuc/x-c73a268276.html"),
            "eva.vn"
        );
        assert_eq!(outlet_from_url("Theo Tuấn Xuân/VOV-Tây Bắc"), "");
        assert_eq!(outlet_from_url("diễn viên, tê giác Java"), "");
        assert_eq!(outlet_from_footer("abc\nTheo VTV"), "VTV");
        assert_eq!(
            outlet_from_footer("x\nQuý vị tham khảo bản gốc từ The Epoch Times\nXem thêm:"),
            "The Epoch Times"
        );
    }

    #[test]
    fn a_line_of_only_white_space_is_no_region() {
        // Found by the property tests: a tab-only line made a span that ended before it began.
        let a = parse(
            "Tiêu đề\n\t\n".as_bytes(),
            "x".into(),
            Path::new("x.txt"),
            &Meta::default(),
        )
        .unwrap();
        assert_eq!(a.regions.len(), 1);
        assert!(a.regions.iter().all(|r| r.span.start < r.span.end));
    }

    #[test]
    fn empty_and_binary_files_fail() {
        let p = Path::new("x.txt");
        assert!(parse(b"", "x".into(), p, &Meta::default()).is_err());
        assert!(parse(b"  \n ", "x".into(), p, &Meta::default()).is_err());
        assert!(parse(b"\x00\x01\x02", "x".into(), p, &Meta::default()).is_err());
    }
}
