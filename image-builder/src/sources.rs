//! Finding and compiling the sources of an image: `src-vvm/BUILD-ORDER` lists the files in load
//! order; the main program, if any, comes last.

use crate::link::LinkUnit;
use bootstrap::pipeline;
use bootstrap::syntax_rules::Macros;
use std::path::{Path, PathBuf};

/// The source folder: `./src-vvm` when run from the repository, else the one beside this crate.
pub fn default_src_dir() -> PathBuf {
    let here = Path::new("src-vvm");
    if here.join("BUILD-ORDER").exists() {
        return here.to_path_buf();
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("src-vvm")
}

/// Name of the top-level thunk of `file`: its stem and `.toplevel`.
pub fn toplevel_name(file: &str) -> String {
    let stem = Path::new(file).file_stem().and_then(|s| s.to_str()).unwrap_or("program");
    format!("{stem}.toplevel")
}

/// Read BUILD-ORDER: one path per line, relative to the source folder; `#` starts a comment.
pub fn build_order(src: &Path) -> Result<Vec<String>, String> {
    let path = src.join("BUILD-ORDER");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| l.to_string())
        .collect())
}

/// The file of the derived forms, relative to the source folder: every compile starts from
/// the macros it defines.
pub const PRELUDE: &str = "syntax/derived.vvm";

/// The macros of the prelude in the source folder `src`.
pub fn prelude(src: &Path) -> Result<Macros, String> {
    let recorded = format!("src-vvm/{PRELUDE}");
    let text = std::fs::read_to_string(src.join(PRELUDE))
        .map_err(|e| format!("cannot read {recorded}: {e}"))?;
    pipeline::prelude_macros(&recorded, &text).map_err(|e| e.to_string())
}

/// Compile one file; `recorded` is the name debug information and errors use. `macros` holds
/// the global macros of the files compiled before it.
pub fn compile(
    path: &Path,
    recorded: &str,
    is_program: bool,
    macros: &mut Macros,
) -> Result<LinkUnit, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {recorded}: {e}"))?;
    let compiled = pipeline::compile_file(recorded, &text, &toplevel_name(recorded), macros)
        .map_err(|e| e.to_string())?;
    Ok(LinkUnit { file: recorded.to_string(), compiled, is_program })
}

/// Compile the runtime sources in BUILD-ORDER and, if given, the main program.
pub fn compile_image_sources(src: &Path, main: Option<&str>) -> Result<Vec<LinkUnit>, String> {
    let mut units = Vec::new();
    let macros = &mut prelude(src)?;
    for rel in build_order(src)? {
        let recorded = format!("src-vvm/{rel}");
        units.push(compile(&src.join(&rel), &recorded, false, macros)?);
    }
    if let Some(m) = main {
        units.push(compile(Path::new(m), m, true, macros)?);
    }
    Ok(units)
}
