//! Searching: a query string plus typed filters, sorted by relevance or date, with snippets.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::{Bound, Range};

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, PhraseQuery, Query, RangeQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Order, Searcher, TantivyDocument, Term};
use warta_core::Article;

use crate::error::{Error, Result};
use crate::index::WartaIndex;
use crate::query::{self, QueryError};
use crate::schema::to_datetime;

/// Length of a snippet, in characters.
const SNIPPET_CHARS: usize = 200;

/// The first `max_chars` characters of `text`, cut at a word boundary.
fn opening(text: &str, max_chars: usize) -> String {
    let Some((cut, _)) = text.char_indices().nth(max_chars) else {
        return text.to_string();
    };
    let head = &text[..cut];
    head.rfind(char::is_whitespace)
        .map_or(head, |at| &head[..at])
        .to_string()
}

/// Filters every hit must pass, beside the query. Within one list any value may match
/// (two people: articles naming either); different lists must all match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// People, by name or alias (`Agus Priyadi`).
    pub people: Vec<String>,
    /// Organizations, by canonical name, acronym or alias (`Ombudsman`, `KPK`).
    pub organizations: Vec<String>,
    /// Places, by name or alias (`Kalbar`).
    pub places: Vec<String>,
    /// Agreement types (`mou`, `nota-kesepakatan`) or names as written.
    pub agreements: Vec<String>,
    /// Published on or after this day.
    pub from: Option<time::Date>,
    /// Published on or before this day.
    pub to: Option<time::Date>,
}

/// The order of hits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best match first.
    #[default]
    Relevance,
    /// Newest first; undated articles last.
    Newest,
    /// Oldest first; undated articles last.
    Oldest,
}

/// What to search for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRequest {
    /// The query (see [`crate::query`]); `*` or an empty string matches every article.
    pub query: String,
    /// Typed filters.
    pub filters: Filters,
    /// Order of hits.
    pub sort: Sort,
    /// At most this many hits.
    pub limit: usize,
    /// Skip this many hits first (paging).
    pub offset: usize,
}

impl SearchRequest {
    /// The first ten hits for `query` by relevance, no filters.
    pub fn new(query: impl Into<String>) -> Self {
        SearchRequest {
            query: query.into(),
            filters: Filters::default(),
            sort: Sort::Relevance,
            limit: 10,
            offset: 0,
        }
    }
}

/// A passage of the body around the matched terms.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snippet {
    /// The passage.
    pub fragment: String,
    /// Byte ranges in `fragment` of the matched words.
    pub highlighted: Vec<Range<usize>>,
}

impl Snippet {
    /// The passage with each matched word wrapped in `open` .. `close`.
    pub fn marked(&self, open: &str, close: &str) -> String {
        let mut out = String::with_capacity(self.fragment.len() + 8 * self.highlighted.len());
        let mut at = 0;
        for r in &self.highlighted {
            if r.start < at || self.fragment.get(r.clone()).is_none() {
                continue;
            }
            out.push_str(&self.fragment[at..r.start]);
            out.push_str(open);
            out.push_str(&self.fragment[r.clone()]);
            out.push_str(close);
            at = r.end;
        }
        out.push_str(&self.fragment[at..]);
        out
    }
}

/// One hit.
#[derive(Debug, Clone)]
pub struct Hit {
    /// Relevance score (0 when sorted by date).
    pub score: f32,
    /// The stored article.
    pub article: Article,
    /// The best passage of the body.
    pub snippet: Snippet,
}

/// The answer to a [`SearchRequest`].
#[derive(Debug, Clone)]
pub struct SearchResults {
    /// How many articles match in all.
    pub total: usize,
    /// The requested page of hits.
    pub hits: Vec<Hit>,
}

impl WartaIndex {
    /// Run a search on the last commit seen (see [`WartaIndex::reload`]).
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults> {
        let searcher = self.reader.searcher();
        let query = self.build_query(&request.query, &request.filters)?;
        let top = TopDocs::with_limit(request.limit.max(1)).and_offset(request.offset);
        let (total, addresses): (usize, Vec<(f32, DocAddress)>) = match request.sort {
            Sort::Relevance => {
                let (hits, total) = searcher.search(&query, &(top.order_by_score(), Count))?;
                (total, hits)
            }
            Sort::Newest | Sort::Oldest => {
                let order = if request.sort == Sort::Newest {
                    Order::Desc
                } else {
                    Order::Asc
                };
                let collector = top.order_by_fast_field::<tantivy::DateTime>("date", order);
                let (hits, total) = searcher.search(&query, &(collector, Count))?;
                (total, hits.into_iter().map(|(_, a)| (0.0, a)).collect())
            }
        };
        let addresses = if request.limit == 0 {
            Vec::new()
        } else {
            addresses
        };
        let snippets = if addresses.is_empty() {
            None
        } else {
            Some(self.snippet_generator(&searcher, &*query)?)
        };
        let mut hits = Vec::with_capacity(addresses.len());
        for (score, address) in addresses {
            let article = self.stored_article(&searcher, address)?;
            let s = snippets
                .as_ref()
                .map_or_else(tantivy::snippet::Snippet::empty, |g| {
                    g.snippet(&article.text)
                });
            let snippet = if s.is_empty() {
                // No body word matched (an entity or date query): the opening lines.
                Snippet {
                    fragment: opening(&article.text, SNIPPET_CHARS),
                    highlighted: Vec::new(),
                }
            } else {
                Snippet {
                    fragment: s.fragment().to_string(),
                    highlighted: s.highlighted().to_vec(),
                }
            };
            hits.push(Hit {
                score,
                article,
                snippet,
            });
        }
        Ok(SearchResults { total, hits })
    }

