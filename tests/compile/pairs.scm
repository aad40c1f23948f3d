;; Pair operations: cons, car, cdr, set-car!, set-cdr! and c[ad]r combinations.
(define p (cons 1 (cons 2 (cons 3 '()))))
(set-car! p 10)
(set-cdr! (cddr p) '(4))
(display (list (car p) (cdr p) (cadr p) (caddr p) p))
(newline)
