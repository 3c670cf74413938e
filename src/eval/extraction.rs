//! Scoring extraction against gold annotations: precision, recall and F1 per claim kind and
//! for slots, with thresholds that fail the run when a score drops.
//! It must not change extraction; it only measures it.
//!
//! Layout of an eval directory: `gold/<name>.csv` annotates the article `<name>.txt` found in
//! any sub-directory of the eval directory (its `manifest.csv` gives the publication date);
//! `gold/thresholds.csv` holds `metric,min`.
//!
//! Gold columns: `kind,start,end,mention,value,slot,qualifier` (byte offsets into the file;
//! `mention` must equal the file's bytes there, which eval checks).

use crate::article::{self, Meta};
use crate::claim::Kind;
use crate::corpus;
use anyhow::{anyhow, bail, Context, Result};
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, serde::Deserialize, serde::Serialize, PartialEq)]
pub struct GoldClaim {
    pub kind: String,
    pub start: usize,
    pub end: usize,
    pub mention: String,
    pub value: String,
    #[serde(default)]
    pub slot: String,
    #[serde(default)]
    pub qualifier: String,
}

/// Counts for one metric.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub tp: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.predicted += o.predicted;
        self.gold += o.gold;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores by metric name: each kind, `slot` (numbers: value and slot right), `overall`.
#[derive(Debug, Clone, Default)]
pub struct EvalResult {
    pub metrics: BTreeMap<String, Counts>,
    /// Mismatches, for a human to read: "file: missed number 100000 at 10..20".
    pub errors: Vec<String>,
    pub files: usize,
}

/// A predicted claim in the gold's terms.
#[derive(Debug, Clone)]
pub struct Predicted {
    pub kind: String,
    pub start: usize,
    pub end: usize,
    pub value: String,
    pub slot: String,
}

/// Matches predictions to gold one to one by kind and overlapping span.
pub fn score(name: &str, gold: &[GoldClaim], predicted: &[Predicted], result: &mut EvalResult) {
    let mut used = vec![false; predicted.len()];
    let mut per_kind: BTreeMap<String, Counts> = BTreeMap::new();
    let mut slot = Counts::default();
    for p in predicted {
        per_kind.entry(p.kind.clone()).or_default().predicted += 1;
        if p.kind == "number" {
            slot.predicted += 1;
        }
    }
    for g in gold {
        per_kind.entry(g.kind.clone()).or_default().gold += 1;
        if g.kind == "number" {
            slot.gold += 1;
        }
        let hit = predicted
            .iter()
            .enumerate()
            .find(|(i, p)| !used[*i] && p.kind == g.kind && p.start < g.end && g.start < p.end);
        match hit {
            Some((i, p)) => {
                used[i] = true;
                if p.value == g.value {
                    per_kind.get_mut(&g.kind).expect("counted").tp += 1;
                    if g.kind == "number" && p.slot == g.slot {
                        slot.tp += 1;
                    } else if g.kind == "number" {
                        result.errors.push(format!(
                            "{name}: slot {:?} for {:?}, gold {:?}",
                            p.slot, g.mention, g.slot
                        ));
                    }
                } else {
                    result.errors.push(format!(
                        "{name}: {} {:?} read as {}, gold {}",
                        g.kind, g.mention, p.value, g.value
                    ));
                }
            }
            None => result.errors.push(format!(
                "{name}: missed {} {:?} ({}) at {}..{}",
                g.kind, g.mention, g.value, g.start, g.end
            )),
        }
    }
    for (i, p) in predicted.iter().enumerate() {
        if !used[i] {
            result.errors.push(format!(
                "{name}: spurious {} {} at {}..{}",
                p.kind, p.value, p.start, p.end
            ));
        }
    }
    let mut overall = Counts::default();
    for (k, c) in per_kind {
        overall.add(c);
        result.metrics.entry(k).or_default().add(c);
    }
    result
        .metrics
        .entry("overall".into())
        .or_default()
        .add(overall);
    result.metrics.entry("slot".into()).or_default().add(slot);
}

