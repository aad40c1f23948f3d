;; set! on a parameter that no closure captures: no box is needed.
(define (f x)
  (set! x (* x 2))
  (set! x (+ x 1))
  x)
(display (f 20))
(newline)
