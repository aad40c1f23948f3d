//! Tests of the image file itself, through the real binaries: the builder is deterministic, the
//! ELF and DWARF it writes satisfy readelf, objdump and gdb, and the `vvm` shim refuses broken
//! or foreign files with a clear message and status 2.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};
use vvm_layout::{HEADER_OFFSET, ImageHeader};
use vvm_tests::{bin, build_program_image, image_builder, root, run_image, scratch};

/// A program run by several tests; its output is `13`.
const PROGRAM: &str = "tests/compile/closure.scm";
/// A procedure `PROGRAM` defines.
const PROGRAM_PROC: &str = "vvm.make-adder";
/// Runtime procedures the image must have symbols for (defined in `src-vvm/runtime/`).
const RUNTIME_PROCS: &[&str] = &["vvm.car", "vvm.cons", "vvm.display", "vvm.%start"];

/// The test's own scratch directory, so parallel tests never share files.
fn dir(test: &str) -> PathBuf {
    scratch(&format!("image/{test}"))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Build the default image (no main program) at `out`.
fn build_default_image(out: &Path) {
    let o = image_builder(&["-o", out.to_str().unwrap()]);
    assert!(
        o.status.success(),
        "image-builder -o {} failed ({}):\n{}",
        out.display(),
        o.status,
        text(&o.stderr)
    );
}

fn build_program(program: &str, out: &Path) {
    if let Err(e) = build_program_image(program, out) {
        panic!("image-builder --main {program} -o {} failed:\n{e}", out.display());
    }
}

/// The default image, built once per test process.
fn default_image() -> &'static Path {
    static IMAGE: OnceLock<PathBuf> = OnceLock::new();
    IMAGE.get_or_init(|| {
        let p = dir("shared").join("default.image");
        build_default_image(&p);
        p
    })
}

/// An image of `PROGRAM`, built once per test process.
fn program_image() -> &'static Path {
    static IMAGE: OnceLock<PathBuf> = OnceLock::new();
    IMAGE.get_or_init(|| {
        let p = dir("shared").join("program.image");
        build_program(PROGRAM, &p);
        p
    })
}

/// Whether the tests run in CI, where a missing tool is a failure rather than a skip.
fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// Whether `tool` is on PATH. Outside CI a missing tool skips the test with a note; in CI it
/// fails it.
fn have_tool(tool: &str) -> bool {
    let found = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(tool).is_file()));
    if !found {
        assert!(!in_ci(), "{tool} is not on PATH, and CI is set: CI must have {tool}");
        eprintln!("note: {tool} is not on PATH; skipping this test");
    }
    found
}

