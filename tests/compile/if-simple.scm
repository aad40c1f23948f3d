;; if with and without an else branch, in value and effect position.
(define (sign n) (if (< n 0) -1 1))
(if (= (sign -5) -1) (display "neg"))
(newline)
