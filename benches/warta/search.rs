//! Latency of a fixed mix of term, phrase, filtered and faceted queries, `warta search` /
//! `warta facets` against bare tantivy on an index of the same articles; and the peak RSS of
//! `warta index` on the large index against the small ingest.
//!
//! Both sides run as one process per query (warta as its CLI, bare tantivy as a child mode
//! of this bench binary), so both pay process start, index open and printing the hits.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, Query as TantivyQuery, QueryParser};
use tantivy::{Index, TantivyDocument};

use crate::ingest::{bare_index, corpus_file, num_docs, warta_index};
use crate::measure::{ms, percentile, Row};
use crate::{Article, Config};

pub const BARE_SEARCH_ARG: &str = "--bare-search";

struct Query {
    kind: &'static str,
    /// Arguments of `warta` before `--index DIR`.
    warta: Vec<&'static str>,
    /// `top` (ten best hits, printed) or `count` (the facet stand-in: count the matches).
    bare_mode: &'static str,
    bare: &'static str,
}

fn mix() -> Vec<Query> {
    let q = |kind, warta: &[&'static str], bare_mode, bare| Query {
        kind,
        warta: warta.to_vec(),
        bare_mode,
        bare,
    };
    vec![
        q("term", &["search", "pemerintah"], "top", "pemerintah"),
        q("term", &["search", "jakarta"], "top", "jakarta"),
        q("term", &["search", "presiden"], "top", "presiden"),
        q(
            "phrase",
            &["search", "\"bank indonesia\""],
            "top",
            "\"bank indonesia\"",
        ),
        q(
            "phrase",
            &["search", "\"tenaga kerja\""],
            "top",
            "\"tenaga kerja\"",
        ),
        q(
            "filtered",
            &["search", "pemerintah", "--place", "Jakarta"],
            "top",
            "+pemerintah +jakarta",
        ),
        q(
            "filtered",
            &["search", "ekonomi", "--org", "Bank Indonesia"],
            "top",
            "+ekonomi +\"bank indonesia\"",
        ),
        q(
            "faceted",
            &["facets", "places", "pemerintah", "--json"],
            "count",
            "pemerintah",
        ),
        q(
            "faceted",
            &["facets", "organizations", "--json"],
            "count",
            "*",
        ),
    ]
}

/// The child mode: `BENCH --bare-search DIR MODE QUERY`.
pub fn bare_search_main(args: &[String]) -> i32 {
    let [dir, mode, query] = args else {
        eprintln!("usage: --bare-search DIR top|count QUERY");
        return 2;
    };
    match bare_search(Path::new(dir), mode, query) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("bare search: {e}");
            1
        }
    }
}

fn bare_search(dir: &Path, mode: &str, query: &str) -> tantivy::Result<()> {
    let index = Index::open_in_dir(dir)?;
    let schema = index.schema();
    let fields = vec![schema.get_field("title")?, schema.get_field("body")?];
    let searcher = index.reader()?.searcher();
    let parsed: Box<dyn TantivyQuery> = if query == "*" {
        Box::new(AllQuery)
    } else {
        QueryParser::for_index(&index, fields)
            .parse_query(query)
            .map_err(|e| tantivy::TantivyError::InvalidArgument(e.to_string()))?
    };
    if mode == "count" {
        println!("{}", searcher.search(&parsed, &Count)?);
        return Ok(());
    }
    let top = searcher.search(&parsed, &TopDocs::with_limit(10).order_by_score())?;
    for (_, address) in top {
        let doc: TantivyDocument = searcher.doc(address)?;
        println!("{}", tantivy::Document::to_json(&doc, &schema));
    }
    Ok(())
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
                    return Err(format!("{:?}: {first} then {lines} lines", q.warta));
                }
            }
            if matches!(q.kind, "term" | "phrase") && lines == 0 {
                return Err(format!("{:?} found nothing", q.warta));
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

pub fn run(config: &Config, corpus: &[Article], small_rss: Option<(usize, u64)>) -> Vec<Row> {
    let n = config.search_articles;
    let (file, _) = corpus_file(config, corpus, n);
    let k = n / 1000;
    let mut rows = Vec::new();

    let (bare_dir, built) = cached(config, &format!("search-bare-{n}"), "bare");
    if built.is_none() {
        rebuild(&bare_dir);
        let docs = bare_index(&file, &bare_dir).expect("bare index");
        assert_eq!(docs, n as u64, "bare index lost documents");
        std::fs::write(bare_dir.join("warta-bench.done"), "bare\n").expect("marker");
    }
    let exe = std::env::current_exe().expect("bench binary path");
    let bare = latencies(config.search_rounds, |q| {
        let mut c = Command::new(&exe);
        c.arg(BARE_SEARCH_ARG)
            .arg(&bare_dir)
            .args([q.bare_mode, q.bare]);
        c
    });
    let (bare_times, bare_hits) = match bare {
        Ok(b) => b,
        Err(e) => return vec![Row::new("search: bare tantivy", format!("n/a: {e}"))],
    };
    let (b50, b99) = (percentile(&bare_times, 50.0), percentile(&bare_times, 99.0));
    rows.push(Row::new(
        format!("search: bare tantivy {k}k p50/p99"),
        format!(
            "{} / {} ({} queries, lines {:?})",
            ms(b50),
            ms(b99),
            bare_times.len(),
            bare_hits
        ),
    ));

    let key = binary_key();
    let (warta_dir, built) = cached(config, &format!("search-warta-{n}"), &key);
    let build_note = match built {
        Some(note) => note,
        None => {
            rebuild(&warta_dir);
            let m = warta_index(&file, &warta_dir);
            if !m.status.success() {
                let why = m.stderr.lines().last().unwrap_or("").trim().to_string();
                rows.push(Row::new(
                    format!("search: warta {k}k"),
                    format!("n/a: warta index failed: {why}"),
                ));
                return rows;
            }
            assert_eq!(
                num_docs(&warta_dir),
                Ok(n as u64),
                "warta index lost or duplicated articles"
            );
            let note = format!("{} {:.1}", m.peak_rss_kb, m.elapsed.as_secs_f64());
            std::fs::write(warta_dir.join("warta-bench.done"), format!("{key}\n{note}"))
                .expect("marker");
            note
        }
    };
    let warta = latencies(config.search_rounds, |q| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_warta"));
        c.args(&q.warta).arg("--index").arg(&warta_dir);
        if q.warta[0] == "search" {
            c.args(["--format", "jsonl", "--limit", "10"]);
        }
        c
    });
    match warta {
        Err(e) => rows.push(Row::new(format!("search: warta {k}k"), format!("n/a: {e}"))),
        Ok((times, hits)) => {
            let (w50, w99) = (percentile(&times, 50.0), percentile(&times, 99.0));
            let ratio = w99.as_secs_f64() / b99.as_secs_f64().max(1e-9);
            rows.push(
                Row::new(
                    format!("search: warta {k}k p99"),
                    format!("p99 {} (lines {hits:?})", ms(w99)),
                )
                .judge(ratio, "<= 2x bare", ratio <= 2.0),
            );
            rows.push(Row::new(format!("search: warta {k}k p50"), "").judge_text(
                ms(w50),
                "< 5 ms",
                w50 < Duration::from_millis(5),
            ));
        }
    }
    rows.push(memory_row(small_rss, n, &build_note));
    rows
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
