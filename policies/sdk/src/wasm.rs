//! The wasm32 side of the ABI: exports' bodies and the module's allocator. This is the
//! only unsafe code of the SDK; each block says why it is sound.
#![allow(unsafe_code)]

use crate::Criterion;
use crate::abi;
use alloc::vec::Vec;
use core::alloc::{GlobalAlloc, Layout};
use core::arch::wasm32;
use core::sync::atomic::{AtomicUsize, Ordering};

const PAGE: usize = 65536;

/// A bump allocator over the module's own memory, rewound at every `dtcheck_input`.
///
/// Evaluations are short and allocate little, so freeing is pointless. The heap starts
/// at the linker's `__heap_base`, a constant, and every evaluation starts from there:
/// memory use and fuel per evaluation do not depend on how many ran before in the same
/// instance, which the host relies on when it reuses instances. (`.cargo/config.toml`
/// gives modules an initial heap large enough that honest evaluations never grow
/// memory.) Growth goes through `memory.grow`, so the host's memory limit applies: when
/// it refuses, allocation fails and the module traps.
pub struct BumpAllocator {
    next: AtomicUsize,
}

unsafe extern "C" {
    /// Set by the linker: the first byte after the stack and static data.
    static __heap_base: u8;
}

fn heap_base() -> usize {
    (&raw const __heap_base) as usize
}

impl BumpAllocator {
    pub const fn new() -> Self {
        BumpAllocator {
            next: AtomicUsize::new(0),
        }
    }

    fn rewind(&self) {
        self.next.store(heap_base(), Ordering::Relaxed);
    }
}

impl Default for BumpAllocator {
    fn default() -> Self {
        Self::new()
    }
}

// SAFETY: wasm32 modules here are single-threaded; the atomics only satisfy `Sync`.
// Every returned block is aligned as requested, lies inside memory we own (above
// `__heap_base`, below the current memory size after growth) and is never handed out
// twice before a rewind, which happens only at the start of an evaluation (or of the
// metadata call), when no earlier block is live. A block resized in place is the last
// one handed out, so growing it overlaps no other block.
unsafe impl GlobalAlloc for BumpAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // Only a host that calls neither `dtcheck_input` nor `dtcheck_evaluate_area`
        // first gets here before any rewind.
        let next = match self.next.load(Ordering::Relaxed) {
            0 => heap_base(),
            next => next,
        };
        let align = layout.align();
        let start = match next.checked_add(align - 1) {
            Some(v) => v & !(align - 1),
            None => return core::ptr::null_mut(),
        };
        match start.checked_add(layout.size()) {
            Some(end) if self.extend_to(end) => start as *mut u8,
            _ => core::ptr::null_mut(),
        }
    }

    unsafe fn dealloc(&self, _ptr: *mut u8, _layout: Layout) {}

    /// The last block handed out (a reason text being built, almost always) grows or
    /// shrinks where it is: no new block, no copy. Any other block is moved.
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let start = ptr as usize;
        if start.checked_add(layout.size()) == Some(self.next.load(Ordering::Relaxed)) {
            return match start.checked_add(new_size) {
                Some(end) if self.extend_to(end) => ptr,
                _ => core::ptr::null_mut(),
            };
        }
        // SAFETY: `new_size` and the old alignment make a valid layout (the caller
        // guarantees that the rounded size does not overflow), and both blocks are
        // live and distinct, valid for the smaller of their sizes.
        unsafe {
            let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
            let new = self.alloc(new_layout);
            if !new.is_null() {
                core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
            }
            new
        }
    }
}

impl BumpAllocator {
    /// Moves the end of the heap to `end`, growing memory when needed; false when the
    /// host refuses to grow it.
    fn extend_to(&self, end: usize) -> bool {
        let have = wasm32::memory_size(0) * PAGE;
        if end > have {
            let pages = (end - have).div_ceil(PAGE);
            if wasm32::memory_grow(0, pages) == usize::MAX {
                return false;
            }
        }
        self.next.store(end, Ordering::Relaxed);
        true
    }
}

static INPUT_PTR: AtomicUsize = AtomicUsize::new(0);
static INPUT_CAP: AtomicUsize = AtomicUsize::new(0);

fn leak(bytes: Vec<u8>) -> i64 {
    let bytes = bytes.leak();
    abi::pack(bytes.as_ptr() as u32, bytes.len() as u32)
}

/// `dtcheck_metadata`.
pub fn metadata(alloc: &BumpAllocator, c: &Criterion) -> i64 {
    alloc.rewind();
    leak(crate::metadata_json(c).into_bytes())
}

/// `dtcheck_input`: rewinds the heap and reserves `len` bytes for the host to fill.
pub fn input(alloc: &BumpAllocator, len: i32) -> i32 {
    alloc.rewind();
    let len = usize::try_from(len).unwrap_or(0);
    let buf: Vec<u8> = alloc::vec![0u8; len];
    let buf = buf.leak();
    INPUT_PTR.store(buf.as_mut_ptr() as usize, Ordering::Relaxed);
    INPUT_CAP.store(len, Ordering::Relaxed);
    buf.as_mut_ptr() as i32
}

/// The input area of ABI v2: a fixed buffer in the module's static data that the host
/// writes each input into, so that an evaluation is one call (`dtcheck_evaluate_area`)
/// instead of two. Inputs are a few bytes per fact; a larger one goes the v1 way.
const AREA_SIZE: usize = 8192;

struct InputArea(core::cell::UnsafeCell<[u8; AREA_SIZE]>);

// SAFETY: wasm32 modules here are single-threaded; the area is only read during an
// evaluation, and only the host writes it, between calls.
unsafe impl Sync for InputArea {}

static INPUT_AREA: InputArea = InputArea(core::cell::UnsafeCell::new([0; AREA_SIZE]));

/// `dtcheck_input_area`: where the host writes inputs, and how many bytes fit.
pub fn input_area() -> i64 {
    abi::pack(INPUT_AREA.0.get() as u32, AREA_SIZE as u32)
}

/// `dtcheck_evaluate_area`: rewinds the heap and evaluates the `len` bytes the host
/// wrote at the input area.
pub fn evaluate_area(alloc: &BumpAllocator, c: &Criterion, len: i32) -> i64 {
    alloc.rewind();
    let len = usize::try_from(len).unwrap_or(usize::MAX).min(AREA_SIZE);
    // SAFETY: the area is static, `len` is clamped to its size, and nothing writes it
    // while this call runs (the host writes it only between calls; the module never
    // does), so the shared view is not aliased by a write.
    let input: &[u8] = unsafe { core::slice::from_raw_parts(INPUT_AREA.0.get() as *const u8, len) };
    leak(crate::evaluate_bytes(c, input))
}

/// `dtcheck_evaluate`: evaluates the `len` bytes the host wrote at the input buffer.
pub fn evaluate(c: &Criterion, len: i32) -> i64 {
    let ptr = INPUT_PTR.load(Ordering::Relaxed);
    let cap = INPUT_CAP.load(Ordering::Relaxed);
    let len = usize::try_from(len).unwrap_or(usize::MAX).min(cap);
    let input: &[u8] = if ptr == 0 {
        &[]
    } else {
        // SAFETY: `ptr` and `cap` describe the leaked buffer `input` reserved in this
        // evaluation (the heap is only rewound by the next `dtcheck_input`), and `len`
        // is clamped to its capacity.
        unsafe { core::slice::from_raw_parts(ptr as *const u8, len) }
    };
    leak(crate::evaluate_bytes(c, input))
}
