//! Organizations: one entry per real organization, whatever its spelling (`Ombudsman
//! Kalbar`, `Ombudsman RI Perwakilan Provinsi Kalimantan Barat` and `ORI-Kalbar` are one),
//! with its acronym linked both ways and its region.

use std::collections::HashMap;
use std::ops::Range;

use crate::article::{Mention, OrgKind, Organization, Person, PlaceKind};
use crate::extract::names::Tok;
use crate::extract::organizations::OrgMention;
use crate::gazetteer::agencies;

use super::canonical;
use super::coverage::Coverage;

struct Draft {
    org: Organization,
    region_kind: Option<PlaceKind>,
    spans: Vec<Range<usize>>,
}

fn push_alias(org: &mut Organization, surface: &str) {
    if surface != org.name && !org.aliases.iter().any(|a| a == surface) {
        org.aliases.push(surface.to_string());
    }
}

/// Group organization mentions; also return the regions they name.
pub fn resolve(
    text: &str,
    toks: &[Tok],
    ms: &[OrgMention],
    people: &[Person],
) -> (Vec<Organization>, Vec<(String, PlaceKind)>) {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for m in ms {
        let surface = text
            .get(m.span.clone())
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let c = canonical(&surface);
        let written_acronym = m
            .acronym
            .as_ref()
            .and_then(|a| text.get(a.clone()))
            .map(str::to_string);
        let acronym = written_acronym
            .clone()
            .or(c.inner_acronym.clone())
            // `Samsung` is its own name, `Spurs` a nickname: neither is an acronym.
            .or_else(|| {
                agencies::acronym(&surface)
                    .filter(|a| a.is_short_form)
                    .map(|a| a.short.to_string())
            })
            .or_else(|| {
                agencies::acronym_of(&c.name)
                    .filter(|a| a.is_short_form)
                    .map(|a| a.short.to_string())
            });
        let idx = by_name.get(&c.name).copied().unwrap_or_else(|| {
            by_name.insert(c.name.clone(), drafts.len());
            drafts.push(Draft {
                org: Organization {
                    name: c.name.clone(),
                    acronym: None,
                    aliases: Vec::new(),
                    kind: m.kind,
                    region: c.region.clone(),
                    mentions: Vec::new(),
                },
                region_kind: c.region_kind,
                spans: Vec::new(),
            });
            drafts.len() - 1
        });
        let d = &mut drafts[idx];
        push_alias(&mut d.org, &surface);
        d.org.acronym = d.org.acronym.take().or(acronym);
        d.spans.push(m.span.clone());
        if let (Some(a), Some(span)) = (written_acronym, &m.acronym) {
            push_alias(&mut d.org, &a);
            d.spans.push(span.clone());
        }
    }
    defined_acronyms(text, toks, &mut drafts, people);
    merge_acronyms(&mut drafts);
    merge_prefixes(&mut drafts);
    merge_region_levels(&mut drafts);
    merge_bare_ombudsman(&mut drafts);
    let mut regions: Vec<(String, PlaceKind)> = Vec::new();
    let mut out = Vec::new();
    for mut d in drafts {
        d.spans.sort_by_key(|s| s.start);
        d.spans.dedup();
        d.org.mentions = d
            .spans
            .iter()
            .map(|s| Mention::new(s.start, s.end))
            .collect();
        if let (Some(r), Some(k)) = (&d.org.region, d.region_kind) {
            if !regions.iter().any(|(n, _)| n == r) {
                regions.push((r.clone(), k));
            }
        }
        out.push(d.org);
    }
    (out, regions)
}

