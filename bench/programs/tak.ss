;;; tak(24, 16, 8), Takeuchi's function, 10 times; prints 9. Chez Scheme, no declarations.
(define (tak x y z)
  (if (not (< y x))
      z
      (tak (tak (- x 1) y z)
           (tak (- y 1) z x)
           (tak (- z 1) x y))))
(define (run n r)
  (if (= n 0) r (run (- n 1) (tak 24 16 8))))
(display (run 10 0))
(newline)
