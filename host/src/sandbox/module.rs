//! One criterion module: checked against the ABI at load time, pre-linked once, and
//! instantiated under fuel and memory limits (see [`Session`](super::Session) for how
//! instances are reused).

use super::reset::{self, Image, Mode};
use super::{Limits, Sandbox};
use dtcheck_abi::{ABI_VERSION, OLDEST_SUPPORTED, exports, unpack};
use sha2::{Digest, Sha256};
use wasmtime::{
    ExternType, Global, InstancePre, Linker, Memory, Module, ModuleExport, ResourceLimiter, Store,
    Trap, TypedFunc, Val, ValType,
};

/// Why a module could not be loaded. Loading errors are fatal for the module: it is
/// not run at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot create the wasmtime engine: {0}")]
    Engine(String),
    #[error("not a valid WebAssembly module: {0}")]
    Compile(String),
    #[error(
        "the module imports {0}: policy modules may import nothing (ABI v{ABI_VERSION}: no WASI, clock, randomness, files or network)"
    )]
    Imports(String),
    #[error("the module's exports do not match the policy ABI: {0}")]
    Exports(String),
    #[error(
        "the module speaks policy ABI version {found}, this dtcheck speaks versions {OLDEST_SUPPORTED} to {ABI_VERSION}"
    )]
    AbiVersion { found: i32 },
    #[error("calling `{export}` at load time failed: {reason}")]
    Call {
        export: &'static str,
        reason: String,
    },
}

/// How one evaluation went wrong. Each becomes an `error` outcome for that criterion
/// only; the run goes on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Fault {
    #[error("fuel exhausted: the module used more than {limit} units (an endless loop?)")]
    OutOfFuel { limit: u64 },
    #[error(
        "memory limit exceeded: the module asked for {requested} bytes of memory, the limit is {limit}"
    )]
    MemoryLimit { requested: usize, limit: usize },
    #[error("the module trapped: {0}")]
    Trap(String),
    #[error("the module returned an out-of-bounds buffer (pointer {ptr}, length {len})")]
    BadBuffer { ptr: u32, len: u32 },
    #[error(
        "the module returned {len} bytes, more than the {limit} an answer may have (a reason is a sentence)"
    )]
    OutputTooLarge { len: u32, limit: usize },
    #[error(
        "the module did not finish within {millis} ms of wall-clock time (what fuel does not meter, e.g. bulk memory operations)"
    )]
    TimedOut { millis: u64 },
    #[error(
        "not run: the module had used {used} fuel units in this session of localities, more than its budget of {budget} (it keeps exhausting its budget)"
    )]
    Stopped { used: u64, budget: u64 },
}

/// The largest answer a call may return: an outcome, two values and a reason of a few
/// sentences take a few hundred bytes; a module returning megabytes per locality would
/// fill memory and output at national scale.
pub const MAX_OUTPUT_BYTES: usize = 64 << 10;

/// The largest metadata a module may return (the shipped ones are 1–5 KB).
pub const MAX_METADATA_BYTES: usize = 1 << 20;

/// A module's output bytes and what the call cost.
#[derive(Debug, Clone)]
pub struct CallResult {
    pub output: Vec<u8>,
    pub fuel_used: u64,
}

/// The store data: only the resource limiter. Modules get no host state at all.
pub(super) struct State {
    limiter: MemoryCap,
}

struct MemoryCap {
    limit: usize,
    denied: Option<usize>,
}

impl ResourceLimiter for MemoryCap {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        if desired > self.limit {
            self.denied = Some(desired);
            // Trap rather than return -1 from memory.grow: the reason then names the
            // limit instead of whatever the guest's allocator does on failure.
            return Err(wasmtime::Error::msg("memory limit exceeded"));
        }
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(desired <= 10_000)
    }
}

