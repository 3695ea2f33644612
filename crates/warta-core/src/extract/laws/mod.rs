//! Laws and regulations: `Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik`,
//! `UU No. 37 Tahun 2008`, `UU 25/2009`, `PP No. 12 Tahun 2017`, `Permendagri Nomor 12
//! Tahun 2017`, `Perda Provinsi Kalimantan Barat Nomor 5 Tahun 2019`, with article references
//! (`Pasal 31 Ayat (2) huruf c`) kept with their law.
//!
//! A citation's span covers the kind, number, `Tahun` and the `tentang ...` subject, so the
//! date recognizer, which runs after this one, never reads `Tahun 2009` as a date.

mod subject;
mod table;

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::article::Law;
use crate::doc::Doc;
use crate::extract::context;

/// Kind alternatives, longest first, each with its schema short form. Long forms are
/// matched case-insensitively; acronyms as news writes them.
const KINDS: &[(&str, &str)] = &[
    (
        r"(?i:peraturan\s+pemerintah\s+pengganti\s+undang[- ]?undang)|Perppu|PERPPU|Perpu",
        "Perppu",
    ),
    (r"(?i:undang[- ]?undang\s+dasar)|UUD", "UUD"),
    (r"(?i:undang[- ]?undang)|UU", "UU"),
    (r"(?i:peraturan\s+pemerintah)|PP", "PP"),
    (r"(?i:peraturan\s+presiden)|Perpres|PERPRES", "Perpres"),
    (
        r"(?i:keputusan\s+presiden)|Keppres|Kepres|KEPPRES",
        "Keppres",
    ),
    (r"(?i:instruksi\s+presiden)|Inpres|INPRES", "Inpres"),
    (
        r"(?i:peraturan\s+menteri)|Permen[A-Za-z]*(?:[- ](?:PAN|PAN-?RB|RB|PUPR|ATR|LHK|KP|PPPA))?|PMK",
        "Permen",
    ),
    (r"(?i:keputusan\s+menteri)|Kepmen[A-Za-z]*", "Kepmen"),
    (r"(?i:peraturan\s+daerah)|Perda|PERDA", "Perda"),
    (r"(?i:peraturan\s+gubernur)|Pergub|PERGUB", "Pergub"),
    (r"(?i:peraturan\s+bupati)|Perbup|PERBUP", "Perbup"),
    (r"(?i:peraturan\s+wali\s*kota)|Perwal[i]?|PERWAL", "Perwal"),
    (r"(?i:peraturan\s+mahkamah\s+agung)|Perma|PERMA", "Perma"),
    (r"(?i:peraturan\s+ombudsman)", "Peraturan Ombudsman"),
    (r"(?i:peraturan\s+kapolri)|Perkap|PERKAP", "Perkap"),
    (
        r"(?i:peraturan\s+komisi\s+pemilihan\s+umum)|(?i:peraturan)\s+KPU|PKPU",
        "PKPU",
    ),
    (r"(?i:peraturan\s+bawaslu)|Perbawaslu", "Perbawaslu"),
    (r"(?i:peraturan\s+otoritas\s+jasa\s+keuangan)|POJK", "POJK"),
    (r"(?i:peraturan\s+bank\s+indonesia)|PBI", "PBI"),
    (r"(?i:peraturan\s+desa)|Perdes", "Perdes"),
    (r"(?i:keputusan\s+gubernur)|Kepgub", "Kepgub"),
    (r"(?i:keputusan\s+bupati)|Kepbup", "Kepbup"),
    (r"(?i:keputusan\s+wali\s*kota)|Kepwal", "Kepwal"),
    (r"Qanun|QANUN", "Qanun"),
];

