;; A pattern variable matched under an ellipsis must be used under one.
;; expect-build-error:
;; | tests/run/mac-error-ellipsis.scm:6:1: in bad: pattern variable a is used with too few ellipses

(define-syntax bad (syntax-rules () ((_ a ...) (list a))))
(bad 1 2)
