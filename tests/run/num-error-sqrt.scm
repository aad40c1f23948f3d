;; sqrt of a non-number is a type error.
;; expect-exit: 1
;; expect-stdout:
;; | 4
;; expect-stderr:
;; | Error in sqrt: expected a number, got x
;; | Backtrace (most recent call first):
;; |   #0 root at tests/run/num-error-sqrt.scm:12
;; |   #1 num-error-sqrt.toplevel at tests/run/num-error-sqrt.scm:16

(define (root x)
  (let ((r (sqrt x)))
    r))
(display (root 16))
(newline)
(display (root 'x))
(newline)
