;; alist->hash-table takes a list of pairs.
;; expect-exit: 1
;; expect-stderr:
;; | Error in alist->hash-table: expected an association-list, got ((a . 1) b)
;; | Backtrace (most recent call first):
;; |   #0 ht-bad-alist.toplevel at tests/run/ht-bad-alist.scm:8

(define t (alist->hash-table '((a . 1) b)))
(display t)
(newline)
