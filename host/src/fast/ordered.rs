//! Work spread over every core, results kept in order, memory bounded.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, mpsc};

/// Items are processed in chunks, each chunk by one worker, in order, with a state
/// made fresh for the chunk (e.g. a sandbox [`Session`] whose instances are reused
/// within the chunk). A chunk holds at most this many items, and fewer when there are
/// few items, so that even a few hundred heavy items (districts with their communes)
/// spread over several cores. The chunking depends on the number of items alone, never
/// on the number of cores, so results are the same on any machine.
///
/// [`Session`]: crate::sandbox::Session
pub const CHUNK: usize = 128;

/// The smallest chunk: a chunk instantiates every module it runs once, which for fewer
/// localities costs more than their calls (705 districts in chunks of 12: sandboxed
/// calls 3.6× native; of 32: 2.5–3.1×; of 64: 2.3×, measured). A few hundred districts
/// still spread over a dozen cores.
pub const MIN_CHUNK: usize = 64;

/// The chunk size for `n` items: about 64 chunks, between [`MIN_CHUNK`] and [`CHUNK`]
/// items each.
pub fn chunk_size(n: usize) -> usize {
    n.div_ceil(64).clamp(MIN_CHUNK, CHUNK)
}

/// Applies `work` to every item on all cores and hands the results to `emit` in the
/// items' order, on the calling thread. Each chunk of [`chunk_size`] consecutive items
/// gets a fresh state from `new_state`. At most two chunks per worker are in flight or
/// waiting to be emitted, so memory stays bounded however many items there are.
pub fn for_each_ordered<T, S, R, N, W, E>(items: &[T], new_state: N, work: W, emit: E)
where
    T: Sync,
    R: Send,
    N: Fn() -> S + Sync,
    W: Fn(&mut S, &T) -> R + Sync,
    E: FnMut(R),
{
    for_each_chunk_ordered(
        items,
        |chunk: &[T]| {
            let mut state = new_state();
            chunk.iter().map(|item| work(&mut state, item)).collect()
        },
        emit,
    );
}

/// [`for_each_ordered`] for work that takes a whole chunk at once (e.g. to run each
/// criterion over every locality of the chunk in turn): `work` returns one result per
/// item of its chunk, in order.
pub fn for_each_chunk_ordered<T, R, W, E>(items: &[T], work: W, mut emit: E)
where
    T: Sync,
    R: Send,
    W: Fn(&[T]) -> Vec<R> + Sync,
    E: FnMut(R),
{
    let chunks: Vec<&[T]> = items.chunks(chunk_size(items.len())).collect();
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(chunks.len());
    if workers <= 1 {
        for chunk in chunks {
            work(chunk).into_iter().for_each(&mut emit);
        }
        return;
    }
    let window = workers * 2;
    let next = AtomicUsize::new(0);
    // How many chunks have been emitted; workers wait on it so that no more than
    // `window` chunks are ahead of the emitter.
    let emitted = (Mutex::new(0usize), Condvar::new());
    let failed = AtomicBool::new(false);
    let (tx, rx) = mpsc::channel::<(usize, Vec<R>)>();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let tx = tx.clone();
            let (chunks, next, emitted, failed, work) = (&chunks, &next, &emitted, &failed, &work);
            scope.spawn(move || {
                // Should `work` panic, let the other workers stop waiting.
                let _guard = WakeOnPanic { emitted, failed };
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(chunk) = chunks.get(i) else { break };
                    let Ok(mut done) = emitted.0.lock() else {
                        break;
                    };
                    while i >= *done + window && !failed.load(Ordering::Relaxed) {
                        match emitted.1.wait(done) {
                            Ok(d) => done = d,
                            Err(_) => return,
                        }
                    }
                    drop(done);
                    if failed.load(Ordering::Relaxed) || tx.send((i, work(chunk))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut pending = BTreeMap::new();
        let mut want = 0;
        for (i, results) in rx {
            pending.insert(i, results);
            while let Some(results) = pending.remove(&want) {
                results.into_iter().for_each(&mut emit);
                want += 1;
                if let Ok(mut done) = emitted.0.lock() {
                    *done = want;
                }
                emitted.1.notify_all();
            }
        }
    });
}

struct WakeOnPanic<'a> {
    emitted: &'a (Mutex<usize>, Condvar),
    failed: &'a AtomicBool,
}

impl Drop for WakeOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.failed.store(true, Ordering::Relaxed);
            self.emitted.1.notify_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_order_with_a_fresh_state_per_chunk() {
        let items: Vec<usize> = (0..10_000).collect();
        let mut seen = Vec::new();
        for_each_ordered(
            &items,
            || 0usize,
            |calls, &i| {
                *calls += 1;
                (i, *calls)
            },
            |r| seen.push(r),
        );
        assert_eq!(seen.len(), items.len());
        for (k, &(i, calls)) in seen.iter().enumerate() {
            assert_eq!(i, k);
            // The state counts the calls within the item's chunk only.
            assert_eq!(calls, k % chunk_size(items.len()) + 1);
        }
    }

    #[test]
    fn chunks_depend_on_the_number_of_items_only() {
        assert_eq!(chunk_size(0), MIN_CHUNK);
        assert_eq!(chunk_size(1), MIN_CHUNK);
        assert_eq!(chunk_size(705), MIN_CHUNK);
        assert_eq!(chunk_size(5_000), 79);
        assert_eq!(chunk_size(10_599), CHUNK);
    }

    #[test]
    fn no_items_no_results() {
        let mut n = 0;
        for_each_ordered(&[] as &[u8], || (), |_, _| (), |_| n += 1);
        assert_eq!(n, 0);
    }
}
