//! Measures the runtime shim's start-up: spawning `vvm --image` on an image of `(display 1)`
//! (process creation, mapping the image, running the runtime's top levels, exit).

use criterion::{Criterion, criterion_group, criterion_main};
use image_builder::{elf, link, sources};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The built `vvm` binary, release preferred; `None` if neither profile has one.
fn vvm_binary(root: &Path) -> Option<PathBuf> {
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    ["release", "debug"].iter().map(|p| target.join(p).join("vvm")).find(|p| p.is_file())
}

/// Build an image of the one-line program `(display 1)` under target/bench-startup/.
fn build_image(root: &Path) -> PathBuf {
    let dir = root.join("target").join("bench-startup");
    std::fs::create_dir_all(&dir).expect("create target/bench-startup");
    let program = dir.join("display1.scm");
    std::fs::write(&program, "(display 1)\n").expect("write the program");
    let units = sources::compile_image_sources(
        &root.join("src-vvm"),
        Some(program.to_str().expect("a UTF-8 path")),
    )
    .expect("compile the image sources");
    let image = dir.join("display1.image");
    std::fs::write(&image, elf::write_image(&link::link(&units))).expect("write the image");
    image
}

fn startup(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let Some(vvm) = vvm_binary(&root) else {
        eprintln!(
            "startup: no target/release/vvm or target/debug/vvm; run `cargo build --release --bin vvm` first. Skipping."
        );
        return;
    };
    let image = build_image(&root);
    let out = Command::new(&vvm).arg("--image").arg(&image).output().expect("spawn vvm");
    assert!(
        out.status.success(),
        "{} failed: {}",
        vvm.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.stdout, b"1", "unexpected output from (display 1)");
    let profile = vvm
        .parent()
        .and_then(Path::file_name)
        .map_or_else(String::new, |p| p.to_string_lossy().into_owned());
    let mut group = c.benchmark_group("startup");
    group.bench_function(format!("vvm-{profile} display-1"), |b| {
        b.iter(|| Command::new(&vvm).arg("--image").arg(&image).output().expect("spawn vvm"))
    });
    group.finish();
}

criterion_group!(benches, startup);
criterion_main!(benches);
