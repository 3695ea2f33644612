//! An Indonesian stemmer: strips particles, possessives, derivational suffixes and prefixes
//! (with their sound changes) so that `pelayanan`, `dilayani`, `melayani` and `layanan` all
//! become `layan`.
//!
//! Indonesian morphology is regular but ambiguous without a dictionary: `memakan` is
//! `me-` + `makan`, while `memakai` is `me-` + `pakai`. The stemmer follows the order of
//! Nazief and Adriani (particle, possessive, derivational suffix, then up to two prefixes),
//! keeps their list of forbidden confixes (`me-...-an`, `di-...-an`, `ke-...-i`, ...), and
//! uses a small list of common roots (`data/stem-roots.txt`) twice: a listed word is never
//! stemmed, and when a word can be read several ways the reading that yields a listed root
//! wins. Province, regency and city names (`data/stem-places.txt`) are protected too, so
//! `bekasi`, `bali`, `pati` and `mempawah` stay whole, and callers can add their own
//! exceptions with [`Stemmer::add_exception`].
//!
//! Input is one lower-case word; words with digits, hyphens or non-ASCII letters are left
//! as they are (reduplications such as `anak-anak` stay whole, as the analyzer wants).

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

static ROOTS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../../data/stem-roots.txt")));

static PLACES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../../data/stem-places.txt")));

fn word_list(text: &'static str) -> HashSet<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

static DEFAULT: LazyLock<Stemmer> = LazyLock::new(Stemmer::new);

/// Stem one lower-case word with the default [`Stemmer`]. Borrowed when nothing changes.
pub fn stem(word: &str) -> Cow<'_, str> {
    DEFAULT.stem(word)
}

/// Whether [`stem`] could change `word` at all: false for short words and for words with
/// neither a prefix nor a suffix the stemmer knows. A byte test, for hot loops.
pub fn may_change(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "lah", "kah", "pun", "tah", "nya", "ku", "mu", "kan", "an", "i",
    ];
    word.len() >= 4
        && (Family::of(word) != Family::None || ENDINGS.iter().any(|e| word.ends_with(e)))
}

/// An Indonesian stemmer with the built-in protected roots and any caller exceptions.
#[derive(Debug, Clone, Default)]
pub struct Stemmer {
    exceptions: HashSet<String>,
}

/// The prefix family a word starts with, which decides the suffixes it may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Me,
    Di,
    Ke,
    Pe,
    Be,
    Te,
    Se,
    None,
}

impl Family {
    fn of(word: &str) -> Family {
        let b = word.as_bytes();
        match (b.first(), b.get(1)) {
            (Some(b'm'), Some(b'e')) => Family::Me,
            (Some(b'd'), Some(b'i')) => Family::Di,
            (Some(b'k'), Some(b'e')) => Family::Ke,
            (Some(b'p'), Some(b'e')) => Family::Pe,
            (Some(b'b'), Some(b'e')) => Family::Be,
            (Some(b't'), Some(b'e')) => Family::Te,
            (Some(b's'), Some(b'e')) => Family::Se,
            _ => Family::None,
        }
    }

    /// Confixes Indonesian does not form (Nazief & Adriani): `me-...-an`, `di-...-an`,
    /// `te-...-an`, `be-...-i`, `ke-...-i`, `ke-...-kan`, `se-...-i`, `se-...-kan`. For the
    /// noun-forming prefixes `-kan` is read as `-an` on a root ending in k (`kebijakan`).
    /// A bare word keeps a final -i: the suffix needs a verb prefix, and unprefixed words
    /// in -i are roots and loans (`partai`, `transaksi`, `januari`).
    fn allows(self, suffix: &str) -> bool {
        !matches!(
            (self, suffix),
            (Family::Me | Family::Di | Family::Te, "an")
                | (Family::Be | Family::Ke | Family::Se | Family::Pe, "i")
                | (Family::Ke | Family::Se | Family::Pe, "kan")
                | (Family::None, "i")
        )
    }
}

impl Stemmer {
    /// A stemmer with the built-in protected roots only.
    pub fn new() -> Self {
        Stemmer::default()
    }

