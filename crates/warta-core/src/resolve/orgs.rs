//! Organizations: one entry per real organization, whatever its spelling (`Ombudsman
//! Kalbar`, `Ombudsman RI Perwakilan Provinsi Kalimantan Barat` and `ORI-Kalbar` are one),
//! with its acronym linked both ways and its region.

use std::ops::Range;

use crate::article::{Mention, OrgKind, Organization, Person, PlaceKind};
use crate::extract::names::Tok;
use crate::extract::organizations::OrgMention;
use crate::gazetteer::{agencies, WordMap};

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
    let mut by_name: WordMap<String, usize> = WordMap::default();
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
    let mut by_acronym: WordMap<&str, Vec<usize>> = WordMap::default();
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
///
/// Each name is looked up among the acronyms, so the pass stays linear in the number of
/// organizations (a scraped page can hold thousands).
fn merge_acronyms(drafts: &mut Vec<Draft>) {
    let mut by_acronym: WordMap<&str, Vec<usize>> = WordMap::default();
    for (j, d) in drafts.iter().enumerate() {
        if let Some(a) = d.org.acronym.as_deref() {
            by_acronym.entry(a).or_default().push(j);
        }
    }
    // Drafts in order, each merged into the first other live draft its name is the
    // acronym of; acronyms never change here, so the lookup stays valid throughout.
    let mut into: Vec<Option<usize>> = vec![None; drafts.len()];
    for k in 0..drafts.len() {
        into[k] = by_acronym.get(drafts[k].org.name.as_str()).and_then(|js| {
            js.iter()
                .copied()
                .find(|&j| j != k && into.get(j).is_some_and(Option::is_none))
        });
    }
    drop(by_acronym);
    absorb_marked(drafts, &into);
}

/// Move every draft `k` with `into[k] == Some(j)` into draft `j` (its name and aliases
/// become aliases, its spans join), in the order of `k`, then drop the moved drafts.
fn absorb_marked(drafts: &mut Vec<Draft>, into: &[Option<usize>]) {
    if into.iter().all(Option::is_none) {
        return;
    }
    for (k, target) in into.iter().enumerate() {
        let Some(j) = *target else { continue };
        let name = std::mem::take(&mut drafts[k].org.name);
        let aliases = std::mem::take(&mut drafts[k].org.aliases);
        let spans = std::mem::take(&mut drafts[k].spans);
        let t = &mut drafts[j];
        push_alias(&mut t.org, &name);
        for a in aliases {
            push_alias(&mut t.org, &a);
        }
        t.spans.extend(spans);
    }
    let mut k = 0;
    drafts.retain(|_| {
        k += 1;
        into[k - 1].is_none()
    });
}

/// `Inspektorat Provinsi` and `Biro Organisasi` are the same office as the one article's
/// `Inspektorat Provinsi Kalimantan Timur`, `Biro Organisasi Sekretariat Daerah ...`:
/// a name that another continues only with its region or parent office is merged into it.
///
/// The names continuing one are found by binary search in the sorted lower-case names,
/// so the pass stays near linear in the number of organizations.
fn merge_prefixes(drafts: &mut Vec<Draft>) {
    let lower: Vec<String> = drafts.iter().map(|d| d.org.name.to_lowercase()).collect();
    let mut sorted: Vec<usize> = (0..drafts.len()).collect();
    sorted.sort_by(|&a, &b| lower[a].cmp(&lower[b]));
    let mut into: Vec<Option<usize>> = vec![None; drafts.len()];
    let mut prefix = String::new();
    for k in 0..drafts.len() {
        prefix.clear();
        prefix.push_str(&lower[k]);
        prefix.push(' ');
        let from = sorted.partition_point(|&j| lower[j].as_str() < prefix.as_str());
        let mut longer = sorted[from..]
            .iter()
            .copied()
            .take_while(|&j| lower[j].starts_with(prefix.as_str()))
            .filter(|&j| {
                // Live drafts only: one merged away earlier is gone.
                j != k && into[j].is_none() && drafts[j].org.kind != OrgKind::Ombudsman
            })
            .filter(|&j| {
                let rest = &lower[j][prefix.len()..];
                ["provinsi", "kabupaten", "kota", "sekretariat", "se-"]
                    .iter()
                    .any(|p| rest.starts_with(p))
                    || drafts[j]
                        .org
                        .region
                        .as_ref()
                        .is_some_and(|r| rest.starts_with(&r.to_lowercase()))
            });
        if let (Some(j), None) = (longer.next(), longer.next()) {
            into[k] = Some(j);
        }
    }
    absorb_marked(drafts, &into);
}

