//! Training the tagger: BIO files in, a model file out.
//!
//! An averaged perceptron (Collins 2002) with Viterbi decoding: each training sentence is
//! decoded with the current weights and, where the best sequence differs from the labelled
//! one, the labelled features gain and the predicted ones lose. The averaged weights are
//! evaluated on the development files after every epoch, through the same tagging path
//! articles take, and the best epoch is kept.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::path::Path;
use std::time::Instant;

use super::features::{Casing, FeatureSet, Features, Scope};
use super::model::{entity_runs, label_of, tag_of, Model, Tag, Viterbi, START, TAGS};
use super::{NerLabel, Tagger};
use crate::error::Error;

/// What to do with NERP's `IND` tag (products and companies).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndTag {
    /// Learn it as an organization.
    Org,
    /// Learn it as outside any entity.
    Outside,
    /// Leave it open: where the model predicts an organization or nothing there, that
    /// counts as right (products are not organizations; companies are).
    Either,
}

/// What to do with labelled files written entirely in lower case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UncasedFiles {
    /// Train on them with every case-dependent feature left out.
    Neutral,
    /// Leave them out of training.
    Skip,
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// How to read `IND`.
    pub ind: IndTag,
    /// How to use lower-cased files.
    pub uncased: UncasedFiles,
    /// Feature weights whose every entry is at most this (in absolute value) are dropped
    /// from the shipped model.
    pub prune: f32,
    /// Affix features on.
    pub affixes: bool,
    /// Lexicon features on.
    pub lexicons: bool,
    /// Words and shapes at distance 2 on.
    pub wide_context: bool,
    /// Shuffling seed.
    pub seed: u64,
    /// Independent runs (differently shuffled) whose averaged weights are averaged again:
    /// a cheap ensemble that removes most of the perceptron's dependence on data order.
    pub runs: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 10,
            ind: IndTag::Org,
            uncased: UncasedFiles::Neutral,
            prune: 0.0,
            affixes: true,
            lexicons: true,
            wide_context: true,
            seed: 0x5eed,
            runs: 1,
        }
    }
}

/// One labelled sentence: tokens joined by single spaces, their spans and tags.
#[derive(Debug, Clone)]
struct Sentence {
    text: String,
    tokens: Vec<Range<usize>>,
    tags: Vec<Tag>,
    /// Tokens whose tag is left open between O and ORG (`IndTag::Either`).
    open: Vec<bool>,
}

/// The sentences of one labelled file.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// The file name, for reports.
    pub name: String,
    sentences: Vec<Sentence>,
    casing: Casing,
}

impl Corpus {
    /// Number of sentences.
    pub fn sentences(&self) -> usize {
        self.sentences.len()
    }

    /// Number of tokens.
    pub fn tokens(&self) -> usize {
        self.sentences.iter().map(|s| s.tokens.len()).sum()
    }

    /// Whether the file is written entirely in lower case.
    pub fn is_uncased(&self) -> bool {
        self.casing == Casing::Uncased
    }
}

fn map_label(label: &str, ind: IndTag) -> Option<NerLabel> {
    match label.to_ascii_uppercase().as_str() {
        "PER" | "PERSON" | "PPL" => Some(NerLabel::Per),
        "ORG" | "ORGANISATION" | "ORGANIZATION" => Some(NerLabel::Org),
        "LOC" | "LOCATION" | "PLACE" | "PLC" => Some(NerLabel::Loc),
        "IND" if ind == IndTag::Org => Some(NerLabel::Org),
        _ => None,
    }
}

/// Read a BIO file: `token<TAB>tag` or `token POS tag` lines, a blank line between
/// sentences. Labels map to PER / ORG / LOC (PERSON, PPL; ORGANISATION; PLACE, PLC,
/// LOCATION); `IND` as `ind` says; other labels count as outside.
pub fn read_bio(path: &Path, ind: IndTag) -> Result<Corpus, Error> {
    let data = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(parse_bio(&path.display().to_string(), &data, ind))
}