    /// A stemmer that also leaves each of `words` (compared lower-cased) unstemmed.
    pub fn with_exceptions<I, S>(words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut stemmer = Stemmer::new();
        for w in words {
            stemmer.add_exception(w.as_ref());
        }
        stemmer
    }

    /// Never stem `word` (a name or a root the rules would mangle).
    pub fn add_exception(&mut self, word: &str) {
        self.exceptions.insert(word.trim().to_lowercase());
    }

    /// Whether `word` is protected, built in or added.
    pub fn is_protected(&self, word: &str) -> bool {
        self.is_root(word) || PLACES.contains(word)
    }

    /// Whether `word` is a known root, the reading to prefer. Place names protect a word
    /// as written but do not choose readings (`beragam` is `ragam`, not the regency Agam).
    fn is_root(&self, word: &str) -> bool {
        ROOTS.contains(word) || self.exceptions.contains(word)
    }

    /// The stem of one lower-case word; borrowed when the word is its own stem.
    pub fn stem<'a>(&self, word: &'a str) -> Cow<'a, str> {
        if !may_change(word) || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return Cow::Borrowed(word);
        }
        if self.is_protected(word) {
            return Cow::Borrowed(word);
        }
        match self.stem_owned(word) {
            Some(s) if s != word => Cow::Owned(s),
            _ => Cow::Borrowed(word),
        }
    }

    fn stem_owned(&self, word: &str) -> Option<String> {
        let variants = suffix_variants(word);
        let mut readings = variants.clone();
        readings.extend(k_root_reading(&variants));
        // A listed root reachable by some reading wins, shallowest prefix depth first.
        for v in &readings[1..] {
            if self.is_root(v) {
                return Some((*v).to_string());
            }
        }
        let mut level: Vec<(String, Option<Prefix>)> =
            readings.iter().map(|v| (v.to_string(), None)).collect();
        for _depth in 0..2 {
            let mut next = Vec::new();
            // The most stripped reading first: `pengawas` (awas) before `pengawasan`
            // (kawasan, a root too).
            for (v, first) in level.iter().rev() {
                next.extend(peel(v, *first));
            }
            if let Some((hit, _)) = next.iter().find(|(c, _)| self.is_root(c)) {
                return Some(hit.clone());
            }
            level = next.into_iter().map(|(s, p)| (s, Some(p))).collect();
        }
        greedy(&variants)
    }
}

/// The word with optional particle, possessive and derivational suffix removed, least
/// stripped first. Each removal must leave a plausible root (two vowels, three letters).
fn suffix_variants(word: &str) -> Vec<&str> {
    let family = Family::of(word);
    let mut out = vec![word];
    let mut cur = word;
    for particle in ["lah", "kah", "pun", "tah"] {
        if let Some(rest) = strip_suffix(cur, particle) {
            cur = rest;
            out.push(cur);
            break;
        }
    }
    for possessive in ["nya", "ku", "mu"] {
        if let Some(rest) = strip_suffix(cur, possessive) {
            cur = rest;
            out.push(cur);
            break;
        }
    }
    for suffix in ["kan", "an", "i"] {
        if !family.allows(suffix) {
            continue;
        }
        // Nouns in -wan (wartawan, relawan, dewan) are not root + -an.
        if suffix == "an" && cur.ends_with("wan") {
            continue;
        }
        if let Some(rest) = strip_suffix(cur, suffix) {
            out.push(rest);
            break;
        }
    }
    out
}

/// For a word in -kan read as root + -kan, the other reading, root in k + -an (`tindakan`
/// is `tindak` + -an): offered to the root list only, never taken blindly.
fn k_root_reading<'a>(variants: &[&'a str]) -> Option<&'a str> {
    let last = variants.last()?;
    let before = variants.get(variants.len().checked_sub(2)?)?;
    let k_root = before.strip_suffix("an")?;
    (before.len() == last.len() + 3 && before.ends_with("kan") && plausible(k_root))
        .then_some(k_root)
}

fn strip_suffix<'a>(word: &'a str, suffix: &str) -> Option<&'a str> {
    word.strip_suffix(suffix).filter(|rest| plausible(rest))
}

