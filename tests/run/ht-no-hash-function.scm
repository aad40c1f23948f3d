;; make-hash-table needs a hash function for an equivalence it does not know.
;; expect-exit: 1
;; expect-stdout:
;; | ok
;; expect-stderr:
;; | Error in make-hash-table: no hash function is known for #<procedure same?>
;; | Backtrace (most recent call first):
;; |   #0 make-hash-table at src-vvm/runtime/hashtables.vvm:269
;; |   #1 ht-no-hash-function.toplevel at tests/run/ht-no-hash-function.scm:14

(define (same? a b) (equal? a b))
(define ok (make-hash-table same? hash))
(display "ok") (newline)
(make-hash-table same?)
(newline)
