//! `claimdiff extract`: read → extract → align (scopes, pairing), and write claims only (CSV or JSON Lines),
//! streamed to stdout or into a file that appears only when complete.

use crate::align;
use crate::cli::ExtractArgs;
use crate::report::{self, Format};
use crate::shard;
use anyhow::{bail, Context, Result};
use std::io::Write;
use std::process::ExitCode;

fn write(run: &Run, format: Format, excel: bool, out: &mut dyn Write) -> Result<()> {
    match format {
        Format::Csv => {
            report::write_csv(report::claim_table(&run.articles, &run.records), excel, out)
        }
        // Shard rows: everything `compare --claims` needs.
        Format::Jsonl => shard::write(&run.articles, &run.records, &run.skipped, out),
        Format::Html => bail!("extract writes csv or jsonl"),
    }
}

struct Run {
    articles: Vec<crate::article::Article>,
    records: Vec<crate::align::Record>,
    skipped: Vec<crate::corpus::Skipped>,
}

pub fn run(args: ExtractArgs) -> Result<ExitCode> {
    if args.format == Format::Html {
        bail!("extract writes csv or jsonl, not html");
    }
    let loaded = super::load(&args.input, None)?;
    let weights = super::weights(&args.alignment)?;
    let mut records = align::align(&loaded.articles, loaded.extractions);
    // Pairing fills the group and sources columns.
    align::pair(&loaded.articles, &mut records, &weights);
    let run = Run {
        articles: loaded.articles,
        records,
        skipped: loaded.skipped,
    };
    if args.output.as_os_str() == "-" {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        write(&run, args.format, args.excel, &mut out)?;
        out.flush()?;
    } else {
        let dir = match args.output.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => std::path::PathBuf::from("."),
        };
        let name = args
            .output
            .file_name()
            .context("--output names no file")?
            .to_string_lossy()
            .into_owned();
        let mut staged = report::Staged::new(&dir);
        staged.add(&name, |w| write(&run, args.format, args.excel, w))?;
        staged.commit()?;
    }
    Ok(ExitCode::SUCCESS)
}
