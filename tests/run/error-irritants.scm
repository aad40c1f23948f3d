;; `error` with a message and irritants of several types: the message is displayed, the
;; irritants are written. The frames of `error` itself are not shown.
;; expect-exit: 1
;; expect-stdout:
;; | 5
;; expect-stderr:
;; | Error: cannot divide by zero: 7 by 0 "in" #\/ (x "y")
;; | Backtrace (most recent call first):
;; |   #0 safe-div at tests/run/error-irritants.scm:14
;; |   #1 error-irritants.toplevel at tests/run/error-irritants.scm:18

(define (safe-div a b)
  (if (= b 0)
      (error "cannot divide by zero:" a 'by b "in" #\/ '(x "y")))
  (quotient a b))
(display (safe-div 10 2))
(newline)
(display (safe-div 7 0))
(newline)
