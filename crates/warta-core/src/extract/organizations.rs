//! Organization mentions: a head word (`Dinas`, `Kementerian`, `Pemprov`, `Ombudsman`) or a
//! known acronym, then the words that continue the name: any capitalized word after an
//! open head (`Dinas Pendidikan dan Kebudayaan`), only institutional words and a region
//! after a closed one (`Ombudsman RI Perwakilan Provinsi Kalimantan Barat`), so that the
//! person named next (`Gubernur Kalsel Sahbirin Noor`) is not swallowed.

use std::ops::Range;

use crate::article::{OrgKind, PlaceKind};
use crate::extract::described;
use crate::extract::names::{is_all_caps, is_cap, Tok};
use crate::extract::places::known_place_at;
use crate::gazetteer::agencies::{self, Tail};
use crate::gazetteer::{places, vocab};

/// One organization mention, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgMention {
    /// Byte range of the name as written.
    pub span: Range<usize>,
    /// Token range.
    pub toks: Range<usize>,
    /// Kind, from the head word or the acronym list.
    pub kind: OrgKind,
    /// An acronym written in parentheses right after the name (`(Bappeda)`), with its span.
    pub acronym: Option<Range<usize>>,
}

/// Find organization mentions in token order, longest first, never overlapping.
pub fn find(text: &str, toks: &[Tok]) -> Vec<OrgMention> {
    let cues = described::Cues::of(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // `Pixar Animation Studio`: a suffix may close a name a list knows the start of.
        let suffixed = cues
            .suffix()
            .then(|| described::suffixed_at(text, toks, i))
            .flatten();
        let m = match (mention_at(text, toks, i), suffixed) {
            (Some(m), Some(s)) if s.toks.end > m.toks.end && m.acronym.is_none() => Some(s),
            (m @ Some(_), _) => m,
            (None, s @ Some(_)) => s,
            (None, None) if cues.noun() => described::described_at(text, toks, i),
            (None, None) => None,
        };
        match m {
            Some(m) => {
                i = m.toks.end.max(i + 1);
                if let Some(a) = &m.acronym {
                    i = i.max(toks.partition_point(|t| t.start < a.end));
                }
                out.push(m);
            }
            None => i += 1,
        }
    }
    // Clubs in football sentences, where no other reading took the words.
    let clubs = if cues.football() {
        described::clubs(text, toks)
    } else {
        Vec::new()
    };
    if !clubs.is_empty() {
        clubs.into_iter().for_each(|c| {
            let k = out.partition_point(|m| m.span.start < c.span.start);
            let clear = out.get(k).is_none_or(|m| c.span.end <= m.span.start)
                && (k == 0 || out[k - 1].span.end <= c.span.start);
            if clear {
                out.insert(k, c);
            }
        });
    }
    out
}

fn lower(toks: &[Tok], text: &str, i: usize) -> String {
    toks.get(i)
        .map(|t| t.text(text).to_lowercase())
        .unwrap_or_default()
}

/// The head (kind, tail, words used) at token `i`: a head word or a known acronym.
fn head_at(text: &str, toks: &[Tok], i: usize) -> Option<(OrgKind, Tail, usize)> {
    let first = toks.get(i).filter(|t| t.word && is_cap(t.text(text)))?;
    // `Pemerintah Aceh`: a government named by its region alone.
    if first.text(text).eq_ignore_ascii_case("pemerintah")
        && region_end(text, toks, i + 1).is_some()
    {
        return Some((OrgKind::LocalGovernment, Tail::Closed, 1));
    }
    // Asked once: whether any listed name opens with this word.
    let opens = agencies::opens_acronym(first.text(text));
    let acronyms = (1..=agencies::acronym_max_words()).rev();
    for n in acronyms.filter(|_| opens) {
        if let Some(words) = phrase(text, toks, i, n) {
            if let Some(a) = agencies::acronym(&words) {
                if a.is_brand && model_number(text, toks, i + n) {
                    return None;
                }
                let tail = agencies::head(&words.to_lowercase()).map_or(Tail::Region, |h| h.1);
                return Some((a.kind, tail, n));
            }
        }
    }
    if let Some(second) = toks.get(i + 1).filter(|t| t.word && is_cap(t.text(text))) {
        let mut two =
            String::with_capacity(first.end - first.start + second.end - second.start + 1);
        two.push_str(&crate::lang::words::lower(first.text(text)));
        two.push(' ');
        two.push_str(&crate::lang::words::lower(second.text(text)));
        if let Some((k, t)) = agencies::head(&two) {
            return Some((k, t, 2));
        }
    }
    let one = crate::lang::words::lower(first.text(text));
    agencies::head(&one).map(|(k, t)| (k, t, 1))
}

