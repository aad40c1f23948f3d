//! convert-assignments: put every local that is both assigned and captured in a box, so closures
//! can copy variables by value. Produces the `boxed` language: adds `MakeBox`, `Unbox` and
//! `SetBox`; a remaining `SetLocal` assigns a frame slot or argument that no closure sees.
//! Mirrors `src-vvm/compiler/passes/convert-assignments.vvm`.

use crate::ast::{Expr, Lambda, Unit, Var, VarId};

/// Rewrite `unit` in place (the `!` of Chez's naming).
pub fn convert_assignments(unit: &mut Unit) {
    let mut owner = vec![usize::MAX; unit.vars.len()];
    let mut next_lambda = 0;
    mark_captured_lambda(&unit.toplevel, &mut owner, &mut next_lambda, &mut unit.vars);
    for v in &mut unit.vars {
        v.boxed = v.assigned && v.captured;
    }
    let boxed: Vec<bool> = unit.vars.iter().map(|v| v.boxed).collect();
    rewrite_lambda(&mut unit.toplevel, &boxed);
}

/// First walk: record which lambda binds each variable and mark references from other lambdas.
fn mark_captured_lambda(l: &Lambda, owner: &mut [usize], next: &mut usize, vars: &mut [Var]) {
    let me = *next;
    *next += 1;
    for &p in l.params.iter().chain(l.rest.iter()) {
        owner[p] = me;
    }
    mark_captured(&l.body, me, owner, next, vars);
}

fn touch(v: VarId, me: usize, owner: &[usize], vars: &mut [Var]) {
    if owner[v] != me {
        vars[v].captured = true;
    }
}

fn mark_captured(e: &Expr, me: usize, owner: &mut [usize], next: &mut usize, vars: &mut [Var]) {
    match e {
        Expr::Const(..) | Expr::Unspecified(_) | Expr::Global(..) => {}
        Expr::Local(v, _) => touch(*v, me, owner, vars),
        Expr::SetLocal(v, x, _) => {
            touch(*v, me, owner, vars);
            mark_captured(x, me, owner, next, vars);
        }
        Expr::SetGlobal(_, x, _)
        | Expr::DefineGlobal(_, x, _)
        | Expr::MakeBox(x, _)
        | Expr::Unbox(x, _) => mark_captured(x, me, owner, next, vars),
        Expr::If(a, b, c, _) => {
            for x in [a, b, c] {
                mark_captured(x, me, owner, next, vars);
            }
        }
        Expr::Seq(es) | Expr::Prim(_, es, _) => {
            for x in es {
                mark_captured(x, me, owner, next, vars);
            }
        }
        Expr::Call(f, args, _) => {
            mark_captured(f, me, owner, next, vars);
            for x in args {
                mark_captured(x, me, owner, next, vars);
            }
        }
        Expr::Let(bs, body, _) => {
            for (v, x) in bs {
                mark_captured(x, me, owner, next, vars);
                owner[*v] = me;
            }
            mark_captured(body, me, owner, next, vars);
        }
        Expr::SetBox(b, x, _) => {
            mark_captured(b, me, owner, next, vars);
            mark_captured(x, me, owner, next, vars);
        }
        Expr::Lambda(l) => mark_captured_lambda(l, owner, next, vars),
    }
}

fn rewrite_lambda(l: &mut Lambda, boxed: &[bool]) {
    l.boxed_params = l.params.iter().chain(l.rest.iter()).copied().filter(|p| boxed[*p]).collect();
    rewrite(&mut l.body, boxed);
}

fn rewrite(e: &mut Expr, boxed: &[bool]) {
    match e {
        Expr::Const(..) | Expr::Unspecified(_) | Expr::Global(..) => {}
        Expr::Local(v, p) => {
            if boxed[*v] {
                let (v, p) = (*v, p.clone());
                *e = Expr::Unbox(Box::new(Expr::Local(v, p.clone())), p);
            }
        }
        Expr::SetLocal(v, x, p) => {
            rewrite(x, boxed);
            if boxed[*v] {
                let (v, p) = (*v, p.clone());
                let x = std::mem::replace(x.as_mut(), Expr::Unspecified(p.clone()));
                *e = Expr::SetBox(Box::new(Expr::Local(v, p.clone())), Box::new(x), p);
            }
        }
        Expr::SetGlobal(_, x, _)
        | Expr::DefineGlobal(_, x, _)
        | Expr::MakeBox(x, _)
        | Expr::Unbox(x, _) => rewrite(x, boxed),
        Expr::If(a, b, c, _) => {
            for x in [a, b, c] {
                rewrite(x, boxed);
            }
        }
        Expr::Seq(es) | Expr::Prim(_, es, _) => {
            for x in es {
                rewrite(x, boxed);
            }
        }
        Expr::Call(f, args, _) => {
            rewrite(f, boxed);
            for x in args {
                rewrite(x, boxed);
            }
        }
        Expr::Let(bs, body, _) => {
            for (v, x) in bs.iter_mut() {
                rewrite(x, boxed);
                if boxed[*v] {
                    let p = x.pos().clone();
                    let inner = std::mem::replace(x, Expr::Unspecified(p.clone()));
                    *x = Expr::MakeBox(Box::new(inner), p);
                }
            }
            rewrite(body, boxed);
        }
        Expr::SetBox(b, x, _) => {
            rewrite(b, boxed);
            rewrite(x, boxed);
        }
        Expr::Lambda(l) => rewrite_lambda(l, boxed),
    }
}
