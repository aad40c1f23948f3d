;; A literal does not match an identifier the user has bound: here `else` is a variable at the
;; use, so no rule of my-cond matches the clause (else 2) in the second expansion.
;; expect-build-error:
;; | tests/run/mac-error-literal.scm:10:18: no syntax-rules clause of my-cond matches (my-cond)

(define-syntax my-cond
  (syntax-rules (else)
    ((_ (else e)) e)
    ((_ (c e) clause ...) (if c e (my-cond clause ...)))))
(let ((else #f)) (my-cond (else 2)))
