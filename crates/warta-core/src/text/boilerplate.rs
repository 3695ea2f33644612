//! Site furniture: the lines a scraper picks up around an article that are not its
//! content (banners, reading-time badges, share and like widgets, `Baca juga:` links,
//! advertisements, staff lines, credit codes).

use std::sync::LazyLock;

use regex::Regex;

use crate::lang::words::word_spans;

/// What a furniture line is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Furniture {
    /// Not content; dropped from the body and recorded as written.
    Removed,
    /// A staff line naming the author (`Penulis: Budi`, `Reporter: Ani`): a byline
    /// candidate, carrying the name.
    Author(String),
    /// An editor's line (`Editor: Budi`, `Redaktur: Budi`): a byline of last resort when
    /// no author is named, carrying the name.
    Editor(String),
    /// A credit code standing alone on its line (`(Tim)`), carrying the code.
    Credit(String),
}

static BANNER: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^(?:banner\s*\d+\s*x\s*\d+[\s,|]*)+$"));
static READING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:waktu\s+baca\s*:?\s*)?\d{1,3}\s*(?:min(?:ute)?s?|menit)(?:\s*(?:read|baca|membaca))?\s*",
    )
});
static LIKES: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^(?:%d|\d+|satu|one)\s+bloggers?\s+(?:menyukai\s+ini|suka\s+ini|like\s+this)\s*[:.]?$")
});
static READ_ALSO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:baca|lihat|simak|tonton|klik)\s+(?:juga|pula|selengkapnya)|(?:berita|artikel|video)\s+terkait|related\s+(?:news|posts?|articles?)|read\s+(?:also|more))\b",
    )
});
static ADVERT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[-\s]*(?:advertisements?|advertisment|iklan|sponsored|konten\s+sponsor|scroll\s+to\s+continue(?:\s+with\s+content)?|gulir\s+(?:ke\s+bawah\s+)?untuk\s+melanjutkan(?:\s+membaca)?|lanjutkan\s+membaca|continue\s+reading|memuat\.*|loading\.*)[-\s.]*$",
    )
});
static STAFF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(editor|penulis|reporter|pewarta|redaktur|penyunting|kontributor|jurnalis|wartawan|writer|author|oleh|fotografer|foto|sumber|editing|copy\s*editor)\s*:\s*(.{1,80})$",
    )
});
/// A `Baca juga` link glued after the last sentence of a paragraph.
static READ_ALSO_TAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r#"[.!?"”]\s+\[?((?i:baca|simak|lihat)\s+(?i:juga)\s*[:\-–].{0,160})$"#));
/// A photo caption (`Tim Cook, CEO Apple (Foto: Reuters)`, `Gubernur meninjau (Dok.
/// Humas)`): a short line closed by its picture credit.
static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\((?:(?:foto|kredit|credit|photo|sumber\s+foto|gambar|ilustrasi)\s*:[^()]*|dok\.[^()]*|dokumentasi|ist(?:imewa)?\.?|ilustrasi)\)\s*$",
    )
});
/// Breadcrumbs and section labels above the headline (`Beranda » Berita » Daerah`,
/// `Papua | Pemerintahan`).
static BREADCRUMB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:home|beranda|index|indeks)\s*[»>/|›]|^(?-i:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2}(?:\s+[|»›>]\s+[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2})+)$",
    )
});
/// Script and markup left by the scraper (`/ / <! [CDATA [`).
static MARKUP_JUNK: LazyLock<Regex> =
    LazyLock::new(|| re(r"<!\s*\[\s*CDATA|\]\s*\]\s*>|^/\s*/|^<[a-zA-Z!/]"));
/// A credit code in parentheses standing alone on its line: `(Tim)`, `(HN/ORI-Kalbar)`,
/// `(*)`, `(adv)`.
static CREDIT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\(\s*([A-Za-z*][A-Za-z0-9*.]*(?:\s*[/\-]\s*[A-Za-z0-9*.]+)*|[A-Z][a-z]+(?: [A-Za-z]+){0,2})\s*\)\.?$",
    )
});
/// A credit code glued to the end of a paragraph after its final punctuation:
/// `...Kalbar.(HN/ORI-Kalbar)`, `...tutupnya. (MRF/RDM/APR)`, `...publik. (ant)`.
static CREDIT_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(r#"[.!?"”'”]\s*\(\s*([A-Za-z*][A-Za-z0-9*.]*(?:\s*[/\-]\s*[A-Za-z0-9*.]+)*)\s*\)\.?$"#)
});

