//! Ordered parallel extraction with bounded memory.
//!
//! Inputs are read in chunks; while the workers extract one chunk, the next one is read,
//! and each finished chunk is handed to the sink in input order. At most two chunks are
//! in memory at a time, so a stream of any length runs in bounded memory.
//! [`map_ordered_overlapped`] also runs the sink while the workers extract the next chunk
//! (three chunks at most), for sinks that do real work of their own, such as indexing.

use rayon::prelude::*;
use warta_core::{Article, Extractor, Input};

use crate::input::InputError;

/// Articles per thread in one chunk: large enough to keep every worker busy, small
/// enough that a slow article does not hold back much output.
const PER_THREAD: usize = 16;
/// A chunk closes when its raw text passes this size, whatever the count.
const CHUNK_BYTES: usize = 32 << 20;

/// Extract every input on `threads` workers (0: all cores) and give the results to
/// `sink` in input order. A failed input is passed on as its error; the first error the
/// sink returns stops the run and is returned.
#[allow(dead_code)] // the entry point for commands that take articles rather than bytes
pub fn extract_ordered<I, F>(
    extractor: &Extractor,
    inputs: I,
    threads: usize,
    sink: F,
) -> anyhow::Result<()>
where
    I: Iterator<Item = Result<Input, InputError>> + Send,
    F: FnMut(Result<Article, InputError>) -> anyhow::Result<()>,
{
    map_ordered(inputs, threads, |input| extractor.extract(&input), sink)
}

/// The general form of [`extract_ordered`]: `map` runs on the workers (extraction, and
/// whatever else is worth doing in parallel, such as serialization), `sink` runs on the
/// calling thread in input order.
pub fn map_ordered<I, T, M, F>(inputs: I, threads: usize, map: M, mut sink: F) -> anyhow::Result<()>
where
    I: Iterator<Item = Result<Input, InputError>> + Send,
    T: Send,
    M: Fn(Input) -> T + Sync,
    F: FnMut(Result<T, InputError>) -> anyhow::Result<()>,
{
    let mut result = Ok(());
    map_chunks(inputs, threads, &map, |done| {
        result = sink_chunk(done, &mut sink);
        result.is_ok()
    })?;
    result
}

/// Give each item of a finished chunk to `sink`, stopping at its first error.
fn sink_chunk<T>(
    done: Vec<Result<T, InputError>>,
    sink: &mut impl FnMut(Result<T, InputError>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    done.into_iter().try_for_each(sink)
}

/// [`map_ordered`] with the sink running on the calling thread while the workers extract
/// the next chunk: finished chunks pass through a channel holding at most one, so at most
/// three chunks are in memory (one being extracted, one waiting, one being sunk). The first
/// error the sink returns stops the run and is returned; the workers stop after the chunk
/// they are on.
pub fn map_ordered_overlapped<I, T, M, F>(
    inputs: I,
    threads: usize,
    map: M,
    mut sink: F,
) -> anyhow::Result<()>
where
    I: Iterator<Item = Result<Input, InputError>> + Send,
    T: Send,
    M: Fn(Input) -> T + Sync,
    F: FnMut(Result<T, InputError>) -> anyhow::Result<()>,
{
    let (done_tx, done_rx) = std::sync::mpsc::sync_channel::<Vec<Result<T, InputError>>>(1);
    let map = &map;
    std::thread::scope(|scope| {
        let producer = scope.spawn(move || {
            // A send fails only when the sink has stopped: then so does extraction.
            map_chunks(inputs, threads, map, |done| done_tx.send(done).is_ok())
        });
        let mut result = Ok(());
        for done in done_rx.iter() {
            result = sink_chunk(done, &mut sink);
            if result.is_err() {
                break;
            }
        }
        // Unblock a producer waiting to send, then wait for it.
        drop(done_rx);
        let extracted = producer
            .join()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("an extraction worker panicked")));
        result.and(extracted)
    })
}

