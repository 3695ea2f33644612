//! Agreement instruments: MoU, nota kesepakatan, perjanjian kerja sama (PKS), berita acara,
//! kesepakatan bersama, pakta integritas, piagam kerja sama, addendum.
//!
//! One entry per instrument however often it is mentioned: later mentions of the same type,
//! a name given in parentheses (`Nota Kesepakatan (MoU)`, `Perjanjian Kerja Sama (PKS)`) and
//! references back (`draf kesepakatan`, `perjanjian tersebut`) join the first. A plain
//! `kerja sama`, `koordinasi` or `kesepakatan` is cooperation, not an instrument.
//! Status comes from the verbs around each mention (see the `status` module), parties from the
//! organizations the sentence ties to it (see the `parties` module).

mod parties;
mod status;

use std::sync::LazyLock;

use regex::Regex;

use crate::article::{Agreement, AgreementStatus, DateMention, Mention, Organization, Person};
use crate::doc::Doc;
use crate::extract::context;

/// The instrument vocabulary, in the order the pattern tries it.
static INSTRUMENT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?-u:\b)(?:",
        // A drafting word before a named type (`rancangan nota kesepakatan`, `draf PKS`)
        // qualifies that instrument: the mention is the type, the word its status cue.
        r"(?:(?i:draf|draft|rancangan|naskah)\s+)?(?:",
        r"(?P<nota>(?i:nota\s+kesepakatan(?:\s+bersama)?))",
        r"|(?P<mou>(?i:m[eo]m[eo]r[ae]n?dum\s+of\s+understanding|nota\s+kesepahaman)|MoU|MOU|M\.o\.U)",
        r"|(?P<pks>(?i:perjanjian\s+kerja\s*sama)|PKS)",
        r"|(?P<ba>(?i:berita\s+acara))",
        r"|(?P<kb>(?i:kesepakatan\s+bersama))",
        r"|(?P<pakta>(?i:pakta\s+integritas))",
        r"|(?P<piagam>(?i:piagam\s+(?:kerja\s*sama|kesepakatan|kesepahaman)))",
        r"|(?P<add>(?i:ad?dendum))",
        r")",
        r"|(?P<back>(?i:(?:draf|draft|rancangan|naskah)\s+(?:nota\s+)?(?:kesepakatan|perjanjian)|(?:kesepakatan|perjanjian)\s+(?:tersebut|ini|itu)|(?:draf|draft|rancangan|naskah)\s+(?:tersebut|ini|itu)|kesepakatan|perjanjian))",
        r")(?-u:\b)"
    ))
    .ok()
});

/// Farthest (bytes) a `draf tersebut` may follow the instrument it refers to.
const NEAR: usize = 600;

/// Mentions per instrument read for status, parties and date.
const MAX_SCORED: usize = 64;

/// Schema type of each named group.
const TYPES: &[(&str, &str)] = &[
    ("nota", "nota-kesepakatan"),
    ("mou", "mou"),
    ("pks", "perjanjian-kerja-sama"),
    ("ba", "berita-acara"),
    ("kb", "kesepakatan-bersama"),
    ("pakta", "pakta-integritas"),
    ("piagam", "piagam-kerja-sama"),
    ("add", "addendum"),
];

/// One occurrence of an instrument word.
#[derive(Debug, Clone)]
pub(super) struct Found {
    /// Schema type, or `None` for a reference back (`draf kesepakatan`).
    pub kind: Option<&'static str>,
    pub start: usize,
    pub end: usize,
}

