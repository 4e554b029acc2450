//! Position independence: nothing a call writes reaches the next call.
//!
//! A batch run reuses one instance per module from locality to locality (creating one
//! costs several times an honest evaluation: measured, a fresh instance per call made
//! the sandboxed calls 8–10× slower). Reuse is only sound if the instance is, before
//! every call, exactly as it was fresh. The host makes it so, for any module:
//!
//! - **memory**: before it is compiled, the module is rewritten so that every store,
//!   `memory.fill`, `memory.copy` and `memory.init` also marks the 1 KiB blocks it wrote
//!   in a second memory the module's own code cannot name (a byte per block). After
//!   each call the host puts back, from the module's fresh image, exactly the marked
//!   blocks (plus the 16 bytes after each run, where a store that straddles a block ends)
//!   and the input it wrote itself, then clears the marks. An honest call writes about
//!   1.3 KB (its stack, its heap, the input): putting it back costs about 0.1 µs, the
//!   marking about as much again; a fresh instance costs 4–5 µs;
//! - **mutable globals**: exported under hidden names and set back to their fresh
//!   values after each call;
//! - **memory size**: a call that grew the memory leaves an instance that cannot be put
//!   back (memory never shrinks), so it is dropped and the next call gets a fresh one;
//! - **size**: a module whose memory starts larger than [`MAX_KEPT_MEMORY`] is not kept
//!   between calls: what a worker holds stays bounded;
//! - **tables and passive segments**: a module whose code can change them (`table.set`,
//!   `table.grow`, `table.fill`, `table.copy`, `table.init`, `elem.drop`, `data.drop`)
//!   or that the rewriting does not cover (no memory of its own, 64-bit memory) is not
//!   rewritten: it gets a fresh instance for every call ([`Mode::Isolated`]).
//!
//! The one place that knows the layout of the rewriting is this file: the names of the
//! hidden exports, the block size, and [`instrument`].

use wasm_encoder::reencode::{self, Reencode};
use wasm_encoder::{BlockType, Instruction, MemArg, ValType};
use wasmparser::{Operator, Parser, Payload};

/// This file, which keys the compiled-code cache: its code is the rewriting's.
pub(super) const SOURCE: &[u8] = include_bytes!("reset.rs");

/// Each mark covers 2^10 bytes of the module's memory. Measured on the 2361 communes:
/// 256-, 512- and 1024-byte blocks cost the same to put back (an honest call writes
/// about 1.3 KB in three stretches), and the host scans a quarter of the marks.
pub(super) const BLOCK_SHIFT: u32 = 10;
pub(super) const BLOCK: usize = 1 << BLOCK_SHIFT;
/// The widest store (v128) that can start in a block and end in the next.
pub(super) const STRADDLE: usize = 16;
/// The marks: one 64 KiB page, one byte per block, covers 64 MiB of memory (the memory
/// cap, `--memory-mib`, is at most that).
pub(super) const MARKS_EXPORT: &str = "__dtcheck_written";
const MARKS_PAGES: u64 = 1;
pub const MAX_MEMORY_BYTES: usize = ((MARKS_PAGES as usize) << 16) << BLOCK_SHIFT;
/// The largest memory an instance kept between calls may have (the SDK's modules start
/// with 256 KiB); a module whose memory starts larger gets a fresh instance per call,
/// so that what a worker holds stays bounded (`Session::MAX_LIVE` of these).
pub(super) const MAX_KEPT_MEMORY: usize = 256 << 10;
/// Mutable global `i` is exported as `__dtcheck_global_<i>`.
pub(super) const GLOBAL_EXPORT_PREFIX: &str = "__dtcheck_global_";
/// Names a module may not export itself.
pub(super) const RESERVED_PREFIX: &str = "__dtcheck_";

/// How the host keeps a module's calls apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// The instance is reused; what each call wrote is put back.
    Restored,
    /// A fresh instance for every call, for the reason given.
    Isolated(String),
}

/// Why a module cannot be rewritten.
#[derive(Debug)]
pub(super) enum RewriteError {
    /// Not valid WebAssembly (the compiler says why).
    Invalid(String),
    /// An export named with the host's prefix.
    Reserved(String),
}

