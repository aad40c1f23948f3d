;; A custom hash function must return a nonnegative fixnum.
;; expect-exit: 1
;; expect-stderr:
;; | Error in hash-table-ref/default: the hash function returned a value that is not a nonnegative integer: -1
;; | Backtrace (most recent call first):
;; |   #0 hash-table-ref/default at src-vvm/runtime/hashtables.vvm:320
;; |   #1 ht-bad-hash-value.toplevel at tests/run/ht-bad-hash-value.scm:10

(define t (make-hash-table = (lambda (n) -1)))
(hash-table-ref/default t 1 #f)
(newline)
