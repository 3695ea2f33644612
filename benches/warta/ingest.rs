//! The analyzer against tantivy's default tokenizer, and `warta index` end to end against
//! bare tantivy indexing of the same title and body with the same writer budget.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Instant;

use tantivy::schema::{Schema, STORED, TEXT};
use tantivy::tokenizer::{TextAnalyzer, TokenizerManager};
use tantivy::{doc, Index, IndexWriter};

use crate::measure::{repeat, run_measured, Measured, Row, Throughput};
use crate::{repeated, Article, Config};

/// `warta index`'s default writer budget, used for both sides.
pub const MEMORY_MB: usize = 256;

/// Articles per commit on both sides: the size of the small ingest (`warta index`'s
/// default of 10,000 in the full run), so that the small memory run is one batch and the
/// large one many, in the quick run too.
pub fn batch(config: &Config) -> usize {
    config.ingest_articles
}

fn count_tokens(analyzer: &mut TextAnalyzer, corpus: &[Article]) -> u64 {
    let mut n = 0u64;
    for a in corpus {
        for field in [a.title.as_deref().unwrap_or(""), &a.text] {
            let mut stream = analyzer.token_stream(field);
            while stream.advance() {
                n += 1;
            }
        }
    }
    n
}

pub fn analyzer(config: &Config, corpus: &[Article]) -> Vec<Row> {
    let bytes: u64 = corpus.iter().map(|a| a.text.len() as u64).sum();
    let n = corpus.len() as u64;
    let Some(mut default) = TokenizerManager::default().get("default") else {
        return vec![Row::new("analyzer", "n/a: no tantivy default tokenizer")];
    };
    let (base, tokens) = repeat(
        "tantivy default tokenizer",
        bytes,
        n,
        config.min_time,
        || count_tokens(&mut default, corpus),
    );
    let mut rows = vec![Row::throughput(
        "analyzer: tantivy default",
        &base,
        format!("{tokens} tokens"),
    )];
    rows.push(id_stem_row(config, corpus, &base));
    rows
}

/// warta's `id_stem` analyzer (word spans, lower case, stop words, stemming) on the same
/// title and body.
fn id_stem_row(config: &Config, corpus: &[Article], base: &Throughput) -> Row {
    let bytes: u64 = corpus.iter().map(|a| a.text.len() as u64).sum();
    let stemmer = Arc::new(warta_core::lang::stem::Stemmer::new());
    let mut analyzer = warta_index::analyzer::id_stem_analyzer(stemmer);
    let (t, tokens) = repeat(
        "warta id_stem",
        bytes,
        corpus.len() as u64,
        config.min_time,
        || count_tokens(&mut analyzer, corpus),
    );
    Row::throughput(
        "analyzer: warta id_stem",
        &t,
        format!("{tokens} tokens (stop words dropped)"),
    )
    .ratio(t.mb_s() / base.mb_s(), "vs default")
}

/// The corpus of `n` articles as JSON lines, written once into the cache.
pub fn corpus_file(config: &Config, corpus: &[Article], n: usize) -> (PathBuf, u64) {
    let path = config.cache.join(format!("corpus-{n}.jsonl"));
    if !path.is_file() {
        let mut out = String::new();
        for a in repeated(corpus, n) {
            let mut v = serde_json::json!({"id": a.id, "text": a.text});
            if let Some(t) = &a.title {
                v["title"] = serde_json::Value::String(t.clone());
            }
            out.push_str(&v.to_string());
            out.push('\n');
        }
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, out).expect("write bench corpus");
        std::fs::rename(&tmp, &path).expect("rename bench corpus");
    }
    let len = std::fs::metadata(&path).map_or(0, |m| m.len());
    (path, len)
}

/// Bare tantivy: parse the same JSON lines, index title and body with the default tokenizer,
/// commit every `batch` articles. Returns the number of documents in the index.
pub fn bare_index(corpus_file: &Path, dir: &Path, batch: usize) -> tantivy::Result<u64> {
    let mut builder = Schema::builder();
    let id = builder.add_text_field("id", STORED);
    let title = builder.add_text_field("title", TEXT | STORED);
    let body = builder.add_text_field("body", TEXT | STORED);
    let index = Index::create_in_dir(dir, builder.build())?;
    let mut writer: IndexWriter = index.writer(MEMORY_MB << 20)?;
    let text = std::fs::read_to_string(corpus_file)?;
    for (i, line) in text.lines().enumerate() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let s = |k: &str| v[k].as_str().unwrap_or("").to_string();
        writer.add_document(doc!(id => s("id"), title => s("title"), body => s("text")))?;
        if (i + 1) % batch == 0 {
            writer.commit()?;
        }
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    let reader = Index::open_in_dir(dir)?.reader()?;
    Ok(reader.searcher().num_docs())
}

/// `warta index FILE --index DIR` with the defaults, measured.
pub fn warta_index(corpus_file: &Path, dir: &Path, batch: usize) -> Measured {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_warta"));
    cmd.arg("index")
        .arg(corpus_file)
        .arg("--index")
        .arg(dir)
        .args([
            "--batch",
            &batch.to_string(),
            "--memory-mb",
            &MEMORY_MB.to_string(),
            "-q",
        ]);
    run_measured(cmd, None)
}

/// Documents in an index built by warta, read with tantivy directly.
pub fn num_docs(dir: &Path) -> Result<u64, String> {
    let index = Index::open_in_dir(dir).map_err(|e| e.to_string())?;
    let reader = index.reader().map_err(|e| e.to_string())?;
    Ok(reader.searcher().num_docs())
}

fn fresh_dir(config: &Config, name: &str) -> PathBuf {
    let dir = config.cache.join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create index dir");
    dir
}

/// The ingest rows, and the peak RSS of `warta index` on this many articles (for the
/// memory row).
pub fn run(config: &Config, corpus: &[Article]) -> (Vec<Row>, Option<(usize, u64)>) {
    let n = config.ingest_articles;
    let (file, bytes) = corpus_file(config, corpus, n);
    let dir = fresh_dir(config, "ingest-bare");
    let start = Instant::now();
    let batch = batch(config);
    let docs = bare_index(&file, &dir, batch).expect("bare tantivy indexing");
    let bare = Throughput {
        bytes,
        articles: n as u64,
        elapsed: start.elapsed(),
    };
    assert_eq!(docs, n as u64, "bare tantivy lost documents");
    let mut rows = vec![Row::throughput(
        &format!("ingest: bare tantivy {}k", n / 1000),
        &bare,
        format!("{docs} docs, budget {MEMORY_MB} MB, commit every {batch}"),
    )];
    let dir = fresh_dir(config, "ingest-warta");
    let m = warta_index(&file, &dir, batch);
    let name = format!("ingest: warta index {}k", n / 1000);
    if !m.status.success() {
        let why = m.stderr.lines().last().unwrap_or("").trim().to_string();
        rows.push(Row::new(name, format!("n/a: warta index failed: {why}")));
        return (rows, None);
    }
    let docs = num_docs(&dir);
    assert_eq!(
        docs,
        Ok(n as u64),
        "warta index lost or duplicated articles"
    );
    let t = Throughput {
        bytes,
        articles: n as u64,
        elapsed: m.elapsed,
    };
    let ratio = t.mb_s() / bare.mb_s();
    rows.push(
        Row::throughput(
            &name,
            &t,
            format!("{n} docs, peak RSS {:.0} MB", m.peak_rss_kb as f64 / 1024.0),
        )
        .judge(ratio, ">= 0.5x bare", ratio >= 0.5),
    );
    (rows, Some((n, m.peak_rss_kb)))
}
