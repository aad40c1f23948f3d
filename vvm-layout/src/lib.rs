//! The one source of VVM's layout constants: value tags, object headers, frame layout,
//! register roles, and the image header the shim checks before it jumps in.
//!
//! This crate holds data only: no code that builds, reads or runs images.
//! It is the only crate of ours that `runtime-shim` depends on.
//! VVM code sees the same numbers through `src-vvm/runtime/layout.vvm`, generated from them by
//! `vvm::vvm_source` (`cargo gen-layout` writes it; a test fails while it is stale).
#![deny(missing_docs)]

pub mod vvm;

// ---------------------------------------------------------------------------------------------
// Values.
// ---------------------------------------------------------------------------------------------

/// Number of low tag bits in a value word.
pub const TAG_BITS: u32 = 3;
/// Mask selecting the tag bits.
pub const TAG_MASK: u64 = 0b111;
/// Tag of a fixnum: the value is `n << 3`, so fixnums add and compare untagged.
pub const TAG_FIXNUM: u64 = 0b000;
/// Tag of a pointer to a heap object: the word is the object's address plus one.
pub const TAG_OBJECT: u64 = 0b001;
/// Tag shared by all immediates; bits 3..8 say which immediate.
pub const TAG_IMMEDIATE: u64 = 0b110;

/// Smallest fixnum (-2^60).
pub const FIXNUM_MIN: i64 = -(1 << 60);
/// Largest fixnum (2^60 - 1).
pub const FIXNUM_MAX: i64 = (1 << 60) - 1;

/// `#f`, the only false value.
pub const FALSE: u64 = 0x06;
/// `#t`.
pub const TRUE: u64 = 0x0e;
/// The empty list `()`.
pub const NIL: u64 = 0x16;
/// The value of expressions whose value is unspecified.
pub const UNSPECIFIED: u64 = 0x1e;
/// The end-of-file object.
pub const EOF: u64 = 0x26;
/// The marker stored in a symbol's value cell while the global is unbound.
pub const UNBOUND: u64 = 0x2e;
/// Low byte of a character; the code point is in bits 8 and up.
pub const CHAR_TAG: u64 = 0x3e;
/// Shift of the code point in a character value.
pub const CHAR_SHIFT: u32 = 8;

/// Encode a fixnum; the caller guarantees `FIXNUM_MIN <= n <= FIXNUM_MAX`.
pub const fn fixnum(n: i64) -> u64 {
    (n << TAG_BITS) as u64
}

/// Encode a character.
pub const fn character(c: char) -> u64 {
    ((c as u64) << CHAR_SHIFT) | CHAR_TAG
}

// ---------------------------------------------------------------------------------------------
// Heap objects.
// ---------------------------------------------------------------------------------------------

/// Every heap object starts with a header word: `(length << HEADER_LENGTH_SHIFT) | type`.
/// The length counts fields for word objects and bytes for byte objects.
pub const HEADER_LENGTH_SHIFT: u32 = 8;
/// Mask of the type byte in a header.
pub const HEADER_TYPE_MASK: u64 = 0xff;

/// Object types, the low byte of the header.
#[allow(missing_docs, reason = "the names say it; ARCHITECTURE.md describes each layout")]
pub mod ty {
    /// Word objects: every field is a tagged value, except where noted.
    pub const PAIR: u64 = 1;
    pub const VECTOR: u64 = 2;
    /// Fields: name (string), value (the global cell), hash (fixnum).
    pub const SYMBOL: u64 = 3;
    /// Field 0 is the raw entry address (16-aligned, so it reads as a fixnum); then free values.
    pub const CLOSURE: u64 = 4;
    /// One field: the boxed value of an assigned, captured variable.
    pub const BOX: u64 = 5;
    /// A record made by `define-record-type`: field 0 is its record-type descriptor (itself a
    /// record), then the fields in declaration order. Only VVM code (`src-vvm/runtime/records.vvm`
    /// and the expansion of `define-record-type`) builds and reads records; the compiler and the
    /// collector treat them as any word object.
    pub const RECORD: u64 = 6;
    /// First byte-object type: types at or above this hold raw bytes, not values.
    pub const FIRST_BYTE_TYPE: u64 = 0x80;
    /// Bytes of UTF-8 text; length counts bytes.
    pub const STRING: u64 = 0x80;
    pub const BYTEVECTOR: u64 = 0x81;
    /// An IEEE 754 double: 8 bytes, little-endian.
    pub const FLONUM: u64 = 0x82;
    /// An exact integer outside the fixnum range: 4-byte little-endian limbs, VVM code's format.
    pub const BIGNUM: u64 = 0x83;
}

/// Number of fields of a symbol.
pub const SYMBOL_FIELDS: u64 = 3;
/// Field index of a symbol's name.
pub const SYMBOL_NAME: u64 = 0;
/// Field index of a symbol's global value cell.
pub const SYMBOL_VALUE: u64 = 1;
/// Field index of a symbol's hash (fixnum).
pub const SYMBOL_HASH: u64 = 2;