/// Rewrites `bytes` as described in the module documentation; `Mode::Isolated` (and the
/// bytes as they are) when the module changes state the host cannot put back.
pub(super) fn instrument(bytes: &[u8]) -> Result<(Vec<u8>, Mode), RewriteError> {
    let survey = survey(bytes)?;
    if let Some(why) = survey.isolate {
        return Ok((bytes.to_vec(), Mode::Isolated(why)));
    }
    let mut rewriter = Rewriter {
        params: survey.params,
        next_body: 0,
        mutable_globals: survey.mutable_globals,
    };
    let mut module = wasm_encoder::Module::new();
    rewriter
        .parse_core_module(&mut module, Parser::new(0), bytes)
        .map_err(|e| RewriteError::Invalid(format!("{e:?}")))?;
    Ok((module.finish(), Mode::Restored))
}

/// What the rewriting needs to know before it starts, and whether it can cover the
/// module at all.
struct Survey {
    /// Parameter count of each defined function, in order.
    params: Vec<u32>,
    /// Indices of the module's mutable globals.
    mutable_globals: Vec<u32>,
    isolate: Option<String>,
}

fn survey(bytes: &[u8]) -> Result<Survey, RewriteError> {
    let invalid = |e: wasmparser::BinaryReaderError| RewriteError::Invalid(e.to_string());
    let mut type_params: Vec<u32> = Vec::new();
    let mut s = Survey {
        params: Vec::new(),
        mutable_globals: Vec::new(),
        isolate: None,
    };
    let mut memories = 0;
    let mut imported_globals = 0u32;
    let isolate = |s: &mut Survey, why: String| {
        s.isolate.get_or_insert(why);
    };
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.map_err(invalid)? {
            Payload::TypeSection(r) => {
                for group in r {
                    for ty in group.map_err(invalid)?.into_types() {
                        type_params.push(match ty.composite_type.inner {
                            wasmparser::CompositeInnerType::Func(f) => f.params().len() as u32,
                            _ => 0,
                        });
                    }
                }
            }
            Payload::ImportSection(r) => {
                for import in r.into_imports() {
                    match import.map_err(invalid)?.ty {
                        wasmparser::TypeRef::Memory(_) => memories += 1,
                        wasmparser::TypeRef::Global(_) => imported_globals += 1,
                        _ => {}
                    }
                }
            }
            Payload::FunctionSection(r) => {
                for ty in r {
                    let ty = ty.map_err(invalid)?;
                    s.params
                        .push(type_params.get(ty as usize).copied().unwrap_or(0));
                }
            }
            Payload::MemorySection(r) => {
                for memory in r {
                    let memory = memory.map_err(invalid)?;
                    memories += 1;
                    if memory.memory64 || memory.shared {
                        isolate(&mut s, "its memory is 64-bit or shared".into());
                    }
                }
            }
            Payload::GlobalSection(r) => {
                for (i, global) in r.into_iter().enumerate() {
                    if global.map_err(invalid)?.ty.mutable {
                        s.mutable_globals.push(imported_globals + i as u32);
                    }
                }
            }
            Payload::ExportSection(r) => {
                for export in r {
                    let name = export.map_err(invalid)?.name;
                    if name.starts_with(RESERVED_PREFIX) {
                        return Err(RewriteError::Reserved(format!(
                            "the export `{name}` uses the prefix `{RESERVED_PREFIX}`, reserved to the host"
                        )));
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let mut ops = body.get_operators_reader().map_err(invalid)?;
                while !ops.eof() {
                    if let Some(what) = unrestorable(&ops.read().map_err(invalid)?) {
                        isolate(&mut s, format!("its code uses `{what}`"));
                    }
                }
            }
            _ => {}
        }
    }
    if memories != 1 {
        isolate(&mut s, format!("it has {memories} memories, not one"));
    }
    Ok(s)
}

/// An instruction that changes state the host does not put back.
fn unrestorable(op: &Operator) -> Option<&'static str> {
    Some(match op {
        Operator::TableSet { .. } => "table.set",
        Operator::TableGrow { .. } => "table.grow",
        Operator::TableFill { .. } => "table.fill",
        Operator::TableCopy { .. } => "table.copy",
        Operator::TableInit { .. } => "table.init",
        Operator::ElemDrop { .. } => "elem.drop",
        Operator::DataDrop { .. } => "data.drop",
        Operator::MemoryDiscard { .. } => "memory.discard",
        _ => return None,
    })
}

