//! The pipeline: the passes in order, each with the language it produces, and the driver that
//! runs them on one file. `--dump-after PASS` prints the output of any pass by name.

use crate::ast::{Unit, print_expr};
use crate::codegen::{CodeObject, x64};
use crate::datum::Pos;
use crate::error::Result;
use crate::ir::{Module, print_module};
use crate::passes::{convert_assignments, convert_closures, expand_syntax, generate_ir};
use crate::reader;
use crate::syntax_rules::Macros;
use std::rc::Rc;

/// Every pass, in order, with the language it produces.
pub const PASSES: &[(&str, &str)] = &[
    ("read", "syntax: data with positions"),
    ("expand-syntax", "core: locals resolved, derived forms removed"),
    ("convert-assignments", "boxed: adds make-box, unbox, set-box!"),
    ("convert-closures", "closed: lambdas list their free variables"),
    ("generate-ir", "ir: virtual instructions"),
    ("emit-x64", "machine code and metadata"),
];

/// A compiled file: its IR module and one code object per function.
#[derive(Debug, Clone)]
pub struct Compiled {
    /// The virtual instructions.
    pub module: Module,
    /// Machine code, one per function of `module`, same order.
    pub code: Vec<CodeObject>,
}

/// The global macros the file `file` (text `text`) defines: the prelude every compile starts
/// from is `src-vvm/syntax/derived.vvm`'s (image-builder's `sources::prelude`).
pub fn prelude_macros(file: &str, text: &str) -> Result<Macros> {
    let forms = reader::read_all(file, text)?;
    let pos = Pos { file: Rc::from(file), line: 1, col: 1 };
    let mut macros = Macros::new();
    expand_syntax::expand_unit(&forms, "prelude", &pos, &mut macros)?;
    Ok(macros)
}

/// Read and expand `text` (from `file`) into a unit whose top-level thunk is named `name`.
/// `macros` holds the global macros of the files compiled before; the file's own are added.
pub fn front_end(file: &str, text: &str, name: &str, macros: &mut Macros) -> Result<Unit> {
    let forms = reader::read_all(file, text)?;
    let pos = Pos { file: Rc::from(file), line: 1, col: 1 };
    let mut unit = expand_syntax::expand_unit(&forms, name, &pos, macros)?;
    convert_assignments::convert_assignments(&mut unit);
    convert_closures::convert_closures(&mut unit);
    Ok(unit)
}

/// Compile one file completely.
pub fn compile_file(file: &str, text: &str, name: &str, macros: &mut Macros) -> Result<Compiled> {
    let unit = front_end(file, text, name, macros)?;
    let module = generate_ir::generate_ir(&unit);
    let code = module.functions.iter().map(x64::emit_function).collect();
    Ok(Compiled { module, code })
}

/// Run the pipeline up to `pass` and print that pass's output.
pub fn dump_after(
    file: &str,
    text: &str,
    name: &str,
    pass: &str,
    macros: &mut Macros,
) -> Result<String> {
    let forms = reader::read_all(file, text)?;
    if pass == "read" {
        return Ok(forms.iter().map(|f| format!("{}\n", f.datum)).collect());
    }
    let pos = Pos { file: Rc::from(file), line: 1, col: 1 };
    let mut unit = expand_syntax::expand_unit(&forms, name, &pos, macros)?;
    let show = |u: &Unit| {
        let mut s = String::new();
        print_expr(&crate::ast::Expr::Lambda(Box::new(u.toplevel.clone())), &u.vars, &mut s);
        s.push('\n');
        s
    };
    if pass == "expand-syntax" {
        return Ok(show(&unit));
    }
    convert_assignments::convert_assignments(&mut unit);
    if pass == "convert-assignments" {
        return Ok(show(&unit));
    }
    convert_closures::convert_closures(&mut unit);
    if pass == "convert-closures" {
        return Ok(show(&unit));
    }
    let module = generate_ir::generate_ir(&unit);
    Ok(print_module(&module))
}
