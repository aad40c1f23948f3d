;; A string that never ends: reported at its opening quote.
;; expect-build-error:
;; | tests/run/reader-unterminated-string.scm:6:10: unterminated string: this '"' has no closing '"'

(define greeting "hello")
(display "oops)
(newline)
