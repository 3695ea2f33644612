//! Invariants of extraction on arbitrary and Indonesian-looking text: no panic, every span
//! on char boundaries inside `text`, mention lists in order, the same article twice.
//!
//! 64 cases per property by default so that CI stays short; `PROPTEST_CASES=10000` for a
//! long run.

use std::ops::Range;
use std::sync::LazyLock;

use proptest::prelude::*;
use warta_core::extract::dates;
use warta_core::lang::{sentences, words};
use warta_core::{Article, Doc, ExtractOptions, Extractor, Input, Mention, TaggerMode};

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| {
    let options = ExtractOptions {
        reference_date: Some(time::macros::date!(2020 - 01 - 20)),
        tagger: TaggerMode::Default,
    };
    Extractor::new(options).expect("built-in extractor")
});

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

/// Pieces of Indonesian news text, chosen for the traps of each recognizer: weekdays
/// opening a parenthesized date, slashes and dots in dates and times, law citations with
/// their article references, honorifics with dots, every kind of quotation mark, and
/// multi-byte characters next to all of them.
const PIECES: &[&str] = &[
    "Senin",
    "Selasa",
    "Rabu",
    "Kamis",
    "Jumat",
    "Jum'at",
    "Sabtu",
    "Minggu",
    "(",
    ")",
    "20",
    "01",
    "2020",
    "/",
    "20/01/2020",
    "(20/1)",
    "31-12-2019",
    "09.00",
    "WIB",
    "pukul",
    "Januari",
    "Februari",
    "Mei",
    "Agustus",
    "Desember",
    "3-10 Oktober 2025",
    "kemarin",
    "lalu",
    "depan",
    "tahun",
    "UU",
    "Nomor",
    "No.",
    "Tahun",
    "Pasal",
    "Ayat",
    "(2)",
    "huruf",
    "tentang",
    "Perda",
    "Pergub",
    "PP",
    "Permendagri",
    "12/PMK.05/2020",
    "Gubernur",
    "Kalbar",
    "Kalimantan Barat",
    "Bupati",
    "Plt.",
    "Pj.",
    "Plh.",
    "Dr.",
    "H.",
    "S.H.,",
    "M.Si",
    "Ir.",
    "Kepala",
    "Dinas",
    "Pendidikan",
    "Pemprov",
    "Ombudsman",
    "RI",
    "DPRD",
    "Kementerian",
    "Badan",
    "PT",
    "Tbk",
    "Sutarmidji",
    "Biroum",
    "Siti",
    "Nurhaliza",
    "MoU",
    "nota kesepakatan",
    "PKS",
    "berita acara",
    "ditandatangani",
    "akan",
    "menandatangani",
    "\"",
    "“",
    "”",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "kata",
    "ujar",
    "ungkapnya",
    "jelas",
    ",",
    ".",
    ";",
    ":",
    "-",
    "–",
    "—",
    "\n",
    "\n\n",
    "PONTIANAK",
    "JAKARTA -",
    "**",
    "#",
    "é",
    "e\u{301}",
    "🇮🇩",
    "👍🏽",
    "習近平",
    "\u{200B}",
    "\u{A0}",
    "\t",
    "Rp",
    "1.000.000",
    "50%",
    "...",
];

fn indonesian_text() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(PIECES);
    let sep = prop::sample::select(&[" ", " ", " ", "", "\n", ", "][..]);
    prop::collection::vec((piece, sep), 0..120).prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(p, s)| [p, s])
            .collect::<String>()
    })
}

fn arbitrary_or_indonesian() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), indonesian_text(), "[ -~\n(/)\"]{0,200}"]
}

fn check_span(text: &str, start: usize, end: usize, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(start <= end, "{what}: {start} > {end}");
    prop_assert!(end <= text.len(), "{what}: end {end} past {}", text.len());
    prop_assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: {start}..{end} not on char boundaries"
    );
    Ok(())
}

