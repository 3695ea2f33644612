//! Indexing throughput of the warta analyzer and schema against bare tantivy, on the same
//! title + body text, without extraction:
//!
//! ```text
//! cargo run --release -p warta-index --example ingest_baseline -- articles.jsonl
//! ```
//!
//! Reads JSON lines with `id`, `title` and `text`; builds (1) a bare tantivy index of
//! title + body with the default tokenizer and (2) a warta index of the same articles (no
//! entities), each in a fresh temporary directory, and prints articles/s and MB/s for each.

use std::time::Instant;

use tantivy::schema::{Schema, STORED, STRING, TEXT};
use tantivy::{doc, Index};
use warta_core::Article;
use warta_index::{CreateMode, IndexOptions, WartaIndex, WriterOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: ingest_baseline FILE.jsonl")?;
    let text = std::fs::read_to_string(path)?;
    let mut articles = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let field = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
        let mut a = Article::new(field("id"), field("text"));
        a.title = Some(field("title")).filter(|t| !t.is_empty());
        articles.push(a);
    }
    let bytes: usize = articles
        .iter()
        .map(|a| a.text.len() + a.title.as_ref().map_or(0, |t| t.len()))
        .sum();
    let report = |name: &str, secs: f64, docs: u64| {
        println!(
            "{name:<28} {docs} articles in {secs:.2} s: {:.0} articles/s, {:.1} MB/s",
            docs as f64 / secs,
            bytes as f64 / 1e6 / secs
        );
    };

    // The analyzers alone: tantivy's default tokenizer against warta's `id` and `id_stem`.
    let analyzers = [
        (
            "tokenize: tantivy default",
            tantivy::tokenizer::TextAnalyzer::from(tantivy::tokenizer::SimpleTokenizer::default()),
        ),
        (
            "tokenize: tantivy default+lc",
            tantivy::tokenizer::TextAnalyzer::builder(
                tantivy::tokenizer::SimpleTokenizer::default(),
            )
            .filter(tantivy::tokenizer::RemoveLongFilter::limit(40))
            .filter(tantivy::tokenizer::LowerCaser)
            .build(),
        ),
        ("tokenize: warta id", warta_index::analyzer::id_analyzer()),
        (
            "tokenize: warta id_stem",
            warta_index::analyzer::id_stem_analyzer(Default::default()),
        ),
    ];
    for (name, mut analyzer) in analyzers {
        let started = Instant::now();
        let mut tokens = 0u64;
        for a in &articles {
            let mut stream = analyzer.token_stream(&a.text);
            while stream.advance() {
                tokens += 1;
            }
        }
        report(name, started.elapsed().as_secs_f64(), articles.len() as u64);
        println!("{:<28} {tokens} tokens", "");
    }

    // Bare tantivy, default tokenizer, title + body (+ a raw id, as warta has).
    let dir = tempfile::tempdir()?;
    let mut b = Schema::builder();
    let id = b.add_text_field("id", STRING | STORED);
    let title = b.add_text_field("title", TEXT);
    let body = b.add_text_field("body", TEXT);
    let index = Index::create_in_dir(dir.path(), b.build())?;
    let started = Instant::now();
    let mut writer: tantivy::IndexWriter = index.writer(256 << 20)?;
    for a in &articles {
        writer.add_document(doc!(id => a.id.as_str(), title => a.title.clone().unwrap_or_default(), body => a.text.as_str()))?;
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    let docs = index.reader()?.searcher().num_docs();
    report(
        "bare tantivy (default)",
        started.elapsed().as_secs_f64(),
        docs,
    );

    // warta: id_stem analyzer on title + body, stored Article JSON, replace-by-id.
    let dir = tempfile::tempdir()?;
    let started = Instant::now();
    let index = WartaIndex::open_or_create(
        dir.path(),
        CreateMode::OpenOrCreate,
        IndexOptions::default(),
    )?;
    let mut writer = index.writer(WriterOptions::default())?;
    for a in &articles {
        writer.add(a)?;
    }
    writer.finish()?;
    report(
        "warta (id_stem, stored JSON)",
        started.elapsed().as_secs_f64(),
        index.num_articles(),
    );
    Ok(())
}
