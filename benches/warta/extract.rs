//! The floor (words with unicode-segmentation), extraction on one thread and on several,
//! extraction time on one huge line against one half as long, and the memory of
//! `warta extract` reading JSON lines on stdin.

use std::io::Write;
use std::process::Command;

use rayon::prelude::*;
use unicode_segmentation::UnicodeSegmentation;
use warta_core::{ExtractOptions, Extractor, Input};

use crate::measure::{repeat, run_measured, Row};
use crate::{Article, Config};

/// What an extracted article contributes to the output check: every list's length.
fn found(a: &warta_core::Article) -> u64 {
    (a.people.len()
        + a.organizations.len()
        + a.places.len()
        + a.dates.len()
        + a.agreements.len()
        + a.laws.len()
        + a.quotes.len()) as u64
}

/// Output checksum of one article: its text length (never zero for a real article) and the
/// number of facts found, kept apart so that either changing shows.
fn checksum(a: &warta_core::Article) -> u64 {
    ((a.text.len() as u64) << 20) + found(a)
}

pub fn run(config: &Config, corpus: &[Article]) -> Vec<Row> {
    let inputs: Vec<Input> = corpus
        .iter()
        .map(|a| Input {
            id: Some(a.id.clone()),
            title: a.title.clone(),
            text: a.text.clone(),
            ..Input::default()
        })
        .collect();
    let bytes: u64 = corpus.iter().map(|a| a.text.len() as u64).sum();
    let n = corpus.len() as u64;
    let options = ExtractOptions {
        reference_date: Some(time::macros::date!(2020 - 01 - 20)),
        ..ExtractOptions::default()
    };
    let extractor = match Extractor::new(options) {
        Ok(e) => e,
        Err(e) => {
            return vec![Row::new(
                "extract",
                format!("n/a: Extractor::new failed: {e}"),
            )]
        }
    };

    let (floor, words) = repeat("floor", bytes, n, config.min_time, || {
        corpus
            .iter()
            .map(|a| a.text.unicode_words().count() as u64)
            .sum()
    });
    let (one, check) = repeat("extract 1 thread", bytes, n, config.min_time, || {
        inputs.iter().map(|i| checksum(&extractor.extract(i))).sum()
    });
    let facts = check & ((1 << 20) - 1);
    let facts_note = if facts == 0 {
        " (no facts found: recognizers not merged yet)"
    } else {
        ""
    };
    let on_pool = |threads: usize, name: &str| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool");
        pool.install(|| {
            repeat(name, bytes, n, config.min_time, || {
                inputs
                    .par_iter()
                    .map(|i| checksum(&extractor.extract(i)))
                    .sum()
            })
        })
    };
    let (two, check2) = on_pool(2, "extract 2 threads");
    assert_eq!(check2, check, "2 threads gave other articles than 1 thread");
    let cores = std::thread::available_parallelism().map_or(1, |c| c.get());

    let mut rows = vec![
        Row::throughput("floor: unicode_words", &floor, format!("{words} words")),
        Row::throughput(
            "extract: 1 thread",
            &one,
            format!("{facts} facts per pass{facts_note}"),
        )
        .judge(
            one.mb_s() / floor.mb_s(),
            ">= 0.25x floor",
            one.mb_s() >= 0.25 * floor.mb_s(),
        ),
        Row::throughput("extract: 2 threads (rayon)", &two, "").judge(
            two.mb_s() / one.mb_s(),
            ">= 1.8x 1 thr",
            two.mb_s() >= 1.8 * one.mb_s(),
        ),
    ];
    if cores > 2 {
        let (all, _) = on_pool(cores, "extract all cores");
        rows.push(
            Row::throughput(&format!("extract: {cores} threads (rayon)"), &all, "")
                .ratio(all.mb_s() / one.mb_s(), "vs 1 thread"),
        );
    }
    if cores < 2 {
        rows[2].detail = "only 1 core: 2-thread scaling not measurable".into();
        rows[2].verdict = None;
    }
    rows.push(one_line_scaling(&extractor, corpus));
    rows
}

/// A scraped page can be one huge line: extraction time must grow linearly with it. The
/// corpus texts are joined into one line of 1 MB and one of 2 MB; the second may take at
/// most 2.5 times as long as the first.
fn one_line_scaling(extractor: &Extractor, corpus: &[Article]) -> Row {
    let name = "extract: one 2 MB line vs 1 MB";
    let line = |bytes: usize| {
        let mut s = String::with_capacity(bytes + 4096);
        for a in corpus.iter().cycle().take(corpus.len().max(1) * 1000) {
            if s.len() >= bytes {
                break;
            }
            s.push_str(&a.text.replace(['\n', '\r'], " "));
            s.push(' ');
        }
        let mut end = bytes.min(s.len());
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
        Input::from_text(s)
    };
    // Best of two runs each: the least disturbed by other work on the machine.
    let time = |input: &Input| {
        (0..2)
            .map(|_| {
                let start = std::time::Instant::now();
                let article = extractor.extract(input);
                let elapsed = start.elapsed();
                assert!(!article.text.is_empty(), "a long line gave no text");
                elapsed
            })
            .min()
            .unwrap_or_default()
    };
    let (small, large) = (line(1 << 20), line(2 << 20));
    if large.text.len() < 2 << 20 {
        return Row::new(name, "n/a: corpus too small");
    }
    let (a, b) = (time(&small), time(&large));
    let ratio = b.as_secs_f64() / a.as_secs_f64().max(1e-9);
    Row::new(
        name,
        format!("{:.2} s vs {:.2} s", b.as_secs_f64(), a.as_secs_f64()),
    )
    .judge(ratio, "<= 2.5x (linear: 2x)", ratio <= 2.5)
}

/// Peak RSS of `warta extract --format jsonl -` on a small and a large stream of JSON lines:
/// a streaming reader stays flat.
pub fn stdin_memory(config: &Config, corpus: &[Article]) -> Vec<Row> {
    let (small, large) = config.stdin_lines;
    let measure = |lines: usize| {
        let corpus: Vec<String> = corpus
            .iter()
            .map(|a| serde_json::json!({"id": a.id, "text": a.text}).to_string())
            .collect();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_warta"));
        cmd.args(["extract", "--format", "jsonl", "-"]);
        let feed = move |pipe: &mut dyn Write| {
            for i in 0..lines {
                if writeln!(pipe, "{}", corpus[i % corpus.len()]).is_err() {
                    return;
                }
            }
        };
        run_measured(cmd, Some(Box::new(feed)))
    };
    let a = measure(small);
    let b = measure(large);
    let name = format!(
        "memory: extract stdin {}k vs {}k lines",
        small / 1000,
        large / 1000
    );
    if !a.status.success() || !b.status.success() {
        let why = if a.status.success() {
            &b.stderr
        } else {
            &a.stderr
        };
        return vec![Row::new(
            name,
            format!("n/a: warta extract failed: {}", why.trim()),
        )];
    }
    let ratio = b.peak_rss_kb as f64 / a.peak_rss_kb.max(1) as f64;
    vec![Row::new(
        name,
        format!(
            "peak RSS {:.0} MB vs {:.0} MB ({:.1}s vs {:.1}s)",
            a.peak_rss_kb as f64 / 1024.0,
            b.peak_rss_kb as f64 / 1024.0,
            a.elapsed.as_secs_f64(),
            b.elapsed.as_secs_f64()
        ),
    )
    .judge(ratio, "<= 1.2x", ratio <= 1.2)]
}