/// A store and the type of the value it stores (the rewriting keeps it in a local).
fn store(op: &Operator) -> Option<(u64, ValType)> {
    use Operator as O;
    let (memarg, ty) = match op {
        O::I32Store { memarg } | O::I32Store8 { memarg } | O::I32Store16 { memarg } => {
            (memarg, ValType::I32)
        }
        O::I64Store { memarg }
        | O::I64Store8 { memarg }
        | O::I64Store16 { memarg }
        | O::I64Store32 { memarg } => (memarg, ValType::I64),
        O::F32Store { memarg } => (memarg, ValType::F32),
        O::F64Store { memarg } => (memarg, ValType::F64),
        O::V128Store { memarg }
        | O::V128Store8Lane { memarg, .. }
        | O::V128Store16Lane { memarg, .. }
        | O::V128Store32Lane { memarg, .. }
        | O::V128Store64Lane { memarg, .. } => (memarg, ValType::V128),
        _ => return None,
    };
    Some((memarg.offset, ty))
}

struct Rewriter {
    params: Vec<u32>,
    next_body: usize,
    mutable_globals: Vec<u32>,
}

/// The locals the rewriting adds to every function, after the function's own.
struct Scratch {
    /// The address of a store, the destination and length of a bulk operation.
    addr: u32,
    len: u32,
    /// The value being stored, by type (i32 also holds a bulk operation's middle operand).
    value: [u32; 5],
}

impl Scratch {
    const TYPES: [ValType; 5] = [
        ValType::I32,
        ValType::I64,
        ValType::F32,
        ValType::F64,
        ValType::V128,
    ];

    fn value(&self, ty: ValType) -> u32 {
        let i = Self::TYPES.iter().position(|t| *t == ty).unwrap_or(0);
        self.value[i]
    }
}

const MARKS: MemArg = MemArg {
    offset: 0,
    align: 0,
    target: wasm_encoder::MemArgTarget::Memory(1),
    ordering: None,
};

impl Reencode for Rewriter {
    type Error = std::convert::Infallible;

    fn parse_memory_section(
        &mut self,
        memories: &mut wasm_encoder::MemorySection,
        section: wasmparser::MemorySectionReader<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        reencode::utils::parse_memory_section(self, memories, section)?;
        memories.memory(wasm_encoder::MemoryType {
            minimum: MARKS_PAGES,
            maximum: Some(MARKS_PAGES),
            memory64: false,
            shared: false,
            page_size_log2: None,
        });
        Ok(())
    }

    fn parse_export_section(
        &mut self,
        exports: &mut wasm_encoder::ExportSection,
        section: wasmparser::ExportSectionReader<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        reencode::utils::parse_export_section(self, exports, section)?;
        exports.export(MARKS_EXPORT, wasm_encoder::ExportKind::Memory, 1);
        for &g in &self.mutable_globals {
            exports.export(
                &format!("{GLOBAL_EXPORT_PREFIX}{g}"),
                wasm_encoder::ExportKind::Global,
                g,
            );
        }
        Ok(())
    }

