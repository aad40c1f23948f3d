//! End-to-end programs: every `tests/run/*.scm` is built into an image with `image-builder`, run
//! with `vvm`, and its exit status, standard output and standard error are compared with the
//! expectations written in the file's header. All failures are collected into one report.
//!
//! # The header format
//!
//! The header is the run of lines at the very top of the file that start with `;;`; it ends at
//! the first line that does not (a blank line, or the program). Header lines are:
//!
//! - `;; expect-exit: N` — the expected exit status, a decimal integer. Default `0`.
//! - `;; gc-stress: N` — under the collector stress test (`programs_pass_under_gc_stress`), run
//!   with `VVM_GC_STRESS=N` (collect after every N bytes allocated) instead of `1` (collect at
//!   every allocation): for the few programs that allocate millions of objects or keep a deep
//!   stack, where a collection per allocation would take minutes. Say why in a comment.
//! - `;; env: NAME=VALUE` — an environment variable for the program (may be repeated).
//! - `;; args: A B C` — command-line arguments passed to the program after `--image IMAGE`,
//!   split on whitespace (no quoting). Default: none.
//! - `;; expect-stdout:` — starts a block: the expected standard output.
//! - `;; expect-stderr:` — starts a block: the expected standard error.
//! - `;; expect-build-error:` — starts a block: the program must fail to build, and
//!   image-builder's standard error must contain each line of the block (as a substring). The
//!   image is then not run, so this block excludes `expect-exit`, `args`, `expect-stdout` and
//!   `expect-stderr`, and it must have at least one line.
//! - `;; | TEXT` — one line of the block started by the nearest preceding `expect-...:` line
//!   (only block lines may come between the two). The line's text is everything after the
//!   five characters `;; | `; a line that is exactly `;; |` is an empty line.
//! - Any other line starting with `;;` is a free comment, and it ends the current block; but a
//!   line starting with `;; expect-`, `;; args` or `;; |` that is not exactly one of the forms
//!   above is an error in the test file (this catches typos).
//!
//! Each directive may appear at most once. A stream block is matched exactly against the whole
//! stream: the expected stream is the block's lines, each followed by `\n`. A missing
//! `expect-stdout` or `expect-stderr` (or an empty block) means the stream must be empty.
//!
//! The program is built from the repository root as `image-builder --main tests/run/NAME.scm -o
//! IMAGE` (so backtraces and reader errors name the file `tests/run/NAME.scm`) and run as
//! `vvm --image IMAGE ARGS...`, also from the root, with standard input closed. A program killed
//! by a signal always fails, whatever it printed; so does one running longer than `TIMEOUT`.
//!
//! `programs_pass_under_gc_stress` runs every program again with `VVM_GC_STRESS=1` (or the
//! header's `gc-stress`), expecting the same results: the collector must not change behaviour.
//!
//! `programs_run_compiled_in_image` runs every program a third way: `vvm --image DEFAULT FILE
//! ARGS...`, where DEFAULT is the image without a main program, so the program is compiled by the
//! compiler in the image (src-vvm/compiler/) instead of the Rust cross-compiler. The
//! expectations are the same; an `expect-build-error` block must then appear in vvm's standard
//! error, and vvm must fail.
//!
//! Set `VVM_RUN_ONLY=SUBSTRING` to run only the programs whose file name contains SUBSTRING.

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};
use vvm_tests::{bin, build_program_image, default_image, root, scratch};

/// How a program is built and run.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    /// Built into an image by image-builder (the Rust cross-compiler), run with `vvm --image`.
    Image,
    /// The same, with `VVM_GC_STRESS`.
    ImageGcStress,
    /// Compiled in the image: `vvm --image DEFAULT FILE ARGS...`.
    InImage,
}

/// The least number of programs the suite must hold.
const MIN_PROGRAMS: usize = 40;
/// How many threads build and run programs.
const THREADS: usize = 4;
/// The longest a single program may run.
const TIMEOUT: Duration = Duration::from_secs(120);

