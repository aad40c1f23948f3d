//! `cargo gen-layout`: write `src-vvm/runtime/layout.vvm`, the VVM rendering of the layout
//! constants (`vvm_layout::vvm::vvm_source`). Run it after changing a constant in `lib.rs`.

use std::path::Path;
use vvm_layout::vvm::{VVM_SOURCE_PATH, vvm_source};

fn main() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(VVM_SOURCE_PATH);
    let text = vvm_source();
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    if old == text {
        println!("{VVM_SOURCE_PATH} is up to date");
        return;
    }
    if let Err(e) = std::fs::write(&path, text) {
        eprintln!("gen-layout: cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
    println!("wrote {VVM_SOURCE_PATH}");
}
