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

/// Number of entity labels.
const LABELS: usize = 3;

/// The tags that may follow any tag: O and the B tags.
const OPEN: [Tag; 4] = [0, 1, 3, 5];

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

/// The entity runs of a tag sequence as (first token, end token, label): a B or stray I
/// tag and the I tags of its label after it.
pub(crate) fn entity_runs(tags: &[Tag]) -> impl Iterator<Item = (usize, usize, NerLabel)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < tags.len() {
            let Some((label, _)) = label_of(tags[i]) else {
                i += 1;
                continue;
            };
            let start = i;
            i += 1;
            while i < tags.len() && label_of(tags[i]) == Some((label, true)) {
                i += 1;
            }
            return Some((start, i, label));
        }
        None
    })
}

/// Whether `next` may follow `prev` (`START` for the first token): an I tag continues a B
/// or I of the same label.
pub(crate) fn allowed(prev: usize, next: Tag) -> bool {
    match label_of(next) {
        Some((label, true)) => prev != START && label_of(prev).is_some_and(|(l, _)| l == label),
        _ => true,
    }
}

/// The weights of one feature, one per tag.
type Row = [i16; TAGS];

/// Rows per bucket.
const WAYS: usize = 4;

/// One cache line of the weight table: the checks of four keys (16 bits each, 0 = empty
/// place), then their four rows. A key is looked for in its home bucket only (the four
/// checks compared at once, without branches), and in the following buckets only when
/// its home bucket overflowed while the table was built.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(64))]
struct Bucket {
    checks: u64,
    rows: [Row; WAYS],
}

const CHECK_LANES: u64 = 0x0001_0001_0001_0001;

impl Bucket {
    /// The row of the key checked `check`, if it is here.
    #[inline]
    fn find(&self, check: u16) -> Option<&Row> {
        // The lowest 16-bit lane of `x` that is zero marks the first match.
        let x = self.checks ^ u64::from(check).wrapping_mul(CHECK_LANES);
        let zero = x.wrapping_sub(CHECK_LANES) & !x & (CHECK_LANES << 15);
        self.rows.get((zero.trailing_zeros() / 16) as usize)
    }

    fn check(&self, way: usize) -> u16 {
        (self.checks >> (16 * way)) as u16
    }
}

/// Feature weights in a compact lookup table.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    /// Tells this model apart from every other one loaded in the process (for caches).
    pub id: u64,
    /// Version of the feature templates the weights belong to.
    pub feature_set: u32,
    /// Sorted feature keys (as stored in the file).
    keys: Vec<u32>,
    /// `weights[row * TAGS + tag]`, to be multiplied by `scale`.
    weights: Vec<i16>,
    scale: f32,
    /// `transitions[prev][next]`, `prev == START` for the first token.
    pub transitions: [[f32; TAGS]; TAGS + 1],
    /// Bucketed hash table from key to weights. A key's home bucket is given by its low
    /// bits, and a slot matches a key by the key's upper 16 bits (never 0, see
    /// [`checked_key`]). Two keys that agree on both are one feature to the table (one
    /// more hash collision among many; the table keeps the first).
    table: Vec<Bucket>,
    /// One bit per bucket: some key whose home it is lies in a later bucket.
    overflow: Vec<u64>,
}

/// `key` made usable by the table: its upper 16 bits are never all zero.
#[inline]
pub(crate) fn checked_key(key: u32) -> u32 {
    key | u32::from(key >> 16 == 0) << 16
}

/// The home bucket of `key` among `buckets`: the key scrambled, scaled to the table.
#[inline]
fn home_of(key: u32, buckets: usize) -> usize {
    ((u64::from(key.wrapping_mul(0x9e37_79b1)) * buckets as u64) >> 32) as usize
}

#[inline]
fn next_bucket(b: usize, buckets: usize) -> usize {
    if b + 1 >= buckets {
        0
    } else {
        b + 1
    }
}

#[inline]
fn check_of(key: u32) -> u16 {
    (key >> 16) as u16
}

/// Lanes of [`RawScores`]: one per tag and one more, so that sums are whole vectors.
pub(crate) const LANES: usize = 8;

/// Integer tag scores of one token: lane `t` is the sum of tag `t`'s quantized weights;
/// the last lane stays 0.
pub(crate) type RawScores = [i32; LANES];

