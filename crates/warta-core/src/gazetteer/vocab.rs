//! Closed word classes that anchor the recognizers: position titles, honorifics and
//! degrees, speech verbs, and the institutional words that make up agency names.

use super::{WordMap, WordSet};
use std::sync::LazyLock;

/// Position heads, lower-cased (`gubernur`, `kepala`, `wali kota`). A head opens a title
/// phrase; the phrase runs on through institutional words and region names.
pub(crate) const TITLES: &[&str] = &[
    "presiden",
    "wakil presiden",
    "wapres",
    "menteri",
    "menko",
    "wamen",
    "gubernur",
    "wagub",
    "bupati",
    "wabup",
    "wali kota",
    "walikota",
    "wawali",
    "sekretaris",
    "sekda",
    "sekjen",
    "kepala",
    "kadis",
    "kaban",
    "kabid",
    "kabag",
    "kasi",
    "kasubag",
    "kasubbag",
    "kabiro",
    "direktur",
    "dirut",
    "dirjen",
    "deputi",
    "ketua",
    "ketum",
    "anggota",
    "asisten",
    "inspektur",
    "camat",
    "lurah",
    "kades",
    "komisioner",
    "hakim",
    "jaksa",
    "kapolri",
    "kapolda",
    "kapolres",
    "kapolresta",
    "kapolsek",
    "wakapolda",
    "wakapolres",
    "kasat",
    "pangdam",
    "danrem",
    "dandim",
    "danlanud",
    "panglima",
    "komandan",
    "kajati",
    "kajari",
    "rektor",
    "dekan",
    "dosen",
    "koordinator",
    "juru bicara",
    "jubir",
    "staf ahli",
    "staf khusus",
    "tenaga ahli",
    "manajer",
    "pimpinan",
    "bendahara",
    "pengamat",
    "peneliti",
    "guru besar",
    "pelatih",
    "duta besar",
    "dubes",
    "perdana menteri",
    "pendiri",
    "kepsek",
    "plt",
    "pj",
    "plh",
    "penjabat",
    "pelaksana tugas",
    "pelaksana harian",
    "senator",
    "legislator",
    "auditor",
    "analis",
    "kabareskrim",
    "kapuspen",
    "karo",
    "kakanwil",
    "mensos",
    "menhub",
    "menkeu",
    "menkes",
    "mendagri",
    "menlu",
    "menag",
    "menpora",
    "menaker",
    "mendikbud",
    "menkominfo",
    "menpan",
    "menparekraf",
    "menperin",
    "mendag",
    "mentan",
    "menhan",
    "menkumham",
    "menristek",
    "mendes",
    "mensesneg",
    "menseskab",
    "menkopolhukam",
    "ceo",
    "presdir",
    "wakapolri",
    "wakasad",
    "kasad",
    "kasal",
    "kasau",
];

/// Modifiers that may precede a head (`Wakil Ketua`, `mantan Gubernur`).
const TITLE_MODIFIERS: &[&str] = &["wakil", "mantan", "calon", "eks"];

/// Honorifics and forms of address written before a name (without their dot).
pub(crate) const HONORIFICS: &[&str] = &[
    "dr",
    "drs",
    "dra",
    "ir",
    "prof",
    "h",
    "hj",
    "kh",
    "drg",
    "st",
    "habib",
    "ust",
    "ustadz",
    "ustazah",
    "haji",
    "hajjah",
    "tgh",
    "gus",
    "kiai",
    "kyai",
    "ny",
    "tn",
    "sdr",
    "sdri",
    "letjen",
    "mayjen",
    "brigjen",
    "jenderal",
    "kombes",
    "akbp",
    "kompol",
    "akp",
    "iptu",
    "ipda",
    "aiptu",
    "bripka",
    "briptu",
    "kolonel",
    "letkol",
    "mayor",
    "kapten",
    "laksamana",
    "marsekal",
    "irjen",
    "pol",
    "komjen",
];

/// Forms of address (`Pak Hadi`, `Ibu Rita`): evidence of a person, kept out of the name
/// and out of the honorifics.
pub(crate) const ADDRESS: &[&str] = &[
    "bapak", "pak", "ibu", "bu", "saudara", "saudari", "mas", "mbak",
];

