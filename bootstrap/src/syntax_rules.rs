//! The macro engine of expand-syntax: `syntax-rules` transformers, parsed from their syntax and
//! applied to a use. Hygiene is by renaming: every identifier a template introduces becomes an
//! `Alias` (one per identifier and expansion), which means what the identifier meant where the
//! macro was defined unless the expansion itself binds it; the expander resolves aliases
//! (`expand_syntax.rs`, `resolve`). Matching literals asks the expander whether two identifiers
//! have the same binding, through the `same_binding` argument.
//! Mirrors `src-vvm/compiler/syntax-rules.vvm`.

use crate::datum::{Alias, Datum, Pos, Syntax};
use crate::error::{CompileError, Result};
use std::rc::Rc;

/// A `syntax-rules` transformer.
#[derive(Debug)]
pub struct Macro {
    /// The keyword it was defined as, for messages.
    pub name: String,
    /// The ellipsis identifier's name (`...` unless the rules name another), or none when the
    /// literals include it.
    ellipsis: Option<String>,
    /// The literals, as written.
    literals: Vec<Datum>,
    /// The rules: pattern (its keyword position ignored) and template.
    rules: Vec<(Syntax, Syntax)>,
    /// How many scopes of the expander the definition environment holds.
    pub depth: usize,
}

fn err<T>(pos: &Pos, msg: impl Into<String>) -> Result<T> {
    Err(CompileError::new(pos, msg))
}

/// Parse `(syntax-rules [ELLIPSIS] (LITERAL ...) (PATTERN TEMPLATE) ...)` (the whole `spec`,
/// whose head the expander has checked) into a macro named `name` defined at `depth`.
pub fn parse(name: &str, spec: &Syntax, depth: usize) -> Result<Macro> {
    let usage = format!(
        "bad syntax-rules for {name}: expected (syntax-rules (literal ...) (pattern template) ...)"
    );
    let Some(items) = spec.list() else { return err(&spec.pos, usage) };
    let mut i = 1;
    let mut ellipsis = Some("...".to_string());
    if let Some(e) = items.get(1).and_then(|s| s.datum.base_name()) {
        ellipsis = Some(e.to_string());
        i = 2;
    }
    let Some(lits) = items.get(i).and_then(Syntax::list) else { return err(&spec.pos, usage) };
    let mut literals = Vec::new();
    for l in lits {
        let Some(id) = l.ident() else {
            return err(&l.pos, format!("bad literal in syntax-rules for {name}: {}", l.datum));
        };
        if id.base_name() == ellipsis.as_deref() {
            ellipsis = None;
        }
        literals.push(id.clone());
    }
    let mut rules = Vec::new();
    for r in &items[i + 1..] {
        match r.list() {
            Some([p, t]) if p.list().is_some_and(|l| !l.is_empty()) || is_dotted(p) => {
                rules.push((p.clone(), t.clone()));
            }
            _ => {
                return err(
                    &r.pos,
                    format!("bad rule in syntax-rules for {name}: expected (pattern template)"),
                );
            }
        }
    }
    Ok(Macro { name: name.to_string(), ellipsis, literals, rules, depth })
}

fn is_dotted(s: &Syntax) -> bool {
    matches!(&s.datum, Datum::List(items, Some(_)) if !items.is_empty())
}

/// What a pattern variable matched: one form, or a sequence of matches (one per ellipsis level).
#[derive(Debug, Clone)]
enum Match {
    One(Syntax),
    Many(Vec<Match>),
}

/// Pattern variables and what they matched, in the order they occur in the pattern.
type Bindings = Vec<(Datum, Match)>;

