//! Search latency inside one process: `WartaIndex::search` / `facets` against bare tantivy
//! (query parser over title and body, top ten with their stored documents, or a count), each
//! index opened once. This is what the search targets are judged on; the CLI rows add
//! process start and index open to both sides.

use std::path::Path;
use std::time::{Duration, Instant};

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, Query as TantivyQuery, QueryParser};
use tantivy::{Index, TantivyDocument};
use warta_index::{FacetKind, Filters, SearchRequest, WartaIndex};

use crate::search::{mix, Query};

/// What the warta side of a query does.
pub enum WartaQuery {
    Search(&'static str, Filters),
    Facet(FacetKind, &'static str),
}

fn time_each(
    rounds: usize,
    queries: &[Query],
    mut run: impl FnMut(&Query) -> Result<u64, String>,
) -> Result<(Vec<Duration>, Vec<u64>), String> {
    let mut times = Vec::new();
    let mut firsts: Vec<Option<u64>> = vec![None; queries.len()];
    for _ in 0..rounds {
        for (i, q) in queries.iter().enumerate() {
            let start = Instant::now();
            let check = run(q)?;
            times.push(start.elapsed());
            if matches!(q.kind, "term" | "phrase") && check == 0 {
                return Err(format!("{:?} found nothing", q.warta_cli));
            }
            match firsts[i] {
                Some(first) if first != check => {
                    return Err(format!("{:?}: {first} then {check}", q.warta_cli))
                }
                _ => firsts[i] = Some(check),
            }
        }
    }
    times.sort();
    Ok((
        times,
        firsts.into_iter().map(Option::unwrap_or_default).collect(),
    ))
}

/// Latencies of the mix on bare tantivy; each query's check is its match count.
pub fn bare(dir: &Path, rounds: usize) -> Result<(Vec<Duration>, Vec<u64>), String> {
    let index = Index::open_in_dir(dir).map_err(|e| e.to_string())?;
    let schema = index.schema();
    let fields = ["title", "body"].map(|f| schema.get_field(f).map_err(|e| e.to_string()));
    let parser = QueryParser::for_index(&index, vec![fields[0].clone()?, fields[1].clone()?]);
    let searcher = index.reader().map_err(|e| e.to_string())?.searcher();
    time_each(rounds, &mix(), |q| {
        let parsed: Box<dyn TantivyQuery> = if q.bare == "*" {
            Box::new(AllQuery)
        } else {
            parser.parse_query(q.bare).map_err(|e| e.to_string())?
        };
        let e = |e: tantivy::TantivyError| e.to_string();
        if q.bare_mode == "count" {
            return searcher
                .search(&parsed, &Count)
                .map(|n| n as u64)
                .map_err(e);
        }
        let top = TopDocs::with_limit(10).order_by_score();
        let (top, count) = searcher.search(&parsed, &(top, Count)).map_err(e)?;
        for (_, address) in top {
            let doc: TantivyDocument = searcher.doc(address).map_err(e)?;
            std::hint::black_box(doc);
        }
        Ok(count as u64)
    })
}

/// Latencies of the mix through `warta_index`; each query's check is its total (search) or
/// the sum of its facet counts.
pub fn warta(dir: &Path, rounds: usize) -> Result<(Vec<Duration>, Vec<u64>), String> {
    let index = WartaIndex::open(dir).map_err(|e| e.to_string())?;
    time_each(rounds, &mix(), |q| match &q.warta {
        WartaQuery::Search(query, filters) => {
            let mut request = SearchRequest::new(*query);
            request.filters = filters.clone();
            let results = index.search(&request).map_err(|e| e.to_string())?;
            std::hint::black_box(&results.hits);
            Ok(results.total as u64)
        }
        WartaQuery::Facet(kind, query) => {
            let counts = index
                .facets(*kind, query, &Filters::default(), 20)
                .map_err(|e| e.to_string())?;
            Ok(counts.iter().map(|c| c.count).sum())
        }
    })
}
