;; define-record-type is a definition, not an expression.
;; expect-build-error:
;; | tests/run/rec-in-expression.scm:5:10: define-record-type is only allowed at top level or at the start of a body

(display (define-record-type point (make-point x) point? (x point-x)))
