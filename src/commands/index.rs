//! `warta index`: extract articles in parallel and add them to the search index.
//!
//! One writer, fed in input order; a commit every `--batch` articles and at the end, so a
//! killed run loses at most the batch in progress, and a re-run replaces by id instead of
//! duplicating. The workers extract each article and build its index document (Article
//! JSON included) while the calling thread adds the previous chunk's documents to the
//! writer, whose own threads analyze and index them.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

use anyhow::Context;
use warta_index::{Added, CreateMode, IndexOptions, WartaIndex, WriterOptions};

use crate::cli::IndexArgs;
use crate::commands::extract::build_extractor;
use crate::commands::{Outcome, Tally};
use crate::{input, parallel};

/// Run the command.
pub fn run(args: IndexArgs) -> anyhow::Result<Outcome> {
    keep_large_blocks_mapped();
    let mode = if args.rebuild {
        CreateMode::Rebuild
    } else {
        CreateMode::OpenOrCreate
    };
    let index = WartaIndex::open_or_create(&args.index, mode, IndexOptions::default())
        .with_context(|| format!("opening the index at {}", args.index.display()))?;
    let mut writer = index.writer(WriterOptions {
        memory_bytes: args.memory_mb.saturating_mul(1 << 20),
        // Extraction is most of the work: one indexing thread keeps up with the workers,
        // and each batch becomes one segment.
        threads: Some(1),
        ..WriterOptions::default()
    })?;
    let extractor = build_extractor(&args.input)?;
    let started = Instant::now();
    let mut progress = Progress::new(!args.quiet && std::io::stderr().is_terminal());
    let mut tally = Tally::default();
    let mut counts = Counts::default();
    let batch = args.batch.max(1);
    let mut pending = 0;
    parallel::map_ordered_overlapped(
        input::open(&args.input.paths),
        args.input.threads.unwrap_or(0),
        |input| {
            let article = extractor.extract(&input);
            (input.text.len(), index.prepare(&article))
        },
        |item| {
            match item {
                Ok((bytes, prepared)) => {
                    counts.bytes += bytes;
                    match writer.add_prepared(prepared?)? {
                        Added::New => counts.new += 1,
                        Added::Replaced => counts.replaced += 1,
                    }
                    pending += 1;
                    if pending >= batch {
                        writer.commit()?;
                        pending = 0;
                    }
                }
                Err(err) => {
                    progress.clear();
                    tally.failed(&err);
                }
            }
            tally.done();
            progress.show(&counts, tally.failed, started);
            Ok(())
        },
    )?;
    writer.finish().context("committing the index")?;
    progress.clear();
    if !args.quiet {
        counts.summary(
            tally.failed,
            started.elapsed(),
            &args.index.display().to_string(),
        );
    }
    Ok(tally.finish())
}

/// glibc's malloc raises its mmap threshold each time a large block is freed; from then on
/// large blocks (the writer's 1 MB arena pages, remade for every batch) come from the heap,
/// which keeps freed space, and a long ingest's memory grows batch after batch. A fixed
/// threshold keeps every large block in a mapping of its own, returned when freed.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn keep_large_blocks_mapped() {
    use std::os::raw::c_int;
    extern "C" {
        fn mallopt(param: c_int, value: c_int) -> c_int;
    }
    const M_MMAP_THRESHOLD: c_int = -3;
    // SAFETY: mallopt only changes a setting of the allocator, which takes its own lock.
    unsafe {
        mallopt(M_MMAP_THRESHOLD, 128 << 10);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn keep_large_blocks_mapped() {}

#[derive(Debug, Default)]
struct Counts {
    new: usize,
    replaced: usize,
    bytes: usize,
}

impl Counts {
    fn summary(&self, failed: usize, elapsed: Duration, path: &str) {
        let secs = elapsed.as_secs_f64().max(1e-6);
        let done = self.new + self.replaced;
        eprintln!(
            "warta: indexed {done} articles ({} new, {} replaced, {failed} failed) into {path} \
             in {secs:.1} s: {:.0} articles/s, {:.1} MB/s",
            self.new,
            self.replaced,
            done as f64 / secs,
            self.bytes as f64 / 1e6 / secs,
        );
    }
}

/// A one-line progress display on stderr, redrawn at most four times a second.
struct Progress {
    enabled: bool,
    last: Option<Instant>,
}

impl Progress {
    fn new(enabled: bool) -> Self {
        Progress {
            enabled,
            last: None,
        }
    }

    fn show(&mut self, counts: &Counts, failed: usize, started: Instant) {
        if !self.enabled
            || self
                .last
                .is_some_and(|t| t.elapsed() < Duration::from_millis(250))
        {
            return;
        }
        self.last = Some(Instant::now());
        let done = counts.new + counts.replaced;
        let rate = done as f64 / started.elapsed().as_secs_f64().max(1e-6);
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\r\x1b[2Kindexing: {done} articles ({failed} failed), {:.1} MB, {rate:.0} articles/s",
            counts.bytes as f64 / 1e6
        );
        let _ = err.flush();
    }

    fn clear(&mut self) {
        if self.enabled && self.last.is_some() {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
            self.last = None;
        }
    }
}
