//! Latency of a fixed mix of term, phrase, filtered and faceted queries, `warta search` /
//! `warta facets` against bare tantivy on an index of the same articles; and the peak RSS of
//! `warta index` on the large index against the small ingest.
//!
//! The bare index holds the same articles with the values warta extracted (read back from
//! the warta index): title and body with tantivy's default tokenizer, the names of places
//! and organizations as text fields for the filters, and the names of people, organizations
//! and places as fast string columns. Both sides run the same queries: a filter is a required clause on the
//! entity field, a facet query counts the entity values of the matching articles.
//!
//! The CLI rows run one process per query on both sides (warta as its CLI, bare tantivy as
//! a child mode of this bench binary), so both pay process start, index open and printing.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::agg_result::{AggregationResult, BucketResult};
use tantivy::aggregation::AggregationCollector;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, Query as TantivyQuery, QueryParser};
use tantivy::schema::{Schema, Value, FAST, STORED, STRING, TEXT};
use tantivy::{Index, IndexWriter, Searcher, TantivyDocument};

use warta_index::{FacetKind, Filters};

use crate::ingest::{batch, corpus_file, num_docs, warta_index, MEMORY_MB};
use crate::inproc::{self, WartaQuery};
use crate::measure::{ms, percentile, Row};
use crate::{Article, Config};

pub const BARE_SEARCH_ARG: &str = "--bare-search";

pub struct Query {
    pub kind: &'static str,
    /// Arguments of the `warta` CLI before `--index DIR`.
    pub warta_cli: Vec<&'static str>,
    /// The same through `warta_index`.
    pub warta: WartaQuery,
    /// `top` (ten best hits with their documents, and the count) or the field whose twenty
    /// most frequent values among the matching articles are counted.
    pub bare_mode: &'static str,
    /// The same query for tantivy's query parser over the bare index (`*`: every article).
    pub bare: &'static str,
}

fn filters(places: &[&str], orgs: &[&str]) -> Filters {
    Filters {
        places: places.iter().map(|s| s.to_string()).collect(),
        organizations: orgs.iter().map(|s| s.to_string()).collect(),
        ..Filters::default()
    }
}

/// The fixed mix: three term, two phrase, two filtered and two faceted queries.
pub fn mix() -> Vec<Query> {
    let search = |q: &'static str| WartaQuery::Search(q, Filters::default());
    let q = |kind, warta_cli: &[&'static str], warta, bare_mode, bare| Query {
        kind,
        warta_cli: warta_cli.to_vec(),
        warta,
        bare_mode,
        bare,
    };
    vec![
        q(
            "term",
            &["search", "pemerintah"],
            search("pemerintah"),
            "top",
            "pemerintah",
        ),
        q(
            "term",
            &["search", "jakarta"],
            search("jakarta"),
            "top",
            "jakarta",
        ),
        q(
            "term",
            &["search", "presiden"],
            search("presiden"),
            "top",
            "presiden",
        ),
        q(
            "phrase",
            &["search", "\"bank indonesia\""],
            search("\"bank indonesia\""),
            "top",
            "\"bank indonesia\"",
        ),
        q(
            "phrase",
            &["search", "\"tenaga kerja\""],
            search("\"tenaga kerja\""),
            "top",
            "\"tenaga kerja\"",
        ),
        q(
            "filtered",
            &["search", "pemerintah", "--place", "Jakarta"],
            WartaQuery::Search("pemerintah", filters(&["Jakarta"], &[])),
            "top",
            "+pemerintah +place:jakarta",
        ),
        q(
            "filtered",
            &["search", "ekonomi", "--org", "Bank Indonesia"],
            WartaQuery::Search("ekonomi", filters(&[], &["Bank Indonesia"])),
            "top",
            "+ekonomi +org:\"bank indonesia\"",
        ),
        q(
            "faceted",
            &["facets", "places", "pemerintah", "--json"],
            WartaQuery::Facet(FacetKind::Places, "pemerintah"),
            "places",
            "pemerintah",
        ),
        q(
            "faceted",
            &["facets", "organizations", "--json"],
            WartaQuery::Facet(FacetKind::Organizations, "*"),
            "orgs",
            "*",
        ),
    ]
}

