//! The learned name tagger: people, organizations and places (PER / ORG / LOC) beyond what
//! rules can see.
//!
//! An averaged perceptron over hashed features (word, case and shape, affixes, the words
//! around, lexicon memberships) scores BIO tags per token; Viterbi decoding under BIO
//! constraints picks the best sequence. Tagging is built for speed: features are hashed
//! from the token bytes without allocating, the weights of four features share a cache
//! line, and the scores of the features that depend on one word only are cached per word
//! and thread, so a recurring word costs only its context features. The model ships inside the crate
//! (`data/ner/model.bin`, see `data/README.md`) and [`train`] rebuilds it from labelled
//! BIO files.

use std::cell::RefCell;
use std::ops::Range;

use crate::error::Error;

mod document;
mod features;
mod model;
mod tokens;
pub mod train;

use features::{Casing, FeatureSet, Features, Group, KeyBuf, Scope, GROUPS};
use model::{Model, RawScores, Tag, Viterbi, TAGS};

/// The shipped model.
const BUILTIN: &[u8] = include_bytes!("../../data/ner/model.bin");

/// Sentences longer than this many tokens are tagged in windows, so that one huge
/// "sentence" (text without punctuation, a crude segmentation) costs linear time and
/// keeps decoding local.
const MAX_WINDOW: usize = 100;

/// Entity labels the tagger emits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NerLabel {
    /// A person.
    Per,
    /// An organization.
    Org,
    /// A place.
    Loc,
}

/// A tagged span.
#[derive(Debug, Clone, PartialEq)]
pub struct NerSpan {
    /// Byte range in the text.
    pub span: Range<usize>,
    /// Label.
    pub label: NerLabel,
    /// Confidence in 0..=1.
    pub confidence: f32,
}

/// A sequence tagger.
#[derive(Debug)]
pub struct Tagger {
    model: Model,
    features: FeatureSet,
}

/// Whether spans are decided per sentence only or also made consistent over the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Consistency {
    Sentence,
    Document,
}

/// Reusable buffers for tagging one document.
#[derive(Debug, Default)]
struct Scratch {
    tokens: Vec<Range<usize>>,
    windows: Vec<Range<usize>>,
    features: Features,
    words: WordScores,
    sums: Vec<[RawScores; 5]>,
    emissions: Vec<[f32; TAGS]>,
    viterbi: Viterbi,
    tags: Vec<Tag>,
}