/// Whether `a` and `b` are the same identifier (the same symbol, or the same alias).
pub fn same_ident(a: &Datum, b: &Datum) -> bool {
    match (a, b) {
        (Datum::Sym(x), Datum::Sym(y)) => x == y,
        (Datum::Alias(x), Datum::Alias(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}

fn lookup<'a>(b: &'a Bindings, id: &Datum) -> Option<&'a Match> {
    b.iter().rev().find(|(k, _)| same_ident(k, id)).map(|(_, m)| m)
}

/// The parts of a list or vector datum: its elements and, for a dotted list, its tail.
fn parts(d: &Datum) -> Option<(&[Syntax], Option<&Syntax>)> {
    match d {
        Datum::List(items, tail) => Some((items, tail.as_deref())),
        _ => None,
    }
}

impl Macro {
    fn is_ellipsis(&self, s: &Syntax) -> bool {
        self.ellipsis.is_some() && s.datum.base_name() == self.ellipsis.as_deref()
    }

    /// Expand the use `form` (a list headed by the macro's keyword). `same_binding(literal,
    /// id)` says whether the pattern literal (in the definition environment) and the form's
    /// identifier (at the use) mean the same thing.
    pub fn expand(
        &self,
        form: &Syntax,
        same_binding: &dyn Fn(&Datum, &Datum) -> bool,
    ) -> Result<Syntax> {
        let m = Matcher { mac: self, same_binding };
        let Some((items, tail)) = parts(&form.datum) else { unreachable!("a macro use is a list") };
        for (pattern, template) in &self.rules {
            let (pitems, ptail) = parts(&pattern.datum).expect("a pattern is a list");
            let mut b = Vec::new();
            if m.list(&pitems[1..], ptail, &items[1..], tail, &form.pos, &mut b) {
                let mut t = Template { mac: self, pos: &form.pos, renames: Vec::new() };
                return t.expand(template, &b, false);
            }
        }
        err(&form.pos, format!("no syntax-rules clause of {} matches {}", self.name, form.datum))
    }
}

struct Matcher<'a> {
    mac: &'a Macro,
    same_binding: &'a dyn Fn(&Datum, &Datum) -> bool,
}

impl Matcher<'_> {
    /// Match the pattern `p` against the form `f`, adding to `b`.
    fn one(&self, p: &Syntax, f: &Syntax, b: &mut Bindings) -> bool {
        match &p.datum {
            id @ (Datum::Sym(_) | Datum::Alias(_)) => {
                if self.mac.literals.iter().any(|l| same_ident(l, id)) {
                    return f.ident().is_some_and(|fi| (self.same_binding)(id, fi));
                }
                if id.base_name() != Some("_") {
                    b.push((id.clone(), Match::One(f.clone())));
                }
                true
            }
            Datum::List(pitems, ptail) => match &f.datum {
                Datum::List(fitems, ftail) => {
                    self.list(pitems, ptail.as_deref(), fitems, ftail.as_deref(), &f.pos, b)
                }
                _ => false,
            },
            Datum::Vector(pitems) => match &f.datum {
                Datum::Vector(fitems) => self.list(pitems, None, fitems, None, &f.pos, b),
                _ => false,
            },
            d => d.strip() == f.datum.strip(),
        }
    }

    /// Match the list pattern `pitems . ptail` against the list form `fitems . ftail` (at
    /// `pos`), with at most one ellipsis among `pitems`.
    fn list(
        &self,
        pitems: &[Syntax],
        ptail: Option<&Syntax>,
        fitems: &[Syntax],
        ftail: Option<&Syntax>,
        pos: &Pos,
        b: &mut Bindings,
    ) -> bool {
        let ell = pitems.iter().position(|p| self.mac.is_ellipsis(p));
        let (before, rep, after) = match ell {
            Some(e) if e > 0 => (&pitems[..e - 1], Some(&pitems[e - 1]), &pitems[e + 1..]),
            _ => (pitems, None, &pitems[..0]),
        };
        let fixed = before.len() + after.len();
        if fitems.len() < fixed || (rep.is_none() && ptail.is_none() && fitems.len() != fixed) {
            return false;
        }
        if ptail.is_none() && ftail.is_some() {
            return false;
        }
        for (p, f) in before.iter().zip(fitems) {
            if !self.one(p, f, b) {
                return false;
            }
        }
        let mut next = before.len();
        if let Some(rep) = rep {
            let n = fitems.len() - fixed;
            let mut seqs: Vec<Bindings> = Vec::with_capacity(n);
            for f in &fitems[next..next + n] {
                let mut bi = Vec::new();
                if !self.one(rep, f, &mut bi) {
                    return false;
                }
                seqs.push(bi);
            }
            for v in pattern_vars(rep, self.mac) {
                let ms = seqs.iter().map(|s| lookup(s, &v).unwrap().clone()).collect();
                b.push((v, Match::Many(ms)));
            }
            next += n;
            for (p, f) in after.iter().zip(&fitems[next..]) {
                if !self.one(p, f, b) {
                    return false;
                }
            }
            next += after.len();
        }
        match ptail {
            None => true,
            Some(pt) => {
                let rest = match (&fitems[next..], ftail) {
                    ([], Some(t)) => t.clone(),
                    (more, t) => Syntax::new(
                        Datum::List(more.to_vec(), t.map(|t| Box::new(t.clone()))),
                        more.first().map_or(pos, |s| &s.pos).clone(),
                    ),
                };
                self.one(pt, &rest, b)
            }
        }
    }
}

