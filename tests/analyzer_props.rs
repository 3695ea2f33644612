//! Invariants of the index analyzers (`id`, `id_stem`) on arbitrary and Indonesian-looking
//! text: every token's offsets on char boundaries inside the text, offsets and positions in
//! order, no empty term, the same tokens twice. 64 cases by default (`PROPTEST_CASES`).

use std::sync::Arc;

use proptest::prelude::*;
use tantivy::tokenizer::{TextAnalyzer, TokenStream};
use warta_core::lang::stem::Stemmer;
use warta_index::analyzer::{id_analyzer, id_stem_analyzer};

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

const PIECES: &[&str] = &[
    "Pelayanan",
    "dilayani",
    "melayani",
    "MENYAMPAIKAN",
    "Kalbar,",
    "\"Kami",
    "siap,\"",
    "(20/01/2020)",
    "Jum'at",
    "S.H.,",
    "Dr.",
    "e\u{301}",
    "İstanbul",
    "ß",
    "ﬁ",
    "🇮🇩",
    "習近平",
    "-",
    "–",
    "’",
    "nya",
    "ke-2",
    "se-Kalbar",
    "pemberdayaan",
    "\u{200B}",
    "\u{A0}",
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "1.000,5",
];

fn text() -> impl Strategy<Value = String> {
    let indonesian = prop::collection::vec(
        (
            prop::sample::select(PIECES),
            prop::sample::select(&[" ", "", "\n", ", "][..]),
        ),
        0..60,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(p, s)| [p, s])
            .collect::<String>()
    });
    prop_oneof![any::<String>(), indonesian]
}

/// `(term, position, from, to)` of every token, checking each against `text`.
fn tokens(
    analyzer: &mut TextAnalyzer,
    text: &str,
) -> Result<Vec<(String, usize, usize, usize)>, TestCaseError> {
    let mut stream = analyzer.token_stream(text);
    let mut out: Vec<(String, usize, usize, usize)> = Vec::new();
    while stream.advance() {
        let t = stream.token();
        prop_assert!(
            t.offset_from <= t.offset_to && t.offset_to <= text.len(),
            "{t:?}"
        );
        prop_assert!(
            text.is_char_boundary(t.offset_from) && text.is_char_boundary(t.offset_to),
            "{t:?}"
        );
        prop_assert!(!t.text.is_empty(), "empty term {t:?}");
        if let Some(last) = out.last() {
            prop_assert!(
                last.1 < t.position,
                "positions not increasing: {last:?} then {t:?}"
            );
            prop_assert!(
                last.3 <= t.offset_from,
                "offsets overlap: {last:?} then {t:?}"
            );
        }
        out.push((t.text.clone(), t.position, t.offset_from, t.offset_to));
    }
    Ok(out)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn analyzers_offsets_valid_and_deterministic(s in text()) {
        let mut plain = id_analyzer();
        let mut stem = id_stem_analyzer(Arc::new(Stemmer::new()));
        let a = tokens(&mut plain, &s)?;
        prop_assert_eq!(&a, &tokens(&mut plain, &s)?);
        let b = tokens(&mut stem, &s)?;
        prop_assert_eq!(&b, &tokens(&mut stem, &s)?);
        // Stemming and stop words drop or shorten terms, never invent words elsewhere.
        prop_assert!(b.len() <= a.len());
        for t in &b {
            prop_assert!(a.iter().any(|u| u.2 == t.2 && u.3 == t.3), "{t:?} not a word span");
        }
    }
}