/// Compile a constant pattern (each is exercised by the tests below).
fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("furniture pattern compiles")
}

/// Words of share and like widgets (`Share this:`, `Bagikan:`, `Suka ini:`, `Terkait`,
/// `Tweet`, `WhatsApp`, ...). A line made only of these, with at least one of
/// [`WIDGET_STRONG`], is a widget.
const WIDGET_WORDS: &[&str] = &[
    "share",
    "this",
    "bagikan",
    "ini",
    "like",
    "suka",
    "terkait",
    "related",
    "tweet",
    "whatsapp",
    "facebook",
    "twitter",
    "x",
    "telegram",
    "linkedin",
    "pinterest",
    "email",
    "e-mail",
    "print",
    "cetak",
    "line",
    "copy",
    "link",
    "salin",
    "tautan",
    "berbagi",
    "menyukai",
    "klik",
    "untuk",
    "click",
    "to",
    "on",
    "via",
    "artikel",
    "berita",
    "post",
    "posts",
    "tags",
    "tag",
    "label",
    "kategori",
    "category",
    "komentar",
    "comments",
    "comment",
    "reddit",
    "tumblr",
    "pocket",
    "messenger",
    "instagram",
    "youtube",
    "tiktok",
    "follow",
    "ikuti",
    "kami",
    "us",
    "di",
    "google",
    "news",
    "shares",
    "views",
    "dilihat",
    "kali",
    "reply",
    "balas",
    "tinggalkan",
    "balasan",
    "leave",
    "a",
    "opens",
    "in",
    "new",
    "window",
    "jendela",
    "baru",
    "membuka",
    "yang",
    "membagikan",
    "pada",
    "more",
    "lainnya",
];

/// Words that make a line of [`WIDGET_WORDS`] a widget.
const WIDGET_STRONG: &[&str] = &[
    "share",
    "bagikan",
    "like",
    "suka",
    "terkait",
    "related",
    "tweet",
    "whatsapp",
    "facebook",
    "twitter",
    "telegram",
    "linkedin",
    "pinterest",
    "berbagi",
    "menyukai",
    "tags",
    "tag",
    "komentar",
    "comments",
    "reddit",
    "tumblr",
    "messenger",
    "instagram",
    "email",
    "print",
    "cetak",
    "shares",
    "dilihat",
    "balasan",
];

/// Staff roles whose line names the editor.
const EDITOR_ROLES: &[&str] = &["editor", "redaktur", "penyunting"];

/// Staff roles whose line names the author; the others (editor, photographer, source) are
/// furniture only.
const AUTHOR_ROLES: &[&str] = &[
    "penulis",
    "reporter",
    "pewarta",
    "kontributor",
    "jurnalis",
    "wartawan",
    "writer",
    "author",
    "oleh",
];

/// Classify a trimmed line, or `None` when it is content.
pub fn classify(line: &str) -> Option<Furniture> {
    if line.is_empty() {
        return None;
    }
    if let Some(caps) = CREDIT_LINE.captures(line) {
        let code = caps.get(1).map_or("", |m| m.as_str()).trim();
        return Some(Furniture::Credit(code.to_string()));
    }
    if !line.chars().any(char::is_alphanumeric) {
        return Some(Furniture::Removed);
    }
    if line.len() > 200 {
        return None;
    }
    // `**Editor: Budi**`, `_Baca juga: ..._`: markdown emphasis around furniture.
    let line = line.trim_matches(['*', '_']).trim();
    if BANNER.is_match(line)
        || LIKES.is_match(line)
        || READ_ALSO
            .is_match(line.trim_start_matches(['[', '(', '*', '_', '>', '-', '\u{2022}', ' ']))
        || ADVERT.is_match(line)
        || MARKUP_JUNK.is_match(line)
        || BREADCRUMB.is_match(line)
        || (line.split_whitespace().count() <= 30 && CAPTION.is_match(line))
        || is_widget(line)
    {
        return Some(Furniture::Removed);
    }
    if let Some(caps) = STAFF.captures(line) {
        let role = caps.get(1).map_or("", |m| m.as_str()).to_lowercase();
        let name = caps.get(2).map_or("", |m| m.as_str()).trim();
        if name.is_empty() {
            return Some(Furniture::Removed);
        }
        if AUTHOR_ROLES.contains(&role.as_str()) {
            return Some(Furniture::Author(name.to_string()));
        }
        if EDITOR_ROLES.contains(&role.as_str()) {
            return Some(Furniture::Editor(name.to_string()));
        }
        return Some(Furniture::Removed);
    }
    None
}

