//! The HTML report: one self-contained page (inline CSS, no scripts, no external assets) with a
//! summary, the discrepancies grouped by event (severity first) with both sentences side by
//! side and the figures highlighted, and a per-slot view of which outlet said what.
//! Every piece of article text is HTML-escaped. It must not decide anything about claims.

use crate::align::Record;
use crate::article::Article;
use crate::compare::Discrepancy;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#222}\
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}\
.disc{border:1px solid #ddd;border-radius:6px;margin:1rem 0;padding:.5rem 1rem}\
.sides{display:grid;grid-template-columns:1fr 1fr;gap:1rem}.side{background:#fafafa;padding:.5rem}\
mark{background:#ffe066;font-weight:bold}.high{color:#b00020}.medium{color:#a15c00}.low{color:#555}\
.meta{color:#555;font-size:.9em}h2{border-bottom:2px solid #eee}";

/// The sentence with the mention highlighted; both escaped.
fn highlighted(r: &Record) -> String {
    let e = &r.evidence;
    let (m0, m1) = e.mention_at;
    format!(
        "{}<mark>{}</mark>{}",
        escape(&e.sentence[..m0]),
        escape(&e.sentence[m0..m1]),
        escape(&e.sentence[m1..])
    )
}

fn side(articles: &[Article], r: &Record) -> String {
    let a = &articles[r.article];
    let outlet = if a.url.starts_with("http://") || a.url.starts_with("https://") {
        format!("<a href=\"{}\">{}</a>", escape(&a.url), escape(&a.outlet))
    } else {
        escape(&a.outlet)
    };
    let published = a
        .published
        .map(|d| d.to_string())
        .unwrap_or_else(|| "date unknown".into());
    let file = r.evidence.file;
    format!(
        "<div class=\"side\"><div><strong>{outlet}</strong> · {published}</div>\
         <div class=\"value\">{}</div><blockquote>{}</blockquote>\
         <div class=\"meta\">{} · bytes {}–{}</div></div>",
        escape(&r.claim.value.to_string()),
        highlighted(r),
        escape(&a.doc),
        file.start,
        file.end
    )
}

pub fn page(
    articles: &[Article],
    records: &[Record],
    ds: &[Discrepancy],
    skipped: &[crate::corpus::Skipped],
) -> String {
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>claimdiff report</title><style>{STYLE}</style></head><body>"
    );
    h.push_str("<h1>claimdiff report</h1>");

    // Summary.
    let outlets: BTreeSet<&str> = articles.iter().map(|a| a.outlet.as_str()).collect();
    let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for d in ds {
        *by_kind.entry(d.kind).or_default() += 1;
    }
    h.push_str("<section id=\"summary\"><h2>Summary</h2><table>");
    let _ = write!(
        h,
        "<tr><th>articles</th><td>{}</td></tr><tr><th>outlets</th><td>{}</td></tr><tr><th>claims</th><td>{}</td></tr><tr><th>discrepancies</th><td>{}</td></tr>",
        articles.len(),
        outlets.len(),
        records.len(),
        ds.len()
    );
    if !skipped.is_empty() {
        let _ = write!(
            h,
            "<tr><th>files skipped</th><td>{}</td></tr>",
            skipped.len()
        );
    }
    for (k, n) in &by_kind {
        let _ = write!(h, "<tr><th>{}</th><td>{n}</td></tr>", escape(k));
    }
    h.push_str("</table></section>");

    // Discrepancies by event, events ordered by their most severe row.
    let mut events: BTreeMap<&str, Vec<&Discrepancy>> = BTreeMap::new();
    for d in ds {
        events.entry(d.event.as_str()).or_default().push(d);
    }
    let mut order: Vec<(&str, Vec<&Discrepancy>)> = events.into_iter().collect();
    order.sort_by_key(|(e, rows)| (rows.iter().map(|d| d.severity).min(), *e));
    h.push_str("<section id=\"discrepancies\"><h2>Discrepancies</h2>");
    if ds.is_empty() {
        h.push_str("<p>No discrepancy found.</p>");
    }
    for (event, mut rows) in order {
        rows.sort_by_key(|d| d.severity);
        let label = if event.is_empty() {
            "single-source findings"
        } else {
            event
        };
        let _ = write!(h, "<h3 class=\"event\">{}</h3>", escape(label));
        for d in rows {
            let sev = d.severity.as_str();
            let _ = write!(
                h,
                "<article class=\"disc\" data-kind=\"{}\"><div><span class=\"{sev}\">{sev}</span> · <strong>{}</strong> · slot <code>{}</code> · score {:.2}</div>\
                 <div class=\"sides\">{}{}</div><p class=\"note\">{}</p></article>",
                escape(d.kind),
                escape(d.kind),
                escape(&d.slot),
                d.score,
                side(articles, &records[d.a]),
                d.b.map(|b| side(articles, &records[b])).unwrap_or_default(),
                escape(&d.note)
            );
        }
    }
    h.push_str("</section>");

    // Per slot: who said which value, for every slot with a discrepancy.
    let slots: BTreeSet<(usize, &str)> = ds
        .iter()
        .filter_map(|d| Some((records[d.a].group, d.slot.as_str())).filter(|(g, _)| *g > 0))
        .collect();
    h.push_str("<section id=\"slots\"><h2>Who said what, by slot</h2>");
    for (group, slot) in slots {
        let mut values: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
        for r in records.iter().filter(|r| r.group == group) {
            values
                .entry(r.claim.value.to_string())
                .or_default()
                .insert(articles[r.article].outlet.as_str());
        }
        let _ = write!(
            h,
            "<h3>{}</h3><table class=\"slot\"><tr><th>value</th><th>outlets</th></tr>",
            escape(slot)
        );
        for (v, o) in values {
            let _ = write!(
                h,
                "<tr><td>{}</td><td>{}</td></tr>",
                escape(&v),
                escape(&o.into_iter().collect::<Vec<_>>().join(", "))
            );
        }
        h.push_str("</table>");
    }
    h.push_str("</section>");
    if !skipped.is_empty() {
        h.push_str("<section id=\"skipped\"><h2>Files not read</h2><ul>");
        for s in skipped {
            let _ = write!(
                h,
                "<li><code>{}</code>: {}</li>",
                escape(&s.doc),
                escape(&s.reason)
            );
        }
        h.push_str("</ul></section>");
    }
    h.push_str("</body></html>\n");
    h
}
