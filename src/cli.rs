//! Command-line interface: clap's derive options. Every flag says what it does with an
//! example. It must not do any work itself.

use crate::report::Format;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "claimdiff",
    version,
    about = "Find where news outlets disagree: figures, dates, times, durations, quotes and names, side by side.",
    long_about = "claimdiff reads articles about the same story from several outlets, extracts every \
checkable claim (how many, when, how long, who said what), aligns the claims that fill the same \
slot of the same event, and reports where the outlets disagree.\n\n\
Examples:\n  claimdiff compare fixtures/articles\n  claimdiff compare archive/ --out reports --format csv,html,jsonl --excel\n  \
claimdiff extract fixtures/articles --format jsonl | head\n  claimdiff eval fixtures\n  claimdiff completions bash > /etc/bash_completion.d/claimdiff"
)]
pub struct Opts {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare articles and write discrepancy reports (CSV, HTML, JSON Lines).
    ///
    /// Exit code 0: no discrepancy; 1: discrepancies found; 2: error.
    /// Example: claimdiff compare fixtures/articles --out reports
    Compare(CompareArgs),
    /// Extract claims only, as CSV or JSON Lines, on stdout or into a file.
    ///
    /// Example: claimdiff extract fixtures/articles --format jsonl | head
    Extract(ExtractArgs),
    /// Print how the articles group into stories (story, title, outlets, articles) as CSV,
    /// without comparing them; `--stories auto` by default.
    ///
    /// Example: claimdiff stories feed/ --stories auto
    Stories(StoriesArgs),
    /// Score extraction against gold annotations; exit 1 when a score falls under its threshold.
    ///
    /// Example: claimdiff eval fixtures
    Eval(EvalArgs),
    /// Write a synthetic scale corpus (for benchmarks): N articles over K events, with the
    /// injected conflicts listed in injected.csv.
    ///
    /// Example: claimdiff generate --articles 100000 --events 10000 --out /tmp/scale
    #[command(hide = true)]
    Generate(GenerateArgs),
    /// Print a shell completion script.
    ///
    /// Example: claimdiff completions zsh > ~/.zfunc/_claimdiff
    Completions {
        /// The shell: bash, zsh, fish, elvish or powershell.
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Args)]
pub struct InputArgs {
    /// Article files or directories, read recursively (*.txt, *.text, *.html, *.htm).
    /// Example: fixtures/articles
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// CSV with columns file,outlet,published,url,language[,story]; by default a manifest.csv
    /// inside a given directory (or beside a given file) is used when present.
    /// Example: --manifest fixtures/articles/manifest.csv
    #[arg(long, value_name = "FILE")]
    pub manifest: Option<PathBuf>,
    /// Draw no progress bar (it is drawn only on a terminal, for runs over a second).
    /// Example: -q
    #[arg(long, short)]
    pub quiet: bool,
    /// Read every other file when one cannot be read (unreadable, not text, vanished, a broken
    /// link, a FIFO): each skipped file is listed on stderr with its reason and in
    /// articles.csv (status column), and counted in the summary. Without it the first such
    /// file stops the run with exit code 2. Example: --keep-going
    #[arg(long)]
    pub keep_going: bool,
    /// How articles are sorted into stories (only articles of one story are compared): folder
    /// (each folder is a story; a manifest's `story` column wins), manifest (the manifest's
    /// `story` column, required for every article), auto (grouped from what the articles
    /// report: titles, names, claim sentences, publication dates). Example: --stories auto
    #[arg(long, value_enum, default_value = "folder")]
    pub stories: crate::group::StoryMode,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Directory the reports are written into (created if missing; files replaced only when
    /// the new ones are complete). Example: --out reports
    #[arg(long, value_name = "DIR", default_value = "reports")]
    pub out: PathBuf,
    /// Report formats, comma-separated: csv (discrepancies/claims/articles.csv), html
    /// (index.html), jsonl (the same tables as JSON Lines). Example: --format csv,html,jsonl
    #[arg(long, value_delimiter = ',', default_value = "csv,html")]
    pub format: Vec<Format>,
    /// Start CSV files with a UTF-8 byte-order mark so Excel shows Vietnamese correctly.
    /// Example: --excel
    #[arg(long)]
    pub excel: bool,
    /// Compare claims read from JSON Lines shard rows (`claimdiff extract --format jsonl`)
    /// instead of articles; `-` reads standard input. Example: --claims claims.jsonl
    #[arg(long, value_name = "FILE", conflicts_with = "paths")]
    pub claims: Option<PathBuf>,
    #[command(flatten)]
    pub alignment: AlignArgs,
    /// Report only rows whose score (the probability that the row is a real disagreement)
    /// is at least P; the default is the `min_score` row of the weights file (chosen on the gold).
    /// Example: --min-score 0.8
    #[arg(long, value_name = "P", value_parser = probability)]
    pub min_score: Option<f64>,
}

#[derive(Debug, Args)]
pub struct AlignArgs {
    /// Alignment weights to use instead of the built-in ones (a file `claimdiff eval learn`
    /// writes). Example: --weights my-weights.csv
    #[arg(long, value_name = "FILE")]
    pub weights: Option<PathBuf>,
}

fn probability(s: &str) -> Result<f64, String> {
    let p: f64 = s.parse().map_err(|_| format!("{s:?} is not a number"))?;
    if (0.0..=1.0).contains(&p) {
        Ok(p)
    } else {
        Err(format!("{p} is not a probability (0 to 1)"))
    }
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Write into FILE instead of stdout (`-` is stdout). Example: -o claims.jsonl
    #[arg(long, short, value_name = "FILE", default_value = "-")]
    pub output: PathBuf,
    /// csv (the claims.csv columns) or jsonl (shard rows: everything `compare --claims` needs,
    /// with the block_key a distributed run partitions by). Example: --format jsonl
    #[arg(long, default_value = "csv")]
    pub format: Format,
    /// Start CSV output with a UTF-8 byte-order mark (for Excel). Example: --excel
    #[arg(long)]
    pub excel: bool,
    #[command(flatten)]
    pub alignment: AlignArgs,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct EvalArgs {
    #[command(subcommand)]
    pub command: Option<EvalCommand>,
    /// Directory holding gold/ (annotations) and the annotated articles. Example: fixtures
    #[arg(value_name = "DIR", default_value = "fixtures")]
    pub dir: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Run compare on a corpus and score its rows against a gold of conflicts (as
    /// ../shared/gold/score.py does); exit 1 under the thresholds.
    ///
    /// Example: claimdiff eval conflicts ../shared/corpora/vims-dev --gold ../shared/gold/conflicts.csv --read ../shared/gold/read.csv
    Conflicts(EvalConflictsArgs),
    /// Learn alignment weights from a gold of conflicts and agreements, on all read clusters
    /// or one half of them, and write a weights file.
    ///
    /// Example: claimdiff eval learn ../shared/corpora/vims-dev --gold ../shared/gold/conflicts.csv --agree ../shared/gold/agree.csv --read ../shared/gold/read.csv --half odd -o weights-odd.csv
    Learn(LearnArgs),
}

#[derive(Debug, Args)]
pub struct EvalConflictsArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Gold conflicts: cluster,kind,what,value_x,docs_x,value_y,docs_y.
    /// Example: --gold ../shared/gold/conflicts.csv
    #[arg(long, value_name = "FILE")]
    pub gold: PathBuf,
    /// Clusters read in full (precision is measured on these); default: every cluster of the
    /// gold. Example: --read ../shared/gold/read.csv
    #[arg(long, value_name = "FILE")]
    pub read: Option<PathBuf>,
    /// Directory for the report it scores (discrepancies.csv…), misses.csv and false.csv.
    /// Example: --out reports/eval
    #[arg(long, value_name = "DIR", default_value = "reports/eval")]
    pub out: PathBuf,
    #[command(flatten)]
    pub alignment: AlignArgs,
    /// As compare's --min-score. Example: --min-score 0.8
    #[arg(long, value_name = "P", value_parser = probability)]
    pub min_score: Option<f64>,
    /// Fail (exit 1) when overall recall is under R. Example: --min-recall 0.85
    #[arg(long, value_name = "R", value_parser = probability, default_value_t = 0.85)]
    pub min_recall: f64,
    /// Fail when the recall of any kind is under R. Example: --min-kind-recall 0.7
    #[arg(long, value_name = "R", value_parser = probability, default_value_t = 0.70)]
    pub min_kind_recall: f64,
    /// Fail when precision on the read clusters is under P. Example: --min-precision 0.85
    #[arg(long, value_name = "P", value_parser = probability, default_value_t = 0.85)]
    pub min_precision: f64,
}

#[derive(Debug, Args)]
pub struct LearnArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Gold conflicts. Example: --gold ../shared/gold/conflicts.csv
    #[arg(long, value_name = "FILE")]
    pub gold: PathBuf,
    /// Gold agreements (cluster,what,value,docs). Example: --agree ../shared/gold/agree.csv
    #[arg(long, value_name = "FILE")]
    pub agree: PathBuf,
    /// Clusters read in full: only these are learned from. Example: --read ../shared/gold/read.csv
    #[arg(long, value_name = "FILE")]
    pub read: PathBuf,
    /// Learn from all read clusters, or only the odd- or even-numbered ones.
    /// Example: --half odd
    #[arg(long, value_enum, default_value = "all")]
    pub half: crate::eval::learn::Half,
    /// Learn this many times, each on seven in ten of the clusters, and average the weights
    /// (0: learn once on all of them). Example: --runs 0
    #[arg(long, default_value_t = 30)]
    pub runs: usize,
    /// The weights file to write. Example: -o src/align/weights.csv
    #[arg(long, short, value_name = "FILE")]
    pub output: PathBuf,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// How many articles. Example: --articles 100000
    #[arg(long, default_value_t = 1000)]
    pub articles: usize,
    /// How many events (one folder each). Example: --events 10000
    #[arg(long, default_value_t = 100)]
    pub events: usize,
    /// Directory to write into. Example: --out /tmp/scale
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Seed of the generator (same seed, same bytes). Example: --seed 7
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Filler sentences per article (about 150 bytes each). Example: --filler 30
    #[arg(long, default_value_t = 30)]
    pub filler: usize,
}

#[derive(Debug, Args)]
pub struct StoriesArgs {
    /// Article files or directories, read recursively. Example: feed/
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// As for compare. Example: --manifest feed/manifest.csv
    #[arg(long, value_name = "FILE")]
    pub manifest: Option<PathBuf>,
    /// How articles are sorted into stories: folder, manifest or auto. Example: --stories folder
    #[arg(long, value_enum, default_value = "auto")]
    pub stories: crate::group::StoryMode,
    /// Read every other file when one cannot be read. Example: --keep-going
    #[arg(long)]
    pub keep_going: bool,
}