/// A reading-time badge opening `line` (`2 min read`, glued or not to what follows), and
/// the rest of the line after it.
pub fn strip_reading_time(line: &str) -> Option<(&str, &str)> {
    let m = READING_TIME.find(line)?;
    let badge = line.get(..m.end())?.trim_end();
    let rest = line.get(m.end()..)?.trim_start();
    // "2 menit kemudian ..." is content: a badge stands alone or is glued to a capital.
    let badge_word = badge.to_lowercase();
    let glued_or_alone = rest.is_empty()
        || badge_word.ends_with("read")
        || badge_word.ends_with("baca")
        || badge_word.ends_with("membaca");
    glued_or_alone.then_some((badge, rest))
}

/// A `Baca juga:` link glued to the end of `line` after its last sentence: the line
/// without it, and the link.
pub fn strip_inline_read_also(line: &str) -> Option<(&str, &str)> {
    if !(line.contains("juga") || line.contains("JUGA") || line.contains("Juga")) {
        return None;
    }
    // The tail's `juga` is followed by a separator and at most 160 characters: a line
    // with no such `juga` is not read by the pattern.
    let bytes = line.as_bytes();
    let tail_juga = (0..bytes.len().saturating_sub(3)).any(|p| {
        bytes[p..p + 4].eq_ignore_ascii_case(b"juga")
            && line.get(p + 4..).is_some_and(|rest| {
                let rest = rest.trim_start();
                rest.starts_with([':', '-', '\u{2013}']) && rest.chars().count() <= 161
            })
    });
    if !tail_juga {
        return None;
    }
    let caps = READ_ALSO_TAIL.captures(line)?;
    let link = caps.get(1)?;
    let kept = line
        .get(..link.start())?
        .trim_end()
        .trim_end_matches('[')
        .trim_end();
    Some((kept, link.as_str()))
}

/// A credit code closing `paragraph` after its final punctuation: the paragraph without it
/// and the code.
pub fn strip_credit_tail(paragraph: &str) -> Option<(&str, &str)> {
    let caps = CREDIT_TAIL.captures(paragraph)?;
    let whole = caps.get(0)?;
    let code = caps.get(1)?.as_str().trim();
    if !is_credit_code(code) {
        return None;
    }
    // Keep the sentence's own final punctuation in the paragraph.
    let mark_len = paragraph.get(whole.start()..)?.chars().next()?.len_utf8();
    let kept = paragraph.get(..whole.start() + mark_len)?.trim_end();
    Some((kept, code))
}

/// Desk and agency codes of Indonesian news: initials joined by slashes (`MRF/RDM/APR`,
/// `HN/ORI-Kalbar`), `Tim` (the editorial team), `*` (a press release), or a short
/// all-capital or all-lower-case agency code (`ADV`, `ant`, `rls`, `jpnn`).
fn is_credit_code(code: &str) -> bool {
    if code.contains('/') || code.contains('*') {
        return true;
    }
    if code.eq_ignore_ascii_case("tim") {
        return true;
    }
    let letters = code.chars().all(|c| c.is_ascii_alphabetic());
    letters
        && (2..=6).contains(&code.len())
        && (code.chars().all(|c| c.is_ascii_lowercase())
            || code.chars().all(|c| c.is_ascii_uppercase()))
}

