;; apply with a procedure, leading arguments and a final list.
(define (sum3 a b c) (+ a b c))
(display (list (apply sum3 '(1 2 3))
               (apply sum3 1 '(2 3))
               (apply + 1 2 '(3 4))
               (apply list '())))
(newline)
