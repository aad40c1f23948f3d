;; define-syntax takes a syntax-rules transformer with well-formed rules.
;; expect-build-error:
;; | tests/run/mac-error-bad-rules.scm:5:35: bad rule in syntax-rules for m: expected (pattern template)

(define-syntax m (syntax-rules () (oops)))
