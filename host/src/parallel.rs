//! Work spread over every core, results kept in order.

/// Applies `work` to every item on all cores and hands the results to `emit` in the
/// items' order. Items are processed in small batches, so memory stays bounded however
/// many items there are.
pub fn for_each_ordered<T, R, W, E>(items: &[T], work: W, mut emit: E)
where
    T: Sync,
    R: Send,
    W: Fn(&T) -> R + Sync,
    E: FnMut(R),
{
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let batch = (workers * 8).max(1);
    for chunk in items.chunks(batch) {
        let next = std::sync::atomic::AtomicUsize::new(0);
        let slots: Vec<std::sync::Mutex<Option<R>>> =
            chunk.iter().map(|_| std::sync::Mutex::new(None)).collect();
        std::thread::scope(|s| {
            for _ in 0..workers.min(chunk.len()) {
                s.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let (Some(item), Some(slot)) = (chunk.get(i), slots.get(i)) else {
                            break;
                        };
                        let r = work(item);
                        if let Ok(mut slot) = slot.lock() {
                            *slot = Some(r);
                        }
                    }
                });
            }
        });
        for slot in slots {
            if let Some(r) = slot.into_inner().ok().flatten() {
                emit(r);
            }
        }
    }
}
