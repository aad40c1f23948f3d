//! generate-ir: the `closed` language to virtual instructions (`ir.rs`). Decides where each
//! variable lives (argument, stack slot, free slot of the closure), pushes let-bound values and
//! call arguments on the virtual stack, and marks tail calls.
//! Mirrors `src-vvm/compiler/passes/generate-ir.vvm`.

use crate::ast::{Expr, Lambda, Unit, Var};
use crate::datum::{Datum, Pos};
use crate::ir::{Const, FnId, Function, Insn, Instr, Label, Module};

/// Where a variable lives in the current function.
#[derive(Debug, Clone, Copy)]
enum Loc {
    Arg(usize),
    Slot(usize),
    Free(usize),
}

/// Generate the module for a unit; function 0 is the unit's top-level thunk.
pub fn generate_ir(unit: &Unit) -> Module {
    let mut module = Module::default();
    generate_function(&unit.toplevel, &unit.vars, &mut module);
    module
}

struct Gen<'a> {
    vars: &'a [Var],
    code: Vec<Instr>,
    depth: usize,
    labels: Label,
    env: Vec<Option<Loc>>,
}

/// Compile `l` into a new function of `module`, children after it; return its id.
fn generate_function(l: &Lambda, vars: &[Var], module: &mut Module) -> FnId {
    let id = module.functions.len();
    module.functions.push(Function {
        name: l.name.clone(),
        required: l.params.len(),
        rest: l.rest.is_some(),
        free: l.free.len(),
        code: vec![],
        pos: l.pos.clone(),
        source: l.source.clone(),
    });
    let mut g = Gen { vars, code: vec![], depth: 0, labels: 0, env: vec![None; vars.len()] };
    for (i, &p) in l.params.iter().enumerate() {
        g.env[p] = Some(Loc::Arg(i));
    }
    for (i, &v) in l.free.iter().enumerate() {
        g.env[v] = Some(Loc::Free(i));
    }
    let pos = &l.pos;
    g.emit(Insn::Enter { required: l.params.len(), rest: l.rest.is_some() }, pos);
    if let Some(r) = l.rest {
        g.emit(Insn::RestList(l.params.len()), pos);
        g.emit(Insn::Push, pos);
        g.env[r] = Some(Loc::Slot(0));
    }
    for &p in &l.boxed_params {
        g.load(p, pos);
        g.emit(Insn::Box, pos);
        g.store(p, pos);
    }
    g.expr(&l.body, true, module);
    module.functions[id].code = g.code;
    id
}

