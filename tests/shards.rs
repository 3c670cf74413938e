//! Claims as shards: (1) `compare` on articles gives byte-identical reports to `extract
//! --format jsonl` then `compare --claims`; (2) splitting the claims by `block_key` into any
//! number of shards, comparing each and concatenating gives the same discrepancies (after
//! sorting) as one run. Property 2 is what makes a distributed shuffle by block_key correct.

use proptest::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};

fn claimdiff(args: &[&str], stdin: Option<&[u8]>) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(data) = stdin {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(data).unwrap();
    }
    child.wait_with_output().unwrap()
}

const REPORTS: [&str; 4] = [
    "discrepancies.csv",
    "claims.csv",
    "articles.csv",
    "index.html",
];

/// A corpus with every kind of disagreement: the seeds plus two stories written here.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    std::fs::create_dir(&seeds).unwrap();
    for e in
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/articles")).unwrap()
    {
        let p = e.unwrap().path();
        std::fs::copy(&p, seeds.join(p.file_name().unwrap())).unwrap();
    }
    let storm = dir.path().join("storm");
    std::fs::create_dir(&storm).unwrap();
    std::fs::write(storm.join("a.txt"), "Lốc xoáy\nChiều 19/5, lốc xoáy ở Yên Bái làm 9 người bị thương, 24 ngôi nhà bị sập đổ. Tài xế Phạm Đức Huy bị thương.\n“Chúng tôi sẽ hỗ trợ mỗi gia đình 5 triệu đồng ngay trong tuần này,” ông Nguyễn Văn An nói.\n").unwrap();
    std::fs::write(storm.join("b.txt"), "Lốc xoáy ở Yên Bái\nChiều 19/5, lốc xoáy ở Yên Bái làm 7 người bị thương, 18 ngôi nhà bị sập đổ. Tài xế Phan Đức Huy bị thương.\n“Chúng tôi sẽ hỗ trợ mỗi gia đình 5 triệu đồng ngay trong tuần này,” ông Trần Văn Bình nói.\n").unwrap();
    std::fs::write(
        storm.join("c.txt"),
        "Thiệt hại do lốc\nLốc xoáy ở Yên Bái chiều 19/5 làm 9 người bị thương.\n",
    )
    .unwrap();
    std::fs::write(storm.join("manifest.csv"), "file,outlet,published,url,language\na.txt,A,2016-05-20,,vi\nb.txt,B,2016-05-21,,vi\nc.txt,C,2016-05-20,,vi\n").unwrap();
    dir
}

#[test]
fn compare_on_claims_gives_the_same_reports_as_on_articles() {
    let dir = corpus();
    let root = dir.path().to_str().unwrap();
    let outs = tempfile::tempdir().unwrap();
    let direct = outs.path().join("direct");
    let o = claimdiff(
        &["compare", root, "--out", direct.to_str().unwrap(), "-q"],
        None,
    );
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let shard = claimdiff(&["extract", root, "--format", "jsonl"], None);
    assert!(
        shard.status.success(),
        "{}",
        String::from_utf8_lossy(&shard.stderr)
    );
    let via = outs.path().join("via");
    let o = claimdiff(
        &[
            "compare",
            "--claims",
            "-",
            "--out",
            via.to_str().unwrap(),
            "-q",
        ],
        Some(&shard.stdout),
    );
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    for f in REPORTS {
        let a = std::fs::read(direct.join(f)).unwrap();
        let b = std::fs::read(via.join(f)).unwrap();
        assert!(
            a == b,
            "{f} differs between compare on articles and compare --claims"
        );
    }
    let kinds = std::fs::read_to_string(direct.join("discrepancies.csv")).unwrap();
    for k in ["numeric_conflict", "name_variant", "attribution_conflict"] {
        assert!(kinds.contains(k), "the corpus exercises {k}");
    }
}

fn sorted_discrepancies(dirs: &[std::path::PathBuf]) -> Vec<String> {
    let mut rows: Vec<String> = Vec::new();
    for d in dirs {
        let mut rdr = csv::Reader::from_path(d.join("discrepancies.csv")).unwrap();
        for r in rdr.records() {
            rows.push(r.unwrap().iter().collect::<Vec<_>>().join("\u{1f}"));
        }
    }
    rows.sort();
    rows
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(8))]

    #[test]
    fn shards_by_block_key_give_the_same_discrepancies(shards in 1usize..6, salt in 0u64..1000) {
        let dir = corpus();
        let root = dir.path().to_str().unwrap();
        let outs_dir = tempfile::tempdir().unwrap();
        let whole = outs_dir.path().join("whole");
        claimdiff(&["compare", root, "--out", whole.to_str().unwrap(), "-q"], None);
        let shard = claimdiff(&["extract", root, "--format", "jsonl"], None);
        // Partition claim rows by a hash of their block_key (claims without one by their doc),
        // as a distributed shuffle would; article rows go to every shard.
        let mut parts: BTreeMap<usize, Vec<u8>> = BTreeMap::new();
        let text = String::from_utf8(shard.stdout).unwrap();
        for line in text.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let key = match v["type"].as_str() {
                Some("claim") => v["block_key"].as_str().map(str::to_string).unwrap_or_else(|| v["article"]["doc"].to_string()),
                _ => {
                    for p in 0..shards {
                        parts.entry(p).or_default().extend_from_slice(format!("{line}\n").as_bytes());
                    }
                    continue;
                }
            };
            let h = key.bytes().fold(salt, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b)));
            parts.entry((h % shards as u64) as usize).or_default().extend_from_slice(format!("{line}\n").as_bytes());
        }
        let mut outs = Vec::new();
        for (p, data) in parts {
            let out = outs_dir.path().join(format!("part{p}"));
            let o = claimdiff(&["compare", "--claims", "-", "--out", out.to_str().unwrap(), "-q", "--format", "csv"], Some(&data));
            prop_assert!(matches!(o.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&o.stderr));
            outs.push(out);
        }
        prop_assert_eq!(sorted_discrepancies(&outs), sorted_discrepancies(&[whole]));
    }
}
