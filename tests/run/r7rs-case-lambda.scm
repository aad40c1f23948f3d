;; case-lambda: the first clause that takes the number of arguments runs; rest parameters.
;; expect-exit: 1
;; expect-stdout:
;; | (12 6 (1 2 (3 4)))
;; | ()
;; expect-stderr:
;; | Error: case-lambda: no clause takes this number of arguments 0
;; | Backtrace (most recent call first):
;; |   #0 r7rs-case-lambda.toplevel at tests/run/r7rs-case-lambda.scm:19

(define area
  (case-lambda
    ((r) (* 3 r r))
    ((w h) (* w h))
    ((a b . rest) (list a b rest))))
(display (list (area 2) (area 2 3) (area 1 2 3 4))) (newline)
(define any (case-lambda (args args)))
(display (any)) (newline)
(area)
(display "not reached")
