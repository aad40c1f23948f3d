//! `image-builder`: the command line of the image builder. Builds the default image, an image
//! with a main program, or prints the IR or disassembly the cross-compiler produces for a file.

use argh::FromArgs;
use bootstrap::codegen::x64::listing::listing;
use bootstrap::pipeline;
use image_builder::{elf, link, sources};
use std::path::PathBuf;
use std::process::ExitCode;

/// Build a VVM image from src-vvm/ (and a main program), or show what the compiler makes of a file.
#[derive(FromArgs)]
struct Args {
    /// where to write the image (default: image/vvm.image)
    #[argh(option, short = 'o')]
    output: Option<PathBuf>,
    /// a program whose top-level forms run when the image starts
    #[argh(option)]
    main: Option<String>,
    /// print `ir` or `asm` for FILE instead of building an image
    #[argh(option)]
    emit: Option<String>,
    /// print the output of the named pass for FILE (read, expand-syntax, convert-assignments,
    /// convert-closures, generate-ir)
    #[argh(option)]
    dump_after: Option<String>,
    /// the source folder holding BUILD-ORDER (default: src-vvm)
    #[argh(option)]
    src: Option<PathBuf>,
    /// the file for --emit and --dump-after
    #[argh(positional)]
    file: Option<String>,
}

/// The compiler's passes recurse over the program's nesting (macro expansions nest up to
/// 1000 deep); they run on a thread with this much stack (reserved, touched only as used).
const COMPILER_STACK: usize = 1 << 30;

fn main() -> ExitCode {
    let args: Args = argh::from_env();
    let compiler = std::thread::Builder::new().stack_size(COMPILER_STACK).spawn(move || run(args));
    let result = match compiler {
        Ok(handle) => handle.join().unwrap_or_else(|_| Err("the compiler panicked".into())),
        Err(e) => Err(format!("cannot start the compiler's thread: {e}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("image-builder: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Args) -> Result<(), String> {
    if let Some(what) = args.emit.as_deref().or(args.dump_after.as_deref()) {
        let file = args.file.as_deref().ok_or("--emit and --dump-after need a FILE")?;
        let text = std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?;
        let name = sources::toplevel_name(file);
        let src = args.src.clone().unwrap_or_else(sources::default_src_dir);
        let macros = &mut sources::prelude(&src)?;
        let out = match (args.emit.as_deref(), what) {
            (Some(_), "ir") => pipeline::dump_after(file, &text, &name, "generate-ir", macros)
                .map_err(|e| e.to_string())?,
            (Some(_), "asm") => {
                let c = pipeline::compile_file(file, &text, &name, macros)
                    .map_err(|e| e.to_string())?;
                let mut s = String::new();
                for code in &c.code {
                    listing(code, Some(&c.module), &mut s);
                }
                s
            }
            (Some(_), other) => return Err(format!("--emit takes ir or asm, not {other}")),
            (None, pass) => {
                if !pipeline::PASSES.iter().any(|(p, _)| *p == pass) || pass == "emit-x64" {
                    return Err(format!(
                        "unknown pass {pass}; the passes are read, expand-syntax, convert-assignments, convert-closures, generate-ir"
                    ));
                }
                pipeline::dump_after(file, &text, &name, pass, macros).map_err(|e| e.to_string())?
            }
        };
        print!("{out}");
        return Ok(());
    }
    if args.file.is_some() {
        return Err(
            "a FILE is only taken with --emit or --dump-after; use --main FILE to build a program"
                .into(),
        );
    }
    let src = args.src.unwrap_or_else(sources::default_src_dir);
    let units = sources::compile_image_sources(&src, args.main.as_deref())?;
    let layout = link::link(&units);
    let bytes = elf::write_image(&layout);
    let out = args.output.unwrap_or_else(|| src.join("..").join("image").join("vvm.image"));
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    // Write to a temporary file and rename, so a running vvm never maps a half-written image.
    let tmp = out.with_extension("tmp");
    std::fs::write(&tmp, &bytes).map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, &out).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    Ok(())
}
