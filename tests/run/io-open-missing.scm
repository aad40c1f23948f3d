;; Opening a file that does not exist: the error names the procedure, the path and strerror.
;; expect-exit: 1
;; expect-stderr:
;; | Error in open-input-file: cannot open tests/reader/no-such-file.txt: No such file or directory
;; | Backtrace (most recent call first):
;; |   #0 open-config at tests/run/io-open-missing.scm:10
;; |   #1 io-open-missing.toplevel at tests/run/io-open-missing.scm:13

(define (open-config path)
  (let ((p (open-input-file path)))
    p))

(open-config "tests/reader/no-such-file.txt")
(display "not reached")