/// Academic and professional degrees written after a name, compared without dots.
const DEGREES: &[&str] = &[
    "sh", "mh", "se", "msi", "mm", "ssos", "spd", "mpd", "st", "mt", "skom", "mkom", "phd", "ma",
    "msc", "mba", "sip", "map", "ssi", "sked", "mkes", "skm", "sag", "mag", "shi", "lc", "ak",
    "ca", "cpa", "mkn", "shum", "mhum", "sstp", "mpa", "ap", "ipu", "spog", "spa", "spb", "mhi",
    "mpdi", "spdi", "sth", "sp", "mp", "sfarm", "apt", "ssit", "mtp", "dea", "llm", "mhkes", "ssn",
    "spsi", "mpsi", "sikom", "msn", "bsc", "mec", "ing",
];

/// Speech verbs written before the speaker (`ujar Hadi`, `kata Rita`).
pub(crate) const SPEECH_BEFORE: &[&str] = &[
    "ujar", "kata", "jelas", "tutur", "ungkap", "ucap", "tegas", "imbuh", "tambah", "papar",
    "terang", "sebut", "tanya", "pungkas", "tutup", "lanjut", "urai", "beber", "timpal", "seru",
    "sambung", "kilah", "aku", "menurut",
];

/// Verbs written after a person's name (`Hadi menambahkan`, `Rita menyebut`,
/// `Diddy mewakili`): a capitalized name followed by one of them is a person.
const PERSON_VERBS_AFTER: &[&str] = &[
    "menambahkan",
    "menyebut",
    "menyebutkan",
    "menjelaskan",
    "mengatakan",
    "menyampaikan",
    "menegaskan",
    "mengungkapkan",
    "menuturkan",
    "memaparkan",
    "menerangkan",
    "mengaku",
    "menilai",
    "menyatakan",
    "berkata",
    "mengimbau",
    "bertanya",
    "berharap",
    "mengharapkan",
    "mewakili",
    "didampingi",
    "mendampingi",
    "membuka",
    "menutup",
    "meresmikan",
    "memimpin",
    "mengajak",
    "menanggapi",
    "mengungkap",
    "membeberkan",
    "mengklaim",
    "menyebutnya",
    "mengingatkan",
    "menekankan",
    "menuturkan",
    "mengakui",
    "bercerita",
    "menjawab",
    "menyambut",
    "menerima",
    "berujar",
    "menandatangani",
    "mengucapkan",
    "menduga",
];

/// Capitalized words that are never names: function words that open sentences,
/// pronouns, days and months, and common nouns written in title case in headlines.
const NOT_NAMES: &[&str] = &[
    "dan",
    "atau",
    "yang",
    "di",
    "ke",
    "dari",
    "pada",
    "untuk",
    "dengan",
    "dalam",
    "oleh",
    "itu",
    "ini",
    "tersebut",
    "juga",
    "akan",
    "telah",
    "sudah",
    "belum",
    "tidak",
    "bukan",
    "kami",
    "kita",
    "saya",
    "aku",
    "dia",
    "ia",
    "mereka",
    "anda",
    "beliau",
    "kamu",
    "para",
    "sang",
    "si",
    "sebagai",
    "karena",
    "namun",
    "tetapi",
    "tapi",
    "jika",
    "kalau",
    "agar",
    "supaya",
    "sehingga",
    "selain",
    "sementara",
    "saat",
    "ketika",
    "setelah",
    "sebelum",
    "selama",
    "hingga",
    "sampai",
    "sejak",
    "bahwa",
    "menurut",
    "dia",
    "adapun",
    "sedangkan",
    "bahkan",
    "apalagi",
    "meski",
    "meskipun",
    "walaupun",
    "lalu",
    "kemudian",
    "selanjutnya",
    "senada",
    "turut",
    "hadir",
    "acara",
    "kegiatan",
    "pertemuan",
    "rapat",
    "sebanyak",
    "sebelumnya",
    "terkait",
    "melalui",
    "bagi",
    "antara",
    "tentang",
    "soal",
    "semua",
    "setiap",
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "jum'at",
    "sabtu",
    "minggu",
    "ahad",
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
    "wib",
    "wita",
    "wit",
    "rp",
    "tahun",
    "bulan",
    "hari",
    "the",
    "of",
    "and",
    "in",
    "a",
    "an",
    "baca",
    "foto",
    "video",
    "editor",
    "penulis",
    "reporter",
    "tim",
    "humas",
    "ada",
    "apa",
    "siapa",
    "bagaimana",
    "mengapa",
    "kenapa",
    "kapan",
    "dimana",
    "nah",
    "ya",
    "oh",
    "pun",
    "lagi",
    "masih",
    "hanya",
    "sangat",
    "lebih",
    "paling",
    "harus",
    "bisa",
    "dapat",
    "perlu",
    "mau",
    "ingin",
    "terus",
    "kini",
    "sekarang",
    "nanti",
    "kemarin",
    "besok",
    "tadi",
    "lain",
    "pihak",
    "pihaknya",
    "upaya",
    "program",
    "undang-undang",
    "peraturan",
    "nomor",
    "pasal",
    "ayat",
    "perjanjian",
    "nota",
    "kesepakatan",
    "memorandum",
    "mou",
    "pks",
    "sop",
    "asn",
    "pns",
    "covid-19",
    "covid",
    "pelayanan",
    "publik",
    "masyarakat",
    "warga",
    "negara",
    "pemerintah",
    "instansi",
    "sekitar",
    "seluruh",
    "berbagai",
    "beberapa",
    "banyak",
    "salah",
    "satu",
    "dua",
    "tiga",
    "pertama",
    "kedua",
    "ketiga",
    "keempat",
    "terakhir",
    "jalin",
    "dorong",
    "tingkatkan",
    "terima",
    "kunjungan",
    "laksanakan",
    "sinergi",
    "ingin",
    "berkunjung",
    "lanjut",
    "kata",
];