/// The child mode: `BENCH --bare-search DIR MODE QUERY`.
pub fn bare_search_main(args: &[String]) -> i32 {
    let [dir, mode, query] = args else {
        eprintln!("usage: --bare-search DIR top|FACET-FIELD QUERY");
        return 2;
    };
    let run = || -> tantivy::Result<()> {
        let bare = Bare::open(Path::new(dir))?;
        let out = bare.run(mode, query)?;
        for line in out.lines {
            println!("{line}");
        }
        Ok(())
    };
    match run() {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("bare search: {e}");
            1
        }
    }
}

/// Facet values counted per query, on both sides.
pub const FACET_LIMIT: usize = 20;

/// An open bare index with its query parser.
pub struct Bare {
    index: Index,
    parser: QueryParser,
    searcher: Searcher,
}

/// What one bare query printed (documents or facet values) and its check figure.
pub struct BareOutput {
    pub lines: Vec<String>,
    pub check: u64,
}

impl Bare {
    pub fn open(dir: &Path) -> tantivy::Result<Bare> {
        let index = Index::open_in_dir(dir)?;
        let schema = index.schema();
        let fields = vec![schema.get_field("title")?, schema.get_field("body")?];
        let parser = QueryParser::for_index(&index, fields);
        let searcher = index.reader()?.searcher();
        Ok(Bare {
            index,
            parser,
            searcher,
        })
    }

    /// `mode` `top`: the ten best hits with their stored documents (check: the number of
    /// matches); otherwise the field whose values are counted by a terms aggregation
    /// (check: the sum of the counts).
    pub fn run(&self, mode: &str, query: &str) -> tantivy::Result<BareOutput> {
        let parsed: Box<dyn TantivyQuery> = if query == "*" {
            Box::new(AllQuery)
        } else {
            self.parser
                .parse_query(query)
                .map_err(|e| tantivy::TantivyError::InvalidArgument(e.to_string()))?
        };
        let searcher = &self.searcher;
        if mode != "top" {
            let field = mode;
            let req: Aggregations = serde_json::from_value(
                serde_json::json!({"top": {"terms": {"field": field, "size": FACET_LIMIT}}}),
            )
            .map_err(|e| tantivy::TantivyError::InvalidArgument(e.to_string()))?;
            let collector = AggregationCollector::from_aggs(req, Default::default());
            let res = searcher.search(&parsed, &collector)?;
            let mut lines = Vec::new();
            let mut check = 0;
            if let Some(AggregationResult::BucketResult(BucketResult::Terms { buckets, .. })) =
                res.0.get("top")
            {
                for b in buckets {
                    check += b.doc_count;
                    lines.push(format!("{:?}\t{}", b.key, b.doc_count));
                }
            }
            return Ok(BareOutput {
                lines: vec![lines.join("\n")],
                check,
            });
        }
        let top = TopDocs::with_limit(10).order_by_score();
        let (top, count) = searcher.search(&parsed, &(top, Count))?;
        let schema = self.index.schema();
        let mut lines = Vec::with_capacity(top.len());
        for (_, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            lines.push(tantivy::Document::to_json(&doc, &schema));
        }
        Ok(BareOutput {
            lines,
            check: count as u64,
        })
    }
}

