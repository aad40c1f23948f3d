;; A field clause of define-record-type is (field accessor) or (field accessor modifier).
;; expect-build-error:
;; | tests/run/rec-bad-field.scm:6:3: bad field in define-record-type point: expected (field accessor) or (field accessor modifier), got (x "point-x")

(define-record-type point (make-point x) point?
  (x "point-x"))
