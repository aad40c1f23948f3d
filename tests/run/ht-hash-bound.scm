;; The bound of a hash function must be a positive integer; string-hash takes only strings.
;; expect-exit: 1
;; expect-stdout:
;; | 2
;; expect-stderr:
;; | Error in string-hash: expected a positive-integer, got 0
;; | Backtrace (most recent call first):
;; |   #0 ht-hash-bound.toplevel at tests/run/ht-hash-bound.scm:12

(display (string-hash "abc" 4))
(newline)
(display (string-hash "abc" 0))
(newline)
