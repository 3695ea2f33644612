//! People: mentions grouped into one entry per person. Later short mentions (`Agus` after
//! `Agus Priyadi`) and nicknames (`Paman Birin (sapaan akrabnya)`) become aliases of the
//! person they refer to; positions become roles with their organization.

use std::ops::Range;

use crate::article::{Mention, Person, Role};
use crate::extract::names::{is_cap, Tok};
use crate::extract::organizations::OrgMention;
use crate::extract::people::{is_name_word, PersonMention};
use crate::extract::places::PlaceMention;
use crate::gazetteer::{agencies, places, WordMap, WordSet};

use super::coverage::Coverage;
use super::{canonical, overlaps};

struct Draft {
    name: String,
    words: Vec<String>,
    honorifics: Vec<String>,
    roles: Vec<Role>,
    aliases: Vec<String>,
    mentions: Vec<Range<usize>>,
}

fn words_of(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}

/// Group person mentions into people.
pub fn resolve(
    text: &str,
    toks: &[Tok],
    mut ms: Vec<PersonMention>,
    orgs: &[OrgMention],
    places_ms: &[PlaceMention],
) -> Vec<Person> {
    ms.sort_by_key(|m| m.span.start);
    ms.dedup_by(|a, b| {
        if a.span == b.span {
            if b.role.is_none() {
                b.role = a.role.take();
            }
            if b.honorifics.is_empty() {
                b.honorifics = std::mem::take(&mut a.honorifics);
            }
            true
        } else {
            false
        }
    });
    // Overlapping spans: keep the longer.
    // The mentions come by start, so one kept that ends before a mention's start
    // overlaps no later mention (a kept one is only replaced by one overlapping it):
    // only those still open are searched, lowest first.
    let mut kept: Vec<PersonMention> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for m in ms {
        open.retain(|&k| kept[k].span.end > m.span.start);
        let hit = open
            .iter()
            .copied()
            .find(|&k| overlaps(&kept[k].span, &m.span));
        if hit.is_none() {
            open.push(kept.len());
        }
        match hit.map(|k| &mut kept[k]) {
            Some(k) if m.span.len() > k.span.len() => *k = m,
            Some(k) => {
                if k.role.is_none() {
                    k.role = m.role;
                }
            }
            None => kept.push(m),
        }
    }
    let nicknames = nicknames(text, toks);
    let mut drafts: Vec<Draft> = Vec::new();
    let mut index = DraftIndex::default();
    let mut order: Vec<usize> = (0..kept.len()).collect();
    order.sort_by_key(|&k| (std::cmp::Reverse(kept[k].toks.len()), kept[k].span.start));
    for k in order {
        let m = &kept[k];
        if nicknames.iter().any(|n| overlaps(&n.0, &m.span)) {
            continue;
        }
        let surface = text.get(m.span.clone()).unwrap_or("");
        let name = words_of(surface).join(" ");
        let idx = find_draft(&drafts, &index, &name).unwrap_or_else(|| {
            let idx = drafts.len();
            index.add(&name, idx);
            let words = words_of(&name);
            for w in &words {
                let ds = index.by_word.entry(w.clone()).or_default();
                if ds.last() != Some(&idx) {
                    ds.push(idx);
                }
            }
            drafts.push(Draft {
                name: name.clone(),
                words,
                honorifics: Vec::new(),
                roles: Vec::new(),
                aliases: Vec::new(),
                mentions: Vec::new(),
            });
            idx
        });
        let d = &mut drafts[idx];
        if name != d.name && !d.aliases.contains(&name) {
            index.add(&name, idx);
            d.aliases.push(name);
        }
        d.mentions.push(m.span.clone());
        for h in &m.honorifics {
            if !d.honorifics.contains(h) {
                d.honorifics.push(h.clone());
            }
        }
        if let Some(r) = &m.role {
            add_role(text, orgs, d, r.span.clone(), r.acting);
        }
    }
    for (span, before) in nicknames {
        let target = drafts
            .iter()
            .enumerate()
            .filter_map(|(i, d)| {
                d.mentions
                    .iter()
                    .filter(|m| m.end <= before)
                    .map(|m| m.end)
                    .max()
                    .map(|e| (e, i))
            })
            .max();
        if let Some((_, i)) = target {
            let alias = words_of(text.get(span.clone()).unwrap_or("")).join(" ");
            let d = &mut drafts[i];
            if !d.aliases.contains(&alias) {
                d.aliases.push(alias);
            }
            d.mentions.push(span);
        }
    }
    merge_aliases(&mut drafts);
    short_mentions(text, toks, &mut drafts, orgs, places_ms);
    let mut out: Vec<Person> = drafts
        .into_iter()
        .map(|mut d| {
            d.mentions.sort_by_key(|m| m.start);
            d.mentions.dedup();
            Person {
                name: d.name,
                honorifics: d.honorifics,
                aliases: d.aliases,
                roles: d.roles,
                mentions: d
                    .mentions
                    .iter()
                    .map(|m| Mention::new(m.start, m.end))
                    .collect(),
            }
        })
        .collect();
    out.sort_by_key(|p| p.mentions.first().map_or(usize::MAX, |m| m.start));
    out
}

