//! The image builder: compiles VVM sources with `bootstrap`, lays out code and the initial heap
//! (`link`), and writes the image as an ELF file with symbols and DWARF (`elf`, `dwarf`).
//! The layout it writes is described by `layout`; the shim reads only the header.
#![deny(missing_docs)]

pub mod dwarf;
pub mod elf;
pub mod layout;
pub mod link;
pub mod sources;
