//! `claimdiff eval`: score extraction against the gold annotations under a directory;
//! `eval conflicts`: run compare on a corpus and score it against a gold of conflicts;
//! `eval learn`: learn alignment weights from such a gold.

use crate::cli::{EvalArgs, EvalCommand, EvalConflictsArgs, LearnArgs};
use crate::eval::{self, conflicts, learn};
use crate::{align, compare, report};
use anyhow::{Context, Result};
use std::process::ExitCode;

pub fn run(args: EvalArgs) -> Result<ExitCode> {
    match args.command {
        Some(EvalCommand::Conflicts(a)) => run_conflicts(a),
        Some(EvalCommand::Learn(a)) => run_learn(a),
        None => run_extraction(&args.dir),
    }
}

fn run_extraction(dir: &std::path::Path) -> Result<ExitCode> {
    let result = eval::run(dir)?;
    print!("{}", eval::table(&result));
    let failures = eval::check_thresholds(&result, &eval::read_thresholds(dir)?);
    for f in &failures {
        eprintln!("claimdiff eval: {f}");
    }
    Ok(if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn run_conflicts(args: EvalConflictsArgs) -> Result<ExitCode> {
    report::prepare_dir(&args.out)?;
    let gold = conflicts::read_conflicts(&args.gold)?;
    let read = match &args.read {
        Some(path) => conflicts::read_clusters(path)?,
        None => gold.conflicts.iter().map(|g| g.cluster.clone()).collect(),
    };
    let weights = super::weights(&args.alignment)?;
    let min_score = args.min_score.unwrap_or(weights.min_score);
    let loaded = super::load(&args.input, Some(&args.out))?;
    let mut records = align::align(&loaded.articles, loaded.extractions);
    let matches = align::pair(&loaded.articles, &mut records, &weights);
    let found = compare::compare(&loaded.articles, &records, &matches, &weights, min_score);
    let stories = crate::story::stories(&loaded.articles);
    let reports = report::Reports {
        articles: &loaded.articles,
        records: &records,
        discrepancies: &found,
        stories: &stories,
        skipped: &loaded.skipped,
    };
    report::write_reports(&args.out, &[report::Format::Csv], false, &reports)?;
    // Scored from the file written, as the referee reads it.
    let (header, rows) = conflicts::read_rows(&args.out.join("discrepancies.csv"))?;
    let s = conflicts::score(&rows, &gold.conflicts, &read);
    conflicts::write_details(&args.out, &gold, &header, &rows, &s)?;
    print!("{}", conflicts::summary(&s));
    print!("{}", conflicts::calibration(&rows, &s));
    let mut failures = Vec::new();
    if s.recall_all() < args.min_recall {
        failures.push(format!(
            "recall {:.3} is under {}",
            s.recall_all(),
            args.min_recall
        ));
    }
    for (kind, (f, t)) in &s.recall {
        let r = *f as f64 / *t as f64;
        if r < args.min_kind_recall {
            failures.push(format!(
                "recall of {kind} {r:.3} is under {}",
                args.min_kind_recall
            ));
        }
    }
    if s.precision_all() < args.min_precision {
        failures.push(format!(
            "precision {:.3} is under {}",
            s.precision_all(),
            args.min_precision
        ));
    }
    for f in &failures {
        eprintln!("claimdiff eval conflicts: {f}");
    }
    eprintln!("claimdiff: misses and false rows in {}", args.out.display());
    Ok(if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn run_learn(args: LearnArgs) -> Result<ExitCode> {
    let reading = learn::Reading {
        conflicts: conflicts::read_conflicts(&args.gold)?.conflicts,
        agree: conflicts::read_agree(&args.agree)?,
        read: conflicts::read_clusters(&args.read)?,
    }
    .only(args.half);
    let loaded = super::load(&args.input, None)?;
    let mut records = align::align(&loaded.articles, loaded.extractions);
    let bar = super::progress(args.runs, args.input.quiet, "learning runs");
    let (weights, learned) =
        learn::learn(&loaded.articles, &mut records, &reading, args.runs, &|| {
            bar.inc(1)
        });
    bar.finish_and_clear();
    let half = match args.half {
        learn::Half::All => "all",
        learn::Half::Odd => "odd",
        learn::Half::Even => "even",
    };
    let mut header = format!(
        "Alignment weights learned by `claimdiff eval learn --half {half}` on {} read clusters.\n\
         Per family: pairs of claims compared, and how many the gold calls one thing:\n",
        learned.training_clusters
    );
    for (family, (pairs, matches)) in &learned.samples {
        header.push_str(&format!(
            "  {family}: {pairs} pairs, {matches:.1} matches\n"
        ));
    }
    if learned.runs > 0 {
        header.push_str(&format!(
            "Averaged over {} runs, each on seven in ten of those clusters (--runs).\n",
            learned.runs
        ));
    }
    header.push_str(&format!(
        "On those clusters: recall {:.3}, precision {:.3}.\n\
         m = P(level | match), u = P(level | any pair), weight = log2(m/u) in bits.",
        learned.recall, learned.precision
    ));
    let text = weights.to_csv(&header);
    std::fs::write(&args.output, text)
        .with_context(|| format!("{}: cannot write", args.output.display()))?;
    eprintln!(
        "claimdiff: weights learned on {} clusters written to {} (training recall {:.3}, precision {:.3})",
        learned.training_clusters,
        args.output.display(),
        learned.recall,
        learned.precision
    );
    Ok(ExitCode::SUCCESS)
}
