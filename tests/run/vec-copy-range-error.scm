;; vector-copy with a start past the end: an index error naming vector-copy and the vector.
;; expect-exit: 1
;; expect-stdout:
;; | #(2 3)
;; | #()
;; expect-stderr:
;; | Error in vector-copy: index 4 is out of range for #(1 2 3)
;; | Backtrace (most recent call first):
;; |   #0 tail at tests/run/vec-copy-range-error.scm:13
;; |   #1 vec-copy-range-error.toplevel at tests/run/vec-copy-range-error.scm:19

(define (tail v from)
  (let ((r (vector-copy v from)))
    r))
(write (tail (vector 1 2 3) 1))
(newline)
(write (tail (vector 1 2 3) 3))
(newline)
(write (tail (vector 1 2 3) 4))
(newline)
