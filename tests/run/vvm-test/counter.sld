;; A library for tests/run/r7rs-define-library.scm: private state, exported procedures.
(define-library (vvm-test counter)
  (export tick! count)
  (import (scheme base))
  (begin
    (define n 0)
    (define (tick!) (set! n (+ n 1)))
    (define (count) n)))