fn parse_bio(name: &str, data: &str, ind: IndTag) -> Corpus {
    let mut sentences = Vec::new();
    let mut cur = Sentence {
        text: String::new(),
        tokens: Vec::new(),
        tags: Vec::new(),
        open: Vec::new(),
    };
    let mut letters = 0usize;
    let mut upper = 0usize;
    let flush = |cur: &mut Sentence, sentences: &mut Vec<Sentence>| {
        if !cur.tokens.is_empty() {
            sentences.push(std::mem::replace(
                cur,
                Sentence {
                    text: String::new(),
                    tokens: Vec::new(),
                    tags: Vec::new(),
                    open: Vec::new(),
                },
            ));
        }
    };
    for line in data.lines() {
        let mut fields = line.split_whitespace();
        let Some(token) = fields.next() else {
            flush(&mut cur, &mut sentences);
            continue;
        };
        let tag = fields.last().unwrap_or("O");
        letters += token.chars().filter(|c| c.is_alphabetic()).count();
        upper += token.chars().filter(|c| c.is_uppercase()).count();
        let (prefix, label, open) = match tag.split_once('-') {
            Some((p, l)) if p == "B" || p == "I" => (
                p,
                map_label(l, ind),
                ind == IndTag::Either && l.eq_ignore_ascii_case("IND"),
            ),
            _ => ("O", None, false),
        };
        let tag = match label {
            None => 0,
            Some(label) => {
                let continues = prefix == "I"
                    && cur
                        .tags
                        .last()
                        .and_then(|&t| label_of(t))
                        .is_some_and(|(l, _)| l == label);
                tag_of(label, continues)
            }
        };
        if !cur.text.is_empty() {
            cur.text.push(' ');
        }
        let start = cur.text.len();
        cur.text.push_str(token);
        cur.tokens.push(start..cur.text.len());
        cur.tags.push(tag);
        cur.open.push(open);
    }
    flush(&mut cur, &mut sentences);
    // Fewer than one capital in two hundred letters: a lower-cased set.
    let casing = if upper * 200 < letters {
        Casing::Uncased
    } else {
        Casing::Cased
    };
    Corpus {
        name: name.to_string(),
        sentences,
        casing,
    }
}

/// Precision, recall and F1 of one label (or all).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    /// Predicted spans that match a labelled one exactly.
    pub correct: usize,
    /// Predicted spans.
    pub predicted: usize,
    /// Labelled spans.
    pub gold: usize,
}

impl Prf {
    /// Precision.
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    /// Recall.
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Entity-level scores of the tagger on one labelled file.
#[derive(Debug, Clone, Default)]
pub struct DevScore {
    /// The file.
    pub name: String,
    /// People.
    pub per: Prf,
    /// Organizations.
    pub org: Prf,
    /// Places.
    pub loc: Prf,
    /// Micro average over the three.
    pub all: Prf,
    /// Tokens tagged per second (one thread, tokenizing included).
    pub tokens_per_second: f64,
}

/// What one epoch gave.
#[derive(Debug, Clone)]
pub struct EpochReport {
    /// 1-based epoch.
    pub epoch: usize,
    /// Sentences whose decoding was wrong during the pass.
    pub mistakes: usize,
    /// Scores on each development file, with the averaged weights.
    pub dev: Vec<DevScore>,
    /// Feature rows in the model after pruning.
    pub rows: usize,
    /// Seconds the pass took.
    pub seconds: f64,
}

/// The result of training.
#[derive(Debug)]
pub struct Trained {
    /// The model file of the best epoch.
    pub model: Vec<u8>,
    /// Which epoch that was (1-based).
    pub best_epoch: usize,
    /// Every epoch's report.
    pub reports: Vec<EpochReport>,
}

/// A hasher for keys that are already hashes.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// Perceptron weights with the running sums needed for averaging (Daumé's trick:
/// average = w - u / c, where u accumulates every update scaled by its time step).
struct Weights {
    index: HashMap<u32, usize, BuildHasherDefault<KeyHasher>>,
    w: Vec<[f32; TAGS]>,
    u: Vec<[f64; TAGS]>,
    tw: [[f32; TAGS]; TAGS + 1],
    tu: [[f64; TAGS]; TAGS + 1],
}

impl Weights {
    fn new() -> Self {
        Weights {
            index: HashMap::default(),
            w: Vec::new(),
            u: Vec::new(),
            tw: [[0.0; TAGS]; TAGS + 1],
            tu: [[0.0; TAGS]; TAGS + 1],
        }
    }

    fn emissions(&self, features: &Features, out: &mut Vec<[f32; TAGS]>) {
        out.clear();
        for i in 0..features.len() {
            let mut scores = [0f32; TAGS];
            for key in features.of(i) {
                if let Some(&row) = self.index.get(key) {
                    for (s, w) in scores.iter_mut().zip(&self.w[row]) {
                        *s += w;
                    }
                }
            }
            out.push(scores);
        }
    }

