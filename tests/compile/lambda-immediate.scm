;; An immediately applied lambda and a lambda stored in a local.
(display ((lambda (x y) (- x y)) 10 3))
(let ((f (lambda (n) (* n n))))
  (display (f 9)))
(newline)
