//! The disassembly listing of a code object: offset, bytes and Intel syntax per instruction,
//! with relocated fields named. This is the text `--emit asm` prints and the snapshots hold;
//! the in-image disassembler (`src-vvm/debug/disassemble.vvm`, later) prints the same.

use crate::codegen::{CodeObject, RelocTarget};
use crate::ir::{Module, const_text};
use iced_x86::{Decoder, DecoderOptions, Formatter, IntelFormatter};
use std::fmt::Write as _;

/// The formatter with the options the listing uses.
pub fn formatter() -> IntelFormatter {
    let mut f = IntelFormatter::new();
    let o = f.options_mut();
    o.set_space_after_operand_separator(true);
    o.set_hex_prefix("0x");
    o.set_hex_suffix("");
    o.set_uppercase_hex(false);
    o.set_branch_leading_zeros(false);
    o.set_leading_zeros(false);
    f
}

/// Print `code` as a listing; `module` names relocated constants.
pub fn listing(code: &CodeObject, module: Option<&Module>, out: &mut String) {
    let _ = writeln!(out, "function {}", code.name);
    let mut fmt = formatter();
    let mut dec = Decoder::with_ip(64, &code.code, 0, DecoderOptions::NONE);
    for ins in &mut dec {
        let start = ins.ip() as usize;
        let end = start + ins.len();
        let bytes: Vec<String> = code.code[start..end].iter().map(|b| format!("{b:02x}")).collect();
        let mut text = String::new();
        fmt.format(&ins, &mut text);
        let note = code
            .relocs
            .iter()
            .find(|r| (r.offset as usize) >= start && (r.offset as usize) < end)
            .map(|r| match &r.target {
                RelocTarget::Symbol(s) => format!("  ; symbol {s}"),
                RelocTarget::Const(c) => match module {
                    Some(m) => format!("  ; {}", const_text(c, m)),
                    None => "  ; constant".to_string(),
                },
                RelocTarget::Function(f) => match module {
                    Some(m) => format!("  ; code {}", m.functions[*f].name),
                    None => "  ; code".to_string(),
                },
            })
            .unwrap_or_default();
        let _ = writeln!(out, "  {start:04x}  {:<30} {text}{note}", bytes.join(" "));
    }
}