fn is_widget(line: &str) -> bool {
    if line.len() > 120 {
        return false;
    }
    let mut strong = false;
    for range in word_spans(line) {
        let word = line.get(range).unwrap_or("").to_lowercase();
        if word
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        {
            continue;
        }
        if !WIDGET_WORDS.contains(&word.as_str()) {
            return false;
        }
        strong |= WIDGET_STRONG.contains(&word.as_str());
    }
    strong
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_table() {
        use Furniture::*;
        let cases: &[(&str, Option<Furniture>)] = &[
            ("banner 120x600", Some(Removed)),
            ("banner 120x600 banner 120x600", Some(Removed)),
            ("%d blogger menyukai ini:", Some(Removed)),
            ("3 bloggers like this.", Some(Removed)),
            ("Share this:", Some(Removed)),
            ("Bagikan:", Some(Removed)),
            ("Like this:", Some(Removed)),
            ("Suka ini:", Some(Removed)),
            ("Terkait", Some(Removed)),
            ("Tweet", Some(Removed)),
            ("WhatsApp", Some(Removed)),
            ("Share on Facebook Share on Twitter", Some(Removed)),
            (
                "Klik untuk berbagi via WhatsApp (Membuka di jendela yang baru)",
                Some(Removed),
            ),
            ("Baca juga: Gubernur Resmikan Jembatan", Some(Removed)),
            ("BACA JUGA : Gubernur Resmikan Jembatan", Some(Removed)),
            ("[Baca juga: Gubernur Resmikan Jembatan]", Some(Removed)),
            ("Ia melihat juga bahwa ini sejalan.", None),
            ("Advertisement", Some(Removed)),
            ("- Advertisement -", Some(Removed)),
            ("SCROLL TO CONTINUE WITH CONTENT", Some(Removed)),
            ("***", Some(Removed)),
            ("Beranda » Berita » Daerah", Some(Removed)),
            ("Papua | Pemerintahan", Some(Removed)),
            ("Gubernur Papua Lantik Bupati | Ini Daftarnya", None),
            ("Tim Cook, CEO Apple (Foto: Reuters)", Some(Removed)),
            (
                "Gubernur meninjau lokasi (Dok. Humas Pemprov)",
                Some(Removed),
            ),
            ("/ / <! [CDATA [", Some(Removed)),
            ("Budi memotret (foto) kegiatan itu", None),
            ("Editor: Budi Santoso", Some(Editor("Budi Santoso".into()))),
            ("Foto: Humas Pemprov", Some(Removed)),
            ("Penulis: Ani Lestari", Some(Author("Ani Lestari".into()))),
            (
                "**Penulis: Ani Lestari**",
                Some(Author("Ani Lestari".into())),
            ),
            ("_Baca juga: Gubernur Resmikan Jembatan_", Some(Removed)),
            ("Reporter : Ani Lestari", Some(Author("Ani Lestari".into()))),
            ("(Tim)", Some(Credit("Tim".into()))),
            ("(HN/ORI-Kalbar)", Some(Credit("HN/ORI-Kalbar".into()))),
            ("(*)", Some(Credit("*".into()))),
            ("Tim Ombudsman hadir di Pontianak.", None),
            ("Suka duka menjadi relawan diceritakan Budi.", None),
            ("Bagikan bantuan kepada warga terdampak banjir", None),
            ("", None),
        ];
        for (line, want) in cases {
            assert_eq!(classify(line), *want, "classify({line:?})");
        }
    }

    #[test]
    fn reading_time() {
        assert_eq!(
            strip_reading_time("2 min readBANJARBARU – Sebanyak"),
            Some(("2 min read", "BANJARBARU – Sebanyak"))
        );
        assert_eq!(
            strip_reading_time("3 menit baca"),
            Some(("3 menit baca", ""))
        );
        assert_eq!(strip_reading_time("2 menit kemudian polisi tiba."), None);
        assert_eq!(strip_reading_time("PONTIANAK - Dua menit"), None);
    }

    #[test]
    fn inline_read_also() {
        assert_eq!(
            strip_inline_read_also("Tugasnya sempurna. SIMAK JUGA - Inter Milan Juara"),
            Some(("Tugasnya sempurna.", "SIMAK JUGA - Inter Milan Juara"))
        );
        assert_eq!(
            strip_inline_read_also("Ia melihat juga: ini sejalan."),
            None
        );
        assert_eq!(strip_inline_read_also("Baca juga: x"), None);
    }

    #[test]
    fn credit_tail() {
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            (
                "Setda Provinsi Kalbar.(HN/ORI-Kalbar)",
                Some(("Setda Provinsi Kalbar.", "HN/ORI-Kalbar")),
            ),
            (
                "rencana pembangunan,” tutupnya. (MRF/RDM/APR)",
                Some(("rencana pembangunan,” tutupnya.", "MRF/RDM/APR")),
            ),
            ("hadir di sana. (ant)", Some(("hadir di sana.", "ant"))),
            ("hadir di sana.”(Tim)", Some(("hadir di sana.”", "Tim"))),
            ("menandatangani Perjanjian Kerja Sama (PKS)", None),
            ("menandatangani Perjanjian Kerja Sama (PKS).", None),
            ("oleh gubernur. (Kalimantan)", None),
            ("(", None),
        ];
        for (paragraph, want) in cases {
            assert_eq!(
                strip_credit_tail(paragraph),
                *want,
                "strip_credit_tail({paragraph:?})"
            );
        }
    }
}
