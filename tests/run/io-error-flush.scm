;; An uncaught error still flushes the open file ports before the process exits.
;; expect-exit: 1
;; expect-stdout:
;; | written before the error
;; expect-stderr:
;; | Error in car: expected a pair, got 5
;; | Backtrace (most recent call first):
;; |   #0 io-error-flush.toplevel at tests/run/io-error-flush.scm:12

(define p (open-output-file "/dev/stdout"))
(write-string "written before the error\n" p)
(car 5)
(display "not reached")