    fn parse_function_body(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        func: wasmparser::FunctionBody<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        let params = self.params.get(self.next_body).copied().unwrap_or(0);
        self.next_body += 1;
        let mut locals = Vec::new();
        let mut count = params;
        for pair in func.get_locals_reader()? {
            let (n, ty) = pair?;
            count += n;
            locals.push((n, self.val_type(ty)?));
        }
        let scratch = Scratch {
            addr: count,
            len: count + 1,
            value: [count + 2, count + 3, count + 4, count + 5, count + 6],
        };
        locals.push((3, ValType::I32));
        locals.extend(Scratch::TYPES[1..].iter().map(|t| (1, *t)));
        let mut f = wasm_encoder::Function::new(locals);
        let mut reader = func.get_operators_reader()?;
        while !reader.eof() {
            let op = reader.read()?;
            let marks_after = if let Some((offset, ty)) = store(&op) {
                // [addr value] -> keep both, store, mark the block of addr + offset.
                let value = scratch.value(ty);
                f.instruction(&Instruction::LocalSet(value));
                f.instruction(&Instruction::LocalTee(scratch.addr));
                f.instruction(&Instruction::LocalGet(value));
                Some(Some(offset))
            } else if matches!(
                op,
                Operator::MemoryFill { .. }
                    | Operator::MemoryCopy { .. }
                    | Operator::MemoryInit { .. }
            ) {
                // [dest x len] -> keep dest and len, run it, mark [dest, dest + len).
                let x = scratch.value(ValType::I32);
                f.instruction(&Instruction::LocalSet(scratch.len));
                f.instruction(&Instruction::LocalSet(x));
                f.instruction(&Instruction::LocalTee(scratch.addr));
                f.instruction(&Instruction::LocalGet(x));
                f.instruction(&Instruction::LocalGet(scratch.len));
                Some(None)
            } else {
                None
            };
            f.instruction(&self.instruction(op)?);
            match marks_after {
                Some(Some(offset)) => mark_store(&mut f, &scratch, offset),
                Some(None) => mark_range(&mut f, &scratch),
                None => {}
            }
        }
        code.function(&f);
        Ok(())
    }
}

/// After a store that succeeded: marks[(addr + offset) >> 10] = 1. The store would have
/// trapped if addr + offset were past the memory, so the 32-bit sum does not wrap.
fn mark_store(f: &mut wasm_encoder::Function, s: &Scratch, offset: u64) {
    f.instruction(&Instruction::LocalGet(s.addr));
    if offset != 0 {
        f.instruction(&Instruction::I32Const(offset as u32 as i32));
        f.instruction(&Instruction::I32Add);
    }
    f.instruction(&Instruction::I32Const(BLOCK_SHIFT as i32));
    f.instruction(&Instruction::I32ShrU);
    f.instruction(&Instruction::I32Const(1));
    f.instruction(&Instruction::I32Store8(MARKS));
}

/// After a bulk write of `len` bytes at `addr` that succeeded: marks every block of
/// [addr, addr + len) (none when len is 0).
fn mark_range(f: &mut wasm_encoder::Function, s: &Scratch) {
    let shift = || Instruction::I32Const(BLOCK_SHIFT as i32);
    f.instruction(&Instruction::LocalGet(s.len));
    f.instruction(&Instruction::If(BlockType::Empty));
    // first block
    f.instruction(&Instruction::LocalGet(s.addr));
    f.instruction(&shift());
    f.instruction(&Instruction::I32ShrU);
    f.instruction(&Instruction::I32Const(1));
    // count = ((addr + len - 1) >> 10) - (addr >> 10) + 1
    f.instruction(&Instruction::LocalGet(s.addr));
    f.instruction(&Instruction::LocalGet(s.len));
    f.instruction(&Instruction::I32Add);
    f.instruction(&Instruction::I32Const(1));
    f.instruction(&Instruction::I32Sub);
    f.instruction(&shift());
    f.instruction(&Instruction::I32ShrU);
    f.instruction(&Instruction::LocalGet(s.addr));
    f.instruction(&shift());
    f.instruction(&Instruction::I32ShrU);
    f.instruction(&Instruction::I32Sub);
    f.instruction(&Instruction::I32Const(1));
    f.instruction(&Instruction::I32Add);
    f.instruction(&Instruction::MemoryFill(1));
    f.instruction(&Instruction::End);
}

/// A module's memory as a fresh instance has it (after instantiation and, for ABI v2,
/// the input-area call), kept sparsely: most blocks are zero, and putting them back is
/// a fill that reads nothing (the images of a set's modules would not fit in a cache).
pub(super) struct Image {
    pub(super) size: usize,
    /// For each block, where its bytes are in `bytes`, or `ZERO`.
    blocks: Vec<u32>,
    bytes: Vec<u8>,
}

