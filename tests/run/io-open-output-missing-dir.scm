;; Creating a file in a directory that does not exist: ENOENT, named by open-output-file.
;; expect-exit: 1
;; expect-stderr:
;; | Error in open-output-file: cannot open target/vvm-tests/no-such-directory/out.txt: No such file or directory
;; | Backtrace (most recent call first):
;; |   #0 io-open-output-missing-dir.toplevel at tests/run/io-open-output-missing-dir.scm:8

(open-output-file "target/vvm-tests/no-such-directory/out.txt")
(display "not reached")