/// An acronym defined in the text (`Satuan Kerja Perangkat Daerah (SKPD)`) names its
/// organization wherever it stands alone later.
fn defined_acronyms(text: &str, toks: &[Tok], drafts: &mut [Draft], people: &[Person]) {
    // The drafts each acronym belongs to, then every word written as one: a single pass
    // over the tokens, whatever the number of organizations.
    let mut by_acronym: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, d) in drafts.iter().enumerate() {
        if let Some(a) = d.org.acronym.as_deref() {
            by_acronym.entry(a).or_default().push(k);
        }
    }
    if by_acronym.is_empty() {
        return;
    }
    let mut found: Vec<(usize, Range<usize>)> = Vec::new();
    for t in toks.iter().filter(|t| t.word) {
        if let Some(ks) = by_acronym.get(t.text(text)) {
            found.extend(ks.iter().map(|&k| (k, t.range())));
        }
    }
    // Drafts in order, each taking the words no earlier draft or person holds.
    found.sort_by_key(|(k, _)| *k);
    let mut taken = Coverage::of(text.len(), drafts.iter().flat_map(|d| d.spans.iter()));
    for m in people.iter().flat_map(|p| p.mentions.iter()) {
        taken.mark(&(m.start..m.end), 0);
    }
    for (k, span) in found {
        if !taken.overlaps(&span) {
            let a = drafts[k].org.acronym.clone().unwrap_or_default();
            push_alias(&mut drafts[k].org, &a);
            taken.mark(&span, 0);
            drafts[k].spans.push(span);
        }
    }
}

/// An organization written only as the acronym another one defines (`Unpatti` after
/// `Universitas Pattimura (Unpatti)`) is that organization.
fn merge_acronyms(drafts: &mut Vec<Draft>) {
    let mut k = 0;
    while k < drafts.len() {
        let name = drafts[k].org.name.clone();
        let target = (0..drafts.len())
            .find(|&j| j != k && drafts[j].org.acronym.as_deref() == Some(name.as_str()));
        if let Some(j) = target {
            let d = drafts.remove(k);
            let j = if j > k { j - 1 } else { j };
            let t = &mut drafts[j];
            push_alias(&mut t.org, &d.org.name);
            for a in d.org.aliases {
                push_alias(&mut t.org, &a);
            }
            t.spans.extend(d.spans);
            continue;
        }
        k += 1;
    }
}

/// `Inspektorat Provinsi` and `Biro Organisasi` are the same office as the one article's
/// `Inspektorat Provinsi Kalimantan Timur`, `Biro Organisasi Sekretariat Daerah ...`:
/// a name that another continues only with its region or parent office is merged into it.
fn merge_prefixes(drafts: &mut Vec<Draft>) {
    // Lower-case names, kept in step with `drafts`.
    let mut lower: Vec<String> = drafts.iter().map(|d| d.org.name.to_lowercase()).collect();
    let mut k = 0;
    while k < drafts.len() {
        let short = &lower[k];
        let longer: Vec<usize> = (0..drafts.len())
            .filter(|&j| j != k && drafts[j].org.kind != OrgKind::Ombudsman)
            .filter(|&j| {
                let long = &lower[j];
                long.strip_prefix(short.as_str())
                    .and_then(|r| r.strip_prefix(' '))
                    .is_some_and(|rest| {
                        ["provinsi", "kabupaten", "kota", "sekretariat", "se-"]
                            .iter()
                            .any(|p| rest.starts_with(p))
                            || drafts[j]
                                .org
                                .region
                                .as_ref()
                                .is_some_and(|r| rest.starts_with(&r.to_lowercase()))
                    })
            })
            .collect();
        if let [j] = longer[..] {
            let d = drafts.remove(k);
            lower.remove(k);
            let j = if j > k { j - 1 } else { j };
            let target = &mut drafts[j];
            push_alias(&mut target.org, &d.org.name);
            for a in d.org.aliases {
                push_alias(&mut target.org, &a);
            }
            target.spans.extend(d.spans);
            continue;
        }
        k += 1;
    }
}

