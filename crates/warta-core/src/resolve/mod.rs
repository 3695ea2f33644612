//! Mentions to entities: people, organizations and places.
//!
//! Recognize, then resolve: the recognizers in [`crate::extract`] give person, organization
//! and place mentions; the tagger, when given, adds the names no pattern sees. Here the
//! mentions are reconciled (a name next to a title wins its boundaries; a place inside an
//! organization name is not a separate mention), grouped into one entry per real thing,
//! and given canonical names, roles, aliases and acronyms.

mod canonical;
mod coverage;
mod gap;
mod lists;
mod orgs;
mod people;
mod recur;

use std::ops::Range;

use self::coverage::Coverage;
use self::gap::GapVec;
use crate::article::{Mention, OrgKind, Organization, Person, Place, PlaceKind};
use crate::doc::Doc;
use crate::extract::{names, organizations, people as people_rx, places as places_rx};
use crate::gazetteer::{WordMap, WordSet};
use crate::lang::words::lower;
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
    let spans = tagger.map(|t| t.tag(doc.text, &doc.words, &doc.sentences));
    entities_with(doc, spans)
}

/// [`entities`] with the tagger's spans given (none: rules only).
fn entities_with(doc: &Doc, spans: Option<Vec<crate::ner::NerSpan>>) -> Entities {
    let text = doc.text;
    let toks = names::tokenize(text);
    let mut person_ms = people_rx::find(text, &toks);
    let mut org_ms = organizations::find(text, &toks);
    let mut not_agencies: WordSet<&str> = defined_otherwise(text, &toks, &org_ms)
        .into_iter()
        .collect();
    not_agencies.extend(unconfirmed_readings(text, &toks));
    org_ms.retain(|o| !not_agencies.contains(text.get(o.span.clone()).unwrap_or("")));
    let mut place_ms = places_rx::find(text, &toks);

    // A name found beside a title or a speech verb wins over a place or an agency reading.
    trim_orgs(text, &toks, &mut org_ms, &person_ms);
    // Organizations known by what the text says before them (`vendor Samsung`): their
    // other mentions say nothing, and are found by name once the rest is settled.
    let described: Vec<(Range<usize>, OrgKind)> = org_ms
        .iter()
        .filter(|o| crate::extract::described::is_described(text, &toks, o))
        .map(|o| (o.span.clone(), o.kind))
        .collect();
    let mut inner_regions = Vec::new();
    let tagged = spans.is_some();
    if let Some(spans) = spans {
        inner_regions = merge_tagger(
            text,
            &toks,
            spans,
            &mut person_ms,
            &mut org_ms,
            &mut place_ms,
        );
        org_ms.retain(|o| {
            let s = text.get(o.span.clone()).unwrap_or("");
            !(not_agencies.contains(s) || closes_with_bracketed(s, &not_agencies))
        });
    }
    // With a tagger the verb cue adds more errors than names: the tagger has read the
    // context already.
    let evidence = if tagged {
        people_rx::BareEvidence::GivenName
    } else {
        people_rx::BareEvidence::GivenNameOrVerb
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
        // `Sekupang dan Batu Aji`: a capitalized run opened by a word that opens place
        // names is a place's name, whatever given name follows.
        let toponym = toks
            .get(m.toks.start)
            .is_some_and(|t| TOPONYM_HEADS.contains(&lower(t.text(text)).as_str()));
        if toponym {
            continue;
        }
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
    // `dolar AS`, `yen Jepang`: a country naming a currency is no place of the story.
    place_ms.retain(|pl| {
        let prev = toks[..pl.toks.start.min(toks.len())]
            .last()
            .map(|t| lower(t.text(text)));
        !prev.is_some_and(|w| CURRENCIES.contains(&w.as_str()))
    });
    let listed = org_ms.len();
    lists::fill(text, &toks, &person_ms, &mut org_ms, &place_ms);
    // The described names still read so after the tagger's, and the listed ones.
    let named: Vec<(Range<usize>, OrgKind)> = if described.is_empty() && org_ms.len() == listed {
        Vec::new()
    } else {
        let kept: std::collections::HashSet<(usize, usize)> =
            org_ms.iter().map(|o| (o.span.start, o.span.end)).collect();
        described
            .into_iter()
            .filter(|(r, _)| kept.contains(&(r.start, r.end)))
            .chain(org_ms[listed..].iter().map(|o| (o.span.clone(), o.kind)))
            .filter(|(r, _)| r.len() >= 2)
            .collect()
    };
    recur::mentions(text, &toks, &named, &mut person_ms, &mut org_ms, &place_ms);
    let named = Coverage::of(
        text.len(),
        person_ms
            .iter()
            .map(|p| &p.span)
            .chain(org_ms.iter().map(|o| &o.span)),
    );
    place_ms.retain(|pl| !named.overlaps(&pl.span));

    let people = people::resolve(text, &toks, person_ms, &org_ms, &place_ms);
    let (organizations, mut org_regions) = orgs::resolve(text, &toks, &org_ms, &people);
    for r in inner_regions {
        if !org_regions.contains(&r) {
            org_regions.push(r);
        }
    }
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

/// Words that open place names (`Batu Aji`, `Tanjung Priok`, `Bukit Tinggi`, `Muara
/// Enim`) and never a person's bare name.
const TOPONYM_HEADS: &[&str] = &[
    "batu",
    "bukit",
    "tanjung",
    "muara",
    "kuala",
    "tanah",
    "sei",
    "lubuk",
    "rawa",
    "ujung",
    "pangkalan",
    "karang",
    "kampung",
    "pulau",
    "gunung",
    "sungai",
    "teluk",
    "danau",
];

/// Currency words a country name may follow (`dolar AS`, `dollar Singapura`).
const CURRENCIES: &[&str] = &[
    "dolar",
    "dollar",
    "yen",
    "yuan",
    "renminbi",
    "ringgit",
    "won",
    "euro",
    "rupee",
    "rupe",
    "peso",
    "baht",
    "riyal",
    "real",
    "franc",
    "frank",
    "poundsterling",
    "pound",
    "lira",
];

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

/// Whether `s` ends with one of `set` in brackets (`Perjanjian Kerja Sama (PKS)`).
fn closes_with_bracketed(s: &str, set: &WordSet<&str>) -> bool {
    let Some(inner) = s.strip_suffix(')') else {
        return false;
    };
    inner
        .match_indices('(')
        .any(|(i, _)| set.contains(&inner[i + 1..]))
}

/// An acronym the text defines as something other than an organization (`Perjanjian
/// Kerja Sama (PKS)`) is not the body the acronym list knows (`PKS`, the party).
fn defined_otherwise<'t>(
    text: &'t str,
    toks: &[names::Tok],
    org_ms: &[organizations::OrgMention],
) -> Vec<&'t str> {
    let mut other: Vec<&str> = Vec::new();
    // Where organization names end and which acronyms they define, looked up per bracket.
    let org_ends: WordSet<usize> = org_ms.iter().map(|o| o.span.end).collect();
    let org_acronyms: WordSet<(usize, usize)> = org_ms
        .iter()
        .filter_map(|o| o.acronym.as_ref().map(|r| (r.start, r.end)))
        .collect();
    for k in 1..toks.len().saturating_sub(2) {
        if toks[k].text(text) != "(" || toks[k + 2].text(text) != ")" || !toks[k - 1].word {
            continue;
        }
        let a = toks[k + 1].text(text);
        let defined_as_org = org_ends.contains(&toks[k - 1].end)
            || org_acronyms.contains(&(toks[k + 1].start, toks[k + 1].end));
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

/// Acronyms the organization list knows that are also common terms of news text, with
/// the words that confirm the organization: `PKS` is the party only where the article
/// speaks of parties or politics; elsewhere (`menandatangani PKS`) it is a `perjanjian
/// kerja sama`.
const AMBIGUOUS_ACRONYMS: &[(&str, &[&str])] = &[(
    "PKS",
    &[
        "partai",
        "parpol",
        "fraksi",
        "dpp",
        "dpw",
        "dpd",
        "kader",
        "caleg",
        "pemilu",
        "pilkada",
        "pilpres",
        "koalisi",
        "politik",
        "politisi",
        "sejahtera",
        "kampanye",
    ],
)];

/// Ambiguous acronyms of the text whose organization reading no word confirms.
fn unconfirmed_readings(text: &str, toks: &[names::Tok]) -> Vec<&'static str> {
    AMBIGUOUS_ACRONYMS
        .iter()
        .filter(|(acronym, confirm)| {
            let used = toks.iter().any(|t| t.word && t.text(text) == *acronym);
            used && !toks.iter().any(|t| {
                t.word && {
                    let w = t.text(text).to_lowercase();
                    confirm.contains(&w.as_str())
                }
            })
        })
        .map(|(acronym, _)| *acronym)
        .collect()
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
    let compact = crate::gazetteer::vocab::compact(t.text(text));
    !t.word
        || crate::gazetteer::vocab::is_honorific(&compact)
        || crate::gazetteer::vocab::is_degree(&compact)
}

/// How sure the tagger must be for its span to replace the rule mentions it contains.
const TAGGER_OVER_RULES: f32 = 0.75;

/// How sure the tagger must be for its organization to replace a shorter one the rules
/// read from the same word.
const TAGGER_EXTENDS_ORG: f32 = 0.5;

/// How sure the tagger must be for its name to cut the organization it closes.
const TAGGER_NAME_CUTS_ORG: f32 = 0.5;

/// The token range `first..last` a span covers.
fn tok_range(toks: &[names::Tok], span: &Range<usize>) -> Range<usize> {
    let first = toks.partition_point(|t| t.start < span.start);
    let last = toks.partition_point(|t| t.end <= span.end).max(first);
    first..last
}

/// Whether the words `toks[range]` could only open a position or an organization, never
/// a name (`Direktur Indofood`, `Presiden terpilih`): none is listed as a given name and
/// none is an initial.
fn not_name_words(text: &str, toks: &[names::Tok], range: Range<usize>) -> bool {
    !range.is_empty()
        && toks[range].iter().all(|t| {
            let w = t.text(text);
            w.chars().count() >= 3
                && crate::gazetteer::given_names::lookup(&w.to_lowercase()).is_none()
        })
}

/// Tagger spans the rules did not see are accepted with their label; where both agree the
/// rules keep their boundaries. Where they disagree:
/// - a confident tagger span containing rule mentions that are no title-anchored name
///   wins (`AC Milan` over the city `Milan`, `SMA Negeri 4 Yogyakarta`, `Jalur Gaza`,
///   `Partai Gerakan Indonesia Raya` over `Partai Gerakan Indonesia`);
/// - a tagger name ending a rule name whose extra leading words cannot be a name
///   (`Direktur Indofood Franciscus Welirang`, `Presiden terpilih Joko Widodo`) gives the
///   name its boundaries, the leading words going to the position;
/// - a tagger name starting inside a rule organization and ending with or after it
///   (`Fraksi Partai Demokrat Saan Mustopa`) ends the organization before the name.
fn merge_tagger(
    text: &str,
    toks: &[names::Tok],
    spans: Vec<crate::ner::NerSpan>,
    person_list: &mut Vec<people_rx::PersonMention>,
    org_list: &mut Vec<organizations::OrgMention>,
    place_list: &mut Vec<places_rx::PlaceMention>,
) -> Vec<(String, PlaceKind)> {
    let mut regions = Vec::new();
    // The position phrases the rules read beside names (`Direktur Jenderal Bina Keuangan
    // Daerah`): a word inside one is no one's name.
    let in_role = Coverage::of(
        text.len(),
        person_list
            .iter()
            .filter_map(|p| p.role.as_ref().map(|r| &r.span)),
    );
    // The lists stay sorted by start, and no mention is longer than `longest`: the
    // mentions a span overlaps are found by two binary searches, so a text with many
    // mentions (one huge line) stays near linear.
    person_list.sort_by_key(|m| m.span.start);
    org_list.sort_by_key(|m| m.span.start);
    place_list.sort_by_key(|m| m.span.start);
    let mut longest = person_list
        .iter()
        .map(|m| m.span.len())
        .chain(org_list.iter().map(|m| m.span.len()))
        .chain(place_list.iter().map(|m| m.span.len()))
        .max()
        .unwrap_or(0);
    // Mentions are removed and inserted where each span lies, the spans coming in text
    // order: in gap vectors each edit costs the distance from the one before.
    let mut person_ms = GapVec::from(std::mem::take(person_list));
    let mut org_ms = GapVec::from(std::mem::take(org_list));
    let mut place_ms = GapVec::from(std::mem::take(place_list));
    for s in spans {
        // `(BKKBN) Perwakilan NTT` read from inside the brackets: a span that opens or
        // closes a bracket it does not hold both ends of is no name.
        if text
            .get(s.span.clone())
            .is_none_or(|t| !brackets_balanced(t))
        {
            continue;
        }
        let Range { start: first, end } = tok_range(toks, &s.span);
        let mut last = end;
        // Degrees and honorifics closing a span (`USK Prof. Dr.`, `M.H.`) are no name.
        while last > first && is_title_furniture(text, &toks[last - 1]) {
            last -= 1;
        }
        if last <= first {
            continue;
        }
        // `Batu Aji`: a name opened by a word that opens place names is a place.
        let toponym = last - first >= 2
            && TOPONYM_HEADS.contains(&toks[first].text(text).to_lowercase().as_str());
        let s = crate::ner::NerSpan {
            span: s.span.start..toks[last - 1].end,
            label: if toponym && s.label == NerLabel::Per {
                NerLabel::Loc
            } else {
                s.label
            },
            ..s
        };
        longest = longest.max(s.span.len());
        let over_p = overlapping(&person_ms, |m| &m.span, &s.span, longest);
        let over_o = overlapping(&org_ms, |m| &m.span, &s.span, longest);
        let over_l = overlapping(&place_ms, |m| &m.span, &s.span, longest);
        if s.label == NerLabel::Per
            && over_p.is_empty()
            && in_role.overlaps(&(s.span.start..s.span.start + 1))
            && in_role.overlaps(&(s.span.end - 1..s.span.end))
        {
            continue;
        }
        let mut kind = crate::article::OrgKind::Other;
        if !(over_p.is_empty() && over_o.is_empty() && over_l.is_empty()) {
            if s.label == NerLabel::Per && over_o.is_empty() && over_l.is_empty() {
                if let [k] = over_p[..] {
                    let mut m = person_ms.remove(k);
                    name_boundaries(text, toks, &s, first..last, &mut m);
                    longest = longest.max(m.span.len());
                    insert_sorted(&mut person_ms, m, |m| m.span.start);
                }
                continue;
            }
            if s.label == NerLabel::Per && over_p.is_empty() && over_l.is_empty() {
                if let [k] = over_o[..] {
                    let o = &org_ms[k];
                    let cut = s.confidence >= TAGGER_NAME_CUTS_ORG
                        && o.span.start < s.span.start
                        && o.span.end <= s.span.end
                        && (first..o.toks.end.min(last))
                            .all(|j| people_rx::is_name_word(text, toks, j));
                    if !cut {
                        continue;
                    }
                    let o = &mut org_ms[k];
                    let mut end = first;
                    while end > o.toks.start + 1 && !toks[end - 1].word {
                        end -= 1;
                    }
                    o.toks.end = end;
                    o.span.end = toks[end - 1].end;
                    o.acronym = o.acronym.take().filter(|a| a.end <= o.span.end);
                } else {
                    continue;
                }
            } else {
                let contains = |r: &Range<usize>| {
                    s.span.start <= r.start && r.end <= s.span.end && *r != s.span
                };
                // An organization keeps its name inside a building named after it
                // (`Kantor Gubernur Sulut`, `Mapolda Sumsel`).
                // A place is written without its leading `Provinsi` (as the rules
                // give it), so that word alone adds nothing.
                let only_provinsi = over_l.len() == 1
                    && place_ms[over_l[0]].span.end == s.span.end
                    && toks[first].text(text).eq_ignore_ascii_case("provinsi")
                    && place_ms[over_l[0]].toks.start == first + 1;
                // Where the tagger agrees an organization starts here and only reads it
                // longer (`Polda Metro Jaya` over `Polda Metro`), less certainty will do;
                // not where it joins two organizations the rules read (`DPD` and
                // `Nasdem` in `DPD Nasdem Sumenep`).
                let extends_org = s.label == NerLabel::Org
                    && over_p.is_empty()
                    && matches!(over_o[..], [k] if org_ms[k].span.start == s.span.start);
                let needed = if extends_org {
                    TAGGER_EXTENDS_ORG
                } else {
                    TAGGER_OVER_RULES
                };
                let wins = s.confidence >= needed
                    && !only_provinsi
                    && (s.label != NerLabel::Loc
                        || over_o.is_empty() && !office_of(&toks[first].text(text).to_lowercase()))
                    && over_p
                        .iter()
                        .all(|&k| person_ms[k].role.is_none() && contains(&person_ms[k].span))
                    && over_o.iter().all(|&k| contains(&org_ms[k].span))
                    && over_l.iter().all(|&k| contains(&place_ms[k].span));
                if !wins {
                    continue;
                }
                // An organization the rules named by its head keeps its kind.
                if let Some(&k) = over_o
                    .iter()
                    .find(|&&k| org_ms[k].span.start == s.span.start)
                {
                    kind = org_ms[k].kind;
                }
                // Last first, so that the indices still to remove stay valid.
                for &k in over_p.iter().rev() {
                    person_ms.remove(k);
                }
                for &k in over_o.iter().rev() {
                    org_ms.remove(k);
                }
                // `Mapolda Sumsel`, `SMA Negeri 4 Yogyakarta`: the region named inside
                // a place is still a place of the article, without a mention.
                if s.label == NerLabel::Loc {
                    for &k in &over_l {
                        let pl = &place_ms[k];
                        if matches!(
                            pl.kind,
                            PlaceKind::Province | PlaceKind::Regency | PlaceKind::City
                        ) && !regions.iter().any(|(n, _)| *n == pl.name)
                        {
                            regions.push((pl.name.clone(), pl.kind));
                        }
                    }
                }
                for &k in over_l.iter().rev() {
                    place_ms.remove(k);
                }
            }
        }
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
                insert_sorted(
                    &mut person_ms,
                    people_rx::PersonMention {
                        span,
                        toks: first..last,
                        honorifics,
                        role: None,
                    },
                    |m| m.span.start,
                )
            }
            NerLabel::Org => insert_sorted(
                &mut org_ms,
                organizations::OrgMention {
                    span: s.span.clone(),
                    toks: first..last,
                    kind,
                    acronym: None,
                },
                |m| m.span.start,
            ),
            NerLabel::Loc => {
                let surface = text.get(s.span.clone()).unwrap_or("");
                // `Provinsi Kepulauan Bangka Belitung`, `kota Bandung`: a known place
                // after its administrative word keeps its canonical name.
                let known = crate::gazetteer::places::lookup(surface).or_else(|| {
                    let (head, rest) = surface.split_once(' ')?;
                    matches!(
                        head.to_lowercase().as_str(),
                        "provinsi" | "kabupaten" | "kota" | "kecamatan" | "desa" | "kelurahan"
                    )
                    .then(|| crate::gazetteer::places::lookup(rest))
                    .flatten()
                });
                // `Kelurahan Talise`: a village or district is named without its level.
                let unit = surface.split_once(' ').filter(|(head, _)| {
                    matches!(
                        head.to_lowercase().as_str(),
                        "kecamatan" | "desa" | "kelurahan" | "dusun"
                    )
                });
                let (name, kind) = match (known, unit) {
                    (Some(p), _) => (p.name.to_string(), p.kind),
                    (None, Some((_, rest))) => (rest.to_string(), PlaceKind::District),
                    (None, None) => (surface.to_string(), PlaceKind::Other),
                };
                insert_sorted(
                    &mut place_ms,
                    places_rx::PlaceMention {
                        span: s.span.clone(),
                        toks: first..last,
                        name,
                        kind,
                    },
                    |m| m.span.start,
                )
            }
        }
    }
    *person_list = person_ms.into_vec();
    *org_list = org_ms.into_vec();
    *place_list = place_ms.into_vec();
    regions
}

