//! Feature extraction: every token becomes a list of hashed feature keys.
//!
//! Features are hashed straight from the token bytes (FNV-1a, whose running state gives
//! every prefix's hash for free; suffixes are hashed from the end the same way), so
//! extraction allocates nothing once its buffers have grown. The word-level hashes and
//! lexicon flags of a token are computed once and reused by its neighbours' context
//! features. A key is the hash of a template id and one or two values, folded to 32 bits;
//! the model maps keys to weight rows.

use std::ops::Range;
use std::sync::LazyLock;

use crate::gazetteer::{agencies, given_names, places, vocab};
use crate::lang::calendar;

/// Changes whenever the feature templates change, so an old model is refused rather than
/// silently misread.
pub(crate) const FEATURE_VERSION: u32 = 4;

/// Whether the letters of a sentence carry case information. Some labelled sets are
/// lower-cased throughout; on those, every case-dependent feature is left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Casing {
    /// Ordinary text.
    Cased,
    /// Lower-cased text: shape and capitalization say nothing.
    Uncased,
}

// Lexicon flag bits.
const GIVEN_RARE: u16 = 1 << 0;
const GIVEN_MID: u16 = 1 << 1;
const GIVEN_COMMON: u16 = 1 << 2;
const TITLE: u16 = 1 << 3;
const HONORIFIC: u16 = 1 << 4;
const ORG_HEAD: u16 = 1 << 5;
const PLACE_PREP: u16 = 1 << 6;
const PLACE_HEAD: u16 = 1 << 7;
const TIME_WORD: u16 = 1 << 8;
const SPEECH: u16 = 1 << 9;
const PLACE_NAME: u16 = 1 << 10;
const PLACE_PART: u16 = 1 << 11;
const ORG_ACRONYM: u16 = 1 << 12;
const INSTITUTIONAL: u16 = 1 << 13;
const LEX_BITS: u32 = 14;

/// Positions, offices and roles that stand before a person's name (`Gubernur Kalbar
/// Sutarmidji`), besides the position heads of `gazetteer::vocab`.
const TITLES: &[&str] = &[
    "wakil",
    "wali",
    "direksi",
    "komisaris",
    "kasatreskrim",
    "danramil",
    "jenderal",
    "letjen",
    "mayjen",
    "brigjen",
    "kolonel",
    "letkol",
    "mayor",
    "kapten",
    "letnan",
    "serka",
    "bripka",
    "briptu",
    "brigadir",
    "aiptu",
    "ipda",
    "iptu",
    "akp",
    "kompol",
    "akbp",
    "kombes",
    "irjen",
    "komjen",
    "guru",
    "ekonom",
    "politikus",
    "politisi",
    "aktivis",
    "juru",
    "staf",
    "pemain",
    "striker",
    "penyerang",
    "gelandang",
    "kiper",
    "bek",
    "penyanyi",
    "aktor",
    "aktris",
    "artis",
    "pemilik",
    "pakar",
    "ahli",
    "perdana",
    "raja",
    "ratu",
    "pangeran",
    "sultan",
    "paus",
    "uskup",
    "pendeta",
    "imam",
    "kiai",
    "ustaz",
    "ustadz",
    "duta",
    "kadin",
    "terdakwa",
    "tersangka",
    "korban",
    "pelaku",
    "saksi",
    "pengacara",
    "kuasa",
    "advokat",
];

/// Forms of address and academic or religious honorifics (`Pak`, `Dr.`, `H.`), besides
/// those of `gazetteer::vocab`.
const HONORIFICS: &[&str] = &[
    "sdr.", "tuan", "nyonya", "nona", "bang", "kak", "dr.", "drs.", "dra.", "ir.", "prof.", "h.",
    "hj.", "kh.", "raden", "rm", "rm.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "syekh",
    "teuku", "tengku", "cut", "andi", "daeng", "ki", "nyi",
];

/// Head words of organization names (`Kementerian ...`, `Partai ...`, `PT ...`).
const ORG_HEADS: &[&str] = &[
    "kementerian",
    "kemenko",
    "kemendagri",
    "kemenkes",
    "badan",
    "dinas",
    "partai",
    "universitas",
    "institut",
    "sekolah",
    "politeknik",
    "akademi",
    "pt",
    "pt.",
    "cv",
    "tbk",
    "bank",
    "komisi",
    "lembaga",
    "dewan",
    "majelis",
    "mahkamah",
    "pengadilan",
    "kejaksaan",
    "kejati",
    "kejari",
    "kepolisian",
    "polda",
    "polres",
    "polresta",
    "polsek",
    "polri",
    "tni",
    "pemerintah",
    "pemkot",
    "pemkab",
    "pemprov",
    "pemda",
    "dprd",
    "dpr",
    "mpr",
    "dpd",
    "asosiasi",
    "himpunan",
    "ikatan",
    "persatuan",
    "perhimpunan",
    "yayasan",
    "koperasi",
    "perusahaan",
    "rsud",
    "rs",
    "puskesmas",
    "fakultas",
    "direktorat",
    "biro",
    "kantor",
    "sekretariat",
    "inspektorat",
    "satuan",
    "korps",
    "komando",
    "kodam",
    "kodim",
    "koramil",
    "federasi",
    "klub",
    "fc",
    "organisasi",
    "gerakan",
    "front",
    "forum",
    "aliansi",
    "serikat",
    "liga",
    "perum",
    "persero",
    "bumn",
    "grup",
    "group",
    "corp",
    "inc",
    "ltd",
    "pusat",
    "balai",
    "kanwil",
    "otoritas",
    "konsorsium",
    "kongres",
    "parlemen",
    "kabinet",
    "unit",
    "divisi",
    "departemen",
    "kemenag",
    "kemenkeu",
    "polisi",
    "bidang",
];

/// Words that introduce a place (`di`, `ke`, `dari`, `asal`).
const PLACE_PREPS: &[&str] = &[
    "di", "ke", "dari", "menuju", "asal", "sekitar", "wilayah", "kawasan", "daerah", "seluruh",
    "se", "antara", "via",
];

