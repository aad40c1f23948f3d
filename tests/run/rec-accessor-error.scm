;; A record accessor checks the type of its argument and names itself in the error (arguments
;; are evaluated right to left, so point-y fails first).
;; expect-exit: 1
;; expect-stdout:
;; | 1
;; expect-stderr:
;; | Error in point-y: expected a point, got 5
;; | Backtrace (most recent call first):
;; |   #0 norm at tests/run/rec-accessor-error.scm:14
;; |   #1 rec-accessor-error.toplevel at tests/run/rec-accessor-error.scm:17

(define-record-type <point> (make-point x y) point? (x point-x) (y point-y))
(define (norm p)
  (let ((n (+ (abs (point-x p)) (abs (point-y p)))))
    n))
(display (point-x (make-point 1 2))) (newline)
(display (norm 5))
(newline)
