//! Mentions to entities: people, organizations and places. (Placeholder: to be completed.)

use crate::article::{Mention, OrgKind, Organization, Person, Place, PlaceKind};
use crate::doc::Doc;
use crate::ner::{NerLabel, Tagger};

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
///
/// Interim: tagger spans only, one entity per distinct surface form and label.
pub fn entities(doc: &Doc, tagger: Option<&Tagger>) -> Entities {
    let mut out = Entities::default();
    let Some(tagger) = tagger else { return out };
    for span in tagger.tag(doc.text, &doc.words, &doc.sentences) {
        let Some(surface) = doc.text.get(span.span.clone()) else {
            continue;
        };
        let name = surface.split_whitespace().collect::<Vec<_>>().join(" ");
        let mention = Mention::new(span.span.start, span.span.end);
        match span.label {
            NerLabel::Per => match out.people.iter_mut().find(|p| p.name == name) {
                Some(p) => p.mentions.push(mention),
                None => out.people.push(Person {
                    name,
                    honorifics: Vec::new(),
                    aliases: Vec::new(),
                    roles: Vec::new(),
                    mentions: vec![mention],
                }),
            },
            NerLabel::Org => match out.organizations.iter_mut().find(|o| o.name == name) {
                Some(o) => o.mentions.push(mention),
                None => out.organizations.push(Organization {
                    name,
                    acronym: None,
                    aliases: Vec::new(),
                    kind: OrgKind::Other,
                    region: None,
                    mentions: vec![mention],
                }),
            },
            NerLabel::Loc => match out.places.iter_mut().find(|p| p.name == name) {
                Some(p) => p.mentions.push(mention),
                None => out.places.push(Place {
                    name,
                    kind: PlaceKind::Other,
                    aliases: Vec::new(),
                    mentions: vec![mention],
                }),
            },
        }
    }
    out
}
