//! warta's benchmarks, each beside the baseline it is judged against, in one table.
//!
//! `cargo bench --bench warta` (or `benches/run.sh`). `WARTA_BENCH_QUICK=1` runs a small
//! version (CI, under a minute); `WARTA_BENCH_DATA=DIR` points at the shared folder (the one holding `data/articles`)
//! (default: `../shared` or `../../shared` beside the checkout). `WARTA_BENCH_ONLY=extract,search`
//! runs some sections only (extract, tagger, analyzer, ingest, search, memory).
//!
//! Every measured pass checks its own output (word, entity, token and hit counts must be
//! non-zero where they can be and equal between passes), so a broken fast path cannot look
//! fast.

mod extract;
mod ingest;
mod inproc;
mod measure;
mod search;
mod tagger;

use std::path::{Path, PathBuf};
use std::time::Duration;

use measure::Row;

/// One article of the benchmark corpus.
#[derive(Clone)]
pub struct Article {
    pub id: String,
    pub title: Option<String>,
    pub text: String,
}

/// Sizes and times of one run.
pub struct Config {
    pub quick: bool,
    /// Minimum time of each throughput measurement.
    pub min_time: Duration,
    /// Articles of the real corpus the in-process extraction and analyzer passes read
    /// (`None`: all of them).
    pub pass_articles: Option<usize>,
    /// Articles in the ingest comparison (and the small memory run).
    pub ingest_articles: usize,
    /// Articles in the search index (and the large memory run).
    pub search_articles: usize,
    /// Rounds of the query mix.
    pub search_rounds: usize,
    /// Lines fed to `warta extract -` in the small and the large stdin run.
    pub stdin_lines: (usize, usize),
    /// Where the built indexes and corpora are kept between runs.
    pub cache: PathBuf,
}

impl Config {
    fn from_env() -> Self {
        let quick = std::env::var("WARTA_BENCH_QUICK").is_ok_and(|v| !v.is_empty() && v != "0");
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
        let cache = target.join("warta-bench");
        if quick {
            Config {
                quick,
                min_time: Duration::from_millis(300),
                pass_articles: Some(500),
                ingest_articles: 1_000,
                search_articles: 5_000,
                search_rounds: 3,
                stdin_lines: (500, 5_000),
                cache,
            }
        } else {
            Config {
                quick,
                min_time: Duration::from_secs(3),
                pass_articles: None,
                ingest_articles: 10_000,
                search_articles: 100_000,
                search_rounds: 10,
                stdin_lines: (10_000, 100_000),
                cache,
            }
        }
    }
}

fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("WARTA_BENCH_DATA") {
        return Some(PathBuf::from(dir));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    [root.join("../shared"), root.join("../../shared")]
        .into_iter()
        .find(|d| d.join("data/articles/indosum-dev.jsonl").is_file())
}

/// The real articles: the IndoSum dev set, then the seed articles.
fn load_corpus(dir: &Path) -> Vec<Article> {
    let path = dir.join("data/articles/indosum-dev.jsonl");
    let text = std::fs::read_to_string(&path).expect("read the IndoSum dev set");
    let mut out: Vec<Article> = text
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|v| {
            Some(Article {
                id: v["id"].as_str()?.to_string(),
                title: v["title"].as_str().map(str::to_string),
                text: v["text"].as_str()?.to_string(),
            })
        })
        .collect();
    let mut seeds: Vec<PathBuf> = std::fs::read_dir(dir.join("seeds"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    seeds.sort();
    for seed in seeds {
        if let Ok(text) = std::fs::read_to_string(&seed) {
            let id = seed.file_stem().map(|s| s.to_string_lossy().into_owned());
            out.push(Article {
                id: id.unwrap_or_default(),
                title: None,
                text,
            });
        }
    }
    out
}

/// `n` articles: the corpus repeated, each copy with new ids.
pub fn repeated(corpus: &[Article], n: usize) -> Vec<Article> {
    (0..n)
        .map(|i| {
            let a = &corpus[i % corpus.len()];
            Article {
                id: format!("{}~{}", a.id, i / corpus.len()),
                ..a.clone()
            }
        })
        .collect()
}

fn wanted(section: &str) -> bool {
    match std::env::var("WARTA_BENCH_ONLY") {
        Ok(only) if !only.is_empty() => only.split(',').any(|s| s.trim() == section),
        _ => true,
    }
}

fn main() {
    // The bare-tantivy search baseline runs as a child process of this binary, like
    // `warta search` does, so both sides pay the same process start and index open.
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some(search::BARE_SEARCH_ARG) {
        std::process::exit(search::bare_search_main(&args[2..]));
    }
    let Some(dir) = data_dir() else {
        println!("warta benches: skipped: the shared data folder (../shared/data/articles/indosum-dev.jsonl) is absent; set WARTA_BENCH_DATA");
        return;
    };
    let config = Config::from_env();
    let corpus = load_corpus(&dir);
    let bytes: usize = corpus.iter().map(|a| a.text.len()).sum();
    println!(
        "warta benches ({} mode): {} real articles, {:.1} MB, {} cores",
        if config.quick { "quick" } else { "full" },
        corpus.len(),
        bytes as f64 / 1e6,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    std::fs::create_dir_all(&config.cache).expect("create the bench cache dir");
    let mut rows: Vec<Row> = Vec::new();
    let pass = &corpus[..config
        .pass_articles
        .unwrap_or(corpus.len())
        .min(corpus.len())];
    if wanted("extract") {
        rows.extend(extract::run(&config, pass));
    }
    if wanted("tagger") {
        rows.extend(tagger::run(&config, pass));
    }
    if wanted("analyzer") {
        rows.extend(ingest::analyzer(&config, pass));
    }
    let mut small_rss = None;
    if wanted("ingest") {
        let (r, rss) = ingest::run(&config, &corpus);
        rows.extend(r);
        small_rss = rss;
    }
    if wanted("search") {
        rows.extend(search::run(&config, &corpus, small_rss));
    }
    if wanted("memory") {
        rows.extend(extract::stdin_memory(&config, &corpus));
    }
    measure::print_table(&rows);
}
