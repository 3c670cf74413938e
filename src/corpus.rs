//! Turning command-line paths into articles: walking directories, reading manifests, and
//! reading and extracting files in parallel. It must not compare claims or write reports.
//!
//! Cost: one parallel pass over the files (rayon); memory holds each article's text and its
//! claims. Any file that cannot be read stops the run with an error naming it.

use crate::article::{self, io_reason, Article, Meta};
use crate::extract::{self, Extraction};
use anyhow::{anyhow, bail, Context, Result};
use chrono::NaiveDate;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// File name of a manifest found inside a given directory.
pub const MANIFEST: &str = "manifest.csv";

/// Extensions read when walking a directory.
const EXTENSIONS: &[&str] = &["txt", "text", "html", "htm"];

/// One input file: the path to open and the name reports use for it.
#[derive(Debug, Clone)]
pub struct Input {
    pub path: PathBuf,
    pub doc: String,
}

/// A file that could not be read, and why (with `--keep-going`, listed instead of stopping).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub doc: String,
    pub reason: String,
}

/// The inputs found, and the paths that are not readable files (each an error by default).
#[derive(Debug, Default)]
pub struct Collected {
    pub inputs: Vec<Input>,
    pub problems: Vec<Skipped>,
}

impl Collected {
    /// Fails on the first problem, naming its path (the default: nothing is skipped silently).
    pub fn strict(self) -> Result<Vec<Input>> {
        match self.problems.into_iter().next() {
            Some(p) => bail!("{}: {}", p.doc, p.reason),
            None => Ok(self.inputs),
        }
    }
}

/// Expands files and directories (sorted) into input files. Symbolic links are followed; a
/// directory reached twice (a link loop) is walked once. The walk keeps its own stack, so
/// deeply nested directories cannot exhaust the call stack. FIFOs and devices are never opened.
pub fn collect(paths: &[PathBuf]) -> Collected {
    let mut out = Collected::default();
    let mut visited = std::collections::BTreeSet::new();
    let problem = |p: &Path, reason: String| Skipped {
        doc: p.to_string_lossy().into_owned(),
        reason,
    };
    for p in paths {
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => walk(p, &mut visited, &mut out),
            Ok(m) if m.is_file() => out.inputs.push(Input {
                path: p.clone(),
                doc: p.to_string_lossy().into_owned(),
            }),
            Ok(_) => out
                .problems
                .push(problem(p, "not a regular file or directory".into())),
            Err(e) => out.problems.push(problem(p, io_reason(&e))),
        }
    }
    // Reports must not depend on the order paths were given in: sort, then drop repeats.
    out.inputs.sort_by(|a, b| a.doc.cmp(&b.doc));
    out.inputs.dedup_by(|a, b| a.doc == b.doc);
    out.problems.sort_by(|a, b| a.doc.cmp(&b.doc));
    out
}

fn walk(root: &Path, visited: &mut std::collections::BTreeSet<PathBuf>, out: &mut Collected) {
    let mut stack = vec![root.to_path_buf()];
    let problem = |p: &Path, reason: String| Skipped {
        doc: p.to_string_lossy().into_owned(),
        reason,
    };
    while let Some(dir) = stack.pop() {
        let real = match std::fs::canonicalize(&dir) {
            Ok(r) => r,
            Err(e) => {
                out.problems.push(problem(&dir, io_reason(&e)));
                continue;
            }
        };
        if !visited.insert(real) {
            continue;
        }
        let entries: std::io::Result<Vec<PathBuf>> =
            std::fs::read_dir(&dir).and_then(|rd| rd.map(|e| e.map(|e| e.path())).collect());
        let mut entries = match entries {
            Ok(e) => e,
            Err(e) => {
                out.problems.push(problem(&dir, io_reason(&e)));
                continue;
            }
        };
        entries.sort();
        let mut subdirs = Vec::new();
        for p in entries {
            let wanted = p
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| EXTENSIONS.contains(&e));
            match std::fs::metadata(&p) {
                Ok(m) if m.is_dir() => subdirs.push(p),
                Ok(m) if m.is_file() && wanted => out.inputs.push(Input {
                    doc: p.to_string_lossy().into_owned(),
                    path: p,
                }),
                Ok(_) if wanted => out.problems.push(problem(&p, "not a regular file".into())),
                Ok(_) => {}
                // A broken link or unreadable entry that looks like an article is a problem to
                // report, never a silent skip.
                Err(e) if wanted => out.problems.push(problem(&p, io_reason(&e))),
                Err(_) => {}
            }
        }
        // Depth first, in name order.
        stack.extend(subdirs.into_iter().rev());
    }
}

