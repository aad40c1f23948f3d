;; After the program defines car, a call of car is a call of the global, not the open-coded
;; primitive; before the definition it is open-coded.
(define (first l) (car l))
(define (car p) (cdr p))
(define (second l) (car l))
(display (list (first '(1 2)) (second '(1 2))))
