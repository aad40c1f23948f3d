;; Calling a procedure with the wrong number of arguments. The check runs in the callee's
;; prologue, so the innermost frame is the callee, at the line of its definition.
;; expect-exit: 1
;; expect-stdout:
;; | 3
;; expect-stderr:
;; | Error in add2: wrong number of arguments: got 3
;; | Backtrace (most recent call first):
;; |   #0 add2 at tests/run/wrong-arity.scm:12
;; |   #1 wrong-arity.toplevel at tests/run/wrong-arity.scm:16

(define (add2 a b)
  (+ a b))
(display (add2 1 2))
(newline)
(display (add2 1 2 3))
(newline)