impl Model {
    /// A model from its parts, with the key index built.
    fn assemble(
        feature_set: u32,
        keys: Vec<u32>,
        weights: Vec<i16>,
        scale: f32,
        transitions: [[f32; TAGS]; TAGS + 1],
    ) -> Model {
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let mut model = Model {
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            feature_set,
            keys,
            weights,
            scale,
            transitions,
            table: Vec::new(),
            overflow: Vec::new(),
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
        // Buckets about 0.7 full: a table of 64 bytes per 2.8 rows.
        let buckets = (self.keys.len() * 10 / (7 * WAYS)).max(16);
        let mut table = vec![Bucket::default(); buckets];
        let mut overflow = vec![0u64; buckets.div_ceil(64)];
        'rows: for (row, &k) in self.keys.iter().enumerate() {
            let k = checked_key(k);
            let check = check_of(k);
            let home = home_of(k, buckets);
            if table[home].find(check).is_some() {
                // Same home and check as an earlier key: a collision.
                continue;
            }
            let mut b = home;
            loop {
                let bucket = &mut table[b];
                if let Some(way) = (0..WAYS).find(|&w| bucket.check(w) == 0) {
                    bucket.checks |= u64::from(check) << (16 * way);
                    bucket.rows[way].copy_from_slice(&self.weights[row * TAGS..row * TAGS + TAGS]);
                    continue 'rows;
                }
                overflow[b / 64] |= 1 << (b % 64);
                b = next_bucket(b, buckets);
            }
        }
        self.table = table;
        self.overflow = overflow;
    }

    /// Number of weight rows.
    pub(crate) fn rows(&self) -> usize {
        self.keys.len()
    }

    /// Integer tag scores of a token with the feature `keys` (made by [`checked_key`]).
    #[inline]
    pub(crate) fn raw_scores(&self, keys: &[u32]) -> RawScores {
        let mut acc = [0i32; LANES];
        self.add_scores(keys, &mut acc);
        acc
    }

    /// Add the weights of the feature `keys` to `acc`.
    #[inline]
    pub(crate) fn add_scores(&self, keys: &[u32], acc: &mut RawScores) {
        for &key in keys {
            if let Some(row) = self.row(key) {
                for t in 0..TAGS {
                    acc[t] += i32::from(row[t]);
                }
            }
        }
    }

    /// The weights of `key`, if it is a feature of the model.
    #[inline]
    fn row(&self, key: u32) -> Option<&Row> {
        let buckets = self.table.len();
        let check = check_of(key);
        let mut b = home_of(key, buckets);
        loop {
            if let Some(row) = self.table.get(b)?.find(check) {
                return Some(row);
            }
            if self.overflow.get(b / 64)? & (1 << (b % 64)) == 0 {
                return None;
            }
            b = next_bucket(b, buckets);
        }
    }

    /// Read the home buckets of `keys` without using them: loads that do not wait for one
    /// another, so that the lookups that follow find their buckets in cache instead of
    /// missing one after the other.
    #[inline]
    pub(crate) fn touch(&self, keys: &[u32]) {
        let buckets = self.table.len();
        let mut x = 0u64;
        for &key in keys {
            x ^= self
                .table
                .get(home_of(key, buckets))
                .map_or(0, |b| b.checks);
        }
        std::hint::black_box(x);
    }

    /// Tag scores of a token from its integer scores.
    #[inline]
    pub(crate) fn scale(&self, raw: &RawScores) -> [f32; TAGS] {
        let mut out = [0f32; TAGS];
        for t in 0..TAGS {
            out[t] = raw[t] as f32 * self.scale;
        }
        out
    }

