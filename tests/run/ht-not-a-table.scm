;; Hash-table procedures check their table argument.
;; expect-exit: 1
;; expect-stdout:
;; | #f
;; expect-stderr:
;; | Error in hash-table-set!: expected a hash-table, got #(1 2)
;; | Backtrace (most recent call first):
;; |   #0 hash-table-set! at src-vvm/runtime/hashtables.vvm:297
;; |   #1 store at tests/run/ht-not-a-table.scm:13
;; |   #2 ht-not-a-table.toplevel at tests/run/ht-not-a-table.scm:16

(define (store t)
  (hash-table-set! t 'k 'v)
  t)
(display (hash-table? (vector 1 2))) (newline)
(store (vector 1 2))
(newline)
