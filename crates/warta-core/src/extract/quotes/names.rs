//! Where the people of an article are named: their resolved mentions, plus every
//! whole-word occurrence of their name and aliases (`Paman Birin`, `Agus`), so that a speaker
//! is found even where the entity stage missed a mention.

use std::cell::OnceCell;

use std::ops::Range;

use crate::article::Person;
use crate::extract::context;
use crate::gazetteer::WordMap;

/// Person occurrences in a text, sorted by start, none inside another.
#[derive(Debug, Default)]
pub(super) struct Names<'p> {
    people: &'p [Person],
    /// (span, index into `people`).
    spots: Vec<(Range<usize>, usize)>,
    /// Each word of a name or alias, with the one person bearing it (`None`: several do),
    /// built when first asked.
    tokens: OnceCell<WordMap<&'p str, Option<usize>>>,
    /// The role titles, as [`title_words`], built when first asked.
    roles: OnceCell<RoleIndex>,
}

/// Role titles by their words: each whole title and each of its beginnings, with the one
/// person holding it (`None`: several do). A role phrase is then answered by a few
/// lookups, whatever the number of people.
#[derive(Debug, Default)]
struct RoleIndex {
    /// Whole titles.
    titles: WordMap<Vec<String>, Option<usize>>,
    /// Every beginning of a title, the whole title included.
    beginnings: WordMap<Vec<String>, Option<usize>>,
}

/// Record that person `idx` is found under `key`.
fn note(map: &mut WordMap<Vec<String>, Option<usize>>, key: &[String], idx: usize) {
    match map.get_mut(key) {
        Some(e) => {
            if *e != Some(idx) {
                *e = None;
            }
        }
        None => {
            map.insert(key.to_vec(), Some(idx));
        }
    }
}

impl RoleIndex {
    fn new(people: &[Person]) -> Self {
        let mut index = RoleIndex::default();
        for (idx, p) in people.iter().enumerate() {
            for r in &p.roles {
                let t = title_words(&r.title);
                if t.is_empty() {
                    continue;
                }
                note(&mut index.titles, &t, idx);
                for n in 1..=t.len() {
                    note(&mut index.beginnings, &t[..n], idx);
                }
            }
        }
        index
    }
}

impl<'p> Names<'p> {
    pub fn new(text: &str, people: &'p [Person]) -> Self {
        let things = people.iter().map(|p| {
            let surfaces = std::iter::once(&p.name)
                .chain(p.aliases.iter())
                .map(String::as_str)
                .filter(|s| s.chars().count() >= 3);
            (p.mentions.as_slice(), surfaces)
        });
        Names {
            people,
            spots: context::name_spots(text, things),
            tokens: OnceCell::new(),
            roles: OnceCell::new(),
        }
    }

    /// Occurrences starting in `range`, in order.
    pub fn within(&self, range: Range<usize>) -> &[(Range<usize>, usize)] {
        let lo = self.spots.partition_point(|s| s.0.start < range.start);
        let hi = self.spots.partition_point(|s| s.0.start < range.end);
        self.spots.get(lo..hi).unwrap_or(&[])
    }

    /// The canonical name of person `idx`.
    pub fn name(&self, idx: usize) -> Option<&'p str> {
        self.people.get(idx).map(|p| p.name.as_str())
    }

    /// The one person holding a role whose title begins with `phrase` (lower-case words,
    /// `pj gubernur`), or that `phrase` begins with, when exactly one person does.
    pub fn by_role(&self, phrase: &[String]) -> Option<usize> {
        // A pronoun or a bare common word is no role.
        // `Pj.`, `Plt.`, `Plh.` mark an acting holder; titles are kept without them.
        let phrase: Vec<&str> = phrase
            .iter()
            .map(|w| w.trim_end_matches('.'))
            .skip_while(|w| matches!(*w, "pj" | "plt" | "plh"))
            .collect();
        let short = phrase.len() == 1 && phrase.first().is_some_and(|w| w.len() < 4);
        if phrase.is_empty() || short {
            return None;
        }
        // A title the phrase begins with, or one beginning with the whole phrase.
        let roles = self.roles.get_or_init(|| RoleIndex::new(self.people));
        let mut key: Vec<String> = Vec::with_capacity(phrase.len());
        let mut hits = Vec::with_capacity(phrase.len() + 1);
        for w in &phrase {
            key.push((*w).to_string());
            hits.push(roles.titles.get(&key));
        }
        hits.push(roles.beginnings.get(&key));
        let mut found = None;
        for hit in hits.into_iter().flatten() {
            match (*hit, found) {
                (None, _) => return None,
                (Some(idx), Some(f)) if f != idx => return None,
                (Some(idx), _) => found = Some(idx),
            }
        }
        found
    }

    /// The one person whose name or alias has `word` as a word (`Rita` for Rita Hastarita),
    /// when exactly one person does.
    pub fn by_token(&self, word: &str) -> Option<usize> {
        if word.chars().count() < 3 || !word.starts_with(char::is_uppercase) {
            return None;
        }
        let tokens = self.tokens.get_or_init(|| {
            let mut tokens: WordMap<&'p str, Option<usize>> = WordMap::default();
            for (idx, p) in self.people.iter().enumerate() {
                let words = std::iter::once(&p.name)
                    .chain(p.aliases.iter())
                    .flat_map(|s| s.split_whitespace())
                    .map(|t| t.trim_matches(','));
                for t in words {
                    tokens
                        .entry(t)
                        .and_modify(|e| {
                            if *e != Some(idx) {
                                *e = None;
                            }
                        })
                        .or_insert(Some(idx));
                }
            }
            tokens
        });
        tokens.get(word).copied().flatten()
    }
}

/// Lower-case words of a role title, dots dropped (`Pj. Gubernur Kaltim` -> `pj gubernur
/// kaltim`).
fn title_words(title: &str) -> Vec<String> {
    title
        .split(|c: char| c.is_whitespace() || c == '.')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .skip_while(|w| matches!(w.as_str(), "pj" | "plt" | "plh"))
        .collect()
}
