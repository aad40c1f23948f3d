;; A define-library in a program is a compile error, not a call that evaluates its arguments
;; first: a library is a file of its own, found by import.
;; expect-build-error:
;; | tests/run/syntax-unsupported.scm:6:1: define-library belongs in a library file of its own, found by import (NAME.sld)

(define-library (my lib) (export f) (begin (define (f) (display "never"))))