/// Head words of place names (`Kota ...`, `Kabupaten ...`, `Jalan ...`).
const PLACE_HEADS: &[&str] = &[
    "provinsi",
    "kabupaten",
    "kota",
    "kecamatan",
    "desa",
    "kelurahan",
    "dusun",
    "kampung",
    "jalan",
    "jl",
    "jl.",
    "jln",
    "gang",
    "pulau",
    "kepulauan",
    "gunung",
    "sungai",
    "danau",
    "pantai",
    "selat",
    "teluk",
    "laut",
    "samudra",
    "negara",
    "negeri",
    "bandara",
    "pelabuhan",
    "stasiun",
    "terminal",
    "pasar",
    "gedung",
    "hotel",
    "taman",
    "istana",
    "masjid",
    "gereja",
    "kab",
    "kab.",
    "kec",
    "kec.",
    "prov",
    "desa",
    "benua",
    "tanjung",
    "lembah",
    "hutan",
    "kompleks",
    "perumahan",
    "wisma",
    "stadion",
    "lapangan",
    "jembatan",
    "simpang",
    "bukit",
    "air",
    "candi",
    "museum",
    "ruang",
    "ruangan",
    "aula",
    "pendopo",
    "graha",
    "benteng",
    "menara",
    "plaza",
    "monumen",
    "tugu",
    "makam",
    "pura",
    "vihara",
    "klenteng",
    "bundaran",
    "alun-alun",
];

/// Days and months: capitalized, but not names of people or places. The shipped model was
/// trained on exactly these words, so the set must not change without retraining: weekday
/// names without the curly `Jum’at`, full month names, the usual abbreviations, and the
/// time zones that follow a clock time.
fn time_words() -> impl Iterator<Item = &'static str> {
    let weekdays = calendar::WEEKDAYS
        .iter()
        .map(|(w, _)| *w)
        .filter(|w| *w != "jum\u{2019}at");
    let months = [calendar::MONTHS, calendar::MONTH_ABBREVIATIONS]
        .into_iter()
        .flatten()
        .map(|(w, _)| *w);
    weekdays.chain(months).chain(["wib", "wita", "wit"])
}

/// Verbs of saying that sit next to a speaker's name (`kata Anis`, `ujar Budi`), besides
/// those `gazetteer::vocab` knows before a speaker.
const SPEECH_VERBS: &[&str] = &[
    "katanya",
    "ujarnya",
    "ucapnya",
    "ungkapnya",
    "jelasnya",
    "tuturnya",
    "tambahnya",
    "mengatakan",
    "menyatakan",
    "menjelaskan",
    "mengungkapkan",
    "menegaskan",
    "menuturkan",
    "menyebutkan",
    "said",
];

/// Lexicon flags by the hash of a lower-case word, so a lookup costs no hashing beyond
/// what extraction does anyway: an open-addressing table of eight-byte slots, placed by
/// the hash's low half and checked by its high half (never 0; 0 = empty).
#[derive(Debug)]
struct Lexicon {
    slots: Vec<(u32, u16)>,
}

#[inline]
fn lexicon_check(h: u64) -> u32 {
    (h >> 32) as u32 | 1
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut entries: Vec<(u64, u16)> = Vec::new();
        for (list, bit) in [
            (TITLES, TITLE),
            (HONORIFICS, HONORIFIC),
            (ORG_HEADS, ORG_HEAD),
            (PLACE_PREPS, PLACE_PREP),
            (PLACE_HEADS, PLACE_HEAD),
            (SPEECH_VERBS, SPEECH),
        ] {
            entries.extend(list.iter().map(|w| (word_hash(w.as_bytes()), bit)));
        }
        entries.extend(time_words().map(|w| (word_hash(w.as_bytes()), TIME_WORD)));
        let vocab_words = [
            (vocab::TITLES, TITLE),
            (vocab::HONORIFICS, HONORIFIC),
            (vocab::ADDRESS, HONORIFIC),
            (vocab::SPEECH_BEFORE, SPEECH),
        ];
        for (list, bit) in vocab_words {
            let single = list.iter().filter(|w| !w.contains(' '));
            entries.extend(single.map(|w| (word_hash(w.as_bytes()), bit)));
        }
        // Honorifics are also written with their dot (`Dr.`, `H.`).
        for w in HONORIFICS.iter().chain(vocab::HONORIFICS) {
            if !w.ends_with('.') {
                entries.push((word_hash(format!("{w}.").as_bytes()), HONORIFIC));
            }
        }
        // Place names: one-word names whole, the words of longer ones as parts.
        for surface in places::surfaces() {
            if surface.contains(' ') {
                let parts = surface.split(' ').filter(|w| w.chars().count() > 2);
                entries.extend(parts.map(|w| (word_hash(w.as_bytes()), PLACE_PART)));
            } else {
                entries.push((word_hash(surface.as_bytes()), PLACE_NAME));
            }
        }
        for acronym in agencies::acronyms().filter(|a| !a.contains(' ')) {
            entries.push((word_hash(acronym.to_lowercase().as_bytes()), ORG_ACRONYM));
        }
        entries
            .extend(vocab::institutional_words().map(|w| (word_hash(w.as_bytes()), INSTITUTIONAL)));
        for (name, commonness) in given_names::entries() {
            let bit = if commonness >= 0.55 {
                GIVEN_COMMON
            } else if commonness >= 0.3 {
                GIVEN_MID
            } else {
                GIVEN_RARE
            };
            entries.push((word_hash(name.as_bytes()), bit));
        }
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let mask = size - 1;
        let mut slots = vec![(0u32, 0u16); size];
        for (h, bit) in entries {
            let check = lexicon_check(h);
            let mut s = slot_of(h, mask);
            while slots[s].0 != 0 && slots[s].0 != check {
                s = (s + 1) & mask;
            }
            slots[s].0 = check;
            slots[s].1 |= bit;
        }
        Lexicon { slots }
    }

    /// The flags of the word whose [`word_hash`] is `h`.
    #[inline]
    fn get(&self, h: u64) -> u16 {
        let mask = self.slots.len() - 1;
        let check = lexicon_check(h);
        let mut s = slot_of(h, mask);
        loop {
            let (k, flags) = self.slots[s];
            if k == check {
                return flags;
            }
            if k == 0 {
                return 0;
            }
            s = (s + 1) & mask;
        }
    }
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

/// Build the lexicon tables now.
pub(crate) fn warm_up() {
    LazyLock::force(&LEXICON);
}

