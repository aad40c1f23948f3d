;; eq?, eqv? and equal? on immediates, symbols, pairs, strings and vectors.
;; expect-stdout:
;; | #t
;; | #t
;; | #t
;; | #t
;; | #t
;; | #f
;; | #t
;; | #f
;; | #t
;; | #t
;; | #f
;; | #t
;; | #f
;; | #f
;; | #f

(define (show x) (write x) (newline))
(show (eq? 'a 'a))
(show (eq? '() '()))
(show (eq? 100 100))
(show (eq? #\a #\a))
(define p (list 1 2))
(show (eq? p p))
(show (eq? (list 1 2) (list 1 2)))
(show (eqv? 42 42))
(show (eqv? (cons 1 2) (cons 1 2)))
(show (equal? (list 1 2 (vector 3 "x")) (list 1 2 (vector 3 "x"))))
(show (equal? "abc" (string #\a #\b #\c)))
(show (equal? "abc" "abd"))
(show (equal? '(1 (2 #(3))) (list 1 (list 2 (vector 3)))))
(show (equal? '#(1 2) '#(1 2 3)))
(show (equal? 1 2))
(show (equal? '(1 2) '(1 2 3)))
