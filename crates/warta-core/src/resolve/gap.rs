//! A vector with a movable gap, for lists edited in order of position: a scraped page can
//! be one huge line with tens of thousands of mentions, and inserting into or removing
//! from a plain `Vec` there would move the whole tail each time.

use std::ops::{Index, IndexMut};

/// A sequence stored as the elements before the gap, in order, and the elements after it,
/// in reverse. Inserting or removing at index `i` moves the gap there first: the cost is
/// the distance from the last edit, so edits made from the start to the end cost the
/// length of the list once, in all.
#[derive(Debug, Default)]
pub(crate) struct GapVec<T> {
    before: Vec<T>,
    after_reversed: Vec<T>,
}

impl<T> From<Vec<T>> for GapVec<T> {
    fn from(v: Vec<T>) -> Self {
        GapVec {
            before: v,
            after_reversed: Vec::new(),
        }
    }
}

impl<T> GapVec<T> {
    /// The number of elements.
    pub(crate) fn len(&self) -> usize {
        self.before.len() + self.after_reversed.len()
    }

    /// The element at `i`, if any.
    pub(crate) fn get(&self, i: usize) -> Option<&T> {
        match i.checked_sub(self.before.len()) {
            None => self.before.get(i),
            Some(j) => self
                .after_reversed
                .len()
                .checked_sub(j + 1)
                .and_then(|r| self.after_reversed.get(r)),
        }
    }

    fn get_mut(&mut self, i: usize) -> Option<&mut T> {
        match i.checked_sub(self.before.len()) {
            None => self.before.get_mut(i),
            Some(j) => self
                .after_reversed
                .len()
                .checked_sub(j + 1)
                .and_then(|r| self.after_reversed.get_mut(r)),
        }
    }

    /// Move the gap to just before index `at` (at most the length).
    fn move_gap(&mut self, at: usize) {
        while self.before.len() > at {
            if let Some(x) = self.before.pop() {
                self.after_reversed.push(x);
            }
        }
        while self.before.len() < at {
            match self.after_reversed.pop() {
                Some(x) => self.before.push(x),
                None => break,
            }
        }
    }

    /// Insert `x` at index `at`, as [`Vec::insert`]; panics if `at > len`.
    pub(crate) fn insert(&mut self, at: usize, x: T) {
        assert!(at <= self.len(), "insertion index {at} out of bounds");
        self.move_gap(at);
        self.before.push(x);
    }

    /// Remove and return the element at `at`, as [`Vec::remove`]; panics if out of bounds.
    pub(crate) fn remove(&mut self, at: usize) -> T {
        assert!(at < self.len(), "removal index {at} out of bounds");
        self.move_gap(at + 1);
        self.before
            .pop()
            .unwrap_or_else(|| unreachable!("the gap was moved past an element"))
    }

    /// The index of the first element for which `pred` is false, the elements being
    /// partitioned by it (as [`slice::partition_point`]).
    pub(crate) fn partition_point(&self, mut pred: impl FnMut(&T) -> bool) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.get(mid).is_some_and(&mut pred) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// The elements, in order.
    pub(crate) fn into_vec(mut self) -> Vec<T> {
        self.before.extend(self.after_reversed.drain(..).rev());
        self.before
    }
}

impl<T> Index<usize> for GapVec<T> {
    type Output = T;

    fn index(&self, i: usize) -> &T {
        match self.get(i) {
            Some(x) => x,
            None => panic!("index {i} out of bounds"),
        }
    }
}

impl<T> IndexMut<usize> for GapVec<T> {
    fn index_mut(&mut self, i: usize) -> &mut T {
        match self.get_mut(i) {
            Some(x) => x,
            None => panic!("index {i} out of bounds"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_like_a_vec() {
        let mut v: Vec<u32> = (0..20).collect();
        let mut g = GapVec::from(v.clone());
        let edits: &[(bool, usize)] = &[
            (true, 5),
            (false, 3),
            (true, 19),
            (false, 0),
            (true, 0),
            (false, 12),
            (true, 20),
            (false, 7),
        ];
        for (n, &(insert, at)) in edits.iter().enumerate() {
            if insert {
                v.insert(at, 100 + n as u32);
                g.insert(at, 100 + n as u32);
            } else {
                assert_eq!(v.remove(at), g.remove(at));
            }
            assert_eq!(g.len(), v.len());
            for (i, x) in v.iter().enumerate() {
                assert_eq!(g[i], *x);
            }
            assert_eq!(g.get(v.len()), None);
        }
        g[3] = 7;
        v[3] = 7;
        assert_eq!(
            g.partition_point(|&x| x < 10),
            v.partition_point(|&x| x < 10)
        );
        assert_eq!(g.into_vec(), v);
    }
}
