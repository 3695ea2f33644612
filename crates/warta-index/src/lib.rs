//! warta-index: a tantivy index of warta articles with an Indonesian analyzer.
//!
//! Build an index from [`Article`](warta_core::Article)s, search it with a query string and
//! typed filters, read facet counts, without the CLI:
//!
//! ```
//! use warta_core::Article;
//! use warta_index::{FacetKind, Filters, IndexOptions, SearchRequest, WartaIndex, WriterOptions};
//!
//! # fn main() -> Result<(), warta_index::Error> {
//! let dir = tempfile::tempdir().unwrap();
//! let index = WartaIndex::open_or_create(dir.path(), warta_index::CreateMode::OpenOrCreate, IndexOptions::default())?;
//!
//! let mut article = Article::new("a1", "Ombudsman menilai pelayanan publik di Pontianak membaik.");
//! article.title = Some("Pelayanan publik membaik".into());
//! article.published = Some("2021-04-12".into());
//! let mut writer = index.writer(WriterOptions::default())?;
//! writer.add(&article)?;
//! writer.commit()?;
//!
//! // `dilayani` and `pelayanan` share the stem `layan`.
//! let results = index.search(&SearchRequest::new("dilayani"))?;
//! assert_eq!(results.total, 1);
//! assert_eq!(results.hits[0].article.id, "a1");
//! println!("{}", results.hits[0].snippet.marked("[", "]"));
//!
//! let mut in_2021 = SearchRequest::new("*");
//! in_2021.filters = Filters { from: Some(time::macros::date!(2021 - 01 - 01)), ..Filters::default() };
//! assert_eq!(index.search(&in_2021)?.total, 1);
//!
//! let months = index.facets(FacetKind::Months, "*", &Filters::default(), 12)?;
//! assert_eq!(months[0].value, "2021-04");
//! # Ok(()) }
//! ```
//!
//! Analyzers are registered as [`analyzer::ID`] and [`analyzer::ID_STEM`]; the query
//! language is described in [`query`]; crash safety and the single-writer rule in
//! [`writer`].
#![warn(missing_docs)]

pub mod analyzer;
mod error;
mod facets;
mod index;
pub mod places;
pub mod query;
pub mod schema;
mod search;
pub mod writer;

pub use error::{Error, Result};
pub use facets::{FacetCount, FacetKind};
pub use index::{CreateMode, IndexOptions, WartaIndex, META_FILE};
pub use query::QueryError;
pub use schema::SCHEMA_VERSION;
pub use search::{Filters, Hit, SearchRequest, SearchResults, Snippet, Sort};
pub use writer::{Added, ArticleWriter, Prepared, WriterOptions};