/// A plausible root: at least three letters and two vowels, and no consonant cluster at its
/// start that Indonesian roots do not have (`ndiri` from `sendiri`).
fn plausible(s: &str) -> bool {
    const CLUSTERS: &[&str] = &[
        "bl", "br", "dr", "fl", "fr", "gl", "gr", "kh", "kl", "kr", "ng", "ny", "pl", "pr", "sk",
        "sl", "sm", "sn", "sp", "st", "sw", "sy", "tr",
    ];
    let b = s.as_bytes();
    if b.len() < 3 || b.iter().filter(|c| is_vowel(**c)).count() < 2 {
        return false;
    }
    is_vowel(b[0]) || is_vowel(b[1]) || CLUSTERS.iter().any(|c| s.starts_with(c))
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The prefixes, to tell which may stack: `di-per-baiki`, `ke-ber-hasil-an`,
/// `pem-ber-daya-an`, `ber-ke-lanjut-an`, but never `meny-se-dia` (menyediakan is `sedia`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prefix {
    Me,
    Pe,
    Per,
    Ber,
    Ter,
    Di,
    Ke,
    Se,
}

fn may_follow(first: Prefix, second: Prefix) -> bool {
    use Prefix::*;
    matches!(
        (first, second),
        (Me | Pe, Ber | Per)
            | (Di, Per | Ber | Ke)
            | (Ke, Ber | Ter | Per)
            | (Ter, Per | Ke)
            | (Ber, Ke | Per)
            | (Se, Per | Ke)
    )
}

/// The readings of `word` without its first prefix, the usual reading first. Empty when
/// no prefix applies or nothing plausible remains. `after` is the prefix already removed.
fn peel(word: &str, after: Option<Prefix>) -> Vec<(String, Prefix)> {
    let mut out = Vec::new();
    let allowed = |p: Prefix| after.is_none_or(|first| may_follow(first, p));
    let mut push = |s: String, p: Prefix| {
        if allowed(p) && plausible(&s) && !out.iter().any(|(o, _)| *o == s) {
            out.push((s, p));
        }
    };
    let rest_of = |p: &str| word.strip_prefix(p);
    let starts_vowel = |s: &str| s.as_bytes().first().is_some_and(|b| is_vowel(*b));
    for nasal in ["me", "pe"] {
        let Some(r) = rest_of(nasal) else { continue };
        let kind = if nasal == "me" {
            Prefix::Me
        } else {
            Prefix::Pe
        };
        if let Some(r2) = r.strip_prefix("mper") {
            // memper-/pemper- (memperbaiki, pemperkuat) and mem- + a p-root (memperoleh).
            push(r2.to_string(), Prefix::Per);
            push(format!("per{r2}"), kind);
        } else if let Some(r2) = r.strip_prefix("ny") {
            // meny-/peny- replace an s: menyapu -> sapu; rarely a root in ny- (menyanyi).
            push(format!("s{r2}"), kind);
            push(format!("ny{r2}"), kind);
        } else if let Some(r2) = r.strip_prefix("ng") {
            // meng-/peng- before a vowel drop a k (mengembangkan) or nothing (mengambil);
            // before g, h, kh nothing is lost (menggunakan, menghadap).
            if r2.starts_with('e') {
                push(format!("k{r2}"), kind);
                push(r2.to_string(), kind);
            } else if starts_vowel(r2) {
                push(r2.to_string(), kind);
                push(format!("k{r2}"), kind);
            } else {
                push(r2.to_string(), kind);
            }
        } else if let Some(r2) = r.strip_prefix('m') {
            // mem-/pem- before a vowel replace a p (memakai -> pakai) or are me- + m-root.
            if starts_vowel(r2) {
                push(format!("p{r2}"), kind);
                push(format!("m{r2}"), kind);
            } else {
                push(r2.to_string(), kind);
            }
        } else if let Some(r2) = r.strip_prefix('n') {
            // men-/pen- before a vowel replace a t (menulis -> tulis) or are me- + n-root;
            // before c, d, j, sy, z nothing is lost (mencari, mendapat).
            if starts_vowel(r2) {
                push(format!("t{r2}"), kind);
                push(format!("n{r2}"), kind);
            } else {
                push(r2.to_string(), kind);
            }
        } else if nasal == "pe" && r.starts_with('r') {
            // per- (perbaikan), or pe- on an r-root (perusak is pe- + rusak).
            push(r[1..].to_string(), Prefix::Per);
            push(r.to_string(), kind);
        } else if nasal == "pe" && r.starts_with("lajar") {
            // pelajar, pelajaran: pel- + ajar.
            push(r[1..].to_string(), kind);
        } else if nasal == "pe" && !starts_vowel(r) {
            // pe- before any other consonant (pekerja, petani, pedagang, pelayan).
            push(r.to_string(), kind);
        } else if r.starts_with(['l', 'r', 'w', 'y']) {
            // me- keeps only l, r, w, y unchanged (melayani, merawat); `medali`, `metode`
            // are roots.
            push(r.to_string(), kind);
        }
    }
    for (long, short, kind) in [("ber", "be", Prefix::Ber), ("ter", "te", Prefix::Ter)] {
        if let Some(r) = rest_of(long) {
            // ber-/ter-, or be-/te- on an r-root (berencana is be- + rencana).
            push(r.to_string(), kind);
            push(format!("r{r}"), kind);
        } else if let Some(r) = rest_of(short) {
            // be- before CerC (bekerja, beserta) and bel- in belajar.
            if let Some(r2) = r.strip_prefix("lajar") {
                push(format!("ajar{r2}"), kind);
            } else if r.as_bytes().get(1..3) == Some(b"er") {
                push(r.to_string(), kind);
            }
        }
    }
    for (simple, kind) in [("di", Prefix::Di), ("ke", Prefix::Ke), ("se", Prefix::Se)] {
        if let Some(r) = rest_of(simple) {
            push(r.to_string(), kind);
        }
    }
    out
}