/// What a test file expects, from its header.
#[derive(Debug, Default)]
struct Expect {
    exit: i32,
    args: Vec<String>,
    /// `VVM_GC_STRESS` under the stress test.
    gc_stress: String,
    /// Environment variables for the program.
    env: Vec<(String, String)>,
    stdout: String,
    stderr: String,
    /// Lines image-builder's standard error must contain; `None` if the program must build.
    build_error: Option<Vec<String>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Block {
    Stdout,
    Stderr,
    BuildError,
}

/// Parse the header of a test file (see the module documentation).
fn parse_header(text: &str) -> Result<Expect, String> {
    let mut exit = None;
    let mut args = None;
    let mut gc_stress = None;
    let mut env = Vec::new();
    let mut blocks: [Option<Vec<String>>; 3] = [None, None, None];
    let mut current: Option<Block> = None;
    for (i, line) in text.lines().take_while(|l| l.starts_with(";;")).enumerate() {
        let n = i + 1;
        if line == ";; |" || line.starts_with(";; | ") {
            let Some(b) = current else {
                return Err(format!(
                    "line {n}: a `;; |` line outside an expect-stdout/stderr/build-error block"
                ));
            };
            let content = line.get(5..).unwrap_or("");
            blocks[b as usize].as_mut().expect("the block was started").push(content.to_string());
            continue;
        }
        current = None;
        let block = match line {
            ";; expect-stdout:" => Some(Block::Stdout),
            ";; expect-stderr:" => Some(Block::Stderr),
            ";; expect-build-error:" => Some(Block::BuildError),
            _ => None,
        };
        if let Some(b) = block {
            if blocks[b as usize].is_some() {
                return Err(format!("line {n}: `{line}` appears twice"));
            }
            blocks[b as usize] = Some(Vec::new());
            current = Some(b);
        } else if let Some(v) = line.strip_prefix(";; expect-exit: ") {
            if exit.is_some() {
                return Err(format!("line {n}: expect-exit appears twice"));
            }
            exit = Some(
                v.trim()
                    .parse::<i32>()
                    .map_err(|e| format!("line {n}: bad expect-exit {v:?}: {e}"))?,
            );
        } else if let Some(v) = line.strip_prefix(";; gc-stress: ") {
            if gc_stress.is_some() {
                return Err(format!("line {n}: gc-stress appears twice"));
            }
            let v = v.trim();
            if v.parse::<u64>().map_or(true, |n| n == 0) {
                return Err(format!("line {n}: gc-stress takes a positive number of bytes"));
            }
            gc_stress = Some(v.to_string());
        } else if let Some(v) = line.strip_prefix(";; env: ") {
            let Some((name, value)) = v.split_once('=') else {
                return Err(format!("line {n}: env takes NAME=VALUE"));
            };
            env.push((name.trim().to_string(), value.trim().to_string()));
        } else if let Some(v) = line.strip_prefix(";; args:") {
            if args.is_some() {
                return Err(format!("line {n}: args appears twice"));
            }
            args = Some(v.split_whitespace().map(String::from).collect::<Vec<_>>());
        } else if line.starts_with(";; expect-")
            || line.starts_with(";; gc-stress")
            || line.starts_with(";; env")
            || line.starts_with(";; args")
            || line.starts_with(";; |")
        {
            return Err(format!("line {n}: malformed directive {line:?}"));
        }
    }
    let [stdout, stderr, build_error] = blocks;
    let join = |b: Option<Vec<String>>| {
        b.unwrap_or_default().iter().map(|l| format!("{l}\n")).collect::<String>()
    };
    if let Some(lines) = &build_error {
        if lines.is_empty() {
            return Err("expect-build-error needs at least one `;; |` line".into());
        }
        if exit.is_some() || args.is_some() || stdout.is_some() || stderr.is_some() {
            return Err(
                "expect-build-error excludes expect-exit, args, expect-stdout and expect-stderr"
                    .into(),
            );
        }
    }
    Ok(Expect {
        exit: exit.unwrap_or(0),
        args: args.unwrap_or_default(),
        gc_stress: gc_stress.unwrap_or_else(|| "1".to_string()),
        env,
        stdout: join(stdout),
        stderr: join(stderr),
        build_error,
    })
}

/// What running an image produced.
struct Run {
    status: ExitStatus,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// Run `vvm --image image args...` from the root like `vvm_tests::run_image`, but give up after
/// `TIMEOUT` so one looping program cannot hang the suite.
fn run_with_timeout(
    image: &Path,
    args: &[String],
    env: &[(String, String)],
    gc_stress: Option<&str>,
) -> Result<Run, String> {
    let mut command = Command::new(bin("vvm"));
    command.envs(env.iter().map(|(k, v)| (k, v)));
    if let Some(n) = gc_stress {
        command.env("VVM_GC_STRESS", n);
    }
    command.arg("--image").arg(image).args(args);
    let mut child = command
        .current_dir(root())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start vvm: {e}"))?;
    let drain = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut v = Vec::new();
            let _ = r.read_to_end(&mut v);
            v
        })
    };
    let out = drain(Box::new(child.stdout.take().expect("piped stdout")));
    let err = drain(Box::new(child.stderr.take().expect("piped stderr")));
    let start = Instant::now();
    let status = loop {
        match child.try_wait().map_err(|e| format!("cannot wait for vvm: {e}"))? {
            Some(s) => break s,
            None if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("timed out after {} s (killed)", TIMEOUT.as_secs()));
            }
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    };
    Ok(Run {
        status,
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
    })
}

