//! The model: quantized feature weights, tag transitions, the binary file format and
//! Viterbi decoding under BIO constraints.
//!
//! File layout (little-endian):
//! `WNER` | format version u32 | feature version u32 | feature set bits u32 | tags u32 |
//! rows u32 | scale f32 | transitions (tags + 1) x tags f32 | keys rows x u32 (strictly
//! increasing) | weights rows x tags i16 | FNV-1a 64 of everything before it.

use super::NerLabel;
use crate::error::Error;

/// Number of BIO tags: O, then B and I for PER, ORG, LOC.
pub(crate) const TAGS: usize = 7;
/// The row of the transition table used for the position before the first token.
pub(crate) const START: usize = TAGS;

const MAGIC: &[u8; 4] = b"WNER";
const FORMAT_VERSION: u32 = 1;

/// A BIO tag as an index: 0 = O, 1 + 2k = B-k, 2 + 2k = I-k with k = PER, ORG, LOC.
pub(crate) type Tag = usize;

/// The tag `B-label` or `I-label`.
pub(crate) fn tag_of(label: NerLabel, inside: bool) -> Tag {
    let k = match label {
        NerLabel::Per => 0,
        NerLabel::Org => 1,
        NerLabel::Loc => 2,
    };
    1 + 2 * k + usize::from(inside)
}

/// The label of a tag, and whether it is an I tag.
pub(crate) fn label_of(tag: Tag) -> Option<(NerLabel, bool)> {
    let label = match (tag.checked_sub(1)? / 2, tag) {
        (_, t) if t >= TAGS => return None,
        (0, _) => NerLabel::Per,
        (1, _) => NerLabel::Org,
        _ => NerLabel::Loc,
    };
    Some((label, (tag - 1) % 2 == 1))
}

/// Whether `next` may follow `prev` (`START` for the first token): an I tag continues a B
/// or I of the same label.
pub(crate) fn allowed(prev: usize, next: Tag) -> bool {
    match label_of(next) {
        Some((label, true)) => prev != START && label_of(prev).is_some_and(|(l, _)| l == label),
        _ => true,
    }
}

/// Feature weights in a compact lookup table.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    /// Version of the feature templates the weights belong to.
    pub feature_set: u32,
    /// Sorted feature keys.
    keys: Vec<u32>,
    /// `weights[row * TAGS + tag]`, to be multiplied by `scale`.
    weights: Vec<i16>,
    scale: f32,
    /// `transitions[prev][next]`, `prev == START` for the first token.
    pub transitions: [[f32; TAGS]; TAGS + 1],
    /// Open-addressing index from key to row (`u32::MAX` = empty).
    slots: Vec<u32>,
}

fn slot_of(key: u32, mask: usize) -> usize {
    (key.wrapping_mul(0x9e37_79b1) as usize) & mask
}

impl Model {
    /// A model from its parts, with the key index built.
    fn assemble(
        feature_set: u32,
        keys: Vec<u32>,
        weights: Vec<i16>,
        scale: f32,
        transitions: [[f32; TAGS]; TAGS + 1],
    ) -> Model {
        let mut model = Model {
            feature_set,
            keys,
            weights,
            scale,
            transitions,
            slots: Vec::new(),
        };
        model.index();
        model
    }

