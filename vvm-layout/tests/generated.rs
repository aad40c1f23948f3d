//! The committed `src-vvm/runtime/layout.vvm` is what the generator makes of the constants today.

use std::path::Path;
use vvm_layout::vvm::{VVM_SOURCE_COMMAND, VVM_SOURCE_PATH, vvm_source};

#[test]
fn layout_vvm_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(VVM_SOURCE_PATH);
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let generated = vvm_source();
    if committed != generated {
        let line = committed
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(committed.lines().count().min(generated.lines().count()));
        panic!(
            "{VVM_SOURCE_PATH} is stale (first difference at line {}): run `{VVM_SOURCE_COMMAND}` \
             (`cargo run -p vvm-layout --bin gen-layout`) and commit the result",
            line + 1
        );
    }
}
