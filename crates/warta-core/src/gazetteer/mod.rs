//! Typed, lazily built views over the shipped lists in `data/`: regions, world places,
//! agency acronyms, and the closed word classes (titles, honorifics, speech verbs) that
//! anchor the entity recognizers.

pub mod agencies;
pub mod places;
pub mod vocab;

pub mod given_names;

/// Build every lazily built list now, so that the first article does not pay for it.
pub fn warm_up() {
    places::warm_up();
    agencies::warm_up();
    vocab::warm_up();
    given_names::warm_up();
}

/// Lower-case key of a phrase: words joined by one space, hyphens and slashes kept.
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if word.is_ascii() {
            out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            out.push_str(&word.to_lowercase());
        }
    }
    out
}

/// Parse a tab-separated list: skip blank lines and `#` comments, split each row.
pub(crate) fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}