/// A person named elsewhere by a nickname another entry holds as an alias (`Kang Rudi`)
/// is that entry.
fn merge_aliases(drafts: &mut Vec<Draft>) {
    // No alias is added here: a name that none holds now never finds a target.
    let aliases: WordSet<String> = drafts
        .iter()
        .flat_map(|d| d.aliases.iter().cloned())
        .collect();
    let mut k = 0;
    while k < drafts.len() {
        if !aliases.contains(&drafts[k].name) {
            k += 1;
            continue;
        }
        let name = drafts[k].name.clone();
        let target = (0..drafts.len()).find(|&j| j != k && drafts[j].aliases.contains(&name));
        match target {
            Some(j) => {
                let d = drafts.remove(k);
                let j = if j > k { j - 1 } else { j };
                let t = &mut drafts[j];
                t.mentions.extend(d.mentions);
                for r in d.roles {
                    if !t.roles.iter().any(|x| x.title == r.title) {
                        t.roles.push(r);
                    }
                }
                for h in d.honorifics {
                    if !t.honorifics.contains(&h) {
                        t.honorifics.push(h);
                    }
                }
            }
            None => k += 1,
        }
    }
}

/// The drafts by the names they answer to, and by the words of their names.
#[derive(Default)]
struct DraftIndex {
    /// Name or alias -> the first draft bearing it.
    named: WordMap<String, usize>,
    /// Word of a name -> the drafts whose name has it, in order.
    by_word: WordMap<String, Vec<usize>>,
}

impl DraftIndex {
    fn add(&mut self, name: &str, idx: usize) {
        match self.named.get_mut(name) {
            Some(first) => *first = (*first).min(idx),
            None => {
                self.named.insert(name.to_string(), idx);
            }
        }
    }
}

/// The person a name refers to: the same name, or the one person whose name contains
/// every word of it (`Agus` -> `Agus Priyadi`).
fn find_draft(drafts: &[Draft], index: &DraftIndex, name: &str) -> Option<usize> {
    if let Some(&i) = index.named.get(name) {
        return Some(i);
    }
    let words = words_of(name);
    let candidates: Vec<usize> = match words.first() {
        Some(w) => index.by_word.get(w).cloned().unwrap_or_default(),
        None => (0..drafts.len()).collect(),
    };
    let hits: Vec<usize> = candidates
        .into_iter()
        .filter(|&i| {
            let d = &drafts[i];
            d.words.len() > words.len() && words.iter().all(|w| d.words.contains(w))
        })
        .collect();
    (hits.len() == 1).then(|| hits[0])
}

/// Nicknames: `Paman Birin (sapaan akrabnya)` and `... yang akrab disapa Birin`: the
/// nickname's span and the position before which its person was last named.
fn nicknames(text: &str, toks: &[Tok]) -> Vec<(Range<usize>, usize)> {
    let mut out = Vec::new();
    for i in 1..toks.len() {
        // Plain ASCII words, compared in any case: no other letter lower-cases into them.
        let w = toks[i].text(text);
        if w == "("
            && toks.get(i + 1).is_some_and(|t| {
                t.text(text)
                    .as_bytes()
                    .get(..6)
                    .is_some_and(|p| p.eq_ignore_ascii_case(b"sapaan"))
            })
        {
            let mut s = i;
            while s > 0 && i - s < 3 && toks[s - 1].word && is_cap(toks[s - 1].text(text)) {
                s -= 1;
            }
            if s < i {
                out.push((toks[s].start..toks[i - 1].end, toks[s].start));
            }
        } else if w.eq_ignore_ascii_case("disapa") || w.eq_ignore_ascii_case("dipanggil") {
            let mut e = i + 1;
            while e < toks.len() && e < i + 4 && toks[e].word && is_cap(toks[e].text(text)) {
                e += 1;
            }
            if e > i + 1 {
                out.push((toks[i + 1].start..toks[e - 1].end, toks[i].start));
            }
        }
    }
    out
}