/// A compiled, ABI-checked, pre-linked criterion module.
pub struct CriterionModule {
    /// Unique within the process: keys this module's live instance in a session.
    pub(super) key: u64,
    pre: InstancePre<State>,
    /// The exports a call uses, resolved once: an instance looks them up by index,
    /// not by name (instances are made for every chunk of localities).
    memory_export: ModuleExport,
    input_export: ModuleExport,
    evaluate_export: ModuleExport,
    /// ABI v2's input area and its evaluation (`None` for a v1 module).
    area_exports: Option<(ModuleExport, ModuleExport)>,
    limits: Limits,
    /// How its calls are kept apart (see `reset.rs`).
    pub mode: Mode,
    /// A restored module's marks and mutable globals (hidden exports of the rewriting).
    marks_export: Option<ModuleExport>,
    global_exports: Vec<ModuleExport>,
    /// ... and what a fresh instance has in them.
    fresh: Option<Fresh>,
    /// Hex sha256 of the module bytes.
    pub sha256: String,
    /// Size of the module in bytes.
    pub size: usize,
    /// The metadata JSON the module returned at load time (parsed by the policy set).
    pub metadata_json: Vec<u8>,
    /// The ABI version the module exports: how its output is decoded.
    pub abi_version: i32,
}

impl CriterionModule {
    /// Whether the module speaks ABI v3: reasons as data, asked for or not, and every
    /// level in one call.
    pub fn explains_as_data(&self) -> bool {
        self.abi_version >= 3
    }
}

struct Fresh {
    globals: Vec<Val>,
    image: Image,
}

/// The typed exports of one instance.
pub(super) struct Exports {
    pub(super) memory: Memory,
    /// A restored module's marks and mutable globals.
    marks: Option<(Memory, Vec<Global>)>,
    input: TypedFunc<i32, i32>,
    evaluate: TypedFunc<i32, i64>,
    area: Option<InputArea>,
}

/// ABI v2: where inputs are written, asked once per instance, and the export that
/// evaluates the input written there.
struct InputArea {
    range: std::ops::Range<usize>,
    evaluate: TypedFunc<i32, i64>,
}

impl Sandbox {
    /// Compiles (or fetches from the cache) and checks a module. `sha256` must be the
    /// verified hash of `bytes`; it keys the cache.
    pub fn load(&self, bytes: &[u8]) -> Result<CriterionModule, LoadError> {
        let sha256 = super::cache::hex(&Sha256::digest(bytes));
        let (module, mode) = match self.cache().and_then(|c| c.get(self.engine(), &sha256)) {
            // What was cached is the rewritten code, which says which way it went.
            Some(m) => {
                let mode = if m.get_export_index(reset::MARKS_EXPORT).is_some() {
                    Mode::Restored
                } else {
                    Mode::Isolated(
                        "it changes state the host cannot put back (tables, passive data, or a memory of another form)".into(),
                    )
                };
                (m, mode)
            }
            None => {
                let (code, mode) = reset::instrument(bytes).map_err(|e| match e {
                    reset::RewriteError::Invalid(e) => LoadError::Compile(e),
                    reset::RewriteError::Reserved(e) => LoadError::Exports(e),
                })?;
                let m = Module::from_binary(self.engine(), &code)
                    .map_err(|e| LoadError::Compile(format!("{e:#}")))?;
                if let Some(c) = self.cache() {
                    c.put(&m, &sha256);
                }
                (m, mode)
            }
        };
        check_interface(&module)?;
        // Nothing is defined in the linker: a module that imports anything was
        // refused above, and this linker could not satisfy it anyway.
        let linker = Linker::<State>::new(self.engine());
        let pre = linker
            .instantiate_pre(&module)
            .map_err(|e| LoadError::Compile(format!("{e:#}")))?;
        // `check_interface` has checked that these exist.
        let export = |name: &'static str| {
            module
                .get_export_index(name)
                .ok_or_else(|| LoadError::Compile(format!("no `{name}` export")))
        };
        static NEXT_KEY: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let mut loaded = CriterionModule {
            key: NEXT_KEY.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            memory_export: export(exports::MEMORY)?,
            input_export: export(exports::INPUT)?,
            evaluate_export: export(exports::EVALUATE)?,
            area_exports: match (
                module.get_export_index(exports::INPUT_AREA),
                module.get_export_index(exports::EVALUATE_AREA),
            ) {
                (Some(area), Some(evaluate)) => Some((area, evaluate)),
                _ => None,
            },
            pre,
            limits: self.limits(),
            marks_export: module.get_export_index(reset::MARKS_EXPORT),
            global_exports: module
                .exports()
                .filter(|e| e.name().starts_with(reset::GLOBAL_EXPORT_PREFIX))
                .filter_map(|e| module.get_export_index(e.name()))
                .collect(),
            mode,
            fresh: None,
            sha256,
            size: bytes.len(),
            metadata_json: Vec::new(),
            abi_version: 0,
        };
        (loaded.abi_version, loaded.metadata_json) = loaded.load_time_calls()?;
        if loaded.mode == Mode::Restored {
            let fresh = loaded.fresh_state()?;
            if fresh.image.size > reset::MAX_KEPT_MEMORY {
                // Kept instances are what a worker holds between calls: bounded, so
                // that peak memory does not depend on what modules declare.
                loaded.mode = Mode::Isolated(format!(
                    "its memory starts at {} KiB, more than the {} KiB an instance kept between calls may have",
                    fresh.image.size >> 10,
                    reset::MAX_KEPT_MEMORY >> 10
                ));
            } else {
                loaded.fresh = Some(fresh);
            }
        }
        Ok(loaded)
    }
}

