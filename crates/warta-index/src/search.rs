//! Searching: a query string plus typed filters, sorted by relevance or date, with snippets.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::{Bound, Range};

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, PhraseQuery, Query, RangeQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, Order, Searcher, TantivyDocument, Term};
use warta_core::Article;

use crate::error::{Error, Result};
use crate::index::WartaIndex;
use crate::query::{self, QueryError};
use crate::schema::to_datetime;

/// Length of a snippet: at most this many bytes around matched words (as tantivy counts),
/// this many characters of the opening otherwise.
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

/// Picks the passage of a text with the query's terms, as tantivy's `SnippetGenerator`
/// does (fragments of at most [`SNIPPET_CHARS`] bytes cut at token boundaries, scored by
/// the weights of the terms they hold, the best and then the earliest kept), keeping only
/// the best fragment so far, and without lower-casing tokens that are lower case already.
struct Highlighter {
    weights: BTreeMap<String, f32>,
    analyzer: TextAnalyzer,
}

/// A fragment being scored: start and end byte offsets, score, matched words.
struct Fragment {
    start: usize,
    stop: usize,
    score: f32,
    marks: Vec<Range<usize>>,
}

impl Highlighter {
    /// The best passage of `text`, `None` when no term occurs in it.
    fn snippet(&mut self, text: &str) -> Option<Snippet> {
        if self.weights.is_empty() {
            return None;
        }
        let mut best: Option<Fragment> = None;
        let mut keep = |f: &mut Fragment| {
            if f.score > 0.0 && best.as_ref().is_none_or(|b| f.score > b.score) {
                best = Some(Fragment {
                    marks: std::mem::take(&mut f.marks),
                    ..*f
                });
            }
        };
        let mut current = Fragment {
            start: 0,
            stop: 0,
            score: 0.0,
            marks: Vec::new(),
        };
        let mut stream = self.analyzer.token_stream(text);
        while let Some(token) = stream.next() {
            if token.offset_to - current.start > SNIPPET_CHARS {
                keep(&mut current);
                current.start = token.offset_from;
                current.score = 0.0;
                current.marks.clear();
            }
            current.stop = token.offset_to;
            let word = &token.text;
            let lowered;
            let key = if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
                word.as_str()
            } else {
                lowered = word.to_lowercase();
                lowered.as_str()
            };
            if let Some(weight) = self.weights.get(key) {
                current.score += weight;
                current.marks.push(token.offset_from..token.offset_to);
            }
        }
        keep(&mut current);
        let best = best?;
        Some(Snippet {
            fragment: text[best.start..best.stop].to_string(),
            highlighted: best
                .marks
                .iter()
                .map(|r| r.start - best.start..r.end - best.start)
                .collect(),
        })
    }
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
        let mut highlighter = if addresses.is_empty() {
            None
        } else {
            Some(self.highlighter(&searcher, &*query)?)
        };
        let mut hits = Vec::with_capacity(addresses.len());
        for (score, address) in addresses {
            let article = self.stored_article(&searcher, address)?;
            let best = highlighter.as_mut().and_then(|h| h.snippet(&article.text));
            // No body word matched (an entity or date query): the opening lines.
            let snippet = best.unwrap_or_else(|| Snippet {
                fragment: opening(&article.text, SNIPPET_CHARS),
                highlighted: Vec::new(),
            });
            hits.push(Hit {
                score,
                article,
                snippet,
            });
        }
        Ok(SearchResults { total, hits })
    }

    /// The highlighter of a query's body terms, weighted as tantivy's `SnippetGenerator`
    /// weighs them, with the index's highlighting analyzer (whose memory of stems outlives
    /// the search).
    fn highlighter(&self, searcher: &Searcher, query: &dyn Query) -> Result<Highlighter> {
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
        Ok(Highlighter {
            weights,
            analyzer: self.snippet_analyzer.clone(),
        })
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

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use proptest::prelude::*;
    use tantivy::schema::{Schema, TEXT};
    use tantivy::snippet::SnippetGenerator;

    use super::*;
    use crate::analyzer::{id_stem_analyzer, id_stem_analyzer_shared};

    const WORDS: &[&str] = &[
        "pelayanan",
        "Dilayani",
        "MENTERI",
        "di",
        "yang",
        "e-KTP",
        "Jum'at",
        "1.000",
        "banjir",
        "Pontianak,",
        "(Kalbar)",
        "kerja",
        "tenaga",
        "İstanbul",
        "ß",
        "—",
        "memperbaiki",
        "\n",
        "Bank",
        "Indonesia",
        "perbaikan",
        "😀",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// The highlighter picks exactly the passage and words tantivy's generator picks.
        #[test]
        fn the_highlighter_picks_what_tantivy_picks(
            text in prop::collection::vec(prop::sample::select(WORDS), 0..120),
            terms in prop::collection::vec((prop::sample::select(WORDS), 1u32..50), 0..4),
        ) {
            let text = text.join(" ");
            let stemmer = Arc::new(warta_core::lang::stem::Stemmer::new());
            let mut analyzer = id_stem_analyzer(stemmer.clone());
            let mut weights = BTreeMap::new();
            for (word, freq) in terms {
                let mut stream = analyzer.token_stream(word);
                while let Some(t) = stream.next() {
                    weights.insert(t.text.clone(), 1.0 / (1.0 + freq as f32));
                }
            }
            let field = Schema::builder().add_text_field("body", TEXT);
            let tantivy = SnippetGenerator::new(weights.clone(), analyzer, field, SNIPPET_CHARS)
                .snippet(&text);
            let mut ours = Highlighter { weights, analyzer: id_stem_analyzer_shared(stemmer) };
            for _ in 0..2 {
                let got = ours.snippet(&text);
                if tantivy.is_empty() {
                    prop_assert!(got.is_none());
                } else {
                    let got = got.unwrap();
                    prop_assert_eq!(got.fragment.as_str(), tantivy.fragment());
                    prop_assert_eq!(got.highlighted.as_slice(), tantivy.highlighted());
                }
            }
        }
    }
}