/// Every agreement instrument, one entry per instrument, with parties from `organizations`
/// (and from the organizations of the `people` who sign) and a date from `dates` when the
/// text ties one to it.
pub fn find(
    doc: &Doc,
    organizations: &[Organization],
    people: &[Person],
    dates: &[DateMention],
) -> Vec<Agreement> {
    let text = doc.text;
    let Some(re) = &*INSTRUMENT else {
        return Vec::new();
    };
    let pks = PksContext::of(text);
    let found: Vec<Found> = re
        .captures_iter(text)
        .filter_map(|caps| {
            let typed = TYPES
                .iter()
                .find_map(|(g, t)| caps.name(g).map(|m| (m, *t)));
            let (whole, kind) = match typed {
                Some((m, t)) => (m, Some(t)),
                None => (caps.get(0)?, None),
            };
            Some(Found {
                kind,
                start: whole.start(),
                end: whole.end(),
            })
        })
        .scan(false, |joint, f| {
            // `kesepakatan bersama itu` points back to a joint agreement already named.
            let ok = accept(text, &pks, &f) || (*joint && demonstrative_follows(text, &f));
            *joint |= ok && f.kind == Some("kesepakatan-bersama");
            Some(ok.then_some(f))
        })
        .flatten()
        .collect();
    if found.is_empty() {
        return Vec::new();
    }
    let groups = group(text, &found);
    // Every instrument mention of the article, in order: they compete for status cues.
    let mut every: Vec<(usize, usize)> = groups
        .iter()
        .flat_map(|(_, members)| members.iter().map(|f| (f.start, f.end)))
        .collect();
    every.sort_unstable();
    let orgs = parties::OrgSpots::new(text, organizations, people);
    let mut by_start: Vec<&DateMention> = dates.iter().collect();
    by_start.sort_by_key(|d| d.start);
    let mut out: Vec<Agreement> = groups
        .into_iter()
        .map(|(kind, members)| build(text, kind, &members, &every, &orgs, &by_start))
        .collect();
    both_sides(text, &orgs, &mut out);
    out
}

/// What names the two parties already introduced: `MoU yang ditandatangani kedua pihak`.
const BOTH: &[&str] = &[
    "kedua pihak",
    "kedua belah pihak",
    "kedua lembaga",
    "kedua instansi",
];

/// An instrument `kedua pihak` signed, with no parties of its own, is between the two
/// parties of the article's other instrument (a PKS derived from an MoU binds the same two),
/// else between the last two organizations named as a pair before it (`X dan Y sepakat ...
/// kedua lembaga akan menandatangani MoU`).
fn both_sides(text: &str, orgs: &parties::OrgSpots, agreements: &mut [Agreement]) {
    let pairs: Vec<(usize, Vec<String>)> = agreements
        .iter()
        .enumerate()
        .filter(|(_, a)| a.parties.len() == 2)
        .map(|(n, a)| (n, a.parties.clone()))
        .collect();
    for (n, a) in agreements.iter_mut().enumerate() {
        if !a.parties.is_empty() {
            continue;
        }
        let Some(at) = a.mentions.iter().take(MAX_SCORED).find_map(|m| {
            let s = context::sentence_at(text, m.start);
            let lower = text.get(s.clone()).unwrap_or("").to_lowercase();
            BOTH.iter().any(|b| lower.contains(b)).then_some(s.start)
        }) else {
            continue;
        };
        if let Some((_, parties)) = pairs.iter().find(|(k, _)| *k != n) {
            a.parties = parties.clone();
        } else if let Some(pair) = orgs.pair_before(text, at) {
            a.parties = pair.to_vec();
        }
    }
}

/// What the whole article says about `PKS`, read once: whether it names the party,
/// spells out the agreement, or defines the acronym as the agreement.
struct PksContext {
    party: bool,
    spelled: bool,
    defined: bool,
}

impl PksContext {
    fn of(text: &str) -> Self {
        if !text.contains("PKS") {
            return PksContext {
                party: false,
                spelled: false,
                defined: false,
            };
        }
        let lower = text.to_lowercase();
        let squeezed = lower.split_whitespace().collect::<Vec<_>>().join(" ");
        PksContext {
            party: [
                "partai keadilan sejahtera",
                "fraksi pks",
                "kader pks",
                "presiden pks",
            ]
            .iter()
            .any(|p| squeezed.contains(p)),
            spelled: ["perjanjian kerja sama", "perjanjian kerjasama"]
                .iter()
                .any(|p| squeezed.contains(p)),
            defined: ["perjanjian kerja sama (pks)", "perjanjian kerjasama (pks)"]
                .iter()
                .any(|p| squeezed.contains(p)),
        }
    }
}