impl CriterionModule {
    pub(super) fn store(&self) -> Store<State> {
        let state = State {
            limiter: MemoryCap {
                limit: self.limits.memory_bytes,
                denied: None,
            },
        };
        let mut store = Store::new(self.pre.module().engine(), state);
        store.limiter(|s| &mut s.limiter);
        self.arm(&mut store);
        store
    }

    fn instantiate(&self, store: &mut Store<State>) -> Result<wasmtime::Instance, wasmtime::Error> {
        self.pre.instantiate(&mut *store)
    }

    /// Checks the ABI version and reads the metadata.
    fn load_time_calls(&self) -> Result<(i32, Vec<u8>), LoadError> {
        let call_err = |export: &'static str| {
            move |e: wasmtime::Error| LoadError::Call {
                export,
                reason: format!("{e:#}"),
            }
        };
        let mut store = self.store();
        let instance = self
            .instantiate(&mut store)
            .map_err(call_err("instantiate"))?;
        let version = instance
            .get_typed_func::<(), i32>(&mut store, exports::ABI_VERSION)
            .and_then(|f| f.call(&mut store, ()))
            .map_err(call_err(exports::ABI_VERSION))?;
        if !(OLDEST_SUPPORTED..=ABI_VERSION).contains(&version) {
            return Err(LoadError::AbiVersion { found: version });
        }
        // Version 2 evaluates through the input area; version 1 has none.
        if (version >= 2) != self.area_exports.is_some() {
            return Err(LoadError::Exports(format!(
                "ABI v{version} {} `{}` and `{}`",
                if version >= 2 { "requires" } else { "has no" },
                exports::INPUT_AREA,
                exports::EVALUATE_AREA
            )));
        }
        let packed = instance
            .get_typed_func::<(), i64>(&mut store, exports::METADATA)
            .and_then(|f| f.call(&mut store, ()))
            .map_err(call_err(exports::METADATA))?;
        let memory = instance
            .get_memory(&mut store, exports::MEMORY)
            .ok_or(LoadError::Call {
                export: exports::MEMORY,
                reason: "no memory export".into(),
            })?;
        let json = read_buffer(&memory, &store, packed, MAX_METADATA_BYTES).map_err(|f| {
            LoadError::Call {
                export: exports::METADATA,
                reason: f.to_string(),
            }
        })?;
        Ok((version, json))
    }

    /// A fresh instance's memory and mutable globals, which every call is put back to.
    fn fresh_state(&self) -> Result<Fresh, LoadError> {
        let fail = |reason: String| LoadError::Call {
            export: "instantiate",
            reason,
        };
        let mut store = self.store();
        let exports = self.exports(&mut store).map_err(|e| match e {
            CallError::Wasm(e) => fail(format!("{e:#}")),
            CallError::Fault(f) => fail(f.to_string()),
        })?;
        let Some((_, globals)) = &exports.marks else {
            return Err(fail("the rewritten module has no marks".into()));
        };
        Ok(Fresh {
            globals: globals.iter().map(|g| g.get(&mut store)).collect(),
            image: Image::of(exports.memory.data(&store)),
        })
    }

    /// Puts back what the call wrote (`host_wrote`: where the host wrote the input), so
    /// that the instance is as fresh for the next call; `false` when it cannot be (the
    /// module is isolated, or the call grew the memory): the instance must be dropped.
    /// `dirty` is scratch space, kept by the caller between calls.
    pub(super) fn reset(
        &self,
        store: &mut Store<State>,
        ex: &Exports,
        host_wrote: std::ops::Range<usize>,
        dirty: &mut Vec<std::ops::Range<usize>>,
    ) -> bool {
        let (Some(fresh), Some((marks, globals))) = (&self.fresh, &ex.marks) else {
            return false;
        };
        for (global, value) in globals.iter().zip(&fresh.globals) {
            if global.set(&mut *store, *value).is_err() {
                return false;
            }
        }
        dirty.clear();
        reset::take_marks(&fresh.image, marks.data_mut(&mut *store), dirty);
        let memory = ex.memory.data_mut(&mut *store);
        if memory.len() != fresh.image.size {
            return false;
        }
        for range in dirty.iter() {
            fresh.image.restore(memory, range.clone());
        }
        fresh.image.restore(memory, host_wrote);
        true
    }

    /// Fuel left after a call, as fuel used.
    pub(super) fn fuel_used(&self, store: &Store<State>) -> u64 {
        self.limits
            .fuel
            .saturating_sub(store.get_fuel().unwrap_or(0))
    }

    pub(super) fn limits(&self) -> Limits {
        self.limits
    }

    /// Fuel and a wall-clock deadline for one call.
    pub(super) fn arm(&self, store: &mut Store<State>) {
        // `set_fuel` only fails when fuel is not enabled, which `Sandbox::new` does.
        let _ = store.set_fuel(self.limits.fuel);
        store.set_epoch_deadline(
            self.limits
                .call_millis
                .div_ceil(super::EPOCH_TICK.as_millis() as u64)
                .max(1),
        );
    }

    pub(super) fn exports(&self, store: &mut Store<State>) -> Result<Exports, CallError> {
        let instance = self.instantiate(store)?;
        let mut get = |export: &ModuleExport| {
            instance
                .get_module_export(&mut *store, export)
                .ok_or_else(|| wasmtime::Error::msg("an export is missing"))
        };
        let wrong_kind = || wasmtime::Error::msg("an export of the wrong kind");
        let memory = get(&self.memory_export)?
            .into_memory()
            .ok_or_else(wrong_kind)?;
        let marks = match &self.marks_export {
            None => None,
            Some(marks) => {
                let marks = get(marks)?.into_memory().ok_or_else(wrong_kind)?;
                let mut globals = Vec::with_capacity(self.global_exports.len());
                for export in &self.global_exports {
                    globals.push(get(export)?.into_global().ok_or_else(wrong_kind)?);
                }
                Some((marks, globals))
            }
        };
        let mut func = |export| get(export)?.into_func().ok_or_else(wrong_kind);
        let input = func(&self.input_export)?;
        let evaluate = func(&self.evaluate_export)?;
        let area_funcs = match &self.area_exports {
            None => None,
            Some((area, area_evaluate)) => Some((func(area)?, func(area_evaluate)?)),
        };
        let area = match area_funcs {
            None => None,
            Some((area, evaluate)) => {
                let packed = area.typed::<(), i64>(&*store)?.call(&mut *store, ())?;
                Some(InputArea {
                    range: output_range(&memory, store, packed, usize::MAX)
                        .map_err(CallError::Fault)?,
                    evaluate: evaluate.typed(&*store)?,
                })
            }
        };
        Ok(Exports {
            memory,
            marks,
            input: input.typed(&*store)?,
            evaluate: evaluate.typed(&*store)?,
            area,
        })
    }

    /// One evaluation in an instantiated module; returns where the output lies in the
    /// module's memory (checked to be inside it) and where the host wrote the input.
    pub(super) fn run(
        store: &mut Store<State>,
        ex: &Exports,
        input: &[u8],
    ) -> Result<(std::ops::Range<usize>, std::ops::Range<usize>), CallError> {
        let len =
            i32::try_from(input.len()).map_err(|_| wasmtime::Error::msg("input too large"))?;
        // ABI v2: the input goes straight into the area, one call evaluates it.
        if let Some(area) = &ex.area
            && input.len() <= area.range.len()
        {
            let wrote = area.range.start..area.range.start + input.len();
            ex.memory
                .write(&mut *store, area.range.start, input)
                .map_err(|_| bad(area.range.start as u32, len as u32))?;
            let packed = area.evaluate.call(&mut *store, len)?;
            let output = output_range(&ex.memory, &*store, packed, MAX_OUTPUT_BYTES)
                .map_err(CallError::Fault)?;
            return Ok((output, wrote));
        }
        let ptr = ex.input.call(&mut *store, len)?;
        let start = u32::try_from(ptr).map_err(|_| bad(ptr as u32, len as u32))? as usize;
        ex.memory
            .write(&mut *store, start, input)
            .map_err(|_| bad(start as u32, len as u32))?;
        let packed = ex.evaluate.call(&mut *store, len)?;
        let output = output_range(&ex.memory, &*store, packed, MAX_OUTPUT_BYTES)
            .map_err(CallError::Fault)?;
        Ok((output, start..start + input.len()))
    }

    pub(super) fn fault(&self, store: &Store<State>, e: CallError) -> Fault {
        let e = match e {
            CallError::Fault(f) => return f,
            CallError::Wasm(e) => e,
        };
        if let Some(requested) = store.data().limiter.denied {
            return Fault::MemoryLimit {
                requested,
                limit: self.limits.memory_bytes,
            };
        }
        match e.downcast_ref::<Trap>() {
            Some(Trap::OutOfFuel) => Fault::OutOfFuel {
                limit: self.limits.fuel,
            },
            Some(Trap::Interrupt) => Fault::TimedOut {
                millis: self.limits.call_millis,
            },
            Some(trap) => Fault::Trap(trap.to_string()),
            None => Fault::Trap(format!("{e:#}")),
        }
    }
}

