;; Doubling past the largest fixnum (2^60 - 1) is an error until bignums exist.
;; expect-exit: 1
;; expect-stdout:
;; | 576460752303423488
;; expect-stderr:
;; | Error in *: fixnum overflow (bignums are not implemented yet) 576460752303423488 2
;; | Backtrace (most recent call first):
;; |   #0 double-times at tests/run/fixnum-overflow.scm:14
;; |   #1 fixnum-overflow.toplevel at tests/run/fixnum-overflow.scm:17

(define (double-times n count)
  (if (= count 0)
      n
      (double-times (* n 2) (- count 1))))
(display (double-times 1 59))
(newline)
(display (double-times 1 60))
(newline)