/// Quote a stream for the report: each line prefixed with `    | `, at most 80 lines.
fn show_stream(s: &str) -> String {
    if s.is_empty() {
        return "    (empty)\n".into();
    }
    let mut out = String::new();
    for (i, l) in s.split_inclusive('\n').enumerate() {
        if i == 80 {
            out.push_str(&format!(
                "    ... ({} more lines)\n",
                s.split_inclusive('\n').count() - 80
            ));
            break;
        }
        match l.strip_suffix('\n') {
            Some(l) => out.push_str(&format!("    | {l}\n")),
            None => out.push_str(&format!("    | {l}    <- no newline at the end\n")),
        }
    }
    out
}

/// Compare one stream; describe the difference, if any.
fn compare_stream(which: &str, expected: &str, got: &[u8]) -> Option<String> {
    let got = String::from_utf8_lossy(got);
    if got == expected {
        return None;
    }
    let first = expected
        .split_inclusive('\n')
        .zip(got.split_inclusive('\n'))
        .take_while(|(a, b)| a == b)
        .count()
        + 1;
    Some(format!(
        "{which} differs (first difference at line {first})\n  expected:\n{}  got:\n{}",
        show_stream(expected),
        show_stream(&got)
    ))
}

/// The name of signal `sig`, for the report.
fn signal_name(sig: i32) -> &'static str {
    match sig {
        4 => "SIGILL",
        5 => "SIGTRAP",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        _ => "signal",
    }
}

/// Build and run one program in `mode`; return its failures (empty if it passed).
fn check_program(rel: &str, stem: &str, mode: Mode) -> Vec<String> {
    let text = match std::fs::read_to_string(root().join(rel)) {
        Ok(t) => t,
        Err(e) => return vec![format!("cannot read: {e}")],
    };
    let expect = match parse_header(&text) {
        Ok(e) => e,
        Err(e) => return vec![format!("bad test header: {e}")],
    };
    if mode == Mode::InImage {
        return check_in_image(rel, &expect);
    }
    let stress = mode == Mode::ImageGcStress;
    let image = scratch(if stress { "run-stress" } else { "run" }).join(format!("{stem}.image"));
    let built = build_program_image(rel, &image);
    if let Some(lines) = &expect.build_error {
        return match built {
            Ok(()) => vec!["built an image, but a build error was expected".into()],
            Err(stderr) => missing_lines("image-builder", lines, &stderr),
        };
    }
    if let Err(stderr) = built {
        return vec![format!("image-builder failed:\n{}", show_stream(&stderr))];
    }
    let stress = stress.then_some(expect.gc_stress.as_str());
    let run = match run_with_timeout(&image, &expect.args, &expect.env, stress) {
        Ok(r) => r,
        Err(e) => return vec![e],
    };
    compare_run(&expect, &run)
}

