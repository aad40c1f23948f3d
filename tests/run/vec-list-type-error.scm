;; list->vector of an improper list: a type error naming list->vector.
;; expect-exit: 1
;; expect-stdout:
;; | #(1 2)
;; expect-stderr:
;; | Error in list->vector: expected a list, got (1 2 . 3)
;; | Backtrace (most recent call first):
;; |   #0 to-vector at tests/run/vec-list-type-error.scm:12
;; |   #1 vec-list-type-error.toplevel at tests/run/vec-list-type-error.scm:16

(define (to-vector l)
  (let ((r (list->vector l)))
    r))
(write (to-vector '(1 2)))
(newline)
(write (to-vector '(1 2 . 3)))
(newline)