/// For each entry of [`KINDS`], lower-case pieces one of which every match of it holds
/// (found in the ASCII-lower-cased text). The pieces standing for case-insensitive words
/// (`peratura`, `eputu`, `tru`, `undang`) have no `k` or `s`, which such a pattern also
/// matches as the Kelvin sign or the long s; acronyms are matched as written.
const KIND_TRIGGERS: &[&[&str]] = &[
    &["peratura", "perppu", "perpu"],
    &["undang", "uud"],
    &["undang", "uu"],
    &["peratura", "pp"],
    &["peratura", "perpres"],
    &["eputu", "keppres", "kepres"],
    &["tru", "inpres"],
    &["peratura", "permen", "pmk"],
    &["eputu", "kepmen"],
    &["peratura", "perda"],
    &["peratura", "pergub"],
    &["peratura", "perbup"],
    &["peratura", "perwal"],
    &["peratura", "perma"],
    &["peratura"],
    &["peratura", "perkap"],
    &["peratura", "pkpu"],
    &["peratura", "perbawaslu"],
    &["peratura", "pojk"],
    &["peratura", "pbi"],
    &["peratura", "perdes"],
    &["eputu", "kepgub"],
    &["eputu", "kepbup"],
    &["eputu", "kepwal"],
    &["qanun"],
];

/// Index in [`KINDS`] of `UUD` and of `UU`.
const UUD: usize = 1;
const UU: usize = 2;

/// Every distinct piece of [`KIND_TRIGGERS`], with the kinds each opens.
static TRIGGERS: LazyLock<Vec<(&'static str, Vec<usize>)>> = LazyLock::new(|| {
    let mut pieces: Vec<(&'static str, Vec<usize>)> = Vec::new();
    for (k, triggers) in KIND_TRIGGERS.iter().enumerate() {
        for t in *triggers {
            match pieces.iter_mut().find(|(p, _)| p == t) {
                Some((_, kinds)) => kinds.push(k),
                None => pieces.push((t, vec![k])),
            }
        }
    }
    pieces
});

/// Which entries of [`KINDS`] may match a text, from its ASCII-lower-cased form.
fn kinds_present(lower: &str) -> Vec<bool> {
    let mut present = vec![false; KINDS.len()];
    for (piece, kinds) in TRIGGERS.iter() {
        // A piece opening only kinds known present already need not be searched for.
        if kinds.iter().any(|&k| !present[k]) && lower.contains(piece) {
            for &k in kinds {
                present[k] = true;
            }
        }
    }
    present
}

/// A capitalised qualifier between kind and number: the ministry, region or `RI`
/// (`Peraturan Menteri Dalam Negeri`, `Perda Provinsi Kalimantan Barat`, `UU RI`).
const QUALIFIER: &str =
    r"(?:\s+(?:[A-Z][A-Za-z.&-]*|dan|Republik|Indonesia)){0,10}?(?:\s*\([A-Za-z ./-]{1,30}\))?";

/// `Nomor 25 Tahun 2009`, `No. 37`, `no 37`, `Nomor 23/2014`, `12/PMK.05/2017`.
const NUMBERED: &str = r"\s*,?\s*(?i:nomor|nomer|nmr\.?|no\s*\.|no\b|no:)\s*(?P<num>\d+[A-Za-z]?(?: ?/ ?[A-Za-z0-9.\-]+)*)";
/// Bare numbers need a year (`UU 25/2009`, `PP 12 Tahun 2017`) or, for statutes, to be small.
const BARE: &str = r"\s+(?P<bare>\d{1,4}[A-Za-z]?(?: ?/ ?\d{4})?)";
const YEAR: &str = r"(?:\s*,?\s*(?i:tahun|thn\.?|th\.)\s*(?P<year>(?:19|20)\d{2})(?-u:\b))?";

/// Each kind's pattern with its index in [`KINDS`].
static KIND_RES: LazyLock<Vec<(Regex, &'static str, usize)>> = LazyLock::new(|| {
    KINDS
        .iter()
        .enumerate()
        .filter_map(|(k, (pat, kind))| {
            let full =
                format!(r"(?-u:\b)(?P<kind>{pat})(?-u:\b)(?:{QUALIFIER}{NUMBERED}|{BARE}){YEAR}");
            Regex::new(&full).ok().map(|re| (re, *kind, k))
        })
        .collect()
});

/// `UUD 1945`, `Undang-Undang Dasar 1945`.
static CONSTITUTION: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:UUD|(?i:undang[- ]?undang\s+dasar))(?:\s+(?:Negara\s+Republik\s+Indonesia|NRI))?(?:\s+(?:Tahun\s+)?(?P<year>1945))(?-u:\b)").ok()
});

