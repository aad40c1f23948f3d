;; Referring to a global variable that was never defined.
;; expect-exit: 1
;; expect-stdout:
;; | 1
;; expect-stderr:
;; | Error: unbound variable undefined-thing
;; | Backtrace (most recent call first):
;; |   #0 use-it at tests/run/unbound-global.scm:13
;; |   #1 unbound-global.toplevel at tests/run/unbound-global.scm:16

(define (use-it x)
  (+ x
     undefined-thing))
(display 1)
(newline)
(display (use-it 2))
(newline)
