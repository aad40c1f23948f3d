;; do with a variable without a step, a body, and an exit clause without a result.
(define v (make-vector 4 0))
(do ((i 0 (+ i 1))
     (k 7))
    ((= i 4))
  (vector-set! v i (* i k)))
(display v)
(newline)