#[inline]
fn slot_of(h: u64, mask: usize) -> usize {
    h.wrapping_mul(0x9e37_79b9_7f4a_7c15) as u32 as usize & mask
}

/// Whether `word` is a form of address or an honorific (`Pak`, `Dr.`) or a title word.
pub(crate) fn is_honorific(word: &str) -> bool {
    let mut h = FNV_OFFSET;
    let mut buf = [0u8; 4];
    for c in word.chars().flat_map(char::to_lowercase) {
        h = fnv(h, c.encode_utf8(&mut buf).as_bytes());
    }
    LEXICON.get(finish(h)) & (HONORIFIC | TITLE) != 0
}

#[cfg(test)]
fn lexicon_flags(lower: &str) -> u16 {
    LEXICON.get(word_hash(lower.as_bytes()))
}

// Capitalization classes.
const CAP_LOWER: u8 = 0;
const CAP_INIT: u8 = 1;
const CAP_ALL: u8 = 2;
const CAP_DIGIT: u8 = 3;
const CAP_PUNCT: u8 = 4;
const CAP_MIXED: u8 = 5;
const CAP_UNKNOWN: u8 = 6;
const CAP_BOUNDARY: u8 = 7;

// Template ids.
const T_BIAS: u8 = 1;
const T_LOWER: u8 = 2;
const T_WORD: u8 = 3;
const T_SHAPE: u8 = 4;
const T_PREFIX: u8 = 5; // 5..=8
const T_SUFFIX: u8 = 9; // 9..=12
const T_LOWER_M1: u8 = 13;
const T_LOWER_M2: u8 = 14;
const T_LOWER_P1: u8 = 15;
const T_LOWER_P2: u8 = 16;
const T_SHAPE_M1: u8 = 17;
const T_SHAPE_P1: u8 = 18;
const T_BIGRAM_L: u8 = 19;
const T_BIGRAM_R: u8 = 20;
const T_CAP_FIRST: u8 = 21;
const T_CAP3: u8 = 22;
const T_LEX: u8 = 23;
const T_LEX_M1: u8 = 24;
const T_LEX_P1: u8 = 25;
const T_LEX_M2: u8 = 26;
const T_LOWER_M1_CAP: u8 = 27;
const T_CAP_GIVEN: u8 = 28;
const T_CAP_LEN: u8 = 29;
const T_SHAPE_M2: u8 = 30;
const T_SHAPE_P2: u8 = 31;
const T_CAP_LOWER_P1: u8 = 32;
const T_LEX_P2: u8 = 33;
const T_SKIP: u8 = 34;
const T_SHAPE_BI_L: u8 = 35;
const T_SHAPE_BI_R: u8 = 36;
const T_RUN_SHAPE: u8 = 37;
const T_RUN_LEX: u8 = 38;
const T_RUN_FIRST: u8 = 39;
const T_RUN_LAST: u8 = 40;
const T_BRACKETED: u8 = 41;
const T_DEFINES: u8 = 42;
const T_SHAPE_NO_CASE: u8 = 43;

/// Which feature groups are on (for ablations while training; the shipped model uses all).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FeatureSet {
    /// Prefixes and suffixes.
    pub affixes: bool,
    /// Lexicon memberships (given names, titles, heads, cues).
    pub lexicons: bool,
    /// Words at distance 2.
    pub wide_context: bool,
}

impl FeatureSet {
    #[cfg(test)]
    pub(crate) const ALL: FeatureSet = FeatureSet {
        affixes: true,
        lexicons: true,
        wide_context: true,
    };

    pub(crate) fn to_bits(self) -> u32 {
        u32::from(self.affixes) | u32::from(self.lexicons) << 1 | u32::from(self.wide_context) << 2
    }

    pub(crate) fn from_bits(bits: u32) -> FeatureSet {
        FeatureSet {
            affixes: bits & 1 != 0,
            lexicons: bits & 2 != 0,
            wide_context: bits & 4 != 0,
        }
    }
}

/// The facts of a word that its context keys need, all of them fixed by the word as
/// written and the casing: what a word cache keeps (the affix hashes serve only the word's
/// own keys, whose scores such a cache keeps instead).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordFacts {
    word: u64,
    lower: u64,
    shape: u64,
    cap: u8,
    lex: u16,
    chars: u8,
    punct: u8,
}

/// What only a word's own keys need of it, kept apart from [`TokInfo`] so that the facts
/// of every token of a sentence stay small.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Affixes {
    /// The shape with upper and lower case letters alike.
    shape_no_case: u64,
    /// Hashes of the first and last 1..=4 characters (lower-case), where the word is
    /// longer than that.
    prefix: [u64; 4],
    suffix: [u64; 4],
}

#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TokInfo {
    /// Hash of the word as written.
    pub word: u64,
    lower: u64,
    shape: u64,
    cap: u8,
    lex: u16,
    chars: u8,
    /// The character of a token that is one ASCII punctuation mark, else 0.
    punct: u8,
    /// Whether the token belongs to a capitalized run that an acronym in brackets follows
    /// (`Komisi Pemberantasan Korupsi (KPK)`).
    defines: bool,
    /// The run of consecutive capitalized tokens this token belongs to (cased text only):
    /// its length, this token's place in it, the lexicon flags of all its tokens, and the
    /// lower-case forms of its first and last tokens.
    run_len: u8,
    run_pos: u8,
    run_lex: u16,
    run_first: u64,
    run_last: u64,
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

#[inline]
fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// A finished word hash: never 0 (the lexicon's empty slot).
#[inline]
fn finish(h: u64) -> u64 {
    h.max(1)
}

/// The hash of a word's bytes, as extraction computes it.
fn word_hash(bytes: &[u8]) -> u64 {
    finish(fnv(FNV_OFFSET, bytes))
}

