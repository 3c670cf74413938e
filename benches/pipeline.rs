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
    let inputs = corpus::collect(&[dir.to_path_buf()])
        .strict()
        .expect("inputs");
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

/// Extraction alone, one core: the rules over already-decoded text.
fn extraction(c: &mut Criterion) {
    for (name, dir) in corpora() {
        let articles = read_all(&dir);
        let bytes: usize = articles.iter().map(|a| a.bytes).sum();
        let mut g = c.benchmark_group("extract");
        g.throughput(Throughput::Bytes(bytes as u64));
        g.sample_size(20);
        g.bench_function(name, |b| {
            b.iter(|| {
                articles
                    .iter()
                    .map(|a| claimdiff::extract::extract(a).claims.len())
                    .sum::<usize>()
            })
        });
        g.finish();
    }
}

/// Reading alone, one core: decoding, NFC check, format and header, story regions, from the
/// file bytes already in memory (no disk).
fn reading(c: &mut Criterion) {
    for (name, dir) in corpora() {
        let inputs = corpus::collect(std::slice::from_ref(&dir))
            .strict()
            .expect("inputs");
        let files: Vec<(PathBuf, String, Vec<u8>)> = inputs
            .iter()
            .map(|i| {
                (
                    i.path.clone(),
                    i.doc.clone(),
                    std::fs::read(&i.path).expect("readable"),
                )
            })
            .collect();
        let bytes: usize = files.iter().map(|f| f.2.len()).sum();
        let mut g = c.benchmark_group("read");
        g.throughput(Throughput::Bytes(bytes as u64));
        g.sample_size(20);
        g.bench_function(name, |b| {
            b.iter(|| {
                files
                    .iter()
                    .map(|(path, doc, raw)| {
                        article::parse(raw, doc.clone(), path, &Meta::default())
                            .expect("readable")
                            .regions
                            .len()
                    })
                    .sum::<usize>()
            })
        });
        g.finish();
    }
}

/// `compare` end to end in process (read, extract, align, compare, render reports), all cores.
fn compare(c: &mut Criterion) {
    for (name, dir) in corpora() {
        let inputs = corpus::collect(std::slice::from_ref(&dir))
            .strict()
            .expect("inputs");
        let manifest = corpus::manifests(None, std::slice::from_ref(&dir)).expect("manifest");
        let mut g = c.benchmark_group("compare");
        g.throughput(Throughput::Elements(inputs.len() as u64));
        g.sample_size(10);
        g.bench_function(name, |b| {
            b.iter(|| {
                let loaded =
                    corpus::load(&inputs, &manifest, &indicatif::ProgressBar::hidden(), false)
                        .unwrap();
                let articles = loaded.articles;
                let records = claimdiff::align::align(&articles, loaded.extractions);
                let found = claimdiff::compare::compare(&articles, &records);
                let t = claimdiff::report::discrepancy_table(&articles, &records, &found);
                claimdiff::report::csv_bytes(t, false).unwrap().len()
            })
        });
        g.finish();
    }
}

criterion_group!(benches, extraction, reading, compare);
criterion_main!(benches);
