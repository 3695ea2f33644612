//! Mentions to entities: people, organizations and places.
//!
//! Recognize, then resolve: the recognizers in [`crate::extract`] give person, organization
//! and place mentions; the tagger, when given, adds the names no pattern sees. Here the
//! mentions are reconciled (a name next to a title wins its boundaries; a place inside an
//! organization name is not a separate mention), grouped into one entry per real thing,
//! and given canonical names, roles, aliases and acronyms.

mod canonical;
mod coverage;
mod orgs;
mod people;

use std::ops::Range;

use self::coverage::Coverage;
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
    let not_agencies = defined_otherwise(text, &toks, &org_ms);
    org_ms.retain(|o| !not_agencies.contains(&text.get(o.span.clone()).unwrap_or("")));
    let mut place_ms = places_rx::find(text, &toks);

    // A name found beside a title or a speech verb wins over a place or an agency reading.
    trim_orgs(text, &toks, &mut org_ms, &person_ms);
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
        org_ms.retain(|o| {
            let s = text.get(o.span.clone()).unwrap_or("");
            !not_agencies
                .iter()
                .any(|a| s == *a || s.ends_with(&format!("({a})")))
        });
    }
    // With a tagger the verb cue adds more errors than names: the tagger has read the
    // context already.
    let evidence = match tagger {
        Some(_) => people_rx::BareEvidence::GivenName,
        None => people_rx::BareEvidence::GivenNameOrVerb,
    };
    let mut taken = Coverage::of(
        text.len(),
        person_ms
            .iter()
            .map(|p| &p.span)
            .chain(org_ms.iter().map(|o| &o.span))
            .chain(place_ms.iter().map(|p| &p.span)),
    );
    for m in people_rx::bare_names(text, &toks, evidence) {
        if !taken.overlaps(&m.span) {
            taken.mark(&m.span, 0);
            person_ms.push(m);
        }
    }
    // `Gedung Rektorat Unpatti`: a building named after its owner is a venue; the owner
    // inside its name is no separate mention.
    let venues: Vec<&Range<usize>> = place_ms
        .iter()
        .filter(|pl| pl.kind == PlaceKind::Venue)
        .map(|pl| &pl.span)
        .collect();
    let in_venue = Coverage::of(text.len(), venues.iter().copied());
    org_ms.retain(|o| {
        !in_venue
            .first_overlapping(&o.span)
            .and_then(|i| venues.get(i))
            .is_some_and(|v| v.start <= o.span.start && o.span.end <= v.end && **v != o.span)
    });
    // `Jalan Gubernur Suryo`: the person a street is named after is no mention.
    let streets: Vec<&Range<usize>> = place_ms
        .iter()
        .filter(|pl| {
            let head = text.get(pl.span.clone()).unwrap_or("").split(' ').next();
            matches!(head, Some("Jalan" | "Jl" | "Jl." | "Jln" | "Jln."))
        })
        .map(|pl| &pl.span)
        .collect();
    let on_street = Coverage::of(text.len(), streets.iter().copied());
    person_ms.retain(|p| {
        !on_street
            .first_overlapping(&p.span)
            .and_then(|i| streets.get(i))
            .is_some_and(|st| st.start < p.span.start && p.span.end <= st.end)
    });
    let named = Coverage::of(
        text.len(),
        person_ms
            .iter()
            .map(|p| &p.span)
            .chain(org_ms.iter().map(|o| &o.span)),
    );
    place_ms.retain(|pl| !named.overlaps(&pl.span));

    let people = people::resolve(text, &toks, person_ms, &org_ms, &place_ms);
    let (organizations, org_regions) = orgs::resolve(text, &toks, &org_ms, &people);
    let places = resolve_places(text, &place_ms, &org_regions, &people);
    let mut people = people;
    let mut organizations = organizations;
    fill_government_region(&mut organizations, &places);
    link_role_orgs(&mut people, &organizations);
    // One reading per name per article is the tagger's document pass (`ner::document`).
    Entities {
        people,
        organizations,
        places,
    }
}

