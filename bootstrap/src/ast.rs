//! The core language the expander produces and the early passes rewrite.
//!
//! Languages, as deltas (see `pipeline.rs`):
//! - `core` (expand-syntax): constants, variable references resolved to locals or globals,
//!   `set!`, top-level `define`, `if`, `begin`, `lambda` (with rest), `let`, calls, and calls of
//!   open-coded primitives.
//! - `boxed` (convert-assignments): adds `make-box`, `unbox`, `set-box!`; removes `set!` on
//!   captured locals.
//! - `closed` (convert-closures): every lambda lists its free variables.

use crate::datum::{Datum, Pos};

/// Index of a local variable in `Unit::vars`.
pub type VarId = usize;

/// A local variable.
#[derive(Debug, Clone)]
pub struct Var {
    /// Its name in the source.
    pub name: String,
    /// Some `set!` assigns it.
    pub assigned: bool,
    /// Some lambda other than the binding one refers to it.
    pub captured: bool,
    /// It lives in a box (assigned and captured); set by convert-assignments.
    pub boxed: bool,
}

/// An expression of the core language.
#[derive(Debug, Clone)]
pub enum Expr {
    /// A literal or quoted datum.
    Const(Datum, Pos),
    /// The unspecified value.
    Unspecified(Pos),
    /// A local variable.
    Local(VarId, Pos),
    /// A global variable, by symbol name.
    Global(String, Pos),
    /// `(set! local e)`.
    SetLocal(VarId, Box<Expr>, Pos),
    /// `(set! global e)`.
    SetGlobal(String, Box<Expr>, Pos),
    /// Top-level `(define global e)`.
    DefineGlobal(String, Box<Expr>, Pos),
    /// `(if c t e)`.
    If(Box<Expr>, Box<Expr>, Box<Expr>, Pos),
    /// `(begin e ...)`, never empty.
    Seq(Vec<Expr>),
    /// `(lambda ...)`.
    Lambda(Box<Lambda>),
    /// `(let ((v e) ...) body)`.
    Let(Vec<(VarId, Expr)>, Box<Expr>, Pos),
    /// A call of a procedure value.
    Call(Box<Expr>, Vec<Expr>, Pos),
    /// An open-coded primitive with exactly its arity of arguments.
    Prim(&'static str, Vec<Expr>, Pos),
    /// A new box holding the value (boxed language).
    MakeBox(Box<Expr>, Pos),
    /// The contents of a box (boxed language).
    Unbox(Box<Expr>, Pos),
    /// `(set-box! box value)` (boxed language).
    SetBox(Box<Expr>, Box<Expr>, Pos),
}

/// A lambda expression.
#[derive(Debug, Clone)]
pub struct Lambda {
    /// The procedure's name, e.g. `fib` or `fib.loop`; unique names are made at link time.
    pub name: String,
    /// Required parameters.
    pub params: Vec<VarId>,
    /// The rest parameter, if any.
    pub rest: Option<VarId>,
    /// The body.
    pub body: Expr,
    /// Position of the lambda (or of the defining form).
    pub pos: Pos,
    /// Free variables in order of first reference (closed language).
    pub free: Vec<VarId>,
    /// Parameters that must be boxed on entry (boxed language).
    pub boxed_params: Vec<VarId>,
    /// The form as written, for reflection.
    pub source: Option<Datum>,
}

/// One compilation unit: a file's top-level forms as a thunk, and its variables.
#[derive(Debug, Clone)]
pub struct Unit {
    /// All local variables of the unit.
    pub vars: Vec<Var>,
    /// A procedure of no arguments that runs the top-level forms in order.
    pub toplevel: Lambda,
}

impl Expr {
    /// The position of this expression.
    pub fn pos(&self) -> &Pos {
        match self {
            Expr::Const(_, p)
            | Expr::Unspecified(p)
            | Expr::Local(_, p)
            | Expr::Global(_, p)
            | Expr::SetLocal(_, _, p)
            | Expr::SetGlobal(_, _, p)
            | Expr::DefineGlobal(_, _, p)
            | Expr::If(_, _, _, p)
            | Expr::Let(_, _, p)
            | Expr::Call(_, _, p)
            | Expr::Prim(_, _, p)
            | Expr::MakeBox(_, p)
            | Expr::Unbox(_, p)
            | Expr::SetBox(_, _, p) => p,
            Expr::Seq(es) => es[0].pos(),
            Expr::Lambda(l) => &l.pos,
        }
    }
}

/// Print an expression as an S-expression, for `--dump-after` and snapshots.
pub fn print_expr(e: &Expr, vars: &[Var], out: &mut String) {
    let v = |id: VarId| format!("{}.{}", vars[id].name, id);
    match e {
        Expr::Const(d, _) => match d {
            Datum::Sym(_) | Datum::List(..) | Datum::Vector(_) => out.push_str(&format!("'{d}")),
            _ => out.push_str(&d.to_string()),
        },
        Expr::Unspecified(_) => out.push_str("#<unspecified>"),
        Expr::Local(id, _) => out.push_str(&v(*id)),
        Expr::Global(n, _) => out.push_str(n),
        Expr::SetLocal(id, e, _) => {
            out.push_str(&format!("(set! {} ", v(*id)));
            print_expr(e, vars, out);
            out.push(')');
        }
        Expr::SetGlobal(n, e, _) => {
            out.push_str(&format!("(set! {n} "));
            print_expr(e, vars, out);
            out.push(')');
        }
        Expr::DefineGlobal(n, e, _) => {
            out.push_str(&format!("(define {n} "));
            print_expr(e, vars, out);
            out.push(')');
        }
        Expr::If(c, t, f, _) => {
            out.push_str("(if ");
            print_expr(c, vars, out);
            out.push(' ');
            print_expr(t, vars, out);
            out.push(' ');
            print_expr(f, vars, out);
            out.push(')');
        }
        Expr::Seq(es) => {
            out.push_str("(begin");
            for e in es {
                out.push(' ');
                print_expr(e, vars, out);
            }
            out.push(')');
        }
        Expr::Lambda(l) => {
            out.push_str(&format!("(lambda {} (", l.name));
            let mut ps: Vec<String> = l.params.iter().map(|p| v(*p)).collect();
            if let Some(r) = l.rest {
                ps.push(format!(". {}", v(r)));
            }
            out.push_str(&ps.join(" "));
            out.push(')');
            if !l.free.is_empty() {
                let fs: Vec<String> = l.free.iter().map(|p| v(*p)).collect();
                out.push_str(&format!(" (free {})", fs.join(" ")));
            }
            if !l.boxed_params.is_empty() {
                let fs: Vec<String> = l.boxed_params.iter().map(|p| v(*p)).collect();
                out.push_str(&format!(" (boxed {})", fs.join(" ")));
            }
            out.push(' ');
            print_expr(&l.body, vars, out);
            out.push(')');
        }
        Expr::Let(bs, body, _) => {
            out.push_str("(let (");
            for (i, (id, e)) in bs.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(&format!("({} ", v(*id)));
                print_expr(e, vars, out);
                out.push(')');
            }
            out.push_str(") ");
            print_expr(body, vars, out);
            out.push(')');
        }
        Expr::Call(f, args, _) => {
            out.push('(');
            print_expr(f, vars, out);
            for a in args {
                out.push(' ');
                print_expr(a, vars, out);
            }
            out.push(')');
        }
        Expr::Prim(p, args, _) => {
            out.push_str(&format!("(%prim {p}"));
            for a in args {
                out.push(' ');
                print_expr(a, vars, out);
            }
            out.push(')');
        }
        Expr::MakeBox(e, _) => {
            out.push_str("(make-box ");
            print_expr(e, vars, out);
            out.push(')');
        }
        Expr::Unbox(e, _) => {
            out.push_str("(unbox ");
            print_expr(e, vars, out);
            out.push(')');
        }
        Expr::SetBox(b, e, _) => {
            out.push_str("(set-box! ");
            print_expr(b, vars, out);
            out.push(' ');
            print_expr(e, vars, out);
            out.push(')');
        }
    }
}
