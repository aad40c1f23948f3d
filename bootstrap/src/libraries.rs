//! The forms of expand-syntax that look outside the program: `import` (of the standard
//! libraries: every name is a global of the one namespace, so an import only adds the names its
//! `prefix` and `rename` make), `cond-expand` (the features and libraries of this VM) and
//! `include` (the forms of another file, whose positions name it).
//! Mirrors `src-vvm/compiler/libraries.vvm`.

use crate::datum::{Datum, Pos, Syntax};
use crate::error::{CompileError, Result};
use crate::reader;
use crate::syntax_rules::Macros;

/// The feature identifiers of `cond-expand` and `(features)` (R7RS appendix B).
pub const FEATURES: &[&str] = &[
    "r7rs",
    "exact-closed",
    "ieee-float",
    "posix",
    "unix",
    "linux",
    "x86-64",
    "little-endian",
    "vvm",
];

/// The libraries `import` and `cond-expand` know: R7RS-small's and the SRFIs VVM implements.
pub const LIBRARIES: &[&str] = &[
    "(scheme base)",
    "(scheme case-lambda)",
    "(scheme char)",
    "(scheme complex)",
    "(scheme cxr)",
    "(scheme eval)",
    "(scheme file)",
    "(scheme inexact)",
    "(scheme lazy)",
    "(scheme load)",
    "(scheme process-context)",
    "(scheme read)",
    "(scheme repl)",
    "(scheme time)",
    "(scheme write)",
    "(scheme r5rs)",
    "(srfi 6)",
    "(srfi 8)",
    "(srfi 9)",
    "(srfi 23)",
    "(srfi 39)",
    "(srfi 69)",
];

fn err<T>(pos: &Pos, msg: impl Into<String>) -> Result<T> {
    Err(CompileError::new(pos, msg))
}

/// Whether `s` is a known library name.
fn is_library(s: &Syntax) -> bool {
    let text = s.datum.strip().to_string();
    LIBRARIES.contains(&text.as_str())
}

/// What an import set adds: names that mean other globals, and a prefix that applies to a
/// standard library's own names. A user library's set is exact: its renames are all it adds.
pub struct ImportSet {
    /// (visible name, global name).
    pub renames: Vec<(String, String)>,
    /// The prefix of a standard library's names.
    pub prefix: String,
    exact: bool,
}

fn ident_name(s: &Syntax) -> Option<String> {
    s.datum.base_name().map(str::to_string)
}

/// A user library's exports, (external name, global name), as `load` finds them.
pub type Exports = Vec<(String, String)>;

/// Parse the import set `s`: a library name, or `only`, `except`, `prefix` or `rename` of one.
/// `load` gives the exports of a user library (loading it the first time).
pub fn import_set(
    s: &Syntax,
    load: &mut dyn FnMut(&Syntax) -> Result<Exports>,
) -> Result<ImportSet> {
    let bad = || err(&s.pos, format!("bad import set {}", s.datum.strip()));
    let Some(items) = s.list().filter(|l| !l.is_empty()) else { return bad() };
    let head = items[0].datum.base_name();
    match head {
        Some(h @ ("only" | "except")) if items.len() >= 2 => {
            let mut set = import_set(&items[1], load)?;
            let mut ids = Vec::new();
            for i in &items[2..] {
                let Some(n) = ident_name(i) else { return bad() };
                ids.push(n);
            }
            // A standard library's names stay visible in the one namespace: only and except
            // restrict a user library's exports only.
            if set.exact {
                set.renames.retain(|(v, _)| ids.contains(v) == (h == "only"));
            }
            Ok(set)
        }
        Some("prefix") if items.len() == 3 => {
            let mut set = import_set(&items[1], load)?;
            let Some(p) = ident_name(&items[2]) else { return bad() };
            for (visible, _) in &mut set.renames {
                *visible = format!("{p}{visible}");
            }
            if !set.exact {
                set.prefix = format!("{p}{}", set.prefix);
            }
            Ok(set)
        }
        Some("rename") if items.len() >= 2 => {
            let mut set = import_set(&items[1], load)?;
            for pair in &items[2..] {
                let (Some(from), Some(to)) = (
                    pair.list().and_then(|p| p.first()).and_then(ident_name),
                    pair.list().and_then(|p| p.get(1)).and_then(ident_name),
                ) else {
                    return bad();
                };
                if pair.list().map(<[Syntax]>::len) != Some(2) {
                    return bad();
                }
                let target = match set.renames.iter().position(|(v, _)| *v == from) {
                    Some(i) => set.renames.remove(i).1,
                    None if set.exact => {
                        return err(
                            &pair.pos,
                            format!("import: {from} is not exported by {}", items[1].datum.strip()),
                        );
                    }
                    None if !set.prefix.is_empty() && from.starts_with(set.prefix.as_str()) => {
                        from[set.prefix.len()..].to_string()
                    }
                    None => from.clone(),
                };
                set.renames.push((to, target));
            }
            Ok(set)
        }
        _ if is_library(s) => {
            Ok(ImportSet { renames: Vec::new(), prefix: String::new(), exact: false })
        }
        _ if is_library_name(s) => {
            Ok(ImportSet { renames: load(s)?, prefix: String::new(), exact: true })
        }
        _ => bad(),
    }
}

