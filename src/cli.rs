//! Command-line interface: clap's derive options, validated into the config each subcommand
//! runs with. It must not do any work itself.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "claimdiff",
    version,
    about = "Find where news outlets disagree: figures, dates, times and durations, side by side.",
    long_about = "claimdiff reads articles about the same story from several outlets, extracts every \
checkable claim (how many, when, how long), aligns the claims that fill the same slot of the same \
event, and reports where the outlets disagree.\n\nExample:\n  claimdiff compare fixtures/articles --out reports"
)]
pub struct Opts {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare articles and write discrepancies.csv, claims.csv and articles.csv.
    ///
    /// Exit code 0: no discrepancy; 1: discrepancies found; 2: error.
    /// Example: claimdiff compare fixtures/articles --out reports
    Compare(CompareArgs),
    /// Extract claims only, as CSV on stdout or into a file.
    ///
    /// Example: claimdiff extract fixtures/articles | head
    Extract(ExtractArgs),
    /// Score extraction against gold annotations; exit 1 when a score falls under its threshold.
    ///
    /// Example: claimdiff eval fixtures
    Eval(EvalArgs),
}

#[derive(Debug, Args)]
pub struct InputArgs {
    /// Article files or directories (read recursively: *.txt).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// CSV with columns file,outlet,published,url,language[,story]; default: manifest.csv
    /// inside a given directory, if present.
    #[arg(long, value_name = "FILE")]
    pub manifest: Option<PathBuf>,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Directory the reports are written into (created if missing).
    #[arg(long, value_name = "DIR", default_value = "reports")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Write into FILE instead of stdout (`-` is stdout).
    #[arg(long, short, value_name = "FILE", default_value = "-")]
    pub output: PathBuf,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Directory holding gold/ (annotations) and the annotated articles.
    #[arg(value_name = "DIR", default_value = "fixtures")]
    pub dir: PathBuf,
}
