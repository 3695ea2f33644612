//! Throughput of the word, token and sentence spans against unicode-segmentation's word
//! splitting, on real news text.
//!
//! `cargo bench -p warta-core --bench word_spans` reads the IndoSum articles from
//! `$WARTA_BENCH_JSONL` (default `../shared/data/articles/indosum-dev.jsonl` from the
//! workspace or its parent folders) and falls back to built-in text.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use unicode_segmentation::UnicodeSegmentation;
use warta_core::lang::{sentences::sentence_spans, words::token_spans, words::word_spans};
use warta_core::text::normalize::normalize;

fn corpus() -> String {
    let given = std::env::var_os("WARTA_BENCH_JSONL").map(PathBuf::from);
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let found = given.into_iter().chain(
        manifest
            .ancestors()
            .map(|dir| dir.join("shared/data/articles/indosum-dev.jsonl")),
    );
    for path in found {
        if let Ok(data) = std::fs::read_to_string(&path) {
            let texts: Vec<String> = data
                .lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .filter_map(|v| v.get("text")?.as_str().map(normalize))
                .collect();
            eprintln!("corpus: {} ({} articles)", path.display(), texts.len());
            return texts.join("\n\n");
        }
    }
    eprintln!("corpus: built-in text");
    "Kepala Perwakilan Ombudsman Kalteng, Dr. Biroum melakukan kunjungan pada Senin \
     (20/01/2020) pukul 09.00 WIB ke Setda se-Kalteng; anak-anak, e-KTP, Rp1.000.000. "
        .repeat(20_000)
}

fn measure(name: &str, text: &str, run: impl Fn(&str) -> usize) -> Duration {
    let expected = run(text);
    let mut best = Duration::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        let count = run(text);
        best = best.min(start.elapsed());
        assert_eq!(count, expected, "{name}: count changed between runs");
    }
    let mb = text.len() as f64 / 1e6;
    println!(
        "{name:<34} {count:>9} spans  {ms:>8.2} ms  {rate:>8.1} MB/s",
        count = expected,
        ms = best.as_secs_f64() * 1e3,
        rate = mb / best.as_secs_f64()
    );
    best
}

fn main() {
    let text = corpus();
    let raw = text.replace("\n\n", "\u{A0}\r\n\r\n");
    measure("warta normalize (clean text)", &text, |t| {
        warta_core::text::normalize::normalize_cow(t).len()
    });
    measure("warta normalize (no-break, CRLF)", &raw, |t| {
        normalize(t).len()
    });
    println!("{:.1} MB of text", text.len() as f64 / 1e6);
    let ours = measure("warta word_spans", &text, |t| word_spans(t).count());
    measure("warta token_spans", &text, |t| token_spans(t).count());
    measure("warta sentence_spans", &text, |t| sentence_spans(t).len());
    let theirs = measure("unicode-segmentation unicode_words", &text, |t| {
        t.unicode_words().count()
    });
    measure("unicode-segmentation word_indices", &text, |t| {
        t.split_word_bound_indices()
            .filter(|(_, w)| w.chars().next().is_some_and(char::is_alphanumeric))
            .count()
    });
    println!(
        "word_spans is {:.1}x unicode_words",
        theirs.as_secs_f64() / ours.as_secs_f64()
    );
}
