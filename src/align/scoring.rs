//! Match weights as data: the weights file (`src/align/weights.csv`, built into the binary,
//! or another one given with `--weights`) holds, per family and comparison level, the m and u
//! probabilities and the match weight log2(m/u) that `claimdiff eval learn` derived from the
//! gold (which pairs are one thing), and the conflict weight (logistic, in nats: how much the
//! level says that a paired difference is a real conflict); per family the prior of a match and
//! the conflict model's intercept; the threshold a pair's weight must reach to be a match; and
//! the default `--min-score`. It must not compute levels or match pairs.

use super::candidates::Family;
use super::features::{Levels, COMPARISONS, N, NA};
use anyhow::{anyhow, bail, Context, Result};
use std::path::Path;
use std::sync::LazyLock;

/// The weights shipped with claimdiff.
const BUILTIN: &str = include_str!("weights.csv");

/// One level's learned figures.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct LevelWeight {
    pub m: f64,
    pub u: f64,
    /// log2(m / u): evidence for (positive) or against (negative) a match, in bits.
    pub weight: f64,
    /// Logistic coefficient: evidence that a paired difference at this level is a real
    /// conflict (nats).
    pub conflict: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    /// [family][comparison][level].
    pub levels: Vec<Vec<Vec<LevelWeight>>>,
    /// log2 prior odds of a match per family.
    pub prior: Vec<f64>,
    /// A pair is a match when its weight reaches this (bits).
    pub match_threshold: f64,
    /// Per family, the conflict model's intercept, and its coefficient of the match weight:
    /// p = 1 / (1 + e^-(intercept + slope × weight + Σ conflict)).
    pub intercept: Vec<f64>,
    pub match_slope: f64,
    /// Rows under this probability are not reported (`--min-score` overrides it).
    pub min_score: f64,
}

fn family_index(f: Family) -> usize {
    Family::ALL.iter().position(|x| *x == f).expect("a family")
}

impl Weights {
    /// All weights zero (every pair scores the prior): the starting point of learning.
    pub fn empty() -> Weights {
        Weights {
            levels: Family::ALL
                .iter()
                .map(|_| {
                    COMPARISONS
                        .iter()
                        .map(|c| vec![LevelWeight::default(); c.levels.len()])
                        .collect()
                })
                .collect(),
            prior: vec![0.0; Family::ALL.len()],
            match_threshold: 0.0,
            intercept: vec![0.0; Family::ALL.len()],
            match_slope: 0.0,
            min_score: 0.5,
        }
    }

