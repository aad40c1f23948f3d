;; define-record-type rejects a field declared twice.
;; expect-build-error:
;; | tests/run/rec-duplicate-field.scm:7:3: duplicate field x in define-record-type point

(define-record-type point (make-point x) point?
  (x point-x)
  (x point-x2))
