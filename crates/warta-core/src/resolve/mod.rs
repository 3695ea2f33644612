//! Mentions to entities: people, organizations and places. (Placeholder: to be completed.)

use crate::article::{Organization, Person, Place};
use crate::doc::Doc;
use crate::ner::Tagger;

/// The resolved entities of one article.
#[derive(Debug, Clone, Default)]
pub struct Entities {
    /// People with roles and aliases.
    pub people: Vec<Person>,
    /// Organizations with canonical names.
    pub organizations: Vec<Organization>,
    /// Places with canonical names.
    pub places: Vec<Place>,
}

/// Recognize and resolve the entities of a document, merging the tagger's spans when
/// a tagger is given.
pub fn entities(_doc: &Doc, _tagger: Option<&Tagger>) -> Entities {
    Entities::default()
}