/// The name without the level word before its region (`Badan Pengusahaan Kota Batam`
/// -> `badan pengusahaan batam`), lower-cased, and whether there was one.
fn without_level(name: &str, region: Option<&str>) -> (String, bool) {
    let words: Vec<&str> = name.split(' ').collect();
    let mut out = Vec::new();
    let mut had = false;
    for (k, w) in words.iter().enumerate() {
        let level = matches!(w.to_lowercase().as_str(), "provinsi" | "kabupaten" | "kota");
        let before_region = region.is_some_and(|r| {
            let rest = words[k + 1..].join(" ");
            rest == r || rest.starts_with(&format!("{r} "))
        });
        if level && before_region && k > 0 {
            had = true;
            continue;
        }
        out.push(w.to_lowercase());
    }
    (out.join(" "), had)
}

/// `Badan Pengusahaan Kota Batam` and `Badan Pengusahaan Batam` are one organization: a
/// name written with and without the level word (`Provinsi`, `Kabupaten`, `Kota`) before
/// its region. The name from the acronym list wins, else the one written first. Two
/// names with different levels (`Pemerintah Kota Bekasi`, `Pemerintah Kabupaten
/// Bekasi`) stay two.
fn merge_region_levels(drafts: &mut Vec<Draft>) {
    let mut k = 0;
    while k < drafts.len() {
        let Some(region) = drafts[k].org.region.clone().or_else(|| {
            // A name from the acronym list carries no region: find it in the others.
            drafts
                .iter()
                .filter_map(|d| d.org.region.clone())
                .find(|r| drafts[k].org.name.ends_with(r.as_str()))
        }) else {
            k += 1;
            continue;
        };
        let (key, had) = without_level(&drafts[k].org.name, Some(&region));
        let same: Vec<usize> = (0..drafts.len())
            .filter(|&j| j != k && drafts[j].org.kind != OrgKind::Ombudsman)
            .filter(|&j| {
                let (kj, hj) = without_level(&drafts[j].org.name, Some(&region));
                kj == key && hj != had
            })
            .collect();
        let [j] = same[..] else {
            k += 1;
            continue;
        };
        let listed = |d: &Draft| agencies::acronym_of(&d.org.name).is_some();
        let (keep, gone) =
            if listed(&drafts[k]) && !listed(&drafts[j]) || k < j && !listed(&drafts[j]) {
                (k, j)
            } else {
                (j, k)
            };
        let d = drafts.remove(gone);
        let keep = if keep > gone { keep - 1 } else { keep };
        let t = &mut drafts[keep];
        push_alias(&mut t.org, &d.org.name);
        for a in d.org.aliases {
            push_alias(&mut t.org, &a);
        }
        t.org.acronym = t.org.acronym.take().or(d.org.acronym);
        t.org.region = t.org.region.take().or(d.org.region);
        t.region_kind = t.region_kind.or(d.region_kind);
        t.spans.extend(d.spans);
        k = 0;
    }
}

/// Bare `Ombudsman` in an article about one regional office is that office; otherwise it
/// is the national body.
fn merge_bare_ombudsman(drafts: &mut Vec<Draft>) {
    let Some(k) = drafts.iter().position(|d| d.org.name == "Ombudsman") else {
        return;
    };
    let regional: Vec<usize> = (0..drafts.len())
        .filter(|&j| {
            drafts[j]
                .org
                .name
                .starts_with("Ombudsman Republik Indonesia Perwakilan")
        })
        .collect();
    let national = drafts
        .iter()
        .position(|d| d.org.name == "Ombudsman Republik Indonesia");
    let target = match (regional.as_slice(), national) {
        ([j], _) => Some(*j),
        ([], Some(n)) => Some(n),
        _ => None,
    };
    match target {
        Some(j) => {
            let d = drafts.remove(k);
            let j = if j > k { j - 1 } else { j };
            push_alias(&mut drafts[j].org, "Ombudsman");
            drafts[j].spans.extend(d.spans);
        }
        None => {
            let d = &mut drafts[k];
            d.org.name = "Ombudsman Republik Indonesia".to_string();
            push_alias(&mut d.org, "Ombudsman");
        }
    }
}
