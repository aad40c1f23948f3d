;; Opening a directory for input fails at open time with EISDIR's text.
;; expect-exit: 1
;; expect-stderr:
;; | Error in open-input-file: cannot open tests/reader: Is a directory
;; | Backtrace (most recent call first):
;; |   #0 io-open-directory.toplevel at tests/run/io-open-directory.scm:8

(open-input-file "tests/reader")
(display "not reached")