/// Byte offset from a tagged object pointer to field `i`: `8 + 8*i - TAG_OBJECT`.
pub const fn field_offset(i: u64) -> i32 {
    (8 + 8 * i - TAG_OBJECT) as i32
}

/// Header word for an object of type `ty` and `length`.
pub const fn header(ty: u64, length: u64) -> u64 {
    (length << HEADER_LENGTH_SHIFT) | ty
}

/// Hash of a symbol name: `h = (h * 31 + byte) mod 2^24` over the UTF-8 bytes. It stays in
/// fixnum range at every step, so VVM code (`src-vvm/runtime/symbols.vvm`) computes the same.
pub fn symbol_hash(name: &[u8]) -> i64 {
    let mut h: i64 = 0;
    for &b in name {
        h = (h * 31 + b as i64) & 0xff_ffff;
    }
    h
}

/// Number of buckets in the symbol table (a vector of lists of symbols).
pub const SYMBOL_TABLE_BUCKETS: u64 = 1024;

// ---------------------------------------------------------------------------------------------
// Frames and the calling convention.
// ---------------------------------------------------------------------------------------------
//
//        higher addresses
//   [rbp + 16 + 8*i]   argument i (argument 0 nearest the return address)
//   [rbp + 8]          return address
//   [rbp]              caller's rbp
//   [rbp - 8]          the closure being run (self)
//   [rbp - 16]         argument count, as a fixnum (so it is also the byte size of the arguments)
//   [rbp - 24 - 8*k]   slot k of the virtual stack: let-bound locals and pushed temporaries
//        lower addresses
//
// The callee pops its arguments. Every word in a frame is a tagged value except the saved rbp
// and the return address, which the walker skips by following the rbp chain.

/// Offset from rbp of the argument 0 slot.
pub const FRAME_ARG0: i32 = 16;
/// Offset from rbp of the self (closure) slot.
pub const FRAME_SELF: i32 = -8;
/// Offset from rbp of the argument-count slot.
pub const FRAME_ARGC: i32 = -16;
/// Offset from rbp of virtual-stack slot 0.
pub const FRAME_SLOT0: i32 = -24;

/// Bytes of stack kept below the stack limit (r13) for reporting a stack overflow: every
/// procedure's prologue compares rsp with r13; past it, the limit is lowered by this much while
/// `%stack-overflow` raises the error. The entry stub starts with rsp minus this as the limit,
/// and `%start` sets the real one from RLIMIT_STACK.
pub const STACK_MARGIN: u64 = 256 * 1024;

/// Alignment of every procedure entry, so a raw entry address reads as a fixnum.
pub const CODE_ALIGN: u64 = 16;

// ---------------------------------------------------------------------------------------------
// The image file.
// ---------------------------------------------------------------------------------------------

/// Virtual address at which an image is linked and mapped (an ET_EXEC file).
pub const IMAGE_BASE: u64 = 0x4000_0000;
/// Page size used for segment alignment.
pub const PAGE_SIZE: u64 = 0x1000;
/// File offset (and `IMAGE_BASE` offset) of the VVM image header, in the first, read-only page.
pub const HEADER_OFFSET: u64 = 0x800;
/// The first eight bytes of the image header.
pub const IMAGE_MAGIC: [u8; 8] = *b"VVMIMAGE";
/// Version of the image format; bump it when the header or the entry protocol changes.
pub const IMAGE_FORMAT_VERSION: u32 = 1;

// ---------------------------------------------------------------------------------------------
// The write barrier: card marking for the image heap.
// ---------------------------------------------------------------------------------------------

/// Everything the image maps (code and image heap) lies below this address; the dynamic heap,
/// mapped by VVM code with `mmap`, lies above it. Only stores into objects below it are recorded.
pub const IMAGE_LIMIT: u64 = 0x8000_0000;
/// A card covers `1 << CARD_SHIFT` bytes of the image.
pub const CARD_SHIFT: u32 = 9;
/// The card of the word at address `a` is the byte at `CARD_TABLE_BASE + (a >> CARD_SHIFT)`.
/// Compiled code sets it to 1 after storing into an object below `IMAGE_LIMIT`; the collector
/// scans the image-heap objects of marked cards as roots and clears the cards that no longer
/// point into the dynamic heap. VVM code (`gc.vvm`) maps the part covering the image heap
/// before any other VVM code runs.
pub const CARD_TABLE_BASE: u64 = 0x3800_0000;
const _: () = assert!(CARD_TABLE_BASE + (IMAGE_LIMIT >> CARD_SHIFT) <= IMAGE_BASE);

