//! The default image as users meet it: the REPL on standard input, `vvm -e EXPR`, and the
//! command line's refusals. Everything here is compiled by the compiler in the image.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use vvm_tests::{bin, default_image, root, scratch};

/// Run `vvm --image DEFAULT args...` from the root with `input` on standard input.
fn vvm(args: &[&str], input: &str) -> Output {
    vvm_in(&root(), args, input)
}

/// The same, from directory `dir`.
fn vvm_in(dir: &Path, args: &[&str], input: &str) -> Output {
    let mut child = Command::new(bin("vvm"))
        .arg("--image")
        .arg(default_image())
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("vvm starts");
    child.stdin.take().expect("piped stdin").write_all(input.as_bytes()).expect("write stdin");
    child.wait_with_output().expect("vvm runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn repl_compiles_each_form_prints_values_and_survives_errors() {
    let input = "(define (double x) (* x 2))\n\
                 (double 21)\n\
                 \"a string\"\n\
                 (car '())\n\
                 (double 1)\n\
                 (values 1 'two)\n\
                 (display \"out\")\n\
                 (undefined-procedure 3)\n\
                 (define x (list 1 2\n\
                   3))\n\
                 x\n\
                 )\n\
                 (+ x)\n\
                 'after\n";
    let o = vvm(&[], input);
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert!(
        o.status.success(),
        "the REPL exited with {} at end of input\nstderr:\n{err}",
        o.status
    );
    // One prompt per form read, then one at end of input; values follow their prompt.
    assert_eq!(
        out, "> > 42\n> \"a string\"\n> > 2\n> 1\ntwo\n> out> > > (1 2 3)\n> > > after\n> \n",
        "REPL standard output\nstderr:\n{err}"
    );
    let want = [
        "Error in car: expected a pair, got ()",
        "  #0 repl.toplevel at repl:4",
        "Error: unbound variable undefined-procedure",
        "Error: repl:12:1: unexpected ')'",
        "Error in +: expected a number, got (1 2 3)",
    ];
    for line in want {
        assert!(err.contains(line), "REPL stderr lacks {line:?}:\n{err}");
    }
    // Backtraces end at the form typed: the REPL's own frames are not the user's.
    assert!(!err.contains("driver.vvm"), "a REPL backtrace shows the REPL's frames:\n{err}");
}

#[test]
fn dash_e_runs_an_expression() {
    let o = vvm(
        &[
            "-e",
            "(display (map (lambda (x) (* x x)) '(1 2 3))) (newline) (display (command-line))",
            "a",
            "b",
        ],
        "",
    );
    assert!(o.status.success(), "vvm -e: {}\nstderr:\n{}", o.status, text(&o.stderr));
    assert_eq!(text(&o.stdout), "(1 4 9)\n(-e a b)");

    let o = vvm(&["-e", "(car 1)"], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).starts_with("Error in car: expected a pair, got 1\n"),
        "{}",
        text(&o.stderr)
    );

    let o = vvm(&["-e", "(display (+ 1 2)"], "");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(text(&o.stderr), "vvm: -e:1:1: unclosed list: this '(' has no matching ')'\n");
    assert!(o.stdout.is_empty());
}

#[test]
fn command_line_refusals_are_clear() {
    let o = vvm(&["tests/run/no-such-file.scm"], "");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        text(&o.stderr),
        "vvm: cannot open tests/run/no-such-file.scm: No such file or directory\n"
    );
    let o = vvm(&["--no-such-option"], "");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(text(&o.stderr), "vvm: unknown option --no-such-option; see vvm --help\n");
    let o = vvm(&["--emit", "ir"], "");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(text(&o.stderr), "vvm: --emit takes two arguments: WHAT FILE\n");
    let o = vvm(&["--emit", "bytes", "tests/compile/and.scm"], "");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(text(&o.stderr), "vvm: --emit takes ir or asm, not bytes\n");
}

/// The REPL's meta-commands print what reflection knows of a procedure: compiled in the REPL or
/// in the image (whose source the REPL reads from src-vvm/ and compiles again).
#[test]
fn repl_meta_commands_show_source_ir_and_machine_code() {
    let input = "(define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))\n\
                 ,source fact\n\
                 ,ir fact\n\
                 ,disassemble fact\n\
                 ,source car\n\
                 ,ir car\n\
                 ,disassemble (lambda (x) x)\n\
                 ,time (fact 10)\n\
                 ,help\n\
                 ,frobnicate\n\
                 ,source (car 1)\n\
                 ,ir 5\n\
                 ,trace\n\
                   ,time (car 1)\n\
                 'after\n";
    let o = vvm(&[], input);
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert!(o.status.success(), "the REPL exited with {}\nstderr:\n{err}", o.status);
    let want_out = [
        "> (define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))\n",
        "> function fact (required 1, free 0) ; repl:1:1\n     0  enter 1                          ; 1:1\n",
        "    14  global fact                      ; 1:38\n",
        "> function fact\n  0000  55                             push rbp\n",
        "mov rax, 0  ; symbol fact\n",
        "> (define (car p) (car p))\n",
        "> function car (required 1, free 0) ; src-vvm/runtime/primitives.vvm:5:1\n",
        "     2  prim car                         ; 5:17\n",
        "> function lambda\n  0000  55 ",
        "> 3628800\n; ",
        " bytes allocated\n",
        ",disassemble EXPR  print the machine code",
        ",untrace NAME      stop tracing NAME\n",
    ];
    for w in want_out {
        assert!(out.contains(w), "REPL stdout lacks {w:?}:\n{out}");
    }
    assert!(out.ends_with("> after\n> \n"), "the REPL did not go on after the errors:\n{out}");
    let want_err = [
        "Error: unknown command ,frobnicate; ,help lists the commands\n",
        "Error: ,source takes a name, not (car 1)\n",
        "Error: ,ir: not a procedure: 5\n",
        "Error: ,trace takes one name\n",
        "Error in car: expected a pair, got 1\n",
        "  #0 repl.toplevel at repl:14\n",
    ];
    for w in want_err {
        assert!(err.contains(w), "REPL stderr lacks {w:?}:\n{err}");
    }

    // ,disassemble prints what `vvm --emit asm` prints for the same definition.
    let file = scratch("repl").join("fact.scm");
    std::fs::write(&file, "(define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))\n").unwrap();
    let emitted = text(&vvm(&["--emit", "asm", file.to_str().unwrap()], "").stdout);
    let listing = &emitted[emitted.find("function fact\n").expect("vvm --emit asm lists fact")..];
    assert!(
        out.contains(listing),
        "the REPL's ,disassemble differs from --emit asm:\n{listing}\n{out}"
    );
}