/// Hashes of a lower-case word: the whole word, its first 1..=4 characters and its last
/// 1..=4 characters (0 where the word has no more characters than that), in one pass
/// forward and one backward.
fn affix_hashes(lower: &[u8]) -> (u64, [u64; 4], [u64; 4]) {
    let mut prefix = [0u64; 4];
    let mut h = FNV_OFFSET;
    let mut chars = 0usize;
    for &b in lower {
        if b & 0xC0 != 0x80 {
            if (1..=4).contains(&chars) {
                prefix[chars - 1] = finish(h);
            }
            chars += 1;
        }
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    let whole = finish(h);
    let mut suffix = [0u64; 4];
    let mut h = FNV_OFFSET ^ 0x5f;
    let mut seen = 0usize;
    for &b in lower.iter().rev() {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
        if b & 0xC0 != 0x80 {
            seen += 1;
            if seen > 4 || seen >= chars {
                break;
            }
            suffix[seen - 1] = finish(h);
        }
    }
    (whole, prefix, suffix)
}

/// The feature key of a template over one or two hashed values: never 0, and with its
/// upper 16 bits never all 0 (the model's weight table checks keys by their upper half).
/// Two rounds of multiply and xor; the upper half of the product depends on every bit
/// of the values.
#[inline]
fn key(template: u8, a: u64, b: u64) -> u32 {
    let x = (a ^ u64::from(template).wrapping_mul(0xd6e8_feb8_6659_fd93))
        .wrapping_mul(0x9e37_79b9_7f4a_7c15)
        ^ b;
    let x = (x ^ (x >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    super::model::checked_key((x >> 32) as u32)
}

// Hashes of the positions outside the sentence.
const BEFORE: u64 = 0x1111_2222_3333_4444;
const AFTER: u64 = 0x5555_6666_7777_8888;

/// Reusable buffers for feature extraction.
#[derive(Debug, Default)]
pub(crate) struct Features {
    lower: Vec<u8>,
    info: Vec<TokInfo>,
    /// Per token, for [`Scope::All`] only (left empty by [`Features::push`]).
    affixes: Vec<Affixes>,
    /// Feature keys of all tokens, token after token.
    pub keys: Vec<u32>,
    /// `keys[starts[i]..starts[i + 1]]` are the keys of token `i`.
    pub starts: Vec<usize>,
}

/// The word-level facts of one token.
pub(crate) fn token_info(
    word: &str,
    casing: Casing,
    set: FeatureSet,
    lower: &mut Vec<u8>,
) -> (TokInfo, Affixes) {
    lower.clear();
    let mut letters = 0usize;
    let mut upper = 0usize;
    let mut digits = 0usize;
    let mut chars = 0usize;
    let mut shape = FNV_OFFSET;
    let mut shape_no_case = FNV_OFFSET;
    let mut last_class = 0u8;
    let mut last_no_case = 0u8;
    let mut first_upper = false;
    let mut utf8 = [0u8; 4];
    for c in word.chars() {
        let class = if c.is_ascii() {
            let b = c as u8;
            if b.is_ascii_uppercase() {
                lower.push(b.to_ascii_lowercase());
                b'X'
            } else {
                lower.push(b);
                if b.is_ascii_lowercase() {
                    b'x'
                } else if b.is_ascii_digit() {
                    b'd'
                } else {
                    b
                }
            }
        } else if c.is_uppercase() {
            for l in c.to_lowercase() {
                lower.extend_from_slice(l.encode_utf8(&mut utf8).as_bytes());
            }
            b'X'
        } else {
            lower.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
            if c.is_alphabetic() {
                b'x'
            } else if c.is_numeric() {
                b'd'
            } else {
                b'o'
            }
        };
        match class {
            b'X' => {
                upper += 1;
                letters += 1;
                if chars == 0 {
                    first_upper = true;
                }
            }
            b'x' => letters += 1,
            b'd' => digits += 1,
            _ => {}
        }
        chars += 1;
        if class != last_class {
            shape ^= u64::from(class);
            shape = shape.wrapping_mul(FNV_PRIME);
            last_class = class;
        }
        let no_case = if class == b'X' { b'x' } else { class };
        if no_case != last_no_case {
            shape_no_case ^= u64::from(no_case);
            shape_no_case = shape_no_case.wrapping_mul(FNV_PRIME);
            last_no_case = no_case;
        }
    }
    let cap = if letters == 0 && digits == 0 {
        CAP_PUNCT
    } else if letters == 0 {
        CAP_DIGIT
    } else if digits > 0 {
        CAP_MIXED
    } else if casing == Casing::Uncased {
        CAP_UNKNOWN
    } else if upper == letters {
        CAP_ALL
    } else if first_upper {
        CAP_INIT
    } else if upper == 0 {
        CAP_LOWER
    } else {
        CAP_MIXED
    };
    let (lower_hash, prefix, suffix) = affix_hashes(lower);
    let lex = if set.lexicons {
        LEXICON.get(lower_hash)
    } else {
        0
    };
    let punct = match word.as_bytes() {
        [b] if b.is_ascii_punctuation() => *b,
        _ => 0,
    };
    let info = TokInfo {
        word: word_hash(word.as_bytes()),
        lower: lower_hash,
        shape,
        punct,
        cap,
        lex,
        chars: chars.min(255) as u8,
        ..TokInfo::default()
    };
    let affixes = Affixes {
        shape_no_case,
        prefix,
        suffix,
    };
    (info, affixes)
}

impl TokInfo {
    /// What of this token a word cache keeps.
    pub(crate) fn facts(&self) -> WordFacts {
        WordFacts {
            word: self.word,
            lower: self.lower,
            shape: self.shape,
            cap: self.cap,
            lex: self.lex,
            chars: self.chars,
            punct: self.punct,
        }
    }

    /// A token known by its cached facts only: enough for its context keys, not for its
    /// own word keys.
    pub(crate) fn from_facts(f: WordFacts) -> TokInfo {
        TokInfo {
            word: f.word,
            lower: f.lower,
            shape: f.shape,
            cap: f.cap,
            lex: f.lex,
            chars: f.chars,
            punct: f.punct,
            ..TokInfo::default()
        }
    }
}

impl Features {
    /// The keys of token `i`.
    pub(crate) fn of(&self, i: usize) -> &[u32] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&a), Some(&b)) => self.keys.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The keys of the tokens `range`.
    pub(crate) fn keys_of(&self, range: Range<usize>) -> &[u32] {
        match (self.starts.get(range.start), self.starts.get(range.end)) {
            (Some(&a), Some(&b)) => self.keys.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Per token pushed, whether it may be or open a name: it has a capital letter, or
    /// it is a known place or given name or the acronym of an agency (lower-cased names
    /// in otherwise cased text).
    pub(crate) fn anchors(&self) -> impl ExactSizeIterator<Item = bool> + '_ {
        const NAMES: u16 =
            PLACE_NAME | PLACE_PART | GIVEN_RARE | GIVEN_MID | GIVEN_COMMON | ORG_ACRONYM;
        self.info
            .iter()
            .map(|t| matches!(t.cap, CAP_INIT | CAP_ALL | CAP_MIXED) || t.lex & NAMES != 0)
    }

    /// Number of tokens extracted.
    pub(crate) fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Extract the features of the tokens `toks` (byte ranges into `text`) of one sentence.
    pub(crate) fn extract(
        &mut self,
        text: &str,
        toks: &[Range<usize>],
        casing: Casing,
        set: FeatureSet,
        scope: Scope,
    ) {
        self.clear();
        for tok in toks {
            let word = text.get(tok.clone()).unwrap_or("");
            let (info, affixes) = token_info(word, casing, set, &mut self.lower);
            self.info.push(info);
            self.affixes.push(affixes);
        }
        self.finish(casing, set, scope, None);
    }

    /// Start a sentence whose token facts the caller gives with [`Features::push`].
    pub(crate) fn clear(&mut self) {
        self.info.clear();
        self.affixes.clear();
        self.keys.clear();
        self.starts.clear();
    }

    /// Add the next token of the sentence.
    pub(crate) fn push(&mut self, info: TokInfo) {
        self.info.push(info);
    }

    /// The buffer [`token_info`] lower-cases words in.
    pub(crate) fn lower_buf(&mut self) -> &mut Vec<u8> {
        &mut self.lower
    }

    /// Gather the keys of the sentence's tokens, once all are pushed: of every token, or
    /// of those `only` marks (the others get none).
    pub(crate) fn finish(
        &mut self,
        casing: Casing,
        set: FeatureSet,
        scope: Scope,
        only: Option<&[bool]>,
    ) {
        self.keys.clear();
        self.starts.clear();
        let cased = casing == Casing::Cased;
        if cased {
            self.mark_runs();
            self.mark_definitions();
        }
        let n = self.info.len();
        let mut buf = KeyBuf::default();
        for i in 0..n {
            self.starts.push(self.keys.len());
            buf.len = 0;
            if only.is_some_and(|marks| marks.get(i) != Some(&true)) {
                continue;
            }
            self.context_keys(i, casing, set, scope, &mut buf);
            if scope == Scope::All {
                let neighbours = [
                    (Some(i), Group::Word),
                    (i.checked_sub(1), Group::Before),
                    (Some(i + 1), Group::After),
                    (i.checked_sub(2), Group::Before2),
                    (Some(i + 2), Group::After2),
                ];
                for (j, group) in neighbours {
                    match j.and_then(|j| Some((self.info.get(j)?, self.affixes.get(j)?))) {
                        Some((t, a)) => word_keys(t, a, group, casing, set, &mut buf),
                        None => edge_keys(group, casing, set, &mut buf),
                    }
                }
            }
            self.keys.extend_from_slice(buf.keys());
        }
        self.starts.push(self.keys.len());
    }

    /// The keys of token `i` that depend on more than one word (its neighbours' words
    /// with its own, its capitalized run, brackets around it); in [`Scope::Context`]
    /// without those of [`Features::fixed`].
    fn context_keys(
        &self,
        i: usize,
        casing: Casing,
        set: FeatureSet,
        scope: Scope,
        keys: &mut KeyBuf,
    ) {
        let cased = casing == Casing::Cased;
        let fixed = (scope == Scope::All).then(|| self.fixed(i, casing, set));
        let cur = self.info[i];
        let (m1_lower, m1_shape) = match i.checked_sub(1).and_then(|j| self.info.get(j)) {
            Some(t) => (t.lower, t.shape),
            None => (BEFORE, BEFORE),
        };
        let (p1_lower, p1_shape) = match self.info.get(i + 1) {
            Some(t) => (t.lower, t.shape),
            None => (AFTER, AFTER),
        };
        if fixed.is_some() {
            keys.push(bias_key());
        }
        keys.push(key(T_BIGRAM_L, m1_lower, cur.lower));
        keys.push(key(T_BIGRAM_R, cur.lower, p1_lower));
        if let Some(f) = &fixed {
            keys.push(cap3_key(f.cap3));
            keys.push(cap_first_key(f.cap3, f.first));
        }
        keys.push(key(T_LOWER_M1_CAP, m1_lower, u64::from(cur.cap)));
        keys.push(key(T_CAP_LOWER_P1, u64::from(cur.cap), p1_lower));
        keys.push(key(T_SKIP, m1_lower, p1_lower));
        if let Some(f) = &fixed {
            if let Some(chars) = f.bracketed {
                keys.push(bracketed_key(f.cap3, chars));
            }
            if let Some(first) = f.defines {
                keys.push(defines_key(first));
            }
        }
        if cased {
            keys.push(key(T_SHAPE_BI_L, m1_shape, cur.shape));
            keys.push(key(T_SHAPE_BI_R, cur.shape, p1_shape));
            if cur.run_len > 0 {
                if let Some((len, place)) = fixed.and_then(|f| f.run) {
                    keys.push(run_shape_key(len, place));
                }
                keys.push(key(T_RUN_FIRST, cur.run_first, u64::from(cur.run_pos == 0)));
                keys.push(key(
                    T_RUN_LAST,
                    cur.run_last,
                    u64::from(cur.run_pos + 1 == cur.run_len),
                ));
                if let Some(f) = &fixed {
                    push_bits(keys, T_RUN_LEX, f.run_lex);
                }
            }
        }
    }

    /// The values of token `i`'s keys that come from a handful of values each, whose
    /// scores a table can hold ([`fixed_keys`] gives the keys).
    #[inline]
    pub(crate) fn fixed(&self, i: usize, casing: Casing, set: FeatureSet) -> Fixed {
        let cur = &self.info[i];
        let (m1_cap, m1_punct) = match i.checked_sub(1).and_then(|j| self.info.get(j)) {
            Some(t) => (t.cap, t.punct),
            None => (CAP_BOUNDARY, 0),
        };
        let (p1_cap, p1_punct) = match self.info.get(i + 1) {
            Some(t) => (t.cap, t.punct),
            None => (CAP_BOUNDARY, 0),
        };
        let cap3 =
            usize::from(m1_cap & 7) << 6 | usize::from(cur.cap & 7) << 3 | usize::from(p1_cap & 7);
        let run = (casing == Casing::Cased && cur.run_len > 0).then(|| {
            let place = if cur.run_pos == 0 {
                0
            } else if cur.run_pos + 1 == cur.run_len {
                2
            } else {
                1
            };
            (cur.run_len.min(5), place)
        });
        Fixed {
            cap3,
            first: i == 0,
            bracketed: (m1_punct == b'(' && p1_punct == b')').then(|| cur.chars.min(6)),
            defines: cur.defines.then_some(cur.run_pos == 0),
            run,
            run_lex: if run.is_some() && set.lexicons {
                cur.run_lex
            } else {
                0
            },
        }
    }
}

/// The keys of a token whose values come from a handful each: the bias, the
/// capitalization of the token and its neighbours, its place in the sentence, in brackets
/// and in a capitalized run. Indices are small, so a table built once per model holds
/// the scores of every value ([`fixed_keys`] gives the keys of one token).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Fixed {
    /// Capitalization classes of the token before, the token and the token after, three
    /// bits each (`before << 6 | token << 3 | after`).
    pub cap3: usize,
    /// Whether the token opens the sentence.
    pub first: bool,
    /// The token's characters (at most 6), when it stands in brackets.
    pub bracketed: Option<u8>,
    /// For a token of a run an acronym in brackets defines: whether it opens the run.
    pub defines: Option<bool>,
    /// For a token of a capitalized run (cased text): the run's length (at most 5) and
    /// the token's place in it (0 first, 1 inside, 2 last).
    pub run: Option<(u8, u64)>,
    /// Lexicon flags of the run (0 unless in a run and lexicon features are on).
    pub run_lex: u16,
}

/// Highest capitalization class, and so `Fixed::cap3 < 1 << 9`.
pub(crate) const CAP_CLASSES: usize = 8;

fn bias_key() -> u32 {
    key(T_BIAS, 0, 0)
}

fn cap3_key(cap3: usize) -> u32 {
    let (m1, cur, p1) = (cap3 >> 6 & 7, cap3 >> 3 & 7, cap3 & 7);
    key(T_CAP3, (m1 << 16 | cur << 8 | p1) as u64, 0)
}

fn cap_first_key(cap3: usize, first: bool) -> u32 {
    key(T_CAP_FIRST, (cap3 >> 3 & 7) as u64, u64::from(first))
}

fn bracketed_key(cap3: usize, chars: u8) -> u32 {
    key(T_BRACKETED, (cap3 >> 3 & 7) as u64, u64::from(chars))
}

fn defines_key(first: bool) -> u32 {
    key(T_DEFINES, u64::from(first), 0)
}

fn run_shape_key(len: u8, place: u64) -> u32 {
    key(T_RUN_SHAPE, u64::from(len), place)
}

/// The keys of [`Fixed`] values, as [`Scope::All`] gives them, one list per table part:
/// the bias with the capitalization keys, the key of a bracketed token, of a defining
/// token, of a run's shape, and one per lexicon bit of a run.
pub(crate) mod fixed_keys {
    use super::*;

    /// Bias, `cap3` and the token's capitalization at the start of a sentence or not.
    pub(crate) fn base(cap3: usize, first: bool, keys: &mut KeyBuf) {
        keys.push(bias_key());
        keys.push(cap3_key(cap3));
        keys.push(cap_first_key(cap3, first));
    }

    /// A token of capitalization class `cap` with `chars` characters in brackets.
    pub(crate) fn bracketed(cap: usize, chars: u8, keys: &mut KeyBuf) {
        keys.push(bracketed_key(cap << 3, chars));
    }

    /// A token of a run an acronym defines.
    pub(crate) fn defines(first: bool, keys: &mut KeyBuf) {
        keys.push(defines_key(first));
    }

    /// A token at `place` of a run of `len` tokens.
    pub(crate) fn run_shape(len: u8, place: u64, keys: &mut KeyBuf) {
        keys.push(run_shape_key(len, place));
    }

    /// A token of a run with lexicon flag `bit`.
    pub(crate) fn run_lex(bit: u32, keys: &mut KeyBuf) {
        push_bits(keys, T_RUN_LEX, 1 << bit);
    }

    /// Number of lexicon bits.
    pub(crate) const BITS: u32 = LEX_BITS;
}

/// Which keys of a word: its own, or those it gives the token after it (`Before`: it
/// stands before that token), before it, two after, two before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Group {
    Word,
    Before,
    After,
    Before2,
    After2,
}

