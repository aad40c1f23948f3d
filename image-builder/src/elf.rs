//! The image file: an ELF64 x86-64 executable (ET_EXEC) linked at `IMAGE_BASE`, written byte by
//! byte so the same code can be ported to VVM code for run-time symfiles (issue 5).
//!
//! File layout (file offset == address − `IMAGE_BASE` for the loaded part):
//!
//! ```text
//! 0x0000  ELF header, 3 program headers          ┐ PT_LOAD R   (page 0)
//! 0x0800  .vvm_header: vvm_layout::ImageHeader   ┘
//! 0x1000  .text: entry stub, then every function   PT_LOAD R+X
//! page    .vvm_heap: the initial heap               PT_LOAD R+W
//! ...     .debug_*, .symtab, .strtab, .shstrtab, section headers (not loaded)
//! ```

use crate::dwarf::debug_sections;
use crate::layout::ImageLayout;
use vvm_layout as l;

const PT_LOAD: u32 = 1;
const PF_X: u32 = 1;
const PF_W: u32 = 2;
const PF_R: u32 = 4;
const SHT_PROGBITS: u32 = 1;
const SHT_SYMTAB: u32 = 2;
const SHT_STRTAB: u32 = 3;
const SHF_WRITE: u64 = 1;
const SHF_ALLOC: u64 = 2;
const SHF_EXECINSTR: u64 = 4;
const SHF_MERGE: u64 = 0x10;
const SHF_STRINGS: u64 = 0x20;
const STB_GLOBAL: u8 = 1;
const STT_FUNC: u8 = 2;
const EHDR_SIZE: u64 = 64;
const PHDR_SIZE: u64 = 56;
const SHDR_SIZE: u64 = 64;
const SYM_SIZE: u64 = 24;
const PHDR_COUNT: u64 = 3;

/// One section header to be written.
struct Section {
    name: u32,
    ty: u32,
    flags: u64,
    addr: u64,
    offset: u64,
    size: u64,
    link: u32,
    info: u32,
    align: u64,
    entsize: u64,
}

/// A string table under construction (`.strtab`, `.shstrtab`): offset 0 is the empty string.
struct StrTab(Vec<u8>);

impl StrTab {
    fn new() -> StrTab {
        StrTab(vec![0])
    }
    fn add(&mut self, s: &str) -> u32 {
        let off = self.0.len() as u32;
        self.0.extend_from_slice(s.as_bytes());
        self.0.push(0);
        off
    }
}

fn put_u16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}
fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}
fn put_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn pad_to(out: &mut Vec<u8>, offset: u64) {
    assert!(out.len() as u64 <= offset, "image layout overlaps at {offset:#x}");
    out.resize(offset as usize, 0);
}

