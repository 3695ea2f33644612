//! `warta search`: query the index; a table on a terminal, Article JSON lines otherwise.

use std::io::{IsTerminal, Write};
use std::time::Instant;

use warta_index::{Filters, Hit, SearchRequest, SearchResults, Sort, WartaIndex};

use crate::cli::{SearchArgs, SearchFormat, SortOrder};
use crate::commands::Outcome;

/// Run the command.
pub fn run(args: SearchArgs) -> anyhow::Result<Outcome> {
    let index = WartaIndex::open(&args.index)?;
    let request = SearchRequest {
        query: args.query.clone(),
        filters: Filters {
            people: args.person,
            organizations: args.org,
            places: args.place,
            agreements: args.agreement,
            from: args.from,
            to: args.to,
        },
        sort: match args.sort {
            SortOrder::Relevance => Sort::Relevance,
            SortOrder::Date => Sort::Newest,
            SortOrder::DateAsc => Sort::Oldest,
        },
        limit: args.limit,
        offset: 0,
    };
    let started = Instant::now();
    let results = index.search(&request)?;
    let elapsed = started.elapsed();
    let terminal = std::io::stdout().is_terminal();
    let format = args.format.unwrap_or(if terminal {
        SearchFormat::Table
    } else {
        SearchFormat::Jsonl
    });
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        SearchFormat::Table => {
            write_table(&mut out, &results, terminal)?;
            writeln!(
                out,
                "{} of {} articles ({:.1} ms)",
                results.hits.len(),
                results.total,
                elapsed.as_secs_f64() * 1e3
            )?;
        }
        SearchFormat::Jsonl => {
            for hit in &results.hits {
                serde_json::to_writer(&mut out, &hit_json(hit)?)?;
                writeln!(out)?;
            }
        }
        SearchFormat::Json => {
            let hits = results
                .hits
                .iter()
                .map(hit_json)
                .collect::<Result<Vec<_>, _>>()?;
            let doc = serde_json::json!({ "total": results.total, "hits": hits });
            serde_json::to_writer_pretty(&mut out, &doc)?;
            writeln!(out)?;
        }
        SearchFormat::Csv => write_csv(&mut out, &results)?,
    }
    out.flush()?;
    Ok(Outcome::Success)
}

/// The stored Article JSON with `score` and `snippet` (matched words in `<b>`) added.
fn hit_json(hit: &Hit) -> serde_json::Result<serde_json::Value> {
    let mut value = serde_json::to_value(&hit.article)?;
    if let Some(map) = value.as_object_mut() {
        map.insert("score".into(), serde_json::json!(hit.score));
        map.insert("snippet".into(), hit.snippet.marked("<b>", "</b>").into());
    }
    Ok(value)
}

fn write_table(out: &mut impl Write, results: &SearchResults, color: bool) -> std::io::Result<()> {
    let (bold, plain) = if color {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("*", "*")
    };
    for (i, hit) in results.hits.iter().enumerate() {
        let a = &hit.article;
        let title = a.title.as_deref().unwrap_or("(no title)");
        let date = a.published.as_deref().unwrap_or("----------");
        writeln!(out, "{:>3}. {date}  {}  [{}]", i + 1, clip(title, 90), a.id)?;
        let snippet = one_line(&hit.snippet.marked(bold, plain));
        if !snippet.trim().is_empty() {
            writeln!(out, "     {}", snippet.trim())?;
        }
    }
    Ok(())
}

fn write_csv(out: &mut impl Write, results: &SearchResults) -> std::io::Result<()> {
    writeln!(out, "id,published,title,source,score,snippet")?;
    for hit in &results.hits {
        let a = &hit.article;
        let row = [
            a.id.clone(),
            a.published.clone().unwrap_or_default(),
            a.title.clone().unwrap_or_default(),
            a.source.clone().unwrap_or_default(),
            format!("{:.3}", hit.score),
            one_line(&hit.snippet.fragment),
        ];
        let row: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        writeln!(out, "{}", row.join(","))?;
    }
    Ok(())
}

/// Line breaks as spaces, so that each hit is one CSV line.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn clip(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}
