//! The index schema: which parts of an [`Article`] are indexed, and how.
//!
//! Field names are the query language's prefixes (`person:`, `org:`, `place:`,
//! `agreement:`, `status:`, `law:`, `title:`, `date:`), so a query names fields directly.
//! Entity fields hold canonical names, acronyms and aliases as searchable text (analyzer
//! `id`), and the same entities as facets under one facet field (`/person/Agus Priyadi`).

use tantivy::schema::{
    DateOptions, FacetOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions,
    STORED, STRING,
};
use tantivy::{DateTime, TantivyDocument};
use warta_core::Article;

use crate::analyzer::{ID, ID_STEM};
use crate::places;

/// The schema version this crate writes and reads; bump it whenever [`build`] changes.
pub const SCHEMA_VERSION: u32 = 1;

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
    /// Every entity as a facet, and the month of publication.
    pub facet: Field,
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
        facet: b.add_facet_field("facet", FacetOptions::default()),
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
        if let Some(day) = article.published.as_deref().and_then(parse_day) {
            doc.add_date(self.date, to_datetime(day));
            let month = format!("{:04}-{:02}", day.year(), u8::from(day.month()));
            doc.add_facet(
                self.facet,
                tantivy::schema::Facet::from_path(["month", &month]),
            );
        }
        let facet = |doc: &mut TantivyDocument, kind: &str, value: &str| {
            if !value.trim().is_empty() {
                doc.add_facet(
                    self.facet,
                    tantivy::schema::Facet::from_path([kind, value.trim()]),
                );
            }
        };
        for p in &article.people {
            doc.add_text(self.person, &p.name);
            p.aliases.iter().for_each(|a| doc.add_text(self.person, a));
            facet(&mut doc, "person", &p.name);
        }
        for o in &article.organizations {
            doc.add_text(self.org, &o.name);
            o.acronym.iter().for_each(|a| doc.add_text(self.org, a));
            o.aliases.iter().for_each(|a| doc.add_text(self.org, a));
            facet(&mut doc, "org", &o.name);
        }
        for p in &article.places {
            doc.add_text(self.place, &p.name);
            p.aliases.iter().for_each(|a| doc.add_text(self.place, a));
            for other in places::other_names(&p.name) {
                doc.add_text(self.place, other);
            }
            facet(&mut doc, "place", &p.name);
        }
        for a in &article.agreements {
            doc.add_text(self.agreement, &a.kind);
            doc.add_text(self.agreement, &a.text);
            let status = serde_json::to_value(a.status).ok();
            if let Some(status) = status.as_ref().and_then(|s| s.as_str()) {
                doc.add_text(self.status, status);
                facet(&mut doc, "status", status);
            }
            facet(&mut doc, "agreement", &a.kind);
        }
        for law in &article.laws {
            doc.add_text(self.law, &law.text);
            let short = law_short_form(law);
            doc.add_text(self.law, &short);
            law.subject.iter().for_each(|s| doc.add_text(self.law, s));
            facet(&mut doc, "law", &short);
        }
        doc.add_text(self.article, json);
        doc
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