thread_local! {
    /// Each thread's tagging buffers, kept between documents so that tagging allocates
    /// only while they grow.
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Tagger {
    /// The model shipped with the crate, if any.
    pub fn builtin() -> Result<Option<Tagger>, Error> {
        if BUILTIN.is_empty() {
            return Ok(None);
        }
        Tagger::from_bytes(BUILTIN).map(Some)
    }

    /// A tagger from a model file's bytes (as written by [`train`]).
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, Error> {
        let model = Model::from_bytes(bytes)?;
        features::warm_up();
        Ok(Tagger {
            features: FeatureSet::from_bits(model.feature_set),
            model,
        })
    }

    /// Number of feature weight rows in the model.
    pub fn feature_rows(&self) -> usize {
        self.model.rows()
    }

    /// Tag the words of one document, sentence by sentence.
    ///
    /// `words` are the document's word spans; the tagger splits punctuation off them on
    /// its own, the way its training data does, so only `sentences` guide it. Sentences
    /// are further cut at sentence-final punctuation and line breaks and into windows of
    /// at most a hundred tokens, so a crude segmentation costs nothing in speed. An
    /// acronym defined in brackets takes the label of the name before it, or none when
    /// that name is no entity (`Perjanjian Kerja Sama (PKS)`).
    pub fn tag(
        &self,
        text: &str,
        words: &[Range<usize>],
        sentences: &[Range<usize>],
    ) -> Vec<NerSpan> {
        self.tag_with(text, words, sentences, Consistency::Sentence)
    }

    /// Like [`Tagger::tag`], then made consistent over the document: a surface keeps its
    /// majority label, and names tagged confidently once (and the single names of people
    /// tagged in full) are tagged again where they recur untagged. On the labelled sets
    /// (sentences without their articles) this costs about half a point of F1; it is
    /// there for callers that resolve whole articles without their own alias matching.
    pub fn tag_document(
        &self,
        text: &str,
        words: &[Range<usize>],
        sentences: &[Range<usize>],
    ) -> Vec<NerSpan> {
        self.tag_with(text, words, sentences, Consistency::Document)
    }

    fn tag_with(
        &self,
        text: &str,
        _words: &[Range<usize>],
        sentences: &[Range<usize>],
        mode: Consistency,
    ) -> Vec<NerSpan> {
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => self.tag_in(text, sentences, mode, &mut scratch),
            // Only reachable if tagging ever re-entered itself on one thread.
            Err(_) => self.tag_in(text, sentences, mode, &mut Scratch::default()),
        })
    }

    fn tag_in(
        &self,
        text: &str,
        sentences: &[Range<usize>],
        mode: Consistency,
        scratch: &mut Scratch,
    ) -> Vec<NerSpan> {
        let mut out = Vec::new();
        scratch.tokens.clear();
        scratch.windows.clear();
        let whole = 0..text.len();
        let sentences = if sentences.is_empty() {
            std::slice::from_ref(&whole)
        } else {
            sentences
        };
        // A text without a single capital letter tells nothing by case.
        let casing = if text.chars().any(char::is_uppercase) {
            Casing::Cased
        } else {
            Casing::Uncased
        };
        for sentence in sentences {
            let first = scratch.tokens.len();
            tokens::tokenize(text, sentence.clone(), &mut scratch.tokens);
            let mut start = first;
            let n = scratch.tokens.len();
            for i in first..n {
                let ends_here = i + 1 == n
                    || i + 1 - start >= MAX_WINDOW
                    || text
                        .get(scratch.tokens[i].clone())
                        .is_some_and(|t| matches!(t, "." | "!" | "?"))
                    || text
                        .get(scratch.tokens[i].end..scratch.tokens[i + 1].start)
                        .is_some_and(|gap| gap.contains('\n'));
                if ends_here {
                    scratch.windows.push(start..i + 1);
                    start = i + 1;
                }
            }
        }
        for w in 0..scratch.windows.len() {
            let window = scratch.windows[w].clone();
            self.tag_window(text, window, casing, scratch, &mut out);
        }
        if casing == Casing::Cased {
            document::follow_acronyms(text, &scratch.tokens, &mut out);
        }
        if mode == Consistency::Document && casing == Casing::Cased {
            document::propagate(text, &scratch.tokens, &mut out, features::is_honorific);
        }
        out
    }

    fn tag_window(
        &self,
        text: &str,
        window: Range<usize>,
        casing: Casing,
        scratch: &mut Scratch,
        out: &mut Vec<NerSpan>,
    ) {
        let Some(toks) = scratch.tokens.get(window) else {
            return;
        };
        scratch
            .features
            .extract(text, toks, casing, self.features, Scope::Context);
        emissions(
            &self.model,
            self.features,
            casing,
            &scratch.features,
            &mut scratch.words,
            &mut scratch.sums,
            &mut scratch.emissions,
        );
        scratch.viterbi.decode(
            &scratch.emissions,
            &self.model.transitions,
            &mut scratch.tags,
        );
        let tags = &scratch.tags;
        for (i, j, label) in model::entity_runs(tags) {
            let mut confidence = 0.0;
            for k in i..j {
                let prev = if k == 0 { model::START } else { tags[k - 1] };
                confidence += local_probability(&self.model, &scratch.emissions[k], prev, tags[k]);
            }
            out.push(NerSpan {
                span: toks[i].start..toks[j - 1].end,
                label,
                confidence: confidence / (j - i) as f32,
            });
        }
    }
}

