//! `warta extract`. (Minimal version.)

use std::io::Write;

use warta_core::{ExtractOptions, Extractor, TaggerMode};

use crate::cli::{ExtractArgs, ExtractFormat};
use crate::commands::Outcome;

/// Run the command.
pub fn run(args: ExtractArgs) -> anyhow::Result<Outcome> {
    let extractor = Extractor::new(ExtractOptions {
        reference_date: args.input.reference_date,
        tagger: if args.input.no_tagger {
            TaggerMode::Off
        } else {
            TaggerMode::Default
        },
    })?;
    let inputs = crate::input::read_all(&args.input.paths)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for input in &inputs {
        let article = extractor.extract(input);
        match args.format {
            ExtractFormat::Pretty => serde_json::to_writer_pretty(&mut out, &article)?,
            _ => serde_json::to_writer(&mut out, &article)?,
        }
        writeln!(out)?;
    }
    out.flush()?;
    Ok(Outcome::Success)
}
