;; Procedures as values: passing, returning and calling a primitive's global.
(define (compose f g) (lambda (x) (f (g x))))
(define (twice f) (compose f f))
(display (list ((twice (lambda (x) (* x 3))) 2) (map car '((a) (b))) ((compose car cdr) '(1 2))))
(newline)
