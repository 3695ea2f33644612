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
                out.write_all(hit_json(hit)?.as_bytes())?;
                out.write_all(b"\n")?;
            }
        }
        SearchFormat::Json => {
            let hits = results
                .hits
                .iter()
                .map(hit_json)
                .collect::<Result<Vec<_>, _>>()?;
            write!(out, "{{\"total\":{},\"hits\":[", results.total)?;
            out.write_all(hits.join(",\n").as_bytes())?;
            out.write_all(b"]}\n")?;
        }
        SearchFormat::Csv => write_csv(&mut out, &results)?,
    }
    out.flush()?;
    Ok(Outcome::Success)
}

/// The Article JSON (fields in schema order) with `score` and `snippet` (matched words in
/// `<b>`) added at the end.
fn hit_json(hit: &Hit) -> serde_json::Result<String> {
    let mut json = serde_json::to_string(&hit.article)?;
    if json.ends_with('}') {
        json.pop();
        let snippet = serde_json::to_string(&hit.snippet.marked("<b>", "</b>"))?;
        json.push_str(&format!(",\"score\":{},\"snippet\":{snippet}}}", hit.score));
    }
    Ok(json)
}

fn write_table(out: &mut impl Write, results: &SearchResults, color: bool) -> std::io::Result<()> {
    let (bold, plain) = if color {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("*", "*")
    };
    for (i, hit) in results.hits.iter().enumerate() {
        let a = &hit.article;
        // Without a headline, the opening words of the body stand in.
        let title = a
            .title
            .clone()
            .unwrap_or_else(|| one_line(&clip(&a.text, 90)));
        let date = a.published.as_deref().unwrap_or("----------");
        writeln!(
            out,
            "{:>3}. {date}  {}  [{}]",
            i + 1,
            clip(&title, 90),
            a.id
        )?;
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
