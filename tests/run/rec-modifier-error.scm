;; A record modifier rejects a record of another type.
;; expect-exit: 1
;; expect-stderr:
;; | Error in set-point-x!: expected a point, got #<node value=1 next=()>
;; | Backtrace (most recent call first):
;; |   #0 move at tests/run/rec-modifier-error.scm:12
;; |   #1 rec-modifier-error.toplevel at tests/run/rec-modifier-error.scm:14

(define-record-type point (make-point x y) point? (x point-x set-point-x!) (y point-y))
(define-record-type node (make-node value next) node? (value node-value) (next node-next))
(define (move p)
  (set-point-x! p 0)
  p)
(move (make-node 1 '()))
(newline)