/// Tokens whose weight slots are fetched ahead of the token being scored.
const AHEAD: usize = 2;

/// Entries of the per-thread word score cache.
const WORD_CACHE: usize = 4096;

/// The scores of the keys that depend on one word only ([`features::word_keys`]), per
/// word as written and casing: news repeats its words, so most tokens find their word
/// here and look up only the keys that depend on their context. Sums of integer weights,
/// so a cached score is exactly the one looked up key by key.
#[derive(Debug, Default)]
struct WordScores {
    entries: Vec<WordEntry>,
}

#[derive(Debug, Clone, Copy, Default)]
struct WordEntry {
    /// The model the scores are from (0: none).
    model: u64,
    word: u64,
    cased: bool,
    scores: [RawScores; 5],
}

impl WordScores {
    fn get(
        &mut self,
        model: &Model,
        set: FeatureSet,
        casing: Casing,
        info: &features::TokInfo,
        keys: &mut KeyBuf,
    ) -> [RawScores; 5] {
        if self.entries.is_empty() {
            self.entries = vec![WordEntry::default(); WORD_CACHE];
        }
        let cased = casing == Casing::Cased;
        let slot = (info.word.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 52) as usize % WORD_CACHE;
        let entry = &mut self.entries[slot];
        if entry.model == model.id && entry.word == info.word && entry.cased == cased {
            return entry.scores;
        }
        let mut scores = [[0i32; TAGS]; 5];
        for (s, group) in scores.iter_mut().zip(GROUPS) {
            keys.clear();
            features::word_keys(info, group, casing, set, keys);
            *s = model.raw_scores(keys.keys());
        }
        *entry = WordEntry {
            model: model.id,
            word: info.word,
            cased,
            scores,
        };
        scores
    }
}

fn add(acc: &mut RawScores, more: &RawScores) {
    for (a, m) in acc.iter_mut().zip(more) {
        *a += m;
    }
}

/// Per-token tag scores: the context keys of each token looked up, the rest from the
/// word score cache.
fn emissions(
    model: &Model,
    set: FeatureSet,
    casing: Casing,
    features: &Features,
    words: &mut WordScores,
    sums: &mut Vec<[RawScores; 5]>,
    out: &mut Vec<[f32; TAGS]>,
) {
    out.clear();
    sums.clear();
    let n = features.len();
    let mut keys = KeyBuf::default();
    for i in 0..n {
        if let Some(info) = features.word(i) {
            sums.push(words.get(model, set, casing, info, &mut keys));
        }
    }
    // What neighbours outside the sentence give.
    let mut edges = [[0i32; TAGS]; 5];
    for (e, group) in edges.iter_mut().zip(GROUPS) {
        keys.clear();
        features::edge_keys(group, casing, set, &mut keys);
        *e = model.raw_scores(keys.keys());
    }
    let neighbour = |j: Option<usize>, group: Group| -> &RawScores {
        let g = group as usize;
        match j.and_then(|j| sums.get(j)) {
            Some(s) => &s[g],
            None => &edges[g],
        }
    };
    model.touch(features.keys_of(0..n.min(AHEAD)));
    for i in 0..n {
        if i + AHEAD < n {
            model.touch(features.of(i + AHEAD));
        }
        let mut raw = model.raw_scores(features.of(i));
        if let Some(s) = sums.get(i) {
            add(&mut raw, &s[Group::Word as usize]);
        }
        add(&mut raw, neighbour(i.checked_sub(1), Group::Before));
        add(&mut raw, neighbour(Some(i + 1), Group::After));
        add(&mut raw, neighbour(i.checked_sub(2), Group::Before2));
        add(&mut raw, neighbour(Some(i + 2), Group::After2));
        out.push(model.scale(&raw));
    }
}

