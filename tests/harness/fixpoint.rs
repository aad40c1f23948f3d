//! The fixpoint: the image rebuilds itself. Stage 1 is the image image-builder (the Rust
//! cross-compiler) builds from src-vvm/; stage 2 is the image stage 1 builds from the same
//! sources with its own compiler (`vvm --build-image`); stage 3 is the image stage 2 builds. All
//! three must be byte-identical. On a mismatch, stage 1's comparison tool
//! (`vvm --build-image --compare`) names the first procedure whose code differs.
//!
//! Run it alone with `cargo fixpoint` (an alias in .cargo/config.toml).

use std::path::Path;
use std::process::Command;
use vvm_tests::{bin, default_image, root, scratch};

/// Build an image with `vvm --image builder --build-image -o out`.
fn build_with(builder: &Path, out: &Path) {
    let o = Command::new(bin("vvm"))
        .arg("--image")
        .arg(builder)
        .args(["--build-image", "-o"])
        .arg(out)
        .current_dir(root())
        .output()
        .expect("vvm runs");
    assert!(
        o.status.success(),
        "vvm --image {} --build-image -o {} failed ({}):\n{}",
        builder.display(),
        out.display(),
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
}

/// Why `a` and `b` differ, in the words of stage 1's comparison tool.
fn explain(stage1: &Path, a: &Path, b: &Path) -> String {
    let o = Command::new(bin("vvm"))
        .arg("--image")
        .arg(stage1)
        .args(["--build-image", "--compare"])
        .args([a, b])
        .current_dir(root())
        .output()
        .expect("vvm runs");
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

#[test]
fn the_image_rebuilds_itself_byte_for_byte() {
    let dir = scratch("fixpoint");
    let stage1 = default_image();
    let stage2 = dir.join("stage2.image");
    let stage3 = dir.join("stage3.image");
    let read = |p: &Path| std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    build_with(&stage1, &stage2);
    assert!(
        read(&stage1) == read(&stage2),
        "stage 2 (built by the image) differs from stage 1 (built by image-builder): {}",
        explain(&stage1, &stage1, &stage2)
    );
    build_with(&stage2, &stage3);
    assert!(
        read(&stage2) == read(&stage3),
        "stage 3 (built by stage 2) differs from stage 2: {}",
        explain(&stage1, &stage2, &stage3)
    );
}
