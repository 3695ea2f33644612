//! Organizations known by what the text says of them rather than by a head word or a
//! list: a company or club suffix closing the name (`Shamrock Holdings`, `Bumi Resources
//! Tbk`, `Walt Disney Pictures`, `Madura United`), or a noun naming their kind right before
//! it (`perusahaan Samsung`, `vendor Motorola`, `maskapai TransNusa`, `klub Dortmund`,
//! `harian Kompas`). Both hold for names never seen before, which no list can promise.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder};

use crate::article::OrgKind;
use crate::extract::names::{is_all_caps, is_cap, Tok};
use crate::extract::organizations::OrgMention;
use crate::gazetteer::{places, vocab};
use crate::lang::words::lower;

/// Most words a described name runs to, suffix included.
const MAX_WORDS: usize = 5;

/// Lower-case words that may stand between a kind noun and the name: what the company
/// does or where it is from (`raksasa teknologi Google`, `operator seluler Telkomsel`).
const TRADES: &[&str] = &[
    "teknologi",
    "elektronik",
    "otomotif",
    "farmasi",
    "minyak",
    "energi",
    "tambang",
    "pertambangan",
    "penerbangan",
    "asuransi",
    "ritel",
    "internet",
    "telekomunikasi",
    "seluler",
    "properti",
    "rokok",
    "makanan",
    "minuman",
    "mobil",
    "ponsel",
    "smartphone",
    "perangkat",
    "game",
    "media",
    "film",
    "rintisan",
    "swasta",
    "asing",
    "sepak",
    "bola",
    "berita",
    "penerbit",
];

/// Lower-cased words that close a company's name: English and Indonesian legal forms
/// (`Inc`, `Ltd`, `Tbk`), corporate group words (`Holdings`, `Group`) and the trades that
/// end company names (`Airlines`, `Pictures`, `Resources`). Not `Bank` (`West Bank`),
/// which closes place names as often.
const COMPANY_SUFFIXES: &[&str] = &[
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "ltd",
    "limited",
    "llc",
    "plc",
    "gmbh",
    "tbk",
    "holdings",
    "holding",
    "group",
    "company",
    "airlines",
    "airways",
    "pictures",
    "studios",
    "studio",
    "entertainment",
    "records",
    "motors",
    "technologies",
    "industries",
    "resources",
    "electronics",
    "petroleum",
    "pharmaceuticals",
    "ventures",
    "partners",
    "networks",
    "systems",
    "sekuritas",
];

/// Lower-cased words that close the name of a body or a club: `Foundation`, football's
/// `United`, `FC`, `Athletic`. Not `City` (`Mexico City`).
const OTHER_SUFFIXES: &[&str] = &[
    "foundation",
    "institute",
    "association",
    "federation",
    "united",
    "fc",
    "cf",
    "athletic",
    "rovers",
    "wanderers",
    "albion",
];

/// Lower-case nouns naming a company, a medium or a club when a name follows them.
const COMPANY_NOUNS: &[&str] = &[
    "perusahaan",
    "produsen",
    "pabrikan",
    "raksasa",
    "emiten",
    "maskapai",
    "vendor",
    "operator",
    "startup",
    "distributor",
    "konglomerasi",
    "konsorsium",
];
const MEDIA_NOUNS: &[&str] = &["harian", "koran", "majalah", "tabloid"];
const CLUB_NOUNS: &[&str] = &["klub"];

/// Words of football reporting: a sentence with one of them speaks of matches, and there
/// a city's name beside a match word is its club (`Dortmund mengalahkan Mainz`).
const FOOTBALL_WORDS: &[&str] = &[
    "gol",
    "kandang",
    "tandang",
    "klasemen",
    "liga",
    "serie",
    "bundesliga",
    "laliga",
    "premier",
    "champions",
    "striker",
    "gelandang",
    "kiper",
    "penalti",
    "sepak",
    "stadion",
    "suporter",
    "skor",
];