/// The pattern variables of the pattern `p`, in order.
fn pattern_vars(p: &Syntax, mac: &Macro) -> Vec<Datum> {
    let mut ids = Vec::new();
    template_idents(p, &mut ids);
    ids.retain(|id| {
        !(mac.ellipsis.is_some() && id.base_name() == mac.ellipsis.as_deref())
            && id.base_name() != Some("_")
            && !mac.literals.iter().any(|l| same_ident(l, id))
    });
    ids
}

/// One instantiation of a template: the use's position, and the alias made for each template
/// identifier so far.
struct Template<'a> {
    mac: &'a Macro,
    pos: &'a Pos,
    renames: Vec<(Datum, Datum)>,
}

impl Template<'_> {
    fn rename(&mut self, id: &Datum) -> Datum {
        if let Some((_, a)) = self.renames.iter().find(|(k, _)| same_ident(k, id)) {
            return a.clone();
        }
        let a = Datum::Alias(Rc::new(Alias { name: id.clone(), depth: self.mac.depth }));
        self.renames.push((id.clone(), a.clone()));
        a
    }

    /// Instantiate the template `t` with the bindings `b`; `escaped` inside `(... ...)`.
    fn expand(&mut self, t: &Syntax, b: &Bindings, escaped: bool) -> Result<Syntax> {
        let pos = self.pos.clone();
        match &t.datum {
            id @ (Datum::Sym(_) | Datum::Alias(_)) => match lookup(b, id) {
                Some(Match::One(s)) => Ok(s.clone()),
                Some(Match::Many(_)) => err(
                    &pos,
                    format!(
                        "in {}: pattern variable {id} is used with too few ellipses",
                        self.mac.name
                    ),
                ),
                None => Ok(Syntax::new(self.rename(id), pos)),
            },
            Datum::List(items, tail) => {
                if !escaped
                    && let [e, inner] = &items[..]
                    && tail.is_none()
                    && self.mac.is_ellipsis(e)
                {
                    return self.expand(inner, b, true);
                }
                let mut out = Vec::new();
                let mut i = 0;
                while i < items.len() {
                    let mut depth = 0;
                    while !escaped
                        && items.get(i + 1 + depth).is_some_and(|s| self.mac.is_ellipsis(s))
                    {
                        depth += 1;
                    }
                    if depth == 0 {
                        out.push(self.expand(&items[i], b, escaped)?);
                    } else {
                        self.repeat(&items[i], depth, b, &mut out)?;
                    }
                    i += 1 + depth;
                }
                let mut tail = match tail {
                    Some(t) => Some(Box::new(self.expand(t, b, escaped)?)),
                    None => None,
                };
                // A tail that expanded to a list continues the list.
                while let Some(Datum::List(more, rest)) = tail.as_deref().map(|t| &t.datum) {
                    out.extend(more.iter().cloned());
                    tail = rest.clone();
                }
                Ok(Syntax::new(Datum::List(out, tail), pos))
            }
            Datum::Vector(items) => {
                let l = Syntax::new(Datum::List(items.clone(), None), t.pos.clone());
                let Datum::List(out, _) = self.expand(&l, b, escaped)?.datum else {
                    unreachable!("a list template expands to a list")
                };
                Ok(Syntax::new(Datum::Vector(out), pos))
            }
            d => Ok(Syntax::new(d.clone(), pos)),
        }
    }

    /// Instantiate `t` followed by `depth` ellipses, pushing each result onto `out`.
    fn repeat(
        &mut self,
        t: &Syntax,
        depth: usize,
        b: &Bindings,
        out: &mut Vec<Syntax>,
    ) -> Result<()> {
        let mut vars = Vec::new();
        template_idents(t, &mut vars);
        let seqs: Vec<(&Datum, &Vec<Match>)> = vars
            .iter()
            .filter_map(|v| match lookup(b, v) {
                Some(Match::Many(ms)) => Some((v, ms)),
                _ => None,
            })
            .collect();
        let Some(n) = seqs.first().map(|(_, ms)| ms.len()) else {
            return err(
                self.pos,
                format!("in {}: no pattern variable to repeat before an ellipsis", self.mac.name),
            );
        };
        if seqs.iter().any(|(_, ms)| ms.len() != n) {
            return err(
                self.pos,
                format!(
                    "in {}: pattern variables repeated together matched different lengths",
                    self.mac.name
                ),
            );
        }
        for i in 0..n {
            let mut bi = b.clone();
            for (v, ms) in &seqs {
                bi.push(((*v).clone(), ms[i].clone()));
            }
            if depth == 1 {
                out.push(self.expand(t, &bi, false)?);
            } else {
                self.repeat(t, depth - 1, &bi, out)?;
            }
        }
        Ok(())
    }
}

