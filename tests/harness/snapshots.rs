//! Snapshots of what the cross-compiler makes of small programs: `image-builder --emit ir FILE`
//! and `image-builder --emit asm FILE` for every `tests/compile/*.scm`, stored in
//! `tests/snapshots/{stem}.ir.snap` and `{stem}.asm.snap`.
//!
//! The compiler in the image is held to the same text: `vvm --emit ir|asm FILE` must print
//! exactly the snapshot (`in_image_compiler_matches_snapshots`), and exactly what image-builder
//! prints for every end-to-end program and every source file of the VM itself
//! (`two_compilers_agree`).
//!
//! Update with `INSTA_UPDATE=always cargo test -p vvm-tests --test snapshots` (or `cargo insta
//! review`), then read the diffs. Every program is checked even when an earlier one fails; the
//! test then fails listing all mismatches. In CI (`CI` set) a missing snapshot is a failure,
//! never written.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::Command;
use vvm_tests::{bin, default_image, image_builder, root};

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

/// Run `vvm --emit kind program` with the default image; the listing, or why it failed.
fn emit_in_image(kind: &str, program: &str) -> Result<String, String> {
    let o = Command::new(bin("vvm"))
        .arg("--image")
        .arg(default_image())
        .args(["--emit", kind, program])
        .current_dir(root())
        .output()
        .expect("vvm runs");
    if !o.status.success() || !o.stderr.is_empty() {
        return Err(format!(
            "vvm --emit {kind} {program} failed ({}):\n{}",
            o.status,
            String::from_utf8_lossy(&o.stderr)
        ));
    }
    String::from_utf8(o.stdout)
        .map_err(|e| format!("vvm --emit {kind} {program}: output is not UTF-8: {e}"))
}

/// The text of a stored snapshot, without insta's header.
fn stored_snapshot(name: &str) -> Result<String, String> {
    let file = snapshot_dir().join(format!("{name}.snap"));
    let text = std::fs::read_to_string(&file)
        .map_err(|e| format!("{name}: cannot read {}: {e}", file.display()))?;
    let body = text
        .strip_prefix("---\n")
        .and_then(|t| t.split_once("\n---\n"))
        .map(|(_, body)| body)
        .ok_or_else(|| format!("{name}: {} has no insta header", file.display()))?;
    Ok(body.to_string())
}

/// The first line where `a` and `b` differ, for a report.
fn first_difference(a: &str, b: &str) -> String {
    let (mut la, mut lb) = (a.lines(), b.lines());
    for n in 1.. {
        match (la.next(), lb.next()) {
            (None, None) => return "no difference".into(),
            (x, y) if x != y => {
                return format!(
                    "line {n}:\n      expected: {}\n      got:      {}",
                    x.unwrap_or("<end>"),
                    y.unwrap_or("<end>")
                );
            }
            _ => {}
        }
    }
    unreachable!()
}

#[test]
fn in_image_compiler_matches_snapshots() {
    let mut failures = Vec::new();
    let programs = programs();
    for program in &programs {
        let stem = Path::new(program).file_stem().unwrap().to_str().unwrap().to_string();
        for kind in ["ir", "asm"] {
            let name = format!("{stem}.{kind}");
            let result = stored_snapshot(&name).and_then(|want| {
                let got = emit_in_image(kind, program)?;
                if got.trim_end() == want.trim_end() {
                    Ok(())
                } else {
                    Err(format!(
                        "{name}: vvm --emit {kind} differs at {}",
                        first_difference(&want, &got)
                    ))
                }
            });
            if let Err(e) = result {
                failures.push(e);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} listings of the in-image compiler differ from the snapshots:\n  {}",
        failures.len(),
        programs.len() * 2,
        failures.join("\n  ")
    );
}

/// Every file under `dir` (relative to the root) ending in `ext`, recursively, sorted.
fn files_under(dir: &str, ext: &str) -> Vec<String> {
    fn walk(d: &Path, ext: &str, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(d).unwrap_or_else(|e| panic!("cannot read {}: {e}", d.display()))
        {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, ext, out);
            } else if p.to_str().is_some_and(|s| s.ends_with(ext)) {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join(dir), ext, &mut out);
    let root = root();
    let mut names: Vec<String> =
        out.iter().map(|p| p.strip_prefix(&root).unwrap().to_str().unwrap().to_string()).collect();
    names.sort();
    names
}

/// The two compilers print the same IR and the same machine code for every end-to-end program
/// and every source file of the VM (the compiler in the image compiles them all). Files that do
/// not compile must fail with the same message in both.
#[test]
fn two_compilers_agree() {
    let mut files = files_under("tests/run", ".scm");
    files.extend(files_under("src-vvm", ".vvm"));
    let results: Vec<Vec<String>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|t| {
                let files = &files;
                s.spawn(move || {
                    let mut failures = Vec::new();
                    for file in files.iter().skip(t).step_by(4) {
                        for kind in ["ir", "asm"] {
                            let rust = image_builder(&["--emit", kind, file]);
                            let want = if rust.status.success() {
                                String::from_utf8_lossy(&rust.stdout).into_owned()
                            } else {
                                // A compile error: both name it the same way after the prefix.
                                let e = String::from_utf8_lossy(&rust.stderr).into_owned();
                                let msg = e.strip_prefix("image-builder: ").unwrap_or(&e).to_string();
                                let o = Command::new(bin("vvm"))
                                    .arg("--image")
                                    .arg(default_image())
                                    .args(["--emit", kind, file])
                                    .current_dir(root())
                                    .output()
                                    .expect("vvm runs");
                                let got = String::from_utf8_lossy(&o.stderr).into_owned();
                                if o.status.success() || got.strip_prefix("vvm: ") != Some(msg.as_str()) {
                                    failures.push(format!(
                                        "{file} ({kind}): image-builder failed with {msg:?}; vvm: {got:?}"
                                    ));
                                }
                                continue;
                            };
                            match emit_in_image(kind, file) {
                                Ok(got) if got == want => {}
                                Ok(got) => failures.push(format!(
                                    "{file}: vvm --emit {kind} differs at {}",
                                    first_difference(&want, &got)
                                )),
                                Err(e) => failures.push(format!("{file}: {e}")),
                            }
                        }
                    }
                    failures
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("a test thread panicked")).collect()
    });
    let failures: Vec<String> = results.into_iter().flatten().collect();
    assert!(
        failures.is_empty(),
        "{} disagreements between image-builder and vvm over {} files:\n  {}",
        failures.len(),
        files.len(),
        failures.join("\n  ")
    );
}
