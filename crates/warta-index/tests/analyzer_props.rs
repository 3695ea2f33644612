//! Invariants of the analyzers on any text: offsets on character boundaries, inside the
//! text and in order; positions increasing; stems never empty; no panic.

use proptest::prelude::*;
use tantivy::tokenizer::TextAnalyzer;
use warta_index::analyzer::{id_analyzer, id_stem_analyzer};

/// Indonesian-looking text with the characters that trouble tokenizers.
fn text() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "pelayanan",
        "Dilayani",
        "MENTERI",
        "di",
        "yang",
        "e-KTP",
        "anak-anak",
        "Jum'at",
        "1.000",
        "20/01/2020",
        "“kata”",
        "—",
        "(",
        ")",
        "é",
        "ß",
        "İ",
        "😀",
        "\u{301}",
        "\n",
        "  ",
        "-",
        "'",
        "memperbaiki",
        "kebijakannya",
        "ß-ß",
        "x",
        "",
    ]);
    prop::collection::vec(
        prop_oneof![word.prop_map(str::to_string), any::<String>()],
        0..40,
    )
    .prop_map(|parts| parts.join(" "))
}

fn check(analyzer: &mut TextAnalyzer, text: &str) -> Result<(), TestCaseError> {
    let mut stream = analyzer.token_stream(text);
    let mut last_from = 0;
    let mut last_position: Option<usize> = None;
    while let Some(t) = stream.next() {
        prop_assert!(t.offset_from < t.offset_to && t.offset_to <= text.len());
        prop_assert!(text.is_char_boundary(t.offset_from) && text.is_char_boundary(t.offset_to));
        prop_assert!(t.offset_from >= last_from, "offsets out of order");
        prop_assert!(
            last_position.is_none_or(|p| t.position > p),
            "positions not increasing"
        );
        prop_assert!(!t.text.is_empty());
        last_from = t.offset_from;
        last_position = Some(t.position);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn analyzers_keep_their_invariants(text in text()) {
        check(&mut id_analyzer(), &text)?;
        check(&mut id_stem_analyzer(Default::default()), &text)?;
    }

    #[test]
    fn the_stemmer_never_empties_a_word(word in "[a-z]{0,20}") {
        let stem = warta_core::lang::stem::stem(&word);
        prop_assert!(word.is_empty() || !stem.is_empty());
        prop_assert!(stem.len() <= word.len() + 1);
    }
}