/// Which of the cues this module reads a text holds anywhere, found in one pass, so that
/// a text without any costs one scan.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cues {
    suffix: bool,
    noun: bool,
    football: bool,
}

static CUES: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .build(
            COMPANY_SUFFIXES
                .iter()
                .chain(OTHER_SUFFIXES)
                .chain(COMPANY_NOUNS)
                .chain(MEDIA_NOUNS)
                .chain(CLUB_NOUNS)
                .chain(FOOTBALL_WORDS),
        )
        .ok()
});

impl Cues {
    /// The cues `text` holds (inside longer words too: a cue found here is only a maybe).
    pub fn of(text: &str) -> Cues {
        let Some(ac) = CUES.as_ref() else {
            // Without the automaton every reader runs.
            return Cues {
                suffix: true,
                noun: true,
                football: true,
            };
        };
        let suffixes = COMPANY_SUFFIXES.len() + OTHER_SUFFIXES.len();
        let nouns = suffixes + COMPANY_NOUNS.len() + MEDIA_NOUNS.len() + CLUB_NOUNS.len();
        let mut cues = Cues::default();
        for m in ac.find_overlapping_iter(text) {
            let k = m.pattern().as_usize();
            if k < suffixes {
                cues.suffix = true;
            } else if k < nouns {
                cues.noun = true;
            } else {
                cues.football = true;
            }
            if cues.suffix && cues.noun && cues.football {
                break;
            }
        }
        cues
    }

    /// Whether a name may close with a suffix here.
    pub fn suffix(&self) -> bool {
        self.suffix
    }

    /// Whether a kind noun may stand before a name here.
    pub fn noun(&self) -> bool {
        self.noun
    }

    /// Whether a sentence may speak of football here.
    pub fn football(&self) -> bool {
        self.football
    }
}

/// The kind of organization a lower-cased word closing its name makes it.
fn suffix_kind(lower: &str) -> Option<OrgKind> {
    if COMPANY_SUFFIXES.contains(&lower) {
        Some(OrgKind::Company)
    } else if OTHER_SUFFIXES.contains(&lower) {
        Some(OrgKind::Other)
    } else {
        None
    }
}

/// The kind of organization a lower-case noun names when a name follows it (`perusahaan
/// Samsung`, `harian Kompas`, `klub Dortmund`).
fn kind_noun(word: &str) -> Option<OrgKind> {
    if COMPANY_NOUNS.contains(&word) {
        Some(OrgKind::Company)
    } else if MEDIA_NOUNS.contains(&word) {
        Some(OrgKind::Media)
    } else if CLUB_NOUNS.contains(&word) {
        Some(OrgKind::Other)
    } else {
        None
    }
}

fn football_word(lower: &str) -> bool {
    FOOTBALL_WORDS.contains(&lower)
}

/// Whether token `i` can be a word of an organization's name: a capitalized word that is
/// no title, no function word and no verb that follows a name.
fn name_word(text: &str, toks: &[Tok], i: usize, first: usize) -> bool {
    let Some(t) = toks.get(i).filter(|t| t.word && (i == first || !t.newline)) else {
        return false;
    };
    let w = t.text(text);
    if !is_cap(w) {
        return false;
    }
    let lw = lower(w);
    !vocab::is_title(&lw)
        && !vocab::is_person_verb_after(&lw)
        && (vocab::is_institutional(&lw) || !vocab::is_not_name(&lw))
}

