//! One counterpart per claim per article pair: among the scored pairs of one class between two
//! articles, the best-weighted pair is taken first, then the best of what is left, so that an
//! outlet's several figures are each set against the right figure of the other, never against
//! whichever agrees; a disagreement drawn among pairs weighed alike is dropped. It must not
//! score pairs.

/// A scored pair of nodes (indexes into the two articles' node lists of one class).
#[derive(Debug, Clone)]
pub struct Scored<T> {
    pub a: usize,
    pub b: usize,
    pub weight: f64,
    pub data: T,
}

/// Greedy best-first one-to-one matching: pairs in decreasing weight (ties in node order, so
/// the result does not depend on input order), each node used once, pairs under `threshold`
/// never taken. Pairs that `weak` marks (a vague amount on one side: "dozens" fits 26 and 34
/// alike) come after all others, so they never take a figure from a pair that can say more.
/// Two pairs taken that fit better crossed are then crossed ("34 in Jajarkot, 35 in Rukum
/// West" against "34 … Jajarkot, 35 … Rukum West": the best-looking pair 34–35 first, then
/// 35–34, sum lower than 34–34 and 35–35): only two pairs whose values differ, into two whose
/// values are the same (`same`), so a crossing never makes a disagreement, and a bound ("trên
/// 30.000 DWT", which fits 32.200 and 32.279 alike) never hides one.
pub fn one_to_one<T>(
    mut pairs: Vec<Scored<T>>,
    threshold: f64,
    weak: impl Fn(&Scored<T>) -> bool,
    same: impl Fn(&Scored<T>) -> bool,
) -> Vec<Scored<T>> {
    pairs.retain(|p| p.weight >= threshold);
    pairs.sort_by(|x, y| {
        weak(x)
            .cmp(&weak(y))
            .then(y.weight.total_cmp(&x.weight))
            .then(x.a.cmp(&y.a))
            .then(x.b.cmp(&y.b))
    });
    let mut used_a: Vec<usize> = Vec::new();
    let mut used_b: Vec<usize> = Vec::new();
    let mut taken: Vec<usize> = Vec::new();
    for (k, p) in pairs.iter().enumerate() {
        if used_a.contains(&p.a) || used_b.contains(&p.b) {
            continue;
        }
        used_a.push(p.a);
        used_b.push(p.b);
        taken.push(k);
    }
    // Cross two taken pairs (both strong) when the crossed pairs, both eligible, weigh more.
    // Most article pairs take fewer than two differing pairs of a class: nothing to cross.
    let differing = taken
        .iter()
        .filter(|&&k| !weak(&pairs[k]) && !same(&pairs[k]))
        .count();
    // The first (best) pair of two nodes, should one be scored twice.
    let mut index: std::collections::HashMap<(usize, usize), usize> = Default::default();
    if differing >= 2 {
        for (k, p) in pairs.iter().enumerate() {
            index.entry((p.a, p.b)).or_insert(k);
        }
    }
    let find = |a: usize, b: usize| index.get(&(a, b)).copied();
    let mut crossed = differing >= 2;
    let mut rounds = 0;
    while crossed && rounds < MAX_CROSSING_ROUNDS {
        crossed = false;
        rounds += 1;
        for x in 0..taken.len() {
            for y in x + 1..taken.len() {
                let (p, q) = (&pairs[taken[x]], &pairs[taken[y]]);
                if weak(p) || weak(q) || same(p) || same(q) {
                    continue;
                }
                let (Some(r), Some(t)) = (find(p.a, q.b), find(q.a, p.b)) else {
                    continue;
                };
                if [&pairs[r], &pairs[t]].iter().any(|c| weak(c) || !same(c)) {
                    continue;
                }
                if pairs[r].weight + pairs[t].weight > p.weight + q.weight + CROSSING_GAIN {
                    taken[x] = r;
                    taken[y] = t;
                    crossed = true;
                }
            }
        }
    }
    taken.sort_unstable();
    let mut keep = vec![false; pairs.len()];
    for k in taken {
        keep[k] = true;
    }
    pairs
        .into_iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(p))
        .collect()
}

/// How much more (in bits) two crossed pairs must weigh than the two taken for the crossing to
/// be taken instead, and how many passes over the taken pairs look for crossings.
const CROSSING_GAIN: f64 = 1e-9;
const MAX_CROSSING_ROUNDS: usize = 4;

