//! Facet counts: the most frequent people, organizations, places, agreement types,
//! statuses and laws among matching articles, and the number of articles per month.

use std::str::FromStr;

use tantivy::collector::FacetCollector;

use crate::error::{Error, Result};
use crate::index::WartaIndex;
use crate::search::Filters;

/// An entity field to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FacetKind {
    /// People, by canonical name.
    People,
    /// Organizations, by canonical name.
    Organizations,
    /// Places, by canonical name.
    Places,
    /// Agreement types.
    Agreements,
    /// Agreement statuses.
    Statuses,
    /// Laws, by short form (`UU 25/2009`).
    Laws,
    /// Months of publication (`2021-04`), in calendar order.
    Months,
}

impl FacetKind {
    /// The top-level facet this kind lives under.
    pub fn root(self) -> &'static str {
        match self {
            FacetKind::People => "person",
            FacetKind::Organizations => "org",
            FacetKind::Places => "place",
            FacetKind::Agreements => "agreement",
            FacetKind::Statuses => "status",
            FacetKind::Laws => "law",
            FacetKind::Months => "month",
        }
    }
}

impl FromStr for FacetKind {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "people" | "person" | "persons" => FacetKind::People,
            "organizations" | "organization" | "orgs" | "org" | "agencies" => {
                FacetKind::Organizations
            }
            "places" | "place" => FacetKind::Places,
            "agreements" | "agreement" => FacetKind::Agreements,
            "statuses" | "status" => FacetKind::Statuses,
            "laws" | "law" => FacetKind::Laws,
            "months" | "month" | "dates" | "date" => FacetKind::Months,
            _ => {
                return Err(Error::UnknownFacet {
                    name: s.to_string(),
                })
            }
        })
    }
}

/// One value and the number of matching articles that have it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount {
    /// The value (`Agus Priyadi`, `mou`, `2021-04`).
    pub value: String,
    /// Articles.
    pub count: u64,
}

impl WartaIndex {
    /// The `limit` most frequent values of `kind` among the articles matching `query` and
    /// `filters` (most frequent first; months in calendar order, the latest `limit`).
    pub fn facets(
        &self,
        kind: FacetKind,
        query: &str,
        filters: &Filters,
        limit: usize,
    ) -> Result<Vec<FacetCount>> {
        let searcher = self.reader.searcher();
        let query = self.build_query(query, filters)?;
        let root = format!("/{}", kind.root());
        let mut collector = FacetCollector::for_field("facet");
        collector.add_facet(root.as_str());
        let counts = searcher.search(&query, &collector)?;
        let value = |f: &tantivy::schema::Facet| {
            f.to_path()
                .last()
                .map(|s| s.to_string())
                .unwrap_or_default()
        };
        if kind == FacetKind::Months {
            let all: Vec<FacetCount> = counts
                .get(root.as_str())
                .map(|(f, count)| FacetCount {
                    value: value(f),
                    count,
                })
                .collect();
            let skip = all.len().saturating_sub(limit);
            return Ok(all.into_iter().skip(skip).collect());
        }
        Ok(counts
            .top_k(root.as_str(), limit)
            .into_iter()
            .map(|(f, count)| FacetCount {
                value: value(f),
                count,
            })
            .collect())
    }
}
