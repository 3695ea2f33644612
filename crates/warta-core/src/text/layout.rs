//! Article layout: headline, publication date line, byline, dateline, furniture, body.

use time::Date;

use crate::article::Dateline;

/// The parts of a raw article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    /// Headline without markup.
    pub title: Option<String>,
    /// Date from the publication line (`Senin, 20 Januari 2020 - Meigi Bastiani`).
    pub published: Option<Date>,
    /// Author or desk from the publication line.
    pub byline: Option<String>,
    /// Dateline opening the body.
    pub dateline: Option<Dateline>,
    /// Cleaned body.
    pub body: String,
    /// Furniture removed (banners, widgets, `Baca juga:` lines), as written.
    pub removed: Vec<String>,
    /// Credit codes closing the article (`MRF/RDM/APR`, `Tim`).
    pub credits: Vec<String>,
}

/// Split normalized text into its parts. When `given_title` is set, `text` is body only.
/// (Placeholder: to be completed.)
pub fn split(text: &str, given_title: Option<&str>) -> Layout {
    Layout {
        title: given_title.map(str::to_string),
        body: text.trim().to_string(),
        ..Layout::default()
    }
}