    fn update(&mut self, key: u32, tag: Tag, delta: f32, c: f64) {
        let next = self.w.len();
        let row = *self.index.entry(key).or_insert(next);
        if row == next {
            self.w.push([0.0; TAGS]);
            self.u.push([0.0; TAGS]);
        }
        self.w[row][tag] += delta;
        self.u[row][tag] += c * f64::from(delta);
    }

    fn update_transition(&mut self, prev: usize, tag: Tag, delta: f32, c: f64) {
        self.tw[prev][tag] += delta;
        self.tu[prev][tag] += c * f64::from(delta);
    }

    /// Add the averaged weights, divided by `runs`, to `rows` and `trans`.
    fn add_averaged(
        &self,
        c: f64,
        runs: usize,
        rows: &mut HashMap<u32, [f32; TAGS], BuildHasherDefault<KeyHasher>>,
        trans: &mut [[f32; TAGS]; TAGS + 1],
    ) {
        let share = runs.max(1) as f64;
        let avg = |w: f32, u: f64| ((f64::from(w) - u / c) / share) as f32;
        for (&key, &row) in &self.index {
            let out = rows.entry(key).or_insert([0.0; TAGS]);
            for (t, o) in out.iter_mut().enumerate() {
                *o += avg(self.w[row][t], self.u[row][t]);
            }
        }
        for ((row, w), u) in trans.iter_mut().zip(&self.tw).zip(&self.tu) {
            for ((t, w), u) in row.iter_mut().zip(w).zip(u) {
                *t += avg(*w, *u);
            }
        }
    }
}

/// The labelled tags of `sentence`, with open tokens taking the predicted tag when it is
/// O or ORG (else O), repaired so that every I follows its B.
fn resolve_open<'a>(sentence: &'a Sentence, pred: &[Tag], buf: &'a mut Vec<Tag>) -> &'a [Tag] {
    if !sentence.open.iter().any(|&o| o) {
        return &sentence.tags;
    }
    let b_org = tag_of(NerLabel::Org, false);
    let i_org = tag_of(NerLabel::Org, true);
    buf.clear();
    for (i, (&tag, &open)) in sentence.tags.iter().zip(&sentence.open).enumerate() {
        let mut t = tag;
        if open {
            let p = pred.get(i).copied().unwrap_or(0);
            t = if p == b_org || p == i_org { p } else { 0 };
        }
        if t == i_org
            && !buf
                .last()
                .is_some_and(|&prev| prev == b_org || prev == i_org)
        {
            t = b_org;
        }
        buf.push(t);
    }
    buf
}

/// One independently shuffled training run.
struct Run {
    weights: Weights,
    order: Vec<(usize, usize)>,
    seed: u64,
    /// Time step: sentences seen so far, plus one.
    c: f64,
}

/// Deterministic xorshift shuffling.
fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed | 1;
    for i in (1..items.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = (state % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

/// Train on `train`, report on `dev` after each epoch (through `on_epoch`), and return the
/// model of the epoch with the best mean F1 over the cased development files (all of them
/// when none is cased; the last epoch when there are none).
pub fn train(
    train: &[Corpus],
    dev: &[Corpus],
    options: &TrainOptions,
    mut on_epoch: impl FnMut(&EpochReport),
) -> Trained {
    let set = FeatureSet {
        affixes: options.affixes,
        lexicons: options.lexicons,
        wide_context: options.wide_context,
    };
    super::features::warm_up();
    let mut order: Vec<(usize, usize)> = Vec::new();
    for (f, corpus) in train.iter().enumerate() {
        if corpus.casing == Casing::Uncased && options.uncased == UncasedFiles::Skip {
            continue;
        }
        order.extend((0..corpus.sentences.len()).map(|s| (f, s)));
    }
    let mut runs: Vec<Run> = (0..options.runs.max(1))
        .map(|r| Run {
            weights: Weights::new(),
            order: order.clone(),
            seed: options.seed.wrapping_add(r as u64 * 0x0001_0000_0001),
            c: 1.0,
        })
        .collect();
    let mut features = Features::default();
    let mut em = Vec::new();
    let mut viterbi = Viterbi::default();
    let mut pred = Vec::new();
    let mut gold_buf = Vec::new();
    let mut reports = Vec::new();
    let mut best: Option<(f64, usize, Vec<u8>)> = None;
    let select: Vec<bool> = {
        let any_cased = dev.iter().any(|d| d.casing == Casing::Cased);
        dev.iter()
            .map(|d| !any_cased || d.casing == Casing::Cased)
            .collect()
    };
    for epoch in 1..=options.epochs.max(1) {
        let started = Instant::now();
        let mut mistakes = 0;
        for run in &mut runs {
            shuffle(
                &mut run.order,
                run.seed.wrapping_add(epoch as u64 * 0x9e37_79b9),
            );
            let weights = &mut run.weights;
            for &(f, s) in &run.order {
                let corpus = &train[f];
                let sentence = &corpus.sentences[s];
                features.extract(
                    &sentence.text,
                    &sentence.tokens,
                    corpus.casing,
                    set,
                    Scope::All,
                );
                weights.emissions(&features, &mut em);
                viterbi.decode(&em, &weights.tw, &mut pred);
                let c = run.c;
                run.c += 1.0;
                let gold = resolve_open(sentence, &pred, &mut gold_buf);
                if pred == gold {
                    continue;
                }
                mistakes += 1;
                for i in 0..gold.len() {
                    let (g, p) = (gold[i], pred[i]);
                    if g != p {
                        for &key in features.of(i) {
                            weights.update(key, g, 1.0, c);
                            weights.update(key, p, -1.0, c);
                        }
                    }
                    let gp = if i == 0 { START } else { gold[i - 1] };
                    let pp = if i == 0 { START } else { pred[i - 1] };
                    if (gp, g) != (pp, p) {
                        weights.update_transition(gp, g, 1.0, c);
                        weights.update_transition(pp, p, -1.0, c);
                    }
                }
            }
        }
        // The shipped weights: the mean of every run's averaged weights.
        let mut rows = HashMap::default();
        let mut trans = [[0f32; TAGS]; TAGS + 1];
        for run in &runs {
            run.weights
                .add_averaged(run.c, runs.len(), &mut rows, &mut trans);
        }
        let model = Model::from_float(set.to_bits(), rows, trans, options.prune);
        let rows = model.rows();
        let bytes = model.to_bytes();
        let tagger = Tagger::from_model(model);
        let scores: Vec<DevScore> = dev.iter().map(|d| evaluate(&tagger, d)).collect();
        let report = EpochReport {
            epoch,
            mistakes,
            dev: scores,
            rows,
            seconds: started.elapsed().as_secs_f64(),
        };
        on_epoch(&report);
        let chosen: Vec<f64> = report
            .dev
            .iter()
            .zip(&select)
            .filter(|(_, &s)| s)
            .map(|(d, _)| d.all.f1())
            .collect();
        let mean = if chosen.is_empty() {
            epoch as f64
        } else {
            chosen.iter().sum::<f64>() / chosen.len() as f64
        };
        if best.as_ref().is_none_or(|(b, _, _)| mean > *b) {
            best = Some((mean, epoch, bytes));
        }
        reports.push(report);
    }
    let (_, best_epoch, model) = best.unwrap_or((0.0, 0, Vec::new()));
    Trained {
        model,
        best_epoch,
        reports,
    }
}

/// Tag every sentence of `corpus` through [`Tagger::tag`] and compare with its labels,
/// span by span (exact boundaries and label).
pub fn evaluate(tagger: &Tagger, corpus: &Corpus) -> DevScore {
    let mut score = DevScore {
        name: corpus.name.clone(),
        ..DevScore::default()
    };
    let mut gold = Vec::new();
    let mut predicted = Vec::new();
    let mut tokens = 0usize;
    let mut elapsed = 0f64;
    for sentence in &corpus.sentences {
        let started = Instant::now();
        let whole = 0..sentence.text.len();
        let spans = tagger.tag(&sentence.text, &[], std::slice::from_ref(&whole));
        elapsed += started.elapsed().as_secs_f64();
        tokens += sentence.tokens.len();
        gold.clear();
        for (i, j, label) in entity_runs(&sentence.tags) {
            gold.push((sentence.tokens[i].start, sentence.tokens[j - 1].end, label));
        }
        predicted.clear();
        predicted.extend(spans.iter().map(|s| (s.span.start, s.span.end, s.label)));
        for (list, is_gold) in [(&gold, true), (&predicted, false)] {
            for &(_, _, label) in list.iter() {
                let prf = match label {
                    NerLabel::Per => &mut score.per,
                    NerLabel::Org => &mut score.org,
                    NerLabel::Loc => &mut score.loc,
                };
                if is_gold {
                    prf.gold += 1;
                } else {
                    prf.predicted += 1;
                }
            }
        }
        for p in &predicted {
            if gold.contains(p) {
                match p.2 {
                    NerLabel::Per => score.per.correct += 1,
                    NerLabel::Org => score.org.correct += 1,
                    NerLabel::Loc => score.loc.correct += 1,
                }
            }
        }
    }
    for prf in [score.per, score.org, score.loc] {
        score.all.correct += prf.correct;
        score.all.predicted += prf.predicted;
        score.all.gold += prf.gold;
    }
    score.tokens_per_second = if elapsed > 0.0 {
        tokens as f64 / elapsed
    } else {
        0.0
    };
    score
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::model::allowed;

    fn sequence_allowed(tags: &[Tag]) -> bool {
        tags.iter()
            .enumerate()
            .all(|(i, &t)| allowed(if i == 0 { START } else { tags[i - 1] }, t))
    }

    const TINY: &str = "\
Gubernur\tO
Ridwan\tB-PERSON
Kamil\tI-PERSON
berkunjung\tO
ke\tO
Bandung\tB-PLACE
.\tO

Ketua\tO
Partai\tB-ORGANISATION
Golkar\tI-ORGANISATION
datang\tO
dari\tO
Medan\tB-PLACE
.\tO

Kata\tO
Budi\tB-PERSON
di\tO
Kementerian\tB-ORGANISATION
Keuangan\tI-ORGANISATION
.\tO

Kata\tO
Ani\tB-PERSON
,\tO
harga\tO
di\tO
Surabaya\tB-PLACE
naik\tO
.\tO
";

    #[test]
    fn reads_bio_and_maps_labels() {
        let corpus = parse_bio("tiny", TINY, IndTag::Org);
        assert_eq!(corpus.sentences(), 4);
        assert_eq!(corpus.tokens(), 28);
        assert!(!corpus.is_uncased());
        let s = &corpus.sentences[0];
        assert_eq!(&s.text[s.tokens[1].clone()], "Ridwan");
        assert_eq!(s.tags[1], tag_of(NerLabel::Per, false));
        assert_eq!(s.tags[2], tag_of(NerLabel::Per, true));
        assert_eq!(s.tags[5], tag_of(NerLabel::Loc, false));

        let other =
            "kota O\nmanado B-PLC\namos X B-PPL\nkenda X I-PPL\naqua B-IND\nlebaran B-EVT\n\
                     stray I-PLC\n";
        let c = parse_bio("nerp", other, IndTag::Outside);
        assert!(c.is_uncased());
        let tags = &c.sentences[0].tags;
        assert_eq!(
            tags,
            &vec![
                0,
                tag_of(NerLabel::Loc, false),
                tag_of(NerLabel::Per, false),
                tag_of(NerLabel::Per, true),
                0,
                0,
                tag_of(NerLabel::Loc, false), // an I without its B opens a span
            ]
        );
        assert!(sequence_allowed(tags));
        let c = parse_bio("nerp", other, IndTag::Org);
        assert_eq!(c.sentences[0].tags[4], tag_of(NerLabel::Org, false));
    }

    #[test]
    fn learns_a_tiny_set_perfectly() {
        let corpus = parse_bio("tiny", TINY, IndTag::Org);
        let options = TrainOptions {
            epochs: 10,
            ..TrainOptions::default()
        };
        let trained = train(
            std::slice::from_ref(&corpus),
            std::slice::from_ref(&corpus),
            &options,
            |_| {},
        );
        let tagger = Tagger::from_bytes(&trained.model);
        assert!(tagger.is_ok());
        let Ok(tagger) = tagger else { return };
        let score = evaluate(&tagger, &corpus);
        assert_eq!(score.all.gold, 8);
        assert_eq!(score.all.correct, 8, "{score:?}");
        assert_eq!(score.all.predicted, 8, "{score:?}");
        assert!((score.all.f1() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn shuffling_is_deterministic() {
        let mut a: Vec<u32> = (0..50).collect();
        let mut b = a.clone();
        shuffle(&mut a, 7);
        shuffle(&mut b, 7);
        assert_eq!(a, b);
        assert_ne!(a, (0..50).collect::<Vec<_>>());
    }
}
