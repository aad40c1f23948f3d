;; car of a number: a type error from open-coded car, with a backtrace.
;; expect-exit: 1
;; expect-stdout:
;; | before
;; expect-stderr:
;; | Error in car: expected a pair, got 5
;; | Backtrace (most recent call first):
;; |   #0 first-of at tests/run/car-of-number.scm:12
;; |   #1 car-of-number.toplevel at tests/run/car-of-number.scm:15

(define (first-of x)
  (car x))
(display "before")
(newline)
(display (first-of 5))
(newline)
