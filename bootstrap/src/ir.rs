//! The VPU-style virtual instructions: a linear code per procedure over an accumulator (`rax`)
//! and a virtual stack of frame slots. Each instruction carries its source position; calls are
//! the safepoints. The text form printed here is stable: snapshots hold it, and the in-image
//! compiler prints the same text (`src-vvm/compiler/ir.vvm`).
//!
//! Conventions. Results go to the accumulator. `push` moves it to a new stack slot. Arguments of
//! `call n` are pushed last argument first, so argument 0 is on top; the callee is in the
//! accumulator. `prim p` takes argument 0 from the accumulator and the others from the stack
//! (argument 1 on top) and pops them.

use crate::datum::{Datum, Pos, write_char_name};
use std::fmt::Write as _;

/// Index of a function in a `Module`.
pub type FnId = usize;
/// A label inside one function.
pub type Label = usize;

/// A constant the accumulator can be loaded with.
#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    /// A fixnum.
    Fixnum(i64),
    /// An immediate other than a fixnum (booleans, characters, `()`, unspecified), as its word.
    Imm(u64),
    /// A datum that lives in the heap (string, symbol, list, vector); quoted data are immutable.
    Heap(Datum),
    /// The closure of a procedure without free variables, allocated once, statically.
    Closure(FnId),
}