/// Every identifier in the syntax `t`, in order, with repeats.
pub fn idents(t: &Syntax, out: &mut Vec<Datum>) {
    template_idents(t, out)
}

/// Every identifier in the template `t`, in order, with repeats.
fn template_idents(t: &Syntax, out: &mut Vec<Datum>) {
    match &t.datum {
        id @ (Datum::Sym(_) | Datum::Alias(_)) => out.push(id.clone()),
        Datum::List(items, tail) => {
            for s in items.iter().chain(tail.as_deref()) {
                template_idents(s, out);
            }
        }
        Datum::Vector(items) => items.iter().for_each(|s| template_idents(s, out)),
        _ => {}
    }
}

/// What a global name means to the expander besides a variable.
#[derive(Debug, Clone)]
pub enum Keyword {
    /// A macro, defined by a top-level `define-syntax`.
    Macro(Rc<Macro>),
    /// Another global name, which an `import` with `rename` or `prefix` made this one mean.
    Renamed(String),
    /// The global name of a user library's own definition, while the library is expanded:
    /// `x` means `foo/bar:x` inside `(foo bar)`.
    Private(String),
    /// A global variable defined under a name an import's prefix would otherwise strip, or
    /// under the name of a primitive (which calls then no longer open-code).
    Variable,
}

/// A user library loaded: the text of its name, the prefix of its private names, its exports
/// (external name, global name).
pub type LoadedLibrary = (String, String, Vec<(String, String)>);

/// The global syntactic environment: what top-level `define-syntax` and `import` forms have
/// defined so far, passed from file to file.
#[derive(Debug, Clone, Default)]
pub struct Macros {
    table: std::collections::HashMap<String, Keyword>,
    /// Prefixes an `import` with `prefix` added: `s:car` means `car` under the prefix `s:`.
    prefixes: Vec<String>,
    /// The user libraries loaded so far: the text of the name, the prefix of its private
    /// names, its exports (external name, global name).
    libraries: Vec<LoadedLibrary>,
}

impl Macros {
    /// An empty environment.
    pub fn new() -> Macros {
        Macros::default()
    }

    /// What the global `name` means: a macro, or the global name it stands for (itself unless
    /// an import renamed it). The name a rename or a prefix gives is final: it names a global
    /// of the VM or a library, which is a macro or a variable.
    pub fn resolve(&self, name: &str) -> std::result::Result<Rc<Macro>, String> {
        let target = match self.table.get(name) {
            Some(Keyword::Macro(m)) => return Ok(m.clone()),
            Some(Keyword::Renamed(t) | Keyword::Private(t)) => t.as_str(),
            Some(Keyword::Variable) => return Err(name.to_string()),
            None => match self.prefix_of(name) {
                Some(p) => &name[p.len()..],
                None => return Err(name.to_string()),
            },
        };
        match self.table.get(target) {
            Some(Keyword::Macro(m)) => Ok(m.clone()),
            _ => Err(target.to_string()),
        }
    }

    fn prefix_of(&self, name: &str) -> Option<&str> {
        self.prefixes
            .iter()
            .find(|p| name.len() > p.len() && name.starts_with(p.as_str()))
            .map(String::as_str)
    }

