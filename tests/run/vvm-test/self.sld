;; A library that imports itself, for tests/run/r7rs-library-cycle.scm.
(define-library (vvm-test self)
  (export f)
  (import (vvm-test self))
  (begin (define (f) 1)))
