//! `warta extract`: raw articles in, Article JSON out, in input order.

use std::io::{self, BufWriter};

use warta_core::{ExtractOptions, Extractor, TaggerMode};

use crate::cli::{ExtractArgs, InputArgs};
use crate::commands::{Outcome, Tally};
use crate::output::{serialize, RecordWriter};
use crate::{input, parallel};

/// Run the command.
pub fn run(args: ExtractArgs) -> anyhow::Result<Outcome> {
    let extractor = build_extractor(&args.input)?;
    let format = args.format;
    let stdout = io::stdout();
    let mut out = RecordWriter::new(BufWriter::with_capacity(1 << 16, stdout.lock()), format);
    let mut tally = Tally::default();
    parallel::map_ordered(
        input::open(&args.input.paths),
        args.input.threads.unwrap_or(0),
        |input| serialize(&extractor.extract(&input), format),
        |item| {
            match item {
                Ok(record) => out.write(&record?)?,
                Err(err) => tally.failed(&err),
            }
            tally.done();
            Ok(())
        },
    )?;
    out.finish()?;
    Ok(tally.finish())
}

/// The extractor the input options ask for.
pub fn build_extractor(args: &InputArgs) -> anyhow::Result<Extractor> {
    Ok(Extractor::new(ExtractOptions {
        reference_date: args.reference_date,
        tagger: if args.no_tagger {
            TaggerMode::Off
        } else {
            TaggerMode::Default
        },
    })?)
}
