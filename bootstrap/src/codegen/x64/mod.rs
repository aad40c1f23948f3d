//! The x86-64 backend: one function's virtual instructions to machine code with dynasmrt.
//!
//! Decisions are pure functions of the IR, so the in-image compiler
//! (`src-vvm/compiler/x64/`) produces the same bytes: registers have fixed roles
//! (`registers.rs`), every IR instruction expands to a fixed sequence, a compare followed by
//! `branch-false` fuses into compare-and-jump, jumps to labels are rel32, displacements and
//! immediates that depend on the IR are disp32/imm32 (dynasm's rule for run-time values), and
//! out-of-line paths (errors, allocation refills) follow the body in the order they were needed.

pub mod listing;
pub mod registers;

use super::{Cfi, CodeObject, LineRow, Reloc, RelocTarget, Safepoint};
use crate::datum::Pos;
use crate::ir::{Const, Function, Insn};
use dynasmrt::x64::X64Relocation;
use dynasmrt::{DynamicLabel, DynasmApi, DynasmLabelApi, VecAssembler, dynasm};
use vvm_layout as l;

type Asm = VecAssembler<X64Relocation>;

macro_rules! x64 {
    ($ops:expr; $($t:tt)*) => { dynasm!($ops ; .arch x64 ; $($t)*) };
}

// After the macro: the primitives use it.
mod prims;

/// Which register holds a value an error path reports.
#[derive(Debug, Clone, Copy)]
enum Reg {
    Rax,
    Rcx,
}

/// How to recover the left operand of an arithmetic primitive in its error path.
#[derive(Debug, Clone, Copy)]
enum Undo {
    /// rax still holds it.
    None,
    /// rax = a + b: subtract rcx.
    Sub,
    /// rax = a - b: add rcx.
    Add,
    /// The left operand was saved in rsi.
    FromRsi,
    /// A one-operand primitive (`zero?`): the right operand is 0.
    Zero,
}

/// Where an arithmetic primitive's out-of-line path (`%arith-generic`, for operands that are
/// not fixnums or results that overflow) continues with the value it returns in rax.
#[derive(Debug, Clone, Copy)]
enum Resume {
    /// rax is the primitive's value: jump back to the label.
    Value(DynamicLabel),
    /// A comparison fused with a branch: go to `if_false` if rax is #f, else to `resume`.
    Branch { if_false: DynamicLabel, resume: DynamicLabel },
}

/// Size of an allocation.
#[derive(Debug, Clone, Copy)]
enum Size {
    /// A constant number of bytes.
    Bytes(u32),
    /// rsi holds the field bytes; the object is rsi + 8 bytes (for `%alloc-object`).
    FieldsInRsi,
}