    /// Build from float rows, quantizing weights to i16 and dropping rows whose weights all
    /// round to zero (or to within `prune` of it).
    pub(crate) fn from_float(
        feature_set: u32,
        rows: impl IntoIterator<Item = (u32, [f32; TAGS])>,
        transitions: [[f32; TAGS]; TAGS + 1],
        prune: f32,
    ) -> Model {
        let mut rows: Vec<(u32, [f32; TAGS])> = rows
            .into_iter()
            .filter(|(_, w)| w.iter().any(|x| x.abs() > prune))
            .collect();
        rows.sort_unstable_by_key(|(k, _)| *k);
        rows.dedup_by_key(|(k, _)| *k);
        let max = rows
            .iter()
            .flat_map(|(_, w)| w.iter())
            .fold(0f32, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 {
            max / f32::from(i16::MAX)
        } else {
            1.0
        };
        let mut keys = Vec::with_capacity(rows.len());
        let mut weights = Vec::with_capacity(rows.len() * TAGS);
        for (k, w) in &rows {
            keys.push(*k);
            weights.extend(w.iter().map(|x| (x / scale).round() as i16));
        }
        Model::assemble(feature_set, keys, weights, scale, transitions)
    }

    fn index(&mut self) {
        let size = (self.keys.len() * 2).next_power_of_two().max(16);
        let mask = size - 1;
        let mut slots = vec![u32::MAX; size];
        for (row, &k) in self.keys.iter().enumerate() {
            let mut s = slot_of(k, mask);
            while slots[s] != u32::MAX {
                s = (s + 1) & mask;
            }
            slots[s] = row as u32;
        }
        self.slots = slots;
    }

    /// Number of weight rows.
    pub(crate) fn rows(&self) -> usize {
        self.keys.len()
    }

    /// Add the weights of `key` to `scores`.
    #[inline]
    pub(crate) fn add(&self, key: u32, scores: &mut [f32; TAGS]) {
        let mask = self.slots.len() - 1;
        let mut s = slot_of(key, mask);
        loop {
            let row = self.slots[s];
            if row == u32::MAX {
                return;
            }
            let row = row as usize;
            if self.keys[row] == key {
                let w = &self.weights[row * TAGS..row * TAGS + TAGS];
                for (score, &w) in scores.iter_mut().zip(w) {
                    *score += f32::from(w) * self.scale;
                }
                return;
            }
            s = (s + 1) & mask;
        }
    }

    /// The model in its file format.
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(64 + self.keys.len() * (4 + 2 * TAGS));
        out.extend_from_slice(MAGIC);
        for v in [
            FORMAT_VERSION,
            super::features::FEATURE_VERSION,
            self.feature_set,
            TAGS as u32,
            self.keys.len() as u32,
        ] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&self.scale.to_le_bytes());
        for row in &self.transitions {
            for v in row {
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
        for k in &self.keys {
            out.extend_from_slice(&k.to_le_bytes());
        }
        for w in &self.weights {
            out.extend_from_slice(&w.to_le_bytes());
        }
        let sum = checksum(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Read a model file, checking its header, sizes, checksum and key order.
    pub(crate) fn from_bytes(bytes: &[u8]) -> Result<Model, Error> {
        let bad = |why: &str| Error::Model(why.to_string());
        if bytes.len() < 4 + 6 * 4 + 8 || &bytes[..4] != MAGIC {
            return Err(bad("not a warta tagger model (bad magic)"));
        }
        let (body, tail) = bytes.split_at(bytes.len() - 8);
        let mut sum = [0u8; 8];
        sum.copy_from_slice(tail);
        if checksum(body) != u64::from_le_bytes(sum) {
            return Err(bad("checksum mismatch (truncated or corrupt file)"));
        }
        let mut r = Reader {
            bytes: body,
            pos: 4,
        };
        let format = r.u32()?;
        if format != FORMAT_VERSION {
            return Err(Error::Model(format!(
                "format version {format}, expected {FORMAT_VERSION}"
            )));
        }
        let features = r.u32()?;
        if features != super::features::FEATURE_VERSION {
            return Err(Error::Model(format!(
                "feature version {features}, this build extracts version {}",
                super::features::FEATURE_VERSION
            )));
        }
        let feature_set = r.u32()?;
        if r.u32()? as usize != TAGS {
            return Err(bad("wrong number of tags"));
        }
        let rows = r.u32()? as usize;
        let scale = r.f32()?;
        if !scale.is_finite() || scale <= 0.0 {
            return Err(bad("bad weight scale"));
        }
        let mut transitions = [[0f32; TAGS]; TAGS + 1];
        for row in &mut transitions {
            for v in row.iter_mut() {
                *v = r.f32()?;
                if !v.is_finite() {
                    return Err(bad("bad transition weight"));
                }
            }
        }
        let expected = rows
            .checked_mul(4 + 2 * TAGS)
            .ok_or_else(|| bad("row count overflows"))?;
        if body.len() - r.pos != expected {
            return Err(bad("size does not match the row count"));
        }
        let mut keys = Vec::with_capacity(rows);
        for _ in 0..rows {
            keys.push(r.u32()?);
        }
        if keys.windows(2).any(|w| w[0] >= w[1]) {
            return Err(bad("feature keys are not strictly increasing"));
        }
        let mut weights = Vec::with_capacity(rows * TAGS);
        for _ in 0..rows * TAGS {
            weights.push(r.i16()?);
        }
        Ok(Model::assemble(
            feature_set,
            keys,
            weights,
            scale,
            transitions,
        ))
    }
}

fn checksum(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Result<[u8; N], Error> {
        let end = self.pos + N;
        let slice = self
            .bytes
            .get(self.pos..end)
            .ok_or_else(|| Error::Model("unexpected end of file".to_string()))?;
        self.pos = end;
        let mut out = [0u8; N];
        out.copy_from_slice(slice);
        Ok(out)
    }
    fn u32(&mut self) -> Result<u32, Error> {
        self.take::<4>().map(u32::from_le_bytes)
    }
    fn f32(&mut self) -> Result<f32, Error> {
        self.take::<4>().map(f32::from_le_bytes)
    }
    fn i16(&mut self) -> Result<i16, Error> {
        self.take::<2>().map(i16::from_le_bytes)
    }
}

/// Reusable buffers for Viterbi decoding.
#[derive(Debug, Default)]
pub(crate) struct Viterbi {
    score: Vec<[f32; TAGS]>,
    back: Vec<[u8; TAGS]>,
}

impl Viterbi {
    /// The best tag sequence for `emissions` under `transitions` and the BIO constraints,
    /// written to `out`.
    pub(crate) fn decode(
        &mut self,
        emissions: &[[f32; TAGS]],
        transitions: &[[f32; TAGS]; TAGS + 1],
        out: &mut Vec<Tag>,
    ) {
        out.clear();
        let n = emissions.len();
        if n == 0 {
            return;
        }
        self.score.clear();
        self.back.clear();
        let mut first = [f32::NEG_INFINITY; TAGS];
        for (t, s) in first.iter_mut().enumerate() {
            if allowed(START, t) {
                *s = emissions[0][t] + transitions[START][t];
            }
        }
        self.score.push(first);
        self.back.push([0; TAGS]);
        for em in &emissions[1..] {
            let prev = *self.score.last().unwrap_or(&first);
            let mut cur = [f32::NEG_INFINITY; TAGS];
            let mut back = [0u8; TAGS];
            for next in 0..TAGS {
                let mut best = f32::NEG_INFINITY;
                let mut arg = 0usize;
                for (p, &ps) in prev.iter().enumerate() {
                    if !allowed(p, next) {
                        continue;
                    }
                    let s = ps + transitions[p][next];
                    if s > best {
                        best = s;
                        arg = p;
                    }
                }
                cur[next] = best + em[next];
                back[next] = arg as u8;
            }
            self.score.push(cur);
            self.back.push(back);
        }
        let last = self.score[n - 1];
        let mut tag = 0;
        for t in 1..TAGS {
            if last[t] > last[tag] {
                tag = t;
            }
        }
        out.resize(n, 0);
        for i in (0..n).rev() {
            out[i] = tag;
            tag = usize::from(self.back[i][tag]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_indices_round_trip() {
        for label in [NerLabel::Per, NerLabel::Org, NerLabel::Loc] {
            for inside in [false, true] {
                assert_eq!(label_of(tag_of(label, inside)), Some((label, inside)));
            }
        }
        assert_eq!(label_of(0), None);
        assert_eq!(label_of(TAGS), None);
    }

    #[test]
    fn bio_constraints() {
        let b_per = tag_of(NerLabel::Per, false);
        let i_per = tag_of(NerLabel::Per, true);
        let i_org = tag_of(NerLabel::Org, true);
        let b_loc = tag_of(NerLabel::Loc, false);
        let cases = [
            (START, i_per, false),
            (0, i_per, false),
            (b_per, i_per, true),
            (i_per, i_per, true),
            (b_per, i_org, false),
            (i_per, i_org, false),
            (START, b_per, true),
            (i_org, b_loc, true),
            (b_loc, 0, true),
        ];
        for (prev, next, ok) in cases {
            assert_eq!(allowed(prev, next), ok, "{prev} -> {next}");
        }
    }

    #[test]
    fn viterbi_never_starts_an_entity_with_i() {
        // Emissions favour I-PER everywhere; the decoder must open with B-PER.
        let i_per = tag_of(NerLabel::Per, true);
        let b_per = tag_of(NerLabel::Per, false);
        let mut em = [[0f32; TAGS]; 3];
        for e in &mut em {
            e[i_per] = 5.0;
            e[b_per] = 1.0;
        }
        em[1][0] = 10.0; // an O in the middle breaks the span
        let mut out = Vec::new();
        Viterbi::default().decode(&em, &[[0.0; TAGS]; TAGS + 1], &mut out);
        assert_eq!(out, vec![b_per, 0, b_per]);
        for w in out.windows(2) {
            assert!(allowed(w[0], w[1]));
        }
        Viterbi::default().decode(&[], &[[0.0; TAGS]; TAGS + 1], &mut out);
        assert!(out.is_empty());
    }

    fn sample() -> Model {
        let mut trans = [[0f32; TAGS]; TAGS + 1];
        trans[START][1] = 0.5;
        trans[1][2] = 1.25;
        Model::from_float(
            7,
            vec![
                (42, [1.0, -2.0, 0.0, 0.5, 0.0, 0.0, 3.0]),
                (7, [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.0]),
                (9, [0.0; TAGS]),
            ],
            trans,
            0.0,
        )
    }

    #[test]
    fn save_load_round_trip() {
        let model = sample();
        assert_eq!(model.rows(), 2, "an all-zero row is pruned");
        let bytes = model.to_bytes();
        let back = Model::from_bytes(&bytes).map_err(|e| e.to_string());
        let back = back.as_ref().map_err(String::as_str);
        assert!(back.is_ok(), "{back:?}");
        let Ok(back) = back else { return };
        assert_eq!(back.keys, model.keys);
        assert_eq!(back.weights, model.weights);
        assert_eq!(back.transitions, model.transitions);
        assert_eq!(back.feature_set, 7);
        let mut s = [0f32; TAGS];
        back.add(42, &mut s);
        back.add(1234, &mut s); // unknown key: nothing
        assert!(
            (s[6] - 3.0).abs() < 1e-3 && (s[1] + 2.0).abs() < 1e-3,
            "{s:?}"
        );
    }

    #[test]
    fn corrupt_files_are_rejected() {
        let bytes = sample().to_bytes();
        let mut flipped = bytes.clone();
        flipped[40] ^= 0x10;
        let mut wrong_magic = bytes.clone();
        wrong_magic[0] = b'X';
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("empty", Vec::new()),
            ("truncated", bytes[..bytes.len() / 2].to_vec()),
            ("flipped bit", flipped),
            ("magic", wrong_magic),
            ("garbage", vec![0xAB; 300]),
        ];
        for (what, data) in cases {
            assert!(
                matches!(Model::from_bytes(&data), Err(Error::Model(_))),
                "{what}"
            );
        }
    }
}