/// The bare index of the articles stored in the warta index at `warta_dir`: id, title and
/// body (default tokenizer, stored), places and organizations (names, acronyms, aliases)
/// as text, and the names of people, organizations and places as fast string columns.
/// Returns its document count.
pub fn bare_index_from(warta_dir: &Path, dir: &Path, batch: usize) -> tantivy::Result<u64> {
    let mut b = Schema::builder();
    let id = b.add_text_field("id", STRING | STORED);
    let title = b.add_text_field("title", TEXT | STORED);
    let body = b.add_text_field("body", TEXT | STORED);
    let place = b.add_text_field("place", TEXT);
    let org = b.add_text_field("org", TEXT);
    // Facet values as fast string columns, counted with a terms aggregation: of tantivy's
    // two ways to count values (this and `FacetCollector` over facet fields) the faster on
    // this mix.
    let values = ["people", "orgs", "places"].map(|f| b.add_text_field(f, STRING | FAST));
    let index = Index::create_in_dir(dir, b.build())?;
    let mut writer: IndexWriter = index.writer(MEMORY_MB << 20)?;
    let source = Index::open_in_dir(warta_dir)?;
    let stored = source.schema().get_field("article")?;
    let searcher = source.reader()?.searcher();
    let mut added = 0usize;
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        for doc_id in segment.doc_ids_alive() {
            let doc: TantivyDocument =
                searcher.doc(tantivy::DocAddress::new(ord as u32, doc_id))?;
            let json = doc
                .get_first(stored)
                .and_then(|v| v.as_str())
                .unwrap_or("{}");
            let a: serde_json::Value = serde_json::from_str(json)
                .map_err(|e| tantivy::TantivyError::InvalidArgument(e.to_string()))?;
            let s = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
            let mut d = TantivyDocument::default();
            d.add_text(id, s(&a["id"]));
            d.add_text(title, s(&a["title"]));
            d.add_text(body, s(&a["text"]));
            let list = |k: &str| a[k].as_array().cloned().unwrap_or_default();
            for (kind, field, text) in [
                ("people", values[0], None),
                ("organizations", values[1], Some(org)),
                ("places", values[2], Some(place)),
            ] {
                let mut seen = std::collections::HashSet::new();
                for e in list(kind) {
                    let name = s(&e["name"]);
                    if let Some(text) = text {
                        d.add_text(text, &name);
                        let more = e["aliases"].as_array().cloned().unwrap_or_default();
                        for alias in more
                            .iter()
                            .chain(e["acronym"].as_str().map(|_| &e["acronym"]))
                        {
                            d.add_text(text, s(alias));
                        }
                    }
                    if !name.trim().is_empty() && seen.insert(name.trim().to_string()) {
                        d.add_text(field, name.trim());
                    }
                }
            }
            writer.add_document(d)?;
            added += 1;
            if added % batch == 0 {
                writer.commit()?;
            }
        }
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    let reader = Index::open_in_dir(dir)?.reader()?;
    Ok(reader.searcher().num_docs())
}

/// Run `cmd`, returning its time and the number of lines it printed, or its error.
fn timed(mut cmd: Command) -> Result<(Duration, usize), String> {
    let start = Instant::now();
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .map_err(|e| e.to_string())?;
    let elapsed = start.elapsed();
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(err.lines().last().unwrap_or("failed").trim().to_string());
    }
    Ok((
        elapsed,
        out.stdout
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .count(),
    ))
}

/// Latencies over `rounds` of the mix; each query's output line count must be the same in
/// every round, and term and phrase queries must find something.
fn latencies(
    rounds: usize,
    mut command: impl FnMut(&Query) -> Command,
) -> Result<(Vec<Duration>, Vec<usize>), String> {
    let queries = mix();
    let mut times = Vec::new();
    let mut hits: Vec<Option<usize>> = vec![None; queries.len()];
    for _ in 0..rounds {
        for (i, q) in queries.iter().enumerate() {
            let (t, lines) = timed(command(q))?;
            if let Some(first) = hits[i] {
                if first != lines {
                    return Err(format!("{:?}: {first} then {lines} lines", q.warta_cli));
                }
            }
            if matches!(q.kind, "term" | "phrase") && lines == 0 {
                return Err(format!("{:?} found nothing", q.warta_cli));
            }
            hits[i] = Some(lines);
            times.push(t);
        }
    }
    times.sort();
    Ok((
        times,
        hits.into_iter().map(Option::unwrap_or_default).collect(),
    ))
}

