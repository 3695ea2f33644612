//! Indonesian speech verbs, as they attribute a quote.

/// Speech verbs as they follow a quote (`ujar Agus`, `ujarnya`, `kata dia`).
#[rustfmt::skip]
pub(super) const AFTER_VERBS: &[&str] = &[
    "kata", "ujar", "ucap", "tutur", "jelas", "ungkap", "tegas", "tambah", "imbuh", "terang",
    "papar", "sebut", "tutup", "pungkas", "lanjut", "sambung", "tandas", "harap", "pinta",
    "aku", "beber", "urai", "seru", "kilah", "keluh", "ajak", "tanya", "jawab", "timpal",
    "sahut", "bilang", "cetus", "ingat", "tulis", "kenang", "canda", "tukas", "pesan", "imbau",
    "katakan", "tuturnya", "akui", "sambut", "nilai", "klaim", "terangnya", "paparnya", "tegur",
    "celetuk", "kisah", "cerita", "urainya", "singkat", "jelaskan", "sergah",
];

/// Speech verbs in their `me-`/`ber-` forms (`Agus mengatakan, "..."`, `ia menambahkan`).
#[rustfmt::skip]
pub(super) const ME_VERBS: &[&str] = &[
    "mengatakan", "berkata", "menyampaikan", "menjelaskan", "menegaskan", "mengungkapkan",
    "menambahkan", "menuturkan", "memaparkan", "menerangkan", "menyebutkan", "menyebut",
    "mengaku", "menilai", "mengingatkan", "berharap", "berpesan", "mengajak", "menekankan",
    "mengimbau", "meminta", "bertanya", "menjawab", "menandaskan", "memungkasi", "menutup",
    "mengakhiri", "melanjutkan", "mengklaim", "menanggapi", "membeberkan", "menguraikan",
    "mengutarakan", "menyatakan", "mengemukakan", "menceritakan", "mengisahkan", "berujar",
    "bercerita", "berucap", "bertutur", "mengakui", "menyinggung", "mengharapkan",
    "mengucapkan", "menerangkannya", "menjelaskannya", "mengatakannya", "mengomentari",
    "berpendapat", "menanyakan",
];
