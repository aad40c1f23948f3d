;; Fixnum arithmetic: binary, n-ary, unary minus, and the division family.
(define (arith a b)
  (list (+ a b) (- a b) (* a b) (- a) (+ a b 1 2) (* a b 2)
        (quotient a b) (remainder a b) (modulo a b)))
(display (arith 17 5))
(newline)