/// A bare `Pemkab` or `Pemerintah Kota` in an article naming one regency (or city, or
/// province) is that region's government.
fn fill_government_region(orgs: &mut Vec<Organization>, places: &[Place]) {
    let mut k = 0;
    while k < orgs.len() {
        let kind = match orgs[k].name.as_str() {
            "Pemerintah Provinsi" => PlaceKind::Province,
            "Pemerintah Kabupaten" => PlaceKind::Regency,
            "Pemerintah Kota" => PlaceKind::City,
            _ => {
                k += 1;
                continue;
            }
        };
        let candidates: Vec<&Place> = places.iter().filter(|p| p.kind == kind).collect();
        let [place] = candidates[..] else {
            k += 1;
            continue;
        };
        let full = format!("{} {}", orgs[k].name, place.name);
        let region = place.name.clone();
        match orgs.iter().position(|o| o.name == full) {
            Some(j) => {
                let o = orgs.remove(k);
                let j = if j > k { j - 1 } else { j };
                let t = &mut orgs[j];
                for a in std::iter::once(o.name).chain(o.aliases) {
                    if !t.aliases.contains(&a) {
                        t.aliases.push(a);
                    }
                }
                t.mentions.extend(o.mentions);
                t.mentions.sort();
            }
            None => {
                let o = &mut orgs[k];
                let old = std::mem::replace(&mut o.name, full);
                if !o.aliases.contains(&old) {
                    o.aliases.push(old);
                }
                o.region = Some(region);
                k += 1;
            }
        }
    }
}

/// A role's organization as the article's own entry names it (`Asisten Ombudsman` ->
/// the regional office the article is about). A position closing with a name the article gives an organization (`Rektor Unkhara`
/// after `Universitas Khatulistiwa Raya (Unkhara)`) heads that organization.
fn link_role_orgs(people: &mut [Person], orgs: &[Organization]) {
    for role in people.iter_mut().flat_map(|p| p.roles.iter_mut()) {
        let Some(name) = &role.organization else {
            role.organization = orgs
                .iter()
                .find(|o| {
                    o.acronym.iter().chain(&o.aliases).any(|a| {
                        role.title
                            .strip_suffix(a.as_str())
                            .is_some_and(|h| h.ends_with(' '))
                    })
                })
                .map(|o| o.name.clone());
            continue;
        };
        let hit = orgs
            .iter()
            .find(|o| &o.name == name)
            .or_else(|| orgs.iter().find(|o| o.aliases.iter().any(|a| a == name)));
        if let Some(o) = hit {
            role.organization = Some(o.name.clone());
        }
    }
}

/// An agency name that runs into a person's name (`Kepala Dinas Bina Marga Erna
/// Purnawati`) ends before it; one that the name covers from its start is no agency.
fn trim_orgs(
    text: &str,
    toks: &[names::Tok],
    org_ms: &mut Vec<organizations::OrgMention>,
    person_ms: &[people_rx::PersonMention],
) {
    let covered = Coverage::of(text.len(), person_ms.iter().map(|p| &p.span));
    org_ms.retain_mut(|o| {
        let Some(p) = covered
            .first_overlapping(&o.span)
            .and_then(|i| person_ms.get(i))
        else {
            return true;
        };
        if p.span.start <= o.span.start {
            return false;
        }
        let mut end = p.toks.start;
        while end > o.toks.start + 1
            && (!toks[end - 1].word || matches!(toks[end - 1].text(text), "dan" | "&"))
        {
            end -= 1;
        }
        o.toks.end = end;
        o.span.end = toks[end - 1].end;
        o.acronym = o.acronym.take().filter(|a| a.end <= o.span.end);
        true
    });
}

/// An acronym the text defines as something other than an organization (`Perjanjian
/// Kerja Sama (PKS)`) is not the body the acronym list knows (`PKS`, the party).
fn defined_otherwise<'t>(
    text: &'t str,
    toks: &[names::Tok],
    org_ms: &[organizations::OrgMention],
) -> Vec<&'t str> {
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
        let known = crate::gazetteer::agencies::acronym(a).is_some();
        // `perjanjian kerja sama (PKS)`: the words before spell the acronym out.
        let n = a.chars().count();
        let initials: String = (k.saturating_sub(n)..k)
            .filter_map(|j| toks[j].text(text).chars().next())
            .collect();
        let spelled = k >= n && initials.to_lowercase() == a.to_lowercase();
        if known && !defined_as_org && (spelled || names::is_cap(toks[k - 1].text(text))) {
            other.push(a);
        }
    }
    other
}

