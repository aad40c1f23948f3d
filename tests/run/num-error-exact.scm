;; exact of a non-integral flonum is an error: VVM has no exact rationals yet.
;; expect-exit: 1
;; expect-stdout:
;; | 2
;; | 100000000000000000000
;; expect-stderr:
;; | Error in exact: no exact representation for 1.5
;; | Backtrace (most recent call first):
;; |   #0 to-exact at tests/run/num-error-exact.scm:13
;; |   #1 num-error-exact.toplevel at tests/run/num-error-exact.scm:19

(define (to-exact x)
  (let ((n (exact x)))
    n))
(display (to-exact 2.0))
(newline)
(display (to-exact 1e20))
(newline)
(display (to-exact 1.5))
(newline)