pub(super) enum CallError {
    Wasm(wasmtime::Error),
    Fault(Fault),
}

impl From<wasmtime::Error> for CallError {
    fn from(e: wasmtime::Error) -> Self {
        CallError::Wasm(e)
    }
}

fn bad(ptr: u32, len: u32) -> CallError {
    CallError::Fault(Fault::BadBuffer { ptr, len })
}

/// Copies the `(ptr, len)` buffer packed in `packed` out of guest memory, checking bounds.
fn read_buffer(
    memory: &Memory,
    store: &Store<State>,
    packed: i64,
    max: usize,
) -> Result<Vec<u8>, Fault> {
    let range = output_range(memory, store, packed, max)?;
    Ok(memory.data(store)[range].to_vec())
}

/// The `(ptr, len)` range packed in `packed`, checked to lie inside guest memory and
/// to be at most `max` bytes long.
fn output_range(
    memory: &Memory,
    store: &Store<State>,
    packed: i64,
    max: usize,
) -> Result<std::ops::Range<usize>, Fault> {
    let (ptr, len) = unpack(packed);
    if len as usize > max {
        return Err(Fault::OutputTooLarge { len, limit: max });
    }
    let range = (ptr as usize)..(ptr as usize).saturating_add(len as usize);
    if range.end <= memory.data_size(store) {
        Ok(range)
    } else {
        Err(Fault::BadBuffer { ptr, len })
    }
}

