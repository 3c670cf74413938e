//! Stories of a comparison, as a reader sees them: each story's key (the articles compared
//! with each other), a name (its most telling title), an anchor for the HTML page, and its
//! outlets. It must not group articles into stories (the corpus does that) or compare claims.

use crate::article::Article;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    /// The story key articles carry (`Article::story`).
    pub key: String,
    /// The title that shares the most words with the story's other titles.
    pub title: String,
    /// An HTML id, unique in the page: `story-` and the key's last folder, made ASCII.
    pub anchor: String,
    pub outlets: BTreeSet<String>,
    /// Indexes of the story's articles.
    pub articles: Vec<usize>,
}

fn words(s: &str) -> HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The most telling title among several: the one whose words recur most in the others (the
/// centre of the coverage, not one outlet's angle); ties go to the earlier article. The words
/// a title shares with all others are counted through each word's number of titles, so a
/// story of thousands of articles costs linear time.
fn telling_title<'a>(titles: &[&'a str]) -> Option<&'a str> {
    let bags: Vec<HashSet<String>> = titles.iter().map(|t| words(t)).collect();
    let mut titles_with: HashMap<&str, usize> = HashMap::new();
    for bag in &bags {
        for w in bag {
            *titles_with.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut best: Option<(usize, usize)> = None;
    for (i, bag) in bags.iter().enumerate() {
        if bag.is_empty() {
            continue;
        }
        let shared: usize = bag.iter().map(|w| titles_with[w.as_str()] - 1).sum();
        if best.is_none_or(|(_, s)| shared > s) {
            best = Some((i, shared));
        }
    }
    best.map(|(i, _)| titles[i])
}

/// An ASCII slug of the key's last path component ("Cluster_003" → "cluster-003").
fn slug(key: &str) -> String {
    let last = key
        .trim_end_matches(['/', '\\'])
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(key);
    let mut out = String::new();
    for c in last.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() {
        "story".to_string()
    } else {
        out
    }
}

/// The stories of `articles`, ordered by key.
pub fn stories(articles: &[Article]) -> Vec<Story> {
    let mut by_key: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, a) in articles.iter().enumerate() {
        by_key.entry(a.story.as_str()).or_default().push(i);
    }
    let mut used: HashSet<String> = HashSet::new();
    by_key
        .into_iter()
        .map(|(key, members)| {
            let titles: Vec<&str> = members
                .iter()
                .map(|&i| articles[i].title.trim())
                .filter(|t| !t.is_empty())
                .collect();
            let title = telling_title(&titles)
                .map(str::to_string)
                .unwrap_or_else(|| slug(key));
            let base = format!("story-{}", slug(key));
            let mut anchor = base.clone();
            let mut n = 2;
            while !used.insert(anchor.clone()) {
                anchor = format!("{base}-{n}");
                n += 1;
            }
            Story {
                key: key.to_string(),
                title,
                anchor,
                outlets: members
                    .iter()
                    .map(|&i| articles[i].outlet.clone())
                    .collect(),
                articles: members,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_that_shares_most_words_names_the_story() {
        let titles = [
            "Mưa giông ở Huế",
            "Sét đánh ở Huế, 1 người chết",
            "Sét đánh làm 1 người chết ở Huế",
        ];
        assert_eq!(telling_title(&titles), Some("Sét đánh ở Huế, 1 người chết"));
        assert_eq!(telling_title(&[]), None);
    }

    #[test]
    fn anchors_are_ascii_and_unique() {
        assert_eq!(
            slug("../shared/corpora/vims-dev/Cluster_003"),
            "cluster-003"
        );
        assert_eq!(slug("fixtures/stories/crash/"), "crash");
        assert_eq!(slug("Hội đàm"), "h-i-m");
        assert_eq!(slug("đ"), "story");
    }
}
