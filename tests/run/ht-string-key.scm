;; A string=? table takes only strings as keys.
;; expect-exit: 1
;; expect-stdout:
;; | 1
;; expect-stderr:
;; | Error in hash-table-set!: expected a string, got 5
;; | Backtrace (most recent call first):
;; |   #0 hash-table-set! at src-vvm/runtime/hashtables.vvm:300
;; |   #1 ht-string-key.toplevel at tests/run/ht-string-key.scm:14

(define t (make-hash-table string=?))
(hash-table-set! t "a" 1)
(display (hash-table-ref t "a")) (newline)
(hash-table-set! t 5 1)
(newline)