    /// Add the weights of `key` to `scores`.
    #[cfg(test)]
    pub(crate) fn add(&self, key: u32, scores: &mut [f32; TAGS]) {
        let raw = self.raw_scores(&[checked_key(key)]);
        for (s, r) in scores.iter_mut().zip(self.scale(&raw)) {
            *s += r;
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
        // (Read as whole slices: a model has about half a million weights.)
        let keys: Vec<u32> = r
            .slice(rows * 4)?
            .chunks_exact(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        if keys.windows(2).any(|w| w[0] >= w[1]) {
            return Err(bad("feature keys are not strictly increasing"));
        }
        let weights: Vec<i16> = r
            .slice(rows * TAGS * 2)?
            .chunks_exact(2)
            .map(|b| i16::from_le_bytes([b[0], b[1]]))
            .collect();
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
    fn slice(&mut self, len: usize) -> Result<&[u8], Error> {
        let end = self.pos.saturating_add(len);
        let slice = self
            .bytes
            .get(self.pos..end)
            .ok_or_else(|| Error::Model("unexpected end of file".to_string()))?;
        self.pos = end;
        Ok(slice)
    }
    fn u32(&mut self) -> Result<u32, Error> {
        self.take::<4>().map(u32::from_le_bytes)
    }
    fn f32(&mut self) -> Result<f32, Error> {
        self.take::<4>().map(f32::from_le_bytes)
    }
}

/// Reusable buffers for Viterbi decoding.
#[derive(Debug, Default)]
pub(crate) struct Viterbi {
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
        self.decode_between(emissions, transitions, START, false, out);
    }

    /// Like [`Viterbi::decode`] for tokens that the tag `before` precedes (`START`: none)
    /// and, if `closed`, an O tag follows.
    pub(crate) fn decode_between(
        &mut self,
        emissions: &[[f32; TAGS]],
        transitions: &[[f32; TAGS]; TAGS + 1],
        before: usize,
        closed: bool,
        out: &mut Vec<Tag>,
    ) {
        out.clear();
        let n = emissions.len();
        if n == 0 {
            return;
        }
        self.back.clear();
        // The BIO constraints leave two kinds of tags: O and B tags may follow any tag,
        // the I tag of a label only the B or I tag of that label. The first are scored
        // together as one vector over every previous tag, the second from their two
        // possible predecessors; in both, the first best previous tag wins, as when each
        // pair is tried in turn.
        let mut open = [[0f32; OPEN.len()]; TAGS];
        for (row, from) in open.iter_mut().zip(transitions) {
            for (o, &t) in row.iter_mut().zip(&OPEN) {
                *o = from[t];
            }
        }
        let mut inside = [[0f32; 2]; LABELS];
        for (k, pair) in inside.iter_mut().enumerate() {
            let (b, i) = (1 + 2 * k, 2 + 2 * k);
            *pair = [transitions[b][i], transitions[i][i]];
        }
        let before = before.min(START);
        let mut first = [f32::NEG_INFINITY; TAGS];
        for (t, s) in first.iter_mut().enumerate() {
            if allowed(before, t) {
                *s = emissions[0][t] + transitions[before][t];
            }
        }
        self.back.push([0; TAGS]);
        let mut prev = first;
        for em in &emissions[1..] {
            // (The best previous tag kept as a float beside its score, so that both are
            // chosen by one vector comparison.)
            let mut best = [0f32; OPEN.len()];
            for j in 0..OPEN.len() {
                best[j] = prev[0] + open[0][j];
            }
            let mut arg = [0f32; OPEN.len()];
            for (p, (&ps, row)) in prev.iter().zip(&open).enumerate().skip(1) {
                let p = p as f32;
                for j in 0..OPEN.len() {
                    let s = ps + row[j];
                    let better = s > best[j];
                    best[j] = if better { s } else { best[j] };
                    arg[j] = if better { p } else { arg[j] };
                }
            }
            let mut cur = [0f32; TAGS];
            let mut back = [0u8; TAGS];
            for (j, &t) in OPEN.iter().enumerate() {
                cur[t] = best[j] + em[t];
                back[t] = arg[j] as u8;
            }
            for (k, pair) in inside.iter().enumerate() {
                let (b, i) = (1 + 2 * k, 2 + 2 * k);
                let from_b = prev[b] + pair[0];
                let from_i = prev[i] + pair[1];
                let (s, p) = if from_i > from_b {
                    (from_i, i)
                } else {
                    (from_b, b)
                };
                cur[i] = s + em[i];
                back[i] = p as u8;
            }
            self.back.push(back);
            prev = cur;
        }
        let mut last = prev;
        if closed {
            for (s, from) in last.iter_mut().zip(transitions) {
                *s += from[0];
            }
        }
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

    /// Viterbi decoding the plain way: every pair of tags, forbidden ones skipped.
    fn reference_decode(
        em: &[[f32; TAGS]],
        trans: &[[f32; TAGS]; TAGS + 1],
        before: usize,
        closed: bool,
    ) -> Vec<Tag> {
        let n = em.len();
        if n == 0 {
            return Vec::new();
        }
        let mut score = vec![[f32::NEG_INFINITY; TAGS]; n];
        let mut back = vec![[0usize; TAGS]; n];
        for t in 0..TAGS {
            if allowed(before, t) {
                score[0][t] = em[0][t] + trans[before][t];
            }
        }
        for i in 1..n {
            for next in 0..TAGS {
                let mut best = f32::NEG_INFINITY;
                for p in 0..TAGS {
                    if !allowed(p, next) {
                        continue;
                    }
                    let s = score[i - 1][p] + trans[p][next];
                    if s > best {
                        best = s;
                        back[i][next] = p;
                    }
                }
                score[i][next] = best + em[i][next];
            }
        }
        if closed {
            for t in 0..TAGS {
                score[n - 1][t] += trans[t][0];
            }
        }
        let mut tag = 0;
        for t in 1..TAGS {
            if score[n - 1][t] > score[n - 1][tag] {
                tag = t;
            }
        }
        let mut out = vec![0; n];
        for i in (0..n).rev() {
            out[i] = tag;
            tag = back[i][tag];
        }
        out
    }

    #[test]
    fn viterbi_matches_the_plain_decoder() {
        // A small deterministic generator; scores on a coarse grid so that ties occur.
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = |scale: f32| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            ((x % 9) as f32 - 4.0) * scale
        };
        let mut out = Vec::new();
        let mut viterbi = Viterbi::default();
        for round in 0..300 {
            let mut trans = [[0f32; TAGS]; TAGS + 1];
            for row in trans.iter_mut() {
                for v in row.iter_mut() {
                    *v = next(0.5);
                }
            }
            let n = round % 17;
            let em: Vec<[f32; TAGS]> = (0..n).map(|_| std::array::from_fn(|_| next(1.0))).collect();
            viterbi.decode(&em, &trans, &mut out);
            assert_eq!(
                out,
                reference_decode(&em, &trans, START, false),
                "round {round}"
            );
            let before = [START, 0, 1, 2][round % 4];
            let closed = round % 3 == 0;
            viterbi.decode_between(&em, &trans, before, closed, &mut out);
            let want = reference_decode(&em, &trans, before, closed);
            assert_eq!(out, want, "round {round} after {before}");
        }
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
    fn bucket_finds_the_first_matching_check() {
        let mut b = Bucket::default();
        for (way, check) in [(0, 0x1234u16), (1, 0x0001), (2, 0xffff), (3, 0x1234)] {
            b.checks |= u64::from(check) << (16 * way);
            b.rows[way] = [way as i16; TAGS];
        }
        // (check looked for, row found by its first weight)
        let cases = [
            (0x1234u16, Some(0i16)),
            (0x0001, Some(1)),
            (0xffff, Some(2)),
            (0x1235, None),
            (0x0002, None),
            (0x8000, None),
        ];
        for (check, want) in cases {
            assert_eq!(b.find(check).map(|r| r[0]), want, "{check:#x}");
        }
        let half = Bucket {
            checks: 0x00ff,
            ..Bucket::default()
        };
        assert!(half.find(0x00ff).is_some());
        assert!(half.find(0x0100).is_none());
    }

    #[test]
    fn every_key_is_found_even_past_full_buckets() {
        // Many more keys than a minimal table has room for in their home buckets.
        let rows: Vec<(u32, [f32; TAGS])> = (1..=500u32)
            .map(|i| {
                let key = checked_key(i.wrapping_mul(0x9e37_79b9) ^ 0xdead_0000);
                (key, [i as f32; TAGS])
            })
            .collect();
        let model = Model::from_float(0, rows.clone(), [[0.0; TAGS]; TAGS + 1], 0.0);
        let mut found = 0;
        for (key, w) in &rows {
            let s = model.scale(&model.raw_scores(&[*key]));
            if (s[0] - w[0]).abs() < 0.01 * w[0] {
                found += 1;
            }
        }
        // Keys that share both home and check with an earlier key are one feature.
        assert!(found >= 495, "{found} of 500");
        let none = model.raw_scores(&[checked_key(0x0bad_0001), checked_key(0x7777_7777)]);
        assert_eq!(none, [0; LANES]);
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