/// Whether every bracket in `t` closes one opened before it in `t`, and every one opened
/// is closed.
fn brackets_balanced(t: &str) -> bool {
    let mut depth = 0usize;
    for b in t.bytes() {
        match b {
            b'(' | b'[' => depth += 1,
            b')' | b']' => match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return false,
            },
            _ => {}
        }
    }
    depth == 0
}

/// Indices of the mentions in `ms` (sorted by start, none longer than `longest`) that
/// overlap `span`.
fn overlapping<T>(
    ms: &GapVec<T>,
    span_of: impl Fn(&T) -> &Range<usize>,
    span: &Range<usize>,
    longest: usize,
) -> Vec<usize> {
    let lo = ms.partition_point(|m| span_of(m).start + longest <= span.start);
    let hi = ms.partition_point(|m| span_of(m).start < span.end);
    (lo..hi.max(lo))
        .filter(|&k| overlaps(span_of(&ms[k]), span))
        .collect()
}

/// Inserts `m` into `ms`, sorted by `key`, after the equal keys.
fn insert_sorted<T>(ms: &mut GapVec<T>, m: T, key: impl Fn(&T) -> usize) {
    let at = ms.partition_point(|x| key(x) <= key(&m));
    ms.insert(at, m);
}

/// `Kantor Gubernur Sulut`, `Mapolda Sumsel` (markas of the Polda): the seat of an office,
/// which the article places in the region it names.
fn office_of(first_word: &str) -> bool {
    first_word == "kantor"
        || first_word
            .strip_prefix("ma")
            .is_some_and(|rest| crate::gazetteer::agencies::head(rest).is_some())
}