/// One virtual instruction.
#[derive(Debug, Clone, PartialEq)]
pub enum Insn {
    /// Prologue: set up the frame and check the argument count (`required`, plus any with `rest`).
    Enter {
        /// Number of required arguments.
        required: usize,
        /// Whether more are allowed (a rest list).
        rest: bool,
    },
    /// Load the list of arguments from index `required` on (a rest parameter).
    RestList(usize),
    /// Load a constant.
    Const(Const),
    /// Load argument i.
    Arg(usize),
    /// Store into argument i; the accumulator becomes unspecified.
    SetArg(usize),
    /// Load stack slot k.
    Slot(usize),
    /// Store into stack slot k; the accumulator becomes unspecified.
    SetSlot(usize),
    /// Load free variable i of the running closure.
    Free(usize),
    /// Load a global's value; an error if unbound.
    Global(String),
    /// Assign an existing global.
    SetGlobal(String),
    /// Define (or redefine) a global.
    DefineGlobal(String),
    /// Push the accumulator.
    Push,
    /// Drop n stack slots; the accumulator is kept.
    Pop(usize),
    /// Put the accumulator in a new box.
    Box,
    /// Load the contents of the box in the accumulator.
    Unbox,
    /// Store the accumulator into the box on top of the stack (popped).
    SetBox,
    /// An open-coded primitive.
    Prim(&'static str),
    /// Allocate a closure of function f with n free values popped from the stack (free 0 on top).
    Closure(FnId, usize),
    /// Call the procedure in the accumulator with n arguments from the stack.
    Call(usize),
    /// The same in tail position: the frame is replaced.
    TailCall(usize),
    /// Jump.
    Jump(Label),
    /// Jump if the accumulator is `#f`.
    BranchFalse(Label),
    /// A jump target.
    Label(Label),
    /// Return the accumulator.
    Return,
}

/// An instruction with its source position.
#[derive(Debug, Clone, PartialEq)]
pub struct Instr {
    /// The instruction.
    pub insn: Insn,
    /// Where in the source it comes from.
    pub pos: Pos,
}

/// One procedure's code.
#[derive(Debug, Clone)]
pub struct Function {
    /// Procedure name as written (`fib`, `fib.loop`, `tests/run/x.top`).
    pub name: String,
    /// Number of required parameters.
    pub required: usize,
    /// Whether it takes a rest list.
    pub rest: bool,
    /// Number of free variables.
    pub free: usize,
    /// The instructions.
    pub code: Vec<Instr>,
    /// Position of the defining form.
    pub pos: Pos,
    /// The defining form as read, for reflection.
    pub source: Option<Datum>,
}

/// The functions of one compilation unit; function 0 is the unit's top-level thunk.
#[derive(Debug, Clone, Default)]
pub struct Module {
    /// All functions, in the order the generator met them (parents before children).
    pub functions: Vec<Function>,
}

/// Text of a constant, as the IR printer shows it.
pub fn const_text(c: &Const, module: &Module) -> String {
    match c {
        Const::Fixnum(n) => n.to_string(),
        Const::Imm(w) => imm_text(*w),
        Const::Heap(d) => match d {
            Datum::Str(_) | Datum::Big(_) | Datum::Flonum(_) => d.to_string(),
            _ => format!("'{d}"),
        },
        Const::Closure(f) => format!("#<procedure {}>", module.functions[*f].name),
    }
}

/// Text of an immediate word.
pub fn imm_text(w: u64) -> String {
    use vvm_layout as l;
    match w {
        l::FALSE => "#f".into(),
        l::TRUE => "#t".into(),
        l::NIL => "()".into(),
        l::UNSPECIFIED => "#<unspecified>".into(),
        l::EOF => "#<eof>".into(),
        l::UNBOUND => "#<unbound>".into(),
        w if w & 0xff == l::CHAR_TAG => {
            let mut s = String::new();
            write_char_name(char::from_u32((w >> l::CHAR_SHIFT) as u32).unwrap_or('?'), &mut s);
            s
        }
        w => format!("#<imm {w:#x}>"),
    }
}

/// Text of one instruction.
pub fn insn_text(i: &Insn, module: &Module) -> String {
    match i {
        Insn::Enter { required, rest } => {
            format!("enter {required}{}", if *rest { " rest" } else { "" })
        }
        Insn::RestList(n) => format!("rest-list {n}"),
        Insn::Const(c) => format!("const {}", const_text(c, module)),
        Insn::Arg(n) => format!("arg {n}"),
        Insn::SetArg(n) => format!("set-arg {n}"),
        Insn::Slot(n) => format!("slot {n}"),
        Insn::SetSlot(n) => format!("set-slot {n}"),
        Insn::Free(n) => format!("free {n}"),
        Insn::Global(s) => format!("global {s}"),
        Insn::SetGlobal(s) => format!("set-global {s}"),
        Insn::DefineGlobal(s) => format!("define-global {s}"),
        Insn::Push => "push".into(),
        Insn::Pop(n) => format!("pop {n}"),
        Insn::Box => "box".into(),
        Insn::Unbox => "unbox".into(),
        Insn::SetBox => "set-box".into(),
        Insn::Prim(p) => format!("prim {p}"),
        Insn::Closure(f, n) => format!("closure {} {n}", module.functions[*f].name),
        Insn::Call(n) => format!("call {n}"),
        Insn::TailCall(n) => format!("tail-call {n}"),
        Insn::Jump(l) => format!("jump L{l}"),
        Insn::BranchFalse(l) => format!("branch-false L{l}"),
        Insn::Label(l) => format!("L{l}:"),
        Insn::Return => "return".into(),
    }
}

/// Print a function: a header line, then one line per instruction with its index and line:col.
pub fn print_function(f: &Function, module: &Module, out: &mut String) {
    let _ = writeln!(
        out,
        "function {} (required {}{}, free {}) ; {}",
        f.name,
        f.required,
        if f.rest { ", rest" } else { "" },
        f.free,
        f.pos
    );
    for (i, ins) in f.code.iter().enumerate() {
        let text = insn_text(&ins.insn, module);
        let _ = writeln!(out, "  {i:4}  {text:<32} ; {}:{}", ins.pos.line, ins.pos.col);
    }
}

/// Print every function of a module.
pub fn print_module(m: &Module) -> String {
    let mut out = String::new();
    for f in &m.functions {
        print_function(f, m, &mut out);
    }
    out
}
