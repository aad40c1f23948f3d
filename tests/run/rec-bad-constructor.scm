;; The constructor of define-record-type may only take fields.
;; expect-build-error:
;; | tests/run/rec-bad-constructor.scm:5:41: the constructor argument z of define-record-type point is not a field

(define-record-type point (make-point x z) point? (x point-x) (y point-y))
