//! `warta facets`: the top values of an entity field, or the articles per month.

use std::io::Write;

use warta_index::{FacetKind, Filters, WartaIndex};

use crate::cli::FacetsArgs;
use crate::commands::Outcome;

/// Run the command.
pub fn run(args: FacetsArgs) -> anyhow::Result<Outcome> {
    let kind: FacetKind = args.field.parse()?;
    let index = WartaIndex::open(&args.index)?;
    let query = args.query.as_deref().unwrap_or("*");
    let counts = index.facets(kind, query, &Filters::default(), args.limit)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        let rows: Vec<serde_json::Value> = counts
            .iter()
            .map(|c| serde_json::json!({ "value": c.value, "count": c.count }))
            .collect();
        serde_json::to_writer(&mut out, &rows)?;
        writeln!(out)?;
    } else {
        let width = counts
            .iter()
            .map(|c| c.count.to_string().len())
            .max()
            .unwrap_or(1);
        for c in &counts {
            writeln!(out, "{:>width$}  {}", c.count, c.value)?;
        }
    }
    out.flush()?;
    Ok(Outcome::Success)
}
