//! The parties of an instrument: the organizations its sentence ties to it.
//!
//! Indonesian names the parties after the instrument (`MoU antara X dan Y`, `PKS dengan X`,
//! `ditandatangani oleh X`) and the signing subject before it (`21 SKPD ... menandatangani
//! PKS dengan X`). Names come out canonical (`Organization.name`).
//!
//! People stand for their organizations: a signer named with a position
//! (`ditandatangani oleh Gubernur X`) or a head of government by title alone
//! (`ditandatangani Wali Kota Medan`) makes that organization a party.

use std::collections::HashMap;
use std::ops::Range;

use crate::article::{Organization, Person};
use crate::extract::context;

use super::Found;

/// Bytes read around a mention for its parties.
const CLIP: usize = 400;

/// Farthest (bytes) before a `kedua pihak` its pair of parties may be named.
const PAIR_REACH: usize = 2000;

/// Words that may stand between two parties in a list.
#[rustfmt::skip]
const CONNECTORS: &[&str] = &[
    "dan", "serta", "dengan", "maupun", "pihak", "para", "seluruh", "se",
];

/// Words before a name that make it a place or a witness, not a party: `di Kantor Gubernur
/// X`, `disaksikan oleh X`, `kepada X`.
#[rustfmt::skip]
const NOT_PARTY: &[&str] = &[
    "di", "ke", "kepada", "disaksikan", "dihadiri", "kantor", "gedung", "aula", "balai",
    "rumah", "pendopo", "ruang", "komplek", "kompleks", "hadapan",
];

/// Words that open a reported clause: who speaks before them does not sign after them.
#[rustfmt::skip]
const REPORTING: &[&str] = &[
    "bahwa", "mengatakan", "menjelaskan", "menyebut", "menyebutkan", "menuturkan",
    "mengungkapkan", "menyampaikan", "menegaskan", "menerangkan", "menambahkan", "menurut",
    "menurutnya", "kata", "ujar", "ucap", "tutur", "jelas", "berharap", "mengharapkan",
];

/// Head-of-government titles and the government each heads: `Gubernur X` heads
/// `Pemerintah Provinsi X`, `Bupati X` a regency, `Wali Kota X` a city.
const HEADS: &[(&str, &[&str])] = &[
    ("Pemerintah Provinsi ", &["Gubernur "]),
    ("Pemerintah Kabupaten ", &["Bupati "]),
    ("Pemerintah Kota ", &["Wali Kota ", "Walikota "]),
];

/// Occurrences of organizations and of the people and titles that stand for them, sorted,
/// none inside another. A spot without a name is a person of unknown organization: it
/// yields no party but keeps a list of signers going.
pub(super) struct OrgSpots {
    names: Vec<String>,
    spots: Vec<(Range<usize>, Option<usize>)>,
}

/// The organization a person of `unit` signs for: a regional secretary (`Sekretaris
/// Daerah`) signs on behalf of the government the secretariat serves.
fn signs_for(unit: &str) -> String {
    match unit.strip_prefix("Sekretariat Daerah ") {
        Some(region)
            if ["Provinsi ", "Kabupaten ", "Kota "]
                .iter()
                .any(|p| region.starts_with(p)) =>
        {
            format!("Pemerintah {region}")
        }
        _ => unit.to_string(),
    }
}