/// Every group, in the order scores are cached.
pub(crate) const GROUPS: [Group; 5] = [
    Group::Word,
    Group::Before,
    Group::After,
    Group::Before2,
    Group::After2,
];

/// Which keys [`Features::extract`] gathers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Every key of every token.
    All,
    /// Only the keys that depend on more than one word; [`word_keys`] and [`edge_keys`]
    /// give the rest.
    Context,
}

/// The keys that depend on one word only: for `Group::Word` the word's own (of its facts
/// `t` and `affixes`), else those it gives a neighbour (`Before`: to the token after it,
/// whose word before it is).
pub(crate) fn word_keys(
    t: &TokInfo,
    affixes: &Affixes,
    group: Group,
    casing: Casing,
    set: FeatureSet,
    keys: &mut KeyBuf,
) {
    let cased = casing == Casing::Cased;
    let (lower, shape, lex) = match group {
        Group::Word => {
            keys.push(key(T_LOWER, t.lower, 0));
            keys.push(key(T_CAP_LEN, u64::from(t.cap), u64::from(t.chars.min(8))));
            if cased {
                keys.push(key(T_WORD, t.word, 0));
                keys.push(key(T_SHAPE, t.shape, 0));
            }
            if set.affixes {
                for len in 0..4 {
                    if affixes.prefix[len] != 0 {
                        keys.push(key(T_PREFIX + len as u8, affixes.prefix[len], 0));
                    }
                    if affixes.suffix[len] != 0 {
                        keys.push(key(T_SUFFIX + len as u8, affixes.suffix[len], 0));
                    }
                }
            }
            keys.push(key(T_SHAPE_NO_CASE, affixes.shape_no_case, 0));
            if set.lexicons {
                let given = t.lex & (GIVEN_RARE | GIVEN_MID | GIVEN_COMMON);
                keys.push(key(T_CAP_GIVEN, u64::from(t.cap), u64::from(given)));
                push_bits(keys, T_LEX, t.lex);
            }
            return;
        }
        Group::Before => (T_LOWER_M1, T_SHAPE_M1, T_LEX_M1),
        Group::After => (T_LOWER_P1, T_SHAPE_P1, T_LEX_P1),
        Group::Before2 => (T_LOWER_M2, T_SHAPE_M2, T_LEX_M2),
        Group::After2 => (T_LOWER_P2, T_SHAPE_P2, T_LEX_P2),
    };
    let wide = matches!(group, Group::Before2 | Group::After2);
    if !wide || set.wide_context {
        keys.push(key(lower, t.lower, 0));
        if cased {
            keys.push(key(shape, t.shape, 0));
        }
    }
    if set.lexicons {
        push_bits(keys, lex, t.lex);
    }
}

