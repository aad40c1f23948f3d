//! Shared helpers for the end-to-end tests: build the binaries once, find them, build images,
//! run `vvm`. Tests drive the real binaries, never the compiler's internals.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Once;

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// The cargo target directory.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root().join("target"))
}

/// A scratch directory for test outputs under the target directory.
pub fn scratch(name: &str) -> PathBuf {
    let d = target_dir().join("vvm-tests").join(name);
    std::fs::create_dir_all(&d).unwrap();
    d
}

static BUILD: Once = Once::new();

/// Build `vvm` and `image-builder` (once per test process) and return the path of `name`.
pub fn bin(name: &str) -> PathBuf {
    BUILD.call_once(|| {
        let status = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "--bin", "vvm", "--bin", "image-builder"])
            .current_dir(root())
            .status()
            .expect("cargo build runs");
        assert!(status.success(), "building the binaries failed");
    });
    target_dir().join("debug").join(name)
}

/// Run `image-builder` with `args` from the repository root.
pub fn image_builder(args: &[&str]) -> Output {
    Command::new(bin("image-builder"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("image-builder runs")
}

/// Build an image whose main program is `program` (a path relative to the root) into `out`.
pub fn build_program_image(program: &str, out: &Path) -> Result<(), String> {
    let o = image_builder(&["--main", program, "-o", out.to_str().unwrap()]);
    if o.status.success() { Ok(()) } else { Err(String::from_utf8_lossy(&o.stderr).into_owned()) }
}

/// Run `vvm --image image args...` from the repository root.
pub fn run_image(image: &Path, args: &[&str]) -> Output {
    Command::new(bin("vvm"))
        .arg("--image")
        .arg(image)
        .args(args)
        .current_dir(root())
        .output()
        .expect("vvm runs")
}

static DEFAULT_IMAGE: Once = Once::new();

/// The image without a main program (the one `vvm FILE` uses), built once per test process into
/// the scratch directory.
pub fn default_image() -> PathBuf {
    let out = scratch("default").join("vvm.image");
    DEFAULT_IMAGE.call_once(|| {
        let o = image_builder(&["-o", out.to_str().unwrap()]);
        assert!(o.status.success(), "image-builder failed: {}", String::from_utf8_lossy(&o.stderr));
    });
    out
}