/// Softmax probability of `tag` among the tags allowed after `prev`, from the local score.
fn local_probability(model: &Model, emission: &[f32; TAGS], prev: usize, tag: Tag) -> f32 {
    let score = |t: Tag| emission[t] + model.transitions[prev][t];
    let mine = score(tag);
    let mut sum = 0f32;
    for t in 0..TAGS {
        if model::allowed(prev, t) {
            sum += (score(t) - mine).min(30.0).exp();
        }
    }
    if sum > 0.0 {
        (1.0 / sum).clamp(0.0, 1.0)
    } else {
        0.0
    }
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    #[test]
    fn builtin_model_loads_and_tags() {
        let tagger = Tagger::builtin();
        assert!(tagger.is_ok(), "{:?}", tagger.err());
        let Ok(Some(tagger)) = tagger else { return };
        let text = "Presiden Joko Widodo meresmikan Bendungan Karian di Kabupaten Lebak, Banten, \
                    bersama Kementerian Pekerjaan Umum dan Perumahan Rakyat.";
        let spans = tagger.tag(text, &[], &[0..text.len()]);
        let found: Vec<(&str, NerLabel)> = spans
            .iter()
            .map(|s| (&text[s.span.clone()], s.label))
            .collect();
        assert!(found.contains(&("Joko Widodo", NerLabel::Per)), "{found:?}");
        assert!(
            found
                .iter()
                .any(|(t, l)| t.contains("Kementerian") && *l == NerLabel::Org),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|(t, l)| t.contains("Banten") && *l == NerLabel::Loc),
            "{found:?}"
        );
        for s in &spans {
            assert!(s.confidence > 0.0 && s.confidence <= 1.0);
        }
    }

    /// Scores from the word cache equal the scores of every key looked up one by one.
    #[test]
    fn cached_word_scores_are_exact() {
        let Ok(Some(tagger)) = Tagger::builtin() else {
            return;
        };
        let texts = [
            "Presiden Joko Widodo meresmikan Bendungan Karian di Kabupaten Lebak, Banten.",
            "kata budi di jakarta , senin .",
            "Komisi Pemberantasan Korupsi (KPK) memeriksa Budi. Budi hadir. KPK menahan Budi.",
            "A",
            "",
        ];
        let mut words = WordScores::default();
        let mut sums = Vec::new();
        for text in texts {
            for casing in [Casing::Cased, Casing::Uncased] {
                let mut toks = Vec::new();
                tokens::tokenize(text, 0..text.len(), &mut toks);
                let mut all = Features::default();
                all.extract(text, &toks, casing, tagger.features, Scope::All);
                let mut context = Features::default();
                context.extract(text, &toks, casing, tagger.features, Scope::Context);
                // Twice: the second time every word comes from the cache.
                for _ in 0..2 {
                    let mut cached = Vec::new();
                    emissions(
                        &tagger.model,
                        tagger.features,
                        casing,
                        &context,
                        &mut words,
                        &mut sums,
                        &mut cached,
                    );
                    assert_eq!(cached.len(), toks.len(), "{text}");
                    for (i, got) in cached.iter().enumerate() {
                        let want = tagger.model.scale(&tagger.model.raw_scores(all.of(i)));
                        assert_eq!(got, &want, "{text:?} token {i} {casing:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn any_text_is_safe() {
        let Ok(Some(tagger)) = Tagger::builtin() else {
            return;
        };
        let long = "Budi ".repeat(1000);
        let cases = ["", " ", "\n\n", "é", "Ä\u{301}B", "Jakarta", long.as_str()];
        for text in cases {
            let spans = tagger.tag(text, &[], &[0..text.len()]);
            for s in spans {
                assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
                assert!(s.span.start < s.span.end && s.span.end <= text.len());
            }
            // Sentence ranges off char boundaries or past the end are ignored.
            let _ = tagger.tag(text, &[], &[1..text.len() + 3]);
        }
    }
}
