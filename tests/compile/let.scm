;; let binds in parallel: the inner x refers to the outer x.
(define (f x)
  (let ((x (+ x 1))
        (y x))
    (list x y)))
(display (f 10))
(newline)
