//! `warta train-ner`: train the name tagger on BIO files and write the model file, or
//! score an existing model file (`--evaluate`).

use std::io::Write;
use std::time::Instant;

use anyhow::Context;
use warta_core::ner::train::{self, DevScore, IndTag, TrainOptions, UncasedFiles};
use warta_core::ner::Tagger;

use crate::cli::{IndArg, TrainNerArgs, UncasedArg};
use crate::commands::Outcome;

/// Run the command.
pub fn run(args: TrainNerArgs) -> anyhow::Result<Outcome> {
    let ind = match args.ind {
        IndArg::Org => IndTag::Org,
        IndArg::Outside => IndTag::Outside,
        IndArg::Either => IndTag::Either,
    };
    let options = TrainOptions {
        epochs: args.epochs,
        ind,
        uncased: match args.uncased {
            UncasedArg::Neutral => UncasedFiles::Neutral,
            UncasedArg::Skip => UncasedFiles::Skip,
        },
        prune: args.prune,
        affixes: !args.no_affixes,
        lexicons: !args.no_lexicons,
        wide_context: !args.no_wide_context,
        seed: args.seed,
        runs: args.runs,
    };
    let mut stderr = std::io::stderr().lock();
    let mut corpora = Vec::new();
    for path in &args.train {
        let corpus =
            train::read_bio(path, ind).with_context(|| format!("reading {}", path.display()))?;
        describe(&mut stderr, "train", &corpus)?;
        corpora.push(corpus);
    }
    // Development files are scored the way the end-to-end evaluation scores them: IND as
    // an organization.
    let mut dev = Vec::new();
    for path in &args.dev {
        let corpus = train::read_bio(path, IndTag::Org)
            .with_context(|| format!("reading {}", path.display()))?;
        describe(&mut stderr, "dev", &corpus)?;
        dev.push(corpus);
    }
    if let Some(path) = &args.evaluate {
        let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
        let tagger =
            Tagger::from_bytes(&bytes).with_context(|| format!("loading {}", path.display()))?;
        writeln!(
            stderr,
            "model {}: {} feature rows, {} bytes",
            path.display(),
            tagger.feature_rows(),
            bytes.len()
        )?;
        for corpus in &dev {
            // Once to warm the caches, once measured.
            train::evaluate(&tagger, corpus);
            score_line(&mut stderr, &train::evaluate(&tagger, corpus));
        }
        return Ok(Outcome::Success);
    }
    let Some(output) = &args.output else {
        anyhow::bail!("no output file (-o) given");
    };
    let started = Instant::now();
    let trained = train::train(&corpora, &dev, &options, |report| {
        let _ = writeln!(
            stderr,
            "epoch {:>2}: {} wrong sentences, {} feature rows, {:.1}s",
            report.epoch, report.mistakes, report.rows, report.seconds
        );
        for d in &report.dev {
            score_line(&mut stderr, d);
        }
    });
    if trained.model.is_empty() {
        anyhow::bail!("training produced no model");
    }
    std::fs::write(output, &trained.model)
        .with_context(|| format!("writing {}", output.display()))?;
    writeln!(
        stderr,
        "kept epoch {} of {}; wrote {} ({} bytes) in {:.1}s",
        trained.best_epoch,
        trained.reports.len(),
        output.display(),
        trained.model.len(),
        started.elapsed().as_secs_f64()
    )?;
    Ok(Outcome::Success)
}

/// One line on stderr with the scores of a development file.
fn score_line(out: &mut impl Write, d: &DevScore) {
    let _ = writeln!(
        out,
        "  {:<45} PER {:.3}  ORG {:.3}  LOC {:.3}  ALL P {:.3} R {:.3} F1 {:.3}  {:.0} tok/s",
        d.name,
        d.per.f1(),
        d.org.f1(),
        d.loc.f1(),
        d.all.precision(),
        d.all.recall(),
        d.all.f1(),
        d.tokens_per_second
    );
}

/// One line on stderr saying what a BIO file holds.
fn describe(out: &mut impl Write, role: &str, corpus: &train::Corpus) -> std::io::Result<()> {
    let casing = if corpus.is_uncased() {
        ", lower-cased"
    } else {
        ""
    };
    writeln!(
        out,
        "{role} {}: {} sentences, {} tokens{casing}",
        corpus.name,
        corpus.sentences(),
        corpus.tokens()
    )
}