const ZERO: u32 = u32::MAX;

impl Image {
    pub(super) fn of(memory: &[u8]) -> Image {
        let mut blocks = Vec::with_capacity(memory.len().div_ceil(BLOCK));
        let mut bytes = Vec::new();
        for block in memory.chunks(BLOCK) {
            if block.iter().all(|b| *b == 0) {
                blocks.push(ZERO);
            } else {
                blocks.push(bytes.len() as u32);
                bytes.extend_from_slice(block);
            }
        }
        Image {
            size: memory.len(),
            blocks,
            bytes,
        }
    }

    /// Puts `memory[range]` back as it was fresh (`memory` has the image's size): one
    /// fill per stretch of zero blocks, one copy per block that has data.
    pub(super) fn restore(&self, memory: &mut [u8], range: std::ops::Range<usize>) {
        let end = range.end.min(memory.len()).min(self.size);
        let mut at = range.start;
        while at < end {
            let block = at >> BLOCK_SHIFT;
            let mut stop = ((block + 1) << BLOCK_SHIFT).min(end);
            let start = self.blocks.get(block).copied().unwrap_or(ZERO);
            if start == ZERO {
                let mut next = block + 1;
                while stop < end && self.blocks.get(next) == Some(&ZERO) {
                    next += 1;
                    stop = (next << BLOCK_SHIFT).min(end);
                }
                if let Some(target) = memory.get_mut(at..stop) {
                    target.fill(0);
                }
            } else {
                let from = start as usize + (at & (BLOCK - 1));
                if let (Some(target), Some(source)) = (
                    memory.get_mut(at..stop),
                    self.bytes.get(from..from + (stop - at)),
                ) {
                    target.copy_from_slice(source);
                }
            }
            at = stop;
        }
    }
}

/// Clears `marks` and lists what they marked in `dirty`, as byte ranges of the memory
/// (runs of marked blocks merged, each extended by the bytes a store straddling out
/// of its last block may have written).
pub(super) fn take_marks(image: &Image, marks: &mut [u8], dirty: &mut Vec<std::ops::Range<usize>>) {
    let used = image.size.div_ceil(BLOCK).min(marks.len());
    let Some(marks) = marks.get_mut(..used) else {
        return;
    };
    let mut runs = Runs { run: None, dirty };
    // Eight marks at a time: an honest call marks a handful of the blocks, so almost
    // every word is a load and a test.
    let mut words = marks.chunks_exact_mut(8);
    for (w, word) in (&mut words).enumerate() {
        let Ok(eight) = <[u8; 8]>::try_from(&*word) else {
            continue;
        };
        let mut bits = u64::from_le_bytes(eight);
        if bits == 0 {
            continue;
        }
        word.copy_from_slice(&[0; 8]);
        // The marked blocks of the eight, lowest first.
        while bits != 0 {
            let byte = (bits.trailing_zeros() / 8) as usize;
            bits &= !(0xff << (8 * byte));
            runs.add(w * 8 + byte);
        }
    }
    // A count of blocks that is not a multiple of eight leaves a few.
    let tail_start = used - words.into_remainder().len();
    for block in tail_start..used {
        if let Some(mark) = marks.get_mut(block)
            && *mark != 0
        {
            *mark = 0;
            runs.add(block);
        }
    }
    runs.close();
}

/// Marked blocks, in increasing order, merged into byte ranges.
struct Runs<'a> {
    run: Option<(usize, usize)>,
    dirty: &'a mut Vec<std::ops::Range<usize>>,
}

impl Runs<'_> {
    fn add(&mut self, block: usize) {
        self.run = match self.run {
            Some((start, end)) if end == block => Some((start, block + 1)),
            _ => {
                self.close();
                Some((block, block + 1))
            }
        };
    }

    /// Each run extended by the bytes a store straddling out of its last block may
    /// have written.
    fn close(&mut self) {
        if let Some((start, end)) = self.run.take() {
            self.dirty
                .push(start << BLOCK_SHIFT..(end << BLOCK_SHIFT) + STRADDLE);
        }
    }
}
