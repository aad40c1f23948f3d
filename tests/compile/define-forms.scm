;; The define forms at top level: a value, a procedure, a lambda, and no value.
(define x 5)
(define (f y) (+ x y))
(define g (lambda (y) (* x y)))
(define later)
(set! later (f (g 2)))
(display later)
(newline)