#[derive(Debug, serde::Deserialize)]
struct ManifestRow {
    file: String,
    #[serde(default)]
    outlet: String,
    #[serde(default)]
    published: String,
    #[serde(default)]
    url: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    story: String,
}

/// Manifest rows keyed by the file's path joined to the manifest's directory.
pub type Manifest = BTreeMap<PathBuf, Meta>;

pub fn read_manifest(path: &Path) -> Result<Manifest> {
    let base = path.parent().unwrap_or(Path::new(""));
    let mut rdr = csv::Reader::from_path(path).map_err(|e| anyhow!("{}: {}", path.display(), e))?;
    let mut out = Manifest::new();
    for (n, row) in rdr.deserialize::<ManifestRow>().enumerate() {
        let row = row.with_context(|| format!("{}: row {}", path.display(), n + 2))?;
        let published = if row.published.trim().is_empty() {
            None
        } else {
            Some(
                NaiveDate::parse_from_str(row.published.trim(), "%Y-%m-%d")
                    .ok()
                    .or_else(|| article::parse_published(&row.published))
                    .ok_or_else(|| {
                        anyhow!(
                            "{}: row {}: cannot read date {:?}",
                            path.display(),
                            n + 2,
                            row.published
                        )
                    })?,
            )
        };
        out.insert(
            base.join(&row.file),
            Meta {
                outlet: row.outlet,
                published,
                url: row.url,
                language: row.language,
                story: row.story,
            },
        );
    }
    Ok(out)
}

/// The manifest to use: the one named, else `manifest.csv` in each given directory and in the
/// directory of each given file (callers pass every input file, so a corpus of story folders,
/// each with its manifest, is covered).
pub fn manifests(explicit: Option<&Path>, paths: &[PathBuf]) -> Result<Manifest> {
    if let Some(m) = explicit {
        return read_manifest(m);
    }
    let mut out = Manifest::new();
    let dirs: std::collections::BTreeSet<&Path> = paths
        .iter()
        .map(|p| {
            if p.is_dir() {
                p.as_path()
            } else {
                p.parent().unwrap_or(Path::new(""))
            }
        })
        .collect();
    for d in dirs {
        let m = if d.as_os_str().is_empty() {
            PathBuf::from(MANIFEST)
        } else {
            d.join(MANIFEST)
        };
        if m.is_file() {
            out.extend(read_manifest(&m)?);
        }
    }
    Ok(out)
}

/// What reading a corpus gives: the articles read, their extractions, and the files skipped.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub extractions: Vec<Extraction>,
    pub skipped: Vec<Skipped>,
}

/// Reads and extracts every input in parallel, in input order. A file that cannot be read is
/// an error naming it, or with `keep_going` a [`Skipped`] entry.
pub fn load(
    inputs: &[Input],
    manifest: &Manifest,
    progress: &indicatif::ProgressBar,
    keep_going: bool,
) -> Result<Loaded> {
    let default = Meta::default();
    let results: Vec<Result<(Article, Extraction), Skipped>> = inputs
        .par_iter()
        .map(|input| {
            let meta = manifest.get(&input.path).unwrap_or(&default);
            let read = article::read(&input.path, input.doc.clone(), meta);
            progress.inc(1);
            let mut a = read.map_err(|e| Skipped {
                doc: input.doc.clone(),
                reason: format!("{e:#}"),
            })?;
            let ex = extract::extract(&a);
            // Claims carry their evidence; the text itself is no longer needed.
            a.release_text();
            Ok((a, ex))
        })
        .collect();
    let mut out = Loaded::default();
    for r in results {
        match r {
            Ok((a, e)) => {
                out.articles.push(a);
                out.extractions.push(e);
            }
            Err(s) if keep_going => out.skipped.push(s),
            Err(s) => bail!("{}: {}", s.doc, s.reason),
        }
    }
    Ok(out)
}
