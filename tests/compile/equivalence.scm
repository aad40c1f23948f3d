;; eq?, eqv? and equal? on shared and freshly built structure, and not.
(define a (list 1 2))
(define b (list 1 2))
(display (list (eq? a a) (eq? a b) (eqv? 3 3) (equal? a b) (equal? "x" "x") (not #f) (not 0)))
(newline)
