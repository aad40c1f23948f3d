;; Adding a string to a number is a type error, from the generic path of the open-coded +.
;; expect-exit: 1
;; expect-stdout:
;; | 3.5
;; | 1180591620717411303425
;; expect-stderr:
;; | Error in +: expected a number, got "a"
;; | Backtrace (most recent call first):
;; |   #0 total at tests/run/num-error-add.scm:13
;; |   #1 num-error-add.toplevel at tests/run/num-error-add.scm:19

(define (total a b)
  (let ((t (+ a b)))
    t))
(display (total 1 2.5))
(newline)
(display (total (expt 2 70) 1))
(newline)
(display (total 1 "a"))
(newline)
