//! Learning the alignment weights from an editors' reading (Fellegi–Sunter, as Splink does):
//! on the training clusters, every pair of claims of one class in two articles of a story is a
//! sample; a sample is a match when the gold says its two values are one thing (a conflict's
//! two sides, or an agreement's value on both). m = P(level | match) from the matches, u =
//! P(level | any pair) from all pairs (nearly all pairs are non-matches); m is shrunk towards
//! the comparison's pooled figures where a family has few matches, or towards u for a
//! comparison of one family (names); weight = log2(m / u).
//! Then, with the match threshold set (not learned), the calibration of row scores (logistic
//! on the weight) and the default `--min-score` are chosen on the same training clusters. It
//! must not look at the clusters it is not given: weights learned on one half are measured on
//! the other.

use super::conflicts::{self, cluster_of, doc_id, match_value, GoldAgree, GoldConflict};
use crate::align::candidates::{self, Family};
use crate::align::features::{self, COMPARISONS, NA};
use crate::align::scoring::{LevelWeight, Weights};
use crate::align::{self, Record};
use crate::article::Article;
use std::collections::{BTreeMap, BTreeSet};

/// Which read clusters to learn from: all, or the odd- or even-numbered ones (to measure on
/// the other half).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Half {
    All,
    Odd,
    Even,
}

impl Half {
    pub fn takes(self, cluster: &str) -> bool {
        let n: u64 = cluster.parse().unwrap_or(0);
        match self {
            Half::All => true,
            Half::Odd => n % 2 == 1,
            Half::Even => n % 2 == 0,
        }
    }
}

/// The editors' reading, restricted to the clusters learned from.
pub struct Reading {
    pub conflicts: Vec<GoldConflict>,
    pub agree: Vec<GoldAgree>,
    pub read: BTreeSet<String>,
}

impl Reading {
    /// The reading of one half of the read clusters. A conflict or an agreement of a cluster
    /// the read list leaves out is no part of it (a read list of some clusters learns from
    /// those alone, with the whole gold given).
    pub fn only(self, half: Half) -> Reading {
        self.of_clusters(|c| half.takes(c) && self.read.contains(c))
    }

    /// The reading of the clusters `keep` takes.
    fn of_clusters(&self, keep: impl Fn(&str) -> bool) -> Reading {
        Reading {
            conflicts: self
                .conflicts
                .iter()
                .filter(|g| keep(&g.cluster))
                .cloned()
                .collect(),
            agree: self
                .agree
                .iter()
                .filter(|g| keep(&g.cluster))
                .cloned()
                .collect(),
            read: self.read.iter().filter(|c| keep(c)).cloned().collect(),
        }
    }
}

/// One pair of nodes: its family, the level vectors of its member pairs, and what the gold
/// needs to label it.
struct Sample {
    family: Family,
    levels: Vec<features::Levels>,
    cluster: String,
    docs: (String, String),
    values: (String, String),
    /// Share of a gold match this pair carries (0 = none).
    positive: f64,
    /// The two values differ: unless the gold calls it a conflict, the pair is surely not
    /// one thing (the readers recorded every disagreement of a read cluster).
    differ: bool,
}

/// Value levels of pairs of claims from different stories, per family: what two unrelated
/// values look like (pairs within a story are often one thing the gold did not list).
type ValueU = Vec<Vec<f64>>;

/// Shrinks a family's m towards the pooled m with this many pseudo-matches (and its u towards
/// the pooled u with as many pseudo-pairs).
const SHRINK: f64 = 20.0;
/// Laplace smoothing of counts.
const SMOOTH: f64 = 0.5;
/// Weights are kept within ±this many bits: no single comparison decides alone.
const MAX_BITS: f64 = 8.0;

