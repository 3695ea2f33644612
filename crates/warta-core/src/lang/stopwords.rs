//! Indonesian stop words: function words too common to help a search (`yang`, `dan`,
//! `di`, `untuk`). The list is `data/stopwords-id.txt` (stopwords-iso, MIT, after Tala 2003).

use std::collections::HashSet;
use std::sync::LazyLock;

static WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../data/stopwords-id.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Whether a lower-case word is an Indonesian stop word.
pub fn is_stop_word(word: &str) -> bool {
    WORDS.contains(word)
}

/// Every stop word, in no particular order.
pub fn stop_words() -> impl Iterator<Item = &'static str> {
    WORDS.iter().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_stop_words_and_content_words_are_not() {
        for (word, stop) in [
            ("yang", true),
            ("dan", true),
            ("untuk", true),
            ("tersebut", true),
            ("menteri", false),
            ("pelayanan", false),
            ("ombudsman", false),
            ("Yang", false),
        ] {
            assert_eq!(is_stop_word(word), stop, "{word}");
        }
    }

    #[test]
    fn every_line_is_one_lower_case_word() {
        assert!(stop_words().count() > 700);
        for w in stop_words() {
            assert!(w.chars().all(|c| c.is_lowercase() || c == '-'), "{w:?}");
        }
    }
}
