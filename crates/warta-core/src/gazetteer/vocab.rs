//! Closed word classes that anchor the recognizers: position titles, honorifics and
//! degrees, speech verbs, and the institutional words that make up agency names.

use super::WordSet;
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
    titles: WordSet<&'static str>,
    institutional: WordSet<String>,
    not_names: WordSet<&'static str>,
    title_modifiers: WordSet<&'static str>,
    honorifics: WordSet<&'static str>,
    address: WordSet<&'static str>,
    degrees: WordSet<&'static str>,
    speech_before: WordSet<&'static str>,
    person_verbs_after: WordSet<&'static str>,
    /// The first word of every title of two words or more.
    title_openers: WordSet<&'static str>,
}

fn set(words: &[&'static str]) -> WordSet<&'static str> {
    words.iter().copied().collect()
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
    let titles = set(TITLES);
    for t in &titles {
        for w in t.split(' ') {
            institutional.insert(w.to_string());
        }
    }
    Vocab {
        titles,
        institutional,
        title_openers: TITLES
            .iter()
            .filter_map(|t| t.split_once(' ').map(|(first, _)| first))
            .collect(),
        not_names: set(NOT_NAMES),
        title_modifiers: set(TITLE_MODIFIERS),
        honorifics: set(HONORIFICS),
        address: set(ADDRESS),
        degrees: set(DEGREES),
        speech_before: set(SPEECH_BEFORE),
        person_verbs_after: set(PERSON_VERBS_AFTER),
    }
});

/// Build the sets now.
pub fn warm_up() {
    LazyLock::force(&VOCAB);
}

/// Whether a lower-cased phrase of one or two words is a position head.
pub fn is_title(lower: &str) -> bool {
    VOCAB.titles.contains(lower)
}

/// Whether a lower-cased word opens a position head of more than one word (`wali` of
/// `wali kota`): when not, no two-word head starts with it.
pub fn opens_title(lower: &str) -> bool {
    VOCAB.title_openers.contains(lower)
}

/// Whether a lower-cased word modifies a following position (`wakil`, `mantan`).
pub fn is_title_modifier(lower: &str) -> bool {
    VOCAB.title_modifiers.contains(lower)
}

/// Whether a lower-cased word (without its dot) is an honorific.
pub fn is_honorific(lower: &str) -> bool {
    VOCAB.honorifics.contains(lower)
}

/// Whether a lower-cased word is a form of address (`Pak`, `Ibu`).
pub fn is_address(lower: &str) -> bool {
    VOCAB.address.contains(lower)
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
    VOCAB.degrees.contains(compact)
}

/// Whether a lower-cased word is a speech verb written before its speaker.
pub fn is_speech_before(lower: &str) -> bool {
    VOCAB.speech_before.contains(lower)
}

/// Whether a lower-cased word is a verb that follows a person's name.
pub fn is_person_verb_after(lower: &str) -> bool {
    VOCAB.person_verbs_after.contains(lower)
}

/// Whether a lower-cased word is never a name.
pub fn is_not_name(lower: &str) -> bool {
    VOCAB.not_names.contains(lower)
}

/// Every lower-cased word of agency and position names, in no particular order.
pub(crate) fn institutional_words() -> impl Iterator<Item = &'static str> {
    VOCAB.institutional.iter().map(String::as_str)
}

/// Whether a lower-cased word belongs to agency or position names.
pub fn is_institutional(lower: &str) -> bool {
    VOCAB.institutional.contains(lower)
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