/// A name closed by a company or club suffix, starting at token `i`: the words up to the
/// last suffix of the first run of suffixes (`Bumi Resources Tbk`). At least one word
/// stands before the suffix; a known place opening the run makes it a place's business
/// (`Jakarta Group`?) too rarely to refuse, so places are let in.
pub fn suffixed_at(text: &str, toks: &[Tok], i: usize) -> Option<OrgMention> {
    let opener = toks.get(i).filter(|t| t.word)?.text(text);
    if !is_cap(opener) {
        return None;
    }
    // Most capitalized words have no suffix after them: look for one by capitals alone
    // before asking the word lists.
    let ahead = toks.get(i + 1..(i + MAX_WORDS).min(toks.len()))?;
    let suffix_ahead = ahead
        .iter()
        .take_while(|t| t.word && !t.newline && is_cap(t.text(text)))
        .any(|t| suffix_kind(&lower(t.text(text))).is_some());
    if !suffix_ahead {
        return None;
    }
    // `The Walt Disney Company`: an English article opens the name before another word.
    let article = opener == "The" && name_word(text, toks, i + 1, i + 1);
    let lo = lower(opener);
    if !(article || name_word(text, toks, i, i)) || suffix_kind(&lo).is_some() {
        return None;
    }
    // `Saham Bumi Resources`, `Perusahaan Shamrock Holdings` opening a sentence: a word
    // saying what the name is stays out of it.
    if kind_noun(&lo).is_some() || matches!(&*lo, "saham" | "pihak" | "grup" | "induk") {
        return None;
    }
    let mut j = i + 1;
    let mut found = None;
    while j < toks.len() && j < i + MAX_WORDS && name_word(text, toks, j, i) {
        let kind = suffix_kind(&lower(toks[j].text(text)));
        match (kind, found) {
            (Some(k), None) => found = Some((k, j + 1)),
            (Some(_), Some((k, end))) if end == j => found = Some((k, j + 1)),
            (None, Some(_)) => break,
            _ => {}
        }
        j += 1;
    }
    let (kind, end) = found?;
    Some(OrgMention {
        span: toks[i].start..toks[end - 1].end,
        toks: i..end,
        kind,
        acronym: None,
    })
}

/// A name after a noun naming its kind, the noun at token `i` written in lower case
/// (`vendor Samsung`, `raksasa teknologi Google`). The name is the run of capitalized
/// words that follows; a run opened by a known place (`perusahaan Jepang`) names where
/// the company is from, except after `klub`, whose clubs carry their city's name.
pub fn described_at(text: &str, toks: &[Tok], i: usize) -> Option<OrgMention> {
    let cue = toks.get(i).filter(|t| t.word)?;
    let w = cue.text(text);
    // `Perusahaan Listrik Negara`: a capitalized kind noun opens a name of its own.
    if is_cap(w) {
        return None;
    }
    let kind = kind_noun(w)?;
    let mut first = i + 1;
    for _ in 0..2 {
        match toks.get(first) {
            Some(t) if t.word && TRADES.contains(&lower(t.text(text)).as_str()) => first += 1,
            _ => break,
        }
    }
    if !name_word(text, toks, first, first) {
        return None;
    }
    let opener = toks[first].text(text);
    if kind != OrgKind::Other && places::lookup(opener).is_some() {
        return None;
    }
    // `jatah harian BBM`: `harian` is also `daily`, and then what follows is a thing's
    // acronym; a daily's name is a word.
    if &*lower(w) == "harian" && is_all_caps(opener) {
        return None;
    }
    let mut end = first + 1;
    while end < toks.len() && end < first + MAX_WORDS && name_word(text, toks, end, first) {
        end += 1;
    }
    // `klub Budi Santoso`: a club is no full personal name.
    if kind == OrgKind::Other && end - first >= 2 && crate::extract::people::is_given_name(opener) {
        return None;
    }
    Some(OrgMention {
        span: toks[first].start..toks[end - 1].end,
        toks: first..end,
        kind,
        acronym: None,
    })
}

