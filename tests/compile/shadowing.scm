;; A local shadowing a primitive's name is an ordinary call, not the primitive.
(define (f car) (car 5))
(define (g if) (list if))
(display (list (f (lambda (x) (+ x 1))) (g 'not-special)))
(newline)
