//! The default image as users meet it: the REPL on standard input, `vvm -e EXPR`, and the
//! command line's refusals. Everything here is compiled by the compiler in the image.

use std::io::Write;
use std::process::{Command, Output, Stdio};
use vvm_tests::{bin, default_image, root};

/// Run `vvm --image DEFAULT args...` from the root with `input` on standard input.
fn vvm(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(bin("vvm"))
        .arg("--image")
        .arg(default_image())
        .args(args)
        .current_dir(root())
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
