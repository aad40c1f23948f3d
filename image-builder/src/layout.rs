//! The description of a finished image that the ELF and DWARF writers consume: code bytes,
//! heap bytes, their addresses, and per-function debug facts.
//! It knows nothing about the reader, the IR or how the bytes were produced.

/// A laid-out image, ready to be written as an ELF file.
#[derive(Debug, Clone)]
pub struct ImageLayout {
    /// Address of the code segment; page aligned, `IMAGE_BASE + PAGE_SIZE` or later.
    pub text_addr: u64,
    /// Code bytes, loaded read + execute at `text_addr`.
    pub text: Vec<u8>,
    /// Address of the heap segment; page aligned, after the code.
    pub heap_addr: u64,
    /// Heap bytes, loaded read + write (copy-on-write) at `heap_addr`.
    pub heap: Vec<u8>,
    /// Address of the entry stub, inside the code segment.
    pub entry: u64,
    /// Every function in the code segment, in address order.
    pub functions: Vec<FunctionDebug>,
}

/// Debug facts of one function.
#[derive(Debug, Clone)]
pub struct FunctionDebug {
    /// ELF symbol name, e.g. `vvm.fib`.
    pub name: String,
    /// Absolute start address.
    pub addr: u64,
    /// Size in bytes.
    pub size: u64,
    /// Source file as given to the builder (a relative path such as `src-vvm/runtime/print.vvm`).
    pub file: String,
    /// Line of the defining form.
    pub line: u32,
    /// Line rows: offset from `addr`, line and column; ascending offsets; the first at offset 0.
    pub rows: Vec<LineRow>,
    /// Call-frame rows; ascending offsets.
    pub cfi: Vec<CfiRow>,
}

/// One row of a line table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineRow {
    /// Offset from the function start.
    pub offset: u32,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
}

/// One call-frame-information change, taking effect at `offset` from the function start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CfiRow {
    /// Offset from the function start of the first instruction the rule applies to.
    pub offset: u32,
    /// The change.
    pub op: CfiOp,
}

/// Call-frame rules used by VVM code. At offset 0 the CIE's rules hold: CFA = rsp + 8, return
/// address at CFA - 8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CfiOp {
    /// CFA = rsp + n.
    CfaRsp(u32),
    /// CFA = rbp + n.
    CfaRbp(u32),
    /// The caller's rbp is saved at CFA + n (n negative).
    RbpSavedAt(i32),
    /// rbp holds the caller's value again.
    RbpSame,
    /// The caller's rbp is in rdx (during a tail call).
    RbpInRdx,
    /// Push the current rules (DW_CFA_remember_state).
    Remember,
    /// Pop the rules pushed by `Remember` (DW_CFA_restore_state).
    Restore,
}
