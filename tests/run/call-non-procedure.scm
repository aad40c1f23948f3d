;; Calling something that is not a procedure. The check happens before a tail call replaces
;; the caller's frame, so the caller is in the backtrace.
;; expect-exit: 1
;; expect-stdout:
;; | ok
;; expect-stderr:
;; | Error: attempt to call a non-procedure: "oops"
;; | Backtrace (most recent call first):
;; |   #0 call-it at tests/run/call-non-procedure.scm:13
;; |   #1 call-non-procedure.toplevel at tests/run/call-non-procedure.scm:16

(define (call-it f)
  (f 1))
(display (call-it (lambda (x) 'ok)))
(newline)
(display (call-it "oops"))
(newline)
