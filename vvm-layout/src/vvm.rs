//! The VVM rendering of the layout constants: `src-vvm/runtime/layout.vvm`, generated from the
//! constants of this crate so that VVM code never copies a number by hand.
//!
//! Each constant becomes `(define %layout-NAME VALUE)`, where NAME is the Rust name in
//! lower case with `_` and `::` as `-` (`ty::PAIR` is `%layout-ty-pair`), or a chosen name for a
//! value derived from the constants (`IMAGE_LIMIT >> CARD_SHIFT`); a comment names its Rust
//! source. Every value is a fixnum literal, so the image builders pre-bind every definition and
//! the constants are usable before the file's top-level forms run.
//! `cargo gen-layout` writes the file; a test fails while the committed file differs.

use crate::*;

/// Path of the generated file, relative to the workspace root.
pub const VVM_SOURCE_PATH: &str = "src-vvm/runtime/layout.vvm";

/// The command that writes `VVM_SOURCE_PATH` (a cargo alias of
/// `cargo run -p vvm-layout --bin gen-layout`).
pub const VVM_SOURCE_COMMAND: &str = "cargo gen-layout";

/// One generated definition: the VVM name (after `%layout-`), the Rust source of the value, and
/// the value. `None` starts a section whose title is the second field.
type Entry = (Option<&'static str>, &'static str, i128);

/// A constant named after its Rust name.
macro_rules! named {
    ($name:ident) => {
        (Some(""), stringify!($name), $name as i128)
    };
    ($module:ident :: $name:ident) => {
        (Some(""), concat!(stringify!($module), "::", stringify!($name)), $module::$name as i128)
    };
}

/// A value computed from the constants, under a name of its own.
macro_rules! derived {
    ($vvm:literal, $value:expr) => {
        (Some($vvm), stringify!($value), ($value) as i128)
    };
}

/// A section title.
macro_rules! section {
    ($title:literal) => {
        (None, $title, 0)
    };
}

/// The constants VVM code sees, in the order of `lib.rs`.
#[rustfmt::skip]
const ENTRIES: &[Entry] = &[
    section!("Values."),
    named!(TAG_BITS),
    named!(TAG_MASK),
    named!(TAG_FIXNUM),
    named!(TAG_OBJECT),
    named!(TAG_IMMEDIATE),
    named!(FIXNUM_MIN),
    named!(FIXNUM_MAX),
    named!(FALSE),
    named!(TRUE),
    named!(NIL),
    named!(UNSPECIFIED),
    named!(EOF),
    named!(UNBOUND),
    named!(CHAR_TAG),
    named!(CHAR_SHIFT),
    section!("Heap objects: the header word is (length << HEADER_LENGTH_SHIFT) | type."),
    named!(HEADER_LENGTH_SHIFT),
    named!(HEADER_TYPE_MASK),
    named!(ty::PAIR),
    named!(ty::VECTOR),
    named!(ty::SYMBOL),
    named!(ty::CLOSURE),
    named!(ty::BOX),
    named!(ty::RECORD),
    named!(ty::FIRST_BYTE_TYPE),
    named!(ty::STRING),
    named!(ty::BYTEVECTOR),
    named!(ty::FLONUM),
    named!(ty::BIGNUM),
    named!(SYMBOL_FIELDS),
    named!(SYMBOL_NAME),
    named!(SYMBOL_VALUE),
    named!(SYMBOL_HASH),
    derived!("symbol-value-disp", field_offset(SYMBOL_VALUE)),
    named!(SYMBOL_TABLE_BUCKETS),
    section!("Frames and the calling convention."),
    named!(FRAME_ARG0),
    named!(FRAME_SELF),
    named!(FRAME_ARGC),
    named!(FRAME_SLOT0),
    named!(STACK_MARGIN),
    named!(CODE_ALIGN),
    section!("The image file."),
    named!(IMAGE_BASE),
    named!(PAGE_SIZE),
    named!(HEADER_OFFSET),
    named!(IMAGE_FORMAT_VERSION),
    named!(IMAGE_HEADER_SIZE),
    derived!("hash", layout_hash()),
    section!("The write barrier: card marking for the image heap."),
    named!(IMAGE_LIMIT),
    named!(CARD_SHIFT),
    derived!("card-size", 1 << CARD_SHIFT),
    derived!("image-limit-cards", IMAGE_LIMIT >> CARD_SHIFT),
    named!(CARD_TABLE_BASE),
];

/// The VVM name of the Rust constant `rust`: `ty::PAIR` is `ty-pair`.
fn vvm_name(rust: &str) -> String {
    rust.replace("::", "-").replace('_', "-").to_lowercase()
}

/// The text of `src-vvm/runtime/layout.vvm`.
pub fn vvm_source() -> String {
    let mut out = format!(
        ";;;; Generated from vvm-layout/src/lib.rs by `{VVM_SOURCE_COMMAND}` — do not edit by hand.\n\
         ;;;; The layout constants VVM code shares with Rust: fixnum literals only, so the image\n\
         ;;;; builders pre-bind every one and they hold before this file's top-level forms run.\n"
    );
    for &(vvm, rust, value) in ENTRIES {
        let Some(vvm) = vvm else {
            out.push_str(&format!("\n;;; {rust}\n"));
            continue;
        };
        assert!(
            (FIXNUM_MIN as i128..=FIXNUM_MAX as i128).contains(&value),
            "{rust} = {value} is not a fixnum"
        );
        let name = if vvm.is_empty() { vvm_name(rust) } else { vvm.to_string() };
        let define = format!("(define %layout-{name} {value})");
        let hex = if value >= 0x100 { format!(" = {value:#x}") } else { String::new() };
        out.push_str(&format!("{define:<48} ; {rust}{hex}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_rust_names() {
        assert_eq!(vvm_name("ty::FIRST_BYTE_TYPE"), "ty-first-byte-type");
        assert_eq!(vvm_name("IMAGE_LIMIT"), "image-limit");
    }

    #[test]
    fn every_name_is_defined_once() {
        let text = vvm_source();
        let mut names: Vec<&str> =
            text.lines().filter_map(|l| l.strip_prefix("(define ")?.split(' ').next()).collect();
        let n = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), n, "a %layout- name is defined twice");
    }
}