/// Write `layout` as an image file.
pub fn write_image(layout: &ImageLayout) -> Vec<u8> {
    assert_eq!(layout.text_addr % l::PAGE_SIZE, 0);
    assert_eq!(layout.heap_addr % l::PAGE_SIZE, 0);
    let text_off = layout.text_addr - l::IMAGE_BASE;
    let heap_off = layout.heap_addr - l::IMAGE_BASE;
    assert!(text_off >= l::PAGE_SIZE && heap_off >= text_off + layout.text.len() as u64);

    let mut shstr = StrTab::new();
    let mut sections: Vec<Section> = vec![Section {
        name: 0,
        ty: 0,
        flags: 0,
        addr: 0,
        offset: 0,
        size: 0,
        link: 0,
        info: 0,
        align: 0,
        entsize: 0,
    }];

    // Page 0: the ELF header and program headers are written last (they need e_shoff); reserve.
    let mut out = vec![0u8; (EHDR_SIZE + PHDR_COUNT * PHDR_SIZE) as usize];
    pad_to(&mut out, l::HEADER_OFFSET);
    let header = l::ImageHeader {
        magic: l::IMAGE_MAGIC,
        format_version: l::IMAGE_FORMAT_VERSION,
        layout_hash: l::layout_hash(),
        entry: layout.entry,
        text_addr: layout.text_addr,
        text_size: layout.text.len() as u64,
        heap_addr: layout.heap_addr,
        heap_size: layout.heap.len() as u64,
        heap_file_offset: heap_off,
        text_file_offset: text_off,
    };
    out.extend_from_slice(&header.to_bytes());
    sections.push(Section {
        name: shstr.add(".vvm_header"),
        ty: SHT_PROGBITS,
        flags: SHF_ALLOC,
        addr: l::IMAGE_BASE + l::HEADER_OFFSET,
        offset: l::HEADER_OFFSET,
        size: l::IMAGE_HEADER_SIZE as u64,
        link: 0,
        info: 0,
        align: 8,
        entsize: 0,
    });

    pad_to(&mut out, text_off);
    out.extend_from_slice(&layout.text);
    let text_index = sections.len() as u16;
    sections.push(Section {
        name: shstr.add(".text"),
        ty: SHT_PROGBITS,
        flags: SHF_ALLOC | SHF_EXECINSTR,
        addr: layout.text_addr,
        offset: text_off,
        size: layout.text.len() as u64,
        link: 0,
        info: 0,
        align: l::CODE_ALIGN,
        entsize: 0,
    });

    pad_to(&mut out, heap_off);
    out.extend_from_slice(&layout.heap);
    sections.push(Section {
        name: shstr.add(".vvm_heap"),
        ty: SHT_PROGBITS,
        flags: SHF_ALLOC | SHF_WRITE,
        addr: layout.heap_addr,
        offset: heap_off,
        size: layout.heap.len() as u64,
        link: 0,
        info: 0,
        align: 8,
        entsize: 0,
    });

    for s in debug_sections(layout) {
        let strings = s.name == ".debug_str" || s.name == ".debug_line_str";
        let offset = out.len() as u64;
        out.extend_from_slice(&s.data);
        sections.push(Section {
            name: shstr.add(s.name),
            ty: SHT_PROGBITS,
            flags: if strings { SHF_MERGE | SHF_STRINGS } else { 0 },
            addr: 0,
            offset,
            size: s.data.len() as u64,
            link: 0,
            info: 0,
            align: 1,
            entsize: u64::from(strings),
        });
    }

    // Symbols: the null symbol, then one global FUNC per function, in address order.
    let mut strtab = StrTab::new();
    let mut symtab = vec![0u8; SYM_SIZE as usize];
    for f in &layout.functions {
        put_u32(&mut symtab, strtab.add(&f.name));
        symtab.push((STB_GLOBAL << 4) | STT_FUNC);
        symtab.push(0);
        put_u16(&mut symtab, text_index);
        put_u64(&mut symtab, f.addr);
        put_u64(&mut symtab, f.size);
    }
    let symtab_index = sections.len() as u32;
    let symtab_name = shstr.add(".symtab");
    let strtab_name = shstr.add(".strtab");
    let shstrtab_name = shstr.add(".shstrtab");
    let aligned = (out.len() as u64).next_multiple_of(8);
    pad_to(&mut out, aligned);
    let symtab_off = out.len() as u64;
    out.extend_from_slice(&symtab);
    sections.push(Section {
        name: symtab_name,
        ty: SHT_SYMTAB,
        flags: 0,
        addr: 0,
        offset: symtab_off,
        size: symtab.len() as u64,
        link: symtab_index + 1,
        info: 1, // index of the first non-local symbol
        align: 8,
        entsize: SYM_SIZE,
    });
    let strtab_off = out.len() as u64;
    out.extend_from_slice(&strtab.0);
    sections.push(Section {
        name: strtab_name,
        ty: SHT_STRTAB,
        flags: 0,
        addr: 0,
        offset: strtab_off,
        size: strtab.0.len() as u64,
        link: 0,
        info: 0,
        align: 1,
        entsize: 0,
    });
    let shstrtab_index = sections.len() as u16;
    let shstrtab_off = out.len() as u64;
    out.extend_from_slice(&shstr.0);
    sections.push(Section {
        name: shstrtab_name,
        ty: SHT_STRTAB,
        flags: 0,
        addr: 0,
        offset: shstrtab_off,
        size: shstr.0.len() as u64,
        link: 0,
        info: 0,
        align: 1,
        entsize: 0,
    });

    let aligned = (out.len() as u64).next_multiple_of(8);
    pad_to(&mut out, aligned);
    let shoff = out.len() as u64;
    for s in &sections {
        put_u32(&mut out, s.name);
        put_u32(&mut out, s.ty);
        put_u64(&mut out, s.flags);
        put_u64(&mut out, s.addr);
        put_u64(&mut out, s.offset);
        put_u64(&mut out, s.size);
        put_u32(&mut out, s.link);
        put_u32(&mut out, s.info);
        put_u64(&mut out, s.align);
        put_u64(&mut out, s.entsize);
    }

    // The ELF header and program headers, into the space reserved at the start.
    let mut head = Vec::with_capacity((EHDR_SIZE + PHDR_COUNT * PHDR_SIZE) as usize);
    head.extend_from_slice(&[0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    put_u16(&mut head, 2); // ET_EXEC
    put_u16(&mut head, 62); // EM_X86_64
    put_u32(&mut head, 1); // EV_CURRENT
    put_u64(&mut head, layout.entry);
    put_u64(&mut head, EHDR_SIZE);
    put_u64(&mut head, shoff);
    put_u32(&mut head, 0); // e_flags
    put_u16(&mut head, EHDR_SIZE as u16);
    put_u16(&mut head, PHDR_SIZE as u16);
    put_u16(&mut head, PHDR_COUNT as u16);
    put_u16(&mut head, SHDR_SIZE as u16);
    put_u16(&mut head, sections.len() as u16);
    put_u16(&mut head, shstrtab_index);
    let segments = [
        (PF_R, 0, l::PAGE_SIZE),
        (PF_R | PF_X, text_off, layout.text.len() as u64),
        (PF_R | PF_W, heap_off, layout.heap.len() as u64),
    ];
    for (flags, offset, size) in segments {
        put_u32(&mut head, PT_LOAD);
        put_u32(&mut head, flags);
        put_u64(&mut head, offset);
        put_u64(&mut head, l::IMAGE_BASE + offset);
        put_u64(&mut head, l::IMAGE_BASE + offset);
        put_u64(&mut head, size);
        put_u64(&mut head, size);
        put_u64(&mut head, l::PAGE_SIZE);
    }
    out[..head.len()].copy_from_slice(&head);
    out
}
