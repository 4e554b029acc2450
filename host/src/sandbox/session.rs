//! Reusing instances across evaluations, deterministically.
//!
//! Creating an instance costs far more than an honest evaluation (microseconds of
//! memory mapping against a fraction of one of computing), so a batch run keeps one
//! live instance per module in a [`Session`] and reuses it from one locality to the
//! next. A module must not rely on state kept between calls (the SDK's allocator
//! rewinds at every call), but the host does not trust that, and keeps the output a
//! function of the input alone:
//!
//! - every call gets the full fuel budget and the same memory cap;
//! - after a fault the instance is dropped and the next call gets a fresh one, so a
//!   fault never leaks into another evaluation;
//! - which evaluations share a session is decided by the input alone, never by thread
//!   scheduling: [`crate::fast::ordered::for_each_ordered`] gives every fixed-size chunk of
//!   localities a fresh session, whatever the number of cores. Even a module that keeps
//!   state therefore gives byte-identical output for the same files.
//! - a session holds at most [`Session::MAX_LIVE`] instances; past that it drops them
//!   all (again a decision that depends on the input alone), which bounds the instance
//!   slots a worker can hold.

use super::module::{CriterionModule, Exports, State};
use super::{CallResult, Fault};
use wasmtime::Store;

/// Live instances of the modules a worker has called, reused call after call.
#[derive(Default)]
pub struct Session {
    /// By module key (a counter): hashed fast, looked up once per call.
    modules: rustc_hash::FxHashMap<u64, PerModule>,
    /// How many of `modules` hold a live instance.
    live: usize,
    /// Scratch for the blocks a call wrote.
    dirty: Vec<std::ops::Range<usize>>,
}

/// What a session keeps for one module: the fuel it used so far in the session
/// (`Limits::session_fuel`), kept when its instance is dropped, and its live instance.
#[derive(Default)]
struct PerModule {
    spent: u64,
    live: Option<Live>,
}

struct Live {
    store: Store<State>,
    exports: Exports,
}

impl Session {
    /// At most this many live instances per session (the pooling allocator reserves
    /// slots for this many per core; see `Sandbox::new`).
    pub const MAX_LIVE: usize = 192;

    /// A session with no live instance.
    pub fn new() -> Self {
        Session::default()
    }

    /// Runs `inputs` through `module` in order, each with a fresh fuel budget, in the
    /// session's live instance of the module (created on first use).
    pub fn call_many(
        &mut self,
        module: &CriterionModule,
        inputs: &[&[u8]],
    ) -> Vec<Result<CallResult, Fault>> {
        let mut results = Vec::with_capacity(inputs.len());
        for input in inputs {
            results.push(self.call(module, input));
        }
        results
    }

    /// Runs one input through `module`.
    pub fn call(&mut self, module: &CriterionModule, input: &[u8]) -> Result<CallResult, Fault> {
        self.call_with(module, input, |output, fuel_used| CallResult {
            output: output.to_vec(),
            fuel_used,
        })
    }

    /// Runs one input through `module` and hands `read` the output, in place in the
    /// module's memory, with the fuel used: nothing is copied that `read` does not copy.
    pub fn call_with<R>(
        &mut self,
        module: &CriterionModule,
        input: &[u8],
        read: impl FnOnce(&[u8], u64) -> R,
    ) -> Result<R, Fault> {
        let budget = module.limits().session_fuel;
        let known = self.modules.get(&module.key);
        if let Some(m) = known
            && m.spent >= budget
        {
            return Err(Fault::Stopped {
                used: m.spent,
                budget,
            });
        }
        if self.live >= Self::MAX_LIVE && known.is_none_or(|m| m.live.is_none()) {
            for m in self.modules.values_mut() {
                m.live = None;
            }
            self.live = 0;
        }
        let m = self.modules.entry(module.key).or_default();
        let live = match &mut m.live {
            Some(live) => live,
            empty => {
                let mut store = module.store();
                match module.exports(&mut store) {
                    Ok(exports) => {
                        self.live += 1;
                        empty.insert(Live { store, exports })
                    }
                    Err(err) => return Err(module.fault(&store, err)),
                }
            }
        };
        module.arm(&mut live.store);
        let result = CriterionModule::run(&mut live.store, &live.exports, input);
        let fuel_used = module.fuel_used(&live.store);
        m.spent = m.spent.saturating_add(fuel_used);
        let (answer, kept) = match result {
            Ok((range, host_wrote)) => {
                // `run` checked the range against the memory's size.
                let memory = live.exports.memory.data(&live.store);
                let answer = read(memory.get(range).unwrap_or_default(), fuel_used);
                let kept =
                    module.reset(&mut live.store, &live.exports, host_wrote, &mut self.dirty);
                (Ok(answer), kept)
            }
            Err(e) => (Err(module.fault(&live.store, e)), false),
        };
        if !kept {
            m.live = None;
            self.live -= 1;
        }
        answer
    }
}
