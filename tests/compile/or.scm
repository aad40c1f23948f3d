;; or: empty, and a chain returning the first true value (evaluated once).
(define (first-true a b c) (or a b c))
(display (list (or) (first-true #f 2 3) (first-true #f #f #f)))
(newline)