/// Without a listed root to guide it: the most stripped suffix reading whose prefixes peel
/// off cleanly, prefixes peeled with their usual sound change.
fn greedy(variants: &[&str]) -> Option<String> {
    for v in variants.iter().rev() {
        let mut cur = (*v).to_string();
        let mut first = None;
        for _ in 0..2 {
            match peel(&cur, first).into_iter().next() {
                Some((next, kind)) => {
                    cur = next;
                    first = Some(kind);
                }
                None => break,
            }
        }
        let peeled = first.is_some();
        if peeled || Family::of(v) == Family::None || !could_have_prefix(v) {
            return Some(cur);
        }
    }
    None
}

/// Whether `word` begins like a prefixed form at all (so failing to peel it means the
/// suffix reading was wrong: `bertemu` is not `berte` + `-mu`).
fn could_have_prefix(word: &str) -> bool {
    ["me", "pe", "be", "te", "di", "ke", "se"]
        .iter()
        .any(|p| word.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// word<TAB>stem pairs, one a line; a linguist can extend the table without Rust.
    const CASES: &str = include_str!("stem_cases.tsv");

    #[test]
    fn table_of_word_stem_pairs() {
        let mut failures = Vec::new();
        let mut n = 0;
        for (i, line) in CASES.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (word, want) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("stem_cases.tsv:{}: no tab", i + 1));
            n += 1;
            let got = stem(word);
            if got != want {
                failures.push(format!("{word}: got {got}, want {want}"));
            }
        }
        assert!(n >= 300, "only {n} cases");
        assert!(
            failures.is_empty(),
            "{} of {n} failed:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn unchanged_words_are_borrowed() {
        assert!(matches!(stem("menteri"), Cow::Borrowed(_)));
        assert!(matches!(stem("rumah"), Cow::Borrowed(_)));
        assert!(matches!(stem("e-ktp"), Cow::Borrowed(_)));
        assert!(matches!(stem("2021"), Cow::Borrowed(_)));
    }

    #[test]
    fn user_exceptions_are_kept() {
        assert_eq!(stem("perbaikan"), "baik");
        let s = Stemmer::with_exceptions(["Perbaikan"]);
        assert_eq!(s.stem("perbaikan"), "perbaikan");
        assert!(s.is_protected("perbaikan"));
    }

    #[test]
    fn every_shipped_root_line_is_one_lower_case_word() {
        for w in ROOTS.iter() {
            assert!(
                w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{w:?}"
            );
        }
    }

    #[test]
    fn never_panics_on_odd_words() {
        for w in [
            "", "m", "me", "mem", "meng", "peny", "ber", "nya", "kan", "i", "ééé", "x-y",
        ] {
            let _ = stem(w);
        }
    }
}
