//! The parties of an instrument: the organizations its sentence ties to it.
//!
//! Indonesian names the parties after the instrument (`MoU antara X dan Y`, `PKS dengan X`,
//! `ditandatangani oleh X`) and the signing subject before it (`21 SKPD ... menandatangani
//! PKS dengan X`). Names come out canonical (`Organization.name`).

use std::ops::Range;

use crate::article::Organization;
use crate::extract::context;

use super::Found;

/// Bytes read around a mention for its parties.
const CLIP: usize = 400;

/// Words that may stand between two parties in a list.
#[rustfmt::skip]
const CONNECTORS: &[&str] = &[
    "dan", "serta", "dengan", "maupun", "pihak", "para", "seluruh", "se",
];

/// Organization occurrences in a text, sorted, none inside another.
pub(super) struct OrgSpots<'o> {
    orgs: &'o [Organization],
    spots: Vec<(Range<usize>, usize)>,
}

impl<'o> OrgSpots<'o> {
    pub fn new(text: &str, orgs: &'o [Organization]) -> Self {
        let things = orgs.iter().map(|o| {
            let surfaces = std::iter::once(&o.name)
                .chain(o.aliases.iter())
                .chain(o.acronym.iter())
                .map(String::as_str)
                .filter(|s| s.len() >= 2);
            (o.mentions.as_slice(), surfaces)
        });
        OrgSpots {
            orgs,
            spots: context::name_spots(text, things),
        }
    }

    fn within(&self, range: Range<usize>) -> &[(Range<usize>, usize)] {
        let lo = self.spots.partition_point(|s| s.0.start < range.start);
        let hi = self.spots.partition_point(|s| s.0.start < range.end);
        self.spots.get(lo..hi).unwrap_or(&[])
    }

    fn name(&self, idx: usize) -> Option<String> {
        self.orgs.get(idx).map(|o| o.name.clone())
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
        let after = context::words(text, f.end.min(s.end)..s.end);
        let marker = |w: &str, within: usize| {
            after
                .iter()
                .take(within)
                .find(|r| text[(*r).clone()].eq_ignore_ascii_case(w))
                .map(|r| r.end)
        };
        let mut out: Vec<usize> = Vec::new();
        if let Some(p) = marker("antara", 6) {
            out.extend(self.chain(text, p, s.end));
        } else if let Some(p) = marker("dengan", 4) {
            out.extend(self.subjects(text, f, s.start));
            out.extend(self.chain(text, p, s.end));
        } else if let Some(p) = marker("oleh", 6) {
            out.extend(self.chain(text, p, s.end));
        } else {
            out.extend(self.subjects(text, f, s.start));
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
    /// next one joined by a connector.
    fn chain(&self, text: &str, from: usize, end: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut pos = from;
        for (span, idx) in self.within(from..end) {
            let gap = text.get(pos..span.start).unwrap_or("");
            let gap_words: Vec<String> = context::words(text, pos..span.start.max(pos))
                .iter()
                .map(|w| text[w.clone()].to_lowercase())
                .filter(|w| !CONNECTORS.contains(&w.as_str()))
                .collect();
            let limit = if out.is_empty() { 4 } else { 0 };
            if gap_words.len() > limit || gap.contains(['.', ';', ':']) {
                break;
            }
            out.push(*idx);
            pos = span.end;
            if out.len() >= 4 {
                break;
            }
        }
        out
    }

    /// The signing subject: organizations before the mention in its sentence, when a
    /// signing or making verb governs the mention (`X menandatangani PKS`).
    fn subjects(&self, text: &str, f: &Found, sentence_start: usize) -> Vec<usize> {
        let before = context::words(text, sentence_start..f.start.max(sentence_start));
        let governed = before.iter().rev().take(3).any(|w| {
            let l = text[w.clone()].to_lowercase();
            super::status::is_signing(&l)
        });
        if !governed {
            return Vec::new();
        }
        self.within(sentence_start..f.start)
            .iter()
            .filter(|(span, _)| {
                // Not a witness or a place: `disaksikan oleh X`, `di Kantor X`.
                let lead = context::words(
                    text,
                    context::floor_char(text, span.start.saturating_sub(20))..span.start,
                );
                !lead.last().is_some_and(|w| {
                    matches!(
                        text[w.clone()].to_lowercase().as_str(),
                        "oleh" | "di" | "kepada"
                    )
                })
            })
            .map(|(_, idx)| *idx)
            .take(3)
            .collect()
    }
}