/// The keys a neighbour outside the sentence gives (`group` as in [`word_keys`]).
pub(crate) fn edge_keys(group: Group, casing: Casing, set: FeatureSet, keys: &mut KeyBuf) {
    let (lower, shape, outside) = match group {
        Group::Word => return,
        Group::Before => (T_LOWER_M1, T_SHAPE_M1, BEFORE),
        Group::After => (T_LOWER_P1, T_SHAPE_P1, AFTER),
        Group::Before2 => (T_LOWER_M2, T_SHAPE_M2, BEFORE),
        Group::After2 => (T_LOWER_P2, T_SHAPE_P2, AFTER),
    };
    let wide = matches!(group, Group::Before2 | Group::After2);
    if !wide || set.wide_context {
        keys.push(key(lower, outside, 0));
        if casing == Casing::Cased {
            keys.push(key(shape, outside, 0));
        }
    }
}

/// Most keys one token can have.
const MAX_KEYS: usize = 128;

/// The keys of one token, gathered without growing a vector key by key.
pub(crate) struct KeyBuf {
    keys: [u32; MAX_KEYS],
    len: usize,
}

impl Default for KeyBuf {
    fn default() -> Self {
        KeyBuf {
            keys: [0; MAX_KEYS],
            len: 0,
        }
    }
}

