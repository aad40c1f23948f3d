;; A form of R7RS that VVM does not have yet is a compile error, not a call that evaluates its
;; arguments first.
;; expect-build-error:
;; | tests/run/syntax-unsupported.scm:6:1: define-library is not supported yet

(define-library (my lib) (export f) (begin (define (f) (display "never"))))
