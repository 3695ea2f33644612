//! The `tentang ...` subject of a citation, up to a sensible end.
//!
//! A statute's subject is a noun phrase (`Pelayanan Publik`, `Perubahan atas Undang-Undang
//! Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik`). News prose continues
//! right after it, so the phrase ends at clause punctuation, at a relative or conjunctive
//! word (`yang`, `bahwa`, `sebagaimana`), at `dan`/`serta` followed by a verb, and at a
//! lower-case verb (`menyebutkan`, `diatur`).

use std::sync::LazyLock;

use regex::Regex;

use crate::lang::calendar;

static TENTANG: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"^\s*,?\s*(?i:tentang)\s+").ok());

/// Words that end a subject.
#[rustfmt::skip]
const STOP: &[&str] = &[
    "dengan", "belum", "rampung", "selesai", "berlaku", "mulai", "resmi", "kini", "pun", "lagi",
    "memang", "tanggal", "tgl", "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu",
    "minggu", "yang", "bahwa", "sebagaimana", "sehingga", "karena", "agar", "supaya", "maka",
    "namun", "tetapi", "tapi", "juga", "itu", "ini", "tersebut", "telah", "sudah", "akan",
    "masih", "harus", "dapat", "bisa", "wajib", "sedangkan", "sementara", "seperti", "yakni",
    "yaitu", "jo", "juncto", "pasal", "ketika", "saat", "kata", "ujar", "ucap", "tutur",
    "ungkap", "adalah", "merupakan", "menjadi", "ialah", "hingga", "sampai", "sejak",
    "kemudian", "lalu", "melalui", "oleh", "nomor", "no", "tahun",
];

/// Nouns that look like `me-`/`di-`/`ber-`/`ter-` verbs.
#[rustfmt::skip]
const NOT_VERBS: &[&str] = &[
    "menteri", "mekanisme", "media", "mediasi", "menengah", "metode", "meterai", "merek",
    "mineral", "disabilitas", "dinas", "digital", "direksi", "direktorat", "disiplin", "berita",
    "bersama", "berkala", "berharga", "berat", "berkelanjutan", "terpadu", "tertentu", "tertib",
    "terorisme", "terminal", "teritorial", "ternak", "terbuka", "terpencil", "tertinggal",
    "metrologi", "meteorologi", "merdeka", "menyeluruh", "berencana", "bertahap", "berbasis",
    "terintegrasi", "terhadap", "tertinggi",
];

/// The subject starting after byte `end` (when `tentang` follows), with the byte where the
/// citation now ends.
pub(super) fn after(text: &str, end: usize) -> Option<(String, usize)> {
    let rest = text.get(end..)?;
    let lead = TENTANG.as_ref()?.find(rest)?;
    let body_start = end + lead.end();
    let body = text.get(body_start..)?;
    let mut last_end = None;
    let mut count = 0;
    let mut prev_and = false;
    let mut nested_tentang = false;
    let all: Vec<(usize, &str)> = word_iter(body).collect();
    for (n, &(i, word)) in all.iter().enumerate() {
        let lower = word.to_lowercase();
        let next = all
            .get(n + 1)
            .map(|(_, w)| w.to_lowercase())
            .unwrap_or_default();
        // `pada 15 Juni 2017`, `sejak Januari`: a date follows, which is not the subject.
        if matches!(
            lower.as_str(),
            "pada" | "sejak" | "hingga" | "per" | "sampai"
        ) && (next.starts_with(|c: char| c.is_ascii_digit()) || is_month_or_day(&next))
        {
            break;
        }
        // `tentang KPK dan Undang-Undang Nomor 6`: a second citation starts.
        if matches!(lower.as_str(), "dan" | "serta" | "atau" | "jo" | "juncto")
            && is_law_word(&next)
        {
            break;
        }
        let gap = &body[last_end.map_or(0, |e: usize| e)..i];
        if last_end.is_some() && gap.chars().any(|c| !c.is_whitespace() && c != '-') {
            break;
        }
        if gap.contains('\n') {
            break;
        }
        // A nested citation (`Perubahan atas UU Nomor 11 Tahun 2008 tentang ...`) belongs
        // to the subject; its `Nomor` and `Tahun` do too.
        let in_nested = nested_tentang && matches!(lower.as_str(), "nomor" | "no" | "tahun");
        if (STOP.contains(&lower.as_str()) && !in_nested) || (prev_and && is_verb(word)) {
            break;
        }
        if is_verb(word) && count > 0 {
            break;
        }
        if matches!(
            lower.as_str(),
            "undang-undang" | "uu" | "peraturan" | "atas"
        ) {
            nested_tentang = true;
        }
        // `dan`/`serta` followed by a verb ends it; check on the next word.
        prev_and = matches!(lower.as_str(), "dan" | "serta");
        last_end = Some(i + word.len());
        count += 1;
        if count >= 24 {
            break;
        }
    }
    let mut words_end = last_end?;
    // Never end on a connector.
    loop {
        let head = body[..words_end].trim_end();
        let last = head.rsplit(char::is_whitespace).next().unwrap_or("");
        if matches!(
            last.to_lowercase().as_str(),
            "dan"
                | "serta"
                | "atau"
                | "di"
                | "ke"
                | "dari"
                | "untuk"
                | "pada"
                | "dalam"
                | "atas"
                | "tentang"
        ) && head.len() > last.len()
        {
            words_end = head.len() - last.len();
        } else {
            words_end = head.len();
            break;
        }
    }
    let subject = body.get(..words_end)?.trim();
    if subject.is_empty() {
        return None;
    }
    Some((subject.to_string(), body_start + words_end))
}

/// Whether lower-case `w` opens a date: a month (full or abbreviated), `tanggal`, or a
/// weekday in its plain spelling (`Ahad` and `Jum'at` are not read here).
fn is_month_or_day(w: &str) -> bool {
    calendar::is_month_name(w)
        || calendar::is_month_abbreviation(w)
        || (calendar::is_weekday(w) && !matches!(w, "ahad" | "jum'at" | "jum\u{2019}at"))
        || w == "tanggal"
}

fn is_law_word(w: &str) -> bool {
    matches!(
        w,
        "uu" | "undang-undang"
            | "undang"
            | "peraturan"
            | "pp"
            | "perpres"
            | "perppu"
            | "perpu"
            | "perda"
            | "pergub"
            | "perbup"
            | "perwal"
            | "keppres"
            | "inpres"
            | "pasal"
            | "kuhp"
            | "keputusan"
            | "instruksi"
    ) || w.starts_with("permen")
}

/// Words with their byte offsets: letters, digits and inner `-`, `/`, `.` (`Nomor 11`,
/// `Undang-Undang`).
fn word_iter(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let inner = matches!(c, '-' | '/' | '\'') && start.is_some();
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(st) = start.take() {
            out.push((st, s[st..i].trim_end_matches(['-', '/', '\''])));
        }
        if out.len() > 40 {
            break;
        }
    }
    if let Some(st) = start {
        out.push((st, s[st..].trim_end_matches(['-', '/', '\''])));
    }
    out.into_iter()
}

/// A lower-case word with a verb prefix, not a known noun.
fn is_verb(word: &str) -> bool {
    if !word.starts_with(|c: char| c.is_lowercase()) || word.chars().count() < 6 {
        return false;
    }
    let lower = word.to_lowercase();
    let prefixed = ["me", "di", "ber", "ter", "mem", "men"]
        .iter()
        .any(|p| lower.starts_with(p));
    prefixed && !NOT_VERBS.contains(&lower.as_str())
}