/// Run `cmd` with no stdin, collecting its output; kill it (and its process group) if it is
/// still running after `limit`.
fn run_with_timeout(cmd: &mut Command, limit: Duration) -> Output {
    use std::os::unix::process::CommandExt;
    let what = format!("{cmd:?}");
    let mut child: Child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {what}: {e}"));
    let drain = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut v = Vec::new();
            let _ = r.read_to_end(&mut v);
            v
        })
    };
    let out = drain(Box::new(child.stdout.take().unwrap()));
    let err = drain(Box::new(child.stderr.take().unwrap()));
    let deadline = Instant::now() + limit;
    let status: ExitStatus = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if Instant::now() >= deadline {
            // The child leads its own process group: end it and whatever it started (gdb's
            // inferior), by the group's id.
            let _ =
                Command::new("kill").args(["-KILL", "--", &format!("-{}", child.id())]).status();
            let _ = child.kill();
            let _ = child.wait();
            let (out, err) = (out.join().unwrap(), err.join().unwrap());
            panic!(
                "{what} did not finish within {limit:?}; killed it.\nstdout:\n{}\nstderr:\n{}",
                text(&out),
                text(&err)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output { status, stdout: out.join().unwrap(), stderr: err.join().unwrap() }
}

/// The guard the gdb test relies on: a hung child is killed, not waited for.
#[test]
#[should_panic(expected = "did not finish within")]
fn run_with_timeout_kills_a_hung_child() {
    run_with_timeout(Command::new("sleep").arg("30"), Duration::from_millis(200));
}

/// Panic unless `a` and `b` hold the same bytes, naming the first differing offset.
fn assert_same_bytes(a: &Path, b: &Path) {
    let (x, y) = (std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
    if x == y {
        return;
    }
    let first = x.iter().zip(&y).position(|(p, q)| p != q).unwrap_or(x.len().min(y.len()));
    panic!(
        "{} ({} bytes) and {} ({} bytes) differ; first difference at offset {first:#x}: {:02x?} vs {:02x?}",
        a.display(),
        x.len(),
        b.display(),
        y.len(),
        x.get(first..(first + 8).min(x.len())).unwrap_or(&[]),
        y.get(first..(first + 8).min(y.len())).unwrap_or(&[]),
    );
}

// ---------------------------------------------------------------------------------------------
// Determinism.
// ---------------------------------------------------------------------------------------------

#[test]
fn default_image_is_deterministic() {
    let d = dir("determinism-default");
    let (a, b) = (d.join("a.image"), d.join("sub").join("b.image"));
    build_default_image(&a);
    build_default_image(&b);
    assert_same_bytes(&a, &b);
}

#[test]
fn program_image_is_deterministic() {
    let d = dir("determinism-program");
    let (a, b) = (d.join("a.image"), d.join("sub").join("b.image"));
    build_program(PROGRAM, &a);
    build_program(PROGRAM, &b);
    assert_same_bytes(&a, &b);
}

// ---------------------------------------------------------------------------------------------
// readelf and objdump.
// ---------------------------------------------------------------------------------------------

/// Run readelf on `image`; check the ELF header, segments, symbols and DWARF; return its output.
fn check_readelf(image: &Path) -> String {
    let o = Command::new("readelf")
        .args(["-W", "-h", "-l", "-S", "-s", "--debug-dump=info,line,frames"])
        .arg(image)
        .output()
        .expect("readelf runs");
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    let name = image.display();
    assert!(o.status.success(), "readelf {name} failed ({}):\n{err}", o.status);
    assert!(
        !err.contains("Warning") && !err.contains("Error"),
        "readelf {name} complained:\n{err}"
    );

    let field = |key: &str| -> &str {
        out.lines()
            .find_map(|l| l.trim_start().strip_prefix(key).map(str::trim))
            .unwrap_or_else(|| panic!("readelf {name}: no {key} line in the ELF header"))
    };
    assert!(
        field("Type:").starts_with("EXEC"),
        "readelf {name}: Type is {:?}, not EXEC",
        field("Type:")
    );
    assert_eq!(field("Machine:"), "Advanced Micro Devices X86-64", "readelf {name}: wrong machine");

    // With -W each program header is one line: Type Offset VirtAddr PhysAddr FileSiz MemSiz
    // Flg Align, where Flg may hold spaces ("R E").
    let loads: Vec<String> = out
        .lines()
        .filter(|l| l.trim_start().starts_with("LOAD "))
        .map(|l| {
            let t: Vec<&str> = l.split_whitespace().collect();
            t[6..t.len() - 1].join(" ")
        })
        .collect();
    let count = |flags: &str| loads.iter().filter(|f| *f == flags).count();
    assert_eq!(
        count("R E"),
        1,
        "readelf {name}: want one R E (code) LOAD segment; LOAD flags: {loads:?}"
    );
    assert_eq!(
        count("RW"),
        1,
        "readelf {name}: want one RW (heap) LOAD segment; LOAD flags: {loads:?}"
    );
    assert!(
        loads.iter().all(|f| f == "R E" || f == "RW" || f == "R"),
        "readelf {name}: unexpected LOAD flags (only R, R E and RW belong in an image): {loads:?}"
    );

    for section in [".text", ".symtab", ".debug_info", ".debug_line", ".debug_frame"] {
        assert!(
            out.lines().any(|l| l.contains("] ") && l.split_whitespace().any(|w| w == section)),
            "readelf {name}: no {section} section"
        );
    }
    for sym in RUNTIME_PROCS {
        assert!(has_func_symbol(&out, sym), "readelf {name}: no FUNC symbol {sym}");
    }
    assert!(
        out.lines().any(|l| l.contains("DW_AT_name")
            && l.contains("src-vvm/runtime/")
            && l.contains(".vvm")),
        "readelf {name}: .debug_info names no src-vvm/runtime/*.vvm file"
    );
    assert!(
        out.contains("debug contents of section .debug_line")
            || out.contains("Contents of the .debug_line section"),
        "readelf {name}: no .debug_line dump"
    );
    assert!(
        out.contains("Contents of the .debug_frame section"),
        "readelf {name}: no .debug_frame dump"
    );
    assert!(out.contains(" FDE "), "readelf {name}: .debug_frame has no FDE");
    out
}

/// Whether readelf's symbol table lists a FUNC symbol named `sym`.
fn has_func_symbol(readelf: &str, sym: &str) -> bool {
    readelf.lines().any(|l| {
        let t: Vec<&str> = l.split_whitespace().collect();
        t.len() >= 8 && t[3] == "FUNC" && t[7] == sym
    })
}

#[test]
fn readelf_accepts_the_default_image() {
    if !have_tool("readelf") {
        return;
    }
    check_readelf(default_image());
}

#[test]
fn readelf_accepts_a_program_image() {
    if !have_tool("readelf") {
        return;
    }
    let out = check_readelf(program_image());
    assert!(
        has_func_symbol(&out, PROGRAM_PROC),
        "readelf: no FUNC symbol {PROGRAM_PROC} for the program"
    );
    assert!(
        out.lines().any(|l| l.contains("DW_AT_name") && l.contains(PROGRAM)),
        "readelf: .debug_info does not name the program {PROGRAM}"
    );
}

#[test]
fn objdump_disassembles_the_image() {
    if !have_tool("objdump") {
        return;
    }
    let image = program_image();
    let o = Command::new("objdump").arg("-d").arg(image).output().expect("objdump runs");
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert!(o.status.success(), "objdump -d failed ({}):\n{err}", o.status);
    assert!(err.trim().is_empty(), "objdump -d complained:\n{err}");
    for label in ["<vvm.car>:", "<vvm.%start>:", &format!("<{PROGRAM_PROC}>:")] {
        assert!(out.contains(label), "objdump -d shows no {label}");
    }
    let bad: Vec<&str> = out.lines().filter(|l| l.contains("(bad)")).take(5).collect();
    assert!(bad.is_empty(), "objdump -d decoded invalid instructions:\n{}", bad.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// gdb.
// ---------------------------------------------------------------------------------------------

/// The program run under gdb, and the lines of its procedures.
const GDB_PROGRAM: &str = "tests/gdb/backtrace.scm";

/// The 1-based line of the first line of `GDB_PROGRAM` that starts with `prefix`.
fn line_of(prefix: &str) -> usize {
    line_in(GDB_PROGRAM, prefix)
}

#[test]
fn gdb_breaks_in_and_backtraces_through_vvm_code() {
    if !have_tool("gdb") {
        return;
    }
    let image = dir("gdb").join("backtrace.image");
    build_program(GDB_PROGRAM, &image);
    let vvm = bin("vvm");
    let o = run_with_timeout(
        Command::new("gdb")
            .args(["-q", "-batch", "-nx"])
            .args([
                "-ex",
                "set breakpoint pending on",
                "-ex",
                "break vvm.leaf",
                "-ex",
                "run",
                "-ex",
                "bt",
            ])
            .args(["-ex", "continue", "--args"])
            .arg(&vvm)
            .arg("--image")
            .arg(&image)
            .current_dir(root()),
        Duration::from_secs(60),
    );
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    let all = format!("{out}\n{err}");
    let show = format!("gdb stdout:\n{out}\ngdb stderr:\n{err}");
    assert!(o.status.success(), "gdb failed ({}):\n{show}", o.status);

    let (leaf, middle, top) =
        (line_of("(define (leaf"), line_of("(define (middle"), line_of("(define (top"));
    let stop = all
        .lines()
        .find(|l| l.starts_with("Breakpoint 1, vvm.leaf"))
        .unwrap_or_else(|| panic!("gdb never stopped in vvm.leaf:\n{show}"));
    assert!(
        stop.ends_with(&format!("{GDB_PROGRAM}:{leaf}")),
        "the stop in vvm.leaf is not at {GDB_PROGRAM}:{leaf}: {stop}\n{show}"
    );

    // The backtrace: frames #0.. in order leaf, middle, top, each at its line.
    let frames: Vec<&str> = all.lines().filter(|l| l.starts_with('#')).collect();
    let find = |f: &str, line: usize| {
        let at = format!("{GDB_PROGRAM}:{line}");
        frames
            .iter()
            .position(|l| l.contains(&format!(" {f} (")) && l.ends_with(&at))
            .unwrap_or_else(|| panic!("no backtrace frame {f} at {at}:\n{show}"))
    };
    let (fl, fm, ft) = (find("vvm.leaf", leaf), find("vvm.middle", middle), find("vvm.top", top));
    assert!(
        fl == 0 && fl < fm && fm < ft,
        "backtrace frames out of order (leaf #{fl}, middle #{fm}, top #{ft}):\n{show}"
    );
    assert!(
        frames.iter().any(|l| l.contains(" vvm.%start (")),
        "the backtrace does not reach the runtime's vvm.%start:\n{show}"
    );

    assert!(
        out.lines().any(|l| l.trim() == "41"),
        "the program did not print 41 under gdb:\n{show}"
    );
    assert!(
        all.contains("exited normally"),
        "the program did not exit normally under gdb:\n{show}"
    );
}

/// The program compiled at run time under gdb (`vvm FILE`): debug/jit.vvm registers its code.
const GDB_RUN_TIME_PROGRAM: &str = "tests/gdb/in-image.scm";

/// The 1-based line of the first line of `file` that starts with `prefix`.
fn line_in(file: &str, prefix: &str) -> usize {
    let src = std::fs::read_to_string(root().join(file)).unwrap();
    src.lines()
        .position(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("{file} has no {prefix}"))
        + 1
}

/// `vvm --image DEFAULT tests/gdb/in-image.scm` under gdb: a breakpoint set before `run` on a
/// procedure the image compiles at run time stops at its file:line; the backtrace shows its
/// callers at their lines, then the image's frames and the shim's `main`; `finish` returns to
/// the caller and `continue` runs the program to its end.
#[test]
fn gdb_sees_code_compiled_at_run_time() {
    if !have_tool("gdb") {
        return;
    }
    let image = vvm_tests::default_image();
    let file = GDB_RUN_TIME_PROGRAM;
    let o = run_with_timeout(
        Command::new("gdb")
            .args(["-q", "-batch", "-nx"])
            .args(["-ex", "set breakpoint pending on", "-ex", "break vvm.jit-leaf"])
            .args(["-ex", "run", "-ex", "bt", "-ex", "finish", "-ex", "continue", "--args"])
            .arg(bin("vvm"))
            .arg("--image")
            .arg(&image)
            .arg(file)
            .current_dir(root()),
        Duration::from_secs(60),
    );
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    let all = format!("{out}\n{err}");
    let show = format!("gdb stdout:\n{out}\ngdb stderr:\n{err}");
    assert!(o.status.success(), "gdb failed ({}):\n{show}", o.status);

    let at = |prefix: &str| format!("{file}:{}", line_in(file, prefix));
    let (leaf, middle, top) =
        (at("(define (jit-leaf"), at("(define (jit-middle"), at("(define (jit-top"));
    let stop = all
        .lines()
        .find(|l| l.starts_with("Breakpoint 1, vvm.jit-leaf"))
        .unwrap_or_else(|| panic!("gdb never stopped in vvm.jit-leaf:\n{show}"));
    assert!(stop.ends_with(&leaf), "the stop in vvm.jit-leaf is not at {leaf}: {stop}\n{show}");

    // The backtrace: the program's frames at their lines, its top-level forms, then the
    // image's frames (the driver runs the program) and the shim's main, in that order.
    let frames: Vec<&str> = all.lines().filter(|l| l.starts_with('#')).collect();
    let find = |what: &str, end: &str| {
        frames
            .iter()
            .position(|l| l.contains(what) && l.ends_with(end))
            .unwrap_or_else(|| panic!("no backtrace frame {what} ... {end}:\n{show}"))
    };
    let order = [
        find(" vvm.jit-leaf (", &leaf),
        find(" vvm.jit-middle (", &middle),
        find(" vvm.jit-top (", &top),
        find(" vvm.in-image.toplevel (", &at("(display (jit-top")),
        frames
            .iter()
            .position(|l| {
                l.contains(" vvm.%run-program (") && l.contains("src-vvm/compiler/driver.vvm:")
            })
            .unwrap_or_else(|| panic!("no backtrace frame vvm.%run-program in the image:\n{show}")),
        frames
            .iter()
            .position(|l| l.contains("main (") && !l.contains(" vvm."))
            .unwrap_or_else(|| panic!("the backtrace does not reach the shim's main:\n{show}")),
    ];
    assert!(
        order[0] == 0 && order.windows(2).all(|w| w[0] < w[1]),
        "frames out of order {order:?}:\n{show}"
    );

    // finish: back in vvm.jit-middle, at its line.
    let back = all
        .lines()
        .filter(|l| !l.starts_with('#'))
        .find(|l| l.contains("vvm.jit-middle () at "))
        .unwrap_or_else(|| panic!("finish did not return to vvm.jit-middle:\n{show}"));
    assert!(back.ends_with(&middle), "finish returned to {back}, not {middle}:\n{show}");

    assert!(
        out.lines().any(|l| l.trim() == "41"),
        "the program did not print 41 under gdb:\n{show}"
    );
    assert!(
        all.contains("exited normally"),
        "the program did not exit normally under gdb:\n{show}"
    );
}

// ---------------------------------------------------------------------------------------------
// perf.
// ---------------------------------------------------------------------------------------------

/// A program compiled at run time that prints its pid and the entry address of its procedures.
const PERF_PROGRAM: &str = "tests/perf/hot.scm";

/// `VVM_PERF_MAP=1 vvm FILE` writes /tmp/perf-PID.map naming the procedures compiled at run
/// time at their entry addresses; if perf is on PATH and may record, `perf report` names them.
#[test]
fn perf_map_names_code_compiled_at_run_time() {
    let image = vvm_tests::default_image();
    let o = Command::new(bin("vvm"))
        .arg("--image")
        .arg(&image)
        .arg(PERF_PROGRAM)
        .arg("1")
        .env("VVM_PERF_MAP", "1")
        .current_dir(root())
        .output()
        .expect("vvm runs");
    let out = text(&o.stdout);
    assert!(
        o.status.success(),
        "{PERF_PROGRAM} failed ({}):\n{out}\n{}",
        o.status,
        text(&o.stderr)
    );
    let pid = check_perf_map(&out);
    let _ = std::fs::remove_file(format!("/tmp/perf-{pid}.map"));

    // Without VVM_PERF_MAP there is no map.
    let o = Command::new(bin("vvm"))
        .arg("--image")
        .arg(&image)
        .arg(PERF_PROGRAM)
        .arg("1")
        .env_remove("VVM_PERF_MAP")
        .current_dir(root())
        .output()
        .expect("vvm runs");
    let pid = perf_program_pid(&text(&o.stdout));
    assert!(
        !Path::new(&format!("/tmp/perf-{pid}.map")).exists(),
        "a perf map without VVM_PERF_MAP"
    );

    // perf itself, when it is there and may record this process.
    let has_perf = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join("perf").is_file()));
    if !has_perf {
        eprintln!("note: perf is not on PATH; checked the map file only");
        return;
    }
    let data = dir("perf").join("perf.data");
    let o = run_with_timeout(
        Command::new("perf")
            .args(["record", "-q", "-e", "cpu-clock", "-o"])
            .arg(&data)
            .arg(bin("vvm"))
            .arg("--image")
            .arg(&image)
            .arg(PERF_PROGRAM)
            .arg("30")
            .env("VVM_PERF_MAP", "1")
            .current_dir(root()),
        Duration::from_secs(120),
    );
    if !o.status.success() {
        eprintln!(
            "note: perf record cannot run here ({}); checked the map file only:\n{}",
            o.status,
            text(&o.stderr)
        );
        return;
    }
    let pid = check_perf_map(&text(&o.stdout));
    let r = run_with_timeout(
        Command::new("perf").args(["report", "--stdio", "--no-children", "-i"]).arg(&data),
        Duration::from_secs(120),
    );
    let _ = std::fs::remove_file(format!("/tmp/perf-{pid}.map"));
    let report = text(&r.stdout);
    assert!(r.status.success(), "perf report failed ({}):\n{}", r.status, text(&r.stderr));
    assert!(
        report.lines().any(|l| l.contains("[JIT]") && l.contains("vvm.hot-fib")),
        "perf report does not name vvm.hot-fib:\n{report}"
    );
}

/// The pid the perf program printed ("pid N").
fn perf_program_pid(out: &str) -> u32 {
    out.lines()
        .find_map(|l| l.strip_prefix("pid "))
        .and_then(|p| p.trim().parse().ok())
        .unwrap_or_else(|| panic!("{PERF_PROGRAM} printed no pid:\n{out}"))
}

/// Check the perf map of the run whose output is `out` (lines "pid N" and "entry NAME HEX"):
/// one well-formed line per function, no two overlapping, every printed entry address the start
/// of the line naming vvm.NAME, in the code space (above the image). Return the pid.
fn check_perf_map(out: &str) -> u32 {
    let pid = perf_program_pid(out);
    let path = format!("/tmp/perf-{pid}.map");
    let map = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("no {path}: {e}\n{out}"));
    let mut entries: Vec<(u64, u64, String)> = map
        .lines()
        .map(|l| {
            let mut f = l.splitn(3, ' ');
            let mut hex = || u64::from_str_radix(f.next().unwrap_or(""), 16);
            match (hex(), hex(), f.next()) {
                (Ok(start), Ok(size), Some(name)) => (start, size, name.to_string()),
                _ => panic!("{path}: malformed line {l:?}"),
            }
        })
        .collect();
    entries.sort();
    for (start, size, name) in &entries {
        assert!(name.starts_with("vvm."), "{path}: {name} has no vvm. prefix");
        assert!(
            *start >= vvm_layout::IMAGE_LIMIT && *start < 1 << 47,
            "{path}: {name} at {start:#x}"
        );
        assert!(
            start % 16 == 0 && *size > 0 && *size < 1 << 20,
            "{path}: {name} {start:#x} {size:#x}"
        );
    }
    for w in entries.windows(2) {
        assert!(w[0].0 + w[0].1 <= w[1].0, "{path}: {} and {} overlap", w[0].2, w[1].2);
    }
    let printed: Vec<(&str, u64)> = out
        .lines()
        .filter_map(|l| l.strip_prefix("entry "))
        .map(|l| {
            let (name, hex) = l.split_once(' ').unwrap();
            (name, u64::from_str_radix(hex.trim(), 16).unwrap())
        })
        .collect();
    assert!(printed.len() >= 2, "{PERF_PROGRAM} printed no entry addresses:\n{out}");
    for (name, addr) in printed {
        let want = format!("vvm.{name}");
        assert!(
            entries.iter().any(|(s, _, n)| *n == want && *s == addr),
            "{path} has no line for {want} at {addr:#x}:\n{map}"
        );
    }
    pid
}

// ---------------------------------------------------------------------------------------------
// The shim: refusing files that are not images it can run.
// ---------------------------------------------------------------------------------------------

/// Run `vvm --image path` and check it refuses: exit status 2 (not a signal), stderr starting
/// `vvm: `, naming the path and containing one of `expect` (case-insensitive).
fn assert_refused(path: &Path, expect: &[&str]) {
    let o = run_image(path, &[]);
    let err = text(&o.stderr);
    let what = format!("vvm --image {}: status {}, stderr:\n{err}", path.display(), o.status);
    assert_eq!(o.status.code(), Some(2), "{what}");
    assert!(err.starts_with("vvm: "), "stderr does not start with \"vvm: \": {what}");
    assert!(err.contains(&path.display().to_string()), "stderr does not name the path: {what}");
    let lower = err.to_lowercase();
    assert!(
        expect.iter().any(|e| lower.contains(&e.to_lowercase())),
        "stderr mentions none of {expect:?}: {what}"
    );
    assert!(o.stdout.is_empty(), "vvm wrote to stdout while refusing: {what}");
}

/// A copy of the default image, changed by `f`, written to `name` in the test's directory.
fn broken_copy(test: &str, name: &str, f: impl FnOnce(&mut Vec<u8>)) -> PathBuf {
    let mut bytes = std::fs::read(default_image()).unwrap();
    f(&mut bytes);
    let p = dir(test).join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// The VVM header of the default image.
fn default_header() -> ImageHeader {
    let bytes = std::fs::read(default_image()).unwrap();
    ImageHeader::from_bytes(&bytes[HEADER_OFFSET as usize..]).expect("the image has a VVM header")
}

#[test]
fn shim_refuses_an_empty_file() {
    let p = dir("refuse").join("empty");
    std::fs::write(&p, b"").unwrap();
    assert_refused(&p, &["truncated", "empty"]);
}

#[test]
fn shim_refuses_a_text_file() {
    let p = dir("refuse").join("hello.txt");
    std::fs::write(&p, b"hello").unwrap();
    assert_refused(&p, &["not an ELF"]);
}

#[test]
fn shim_refuses_a_missing_file() {
    let p = dir("refuse").join("does-not-exist.image");
    let _ = std::fs::remove_file(&p);
    assert_refused(&p, &["no such file"]);
}

#[test]
fn shim_refuses_a_directory() {
    let p = dir("refuse").join("a-directory.image");
    std::fs::create_dir_all(&p).unwrap();
    assert_refused(&p, &["is a directory"]);
}

#[test]
fn shim_refuses_an_image_truncated_in_its_headers() {
    let p = broken_copy("refuse", "truncated-3000.image", |b| b.truncate(3000));
    assert_refused(&p, &["truncated"]);
}

#[test]
fn shim_refuses_an_image_truncated_in_its_heap() {
    let h = default_header();
    assert!(h.heap_size > 16, "the default image has an empty heap: {h:?}");
    let cut = (h.heap_file_offset + h.heap_size / 2) as usize;
    let p = broken_copy("refuse", "truncated-heap.image", |b| b.truncate(cut));
    assert_refused(&p, &["truncated"]);
    let err = text(&run_image(&p, &[]).stderr);
    assert!(
        err.contains("heap"),
        "the refusal of an image cut in its heap does not say heap:\n{err}"
    );
}

#[test]
fn shim_refuses_an_image_without_the_vvm_magic() {
    let p = broken_copy("refuse", "bad-magic.image", |b| b[HEADER_OFFSET as usize] ^= 0xff);
    assert_refused(&p, &["VVMIMAGE", "VVM image header"]);
}

#[test]
fn shim_refuses_an_image_of_another_format_version() {
    let at = HEADER_OFFSET as usize + 8;
    let p = broken_copy("refuse", "bad-version.image", |b| {
        let v = u32::from_le_bytes(b[at..at + 4].try_into().unwrap());
        b[at..at + 4].copy_from_slice(&(v + 1).to_le_bytes());
    });
    assert_refused(&p, &["version"]);
}

#[test]
fn shim_refuses_an_image_of_another_layout() {
    let at = HEADER_OFFSET as usize + 12;
    let p = broken_copy("refuse", "bad-layout.image", |b| b[at] ^= 0x55);
    assert_refused(&p, &["layout"]);
}

#[test]
fn shim_refuses_a_foreign_elf_file() {
    let p = dir("refuse").join("true.elf");
    std::fs::copy("/bin/true", &p).expect("copy /bin/true");
    // A PIE is refused for not being ET_EXEC; a static executable for having no VVM header.
    assert_refused(&p, &["not a VVM image", "VVM image header", "truncated"]);
}

#[test]
fn shim_refuses_image_without_a_path() {
    let o = Command::new(bin("vvm")).arg("--image").current_dir(root()).output().expect("vvm runs");
    assert_eq!(o.status.code(), Some(2), "vvm --image: {}\n{}", o.status, text(&o.stderr));
    assert!(text(&o.stderr).starts_with("vvm: "), "vvm --image: {}", text(&o.stderr));
}

// ---------------------------------------------------------------------------------------------
// The default image.
// ---------------------------------------------------------------------------------------------

#[test]
fn default_image_prints_usage_for_help() {
    let o = run_image(default_image(), &["--help"]);
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert_eq!(
        o.status.code(),
        Some(0),
        "vvm --image DEFAULT --help: {}\nstdout:\n{out}\nstderr:\n{err}",
        o.status
    );
    assert!(
        out.starts_with("usage: vvm"),
        "--help did not print a usage to stdout:\n{out}\nstderr:\n{err}"
    );
    assert!(out.contains("--image"), "the usage does not mention --image:\n{out}");
    assert!(err.is_empty(), "--help wrote to stderr:\n{err}");
}

#[test]
fn program_image_runs() {
    let o = run_image(program_image(), &[]);
    assert!(o.status.success(), "{PROGRAM}: {}\nstderr:\n{}", o.status, text(&o.stderr));
    assert_eq!(text(&o.stdout), "13\n", "{PROGRAM} printed the wrong thing");
}