fn samples(articles: &[Article], records: &[Record], reading: &Reading) -> (Vec<Sample>, ValueU) {
    let mut stories: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        let a = &articles[r.article];
        if r.comparable() && cluster_of(&a.doc).is_some_and(|c| reading.read.contains(&c)) {
            stories.entry(a.story.as_str()).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    // The first profile of every node, by class, for pairs across stories.
    let mut by_class: BTreeMap<String, Vec<(usize, candidates::Profile, String)>> = BTreeMap::new();
    for (story_no, members) in stories.values().enumerate() {
        let story = candidates::story(articles, records, members);
        for (class, by_article) in &story.classes {
            for nodes in by_article.values() {
                for n in nodes {
                    let p = story.profiles[n.members[0]].clone();
                    let v = records[p.record].claim.value.to_string();
                    by_class
                        .entry(class.clone())
                        .or_default()
                        .push((story_no, p, v));
                }
            }
        }
        for by_article in story.classes.values() {
            let arts: Vec<_> = by_article.iter().collect();
            for x in 0..arts.len() {
                for y in x + 1..arts.len() {
                    for na in arts[x].1 {
                        for nb in arts[y].1 {
                            let first = |n: &candidates::Node| &story.profiles[n.members[0]];
                            let (pa, pb) = (first(na), first(nb));
                            let (ra, rb) = (&records[pa.record], &records[pb.record]);
                            let values = (ra.claim.value.to_string(), rb.claim.value.to_string());
                            let mut levels = Vec::new();
                            for &ma in na.members.iter().take(4) {
                                for &mb in nb.members.iter().take(4) {
                                    let (a, b) = (&story.profiles[ma], &story.profiles[mb]);
                                    if a.family == Family::Name && !features::names_comparable(a, b)
                                    {
                                        continue;
                                    }
                                    levels.push(features::compare(a, b));
                                }
                            }
                            if levels.is_empty() {
                                continue;
                            }
                            let (da, db) = (&articles[ra.article].doc, &articles[rb.article].doc);
                            let vi = features::index("value").expect("a value comparison");
                            let si = features::index("spelling").expect("a spelling comparison");
                            let differ = levels.iter().all(|l| {
                                let same = |k: usize, n: &str| {
                                    l[k] != NA && COMPARISONS[k].levels[l[k] as usize] == n
                                };
                                !same(vi, "equal")
                                    && !same(si, "equal")
                                    && !same(si, "folded_equal")
                            });
                            out.push(Sample {
                                family: pa.family,
                                levels,
                                cluster: cluster_of(da).unwrap_or_default(),
                                docs: (doc_id(da).to_string(), doc_id(db).to_string()),
                                values,
                                positive: 0.0,
                                differ,
                            });
                        }
                    }
                }
            }
        }
    }
    // Each node against a few nodes of its class from other stories.
    let vi = features::index("value").expect("a value comparison");
    let mut value_u: ValueU = vec![vec![SMOOTH; COMPARISONS[vi].levels.len()]; Family::ALL.len()];
    for nodes in by_class.values() {
        let n = nodes.len();
        for (i, (story_i, a, _)) in nodes.iter().enumerate() {
            for k in 1..=CROSS_STORY_PAIRS {
                let (story_j, b, _) = &nodes[(i + n / 2 + k * 7) % n];
                if story_j == story_i {
                    continue;
                }
                let l = features::compare(a, b)[vi];
                if l != NA {
                    value_u[family_index(a.family)][l as usize] += 1.0;
                }
            }
        }
    }
    for row in &mut value_u {
        let total: f64 = row.iter().sum();
        row.iter_mut().for_each(|x| *x /= total);
    }
    (out, value_u)
}

/// Pairs across stories drawn per node to estimate how unrelated values compare.
const CROSS_STORY_PAIRS: usize = 10;

/// Marks the samples the gold says are one thing. Where a gold row fits several pairs of
/// one document pair (an article stating the value twice for different things), each carries
/// an equal share.
fn label(samples: &mut [Sample], reading: &Reading) {
    let mut shares: BTreeMap<(usize, String, String), Vec<usize>> = BTreeMap::new();
    for (si, s) in samples.iter().enumerate() {
        for (gi, g) in reading.conflicts.iter().enumerate() {
            if g.cluster != s.cluster || g.kind != s.family.conflict_kind() {
                continue;
            }
            let has = |docs: &[String], d: &str| docs.iter().any(|x| x == d);
            let forward = match_value(&s.values.0, &g.value_x)
                && match_value(&s.values.1, &g.value_y)
                && has(&g.docs_x, &s.docs.0)
                && has(&g.docs_y, &s.docs.1);
            let backward = match_value(&s.values.1, &g.value_x)
                && match_value(&s.values.0, &g.value_y)
                && has(&g.docs_x, &s.docs.1)
                && has(&g.docs_y, &s.docs.0);
            if forward || backward {
                shares
                    .entry((gi, s.docs.0.clone(), s.docs.1.clone()))
                    .or_default()
                    .push(si);
            }
        }
        for (gi, g) in reading.agree.iter().enumerate() {
            if g.cluster != s.cluster {
                continue;
            }
            let has = |d: &str| g.docs.iter().any(|x| x == d);
            if has(&s.docs.0)
                && has(&s.docs.1)
                && match_value(&s.values.0, &g.value)
                && match_value(&s.values.1, &g.value)
            {
                shares
                    .entry((
                        reading.conflicts.len() + gi,
                        s.docs.0.clone(),
                        s.docs.1.clone(),
                    ))
                    .or_default()
                    .push(si);
            }
        }
    }
    for members in shares.values() {
        let share = 1.0 / members.len() as f64;
        for &si in members {
            samples[si].positive = (samples[si].positive + share).min(1.0);
        }
    }
}

fn family_index(f: Family) -> usize {
    Family::ALL.iter().position(|x| *x == f).expect("a family")
}

/// What learning saw, for the weights file's header and the closing report.
#[derive(Debug, Clone, Default)]
pub struct Learned {
    /// family → (pairs, matches).
    pub samples: BTreeMap<&'static str, (usize, f64)>,
    pub training_clusters: usize,
    pub recall: f64,
    pub precision: f64,
    /// Runs on subsamples whose weights were averaged (0: learned once on all clusters).
    pub runs: usize,
}

/// m, u and weights from labelled samples: m from the gold's matches, u from the pairs that are
/// surely not one thing (different values the gold does not call a conflict), and for the value
/// comparison from pairs across stories.
fn weigh(samples: &[Sample], value_u: &ValueU) -> Weights {
    let mut w = Weights::empty();
    let nf = Family::ALL.len();
    // counts[family][comparison][level] for matches (m) and all pairs (u).
    let mut m = vec![vec![Vec::<f64>::new(); COMPARISONS.len()]; nf];
    let mut u = m.clone();
    for f in 0..nf {
        for (c, comp) in COMPARISONS.iter().enumerate() {
            m[f][c] = vec![0.0; comp.levels.len()];
            u[f][c] = vec![0.0; comp.levels.len()];
        }
    }
    let mut matches = vec![0.0; nf];
    let mut pairs = vec![0.0; nf];
    for s in samples {
        let f = family_index(s.family);
        let each = 1.0 / s.levels.len() as f64;
        let negative = if s.positive == 0.0 && s.differ {
            1.0
        } else {
            0.0
        };
        pairs[f] += s.positive + negative;
        matches[f] += s.positive;
        for levels in &s.levels {
            for (c, &l) in levels.iter().enumerate() {
                if l == NA {
                    continue;
                }
                u[f][c][l as usize] += each * negative;
                m[f][c][l as usize] += each * s.positive;
            }
        }
    }
    for (c, comp) in COMPARISONS.iter().enumerate() {
        let levels = comp.levels.len();
        // A comparison's counts over every family, smoothed and made a distribution.
        let pool = |counts: &[Vec<Vec<f64>>]| -> Vec<f64> {
            let mut pooled = vec![SMOOTH; levels];
            for per_family in counts.iter().take(nf) {
                for (p, x) in pooled.iter_mut().zip(&per_family[c]) {
                    *p += x;
                }
            }
            let total: f64 = pooled.iter().sum();
            pooled.iter().map(|x| x / total).collect()
        };
        // The comparison's m over every family it applies to: what a family with few matches
        // is shrunk towards.
        let pooled = pool(&m);
        // Likewise the comparison's u over every family, with as many pseudo-pairs: a level
        // the non-matches of one family seldom show (a timeline's many clock times in one
        // article: hardly any in the training clusters) is no sign of a match for it.
        let pooled_u = pool(&u);
        for (f, fam) in Family::ALL.iter().enumerate() {
            if !comp.families.contains(fam) {
                continue;
            }
            let m_n: f64 = m[f][c].iter().sum();
            let u_n: f64 = u[f][c].iter().sum();
            for l in 0..levels {
                let up = if comp.name == "value" {
                    value_u[f][l]
                } else if comp.families.len() > 1 {
                    (u[f][c][l] + SHRINK * pooled_u[l]) / (u_n + SHRINK)
                } else {
                    (u[f][c][l] + SMOOTH) / (u_n + SMOOTH * levels as f64)
                };
                // A comparison of one family has no others to borrow from: its m is shrunk
                // towards u, so a level its matches never showed weighs little, not −8 bits.
                let prior = if comp.families.len() > 1 {
                    pooled[l]
                } else {
                    up
                };
                let mp = (m[f][c][l] + SHRINK * prior) / (m_n + SHRINK);
                w.levels[f][c][l] = LevelWeight {
                    m: mp,
                    u: up,
                    weight: (mp / up).log2().clamp(-MAX_BITS, MAX_BITS),
                    conflict: 0.0,
                };
            }
        }
    }
    for f in 0..nf {
        let p = (matches[f] + SMOOTH) / (pairs[f] + 2.0 * SMOOTH);
        w.prior[f] = (p / (1.0 - p)).log2();
    }
    w
}

/// Solves the symmetric positive definite system h·x = g (Cholesky); `None` if it is not.
fn solve(h: &[f64], g: &[f64], n: usize) -> Option<Vec<f64>> {
    let mut l = vec![0.0; n * n];
    for i in 0..n {
        for j in 0..=i {
            let mut sum = h[i * n + j];
            for k in 0..j {
                sum -= l[i * n + k] * l[j * n + k];
            }
            if i == j {
                if sum <= 0.0 {
                    return None;
                }
                l[i * n + i] = sum.sqrt();
            } else {
                l[i * n + j] = sum / l[j * n + j];
            }
        }
    }
    let mut y = vec![0.0; n];
    for i in 0..n {
        let mut sum = g[i];
        for k in 0..i {
            sum -= l[i * n + k] * y[k];
        }
        y[i] = sum / l[i * n + i];
    }
    let mut x = vec![0.0; n];
    for i in (0..n).rev() {
        let mut sum = y[i];
        for k in i + 1..n {
            sum -= l[k * n + i] * x[k];
        }
        x[i] = sum / l[i * n + i];
    }
    Some(x)
}

/// L2 penalties of the conflict model: coefficients shared by all families, each family's own
/// departures from them (drawn harder to zero: few families have many conflicts), intercepts.
const SHARED_PENALTY: f64 = 20.0;
/// The match threshold (bits): pairs under it are never matched. It is set, not learned: a
/// pair the evidence calls 16 times likelier two things than one is left out, and the
/// conflict model and the minimum score judge the rest. Chosen on the training clusters
/// (among -12, -8, -4 and 0 bits, then -4, -2 and 0), it moved from part to part of the read
/// clusters with F1 differences of a hundredth, and each move cost conflicts on the other
/// part (held out, four directions summed, on the weights of the day it was set: 144/212 found
/// with 144/181 rows real from the four thresholds, 154 with 157/206 from three, 158 with
/// 161/214 with it set).
const MATCH_THRESHOLD: f64 = -4.0;
/// The match weight sums all the evidence that two claims are one thing: its coefficient is
/// held back least.
const SLOPE_PENALTY: f64 = 1.0;
/// The match weight enters the conflict model in tens of bits.
const WEIGHT_SCALE: f64 = 10.0;
/// The comparisons the conflict model reads besides the match weight: what tells a paired
/// difference that editors record from one they would not. The slot is among them: two
/// differing figures of unlike nouns ("2 xe máy" / "3 người") may be paired as the
/// best each side has, yet editors seldom call them one thing told two ways.
const CONFLICT_COMPARISONS: &[&str] = &[
    "slot",
    "value",
    "consensus",
    "crowd",
    "sentence_names",
    "position",
    "part_whole",
    "spelling",
    "name_kind",
    "phase",
];
const FAMILY_PENALTY: f64 = 100.0;
const INTERCEPT_PENALTY: f64 = 0.01;

/// The conflict model: logistic regression of "this paired difference is a conflict the
/// readers recorded" on the comparison levels, over the matched pairs of differing values of
/// the training clusters. Each level's coefficient is a shared part plus its family's part;
/// writes the sums into `w` (level `conflict` weights and family intercepts).
fn conflict_model(samples: &[(Family, features::Levels, f64, f64)], w: &mut Weights) {
    let nc = COMPARISONS.len();
    let in_model = |c: usize| CONFLICT_COMPARISONS.contains(&COMPARISONS[c].name);
    let offset: Vec<usize> = COMPARISONS
        .iter()
        .scan(0, |acc, c| {
            let o = *acc;
            *acc += c.levels.len();
            Some(o)
        })
        .collect();
    let per_family: usize = COMPARISONS.iter().map(|c| c.levels.len()).sum();
    let nf = Family::ALL.len();
    let dim = per_family * (1 + nf) + nf + 1;
    let shared = |c: usize, l: usize| offset[c] + l;
    let own = |f: usize, c: usize, l: usize| per_family * (1 + f) + offset[c] + l;
    let intercept = |f: usize| per_family * (1 + nf) + f;
    let slope = dim - 1;
    // Sparse rows: (index, value), label.
    let mut rows: Vec<(Vec<(usize, f64)>, f64)> = Vec::new();
    for (family, levels, weight, y) in samples {
        let f = family_index(*family);
        let mut x: Vec<(usize, f64)> = vec![(slope, weight / WEIGHT_SCALE)];
        for (c, &l) in levels.iter().enumerate().take(nc) {
            if l == NA || !in_model(c) {
                continue;
            }
            x.push((shared(c, l as usize), 1.0));
            x.push((own(f, c, l as usize), 1.0));
        }
        x.push((intercept(f), 1.0));
        rows.push((x, *y));
    }
    let penalty = |i: usize| {
        if i == slope {
            SLOPE_PENALTY
        } else if i < per_family {
            SHARED_PENALTY
        } else if i < per_family * (1 + nf) {
            FAMILY_PENALTY
        } else {
            INTERCEPT_PENALTY
        }
    };
    let mut beta = vec![0.0; dim];
    for i in 0..nf {
        beta[intercept(i)] = -4.0;
    }
    // Only the coefficients some row reads, and the intercepts (which start away from zero),
    // are solved for: the others start at zero with no gradient and stay there, and leaving
    // them out of the system changes no figure (their rows and columns of the Hessian are
    // zero but for the diagonal) while the solve shrinks from all levels of every comparison
    // to those the conflict model reads.
    let mut active: Vec<usize> = rows
        .iter()
        .flat_map(|(x, _)| x.iter().map(|(i, _)| *i))
        .chain((0..nf).map(intercept))
        .chain([slope])
        .collect();
    active.sort_unstable();
    active.dedup();
    let mut at = vec![usize::MAX; dim];
    for (k, &i) in active.iter().enumerate() {
        at[i] = k;
    }
    let n = active.len();
    let rows: Vec<(Vec<(usize, f64)>, f64)> = rows
        .into_iter()
        .map(|(x, y)| (x.into_iter().map(|(i, v)| (at[i], v)).collect(), y))
        .collect();
    for _ in 0..60 {
        let mut g: Vec<f64> = active.iter().map(|&i| penalty(i) * beta[i]).collect();
        let mut h = vec![0.0; n * n];
        for (k, &i) in active.iter().enumerate() {
            h[k * n + k] = penalty(i);
        }
        for (x, y) in &rows {
            let z: f64 = x.iter().map(|(k, v)| beta[active[*k]] * v).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let r = p - y;
            let v = (p * (1.0 - p)).max(1e-9);
            for &(i, xi) in x {
                g[i] += r * xi;
                for &(j, xj) in x {
                    if j <= i {
                        h[i * n + j] += v * xi * xj;
                    }
                }
            }
        }
        for i in 0..n {
            for j in 0..i {
                h[j * n + i] = h[i * n + j];
            }
        }
        let Some(step) = solve(&h, &g, n) else {
            break;
        };
        // Newton's step, held to at most 2 nats a coefficient so that a near-separable level
        // cannot throw the fit off.
        let largest = step.iter().fold(0.0f64, |m, x| m.max(x.abs()));
        let damp = if largest > 2.0 { 2.0 / largest } else { 1.0 };
        for (k, &i) in active.iter().enumerate() {
            beta[i] -= damp * step[k];
        }
        if largest < 1e-6 {
            break;
        }
    }
    w.match_slope = beta[slope] / WEIGHT_SCALE;
    for (fi, fam) in Family::ALL.iter().enumerate() {
        w.intercept[fi] = beta[intercept(fi)];
        for (c, comp) in COMPARISONS.iter().enumerate() {
            if !comp.families.contains(fam) {
                continue;
            }
            for l in 0..comp.levels.len() {
                w.levels[fi][c][l].conflict = if in_model(c) {
                    beta[shared(c, l)] + beta[own(fi, c, l)]
                } else {
                    0.0
                };
            }
        }
    }
}

/// Whether a match's two values are a conflict the readers recorded.
fn is_gold_conflict(
    articles: &[Article],
    records: &[Record],
    m: &align::Match,
    reading: &Reading,
) -> bool {
    let (ra, rb) = (&records[m.a], &records[m.b]);
    let row = conflicts::Row {
        kind: m.family.conflict_kind().to_string(),
        doc_a: articles[ra.article].doc.clone(),
        value_a: ra.claim.value.to_string(),
        doc_b: articles[rb.article].doc.clone(),
        value_b: rb.claim.value.to_string(),
        score: None,
        fields: Vec::new(),
    };
    let cluster = cluster_of(&row.doc_a);
    reading.conflicts.iter().any(|g| {
        Some(&g.cluster) == cluster.as_ref() && g.kind == row.kind && conflicts::pairs(&row, g)
    })
}

/// The referee's view of compare's rows.
fn rows(
    articles: &[Article],
    records: &[Record],
    found: &[crate::compare::Discrepancy],
) -> Vec<conflicts::Row> {
    found
        .iter()
        .filter_map(|d| {
            let b = d.b?;
            let (ra, rb) = (&records[d.a], &records[b]);
            Some(conflicts::Row {
                kind: d.kind.to_string(),
                doc_a: articles[ra.article].doc.clone(),
                value_a: ra.claim.value.to_string(),
                doc_b: articles[rb.article].doc.clone(),
                value_b: rb.claim.value.to_string(),
                score: Some(d.score),
                fields: Vec::new(),
            })
        })
        .collect()
}

/// Recall and precision on the training reading if rows under `min_score` were dropped.
fn at_threshold(scored: &[conflicts::Row], reading: &Reading, min_score: f64) -> (f64, f64) {
    let paired = |k: &str| {
        [
            "numeric_conflict",
            "date_conflict",
            "time_conflict",
            "name_variant",
        ]
        .contains(&k)
    };
    let kept: Vec<conflicts::Row> = scored
        .iter()
        .filter(|r| !paired(&r.kind) || r.score.is_some_and(|p| p >= min_score))
        .cloned()
        .collect();
    let s = conflicts::score(&kept, &reading.conflicts, &reading.read);
    (s.recall_all(), s.precision_all())
}

fn f1(r: f64, p: f64) -> f64 {
    if r + p == 0.0 {
        0.0
    } else {
        2.0 * r * p / (r + p)
    }
}

/// Share of the training clusters (in tenths) each averaged run learns from: about the share
/// of distinct clusters a bootstrap sample holds (63%).
const SUBSAMPLE_TENTHS: u64 = 7;

/// Learns weights on the reading's clusters, `runs` times on subsamples of them (seven in ten
/// clusters each, drawn by hashing, so the same input learns the same weights) and averages
/// the runs' weights, then chooses the minimum score on all of them. One run's weights swing
/// with the few conflicts each family has (held out, about ±3 conflicts for a change in
/// another family); their average carries over to unread clusters better. `runs` = 0 learns
/// once on all clusters. `done_one` is called after each run (for a progress bar).
pub fn learn(
    articles: &[Article],
    records: &mut [Record],
    reading: &Reading,
    runs: usize,
    done_one: &dyn Fn(),
) -> (Weights, Learned) {
    if runs == 0 {
        return learn_once(articles, records, reading);
    }
    let mut learned = Learned {
        training_clusters: reading.read.len(),
        ..Learned::default()
    };
    let (mut all, _) = samples(articles, records, reading);
    label(&mut all, reading);
    learned.samples = sample_counts(&all);
    let mut learned_runs = Vec::new();
    for run in 0..runs {
        let keep = |c: &str| crate::token::fold_hash(&format!("{c}:{run}")) % 10 < SUBSAMPLE_TENTHS;
        let sub = reading.of_clusters(keep);
        // A subsample of one cluster or none teaches nothing to average.
        if sub.read.len() >= 2 {
            learned_runs.push(learn_once(articles, records, &sub).0);
        }
        done_one();
    }
    if learned_runs.is_empty() {
        return learn_once(articles, records, reading);
    }
    let all: Vec<&Weights> = learned_runs.iter().collect();
    let mut w = average(&all);
    (w.min_score, learned.recall, learned.precision) =
        choose_min_score(articles, records, reading, &w);
    learned.runs = learned_runs.len();
    (w, learned)
}

/// The runs' figures averaged (the first run's minimum score kept: it is chosen afterwards).
fn average(runs: &[&Weights]) -> Weights {
    let mut w = runs[0].clone();
    let n = runs.len() as f64;
    let mean = |f: &dyn Fn(&Weights) -> f64| runs.iter().map(|r| f(r)).sum::<f64>() / n;
    for fi in 0..w.levels.len() {
        for ci in 0..w.levels[fi].len() {
            for li in 0..w.levels[fi][ci].len() {
                w.levels[fi][ci][li] = LevelWeight {
                    m: mean(&|r| r.levels[fi][ci][li].m),
                    u: mean(&|r| r.levels[fi][ci][li].u),
                    weight: mean(&|r| r.levels[fi][ci][li].weight),
                    conflict: mean(&|r| r.levels[fi][ci][li].conflict),
                };
            }
        }
        w.prior[fi] = mean(&|r| r.prior[fi]);
        w.intercept[fi] = mean(&|r| r.intercept[fi]);
    }
    w.match_slope = mean(&|r| r.match_slope);
    w.match_threshold = mean(&|r| r.match_threshold);
    w
}

/// Per family, the pairs compared and the matches among them.
fn sample_counts(all: &[Sample]) -> BTreeMap<&'static str, (usize, f64)> {
    let mut counts: BTreeMap<&'static str, (usize, f64)> = BTreeMap::new();
    for s in all {
        let e = counts.entry(s.family.as_str()).or_default();
        e.0 += 1;
        e.1 += s.positive;
    }
    counts
}

