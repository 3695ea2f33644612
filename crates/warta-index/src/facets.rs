//! Facet counts: the most frequent people, organizations, places, agreement types,
//! statuses and laws among matching articles, and the number of articles per month.

use std::str::FromStr;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

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
    /// The schema field holding this kind's values (one per article, as a fast column).
    pub fn field_name(self) -> &'static str {
        match self {
            FacetKind::People => "facet_person",
            FacetKind::Organizations => "facet_org",
            FacetKind::Places => "facet_place",
            FacetKind::Agreements => "facet_agreement",
            FacetKind::Statuses => "facet_status",
            FacetKind::Laws => "facet_law",
            FacetKind::Months => "month",
        }
    }

    /// Every kind, in schema order.
    pub const ALL: [FacetKind; 7] = [
        FacetKind::People,
        FacetKind::Organizations,
        FacetKind::Places,
        FacetKind::Agreements,
        FacetKind::Statuses,
        FacetKind::Laws,
        FacetKind::Months,
    ];
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
    /// `filters` (most frequent first, equal counts in byte order of the value; months in
    /// calendar order, the latest `limit`).
    pub fn facets(
        &self,
        kind: FacetKind,
        query: &str,
        filters: &Filters,
        limit: usize,
    ) -> Result<Vec<FacetCount>> {
        let searcher = self.reader.searcher();
        let collector = ValueCounts {
            field: kind.field_name(),
            limit,
            calendar: kind == FacetKind::Months,
        };
        if matches!(query.trim(), "" | "*") && *filters == Filters::default() {
            // Every article: read each column whole instead of article by article.
            let mut segments = Vec::new();
            for reader in searcher.segment_readers() {
                segments.push(collector.count_all(reader)?);
            }
            return Ok(collector.merge_fruits(segments)?);
        }
        let query = self.build_query(query, filters)?;
        Ok(searcher.search(&*query, &collector)?)
    }
}

/// Counts the values of a multi-valued string column (each value at most once per
/// article) and keeps the `limit` most frequent. Only the values kept are read from the
/// column's dictionary when the index has one segment; with several, the values seen are
/// read in one ordered pass per segment and added up by name.
struct ValueCounts {
    field: &'static str,
    limit: usize,
    /// Keep the last `limit` values in value order instead of the most frequent.
    calendar: bool,
}

struct SegmentValueCounts {
    column: Option<StrColumn>,
    counts: Vec<u32>,
}

impl SegmentCollector for SegmentValueCounts {
    type Fruit = Option<(StrColumn, Vec<u32>)>;

