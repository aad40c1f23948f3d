//! Register roles of VVM code on x86-64. Named once here; the assembler code in this folder
//! uses the registers with these roles, and nothing outside `codegen/x64/` names a register.
//!
//! | register | role |
//! |---|---|
//! | `rax` | the accumulator: every IR value ends up here; the argument count (a fixnum) at a call |
//! | `rbx` | the closure being called, at a call and in the callee's prologue |
//! | `rbp` | the frame pointer; frames form an rbp chain (kept in all code, for gdb, perf and the walker) |
//! | `rsp` | the top of the virtual stack |
//! | `r14` | the allocation pointer (next free byte of the current allocation region) |
//! | `r15` | the allocation limit (end of the current region) |
//! | `rcx rdx rsi rdi r8 r9 r10 r11` | scratch inside one IR instruction; never live across one |
//! | `r13` | the stack limit: every prologue checks `rsp >= r13` (a stack overflow is a VVM error) |
//! | `r12` | holds the VVM stack pointer across a C call (`%c-call`); otherwise unused, reserved (thread context, later) |
//!
//! `r13`, `r14`, `r15`, `rbx` and `rbp` are callee-saved in the System V ABI, so they survive calls
//! into the shim's C-ABI hooks.

/// Human-readable role table, used by `--emit asm` headers and documentation tests.
pub const ROLES: &[(&str, &str)] = &[
    ("rax", "accumulator; argument count at a call"),
    ("rbx", "callee closure at a call"),
    ("rbp", "frame pointer"),
    ("rsp", "virtual stack top"),
    ("r14", "allocation pointer"),
    ("r15", "allocation limit"),
    ("r13", "stack limit"),
];
