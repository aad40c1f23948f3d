//! expand-syntax: read forms to the core language. Resolves every identifier to a local or a
//! global, rewrites the derived forms (`let*`, `letrec`, named `let`, `cond`, `case`, `and`,
//! `or`, `when`, `unless`, `do`, `guard`, `quasiquote`, internal `define`, `define-record-type`) into core
//! forms, and turns calls of primitives into `Prim` nodes. Produces the `core` language of
//! `ast.rs`.
//! Mirrors `src-vvm/compiler/passes/expand-syntax.vvm`.

use crate::ast::{Expr, Lambda, Unit, Var, VarId};
use crate::datum::{Datum, Pos, Syntax};
use crate::error::{CompileError, Result};
use crate::libraries;
use crate::prims;
use crate::syntax_rules::{self, Macro, Macros, same_ident};
use std::rc::Rc;

/// Expand the top-level forms of one file into a unit whose top-level thunk is named `name`.
/// `macros` holds the global macros defined so far (by earlier files); the file's top-level
/// `define-syntax` forms add to it.
pub fn expand_unit(forms: &[Syntax], name: &str, pos: &Pos, macros: &mut Macros) -> Result<Unit> {
    let mut x = Expander {
        vars: Vec::new(),
        scopes: Vec::new(),
        fresh: 0,
        proc: String::new(),
        macros: std::mem::take(macros),
        nesting: 0,
        system: pos.file.starts_with("src-vvm/"),
        loading: Vec::new(),
        file: pos.file.to_string(),
    };
    let mut body = Vec::new();
    let mut result = Ok(());
    for f in forms {
        match x.toplevel(f) {
            Ok(e) => body.push(e),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    *macros = std::mem::take(&mut x.macros);
    result?;
    if body.is_empty() {
        body.push(Expr::Unspecified(pos.clone()));
    }
    let body = if body.len() == 1 { body.pop().unwrap() } else { Expr::Seq(body) };
    let toplevel = Lambda {
        name: name.to_string(),
        params: vec![],
        rest: None,
        body,
        pos: pos.clone(),
        free: vec![],
        boxed_params: vec![],
        source: None,
    };
    Ok(Unit { vars: x.vars, toplevel })
}

struct Expander {
    vars: Vec<Var>,
    /// Innermost scope last: (identifier, what it is bound to).
    scopes: Vec<Vec<(Datum, Binding)>>,
    fresh: usize,
    /// Name of the procedure being expanded (empty at top level), to name inner lambdas.
    proc: String,
    /// The global macros, by name.
    macros: Macros,
    /// How many macro expansions are being expanded inside one another.
    nesting: usize,
    /// Whether the unit is a file of the VM itself (`src-vvm/...`): its definitions of
    /// primitives' names (`runtime/primitives.vvm`) keep the primitives open-coded.
    system: bool,
    /// The user libraries being loaded, innermost last (the text of their names).
    loading: Vec<String>,
    /// The unit's file: user libraries are found beside it (and in `VVM_LIBRARY_PATH`).
    file: String,
}

/// What an identifier is bound to in a scope.
#[derive(Clone)]
enum Binding {
    Var(VarId),
    Macro(Rc<Macro>),
}

/// What an identifier means where it is used.
enum Meaning {
    Local(VarId),
    Macro(Rc<Macro>),
    /// A global variable, a special form or an unbound name: the symbol.
    Global(String),
}

/// How deeply macro expansions may nest before the expander calls it a loop.
const MAX_NESTING: usize = 1000;

const SPECIAL_FORMS: &[&str] = &[
    "quote",
    "quasiquote",
    "lambda",
    "define",
    "set!",
    "if",
    "begin",
    "let",
    "let*",
    "letrec",
    "letrec*",
    "cond",
    "case",
    "and",
    "or",
    "when",
    "unless",
    "do",
    "guard",
    "define-record-type",
    "define-syntax",
    "let-syntax",
    "letrec-syntax",
    "syntax-rules",
    "syntax-error",
    "import",
    "cond-expand",
    "include",
    "include-ci",
    "define-library",
    "unquote",
    "unquote-splicing",
];

fn err<T>(pos: &Pos, msg: impl Into<String>) -> Result<T> {
    Err(CompileError::new(pos, msg))
}

fn sym(name: &str, pos: &Pos) -> Syntax {
    Syntax::new(Datum::Sym(name.to_string()), pos.clone())
}

fn list(items: Vec<Syntax>, pos: &Pos) -> Syntax {
    Syntax::new(Datum::List(items, None), pos.clone())
}

/// Parsed bindings: the names (identifiers) with their positions, and the init expressions.
type Bindings = (Vec<(Datum, Pos)>, Vec<Syntax>);

/// The name of a variable bound to the identifier `id`: the symbol it renames.
fn var_name(id: &Datum) -> &str {
    id.base_name().expect("an identifier")
}

impl Expander {
    /// What the identifier `id` means here: the innermost binding of it, or, for an alias
    /// nothing binds, what the identifier it renames means in its macro's definition scopes.
    fn resolve(&self, id: &Datum) -> Meaning {
        self.resolve_in(id, self.scopes.len())
    }

    /// What `id` means in the outermost `limit` scopes.
    fn resolve_in(&self, id: &Datum, limit: usize) -> Meaning {
        let mut id = id;
        let mut limit = limit;
        loop {
            for scope in self.scopes[..limit].iter().rev() {
                for (k, b) in scope.iter().rev() {
                    if same_ident(k, id) {
                        return match b {
                            Binding::Var(v) => Meaning::Local(*v),
                            Binding::Macro(m) => Meaning::Macro(m.clone()),
                        };
                    }
                }
            }
            match id {
                Datum::Alias(a) => {
                    limit = limit.min(a.depth);
                    id = &a.name;
                }
                Datum::Sym(s) => {
                    return match self.macros.resolve(s) {
                        Ok(m) => Meaning::Macro(m),
                        Err(g) => Meaning::Global(g),
                    };
                }
                _ => unreachable!("resolve of a non-identifier"),
            }
        }
    }

    /// Whether `s` is an identifier meaning the global `name` (a keyword such as `else`).
    fn is_global(&self, s: &Syntax, name: &str) -> bool {
        s.ident().is_some_and(|id| matches!(self.resolve(id), Meaning::Global(g) if g == name))
    }

    /// Whether the identifier `a` in the outermost `depth` scopes (a macro's literal, where the
    /// macro was defined) means what `b` means here (R7RS free-identifier=?).
    fn same_binding(&self, a: &Datum, depth: usize, b: &Datum) -> bool {
        match (self.resolve_in(a, depth), self.resolve(b)) {
            (Meaning::Local(x), Meaning::Local(y)) => x == y,
            (Meaning::Macro(x), Meaning::Macro(y)) => Rc::ptr_eq(&x, &y),
            (Meaning::Global(x), Meaning::Global(y)) => x == y,
            _ => false,
        }
    }

    fn new_var(&mut self, name: &str) -> VarId {
        self.vars.push(Var {
            name: name.to_string(),
            assigned: false,
            captured: false,
            boxed: false,
        });
        self.vars.len() - 1
    }

    fn gensym(&mut self, base: &str) -> String {
        self.fresh += 1;
        format!("{base}%{}", self.fresh)
    }

    /// Whether `form` is a list headed by the special form `name` (not shadowed).
    fn is_form(&self, form: &Syntax, name: &str) -> bool {
        match form.list() {
            Some([head, ..]) => self.is_global(head, name),
            _ => false,
        }
    }

    /// The macro `form` uses, if it is a list headed by a macro's keyword.
    fn macro_use(&self, form: &Syntax) -> Option<Rc<Macro>> {
        match &form.datum {
            Datum::List(items, _) if !items.is_empty() => match items[0].ident() {
                Some(id) => match self.resolve(id) {
                    Meaning::Macro(m) => Some(m),
                    _ => None,
                },
                None => None,
            },
            _ => None,
        }
    }

    /// Expand the use `form` of the macro `m` once.
    fn expand_macro(&mut self, m: &Macro, form: &Syntax) -> Result<Syntax> {
        if self.nesting >= MAX_NESTING {
            return err(
                &form.pos,
                format!(
                    "expansion of {} nested {MAX_NESTING} deep: does a macro expand into itself?",
                    m.name
                ),
            );
        }
        m.expand(form, &|a, b| self.same_binding(a, m.depth, b))
    }

    /// Expand the macro use `form` and then its expansion with `k`, counting the nesting.
    fn with_expansion<T>(
        &mut self,
        m: &Macro,
        form: &Syntax,
        k: impl FnOnce(&mut Self, &Syntax) -> Result<T>,
    ) -> Result<T> {
        let expanded = self.expand_macro(m, form)?;
        self.nesting += 1;
        let r = k(self, &expanded);
        self.nesting -= 1;
        r
    }

    /// Parse `(define-syntax name (syntax-rules ...))` or a binding `(name (syntax-rules ...))`
    /// of let-syntax (`items` are its parts after the head, `depth` the definition scopes).
    fn parse_macro(
        &self,
        items: &[Syntax],
        pos: &Pos,
        what: &str,
        depth: usize,
    ) -> Result<(Datum, Macro)> {
        let usage = format!("bad {what}: expected ({what} name (syntax-rules ...))");
        let [name, spec] = items else { return err(pos, usage) };
        let Some(id) = name.ident() else { return err(&name.pos, usage) };
        match spec.list() {
            Some([head, ..]) if self.is_global(head, "syntax-rules") => {}
            _ => {
                return err(
                    &spec.pos,
                    format!("bad {what} of {}: expected (syntax-rules ...)", name.datum),
                );
            }
        }
        Ok((id.clone(), syntax_rules::parse(var_name(id), spec, depth)?))
    }

    fn toplevel(&mut self, form: &Syntax) -> Result<Expr> {
        if let Some(m) = self.macro_use(form) {
            return self.with_expansion(&m, form, |x, e| x.toplevel(e));
        }
        if self.is_form(form, "define") {
            // A program's definition of a primitive's name takes effect for the calls compiled
            // after it, its own body's included.
            let target = form.list().unwrap().get(1).and_then(|t| match &t.datum {
                Datum::List(head, _) => head.first().and_then(|h| h.datum.base_name()),
                d => d.base_name(),
            });
            if let Some(t) = target.filter(|t| self.macros.private(t).is_none()) {
                self.note_assigned(t);
            }
            let (name, value) = self.parse_define(form)?;
            let name = self.macros.define_target(var_name(&name));
            return Ok(Expr::DefineGlobal(name, Box::new(value), form.pos.clone()));
        }
        if self.is_form(form, "define-syntax") {
            // Defined now for the forms that follow, and at run time for code compiled later
            // (`%define-syntax`, src-vvm/compiler/syntax-rules.vvm).
            // The templates name what the imports and a library's private definitions make a
            // name mean by its global name, so the macro means the same wherever it is used.
            let mut items = form.list().unwrap()[1..].to_vec();
            if let Some(spec) = items.get_mut(1) {
                *spec = libraries::privatize_spec(spec, &|s| {
                    Some(self.macros.global_name(s)).filter(|g| g != s)
                });
            }
            let (id, m) = self.parse_macro(&items, &form.pos, "define-syntax", 0)?;
            let name = self.macros.define_target(var_name(&id));
            self.macros.define_macro(&name, m);
            let pos = &form.pos;
            let args = vec![
                Expr::Const(Datum::Sym(name), pos.clone()),
                Expr::Const(items[1].datum.strip(), items[1].pos.clone()),
            ];
            let f = Expr::Global("%define-syntax".into(), pos.clone());
            return Ok(Expr::Call(Box::new(f), args, pos.clone()));
        }
        if self.is_form(form, "import") {
            return self.import_form(form);
        }
        if let Some(forms) = self.splicing(form)? {
            return self.toplevel(&forms);
        }
        if self.is_form(form, "begin") {
            let items = &form.list().unwrap()[1..];
            if items.is_empty() {
                return Ok(Expr::Unspecified(form.pos.clone()));
            }
            let es = items.iter().map(|f| self.toplevel(f)).collect::<Result<Vec<_>>>()?;
            return Ok(if es.len() == 1 { es.into_iter().next().unwrap() } else { Expr::Seq(es) });
        }
        if self.is_form(form, "define-record-type") {
            let defines = self.expand_define_record_type(form)?;
            return self.toplevel(&defines);
        }
        self.expr(form, "")
    }

    /// `(import SET ...)` at top level: the code of the user libraries it loads (their bodies,
    /// the first time), then a call `(%import 'EFFECT)` that makes the environment of code
    /// compiled at run time learn what the sets add (src-vvm/compiler/libraries.vvm). EFFECT is
    /// `(RENAMES PREFIXES LIBRARIES)`: (visible . global) symbols, prefix strings, and the
    /// libraries loaded, each (NAME-TEXT PREFIX EXPORTS).
    fn import_form(&mut self, form: &Syntax) -> Result<Expr> {
        let items = &form.list().unwrap()[1..];
        let pos = &form.pos;
        let mut code = Vec::new();
        let before = self.macros.library_count();
        let mut sets = Vec::new();
        for s in items {
            sets.push(libraries::import_set(s, &mut |name| self.load_library(name, &mut code))?);
        }
        for set in &sets {
            libraries::apply(set, &mut self.macros);
        }
        let sym = |s: &str| Syntax::new(Datum::Sym(s.to_string()), pos.clone());
        let string = |s: &str| Syntax::new(Datum::Str(s.to_string()), pos.clone());
        let list = |v: Vec<Syntax>| Syntax::new(Datum::List(v, None), pos.clone());
        let pairs = |v: &[(String, String)]| {
            list(
                v.iter()
                    .map(|(a, b)| {
                        Syntax::new(Datum::List(vec![sym(a)], Some(Box::new(sym(b)))), pos.clone())
                    })
                    .collect(),
            )
        };
        let renames: Vec<(String, String)> =
            sets.iter().flat_map(|s| s.renames.iter().cloned()).collect();
        let prefixes =
            sets.iter().filter(|s| !s.prefix.is_empty()).map(|s| string(&s.prefix)).collect();
        let libs = self.macros.libraries_since(before).iter().map(|(name, prefix, exports)| {
            list(vec![string(name), string(prefix), pairs(exports)])
        });
        let effect = list(vec![pairs(&renames), list(prefixes), list(libs.collect())]);
        let f = Expr::Global("%import".into(), pos.clone());
        code.push(Expr::Call(
            Box::new(f),
            vec![Expr::Const(effect.datum, pos.clone())],
            pos.clone(),
        ));
        Ok(if code.len() == 1 { code.pop().unwrap() } else { Expr::Seq(code) })
    }

    /// The exports of the user library `name` (a library name's syntax), loading it if it is
    /// not yet: its file is read and its body expanded here, its code pushed onto `code`; its
    /// definitions get global names private to it (`foo/bar:x`).
    fn load_library(&mut self, name: &Syntax, code: &mut Vec<Expr>) -> Result<libraries::Exports> {
        let text = name.datum.strip().to_string();
        if let Some(e) = self.macros.library(&text) {
            return Ok(e.to_vec());
        }
        if self.loading.contains(&text) {
            return err(&name.pos, format!("import: library {text} imports itself"));
        }
        let path = libraries::library_file(name, &self.file)?;
        let src = std::fs::read_to_string(&path)
            .map_err(|_| CompileError::new(&name.pos, format!("import: cannot read {path}")))?;
        let forms = crate::reader::read_all(&path, &src)?;
        let decls = match forms.as_slice() {
            [lib]
                if self.is_form(lib, "define-library")
                    && lib.list().unwrap().get(1).map(|n| n.datum.strip().to_string())
                        == Some(text.clone()) =>
            {
                lib.list().unwrap()[2..].to_vec()
            }
            _ => {
                let at = forms.first().map_or(&name.pos, |f| &f.pos);
                return err(at, format!("{path} must hold one form, (define-library {text} ...)"));
            }
        };
        self.loading.push(text.clone());
        let saved = self.macros.clone();
        let prefix = libraries::private_prefix(name);
        let result = self.library_body(&decls, &prefix, code);
        self.loading.pop();
        // The environment is put back as it was if the library fails.
        match result {
            Ok(exports) => {
                let mut inner = std::mem::take(&mut self.macros);
                inner.add_library(&text, &prefix, exports.clone());
                self.macros = saved.restore(inner);
                Ok(exports)
            }
            Err(e) => {
                self.macros = saved;
                Err(e)
            }
        }
    }

    /// Expand the library declarations `decls` (`prefix` names its private globals), pushing the
    /// code onto `code`; its exports.
    fn library_body(
        &mut self,
        decls: &[Syntax],
        prefix: &str,
        code: &mut Vec<Expr>,
    ) -> Result<libraries::Exports> {
        let mut specs = Vec::new();
        let mut body = Vec::new();
        self.library_declarations(decls, &mut specs, &mut body, code)?;
        let mut names = Vec::new();
        libraries::defined_names(&body, &mut names);
        for n in &names {
            self.macros.define_private(n, &format!("{prefix}{n}"));
        }
        for f in &body {
            code.push(self.toplevel(f)?);
        }
        Ok(specs
            .iter()
            .map(|(internal, external)| (external.clone(), self.macros.global_name(internal)))
            .collect())
    }

    /// Sort the declarations of a library: exports (internal, external) into `specs`, the
    /// forms of `begin` and `include` into `body`; imports are applied now.
    fn library_declarations(
        &mut self,
        decls: &[Syntax],
        specs: &mut Vec<(String, String)>,
        body: &mut Vec<Syntax>,
        code: &mut Vec<Expr>,
    ) -> Result<()> {
        for d in decls {
            let bad = || err(&d.pos, format!("bad library declaration {}", d.datum.strip()));
            let Some(items) = d.list().filter(|i| !i.is_empty()) else { return bad() };
            match items[0].datum.base_name() {
                Some("export") => {
                    for spec in &items[1..] {
                        let names = match (spec.datum.base_name(), spec.list()) {
                            (Some(n), _) => (n.to_string(), n.to_string()),
                            (None, Some([r, a, b])) if r.datum.base_name() == Some("rename") => {
                                match (a.datum.base_name(), b.datum.base_name()) {
                                    (Some(a), Some(b)) => (a.to_string(), b.to_string()),
                                    _ => return bad(),
                                }
                            }
                            _ => return bad(),
                        };
                        specs.push(names);
                    }
                }
                Some("import") => {
                    for s in &items[1..] {
                        let set =
                            libraries::import_set(s, &mut |name| self.load_library(name, code))?;
                        libraries::apply(&set, &mut self.macros);
                    }
                }
                Some("begin") => body.extend(items[1..].iter().cloned()),
                Some("include") => {
                    body.extend(libraries::include(d)?.list().unwrap()[1..].iter().cloned())
                }
                Some("cond-expand") => {
                    let chosen = libraries::cond_expand(d)?;
                    self.library_declarations(&chosen.list().unwrap()[1..], specs, body, code)?;
                }
                _ => return bad(),
            }
        }
        Ok(())
    }

    /// Note that the program defines or assigns the global `name`: if it names a primitive,
    /// later calls to it are calls (files of the VM itself excepted).
    fn note_assigned(&mut self, name: &str) {
        if !self.system && prims::is_primitive(name) {
            self.macros.define_variable(name);
        }
    }

    /// The `(begin FORM ...)` a `cond-expand` or `include` form stands for, if `form` is one.
    fn splicing(&self, form: &Syntax) -> Result<Option<Syntax>> {
        if self.is_form(form, "cond-expand") {
            return libraries::cond_expand(form).map(Some);
        }
        if self.is_form(form, "include") {
            return libraries::include(form).map(Some);
        }
        Ok(None)
    }

    /// Parse `(define name e)` or `(define (name . params) body ...)` into a name (an
    /// identifier) and value.
    fn parse_define(&mut self, form: &Syntax) -> Result<(Datum, Expr)> {
        let ctx = self.proc.clone();
        let ctx = ctx.as_str();
        let items = form.list().unwrap();
        let usage =
            "bad define: expected (define name value) or (define (name param ...) body ...)";
        if items.len() < 2 {
            return err(&form.pos, usage);
        }
        match &items[1].datum {
            id @ (Datum::Sym(_) | Datum::Alias(_)) => {
                let value = match items.len() {
                    2 => Expr::Unspecified(form.pos.clone()),
                    3 => self.expr(&items[2], &qualify(ctx, var_name(id)))?,
                    _ => return err(&form.pos, usage),
                };
                Ok((id.clone(), value))
            }
            Datum::List(head, tail) if !head.is_empty() => {
                let Some(id) = head[0].ident() else { return err(&items[1].pos, usage) };
                let name = var_name(id);
                if items.len() < 3 {
                    return err(&form.pos, format!("bad define of {name}: the body is empty"));
                }
                let params = Syntax::new(
                    Datum::List(head[1..].to_vec(), tail.clone()),
                    items[1].pos.clone(),
                );
                let l = self.lambda(
                    &params,
                    &items[2..],
                    &qualify(ctx, name),
                    &form.pos,
                    Some(&form.datum),
                )?;
                Ok((id.clone(), l))
            }
            _ => err(&items[1].pos, usage),
        }
    }

    fn lambda(
        &mut self,
        params: &Syntax,
        body: &[Syntax],
        name: &str,
        pos: &Pos,
        source: Option<&Datum>,
    ) -> Result<Expr> {
        let (names, rest) = match &params.datum {
            r @ (Datum::Sym(_) | Datum::Alias(_)) => (vec![], Some(r.clone())),
            Datum::List(items, tail) => {
                let mut names = Vec::new();
                for p in items {
                    match p.ident() {
                        Some(n) => names.push(n.clone()),
                        None => {
                            return err(
                                &p.pos,
                                format!("bad parameter in lambda: {} is not a name", p.datum),
                            );
                        }
                    }
                }
                let rest = match tail {
                    None => None,
                    Some(t) => match t.ident() {
                        Some(n) => Some(n.clone()),
                        None => {
                            return err(&t.pos, "bad rest parameter in lambda: expected a name");
                        }
                    },
                };
                (names, rest)
            }
            _ => return err(&params.pos, "bad lambda: expected a parameter list"),
        };
        let mut seen: Vec<&Datum> = Vec::new();
        for n in names.iter().chain(rest.iter()) {
            if seen.iter().any(|s| same_ident(s, n)) {
                return err(&params.pos, format!("duplicate parameter {n} in lambda"));
            }
            seen.push(n);
        }
        let mut scope = Vec::new();
        let param_ids: Vec<VarId> = names
            .iter()
            .map(|n| {
                let id = self.new_var(var_name(n));
                scope.push((n.clone(), Binding::Var(id)));
                id
            })
            .collect();
        let rest_id = rest.as_ref().map(|n| {
            let id = self.new_var(var_name(n));
            scope.push((n.clone(), Binding::Var(id)));
            id
        });
        self.scopes.push(scope);
        let outer = std::mem::replace(&mut self.proc, name.to_string());
        let body = self.body(body, pos, "");
        self.proc = outer;
        self.scopes.pop();
        Ok(Expr::Lambda(Box::new(Lambda {
            name: name.to_string(),
            params: param_ids,
            rest: rest_id,
            body: body?,
            pos: pos.clone(),
            free: vec![],
            boxed_params: vec![],
            source: source.map(Datum::strip),
        })))
    }

    /// A body: internal definitions, then expressions, with `letrec*` semantics. Its scope
    /// binds the macros of its `define-syntax` forms and the variables of its `define`s.
    fn body(&mut self, forms: &[Syntax], pos: &Pos, ctx: &str) -> Result<Expr> {
        self.scopes.push(Vec::new());
        let r = self.body_in_scope(forms, pos, ctx);
        self.scopes.pop();
        r
    }

    fn body_in_scope(&mut self, forms: &[Syntax], pos: &Pos, ctx: &str) -> Result<Expr> {
        let mut flat = Vec::new();
        self.flatten_begins(forms, &mut flat)?;
        let ndefs = flat.iter().take_while(|f| self.is_form(f, "define")).count();
        if ndefs == flat.len() {
            return err(pos, "a body needs at least one expression after its definitions");
        }
        if let Some(late) = flat[ndefs..].iter().find(|f| self.is_form(f, "define")) {
            return err(
                &late.pos,
                "define after an expression in a body; definitions must come first",
            );
        }
        if ndefs == 0 {
            return self.sequence(&flat, pos, ctx);
        }
        // Bind every defined name first (unspecified), then assign in order.
        let mut names = Vec::new();
        for f in &flat[..ndefs] {
            let items = f.list().unwrap();
            let name = match items.get(1).map(|s| &s.datum) {
                Some(n @ (Datum::Sym(_) | Datum::Alias(_))) => n.clone(),
                Some(Datum::List(h, _)) if !h.is_empty() && h[0].ident().is_some() => {
                    h[0].datum.clone()
                }
                _ => {
                    return err(
                        &f.pos,
                        "bad define: expected (define name value) or (define (name param ...) body ...)",
                    );
                }
            };
            names.push((name, f.pos.clone()));
        }
        let ids: Vec<VarId> = names.iter().map(|(n, _)| self.new_var(var_name(n))).collect();
        let scope = self.scopes.last_mut().expect("the body's scope");
        scope
            .extend(names.iter().map(|(n, _)| n.clone()).zip(ids.iter().map(|&i| Binding::Var(i))));
        let result = (|| {
            let mut seq = Vec::new();
            for (f, id) in flat[..ndefs].iter().zip(&ids) {
                let (_, value) = self.parse_define(f)?;
                self.vars[*id].assigned = true;
                seq.push(Expr::SetLocal(*id, Box::new(value), f.pos.clone()));
            }
            seq.push(self.sequence(&flat[ndefs..], pos, ctx)?);
            Ok(Expr::Seq(seq))
        })();
        let bindings = ids
            .iter()
            .zip(&names)
            .map(|(id, (_, p))| (*id, Expr::Unspecified(p.clone())))
            .collect();
        Ok(Expr::Let(bindings, Box::new(result?), pos.clone()))
    }

    /// Splice the `begin`s that hold definitions, and `define-record-type`s as their defines;
    /// expand macro uses (they may expand to definitions) and bind `define-syntax` macros in
    /// the body's scope.
    fn flatten_begins(&mut self, forms: &[Syntax], out: &mut Vec<Syntax>) -> Result<()> {
        for f in forms {
            if let Some(m) = self.macro_use(f) {
                self.with_expansion(&m, f, |x, e| x.flatten_begins(std::slice::from_ref(e), out))?;
            } else if let Some(b) = self.splicing(f)? {
                self.flatten_begins(&b.list().unwrap()[1..], out)?;
            } else if self.is_form(f, "define-syntax") {
                let depth = self.scopes.len();
                let items = &f.list().unwrap()[1..];
                let (id, m) = self.parse_macro(items, &f.pos, "define-syntax", depth)?;
                let scope = self.scopes.last_mut().expect("the body's scope");
                scope.push((id, Binding::Macro(Rc::new(m))));
            } else if self.is_form(f, "define-record-type") {
                let defines = self.expand_define_record_type(f)?;
                self.flatten_begins(&defines.list().unwrap()[1..], out)?;
            } else if self.is_form(f, "begin")
                && f.list().unwrap()[1..]
                    .iter()
                    .any(|g| self.is_form(g, "define") || self.is_form(g, "define-record-type"))
            {
                self.flatten_begins(&f.list().unwrap()[1..], out)?;
            } else {
                out.push(f.clone());
            }
        }
        Ok(())
    }

    fn sequence(&mut self, forms: &[Syntax], pos: &Pos, ctx: &str) -> Result<Expr> {
        if forms.is_empty() {
            return Ok(Expr::Unspecified(pos.clone()));
        }
        let mut es = forms.iter().map(|f| self.expr(f, ctx)).collect::<Result<Vec<_>>>()?;
        Ok(if es.len() == 1 { es.pop().unwrap() } else { Expr::Seq(es) })
    }

    fn expr(&mut self, form: &Syntax, ctx: &str) -> Result<Expr> {
        let pos = &form.pos;
        match &form.datum {
            id @ (Datum::Sym(_) | Datum::Alias(_)) => match self.resolve(id) {
                Meaning::Local(v) => Ok(Expr::Local(v, pos.clone())),
                Meaning::Global(name) => Ok(Expr::Global(name, pos.clone())),
                Meaning::Macro(m) => {
                    err(pos, format!("{} is a macro; it cannot be used as a variable", m.name))
                }
            },
            Datum::List(items, None) if items.is_empty() => {
                err(pos, "empty combination (); to write the empty list, quote it: '()")
            }
            Datum::List(_, Some(_)) => {
                err(pos, format!("a dotted list is not an expression: {}", form.datum))
            }
            Datum::List(items, None) => {
                if let Some(id) = items[0].ident() {
                    match self.resolve(id) {
                        Meaning::Global(head) => {
                            if let Some(&head) = SPECIAL_FORMS.iter().find(|&&s| s == head) {
                                return self.special(head, form, items, ctx);
                            }
                        }
                        Meaning::Macro(m) => {
                            return self.with_expansion(&m, form, |x, e| x.expr(e, ctx));
                        }
                        Meaning::Local(_) => {}
                    }
                }
                self.application(form, items)
            }
            // R7RS: a vector is self-evaluating.
            Datum::Vector(_) => Ok(Expr::Const(form.datum.strip(), pos.clone())),
            d => Ok(Expr::Const(d.clone(), pos.clone())),
        }
    }

    fn application(&mut self, form: &Syntax, items: &[Syntax]) -> Result<Expr> {
        let pos = &form.pos;
        let args = items[1..].iter().map(|a| self.expr(a, "")).collect::<Result<Vec<_>>>()?;
        let global = items[0].ident().and_then(|id| match self.resolve(id) {
            Meaning::Global(g) => Some(g),
            _ => None,
        });
        if let Some(head) = global.as_deref().filter(|h| !self.macros.is_variable(h)) {
            // Fold n-ary + and * and unary - into binary primitives.
            let n = args.len();
            let zero = || Expr::Const(Datum::Int(0), pos.clone());
            let one = || Expr::Const(Datum::Int(1), pos.clone());
            match (head, n) {
                ("+", 0) => return Ok(zero()),
                ("*", 0) => return Ok(one()),
                ("+", 1) | ("*", 1) => {
                    let unit = if head == "+" { zero() } else { one() };
                    let name = prims::lookup(head, 2).unwrap();
                    return Ok(Expr::Prim(
                        name,
                        vec![args.into_iter().next().unwrap(), unit],
                        pos.clone(),
                    ));
                }
                ("-", 1) => {
                    return Ok(Expr::Prim(
                        "-",
                        vec![zero(), args.into_iter().next().unwrap()],
                        pos.clone(),
                    ));
                }
                ("+", _) | ("*", _) if n > 2 => {
                    let name = prims::lookup(head, 2).unwrap();
                    let mut it = args.into_iter();
                    let mut acc = it.next().unwrap();
                    for a in it {
                        acc = Expr::Prim(name, vec![acc, a], pos.clone());
                    }
                    return Ok(acc);
                }
                _ => {}
            }
            if let Some(p) = prims::lookup(head, n) {
                return Ok(Expr::Prim(p, args, pos.clone()));
            }
            if head.starts_with('%') && prims::is_primitive(head) {
                return err(pos, format!("primitive {head} called with {n} arguments"));
            }
        }
        let f = self.expr(&items[0], "")?;
        Ok(Expr::Call(Box::new(f), args, pos.clone()))
    }

    fn special(&mut self, head: &str, form: &Syntax, items: &[Syntax], ctx: &str) -> Result<Expr> {
        let pos = &form.pos;
        let n = items.len();
        match head {
            "quote" => {
                if n != 2 {
                    return err(pos, "bad quote: expected (quote datum)");
                }
                Ok(Expr::Const(items[1].datum.strip(), pos.clone()))
            }
            "quasiquote" => {
                if n != 2 {
                    return err(pos, "bad quasiquote: expected (quasiquote template)");
                }
                let e = self.quasi(&items[1], 1)?;
                self.expr(&e, ctx)
            }
            "lambda" => {
                if n < 3 {
                    return err(pos, "bad lambda: expected (lambda params body ...)");
                }
                let name = if !ctx.is_empty() {
                    ctx.to_string()
                } else if self.proc.is_empty() {
                    "lambda".to_string()
                } else {
                    format!("{}.lambda", self.proc)
                };
                self.lambda(&items[1], &items[2..], &name, pos, Some(&form.datum))
            }
            "define" => err(pos, "define is only allowed at top level or at the start of a body"),
            "define-record-type" | "define-syntax" => {
                err(pos, format!("{head} is only allowed at top level or at the start of a body"))
            }
            "syntax-rules" => err(pos, "syntax-rules is only allowed in define-syntax"),
            "import" => err(pos, "import is only allowed at top level"),
            "define-library" => err(
                pos,
                "define-library belongs in a library file of its own, found by import (NAME.sld)",
            ),
            "include-ci" => err(pos, "include-ci is not supported yet"),
            "unquote" | "unquote-splicing" => err(pos, format!("{head} outside quasiquote")),
            "cond-expand" | "include" => {
                let b = self.splicing(form)?.expect("a cond-expand or include form");
                self.expr(&b, ctx)
            }
            "syntax-error" => {
                let (msg, args) = match items.get(1).map(|m| &m.datum) {
                    Some(Datum::Str(m)) => (m.clone(), &items[2..]),
                    _ => {
                        return err(
                            pos,
                            "bad syntax-error: expected (syntax-error message arg ...)",
                        );
                    }
                };
                let args: Vec<String> = args.iter().map(|a| a.datum.strip().to_string()).collect();
                let text = if args.is_empty() { msg } else { format!("{msg} {}", args.join(" ")) };
                err(pos, text)
            }
            "let-syntax" | "letrec-syntax" => {
                let usage = format!(
                    "bad {head}: expected ({head} ((name (syntax-rules ...)) ...) body ...)"
                );
                let Some(specs) = items.get(1).and_then(Syntax::list).filter(|_| n >= 3) else {
                    return err(pos, usage);
                };
                let depth = self.scopes.len() + usize::from(head == "letrec-syntax");
                let mut scope = Vec::new();
                for b in specs {
                    let Some(parts) = b.list() else { return err(&b.pos, usage) };
                    let (id, m) = self.parse_macro(parts, &b.pos, head, depth)?;
                    scope.push((id, Binding::Macro(Rc::new(m))));
                }
                self.scopes.push(scope);
                let body = self.body(&items[2..], pos, ctx);
                self.scopes.pop();
                body
            }
            "set!" => {
                if n != 3 {
                    return err(pos, "bad set!: expected (set! name value)");
                }
                let Some(name) = items[1].ident() else {
                    return err(&items[1].pos, "bad set!: expected a name");
                };
                let value = self.expr(&items[2], ctx)?;
                match self.resolve(name) {
                    Meaning::Local(id) => {
                        self.vars[id].assigned = true;
                        Ok(Expr::SetLocal(id, Box::new(value), pos.clone()))
                    }
                    Meaning::Global(g) => {
                        self.note_assigned(&g);
                        Ok(Expr::SetGlobal(g, Box::new(value), pos.clone()))
                    }
                    Meaning::Macro(m) => {
                        err(&items[1].pos, format!("bad set!: {} is a macro", m.name))
                    }
                }
            }
            "if" => {
                if n != 3 && n != 4 {
                    return err(pos, "bad if: expected (if test then) or (if test then else)");
                }
                let c = self.expr(&items[1], ctx)?;
                let t = self.expr(&items[2], ctx)?;
                let e = if n == 4 {
                    self.expr(&items[3], ctx)?
                } else {
                    Expr::Unspecified(pos.clone())
                };
                Ok(Expr::If(Box::new(c), Box::new(t), Box::new(e), pos.clone()))
            }
            "begin" => self.sequence(&items[1..], pos, ctx),
            "let" => {
                if n >= 2
                    && let Some(loop_name) = items[1].ident()
                {
                    return self.named_let(form, loop_name, items, ctx);
                }
                if n < 3 {
                    return err(pos, "bad let: expected (let ((name value) ...) body ...)");
                }
                let (names, inits) = self.bindings(&items[1], "let")?;
                let inits = inits
                    .iter()
                    .zip(&names)
                    .map(|(e, (nm, _))| {
                        let c = qualify(&self.proc, var_name(nm));
                        self.expr(e, &c)
                    })
                    .collect::<Result<Vec<_>>>()?;
                let ids: Vec<VarId> =
                    names.iter().map(|(nm, _)| self.new_var(var_name(nm))).collect();
                self.push_vars(&names, &ids);
                let body = self.body(&items[2..], pos, ctx);
                self.scopes.pop();
                Ok(Expr::Let(ids.into_iter().zip(inits).collect(), Box::new(body?), pos.clone()))
            }
            "let*" => {
                if n < 3 {
                    return err(pos, "bad let*: expected (let* ((name value) ...) body ...)");
                }
                let (names, inits) = self.bindings(&items[1], "let*")?;
                if names.len() <= 1 {
                    let mut v = items.to_vec();
                    v[0] = sym("let", pos);
                    return self.expr(&list(v, pos), ctx);
                }
                // (let* (b1 b2 ...) body) => (let (b1) (let* (b2 ...) body))
                let first = list(
                    vec![Syntax::new(names[0].0.clone(), names[0].1.clone()), inits[0].clone()],
                    &names[0].1,
                );
                let rest: Vec<Syntax> = names[1..]
                    .iter()
                    .zip(&inits[1..])
                    .map(|((nm, p), e)| {
                        list(vec![Syntax::new(nm.clone(), p.clone()), e.clone()], p)
                    })
                    .collect();
                let mut inner = vec![sym("let*", pos), list(rest, &items[1].pos)];
                inner.extend_from_slice(&items[2..]);
                let outer =
                    vec![sym("let", pos), list(vec![first], &items[1].pos), list(inner, pos)];
                self.expr(&list(outer, pos), ctx)
            }
            "letrec" | "letrec*" => {
                if n < 3 {
                    return err(
                        pos,
                        format!("bad {head}: expected ({head} ((name value) ...) body ...)"),
                    );
                }
                let (names, inits) = self.bindings(&items[1], head)?;
                let ids: Vec<VarId> =
                    names.iter().map(|(nm, _)| self.new_var(var_name(nm))).collect();
                self.push_vars(&names, &ids);
                let result = (|| {
                    let mut seq = Vec::new();
                    for ((id, e), (nm, p)) in ids.iter().zip(&inits).zip(&names) {
                        let c = qualify(&self.proc, var_name(nm));
                        let value = self.expr(e, &c)?;
                        self.vars[*id].assigned = true;
                        seq.push(Expr::SetLocal(*id, Box::new(value), p.clone()));
                    }
                    seq.push(self.body(&items[2..], pos, ctx)?);
                    Ok(Expr::Seq(seq))
                })();
                self.scopes.pop();
                let bindings = ids
                    .iter()
                    .zip(&names)
                    .map(|(id, (_, p))| (*id, Expr::Unspecified(p.clone())))
                    .collect();
                Ok(Expr::Let(bindings, Box::new(result?), pos.clone()))
            }
            "cond" => self.cond(&items[1..], pos, ctx),
            "case" => self.case(form, items, ctx),
            "and" => {
                if n == 1 {
                    return Ok(Expr::Const(Datum::Bool(true), pos.clone()));
                }
                let mut acc = self.expr(&items[n - 1], ctx)?;
                for item in items[1..n - 1].iter().rev() {
                    let c = self.expr(item, ctx)?;
                    acc = Expr::If(
                        Box::new(c),
                        Box::new(acc),
                        Box::new(Expr::Const(Datum::Bool(false), pos.clone())),
                        pos.clone(),
                    );
                }
                Ok(acc)
            }
            "or" => {
                if n == 1 {
                    return Ok(Expr::Const(Datum::Bool(false), pos.clone()));
                }
                // (or a b ...) => (let ((t a)) (if t t (or b ...)))
                let mut acc = self.expr(&items[n - 1], ctx)?;
                for item in items[1..n - 1].iter().rev() {
                    let c = self.expr(item, ctx)?;
                    let t = self.new_var("or");
                    let test = Expr::If(
                        Box::new(Expr::Local(t, pos.clone())),
                        Box::new(Expr::Local(t, pos.clone())),
                        Box::new(acc),
                        pos.clone(),
                    );
                    acc = Expr::Let(vec![(t, c)], Box::new(test), pos.clone());
                }
                Ok(acc)
            }
            "when" | "unless" => {
                if n < 3 {
                    return err(pos, format!("bad {head}: expected ({head} test body ...)"));
                }
                let c = self.expr(&items[1], ctx)?;
                let body = self.sequence(&items[2..], pos, ctx)?;
                let none = Expr::Unspecified(pos.clone());
                Ok(if head == "when" {
                    Expr::If(Box::new(c), Box::new(body), Box::new(none), pos.clone())
                } else {
                    Expr::If(Box::new(c), Box::new(none), Box::new(body), pos.clone())
                })
            }
            "do" => self.do_loop(form, items, ctx),
            "guard" => self.guard(form, items, ctx),
            _ => unreachable!("special form {head}"),
        }
    }

    /// Parse `((name init) ...)`.
    fn bindings(&self, b: &Syntax, form: &str) -> Result<Bindings> {
        let usage =
            format!("bad {form}: expected (({form_var} value) ...) as bindings", form_var = "name");
        let Some(items) = b.list() else { return err(&b.pos, usage) };
        let mut names = Vec::new();
        let mut inits = Vec::new();
        for it in items {
            match it.list() {
                Some([n, e]) if n.ident().is_some() => {
                    names.push((n.datum.clone(), n.pos.clone()));
                    inits.push(e.clone());
                }
                _ => {
                    return err(
                        &it.pos,
                        format!("bad binding in {form}: expected (name value), got {}", it.datum),
                    );
                }
            }
        }
        Ok((names, inits))
    }

    /// Push a scope binding the identifiers `names` to the variables `ids`.
    fn push_vars(&mut self, names: &[(Datum, Pos)], ids: &[VarId]) {
        let scope =
            names.iter().map(|(nm, _)| nm.clone()).zip(ids.iter().map(|&i| Binding::Var(i)));
        self.scopes.push(scope.collect());
    }

    fn named_let(
        &mut self,
        form: &Syntax,
        name: &Datum,
        items: &[Syntax],
        ctx: &str,
    ) -> Result<Expr> {
        let pos = &form.pos;
        if items.len() < 4 {
            return err(pos, "bad named let: expected (let name ((var init) ...) body ...)");
        }
        let (names, inits) = self.bindings(&items[2], "let")?;
        // ((letrec ((name (lambda (var ...) body ...))) name) init ...)
        let params = list(
            names.iter().map(|(n, p)| Syntax::new(n.clone(), p.clone())).collect(),
            &items[2].pos,
        );
        let mut lam = vec![sym("lambda", pos), params];
        lam.extend_from_slice(&items[3..]);
        let binding =
            list(vec![Syntax::new(name.clone(), items[1].pos.clone()), list(lam, pos)], pos);
        let letrec = list(
            vec![
                sym("letrec", pos),
                list(vec![binding], pos),
                Syntax::new(name.clone(), pos.clone()),
            ],
            pos,
        );
        let mut call = vec![letrec];
        call.extend(inits);
        let _ = self.gensym("loop");
        self.expr(&list(call, pos), ctx)
    }

    fn cond(&mut self, clauses: &[Syntax], pos: &Pos, ctx: &str) -> Result<Expr> {
        let Some((first, rest)) = clauses.split_first() else {
            return Ok(Expr::Unspecified(pos.clone()));
        };
        let Some(items) = first.list().filter(|i| !i.is_empty()) else {
            return err(&first.pos, "bad cond clause: expected (test expr ...)");
        };
        if self.is_global(&items[0], "else") {
            if !rest.is_empty() {
                return err(&first.pos, "else clause must be the last clause of cond");
            }
            return self.sequence(&items[1..], &first.pos, ctx);
        }
        let test = self.expr(&items[0], ctx)?;
        let otherwise = self.cond(rest, pos, ctx)?;
        if items.len() >= 2 && self.is_global(&items[1], "=>") {
            if items.len() != 3 {
                return err(&first.pos, "bad cond clause: expected (test => receiver)");
            }
            let t = self.new_var("cond");
            let f = self.expr(&items[2], ctx)?;
            let call =
                Expr::Call(Box::new(f), vec![Expr::Local(t, first.pos.clone())], first.pos.clone());
            let body = Expr::If(
                Box::new(Expr::Local(t, first.pos.clone())),
                Box::new(call),
                Box::new(otherwise),
                first.pos.clone(),
            );
            return Ok(Expr::Let(vec![(t, test)], Box::new(body), first.pos.clone()));
        }
        if items.len() == 1 {
            let t = self.new_var("cond");
            let body = Expr::If(
                Box::new(Expr::Local(t, first.pos.clone())),
                Box::new(Expr::Local(t, first.pos.clone())),
                Box::new(otherwise),
                first.pos.clone(),
            );
            return Ok(Expr::Let(vec![(t, test)], Box::new(body), first.pos.clone()));
        }
        let body = self.sequence(&items[1..], &first.pos, ctx)?;
        Ok(Expr::If(Box::new(test), Box::new(body), Box::new(otherwise), first.pos.clone()))
    }

    fn case(&mut self, form: &Syntax, items: &[Syntax], ctx: &str) -> Result<Expr> {
        let pos = &form.pos;
        if items.len() < 2 {
            return err(pos, "bad case: expected (case key clause ...)");
        }
        let key = self.expr(&items[1], ctx)?;
        let t = self.new_var("key");
        let mut acc = Expr::Unspecified(pos.clone());
        for (i, clause) in items[2..].iter().enumerate().rev() {
            let Some(c) = clause.list().filter(|c| c.len() >= 2) else {
                return err(&clause.pos, "bad case clause: expected ((datum ...) expr ...)");
            };
            let body = self.sequence(&c[1..], &clause.pos, ctx)?;
            if self.is_global(&c[0], "else") {
                if i != items.len() - 3 {
                    return err(&clause.pos, "else clause must be the last clause of case");
                }
                acc = body;
                continue;
            }
            let Some(data) = c[0].list() else {
                return err(&c[0].pos, "bad case clause: expected a list of data");
            };
            let mut test = Expr::Const(Datum::Bool(false), clause.pos.clone());
            for d in data.iter().rev() {
                let args = vec![
                    Expr::Local(t, clause.pos.clone()),
                    Expr::Const(d.datum.strip(), d.pos.clone()),
                ];
                // `case` compares with eqv?: eq? is the same for everything but heap numbers.
                let eq = if matches!(d.datum, Datum::Big(..) | Datum::Flonum(..)) {
                    Expr::Call(
                        Box::new(Expr::Global("eqv?".into(), d.pos.clone())),
                        args,
                        d.pos.clone(),
                    )
                } else {
                    Expr::Prim("eq?", args, d.pos.clone())
                };
                test = match test {
                    Expr::Const(Datum::Bool(false), _) => eq,
                    other => Expr::If(
                        Box::new(eq),
                        Box::new(Expr::Const(Datum::Bool(true), d.pos.clone())),
                        Box::new(other),
                        d.pos.clone(),
                    ),
                };
            }
            acc = Expr::If(Box::new(test), Box::new(body), Box::new(acc), clause.pos.clone());
        }
        Ok(Expr::Let(vec![(t, key)], Box::new(acc), pos.clone()))
    }

    fn do_loop(&mut self, form: &Syntax, items: &[Syntax], ctx: &str) -> Result<Expr> {
        let pos = &form.pos;
        let usage = "bad do: expected (do ((var init step) ...) (test expr ...) body ...)";
        if items.len() < 3 {
            return err(pos, usage);
        }
        let Some(specs) = items[1].list() else { return err(&items[1].pos, usage) };
        let Some(exit) = items[2].list().filter(|e| !e.is_empty()) else {
            return err(&items[2].pos, usage);
        };
        let loop_name = self.gensym("do-loop");
        let mut bindings = Vec::new();
        let mut steps = Vec::new();
        for s in specs {
            match s.list() {
                Some([v, init]) if v.ident().is_some() => {
                    bindings.push(list(vec![v.clone(), init.clone()], &s.pos));
                    steps.push(v.clone());
                }
                Some([v, init, step]) if v.ident().is_some() => {
                    bindings.push(list(vec![v.clone(), init.clone()], &s.pos));
                    steps.push(step.clone());
                }
                _ => return err(&s.pos, usage),
            }
        }
        let mut again = vec![sym(&loop_name, pos)];
        again.extend(steps);
        let mut body = vec![sym("begin", pos)];
        body.extend_from_slice(&items[3..]);
        body.push(list(again, pos));
        let mut done = vec![sym("begin", pos)];
        done.extend_from_slice(&exit[1..]);
        if exit.len() == 1 {
            done.push(list(vec![sym("quote", pos), sym("%unspecified-do", pos)], pos));
            done.pop();
            done.push(list(vec![sym("%unspecified", pos)], pos));
        }
        let iff =
            list(vec![sym("if", pos), exit[0].clone(), list(done, pos), list(body, pos)], pos);
        let named =
            list(vec![sym("let", pos), sym(&loop_name, pos), list(bindings, pos), iff], pos);
        self.expr(&named, ctx)
    }

    /// Rewrite `(guard (var clause ...) body ...)` (R7RS) with the run-time procedures of
    /// `src-vvm/runtime/control.vvm`:
    ///
    /// ```text
    /// ((call-with-current-continuation
    ///    (lambda (k)
    ///      (with-exception-handler
    ///        (lambda (var) CLAUSES)
    ///        (lambda () (let ((v (begin body ...))) (lambda () v)))))))
    /// ```
    ///
    /// CLAUSES run in the handler, in the dynamic environment of the raise: `(test body ...)`
    /// becomes `(if test (k (lambda () body ...)) NEXT)`, `=>` and `else` likewise, so the chosen
    /// body runs after escaping to the guard; with no clause chosen, `(raise-continuable var)`
    /// re-raises to the outer handlers. Continuations escape only, so the tests run before the
    /// escape, which R7RS's reference expansion does after it (the difference shows only in a
    /// test with side effects on the dynamic environment).
    fn guard(&mut self, form: &Syntax, items: &[Syntax], ctx: &str) -> Result<Expr> {
        let pos = &form.pos;
        let usage = "bad guard: expected (guard (var clause ...) body ...)";
        if items.len() < 3 {
            return err(pos, usage);
        }
        let Some(spec) = items[1].list().filter(|s| !s.is_empty()) else {
            return err(&items[1].pos, usage);
        };
        if spec[0].ident().is_none() {
            return err(&spec[0].pos, usage);
        }
        let var = spec[0].clone();
        let k = sym(&self.gensym("guard-k"), pos);
        let thunk = |body: Vec<Syntax>, p: &Pos| {
            let mut l = vec![sym("lambda", p), list(vec![], p)];
            l.extend(body);
            list(l, p)
        };
        let escape = |body: Vec<Syntax>, p: &Pos| list(vec![k.clone(), thunk(body, p)], p);
        let mut chain = list(vec![sym("raise-continuable", pos), var.clone()], pos);
        for (i, clause) in spec[1..].iter().enumerate().rev() {
            let p = &clause.pos;
            let Some(c) = clause.list().filter(|c| !c.is_empty()) else {
                return err(p, "bad guard clause: expected (test body ...)");
            };
            if self.is_global(&c[0], "else") {
                if i + 2 != spec.len() {
                    return err(p, "bad guard: else must be the last clause");
                }
                chain = escape(c[1..].to_vec(), p);
                continue;
            }
            let t = sym(&self.gensym("guard-test"), p);
            let chosen = match c {
                [_] => escape(vec![t.clone()], p),
                [_, arrow, receiver] if self.is_global(arrow, "=>") => {
                    escape(vec![list(vec![receiver.clone(), t.clone()], p)], p)
                }
                [_, arrow, ..] if self.is_global(arrow, "=>") => {
                    return err(p, "bad guard clause: expected (test => receiver)");
                }
                _ => escape(c[1..].to_vec(), p),
            };
            chain = list(
                vec![
                    sym("let", p),
                    list(vec![list(vec![t.clone(), c[0].clone()], p)], p),
                    list(vec![sym("if", p), t, chosen, chain], p),
                ],
                p,
            );
        }
        let v = sym(&self.gensym("guard-value"), pos);
        let mut begin = vec![sym("begin", pos)];
        begin.extend_from_slice(&items[2..]);
        let body = thunk(
            vec![list(
                vec![
                    sym("let", pos),
                    list(vec![list(vec![v.clone(), list(begin, pos)], pos)], pos),
                    thunk(vec![v], pos),
                ],
                pos,
            )],
            pos,
        );
        let handler = list(vec![sym("lambda", pos), list(vec![var], pos), chain], pos);
        let install = list(vec![sym("with-exception-handler", pos), handler, body], pos);
        let receiver = list(vec![sym("lambda", pos), list(vec![k], pos), install], pos);
        let call = list(vec![sym("call-with-current-continuation", pos), receiver], pos);
        self.expr(&list(vec![call], pos), ctx)
    }

    /// Rewrite a quasiquote template at nesting `depth` into list-building code.
    fn quasi(&mut self, t: &Syntax, depth: usize) -> Result<Syntax> {
        let pos = &t.pos;
        let quote = |d: &Syntax| list(vec![sym("quote", &d.pos), d.clone()], &d.pos);
        match &t.datum {
            Datum::List(items, tail) if !items.is_empty() => {
                if let Some(h) = items[0].datum.base_name()
                    && items.len() == 2
                    && tail.is_none()
                {
                    if h == "unquote" {
                        if depth == 1 {
                            return Ok(items[1].clone());
                        }
                        let inner = self.quasi(&items[1], depth - 1)?;
                        return Ok(list(vec![sym("list", pos), quote(&items[0]), inner], pos));
                    }
                    if h == "quasiquote" {
                        let inner = self.quasi(&items[1], depth + 1)?;
                        return Ok(list(vec![sym("list", pos), quote(&items[0]), inner], pos));
                    }
                }
                // Build from the right: tail, then each element.
                let mut acc = match tail {
                    Some(tl) => self.quasi(tl, depth)?,
                    None => list(vec![sym("quote", pos), list(vec![], pos)], pos),
                };
                for it in items.iter().rev() {
                    if let Some([h, x]) = it.list()
                        && h.datum.base_name() == Some("unquote-splicing")
                        && depth == 1
                    {
                        acc = list(vec![sym("append", pos), x.clone(), acc], pos);
                        continue;
                    }
                    let e = self.quasi(it, depth)?;
                    acc = list(vec![sym("cons", pos), e, acc], pos);
                }
                Ok(acc)
            }
            Datum::Vector(items) => {
                let l =
                    self.quasi(&Syntax::new(Datum::List(items.clone(), None), pos.clone()), depth)?;
                Ok(list(vec![sym("list->vector", pos), l], pos))
            }
            _ => Ok(quote(t)),
        }
    }
}

impl Expander {
    /// Rewrite `(define-record-type type (make field ...) pred? (field accessor [modifier]) ...)`
    /// into `(begin (define ...) ...)`: the type is bound to a descriptor made at run time by
    /// `%make-record-type` (src-vvm/runtime/records.vvm), and the constructor, predicate,
    /// accessors and modifiers are ordinary procedures over the record primitives:
    ///
    /// ```text
    /// (define type (%make-record-type 'type '(field ...)))
    /// (define (make a ...)                      ; one parameter per constructor field
    ///   (let ((r (%alloc-object 6 n+1 n+1 #f)))  ; type 6 = vvm_layout::ty::RECORD
    ///     (%object-set! r 0 type) (%object-set! r i a) ... r))
    /// (define (pred? obj) TEST)
    /// (define (accessor obj) (if TEST (%object-ref obj i) (%type-error 'accessor 'NAME obj)))
    /// (define (modifier obj v) (if TEST (%object-set! obj i v) (%type-error 'modifier 'NAME obj)))
    /// TEST = (if (%heap-object? obj)
    ///            (if (eq? (%object-type obj) 6) (eq? (%object-ref obj 0) type) #f)
    ///            #f)
    /// ```
    ///
    /// Field i is the i-th field of the declaration (from 1); fields the constructor does not
    /// take start as #f. NAME is the type name without angle brackets (`<point>` gives
    /// "expected a point"). The constructor may also be a bare name, taking every field in
    /// order. Parameters and the let variable are fresh names, so no field name can capture the
    /// type. Each procedure carries the position of its name, for backtraces.
    fn expand_define_record_type(&mut self, form: &Syntax) -> Result<Syntax> {
        let items = form.list().unwrap();
        let pos = &form.pos;
        let usage = "bad define-record-type: expected (define-record-type name (constructor \
                     field ...) predicate (field accessor [modifier]) ...)";
        if items.len() < 4 {
            return err(pos, usage);
        }
        let Some(type_name) = items[1].datum.base_name() else {
            return err(
                &items[1].pos,
                format!(
                    "bad define-record-type: the type name must be a name, got {}",
                    items[1].datum
                ),
            );
        };
        let shown = match type_name.strip_prefix('<').and_then(|n| n.strip_suffix('>')) {
            Some(n) if !n.is_empty() => n,
            _ => type_name,
        };
        let what = format!("define-record-type {type_name}");
        // The fields: (name, accessor, modifier, position of the clause).
        let mut fields: Vec<(&str, &Syntax, Option<&Syntax>, &Pos)> = Vec::new();
        for spec in &items[4..] {
            let parts = spec.list().filter(|p| {
                (p.len() == 2 || p.len() == 3) && p.iter().all(|s| s.datum.base_name().is_some())
            });
            let Some(parts) = parts else {
                return err(
                    &spec.pos,
                    format!(
                        "bad field in {what}: expected (field accessor) or (field accessor \
                         modifier), got {}",
                        spec.datum
                    ),
                );
            };
            let name = parts[0].datum.base_name().unwrap();
            if fields.iter().any(|f| f.0 == name) {
                return err(&spec.pos, format!("duplicate field {name} in {what}"));
            }
            fields.push((name, &parts[1], parts.get(2), &spec.pos));
        }
        // The constructor: its name and the index of the field each parameter fills.
        let ctor = &items[2];
        let (ctor_name, ctor_fields) = match &ctor.datum {
            d @ (Datum::Sym(_) | Datum::Alias(_)) => {
                (var_name(d), (1..=fields.len()).collect::<Vec<_>>())
            }
            Datum::List(parts, None)
                if !parts.is_empty() && parts[0].datum.base_name().is_some() =>
            {
                let mut idx = Vec::new();
                for a in &parts[1..] {
                    let Some(i) =
                        a.datum.base_name().and_then(|n| fields.iter().position(|f| f.0 == n))
                    else {
                        return err(
                            &a.pos,
                            format!(
                                "the constructor argument {} of {what} is not a field",
                                a.datum
                            ),
                        );
                    };
                    if idx.contains(&(i + 1)) {
                        return err(
                            &a.pos,
                            format!("field {} appears twice in the constructor of {what}", a.datum),
                        );
                    }
                    idx.push(i + 1);
                }
                (parts[0].datum.base_name().unwrap(), idx)
            }
            _ => {
                return err(
                    &ctor.pos,
                    format!(
                        "bad constructor in {what}: expected (name field ...), got {}",
                        ctor.datum
                    ),
                );
            }
        };
        let Some(pred_name) = items[3].datum.base_name() else {
            return err(
                &items[3].pos,
                format!("bad predicate in {what}: expected a name, got {}", items[3].datum),
            );
        };

        let int = |n: usize, p: &Pos| Syntax::new(Datum::Int(n as i64), p.clone());
        let quote = |d: Syntax, p: &Pos| list(vec![sym("quote", p), d], p);
        let call = |head: &str, args: Vec<Syntax>, p: &Pos| {
            let mut v = vec![sym(head, p)];
            v.extend(args);
            list(v, p)
        };
        // (define (name param ...) body) at p.
        let define = |name: &str, params: &[String], body: Syntax, p: &Pos| {
            let mut head = vec![sym(name, p)];
            head.extend(params.iter().map(|x| sym(x, p)));
            list(vec![sym("define", p), list(head, p), body], p)
        };
        // TEST: whether `obj` is a record of this type.
        let test = |obj: &str, p: &Pos| {
            let is_this = call(
                "eq?",
                vec![call("%object-ref", vec![sym(obj, p), int(0, p)], p), sym(type_name, p)],
                p,
            );
            let is_record =
                call("eq?", vec![call("%object-type", vec![sym(obj, p)], p), int(6, p)], p);
            let f = || Syntax::new(Datum::Bool(false), p.clone());
            call(
                "if",
                vec![
                    call("%heap-object?", vec![sym(obj, p)], p),
                    call("if", vec![is_record, is_this, f()], p),
                    f(),
                ],
                p,
            )
        };
        let type_error = |who: &str, obj: &str, p: &Pos| {
            call(
                "%type-error",
                vec![quote(sym(who, p), p), quote(sym(shown, p), p), sym(obj, p)],
                p,
            )
        };

        let mut out = vec![sym("begin", pos)];
        let names = fields.iter().map(|f| sym(f.0, f.3)).collect();
        out.push(list(
            vec![
                sym("define", pos),
                sym(type_name, pos),
                call(
                    "%make-record-type",
                    vec![quote(sym(type_name, pos), pos), quote(list(names, pos), pos)],
                    pos,
                ),
            ],
            pos,
        ));
        let p = &ctor.pos;
        let params: Vec<String> =
            ctor_fields.iter().map(|i| self.gensym(fields[i - 1].0)).collect();
        let r = self.gensym("record");
        let size = fields.len() + 1;
        let mut body =
            vec![call("%object-set!", vec![sym(&r, p), int(0, p), sym(type_name, p)], p)];
        for (i, a) in ctor_fields.iter().zip(&params) {
            body.push(call("%object-set!", vec![sym(&r, p), int(*i, p), sym(a, p)], p));
        }
        body.push(sym(&r, p));
        let alloc = call(
            "%alloc-object",
            vec![int(6, p), int(size, p), int(size, p), Syntax::new(Datum::Bool(false), p.clone())],
            p,
        );
        let mut let_form = vec![sym("let", p), list(vec![list(vec![sym(&r, p), alloc], p)], p)];
        let_form.extend(body);
        out.push(define(ctor_name, &params, list(let_form, p), p));
        let obj = self.gensym("obj");
        let p = &items[3].pos;
        out.push(define(pred_name, std::slice::from_ref(&obj), test(&obj, p), p));
        for (i, (_, accessor, modifier, _)) in fields.iter().enumerate() {
            let p = &accessor.pos;
            let name = accessor.datum.base_name().unwrap();
            let get = call("%object-ref", vec![sym(&obj, p), int(i + 1, p)], p);
            let body = call("if", vec![test(&obj, p), get, type_error(name, &obj, p)], p);
            out.push(define(name, std::slice::from_ref(&obj), body, p));
            if let Some(modifier) = modifier {
                let p = &modifier.pos;
                let name = modifier.datum.base_name().unwrap();
                let value = self.gensym("value");
                let set =
                    call("%object-set!", vec![sym(&obj, p), int(i + 1, p), sym(&value, p)], p);
                let body = call("if", vec![test(&obj, p), set, type_error(name, &obj, p)], p);
                out.push(define(name, &[obj.clone(), value], body, p));
            }
        }
        Ok(list(out, pos))
    }
}

/// Name of a procedure defined as `name` inside the procedure `ctx`.
fn qualify(ctx: &str, name: &str) -> String {
    if ctx.is_empty() { name.to_string() } else { format!("{ctx}.{name}") }
}