    fn collect(&mut self, doc: DocId, _: Score) {
        if let Some(column) = &self.column {
            for ord in column.term_ords(doc) {
                self.counts[ord as usize] += 1;
            }
        }
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        if let Some(column) = &self.column {
            for &doc in docs {
                for ord in column.term_ords(doc) {
                    self.counts[ord as usize] += 1;
                }
            }
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.column.map(|c| (c, self.counts))
    }
}

impl Collector for ValueCounts {
    type Fruit = Vec<FacetCount>;
    type Child = SegmentValueCounts;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentValueCounts> {
        let column = reader.fast_fields().str(self.field)?;
        let terms = column.as_ref().map_or(0, |c| c.num_terms());
        Ok(SegmentValueCounts {
            column,
            counts: vec![0; terms],
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(
        &self,
        segments: Vec<Option<(StrColumn, Vec<u32>)>>,
    ) -> tantivy::Result<Vec<FacetCount>> {
        let mut segments: Vec<(StrColumn, Vec<u32>)> = segments.into_iter().flatten().collect();
        if segments.len() == 1 {
            if let Some((column, counts)) = segments.pop() {
                return self.one_segment(&column, &counts);
            }
        }
        // Each segment's values come out of its dictionary in byte order: merge them.
        let mut lists = Vec::with_capacity(segments.len());
        for (column, counts) in &segments {
            let mut list = Sorted::default();
            let ords: Vec<u64> = (0..counts.len() as u64)
                .filter(|&o| counts[o as usize] > 0)
                .collect();
            let mut seen = ords.iter();
            column.dictionary().sorted_ords_to_term_cb(&ords, |bytes| {
                if let Some(&ord) = seen.next() {
                    list.push(bytes, counts[ord as usize]);
                }
            })?;
            lists.push(list);
        }
        let merged = Sorted::merge(&lists);
        let mut kept: Vec<usize> = (0..merged.counts.len()).collect();
        if self.calendar {
            let skip = kept.len().saturating_sub(self.limit);
            kept.drain(..skip);
        } else {
            let by_count =
                |a: &usize, b: &usize| merged.counts[*b].cmp(&merged.counts[*a]).then(a.cmp(b));
            if kept.len() > self.limit && self.limit > 0 {
                kept.select_nth_unstable_by(self.limit - 1, by_count);
            }
            kept.truncate(self.limit);
            kept.sort_unstable_by(by_count);
        }
        Ok(kept
            .into_iter()
            .map(|i| FacetCount {
                value: text(merged.get(i)),
                count: merged.counts[i],
            })
            .collect())
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Values in byte order, with their counts, in one buffer.
#[derive(Default)]
struct Sorted {
    bytes: Vec<u8>,
    ends: Vec<usize>,
    counts: Vec<u64>,
}

impl Sorted {
    fn push(&mut self, value: &[u8], count: impl Into<u64>) {
        self.bytes.extend_from_slice(value);
        self.ends.push(self.bytes.len());
        self.counts.push(count.into());
    }

    fn get(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.bytes[start..self.ends[i]]
    }

    /// One list of every value of `lists`, counts added up.
    fn merge(lists: &[Sorted]) -> Sorted {
        let mut out = Sorted::default();
        let mut heads = vec![0usize; lists.len()];
        loop {
            let mut least: Option<&[u8]> = None;
            for (list, &at) in lists.iter().zip(&heads) {
                if at < list.counts.len() {
                    let value = list.get(at);
                    if least.is_none_or(|l| value < l) {
                        least = Some(value);
                    }
                }
            }
            let Some(least) = least else {
                return out;
            };
            let mut count = 0;
            for (list, at) in lists.iter().zip(heads.iter_mut()) {
                if *at < list.counts.len() && list.get(*at) == least {
                    count += list.counts[*at];
                    *at += 1;
                }
            }
            out.push(least, count);
        }
    }
}

impl ValueCounts {
    /// The counts of every live article of a segment.
    fn count_all(&self, reader: &SegmentReader) -> tantivy::Result<Option<(StrColumn, Vec<u32>)>> {
        let Some(column) = reader.fast_fields().str(self.field)? else {
            return Ok(None);
        };
        let mut counts = vec![0u32; column.num_terms()];
        if reader.num_deleted_docs() == 0 {
            let values = &column.ords().values;
            let mut buf = [0u64; 1024];
            let mut at = 0u32;
            while at < values.num_vals() {
                let n = (values.num_vals() - at).min(buf.len() as u32);
                values.get_range(u64::from(at), &mut buf[..n as usize]);
                for &ord in &buf[..n as usize] {
                    counts[ord as usize] += 1;
                }
                at += n;
            }
        } else {
            for doc in reader.doc_ids_alive() {
                for ord in column.term_ords(doc) {
                    counts[ord as usize] += 1;
                }
            }
        }
        Ok(Some((column, counts)))
    }

    /// One segment: ordinals are in value order, so the kept values are chosen on the
    /// counts alone and only they are read.
    fn one_segment(&self, column: &StrColumn, counts: &[u32]) -> tantivy::Result<Vec<FacetCount>> {
        let mut kept: Vec<u64> = (0..counts.len() as u64)
            .filter(|&o| counts[o as usize] > 0)
            .collect();
        if self.calendar {
            let skip = kept.len().saturating_sub(self.limit);
            kept.drain(..skip);
        } else {
            let by_count =
                |a: &u64, b: &u64| counts[*b as usize].cmp(&counts[*a as usize]).then(a.cmp(b));
            if kept.len() > self.limit && self.limit > 0 {
                kept.select_nth_unstable_by(self.limit - 1, by_count);
            }
            kept.truncate(self.limit);
            kept.sort_unstable();
        }
        let mut values = Vec::with_capacity(kept.len());
        column
            .dictionary()
            .sorted_ords_to_term_cb(&kept, |bytes| values.push(text(bytes)))?;
        let mut out: Vec<FacetCount> = kept
            .iter()
            .zip(values)
            .map(|(&ord, value)| FacetCount {
                value,
                count: u64::from(counts[ord as usize]),
            })
            .collect();
        if !self.calendar {
            // Values are in byte order already: a stable sort on the count keeps it for ties.
            out.sort_by_key(|c| std::cmp::Reverse(c.count));
        }
        Ok(out)
    }
}