/// A rule name and a tagger name `t` (tokens `tt`) over the same words: the tagger's
/// boundaries win where the rule took words that cannot be a name into it (`Indofood
/// Franciscus Welirang` -> `Franciscus Welirang`, the company going to the position), or
/// left out name words before it (`Ketua MA Harifin A Tumpa`: the rule stops at the
/// initial).
fn name_boundaries(
    text: &str,
    toks: &[names::Tok],
    t: &crate::ner::NerSpan,
    tt: Range<usize>,
    p: &mut people_rx::PersonMention,
) {
    if p.span.end != t.span.end {
        return;
    }
    let given =
        |j: usize| crate::gazetteer::given_names::lookup(&toks[j].text(text).to_lowercase());
    // A name set off from its position by a comma (`Kepala Dikbud NTB, Lalu Ahmad
    // Fauzan`) has no words of the position in it.
    let set_off = p.role.as_ref().is_some_and(|r| {
        text.get(r.span.end..p.span.start)
            .is_some_and(|between| between.contains([',', ':']))
    });
    if p.span.start < t.span.start
        && !set_off
        && given(tt.start).is_some()
        && not_name_words(text, toks, p.toks.start..tt.start)
    {
        if let Some(role) = p.role.as_mut() {
            let between = text.get(role.span.end..p.span.start).unwrap_or("x");
            if between.trim().is_empty() {
                role.span.end = toks[tt.start - 1].end;
            }
        }
        p.span.start = t.span.start;
        p.toks.start = tt.start;
    } else if t.span.start < p.span.start
        && t.confidence >= TAGGER_OVER_RULES
        && (tt.start..p.toks.start).all(|j| {
            let w = toks[j].text(text);
            people_rx::is_name_word(text, toks, j)
                || toks[j].word && w.chars().count() == 1 && w.chars().all(char::is_uppercase)
        })
    {
        // The position the rules ran into the name ends before it.
        if let Some(role) = p.role.as_mut() {
            if role.span.end > t.span.start {
                let mut end = tt.start;
                while end > 0 && !toks[end - 1].word {
                    end -= 1;
                }
                if end == 0 || toks[end - 1].start < role.span.start {
                    return;
                }
                role.span.end = toks[end - 1].end;
            }
        }
        p.span.start = t.span.start;
        p.toks.start = tt.start;
    }
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
    let mut by_name: WordMap<&str, usize> = WordMap::default();
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