/// Every later mention of a word of a full name (`Fahrizal` for `Fahrizal Fitri`).
fn short_mentions(
    text: &str,
    toks: &[Tok],
    drafts: &mut [Draft],
    orgs: &[OrgMention],
    places_ms: &[PlaceMention],
) {
    // What is taken is known before the loop: the spans it adds are single tokens, never
    // touching a later one. The drafts a word belongs to are looked up by the word.
    let taken = Coverage::of(
        text.len(),
        drafts
            .iter()
            .flat_map(|d| d.mentions.iter())
            .chain(orgs.iter().map(|o| &o.span))
            .chain(places_ms.iter().map(|p| &p.span)),
    );
    let mut holders: WordMap<&str, Vec<usize>> = WordMap::default();
    for (k, d) in drafts.iter().enumerate() {
        if d.words.len() > 1 {
            for x in &d.words {
                let ks = holders.entry(x.as_str()).or_default();
                if ks.last() != Some(&k) {
                    ks.push(k);
                }
            }
        }
    }
    let mut found: Vec<(usize, usize)> = Vec::new();
    for i in 0..toks.len() {
        let t = toks[i];
        let w = t.text(text);
        if w.chars().count() < 3 || !is_name_word(text, toks, i) {
            continue;
        }
        let span = t.range();
        // A name word next to another capital is part of a different name.
        let joined = (i > 0 && is_name_word(text, toks, i - 1)) || is_name_word(text, toks, i + 1);
        if taken.overlaps(&span) || joined || places::lookup(w).is_some() {
            continue;
        }
        if let Some([k]) = holders.get(w).map(Vec::as_slice) {
            found.push((*k, i));
        }
    }
    for (k, i) in found {
        let w = toks[i].text(text);
        let d = &mut drafts[k];
        if !d.aliases.iter().any(|a| a == w) {
            d.aliases.push(w.to_string());
        }
        d.mentions.push(toks[i].range());
    }
}

fn add_role(
    text: &str,
    orgs: &[OrgMention],
    d: &mut Draft,
    span: Range<usize>,
    acting: Option<crate::article::Acting>,
) {
    // `Kepala BP Batam sekaligus Wali Kota Batam`: two positions held at once.
    if let Some(cut) = text.get(span.clone()).and_then(|s| s.find(" sekaligus ")) {
        let first = span.start..span.start + cut;
        let second = span.start + cut + " sekaligus ".len()..span.end;
        add_role(text, orgs, d, first, acting);
        add_role(text, orgs, d, second, acting);
        return;
    }
    let title = words_of(text.get(span.clone()).unwrap_or("")).join(" ");
    if title.is_empty() {
        return;
    }
    let organization = orgs
        .iter()
        .find(|o| o.span.start >= span.start && o.span.end <= span.end)
        .map(|o| canonical(text.get(o.span.clone()).unwrap_or("")).name)
        .or_else(|| implied_org(&title));
    let lower = title.to_lowercase();
    if let Some(r) = d.roles.iter_mut().find(|r| r.title.to_lowercase() == lower) {
        r.acting = r.acting.or(acting);
        return;
    }
    // A shorter statement of the same position (`Kepala Perwakilan`) adds nothing.
    if d.roles
        .iter()
        .any(|r| r.title.to_lowercase().starts_with(&lower))
    {
        return;
    }
    d.roles
        .retain(|r| !lower.starts_with(&r.title.to_lowercase()));
    d.roles.push(Role {
        title,
        organization,
        acting,
    });
}

/// How the office a title heads is named from the region after the title.
#[derive(Clone, Copy)]
enum Level {
    /// The region's level is written (`Pemerintah Provinsi`, `Inspektorat Provinsi Jawa
    /// Tengah`, `Sekretariat Daerah Kabupaten Sleman`) unless the office names it.
    Written,
    /// The region's name alone (`Kepolisian Daerah Sumatera Selatan`, `Kepolisian Resor
    /// Sambas`).
    Bare,
}

