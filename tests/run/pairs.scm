;; Pairs: cons, car, cdr, mutation, dotted and proper lists, the c[ad]r combinations.
;; expect-stdout:
;; | (1 . 2)
;; | 1
;; | 2
;; | (10 20 30)
;; | (1 2)
;; | (1 2 . 3)
;; | ((1 . 2) . 3)
;; | (1 2 3)
;; | ()
;; | #t
;; | #f
;; | #t
;; | #f
;; | 4
;; | #t
;; | #f
;; | 2
;; | (3)
;; | 3
;; | a
;; | x

(define (show x) (write x) (newline))
(define p (cons 1 2))
(show p)
(show (car p))
(show (cdr p))
(set-car! p 10)
(set-cdr! p (list 20 30))
(show p)
(show (cons 1 (cons 2 '())))
(show (cons 1 (cons 2 3)))
(show (cons (cons 1 2) 3))
(show (list 1 2 3))
(show (list))
(show (pair? p))
(show (pair? '()))
(show (null? '()))
(show (null? p))
(show (length '(1 2 3 4)))
(show (list? '(1 2)))
(show (list? '(1 . 2)))
(show (cadr '(1 2 3)))
(show (cddr '(1 2 3)))
(show (caddr '(1 2 3)))
(show (caar '((a) b)))
(show (cdar '((a . x) b)))