/// The name without the level word before its region (`Badan Pengusahaan Kota Batam`
/// -> `badan pengusahaan batam`), lower-cased, and whether there was one.
fn without_level(name: &str, region: Option<&str>) -> (String, bool) {
    let mut out = String::with_capacity(name.len());
    let mut had = false;
    let mut at = 0;
    for (k, w) in name.split(' ').enumerate() {
        // The words after this one, as written.
        let rest = name.get(at + w.len() + 1..).unwrap_or("");
        at += w.len() + 1;
        let before_region = region.is_some_and(|r| {
            rest.strip_prefix(r)
                .is_some_and(|after| after.is_empty() || after.starts_with(' '))
        });
        if k > 0 && before_region && is_level(w) {
            had = true;
            continue;
        }
        if k > 0 {
            out.push(' ');
        }
        push_lower(&mut out, w);
    }
    (out, had)
}

/// Append `word` lower-cased, as [`str::to_lowercase`] writes it.
fn push_lower(out: &mut String, word: &str) {
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        out.push_str(&word.to_lowercase());
    }
}

/// Whether a word is a region level (`Provinsi`, `Kabupaten`, `Kota`), in any case.
fn is_level(word: &str) -> bool {
    const LEVELS: [&str; 3] = ["provinsi", "kabupaten", "kota"];
    if word.is_ascii() {
        LEVELS.iter().any(|l| word.eq_ignore_ascii_case(l))
    } else {
        LEVELS.contains(&word.to_lowercase().as_str())
    }
}

/// The lower-case name without every level word after its first: the same for all the
/// spellings [`without_level`] can make one, whatever their region, so only names with
/// the same level-free form need comparing.
fn level_free(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for (k, w) in name.split(' ').enumerate() {
        if k > 0 && is_level(w) {
            continue;
        }
        if k > 0 {
            out.push(' ');
        }
        push_lower(&mut out, w);
    }
    out
}

/// `Badan Pengusahaan Kota Batam` and `Badan Pengusahaan Batam` are one organization: a
/// name written with and without the level word (`Provinsi`, `Kabupaten`, `Kota`) before
/// its region. The name from the acronym list wins, else the one written first. Two
/// names with different levels (`Pemerintah Kota Bekasi`, `Pemerintah Kabupaten
/// Bekasi`) stay two.
///
/// After each merge the drafts are read again from the first. Each reading compares a
/// name only with the names of the same [`level_free`] form, and finds the region of a
/// name without one by looking its endings up, so that a page with thousands of
/// organizations is not compared pair by pair.
fn merge_region_levels(drafts: &mut Vec<Draft>) {
    let mut free: Vec<String> = drafts.iter().map(|d| level_free(&d.org.name)).collect();
    'reread: loop {
        // The drafts of each level-free form, and the first draft of each region.
        let mut by_free: WordMap<&str, Vec<usize>> = WordMap::default();
        let mut first_of_region: WordMap<&str, usize> = WordMap::default();
        for (j, d) in drafts.iter().enumerate() {
            by_free.entry(free[j].as_str()).or_default().push(j);
            if let Some(r) = d.org.region.as_deref() {
                first_of_region.entry(r).or_insert(j);
            }
        }
        for k in 0..drafts.len() {
            let name = drafts[k].org.name.as_str();
            let Some(region) = drafts[k].org.region.as_deref().or_else(|| {
                // A name from the acronym list carries no region: find it in the others
                // (the first of them that ends the name).
                name.char_indices()
                    .map(|(i, _)| i)
                    .chain([name.len()])
                    .filter_map(|i| first_of_region.get(&name[i..]).copied())
                    .min()
                    .and_then(|j| drafts[j].org.region.as_deref())
            }) else {
                continue;
            };
            let (key, had) = without_level(name, Some(region));
            let mut same = by_free[free[k].as_str()].iter().copied().filter(|&j| {
                j != k && drafts[j].org.kind != OrgKind::Ombudsman && {
                    let (kj, hj) = without_level(&drafts[j].org.name, Some(region));
                    kj == key && hj != had
                }
            });
            let (Some(j), None) = (same.next(), same.next()) else {
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
            free.remove(gone);
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
            continue 'reread;
        }
        return;
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
