;; vector-map of a list: a type error naming vector-map.
;; expect-exit: 1
;; expect-stdout:
;; | #(2 4 6)
;; expect-stderr:
;; | Error in vector-map: expected a vector, got (1 2 3)
;; | Backtrace (most recent call first):
;; |   #0 double-all at tests/run/vec-map-type-error.scm:12
;; |   #1 vec-map-type-error.toplevel at tests/run/vec-map-type-error.scm:16

(define (double-all v)
  (let ((r (vector-map (lambda (x) (* 2 x)) v)))
    r))
(write (double-all (vector 1 2 3)))
(newline)
(write (double-all (list 1 2 3)))
(newline)