/// Institutional words that make up agency and position names and never a person's name
/// on their own: every word of the shipped agency expansions, and these.
const INSTITUTIONAL: &[&str] = &[
    "perwakilan",
    "provinsi",
    "kabupaten",
    "kota",
    "daerah",
    "bidang",
    "bagian",
    "seksi",
    "urusan",
    "sub",
    "ri",
    "republik",
    "indonesia",
    "nasional",
    "pusat",
    "wilayah",
    "keasistenan",
    "pencegahan",
    "maladministrasi",
    "pemeriksaan",
    "penyelesaian",
    "laporan",
    "pengaduan",
    "penerimaan",
    "verifikasi",
    "pembantu",
    "khusus",
    "utama",
    "umum",
    "jenderal",
    "madya",
    "muda",
    "pratama",
    "setda",
    "pemprov",
    "pemkab",
    "pemkot",
    "pemda",
    "dprd",
    "dpr",
    "kerja",
    "sama",
    "kerjasama",
    "pemerintahan",
    "kesejahteraan",
    "rakyat",
    "hukum",
    "organisasi",
    "ombudsman",
    "se",
    "dinas",
    "biro",
    "badan",
    "kantor",
    "inspektorat",
    "sekretariat",
    "kementerian",
    "komisi",
    "operasional",
    "teknis",
    "tata",
    "usaha",
    "perencanaan",
    "keuangan",
    "aset",
    "pendidikan",
    "kebudayaan",
    "kesehatan",
    "sosial",
    "administrasi",
    "pembangunan",
    "ekonomi",
    "infrastruktur",
    "perekonomian",
    "perangkat",
    "pelaksana",
    "harian",
    "tugas",
    "penjabat",
    "tim",
    "unit",
    "satuan",
    "fraksi",
    "komite",
    "lembaga",
    "divisi",
    "departemen",
    "cabang",
    "ranting",
    "pimpinan",
    "dewan",
    "pengurus",
    "majelis",
    "ahli",
    "staf",
    "tenaga",
    "internal",
    "eksternal",
    "utara",
    "selatan",
    "barat",
    "timur",
    "tengah",
    "tenggara",
    "daya",
    "laut",
    "darat",
    "udara",
    "kepulauan",
    "istimewa",
    "chief",
    "executive",
    "officer",
    "president",
    "vice",
    "director",
    "manager",
    "sales",
    "marketing",
    "general",
];

/// Name-like words that occur in agency expansions but are common in personal names too.
const NAMEISH: &[&str] = &[
    "agung", "jaya", "raya", "mulia", "putra", "putri", "karya", "bangsa",
];

