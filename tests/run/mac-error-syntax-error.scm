;; syntax-error in a template reports its message and arguments at the macro's use.
;; expect-build-error:
;; | tests/run/mac-error-syntax-error.scm:9:1: only symbols please 42

(define-syntax symbols-only
  (syntax-rules ()
    ((_ x) (syntax-error "only symbols please" x))))
(display "never")
(symbols-only 42)