/// Run `rel` as `vvm --image DEFAULT rel ARGS...`: compiled by the compiler in the image.
fn check_in_image(rel: &str, expect: &Expect) -> Vec<String> {
    let mut args = vec![rel.to_string()];
    args.extend(expect.args.iter().cloned());
    let run = match run_with_timeout(&default_image(), &args, &expect.env, None) {
        Ok(r) => r,
        Err(e) => return vec![e],
    };
    if let Some(lines) = &expect.build_error {
        let mut failures = missing_lines("vvm", lines, &String::from_utf8_lossy(&run.stderr));
        if run.status.success() {
            failures.push("vvm succeeded, but a compile error was expected".into());
        }
        return failures;
    }
    compare_run(expect, &run)
}

/// The lines of `lines` that `who`'s standard error `stderr` lacks, as failures.
fn missing_lines(who: &str, lines: &[String], stderr: &str) -> Vec<String> {
    lines
        .iter()
        .filter(|l| !stderr.contains(l.as_str()))
        .map(|l| {
            format!("{who}'s stderr lacks the line\n    | {l}\n  got:\n{}", show_stream(stderr))
        })
        .collect()
}

/// Compare a finished run with the expectations.
fn compare_run(expect: &Expect, run: &Run) -> Vec<String> {
    let mut failures = Vec::new();
    if let Some(sig) = run.status.signal() {
        let core = if run.status.core_dumped() { ", core dumped" } else { "" };
        failures.push(format!("killed by signal {sig} ({}{core})", signal_name(sig)));
    } else if let Some(code) = run.status.code().filter(|c| *c != expect.exit) {
        failures.push(format!("exit status {code}, expected {}", expect.exit));
    }
    failures.extend(compare_stream("stdout", &expect.stdout, &run.stdout));
    failures.extend(compare_stream("stderr", &expect.stderr, &run.stderr));
    failures
}

/// Every `tests/run/*.scm`, sorted, as paths relative to the root and stems.
fn programs() -> Vec<(String, String)> {
    let dir: PathBuf = root().join("tests").join("run");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "scm"))
        .map(|p| {
            let name = p.file_name().unwrap().to_str().expect("UTF-8 file name").to_string();
            let stem = p.file_stem().unwrap().to_str().unwrap().to_string();
            (format!("tests/run/{name}"), stem)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn programs_run_as_expected() {
    run_all(Mode::Image);
}

#[test]
fn programs_pass_under_gc_stress() {
    run_all(Mode::ImageGcStress);
}

#[test]
fn programs_run_compiled_in_image() {
    run_all(Mode::InImage);
}

/// The runs share files that programs write under target/ (the I/O tests), so they take
/// turns instead of running at the same time.
static ONE_RUN_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn run_all(mode: Mode) {
    let _turn = ONE_RUN_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let all = programs();
    assert!(
        all.len() >= MIN_PROGRAMS,
        "only {} programs in tests/run; expected at least {MIN_PROGRAMS}",
        all.len()
    );
    let only = std::env::var("VVM_RUN_ONLY").unwrap_or_default();
    let files: Vec<&(String, String)> =
        all.iter().filter(|(rel, _)| rel.contains(only.as_str())).collect();
    // Build the binaries once, before the threads need them.
    bin("vvm");

    let mut results: Vec<(usize, Vec<String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..THREADS)
            .map(|t| {
                let files = &files;
                s.spawn(move || {
                    (t..files.len())
                        .step_by(THREADS)
                        .map(|i| (i, check_program(&files[i].0, &files[i].1, mode)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("a test thread panicked")).collect()
    });
    results.sort_by_key(|(i, _)| *i);

    let mut report = String::new();
    let mut failed = 0;
    for (i, failures) in &results {
        if failures.is_empty() {
            continue;
        }
        failed += 1;
        for f in failures {
            report.push_str(&format!("{}: {f}\n", files[*i].0));
        }
    }
    let how = match mode {
        Mode::Image => "",
        Mode::ImageGcStress => " under VVM_GC_STRESS",
        Mode::InImage => " compiled in the image",
    };
    assert!(failed == 0, "{failed} of {} programs failed{how}:\n\n{report}", files.len());
}