/// The cached index of `n` articles; `key` says what built it.
fn cached(config: &Config, name: &str, key: &str) -> (PathBuf, Option<String>) {
    let dir = config.cache.join(name);
    let marker = std::fs::read_to_string(dir.join("warta-bench.done")).ok();
    let note = marker.and_then(|m| m.strip_prefix(&format!("{key}\n")).map(str::to_string));
    (dir, note)
}

fn rebuild(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).expect("create index dir");
}

fn binary_key() -> String {
    let meta = std::fs::metadata(env!("CARGO_BIN_EXE_warta")).ok();
    let modified = meta.as_ref().and_then(|m| m.modified().ok());
    format!("{:?} {:?}", meta.map(|m| m.len()), modified)
}

fn percentiles(times: &[Duration]) -> (Duration, Duration) {
    (percentile(times, 50.0), percentile(times, 99.0))
}

/// The bare tantivy index of the `n` articles of the warta index at `warta_dir`, built
/// once per warta index.
fn bare_cached(config: &Config, warta_dir: &Path, n: usize) -> PathBuf {
    let key = std::fs::read_to_string(warta_dir.join("warta-bench.done")).unwrap_or_default();
    // The layout of the bare index is part of the key: a change in `bare_index_from` rebuilds.
    let key = format!("bare 3 of {}", key.lines().next().unwrap_or(""));
    let (dir, built) = cached(config, &format!("search-bare-{n}"), &key);
    if built.is_none() {
        rebuild(&dir);
        let docs = bare_index_from(warta_dir, &dir, batch(config)).expect("bare index");
        assert_eq!(docs, n as u64, "bare index lost documents");
        std::fs::write(dir.join("warta-bench.done"), format!("{key}\n")).expect("marker");
    }
    dir
}

/// The warta index of `n` articles, built once per `warta` binary; returns the build's
/// "peak-RSS-kB seconds" note.
fn warta_cached(config: &Config, file: &Path, n: usize) -> Result<(PathBuf, String), String> {
    let key = format!("{} batch {}", binary_key(), batch(config));
    let (dir, built) = cached(config, &format!("search-warta-{n}"), &key);
    if let Some(note) = built {
        return Ok((dir, note));
    }
    rebuild(&dir);
    let m = warta_index(file, &dir, batch(config));
    if !m.status.success() {
        let why = m.stderr.lines().last().unwrap_or("").trim().to_string();
        return Err(format!("warta index failed: {why}"));
    }
    if num_docs(&dir) != Ok(n as u64) {
        return Err(format!(
            "warta index holds {:?} articles, not {n}",
            num_docs(&dir)
        ));
    }
    let note = format!("{} {:.1}", m.peak_rss_kb, m.elapsed.as_secs_f64());
    std::fs::write(dir.join("warta-bench.done"), format!("{key}\n{note}")).expect("marker");
    Ok((dir, note))
}

