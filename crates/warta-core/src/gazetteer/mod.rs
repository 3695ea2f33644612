//! Typed, lazily built views over the shipped lists in `data/`: regions, world places,
//! agency acronyms, and the closed word classes (titles, honorifics, speech verbs) that
//! anchor the entity recognizers.

pub mod agencies;
pub mod places;
pub mod vocab;

pub mod given_names;

/// A fast hash for the short words and phrases the lists are looked up by (the Fx hash,
/// with the high bits of its last product brought down for the table's index). The lists
/// are fixed, so no resistance to crafted collisions is needed; the per-article maps of
/// names and words use it too, where it costs a fraction of the default hasher (news
/// text is not crafted to collide, and a collision only slows a look-up).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0xf135_7aea_2e62_a9c5);
    }
}

impl std::hash::Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The rest as a little-endian number, zero-padded (byte by byte: a copy of a
            // variable length would call `memcpy`).
            let w = rest
                .iter()
                .rev()
                .fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
            self.add(w ^ ((rest.len() as u64) << 56));
        }
    }

    #[inline]
    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}

/// Builds [`WordHasher`]s.
pub(crate) type WordHash = std::hash::BuildHasherDefault<WordHasher>;
/// A map keyed by words, with [`WordHasher`].
pub(crate) type WordMap<K, V> = std::collections::HashMap<K, V, WordHash>;
/// A set of words, with [`WordHasher`].
pub(crate) type WordSet<K> = std::collections::HashSet<K, WordHash>;

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