impl KeyBuf {
    #[inline]
    fn push(&mut self, key: u32) {
        if let Some(k) = self.keys.get_mut(self.len) {
            *k = key;
            self.len += 1;
        }
    }

    pub(crate) fn keys(&self) -> &[u32] {
        &self.keys[..self.len.min(MAX_KEYS)]
    }

    pub(crate) fn clear(&mut self) {
        self.len = 0;
    }
}

/// One key per set lexicon bit of `flags`.
#[inline]
fn push_bits(keys: &mut KeyBuf, template: u8, flags: u16) {
    let mut rest = flags;
    while rest != 0 {
        let bit = rest.trailing_zeros();
        rest &= rest - 1;
        if bit < LEX_BITS {
            keys.push(key(template, u64::from(bit), 0));
        }
    }
}

impl Features {
    /// Mark the capitalized runs that an acronym in brackets follows.
    fn mark_definitions(&mut self) {
        let n = self.info.len();
        for i in 1..n.saturating_sub(2) {
            let (open, acronym, close) = (self.info[i], self.info[i + 1], self.info[i + 2]);
            if open.punct != b'(' || close.punct != b')' || acronym.cap != CAP_ALL {
                continue;
            }
            let last = self.info[i - 1];
            if last.run_len == 0 {
                continue;
            }
            let first = (i - 1).saturating_sub(usize::from(last.run_pos));
            for t in &mut self.info[first..i] {
                t.defines = true;
            }
        }
    }