/// Hash of the layout constants above, stored in the image header so a shim built against
/// other constants refuses the image by name.
pub const fn layout_hash() -> u32 {
    let parts: [u64; 20] = [
        TAG_BITS as u64,
        TAG_OBJECT,
        TAG_IMMEDIATE,
        FALSE,
        TRUE,
        NIL,
        UNBOUND,
        CHAR_TAG,
        HEADER_LENGTH_SHIFT as u64,
        ty::PAIR | (ty::VECTOR << 8) | (ty::SYMBOL << 16) | (ty::CLOSURE << 24) | (ty::BOX << 32),
        ty::STRING | (ty::BYTEVECTOR << 8) | (ty::FLONUM << 16) | (ty::BIGNUM << 24),
        FRAME_ARG0 as u64,
        FRAME_SELF as u64,
        FRAME_ARGC as u64,
        FRAME_SLOT0 as u64,
        IMAGE_BASE,
        IMAGE_LIMIT,
        CARD_SHIFT as u64,
        CARD_TABLE_BASE,
        STACK_MARGIN,
    ];
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < parts.len() {
        let mut v = parts[i];
        let mut j = 0;
        while j < 8 {
            h ^= (v & 0xff) as u32;
            h = h.wrapping_mul(0x0100_0193);
            v >>= 8;
            j += 1;
        }
        i += 1;
    }
    h
}

/// The image header at `IMAGE_BASE + HEADER_OFFSET`, little-endian, 8-byte fields.
///
/// The shim reads it from the file before mapping anything and refuses the image if the
/// magic, version or layout hash differ, or if a segment lies outside the file.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImageHeader {
    /// `IMAGE_MAGIC`.
    pub magic: [u8; 8],
    /// `IMAGE_FORMAT_VERSION`.
    pub format_version: u32,
    /// `layout_hash()` of the builder.
    pub layout_hash: u32,
    /// Address of the entry stub: `extern "sysv64" fn(argc, argv, envp, hooks) -> i64`.
    pub entry: u64,
    /// Address and size of the code segment (read + execute).
    pub text_addr: u64,
    /// Size in bytes of the code segment.
    pub text_size: u64,
    /// Address of the heap segment (read + write).
    pub heap_addr: u64,
    /// Size in bytes of the heap segment as stored in the file.
    pub heap_size: u64,
    /// File offset at which the heap segment's bytes start.
    pub heap_file_offset: u64,
    /// File offset at which the code segment's bytes start.
    pub text_file_offset: u64,
}

/// Size of `ImageHeader` in bytes.
pub const IMAGE_HEADER_SIZE: usize = 72;

impl ImageHeader {
    /// Serialize the header.
    pub fn to_bytes(&self) -> [u8; IMAGE_HEADER_SIZE] {
        let mut b = [0u8; IMAGE_HEADER_SIZE];
        b[0..8].copy_from_slice(&self.magic);
        b[8..12].copy_from_slice(&self.format_version.to_le_bytes());
        b[12..16].copy_from_slice(&self.layout_hash.to_le_bytes());
        let words = [
            self.entry,
            self.text_addr,
            self.text_size,
            self.heap_addr,
            self.heap_size,
            self.heap_file_offset,
            self.text_file_offset,
        ];
        for (i, w) in words.iter().enumerate() {
            b[16 + 8 * i..24 + 8 * i].copy_from_slice(&w.to_le_bytes());
        }
        b
    }

    /// Parse a header; `None` if `b` is too short.
    pub fn from_bytes(b: &[u8]) -> Option<ImageHeader> {
        if b.len() < IMAGE_HEADER_SIZE {
            return None;
        }
        let w = |i: usize| u64::from_le_bytes(b[16 + 8 * i..24 + 8 * i].try_into().unwrap());
        Some(ImageHeader {
            magic: b[0..8].try_into().unwrap(),
            format_version: u32::from_le_bytes(b[8..12].try_into().unwrap()),
            layout_hash: u32::from_le_bytes(b[12..16].try_into().unwrap()),
            entry: w(0),
            text_addr: w(1),
            text_size: w(2),
            heap_addr: w(3),
            heap_size: w(4),
            heap_file_offset: w(5),
            text_file_offset: w(6),
        })
    }
}

/// The table of host functions the shim hands to the entry stub (its fourth argument).
/// Image code calls through it with the C ABI; today it only carries the GDB JIT hooks.
#[repr(C)]
#[derive(Debug)]
pub struct HostHooks {
    /// Version of this table.
    pub version: u64,
    /// Register an in-memory ELF with gdb: `(ptr, len) -> handle`.
    pub gdb_register: extern "C" fn(*const u8, u64) -> u64,
    /// Unregister a handle returned by `gdb_register`.
    pub gdb_unregister: extern "C" fn(u64),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_round_trips() {
        let h = ImageHeader {
            magic: IMAGE_MAGIC,
            format_version: IMAGE_FORMAT_VERSION,
            layout_hash: layout_hash(),
            entry: 1,
            text_addr: 2,
            text_size: 3,
            heap_addr: 4,
            heap_size: 5,
            heap_file_offset: 6,
            text_file_offset: 7,
        };
        assert_eq!(ImageHeader::from_bytes(&h.to_bytes()), Some(h));
    }

    #[test]
    fn immediates_share_the_immediate_tag() {
        for v in [FALSE, TRUE, NIL, UNSPECIFIED, EOF, UNBOUND, CHAR_TAG] {
            assert_eq!(v & TAG_MASK, TAG_IMMEDIATE, "{v:#x}");
        }
        assert_eq!(character('A') & 0xff, CHAR_TAG);
        assert_eq!(fixnum(-1) as i64 >> TAG_BITS, -1);
    }
}
