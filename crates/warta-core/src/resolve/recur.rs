//! An organization recognized once by what the text says of it (`vendor Samsung`, a list
//! of organizations) is the same organization wherever its name recurs in the article: `vendor Samsung` makes the later `ponsel pertama Samsung` and
//! `Galaxy Tab dari Samsung` mentions of it, where nothing in the sentence says so. A bare
//! person reading of the very same words (a one-word name the tagger took for a person)
//! gives way; a place, a titled person or a longer name holding the words keeps them.

use std::ops::Range;

use crate::article::OrgKind;
use crate::extract::context::whole_word_occurrences;
use crate::extract::names::Tok;
use crate::extract::organizations::OrgMention;
use crate::extract::people::PersonMention;
use crate::extract::places::PlaceMention;

use super::coverage::Coverage;

/// Add a mention for every untaken recurrence of the names in `named` (organizations
/// recognized by their context, by span and kind).
pub fn mentions(
    text: &str,
    toks: &[Tok],
    named: &[(Range<usize>, OrgKind)],
    person_ms: &mut Vec<PersonMention>,
    org_ms: &mut Vec<OrgMention>,
    place_ms: &[PlaceMention],
) {
    let surfaces: Vec<&str> = named
        .iter()
        .map(|(r, _)| text.get(r.clone()).unwrap_or(""))
        .collect();
    if surfaces.is_empty() {
        return;
    }
    let orgs = Coverage::of(text.len(), org_ms.iter().map(|m| &m.span));
    let places = Coverage::of(text.len(), place_ms.iter().map(|m| &m.span));
    let people = Coverage::of(text.len(), person_ms.iter().map(|m| &m.span));
    let mut dropped = vec![false; person_ms.len()];
    let mut found = whole_word_occurrences(text, &surfaces);
    found.sort_by_key(|(_, r)| (r.start, std::cmp::Reverse(r.end)));
    let mut last_end = 0;
    for (k, span) in found {
        if span.start < last_end || orgs.overlaps(&span) || places.overlaps(&span) {
            continue;
        }
        // Person mentions do not overlap one another: one that equals the span is the
        // only one there.
        let first = toks.partition_point(|t| t.end <= span.start);
        let end = toks.partition_point(|t| t.start < span.end);
        if first >= end {
            continue;
        }
        if let Some(p) = people.first_overlapping(&span) {
            let m = &person_ms[p];
            if m.span != span || m.role.is_some() || !m.honorifics.is_empty() {
                continue;
            }
            dropped[p] = true;
        }
        last_end = span.end;
        org_ms.push(OrgMention {
            span,
            toks: first..end,
            kind: named[k].1,
            acronym: None,
        });
    }
    let mut k = 0;
    person_ms.retain(|_| {
        k += 1;
        !dropped[k - 1]
    });
}