    /// Fill the capitalized-run fields of every token.
    fn mark_runs(&mut self) {
        let n = self.info.len();
        let capital = |t: &TokInfo| t.cap == CAP_INIT || t.cap == CAP_ALL;
        let mut i = 0;
        while i < n {
            if !capital(&self.info[i]) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < n && capital(&self.info[j]) {
                j += 1;
            }
            let run = &mut self.info[i..j];
            let lex = run.iter().fold(0u16, |acc, t| acc | t.lex);
            let first = run[0].lower;
            let last = run[run.len() - 1].lower;
            let len = run.len().min(255) as u8;
            for (k, t) in run.iter_mut().enumerate() {
                t.run_len = len;
                t.run_pos = k.min(255) as u8;
                t.run_lex = lex;
                t.run_first = first;
                t.run_last = last;
            }
            i = j;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extract(words: &[&str], casing: Casing) -> Features {
        let text = words.join(" ");
        let mut toks = Vec::new();
        let mut pos = 0;
        for w in words {
            toks.push(pos..pos + w.len());
            pos += w.len() + 1;
        }
        let mut f = Features::default();
        f.extract(&text, &toks, casing, FeatureSet::ALL, Scope::All);
        f
    }

    /// The model was trained with the time-word feature on exactly these words.
    #[test]
    fn time_words_are_the_trained_set() {
        let mut words: Vec<&str> = time_words().collect();
        words.sort_unstable();
        let before = words.len();
        words.dedup();
        assert_eq!(before, words.len());
        assert_eq!(
            words.join(" "),
            "agt agu agustus ahad apr april des desember feb februari jan januari jul juli \
             jum'at jumat jun juni kamis mar maret mei minggu nov november okt oktober rabu \
             sabtu selasa senin sep september wib wit wita"
        );
        for w in ["senin", "jum'at", "mei", "agt", "wita"] {
            assert_ne!(lexicon_flags(w) & TIME_WORD, 0, "{w}");
        }
        assert_eq!(lexicon_flags("jum\u{2019}at"), 0);
    }

    #[test]
    fn one_key_list_per_token() {
        let f = extract(&["kata", "Budi", "di", "Jakarta", "."], Casing::Cased);
        assert_eq!(f.len(), 5);
        for i in 0..5 {
            assert!(f.of(i).len() > 10, "token {i}");
            assert!(f.of(i).iter().all(|&k| k != 0));
        }
        assert!(f.of(5).is_empty());
    }

    #[test]
    fn same_word_same_context_same_keys() {
        let a = extract(&["di", "Jakarta", "kemarin"], Casing::Cased);
        let b = extract(&["di", "Jakarta", "kemarin"], Casing::Cased);
        assert_eq!(a.of(1), b.of(1));
        // Case changes the word and shape keys but not the lower-case ones.
        let c = extract(&["di", "jakarta", "kemarin"], Casing::Cased);
        let shared = a.of(1).iter().filter(|k| c.of(1).contains(k)).count();
        assert!(shared > 5 && shared < a.of(1).len(), "{shared}");
    }

    #[test]
    fn uncased_text_has_no_case_features() {
        let cased = extract(&["di", "jakarta", "kemarin"], Casing::Cased);
        let uncased = extract(&["di", "jakarta", "kemarin"], Casing::Uncased);
        assert!(uncased.of(1).len() < cased.of(1).len());
        // Upper and lower case give identical keys once case is declared meaningless.
        let upper = extract(&["DI", "JAKARTA", "KEMARIN"], Casing::Uncased);
        assert_eq!(upper.of(1), uncased.of(1));
    }

    #[test]
    fn lexicon_flags_cover_the_tables() {
        warm_up();
        let cases = [
            ("gubernur", TITLE),
            ("pak", HONORIFIC),
            ("kementerian", ORG_HEAD),
            ("di", PLACE_PREP),
            ("kabupaten", PLACE_HEAD),
            ("senin", TIME_WORD),
            ("ujar", SPEECH),
            ("muhammad", GIVEN_COMMON),
        ];
        for (word, bit) in cases {
            assert_ne!(lexicon_flags(word) & bit, 0, "{word}");
        }
        assert_eq!(lexicon_flags("meresmikan"), 0);
    }

    /// A hash of the string the way `affix_hashes` hashes it: forward for prefixes and the
    /// whole word, backward for suffixes.
    fn forward(s: &str) -> u64 {
        word_hash(s.as_bytes())
    }

    fn backward(s: &str) -> u64 {
        let mut h = FNV_OFFSET ^ 0x5f;
        for &b in s.as_bytes().iter().rev() {
            h ^= u64::from(b);
            h = h.wrapping_mul(FNV_PRIME);
        }
        finish(h)
    }

    #[test]
    fn affix_hashes_match_the_substrings() {
        // (word, prefixes, suffixes): only affixes shorter than the word exist.
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "jakarta",
                &["j", "ja", "jak", "jaka"],
                &["a", "ta", "rta", "arta"],
            ),
            ("di", &["d"], &["i"]),
            ("a", &[], &[]),
            ("", &[], &[]),
            ("abcd", &["a", "ab", "abc"], &["d", "cd", "bcd"]),
            (
                "émile",
                &["é", "ém", "émi", "émil"],
                &["e", "le", "ile", "mile"],
            ),
            ("café", &["c", "ca", "caf"], &["é", "fé", "afé"]),
            ("ñ—ü", &["ñ", "ñ—"], &["ü", "—ü"]),
        ];
        for (word, prefixes, suffixes) in cases {
            let (whole, pre, suf) = affix_hashes(word.as_bytes());
            assert_eq!(whole, forward(word), "{word}");
            for k in 0..4 {
                let want = prefixes.get(k).map_or(0, |p| forward(p));
                assert_eq!(pre[k], want, "{word}: prefix {}", k + 1);
                let want = suffixes.get(k).map_or(0, |s| backward(s));
                assert_eq!(suf[k], want, "{word}: suffix {}", k + 1);
            }
        }
    }

    #[test]
    fn keys_are_usable_by_the_weight_table() {
        let values = [0u64, 1, 2, 0xffff, u64::MAX, FNV_OFFSET, BEFORE, AFTER];
        let mut seen = std::collections::HashSet::new();
        for template in 0..=40u8 {
            for &a in &values {
                for &b in &values[..3] {
                    let k = key(template, a, b);
                    assert_ne!(k >> 16, 0, "{template} {a} {b}");
                    seen.insert(k);
                }
            }
        }
        // Different templates over the same values give different keys.
        assert_eq!(seen.len(), 41 * values.len() * 3);
    }

    #[test]
    fn token_info_lower_cases_and_classifies() {
        let mut buf = Vec::new();
        // (word, lower-case form, capitalization class)
        let cases = [
            ("Jakarta", "jakarta", CAP_INIT),
            ("KPK", "kpk", CAP_ALL),
            ("meresmikan", "meresmikan", CAP_LOWER),
            ("2024", "2024", CAP_DIGIT),
            ("B2B", "b2b", CAP_MIXED),
            (",", ",", CAP_PUNCT),
            ("Émile", "émile", CAP_INIT),
            ("iPhone", "iphone", CAP_MIXED),
        ];
        for (word, lower, cap) in cases {
            let (info, _) = token_info(word, Casing::Cased, FeatureSet::ALL, &mut buf);
            assert_eq!(std::str::from_utf8(&buf).ok(), Some(lower), "{word}");
            assert_eq!(info.cap, cap, "{word}");
            assert_eq!(info.lower, word_hash(lower.as_bytes()), "{word}");
            assert_eq!(info.word, word_hash(word.as_bytes()), "{word}");
        }
        let (info, _) = token_info("Jakarta", Casing::Uncased, FeatureSet::ALL, &mut buf);
        assert_eq!(info.cap, CAP_UNKNOWN);
    }

    #[test]
    fn honorifics_are_found_in_any_case() {
        warm_up();
        for (word, want) in [
            ("Pak", true),
            ("PAK", true),
            ("Dr.", true),
            ("Gubernur", true),
            ("Budi", false),
            ("", false),
        ] {
            assert_eq!(is_honorific(word), want, "{word}");
        }
    }

    #[test]
    fn neighbours_change_keys() {
        let a = extract(&["di", "Jakarta"], Casing::Cased);
        let b = extract(&["ke", "Jakarta"], Casing::Cased);
        assert_ne!(a.of(1), b.of(1));
        // The word's own keys do not depend on its context.
        let own = key(T_LOWER, word_hash(b"jakarta"), 0);
        assert!(a.of(1).contains(&own) && b.of(1).contains(&own));
    }
}
