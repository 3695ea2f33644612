//! Coordinated names share their kind: in `Google, Coca-Cola, NASA dan AIG` or `vendor
//! Samsung, Motorola dan LG`, a capitalized name that nothing recognized is an
//! organization when the names it is listed with are all organizations. Lists are how
//! news names several companies or clubs at once, and the one name read by a head word,
//! a list or the tagger vouches for the others. People are not filled in this way: the
//! capitalized words that nothing recognized beside a person's name are mostly titles of
//! works and events (`Sumur Tanpa Dasar`), and the name rules have read those lists.

use std::ops::Range;

use crate::article::OrgKind;
use crate::extract::names::{is_cap, sentence_start, Tok};
use crate::extract::organizations::OrgMention;
use crate::extract::people::PersonMention;
use crate::extract::places::PlaceMention;
use crate::gazetteer::vocab;
use crate::lang::words::lower;

/// Most words an unrecognized conjunct may have.
const MAX_WORDS: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Person,
    Org,
    Place,
}

/// One member of a list: its tokens and its kind, if recognized.
#[derive(Debug, Clone)]
struct Conjunct {
    toks: Range<usize>,
    kind: Option<Kind>,
}

/// Add the unrecognized members of lists whose recognized members are all
/// organizations. Mentions must not overlap one another.
pub fn fill(
    text: &str,
    toks: &[Tok],
    person_ms: &[PersonMention],
    org_ms: &mut Vec<OrgMention>,
    place_ms: &[PlaceMention],
) {
    // The kind and end of the mention starting at each token; `covered` marks every
    // token inside one.
    let mut starts: Vec<Option<(Kind, usize)>> = vec![None; toks.len()];
    let mut covered = vec![false; toks.len()];
    let all = person_ms
        .iter()
        .map(|m| (Kind::Person, &m.toks))
        .chain(org_ms.iter().map(|m| (Kind::Org, &m.toks)))
        .chain(place_ms.iter().map(|m| (Kind::Place, &m.toks)));
    for (kind, r) in all {
        if r.start < r.end && r.end <= toks.len() {
            starts[r.start] = Some((kind, r.end));
            covered[r.start..r.end].iter_mut().for_each(|c| *c = true);
        }
    }
    let mut i = 0;
    while i < toks.len() {
        // `Undang-Undang ... tentang Pemeriksaan Pengelolaan dan Tanggung Jawab Keuangan
        // Negara`: the capitals after `tentang` write a title, not names.
        if toks[i].word && toks[i].text(text).eq_ignore_ascii_case("tentang") {
            i += 1;
            while toks.get(i).is_some_and(|t| {
                let w = t.text(text);
                !t.newline && (is_cap(w) || is_conjunction(w) || w == ",")
            }) {
                i += 1;
            }
            continue;
        }
        // Lists open with a mention or a capitalized word.
        let opens =
            starts[i].is_some() || (toks[i].word && !covered[i] && is_cap(toks[i].text(text)));
        if !opens {
            i += 1;
            continue;
        }
        let list = list_at(text, toks, &starts, &covered, i);
        let Some(list) = list else {
            i += 1;
            continue;
        };
        i = list.last().map_or(i + 1, |c| c.toks.end);
        let mut kinds = list.iter().filter_map(|c| c.kind);
        let Some(kind) = kinds.next() else { continue };
        if kind != Kind::Org || kinds.any(|k| k != kind) {
            continue;
        }
        for c in list.iter().filter(|c| c.kind.is_none()) {
            org_ms.push(OrgMention {
                span: toks[c.toks.start].start..toks[c.toks.end - 1].end,
                toks: c.toks.clone(),
                kind: OrgKind::Other,
                acronym: None,
            });
        }
    }
}

/// The list starting at token `i`: two members or more, the last joined by `dan`,
/// `serta` or `atau` (`A, B, dan C`); members before it joined by commas. `None` unless
/// a list starts exactly here.
fn list_at(
    text: &str,
    toks: &[Tok],
    starts: &[Option<(Kind, usize)>],
    covered: &[bool],
    i: usize,
) -> Option<Vec<Conjunct>> {
    let mut list = vec![conjunct(text, toks, starts, covered, i)?];
    let mut j = list[0].toks.end;
    loop {
        let (next, closing) = separator(text, toks, j)?;
        let c = conjunct(text, toks, starts, covered, next)?;
        j = c.toks.end;
        list.push(c);
        if closing {
            return Some(list);
        }
    }
}

