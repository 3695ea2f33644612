//! Which spans cover which bytes: overlap questions between mention lists answered in time
//! linear in the text, whatever the number of mentions (a scraped page can be one 5 MB line).

use std::ops::Range;

/// For each byte of the text, the lowest index of the spans covering it.
pub(crate) struct Coverage {
    first: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl Coverage {
    /// Nothing covered, over a text of `len` bytes.
    pub(crate) fn new(len: usize) -> Self {
        Coverage {
            first: vec![NONE; len],
        }
    }

    /// Coverage of `spans`, each known by its position in the iterator.
    pub(crate) fn of<'a>(len: usize, spans: impl IntoIterator<Item = &'a Range<usize>>) -> Self {
        let mut c = Coverage::new(len);
        for (i, span) in spans.into_iter().enumerate() {
            c.mark(span, i);
        }
        c
    }

    /// Record that span number `index` covers `span`.
    pub(crate) fn mark(&mut self, span: &Range<usize>, index: usize) {
        let index = u32::try_from(index).unwrap_or(NONE - 1);
        let end = span.end.min(self.first.len());
        if let Some(cells) = self.first.get_mut(span.start.min(end)..end) {
            for cell in cells {
                *cell = (*cell).min(index);
            }
        }
    }

    /// The lowest index of the spans sharing a byte with `span`.
    pub(crate) fn first_overlapping(&self, span: &Range<usize>) -> Option<usize> {
        let end = span.end.min(self.first.len());
        let min = self
            .first
            .get(span.start.min(end)..end)?
            .iter()
            .copied()
            .min()?;
        (min != NONE).then_some(min as usize)
    }

    /// Whether any span shares a byte with `span` (an empty span shares none).
    pub(crate) fn overlaps(&self, span: &Range<usize>) -> bool {
        self.first_overlapping(span).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_like_pairwise_overlap() {
        let spans = [5..9, 0..3, 7..12, 20..25];
        let c = Coverage::of(30, spans.iter());
        for probe in [
            0..1,
            2..5,
            3..5,
            8..9,
            9..20,
            12..20,
            24..40,
            29..30,
            40..50,
        ] {
            let want = spans
                .iter()
                .position(|s| s.start < probe.end && probe.start < s.end);
            assert_eq!(c.first_overlapping(&probe), want, "{probe:?}");
        }
    }
}
