//! Indonesian given names with how often they were seen, from a list of registered names.
//!
//! Indonesian naming is largely single-name or given-name based (`Joko Widodo`, `Siti
//! Nurbaya`), so knowing that a capitalized word is a common given name is strong evidence
//! of a person. The list is noisy at its rare end (ordinary words that someone was once
//! named), which is why every entry carries a commonness and callers weigh it.

use super::WordMap;
use std::sync::LazyLock;

/// The shipped list: `name<TAB>female count<TAB>male count`, lower-case, one per line.
const DATA: &str = include_str!("../../data/given-names.tsv");

/// What the list knows of one given name.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GivenName {
    /// 0..=1: log-scaled number of bearers relative to the most common name.
    pub commonness: f32,
    /// Share of female bearers, 0..=1.
    pub female_share: f32,
}

static NAMES: LazyLock<WordMap<&'static str, GivenName>> = LazyLock::new(build);

fn build() -> WordMap<&'static str, GivenName> {
    let mut raw = Vec::new();
    let mut max = 1u32;
    for line in DATA.lines() {
        let mut fields = line.split('\t');
        let (Some(name), Some(f), Some(m)) = (fields.next(), fields.next(), fields.next()) else {
            continue;
        };
        let (Ok(f), Ok(m)) = (f.parse::<u32>(), m.parse::<u32>()) else {
            continue;
        };
        let total = f.saturating_add(m).max(1);
        max = max.max(total);
        raw.push((name, f, total));
    }
    let log_max = (max as f32).ln().max(1.0);
    raw.into_iter()
        .map(|(name, f, total)| {
            let entry = GivenName {
                commonness: ((total as f32).ln() / log_max).clamp(0.0, 1.0),
                female_share: f as f32 / total as f32,
            };
            (name, entry)
        })
        .collect()
}

/// Commonness (0..=1) of `lowercase` as a given name, if it is one.
///
/// The argument must already be lower-case (`"budi"`, not `"Budi"`).
pub fn lookup(lowercase: &str) -> Option<f32> {
    NAMES.get(lowercase).map(|n| n.commonness)
}

/// Everything the list knows about `lowercase` as a given name.
pub fn get(lowercase: &str) -> Option<GivenName> {
    NAMES.get(lowercase).copied()
}

/// Every name with its commonness (0..=1), in no particular order.
pub(crate) fn entries() -> impl Iterator<Item = (&'static str, f32)> {
    NAMES.iter().map(|(name, n)| (*name, n.commonness))
}

/// Number of names in the list.
pub fn len() -> usize {
    NAMES.len()
}

/// Build the table now.
pub(crate) fn warm_up() {
    LazyLock::force(&NAMES);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_and_rare_names() {
        // (name, expected present, minimum commonness)
        let cases = [
            ("muhammad", true, 0.99),
            ("budi", true, 0.5),
            ("siti", true, 0.7),
            ("joko", true, 0.4),
            ("Budi", false, 0.0), // callers lower-case first
            ("yang", false, 0.0), // stop words are left out
            ("xqzv", false, 0.0),
        ];
        for (name, present, min) in cases {
            let got = lookup(name);
            assert_eq!(got.is_some(), present, "{name}");
            if let Some(c) = got {
                assert!(c >= min && c <= 1.0, "{name}: {c}");
            }
        }
        assert!(len() > 10_000);
    }

    #[test]
    fn female_share_follows_counts() {
        let siti = get("siti").map(|n| n.female_share).unwrap_or(0.0);
        let ahmad = get("ahmad").map(|n| n.female_share).unwrap_or(1.0);
        assert!(siti > 0.9, "{siti}");
        assert!(ahmad < 0.1, "{ahmad}");
    }
}