/// Whether `s` has the shape of a library name: a list of identifiers and exact integers.
pub fn is_library_name(s: &Syntax) -> bool {
    s.list().is_some_and(|items| {
        !items.is_empty()
            && items
                .iter()
                .all(|i| i.ident().is_some() || matches!(i.datum, Datum::Int(n) if n >= 0))
    })
}

/// Add what the import set `set` makes visible to the global environment.
pub fn apply(set: &ImportSet, macros: &mut Macros) {
    for (visible, target) in &set.renames {
        macros.rename(visible, target);
    }
    macros.add_prefix(&set.prefix);
}

/// The file of the library named `name` (its text as a datum, `(foo bar)`): `DIR/foo/bar.sld`
/// for DIR in `VVM_LIBRARY_PATH` (colon-separated), then the directory of `from`, the file of
/// the unit that imports it (a library that imports another finds it the same way).
pub fn library_file(name: &Syntax, from: &str) -> Result<String> {
    let parts: Vec<String> =
        name.list().unwrap_or(&[]).iter().map(|p| p.datum.strip().to_string()).collect();
    let rel = format!("{}.sld", parts.join("/"));
    let mut dirs: Vec<String> = match std::env::var("VVM_LIBRARY_PATH") {
        Ok(p) => p.split(':').filter(|d| !d.is_empty()).map(str::to_string).collect(),
        Err(_) => Vec::new(),
    };
    dirs.push(match from.rfind('/') {
        Some(i) => from[..i].to_string(),
        None => ".".to_string(),
    });
    for d in &dirs {
        let path = if d == "." { rel.clone() } else { format!("{d}/{rel}") };
        if std::path::Path::new(&path).is_file() {
            return Ok(path);
        }
    }
    err(
        &name.pos,
        format!(
            "import: unknown library {}: no {rel} in VVM_LIBRARY_PATH or beside {from}",
            name.datum.strip()
        ),
    )
}

/// The prefix of the global names a user library's definitions get: `foo/bar:` for `(foo bar)`.
pub fn private_prefix(name: &Syntax) -> String {
    let parts: Vec<String> =
        name.list().unwrap_or(&[]).iter().map(|p| p.datum.strip().to_string()).collect();
    format!("{}:", parts.join("/"))
}

/// The names the library body `forms` defines at its top level: `define`, `define-values`,
/// `define-record-type`, `define-syntax`, inside `begin`s (a macro use that expands to a
/// definition is not seen: it defines a public global).
pub fn defined_names(forms: &[Syntax], out: &mut Vec<String>) {
    for f in forms {
        let Some(items) = f.list().filter(|i| !i.is_empty()) else { continue };
        let name = |s: &Syntax| -> Option<String> {
            match &s.datum {
                Datum::List(h, _) => h.first().and_then(ident_name),
                _ => ident_name(s),
            }
        };
        match items[0].datum.base_name() {
            Some("define" | "define-syntax") => out.extend(items.get(1).and_then(name)),
            Some("define-values") => {
                if let Some(formals) = items.get(1) {
                    let mut ids = Vec::new();
                    crate::syntax_rules::idents(formals, &mut ids);
                    out.extend(ids.iter().filter_map(|d| d.base_name().map(str::to_string)));
                }
            }
            Some("define-record-type") => {
                out.extend(items.get(1).and_then(ident_name));
                out.extend(items.get(2).and_then(name));
                out.extend(items.get(3).and_then(ident_name));
                for field in items.iter().skip(4) {
                    out.extend(field.list().unwrap_or(&[]).iter().skip(1).filter_map(ident_name));
                }
            }
            Some("begin") => defined_names(&items[1..], out),
            _ => {}
        }
    }
}

