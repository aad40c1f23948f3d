;; Included by tests/run/r7rs-import-include.scm: definitions spliced where the include is.
(define (hundred x) (* x 100))
(define included-value 'from-include)
