//! One file per subcommand, wiring the library's steps together. No logic lives here.

pub mod compare;
pub mod eval;
pub mod extract;
pub mod stories;

use crate::align::Weights;
use crate::cli::{AlignArgs, Command, InputArgs, Opts};
use crate::corpus;
use anyhow::Result;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::Duration;

pub fn run(opts: Opts) -> Result<ExitCode> {
    match opts.command {
        Command::Compare(args) => compare::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Stories(args) => stories::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Generate(args) => {
            let injected = crate::generate::write(
                &args.out,
                args.articles,
                args.events,
                args.seed,
                args.filler,
            )?;
            eprintln!(
                "claimdiff: wrote {} articles over {} events into {}, {} injected conflicts",
                args.articles,
                args.events,
                args.out.display(),
                injected.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Completions { shell } => {
            use clap::CommandFactory;
            let mut cmd = Opts::command();
            clap_complete::generate(shell, &mut cmd, "claimdiff", &mut std::io::stdout());
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The alignment weights a run uses: `--weights FILE`, else the built-in ones.
fn weights(args: &AlignArgs) -> Result<std::borrow::Cow<'static, Weights>> {
    Ok(match &args.weights {
        Some(path) => std::borrow::Cow::Owned(Weights::from_file(path)?),
        None => std::borrow::Cow::Borrowed(Weights::builtin()),
    })
}

/// A progress bar on stderr, drawn only on a terminal, without --quiet, and only once the run
/// has taken a second (short runs print nothing but the summary line).
fn progress(total: usize, quiet: bool, unit: &str) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::hidden());
    if quiet || !std::io::stderr().is_terminal() {
        return bar;
    }
    bar.set_style(
        ProgressStyle::with_template(&format!(
            "{{elapsed_precise}} [{{bar:30}}] {{pos}}/{{len}} {unit}"
        ))
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    let delayed = bar.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(1));
        if !delayed.is_finished() {
            delayed.set_draw_target(ProgressDrawTarget::stderr());
            delayed.enable_steady_tick(Duration::from_millis(250));
        }
    });
    bar
}

/// Reads and extracts the inputs a subcommand was given. With `--keep-going`, unreadable files
/// are listed on stderr and returned as skipped; otherwise the first one stops the run.
fn load(input: &InputArgs, exclude: Option<&std::path::Path>) -> Result<corpus::Loaded> {
    if input.paths.is_empty() {
        anyhow::bail!(
            "no PATH given: name article files or directories (or, for compare, --claims FILE)"
        );
    }
    let mut collected = corpus::collect(&input.paths);
    // Never read our own reports back as articles (`claimdiff compare .` writes into ./reports).
    if let Some(out) = exclude.and_then(|d| std::fs::canonicalize(d).ok()) {
        collected
            .inputs
            .retain(|i| std::fs::canonicalize(&i.path).map_or(true, |p| !p.starts_with(&out)));
    }
    let (inputs, mut problems) = if input.keep_going {
        (collected.inputs, collected.problems)
    } else {
        (collected.strict()?, Vec::new())
    };
    let files: Vec<std::path::PathBuf> = input
        .paths
        .iter()
        .cloned()
        .chain(inputs.iter().map(|i| i.path.clone()))
        .collect();
    let manifest = corpus::manifests(input.manifest.as_deref(), &files)?;
    if inputs.is_empty() && problems.is_empty() {
        anyhow::bail!("no article files (*.txt, *.html) under the given paths");
    }
    let bar = progress(inputs.len(), input.quiet, "articles");
    let loaded = corpus::load(&inputs, &manifest, &bar, input.keep_going);
    bar.finish_and_clear();
    let mut loaded = loaded?;
    set_stories(&mut loaded, &inputs, &manifest, input.stories)?;
    problems.append(&mut loaded.skipped);
    problems.sort_by(|a, b| a.doc.cmp(&b.doc));
    for p in &problems {
        eprintln!("claimdiff: skipped {}: {}", p.doc, p.reason);
    }
    loaded.skipped = problems;
    Ok(loaded)
}

/// Sorts the articles into stories as asked: folders (as read), the manifest's `story`
/// column (an article without one is an error naming it), or grouping by content.
fn set_stories(
    loaded: &mut corpus::Loaded,
    inputs: &[corpus::Input],
    manifest: &corpus::Manifest,
    mode: crate::group::StoryMode,
) -> Result<()> {
    use crate::group::StoryMode;
    match mode {
        StoryMode::Folder => {}
        StoryMode::Manifest => {
            let with_story: std::collections::HashSet<&str> = inputs
                .iter()
                .filter(|i| manifest.get(&i.path).is_some_and(|m| !m.story.is_empty()))
                .map(|i| i.doc.as_str())
                .collect();
            if let Some(a) = loaded
                .articles
                .iter()
                .find(|a| !with_story.contains(a.doc.as_str()))
            {
                anyhow::bail!(
                    "{}: no story in the manifest (--stories manifest needs a story column filled for every article)",
                    a.doc
                );
            }
        }
        StoryMode::Auto => {
            let stories = crate::group::assign(
                &loaded.articles,
                &loaded.extractions,
                &crate::group::SETTINGS,
            );
            for (a, s) in loaded.articles.iter_mut().zip(stories) {
                a.story = s;
            }
        }
    }
    Ok(())
}