fn read_gold(path: &Path) -> Result<Vec<GoldClaim>> {
    let mut rdr = csv::Reader::from_path(path).map_err(|e| anyhow!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (n, row) in rdr.deserialize::<GoldClaim>().enumerate() {
        let g = row.with_context(|| format!("{}: row {}", path.display(), n + 2))?;
        if !Kind::parse(&g.kind).is_some_and(|k| Kind::SCORED.contains(&k)) {
            bail!(
                "{}: row {}: unknown kind {:?}",
                path.display(),
                n + 2,
                g.kind
            );
        }
        out.push(g);
    }
    Ok(out)
}

/// Finds `<stem>.txt` anywhere under `dir` (excluding `gold/`).
fn find_article(dir: &Path, stem: &str) -> Result<PathBuf> {
    let inputs = corpus::collect(&[dir.to_path_buf()]).strict()?;
    inputs
        .into_iter()
        .map(|i| i.path)
        .find(|p| {
            p.file_stem().is_some_and(|s| s == stem)
                && !p.components().any(|c| c.as_os_str() == "gold")
        })
        .ok_or_else(|| {
            anyhow!(
                "{}: no article {stem}.txt for gold/{stem}.csv",
                dir.display()
            )
        })
}

/// Extracts every annotated article under `dir` and scores it.
pub fn run(dir: &Path) -> Result<EvalResult> {
    let gold_dir = dir.join("gold");
    let mut gold_files: Vec<PathBuf> = std::fs::read_dir(&gold_dir)
        .map_err(|e| anyhow!("{}: {}", gold_dir.display(), crate::article::io_reason(&e)))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|e| e == "csv")
                && p.file_stem().is_some_and(|s| s != "thresholds")
        })
        .collect();
    gold_files.sort();
    let mut result = EvalResult::default();
    for gf in gold_files {
        let stem = gf
            .file_stem()
            .expect("has stem")
            .to_string_lossy()
            .into_owned();
        let gold = read_gold(&gf)?;
        let path = find_article(dir, &stem)?;
        let manifest = match path.parent().map(|p| p.join(corpus::MANIFEST)) {
            Some(m) if m.is_file() => corpus::read_manifest(&m)?,
            _ => corpus::Manifest::new(),
        };
        let meta = manifest.get(&path).cloned().unwrap_or_else(Meta::default);
        let a = article::read(&path, path.to_string_lossy().into_owned(), &meta)
            .map_err(|e| anyhow!("{}: {e:#}", path.display()))?;
        let bytes = std::fs::read(&path)?;
        for g in &gold {
            if bytes.get(g.start..g.end) != Some(g.mention.as_bytes()) {
                bail!(
                    "{}: gold mention {:?} is not at {}..{}",
                    gf.display(),
                    g.mention,
                    g.start,
                    g.end
                );
            }
        }
        let predicted: Vec<Predicted> = crate::extract::extract(&a)
            .claims
            .iter()
            .filter(|f| Kind::SCORED.contains(&f.claim.kind))
            .map(|f| {
                let s = a.to_file(f.claim.span);
                Predicted {
                    kind: f.claim.kind.to_string(),
                    start: s.start,
                    end: s.end,
                    value: f.claim.value.to_string(),
                    slot: f.claim.slot.to_string(),
                }
            })
            .collect();
        score(&stem, &gold, &predicted, &mut result);
        result.files += 1;
    }
    Ok(result)
}

/// The score table printed by `claimdiff eval`.
pub fn table(r: &EvalResult) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{:<10} {:>6} {:>6} {:>6} {:>9} {:>6} {:>6}",
        "metric", "P", "R", "F1", "predicted", "gold", "tp"
    );
    for (name, c) in &r.metrics {
        let _ = writeln!(
            s,
            "{:<10} {:>6.3} {:>6.3} {:>6.3} {:>9} {:>6} {:>6}",
            name,
            c.precision(),
            c.recall(),
            c.f1(),
            c.predicted,
            c.gold,
            c.tp
        );
    }
    let _ = writeln!(
        s,
        "{} annotated files, {} mismatches",
        r.files,
        r.errors.len()
    );
    for e in &r.errors {
        let _ = writeln!(s, "  {e}");
    }
    s
}

/// `metric,min` rows: the F1 each metric must reach.
pub fn read_thresholds(dir: &Path) -> Result<BTreeMap<String, f64>> {
    let path = dir.join("gold").join("thresholds.csv");
    if !path.exists() {
        return Ok(BTreeMap::new());
    }
    let mut rdr = csv::Reader::from_path(&path).map_err(|e| anyhow!("{}: {e}", path.display()))?;
    let mut out = BTreeMap::new();
    for row in rdr.records() {
        let row = row.with_context(|| path.display().to_string())?;
        let min: f64 = row
            .get(1)
            .unwrap_or("")
            .trim()
            .parse()
            .with_context(|| format!("{}: bad minimum", path.display()))?;
        out.insert(row.get(0).unwrap_or("").trim().to_string(), min);
    }
    Ok(out)
}

/// The metrics whose F1 is under their threshold.
pub fn check_thresholds(r: &EvalResult, thresholds: &BTreeMap<String, f64>) -> Vec<String> {
    thresholds
        .iter()
        .filter_map(|(name, &min)| {
            let f1 = r.metrics.get(name).map_or(0.0, Counts::f1);
            (f1 + 1e-9 < min).then(|| format!("{name} F1 {f1:.3} is under its threshold {min:.3}"))
        })
        .collect()
}