    /// What [`SnippetGenerator::create`] makes, with the index's highlighting analyzer
    /// (whose memory of stems outlives the search) instead of a fresh one.
    fn snippet_generator(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
    ) -> Result<SnippetGenerator> {
        let body = self.fields.body;
        let mut terms: BTreeSet<&Term> = BTreeSet::new();
        query.query_terms(&mut |term, _| {
            if term.field() == body {
                terms.insert(term);
            }
        });
        let mut weights: BTreeMap<String, f32> = BTreeMap::new();
        for term in terms {
            let value = term.value();
            let Some(text) = value.as_str() else {
                continue;
            };
            let doc_freq = searcher.doc_freq(term)?;
            if doc_freq > 0 {
                weights.insert(text.to_string(), 1.0 / (1.0 + doc_freq as f32));
            }
        }
        Ok(SnippetGenerator::new(
            weights,
            self.snippet_analyzer.clone(),
            body,
            SNIPPET_CHARS,
        ))
    }

    /// The article with this id, if indexed.
    pub fn get(&self, id: &str) -> Result<Option<Article>> {
        let searcher = self.reader.searcher();
        let term = Term::from_field_text(self.fields.id, id);
        let query = TermQuery::new(term, IndexRecordOption::Basic);
        let hits = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
        match hits.first() {
            Some((_, address)) => Ok(Some(self.stored_article(&searcher, *address)?)),
            None => Ok(None),
        }
    }

    fn stored_article(&self, searcher: &Searcher, address: DocAddress) -> Result<Article> {
        let doc: TantivyDocument = searcher.doc(address)?;
        let json = doc
            .get_first(self.fields.article)
            .and_then(|v| v.as_str())
            .unwrap_or("");
        serde_json::from_str(json).map_err(|source| Error::Stored {
            id: doc
                .get_first(self.fields.id)
                .and_then(|v| v.as_str())
                .unwrap_or("?")
                .to_string(),
            source,
        })
    }

    /// The query string and filters as one tantivy query.
    pub(crate) fn build_query(&self, text: &str, filters: &Filters) -> Result<Box<dyn Query>> {
        let f = &self.fields;
        let trimmed = text.trim();
        let main: Box<dyn Query> = if trimmed.is_empty() || trimmed == "*" {
            Box::new(AllQuery)
        } else {
            let rewritten = query::rewrite(trimmed)?;
            self.parser
                .parse_query(&rewritten)
                .map_err(|e| QueryError {
                    query: text.to_string(),
                    position: None,
                    message: e.to_string(),
                })?
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, main)];
        for (field, values) in [
            (f.person, &filters.people),
            (f.org, &filters.organizations),
            (f.place, &filters.places),
            (f.agreement, &filters.agreements),
        ] {
            if values.is_empty() {
                continue;
            }
            let any: Vec<(Occur, Box<dyn Query>)> = values
                .iter()
                .filter_map(|v| self.value_query(field, v))
                .map(|q| (Occur::Should, q))
                .collect();
            // A filter whose values hold no words matches nothing, not everything.
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
        if filters.from.is_some() || filters.to.is_some() {
            let bound = |d: Option<time::Date>| match d {
                Some(d) => Bound::Included(Term::from_field_date(f.date, to_datetime(d))),
                None => Bound::Unbounded,
            };
            let range = RangeQuery::new(bound(filters.from), bound(filters.to));
            clauses.push((Occur::Must, Box::new(range)));
        }
        if clauses.len() == 1 {
            return Ok(clauses
                .pop()
                .map(|(_, q)| q)
                .unwrap_or_else(|| Box::new(AllQuery)));
        }
        Ok(Box::new(BooleanQuery::new(clauses)))
    }

    /// A phrase (or single-term) query for `value` in an entity field, analyzed as indexed.
    fn value_query(&self, field: Field, value: &str) -> Option<Box<dyn Query>> {
        let mut analyzer = self.index.tokenizer_for_field(field).ok()?;
        let mut stream = analyzer.token_stream(value);
        let mut terms = Vec::new();
        while let Some(token) = stream.next() {
            terms.push((token.position, Term::from_field_text(field, &token.text)));
        }
        match terms.len() {
            0 => None,
            1 => {
                let (_, term) = terms.pop()?;
                Some(Box::new(TermQuery::new(term, IndexRecordOption::Basic)))
            }
            _ => Some(Box::new(PhraseQuery::new_with_offset(terms))),
        }
    }
}
