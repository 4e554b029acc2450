//! The sandbox: wasmtime configured so that a policy module can compute and nothing else.
//!
//! - [`Sandbox`] owns the engine (fuel metering on, no WASI, no host functions) and the
//!   compiled-code cache.
//! - [`load`](Sandbox::load) checks a module's bytes against the ABI (no imports, exactly
//!   the ABI's exports, ABI versions 1 and 2), reads its metadata once and pre-links it.
//! - [`Session`] runs evaluations with a fuel budget and a memory cap per call, reusing
//!   one instance per module for a deterministic run of calls (a fresh session gives
//!   fresh instances). Every way a module can misbehave comes back as a [`Fault`],
//!   never as a panic or a hang of the host.

mod cache;
mod module;
mod reset;
mod session;

pub use cache::CodeCache;
pub(crate) use cache::hex;
pub use module::{CallResult, CriterionModule, Fault, LoadError};
pub use reset::{MAX_MEMORY_BYTES, Mode};
pub use session::Session;

use wasmtime::{Config, Engine};

/// Resource limits, per call and per run (ABI.md, "Budgets").
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Fuel per call (wasmtime's deterministic instruction metering). The same input
    /// exhausts the same budget on any machine, so a limit hit is reproducible.
    pub fuel: u64,
    /// Upper bound on a module's linear memory, in bytes.
    pub memory_bytes: usize,
    /// Fuel one module may use over a session (the localities one worker evaluates in
    /// a row: 64 to 128 files, decided by their number, never by scheduling). A module
    /// that has used it is stopped for the rest of the session: each of its remaining
    /// calls is an error ([`Fault::Stopped`]), without running.
    pub session_fuel: u64,
    /// Wall-clock backstop per call, in milliseconds (an epoch deadline): what fuel does
    /// not meter (a `memory.fill` of megabytes costs one unit) still ends.
    pub call_millis: u64,
}

impl Default for Limits {
    fn default() -> Self {
        // A criterion evaluation costs thousands to tens of thousands of fuel units; 50
        // million leaves room for any honest module and stops a runaway loop in tens of
        // milliseconds. A session of 128 localities × 5 levels of honest calls uses a
        // few million per module; a module that exhausts its call budget twice is
        // stopped.
        Limits {
            fuel: 50_000_000,
            memory_bytes: 16 << 20,
            session_fuel: 100_000_000,
            call_millis: 1_000,
        }
    }
}

/// How often the epoch advances (the deadline's resolution).
pub(crate) const EPOCH_TICK: std::time::Duration = std::time::Duration::from_millis(10);

/// The wasmtime engine and cache shared by every module of a run.
pub struct Sandbox {
    engine: Engine,
    limits: Limits,
    cache: Option<CodeCache>,
}

impl Sandbox {
    /// A sandbox with the given limits and, optionally, a compiled-code cache.
    pub fn new(limits: Limits, cache: Option<CodeCache>) -> Result<Self, LoadError> {
        if limits.memory_bytes > MAX_MEMORY_BYTES {
            return Err(LoadError::Engine(format!(
                "a module's memory may be at most {} MiB (asked for {} MiB)",
                MAX_MEMORY_BYTES >> 20,
                limits.memory_bytes >> 20
            )));
        }
        let mut config = Config::new();
        config
            .consume_fuel(true)
            // The wall-clock backstop: an epoch advanced by a ticker thread, checked at
            // function entries and loop headers.
            .epoch_interruption(true)
            // Deterministic floating point across machines: NaN bit patterns are
            // canonicalised, relaxed SIMD is off.
            .cranelift_nan_canonicalization(true)
            .wasm_relaxed_simd(false)
            // Reserve (virtually, never commit) 4 GiB plus a guard per memory: every
            // 32-bit address then lands in the reservation or the guard, so compiled
            // code needs no bounds check on loads and stores; the memory cap is
            // enforced on growth instead. Measured: guest code ~1.6x faster than with
            // a small reservation and explicit checks.
            .memory_reservation(1 << 32)
            .memory_guard_size(1 << 25)
            .memory_reservation_for_growth(0)
            // Modules' initial memories are a few pages: copying their data in and
            // clearing the kept-resident pages on reuse is cheaper than mapping a
            // copy-on-write image and unmapping it again (fewer system calls).
            .memory_init_cow(false);
        // A pool of pre-reserved instance slots: a fresh instance costs a slot reset
        // (256 KiB kept resident, cleared, covers a module's initial memory), not an
        // mmap/munmap pair. Slots beyond the pool are refused, so size it for a
        // full session per thread with room to spare; memory is reserved virtually,
        // not committed.
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get() as u32);
        let slots = (Session::MAX_LIVE as u32 + 64) * cores;
        let mut pool = wasmtime::PoolingAllocationConfig::default();
        // Two memories per instance: the module's and the rewriting's marks (`reset.rs`).
        pool.total_core_instances(slots)
            .total_memories(slots * 2)
            .max_memories_per_module(2)
            .total_tables(slots)
            .max_memory_size(limits.memory_bytes)
            .linear_memory_keep_resident(1 << 18)
            .table_keep_resident(1 << 12)
            .pagemap_scan(wasmtime::Enabled::Auto);
        config.allocation_strategy(wasmtime::InstanceAllocationStrategy::Pooling(pool));
        let engine = Engine::new(&config).map_err(|e| LoadError::Engine(e.to_string()))?;
        start_ticker(&engine);
        let cache = cache.map(|c| c.for_engine(&engine));
        Ok(Sandbox {
            engine,
            limits,
            cache,
        })
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    pub(crate) fn cache(&self) -> Option<&CodeCache> {
        self.cache.as_ref()
    }
}

/// Advances `engine`'s epoch every [`EPOCH_TICK`] until the engine is dropped.
fn start_ticker(engine: &Engine) {
    let weak = engine.weak();
    let _ = std::thread::Builder::new()
        .name("dtcheck-epoch".into())
        .spawn(move || {
            while let Some(engine) = weak.upgrade() {
                engine.increment_epoch();
                drop(engine);
                std::thread::sleep(EPOCH_TICK);
            }
        });
}
