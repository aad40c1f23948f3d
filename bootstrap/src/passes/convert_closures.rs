//! convert-closures: list each lambda's free variables, in order of first reference, so code
//! generation can copy them into the closure. Produces the `closed` language.
//! Mirrors `src-vvm/compiler/passes/convert-closures.vvm`.

use crate::ast::{Expr, Lambda, Unit, VarId};

/// Fill `free` of every lambda in `unit` (in place).
pub fn convert_closures(unit: &mut Unit) {
    let mut owner = vec![usize::MAX; unit.vars.len()];
    let mut next = 0;
    close_lambda(&mut unit.toplevel, &mut owner, &mut next);
}

/// Close `l` and everything inside it; return nothing, `l.free` holds the result.
fn close_lambda(l: &mut Lambda, owner: &mut [usize], next: &mut usize) {
    let me = *next;
    *next += 1;
    for &p in l.params.iter().chain(l.rest.iter()) {
        owner[p] = me;
    }
    let mut free = Vec::new();
    walk(&mut l.body, me, owner, next, &mut free);
    l.free = free;
}

fn note(v: VarId, me: usize, owner: &[usize], free: &mut Vec<VarId>) {
    if owner[v] != me && !free.contains(&v) {
        free.push(v);
    }
}

fn walk(e: &mut Expr, me: usize, owner: &mut [usize], next: &mut usize, free: &mut Vec<VarId>) {
    match e {
        Expr::Const(..) | Expr::Unspecified(_) | Expr::Global(..) => {}
        Expr::Local(v, _) => note(*v, me, owner, free),
        Expr::SetLocal(v, x, _) => {
            note(*v, me, owner, free);
            walk(x, me, owner, next, free);
        }
        Expr::SetGlobal(_, x, _)
        | Expr::DefineGlobal(_, x, _)
        | Expr::MakeBox(x, _)
        | Expr::Unbox(x, _) => walk(x, me, owner, next, free),
        Expr::If(a, b, c, _) => {
            for x in [a, b, c] {
                walk(x, me, owner, next, free);
            }
        }
        Expr::Seq(es) | Expr::Prim(_, es, _) => {
            for x in es {
                walk(x, me, owner, next, free);
            }
        }
        Expr::Call(f, args, _) => {
            walk(f, me, owner, next, free);
            for x in args {
                walk(x, me, owner, next, free);
            }
        }
        Expr::Let(bs, body, _) => {
            for (v, x) in bs.iter_mut() {
                walk(x, me, owner, next, free);
                owner[*v] = me;
            }
            walk(body, me, owner, next, free);
        }
        Expr::SetBox(b, x, _) => {
            walk(b, me, owner, next, free);
            walk(x, me, owner, next, free);
        }
        Expr::Lambda(l) => {
            close_lambda(l, owner, next);
            for &v in &l.free {
                note(v, me, owner, free);
            }
        }
    }
}