/// Extract chunk after chunk on a pool of `threads`, reading the next chunk meanwhile, and
/// give each finished chunk to `each` until it returns false.
fn map_chunks<I, T, M>(
    inputs: I,
    threads: usize,
    map: &M,
    mut each: impl FnMut(Vec<Result<T, InputError>>) -> bool,
) -> anyhow::Result<()>
where
    I: Iterator<Item = Result<Input, InputError>> + Send,
    T: Send,
    M: Fn(Input) -> T + Sync,
{
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("warta-worker-{i}"))
        .build()?;
    let chunk_len = pool.current_num_threads().max(1) * PER_THREAD;
    let mut inputs = inputs;
    let mut chunk = next_chunk(&mut inputs, chunk_len);
    while !chunk.is_empty() {
        let (done, next) = pool.join(
            || {
                chunk
                    .into_par_iter()
                    .map(|item| item.map(map))
                    .collect::<Vec<_>>()
            },
            || next_chunk(&mut inputs, chunk_len),
        );
        if !each(done) {
            break;
        }
        chunk = next;
    }
    Ok(())
}

/// Up to `len` inputs, or fewer when their text passes [`CHUNK_BYTES`].
fn next_chunk<I>(inputs: &mut I, len: usize) -> Vec<Result<Input, InputError>>
where
    I: Iterator<Item = Result<Input, InputError>>,
{
    let mut chunk = Vec::with_capacity(len);
    let mut bytes = 0;
    for item in inputs.by_ref() {
        if let Ok(input) = &item {
            bytes += input.text.len();
        }
        chunk.push(item);
        if chunk.len() >= len || bytes >= CHUNK_BYTES {
            break;
        }
    }
    chunk
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(n: usize) -> impl Iterator<Item = Result<Input, InputError>> + Send {
        (0..n).map(|i| {
            if i % 7 == 3 {
                Err(InputError {
                    origin: format!("in:{i}"),
                    reason: "bad".into(),
                })
            } else {
                Ok(Input::from_text(i.to_string()))
            }
        })
    }

    type Sink<'a> = Box<dyn FnMut(Result<String, InputError>) -> anyhow::Result<()> + 'a>;

    /// Both forms, with the same arguments.
    fn both(
        inputs: impl Fn() -> Box<dyn Iterator<Item = Result<Input, InputError>> + Send>,
        threads: usize,
        mut check: impl FnMut(&dyn Fn(Sink<'_>) -> anyhow::Result<()>),
    ) {
        check(&|sink| map_ordered(inputs(), threads, |input| input.text, sink));
        check(&|sink| map_ordered_overlapped(inputs(), threads, |input| input.text, sink));
    }

    #[test]
    fn keeps_input_order_with_errors_in_place() {
        for threads in [1, 2, 4] {
            both(
                || Box::new(numbered(500)),
                threads,
                |run| {
                    let mut seen = Vec::new();
                    run(Box::new(|item| {
                        seen.push(match item {
                            Ok(text) => text,
                            Err(e) => e.origin,
                        });
                        Ok(())
                    }))
                    .unwrap();
                    let want: Vec<String> = (0..500)
                        .map(|i| {
                            if i % 7 == 3 {
                                format!("in:{i}")
                            } else {
                                i.to_string()
                            }
                        })
                        .collect();
                    assert_eq!(seen, want, "threads {threads}");
                },
            );
        }
    }

    #[test]
    fn a_sink_error_stops_the_run() {
        both(
            || Box::new(numbered(1000)),
            2,
            |run| {
                let mut calls = 0;
                let result = run(Box::new(|_| {
                    calls += 1;
                    if calls == 10 {
                        anyhow::bail!("stop")
                    }
                    Ok(())
                }));
                assert!(result.is_err());
                assert_eq!(calls, 10);
            },
        );
    }

    #[test]
    fn empty_input_calls_nothing() {
        both(
            || Box::new(numbered(0)),
            2,
            |run| {
                let mut calls = 0;
                run(Box::new(|_| {
                    calls += 1;
                    Ok(())
                }))
                .unwrap();
                assert_eq!(calls, 0);
            },
        );
    }
}
