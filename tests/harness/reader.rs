//! Reader parity: the Rust reader (`image-builder --dump-after read FILE`) and `read` in VVM code
//! (`src-vvm/runtime/reader.vvm`, driven by `tests/run/read-parity-good.scm`) are fed every file
//! in `tests/reader/`, good and bad, and must agree: the same data for good input, the same
//! `FILE:LINE:COLUMN: message` for bad input. See `tests/reader/README.md`.

use vvm_tests::{build_program_image, image_builder, root, run_image, scratch};

#[test]
fn both_readers_agree_on_every_input() {
    let image = scratch("reader").join("read-parity.image");
    build_program_image("tests/run/read-parity-good.scm", &image)
        .expect("the parity program builds");
    let mut files: Vec<String> = std::fs::read_dir(root().join("tests/reader"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".txt"))
        .map(|n| format!("tests/reader/{n}"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "only {} reader inputs", files.len());
    let mut failures = Vec::new();
    for f in &files {
        let rust = image_builder(&["--dump-after", "read", f]);
        let vvm = run_image(&image, &[f]);
        let rust_out = String::from_utf8_lossy(&rust.stdout);
        let vvm_out = String::from_utf8_lossy(&vvm.stdout);
        match (rust.status.success(), vvm.status.success()) {
            (true, true) => {
                if rust_out != vvm_out {
                    failures
                        .push(format!("{f}: data differ\n  rust:\n{rust_out}\n  vvm:\n{vvm_out}"));
                }
            }
            (false, false) => {
                let rust_err = String::from_utf8_lossy(&rust.stderr);
                let vvm_err = String::from_utf8_lossy(&vvm.stderr);
                let rust_msg =
                    rust_err.strip_prefix("image-builder: ").unwrap_or(&rust_err).trim_end();
                let vvm_msg = vvm_err.split("\nBacktrace").next().unwrap_or("");
                let vvm_msg = vvm_msg.strip_prefix("Error in read: ").unwrap_or(vvm_msg).trim_end();
                if rust_msg != vvm_msg {
                    failures.push(format!(
                        "{f}: messages differ\n  rust: {rust_msg}\n  vvm:  {vvm_msg}"
                    ));
                }
                if vvm.status.code() != Some(1) {
                    failures.push(format!("{f}: vvm exited with {:?}, expected 1", vvm.status));
                }
            }
            (r, v) => failures.push(format!(
                "{f}: the Rust reader {} but read {}\n  rust stderr: {}\n  vvm stderr: {}",
                if r { "accepts it" } else { "rejects it" },
                if v { "accepts it" } else { "rejects it" },
                String::from_utf8_lossy(&rust.stderr),
                String::from_utf8_lossy(&vvm.stderr),
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} inputs disagree:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
