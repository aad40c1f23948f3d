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

/// What an import set adds: names that mean other globals, and a prefix that applies to the
/// library's own names.
struct ImportSet {
    renames: Vec<(String, String)>,
    prefix: String,
}

fn ident_name(s: &Syntax) -> Option<String> {
    s.datum.base_name().map(str::to_string)
}

/// Parse the import set `s`: a library name, or `only`, `except`, `prefix` or `rename` of one.
fn import_set(s: &Syntax) -> Result<ImportSet> {
    let bad = || err(&s.pos, format!("bad import set {}", s.datum.strip()));
    let Some(items) = s.list().filter(|l| !l.is_empty()) else { return bad() };
    let head = items[0].datum.base_name();
    let inner = || import_set(&items[1]);
    match head {
        Some("only" | "except") if items.len() >= 2 => {
            // Every name stays visible in the one namespace: only and except restrict nothing.
            let set = inner()?;
            if items[2..].iter().any(|i| i.ident().is_none()) {
                return bad();
            }
            Ok(set)
        }
        Some("prefix") if items.len() == 3 => {
            let mut set = inner()?;
            let Some(p) = ident_name(&items[2]) else { return bad() };
            for (visible, _) in &mut set.renames {
                *visible = format!("{p}{visible}");
            }
            set.prefix = format!("{p}{}", set.prefix);
            Ok(set)
        }
        Some("rename") if items.len() >= 2 => {
            let mut set = inner()?;
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
                    None if !set.prefix.is_empty() && from.starts_with(set.prefix.as_str()) => {
                        from[set.prefix.len()..].to_string()
                    }
                    None => from.clone(),
                };
                set.renames.push((to, target));
            }
            Ok(set)
        }
        _ if is_library(s) => Ok(ImportSet { renames: Vec::new(), prefix: String::new() }),
        _ if items.iter().all(|i| i.ident().is_some() || matches!(i.datum, Datum::Int(_))) => err(
            &s.pos,
            format!(
                "import: unknown library {}; VVM has the standard libraries only (define-library is not supported yet)",
                s.datum.strip()
            ),
        ),
        _ => bad(),
    }
}

/// Apply `(import SET ...)` (its elements after the head) to the global environment.
pub fn import(sets: &[Syntax], macros: &mut Macros) -> Result<()> {
    let parsed = sets.iter().map(import_set).collect::<Result<Vec<_>>>()?;
    for set in parsed {
        for (visible, target) in &set.renames {
            macros.rename(visible, target);
        }
        macros.add_prefix(&set.prefix);
    }
    Ok(())
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
