;; A path that goes through a regular file: ENOTDIR.
;; expect-exit: 1
;; expect-stderr:
;; | Error in open-input-file: cannot open tests/run/README.md/inside: Not a directory
;; | Backtrace (most recent call first):
;; |   #0 io-open-not-directory.toplevel at tests/run/io-open-not-directory.scm:8

(open-input-file "tests/run/README.md/inside")
(display "not reached")