#[derive(Debug, Clone)]
enum StubKind {
    Type { who: &'static str, expected: &'static str, reg: Reg },
    Arith { who: &'static str, undo: Undo, resume: Resume },
    Index { who: &'static str },
    Unbound { name: String },
    StackOverflow,
    NotProcedure { argc: usize },
    Arity,
    AllocSlow { retry: DynamicLabel, size: Size },
}

#[derive(Debug, Clone)]
struct Stub {
    label: DynamicLabel,
    ir_index: usize,
    kind: StubKind,
}

struct Emitter {
    ops: Asm,
    relocs: Vec<Reloc>,
    safepoints: Vec<Safepoint>,
    lines: Vec<LineRow>,
    cfi: Vec<(u32, Cfi)>,
    stubs: Vec<Stub>,
    ir_index: usize,
    depth: usize,
    rest: bool,
    required: usize,
}

/// Compile one function of `module`.
pub fn emit_function(f: &Function) -> CodeObject {
    let mut e = Emitter {
        ops: Asm::new(0),
        relocs: vec![],
        safepoints: vec![],
        lines: vec![],
        cfi: vec![],
        stubs: vec![],
        ir_index: 0,
        depth: 0,
        rest: f.rest,
        required: f.required,
    };
    let labels: Vec<DynamicLabel> =
        (0..count_labels(f)).map(|_| e.ops.new_dynamic_label()).collect();
    let mut pc_map = Vec::with_capacity(f.code.len());
    let mut i = 0;
    while i < f.code.len() {
        let ins = &f.code[i];
        e.ir_index = i;
        pc_map.push(e.off());
        e.line(&ins.pos);
        // Fuse a comparison with the branch that consumes it.
        if let (Insn::Prim(p), Some(next)) = (&ins.insn, f.code.get(i + 1))
            && let Insn::BranchFalse(target) = next.insn
            && e.fused_compare(p, labels[target])
        {
            pc_map.push(e.off());
            i += 2;
            continue;
        }
        e.insn(&ins.insn, &labels);
        i += 1;
    }
    let stubs = std::mem::take(&mut e.stubs);
    for s in &stubs {
        e.ir_index = s.ir_index;
        e.line(&f.code[s.ir_index].pos);
        e.stub(s);
    }
    let code = e.ops.finalize().expect("dynasm: labels resolve within one function");
    CodeObject {
        name: f.name.clone(),
        code,
        relocs: e.relocs,
        pc_map,
        safepoints: e.safepoints,
        lines: e.lines,
        cfi: e.cfi,
    }
}

fn count_labels(f: &Function) -> usize {
    f.code
        .iter()
        .filter_map(|i| match i.insn {
            Insn::Label(l) | Insn::Jump(l) | Insn::BranchFalse(l) => Some(l + 1),
            _ => None,
        })
        .max()
        .unwrap_or(0)
}

/// Whether `p` is a primitive that `compare` turns into flags.
fn is_comparison(p: &str) -> bool {
    matches!(p, "<" | ">" | "<=" | ">=" | "=" | "eq?" | "zero?" | "null?" | "not")
}

/// Byte displacement of argument i from rbp.
fn arg_disp(i: usize) -> i32 {
    l::FRAME_ARG0 + 8 * i as i32
}

/// Byte displacement of stack slot k from rbp.
fn slot_disp(k: usize) -> i32 {
    l::FRAME_SLOT0 - 8 * k as i32
}

const SYMBOL_VALUE_DISP: i32 = l::field_offset(l::SYMBOL_VALUE);

impl Emitter {
    fn off(&self) -> u32 {
        self.ops.offset().0 as u32
    }

    fn line(&mut self, pos: &Pos) {
        let row = LineRow { offset: self.off(), line: pos.line, column: pos.col };
        match self.lines.last_mut() {
            Some(last) if last.line == row.line && last.column == row.column => {}
            Some(last) if last.offset == row.offset => *last = row,
            _ => self.lines.push(row),
        }
    }

    fn cfi(&mut self, c: Cfi) {
        let off = self.off();
        self.cfi.push((off, c));
    }

    fn stub(&mut self, s: &Stub) {
        let label = s.label;
        x64!(self.ops; =>label);
        match &s.kind {
            StubKind::Type { who, expected, reg } => {
                match reg {
                    Reg::Rax => x64!(self.ops; push rax),
                    Reg::Rcx => x64!(self.ops; push rcx),
                }
                self.load_symbol_rax(expected);
                x64!(self.ops; push rax);
                self.load_symbol_rax(who);
                x64!(self.ops; push rax);
                self.call_runtime("%type-error", 3);
            }
            StubKind::Arith { who, undo, resume } => {
                match undo {
                    Undo::None => {}
                    Undo::Sub => x64!(self.ops; sub rax, rcx),
                    Undo::Add => x64!(self.ops; add rax, rcx),
                    Undo::FromRsi => x64!(self.ops; mov rax, rsi),
                    Undo::Zero => x64!(self.ops; xor ecx, ecx),
                }
                x64!(self.ops; push rcx; push rax);
                self.load_symbol_rax(who);
                x64!(self.ops; push rax);
                self.call_runtime("%arith-generic", 3);
                match *resume {
                    Resume::Value(back) => x64!(self.ops; jmp =>back),
                    Resume::Branch { if_false, resume } => x64!(self.ops
                        ; cmp rax, l::FALSE as i32
                        ; je =>if_false
                        ; jmp =>resume
                    ),
                }
            }
            StubKind::Index { who } => {
                x64!(self.ops; push rcx; push rax);
                self.load_symbol_rax(who);
                x64!(self.ops; push rax);
                self.call_runtime("%index-error", 3);
            }
            StubKind::Unbound { name } => {
                self.load_symbol_rax(name);
                x64!(self.ops; push rax);
                self.call_runtime("%unbound-error", 1);
            }
            StubKind::NotProcedure { argc } => {
                let n = (*argc as i32) * 8;
                x64!(self.ops; mov ecx, n; push rcx; push rax);
                self.call_runtime("%not-procedure-error", 2);
            }
            StubKind::StackOverflow => {
                // Lend the error handler the margin below the limit; raising restores it.
                x64!(self.ops; sub r13, l::STACK_MARGIN as i32);
                self.call_runtime("%stack-overflow", 0);
            }
            StubKind::Arity => {
                x64!(self.ops; push QWORD [rbp + l::FRAME_ARGC]; push QWORD [rbp + l::FRAME_SELF]);
                self.call_runtime("%arity-error", 2);
            }
            StubKind::AllocSlow { retry, size } => {
                let retry = *retry;
                x64!(self.ops; push rax);
                match size {
                    Size::Bytes(n) => {
                        let v = (*n as i32) * 8;
                        x64!(self.ops; mov eax, v);
                    }
                    Size::FieldsInRsi => x64!(self.ops; lea rax, [rsi + 8]; shl rax, 3),
                }
                x64!(self.ops; push rax);
                self.call_runtime("%alloc-slow", 1);
                x64!(self.ops; pop rax; jmp =>retry);
            }
        }
    }

    fn new_stub(&mut self, kind: StubKind) -> DynamicLabel {
        let label = self.ops.new_dynamic_label();
        self.stubs.push(Stub { label, ir_index: self.ir_index, kind });
        label
    }

    /// `mov rax, imm64` whose value the linker fills in.
    fn mov_rax_reloc(&mut self, target: RelocTarget) {
        x64!(self.ops; mov rax, QWORD 0);
        let offset = self.off() - 8;
        self.relocs.push(Reloc { offset, target });
    }

    fn mov_rcx_reloc(&mut self, target: RelocTarget) {
        x64!(self.ops; mov rcx, QWORD 0);
        let offset = self.off() - 8;
        self.relocs.push(Reloc { offset, target });
    }

    fn mov_rdx_reloc(&mut self, target: RelocTarget) {
        x64!(self.ops; mov rdx, QWORD 0);
        let offset = self.off() - 8;
        self.relocs.push(Reloc { offset, target });
    }

    fn load_symbol_rax(&mut self, name: &str) {
        self.mov_rax_reloc(RelocTarget::Symbol(name.to_string()));
    }

    /// Call the runtime procedure in global `name` with `argc` arguments already pushed.
    /// Runtime procedures are trusted: no procedure check.
    fn call_runtime(&mut self, name: &str, argc: usize) {
        self.load_symbol_rax(name);
        let n = (argc as i32) * 8;
        x64!(self.ops; mov rbx, [rax + SYMBOL_VALUE_DISP]; mov eax, n; call QWORD [rbx + 7]);
        self.safepoint(argc);
    }

    fn safepoint(&mut self, popped: usize) {
        let sp = Safepoint {
            ret_offset: self.off(),
            ir_index: self.ir_index as u32,
            depth: self.depth.saturating_sub(popped) as u32 + u32::from(self.rest),
        };
        self.safepoints.push(sp);
    }

    /// The write barrier, after a store into an object field whose address is in rdi: mark the
    /// field's card if the object is in the image (`vvm_layout::CARD_TABLE_BASE`). Clobbers rdi.
    fn write_barrier(&mut self) {
        let skip = self.ops.new_dynamic_label();
        x64!(self.ops
            ; shr rdi, l::CARD_SHIFT as i8
            ; cmp rdi, (l::IMAGE_LIMIT >> l::CARD_SHIFT) as i32
            ; jae =>skip
            ; mov BYTE [rdi + l::CARD_TABLE_BASE as i32], 1
            ; =>skip
        );
    }

    /// Allocate `size` bytes; the object's address (untagged) ends in rcx. rax is preserved.
    fn alloc(&mut self, bytes: u32) {
        let retry = self.ops.new_dynamic_label();
        let slow = self.new_stub(StubKind::AllocSlow { retry, size: Size::Bytes(bytes) });
        let n = bytes as i32;
        x64!(self.ops
            ; =>retry
            ; mov rcx, r14
            ; lea rdx, [rcx + n]
            ; cmp rdx, r15
            ; ja =>slow
            ; mov r14, rdx
        );
    }

    /// Check that rax (or rcx) is a heap object of type `ty`, else report `who` / `expected`.
    fn check_object(&mut self, reg: Reg, ty: u64, who: &'static str, expected: &'static str) {
        let fail = self.new_stub(StubKind::Type { who, expected, reg });
        let t = ty as i8;
        match reg {
            Reg::Rax => {
                x64!(self.ops; lea rdx, [rax - 1]; test dl, 7; jne =>fail; cmp BYTE [rdx], t; jne =>fail)
            }
            Reg::Rcx => {
                x64!(self.ops; lea rdx, [rcx - 1]; test dl, 7; jne =>fail; cmp BYTE [rdx], t; jne =>fail)
            }
        }
    }

    fn check_fixnum(&mut self, reg: Reg, who: &'static str) {
        let fail = self.new_stub(StubKind::Type { who, expected: "fixnum", reg });
        match reg {
            Reg::Rax => x64!(self.ops; test al, 7; jne =>fail),
            Reg::Rcx => x64!(self.ops; test cl, 7; jne =>fail),
        }
    }

    /// Pop argument 1 into rcx and check that rax and rcx are fixnums; if not, the generic path
    /// computes the value and continues at `resume`.
    fn arith_operands(&mut self, who: &'static str, resume: Resume) {
        let fail = self.new_stub(StubKind::Arith { who, undo: Undo::None, resume });
        x64!(self.ops; pop rcx; mov rdx, rax; or rdx, rcx; test dl, 7; jne =>fail);
    }

    /// Store xmm0 into the new flonum at rcx (just allocated) and make it the value.
    fn finish_flonum(&mut self) {
        let h = l::header(l::ty::FLONUM, 8) as i32;
        x64!(self.ops; mov QWORD [rcx], h; movsd [rcx + 8], xmm0; lea rax, [rcx + 1]);
    }

    /// Bind the label a generic arithmetic path continues at.
    fn bind_resume(&mut self, r: Resume) {
        if let Resume::Value(l) = r {
            x64!(self.ops; =>l);
        }
    }

    /// rax = #t if the flags say `cc`, else #f.
    fn bool_from_flags(&mut self, cc: Cc) {
        match cc {
            Cc::E => x64!(self.ops; sete al),
            Cc::L => x64!(self.ops; setl al),
            Cc::G => x64!(self.ops; setg al),
            Cc::Le => x64!(self.ops; setle al),
            Cc::Ge => x64!(self.ops; setge al),
        }
        x64!(self.ops; movzx eax, al; lea rax, [rax * 8 + l::FALSE as i32]);
    }

    fn jump_unless(&mut self, cc: Cc, target: DynamicLabel) {
        match cc {
            Cc::E => x64!(self.ops; jne =>target),
            Cc::L => x64!(self.ops; jge =>target),
            Cc::G => x64!(self.ops; jle =>target),
            Cc::Le => x64!(self.ops; jg =>target),
            Cc::Ge => x64!(self.ops; jl =>target),
        }
    }

    /// Set the flags for a comparison primitive; return the condition meaning "true". Numeric
    /// comparisons of non-fixnums take the generic path, which continues at `resume`.
    fn compare(&mut self, p: &str, resume: Resume) -> Option<Cc> {
        Some(match p {
            "<" | ">" | "<=" | ">=" | "=" => {
                self.arith_operands(leak(p), resume);
                x64!(self.ops; cmp rax, rcx);
                match p {
                    "<" => Cc::L,
                    ">" => Cc::G,
                    "<=" => Cc::Le,
                    ">=" => Cc::Ge,
                    _ => Cc::E,
                }
            }
            "eq?" => {
                x64!(self.ops; pop rcx; cmp rax, rcx);
                Cc::E
            }
            "zero?" => {
                let fail =
                    self.new_stub(StubKind::Arith { who: "zero?", undo: Undo::Zero, resume });
                x64!(self.ops; test al, 7; jne =>fail; test rax, rax);
                Cc::E
            }
            "null?" => {
                x64!(self.ops; cmp rax, l::NIL as i32);
                Cc::E
            }
            "not" => {
                x64!(self.ops; cmp rax, l::FALSE as i32);
                Cc::E
            }
            _ => return None,
        })
    }

    fn fused_compare(&mut self, p: &str, target: DynamicLabel) -> bool {
        if !is_comparison(p) {
            return false;
        }
        let resume = self.ops.new_dynamic_label();
        let cc =
            self.compare(p, Resume::Branch { if_false: target, resume }).expect("a comparison");
        self.depth -= prim_arity(p).saturating_sub(1);
        self.jump_unless(cc, target);
        x64!(self.ops; =>resume);
        true
    }

    /// rax = #t if rax is a heap object of type `ty`, else #f.
    fn type_test(&mut self, ty: u64) {
        let done = self.ops.new_dynamic_label();
        let t = ty as i8;
        x64!(self.ops
            ; lea rcx, [rax - 1]
            ; mov eax, l::FALSE as i32
            ; test cl, 7
            ; jne =>done
            ; cmp BYTE [rcx], t
            ; jne =>done
            ; mov eax, l::TRUE as i32
            ; =>done
        );
    }

    fn insn(&mut self, insn: &Insn, labels: &[DynamicLabel]) {
        match insn {
            Insn::Enter { required, rest } => {
                let n = (*required as i32) * 8;
                let fail = self.new_stub(StubKind::Arity);
                x64!(self.ops; push rbp);
                self.cfi(Cfi::CfaRsp(16));
                self.cfi(Cfi::RbpSavedAt(-16));
                x64!(self.ops; mov rbp, rsp);
                self.cfi(Cfi::CfaRbp(16));
                x64!(self.ops; push rbx; push rax; cmp rax, n);
                if *rest {
                    x64!(self.ops; jl =>fail);
                } else {
                    x64!(self.ops; jne =>fail);
                }
                // The stack limit (r13): past it, a VVM error instead of a fault.
                let deep = self.new_stub(StubKind::StackOverflow);
                x64!(self.ops; cmp rsp, r13; jb =>deep);
            }
            Insn::RestList(required) => {
                let n = (*required as i32) * 8;
                x64!(self.ops
                    ; mov eax, n
                    ; push rax
                    ; push QWORD [rbp + l::FRAME_ARGC]
                    ; mov rax, rbp
                    ; shl rax, 3
                    ; push rax
                );
                self.call_runtime("%rest-list", 3);
            }
            Insn::Const(c) => self.constant(c),
            Insn::Arg(i) => {
                let d = arg_disp(*i);
                x64!(self.ops; mov rax, [rbp + d]);
            }
            Insn::SetArg(i) => {
                let d = arg_disp(*i);
                x64!(self.ops; mov [rbp + d], rax; mov eax, l::UNSPECIFIED as i32);
            }
            Insn::Slot(k) => {
                let d = slot_disp(*k);
                x64!(self.ops; mov rax, [rbp + d]);
            }
            Insn::SetSlot(k) => {
                let d = slot_disp(*k);
                x64!(self.ops; mov [rbp + d], rax; mov eax, l::UNSPECIFIED as i32);
            }
            Insn::Free(i) => {
                let d = l::field_offset(1 + *i as u64);
                x64!(self.ops; mov rcx, [rbp + l::FRAME_SELF]; mov rax, [rcx + d]);
            }
            Insn::Global(name) => {
                let fail = self.new_stub(StubKind::Unbound { name: name.clone() });
                self.load_symbol_rax(name);
                x64!(self.ops
                    ; mov rax, [rax + SYMBOL_VALUE_DISP]
                    ; cmp rax, l::UNBOUND as i32
                    ; je =>fail
                );
            }
            Insn::SetGlobal(name) => {
                let fail = self.new_stub(StubKind::Unbound { name: name.clone() });
                self.mov_rcx_reloc(RelocTarget::Symbol(name.clone()));
                x64!(self.ops
                    ; cmp QWORD [rcx + SYMBOL_VALUE_DISP], l::UNBOUND as i32
                    ; je =>fail
                    ; mov [rcx + SYMBOL_VALUE_DISP], rax
                    ; lea rdi, [rcx + SYMBOL_VALUE_DISP]
                );
                self.write_barrier();
                x64!(self.ops; mov eax, l::UNSPECIFIED as i32);
            }
            Insn::DefineGlobal(name) => {
                self.mov_rcx_reloc(RelocTarget::Symbol(name.clone()));
                x64!(self.ops; mov [rcx + SYMBOL_VALUE_DISP], rax; lea rdi, [rcx + SYMBOL_VALUE_DISP]);
                self.write_barrier();
                x64!(self.ops; mov eax, l::UNSPECIFIED as i32);
            }
            Insn::Push => {
                x64!(self.ops; push rax);
                self.depth += 1;
            }
            Insn::Pop(n) => {
                let b = (*n as i32) * 8;
                x64!(self.ops; add rsp, b);
                self.depth -= n;
            }
            Insn::Box => {
                self.alloc(16);
                let h = l::header(l::ty::BOX, 1) as i32;
                x64!(self.ops; mov QWORD [rcx], h; mov [rcx + 8], rax; lea rax, [rcx + 1]);
            }
            Insn::Unbox => x64!(self.ops; mov rax, [rax + 7]),
            Insn::SetBox => {
                x64!(self.ops; pop rcx; mov [rcx + 7], rax; lea rdi, [rcx + 7]);
                self.write_barrier();
                x64!(self.ops; mov eax, l::UNSPECIFIED as i32);
                self.depth -= 1;
            }
            Insn::Prim(p) => self.prim(p),
            Insn::Closure(f, n) => {
                self.alloc(8 * (2 + *n as u32));
                let h = l::header(l::ty::CLOSURE, 1 + *n as u64) as i32;
                x64!(self.ops; mov QWORD [rcx], h);
                self.mov_rdx_reloc(RelocTarget::Function(*f));
                x64!(self.ops; mov [rcx + 8], rdx);
                for i in 0..*n {
                    let d = 16 + 8 * i as i32;
                    x64!(self.ops; pop rdx; mov [rcx + d], rdx);
                }
                x64!(self.ops; lea rax, [rcx + 1]);
                self.depth -= n;
            }
            Insn::Call(n) => {
                self.check_procedure(*n);
                let argc = (*n as i32) * 8;
                x64!(self.ops; mov rbx, rax; mov eax, argc; call QWORD [rbx + 7]);
                self.safepoint(*n);
                self.depth -= n;
            }
            Insn::TailCall(n) => {
                self.check_procedure(*n);
                self.tail_call(*n);
                self.depth -= n;
            }
            Insn::Jump(target) => {
                let t = labels[*target];
                x64!(self.ops; jmp =>t);
            }
            Insn::BranchFalse(target) => {
                let t = labels[*target];
                x64!(self.ops; cmp rax, l::FALSE as i32; je =>t);
            }
            Insn::Label(target) => {
                let t = labels[*target];
                x64!(self.ops; =>t);
            }
            Insn::Return => self.ret(),
        }
    }

    fn constant(&mut self, c: &Const) {
        match c {
            Const::Fixnum(n) => {
                let w = l::fixnum(*n) as i64;
                if let Ok(v) = i32::try_from(w) {
                    x64!(self.ops; mov rax, v);
                } else {
                    x64!(self.ops; mov rax, QWORD w);
                }
            }
            Const::Imm(w) => {
                let v = *w as i32;
                x64!(self.ops; mov eax, v);
            }
            Const::Heap(_) | Const::Closure(_) => self.mov_rax_reloc(RelocTarget::Const(c.clone())),
        }
    }

    fn check_procedure(&mut self, argc: usize) {
        let fail = self.new_stub(StubKind::NotProcedure { argc });
        x64!(self.ops
            ; lea rcx, [rax - 1]
            ; test cl, 7
            ; jne =>fail
            ; cmp BYTE [rcx], l::ty::CLOSURE as i8
            ; jne =>fail
        );
    }

    /// Replace this frame by a call of the closure in rax with n arguments on the stack.
    fn tail_call(&mut self, n: usize) {
        x64!(self.ops
            ; mov rbx, rax
            ; mov rcx, [rbp + 8]
            ; mov rdx, [rbp]
            ; mov rsi, [rbp + l::FRAME_ARGC]
            ; lea rdi, [rbp + rsi + 16]
        );
        for j in (0..n).rev() {
            let src = 8 * j as i32;
            let dst = -8 * (n - j) as i32;
            x64!(self.ops; mov rax, [rsp + src]; mov [rdi + dst], rax);
        }
        let top = -8 * (n as i32 + 1);
        let argc = (n as i32) * 8;
        x64!(self.ops; mov [rdi + top], rcx; lea rsp, [rdi + top]);
        self.cfi(Cfi::Remember);
        self.cfi(Cfi::CfaRsp(8));
        self.cfi(Cfi::RbpInRdx);
        x64!(self.ops; mov rbp, rdx);
        self.cfi(Cfi::RbpSame);
        x64!(self.ops; mov eax, argc; jmp QWORD [rbx + 7]);
        self.cfi(Cfi::Restore);
    }

    fn ret(&mut self) {
        if self.rest {
            x64!(self.ops; mov rcx, [rbp + l::FRAME_ARGC]; leave);
            self.cfi(Cfi::Remember);
            self.cfi(Cfi::CfaRsp(8));
            self.cfi(Cfi::RbpSame);
            x64!(self.ops; pop rdx; add rsp, rcx; jmp rdx);
        } else {
            x64!(self.ops; leave);
            self.cfi(Cfi::Remember);
            self.cfi(Cfi::CfaRsp(8));
            self.cfi(Cfi::RbpSame);
            let bytes = (self.required * 8) as u16;
            if bytes == 0 {
                x64!(self.ops; ret);
            } else {
                x64!(self.ops; ret bytes as i16);
            }
        }
        self.cfi(Cfi::Restore);
    }
}

/// Condition codes the compare primitives produce.
#[derive(Debug, Clone, Copy)]
enum Cc {
    E,
    L,
    G,
    Le,
    Ge,
}

fn prim_arity(p: &str) -> usize {
    crate::prims::PRIMITIVES.iter().find(|(n, _)| *n == p).map(|(_, a)| *a).unwrap_or(0)
}

/// The primitive names are `'static` already; this returns the table's copy.
fn leak(p: &str) -> &'static str {
    crate::prims::PRIMITIVES
        .iter()
        .find(|(n, _)| *n == p)
        .map(|(n, _)| *n)
        .expect("known primitive")
}

/// The entry stub `%entry`: called by the shim with the C ABI as
/// `entry(argc, argv, envp, hooks) -> status`; saves the callee-saved registers, records the
/// stack base (`%stack-base`: rsp below the saved registers, so every word between a VVM frame
/// and the stack base is a VVM frame word, which the collector and the backtrace walk), empties
/// the allocation region and calls the global `%start` with the four
/// arguments as fixnums whose values are the raw numbers and addresses.
pub fn emit_entry() -> CodeObject {
    let mut ops = Asm::new(0);
    let mut relocs = vec![];
    let mut cfi = vec![];
    x64!(ops; push rbp);
    cfi.push((ops.offset().0 as u32, Cfi::CfaRsp(16)));
    cfi.push((ops.offset().0 as u32, Cfi::RbpSavedAt(-16)));
    x64!(ops; mov rbp, rsp);
    cfi.push((ops.offset().0 as u32, Cfi::CfaRbp(16)));
    x64!(ops
        ; push rbx
        ; push r12
        ; push r13
        ; push r14
        ; push r15
        ; sub rsp, 8
        ; mov rax, rsp
        ; shl rax, 3
        ; mov r8, QWORD 0
    );
    relocs.push(Reloc {
        offset: ops.offset().0 as u32 - 8,
        target: RelocTarget::Symbol("%stack-base".into()),
    });
    x64!(ops
        ; mov [r8 + SYMBOL_VALUE_DISP], rax
        ; xor r14d, r14d
        ; xor r15d, r15d
        ; lea r13, [rsp - l::STACK_MARGIN as i32]
        ; shl rcx, 3
        ; push rcx
        ; shl rdx, 3
        ; push rdx
        ; shl rsi, 3
        ; push rsi
        ; shl rdi, 3
        ; push rdi
        ; mov rax, QWORD 0
    );
    relocs.push(Reloc {
        offset: ops.offset().0 as u32 - 8,
        target: RelocTarget::Symbol("%start".into()),
    });
    x64!(ops
        ; mov rbx, [rax + SYMBOL_VALUE_DISP]
        ; mov eax, 32
        ; call QWORD [rbx + 7]
    );
    let ret = ops.offset().0 as u32;
    x64!(ops
        ; sar rax, 3
        ; add rsp, 8
        ; pop r15
        ; pop r14
        ; pop r13
        ; pop r12
        ; pop rbx
        ; pop rbp
    );
    cfi.push((ops.offset().0 as u32, Cfi::CfaRsp(8)));
    cfi.push((ops.offset().0 as u32, Cfi::RbpSame));
    x64!(ops; ret);
    let code = ops.finalize().expect("entry stub assembles");
    CodeObject {
        name: "%entry".into(),
        code,
        relocs,
        pc_map: vec![0],
        safepoints: vec![Safepoint { ret_offset: ret, ir_index: 0, depth: 4 }],
        lines: vec![],
        cfi,
    }
}
