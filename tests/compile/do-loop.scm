;; do: two variables with steps and a result expression.
(define (factorial n)
  (do ((i 1 (+ i 1))
       (acc 1 (* acc i)))
      ((> i n) acc)))
(display (factorial 10))
(newline)
