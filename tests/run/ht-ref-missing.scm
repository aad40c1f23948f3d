;; hash-table-ref of a missing key, with no failure thunk, is an error naming the key.
;; expect-exit: 1
;; expect-stdout:
;; | 1
;; expect-stderr:
;; | Error in hash-table-ref: key not found "two"
;; | Backtrace (most recent call first):
;; |   #0 lookup at tests/run/ht-ref-missing.scm:12
;; |   #1 ht-ref-missing.toplevel at tests/run/ht-ref-missing.scm:17

(define (lookup t k)
  (let ((v (hash-table-ref t k)))
    v))
(define t (make-hash-table))
(hash-table-set! t "one" 1)
(display (lookup t "one")) (newline)
(display (lookup t "two"))
(newline)
