//! `claimdiff stories`: read → extract → sort into stories, and print the grouping as CSV
//! (story, title, outlets, articles) on stdout.

use crate::cli::{InputArgs, StoriesArgs};
use crate::report;
use anyhow::Result;
use std::process::ExitCode;

pub fn run(args: StoriesArgs) -> Result<ExitCode> {
    let input = InputArgs {
        paths: args.paths,
        manifest: args.manifest,
        quiet: true,
        keep_going: args.keep_going,
        stories: args.stories,
    };
    let loaded = super::load(&input, None)?;
    let stories = crate::story::stories(&loaded.articles);
    // A closed pipe (`| head`) ends the run quietly in main.
    report::write_csv(
        report::story_table(&loaded.articles, &stories),
        false,
        std::io::stdout().lock(),
    )?;
    Ok(ExitCode::SUCCESS)
}