/// The minimum score whose F1 (averaged with its neighbours) is best on the reading's
/// clusters with weights `w`, and the recall and precision there.
fn choose_min_score(
    articles: &[Article],
    records: &mut [Record],
    reading: &Reading,
    w: &Weights,
) -> (f64, f64, f64) {
    let keep = read_records(articles, records, reading);
    let matches = matches_of(articles, records, &keep, w);
    let found = crate::compare::compare(articles, records, &matches, w, 0.0);
    let choice = best_min_score(&rows(articles, records, &found), reading);
    (choice.min_score, choice.recall, choice.precision)
}

/// Which records belong to the reading's clusters.
fn read_records(articles: &[Article], records: &[Record], reading: &Reading) -> Vec<bool> {
    records
        .iter()
        .map(|r| cluster_of(&articles[r.article].doc).is_some_and(|c| reading.read.contains(&c)))
        .collect()
}

/// The matches weights `w` make among the records `keep` marks.
fn matches_of(
    articles: &[Article],
    records: &mut [Record],
    keep: &[bool],
    w: &Weights,
) -> Vec<align::Match> {
    align::pair(articles, records, w)
        .into_iter()
        .filter(|m| keep[m.a])
        .collect()
}

/// A minimum score chosen for a set of scored rows, with what it gives on the reading.
struct MinScoreChoice {
    min_score: f64,
    recall: f64,
    precision: f64,
}