/// Each node's best counterpart, from both sides (a node may be the best of several): how
/// names are paired, since one article may write one person's name two ways ("Justin Bieber"
/// and "Justin Bielber"), and each spelling must meet the other article's. A pair that only
/// one side chose is dropped when `rival_wins(pair, rival)` says the other side's own best
/// (`rival`, which shares a node with `pair`) shows them to be two people.
pub fn best_each<T: Clone>(
    pairs: Vec<Scored<T>>,
    threshold: f64,
    rival_wins: impl Fn(&Scored<T>, &Scored<T>) -> bool,
) -> Vec<Scored<T>> {
    let mut best_a: std::collections::BTreeMap<usize, usize> = Default::default();
    let mut best_b: std::collections::BTreeMap<usize, usize> = Default::default();
    let better = |x: &Scored<T>, y: &Scored<T>| {
        x.weight > y.weight || (x.weight == y.weight && (x.a, x.b) < (y.a, y.b))
    };
    for (k, p) in pairs.iter().enumerate() {
        if p.weight < threshold {
            continue;
        }
        let a = best_a.entry(p.a).or_insert(k);
        if better(p, &pairs[*a]) {
            *a = k;
        }
        let b = best_b.entry(p.b).or_insert(k);
        if better(p, &pairs[*b]) {
            *b = k;
        }
    }
    let mut chosen: Vec<usize> = best_a.values().chain(best_b.values()).copied().collect();
    chosen.sort_unstable();
    chosen.dedup();
    chosen.retain(|&k| {
        let p = &pairs[k];
        [best_b.get(&p.b), best_a.get(&p.a)]
            .into_iter()
            .flatten()
            .filter(|&&j| j != k)
            .all(|&j| !rival_wins(p, &pairs[j]))
    });
    chosen.into_iter().map(|k| pairs[k].clone()).collect()
}

/// Drops from `kept` each disagreement (two values that differ) whose pair was weighed
/// exactly as another pair of one of its nodes with yet another value told in another
/// statement (`weighed`: every scored pair's nodes and weight; `apart_a`, `apart_b`: whether
/// two nodes of a side stand in different mentions): a draw, not a finding, since no
/// comparison set the counterpart apart ("Độ ẩm từ 63-96%" against three regions' humidity,
/// each paragraph alike). The two ends of one range ("two or three") are one statement: 18
/// disagrees with it whichever end it meets. Agreements stay, whatever ties they had.
pub fn drop_draws<T>(
    mut kept: Vec<Scored<T>>,
    weighed: &[(usize, usize, f64)],
    (value_a, value_b): (impl Fn(usize) -> f64, impl Fn(usize) -> f64),
    (apart_a, apart_b): (impl Fn(usize, usize) -> bool, impl Fn(usize, usize) -> bool),
) -> Vec<Scored<T>> {
    kept.retain(|m| {
        let (va, vb) = (value_a(m.a), value_b(m.b));
        va == vb
            || !weighed.iter().any(|&(a, b, w)| {
                (w - m.weight).abs() < DRAW
                    && ((a == m.a && b != m.b && value_b(b) != vb && apart_b(b, m.b))
                        || (b == m.b && a != m.a && value_a(a) != va && apart_a(a, m.a)))
            })
    });
    kept
}

/// Two weights closer than this are one weight: the same levels summed.
const DRAW: f64 = 1e-9;

#[cfg(test)]
mod tests {
    use super::*;

    fn s(a: usize, b: usize, weight: f64) -> Scored<()> {
        Scored {
            a,
            b,
            weight,
            data: (),
        }
    }

    /// The nodes of each pair taken, in node order.
    fn taken(got: Vec<Scored<()>>) -> Vec<(usize, usize)> {
        let mut pairs: Vec<(usize, usize)> = got.iter().map(|p| (p.a, p.b)).collect();
        pairs.sort_unstable();
        pairs
    }

    #[test]
    fn a_disagreement_drawn_among_equals_is_dropped() {
        // Node 0 of the first article weighs the same against 0 and 1 of the second (100 and
        // 98), and the better-than-nothing pair 0–0 disagrees (96 against 100): dropped.
        // Node 1 (70) is set against 70 by a better weight: kept, ties or not.
        let weighed = [(0, 0, 2.0), (0, 1, 2.0), (1, 2, 3.0), (1, 0, 3.0)];
        let (va, vb) = ([96.0, 70.0], [100.0, 98.0, 70.0]);
        let values = (|a: usize| va[a], |b: usize| vb[b]);
        let apart = |x: usize, y: usize| x != y;
        let kept = vec![s(0, 0, 2.0), s(1, 2, 3.0)];
        let got = drop_draws(kept, &weighed, values, (apart, apart));
        assert_eq!(taken(got), [(1, 2)]);
        // Without the rival of equal weight the disagreement is a finding.
        let got = drop_draws(vec![s(0, 0, 2.0)], &weighed[..1], values, (apart, apart));
        assert_eq!(taken(got), [(0, 0)]);
        // A rival of equal weight with the same value draws nothing.
        let same = [(0, 0, 2.0), (0, 1, 2.0)];
        let got = drop_draws(
            vec![s(0, 0, 2.0)],
            &same,
            (|a: usize| va[a], |_| 100.0),
            (apart, apart),
        );
        assert_eq!(taken(got), [(0, 0)]);
        // Nor does the other end of the same range: one statement, which 96 disagrees with.
        let one_range = |_: usize, _: usize| false;
        let got = drop_draws(vec![s(0, 0, 2.0)], &weighed, values, (apart, one_range));
        assert_eq!(taken(got), [(0, 0)]);
    }

