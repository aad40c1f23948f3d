;; make-hash-table checks that the equivalence is a procedure.
;; expect-exit: 1
;; expect-stderr:
;; | Error in make-hash-table: expected a procedure, got 5
;; | Backtrace (most recent call first):
;; |   #0 make-hash-table at src-vvm/runtime/hashtables.vvm:261
;; |   #1 ht-bad-arguments.toplevel at tests/run/ht-bad-arguments.scm:9

(make-hash-table 5)
(newline)
