;; A closure capturing two free variables of its enclosing procedure.
(define (make-adder a b)
  (lambda (x) (+ x a b)))
(define add3 (make-adder 1 2))
(display (add3 10))
(newline)