/// `UU ITE`, `Undang-Undang Cipta Kerja`: a statute cited by its short name.
static NAMED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let mut names: Vec<&str> = table::KNOWN
        .iter()
        .flat_map(|k| k.names.iter().copied())
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let alt = names
        .iter()
        .map(|n| regex::escape(n).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&format!(
        r"(?-u:\b)(?:UU|(?i:undang[- ]?undang))\s+(?i:tentang\s+)?(?P<name>{alt})(?-u:\b)"
    ))
    .ok()
});

/// `Pasal 31 Ayat (2) huruf c`, `Pasal 5 dan 6`, `pasal 28 ayat 3`.
static ARTICLE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?i:pasal)\s+\d+[A-Za-z]?(?:\s*(?:,|dan)\s*\d+[A-Za-z]?)*(?:\s+(?i:ayat)\s*\(?\d+\)?(?:\s*(?:,|dan)\s*\(?\d+\)?)*)?(?:\s+(?i:huruf)\s+[a-z](?-u:\b))?",
    )
    .ok()
});

/// Every law citation in the document.
pub fn find(doc: &Doc) -> Vec<Law> {
    let text = doc.text;
    // Cheap anchor: every citation contains one of these.
    let lower = text.to_ascii_lowercase();
    let anchors = [
        "kapolri",
        "perkap",
        "kpu",
        "bawaslu",
        "pojk",
        "otoritas",
        "pbi",
        "bank",
        "perdes",
        "kepgub",
        "kepbup",
        "kepwal",
        "qanun",
        "uu",
        "undang",
        "peratur",
        "pp ",
        "perpres",
        "keppres",
        "kepres",
        "inpres",
        "instruksi",
        "keputusan",
        "permen",
        "pmk",
        "perda",
        "pergub",
        "perbup",
        "perwal",
        "perma",
        "perpu",
        "perppu",
        "kepmen",
    ];
    if !anchors.iter().any(|a| lower.contains(a)) {
        return Vec::new();
    }
    let mut laws = Vec::new();
    // Spans already cited (start -> end), disjoint.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let present = kinds_present(&lower);
    for (re, kind, _) in KIND_RES.iter().filter(|r| present[r.2]) {
        for caps in re.captures_iter(text) {
            let Some(whole) = caps.get(0) else { continue };
            if overlaps(&taken, whole.start()..whole.end()) {
                continue;
            }
            if let Some(law) = citation(text, &caps, kind) {
                taken.insert(law.start, law.end);
                laws.push(law);
            }
        }
    }
    // The constitution is cited as `UUD` or `Undang-Undang Dasar`, a named statute as `UU`
    // or `Undang-Undang`: the triggers of those two kinds.
    for (re, named, kind) in [(&*CONSTITUTION, false, UUD), (&*NAMED, true, UU)] {
        let Some(re) = re.as_ref().filter(|_| present[kind]) else {
            continue;
        };
        for caps in re.captures_iter(text) {
            let Some(whole) = caps.get(0) else { continue };
            if overlaps(&taken, whole.start()..whole.end()) {
                continue;
            }
            let law = if named {
                by_name(&caps)
            } else {
                Some(Law {
                    kind: "UUD".into(),
                    number: None,
                    year: Some(1945),
                    subject: None,
                    articles: Vec::new(),
                    inferred: Vec::new(),
                    text: whole.as_str().to_string(),
                    start: whole.start(),
                    end: whole.end(),
                })
            };
            if let Some(law) = law {
                taken.insert(law.start, law.end);
                laws.push(law);
            }
        }
    }
    let inner = nested(text, &laws, &present);
    laws.sort_by_key(|l| l.start);
    attach_articles(text, &mut laws);
    // Nested citations join after the articles are attached, which needs disjoint spans.
    laws.extend(inner);
    laws.sort_by_key(|l| l.start);
    infer(&lower, &mut laws);
    laws
}

/// Bytes read past a subject for the citations starting inside it.
const NESTED_REACH: usize = 1024;

