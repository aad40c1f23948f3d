;; hash-table-update! of a missing key, with no failure thunk, is an error naming the key.
;; expect-exit: 1
;; expect-stdout:
;; | 2
;; expect-stderr:
;; | Error in hash-table-update!: key not found b
;; | Backtrace (most recent call first):
;; |   #0 bump at tests/run/ht-update-missing.scm:12
;; |   #1 ht-update-missing.toplevel at tests/run/ht-update-missing.scm:17

(define (bump t k)
  (hash-table-update! t k (lambda (v) (+ v 1)))
  (hash-table-ref t k))
(define t (make-hash-table eq?))
(hash-table-set! t 'a 1)
(display (bump t 'a)) (newline)
(display (bump t 'b))
(newline)
