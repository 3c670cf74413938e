//! Turning command-line paths into articles: walking directories, reading manifests, and
//! reading and extracting files in parallel. It must not compare claims or write reports.
//!
//! Cost: one parallel pass over the files (rayon); memory holds each article's text and its
//! claims. Any file that cannot be read stops the run with an error naming it.

use crate::article::{self, Article, Meta};
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

/// Expands files and directories (recursively, sorted) into input files. Symbolic links are
/// followed; a directory reached twice (a link loop) is walked once.
pub fn collect(paths: &[PathBuf]) -> Result<Vec<Input>> {
    let mut out = Vec::new();
    let mut visited = std::collections::BTreeSet::new();
    for p in paths {
        let meta =
            std::fs::metadata(p).map_err(|e| anyhow!("{}: {}", p.display(), io_reason(&e)))?;
        if meta.is_dir() {
            walk(p, &mut visited, &mut out)?;
        } else if meta.is_file() {
            out.push(Input {
                path: p.clone(),
                doc: p.to_string_lossy().into_owned(),
            });
        } else {
            bail!("{}: not a regular file or directory", p.display());
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    out.retain(|i| seen.insert(i.doc.clone()));
    Ok(out)
}

fn walk(
    dir: &Path,
    visited: &mut std::collections::BTreeSet<PathBuf>,
    out: &mut Vec<Input>,
) -> Result<()> {
    let real =
        std::fs::canonicalize(dir).map_err(|e| anyhow!("{}: {}", dir.display(), io_reason(&e)))?;
    if !visited.insert(real) {
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| anyhow!("{}: {}", dir.display(), io_reason(&e)))?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<_>>()
        .map_err(|e| anyhow!("{}: {}", dir.display(), io_reason(&e)))?;
    entries.sort();
    for p in entries {
        let wanted = p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e));
        match std::fs::metadata(&p) {
            Ok(m) if m.is_dir() => walk(&p, visited, out)?,
            Ok(m) if m.is_file() && wanted => out.push(Input {
                doc: p.to_string_lossy().into_owned(),
                path: p,
            }),
            Ok(_) if wanted => bail!("{}: not a regular file", p.display()),
            Ok(_) => {}
            // A broken link or unreadable entry that looks like an article is an error, not a skip.
            Err(e) if wanted => bail!("{}: {}", p.display(), io_reason(&e)),
            Err(_) => {}
        }
    }
    Ok(())
}

/// A short reason for an I/O error, without Rust's "(os error N)" noise.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
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

/// The manifest to use: the one named, else `manifest.csv` in each given directory or in the
/// directory of each given file.
pub fn manifests(explicit: Option<&Path>, paths: &[PathBuf]) -> Result<Manifest> {
    if let Some(m) = explicit {
        return read_manifest(m);
    }
    let mut out = Manifest::new();
    let mut dirs: Vec<&Path> = paths
        .iter()
        .map(|p| {
            if p.is_dir() {
                p.as_path()
            } else {
                p.parent().unwrap_or(Path::new(""))
            }
        })
        .collect();
    dirs.dedup();
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

/// Reads and extracts every input in parallel, in input order; the first failure (in input
/// order) is returned with the file's path.
pub fn load(
    inputs: &[Input],
    manifest: &Manifest,
    progress: &indicatif::ProgressBar,
) -> Result<(Vec<Article>, Vec<Extraction>)> {
    let default = Meta::default();
    let results: Vec<Result<(Article, Extraction)>> = inputs
        .par_iter()
        .map(|input| {
            let meta = manifest.get(&input.path).unwrap_or(&default);
            let mut a = article::read(&input.path, input.doc.clone(), meta)
                .map_err(|e| anyhow!("{}: {:#}", input.doc, e))?;
            let ex = extract::extract(&a);
            // Claims carry their evidence; the text itself is no longer needed.
            a.release_text();
            progress.inc(1);
            Ok((a, ex))
        })
        .collect();
    let mut articles = Vec::with_capacity(results.len());
    let mut extractions = Vec::with_capacity(results.len());
    for r in results {
        let (a, e) = r?;
        articles.push(a);
        extractions.push(e);
    }
    Ok((articles, extractions))
}
