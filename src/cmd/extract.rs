//! `claimdiff extract`: read → extract → align, and write claims only (CSV or JSON Lines),
//! streamed to stdout or into a file that appears only when complete.

use crate::align;
use crate::cli::ExtractArgs;
use crate::report::{self, Format, Table};
use anyhow::{bail, Context, Result};
use std::io::Write;
use std::process::ExitCode;

fn write(table: Table, format: Format, excel: bool, out: &mut dyn Write) -> Result<()> {
    match format {
        Format::Csv => report::write_csv(table, excel, out),
        Format::Jsonl => report::write_jsonl(table, out),
        Format::Html => bail!("extract writes csv or jsonl"),
    }
}

pub fn run(args: ExtractArgs) -> Result<ExitCode> {
    if args.format == Format::Html {
        bail!("extract writes csv or jsonl, not html");
    }
    let loaded = super::load(&args.input)?;
    let articles = loaded.articles;
    let records = align::align(&articles, loaded.extractions);
    let table = report::claim_table(&articles, &records);
    if args.output.as_os_str() == "-" {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        write(table, args.format, args.excel, &mut out)?;
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
        staged.add(&name, |w| write(table, args.format, args.excel, w))?;
        staged.commit()?;
    }
    Ok(ExitCode::SUCCESS)
}
