;; A macro's keyword is not a variable.
;; expect-build-error:
;; | tests/run/mac-error-as-variable.scm:6:10: m is a macro; it cannot be used as a variable

(define-syntax m (syntax-rules () ((_) 1)))
(display m)
