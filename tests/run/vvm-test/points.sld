;; A library for tests/run/r7rs-define-library.scm: a record type, a private helper, an export
;; under another name, a macro whose expansion uses the private helper and an import of its own.
(define-library (vvm-test points)
  (export make-point point-x (rename point-y py) point-norm2 with-point ticks)
  (import (scheme base) (vvm-test counter))
  (include "points-body.scm")
  (cond-expand
    (vvm (begin (define (ticks) (count))))
    (else (begin (define (ticks) 'other)))))
