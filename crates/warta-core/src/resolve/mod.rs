//! Mentions to entities: people, organizations and places.
//!
//! Recognize, then resolve: the recognizers in [`crate::extract`] give person, organization
//! and place mentions; the tagger, when given, adds the names no pattern sees. Here the
//! mentions are reconciled (a name next to a title wins its boundaries; a place inside an
//! organization name is not a separate mention), grouped into one entry per real thing,
//! and given canonical names, roles, aliases and acronyms.

mod canonical;
mod orgs;
mod people;

use std::ops::Range;

use crate::article::{Mention, Organization, Person, Place, PlaceKind};
use crate::doc::Doc;
use crate::extract::{names, organizations, people as people_rx, places as places_rx};
use crate::ner::{NerLabel, Tagger};

pub use canonical::{canonical, Canonical};

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

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Recognize and resolve the entities of a document, merging the tagger's spans when
/// a tagger is given.
pub fn entities(doc: &Doc, tagger: Option<&Tagger>) -> Entities {
    let text = doc.text;
    let toks = names::tokenize(text);
    let mut person_ms = people_rx::find(text, &toks);
    let mut org_ms = organizations::find(text, &toks);
    drop_defined_otherwise(text, &toks, &mut org_ms);
    let mut place_ms = places_rx::find(text, &toks);

    // A name found beside a title or a speech verb wins over a place or an agency reading.
    org_ms.retain(|o| !person_ms.iter().any(|p| overlaps(&p.span, &o.span)));
    if let Some(tagger) = tagger {
        let spans = tagger.tag(text, &doc.words, &doc.sentences);
        merge_tagger(
            text,
            &toks,
            spans,
            &mut person_ms,
            &mut org_ms,
            &mut place_ms,
        );
    }
    for m in people_rx::bare_names(text, &toks) {
        let taken = person_ms.iter().any(|p| overlaps(&p.span, &m.span))
            || org_ms.iter().any(|o| overlaps(&o.span, &m.span))
            || place_ms.iter().any(|p| overlaps(&p.span, &m.span));
        if !taken {
            person_ms.push(m);
        }
    }
    place_ms.retain(|pl| {
        !person_ms.iter().any(|p| overlaps(&p.span, &pl.span))
            && !org_ms.iter().any(|o| overlaps(&o.span, &pl.span))
    });

    let people = people::resolve(text, &toks, person_ms, &org_ms, &place_ms);
    let (organizations, org_regions) = orgs::resolve(text, &toks, &org_ms, &people);
    let places = resolve_places(text, &place_ms, &org_regions, &people);
    Entities {
        people,
        organizations,
        places,
    }
}

/// An acronym the text defines as something other than an organization (`Perjanjian
/// Kerja Sama (PKS)`) is not the body the acronym list knows (`PKS`, the party).
fn drop_defined_otherwise(
    text: &str,
    toks: &[names::Tok],
    org_ms: &mut Vec<organizations::OrgMention>,
) {
    let mut other: Vec<&str> = Vec::new();
    for k in 1..toks.len().saturating_sub(2) {
        if toks[k].text(text) != "(" || toks[k + 2].text(text) != ")" || !toks[k - 1].word {
            continue;
        }
        let a = toks[k + 1].text(text);
        let defined_as_org = org_ms.iter().any(|o| {
            o.span.end == toks[k - 1].end
                || o.acronym
                    .as_ref()
                    .is_some_and(|r| r == &toks[k + 1].range())
        });
        if !defined_as_org && names::is_cap(toks[k - 1].text(text)) {
            other.push(a);
        }
    }
    org_ms.retain(|o| !other.contains(&text.get(o.span.clone()).unwrap_or("")));
}

/// Tagger spans the rules did not see are accepted with their label; where both agree the
/// rules keep their boundaries.
fn merge_tagger(
    text: &str,
    toks: &[names::Tok],
    spans: Vec<crate::ner::NerSpan>,
    person_ms: &mut Vec<people_rx::PersonMention>,
    org_ms: &mut Vec<organizations::OrgMention>,
    place_ms: &mut Vec<places_rx::PlaceMention>,
) {
    for s in spans {
        let taken = person_ms.iter().any(|p| overlaps(&p.span, &s.span))
            || org_ms.iter().any(|o| overlaps(&o.span, &s.span))
            || place_ms.iter().any(|p| overlaps(&p.span, &s.span));
        if taken || text.get(s.span.clone()).is_none() {
            continue;
        }
        let first = toks
            .iter()
            .position(|t| t.start >= s.span.start)
            .unwrap_or(toks.len());
        let last = toks
            .iter()
            .rposition(|t| t.end <= s.span.end)
            .map_or(first, |k| k + 1);
        if last <= first {
            continue;
        }
        match s.label {
            NerLabel::Per => person_ms.push(people_rx::PersonMention {
                span: s.span.clone(),
                toks: first..last,
                honorifics: Vec::new(),
                role: None,
            }),
            NerLabel::Org => org_ms.push(organizations::OrgMention {
                span: s.span.clone(),
                toks: first..last,
                kind: crate::article::OrgKind::Other,
                acronym: None,
            }),
            NerLabel::Loc => {
                let name = text.get(s.span.clone()).unwrap_or("").to_string();
                place_ms.push(places_rx::PlaceMention {
                    span: s.span.clone(),
                    toks: first..last,
                    name,
                    kind: PlaceKind::Other,
                })
            }
        }
    }
    person_ms.sort_by_key(|m| m.span.start);
    org_ms.sort_by_key(|m| m.span.start);
    place_ms.sort_by_key(|m| m.span.start);
}

/// One place per canonical name with its mentions. A region named only inside
/// organization names (`Pemprov Kalteng`) is still a place of the article, listed without
/// a mention: the mention belongs to the organization, as NER annotation treats nested
/// names, and the article is still about that province.
fn resolve_places(
    text: &str,
    place_ms: &[places_rx::PlaceMention],
    org_regions: &[(String, PlaceKind)],
    people: &[Person],
) -> Vec<Place> {
    let mut out: Vec<Place> = Vec::new();
    for m in place_ms {
        let surface = text.get(m.span.clone()).unwrap_or("").to_string();
        let idx = match out.iter().position(|p| p.name == m.name) {
            Some(i) => i,
            None => {
                out.push(Place {
                    name: m.name.clone(),
                    kind: m.kind,
                    aliases: Vec::new(),
                    mentions: Vec::new(),
                });
                out.len() - 1
            }
        };
        let place = &mut out[idx];
        if surface != place.name && !place.aliases.contains(&surface) {
            place.aliases.push(surface);
        }
        place.mentions.push(Mention::new(m.span.start, m.span.end));
    }
    for (name, kind) in org_regions {
        if !out.iter().any(|p| &p.name == name) && !people.iter().any(|p| &p.name == name) {
            out.push(Place {
                name: name.clone(),
                kind: *kind,
                aliases: Vec::new(),
                mentions: Vec::new(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests;