    /// The weights built into the binary.
    pub fn builtin() -> &'static Weights {
        static W: LazyLock<Weights> = LazyLock::new(|| {
            Weights::parse(BUILTIN, "src/align/weights.csv").expect("the built-in weights parse")
        });
        &W
    }

    pub fn from_file(path: &Path) -> Result<Weights> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| anyhow!("{}: {}", path.display(), crate::article::io_reason(&e)))?;
        Weights::parse(&text, &path.display().to_string())
    }

    /// Reads a weights file: `family,comparison,level,m,u,weight,conflict` rows, `#` comments.
    pub fn parse(text: &str, name: &str) -> Result<Weights> {
        let mut w = Weights::empty();
        let mut reader = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .flexible(true)
            .from_reader(text.as_bytes());
        for (n, row) in reader.records().enumerate() {
            let row = row.with_context(|| format!("{name}: row {}", n + 2))?;
            let field = |k: usize| row.get(k).unwrap_or("").trim();
            let number = |k: usize| -> Result<f64> {
                let s = field(k);
                if s.is_empty() {
                    return Ok(0.0);
                }
                s.parse::<f64>()
                    .map_err(|_| anyhow!("{name}: row {}: {s:?} is not a number", n + 2))
            };
            let (family, comparison, level) = (field(0), field(1), field(2));
            let value = number(5)?;
            let conflict = number(6)?;
            match (family, comparison) {
                ("all", "match_threshold") => w.match_threshold = value,
                ("all", "min_score") => w.min_score = value,
                ("all", "match_slope") => w.match_slope = conflict,
                (f, "prior") => {
                    let fi =
                        family_index(Family::parse(f).ok_or_else(|| {
                            anyhow!("{name}: row {}: unknown family {f:?}", n + 2)
                        })?);
                    w.prior[fi] = value;
                    w.intercept[fi] = conflict;
                }
                (f, c) => {
                    let fam = Family::parse(f)
                        .ok_or_else(|| anyhow!("{name}: row {}: unknown family {f:?}", n + 2))?;
                    let ci = super::features::index(c).ok_or_else(|| {
                        anyhow!("{name}: row {}: unknown comparison {c:?}", n + 2)
                    })?;
                    let li = COMPARISONS[ci]
                        .levels
                        .iter()
                        .position(|l| *l == level)
                        .ok_or_else(|| {
                            anyhow!("{name}: row {}: {c} has no level {level:?}", n + 2)
                        })?;
                    w.levels[family_index(fam)][ci][li] = LevelWeight {
                        m: number(3)?,
                        u: number(4)?,
                        weight: value,
                        conflict,
                    };
                }
            }
        }
        if !(0.0..=1.0).contains(&w.min_score) {
            bail!("{name}: min_score {} is not within 0–1", w.min_score);
        }
        Ok(w)
    }

    /// The file text: every family's levels with m, u and weight, then the rest.
    pub fn to_csv(&self, header: &str) -> String {
        let mut out = String::new();
        for line in header.lines() {
            out.push_str(&format!("# {line}\n"));
        }
        out.push_str("family,comparison,level,m,u,weight,conflict\n");
        for (fi, f) in Family::ALL.iter().enumerate() {
            out.push_str(&format!(
                "{},prior,,,,{:.4},{:.4}\n",
                f.as_str(),
                self.prior[fi],
                self.intercept[fi]
            ));
            for (ci, c) in COMPARISONS.iter().enumerate() {
                if !c.families.contains(f) {
                    continue;
                }
                for (li, l) in c.levels.iter().enumerate() {
                    let lw = self.levels[fi][ci][li];
                    out.push_str(&format!(
                        "{},{},{},{:.5},{:.5},{:.4},{:.4}\n",
                        f.as_str(),
                        c.name,
                        l,
                        lw.m,
                        lw.u,
                        lw.weight,
                        lw.conflict
                    ));
                }
            }
        }
        out.push_str(&format!(
            "all,match_threshold,,,,{:.4}\n",
            self.match_threshold
        ));
        out.push_str(&format!("all,match_slope,,,,,{:.6}\n", self.match_slope));
        out.push_str(&format!("all,min_score,,,,{:.2}\n", self.min_score));
        out
    }

    /// A pair's match weight in bits: the family's prior plus every applicable level's weight.
    pub fn weight(&self, family: Family, levels: &Levels) -> f64 {
        let fi = family_index(family);
        let mut w = self.prior[fi];
        for (ci, &l) in levels.iter().enumerate().take(N) {
            if l != NA {
                w += self.levels[fi][ci][l as usize].weight;
            }
        }
        w
    }

    /// The probability that a paired difference with these levels and match weight is a real
    /// conflict.
    pub fn probability(&self, family: Family, levels: &Levels, weight: f64) -> f64 {
        let fi = family_index(family);
        let mut z = self.intercept[fi] + self.match_slope * weight;
        for (ci, &l) in levels.iter().enumerate().take(N) {
            if l != NA {
                z += self.levels[fi][ci][l as usize].conflict;
            }
        }
        1.0 / (1.0 + (-z).exp())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_weights_parse_and_round_trip() {
        let w = Weights::builtin();
        let again = Weights::parse(&w.to_csv("again"), "again").unwrap();
        for (a, b) in w
            .levels
            .iter()
            .flatten()
            .flatten()
            .zip(again.levels.iter().flatten().flatten())
        {
            assert!((a.weight - b.weight).abs() < 1e-3);
            assert!((a.conflict - b.conflict).abs() < 1e-3);
        }
        assert!((w.min_score - again.min_score).abs() < 1e-2);
    }

    #[test]
    fn a_bad_weights_file_names_its_row() {
        let err = Weights::parse(
            "family,comparison,level,m,u,weight,conflict\nnumber,slot,sideways,0.1,0.1,0,0\n",
            "w.csv",
        )
        .unwrap_err();
        assert!(format!("{err:#}").contains("w.csv: row 2: slot has no level \"sideways\""));
        let err = Weights::parse(
            "family,comparison,level,m,u,weight,conflict\nall,min_score,,,,1.5\n",
            "w.csv",
        )
        .unwrap_err();
        assert!(format!("{err:#}").contains("min_score"));
    }
}
