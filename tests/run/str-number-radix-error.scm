;; string->number with a radix other than 2, 8, 10 or 16 is an error.
;; expect-exit: 1
;; expect-stdout:
;; | 511
;; expect-stderr:
;; | Error in string->number: radix must be 2, 8, 10 or 16, got 7
;; | Backtrace (most recent call first):
;; |   #0 parse at tests/run/str-number-radix-error.scm:12
;; |   #1 str-number-radix-error.toplevel at tests/run/str-number-radix-error.scm:16

(define (parse s r)
  (let ((n (string->number s r)))
    n))
(write (parse "777" 8))
(newline)
(write (parse "777" 7))
(newline)
