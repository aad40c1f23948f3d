;; A constructor of define-record-type takes each field at most once.
;; expect-build-error:
;; | tests/run/rec-constructor-twice.scm:5:41: field x appears twice in the constructor of define-record-type point

(define-record-type point (make-point x x) point? (x point-x))
