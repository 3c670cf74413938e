//! Shows how alignment scored the claims of two articles: for every node of the first article
//! (optionally only those whose value contains a given text), its best candidates in the second
//! article with their weights and comparison levels, and which pair matching kept.
//!
//! cargo run --release --example explain_pairs -- DIR DOC_A DOC_B [VALUE]
//! (DOC_A and DOC_B are file names inside DIR, e.g. 47.txt 48.txt; WEIGHTS=FILE reads another
//! weights file)

use claimdiff::align::{self, candidates, features, Weights};
use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let dir = PathBuf::from(&args[1]);
    let (doc_a, doc_b) = (&args[2], &args[3]);
    let only = args.get(4);
    let collected = claimdiff::corpus::collect(std::slice::from_ref(&dir));
    let inputs = collected.strict()?;
    let manifest = claimdiff::corpus::manifests(None, &[dir])?;
    let bar = indicatif::ProgressBar::hidden();
    let loaded = claimdiff::corpus::load(&inputs, &manifest, &bar, false)?;
    let articles = loaded.articles;
    let mut records = align::align(&articles, loaded.extractions);
    // WEIGHTS=file reads another weights file (one learned by `eval learn --half`).
    let from_file = std::env::var_os("WEIGHTS").map(|f| Weights::from_file(f.as_ref()));
    let weights = match from_file {
        Some(w) => Box::leak(Box::new(w?)),
        None => Weights::builtin(),
    };
    let matches = align::pair(&articles, &mut records, weights);
    let find = |name: &str| {
        articles
            .iter()
            .position(|a| a.doc.ends_with(&format!("/{name}")))
            .expect("a document of that name")
    };
    let (ia, ib) = (find(doc_a), find(doc_b));
    let members: Vec<usize> = (0..records.len())
        .filter(|&i| {
            let r = &records[i];
            r.comparable() && articles[r.article].story == articles[ia].story
        })
        .collect();
    let story = candidates::story(&articles, &records, &members);
    for (class, by_article) in &story.classes {
        let (Some(na), Some(nb)) = (by_article.get(&ia), by_article.get(&ib)) else {
            continue;
        };
        for a in na {
            let pa = &story.profiles[a.members[0]];
            let va = records[pa.record].claim.value.to_string();
            if only.is_some_and(|o| !va.contains(o.as_str())) {
                continue;
            }
            let mut cands: Vec<(f64, String)> = Vec::new();
            for b in nb {
                // The pair alignment scores: the best of the two nodes' mentions.
                let Some(m) = align::best_pair(&records, &story, a, b, weights) else {
                    continue;
                };
                let (ra, rb) = (&records[m.a], &records[m.b]);
                let vb = rb.claim.value.to_string();
                let levels = &m.levels;
                let w = m.weight;
                let desc: Vec<String> = levels
                    .iter()
                    .enumerate()
                    .filter(|(_, l)| **l != features::NA)
                    .map(|(k, l)| {
                        format!(
                            "{}={}",
                            features::COMPARISONS[k].name,
                            features::COMPARISONS[k].levels[*l as usize]
                        )
                    })
                    .collect();
                let holds = |n: &candidates::Node, r: usize| {
                    n.members.iter().any(|&p| story.profiles[p].record == r)
                };
                let kept = matches
                    .iter()
                    .any(|k| (holds(a, k.a) && holds(b, k.b)) || (holds(a, k.b) && holds(b, k.a)));
                cands.push((
                    w,
                    format!(
                        "{}{:7.2} p={:.2} {} [{}] «{}»@{} (this side «{}»@{}) {}",
                        if kept { "*" } else { " " },
                        w,
                        weights.probability(m.family, levels, w),
                        vb,
                        rb.claim.slot,
                        rb.evidence.mention(),
                        rb.evidence.file.start,
                        ra.evidence.mention(),
                        ra.evidence.file.start,
                        desc.join(" ")
                    ),
                ));
            }
            cands.sort_by(|x, y| y.0.total_cmp(&x.0));
            println!(
                "{class}: {va} [{}] «{}» :: {}",
                records[pa.record].claim.slot,
                records[pa.record].evidence.mention(),
                records[pa.record]
                    .evidence
                    .sentence
                    .chars()
                    .take(140)
                    .collect::<String>()
            );
            for (_, line) in cands.iter().take(4) {
                println!("    {line}");
            }
        }
    }
    Ok(())
}
