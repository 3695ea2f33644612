//! The [`Extractor`]: the stages, in order.
//!
//! normalize -> layout (title, published, byline, dateline, furniture) -> segment ->
//! laws -> dates -> entities (rules + tagger, resolved) -> agreements -> quotes.

use time::{Date, OffsetDateTime};

use crate::article::Article;
use crate::doc::Doc;
use crate::error::Error;
use crate::extract::{agreements, dates, laws, quotes};
use crate::ner::Tagger;
use crate::{resolve, text};

/// One raw article as it comes from a file, a JSON line or stdin.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Input {
    /// The input's own id, if any.
    pub id: Option<String>,
    /// File path or URL as given.
    pub source: Option<String>,
    /// The headline, when the input gives it apart from the text (then `text` is body only).
    pub title: Option<String>,
    /// The raw text as scraped.
    pub text: String,
    /// The publication date, when the input gives it apart from the text, in any form
    /// the date parser reads (`2020-01-20`, `Senin, 20 Januari 2020`, ...).
    pub published: Option<String>,
}

impl Input {
    /// An input made of raw text only.
    pub fn from_text(text: impl Into<String>) -> Self {
        Input {
            text: text.into(),
            ..Input::default()
        }
    }
}

/// Whether the learned name tagger runs beside the rules.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TaggerMode {
    /// Rules and the built-in tagger model.
    #[default]
    Default,
    /// Rules only.
    Off,
}

/// Options fixed when an [`Extractor`] is built.
#[derive(Debug, Clone, Default)]
pub struct ExtractOptions {
    /// Reference date for year-less and relative dates when an article has no publication
    /// date; `None` means the run date.
    pub reference_date: Option<Date>,
    /// Whether the learned tagger runs.
    pub tagger: TaggerMode,
}

/// Built once (compiled patterns, gazetteers, the tagger model) and shared read-only
/// across threads; [`Extractor::extract`] never fails and never panics.
#[derive(Debug)]
pub struct Extractor {
    options: ExtractOptions,
    tagger: Option<Tagger>,
}

impl Extractor {
    /// Build an extractor, loading the tagger model unless it is turned off.
    pub fn new(options: ExtractOptions) -> Result<Self, Error> {
        let tagger = match options.tagger {
            TaggerMode::Default => Tagger::builtin()?,
            TaggerMode::Off => None,
        };
        crate::gazetteer::warm_up();
        Ok(Extractor { options, tagger })
    }

    /// The options this extractor was built with.
    pub fn options(&self) -> &ExtractOptions {
        &self.options
    }

    /// Extract one article.
    pub fn extract(&self, input: &Input) -> Article {
        let normalized = text::normalize::normalize(&input.text);
        let given_title = input.title.as_deref().map(text::normalize::normalize);
        let layout = text::layout::split(&normalized, given_title.as_deref());
        let published = input
            .published
            .as_deref()
            .and_then(dates::parse_publication)
            .or(layout.published);
        let (reference, reference_is_published) = match (published, self.options.reference_date) {
            (Some(p), _) => (p, true),
            (None, Some(r)) => (r, false),
            (None, None) => (OffsetDateTime::now_utc().date(), false),
        };

        let id = input
            .id
            .clone()
            .unwrap_or_else(|| content_id(&layout.title, &layout.body));
        let mut article = Article::new(id, layout.body);
        article.source = input.source.clone();
        article.title = layout.title;
        article.published = published.map(dates::iso);
        article.dateline = layout.dateline;
        article.byline = layout.byline;
        article.removed = layout.removed;
        article.credits = layout.credits;

        let doc = Doc::new(&article.text, reference, reference_is_published);
        let laws = laws::find(&doc);
        let law_spans: Vec<_> = laws.iter().map(|l| l.start..l.end).collect();
        let dates = dates::find(&doc, &law_spans);
        let mut entities = resolve::entities(&doc, self.tagger.as_ref());
        resolve::add_dateline_place(&mut entities.places, article.dateline.as_ref());
        let agreements = agreements::find(&doc, &entities.organizations, &dates);
        let quotes = quotes::find(&doc, &entities.people);

        article.laws = laws;
        article.dates = dates;
        article.people = entities.people;
        article.organizations = entities.organizations;
        article.places = entities.places;
        article.agreements = agreements;
        article.quotes = quotes;
        article
    }
}

/// A stable id for an input without one: FNV-1a of the headline and cleaned text.
fn content_id(title: &Option<String>, body: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let title = title.as_deref().unwrap_or("");
    for byte in title.bytes().chain([0u8]).chain(body.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}