/// Refuses any module whose imports or exports differ from the ABI.
fn check_interface(module: &Module) -> Result<(), LoadError> {
    let imports: Vec<String> = module
        .imports()
        .map(|i| format!("`{}::{}`", i.module(), i.name()))
        .collect();
    if !imports.is_empty() {
        return Err(LoadError::Imports(imports.join(", ")));
    }
    use ValType::{I32, I64};
    let required: [(&str, &[ValType], &[ValType]); 4] = [
        (exports::ABI_VERSION, &[], &[I32]),
        (exports::METADATA, &[], &[I64]),
        (exports::INPUT, &[I32], &[I32]),
        (exports::EVALUATE, &[I32], &[I64]),
    ];
    // Version 2's pair (whether the version calls for it is checked once it is known).
    let optional: [(&str, &[ValType], &[ValType]); 2] = [
        (exports::INPUT_AREA, &[], &[I64]),
        (exports::EVALUATE_AREA, &[I32], &[I64]),
    ];
    let mut problems = Vec::new();
    let mut seen_memory = false;
    let mut seen = Vec::new();
    for export in module.exports() {
        let name = export.name();
        match export.ty() {
            ExternType::Memory(_) if name == exports::MEMORY => seen_memory = true,
            // The rewriting's own (`reset.rs`); a module's own names may not use its
            // prefix, which the rewriting checked.
            ExternType::Memory(_) if name == reset::MARKS_EXPORT => {}
            ExternType::Global(_) if name.starts_with(reset::GLOBAL_EXPORT_PREFIX) => {}
            ExternType::Global(_) if exports::TOLERATED_GLOBALS.contains(&name) => {}
            ExternType::Func(f) => match required
                .iter()
                .chain(&optional)
                .find(|(n, _, _)| *n == name)
            {
                Some((_, params, results)) => {
                    let ok = f
                        .params()
                        .map(|p| p.to_string())
                        .eq(params.iter().map(|p| p.to_string()))
                        && f.results()
                            .map(|r| r.to_string())
                            .eq(results.iter().map(|r| r.to_string()));
                    if ok {
                        seen.push(name.to_string());
                    } else {
                        problems.push(format!(
                            "`{name}` has type {f}, expected ({}) -> ({})",
                            params
                                .iter()
                                .map(|p| p.to_string())
                                .collect::<Vec<_>>()
                                .join(", "),
                            results
                                .iter()
                                .map(|p| p.to_string())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ));
                    }
                }
                None => problems.push(format!("unexpected function export `{name}`")),
            },
            other => problems.push(format!("unexpected export `{name}` ({})", kind(&other))),
        }
    }
    if !seen_memory {
        problems.push(format!("missing memory export `{}`", exports::MEMORY));
    }
    for (name, _, _) in required {
        if !seen.iter().any(|s| s == name)
            && !problems.iter().any(|p| p.contains(&format!("`{name}`")))
        {
            problems.push(format!("missing function export `{name}`"));
        }
    }
    let [(area, ..), (evaluate_area, ..)] = optional;
    if seen.iter().any(|s| s == area) != seen.iter().any(|s| s == evaluate_area) {
        problems.push(format!("`{area}` and `{evaluate_area}` go together"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(LoadError::Exports(problems.join("; ")))
    }
}

fn kind(ty: &ExternType) -> &'static str {
    match ty {
        ExternType::Func(_) => "function",
        ExternType::Global(_) => "global",
        ExternType::Table(_) => "table",
        ExternType::Memory(_) => "memory",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dtcheck_abi::{Input, Selector, Value};

    /// ABI v2's one-call way and version 1's two-call way give the same output for the
    /// same input, in the same instance (the way an oversized input takes).
    #[test]
    fn the_input_area_and_the_input_call_give_the_same_output() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let bytes = std::fs::read(root.join("policies/sets/thanh-hoa-1829-2023/modules/c1_6.wasm"))
            .unwrap();
        let sandbox = Sandbox::new(Limits::default(), None).unwrap();
        let module = sandbox.load(&bytes).unwrap();
        assert!(module.area_exports.is_some(), "built with ABI v2");
        let mut store = module.store();
        let mut exports = match module.exports(&mut store) {
            Ok(e) => e,
            Err(_) => panic!("instantiate"),
        };
        let mut outputs = Vec::new();
        for facts in [
            [Some(80.0), Some(100.0)],
            [Some(1.0), Some(3.0)],
            [None, Some(3.0)],
        ] {
            let input = Input {
                selector: Selector::Year(2024),
                facts: facts
                    .iter()
                    .map(|f| f.map_or(Value::Absent, Value::Number))
                    .collect(),
                explain: true,
            }
            .encode();
            let mut run = |exports: &Exports| {
                module.arm(&mut store);
                let range = match CriterionModule::run(&mut store, exports, &input) {
                    Ok((r, _)) => r,
                    Err(_) => panic!("evaluation failed"),
                };
                let out = exports.memory.data(&store)[range].to_vec();
                (out, module.fuel_used(&store))
            };
            let by_area = run(&exports);
            let area = exports.area.take();
            let by_call = run(&exports);
            exports.area = area;
            assert_eq!(by_area.0, by_call.0, "same output either way");
            assert!(by_area.1 < by_call.1, "one call costs less fuel than two");
            outputs.push(by_area.0);
        }
        assert_ne!(
            outputs[0], outputs[1],
            "different inputs, different outputs"
        );
    }
}
