//! `claimdiff extract`: read → extract → align, and write claims only (CSV or JSON Lines).

use crate::align;
use crate::cli::ExtractArgs;
use crate::report::{self, Format};
use anyhow::{bail, Context, Result};
use std::io::Write;
use std::process::ExitCode;

pub fn run(args: ExtractArgs) -> Result<ExitCode> {
    let (articles, extractions) = super::load(&args.input)?;
    let records = align::align(&articles, &extractions);
    let table = report::claim_table(&articles, &records);
    let bytes = match args.format {
        Format::Csv => report::csv_bytes(&table, args.excel)?,
        Format::Jsonl => report::jsonl_bytes(&table)?,
        Format::Html => bail!("extract writes csv or jsonl"),
    };
    if args.output.as_os_str() == "-" {
        let mut out = std::io::stdout().lock();
        out.write_all(&bytes)?;
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
        report::write_atomically(&dir, &[(name, bytes)])?;
    }
    Ok(ExitCode::SUCCESS)
}