/// Citations inside another's subject (`UU Nomor 2 Tahun 2021 tentang Perubahan Kedua atas
/// UU Nomor 21 Tahun 2001 tentang Otonomi Khusus ...`): the amended statute is cited too.
fn nested(text: &str, laws: &[Law], present: &[bool]) -> Vec<Law> {
    let mut out = Vec::new();
    for law in laws
        .iter()
        .filter(|l| l.subject.is_some() && l.inferred.is_empty())
    {
        let Some(off) = law.text.to_ascii_lowercase().find("tentang") else {
            continue;
        };
        let region = law.start + off..law.end;
        // Read up to a window past the subject, not to the end of the text: a citation
        // starting inside the subject ends well within it.
        let window = &text[..context::floor_char(text, region.end.saturating_add(NESTED_REACH))];
        for (re, kind, _) in KIND_RES.iter().filter(|r| present[r.2]) {
            let mut pos = region.start;
            while let Some(caps) = re.captures_at(window, pos) {
                let Some(whole) = caps.get(0) else { break };
                if whole.start() >= region.end || whole.end() <= pos {
                    break;
                }
                pos = whole.end();
                if let Some(mut inner) = citation(text, &caps, kind) {
                    inner.end = inner.end.min(region.end);
                    if let Some(t) = text.get(inner.start..inner.end) {
                        inner.text = t.to_string();
                        out.push(inner);
                    }
                }
            }
        }
    }
    out
}

/// Whether `r` overlaps a span of `taken` (disjoint spans keyed by start): only the last
/// span starting before `r` ends can.
fn overlaps(taken: &BTreeMap<usize, usize>, r: Range<usize>) -> bool {
    taken
        .range(..r.end)
        .next_back()
        .is_some_and(|(_, &end)| end > r.start)
}

/// Build a citation from a kind match, extending it over its `tentang ...` subject.
fn citation(text: &str, caps: &regex::Captures, kind: &str) -> Option<Law> {
    let whole = caps.get(0)?;
    let kind_text = caps.name("kind")?.as_str();
    let (mut number, mut year) = (
        None,
        caps.name("year").and_then(|y| y.as_str().parse().ok()),
    );
    if let Some(num) = caps.name("num").or_else(|| caps.name("bare")) {
        // Scraped text spaces slashes out (`1 / 2017`).
        let raw: String = num.as_str().chars().filter(|c| *c != ' ').collect();
        let (n, y) = split_year(raw.trim_end_matches(['.', '/', '-']));
        if year.is_none() {
            year = y;
        }
        number = Some(n.to_string());
    }
    // A bare number without a year is only a citation for statutes (`UU 37`), never a
    // count (`PP 2020`) or a page.
    if caps.name("bare").is_some() && year.is_none() {
        let n = number.as_deref().unwrap_or("");
        if !matches!(kind, "UU" | "Perppu") || n.len() > 3 {
            return None;
        }
    }
    // `UU` in capitals only; `Uu` is a name.
    if kind_text.len() == 2 && kind_text != kind_text.to_uppercase() {
        return None;
    }
    let mut end = whole.end();
    let subject = subject::after(text, end).map(|(s, e)| {
        end = e;
        s
    });
    Some(Law {
        kind: kind.to_string(),
        number,
        year,
        subject,
        articles: Vec::new(),
        inferred: Vec::new(),
        text: text.get(whole.start()..end)?.to_string(),
        start: whole.start(),
        end,
    })
}

/// `23/2014` is number 23 of 2014; `12/PMK.05/2017` is number `12/PMK.05` of 2017.
fn split_year(raw: &str) -> (&str, Option<i32>) {
    if let Some((head, tail)) = raw.rsplit_once('/') {
        if tail.len() == 4 && (tail.starts_with("19") || tail.starts_with("20")) {
            if let Ok(y) = tail.parse() {
                return (head, Some(y));
            }
        }
    }
    (raw, None)
}