impl OrgSpots {
    pub fn new(text: &str, orgs: &[Organization], people: &[Person]) -> Self {
        let mut names: Vec<String> = Vec::new();
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut intern = |n: &str| match ids.get(n) {
            Some(&i) => i,
            None => {
                names.push(n.to_string());
                ids.insert(n.to_string(), names.len() - 1);
                names.len() - 1
            }
        };
        // Each spot with the order it is listed in: organizations first, since on equal
        // spans the first listed is kept. The surfaces are searched for together below,
        // each occurrence taking its surface's place in the order.
        let mut spots: Vec<(Range<usize>, Option<usize>, usize)> = Vec::new();
        let mut surfaces: Vec<(String, Option<usize>, usize)> = Vec::new();
        let mut seq = 0usize;
        let mut next = || {
            seq += 1;
            seq
        };
        for o in orgs {
            let idx = intern(&o.name);
            for m in &o.mentions {
                if m.start < m.end && text.get(m.start..m.end).is_some() {
                    spots.push((m.start..m.end, Some(idx), next()));
                }
            }
            let forms = std::iter::once(&o.name)
                .chain(o.aliases.iter())
                .chain(o.acronym.iter());
            for s in forms.filter(|s| s.len() >= 2) {
                surfaces.push((s.clone(), Some(idx), next()));
            }
            for (prefix, titles) in HEADS {
                let Some(region) = o.name.strip_prefix(prefix) else {
                    continue;
                };
                for t in *titles {
                    surfaces.push((format!("{t}{region}"), Some(idx), next()));
                }
            }
        }
        for p in people {
            let org = p
                .roles
                .iter()
                .find_map(|r| r.organization.as_deref())
                .map(|o| intern(&signs_for(o)));
            for m in &p.mentions {
                if m.start < m.end && text.get(m.start..m.end).is_some() {
                    spots.push((m.start..m.end, org, next()));
                }
            }
            for r in &p.roles {
                let Some(o) = r.organization.as_deref() else {
                    continue;
                };
                let idx = intern(&signs_for(o));
                if r.title.len() >= 4 {
                    surfaces.push((r.title.clone(), Some(idx), next()));
                }
            }
        }
        let forms: Vec<&str> = surfaces.iter().map(|s| s.0.as_str()).collect();
        for (i, span) in context::whole_word_occurrences(text, &forms) {
            let (_, idx, order) = surfaces[i];
            spots.push((span, idx, order));
        }
        spots.sort_unstable_by(|a, b| {
            a.0.start
                .cmp(&b.0.start)
                .then(b.0.end.cmp(&a.0.end))
                .then(a.2.cmp(&b.2))
        });
        let spots = spots.into_iter().map(|(span, idx, _)| (span, idx));
        let mut kept: Vec<(Range<usize>, Option<usize>)> = Vec::with_capacity(spots.len());
        for s in spots {
            if kept.last().is_some_and(|k| s.0.start < k.0.end) {
                continue;
            }
            kept.push(s);
        }
        OrgSpots { names, spots: kept }
    }

    fn within(&self, range: Range<usize>) -> &[(Range<usize>, Option<usize>)] {
        let lo = self.spots.partition_point(|s| s.0.start < range.start);
        let hi = self.spots.partition_point(|s| s.0.start < range.end);
        self.spots.get(lo..hi).unwrap_or(&[])
    }

    fn name(&self, idx: usize) -> Option<String> {
        self.names.get(idx).cloned()
    }

    /// The two parties last named as a pair before `pos` (`X dan Y`, `X bersama Y`), within
    /// [`PAIR_REACH`] bytes: who `kedua pihak` means when nothing else names them.
    pub fn pair_before(&self, text: &str, pos: usize) -> Option<[String; 2]> {
        let from = context::floor_char(text, pos.saturating_sub(PAIR_REACH));
        let spots = self.within(from..pos);
        spots.windows(2).rev().find_map(|w| {
            let [(a, Some(x)), (b, Some(y))] = w else {
                return None;
            };
            let gap = text.get(a.end..b.start)?.trim().to_lowercase();
            let joined = matches!(gap.as_str(), "dan" | "serta" | "dengan" | "bersama");
            (joined && x != y && b.end <= pos)
                .then(|| [self.name(*x), self.name(*y)])
                .and_then(|[x, y]| Some([x?, y?]))
        })
    }