/// What a `berita acara` records when it is a procedural record (an interrogation, a
/// seizure, a vote count) rather than an agreement between parties.
#[rustfmt::skip]
const RECORDS: &[&str] = &[
    "pemeriksaan", "penyelidikan", "penyidikan", "penyitaan", "penggeledahan", "penangkapan",
    "penahanan", "pengiriman", "sidang", "persidangan", "rekonstruksi", "interogasi",
    "pemungutan", "penghitungan", "perhitungan", "rekapitulasi", "pelantikan", "sumpah",
    "kejadian", "pendapat", "bap",
];

/// Whether an occurrence is an instrument here. `PKS` is also a party (Partai Keadilan
/// Sejahtera): it counts only where the article spells it out as an agreement or a signing
/// or drafting word governs it. `kesepakatan bersama` in lower case is usually "a joint
/// agreement" in the loose sense (`sebagai bentuk kesepakatan bersama`), so it counts only
/// capitalised or right after a signing word.
fn accept(text: &str, pks: &PksContext, f: &Found) -> bool {
    let Some(surface) = text.get(f.start..f.end) else {
        return false;
    };
    let governed = || {
        let from = context::floor_char(text, f.start.saturating_sub(40));
        context::words(text, from..f.start)
            .iter()
            .rev()
            .take(2)
            .any(|w| status::is_governing(&text[w.clone()].to_lowercase()))
    };
    match f.kind {
        Some("perjanjian-kerja-sama") if surface == "PKS" => {
            pks.defined || (!pks.party && (pks.spelled || governed()))
        }
        Some("berita-acara") => {
            let next = context::words(
                text,
                f.end..context::floor_char(text, f.end.saturating_add(40)),
            );
            !next
                .first()
                .is_some_and(|w| RECORDS.contains(&text[w.clone()].to_lowercase().as_str()))
        }
        Some("kesepakatan-bersama") => {
            let capitalised = surface
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
            // `Kesepakatan bersama ditandatangani ...`: a signing or drafting verb right
            // after makes it the instrument too.
            let verb_follows = || {
                let next = context::words(
                    text,
                    f.end..context::floor_char(text, f.end.saturating_add(40)),
                );
                next.first()
                    .is_some_and(|w| status::is_governing(&text[w.clone()].to_lowercase()))
            };
            capitalised || governed() || verb_follows()
        }
        // A bare `kesepakatan` or `perjanjian` is an instrument only as the one just signed:
        // `Kesepakatan diteken Sekretaris Daerah ...`.
        None if !surface.contains(char::is_whitespace) => {
            let next = context::words(
                text,
                f.end..context::floor_char(text, f.end.saturating_add(40)),
            );
            next.first().is_some_and(|w| {
                let l = text[w.clone()].to_lowercase();
                l.starts_with("di") && status::is_signing(&l)
            })
        }
        _ => true,
    }
}

/// Whether `tersebut`, `ini` or `itu` follows an occurrence: it names an instrument already
/// introduced.
fn demonstrative_follows(text: &str, f: &Found) -> bool {
    let next = context::words(
        text,
        f.end..context::floor_char(text, f.end.saturating_add(20)),
    );
    next.first().is_some_and(|w| {
        matches!(
            text[w.clone()].to_lowercase().as_str(),
            "tersebut" | "ini" | "itu"
        )
    })
}

