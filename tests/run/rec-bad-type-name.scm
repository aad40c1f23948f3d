;; The type name of define-record-type is a name (parent types are not supported).
;; expect-build-error:
;; | tests/run/rec-bad-type-name.scm:5:21: bad define-record-type: the type name must be a name, got (point base)

(define-record-type (point base) (make-point x) point? (x point-x))
