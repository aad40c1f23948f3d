;; Rest arguments: a dotted parameter list and a lone rest symbol.
(define (f a . rest) (list a rest))
(define g (lambda args args))
(display (list (f 1) (f 1 2 3) (g) (g 4 5)))
(newline)