/// How a match word meets the teams: a team stands before it, after it (past the
/// prepositions of [`match_link`]), or both.
fn match_word(lower: &str) -> Option<(bool, bool)> {
    Some(match lower {
        "mengalahkan" | "menundukkan" | "menekuk" | "membekuk" | "menggilas" | "membantai"
        | "mempermalukan" | "menjamu" | "menghadapi" | "melawan" | "dikalahkan" | "ditaklukkan"
        | "dijamu" | "ditahan" | "kontra" | "vs" | "versus" => (true, true),
        "menang" | "kalah" | "takluk" | "tumbang" | "imbang" => (true, true),
        "gawang" | "markas" | "kubu" => (false, true),
        _ => return None,
    })
}

/// Words between a match word and the team after it (`menang atas`, `ditahan imbang`).
fn match_link(lower: &str) -> bool {
    matches!(
        lower,
        "atas" | "dari" | "dengan" | "imbang" | "ke" | "oleh" | "markas"
    )
}

/// Clubs named by their city or by a name of their own in football sentences: beside a
/// match word (`Dortmund mengalahkan Mainz`, `menang atas Verona`, `gawang City`) or in a
/// fixture list (`Bologna (kandang)`). Countries are their national teams, which the
/// labelled news keeps as places, and given names are people (`Federer`), so neither is
/// taken.
pub fn clubs(text: &str, toks: &[Tok]) -> Vec<OrgMention> {
    let mut out: Vec<OrgMention> = Vec::new();
    let mut start = 0;
    while start < toks.len() {
        let mut end = start + 1;
        while end < toks.len()
            && !toks[end].newline
            && !matches!(toks[end - 1].text(text), "." | "!" | "?")
        {
            end += 1;
        }
        let sentence = start..end;
        start = end;
        if !toks[sentence.clone()]
            .iter()
            .any(|t| t.word && football_word(&lower(t.text(text))))
        {
            continue;
        }
        for v in sentence.clone() {
            let w = toks[v].text(text);
            let lw = lower(w);
            let mut found = Vec::new();
            if let Some((before, after)) = match_word(&lw).filter(|_| toks[v].word && !is_cap(w)) {
                if before {
                    found.extend(team_ending(text, toks, sentence.start, v));
                }
                if after {
                    let mut k = v + 1;
                    while k < sentence.end && k < v + 3 && match_link(&lower(toks[k].text(text))) {
                        k += 1;
                    }
                    found.extend(team_starting(text, toks, k, sentence.end));
                }
            } else if w == "(" {
                let fixture = toks
                    .get(v + 1)
                    .is_some_and(|t| matches!(&*lower(t.text(text)), "kandang" | "tandang"))
                    && toks.get(v + 2).is_some_and(|t| t.text(text) == ")");
                if fixture {
                    found.extend(team_ending(text, toks, sentence.start, v));
                }
            }
            for m in found {
                if !out
                    .iter()
                    .any(|o| o.span.start < m.span.end && m.span.start < o.span.end)
                {
                    out.push(m);
                }
            }
        }
    }
    out.sort_by_key(|m| m.span.start);
    out
}

/// A team's name of one or two capitalized words starting at token `i`.
fn team_starting(text: &str, toks: &[Tok], i: usize, limit: usize) -> Option<OrgMention> {
    let mut end = i;
    while end < limit && end < i + 2 && name_word(text, toks, end, i) {
        end += 1;
    }
    team(text, toks, i..end)
}

/// A team's name of one or two capitalized words ending right before token `end`.
fn team_ending(text: &str, toks: &[Tok], limit: usize, end: usize) -> Option<OrgMention> {
    let mut first = end;
    while first > limit && first + 2 > end && name_word(text, toks, first - 1, first - 1) {
        first -= 1;
    }
    // A capital opening the sentence tells nothing, unless the word is the team itself.
    team(text, toks, first..end)
}

