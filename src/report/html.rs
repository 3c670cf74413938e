//! The HTML report: one self-contained page (inline CSS and a small inline script, no
//! external assets, no network request) for a day of many stories: a summary, a contents list
//! of the stories ordered by severity, and per story a section with one card per
//! disagreement, every value side by side with the outlets stating it (mention highlighted in
//! its sentence, publication date, link, file and bytes), the majority and the later report
//! marked. Filters by outlet, kind and score and a text search work from disk; without the
//! script every card is shown. Every piece of article text is HTML-escaped. It must not decide
//! anything about claims.

use crate::align::Record;
use crate::article::Article;
use crate::compare::Discrepancy;
use crate::story::Story;
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

const STYLE: &str = "*{box-sizing:border-box}\
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:76rem;padding:0 1rem 3rem;color:#222;overflow-wrap:anywhere;line-height:1.4}\
h1{margin:1rem 0 .25rem}h2{border-bottom:2px solid #eee;margin-top:2rem}\
#contents ol{padding-left:1.5rem}#contents li{margin:.15rem 0}.counts{color:#555;font-size:.9em}\
#filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;background:#f4f6f8;padding:.5rem .75rem;border-radius:6px;position:sticky;top:0;z-index:1}\
#filters label{display:flex;flex-direction:column;font-size:.85em;color:#444;flex:1 1 9rem;min-width:0}#filters input,#filters select{font:inherit;width:100%}\
.disagreement{border:1px solid #ddd;border-radius:6px;margin:1rem 0;padding:.5rem .75rem}\
.values{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr));gap:.75rem}\
.value{background:#fafafa;border:1px solid #eee;border-radius:4px;padding:.5rem}.value.majority{border-color:#7aa7d9}\
.value ul{list-style:none;margin:.25rem 0 0;padding:0}.value li{margin:.5rem 0 0}\
.v{font-size:1.15em;font-weight:bold}.badge{display:inline-block;font-size:.75em;font-weight:normal;border-radius:3px;padding:0 .35em;margin-left:.4em;background:#e3eefa;color:#1d4f8a}\
.badge.later{background:#fdf0d5;color:#7a4b00}\
blockquote{margin:.25rem 0;padding-left:.5rem;border-left:3px solid #ddd}\
mark{background:#ffe066;font-weight:bold}.high{color:#b00020}.medium{color:#a15c00}.low{color:#555}\
.meta{color:#555;font-size:.85em}code{white-space:pre-wrap}\
section.story{scroll-margin-top:7rem}\
@media (max-width:600px){body{padding:0 .5rem 2rem}.disagreement{padding:.5rem}#filters{position:static}section.story{scroll-margin-top:0}}";

/// Filters cards by outlet, kind, minimum score and text; hides stories left empty. The page
/// reads the same without it (the filter form stays hidden).
const SCRIPT: &str = "(function(){var f=document.getElementById('filters');if(!f)return;f.hidden=false;\
var cards=[].slice.call(document.querySelectorAll('.disagreement'));\
var stories=[].slice.call(document.querySelectorAll('section.story'));\
function apply(){var o=f.outlet.value,k=f.kind.value,m=parseFloat(f.score.value)||0,q=f.q.value.toLowerCase().trim(),n=0,active=o||k||m>0||q;\
cards.forEach(function(c){var ok=(!o||c.dataset.outlets.indexOf('|'+o+'|')>=0)&&(!k||c.dataset.kind===k)&&parseFloat(c.dataset.score)>=m&&(!q||c.textContent.toLowerCase().indexOf(q)>=0);c.hidden=!ok;if(ok)n++;});\
stories.forEach(function(s){var vis=s.querySelector('.disagreement:not([hidden])');s.hidden=active&&!vis;var a=document.querySelector('#contents a[href=\"#'+s.id+'\"]');if(a)a.parentNode.hidden=s.hidden;});\
document.getElementById('shown').textContent=n+' of '+cards.length+' disagreements shown';}\
f.addEventListener('input',apply);f.addEventListener('submit',function(e){e.preventDefault();});apply();})();";

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

/// One outlet's statement of a value: outlet (linked), date, sentence, file and bytes.
fn statement(articles: &[Article], r: &Record) -> String {
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
        "<li><strong>{outlet}</strong> · {published}<blockquote>{}</blockquote>\
         <div class=\"meta\">{} · bytes {}–{}</div></li>",
        highlighted(r),
        escape(&a.doc),
        file.start,
        file.end
    )
}

