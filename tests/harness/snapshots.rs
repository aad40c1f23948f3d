//! Snapshots of what the cross-compiler makes of small programs: `image-builder --emit ir FILE`
//! and `image-builder --emit asm FILE` for every `tests/compile/*.scm`, stored in
//! `tests/snapshots/{stem}.ir.snap` and `{stem}.asm.snap`.
//!
//! Update with `INSTA_UPDATE=always cargo test -p vvm-tests --test snapshots` (or `cargo insta
//! review`), then read the diffs. Every program is checked even when an earlier one fails; the
//! test then fails listing all mismatches. In CI (`CI` set) a missing snapshot is a failure,
//! never written.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use vvm_tests::{image_builder, root};

/// Fewer programs than this means files went missing.
const MIN_PROGRAMS: usize = 40;

/// The programs, as paths relative to the repository root, sorted by name.
fn programs() -> Vec<String> {
    let dir = root().join("tests").join("compile");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".scm"))
        .collect();
    names.sort();
    names.into_iter().map(|n| format!("tests/compile/{n}")).collect()
}

fn snapshot_dir() -> PathBuf {
    root().join("tests").join("snapshots")
}

/// Whether insta runs in CI mode, by the same rule insta uses.
fn in_ci() -> bool {
    match std::env::var("CI").ok().as_deref() {
        Some("false") | Some("0") | Some("") => false,
        None => std::env::var_os("TF_BUILD").is_some(),
        Some(_) => true,
    }
}

/// Run `image-builder --emit kind program`; the listing, or why it failed.
fn emit(kind: &str, program: &str) -> Result<String, String> {
    let o = image_builder(&["--emit", kind, program]);
    if !o.status.success() {
        return Err(format!(
            "image-builder --emit {kind} {program} failed ({}):\n{}",
            o.status,
            String::from_utf8_lossy(&o.stderr)
        ));
    }
    if !o.stderr.is_empty() {
        return Err(format!(
            "image-builder --emit {kind} {program} wrote to stderr:\n{}",
            String::from_utf8_lossy(&o.stderr)
        ));
    }
    String::from_utf8(o.stdout)
        .map_err(|e| format!("image-builder --emit {kind} {program}: output is not UTF-8: {e}"))
}

/// Compare one listing with its snapshot; `Err` describes a mismatch (insta has printed the diff).
fn check(kind: &str, program: &str) -> Result<(), String> {
    let stem = Path::new(program).file_stem().unwrap().to_str().unwrap().to_string();
    let name = format!("{stem}.{kind}");
    let out = emit(kind, program)?;
    let file = snapshot_dir().join(format!("{name}.snap"));
    if in_ci() && !file.exists() {
        return Err(format!(
            "{name}: no snapshot {} (CI never writes snapshots; run the test locally with INSTA_UPDATE=always and commit it)",
            file.display()
        ));
    }
    let description = format!("image-builder --emit {kind} {program}");
    catch_unwind(AssertUnwindSafe(|| {
        insta::with_settings!({
            snapshot_path => snapshot_dir(),
            prepend_module_to_snapshot => false,
            description => description.as_str(),
            omit_expression => true,
        }, {
            insta::assert_snapshot!(name.clone(), out);
        });
    }))
    .map_err(|_| format!("{name}: snapshot mismatch ({description})"))
}

#[test]
fn compiler_output_matches_snapshots() {
    let programs = programs();
    assert!(
        programs.len() >= MIN_PROGRAMS,
        "expected at least {MIN_PROGRAMS} programs in tests/compile/, found {}",
        programs.len()
    );
    let mut failures = Vec::new();
    for program in &programs {
        for kind in ["ir", "asm"] {
            if let Err(e) = check(kind, program) {
                failures.push(e);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} snapshots failed:\n  {}",
        failures.len(),
        programs.len() * 2,
        failures.join("\n  ")
    );
}

/// Every snapshot belongs to a program: a renamed or deleted program must take its snapshots
/// with it.
#[test]
fn no_orphan_snapshots() {
    let programs = programs();
    let stems: Vec<&str> =
        programs.iter().map(|p| Path::new(p).file_stem().unwrap().to_str().unwrap()).collect();
    let Ok(entries) = std::fs::read_dir(snapshot_dir()) else { return };
    let mut orphans = Vec::new();
    for e in entries {
        let name = e.unwrap().file_name().into_string().unwrap();
        let base = name.strip_suffix(".snap.new").or_else(|| name.strip_suffix(".snap"));
        let Some(base) = base else { continue };
        let stem = base.strip_suffix(".ir").or_else(|| base.strip_suffix(".asm"));
        if !stem.is_some_and(|s| stems.contains(&s)) {
            orphans.push(name);
        }
    }
    orphans.sort();
    assert!(orphans.is_empty(), "snapshots without a program in tests/compile/: {orphans:?}");
}
