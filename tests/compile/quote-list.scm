;; Quoted lists: proper, dotted, nested and empty.
(define (data) '((1 2 3) (a . b) (x (y (z))) ()))
(display (data))
(newline)
(write (car (data)))
(newline)