/// After token `j`: a comma, a conjunction or both (`, dan`); the token after them and
/// whether a conjunction closed the list.
fn separator(text: &str, toks: &[Tok], j: usize) -> Option<(usize, bool)> {
    let t = toks.get(j)?;
    if t.newline {
        return None;
    }
    let w = t.text(text);
    if w == "," {
        let closing = toks
            .get(j + 1)
            .is_some_and(|n| n.word && is_conjunction(n.text(text)));
        return Some(if closing {
            (j + 2, true)
        } else {
            (j + 1, false)
        });
    }
    (t.word && is_conjunction(w)).then_some((j + 1, true))
}

fn is_conjunction(w: &str) -> bool {
    matches!(w, "dan" | "serta" | "atau")
}

/// The member at token `i`: a whole recognized mention, or a run of capitalized name
/// words no mention touches (not opening a sentence, where a capital tells nothing).
fn conjunct(
    text: &str,
    toks: &[Tok],
    starts: &[Option<(Kind, usize)>],
    covered: &[bool],
    i: usize,
) -> Option<Conjunct> {
    if let Some((kind, end)) = starts.get(i).copied().flatten() {
        return Some(Conjunct {
            toks: i..end,
            kind: Some(kind),
        });
    }
    if covered.get(i).copied().unwrap_or(true) || sentence_start(toks, text, i) {
        return None;
    }
    let mut end = i;
    while end < toks.len()
        && end < i + MAX_WORDS
        && !covered[end]
        && (end == i || !toks[end].newline)
        && name_word(text, &toks[end])
    {
        end += 1;
    }
    (end > i).then_some(Conjunct {
        toks: i..end,
        kind: None,
    })
}

fn name_word(text: &str, t: &Tok) -> bool {
    let w = t.text(text);
    if !t.word || !is_cap(w) {
        return false;
    }
    let lw = lower(w);
    !vocab::is_title(&lw)
        && !vocab::is_honorific(&lw)
        && !vocab::is_not_name(&lw)
        && !vocab::is_person_verb_after(&lw)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::names::tokenize;

    fn org(toks: &[Tok], a: usize, b: usize) -> OrgMention {
        OrgMention {
            span: toks[a].start..toks[b - 1].end,
            toks: a..b,
            kind: OrgKind::Company,
            acronym: None,
        }
    }

    /// The names added as organizations when the words at the given token ranges are.
    fn added(text: &str, known: &[(usize, usize)]) -> Vec<String> {
        let toks = tokenize(text);
        let mut orgs: Vec<OrgMention> = known.iter().map(|&(a, b)| org(&toks, a, b)).collect();
        fill(text, &toks, &[], &mut orgs, &[]);
        orgs[known.len()..]
            .iter()
            .map(|o| text[o.span.clone()].to_string())
            .collect()
    }

    #[test]
    fn members_take_the_kind_of_the_list() {
        // tokens: 0 termasuk 1 Google 2 , 3 Disney 4 , 5 NASA 6 dan 7 AIG
        assert_eq!(
            added("termasuk Google, Disney, NASA dan AIG.", &[(5, 6)]),
            ["Google", "Disney", "AIG"]
        );
        // tokens: 0 dengan 1 vendor 2 Samsung 3 , 4 Motorola 5 dan 6 LG
        assert_eq!(
            added("dengan vendor Samsung, Motorola dan LG", &[(2, 3)]),
            ["Motorola", "LG"]
        );
        // `, dan` closes the list too; a name of two words is one member.
        assert_eq!(
            added("antara Pertamina, Bumi Serpong, dan Astra", &[(1, 2)]),
            ["Bumi Serpong", "Astra"]
        );
    }

    #[test]
    fn no_list_no_guess() {
        // Nothing recognized, or a comma list without a conjunction (an apposition).
        assert!(added("kata Samsung dan Intel kemarin", &[]).is_empty());
        assert!(added("oleh Pertamina, Astra mengatakan", &[(2, 3)]).is_empty());
        // Lower-case words and titles are no names.
        assert!(added("oleh Pertamina dan perusahaan lain", &[(1, 2)]).is_empty());
        assert!(added("oleh Pertamina dan Gubernur", &[(1, 2)]).is_empty());
        // A title after `tentang` holds no names.
        assert!(added(
            "Undang-Undang tentang Pemeriksaan Pengelolaan dan Tanggung Jawab",
            &[(5, 7)]
        )
        .is_empty());
        // A list with a person in it is no list of organizations.
        let text = "oleh Budi, Pertamina dan Astra";
        let toks = tokenize(text);
        let budi = PersonMention {
            span: toks[1].range(),
            toks: 1..2,
            honorifics: Vec::new(),
            role: None,
        };
        let mut orgs = vec![org(&toks, 3, 4)];
        fill(text, &toks, &[budi], &mut orgs, &[]);
        assert_eq!(orgs.len(), 1);
    }
}
