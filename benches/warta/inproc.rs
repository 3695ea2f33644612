//! Search latency inside one process: `WartaIndex::search` / `facets` against bare tantivy
//! running the same queries (query parser over title and body with the filters as required
//! clauses on the entity fields, top ten with their stored documents; or the twenty most
//! frequent values of a facet field among the matches), each index opened once. This is what the search targets are judged on; the CLI rows add
//! process start and index open to both sides.

use std::path::Path;
use std::time::{Duration, Instant};

use warta_index::{FacetKind, Filters, SearchRequest, WartaIndex};

use crate::search::{mix, Bare, Query, FACET_LIMIT};

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

/// Latencies of the mix on bare tantivy; each query's check is its match count (search) or
/// the sum of its facet counts.
pub fn bare(dir: &Path, rounds: usize) -> Result<(Vec<Duration>, Vec<u64>), String> {
    let bare = Bare::open(dir).map_err(|e| e.to_string())?;
    time_each(rounds, &mix(), |q| {
        let out = bare.run(q.bare_mode, q.bare).map_err(|e| e.to_string())?;
        std::hint::black_box(&out.lines);
        Ok(out.check)
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
                .facets(*kind, query, &Filters::default(), FACET_LIMIT)
                .map_err(|e| e.to_string())?;
            Ok(counts.iter().map(|c| c.count).sum())
        }
    })
}