struct Vocab {
    institutional: WordSet<String>,
    /// Every word and phrase of the lists, with the lists holding it: one look-up answers
    /// all of them.
    classes: WordMap<String, Classes>,
}

/// The word lists a lower-cased word or phrase is on, from one look-up ([`classes`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Classes(u16);

impl Classes {
    const TITLE: u16 = 1;
    const TITLE_OPENER: u16 = 1 << 1;
    const TITLE_MODIFIER: u16 = 1 << 2;
    const HONORIFIC: u16 = 1 << 3;
    const ADDRESS: u16 = 1 << 4;
    const DEGREE: u16 = 1 << 5;
    const SPEECH_BEFORE: u16 = 1 << 6;
    const PERSON_VERB_AFTER: u16 = 1 << 7;
    const NOT_NAME: u16 = 1 << 8;
    const INSTITUTIONAL: u16 = 1 << 9;

    fn has(self, bit: u16) -> bool {
        self.0 & bit != 0
    }

    /// See [`is_title`].
    pub fn title(self) -> bool {
        self.has(Self::TITLE)
    }

    /// See [`opens_title`].
    pub fn title_opener(self) -> bool {
        self.has(Self::TITLE_OPENER)
    }

    /// See [`is_title_modifier`].
    pub fn title_modifier(self) -> bool {
        self.has(Self::TITLE_MODIFIER)
    }

    /// See [`is_honorific`].
    pub fn honorific(self) -> bool {
        self.has(Self::HONORIFIC)
    }

    /// See [`is_address`].
    pub fn address(self) -> bool {
        self.has(Self::ADDRESS)
    }

    /// See [`is_speech_before`].
    pub fn speech_before(self) -> bool {
        self.has(Self::SPEECH_BEFORE)
    }

    /// See [`is_person_verb_after`].
    pub fn person_verb_after(self) -> bool {
        self.has(Self::PERSON_VERB_AFTER)
    }

    /// See [`is_not_name`].
    pub fn not_name(self) -> bool {
        self.has(Self::NOT_NAME)
    }

    /// See [`is_institutional`].
    pub fn institutional(self) -> bool {
        self.has(Self::INSTITUTIONAL)
    }
}

/// The lists a lower-cased word or phrase is on (`compact` form for degrees), asked once.
pub fn classes(lower: &str) -> Classes {
    VOCAB.classes.get(lower).copied().unwrap_or_default()
}

fn has(lower: &str, bit: u16) -> bool {
    classes(lower).has(bit)
}

static VOCAB: LazyLock<Vocab> = LazyLock::new(|| {
    let mut institutional: WordSet<String> = INSTITUTIONAL.iter().map(|w| w.to_string()).collect();
    // Government bodies only: university and company names hold personal and place names
    // (`Universitas Hasanuddin`, `Wijaya Karya`).
    let government = [
        "ministry",
        "agency",
        "regional-office",
        "legislature",
        "judiciary",
        "security",
        "local-government",
    ];
    for row in super::rows(include_str!("../../data/org-acronyms.tsv")) {
        if !row.get(2).is_some_and(|k| government.contains(k)) {
            continue;
        }
        for w in row
            .get(1)
            .copied()
            .unwrap_or("")
            .split([' ', ',', '/', '(', ')'])
        {
            let w = w.to_lowercase();
            if w.len() > 2 && !NAMEISH.contains(&w.as_str()) {
                institutional.insert(w);
            }
        }
    }
    let titles: WordSet<&'static str> = TITLES.iter().copied().collect();
    for t in &titles {
        for w in t.split(' ') {
            institutional.insert(w.to_string());
        }
    }
    let mut classes: WordMap<String, Classes> = WordMap::default();
    let mut mark = |words: &mut dyn Iterator<Item = &str>, bit: u16| {
        for w in words {
            classes.entry(w.to_string()).or_default().0 |= bit;
        }
    };
    let openers = TITLES
        .iter()
        .filter_map(|t| t.split_once(' ').map(|(first, _)| first));
    mark(&mut TITLES.iter().copied(), Classes::TITLE);
    mark(&mut openers.into_iter(), Classes::TITLE_OPENER);
    mark(
        &mut TITLE_MODIFIERS.iter().copied(),
        Classes::TITLE_MODIFIER,
    );
    mark(&mut HONORIFICS.iter().copied(), Classes::HONORIFIC);
    mark(&mut ADDRESS.iter().copied(), Classes::ADDRESS);
    mark(&mut DEGREES.iter().copied(), Classes::DEGREE);
    mark(&mut SPEECH_BEFORE.iter().copied(), Classes::SPEECH_BEFORE);
    mark(
        &mut PERSON_VERBS_AFTER.iter().copied(),
        Classes::PERSON_VERB_AFTER,
    );
    mark(&mut NOT_NAMES.iter().copied(), Classes::NOT_NAME);
    mark(
        &mut institutional.iter().map(String::as_str),
        Classes::INSTITUTIONAL,
    );
    Vocab {
        institutional,
        classes,
    }
});

