//! Feature extraction: every token becomes a list of hashed feature keys.
//!
//! Features are hashed (FNV-1a, then a 64-bit mixer folded to 32 bits) straight from the
//! token bytes, so extraction allocates nothing once its buffers have grown. A key is the
//! hash of a template id and its values; the model maps keys to weight rows.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use crate::gazetteer::given_names;
use crate::lang::calendar;

/// Changes whenever the feature templates change, so an old model is refused rather than
/// silently misread.
pub(crate) const FEATURE_VERSION: u32 = 2;

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
const LEX_BITS: u32 = 10;

/// Positions and offices that stand before a person's name (`Gubernur Kalbar Sutarmidji`).
const TITLES: &[&str] = &[
    "presiden",
    "wapres",
    "wakil",
    "menteri",
    "menko",
    "wamen",
    "gubernur",
    "wagub",
    "bupati",
    "wabup",
    "wali",
    "walikota",
    "wawali",
    "kepala",
    "kabag",
    "kabid",
    "kasi",
    "kasubag",
    "ketua",
    "ketum",
    "sekretaris",
    "sekjen",
    "sekda",
    "bendahara",
    "direktur",
    "dirut",
    "direksi",
    "komisaris",
    "manajer",
    "ceo",
    "presdir",
    "kapolri",
    "kapolda",
    "kapolres",
    "kapolresta",
    "kapolsek",
    "kasat",
    "kasatreskrim",
    "kapuspen",
    "kabareskrim",
    "panglima",
    "pangdam",
    "danrem",
    "dandim",
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
    "jaksa",
    "hakim",
    "kajati",
    "kajari",
    "camat",
    "lurah",
    "kades",
    "rektor",
    "dekan",
    "dosen",
    "guru",
    "pengamat",
    "peneliti",
    "analis",
    "ekonom",
    "politikus",
    "politisi",
    "aktivis",
    "juru",
    "jubir",
    "anggota",
    "staf",
    "plt",
    "pj",
    "plh",
    "pelatih",
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
    "pendiri",
    "pemilik",
    "pakar",
    "ahli",
    "senator",
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
    "dubes",
    "koordinator",
    "kapolsek",
    "kakanwil",
    "kadis",
    "kadin",
    "inspektur",
    "auditor",
    "terdakwa",
    "tersangka",
    "korban",
    "pelaku",
    "saksi",
    "pengacara",
    "kuasa",
    "advokat",
];

/// Forms of address and academic or religious honorifics (`Pak`, `Dr.`, `H.`).
const HONORIFICS: &[&str] = &[
    "bapak", "pak", "ibu", "bu", "sdr", "sdr.", "saudara", "saudari", "tuan", "nyonya", "nona",
    "mbak", "mas", "bang", "kak", "dr", "dr.", "drs", "drs.", "dra", "dra.", "ir", "ir.", "prof",
    "prof.", "h", "h.", "hj", "hj.", "kh", "kh.", "haji", "hajjah", "habib", "gus", "raden", "rm",
    "rm.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "syekh", "teuku", "tengku", "cut",
    "andi", "daeng", "ki", "nyi",
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

/// Verbs of saying that sit next to a speaker's name (`kata Anis`, `ujar Budi`).
const SPEECH_VERBS: &[&str] = &[
    "kata",
    "ujar",
    "ucap",
    "ungkap",
    "jelas",
    "tutur",
    "terang",
    "tegas",
    "imbuh",
    "sebut",
    "katanya",
    "ujarnya",
    "ucapnya",
    "ungkapnya",
    "jelasnya",
    "tuturnya",
    "tambah",
    "tambahnya",
    "menurut",
    "mengatakan",
    "menyatakan",
    "menjelaskan",
    "mengungkapkan",
    "menegaskan",
    "menuturkan",
    "menyebutkan",
    "said",
];

static LEXICON: LazyLock<HashMap<&'static str, u16>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for (list, bit) in [
        (TITLES, TITLE),
        (HONORIFICS, HONORIFIC),
        (ORG_HEADS, ORG_HEAD),
        (PLACE_PREPS, PLACE_PREP),
        (PLACE_HEADS, PLACE_HEAD),
        (SPEECH_VERBS, SPEECH),
    ] {
        for word in list {
            *map.entry(*word).or_insert(0) |= bit;
        }
    }
    for word in time_words() {
        *map.entry(word).or_insert(0) |= TIME_WORD;
    }
    map
});

/// Build the lexicon tables now.
pub(crate) fn warm_up() {
    LazyLock::force(&LEXICON);
    given_names::warm_up();
}

/// Whether `word` is a form of address or an honorific (`Pak`, `Dr.`) or a title word.
pub(crate) fn is_honorific(word: &str) -> bool {
    let lower = word.to_lowercase();
    LEXICON
        .get(lower.as_str())
        .is_some_and(|f| f & (HONORIFIC | TITLE) != 0)
}