    #[test]
    fn each_node_gets_its_best_free_counterpart() {
        // a0 fits b0 best; a1 fits b0 too but less, so it takes b1.
        let got = one_to_one(
            vec![s(1, 0, 5.0), s(0, 0, 9.0), s(1, 1, 2.0), s(0, 1, 1.0)],
            0.0,
            |_| false,
            |_| false,
        );
        let pairs: Vec<(usize, usize)> = got.iter().map(|p| (p.a, p.b)).collect();
        assert_eq!(pairs, vec![(0, 0), (1, 1)]);
    }

    #[test]
    fn two_pairs_that_fit_better_crossed_are_crossed() {
        // a0 (34, Jajarkot) fits b1 (35) a little better than b0 (34, Jajarkot); a1 (35, Rukum
        // West) fits b1 well and b0 poorly: best first would cross them.
        let same_value = |p: &Scored<()>| p.a == p.b;
        let pairs = vec![s(0, 1, 7.4), s(0, 0, 6.7), s(1, 1, 6.5), s(1, 0, 3.6)];
        let got = one_to_one(pairs, 0.0, |_| false, same_value);
        assert_eq!(taken(got), vec![(0, 0), (1, 1)]);
    }

    #[test]
    fn a_bound_never_crosses_two_pairs() {
        // a0 "trên 30.000" fits b0 (30.000) and b1 (32.200) alike; a1 (32.279) fits b0 through
        // a0's bound too. The crossed pairs agree only by the bound, not in value: crossing
        // would hide the conflict 32.279 / 32.200.
        let same_value = |p: &Scored<()>| p.a == 0 && p.b == 0;
        let pairs = vec![s(0, 0, 4.0), s(0, 1, 2.7), s(1, 0, 2.7), s(1, 1, -1.1)];
        let got = one_to_one(pairs, -4.0, |_| false, same_value);
        assert_eq!(taken(got), vec![(0, 0), (1, 1)]);
    }

    #[test]
    fn a_vague_amount_takes_what_exact_figures_leave() {
        // a0 "dozens" fits b0 (26) best, but a1 (34) fits b0 too: the exact pair goes first.
        let vague_a0 = |p: &Scored<()>| p.a == 0;
        let got = one_to_one(vec![s(0, 0, 7.0), s(1, 0, -0.2)], -4.0, vague_a0, |_| false);
        let pairs: Vec<(usize, usize)> = got.iter().map(|p| (p.a, p.b)).collect();
        assert_eq!(pairs, vec![(1, 0)]);
    }

    #[test]
    fn pairs_under_the_threshold_are_never_taken() {
        let got = one_to_one(vec![s(0, 0, -1.0), s(1, 1, 0.5)], 0.0, |_| false, |_| false);
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].a, got[0].b), (1, 1));
    }

    #[test]
    fn best_each_lets_two_spellings_meet_one_name() {
        // b0 and b1 (two spellings in one article) both fit a0 best.
        let got = best_each(
            vec![s(0, 0, 9.0), s(0, 1, 6.0), s(1, 1, 1.0)],
            0.0,
            |_, _| false,
        );
        let pairs: Vec<(usize, usize)> = got.iter().map(|p| (p.a, p.b)).collect();
        assert_eq!(pairs, vec![(0, 0), (0, 1), (1, 1)]);
    }

    #[test]
    fn best_each_keeps_two_people_of_one_sentence_apart() {
        // a0 and a1 stand in one sentence (father and son); b0 is the father in the other
        // article: a1 meets b0 only because b0 is all there is, and is dropped.
        let together = |p: &Scored<()>, rival: &Scored<()>| p.b == rival.b && p.a != rival.a;
        let got = best_each(vec![s(0, 0, 9.0), s(1, 0, 6.0)], 0.0, together);
        let pairs: Vec<(usize, usize)> = got.iter().map(|p| (p.a, p.b)).collect();
        assert_eq!(pairs, vec![(0, 0)]);
    }

    #[test]
    fn ties_break_by_node_order_whatever_the_input_order() {
        let a = one_to_one(vec![s(1, 0, 1.0), s(0, 0, 1.0)], 0.0, |_| false, |_| false);
        let b = one_to_one(vec![s(0, 0, 1.0), s(1, 0, 1.0)], 0.0, |_| false, |_| false);
        assert_eq!((a[0].a, a[0].b), (b[0].a, b[0].b));
    }
}