/// The office a position heads, by the title word that opens it. Indonesian titles of
/// regional heads and of police and prosecution commanders are contractions of the
/// office (`Kapolda` = Kepala Kepolisian Daerah); the region follows the title.
const HEADS: &[(&str, &str, Level)] = &[
    ("wakil gubernur ", "Pemerintah Provinsi", Level::Written),
    ("gubernur ", "Pemerintah Provinsi", Level::Written),
    ("wagub ", "Pemerintah Provinsi", Level::Written),
    ("wakil bupati ", "Pemerintah Kabupaten", Level::Written),
    ("bupati ", "Pemerintah Kabupaten", Level::Written),
    ("wabup ", "Pemerintah Kabupaten", Level::Written),
    ("wakil wali kota ", "Pemerintah Kota", Level::Written),
    ("wali kota ", "Pemerintah Kota", Level::Written),
    ("walikota ", "Pemerintah Kota", Level::Written),
    ("wawali ", "Pemerintah Kota", Level::Written),
    ("sekretaris daerah ", "Sekretariat Daerah", Level::Written),
    ("sekda ", "Sekretariat Daerah", Level::Written),
    ("inspektur ", "Inspektorat", Level::Written),
    ("kapolda ", "Kepolisian Daerah", Level::Bare),
    ("wakapolda ", "Kepolisian Daerah", Level::Bare),
    ("kapolrestabes ", "Kepolisian Resor Kota Besar", Level::Bare),
    (
        "wakapolrestabes ",
        "Kepolisian Resor Kota Besar",
        Level::Bare,
    ),
    ("kapolresta ", "Kepolisian Resor Kota", Level::Bare),
    ("wakapolresta ", "Kepolisian Resor Kota", Level::Bare),
    ("kapolres ", "Kepolisian Resor", Level::Bare),
    ("wakapolres ", "Kepolisian Resor", Level::Bare),
    ("kapolsek ", "Kepolisian Sektor", Level::Bare),
    ("kajati ", "Kejaksaan Tinggi", Level::Bare),
    ("wakajati ", "Kejaksaan Tinggi", Level::Bare),
    ("kajari ", "Kejaksaan Negeri", Level::Bare),
];

/// Titles that head the body named after them (`Rektor USK`, `Kepala BKKBN Perwakilan
/// NTT`, `Kepala Dinas Kesehatan`).
const HEAD_OF: &[&str] = &[
    "wakil rektor ",
    "rektor ",
    "wakil kepala ",
    "kepala ",
    "ketua ",
    "wakil ketua ",
    "direktur ",
    "direktur utama ",
    "dekan ",
];

/// The organization a position implies: the government a regional head leads (`Gubernur
/// Kalsel` -> `Pemerintah Provinsi Kalimantan Selatan`), the command a police or
/// prosecution title heads (`Kapolda Sumsel` -> `Kepolisian Daerah Sumatera Selatan`),
/// the inspectorate or secretariat of a region (`Inspektur Provinsi Jawa Tengah` ->
/// `Inspektorat Provinsi Jawa Tengah`), or the known body a head title names (`Rektor USK`
/// -> `Universitas Syiah Kuala`).
fn implied_org(title: &str) -> Option<String> {
    let lower = title.to_lowercase();
    if let Some((head, body, level)) = HEADS.iter().find(|(h, _, _)| lower.starts_with(h)) {
        return regional_office(title.get(head.len()..)?.trim(), body, *level);
    }
    let head = HEAD_OF
        .iter()
        .filter(|h| lower.starts_with(*h))
        .max_by_key(|h| h.len())?;
    let rest = title.get(head.len()..)?.trim();
    let first = rest.split(' ').next()?;
    // Only a known acronym opening the rest: a written-out name is an organization mention
    // of its own, found inside the title.
    let a = agencies::acronym(first)?;
    let tail = rest.get(first.len()..).unwrap_or("").trim();
    if tail.is_empty() {
        return Some(a.expansion.to_string());
    }
    let c = canonical(rest);
    (c.name != rest).then_some(c.name)
}

/// `body` of the region `rest` names, at the level `level` asks for.
fn regional_office(rest: &str, body: &str, level: Level) -> Option<String> {
    let written = ["Provinsi ", "Kabupaten ", "Kota "]
        .iter()
        .find_map(|p| rest.strip_prefix(p));
    let place = places::lookup(written.unwrap_or(rest))?;
    let level_word = match place.kind {
        crate::article::PlaceKind::Province => "Provinsi",
        crate::article::PlaceKind::City => "Kota",
        _ => "Kabupaten",
    };
    Some(match level {
        // `Pemerintah Provinsi` already names its level.
        Level::Written if body.starts_with("Pemerintah ") => format!("{body} {}", place.name),
        Level::Written => format!("{body} {level_word} {}", place.name),
        Level::Bare => format!("{body} {}", place.name),
    })
}
