;; Comparing a flonum with a symbol is a type error, from the open-coded <'s generic path.
;; expect-exit: 1
;; expect-stdout:
;; | #t
;; expect-stderr:
;; | Error in <: expected a number, got a
;; | Backtrace (most recent call first):
;; |   #0 smaller? at tests/run/num-error-compare.scm:12
;; |   #1 num-error-compare.toplevel at tests/run/num-error-compare.scm:16

(define (smaller? a b)
  (let ((r (< a b)))
    r))
(display (smaller? 1.5 (expt 2 70)))
(newline)
(display (smaller? 1.5 'a))
(newline)