/// The dateline's place (`PONTIANAK -`) is where the story was filed: a place of the
/// article, though the layout takes it out of the body (so it has no mention there).
pub fn add_dateline_place(places: &mut Vec<Place>, dateline: Option<&crate::article::Dateline>) {
    let Some(written) = dateline.and_then(|d| d.place.as_deref()) else {
        return;
    };
    let (name, kind) = match crate::gazetteer::places::lookup(written) {
        Some(p) => (p.name.to_string(), p.kind),
        None => (written.to_string(), PlaceKind::Other),
    };
    match places.iter_mut().find(|p| p.name == name) {
        Some(p) => {
            if written != name && !p.aliases.iter().any(|a| a == written) {
                p.aliases.push(written.to_string());
            }
        }
        None => places.insert(
            0,
            Place {
                name,
                kind,
                aliases: Vec::new(),
                mentions: Vec::new(),
            },
        ),
    }
}

/// Punctuation, honorifics and degrees: what may trail a name without being part of it.
fn is_title_furniture(text: &str, t: &names::Tok) -> bool {
    let w = t.text(text);
    let compact: String = w
        .chars()
        .filter(|c| *c != '.')
        .collect::<String>()
        .to_lowercase();
    !t.word
        || crate::gazetteer::vocab::is_honorific(&compact)
        || crate::gazetteer::vocab::is_degree(&compact)
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
    // Every mention so far, and each one added below: the overlap test is linear in the
    // text, whatever the number of spans.
    let mut taken = Coverage::of(
        text.len(),
        person_ms
            .iter()
            .map(|p| &p.span)
            .chain(org_ms.iter().map(|o| &o.span))
            .chain(place_ms.iter().map(|p| &p.span)),
    );
    for s in spans {
        if taken.overlaps(&s.span) || text.get(s.span.clone()).is_none() {
            continue;
        }
        // Tokens are in text order: the first starting in the span, one past the last
        // ending in it.
        let first = toks.partition_point(|t| t.start < s.span.start);
        let mut last = match toks.partition_point(|t| t.end <= s.span.end) {
            0 => first,
            k => k,
        };
        // Degrees and honorifics closing a span (`USK Prof. Dr.`, `M.H.`) are no name.
        while last > first && is_title_furniture(text, &toks[last - 1]) {
            last -= 1;
        }
        if last <= first {
            continue;
        }
        let s = crate::ner::NerSpan {
            span: s.span.start..toks[last - 1].end,
            ..s
        };
        match s.label {
            NerLabel::Per => {
                // The tagger may take an honorific or a title into the name (`Haji Ahmad`,
                // `Drs Sabarani`): the name starts after them.
                // In lower-cased text capitals tell nothing, so only a real honorific is
                // taken off there (`haji ahmad`), never a given name (`joko widodo`).
                let cased = text
                    .get(s.span.clone())
                    .is_some_and(|t| t.chars().any(char::is_uppercase));
                let mut first = first;
                let mut honorifics = Vec::new();
                while first + 1 < last {
                    let w = toks[first].text(text);
                    let honorific = crate::gazetteer::vocab::is_honorific(&w.to_lowercase());
                    let strip = if cased {
                        !people_rx::is_name_word(text, toks, first)
                    } else {
                        honorific
                    };
                    if !strip {
                        break;
                    }
                    if honorific {
                        honorifics.push(w.to_string());
                    }
                    first += 1;
                }
                let span = toks[first].start..s.span.end;
                taken.mark(&span, 0);
                person_ms.push(people_rx::PersonMention {
                    span,
                    toks: first..last,
                    honorifics,
                    role: None,
                })
            }
            NerLabel::Org => {
                taken.mark(&s.span, 0);
                org_ms.push(organizations::OrgMention {
                    span: s.span.clone(),
                    toks: first..last,
                    kind: crate::article::OrgKind::Other,
                    acronym: None,
                })
            }
            NerLabel::Loc => {
                taken.mark(&s.span, 0);
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
    let mut by_name: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for m in place_ms {
        let surface = text.get(m.span.clone()).unwrap_or("").to_string();
        let idx = match by_name.get(m.name.as_str()) {
            Some(&i) => i,
            None => {
                by_name.insert(&m.name, out.len());
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