/// Whether token `k` is a product's model number right after a brand (`Boeing 737`,
/// `Airbus A320`): letters with digits, or three digits or more; not a score (`Juventus 1`).
fn model_number(text: &str, toks: &[Tok], k: usize) -> bool {
    toks.get(k).filter(|t| t.word).is_some_and(|t| {
        let w = t.text(text);
        let digits = w.chars().filter(char::is_ascii_digit).count();
        digits > 0 && (digits < w.chars().count() || digits >= 3)
    })
}

/// The words of tokens `i..i+n` joined by spaces, if they are all adjacent words.
pub(crate) fn phrase(text: &str, toks: &[Tok], i: usize, n: usize) -> Option<String> {
    let ws = toks.get(i..i + n)?;
    if ws.iter().any(|t| !t.word) || ws.iter().skip(1).any(|t| t.newline) {
        return None;
    }
    Some(
        ws.iter()
            .map(|t| t.text(text))
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// A region name starting at token `i` (a `se-` prefix allowed on its first word): the
/// token after it.
pub(crate) fn region_end(text: &str, toks: &[Tok], i: usize) -> Option<usize> {
    known_place_at(text, toks, i).map(|(_, n, _)| i + n)
}

fn mention_at(text: &str, toks: &[Tok], i: usize) -> Option<OrgMention> {
    if let Some(m) = hyphenated(text, toks, i) {
        return Some(m);
    }
    let (kind, tail, used) = head_at(text, toks, i)?;
    let mut j = i + used;
    let mut acronym = None;
    let mut closed_by_region = false;
    while j < toks.len() && j < i + used + 10 && !closed_by_region {
        let t = toks[j];
        if t.newline {
            break;
        }
        if !t.word {
            if t.text(text) == "(" && acronym.is_none() {
                if let Some((a, after)) = paren_acronym(text, toks, j) {
                    acronym = Some(a);
                    // `Pemerintah Provinsi (Pemprov) Kalbar`: the name goes on after it.
                    let level = matches!(
                        lower(toks, text, after).as_str(),
                        "provinsi" | "kabupaten" | "kota"
                    );
                    if region_end(text, toks, after).is_some()
                        || (level && region_end(text, toks, after + 1).is_some())
                    {
                        j = after;
                        continue;
                    }
                }
            }
            break;
        }
        let w = t.text(text);
        let lw = w.to_lowercase();
        if let Some(end) = region_end(text, toks, j) {
            // `PDIP DKI`, `Partai Demokrat Bali`: a party's regional branch is the party
            // in that region; the region is a place of its own (`Partai Aceh`, named by
            // its province, stays one name).
            let domestic = known_place_at(text, toks, j).is_some_and(|(_, _, p)| {
                matches!(
                    p.kind,
                    PlaceKind::Province | PlaceKind::Regency | PlaceKind::City
                )
            });
            if kind == OrgKind::Party && domestic && (j > i + used || tail == Tail::Region) {
                break;
            }
            j = end;
            let next = lower(toks, text, j);
            // `Balai Wilayah Sungai Kalimantan III`: a numeral still belongs to the name.
            closed_by_region = !matches!(
                next.as_str(),
                "provinsi"
                    | "kabupaten"
                    | "kota"
                    | "perwakilan"
                    | "i"
                    | "ii"
                    | "iii"
                    | "iv"
                    | "v"
                    | "vi"
                    | "vii"
                    | "viii"
                    | "ix"
                    | "x"
            );
            continue;
        }
        if lw == "dan" || lw == "&" {
            let next = toks.get(j + 1).map(|n| n.text(text)).unwrap_or("");
            let next_lower = next.to_lowercase();
            let continues = tail == Tail::Open
                && is_cap(next)
                && (vocab::is_institutional(&next_lower)
                    || !(crate::extract::people::is_given_name(next)
                        || vocab::is_not_name(&next_lower)))
                && head_at(text, toks, j + 1).is_none()
                && places::lookup(next).is_none();
            if continues {
                j += 1;
                continue;
            }
            break;
        }
        if !is_cap(w) || vocab::is_title(&lw) || vocab::is_person_verb_after(&lw) {
            break;
        }
        // A new faculty or university head starts a new name (`Fakultas Hukum |
        // Universitas Andalas`); an honorific starts a person (`... Dr. Hasan`).
        let new_campus = kind == OrgKind::Education
            && j > i + used
            && head_at(text, toks, j).is_some_and(|h| h.0 == OrgKind::Education);
        if new_campus || (t.dot && vocab::is_honorific(&lw)) {
            break;
        }
        let ok = match tail {
            Tail::Open => vocab::is_institutional(&lw) || !vocab::is_not_name(&lw),
            Tail::Closed => vocab::is_institutional(&lw) || lw == "ri",
            Tail::Region => matches!(
                lw.as_str(),
                "ri" | "perwakilan" | "provinsi" | "kabupaten" | "kota"
            ),
        };
        if !ok {
            break;
        }
        j += 1;
    }
    // A lone generic head (`Badan`, `Bagian`) names nothing.
    if j == i + used && tail == Tail::Open && agencies::acronym(toks[i].text(text)).is_none() {
        let words = (i..j)
            .map(|k| lower(toks, text, k))
            .collect::<Vec<_>>()
            .join(" ");
        let stands_alone = matches!(words.as_str(), "ombudsman" | "kementerian" | "inspektorat");
        if !stands_alone {
            return None;
        }
    }
    if acronym.is_none() && toks.get(j).is_some_and(|t| t.text(text) == "(") {
        acronym = paren_acronym(text, toks, j).map(|(a, _)| a);
    }
    // `Laporan Keuangan Pemerintah Daerah (LKPD)`: an acronym that does not start like
    // the name belongs to a longer term around it.
    let first_letter = |s: &str| s.chars().next().map(|c| c.to_ascii_lowercase());
    if let Some(a) = &acronym {
        let a_text = text.get(a.clone()).unwrap_or("");
        if first_letter(a_text) != first_letter(toks[i].text(text))
            && agencies::acronym(a_text).is_none()
        {
            acronym = None;
        }
    }
    while j > i + used && matches!(lower(toks, text, j - 1).as_str(), "dan" | "&") {
        j -= 1;
    }
    let span = toks[i].start..toks[j - 1].end;
    Some(OrgMention {
        span,
        toks: i..j,
        kind,
        acronym,
    })
}

/// `( ACRONYM )` at token `j`: the acronym's span and the token after `)`.
fn paren_acronym(text: &str, toks: &[Tok], j: usize) -> Option<(Range<usize>, usize)> {
    let a = toks.get(j + 1).filter(|t| t.word)?;
    let close = toks.get(j + 2).filter(|t| t.text(text) == ")")?;
    let w = a.text(text);
    let upper = w.chars().filter(|c| c.is_uppercase()).count();
    let _ = close;
    ((upper >= 2 || a.defined || agencies::acronym(w).is_some()) && w.len() <= 14 && is_cap(w))
        .then_some((a.range(), j + 3))
}

/// `ORI-Kalbar`, `Polda-Sulsel`: an acronym joined to a region by a hyphen.
fn hyphenated(text: &str, toks: &[Tok], i: usize) -> Option<OrgMention> {
    let t = toks.get(i).filter(|t| t.word)?;
    let (left, right) = t.text(text).split_once('-')?;
    if !is_all_caps(left) && agencies::head(&left.to_lowercase()).is_none() {
        return None;
    }
    let kind = agencies::acronym(left)
        .map(|a| a.kind)
        .or_else(|| agencies::head(&left.to_lowercase()).map(|h| h.0))?;
    places::province(right)?;
    Some(OrgMention {
        span: t.range(),
        toks: i..i + 1,
        kind,
        acronym: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::names::tokenize;

    fn names(text: &str) -> Vec<&str> {
        let toks = tokenize(text);
        find(text, &toks)
            .iter()
            .map(|m| &text[m.span.clone()])
            .collect()
    }

    #[test]
    fn mentions() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Kepala Perwakilan Ombudsman RI Provinsi Sulawesi Tengah Andi Baso menerima tamu.",
                &["Ombudsman RI Provinsi Sulawesi Tengah"],
            ),
            ("Gubernur Jatim Ani Lestari bersama Pemkab Sleman hadir.", &["Pemkab Sleman"]),
            (
                "hadir antara lain: Inspektorat Provinsi Jabar, Bapenda, Dinas Pemberdayaan Masyarakat dan Desa, serta Biro Hukum Setda Provinsi Jabar.",
                &["Inspektorat Provinsi Jabar", "Bapenda", "Dinas Pemberdayaan Masyarakat dan Desa", "Biro Hukum Setda Provinsi Jabar"],
            ),
            ("antara Pemprov Sumbar dan Ombudsman Sumbar", &["Pemprov Sumbar", "Ombudsman Sumbar"]),
            ("Pemerintah Provinsi (Pemprov) Riau menggelar rapat", &["Pemerintah Provinsi (Pemprov) Riau"]),
            ("Badan Pusat Statistik (BPS) mencatat", &["Badan Pusat Statistik"]),
            ("(HN/ORI-Sulsel)", &["ORI-Sulsel"]),
            ("Inspektorat Daerah se-Kalimantan Utara", &["Inspektorat Daerah se-Kalimantan Utara"]),
            ("Badan itu bekerja", &[]),
            (
                "kini Walt Disney Pictures dan Pixar Animation Studio merilis",
                &["Walt Disney Pictures", "Pixar Animation Studio"],
            ),
            ("raksasa teknologi Samsung Electronics", &["Samsung Electronics"]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }
}