impl Gen<'_> {
    fn emit(&mut self, insn: Insn, pos: &Pos) {
        match insn {
            Insn::Push => self.depth += 1,
            Insn::Pop(n) | Insn::Closure(_, n) | Insn::Call(n) | Insn::TailCall(n) => {
                self.depth -= n
            }
            Insn::SetBox => self.depth -= 1,
            _ => {}
        }
        self.code.push(Instr { insn, pos: pos.clone() });
    }

    fn label(&mut self) -> Label {
        self.labels += 1;
        self.labels - 1
    }

    fn loc(&self, v: usize) -> Loc {
        self.env[v].unwrap_or_else(|| panic!("variable {} has no location", self.vars[v].name))
    }

    fn load(&mut self, v: usize, pos: &Pos) {
        let insn = match self.loc(v) {
            Loc::Arg(i) => Insn::Arg(i),
            Loc::Slot(k) => Insn::Slot(k),
            Loc::Free(i) => Insn::Free(i),
        };
        self.emit(insn, pos);
    }

    fn store(&mut self, v: usize, pos: &Pos) {
        let insn = match self.loc(v) {
            Loc::Arg(i) => Insn::SetArg(i),
            Loc::Slot(k) => Insn::SetSlot(k),
            Loc::Free(_) => {
                unreachable!("assigned free variable {} is not boxed", self.vars[v].name)
            }
        };
        self.emit(insn, pos);
    }

    fn ret(&mut self, tail: bool, pos: &Pos) {
        if tail {
            self.emit(Insn::Return, pos);
        }
    }

    fn expr(&mut self, e: &Expr, tail: bool, module: &mut Module) {
        match e {
            Expr::Const(d, p) => {
                self.emit(Insn::Const(constant(d)), p);
                self.ret(tail, p);
            }
            Expr::Unspecified(p) => {
                self.emit(Insn::Const(Const::Imm(vvm_layout::UNSPECIFIED)), p);
                self.ret(tail, p);
            }
            Expr::Local(v, p) => {
                self.load(*v, p);
                self.ret(tail, p);
            }
            Expr::Global(n, p) => {
                self.emit(Insn::Global(n.clone()), p);
                self.ret(tail, p);
            }
            Expr::SetLocal(v, x, p) => {
                self.expr(x, false, module);
                self.store(*v, p);
                self.ret(tail, p);
            }
            Expr::SetGlobal(n, x, p) => {
                self.expr(x, false, module);
                self.emit(Insn::SetGlobal(n.clone()), p);
                self.ret(tail, p);
            }
            Expr::DefineGlobal(n, x, p) => {
                self.expr(x, false, module);
                self.emit(Insn::DefineGlobal(n.clone()), p);
                self.ret(tail, p);
            }
            Expr::If(c, t, f, p) => {
                self.expr(c, false, module);
                let else_l = self.label();
                self.emit(Insn::BranchFalse(else_l), p);
                self.expr(t, tail, module);
                if tail {
                    self.emit(Insn::Label(else_l), p);
                    self.expr(f, true, module);
                } else {
                    let end = self.label();
                    self.emit(Insn::Jump(end), p);
                    self.emit(Insn::Label(else_l), p);
                    self.expr(f, false, module);
                    self.emit(Insn::Label(end), p);
                }
            }
            Expr::Seq(es) => {
                for (i, x) in es.iter().enumerate() {
                    self.expr(x, tail && i == es.len() - 1, module);
                }
            }
            Expr::Lambda(l) => {
                let p = &l.pos;
                let f = generate_function(l, self.vars, module);
                if l.free.is_empty() {
                    self.emit(Insn::Const(Const::Closure(f)), p);
                } else {
                    for &v in l.free.iter().rev() {
                        self.load(v, p);
                        self.emit(Insn::Push, p);
                    }
                    self.emit(Insn::Closure(f, l.free.len()), p);
                }
                self.ret(tail, p);
            }
            Expr::Let(bs, body, p) => {
                for (v, x) in bs {
                    self.expr(x, false, module);
                    self.emit(Insn::Push, x.pos());
                    self.env[*v] = Some(Loc::Slot(self.depth - 1));
                }
                self.expr(body, tail, module);
                if !tail && !bs.is_empty() {
                    self.emit(Insn::Pop(bs.len()), p);
                }
                if tail {
                    // The body returned; the virtual stack is gone with the frame.
                    self.depth -= bs.len();
                }
            }
            Expr::Call(f, args, p) => {
                for a in args.iter().rev() {
                    self.expr(a, false, module);
                    self.emit(Insn::Push, a.pos());
                }
                self.expr(f, false, module);
                let n = args.len();
                self.emit(if tail { Insn::TailCall(n) } else { Insn::Call(n) }, p);
            }
            Expr::Prim(name, args, p) => {
                for a in args.iter().skip(1).rev() {
                    self.expr(a, false, module);
                    self.emit(Insn::Push, a.pos());
                }
                if let Some(a0) = args.first() {
                    self.expr(a0, false, module);
                }
                self.emit(Insn::Prim(name), p);
                self.depth -= args.len().saturating_sub(1);
                self.ret(tail, p);
            }
            Expr::MakeBox(x, p) => {
                self.expr(x, false, module);
                self.emit(Insn::Box, p);
                self.ret(tail, p);
            }
            Expr::Unbox(x, p) => {
                self.expr(x, false, module);
                self.emit(Insn::Unbox, p);
                self.ret(tail, p);
            }
            Expr::SetBox(b, x, p) => {
                self.expr(b, false, module);
                self.emit(Insn::Push, p);
                self.expr(x, false, module);
                self.emit(Insn::SetBox, p);
                self.ret(tail, p);
            }
        }
    }
}

/// The IR constant for a literal datum.
fn constant(d: &Datum) -> Const {
    use vvm_layout as l;
    match d {
        Datum::Int(n) => Const::Fixnum(*n),
        Datum::Bool(true) => Const::Imm(l::TRUE),
        Datum::Bool(false) => Const::Imm(l::FALSE),
        Datum::Char(c) => Const::Imm(l::character(*c)),
        Datum::List(items, None) if items.is_empty() => Const::Imm(l::NIL),
        d => Const::Heap(d.clone()),
    }
}