fn check_mentions(text: &str, mentions: &[Mention], what: &str) -> Result<(), TestCaseError> {
    for m in mentions {
        check_span(text, m.start, m.end, what)?;
    }
    prop_assert!(
        mentions.windows(2).all(|w| w[0] <= w[1]),
        "{what}: mentions out of order: {mentions:?}"
    );
    Ok(())
}

/// Every span of an article is valid, and what the schema says is "as written" is the text
/// under its span.
fn check_article(a: &Article) -> Result<(), TestCaseError> {
    let text = a.text.as_str();
    for d in &a.dates {
        check_span(text, d.start, d.end, "date")?;
        prop_assert_eq!(&text[d.start..d.end], d.text.as_str(), "date text");
    }
    for l in &a.laws {
        check_span(text, l.start, l.end, "law")?;
        prop_assert_eq!(&text[l.start..l.end], l.text.as_str(), "law text");
    }
    for q in &a.quotes {
        check_span(text, q.start, q.end, "quote")?;
    }
    for p in &a.people {
        check_mentions(text, &p.mentions, "person")?;
    }
    for o in &a.organizations {
        check_mentions(text, &o.mentions, "organization")?;
    }
    for p in &a.places {
        check_mentions(text, &p.mentions, "place")?;
    }
    for g in &a.agreements {
        check_mentions(text, &g.mentions, "agreement")?;
    }
    Ok(())
}

fn check_ranges(text: &str, ranges: &[Range<usize>], what: &str) -> Result<(), TestCaseError> {
    for r in ranges {
        check_span(text, r.start, r.end, what)?;
    }
    prop_assert!(
        ranges.windows(2).all(|w| w[0].end <= w[1].start),
        "{what}: overlapping or unordered: {ranges:?}"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn extraction_spans_valid_and_deterministic(text in arbitrary_or_indonesian()) {
        let input = Input::from_text(text);
        let first = EXTRACTOR.extract(&input);
        check_article(&first)?;
        let second = EXTRACTOR.extract(&input);
        let (a, b) = (serde_json::to_string(&first), serde_json::to_string(&second));
        prop_assert_eq!(a.ok(), b.ok(), "same input, different JSON");
    }

    #[test]
    fn extraction_with_given_title_and_date(
        title in arbitrary_or_indonesian(),
        body in indonesian_text(),
        published in prop_oneof![indonesian_text(), "[0-9]{1,4}-[0-9]{1,2}-[0-9]{1,2}"],
    ) {
        let input = Input {
            id: Some("p".into()),
            source: None,
            title: Some(title),
            text: body,
            published: Some(published),
        };
        let article = EXTRACTOR.extract(&input);
        check_article(&article)?;
        if let Some(p) = &article.published {
            prop_assert!(p.len() == 10 && p.as_bytes()[4] == b'-', "published {p:?} not ISO");
        }
    }

    #[test]
    fn date_parsers_never_panic(s in arbitrary_or_indonesian()) {
        let _ = dates::parse_publication(&s);
        if let Some((_, len)) = dates::parse_date_prefix(&s) {
            prop_assert!(len <= s.len() && s.is_char_boundary(len), "prefix length {len}");
        }
        let doc = Doc::new(&s, time::macros::date!(2020 - 01 - 20), false);
        for d in dates::find(&doc, &[]) {
            check_span(&s, d.start, d.end, "date")?;
        }
    }

    #[test]
    fn segmentation_spans_valid(s in arbitrary_or_indonesian()) {
        let words: Vec<_> = words::word_spans(&s).collect();
        check_ranges(&s, &words, "word")?;
        prop_assert!(words.iter().all(|w| w.start < w.end), "empty word in {words:?}");
        let sentences = sentences::sentence_spans(&s);
        check_ranges(&s, &sentences, "sentence")?;
        let doc = Doc::new(&s, time::macros::date!(2020 - 01 - 20), false);
        for pos in [0, s.len() / 2, s.len()] {
            if let Some(r) = doc.sentence_at(pos) {
                check_span(&s, r.start, r.end, "sentence_at")?;
            }
        }
    }
}
