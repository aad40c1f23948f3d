;; A tail call passing more arguments than the caller received, and one passing fewer.
(define (wide a b c d e f g) (list a b c d e f g))
(define (narrow x) (wide x x x x x x x))
(define (shrink a b c d e f g) (narrow (+ a g)))
(display (shrink 1 2 3 4 5 6 7))
(newline)
