;; A use that no rule matches is a compile error at the use, naming the macro and the form.
;; expect-build-error:
;; | tests/run/mac-error-no-match.scm:8:3: no syntax-rules clause of two-args matches (two-args 1)

(define-syntax two-args (syntax-rules () ((_ a b) (+ a b))))
(define (f)
  (display "never")
  (two-args 1))
(f)