    /// Define `name` as the macro `m`.
    pub fn define_macro(&mut self, name: &str, m: Macro) {
        self.table.insert(name.to_string(), Keyword::Macro(Rc::new(m)));
    }

    /// The global a top-level `define` of `name` defines: a library's private name for it, or
    /// `name` itself (what an import made `name` mean is forgotten, unless it marks a variable).
    pub fn define_target(&mut self, name: &str) -> String {
        match self.table.get(name) {
            Some(Keyword::Private(g)) => g.clone(),
            Some(Keyword::Variable) => name.to_string(),
            _ => {
                self.remove(name);
                name.to_string()
            }
        }
    }

    /// The private global name of `name`, in the library being expanded.
    pub fn private(&self, name: &str) -> Option<String> {
        match self.table.get(name) {
            Some(Keyword::Private(g)) => Some(g.clone()),
            _ => None,
        }
    }

    /// Make `name` the private name `global` while a library is expanded.
    pub fn define_private(&mut self, name: &str, global: &str) {
        self.table.insert(name.to_string(), Keyword::Private(global.to_string()));
    }

    /// The exports of the loaded library whose name has the text `name`.
    pub fn library(&self, name: &str) -> Option<&[(String, String)]> {
        self.libraries.iter().find(|l| l.0 == name).map(|l| l.2.as_slice())
    }

    /// How many user libraries are loaded.
    pub fn library_count(&self) -> usize {
        self.libraries.len()
    }

    /// The libraries loaded after the first `n`: (name text, private prefix, exports).
    pub fn libraries_since(&self, n: usize) -> &[LoadedLibrary] {
        &self.libraries[n..]
    }

    /// Record the library `name` as loaded, with its private prefix and exports.
    pub fn add_library(&mut self, name: &str, prefix: &str, exports: Vec<(String, String)>) {
        self.libraries.push((name.to_string(), prefix.to_string(), exports));
    }

    /// This environment as it was before `self` expanded a library (`inner`, what the library's
    /// expansion left): the libraries it loaded, and the macros they defined under their
    /// private names, are kept; their private names and imports are forgotten.
    pub fn restore(self, mut inner: Macros) -> Macros {
        let mut out = self;
        for (name, prefix, exports) in std::mem::take(&mut inner.libraries) {
            if out.library(&name).is_some() {
                continue;
            }
            for (k, v) in &inner.table {
                if k.starts_with(prefix.as_str()) {
                    out.table.insert(k.clone(), v.clone());
                }
            }
            out.libraries.push((name, prefix, exports));
        }
        out
    }

    /// The global name `name` stands for: what a rename, a private name or a prefix makes it,
    /// else the name itself (`resolve`, naming the macro rather than returning it).
    pub fn global_name(&self, name: &str) -> String {
        match self.table.get(name) {
            Some(Keyword::Renamed(t) | Keyword::Private(t)) => t.clone(),
            Some(_) => name.to_string(),
            None => match self.prefix_of(name) {
                Some(p) => name[p.len()..].to_string(),
                None => name.to_string(),
            },
        }
    }

    /// Make `name` mean the global `target`.
    pub fn rename(&mut self, name: &str, target: &str) {
        if name != target {
            self.table.insert(name.to_string(), Keyword::Renamed(target.to_string()));
        }
    }

    /// Make every name that starts with `prefix` mean the name without it.
    pub fn add_prefix(&mut self, prefix: &str) {
        if !prefix.is_empty() && !self.prefixes.iter().any(|p| p == prefix) {
            self.prefixes.push(prefix.to_string());
        }
    }

    /// Make the global `name` a variable of the program's own: calls to it are calls, even if
    /// it is the name of a primitive.
    pub fn define_variable(&mut self, name: &str) {
        self.table.insert(name.to_string(), Keyword::Variable);
    }

    /// Whether the program defined or assigned the global `name` (`define_variable`).
    pub fn is_variable(&self, name: &str) -> bool {
        matches!(self.table.get(name), Some(Keyword::Variable))
    }

    /// Forget what `name` meant: a top-level `define` makes it a variable.
    pub fn remove(&mut self, name: &str) {
        if self.prefix_of(name).is_some() {
            self.table.insert(name.to_string(), Keyword::Variable);
        } else {
            self.table.remove(name);
        }
    }
}
