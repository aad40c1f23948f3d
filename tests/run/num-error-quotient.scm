;; quotient by exact zero is an error (the open-coded quotient's generic path).
;; expect-exit: 1
;; expect-stdout:
;; | 142857142857142857142857142857
;; expect-stderr:
;; | Error in quotient: division by zero 1 0
;; | Backtrace (most recent call first):
;; |   #0 divide at tests/run/num-error-quotient.scm:12
;; |   #1 num-error-quotient.toplevel at tests/run/num-error-quotient.scm:16

(define (divide a b)
  (let ((q (quotient a b)))
    q))
(display (divide (expt 10 30) 7))
(newline)
(display (divide 1 0))
(newline)
