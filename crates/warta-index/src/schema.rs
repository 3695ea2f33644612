//! The index schema: which parts of an [`Article`] are indexed, and how.
//!
//! Field names are the query language's prefixes (`person:`, `org:`, `place:`,
//! `agreement:`, `status:`, `law:`, `title:`, `date:`), so a query names fields directly.
//! Entity fields hold canonical names, acronyms and aliases as searchable text (analyzer
//! `id`), and the canonical values once more, one fast string column per kind
//! (`facet_person`, `facet_org`, ... and `month`), which facet counts read.

use tantivy::schema::{
    DateOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, STORED, STRING,
};
use tantivy::{DateTime, TantivyDocument};
use warta_core::Article;

use crate::analyzer::{ID, ID_STEM};
use crate::places;

/// The schema version this crate writes and reads; bump it whenever [`build`] changes.
pub const SCHEMA_VERSION: u32 = 2;

/// Handles to every field.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// Article id (raw, unique).
    pub id: Field,
    /// Source path or URL (raw).
    pub source: Field,
    /// Headline (`id_stem`, with positions).
    pub title: Field,
    /// Cleaned body (`id_stem`, with positions).
    pub body: Field,
    /// Publication date (indexed, fast).
    pub date: Field,
    /// People: names and aliases.
    pub person: Field,
    /// Organizations: canonical names, acronyms, aliases.
    pub org: Field,
    /// Places: canonical names and aliases (province short forms included).
    pub place: Field,
    /// Agreement types and the instruments as written.
    pub agreement: Field,
    /// Agreement statuses.
    pub status: Field,
    /// Laws: as written, short form (`UU 25/2009`) and subject.
    pub law: Field,
    /// Canonical values counted by facets, one column per [`FacetKind`](crate::FacetKind)
    /// in [`FacetKind::ALL`](crate::FacetKind::ALL) order: people, organizations, places,
    /// agreement types, statuses, laws (short form), month of publication (`2021-04`).
    pub facets: [Field; 7],
    /// The whole Article JSON.
    pub article: Field,
}

fn text(analyzer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyzer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    )
}

/// The schema and its field handles.
pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fields = Fields {
        id: b.add_text_field("id", STRING | STORED),
        source: b.add_text_field("source", STRING),
        title: b.add_text_field("title", text(ID_STEM)),
        body: b.add_text_field("body", text(ID_STEM)),
        date: b.add_date_field("date", DateOptions::default().set_indexed().set_fast()),
        person: b.add_text_field("person", text(ID)),
        org: b.add_text_field("org", text(ID)),
        place: b.add_text_field("place", text(ID)),
        agreement: b.add_text_field("agreement", text(ID)),
        status: b.add_text_field("status", text(ID)),
        law: b.add_text_field("law", text(ID)),
        facets: crate::FacetKind::ALL.map(|kind| {
            b.add_text_field(kind.field_name(), TextOptions::default().set_fast("raw"))
        }),
        article: b.add_text_field("article", STORED),
    };
    (b.build(), fields)
}

/// The publication date (`YYYY-MM-DD`, or a prefix of it) as a tantivy date.
pub fn parse_day(iso: &str) -> Option<time::Date> {
    let mut parts = iso.trim().splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next().unwrap_or("1").parse().ok()?;
    let day: u8 = parts.next().unwrap_or("1").get(..2)?.parse().ok()?;
    time::Date::from_calendar_date(year, time::Month::try_from(month).ok()?, day).ok()
}

/// Midnight UTC of `date` as a tantivy date.
pub fn to_datetime(date: time::Date) -> DateTime {
    DateTime::from_utc(date.midnight().assume_utc())
}

impl Fields {
    /// The document for `article`; `json` is its serialized form, stored as is.
    pub fn document(&self, article: &Article, json: String) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_text(self.id, &article.id);
        if let Some(source) = &article.source {
            doc.add_text(self.source, source);
        }
        if let Some(title) = &article.title {
            doc.add_text(self.title, title);
        }
        doc.add_text(self.body, &article.text);
        let [person_f, org_f, place_f, agreement_f, status_f, law_f, month_f] = self.facets;
        if let Some(day) = article.published.as_deref().and_then(parse_day) {
            doc.add_date(self.date, to_datetime(day));
            let month = format!("{:04}-{:02}", day.year(), u8::from(day.month()));
            doc.add_text(month_f, month);
        }
        // Each value once per article, so that a count is a number of articles.
        let mut values = Values::default();
        for p in &article.people {
            doc.add_text(self.person, &p.name);
            p.aliases.iter().for_each(|a| doc.add_text(self.person, a));
            values.add(person_f, &p.name);
        }
        for o in &article.organizations {
            doc.add_text(self.org, &o.name);
            o.acronym.iter().for_each(|a| doc.add_text(self.org, a));
            o.aliases.iter().for_each(|a| doc.add_text(self.org, a));
            values.add(org_f, &o.name);
        }
        for p in &article.places {
            doc.add_text(self.place, &p.name);
            p.aliases.iter().for_each(|a| doc.add_text(self.place, a));
            for other in places::other_names(&p.name) {
                doc.add_text(self.place, other);
            }
            values.add(place_f, &p.name);
        }
        for a in &article.agreements {
            doc.add_text(self.agreement, &a.kind);
            doc.add_text(self.agreement, &a.text);
            let status = serde_json::to_value(a.status).ok();
            if let Some(status) = status.as_ref().and_then(|s| s.as_str()) {
                doc.add_text(self.status, status);
                values.add(status_f, status);
            }
            values.add(agreement_f, &a.kind);
        }
        for law in &article.laws {
            doc.add_text(self.law, &law.text);
            let short = law_short_form(law);
            doc.add_text(self.law, &short);
            law.subject.iter().for_each(|s| doc.add_text(self.law, s));
            values.add(law_f, &short);
        }
        for (field, value) in values.0 {
            doc.add_text(field, value);
        }
        doc.add_text(self.article, json);
        doc
    }
}

/// Facet values of one article, trimmed, without blanks or repeats.
#[derive(Default)]
struct Values(Vec<(Field, String)>);

impl Values {
    fn add(&mut self, field: Field, value: &str) {
        let value = value.trim();
        if !value.is_empty() && !self.0.iter().any(|(f, v)| *f == field && v == value) {
            self.0.push((field, value.to_string()));
        }
    }
}

/// `UU 25/2009`, the way analysts write a law; `UU 25` without a year.
pub fn law_short_form(law: &warta_core::article::Law) -> String {
    match (&law.number, law.year) {
        (Some(n), Some(y)) => format!("{} {n}/{y}", law.kind),
        (Some(n), None) => format!("{} {n}", law.kind),
        (None, Some(y)) => format!("{} {y}", law.kind),
        (None, None) => law.kind.clone(),
    }
}