/// Group occurrences into instruments: (type, member occurrences).
fn group(text: &str, found: &[Found]) -> Vec<(&'static str, Vec<Found>)> {
    let mut groups: Vec<(&'static str, Vec<Found>)> = Vec::new();
    // Types that name an existing instrument: `MoU` after `Nota Kesepakatan (MoU)`.
    let mut alias: Vec<(&'static str, usize)> = Vec::new();
    let mut last: Option<usize> = None;
    for (n, f) in found.iter().enumerate() {
        let target = match f.kind {
            None => back_reference(text, f, &groups, last),
            Some(kind) => {
                let in_parens = n > 0 && last.is_some() && parenthesised(text, &found[n - 1], f);
                if in_parens {
                    if let Some(g) = last {
                        alias.push((kind, g));
                    }
                    last
                } else {
                    alias
                        .iter()
                        .find(|(k, _)| *k == kind)
                        .map(|(_, g)| *g)
                        .or_else(|| groups.iter().position(|(k, _)| *k == kind))
                        .or_else(|| {
                            groups.push((kind, Vec::new()));
                            Some(groups.len() - 1)
                        })
                }
            }
        };
        if let Some(g) = target {
            if let Some(group) = groups.get_mut(g) {
                group.1.push(f.clone());
            }
            last = Some(g);
        }
    }
    groups
}

/// `A (B)`, `A atau B`, `A alias B`: B names A again.
fn parenthesised(text: &str, a: &Found, b: &Found) -> bool {
    let between = text.get(a.end..b.start).unwrap_or("x").trim();
    let after = text.get(b.end..).unwrap_or("");
    (between == "(" && after.trim_start().starts_with(')'))
        || matches!(
            between.to_lowercase().as_str(),
            "atau" | "alias" | "atau biasa disebut" | "yang disebut"
        )
}

/// The instrument a reference back (`draf kesepakatan`, `perjanjian tersebut`) points to:
/// the last instrument of a fitting type, else none (then it is not an instrument).
fn back_reference(
    text: &str,
    f: &Found,
    groups: &[(&str, Vec<Found>)],
    last: Option<usize>,
) -> Option<usize> {
    let lower = text.get(f.start..f.end)?.to_lowercase();
    if !lower.contains("kesepakatan") && !lower.contains("perjanjian") {
        // `draf tersebut` names no type: it is the instrument just mentioned, if any.
        return last.filter(|g| {
            groups.get(*g).is_some_and(|(k, members)| {
                !matches!(*k, "berita-acara" | "pakta-integritas")
                    && members
                        .last()
                        .is_some_and(|m| m.end.saturating_add(NEAR) >= f.start)
            })
        });
    }
    let fits: &[&str] = if lower.contains("perjanjian") {
        &["perjanjian-kerja-sama"]
    } else {
        &["nota-kesepakatan", "kesepakatan-bersama", "mou"]
    };
    last.filter(|g| groups.get(*g).is_some_and(|(k, _)| fits.contains(k)))
        .or_else(|| groups.iter().rposition(|(k, _)| fits.contains(k)))
}

fn build(
    text: &str,
    kind: &'static str,
    members: &[Found],
    every: &[(usize, usize)],
    orgs: &parties::OrgSpots,
    dates: &[&DateMention],
) -> Agreement {
    // Status, parties and date are read from the first mentions; a text repeating an
    // instrument thousands of times gains nothing from reading them all.
    let scored = &members[..members.len().min(MAX_SCORED)];
    let statuses: Vec<AgreementStatus> = scored
        .iter()
        .map(|f| status::of_mention(text, f, every))
        .collect();
    let overall = statuses
        .iter()
        .copied()
        .max_by_key(|s| status::stage(*s))
        .unwrap_or(AgreementStatus::Mentioned);
    let mut party_names: Vec<String> = Vec::new();
    for f in scored {
        for p in orgs.parties_of(text, f) {
            if !party_names.contains(&p) {
                party_names.push(p);
            }
        }
    }
    let date = members
        .iter()
        .zip(&statuses)
        .filter(|(_, s)| matches!(s, AgreementStatus::Signed | AgreementStatus::Planned))
        .find_map(|(f, _)| date_of(text, f, dates));
    let first = members
        .iter()
        .find(|f| f.kind.is_some())
        .or(members.first());
    Agreement {
        kind: kind.to_string(),
        text: first
            .and_then(|f| text.get(f.start..f.end))
            .unwrap_or("")
            .to_string(),
        status: overall,
        parties: party_names,
        date,
        mentions: members
            .iter()
            .map(|f| Mention::new(f.start, f.end))
            .collect(),
    }
}

/// The date mention in the same sentence, nearest to the mention.
fn date_of(text: &str, f: &Found, dates: &[&DateMention]) -> Option<String> {
    let s = context::sentence_at(text, f.start);
    let lo = dates.partition_point(|d| d.start < s.start);
    let hi = dates.partition_point(|d| d.start < s.end);
    dates
        .get(lo..hi)
        .unwrap_or(&[])
        .iter()
        .filter(|d| d.end <= s.end)
        .min_by_key(|d| {
            if d.start >= f.end {
                d.start - f.end
            } else {
                f.start.saturating_sub(d.end)
            }
        })
        .map(|d| d.value.clone())
}

#[cfg(test)]
mod tests;