    /// Canonical names of the parties the mention's sentence gives.
    pub fn parties_of(&self, text: &str, f: &Found) -> Vec<String> {
        if self.spots.is_empty() {
            return Vec::new();
        }
        let whole = context::sentence_at(text, f.start);
        let s = whole
            .start
            .max(context::floor_char(text, f.start.saturating_sub(CLIP)))
            ..whole
                .end
                .min(context::floor_char(text, f.end.saturating_add(CLIP)));
        let after: Vec<(Range<usize>, String)> = context::words(text, f.end.min(s.end)..s.end)
            .into_iter()
            .map(|r| {
                let l = text[r.clone()].to_lowercase();
                (r, l)
            })
            .collect();
        let marker = |is: &dyn Fn(&str) -> bool, within: usize| {
            after
                .iter()
                .take(within)
                .find(|(_, l)| is(l))
                .map(|(r, _)| r.end)
        };
        // The signer after a passive signing verb: `MoU ditandatangani Gubernur X`.
        let passive = |l: &str| l.starts_with("di") && super::status::is_signing(l);
        let mut out: Vec<usize> = Vec::new();
        if let Some(p) = marker(&|l| l == "antara", 6) {
            out.extend(self.chain(text, p, s.end));
        } else if let Some(p) = marker(&|l| l == "dengan", 4) {
            out.extend(self.subjects(text, f, s.start));
            out.extend(self.chain(text, p, s.end));
        } else if let Some(p) = marker(&|l| l == "oleh", 6).or_else(|| marker(&passive, 3)) {
            out.extend(self.chain(text, p, s.end));
        } else {
            out.extend(self.subjects(text, f, s.start));
        }
        // A partner the instrument is worked out with: `PKS yang sedang disusun bersama X`.
        let worked = after
            .iter()
            .take(6)
            .position(|(_, l)| l == "bersama")
            .filter(|&n| {
                after
                    .iter()
                    .take(n)
                    .any(|(_, l)| super::status::is_governing(l))
            });
        if let Some((r, _)) = worked.and_then(|n| after.get(n)) {
            out.extend(self.chain(text, r.end, s.end));
        }
        let mut names = Vec::new();
        for idx in out {
            if let Some(n) = self.name(idx) {
                if !names.contains(&n) {
                    names.push(n);
                }
            }
        }
        names
    }

    /// Parties listed from `from`: the first organization within a few words, then each
    /// next one joined by a connector. People of unknown organization keep the list going.
    fn chain(&self, text: &str, from: usize, end: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut pos = from;
        let mut first = true;
        for (span, idx) in self.within(from..end) {
            let gap = text.get(pos..span.start).unwrap_or("");
            let gap_words: Vec<String> = context::words(text, pos..span.start.max(pos))
                .iter()
                .map(|w| text[w.clone()].to_lowercase())
                .filter(|w| !CONNECTORS.contains(&w.as_str()))
                .collect();
            let limit = if first { 4 } else { 0 };
            if gap_words.len() > limit
                || gap.contains(['.', ';', ':'])
                || gap_words.iter().any(|w| NOT_PARTY.contains(&w.as_str()))
            {
                break;
            }
            first = false;
            out.extend(*idx);
            pos = span.end;
            if out.len() >= 4 {
                break;
            }
        }
        out
    }

    /// The signing subject: organizations before the mention in its sentence, when a
    /// signing, making or drafting word governs the mention (`X menandatangani PKS`,
    /// `X menggelar rapat bersama Y untuk membahas rancangan MoU`).
    fn subjects(&self, text: &str, f: &Found, sentence_start: usize) -> Vec<usize> {
        let before = context::words(text, sentence_start..f.start.max(sentence_start));
        let governed = before.iter().rev().take(3).any(|w| {
            let l = text[w.clone()].to_lowercase();
            super::status::is_signing(&l) || super::status::is_governing(&l) || l == "membahas"
        });
        if !governed {
            return Vec::new();
        }
        // A speaker is not the subject of what they report: `X menjelaskan bahwa MoU ...`.
        let clause_start = before
            .iter()
            .rev()
            .find(|w| REPORTING.contains(&text[(*w).clone()].to_lowercase().as_str()))
            .map_or(sentence_start, |w| w.end);
        self.within(clause_start..f.start)
            .iter()
            .filter(|(span, _)| {
                // Not a witness or a place: `disaksikan oleh X`, `di Kantor X`.
                let lead = context::words(
                    text,
                    context::floor_char(text, span.start.saturating_sub(20))..span.start,
                );
                !lead.last().is_some_and(|w| {
                    let l = text[w.clone()].to_lowercase();
                    l == "oleh" || NOT_PARTY.contains(&l.as_str())
                })
            })
            .filter_map(|(_, idx)| *idx)
            .take(3)
            .collect()
    }
}