fn team(text: &str, toks: &[Tok], r: std::ops::Range<usize>) -> Option<OrgMention> {
    if r.is_empty() {
        return None;
    }
    let words: Vec<&str> = toks[r.clone()].iter().map(|t| t.text(text)).collect();
    let first = words[0];
    if crate::extract::people::is_given_name(first) {
        return None;
    }
    let known = places::lookup(&words.join(" ")).or_else(|| places::lookup(first));
    if known.is_some_and(|p| p.kind != crate::article::PlaceKind::City) {
        return None;
    }
    Some(OrgMention {
        span: toks[r.start].start..toks[r.end - 1].end,
        toks: r,
        kind: OrgKind::Other,
        acronym: None,
    })
}

/// Whether the text names the kind of `m` right before it (`vendor Samsung`): what a
/// resolver needs to know to read the name as the same organization where it recurs.
pub fn is_described(text: &str, toks: &[Tok], m: &OrgMention) -> bool {
    (1..=3).any(|back| {
        m.toks
            .start
            .checked_sub(back)
            .and_then(|i| described_at(text, toks, i))
            .is_some_and(|d| d.span == m.span)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::names::tokenize;

    fn found(text: &str) -> Vec<&str> {
        let toks = tokenize(text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            match suffixed_at(text, &toks, i).or_else(|| described_at(text, &toks, i)) {
                Some(m) => {
                    out.push(&text[m.span.clone()]);
                    i = m.toks.end;
                }
                None => i += 1,
            }
        }
        out
    }

    #[test]
    fn clubs_in_football_sentences() {
        let clubs_of = |text: &str| -> Vec<String> {
            let toks = tokenize(text);
            clubs(text, &toks)
                .iter()
                .map(|m| text[m.span.clone()].to_string())
                .collect()
        };
        assert_eq!(
            clubs_of(
                "Kemenangan pertama Klopp adalah saat Dortmund mengalahkan Mainz dengan skor 2-0."
            ),
            ["Dortmund", "Mainz"]
        );
        assert_eq!(
            clubs_of("Roma akan bertanding melawan Bologna (kandang), Atalanta (tandang) di liga."),
            ["Bologna", "Atalanta"]
        );
        assert_eq!(
            clubs_of("Napoli menang atas Verona di laga kandang."),
            ["Napoli", "Verona"]
        );
        // No football word, a national team, a person: no club.
        assert!(clubs_of("Prabowo mengalahkan Zulkifli dalam pemilihan.").is_empty());
        assert!(clubs_of("Indonesia mengalahkan Malaysia dengan skor 2-1.").is_empty());
        assert!(clubs_of("Budi mengalahkan Andi dengan skor telak di liga kampung.").is_empty());
    }

    #[test]
    fn described_organizations() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Shamrock Holdings merupakan perusahaan milik miliarder",
                &["Shamrock Holdings"],
            ),
            ("saham Bumi Resources Tbk turun", &["Bumi Resources Tbk"]),
            ("Saham Bumi Resources turun", &["Bumi Resources"]),
            (
                "kini Walt Disney Pictures dan Pixar Animation Studio merilis",
                &["Walt Disney Pictures", "Pixar Animation Studio"],
            ),
            (
                "pemilik saham The Walt Disney Company.",
                &["The Walt Disney Company"],
            ),
            (
                "bersaing dengan vendor Samsung, Motorola dan LG",
                &["Samsung"],
            ),
            ("raksasa teknologi Google membeli", &["Google"]),
            ("kata operator seluler Telkomsel", &["Telkomsel"]),
            ("bersama klub Dortmund", &["Dortmund"]),
            ("menurut harian Kompas", &["Kompas"]),
            ("jatah harian BBM subsidi", &[]),
            // Where a company comes from is no company; a club's player is no club.
            ("perusahaan Jepang itu", &[]),
            ("klub Budi Santoso", &[]),
            // A suffix alone, a suffix word in lower case, a title: nothing.
            ("Group itu", &[]),
            ("perusahaan itu", &[]),
            ("Perusahaan Listrik Negara", &[]),
            ("perusahaan Gubernur Anies", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), *want, "{text}");
        }
    }
}
