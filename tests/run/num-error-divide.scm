;; Exact division by exact zero is an error; by an inexact zero it is an infinity.
;; expect-exit: 1
;; expect-stdout:
;; | +inf.0
;; expect-stderr:
;; | Error in /: division by zero 1000000000000000000000000000000 0
;; | Backtrace (most recent call first):
;; |   #0 ratio at tests/run/num-error-divide.scm:12
;; |   #1 num-error-divide.toplevel at tests/run/num-error-divide.scm:16

(define (ratio a b)
  (let ((r (/ a b)))
    r))
(display (ratio 1 0.0))
(newline)
(display (ratio (expt 10 30) 0))
(newline)