fn card(h: &mut String, articles: &[Article], records: &[Record], d: &Discrepancy) {
    let outlets: BTreeSet<&str> = d
        .sides
        .iter()
        .flat_map(|s| &s.records)
        .map(|&r| articles[records[r].article].outlet.as_str())
        .collect();
    let data_outlets: String = outlets.iter().fold("|".to_string(), |mut acc, o| {
        acc.push_str(o);
        acc.push('|');
        acc
    });
    let sev = d.severity.as_str();
    let _ = write!(
        h,
        "<article class=\"disagreement\" id=\"d-{id}\" data-disagreement=\"{id}\" data-kind=\"{kind}\" data-score=\"{score:.2}\" data-outlets=\"{}\">\
         <div><span class=\"{sev}\">{sev}</span> · <strong>{kind}</strong> · slot <code>{}</code> · {} · score {score:.2}</div><div class=\"values\">",
        escape(&data_outlets),
        escape(&d.slot),
        escape(&d.event),
        id = escape(&d.id),
        kind = escape(d.kind),
        score = d.score,
    );
    for (i, side) in d.sides.iter().enumerate() {
        let majority = d.majority == Some(i);
        let _ = write!(
            h,
            "<div class=\"value{}\"><div class=\"v\">{}{}{}</div><ul>",
            if majority { " majority" } else { "" },
            escape(&side.value),
            if majority {
                "<span class=\"badge\">majority</span>"
            } else {
                ""
            },
            if d.latest == Some(i) {
                "<span class=\"badge later\">later report</span>"
            } else {
                ""
            }
        );
        for &r in &side.records {
            h.push_str(&statement(articles, &records[r]));
        }
        h.push_str("</ul></div>");
    }
    let _ = write!(
        h,
        "</div><p class=\"note meta\">{}</p></article>",
        escape(&d.note)
    );
}

fn kinds_line(rows: &[&Discrepancy]) -> String {
    let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for d in rows {
        *by_kind.entry(d.kind).or_default() += 1;
    }
    if by_kind.is_empty() {
        return "no disagreement".to_string();
    }
    by_kind
        .iter()
        .map(|(k, n)| format!("{n} {k}"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn page(
    articles: &[Article],
    records: &[Record],
    ds: &[Discrepancy],
    skipped: &[crate::corpus::Skipped],
    stories: &[Story],
) -> String {
    let mut h = String::with_capacity(4096 + ds.len() * 2048);
    let _ = write!(
        h,
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>claimdiff report</title><style>{STYLE}</style></head><body>"
    );
    h.push_str("<h1>claimdiff report</h1>");

    // Summary.
    let outlets: BTreeSet<&str> = articles.iter().map(|a| a.outlet.as_str()).collect();
    let all: Vec<&Discrepancy> = ds.iter().collect();
    let _ = write!(
        h,
        "<p id=\"summary\">{} articles from {} outlets in {} stories · {} claims · {} disagreements ({})",
        articles.len(),
        outlets.len(),
        stories.len(),
        records.len(),
        ds.len(),
        escape(&kinds_line(&all))
    );
    if !skipped.is_empty() {
        let _ = write!(
            h,
            " · <a href=\"#skipped\">{} files skipped</a>",
            skipped.len()
        );
    }
    h.push_str("</p>");

    // Filters (shown by the script).
    let kinds: BTreeSet<&str> = ds.iter().map(|d| d.kind).collect();
    h.push_str("<form id=\"filters\" hidden><label>outlet<select name=\"outlet\"><option value=\"\">all</option>");
    for o in &outlets {
        let _ = write!(h, "<option>{}</option>", escape(o));
    }
    h.push_str("</select></label><label>kind<select name=\"kind\"><option value=\"\">all</option>");
    for k in &kinds {
        let _ = write!(h, "<option>{}</option>", escape(k));
    }
    h.push_str(
        "</select></label><label>min. score<input name=\"score\" type=\"number\" min=\"0\" max=\"1\" step=\"0.05\" value=\"0\"></label>\
         <label>search<input name=\"q\" type=\"search\" placeholder=\"outlet, value, words…\"></label>\
         <span id=\"shown\" class=\"meta\"></span></form>",
    );

    // Stories ordered by their most severe disagreement, then by how many they have.
    let mut by_story: BTreeMap<&str, Vec<&Discrepancy>> = BTreeMap::new();
    for d in ds {
        by_story.entry(d.story.as_str()).or_default().push(d);
    }
    let empty = Vec::new();
    let mut order: Vec<(&Story, &Vec<&Discrepancy>)> = stories
        .iter()
        .map(|s| (s, by_story.get(s.key.as_str()).unwrap_or(&empty)))
        .collect();
    order.sort_by_key(|(s, rows)| {
        (
            rows.iter().map(|d| d.severity).min().is_none(),
            rows.iter().map(|d| d.severity).min(),
            std::cmp::Reverse(rows.len()),
            s.key.as_str(),
        )
    });

    h.push_str("<nav id=\"contents\"><h2>Stories</h2><ol>");
    for (s, rows) in &order {
        let _ = write!(
            h,
            "<li><a href=\"#{}\">{}</a> <span class=\"counts\">· {}</span></li>",
            escape(&s.anchor),
            escape(&s.title),
            escape(&kinds_line(rows))
        );
    }
    h.push_str("</ol></nav><main>");

    for (s, rows) in order {
        let _ = write!(
            h,
            "<section class=\"story\" id=\"{}\"><h2>{}</h2><p class=\"meta\">{} articles · outlets: {} · {}</p>",
            escape(&s.anchor),
            escape(&s.title),
            s.articles.len(),
            escape(&s.outlets.iter().cloned().collect::<Vec<_>>().join(", ")),
            escape(&kinds_line(rows))
        );
        let mut rows = rows.clone();
        rows.sort_by(|x, y| {
            x.severity
                .cmp(&y.severity)
                .then(y.score.total_cmp(&x.score))
                .then(x.id.cmp(&y.id))
        });
        for d in rows {
            card(&mut h, articles, records, d);
        }
        h.push_str("</section>");
    }
    h.push_str("</main>");
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
    let _ = writeln!(h, "<script>{SCRIPT}</script></body></html>");
    h
}
