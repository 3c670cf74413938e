//! Throughput benchmarks (`cargo bench`): extraction and reading in MB/s on the fixtures
//! (always) and on the ViMs dev corpus (when ../shared/corpora/vims-dev exists), and `compare`
//! end to end in articles/s. Criterion reports bytes/s for extraction and reading and
//! elements/s (articles) for compare.

use claimdiff::article::{self, Article, Meta};
use claimdiff::corpus;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read_all(dir: &Path) -> Vec<Article> {
    let inputs = inputs_of(dir);
    let manifest = corpus::manifests(None, &[dir.to_path_buf()]).expect("manifest");
    inputs
        .iter()
        .map(|i| {
            article::read(
                &i.path,
                i.doc.clone(),
                manifest.get(&i.path).unwrap_or(&Meta::default()),
            )
            .expect("readable")
        })
        .collect()
}

fn corpora() -> Vec<(&'static str, PathBuf)> {
    let mut out = vec![("fixtures", root().join("fixtures/articles"))];
    let vims = root().join("../shared/corpora/vims-dev");
    if vims.is_dir() {
        out.push(("vims-dev", vims));
    }
    out
}

/// The files of a corpus directory.
fn inputs_of(dir: &Path) -> Vec<corpus::Input> {
    corpus::collect(&[dir.to_path_buf()])
        .strict()
        .expect("inputs")
}

/// One benchmark of `group` on corpus `name`, reported per byte or per article.
fn bench<R>(
    c: &mut Criterion,
    group: &str,
    name: &str,
    per: Throughput,
    samples: usize,
    mut run: impl FnMut() -> R,
) {
    let mut g = c.benchmark_group(group);
    g.throughput(per);
    g.sample_size(samples);
    g.bench_function(name, |b| b.iter(&mut run));
    g.finish();
}

/// Extraction alone, one core: the rules over already-decoded text.
fn extraction(c: &mut Criterion) {
    for (name, dir) in corpora() {
        let articles = read_all(&dir);
        let bytes: usize = articles.iter().map(|a| a.bytes).sum();
        bench(
            c,
            "extract",
            name,
            Throughput::Bytes(bytes as u64),
            20,
            || {
                articles
                    .iter()
                    .map(|a| claimdiff::extract::extract(a).claims.len())
                    .sum::<usize>()
            },
        );
    }
}

/// Reading alone, one core: decoding, NFC check, format and header, story regions, from the
/// file bytes already in memory (no disk).
fn reading(c: &mut Criterion) {
    for (name, dir) in corpora() {
        let files: Vec<(corpus::Input, Vec<u8>)> = inputs_of(&dir)
            .into_iter()
            .map(|i| {
                let raw = std::fs::read(&i.path).expect("readable");
                (i, raw)
            })
            .collect();
        let bytes: usize = files.iter().map(|f| f.1.len()).sum();
        bench(c, "read", name, Throughput::Bytes(bytes as u64), 20, || {
            files
                .iter()
                .map(|(i, raw)| {
                    article::parse(raw, i.doc.clone(), &i.path, &Meta::default())
                        .expect("readable")
                        .regions
                        .len()
                })
                .sum::<usize>()
        });
    }
}

/// `compare` end to end in process (read, extract, align, compare, render reports), all cores.
fn compare(c: &mut Criterion) {
    for (name, dir) in corpora() {
        let inputs = inputs_of(&dir);
        let manifest = corpus::manifests(None, std::slice::from_ref(&dir)).expect("manifest");
        bench(
            c,
            "compare",
            name,
            Throughput::Elements(inputs.len() as u64),
            10,
            || {
                let loaded =
                    corpus::load(&inputs, &manifest, &indicatif::ProgressBar::hidden(), false)
                        .unwrap();
                let articles = loaded.articles;
                let mut records = claimdiff::align::align(&articles, loaded.extractions);
                let weights = claimdiff::align::Weights::builtin();
                let matches = claimdiff::align::pair(&articles, &mut records, weights);
                let found = claimdiff::compare::compare(
                    &articles,
                    &records,
                    &matches,
                    weights,
                    weights.min_score,
                );
                let t = claimdiff::report::discrepancy_table(&articles, &records, &found);
                claimdiff::report::csv_bytes(t, false).unwrap().len()
            },
        );
    }
}

criterion_group!(benches, extraction, reading, compare);
criterion_main!(benches);