fn lexicon_flags(lower: &str) -> u16 {
    let mut flags = LEXICON.get(lower).copied().unwrap_or(0);
    if let Some(c) = given_names::lookup(lower) {
        flags |= if c >= 0.55 {
            GIVEN_COMMON
        } else if c >= 0.3 {
            GIVEN_MID
        } else {
            GIVEN_RARE
        };
    }
    flags
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

#[derive(Debug, Clone, Copy, Default)]
struct TokInfo {
    word: u64,
    lower: u64,
    shape: u64,
    cap: u8,
    lex: u16,
    chars: u8,
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

fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

fn mix(mut x: u64) -> u64 {
    // splitmix64 finalizer.
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The feature key of a template over one or two hashed values; never 0 (the empty slot).
fn key(template: u8, a: u64, b: u64) -> u32 {
    let x = mix(a ^ mix(b.wrapping_add(u64::from(template).wrapping_mul(0x9e37_79b9_7f4a_7c15))));
    let k = (x >> 32) as u32 ^ x as u32;
    k.max(1)
}

// Hashes of the positions outside the sentence.
const BEFORE: u64 = 0x1111_2222_3333_4444;
const AFTER: u64 = 0x5555_6666_7777_8888;

/// Reusable buffers for feature extraction.
#[derive(Debug, Default)]
pub(crate) struct Features {
    lower: String,
    lower_spans: Vec<Range<usize>>,
    info: Vec<TokInfo>,
    /// Feature keys of all tokens, token after token.
    pub keys: Vec<u32>,
    /// `keys[starts[i]..starts[i + 1]]` are the keys of token `i`.
    pub starts: Vec<usize>,
}

impl Features {
    /// The keys of token `i`.
    pub(crate) fn of(&self, i: usize) -> &[u32] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&a), Some(&b)) => self.keys.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
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
    ) {
        self.lower.clear();
        self.lower_spans.clear();
        self.info.clear();
        self.keys.clear();
        self.starts.clear();
        for tok in toks {
            let word = text.get(tok.clone()).unwrap_or("");
            let start = self.lower.len();
            let mut letters = 0usize;
            let mut upper = 0usize;
            let mut digits = 0usize;
            let mut chars = 0usize;
            let mut shape = FNV_OFFSET;
            let mut last_class = 0u8;
            let mut first_upper = false;
            for (n, c) in word.chars().enumerate() {
                chars += 1;
                let class = if c.is_uppercase() {
                    upper += 1;
                    letters += 1;
                    if n == 0 {
                        first_upper = true;
                    }
                    b'X'
                } else if c.is_alphabetic() {
                    letters += 1;
                    b'x'
                } else if c.is_numeric() {
                    digits += 1;
                    b'd'
                } else if c.is_ascii() {
                    c as u8
                } else {
                    b'o'
                };
                if class != last_class {
                    shape = fnv(shape, &[class]);
                    last_class = class;
                }
                if c.is_lowercase() || !c.is_alphabetic() {
                    self.lower.push(c);
                } else {
                    self.lower.extend(c.to_lowercase());
                }
            }
            let end = self.lower.len();
            self.lower_spans.push(start..end);
            let lower = &self.lower[start..end];
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
            let lex = if set.lexicons {
                lexicon_flags(lower)
            } else {
                0
            };
            self.info.push(TokInfo {
                word: fnv(FNV_OFFSET, word.as_bytes()),
                lower: fnv(FNV_OFFSET, lower.as_bytes()),
                shape,
                cap,
                lex,
                chars: chars.min(255) as u8,
                ..TokInfo::default()
            });
        }

        let cased = casing == Casing::Cased;
        if cased {
            self.mark_runs();
        }
        let n = self.info.len();
        for i in 0..n {
            self.starts.push(self.keys.len());
            let cur = self.info[i];
            let get = |j: isize| -> Option<TokInfo> {
                usize::try_from(j)
                    .ok()
                    .and_then(|j| self.info.get(j))
                    .copied()
            };
            let i = i as isize;
            let m1 = get(i - 1);
            let m2 = get(i - 2);
            let p1 = get(i + 1);
            let p2 = get(i + 2);
            let lower_or = |t: Option<TokInfo>, edge: u64| t.map_or(edge, |t| t.lower);
            let cap_or = |t: Option<TokInfo>| t.map_or(CAP_BOUNDARY, |t| t.cap);
            let shape_or = |t: Option<TokInfo>, edge: u64| t.map_or(edge, |t| t.shape);
            let keys = &mut self.keys;

            keys.push(key(T_BIAS, 0, 0));
            keys.push(key(T_LOWER, cur.lower, 0));
            keys.push(key(T_LOWER_M1, lower_or(m1, BEFORE), 0));
            keys.push(key(T_LOWER_P1, lower_or(p1, AFTER), 0));
            keys.push(key(T_BIGRAM_L, lower_or(m1, BEFORE), cur.lower));
            keys.push(key(T_BIGRAM_R, cur.lower, lower_or(p1, AFTER)));
            if set.wide_context {
                keys.push(key(T_LOWER_M2, lower_or(m2, BEFORE), 0));
                keys.push(key(T_LOWER_P2, lower_or(p2, AFTER), 0));
            }
            let cap3 =
                u64::from(cap_or(m1)) << 16 | u64::from(cur.cap) << 8 | u64::from(cap_or(p1));
            keys.push(key(T_CAP3, cap3, 0));
            keys.push(key(T_CAP_FIRST, u64::from(cur.cap), u64::from(i == 0)));
            keys.push(key(
                T_LOWER_M1_CAP,
                lower_or(m1, BEFORE),
                u64::from(cur.cap),
            ));
            keys.push(key(T_CAP_LOWER_P1, u64::from(cur.cap), lower_or(p1, AFTER)));
            let len_bucket = u64::from(cur.chars.min(8));
            keys.push(key(T_CAP_LEN, u64::from(cur.cap), len_bucket));
            if cased {
                keys.push(key(T_WORD, cur.word, 0));
                keys.push(key(T_SHAPE, cur.shape, 0));
                keys.push(key(T_SHAPE_M1, shape_or(m1, BEFORE), 0));
                keys.push(key(T_SHAPE_P1, shape_or(p1, AFTER), 0));
                if set.wide_context {
                    keys.push(key(T_SHAPE_M2, shape_or(m2, BEFORE), 0));
                    keys.push(key(T_SHAPE_P2, shape_or(p2, AFTER), 0));
                }
            }
            if set.affixes {
                let lower = self
                    .lower_spans
                    .get(i as usize)
                    .and_then(|r| self.lower.get(r.clone()))
                    .unwrap_or("");
                let nchars = usize::from(cur.chars);
                for len in 1..=4usize {
                    if nchars <= len {
                        break;
                    }
                    if let Some((cut, _)) = lower.char_indices().nth(len) {
                        let pre = fnv(FNV_OFFSET, &lower.as_bytes()[..cut]);
                        keys.push(key(T_PREFIX + len as u8 - 1, pre, 0));
                    }
                    if let Some((cut, _)) = lower.char_indices().nth(nchars - len) {
                        let suf = fnv(FNV_OFFSET, &lower.as_bytes()[cut..]);
                        keys.push(key(T_SUFFIX + len as u8 - 1, suf, 0));
                    }
                }
            }
            keys.push(key(T_SKIP, lower_or(m1, BEFORE), lower_or(p1, AFTER)));
            if cased {
                keys.push(key(T_SHAPE_BI_L, shape_or(m1, BEFORE), cur.shape));
                keys.push(key(T_SHAPE_BI_R, cur.shape, shape_or(p1, AFTER)));
                if cur.run_len > 0 {
                    let place = if cur.run_pos == 0 {
                        0
                    } else if cur.run_pos + 1 == cur.run_len {
                        2
                    } else {
                        1
                    };
                    keys.push(key(T_RUN_SHAPE, u64::from(cur.run_len.min(5)), place));
                    keys.push(key(T_RUN_FIRST, cur.run_first, u64::from(cur.run_pos == 0)));
                    keys.push(key(
                        T_RUN_LAST,
                        cur.run_last,
                        u64::from(cur.run_pos + 1 == cur.run_len),
                    ));
                    if set.lexicons {
                        for bit in 0..LEX_BITS {
                            if cur.run_lex & (1 << bit) != 0 {
                                keys.push(key(T_RUN_LEX, u64::from(bit), 0));
                            }
                        }
                    }
                }
            }
            if set.lexicons {
                let given = cur.lex & (GIVEN_RARE | GIVEN_MID | GIVEN_COMMON);
                keys.push(key(T_CAP_GIVEN, u64::from(cur.cap), u64::from(given)));
                for (template, t) in [
                    (T_LEX, Some(cur)),
                    (T_LEX_M1, m1),
                    (T_LEX_P1, p1),
                    (T_LEX_M2, m2),
                    (T_LEX_P2, p2),
                ] {
                    let Some(t) = t else { continue };
                    for bit in 0..LEX_BITS {
                        if t.lex & (1 << bit) != 0 {
                            keys.push(key(template, u64::from(bit), 0));
                        }
                    }
                }
            }
        }
        self.starts.push(self.keys.len());
    }
}

impl Features {
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
        f.extract(&text, &toks, casing, FeatureSet::ALL);
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
            assert!(LEXICON.get(w).is_some_and(|f| f & TIME_WORD != 0), "{w}");
        }
        assert!(!LEXICON.contains_key("jum\u{2019}at"));
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

    #[test]
    fn neighbours_change_keys() {
        let a = extract(&["di", "Jakarta"], Casing::Cased);
        let b = extract(&["ke", "Jakarta"], Casing::Cased);
        assert_ne!(a.of(1), b.of(1));
        assert_eq!(
            a.of(1)[1],
            b.of(1)[1],
            "the word's own key does not depend on context"
        );
    }
}