/// The minimum score whose F1 on the reading is best for these scored rows. A minimum score is
/// judged with its neighbours (F1 averaged over ±0.05): a lone peak on the training clusters
/// is a row or two, not a setting that carries over.
fn best_min_score(scored: &[conflicts::Row], reading: &Reading) -> MinScoreChoice {
    let at: Vec<(f64, f64)> = (0..=20)
        .map(|k| at_threshold(scored, reading, f64::from(k) * 0.05))
        .collect();
    let mut best: Option<(f64, usize)> = None;
    for k in 1..20 {
        let score = (k - 1..=k + 1).map(|j| f1(at[j].0, at[j].1)).sum::<f64>() / 3.0;
        if best.is_none_or(|(s, _)| score > s + 1e-9) {
            best = Some((score, k));
        }
    }
    let k = best.map_or(10, |(_, k)| k);
    MinScoreChoice {
        min_score: f64::from(k as u32) * 0.05,
        recall: at[k].0,
        precision: at[k].1,
    }
}

/// Learns weights once on the reading's clusters: levels' m, u and weights, priors, then (at
/// the set match threshold) the calibration and the default minimum score that does best there.
fn learn_once(
    articles: &[Article],
    records: &mut [Record],
    reading: &Reading,
) -> (Weights, Learned) {
    let (mut all, value_u) = samples(articles, records, reading);
    label(&mut all, reading);
    let mut weights = weigh(&all, &value_u);
    let mut learned = Learned {
        training_clusters: reading.read.len(),
        ..Learned::default()
    };
    learned.samples = sample_counts(&all);
    // Only the training clusters' records are paired while tuning.
    let keep = read_records(articles, records, reading);
    weights.match_threshold = MATCH_THRESHOLD;
    let matches = matches_of(articles, records, &keep, &weights);
    let labelled: Vec<(Family, features::Levels, f64, f64)> = matches
        .iter()
        .filter(|m| !m.agree)
        .map(|m| {
            let real = is_gold_conflict(articles, records, m, reading);
            (m.family, m.levels, m.weight, f64::from(u8::from(real)))
        })
        .collect();
    conflict_model(&labelled, &mut weights);
    let found = crate::compare::compare(articles, records, &matches, &weights, 0.0);
    let choice = best_min_score(&rows(articles, records, &found), reading);
    weights.min_score = choice.min_score;
    (learned.recall, learned.precision) = (choice.recall, choice.precision);
    (weights, learned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reading_keeps_the_gold_of_its_read_clusters_only() {
        let conflict = |cluster: &str| GoldConflict {
            cluster: cluster.into(),
            kind: "numeric_conflict".into(),
            what: "deaths".into(),
            value_x: "12".into(),
            docs_x: vec!["1".into()],
            value_y: "14".into(),
            docs_y: vec!["2".into()],
            fields: Vec::new(),
        };
        let agree = |cluster: &str| GoldAgree {
            cluster: cluster.into(),
            what: "date".into(),
            value: "2016-05-20".into(),
            docs: vec!["1".into(), "2".into()],
        };
        let reading = Reading {
            conflicts: vec![conflict("3"), conflict("4"), conflict("5")],
            agree: vec![agree("3"), agree("4")],
            read: ["3", "5"].iter().map(|c| c.to_string()).collect(),
        };
        let clusters = |r: &Reading| {
            let c: Vec<&str> = r.conflicts.iter().map(|g| g.cluster.as_str()).collect();
            let a: Vec<&str> = r.agree.iter().map(|g| g.cluster.as_str()).collect();
            (c.join(" "), a.join(" "))
        };
        let all = reading.of_clusters(|_| true).only(Half::All);
        assert_eq!(clusters(&all), ("3 5".to_string(), "3".to_string()));
        let odd = reading.only(Half::Odd);
        assert_eq!(clusters(&odd), ("3 5".to_string(), "3".to_string()));
    }

    /// A pair of `family` whose only applying comparison is `comparison` at `level`.
    fn one_level_pair(family: Family, comparison: &str, level: &str, positive: f64) -> Sample {
        let ci = features::index(comparison).expect("a comparison");
        let mut levels = [NA; features::N];
        levels[ci] = COMPARISONS[ci]
            .levels
            .iter()
            .position(|l| *l == level)
            .expect("a level of the comparison") as u8;
        Sample {
            family,
            levels: vec![levels],
            cluster: "1".into(),
            docs: ("1".into(), "2".into()),
            values: ("one".into(), "other".into()),
            positive,
            differ: true,
        }
    }

    /// A name pair: every comparison not applying, `spelling` at `level`.
    fn name_pair(level: &str, positive: f64) -> Sample {
        one_level_pair(Family::Name, "spelling", level, positive)
    }

    fn spelling_weight(w: &Weights, level: &str) -> f64 {
        let si = features::index("spelling").expect("a spelling comparison");
        let li = COMPARISONS[si].levels.iter().position(|l| *l == level);
        w.levels[family_index(Family::Name)][si][li.expect("a spelling level")].weight
    }

    #[test]
    fn a_level_no_match_showed_weighs_little_when_no_other_family_can_lend() {
        // 40 matches spelt alike or one letter apart; the non-matches mostly share a syllable,
        // a few differ in one syllable, which no match does.
        let mut samples: Vec<Sample> = (0..30).map(|_| name_pair("equal", 1.0)).collect();
        samples.extend((0..10).map(|_| name_pair("one_letter", 1.0)));
        samples.extend((0..200).map(|_| name_pair("shares", 0.0)));
        samples.extend((0..20).map(|_| name_pair("one_syllable", 0.0)));
        let w = weigh(&samples, &vec![vec![0.2; 5]; Family::ALL.len()]);
        let unseen = spelling_weight(&w, "one_syllable");
        // Shrunk towards u with SHRINK pseudo-matches among 40: log2(20 / 60) ≈ −1.6 bits,
        // not the floor a count of zero gives.
        assert!(unseen > -3.0 && unseen < 0.0, "{unseen}");
        assert!(spelling_weight(&w, "one_letter") > 1.0);
        // Two levels no match showed are told apart by nothing the matches say.
        assert!((spelling_weight(&w, "shares") - unseen).abs() < 1e-9);
    }

    fn crowd_pair(family: Family, level: &str, positive: f64) -> Sample {
        one_level_pair(family, "crowd", level, positive)
    }

    #[test]
    fn a_level_one_family_s_non_matches_never_showed_borrows_the_others_rate() {
        // Times: two matches of 32 in crowded articles, no non-match there (the training
        // clusters hold hardly any timeline); counts: crowded articles are most non-matches.
        let mut samples: Vec<Sample> = (0..30)
            .map(|_| crowd_pair(Family::Time, "single", 1.0))
            .collect();
        samples.extend((0..2).map(|_| crowd_pair(Family::Time, "many", 1.0)));
        samples.extend((0..300).map(|_| crowd_pair(Family::Time, "few", 0.0)));
        samples.extend((0..500).map(|_| crowd_pair(Family::Number, "many", 0.0)));
        samples.extend((0..100).map(|_| crowd_pair(Family::Number, "few", 0.0)));
        samples.extend((0..50).map(|_| crowd_pair(Family::Number, "single", 1.0)));
        let w = weigh(&samples, &vec![vec![0.2; 5]; Family::ALL.len()]);
        let ci = features::index("crowd").expect("a crowd comparison");
        let level = |name: &str| COMPARISONS[ci].levels.iter().position(|l| *l == name);
        let many = w.levels[family_index(Family::Time)][ci][level("many").expect("many")].weight;
        // Not the 5 bits a count of zero non-matches gives: near what the others say.
        assert!(many < 1.5, "{many}");
        let single = w.levels[family_index(Family::Time)][ci][level("single").expect("single")];
        assert!(single.weight > 2.0, "{}", single.weight);
    }
}