/// A statute cited by short name, with number, year and subject from the table.
fn by_name(caps: &regex::Captures) -> Option<Law> {
    let whole = caps.get(0)?;
    let name = caps
        .name("name")?
        .as_str()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let known = table::KNOWN
        .iter()
        .find(|k| k.names.iter().any(|n| n.eq_ignore_ascii_case(&name)))?;
    Some(Law {
        kind: known.kind.to_string(),
        number: Some(known.number.to_string()),
        year: Some(known.year),
        subject: Some(known.subject.to_string()),
        articles: Vec::new(),
        inferred: vec!["number".into(), "year".into(), "subject".into()],
        text: whole.as_str().to_string(),
        start: whole.start(),
        end: whole.end(),
    })
}

/// Attach each `Pasal ...` reference to the law it is adjacent to: just before it
/// (`Pasal 31 UU 25/2009`, `Pasal 5 dalam Perpres ...`) or just after (`UU 25/2009 Pasal 31`).
fn attach_articles(text: &str, laws: &mut [Law]) {
    let Some(re) = &*ARTICLE else { return };
    if !text.contains("asal") {
        return;
    }
    // `laws` is sorted by start and its spans do not overlap, so ends are sorted too.
    for m in re.find_iter(text) {
        let next = laws.partition_point(|l| l.start < m.end());
        let before = laws.get(next).filter(|l| {
            text.get(m.end()..l.start)
                .is_some_and(|gap| is_glue(gap, &["dalam", "pada", "di", "dari"]))
        });
        let before = before.map(|_| next);
        let prev = laws.partition_point(|l| l.end <= m.start()).checked_sub(1);
        let after = prev.filter(|&i| {
            laws.get(i).is_some_and(|l| {
                text.get(l.end..m.start())
                    .is_some_and(|gap| is_glue(gap, &["khususnya", "terutama", "pada", "yakni"]))
            })
        });
        if let Some(i) = before.or(after) {
            let art = m.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
            if let Some(law) = laws.get_mut(i) {
                if !law.articles.contains(&art) {
                    law.articles.push(art);
                }
            }
        }
    }
}

/// Whether `gap` holds only spaces, a comma and at most one of `words`.
fn is_glue(gap: &str, words: &[&str]) -> bool {
    if gap.len() > 24 {
        return false;
    }
    let rest: Vec<&str> = gap
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    gap.len() <= 24
        && (rest.is_empty()
            || (rest.len() == 1 && words.iter().any(|w| w.eq_ignore_ascii_case(rest[0]))))
}

/// Fill a missing year (and subject) from another citation of the same law in the article,
/// else from the table when the article speaks of the statute's matter.
fn infer(lower: &str, laws: &mut [Law]) {
    // Each cue is looked up in the article once, however many citations ask.
    let mut cue_seen: HashMap<&str, bool> = HashMap::new();
    let mut has_cue = |c: &'static str| *cue_seen.entry(c).or_insert_with(|| has_word(lower, c));
    let mut years: HashMap<(String, String), i32> = HashMap::new();
    for l in laws.iter() {
        if let (Some(n), Some(y)) = (&l.number, l.year) {
            if l.inferred.is_empty() {
                years.entry((l.kind.clone(), n.clone())).or_insert(y);
            }
        }
    }
    for law in laws.iter_mut() {
        let Some(number) = law.number.clone() else {
            continue;
        };
        if law.year.is_none() {
            if let Some(y) = years.get(&(law.kind.clone(), number.clone())) {
                law.year = Some(*y);
                law.inferred.push("year".into());
                continue;
            }
        }
        let candidates: Vec<&table::Known> = table::KNOWN
            .iter()
            .filter(|k| k.kind == law.kind && k.number == number)
            // Kind, number and year name one statute; a bare number needs the article to
            // speak of the statute's matter.
            .filter(|k| match law.year {
                Some(y) => y == k.year,
                None => k.cues.iter().any(|c| has_cue(c)),
            })
            .collect();
        if let [known] = candidates.as_slice() {
            if law.year.is_none() {
                law.year = Some(known.year);
                law.inferred.push("year".into());
            }
            if law.subject.is_none() {
                law.subject = Some(known.subject.to_string());
                law.inferred.push("subject".into());
            }
        }
    }
}

/// Whether `needle` occurs in `hay` with word edges on both sides.
fn has_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle)
        .any(|(i, _)| context::is_whole_word(hay, i, i + needle.len()))
}

#[cfg(test)]
mod tests;
