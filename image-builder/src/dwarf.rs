//! DWARF for an image: one compile unit per VVM source file, a subprogram and a line sequence
//! per function, and a `.debug_frame` FDE per function. Every address is absolute (the image is
//! linked at its load address), so the sections need no relocations.
//!
//! gdb reads these through the GDB JIT interface (the shim registers the image file) and through
//! `readelf`/`objdump` on the file. The in-image compiler will produce the same sections for
//! run-time code (issue 5); keep this file free of anything it could not do.

use crate::layout::{CfiOp, FunctionDebug, ImageLayout};
use gimli::write::{
    Address, AttributeValue, CallFrameInstruction, CommonInformationEntry, DebugFrame, Dwarf,
    EndianVec, Expression, FrameDescriptionEntry, FrameTable, LineProgram, LineString, Sections,
    Unit,
};
use gimli::{Encoding, Format, LineEncoding, LittleEndian, X86_64};

/// A finished debug section: its name (`.debug_info`, ...) and bytes.
pub struct DebugSection {
    /// Section name.
    pub name: &'static str,
    /// Section contents.
    pub data: Vec<u8>,
}

/// The producer string recorded in every compile unit.
const PRODUCER: &str = "vvm bootstrap compiler";

/// Build `.debug_abbrev`, `.debug_info`, `.debug_line`, `.debug_str`, `.debug_line_str` and
/// `.debug_frame` for `layout`. The order of units follows the first appearance of each file in
/// address order, so the output depends only on the layout.
pub fn debug_sections(layout: &ImageLayout) -> Vec<DebugSection> {
    let encoding = Encoding { format: Format::Dwarf32, version: 5, address_size: 8 };
    let mut dwarf = Dwarf::new();

    // Group functions by file, keeping address order within and first-appearance order across files.
    let mut files: Vec<(&str, Vec<&FunctionDebug>)> = Vec::new();
    for f in &layout.functions {
        match files.iter_mut().find(|(name, _)| *name == f.file) {
            Some((_, fs)) => fs.push(f),
            None => files.push((&f.file, vec![f])),
        }
    }

    for (file, funcs) in &files {
        let comp_dir = LineString::new(&b"."[..], encoding, &mut dwarf.line_strings);
        let file_name = LineString::new(file.as_bytes(), encoding, &mut dwarf.line_strings);
        let mut lp =
            LineProgram::new(encoding, LineEncoding::default(), comp_dir, None, file_name, None);
        let dir = lp.default_directory();
        let file_name = LineString::new(file.as_bytes(), encoding, &mut dwarf.line_strings);
        let file_id = lp.add_file(file_name, dir, None);
        for f in funcs {
            // The body starts once the frame is set up (after `mov rbp, rsp`); gdb places
            // `break FUNC` at the first row marked prologue_end.
            let body = f
                .cfi
                .iter()
                .find(|c| matches!(c.op, CfiOp::CfaRbp(_)))
                .map(|c| c.offset)
                .unwrap_or(0);
            let mut marked = false;
            lp.begin_sequence(Some(Address::Constant(f.addr)));
            for (i, r) in f.rows.iter().enumerate() {
                let row = lp.row();
                row.address_offset = u64::from(r.offset);
                row.file = file_id;
                row.line = u64::from(r.line);
                row.column = u64::from(r.column);
                row.is_statement = true;
                row.prologue_end = !marked && (r.offset >= body && (i > 0 || body == 0));
                marked |= row.prologue_end;
                lp.generate_row();
            }
            lp.end_sequence(f.size);
        }

        let mut unit = Unit::new(encoding, lp);
        let root = unit.root();
        let low = funcs.first().map_or(0, |f| f.addr);
        let high = funcs.last().map_or(0, |f| f.addr + f.size);
        let e = unit.get_mut(root);
        e.set(gimli::DW_AT_producer, AttributeValue::String(PRODUCER.as_bytes().to_vec()));
        e.set(gimli::DW_AT_name, AttributeValue::String(file.as_bytes().to_vec()));
        e.set(gimli::DW_AT_comp_dir, AttributeValue::String(b".".to_vec()));
        // gdb has no VVM language; C lets `print` and linespecs work on the `vvm.NAME` symbols.
        e.set(gimli::DW_AT_language, AttributeValue::Language(gimli::DW_LANG_C99));
        e.set(gimli::DW_AT_low_pc, AttributeValue::Address(Address::Constant(low)));
        e.set(gimli::DW_AT_high_pc, AttributeValue::Udata(high - low));
        for f in funcs {
            let id = unit.add(root, gimli::DW_TAG_subprogram);
            let e = unit.get_mut(id);
            e.set(gimli::DW_AT_name, AttributeValue::String(f.name.as_bytes().to_vec()));
            e.set(gimli::DW_AT_external, AttributeValue::Flag(true));
            e.set(gimli::DW_AT_decl_file, AttributeValue::FileIndex(Some(file_id)));
            e.set(gimli::DW_AT_decl_line, AttributeValue::Udata(u64::from(f.line)));
            e.set(gimli::DW_AT_low_pc, AttributeValue::Address(Address::Constant(f.addr)));
            e.set(gimli::DW_AT_high_pc, AttributeValue::Udata(f.size));
            let mut fb = Expression::new();
            fb.op_reg(X86_64::RBP);
            e.set(gimli::DW_AT_frame_base, AttributeValue::Exprloc(fb));
        }
        dwarf.units.add(unit);
    }

    let mut sections = Sections::new(EndianVec::new(LittleEndian));
    dwarf.write(&mut sections).expect("DWARF for an image writes");
    let mut out = Vec::new();
    sections
        .for_each(|id, w| {
            if !w.slice().is_empty() {
                out.push(DebugSection { name: id.name(), data: w.slice().to_vec() });
            }
            Ok::<(), gimli::write::Error>(())
        })
        .expect("collecting DWARF sections");

    let mut frames = FrameTable::default();
    let mut cie =
        CommonInformationEntry::new(Encoding { version: 1, ..encoding }, 1, -8, X86_64::RA);
    cie.add_instruction(CallFrameInstruction::Cfa(X86_64::RSP, 8));
    cie.add_instruction(CallFrameInstruction::Offset(X86_64::RA, -8));
    let cie = frames.add_cie(cie);
    for f in &layout.functions {
        let mut fde = FrameDescriptionEntry::new(Address::Constant(f.addr), f.size as u32);
        for c in &f.cfi {
            let ins = match c.op {
                CfiOp::CfaRsp(n) => CallFrameInstruction::Cfa(X86_64::RSP, n as i32),
                CfiOp::CfaRbp(n) => CallFrameInstruction::Cfa(X86_64::RBP, n as i32),
                CfiOp::RbpSavedAt(n) => CallFrameInstruction::Offset(X86_64::RBP, n),
                CfiOp::RbpSame => CallFrameInstruction::SameValue(X86_64::RBP),
                CfiOp::RbpInRdx => CallFrameInstruction::Register(X86_64::RBP, X86_64::RDX),
                CfiOp::Remember => CallFrameInstruction::RememberState,
                CfiOp::Restore => CallFrameInstruction::RestoreState,
            };
            fde.add_instruction(c.offset, ins);
        }
        frames.add_fde(cie, fde);
    }
    let mut w = DebugFrame(EndianVec::new(LittleEndian));
    frames.write_debug_frame(&mut w).expect(".debug_frame writes");
    out.push(DebugSection { name: ".debug_frame", data: w.0.into_vec() });
    out
}
