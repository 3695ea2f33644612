//! The learned name tagger: people, organizations and places (PER / ORG / LOC) beyond what
//! rules can see.
//!
//! An averaged perceptron over hashed features (word, case and shape, affixes, the words
//! around, lexicon memberships) scores BIO tags per token; Viterbi decoding under BIO
//! constraints picks the best sequence. Tagging runs inside every article's extraction,
//! so it is built for speed, and every shortcut gives exactly the scores of the plain
//! computation (tests compare them): features are hashed from the token bytes without
//! allocating; the weights of four features share a cache line; per word and thread a
//! cache keeps the facts its neighbours need and the scores of the features that depend
//! on that word only, so a recurring word is neither hashed again nor costs more than
//! its context features; context features with a handful of values (capitalization
//! around, place in a run or in brackets) are scored from tables built with the model;
//! and in well-cased text the tokens far from any capital or known name are not scored
//! at all (module `gate`). The model ships inside the crate (`data/ner/model.bin`, see
//! `data/README.md`) and [`train`] rebuilds it from labelled BIO files.

use std::cell::RefCell;
use std::ops::Range;

use crate::error::Error;

mod document;
mod features;
mod gate;
mod model;
mod tokens;
pub mod train;

use features::{Casing, FeatureSet, Features, Fixed, Group, KeyBuf, Scope, TokInfo, GROUPS};
use model::{Model, RawScores, Tag, Viterbi, LANES, TAGS};

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
    fixed: FixedScores,
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
    /// Which tokens of the window are scored (see [`gate`]).
    scored: Vec<bool>,
    run_tags: Vec<Tag>,
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
        Ok(Tagger::from_model(model))
    }

    /// A tagger using `model`, with its tables built.
    fn from_model(model: Model) -> Tagger {
        Tagger {
            features: FeatureSet::from_bits(model.feature_set),
            fixed: FixedScores::build(&model),
            model,
        }
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
        // Cased text is scored near its capitals only.
        let gated = casing == Casing::Cased && gate::well_cased(text, &scratch.tokens);
        for w in 0..scratch.windows.len() {
            let window = scratch.windows[w].clone();
            self.tag_window(text, window, casing, gated, scratch, &mut out);
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
        gated: bool,
        scratch: &mut Scratch,
        out: &mut Vec<NerSpan>,
    ) {
        let Some(toks) = scratch.tokens.get(window) else {
            return;
        };
        let features = &mut scratch.features;
        features.clear();
        scratch.sums.clear();
        let edges = self.fixed.edges(casing);
        scratch.sums.extend([edges; EDGE]);
        for tok in toks {
            let word = text.get(tok.clone()).unwrap_or("");
            scratch.words.push(
                &self.model,
                self.features,
                casing,
                word,
                features,
                &mut scratch.sums,
            );
        }
        scratch.sums.extend([edges; EDGE]);
        scratch.scored.clear();
        if gated {
            gate::mark(features.anchors(), &mut scratch.scored);
        }
        let whole = scratch.scored.iter().all(|&s| s);
        let only = (!whole).then_some(scratch.scored.as_slice());
        features.finish(casing, self.features, Scope::Context, only);
        emissions(
            &self.model,
            &self.fixed,
            self.features,
            casing,
            &scratch.features,
            &scratch.sums,
            &mut scratch.emissions,
        );
        if whole {
            scratch.viterbi.decode(
                &scratch.emissions,
                &self.model.transitions,
                &mut scratch.tags,
            );
        } else {
            // Every run of scored tokens on its own, between O tags.
            let n = toks.len();
            scratch.tags.clear();
            scratch.tags.resize(n, 0);
            for run in gate::runs(&scratch.scored) {
                let Some(emissions) = scratch.emissions.get(run.clone()) else {
                    continue;
                };
                let before = if run.start == 0 { model::START } else { 0 };
                scratch.viterbi.decode_between(
                    emissions,
                    &self.model.transitions,
                    before,
                    run.end < n,
                    &mut scratch.run_tags,
                );
                if let Some(tags) = scratch.tags.get_mut(run) {
                    tags.copy_from_slice(&scratch.run_tags);
                }
            }
        }
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

/// Sets of the per-thread word cache, two words each: about 3 MB that keep nine in ten
/// tokens of news from being looked at twice.
const WORD_SETS: usize = 8192;

/// Longest word (in bytes) the word cache keeps.
const CACHED_BYTES: usize = 16;

/// The bytes of a word of at most [`CACHED_BYTES`] bytes in two numbers that, with the
/// word's length, tell it from every other word: its first and last eight bytes (which
/// overlap in words shorter than sixteen), four in words shorter than eight, and first,
/// middle and last in words shorter than four. Reads whole numbers where copying the
/// word into a padded buffer would cost a call per token.
fn pack(bytes: &[u8]) -> Option<[u64; 2]> {
    let n = bytes.len();
    let word = |at: usize| -> u64 {
        bytes
            .get(at..at + 8)
            .and_then(|b| b.try_into().ok())
            .map_or(0, u64::from_le_bytes)
    };
    let half = |at: usize| -> u64 {
        bytes
            .get(at..at + 4)
            .and_then(|b| b.try_into().ok())
            .map_or(0, |b| u64::from(u32::from_le_bytes(b)))
    };
    let byte = |at: usize| -> u64 { bytes.get(at).map_or(0, |&b| u64::from(b)) };
    match n {
        0 => Some([0, 0]),
        1..=3 => Some([byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16, 0]),
        4..=7 => Some([half(0) | half(n - 4) << 32, 0]),
        8..=CACHED_BYTES => Some([word(0), word(n - 8)]),
        _ => None,
    }
}

/// Per word as written and casing: the facts its neighbours' keys need and the scores of
/// the keys that depend on that word only ([`features::word_keys`]). News repeats its
/// words, so most tokens find their word here and neither hash their characters nor look
/// up more than the keys that depend on their context. A word is found by its bytes
/// (compared whole), and scores are sums of integer weights, so what the cache gives is
/// exactly what extraction and lookup key by key give. Two ways per set, the one used
/// last kept on a miss.
#[derive(Debug, Default)]
struct WordScores {
    /// Per set: which word each way holds, and which way was used last.
    tags: Vec<([WordTag; 2], u8)>,
    /// The facts and scores of the word of `tags[i / 2].0[i % 2]`.
    words: Vec<CachedWord>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct WordTag {
    /// The model the scores are from (0: none).
    model: u64,
    /// The word's bytes, as [`pack`] gives them.
    bytes: [u64; 2],
    len: u8,
    cased: bool,
}

#[derive(Debug, Clone, Copy, Default)]
struct CachedWord {
    facts: features::WordFacts,
    scores: [RawScores; 5],
}

impl WordScores {
    /// Push the facts of `word` to `features` and its scores per [`Group`] to `sums`.
    fn push(
        &mut self,
        model: &Model,
        set: FeatureSet,
        casing: Casing,
        word: &str,
        features: &mut Features,
        sums: &mut Vec<[RawScores; 5]>,
    ) {
        let bytes = word.as_bytes();
        let Some(packed) = pack(bytes) else {
            let (info, scores) = Self::compute(model, set, casing, word, features.lower_buf());
            features.push(info);
            sums.push(scores);
            return;
        };
        let tag = WordTag {
            model: model.id,
            bytes: packed,
            len: bytes.len() as u8,
            cased: casing == Casing::Cased,
        };
        if self.tags.is_empty() {
            self.tags = vec![Default::default(); WORD_SETS];
            self.words = vec![CachedWord::default(); WORD_SETS * 2];
        }
        let mix = (tag.bytes[0] ^ tag.bytes[1].rotate_left(29) ^ u64::from(tag.len))
            .wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let set_index = (mix >> 40) as usize % WORD_SETS;
        let Some((ways, last)) = self.tags.get_mut(set_index) else {
            let (info, scores) = Self::compute(model, set, casing, word, features.lower_buf());
            features.push(info);
            sums.push(scores);
            return;
        };
        let way = match ways.iter().position(|w| *w == tag) {
            Some(way) => way,
            None => {
                // The way not used last makes room.
                let way = usize::from(*last == 0);
                let (info, scores) = Self::compute(model, set, casing, word, features.lower_buf());
                ways[way] = tag;
                if let Some(w) = self.words.get_mut(set_index * 2 + way) {
                    *w = CachedWord {
                        facts: info.facts(),
                        scores,
                    };
                }
                way
            }
        };
        *last = way as u8;
        match self.words.get(set_index * 2 + way) {
            Some(w) => {
                features.push(TokInfo::from_facts(w.facts));
                sums.extend_from_slice(std::slice::from_ref(&w.scores));
            }
            None => {
                let (info, scores) = Self::compute(model, set, casing, word, features.lower_buf());
                features.push(info);
                sums.push(scores);
            }
        }
    }

    /// The facts and word scores of `word`, from its characters.
    fn compute(
        model: &Model,
        set: FeatureSet,
        casing: Casing,
        word: &str,
        lower: &mut Vec<u8>,
    ) -> (TokInfo, [RawScores; 5]) {
        let (info, affixes) = features::token_info(word, casing, set, lower);
        let mut keys = KeyBuf::default();
        let mut scores = [[0i32; LANES]; 5];
        for (s, group) in scores.iter_mut().zip(GROUPS) {
            keys.clear();
            features::word_keys(&info, &affixes, group, casing, set, &mut keys);
            *s = model.raw_scores(keys.keys());
        }
        (info, scores)
    }
}

/// The scores of every value of the keys of [`Fixed`], looked up once per model, so that
/// a token adds one or two table rows in place of five to a dozen lookups.
#[derive(Debug)]
struct FixedScores {
    /// Bias and capitalization, by `cap3 << 1 | first`.
    base: Vec<RawScores>,
    /// By capitalization class and characters (0..=6).
    bracketed: Vec<RawScores>,
    /// By whether the token opens its run.
    defines: [RawScores; 2],
    /// By run length (0..=5) and place (0..=2).
    run_shape: Vec<RawScores>,
    /// By lexicon bit.
    run_lex: Vec<RawScores>,
    /// What a position outside the sentence gives its neighbours, as the scores of a
    /// word ([`Group`] order) in cased and in uncased text.
    edges: [[RawScores; 5]; 2],
}

impl FixedScores {
    fn build(model: &Model) -> FixedScores {
        use features::{fixed_keys, CAP_CLASSES};
        let mut keys = KeyBuf::default();
        let mut score = |fill: &mut dyn FnMut(&mut KeyBuf)| {
            keys.clear();
            fill(&mut keys);
            model.raw_scores(keys.keys())
        };
        let cap3s = CAP_CLASSES * CAP_CLASSES * CAP_CLASSES;
        let base = (0..cap3s * 2)
            .map(|i| score(&mut |k| fixed_keys::base(i >> 1, i & 1 == 1, k)))
            .collect();
        let bracketed = (0..CAP_CLASSES * 7)
            .map(|i| score(&mut |k| fixed_keys::bracketed(i / 7, (i % 7) as u8, k)))
            .collect();
        let defines = [
            score(&mut |k| fixed_keys::defines(false, k)),
            score(&mut |k| fixed_keys::defines(true, k)),
        ];
        let run_shape = (0..6 * 3)
            .map(|i| score(&mut |k| fixed_keys::run_shape((i / 3) as u8, (i % 3) as u64, k)))
            .collect();
        let run_lex = (0..fixed_keys::BITS)
            .map(|bit| score(&mut |k| fixed_keys::run_lex(bit, k)))
            .collect();
        let edges = [Casing::Cased, Casing::Uncased].map(|casing| {
            GROUPS.map(|group| {
                score(&mut |k| features::edge_keys(group, casing, model_set(model), k))
            })
        });
        FixedScores {
            edges,
            base,
            bracketed,
            defines,
            run_shape,
            run_lex,
        }
    }

    /// The scores a position outside the sentence gives (see [`EDGE`]).
    fn edges(&self, casing: Casing) -> [RawScores; 5] {
        self.edges[usize::from(casing == Casing::Uncased)]
    }

    /// Add the scores of the keys of `f` to `acc`.
    #[inline]
    fn add_to(&self, f: &Fixed, acc: &mut RawScores) {
        if let Some(s) = self.base.get(f.cap3 << 1 | usize::from(f.first)) {
            add(acc, s);
        }
        if let Some(chars) = f.bracketed {
            if let Some(s) = self
                .bracketed
                .get((f.cap3 >> 3 & 7) * 7 + usize::from(chars))
            {
                add(acc, s);
            }
        }
        if let Some(first) = f.defines {
            add(acc, &self.defines[usize::from(first)]);
        }
        if let Some((len, place)) = f.run {
            if let Some(s) = self.run_shape.get(usize::from(len) * 3 + place as usize) {
                add(acc, s);
            }
        }
        let mut rest = f.run_lex;
        while rest != 0 {
            let bit = rest.trailing_zeros() as usize;
            rest &= rest - 1;
            if let Some(s) = self.run_lex.get(bit) {
                add(acc, s);
            }
        }
    }
}

fn model_set(model: &Model) -> FeatureSet {
    FeatureSet::from_bits(model.feature_set)
}

#[inline]
fn add(acc: &mut RawScores, more: &RawScores) {
    for t in 0..LANES {
        acc[t] += more[t];
    }
}

/// Positions outside the sentence on either side whose scores the word scores of a
/// sentence start and end with, so that every token finds two neighbours each side.
const EDGE: usize = 2;

/// Per-token tag scores: the context keys of each token looked up, the fixed ones from
/// their table, the rest from the word scores `sums` (one per token, from the word cache,
/// and [`EDGE`] more each side).
fn emissions(
    model: &Model,
    fixed: &FixedScores,
    set: FeatureSet,
    casing: Casing,
    features: &Features,
    sums: &[[RawScores; 5]],
    out: &mut Vec<[f32; TAGS]>,
) {
    out.clear();
    let n = features.len();
    model.touch(features.keys_of(0..n));
    for (i, near) in sums.windows(2 * EDGE + 1).enumerate().take(n) {
        let mut raw = [0i32; LANES];
        model.add_scores(features.of(i), &mut raw);
        fixed.add_to(&features.fixed(i, casing, set), &mut raw);
        add(&mut raw, &near[2][Group::Word as usize]);
        add(&mut raw, &near[1][Group::Before as usize]);
        add(&mut raw, &near[3][Group::After as usize]);
        add(&mut raw, &near[0][Group::Before2 as usize]);
        add(&mut raw, &near[4][Group::After2 as usize]);
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

    /// Scores from the word cache and the fixed-key tables equal the scores of every key
    /// looked up one by one.
    #[test]
    fn cached_word_scores_are_exact() {
        let Ok(Some(tagger)) = Tagger::builtin() else {
            return;
        };
        let long = "Pertanggungjawaban penyelenggaraan Kemenkopolhukam";
        let texts = [
            "Presiden Joko Widodo meresmikan Bendungan Karian di Kabupaten Lebak, Banten.",
            "kata budi di jakarta , senin .",
            "Komisi Pemberantasan Korupsi (KPK) memeriksa Budi. Budi hadir. KPK menahan Budi.",
            "Wakil Ketua Dewan Perwakilan Rakyat Daerah (DPRD) Jawa Barat Ir. H. Budi (55) di \
             Bandung ( ITB ) dan ( x ) ÉMILE Ä\u{301}B 2024 B2B iPhone",
            long,
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
                // Twice: the second time every word comes from the cache.
                for _ in 0..2 {
                    let mut context = Features::default();
                    sums.clear();
                    let edges = tagger.fixed.edges(casing);
                    sums.extend([edges; EDGE]);
                    for tok in &toks {
                        words.push(
                            &tagger.model,
                            tagger.features,
                            casing,
                            &text[tok.clone()],
                            &mut context,
                            &mut sums,
                        );
                    }
                    sums.extend([edges; EDGE]);
                    context.finish(casing, tagger.features, Scope::Context, None);
                    let mut cached = Vec::new();
                    emissions(
                        &tagger.model,
                        &tagger.fixed,
                        tagger.features,
                        casing,
                        &context,
                        &sums,
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

    /// Packed words of one length are equal exactly when the words are.
    #[test]
    fn packed_words_tell_words_apart() {
        let mut words: Vec<Vec<u8>> = Vec::new();
        for n in 0..=CACHED_BYTES {
            for pos in 0..n.max(1) {
                for b in [b'a', b'b'] {
                    let mut w = vec![b'a'; n];
                    if let Some(c) = w.get_mut(pos) {
                        *c = b;
                    }
                    words.push(w);
                }
            }
        }
        words.sort();
        words.dedup();
        for a in &words {
            for b in &words {
                if a.len() == b.len() {
                    assert_eq!(pack(a) == pack(b), a == b, "{a:?} {b:?}");
                }
            }
        }
        assert!(pack(&[b'x'; CACHED_BYTES + 1]).is_none());
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
