//! Tidy checks on the source tree: the habits ARCHITECTURE.md promises, checked so they stay true.

use std::path::{Path, PathBuf};
use vvm_tests::root;

fn files_under(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "target" || n.to_string_lossy().starts_with('.'))
            {
                continue;
            }
            files_under(&p, ext, out);
        } else if p.extension().is_some_and(|e| e == ext) {
            out.push(p);
        }
    }
}

#[test]
fn build_order_lists_every_vvm_file_once() {
    let src = root().join("src-vvm");
    let order = std::fs::read_to_string(src.join("BUILD-ORDER")).unwrap();
    let listed: Vec<&str> =
        order.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    let mut files = Vec::new();
    files_under(&src, "vvm", &mut files);
    let mut problems = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap().to_string_lossy().into_owned();
        match listed.iter().filter(|l| **l == rel).count() {
            1 => {}
            0 => problems.push(format!("{rel} is not in src-vvm/BUILD-ORDER")),
            n => problems.push(format!("{rel} appears {n} times in src-vvm/BUILD-ORDER")),
        }
    }
    for l in &listed {
        if !src.join(l).is_file() {
            problems.push(format!("src-vvm/BUILD-ORDER names {l}, which does not exist"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_file_says_what_it_is() {
    let mut problems = Vec::new();
    for dir in ["bootstrap", "image-builder", "runtime-shim", "vvm-layout", "tests/harness"] {
        let mut files = Vec::new();
        files_under(&root().join(dir), "rs", &mut files);
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            if !text.starts_with("//!") {
                problems.push(format!(
                    "{}: the first line must be a //! comment saying what the file owns",
                    f.display()
                ));
            }
        }
    }
    let mut files = Vec::new();
    files_under(&root().join("src-vvm"), "vvm", &mut files);
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        if !text.starts_with(";;;") {
            problems.push(format!(
                "{}: the first line must be a ;;; comment saying its role",
                f.display()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_pass_file_is_in_the_pipeline() {
    let mut files = Vec::new();
    files_under(&root().join("bootstrap/src/passes"), "rs", &mut files);
    for f in files {
        let stem = f.file_stem().unwrap().to_string_lossy().into_owned();
        if stem == "mod" {
            continue;
        }
        let name = stem.replace('_', "-");
        let n = bootstrap::pipeline::PASSES.iter().filter(|(p, _)| *p == name).count();
        assert_eq!(n, 1, "passes/{stem}.rs must appear exactly once in pipeline::PASSES as {name}");
    }
}

#[test]
fn the_shim_depends_only_on_the_layout_crate_and_libc() {
    let manifest = std::fs::read_to_string(root().join("runtime-shim/Cargo.toml")).unwrap();
    let deps = manifest.split("[dependencies]").nth(1).unwrap_or("");
    let deps = deps.split("\n[").next().unwrap_or("");
    let names: Vec<&str> = deps
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split(['=', '.', ' ']).next().unwrap())
        .collect();
    for n in &names {
        assert!(
            ["vvm-layout", "libc"].contains(n),
            "runtime-shim must not depend on {n}: the shim stays tiny"
        );
    }
}

/// The globals a top-level form of a VVM file defines: `(define NAME ...)`,
/// `(define (NAME ...) ...)`, and the constructor, predicate, accessors and modifiers of
/// `(define-record-type ...)`.
fn defined_globals(form: &bootstrap::datum::Syntax) -> Vec<String> {
    let Some(items) = form.list() else { return vec![] };
    let head = items.first().and_then(|h| h.sym());
    let mut out = Vec::new();
    match head {
        Some("define") if items.len() > 1 => {
            let target = &items[1];
            let name = match &target.datum {
                bootstrap::datum::Datum::List(parts, _) => parts.first().and_then(|p| p.sym()),
                _ => target.sym(),
            };
            out.extend(name.map(str::to_string));
        }
        Some("define-record-type") if items.len() > 3 => {
            out.extend(
                items[2].list().and_then(|c| c.first()).and_then(|c| c.sym()).map(str::to_string),
            );
            out.extend(items[3].sym().map(str::to_string));
            for field in &items[4..] {
                for proc in field.list().unwrap_or(&[]).iter().skip(1) {
                    out.extend(proc.sym().map(str::to_string));
                }
            }
        }
        _ => {}
    }
    out
}

/// Every global is defined by one file, once: src-vvm/ shares one namespace (with user programs
/// too), and a second definition silently replaces the first for every caller.
#[test]
fn no_global_is_defined_twice_in_src_vvm() {
    let src = root().join("src-vvm");
    let mut files = Vec::new();
    files_under(&src, "vvm", &mut files);
    let mut seen: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let mut problems = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(root()).unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(f).unwrap();
        let forms = bootstrap::reader::read_all(&rel, &text)
            .unwrap_or_else(|e| panic!("{rel} does not read: {e}"));
        for form in &forms {
            for name in defined_globals(form) {
                let here = format!("{}:{}", rel, form.pos.line);
                if let Some(first) = seen.get(&name) {
                    problems.push(format!("{name} is defined at {first} and again at {here}"));
                } else {
                    seen.insert(name, here);
                }
            }
        }
    }
    assert!(problems.is_empty(), "globals defined twice in src-vvm/:\n  {}", problems.join("\n  "));
    assert!(seen.len() > 1000, "only {} globals found: is the parser broken?", seen.len());
}