/// ,trace prints every call of a procedure and its result, nested; ,untrace stops it. A system
/// procedure can be traced too (one the compiler does not use here: tracing, say, reverse also
/// shows the compiler's calls while it compiles the form); the collector's cannot (advice
/// allocates).
#[test]
fn repl_traces_calls() {
    let input = "(define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))\n\
                 ,trace fact\n\
                 (fact 3)\n\
                 ,untrace fact\n\
                 (fact 2)\n\
                 ,trace string-upcase\n\
                 (string-upcase \"ab\")\n\
                 ,untrace string-upcase\n\
                 ,trace %collect\n\
                 ,trace no-such-procedure\n";
    let o = vvm(&[], input);
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert!(o.status.success(), "the REPL exited with {}\nstderr:\n{err}", o.status);
    assert_eq!(
        out,
        "> > > |(fact 3)\n| (fact 2)\n| |(fact 1)\n| | (fact 0)\n| | 1\n| |1\n| 2\n|6\n6\n\
         > > 2\n> > |(string-upcase \"ab\")\n|\"AB\"\n\"AB\"\n> > > > \n",
        "REPL stdout\nstderr:\n{err}"
    );
    assert_eq!(
        err,
        "Error: advise: %collect cannot be advised: it is part of the collector \
         (runtime/gc.vvm), which must not allocate, and advice allocates\n\
         Error: ,trace: no-such-procedure is not defined\n"
    );
}

/// Redefining a procedure of the compiler takes effect at the next form the REPL compiles, and
/// so does advice on one; restoring it or removing the advice brings the compiler back.
#[test]
fn repl_redefines_and_advises_the_compiler_and_the_reader() {
    let input = "(define original %generate-ir)\n\
                 (set! %generate-ir (lambda (unit) (display \"[generate-ir]\") (newline) (original unit)))\n\
                 (+ 1 2)\n\
                 (set! %generate-ir original)\n\
                 (+ 1 2)\n\
                 (advise '%expand-unit 'before (lambda (forms name pos macros) (write (map %syntax->datum forms)) (newline)))\n\
                 (* 6 7)\n\
                 (unadvise '%expand-unit)\n\
                 (* 6 7)\n\
                 (advise '%read-syntax 'after (lambda (r port) (display \"read: \") (write (%syntax->datum r)) (newline)))\n\
                 (list 'a \"b\")\n\
                 (unadvise '%read-syntax)\n\
                 'done\n";
    let o = vvm(&[], input);
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert!(o.status.success(), "the REPL exited with {}\nstderr:\n{err}", o.status);
    assert_eq!(
        out,
        "> > > [generate-ir]\n3\n> [generate-ir]\n> 3\n\
         > > ((* 6 7))\n42\n> ((unadvise '%expand-unit))\n> 42\n\
         > > read: (list 'a \"b\")\n(a \"b\")\n> read: (unadvise '%read-syntax)\n> done\n> \n",
        "REPL stdout\nstderr:\n{err}"
    );
    assert!(err.is_empty(), "REPL stderr:\n{err}");
}

/// Away from the repository, the sources of the image's procedures are not there: their source
/// and IR are not available (said clearly), their machine code is decoded from memory, and code
/// compiled at run time is not affected.
#[test]
fn reflection_on_image_code_without_its_sources() {
    let dir = scratch("repl-elsewhere");
    let input = ",source car\n\
                 (procedure-source car)\n\
                 (procedure-ir car)\n\
                 (procedure-location car)\n\
                 ,disassemble car\n\
                 (define (g x) (car x))\n\
                 ,source g\n";
    let o = vvm_in(&dir, &[], input);
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert!(o.status.success(), "the REPL exited with {}\nstderr:\n{err}", o.status);
    assert_eq!(
        err,
        "Error: no source for car: src-vvm/runtime/primitives.vvm is not readable from here, or \
         has changed since it was compiled\n"
    );
    for w in [
        "> > #f\n> #f\n> (\"src-vvm/runtime/primitives.vvm\" 5)\n> function car\n  0000  55 ",
        "; symbol %type-error\n",
        "> > (define (g x) (car x))\n",
    ] {
        assert!(out.contains(w), "REPL stdout lacks {w:?}:\n{out}");
    }
}
