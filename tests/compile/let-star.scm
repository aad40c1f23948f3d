;; let* binds in sequence: each init sees the previous names.
(define (f x)
  (let* ((a (+ x 1))
         (b (* a 2))
         (c (- b a)))
    (list a b c)))
(display (f 4))
(newline)
