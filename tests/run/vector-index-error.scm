;; vector-ref with an index one past the end.
;; expect-exit: 1
;; expect-stdout:
;; | 3
;; expect-stderr:
;; | Error in vector-ref: index 3 is out of range for #(1 2 3)
;; | Backtrace (most recent call first):
;; |   #0 get at tests/run/vector-index-error.scm:12
;; |   #1 vector-index-error.toplevel at tests/run/vector-index-error.scm:16

(define (get v i)
  (vector-ref v i))
(define v (vector 1 2 3))
(display (get v 2))
(newline)
(display (get v 3))
(newline)
