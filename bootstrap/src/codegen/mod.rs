//! Code generation: virtual instructions to machine code, with the metadata every compiled
//! procedure keeps (pc map, safepoints, line rows, call-frame rows, relocations).
//! The x86-64 backend lives in `x64/`; this module defines what any backend produces.

pub mod x64;

use crate::ir::{Const, FnId};

/// What a 64-bit absolute field in the code refers to; the linker (or the in-image compiler)
/// writes the final value.
#[derive(Debug, Clone, PartialEq)]
pub enum RelocTarget {
    /// A constant: a heap datum or a static closure.
    Const(Const),
    /// The symbol object with this name (a global's cell).
    Symbol(String),
    /// The entry address of a function of the same module.
    Function(FnId),
}

/// A relocation: the 8 bytes at `offset` hold the value of `target`.
#[derive(Debug, Clone, PartialEq)]
pub struct Reloc {
    /// Offset from the function start of the 8-byte field.
    pub offset: u32,
    /// What the field refers to.
    pub target: RelocTarget,
}

/// A safepoint: a return address inside the function and what the frame holds there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Safepoint {
    /// Offset of the return address from the function start.
    pub ret_offset: u32,
    /// Index of the IR instruction that made the call.
    pub ir_index: u32,
    /// Number of virtual-stack slots live in the frame during the call (all tagged values).
    pub depth: u32,
}

/// One line row: from `offset` on, the code belongs to `line`:`column`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineRow {
    /// Offset from the function start.
    pub offset: u32,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
}

/// Call-frame changes (see `image-builder/src/layout.rs` for their meaning).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cfi {
    /// CFA = rsp + n.
    CfaRsp(u32),
    /// CFA = rbp + n.
    CfaRbp(u32),
    /// The caller's rbp is saved at CFA + n.
    RbpSavedAt(i32),
    /// rbp holds the caller's value again.
    RbpSame,
    /// The caller's rbp is in rdx.
    RbpInRdx,
    /// Remember the rules.
    Remember,
    /// Restore the remembered rules.
    Restore,
}

/// A compiled function: machine code and its metadata.
#[derive(Debug, Clone)]
pub struct CodeObject {
    /// Procedure name as written.
    pub name: String,
    /// Machine code, linked at any 16-aligned address (only `relocs` depend on addresses).
    pub code: Vec<u8>,
    /// Absolute 64-bit fields to fill in.
    pub relocs: Vec<Reloc>,
    /// For each IR instruction, the offset of its first machine instruction.
    pub pc_map: Vec<u32>,
    /// Return addresses of calls.
    pub safepoints: Vec<Safepoint>,
    /// Line rows, ascending offsets.
    pub lines: Vec<LineRow>,
    /// Call-frame rows: (offset, change), ascending offsets.
    pub cfi: Vec<(u32, Cfi)>,
}
