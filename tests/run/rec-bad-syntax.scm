;; define-record-type needs a type name, a constructor and a predicate.
;; expect-build-error:
;; | tests/run/rec-bad-syntax.scm:5:1: bad define-record-type: expected (define-record-type name (constructor field ...) predicate (field accessor [modifier]) ...)

(define-record-type point (make-point))