pub fn run(config: &Config, corpus: &[Article], small_rss: Option<(usize, u64)>) -> Vec<Row> {
    let n = config.search_articles;
    let (file, _) = corpus_file(config, corpus, n);
    let k = n / 1000;
    let mut rows = Vec::new();
    let (warta_dir, build_note) = match warta_cached(config, &file, n) {
        Ok(built) => built,
        Err(e) => {
            rows.push(Row::new(format!("search: warta {k}k"), format!("n/a: {e}")));
            return rows;
        }
    };
    let bare_dir = bare_cached(config, &warta_dir, n);
    let inproc_rounds = config.search_rounds * 10;
    let (b50, b99) = match inproc::bare(&bare_dir, inproc_rounds) {
        Ok((times, counts)) => {
            let (p50, p99) = percentiles(&times);
            rows.push(Row::new(
                format!("search: bare tantivy {k}k p50/p99"),
                format!(
                    "{} / {} ({} queries, counts {counts:?})",
                    ms(p50),
                    ms(p99),
                    times.len()
                ),
            ));
            (p50, p99)
        }
        Err(e) => return vec![Row::new("search: bare tantivy", format!("n/a: {e}"))],
    };
    match inproc::warta(&warta_dir, inproc_rounds) {
        Err(e) => rows.push(Row::new(format!("search: warta {k}k"), format!("n/a: {e}"))),
        Ok((times, counts)) => {
            let (w50, w99) = percentiles(&times);
            let ratio = w99.as_secs_f64() / b99.as_secs_f64().max(1e-9);
            rows.push(
                Row::new(
                    format!("search: warta {k}k p99"),
                    format!("{} (counts {counts:?})", ms(w99)),
                )
                .judge(ratio, "<= 2x bare p99", ratio <= 2.0),
            );
            rows.push(
                Row::new(
                    format!("search: warta {k}k p50"),
                    format!("bare p50 {}", ms(b50)),
                )
                .judge_text(ms(w50), "< 5 ms", w50 < Duration::from_millis(5)),
            );
        }
    }
    rows.extend(cli_rows(config, &bare_dir, &warta_dir, k));
    rows.push(memory_row(small_rss, n, &build_note));
    rows
}

/// One process per query on both sides: `warta search`/`warta facets` against this binary's
/// bare-tantivy child mode.
fn cli_rows(config: &Config, bare_dir: &Path, warta_dir: &Path, k: usize) -> Vec<Row> {
    let exe = std::env::current_exe().expect("bench binary path");
    let bare = latencies(config.search_rounds, |q| {
        let mut c = Command::new(&exe);
        c.arg(BARE_SEARCH_ARG)
            .arg(bare_dir)
            .args([q.bare_mode, q.bare]);
        c
    });
    let (bare_times, _) = match bare {
        Ok(b) => b,
        Err(e) => return vec![Row::new("search CLI: bare tantivy", format!("n/a: {e}"))],
    };
    let (b50, b99) = percentiles(&bare_times);
    let warta = latencies(config.search_rounds, |q| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_warta"));
        c.args(&q.warta_cli).arg("--index").arg(warta_dir);
        if q.warta_cli[0] == "search" {
            c.args(["--format", "jsonl", "--limit", "10"]);
        }
        c
    });
    let name = format!("search CLI: warta {k}k p50/p99");
    match warta {
        Err(e) => vec![Row::new(name, format!("n/a: {e}"))],
        Ok((times, lines)) => {
            let (w50, w99) = percentiles(&times);
            let ratio = w99.as_secs_f64() / b99.as_secs_f64().max(1e-9);
            vec![Row::new(
                name,
                format!(
                    "{} / {} vs bare process {} / {} (lines {lines:?})",
                    ms(w50),
                    ms(w99),
                    ms(b50),
                    ms(b99)
                ),
            )
            .ratio(ratio, "p99 vs bare")]
        }
    }
}

fn memory_row(small: Option<(usize, u64)>, n: usize, build_note: &str) -> Row {
    let mut parts = build_note.split_whitespace();
    let large_kb: u64 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let secs = parts.next().unwrap_or("?");
    let Some((small_n, small_kb)) = small else {
        return Row::new(
            format!("memory: warta index {}k", n / 1000),
            format!(
                "peak RSS {:.0} MB (built in {secs}s); no small run to compare",
                large_kb as f64 / 1024.0
            ),
        );
    };
    let ratio = large_kb as f64 / small_kb.max(1) as f64;
    Row::new(
        format!("memory: warta index {}k vs {}k", n / 1000, small_n / 1000),
        format!(
            "peak RSS {:.0} MB vs {:.0} MB (large built in {secs}s)",
            large_kb as f64 / 1024.0,
            small_kb as f64 / 1024.0
        ),
    )
    .judge(ratio, "<= 1.2x", ratio <= 1.2)
}