/// Build the sets now.
pub fn warm_up() {
    LazyLock::force(&VOCAB);
}

/// Whether a lower-cased phrase of one or two words is a position head.
pub fn is_title(lower: &str) -> bool {
    has(lower, Classes::TITLE)
}

/// Whether a lower-cased word opens a position head of more than one word (`wali` of
/// `wali kota`): when not, no two-word head starts with it.
pub fn opens_title(lower: &str) -> bool {
    has(lower, Classes::TITLE_OPENER)
}

/// Whether a lower-cased word modifies a following position (`wakil`, `mantan`).
pub fn is_title_modifier(lower: &str) -> bool {
    has(lower, Classes::TITLE_MODIFIER)
}

/// Whether a lower-cased word (without its dot) is an honorific.
pub fn is_honorific(lower: &str) -> bool {
    has(lower, Classes::HONORIFIC)
}

/// Whether a lower-cased word is a form of address (`Pak`, `Ibu`).
pub fn is_address(lower: &str) -> bool {
    has(lower, Classes::ADDRESS)
}

/// A word as the degree and honorific lists hold it: dots removed, lower-cased (`S.H.` ->
/// `sh`).
pub fn compact(word: &str) -> String {
    word.chars()
        .filter(|c| *c != '.')
        .collect::<String>()
        .to_lowercase()
}

/// Whether a word, lower-cased with its dots removed, is an academic degree.
pub fn is_degree(compact: &str) -> bool {
    has(compact, Classes::DEGREE)
}

/// Whether a lower-cased word is a speech verb written before its speaker.
pub fn is_speech_before(lower: &str) -> bool {
    has(lower, Classes::SPEECH_BEFORE)
}

/// Whether a lower-cased word is a verb that follows a person's name.
pub fn is_person_verb_after(lower: &str) -> bool {
    has(lower, Classes::PERSON_VERB_AFTER)
}

/// Whether a lower-cased word is never a name.
pub fn is_not_name(lower: &str) -> bool {
    has(lower, Classes::NOT_NAME)
}

/// Every lower-cased word of agency and position names, in no particular order.
pub(crate) fn institutional_words() -> impl Iterator<Item = &'static str> {
    VOCAB.institutional.iter().map(String::as_str)
}

/// Whether a lower-cased word belongs to agency or position names.
pub fn is_institutional(lower: &str) -> bool {
    has(lower, Classes::INSTITUTIONAL)
}

/// Acting prefixes: `Plt.` (pelaksana tugas), `Pj.` (penjabat), `Plh.` (pelaksana harian).
pub fn acting(lower: &str) -> Option<crate::article::Acting> {
    use crate::article::Acting;
    match lower {
        "plt" | "pelaksana tugas" => Some(Acting::Plt),
        "pj" | "penjabat" => Some(Acting::Pj),
        "plh" | "pelaksana harian" => Some(Acting::Plh),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        type Check = fn(&str) -> bool;
        let cases: [(&str, Check, bool); 10] = [
            ("gubernur", is_title, true),
            ("wali kota", is_title, true),
            ("hadi", is_title, false),
            ("hj", is_honorific, true),
            ("msi", is_degree, true),
            ("ujar", is_speech_before, true),
            ("menambahkan", is_person_verb_after, true),
            ("pendidikan", is_institutional, true),
            ("agung", is_institutional, false),
            ("senin", is_not_name, true),
        ];
        for (w, f, want) in cases {
            assert_eq!(f(w), want, "{w}");
        }
    }
}