/// The spec `(syntax-rules ...)` of a macro, with every template symbol that an import or a
/// library's private definition makes mean another global (`private` gives its global name)
/// replaced by that name, so the macro's expansions mean the same wherever it is used. A quoted
/// template symbol is replaced too (a known limit: it then quotes the global name).
pub fn privatize_spec(spec: &Syntax, private: &dyn Fn(&str) -> Option<String>) -> Syntax {
    let Some(items) = spec.list() else { return spec.clone() };
    let lits = if items.get(1).is_some_and(|s| s.ident().is_some()) { 2 } else { 1 };
    let mut out: Vec<Syntax> = items[..(lits + 1).min(items.len())].to_vec();
    for rule in items.iter().skip(lits + 1) {
        match rule.list() {
            Some([p, t]) => {
                let mut vars = Vec::new();
                crate::syntax_rules::idents(p, &mut vars);
                let t = rename_free(t, &vars, private);
                out.push(Syntax::new(Datum::List(vec![p.clone(), t], None), rule.pos.clone()));
            }
            _ => out.push(rule.clone()),
        }
    }
    Syntax::new(Datum::List(out, None), spec.pos.clone())
}

fn rename_free(t: &Syntax, vars: &[Datum], private: &dyn Fn(&str) -> Option<String>) -> Syntax {
    let d = match &t.datum {
        Datum::Sym(s) if !vars.iter().any(|v| v.base_name() == Some(s)) => match private(s) {
            Some(g) => Datum::Sym(g),
            None => t.datum.clone(),
        },
        Datum::List(items, tail) => Datum::List(
            items.iter().map(|i| rename_free(i, vars, private)).collect(),
            tail.as_ref().map(|x| Box::new(rename_free(x, vars, private))),
        ),
        Datum::Vector(items) => {
            Datum::Vector(items.iter().map(|i| rename_free(i, vars, private)).collect())
        }
        d => d.clone(),
    };
    Syntax::new(d, t.pos.clone())
}

/// Whether the `cond-expand` feature requirement `r` holds.
pub fn requirement(r: &Syntax) -> Result<bool> {
    let bad = || err(&r.pos, format!("bad cond-expand requirement {}", r.datum.strip()));
    if let Some(name) = r.datum.base_name() {
        return Ok(FEATURES.contains(&name));
    }
    let Some(items) = r.list().filter(|l| !l.is_empty()) else { return bad() };
    match items[0].datum.base_name() {
        Some("and") => {
            for i in &items[1..] {
                if !requirement(i)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        Some("or") => {
            for i in &items[1..] {
                if requirement(i)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some("not") if items.len() == 2 => Ok(!requirement(&items[1])?),
        Some("library") if items.len() == 2 => Ok(is_library(&items[1])),
        _ => bad(),
    }
}

/// The forms of the first clause of `(cond-expand CLAUSE ...)` whose requirement holds (or of
/// its `else` clause), as `(begin FORM ...)`; none holding gives `(begin)`.
pub fn cond_expand(form: &Syntax) -> Result<Syntax> {
    let items = form.list().expect("a cond-expand form is a list");
    let pos = &form.pos;
    for (i, clause) in items[1..].iter().enumerate() {
        let Some(c) = clause.list().filter(|c| !c.is_empty()) else {
            return err(&clause.pos, "bad cond-expand clause: expected (requirement form ...)");
        };
        let chosen = if c[0].datum.base_name() == Some("else") {
            if i + 2 != items.len() {
                return err(&clause.pos, "else clause must be the last clause of cond-expand");
            }
            true
        } else {
            requirement(&c[0])?
        };
        if chosen {
            return Ok(begin(c[1..].to_vec(), pos));
        }
    }
    Ok(begin(Vec::new(), pos))
}

fn begin(forms: Vec<Syntax>, pos: &Pos) -> Syntax {
    let mut items = vec![Syntax::new(Datum::Sym("begin".into()), pos.clone())];
    items.extend(forms);
    Syntax::new(Datum::List(items, None), pos.clone())
}

/// The forms of the files `(include "FILE" ...)` names, as `(begin FORM ...)`. A file name is
/// relative to the directory of the file the include is in.
pub fn include(form: &Syntax) -> Result<Syntax> {
    let items = form.list().expect("an include form is a list");
    let pos = &form.pos;
    if items.len() < 2 {
        return err(pos, "bad include: expected (include \"file\" ...)");
    }
    let mut forms = Vec::new();
    for f in &items[1..] {
        let Datum::Str(name) = &f.datum else {
            return err(&f.pos, "bad include: expected (include \"file\" ...)");
        };
        let path = match pos.file.rfind('/') {
            Some(i) if !name.starts_with('/') => format!("{}/{name}", &pos.file[..i]),
            _ => name.clone(),
        };
        let text = std::fs::read_to_string(&path)
            .map_err(|_| CompileError::new(&f.pos, format!("include: cannot read {path}")))?;
        forms.extend(reader::read_all(&path, &text)?);
    }
    Ok(begin(forms, pos))
}
